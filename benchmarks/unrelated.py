"""Unrelated accounts, and a brief that shares one sentence: the two sides of one rule.

1. Every WMT22 English news story is paired with the next story (a different event), once
   with its Chinese translation (cross-lingual) and once in English (same language, where
   unrelated sentences are more alike). Nothing should be aligned; the figure is the
   fraction of English sentences that end up in a bead.
2. Each English story against a Chinese "brief" of five sentences: one translated sentence
   of the story (drawn at random, seeded) between four of the next story. The figure is
   how often that one shared sentence is paired with its original, and how many of the
   brief's four unrelated sentences get paired anyway.

Both with the settings of `storydiff align` (bitext) and of `storydiff compare`.

    python benchmarks/unrelated.py [--seed S]
"""

from __future__ import annotations

import argparse
import itertools
import random
import time

from _common import get_encoder, wmt_news


def _flat(paragraphs: list[list[str]]) -> list[str]:
    return [s for par in paragraphs for s in par]


def main() -> None:
    from storydiff.align import DPParams, align_vectors
    from storydiff.compare import OMISSION_SENSITIVE

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    encoder = get_encoder()
    stories = wmt_news()
    start = time.perf_counter()

    def align(src: list[str], tgt: list[str], params: DPParams):  # type: ignore[no-untyped-def]
        return align_vectors(
            encoder.encode(src), encoder.encode(tgt), params=params,
            src_texts=src, tgt_texts=tgt, encoder=encoder,
        )

    for name, params in (("align", DPParams()), ("compare", OMISSION_SENSITIVE)):
        figures = []
        for mode, pick in (("en-zh", 2), ("en-en", 1)):
            aligned = total = 0
            for story, next_story in itertools.pairwise(stories):
                en = _flat(story[1])
                beads = align(en, _flat(next_story[pick]), params)
                aligned += sum(len(b.src) for b in beads if b.src and b.tgt)
                total += len(en)
            figures.append(f"{mode} {aligned / total:.3f} ({aligned} of {total})")
        print(f"{name:8} unrelated stories, share of sentences paired: " + ", ".join(figures))

        rng = random.Random(args.seed)
        found = cases = filler_paired = 0
        for story, next_story in itertools.pairwise(stories):
            en, zh, other = _flat(story[1]), _flat(story[2]), _flat(next_story[2])
            if len(en) != len(zh) or len(other) < 4:
                continue
            i = rng.randrange(len(en))
            brief = [*other[:2], zh[i], *other[2:4]]
            beads = align(en, brief, params)
            found += any(i in b.src and 2 in b.tgt for b in beads)
            filler_paired += sum(1 for b in beads if b.src for j in b.tgt if j != 2)
            cases += 1
        print(
            f"{name:8} brief sharing one sentence: found {found} of {cases}; "
            f"unrelated brief sentences paired: {filler_paired} of {4 * cases}"
        )
    print(f"{time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
