"""Group the aligned segments of N accounts into units: one statement, told by one or more accounts.

Method. The account with the most body segments is the *pivot* (among those near that
length, one in the language most accounts share; then the one whose text's digest comes
first). Every other account is aligned to the pivot (``storydiff.align.align_vectors``,
with the speaker mask), and each bead joins its segments in a union-find. What no pivot
segment took is then aligned among the other accounts, pair by pair in the order of their
texts' digests (not the arguments'), so a statement that two secondary accounts share but
the pivot lacks becomes one unit, not two. Each connected group of segments is a unit; a
segment nothing took is a unit of its own — the content only its account carries. Every
body segment of every document lands in exactly one unit, by construction.

Order is deterministic: units follow the pivot's reading order; a unit without pivot
segments sits right after the unit holding the segment that precedes it in its own
account (so a passage one account adds is shown where that account tells it).

Cost: N−1 pivot alignments plus at most (N−1)(N−2)/2 alignments of leftovers (usually
small), each the aligner's cost; the union-find itself is linear.

Rejected: repairing the aligner's output here. Joining a lone segment to its
neighbour's unit when that raises the unit's similarity swallowed real omissions (mean
vectors grow more similar as sentences are averaged: ``unique`` recall on WMT22 en–zh
deletions fell from 0.90 to 0.54); taking a segment out of a many-sentence unit when that
raises similarity barely separated strays from real parts (one more true omission found
in 39). Which sentences belong together is the aligner's decision, but for a segment
left alone whose words another account's segment says again (:func:`join_lone_statements`).
Also rejected: aligning every pair and taking connected components (one weak link chains
unrelated statements into one giant unit, and the cost is quadratic in N); progressive
multiple alignment through a growing profile (order-dependent and opaque to explain).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import numpy as np

from ..align.dp import pair_statistics

Node = tuple[int, int]
"""(document index, position among that document's body segments)."""

PairAligner = Callable[
    [int, int, list[int], list[int]], list[tuple[tuple[int, ...], tuple[int, ...]]]
]
"""Align positions of document a with positions of document b; returns beads over those lists' indices."""


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}

    def find(self, x: Node) -> Node:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Node, b: Node) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


NEAR_LONGEST = 0.9
"""Accounts at least this share of the longest one's length are candidates for the pivot."""


def pivot_index(
    sizes: Sequence[int], languages: Sequence[str | None] | None = None, keys: Sequence[str] | None = None
) -> int:
    """The account with the most body segments; among those near that length (NEAR_LONGEST),
    one in the language most accounts share, whose alignments to the others are then the
    surer same-language ones; then the longest, then the smallest ``key`` (a digest of its
    text), then the first in argument order. (A tie broken by argument order alone made
    the findings depend on it: a French pivot left an English account's moved paragraph
    unpaired that the other English account would have paired.)"""
    langs: list[str | None] = list(languages) if languages is not None else [None] * len(sizes)
    order = list(keys) if keys is not None else [""] * len(sizes)
    longest = max(sizes)
    candidates = [d for d, size in enumerate(sizes) if size >= NEAR_LONGEST * longest]
    return min(candidates, key=lambda d: (-langs.count(langs[d]) if langs[d] else 0, -sizes[d], order[d], d))


def group(
    sizes: Sequence[int],
    align_pair: PairAligner,
    languages: Sequence[str | None] | None = None,
    keys: Sequence[str] | None = None,
) -> list[dict[int, list[int]]]:
    """Units as {document index: sorted positions}, in reading order (see the module doc).
    ``keys``: a digest of each account's text, which orders the accounts wherever their
    order matters (the pivot among equals, the pairs aligned for leftovers), so that the
    units do not depend on the order the accounts were given in."""
    n_docs = len(sizes)
    pivot = pivot_index(sizes, languages, keys)
    uf = _UnionFind()
    for d in range(n_docs):
        for p in range(sizes[d]):
            uf.find((d, p))
    linked: set[Node] = set()

    def join(a: int, b: int, a_pos: list[int], b_pos: list[int]) -> None:
        for src, tgt in align_pair(a, b, a_pos, b_pos):
            if not src or not tgt:
                continue
            nodes = [(a, a_pos[i]) for i in src] + [(b, b_pos[j]) for j in tgt]
            for node in nodes[1:]:
                uf.union(nodes[0], node)
            linked.update(nodes)

    others = sorted((d for d in range(n_docs) if d != pivot), key=lambda d: (keys[d] if keys else "", d))
    for d in others:
        join(pivot, d, list(range(sizes[pivot])), list(range(sizes[d])))
    for i, a in enumerate(others):
        for b in others[i + 1 :]:
            a_left = [p for p in range(sizes[a]) if (a, p) not in linked]
            b_left = [p for p in range(sizes[b]) if (b, p) not in linked]
            if a_left and b_left:
                join(a, b, a_left, b_left)

    groups: dict[Node, dict[int, list[int]]] = {}
    for d in range(n_docs):
        for p in range(sizes[d]):
            groups.setdefault(uf.find((d, p)), {}).setdefault(d, []).append(p)
    return in_reading_order(list(groups.values()), pivot)


def pair_leftovers(
    units: list[dict[int, list[int]]],
    align_pair: PairAligner,
    *,
    pivot: int,
    keys: Sequence[str],
    floor: Callable[[int, int], float],
    vectors: Sequence[np.ndarray],
) -> list[dict[int, list[int]]]:
    """With three accounts or more, the lone segments of each two accounts other than the
    pivot are aligned with each other once more (pairs in the order of ``keys``), and each
    bead whose segments are as alike as a unit that is kept whole (``floor``) becomes a unit.

    :func:`group` offers two such accounts only what the pivot's alignments left, and a
    bead the split later took apart as unrelated had taken its segment out of that offer: a
    flash's "Police asked people to avoid the area" was paired with the wrap-up's unrelated
    last sentence, split off again, and never seen by the update that says the same in
    French (two uniques, each the other's twin at 0.94). The pivot's own pairs were aligned
    whole and are left as the aligner judged them."""
    lone = {(d, ps[0]): k for k, unit in enumerate(units) if _lone(unit) for d, ps in unit.items()}
    others = sorted((d for d in {d for unit in units for d in unit} if d != pivot), key=lambda d: (keys[d], d))
    taken: set[int] = set()
    joined: list[dict[int, list[int]]] = []
    for i, a in enumerate(others):
        for b in others[i + 1 :]:
            a_left = sorted(p for (d, p), k in lone.items() if d == a and k not in taken)
            b_left = sorted(p for (d, p), k in lone.items() if d == b and k not in taken)
            if not a_left or not b_left:
                continue
            for src, tgt in align_pair(a, b, a_left, b_left):
                ps, qs = [a_left[x] for x in src], [b_left[y] for y in tgt]
                if ps and qs and all(float(vectors[a][p] @ vectors[b][q]) >= floor(a, b) for p in ps for q in qs):
                    taken.update(lone[(a, p)] for p in ps)
                    taken.update(lone[(b, q)] for q in qs)
                    joined.append({a: ps, b: qs} if a < b else {b: qs, a: ps})
    return [unit for k, unit in enumerate(units) if k not in taken] + joined


