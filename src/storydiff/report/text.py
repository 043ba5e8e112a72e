"""The terminal brief: what an analyst reads first, drawn with rich.

Order: the accounts; per account, what it has that the others lack (grouped by
speaker); conflicting facts, both values side by side; per-speaker coverage; then every
unit with its relation, score, coverage marks (which account carries it) and the
members' text. Colour only when writing to a terminal; otherwise plain text with the
same content. Article text is passed to rich as ``Text`` objects, never as markup, so a
"[bold]" inside an article is printed as written.

This module reads the comparison only; it computes no findings.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from rich.console import Console
from rich.text import Text

from ..model import Comparison, Relation, SegmentKind, Unit
from .markdown import (
    carriers,
    given_by_account,
    is_conflict,
    left_out,
    nearest_notes,
    partly_shared,
    similarity_note,
)

_STYLE = {
    Relation.SAME: "green",
    Relation.REWORDED: "green",
    Relation.PARTIAL: "yellow",
    Relation.CONFLICT: "bold red",
    Relation.UNIQUE: "magenta",
}


def _segment_texts(comparison: Comparison, unit: Unit) -> dict[str, str]:
    out = {}
    for doc_id, ids in unit.members.items():
        segs = {s.id: s.text for s in comparison.document(doc_id).segments}
        out[doc_id] = " ".join(segs[i] for i in ids)
    return out


def _line(*parts: tuple[str, str] | str) -> Text:
    text = Text()
    for part in parts:
        if isinstance(part, tuple):
            text.append(part[0], style=part[1])
        else:
            text.append(part)
    return text


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _marks(comparison: Comparison, unit: Unit) -> str:
    return " ".join(
        d.id if unit.members.get(d.id) else "·" * len(d.id) for d in comparison.documents
    )


def _lines(comparison: Comparison) -> Iterable[Text]:
    docs = comparison.documents
    units = comparison.units
    counts = {r: sum(u.relation is r for u in units) for r in Relation}
    yield _line(
        ("storydiff", "bold"),
        f": {len(docs)} accounts, {len(units)} units — "
        + ", ".join(f"{n} {r.value}" for r, n in counts.items() if n),
    )
    for doc in docs:
        meta = [
            m
            for m in (doc.title, doc.lang, doc.published and doc.published.isoformat(), doc.outlet)
            if m
        ]
        yield _line(
            "  ",
            (doc.id, "bold cyan"),
            f"  {doc.source}  ({len(doc.body())} sentences)",
            f" — {' · '.join(meta)}" if meta else "",
        )

    yield Text()
    yield _line(("What each account has that the others lack", "bold underline"))
    nearest = nearest_notes(comparison)
    for doc in docs:
        own = [u for u in units if u.relation is Relation.UNIQUE and u.members.get(doc.id)]
        if not own:
            yield _line(
                "  ",
                (doc.id, "bold cyan"),
                ": nothing — everything it says, another account also says",
            )
        else:
            yield _line(
                "  ", (doc.id, "bold cyan"), f": {len(own)} statement(s) no other account carries"
            )
        for unit in own:
            # (where this account's speakers are not read, no one is named, not even the narrator)
            who = unit.speaker or ("narrator" if doc.speakers_read else None)
            yield _line(
                "    ",
                (f"#{unit.id}", "dim"),
                " ",
                (f"[{who}] " if who else "", "magenta"),
                _short(_segment_texts(comparison, unit)[doc.id]),
            )
            near = nearest.get(unit.id)
            if near:
                yield _line("        ", (near, "yellow" if unit.borderline else "dim"))
        if len(docs) > 2:
            shared = partly_shared(comparison, doc.id)
            if shared:
                yield _line(
                    "    also in some accounts only: ",
                    ", ".join(f"#{u.id} ({carriers(u)})" for u in shared),
                )
            missing = left_out(comparison, doc.id)
            if missing:
                yield _line(
                    f"    leaves out {len(missing)} statement(s) other accounts carry",
                    ": " + ", ".join(f"#{u.id} ({carriers(u)})" for u in missing),
                )
            else:
                yield _line("    leaves out nothing another account carries")

    conflicts = [u for u in units if u.relation is Relation.CONFLICT]
    yield Text()
    in_titles = f", {len(comparison.headlines)} in the titles" if comparison.headlines else ""
    yield _line(("Conflicts", "bold underline"), f" ({len(conflicts)}{in_titles})")
    if not conflicts and not comparison.headlines:
        yield _line("  none: where the accounts tell the same statement, their facts agree")
    for diff in comparison.headlines:
        values = " · ".join(f"{d}: {', '.join(v) or '—'}" for d, v in diff.values.items())
        yield _line("  ", ("titles", "dim"), " ", (diff.kind.value, "bold red"), f"  {values}")
        for doc in comparison.documents:
            title = next((s.text for s in doc.segments if s.kind is SegmentKind.TITLE), None)
            if title and doc.id in diff.values:
                yield _line("      ", (doc.id, "cyan"), f"  {_short(title)}")
    for unit in conflicts:
        listed = [diff for diff in unit.differences if is_conflict(diff)]
        if not listed:  # never the excerpts alone, under the conflict before
            yield _line("  ", (f"#{unit.id}", "dim"), " ", ("conflict", "bold red"))
        for diff in listed:
            values = " · ".join(given_by_account(diff))
            yield _line(
                "  ",
                (f"#{unit.id}", "dim"),
                " ",
                (diff.kind.value, "bold red"),
                f"  {values}",
                (" borderline", "yellow") if unit.borderline else "",
            )
        for doc_id, text in _segment_texts(comparison, unit).items():
            yield _line("      ", (doc_id, "cyan"), f"  {_short(text)}")

    yield Text()
    yield _line(("Speakers", "bold underline"))
    if not comparison.speakers:
        yield _line("  no attributed statements")
    unread = {d.id for d in comparison.documents if not d.speakers_read}
    for summary in comparison.speakers:
        per_doc = " · ".join(
            f"{d} " + (" ".join(f"#{u}" for u in ids) if ids else "not read" if d in unread else "none")
            for d, ids in summary.units.items()
        )
        only = f" — some only in {', '.join(summary.only_in)}" if summary.only_in else ""
        yield _line("  ", (summary.speaker, "bold"), f": the statements each account gives them: {per_doc}{only}")

    yield Text()
    yield _line(("Aligned units", "bold underline"), "  (relation, score, accounts carrying it)")
    for unit in units:
        score = "" if unit.score is None else f" {unit.score:.3f}"
        flag = " borderline" if unit.borderline else ""
        who = f" [{unit.speaker}]" if unit.speaker else ""
        yield _line(
            (f"#{unit.id:<3}", "dim"),
            " ",
            (f"{unit.relation.value:<9}", _STYLE[unit.relation]),
            f"{score}{flag}  {_marks(comparison, unit)}{who}",
        )
        for doc_id, text in _segment_texts(comparison, unit).items():
            yield _line("      ", (doc_id, "cyan"), f"  {_short(text, 240)}")
        for diff in unit.differences:
            yield _line("      ", ("↳ ", "yellow"), f"{diff.kind.value}: {diff.note or ''}")
        why = similarity_note(unit)
        if why:
            yield _line("      ", ("↳ ", "yellow"), why)


def render(comparison: Comparison, *, color: bool = False, width: int = 100) -> str:
    """The brief as a string; ANSI colours only when ``color`` (the CLI passes isatty)."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        no_color=not color,
        width=width,
        highlight=False,
        emoji=False,
        soft_wrap=not color,
    )
    for line in _lines(comparison):
        console.print(line)
    return buffer.getvalue()
