"""The web app through its ASGI transport: form page, JSON API, limits and error mapping."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from conftest import CHINESE_READOUT, ENGLISH_RELEASE
from storydiff.limits import MAX_DOCUMENTS
from storydiff.web import app as web_app
from storydiff.web import create_app


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


@pytest.fixture(scope="module")
def pair() -> tuple[str, str]:
    return ENGLISH_RELEASE.read_text(encoding="utf-8"), CHINESE_READOUT.read_text(encoding="utf-8")


def test_form_page_loads(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = response.text
    assert '<form id="compare-form"' in page
    assert 'name="text_0"' in page and 'name="file_1"' in page and 'name="url_1"' in page
    assert 'id="add-account"' in page
    # pasted Arabic or Hebrew runs right to left as it is typed
    assert '<textarea id="text_0" name="text_0" dir="auto">' in page
    assert "Never align a statement by one speaker" in page  # help text from Options
    assert "Content-Security-Policy" in response.headers


@pytest.mark.slow
def test_api_compare_returns_the_comparison(client: TestClient, pair: tuple[str, str]) -> None:
    response = client.post(
        "/api/compare",
        json={"documents": [{"text": pair[0], "label": "Release"}, {"text": pair[1]}]},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["schema"] == "storydiff.comparison/1"
    assert [d["id"] for d in body["documents"]] == ["Release", "B"]
    assert any(u["relation"] == "unique" for u in body["units"])


@pytest.mark.slow
def test_form_post_returns_the_html_report(client: TestClient, pair: tuple[str, str]) -> None:
    response = client.post(
        "/compare",
        data={"text_0": pair[0], "label_0": "<b>R</b>", "options": "1"},
        files={"file_1": ("readout.txt", pair[1].encode(), "text/plain")},
    )
    assert response.status_code == 200, response.text
    assert 'id="legend"' in response.text and 'id="summary"' in response.text
    assert 'data-relation="unique"' in response.text
    assert "<b>R</b>" not in response.text and "&lt;b&gt;R&lt;/b&gt;" in response.text
    # an uploaded account is known by its file's name, a pasted one by its label
    assert "readout.txt" in response.text and "pasted text of account B" not in response.text


@pytest.mark.slow
def test_a_form_result_has_an_address_and_downloads(
    client: TestClient, pair: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    response = client.post("/compare", data={"text_0": pair[0], "text_1": pair[1]}, follow_redirects=False)
    assert response.status_code == 303  # a reload of the result page does not post again
    address = response.headers["location"]
    assert address.startswith("/results/")

    def not_again(*args: object) -> None:
        raise AssertionError("the result was computed again")

    monkeypatch.setattr(web_app, "_run", not_again)
    page = client.get(address)
    assert page.status_code == 200 and 'id="legend"' in page.text
    assert f'href="{address}.json"' in page.text and f'href="{address}.html"' in page.text
    data = client.get(address + ".json")
    assert data.json()["schema"] == "storydiff.comparison/1"
    assert "attachment" in data.headers["content-disposition"]
    report = client.get(address + ".html")
    assert 'id="legend"' in report.text and "New comparison" not in report.text
    assert client.get(address + ".exe").status_code == 404


def test_a_result_the_server_does_not_hold_says_so(client: TestClient) -> None:
    for name in ("0" * 24, "<script>", "0" * 24 + ".json"):
        response = client.get(f"/results/{name}")
        assert response.status_code == 404
        assert "no longer held" in response.text


def test_too_many_accounts_is_a_4xx_with_a_message(client: TestClient) -> None:
    docs = [{"text": "One sentence here."}] * (MAX_DOCUMENTS + 1)
    response = client.post("/api/compare", json={"documents": docs})
    assert 400 <= response.status_code < 500
    assert "at most 20" in response.json()["error"]


def test_too_few_accounts_in_the_form(client: TestClient) -> None:
    response = client.post("/compare", data={"text_0": "Only one account."})
    assert response.status_code == 400
    assert "at least two accounts" in response.text


def test_the_form_names_the_empty_account_and_keeps_the_options_chosen(client: TestClient) -> None:
    # "Use speakers" unticked: the form comes back unticked, with the text kept
    response = client.post(
        "/compare", data={"text_0": "Only one account.", "text_1": "  ", "label_1": "Reuters", "options": "1"}
    )
    assert response.status_code == 400
    assert "account Reuters is empty" in response.text and "Only one account." in response.text
    assert 'name="use_speakers" value="1">' in response.text  # not checked
    ticked = client.post("/compare", data={"text_0": "Only one account.", "options": "1", "use_speakers": "1"})
    assert 'name="use_speakers" value="1" checked>' in ticked.text


def test_empty_text_is_a_4xx(client: TestClient) -> None:
    response = client.post(
        "/api/compare", json={"documents": [{"text": "Some text."}, {"text": "  \n "}]}
    )
    assert response.status_code == 400
    assert "empty" in response.json()["error"]


def test_text_and_url_together_are_refused(client: TestClient) -> None:
    response = client.post(
        "/api/compare",
        json={"documents": [{"text": "a", "url": "https://example.org/"}, {"text": "b"}]},
    )
    assert response.status_code == 422
    assert "exactly one" in response.json()["error"]


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/"]
)
def test_private_url_is_a_4xx(client: TestClient, url: str) -> None:
    response = client.post(
        "/api/compare", json={"documents": [{"text": "Some text."}, {"url": url}]}
    )
    assert response.status_code == 422
    assert "private" in response.json()["error"]


@pytest.mark.parametrize("url", ["/etc/passwd", "file:///etc/passwd", "ftp://example.org/a"])
def test_only_http_urls_are_read(client: TestClient, url: str) -> None:
    response = client.post(
        "/api/compare", json={"documents": [{"text": "Some text."}, {"url": url}]}
    )
    assert response.status_code == 400
    assert "http://" in response.json()["error"]


def test_options_from_clients_are_limited(client: TestClient) -> None:
    response = client.post(
        "/api/compare",
        json={"documents": [{"text": "a"}, {"text": "b"}], "options": {"allow_private": True}},
    )
    assert response.status_code == 422


def test_too_much_text_in_one_request_is_413_before_any_work() -> None:
    small = TestClient(create_app(max_chars=1_000))
    text = "The storm hit the coast on Monday and closed the port. " * 12
    response = small.post("/api/compare", json={"documents": [{"text": text}, {"text": text}]})
    assert response.status_code == 413
    # the size of each account, and how much must go
    message = response.json()["error"]
    assert "1,000 characters" in message and "(A 659, B 659)" in message and "318 must go" in message


def test_a_huge_paste_is_not_sent_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web_app, "ECHO_CHARS", 100)
    small = TestClient(create_app(max_chars=1_000))
    text = "The storm hit the coast on Monday and closed the port. " * 20
    response = small.post("/compare", data={"text_0": text, "text_1": "Short one.", "label_0": "Wire"})
    assert response.status_code == 413
    assert f"account Wire ({len(text):,} characters) is not sent back" in response.text
    assert "closed the port" not in response.text and "Short one." in response.text


def test_a_request_the_model_refuses_is_422_without_echoing_it(client: TestClient) -> None:
    # a lone surrogate cannot be encoded back: it was a 500 while the error echoed the input
    body = '{"documents":[{"text":"Police \\ud800 said five were hurt."},{"text":"Five were hurt."}]}'
    response = client.post("/api/compare", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert "Police" not in response.text and "input" not in response.json()["detail"][0]


def test_body_over_the_cap_is_413() -> None:
    small = TestClient(create_app(max_body=1000))
    response = small.post("/api/compare", json={"documents": [{"text": "x" * 2000}, {"text": "y"}]})
    assert response.status_code == 413
    assert "larger than" in response.json()["error"]

    def chunks():  # no Content-Length: the cap applies while reading
        for _ in range(5):
            yield b"x" * 400

    response = small.post(
        "/api/compare", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413


TALKS = "The ministers met in Geneva on Monday. They agreed to meet again next month."


def test_run_time_cap_gives_503(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(articles, options, max_chars):  # type: ignore[no-untyped-def]
        time.sleep(1.0)
        raise AssertionError("should have been abandoned")

    monkeypatch.setattr(web_app, "_run", slow)
    fast = TestClient(create_app(timeout_s=0.5))
    response = fast.post("/api/compare", json={"documents": [{"text": TALKS}, {"text": TALKS}]})
    assert response.status_code == 503
    assert "longer than" in response.json()["error"]


def test_internal_errors_are_500_and_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(articles, options, max_chars):  # type: ignore[no-untyped-def]
        raise RuntimeError("secret internals")

    monkeypatch.setattr(web_app, "_run", broken)
    quiet = TestClient(create_app(), raise_server_exceptions=False)
    response = quiet.post("/api/compare", json={"documents": [{"text": TALKS}, {"text": TALKS}]})
    assert response.status_code == 500
    assert "secret" not in response.text
    assert "secret internals" in caplog.text


def test_openapi_describes_the_api(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert "/api/compare" in schema["paths"]
    post = schema["paths"]["/api/compare"]["post"]
    assert "requestBody" in post
    components = schema["components"]["schemas"]
    assert components["CompareRequest"]["properties"]["documents"]["maxItems"] == MAX_DOCUMENTS
    assert "DocumentIn" in components and "Comparison" in components


def test_accounts_are_read_apart_from_the_comparisons(monkeypatch: pytest.MonkeyPatch) -> None:
    """A slow URL waits in the reading pool and holds no comparison's place."""
    import threading

    seen: dict[str, str] = {}
    read, run = web_app._read, web_app._run

    def reading(item, options):  # type: ignore[no-untyped-def]
        seen["read"] = threading.current_thread().name
        return read(item, options)

    def comparing(articles, options, max_chars):  # type: ignore[no-untyped-def]
        seen["compare"] = threading.current_thread().name
        return run(articles, options, max_chars)

    monkeypatch.setattr(web_app, "_read", reading)
    monkeypatch.setattr(web_app, "_run", comparing)
    response = TestClient(create_app()).post("/api/compare", json={"documents": [{"text": TALKS}, {"text": TALKS}]})
    assert response.status_code == 200
    assert seen["read"].startswith("storydiff-read") and seen["compare"].startswith("storydiff-compare")


