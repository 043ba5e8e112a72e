"""Markdown: the comparison for pasting into notes and tickets.

Sections, in the order an analyst reads them: the accounts, a one-paragraph summary,
each account's unique statements, conflicting facts, then a table of every unit. Article
text is escaped for Markdown (pipes, backticks, brackets, angle brackets, line breaks), so
an article cannot inject links, HTML or table columns into the note.

The small view helpers here (:func:`summary_sentences`, :func:`unit_texts`) are shared
with the HTML report so both say the same thing in the same words. Like every renderer,
this module only reads the comparison; it computes no findings.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..compare.facts.amounts import converted
from ..model import Comparison, Difference, DifferenceKind, Relation, Unit
from ..patterns import compiled

_MD_SPECIAL = compiled(r"([\\`*_{}\[\]<>|#!~&])")
"""Markdown and HTML syntax in article text, escaped with a backslash: "&lt;" in the text
stays those four characters, not the entity a viewer shows as "<"."""


def unit_texts(comparison: Comparison, unit: Unit) -> dict[str, str]:
    """Document id -> the text of that document's member segments (joined by spaces)."""
    out: dict[str, str] = {}
    for doc in comparison.documents:
        ids = unit.members.get(doc.id) or []
        if ids:
            by_id = {s.id: s.text for s in doc.segments}
            out[doc.id] = " ".join(by_id[i] for i in ids if i in by_id)
    return out


def unique_counts(comparison: Comparison) -> dict[str, int]:
    """Document id -> number of units that document alone carries."""
    counts = {d.id: 0 for d in comparison.documents}
    for unit in comparison.units:
        docs = unit.documents
        if len(docs) == 1 and docs[0] in counts:
            counts[docs[0]] += 1
    return counts


def partly_shared(comparison: Comparison, doc_id: str) -> list[Unit]:
    """Units the document shares with some other accounts but not all (three or more)."""
    n = len(comparison.documents)
    return [u for u in comparison.units if doc_id in u.members and 1 < len(u.documents) < n]


def left_out(comparison: Comparison, doc_id: str) -> list[Unit]:
    """Units other accounts carry and this one does not: what it leaves out. With two
    accounts these are the other's unique statements, listed already."""
    return [u for u in comparison.units if doc_id not in u.members]


def carriers(unit: Unit) -> str:
    """The accounts carrying a unit, "A+C"."""
    return "+".join(unit.documents)


def given(diff: Difference, doc_id: str) -> str:
    """What one account gives in a difference, as written and as read where the two differ
    ("Tuesday (2025-03-11)", "4,2 millones de euros (EUR 4200000)"); "—" for nothing. Only
    the differing values where they are located: "11 goals in 34 games" / "14 goals in 34
    games" differ in 11 and 14, not in 34."""
    values = diff.values.get(doc_id) or []
    written = list(dict.fromkeys(s.text for s in diff.spans.get(doc_id, [])))
    if diff.conflict and diff.kind is not DifferenceKind.SPEAKER and diff.spans and not written:
        return "—"  # its values of the kind are no part of this conflict (an age, not hours)
    if len(values) == 1 and len(written) == 1 and written[0] != values[0]:
        return f"{written[0]} ({values[0]})"
    return ", ".join(written or values) or "—"