def in_reading_order(units: list[dict[int, list[int]]], pivot: int) -> list[dict[int, list[int]]]:
    """Units in the pivot's reading order; a unit without pivot segments right after the
    unit holding the segment that precedes it in its own account (see the module doc)."""
    unit_of: dict[Node, int] = {}
    for u, members in enumerate(units):
        for d, positions in members.items():
            for p in positions:
                unit_of[(d, p)] = u

    def key(u: int) -> tuple[float, int, int, int]:
        members = units[u]
        if pivot in members:
            return (min(members[pivot]), 0, 0, 0)
        d = min(members)
        first = members[d][0]
        anchor = -1.0
        for p in range(first - 1, -1, -1):
            host = units[unit_of[(d, p)]]
            if pivot in host:
                anchor = float(min(host[pivot]))
                break
        return (anchor, 1, d, first)

    ordered = sorted(range(len(units)), key=key)
    return [{d: sorted(units[u][d]) for d in sorted(units[u])} for u in ordered]


def join_misattributed(
    units: list[dict[int, list[int]]],
    vectors: Sequence[np.ndarray],
    *,
    blocked: Callable[[int, int, int, int], bool],
    same_words: Callable[[int, int, int, int], bool],
) -> list[dict[int, list[int]]]:
    """Pair the same words that two accounts give to different speakers, as one unit.

    The speaker mask keeps the aligner from pairing one speaker's statement with
    another's, so when two accounts attribute the *same* sentence to different people,
    each comes out alone, side by side. Within each run of neighbouring lone segments,
    segments of different accounts whose pairing only the mask forbade (``blocked``)
    and that say the same words but for who says them (``same_words``) are joined, most
    similar first, so the relation step reports a speaker conflict instead of two
    omissions. Similarity alone is no evidence: two ministers' like pledges ("China is
    ready to deepen cooperation with Uruguay" / "Uruguay is willing to deepen cooperation
    with China") score as high as one pledge given to two people.
    """
    out: list[dict[int, list[int]]] = []
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and _lone(units[j]):
            j += 1
        if j - i < 2:
            out.append(units[i])
            i = max(j, i + 1)
            continue
        run = [next(iter(u.items())) for u in units[i:j]]
        nodes = [(d, ps[0]) for d, ps in run]
        candidates = []
        for x, (d, p) in enumerate(nodes):
            for y in range(x + 1, len(nodes)):
                e, q = nodes[y]
                if d != e and blocked(d, p, e, q) and same_words(d, p, e, q):
                    candidates.append((-float(vectors[d][p] @ vectors[e][q]), x, y))
        partner: dict[int, int] = {}
        for _, x, y in sorted(candidates):
            if x not in partner and y not in partner:
                partner[x], partner[y] = y, x
        for x, (d, p) in enumerate(nodes):
            if x not in partner:
                out.append({d: [p]})
            elif partner[x] > x:
                e, q = nodes[partner[x]]
                out.append({min(d, e): [p if d < e else q], max(d, e): [q if d < e else p]})
        i = j
    return out


TWIN_REACH = 2
"""Units either side of a lone statement where its twin, told by other accounts, is looked for."""


def join_misattributed_to_agreeing(
    units: list[dict[int, list[int]]],
    vectors: Sequence[np.ndarray],
    *,
    blocked: Callable[[int, int, int, int], bool],
    same_words: Callable[[int, int, int, int], bool],
) -> list[dict[int, list[int]]]:
    """Give a lone statement back its twin that two or more other accounts tell together.

    With three accounts, where two give a quotation to one person and the third to another,
    the two pair with each other and the mask keeps the third's apart: it stands alone, an
    omission, and the two a unit of their own, with no conflict (:func:`join_misattributed`
    pairs lone statements only). A lone statement joins a unit near it (``TWIN_REACH``) that
    holds none of its account's, whose members only the mask kept from it (every one a
    speaker it cannot be) and the most alike of which says the same words: the unit then
    shows the speaker conflict. Each lone statement takes the most alike such unit, in
    reading order; one unit takes one statement."""
    out = [dict(u) for u in units]
    taken: set[int] = set()
    for k, unit in enumerate(units):
        if not _lone(unit):
            continue
        (d, (p,)), = unit.items()
        best: tuple[float, int] | None = None
        for j in range(max(0, k - TWIN_REACH), min(len(units), k + TWIN_REACH + 1)):
            other = out[j]
            if j == k or j in taken or d in other or len(other) < 2 or any(len(qs) != 1 for qs in other.values()):
                continue
            members = [(e, qs[0]) for e, qs in other.items()]
            if not all(blocked(d, p, e, q) for e, q in members):
                continue
            similarity, (e, q) = max((float(vectors[d][p] @ vectors[e][q]), (e, q)) for e, q in members)
            if same_words(d, p, e, q) and (best is None or similarity > best[0]):
                best = (similarity, j)
        if best is not None:
            _, j = best
            out[j] = dict(sorted({**out[j], d: [p]}.items()))
            out[k] = {}
            taken.add(j)
    return [u for u in out if u]


FIGURE_REACH = 2
"""Units either side of a pair where the twin of one of its statements is looked for."""


