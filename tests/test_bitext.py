"""TSV and TMX exports: one row / translation unit per unit that two or more accounts carry."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from report_fixtures import SCRIPT, hostile_comparison, three_way_comparison
from storydiff.model import Comparison
from storydiff.report import render

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_tsv_rows_and_columns() -> None:
    lines = render(hostile_comparison(), "tsv").splitlines()
    assert lines[0].split("\t") == ["unit", "relation", "score", "A", "B"]
    rows = [line.split("\t") for line in lines[1:]]
    assert [r[0] for r in rows] == ["0", "1", "2"]  # unique units 3 and 4 are left out
    assert all(len(r) == 5 for r in rows)
    assert rows[1][1:3] == ["conflict", "0.8800"]
    assert rows[1][3] == 'Officials said 25 people attended " onmouseover="x.'


def test_tsv_keeps_one_line_per_row_whatever_the_text() -> None:
    comparison = hostile_comparison()
    doc = comparison.documents[0]
    seg = doc.segments[1]
    doc = doc.model_copy(
        update={
            "segments": [
                *doc.segments[:1],
                seg.model_copy(update={"text": "a\tb\nc"}),
                *doc.segments[2:],
            ]
        }
    )
    comparison = Comparison(
        generator="t", documents=[doc, comparison.documents[1]], units=comparison.units
    )
    lines = render(comparison, "tsv").splitlines()
    assert len(lines) == 4
    assert lines[1].split("\t")[3] == "a b c"


def test_tsv_three_accounts_leave_absent_cells_empty() -> None:
    rows = [line.split("\t") for line in render(three_way_comparison(), "tsv").splitlines()]
    assert rows[0][3:] == ["A", "B", "C"]
    assert rows[2][5] == ""


def test_tmx_is_well_formed_tmx_1_4() -> None:
    text = render(hostile_comparison(), "tmx")
    root = ET.fromstring(text)
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None and header.get("srclang") == "en"
    tus = root.findall("body/tu")
    assert [tu.get("tuid") for tu in tus] == ["0", "1", "2"]
    tuvs = tus[2].findall("tuv")
    assert [tuv.get(XML_LANG) for tuv in tuvs] == ["en", "de"]
    assert tuvs[0].findtext("seg") == f"A statement with {SCRIPT} and a | b in it."
    assert SCRIPT not in text  # escaped in the XML
    assert tus[1].find("prop[@type='x-relation']").text == "conflict"  # type: ignore[union-attr]


def test_tmx_drops_characters_xml_cannot_hold() -> None:
    comparison = hostile_comparison()
    doc = comparison.documents[0]
    seg = doc.segments[1].model_copy(update={"text": "bell\x07 here"})
    doc = doc.model_copy(update={"segments": [doc.segments[0], seg, *doc.segments[2:]]})
    comparison = Comparison(
        generator="t", documents=[doc, comparison.documents[1]], units=comparison.units
    )
    root = ET.fromstring(render(comparison, "tmx"))
    assert root.find("body/tu/tuv/seg").text == "bell here"  # type: ignore[union-attr]
