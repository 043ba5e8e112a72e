"""Markdown: escaped article text, the sections an analyst pastes, and a golden file.

The golden file ``tests/golden/example.md`` is the Markdown of the example pair. It is
rewritten only when ``STORYDIFF_UPDATE_GOLDEN=1``; otherwise a mismatch fails with a
unified diff.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from conftest import CHINESE_READOUT, ENGLISH_RELEASE, ROOT
from report_fixtures import SCRIPT, hostile_comparison
from storydiff.report import render

GOLDEN = Path(__file__).parent / "golden" / "example.md"


def test_article_text_is_escaped() -> None:
    text = render(hostile_comparison(), "markdown")
    assert SCRIPT not in text
    assert r"\<script\>alert(1)\</script\>" in text
    assert r"a \| b" in text
    assert r"\[a link\](javascript:alert(1))" in text
    assert "](javascript" not in text.replace(r"\]", "")


def test_units_table_has_one_row_per_unit_and_fixed_columns() -> None:
    text = render(hostile_comparison(), "markdown")
    table = text.split("## Units")[1].strip().splitlines()
    assert len(table) == 2 + 5
    columns = {len([c for c in row.replace(r"\|", "").split("|")]) for row in table}
    assert columns == {8}


def test_sections() -> None:
    text = render(hostile_comparison(), "markdown")
    for heading in ("## Summary", "### Only in A (1)", "### Only in B (1)", "## Conflicts"):
        assert heading in text
    assert "- unit 1: number — A: 25; B: 30" in text


@pytest.mark.slow
def test_example_pair_matches_the_golden_file(encoder, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from storydiff.compare import compare
    from storydiff.segment import read_document

    monkeypatch.chdir(ROOT)
    documents = [
        read_document(str(path.relative_to(ROOT)), doc_id=doc_id)
        for path, doc_id in ((ENGLISH_RELEASE, "A"), (CHINESE_READOUT, "B"))
    ]
    actual = render(compare(documents, encoder=encoder), "markdown")
    if os.environ.get("STORYDIFF_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(actual, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8") if GOLDEN.exists() else ""
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=str(GOLDEN),
                tofile="rendered",
            )
        )
        pytest.fail(
            "Markdown differs from the golden file (STORYDIFF_UPDATE_GOLDEN=1 rewrites it):\n"
            + diff
        )
