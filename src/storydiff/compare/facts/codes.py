"""Designations of flights, models and documents: "KE787", "A321neo", "S26", "A/80/L.6".

A code of capital letters and digits written as one word is no count ("flight KE787" is
not 787 of anything), and its digits are what one account may change ("KE788", "A320neo"):
two codes of one prefix that differ conflict, in any language, as the codes are written
alike in every script's press. A code only one account gives is no finding (a name only one
side gives is not either). A code with a hyphen ("MS-29", Russian "МС-29") is one too, its
letters in Latin script and without the hyphen ("MS29"), so that the two scripts and the
two spellings agree; one with a space ("LH 400") is read as a number. So is a craft's name
and its number ("Chang'e-7" against "Chang'e-6", the mission changed).
"""

from __future__ import annotations

import re

from ...model import DifferenceKind
from ...patterns import compiled
from .fact import Claim, Fact

_CODE = compiled(
    r"(?<![A-Za-z0-9-])(?P<prefix>[A-Z]{1,3})(?P<digits>\d{1,4})(?P<suffix>[a-z]{0,4})(?![A-Za-z0-9-])"
    r"|(?<![\w-])(?P<hprefix>[A-ZА-ЯЁ]{1,3})-(?P<hdigits>\d{1,4})(?![\w-]|[.,]\d)"
    # a spacecraft's or a satellite's name and its number ("Chang'e-7", "Shenzhou-23", "Sentinel-6")
    r"|(?<![\w'’-])(?P<nprefix>[A-Z][a-z]{3,}(?:['’][a-z]+)?|[A-Z][a-z]+['’][a-z]+)-(?P<ndigits>\d{1,3})(?![\w-]|[.,]\d)"
)


def _value(m: re.Match[str]) -> str:
    """A code as compared: "KE787"; "MS29" for "MS-29" and "МС-29"; "CHANGE7" for "Chang'e-7"."""
    if m["nprefix"]:
        return re.sub(r"[^A-Z]", "", m["nprefix"].upper()) + m["ndigits"]
    if not m["hprefix"]:
        return m.group()
    from anyascii import anyascii

    return anyascii(m["hprefix"]) + m["hdigits"]


_SYMBOL = compiled(r"(?<![\w/.-])[A-Z]{1,5}(?:/[A-Z0-9.]*[A-Z0-9])+(?![\w/])")
"""A document's symbol ("A/80/L.6", "S/2025/148", "GOV/2025/38"): read whole, before dates,
so that its year is no date and its number no count."""


def scan_symbols(scan: str, claim: Claim) -> None:
    """Documents' symbols, first of all facts but telephone numbers."""
    for m in _SYMBOL.finditer(scan):
        if any(c.isdigit() for c in m.group()):  # not "N/A"
            claim(DifferenceKind.CODE, m.group(), m.start(), m.end())


_STORM_NUMBER = compiled(
    r"第?(?P<ty>\d{1,2})\s?号(?=(?:超强|强)?(?:台风|热带风暴|熱帶風暴|颱風))|(?:台風|颱風|台风)\s?(?P<ja>\d{1,2})\s?号"
    r"|태풍\s?(?:제\s?)?(?P<ko>\d{1,2})\s?호|제\s?(?P<ko2>\d{1,2})\s?호\s?태풍|(?i:\bbão\s+số)\s(?P<vi>\d{1,2})\b"
)
"""A storm's number in its season: the typhoon number China, Japan and Korea share (第18号台风,
台風18号, 태풍 18호) and Vietnam's own (bão số 7, counting storms in its sea). Two numbering
systems: compared within each (TY18, VN7), never a count."""


def scan_codes(scan: str, claim: Claim) -> None:
    """Codes, after dates and amounts ("Q3" is a quarter, claimed first) and before numbers."""
    for m in _CODE.finditer(scan):
        claim(DifferenceKind.CODE, _value(m), m.start(), m.end())
    for m in _STORM_NUMBER.finditer(scan):
        system = "VN" if m["vi"] else "TY"
        number = m["ty"] or m["ja"] or m["ko"] or m["ko2"] or m["vi"]
        claim(DifferenceKind.CODE, f"{system}{int(number)}", m.start(), m.end())


def codes_in(text: str) -> frozenset[str]:
    """Every code and symbol a whole account writes: a code it gives elsewhere is known to it,
    so another account's giving that code in one statement is no change ("than its
    predecessor, the Orca M4" against a statement of the M5 only)."""
    return frozenset(
        {_value(m) for m in _CODE.finditer(text)} | {m.group() for m in _SYMBOL.finditer(text)}
    )


def prefix_of(fact: Fact) -> str:
    """The letters a code opens with ("KE" of "KE787")."""
    m = re.match(r"[A-Z]+", fact.value)
    return m.group() if m else ""


def of_one_prefix(xs: list[Fact], ys: list[Fact], *_: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """The codes of two accounts that may stand in each other's place: of one prefix (a
    flight against a flight, not a flight against an aircraft)."""
    return (
        [x for x in xs if any(prefix_of(x) == prefix_of(y) for y in ys)],
        [y for y in ys if any(prefix_of(x) == prefix_of(y) for x in xs)],
    )
