"""Estimates and bounds: "about 1,200", "nearly 1.2 million", "more than a dozen". Such a
number allows another account's exact figure within it (1,172; 1,172,466; 14), where a bare
comparison of values would call two accounts that agree a conflict."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ...model import DifferenceKind
from ...patterns import compiled
from ..words import alternation, looked_up
from .amounts import amount_and_label, one_sign
from .fact import Fact
from .numbers import to_float

_BOUNDS = {
    "en": {
        "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
        "an estimated": "about", "estimated": "about", "close to": "nearly", "nearly": "nearly",
        "almost": "nearly", "just under": "nearly", "more than": "above", "over": "above",
        "upwards of": "above", "in excess of": "above", "just over": "above", "fewer than": "below",
        "less than": "below", "under": "below", "up to": "below", "exceeded": "above", "exceeding": "above",
        "exceeds": "above", "topped": "above", "surpassed": "above",
    },
    "de": {"rund": "about", "etwa": "about", "ungefähr": "about", "circa": "about", "fast": "nearly", "ab": "from",
           "knapp": "nearly", "mehr als": "above", "über": "above", "weniger als": "below"},
    "fr": {"environ": "about", "quelque": "about", "quelques": "about", "près de": "nearly", "presque": "nearly",
           "plus de": "above", "moins de": "below", "jusqu'à": "below"},
    "es": {"unos": "about", "unas": "about", "alrededor de": "about", "alrededor del": "about", "cerca de": "nearly",
           "cerca del": "nearly", "casi": "nearly", "más de": "above", "más del": "above", "menos de": "below",
           "menos del": "below", "hasta": "below"},
    "it": {"circa": "about", "quasi": "nearly", "oltre": "above", "più di": "above", "meno di": "below"},
    "pt": {"cerca de": "about", "quase": "nearly", "mais de": "above", "mais do que": "above", "menos de": "below"},
    "pl": {"około": "about", "ok.": "about", "blisko": "nearly", "prawie": "nearly", "niemal": "nearly",
           "ponad": "above", "przeszło": "above", "więcej niż": "above", "mniej niż": "below", "poniżej": "below"},
    "cs": {"asi": "about", "přibližně": "about", "zhruba": "about", "kolem": "about", "cca": "about",
           "téměř": "nearly", "skoro": "nearly", "přes": "above", "více než": "above", "méně než": "below"},
    "uk": {"близько": "about", "приблизно": "about", "майже": "nearly", "понад": "above", "більше": "above",
           "менше": "below"},
    "el": {"περίπου": "about", "σχεδόν": "nearly", "πάνω από": "above", "περισσότερα από": "above",
           "περισσότεροι από": "above", "λιγότερο από": "below", "κάτω από": "below"},
    "tr": {"yaklaşık": "about", "yaklaşık olarak": "about", "kabaca": "about"},
    "id": {"sekitar": "about", "kira-kira": "about", "hampir": "nearly", "lebih dari": "above",
           "kurang dari": "below"},
    "vi": {"khoảng": "about", "gần": "nearly", "hơn": "above", "trên": "above", "dưới": "below"},
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


_BOUNDS_AFTER = {
    "zh": {"多": "odd", "余": "odd", "餘": "odd", "以上": "above", "左右": "about", "上下": "about"},
    "ja": {"余り": "odd", "余": "odd", "以上": "above", "超": "above", "前後": "about", "程度": "about"},
    "ko": {"여": "odd", "이상": "above", " 이상": "above", "가량": "about", "안팎": "about"},
}
"""Words after a number that make it a bound in Chinese, Japanese and Korean (以上, 이상,
"and more"; 100人左右, 100명 가량, "about"), and those of its excess, "odd", by less than its
last place (3800多人 is 3,800 to 3,899; 3000余名, 4만여 대, 502만3천여)."""


_AND_OVER = {
    "en": r"(?:\s+\w+)?\s+(?:and|or)\s+(?:over|older|above|more)\b",
    "de": r"(?:\s+Jahren?)?\s+und\s+(?:älter|mehr|darüber)\b",
    "fr": r"(?:\s+ans)?\s+et\s+plus\b",
    "es": r"(?:\s+años)?\s+o\s+más\b",
    "pt": r"(?:\s+anos)?\s+ou\s+mais\b",
    "it": r"(?:\s+anni)?\s+(?:e\s+oltre|o\s+più)\b",
}
"""Words after a number that make it a lower bound: "aged 65 and over", "65 Jahre und
älter", "65 ans et plus" (as "over 65" is: two such thresholds are compared as numbers)."""


_AND_ONE = compiled(
    r"\s+[^\W\d_]+\s+(?:and|y|e|et|und|en|и)\s+(?:a|an|one|una|un|une|uno|eine|ein|einen|een|um|uma)\s+[^\W\d_]",
    re.IGNORECASE,
)
"""A count of one thing and one of another ("two sons and a daughter", "dos hijos y una hija",
"deux fils et une fille"): the whole is one more, which another account may count ("three
children")."""


@lru_cache(maxsize=32)
def _and_over(lang: str) -> re.Pattern[str]:
    return compiled(_AND_OVER.get(lang, r"(?!x)x"), re.IGNORECASE)