def _join_to_the_one_before(
    units: list[dict[int, list[int]]],
    belongs: Callable[[int, int, dict[int, list[int]], frozenset[int]], bool],
    *,
    several: bool = False,
) -> list[dict[int, list[int]]]:
    """Each lone segment that ``belongs`` (account, segment, unit, the accounts joining it)
    gives to the unit of the segment before it in its account joins that unit. With
    ``several``, each unit of two accounts or more, one segment each, whose segments all
    follow segments of one unit that holds further accounts joins that unit where every
    segment belongs."""
    where = {(d, p): k for k, unit in enumerate(units) for d, ps in unit.items() for p in ps}
    merged = [dict(u) for u in units]
    for k, unit in enumerate(units):
        if any(len(ps) != 1 for ps in unit.values()) or (len(unit) > 1) != several:
            continue
        targets = {where.get((d, ps[0] - 1)) for d, ps in unit.items()}
        if len(targets) != 1 or (target := targets.pop()) is None or target == k or not merged[target]:
            continue
        host = merged[target]
        if several and not set(unit) < set(host):
            continue
        if not all(belongs(d, ps[0], host, frozenset(unit)) for d, ps in unit.items()):
            continue
        merged[target] = {**host, **{d: sorted({*host.get(d, []), *ps}) for d, ps in unit.items()}}
        merged[k] = {}
    return [u for u in merged if u]


def join_telling_sentences(
    units: list[dict[int, list[int]]], *, tells_the_last: Callable[[int, int], bool]
) -> list[dict[int, list[int]]]:
    """A lone segment that only says who told the one before it in its account ("Das
    kündigte das Unternehmen aus Rostock am Mittwoch an.", "Об этом сообщил МИД") joins
    that segment's unit: the statement is the lead's, and its source and day are the ones
    the other accounts give in the lead itself ("…, Nordwind Energie said on Wednesday")."""
    return _join_to_the_one_before(units, lambda d, p, _, __: tells_the_last(d, p))


SHORT_SENTENCE_WORDS = 12
"""Words a lone sentence may have to be read as the end of the sentence before it."""


def join_figures_told_apart(
    units: list[dict[int, list[int]]],
    *,
    figures: Callable[[int, int], set[str]],
    words: Callable[[int, int], int],
) -> list[dict[int, list[int]]]:
    """A short lone segment that states only figures the other accounts give in the unit of
    the segment before it, which its own account's lacks, joins that unit: "… died Tuesday at
    his home in Brooklyn. He was 86." is one statement with "…, aged 86." (the age was a
    detail only one account gave, and the sentence an omission). Only a unit of one sentence
    in each account takes it: not two statements a neighbour's bead joined."""

    def belongs(d: int, p: int, target: dict[int, list[int]], apart: frozenset[int]) -> bool:
        if len(target) < 2 or words(d, p) > SHORT_SENTENCE_WORDS or any(len(qs) != 1 for qs in target.values()):
            return False
        own = figures(d, p)
        theirs = set().union(*(figures(e, q) for e, qs in target.items() if e not in apart for q in qs))
        return bool(own) and own <= theirs and not own & set().union(*(figures(d, q) for q in target.get(d, [])))

    # ... and so do two accounts' short sentences of one unit, where a third account gives
    # their figures in the unit before ("He was 82." in two English accounts, "…, à l'âge
    # de 82 ans" in the French one's lead: a false omission in the French account)
    return _join_to_the_one_before(_join_to_the_one_before(units, belongs), belongs, several=True)


def join_lone_by_figures(
    units: list[dict[int, list[int]]],
    vectors: Sequence[np.ndarray],
    *,
    floor: Callable[[int, int], float],
    same_figure: Callable[[int, int, int, int], bool],
) -> list[dict[int, list[int]]]:
    """Two lone segments of two accounts, within ``FIGURE_REACH`` units of each other, that
    state a figure in common (79.1, 2,846; :func:`~storydiff.compare._figure`), are each
    other's best match among the two accounts' lone segments and as alike as a unit kept
    whole (``floor``) are one statement: "Turnout was a record 79.1%." / "A részvétel
    rekordot jelentő 79,1 százalék volt." (0.88) was two omissions in a short account, whose
    translations have no neighbours to vouch for them. A shared figure is evidence the
    encoder cannot give; a sentence of another story in a translation's place seldom states
    the figure its neighbour's original did."""
    lone = [(k, d, unit[d][0]) for k, unit in enumerate(units) if _lone(unit) for d in unit]

    def best(d: int, p: int, e: int) -> int:
        """The unit of account ``e``'s lone segment most like segment ``p`` of account ``d``."""
        return max((float(vectors[d][p] @ vectors[e][q]), x) for x, f, q in lone if f == e)[1]

    merged = [dict(u) for u in units]
    for k, d, p in lone:
        for x, e, q in lone:
            if e <= d or abs(k - x) > FIGURE_REACH or not merged[k] or e in merged[k] or list(merged[x]) != [e]:
                continue
            mutual = best(d, p, e) == x and best(e, q, d) == k
            if mutual and float(vectors[d][p] @ vectors[e][q]) >= floor(d, e) and same_figure(d, p, e, q):
                merged[k] = {**merged[k], **merged[x]}
                merged[x] = {}
    return [u for u in merged if u]


