"""Second pass: pair what the monotonic DP left unaligned, wherever it sits.

A passage that one account moves (the quote that opens one story and closes another)
breaks monotonicity, so the DP leaves both copies unaligned. Among the unaligned source
and target sentences we pair **mutual best matches** whose margin clears the DP's
threshold by ``extra_margin``, whose similarity clears the same floor, and which stand
alone (``anchors.stands_alone``) or clear their neighbourhoods by ``LONE_MARGIN``: outside
the path no neighbours vouch for a pair. Before that, a lone sentence may take the partner
of a weak 1-1 pair of the path (``_preempt``). The
rest of a moved passage then follows its pair: the sentences right before and after it,
on both sides, pair when they are each other's best among what is left and clear the DP's
bar.
(Without that last condition, OCR debris and captions paired up on Text+Berg dev.) Cost: one
sub-matrix of the similarities already computed. Rejected: a full non-monotonic assignment
(Hungarian) over all sentences, which happily pairs unrelated leftovers.
"""

from __future__ import annotations

import numpy as np

from .anchors import LONE_MARGIN, mutual_best, stands_alone
from .dp import DPParams, _top_mean, pair_statistics, similarity_floor

Path = list[tuple[tuple[int, ...], tuple[int, ...], float]]


PREEMPT_GAIN = 0.05
"""How much more alike than its partner in the path a lone sentence must be to take it."""


def _preempt(path: Path, sim: np.ndarray, *, allowed: np.ndarray | None, params: DPParams) -> Path:
    """A lone sentence takes the partner of a 1-1 pair of the path when the two are each
    other's best match anywhere, stand alone, and are far more alike than that pair: the
    monotonic path, blocked by a moved sentence, may have paired its partner with a
    neighbour ("No one was injured" left alone while "Nadie resultó herido" sat with "It
    was the second derailment", 0.925 against 0.837); the neighbour is then left alone."""
    median, std = pair_statistics(sim)
    floor = similarity_floor(sim, params)
    changes: dict[int, Path] = {}  # bead index -> what replaces it
    for side in (0, 1):
        lone = {
            (s or t)[0]: k
            for k, (s, t, _) in enumerate(path)
            if (s if side == 0 else t) and not (t if side == 0 else s) and k not in changes
        }
        for k, (s, t, score) in enumerate(path):
            if k in changes or len(s) != 1 or len(t) != 1 or not lone:
                continue
            partner = t[0] if side == 0 else s[0]
            column = sim[:, partner] if side == 0 else sim[partner, :]
            candidates = [x for x in lone if column[x] >= max(score + PREEMPT_GAIN, floor)]
            if not candidates:
                continue
            best = max(candidates, key=lambda x: (float(column[x]), -x))
            i, j = (best, partner) if side == 0 else (partner, best)
            if allowed is not None and not allowed[i, j]:
                continue
            baseline = 0.5 * (_top_mean(sim[[i]], params.knn)[0] + _top_mean(sim[:, [j]].T, params.knn)[0])
            stands = stands_alone(
                np.array([sim[i, j]]), np.array([sim[i, j] - baseline]),
                mutual_best(sim, np.array([i]), np.array([j])),
                median=median, std=std, anchor_z=params.anchor_z, lone_similarity=params.lone_similarity,
            )
            if not stands[0]:
                continue
            pair = ((i,), (j,), float(sim[i, j]))
            if side == 0:  # the lone source sentence takes the pair's target
                changes[lone.pop(best)], changes[k] = [pair], [(s, (), 0.0)]
            else:  # the lone target sentence takes the pair's source; its old target stays here
                changes[lone.pop(best)], changes[k] = [], [pair, ((), t, 0.0)]
    return [bead for k, old in enumerate(path) for bead in changes.get(k, [old])]


def _release_misplaced(
    path: Path, sim: np.ndarray, *, allowed: np.ndarray | None, params: DPParams, extra_margin: float
) -> Path:
    """Two sentences that are each other's best match anywhere, stand alone, clear the
    moved-passage pass's bar and are far more alike (PREEMPT_GAIN) than each is to its own
    bead, leave their beads, for that pass to pair them (and the rest of their passage). In
    long accounts that move paragraphs, the monotonic path fills the gap a moved passage
    leaves with whatever sits there: three sentences of a minister's quote merged with a
    freight-traffic figure (0.86), each 0.92–0.95 alike to its own translation, told
    earlier in the other account, which stayed alone. What a bead keeps of one side alone
    is left alone too, for the same pass."""
    bead_of: dict[tuple[int, int], int] = {}
    for k, (s, t, _) in enumerate(path):
        bead_of.update({(0, i): k for i in s})
        bead_of.update({(1, j): k for j in t})

    def fit(side: int, x: int) -> float:
        """How alike a sentence is to the best of its bead's other side (-1 alone)."""
        s, t, _ = path[bead_of[(side, x)]]
        other = t if side == 0 else s
        if not other:
            return -1.0
        return float(max(sim[x, y] if side == 0 else sim[y, x] for y in other))

    rows, cols = np.arange(sim.shape[0]), sim.argmax(axis=1)
    best = mutual_best(sim, rows, cols)
    median, std = pair_statistics(sim)
    floor = similarity_floor(sim, params)
    moves: list[tuple[int, int]] = []
    for i, j in zip(rows[best], cols[best], strict=True):
        i, j = int(i), int(j)
        if bead_of[(0, i)] == bead_of[(1, j)] or sim[i, j] < floor or (allowed is not None and not allowed[i, j]):
            continue
        if sim[i, j] < max(fit(0, i), fit(1, j)) + PREEMPT_GAIN:
            continue
        baseline = 0.5 * (_top_mean(sim[[i]], params.knn)[0] + _top_mean(sim[:, [j]].T, params.knn)[0])
        margin = sim[i, j] - baseline
        stands = stands_alone(
            np.array([sim[i, j]]), np.array([margin]), np.array([True]),
            median=median, std=std, anchor_z=params.anchor_z, lone_similarity=params.lone_similarity,
        )
        if stands[0] and margin > params.threshold + extra_margin:
            moves.append((i, j))
    if not moves:
        return path
    moved_src = {i for i, _ in moves}
    moved_tgt = {j for _, j in moves}
    out: Path = []
    for s, t, score in path:
        keep_s = tuple(i for i in s if i not in moved_src)
        keep_t = tuple(j for j in t if j not in moved_tgt)
        if keep_s == s and keep_t == t:
            out.append((s, t, score))
            continue
        out.extend(((i,), (), 0.0) for i in s if i in moved_src)
        if keep_s and keep_t:
            out.append((keep_s, keep_t, float(sim[np.ix_(keep_s, keep_t)].max())))
        else:  # what the bead keeps of one side alone, sentence by sentence
            out.extend(((i,), (), 0.0) for i in keep_s)
            out.extend(((), (j,), 0.0) for j in keep_t)
        out.extend(((), (j,), 0.0) for j in t if j in moved_tgt)
    return out


