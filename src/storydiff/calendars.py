"""Iran's solar hijri calendar, which its press dates by ("۲۳ آبان ۱۴۰۵"): read as the
Gregorian day, for the publication date of a header line and for dates in the text."""

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
