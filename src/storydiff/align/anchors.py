"""Keep only beads that a confident anchor vouches for: unrelated text stays unaligned.

A monotonic DP over two unrelated articles still finds a path through the best of the
noise. One pair's similarity cannot tell noise from a weak translation: the best match
of a sentence in an unrelated WMT22 story sits 1.5 standard deviations above the pair's
median (90th percentile 2.3), a true translation 2.7 (10th percentile 1.7). What tells
them apart is company: true pairs come with some that are unmistakable. An *anchor* is
an aligned bead whose strongest link is ``anchor_z`` deviations above the document
pair's median, or has ``anchor_margin`` over its neighbourhoods (the best of unrelated
sentences: 95th percentile 0.024 cross-lingual, 0.030 in one language). A document pair
with fewer than ``min_anchors`` (2) anchors shares only the pairs that stand alone: both
tests passed, the margin at ``LONE_MARGIN``, or mutual best matches at least
``lone_similarity`` alike (by default all but identical: a quote both give word for
word), unless there are that many of them, which then vouch as anchors do (for beads
within ``VOUCHED_BELOW`` of ``lone_similarity``). Otherwise a bead more than ``reach``
aligned beads (in path order) from every anchor becomes skips. Bertalign's first step
(confident 1-1 anchors, then the rest between them) rests on the same observation.

Where every sentence resembles every other (a court story told in English and Chinese:
the judge, the lawyer and the court all speak of the defendant's rights) no link stands
out enough to be an anchor, and only the three pairs that stood alone were kept: the
verdict itself and six more pairs of the story were reported missing from each account.
With the pairs that stand alone vouching, they are paired; unrelated stories still share
nothing, a short Chinese account of three sentences has 0.90 of them paired with their
originals (0.82 before; ``benchmarks/unrelated.py``), and alignment F1 is unchanged.

A short account has too few sentences for either test: among three similarities no
pair lies 3 deviations above the median. Compare therefore sets ``lone_similarity`` to
its cosine for the same meaning; a Chinese account of 1 to 3 sentences then has 71-90 %
of them paired with their English originals (none before: 0-29 %), and none with
another story's (``benchmarks/unrelated.py``).

Measured (``benchmarks/unrelated.py``, English WMT22 stories against the next story):
the fraction of sentences aligned fell from 0.93 (en-zh) and 0.95 (en-en) at the bitext
floors to 0. A five-sentence brief that shares one translated sentence with a story
gets it paired in 26 of 30 cases, and none of its 120 unrelated sentences. No loss of
strict F1 on the dev sets (ParIce, MAC-Dev, Text+Berg dev) at reach 15; reach 8 cost
0.014 on ParIce and 0.03 on MAC-Dev.
"""

from __future__ import annotations

import numpy as np

from .dp import SURE_MATCH, _top_mean, pair_statistics

Path = list[tuple[tuple[int, ...], tuple[int, ...], float]]

VOUCHED_BELOW = 0.06
"""How far under ``lone_similarity`` a bead's strongest link may lie for pairs that stand
alone to vouch for it (the floor compare calls unrelated below a rewording, without the
shift for the pair of languages): the aligner's path runs through every slot, and two
accounts' own statements side by side ("The player will wear number 8" / "Brescello
finished fourth last season", 0.81 in Italian and English) are no pair of one story."""
LONE_MARGIN = 0.045
"""Margin a pair needs to stand with no other anchor (and ``anchor_z`` as well): above
every chance anchor seen between unrelated WMT22 stories (at most 0.042), below 28 of 30
single translated sentences planted in an unrelated brief (``benchmarks/unrelated.py``)."""


def reachable_z(anchor_z: float, cells: int) -> float:
    """The deviations above the median a pair must reach, within what so few similarities
    allow: one of n values lies at most (n-1)/√n deviations above their mean, 2.67 among
    the 9 of a three-sentence brief against three, which then never met ``anchor_z`` (3),
    and whose pairs could stand alone by their cosine only (a faithful Portuguese brief
    had all six sentences unique). Four fifths of that bound, where it is lower."""
    return min(anchor_z, 0.8 * (cells - 1) / np.sqrt(cells)) if cells > 1 else anchor_z


def unmistakable(
    similarity: np.ndarray,
    margin: np.ndarray,
    *,
    median: float,
    std: float,
    anchor_z: float,
    anchor_margin: float,
) -> np.ndarray:
    """Where a pair stands on its own: far above the document pair's median similarity, or
    well above its sentences' neighbourhoods."""
    return ((similarity - median) / max(std, 1e-6) >= anchor_z) | (margin >= anchor_margin)


