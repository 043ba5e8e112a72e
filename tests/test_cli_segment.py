"""`storydiff segment` as a user runs it: output shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CHINESE_READOUT, ENGLISH_RELEASE
from storydiff.cli import main
from storydiff.model import Document


def run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input)


def test_json_is_one_document_object() -> None:
    result = run("segment", str(ENGLISH_RELEASE), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"id", "source", "title", "lang", "published", "outlet", "byline", "text", "segments"} <= set(data)
    assert data["title"] == "Xi meets Putin in Moscow"
    assert data["published"] == "2023-03-23"
    assert data["outlet"] == "Xinhua"
    document = Document.model_validate(data)
    for seg in document.segments:
        assert document.text[seg.start : seg.end] == seg.text
    kinds = {s["kind"] for s in data["segments"]}
    assert kinds == {"title", "caption", "body"}
    body = " ".join(s["text"] for s in data["segments"] if s["kind"] == "body")
    assert "Editor" not in body and "Registration" not in body and "Home >" not in body


def test_text_listing_shows_metadata_and_numbered_segments() -> None:
    result = run("segment", str(CHINESE_READOUT))
    assert result.exit_code == 0
    assert "dateline" in result.output and "Hao Weiwei and Shi Hao" in result.output
    assert "责编" not in result.output
    assert "   2  ¶0" in result.output  # segment 2 (first body sentence) in paragraph 0


def test_stdin() -> None:
    result = run("segment", "-", "--format", "json", input=ENGLISH_RELEASE.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.output)["source"] == "-"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: str(p / "missing.txt"), "no such file"),
        (lambda p: str(p), "is a directory"),
        (lambda p: _write(p / "empty.txt", b""), "is empty"),
        (lambda p: _write(p / "bin", bytes(range(256)) * 8), "binary"),
        (lambda p: _write(p / "page.html", b"<html><body><nav>Home</nav></body></html>"), "no article text"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, setup, message: str) -> None:  # type: ignore[no-untyped-def]
    result = run("segment", setup(tmp_path))
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("storydiff: error:") and message in lines[0]


def test_private_url_is_refused_with_exit_3() -> None:
    result = run("segment", "http://127.0.0.1:9/story")
    assert result.exit_code == 3
    assert "private" in result.output and "--allow-private" in result.output


def test_no_traceback_reaches_the_user_in_a_real_process(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "storydiff", "segment", str(tmp_path / "nope.txt")],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip() == f"storydiff: error: {tmp_path / 'nope.txt'}: no such file."


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)