def given_by_account(diff: Difference) -> list[str]:
    """Each account's part of a difference (:func:`given`), accounts that give the same
    values together: "A, B: 11 December, 11. Dezember (2025-12-11)" beside "C: 18 décembre
    (2025-12-18)", so the odd one out shows."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for doc_id, values in diff.values.items():
        # (in the order given: two accounts that swap two figures give them in two orders;
        # a measure in another unit that converts to it is the same: "10,000 ft" / "3000 Meter")
        key = next((k for k in groups if _one_measure(diff.kind, k, values)), tuple(values))
        groups.setdefault(key, []).append(doc_id)
    # a value every account gives is no part of what differs ("двоє" / "Two" / "двое")
    everywhere = set.intersection(*(set(v) for v in diff.values.values())) if diff.values else set()
    parts = []
    for agreed, docs in groups.items():
        if len(docs) == 1:
            parts.append(f"{docs[0]}: {given(diff, docs[0])}")
            continue
        written = list(dict.fromkeys(s.text for d in docs for s in diff.spans.get(d, [])))
        read = ", ".join([v for v in agreed if v not in everywhere] or agreed)
        shown = ", ".join(written) or read
        parts.append(f"{', '.join(docs)}: {f'{shown} ({read})' if written and shown != read else shown or '—'}")
    return parts


def _one_measure(kind: DifferenceKind, a: Sequence[str], b: Sequence[str]) -> bool:
    """Two accounts' quantities that are each other's in other units: one for one, in order,
    where they give as many (a swap gives the same figures in another order), else each
    of either's among the other's ("10,000ft, 3,048m" / "3000 Meter")."""
    def same(x: str, y: str) -> bool:
        return x == y or converted(x, y)

    if kind is not DifferenceKind.QUANTITY or not a or not b:
        return False
    if len(a) == len(b):
        return all(same(x, y) for x, y in zip(a, b, strict=True))
    return all(any(same(x, y) for y in b) for x in a) and all(any(same(x, y) for x in a) for y in b)


def is_conflict(diff: Difference) -> bool:
    """Whether a difference of a conflict unit is one of its conflicts: two accounts give
    the fact (or speaker) differently (``Difference.conflict``; a third may not give it at
    all: "A: 25 bp · B: 0.25 pp · C: —"); not a fact only some accounts give ("A, B: 1995;
    C: —", or a dollar figure beside a sum both give), nor added words beside it."""
    return diff.conflict and diff.kind is not DifferenceKind.ADDED


def conflicting_facts(comparison: Comparison) -> list[tuple[Unit, str, list[str]]]:
    """(unit, kind, each account's part) for each fact that differs between members of a
    conflict unit; the parts apart, so that a page can isolate each one's direction."""
    out: list[tuple[Unit, str, list[str]]] = []
    for unit in comparison.units:
        if unit.relation is not Relation.CONFLICT:
            continue
        for diff in unit.differences:
            if is_conflict(diff):
                out.append((unit, diff.kind.value, given_by_account(diff)))
    return out


def headline_conflicts(comparison: Comparison) -> list[tuple[str, list[str]]]:
    """(kind, each account's part) for each fact the accounts' titles give differently."""
    return [
        (diff.kind.value, [f"{d}: {', '.join(v) or '—'}" for d, v in diff.values.items()])
        for diff in comparison.headlines
    ]


def nearest_notes(comparison: Comparison) -> dict[int, str]:
    """Unit id -> why that unique unit is unique, in words: each other account's closest
    statement and their cosine, e.g. ``closest in A: #5 (0.80)``, flagged when it is
    borderline. Where that account gives its closest statement to another person than
    this one's speaker, the note names them (``#5 (0.91, said there by Marco Bellini)``):
    the same words given to someone else, which the speaker mask keeps apart, read so."""
    unit_of = {
        (doc_id, sid): unit.id
        for unit in comparison.units
        for doc_id, ids in unit.members.items()
        for sid in ids
    }
    speaker_of = {(doc.id, s.id): s.speaker for doc in comparison.documents for s in doc.segments}
    notes = {}
    for unit in comparison.units:
        if not unit.nearest:
            continue
        own = {speaker_of.get((d, sid)) for d, ids in unit.members.items() for sid in ids} - {None}
        parts = []
        for n in unit.nearest:
            there = speaker_of.get((n.document, n.segment))
            said = f", said there by {there}" if own and there and there not in own else ""
            parts.append(f"{n.document}: #{unit_of.get((n.document, n.segment), '?')} ({n.similarity:.2f}{said})")
        note = "closest in " + "; ".join(parts)
        notes[unit.id] = note + " — borderline, read side by side" if unit.borderline else note
    return notes


def similarity_note(unit: Unit) -> str | None:
    """Why a ``partial`` unit that lists no difference is partial: its score alone."""
    if unit.relation is not Relation.PARTIAL or unit.differences or unit.score is None:
        return None
    return (
        f"similarity {unit.score:.3f} is below the threshold for the same meaning; "
        "no added clause or differing fact was pinned down"
    )


def summary_sentences(comparison: Comparison) -> list[str]:
    """One plain-text sentence per finding, e.g. ``B reports 15 statements that A does not.``"""
    docs = [d.id for d in comparison.documents]
    counts = unique_counts(comparison)
    sentences = []
    for doc_id in docs:
        others = [d for d in docs if d != doc_id]
        other = others[0] if len(others) == 1 else "the others"
        verb = "does" if len(others) == 1 else "do"
        n = counts[doc_id]
        noun = "statement" if n == 1 else "statements"
        sentence = f"{doc_id} reports {n} {noun} that {other} {verb} not"
        if len(others) > 1:
            missing = len(left_out(comparison, doc_id))
            sentence += f", and leaves out {missing} that {'another account carries' if missing == 1 else 'others carry'}"
        sentences.append(sentence + ".")
    k = len(conflicting_facts(comparison))
    in_units = len({u.id for u, _, _ in conflicting_facts(comparison)})
    shared = sum(len(u.documents) > 1 for u in comparison.units)
    everywhere = sum(len(u.documents) == len(docs) for u in comparison.units)
    partial = sum(u.relation is Relation.PARTIAL for u in comparison.units)
    sentences.append(
        f"{k} {'fact conflicts' if k == 1 else 'facts conflict'}"
        + (f" in {in_units} {'statement' if in_units == 1 else 'statements'}" if k else "")
        + f"; {shared} statements are shared"
        + (f" ({everywhere} by all {len(docs)} accounts)" if len(docs) > 2 else "")
        + f", {partial} of them only in part."
    )
    if comparison.headlines:
        h = len(comparison.headlines)
        sentences.append(f"The titles give {h} {'fact' if h == 1 else 'facts'} differently.")
    return sentences


def escape(text: str) -> str:
    """Escape Markdown (and inline HTML) in article text; newlines become spaces."""
    text = " ".join(text.split())
    return _MD_SPECIAL.sub(r"\\\1", text)


def render(comparison: Comparison) -> str:
    docs = comparison.documents
    lines = ["# storydiff comparison", ""]
    lines.append("| id | title | outlet | date | language | source |")
    lines.append("|---|---|---|---|---|---|")
    for d in docs:
        cells = [d.id, d.title, d.outlet, d.published and d.published.isoformat(), d.lang, d.source]
        lines.append("| " + " | ".join(escape(str(c)) if c else "—" for c in cells) + " |")
    lines += ["", "## Summary", ""]
    lines += [f"- {escape(s)}" for s in summary_sentences(comparison)]

    lines += ["", "## Unique statements", ""]
    nearest = nearest_notes(comparison)
    for d in docs:
        uniques = [u for u in comparison.units if u.documents == [d.id]]
        lines.append(f"### Only in {escape(d.id)} ({len(uniques)})")
        lines.append("")
        for unit in uniques:
            speaker = f" *({escape(unit.speaker)})*" if unit.speaker else ""
            near = nearest.get(unit.id)
            evidence = f" — {escape(near)}" if near else ""
            lines.append(
                f"- [{unit.id}]{speaker} {escape(unit_texts(comparison, unit)[d.id])}{evidence}"
            )
        if not uniques:
            lines.append("- none")
        lines.append("")
        if len(docs) > 2:
            shared = partly_shared(comparison, d.id)
            if shared:
                lines.append(f"Also in some accounts only: {', '.join(f'[{u.id}] ({escape(carriers(u))})' for u in shared)}")
                lines.append("")
            missing = left_out(comparison, d.id)
            lines.append(f"Left out of {escape(d.id)} ({len(missing)}): " + (
                ", ".join(f"[{u.id}] ({escape(carriers(u))})" for u in missing) or "none"
            ))
            lines.append("")

    lines += ["## Conflicts", ""]
    facts = conflicting_facts(comparison)
    lines += [f"- unit {u.id}: {escape(kind)} — {escape('; '.join(parts))}" for u, kind, parts in facts]
    lines += [f"- titles: {escape(kind)} — {escape('; '.join(parts))}" for kind, parts in headline_conflicts(comparison)]
    if not facts and not comparison.headlines:
        lines.append("- none")

    lines += ["", "## Speakers", ""]
    if comparison.speakers:
        lines.append(
            "| speaker | " + " | ".join(f"units in {escape(d.id)}" for d in docs) + " | only in |"
        )
        lines.append("|---|" + "---|" * (len(docs) + 1))
        for summary in comparison.speakers:
            row = [escape(summary.speaker)]
            row += [
                ", ".join(map(str, summary.units.get(d.id, []))) or ("—" if d.speakers_read else "not read")
                for d in docs
            ]
            row.append(", ".join(map(escape, summary.only_in)) or "—")
            lines.append("| " + " | ".join(row) + " |")
    else:
        lines.append("- no attributed statements")

    lines += ["", "## Units", ""]
    lines.append(
        "| unit | relation | score | speaker | "
        + " | ".join(escape(d.id) for d in docs)
        + " | differences |"
    )
    lines.append("|---|---|---|---|" + "---|" * len(docs) + "---|")
    for unit in comparison.units:
        texts = unit_texts(comparison, unit)
        score = f"{unit.score:.2f}" if unit.score is not None else "—"
        relation = unit.relation.value + (" (borderline)" if unit.borderline else "")
        row = [str(unit.id), relation, score, escape(unit.speaker) if unit.speaker else "—"]
        row += [escape(texts[d.id]) if d.id in texts else "—" for d in docs]
        notes = [f"{d.kind.value}: {d.note}" if d.note else d.kind.value for d in unit.differences]
        row.append(escape("; ".join(notes)) or "—")
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"
