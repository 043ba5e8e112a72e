"""Sentence alignment: which sentences of one account tell what which sentences of another do.

Public API::

    align_texts(src, tgt, *, encoder) -> list[Bead]
    align_vectors(src_vecs, tgt_vecs, *, allowed=None) -> list[Bead]

Passes (``dp.py``, ``moved.py``, ``refine.py``, ``anchors.py``):

1. a monotonic DP over beads (1-1, 1-2, 2-1, 1-3, 3-1, and skips) scored by the margin
   of each bead's similarity over its sentences' neighbourhoods, every sentence encoded once,
   with two priors from the texts: the sides' lengths, and where a quotation closes;
2. a second look at what the DP left unaligned on both sides, pairing mutual best matches,
   so a paragraph moved elsewhere in the other account is still found (news accounts
   reorder), while content with no counterpart stays unaligned;
3. when the texts are at hand, real encodings of concatenations settle what summed
   vectors cannot, for the few beads in question (``refine.py``): a lone sentence next
   to a bead may join it; a sentence on the border of two beads may move to the other;
   a bead merged on both sides may be two beads, and two beads whose lengths fit only
   together may be one (a passage split at different points); a lone line ending with a
   comma joins the bead of the line it runs into; and, for the compare stage
   (``DPParams.min_part_support``), a merged sentence that does not earn its place is
   split off, so an omission is not hidden in a neighbour's bead;
4. beads that no unmistakable pair (an anchor) vouches for become skips, so unrelated
   text stays unaligned (``anchors.py``).

The beads cover every sentence of both sides exactly once, in source order (a bead with
an empty source side sits where its target sentence falls). Deterministic: no randomness,
ties broken by position.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from .anchors import Anchors, reachable_z
from .dp import DEFAULT_PARAMS, DPParams, Neighbourhoods, align_monotonic, quotation_ends
from .moved import pair_moved
from .refine import (
    Bitext,
    absorb_lone_neighbours,
    join_continuations,
    join_crossed_splits,
    shift_boundaries,
    split_double_merges,
    split_unsupported_parts,
)

if TYPE_CHECKING:
    from ..encode import Encoder


@dataclass(frozen=True)
class Bead:
    """Source and target sentence ids told together; ``score`` is their cosine (0 if one side is empty)."""

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float

    def __str__(self) -> str:
        return f"[{', '.join(map(str, self.src))}]:[{', '.join(map(str, self.tgt))}]"


def align_vectors(
    src_vecs: np.ndarray,
    tgt_vecs: np.ndarray,
    *,
    allowed: np.ndarray | None = None,
    params: DPParams = DEFAULT_PARAMS,
    src_texts: Sequence[str] | None = None,
    tgt_texts: Sequence[str] | None = None,
    encoder: Encoder | None = None,
) -> list[Bead]:
    """Align two sequences of unit vectors. ``allowed[i, j] = False`` forbids pairing i with j.

    With the texts and their encoder, a third pass re-encodes real concatenations to decide
    whether a lone sentence belongs to its neighbour's bead (see ``refine.py``).
    """
    src = np.asarray(src_vecs, dtype=np.float32)
    tgt = np.asarray(tgt_vecs, dtype=np.float32)
    if len(src) == 0 or len(tgt) == 0:
        return [Bead((i,), (), 0.0) for i in range(len(src))] + [Bead((), (j,), 0.0) for j in range(len(tgt))]
    if allowed is not None:
        allowed = np.asarray(allowed, dtype=bool)
        if allowed.shape != (len(src), len(tgt)):
            raise ValueError(f"allowed has shape {allowed.shape}, expected {(len(src), len(tgt))}")
    sim = (src @ tgt.T).astype(np.float32)
    # the anchors' and the moved pass's bar, within what the pair's few similarities allow
    params = replace(params, anchor_z=reachable_z(params.anchor_z, sim.size))
    lengths = quote_ends = None
    if src_texts is not None and tgt_texts is not None:
        lengths = (
            np.array([len(t) for t in src_texts], dtype=np.float64),
            np.array([len(t) for t in tgt_texts], dtype=np.float64),
        )
        quote_ends = (quotation_ends(src_texts), quotation_ends(tgt_texts))
    near = Neighbourhoods.of(sim, params)
    anchors = Anchors(
        sim, anchor_z=params.anchor_z, anchor_margin=params.anchor_margin,
        knn=params.knn, reach=params.anchor_reach, min_anchors=params.min_anchors,
        lone_similarity=params.lone_similarity, baselines=(near.rows, near.cols),
    )

    path = align_monotonic(
        src, tgt, allowed=allowed, params=params, sim=sim, lengths=lengths, near=near,
        quote_ends=quote_ends,
    )
    # unvouched beads go first, so the moved-passage pass can pair what they held
    path = pair_moved(anchors.keep(path), sim, allowed=allowed, params=params)
    if encoder is not None and src_texts is not None and tgt_texts is not None:
        bitext = Bitext(src_texts, tgt_texts, src, tgt, encoder, allowed)
        path = absorb_lone_neighbours(
            path, bitext, min_similarity=params.min_similarity, min_part_similarity=params.part_similarity,
            min_support=params.min_part_support,
        )
        path = shift_boundaries(path, bitext, lone_worth=params.min_similarity, quote_weight=params.quote_weight)
        path = split_double_merges(path, bitext, floor=params.min_similarity)
        path = join_crossed_splits(path, bitext)
        path = join_continuations(path, bitext)
        if params.min_part_support is not None:
            path = split_unsupported_parts(
                path, bitext, min_support=params.min_part_support, length_weight=params.part_length_weight
            )
            # a sentence split off a merge may be a passage the other account moved: the
            # DP had folded it into its neighbour's bead, out of the first moved pass's sight
            path = pair_moved(path, sim, allowed=allowed, params=params)

    path = anchors.keep(path)
    return [Bead(s, t, round(score, 6)) for s, t, score in path]


def align_texts(
    src: Sequence[str], tgt: Sequence[str], *, encoder: Encoder, params: DPParams = DEFAULT_PARAMS
) -> list[Bead]:
    """Encode both sides (each sentence once) and align them."""
    vecs = encoder.encode(list(src) + list(tgt))
    return align_vectors(
        vecs[: len(src)], vecs[len(src) :], src_texts=src, tgt_texts=tgt, encoder=encoder, params=params
    )


__all__ = ["DEFAULT_PARAMS", "Bead", "DPParams", "align_texts", "align_vectors"]
