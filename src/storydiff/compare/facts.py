"""Facts in a sentence — numbers, dates, money, quantities, names — and how aligned sentences differ in them.

Method. Each body segment is scanned once, most specific pattern first, so a span is
claimed by only one fact: dates (English month/weekday/relative phrases, ISO dates,
Chinese ``3月20日``/``明年``), then money (currency sign or word next to a number), then
quantities (a number with a unit or percent), then bare numbers (digits, English number
words via ``number-parser``, German, French, Spanish, Italian, Portuguese, Dutch and Danish
ones via ``text2num``, Russian and Ukrainian ones via ``number-parser``, Chinese numerals via
``cn2an``), then proper names (English
runs of capitalised words, titles stripped). A text in another language is read with its
language's conventions (locales.py, from CLDR): its numbers are rewritten the English way
character for character ("3,5" -> "3.5", so offsets hold), and its month and weekday
names, date order, relative dates ("gestern"), words for million and currency and unit
names join the patterns.
Each fact keeps its normalised ``value`` and its offsets in the segment text, so the
report can highlight it.

Dates are resolved against ``Document.published`` ("on Monday", "next year",
"tomorrow"); a date whose year is neither written nor resolvable is kept partial
(``--03-20``) and matches any full date with that month and day. Inside an aligned unit,
:func:`differences` compares the facts of each kind across documents: when two documents
each give a value the other lacks (10 vs 12, March 20 vs March 21, Putin vs Medvedev) the
difference is a conflict; a value only one side gives is a dropped detail (not for
names, where the other side mostly uses a pronoun), and a value whose digits the other
text also writes, in a form these patterns miss, is no difference at all.

Names are compared only between documents in the same language, and two names
match when they share a token, one is the other's acronym (UN / United Nations), or they
are near-identical spellings — so translations that expand or abbreviate a name are not
flagged. German capitalises every noun, so no names are read there at all. Chinese
person names are not extracted (no offline Chinese NER exists; jieba's tags call 普京 a
place); speakers.py maps them to pinyin instead.

Cost: a handful of compiled regular expressions per segment, linear in its length.

Rejected: dateparser (its ``search_dates`` misfires on ordinary words such as "may";
resolving the few phrases found against a base date is a few lines of calendar arithmetic
that stay deterministic); quantulum3 (English only, 5 s first call, and its unit guesses
add noise to a conflict test); spaCy NER (no offline model); jionlp (246 MB, prints a
banner on import).
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..model import DifferenceKind
from .locales import Conventions, conventions, relative_dates
from .words import CAPITAL, FUNCTION_WORDS, NAME_PARTICLES, NUMBER_WORDS, is_cjk, same_stem

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ZH_WEEKDAYS = "一二三四五六日天"
_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_ZH_NUM = "零〇一二三四五六七八九十百千万亿两"

_CLOCK_WORD = r"(?:Uhr|h|heures?|horas?|ore|u)"
"""Words that make a number a time of day on the 24-hour clock (German, French, Spanish,
Portuguese, Italian, Dutch)."""
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # the 24-hour clock: "20.30 Uhr", "20:30 h", "20 h 30", "20h30", "16 Uhr", "16 heures"
    (
        "time",
        re.compile(
            rf"(?<![\d.,])(?P<hour24>[01]?\d|2[0-3])[.:](?P<minute24>[0-5]\d)\s?{_CLOCK_WORD}(?![^\W\d_])"
        ),
    ),
    ("time", re.compile(r"(?<![\d.,])(?P<hour24>[01]?\d|2[0-3])\s?h\.?\s?(?P<minute24>[0-5]\d)(?!\d)")),
    ("time", re.compile(r"(?<![\d.,])(?P<hour24>[01]?\d|2[0-3])\s?Uhr(?![^\W\d_])")),
    # an hour alone after a word that makes it a time ("à 15h", "vers 15 h"; "en 3h" is a
    # duration), "a las 22 horas", "alle ore 16", "a las 5 de la tarde" (the number in
    # words is digits by then)
    (
        "time",
        re.compile(
            r"(?<!\w)(?:(?:à|vers|dès|depuis|jusqu['’]à|avant|après|às)\s+(?P<hour24>[01]?\d|2[0-3])\s?h\b(?!/)"
            r"|a\s+las\s+(?P<h24>[01]?\d|2[0-3])\s+horas\b|alle\s+ore\s+(?P<ore>[01]?\d|2[0-3])\b"
            r"|a\s+las\s+(?P<hour>1[0-2]|0?\d)\s+de\s+la\s+(?P<daypart>madrugada|mañana|tarde|noche))",
            re.IGNORECASE,
        ),
    ),
    # "heures" alone is as often hours as o'clock ("deux heures plus tard", "à deux heures
    # de route"): a time after "à", "vers", "dès" and not followed by "de"
    (
        "time",
        re.compile(
            r"(?<!\w)(?:à|vers|dès)\s+(?P<hour24>[01]?\d|2[0-3])\s?heures(?![^\W\d_])(?!\s+d(?:e\b|['’]))",
            re.IGNORECASE,
        ),
    ),
    # times of day: "5.30pm", "17:30", "下午 5 点半", "5 点 30 分"
    (
        "time",
        re.compile(
            r"\b(?P<hour>[01]?\d|2[0-3])(?:[.:](?P<minute>[0-5]\d))?\s?(?P<half>[ap])\.?m\b\.?"
            r"|\b(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)\b"
        ),
    ),
    (
        "zh_time",
        re.compile(
            # 点 alone is also "point" (五点建议, a five-point proposal): a part of the
            # day, the minutes or 钟 must make it a time
            rf"(?P<part>凌晨|早上|上午|中午|下午|傍晚|晚上)?\s?(?P<hour>\d{{1,2}}|[{_ZH_NUM}]{{1,3}})\s?[点时]"
            rf"(?:\s?(?P<halfhour>半)|\s?(?P<minute>\d{{1,2}}|[{_ZH_NUM}]{{1,3}})\s?分|(?P<oclock>钟))?"
        ),
    ),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    # 01.03.2022 is day first wherever it is written; 2022/3/1 year first; 01/03/2022 is
    # read in the document's language's order unless one part is over 12 (US English
    # when no language is known)
    ("dotted", re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d)\.\s?(?P<year>(?:19|20)\d\d)(?![\d.]\d)")),
    ("ymd", re.compile(r"(?<![\d/.])(?P<year>(?:19|20)\d\d)[/.](?P<month>[01]?\d)[/.](?P<day>[0-3]?\d)(?![\d/])")),
    ("slashed", re.compile(r"(?<![\d/])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])")),
    (
        "mdy",
        re.compile(rf"\b(?P<month>{_MONTH_RE})\s+{_DAY_RE}\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"),
    ),
    (
        "dmy",
        re.compile(
            rf"\b{_DAY_RE}\s+(?:of\s+)?(?P<month>{_MONTH_RE})(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
        ),
    ),
    ("my", re.compile(rf"\b(?P<month>{_MONTH_RE})\s+(?P<year>(?:19|20)\d\d)\b")),
    (
        # a month alone, after a word that makes it a time ("agreed in February"; "May"
        # alone is mostly the verb)
        "month",
        re.compile(
            r"\b(?i:in|since|until|till|by|from|of|last|next|this|early|late|mid|before|after)\s+"
            r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b"
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<rel>next|last|this|coming|past)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    # "today" / 今天 are left out: they mean "nowadays" as often as the publication day
    # ("memories remain fresh today"), and a date only one account gives is a finding.
    (
        "relative",
        re.compile(
            r"\b(?P<rel>next|last|this|coming|past)\s+(?P<unit>year|month|week(?:end)?)\b"
            r"|\b(?:(?:earlier|later)\s+in|(?:the\s+)?rest\s+of)\s+the\s+(?P<thisweek>week)\b"
            r"|\b(?P<word>(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)|tomorrow|yesterday)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "zh",
        re.compile(
            rf"(?:(?P<year>\d{{4}}|[〇零一二三四五六七八九]{{4}})\s?年\s?)?(?P<month>\d{{1,2}}|[{_ZH_NUM}]{{1,3}})\s?月"
            rf"(?:\s?(?P<day>\d{{1,2}}|[{_ZH_NUM}]{{1,3}})\s?[日号])?"
        ),
    ),
    ("day", re.compile(r"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b")),  # "announced on the 10th"
    # a day alone is N日; N号 alone is mostly a number, not a day (北溪 2 号, 1 号线)
    ("zh_day", re.compile(rf"(?<![月\d{_ZH_NUM}])(?P<day>\d{{1,2}}|[{_ZH_NUM}]{{1,3}})\s?日")),
    (
        "decade",
        re.compile(
            r"\b(?P<decade>(?:1\d|20)\d0)s\b"
            rf"|(?P<zhcentury>\d{{1,2}}|[{_ZH_NUM}]{{1,3}})\s?世纪\s?(?P<zhdecade>\d0|[{_ZH_NUM}]{{1,3}})\s?年代"
        ),
    ),
    (
        # 前天/后天 are left out too: they hide inside other words (下周末前天气: 前 + 天气)
        "zh_rel",
        re.compile(
            rf"(?P<zh>明天|昨天|明年|去年|今年|前年|后年|(?:下周|上周|本周)(?![{_ZH_WEEKDAYS}])"
            r"|下个?星期|上个?星期|下个?月|上个?月|本月|这个月)"
        ),
    ),
    ("zh_weekday", re.compile(rf"(?:(?P<zhrel>上|下|本|这)个?)?(?:星期|周|礼拜)(?P<zhwd>[{_ZH_WEEKDAYS}])")),
    (
        # not a count of something: 2000 英尺, 2000 人, 2,000 feet, 1990 people; but 在2019年
        "year",
        re.compile(
            r"(?<![.,$€£¥])(?<![^\W\u3400-\u9fff])(?P<year>(?:19|20)\d\d)(?:\b|(?=年))(?![.,]?\d|\s?%)"
            r"(?!\s?[\u4e00-\u5e73\u5e75-\u9fff])"  # any CJK character but 年
            r"(?!\s?(?:feet|foot|ft|miles?|mph|km|kilomet\w*|met(?:re|er)s|inch\w*|people|tonnes|tons|kg)\b)"
        ),
    ),
]

_NOUN_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]")
"""A capitalised word after a number: in German, the noun it counts ("2000 Menschen"); a
year is followed by a verb or a preposition ("Im Jahr 2019 wurden …", "WM 1990 in …")."""
_BEFORE_A_YEAR = frozenset({"in", "since", "until", "till", "before", "after", "during", "by"})
"""English words that make a bare four-digit number a year ("in 2019"), not a count."""

_MULTIPLIERS = {
    "thousand": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "万": 1e4,
    "亿": 1e8,
    "万亿": 1e12,
    "千": 1e3,
}
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_ZH_NOT_AFTER = rf"(?<![数几\d{_ZH_NUM}])"
"""Not inside a longer numeral, nor after 数/几 ("several": 数十亿美元 is billions, not one)."""
_MULT = r"(?:\s?(?P<mult>(?:thousand|million|billion|trillion)\b|万亿|万|亿)|(?P<short>bn|mn|tn|m|b)\b)?"
"""Multipliers: words (with or without a space), Chinese 万/亿, and "5m"/"2bn" written solid
(so "5 m" stays five metres)."""
_CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "rmb": "CNY"}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "元": "CNY",
    "美元": "USD",
    "欧元": "EUR",
    "英镑": "GBP",
    "日元": "JPY",
    "卢布": "RUB",
}
_MONEY_PATTERNS = [
    re.compile(
        rf"(?P<cur>US\$|\$|€|£|¥|RMB|USD|EUR|GBP|CNY|JPY|RUB)\s?{_NUM}{_MULT}", re.IGNORECASE
    ),
    re.compile(
        rf"{_NUM}{_MULT}\s?(?P<curw>dollars?|euros?|pounds|yuan|renminbi|yen|roubles?|rubles?)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_ZH_NOT_AFTER}(?P<num>\d+(?:\.\d+)?|[{_ZH_NUM}]+)\s?(?:多|余)?(?P<mult>万亿|万|亿)?(?P<curw>美元|欧元|英镑|日元|卢布|元)"
    ),
]
_UNITS = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "percentage points": "pp",
    "basis points": "bp",
    "bps": "bp",
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "miles": "mi",
    "mile": "mi",
    "kg": "kg",
    "kilograms": "kg",
    "tons": "t",
    "tonnes": "t",
    "metres": "m",
    "meters": "m",
    "barrels": "bbl",
    "mph": "mph",
    "miles per hour": "mph",
    "km/h": "km/h",
    "kph": "km/h",
    "kilometres per hour": "km/h",
    "kilometers per hour": "km/h",
    "公里/小时": "km/h",
    "公里每小时": "km/h",
    "英里/小时": "mph",
    "英里每小时": "mph",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "inches": "in",
    "inch": "in",
    "centimetres": "cm",
    "centimeters": "cm",
    "cm": "cm",
    "公里": "km",
    "千米": "km",
    "英里": "mi",
    "公斤": "kg",
    "千克": "kg",
    "吨": "t",
    "米": "m",
    "英尺": "ft",
    "英寸": "in",
    "厘米": "cm",
}
_QUANTITY_RE = re.compile(
    rf"{_NUM}{_MULT}\s?(?P<unit>%|percentage points|basis points|bps|per cent|percent|km/h|kph|kilomet(?:re|er)s per hour|miles per hour|kilometres|kilometers|kilometre|kilometer|km|miles|mile|kilograms|kg|tonnes|tons|metres|meters|barrels|mph|feet|foot|ft|inches|inch|centimetres|centimeters|cm)(?!\w)",
    re.IGNORECASE,
)
_ZH_QUANTITY_RE = re.compile(
    rf"{_ZH_NOT_AFTER}(?P<num>\d+(?:\.\d+)?|[{_ZH_NUM}]+)\s?(?:多|余)?(?P<mult>万亿|万|亿)?\s?(?P<unit>(?:公里|英里)(?:/小时|每小时)|公里|千米|英里|公斤|千克|吨|英尺|英寸|厘米|米)"
)
_ZH_SPEED_RE = re.compile(rf"(?:每小时|时速)\s?(?P<num>\d+(?:\.\d+)?|[{_ZH_NUM}]+)\s?(?P<unit>公里|英里)")
"""A speed written before its number: 每小时120公里, 时速120公里 ("120 km an hour")."""
_MEASURES = {
    "km": ("length", 1000.0),
    "m": ("length", 1.0),
    "cm": ("length", 0.01),
    "mi": ("length", 1609.344),
    "ft": ("length", 0.3048),
    "in": ("length", 0.0254),
    "km/h": ("speed", 1.0),
    "mph": ("speed", 1.609344),
    "kg": ("mass", 1.0),
    "t": ("mass", 1000.0),
}
"""Units one measure may be given in: a translation converts (75 mph, 120 km/h)."""
CONVERSION_TOLERANCE = 0.05
"""How far two conversions of one measure may differ: translators round (75 mph is
120.7 km/h, given as 120; 1.2 miles is 1.93 km, given as 1.9)."""
_ZH_PERCENT_RE = re.compile(rf"百分之(?P<num>[{_ZH_NUM}点]+|\d+(?:\.\d+)?)")
_PHONE_RE = re.compile(
    r"(?<![\d+/])(?:\+\d{1,3}[ \u00a0]?(?:\(0\)[ \u00a0]?)?\d{1,4}|\(?0\d{1,4}\)?[ \u00a0]?/)"
    r"[ \u00a0]?(?=(?:[ \u00a0.-]?\d){4})\d{2,4}(?:[ \u00a0.-]?\d{2,4}){0,4}(?![\d/])"
)
"""A telephone number: a "+" country code or a "0" area code before a slash, then at least
four digits (01/03/2022 is a date)."""
_NUMBER_RE = re.compile(rf"(?<![A-Za-z0-9.,])(?<![A-Za-z]-){_NUM}(?:st|nd|rd|th)?{_MULT}(?![A-Za-z0-9])")
_WORDS_ALT = "|".join(sorted(NUMBER_WORDS - {"zero"}, key=lambda w: (-len(w), w)))  # "zero tolerance"
_NUMBER_WORDS_RE = re.compile(
    rf"\b(?:{_WORDS_ALT})(?:(?:[\s-]+|\s+and\s+)(?:{_WORDS_ALT}))*\b",
    re.IGNORECASE,
)
_HALVES_AND_DOZENS_RE = re.compile(
    rf"\b(?:(?P<whole>{_WORDS_ALT}|\d+)\s+and\s+a\s+half|half\s+an?)\s+(?P<scale>hundred|thousand|million|billion|trillion)\b"
    rf"|\b(?:(?P<count>{_WORDS_ALT}|a)\s+)?dozen\b",
    re.IGNORECASE,
)
"""English amounts number-parser does not read: "half a million", "two and a half
billion", "a dozen", "two dozen"."""
_VAGUE_RE = re.compile(
    r"\b(?:(?P<times>tens|hundreds)\s+of\s+(?P<of>thousands|millions|billions)"
    r"|(?:several|a\s+few|few|many)\s+(?P<single>dozen|hundred|thousand|million|billion)"
    r"(?:\s+(?P<single_of>thousand|million|billion))?"
    r"|(?P<plural>dozens|hundreds|thousands|millions|billions))\b",
    re.IGNORECASE,
)
"""An amount given by its order of size ("hundreds", "tens of thousands", "several
hundred"): read as a range, which a number inside it matches and a range or number
outside it conflicts with ("hundreds" / "thousands" of people evacuated)."""
_ZH_VAGUE_RE = re.compile(r"成千上万|(?:数|好?几|上(?=[百千万亿]))(?P<unit>[十百千])?(?P<scale>[万亿])?(?<![数几上])")
"""数百, 几千, 上万, 数十万, 成千上万: the same in Chinese."""
_ZH_TENTHS_RE = re.compile(r"(?P<num>[二两三四五六七八九])成(?P<half>[一二三四五六七八九])?(?![功为立员本果年绩长就交都品熟])")
"""三成 is three tenths, 30 %, 三成五 35 % (not 成功, 成为, 成员 …)."""
_FRACTION_AFTER = re.compile(
    r"[\s-]+(?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b",
    re.IGNORECASE,
)
"""The denominator after a number word: "two-thirds" is no count of two."""
_ZH_NUMERAL_RE = re.compile(rf"(?<![数几第])[{_ZH_NUM}]+(?:点[{_ZH_NUM}]+)?")
_ZH_MEASURE = set("年个名人位次天日月倍项家国岁座件条架艘辆周")