def join_misattributed_by_figures(
    units: list[dict[int, list[int]]],
    vectors: Sequence[np.ndarray],
    *,
    blocked: Callable[[int, int, int, int], bool],
    same_figure: Callable[[int, int, int, int], bool],
) -> list[dict[int, list[int]]]:
    """Give a statement back its twin that the speaker mask kept from it.

    Where two accounts give one statement to two people, the mask keeps the two apart, and
    the aligner may pair one of them with a neighbour instead ("Economists had expected
    growth of 5.1 percent" / 付凌晖表示，…贡献率为51.7%), which then reads as a changed
    figure. A lone segment a few units away that states the same figure as the pair's
    other member, while the pair's own member does not, and that is closer to it, takes
    the member's place (the member is left alone): the relation step then reports who
    said it as the difference. A shared figure (51.7) is evidence the encoder cannot give
    across languages, where one pledge given to two people scores as high as two pledges.
    """
    out = [dict(u) for u in units]
    for k, unit in enumerate(out):
        if len(unit) != 2 or any(len(ps) != 1 for ps in unit.values()):
            continue
        (d, (p,)), (e, (q,)) = sorted(unit.items())
        best: tuple[float, int, int, int] | None = None  # (cosine, lone unit index, side, segment)
        for side, own, other, there in ((d, p, e, q), (e, q, d, p)):
            current = float(vectors[side][own] @ vectors[other][there])
            # lone segments nearby that the mask kept from ``there`` and that are closer to
            # it; the figures (a fact extraction each) are read only where there is one
            twins: list[tuple[float, int, int]] = []
            for x in range(max(0, k - FIGURE_REACH), min(len(out), k + FIGURE_REACH + 1)):
                lone = out[x]
                if x == k or list(lone) != [side] or len(lone[side]) != 1:
                    continue
                twin = lone[side][0]
                cos = float(vectors[side][twin] @ vectors[other][there])
                if cos > current and blocked(side, twin, other, there):
                    twins.append((cos, x, twin))
            if not twins or same_figure(side, own, other, there):
                continue
            for cos, x, twin in twins:
                if same_figure(side, twin, other, there) and (best is None or cos > best[0]):
                    best = (cos, x, side, twin)
        if best is None:
            continue
        _, x, side, twin = best
        own = unit[side][0]
        pair = {**unit, side: [twin]}
        left = {side: [own]}
        # keep the account's reading order across the two slots
        out[k], out[x] = (pair, left) if (twin < own) == (k < x) else (left, pair)
    return out


LIKE_QUOTE = 0.85
"""Least cosine of two segments worth comparing word by word (the same words score far
higher; the threshold only spares the comparison)."""


def uncross_by_figures(
    units: list[dict[int, list[int]]],
    *,
    shared_figures: Callable[[int, int, int, int], int],
    reach: int = FIGURE_REACH,
) -> list[dict[int, list[int]]]:
    """Pair two neighbouring statements the other way round where their figures say so.

    One account gives the jobless rate, then the number of jobless; the other the number,
    then the rate. Long sentences on one subject, their encodings liked the first of each
    best (0.90 against 0.87), and the number was paired with the rate (a conflict of 11.2%
    against 2.61 million), the rest left as two omissions. A pair of two accounts that
    shares no figure, beside a lone statement of each account within ``reach`` units, is
    taken apart and paired crosswise where one new pair shares at least two figures and the
    other at least one: figures are evidence the encoder cannot weigh."""
    out = [dict(u) for u in units]
    for k, unit in enumerate(out):
        if len(unit) != 2 or any(len(ps) != 1 for ps in unit.values()):
            continue
        (d, (p,)), (e, (q,)) = sorted(unit.items())
        if shared_figures(d, p, e, q):
            continue
        near = [x for x in range(max(0, k - reach), min(len(out), k + reach + 1)) if x != k and _lone(out[x])]
        lone_d = [(x, out[x][d][0]) for x in near if d in out[x]]
        lone_e = [(x, out[x][e][0]) for x in near if e in out[x]]
        for (x, r), (y, t) in itertools.product(lone_d, lone_e):
            crosswise = sorted((shared_figures(d, p, e, t), shared_figures(d, r, e, q)))
            if crosswise[0] >= 1 and crosswise[1] >= 2:
                out[k], out[x], out[y] = {d: [p], e: [t]}, {d: [r], e: [q]}, {}
                break
    return [u for u in out if u]


def join_lone_statements(
    units: list[dict[int, list[int]]],
    vectors: Sequence[np.ndarray],
    *,
    same_words: Callable[[int, int, int, int], bool],
    same_language: Callable[[int, int], bool],
) -> list[dict[int, list[int]]]:
    """Each lone segment joins the unit of other accounts, wherever it is, whose segment in
    its language says the same words, but perhaps for another speaker (``same_words``);
    the most alike pairs first, each unit taking one segment of each account.

    The aligner may leave such a segment alone: the speaker mask kept a quote given to
    another speaker from its twin, or, with three or four accounts, the two copies of a
    sentence were paired each with some other account's neighbour and taken apart again
    as unrelated (:func:`join_misattributed` pairs only lone segments side by side). In
    one language the words themselves show it; across languages the encoder alone cannot
    tell one pledge given to two people from two like pledges, so it is left there."""
    candidates: list[tuple[float, int, int]] = []
    for k, unit in enumerate(units):
        if not _lone(unit):
            continue
        ((d, (p,)),) = unit.items()
        for x, other in enumerate(units):
            if x == k or d in other:
                continue
            for e, qs in other.items():
                if not same_language(d, e):
                    continue
                for q in qs:
                    similarity = float(vectors[d][p] @ vectors[e][q])
                    if similarity >= LIKE_QUOTE and same_words(d, p, e, q):
                        candidates.append((-similarity, k, x))
    merged = {i: dict(u) for i, u in enumerate(units)}
    into: dict[int, int] = {}  # unit index -> the unit it joined

    def root(i: int) -> int:
        while i in into:
            i = into[i]
        return i

    for _, k, x in sorted(candidates):
        target = root(x)
        if k in into or target == k or set(merged[k]) & set(merged[target]):
            continue
        merged[target].update(merged.pop(k))
        into[k] = target
    return [dict(sorted(merged[i].items())) for i in range(len(units)) if i in merged]


def join_sure_apart(
    units: list[dict[int, list[int]]],
    vectors: Sequence[np.ndarray],
    sure: SurePairs,
    floor: Callable[[int, int], float],
) -> list[dict[int, list[int]]]:
    """With three accounts or more, two units of different accounts join where a segment of
    one is a sure pair (:class:`SurePairs`) with a segment of the other, above the two
    accounts' floor of unrelated pairs (``floor``), and one of them holds two accounts at
    least, most alike first.

    Units are made around a pivot account, and where the pivot and a third account miss a
    sentence one of them moved to another paragraph, the accounts that tell it were split
    in two units though their own pairs found it ("More than 60 aftershocks were recorded":
    FR and IT in one unit, EN, TR and KO in another, and a false omission in every account)."""
    candidates: list[tuple[float, int, int]] = []
    for k, unit in enumerate(units):
        for x in range(k + 1, len(units)):
            other = units[x]
            if set(unit) & set(other) or len(unit) + len(other) < 3:
                continue  # (two lone segments: no third account vouches for them)
            best = max(
                (
                    similarity
                    for d, ps in unit.items()
                    for p in ps
                    for e, qs in other.items()
                    for q in qs
                    if (similarity := float(vectors[d][p] @ vectors[e][q])) >= floor(d, e) and sure(d, p, e, q)
                ),
                default=None,
            )
            if best is not None:
                candidates.append((-best, k, x))
    merged = {i: dict(u) for i, u in enumerate(units)}
    into: dict[int, int] = {}

    def root(i: int) -> int:
        while i in into:
            i = into[i]
        return i

    for _, k, x in sorted(candidates):
        a, b = root(k), root(x)
        if a != b and not set(merged[a]) & set(merged[b]):
            merged[a].update(merged.pop(b))
            into[b] = a
    return [dict(sorted(merged[i].items())) for i in range(len(units)) if i in merged]


