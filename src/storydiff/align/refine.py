"""Third pass: settle with real encodings what the DP's summed vectors cannot.

The DP scores merged beads with summed sentence vectors, which is free but blind to what a
concatenation means as a whole, and more central than a real one. Each function here looks
only at the few beads in question and encodes their real concatenations:

* ``absorb_lone_neighbours``: when one account packs two statements into one sentence
  ("China is firm in X, Xi said, adding that Y") and the other tells them apart, the DP
  may leave one of them unaligned, which compare would report as content only one account
  has. A lone sentence next to a bead joins it when the bead's cosine rises by
  ``min_gain`` (and, in compare, it shows ``part_support``).
* ``shift_boundaries``: a sentence on the border of two beads moves to the other bead when
  the two beads' cosines add up to more, and a lone sentence may take as partner the
  edge sentence of the next bead's merged side.
* ``split_double_merges``: a bead merged on both sides (``[i, i+1]:[j, j+1]``) that
  real encodings find barely closer than two beads of its parts is the two beads.
* ``join_crossed_splits``: two neighbouring 1-1 beads whose lengths fit only when joined,
  and whose real concatenations are closer, are one 2-2 bead: the accounts split one
  passage at different points.
* ``join_continuations``: a lone sentence that runs on (it ends with a comma: "Bíddu,")
  joins the bead of the sentence it runs into.
* ``split_unsupported_parts`` (compare only): a merged sentence that does not earn its
  place is split off, so an omission is not hidden inside a neighbour's bead.

Cost: a few encodings per bead in question, none for the rest. A whole first run of
``benchmarks/align.py`` (empty cache) costs 1.25× (Text+Berg) to 1.41× (ParIce) the time
of encoding every sentence once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from .dp import expected_length_ratio, length_misfit, pair_statistics, quotation_ends, quote_misfit

if TYPE_CHECKING:
    from ..encode import Encoder

Path = list[tuple[tuple[int, ...], tuple[int, ...], float]]
Sides = tuple[tuple[int, ...], tuple[int, ...]]


class Bitext(NamedTuple):
    """What every pass refines a path against: both sides' sentences and their vectors, the
    encoder of their concatenations, and which pairings are allowed (``allowed[i, j]``)."""

    src_texts: Sequence[str]
    tgt_texts: Sequence[str]
    src_vecs: np.ndarray
    tgt_vecs: np.ndarray
    encoder: Encoder
    allowed: np.ndarray | None = None


MAX_SIDE = 4
"""Largest number of sentences one side of a bead may hold after merging."""


def _joiner(texts: Sequence[str]) -> str:
    sample = "".join(texts[:20])
    cjk = sum(1 for ch in sample if "\u3040" <= ch <= "\u9fff")
    return "" if cjk > 0.3 * max(len(sample), 1) else " "


MIN_GAIN = 0.003
"""A sentence that raises its bead's cosine (real encodings) by this much belongs to it."""


class _RealSides:
    """Vectors of bead sides as the encoder sees them: a single sentence's vector from the
    ones at hand, a concatenation encoded (each once, all in one call)."""

    def __init__(
        self,
        texts: tuple[Sequence[str], Sequence[str]],
        singles: tuple[np.ndarray, np.ndarray],
    ) -> None:
        self.texts, self.singles = texts, singles
        self.joiners = (_joiner(texts[0]), _joiner(texts[1]))
        self.wanted: dict[tuple[int, tuple[int, ...]], str] = {}
        self.encoded: dict[tuple[int, tuple[int, ...]], np.ndarray] = {}

    def want(self, side: int, ids: tuple[int, ...]) -> None:
        if len(ids) > 1:
            self.wanted[(side, ids)] = self.joiners[side].join(self.texts[side][i] for i in ids)

    def encode(self, encoder: Encoder) -> None:
        keys = sorted(set(self.wanted) - set(self.encoded))
        vectors = encoder.encode([self.wanted[key] for key in keys])
        self.encoded.update(zip(keys, np.asarray(vectors), strict=True))

    def vec(self, side: int, ids: tuple[int, ...]) -> np.ndarray:
        return self.singles[side][ids[0]] if len(ids) == 1 else self.encoded[(side, ids)]

    def cos(self, bead: Sides) -> float:
        return float(self.vec(0, bead[0]) @ self.vec(1, bead[1]))


