"""Aligner cost without encoding: 1,000 × 1,000 sentences, and how time grows with size.

    python benchmarks/align_speed.py

Vectors are synthetic (a shuffled-free parallel text with noise, 10% of one side deleted),
so only the aligner is timed: the DP, the moved-passage pass, no re-encoding. Prints the
best of three runs per size and the ratio of each size's time to the previous one.
"""

from __future__ import annotations

import time

import numpy as np

from storydiff.align import align_vectors


def pair(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    src = rng.normal(size=(n, 384)).astype(np.float32)
    src /= np.linalg.norm(src, axis=1, keepdims=True)
    keep = np.sort(rng.choice(n, int(n * 0.9), replace=False))
    tgt = src[keep] + 0.6 * rng.normal(size=(len(keep), 384)).astype(np.float32) / np.sqrt(384) * 10
    tgt /= np.linalg.norm(tgt, axis=1, keepdims=True)
    return src, tgt


def main() -> int:
    previous = None
    print(f"{'sentences':>10} {'best of 3 (s)':>14} {'× previous':>11}")
    for n in (250, 500, 1000, 2000, 4000):
        src, tgt = pair(n)
        best = min(_timed(src, tgt) for _ in range(3))
        ratio = f"{best / previous:.2f}" if previous else ""
        print(f"{n:>10} {best:>14.3f} {ratio:>11}", flush=True)
        previous = best
    return 0


def _timed(src: np.ndarray, tgt: np.ndarray) -> float:
    started = time.perf_counter()
    align_vectors(src, tgt)
    return time.perf_counter() - started


if __name__ == "__main__":
    raise SystemExit(main())
