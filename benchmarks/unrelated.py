"""Unrelated accounts: how much of two different news stories gets aligned anyway.

Every WMT22 English news story is paired with the next story (a different event), once
with its Chinese translation (cross-lingual) and once in English (same language, where
unrelated sentences are more alike). Nothing should be aligned; the figure is the
fraction of English sentences that end up in a bead, with the settings of
`storydiff align` (bitext) and of `storydiff compare`.

    python benchmarks/unrelated.py
"""

from __future__ import annotations

import itertools
import time

from _common import get_encoder, wmt_news


def main() -> None:
    from storydiff.align import DPParams, align_vectors
    from storydiff.compare import OMISSION_SENSITIVE

    encoder = get_encoder()
    stories = wmt_news()
    start = time.perf_counter()
    for name, params in (("align", DPParams()), ("compare", OMISSION_SENSITIVE)):
        figures = []
        for mode, pick in (("en-zh", 2), ("en-en", 1)):
            aligned = total = 0
            for story, next_story in itertools.pairwise(stories):
                en = [s for par in story[1] for s in par]
                other = [s for par in next_story[pick] for s in par]
                beads = align_vectors(
                    encoder.encode(en), encoder.encode(other), params=params,
                    src_texts=en, tgt_texts=other, encoder=encoder,
                )
                aligned += sum(len(b.src) for b in beads if b.src and b.tgt)
                total += len(en)
            figures.append(f"{mode} {aligned / total:.3f} ({aligned} of {total})")
        print(f"{name:8} fraction of sentences aligned across unrelated stories: " + ", ".join(figures))
    print(f"{time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