def stands_alone(
    similarity: np.ndarray,
    margin: np.ndarray,
    mutual_best: np.ndarray,
    *,
    median: float,
    std: float,
    anchor_z: float,
    lone_similarity: float = SURE_MATCH,
) -> np.ndarray:
    """Where a pair is unmistakable twice over (both tests, the margin at LONE_MARGIN), or
    is a pair of mutual best matches at least ``lone_similarity`` alike: what may be
    paired with no other anchor around to vouch for it. By default that is near-identical
    sentences (a quote both give word for word)."""
    z = (similarity - median) / max(std, 1e-6)
    return ((z >= anchor_z) & (margin >= LONE_MARGIN)) | (
        (similarity >= lone_similarity) & mutual_best
    )


def mutual_best(sim: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Whether each link (``rows``, ``cols``: index arrays that broadcast) is the best of
    its row and of its column."""
    value = sim[rows, cols]
    return (value >= sim.max(axis=1)[rows]) & (value >= sim.max(axis=0)[cols])


class Anchors:
    """Judges beads by the document pair's statistics, computed once however many paths
    are judged (the aligner asks before and after its later passes)."""

    def __init__(
        self,
        sim: np.ndarray,
        *,
        anchor_z: float,
        anchor_margin: float,
        knn: int,
        reach: int,
        min_anchors: int = 2,
        lone_similarity: float = SURE_MATCH,
        baselines: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> None:
        self.sim, self.anchor_z, self.anchor_margin = sim, anchor_z, anchor_margin
        self.reach, self.min_anchors, self.lone_similarity = reach, min_anchors, lone_similarity
        self.median, self.std = pair_statistics(sim)
        # each row's and column's mean of its knn best similarities (the DP's, when given)
        self.rows, self.cols = baselines or (_top_mean(sim, knn), _top_mean(sim.T, knn))

    def keep(self, path: Path) -> Path:
        """The path with the beads no anchor vouches for turned into skips (see above)."""
        sim, median, std = self.sim, self.median, self.std
        aligned = [k for k, (s, t, _) in enumerate(path) if s and t]
        if not aligned:  # one pair, or all alike (std 0): the tests below find no anchor
            return path
        links = [
            max((sim[i, j], i, j) for i in path[k][0] for j in path[k][1]) for k in aligned
        ]
        strongest = np.array([value for value, _, _ in links])
        margin = np.array([value - 0.5 * (self.rows[i] + self.cols[j]) for value, i, j in links])
        anchor = unmistakable(
            strongest, margin, median=median, std=std,
            anchor_z=self.anchor_z, anchor_margin=self.anchor_margin,
        )
        # distance (in aligned beads) to the nearest anchor on either side
        positions = np.flatnonzero(anchor)
        if len(positions) < self.min_anchors:
            # too few anchors to vouch for anyone: only pairs that stand alone remain
            best = mutual_best(sim, np.array([i for _, i, _ in links]), np.array([j for _, _, j in links]))
            alone = stands_alone(
                strongest, margin, best, median=median, std=std,
                anchor_z=self.anchor_z, lone_similarity=self.lone_similarity,
            )
            if (anchor | alone).sum() < self.min_anchors:
                dropped = {k for k, keep in zip(aligned, alone, strict=True) if not keep}
                return _without(path, dropped)
            # enough pairs stand alone to show the accounts tell one story: they vouch
            # for their neighbours as anchors do, but only for those nearly as alike
            positions = np.flatnonzero(anchor | alone)
            weak = {
                k
                for k, value, keep in zip(aligned, strongest, anchor | alone, strict=True)
                if not keep and value < self.lone_similarity - VOUCHED_BELOW
            }
            return _without(path, weak | self._out_of_reach(aligned, positions))
        return _without(path, self._out_of_reach(aligned, positions))

    def _out_of_reach(self, aligned: list[int], positions: np.ndarray) -> set[int]:
        """The beads (indices into the path; ``aligned``: those with both sides) more than
        ``reach`` aligned beads from every anchor (``positions`` among ``aligned``)."""
        idx = np.arange(len(aligned))
        after = np.clip(np.searchsorted(positions, idx), 0, len(positions) - 1)
        before = np.clip(after - 1, 0, len(positions) - 1)
        nearest = np.minimum(np.abs(positions[after] - idx), np.abs(positions[before] - idx))
        return {k for k, near in zip(aligned, nearest, strict=True) if near > self.reach}


def _without(path: Path, dropped: set[int]) -> Path:
    """The path with the beads at ``dropped`` turned into skips."""
    return [
        bead
        for k, (s, t, score) in enumerate(path)
        for bead in (_unpair(s, t, score) if k in dropped else [(s, t, score)])
    ]


def _unpair(s: tuple[int, ...], t: tuple[int, ...], score: float) -> Path:
    if not (s and t):
        return [(s, t, score)]
    return [((i,), (), 0.0) for i in s] + [((), (j,), 0.0) for j in t]
