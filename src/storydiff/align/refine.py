"""Third pass: decide, with real encodings, whether a lone sentence belongs to its neighbour's bead.

The DP scores merged beads with summed sentence vectors, which is free but blind to what a
concatenation means as a whole: when one account packs two statements into one sentence
("China is firm in X, Xi said, adding that Y") and the other tells them apart ("X." "Y."),
the sum of the two short vectors barely beats the better single one, and the DP leaves one
of them unaligned — which the compare stage would then report as content only one account
has. Here every sentence that the first passes left alone, and that sits right next to an
aligned bead on its own side, is tried inside that bead: the bead's sides are encoded as
real concatenations, with and without it, and it joins when the cosine rises by at least
``min_gain`` and the sentence on its own is at least ``min_part_similarity`` close to the
other side (so the neighbour of a sentence the other account left out is not swallowed). Cost: two or three encodings per lone sentence next to a bead, nothing for
the rest (typically a few percent of the sentences), so the run stays close to one encoding
per sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from ..encode import Encoder

Path = list[tuple[tuple[int, ...], tuple[int, ...], float]]

MAX_SIDE = 4
"""Largest number of sentences one side of a bead may hold after merging."""


def _joiner(texts: Sequence[str]) -> str:
    sample = "".join(texts[:20])
    cjk = sum(1 for ch in sample if "\u3040" <= ch <= "\u9fff")
    return "" if cjk > 0.3 * max(len(sample), 1) else " "


def absorb_lone_neighbours(
    path: Path,
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    *,
    encoder: Encoder,
    allowed: np.ndarray | None = None,
    min_similarity: float = 0.0,
    min_part_similarity: float = 0.0,
    min_gain: float = 0.003,
) -> Path:
    """Merge lone sentences into an adjacent bead where real encodings say they belong."""
    join_src, join_tgt = _joiner(src_texts), _joiner(tgt_texts)
    beads: Path = list(path)
    candidates: list[tuple[int, int, int]] = []  # (lone bead index, neighbour bead index, side)
    for k, (s, t, _) in enumerate(beads):
        if bool(s) == bool(t):
            continue
        side = 0 if s else 1
        lone = (s or t)[0]
        for nb in (k - 1, k + 1):
            if not 0 <= nb < len(beads):
                continue
            ns, nt, _ = beads[nb]
            if not ns or not nt:
                continue
            ids = ns if side == 0 else nt
            if len(ids) >= MAX_SIDE or lone not in (ids[0] - 1, ids[-1] + 1):
                continue
            others = nt if side == 0 else ns
            if allowed is not None and not all(
                allowed[lone, j] if side == 0 else allowed[j, lone] for j in others
            ):
                continue
            candidates.append((k, nb, side))
    if not candidates:
        return path

    def text(ids: Sequence[int], side: int) -> str:
        texts, joiner = (src_texts, join_src) if side == 0 else (tgt_texts, join_tgt)
        return joiner.join(texts[i] for i in ids)

    wanted: list[str] = []
    plans = []
    for k, nb, side in candidates:
        ns, nt, _ = beads[nb]
        lone = (beads[k][0] or beads[k][1])[0]
        grown = tuple(sorted((ns if side == 0 else nt) + (lone,)))
        same = text(nt if side == 0 else ns, 1 - side)
        plans.append((k, nb, side, grown))
        wanted += [text(ns, 0), text(nt, 1), text(grown, side), same, text((lone,), side)]
    vecs = encoder.encode(wanted)
    best: dict[int, tuple[float, int, int, tuple[int, ...], float]] = {}
    for p, (k, nb, side, grown) in enumerate(plans):
        v_src, v_tgt, v_grown, v_other, v_lone = vecs[5 * p : 5 * p + 5]
        old = float(v_src @ v_tgt)
        new = float(v_grown @ v_other)
        own = float(v_lone @ v_other)  # the lone sentence must itself be close to the other side
        if (
            new >= max(old + min_gain, min_similarity)
            and own >= min_part_similarity
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
