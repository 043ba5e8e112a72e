"""How a language writes numbers, dates and sentence openers, for reading facts in it.

The fact patterns (the ``facts`` package) were written for English and Chinese. Other languages write
the same facts differently: "5.000" and "5 000" are five thousand and "3,5" three and a
half in German and French; "20. März", "20 mars", "20 de marzo", "01.03.2022" are dates;
"1,2 Millionen Euro" is money; and a capitalised word opening a sentence ("Die", "La",
"Il") names nobody, while German capitalises every noun. Each :class:`Conventions` holds
what one language does, read from CLDR through babel (separators, month and weekday names,
date order, number words for thousand/million/billion, currency names) and from jusText's
stop lists (words that open sentences), so every language those cover is handled alike and
no language needs a list here. Words for yesterday, tomorrow, next week… (:func:`relative_dates`)
are CLDR's too, as dateparser ships them.

English (and no language) gives None: the English patterns are the baseline. Chinese,
Japanese and Korean also give None: the fact patterns read their numerals and dates itself.

Rejected: dateparser's ``search_dates`` (misfires on ordinary words, see ``facts``);
hand-written month and multiplier tables per language (CLDR already has them, for more
languages than we could write).
"""

from __future__ import annotations

import ast
import dataclasses
import importlib.util
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..patterns import compiled
from .words import CYRILLIC

if TYPE_CHECKING:
    from babel import Locale

NOUN_CAPITALISING = frozenset({"de", "lb", "gsw", "nds"})
"""Languages that capitalise every noun (German and its kin): a capitalised word there is
no sign of a name."""
TONE_MARKING = frozenset({"vi"})
"""Languages whose accents tell one word from another (Vietnamese "Chủ", chairman, is not
the town Chũ): a word there is a city's name only with the city's own marks."""
_BASELINE = frozenset({"en", "zh", "ja", "ko", "yue", "wuu"})
CURRENCIES = (
    "EUR", "USD", "GBP", "CHF", "CNY", "JPY", "RUB", "INR", "CAD", "AUD", "PLN", "CZK", "HUF", "RON", "SEK", "NOK",
    "DKK", "TRY", "UAH", "KRW", "BRL", "MXN", "VND", "IDR", "ZAR", "HKD", "SGD", "TWD", "NZD", "THB", "ILS",
    "SAR", "AED", "NGN", "COP", "ARS", "CLP", "KES", "TZS", "UGX", "ETB", "GHS", "XOF", "XAF", "MZN", "AOA",
    "EGP", "MAD", "MYR", "PHP", "BDT", "PKR", "NPR", "LKR", "QAR", "OMR", "KWD", "BHD", "JOD", "IQD", "IRR",
)
"""Currencies whose local names are read after a number ("1,2 Millionen Euro")."""
_UNITS = {
    "concentr-percent": "%",
    "length-kilometer": "km",
    "length-meter": "m",
    "length-centimeter": "cm",
    "length-millimeter": "mm",
    "length-mile": "mi",
    "length-nautical-mile": "nmi",
    "length-foot": "ft",
    "speed-kilometer-per-hour": "km/h",
    "speed-mile-per-hour": "mph",
    "speed-knot": "kn",
    "mass-kilogram": "kg",
    "mass-tonne": "t",
    "mass-milligram": "mg",
    "mass-microgram": "µg",
    "area-hectare": "ha",
    "area-acre": "ac",
    "area-square-kilometer": "km²",
    "area-square-mile": "mi²",
    "area-square-meter": "m²",
    "area-square-foot": "ft²",
    "volume-cubic-meter": "m³",
    "volume-liter": "l",
    "volume-gallon": "gal",
    "temperature-celsius": "°C",
    "temperature-fahrenheit": "°F",
    "power-kilowatt": "kW",
    "power-megawatt": "MW",
    "power-gigawatt": "GW",
    "energy-kilowatt-hour": "kWh",
    "duration-second": "s",
}
"""CLDR units read after a number, and the symbol the fact patterns give each."""
_NAMED_IN_FULL = frozenset({"area-hectare", "area-acre", "volume-liter", "duration-second"})
"""Units read by their names only: their symbols are words ("Nel 2019 ha vinto": Italian
"has", not hectares; French "à 3 l'heure")."""
_SPACES = " \u00a0\u202f"
_LATIN = compiled(r"[A-Za-zÀ-ɏ]")


