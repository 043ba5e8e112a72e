"""One pass over a segment: each pattern module claims its facts, most specific first."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from itertools import pairwise

from ...model import DifferenceKind
from ...patterns import compiled
from ..locales import conventions, span_words
from ..words import FUNCTION_WORDS, is_cjk, simplified
from .amounts import scan_amounts, scan_durations, scan_positions, unit_phrases
from .bearings import scan_bearings
from .bounds import number_bound
from .codes import scan_codes, scan_symbols
from .dates import scan_dates
from .direction import with_directions
from .fact import Fact
from .names import cjk_countries, english_country_name, scan_ages, scan_initialled_names, scan_names
from .numbers import (
    SPELLED_LANGUAGES,
    digit_words,
    halves_with_multipliers,
    mixed_fractions_as_decimals,
    scan_halves,
    scan_joined_levels,
    scan_magnitudes,
    scan_numbers,
    scan_phones,
    scan_roman_numbers,
    scan_round_counts,
    scan_scores,
    scan_thousands_and_rest,
    scan_years_and_months,
    spelled_as_digits,
    spelled_numbers,
)
from .outcome import scan_outcomes
from .places import CASE_ENDINGS, find_cities, without_seats
from .shares import scan_shares
from .sources import with_sources

_WORD = compiled(r"[^\W\d_]+")
CONTEXT_WORDS = 3
"""Words on each side of a number that make its context (``Fact.context``)."""



_UNIT_AFTER_A_WORD = compiled(r"\s+(?:percent|per\s+cent|percentage\s+points?|points?)(?![^\W\d_])", re.IGNORECASE)
"""A percentage or points after an English number in words ("Thirty-four percent of voters",
"up three points"), which AP and Reuters spell out under ten and opening a sentence: read
as a quantity, as "34%" is, not as a bare number only one account gives."""

def _words_around(text: str, start: int, end: int) -> frozenset[str]:
    """The content words within CONTEXT_WORDS words before and after ``text[start:end]``."""
    before = _WORD.findall(text[max(0, start - 60) : start])[-CONTEXT_WORDS:]
    after = _WORD.findall(text[end : end + 60])[:CONTEXT_WORDS]
    return frozenset(w.lower() for w in (*before, *after) if w.lower() not in FUNCTION_WORDS)


_SAYING = (
    r"(?<!\w)(?:said|says|told\s+\w+|announced|confirmed|stated|"
    r"sagte|sagten|erklärte|"
    r"a\s+(?:déclaré|annoncé|indiqué|affirmé|précisé|confirmé)|"
    r"dijo|anunció|informó|afirmó|declaró|confirmó|"
    r"ha\s+(?:detto|annunciato|dichiarato|confermato)|"
    r"disse|anunciou|afirmou|informou|confirmou)"
)
_TOLD_BEFORE = compiled(rf"{_SAYING}(?:\s+(?:on|am|el|le|ce|il|na|nesta|no|neste))?\s+$", re.IGNORECASE)
"""A verb of saying right before a date: the date is the telling's ("said Monday")."""
_TOLD = compiled(rf"{_SAYING}(?!\w)", re.IGNORECASE)
_ITEM_NUMBER = compiled(r"^\s*[(（]?(?P<num>\d{1,2})(?:[)）.．、]\s*|\s+)(?=[\u3040-\u30ff\u3400-\u9fff])")
"""The number of an item of a list opening a Chinese or Japanese sentence ("4 両首脳は…",
"（2）会谈中…"), as a ministry's readout numbers its points: Chinese and Japanese put no space
after a figure of the story."""
_INDEX_BEFORE = compiled(
    r"(?<![\w&])(?:CAC|FTSE(?:\s+MIB)?|S&P|DAX|MDAX|SDAX|TecDAX|Nikkei|Euro\s+Stoxx|Stoxx|STOXX|Russell|IBEX|AEX|SMI|"
    r"KOSPI|Nifty|ASX|ATX|OMXS|PSI|WIG|日经|日經|日経平均株価|日経|沪深|滬深|中证|中證)\s?$"
)
_INDEX_AFTER = compiled(r"\s?(?:指数|指數)")
"""The name of a stock index that holds a number ("CAC 40", "S&P 500", "Nikkei 225",
日经225指数): the number names the index, and is no figure of the story."""
_TOLD_AFTER = compiled(
    r"[^.,;:!?]{0,40}?(?<!\w)(?:mitteilte|mitteilten|sagte|sagten|erklärte|erklärten|bekanntgab|bekannt\s+gab|"
    r"berichtete|berichteten|meldete|ankündigte)(?!\w)",
    re.IGNORECASE,
)
"""... or the German verb of saying that ends its clause after it ("wie das Unternehmen am
Donnerstag in München mitteilte")."""


