"""Conflict detection: plant changed numbers, dates and names in one side; score `conflict`.

WMT22 en→zh news, English source against translator A: in up to three English
sentences per document whose number or date the Chinese sentence also gives, the value
is changed (a number +1..+9, a day shifted). Names cannot be compared across scripts,
so names are planted in an English copy of the document (one whole name, as the facts package
finds it, replaced by an unrelated name from the corpus) — an easier, same-language case
reported separately. Across scripts, names are planted where the Chinese text glosses a
transliterated name with its Latin original (佩斯科夫 (Dmitry Peskov)) and the English
sentence names that person: the original is replaced by another person's full name. Recall: planted sentences whose unit is ``conflict`` with a
difference of the planted kind. Precision: conflict units that hold a planted change.

Between two languages that write numbers and dates their own way, Text+Berg test (German
against French, gold sentences): in up to eight French sentences per document whose number
or date the German one also gives ("18. Mai 1956" / "18 mai 1956", "8839,8 m"), the value
is changed the same way. The translations themselves differ here and there (6179 m /
6719 m), so precision there counts such true differences against us.

    python benchmarks/conflict.py [--limit N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import re
import time

from _common import document, get_encoder, wmt_news
from align import load_set

_NUM = re.compile(r"(?<![\w.,])\d+(?![\w.,]\d)")
_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b"
)


def _plant_number(sentence: str, zh: str, rng: random.Random) -> str | None:
    from storydiff.compare.facts import extract
    from storydiff.model import DifferenceKind as K

    zh_values = {f.value for f in extract(zh) if f.kind is K.NUMBER}
    for m in _NUM.finditer(sentence):
        value = m.group()
        if value in zh_values and not (1900 <= int(value) <= 2100):
            new = str(int(value) + rng.randint(1, 9))
            return sentence[: m.start()] + new + sentence[m.end() :]
    return None


def _plant_date(sentence: str, rng: random.Random) -> str | None:
    m = _DATE.search(sentence)
    if not m:
        return None
    day = int(m.group(2))
    new = (day + rng.randint(1, 5) - 1) % 28 + 1
    return sentence[: m.start(2)] + str(new) + sentence[m.end(2) :]


def run_cross(limit: int, rng: random.Random, encoder) -> None:  # type: ignore[no-untyped-def]
    from storydiff.compare import compare

    planted_total = hit = flagged = flagged_true = 0
    per_kind: dict[str, list[int]] = {"number": [0, 0], "date": [0, 0]}
    for _, en, zh in wmt_news()[:limit]:
        flat_zh = [s for par in zh for s in par]
        new_en, planted, k = [], {}, 0
        for par in en:
            new_par = []
            for s in par:
                changed = None
                if len(planted) < 3 and k < len(flat_zh):
                    kind = "date"
                    changed = _plant_date(s, rng)
                    if changed is None:
                        kind, changed = "number", _plant_number(s, flat_zh[k], rng)
                    if changed is not None:
                        planted[k] = kind
                new_par.append(changed or s)
                k += 1
            new_en.append(new_par)
        result = compare(
            [document("EN", new_en, lang="en"), document("ZH", zh, lang="zh")], encoder=encoder
        )
        for unit in result.units:
            mine = set(unit.members.get("EN", [])) & set(planted)
            if unit.relation.value == "conflict":
                flagged += 1
                flagged_true += bool(mine)
            for i in mine:
                kinds = {d.kind.value for d in unit.differences}
                ok = unit.relation.value == "conflict" and planted[i] in kinds
                hit += ok
                per_kind[planted[i]][0] += ok
        for kind in planted.values():
            per_kind[kind][1] += 1
        planted_total += len(planted)
    print(
        f"WMT22 en-zh planted numbers/dates: {_rates(hit, planted_total, flagged_true, flagged)}; by kind "
        + ", ".join(f"{k} {h}/{n}" for k, (h, n) in per_kind.items())
    )


def _rates(hit: int, planted: int, flagged_true: int, flagged: int) -> str:
    """Recall over the planted changes and precision over the units flagged conflict."""
    return (
        f"recall {hit / max(1, planted):.3f} ({hit}/{planted}), "
        f"precision {flagged_true / max(1, flagged):.3f} ({flagged_true}/{flagged})"
    )


def _rewrite(paragraphs: list[list[str]], chosen: set[int], change) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """A copy of the paragraphs in which each sentence whose running index is in ``chosen``
    is replaced by ``change(index, sentence)``, in reading order."""
    copy, k = [], 0
    for par in paragraphs:
        new_par = []
        for s in par:
            new_par.append(change(k, s) if k in chosen else s)
            k += 1
        copy.append(new_par)
    return copy


def _name_facts(sentence: str):  # type: ignore[no-untyped-def]
    from storydiff.compare.facts import NAME_KINDS, extract

    return [f for f in extract(sentence) if f.kind in NAME_KINDS]


def _tally(units, doc_id: str, chosen: set[int], *, knock_on) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    """(planted sentences found in conflict, conflict units, of them holding a planted
    change, conflicts set apart as knock-on) for one compared document pair. ``knock_on``
    tells, from an unplanted conflict's difference kinds, whether the change caused it."""
    hit = flagged = flagged_true = knock_ons = 0
    for unit in units:
        mine = set(unit.members.get(doc_id, [])) & chosen
        conflict = unit.relation.value == "conflict"
        if conflict and not mine and knock_on({d.kind.value for d in unit.differences}):
            knock_ons += 1
            continue
        if conflict:
            flagged += 1
            flagged_true += bool(mine)
        hit += sum(conflict for _ in mine)
    return hit, flagged, flagged_true, knock_ons