@dataclass(frozen=True)
class Conventions:
    """What one language writes differently from English."""

    lang: str
    decimal: str
    """Decimal separator ("," in most of Europe)."""
    groups: str
    """Characters that group thousands ("." in German, spaces in French, "’" in Swiss)."""
    months: dict[str, int]
    """Month names and abbreviations, lower case, in all grammatical forms CLDR gives."""
    month_words: frozenset[str]
    """The full month names among them (no abbreviation: "sept" is also French for seven)."""
    weekdays: dict[str, int]
    """Weekday names, lower case -> 0 (Monday) … 6."""
    day_first: bool
    """The short date puts the day first (01/03/2022 is 1 March)."""
    multipliers: dict[str, int]
    """Number words after a number: "millions" -> 1e6, "Mio." -> 1e6."""
    short_multipliers: dict[str, int]
    """Letters that multiply only before a currency ("1,2 M€"; "5 m" alone is metres)."""
    currencies: dict[str, str]
    """Currency names and symbols, lower case -> ISO code ("euros" -> EUR, "€" -> EUR)."""
    units: dict[str, str]
    """Unit names and symbols, lower case -> the unit the fact patterns write ("Prozent" -> "%")."""
    openers: frozenset[str]
    """Common words, lower case (jusText's stop list): no name on their own."""
    currency_signs_before: dict[str, str] = field(default_factory=dict)
    """Currency signs written before the number where the locale's currency format opens
    with the sign, lower case -> ISO code (Brazilian "R$ 5 bilhões", "Rp 15 miliar")."""
    units_before: dict[str, str] = field(default_factory=dict)
    """Unit names and signs written before the number, lower case -> unit (Turkish "yüzde
    40", "%40")."""
    multipliers_before: dict[str, int] = field(default_factory=dict)
    """Number words written before the number, where the language puts them first
    (Swahili "watu milioni 2", two million people; Hausa "naira biliyan 3")."""

    @property
    def capitalises_nouns(self) -> bool:
        return self.lang in NOUN_CAPITALISING

    @property
    def marks_tell_words(self) -> bool:
        return self.lang in TONE_MARKING

    @property
    def number_pattern(self) -> re.Pattern[str]:
        return _number_pattern(self.decimal, self.groups)

    def with_point_decimals(self) -> Conventions:
        """These conventions for a text that writes numbers the English way (es-MX)."""
        return dataclasses.replace(self, decimal=".", groups=_SPACES + ",")

    def as_english_numbers(self, text: str) -> str:
        """``text`` with its numbers written the English way, character for character
        ("3,5" -> "3.5", "5.000" -> "5,000", "5 000" -> "5,000"), so offsets hold. The
        Arabic decimal and group signs are read so in every language, and Arabic-Indic,
        Persian, Devanagari and Bengali digits are digits ("٦٫٢" -> "6.2", "٢٠٢٣" -> "2023",
        so a year is a year; "१९ सितंबर" a date)."""
        if self.lang == "fa":  # the Iranian press writes 38.7 as ۳۸/۷
            text = _PERSIAN_SLASH_DECIMAL.sub(r"\1.\2", text)
        if self.lang == "th":  # a year of the Buddhist era after ปี, พ.ศ. or a month: 2569 is 2026
            text = _BUDDHIST_YEAR.sub(lambda m: m[1] + str(int(m[2]) - 543), text)
        text = _ARABIC_SEPARATORS.sub(lambda m: "." if m.group() == "٫" else ",", text).translate(_EASTERN_DIGITS)
        if self.decimal != ",":
            return text
        table = str.maketrans({",": ".", **{g: "," for g in self.groups}})
        return self.number_pattern.sub(lambda m: m.group().translate(table), text)


_BUDDHIST_YEAR = compiled(r"((?:(?<=ปี)|(?<=พ\.ศ\.)|(?<=[ก-ฮ]\.[ก-ฮ]\.)|(?<=คม)|(?<=ยน)|(?<=พันธ์))\s?)(2[45]\d\d)(?!\d)")
_ARABIC_SEPARATORS = compiled(r"(?<=\d)[٫٬](?=\d)")
_PERSIAN_SLASH_DECIMAL = compiled(r"(?<![/۰-۹])([۰-۹]+)/([۰-۹]+)(?![/۰-۹])")
"""A slash between Persian digits, not in a date of three parts (۱۴۰۴/۷/۲۲)."""
_POINT_DECIMALS = compiled(r"(?<![\d.,])\d+\.\d{1,2}\s?%|\d{1,3}(?:,\d{3}){2,}(?![\d.,]*\d)|\d,\d{3}\.\d{1,2}(?!\d)")
_COMMA_DECIMALS = compiled(r"(?<![\d.,])\d+,\d{1,2}\s?%|\d{1,3}(?:\.\d{3}){2,}(?![\d.,]*\d)|\d\.\d{3},\d{1,2}(?!\d)")


def writes_point_decimals(text: str) -> bool:
    """Whether a text in a language of decimal commas writes its numbers the English way, as
    Mexico's press does ("50.8%", "6,012,345", "1,200.5"): then "187,400" there is 187,400,
    not 187.4. Only shapes no other reading has count, and none the other way."""
    return bool(_POINT_DECIMALS.search(text)) and not _COMMA_DECIMALS.search(text)


_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९০১২৩৪৫৬৭৮৯", "0123456789" * 4)
"""Arabic-Indic, Persian, Devanagari and Bengali digits ("१९ सितंबर" is the 19th)."""


@lru_cache(maxsize=16)
def _number_pattern(decimal: str, groups: str) -> re.Pattern[str]:
    g, d = re.escape(groups), re.escape(decimal)
    return compiled(rf"(?<![\d.,])(?:\d{{1,3}}(?:[{g}]\d{{3}})+(?:{d}\d+)?|\d+{d}\d+)(?![\d])")