def number_bound(before: str, lang: str | None, after: str = "") -> str | None:
    """The bound (``_BOUNDS``) the words ``before`` a number make it, or those right
    ``after`` it (Chinese and Japanese 多, 以上; "65 and over"), if any."""
    for word, bound in _BOUNDS_AFTER.get(lang or "", {}).items():
        if after.startswith(word):
            return bound
    if _and_over(lang or "en").match(after):
        return "from"
    if _AND_ONE.match(after):
        return "and one"
    tail = before[-40:]
    m = _bound_before(lang or "en").search(tail)
    if m is None or _NEGATED.search(tail, 0, m.start()):
        return None
    return looked_up(_BOUNDS[lang or "en"], m["bound"])


def within_bound(a: Fact, b: Fact) -> bool:
    """One number an estimate or a bound, the other a number it allows: "about 1,200" /
    1,172 (within the estimate's rounding, or a twentieth of a round one), "nearly 1.2 million" /
    1,172,466, "more than a dozen" / 14 (above it, by less than half its leading digit's place:
    not 40); two bounds of different kinds whose ranges meet ("more than a million" /
    "nearly 1.2 million"); two estimates that round alike ("约63.6%" / "about 64%", not
    "about 45%" / "about 47%"). Other bounds of one kind ("more than 40" / "more than 45")
    are compared as numbers. Counts, quantities of one unit and sums of one currency."""
    if a.kind is not b.kind or a.kind not in _BOUNDED or not (a.bound or b.bound):
        return False
    (amount_a, unit_a), (amount_b, unit_b) = amount_and_label(a), amount_and_label(b)
    if not one_sign(unit_a, unit_b):
        return False
    if a.bound == b.bound or {a.bound, b.bound} <= {"above", "from", "odd"}:
        # two thresholds ("over 60" / "aged 65 and over") are compared as numbers
        return a.bound == "about" and _round_alike(amount_a, amount_b)
    first, second = _allowed(amount_a, a.bound), _allowed(amount_b, b.bound)
    return first is not None and second is not None and first[0] <= second[1] and second[0] <= first[1]


_BOUNDED = frozenset({DifferenceKind.NUMBER, DifferenceKind.QUANTITY, DifferenceKind.MONEY})


def _rounding(amount: str) -> float:
    """The place an amount is given to: "1,200" the hundred, "63.6" the tenth, "45" the one."""
    if "." in amount:
        return 10.0 ** -len(amount.split(".")[1])
    digits = amount.lstrip("-")
    return 10.0 ** (len(digits) - len(digits.rstrip("0")))


def _round_alike(a: str, b: str) -> bool:
    """Two estimates, the finer rounded to the coarser's place being the coarser one, where
    the finer is given with decimals ("约63.6%" / "about 64%"), or is itself a round figure
    of thousands or more within a fiftieth of the coarser ("约3亿股" / "about 302 million
    shares": two roundings of one large count); a whole number otherwise shows no rounding
    ("about 3,400" / "about 3,000" differ, and "约 200" / "around 207")."""
    x, y = to_float(a), to_float(b)
    if x is None or y is None:
        return False
    (fine, fine_text, fine_place), (coarse, _, place) = sorted(
        ((x, a, _rounding(a)), (y, b, _rounding(b))), key=lambda triple: triple[2]
    )
    near = "." in fine_text or (fine_place >= 1000 and abs(fine - coarse) <= abs(coarse) / 50)
    return near and math.isclose(math.floor(fine / place + 0.5) * place, coarse)


def _allowed(amount: str, bound: str | None) -> tuple[float, float] | None:
    """The numbers an amount allows: itself, or the range its bound makes of it."""
    x = to_float(amount)
    if x is None or (bound and x <= 0):
        return None
    if not bound:
        return x, x
    rounding = _rounding(amount)
    place = 10 ** (len(str(int(x))) - 1)  # "12" is in the tens
    if bound == "about":
        # a round estimate allows a twentieth either way ("about 1,200" / 1,172), half its
        # last place where that is finer but never a tenth more ("about 10 million" / 8
        # million, "around €100m" / €55m differ: half a place was half the figure); one of
        # three figures or more its last place ("rund 12.400" / 12,372, not 12,800); "about
        # 606" only its rounding
        figures = len(amount.lstrip("-").split(".")[0].rstrip("0"))
        margin = (rounding if figures >= 3 else max(min(rounding / 2, x / 10), x / 20)) if rounding >= 10 else rounding / 2
        return x - margin, x + margin
    if bound == "nearly":
        return x - max(rounding, x / 20), x
    # a bound is near its figure: "up to 12 metres" allows 7 to 12, not the 3.7 metres another
    # account converts 12 feet to; "more than a dozen" 13 to 17
    if bound == "above":
        return x + 1e-9 * x, x + place / 2
    if bound == "odd":  # "3800多", "502만3천여": more than it, by less than its last place
        return x + 1e-9 * x, x + rounding
    if bound == "from":  # "65 and over" holds 65
        return x, x + place / 2
    if bound == "and one":  # "two sons and a daughter": two, or three in all
        return x, x + 1
    return x - place / 2, x - 1e-9 * x  # below