def part_support(gain: float, own: float, strongest: float) -> float:
    """How much a sentence earns its place in a merged bead, from real encodings.

    ``gain``: the bead's cosine with it minus without it; ``own``: its own cosine with the
    other side; ``strongest``: the best such cosine among the side's sentences. A sentence
    that raises the cosine (≥ MIN_GAIN) earns it outright. Otherwise both signals count:
    on MAC-Dev (zh-en), the second sentences of true 1-2 beads lower the cosine slightly
    (median gain -0.001) but stay close to their partner (median shortfall 0.020), while
    an unrelated neighbour lowers it more (median -0.015 MAC, -0.021 WMT22) and falls
    further behind (0.047 / 0.075); neither alone separates them as well as the sum."""
    if gain >= MIN_GAIN:
        return gain
    return gain - 0.5 * (strongest - own)


def absorb_lone_neighbours(
    path: Path,
    bitext: Bitext,
    *,
    min_similarity: float = 0.0,
    min_part_similarity: float = 0.0,
    min_gain: float = MIN_GAIN,
    min_support: float | None = None,
    screen: float = 0.015,
) -> Path:
    """Merge lone sentences into an adjacent bead where real encodings say they belong.

    A candidate whose summed vectors lose more than ``screen`` is not encoded at all. On
    the dev sets and the omission runs no sentence that real encodings let join lost more
    than 0.012 that way, while a fifth of the rejected candidates did."""
    src_texts, tgt_texts, src_vecs, tgt_vecs, encoder, allowed = bitext
    beads: Path = list(path)
    singles = (np.asarray(src_vecs), np.asarray(tgt_vecs))
    # (lone bead index, neighbour bead index, side, the neighbour's side grown, lone sentence)
    plans: list[tuple[int, int, int, tuple[int, ...], int]] = []
    for k, (s, t, _) in enumerate(beads):
        if bool(s) == bool(t):
            continue
        side = 0 if s else 1
        lone = (s or t)[0]
        for step in (-1, 1):
            nb = k + step
            while 0 <= nb < len(beads) and not beads[nb][side]:
                nb += step  # past the other account's lone sentences placed between ([0]:[0] []:[1] [1]:[])
            if not 0 <= nb < len(beads):
                continue
            ns, nt, _ = beads[nb]
            if not ns or not nt:
                continue
            ids = ns if side == 0 else nt
            if len(ids) >= MAX_SIDE or lone not in (ids[0] - 1, ids[-1] + 1):
                continue
            others = nt if side == 0 else ns
            if not _permitted(((lone,), others) if side == 0 else (others, (lone,)), allowed):
                continue
            grown = tuple(sorted((*ids, lone)))
            bead: Sides = (grown, nt) if side == 0 else (ns, grown)
            if _summed_cos(bead, singles) < _summed_cos((ns, nt), singles) - screen:
                continue
            plans.append((k, nb, side, grown, lone))
    if not plans:
        return path

    real = _RealSides((src_texts, tgt_texts), singles)
    for _, nb, side, grown, _ in plans:
        ns, nt, _ = beads[nb]
        real.want(0, ns)
        real.want(1, nt)
        real.want(side, grown)
    real.encode(encoder)
    best: dict[int, tuple[float, int, int, tuple[int, ...], float]] = {}
    for k, nb, side, grown, lone in plans:
        ns, nt, _ = beads[nb]
        other = nt if side == 0 else ns
        old = real.cos((ns, nt))
        new = real.cos((grown, nt) if side == 0 else (ns, grown))
        # the lone sentence must itself be close to the other side
        own = float(real.vec(side, (lone,)) @ real.vec(1 - side, other))
        if (
            new >= max(old + min_gain, min_similarity)
            and own >= min_part_similarity
            and (min_support is None or part_support(new - old, own, max(own, old)) >= min_support)
            and (k not in best or new - old > best[k][0])
        ):
            best[k] = (new - old, nb, side, grown, new)
    taken: set[int] = set()
    for k in sorted(best, key=lambda key: (-best[key][0], key)):
        _, nb, side, grown, new = best[k]
        if nb in taken or k in taken:
            continue
        ns, nt, _ = beads[nb]
        current = ns if side == 0 else nt
        if not set(current) <= set(grown):  # the neighbour already grew on this side
            continue
        beads[nb] = (grown, nt, new) if side == 0 else (ns, grown, new)
        beads[k] = ((), (), 0.0)
        taken.update((k, nb))
    return [(s, t, float(score)) for s, t, score in beads if s or t]


