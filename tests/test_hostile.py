"""The bad-input battery: every entry point answers bad input with one clear line, loses nothing.

CLI: a documented exit code and ``storydiff: error: …`` on one line, never a traceback, and no
file written or overwritten. Python API: a :class:`~storydiff.errors.StorydiffError` subclass.
(URL threats — private targets, redirects, endless or slow servers — are in test_fetch.py;
the web app's limits in test_web.py.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CHINESE_READOUT, ENGLISH_RELEASE
from storydiff.cli import main
from storydiff.compare import compare
from storydiff.errors import InputError, InputTooLarge, UnsupportedInput
from storydiff.ingest import from_text
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


def _sparse(path: Path, size: int) -> str:
    with path.open("wb") as f:
        f.truncate(size)
    return str(path)
