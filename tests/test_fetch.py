"""URL fetching: private addresses refused (also after redirects and DNS), size and time bounded.

Traffic goes only to a server this test starts on 127.0.0.1; public-looking hosts are
answered by httpx.MockTransport with a monkeypatched resolver, so nothing leaves the machine.
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from storydiff.errors import BlockedAddress, FetchError, InputTooLarge, UnsupportedInput
from storydiff.ingest import fetch as fetch_module
from storydiff.ingest import load
from storydiff.ingest.fetch import fetch, is_public

ARTICLE = (
    b"<html><head><title>Local story</title></head><body><article><h1>Local story</h1>"
    b"<p>The council approved the new budget on Tuesday after a long debate in the chamber.</p>"
    b"<p>The mayor said the plan would fund three new schools and repair the old bridge.</p>"
    b"</article></body></html>"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/story":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(ARTICLE)))
            self.end_headers()
            self.wfile.write(ARTICLE)
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(5 * 1024**3))
            self.end_headers()
            self.wfile.write(b"x" * 1024)
        elif self.path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(100_000):
                    self.wfile.write(b"<p>" + b"y" * 65536 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path == "/slow":
            time.sleep(3)
        elif self.path == "/image":
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(b"\x89PNG")
        elif self.path in ("/trickle-headers", "/trickle-body"):
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
            if self.path == "/trickle-body":
                self.wfile.write(b"\r\n")
            try:
                for _ in range(40):  # one byte every 0.2 s: never idle long enough for a read timeout
                    self.wfile.write(b"X-Slow: y\r\n"[:1] if self.path == "/trickle-headers" else b"y")
                    self.wfile.flush()
                    time.sleep(0.2)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
        elif self.path in ("/bomb", "/gzipped"):
            body = gzip.compress(b"\0" * (50 * 1024 * 1024) if self.path == "/bomb" else ARTICLE)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)
        elif self.path == "/missing":
            self.send_response(404)
            self.end_headers()
        elif self.path == "/nowhere":  # a redirect that does not say where to
            self.send_response(302)
            self.send_header("Content-Length", "0")
            self.end_headers()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_loopback_is_refused_by_default(server: str) -> None:
    with pytest.raises(BlockedAddress, match="--allow-private"):
        fetch(f"{server}/story")


def test_a_scheme_in_capitals_is_a_url_all_the_same(server: str) -> None:
    shouting = server.replace("http://", "HTTP://")
    with pytest.raises(BlockedAddress, match="--allow-private"):
        load(f"{shouting}/story")
    assert load(f"{shouting}/story", allow_private=True).title == "Local story"


def test_loopback_is_fetched_when_allowed(server: str) -> None:
    page = fetch(f"{server}/story", allow_private=True)
    assert page.content == ARTICLE and page.content_type == "text/html"
    article = load(f"{server}/story", allow_private=True)
    assert article.title == "Local story" and "three new schools" in " ".join(article.paragraphs)


def test_declared_5gb_is_refused_before_reading(server: str) -> None:
    with pytest.raises(InputTooLarge):
        fetch(f"{server}/huge", allow_private=True)


def test_endless_body_stops_at_the_cap(server: str) -> None:
    with pytest.raises(InputTooLarge):
        fetch(f"{server}/endless", allow_private=True, max_bytes=1024 * 1024)


def test_server_that_never_answers_fails_in_bounded_time(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="did not answer in time"):
        fetch(f"{server}/slow", allow_private=True, timeout=0.5)
    assert time.monotonic() - started < 2.5


def test_a_redirect_without_a_location_is_a_clear_error(server: str) -> None:
    with pytest.raises(FetchError, match="302 without saying where"):
        fetch(server + "/nowhere", allow_private=True)


def test_http_errors_and_non_text_are_clear(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{server}/missing", allow_private=True)
    with pytest.raises(UnsupportedInput, match="image/png"):
        fetch(f"{server}/image", allow_private=True)


@pytest.mark.parametrize(
    "url",
    ["http://localhost/", "http://2130706433/", "http://0x7f.1/", "http://[::1]/", "http://[::ffff:127.0.0.1]/",
     "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://192.168.1.1/", "http://0.0.0.0/",
     "http://100.64.0.1/", "http://[fd00::1]/", "http://[::ffff:7f00:1]/",
     "http://[64:ff9b::a9fe:a9fe]/", "http://0177.0.0.1/", "http://127.1/", "http://[fe80::1%25eth0]/"],
)
def test_private_and_tricky_literals_are_refused_before_connecting(url: str) -> None:
    # httpx rejects some odd forms ("0177.0.0.1") as invalid URLs; the rest reach the check.
    with pytest.raises((BlockedAddress, UnsupportedInput)):
        fetch(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/", "gopher://x/", "javascript:alert(1)"])
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(UnsupportedInput):
        fetch(url)


def test_address_classification() -> None:
    assert is_public("93.184.216.34") and is_public("2606:2800:220:1:248:1893:25c8:1946")
    for private in ("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "100.64.1.1",
                    "::1", "fe80::1", "fc00::1", "::ffff:10.0.0.1", "224.0.0.1", "0.0.0.0",
                    "::7f00:1", "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1", "240.0.0.1", "255.255.255.255",
                    "192.0.0.8", "192.0.0.170", "fec0::1"):
        assert not is_public(private), private


def _fake_dns(answers: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    def resolve(host: str, port: int) -> list[str]:
        return answers[host]

    return resolve


def test_dns_answer_in_private_space_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch_module, "_resolve", _fake_dns({"rebind.example": ["93.184.216.34", "10.0.0.5"]}))
    with pytest.raises(BlockedAddress, match=r"10\.0\.0\.5"):
        fetch("http://rebind.example/story")


def test_redirect_to_a_private_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch_module, "_resolve", _fake_dns({"news.example": ["93.184.216.34"],
                                                             "intranet.example": ["192.168.0.10"]}))
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "http://intranet.example/admin"})

    with pytest.raises(BlockedAddress, match=r"192\.168\.0\.10"):
        fetch("http://news.example/story", transport=httpx.MockTransport(answer))
    assert [str(r.url) for r in seen] == ["http://news.example/story"]  # the private hop never sent


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://news.example/x", "http://[::1]:8080/"])
def test_redirect_to_another_scheme_or_loopback_is_refused(
    monkeypatch: pytest.MonkeyPatch, location: str
) -> None:
    monkeypatch.setattr(fetch_module, "_resolve", _fake_dns({"news.example": ["93.184.216.34"], "::1": ["::1"]}))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": location})

    with pytest.raises((BlockedAddress, UnsupportedInput)):
        fetch("http://news.example/story", transport=httpx.MockTransport(answer))


def test_connection_goes_to_the_checked_address_not_a_second_dns_answer(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the name is resolved once, checked, and the socket opened to that address.

    The first answer (127.0.0.1, treated as public for this test) is where the test server
    listens; any later lookup of the name fails, so the fetch only works if nothing
    resolves the name again at connect time.
    """
    port = int(server.rsplit(":", 1)[1])
    lookups: list[str] = []

    def first_answer(host: str, port: int) -> list[str]:
        lookups.append(host)
        return ["127.0.0.1"]

    real_getaddrinfo = socket.getaddrinfo

    def rebinding_getaddrinfo(host: object, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if host == "rebind.test":
            raise socket.gaierror("second lookup of a checked name")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fetch_module, "_resolve", first_answer)
    monkeypatch.setattr(fetch_module, "is_public", lambda address: address == "127.0.0.1")
    monkeypatch.setattr(socket, "getaddrinfo", rebinding_getaddrinfo)
    page = fetch(f"http://rebind.test:{port}/story")
    assert page.content == ARTICLE and lookups == ["rebind.test"]


