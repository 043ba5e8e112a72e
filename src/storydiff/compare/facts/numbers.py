"""Numbers: in digits, in words (English, nine other languages, Chinese), orders of size
("hundreds", 数百) as ranges, telephone numbers as one number; and how two compare."""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Iterator, Mapping
from functools import lru_cache

from ...model import DifferenceKind
from ...patterns import compiled
from ..words import NUMBER_WORDS, alternation, looked_up
from .fact import Claim

ZH_NUM = "零〇一二三四五六七八九十百千万亿两"


MULTIPLIERS = {
    "thousand": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    # the wires' abbreviations in headlines ("5.2 bln won", "300 mln euros")
    "mln": 1e6,
    "bln": 1e9,
    "trln": 1e12,
    # India's lakh (100,000) and crore (10 million): "Rs 200 crore", "₹1 lakh crore"
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "lakh crore": 1e12,
    "lakh crores": 1e12,
    "万": 1e4,
    "亿": 1e8,
    "万亿": 1e12,
    "千": 1e3,
    # Japanese and Korean write the same myriads: 4万8000, 1億2000万, 4만2천, 10억
    "萬": 1e4,
    "億": 1e8,
    "만": 1e4,
    "억": 1e8,
    "천": 1e3,
    # and the trillion: 4兆9449億円, 2조 5천억 원
    "兆": 1e12,
    "조": 1e12,
    # thousands of myriads: 1千万 (ten million), 3천억 (300 billion)
    "千万": 1e7,
    "千萬": 1e7,
    "천만": 1e7,
    "千亿": 1e11,
    "千億": 1e11,
    "천억": 1e11,
}
NUM = r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
"""A number in digits: grouped by thousands, or the Indian way ("1,20,000", "12,34,567")."""
ZH_NOT_AFTER = rf"(?<![数几\d{ZH_NUM}])"
"""Not inside a longer numeral, nor after 数/几 ("several": 数十亿美元 is billions, not one)."""
MYRIAD_TAIL = (
    r"(?P<tail>(?<=[조兆억億亿만万萬천千])(?:(?<=[조억만])\s)?"
    r"(?:\d+(?:[千천]\d*)?[조兆억億亿万萬만])*(?:\d+(?:[千천]\d*)?)?)?"
)
"""What follows a Chinese, Japanese or Korean myriad in one numeral: smaller myriads and
the rest (43억4천700만, 1천32억2천만, 4万8000, 4兆9449億, 2조 5천억), read by
:func:`myriads`."""
MULT = (
    r"(?:\s?(?P<mult>(?i:thousand|million|billion|trillion|lakh\s+crores?|lakhs?|crores?)\b|万亿|兆(?![瓦字赫帕焦])|조|万|亿|萬|億|만|억|千万|千萬|천만|千亿|千億|천억|千|천)"
    rf"{MYRIAD_TAIL}|\s?(?P<abbr>bln|mln|trln)\b|(?P<short>bn|mn|tn|m|b)\b)?"
)
"""Multipliers: words (with or without a space), Chinese, Japanese and Korean myriads
(万/亿, 萬/億, 만/억, 천) and trillions (兆, 조; not the SI prefix of 兆瓦, megawatt) with
the smaller part that may follow them (4万8000 = 48,000, 4만2천 = 42,000, 4兆9449億 =
4,944,900,000,000), and "5m"/"2bn" written solid (so "5 m" stays five metres)."""


