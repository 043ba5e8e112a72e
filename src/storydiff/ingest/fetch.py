"""Fetch a URL safely: public addresses only, bounded in size and time.

Threats handled (server-side request forgery, resource exhaustion):

* **Private targets.** The host is resolved here and *every* address it resolves to must be
  globally routable: loopback, RFC 1918, CGNAT, link-local (169.254.169.254 cloud metadata),
  unique-local, multicast, reserved and unspecified ranges are refused, as are IPv4-mapped
  IPv6 forms and numeric tricks ("2130706433", "0x7f.1", which ``getaddrinfo`` normalises
  before we check). ``allow_private=True`` lifts this for intranet use.
* **DNS rebinding.** We connect to the address we checked, not to the name again: the
  request goes to the IP with the original ``Host`` header and TLS SNI/certificate checks
  against the original name.
* **Redirects** are followed by hand (at most ``MAX_REDIRECTS``), each hop checked as above.
* **Size.** A declared ``Content-Length`` over the cap is refused before reading; the body
  is streamed and abandoned as soon as it passes the cap (a "5 GB" answer costs the cap).
* **Time.** Connect/read timeouts plus an overall deadline checked while streaming, so a
  server that never answers or trickles bytes fails in bounded time.
* **Content.** Only text-like content types are accepted (HTML, XHTML, XML, plain text).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass

import httpx

from ..errors import BlockedAddress, FetchError, InputTooLarge, UnsupportedInput
from ..limits import FETCH_TIMEOUT_S, MAX_INPUT_BYTES, MAX_REDIRECTS

_TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml", "application/rss+xml")
USER_AGENT = "storydiff/0.1 (+article comparison; offline-first)"


@dataclass(frozen=True)
class FetchedPage:
    url: str
    content: bytes
    content_type: str | None
    encoding: str | None


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"{host}: the name could not be resolved ({exc}).") from exc
    return sorted({str(info[4][0]) for info in infos})


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if mapped is not None:
            return is_public(str(mapped))
    return ip.is_global and not ip.is_multicast


def check_target(url: httpx.URL, *, allow_private: bool) -> str | None:
    """Validate one hop; return the address to connect to (None when private is allowed)."""
    if url.scheme not in ("http", "https"):
        raise UnsupportedInput(f"{url}: only http:// and https:// URLs can be fetched.")
    host = url.host
    if not host:
        raise UnsupportedInput(f"{url}: the URL has no host.")
    if allow_private:
        return None
    port = url.port or (443 if url.scheme == "https" else 80)
    addresses = _resolve(host, port)
    if not addresses:
        raise FetchError(f"{host}: the name resolved to no address.")
    blocked = [a for a in addresses if not is_public(a)]
    if blocked:
        raise BlockedAddress(
            f"{url} resolves to a private, loopback or link-local address ({blocked[0]}); "
            "pass --allow-private to fetch it anyway."
        )
    return addresses[0]


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = FETCH_TIMEOUT_S,
    max_bytes: int = MAX_INPUT_BYTES,
    transport: httpx.BaseTransport | None = None,
) -> FetchedPage:
    """GET ``url`` and return its body; raises FetchError, BlockedAddress, InputTooLarge."""
    deadline = time.monotonic() + 2 * timeout
    try:
        current = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise UnsupportedInput(f"{url}: not a valid URL ({exc}).") from exc
    with httpx.Client(timeout=timeout, transport=transport, follow_redirects=False) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            address = check_target(current, allow_private=allow_private)
            request_url = current
            extensions = {}
            headers = {"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1"}
            if address is not None:
                ip_host = f"[{address}]" if ":" in address else address
                request_url = current.copy_with(host=ip_host)
                headers["Host"] = current.netloc.decode("ascii")
                if current.scheme == "https":
                    extensions["sni_hostname"] = current.host
            try:
                with client.stream("GET", request_url, headers=headers, extensions=extensions) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(f"{current}: redirect without a Location header.")
                        current = current.join(location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{current}: the server answered HTTP {response.status_code}.")
                    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                    if content_type and not content_type.startswith(_TEXT_TYPES):
                        raise UnsupportedInput(
                            f"{current}: the server sent {content_type}, not a web page or text."
                        )
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise InputTooLarge(
                            f"{current}: the page is {int(declared):,} bytes, over the "
                            f"{max_bytes:,}-byte limit."
                        )
                    chunks, size = [], 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise InputTooLarge(f"{current}: the page is over the {max_bytes:,}-byte limit.")
                        if time.monotonic() > deadline:
                            raise FetchError(f"{current}: the server took too long to send the page.")
                        chunks.append(chunk)
                    return FetchedPage(
                        url=str(current),
                        content=b"".join(chunks),
                        content_type=content_type or None,
                        encoding=response.charset_encoding,
                    )
            except httpx.TimeoutException as exc:
                raise FetchError(f"{current}: the server did not answer in time.") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{current}: could not be fetched ({exc}).") from exc
    raise FetchError(f"{url}: too many redirects (more than {MAX_REDIRECTS}).")