_TITLES = {
    "president",
    "vice",
    "premier",
    "prime",
    "minister",
    "chancellor",
    "secretary",
    "general",
    "foreign",
    "defence",
    "defense",
    "deputy",
    "chairman",
    "chairwoman",
    "chair",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "senator",
    "governor",
    "mayor",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "state",
    "councilor",
    "councillor",
    "envoy",
    "leader",
    "speaker",
    "head",
    "chief",
    "director",
    "lord",
}
_QUALIFYING_TITLES = {"vice", "deputy", "prime", "foreign", "defence", "defense", "state", "general", "chief"}
"""Title words that qualify another title (Vice President, State Councilor, General
Secretary); before any other word they name a body or a firm (State Duma, Foreign
Ministry, General Motors)."""


def _names_a_body(words: list[str]) -> bool:
    return words[0].lower().strip(".") in _QUALIFYING_TITLES and (
        len(words) < 2 or words[1].lower().strip(".") not in _TITLES
    )


_STOP_CAPS = FUNCTION_WORDS
_NAME_RE = re.compile(
    rf"(?<!\w){CAPITAL}[\w'’.-]*[\w](?:\s+(?:(?:of|the|{NAME_PARTICLES})\s+)*{CAPITAL}[\w'’-]*[\w])*"
)
_ORG_WORDS = {
    "party",
    "committee",
    "council",
    "union",
    "ministry",
    "nations",
    "organization",
    "organisation",
    "agency",
    "bank",
    "congress",
    "parliament",
    "assembly",
    "court",
    "company",
    "corporation",
    "group",
    "university",
    "institute",
    "association",
    "fund",
    "office",
    "army",
    "commission",
    "federation",
    "forum",
    "news",
    "times",
    "post",
    "inc",
    "ltd",
}