def release_twins(
    units: list[dict[int, list[int]]],
    vectors: Sequence[np.ndarray],
    *,
    same_words: Callable[[int, int, int, int], bool],
    same_language: Callable[[int, int], bool],
) -> list[dict[int, list[int]]]:
    """A unit whose segment's twin (the same words in its language, perhaps for another
    speaker: ``same_words``) is the first or last of several segments an account it lacks
    gives in another unit takes that twin out of it: a quote given to another speaker,
    which the speaker mask kept from its twin, is aligned beside that speaker's next
    sentence ("Takaichi told reporters: "Our partnership …" She said …" against "Modi
    told reporters: "Our partnership …""), and :func:`join_lone_statements` moves only
    lone segments. Most alike first; a unit takes one segment of an account at most, and
    keeps at least one of each account it had."""
    candidates: list[tuple[float, int, int, int, int]] = []  # (-similarity, unit it joins, unit, account, segment)
    for k, unit in enumerate(units):
        singles = [(d, ps[0]) for d, ps in unit.items() if len(ps) == 1]
        for x, other in enumerate(units):
            if x == k:
                continue
            for e, qs in other.items():
                if e in unit or len(qs) < 2:
                    continue
                for (d, p), q in itertools.product(singles, {qs[0], qs[-1]}):
                    if not same_language(d, e):
                        continue  # across languages no twin is sought: no cosine to compute
                    similarity = float(vectors[d][p] @ vectors[e][q])
                    if similarity >= LIKE_QUOTE and same_words(d, p, e, q):
                        candidates.append((-similarity, k, x, e, q))
    return _move_segments(units, candidates)


def _move_segments(
    units: list[dict[int, list[int]]], candidates: list[tuple[float, int, int, int, int]]
) -> list[dict[int, list[int]]]:
    """Each candidate (-similarity, unit k, unit x, account e, segment q) moves q from x to
    k, most alike first, where k lacks e still and x keeps another segment of e."""
    out = [{d: list(ps) for d, ps in u.items()} for u in units]
    for _, k, x, e, q in sorted(candidates):
        if e in out[k] or q not in out[x].get(e, []) or len(out[x][e]) < 2:
            continue
        out[x][e].remove(q)
        out[k] = dict(sorted({**out[k], e: [q]}.items()))
    return out


SWAP_REACH = 2
"""How many units apart two lone segments may lie and still be one statement told in
another order."""
SURE_PAIR_Z = 1.0
"""Least similarity of a pair that vouches for itself (:class:`SurePairs`), in standard
deviations above the median of its two accounts' pairs. WMT22 with two neighbouring
Chinese sentences swapped (ten seeds, 620 sentences): the joins of :func:`join_swapped`
stood at z 1.23 to 2.16 and paired 26 more sentences with their originals; with
sentences replaced by another story's (ten seeds), the one join stood at 0.95 and hid two
replacements; deletions, none."""


def release_to_sure_pairs(
    units: list[dict[int, list[int]]],
    vectors: Sequence[np.ndarray],
    *,
    sure: Callable[[int, int, int, int], bool],
    floor: Callable[[int, int], float],
    blocked: Callable[[int, int, int, int], bool],
) -> list[dict[int, list[int]]]:
    """With three accounts or more, a unit takes, from another unit, the first or last of
    several segments an account it lacks gives there, where that segment is a sure pair of
    one of its members (``sure``, the speaker mask allowing it), as alike to each of its
    accounts as a unit that is kept whole (``floor``), and more like them than like any
    other account's segment in its own unit. Most alike first; a unit takes one segment of
    an account.

    Units are made around a pivot account, and a third account's sentence that the pivot
    lacks is joined to its neighbour by the pivot's bead (a 1–2 bead: "The decision passed
    on a 10-2 vote. It was the third consecutive cut." against the pivot's vote sentence),
    where the pair of the two other accounts alone would have paired it with its
    translation: a false omission in the account that tells it. So is a quotation the
    speaker mask kept from the pivot's, which gives the words to someone else: the third
    account's quote went to its next sentence's unit, and the speaker conflict lost it.
    Two accounts are left to the aligner, which saw both sides."""
    candidates: list[tuple[float, int, int, int, int]] = []  # (-similarity, unit, its unit, account, segment)
    for x, other in enumerate(units):
        for z, ws in other.items():
            if len(ws) < 2:
                continue
            for w in sorted({ws[0], ws[-1]}):
                to_w = [doc @ vectors[z][w] for doc in vectors]  # every segment's cosine with w
                own = max((float(to_w[e][q]) for e, qs in other.items() if e != z for q in qs), default=1.0)
                for k, unit in enumerate(units):
                    if k == x or z in unit:
                        continue
                    alike = {a: max(float(to_w[a][r]) for r in rs) for a, rs in unit.items()}
                    if (
                        max(alike.values()) > own
                        and all(similarity >= floor(a, z) for a, similarity in alike.items())
                        and any(sure(a, r, z, w) and not blocked(a, r, z, w) for a, rs in unit.items() for r in rs)
                    ):
                        candidates.append((-max(alike.values()), k, x, z, w))
    return _move_segments(units, candidates)