def _add_tally(totals: list[int], documents, doc_id: str, chosen: set[int], encoder) -> None:  # type: ignore[no-untyped-def]
    """Compare the original with its changed copy and add the copy's tally (``_tally``) to
    ``totals``, no conflict set apart as a knock-on."""
    from storydiff.compare import compare

    result = compare(documents, encoder=encoder)
    counts = _tally(result.units, doc_id, chosen, knock_on=lambda kinds: False)
    totals[:] = [a + b for a, b in zip(totals, counts, strict=True)]


def run_names(limit: int, rng: random.Random, encoder) -> None:  # type: ignore[no-untyped-def]
    """Replace one whole name (as the facts package finds it) by another name of the corpus."""
    from storydiff.compare import compare
    from storydiff.compare.facts import names_match

    docs = wmt_news()[:limit]
    pool = sorted({f.value for _, en, _ in docs for par in en for s in par for f in _name_facts(s)})
    planted_total, totals = 0, [0, 0, 0, 0]  # hit, flagged, flagged_true, knock_on
    for _, en, _ in docs:
        flat = [s for par in en for s in par]
        candidates = [i for i, s in enumerate(flat) if _name_facts(s)]
        chosen = set(rng.sample(candidates, min(2, len(candidates))))

        def rename(_: int, s: str) -> str:
            fact = rng.choice(_name_facts(s))
            other = rng.choice([n for n in pool if not names_match(n, fact.value)])
            return s[: fact.start] + other + s[fact.end :]

        copy = _rewrite(en, chosen, rename)
        result = compare(
            [document("A", en, lang="en"), document("B", copy, lang="en")], encoder=encoder
        )
        # A renamed speaker re-attributes the remarks that follow: a true consequence of
        # the change, counted apart.
        counts = _tally(result.units, "B", chosen, knock_on=lambda kinds: kinds == {"speaker"})
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        planted_total += len(chosen)
    hit, flagged, flagged_true, knock_on = totals
    print(
        f"WMT22 en-en planted names: {_rates(hit, planted_total, flagged_true, flagged)}; "
        f"{knock_on} speaker conflicts in the remarks after a renamed speaker"
    )


