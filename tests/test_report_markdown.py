"""Markdown: escaped article text and the sections an analyst pastes (golden file: test_golden.py)."""

from __future__ import annotations

from report_fixtures import SCRIPT, hostile_comparison
from storydiff.model import Difference, DifferenceKind, Span
from storydiff.report import render
from storydiff.report.markdown import given_by_account


def test_article_text_is_escaped() -> None:
    text = render(hostile_comparison(), "markdown")
    assert SCRIPT not in text
    assert r"\<script\>alert(1)\</script\>" in text
    assert r"a \| b" in text
    assert r"\[a link\](javascript:alert(1))" in text
    assert "](javascript" not in text.replace(r"\]", "")
    # an entity in the text is those characters, not the "<" a viewer would show
    from storydiff.report.markdown import escape

    assert escape("AT&T: &lt;script&gt;") == r"AT\&T: \&lt;script\&gt;"


def test_units_table_has_one_row_per_unit_and_fixed_columns() -> None:
    text = render(hostile_comparison(), "markdown")
    table = text.split("## Units")[1].strip().splitlines()
    assert len(table) == 2 + 5
    columns = {len([c for c in row.replace(r"\|", "").split("|")]) for row in table}
    assert columns == {9}  # unit, relation, score, speaker, two accounts, differences
    assert "number: 25 vs 30" in text.split("## Units")[1], "each unit's differences are listed"


def test_sections() -> None:
    text = render(hostile_comparison(), "markdown")
    for heading in ("## Summary", "### Only in A (1)", "### Only in B (1)", "## Conflicts"):
        assert heading in text
    assert "- unit 1: number — A: 25; B: 30" in text


def test_a_fact_only_some_accounts_give_is_no_conflict_of_the_unit() -> None:
    """A conflict unit may also hold a fact that one account leaves out ("A: 1995; B: —"):
    the conflicts list and its count show only what every account gives differently."""
    from storydiff.model import Relation

    base = hostile_comparison()
    year = Difference(kind=DifferenceKind.DATE, values={"A": ["1995"], "B": []}, note="only some accounts give it")
    # ... nor a fact both give where one also gives more (2.4 billion crowns, and $228 million)
    dollars = Difference(
        kind=DifferenceKind.MONEY, values={"A": ["SEK 2400000000"], "B": ["USD 228000000"]},
        note="only some accounts give it",
    )
    units = [
        u.model_copy(update={"differences": [*u.differences, year, dollars]}) if u.relation is Relation.CONFLICT else u
        for u in base.units
    ]
    comparison = base.model_copy(update={"units": units})
    for fmt in ("markdown", "html"):
        page = render(comparison, fmt)
        assert "1 fact conflicts in 1 statement" in page
        assert "date — A: 1995" not in page
    conflicts = render(comparison, "text").split("Conflicts")[1].split("Speakers")[0]
    assert "date" not in conflicts and "money" not in conflicts


def test_a_conflict_between_two_of_three_accounts_is_listed() -> None:
    """Two accounts give a fact differently and a third does not give it: a conflict all
    the same, listed and counted with the third account's part shown as "—"."""
    from storydiff.model import Relation

    base = hostile_comparison()
    rate = Difference(
        kind=DifferenceKind.QUANTITY, values={"A": ["4.25 %"], "B": ["4.5 %"], "C": []}, conflict=True,
        note="conflict: A gives 4.25%; B gives 4.5%",
    )
    units = [
        u.model_copy(update={"differences": [rate]}) if u.relation is Relation.CONFLICT else u for u in base.units
    ]
    comparison = base.model_copy(update={"units": units})
    for fmt in ("markdown", "html"):
        page = render(comparison, fmt)
        assert "1 fact conflicts in 1 statement" in page, fmt
    assert "quantity — A: 4.25 %; B: 4.5 %; C: —" in render(comparison, "markdown")
    assert "quantity  A: 4.25 % · B: 4.5 % · C: —" in render(comparison, "text")


def test_a_partial_unit_without_a_listed_difference_says_why() -> None:
    from storydiff.model import Relation

    base = hostile_comparison()
    units = [
        u.model_copy(update={"differences": [], "score": 0.851}) if u.relation is Relation.PARTIAL else u
        for u in base.units
    ]
    comparison = base.model_copy(update={"units": units})
    for fmt in ("text", "html"):
        assert "similarity 0.851 is below the threshold for the same meaning" in render(comparison, fmt)
    assert "is below the threshold" not in render(base, "text")


def test_a_value_is_shown_as_written_and_as_read() -> None:
    from storydiff.model import Difference, DifferenceKind, Span
    from storydiff.report.markdown import given

    diff = Difference(
        kind=DifferenceKind.DATE,
        values={"A": ["2025-03-11"], "B": ["2025-03-12"], "C": []},
        spans={"A": [Span(segment=1, start=40, end=47, text="Tuesday")]},
    )
    assert [given(diff, d) for d in ("A", "B", "C", "D")] == ["Tuesday (2025-03-11)", "2025-03-12", "—", "—"]


