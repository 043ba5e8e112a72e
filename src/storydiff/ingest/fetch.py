"""Fetch a URL safely: public addresses only, bounded in size and time.

Threats handled (server-side request forgery, resource exhaustion):

* **Private targets.** The host is resolved here and *every* address it resolves to must be
  globally routable: loopback, RFC 1918, CGNAT, link-local (169.254.169.254 cloud metadata),
  unique-local, multicast, reserved and unspecified ranges are refused, and so are IPv6
  forms that embed an IPv4 address (IPv4-mapped ``::ffff:a.b.c.d``, IPv4-compatible
  ``::a.b.c.d``, 6to4, Teredo, NAT64 ``64:ff9b::/96``), which are judged by the embedded
  address. Numeric tricks ("2130706433", "0x7f.1") are normalised by ``getaddrinfo``
  before the check, and we then connect to what was checked. ``allow_private=True``
  lifts all of this for intranet use.
* **DNS rebinding.** The connection is made to the addresses we checked, never to the name
  again: a custom httpcore network backend (:class:`_PinnedBackend`) maps each checked host
  to its checked addresses and refuses to open a connection to any host it was not given.
  The URL keeps its name, so the ``Host`` header, TLS SNI and certificate checks are the
  ordinary ones. Addresses are tried in the resolver's order (IPv6 then IPv4, or as the
  system prefers), falling back on a connect error.
* **Redirects** are followed by hand (at most ``MAX_REDIRECTS``), each hop checked as above;
  a redirect to another scheme (``file:``, ``ftp:``) is refused.
* **Size.** A declared ``Content-Length`` over the cap is refused before reading; the body
  is streamed and abandoned as soon as it passes the cap (a "5 GB" answer costs the cap).
  Compressed bodies (gzip/deflate only; we advertise nothing else) are inflated with an
  output bound, so a decompression bomb also stops at the cap; other encodings are refused.
* **Time.** ``timeout`` bounds each connect, read and write; on top, one deadline of
  ``2 * timeout`` covers the whole fetch, every hop included: each socket operation gets at
  most the time left, so a server that never answers, trickles its headers or its body a
  byte at a time fails with :class:`FetchError` within ``2 * timeout`` (plus DNS, which is
  bounded by the system resolver's own timeouts).
* **Content.** Only text-like content types are accepted (HTML, XHTML, XML, plain text).
* **Environment.** ``HTTP_PROXY``/``.netrc`` are ignored (``trust_env=False``): a proxy would
  resolve names itself and undo the checks above. URL credentials never appear in messages.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import httpcore
import httpx

from ..errors import BlockedAddress, FetchError, InputTooLarge, UnsupportedInput
from ..limits import FETCH_TIMEOUT_S, MAX_INPUT_BYTES, MAX_REDIRECTS

_TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml", "application/rss+xml")
USER_AGENT = "storydiff/0.1 (+article comparison; offline-first)"
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


@dataclass(frozen=True)
class FetchedPage:
    """A fetched body and what the server said about it; ``url`` is the final URL."""

    url: str
    content: bytes
    content_type: str | None
    encoding: str | None


# -- address checks -------------------------------------------------------------------------


def _resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in the resolver's order of preference."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"{host}: the name could not be resolved ({exc}).") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: str) -> bool:
    """True when ``address`` is globally routable unicast (judging embedded IPv4 forms)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and any(ip in net for net in _NAT64):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is None and ip in _IPV4_COMPATIBLE and int(ip) > 1:
            embedded = ipaddress.IPv4Address(int(ip))
        if embedded is not None:
            return is_public(str(embedded))
    return ip.is_global and not (
        ip.is_multicast or ip.is_reserved or ip.is_unspecified or any(ip in net for net in _NOT_GLOBAL)
    )


_NOT_GLOBAL = (ipaddress.ip_network("192.0.0.0/24"), ipaddress.ip_network("fec0::/10"))
"""Not globally reachable (IANA special-purpose registries) though older Pythons' is_global
says so: the IETF protocol assignments (192.0.0.8, 192.0.0.170) and IPv6 site-local."""


def _shown(url: httpx.URL) -> str:
    """The URL for messages, without any user:password part."""
    return str(url.copy_with(username=None, password=None)) if url.userinfo else str(url)


def _host(url: httpx.URL) -> str:
    """The ASCII (IDNA) form of the host: what DNS, the pin table and httpcore all see."""
    return unquote(url.raw_host.decode("ascii")).lower()  # "fe80::1%25eth0" -> "fe80::1%eth0"


def check_target(url: httpx.URL, *, allow_private: bool) -> list[str] | None:
    """Validate one hop; return the addresses to connect to (None when private is allowed)."""
    if url.scheme not in ("http", "https"):
        raise UnsupportedInput(f"{_shown(url)}: only http:// and https:// URLs can be fetched.")
    if not url.raw_host:
        raise UnsupportedInput(f"{_shown(url)}: the URL has no host.")
    if allow_private:
        return None
    host = _host(url)
    addresses = _resolve(host, url.port or (443 if url.scheme == "https" else 80))
    if not addresses:
        raise FetchError(f"{host}: the name resolved to no address.")
    blocked = [a for a in addresses if not is_public(a)]
    if blocked:
        raise BlockedAddress(
            f"{_shown(url)} resolves to a private, loopback or link-local address "
            f"({blocked[0]}); pass --allow-private to fetch it anyway."
        )
    return addresses