def run_numbers_one_language(limit: int, rng: random.Random, encoder) -> None:  # type: ignore[no-untyped-def]
    """Change one number (not a year) in up to two sentences of an English document and
    compare it with its original: in one language a number conflicts only beside a word
    the other account has around it too (``Fact.context``), which a planted change keeps."""

    planted_total, totals = 0, [0, 0, 0, 0]
    for _, en, _ in wmt_news()[:limit]:
        flat = [s for par in en for s in par]
        candidates = [i for i, s in enumerate(flat) if any(not 1900 <= int(m.group()) <= 2100 for m in _NUM.finditer(s))]
        chosen = set(rng.sample(candidates, min(2, len(candidates))))

        def renumber(_: int, s: str) -> str:
            m = next(m for m in _NUM.finditer(s) if not 1900 <= int(m.group()) <= 2100)
            return s[: m.start()] + str(int(m.group()) + rng.randint(1, 9)) + s[m.end() :]

        copy = _rewrite(en, chosen, renumber)
        _add_tally(totals, [document("A", en, lang="en"), document("B", copy, lang="en")], "B", chosen, encoder)
        planted_total += len(chosen)
    hit, flagged, flagged_true, _ = totals
    print(f"WMT22 en-en planted numbers: {_rates(hit, planted_total, flagged_true, flagged)}")


_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\s*[(（](?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)+)[)）]")


def run_glossed_names(limit: int, rng: random.Random, encoder) -> None:  # type: ignore[no-untyped-def]
    """Across scripts: in the Chinese text, change the Latin original a transliterated name
    is glossed with (佩斯科夫 (Dmitry Peskov)) to another full name of the corpus."""
    from storydiff.compare import compare
    from storydiff.compare.facts import names_match
    from storydiff.model import DifferenceKind as K

    docs = wmt_news()[:limit]

    def people(sentence: str) -> set[str]:
        return {f.value for f in _name_facts(sentence) if f.kind is K.PERSON and " " in f.value}

    pool = sorted({name for _, en, _ in docs for par in en for s in par for name in people(s)})
    planted_total, totals = 0, [0, 0, 0, 0]  # hit, flagged, flagged_true, knock_on
    for _, en, zh in docs:
        flat_en = [s for par in en for s in par]
        flat_zh = [s for par in zh for s in par]
        candidates = [
            i
            for i, s in enumerate(flat_zh)
            if i < len(flat_en)
            and any(m["name"] in people(flat_en[i]) for m in _GLOSS.finditer(s))
        ]
        chosen = set(rng.sample(candidates, min(2, len(candidates))))

        def regloss(k: int, s: str, flat_en: list[str] = flat_en) -> str:
            m = rng.choice([m for m in _GLOSS.finditer(s) if m["name"] in people(flat_en[k])])
            other = rng.choice([n for n in pool if not names_match(n, m["name"])])
            return s[: m.start("name")] + other + s[m.end("name") :]

        copy = _rewrite(zh, chosen, regloss)
        result = compare(
            [document("EN", en, lang="en"), document("ZH", copy, lang="zh")], encoder=encoder
        )
        # The changed original renames that person wherever the Chinese text quotes them:
        # a true consequence of the change, counted apart.
        counts = _tally(
            result.units, "ZH", chosen, knock_on=lambda kinds: "speaker" in kinds and "person" not in kinds
        )
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        planted_total += len(chosen)
    hit, flagged, flagged_true, knock_on = totals
    print(
        f"WMT22 en-zh planted names (a glossed original changed): {_rates(hit, planted_total, flagged_true, flagged)}; "
        f"{knock_on} speaker conflicts where the renamed person is quoted"
    )


def _plant_in(
    sentence: str, other: str, lang: str, other_lang: str, rng: random.Random, words: bool = False
) -> tuple[str, str] | None:
    """Change one date's day, else one number, of ``sentence`` that ``other`` also gives;
    with ``words``, else one number written in words ("deux" -> "7")."""
    from storydiff.compare.facts import extract, matches
    from storydiff.model import DifferenceKind as K

    theirs = extract(other, lang=other_lang)
    mine = extract(sentence, lang=lang)
    for kind in (K.DATE, K.NUMBER, K.QUANTITY):
        for fact in mine:
            if fact.kind is not kind or not any(o.kind is kind and matches(kind, fact.value, o.value) for o in theirs):
                continue
            digits = list(re.finditer(r"\d+", fact.text))
            if kind is K.DATE:  # the day: the first number of "18 mai 1956", unless it is the year
                digits = [d for d in digits if len(d.group()) <= 2][:1]
            if not digits or (kind is K.NUMBER and 1900 <= int(digits[0].group()) <= 2100):
                continue
            d = digits[0]
            new = (int(d.group()) + rng.randint(1, 5) - 1) % 28 + 1 if kind is K.DATE else int(d.group()) + rng.randint(1, 9)
            at = fact.start + d.start()
            return sentence[:at] + str(new) + sentence[fact.start + d.end() :], "date" if kind is K.DATE else "number"
    for fact in mine if words else ():
        if (
            fact.kind is K.NUMBER
            and not any(c.isdigit() for c in fact.text)
            and any(o.kind is K.NUMBER and o.value == fact.value for o in theirs)
        ):
            new = int(float(fact.value)) + rng.randint(1, 9)
            return sentence[: fact.start] + str(new) + sentence[fact.end :], "number"
    return None