_RATE_STEPS = {
    "es": {"puntos porcentuales": "pp", "punto porcentual": "pp", "puntos base": "bp", "puntos básicos": "bp", "p.p.": "pp"},
    "pt": {"pontos percentuais": "pp", "ponto percentual": "pp", "pontos-base": "bp", "pontos base": "bp",
           "pontos-básicos": "bp", "pontos básicos": "bp", "p.p.": "pp", "ponto": "pp"},
    "fr": {"points de pourcentage": "pp", "point de pourcentage": "pp", "points de base": "bp", "point de base": "bp"},
    "it": {"punti percentuali": "pp", "punto percentuale": "pp", "punti base": "bp"},
    "de": {"prozentpunkte": "pp", "prozentpunkten": "pp", "prozentpunkt": "pp", "basispunkte": "bp",
           "basispunkten": "bp", "basispunkt": "bp", "%-punkte": "pp", "%-punkten": "pp", "%-punkt": "pp", "pp.": "pp"},
    "nl": {"procentpunt": "pp", "procentpunten": "pp", "basispunten": "bp", "basispunt": "bp"},
    # Turkish endings: "850 baz puana çıkardı" (dative), "baz puanlık" (of), "baz puanla" (with)
    "tr": {"baz puan": "bp", "baz puanlık": "bp", "baz puana": "bp", "baz puanla": "bp", "baz puanı": "bp",
           "yüzde puan": "pp", "yüzde puanlık": "pp", "yüzde puana": "pp"},
    "pl": {"punktów bazowych": "bp", "punkty bazowe": "bp", "pkt bazowych": "bp", "punktu procentowego": "pp", "punkty procentowe": "pp", "punktów procentowych": "pp"},
    "ru": {"базисных пунктов": "bp", "базисных пункта": "bp", "б.п.": "bp", "процентного пункта": "pp", "процентных пункта": "pp", "процентных пунктов": "pp", "п.п.": "pp"},
}
"""A central bank's steps, which CLDR has no unit for: percentage points and basis points
("0,25 ponto percentual", "50 puntos base"), compared with each other as English's are.
Brazil's press writes a step of a fraction as "ponto" alone ("corte de 0,25 ponto"), a
unit only after a fraction (``FRACTION_ONLY_UNITS``: "a 1 ponto do líder" is a score)."""
FRACTION_ONLY_UNITS = frozenset({"ponto"})
_PRESS_UNITS = {
    "pl": {"proc.": "%", "proc": "%", "pkt proc.": "pp", "p.p.": "pp"},
    "cs": {"proc.": "%", "p. b.": "pp", "p.b.": "pp"},
    "vi": {"tấn": "t"},
    "ta": {"கி.மீ.": "km", "கி.மீ": "km", "செ.மீ.": "cm", "செ.மீ": "cm", "மி.மீ.": "mm", "மி.மீ": "mm"},
    # a temperature in degrees alone is Celsius in these languages' press ("46,2 grados");
    # an index's points ("18.432,55 Punkte") are its unit, no percentage
    # (and the kilogram is "kilos", "quilos", "chili", "Kilo" in the press: "1,2 million de kilos")
    "es": {"grados": "°C", "puntos": "pt", "kilos": "kg", "kilo": "kg"},
    "pt": {"graus": "°C", "pontos": "pt", "quilos": "kg", "quilo": "kg"},
    "fr": {"degrés": "°C", "points": "pt", "kilos": "kg", "kilo": "kg"},
    "it": {"gradi": "°C", "punti": "pt", "chili": "kg", "chilo": "kg"},
    "de": {"grad": "°C", "stundenkilometer": "km/h", "stundenkilometern": "km/h", "punkte": "pt", "punkten": "pt",
           "zähler": "pt", "kilo": "kg"},
    "nl": {"kilo": "kg"},
    "bg": {"км": "km", "кг": "kg", "км/ч": "km/h"},
    # the Arabic press's percent, with and without the hamza's seat ("بالمئة", "في المائة")
    "ar": {"بالمئة": "%", "في المئة": "%", "في المائة": "%", "بالمائة": "%"},
}
_PRESS_MULTIPLIERS = {
    "cs": {"mil.": 1_000_000, "mld.": 1_000_000_000},
    # Bosnian and Serbian text the identifier calls Croatian ("15 miliona KM", "2 hiljade")
    "hr": {"milion": 1_000_000, "miliona": 1_000_000, "hiljada": 1000, "hiljade": 1000},
    "el": {"εκατ.": 1_000_000},
    "nl": {"mrd": 1_000_000_000, "mrd.": 1_000_000_000},
    "fr": {"mds": 1_000_000_000},  # the plural of "Md" (milliard): "19,8 Mds€"
    "vi": {"ngàn": 1000, "ngàn tỷ": 1_000_000_000_000},
    # Tamil's lakh and crore, CLDR's thousand and millions only, and their accusative and
    # adverbial forms ("ரூ.9.8 லட்சம் கோடியை", "ரூ.500 கோடியாக")
    "ta": {
        f"{scale}{ending}": value
        for scale, value in (("கோடி", 10_000_000), ("லட்சம் கோடி", 10**12), ("லட்சம்", 100_000))
        for ending in ("", "யை", "யாக", "யில்", "க்கு")
    },
    # Bengali's other spelling of the lakh ("৪ লক্ষ", as West Bengal's press writes it)
    "bn": {"লক্ষ": 100_000},
    # Portugal's and Africa's Portuguese (CLDR gives these to pt_PT only; "bilhão" is Brazil's)
    "pt": {"mil milhões": 1_000_000_000, "bilião": 1_000_000_000_000, "biliões": 1_000_000_000_000},
    # Turkish case endings on "thousand", "million", "billion" ("53 binden fazla", more than 53,000)
    "tr": {
        f"{stem}{ending}": value
        for stem, value, endings in (
            ("bin", 1_000, ("den", "i", "in", "e", "lik", "lerce")),
            ("milyon", 1_000_000, ("dan", "u", "un", "a", "luk", "larca")),
            ("milyar", 1_000_000_000, ("dan", "ı", "ın", "a", "lık", "larca")),
        )
        for ending in endings
    },
    # Tagalog's linker joined to "million", "billion" before its noun ("P28.5 milyong halaga")
    **{lang: {"milyong": 1_000_000, "bilyong": 1_000_000_000, "libong": 1_000} for lang in ("tl", "fil")},
    # Arabic's plurals and accusatives ("٨ مليارات دولار", "١١ مليارًا"), and the trillion
    # as most of its press spells it (CLDR: "ترليون")
    "ar": {
        "مليارات": 1_000_000_000, "مليارا": 1_000_000_000, "مليارًا": 1_000_000_000, "مليونا": 1_000_000,
        "مليونًا": 1_000_000, "تريليون": 1_000_000_000_000, "تريليونات": 1_000_000_000_000,
    },
    # Latvian's cases of "million" and "billion" ("850 miljonus eiro")
    "lv": {"miljonus": 1_000_000, "miljoniem": 1_000_000, "miljardus": 1_000_000_000, "miljardiem": 1_000_000_000},
}
_SWISS_LANGUAGES = frozenset({"de", "fr", "it"})
_PRESS_SIGNS_BEFORE = {
    "tl": {"p": "PHP"}, "fil": {"p": "PHP"}, "sw": {"sh": "KES", "sh.": "KES"}, "ta": {"ரூ.": "INR", "ரூ": "INR"},
}
"""Currency signs the press writes before the number that CLDR does not give: the
Philippine press's "P150 milyon" (CLDR: ₱), East Africa's "Sh15 milioni" (shillings: Kenya's,
Tanzania's or Uganda's, ``amounts._SAME_SIGN``), Tamil's "ரூ.500 கோடி" (rupees). Malaysia's "RM2.5 bilion" is read in every
language (``amounts._SIGNS_BEFORE_EVERYWHERE``)."""
_PRESS_CURRENCIES = {
    "tr": {"dolar": "USD", "avro": "EUR", "sterlin": "GBP"},
    "fr": {"francs cfa": "XOF", "fcfa": "XOF", "f cfa": "XOF"},
    "pt": {"francos cfa": "XOF"},
    "th": {"บาท": "THB"},
    "ha": {"naira": "NGN", "dala": "USD", "dalar": "USD"},  # the press's short names (CLDR: "Nairar Najeriya")
    "hi": {"रुपये": "INR", "रुपए": "INR", "रु.": "INR"},  # the oblique plural ("2 करोड़ रुपये")
    # the Russian and Ukrainian press's short forms ("230 долл. за тонну", "9500 грн")
    "ru": {"долл.": "USD", "долл": "USD", "руб.": "RUB"},
    "uk": {"грн": "UAH", "грн.": "UAH", "дол.": "USD", "долл.": "USD"},
    # the Arabic accusative after a number ("80 دولارا", "5 ملايين دولار")
    "ar": {"دولارا": "USD", "دولاراً": "USD"},
}
"""Units, multipliers and currency names the press writes in forms CLDR does not give:
Polish "15,8 proc." (per cent), German "Stundenkilometer" (km/h), Bulgarian "км" (CLDR:
"km"), Greek "500 εκατ." (million), Dutch "€1,2 mrd", French "19,8 Mds€", Vietnamese "tấn" (CLDR: "tấn hệ
mét") and the southern "ngàn" (thousand, CLDR's "nghìn"), Turkish "10 milyar dolar"
(CLDR: "ABD doları"), "avro" and "53 binden fazla", Thai "บาท" (CLDR: "บาทไทย", Thai baht),
Portuguese "2,5 mil milhões" (a billion), West Africa's "4,5 milliards de francs CFA" (CLDR: "francs CFA (BCEAO)"), and
degrees alone ("44,8 grados", "40 Grad"), which in Europe's and Latin America's press are
Celsius."""