def _span_years(value: str, text: str, start: int, end: int, lang: str) -> float | None:
    """The years a number of months or years spans: by its noun after it ("18 Monate"), or a
    word for years inside its match."""
    after = _WORD.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
    words = span_words(lang)
    unit = words.get(after.group().lower()) if after else None
    if unit is None and any(words.get(w.lower()) == 1 for w in _WORD.findall(text[start:end])):
        unit = 1.0  # read in years: "one and a half years", "einem Jahr und sechs Monaten" (1.5)
    try:
        return float(value) * unit if unit else None
    except ValueError:
        return None


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    names: bool = True,
    known: frozenset[str] = frozenset(),
    lang: str | None = None,
    person_words: frozenset[str] = frozenset(),
    point_decimals: bool = False,
) -> list[Fact]:
    """Every fact in ``text`` (one segment), each span claimed once, in text order.

    ``known``: words the document capitalises mid-sentence (:func:`known_names`), which
    makes a lone capitalised word at the start of a sentence count as a name. ``lang``:
    the segment's language, whose conventions (locales.py) are read besides English.
    ``person_words``: the words of the document's names of people (places.person_words),
    which alone name that person, not a city. ``point_decimals``: the document writes
    numbers the English way though its language writes decimal commas
    (:func:`~storydiff.compare.locales.writes_point_decimals`: Mexican Spanish).
    """
    conv = conventions(lang)
    if conv is not None and point_decimals:
        conv = conv.with_point_decimals()
    # Patterns read an English-number copy of the text ("3,5" -> "3.5", "drei Meter" ->
    # "   3 Meter"): same offsets.
    scan = conv.as_english_numbers(text) if conv else text
    spelled = spelled_numbers(scan, conv.lang) if conv and conv.lang in SPELLED_LANGUAGES else ()
    if conv is None:  # English: a number in words read as one where a unit follows it
        spelled = tuple(sp for sp in spelled_numbers(scan, "en") if _UNIT_AFTER_A_WORD.match(scan, sp[1]))
    if conv and (partly := digit_words(scan, conv.lang)):
        spelled = tuple(sorted((*(sp for sp in spelled if not any(a < sp[1] and sp[0] < b for a, b, _ in partly)), *partly)))
    if spelled and conv:  # "ciento" in "por ciento" is the unit, not a hundred
        in_names = [m.span() for m in unit_phrases(conv.lang).finditer(scan)]
        spelled = tuple(sp for sp in spelled if not any(a < sp[1] and sp[0] < b for a, b in in_names))
    # a number and a half of millions is written in as one number, read with its unit
    multipliers = conv.multipliers if conv else {}
    halves = halves_with_multipliers(scan, spelled, lang=conv.lang if conv else "en", multipliers=multipliers)
    if halves:
        spelled = tuple(sorted((*(sp for sp in spelled if not any(a <= sp[0] and sp[1] <= b for a, b, _ in halves)), *halves)))
    # (the full-width percent sign of Chinese and Japanese text, "79％": one character)
    scan = mixed_fractions_as_decimals(spelled_as_digits(scan, spelled)).replace("％", "%")
    traditional = False
    if (lang or "").startswith("zh"):
        simple = simplified(scan)  # Taiwan's and Hong Kong's characters (億港元, 個月, 時): same offsets
        scan, traditional = simple, simple != scan
    language = conv.lang if conv else "en"
    root = (lang or "en").split("-")[0].lower()  # the language code without its region ("zh" of "zh-Hant")
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []
    tells = bool(_TOLD.search(text))  # a verb of saying in the segment (``Fact.in_a_telling``)
    item = _ITEM_NUMBER.match(text)

    def claim(
        kind: DifferenceKind,
        value: str | None,
        start: int,
        end: int,
        partly_read: bool = False,
        any_week: bool = False,
        maybe_count: bool = False,
        city: bool = False,
        any_year: bool = False,
        age_of: str | None = None,
        zone: str = "",
        bound: str | None = None,
        today: bool = False,
    ) -> None:
        for a, b, _ in spelled:  # a fact read in the digits of a number in words spans the words
            start, end = (a if a <= start < b else start), (b if a < end <= b else end)
        if value is None or not all(end <= s or start >= e for s, e in taken):
            return
        if item and (start, end) == item.span("num"):
            return  # a list's item number, no figure of the story
        if kind is DifferenceKind.NUMBER and (_INDEX_BEFORE.search(text, max(0, start - 16), start) or _INDEX_AFTER.match(text, end)):
            return  # the number in a stock index's name ("Nikkei 225", 沪深300指数)
        taken.append((start, end))
        number = kind is DifferenceKind.NUMBER
        context = _words_around(text, start, end) if number else frozenset()
        span = _span_years(value, text, start, end, language) if number else None
        told = kind is DifferenceKind.DATE and bool(
            _TOLD_BEFORE.search(text, max(0, start - 40), start) or _TOLD_AFTER.match(text, end)
        )
        in_a_telling = kind is DifferenceKind.DATE and not told and tells
        facts.append(
            Fact(
                kind, value, text[start:end], start, end, partly_read, any_week, maybe_count, city,
                age_of=age_of, context=context, any_year=any_year, zone=zone, span_years=span, told=told, in_a_telling=in_a_telling,
                today=today,
                bound=bound
                or (
                    number_bound(text[:start], root, text[end : end + 24])
                    if kind in (DifferenceKind.NUMBER, DifferenceKind.QUANTITY, DifferenceKind.MONEY)
                    else None
                ),
            )
        )

    scan_phones(text, claim)
    scan_positions(scan, claim)
    scan_symbols(scan, claim)
    scan_durations(scan, claim)
    scan_scores(scan, claim)
    scan_dates(scan, claim, published=published, conv=conv)
    scan_thousands_and_rest(scan, claim, lang=language)
    scan_amounts(scan, claim, conv=conv, lang=root, traditional=traditional)
    scan_ages(scan, claim, language)
    scan_magnitudes(scan, claim)
    scan_years_and_months(scan, claim, lang=language if conv else (lang or "en").split("-")[0])
    scan_shares(scan, claim, lang=language)
    scan_halves(scan, claim, lang=language, multipliers=multipliers)
    scan_round_counts(scan, claim, lang=language)
    scan_joined_levels(scan, claim)
    scan_codes(scan, claim)
    scan_roman_numbers(scan, claim)
    scan_numbers(scan, claim, english=conv is None, spelled=spelled, lang=language)
    scan_outcomes(scan, claim, lang=root)
    scan_bearings(scan, claim, lang=root)
    named = without_seats(scan) if names else scan
    if names:  # cities before other names: "Milan" is then one city in every language
        scan_initialled_names(named, claim)
        found = find_cities(
            named,
            known=known,
            people=person_words,
            openers=conv.openers if conv else frozenset(),
            capitalises_nouns=bool(conv and conv.capitalises_nouns),
            inflected=bool(conv and conv.lang in CASE_ENDINGS),
            marks_tell_words=bool(conv and conv.marks_tell_words),
        )
        for city, start, end in found:
            claim(DifferenceKind.PLACE, city, start, end, city=True)
        if is_cjk(named):  # countries in unspaced text, by their English names (巴拿马籍: Panama)
            for code, start, end in cjk_countries(named, as_places=True):
                claim(DifferenceKind.PLACE, english_country_name(code), start, end)
    # German capitalises every noun: no capitalised word there is a sign of a name.
    if names and not (conv and conv.capitalises_nouns):
        scan_names(named, claim, known=known, conv=conv)
    facts = with_sources(text, with_directions(text, scan, facts))
    facts.sort(key=lambda f: (f.start, f.end))
    return _with_converted_times(text, _without_conversions(text, facts))