def run_european(limit: int, rng: random.Random, encoder) -> None:  # type: ignore[no-untyped-def]
    """Text+Berg test, German against French: numbers (in digits or words) and dates changed
    on the French side."""
    from storydiff.compare import compare

    planted_total = hit = flagged = flagged_true = 0
    for _, de, fr, gold in load_set("textberg")[:limit]:
        fr = list(fr)
        planted: dict[int, str] = {}
        for src, tgt in gold:
            if len(planted) >= 8 or len(src) != 1 or len(tgt) != 1:
                continue
            changed = _plant_in(fr[tgt[0]], de[src[0]], "fr", "de", rng, words=True)
            if changed:
                fr[tgt[0]], planted[tgt[0]] = changed
        result = compare([document("DE", [de], lang="de"), document("FR", [fr], lang="fr")], encoder=encoder)
        for unit in result.units:
            mine = set(unit.members.get("FR", [])) & set(planted)
            if unit.relation.value == "conflict":
                flagged += 1
                flagged_true += bool(mine)
            kinds = {d.kind.value for d in unit.differences}
            hit += sum(unit.relation.value == "conflict" and bool(kinds & {planted[i], "quantity"}) for i in mine)
        planted_total += len(planted)
    print(
        f"Text+Berg de-fr planted numbers/dates: {_rates(hit, planted_total, flagged_true, flagged)}"
    )


def run_chinese_countries(limit: int, rng: random.Random, encoder) -> None:  # type: ignore[no-untyped-def]
    """Replace a country a Chinese sentence names, which the English document names too, by
    another country neither names (CLDR's Chinese names): a changed flag state or party."""
    from babel import Locale

    from storydiff.compare.facts.names import cjk_countries, countries_named

    chinese = {code: name for code, name in Locale.parse("zh").territories.items() if len(code) == 2 and code.isalpha() and 2 <= len(name) <= 4}
    planted_total, totals = 0, [0, 0, 0, 0]
    for _, en, zh in wmt_news()[:limit]:
        flat = [s for par in zh for s in par]
        in_english = countries_named(" ".join(s for par in en for s in par))
        in_chinese = countries_named("".join(flat))
        candidates = [i for i, s in enumerate(flat) if any(code in in_english for code, _, _ in cjk_countries(s))]
        if not candidates:
            continue
        chosen = set(rng.sample(candidates, min(2, len(candidates))))
        others = sorted(code for code in chinese if code not in in_english | in_chinese)

        def replace_country(_: int, s: str, in_english: frozenset[str] = in_english, others: list[str] = others) -> str:
            _, start, end = next(c for c in cjk_countries(s) if c[0] in in_english)
            return s[:start] + chinese[rng.choice(others)] + s[end:]

        copy = _rewrite(zh, chosen, replace_country)
        _add_tally(totals, [document("EN", en, lang="en"), document("ZH", copy, lang="zh")], "ZH", chosen, encoder)
        planted_total += len(chosen)
    hit, flagged, flagged_true, _ = totals
    print(f"WMT22 en-zh planted countries (a Chinese sentence's country replaced): {_rates(hit, planted_total, flagged_true, flagged)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000, help="documents")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    encoder = get_encoder()
    start = time.perf_counter()
    run_cross(args.limit, random.Random(args.seed), encoder)
    run_names(args.limit, random.Random(args.seed), encoder)
    run_numbers_one_language(args.limit, random.Random(args.seed), encoder)
    run_glossed_names(args.limit, random.Random(args.seed), encoder)
    run_chinese_countries(args.limit, random.Random(args.seed), encoder)
    run_european(args.limit, random.Random(args.seed), encoder)
    print(f"{time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