def _with_dotless(multipliers: dict[str, int]) -> dict[str, int]:
    """Abbreviations also without their full stop, as the press writes them ("€400 mln"
    where CLDR gives "mln.")."""
    return multipliers | {k.rstrip("."): v for k, v in multipliers.items() if k.endswith(".") and len(k) > 3}
_REGIONAL_MONTHS = {"ar": ("ar_SY",), "de": ("de_AT",)}
"""Regions whose month names a language's press writes too: the Levant's and Iraq's Arabic
months (شباط, تشرين الأول) beside Egypt's (فبراير, أكتوبر), often both ("أكتوبر/تشرين الأول");
Austria's "Jänner" beside "Januar"."""


@lru_cache(maxsize=32)
def conventions(lang: str | None) -> Conventions | None:
    """The conventions of ``lang`` (ISO 639-1), or None for English, CJK and unknown codes."""
    code = (lang or "").lower().replace("-", "_")
    if not code or code.split("_")[0] in _BASELINE:
        return None
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_date_format, get_day_names, get_month_names
    from babel.numbers import (
        get_currency_name,
        get_currency_symbol,
        get_decimal_symbol,
        get_group_symbol,
    )

    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None
    months: dict[str, int] = {}
    month_words: set[str] = set()
    regional = [Locale.parse(variant) for variant in _REGIONAL_MONTHS.get(code.split("_")[0], ())]
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for source in (locale, *regional):
                for number, name in get_month_names(width, context, source).items():
                    forms = _month_forms(name.lower().rstrip("."), code.split("_")[0])
                    # the typewriter's apostrophe for CLDR's ("el 3 d'abril")
                    for form in forms + [f.replace("’", "'") for f in forms if "’" in f]:
                        months.setdefault(form, number)
                        if width == "wide":
                            month_words.add(form)
    weekdays = {
        form: number
        for context in ("format", "stand-alone")
        for number, name in get_day_names("wide", context, locale).items()
        for form in _weekday_forms(name.lower(), code.split("_")[0])
    }
    group = get_group_symbol(locale=locale)
    # a space also groups thousands wherever the comma is the decimal sign ("71 176")
    groups = _SPACES + (group if group not in _SPACES else "") + ("'" if group == "’" else "")
    if code.split("_")[0] in _SWISS_LANGUAGES:
        groups += "'’"  # Switzerland's "48'000 Franken", in its German, French and Italian press
    pattern = get_date_format("short", locale=locale).pattern
    language = code.split("_")[0]
    currencies: dict[str, str] = dict(_PRESS_CURRENCIES.get(language, {}))
    first_nouns: dict[str, set[str]] = {}  # Hebrew and Arabic nouns of currency names
    # the country's own currency first: a noun several share is its ("kroner" in Danish is DKK)
    own = _own_currency(code)
    for iso in sorted(CURRENCIES, key=lambda iso: iso != own):
        head = get_currency_name(iso, 2, "en").split()[-1].lower()  # "dollars", "rubles", "yen"
        for count in (1, 2, 5, 10):  # 10: Lithuanian "eurų"
            name = get_currency_name(iso, count, locale).lower()
            currencies.setdefault(name, iso)
            for word in _own_nouns(name, head, code.split("_")[0]):  # "долларов" for "долларов США"
                if _is_abjad(word):
                    first_nouns.setdefault(word, set()).add(iso)
                else:
                    currencies.setdefault(word, iso)
        currencies.setdefault(get_currency_symbol(iso, locale).lower(), iso)
    for word, isos in first_nouns.items():
        # a Hebrew or Arabic noun several currencies share is the dollar's where it is one of
        # them ("دولار", "דולר"), else no one's ("ريال": the Saudi riyal or Brazil's real)
        if len(isos) == 1 or "USD" in isos:
            currencies.setdefault(word, min(isos) if len(isos) == 1 else "USD")
    found = Conventions(
        lang=language,
        decimal=get_decimal_symbol(locale=locale),
        groups=groups,
        # (two letters are a month in scripts other than Latin: मई, মে; "ma", "mé" are not)
        months={k: v for k, v in months.items() if (len(k) >= 3 or not _LATIN.search(k)) and not k.isdigit()},
        month_words=frozenset(w for w in month_words if (len(w) >= 3 or not _LATIN.search(w)) and not w.isdigit()),
        weekdays=weekdays,
        day_first=pattern.lower().find("d") < pattern.find("M"),
        multipliers=_with_dotless(_multipliers(locale, short=False)) | _PRESS_MULTIPLIERS.get(language, {}),
        short_multipliers=_multipliers(locale, short=True),
        currencies={k: v for k, v in currencies.items() if len(k) > 1 or not k.isascii()},
        units={
            **_unit_names(locale),
            **_RATE_STEPS.get(language, {}),
            **_PRESS_UNITS.get(language, {}),
        },
        units_before=_unit_names(locale, before=True),
        multipliers_before=_multipliers(locale, short=False, before=True),
        currency_signs_before=(
            {get_currency_symbol(iso, locale).lower(): iso for iso in reversed(CURRENCIES)}
            if str(locale.currency_formats["standard"].pattern).lstrip().startswith("¤")
            else {}
        )
        | _PRESS_SIGNS_BEFORE.get(language, {}),
        openers=_stop_words(locale),
    )
    also = conventions(_WORDS_READ_TOO[code]) if code in _WORDS_READ_TOO else None
    return _with_words_of(found, also) if also else found


