"""Which way from a place: "48 km northwest of Tocopilla" against "a 48 kilómetros al
suroeste de Tocopilla" is one distance and two bearings, a conflict no figure shows.

A bearing is a compass word right after a distance ("48 km (30 miles) southwest of", "a
48 kilómetros al noroeste de", "48 Kilometer nordwestlich von", "20 kilometre kuzeydoğusunda",
"48 km barat laut") or, in Chinese and Japanese, right before it ("北西約48キロ", "西北48公里"):
the closed class of eight winds (and their halves, "north-northeast") in the languages
disaster reports come in. Read only there, a compass word is a bearing from a place, not a
region's name ("North Korea", "el norte del país") nor a storm's heading. Two bearings
conflict where they are 45 degrees or more apart ("north" / "northeast" are; "north" /
"north-northeast" are not); a bearing only one account gives is no finding (the other may
give the place alone).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import DifferenceKind
from ...patterns import compiled
from .fact import Claim

_WINDS = ("N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW")
"""The sixteen winds a value is written as, 22.5 degrees apart from north."""

_WORDS: dict[str, dict[str, float]] = {
    "en": {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270, "northwest": 315},
    "es": {"norte": 0, "noreste": 45, "nordeste": 45, "este": 90, "sureste": 135, "sudeste": 135, "sur": 180,
           "suroeste": 225, "sudoeste": 225, "oeste": 270, "noroeste": 315},
    "pt": {"norte": 0, "nordeste": 45, "leste": 90, "este": 90, "sudeste": 135, "sul": 180, "sudoeste": 225,
           "oeste": 270, "noroeste": 315},
    "fr": {"nord": 0, "nord-est": 45, "est": 90, "sud-est": 135, "sud": 180, "sud-ouest": 225, "ouest": 270, "nord-ouest": 315},
    "it": {"nord": 0, "nord-est": 45, "est": 90, "sud-est": 135, "sud": 180, "sud-ovest": 225, "ovest": 270, "nord-ovest": 315},
    "de": {"nördlich": 0, "nordöstlich": 45, "östlich": 90, "südöstlich": 135, "südlich": 180, "südwestlich": 225,
           "westlich": 270, "nordwestlich": 315},
    "id": {"utara": 0, "timur laut": 45, "timur": 90, "tenggara": 135, "selatan": 180, "barat daya": 225, "barat": 270,
           "barat laut": 315},
    "tr": {"kuzey": 0, "kuzeydoğu": 45, "doğu": 90, "güneydoğu": 135, "güney": 180, "güneybatı": 225, "batı": 270,
           "kuzeybatı": 315},
    "ja": {"北": 0, "北東": 45, "東": 90, "南東": 135, "南": 180, "南西": 225, "西": 270, "北西": 315},
    "zh": {"北": 0, "东北": 45, "東北": 45, "东": 90, "東": 90, "东南": 135, "東南": 135, "南": 180, "西南": 225, "西": 270,
           "西北": 315},
}
"""Each language's compass words and their bearings in degrees (English also joins two with
a hyphen, "north-northeast", halfway between)."""

_DISTANCE = (
    r"\d[\d.,]*\s?(?:km|kilometers?|kilometres?|kilómetros?|quilômetros?|quilómetros?|kilomètres?|chilometri|"
    r"Kilometern?|kilometre|mi(?:les?)?)(?![^\W\d_])(?:\s*\([^()]{1,30}\))?"
)
_BEFORE_THE_WORD = {
    "es": r"(?:al|hacia\s+el|en\s+dirección)\s+", "pt": r"(?:a|ao|à)\s+", "fr": r"(?:au|à\s+l['’]|à)\s*",
    "it": r"(?:a|ad)\s+", "id": r"(?:(?:di\s+)?arah\s+|sebelah\s+)?", "tr": r"",
}
"""What stands between a distance and its compass word ("al noroeste", "au nord-ouest",
"ad est", "arah barat laut"); English and German put none ("48 km northwest of")."""


@lru_cache(maxsize=16)
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = _WORDS.get(lang)
    if words is None:
        return None
    alternation = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))
    if lang in ("ja", "zh"):
        return compiled(rf"(?P<word>{alternation})(?=[約约]?\d)")
    if lang == "en":
        alternation = rf"(?:{alternation})(?:-(?:{alternation}))?"
    end = r"[^\W\d_]*" if lang == "tr" else r"(?![^\W\d_-])"  # a Turkish case ending: "kuzeydoğusunda"
    return compiled(rf"{_DISTANCE}\s+{_BEFORE_THE_WORD.get(lang, '')}(?P<word>(?:{alternation}){end})", re.IGNORECASE)


def _degrees(word: str, lang: str) -> float | None:
    """A compass word's bearing; "north-northeast", two joined, halfway between them."""
    words = _WORDS[lang]
    key = re.sub(r"\s+", " ", word.lower())
    if key in words:
        return words[key]
    if lang == "tr":  # a Turkish case ending after the word: "kuzeydoğusunda"
        return next((words[w] for w in sorted(words, key=len, reverse=True) if key.startswith(w)), None)
    parts = key.split("-")
    if len(parts) == 2 and all(p in words for p in parts):
        a, b = (words[p] for p in parts)
        if abs(a - b) > 180:
            a, b = (a + 360, b) if a < b else (a, b + 360)
        return ((a + b) / 2) % 360
    return None


def scan_bearings(scan: str, claim: Claim, *, lang: str) -> None:
    """A compass bearing from a place, after its distance (before it in Chinese and
    Japanese), as one of the sixteen winds ("NW")."""
    pattern = _pattern(lang)
    for m in pattern.finditer(scan) if pattern else ():
        degrees = _degrees(m["word"], lang)
        if degrees is not None:
            claim(DifferenceKind.BEARING, _WINDS[round(degrees / 22.5) % 16], m.start("word"), m.end("word"))


def bearings_match(a: str, b: str) -> bool:
    """Two bearings agree where they are less than 45 degrees apart."""
    if a not in _WINDS or b not in _WINDS:
        return a == b
    apart = abs(_WINDS.index(a) - _WINDS.index(b)) % 16
    return min(apart, 16 - apart) < 2
