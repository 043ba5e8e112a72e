"""HTML: one self-contained report file (inline CSS and JS, no network needed to view it).

Design: this module turns the comparison into a small view model (rows of cells of
pieces of text, each piece marked changed or not) and hands it to the Jinja2 template
``templates/report.html.j2``. The environment autoescapes everything, and the template
never marks article text ``|safe``: titles, sentences, sources and speakers all reach
the page escaped. A source becomes a link only when it starts with ``http://`` or
``https://``. The only data embedded in ``<script>`` is passed through :func:`script_json`,
which escapes ``<``, ``>`` and ``&`` so no string can close the script element.

Layout: one table row per unit and one column per account. With more than two
accounts all columns are rendered; the reader picks the pair to show (the JS hides the
other columns and rows neither of the pair carries) and a coverage matrix lists every
unit × account. Without JS (or in print) the first two accounts show.

Changed words: each :class:`~storydiff.model.Span` of a unit's differences is cut out of
its segment by offsets (``span.start - segment.start``) and wrapped in ``<mark>``;
overlapping or out-of-range spans are clipped, never trusted.

Also used by the web app, which serves the same page as its result, with links of its
own (``nav``: a new comparison, the result's address, downloads).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import jinja2
from markupsafe import Markup

from ..model import Comparison, Document, Relation, Unit
from .markdown import (
    conflicting_facts,
    headline_conflicts,
    nearest_notes,
    similarity_note,
    summary_sentences,
)

RELATION_HELP = {
    Relation.SAME: "identical or trivially different",
    Relation.REWORDED: "same meaning, other words",
    Relation.PARTIAL: "one side adds or drops a detail",
    Relation.CONFLICT: "a fact differs",
    Relation.UNIQUE: "only one account has it",
}


@dataclass(frozen=True)
class NavLink:
    """A link above the report (the web app's: new comparison, permalink, downloads)."""

    text: str
    href: str
    download: str | None = None  # a file name: the browser saves the target instead


@dataclass
class Piece:
    text: str
    mark: str | None = None  # difference kind when highlighted


@dataclass
class Sentence:
    segment: int
    pieces: list[Piece]


@dataclass
class Cell:
    doc_id: str
    sentences: list[Sentence] = field(default_factory=list)
    lang: str | None = None  # the account's language: hyphenation, fonts, screen readers
    gives: str = ""
    """What this account gives in each of the unit's differences, so the page can tell
    that two accounts shown side by side agree where a third differs."""


@dataclass
class Row:
    unit: Unit
    cells: list[Cell]
    notes: list[str]


def script_json(value: Any) -> Markup:
    """JSON safe to embed inside ``<script>``: ``<``, ``>``, ``&`` and line separators escaped.

    Returned as :class:`~markupsafe.Markup` because it is already safe for that context;
    HTML-escaping it again (``&#34;``) would break ``JSON.parse``.
    """
    text = json.dumps(value, ensure_ascii=False)
    for char, esc in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, esc)
    return Markup(text)


def is_link(source: str) -> bool:
    return source.lower().startswith(("http://", "https://")) and not any(
        c in source for c in "\"'<> \n\r\t"
    )


def display_name(doc: Document) -> str:
    """A short name for column heads: the title, else the outlet, else the source's last part."""
    if doc.title:
        return doc.title
    if doc.outlet:
        return doc.outlet
    return doc.source.rstrip("/").rsplit("/", 1)[-1] or doc.source


def _pieces(text: str, marks: list[tuple[int, int, str]]) -> list[Piece]:
    pieces: list[Piece] = []
    pos = 0
    for start, end, kind in sorted(marks):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        if start > pos:
            pieces.append(Piece(text[pos:start]))
        pieces.append(Piece(text[start:end], kind))
        pos = end
    if pos < len(text):
        pieces.append(Piece(text[pos:]))
    return pieces


def _row(
    doc_by_id: dict[str, Document], docs: list[Document], unit: Unit, nearest: dict[int, str]
) -> Row:
    cells = []
    for doc in docs:
        # (in the order given: a swap's two figures in the order of their names)
        cell = Cell(doc.id, lang=doc.lang, gives=json.dumps([d.values.get(doc.id, []) for d in unit.differences]))
        segs = {s.id: s for s in doc.segments}
        for seg_id in unit.members.get(doc.id) or []:
            seg = segs.get(seg_id)
            if seg is None:
                continue
            marks = [
                (span.start - seg.start, span.end - seg.start, diff.kind.value)
                for diff in unit.differences
                for span in diff.spans.get(doc.id, [])
                if span.segment == seg_id
            ]
            cell.sentences.append(Sentence(seg_id, _pieces(seg.text, marks)))
        cells.append(cell)
    notes = [d.note for d in unit.differences if d.note]
    if unit.id in nearest:
        notes.append(nearest[unit.id])
    why = similarity_note(unit)
    if why:
        notes.append(why)
    return Row(unit, cells, notes)


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("storydiff.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(comparison: Comparison, *, nav: Sequence[NavLink] = ()) -> str:
    """The report page; ``nav``: links above it (none in a file of its own)."""
    docs = list(comparison.documents)
    doc_by_id = {d.id: d for d in docs}
    nearest = nearest_notes(comparison)
    rows = [_row(doc_by_id, docs, unit, nearest) for unit in comparison.units]
    counts = {r.value: sum(u.relation is r for u in comparison.units) for r in Relation}
    template = _environment().get_template("report.html.j2")
    return template.render(
        comparison=comparison,
        docs=docs,
        rows=rows,
        counts=counts,
        relations=[(r.value, RELATION_HELP[r]) for r in Relation],
        summary=summary_sentences(comparison),
        conflicts=conflicting_facts(comparison),
        headline_conflicts=headline_conflicts(comparison),
        speakers=comparison.speakers,
        is_link=is_link,
        names={d.id: display_name(d) for d in docs},
        config=script_json({"documents": [d.id for d in docs]}),
        nav=nav,
    )