UNSPACED = frozenset({"th", "lo", "km", "my"})
"""Languages that write no space between words (Thai, Lao, Khmer, Burmese)."""


_WORDS_READ_TOO = {"sr": "sr_Latn", "bs": "bs_Cyrl", "id": "ms"}
"""The conventions whose words a language's texts are read with too: Serbian's and Bosnian's
other script (Cyrillic and Latin letters: "620 милиона евра", "602 miliona evra"), and
Malay's for Indonesian, which a short Malay text is identified as ("Isnin", "Ahad",
"bilion")."""


def _with_words_of(conv: Conventions, other: Conventions) -> Conventions:
    """``conv`` that also reads the words of ``other``, the same language in another script."""
    return dataclasses.replace(
        conv,
        months={**other.months, **conv.months},
        month_words=conv.month_words | other.month_words,
        weekdays={**other.weekdays, **conv.weekdays},
        multipliers={**other.multipliers, **conv.multipliers},
        short_multipliers={**other.short_multipliers, **conv.short_multipliers},
        currencies={**other.currencies, **conv.currencies},
        units={**other.units, **conv.units},
        units_before={**other.units_before, **conv.units_before},
        openers=conv.openers | other.openers,
    )


def _own_currency(code: str) -> str | None:
    """The currency of the country CLDR takes ``code`` to be spoken in (da: DKK, pt: BRL)."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    likely = str(get_global("likely_subtags").get(code.split("_")[0], ""))
    territory = code.split("_")[-1].upper() if "_" in code else likely.split("_")[-1]
    found = get_territory_currencies(territory) if territory.isalpha() and territory.isupper() else []
    return found[0] if found else None


_ACCUSATIVE = {"а": "у", "я": "ю", "a": "ęu", "e": "i"}
"""Endings of feminine weekday names in the case Slavic languages say "on Friday" with:
в пятницу, у п'ятницю, w sobotę, v sobotu, v neděli."""


def _is_abjad(word: str) -> bool:
    """Written in Hebrew or Arabic letters, which put the noun first and leave out vowels."""
    return "\u0590" <= word[:1] <= "\u06ff"


_NOUN_LAST = frozenset({"ur"})
"""Languages in Arabic letters that put the adjective first ("امریکی ڈالر", US dollar)."""


def _own_nouns(name: str, english: str, lang: str = "") -> list[str]:
    """The noun of a CLDR currency or unit name of several words, which texts also write
    alone, without the country or qualifier ("dólares" of "dólares estadounidenses",
    "tonnellate" of "tonnellate metriche"): the word that starts as the English noun does;
    in Hebrew and Arabic, the first; in Urdu, the last ("ڈالر" of "امریکی ڈالر")."""
    from anyascii import anyascii

    words = re.split(r"[\s-]+", name)
    if len(words) > 1 and _is_abjad(words[0]):
        # Hebrew and Arabic: the noun first, and written without its vowels (שקלים)
        return [words[-1] if lang in _NOUN_LAST else words[0]]
    return [w for w in words if len(words) > 1 and len(w) >= 3 and anyascii(w).lower()[:3] == english[:3]]