def split_unsupported_parts(
    path: Path,
    bitext: Bitext,
    *,
    min_support: float,
    length_weight: float = 0.0,
) -> Path:
    """Split off the edge sentences of merged beads that their bead does not need.

    One round: for every bead with a merged side, both edge sentences of that side are
    tested (``part_support``, plus ``length_weight`` times how much better the bead's
    length ratio fits with the sentence than without it) against the other side's real
    encoding; the weakest one below ``min_support`` leaves the bead as a lone sentence,
    and the rest of the bead keeps its place. Two or three encodings per merged bead;
    nothing for 1-1 beads.
    """
    src_texts, tgt_texts, src_vecs, tgt_vecs, encoder, _ = bitext
    merged = [k for k, (s, t, _) in enumerate(path) if s and t and len(s) + len(t) > 2]
    if not merged:
        return path
    real = _RealSides((src_texts, tgt_texts), (src_vecs, tgt_vecs))
    for k in merged:
        s, t, _ = path[k]
        for side, ids in ((0, s), (1, t)):
            for sub in (ids, ids[1:], ids[:-1]):
                real.want(side, sub)
    real.encode(encoder)
    vec = real.vec
    bead_misfit = _length_misfits(src_texts, tgt_texts)

    def misfit(side: int, ids: tuple[int, ...], other: tuple[int, ...]) -> float:
        return bead_misfit((ids, other) if side == 0 else (other, ids))

    out: Path = []
    for k, (s, t, score) in enumerate(path):
        if k not in merged:
            out.append((s, t, score))
            continue
        weakest: tuple[float, int, int] | None = None  # (support, side, sentence)
        for side, ids, other in ((0, s, t), (1, t, s)):
            if len(ids) < 2:
                continue
            v_other = vec(1 - side, other)
            singles = src_vecs if side == 0 else tgt_vecs
            own = {i: float(singles[i] @ v_other) for i in ids}
            full = float(vec(side, ids) @ v_other)
            for part, rest in ((ids[0], ids[1:]), (ids[-1], ids[:-1])):
                support = part_support(full - float(vec(side, rest) @ v_other), own[part], max(own.values()))
                support += length_weight * (misfit(side, rest, other) - misfit(side, ids, other))
                if support < min_support and (weakest is None or support < weakest[0]):
                    weakest = (support, side, part)
        if weakest is None:
            out.append((s, t, score))
            continue
        _, side, part = weakest
        rest_s = tuple(i for i in s if side != 0 or i != part)
        rest_t = tuple(j for j in t if side != 1 or j != part)
        kept = (rest_s, rest_t, float(vec(0, rest_s) @ vec(1, rest_t)))
        lone = ((part,), (), 0.0) if side == 0 else ((), (part,), 0.0)
        out.extend([lone, kept] if part in (s[:1] if side == 0 else t[:1]) else [kept, lone])
    return out