@dataclass(frozen=True)
class Fact:
    """One normalised fact found in a segment; offsets are into the segment's text."""

    kind: DifferenceKind
    value: str
    text: str
    start: int
    end: int
    not_read_everywhere: bool = False
    """A date read by a pattern not every language has ("next year", 明年, "in March",
    "im nächsten Jahr"): another language's text may say it in words not read ("im
    kommenden Jahr", "en mars")."""
    any_week: bool = False
    """A weekday named alone ("on Monday", "am Montag"): it says the day, not the week. It
    is resolved to the last such day, as news mostly reports the past, but "talks resume
    on Monday" means the next one, so it also matches the date a week later."""
    maybe_count: bool = False
    """A bare four-digit number read as a year ("in 2019", but also "2000 Menschen",
    "quelque 2000 personnes"): what the other accounts give decides
    (:func:`_amounts_as_numbers`)."""


def _mult(m: re.Match[str]) -> str:
    g = m.groupdict()
    return (g.get("mult") or g.get("short") or "").lower()


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.6g}"


_RANGE = re.compile(r"(\d+)-(\d+)")


def _vague_range(m: re.Match[str]) -> str:
    """The range an order of size stands for: "hundreds" -> "100-999"."""
    g = {k: (v or "").lower() for k, v in m.groupdict().items()}
    if g.get("unit") is not None or g.get("scale") is not None:  # Chinese
        if m.group() == "成千上万":
            low = 1000
        else:
            low = {"": 1, "十": 10, "百": 100, "千": 1000}[g["unit"]] * {"": 1, "万": 10**4, "亿": 10**8}[g["scale"]]
        high = 100 * low if m.group() == "成千上万" else 10 * low
        return f"{low}-{high - 1}"
    scale = (g["of"] or g["single_of"] or g["plural"] or g["single"]).rstrip("s")
    low = int(_MULTIPLIERS.get(scale, 12 if scale == "dozen" else 100))
    if g["times"]:
        low *= 10 if g["times"] == "tens" else 100
    elif g["single_of"]:
        low *= int(_MULTIPLIERS.get(g["single"], 100))
    high = 100 if scale == "dozen" and not g["single_of"] else 10 * low
    return f"{low}-{high - 1}"


RANGE_EDGE = 0.1
"""An order of size is no sharp bound: "nearly 1,000" is still "hundreds", "over 100,000"
still "tens of thousands"; a number within this share beyond a range's ends matches it."""


def _numbers_match(a: str, b: str) -> bool:
    """Equal numbers, or a range and a number inside it (give or take its edge), or two
    ranges that overlap."""
    if a == b:
        return True
    ra, rb = _RANGE.fullmatch(a), _RANGE.fullmatch(b)
    if not (ra or rb):
        return False
    try:
        low_a, high_a = (int(ra[1]), int(ra[2])) if ra else (float(a), float(a))
        low_b, high_b = (int(rb[1]), int(rb[2])) if rb else (float(b), float(b))
    except ValueError:
        return False
    if ra and rb:
        return low_a <= high_b and low_b <= high_a
    (low, high), number = ((low_a, high_a), low_b) if ra else ((low_b, high_b), low_a)
    return low * (1 - RANGE_EDGE) <= number <= (high + 1) * (1 + RANGE_EDGE)


def _to_float(raw: str) -> float | None:
    raw = raw.replace(",", "")
    try:
        return float(raw)
    except ValueError:
        return _zh_number(raw)


