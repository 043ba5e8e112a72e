"""A share of a group told in words: "half of", "a third of", "two-thirds of", "one in three",
"la moitié des", "un Français sur trois", "jeder Dritte", "co trzeci", as the percentage it is
(50 %, 33 %, 67 %), an estimate ("about"). Polls and surveys tell their findings so: "Half of
voters" against "A third of voters" was a rewording, "La mitad" against "a third" too.

Read only before the word that makes it a share of something ("of", "de", "der", "van",
"di"), or in the forms that count one in so many: "half" alone ("half an hour", "the first
half") is no share. The closed class of the languages polls are read in most (English,
French, Spanish, Portuguese, Italian, German, Dutch, Polish).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import DifferenceKind
from ...patterns import compiled
from .bounds import number_bound
from .fact import Claim

_COUNTS = {
    **dict.fromkeys(("2", "two", "deux", "dos", "due", "dois", "duas", "twee", "zweite", "drugi"), 2),
    **dict.fromkeys(("3", "three", "trois", "tres", "tre", "três", "drie", "dritte", "trzeci"), 3),
    **dict.fromkeys(("4", "four", "quatre", "cuatro", "quattro", "quatro", "vier", "vierte", "czwarty"), 4),
    **dict.fromkeys(("5", "five", "cinq", "cinco", "cinque", "vijf", "fünfte", "piąty"), 5),
    **dict.fromkeys(("10", "ten", "dix", "diez", "dieci", "dez", "tien", "zehnte", "dziesiąty"), 10),
}
_COUNT = "|".join(sorted(_COUNTS, key=len, reverse=True))
_SHARES = {
    "en": (
        r"(?<![\w-])(?:(?P<half>half)|(?:a|one)[- ](?P<third>third)|(?:a|one)[- ](?P<quarter>quarter)|(?:a|one)[- ](?P<fifth>fifth)"
        r"|(?P<two_thirds>two[- ]thirds)|(?P<three_quarters>three[- ]quarters))\s+of(?!\w)"
        rf"|(?<![\w-])one\s+in\s+(?P<one_in>{_COUNT})(?!\w)"
    ),
    "fr": (
        r"(?<![\w-])(?:la\s+(?P<half>moitié)|(?:un|1)\s+(?P<third>tiers)|(?:deux|2)\s+(?P<two_thirds>tiers)|(?:un|1)\s+(?P<quarter>quart)"
        r"|(?:trois|3)\s+(?P<three_quarters>quarts))\s+(?:de|des|du|d['’])"
        rf"|(?<![\w-])(?:un|une|1)\s+(?:[^\W\d_]+\s+){{0,2}}?sur\s+(?P<one_in>{_COUNT})(?!\w)"
    ),
    "es": (
        r"(?<![\w-])(?:la\s+(?P<half>mitad)|(?:un|1)\s+(?P<third>tercio)|(?:dos|2)\s+(?P<two_thirds>tercios)"
        r"|(?:una|1)\s+(?P<quarter>cuarta\s+parte)|(?:tres|3)\s+(?P<three_quarters>cuartas\s+partes))\s+de(?!\w)"
        rf"|(?<![\w-])(?:uno|una|1)\s+de\s+cada\s+(?P<one_in>{_COUNT})(?!\w)"
    ),
    "pt": (
        r"(?<![\w-])(?:a\s+(?P<half>metade)|(?:um|1)\s+(?P<third>terço)|(?:dois|2)\s+(?P<two_thirds>terços)|(?:um|1)\s+(?P<quarter>quarto))"
        r"\s+d(?:e|os?|as?)(?!\w)"
        rf"|(?<![\w-])(?:um|uma|1)\s+em\s+cada\s+(?P<one_in>{_COUNT})(?!\w)"
    ),
    "it": (
        r"(?<![\w-])(?:la\s+(?P<half>metà)|(?:un|1)\s+(?P<third>terzo)|(?:due|2)\s+(?P<two_thirds>terzi)|(?:un|1)\s+(?P<quarter>quarto))"
        r"\s+(?:de|di)(?:[ig]|gli|ll[aeo]|l['’])?(?!\w)"
        rf"|(?<![\w-])(?:uno|una|1)\s+su\s+(?P<one_in>{_COUNT})(?!\w)"
    ),
    "de": (
        r"(?<![\w-])(?:die\s+(?P<half>Hälfte)|(?:ein|1)\s+(?P<third>Drittel)|(?:zwei|2)\s+(?P<two_thirds>Drittel)"
        r"|(?:ein|1)\s+(?P<quarter>Viertel)|(?:drei|3)\s+(?P<three_quarters>Viertel))\s+(?:der|des|aller)(?!\w)"
        rf"|(?<![\w-])jede[rs]?\s+(?P<one_in>{_COUNT})(?!\w)"
    ),
    "nl": (
        r"(?<![\w-])(?:de\s+(?P<half>helft)|(?:een|1)\s+(?P<third>derde)|(?:twee|2)\s+(?P<two_thirds>derde)|(?:een|1)\s+(?P<quarter>kwart))"
        r"\s+van(?!\w)"
        rf"|(?<![\w-])(?:één|een|1)\s+op\s+de\s+(?P<one_in>{_COUNT})(?!\w)"
    ),
    "pl": rf"(?<![\w-])(?:(?P<half>połowa)|(?:jedna|1)\s+(?P<third>trzecia)|(?:dwie|2)\s+(?P<two_thirds>trzecie))(?!\w)|(?<![\w-])co\s+(?P<one_in>{_COUNT})(?!\w)",
}
_PERCENT = {"half": 50, "third": 33, "quarter": 25, "fifth": 20, "two_thirds": 67, "three_quarters": 75}


@lru_cache(maxsize=16)
def _pattern(lang: str) -> re.Pattern[str] | None:
    shares = _SHARES.get(lang)
    return compiled(shares, re.IGNORECASE) if shares else None


def scan_shares(scan: str, claim: Claim, *, lang: str) -> None:
    """Each share told in words, as its percentage, an estimate unless a word before it
    bounds it otherwise ("nearly half", "more than a third")."""
    pattern = _pattern(lang)
    for m in pattern.finditer(scan) if pattern else ():
        group = next(k for k, v in m.groupdict().items() if v)
        percent = round(100 / _COUNTS[m[group].lower()]) if group == "one_in" else _PERCENT[group]
        bound = number_bound(scan[: m.start()], lang) or "about"
        claim(DifferenceKind.QUANTITY, f"{percent} %", m.start(), m.end(group), bound=bound)
