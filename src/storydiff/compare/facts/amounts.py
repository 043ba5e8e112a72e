"""Money and quantities: an amount with its currency (sign, code or word, in English,
Chinese or the segment's language) or its unit, and how two compare (one measure in two
units; one amount under two currency labels)."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from ...model import DifferenceKind
from ...patterns import compiled
from ..locales import CURRENCIES, FRACTION_ONLY_UNITS, UNSPACED, Conventions, conventions
from ..words import alternation, is_cjk, looked_up
from .fact import Claim, Fact
from .numbers import (
    COUNT,
    MULT,
    MULTIPLIERS,
    MYRIAD_TAIL,
    NUM,
    ZH_NOT_AFTER,
    ZH_NUM,
    count_of,
    fmt,
    mult,
    scaled,
    to_float,
    zh_small,
)

_CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "rmb": "CNY"}
_CURRENCY_WORDS = {
    "convertible marks": "BAM",
    "convertible mark": "BAM",
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
    "港元": "HKD",
    "港币": "HKD",
    "新台币": "TWD",
    "台币": "TWD",
    "澳门元": "MOP",
    "澳元": "AUD",
    "韩元": "KRW",
    "人民币": "CNY",
    "円": "JPY",
    "원": "KRW",
    "ドル": "USD",
    "ユーロ": "EUR",
    "달러": "USD",
    "유로": "EUR",
    "엔": "JPY",
    "위안": "CNY",
}
_CURRENCY_BEFORE = compiled(r"(新台币|台币|港币|港元|人民币)$")
"""A Chinese currency named before an amount in 元 ("新台币3000元", "港币500元")."""
_MONEY_PATTERNS = [
    # not a sign after a letter: "R$", "A$" are other dollars (_english_currencies)
    compiled(
        rf"(?<![A-Za-z])(?P<cur>US\$|\$|€|£|¥|RMB|USD|EUR|GBP|CNY|JPY|RUB)\s?{NUM}{MULT}", re.IGNORECASE
    ),
    # (Xinhua's "481 million U.S. dollars")
    compiled(
        rf"{NUM}{MULT}\s?(?:U\.S\.\s|US\s)?(?P<curw>dollars?|euros?|pounds|yuan|renminbi|yen|roubles?|rubles?)\b",
        re.IGNORECASE,
    ),
    # Korea's won after a multiplier, where it is no verb ("a fine of 1.2 trillion won")
    compiled(rf"{NUM}\s(?P<mult>million|billion|trillion)\s(?P<curw>won)\b", re.IGNORECASE),
    # a sum as an adjective, its multiplier joined to the currency ("a 1.4 billion-euro fine";
    # not "a 200-pound dog")
    compiled(
        rf"{NUM}\s(?P<mult>thousand|million|billion|trillion)-(?P<curw>dollars?|euros?|pounds?|yuan|yen|roubles?|rubles?|won)\b",
        re.IGNORECASE,
    ),
    compiled(
        rf"{ZH_NOT_AFTER}(?<!\d,)(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{ZH_NUM}]+)\s?(?:多|余)?(?P<mult>万亿|兆|조|万|亿|萬|億|만|억|千万|千萬|천만|千亿|千億|천억|千|천)?"
        rf"{MYRIAD_TAIL}\s?(?P<curw>美元|欧元|英镑|日元|卢布|港元|港币|澳门元|澳元|韩元|元|円|원|ドル|ユーロ|달러|유로|엔|위안)"
    ),
]
_WORDS_OF_SUMS = {**_CURRENCY_WORDS, "won": "KRW"}
"""... and Korea's "won" in a sum made an adjective ("a 100 million-won fine"), where the word
is no verb."""
_BORROWED_PLURALS = {
    "reais": "BRL",
    "meticais": "MZN",
    "cfa francs": "XOF",
    "czech crowns": "CZK",
    "swedish crowns": "SEK",
    "norwegian crowns": "NOK",
    "danish crowns": "DKK",
    "crowns": "SEK",
}
"""Names English news gives currencies that CLDR's English names do not: the plural it
borrows ("13 billion reais"; CLDR: "Brazilian reals"), and the crowns it translates
("4.6 billion Czech crowns"; CLDR: "Czech korunas"). Crowns named alone are one of the
crowns (``_SAME_SIGN``)."""
_PRESS_SIGNS = {
    "Rs": "INR", "Rs.": "INR", "KSh": "KES", "Ksh": "KES", "Sh": "KES", "TSh": "TZS", "USh": "UGX", "₦": "NGN",
    "CFA": "XOF", "FCFA": "XOF", "Br": "ETB", "Tk": "BDT", "GH₵": "GHS", "Kz": "AOA", "MT": "MZN",
}
"""Signs English news writes before an amount that CLDR's English data does not give
(India's press: "Rs 200 crore"; Kenya's "Sh2.5 billion", shillings, as Tanzania's and
Uganda's are: ``_SAME_SIGN``; "CFA4.5 billion"; Ethiopia's "Br3.8 billion"; Bangladesh's "Tk 4
lakh")."""
_A_DESIGNATION = compiled(r"[A-Z]{3}\d{1,2}")
"""A currency's code joined to a number of one or two digits with no multiplier ("COP32",
the 32nd climate summit): a name, where "Sh2.5 billion" and "KSh500" are sums."""
_LETTER_SIGNS = {"N": "NGN", "R": "ZAR", "P": "PHP", "RM": "MYR"}
_LETTER_SIGNS_RE = compiled(
    rf"(?<![\w$])(?P<cur>{alternation(_LETTER_SIGNS)})(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s?(?P<mult>(?i:thousand|million|billion|trillion)\b)|(?P<short>bn|m)\b)(?P<tail>)"
)
"""Nigeria's naira, South Africa's rand, the Philippine peso and the ringgit as their press
writes them ("N11.2 billion", "R720m", "P150 million", "RM2.5 billion"); a letter alone
only before an amount in millions or billions ("the N1 highway", "R5 road" are roads)."""
_ENGLISH_WORDS_TOO = frozenset({"won", "real"})
"""Currency names that are as often English words ("the party won 40 seats", "5 real
gains"); "reals" is still the currency."""


@lru_cache(maxsize=1)
def _english_currencies() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """The other currencies locales.py reads (złoty, real, lira …) as an English text
    writes them, from CLDR: their words after the number ("150,000 zlotys", "2 billion
    rupiah"), their signs and codes before it ("R$5 billion", "PLN 250,000"). Code or word
    -> ISO code, and the two patterns. The table is kept in the cache directory: reading
    CLDR's English data costs 60 ms a run (``english_currency_names``)."""
    import hashlib
    import json
    from importlib.metadata import version

    from ...cachedir import cache_dir

    key = hashlib.sha256(f"7 {version('babel')} {' '.join(CURRENCIES)}".encode()).hexdigest()[:16]
    path = cache_dir() / f"currencies-en-{key}.json"
    try:
        codes, words = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        codes, words = english_currency_names()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps([codes, words]), encoding="utf-8")
        except OSError:
            pass  # an unwritable cache: read CLDR again next time
    before = compiled(rf"(?<![A-Za-z$])(?P<cur>{alternation(codes)})\s?{NUM}{MULT}")
    after = compiled(rf"{NUM}{MULT}\s?(?P<curw>{alternation(words)})\b", re.IGNORECASE)
    return {**codes, **words}, before, after


def english_currency_names() -> tuple[dict[str, str], dict[str, str]]:
    """CLDR's English signs and codes (code or sign -> ISO) and names (lower case -> ISO)
    of locales.CURRENCIES, less the hand-kept ``_CURRENCY_SIGNS`` and ``_CURRENCY_WORDS`` and
    English words."""
    from babel.numbers import get_currency_name, get_currency_symbol

    codes: dict[str, str] = {}
    words: dict[str, str] = {}
    for iso in CURRENCIES:
        codes[iso] = iso
        symbol = get_currency_symbol(iso, "en")
        if symbol != iso and not symbol.isalpha() and symbol.lower() not in _CURRENCY_SIGNS:
            codes.setdefault(symbol, iso)  # not "¥", which the hand-kept signs read as yuan
        for count in (1, 2):
            name = get_currency_name(iso, count, "en").lower()
            word = name.split()[-1]
            if word not in _CURRENCY_WORDS and word not in _ENGLISH_WORDS_TOO:
                words.setdefault(word, iso)
            if " " in name:  # "colombian pesos": the country says which pesos
                words.setdefault(name, iso)
    codes.update({sign: iso for sign, iso in _PRESS_SIGNS.items() if iso in CURRENCIES})
    return codes, {**words, **{w: iso for w, iso in _BORROWED_PLURALS.items() if iso in CURRENCIES}}