_PHONE_RE = compiled(
    r"(?<![\d+/])(?:\+\d{1,3}[ \u00a0]?(?:\(0\)[ \u00a0]?)?\d{1,4}|\(?0\d{1,4}\)?[ \u00a0]?/)"
    r"[ \u00a0]?(?=(?:[ \u00a0.-]?\d){4})\d{2,4}(?:[ \u00a0.-]?\d{2,4}){0,4}(?![\d/])"
)
"""A telephone number: a "+" country code or a "0" area code before a slash, then at least
four digits (01/03/2022 is a date)."""
_MYRIAD_BEFORE_A_UNIT = "".join(
    "|(?<=[조兆억億亿만万萬천千]" + r"\d" * k + r")(?=(?:t|kg|km|ha)(?![A-Za-z]))" for k in range(4)
)
"""... or a myriad's numeral before the symbol of its unit ("4천785t", "263만t"), which
Korean writes solid."""
_NUMBER_RE = compiled(
    rf"(?<![A-Za-z0-9.,])(?<![A-Za-z]-){NUM}(?P<ordinal>st|nd|rd|th|e|er|re|ème|è|ης|ος|ου|ων|η|ο|º|ª)?{MULT}(?:p(?![A-Za-z0-9]))?(?:(?![A-Za-z0-9]){_MYRIAD_BEFORE_A_UNIT})"
    r"(?!\s?(?:분기|번째|차\b|심))"
)
"""A number in digits, maybe an English, French, Greek or Spanish ordinal ("78th", "à la 79e
minute", "της 6ης συνόδου", "3º"), maybe in pence ("rose 8.5p", as "8.5 pence"); not a
Korean ordinal (3분기, the third quarter; 두 번째; 3차 회의; 1심, the first instance)."""
_WORDS_ALT = alternation(NUMBER_WORDS - {"zero"})  # "zero tolerance"
_NUMBER_WORDS_RE = compiled(
    rf"\b(?:{_WORDS_ALT})(?:(?:[\s-]+|\s+and\s+)(?:{_WORDS_ALT}))*\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _english_ordinals() -> tuple[re.Pattern[str], dict[str, int]]:
    """English ordinals in words from the third to the ninety-ninth ("seventh",
    "twenty-first"), from num2words; not "first" and "second", mostly no rank in the news
    ("first time", "a second look"; "a third of" is a share, left by its article). "Finished
    third" was no rank against Italian "terzo": "fourth" against "terzo" was a conflict."""
    from num2words import num2words

    values = {num2words(n, to="ordinal", lang="en"): n for n in range(3, 100)}
    return compiled(rf"\b(?:{alternation(values)})\b", re.IGNORECASE), values


_ORDINAL_LANGUAGES = frozenset({"fr", "es", "it", "pt", "nl"})
_NOT_RANKS = {"es": frozenset({"cuarto"}), "pt": frozenset({"quarto"})}
"""Ordinals that are more often other words: Spanish "cuarto" and Portuguese "quarto" are a
room (Italian "quarto" stays: its fraction has an article before it, "un quarto"; it was
left unread, and "terzo e quarto" against "third and fourth" a conflict)."""


@lru_cache(maxsize=8)
def _ordinals(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """Ordinals in words from the third to the twentieth in French, Spanish, Italian,
    Portuguese and Dutch (num2words), with their feminine forms ("tercera", "terza",
    "terceira") and Spanish's short "tercer": the ranks of a race or a vote ("quatrième
    place", "terzo posto", "als vierde"). Not the first and the second, mostly no rank
    ("première fois", Italian "secondo" is "according to")."""
    from num2words import num2words

    values: dict[str, int] = {}
    for n in range(3, 11 if lang == "pt" else 21):  # (Portuguese "décimo primeiro": two words)
        word = num2words(n, to="ordinal", lang=lang).lower()
        forms = {word}
        if lang in ("es", "it", "pt") and word.endswith("o"):
            forms.add(word[:-1] + "a")
        if lang == "es" and n == 3:
            forms.add("tercer")
        values.update({f: n for f in forms if f not in _NOT_RANKS.get(lang, frozenset())})
    return compiled(rf"(?<!\w)(?:{alternation(values)})(?!\w)", re.IGNORECASE), values


_WORD_BEFORE = compiled(r"(?<!\w)\w+[\s-]$")
_TENS_ORDINAL = compiled(
    r"(?:vig|trig|cuadrag|quadrag|quincuag|qüinquag|sexag|septuag|setuag|octog|nonag)[ée]sim[oa]s?|d[ée]cim[oa]s?",
    re.IGNORECASE,
)
"""The tens of a Spanish or Portuguese ordinal of two words ("trigésima tercera", 33rd;
"décimo quinto", 15th)."""
_COUNTS_OF_A_SHARE = frozenset(
    {"un", "une", "una", "uno", "um", "uma", "een", "due", "tre", "dos", "tres", "deux", "trois", "twee", "drie", "dois", "três"}
)
"""The article or count before an ordinal that makes it a share ("un terzo", "een derde",
"tre quarti")."""


_A_SHARE_BEFORE = compiled(rf"\b(?:an?|{_WORDS_ALT}|\d+)[\s-]$", re.IGNORECASE)
"""What makes an ordinal a fraction's denominator: "a fifth", "one-fifth", "3 fifths"."""
_HALVES_AND_DOZENS_RE = compiled(
    rf"\b(?:(?P<whole>{_WORDS_ALT}|\d+)\s+and\s+a\s+half|half\s+an?)\s+(?P<scale>hundred|thousand|million|billion|trillion)\b"
    rf"|\b(?:(?P<count>{_WORDS_ALT}|a)\s+)?dozen\b",
    re.IGNORECASE,
)
"""English amounts number-parser does not read: "half a million", "two and a half
billion", "a dozen", "two dozen"."""
_VAGUE_RE = compiled(
    r"\b(?:(?P<times>tens|hundreds)\s+of\s+(?P<of>thousands|millions|billions)"
    r"|(?:several|a\s+few|few|many)\s+(?P<single>dozen|hundred|thousand|million|billion)"
    r"(?:\s+(?P<single_of>thousand|million|billion))?"
    r"|(?P<plural>dozens|hundreds|thousands|millions|billions))\b",
    re.IGNORECASE,
)
"""An amount given by its order of size ("hundreds", "tens of thousands", "several
hundred"): read as a range, which a number inside it matches and a range or number
outside it conflicts with ("hundreds" / "thousands" of people evacuated)."""
_ZH_VAGUE_RE = compiled(r"成千上万|(?:数|好?几|上(?=[百千万亿]))(?P<unit>[十百千])?(?P<scale>[万亿])?(?<![数几上])")
"""数百, 几千, 上万, 数十万, 成千上万: the same in Chinese."""
_FRACTION_AFTER = compiled(
    r"[\s-]+(?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b",
    re.IGNORECASE,
)
"""The denominator after a number word: "two-thirds" is no count of two."""
_A_TOWN_S_NUMERAL = compiled(r"日[市町]")
_ZH_NUMERAL_RE = compiled(rf"(?<![数几第{ZH_NUM}])[{ZH_NUM}]+(?:点[{ZH_NUM}]+)?")
"""A Chinese numeral, whole: not the 十一 of an ordinal's 第三十一, which was 11."""
_ZH_MEASURE = set("年个名人位次天日月倍项家国岁座件条架艘辆周")


def mult(m: re.Match[str]) -> str:
    g = m.groupdict()
    return " ".join((g.get("mult") or g.get("abbr") or g.get("short") or "").lower().split())  # "lakh  crore"


_METRES_AFTER = compiled(
    r"(?:-|\s)(?:long|high|tall|deep|wide|away|beyond|above|below|from|off|of\s+the|race|final|sprint|freestyle|"
    r"backstroke|breaststroke|butterfly|medley|hurdles|relay|dash|stretch|section|drop|climb)\b",
    re.IGNORECASE,
)
"""Words after a number joined to "m" that make it metres, not millions ("200m beyond the
39km mark", "a 200m-long bridge", "the 100m final"; "5m people" stays five million)."""


def scaled(amount: float, m: re.Match[str]) -> float:
    """``amount`` times the multiplier ``m`` gives it (see MULT), plus the part after it."""
    tail = m.groupdict().get("tail")
    if tail or mult(m)[:1] in _MYRIAD_UNITS:
        return round(myriads(amount, mult(m) + (tail or "")), 4)
    return round(amount * MULTIPLIERS.get(mult(m), 1), 4)  # 18.1亿 is 1,810,000,000, not 1,810,000,000.0000002


_MYRIAD_UNITS = {"천": 1e3, "千": 1e3, "만": 1e4, "万": 1e4, "萬": 1e4, "억": 1e8, "億": 1e8, "亿": 1e8, "조": 1e12, "兆": 1e12}
_MYRIAD_PART = compiled(r"\d+(?:\.\d+)?|[천千만万萬억億亿조兆]")


def myriads(amount: float, rest: str) -> float:
    """A numeral that opens with ``amount`` and goes on with myriads and smaller parts
    (``rest``): each myriad counts the thousands and units before it, down to the next
    (43억4천700만 is 43 × 10⁸ + 4,700 × 10⁴; 1천32억2천만 is 1,032 × 10⁸ + 2,000 × 10⁴; 5천억
    is 5,000 × 10⁸)."""
    total = below = 0.0
    count: float | None = amount
    for part in _MYRIAD_PART.findall(rest.replace(" ", "").replace("万亿", "兆").replace("萬億", "兆")):
        unit = _MYRIAD_UNITS.get(part)
        if unit is None:
            count = float(part)
        elif unit == 1e3:
            below += (1 if count is None else count) * unit
            count = None
        else:
            total += (below + (count or 0) or 1) * unit
            below, count = 0.0, None
    return total + below + (count or 0)


def fmt(x: float) -> str:
    """``x`` as a fact's value: a whole number in full, whatever float arithmetic left of
    it (16.9 × 10⁹ is 16899999999.999998), else six significant digits."""
    whole = round(x)
    return str(int(whole)) if abs(x - whole) <= 1e-9 * max(1.0, abs(x)) else f"{x:.6g}"


_RANGE = compiled(r"(\d+)-(\d+)")


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
    low = int(MULTIPLIERS.get(scale, 12 if scale == "dozen" else 100))
    if g["times"]:
        low *= 10 if g["times"] == "tens" else 100
    elif g["single_of"]:
        low *= int(MULTIPLIERS.get(g["single"], 100))
    high = 100 if scale == "dozen" and not g["single_of"] else 10 * low
    return f"{low}-{high - 1}"


RANGE_EDGE = 0.1
"""An order of size is no sharp bound: "nearly 1,000" is still "hundreds", "over 100,000"
still "tens of thousands"; a number within this share beyond a range's ends matches it."""


def numbers_match(a: str, b: str) -> bool:
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


def to_float(raw: str) -> float | None:
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


COUNT = rf"(?:\d+|(?:{_WORDS_ALT})(?:-(?:{_WORDS_ALT}))?)"
"""A count in digits or English words ("48", "two", "forty-eight")."""


def count_of(raw: str) -> float | None:
    """The value of a ``COUNT``."""
    return to_float(raw) if raw[0].isdigit() else _word_number(raw)


@lru_cache(maxsize=4096)
def _word_number(raw: str) -> float | None:
    from number_parser import parse_number

    value = parse_number(raw.replace("-", " ").lower())
    return float(value) if value is not None else None


_LISTED_LANGUAGES = frozenset(
    {"pl", "cs", "sk", "ro", "sv", "no", "fi", "tr", "id", "vi", "he", "ar", "fa", "hu", "lt", "lv", "sl", "ca", "el", "hi", "ne", "bn"}
)
"""Languages whose numbers in words are read from num2words' own words for them (their
dictionary form: Polish "siedem"; the other forms of two to ten only in Polish and Czech,
``_CASE_FORMS``)."""
SPELLED_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl", "da", "ru", "uk"}) | _LISTED_LANGUAGES
"""Languages whose numbers in words are read: by text2num ("drei", "vingt-trois", "treinta
y dos"), by number-parser in Russian and Ukrainian, under any case ("трёх", "троє"), and
in the listed languages, from num2words ("siedem", "delapan", "bảy")."""
_CASE_FORMS: dict[str, dict[int, tuple[str, ...]]] = {
    "pl": {
        2: ("dwie", "dwaj", "dwóch", "dwu", "dwoma", "dwiema"), 3: ("trzej", "trzech", "trzema"),
        4: ("czterej", "czterech", "czterema"), 5: ("pięciu",), 6: ("sześciu",), 7: ("siedmiu",),
        8: ("ośmiu",), 9: ("dziewięciu",), 10: ("dziesięciu",),
    },
    "cs": {
        2: ("dvě", "dvou", "dvěma"), 3: ("tří", "třech", "třem", "třemi"), 4: ("čtyř", "čtyřech", "čtyřem", "čtyřmi"),
        5: ("pěti",), 6: ("šesti",), 7: ("sedmi",), 8: ("osmi",), 9: ("devíti",), 10: ("deseti",),
    },
    # Hebrew and Arabic: the other gender's form (num2words gives one)
    "he": {
        2: ("שניים", "שתיים", "שתי"), 3: ("שלושה",), 4: ("ארבעה",), 5: ("חמישה",), 6: ("שישה",),
        7: ("שבעה",), 8: ("שמונה",), 9: ("תשעה",), 10: ("עשרה",),
    },
    "ar": {
        2: ("اثنان", "اثنين", "اثنتان", "اثنتين"), 3: ("ثلاث",), 4: ("أربع",), 5: ("خمس",), 6: ("ست", "ستة"),
        7: ("سبع",), 8: ("ثماني", "ثمان"), 9: ("تسع",), 10: ("عشر",),
    },
    "hu": {2: ("két",)},
}
"""The other case and gender forms of two to ten, which num2words does not give (Polish
"siedmiu", "dwie"; Czech "po čtyřech hodinách", "dvě"; Hebrew "שלושה" beside "שלוש"; Hungarian
"két" before a noun): a closed class of words."""
_OWN_LISTS = {
    "el": {
        2: ("δύο",), 3: ("τρία", "τρεις"), 4: ("τέσσερα", "τέσσερις"), 5: ("πέντε",), 6: ("έξι",), 7: ("επτά", "εφτά"),
        8: ("οκτώ", "οχτώ"), 9: ("εννέα", "εννιά"), 10: ("δέκα",), 11: ("έντεκα",), 12: ("δώδεκα",),
        13: ("δεκατρία", "δεκατρείς"), 14: ("δεκατέσσερα", "δεκατέσσερις"), 15: ("δεκαπέντε",), 16: ("δεκαέξι", "δεκάξι"),
        17: ("δεκαεπτά", "δεκαεφτά"), 18: ("δεκαοκτώ", "δεκαοχτώ"), 19: ("δεκαεννέα", "δεκαεννιά"), 20: ("είκοσι",),
        30: ("τριάντα",), 40: ("σαράντα",), 50: ("πενήντα",), 60: ("εξήντα",), 70: ("εβδομήντα",), 80: ("ογδόντα",),
        90: ("ενενήντα",), 100: ("εκατό",),
    },
    # Hindi writes one to nine in words (Bhasha: "चार विकेट से", by four wickets)
    "hi": {
        2: ("दो",), 3: ("तीन",), 4: ("चार",), 5: ("पांच", "पाँच"), 6: ("छह", "छः"), 7: ("सात",), 8: ("आठ",),
        9: ("नौ",), 10: ("दस",), 11: ("ग्यारह",), 12: ("बारह",), 13: ("तेरह",), 14: ("चौदह",), 15: ("पंद्रह",),
        16: ("सोलह",), 17: ("सत्रह",), 18: ("अठारह",), 19: ("उन्नीस",), 20: ("बीस",), 30: ("तीस",), 40: ("चालीस",),
        50: ("पचास",), 60: ("साठ",), 70: ("सत्तर",), 80: ("अस्सी",), 90: ("नब्बे",), 100: ("सौ",),
    },
    # Nepali (not छ, six, which is also "is")
    "ne": {
        2: ("दुई",), 3: ("तीन",), 4: ("चार",), 5: ("पाँच", "पांच"), 7: ("सात",), 8: ("आठ",), 9: ("नौ",), 10: ("दश", "दस"),
        20: ("बीस",), 100: ("सय",),
    },
}
"""The numbers in words of a language num2words does not know (Greek "δέκα χωριά", ten
villages, was no number against another account's 10; Hindi "चार विकेट" against "six
wickets" no conflict)."""
_ATTACHED_AND = {"he": ("ו",), "ar": ("و",)}
"""The word for "and", which Hebrew and Arabic write onto the next word."""
_COUNTERS = {"bn": ("জন", "টি", "টা"), "hi": ("ों",)}
"""Words a number takes joined after it in Bengali (চারজন, four people; তিনটি, three of them)
and Hindi (चारों, all four)."""
_NOT_ONLY_NUMBERS = {"vi": frozenset({"năm"})}
"""Words for a number that are as often another word: Vietnamese "năm" is five and year."""
_TOKEN_RE = compiled(r"\d+(?:[.,]\d+)*|\w+|[^\w\s]")
_ROUND = frozenset({"100", "1000", "1000000", "1000000000"})
_PLURAL_ENDING = compiled(r"(?:s|en|и|ы|і|ов|ів|ен|ч)$")
"""A lone round number in the plural is a vague amount: "des millions", "miles de",
"Millionen Menschen", "тысячи людей" (thousands, not a thousand), and so in the genitive
plural ("десятки тысяч", "сотни миллионов")."""


_SPACED_COMPOUNDS = frozenset({"tr", "az"})
"""Languages whose press writes the tens and the units of a number apart ("yirmi üç", 23),
where num2words writes them as one word."""


@lru_cache(maxsize=16)
def _number_words(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """num2words' words for 2 to 100, the hundreds and a thousand, as a pattern (the
    longest first: "dua puluh" before "dua") and their values."""
    from num2words import num2words

    values: dict[str, int] = {word: n for n, words in _OWN_LISTS.get(lang, {}).items() for word in words}
    for n in [*range(2, 101), *range(200, 1000, 100), 1000] if lang not in _OWN_LISTS else ():
        word = num2words(n, lang=lang).lower()
        values.setdefault(word, n)
        values.setdefault(word.replace(" ", "-"), n)  # Hebrew "ארבע-עשרה" beside "ארבע עשרה"
    if lang in _SPACED_COMPOUNDS:  # num2words writes "yirmiüç", the press "yirmi üç"
        for n in range(21, 100):
            if n % 10:
                values.setdefault(f"{num2words(n - n % 10, lang=lang)} {num2words(n % 10, lang=lang)}".lower(), n)
    for n, forms in _CASE_FORMS.get(lang, {}).items():
        values.update(dict.fromkeys(forms, n))
    for prefix in _ATTACHED_AND.get(lang, ()):  # "ושלוש", "وستة": and three, and six
        values.update({prefix + word: n for word, n in list(values.items()) if " " not in word})
    for word in _NOT_ONLY_NUMBERS.get(lang, ()):
        values.pop(word, None)
    # a number's counter joined after it belongs to it (Bengali চারজন, four people; তিনটি)
    values.update({word + counter: n for word, n in list(values.items()) for counter in _COUNTERS.get(lang, ())})
    alternatives = "|".join(re.escape(w) for w in sorted(values, key=len, reverse=True))
    # (nor a word joined to the next by a zero-width non-joiner: Persian سه‌شنبه is Tuesday;
    # nor a word of an Indic script that goes on with a vowel sign: Bengali তিনি, "he", holds
    # তিন, three)
    return re.compile(rf"(?<![\w\u200c])(?:{alternatives})(?![\w\u200c\u0900-\u0dff])", re.IGNORECASE), values


_TENS_COUNT = {"два": 2, "две": 2, "дві": 2, "три": 3, "четыре": 4, "чотири": 4, "пять": 5}
"""(Ukrainian "п'ять" reaches here as "пять": the apostrophe is read away first.)"""
_TENS_OF = compiled(rf"(?<!\w)(?P<count>{'|'.join(_TENS_COUNT)})\s+десят(?:ка|ки|ков|ків|ок)(?!\w)", re.IGNORECASE)
"""Tens counted in Russian and Ukrainian ("два десятки" is 20, "три десятка" 30), which
number-parser reads as the count alone."""
_WORD_APOSTROPHE = compiled(r"(?<=\w)['’ʼ](?=\w)")
_COLLECTIVES = {
    word: n
    for n, words in enumerate(
        [
            ("двое", "двоє"), ("трое", "троє"), ("четверо",), ("пятеро",), ("шестеро",),
            ("семеро",), ("восьмеро",), ("девятеро",), ("десятеро",),
        ],
        start=2,
    )
    for word in words
}
"""Russian and Ukrainian collective numerals (a closed class; Ukrainian's apostrophe is
read away first: "дев'ятеро" is "девятеро"), which number-parser does not know."""
_COLLECTIVE = compiled(rf"(?<!\w)(?:{'|'.join(_COLLECTIVES)})(?!\w)", re.IGNORECASE)


def _with_digits(text: str, lang: str) -> str:
    if lang in _LISTED_LANGUAGES:
        pattern, values = _number_words(lang)
        return pattern.sub(lambda m: str(looked_up(values, m.group())), text)
    if lang in ("ru", "uk"):
        from number_parser import parse

        # number-parser reads neither an apostrophe inside a word ("п'ять") nor the
        # collective numerals ("двое", "дев'ятеро")
        text = _WORD_APOSTROPHE.sub("", text)
        text = _COLLECTIVE.sub(lambda m: str(looked_up(_COLLECTIVES, m.group())), text)
        text = _TENS_OF.sub(lambda m: str(10 * looked_up(_TENS_COUNT, m["count"])), text)
        return str(parse(text, language=lang))
    from text_to_num import alpha2digit

    # words for one are left out (threshold): they are the articles (ein, un, una, een)
    return str(alpha2digit(text, lang, threshold=1.5))


@lru_cache(maxsize=4096)
def spelled_numbers(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
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
        at = before[i1].start()
        if lang == "vi" and text[:at].rstrip().lower().endswith("thứ"):
            continue  # a weekday ("thứ ba", Tuesday) or a rank, no count
        if lang != "de" and words[0][:1].isupper() and text[:at].rstrip()[-1:] not in ("", ".", "!", "?", "«", '"', "“", "„"):
            continue  # capitalised mid-sentence, a name: "il Seicento" is the 17th century
        # beside another number; a word for one there is an article ("Unas doscientas …")
        if (j1 > 0 and after[j1 - 1] != "1" and after[j1 - 1][0].isdigit()) or (
            j2 < len(after) and after[j2] != "1" and after[j2][0].isdigit()
        ):
            continue
        found.append((before[i1].start(), before[i2 - 1].end(), after[j1]))
    return tuple(found)


_DECIMAL_WORD = compiled(r"(?<![\d.,])(?P<whole>\d+)\s*(?:দশমিক|दशमलव|اعشاریہ)\s*(?P<part>\d+)(?![\d.,]?\d)")
"""A decimal point in words between digits, as Bangladesh's press writes every decimal
("৪ দশমিক ১ শতাংশ", 4.1 per cent), and Hindi's, Nepali's and Urdu's now and then."""
_ONE_BEFORE_A_SCALE = compiled(r"(?<![\w\u200c])یک(?=\s+(?:هزار|میلیون|میلیارد)(?![\w\u200c]))")
"""Persian "one" before a scale ("یک میلیون و ۸۰۰ هزار", 1.8 million): elsewhere mostly "a"."""


def digit_words(scan: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """Numbers partly in words that the number words do not give (start, end, digits): a
    decimal point in words (``_DECIMAL_WORD``), Persian "one" before a scale."""
    found: list[tuple[int, int, str]] = []
    if lang in ("bn", "hi", "ne", "ur"):
        found += [(m.start(), m.end(), f"{int(m['whole'])}.{m['part']}") for m in _DECIMAL_WORD.finditer(scan)]
    if lang == "fa":
        found += [(m.start(), m.end(), "1") for m in _ONE_BEFORE_A_SCALE.finditer(scan)]
    return tuple(found)


def spelled_as_digits(scan: str, spelled: tuple[tuple[int, int, str], ...]) -> str:
    """``scan`` with each number in words that has room for its digits written in them,
    right-aligned ("deux cents mètres" -> "       200 mètres"), so that the patterns read
    it with its unit, currency or clock word; offsets hold."""
    for start, end, value in spelled:
        if len(value) <= end - start:
            scan = scan[:start] + value.rjust(end - start) + scan[end:]
    return scan


_MIXED_FRACTION = compiled(r"(?<![\d.,/-])(?P<whole>\d{1,3})-(?P<num>[13])/(?P<den>[248])(?![\d/])")


def mixed_fractions_as_decimals(scan: str) -> str:
    """``scan`` with wire style mixed fractions written as decimals in their room ("4-1/4
    percent" -> "4.250 percent", "10-1/2" -> "10.500"), so the patterns read 4.25 %, not a
    range 4-1 and a 4; offsets hold."""

    def decimal(m: re.Match[str]) -> str:
        value = int(m["whole"]) + int(m["num"]) / int(m["den"])
        if int(m["num"]) >= int(m["den"]):
            return m.group()
        return fmt(value).ljust(len(m.group()), "0")  # "4.25" and a 0: the span stays the text's

    return _MIXED_FRACTION.sub(decimal, scan)


def zh_small(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    value = _zh_number(raw)
    return int(value) if value is not None else None


_DIGIT_GROUPS = compiled(r"\d+(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)|\d+[.,]\d+|\d+")


def digits_in(text: str) -> frozenset[str]:
    """Every number written in digits in ``text``, in any grouping: '1 500', '1,500' -> '1500'."""
    out = set()
    for m in _DIGIT_GROUPS.finditer(text):
        raw = m.group()
        if re.fullmatch(r"\d+[.,]\d{1,2}", raw):
            out.add(fmt(float(raw.replace(",", "."))))  # "8847,60" is 8847.6
        out.add(re.sub(r"[ ,.\u00a0\u202f]", "", raw).lstrip("0") or "0")
    return frozenset(out)


def scan_phones(text: str, claim: Claim) -> None:
    """Telephone numbers, first: one number however it is spaced (031/43 36 11)."""
    for m in _PHONE_RE.finditer(text):
        claim(DifferenceKind.NUMBER, re.sub(r"\D", "", m.group()), m.start(), m.end())


_ROMAN_CENTURY = compiled(
    r"\b(?P<roman>[IVX]{1,5})(?:e|ème|-?(?:го|м|й))?\s+(?:w\.|wiek\w*|siècles?|secol[oi]|век\w*|столітт\w*|století)"
    r"|\b(?:siglos?|séculos?)\s+(?P<after>[IVX]{1,5})\b"
)
"""A century in Roman numerals, as most languages write it ("XIII wieku", "XIXe siècle",
"siglo XIX", "XX века"): the number the English "13th century" gives."""
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(numeral: str) -> int:
    values = [_ROMAN[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


_IDENTIFIER_BEFORE = compiled(r"(?:\b(?:No|no|Nr|nr)\.|[nN][°º]|#)\s?$")
"""A number that names rather than counts: "No. 2 Intermediate Court", "n° 5", "#10";
the other account often writes it as an ordinal (第二中级人民法院), which is no number."""
_CLOCK_IN_A_ZONE = compiled(r"(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|Z)\b")
"""A wire's time in another zone ("03:40 (0140 GMT)"): the same moment restated, no count."""
_RATE_BASE = compiled(r"\s?[^\W\d_]{1,6}\s?[=＝兑对]")
"""The currency an exchange rate is given for, after its "1" ("1ドル=151円20銭", "1美元兑…")."""
_EMERGENCY_NUMBER = compiled(r"(?:911|999|112)\s+(?:calls?|dispatchers?|operators?|centers?|centres?|line)\b", re.IGNORECASE)
"""An emergency telephone number ("the first 911 call"), which names a service, not a count."""


_SCORE = compiled(r"(?P<a>\d{1,2})\s?[-–/:]\s?(?P<b>\d{1,2})(?:\s?\((?P<t1>\d{1,2})(?:\s?[-–/:]\s?(?P<t2>\d{1,2}))?\))?")
"""A score, a set's with its tie-break ("7-6 (7-5)", "7/6(5)": the loser's points tell it)."""
_NEXT_SCORE = compiled(r"[,;]?\s+(?:(?:and|et|y|e|und)\s+)?\d{1,2}\s?[-–/:]\s?\d")
_AT_A_TIME = compiled(r"(?i:\b(?:at|um|à|a\s+las|alle|às|в|о|kl\.|klo)\s*)$")
"""The word before a time of day, which a score never follows."""
_WON = compiled(
    r"(?i:(?<![^\W\d_])(?:won|win|wins|beat|beats|defeated|lost|loses|victory|defeat|draw|drew|score|scored|"
    r"gewann|gewinnt|siegte|verlor|Sieg|schlug|besiegte|unterlag|Niederlage|Endstand|"
    r"gagné|battu|perdu|victoire|défaite|imposée?s?|vinto|vince|battuto|perso|vittoria|pareggio|battendo|"
    r"ganó|gana|venció|perdió|victoria|derrota|cayó|empató|goleó|derrotó|superó|triunfo|goleada|marcador|"
    r"venceu|ganhou|perdeu|vitória|bateu|goleou|empatou|derrotou|placar|"
    r"wint|versloeg|verloor|zege|nederlaag|overwinning|gelijkspel|eindstand|uitslag|"
    # Arabic, with "and" or "so" joined to the verb ("وفاز النادي المصري 3-1", won)
    r"[وف]?(?:فاز|فازت|خسر|خسرت|تغلب|تغلبت|هزم|هزمت|تعادل|تعادلت|بفوز|فوز|خسارة|بنتيجة|النتيجة))(?![^\W\d_])[^.;]{0,20}$)"
)
"""Words of a result before a score ("won 2-1", "a gagné 6/4", "cayó 1-2", "فاز … 3-1"): a score
alone is a score only after one (else "20-25" is a range) ..."""
_WON_AFTER = compiled(
    r"\s?(?:[^\W\d_]+\s+){0,2}?(?i:gewonnen|verslagen|verloren|besiegt|geschlagen|vencido|ganado)(?![^\W\d_])"
)
"""... or after it, where the verb closes the clause ("Ajax met 3-1 verslagen", "mit 3:1
gewonnen")."""
_SCORE_WITH_A = compiled(r"(?<![\d.,])(?P<a>\d{1,2})\s+a\s+(?P<b>\d{1,2})(?![\d.,]\d|\d)")
"""A score in Portuguese and Spanish words, "venceu … por 3 a 1", "ganó por 2 a 0": after a word
of a result only ("de 3 a 5 anos" is a range)."""


ROMAN_NUMERAL = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
"""A Roman numeral up to 39 ("XIV"), the numbers of monarchs, popes and levels."""
_ROMAN_NUMBER = compiled(rf"(?<![\w.-])(?P<r>{ROMAN_NUMERAL})(?![\w-])")
_BEFORE_A_ROMAN = compiled(
    r"(?:(?P<level>(?i:level|nivel|niveau|livello|stufe|phase|fase|class|classe|clase|classe|category|categoría|"
    r"catégorie|categoria|kategorie|grade|tier))|(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_A-Z]{1,20}))\s+$"
)


_LEVEL_JOINED = compiled(r"(?<![\w-])(?i:phase|fase|stufe|level|nivel|niveau|livello)-(?P<n>\d{1,2})(?![\d.,]?\d)(?=-|\W|$)")


def scan_joined_levels(scan: str, claim: Claim) -> None:
    """A trial's phase or an alert level joined to its number ("the Phase-3 trial", German
    "Phase-2-Studie"), as the number "Phase 3" gives, before the codes (a model's "A-10")."""
    for m in _LEVEL_JOINED.finditer(scan):
        claim(DifferenceKind.NUMBER, str(int(m["n"])), m.start("n"), m.end("n"))


def scan_roman_numbers(scan: str, claim: Claim) -> None:
    """A Roman numeral after a name or a level, as its number: a monarch's or a pope's
    ("Benedict XVI" against "Benedicto XV"), an alert level ("level IV" against "nivel III"),
    a trial's phase or a recall's class ("Class I" against "Class II"). "I" alone counts
    after a level's word only (it is mostly the pronoun)."""
    for m in _ROMAN_NUMBER.finditer(scan):
        numeral = m["r"]
        if not numeral:
            continue
        before = _BEFORE_A_ROMAN.search(scan, max(0, m.start() - 24), m.start())
        if before is None or (numeral == "I" and not before["level"]):
            continue
        claim(DifferenceKind.NUMBER, str(_roman(numeral)), m.start(), m.end())


def scan_scores(scan: str, claim: Claim) -> None:
    """Scores, before dates and numbers: a run of sets ("6-4, 3-6, 7-6 (7-5)", "6/4 3/6
    7/6(5)"), or a score after a word of a result ("won 2-1"), as "6:4", the way round it is
    written: "3-6" against "6-3" is a set won by the other player, which the four numbers
    alone did not tell."""
    run_end = -10
    for m in _SCORE.finditer(scan):
        start = m.start()
        if start and (scan[start - 1].isdigit() or scan[start - 1] in ".,:/–-"):
            continue
        if m.end() < len(scan) and (scan[m.end()].isdigit() or (scan[m.end()] in ".,/:–-" and scan[m.end() + 1 : m.end() + 2].isdigit())):
            continue
        follows = _NEXT_SCORE.match(scan, m.end())
        in_run = run_end < start <= run_end + 6
        if (":" in m.group() and not (int(m["a"]) < 10 and int(m["b"]) < 10)) or _AT_A_TIME.search(scan, max(0, start - 8), start):
            continue  # "at 11:30", "um 11:30": a time of day
        won = _WON.search(scan, max(0, start - 30), start)
        if follows or in_run or (m["t1"] and won):
            tie = min(int(m["t1"]), int(m["t2"])) if m["t2"] else int(m["t1"]) if m["t1"] else None
            claim(DifferenceKind.NUMBER, f"{int(m['a'])}:{int(m['b'])}" + (f" ({tie})" if tie is not None else ""), m.start(), m.end())
            run_end = m.end()
        elif won or _WON_AFTER.match(scan, m.end()):
            claim(DifferenceKind.NUMBER, _one_score(m), m.start(), m.end())
    for m in _SCORE_WITH_A.finditer(scan):
        if _WON.search(scan, max(0, m.start() - 30), m.start()):
            claim(DifferenceKind.NUMBER, _one_score(m), m.start(), m.end())


def _one_score(m: re.Match[str]) -> str:
    """A match's one score, the higher tally first: English writes the winner's first ("Valencia
    won 2-1 at Sevilla"), Spanish the home side's ("El Sevilla cayó 1-2 ante el Valencia"), and
    either way round the tally is one; who won is the sentence's, not the score's."""
    high, low = sorted((int(m["a"]), int(m["b"])), reverse=True)
    return f"{high}:{low}"


_A_NAME_AFTER = compiled(r"-[A-Z][a-z]+\s+[A-Z]")
"""A number joined to a name's capitalised words ("the 5-Star Movement"): the name's."""
_ONE_UNIT_OF_TIME = compiled(
    r"[\s-]+(?i:years?|months?|weeks?|hours?|minutes?|decades?"
    r"|match|game|race|goal|point|vote|seat|round|leg|lap|set|stage|person|man|woman|child|soldier|victim|count|charge)\b"
)
"""A unit of time after "one", or what a story counts: "one year", "banned for one match" (a
ban's length against "two matches" was no conflict), "one man was killed" are counts ("one
of them" is none)."""


_GERMAN_COMPOUND_NUMBERS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "fünfzig": 50, "hundert": 100,
}
_GERMAN_COMPOUND = compiled(
    rf"(?<![^\W\d_])(?P<word>{'|'.join(sorted(_GERMAN_COMPOUND_NUMBERS, key=len, reverse=True))})"
    r"(?=(?:jährig|tägig|wöchig|monatig|stündig|minütig|prozentig|köpfig|stöckig)\w*)",
    re.IGNORECASE,
)
"""A German number joined to what it counts ("der zehnjährigen Bundesanleihe", the 10-year
Bund; "die dreitägige Konferenz"): the 10 of another account's "10-year"."""


def scan_numbers(
    scan: str, claim: Claim, *, english: bool, spelled: tuple[tuple[int, int, str], ...], lang: str = ""
) -> None:
    """Bare numbers, last before names: digits, orders of size, English number words
    (``english``), ordinals in words of ``lang``, the numbers in words ``spelled`` found in
    another language, Chinese numerals."""
    if lang == "de":
        for m in _GERMAN_COMPOUND.finditer(scan):
            claim(DifferenceKind.NUMBER, str(looked_up(_GERMAN_COMPOUND_NUMBERS, m["word"])), m.start(), m.end())
    words = re.findall(r"[^\W\d_]+", scan)
    title_case = len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.75 * len(words)  # "Storm Kills Five"
    for m in _NUMBER_RE.finditer(scan):
        if (
            (_A_NAME_AFTER.match(scan, m.end()) and not title_case)
            or _IDENTIFIER_BEFORE.search(scan, max(0, m.start() - 5), m.start())
            or _EMERGENCY_NUMBER.match(scan, m.start())
            or _CLOCK_IN_A_ZONE.match(scan, m.start())
            or _RATE_BASE.match(scan, m.end())
        ):
            continue
        amount = to_float(m["num"])
        if amount is not None and m.groupdict().get("short") == "m" and _METRES_AFTER.match(scan, m.end()):
            claim(DifferenceKind.QUANTITY, f"{fmt(amount)} m", m.start(), m.end())  # "200m beyond the 39km mark"
            continue
        if amount is not None:
            amount = scaled(amount, m)
            # an English ordinal ("the 19th century") is words in most languages
            # ("decimonónico", "XIXe siècle"): no detail where another language lacks it
            claim(DifferenceKind.NUMBER, fmt(amount), m.start(), m.end(), partly_read=bool(m["ordinal"]))
    for m in _ROMAN_CENTURY.finditer(scan):
        span = m.span("roman") if m["roman"] else m.span("after")
        claim(DifferenceKind.NUMBER, str(_roman(m["roman"] or m["after"])), *span, partly_read=True)
    for m in _ZH_VAGUE_RE.finditer(scan):
        claim(DifferenceKind.NUMBER, _vague_range(m), m.start(), m.end())
    if english:
        for m in _VAGUE_RE.finditer(scan):
            claim(DifferenceKind.NUMBER, _vague_range(m), m.start(), m.end())
        for m in _HALVES_AND_DOZENS_RE.finditer(scan):
            if m["scale"]:
                whole = m["whole"] and (to_float(m["whole"]) or _word_number(m["whole"]))
                amount = ((whole or 0) + 0.5) * MULTIPLIERS.get(m["scale"].lower(), 100)
            else:
                count = 1 if (m["count"] or "a").lower() == "a" else _word_number(m["count"])
                amount = 12 * count if count else None
            if amount:
                claim(DifferenceKind.NUMBER, fmt(amount), m.start(), m.end())
        ordinals, ranks = _english_ordinals()
        for m in ordinals.finditer(scan):
            if _A_SHARE_BEFORE.search(scan, 0, m.start()):  # "a fifth of", "one-fifth"
                continue
            if m.group()[0].islower() or not scan[: m.start()].strip():  # not "Fifth Avenue"
                # a rank, as digits' ordinals ("the 7th round"): no detail where another
                # language's words for it are not read ("die siebte Runde")
                claim(DifferenceKind.NUMBER, str(ranks[m.group().lower()]), m.start(), m.end(), partly_read=True)
        for m in _NUMBER_WORDS_RE.finditer(scan):
            if _FRACTION_AFTER.match(scan, m.end()):
                continue
            if not title_case and m.group()[0].isupper() and scan[: m.start()].rstrip()[-1:] not in ("", ".", "!", "?", '"', "“", "(", ":"):
                continue  # capitalised inside a sentence, a name's: "the Five Star Movement"
            amount = _word_number(m.group())
            # "one" is a pronoun far more often than a count ("one of them"), but for a
            # unit of time ("one year behind schedule" against "two years")
            if amount is not None and (amount != 1 or _ONE_UNIT_OF_TIME.match(scan, m.end())):
                claim(DifferenceKind.NUMBER, fmt(amount), m.start(), m.end())
    if lang in _ORDINAL_LANGUAGES:
        ordinals, ranks = _ordinals(lang)
        for m in ordinals.finditer(scan):
            before = _WORD_BEFORE.search(scan, max(0, m.start() - 16), m.start())
            if before and (before.group().strip(" -").lower() in _COUNTS_OF_A_SHARE or before.group()[0].isdigit()):
                continue  # a share: "un terzo", "een derde", "tre quarti"
            if scan[m.start() - 1 : m.start()] == "-" or (before and _TENS_ORDINAL.fullmatch(before.group().strip(" -"))):
                continue  # the last word of a larger ordinal: "trente-troisième", "trigésima tercera" (33rd)
            if m.group()[0].islower() or not scan[: m.start()].strip():  # not "Terzo Mondo"
                claim(DifferenceKind.NUMBER, str(ranks[m.group().lower()]), m.start(), m.end(), partly_read=True)
    for start, end, value in spelled:  # those with no room for their digits ("mil" = 1000)
        claim(DifferenceKind.NUMBER, value, start, end)
    for m in _ZH_NUMERAL_RE.finditer(scan):
        raw = m.group()
        follows = scan[m.end() : m.end() + 1]
        # A lone 一/两 is mostly part of a word (一起, 统一); keep numerals that count something.
        if (len(raw) < 2 and follows not in _ZH_MEASURE) or raw in {"一", "两"}:
            continue
        if _A_TOWN_S_NUMERAL.match(scan, m.end()):
            continue  # 四日市, 十日町: a town's name
        amount = _zh_number(raw)
        if amount is not None and amount != 1:
            claim(DifferenceKind.NUMBER, fmt(amount), m.start(), m.end())


_AND_A_HALF = {
    "en": r"and[\s-]+a[\s-]+half",
    "it": r"e\s+mezz[oa]",
    "fr": r"et\s+demie?",
    "es": r"y\s+medi[oa]",
    "pt": r"e\s+mei[oa]",
    "ca": r"i\s+mig",
    "nl": r"en\s+een\s+half",
    "de": r"und\s+ein(?:\s+)?halb",
    "pl": r"i\s+pół",
    "cs": r"a\s+půl",
    "sk": r"a\s+pol",
    "ru": r"с\s+половиной",
    "uk": r"з\s+половиною",
    "sv": r"och\s+en\s+halv|och\s+ett\s+halvt",
    "da": r"og\s+en\s+halv|og\s+et\s+halvt",
    "no": r"og\s+en\s+halv|og\s+et\s+halvt",
    "ro": r"și\s+jumătate",
    "hu": r"és\s+fél",
    "tr": r"buçuk",
    "fa": r"و\s?نیم",
    "ar": r"و\s?نصف",
}
"""How each language says "and a half" after a number, or after the number's noun ("tre
anni e mezzo", "three and a half years", "trois ans et demi"): a closed class."""
_HALF_COMPOUNDS = {"de": ("einhalb", {"anderthalb": 1, "eineinhalb": 1}), "nl": ("(?:ën|en)half", {"anderhalf": 1})}
"""Languages that write a number and a half as one word ("dreieinhalb", "drieënhalf"):
the ending after the number's word, and the words of their own for one and a half."""


@lru_cache(maxsize=32)
def _halves(lang: str, scales: tuple[str, ...]) -> re.Pattern[str]:
    """A number and a half in ``lang``: digits or (English) a number word, then at most one
    word (its noun or a multiplier), then the language's "and a half", or "½"; then maybe
    a multiplier ("two and a half million"); and the compounds of German and Dutch, whose
    number words come from num2words."""
    phrase = _AND_A_HALF.get(lang)
    word = rf"|(?P<word>{_WORDS_ALT})" if lang == "en" else ""
    after = rf"|(?:[\s-]+(?P<noun>\w+))??[\s-]+(?:{phrase})(?!\w)" if phrase else ""
    scale = rf"(?:\s+(?P<scale>{alternation(scales)})(?!\w))?"
    own_scale = scale.replace("?P<scale>", "?P<own_scale>")
    parts = [rf"(?<![\w.,])(?:{NUM}{word})(?:\s?½{after}){scale}"]
    if lang in _HALF_COMPOUNDS:
        ending, own = _HALF_COMPOUNDS[lang]
        parts.append(rf"(?<!\w)(?:(?P<own>{alternation(own)})|(?P<compound>{alternation(_compound_words(lang))}){ending})(?!\w){own_scale}")
    return compiled("|".join(parts), re.IGNORECASE)


_AT_THE_HOUR = compiled(r"(?<!\w)(?:alle|las|às)\s+$", re.IGNORECASE)
"""The word for "at" before a time: "alle tre e mezza" is half past three."""


_YEARS_AND_MONTHS = {
    "en": ("years?", "and", "months?"),
    "de": ("Jahr(?:en?|e)?", "und", "Monat(?:en?|e)?"),
    "fr": ("ans?", "et", "mois"),
    "es": ("años?", "y", "mes(?:es)?"),
    "pt": ("anos?", "e", "mes(?:es)?"),
    "it": ("anni|anno", "e", "mes[ei]"),
    "nl": ("jaar", "en", "maanden?"),
}
"""How each language gives a span of years and months ("vier Jahren und sechs Monaten")."""


_CJK_YEARS_AND_MONTHS = compiled(
    rf"(?<![\d{ZH_NUM}.])(?P<years>\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s?年\s?"
    rf"(?:零?\s?(?P<months>\d{{1,2}}|[{ZH_NUM}]{{1,2}})\s?(?:个|個|ヶ|か|カ|ケ)\s?月|半)"
)
"""A span of years and months in Chinese and Japanese (有期徒刑6年8个月, 3年半): a number of
years, as "six years and eight months" is; months are counted (个月, ヶ月), a date's 月 is not."""
_PRISON_TERM = compiled(
    r"(?<=懲役|禁錮|禁固)\s?(?P<years>\d{1,2})\s?年\s?(?P<months>\d{1,2})\s?月(?!\s?\d{1,2}\s?日)"
    r"|(?<![\d.])(?P<ko_years>\d{1,2})\s?년\s?(?P<ko_months>\d{1,2})\s?개월"
)
"""... and a Japanese prison term with its bare 月 (懲役2年6月, two years and six months) and
a Korean span (징역 1년 6개월)."""
_A_YEAR_AND_A_HALF = {
    "en": r"(?:a|one)\s+year\s+and\s+a\s+half",
    "es": r"(?:un\s+)?año\s+y\s+medio",
    "it": r"(?:un\s+)?anno\s+e\s+mezzo",
    "fr": r"(?:un\s+)?an\s+et\s+demi",
    "pt": r"(?:um\s+)?ano\s+e\s+meio",
}
"""A year and a half with no number ("año y medio"): the 18 months of another account (not
an hour and a half, which another account gives as 90 minutes)."""
_ONE_YEAR = r"an?|ein(?:em|en)?|un|um|een"
"""The article that counts one year: "a year and six months", "einem Jahr und sechs Monaten"."""
_ONE_YEAR_RE = compiled(_ONE_YEAR, re.IGNORECASE)


_MAGNITUDE = compiled(r"(?<![A-Za-z0-9.,])M[wL]?\s?(?P<num>\d[.,]\d)(?![\d.,]?\d)")
"""An earthquake's magnitude written "M6.8", "Mw 6.8", "M 6,2": the 6.8 of "magnitude 6.8"."""
_SHINDO = compiled(r"震度\s?(?P<num>[0-7０-７])\s?(?P<half>強|弱)?")
"""Japan's seismic intensity (震度6強, "upper 6"): a scale of its own, no magnitude."""


_WIND_FORCE = compiled(
    r"(?:风力|阵风|陣風|风|風)[^\d，。,]{0,6}?(?P<zh>\d{1,2})\s?级(?!以上)|(?i:\bcấp)\s(?P<vi>\d{1,2})\b"
)
"""A wind's force on the Beaufort scale, as China's and Vietnam's forecasters give it
(最大风力15级, 阵风16级; "gió mạnh cấp 13, giật cấp 15"): a level of its own, no count, and no
rival of a speed in km/h."""


def scan_magnitudes(scan: str, claim: Claim) -> None:
    """Earthquake magnitudes written with their letter, Japan's intensities and winds'
    Beaufort forces apart."""
    for m in _MAGNITUDE.finditer(scan):
        if (value := to_float(m["num"].replace(",", "."))) is not None:
            claim(DifferenceKind.NUMBER, fmt(value), m.start("num"), m.end())
    for m in _WIND_FORCE.finditer(scan):
        group = "zh" if m["zh"] else "vi"
        claim(DifferenceKind.QUANTITY, f"{int(m[group])} Bft", m.start(group), m.end())
    for m in _SHINDO.finditer(scan):
        level = unicodedata.numeric(m["num"])
        claim(DifferenceKind.QUANTITY, f"{fmt(level)} shindo{'+' if m['half'] == '強' else '-' if m['half'] else ''}", m.start(), m.end())


def scan_years_and_months(scan: str, claim: Claim, *, lang: str) -> None:
    """Years and months as one number of years, before the bare numbers: "vier Jahren und
    sechs Monaten" is the 4.5 of "four and a half years", not a 4 and a 6."""
    if half := _A_YEAR_AND_A_HALF.get(lang):
        for m in compiled(rf"(?<!\w){half}(?!\w)", re.IGNORECASE).finditer(scan):
            claim(DifferenceKind.NUMBER, "1.5", m.start(), m.end())
    if lang in ("ja", "ko"):
        for term in _PRISON_TERM.finditer(scan):
            term_years, term_months = int(term["years"] or term["ko_years"]), int(term["months"] or term["ko_months"])
            if term_months < 12:
                claim(DifferenceKind.NUMBER, fmt(term_years + term_months / 12), term.start(), term.end())
    if lang in ("zh", "ja"):
        for m in _CJK_YEARS_AND_MONTHS.finditer(scan):
            in_years, in_months = zh_small(m["years"]), zh_small(m["months"]) if m["months"] else 6
            if in_years is not None and in_months is not None and in_months < 12:
                claim(DifferenceKind.NUMBER, fmt(in_years + in_months / 12), m.start(), m.end())
        return
    words = _YEARS_AND_MONTHS.get(lang)
    if words is None:
        return
    years, and_, months = words
    pattern = compiled(
        rf"(?<![\w.,])(?P<years>{COUNT}|{_ONE_YEAR})\s+(?:{years})\s+{and_}\s+(?P<months>{COUNT})\s+(?:{months})(?!\w)",
        re.IGNORECASE,
    )
    for m in pattern.finditer(scan):
        whole = 1.0 if _ONE_YEAR_RE.fullmatch(m["years"]) else count_of(m["years"])
        part = count_of(m["months"])
        if whole is not None and part is not None and part < 12:
            claim(DifferenceKind.NUMBER, fmt(whole + part / 12), m.start(), m.end())


_MIL_AND_REST = compiled(
    r"(?<![\d.,])(?:(?P<thousands>\d{1,3})\s+|(?<![^\W\d_])(?i:un\s+)?(?=mil\s))mil\s+(?P<rest>\d{1,3})"
    r"(?![\d.,]|\s*(?:mil|millones|pesos|d[oó]lares|euros)\b)"
)
"""Mexico's press writes 3,500 as "3 mil 500", 18,500 as "18 mil 500" and 1,512 as "mil 512"
(a sum of money is left to amounts.py)."""


_MILLIONS_AND_REST = compiled(
    r"(?<![\d.,])(?:(?P<millions>\d{1,3})|(?<![^\W\d_])un)\s+mill(?:ón|ones)\s+(?P<thousands>\d{1,3})\s+mil(?![^\W\d_])(?!\s+mill)"
    r"|(?<![\d.,])(?P<th>\d{1,3})\s+mil\s+(?P<rest>\d{1,3})\s+millones(?:\s+de\s+(?P<cur>dólares|pesos|euros))?",
    re.IGNORECASE,
)
"""... and its millions so: "un millón 612 mil" (1,612,000), "98 mil 800 millones de dólares"
(98,800 million dollars)."""
_MEXICAN_CURRENCIES = {"dólares": "USD", "pesos": "MXN", "euros": "EUR"}


def scan_thousands_and_rest(scan: str, claim: Claim, *, lang: str) -> None:
    """Spanish thousands followed by the rest in digits, as one number (not 3000 and 500)."""
    if lang != "es":
        return
    for m in _MILLIONS_AND_REST.finditer(scan):
        if m["thousands"]:
            claim(DifferenceKind.NUMBER, str(int(m["millions"] or 1) * 10**6 + int(m["thousands"]) * 1000), m.start(), m.end())
        else:
            amount = str((int(m["th"]) * 1000 + int(m["rest"])) * 10**6)
            if m["cur"]:
                claim(DifferenceKind.MONEY, f"{_MEXICAN_CURRENCIES[m['cur'].lower()]} {amount}", m.start(), m.end())
            else:
                claim(DifferenceKind.NUMBER, amount, m.start(), m.end())
    for m in _MIL_AND_REST.finditer(scan):
        claim(DifferenceKind.NUMBER, str(int(m["thousands"] or 1) * 1000 + int(m["rest"])), m.start(), m.end())


_ONE_AND_A_HALF = compiled(
    r"(?<![\w-])(?:полтора|полторы|полутора|півтора|півтори)\s+(?:(?P<years>года|лет|месяца|року|років|місяця)|(?P<scale>[^\W\d_]+\.?))",
    re.IGNORECASE,
)
"""Russian and Ukrainian one word for one and a half, of years or months ("полтора года",
the 18 months of another account) or of a multiplier ("полтора миллиона"); not of hours,
which another account gives as 90 minutes."""


_HINDI_FRACTION_WORDS = {"डेढ़": 1.5, "डेढ": 1.5, "ढाई": 2.5, "ڈیڑھ": 1.5, "ڈھائی": 2.5}
_HINDI_FRACTIONS = compiled(
    r"(?<![\u0900-\u097f\u0600-\u06ff])(?P<word>डेढ़|डेढ|ढाई|ڈیڑھ|ڈھائی)\s+(?P<scale>हज़ार|हजार|लाख|करोड़|करोड|अरब|ہزار|لاکھ|کروڑ|ارب)"
    r"(?:\s+(?P<scale2>लाख|करोड़|करोड|अरब|لاکھ|کروڑ|ارب)(?![\u0900-\u097f\u0600-\u06ff]))?"
)
"""Hindi's and Urdu's one word for one and a half and for two and a half before a
multiplier, or two ("डेढ़ लाख", "ڈیڑھ لاکھ", 150,000; "ढाई हजार करोड़", 2,500 crore: 25
billion)."""


_AND_A_HALF_BEFORE = compiled(
    r"(?<![\u0900-\u0dff\u0600-\u06ff])(?:সাড়ে|সাড়ে|साढ़े|साढ़े|ساڑھے)\s+(?P<num>\d{1,3})\s+(?P<scale>[^\s\d।,.]+)"
)
"""Bengali's, Hindi's and Urdu's "and a half" before a number and its scale ("সাড়ে ৩ লাখ",
350,000; "साढ़े चार हजार"): only with a scale, since "साढ़े तीन बजे" is half past three."""


def _half_readings(scan: str, lang: str, multipliers: Mapping[str, int]) -> Iterator[tuple[int, int, float, bool]]:
    """Each number and a half in ``scan`` (``_halves``; Russian "полтора"): its span, its
    value, and whether a multiplier scales it ("tre milioni e mezzo", "anderthalb Millionen")."""
    scales = {**MULTIPLIERS, **multipliers}
    if lang in ("ru", "uk"):
        for m in _ONE_AND_A_HALF.finditer(scan):
            scale = scales.get((m["scale"] or "").lower())
            if scale or m["years"]:
                end = m.end() if scale else m.start() + len(m.group().split()[0])
                yield m.start(), end, 1.5 * (scale or 1), bool(scale)
    if lang in ("hi", "ur", "bn", "ne"):
        for m in _AND_A_HALF_BEFORE.finditer(scan):
            if scale := scales.get(m["scale"], 0):
                yield m.start(), m.end(), (int(m["num"]) + 0.5) * scale, True
    if lang in ("hi", "ur"):
        for m in _HINDI_FRACTIONS.finditer(scan):
            first, second = scales.get(m["scale"], 0), scales.get(m["scale2"] or "", 1)
            if first:
                yield m.start(), m.end(), _HINDI_FRACTION_WORDS[m["word"]] * first * second, True
    pattern = _halves(lang, tuple(sorted(scales)))
    own = _HALF_COMPOUNDS.get(lang, ("", {}))[1]
    for m in pattern.finditer(scan):
        found = {k: (v or "").lower() for k, v in m.groupdict().items()}
        whole: float | None
        if found.get("own") or found.get("compound"):
            whole = own.get(found["own"]) or _compound_words(lang).get(found["compound"])
        elif _AT_THE_HOUR.search(scan, max(0, m.start() - 12), m.start()):
            continue
        else:
            whole = to_float(found["num"]) if found["num"] else _word_number(found["word"])
        if whole is None:
            continue
        # the half is of the last multiplier: "tre milioni e mezzo", "two and a half million"
        scale = scales.get(found.get("noun", "")) or scales.get(found.get("scale") or found.get("own_scale", ""), 1)
        half = 0.5
        if whole >= 1e6 and scale == 1:  # a number in words read with its multiplier ("tre milioni")
            half = 10 ** (3 * int(math.log10(whole) // 3)) / 2
        yield m.start(), m.end(), (whole + half) * scale, scale > 1 or half > 0.5


def halves_with_multipliers(
    scan: str, spelled: tuple[tuple[int, int, str], ...], *, lang: str, multipliers: Mapping[str, int]
) -> tuple[tuple[int, int, str], ...]:
    """The numbers and a half scaled by a multiplier, as numbers in words (start, end,
    digits) that ``spelled_as_digits`` writes in: "полтора миллиона тонн", "un millón y medio
    de toneladas" and "anderthalb Millionen Tonnen" are then 1,500,000 t, with their unit.
    Read with the ``spelled`` numbers in digits ("un millón y medio"), and with the
    multipliers left in words ("два с половиной миллиона"); the longer reading wins."""
    words_kept = tuple(sp for sp in spelled if not _POWER_OF_THOUSAND.fullmatch(sp[2]))
    found = sorted(
        {
            (start, end, fmt(value))
            for kept in (spelled, words_kept)
            for start, end, value, scaled in _half_readings(spelled_as_digits(scan, kept), lang, multipliers)
            if scaled and value == int(value)
        },
        key=lambda h: (h[0] - h[1], h[0]),
    )
    chosen: list[tuple[int, int, str]] = []
    for half in found:
        if all(half[1] <= start or half[0] >= end for start, end, _ in chosen):
            chosen.append(half)
    return tuple(sorted(chosen))


_POWER_OF_THOUSAND = compiled(r"1(?:000)+")


def scan_halves(scan: str, claim: Claim, *, lang: str, multipliers: Mapping[str, int]) -> None:
    """A number and a half (``_half_readings``), before the bare numbers: "tre anni e mezzo"
    is 3.5, not 3; Russian "полтора года" 1.5. ``multipliers``: the language's words for a
    million and the like."""
    for start, end, value, _ in _half_readings(scan, lang, multipliers):
        claim(DifferenceKind.NUMBER, fmt(value), start, end)


_ROUND_COUNTS = {
    "fr": {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
           "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000},
    "it": {"decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30, "quarantina": 40,
           "cinquantina": 50, "sessantina": 60, "centinaio": 100, "migliaio": 1000},
    "es": {"decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "cincuentena": 50, "centenar": 100, "millar": 1000},
    "pt": {"dezena": 10, "dúzia": 12, "vintena": 20, "centena": 100, "milhar": 1000},
}
"""The nouns of a round count with the article for "a" ("une trentaine de pays", "una
ventina di feriti", "un centenar de personas"): about that many (not "quarantena", a
quarantine, nor a plural's "des centaines", hundreds)."""
_ROUND_ARTICLE = compiled(r"(?<!\w)(?:une?|una?|uma?|um)\s+$", re.IGNORECASE)


def scan_round_counts(scan: str, claim: Claim, *, lang: str) -> None:
    """A round count in the words of ``lang`` (``_ROUND_COUNTS``), as an estimate."""
    nouns = _ROUND_COUNTS.get(lang)
    if not nouns:
        return
    for m in compiled(rf"(?<!\w)(?:{alternation(nouns)})(?!\w)", re.IGNORECASE).finditer(scan):
        if article := _ROUND_ARTICLE.search(scan, max(0, m.start() - 5), m.start()):
            claim(DifferenceKind.NUMBER, str(looked_up(nouns, m.group())), article.start(), m.end(), bound="about")


@lru_cache(maxsize=4)
def _compound_words(lang: str) -> dict[str, int]:
    """num2words' words for 1 to 20, which a compound "and a half" opens with ("drei")."""
    from num2words import num2words

    return {num2words(n, lang=lang): n for n in range(1, 21)}


_WRITTEN_DECIMAL = compiled(r"(?<![\d.,])\d+[.,](\d{1,3})(?![\d.,]*\d)")
"""A number written with a decimal point or comma ("12.47", "4,2"): the digits after it say
how precise it is."""


def significant_digits(written: str) -> int | None:
    """How many significant digits a number is written with, where a decimal mark shows it
    ("12.47 trillion": 4, "4,2 millones": 2); None where the text does not show it ("3,000"
    may be rounded or exact)."""
    m = _WRITTEN_DECIMAL.search(written)
    if not m:
        # a whole number of myriads is rounded to them ("502万" against 5,023,000)
        myriads = _MYRIADS_ONLY.search(written)
        return (len(myriads[1].lstrip("0")) or None) if myriads else None
    return len(m.group().replace(",", "").replace(".", "").lstrip("0")) or None


_MYRIADS_ONLY = compiled(r"(?<![\d.,])(\d{2,4})\s?[万萬만億亿억](?:人|명|名|여|余|多)?\s*$")
"""A number of ten-thousands (or hundred-millions) with nothing after: written to that place."""


def rounds_to(precise: float, rounded: float, digits: int) -> bool:
    """Whether ``precise`` rounded to ``digits`` significant digits is ``rounded``
    (124671亿 = 12.4671 trillion rounds to 12.47 trillion)."""
    if not precise or not rounded:
        return False
    return abs(float(f"{precise:.{digits}g}") - rounded) <= 1e-9 * abs(rounded)
