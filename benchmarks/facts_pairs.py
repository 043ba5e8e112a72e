"""Facts across languages on hand-made news: false conflicts on faithful translations, and
planted changes found.

``data/facts_pairs.json`` was written by hand on 2026-11-26 (it is no evaluation set; the
fact rules were fixed with its help, so it measures regressions, not accuracy on unseen
text):

* 66 four-sentence articles, English against German, French, Spanish, Italian, Russian or
  Chinese: 33 faithful translations, and the same 33 with one to three facts changed in
  the translation (a number, amount, date, time, ordinal, name). A faithful article counts
  as flagged when any unit is ``conflict`` or lists a fact difference; a planted change is
  found when the unit holding the changed sentence is ``conflict``.
* 160 probes: one English sentence against one in another language (those six, and Polish,
  Portuguese, Dutch), each set in the same three sentences of context; ``F`` faithful
  (right: no fact difference), ``P`` planted (right: the sentence's unit is ``conflict``).

Published 2024-03-14 (a Thursday), so relative dates resolve.

    python benchmarks/facts_pairs.py [--show-misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from pathlib import Path

from _common import document, get_encoder

DATA = Path(__file__).parent / "data" / "facts_pairs.json"


def _compare(a: list[str], b: list[str], langs: list[str], published: dt.date, encoder):  # type: ignore[no-untyped-def]
    from storydiff.compare import compare

    docs = [
        document(doc_id, [sentences], lang=lang).model_copy(update={"published": published})
        for doc_id, sentences, lang in zip("AB", (a, b), langs, strict=True)
    ]
    return compare(docs, encoder=encoder)


def _flags(units) -> bool:  # type: ignore[no-untyped-def]
    return any(
        u.relation.value == "conflict" or any(d.kind.value != "added" for d in u.differences) for u in units
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true", help="print each wrong result")
    args = parser.parse_args()
    data = json.loads(DATA.read_text(encoding="utf-8"))
    published = dt.date.fromisoformat(data["published"])
    encoder = get_encoder()

    faithful: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    planted: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for article in data["articles"]:
        pair = "-".join(article["langs"])
        result = _compare(article["a"], article["b"], article["langs"], published, encoder)
        if not article["planted"]:
            faithful[pair] += 1
            wrong = _flags(result.units)
            flagged[pair] += wrong
            if wrong and args.show_misses:
                print(f"  flagged faithful {article['name']} [{pair}]")
            continue
        for index, what in article["planted"]:
            planted[pair] += 1
            hit = any(u.relation.value == "conflict" for u in result.units if index in u.members.get("B", []))
            found[pair] += hit
            if not hit and args.show_misses:
                print(f"  missed {article['name']} [{pair}]: {what}")
    for pair in sorted(faithful | planted):
        print(
            f"articles {pair}: faithful flagged {flagged[pair]} of {faithful[pair]}; "
            f"planted changes found {found[pair]} of {planted[pair]}"
        )
    print(
        f"articles, all: faithful flagged {sum(flagged.values())} of {sum(faithful.values())}; "
        f"planted changes found {sum(found.values())} of {sum(planted.values())}"
    )

    outcome: Counter[str] = Counter()
    for probe in data["probes"]:
        context_en, context = data["context"]["en"], data["context"][probe["lang"]]
        a = [context_en[0], probe["en"], *context_en[1:]]
        b = [context[0], probe["other"], *context[1:]]
        result = _compare(a, b, ["en", probe["lang"]], published, encoder)
        units = [u for u in result.units if 1 in u.members.get("A", []) or 1 in u.members.get("B", [])]
        conflict = any(u.relation.value == "conflict" for u in units)
        if probe["expect"] == "F":
            status = "faithful, right" if not _flags(units) else "faithful, false conflict" if conflict else "faithful, false detail"
        else:
            status = "planted, found" if conflict else "planted, missed"
        outcome[status] += 1
        if args.show_misses and status not in ("faithful, right", "planted, found"):
            print(f"  {status}: [{probe['lang']}] {probe['note']}")
    print("probes: " + ", ".join(f"{status} {n}" for status, n in sorted(outcome.items())))


if __name__ == "__main__":
    main()