def _length_misfits(src_texts: Sequence[str], tgt_texts: Sequence[str]) -> Callable[[Sides], float]:
    """A bead's ``dp.length_misfit`` against the two texts' expected length ratio."""
    lengths = (
        np.array([len(text) for text in src_texts], dtype=np.float64),
        np.array([len(text) for text in tgt_texts], dtype=np.float64),
    )
    ratio = expected_length_ratio(*lengths)

    def misfit(bead: Sides) -> float:
        return float(length_misfit(lengths[0][list(bead[0])].sum(), lengths[1][list(bead[1])].sum(), ratio))

    return misfit


def _permitted(bead: Sides, allowed: np.ndarray | None) -> bool:
    """Whether the speaker mask (``allowed``) lets every source sentence of a bead pair with
    every target sentence of it (a bead with an empty side pairs nothing)."""
    if allowed is None or not bead[0] or not bead[1]:
        return True
    return bool(allowed[np.ix_(bead[0], bead[1])].all())


def _summed_cos(bead: Sides, singles: tuple[np.ndarray, np.ndarray]) -> float:
    """A bead's cosine with each side approximated by its normalised summed vector."""
    vs, vt = singles[0][list(bead[0])].sum(axis=0), singles[1][list(bead[1])].sum(axis=0)
    return float(vs @ vt / max(float(np.linalg.norm(vs) * np.linalg.norm(vt)), 1e-12))


def _pair_value(a: Sides, b: Sides, cos: Callable[[Sides], float], lone_worth: float) -> float:
    """Two neighbouring beads' cosines added up; a lone sentence counts as ``lone_worth``."""
    return sum(cos(x) if x[0] and x[1] else lone_worth for x in (a, b))


def _border_moves(a: Sides, b: Sides) -> list[tuple[Sides, Sides]]:
    """New (a, b) for a sentence moved across the border of neighbouring beads a and b.

    Two aligned beads: the edge sentence of a merged side moves to the other bead. An
    aligned bead next to a lone sentence: the lone sentence takes as partner the edge
    sentence of the bead's merged other side (``[i]`` ``[i+1]:[j, j+1]`` becomes
    ``[i]:[j]`` ``[i+1]:[j+1]``)."""
    moves: list[tuple[Sides, Sides]] = []
    a_full, b_full = bool(a[0] and a[1]), bool(b[0] and b[1])
    if a_full and b_full:
        for side in (0, 1):
            sa, sb = a[side], b[side]
            if sb[0] != sa[-1] + 1:
                continue
            shifted: list[Sides] = []
            if len(sa) >= 2 and len(sb) < MAX_SIDE:
                shifted.append((sa[:-1], (sa[-1], *sb)))
            if len(sb) >= 2 and len(sa) < MAX_SIDE:
                shifted.append(((*sa, sb[0]), sb[1:]))
            for new_a, new_b in shifted:
                moves.append(
                    ((new_a, a[1]), (new_b, b[1])) if side == 0 else ((a[0], new_a), (b[0], new_b))
                )
    elif a_full != b_full:
        lone, bead, lone_first = (b, a, False) if a_full else (a, b, True)
        side = 0 if lone[0] else 1
        (single,) = lone[side]
        own, other = bead[side], bead[1 - side]
        if len(other) >= 2 and single == (own[0] - 1 if lone_first else own[-1] + 1):
            partner = other[0] if lone_first else other[-1]
            rest = other[1:] if lone_first else other[:-1]
            pair: Sides = ((single,), (partner,)) if side == 0 else ((partner,), (single,))
            kept: Sides = (own, rest) if side == 0 else (rest, own)
            moves.append((pair, kept) if lone_first else (kept, pair))
    return moves


_NEAR_STRONGEST = 0.01
"""How far under the bead's strongest link a sentence's own may be and still be a link the
lone sentence must not take ("About 120 residents were evacuated." and "The region has
requested a state of emergency." at 0.934 and 0.930 with the sentence that tells both)."""