@lru_cache(maxsize=4096)
def _zh_number(raw: str) -> float | None:
    import cn2an

    try:
        return float(cn2an.cn2an(raw, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


@lru_cache(maxsize=4096)
def _word_number(raw: str) -> float | None:
    from number_parser import parse_number

    value = parse_number(raw.replace("-", " ").lower())
    return float(value) if value is not None else None


_SPELLED_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl", "da", "ru", "uk"})
"""Languages whose numbers in words are read: by text2num ("drei", "vingt-trois", "treinta
y dos"), and by number-parser in Russian and Ukrainian, under any case ("трёх", "троє")."""
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|\w+|[^\w\s]")
_ROUND = frozenset({"100", "1000", "1000000", "1000000000"})
_PLURAL_ENDING = re.compile(r"(?:s|en|и|ы|і|ов|ів|ен|ч)$")
"""A lone round number in the plural is a vague amount: "des millions", "miles de",
"Millionen Menschen", "тысячи людей" (thousands, not a thousand), and so in the genitive
plural ("десятки тысяч", "сотни миллионов")."""


def _with_digits(text: str, lang: str) -> str:
    if lang in ("ru", "uk"):
        from number_parser import parse

        return str(parse(text, language=lang))
    from text_to_num import alpha2digit

    # words for one are left out (threshold): they are the articles (ein, un, una, een)
    return str(alpha2digit(text, lang, threshold=1.5))


@lru_cache(maxsize=4096)
def _spelled_numbers(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """Numbers written in words in ``text``: (start, end, value in digits).

    The text is rewritten with digits; comparing its words before and after gives each
    number's span. One is left out (an article, "один из"), and so is a number beside
    another one in the rewritten text ("drei Komma fünf Millionen" becomes "3,5
    1000000"), where which digits go together is unclear.
    """
    rewritten = _with_digits(text, lang)
    if rewritten == text:
        return ()
    before = list(_TOKEN_RE.finditer(text))
    after = _TOKEN_RE.findall(rewritten)
    matcher = difflib.SequenceMatcher(None, [m.group() for m in before], after, autojunk=False)
    found = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "replace" and j2 - j1 == 2 and after[j1] == "1" and i2 - i1 > 1:
            i1, j1 = i1 + 1, j1 + 1  # an article the rewrite made a 1: "Unas doscientas …"
        if op != "replace" or j2 - j1 != 1 or not after[j1].isdigit() or after[j1] == "1":
            continue
        words = [m.group() for m in before[i1:i2]]
        if any(c.isdigit() for w in words for c in w):
            continue
        if len(words) == 1 and after[j1] in _ROUND and _PLURAL_ENDING.search(words[0].lower()):
            continue
        # beside another number; a word for one there is an article ("Unas doscientas …")
        if (j1 > 0 and after[j1 - 1] != "1" and after[j1 - 1][0].isdigit()) or (
            j2 < len(after) and after[j2] != "1" and after[j2][0].isdigit()
        ):
            continue
        found.append((before[i1].start(), before[i2 - 1].end(), after[j1]))
    return tuple(found)


def _spelled_as_digits(scan: str, spelled: tuple[tuple[int, int, str], ...]) -> str:
    """``scan`` with each number in words that has room for its digits written in them,
    right-aligned ("deux cents mètres" -> "       200 mètres"), so that the patterns read
    it with its unit, currency or clock word; offsets hold."""
    for start, end, value in spelled:
        if len(value) <= end - start:
            scan = scan[:start] + value.rjust(end - start) + scan[end:]
    return scan


def _zh_small(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    value = _zh_number(raw)
    return int(value) if value is not None else None


def _shift(day: dt.date, *, years: int = 0, months: int = 0) -> dt.date:
    month0 = day.month - 1 + months
    year = day.year + years + month0 // 12
    return dt.date(year, month0 % 12 + 1, 1)


_AFTERNOON = {"下午", "傍晚", "晚上"}


def _resolve_time(kind: str, g: dict[str, str | None]) -> str | None:
    """A time of day as ``time 17:30``, or ``time 05:30/12h`` when am or pm is not said."""
    if kind == "zh_time" and not (g.get("part") or g.get("halfhour") or g.get("minute") or g.get("oclock")):
        return None
    hour = _zh_small(g.get("hour") or g.get("hour24") or g.get("h24") or g.get("ore") or "")
    minute_raw = g.get("minute") or g.get("minute24")
    minute = 30 if g.get("halfhour") else (_zh_small(minute_raw) if minute_raw else 0)
    if hour is None or minute is None or hour > 23 or minute > 59:
        return None
    clock = any(g.get(key) is not None for key in ("hour24", "h24", "ore"))
    daypart = (g.get("daypart") or "").lower()
    if kind == "time" and daypart:
        hour += 12 if daypart in {"tarde", "noche"} and hour < 12 else 0
        clock = True
    elif kind == "time" and g.get("half"):
        if hour > 12:
            return None
        hour = hour % 12 + (12 if g["half"] == "p" else 0)
        clock = True
    elif kind == "zh_time" and g.get("part"):
        if g["part"] in _AFTERNOON and hour < 12:
            hour += 12
        clock = True
    return f"time {hour:02d}:{minute:02d}" + ("" if clock or hour > 12 else "/12h")


def _resolve_date(
    kind: str, m: re.Match[str], published: dt.date | None, conv: Conventions | None = None
) -> str | None:
    """Normalise one date match to ISO (``2023-03-20``), partial ISO or a year/month string."""
    g = dict(m.groupdict())
    if kind == "slashed":
        first, second = int(g["first"]), int(g["second"])
        day_first = first > 12 or (second <= 12 and conv is not None and conv.day_first)
        g["day"], g["month"] = (g["first"], g["second"]) if day_first else (g["second"], g["first"])
    if kind in {"iso", "mdy", "dmy", "my", "zh", "month", "dotted", "ymd", "slashed", "loc_dmy", "loc_my", "loc_month"}:
        month_raw = g["month"]
        month: int | None
        if kind in {"iso", "dotted", "ymd", "slashed"}:
            month = int(month_raw)
        elif kind in {"loc_dmy", "loc_my", "loc_month"}:
            month = conv.months.get(month_raw.rstrip(".").lower()) if conv else None
        elif kind == "zh":
            month = _zh_small(month_raw)
        else:
            month = _MONTHS.get(month_raw.rstrip(".").lower())
        year = _zh_small(g["year"]) if g.get("year") else None
        day = _zh_small(g["day"]) if g.get("day") else None
        if not month or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            return None
        if year is None and published is not None:
            year = published.year
        if day is None:
            return f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
        return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    if kind == "year":
        return g["year"]
    if kind == "decade":
        # "the 1880s" = "19 世纪 80 年代" (the 19th century's eighties)
        if g.get("decade"):
            return f"{g['decade']}s"
        century, decade = _zh_small(g["zhcentury"]), _zh_small(g["zhdecade"])
        if not century or not 1 <= century <= 30 or decade is None or decade % 10 or decade >= 100:
            return None
        return f"{(century - 1) * 100 + decade}s"
    if kind in {"zh_day", "day"}:
        day = _zh_small(g["day"])
        return f"---{day:02d}" if day and 1 <= day <= 31 else None
    if kind in {"time", "zh_time"}:
        return _resolve_time(kind, g)
    if kind in {"weekday", "zh_weekday", "loc_weekday"}:
        week: int | None = None  # that day of this week (0), of the week before or after
        if kind == "weekday":
            index = _WEEKDAYS.index(g["weekday"].lower())
            rel = (g.get("rel") or "").lower()
            week = 0 if rel == "this" else None
        elif kind == "loc_weekday":
            index = conv.weekdays[g["weekday"].lower()] if conv else 0
            rel = ""
        else:
            index = min(_ZH_WEEKDAYS.index(g["zhwd"]), 6)
            rel = ""
            week = {"上": -1, "下": 1, "本": 0, "这": 0}.get(g.get("zhrel") or "")
        if published is None:
            return _WEEKDAYS[index].capitalize()
        if week is not None:
            return (published + dt.timedelta(days=index - published.weekday(), weeks=week)).isoformat()
        delta = (published.weekday() - index) % 7
        if rel in {"next", "coming"}:
            return (
                published + dt.timedelta(days=(index - published.weekday()) % 7 or 7)
            ).isoformat()
        return (published - dt.timedelta(days=delta)).isoformat()
    # relative phrases
    word = (g.get("word") or g.get("zh") or "").lower()
    rel = "this" if g.get("thisweek") else (g.get("rel") or "").lower()
    unit = "week" if g.get("thisweek") else (g.get("unit") or "").lower().removesuffix("end")  # a weekend is its week's
    word = " ".join(word.split()).removeprefix("the ")  # "the day before yesterday"
    table = {
        "tomorrow": ("day", 1),
        "yesterday": ("day", -1),
        "day before yesterday": ("day", -2),
        "day after tomorrow": ("day", 2),
        "明天": ("day", 1),
        "昨天": ("day", -1),
        "明年": ("year", 1),
        "去年": ("year", -1),
        "今年": ("year", 0),
        "前年": ("year", -2),
        "后年": ("year", 2),
        "下周": ("week", 1),
        "上周": ("week", -1),
        "本周": ("week", 0),
        "下星期": ("week", 1),
        "上星期": ("week", -1),
        "下月": ("month", 1),
        "上月": ("month", -1),
        "本月": ("month", 0),
        "这月": ("month", 0),
    }
    if kind == "loc_relative" and conv and m.lastgroup:
        unit, step = _locale_relatives(conv.lang)[1][int(m.lastgroup[1:])]
    elif word:
        unit, step = table[word.replace("个", "")]  # 下个月 = 下月
    else:
        step = {"next": 1, "coming": 1, "last": -1, "past": -1, "this": 0}[rel]
    if published is None:
        return f"{step:+d} {unit}"
    if unit == "day":
        return (published + dt.timedelta(days=step)).isoformat()
    if unit == "year":
        return str(published.year + step)
    if unit == "month":
        return _shift(published, months=step).strftime("%Y-%m")
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
    return f"week:{monday.isoformat()}"


_TIME_WORDS = frozenset(
    ["on", "by", "since", "until", "till", "from", "last", "next", "this", "coming", "past", "early", "late", "before", "after", "every", "through", "during"]
)
_ZH_TITLE_MARKS = re.compile(r"《[^《》]{1,40}》")
_NAME_NEXT = re.compile(rf"\s+(?!{_MONTH_RE})[A-Z][a-z]")


def _names_something(text: str, m: re.Match[str]) -> bool:
    """A weekday that starts a name ("Sunday Best", "the Sunday Times") rather than a date:
    followed by a capitalised word that is not a month, with no "on"/"last"… before it
    ("On Tuesday Xi said" is a date)."""
    before = text[max(0, m.start() - 12) : m.start()].split()
    if m["rel"] or (before and before[-1].lower() in _TIME_WORDS):
        return False
    return bool(_NAME_NEXT.match(text, m.end()))


def _word_before(text: str, at: int) -> str:
    """The last word (lower case) of the seven characters before ``at``, or ""."""
    words = text[max(0, at - 7) : at].lower().split()
    return words[-1] if words else ""


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e in taken)


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    names: bool = True,
    known: frozenset[str] = frozenset(),
    lang: str | None = None,
) -> list[Fact]:
    """Every fact in ``text`` (one segment), each span claimed once, in text order.

    ``known``: words the document capitalises mid-sentence (:func:`known_names`), which
    makes a lone capitalised word at the start of a sentence count as a name. ``lang``:
    the segment's language, whose conventions (locales.py) are read besides English.
    """
    conv = conventions(lang)
    # Patterns read an English-number copy of the text ("3,5" -> "3.5", "drei Meter" ->
    # "   3 Meter"): same offsets.
    scan = conv.as_english_numbers(text) if conv else text
    spelled = _spelled_numbers(scan, conv.lang) if conv and conv.lang in _SPELLED_LANGUAGES else ()
    if spelled and conv:  # "ciento" in "por ciento" is the unit, not a hundred
        in_names = [m.span() for m in _unit_phrases(conv.lang).finditer(scan)]
        spelled = tuple(sp for sp in spelled if not any(a < sp[1] and sp[0] < b for a, b in in_names))
    scan = _spelled_as_digits(scan, spelled)
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []

    def add(
        kind: DifferenceKind,
        value: str | None,
        start: int,
        end: int,
        partly_read: bool = False,
        any_week: bool = False,
        maybe_count: bool = False,
    ) -> None:
        for a, b, _ in spelled:  # a fact read in the digits of a number in words spans the words
            start, end = (a if a <= start < b else start), (b if a < end <= b else end)
        if value is None or not _free(taken, start, end):
            return
        taken.append((start, end))
        facts.append(Fact(kind, value, text[start:end], start, end, partly_read, any_week, maybe_count))

    for m in _PHONE_RE.finditer(text):  # one number however it is spaced: 031/43 36 11
        add(DifferenceKind.NUMBER, re.sub(r"\D", "", m.group()), m.start(), m.end())
    titles = [t.span() for t in _ZH_TITLE_MARKS.finditer(scan)]
    date_patterns = (_locale_dates(conv.lang) if conv else []) + _DATE_PATTERNS
    for kind, pattern in date_patterns:
        for m in pattern.finditer(scan):
            if kind == "weekday" and _names_something(scan, m):
                continue
            if kind == "relative" and scan[max(0, m.start() - 4) : m.start()].lower() == "the ":
                continue  # "over the next month" is a stretch of time, not next month
            if kind == "loc_relative" and conv and _is_morning(scan, m, conv):
                continue
            if any(a <= m.start() < b for a, b in titles):
                continue  # 《星期日镜报》 is the Sunday Mirror
            start, end = m.span("month") if kind == "month" else m.span()
            if kind == "year" and conv and conv.capitalises_nouns and _NOUN_AFTER.match(scan, end):
                continue  # "2000 Menschen": German capitalises the noun a count counts
            any_week = kind in {"loc_weekday", "zh_weekday"} or (kind == "weekday" and not m["rel"])
            value = _resolve_date(kind, m, published, conv)
            maybe_count = (
                kind == "year"
                and not scan[end : end + 2].lstrip().startswith("年")
                and not (conv is None and _word_before(scan, start) in _BEFORE_A_YEAR)
            )
            add(DifferenceKind.DATE, value, start, end, kind in _NOT_READ_EVERYWHERE, any_week, maybe_count)
    if conv:
        for kind, value, start, end in _locale_amounts(scan, conv):
            add(kind, value, start, end)
    for pattern in _MONEY_PATTERNS:
        for m in pattern.finditer(scan):
            g = m.groupdict()
            amount = _to_float(g["num"])
            if amount is None:
                continue
            amount *= _MULTIPLIERS.get(_mult(m), 1)
            cur = g.get("cur") or ""
            code = (
                _CURRENCY_SIGNS.get(cur.lower())
                or cur.upper()
                or _CURRENCY_WORDS[g["curw"].lower()]
            )
            add(DifferenceKind.MONEY, f"{code} {_fmt(amount)}", m.start(), m.end())
    for m in _ZH_SPEED_RE.finditer(scan):
        amount = _to_float(m["num"])
        if amount is not None:
            add(DifferenceKind.QUANTITY, f"{_fmt(amount)} {'km/h' if m['unit'] == '公里' else 'mph'}", m.start(), m.end())
    for pattern in (_QUANTITY_RE, _ZH_QUANTITY_RE):
        for m in pattern.finditer(scan):
            amount = _to_float(m["num"])
            if amount is None:
                continue
            amount *= _MULTIPLIERS.get(_mult(m), 1)
            add(
                DifferenceKind.QUANTITY,
                f"{_fmt(amount)} {_UNITS[m['unit'].lower()]}",
                m.start(),
                m.end(),
            )
    for m in _ZH_PERCENT_RE.finditer(scan):
        amount = _to_float(m["num"])
        if amount is not None:
            add(DifferenceKind.QUANTITY, f"{_fmt(amount)} %", m.start(), m.end())
    for m in _NUMBER_RE.finditer(scan):
        amount = _to_float(m["num"])
        if amount is not None:
            amount *= _MULTIPLIERS.get(_mult(m), 1)
            add(DifferenceKind.NUMBER, _fmt(amount), m.start(), m.end())
    for m in _ZH_TENTHS_RE.finditer(scan):
        tenths = 10 * (_zh_small(m["num"]) or 2) + ((_zh_small(m["half"]) or 0) if m["half"] else 0)
        add(DifferenceKind.QUANTITY, f"{tenths} %", m.start(), m.end())
    for m in _ZH_VAGUE_RE.finditer(scan):
        add(DifferenceKind.NUMBER, _vague_range(m), m.start(), m.end())
    if conv is None:  # English number words
        for m in _VAGUE_RE.finditer(scan):
            add(DifferenceKind.NUMBER, _vague_range(m), m.start(), m.end())
        for m in _HALVES_AND_DOZENS_RE.finditer(scan):
            if m["scale"]:
                whole = m["whole"] and (_to_float(m["whole"]) or _word_number(m["whole"]))
                amount = ((whole or 0) + 0.5) * _MULTIPLIERS.get(m["scale"].lower(), 100)
            else:
                count = 1 if (m["count"] or "a").lower() == "a" else _word_number(m["count"])
                amount = 12 * count if count else None
            if amount:
                add(DifferenceKind.NUMBER, _fmt(amount), m.start(), m.end())
        for m in _NUMBER_WORDS_RE.finditer(scan):
            if _FRACTION_AFTER.match(scan, m.end()):
                continue
            amount = _word_number(m.group())
            # "one" is a pronoun far more often than a count ("one of them").
            if amount is not None and amount != 1:
                add(DifferenceKind.NUMBER, _fmt(amount), m.start(), m.end())
    for start, end, value in spelled:  # those with no room for their digits ("mil" = 1000)
        add(DifferenceKind.NUMBER, value, start, end)
    for m in _ZH_NUMERAL_RE.finditer(scan):
        raw = m.group()
        follows = scan[m.end() : m.end() + 1]
        # A lone 一/两 is mostly part of a word (一起, 统一); keep numerals that count something.
        if (len(raw) < 2 and follows not in _ZH_MEASURE) or raw in {"一", "两"}:
            continue
        amount = _zh_number(raw)
        if amount is not None and amount != 1:
            add(DifferenceKind.NUMBER, _fmt(amount), m.start(), m.end())
    # German capitalises every noun: no capitalised word there is a sign of a name.
    if names and not (conv and conv.capitalises_nouns):
        for start, end, value in _names(scan, known, conv):
            before = scan[max(0, start - 12) : start].split()
            after_preposition = bool(before) and before[-1].lower() in _PLACE_PREPOSITIONS
            add(_name_kind(value, after_preposition=after_preposition), value, start, end)
    facts.sort(key=lambda f: (f.start, f.end))
    return facts


def _alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=32)
def _locale_dates(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """Dates in a language's own words: "20. März 2023", "20 de marzo", "1er mars", "Montag"."""
    conv = conventions(lang)
    if conv is None:
        return []
    months, link = _alternation(conv.months), r"(?:(?:de|del|di|do|da)\s+)?"
    return [
        (
            "loc_dmy",
            re.compile(
                rf"(?<!\w)(?P<day>[0-3]?\d)(?:\.|er|re|º|ª)?\s?{link}(?P<month>{months})(?!\w)\.?"
                rf"(?:,?\s+{link}(?P<year>(?:19|20)\d\d)(?!\d))?",
                re.IGNORECASE,
            ),
        ),
        (
            "loc_my",
            re.compile(rf"(?<!\w)(?P<month>{months})(?!\w)\.?\s+{link}(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE),
        ),
        # a month alone, its full name as the language writes it ("en octobre", "в октябре";
        # capitalised only where every noun is: "Mars" in French is the planet)
        (
            "loc_month",
            re.compile(
                rf"(?<!\w)(?P<month>{_alternation(conv.month_words)})(?!\w)",
                re.IGNORECASE if conv.capitalises_nouns else 0,
            ),
        ),
        # also opening a compound ("Sonntagmorgen"), but not a longer word ("Montage")
        (
            "loc_weekday",
            re.compile(rf"(?<!\w)(?P<weekday>{_alternation(conv.weekdays)})(?:\w{{3,}})?(?!\w)", re.IGNORECASE),
        ),
    ] + ([("loc_relative", _locale_relatives(lang)[0])] if relative_dates(lang) else [])


@lru_cache(maxsize=32)
def _locale_relatives(lang: str) -> tuple[re.Pattern[str], list[tuple[str, int]]]:
    """One pattern for a language's relative dates ("gestern", "im nächsten Jahr", "в
    прошлом году"), each phrase a group ``r<i>`` whose (unit, step) is the list's i-th."""
    phrases = sorted(relative_dates(lang).items(), key=lambda item: (-len(item[0]), item[0]))
    alternatives = "|".join(f"(?P<r{i}>{_phrase_pattern(p)})" for i, (p, _) in enumerate(phrases))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), [v for _, v in phrases]


def _phrase_pattern(phrase: str) -> str:
    """A relative-date phrase under other endings: each word of a longer phrase keeps its
    stem ("nächstes Jahr" -> "im nächsten Jahr", "el próximo año" -> "del próximo año"),
    and a short word opening three keeps the rest without it ("próximo año")."""
    words = phrase.split()
    if len(words) == 1:
        return re.escape(phrase).replace("'", "['’]")
    parts = []
    for w in words:
        stem = w[:-2] if len(w) >= 6 else w[:-1] if len(w) == 5 else w
        parts.append(re.escape(stem).replace("'", "['’]") + (r"\w{0,3}" if stem != w else ""))
    if len(words) >= 3 and len(words[0]) <= 3:
        return rf"(?:{parts[0]}\s+)?" + r"\s+".join(parts[1:])
    return r"\s+".join(parts)


_MORNING_AFTER = {
    "es": frozenset({"la", "esta", "una", "cada", "media", "toda", "esa"}),
    "nl": frozenset({"de", "deze", "die", "elke", "een", "'s", "’s"}),
}
"""Words after which the word for tomorrow is the morning ("por la mañana", "de morgen")."""


def _is_morning(scan: str, m: re.Match[str], conv: Conventions) -> bool:
    """Whether a relative-date word is a noun: German capitalises Morgen (morning), not
    morgen (tomorrow), but every word opening a sentence; Spanish and Dutch tell their
    morning (la mañana, de morgen) by the article before it."""
    word = m.group()
    if " " in word:
        return False
    before = scan[: m.start()]
    if conv.capitalises_nouns and word[0].isupper():
        return bool(before.strip(" \"'„“”«»‚‘’–—-"))
    previous = before.split()[-1:] or [""]
    return previous[0].lower() in _MORNING_AFTER.get(conv.lang, frozenset())


@lru_cache(maxsize=32)
def _unit_phrases(lang: str) -> re.Pattern[str]:
    """The language's unit and currency names of several words ("por ciento", "pour cent",
    "dólares estadounidenses"), whose words may also be numbers."""
    conv = conventions(lang)
    names = [n for n in (*(conv.units if conv else ()), *_locale_currencies(lang)) if " " in n]
    return re.compile(rf"(?<!\w)(?:{_alternation(names)})(?!\w)" if names else r"(?!x)x", re.IGNORECASE)


@lru_cache(maxsize=32)
def _locale_amount_pattern(lang: str) -> re.Pattern[str] | None:
    conv = conventions(lang)
    if conv is None:
        return None
    currency = _alternation(_locale_currencies(lang))
    short = _alternation(conv.short_multipliers) if conv.short_multipliers else r"(?!x)x"
    return re.compile(
        rf"(?<![\w.,]){_NUM}"
        rf"(?:\s?(?P<mult>{_alternation(conv.multipliers)})(?!\w)|\s?(?P<smult>{short})(?=\s?(?:{currency})))?"
        rf"(?:\s?(?:(?:d['’]\s?|de\s+|di\s+|del\s+)?(?P<cur>{currency})|(?P<unit>{_alternation(conv.units)}))(?!\w))?",
        re.IGNORECASE,
    )


@lru_cache(maxsize=32)
def _locale_currencies(lang: str) -> dict[str, str]:
    """The language's currency names, and the English ones and signs, which other
    languages borrow ("3 milliards de dollars", "5 $")."""
    english = {k: v for k, v in {**_CURRENCY_SIGNS, **_CURRENCY_WORDS}.items() if not is_cjk(k)}
    conv = conventions(lang)
    return {**english, **(conv.currencies if conv else {})}


def _locale_amounts(scan: str, conv: Conventions) -> list[tuple[DifferenceKind, str, int, int]]:
    """Numbers followed by the language's words for million, a currency or a unit
    ("1.2 Millionen Euro" -> EUR 1200000, "3.5 Prozent" -> 3.5 %); ``scan`` has English
    numbers already."""
    pattern = _locale_amount_pattern(conv.lang)
    out: list[tuple[DifferenceKind, str, int, int]] = []
    for m in pattern.finditer(scan) if pattern else ():
        if not (m["mult"] or m["cur"] or m["unit"]):
            continue
        amount = _to_float(m["num"])
        if amount is None:
            continue
        if m["mult"]:
            amount *= conv.multipliers[m["mult"].lower()]
        elif m["smult"]:
            amount *= conv.short_multipliers[m["smult"].lower()]
        if m["cur"]:
            code = _locale_currencies(conv.lang)[m["cur"].lower()]
            out.append((DifferenceKind.MONEY, f"{code} {_fmt(amount)}", m.start(), m.end()))
        elif m["unit"]:
            out.append((DifferenceKind.QUANTITY, f"{_fmt(amount)} {conv.units[m['unit'].lower()]}", m.start(), m.end()))
        else:
            out.append((DifferenceKind.NUMBER, _fmt(amount), m.start(), m.end()))
    return out


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ese|ian|ish|ean|ch|an)")


def known_names(texts: list[str]) -> frozenset[str]:
    """Capitalised words a document uses mid-sentence: names, not sentence openers."""
    found = set()
    for text in texts:
        for m in re.finditer(rf"(?<=[\w,;:] ){CAPITAL}[\w'’-]*\w", text):
            found.add(re.sub(r"['’]s$", "", m.group()))
    return frozenset(found)


def _names(
    text: str, known: frozenset[str] = frozenset(), conv: Conventions | None = None
) -> list[tuple[int, int, str]]:
    """Runs of capitalised words, titles stripped; sentence-initial function words dropped
    (in another language than English, also its common words: "La", "Il", "Les")."""
    found = []
    for m in _NAME_RE.finditer(text):
        words = m.group().split()
        start = m.start()
        opens = m.start() == len(text) - len(text.lstrip(" \"“‘'(«„-—"))
        while opens and conv and words and words[0].lower() in conv.openers:
            start += len(words[0])
            start += len(text[start:]) - len(text[start:].lstrip())
            words = words[1:]
        while words and (
            (words[0].lower().strip(".") in _TITLES and not _names_a_body(words))
            or words[0].lower().strip(".") in _STOP_CAPS
            or words[0].lower().rstrip(".") in _MONTHS
            or words[0].lower() in _WEEKDAYS
        ):
            start += len(words[0])
            start += len(text[start:]) - len(text[start:].lstrip())
            words = words[1:]
        if len(words) > 1 and _DEMONYM.fullmatch(words[0]) and words[1].lower() in _TITLES:
            start += len(words[0])
            start += len(text[start:]) - len(text[start:].lstrip())
            words = words[1:]
            while words and words[0].lower().strip(".") in _TITLES:
                start += len(words[0])
                start += len(text[start:]) - len(text[start:].lstrip())
                words = words[1:]
        while words and words[-1].lower() in {"of", "the", "and", "de"}:
            words = words[:-1]
        if not words:
            continue
        # A lone capitalised word opening the sentence is usually just a capitalised word.
        value = re.sub(r"['’]s$", "", " ".join(words))
        if opens and len(words) == 1 and value not in known and not _is_country(value):
            continue
        if value.lower().rstrip(".") in _MONTHS or any(ch.isdigit() for ch in value):
            continue
        # Nationality adjectives ("Chinese", "Russian") describe, they do not name.
        if len(words) == 1 and _DEMONYM.fullmatch(value):
            continue
        found.append((start, start + len(value), value))
    return found


_PLACE_PREPOSITIONS = {"in", "at", "from", "near", "into", "across", "visited"}


def _name_kind(value: str, *, after_preposition: bool = False) -> DifferenceKind:
    """Organisation by its words or an acronym, place by gazetteer or preposition, else person."""
    words = value.lower().split()
    if value.isupper() or any(w in _ORG_WORDS for w in words):
        return DifferenceKind.ORGANIZATION
    if after_preposition or _is_country(value):
        return DifferenceKind.PLACE
    return DifferenceKind.PERSON


@lru_cache(maxsize=1)
def _country_names() -> tuple[str, ...]:
    import pycountry

    names = {
        str(value).lower()
        for country in pycountry.countries
        for value in (getattr(country, a, None) for a in ("name", "official_name", "common_name"))
        if value
    }
    return tuple(sorted(names))


@lru_cache(maxsize=4096)
def _is_country(value: str) -> bool:
    """A country's code or name, or the start of one ("Russia" for "Russian Federation").

    Rejected: pycountry's ``search_fuzzy``, which gave the same answers on our tests at
    ~40 ms a call (half the run time of comparing two articles)."""
    import pycountry

    if len(value) <= 3 and not value.isupper():
        return False  # "La", "Il", "Es" open sentences; codes are written "LA", "IL", "ES"
    try:
        pycountry.countries.lookup(value)
        return True
    except LookupError:
        lowered = value.lower()
        return any(name.startswith(lowered) for name in _country_names())


NAME_KINDS = frozenset({DifferenceKind.PERSON, DifferenceKind.PLACE, DifferenceKind.ORGANIZATION})
_NAME_ORDER = (DifferenceKind.PERSON, DifferenceKind.ORGANIZATION, DifferenceKind.PLACE)


def names_match(a: str, b: str) -> bool:
    """Same entity under another form: shared token, acronym, or near-identical spelling.

    A shared token is not enough between two short names that agree on their first word
    but not their last, or the other way round: "Saif Gaddafi" is not "Muammar Gaddafi",
    nor "New York" "New Delhi". (Titles are stripped before names get here; "Xi" and "Xi
    Jinping" still match, and so do "CPC National Congress" and "National Congress of the
    Communist Party of China".)"""
    stop = {"of", "the", "and"}
    la = [w.lower().strip(".’'") for w in re.split(r"[\s-]+", a) if w.lower() not in stop]
    lb = [w.lower().strip(".’'") for w in re.split(r"[\s-]+", b) if w.lower() not in stop]
    ta, tb = set(la), set(lb)
    if ta & tb:
        if ta <= tb or tb <= ta:
            return True
        if _countries_differ(ta - tb, tb - ta):
            return False
        both_short = 2 <= len(la) <= 3 and 2 <= len(lb) <= 3
        if not (both_short and (la[0] == lb[0]) != (la[-1] == lb[-1])):
            return True
    for short, long_ in ((a, b), (b, a)):
        initials = "".join(w[0] for w in long_.split() if w.lower() not in {"of", "the", "and"})
        if short.isupper() and len(short) >= 2 and short.replace(".", "") == initials.upper():
            return True
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.85


def _countries_differ(extra_a: set[str], extra_b: set[str]) -> bool:
    """Two names that share words but not their country ("Ministry of Foreign Affairs of
    China" / "… of Russia", "South Korea" / "North Korea"): each has words the other lacks,
    a country among them, and neither's are the initials of the other's ("CPC" for
    "Communist Party of China")."""
    def initials(words: set[str]) -> set[str]:
        return {"".join(p) for p in itertools.permutations(w[0] for w in words)} if len(words) <= 4 else set()

    if not extra_a or not extra_b or not any(len(w) > 3 and _is_country(w) for w in extra_a | extra_b):
        return False
    return not any(w in initials(extra_b) for w in extra_a) and not any(w in initials(extra_a) for w in extra_b)


def _twelve_hour(value: str) -> tuple[int, str]:
    hour, minute = value.removeprefix("time ").removesuffix("/12h").split(":")
    return int(hour) % 12, minute


_NOT_READ_EVERYWHERE = frozenset({"relative", "zh_rel", "loc_relative"})
"""Date patterns not every language has, or not in every wording (relative dates): another
language's "l'an prochain" cannot be checked against them. (A month alone is read in
every language CLDR names months in: "in March", "en mars", "de marzo".)"""
_FULL_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_UNRESOLVED = re.compile(r"^[+-]\d+ (?:day|week|month|year)$")


def _date_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith("time ") or b.startswith("time "):
        # a clock time said without am/pm matches either half of the day
        x, y = (a, b) if a.endswith("/12h") else (b, a)
        return x.endswith("/12h") and y.startswith("time ") and _twelve_hour(x) == _twelve_hour(y)
    # A relative date ("next year") in an undated account cannot be checked against a
    # resolved one; only two unresolved ones can be compared, as phrases.
    if bool(_UNRESOLVED.match(a)) != bool(_UNRESOLVED.match(b)):
        return True
    for x, y in ((a, b), (b, a)):
        if x.startswith("---") and y.endswith(x[2:]) and len(y) in {7, 10}:
            return True
        if x.startswith("--") and len(y) == 10 and y[4:] == x[1:]:
            return True
        if len(x) == 5 and x.endswith("0s") and y[:3] == x[:3] and y[3:4].isdigit():
            return True  # a decade holds its years: the 1930s, (les années) 1930, 1934
        if x.startswith("--") and len(x) == 4 and len(y) >= 7 and y[4:7] == x[1:]:
            return True  # a month without its year: February = 2023-02, 2023-02-20
        if x.lower() in _WEEKDAYS:
            if len(y) == 10 and y[4] == "-":
                try:
                    return dt.date.fromisoformat(y).weekday() == _WEEKDAYS.index(x.lower())
                except ValueError:
                    return False
            # A weekday against a date with no year cannot be checked.
            return y.startswith("--")
        if len(x) == 4 and x.isdigit() and y.startswith(x + "-"):
            return True
        if len(x) == 7 and y.startswith(x + "-"):
            return True
    return False


def _matches(kind: DifferenceKind, a: str, b: str) -> bool:
    if kind is DifferenceKind.DATE:
        return _date_match(a, b)
    if kind in NAME_KINDS:
        return names_match(a, b)
    if kind is DifferenceKind.QUANTITY:
        return a == b or _converted(a, b)
    if kind is DifferenceKind.NUMBER:
        return _numbers_match(a, b)
    return a == b


def _converted(a: str, b: str) -> bool:
    """One measure in two units ("75 mph", "120 km/h"), within CONVERSION_TOLERANCE."""
    (x, unit_x), (y, unit_y) = (value.rsplit(" ", 1) for value in (a, b))
    if unit_x == unit_y or unit_x not in _MEASURES or unit_y not in _MEASURES:
        return False
    (kind_x, scale_x), (kind_y, scale_y) = _MEASURES[unit_x], _MEASURES[unit_y]
    if kind_x != kind_y:
        return False
    base_x, base_y = float(x) * scale_x, float(y) * scale_y
    return abs(base_x - base_y) <= CONVERSION_TOLERANCE * max(base_x, base_y)


_DIGIT_GROUPS = re.compile(r"\d+(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)|\d+[.,]\d+|\d+")
_NUMERIC_KINDS = {
    DifferenceKind.NUMBER,
    DifferenceKind.QUANTITY,
    DifferenceKind.MONEY,
    DifferenceKind.DATE,
}


def digits_in(text: str) -> frozenset[str]:
    """Every number written in digits in ``text``, in any grouping: '1 500', '1,500' -> '1500'."""
    out = set()
    for m in _DIGIT_GROUPS.finditer(text):
        raw = m.group()
        if re.fullmatch(r"\d+[.,]\d{1,2}", raw):
            out.add(_fmt(float(raw.replace(",", "."))))  # "8847,60" is 8847.6
        out.add(re.sub(r"[ ,.\u00a0\u202f]", "", raw).lstrip("0") or "0")
    return frozenset(out)


def _components(fact: Fact) -> set[str]:
    """The digit strings a numeric fact rests on (a date: its year and day)."""
    if fact.kind is DifferenceKind.DATE:
        if fact.value.endswith("0s"):  # a decade: "années 1880", "1880er" carry its digits
            return {fact.value[:-1]}
        # 2023-03-20, 2023-03, 2023, --03-20, --03, ---20: the month may be a word on the
        # other side, so only the year and the day count
        m = re.fullmatch(r"(?:(?P<y>\d{4})|-)(?:-(?P<m>\d\d)?)?(?:-(?P<d>\d\d))?", fact.value)
        if not m:
            return set()
        return {g.lstrip("0") for g in (m["y"], m["d"]) if g}
    return {p.lstrip("0") or "0" for p in re.findall(r"\d+(?:\.\d+)?", fact.value)}


def _a_week_apart(a: Fact, b: Fact) -> bool:
    """Two dates a week apart, one of them a weekday named alone (see ``Fact.any_week``)."""
    if not (a.any_week or b.any_week) or not (_FULL_DATE.match(a.value) and _FULL_DATE.match(b.value)):
        return False
    return abs((dt.date.fromisoformat(a.value) - dt.date.fromisoformat(b.value)).days) == 7


def _unmatched(
    kind: DifferenceKind, mine: list[Fact], theirs: list[Fact], their_digits: frozenset[str] | None
) -> list[Fact]:
    out = []
    full_dates = [o for o in theirs if _FULL_DATE.match(o.value)]
    for f in mine:
        # A full date is checked against the other's full dates when it gives any: its
        # weekday agreeing (Saturday, 10 / Saturday, 11 September) does not make it agree.
        against = full_dates if full_dates and _FULL_DATE.match(f.value) else theirs
        if any(_matches(kind, f.value, o.value) or _a_week_apart(f, o) for o in against):
            continue
        # The other text writes the same digits in a form its language's patterns missed
        # ("20 mars 2003", "1 500"): not a difference, unless it states the same amount
        # in another currency or unit ($500,000 / £500,000).
        parts = _components(f) if f.kind in _NUMERIC_KINDS else set()
        if their_digits is not None and parts and parts <= their_digits and not _relabelled(f, theirs):
            continue
        out.append(f)
    return out


_SAME_SIGN = [frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"}), frozenset({"CNY", "JPY"})]
"""Currencies written with one sign ($, ¥): an account that reads the sign one way and
another that names the currency have not changed it."""


def _relabelled(fact: Fact, theirs: list[Fact]) -> bool:
    """The other account gives the fact's amount in another currency, or in another unit of
    the same measure (300 km / 300 Meilen). Units of different measures are no evidence:
    one is often read only in part (每小时 80-85 英里 as miles, where it means mph)."""
    if fact.kind not in {DifferenceKind.MONEY, DifferenceKind.QUANTITY}:
        return False
    amount, label = _amount_and_label(fact)
    for other in theirs:
        if other.kind is not fact.kind:
            continue
        other_amount, other_label = _amount_and_label(other)
        if other_amount != amount or other_label == label:
            continue
        if fact.kind is DifferenceKind.MONEY:
            if not any({label, other_label} <= same for same in _SAME_SIGN):
                return True
        elif label in _MEASURES and _MEASURES[label][0] == _MEASURES.get(other_label, ("", 0.0))[0]:
            return True
    return False


def _amount_and_label(fact: Fact) -> tuple[str, str]:
    """("500000", "USD") for "USD 500000", ("300", "km") for "300 km"."""
    first, last = fact.value.split(" ", 1)[0], fact.value.rsplit(" ", 1)[-1]
    return (last, first) if fact.kind is DifferenceKind.MONEY else (first, last)


def romanised_people(text: str, people: frozenset[str]) -> list[Fact]:
    """People a Chinese text names in characters whose pinyin is a full name the other
    accounts give in Latin letters (习近平 → Xi Jinping): such names are Chinese, and
    pinyin is how they are written. A transliterated foreign name (普京, "Pu Jing") matches
    no one, so it is never a fact."""
    if not people:
        return []
    from pypinyin import lazy_pinyin

    wanted = {p.casefold(): p for p in people}
    found = []
    for run in re.finditer(r"[\u4e00-\u9fff]{2,}", text):
        syllables = lazy_pinyin(run.group())
        for i in range(len(syllables)):
            for size in (2, 3, 4):
                if i + size > len(syllables):
                    break
                name = f"{syllables[i]} {''.join(syllables[i + 1 : i + size])}"
                if name in wanted:
                    start = run.start() + i
                    found.append(Fact(DifferenceKind.PERSON, wanted[name], text[start : start + size], start, start + size))
    return found


def _stand_ins(names: list[Fact], text: str, other_text: str) -> list[Fact]:
    """Capitalised words the other text has in the place of names it lacks.

    A name only one side gives is mostly a pronoun or a title on the other ("Biden said" /
    "the president said"), so it is no conflict. But where the other side has, in its
    place, a capitalised word this side never uses ("Germany's regulator" / "London's
    regulator"), and none of the missing names appears there in any form, the two name
    different things, even when the name finder, careful at sentence starts, skipped the
    other. "In its place": the same word right after it, or the same word right before
    it. Same-language pairs only (the caller's ``comparable_names``).
    """
    folded_other = other_text.casefold()
    if any(part.casefold() in folded_other for f in names for part in f.value.split()):
        return []
    own_words = {w.casefold() for w in re.findall(r"\w+", text)}
    places = {_neighbours(text, f.start, f.end) for f in names}
    out = []
    for m in _NAME_RE.finditer(other_text):
        value = re.sub(r"['’]s$", "", m.group())
        words = re.findall(r"\w+", value)
        if not words or any(w.casefold() in own_words or w.casefold() in _STOP_CAPS for w in words):
            continue
        before, after = _neighbours(other_text, m.start(), m.start() + len(value))
        if any((a and after == a) or (b and before == b) for b, a in places):
            out.append(Fact(names[0].kind, value, value, m.start(), m.start() + len(value)))
    return out


_WHOLE_HOUR = re.compile(r"time (\d\d):00$")


def _amount(fact: Fact) -> str | None:
    """The number a money, quantity or number fact states ("EUR 1200000" -> "1200000"), or
    the hour of a time on the hour ("deux heures" is as often two hours as two o'clock)."""
    parts = fact.value.split()
    if fact.maybe_count:
        return fact.value
    if fact.kind is DifferenceKind.DATE:
        hour = _WHOLE_HOUR.match(fact.value)
        return str(int(hour.group(1))) if hour else None
    if fact.kind is DifferenceKind.MONEY:
        return parts[-1]
    if fact.kind is DifferenceKind.QUANTITY:
        return parts[0]
    return fact.value if fact.kind is DifferenceKind.NUMBER else None


def _amounts_as_numbers(facts: dict[str, list[Fact]]) -> dict[str, list[Fact]]:
    """An amount with a currency or unit, or a time on the hour, where another account
    gives the bare number is compared as that number: the other's currency word
    ("dólares", "dollari") or unit ("proc.") is often one its language's patterns do not
    read, and "2 heures" is also "2 Stunden".

    So is a bare year that may be a count (:attr:`Fact.maybe_count`) where another
    account gives that number or a range that holds it ("2000 Menschen" / "2,000 people",
    "thousands of people"), or where no other account gives that year and another gives
    a number of its size (within a factor of two), also in four bare digits, that this one
    lacks while it lacks none of theirs ("2000 Menschen" / "2500 Menschen": a changed
    count, not a year; against "1,500 soldiers" "Im Jahr 2019" stays a year).
    """
    out = {}
    for d, mine in facts.items():
        others = [f for e, theirs in facts.items() if e != d for f in theirs]
        bare = {_amount(f) for f in others if f.kind is DifferenceKind.NUMBER}
        counted = {f.value for f in mine if f.maybe_count and any(_numbers_match(f.value, n) for n in bare if n)}
        my_numbers = {f.value for f in mine if f.kind is DifferenceKind.NUMBER} | counted
        # their numbers written as this one's would be, four bare digits ("2500 Menschen")
        theirs_only = [
            float(o.value)
            for o in others
            if o.kind is DifferenceKind.NUMBER and o.value not in my_numbers and re.fullmatch(r"\d{4}", o.text)
        ] if my_numbers <= bare else []
        kept = []
        for f in mine:
            amount = _amount(f)
            year_elsewhere = f.maybe_count and any(
                o.kind is DifferenceKind.DATE and f.value in o.value for o in others
            )
            if (
                f.kind in {DifferenceKind.MONEY, DifferenceKind.QUANTITY, DifferenceKind.DATE}
                and amount is not None
                and (
                    amount in bare
                    or f.value in counted
                    or (f.maybe_count and any(0.5 <= n / float(f.value) <= 2 for n in theirs_only))
                )
                and not year_elsewhere
                and not any(o.kind is f.kind and _amount(o) == amount for o in others)
            ):
                f = Fact(DifferenceKind.NUMBER, amount or f.value, f.text, f.start, f.end)
            kept.append(f)
        out[d] = kept
    return out


def _named_in(name: str, text: str) -> bool:
    """Whether every word of ``name`` (3 letters or more) is in ``text`` under some
    ending (:func:`~storydiff.compare.words.same_stem`)."""
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", text)}
    return all(
        any(same_stem(part, w) for w in words) for part in re.findall(r"[^\W\d_]{3,}", name.casefold())
    )


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The words right before and right after ``text[start:end]`` (a possessive skipped)."""
    before = re.findall(r"\w+", text[:start])
    after = re.findall(r"\w+", re.sub(r"^['’]s\b", "", text[end:]))
    return (before[-1].casefold() if before else "", after[0].casefold() if after else "")


@dataclass(frozen=True)
class FactDifference:
    """Facts of one kind that not every document in a unit gives alike."""

    kind: DifferenceKind
    values: dict[str, list[Fact]]
    """document id -> its facts of this kind that some other document lacks."""
    conflict: bool
    """True when two documents each give a value the other lacks (10 vs 12)."""


_KIND_GROUPS: list[tuple[DifferenceKind, frozenset[DifferenceKind]]] = [
    (DifferenceKind.DATE, frozenset({DifferenceKind.DATE})),
    (DifferenceKind.MONEY, frozenset({DifferenceKind.MONEY})),
    (DifferenceKind.QUANTITY, frozenset({DifferenceKind.QUANTITY})),
    (DifferenceKind.NUMBER, frozenset({DifferenceKind.NUMBER})),
    (DifferenceKind.PERSON, NAME_KINDS),
]


def differences(
    facts: dict[str, list[Fact]],
    *,
    comparable_names: set[frozenset[str]] | None = None,
    texts: dict[str, str] | None = None,
    langs: dict[str, str | None] | None = None,
) -> list[FactDifference]:
    """Compare the facts each document of one unit gives, kind by kind.

    ``comparable_names``: pairs of document ids whose names may be compared (same
    language); names of other pairs are never reported, since a transliteration or a
    translated name (London, Londres) is not a conflict. None compares all pairs.
    ``langs``: the documents' languages; a relative date ("next year") or a month alone
    only one gives is no detail when another is in a language whose such dates are not read.
    """
    # documents in a language other than English and Chinese (locales.py has conventions)
    other_language = {d for d, lang in (langs or {}).items() if conventions(lang) is not None}
    facts = _amounts_as_numbers(facts)
    out: list[FactDifference] = []
    docs = list(facts)
    digits = {d: digits_in(t) for d, t in (texts or {}).items()}
    for label, kinds in _KIND_GROUPS:
        by_doc = {d: [f for f in facts[d] if f.kind in kinds] for d in docs}
        if sum(bool(v) for v in by_doc.values()) == 0:
            continue
        differing: dict[str, list[Fact]] = {}
        conflict = False
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                if (
                    label is DifferenceKind.PERSON
                    and comparable_names is not None
                    and (frozenset({a, b}) not in comparable_names)
                ):
                    # Across scripts, only people both texts name by a Latin full name (a
                    # Chinese text glosses foreign names, 佩斯科夫 (Dmitry Peskov), and its
                    # own names are their pinyin: romanised_people), and only as a
                    # conflict: a name one text leaves in translation is no finding.
                    latin = {
                        d: [
                            f
                            for f in by_doc[d]
                            if f.kind is DifferenceKind.PERSON and f.value.isascii() and " " in f.value
                        ]
                        for d in (a, b)
                    }  # full names only: a glossed common noun (模因 (Meme)) is no person
                    only_a = _unmatched(label, latin[a], latin[b], None)
                    only_b = _unmatched(label, latin[b], latin[a], None)
                    if only_a and only_b and texts and is_cjk(texts[a]) != is_cjk(texts[b]):
                        conflict = True
                        for doc, only in ((a, only_a), (b, only_b)):
                            differing.setdefault(doc, []).extend(f for f in only if f not in differing[doc])
                    continue
                only_a = _unmatched(label, by_doc[a], by_doc[b], None)
                only_b = _unmatched(label, by_doc[b], by_doc[a], None)
                if label is not DifferenceKind.DATE or not (only_a and only_b):
                    # Perhaps the other text gives it in a form its patterns missed. But
                    # two dates that both sides give and that differ conflict, even when
                    # one's digits occur elsewhere in the other (December 11 / 11 天后的
                    # 12 月 7 日). Numbers keep the digit test: 1,500 / 1 500.
                    only_a = _unmatched(label, by_doc[a], by_doc[b], digits.get(b))
                    only_b = _unmatched(label, by_doc[b], by_doc[a], digits.get(a))
                if label is DifferenceKind.PERSON and texts and {a, b} <= other_language:
                    # Another language may inflect a name (Warszawa / w Warszawie, Tusk /
                    # premiera Tuska), and its name finder is rougher: a name the other
                    # text holds in some form is no difference.
                    only_a = [f for f in only_a if not _named_in(f.value, texts[b])]
                    only_b = [f for f in only_b if not _named_in(f.value, texts[a])]
                elif label is DifferenceKind.PERSON and texts and bool(only_a) != bool(only_b):
                    lone, other = (a, b) if only_a else (b, a)
                    stand_ins = _stand_ins(only_a or only_b, texts[lone], texts[other])
                    if stand_ins:
                        only_a, only_b = (only_a, stand_ins) if only_a else (stand_ins, only_b)
                if only_a and only_b:
                    conflict = True
                for doc, only in ((a, only_a), (b, only_b)):
                    for fact in only:
                        if fact not in differing.setdefault(doc, []):
                            differing[doc].append(fact)
        # A number written in words that only one side gives is mostly a language whose
        # words are not read (Polish, Czech) or an idiom ("the two sides"): not a detail.
        # Nor is a lone 1, which the other side says with "a" or "one" ("only one dead"),
        # nor a relative date or a month alone against a language where those are not read.
        if not conflict:
            differing = {
                d: [
                    f
                    for f in v
                    if (
                        f.kind is not DifferenceKind.NUMBER
                        or (any(c.isdigit() for c in f.text) and f.value != "1")
                    )
                    and not (f.not_read_everywhere and other_language - {d})
                ]
                for d, v in differing.items()
            }
        differing = {d: v for d, v in differing.items() if v}
        # A name only one side gives is mostly a pronoun on the other ("your leadership"):
        # names are reported only when they conflict.
        if label is DifferenceKind.PERSON and not conflict:
            continue
        if differing:
            kind = label
            if label is DifferenceKind.PERSON:  # the kind most of its names have, whatever the accounts' order
                given = [f.kind for v in differing.values() for f in v]
                kind = max(_NAME_ORDER, key=lambda k: (given.count(k), -_NAME_ORDER.index(k)))
            out.append(FactDifference(kind, differing, conflict))
    return out
