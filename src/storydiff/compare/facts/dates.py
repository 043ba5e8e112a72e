"""Dates and times: English, Chinese and (through locales.py) other languages' dates,
weekdays, relative dates resolved against the publication date, clock times; and how two
compare (a date without its year, a weekday, a month, a decade hold the dates inside)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ...calendars import (
    ETHIOPIAN_DATE,
    ETHIOPIAN_ERA,
    HIJRI_MONTH,
    SOLAR_HIJRI_MONTH,
    SOLAR_HIJRI_MONTHS,
    ethiopian_day,
    ethiopian_to_gregorian,
    ethiopian_year_of,
    hijri_month,
    hijri_to_gregorian,
    solar_hijri_to_gregorian,
)
from ...model import DifferenceKind
from ...patterns import compiled
from ..locales import UNSPACED, Conventions, conventions, relative_dates
from ..words import CAPITAL, alternation, looked_up
from .fact import Claim, Fact
from .numbers import ZH_NUM, zh_small
from .places import CASE_ENDINGS

MONTHS = {
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
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DECADE_WORDS = {
    **dict.fromkeys(("treinta", "trenta", "trinta", "trente", "dertig"), 30),
    **dict.fromkeys(("cuarenta", "quaranta", "quarenta", "quarante", "veertig"), 40),
    **dict.fromkeys(("cincuenta", "cinquanta", "cinquenta", "cinquante", "vijftig"), 50),
    **dict.fromkeys(("sesenta", "sessanta", "sessenta", "soixante", "zestig"), 60),
    **dict.fromkeys(("setenta", "settanta", "soixante-dix", "zeventig"), 70),
    **dict.fromkeys(("ochenta", "ottanta", "oitenta", "quatre-vingt", "tachtig"), 80),
    **dict.fromkeys(("noventa", "novanta", "quatre-vingt-dix", "negentig"), 90),
}
"""The tens that name a decade after "años", "anni", "anos", "années", "jaren" ("los años
ochenta"). The twenties are left out: "los años veinte" may be the 1920s or the 2020s."""
_GERMAN_DECADES = {
    "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90,
}
"""German's decades in words, before "-er Jahre" ("die Achtzigerjahre", "achtziger Jahre")."""


def _century_of(tens: int) -> int | None:
    """The decade two digits mean: the 1930s to the 1990s ("anni '80"); "the '20s" and the
    decades after 2000 need their century, which two digits do not give."""
    return 1900 + tens if 30 <= tens <= 90 and tens % 10 == 0 else None


_ZH_WEEKDAYS = "一二三四五六日天"
_KO_WEEKDAYS = "월화수목금토일"  # Monday first, as WEEKDAYS
_JA_WEEKDAYS = "月火水木金土日"
_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
"""Month names written in full: alone, without a day, only these are months."""
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"


_CLOCK_WORD = r"(?:Uhr|h|heures?|horas?|ore|u|часова|часа|сати|časova|časa|sati|sata|น)"
"""Words that make a number a time of day on the 24-hour clock (German, French, Spanish,
Portuguese, Italian, Dutch, Serbian, Croatian and Thai: "10.30 น.")."""
_QUARTER_ORDINALS = {
    **dict.fromkeys(("first", "1st", "primer", "primeiro", "premier", "primo", "erste", "ersten", "erstes", "eerste", "första"), 1),
    **dict.fromkeys(("second", "2nd", "segundo", "deuxième", "secondo", "zweite", "zweiten", "zweites", "tweede", "andra"), 2),
    **dict.fromkeys(("third", "3rd", "tercer", "terceiro", "troisième", "terzo", "dritte", "dritten", "drittes", "derde", "tredje"), 3),
    **dict.fromkeys(("fourth", "4th", "cuarto", "quarto", "quatrième", "vierte", "vierten", "viertes", "vierde", "fjärde"), 4),
}
"""Ordinals of a quarter of the year in the languages whose press reports results by it."""
_ZONES = (
    r"GMT|UTC|BST|WET|WEST|CET|CEST|EET|EEST|MEZ|MESZ|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|"
    r"IST|PKT|ICT|WIB|WITA|WIT|SGT|HKT|PHT|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT|TU"
)
_NAMED_ZONES = {
    "MSK": r"Moscow\s+time|по\s+московскому\s+времени|по\s+Москве|мск|МСК|heure\s+de\s+Moscou|"
    r"hora\s+de\s+Moscú|ora\s+di\s+Mosca|Moskauer\s+Zeit|莫斯科时间|モスクワ時間",
    "BJT": r"Beijing\s+time|по\s+пекинскому\s+времени|heure\s+de\s+Pékin|hora\s+de\s+Pekín|ora\s+di\s+Pechino|Pekinger\s+Zeit|北京时间|北京時間",
    "JST": r"(?:Japan|Tokyo)\s+time|по\s+(?:японскому|токийскому)\s+времени|heure\s+de\s+Tokyo|hora\s+de\s+Tokio|日本時間|日本时间|東京時間",
    "KST": r"(?:Korea|Seoul)\s+time|한국\s?시간|韩国时间|韓国時間",
    "BRT": r"(?:no\s+)?hor[áa]rio\s+de\s+Bras[íi]lia|hora\s+de\s+Brasilia|Brasilia\s+time",
    "IND": r"India(?:n)?\s+(?:Standard\s+)?time|भारतीय\s+समय(?:ानुसार)?",
    # Greenwich in the Arabic and Chinese press ("الساعة 0745 بتوقيت جرينتش", 格林尼治时间0930时)
    "GMT": r"بتوقيت\s+(?:جرينتش|غرينتش|غرينيتش|جرينيتش)|格林尼治时间|格林威治时间|格林尼治時間|格林威治時間",
}
"""Zones that news names by their place, each as its code: times that never change with the
seasons (Moscow, Beijing, Tokyo, Seoul, Brasília). A city whose clocks change (Paris, New York) needs
the date's season, so "heure de Paris" stays the place's own time."""
_NAMED_ZONE = "|".join(f"(?P<{code}>{words})" for code, words in _NAMED_ZONES.items())
_ZONE_AFTER = compiled(
    rf"(?:\s?(?P<open>\()?(?P<zone>{_ZONES})(?:(?P<offset>[+-]\d{{1,2}}))?(?(open)\))|,?\s?(?P<open2>\()?(?P<named>{_NAMED_ZONE})(?(open2)\)))(?![^\W\d_])"
)
"""A time zone's code after a time of day ("18:17 GMT", "14.32 WIB", "10 p.m. CDT"), or a zone
named by its place ("18:27 Moscow time", "в 18:27 по московскому времени"): the time is that
zone's, compared only with times in it (UTC for GMT); a time without one is the place's own."""
_ZONE_BEFORE = compiled(
    rf"(?P<named>{_NAMED_ZONE})の?(?:\s?(?:\d{{1,2}}\s?月\s?)?\d{{1,2}}\s?日)?\s?(?:[上下]午|午[前後]|凌晨|早上|晚上|夜間?)?\s?"
    r"(?:(?:सुबह|दोपहर|शाम|रात)\s+)?(?:(?:करीब|लगभग)\s+)?$"
)
"""... or before it, as Chinese and Japanese write it (北京时间23时12分, 日本時間15日午前0時12分,
Xinhua's 北京时间4月24日21时59分)."""
_UTC_OFFSETS = {
    "GMT": 0, "UTC": 0, "TU": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "MEZ": 1, "CEST": 2, "MESZ": 2, "EET": 2,
    "EEST": 3, "MSK": 3, "PKT": 5, "ICT": 7, "WIB": 7, "WITA": 8, "SGT": 8, "HKT": 8, "PHT": 8, "WIT": 9,
    "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "AWST": 8, "NZST": 12, "NZDT": 13, "EST": -5, "EDT": -4,
    "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "BJT": 8,
    "BRT": -3, "IND": 5.5,
}
"""Offsets from UTC of the zones news gives times in (India's time named, IND, half an hour
off; the code IST is also Israel's and Ireland's, and CST China's as often as America's:
kept as they are written)."""


def _zone_code(match: re.Match[str]) -> str:
    """The code of a zone written as a code or named by its place (the group it matched)."""
    if match["named"] is None:
        return match["zone"]
    return next(code for code in _NAMED_ZONES if match[code] is not None)


def _in_utc(value: str, zone: str, offset: int) -> str:
    """A time of day given in a zone, as the same moment in UTC where the zone's offset is
    known and the half of the day said ("14.32 WIB" is "time 07:32 UTC"), else with its zone."""
    if zone not in _UTC_OFFSETS or "/12h" in value:
        return f"{value} {zone}{offset or ''}"
    return _shifted(value, -(_UTC_OFFSETS[zone] + offset)) + " UTC"


def _shifted(value: str, hours: float) -> str:
    """A time of day (``time 14:32``, maybe ``… UTC``) that many hours later, as ``time HH:MM``."""
    hour, minute = (int(v) for v in value.removeprefix("time ").removesuffix(" UTC").split(":"))
    minutes = (hour * 60 + minute + round(hours * 60)) % (24 * 60)
    return f"time {minutes // 60:02d}:{minutes % 60:02d}"


_YEAR_AGO = r"(?:a|one)\s+year\s+(?:earlier|ago|before)|year-earlier"
"""The year-ago comparison of results copy ("up 6% from a year earlier"), a relative date
(:data:`YEAR_AGO`)."""


_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # a wire's time in four digits before its zone: "1817 GMT", "0832 UTC" (no year 1817)
    ("time", compiled(rf"(?<![\d.,:])(?P<hour24>[01]\d|2[0-3])(?P<minute24>[0-5]\d)(?=\s?(?:{_ZONES})(?![^\W\d_])|\s(?:{_NAMED_ZONES['GMT']}))")),
    # ... or after Greenwich named in Chinese, with 时 after it (格林尼治时间0930时)
    ("time", compiled(r"(?<=格林尼治时间|格林威治时间|格林尼治時間|格林威治時間)\s?(?P<hour24>[01]\d|2[0-3])(?P<minute24>[0-5]\d)[时時]?")),
    # ... or with a full stop, as Spanish wires write it: "(2.40 GMT)"
    ("time", compiled(rf"(?<![\d.,:])(?P<hour24>[01]?\d|2[0-3])\.(?P<minute24>[0-5]\d)(?=\s?(?:{_ZONES})(?![^\W\d_]))")),
    # the 24-hour clock: "20.30 Uhr", "20:30 h", "20 h 30", "20h30", "16 Uhr", "16 heures"
    (
        "time",
        compiled(
            rf"(?<![\d.,])(?P<hour24>[01]?\d|2[0-3])[.:](?P<minute24>[0-5]\d)\s?{_CLOCK_WORD}(?![^\W\d_])"
        ),
    ),
    # (AFP writes the h in capitals: "07H30", "12H00 GMT")
    ("time", compiled(r"(?<![\d.,])(?P<hour24>[01]?\d|2[0-3])\s?[hH]\.?\s?(?P<minute24>[0-5]\d)(?!\d)")),
    # Turkish, the case ending after an apostrophe ("08.30'da", "14.00'te", "saat 14.00'te")
    ("time", compiled(r"(?<![\d.,])(?P<hour24>[01]?\d|2[0-3])[.:](?P<minute24>[0-5]\d)['’](?:da|de|ta|te|dan|den|tan|ten)\b")),
    ("time", compiled(r"(?<![\d.,])(?P<hour24>[01]?\d|2[0-3])\s?Uhr(?![^\W\d_])")),
    # Serbian and Croatian after "at", "about", "until" ("у 11 часова", "oko 6 sati"; "11
    # sati" alone is as often eleven hours)
    (
        "time",
        compiled(
            r"(?<!\w)(?:у|u|око|oko|до|do|од|od|после|poslije|posle)\s+(?P<hour24>[01]?\d|2[0-3])\s+"
            r"(?:часова|часа|сати|časova|časa|sati|sata)(?!\w)",
            re.IGNORECASE,
        ),
    ),
    # Russian and Ukrainian after "at" or "by" ("в 15 часов", "к 9 часам", "о 15 годині";
    # "15 часов" alone is as often fifteen hours)
    (
        "time",
        compiled(
            # ("в 8 часов вечера", eight in the evening: ``_PART_OF_DAY_AFTER``)
            r"(?<!\w)(?:в|к|о)\s+(?P<hour24>[01]?\d|2[0-3])\s+(?:час(?:а|ов|ам)?|годин[іиу]?)(?!\w)",
            re.IGNORECASE,
        ),
    ),
    # ... and without one after the word for "at" ("a las 14.30", "alle 14.30", "às 14:30",
    # Czech "ve 14.30")
    (
        "time",
        compiled(
            r"(?<!\w)(?:(?:a|hacia|desde|hasta|sobre|cerca\s+de|antes\s+de|después\s+de|pasadas)\s+las|(?:verso|dopo)\s+le|prima\s+delle|fino\s+alle|dalle|alle|às|godz\.|pukul|jam|saat|kl\.|klo|klokken|klockan|"
            r"kello|kell|plkst\.|ve)"
            r"\s+(?P<hour24>[01]?\d|2[0-3])[.:](?P<minute24>[0-5]\d)(?!\d)",
            re.IGNORECASE,
        ),
    ),
    # an hour alone after a word that makes it a time ("à 15h", "vers 15 h"; "en 3h" is a
    # duration), "a las 22 horas", "alle ore 16", "a las 5 de la tarde" (the number in
    # words is digits by then)
    (
        "time",
        compiled(
            r"(?<!\w)(?:(?:à|vers|dès|depuis|jusqu['’]à|avant|après|às)\s+(?P<hour24>[01]?\d|2[0-3])\s?h\b(?!/)"
            # (or before its zone: "(18 h GMT)", AFP's conversion of the local time)
            r"|(?<=[(（])\s*(?P<hzone>[01]?\d|2[0-3])\s?h\s+(?=GMT|UTC|TU\b)"
            r"|a\s+las\s+(?P<h24>[01]?\d|2[0-3])\s+horas\b|alle\s+ore\s+(?P<ore>[01]?\d|2[0-3])\b"
            r"|(?:a|hacia|sobre|desde|hasta|antes\s+de|después\s+de)\s+las\s+(?P<hour>1[0-2]|0?\d)\s+de\s+la\s+(?P<daypart>madrugada|mañana|tarde|noche))",
            re.IGNORECASE,
        ),
    ),
    # Italian "alle 10" closing its clause, before "e" and another clause, before an article
    # that opens the object, or with the part of the day ("la messa inizierà alle 10.", "alle
    # 11 e sono ripartiti", "ha convocato per le 11 un vertice", "alle 10 di mattina"), not
    # "alle 10 squadre" (to the ten teams); "alle 11 e 30" (11:30) is left unread; and so
    # Spanish "a las 11" ("convocó una reunión a las 11.", not "a las 11 víctimas")
    (
        "time",
        compiled(
            r"(?<!\w)(?:alle|dalle|delle|verso\s+le|per\s+le|(?:a|hacia|desde|hasta|sobre|antes\s+de|después\s+de)\s+las)"
            r"\s+(?P<hour24>[01]?\d|2[0-3])(?=\s*(?:[,.;:)]\s|[,.;:)]?$|del\s+mattino|di\s+(?:mattina|sera|notte)|in\s+punto|en\s+punto"
            r"|\s+(?:un|una|uno|il|lo|gli|el|los)\s)|\s+[ey]\s+(?!\d|mezz|media|un\s+quarto|cuarto|(?:tre\s+)?quarti))",
            re.IGNORECASE,
        ),
    ),
    # South Slavic "u 19.30" (at 19:30, "sati" left out; "u 3.17," before a comma), Romanian
    # "ora 5.30", "în jurul orei 5.30" (the hour's genitive), and Hungarian "15 órakor" (at three
    # o'clock: the hour's case ending)
    (
        "time",
        compiled(
            r"(?<!\w)(?:u|у|oko|око|(?:la\s+)?ora|orei)\s+(?P<hour24>[01]?\d|2[0-3])[.:](?P<minute24>[0-5]\d)(?!\d|[.,]\d)"
            r"(?!\s*(?:%|posto|odsto|одсто|проценат|milijun\w*|milion\w*|милион\w*|milijard\w*|милијард\w*))"
            r"|(?<![\d.,])(?P<hour>[01]?\d|2[0-3])(?:[.:](?P<minute>[0-5]\d))?\s?órakor(?!\w)",
            re.IGNORECASE,
        ),
    ),
    # "heures" alone is as often hours as o'clock ("deux heures plus tard", "à deux heures
    # de route"): a time after "à", "vers", "dès", "avant", "après", "jusqu'à" and not
    # followed by "de" ("après 13 heures de négociations")
    (
        "time",
        compiled(
            r"(?<!\w)(?:à|vers|dès|avant|après|jusqu['’]à)\s+(?P<hour24>[01]?\d|2[0-3])\s?heures(?![^\W\d_])(?:\s(?P<minute24>[0-5]\d)(?!\d))?"
            r"(?!\s+d(?:e\b|['’])(?!\s+l['’]après-midi|\s+la\s+nuit))",
            re.IGNORECASE,
        ),
    ),
    # noon ("by noon", "al mediodía", "hacia el mediodía", "à midi", "à la mi-journée", 正午, "周一中午" or "到中午" without its hour):
    # 12:00, as "12:00 horas" and 12时 say it
    (
        "time",
        compiled(
            r"(?<!\w)(?:(?:at|by|around|until|till|before|after|since|from|as\s+of)\s+(?:about\s+)?(?P<noon>noon|midday)"
            r"|(?:al|a|hacia\s+el|hasta\s+el|antes\s+del|después\s+del|ao|até\s+o|por\s+volta\s+do)\s+(?P<mediodia>mediodía|meio-dia)"
            r"|(?:à|vers|avant|jusqu['’]à)\s+(?P<midi>midi|la\s+mi-journée))(?!\w)"
            # Hebrew "לפני הצהריים", "בצהריים", "עד הצהריים" (before, at, until noon)
            r"|(?:(?<!\w)לפני\s+|(?<!\w)אחרי\s+|(?<!\w)עד\s+|(?<!\w)ב|(?<!\w)מ)(?P<tsohorayim>ה?צהריים)(?!\w)|(?P<zhnoon>正午|(?:(?<=[到至止日号])|(?<=周[一二三四五六日天]))中午(?!\s?[\d一二三四五六七八九十]))",
            re.IGNORECASE,
        ),
    ),
    # an hour alone that its part of the day or "o'clock" makes a time ("at 6 in the evening",
    # "around 5 o'clock", not "by 6 in the afternoon session"; Polish "o 18 wieczorem", "o godz.
    # 18"; Dutch "om 18 uur"; Vietnamese "lúc 11 giờ 55 phút"; Greek "στις 3 το απόγευμα";
    # ``_PART_OF_DAY_AFTER``)
    (
        "time",
        compiled(
            r"(?<!\w)(?:at|around|about|by|until|till|from|before|after|since)\s+(?:about\s+|around\s+)?(?P<hour>1[0-2]|0?\d)"
            r"(?:\s+o['’]clock(?!\w)|(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|this\s+(?:morning|afternoon|evening)|tonight)(?!\w)(?!\s+(?:session|trading|shift|edition|bulletin|news))))"
            r"|(?<!\w)(?:o\s+)?godz(?:\.|inie|iny)\s+(?P<hour24>[01]?\d|2[0-3])(?!\d|[.:]\d)"
            r"|(?<!\w)(?:o|około|do|od|po)\s+(?P<h24>[01]?\d|2[0-3])(?=\s+(?:rano|wieczorem|po\s+południu|w\s+nocy)(?!\w))"
            r"|(?<!\w)(?:om|rond|tegen|vanaf|tot)\s+(?P<ore>[01]?\d|2[0-3])\s+uur(?!\w)"
            # Vietnamese "lúc 11 giờ 55 phút", "lúc 2 giờ chiều" (at; "bay 3 giờ" flew three hours)
            r"|(?<!\w)lúc\s+(?P<vi_hour>[01]?\d|2[0-3])\s+giờ(?:\s+(?P<vi_minute>[0-5]?\d)(?:\s+phút)?)?(?!\w)"
            # Greek "στις 3 το απόγευμα" (at three in the afternoon)
            r"|(?<!\w)(?:στις|πριν\s+από\s+τις|μετά\s+τις|μέχρι\s+τις|από\s+τις|γύρω\s+στις)\s+(?P<el_hour>1[0-2]|0?\d)(?=\s+(?:το\s+(?:απόγευμα|βράδυ|πρωί)|τη\s+νύχτα|τα\s+ξημερώματα)(?!\w))",
            re.IGNORECASE,
        ),
    ),
    # the British press's time before "this morning" ("stopped at 4.15 this morning")
    (
        "time",
        compiled(
            r"(?<![\d.,])(?P<hour24>0?\d|1[01])\.(?P<minute24>[0-5]\d)(?=\s+(?:this|on\s+\w+|yesterday|in\s+the)\s+morning\b)"
        ),
    ),
    # times of day: "5.30pm", Greek "3 μ.μ.", "17:30", "下午 5 点半", "5 点 30 分", Japanese "午後３時",
    # Korean "오전 6시 10분"
    (
        "time",
        compiled(
            r"\b(?P<hour>[01]?\d|2[0-3])(?:[.:](?P<minute>[0-5]\d))?\s?(?:(?P<half>[ap])\.?m\b\.?|(?P<greek>[πμ])\.\s?μ\.|(?P<arabic>مساء|صباح)[اًا]*(?!\w))"
            r"|\b(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)\b"
        ),
    ),
    (
        "zh_time",
        compiled(
            # 点 alone is also "point" (五点建议, a five-point proposal): a part of the
            # day, the minutes or 钟 must make it a time; 时 alone is one (23日20时, Xinhua's
            # 24-hour clock); a bare 一时 / 一時 is "for a while", "at one point" (株価は一時
            # 3%下落), one o'clock only after a part of the day or before the minutes
            rf"(?P<part>凌晨|早上|上午|中午|下午|傍晚|晚上|晚间|晚間|夜间|夜間|午前|午後|오전|오후|새벽|밤)?\s?"
            rf"(?P<hour>\d{{1,2}}|(?(part)|(?!一[时時](?!\s?(?:半|(?:\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s?分))))[{ZH_NUM}]{{1,3}})"
            r"\s?(?:[点시]|(?P<shi>[时時])(?![间間]))"
            rf"(?:\s?(?P<halfhour>半|반)|\s?(?P<minute>\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s?[分분]|(?P<oclock>钟))?"
        ),
    ),
    ("iso", compiled(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    # a quarter of the (fiscal) year: "Q3", "the third quarter", "tercer trimestre",
    # "im dritten Quartal", "derde kwartaal", 第三季度, 第3四半期, 3분기
    (
        "quarter",
        compiled(
            rf"\bQ(?P<q>[1-4])\b|(?i:\b(?:(?P<qword>{'|'.join(sorted(_QUARTER_ORDINALS, key=len, reverse=True))})"
            r"|(?P<qnum>[1-4])(?:st|nd|rd|th|er|eme|ème|e|º|°|o|\.)?)[\s-]+"
            r"(?:fiscal\s+|financial\s+)?(?:quarter|trimestre|quartal|quartals|kwartaal|kvartal|kvartalet)\b)"
            r"|第(?P<qzh>[1-4一二三四])(?:季度|四半期|财季|財季)|(?P<qko>[1-4])\s?분기"
            # 三季度, 三季报 without 第 (not 前三季度, the first three quarters)
            r"|(?<![前第\d一二三四五六七八九十])(?P<qzhbare>[1-4一二三四])(?:季度|财季|季报)"
            # Japanese 7～9月期, July to September; not the baseline of a change (4～6月期から, "from")
            r"|(?P<qja>1|4|7|10)\s?[～~〜-]\s?(?:3|6|9|12)\s?月期(?!から|比|より)"
            # Taiwan's 第四季 before what it reports (not a series' fourth season), French "au T3",
            # "T3 2026", and the analysts' "3Q25"
            r"|第(?P<qtw>[1-4一二三四])季(?=[营營净淨获獲利销銷财財报報经經成增])"
            r"|(?:(?<=\bau\s)|(?<=\bdu\s))T(?P<qt>[1-4])\b|\bT(?P<qt2>[1-4])(?=\s(?:19|20)\d\d\b)|\b(?P<qq>[1-4])Q(?:\d\d)?\b"
        ),
    ),
    # a half of the (fiscal) year: "the first half of the year", "H1", "1H26", "ersten Halbjahr",
    # "primo semestre", 上半年, 上期, 상반기 (a match's "first half" is no date)
    (
        "half",
        compiled(
            r"(?i:\b(?P<hword>first|second)[\s-]half\s+(?:of\s+(?:the\s+)?(?:year|fiscal|financial|(?:19|20)\d\d)))"
            r"|(?i:\b(?P<hword2>first|second)-half(?=\s+(?:profits?|results|sales|revenues?|earnings|loss(?:es)?|net)\b))"
            # (not hydrogen's H2: before a year, or after "in" or "for")
            r"|(?:\bH(?P<hnum>[12])(?=\s?(?:19|20)?\d\d\b)|(?:(?<=\bin\s)|(?<=\bfor\s))H(?P<hnum3>[12])\b)|\b(?P<hnum2>[12])H\d\d\b"
            r"|(?i:\b(?P<hword3>ersten|zweiten|erste|zweite|primo|secondo|primer|segundo|premier|second|primeiro|första|andra)\s+"
            r"(?:Halbjahr(?:es|s)?|Jahreshälfte|semestre|halvåret|halvår)\b)"
            r"|(?P<hzh>[上下])半(?:年|期)|(?P<hja>[上下])期(?![间間待])|(?P<hko>[상하])반기"
        ),
    ),
    # a day and month without a year after the word for the date (Vietnamese "ngày 15/4",
    # Indonesian "tanggal 15/4")
    # or after the part of the day ("sáng 9/9", the morning of 9 September)
    (
        "dm",
        compiled(
            r"(?<!\w)(?:ngày|tanggal|tgl\.?|sáng|chiều|trưa|tối|đêm|khuya|rạng\s+sáng)\s+(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?![\d/])",
            re.IGNORECASE,
        ),
    ),
    # 01.03.2022 is day first wherever it is written; 2022/3/1 year first; 01/03/2022 is
    # read in the document's language's order unless one part is over 12 (US English
    # when no language is known)
    ("dotted", compiled(r"(?<![\d.])(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d)\.\s?(?P<year>(?:19|20)\d\d)(?![\d.]\d)")),
    ("ymd", compiled(r"(?<![\d/.])(?P<year>(?:19|20)\d\d)[/.](?P<month>[01]?\d)[/.](?P<day>[0-3]?\d)(?![\d/])")),
    ("slashed", compiled(r"(?<![\d/])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])")),
    (
        "mdy",
        compiled(rf"\b(?P<month>{_MONTH_RE})\s+{_DAY_RE}\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"),
    ),
    (
        "dmy",
        compiled(
            rf"\b{_DAY_RE}\s+(?:of\s+)?(?P<month>{_MONTH_RE})(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
        ),
    ),
    ("my", compiled(rf"\b(?P<month>{_MONTH_RE})\s+(?P<year>(?:19|20)\d\d)\b")),
    (
        # a month alone, after a word that makes it a time ("agreed in February", "from
        # January to October", "set the trial for September"; "May" alone is mostly the
        # verb, and "for May" a vote for Theresa May), or naming the time of a
        # thing ("its June forecast")
        "month",
        compiled(
            r"\b(?:(?:(?i:in|since|until|till|to|through|by|from|of|for(?!\s+May\b)|last|next|this|early|late|mid|before|after|"
            r"between|during|than|compared\s+with)"
            rf"|(?i:the|its|their|his|her|our|a)(?=\s+(?:{_MONTH_NAMES})\s+[a-z]))\s+"
            r"|(?<=[a-z][-–—]))"  # the end of a range, "January-October"
            rf"(?P<month>{_MONTH_NAMES})\b"
        ),
    ),
    # ... and the end of "between July and September"
    ("month", compiled(rf"\bbetween\s+(?:{_MONTH_NAMES})\s+and\s+(?P<month>{_MONTH_NAMES})\b")),
    # ... and a month whose figures follow ("October's iron ore imports"; not "May's", mostly
    # a person's: "Theresa May's government")
    ("month", compiled(rf"\b(?P<month>{_MONTH_NAMES.replace('|May', '')})['’]s(?=\s+[a-z])")),
    (
        "weekday",
        compiled(
            r"\b(?:(?P<rel>next|last|this|coming|past)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    # "today" / 今天 may mean "nowadays" ("memories remain fresh today"): read, they are no
    # date only one account gives (``Fact.today``)
    (
        "relative",
        compiled(
            r"\b(?P<rel>next|last|this|coming|past)\s+(?P<unit>year|month|week(?:end)?|spring|summer|autumn|fall|winter)\b"
            r"|\b(?:(?:earlier|later)\s+in|(?:the\s+)?rest\s+of)\s+the\s+(?P<thisweek>week)\b"
            rf"|\b(?P<word>(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)|tomorrow|yesterday|today|tonight|{_YEAR_AGO}"
            r"|(?:a|one)\s+(?:week|month)\s+ago)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "zh",
        compiled(
            rf"(?:(?P<year>\d{{4}}|[〇零一二三四五六七八九]{{4}}|(?<!\d)\d\d(?=年\d{{1,2}}月期))\s?[年년]\s?)?(?P<month>\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s?[月월]"
            # Chinese, Japanese and Korean; the first day of a range too ("1月21～22日"); a
            # Japanese fiscal year by the two digits of its year and the month it ends
            # (26年3月期, the year to March 2026)
            rf"(?:\s?(?P<day>\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s?(?:[日号일]|(?=[～~〜－–-]\s?\d{{1,2}}\s?[日号일])|(?=、\s?\d{{1,2}}\s?[両两]日)))?"
        ),
    ),
    (
        # a day of the month before, this or the next one: 上月28日, 先月28日 (Japanese), 下个月5号
        "zh_month_day",
        compiled(
            rf"(?P<relmonth>上个?月|下个?月|本月|这个月|先月|今月|来月|翌月|지난\s?달|이번\s?달|다음\s?달)\s?(?P<day>\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s?[日号일]"
        ),
    ),
    ("day", compiled(r"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b")),  # "announced on the 10th"
    # ... and Portuguese, Spanish and Italian ("No dia 29", "el día 29", "il giorno 29")
    ("day", compiled(r"(?<!\w)(?:n[oa]|d[oa]|a[o]?|el|del|al|il|nel)\s+(?:dia|día|giorno)\s+(?P<day>[0-3]?\d)(?![\d.,:]?\d)(?!\s*(?:de|di)\s)", re.IGNORECASE)),
    # a day alone is N日 (Korean N일, but not N일간/N일 동안, "for N days"); N号 alone is
    # mostly a number, not a day (北溪 2 号, 1 号线)
    (
        "zh_day",
        # (not the yen, 日元: "151.20日元")
        # (not a span or a distance in days: 10日間, 2日前, 3日后, 5日以内)
        compiled(
            # (nor a town: 四日市, 廿日市, 十日町)
            rf"(?<![月월\d.{ZH_NUM}])(?![{ZH_NUM}廿]{{1,2}}日[市町])(?P<day>\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s?"
            # (nor a rate per day: 1日2回, 1日2ミリグラム; the two of two days, "18、19両日")
            r"(?:(?<=、\d\d)[両两]日|(?<=、\d)[両两]日|(?=、\s?\d{1,2}\s?[両两]日)|日(?!元|間|前|後|后|以内|以上|ぶり|連続|あたり|当たり|平均|\d{1,3}\s?(?:回|ミリ|mg|錠|粒|杯))|일(?!\s?(?:간|동안|째|만|전|후)))"
        ),
    ),
    # in Chinese, a day before 前 is a deadline ("14日前", before the 14th); in Japanese it is
    # days ago (3日前), and the Japanese text is left out where the kinds are read
    ("zh_day_before", compiled(rf"(?<![月월\d.{ZH_NUM}])(?P<day>\d{{1,2}})日(?=前)(?!前后|前後)")),
    (
        "decade",
        compiled(
            r"\b(?P<decade>(?:1\d|20)\d0)s\b"
            # "les années 1980", "los años 80", "anni '80", "jaren tachtig", "anos oitenta"
            rf"|\b(?i:ann[ée]es|años|anos|anni|jaren)\s+(?:(?P<decade_full>(?:1\d|20)\d0)|['’]?(?P<decade_two>[2-9]0)"
            rf"|(?P<decade_word>(?i:{alternation(_DECADE_WORDS)})))(?![\w%])"
            # "1980er-Jahre", "in den 80er Jahren", "den 1990ern", "Neunzigerjahre", "achtziger Jahre"
            # (not "in seinen 80ern": his eighties)
            r"|\b(?P<decade_de>(?:1\d|20)\d0er(?:[\s-]?[Jj]ahre[n]?|n)?|\d0er[\s-]?[Jj]ahre[n]?)(?!\w)"
            rf"|\b(?P<decade_deword>(?i:{alternation(_GERMAN_DECADES)}))er[\s-]?(?i:jahre)n?\b"
            rf"|(?P<zhcentury>\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s?世纪\s?(?P<zhdecade>\d0|[{ZH_NUM}]{{1,3}})\s?年代"
            # "上世纪70年代" (the last century's seventies), "1970年代", "70年代"
            rf"|(?P<zhlast>上个?世[纪紀])\s?(?P<zhlastdecade>\d0|[{ZH_NUM}]{{1,3}})\s?年代"
            rf"|(?<![\d{ZH_NUM}纪紀])(?P<zhtens>(?:1\d|20)?\d0)\s?年代"
            # "в 1960-е годы", "1990-х годов", "60-е", Ukrainian "1960-ті"
            r"|(?<![\w-])(?P<decade_ru>(?:1\d|20)\d0|[2-9]0)-(?:е|х|ые|ых|ті|тих)(?!\w)"
        ),
    ),
    (
        # 前天/后天 are left out too: they hide inside other words (下周末前天气: 前 + 天气)
        "zh_rel",
        compiled(
            # (not the base of a change: 前年同期比, 比去年同期, "from a year earlier")
            rf"(?P<zh>明天|昨天|今天|明年|(?:去年|前年)(?!同期|比|同月)|今年|后年|(?:下周|上周|本周)(?![{_ZH_WEEKDAYS}])"
            r"|下个?星期|上个?星期|下个?月|上个?月|本月|这个月)"
        ),
    ),
    # not a count per week: 每周五十班 (fifty a week), 每周三次 (three times a week); but
    # 周五15时 is Friday at 3 p.m.
    (
        "zh_weekday",
        compiled(
            rf"(?:(?P<zhrel>上|下|本|这)个?)?(?<!每)(?:星期|周|礼拜)(?P<zhwd>[{_ZH_WEEKDAYS}])(?![次天个架班趟])"
            rf"|(?:(?P<korel>지난|다음|이번)\s?)?(?P<kowd>[{_KO_WEEKDAYS}])요일"  # Korean
            rf"|(?P<jawd>[{_JA_WEEKDAYS}])曜日?"  # Japanese
        ),
    ),
    (
        # not a count of something: 2000 英尺, 2000 人, 2,000 feet, 1990 people; but 在2019年
        "year",
        compiled(
            r"(?<![.,$€£¥])(?<![^\W\u3040-\u30ff\u3400-\u9fff])(?P<year>(?:19|20)\d\d)(?:\b|(?=年))(?![.,]?\d|\s?%)"
            r"(?!\s?[\u4e00-\u5e73\u5e75-\u9fff])"  # any CJK character but 年
            r"(?!\s?(?:feet|foot|ft|miles?|mph|km|kilomet\w*|met(?:re|er)s|inch\w*|people|tonnes|tons|kg)\b)"
        ),
    ),
]

_NOUN_AFTER = compiled(r"\s+[A-ZÄÖÜ][a-zäöüß]")
"""A capitalised word after a number: in German, the noun it counts ("2000 Menschen"); a
year is followed by a verb or a preposition ("Im Jahr 2019 wurden …", "WM 1990 in …")."""
_BEFORE_A_YEAR = frozenset({"in", "since", "until", "till", "before", "after", "during", "by"})
"""English words that make a bare four-digit number a year ("in 2019"), not a count."""


ACROSS_NEW_YEAR_MONTHS = 2
"""How many months across the turn of the year a month named without its year may lie
from the publication's: "January 27" in a December article is the coming January, "in
November" in a January one the last November; further away, the publication's year."""


def _year_across_new_year(month: int, published: dt.date) -> int:
    """The step to the year of a month named without its year (see ACROSS_NEW_YEAR_MONTHS)."""
    ahead = month - published.month
    if ahead <= ACROSS_NEW_YEAR_MONTHS - 12:
        return 1
    if ahead >= 12 - ACROSS_NEW_YEAR_MONTHS:
        return -1
    return 0


def _shift(day: dt.date, *, years: int = 0, months: int = 0) -> dt.date:
    month0 = day.month - 1 + months
    year = day.year + years + month0 // 12
    return dt.date(year, month0 % 12 + 1, 1)


_AFTERNOON = {"下午", "傍晚", "晚上", "晚间", "晚間", "夜间", "夜間", "午後", "오후", "밤"}


_GREEK_HALVES = {"π": "a", "μ": "p"}
"""Greek π.μ. and μ.μ., a.m. and p.m."""
_ARABIC_HALVES = {"صباح": "a", "مساء": "p"}
"""Arabic صباحاً (morning) and مساءً (evening) after a time: a.m. and p.m."""


_PART_OF_DAY_AFTER = compiled(
    r"\s*,?\s*(?:(?P<pm>in\s+the\s+(?:afternoon|evening)|this\s+(?:afternoon|evening)|tonight|abends|nachmittags|"
    r"am\s+(?:Abend|Nachmittag)|du\s+soir|de\s+l['’]après-midi|di\s+sera|del\s+pomeriggio|da\s+(?:tarde|noite)|de\s+la\s+tarde|"
    r"wieczorem|po\s+południu|['’]s\s+(?:avonds|middags)|вечера|дня|вечора|på\s+(?:kvällen|eftermiddagen)|chiều|tối|το\s+απόγευμα|το\s+βράδυ)"
    r"|(?P<night>at\s+night|de\s+la\s+noche|nachts|in\s+der\s+Nacht|de\s+la\s+nuit|di\s+notte|w\s+nocy|['’]s\s+nachts|ночи|på\s+natten|đêm|τη\s+νύχτα)"
    r"|(?P<am>in\s+the\s+morning|this\s+morning|morgens|früh|vormittags|am\s+(?:Morgen|Vormittag)|du\s+matin|"
    r"del\s+mattino|di\s+mattina|da\s+manhã|de\s+la\s+(?:mañana|madrugada)|rano|['’]s\s+(?:ochtends|morgens)|утра|på\s+morgonen|sáng|το\s+πρωί|τα\s+ξημερώματα))(?!\w)",
    re.IGNORECASE,
)
"""The part of the day after an hour, which says which half of the day it is in ("6 Uhr
abends", "6 heures du soir", "6:15 de la tarde", "в 8 часов вечера" are 18:00 and 20:00, what "6 p.m." and "20
Uhr" say; "11 at night" is 23:00, "2 de la nuit" 02:00; "6 in the morning" 06:00)."""


def _in_part_of_day(value: str, part: re.Match[str]) -> str:
    """A time of day (``time 06:00``, or ``time 06:00/12h``) in the part of the day named after it."""
    hour, minute = (int(x) for x in value.removeprefix("time ").removesuffix("/12h").split(":"))
    if hour < 12 and (part["pm"] or (part["night"] and hour >= 6)):
        hour += 12
    elif hour == 12 and part["night"]:
        hour = 0
    return f"time {hour:02d}:{minute:02d}"


def _resolve_time(kind: str, g: dict[str, str | None]) -> str | None:
    """A time of day as ``time 17:30``, or ``time 05:30/12h`` when am or pm is not said."""
    if any(g.get(noon) for noon in ("noon", "mediodia", "midi", "tsohorayim", "zhnoon")):
        return "time 12:00"
    if kind == "zh_time" and not (g.get("part") or g.get("halfhour") or g.get("minute") or g.get("oclock") or g.get("shi")):
        return None
    hour = zh_small(g.get("hour") or g.get("hour24") or g.get("h24") or g.get("hzone") or g.get("ore") or g.get("vi_hour") or g.get("el_hour") or "")
    minute_raw = g.get("minute") or g.get("minute24") or g.get("vi_minute")
    minute = 30 if g.get("halfhour") else (zh_small(minute_raw) if minute_raw else 0)
    if hour is None or minute is None or hour > 23 or minute > 59:
        return None
    clock = any(g.get(key) is not None for key in ("hour24", "h24", "hzone", "ore")) or (g.get("vi_hour") is not None and hour > 12)
    daypart = (g.get("daypart") or "").lower()
    if kind == "time" and daypart:
        hour += 12 if daypart in {"tarde", "noche"} and hour < 12 else 0
        clock = True
    elif kind == "time" and (half := g.get("half") or _GREEK_HALVES.get(g.get("greek") or "") or _ARABIC_HALVES.get(g.get("arabic") or "")):
        if hour > 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
        clock = True
    elif kind == "zh_time" and g.get("part"):
        if g["part"] in _AFTERNOON and hour < 12:
            hour += 12
        clock = True
    return f"time {hour:02d}:{minute:02d}" + ("" if clock or hour > 12 else "/12h")


_FUTURE_BEFORE = {
    None: r"will|['’]ll|shall|would|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|planned|going|about|forecast|predicted|projected|likely)\s+to|"
    r"(?:is|are)\s+to|plans?\s+to|expects?\s+to|(?:is|are)\s+(?:forecast|predicted|expected)|forecasts?|warn(?:s|ed)\s+of|"
    r"(?:scheduled|set|due)\s+(?:for|on)|now\s+(?:goes|heads|moves)\s+to|"
    # the present of a scheduled event ("the visit ends on Wednesday")
    r"(?:ends|begins|starts|opens|closes|resumes|expires|concludes|convenes|reconvenes|takes\s+effect)(?=\s+(?:on\s+)?$)",
    "de": r"wird|werden|soll|sollen|plant|planen|geplant|bleibt|bleiben|kommenden?|nächsten?",
    # and the future tense: "restera bouclée jusqu'à vendredi", "seguirá cerrada hasta el jueves"
    "fr": r"va|vont|doit|doivent|devrait|devraient|prévue?s?|\w+(?:era|ira|dra|rra|vra|tra)|\w+ront",
    "es": r"va\s+a|van\s+a|prevé|prevista?s?|previstos?|pronostica\w*|\w+rán?",
    "it": r"dovrebbe|previsto|prevista|\w+rà|\w+ranno",
    "pt": r"vai|vão|prevista?o?s?|\w+rá|\w+rão",
    "zh": r"将|将于|拟于?|计划|预计|定于|预报",
    "vi": r"sẽ|dự\s+kiến|dự\s+báo|kế\s+hoạch|từ\s+nay\s+đến",
    # and "next", and the perfective future of the verbs news schedules with
    "ru": r"будет|будут|планиру\w+|намер\w+|собира\w+|должн\w*|предстоит|следующ\w+|ближайш\w+|"
    r"начн(?:ется|утся|ет|ут)|состо(?:ится|ятся)|заверш(?:ится|атся)|пройд(?:ет|ут|ёт)|откро(?:ется|ются)|"
    r"прибуд(?:ет|ут)|посетит|вернется|вернётся|возобнов(?:ится|ятся)",
    "pl": r"będzie|będą|ma\s+się|mają\s+się|planuje|planowan\w+|zaplanowan\w+|przyszł\w+|najbliższ\w+|"
    r"zakończy|rozpocznie|odbędzie|spotka|przyjedzie|odwiedzi|wróci|zbierze",
}
"""Words that put what follows in the future ("is due to end on Wednesday", "soll am
Donnerstag enden"; in reported speech, "said the line would reopen on Wednesday"): a
weekday named alone after one, in its clause, is the next such day."""

_FUTURE_AFTER = {
    "ja": compiled(r"予定|計画|方針|見通し|見込み|する(?:こと|ため)?[だでに。]"),
    "ko": compiled(r"예정|계획|방침|할 것|하기로|한다고|할 방침"),
}
"""The same words where the verb comes last: after the weekday, in its sentence
("金曜日の満潮時に…離礁させる計画だ")."""


@lru_cache(maxsize=16)
def _future_pattern(lang: str | None) -> re.Pattern[str] | None:
    words = _FUTURE_BEFORE.get(lang)
    if words is None:
        return None
    return compiled(rf"(?:{words})" if lang == "zh" else rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


_AM_PM = compiled(r"\b[ap]\.\s?m\.", re.IGNORECASE)


def _in_the_future(scan: str, start: int, lang: str | None, end: int | None = None) -> bool:
    """A future word before ``start`` in its clause, within a few words (after ``end``,
    in its sentence, where the verb comes last)."""
    if lang in _FUTURE_AFTER:
        after = re.split(r"[.!?。！？]", scan[end if end is not None else start :])[0]
        return bool(_FUTURE_AFTER[lang].search(after))
    # (the full stops of "7 a.m." end no clause: "will reopen at 7 a.m. on Saturday")
    before = _AM_PM.sub(lambda m: m.group().replace(".", " "), scan[max(0, start - 100) : start])
    window = re.split(r"[.;:!?。；：！？,，]", before)[-1]
    pattern = _future_pattern(lang)
    return bool(pattern and pattern.search(window))


_CJK_YEAR_STEPS = {"明年": 1, "来年": 1, "내년": 1, "去年": -1, "昨年": -1, "작년": -1, "지난해": -1}
_CJK_YEAR_BEFORE = compiled(rf"(?P<rel>{'|'.join(_CJK_YEAR_STEPS)})\s?$")
"""Next or last year right before a month and day ("明年3月5日", "내년 1월 16일"): the
date's year."""


def _resolve_date(
    kind: str,
    m: re.Match[str],
    published: dt.date | None,
    conv: Conventions | None = None,
    *,
    ahead: bool = False,
) -> str | None:
    """Normalise one date match to ISO (``2023-03-20``), partial ISO or a year/month string.
    ``ahead``: a weekday named alone is the next such day, not the last."""
    g = dict(m.groupdict())
    if g.get("first"):
        g["day"] = "1"
    if kind == "slashed":
        first, second = int(g["first"]), int(g["second"])
        day_first = first > 12 or (second <= 12 and conv is not None and conv.day_first)
        g["day"], g["month"] = (g["first"], g["second"]) if day_first else (g["second"], g["first"])
    if kind in {"iso", "dm", "mdy", "dmy", "my", "zh", "month", "dotted", "ymd", "slashed", "loc_dmy", "loc_ymd", "loc_my", "loc_month"}:
        month_raw = g["month"]
        month: int | None
        if kind in {"iso", "dm", "dotted", "ymd", "slashed"}:
            month = int(month_raw)
        elif kind in {"loc_dmy", "loc_ymd", "loc_my", "loc_month"}:
            month = conv.months.get(month_raw.rstrip(".").lower()) if conv else None
        elif kind == "zh":
            month = zh_small(month_raw)
        else:
            month = MONTHS.get(month_raw.rstrip(".").lower())
        year = zh_small(g["year"]) if g.get("year") else None
        if year is not None and year < 100:
            year += 2000  # 26年3月期
        day = zh_small(g["day"]) if g.get("day") else None
        if not month or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            return None
        if year is None and published is not None:
            year = published.year
            if kind == "zh" and (before := _CJK_YEAR_BEFORE.search(m.string, max(0, m.start() - 4), m.start())):
                year += looked_up(_CJK_YEAR_STEPS, before["rel"])  # 明年3月, 내년 1월 16일
            else:
                year += _year_across_new_year(month, published)
        if day is None:
            return f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
        return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    if kind == "quarter":
        if g["qzh"] or g["qko"] or g["qzhbare"]:
            return f"quarter {zh_small(g['qzh'] or g['qko'] or g['qzhbare'])}"
        if g["qja"]:
            return f"quarter {(int(g['qja']) + 2) // 3}"
        if g["qtw"]:
            return f"quarter {zh_small(g['qtw'])}"
        return f"quarter {g['q'] or g['qnum'] or g['qt'] or g['qt2'] or g['qq'] or _QUARTER_ORDINALS[g['qword'].lower()]}"
    if kind == "half":
        first = (g["hword"] or g["hword2"] or g["hword3"] or "").lower().startswith(("first", "erst", "prim", "premier", "först"))
        first = first or "1" in (g["hnum"], g["hnum2"], g["hnum3"]) or "上" in (g["hzh"], g["hja"]) or g["hko"] == "상"
        return f"half {1 if first else 2}"
    if kind == "year":
        return g["year"]
    if kind == "decade":
        # "the 1880s" = "19 世纪 80 年代" (the 19th century's eighties)
        if full := g.get("decade") or g.get("decade_full"):
            return f"{full}s"
        if de := g.get("decade_de"):
            digits = de[: de.index("er")]
            century = digits if len(digits) == 4 else _century_of(int(digits))
            return f"{century}s" if century else None
        if g.get("zhlast"):
            decade = zh_small(g["zhlastdecade"])
            return f"{1900 + decade}s" if decade is not None and decade % 10 == 0 and decade < 100 else None
        if digits := g.get("zhtens") or g.get("decade_ru"):
            century = int(digits) if len(digits) == 4 else _century_of(int(digits))
            return f"{century}s" if century else None
        if tens := g.get("decade_two") or g.get("decade_word") or g.get("decade_deword"):
            century = _century_of(int(tens) if tens.isdigit() else _DECADE_WORDS.get(tens.lower()) or _GERMAN_DECADES[tens.lower()])
            return f"{century}s" if century else None
        century, decade = zh_small(g["zhcentury"]), zh_small(g["zhdecade"])
        if not century or not 1 <= century <= 30 or decade is None or decade % 10 or decade >= 100:
            return None
        return f"{(century - 1) * 100 + decade}s"
    if kind == "zh_month_day":
        day = zh_small(g["day"])
        step = _RELATIVE_MONTHS[g["relmonth"].replace("个", "").replace(" ", "")]
        if not day or not 1 <= day <= 31:
            return None
        if published is None:
            return f"---{day:02d}"
        month_start = _shift(published, months=step)
        try:
            return month_start.replace(day=day).isoformat()
        except ValueError:  # the 31st of a shorter month
            return None
    if kind in {"zh_day", "day", "zh_day_before"}:
        day = zh_small(g["day"])
        return f"---{day:02d}" if day and 1 <= day <= 31 else None
    if kind in {"time", "zh_time"}:
        return _resolve_time(kind, g)
    if kind in {"weekday", "zh_weekday", "loc_weekday"}:
        week: int | None = None  # that day of this week (0), of the week before or after
        if kind == "weekday":
            index = WEEKDAYS.index(g["weekday"].lower())
            rel = (g.get("rel") or "").lower()
            week = 0 if rel == "this" else None
        elif kind == "loc_weekday":
            index = looked_up(conv.weekdays, g["weekday"]) if conv else 0
            rel = ""
        elif g.get("kowd"):
            index = _KO_WEEKDAYS.index(g["kowd"])
            rel = "next" if g.get("korel") == "다음" else ""  # 지난: the last one past
            week = 0 if g.get("korel") == "이번" else None
        elif g.get("jawd"):
            index = _JA_WEEKDAYS.index(g["jawd"])
            rel = ""
        else:
            index = min(_ZH_WEEKDAYS.index(g["zhwd"]), 6)
            rel = ""
            week = {"上": -1, "下": 1, "本": 0, "这": 0}.get(g.get("zhrel") or "")
        if published is None:
            return WEEKDAYS[index].capitalize()
        if week is not None:
            return (published + dt.timedelta(days=index - published.weekday(), weeks=week)).isoformat()
        delta = (published.weekday() - index) % 7
        if rel in {"next", "coming"}:
            return (
                published + dt.timedelta(days=(index - published.weekday()) % 7 or 7)
            ).isoformat()
        if ahead:
            return (published + dt.timedelta(days=(index - published.weekday()) % 7)).isoformat()
        return (published - dt.timedelta(days=delta)).isoformat()
    # relative phrases
    word = (g.get("word") or g.get("zh") or "").lower()
    rel = "this" if g.get("thisweek") else (g.get("rel") or "").lower()
    unit = "week" if g.get("thisweek") else (g.get("unit") or "").lower().removesuffix("end")  # a weekend is its week's
    word = " ".join(word.split()).removeprefix("the ")  # "the day before yesterday"
    table = {
        "tomorrow": ("day", 1),
        "yesterday": ("day", -1),
        "today": ("day", 0),
        "tonight": ("day", 0),
        "今天": ("day", 0),
        # the year-ago comparison of results copy, which another account gives as last year
        **dict.fromkeys(("a year earlier", "a year ago", "a year before", "one year earlier", "one year ago", "one year before", "year-earlier"), ("year", -1)),
        "a week ago": ("week", -1),
        "one week ago": ("week", -1),
        "a month ago": ("month", -1),
        "one month ago": ("month", -1),
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
        **{word: ("month", step) for word, step in _RELATIVE_MONTHS.items()},  # 下月, 上月, 本月, 这月
    }
    if kind == "loc_relative" and conv and m.lastgroup:
        unit, step = _locale_relatives(conv.lang)[1][int(m.lastgroup[1:])]
    elif word:
        unit, step = table[word.replace("个", "")]  # 下个月 = 下月
        if word == "前年" and _KANA.search(m.string):
            step = -1  # Japanese 前年 is the year before (前年同期比), Chinese the one before that
    else:
        step = {"next": 1, "coming": 1, "last": -1, "past": -1, "this": 0}[rel]
    if unit in _SEASON_STARTS:
        # a season is given by its year: "next spring" is 明年春季 after this spring began
        unit, step = "year", _season_year_step(unit, step, published)
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


_RELATIVE_MONTHS = {
    "上月": -1, "先月": -1, "下月": 1, "来月": 1, "翌月": 1, "本月": 0, "这月": 0, "今月": 0,
    "지난달": -1, "이번달": 0, "다음달": 1,
}
"""Months before or after the publication's, named by Chinese, Japanese and Korean words (个
and spaces left out)."""


_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
"""The month each season begins (northern meteorological seasons)."""


def _season_year_step(season: str, step: int, published: dt.date | None) -> int:
    """Years from the publication's to that of the season "next", "last" or "this" names:
    the next spring after one has begun is next year's, before it this year's."""
    if published is None or step == 0:
        return step
    begun = published.month >= _SEASON_STARTS[season]
    if step > 0:
        return 1 if begun else 0
    return 0 if begun and published.month >= _SEASON_STARTS[season] + 3 else -1


_TIME_WORDS = frozenset(
    ["on", "by", "since", "until", "till", "from", "last", "next", "this", "coming", "past", "early", "late", "before", "after", "every", "through", "during"]
)
_ZH_TITLE_MARKS = compiled(r"《[^《》]{1,40}》")
_QUOTED_TITLE = compiled(rf"[«“\"„]\s?{CAPITAL}[^\s«»“”\"„.!?,;:]*(?:\s[^\s«»“”\"„.!?,;:]+){{1,5}}\s?[»”\"“]")
"""A work's title in quotation marks, a few words that open with a capital and hold no
punctuation (« Les Amants de septembre », "Eleven Days in May"): its month is no date."""
_NAME_NEXT = compiled(rf"\s+(?!{_MONTH_RE})[A-Z][a-z]")


_IN_A_NAME = compiled(rf"(?<=[^\s.!?:;\"“])\s+(?!(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})\b)[A-Z][a-z]+\s$")
"""A capitalised word right before a month, inside the sentence and no weekday ("a Long
March 5 rocket"): the month is the end of a name, not a date ("on Tuesday March 5" is)."""


_TERM_BEFORE = compiled(r"(?:懲役|禁錮|禁固)\s?\d{1,2}\s?年\s?$")
_AFTER_A_NAMES_WORD = compiled(rf"(?<=[^\s.!?:;\"“«„(])\s+{CAPITAL}[\w'’-]*\s$")
"""A capitalised word inside the sentence right before a capitalised weekday, which makes
the weekday the end of a name in a language that writes weekdays small."""


def _the_month_again(text: str, m: re.Match[str], conv: Conventions) -> bool:
    """Whether a month named alone follows the same month under its other name ("أغسطس آب",
    "أكتوبر/تشرين الأول"), as the Arabic press gives both."""
    before = re.split(r"[\s/،,()]+", text[max(0, m.start() - 20) : m.start()].strip(" /(،,"))
    if not before or not m.groupdict().get("month"):
        return False
    try:
        return looked_up(conv.months, before[-1]) == looked_up(conv.months, m["month"])
    except KeyError:
        return False  # no month before it


def _a_names_weekday(text: str, m: re.Match[str], conv: Conventions) -> bool:
    return (
        m["weekday"][:1].isupper()
        and all(w[:1].islower() for w in conv.weekdays)
        and _AFTER_A_NAMES_WORD.search(text, max(0, m.start() - 30), m.start()) is not None
    )


YEAR_AGO = compiled(rf"(?i:{_YEAR_AGO})")
_COMPARED_WITH = compiled(r"(?i:\d|\bfrom\b|\bthan\b|\bcompared\b|\bversus\b|\bvs\b|\bover\b|\bagainst\b)")
"""What makes "a year earlier" the year-ago comparison of results copy ("up 6% from a year
earlier", "against 2.1 billion a year earlier"), which another account gives as last year."""


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


def _month_noun(lang: str) -> str:
    """The language's word for a month (CLDR: "ay", "mois", "Monat")."""
    from babel.units import format_unit

    try:
        return format_unit(1, "duration-month", length="long", locale=lang).replace("1", "").strip(" \u00a0")
    except (ValueError, LookupError):
        return "\ufffd"  # no word: nothing follows a month so


_NOT_AFTER_A_LETTER = r"(?<![\w\u0900-\u0dff])"
"""No letter, nor an Indic script's vowel sign (not a word character to the regex engine),
before a month's name: Bengali "গ্রামে" (in the village) ends with "মে", May."""


@lru_cache(maxsize=32)
def _locale_dates(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """Dates in a language's own words: "20. März 2023", "20 de marzo", "1er mars", "Montag"."""
    conv = conventions(lang)
    if conv is None:
        return []
    months, link = alternation(conv.months), r"(?:(?:de|del|di|do|da)\s+)?"
    # the month's other name after a slash (Arabic "أكتوبر/تشرين الأول", as the Levant names it)
    other = rf"(?:/(?:{months}))?"
    return [
        # Latvian's year first, with the word for "year": "2026. gada 18. februārī"
        *(
            [("loc_dmy", compiled(rf"(?<!\d)(?P<year>(?:19|20)\d\d)\.\s+gada\s+(?P<day>[0-3]?\d)\.\s+(?P<month>{months})(?!\w)", re.IGNORECASE))]
            if lang == "lv"
            else []
        ),
        (
            "loc_dmy",
            compiled(
                # ("il primo gennaio", "le premier janvier": the first)
                rf"(?<!\w)(?:(?P<day>[0-3]?\d)(?:\.|er|re|º|ª|°)?|(?P<first>(?i:primo|premier|primero|primeiro)))\s?{link}(?P<month>{months})(?!\w){other}\.?"
                rf"(?:,?\s+{link}(?P<year>(?:19|20)\d\d)(?!\d))?",
                re.IGNORECASE,
            ),
        ),
        *(
            [
                (
                    "loc_ymd",
                    compiled(
                        rf"(?<!\w)(?:(?P<year>(?:19|20)\d\d)(?:-?ko)?\.?(?:\s+m\.)?\s+)?(?P<month>{months})(?!\w)\.?\s+"
                        rf"(?P<day>[0-3]?\d)(?!\d|[,.]\d)(?:-\w{{1,6}}(?!\w)|\s+d\.|\.(?!\d))?",
                        re.IGNORECASE,
                    ),
                )
            ]
            if _month_before_day(lang)
            else []
        ),
        (
            "loc_my",
            compiled(
                rf"{_NOT_AFTER_A_LETTER}(?P<month>{months})(?!\w){other}\.?\s+{link}(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE
            ),
        ),
        # a day and a month in digits, each closed by a full stop ("am Donnerstag (06.11.)"),
        # where the decimal sign is a comma: "6.11" is then no number
        *(
            [("dotted", compiled(r"(?<![\d.,])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?!\d)(?P<year>)"))]
            if conv.decimal == ","
            else []
        ),
        # a month alone, its full name as the language writes it ("en octobre", "в октябре";
        # capitalised only where every noun is, or before the word for month: "Mars" in
        # French is the planet, "Temmuz ayında" is in July)
        (
            "loc_month",
            compiled(
                rf"{_NOT_AFTER_A_LETTER}(?P<month>{alternation(conv.month_words - _ALSO_A_COMMON_WORD.get(lang, frozenset()))}"
                rf"|(?i:{alternation(conv.month_words)})(?=\s+(?i:{re.escape(_month_noun(lang))})))(?!\w)",
                re.IGNORECASE if conv.capitalises_nouns or _capitalises_months(lang) else 0,
            ),
        ),
        # also opening a compound ("Sonntagmorgen"), but not a longer word ("Montage"); under
        # a case ending too (Hungarian "kedden", "csütörtökön")
        (
            "loc_weekday",
            compiled(
                rf"(?P<weekday>{alternation(conv.weekdays)})"
                if lang in UNSPACED  # Thai "เมื่อวันพุธ": no space around a word
                else rf"(?<![\w\u200c])(?P<weekday>{alternation(conv.weekdays)})(?:\w{{{2 if lang in CASE_ENDINGS else 3},}})?(?!\w)",
                re.IGNORECASE,
            ),
        ),
    ] + ([("loc_relative", _locale_relatives(lang)[0])] if relative_dates(lang) else [])


def _capitalises_months(lang: str) -> bool:
    """Whether the language writes its months capitalised (Swahili "Desemba", Indonesian
    "Maret"): one standing alone is then a month, not a name. Not Turkish, whose months are
    also given names ("Nisan", "Ekim"): a month alone there is read before "ayında"."""
    from babel.dates import get_month_names

    return lang != "tr" and all(name[:1].isupper() for name in get_month_names("wide", "format", lang).values())


def _month_before_day(lang: str) -> bool:
    """Whether the language writes the month before the day (Hungarian "2026. március
    4-én", its day under a case ending; Lithuanian "2026 m. kovo 4 d.", the year's and
    the day's abbreviations after them)."""
    from babel.dates import get_date_format

    pattern = get_date_format("long", locale=lang).pattern
    return lang in _PRESS_WRITES_MONTH_FIRST or pattern.find("M") < pattern.find("d")


_PRESS_WRITES_MONTH_FIRST = frozenset({"sw"})
"""Languages whose press writes the month before the day as often as CLDR's day first
(East Africa's Swahili press: "Januari 10", "Machi 13")."""


_ALSO_A_COMMON_WORD = {"ro": frozenset({"mai"}), "tr": frozenset({"ocak", "ocakta", "ocakda", "ocakte", "ocakde"})}
"""Month names that are also a common word of the language, read as months only with a
day or a year, or before the word for month (Romanian "mai", May, is "more": "cea mai
mare", "nu am mai văzut"; Turkish "ocak", January, is a mine: "ocakta 46 işçi vardı")."""


@lru_cache(maxsize=32)
def _locale_relatives(lang: str) -> tuple[re.Pattern[str], list[tuple[str, int]]]:
    """One pattern for a language's relative dates ("gestern", "im nächsten Jahr", "в
    прошлом году"), each phrase a group ``r<i>`` whose (unit, step) is the list's i-th."""
    phrases = sorted(relative_dates(lang).items(), key=lambda item: (-len(item[0]), item[0]))
    alternatives = "|".join(f"(?P<r{i}>{_phrase_pattern(p)})" for i, (p, _) in enumerate(phrases))
    # (the vowel signs of Indic scripts are no \w: "कल", tomorrow, opens "कलेक्टर", collector)
    return compiled(rf"(?<![\w\u0900-\u0dff])(?:{alternatives})(?![\w\u0900-\u0dff])", re.IGNORECASE), [v for _, v in phrases]


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


def _twelve_hour(value: str) -> tuple[int, str]:
    hour, minute = value.removeprefix("time ").split(" ")[0].removesuffix("/12h").split(":")
    return int(hour) % 12, minute


def one_clock(a: Fact, b: Fact) -> bool:
    """A time given in a place's zone ("pukul 14.32 WITA", 日本時間) and the same clock time
    with no zone ("2:32 p.m. local time"): one time, the zone's time the place's own. Not
    GMT or UTC against a time with no zone, which may be any place's."""
    for x, y in ((a, b), (b, a)):
        if x.zone in _UTC_OFFSETS and x.zone not in ("GMT", "UTC") and time_zone(x.value) == "UTC" and y.value.startswith("time ") and not time_zone(y.value):
            local = _shifted(x.value, _UTC_OFFSETS[x.zone])
            if local == y.value or ("/12h" in y.value and _twelve_hour(local) == _twelve_hour(y.value)):
                return True
    return False


def time_zone(time: str) -> str:
    """The zone a time value is given in ("time 18:17 UTC"), "" for the place's own."""
    return time.removeprefix("time ").partition(" ")[2]


_LINKING_S = frozenset({"de", "nl"})
"""Languages that join a weekday to a noun with an "s" to name a kind of thing, not a day:
"Sonntagsfrage" (the pollsters' voting-intention question), "zondagsrust"."""
_NOT_READ_EVERYWHERE = frozenset({"relative", "zh_rel", "loc_relative"})
"""Date patterns not every language has, or not in every wording (relative dates): another
language's "l'an prochain" cannot be checked against them. (A month alone is read in
every language CLDR names months in: "in March", "en mars", "de marzo".)"""
FULL_DATE = compiled(r"^\d{4}-\d\d-\d\d$")
_UNRESOLVED = compiled(r"^[+-]\d+ (?:day|week|month|year)$")


def date_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith("time ") or b.startswith("time "):
        # a clock time said without am/pm matches either half of the day
        x, y = (a, b) if "/12h" in a else (b, a)
        return (
            "/12h" in x and y.startswith("time ") and _twelve_hour(x) == _twelve_hour(y) and time_zone(x) == time_zone(y)
        )
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
        if x.lower() in WEEKDAYS:
            if len(y) == 10 and y[4] == "-":
                try:
                    return dt.date.fromisoformat(y).weekday() == WEEKDAYS.index(x.lower())
                except ValueError:
                    return False
            # A weekday against a day with no year cannot be checked (against a month, a
            # month's day is no day: "Sunday … from October" / "domingo … noviembre").
            return y.startswith("--") and len(y) != 4
        if len(x) == 4 and x.isdigit() and y.startswith(x + "-"):
            return True
        if x.startswith("season ") and y[:4].isdigit() and (len(y) == 4 or y[4] == "-"):
            return y[:4] in x[7:].split("/")  # a season of two years holds each: 2025/26, 2025
        if x.startswith("half ") and y.startswith("quarter "):
            return (int(y[-1]) + 1) // 2 == int(x[-1])  # the third quarter is in the second half
        if len(x) == 7 and y.startswith(x + "-"):
            return True
    return False


def a_week_apart(a: Fact, b: Fact) -> bool:
    """Two dates a week apart, one of them a weekday named alone (see ``Fact.any_week``),
    or a year apart, one of them given without its year (``Fact.any_year``)."""
    if (a.any_year or b.any_year) and _MONTH_DATE.match(a.value) and _MONTH_DATE.match(b.value):
        return a.value[4:] == b.value[4:] and abs(int(a.value[:4]) - int(b.value[:4])) == 1
    if not (a.any_week or b.any_week) or not (FULL_DATE.match(a.value) and FULL_DATE.match(b.value)):
        return False
    return abs((dt.date.fromisoformat(a.value) - dt.date.fromisoformat(b.value)).days) == 7


_MONTH_DATE = compiled(r"\d{4}-\d\d(?:-\d\d)?$")
_MONTH_KINDS = frozenset({"dm", "mdy", "dmy", "month", "loc_dmy", "loc_ymd", "loc_month", "zh"})
"""Patterns that read a month, maybe with its day, and maybe without the year."""


_FIRST_DAY = compiled(
    r"(?<![\d.,])(?P<day>\d{1,2})\.?\s*(?:[-–—/]|(?i:to|and|through|e|ed|y|et|au|op|auf\s+den|bis(?:\s+zum)?|und|a|al|i|och|og|til|ja|до|по|и|do|ile|hingga|sampai|đến|से|থেকে|en|tot(?:\s+en\s+met)?))"
    r"\s*(?:(?i:il|el|le|den|dem|the|de|del|o|la|lo)\s+)?$"
)
_LAST_DAY = compiled(r"^\s*(?:[-–—]|(?i:to|through|until|till)|(?P<and>(?i:and)))\s*(?P<day>\d{1,2})(?![\d.,:]?\d)(?!\s*%)")
_BETWEEN = compiled(r"(?i:(?<![^\W\d_])between)\s+$")
"""... where "and" closes the range only after "between" ("between May 26 and 29"; not "on
May 26 and 29 others were hurt")."""
_RANGE_DAYS = 14
"""The most days a range of two days of one month spans ("14 to 15 October"): beyond it,
"12 and 15 people" after a date is no second day."""


def _range_days(scan: str, start: int, end: int, value: str | None) -> list[tuple[str, int, int]]:
    """The other day of a range of days whose one end is the date ``value`` at
    ``scan[start:end]``: "tra il 14 e il 15 ottobre", "dans la nuit du 14 au 15 octobre",
    "October 14 to 15". (value, start, end) for it; the night of the 14th to the 15th
    also holds the 14th, which another account calls Tuesday."""
    month = _ISO_MONTH.fullmatch(value or "")
    if month and (m := _FIRST_MONTH.search(scan, max(0, start - 6), start)) and 0 < int(m[1]) < int(month[2]):
        return [(f"{month[1]}-{int(m[1]):02d}", *m.span(1))]  # "7～9月期": July to September
    if month and (m := _FIRST_MONTH_NAME.search(scan, max(0, start - 12), start)):
        first = MONTHS[m[1].lower()]
        return [(f"{month[1]}-{first:02d}", *m.span(1))] if first < int(month[2]) else []  # "July-September"
    full = _ISO_DAY.fullmatch(value or "")
    if not full:
        return []
    day = int(full["day"])
    found = []
    if (m := _FIRST_DAY.search(scan, max(0, start - 30), start)) and 0 < day - int(m["day"]) <= _RANGE_DAYS:
        found.append((f"{full['month_of']}-{int(m['day']):02d}", *m.span("day")))
    if (
        (m := _LAST_DAY.match(scan[end : end + 20]))
        and (not m["and"] or _BETWEEN.search(scan, max(0, start - 12), start))
        and 0 < int(m["day"]) - day <= _RANGE_DAYS
        and int(m["day"]) <= 31
    ):
        found.append((f"{full['month_of']}-{int(m['day']):02d}", end + m.start("day"), end + m.end("day")))
    return found


_SHORT_NEXT_YEAR = compiled(r"[-–/](?P<yy>\d\d)(?![\d.,]?\d)")
_ISO_MONTH = compiled(r"(\d{4}|-)-(\d\d)")
_FIRST_MONTH = compiled(r"(?<!\d)(\d{1,2})\s?(?:[～~〜－-]|至|到)\s?$")
"""The first month of a range the Japanese press writes "7～9月" (a quarter), the Chinese
"1至10月" (January to October)."""
_FIRST_MONTH_NAME = compiled(rf"(?<![^\W\d_])({_MONTH_NAMES})[-–—]$")
"""... and the English "July-September"."""
_ISO_DAY = compiled(r"(?P<month_of>\d{4}-\d\d|--\d\d)-(?P<day>\d\d)")


_NIGHT_BEFORE = compiled(r"(?<!\w)Nacht\s+(?:zum|auf\s+den|auf)\s+$")
"""German names a night by the day it leads into ("in der Nacht zum Mittwoch")."""
_WEEKDAY_KINDS = frozenset({"weekday", "zh_weekday", "loc_weekday"})
_BETWEEN_A_WEEKDAY_AND_ITS_DAY = compiled(r"[\s,，、(（)）]*(?:(?i:den|dem|le|el|il|the)\s+)?")


def _beside_a_day(scan: str, weekday: re.Match[str], days: list[tuple[int, int]]) -> bool:
    """Whether a date with its day comes right before or after ``weekday`` ("Thursday,
    October 30", "am Donnerstag, 30. Oktober", "jeudi 30 octobre", 10月30日（周四）): the
    weekday was read on its own as the Thursday nearest the publication, and a rewrite's
    same "Thursday, October 30" was a date conflict."""
    for start, end in days:
        if start >= weekday.end() and _BETWEEN_A_WEEKDAY_AND_ITS_DAY.fullmatch(scan, weekday.end(), start):
            return True
        if end <= weekday.start() and _BETWEEN_A_WEEKDAY_AND_ITS_DAY.fullmatch(scan, end, weekday.start()):
            return True
    return False


_DAY_IN_BRACKETS = compiled(r"\s?\(([0-3]?\d)(?:/([01]?\d))?\)")
"""The day of the month in brackets after a weekday, as Brazil's press gives it
("nesta quarta-feira (18)"), or the day and month, as Indonesia's does ("Selasa (10/3)")."""


def _day_near(published: dt.date | None, day: int, month: int | None = None) -> str | None:
    """The date of that day of the month (and of that month, if given) nearest the
    publication date: within a fortnight, or with the month within half a year."""
    if published is None or not 1 <= day <= 31 or (month is not None and not 1 <= month <= 12):
        return None
    reach = 15 if month is None else 183
    near = [published + dt.timedelta(days=k) for k in range(-reach, reach + 1)]
    found = min(
        (d for d in near if d.day == day and month in (None, d.month)),
        key=lambda d: abs((d - published).days),
        default=None,
    )
    return found.isoformat() if found else None


_VI_RANKED = compiled(r"(?i:\b(?:lần|người|hạng|vị\s+trí|đợt|vòng|phiên|khóa|kỳ|cơn\s+bão|trận)\s+)$")
"""Vietnamese nouns that "thứ" ranks ("lần thứ ba", the third time; "cơn bão thứ năm", the
fifth storm): the words are then no weekday."""
_KANA = compiled(r"[\u3040-\u30ff]")
"""Hiragana or katakana: the text is Japanese, where some Chinese words mean otherwise."""


_SOLAR_HIJRI = compiled(
    rf"(?<!\d)(?P<day>[0-3]?\d)\s+(?P<month>{SOLAR_HIJRI_MONTH})(?:\s+(?:ماه\s+)?(?P<year>1[34]\d\d))?(?!\d)"
)
"""A date of Iran's solar calendar ("۳۰ خرداد ۱۴۰۵"), which its press gives: read as the
Gregorian day it is, so that another account's "June 20" agrees; without a year, the year
the publication's day falls in, or without that the Gregorian month and day alone."""


_HINDI_TIME = compiled(
    r"(?:(?P<part>सुबह|सवेरे|तड़के|दोपहर|शाम|रात|राति|बिहान|दिउँसो|बेलुका|साँझ)\s+)?(?:(?:करीब|लगभग|तकरीबन|करिब|झन्डै)\s+)?"
    r"(?:(?P<fraction>साढ़े|साढे|सवा|पौने)\s+)?(?<![\d:.])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d))?\s*बजे"
)
"""A time of day in Hindi or Nepali, the hour before बजे (o'clock), maybe after the part of
the day ("सुबह 10 बजे", 10 in the morning; "शाम 6:30 बजे", 18:30; Nepali "राति करिब ११ बजे",
about 23:00): no count of ten."""
_HINDI_LATER = {"दोपहर": 12, "शाम": 12, "रात": 12, "राति": 12, "दिउँसो": 12, "बेलुका": 12, "साँझ": 12}


def _scan_hindi_times(scan: str, claim: Claim) -> None:
    for m in _HINDI_TIME.finditer(scan):
        hour, minute = int(m["hour"]), int(m["minute"] or 0)
        if m["fraction"] and not m["minute"]:
            # "साढ़े तीन बजे" is half past three, "सवा" a quarter past, "पौने" a quarter to
            hour, minute = (hour - 1, 45) if m["fraction"] == "पौने" else (hour, 15 if m["fraction"] == "सवा" else 30)
        if hour > 23 or minute > 59:
            continue
        part = m["part"]
        if part in _HINDI_LATER and hour < 12 and not (part in ("रात", "राति") and hour < 5):
            hour += 12  # "रात 2 बजे" is two at night
        clock = part is not None or hour > 12
        value, zone = f"time {hour:02d}:{minute:02d}" + ("" if clock else "/12h"), ""
        if before := _ZONE_BEFORE.search(scan, max(0, m.start() - 30), m.start("hour")):
            zone = _zone_code(before)  # "भारतीय समयानुसार सुबह 11:45 बजे": India's time
            value = _in_utc(value, zone, 0)
        claim(DifferenceKind.DATE, value, m.start(), m.end(), zone=zone)


_SOLAR_YEAR_UNKNOWN = 1404
"""The solar year a day and month are read in where neither the text nor its publication
gives one (Iran's press mostly writes "۲۹ آبان" alone)."""


_TAGALOG_HOURS = {
    "una": 1, "dos": 2, "tres": 3, "kuwatro": 4, "kwatro": 4, "singko": 5, "sais": 6, "siyete": 7, "syete": 7,
    "otso": 8, "nuwebe": 9, "diyes": 10, "onse": 11, "dose": 12,
}
_TAGALOG_TIME = compiled(
    rf"(?<!\w)alas[- ](?P<hour>\d{{1,2}}|{'|'.join(_TAGALOG_HOURS)})(?:[:.](?P<minute>[0-5]\d))?(?!\w)"
    r"(?:\s+(?:ng|sa)\s+(?P<part>umaga|tanghali|hapon|gabi|madaling[- ]araw))?",
    re.IGNORECASE,
)
"""A time of day in Tagalog, the hour after "alas" (in digits or the Spanish words) and maybe
the part of the day ("alas-9:40 ng gabi", 21:40; "alas-otso ng umaga", 08:00): it was the
morning's 9:40 against another account's "9:40 p.m."."""


def _scan_tagalog_times(scan: str, claim: Claim) -> None:
    for m in _TAGALOG_TIME.finditer(scan):
        hour = int(m["hour"]) if m["hour"].isdigit() else _TAGALOG_HOURS[m["hour"].lower()]
        minute, part = int(m["minute"] or 0), (m["part"] or "").lower()
        if hour > 23:
            continue
        if part in ("hapon", "gabi") and hour < 12 and not (part == "gabi" and hour < 4):
            hour += 12
        clock = bool(part) or hour > 12
        claim(DifferenceKind.DATE, f"time {hour:02d}:{minute:02d}" + ("" if clock else "/12h"), m.start(), m.end())


_SOLAR_MONTH_OR_YEAR = compiled(
    rf"(?:(?P<month>{SOLAR_HIJRI_MONTH})(?:\u200c?\s?ماه)?|سال)\s+(?P<year>1[34]\d\d)(?!\d)"
)
"""A solar month and year without the day ("دی‌ماه ۱۴۰۳", Dey 1403) or a solar year ("سال
۱۴۰۳"): read as the Gregorian years they fall in, no number 1403."""


def _scan_solar_hijri(scan: str, claim: Claim, published: dt.date | None) -> None:
    for m in _SOLAR_HIJRI.finditer(scan):
        month, day = SOLAR_HIJRI_MONTHS.index(m["month"]) + 1, int(m["day"])
        if not 1 <= day <= 31:
            continue
        if m["year"]:
            claim(DifferenceKind.DATE, solar_hijri_to_gregorian(int(m["year"]), month, day).isoformat(), m.start(), m.end())
        elif published is not None:
            year = published.year - 621 - (published < solar_hijri_to_gregorian(published.year - 621, 1, 1))
            claim(DifferenceKind.DATE, solar_hijri_to_gregorian(year, month, day).isoformat(), m.start(), m.end())
        else:  # no year anywhere: the Gregorian month and day, which a year shifts by one at most
            claim(DifferenceKind.DATE, solar_hijri_to_gregorian(_SOLAR_YEAR_UNKNOWN, month, day).strftime("--%m-%d"), m.start(), m.end())
    for m in _SOLAR_MONTH_OR_YEAR.finditer(scan):
        year = int(m["year"])
        if m["month"]:
            month = SOLAR_HIJRI_MONTHS.index(m["month"]) + 1
            first, last = solar_hijri_to_gregorian(year, month, 1), solar_hijri_to_gregorian(year, month, 29)
        else:
            first, last = solar_hijri_to_gregorian(year, 1, 1), solar_hijri_to_gregorian(year + 1, 1, 1) - _A_DAY
        claim(DifferenceKind.DATE, _gregorian_span(first, last), m.start(), m.end())


_A_DAY = dt.timedelta(days=1)


def _gregorian_span(first: dt.date, last: dt.date) -> str:
    """A span of days of another calendar as the Gregorian month it falls in, or its year,
    or the two years it straddles (a season: "season 2024/2025")."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year}-{first.month:02d}"
    return str(first.year) if first.year == last.year else f"season {first.year}/{last.year}"


_ETHIOPIAN = compiled(rf"{ETHIOPIAN_DATE}(?P<era>{ETHIOPIAN_ERA})?")
_ETHIOPIAN_YEAR = compiled(rf"(?<!\d)(?P<year>[12]\d{{3}}){ETHIOPIAN_ERA}")
_ETHIOPIAN_YEAR_UNKNOWN = 2018
"""The Ethiopian year a day and month are read in where neither the text nor its
publication gives one."""


def _scan_ethiopian(scan: str, claim: Claim, published: dt.date | None) -> None:
    """Dates of Ethiopia's calendar, which the Amharic press gives ("ሰኔ 1 ቀን 2018 ዓ.ም." is
    8 June 2026): read as the Gregorian day, so that another account's "June 8, 2026" agrees
    and its 2018 is no year of its own; a year with its era alone ("በ2013 ዓ.ም.") is the two
    Gregorian years it straddles (September 2020 to September 2021)."""
    for m in _ETHIOPIAN.finditer(scan):
        if m["year"] or published is not None:
            year = int(m["year"]) if m["year"] else ethiopian_year_of(published)  # type: ignore[arg-type]
            if day := ethiopian_day(m["month"], int(m["day"]), year):
                claim(DifferenceKind.DATE, day.isoformat(), m.start(), m.end())
        elif day := ethiopian_day(m["month"], int(m["day"]), _ETHIOPIAN_YEAR_UNKNOWN):
            # no year anywhere: the Gregorian month and day, which a year shifts by one at most
            claim(DifferenceKind.DATE, day.strftime("--%m-%d"), m.start(), m.end())
    for m in _ETHIOPIAN_YEAR.finditer(scan):
        year = int(m["year"])
        first, last = ethiopian_to_gregorian(year, 1, 1), ethiopian_to_gregorian(year + 1, 1, 1) - _A_DAY
        claim(DifferenceKind.DATE, _gregorian_span(first, last), m.start(), m.end())


_HIJRI = compiled(
    rf"(?<!\d)(?:(?P<day>[0-3]?\d)\s+)?(?P<month>{HIJRI_MONTH})\s+(?P<year>1[34]\d\d)(?!\d)(?:\s?هـ)?"
    r"|(?<!\d)(?P<year_alone>1[34]\d\d)\s?هـ"
)
_MOON_SIGHTING_DAYS = 2
"""How many days a lunar hijri date of the arithmetic calendar may stray from the one a
country's sighting of the moon gives."""


def _scan_hijri(scan: str, claim: Claim) -> None:
    """Lunar hijri dates, which Gulf papers give beside the Gregorian one ("١١ جمادى
    الآخرة ١٤٤٧هـ الموافق ٢ ديسمبر"): the Gregorian month they fall in, or the year or two
    years where the days they may be (``_MOON_SIGHTING_DAYS``) cross a month's end; no
    numbers 11 and 1447."""
    for m in _HIJRI.finditer(scan):
        if m["year_alone"]:
            year = int(m["year_alone"])
            first, last = hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year, 12, 29)
        elif m["day"]:
            if not 1 <= int(m["day"]) <= 30:
                continue
            day = hijri_to_gregorian(int(m["year"]), hijri_month(m["month"]), int(m["day"]))
            first, last = day - dt.timedelta(days=_MOON_SIGHTING_DAYS), day + dt.timedelta(days=_MOON_SIGHTING_DAYS)
        else:
            month = hijri_month(m["month"])
            first, last = hijri_to_gregorian(int(m["year"]), month, 1), hijri_to_gregorian(int(m["year"]), month, 29)
        claim(DifferenceKind.DATE, _gregorian_span(first, last), m.start(), m.end())


_ERA_YEAR = compiled(
    r"(?P<era>令和|平成|昭和|民国|民國)(?P<year>\d{1,3}|元)年(?:(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?)?"
)
"""A year of Japan's era or of the Republic of China's calendar ("令和8年" is 2026, Taiwan's
"民國115年8月1日" 1 August 2026): no number 8 or 115 the other accounts lacked."""
_ERA_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925, "民国": 1911, "民國": 1911}


_SAME_ERA_YEAR = compiled(r"(?<![\d年])(?P<year>\d{1,3})年(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?")
"""... and a later date of the sentence in the same era, its name left out ("自民國115年8月1日起
至118年12月31日止")."""


def _scan_era_years(scan: str, claim: Claim) -> None:
    found = list(_ERA_YEAR.finditer(scan))
    if found:
        era = found[-1]["era"]
        found += [m for m in _SAME_ERA_YEAR.finditer(scan, found[0].end())]
    for m in found:
        base = _ERA_BASE[m.groupdict().get("era") or era]
        year = base + (1 if m["year"] == "元" else int(m["year"]))
        try:
            if m["day"]:
                value = dt.date(year, int(m["month"]), int(m["day"])).isoformat()
            elif m["month"]:
                value = f"{year}-{int(m['month']):02d}" if 1 <= int(m["month"]) <= 12 else str(year)
            else:
                value = str(year)
        except ValueError:
            value = str(year)
        claim(DifferenceKind.DATE, value, m.start(), m.end())


_SEASON = compiled(r"(?<![\d/.,-])(?P<first>(?:19|20)\d\d)\s?[-/–]\s?(?P<second>\d\d|(?:19|20)\d\d)(?![\d/-]|[.,]\d|\s*%)")
"""A season or a marketing year of two years ("2025-26", "2025/26", "сезон 2025/2026"): one
span, not a year and a day ("2025-26 July-June" was 26 July)."""


def _scan_seasons(scan: str, claim: Claim) -> None:
    for m in _SEASON.finditer(scan):
        first, second = int(m["first"]), int(m["second"])
        if second % 100 == (first + 1) % 100:
            claim(DifferenceKind.DATE, f"season {first}/{first + 1}", m.start(), m.end())


_DAY_CUE = compiled(r"(?:(?<![^\W\d_])(?i:am|vom|zum|bis|ab|seit|den|dne|dnia|til|fra|tot|op)\s+|[(–-]\s*)$")
"""A word that says a day follows ("am 7.1.", "bis 12.3."): a day and month in digits
that end a sentence are a date only after one (else mostly a decimal, "magnitud 7.1.")."""


def scan_dates(scan: str, claim: Claim, *, published: dt.date | None, conv: Conventions | None) -> None:
    """Dates and times, the most specific facts, first after telephone numbers."""
    _scan_seasons(scan, claim)
    _scan_era_years(scan, claim)
    if conv and conv.lang == "fa":
        _scan_solar_hijri(scan, claim, published)
    if conv and conv.lang == "am":
        _scan_ethiopian(scan, claim, published)
    if conv and conv.lang == "ar":
        _scan_hijri(scan, claim)
    if conv and conv.lang in ("hi", "ur", "ne"):
        _scan_hindi_times(scan, claim)
    if conv and conv.lang in ("tl", "fil"):
        _scan_tagalog_times(scan, claim)
    titles = [t.span() for pattern in (_ZH_TITLE_MARKS, _QUOTED_TITLE) for t in pattern.finditer(scan)]
    date_patterns = (_locale_dates(conv.lang) if conv else []) + _DATE_PATTERNS
    found = [(kind, m) for kind, pattern in date_patterns for m in pattern.finditer(scan)]
    days = [m.span() for kind, m in found if kind not in _WEEKDAY_KINDS and m.groupdict().get("day")]
    for kind, m in found:
        if kind == "weekday" and _names_something(scan, m):
            continue
        if kind == "mdy" and _IN_A_NAME.search(scan, max(0, m.start() - 20), m.start()):
            continue  # "a Long March 5 rocket": a name's month, no date
        if kind in _WEEKDAY_KINDS and _beside_a_day(scan, m, days):
            continue  # "Thursday, October 30", 10月30日（周四）: the date says which Thursday
        if kind == "relative" and YEAR_AGO.fullmatch(m.group()) and not _COMPARED_WITH.search(scan, max(0, m.start() - 40), m.start()):
            continue  # "a year earlier" beside no figure: a story's past, not the year-ago comparison
        if kind == "relative" and scan[max(0, m.start() - 4) : m.start()].lower() == "the ":
            continue  # "over the next month" is a stretch of time, not next month
        if kind == "loc_relative" and conv and _is_morning(scan, m, conv):
            continue
        if kind == "loc_relative" and conv and conv.lang == "hu" and m.group().lower().startswith("az ") and not scan[: m.start()].lower().endswith("ez "):
            continue  # "az év második felében": the year's second half; "ez az év" is this year
        if kind == "dotted" and not m["year"] and not scan[m.end() :].strip() and not _DAY_CUE.search(scan, 0, m.start()):
            continue  # "magnitud … en 7.1.", "terbesar 4,1.": a decimal that ends the sentence
        if kind == "zh" and not m["year"] and _TERM_BEFORE.search(scan, max(0, m.start() - 12), m.start()):
            continue  # 懲役2年6月: two years and six months in prison, no June
        if kind == "zh_day_before" and _KANA.search(scan):
            continue  # Japanese 3日前: three days ago
        if kind == "loc_weekday" and conv and conv.lang == "vi" and _VI_RANKED.search(scan, max(0, m.start() - 12), m.start()):
            continue  # "lần thứ ba", the third time: a rank, no Tuesday
        if kind == "loc_month" and conv and _the_month_again(scan, m, conv):
            continue  # "14 أغسطس آب": the Levant's name of the month after Egypt's, one date
        if kind == "loc_weekday" and conv and conv.lang in _LINKING_S and m.end() > m.end("weekday") + 1 and scan[m.end("weekday")] == "s":
            continue  # "Sonntagsfrage", "Montagsdemo": a kind of thing, no day ("Sonntagabend" is one)
        if kind == "loc_weekday" and conv and _a_names_weekday(scan, m, conv):
            continue  # "Santo Domingo", "Plácido Domingo": a name, where weekdays are written small
        if any(a <= m.start() < b for a, b in titles):
            continue  # 《星期日镜报》 is the Sunday Mirror
        start, end = m.span("month") if kind == "month" else m.span()
        if kind in {"loc_dmy", "loc_my"} and conv and scan[end - 1] == "." and m["month"].lower() in conv.month_words:
            end -= 1  # the full stop of the sentence, not an abbreviation's ("21 settembre.")
        if kind == "year" and conv and conv.capitalises_nouns and _NOUN_AFTER.match(scan, end):
            continue  # "2000 Menschen": German capitalises the noun a count counts
        any_week = kind in {"loc_weekday", "zh_weekday"} or (kind == "weekday" and not m["rel"])
        lang = conv.lang if conv else ("ko" if m["kowd"] else "ja" if m["jawd"] else "zh") if kind == "zh_weekday" else None
        ahead = any_week and _in_the_future(scan, start, lang, end)
        value = _resolve_date(kind, m, published, conv, ahead=ahead)
        zone = ""
        if value and value.startswith("time "):
            if part := _PART_OF_DAY_AFTER.match(scan, end):
                value, end = _in_part_of_day(value, part), part.end()
            if after := _ZONE_AFTER.match(scan, end):
                zone, end = _zone_code(after), after.end()
                value = _in_utc(value, zone, int(after["offset"] or 0))
            elif before := _ZONE_BEFORE.search(scan, max(0, start - 16), start):
                zone = _zone_code(before)
                value = _in_utc(value, zone, 0)
        bracket = _DAY_IN_BRACKETS.match(scan, end) if any_week else None
        if bracket and (dated := _day_near(published, int(bracket[1]), int(bracket[2]) if bracket[2] else None)):
            value, end, any_week = dated, bracket.end(), False  # "nesta quarta-feira (18)": the 18th
        elif bracket and published is None and 1 <= int(bracket[1]) <= 31:
            # undated, the day (and month) it gives still says which: no stray number 18
            day, month = int(bracket[1]), int(bracket[2]) if bracket[2] else None
            value, end, any_week = f"--{month:02d}-{day:02d}" if month else f"---{day:02d}", bracket.end(), False
        maybe_count = (
            kind == "year"
            and not scan[end : end + 2].lstrip().startswith("年")
            and not (conv is None and _word_before(scan, start) in _BEFORE_A_YEAR)
        )
        any_year = published is not None and kind in _MONTH_KINDS and not m.groupdict().get("year")
        today = kind in _NOT_READ_EVERYWHERE and value in ("+0 day", published.isoformat() if published else None)
        if today and scan[end:].lstrip().startswith("("):
            continue  # "היום (ראשון)", today (Sunday): the Israeli press's bracket says which day
        claim(
            DifferenceKind.DATE, value, start, end, kind in _NOT_READ_EVERYWHERE, any_week, maybe_count,
            any_year=any_year, zone=zone, today=today,
        )
        for other_day, at, until in _range_days(scan, start, end, value):
            claim(DifferenceKind.DATE, other_day, at, until, any_year=any_year)
        if kind == "year" and value and (next_year := _SHORT_NEXT_YEAR.match(scan, end)) and (
            int(next_year["yy"]) == (int(value) + 1) % 100
        ):
            # a season or a fiscal year, "2024-25": the second year too, no count of 25
            claim(DifferenceKind.DATE, str(int(value) + 1), next_year.start("yy"), next_year.end())
        night = _NIGHT_BEFORE.search(scan, max(0, start - 20), start) if kind == "loc_weekday" else None
        if night and value and _ISO_DAY.fullmatch(value):
            # "in der Nacht zum Mittwoch" is Tuesday night: the Tuesday too, at "Nacht"
            eve = (dt.date.fromisoformat(value) - dt.timedelta(days=1)).isoformat()
            claim(DifferenceKind.DATE, eve, night.start(), night.start() + len("Nacht"), False, any_week)
