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

3. A short account (through `compare`): the first k Chinese sentences of a story against
   its first m English ones, which they translate, and against the next story's first m.
   The figures are the shares of the k sentences paired with their originals, and with
   anything of the next story. Too few sentences
   for the aligner's statistics to vouch for any pair: before compare let a pair of mutual
   best matches at its same-meaning cosine stand alone, 1 x 3 paired none.

    python benchmarks/unrelated.py [--seed S]
"""

from __future__ import annotations

import argparse
import itertools
import random
import time

from _common import document, get_encoder, wmt_news


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
    _short_accounts(stories, encoder)
    print(f"{time.perf_counter() - start:.1f} s")


def _short_accounts(stories, encoder) -> None:  # type: ignore[no-untyped-def]
    from storydiff.compare import compare

    def paired(zh: list[str], en: list[str], *, right: bool) -> int:
        """Chinese sentences paired at all, or (``right``) with the English one they translate
        (the same position: the documents used are translated sentence by sentence)."""
        result = compare([document("ZH", [zh], lang="zh"), document("EN", [en], lang="en")], encoder=encoder)
        return sum(
            1
            for u in result.units
            if len(u.members) == 2
            for i in u.members["ZH"]
            if not right or i in u.members["EN"]
        )

    for k, m in ((1, 3), (1, 10), (2, 5), (3, 6)):
        own = other = total = 0
        for story, next_story in itertools.pairwise(stories):
            en, zh, next_en = _flat(story[1]), _flat(story[2]), _flat(next_story[1])
            if len(en) != len(zh) or len(en) < m or len(next_en) < m:
                continue
            own += paired(zh[:k], en[:m], right=True)
            other += paired(zh[:k], next_en[:m], right=False)
            total += k
        print(
            f"compare  short account, {k} Chinese sentence(s) against {m} English: "
            f"paired with their originals {own / total:.2f}, with the next story's sentences "
            f"{other / total:.2f} ({total} sentences)"
        )


if __name__ == "__main__":
    main()
