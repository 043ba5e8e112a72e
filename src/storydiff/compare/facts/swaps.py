"""Figures two accounts give two named people, parties or places the other way round.

"Villanueva finished third with 11.4%, ahead of Paredes on 9.8%" against "Villanueva fue
tercero con el 9,8%, por delante de Paredes, que obtuvo el 11,4%": compared as the sets
``matching.differences`` compares, the figures agree. Each figure is bound to the last
capitalised word before it in its sentence, after the figure before it (a name that does
not open the sentence: "Villanueva", "Paredes"); where two accounts bind the same two
names, each to one figure, and the figures are each other's, they are swapped.

Only names both accounts write alike are compared (across scripts nothing is bound),
and only figures written with digits; a name bound to two figures in one account binds
none. Cost: one pass over each sentence's figures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...model import DifferenceKind
from ...patterns import compiled
from ..words import CAPITAL, FUNCTION_WORDS, unaccented
from .fact import Fact
from .matching import FactDifference, matches

FIGURE_KINDS = frozenset({DifferenceKind.NUMBER, DifferenceKind.QUANTITY, DifferenceKind.MONEY})
_CAPITALISED = compiled(rf"(?<![\w'’-]){CAPITAL}[\w'’-]*\w")


def figures_by_name(sentences: Sequence[tuple[str, Sequence[Fact]]]) -> dict[str, tuple[str, Fact]]:
    """Name (folded) -> the name as written and the one figure the sentences give after it."""
    bound: dict[str, list[tuple[str, Fact]]] = {}
    for text, facts in sentences:
        figures = sorted(
            (f for f in facts if f.kind in FIGURE_KINDS and any(c.isdigit() for c in f.text)), key=lambda f: f.start
        )
        after = 0
        for fact in figures:
            names = [
                m.group()
                for m in _CAPITALISED.finditer(text, after, fact.start)
                if m.start() > 0 and m.group().lower() not in FUNCTION_WORDS
            ]
            after = fact.end
            if names:
                bound.setdefault(unaccented(names[-1]), []).append((names[-1], fact))
    return {name: found[0] for name, found in bound.items() if len(found) == 1}


def swapped(bound: Mapping[str, Mapping[str, tuple[str, Fact]]]) -> list[FactDifference]:
    """For each pair of documents, two names whose figures the one gives the other way
    round (see the module doc), as a conflict with a note that names them."""
    out = []
    docs = sorted(bound)
    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            names = sorted(set(bound[a]) & set(bound[b]))
            for k, x in enumerate(names):
                for y in names[k + 1 :]:
                    (nx, ax), (ny, ay), (_, bx), (_, by) = bound[a][x], bound[a][y], bound[b][x], bound[b][y]
                    if len({f.kind for f in (ax, ay, bx, by)}) != 1 or matches(ax.kind, ax.value, ay.value):
                        continue
                    if matches(ax.kind, ax.value, by.value) and matches(ax.kind, ay.value, bx.value):
                        note = f"swapped: {a} gives {nx} {ax.text}, {ny} {ay.text}; {b} gives {nx} {bx.text}, {ny} {by.text}"
                        out.append(FactDifference(ax.kind, {a: [ax, ay], b: [bx, by]}, True, note))
    return out
