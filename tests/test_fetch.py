"""URL fetching: private addresses refused (also after redirects and DNS), size and time bounded.

Traffic goes only to a server this test starts on 127.0.0.1; public-looking hosts are
answered by httpx.MockTransport with a monkeypatched resolver, so nothing leaves the machine.
"""

from __future__ import annotations

import http.server
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
        elif self.path == "/missing":
            self.send_response(404)
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


def test_http_errors_and_non_text_are_clear(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{server}/missing", allow_private=True)
    with pytest.raises(UnsupportedInput, match="image/png"):
        fetch(f"{server}/image", allow_private=True)


@pytest.mark.parametrize(
    "url",
    ["http://localhost/", "http://2130706433/", "http://0x7f.1/", "http://[::1]/", "http://[::ffff:127.0.0.1]/",
     "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://192.168.1.1/", "http://0.0.0.0/",
     "http://100.64.0.1/", "http://[fd00::1]/"],
)
def test_private_and_tricky_literals_are_refused_before_connecting(url: str) -> None:
    with pytest.raises(BlockedAddress):
        fetch(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/", "gopher://x/", "javascript:alert(1)"])
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(UnsupportedInput):
        fetch(url)


def test_address_classification() -> None:
    assert is_public("93.184.216.34") and is_public("2606:2800:220:1:248:1893:25c8:1946")
    for private in ("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "100.64.1.1",
                    "::1", "fe80::1", "fc00::1", "::ffff:10.0.0.1", "224.0.0.1", "0.0.0.0"):
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
    # one request, to the checked address, carrying the original Host header
    assert len(seen) == 1
    assert seen[0].url.host == "93.184.216.34" and seen[0].headers["Host"] == "news.example"


def test_redirect_loops_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch_module, "_resolve", _fake_dns({"loop.example": ["93.184.216.34"]}))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(301, headers={"Location": "/again"})

    with pytest.raises(FetchError, match="too many redirects"):
        fetch("http://loop.example/", transport=httpx.MockTransport(answer))
