"""Figures two accounts give two named people, parties or places the other way round.

"Villanueva finished third with 11.4%, ahead of Paredes on 9.8%" against "Villanueva fue
tercero con el 9,8%, por delante de Paredes, que obtuvo el 11,4%": compared as the sets
``matching.differences`` compares, the figures agree. Each figure is bound to the last
capitalised word before it in its sentence, after the figure before it (a name that does
not open the sentence: "Villanueva", "Paredes"); where two accounts bind the same two
names, each to one figure, and the figures are each other's, they are swapped.

Names are compared by the consonants of their Latin transliteration (:func:`name_key`),
so a Cyrillic or Greek name meets its Latin spelling ("Иванов", "Ivanov"; "Иванова" under
a case ending); names in scripts without capitals are not bound. Only figures written with
digits; a name bound to two figures in one account binds none. Cost: one pass over each
sentence's figures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

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
        after = 0
        for fact in _figures(facts):
            names = [
                m.group()
                for m in _CAPITALISED.finditer(text, after, fact.start)
                if m.start() > 0 and m.group().lower() not in FUNCTION_WORDS
            ]
            after = fact.end
            if names:
                bound.setdefault(name_key(names[-1]), []).append((names[-1], fact))
    return {name: found[0] for name, found in bound.items() if len(found) == 1}


_VOWELS = str.maketrans("", "", "aeiouy")


def name_key(name: str) -> str:
    """A name's consonants in its Latin transliteration, doubled ones once: one key for
    "Иванов", "Ivanov" and "Иванова" (a case ending), "Σταθόπουλος" and "Stathopoulos",
    "Sánchez" and "Sanchez"; a name of fewer consonants is its letters ("Li", "Wu"). Two
    names of one account with one key bind neither."""
    from anyascii import anyascii

    letters = "".join(ch for ch in anyascii(name).lower() if ch.isalpha())
    consonants = letters.translate(_VOWELS)
    if len(consonants) < 2:
        return letters
    return "".join(ch for k, ch in enumerate(consonants) if k == 0 or ch != consonants[k - 1])


_WORDS_AFTER = compiled(r"[^\W\d_][\w'’-]*")
_CLAUSE_END = compiled(r"[,;:.()]")


def figures_by_word(sentences: Sequence[tuple[str, Sequence[Fact]]]) -> dict[str, tuple[str, Fact]]:
    """The word (folded, marked "~") a figure counts -> the word as written and that figure:
    the first word after it that is no function word, within its clause ("3 against and 2
    abstentions": against, abstentions). Two accounts in one language that give a vote's
    tally the other way round ("2 against and 3 abstentions") bind the same words to each
    other's figures; across languages the words differ and nothing is compared."""
    bound: dict[str, list[tuple[str, Fact]]] = {}
    for text, facts in sentences:
        for fact in _figures(facts):
            clause = _CLAUSE_END.split(text[fact.end : fact.end + 60], maxsplit=1)[0]
            word = next(
                (w for w in _WORDS_AFTER.findall(clause)[:3] if w.lower() not in FUNCTION_WORDS), None
            )
            if word:
                bound.setdefault("~" + unaccented(word.lower()), []).append((word, fact))
    return {key: found[0] for key, found in bound.items() if len(found) == 1}


_FOR = (
    r"for|in\s+favou?r|backed\s+by|supported\s+by|voted\s+to|yes|dafür|für|ja|ja-stimmen|za|voor|pour|a\s+favor|a\s+favore|"
    r"favorevoli|sì|för|ja-röster"
)
_AGAINST = (
    r"against|opposed|no|dagegen|gegen|nein|nein-stimmen|przeciw|przeciwko|tegen|contre|en\s+contra|contrari|contro|"
    r"contra|mot|nej|imod|nei"
)
"""A vote's two sides in the languages news reports votes in (a closed class); "voted to" is
for the motion ("198 lawmakers voted to override the veto")."""
_AND = r"(?:and|und|i|a|e|och|og|en|et|y|oraz|и|і)"
_VOTE_BEFORE = compiled(
    rf"(?<![^\W\d_])(?:(?P<for>{_FOR})|(?P<against>{_AGAINST}))(?:\s+(?!{_AND}\b)[^\W\d_]+){{0,3}}\s*$", re.IGNORECASE
)
_VOTE_AFTER = compiled(rf"^\s*(?:[^\W\d_]+\s+){{0,3}}?(?:(?P<for>{_FOR})|(?P<against>{_AGAINST}))(?![^\W\d_])", re.IGNORECASE)
_VOTE_BEFORE_CJK = compiled(
    r"(?:(?P<for>贊成|赞成|同意|賛成|찬성)|(?P<against>反對|反对|不同意|反対|반대))(?:票|표)?\s?$"
)
"""... and in Chinese, Japanese and Korean, right before the figure ("贊成62票、反對48票"), which
no space sets off."""
_TO = compiled(
    r"^\s*(?:(?:votes?|röster|Stimmen|głos\w*|stemmen|voix|votos|voti)\s+(?:to|mot|zu|gegen|do|tegen|contre|contra|a|contro)"
    r"|(?:mot|zu|gegen|tegen|contre|contro))\s+$",
    re.IGNORECASE,
)
"""Between a tally's two figures ("312 votes to 259", "175 röster mot 172", "281 zu 367"):
the first is for, the second against."""


def figures_by_vote(sentences: Sequence[tuple[str, Sequence[Fact]]]) -> dict[str, tuple[str, Fact]]:
    """A vote's side -> the word that says it and the figure of its votes: "for" and
    "against" in any language ("Za ustawą głosowało 241 posłów, przeciw było 198"; "backed
    by 198 MPs, while 241 voted against"; "312 votes to 259"), keyed alike across languages,
    so a tally given the other way round is a swap wherever the accounts' words differ."""
    bound: dict[str, list[tuple[str, Fact]]] = {}
    for text, facts in sentences:
        figures = [f for f in _figures(facts) if f.kind is DifferenceKind.NUMBER]
        for first, second in pairwise(figures):
            if _TO.match(text[first.end : second.start]):
                bound.setdefault("~vote:for", []).append((text[first.start : second.end], first))
                bound.setdefault("~vote:against", []).append((text[first.start : second.end], second))
        for fact in figures:
            if any(fact in [f for _, f in found] for found in bound.values()):
                continue
            before = _VOTE_BEFORE.search(text, max(0, fact.start - 40), fact.start) or _VOTE_BEFORE_CJK.search(
                text, max(0, fact.start - 6), fact.start
            )
            after = _VOTE_AFTER.match(text[fact.end : fact.end + 40])
            words = {side: m[side] for m in (before, after) if m for side in ("for", "against") if m[side]}
            if len(words) == 1:
                ((side, word),) = words.items()
                bound.setdefault(f"~vote:{side}", []).append((word, fact))
    return {key: found[0] for key, found in bound.items() if len(found) == 1}


def _figures(facts: Sequence[Fact]) -> list[Fact]:
    """The figures written with digits, in text order; not an age beside its name ("Stoyan
    Petrov, 29, received 8 years")."""
    return sorted(
        (f for f in facts if f.kind in FIGURE_KINDS and any(c.isdigit() for c in f.text) and f.age_of is None),
        key=lambda f: f.start,
    )


def swapped(bound: Mapping[str, Mapping[str, tuple[str, Fact]]]) -> list[FactDifference]:
    """Two names whose figures one document gives the other way round from another (see
    the module doc), as one conflict over every document that binds both names, with a
    note that names them: "swapped: A, C give Paredes 9.8%, Villanueva 11.4%; B gives
    Paredes 11,4%, Villanueva 9,8%"."""
    out = []
    docs = sorted(bound)
    done: set[tuple[str, str]] = set()
    figures_done: set[frozenset[int]] = set()  # one swap bound two ways (by a word and by a side) is one
    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            names = sorted(set(bound[a]) & set(bound[b]))
            for k, x in enumerate(names):
                for y in names[k + 1 :]:
                    (ax, ay, bx, by) = (bound[a][x][1], bound[a][y][1], bound[b][x][1], bound[b][y][1])
                    one_kind = len({f.kind for f in (ax, ay, bx, by)}) == 1
                    if (x, y) in done or not one_kind or matches(ax.kind, ax.value, ay.value):
                        continue
                    if matches(ax.kind, ax.value, by.value) and matches(ax.kind, ay.value, bx.value):
                        done.add((x, y))
                        if (figures := frozenset(map(id, (ax, ay, bx, by)))) in figures_done:
                            continue
                        figures_done.add(figures)
                        given = {d: (bound[d][x], bound[d][y]) for d in docs if x in bound[d] and y in bound[d]}
                        out.append(_swap(ax, given))
    return out


def _swap(first: Fact, given: Mapping[str, tuple[tuple[str, Fact], tuple[str, Fact]]]) -> FactDifference:
    """The swap of the figures of two names (each document's spelling of them and its
    figures in ``given``, the first document's first): the documents that give them one way
    together, then those that give them the other way, each group in its first document's
    spelling."""
    one_way = [d for d, ((_, fx), _) in given.items() if matches(first.kind, fx.value, first.value)]
    other_way = [d for d in given if d not in one_way]
    # one word bound twice, by a name before one figure and as the word after the other
    # ("Ortiz was fined 40,000 euros and Ferrer 25,000 euros"), or a tally by "312 votes to
    # 259": it names neither figure, which are given in the order the text gives them
    (x, _), (y, _) = next(iter(given.values()))
    unnamed = unaccented(x) == unaccented(y)
    parts = []
    for group in (one_way, other_way):
        (x, fx), (y, fy) = given[group[0]]
        if unnamed:
            fx, fy = sorted((fx, fy), key=lambda f: f.start)
        named = ("", "") if unnamed else (f"{x} ", f"{y} ")
        verb = "give" if len(group) > 1 else "gives"
        parts.append(f"{', '.join(group)} {verb} {named[0]}{fx.text}, {named[1]}{fy.text}")
    # (each account's figures in the order the note gives them, where the header shows them)
    values = {
        d: sorted((fx, fy), key=lambda f: f.start) if unnamed else [fx, fy] for d, ((_, fx), (_, fy)) in given.items()
    }
    return FactDifference(first.kind, values, True, "swapped: " + "; ".join(parts))
