"""The HTML report: self-contained, escaped, and carrying every part the reader needs."""

from __future__ import annotations

import json
import re

import pytest

from report_fixtures import ATTR, JS_URL, SCRIPT, hostile_comparison, three_way_comparison
from storydiff.report import render
from storydiff.report.html import is_link, script_json


@pytest.fixture(scope="module")
def page() -> str:
    return render(hostile_comparison(), "html")


def test_article_text_appears_only_escaped(page: str) -> None:
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert ATTR not in page
    assert "&#34; onmouseover=&#34;x" in page
    # the only script elements are ours: the JSON config and the inline behaviour
    assert len(re.findall(r"<script\b", page)) == 2


def test_a_javascript_source_is_not_a_link(page: str) -> None:
    assert f'href="{JS_URL}' not in page
    assert JS_URL in page  # shown as text
    assert 'href="https://example.org/story?a=1&amp;b=2"' in page


def test_is_link_accepts_only_http_urls() -> None:
    assert is_link("https://example.org/a")
    assert is_link("HTTP://example.org/a")
    assert not is_link(JS_URL)
    assert not is_link(" javascript:alert(1)")
    assert not is_link("data:text/html,<b>x</b>")
    assert not is_link("examples/a.txt")


def test_script_json_cannot_close_the_script_element() -> None:
    text = script_json({"x": "</script><b>&amp;"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"x": "</script><b>&amp;"}


def test_self_contained_no_external_urls(page: str) -> None:
    for attr in re.findall(r'(?:src|href)="([^"]*)"', page):
        assert attr.startswith(("#", "https://example.org/story")), attr
    assert "@import" not in page and "url(" not in page


def test_summary_legend_and_units(page: str) -> None:
    assert "A reports 1 statement that B does not." in page
    assert "1 fact conflicts" in page
    for relation in ("same", "reworded", "partial", "conflict", "unique"):
        assert f'class="swatch" style="background: var(--{relation})' in page
    assert page.count('<tr id="unit-') == 5
    assert 'data-relation="unique"' in page
    assert 'class="borderline"' in page
    assert "score 0.88" in page
    assert 'class="speaker">Officials<' in page
    assert 'id="only-diff"' in page
    assert "@media print" in page


def test_changed_words_are_marked(page: str) -> None:
    assert '<mark class="d-number" title="number">25</mark>' in page
    assert '<mark class="d-number" title="number">30</mark>' in page
    assert '<mark class="d-added" title="added">, at length</mark>' in page


def test_counterparts_share_the_unit_attribute(page: str) -> None:
    assert len(re.findall(r'class="seg" data-unit="1"', page)) == 2


def test_three_accounts_get_a_pair_selector_and_a_coverage_matrix() -> None:
    page = render(three_way_comparison(), "html")
    assert 'id="pair-left"' in page and 'id="pair-right"' in page
    assert 'id="coverage"' in page
    assert 'data-col="2"' in page
    two = render(hostile_comparison(), "html")
    assert 'id="pair-left"' not in two and 'id="coverage"' not in two


def test_speakers_table_links_each_account_s_units(page: str) -> None:
    table = page[page.index('<table class="speakers"') : page.index("</table>", page.index('<table class="speakers"'))]
    assert "Officials &lt;script&gt;" in table and SCRIPT not in table
    row = table[table.index("<tr><td dir=\"auto\">Officials") :]
    cells = re.findall(r"<td(?: dir=\"auto\")?>(.*?)</td>", row)
    assert cells[1] == '<a href="#unit-1">1</a>'
    assert cells[2] == '<a href="#unit-1">1</a> <a href="#unit-4">4</a>'
    assert cells[3] == "B"


def test_a_swap_shows_as_a_difference_between_the_two_accounts_shown(encoder) -> None:  # type: ignore[no-untyped-def]
    """Each account's figures in the order of their names: the page compares two accounts'
    ``data-gives``, and a swap, the same figures as a set, is a difference there."""
    from storydiff.compare import compare
    from storydiff.segment import document_from_sentences

    texts = {
        "A": "Centrist Juan Villanueva finished third with 11.4%, ahead of leftist Óscar Paredes on 9.8%.",
        "B": "Centrist Juan Villanueva finished third with 9.8%, ahead of leftist Óscar Paredes on 11.4%.",
        "C": "Juan Villanueva came third with 11.4%, ahead of Óscar Paredes on 9.8%.",
    }
    docs = [document_from_sentences([[t]], doc_id=d, source=d, lang="en") for d, t in texts.items()]
    page = render(compare(docs, encoder=encoder), "html")
    gives = dict(re.findall(r'data-col="(\d)" data-gives="([^"]*)"', page))
    assert gives["0"] == gives["2"] != gives["1"]
