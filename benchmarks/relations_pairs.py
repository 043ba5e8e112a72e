"""Relations on hand-made pairs: does a dropped detail come out ``partial`` with its words,
a rewording ``reworded``, a split sentence one unit?

``data/relation_cases.json`` was written by hand on 2026-11-26 for an audit (it is no
evaluation set; the same-language word comparison was built with its help, so it measures
regressions, not accuracy on unseen text): 47 small articles, each a pair of accounts
(English against English, French, German, Spanish or Chinese), holding 66 planted cases:
a clause, detail, name, number or date one side adds or drops (expected ``partial``), a
rewording or split (expected ``reworded``), and two probes where the meaning is reversed
("not" dropped, rose / fell: anything but ``same``). A case is right when the unit holding
its sentence has an accepted relation; for an added detail, its words are *listed* when an
``added`` difference gives exactly the planted words.

    python benchmarks/relations_pairs.py [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from _common import get_encoder

DATA = Path(__file__).parent / "data" / "relation_cases.json"


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    from storydiff.compare import compare
    from storydiff.ingest import from_text
    from storydiff.segment import build_document

    data = json.loads(DATA.read_text(encoding="utf-8"))
    encoder = get_encoder()
    results = {}
    for name, pair in data["articles"].items():
        docs = [build_document(from_text(pair[side], source=f"{name}/{side}"), doc_id=side.upper()) for side in "ab"]
        results[name] = compare(docs, encoder=encoder)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    listed = planted = 0
    for case in data["cases"]:
        comparison = results[case["article"]]
        needle = case["a_sub"].split("|")[0]
        segment = next(s for s in comparison.document("A").body() if needle in s.text)
        unit = next(u for u in comparison.units if segment.id in u.members.get("A", []))
        total[case["lang"]] += 1
        ok = unit.relation.value in case["accept"]
        right[case["lang"]] += ok
        extra = {doc: [_words(w) for w in words] for doc, words in case["extra"].items() if words}
        if case["expected"] == "partial" and extra:
            planted += 1
            added = {
                doc: {_words(v) for v in values}
                for d in unit.differences
                if d.kind.value == "added"
                for doc, values in d.values.items()
            }
            listed += all(set(words) <= added.get(doc, set()) for doc, words in extra.items())
        if args.show_misses and not ok:
            notes = "; ".join(d.note or d.kind.value for d in unit.differences)
            print(f"  {case['id']} [{case['kind']}] expected {case['expected']}, got {unit.relation.value} {notes}")
    for lang in sorted(total):
        print(f"{lang}: relation right {right[lang]} of {total[lang]}")
    print(f"all: relation right {sum(right.values())} of {sum(total.values())}; "
          f"added details whose words are listed exactly {listed} of {planted}")


if __name__ == "__main__":
    main()