_CONVERSION_BETWEEN = compiled(r"(?:\s*(?:人民币|人民幣|元))?\s*[(（](?:about|around|roughly|some|nearly|almost|over|environ|unos|circa|etwa|rund|约合|约|折合|約)?\s*$")


def _without_conversions(text: str, facts: list[Fact]) -> list[Fact]:
    """Facts without a sum converted into another currency in brackets after the sum ("650
    million reais ($112 million)"): the wire's help to its reader, no detail of the story,
    which a translation that gives the sum alone does not lack."""
    money = [f for f in facts if f.kind is DifferenceKind.MONEY]
    converted = {
        id(f)
        for before, f in pairwise(money)
        if _CONVERSION_BETWEEN.fullmatch(text, before.end, f.start)
        and text[f.end : f.end + 2].lstrip()[:1] in ")）"
        and before.value.split(" ", 1)[0] != f.value.split(" ", 1)[0]
    }
    return [f for f in facts if id(f) not in converted]


_BRACKET_AFTER_A_TIME = compiled(r"[^\d()（）.;]{0,30}?[(（](?P<inside>[^()（）]{1,60})[)）]")


_ZONE_NAMED = compiled(r"GMT|UTC|格林尼治|格林威治|世界標準時|协调世界时|協調世界時")
"""The zones a conversion names, where the time's own reading did not take the zone."""


def _with_converted_times(text: str, facts: list[Fact]) -> list[Fact]:
    """Facts with a time converted into another zone in brackets after the time ("at 4.17
    a.m. local time (0117 GMT)", "上午5時40分（格林尼治時間週二21時40分）"), and the day in that
    bracket, marked ``converted``: they were a time only one account gives."""
    converted: set[int] = set()
    for time in (f for f in facts if f.kind is DifferenceKind.DATE and f.value.startswith("time ")):
        bracket = _BRACKET_AFTER_A_TIME.match(text, time.end)
        if not bracket:
            continue
        start, end = bracket.span("inside")
        inside = [f for f in facts if f.kind is DifferenceKind.DATE and start <= f.start and f.end <= end]
        zoned = any(f.value.startswith("time ") and f.zone for f in inside) or _ZONE_NAMED.search(bracket["inside"])
        if zoned and len(bracket["inside"].split()) <= 8 and any(f.value.startswith("time ") for f in inside):
            converted |= {id(f) for f in inside}
    return [replace(f, converted=True) if id(f) in converted else f for f in facts]