def pair_moved(
    path: Path,
    sim: np.ndarray,
    *,
    allowed: np.ndarray | None,
    params: DPParams,
    extra_margin: float = 0.02,
) -> Path:
    path = _preempt(path, sim, allowed=allowed, params=params)
    path = _release_misplaced(path, sim, allowed=allowed, params=params, extra_margin=extra_margin)
    lone_src = [s[0] for s, t, _ in path if s and not t]
    lone_tgt = [t[0] for s, t, _ in path if t and not s]
    if not lone_src or not lone_tgt:
        return path
    # baselines of the lone sentences only: O(lone · length), not O(n · m)
    r_lone, c_lone = _top_mean(sim[lone_src], params.knn), _top_mean(sim[:, lone_tgt].T, params.knn)
    floor = similarity_floor(sim, params)
    sub = sim[np.ix_(lone_src, lone_tgt)]
    margin = sub - 0.5 * (r_lone[:, None] + c_lone[None, :])
    median, std = pair_statistics(sim)
    best = mutual_best(sim, np.array(lone_src)[:, None], np.array(lone_tgt)[None, :])
    alone = stands_alone(
        sub, margin, best, median=median, std=std,
        anchor_z=params.anchor_z, lone_similarity=params.lone_similarity,
    )
    # clears the DP's own bar; a pair also stands alone, or the rest of a moved passage
    # has a pair beside it to vouch for it (below)
    fair = (margin > params.threshold + extra_margin) & (sub >= floor)
    if allowed is not None:
        fair &= allowed[np.ix_(lone_src, lone_tgt)]
    # or, as mutual best matches, clear their neighbourhoods by the margin a pair needs to
    # stand alone: "Emergency crews built earth barriers…" / "Brigadas de emergencia
    # levantaron barreras…" (0.903), one paragraph later in the Spanish account
    good = fair & (alone | (best & (margin >= LONE_MARGIN)))
    masked = np.where(good, margin, -np.inf)
    pairs: dict[int, tuple[int, float]] = {}
    taken_tgt: set[int] = set()
    for a in range(len(lone_src)):
        b = int(np.argmax(masked[a]))
        if np.isfinite(masked[a, b]) and int(np.argmax(masked[:, b])) == a:
            pairs[lone_src[a]] = (lone_tgt[b], float(sub[a, b]))
            taken_tgt.add(lone_tgt[b])
    # the rest of a moved passage: the sentences right before and after a moved pair, on
    # both sides, pair when they are each other's best among what is left and clear the
    # DP's own bar (the pair beside them vouches for them, as neighbours do in the path)
    index_src = {i: a for a, i in enumerate(lone_src)}
    index_tgt = {j: b for b, j in enumerate(lone_tgt)}
    grown = True
    while grown:
        grown = False
        for i, (j, _) in sorted(pairs.items()):
            for step in (-1, 1):
                row, col = index_src.get(i + step), index_tgt.get(j + step)
                if row is None or col is None or i + step in pairs or j + step in taken_tgt or not fair[row, col]:
                    continue
                free_src = [x for x, k in enumerate(lone_src) if k not in pairs]
                free_tgt = [y for y, k in enumerate(lone_tgt) if k not in taken_tgt]
                if sub[row, free_tgt].max() > sub[row, col] or sub[free_src, col].max() > sub[row, col]:
                    continue
                pairs[i + step] = (j + step, float(sub[row, col]))
                taken_tgt.add(j + step)
                grown = True
    if not pairs:
        return path
    out: Path = []
    for s, t, score in path:
        if s and not t and s[0] in pairs:
            j, cos = pairs[s[0]]
            out.append((s, (j,), cos))
        elif t and not s and t[0] in taken_tgt:
            continue
        else:
            out.append((s, t, score))
    return out