def _leaves_its_partner(a: Sides, b: Sides, new_a: Sides, new_b: Sides, real: _RealSides) -> bool:
    """Whether a lone sentence's new partner, taken from the bead beside it, is the bead's
    strongest link and more like the sentences it leaves than like the lone one: the lone
    sentence's worth (a floor) can make the move pay although it parts a translation from
    its original ("negative rates were not ruled out" leaving its German for the franc's
    exchange rate). A weaker part of the bead may still go: it may be a stray."""
    if bool(a[0] and a[1]) == bool(b[0] and b[1]):
        return False
    lone, bead = (a, b) if not (a[0] and a[1]) else (b, a)
    side = 1 if lone[0] else 0  # the partner's side
    # the new bead that holds the lone sentence, on its own side: the sides' ids overlap
    pair = next(x for x in (new_a, new_b) if set(x[1 - side]) & set(lone[1 - side]))
    (partner,) = pair[side]
    left = real.vec(1 - side, bead[1 - side])
    links = {i: float(real.vec(side, (i,)) @ left) for i in bead[side]}
    return links[partner] >= max(links.values()) - _NEAR_STRONGEST and links[partner] > real.cos(pair)


def shift_boundaries(
    path: Path,
    bitext: Bitext,
    *,
    min_gain: float = 0.008,
    screen: float = 0.02,
    lone_worth: float = 0.75,
    quote_weight: float = 0.0,
) -> Path:
    """Move a sentence across the border of two adjacent beads where real encodings say
    it belongs to the other one.

    The DP decides bead borders from summed vectors, which are more central than real
    concatenations and so favour the larger bead; on MAC-Dev most strict errors are a
    sentence on the wrong side of a border (``[i]:[j, j+1] [i+1]:[j+2]`` for
    ``[i]:[j] [i+1]:[j+1, j+2]``). For every pair of adjacent aligned beads, moving the
    edge sentence of a merged side to its neighbour is tried; the move is kept when the
    two beads' cosines (real encodings) add up to ``min_gain`` more than before. A lone sentence next
    to a bead may also take as partner the edge sentence of the bead's merged other side;
    it counts as ``lone_worth`` before (the similarity floor: a pair must beat it), and
    not when that sentence is the bead's strongest link and closer to it than to the lone
    one (``_leaves_its_partner``; dev sets, strict F1: Text+Berg dev 0.863 -> 0.866,
    ParIce 0.890 -> 0.891, MAC-Dev unchanged; MAC-Dev omission recall 0.588 -> 0.598).
    On the dev sets the lone move raised strict F1 on MAC-Dev from 0.781 to 0.790 and on
    ParIce from 0.834 to 0.851, Text+Berg dev unchanged. Moves whose summed
    vectors lose more than ``screen`` are not encoded at all: on the dev sets that halves
    the encodings (MAC-Dev 1,809 → 1,094 texts) and moves strict F1 by −0.002 to +0.004.
    ``min_gain`` 0.005 → 0.008 (dev sets, 2026-11-25; 0.007 to 0.009 is a plateau): ParIce
    0.876 → 0.883, MAC-Dev 0.793 → 0.807, Text+Berg dev unchanged; below it a move is
    mostly the encoder's noise. A move also gains ``quote_weight`` for each border it puts
    where a quotation closes on both sides (``dp.quote_misfit``), and loses as much for each
    it moves away from one.
    """
    src_texts, tgt_texts, src_vecs, tgt_vecs, encoder, allowed = bitext
    beads = list(path)
    singles = (src_vecs, tgt_vecs)
    summed = partial(_summed_cos, singles=singles)
    plans: list[tuple[int, Sides, Sides]] = []  # (bead index k, new bead k, new bead k+1)
    for k in range(len(beads) - 1):
        a: Sides = beads[k][:2]
        b: Sides = beads[k + 1][:2]
        for bead_a, bead_b in _border_moves(a, b):
            if not (_permitted(bead_a, allowed) and _permitted(bead_b, allowed)):
                continue
            # summed vectors screen out moves with no chance, before encoding anything
            guess = summed(bead_a) + summed(bead_b)
            if guess < _pair_value(a, b, summed, lone_worth) - screen:
                continue
            plans.append((k, bead_a, bead_b))
    if not plans:
        return path
    real = _RealSides((src_texts, tgt_texts), singles)
    ends = (quotation_ends(src_texts), quotation_ends(tgt_texts))

    def quote_misfits(pair: tuple[Sides, Sides]) -> int:
        return sum(int(quote_misfit(*ends, s[-1], t[-1], (len(s), len(t)))) for s, t in pair if s and t)

    for k, bead_a, bead_b in plans:
        for s, t in (beads[k][:2], beads[k + 1][:2], bead_a, bead_b):
            if not (s and t):
                continue
            real.want(0, s)
            real.want(1, t)
    real.encode(encoder)
    cos = real.cos

    best: dict[int, tuple[float, Sides, float, Sides, float]] = {}
    for k, bead_a, bead_b in plans:
        # a lone sentence is worth ``lone_worth``: giving it a partner from the bead next
        # to it must earn more than that
        old = _pair_value(beads[k][:2], beads[k + 1][:2], cos, lone_worth)
        cos_a, cos_b = cos(bead_a), cos(bead_b)
        gain = cos_a + cos_b - old
        if quote_weight:
            gain -= quote_weight * (
                quote_misfits((bead_a, bead_b)) - quote_misfits((beads[k][:2], beads[k + 1][:2]))
            )
        if _leaves_its_partner(beads[k][:2], beads[k + 1][:2], bead_a, bead_b, real):
            continue
        if gain > min_gain and (k not in best or gain > best[k][0]):
            best[k] = (gain, bead_a, cos_a, bead_b, cos_b)
    taken: set[int] = set()
    for k in sorted(best, key=lambda key: (-best[key][0], key)):
        if k in taken or k + 1 in taken:
            continue
        _, bead_a, cos_a, bead_b, cos_b = best[k]
        beads[k], beads[k + 1] = (*bead_a, cos_a), (*bead_b, cos_b)
        taken.update((k, k + 1))
    return beads