def test_labels_are_checked_with_a_clear_message(client: TestClient) -> None:
    def error(labels: list[str | None]) -> str:
        documents = [{"text": TALKS, "label": label} for label in labels]
        response = client.post("/api/compare", json={"documents": documents})
        assert response.status_code == 400
        return str(response.json()["error"])

    assert "another's default name" in error(["B", None])
    assert "control characters" in error(["A\x1b[2J", "B"])


def test_serve_on_a_port_in_use_says_so_in_one_line() -> None:
    """A port another program holds, or a host that is no address, gets one clear error
    and the input error's exit code, not "serving on …" then uvicorn's log."""
    import socket

    from click.testing import CliRunner

    from storydiff.cli import main

    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port)])
    assert result.exit_code == 2 and "Cannot serve on 127.0.0.1" in result.output
    assert "serving on" not in result.output


HAUSA = (
    "Satar dalibai\n\n'Yan bindiga sun sace dalibai 24 a garin Kaura Namoda na Najeriya a daren ranar Talata.\n\n"
    "Iyayen yaran sun taru a harabar makarantar.\n"
)
ENGLISH = "Students abducted\n\nGunmen abducted 24 students in Kaura Namoda, Nigeria, on Tuesday night.\n\nParents gathered in the school compound.\n"


def test_each_account_s_language_can_be_given_in_the_api_and_the_form(client: TestClient) -> None:
    """As with the CLI's --lang: a Hausa account, which the offline identifier does not know,
    is read in the language the client gives ("auto" or nothing: identified); a code that is
    none is a 4xx naming the account, and the form keeps what was typed."""
    response = client.post(
        "/api/compare", json={"documents": [{"text": HAUSA, "lang": "ha"}, {"text": ENGLISH, "lang": "auto"}]}
    )
    assert response.status_code == 200, response.text
    assert [d["lang"] for d in response.json()["documents"]] == ["ha", "en"]
    bad = client.post("/api/compare", json={"documents": [{"text": HAUSA, "lang": "x;y"}, {"text": ENGLISH}]})
    assert bad.status_code == 400 and "Account A" in bad.json()["error"] and "no language code" in bad.json()["error"]
    assert 'name="lang_0"' in client.get("/").text
    form = client.post("/compare", data={"text_0": HAUSA, "lang_0": "x;y", "text_1": ENGLISH, "options": "1"})
    assert form.status_code == 400 and "no language code" in form.text and 'value="x;y"' in form.text
    ok = client.post("/compare", data={"text_0": HAUSA, "lang_0": "ha", "text_1": ENGLISH, "options": "1"})
    assert ok.status_code == 200 and 'lang="ha"' in ok.text
