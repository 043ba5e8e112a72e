"""Estimates and bounds: "about 1,200", "nearly 1.2 million", "more than a dozen". Such a
number allows another account's exact figure within it (1,172; 1,172,466; 14), where a bare
comparison of values would call two accounts that agree a conflict."""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import DifferenceKind
from ...patterns import compiled
from ..words import alternation
from .fact import Fact
from .numbers import to_float

_BOUNDS = {
    "en": {
        "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
        "an estimated": "about", "estimated": "about", "close to": "nearly", "nearly": "nearly",
        "almost": "nearly", "just under": "nearly", "more than": "above", "over": "above",
        "upwards of": "above", "in excess of": "above", "just over": "above", "fewer than": "below",
        "less than": "below", "under": "below", "up to": "below",
    },
    "de": {"rund": "about", "etwa": "about", "ungefähr": "about", "circa": "about", "fast": "nearly",
           "knapp": "nearly", "mehr als": "above", "über": "above", "weniger als": "below"},
    "fr": {"environ": "about", "quelque": "about", "quelques": "about", "près de": "nearly", "presque": "nearly",
           "plus de": "above", "moins de": "below", "jusqu'à": "below"},
    "es": {"unos": "about", "unas": "about", "alrededor de": "about", "cerca de": "nearly", "casi": "nearly",
           "más de": "above", "menos de": "below", "hasta": "below"},
    "it": {"circa": "about", "quasi": "nearly", "oltre": "above", "più di": "above", "meno di": "below"},
    "pt": {"cerca de": "about", "quase": "nearly", "mais de": "above", "menos de": "below"},
    "nl": {"ongeveer": "about", "circa": "about", "rond": "about", "bijna": "nearly", "ruim": "above",
           "meer dan": "above", "minder dan": "below"},
    "zh": {"约": "about", "约为": "about", "大约": "about", "大概": "about", "近": "nearly", "将近": "nearly", "接近": "nearly",
           "超过": "above", "逾": "above", "不到": "below", "不足": "below"},
    "ja": {"約": "about", "およそ": "about"},
    "ru": {"около": "about", "примерно": "about", "почти": "nearly", "более": "above", "свыше": "above",
           "больше": "above", "менее": "below"},
}
"""Words before a number that make it an estimate or a bound, per language (a closed
class of each language's grammar): "about", "nearly" (just under), "above", "below".
Not "at least": news gives a toll so ("at least 12 dead" is the 12 confirmed), and
another account's 14 is another toll."""


@lru_cache(maxsize=32)
def _bound_before(lang: str) -> re.Pattern[str]:
    words = _BOUNDS.get(lang, {})
    if lang in ("zh", "ja"):  # no spaces between words
        return compiled(rf"(?P<bound>{alternation(words)})\s*$")
    # (English: "more than a million", where "a" is part of no number the patterns read)
    article = r"(?:an?\s+)?" if lang == "en" else ""
    return compiled(rf"(?<!\w)(?P<bound>{alternation(words)})\s+{article}$" if words else r"(?!x)x", re.IGNORECASE)


_NEGATED = compiled(r"(?<!\w)(?:not|no|nicht|pas|non|nem|niet|не|ni)\s+$", re.IGNORECASE)
"""A negation before the bound: "no fewer than 58", "nicht weniger als 58" say at least 58,
a toll, as "at least" does."""


def number_bound(before: str, lang: str | None) -> str | None:
    """The bound (``_BOUNDS``) the words ``before`` a number make it, if any."""
    tail = before[-40:]
    m = _bound_before(lang or "en").search(tail)
    if m is None or _NEGATED.search(tail, 0, m.start()):
        return None
    return _BOUNDS[lang or "en"][m["bound"].lower()]


def within_bound(a: Fact, b: Fact) -> bool:
    """One number an estimate or a bound, the other a number it allows: "about 1,200" /
    1,172 (within the estimate's rounding, or a twentieth), "nearly 1.2 million" /
    1,172,466, "more than a dozen" / 14 (above it, by less than its leading digit's place:
    not 40); or two bounds of different kinds whose ranges meet ("more than a million" /
    "nearly 1.2 million"). Two of one kind ("more than 40" / "more than 45") are compared
    as numbers."""
    if a.kind is not DifferenceKind.NUMBER or b.kind is not DifferenceKind.NUMBER or a.bound == b.bound:
        return False
    first, second = _allowed(a), _allowed(b)
    return first is not None and second is not None and first[0] <= second[1] and second[0] <= first[1]


def _allowed(fact: Fact) -> tuple[float, float] | None:
    """The numbers ``fact`` allows: itself, or the range its bound makes of it."""
    x = to_float(fact.value)
    if x is None or (fact.bound and (x <= 0 or not x.is_integer())):
        return None
    if not fact.bound:
        return x, x
    zeros = len(str(int(x))) - len(str(int(x)).rstrip("0"))
    rounding = 10**zeros  # "1,200" is given to the hundred
    place = 10 ** (len(str(int(x))) - 1)  # "12" is in the tens
    if fact.bound == "about":
        margin = max(rounding / 2, x / 20)
        return x - margin, x + margin
    if fact.bound == "nearly":
        return x - max(rounding, x / 20), x
    if fact.bound == "above":
        return x + 1e-9 * x, x + place
    return x - place, x - 1e-9 * x  # below