DOUBLE_MERGE_MARGIN = 0.025
"""How much closer (real encodings) a bead merged on both sides must be than the mean of
its best split into two beads. On the dev sets the right ones (Text+Berg dev 7, MAC-Dev 2)
were 0.029 to 0.085 closer; the wrong ones, mostly two adjacent 1-1 pairs of short
sentences (subtitles) that concatenate well, -0.009 to 0.043. Strict F1 with 0.025
against none: ParIce 0.883 -> 0.890, MAC-Dev 0.807 -> 0.809, Text+Berg dev unchanged
(0.015 to 0.025 a plateau; 0.03 loses one right bead there)."""


def split_double_merges(
    path: Path,
    bitext: Bitext,
    *,
    margin: float = DOUBLE_MERGE_MARGIN,
    floor: float = 0.75,
) -> Path:
    """Split a bead with two or more sentences on both sides into two beads, in order,
    where that costs its cosine less than ``margin``.

    The DP makes no ``2-2`` beads, but absorbing a lone neighbour into a ``1-2`` makes
    one, and concatenations score above their parts (more words, a more central vector):
    two short pairs read as one bead. Every split point of both sides is tried; the best
    one (the sum of its two cosines) wins when both halves clear ``floor`` (the DP's
    similarity floor) and the whole is not ``margin`` closer than their mean. A few
    encodings per such bead; they are rare (5 to 11 per dev set)."""
    src_texts, tgt_texts, src_vecs, tgt_vecs, encoder, allowed = bitext
    merged = [k for k, (s, t, _) in enumerate(path) if len(s) >= 2 and len(t) >= 2]
    if not merged:
        return path
    real = _RealSides((src_texts, tgt_texts), (src_vecs, tgt_vecs))
    for k in merged:
        s, t, _ = path[k]
        for side, ids in ((0, s), (1, t)):
            real.want(side, ids)
            for x in range(1, len(ids)):
                real.want(side, ids[:x])
                real.want(side, ids[x:])
    real.encode(encoder)
    out: Path = []
    for k, (s, t, score) in enumerate(path):
        best: tuple[float, Sides, float, Sides, float] | None = None
        if k in merged:
            for x in range(1, len(s)):
                for y in range(1, len(t)):
                    first, second = (s[:x], t[:y]), (s[x:], t[y:])
                    if not (_permitted(first, allowed) and _permitted(second, allowed)):
                        continue
                    c1, c2 = real.cos(first), real.cos(second)
                    if min(c1, c2) >= floor and (best is None or c1 + c2 > best[0]):
                        best = (c1 + c2, first, c1, second, c2)
        if best is None or real.cos((s, t)) - best[0] / 2 >= margin:
            out.append((s, t, score))
            continue
        _, first, c1, second, c2 = best
        out.extend([(*first, c1), (*second, c2)])
    return out