def test_falls_back_to_the_next_checked_address(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    port = int(server.rsplit(":", 1)[1])
    # [::1] has nothing listening on this port (or no IPv6 at all): the fetch moves on.
    monkeypatch.setattr(fetch_module, "_resolve", _fake_dns({"dual.test": ["::1", "127.0.0.1"]}))
    monkeypatch.setattr(fetch_module, "is_public", lambda address: True)
    assert fetch(f"http://dual.test:{port}/story").content == ARTICLE


@pytest.mark.timeout(30)
@pytest.mark.parametrize("path", ["/trickle-headers", "/trickle-body"])
def test_trickling_server_fails_within_the_overall_deadline(server: str, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"in time|too long"):
        fetch(f"{server}{path}", allow_private=True, timeout=0.5)
    assert time.monotonic() - started < 3.0  # deadline is 2 x timeout = 1 s


def test_decompression_bomb_stops_at_the_cap(server: str) -> None:
    with pytest.raises(InputTooLarge):
        fetch(f"{server}/bomb", allow_private=True, max_bytes=1024 * 1024)


def test_gzip_pages_are_inflated(server: str) -> None:
    assert fetch(f"{server}/gzipped", allow_private=True).content == ARTICLE


def test_tls_goes_through_the_pinned_deadline_stream(server: str) -> None:
    # A plain-HTTP server answering a TLS handshake: a clear FetchError, not a hang or a crash.
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"could not be fetched|in time"):
        fetch(server.replace("http://", "https://") + "/story", allow_private=True, timeout=2)
    assert time.monotonic() - started < 5


def test_credentials_in_the_url_never_appear_in_messages() -> None:
    with pytest.raises(BlockedAddress) as info:
        fetch("http://admin:s3cret@127.0.0.1/")
    assert "s3cret" not in str(info.value) and "admin" not in str(info.value)


def test_redirect_loops_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch_module, "_resolve", _fake_dns({"loop.example": ["93.184.216.34"]}))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(301, headers={"Location": "/again"})

    with pytest.raises(FetchError, match="too many redirects"):
        fetch("http://loop.example/", transport=httpx.MockTransport(answer))
