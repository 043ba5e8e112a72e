"""A small hand-built comparison with hostile strings, for the renderers' tests.

Built directly from the data model (no encoder), so renderer tests are instant and
exercise every relation, a borderline unit, a speaker, difference spans, and article
text that tries to be HTML, Markdown, a table cell, an attribute or a link.
"""

from __future__ import annotations

import datetime as dt

from storydiff.model import (
    Comparison,
    Difference,
    DifferenceKind,
    Document,
    Relation,
    Segment,
    SegmentKind,
    Span,
    SpeakerSummary,
    Unit,
)

SCRIPT = "<script>alert(1)</script>"
ATTR = '" onmouseover="x'
JS_URL = "javascript:alert(1)"
PIPE = "a | b"

HOSTILE = (SCRIPT, ATTR, JS_URL)


def _document(
    doc_id: str, source: str, title: str, sentences: list[tuple[str, str | None]], **meta: object
) -> Document:
    text_parts: list[str] = [title]
    segments = [Segment(id=0, start=0, end=len(title), text=title, kind=SegmentKind.TITLE)]
    offset = len(title)
    for sentence, speaker in sentences:
        text_parts.append("\n\n")
        offset += 2
        segments.append(
            Segment(
                id=len(segments),
                start=offset,
                end=offset + len(sentence),
                text=sentence,
                speaker=speaker,
            )
        )
        text_parts.append(sentence)
        offset += len(sentence)
    return Document(
        id=doc_id,
        source=source,
        title=title,
        text="".join(text_parts),
        segments=segments,
        **meta,  # type: ignore[arg-type]
    )


def _span(doc: Document, segment: int, words: str) -> Span:
    seg = doc.segments[segment]
    start = seg.start + seg.text.index(words)
    return Span(segment=segment, start=start, end=start + len(words), text=words)


def hostile_comparison() -> Comparison:
    a = _document(
        "A",
        JS_URL,
        f"Title {SCRIPT}",
        [
            ("The talks began on Monday.", None),
            (f"Officials said 25 people attended {ATTR}.", "Officials"),
            (f"A statement with {SCRIPT} and {PIPE} in it.", None),
            ("Only A has this sentence.", None),
        ],
        lang="en",
        outlet=f"Outlet {ATTR}",
        published=dt.date(2023, 3, 20),
    )
    b = _document(
        "B",
        "https://example.org/story?a=1&b=2",
        "Second account",
        [
            ("The talks started on Monday.", None),
            ("Officials said 30 people attended.", "Officials"),
            (f"A statement with {SCRIPT} and {PIPE} in it, at length.", None),
            (f"Only B reports this, with **bold** and [a link]({JS_URL}).", None),
        ],
        lang="de",
        outlet="Wire",
    )
    units = [
        Unit(id=0, relation=Relation.REWORDED, score=0.93, members={"A": [1], "B": [1]}),
        Unit(
            id=1,
            relation=Relation.CONFLICT,
            score=0.88,
            borderline=True,
            speaker="Officials",
            members={"A": [2], "B": [2]},
            differences=[
                Difference(
                    kind=DifferenceKind.NUMBER,
                    values={"A": ["25"], "B": ["30"]},
                    spans={"A": [_span(a, 2, "25")], "B": [_span(b, 2, "30")]},
                    conflict=True,
                    note=f"25 vs 30 {SCRIPT}",
                )
            ],
        ),
        Unit(
            id=2,
            relation=Relation.PARTIAL,
            score=0.95,
            members={"A": [3], "B": [3]},
            differences=[
                Difference(
                    kind=DifferenceKind.ADDED,
                    values={"A": [], "B": [", at length"]},
                    spans={"B": [_span(b, 3, ", at length")]},
                )
            ],
        ),
        Unit(id=3, relation=Relation.UNIQUE, members={"A": [4], "B": []}),
        Unit(id=4, relation=Relation.UNIQUE, members={"A": [], "B": [4]}),
    ]
    speakers = [SpeakerSummary(speaker=f"Officials {SCRIPT}", units={"A": [1], "B": [1, 4]}, only_in=["B"])]
    return Comparison(generator="storydiff test", documents=[a, b], units=units, speakers=speakers)


def three_way_comparison() -> Comparison:
    """Three accounts, for the pair selector and the coverage matrix."""
    base = hostile_comparison()
    a, b = base.documents
    c = _document("C", "<text>", "Third", [("The talks began on Monday.", None)], lang="en")
    units = [
        Unit(id=0, relation=Relation.SAME, score=0.99, members={"A": [1], "B": [1], "C": [1]}),
        *[u.model_copy(update={"members": {**u.members, "C": []}}) for u in base.units[1:]],
    ]
    return Comparison(generator="storydiff test", documents=[a, b, c], units=units)
