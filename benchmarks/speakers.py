"""Speaker attribution on faithful translations: do both accounts name the same speaker?

WMT22 en→zh news, English source against translator A, compared whole. A translation
keeps who says what, so in every aligned unit the two accounts' speakers should agree.
Reported: sentences attributed in each language; aligned units where both name a speaker
(compatible, as the aligner's mask has it, or in conflict), and where only one does (the
other's patterns missed it, or it is narration there). No gold labels exist: agreement is
the check, and every conflict is an error on one side or the other. (A transliterated
name, 拜登 for Biden, is compatible with any Latin one: pinyin cannot undo it.)

    python benchmarks/speakers.py
"""

from __future__ import annotations

import time
from collections import Counter

from _common import document, get_encoder, wmt_news


def main() -> None:
    from storydiff.compare import compare
    from storydiff.compare.speakers import compatible

    encoder = get_encoder()
    start = time.perf_counter()
    counts: Counter[str] = Counter()
    for _, en, zh in wmt_news():
        result = compare([document("EN", en, lang="en"), document("ZH", zh, lang="zh")], encoder=encoder)
        for doc in result.documents:
            body = doc.body()
            counts[f"{doc.id} sentences"] += len(body)
            counts[f"{doc.id} attributed"] += sum(1 for s in body if s.speaker)
        speaker = {(d.id, s.id): s.speaker for d in result.documents for s in d.body()}
        for unit in result.units:
            if len(unit.members) < 2:
                continue
            sides = [
                {speaker[(doc_id, sid)] for sid in ids if speaker[(doc_id, sid)]}
                for doc_id, ids in unit.members.items()
            ]
            if all(sides):
                agree = all(compatible(a, b) for a in sides[0] for b in sides[1])
                counts["both agree" if agree else "both disagree"] += 1
            elif any(sides):
                counts["one side only"] += 1
    print(
        f"WMT22 sentences attributed: EN {counts['EN attributed']} of {counts['EN sentences']}, "
        f"ZH {counts['ZH attributed']} of {counts['ZH sentences']}"
    )
    print(
        f"aligned units with a speaker on both sides: {counts['both agree']} compatible, "
        f"{counts['both disagree']} in conflict; on one side only: {counts['one side only']}"
    )
    print(f"{time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