def split_mixed_speakers(
    units: list[dict[int, list[int]]],
    vectors: Sequence[np.ndarray],
    *,
    speaker: Callable[[int, int], str | None],
    compatible: Callable[[str | None, str | None], bool],
) -> list[dict[int, list[int]]]:
    """Take out of a unit the statements of a second speaker that hide a misattribution.

    One account gives Cortina's words to Restrepo; the other gives them to Cortina and
    quotes Restrepo saying something else next to them. The aligner pairs the twins (the
    mask lets words given to someone the other account never names pair with their best
    match), and merges Restrepo's own sentence in beside them, whose name matches the other
    account's: the unit names one speaker on each side and no conflict shows. Where one
    account's segments in a unit name people who cannot be one, and the segment most like
    the other accounts' (the twin) names someone none of theirs can be, the segments of the
    other people leave, each a unit of its own: the twins stand as a speaker conflict. A
    unit whose best segment agrees on the speaker keeps everything ("X said the talks were
    useful. Y agreed." against one sentence of X's that says both).

    Where two or more accounts each name two people who cannot be one in the unit, the
    unit holds two people's statements on both sides (one account gave each one's words to
    the other, and a third account's pairing chained the four together): it is split along
    the account with the most segments in it, each other segment joining the one of those
    it is most like, so that each statement stands beside its twin."""
    out: list[dict[int, list[int]]] = []
    for unit in units:
        if sum(_names_two_people(d, unit[d], speaker, compatible) for d in unit) >= 2:
            out.extend(_split_along(unit, vectors))
            continue
        kept = {d: list(ps) for d, ps in unit.items()}
        released: list[dict[int, list[int]]] = []
        for d, ps in unit.items():
            named = [p for p in ps if speaker(d, p) is not None]
            if len(unit) < 2 or len(named) < 2 or all(
                compatible(speaker(d, p), speaker(d, q)) for p, q in itertools.combinations(named, 2)
            ):
                continue
            others = [(e, q) for e, qs in unit.items() if e != d for q in qs]
            best = max(ps, key=lambda p: (max(float(vectors[d][p] @ vectors[e][q]) for e, q in others), -p))
            who = speaker(d, best)
            theirs = [speaker(e, q) for e, q in others if speaker(e, q) is not None]
            if who is None or not theirs or any(compatible(who, x) for x in theirs):
                continue
            leaving = [p for p in ps if p != best and speaker(d, p) is not None and not compatible(who, speaker(d, p))]
            kept[d] = [p for p in ps if p not in leaving]
            released.extend({d: [p]} for p in leaving)
        out.append(kept)
        out.extend(released)
    return out


def _names_two_people(
    d: int, positions: list[int], speaker: Callable[[int, int], str | None], compatible: Callable[[str | None, str | None], bool]
) -> bool:
    """Whether account d's segments in a unit name two people who cannot be one."""
    named = [p for p in positions if speaker(d, p) is not None]
    return any(not compatible(speaker(d, p), speaker(d, q)) for p, q in itertools.combinations(named, 2))


def _split_along(unit: dict[int, list[int]], vectors: Sequence[np.ndarray]) -> list[dict[int, list[int]]]:
    """A unit split along its account with the most segments (the first such): each of
    that account's segments with the other accounts' segments most like it."""
    spine = min(unit, key=lambda d: (-len(unit[d]), d))
    parts: dict[int, dict[int, list[int]]] = {p: {spine: [p]} for p in unit[spine]}
    for e, qs in sorted(unit.items()):
        if e == spine:
            continue
        for q in qs:
            nearest = max(unit[spine], key=lambda p: (float(vectors[spine][p] @ vectors[e][q]), -p))
            parts[nearest].setdefault(e, []).append(q)
    return [dict(sorted(part.items())) for _, part in sorted(parts.items())]


def uncross_quotes(
    units: list[dict[int, list[int]]],
    *,
    speaker: Callable[[int, int], str | None],
    compatible: Callable[[str | None, str | None], bool],
    quoted_alike: Callable[[int, int, int, int], float | None],
) -> list[dict[int, list[int]]]:
    """Pair each account's quoted words with their twin where two accounts gave two
    people's words each to the other.

    Each of two people speaks once in each account, so the speaker mask pairs A's Brenner
    with B's Brenner (or leaves all four alone), though B gives Brenner the words A gives
    Kammerer and Kammerer Brenner's: the names and roles said beside the words make the
    sentences of one speaker the more alike, and no difference shows. The quoted words alone
    (``quoted_alike``, None where a sentence quotes none) tell it: where each quotation is
    clearly (``UNCROSS_MARGIN``) more like its crossed twin's than like the same speaker's
    words in the other account, the twins are paired, each pair a speaker conflict. Only
    statements alone in their unit or paired one to one are looked at."""
    out = list(units)
    slots: dict[int, list[tuple[int, int, str]]] = {}  # account -> (unit, segment, speaker)
    for k, unit in enumerate(out):
        if len(unit) <= 2 and all(len(ps) == 1 for ps in unit.values()):
            for d, (p,) in unit.items():
                if (who := speaker(d, p)) is not None:
                    slots.setdefault(d, []).append((k, p, who))
    taken: set[int] = set()
    for d, e in itertools.combinations(sorted(slots), 2):
        for (k1, p, x), (k2, r, y) in itertools.combinations(slots[d], 2):
            if k1 == k2 or {k1, k2} & taken or compatible(x, y):
                continue
            # q is given to y and t to x: p's words are q's and r's t's, crossed
            for (k3, q, _), (k4, t, _) in itertools.product(
                [s for s in slots[e] if compatible(s[2], y)], [s for s in slots[e] if compatible(s[2], x)]
            ):
                if k3 == k4 or {k3, k4} & taken:
                    continue
                members = {(a, seg) for k in (k1, k2, k3, k4) for a, segs in out[k].items() for seg in segs}
                if members != {(d, p), (d, r), (e, q), (e, t)}:
                    continue  # a unit that also holds another statement stays as it is
                crossed = _known(quoted_alike(d, p, e, q), quoted_alike(d, r, e, t))
                own = _known(quoted_alike(d, p, e, t), quoted_alike(d, r, e, q))
                if crossed and own and min(crossed) >= LIKE_QUOTE and min(crossed) > max(own) + UNCROSS_MARGIN:
                    for k in (k1, k2, k3, k4):
                        out[k] = {}
                    out[k1], out[k2] = {d: [p], e: [q]}, {d: [r], e: [t]}
                    taken |= {k1, k2, k3, k4}
                    break
    return [u for u in out if u]


