"""The bad-input battery: every entry point answers bad input with one clear line, loses nothing.

CLI: a documented exit code and ``storydiff: error: …`` on one line, never a traceback, and no
file written or overwritten. Python API: a :class:`~storydiff.errors.StorydiffError` subclass.
(URL threats are covered twice: the fetch guard in detail in test_fetch.py, and what the CLI
user sees for a private, redirecting, 5 GB or silent URL at the end of this file;
the web app's limits in test_web.py.)
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CHINESE_READOUT, ENGLISH_RELEASE
from storydiff.cli import main
from storydiff.compare import compare
from storydiff.errors import InputError, InputTooLarge, SourceNotFound, UnsupportedInput
from storydiff.ingest import fetch as fetch_module
from storydiff.ingest import from_html, from_text
from storydiff.model import Relation
from storydiff.segment import build_document, read_document

EN, ZH = str(ENGLISH_RELEASE), str(CHINESE_READOUT)


def cli(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def assert_one_line_error(result, code: int, fragment: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == code, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("storydiff: error:") and fragment in lines[0], lines[0]


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


BAD_FILES = {
    "missing": (lambda p: str(p / "nope.txt"), "no such file"),
    "directory": (lambda p: str(p), "is a directory"),
    "empty": (lambda p: _write(p / "empty.txt", b""), "is empty"),
    "whitespace": (lambda p: _write(p / "ws.txt", b" \n\t\r\n  \n"), "is empty"),
    "binary": (lambda p: _write(p / "img.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64), "binary"),
    "html-without-article": (lambda p: _write(p / "nav.html", b"<html><body><nav>Home</nav></body></html>"),
                             "no article text"),
    "200MB": (lambda p: _sparse(p / "huge.txt", 200 * 1024 * 1024), "larger than"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_account_files_in_compare(tmp_path: Path, case: str) -> None:
    make, fragment = BAD_FILES[case]
    assert_one_line_error(cli("compare", EN, make(tmp_path)), 2, fragment)


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_account_files_in_segment(tmp_path: Path, case: str) -> None:
    make, fragment = BAD_FILES[case]
    assert_one_line_error(cli("segment", make(tmp_path)), 2, fragment)
    assert_one_line_error(cli("segment", make(tmp_path), "--format", "json"), 2, fragment)


def test_bad_paths_in_the_python_api(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFound, match="no such file"):
        read_document(str(tmp_path / "nope.txt"))
    with pytest.raises(SourceNotFound, match="is a directory"):
        read_document(str(tmp_path))
    with pytest.raises(UnsupportedInput, match="binary"):
        read_document(_write(tmp_path / "x.bin", bytes(range(256)) * 32))
    with pytest.raises(InputTooLarge, match="larger than"):
        read_document(_sparse(tmp_path / "huge.txt", 200 * 1024 * 1024))


def test_empty_standard_input() -> None:
    result = CliRunner().invoke(main, ["segment", "-"], input="  \n\t\n")
    assert_one_line_error(result, 2, "is empty")


def test_unreadable_file_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Some text.")
    real_open = Path.open

    def deny(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self == secret:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    assert_one_line_error(cli("segment", str(secret)), 2, "permission denied")


def test_output_into_a_missing_directory_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "dir" / "out.json"
    assert_one_line_error(cli("compare", EN, ZH, "--format", "json", "-o", str(out)), 2, "Cannot write")
    assert not (tmp_path / "no").exists()


def test_unreadable_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Some text.")
    secret.chmod(0)
    try:
        result = cli("compare", EN, str(secret))
        if result.exit_code == 0:
            pytest.skip("running as a user who can read any file (root)")
        assert_one_line_error(result, 2, "permission denied")
    finally:
        secret.chmod(0o644)


def test_a_single_account_is_refused() -> None:
    assert_one_line_error(cli("compare", EN), 2, "at least two accounts")


def test_fifty_accounts_are_refused_before_reading_them() -> None:
    result = cli("compare", *([EN] * 50))
    assert_one_line_error(result, 2, "At most 20 accounts")


@pytest.mark.slow
def test_100000_sentences_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "long.txt", (("Short line here. " * 10 + "\n") * 10_000).encode())
    assert_one_line_error(cli("segment", path), 2, "more than 20,000 sentences")


def test_a_one_megabyte_sentence_is_segmented_but_not_compared(tmp_path: Path) -> None:
    path = _write(tmp_path / "blob.txt", ("word " * 200_000).encode())
    document = read_document(path)
    assert len(document.body()) > 100
    assert all(len(s.text) <= 2000 for s in document.segments)
    assert_one_line_error(cli("compare", EN, path), 2, "characters of body text")


def test_invalid_and_mixed_encodings_never_crash(tmp_path: Path) -> None:
    mixed = "Der Präsident traf den Minister. ".encode() + "Le président a parlé. ".encode("latin-1")
    for data in (mixed * 20, b"\xff\xfe\xfd valid words here and there. " * 30):
        path = _write(tmp_path / "mixed.txt", data)
        result = cli("segment", path, "--format", "json")
        assert result.exit_code in (0, 2), result.output
        if result.exit_code == 0:
            assert json.loads(result.output)["segments"]
        else:
            assert result.output.startswith("storydiff: error:")


def test_html_scripts_iframes_and_javascript_links_never_reach_the_output(tmp_path: Path) -> None:
    page = (
        b"<html><head><title>Hostile <script>alert(1)</script></title><script>steal()</script></head><body>"
        b"<article><h1>Budget approved</h1><p>The council approved the new budget on Tuesday after a long debate.</p>"
        b"<iframe src='javascript:alert(2)'></iframe><p onclick='evil()'>The mayor said three schools would be "
        b"built. <a href='javascript:alert(3)'>Read more</a></p><style>body{display:none}</style></article></body></html>"
    )
    path = _write(tmp_path / "hostile.html", page)
    result = cli("compare", path, path, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    text = " ".join(d["text"] for d in data["documents"])
    for needle in ("steal(", "alert(2", "alert(3", "evil(", "display:none", "<iframe"):
        assert needle not in text


def test_zero_width_and_right_to_left_characters(tmp_path: Path) -> None:
    body = ("The\u200b minister\u200d said the plan is ready. \u202eThe vote is on Friday.\u202c "
            "Officials expect approval. ")
    a = _write(tmp_path / "a.txt", (body * 3).encode())
    result = cli("compare", a, a, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for doc in data["documents"]:
        for seg in doc["segments"]:
            assert doc["text"][seg["start"] : seg["end"]] == seg["text"]


def test_existing_output_is_never_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    out.write_text("precious")
    assert_one_line_error(cli("compare", EN, ZH, "--format", "json", "-o", str(out)), 2, "already exists")
    assert out.read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]  # no stray temp file
    result = cli("compare", EN, ZH, "--format", "json", "-o", str(out), "--force")
    assert result.exit_code == 0
    assert json.loads(out.read_text())["schema"] == "storydiff.comparison/1"


def test_failed_run_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert_one_line_error(cli("compare", EN, str(tmp_path / "missing"), "-o", str(out)), 2, "no such file")
    assert not out.exists()


def test_unknown_format_and_bad_labels() -> None:
    assert_one_line_error(cli("compare", EN, ZH, "--format", "pdf"), 2, "Unknown format")
    assert_one_line_error(cli("compare", EN, ZH, "--label", "X"), 2, "one --label per account")
    assert_one_line_error(cli("compare", EN, ZH, "--label", "X", "--label", "X"), 2, "must be different")


def test_identical_documents_are_all_same() -> None:
    document = read_document(EN)
    comparison = compare([document, document.model_copy(update={"id": "B"})])
    assert {u.relation for u in comparison.units} == {Relation.SAME}
    assert all(u.documents == ["A", "B"] for u in comparison.units)  # nothing unique


def test_hostile_markup_in_plain_text_is_escaped_in_every_report(tmp_path: Path) -> None:
    payload = '<img src=x onerror=alert(1)> and <script>alert("x")</script>'
    a = _write(tmp_path / "a.txt", (f"The minister said {payload} the plan is ready. "
                                    "The vote is on Friday. The council met on Monday.").encode())
    b = _write(tmp_path / "b.txt", b"The minister said the plan is ready. The vote is on Friday.")
    html = cli("compare", a, b, "--format", "html")
    assert html.exit_code == 0, html.output
    assert "<img src=x" not in html.output and '<script>alert("x")' not in html.output
    # shown as text, not dropped (the added words may be highlighted)
    assert "&lt;img src=x" in re.sub(r"</?mark[^>]*>", "", html.output)
    markdown = cli("compare", a, b, "--format", "markdown")
    assert markdown.exit_code == 0, markdown.output
    # CommonMark shows a backslash-escaped "\<" as text; an unescaped tag would be live HTML
    assert not re.search(r"(?<!\\)<(?:img|script)", markdown.output), markdown.output


def test_terminal_escape_sequences_never_reach_the_terminal(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", b"The minister said \x1b]0;pwned\x07 the plan is ready. "
                                   b"\x1b[2J The vote is on Friday. The council met on Monday.")
    b = _write(tmp_path / "b.txt", b"The minister said the plan is ready. The vote is on Friday.")
    result = cli("compare", a, b, "--format", "text")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output


def test_documents_about_different_events_share_little() -> None:
    storm = from_text(
        "A powerful storm hit the northern coast on Sunday, cutting power to 20,000 homes. "
        "Emergency crews worked through the night to restore electricity. Schools in the region "
        "will stay closed on Monday. Forecasters expect the wind to ease by Tuesday afternoon. "
        "Residents were urged to avoid the flooded roads near the harbour."
    )
    comparison = compare([read_document(EN), build_document(storm, doc_id="B")])
    shared = [u for u in comparison.units if len(u.documents) > 1]
    assert len(shared) <= 1, [u.members for u in shared]


def test_accounts_in_unrelated_languages_still_align() -> None:
    english = from_text(
        "The storm cut power to twenty thousand homes on Sunday. Crews worked through the night. "
        "Schools will stay closed on Monday."
    )
    arabic = from_text(
        "قطعت العاصفة الكهرباء عن عشرين ألف منزل يوم الأحد. عملت الفرق طوال الليل. "
        "ستبقى المدارس مغلقة يوم الاثنين."
    )
    comparison = compare([build_document(english, doc_id="A"), build_document(arabic, doc_id="B")])
    assert comparison.documents[1].lang == "ar"
    assert all(len(u.documents) == 2 for u in comparison.units)


def test_python_api_raises_documented_errors() -> None:
    document = read_document(EN)
    with pytest.raises(InputError, match="at least two"):
        compare([document])
    with pytest.raises(InputTooLarge, match="At most"):
        compare([document.model_copy(update={"id": str(i)}) for i in range(50)])
    with pytest.raises(UnsupportedInput):
        from_text("   \n\t ")


def test_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "storydiff", "compare", EN, str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert proc.stderr.count("\n") == 1


def test_no_traceback_in_a_real_process_for_segment(tmp_path: Path) -> None:
    binary = _write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 64)
    for source, code in ((binary, 2), ("http://169.254.169.254/latest/meta-data/", 3)):
        # the metadata address is refused before any connection is attempted
        proc = subprocess.run(
            [sys.executable, "-m", "storydiff", "segment", source],
            capture_output=True, text=True, timeout=120,
        )
        assert proc.returncode == code, proc.stderr
        assert "Traceback" not in proc.stderr and proc.stdout == ""
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("storydiff: error:")


# --- URLs through the CLI (a server on 127.0.0.1 only; other addresses are refused unsent) ---

PAGE = (b"<html><head><title>Local story</title></head><body><article><h1>Local story</h1>"
        b"<p>The council approved the new budget on Tuesday after a long debate in the chamber.</p>"
        b"<p>The mayor said the plan would fund three new schools and repair the old bridge.</p>"
        b"</article></body></html>")


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/story":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
        elif self.path == "/to-intranet":
            self.send_response(302)
            self.send_header("Location", "http://10.20.30.40/admin")
            self.end_headers()
        elif self.path == "/5gb":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(5 * 1024**3))
            self.end_headers()
            self.wfile.write(b"<p>" + b"x" * 4096)
        elif self.path == "/silent":
            time.sleep(3)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_local_url_needs_allow_private(server: str) -> None:
    assert_one_line_error(cli("segment", f"{server}/story"), 3, "--allow-private")
    result = cli("segment", f"{server}/story", "--allow-private", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["title"] == "Local story"


def test_url_redirecting_to_a_private_address(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The test server stands in for a public site: only 127.0.0.1 counts as public here.
    monkeypatch.setattr(fetch_module, "is_public", lambda address: address == "127.0.0.1")
    assert_one_line_error(cli("segment", f"{server}/to-intranet"), 3, "10.20.30.40")


def test_url_answering_5gb_is_cut_off(server: str) -> None:
    assert_one_line_error(cli("segment", f"{server}/5gb", "--allow-private"), 2, "over the")


@pytest.mark.timeout(30)
def test_url_that_never_answers_fails_in_bounded_time(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch_module, "fetch", functools.partial(fetch_module.fetch, timeout=0.5))
    started = time.monotonic()
    result = cli("compare", EN, f"{server}/silent", "--allow-private")
    assert_one_line_error(result, 3, "did not answer in time")
    assert time.monotonic() - started < 5


def _sparse(path: Path, size: int) -> str:
    with path.open("wb") as f:
        f.truncate(size)
    return str(path)


def test_a_tag_flooded_with_attributes_is_read_quickly() -> None:
    """300,000 attributes in one <p> kept lxml and htmldate busy for minutes (the time grows
    with their square) on a page far under the size limit; the tag is read by its name."""
    flood = " ".join(f'a{i}="x"' for i in range(300_000))
    page = f"<html><body><h1>Talks end</h1><p {flood}>The talks in Moscow ended on Monday with forty agreements signed.</p></body></html>"
    article = from_html(page, source="flood.html")
    assert article.paragraphs == ["The talks in Moscow ended on Monday with forty agreements signed."]