CROSSED_LENGTH_GAIN = 0.6
"""How much better (sum of ``dp.length_misfit``) two neighbouring 1-1 beads' lengths must
fit when joined for them to be taken for one passage split at different points."""

CROSSED_COS_GAIN = 0.01
"""... and how much closer (real encodings) the joined bead must be than the mean of the
two. Dev sets, two 1-1 beads that are a gold 2-2 joined / two right 1-1 beads joined:
Text+Berg dev 4 / 0, MAC-Dev 4 / 0, ParIce 0 / 1 (each signal alone joins many right
pairs: short sentences concatenate well, and a free translation misfits in length now
and then). Strict F1 without -> with: Text+Berg dev 0.866 -> 0.881, MAC-Dev 0.835 ->
0.837, ParIce 0.891 -> 0.888 (the one join there is defensible: the Icelandic moves half
a sentence into the one before). Joining any two neighbouring beads (up to ``MAX_SIDE``
a side) gained Text+Berg dev 0.004 more, but in compare it joined a 2-1 bead with the
1-1 beside it and hid a WMT22 deletion."""

CROSSED_MIN_Z = 1.0
"""... and each of the two beads must stand this many standard deviations above the
document pair's median similarity: a pair of unrelated sentences that the DP let stand
gains most from any join (on WMT22 with sentences replaced, four such joins hid the
replacements, at z -1.54 to 0.24; the gold 2-2 beads above stand at -0.28 to 4.03, one
of them below 1)."""