def rejoin_quotes(
    units: list[dict[int, list[int]]],
    *,
    speaker: Callable[[int, int], str | None],
    compatible: Callable[[str | None, str | None], bool],
    quoted_alike: Callable[[int, int, int, int], float | None],
) -> list[dict[int, list[int]]]:
    """Pair quoted words with their twin where one account gave them to someone else and
    the other quotes that person saying something else.

    "…," said Mexico's ambassador, Alejandro Cortina. / Colombia's ambassador, Lucía
    Restrepo, said: "Sanctions punish …" against «…», declaró la embajadora de Colombia,
    Lucía Restrepo: the name and the role make Restrepo's two sentences the more alike, and
    Cortina's words stand alone, an omission, with no conflict. Where a pair of one
    speaker's sentences quotes words clearly (``UNCROSS_MARGIN``) less like each other than
    one side's quotation is like the words a statement left alone gives another person, the
    quotation pairs with its twin (a speaker conflict) and the other sentence stands alone.
    Pairs of two accounts only (:func:`uncross_quotes` takes the case where each account
    quotes both people). The twin may also sit in a unit beside the other account's
    narration of its own speaker, which quotes nothing ("…, prosecutor Hélène Barraud said"
    against her quotation and the sentence after it): it leaves that unit for its twin."""
    out = [dict(u) for u in units]
    lone = {(d, ps[0]): k for k, u in enumerate(out) if len(u) == 1 for d, ps in u.items() if len(ps) == 1}
    for k, u in enumerate(out):
        if len(u) != 2:
            continue
        for d, ps in u.items():
            others = [(e, q) for e, qs in u.items() if e != d for q in qs]
            for p in ps:
                if len(ps) > 1 and all(quoted_alike(d, p, e, q) is None for e, q in others):
                    lone.setdefault((d, p), k)  # a quotation merged beside narration that quotes nothing
    for k, unit in enumerate(units):
        if len(unit) != 2 or any(len(ps) != 1 for ps in unit.values()):
            continue
        (d, (p,)), (e, (q,)) = sorted(unit.items())
        if speaker(d, p) is None or speaker(e, q) is None or not compatible(speaker(d, p), speaker(e, q)):
            continue
        best: tuple[float, int, int, int, int] | None = None  # (similarity, account, its lone, twin's account, twin)
        for x, y, z, w in ((d, p, e, q), (e, q, d, p)):
            own = quoted_alike(x, y, z, w)
            if own is None:
                continue
            for (a, r), _ in lone.items():
                if a != x or speaker(a, r) is None or compatible(speaker(a, r), speaker(z, w)):
                    continue
                twin = quoted_alike(a, r, z, w)
                if twin is not None and twin >= LIKE_QUOTE and twin > own + UNCROSS_MARGIN and (best is None or twin > best[0]):
                    best = (twin, a, r, z, w)
        if best is None:
            continue
        _, a, r, z, w = best
        kept = unit[a][0]
        there = lone.pop((a, r))
        rest = {x: [y for y in ys if (x, y) != (a, r)] for x, ys in out[there].items()}
        if len(out[there]) == 1:
            out[there] = {a: [kept]}
        else:  # the twin leaves the narration's unit; the quotation it was paired with stands alone
            out[there] = {x: ys for x, ys in rest.items() if ys}
            out.append({a: [kept]})
        out[k] = dict(sorted({a: [r], z: [w]}.items()))
    return _pull_twins_out(out, speaker=speaker, compatible=compatible, quoted_alike=quoted_alike)


def _pull_twins_out(
    units: list[dict[int, list[int]]],
    *,
    speaker: Callable[[int, int], str | None],
    compatible: Callable[[str | None, str | None], bool],
    quoted_alike: Callable[[int, int, int, int], float | None],
) -> list[dict[int, list[int]]]:
    """A lone quotation's twin, given to someone else and merged with the sentence after it
    into a unit where the lone quotation's account says only narration ("…," said Brenner /
    „…“, sagte Claire Dumesnil. Die Einsparungen bezifferte sie …, beside "Dumesnil said the
    deal would …"): the twin leaves that unit for the lone one, a speaker conflict."""
    out = [dict(u) for u in units]
    for k, unit in enumerate(units):
        if not _lone(unit):
            continue
        (a, (r,)), = unit.items()
        if speaker(a, r) is None:
            continue
        best: tuple[float, int, int, int] | None = None  # (likeness, unit, account, twin)
        for j in range(max(0, k - TWIN_REACH), min(len(out), k + TWIN_REACH + 1)):
            other = out[j]
            if j == k or a not in other or len(other) != 2:
                continue
            for z, ws in other.items():
                if z == a or len(ws) < 2:
                    continue
                for w in ws:
                    likeness = quoted_alike(a, r, z, w)
                    if (
                        likeness is None
                        or likeness < LIKE_QUOTE
                        or speaker(z, w) is None
                        or compatible(speaker(a, r), speaker(z, w))
                        or any(quoted_alike(a, x, z, w) is not None for x in other[a])
                    ):
                        continue
                    if best is None or likeness > best[0]:
                        best = (likeness, j, z, w)
        if best is not None:
            _, j, z, w = best
            out[j] = {x: [y for y in ys if (x, y) != (z, w)] for x, ys in out[j].items()}
            out[k] = dict(sorted({a: [r], z: [w]}.items()))
    return out


