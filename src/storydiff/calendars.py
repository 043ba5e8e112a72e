"""Calendars the press dates by besides the Gregorian one: Iran's solar hijri ("۲۳ آبان
۱۴۰۵") and Ethiopia's ("ሰኔ 1 ቀን 2018 ዓ.ም."), read as the Gregorian day, for the
publication date of a header line or dateline and for dates in the text; and the lunar
hijri calendar of the Arab press ("١١ جمادى الآخرة ١٤٤٧هـ"), whose months begin where the
moon is sighted, so that only the span of days it may be is known."""

from __future__ import annotations

import datetime as dt

SOLAR_HIJRI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
SOLAR_HIJRI_MONTH = "|".join(SOLAR_HIJRI_MONTHS)
"""The months as one alternation, for patterns."""
_JALALI_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178)


def _nowruz(year: int) -> dt.date:
    """The Gregorian day of 1 Farvardin of a solar hijri year (the jalaali calendar's
    33-year cycles, after Borkowski, as jalaali-js computes it)."""
    gy, leap, jp, jump = year + 621, -14, _JALALI_BREAKS[0], 0
    for jm in _JALALI_BREAKS[1:]:
        jump = jm - jp
        if year < jm:
            break
        leap += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = year - jp
    leap += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap += 1
    gregorian_leap = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return dt.date(gy, 3, 20 + leap - gregorian_leap)


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a solar hijri date (months 1-6 have 31 days, 7-11 have 30)."""
    offset = (month - 1) * 31 + day - 1 if month <= 7 else 186 + (month - 7) * 30 + day - 1
    return _nowruz(year) + dt.timedelta(days=offset)


ETHIOPIAN_MONTHS = (
    ("መስከረም",), ("ጥቅምት",), ("ኅዳር", "ህዳር", "ሕዳር"), ("ታኅሣሥ", "ታህሳስ", "ታኅሳስ", "ታሕሳስ"), ("ጥር",),
    ("የካቲት",), ("መጋቢት",), ("ሚያዝያ", "ሚያዚያ"), ("ግንቦት",), ("ሰኔ",), ("ሐምሌ", "ሃምሌ", "ሀምሌ"),
    ("ነሐሴ", "ነሃሴ", "ነሀሴ"), ("ጳጉሜን", "ጳጉሜ"),
)
"""Ethiopia's thirteen months, each with the spellings its press uses (Amharic writes some
sounds with any of two or three letters)."""


def _alternation(months: tuple[tuple[str, ...], ...]) -> str:
    """Every spelling of every month as one alternation for patterns, each month's longest first."""
    return "|".join(name for names in months for name in sorted(names, key=len, reverse=True))


def _month_number(months: tuple[tuple[str, ...], ...], name: str) -> int:
    """The number (from 1) of the month ``name`` spells."""
    return next(number for number, names in enumerate(months, 1) if name in names)


def _from_julian_day(julian_day: int) -> dt.date:
    return dt.date.fromordinal(julian_day - 1_721_425)


ETHIOPIAN_MONTH = _alternation(ETHIOPIAN_MONTHS)
"""The months as one alternation, for patterns."""
_ETHIOPIC = "\u1200-\u137f"
ETHIOPIAN_DATE = (
    rf"(?:(?<![{_ETHIOPIC}])|(?<=(?<![{_ETHIOPIC}])[በከለየ])|(?<=(?<![{_ETHIOPIC}])እስከ))"
    rf"(?P<month>{ETHIOPIAN_MONTH})\s*(?P<day>[0-3]?\d)(?!\d)(?:\s*ቀን)?"
    r"(?:\s*[/,፣]?\s*(?P<year>[12]\d{3})(?!\d))?"
)
"""An Ethiopian date, the month before the day, maybe "ቀን" (day) and the year, alone or
after a word's one-letter prefix ("በሰኔ 1 ቀን 2018", on Sene 1, 2018; ENA's "ጥር 12/2018");
not "ቁጥር 5" (number 5), whose last letters spell a month."""
ETHIOPIAN_ERA = r"\s*ዓ\.?\s?ም\.?"
""""ዓ.ም." (ዓመተ ምሕረት, the Ethiopian era) after a year: the year is Ethiopia's."""


def ethiopian_month(name: str) -> int:
    """The number (1-13) of an Ethiopian month's name, in any of its spellings."""
    return _month_number(ETHIOPIAN_MONTHS, name)


def ethiopian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of an Ethiopian date (twelve months of 30 days and Pagume of five,
    six in a year before a Gregorian leap year; the era's first day is the Julian 29 August
    of AD 8, day 1,724,221 of the Julian day count)."""
    return _from_julian_day(1_724_221 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1)


def ethiopian_day(month_name: str, day: int, year: int) -> dt.date | None:
    """The Gregorian day of an Ethiopian date as a text writes it, or None for a day the
    month does not have (30 in a month, 6 in Pagume)."""
    month = ethiopian_month(month_name)
    return ethiopian_to_gregorian(year, month, day) if 1 <= day <= (30 if month < 13 else 6) else None


def ethiopian_year_of(day: dt.date) -> int:
    """The Ethiopian year a Gregorian day falls in (its new year is 11 or 12 September)."""
    return day.year - 7 if day >= ethiopian_to_gregorian(day.year - 7, 1, 1) else day.year - 8


HIJRI_MONTHS = (
    ("محرم",), ("صفر",), ("ربيع الأول", "ربيع الاول"), ("ربيع الآخر", "ربيع الثاني", "ربيع الاخر"),
    ("جمادى الأولى", "جمادى الاولى", "جمادى الأول"), ("جمادى الآخرة", "جمادى الثانية", "جمادى الاخرة"),
    ("رجب",), ("شعبان",), ("رمضان",), ("شوال",), ("ذو القعدة", "ذي القعدة"), ("ذو الحجة", "ذي الحجة"),
)
"""The lunar hijri months, each with the spellings the Arab press uses."""
HIJRI_MONTH = _alternation(HIJRI_MONTHS)


def hijri_month(name: str) -> int:
    """The number (1-12) of a lunar hijri month's name."""
    return _month_number(HIJRI_MONTHS, name)


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a lunar hijri date by the arithmetic (tabular) calendar, which
    the sighted months of Saudi Arabia's Umm al-Qura and of other countries stray from by a
    day or two."""
    return _from_julian_day(day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1_948_439)