_UNITS = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pc": "%",
    "个百分点": "pp",
    "个基点": "bp",
    "基点": "bp",
    "%포인트": "pp",
    "%ポイント": "pp",
    "percentage points": "pp",
    "percentage point": "pp",
    "basis points": "bp",
    "basis point": "bp",
    "bps": "bp",
    # an index's points ("the Dow rose 275 points"; 21.35ポイント高): no percentage of it
    # ("rose 0.2 point", singular, is a rate's step as often)
    "points": "pt",
    "ポイント": "pt",
    # a race's time in seconds ("in 47.12 seconds"), what "47\"12" and Brazil's "47s12" say
    "seconds": "s",
    "second": "s",
    "secs": "s",
    "sec": "s",
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "miles": "mi",
    "mile": "mi",
    "kg": "kg",
    "kilograms": "kg",
    "kilos": "kg",
    "kilo": "kg",
    "lb": "lb",
    "lbs": "lb",
    "tons": "t",
    "ton": "t",
    "tonnes": "t",
    "tonne": "t",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "millimetres": "mm",
    "millimeters": "mm",
    "millimetre": "mm",
    "millimeter": "mm",
    "mm": "mm",
    "nautical miles": "nmi",
    "nautical mile": "nmi",
    "knots": "kn",
    "knot": "kn",
    "kilowatts": "kW",
    "kilowatt": "kW",
    "megawatts": "MW",
    "megawatt": "MW",
    "gigawatts": "GW",
    "gigawatt": "GW",
    "gigatonnes": "Gt",
    "gigatonne": "Gt",
    "gigatons": "Gt",
    "megatonnes": "Mt",
    "megatonne": "Mt",
    "megatons": "Mt",
    "gt": "Gt",
    "mt": "Mt",
    "square metres": "m²",
    "square meters": "m²",
    "square metre": "m²",
    "square meter": "m²",
    "sq m": "m²",
    "sq metres": "m²",
    "sq meters": "m²",
    "m²": "m²",
    "m2": "m²",
    "cubic metres": "m³",
    "cubic meters": "m³",
    "cubic metre": "m³",
    "cubic meter": "m³",
    "square feet": "ft²",
    "square foot": "ft²",
    "sq ft": "ft²",
    "gallons": "gal",
    "gallon": "gal",
    "litres": "l",
    "liters": "l",
    "litre": "l",
    "liter": "l",
    "barrels": "bbl",
    "mph": "mph",
    "miles per hour": "mph",
    "m/s": "m/s",
    "metres per second": "m/s",
    "meters per second": "m/s",
    "米/秒": "m/s",
    "米每秒": "m/s",
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
    "mg/kg": "mg/kg",
    "στρέμματα": "stremma",
    "στρέμμα": "stremma",
    "毫克": "mg",
    "微克": "µg",
    "ミリグラム": "mg",
    "milligrams": "mg",
    "milligram": "mg",
    "mg": "mg",
    "micrograms": "µg",
    "microgram": "µg",
    "mcg": "µg",
    "µg": "µg",
    "μg": "µg",
    "hectares": "ha",
    "hectare": "ha",
    "acres": "ac",
    "acre": "ac",
    "square kilometres": "km²",
    "square kilometers": "km²",
    "square kilometre": "km²",
    "square kilometer": "km²",
    "sq km": "km²",
    "km²": "km²",
    "km2": "km²",
    "square miles": "mi²",
    "square mile": "mi²",
    "sq miles": "mi²",
    "sq mi": "mi²",
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
    "毫米": "mm",
    "平方公里": "km²",
    "平方千米": "km²",
    "平方米": "m²",
    "立方米": "m³",
    "公顷": "ha",
    "亩": "mu",
    "畝": "mu",
    "平方キロメートル": "km²",
    "平方メートル": "m²",
    "ヘクタール": "ha",
    "ミリメートル": "mm",
    "ミリ": "mm",
    # Japanese writes these units in katakana (キロ alone may be km or kg: left out)
    "センチメートル": "cm",
    "センチ": "cm",
    "キロメートル": "km",
    "メートル": "m",
    "キログラム": "kg",
    "トン": "t",
    "マイル": "mi",
    # Korean writes them in hangul
    "킬로미터": "km",
    "미터": "m",
    "센티미터": "cm",
    "밀리미터": "mm",
    "킬로그램": "kg",
    "톤": "t",
    "피트": "ft",
    "마일": "mi",
    "노트": "kn",
    # what devices and power are measured in: "5,000mAh", "3.2GHz", "85 kWh", "256GB"
    **{unit.lower(): unit for unit in ("mAh", "Wh", "kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "Hz", "kHz", "MHz", "GHz", "MB", "GB", "TB")},
    "千瓦时": "kWh",
    "度电": "kWh",
    "千瓦": "kW",
    # the squared unit signs of CJK fonts ("11㎞")
    "㎞": "km",
    "㎏": "kg",
    "㎜": "mm",
    "㎝": "cm",
    "㎡": "m²",
}
_QUANTITY_RE = compiled(
    rf"{NUM}{MULT}(?:\s?|-)(?P<unit>%포인트|%ポイント|ポイント|%|(?:percentage points?|basis points?|bps|points|per cent|percent|pc|km/h|kph|m/s|met(?:re|er)s per second|kilomet(?:re|er)s per hour|miles per hour|square kilomet(?:re|er)s?|sq km|km²|km2|square miles?|sq miles|sq mi|square met(?:re|er)s?|sq met(?:re|er)s|sq m|m²|m2|square f(?:ee|oo)t|sq ft|cubic met(?:re|er)s?|nautical miles?|kilometres|kilometers|kilometre|kilometer|km|miles|mile|kilograms|kilos?|kg|lbs?|tonnes?|tons?|seconds?|secs?|metres|meters|metre|meter|millimet(?:re|er)s?|mm|barrels|gallons?|lit(?:re|er)s?|knots?|mph|feet|foot|ft|inches|inch|centimetres|centimeters|cm|mg/kg|στρέμματα|στρέμμα|milligrams?|mg|micrograms?|mcg|[µμ]g|hectares?|acres?|"
    # (the next word may follow at once in Chinese and Japanese: "5000mAh电池")
    r"(?:kilo|mega|giga)watts?|(?:giga|mega)ton(?:ne)?s?|(?-i:Gt|Mt)|"
    r"mAh|[kMGT]?Wh|[kMG]W|[kMG]?Hz|[MGT]B)(?![A-Za-z\u00c0-\u024f\u0400-\u04ff\d_²]))",
    re.IGNORECASE,
)
_ZH_QUANTITY_RE = compiled(
    rf"{ZH_NOT_AFTER}(?P<num>\d+(?:\.\d+)?|[{ZH_NUM}]+)\s?(?:多|余)?(?P<mult>万亿|万|亿)?\s?(?P<unit>(?:公里|英里)(?:/小时|每小时)|米/秒|米每秒|个百分点|个基点|基点|平方公里|平方千米|平方米|立方米|公顷|亩|畝|"
    r"公里|千米|英里|公斤|千克|吨|英尺|英寸|毫米|厘米|千瓦时|度电|千瓦|毫克|微克|米|ミリグラム|"
    r"킬로미터|센티미터|밀리미터|미터|킬로그램|톤|피트|마일|노트|"
    r"平方キロメートル|平方メートル|ヘクタール|ミリメートル|ミリ(?![秒グリバシ])|"
    r"センチメートル|センチ|キロメートル|メートル|キログラム|トン|マイル|㎞|㎏|㎜|㎝|㎡)"
)
_FRACTIONS = {
    "quarter": "0.25", "a quarter": "0.25", "one quarter": "0.25", "half": "0.5", "a half": "0.5", "three quarters": "0.75",
    "a tenth": "0.1", "one tenth": "0.1", "two tenths": "0.2", "three tenths": "0.3",
}
_FRACTION_OF_A_POINT_RE = compiled(
    r"\b(?P<fraction>(?i:a\s+quarter|one\s+quarter|three\s+quarters|a\s+half|half|a\s+tenth|one\s+tenth|two\s+tenths|"
    r"three\s+tenths))[\s-]+(?:of\s+)?(?:a\s+)?"
    r"(?i:percentage[\s-]+points?)\b"
    r"|\b(?P<bare>(?i:a\s+quarter|quarter)[\s-]|(?i:a\s+half|half)-)(?i:points?)\b"
    r"|\b(?P<tenths>(?i:a\s+tenth|one\s+tenth|two\s+tenths|three\s+tenths))\s+(?i:of\s+a\s+point)\b"
)
"""A central bank's step in words: "a quarter of a percentage point" is 0.25 pp (what "0.25
percentage points" and "0,25 Prozentpunkte" say), as are "a quarter point", "a half-point
cut" and "three tenths of a point" (Spanish "tres décimas"; a bare "half a point" may be a
chess score)."""
_A_POINTS_FRACTION_ELSEWHERE = compiled(
    r"(?<![^\W\d_])(?:(?P<quarter>(?:un|um)\s+(?:quart|cuarto|quarto)\s+(?:de|di)\s+(?:point|punto|ponto)|"
    r"(?:einen\s+)?viertel[\s-]?(?:prozent)?punkt|"
    r"(?:einen\s+)?viertelprozentpunkt)|"
    r"(?P<half>(?:un\s+)?demi[\s-]point|medio\s+punto|mezzo\s+punto|meio\s+ponto|(?:einen\s+)?halben\s+(?:prozent)?punkt))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""The same steps in French, Spanish, Italian, Portuguese and German: "un quart de point",
"medio punto", "einen Viertelprozentpunkt"."""
_POINTS_JOINED = compiled(
    r"(?<![\w.,-])(?P<num>\d+(?:\.\d+)?|(?i:one|two|three|four|five))-(?i:percentage)-(?i:points?)(?![\w-])"
)
"""A step in points joined to the noun it qualifies ("the one-percentage-point range", "a
2-percentage-point cut")."""
_POINT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_TENTHS_OF_A_POINT = compiled(r"(?<![^\W\d_])(?P<count>una|dos|tres|cuatro|cinco)\s+décimas?(?![^\W\d_])", re.IGNORECASE)
"""Spanish tenths of a point beside a rate ("2,1%, una décima por encima de agosto"; read only
in a sentence with a percentage: "a dos décimas del líder" is a race's seconds)."""
_TENTHS = {"una": "0.1", "dos": "0.2", "tres": "0.3", "cuatro": "0.4", "cinco": "0.5"}
_ONE_POINT = compiled(
    r"(?<![^\W\d_])(?:(?:a|one)\s+(?:full\s+)?percentage[\s-]+point|einen\s+(?:vollen\s+)?Prozentpunkt|"
    r"(?:un|um)\s+punto\s+porcentual|un\s+point\s+de\s+pourcentage|un\s+punto\s+percentuale|"
    r"um\s+ponto\s+percentual|één\s+procentpunt|en\s+procentenhet)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A central bank's step of one point in words ("a percentage point", "einen Prozentpunkt",
"un punto porcentual"): 1 pp, what "100 basis points" says (the article, a word for one,
is otherwise no number)."""
_OF_A_THING = compiled(r"\s+of\s")
"""What makes "pounds" a weight ("1,500 pounds of cocaine"): money is no pounds of anything."""
_GROUPED_METRES_RE = compiled(r"(?<![\w.,$£€¥])(?P<num>\d{1,3}(?:,\d{3})+)m(?![\w²])")
"""A British height or distance in metres, "27,000ft (8,200m)": with its thousands grouped
and no currency, the "m" of "£1.2m" and "1.2m homes" (a million) is a metre."""
_CJK_UNITS_RE = compiled(
    r"(?<![A-Za-z0-9.,$£€¥￥₩])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<unit>km|cm|mm|kg|m|ｍ)(?![A-Za-z0-9²/])"
)
"""A measure in Latin letters in Chinese, Japanese or Korean text, the next word right after
it ("활주로를 150m 벗어났다", "3,048ｍ에서", "100mm雨量"): their press writes millions in their
own words (万, 百万, 만), so "m" is the metre."""
_A_RATE_OF = compiled(r"\s?[=＝兑对]")
"""What follows the one unit of a currency an exchange rate is given for."""
_METRES_AND_CENTIMETRES = compiled(r"(?<![\d.,])(?P<m>\d)\s?(?:メートル|m|미터)\s?(?P<cm>\d{2})(?!\d|[.,]\d|\s?(?:cm|センチ|센티|[a-z]))")
"""A height in metres and its centimetres, as the press writes a high jump ("2メートル35",
"2m38", French "2m35"): 2.35 m, not 2 m and a 35."""
_YEN_AND_SEN_RE = compiled(r"(?:(?P<man>\d{1,4})万)?(?P<yen>\d{1,3}(?:,\d{3})*|\d+)円(?P<sen>\d{1,2})銭")
"""The yen and its hundredths, as Japan's press gives an exchange rate ("1ドル=151円20銭")
or an index ("4万127円45銭", the Nikkei at 40,127.45)."""
_ZH_SPEED_RE = compiled(
    rf"(?:每小时|时速|時速|시속)\s?(?:约|約|약|大约)?\s?(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|[{ZH_NUM}]+)\s?"
    r"(?P<unit>公里|英里|キロ(?:メートル)?|㎞|km|킬로미터|킬로|마일|マイル)"
    r"|(?:秒速|風速)[はが]?\s?(?P<mps>\d+(?:\.\d+)?)\s?メートル"
)
"""A speed written before its number: 每小时120公里, 时速120公里 ("120 km an hour"), Japanese
時速約280キロ and Korean 시속 약 278㎞, and the Japanese wind's 最大瞬間風速45メートル (45
metres a second)."""
_MEASURES = {
    "km": ("length", 1000.0),
    "m": ("length", 1.0),
    "cm": ("length", 0.01),
    "mm": ("length", 0.001),
    "nmi": ("length", 1852.0),
    "mi": ("length", 1609.344),
    "ft": ("length", 0.3048),
    "in": ("length", 0.0254),
    "km/h": ("speed", 1.0),
    "mph": ("speed", 1.609344),
    "m/s": ("speed", 3.6),
    "kn": ("speed", 1.852),
    "kg": ("mass", 1.0),
    "lb": ("mass", 0.45359237),
    "t": ("mass", 1000.0),
    "mg": ("mass", 1e-6),
    "µg": ("mass", 1e-9),
    "ha": ("area", 1e4),
    "ac": ("area", 4046.8564224),
    "km²": ("area", 1e6),
    "stremma": ("area", 1e3),
    "mu": ("area", 2000 / 3),  # China's 亩, a fifteenth of a hectare
    "mi²": ("area", 2589988.110336),
    "m²": ("area", 1.0),
    "ft²": ("area", 0.09290304),
    "l": ("volume", 1.0),
    "m³": ("volume", 1000.0),
    "gal": ("volume", 3.785411784),
    "bbl": ("volume", 158.987294928),
    "Δ°C": ("temperature step", 1.0),
    "Δ°F": ("temperature step", 5 / 9),
    "kW": ("power", 1e3),
    "MW": ("power", 1e6),
    "GW": ("power", 1e9),
    "Wh": ("energy", 1.0),
    "kWh": ("energy", 1e3),
    "MWh": ("energy", 1e6),
    "GWh": ("energy", 1e9),
    "TWh": ("energy", 1e12),
    "Mt": ("mass", 1e9),
    "Gt": ("mass", 1e12),
    "pp": ("rate step", 1.0),
    "bp": ("rate step", 0.01),
}
"""Units one measure may be given in: a translation converts (75 mph, 120 km/h; 25 basis
points, 0.25 percentage points)."""
CONVERSION_TOLERANCE = 0.05
"""How far two conversions of one measure may differ: translators round (75 mph is
120.7 km/h, given as 120; 1.2 miles is 1.93 km, given as 1.9)."""
_TEMPERATURE_RE = compiled(
    rf"(?<![\w.,]){NUM}(?:\s?(?:°\s?|º\s?|degrees?\s+)(?P<scale>Celsius|centigrade|Fahrenheit|C|F)|(?P<bare>[CF])|\s(?P<set_off>[CF])(?=\s?[()])"
    r"|\s(?P<degrees>degrees)(?![\w-]|\s+(?:north|south|east|west|latitude|longitude|of\s+(?:arc|latitude|longitude)|angle|turn)\b))(?!\w)"
    rf"|(?P<cjk>{ZH_NOT_AFTER}"
    rf"(?P<pre>摄氏|华氏)?(?P<below>零下)?(?P<zhnum>\d+(?:\.\d+)?|[{ZH_NUM}]+)\s?(?P<zhunit>℃|℉|摄氏度|华氏度|度))"
)
"""A temperature: "18 degrees Celsius", "-18°C", "64 °F", the British press's "45.8C", the
American "114.4 F (45.8 C)" (a letter after a space only beside its conversion in
brackets: "Group C" is none); "95 degrees", whose scale the writer's country tells (°C/°F:
either scale; not "45 degrees north"); 零下18摄氏度, 18℃, 摄氏18度 (度 alone only after 摄氏, 华氏 or
零下: it is also an angle or a degree of anything)."""
_NAMES_A_SEAT = compiled(r"\b(?:[A-Z]\w*|seat|flight|room|gate|row|platform|bus|route|form|unit|block)\s$")
"""A word before "14C" that makes it a seat, flight or room ("Seat 14C", "flight 64F"), no
temperature."""
_JOINED_TO_A_WORD = compiled(r"[^\W\d_]-[-\d]?$")
"""A hyphen joining "2F" to the word before ("a Long March-2F rocket"): a model's name."""
_BELOW_ZERO = compiled(r"(?:(?<![\w.,])[-−–]|\b(?:minus|moins|menos|meno|минус)\s+)$", re.IGNORECASE)
"""A sign or word before a temperature's number that puts it below zero."""
_TEMPERATURE_UNITS = frozenset({"°C", "°F", "°C/°F"})
_EITHER_SCALE = {"°C/°F": ("°C", "°F"), "Δ°C/°F": ("Δ°C", "Δ°F"), "mi/nmi": ("mi", "nmi")}
""""95 degrees" is Fahrenheit in the American press and Celsius in the British: it agrees with
a temperature on either scale (35 °C, 95 °F). A mile outside English ("12 millas", "12
miglia") is a nautical one at sea: it agrees with either."""
_FAHRENHEIT_TOLERANCE = 1.5
"""Degrees Fahrenheit a converted temperature may be off: translators round (-18 °C is
-0.4 °F, given as 0; 30 °C is 86 °F)."""
_ZH_TENTHS_RE = compiled(
    r"(?P<num>[二两三四五六七八九]|(?<![\d.])[1-9])成(?P<half>[一二三四五六七八九]|[1-9](?![\d.,]))?(?![功为立员本果年绩长就交都品熟])"
)
"""三成 is three tenths, 30 %, 三成五 35 %, Taiwan's 7成 70 % and 7成5 75 % (not 成功, 成为, 成员 …)."""
_JA_TENTHS_RE = compiled(r"(?<![\d.])(?P<num>\d{1,2})割(?:(?P<fen>\d)分)?")
"""Japanese 4割 is four tenths, 40 %, 4割5分 45 % (a share of a whole: "社員の約4割")."""
_ZH_PERCENT_RE = compiled(rf"百分之(?P<num>[{ZH_NUM}点]+|\d+(?:\.\d+)?)")


@lru_cache(maxsize=32)
def unit_phrases(lang: str) -> re.Pattern[str]:
    """The language's unit and currency names of several words ("por ciento", "pour cent",
    "dólares estadounidenses"), whose words may also be numbers."""
    conv = conventions(lang)
    names = [n for n in (*(conv.units if conv else ()), *_locale_currencies(lang)) if " " in n]
    return compiled(rf"(?<!\w)(?:{alternation(names)})(?!\w)" if names else r"(?!x)x", re.IGNORECASE)


_CAPITAL_CODES = {"KM": "BAM"}
_CAPITAL_CURRENCIES = {lang: "|KM" for lang in ("bs", "hr", "sr")}
"""Currencies written in capitals that are a unit in small letters: Bosnia's convertible mark,
"15 miliona KM" (it was 15 million kilometres)."""


@lru_cache(maxsize=32)
def _locale_amount_pattern(lang: str) -> re.Pattern[str] | None:
    conv = conventions(lang)
    if conv is None:
        return None
    # an ISO code after the number, in capitals only ("4,7 tỷ USD", "500 mln PLN"; French "ils")
    currency = f"{alternation(_locale_currencies(lang))}|(?-i:{alternation(CURRENCIES)}{_CAPITAL_CURRENCIES.get(lang, '')})"
    short = alternation(conv.short_multipliers) if conv.short_multipliers else r"(?!x)x"
    end = "" if lang in UNSPACED else r"(?!\w)"  # Thai "1,200 ล้านบาท": million and baht, unspaced
    return compiled(
        rf"(?<![\w.,]){NUM}"
        rf"(?:\s?(?P<mult>{alternation(conv.multipliers)}){end}(?:\s(?P<mult2>{alternation(conv.multipliers)}){end})?"
        rf"|\s?(?P<smult>{short})(?=\s?(?:{currency})))?"
        # (not the "km" of "km/h", a speed the English units read)
        rf"(?:\s?(?:d['’]\s?|de\s+|di\s+|del\s+)?(?:(?P<cur>{currency})|(?P<unit>{alternation(conv.units)})(?![/⁄]\w)){end})?",
        re.IGNORECASE,
    )




@lru_cache(maxsize=32)
def _locale_currencies(lang: str) -> dict[str, str]:
    """The language's currency names, and the English ones and signs, which other
    languages borrow ("3 milliards de dollars", "5 $")."""
    english = {k: v for k, v in {**_CURRENCY_SIGNS, **_CURRENCY_WORDS}.items() if not is_cjk(k)}
    conv = conventions(lang)
    return {**english, **(conv.currencies if conv else {})}


@lru_cache(maxsize=32)
def _unit_before_pattern(lang: str) -> re.Pattern[str] | None:
    conv = conventions(lang)
    if conv is None or not conv.units_before:
        return None
    return compiled(rf"(?<!\w)(?P<unit>{alternation(conv.units_before)})\s?{NUM}", re.IGNORECASE)


_SIGNS_BEFORE_EVERYWHERE = {
    **{code.lower(): code for code in CURRENCIES},
    "us$": "USD", "u$s": "USD", "r$": "BRL", "€": "EUR", "£": "GBP", "mx$": "MXN", "c$": "CAD", "a$": "AUD",
    "rm": "MYR", "₱": "PHP",
}
"""Currency codes and signs that news in any language writes before the number ("USD 1.200
millones", "US$ 3.500 millones" in Spanish, whose own format puts the sign after); not a
bare "$", which is the local peso in much of Latin America."""


@lru_cache(maxsize=32)
def _signs_before(lang: str) -> dict[str, str]:
    conv = conventions(lang)
    return {**_SIGNS_BEFORE_EVERYWHERE, **(conv.currency_signs_before if conv else {})}


@lru_cache(maxsize=32)
def _currency_before_pattern(lang: str) -> re.Pattern[str] | None:
    conv = conventions(lang)
    if conv is None:
        return None
    return compiled(
        rf"(?<![\w$])(?P<cur>{alternation(_signs_before(lang))})\s?{NUM}"
        rf"(?:\s?(?P<mult>{alternation(conv.multipliers)})(?!\w))?",
        re.IGNORECASE,
    )


@lru_cache(maxsize=32)
def _multiplier_first_pattern(lang: str) -> re.Pattern[str] | None:
    conv = conventions(lang)
    if conv is None or not conv.multipliers_before:
        return None
    currency = alternation({**_signs_before(lang), **_locale_currencies(lang)})
    return compiled(
        rf"(?<![\w$])(?:(?P<cur>{currency})\.?\s?)?(?P<mult>{alternation(conv.multipliers_before)})\s{NUM}(?![\w,.]\d)",
        re.IGNORECASE,
    )


def _locale_amounts(scan: str, conv: Conventions) -> list[tuple[DifferenceKind, str, int, int]]:
    """Numbers followed by the language's words for million, a currency or a unit
    ("1.2 Millionen Euro" -> EUR 1200000, "3.5 Prozent" -> 3.5 %), or after a currency sign
    or a unit the language writes first ("R$ 5 bilhões", "yüzde 40", "%40"); ``scan`` has
    English numbers already."""
    out: list[tuple[DifferenceKind, str, int, int]] = []
    first = _multiplier_first_pattern(conv.lang)
    for m in first.finditer(scan) if first else ():
        # the number word first, maybe after the currency: "watu milioni 2" (two million
        # people), "Sh bilioni 56.49", "shilingi milioni 15"
        if (amount := to_float(m["num"])) is not None:
            amount *= looked_up(conv.multipliers_before, m["mult"])
            if m["cur"]:
                code = looked_up({**_signs_before(conv.lang), **_locale_currencies(conv.lang)}, m["cur"])
                out.append((DifferenceKind.MONEY, f"{code} {fmt(amount)}", m.start(), m.end()))
            else:
                out.append((DifferenceKind.NUMBER, fmt(amount), m.start(), m.end()))
    signed = _currency_before_pattern(conv.lang)
    for m in signed.finditer(scan) if signed else ():
        if (amount := to_float(m["num"])) is not None:
            amount *= looked_up(conv.multipliers, m["mult"]) if m["mult"] else 1
            code = looked_up(_signs_before(conv.lang), m["cur"])
            out.append((DifferenceKind.MONEY, f"{code} {fmt(amount)}", m.start(), m.end()))
    before = _unit_before_pattern(conv.lang)
    for m in before.finditer(scan) if before else ():
        if (amount := to_float(m["num"])) is not None:
            out.append((DifferenceKind.QUANTITY, f"{fmt(amount)} {looked_up(conv.units_before, m['unit'])}", m.start(), m.end()))
    pattern = _locale_amount_pattern(conv.lang)
    for m in pattern.finditer(scan) if pattern else ():
        if not (m["mult"] or m["cur"] or m["unit"]):
            continue
        amount = to_float(m["num"])
        if amount is None:
            continue
        if m["mult"]:
            # and a second, as Hindi writes thousands and hundred-thousands of crores
            # ("2 हजार करोड़", 20 billion; "1 लाख करोड़", a trillion)
            amount *= looked_up(conv.multipliers, m["mult"]) * (looked_up(conv.multipliers, m["mult2"]) if m["mult2"] else 1)
        elif m["smult"]:
            amount *= looked_up(conv.short_multipliers, m["smult"])
        if m["cur"]:
            code = (
                m["cur"] if m["cur"] in CURRENCIES
                else _CAPITAL_CODES.get(m["cur"]) or looked_up(_locale_currencies(conv.lang), m["cur"])
            )
            out.append((DifferenceKind.MONEY, f"{code} {fmt(amount)}", m.start(), m.end()))
            out += _locale_range_low(scan, m, amount, DifferenceKind.MONEY, code)
        elif m["unit"] and not amount % 1 and m["unit"].lower() in FRACTION_ONLY_UNITS:
            out.append((DifferenceKind.NUMBER, fmt(amount), m.start(), m.end("num")))
        elif m["unit"]:
            unit, start = looked_up(conv.units, m["unit"]), m.start()
            if unit in _TEMPERATURE_UNITS and (sign := _BELOW_ZERO.search(scan, max(0, start - 8), start)):
                amount, start = -amount, sign.start()
            out.append((DifferenceKind.QUANTITY, f"{fmt(amount)} {unit}", start, m.end()))
            out += _locale_range_low(scan, m, amount, DifferenceKind.QUANTITY, unit)
        elif rest := _digits_after(scan, m, conv):
            # Turkish "2 bin 500" is 2,500 (and "1 milyon 200 bin" 1,200,000); Bengali "৫ লাখ
            # ৫৫ হাজার কোটি" 555,000 crore, the crore after the whole number
            total, end = amount + rest[0], rest[1]
            if crore := _CRORE_AFTER.match(scan, end):
                total, end = total * 10_000_000, crore.end()
            if cur := _currency_after_pattern(conv.lang).match(scan, end):
                # "۴ میلیارد و ۸۰۰ میلیون دلار": the sum's currency after its last part
                code = looked_up(_locale_currencies(conv.lang), cur["cur"])
                out.append((DifferenceKind.MONEY, f"{code} {fmt(total)}", m.start(), cur.end()))
                continue
            out.append((DifferenceKind.NUMBER, fmt(total), m.start(), end))
        else:
            out.append((DifferenceKind.NUMBER, fmt(amount), m.start(), m.end()))
    return out


_LOCALE_RANGE_LOW = compiled(
    r"(?:(?<!\w)(?:entre|between|zwischen|de|del|desde|from|tra|fra|von|od|від|от|från|van|mezi|între|μεταξύ|από)"
    r"\s+(?:el\s+|le\s+|il\s+|o\s+|los\s+|les\s+)?(?P<num>\d+(?:[.,]\d+)*)\s*%?\s*"
    r"(?:y|e|et|und|bis|auf|a|à|al|i|ve|и|і|до|και|έως|and|to|tot|till|para|naar)\s+(?:el\s+|le\s+|il\s+|o\s+)?"
    r"|(?<![\d.,])(?P<dashed>\d+(?:[.,]\d+)*)(?:\s?[-–—]\s?|\s+(?:bis|à|al|tot|до|až)\s+))$"
)
"""The low end of a range before an amount in the language's words, which shares its
multiplier and unit: "entre 4.100 y 4.300 millones de dólares", "entre 4,1 et 4,3 milliards
de dollars", "zwischen 4,1 und 4,3 Milliarden Dollar", "entre el 58 y el 60%"."""


def _locale_range_low(
    scan: str, m: re.Match[str], high: float, kind: DifferenceKind, unit: str
) -> list[tuple[DifferenceKind, str, int, int]]:
    """The low end of a range before the amount ``m`` (``_LOCALE_RANGE_LOW``), as the same kind."""
    low = _LOCALE_RANGE_LOW.search(scan, max(0, m.start() - 40), m.start())
    group = "num" if low and low["num"] else "dashed"
    bare = to_float(m["num"]) if low else None
    if low is None or not bare or (value := to_float(low[group])) is None:
        return []
    value *= high / bare  # the multiplier the high end has
    if value >= 20 * high:  # "von 1.200 auf 1 Million" is no change in millions ("von 40 auf 25 Milliarden" is)
        return []
    return [(kind, _amount(kind, value, unit), low.start(group), low.end(group))]


@lru_cache(maxsize=32)
def _currency_after_pattern(lang: str) -> re.Pattern[str]:
    return compiled(rf"\s?(?P<cur>{alternation(_locale_currencies(lang))})(?!\w)", re.IGNORECASE)


def _digits_after(scan: str, m: re.Match[str], conv: Conventions) -> tuple[float, int] | None:
    """The rest of a number written after its thousands (``_DIGITS_AFTER_THOUSANDS``), and
    where it ends."""
    after = _DIGITS_AFTER_THOUSANDS.get(conv.lang)
    if after is None or not m["mult"] or not (rest := after.match(scan, m.end())):
        return None
    more = looked_up(conv.multipliers, rest["mult"]) if rest["mult"] else 1
    if more >= looked_up(conv.multipliers, m["mult"]):
        return None
    return float(rest["num"]) * more, rest.end()


_TURKIC_REST = compiled(r"\s(?P<num>\d{1,3})(?![\d.,]?\d)(?:\s(?P<mult>bin|milyon|milyar|min|milyard))?(?!\w)")
_AND_REST = compiled(
    r"\s+و\s*(?P<num>\d{1,3})(?![\d.,]?\d)(?:\s(?P<mult>هزار|میلیون|میلیارد|ألف|آلاف|مليون|ملايين|مليار))?(?![\w])"
)
_INDIAN_REST = compiled(r"\s(?P<num>\d{1,3})(?![\d.,]?\d)(?:\s(?P<mult>लाख|हज़ार|हजार|লাখ|লক্ষ|হাজার|لاکھ|ہزار))?(?!\w)")
_CRORE_AFTER = compiled(r"\s(?:কোটি|करोड़|करोड़|करोड|کروڑ)(?![\w\u0900-\u0dff])")
_DIGITS_AFTER_THOUSANDS = {
    "tr": _TURKIC_REST, "az": _TURKIC_REST, "fa": _AND_REST, "ar": _AND_REST,
    "hi": _INDIAN_REST, "bn": _INDIAN_REST, "ur": _INDIAN_REST,
}
"""Languages whose press writes a number's larger part and the rest apart, each in digits
before its word: Turkish "2 bin 500" (2,500), "1 milyon 200 bin"; Persian and Arabic with
"and", "۱۶ میلیون و ۳۰۰ هزار" (16,300,000); Hindi "2 करोड़ 14 लाख" (21,400,000), Bengali
"২ হাজার ৮৪৬" (2,846)."""


def converted(a: str, b: str) -> bool:
    """One measure in two units ("75 mph", "120 km/h"), within CONVERSION_TOLERANCE; one
    temperature in Celsius and Fahrenheit; never a figure without its unit (index points)."""
    if " " not in a or " " not in b:
        return False
    (x, unit_x), (y, unit_y) = (value.rsplit(" ", 1) for value in (a, b))
    if unit_y in _EITHER_SCALE and unit_x not in _EITHER_SCALE:
        (x, unit_x), (y, unit_y), a, b = (y, unit_y), (x, unit_x), b, a
    if unit_x in _EITHER_SCALE:
        return unit_y not in _EITHER_SCALE and any(
            float(x) == float(y) if scale == unit_y else converted(f"{x} {scale}", b) for scale in _EITHER_SCALE[unit_x]
        )
    if {unit_x, unit_y} == {"pt", "pp"}:
        return float(x) == float(y)  # "down 0.8 points": the percentage points of "0,8 pkt proc."
    if {unit_x, unit_y} == {"°C", "°F"}:
        celsius, fahrenheit = (float(x), float(y)) if unit_x == "°C" else (float(y), float(x))
        return abs(celsius * 9 / 5 + 32 - fahrenheit) <= _FAHRENHEIT_TOLERANCE
    if unit_x == unit_y or unit_x not in _MEASURES or unit_y not in _MEASURES:
        return False
    (kind_x, scale_x), (kind_y, scale_y) = _MEASURES[unit_x], _MEASURES[unit_y]
    if kind_x != kind_y:
        return False
    base_x, base_y = float(x) * scale_x, float(y) * scale_y
    if kind_x == "rate step":
        return math.isclose(base_x, base_y)  # points and basis points convert exactly: 1 pp is no 50 bp
    # rounded to its last digit, a small figure is further off: 4 °F above normal is 2.2 °C
    # above, given as 2; 1.2 miles is 1.93 km, given as 1.9
    last_digit = max(_last_place(x) * scale_x, _last_place(y) * scale_y) / 2
    if kind_x == "speed" and float(x) % 5 == 0 and float(y) % 5 == 0:
        # wind speeds converted from knots and each rounded to five: "50 mph (85 km/h)"
        # (45 knots are 51.8 mph and 83.3 km/h)
        last_digit = 2.5 * (scale_x + scale_y)
    return abs(base_x - base_y) <= max(CONVERSION_TOLERANCE * max(abs(base_x), abs(base_y)), last_digit)


def _last_place(amount: str) -> float:
    """The place of an amount's last digit: 1 for "2" (and "120": trailing zeros show no
    rounding), 0.1 for "1.9"."""
    return 10.0 ** -len(amount.partition(".")[2])


_SAME_SIGN = [
    frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"}),
    frozenset({"CNY", "JPY"}),
    frozenset({"DKK", "NOK", "SEK", "ISK", "CZK"}),
    frozenset({"MXN", "COP", "ARS", "CLP"}),
    frozenset({"KES", "TZS", "UGX"}),
    frozenset({"XOF", "XAF", "CHF"}),
    frozenset({"INR", "PKR", "NPR", "LKR"}),
    frozenset({"SAR", "QAR", "OMR", "IRR"}),
    frozenset({"KWD", "BHD", "JOD", "IQD"}),
]
"""Currencies written with one sign or name ($, ¥, kr and "kroner", "pesos", "Sh" and
"shillings", "francs", "Rs" and "rupees", "riyals" and ريال, "dinars"): an account
that reads the sign one way and another that names the currency have not changed it."""


def one_currency_named_two_ways(a: Fact, b: Fact) -> bool:
    """One amount of money whose currency the accounts read from one sign or name two ways
    (``_SAME_SIGN``: "5 billion Colombian pesos" / "5.000 millones de pesos")."""
    if a.kind is not DifferenceKind.MONEY or b.kind is not DifferenceKind.MONEY:
        return False
    (amount_a, label_a), (amount_b, label_b) = amount_and_label(a), amount_and_label(b)
    return amount_a == amount_b and one_sign(label_a, label_b)


_LOCAL_DOLLAR_OR_PESO = "$"
_PESO_SIGN_LANGUAGES = frozenset({"es"})
"""Languages whose press writes a bare "$" for the local peso as often as for the dollar
("el dólar oficial cerró a $ 1.385" in Buenos Aires, US$ for dollars): the sum's label is
then "$", which is either (``one_sign``)."""
_LOCAL_YUAN = "元"
"""The label of a bare 元 in traditional characters: the Taiwan dollar in Taiwan's press
(which names 新台幣 once, "總額新台幣2800億元，…刪減約45億元"), the Hong Kong dollar in Hong Kong's
(which never does)."""
_EITHER = {
    _LOCAL_DOLLAR_OR_PESO: _SAME_SIGN[0] | _SAME_SIGN[3],  # the dollars' and the pesos' signs
    _LOCAL_YUAN: frozenset({"CNY", "TWD", "HKD", "MOP"}),
}


def one_sign(label: str, other: str) -> bool:
    """Two currency codes one sign or name stands for (``_SAME_SIGN``), or one code; a bare
    "$" read in Spanish stands for any dollar or peso, a bare 元 for any yuan (``_EITHER``)."""
    if label == other:
        return True
    if label in _EITHER or other in _EITHER:
        (sign, code) = (label, other) if label in _EITHER else (other, label)
        return code in _EITHER[sign]
    return any({label, other} <= same for same in _SAME_SIGN)


def relabelled(fact: Fact, theirs: list[Fact]) -> bool:
    """The other account gives the fact's amount in another currency, or in another unit of
    the same measure (300 km / 300 Meilen). Units of different measures are no evidence:
    one is often read only in part (每小时 80-85 英里 as miles, where it means mph)."""
    if fact.kind not in {DifferenceKind.MONEY, DifferenceKind.QUANTITY}:
        return False
    amount, label = amount_and_label(fact)
    for other in theirs:
        if other.kind is not fact.kind:
            continue
        other_amount, other_label = amount_and_label(other)
        if other_amount != amount or other_label == label:
            continue
        if fact.kind is DifferenceKind.MONEY:
            if not one_sign(label, other_label):
                return True
        elif (measure := _measure_of_unit(label)) and measure == _measure_of_unit(other_label):
            return True  # (a percentage and a step in points too: "3 percent" / "3 puntos porcentuales")
    return False


def _measure_of_unit(unit: str) -> str:
    """What a unit measures ("length" for km and "mi/nmi"), a percentage's a rate step; "" if unknown."""
    unit = _EITHER_SCALE.get(unit, (unit,))[0]
    return _MEASURES[unit][0] if unit in _MEASURES else "rate step" if unit == "%" else ""


def measure_of(fact: Fact) -> str:
    """What a quantity measures ("length" for "300 km" and "1000 ft", "temperature"): a
    ship's length against its cargo, or barrels against tonnes, is no changed figure."""
    unit = fact.value.rsplit(" ", 1)[-1]
    if unit in _TEMPERATURE_UNITS:
        return "temperature"
    if unit == "Δ°C/°F":
        return "temperature step"
    return _measure_of_unit(unit) or unit


def is_temperature(fact: Fact) -> bool:
    """A quantity in degrees Celsius or Fahrenheit."""
    return fact.kind is DifferenceKind.QUANTITY and fact.value.rsplit(" ", 1)[-1] in _TEMPERATURE_UNITS


def is_duration(fact: Fact) -> bool:
    """A time of a race or a gap, in seconds (``scan_durations``)."""
    return fact.kind is DifferenceKind.QUANTITY and fact.value.endswith(" s")


def amount_and_label(fact: Fact) -> tuple[str, str]:
    """("500000", "USD") for "USD 500000", ("300", "km") for "300 km", ("300", "") for a
    bare number."""
    if " " not in fact.value:
        return fact.value, ""
    first, last = fact.value.split(" ", 1)[0], fact.value.rsplit(" ", 1)[-1]
    return (last, first) if fact.kind is DifferenceKind.MONEY else (first, last)


_RANGE_LOW = compiled(
    r"(?<![\d.,])(?P<num>\d+(?:[.,]\d+)?)\s?(?P<mult>万亿|万|亿|億|萬|(?i:thousand|million|billion|trillion)\s)?(?P<tail>(?<=[億亿])\d+(?:千)?[万萬])?\s*"
    r"(?:to|and|-|–|—|~|～|〜|至|到)\s*(?:US\$|\$|€|£|¥)?\s?$"
)
"""The low end of a range before an amount, which it shares the amount's multiplier and
unit with ("85 to 88 million tonnes", "$3 to $4 billion", 8500万至8800万吨, 2億1000万～2億4000万ドル),
or the figure a change starts from ("fell from 40 to 25 billion yen")."""


def _amount(kind: DifferenceKind, amount: float, unit: str) -> str:
    """A fact's value: "USD 3000000000" for money, "85000000 t" for a quantity."""
    return f"{unit} {fmt(amount)}" if kind is DifferenceKind.MONEY else f"{fmt(amount)} {unit}"


def _range_low(scan: str, m: re.Match[str], kind: DifferenceKind, unit: str) -> tuple[str, int, int] | None:
    """The fact the low end of a range before amount ``m`` states, if there is one."""
    low = _RANGE_LOW.search(scan, max(0, m.start() - 32), m.start())
    high, value = to_float(m["num"]), to_float(low["num"]) if low else None
    if low is None or high is None or value is None:
        return None
    own = MULTIPLIERS.get((low["mult"] or "").strip().lower())
    shared = MULTIPLIERS.get(mult(m), 1)
    value = scaled(value, low) if own else value * shared  # 2億1000万: 210 million
    if value >= 20 * scaled(high, m):  # "from 1,200 to 1 million" is no range of millions (a fall is)
        return None
    return _amount(kind, value, unit), low.start("num"), max(low.end("num"), low.end("mult"), low.end("tail"))


_SECONDS_MARK = r"(?:s|sec|″|''|’’|\"|”)"
_DURATION_RE = compiled(
    r"(?<![\d:.,])(?P<h>\d):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])"
    # the Dutch press's race and lap times: "1:14.32,615", "1.21,046"
    r"|(?<![\d:.,])(?P<h9>\d):(?P<m9>[0-5]\d)\.(?P<s9>[0-5]\d),(?P<f9>\d{3})(?![\d:])"
    r"|(?<![\d:.,])(?P<m10>\d{1,2})\.(?P<s10>[0-5]\d),(?P<f10>\d{3})(?![\d:]|[.,]\d)"
    r"|(?<![\d:.,])(?P<m5>\d{1,2}):(?P<s5>[0-5]\d)[.,](?P<f5>\d{2,3})(?![\d:])"
    # "2h17min48s", "2h03'45''", "1h14'32\"615" (thousandths), Spanish "2h04:37", "1h14:32.615"
    rf"|(?<![\d.,])(?P<h2>\d{{1,2}})\s?(?:h|hrs?)\s?(?P<m2>[0-5]?\d)\s?(?:min|mn|['’′:])\s?(?P<s2>[0-5]?\d)"
    rf"(?:[.,](?P<f2>\d{{1,3}})|\s?{_SECONDS_MARK}(?:(?<=[″\"”])(?P<g2>\d{{1,3}}))?)?(?!\w)"
    rf"|(?<![\d.,:])(?P<m3>\d{{1,2}})\s?(?:min|['’′])\s?(?P<s3>[0-5]\d)\s?{_SECONDS_MARK}(?:(?<=[″\"”])(?P<f3>\d{{1,3}}))?(?!\w)"
    r"|(?<![\d.,:])(?P<m4>\d{1,2}):(?P<s4>[0-5]\d)\s?(?:Minuten|minutes|minutos|minuti|min)\b"
    # Italian seconds and their fraction: a gap of 3\"412, 9\"8
    r"|(?<![\d.,:'’′])(?P<s6>\d{1,2})[″\"”](?P<f6>\d{1,3})(?!\d)"
    # the Dutch press's marathon time, "2.04.37" (hours under ten: no date's day and month)
    r"|(?<![\d.,:])(?P<h7>\d)\.(?P<m7>[0-5]\d)\.(?P<s7>[0-5]\d)(?![\d.,:]*\d)"
    # Chinese, Japanese and Korean minutes, seconds and hundredths: 1分41秒87, 1분41초87
    r"|(?<![\d.,:])(?P<m11>\d{1,2})\s?[分분]\s?(?P<s11>[0-5]?\d)(?:\s?[秒초]\s?(?P<f11>\d{1,3})|[.．](?P<g11>\d{1,3})\s?[秒초])(?!\d)"
    # Brazil's swimming and athletics times, "47s12", "1min45s12"
    r"|(?<![\d.,:])(?:(?P<m12>\d{1,2})\s?min\s?)?(?P<s12>[0-5]?\d)s(?P<f12>\d{2,3})(?!\w)"
    # a margin in minutes and seconds: "won by 1:08"
    # (not a time of day: "restored by 3:30 p.m.", "by 10:00 local time")
    r"|(?<=\bby\s)(?P<m8>\d{1,2}):(?P<s8>[0-5]\d)(?![\d:])(?!\s?(?i:[ap]\.?m\b|o['’]clock|local|GMT|UTC|[A-Z]{2,4}T\b))",
    re.IGNORECASE,
)
"""A race's or a stage's time: "2:03:45" (hours under ten: a clock would be "14:32"), a
track time in hundredths or thousandths ("3:29.87", "1:21.046"), "2h17min48s", "2h03'45''",
"1h14'32\"615", "2h04:37", a gap of "1'23''", "3\"412" or "1min 05sec", "1:32 Minuten",
"by 1:08", Brazil's "47s12", the Dutch "2.04.37", "1:14.32,615" and "1.21,046"."""


_HOURS = r"(?:hours?|Stunden?|heures?|horas?|ore|uur)"
_MINUTES = r"(?:minutes?|Minuten?|minutos?|minuti|minuten)"
_SECONDS = r"(?:seconds?|Sekunden?|secondes?|segundos?|secondi|seconden)"
_AND = r"(?:[,\s]+(?:and|und|et|y|e|en)?\s*)"
_DURATION_IN_WORDS_RE = compiled(
    rf"(?<![\w.,])(?P<h>{COUNT})\s{_HOURS}{_AND}(?P<m>{COUNT})\s{_MINUTES}(?:{_AND}(?P<s>{COUNT})\s{_SECONDS})?(?!\w)"
    rf"|(?<![\w.,])(?P<m2>{COUNT})\s{_MINUTES}{_AND}(?P<s2>{COUNT})\s{_SECONDS}(?!\w)"
    r"|(?<![\d.,])(?P<h3>\d{1,2})\s?(?:小时|時間|시간)\s?(?P<m3>\d{1,2})\s?(?:分|분)(?:钟|鐘)?(?:\s?(?P<s3>\d{1,2})\s?(?:秒|초))?",
    re.IGNORECASE,
)
"""The same, in words: "2 Stunden, 3 Minuten und 45 Sekunden", "4 ore 52 minuti e 36
secondi" (other languages' number words are digits by then), "two hours and 48 minutes",
"2小时03分45秒", "2時間3分45秒", "1시간 40분"."""


_POSITION = compiled(
    r"(?<![\d.,])(?P<deg>\d{1,3}(?:\.\d+)?)\s?°\s?(?:(?P<min>\d{1,2}(?:\.\d+)?)\s?['′’]\s?"
    r"(?:(?P<sec>\d{1,2}(?:\.\d+)?)\s?(?:[\"″”]|'')\s?)?)?(?P<hem>[NSEW])(?![^\W\d_])"
)
"""A latitude or a longitude ("19°21'N", "67°43′E", "19.35°N"): one position in degrees,
not four counts (19, 21, 67, 43)."""


def scan_positions(scan: str, claim: Claim) -> None:
    """Latitudes and longitudes in decimal degrees to two places, each a quantity of its own
    hemisphere ("19.35 °N")."""
    for m in _POSITION.finditer(scan):
        degrees = float(m["deg"]) + float(m["min"] or 0) / 60 + float(m["sec"] or 0) / 3600
        claim(DifferenceKind.QUANTITY, f"{degrees:.2f} °{m['hem']}", m.start(), m.end())


_HOURS_AND_MINUTES_TAKEN = compiled(
    r"(?<!\w)(?:en|de|durant|pendant|après|nach|tras|dopo|em|após)\s+(?P<h>\d)\s?h\s?(?P<m>[0-5]\d)(?![\d'’′]|\s?min\s?\d)(?:\s?min)?"
    r"(?!\s*(?:à|a|–|-|et|y|bis|e)\s*\d)"
)
"""Hours and minutes after a word that makes them a length, as the French press writes a
match's or a stage's ("au terme de 2 h 41 de jeu", "en 4 h 12"): it was a clock time, 02:41,
against "two hours and 41 minutes". Not a range of times ("de 9h30 à 11h")."""


def scan_durations(scan: str, claim: Claim) -> None:
    """Times of a race or a gap as seconds, before dates: "2:17:08" is no time of day, and
    "2h17min48s" against it is the same kind of figure."""
    for m in _HOURS_AND_MINUTES_TAKEN.finditer(scan):
        claim(DifferenceKind.QUANTITY, f"{3600 * int(m['h']) + 60 * int(m['m'])} s", m.start("h"), m.end())
    for m in _DURATION_RE.finditer(scan):
        g = {k: v for k, v in m.groupdict().items() if v}
        hours = int(g.get("h") or g.get("h2") or g.get("h7") or g.get("h9") or 0)
        minutes = int(next((g[k] for k in ("m", "m2", "m3", "m4", "m5", "m7", "m8", "m9", "m10", "m11", "m12") if k in g), 0))
        seconds = int(next(g[k] for k in ("s", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "s12") if k in g))
        fraction = next((g[k] for k in ("f2", "g2", "f3", "f5", "f6", "f9", "f10", "f11", "g11", "f12") if k in g), "")
        seconds += int(fraction or 0) / 10 ** len(fraction)
        claim(DifferenceKind.QUANTITY, f"{fmt(3600 * hours + 60 * minutes + seconds)} s", m.start(), m.end())
    for m in _DURATION_IN_WORDS_RE.finditer(scan):
        parts = (
            count_of(m["h"] or m["h3"] or "0"),
            count_of(m["m"] or m["m2"] or m["m3"]),
            count_of(m["s"] or m["s2"] or m["s3"] or "0"),
        )
        match parts:
            case (float(h), float(mins), float(secs)) if mins < 60 and secs < 60:
                claim(DifferenceKind.QUANTITY, f"{fmt(3600 * h + 60 * mins + secs)} s", m.start(), m.end())


def scan_amounts(scan: str, claim: Claim, *, conv: Conventions | None, lang: str = "", traditional: bool = False) -> None:
    """Amounts with a currency or unit, after dates and before bare numbers: the language's
    own words first, then English and Chinese ones; a range's low end as the same kind of
    amount. ``traditional``: the text is written in traditional characters (Taiwan's or
    Hong Kong's), whose bare 元 is no renminbi."""
    claim = _with_temperature_steps(scan, claim)
    if conv:
        for kind, value, start, end in _locale_amounts(scan, conv):
            claim(kind, value, start, end)

    def claim_with_range(kind: DifferenceKind, m: re.Match[str], amount: float, unit: str) -> None:
        claim(kind, _amount(kind, amount, unit), m.start(), m.end())
        if low := _range_low(scan, m, kind, unit):
            claim(kind, *low)

    for m in _METRES_AND_CENTIMETRES.finditer(scan):  # before the metres alone: "2メートル35" is 2.35 m
        claim(DifferenceKind.QUANTITY, f"{fmt(int(m['m']) + int(m['cm']) / 100)} m", m.start(), m.end())
    for m in _YEN_AND_SEN_RE.finditer(scan):  # before the yen alone: "151円20銭" is 151.20 yen
        yen = int(m["man"] or 0) * 10_000 + (to_float(m["yen"]) or 0) + int(m["sen"]) / 100
        claim(DifferenceKind.MONEY, f"JPY {fmt(round(yen, 2))}", m.start(), m.end())
    # right to left: a range's high end claims its low end before the low end's own match
    # ("$3" in "$3 to $4 billion") claims it as an amount of its own
    others, *other_patterns = _english_currencies()
    for pattern in (*other_patterns, *_MONEY_PATTERNS, _LETTER_SIGNS_RE):
        for m in reversed(list(pattern.finditer(scan))):
            g = m.groupdict()
            amount = to_float(g["num"])
            if amount is None:
                continue
            amount = scaled(amount, m)
            if amount == 1 and _A_RATE_OF.match(scan, m.end()):
                continue  # "1ドル=151円20銭", "1美元兑151.20日元": a rate's unit, no sum
            cur = g.get("cur") or ""
            written = cur or g["curw"]
            if _A_DESIGNATION.fullmatch(m.group()):
                continue  # "COP32", "CHF2": a summit's or a model's name, no sum
            if not cur and written.lower() in ("pound", "pounds") and _OF_A_THING.match(scan, m.end()):
                claim_with_range(DifferenceKind.QUANTITY, m, amount, "lb")  # "1,500 pounds of cocaine"
                continue
            code = (
                _LOCAL_DOLLAR_OR_PESO
                if cur == "$" and lang in _PESO_SIGN_LANGUAGES
                else others.get(written)
                or others.get(written.lower())
                or _CURRENCY_SIGNS.get(cur.lower())
                or _LETTER_SIGNS.get(cur)
                or cur.upper()
            )
            if not code and g["curw"] == "元" and (named := _CURRENCY_BEFORE.search(scan, max(0, m.start() - 4), m.start())):
                code = _CURRENCY_WORDS[named[1]]  # 新台币3000元: the currency named before the amount
            if not code and g["curw"] == "元" and traditional and not scan.startswith("人民币", m.end()):
                code = _LOCAL_YUAN
            claim_with_range(DifferenceKind.MONEY, m, amount, code or looked_up(_WORDS_OF_SUMS, g["curw"]))
    for m in _GROUPED_METRES_RE.finditer(scan):
        claim_with_range(DifferenceKind.QUANTITY, m, to_float(m["num"]) or 0, "m")
    if lang in ("zh", "ja", "ko"):
        for m in _CJK_UNITS_RE.finditer(scan):
            claim_with_range(DifferenceKind.QUANTITY, m, to_float(m["num"]) or 0, "m" if m["unit"] == "ｍ" else m["unit"])
    for m in _ZH_SPEED_RE.finditer(scan):
        amount = to_float(m["num"] or m["mps"])
        if amount is not None:
            unit = "m/s" if m["mps"] else "mph" if m["unit"] in ("英里", "마일", "マイル") else "km/h"
            claim(DifferenceKind.QUANTITY, f"{fmt(amount)} {unit}", m.start(), m.end())
    for pattern in (_QUANTITY_RE, _ZH_QUANTITY_RE):
        for m in reversed(list(pattern.finditer(scan))):
            amount = to_float(m["num"])
            if amount is None:
                continue
            amount = scaled(amount, m)
            claim_with_range(DifferenceKind.QUANTITY, m, amount, looked_up(_UNITS, m["unit"]))
    for m in _FRACTION_OF_A_POINT_RE.finditer(scan):
        fraction = " ".join((m["fraction"] or m["bare"] or m["tenths"]).lower().replace("-", " ").split())
        claim(DifferenceKind.QUANTITY, f"{_FRACTIONS[fraction]} pp", m.start(), m.end())
    for m in _A_POINTS_FRACTION_ELSEWHERE.finditer(scan):
        claim(DifferenceKind.QUANTITY, "0.25 pp" if m["quarter"] else "0.5 pp", m.start(), m.end())
    for m in _ONE_POINT.finditer(scan):
        claim(DifferenceKind.QUANTITY, "1 pp", m.start(), m.end())
    for m in _POINTS_JOINED.finditer(scan):
        steps = _POINT_WORDS.get(m["num"].lower()) or to_float(m["num"])
        claim(DifferenceKind.QUANTITY, f"{fmt(steps or 0)} pp", m.start(), m.end())
    if lang == "es" and "%" in scan:
        for m in _TENTHS_OF_A_POINT.finditer(scan):
            claim(DifferenceKind.QUANTITY, f"{_TENTHS[m['count'].lower()]} pp", m.start(), m.end())
    for m in _TEMPERATURE_RE.finditer(scan):
        _claim_temperature(scan, m, claim)
    for m in _ZH_PERCENT_RE.finditer(scan):
        amount = to_float(m["num"])
        if amount is not None:
            claim(DifferenceKind.QUANTITY, f"{fmt(amount)} %", m.start(), m.end())
    for m in _JA_TENTHS_RE.finditer(scan):
        claim(DifferenceKind.QUANTITY, f"{10 * int(m['num']) + int(m['fen'] or 0)} %", m.start(), m.end())
    for m in _ZH_TENTHS_RE.finditer(scan):
        whole = int(m["num"]) if m["num"].isdigit() else zh_small(m["num"]) or 2
        half = (int(m["half"]) if m["half"].isdigit() else zh_small(m["half"]) or 0) if m["half"] else 0
        tenths = 10 * whole + half
        claim(DifferenceKind.QUANTITY, f"{tenths} %", m.start(), m.end())


_A_STEP_AFTER = compiled(
    r"\s*(?:above|below|warmer|cooler|colder|hotter|higher|lower|more|less|über|unter|wärmer|kälter|mehr|"
    r"au-dessus|en\s+dessous|au-delà|de\s+plus|de\s+moins|por\s+encima|por\s+debajo|más|menos|"
    r"al\s+di\s+sopra|al\s+di\s+sotto|in\s+più|acima|abaixo|a\s+mais|boven|onder|выше|ниже|теплее)(?!\w)"
    r"(?!\s+(?:zero|freezing|null|zéro|cero|нуля))",  # "ten degrees below zero" is -10 °C
    re.IGNORECASE,
)
_A_STEP_BEFORE = compiled(r"(?<!\w)(?:by|um|rise\s+of|increase\s+of|drop\s+of|fall\s+of)\s+$", re.IGNORECASE)
"""What makes a temperature a difference of one ("4 degrees Fahrenheit above normal",
"2C warmer", "um 2 Grad"), which converts by the scale alone: 4 °F above is 2.2 °C above,
not the -15.6 °C a temperature of 4 °F is."""
_STEPS = {"°C": "Δ°C", "°F": "Δ°F", "°C/°F": "Δ°C/°F"}
_BELOW_ZERO_AFTER = compiled(
    r"\s*(?:below\s+zero|unter\s+null|sous\s+zéro|bajo\s+cero|abaixo\s+de\s+zero|sotto\s+(?:lo\s+)?zero|ниже\s+нуля)(?!\w)",
    re.IGNORECASE,
)


def _with_temperature_steps(scan: str, claim: Claim) -> Claim:
    """``claim``, giving a temperature that is a difference of one in its own units (Δ°C)."""

    def claiming(kind: DifferenceKind, value: str | None, start: int, end: int, *args: Any, **kwargs: Any) -> None:
        amount, _, unit = (value or "").rpartition(" ")
        if unit in _STEPS and _BELOW_ZERO_AFTER.match(scan, end) and not amount.startswith("-"):
            value = f"-{amount} {unit}"  # "ten degrees Celsius below zero"
        elif unit in _STEPS and (_A_STEP_AFTER.match(scan, end) or _A_STEP_BEFORE.search(scan, max(0, start - 16), start)):
            value = f"{amount} {_STEPS[unit]}"
        claim(kind, value, start, end, *args, **kwargs)

    return claiming


def _claim_temperature(scan: str, m: re.Match[str], claim: Claim) -> None:
    """Claim a temperature match as "-18 °C": its scale, and below zero where a sign or
    a word for it comes first (零下 inside the Chinese match)."""
    if m["cjk"]:
        amount = to_float(m["zhnum"])
        if amount is None or (m["zhunit"] == "度" and not (m["pre"] or m["below"])):
            return
        unit = "°F" if "华氏" in (m["pre"] or "") + m["zhunit"] or m["zhunit"] == "℉" else "°C"
        below = bool(m["below"])
    else:
        amount = to_float(m["num"])
        if amount is None:
            return
        if m["bare"] and (_NAMES_A_SEAT.search(scan, 0, m.start()) or _JOINED_TO_A_WORD.search(scan, 0, m.start() + 1)):
            return
        scale = m["scale"] or m["bare"] or m["set_off"]
        unit = "°C/°F" if m["degrees"] else "°F" if scale.upper().startswith("F") else "°C"
        below = False
    start = m.start()
    if sign := _BELOW_ZERO.search(scan, max(0, start - 8), start):
        below, start = True, sign.start()
    claim(DifferenceKind.QUANTITY, f"{fmt(-amount if below else amount)} {unit}", start, m.end())
