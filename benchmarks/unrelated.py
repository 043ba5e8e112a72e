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
    _short_latin_accounts(encoder, random.Random(args.seed))
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


def _short_latin_accounts(encoder, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    """Two consecutive gold 1-1 sentences of Text+Berg (de-fr) and ParIce (en-is) as a short
    account, against five target sentences that hold their translations, and against five of
    the same document 25 sentences on (the same story's other statements): Latin-script
    pairs, which ``compare.LONE_BELOW`` lets stand a little under the rewording threshold."""
    from align import load_set
    from storydiff.compare import compare

    cases = []
    for name, (source_lang, target_lang) in (("textberg", ("de", "fr")), ("parice", ("en", "is"))):
        for _, src, tgt, gold in load_set(name):
            ones = [(s[0], t[0]) for s, t in gold if len(s) == 1 and len(t) == 1]
            runs = [(a, b) for a, b in itertools.pairwise(ones) if b[0] == a[0] + 1 and b[1] == a[1] + 1]
            for (s1, t1), (s2, t2) in rng.sample(runs, min(12, len(runs))):
                far = t1 + 25 if t1 + 30 < len(tgt) else t1 - 30
                if far < 0:
                    continue
                own = list(range(max(0, t1 - 1), min(len(tgt), t2 + 3)))
                cases.append(((source_lang, target_lang), [src[s1], src[s2]], own, [tgt[i] for i in own], tgt[far : far + 5], (t1, t2)))
    right = far_paired = total = 0
    for (source_lang, target_lang), short, own, own_texts, far_texts, originals in cases:
        result = compare([document("S", [short], lang=source_lang), document("T", [own_texts], lang=target_lang)], encoder=encoder)
        for unit in result.units:
            if len(unit.members) == 2:
                right += sum(own[j] == originals[i] for i in unit.members["S"] for j in unit.members["T"])
        result = compare([document("S", [short], lang=source_lang), document("T", [far_texts], lang=target_lang)], encoder=encoder)
        far_paired += sum(len(u.members["S"]) for u in result.units if len(u.members) == 2)
        total += 2
    print(
        f"compare  short Latin-script account, 2 sentences against 5 (Text+Berg de-fr, ParIce en-is): "
        f"paired with their originals {right / total:.2f}, with the same document's sentences 25 on "
        f"{far_paired / total:.3f} ({total} sentences)"
    )


if __name__ == "__main__":
    main()