def _month_forms(name: str, lang: str = "") -> list[str]:
    """A month name, and from its Cyrillic genitive the case "in October" takes: октября ->
    в октябре, жовтня -> у жовтні (CLDR gives the nominative and the genitive only); in
    Hebrew, with the prepositions written onto it (במרץ, "in March")."""
    if name[-1:] in ("а", "я") and len(name) >= 3:
        return [name, name[:-1] + "е", name[:-1] + "і"]
    if lang == "lv":  # "4. martā", "janvārī": the locative a date takes; "no 1. janvāra", "aprīļa": the genitive
        genitive = re.sub(r"lis$", "ļa", name) if name.endswith("lis") else re.sub(r"i?s$", "a", name)
        return [name, re.sub(r"is$", "ī", name) if name.endswith("is") else re.sub(r"s$", "ā", name), genitive]
    if lang == "et":  # "4. märtsil", "septembril": the adessive; "oktoobris": the inessive, "in October"
        stem = name[:-2] + "r" if name.endswith("er") else name
        return [name, stem + ("l" if stem[-1] in "aeiou" else "il"), stem + ("s" if stem[-1] in "aeiou" else "is")]
    if lang == "sk":  # "v októbri", "v marci", "v auguste": the locative a month alone takes
        stem = name[:-2] + "r" if name.endswith("er") else name[:-2] + "c" if name.endswith("ec") else name
        return [name, stem + ("e" if stem.endswith("st") else "i")]
    if lang == "cs" and name[-1:] in ("a", "e"):  # "v říjnu", "v prosinci": the locative, from CLDR's genitive
        return [name, name[:-1] + "u" if name.endswith("a") else name[:-2] + "ci" if name.endswith("ce") else name]
    if lang == "hu":  # "októberben", "januárban": "in" by the last vowel that is not i
        vowels = [c for c in name if c in "aáoóuúeéöőüű"]
        return [name, name + ("ban" if vowels and vowels[-1] in "aáoóuú" else "ben")]
    if lang in _GENITIVE_MONTHS and name[-1:].isalpha():
        # "16. марта", "1. septembra", "у марту": CLDR gives "март", "septembar"
        stem = re.sub(r"([бb])[аa]([рr])$", r"\1\2", name)
        vowel = "а" if CYRILLIC.match(name) else "a"
        return [name, stem + vowel, stem + ("у" if vowel == "а" else "u")]
    if lang == "el" and name.endswith("ος"):  # "τον Σεπτέμβριο": the accusative a month alone takes
        return [name, name[:-1]]
    if lang == "sl":  # "1. januarja", "3. marca", "5. oktobra": the genitive a date takes
        stem = name[:-2] + "c" if name.endswith("ec") else name[:-2] + "r" if name.endswith("er") else name
        return [name, stem + ("ja" if name.endswith("ar") else "a")]
    if lang == "uk" and name.endswith("ого"):  # "у лютому", February's locative (CLDR: "лютого")
        return [name, name[:-3] + "ому"]
    if lang == "tr":  # "martta", "nisanda", "eylülde": in March, April, September
        return [name] + [name + ending for ending in ("ta", "da", "te", "de")]
    if lang == "eu" and name.endswith("a"):  # Basque: "azaroaren 27an", the genitive a date takes
        return [name, name + "ren"]
    if lang == "hi":  # the press writes फरवरी without the nukta, सितम्बर with a half letter
        name_forms = {name, name.replace("\u093c", ""), name.replace("ंब", "म्ब")}
        return sorted(name_forms)
    return _with_prefixes(unicodedata.normalize("NFC", name), lang) + (
        [decomposed] if (decomposed := unicodedata.normalize("NFD", name)) != name else []
    )


_GENITIVE_MONTHS = frozenset({"sr", "bs"})
"""Languages whose press writes a date's month in the genitive CLDR does not give."""
_ATTACHED_PREPOSITIONS = {"he": ("ב", "ל", "מ", "ו", "וב")}
"""Prepositions and "and" that Hebrew writes onto the next word (במרץ, ביום חמישי, בשבת)."""


def _with_prefixes(name: str, lang: str) -> list[str]:
    return [name, *(prefix + name for prefix in _ATTACHED_PREPOSITIONS.get(lang, ()))]


_DEFINITE_ENDING = {"sv": "en", "da": "en", "nb": "en", "nn": "en", "no": "en"}
"""The definite ending Scandinavian languages put on a weekday ("på torsdagen": on Thursday)."""


def _weekday_forms(name: str, lang: str = "") -> list[str]:
    """A weekday name in its case forms, with any apostrophe as texts type it (CLDR writes
    Ukrainian пʼятниця with U+02BC; texts write п’ятниця or п'ятниця), and definite form."""
    forms = [name] + [name[:-1] + ending for ending in _ACCUSATIVE.get(name[-1:], "")]
    if ending := _DEFINITE_ENDING.get(lang):
        forms.append(name + ending)
    if lang in ("sv", "da", "no", "nb") and name.endswith("dag"):  # "i söndags", last Sunday
        forms.append(name + "s")
    if lang == "lt" and name.endswith("is"):  # "ketvirtadienį": the accusative a date takes
        forms.append(name[:-2] + "į")
    if lang == "lv" and name.endswith("a"):  # "ceturtdien": the locative
        forms.append(name[:-1])
    if lang == "eu" and name.endswith("a"):  # "on Friday": ostirala -> ostiralean, igandea -> igandean
        stem = name[:-1]
        forms.append(stem + ("an" if stem[-1:] in "aeiou" else "ean"))
    if lang == "hu" and name[-1:] in "aeő":  # "on Wednesday": szerda -> szerdán, hétfő -> hétfőn
        forms.append(name[:-1] + {"a": "á", "e": "é"}.get(name[-1], name[-1]) + "n")
    forms += _oblique_weekdays(name, lang)
    if lang == "pl":  # the adjective, "podczas środowej audiencji" (at Wednesday's audience)
        forms.append(_POLISH_WEEKDAY_ADJECTIVES.get(name, re.sub(r"(?:ek|a)$", "", name).replace("ąt", "ątk") + "ow"))
    if lang == "hu":  # "keddi ülésén" (at Tuesday's meeting), "szerdai", "hétfői"
        forms.append(name + "i")
    if lang == "he":  # ביום חמישי; "יום שבת" is also שבת, בשבת (the other days alone are ordinals)
        forms = [f for form in [*forms, *([name[4:]] if name == "יום שבת" else [])] for f in _with_prefixes(form, lang)]
        forms.append(f"({name[4:]})")  # "היום (ראשון)", today (Sunday): the Israeli press's weekday
    if "ʼ" not in name:
        return forms
    return [form.replace("ʼ", mark) for form in forms for mark in ("ʼ", "’", "'")]


