"""Markdown: escaped article text and the sections an analyst pastes (golden file: test_golden.py)."""

from __future__ import annotations

from report_fixtures import SCRIPT, hostile_comparison
from storydiff.report import render


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