# -- connections: pinned addresses and one deadline -----------------------------------------


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every operation gets at most the time left before the deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def _left(self, timeout: float | None, error: type[Exception]) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise error("the overall fetch deadline passed")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(
            ssl_context, server_hostname, self._left(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(tls, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _PinnedBackend(httpcore.NetworkBackend):
    """Connects to checked addresses only; ``pins`` None means any host (allow_private)."""

    def __init__(self, *, pins: dict[str, list[str]] | None, deadline: float) -> None:
        self._pins = pins
        self._deadline = deadline
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = [host] if self._pins is None else self._pins.get(unquote(host).lower())
        if not addresses:  # never reached through fetch(); a guard against future misuse
            raise BlockedAddress(f"{host} was not checked before connecting; refusing.")
        error: Exception | None = None
        for address in addresses:
            left = self._deadline - time.monotonic()
            if left <= 0:
                raise httpcore.ConnectTimeout("the overall fetch deadline passed")
            try:
                stream = self._backend.connect_tcp(
                    address,
                    port,
                    timeout=left if timeout is None else min(timeout, left),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
                continue
            return _DeadlineStream(stream, self._deadline)
        assert error is not None
        raise error

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        raise BlockedAddress("Unix sockets are never used for fetching.")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


def _mapped(exc: httpcore.TimeoutException | httpcore.NetworkError | httpcore.ProtocolError) -> Exception:
    if isinstance(exc, httpcore.TimeoutException):
        return httpx.TimeoutException(str(exc) or type(exc).__name__)
    return httpx.TransportError(str(exc) or type(exc).__name__)


class _Body(httpx.SyncByteStream):
    def __init__(self, response: httpcore.Response) -> None:
        self._response = response

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._response.iter_stream()
        except (httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError) as exc:
            raise _mapped(exc) from exc

    def close(self) -> None:
        self._response.close()


class _Transport(httpx.BaseTransport):
    """httpx over an httpcore pool whose sockets come from :class:`_PinnedBackend`."""

    def __init__(self, backend: _PinnedBackend) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=backend, max_connections=2
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            response = self._pool.handle_request(core_request)
        except (httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError) as exc:
            raise _mapped(exc) from exc
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


# -- the body: bounded, inflated with an output cap -----------------------------------------


def _body(response: httpx.Response, *, url: str, max_bytes: int, deadline: float) -> bytes:
    coding = response.headers.get("content-encoding", "identity").strip().lower()
    if coding in ("", "identity"):
        inflater = None
    elif coding in ("gzip", "x-gzip", "deflate"):
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, detected
    else:
        raise UnsupportedInput(f"{url}: the server compressed the page with {coding!r}, which is not supported.")
    chunks: list[bytes] = []
    size = 0
    for raw in response.iter_raw():
        try:
            chunk = inflater.decompress(raw, max_bytes - size + 1) if inflater else raw
        except zlib.error as exc:
            raise FetchError(f"{url}: the server sent a corrupt compressed page.") from exc
        size += len(chunk)
        if size > max_bytes:
            raise InputTooLarge(f"{url}: the page is over the {max_bytes:,}-byte limit.")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: the server took too long to send the page.")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = FETCH_TIMEOUT_S,
    max_bytes: int = MAX_INPUT_BYTES,
    transport: httpx.BaseTransport | None = None,
) -> FetchedPage:
    """GET ``url`` and return its body; raises FetchError, BlockedAddress, InputTooLarge.

    ``transport`` replaces the pinned network layer and is for tests only (canned answers).
    """
    deadline = time.monotonic() + 2 * timeout
    try:
        current = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise UnsupportedInput(f"{url}: not a valid URL ({exc}).") from exc
    pins: dict[str, list[str]] | None = None if allow_private else {}
    transport = transport or _Transport(_PinnedBackend(pins=pins, deadline=deadline))
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
    }
    with httpx.Client(
        timeout=timeout, transport=transport, follow_redirects=False, trust_env=False
    ) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            addresses = check_target(current, allow_private=allow_private)
            if pins is not None and addresses is not None:
                pins[_host(current)] = addresses
            shown = _shown(current)
            try:
                with client.stream("GET", current, headers=headers) as response:
                    if response.is_redirect:
                        if not response.has_redirect_location:
                            raise FetchError(
                                f"{shown}: the server answered HTTP {response.status_code} without saying where to."
                            )
                        current = current.join(response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{shown}: the server answered HTTP {response.status_code}.")
                    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                    if content_type and not content_type.startswith(_TEXT_TYPES):
                        raise UnsupportedInput(
                            f"{shown}: the server sent {content_type}, not a web page or text."
                        )
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise InputTooLarge(
                            f"{shown}: the page is {int(declared):,} bytes, over the "
                            f"{max_bytes:,}-byte limit."
                        )
                    content = _body(response, url=shown, max_bytes=max_bytes, deadline=deadline)
                    return FetchedPage(
                        url=str(current),
                        content=content,
                        content_type=content_type or None,
                        encoding=response.charset_encoding,
                    )
            except httpx.TimeoutException as exc:
                raise FetchError(f"{shown}: the server did not answer in time.") from exc
            except httpx.InvalidURL as exc:
                raise FetchError(f"{shown}: the server redirected to an invalid URL ({exc}).") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{shown}: could not be fetched ({exc}).") from exc
    raise FetchError(f"{url}: too many redirects (more than {MAX_REDIRECTS}).")