def test_a_conflict_names_the_values_that_differ_not_those_all_accounts_give() -> None:
    """"11 goals in 34 games" / "14 goals in 34 games": the conflict is 11 against 14."""
    from storydiff.model import Difference, DifferenceKind, Span
    from storydiff.report.markdown import given

    diff = Difference(
        kind=DifferenceKind.NUMBER,
        values={"A": ["11", "34"], "B": ["14", "34"]},
        spans={"A": [Span(segment=3, start=40, end=42, text="11")], "B": [Span(segment=2, start=30, end=32, text="14")]},
    )
    assert (given(diff, "A"), given(diff, "B")) == ("11", "14")
    money = Difference(
        kind=DifferenceKind.MONEY,
        values={"A": ["EUR 150000"]},
        spans={"A": [Span(segment=1, start=0, end=14, text="150,000 euros")]},
    )
    assert given(money, "A") == "150,000 euros (EUR 150000)"


def test_accounts_that_agree_are_shown_together_against_the_odd_one_out() -> None:
    def span(text: str) -> Span:
        return Span(segment=1, start=0, end=len(text), text=text)

    diff = Difference(
        kind=DifferenceKind.DATE,
        values={"A": ["2025-12-11"], "B": ["2025-12-11"], "C": ["2025-12-18"]},
        spans={"A": [span("11 December")], "B": [span("11. Dezember")], "C": [span("18 décembre")]},
    )
    assert given_by_account(diff) == [
        "A, B: 11 December, 11. Dezember (2025-12-11)",
        "C: 18 décembre (2025-12-18)",
    ]
    # a value every account gives is no part of what differs: two dead everywhere, the
    # injured nine against seven
    injured = Difference(
        kind=DifferenceKind.NUMBER,
        values={"A": ["2", "9"], "B": ["2", "7"], "C": ["2", "9"]},
        spans={"A": [span("дев'ятеро")], "B": [span("seven")], "C": [span("девять")]},
    )
    assert given_by_account(injured) == ["A, C: дев'ятеро, девять (9)", "B: seven"]
    # a height in feet and its conversion in metres agree: the odd one out is the 6,000 metres
    height = Difference(
        kind=DifferenceKind.QUANTITY,
        values={"A": ["3000 m"], "B": ["6000 m"], "C": ["10000 ft", "3048 m"], "D": ["10000 ft"]},
        spans={"A": [span("3000 Meter")], "B": [span("6 000 mètres")], "C": [span("10,000ft"), span("3,048m")], "D": [span("10,000 feet")]},
    )
    assert given_by_account(height)[1] == "B: 6 000 mètres (6000 m)"
    assert given_by_account(height)[0].startswith("A, D: ")
    # a swap gives the same figures in another order: no agreement
    shares = Difference(kind=DifferenceKind.QUANTITY, values={"A": ["34.2 %", "29.1 %"], "B": ["29.1 %", "34.2 %"]}, spans={})
    assert len(given_by_account(shares)) == 2
    # a figure read without its unit beside a percentage is shown, not a crash of the report
    bare = Difference(kind=DifferenceKind.QUANTITY, values={"A": ["21.35"], "B": ["+0.8 %"]}, spans={})
    assert given_by_account(bare) == ["A: 21.35", "B: +0.8 %"]


def test_a_speaker_in_a_language_whose_attributions_are_not_read_is_not_read_there() -> None:
    """Estonian "ütles Mart Tamm" is not read: the speaker table says so for that
    account rather than "none", which would read as the account not quoting them."""
    from storydiff.compare.speakers import reads_speakers

    assert [reads_speakers(lang) for lang in ("en", None, "de", "ja", "id", "el", "ro", "hu", "fi", "et")] == [
        True, True, True, True, True, True, True, True, True, False,
    ]
    base = hostile_comparison()
    speaker = base.speakers[0].model_copy(update={"units": {"A": [1], "B": []}, "only_in": ["A"]})
    base = base.model_copy(update={"speakers": [speaker]})
    hungarian = base.model_copy(
        update={"documents": [base.documents[0], base.documents[1].model_copy(update={"speakers_read": False})]}
    )
    for fmt in ("text", "markdown", "html"):
        assert "not read" in render(hungarian, fmt), fmt
        assert "not read" not in render(base, fmt), fmt


def test_a_speaker_named_by_a_pronoun_still_shows_in_a_speaker_conflict() -> None:
    """A fact conflict shows "—" for an account with no value in it, but a speaker found
    through "he said" has no span of its name and is still that account's speaker."""
    from storydiff.report.markdown import given

    speaker = Difference(
        kind=DifferenceKind.SPEAKER, values={"A": ["Peter Kowalczyk"], "B": ["Peter Kowalski"]},
        spans={"A": [Span(segment=1, start=0, end=15, text="Peter Kowalczyk")]}, conflict=True,
    )
    assert (given(speaker, "A"), given(speaker, "B")) == ("Peter Kowalczyk", "Peter Kowalski")