def join_split_quotations(
    units: list[dict[int, list[int]]],
    vectors: Sequence[np.ndarray],
    *,
    speaker: Callable[[int, int], str | None],
    compatible: Callable[[str | None, str | None], bool],
    names_speaker: Callable[[int, int], bool],
) -> list[dict[int, list[int]]]:
    """A unit of two accounts' single segments joins the lone segment before it (or after
    it) in each account, where all four give one named speaker, each account names the
    speaker in one of its two segments, the two accounts in the other's (``names_speaker``:
    the attribution one language puts before the quotation and the other after it), and
    the two accounts' pairs together are more alike than the unit alone: a quotation of two
    sentences, cut where each language's attribution falls ("Malatya Valisi Murat Kaplan,
    …, "Şu ana kadar can kaybı yok." / '"So far there is no loss of life."', 0.83), was two
    omissions. (Two sentences inside one long quotation, where neither names its speaker,
    stay as the aligner left them: one of them may be another story's.)"""

    where = {(d, p): k for k, unit in enumerate(units) for d, ps in unit.items() for p in ps}
    merged = [dict(u) for u in units]
    for k, unit in enumerate(units):
        if len(unit) != 2 or any(len(ps) != 1 for ps in unit.values()) or not merged[k]:
            continue
        (a, (p,)), (b, (q,)) = unit.items()
        who, other = speaker(a, p), speaker(b, q)
        if who is None or other is None or not compatible(who, other):
            continue
        for step in (-1, 1):
            lone = [where.get((a, p + step)), where.get((b, q + step))]
            if None in lone or lone[0] == lone[1] or not all(x is not None and _lone(merged[x]) for x in lone):
                continue
            if not all((said := speaker(d, r)) is not None and compatible(who, said) for d, r in ((a, p + step), (b, q + step))):
                continue  # (the narrator's sentence beside a quote is no part of it)
            named = [names_speaker(a, p + step), names_speaker(a, p), names_speaker(b, q + step), names_speaker(b, q)]
            if named not in ([True, False, False, True], [False, True, True, False]):
                continue
            pair = sorted([p, p + step]), sorted([q, q + step])
            if float(mean_vector(vectors[a], pair[0]) @ mean_vector(vectors[b], pair[1])) > float(vectors[a][p] @ vectors[b][q]):
                merged[k] = {a: pair[0], b: pair[1]}
                for x in lone:
                    if x is not None:
                        merged[x] = {}
                break
    return [u for u in merged if u]


def mean_vector(vectors: np.ndarray, positions: list[int]) -> np.ndarray:
    """The unit-length mean of an account's segment vectors at ``positions``: the share of a
    unit one account gives, as one vector."""
    v = vectors[positions].mean(axis=0)
    return v / (np.linalg.norm(v) or 1.0)


def _known(*similarities: float | None) -> list[float]:
    """The similarities, or none at all where one is unknown (a sentence that quotes nothing)."""
    return [x for x in similarities if x is not None] if None not in similarities else []


UNCROSS_MARGIN = 0.05
"""How much more alike two crossed quotations must be than each is to the one it was paired
with: a translation of the words against other words on the same subject."""


class SurePairs:
    """Whether two segments of two accounts vouch for their pairing by themselves: each is
    the other's best match in the other's whole account, and they stand ``min_z``
    deviations above the median of the two accounts' pairs (computed once per pair of
    accounts)."""

    def __init__(self, vectors: Sequence[np.ndarray], min_z: float = SURE_PAIR_Z) -> None:
        self.vectors, self.min_z = vectors, min_z
        self._sure: dict[tuple[int, int], float] = {}

    def __call__(self, d: int, p: int, e: int, q: int) -> bool:
        first, second = self.vectors[d], self.vectors[e]
        row, column = second @ first[p], first @ second[q]
        if int(row.argmax()) != q or int(column.argmax()) != p:
            return False
        similarity = float(row[q])
        if (d, e) not in self._sure:
            median, std = pair_statistics(first @ second.T)
            self._sure[(d, e)] = median + self.min_z * std
        return similarity >= self._sure[(d, e)]


def join_swapped(
    units: list[dict[int, list[int]]],
    vectors: Sequence[np.ndarray],
    *,
    floor: Callable[[int, int], float],
    blocked: Callable[[int, int, int, int], bool],
    sure: Callable[[int, int, int, int], bool],
    reach: int = SWAP_REACH,
) -> list[dict[int, list[int]]]:
    """A lone segment joins a unit at most ``reach`` units away that its account is not in
    (of single segments), where it is as alike to each member as a unit that is kept whole
    (``floor``, for the pair of accounts), the speaker mask allows it (``blocked``), and
    each pair vouches for itself (``sure``: :class:`SurePairs`). Two lone segments join so
    only on either side of a unit that their accounts both tell.

    Two neighbouring statements told in the other order leave one of them alone in each
    account (the path takes one order), and the aligner may pair the other with a
    neighbour that the split takes away again: "Freight traffic was also hit, with about
    300 trains stranded" after the spokeswoman, "Im Güterverkehr stehen rund 500 Züge
    still" before her, came out as two omissions, and their changed figure was never
    compared. With three accounts, the one that moved a quote leaves it alone beside the
    unit of the two others. Two lone segments side by side are no such case: the aligner
    saw them in order and did not pair them (a sentence of another story in place of a
    translated one, and the original it replaced, are each other's best match now and
    then). Most alike pairs first."""
    candidates: list[tuple[float, int, int]] = []
    for k, unit in enumerate(units):
        if not _lone(unit):
            continue
        ((d, (p,)),) = unit.items()
        for x in range(max(0, k - reach), min(len(units), k + reach + 1)):
            other = units[x]
            if x == k or d in other or any(len(qs) != 1 for qs in other.values()):
                continue
            low, high = min(k, x), max(k, x)
            # side by side, two lone segments lie where the path put them and left them apart
            if len(other) == 1 and not any(len(units[between]) > 1 for between in range(low + 1, high)):
                continue
            members = [(e, qs[0]) for e, qs in other.items()]
            similarities = [float(vectors[d][p] @ vectors[e][q]) for e, q in members]
            if all(
                similarity >= floor(d, e) and not blocked(d, p, e, q) and sure(d, p, e, q)
                for (e, q), similarity in zip(members, similarities, strict=True)
            ):
                candidates.append((-min(similarities), k, x))
    merged = {i: dict(u) for i, u in enumerate(units)}
    for _, k, x in sorted(candidates):
        # each unit takes one segment: a second was judged against its members before
        if k in merged and x in merged and merged[k] == units[k] and merged[x] == units[x]:
            merged[x].update(merged.pop(k))
    return [dict(sorted(merged[i].items())) for i in range(len(units)) if i in merged]


def _lone(unit: dict[int, list[int]]) -> bool:
    return len(unit) == 1 and len(next(iter(unit.values()))) == 1