def join_crossed_splits(
    path: Path,
    bitext: Bitext,
    *,
    length_gain: float = CROSSED_LENGTH_GAIN,
    cos_gain: float = CROSSED_COS_GAIN,
    min_z: float = CROSSED_MIN_Z,
) -> Path:
    """Join two neighbouring 1-1 beads into one where the accounts split a passage at
    different points ("The sun sets, and it gets cold. | Moving warms us." for "The sun
    sets. | It gets cold, but moving warms us.": a 2-2 bead, which the DP never makes).

    From summed vectors such beads are mostly false merges of two adjacent pairs. Two
    signals together tell the real ones: each bead alone misfits in length while the
    joined one fits (``length_gain``, free), and the real encoding of the joined bead is
    closer than its parts' (``cos_gain``; a few encodings per candidate, and few pass the
    length test). Both beads must be sure pairs (``min_z``). Overlapping candidates: the
    largest cosine gain wins."""
    src_texts, tgt_texts, src_vecs, tgt_vecs, encoder, allowed = bitext
    misfit = _length_misfits(src_texts, tgt_texts)
    sim = src_vecs @ tgt_vecs.T
    median, std = pair_statistics(sim)
    sure = median + min_z * std

    plans: list[tuple[int, Sides]] = []  # (first bead's index, the joined bead)
    for k in range(len(path) - 1):
        (s1, t1, _), (s2, t2, _) = path[k], path[k + 1]
        if not (len(s1) == len(t1) == len(s2) == len(t2) == 1):
            continue
        if s2[0] != s1[0] + 1 or t2[0] != t1[0] + 1:
            continue
        if min(sim[s1[0], t1[0]], sim[s2[0], t2[0]]) < sure:
            continue
        joined: Sides = ((s1[0], s2[0]), (t1[0], t2[0]))
        if not _permitted(joined, allowed):
            continue
        if misfit((s1, t1)) + misfit((s2, t2)) - misfit(joined) > length_gain:
            plans.append((k, joined))
    if not plans:
        return path
    real = _RealSides((src_texts, tgt_texts), (src_vecs, tgt_vecs))
    for _, (s, t) in plans:
        real.want(0, s)
        real.want(1, t)
    real.encode(encoder)
    gains: list[tuple[float, int, Sides, float]] = []  # (-gain, first bead's index, joined, its cosine)
    for k, joined in plans:
        new = real.cos(joined)
        (i, i_next), (j, j_next) = joined
        gain = new - float(sim[i, j] + sim[i_next, j_next]) / 2
        if gain > cos_gain:
            gains.append((-gain, k, joined, new))
    beads = list(path)
    taken: set[int] = set()
    for _, k, joined, new in sorted(gains):
        if {k, k + 1} & taken:
            continue
        beads[k], beads[k + 1] = (*joined, new), ((), (), 0.0)
        taken.update((k, k + 1))
    return [bead for bead in beads if bead[0] or bead[1]]


def join_continuations(path: Path, bitext: Bitext) -> Path:
    """A lone sentence that ends with a comma is the first part of the sentence after it
    (subtitles break lines so: "Bíddu," / "hvað er Rakel að gera hér?" for "What is Rakel
    doing here?"), so it joins that sentence's bead, whatever the encoder makes of three
    words. Strict F1: ParIce 0.888 -> 0.894, the rest unchanged (news sentences end with
    stops; omission unchanged). A line that opens in lower case joining the bead before it
    gained Text+Berg 0.002 to 0.004 but cost ParIce 0.002: a subtitle line in lower case
    runs on from the one before in one language and not always in the other."""
    src_texts, tgt_texts, src_vecs, tgt_vecs, encoder, allowed = bitext
    texts = (src_texts, tgt_texts)
    beads: Path = list(path)
    grown: list[tuple[int, int, tuple[int, ...]]] = []  # (bead index, side, its side grown)
    for k in range(len(beads) - 1):
        s, t, _ = beads[k]
        ns, nt, _ = beads[k + 1]
        if bool(s) == bool(t) or not (ns and nt):
            continue
        side = 0 if s else 1
        (lone,) = s or t
        ids = ns if side == 0 else nt
        if not texts[side][lone].rstrip().endswith(",") or ids[0] != lone + 1 or len(ids) >= MAX_SIDE:
            continue
        others = nt if side == 0 else ns
        if not _permitted(((lone,), others) if side == 0 else (others, (lone,)), allowed):
            continue
        grown.append((k + 1, side, (lone, *ids)))
    if not grown:
        return path
    real = _RealSides(texts, (src_vecs, tgt_vecs))
    for k, side, ids in grown:
        ns, nt, _ = beads[k]
        real.want(side, ids)
        real.want(1 - side, nt if side == 0 else ns)
    real.encode(encoder)
    for k, side, ids in grown:
        ns, nt, _ = beads[k]
        bead: Sides = (ids, nt) if side == 0 else (ns, ids)
        beads[k] = (*bead, real.cos(bead))
        beads[k - 1] = ((), (), 0.0)
    return [bead for bead in beads if bead[0] or bead[1]]