_POLISH_WEEKDAY_ADJECTIVES = {"sobota": "sobotn", "niedziela": "niedzieln", "wtorek": "wtork", "czwartek": "czwartk", "piątek": "piątk", "poniedziałek": "poniedziałk"}
"""The stems of Polish weekday adjectives that the noun's stem does not give ("sobotni",
"niedzielny", "wtorkowy", "czwartkowy", "piątkowy"); "środowy" is "środa"'s own stem."""


_OBLIQUE_FEMININE = {
    "cs": ("y", "ou"), "sk": ("y", "ou"), "pl": ("y", "ą"), "uk": ("и", "ою"), "ru": ("ы", "ой"),
}
_OBLIQUE_MASCULINE = {"cs": ("u", "a", "em"), "sk": ("a", "u", "om"), "pl": ("u", "iem"), "uk": ("а", "у", "ом"), "ru": ("а", "у", "ом")}


def _oblique_weekdays(name: str, lang: str) -> list[str]:
    """A weekday's genitive and instrumental, as "since", "until", "before" and "the night of"
    take it (Czech "před pátkem", "do středy"; Polish "od poniedziałku"; Ukrainian "від
    понеділка", "до середи"; Russian "до четверга"; Greek "του Σαββάτου", "της Δευτέρας"):
    one weekday, not a detail only the English account gives."""
    if lang == "el":
        return ["σαββάτου"] if name.lower() == "σάββατο" else [name + "ς"] if name[-1:] in "ηήαά" else []
    low = name.lower()
    if low[-1:] in "aа" and lang in _OBLIQUE_FEMININE:
        genitive, instrumental = _OBLIQUE_FEMININE[lang]
        soft = lang == "pl" and low[-2:-1] == "l"  # niedziela -> niedzieli
        return [name[:-1] + ("i" if soft else genitive), name[:-1] + instrumental]
    if low[-1:] == "я" and lang in ("uk", "ru"):  # неділя -> неділі, неділею
        return [name[:-1] + "і", name[:-1] + "ею"] if lang == "uk" else [name[:-1] + "и", name[:-1] + "ей"]
    if low.endswith("ье") and lang == "ru":  # воскресенье -> воскресенья, воскресеньем
        return [name[:-1] + "я", name[:-1] + "ем"]
    if low[-1:] in "íý" and lang in ("cs", "sk"):  # pondělí, úterý: "pondělím", "úterým"
        return [name + "m"]
    if lang not in _OBLIQUE_MASCULINE or not low[-1:].isalpha() or low[-1:] in "aeiouаеиоуяюєії":
        return []
    # a vowel that drops before the ending: pátek -> pátku, понеділок -> понеділка
    stem = name[:-2] + name[-1] if low[-2:] in ("ek", "ok", "ек", "ок") else name
    if lang == "uk" and low == "четвер":
        stem = name + "г"  # четверга
    return [stem + ending for ending in _OBLIQUE_MASCULINE[lang]]


