"""Sentence segmentation benchmark: boundary precision/recall and speed on gold sentences.

    python benchmarks/segment.py

The evaluation sets hold one gold sentence per line (Text+Berg de/fr, MAC zh/en, ParIce
en/is). Each document's sentences are joined into running text (with a space, or nothing
for Chinese) and split again; a predicted boundary is right when it falls exactly where one
gold sentence ends and the next begins. Lines that are not sentences (OCR debris in
Text+Berg) make perfect scores impossible; the figures compare languages and regressions.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from align import EVALDATA, load_set
from storydiff.segment import split_sentences


def boundaries(sentences: list[str], joiner: str) -> tuple[str, set[int]]:
    text, gold, offset = "", set(), 0
    for i, sentence in enumerate(sentences):
        if i:
            text += joiner
            offset += len(joiner)
            gold.add(offset)
        text += sentence
        offset += len(sentence)
    return text, gold


def evaluate(name: str, side: int, lang: str, paragraph: int = 5) -> None:
    """Paragraphs of ``paragraph`` gold sentences are joined and split again."""
    joiner = "" if lang == "zh" else " "
    tp = fp = fn = chars = 0
    elapsed = 0.0
    for doc in load_set(name):
        sentences = [s.strip() for s in doc[side] if s.strip()]
        for at in range(0, len(sentences), paragraph):
            text, gold = boundaries(sentences[at : at + paragraph], joiner)
            started = time.perf_counter()
            predicted = {start for start, _ in split_sentences(text, lang)[1:]}
            elapsed += time.perf_counter() - started
            tp += len(predicted & gold)
            fp += len(predicted - gold)
            fn += len(gold - predicted)
            chars += len(text)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * p * r / max(p + r, 1e-9)
    print(f"{name:12} {lang:3} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   {chars / max(elapsed, 1e-9) / 1e3:.0f} k chars/s")


def main() -> int:
    if not EVALDATA.is_dir():
        print(f"evaluation data not found at {EVALDATA}", file=sys.stderr)
        return 1
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    for name, side, lang in [("textberg", 1, "de"), ("textberg", 2, "fr"), ("mac", 1, "zh"),
                             ("mac", 2, "en"), ("parice", 1, "en"), ("parice", 2, "is")]:
        evaluate(name, side, lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