def _multipliers(locale: Locale, *, short: bool, before: bool = False) -> dict[str, int]:
    """Words CLDR writes after a number for thousands, millions… ("0 Millionen" -> 1e6);
    ``short``: instead the abbreviations of a letter or two ("0 M", "0 Md"); ``before``:
    only those it writes before the number ("milioni 0"), which the press writes after it
    too ("Sh15 milioni")."""
    out: dict[str, int] = {}
    formats = locale.compact_decimal_formats
    for style in ("long", "short"):
        for forms in formats.get(style, {}).values():
            for magnitude, pattern in forms.items():
                text = pattern.pattern if hasattr(pattern, "pattern") else str(pattern)
                text = text.split(";")[0]  # the positive form of "elfu 0;elfu -0" (Swahili)
                zeros = text.count("0")
                word = re.sub(r"[0#¤]|'", "", text).strip(" \u200e\u200f\u061c\u00a0").lower()  # not Hebrew's RLM
                # a lone letter ("5 M") is also a unit ("5 m"): words and abbreviations here
                is_short = len(word) < 3 and not word.endswith(".")
                first = not text.strip(" \u200e\u200f\u061c\u00a0").startswith(("0", "#", "¤"))
                if before and not first:
                    continue
                if zeros and word and is_short == short and not any(ch.isdigit() for ch in word):
                    out.setdefault(word, int(magnitude) // 10 ** (zeros - 1))
                    # (Hindi press writes हज़ार, thousand, without its nukta: हजार)
                    out.setdefault(word.replace("\u093c", ""), int(magnitude) // 10 ** (zeros - 1))
    return out


def _unit_names(locale: Locale, *, before: bool = False) -> dict[str, str]:
    """CLDR's unit names and symbols written after the number, or with ``before`` those
    written before it ("yüzde 5", and the percent sign where the locale's percent format
    opens with it: Turkish "%5")."""
    from babel.units import format_unit

    out: dict[str, str] = {}
    lengths: tuple[Literal["long", "short"], ...]
    for unit, symbol in _UNITS.items():
        if unit == "length-mile" and locale.language != "en":
            symbol = "mi/nmi"  # "12 millas" at sea are nautical miles (amounts._EITHER_SCALE)
        head = format_unit(2, unit, length="long", locale="en").split()[-1].lower()  # "tons"
        lengths = ("long",) if unit in _NAMED_IN_FULL else ("long", "short")
        for count in (1, 2, 5):
            for length in lengths:
                written = format_unit(count, unit, length=length, locale=locale).strip(_SPACES)
                if written.startswith(str(count)) == before:
                    continue
                name = written.replace(str(count), "").strip(_SPACES).lower()
                out.setdefault(name, symbol)
                first, space, rest = name.partition(" ")
                if locale.language == "de" and first.endswith(("er", "el")):
                    # the dative plural: "aus zwölf Metern", "mit 890 Kilometern pro Stunde"
                    out.setdefault(f"{first}n{space}{rest}", symbol)
                # "tonnellate" for "tonnellate metriche"; not "milles" (a length) for "milles carrés"
                for word in _own_nouns(name, head) if not unit.startswith(("area-square", "volume-cubic")) else ():
                    out.setdefault(word, symbol)
    if before and str(locale.percent_formats[None].pattern).lstrip().startswith("%"):
        out.setdefault("%", "%")
    for name, symbol in list(out.items()):
        # the percent word that CLDR writes as one is also written as two ("percento": "per cento")
        if symbol == "%" and (split := _PER_CENT.fullmatch(name)):
            out.setdefault(f"{split[1]} {split[2]}", symbol)
    return out


_PER_CENT = compiled(r"(per)(cent\w*)")


def _stop_words(locale: Locale) -> frozenset[str]:
    import justext

    name = (locale.english_name or "").split(" (")[0].replace(" ", "_")
    try:
        return frozenset(w.strip(".,\"") for w in justext.get_stoplist(name))
    except ValueError:
        return frozenset()


_RELATIVE_KEY = compiled(r"(?P<future>in )?(?P<n>\d+) (?P<unit>day|week|month|year)(?: ago)?$")


_DAY, _WEEK = 1 / 365.25, 7 / 365.25
_HOUR = _DAY / 24
_MINUTE = _HOUR / 60
_ENGLISH_SPANS = {
    "minute": _MINUTE, "minutes": _MINUTE, "hour": _HOUR, "hours": _HOUR, "day": _DAY, "days": _DAY, "week": _WEEK, "weeks": _WEEK, "month": 1 / 12, "months": 1 / 12,
    "year": 1.0, "years": 1.0, "decade": 10.0, "decades": 10.0,
}


@lru_cache(maxsize=32)
def span_words(lang: str) -> dict[str, float]:
    """The words for minutes, hours, days, weeks, months, years and decades after a number in ``lang``
    ("Monate", "años", "лет", "décadas"), from CLDR, and how many years each counts: "18
    months" is the "anderthalb Jahre" of another account, "dos décadas" its "20 años", "48
    horas" its "two days".
    German's dative too ("zu drei Jahren und sechs Monaten")."""
    if lang == "en":
        return _ENGLISH_SPANS
    from babel import UnknownLocaleError
    from babel.units import format_unit

    out: dict[str, float] = {}
    for unit, years in (
        ("duration-minute", _MINUTE), ("duration-hour", _HOUR), ("duration-day", _DAY), ("duration-week", _WEEK), ("duration-month", 1 / 12), ("duration-year", 1.0),
        ("duration-decade", 10.0),
    ):
        for count in (1, 2, 5, 21):
            try:
                written = format_unit(count, unit, length="long", locale=lang)
            except (UnknownLocaleError, ValueError):
                return {}
            word = written.replace(str(count), "").strip(_SPACES).lower()
            out.setdefault(word, years)
            if lang == "de":
                out.setdefault(word + ("n" if word.endswith("e") else "en"), years)
    # Russian and Ukrainian count whole days as "сутки" ("240 суток на орбите"), CLDR "дней"
    out.update(dict.fromkeys(_WHOLE_DAYS.get(lang, ()), _DAY))
    return out


_WHOLE_DAYS = {"ru": ("сутки", "суток"), "uk": ("доба", "доби", "діб")}


@lru_cache(maxsize=32)
def relative_dates(lang: str | None) -> dict[str, tuple[str, int]]:
    """Words for yesterday, tomorrow, last week, next year… in ``lang``, lower case ->
    (unit, step): "gestern" -> ("day", -1), "nächstes jahr" -> ("year", 1). Empty for
    English and CJK (the fact patterns read them) and for languages without such data.

    CLDR's relative-type fields, as dateparser ships them (``data/date_translation_data``);
    the file is read as data, since importing dateparser takes 0.15 s. Today is read, as in
    English (``Fact.today``: it may mean "nowadays", so it is no detail of its own), but
    where the word is also "the day"; abbreviations are left out ("esta sem" beside "esta
    semana")."""
    code = (lang or "").lower().replace("-", "_").split("_")[0]
    spec = importlib.util.find_spec("dateparser") if code and code not in _BASELINE else None
    if spec is None or spec.origin is None or not code.isalpha():
        return {}
    path = Path(spec.origin).parent / "data" / "date_translation_data" / f"{code}.py"
    try:
        info = ast.literal_eval(path.read_text(encoding="utf-8").split("=", 1)[1])
    except (OSError, ValueError, SyntaxError, IndexError):
        return {}
    out: dict[str, tuple[str, int]] = {}
    for key, phrases in info.get("relative-type", {}).items():
        m = _RELATIVE_KEY.match(key)
        if not m or int(m["n"]) > 2 or (m["unit"] == "day" and m["n"] == "0" and code in _TODAY_IS_ALSO_THE_DAY):
            continue
        step = int(m["n"]) * (1 if m["future"] else -1)
        for phrase in phrases:
            if not any(_abbreviates(phrase, other) for other in phrases):
                out[phrase.lower()] = (m["unit"], step)
    return out | _PRESS_RELATIVES.get(code, {})


_TODAY_IS_ALSO_THE_DAY = frozenset({"ar", "fa", "ur"})
"""Languages whose word for today is also "the day" ("اليوم الوطني", the national day)."""
_PRESS_RELATIVES = {"sw": {"mwaka jana": ("year", -1), "mwaka ujao": ("year", 1), "mwezi uliopita": ("month", -1)}}
"""Relative dates the press writes that CLDR does not give: Swahili "mwaka jana", last year
(its "jana" alone is yesterday: "Desemba mwaka jana" was read as yesterday)."""


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with some words cut ("в след г", "в следующем году")."""
    a, b = short.split(), full.split()
    return short != full and len(a) == len(b) and all(y.startswith(x) for x, y in zip(a, b, strict=True))
