"""How the facts of one unit's documents differ, kind by kind: a value each of two gives
that the other lacks is a conflict (10 vs 12); one only one gives is a dropped detail."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from ...model import DifferenceKind
from ...patterns import compiled
from ..locales import conventions
from ..words import is_cjk, is_latin, unaccented
from .amounts import (
    amount_and_label,
    converted,
    is_duration,
    is_temperature,
    measure_of,
    one_currency_named_two_ways,
    one_sign,
    relabelled,
)
from .bearings import bearings_match
from .bounds import within_bound
from .codes import of_one_prefix
from .dates import FULL_DATE, WEEKDAYS, YEAR_AGO, a_week_apart, date_match, one_clock, time_zone
from .direction import opposite
from .fact import NAME_KINDS, Fact
from .names import (
    countries_named,
    country_in_language,
    is_country,
    is_region,
    named_by_a_word_of,
    named_in,
    names_match,
    neighbours,
    same_place,
    stand_ins,
    surname_changed,
)
from .numbers import digits_in, numbers_match, rounds_to, significant_digits, to_float
from .outcome import one_axis, outcomes_match
from .places import capital_and_country, cities_in, one_city_possible
from .sources import different_sources

_NAME_ORDER = (DifferenceKind.ORGANIZATION, DifferenceKind.PLACE, DifferenceKind.PERSON)
"""Which kind a name conflict is given on a tie: a person is what a name is taken for when
nothing marks it as a body or a place ("Hafenbund" / "Portworkers Union" is a union)."""


def matches(kind: DifferenceKind, a: str, b: str) -> bool:
    if kind is DifferenceKind.DATE:
        return date_match(a, b)
    if kind in NAME_KINDS:
        return names_match(a, b)
    if kind is DifferenceKind.QUANTITY:
        return a == b or converted(a, b)
    if kind is DifferenceKind.NUMBER:
        return numbers_match(a, b)
    if kind is DifferenceKind.OUTCOME:
        return outcomes_match(a, b)
    if kind is DifferenceKind.BEARING:
        return bearings_match(a, b)
    return a == b


_NUMERIC_KINDS = {
    DifferenceKind.NUMBER,
    DifferenceKind.QUANTITY,
    DifferenceKind.MONEY,
    DifferenceKind.DATE,
}


def _components(fact: Fact) -> set[str]:
    """The digit strings a numeric fact rests on (a date: its year and day)."""
    if fact.kind is DifferenceKind.DATE:
        if fact.value.endswith("0s"):  # a decade: "années 1880", "1880er" carry its digits
            return {fact.value[:-1]}
        # 2023-03-20, 2023-03, 2023, --03-20, --03, ---20: the month may be a word on the
        # other side, so only the year and the day count
        m = re.fullmatch(r"(?:(?P<y>\d{4})|-)(?:-(?P<m>\d\d)?)?(?:-(?P<d>\d\d))?", fact.value)
        if not m:
            return set()
        return {g.lstrip("0") for g in (m["y"], m["d"]) if g}
    return {p.lstrip("0") or "0" for p in re.findall(r"\d+(?:\.\d+)?", fact.value)}


def _rounded_alike(a: Fact, b: Fact) -> bool:
    """One amount given rounded, to the precision its decimals show, and the other in full
    ("12.47 trillion yuan" / "124671亿元", "4.2 million" / "4,180,000"): the same figure.
    A number written without decimals shows no precision ("3,000" may be exact), so two
    such numbers are never rounded alike; but one of two digits or more is the other's
    decimals rounded away ("312" / "312.40"; not "3%" / "3.4%", a slip as often)."""
    if a.kind is not b.kind or a.kind not in {DifferenceKind.MONEY, DifferenceKind.QUANTITY, DifferenceKind.NUMBER}:
        return False
    (amount_a, label_a), (amount_b, label_b) = amount_and_label(a), amount_and_label(b)
    if not one_sign(label_a, label_b):
        return False
    try:
        x, y = float(amount_a), float(amount_b)
    except ValueError:
        return False
    for (rounded, precise), written, other in (((x, y), a, b), ((y, x), b, a)):
        digits, other_digits = significant_digits(written.text), significant_digits(other.text)
        if digits is not None and (other_digits is None or other_digits > digits) and rounds_to(precise, rounded, digits):
            return True
        if digits is None and other_digits is not None and abs(rounded) >= 10 and rounded == math.floor(precise + 0.5):
            return True  # a whole number against its decimals: "rose 312 points" / "312.40 points"
    return False


_AMBIGUOUS_GROUP = compiled(r"(?<![\d.,])\d{1,3}[.,]\d{3}(?![\d.,]*\d)")
"""A number with one separator before three digits ("1,450", "3.500"): a thousand and more
where the separator groups thousands, one and a bit where it is the decimal sign."""


def _grouped_otherwise(a: Fact, b: Fact) -> bool:
    """One amount read with its separator as the other convention's ("1,450" read as 1.45 in
    a text of decimal commas that writes the English way, against another account's 1.450):
    the same figure, a thousand times apart."""
    if a.kind is not b.kind or a.kind not in _NUMERIC_KINDS or a.kind is DifferenceKind.DATE:
        return False
    (amount_a, label_a), (amount_b, label_b) = amount_and_label(a), amount_and_label(b)
    x, y = to_float(amount_a), to_float(amount_b)
    if not one_sign(label_a, label_b) or not x or not y:
        return False
    for fact, own, other in ((a, x, y), (b, y, x)):
        if _AMBIGUOUS_GROUP.search(fact.text) and any(math.isclose(own * k, other) for k in (1000, 0.001)):
            return True
    return False


def _one_span(a: Fact, b: Fact) -> bool:
    """One span of time in months and in years ("18 months" / "anderthalb Jahre", "two
    decades" / "20 años"), or in days against whole months, as a calendar counts them
    ("240 days" / "huit mois": 28 to 31 days a month)."""
    if a.span_years is None or b.span_years is None:
        return False
    if math.isclose(a.span_years, b.span_years):
        return True
    for given, other in ((a.span_years, b.span_years), (b.span_years, a.span_years)):
        days, months = given * 365.25, other * 12
        # a count of days: whole days, no whole number of months (92 years are 33,603 days)
        in_days = abs(days - round(days)) < 1e-6 and abs(given * 12 - round(given * 12)) > 1e-6
        if in_days and abs(months - round(months)) < 1e-6 and round(months) and 28 * round(months) <= round(days) <= 31 * round(months):
            return True
    return False


def _unmatched(
    kind: DifferenceKind, mine: list[Fact], theirs: list[Fact], their_digits: frozenset[str] | None
) -> list[Fact]:
    out = []
    every_full_date = [o for o in theirs if FULL_DATE.match(o.value)]
    # a weekday named alone ("torsdag") stands for a date only where no date is given; a
    # weekday is still the other's same weekday ("detected on March 14 and disclosed on
    # Wednesday" in both: the Wednesday against the 14th was a conflict of two Wednesdays)
    full_dates = [o for o in every_full_date if not o.any_week] or every_full_date
    # weekdays an undated account leaves unresolved ("Monday") match any date (where it
    # gives no other day: a time of day is none, "at 5:42 a.m. on Friday" / "27日午前5時42分")
    dated = [o for o in theirs if o.value.lower() not in WEEKDAYS]
    # (a month or a year is no other day: "said on Monday … the year ending March 2026" / 12日)
    days = [o for o in dated if not o.value.startswith("time ") and "day" in _date_fields(o)]
    for f in mine:
        # A full date is checked against the other's full dates when it gives any: its
        # weekday agreeing (Saturday, 10 / Saturday, 11 September) does not make it agree.
        # So is a date against the other's dates, not their unresolved weekdays (Monday,
        # 3 March / Monday, 5 March).
        if full_dates and FULL_DATE.match(f.value):
            # (a day of telling by its weekday agrees with that very day: "mercredi 9 juillet"
            # / "said Wednesday"; another weekday does not vouch for it: "left on Thursday")
            against = every_full_date if f.any_week else full_dates + [o for o in every_full_date if o.told and o.value == f.value]
        elif (days or (dated and f.value.startswith("time "))) and f.kind is DifferenceKind.DATE and f.value.lower() not in WEEKDAYS:
            against = dated
        else:
            against = theirs
        if kind is DifferenceKind.OUTCOME and (alike := [o for o in against if one_axis(f.value, o.value)]):
            against = alike  # a verdict is no answer to an appeal's outcome in the same sentence
        if kind is DifferenceKind.NUMBER and _a_figure(f) and any(_a_figure(o) for o in against):
            # a count against the other's counts, not its order of size: "killed 14 … dozens
            # rescued" / "killed 17 … dozens rescued" (each count was within "dozens")
            against = [o for o in against if not _an_order_of_size(o)]
        # a value the other account gives exactly is no estimate of another one ("620 million
        # and about 580 million" / "602 and 580": the 580 is the estimate's, not the 602)
        exactly = [o for o in against if any(g is not f and matches(kind, g.value, o.value) for g in mine)]
        if any(
            not opposite(f, o)
            and (
                matches(kind, f.value, o.value)
                or a_week_apart(f, o)
                or ((_rounded_alike(f, o) or within_bound(f, o)) and all(o is not e for e in exactly))
                or _grouped_otherwise(f, o)
                or one_currency_named_two_ways(f, o)
                or _one_span(f, o)
                or one_clock(f, o)
            )
            for o in against
        ):
            continue
        # The other text writes the same digits in a form its language's patterns missed
        # ("20 mars 2003", "1 500"): not a difference, unless it states the same amount
        # in another currency or unit ($500,000 / £500,000), or a temperature the other
        # side's was read (minus 18 / 18 degrees: the sign is no digit).
        parts = _components(f) if f.kind in _NUMERIC_KINDS else set()
        if ":" in f.value and any(":" in o.value for o in theirs):
            parts = set()  # a score ("6:4") the other reads too: its digits there may be the other way round
        read_alike = relabelled(f, theirs) or (is_temperature(f) and any(is_temperature(o) for o in theirs))
        turned = any(opposite(f, o) for o in theirs)  # its figure given, the other way
        if their_digits is not None and parts and parts <= their_digits and not read_alike and not turned:
            continue
        out.append(f)
    return out


_WHOLE_HOUR = compiled(r"time (\d\d):00$")


def stated_number(fact: Fact) -> str | None:
    """The number a money, quantity or number fact states ("EUR 1200000" -> "1200000"), or
    the hour of a time on the hour ("deux heures" is as often two hours as two o'clock)."""
    parts = fact.value.split()
    if fact.maybe_count:
        return fact.value
    if fact.kind is DifferenceKind.DATE:
        hour = _WHOLE_HOUR.match(fact.value)
        return str(int(hour.group(1))) if hour else None
    if fact.kind is DifferenceKind.MONEY:
        return parts[-1]
    if fact.kind is DifferenceKind.QUANTITY:
        return parts[0]
    return fact.value if fact.kind is DifferenceKind.NUMBER else None


_THOUSANDS_WRITTEN = compiled(r"\d{4}|\d[,.\s\u00a0\u202f]\d{3}")
"""A number of thousands as the press writes it: "2500", "2,500", "2.500", "2 500"."""


def _round(fact: Fact) -> bool:
    """A four-digit number of whole hundreds ("2000", "1500"): a count more often than a year."""
    return fact.value.isdigit() and int(fact.value) % 100 == 0


def _amounts_as_numbers(facts: dict[str, list[Fact]]) -> dict[str, list[Fact]]:
    """An amount with a currency or unit, or a time on the hour, where another account
    gives the bare number is compared as that number: the other's currency word
    ("dólares", "dollari") or unit ("proc.") is often one its language's patterns do not
    read, and "2 heures" is also "2 Stunden".

    So is a bare year that may be a count (:attr:`Fact.maybe_count`) where another
    account gives that number or a range that holds it ("2000 Menschen" / "2,000 people",
    "thousands of people"), or where no other account gives that year and another gives
    a number of its size (within a factor of two), also in four bare digits, that this one
    lacks while it lacks none of theirs ("2000 Menschen" / "2500 Menschen": a changed
    count, not a year; against "1,500 soldiers" "Im Jahr 2019" stays a year), or grouped as
    English groups it where this one is round, as counts are and years seldom ("2000 lidí"
    / "3,000 people").
    """
    out = {}
    for d, mine in facts.items():
        others = [f for e, theirs in facts.items() if e != d for f in theirs]
        bare = {stated_number(f) for f in others if f.kind is DifferenceKind.NUMBER}
        counted = {f.value for f in mine if f.maybe_count and any(numbers_match(f.value, n) for n in bare if n)}
        my_numbers = {f.value for f in mine if f.kind is DifferenceKind.NUMBER} | counted
        # their numbers written as this one's would be, four bare digits ("2500 Menschen")
        theirs_only = [
            (float(o.value), o.text.isdigit())
            for o in others
            if o.kind is DifferenceKind.NUMBER and o.value not in my_numbers and _THOUSANDS_WRITTEN.fullmatch(o.text)
        ] if my_numbers <= bare else []
        kept = []
        for f in mine:
            amount = stated_number(f)
            year_elsewhere = f.maybe_count and any(
                o.kind is DifferenceKind.DATE and f.value in o.value for o in others
            )
            if (
                f.kind in {DifferenceKind.MONEY, DifferenceKind.QUANTITY, DifferenceKind.DATE}
                and amount is not None
                and (
                    amount in bare
                    or f.value in counted
                    or (f.maybe_count and any(0.5 <= n / float(f.value) <= 2 and (bare_digits or _round(f)) for n, bare_digits in theirs_only))
                )
                and not year_elsewhere
                and not any(o.kind is f.kind and stated_number(o) == amount for o in others)
            ):
                f = Fact(DifferenceKind.NUMBER, amount or f.value, f.text, f.start, f.end)
            kept.append(f)
        out[d] = kept
    return out


@dataclass(frozen=True)
class FactDifference:
    """Facts of one kind that not every document in a unit gives alike."""

    kind: DifferenceKind
    values: dict[str, list[Fact]]
    """document id -> its facts of this kind that some other document lacks."""
    conflict: bool
    """True when two documents each give a value the other lacks (10 vs 12)."""
    note: str = ""
    """What the report says of it, where the values alone do not tell (swaps.py)."""
    beside: dict[str, list[Fact]] = field(default_factory=dict)
    """Numbers in digits some account gives that no other does, beside a conflict of
    numbers in another role: shown with it, so that a reader sees every figure that
    changed ("12 dead" / "14 missing, toll rose to 23": the 23 beside 12 against 14)."""


_KIND_GROUPS: list[tuple[DifferenceKind, frozenset[DifferenceKind]]] = [
    (DifferenceKind.DATE, frozenset({DifferenceKind.DATE})),
    (DifferenceKind.MONEY, frozenset({DifferenceKind.MONEY})),
    (DifferenceKind.QUANTITY, frozenset({DifferenceKind.QUANTITY})),
    (DifferenceKind.NUMBER, frozenset({DifferenceKind.NUMBER})),
    (DifferenceKind.PERSON, NAME_KINDS),
    (DifferenceKind.CODE, frozenset({DifferenceKind.CODE})),
    (DifferenceKind.OUTCOME, frozenset({DifferenceKind.OUTCOME})),
    (DifferenceKind.BEARING, frozenset({DifferenceKind.BEARING})),
]


def _alternatives(mine: list[Fact], theirs: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """The names two accounts give that can stand in each other's place: of places, a country
    against a country and a city against a city. "Nadia Varga of Hungary" and
    "Nadia Varga won in Split" name no two places for one: a country is no city's rival.
    (A name found only in the place of the other's, "Germany's regulator" / "London's
    regulator", is another matter: ``stand_ins``.)"""

    def rival(x: Fact, y: Fact) -> bool:
        places = x.kind is y.kind is DifferenceKind.PLACE
        if capital_and_country(x.value, y.value):
            return False  # a capital standing for its government: "Washington said" / "the United States said"
        if places and (one_city_possible(x.text, x.value, y.value) or one_city_possible(y.text, y.value, x.value)):
            return False  # "Florencia" / "Florence": a Colombian city's name, and Florence's in Spanish
        return not places or is_region(x.value) == is_region(y.value)

    def rivals(fact: Fact, others: list[Fact]) -> bool:
        return any(rival(fact, o) for o in others)

    return [f for f in mine if rivals(f, theirs)], [f for f in theirs if rivals(f, mine)]


def _in_one_place(
    mine: list[Fact], text: str, theirs: list[Fact], other_text: str, starts: tuple[list[int], list[int]] = ([], [])
) -> tuple[list[Fact], list[Fact]]:
    """Names of one language that stand in each other's place: the same word right before
    or right after them ("Coach Smith said" / "Coach Jones said"), or one person's name with
    its surname changed (``surname_changed``). Not names in two roles: "twice as much as
    Vance's" / "Harlow's campaign spent", where "Her campaign" is Harlow's; "the FA Cup" /
    "Daniel Okafor scored"."""

    def at(fact: Fact, sentence_starts: list[int]) -> int:
        """Where the fact's sentence opens in its account's text (a unit of several)."""
        return sentence_starts[fact.sentence] if fact.sentence < len(sentence_starts) else 0

    def rival(x: Fact, y: Fact) -> bool:
        dx, dy = at(x, starts[0]), at(y, starts[1])
        places = (
            neighbours(text, x.start + dx, x.end + dx, past_articles=True),
            neighbours(other_text, y.start + dy, y.end + dy, past_articles=True),
        )
        return same_place(*places) or surname_changed(x.value, y.value)

    return (
        [x for x in mine if any(rival(x, y) for y in theirs)],
        [y for y in theirs if any(rival(x, y) for x in mine)],
    )


def _loose_digits(text: str, facts: list[Fact]) -> frozenset[str]:
    """The numbers ``text`` writes in digits, where the other account may have read one its
    patterns missed ("1 500"), but not the day of a date it was read to give: 3月18日 does
    not say 18 (有期徒刑十五年 / "18 years"), nor a number read as another. A year stays: "in 1880" may be read as a
    number where the other reads "the 1880s"."""
    years = set()
    for fact in facts:
        # (nor a number read as a smaller one it means: "на 91-м году жизни" is aged 90)
        written = digits_in(fact.text) if fact.kind is DifferenceKind.NUMBER and fact.value.isdigit() else frozenset()
        reread = bool(written) and all(d.isdigit() and int(fact.value) < int(d) for d in written)
        if (fact.kind is DifferenceKind.DATE or reread) and fact.text:
            text = text.replace(fact.text, " " * len(fact.text))
        if fact.kind is DifferenceKind.DATE and fact.text:
            years |= {part for part in _components(fact) if len(part) == 4}
    return digits_in(text) | years


def _surname_named(fact: Fact, other_text: str) -> bool:
    """A name in Chinese characters read as its pinyin (romanised_people: 赵明远 is
    "Zhao Mingyuan") whose surname, its first word, the other text gives as a word."""
    if not is_cjk(fact.text) or not is_latin(fact.value):
        return False
    surname = fact.value.split()[0]
    return re.search(rf"\b{re.escape(surname)}\b", other_text) is not None


def _record(differing: dict[str, list[Fact]], found: dict[str, list[Fact]]) -> None:
    """Add each document's facts ``found`` to ``differing``, once each."""
    for doc, facts in found.items():
        kept = differing.setdefault(doc, [])
        kept.extend(f for f in facts if f not in kept)


def differences(
    facts: dict[str, list[Fact]],
    *,
    comparable_names: set[frozenset[str]] | None = None,
    texts: dict[str, str] | None = None,
    langs: dict[str, str | None] | None = None,
    sentence_starts: dict[str, list[int]] | None = None,
) -> list[FactDifference]:
    """Compare the facts each document of one unit gives, kind by kind.

    ``comparable_names``: pairs of document ids whose names may be compared (same
    language); names of other pairs are never reported, since a transliteration or a
    translated name (London, Londres) is not a conflict. None compares all pairs.
    ``langs``: the documents' languages; a relative date ("next year") or a month alone
    only one gives is no detail when another is in a language whose such dates are not read.
    ``sentence_starts``: where each of a document's sentences opens in its ``texts`` (a
    fact's offsets are its sentence's).
    """
    # documents in a language other than English and Chinese (locales.py has conventions)
    other_language = {d for d, lang in (langs or {}).items() if conventions(lang) is not None}
    # (Korean's relative dates are not read either: 올해, 내년)
    words_not_read = other_language | {d for d, lang in (langs or {}).items() if (lang or "").startswith("ko")}
    facts = _amounts_as_numbers(facts)
    out: list[FactDifference] = []
    docs = list(facts)
    digits = {d: _loose_digits(t, facts.get(d, [])) for d, t in (texts or {}).items()}
    for label, kinds in _KIND_GROUPS:
        by_doc = {d: [f for f in facts[d] if f.kind in kinds] for d in docs}
        if sum(bool(v) for v in by_doc.values()) == 0:
            continue
        differing: dict[str, list[Fact]] = {}
        conflicting: dict[str, list[Fact]] = {}  # numbers: those that conflict, in one role
        apart: dict[str, list[Fact]] = {}  # ... and those beside them, in another role
        conflict = False
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                if (
                    label is DifferenceKind.PERSON
                    and comparable_names is not None
                    and (frozenset({a, b}) not in comparable_names)
                ):
                    # Across scripts, only people both texts name by a Latin full name (a
                    # Chinese text glosses foreign names, 佩斯科夫 (Dmitry Peskov), and its
                    # own names are their pinyin: romanised_people), and only as a
                    # conflict: a name one text leaves in translation is no finding.
                    # Between two Latin-script languages, only a full name with its surname
                    # changed (José Luis Sanz / José Luis García): their bodies and titles
                    # are words of each language ("Policía Nacional").
                    # Cities, whatever the language: each is one name in all (places.py)
                    cities = {d: [f for f in by_doc[d] if f.city] for d in (a, b)}
                    named = {d: cities_in(texts[d]) if texts else frozenset() for d in (a, b)}
                    # a city the other text names where it is no fact of its own ("el
                    # exalcalde de Marbella Julián Ortega", read as one name) is the same city
                    city_a = [f for f in cities[a] if not any(_one_city(f, g) for g in cities[b]) and f.value not in named[b]]
                    city_b = [f for f in cities[b] if not any(_one_city(f, g) for g in cities[a]) and f.value not in named[a]]
                    if city_a and city_b:
                        conflict = True
                        _record(differing, {a: city_a, b: city_b})
                    # countries, by their ISO codes, where both texts are in Latin letters
                    # or unspaced Chinese or Japanese ("Morocco" / "Argelia", 利比里亚籍 /
                    # "Panama-flagged"): one a text names in any form is no change
                    if texts and all(is_latin(texts[d]) or is_cjk(texts[d]) for d in (a, b)):
                        coded = {
                            d: [
                                (f, code)
                                for f in by_doc[d]
                                if f.kind is DifferenceKind.PLACE
                                and not f.city
                                and (code := country_in_language(f.value, (langs or {}).get(d)))
                            ]
                            for d in (a, b)
                        }
                        named_codes = {d: countries_named(texts[d]) for d in (a, b)}
                        # (nor one whose people the other names: "Kenyan" / "uit Kenia")
                        country_a = [f for f, code in coded[a] if code not in named_codes[b] and not named_by_a_word_of(code, texts[b])]
                        country_b = [f for f, code in coded[b] if code not in named_codes[a] and not named_by_a_word_of(code, texts[a])]
                        if country_a and country_b:
                            conflict = True
                            _record(differing, {a: country_a, b: country_b})
                    latin = {
                        d: [
                            f
                            for f in by_doc[d]
                            if (
                                f.kind is DifferenceKind.PERSON
                                or (f.kind is DifferenceKind.PLACE and not f.city and not is_country(f.value) and not is_cjk(texts[d] if texts else ""))
                            )
                            and is_latin(f.value)
                            and " " in f.value
                        ]
                        for d in (a, b)
                    }  # full names only: a glossed common noun (模因 (Meme)) is no person; a
                    # person after "from" is read as a place ("pulling away from Tadese Takele")
                    only_a = _unmatched(label, latin[a], latin[b], None)
                    only_b = _unmatched(label, latin[b], latin[a], None)
                    if texts:
                        # a Chinese name read as its pinyin is named by its surname, which
                        # comes first, after its first mention ("Zhao" for 赵明远, Zhao Mingyuan)
                        only_a = [f for f in only_a if not _surname_named(f, texts[b])]
                        only_b = [f for f in only_b if not _surname_named(f, texts[a])]
                    if texts and not is_cjk(texts[a]) and not is_cjk(texts[b]):
                        changed = [(x, y) for x in only_a for y in only_b if surname_changed(x.value, y.value)]
                        only_a = list(dict.fromkeys(x for x, _ in changed))
                        only_b = list(dict.fromkeys(y for _, y in changed))
                    elif not texts or is_cjk(texts[a]) == is_cjk(texts[b]):
                        only_a = only_b = []
                    if only_a and only_b:
                        conflict = True
                        _record(differing, {a: only_a, b: only_b})
                    continue
                only_a = _unmatched(label, by_doc[a], by_doc[b], None)
                only_b = _unmatched(label, by_doc[b], by_doc[a], None)
                if label is not DifferenceKind.DATE or not (only_a and only_b):
                    # Perhaps the other text gives it in a form its patterns missed. But
                    # two dates that both sides give and that differ conflict, even when
                    # one's digits occur elsewhere in the other (December 11 / 11 天后的
                    # 12 月 7 日). Numbers keep the digit test: 1,500 / 1 500.
                    only_a = _unmatched(label, by_doc[a], by_doc[b], digits.get(b))
                    only_b = _unmatched(label, by_doc[b], by_doc[a], digits.get(a))
                if label is DifferenceKind.DATE:
                    # today in each account's own day: "where it is today" / "to today"
                    only_a = [f for f in only_a if not (f.today and any(g.today for g in by_doc[b]))]
                    only_b = [f for f in only_b if not (f.today and any(g.today for g in by_doc[a]))]
                one_language = langs is not None and langs.get(a) is not None and langs.get(a) == langs.get(b)
                if label is DifferenceKind.NUMBER and bool(only_a) != bool(only_b):
                    only_a = only_a or _repeated(by_doc[a], by_doc[b], only_b)
                    only_b = only_b or _repeated(by_doc[b], by_doc[a], only_a)
                elif label is DifferenceKind.DATE and bool(only_a) != bool(only_b):
                    # a quarter given twice ("in the third quarter, the lowest since the third
                    # quarter of 2008") against a changed one beside the other's copy
                    quarters = [[f for f in by_doc[d] if f.value.startswith("quarter ")] for d in (a, b)]
                    only_a = only_a or _repeated(quarters[0], quarters[1], only_b, label)
                    only_b = only_b or _repeated(quarters[1], quarters[0], only_a, label)
                if label is DifferenceKind.NUMBER and only_a and only_b:
                    alike_a, alike_b = _in_one_role(only_a, only_b, one_language=one_language)
                    if not (alike_a and alike_b):  # an age against hours: two details
                        _record(differing, {a: only_a, b: only_b})
                        continue
                    _record(apart, {a: [f for f in only_a if f not in alike_a], b: [f for f in only_b if f not in alike_b]})
                    only_a, only_b = alike_a, alike_b
                    _record(conflicting, {a: only_a, b: only_b})
                if label is DifferenceKind.PERSON and texts and (only_a or only_b):
                    # a city the other account names in a form not read as a fact ("Praha"
                    # opening a sentence, "Prahy" after a preposition) is the same city
                    only_a = [f for f in only_a if not (f.city and f.value in cities_in(texts[b]))]
                    only_b = [f for f in only_b if not (f.city and f.value in cities_in(texts[a]))]
                if label is DifferenceKind.PERSON and only_a and only_b:
                    only_a, only_b = _alternatives(only_a, only_b)
                # (words are told apart by spaces: not in Chinese or Japanese)
                if label is DifferenceKind.PERSON and texts and one_language and only_a and only_b and not is_cjk(texts[a]):
                    starts = ((sentence_starts or {}).get(a, []), (sentence_starts or {}).get(b, []))
                    only_a, only_b = _in_one_place(only_a, texts[a], only_b, texts[b], starts)
                if label is DifferenceKind.PERSON and texts and {a, b} <= other_language:
                    # Another language may inflect a name (Warszawa / w Warszawie, Tusk /
                    # premiera Tuska), and its name finder is rougher: a name the other
                    # text holds in some form is no difference.
                    only_a = [f for f in only_a if not named_in(f.value, texts[b])]
                    only_b = [f for f in only_b if not named_in(f.value, texts[a])]
                elif label is DifferenceKind.PERSON and texts and bool(only_a) != bool(only_b):
                    lone, other = (a, b) if only_a else (b, a)
                    found = stand_ins(only_a or only_b, texts[lone], texts[other])
                    found = [  # not a capital for its country: "Washington" for "the United States"
                        f
                        for f in found
                        if not any(capital_and_country(f.value, g.value) for g in only_a or only_b)
                    ]
                    if found:
                        only_a, only_b = (only_a, found) if only_a else (found, only_b)
                if label is DifferenceKind.QUANTITY and only_a and only_b:
                    only_a, only_b = _level_left_against_step(only_a, by_doc[a], only_b, by_doc[b])
                if label in _ONE_SORT and only_a and only_b:
                    # a time of day against a day is two details, each in its own role, and
                    # so are two sums in two currencies (a conversion: 2兆6000億円 / $17
                    # billion) and two measures (a ship's 250 metres, its 4,000 barrels)
                    alike_a, alike_b = _ONE_SORT[label](only_a, only_b, by_doc[a], by_doc[b])
                    if not alike_a:
                        _record(differing, {a: only_a, b: only_b})
                        continue
                    _record(conflicting, {a: alike_a, b: alike_b})
                if only_a and only_b:
                    conflict = True
                _record(differing, {a: only_a, b: only_b})
        beside: dict[str, list[Fact]] = {}
        if conflict and conflicting:  # numbers, dates: the values that conflict, not the details beside
            if label is DifferenceKind.NUMBER:
                beside = {
                    d: kept
                    for d, v in apart.items()
                    if (kept := [f for f in dict.fromkeys(v) if f not in conflicting.get(d, []) and any(c.isdigit() for c in f.text)])
                }
            differing = conflicting
        # A number written in words that only one side gives is mostly a language whose
        # words are not read (Polish, Czech) or an idiom ("the two sides"): not a detail.
        # Nor is a lone 1, which the other side says with "a" or "one" ("only one dead"),
        # nor a relative date or a month alone against a language where those are not read.
        # In a conflict they are left out where the conflict stands without them (150,000
        # against 250 000, not "150,000, ten" where "ten years" is a word not read).
        read_alike = {
            d: [
                f
                for f in v
                if (
                    # (a quantity in words only one account gives too: "three points" against
                    # an account whose words are not read; in a conflict it stands)
                    (
                        f.kind is not DifferenceKind.NUMBER
                        and not (f.kind is DifferenceKind.QUANTITY and not conflict and not any(c.isdigit() for c in f.text))
                    )
                    or (f.kind is DifferenceKind.NUMBER and any(c.isdigit() for c in f.text) and f.value != "1")
                    # (in a conflict, a number in words that agrees with another's figure
                    # shows whose side the account is on: "cuarenta" beside 40 against 14)
                    or (conflict and f.value != "1" and _agrees_elsewhere(label, f, d, differing))
                )
                and not (f.not_read_everywhere and words_not_read - {d})
                and not f.today
                and not f.converted
                # (nor the year-ago comparison, which a translation leaves implied:
                # "climbing 41.5% from a year earlier" / "41.5%上がった")
                and not (f.kind is DifferenceKind.DATE and YEAR_AGO.fullmatch(f.text))
            ]
            for d, v in differing.items()
        }
        # (in one language both sides read their words alike: "seven" against "nine" beside
        # 200,000 against 210,000 is a conflict of its own)
        one_tongue = langs is not None and len({langs.get(d) for d in docs}) == 1 and None not in langs.values()
        left = [v for v in read_alike.values() if v]
        # (not where the accounts left agree among themselves: the conflict was the third's,
        # "neun zu drei" against "10-2" and "10 votos a 2")
        agree = len(left) >= 2 and all(
            not _unmatched(label, x, y, None) and not _unmatched(label, y, x, None) for x, y in pairwise(left)
        )
        if not conflict or (len(left) >= 2 and not one_tongue and not agree):
            differing = read_alike
        differing = {d: differing[d] for d in docs if differing.get(d)}  # in the accounts' order
        # A name only one side gives is mostly a pronoun on the other ("your leadership"):
        # names are reported only when they conflict.
        if label in (DifferenceKind.PERSON, DifferenceKind.CODE, DifferenceKind.OUTCOME, DifferenceKind.BEARING) and not conflict:
            continue
        if differing:
            kind = label
            if label is DifferenceKind.PERSON:  # the kind most of its names have, whatever the accounts' order
                given = [f.kind for v in differing.values() for f in v]
                kind = max(_NAME_ORDER, key=lambda k: (given.count(k), -_NAME_ORDER.index(k)))
            out.append(FactDifference(kind, differing, conflict, beside=beside))
    return _amount_against_number(out, langs or {})


def _agrees_elsewhere(label: DifferenceKind, fact: Fact, doc: str, differing: dict[str, list[Fact]]) -> bool:
    """Whether another account gives ``fact``'s value in digits."""
    return any(
        matches(label, fact.value, g.value) and any(c.isdigit() for c in g.text)
        for other, facts in differing.items()
        if other != doc
        for g in facts
    )


def _of_one_sort(xs: list[Fact], ys: list[Fact], all_x: list[Fact], all_y: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """The dates of two accounts that differ as one sort: times of day against times of
    day, quarters against quarters, days against days ("9 a.m." against "13. mars" is none);
    not a day of telling against an earlier day of another account ("died on Sunday"
    against "his family said Monday": both may hold; "said on Wednesday" against
    "Donnerstag" still conflicts)."""
    told_later = {id(f) for x in xs for y in ys for f in (x, y) if _told_after(x, y) or _told_after(y, x)}
    # a day of telling is later than the month or the year the telling is of ("said on
    # Thursday" / "in the July-September period"): only another day is its rival
    for mine, theirs in ((xs, ys), (ys, xs)):
        told_later |= {id(f) for f in mine if f.told and not any("day" in _date_fields(o) for o in theirs)}
    xs, ys = [x for x in xs if id(x) not in told_later], [y for y in ys if id(y) not in told_later]

    def sort_of(f: Fact) -> str:
        # (a time in one zone against a time in another, or in the place's own, is no rival:
        # "1817 GMT" and 午前3時17分 may be one moment)
        if f.value.startswith("time "):
            return f"time {time_zone(f.value)}"
        if f.value.startswith("season "):
            return "season"  # a marketing or fiscal year of two ("2025/26"): only another's rival
        return "quarter" if f.value.startswith("quarter ") else "day"

    # a day in one zone's time is the day before or after in another's: "1817 GMT on
    # Wednesday, May 13" is 14日午前3時17分 in Tokyo (the zones of all the accounts' times,
    # those that match too: 北京时间14日23时12分 is 日本時間15日午前0時12分)
    zones = [{f.zone for f in fs if f.value.startswith("time ")} for fs in (all_x, all_y)]
    if zones[0] and zones[1] and zones[0] != zones[1]:
        xs, ys = [x for x in xs if not _a_day_apart(x, ys)], [y for y in ys if not _a_day_apart(y, xs)]
    kinds = sorted({sort_of(f) for f in xs + ys})
    sorts = [([x for x in xs if sort_of(x) == k], [y for y in ys if sort_of(y) == k]) for k in kinds]
    sorts = [(_sharing_a_field(a, b), _sharing_a_field(b, a)) for a, b in sorts]
    pairs = [sort for sort in sorts if sort[0] and sort[1]]
    return [x for sort in pairs for x in sort[0]], [y for sort in pairs for y in sort[1]]


_DATE_FIELDS = (
    (compiled(r"---\d\d"), {"day"}),
    (compiled(r"--\d\d"), {"month"}),
    (compiled(r"--\d\d-\d\d"), {"month", "day"}),
    (compiled(r"\d{4}"), {"year"}),
    (compiled(r"\d{4}-\d\d"), {"year", "month"}),
)


def _an_order_of_size(fact: Fact) -> bool:
    """An amount given in words by its order of size ("dozens", "hundreds", 数百): a range."""
    return "-" in fact.value.lstrip("-") and not any(ch.isdigit() for ch in fact.text)


def _a_figure(fact: Fact) -> bool:
    """A number written in digits."""
    return any(ch.isdigit() for ch in fact.text) and "-" not in fact.value.lstrip("-")


def _date_fields(date: Fact) -> set[str]:
    """Which of a year, a month and a day a date gives (all three where its form is another)."""
    return next((named for pattern, named in _DATE_FIELDS if pattern.fullmatch(date.value)), {"year", "month", "day"})


def _sharing_a_field(xs: list[Fact], ys: list[Fact]) -> list[Fact]:
    """The dates of ``xs`` that give a field some date of ``ys`` gives: a day of the month
    alone ("14日") and a month alone ("9月") cannot contradict each other."""
    return [x for x in xs if any(_date_fields(x) & _date_fields(y) for y in ys)]


_DAY_OF = compiled(r"(?:\d{4}-\d\d-|--\d\d-|---)(\d\d)")


def _a_day_apart(date: Fact, others: list[Fact]) -> bool:
    """Whether a day is the day before or after one of ``others`` (by the day of the month)."""
    day = _DAY_OF.fullmatch(date.value)
    days = [int(m[1]) for o in others if (m := _DAY_OF.fullmatch(o.value))]
    return day is not None and any(abs(int(day[1]) - d) == 1 for d in days)


def _told_after(told: Fact, event: Fact) -> bool:
    """Whether ``told`` is a day of telling ("said Monday") up to a week after the day
    ``event`` gives in a sentence that tells who said it ("died on Sunday, his family said")."""
    if not told.told or not event.in_a_telling or not (FULL_DATE.match(told.value) and FULL_DATE.match(event.value)):
        return False
    days = (dt.date.fromisoformat(told.value) - dt.date.fromisoformat(event.value)).days
    return 0 < days <= 7



def _level_left_against_step(xs: list[Fact], all_x: list[Fact], ys: list[Fact], all_y: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """Two accounts' unmatched rates where one gives the level left and the other the step
    to the level both give: "raised its rate from 0.5% to 0.75%" / "by 25 basis points to
    0.75%" say one thing, not 0.5% against 25 basis points."""
    def percent(f: Fact) -> float | None:
        amount, label = amount_and_label(f)
        return float(amount) if label == "%" else None

    for levels, level_facts, steps in ((xs, all_x, ys), (ys, all_y, xs)):
        rates = [rate for f in level_facts if (rate := percent(f)) is not None]
        for step in steps:
            amount, label = amount_and_label(step)
            if label not in ("bp", "pp"):
                continue
            size = float(amount) * (0.01 if label == "bp" else 1.0)
            for level in levels:
                if (left := percent(level)) is not None and any(math.isclose(abs(rate - left), size, abs_tol=1e-9) for rate in rates):
                    return [f for f in xs if f is not level and f is not step], [f for f in ys if f is not level and f is not step]
    return xs, ys


def _in_one_currency(xs: list[Fact], ys: list[Fact], *_: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """The sums of two accounts that differ in one currency, or that give one amount in two
    (a changed currency: $500,000 / £500,000); not two amounts in two currencies, which is
    mostly one sum converted."""

    def alike(x: Fact, y: Fact) -> bool:
        (amount_x, label_x), (amount_y, label_y) = amount_and_label(x), amount_and_label(y)
        return one_sign(label_x, label_y) or amount_x == amount_y

    return [x for x in xs if any(alike(x, y) for y in ys)], [y for y in ys if any(alike(x, y) for x in xs)]


def _in_one_measure(xs: list[Fact], ys: list[Fact], *_: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """The quantities of two accounts that measure one thing (a length against a length)."""
    return (
        [x for x in xs if any(measure_of(x) == measure_of(y) for y in ys)],
        [y for y in ys if any(measure_of(x) == measure_of(y) for x in xs)],
    )


_ONE_SORT: dict[DifferenceKind, Callable[[list[Fact], list[Fact], list[Fact], list[Fact]], tuple[list[Fact], list[Fact]]]] = {
    DifferenceKind.DATE: _of_one_sort,
    DifferenceKind.MONEY: _in_one_currency,
    DifferenceKind.QUANTITY: _in_one_measure,
    DifferenceKind.CODE: of_one_prefix,
}
"""How to find, of two accounts' differing values of a kind, those that stand in one role
(given those values, then all the facts of that kind each account gives)."""


def _repeated(
    mine: list[Fact], theirs: list[Fact], their_own: list[Fact], kind: DifferenceKind = DifferenceKind.NUMBER
) -> list[Fact]:
    """The numbers ``mine`` gives more often than ``theirs`` do, where theirs give them
    too: "3 died and 3 are missing" against "2 died and 3 are missing" holds a 3 in place
    of the 2, which a match by value alone would take for the other 3 (each copy, for the
    role test to choose from). Only where a number of ``their_own`` (those only theirs
    give) stands in the sentence that gives their copy: one sentence of "95 на 95"
    against "95 prisoners each. Among those freed were 12 civilians." changed nothing."""
    out = []
    for f in mine:
        copies = [o for o in theirs if matches(kind, f.value, o.value)]
        if sum(f.value == g.value for g in mine) > len(copies) >= 1 and any(
            o.sentence == x.sentence for o in copies for x in their_own
        ):
            out.append(f)
    return out


def _in_one_role(xs: list[Fact], ys: list[Fact], *, one_language: bool) -> tuple[list[Fact], list[Fact]]:
    """The numbers of two accounts that differ in one role: a person's age against that
    person's age ("Whitfield, 58," / "Whitfield, 56,"; in two scripts any two ages), any
    other number against any other; not, in one language, an age against hours, nor one
    person's age against another's ("Gregory Tan, 44,"). Where, in one language, either account has more than
    one other number the other lacks, only those with a word around them in common ("after
    six hours" / "after seven hours"): not "six hours" against "four of five counts",
    where each account says what the other leaves out; one against one always ("A crowd of
    61,200 watched" / "Some 58,000 fans attended")."""
    counts = sum(x.age_of is None for x in xs) > 1 or sum(y.age_of is None for y in ys) > 1
    # across languages, where several numbers could be the changed one, those with a word
    # around them of one root ("78th minute" / "minuto 83", not "10-man" / "minuto 83")
    cognate = not one_language and counts and any(_cognates(x.context, y.context) for x in xs for y in ys)

    def alike(x: Fact, y: Fact) -> bool:
        if different_sources(x, y):
            return False  # "12.000 nach Polizeiangaben" / "20,000, ver.di said": two counts
        if x.age_of is not None and y.age_of is not None:
            # an unnamed person's age ("a 34-year-old man") may be anyone's of the statement
            return x.age_of == y.age_of or "" in (x.age_of, y.age_of) or is_latin(x.age_of) != is_latin(y.age_of)
        if x.age_of is not None or y.age_of is not None:
            return not one_language  # another language's way of giving an age ("5岁") is not read as one
        if cognate:
            return _cognates(x.context, y.context)
        if _ordinal_against_words(x, y) or _ordinal_against_words(y, x):
            return False  # "της 6ης συνόδου" / "the two leaders"
        return not (one_language and counts and x.context and y.context) or _a_word_in_common(x.context, y.context)

    return [x for x in xs if any(alike(x, y) for y in ys)], [y for y in ys if any(alike(x, y) for x in xs)]


def _one_city(f: Fact, g: Fact) -> bool:
    """Two cities that may be one: the same, or one's name also the other's ("Odessa", a
    Texan city's name, is also Odesa's: one_city_possible)."""
    return f.value == g.value or one_city_possible(f.text, f.value, g.value) or one_city_possible(g.text, g.value, f.value)


def _a_word_in_common(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two numbers' context words in one language share one, or one's inflection
    ("a 10-2 vote" / "voted 9-3", "hour" / "hours")."""
    return bool(a & b) or any(
        len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3
        for x in a
        for y in b
        for short, long_ in (sorted((x, y), key=len),)
    )


def _ordinal_against_words(x: Fact, y: Fact) -> bool:
    """An ordinal in digits ("6ης", "19th") against a count in words ("two"), or an ordinal
    in words ("quatrième journée") against any count ("10-man"): a rank is no count of the
    same thing. (Digits against digits may be: another language writes a rank as a plain
    number, "2e" / "2.", "78th minute" / "minuto 83".)"""
    if not x.not_read_everywhere or y.not_read_everywhere:
        return False
    return not any(c.isdigit() for c in y.text) or not any(c.isdigit() for c in x.text)


def _cognates(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two numbers' context words share one root across languages: five letters
    alike at the start, accents aside ("minute" / "minuto", "kilometres" / "kilómetros")."""
    roots = {unaccented(w)[:5] for w in a if len(w) >= 5}
    return any(unaccented(w)[:5] in roots for w in b if len(w) >= 5)


def _amount_against_number(found: list[FactDifference], langs: dict[str, str | None]) -> list[FactDifference]:
    """An amount only some accounts give (340 т, 150 ألف متر) where the others give only a
    bare number the first lack (430トン, "120,000 cubic metres": a unit their language's
    patterns do not read) is one changed amount: a conflict, not two details. Not a
    temperature: every account writes its unit, and one against a head count ("minus 18
    degrees Celsius" / 3000余名救援人员) is two facts; nor a duration, whose parts the
    other account may give in words not read ("two hours and 48 minutes"). Nor between accounts in one
    language, whose patterns read both alike: there a bare number is a count ("450,000
    vehicles" against "$1.22 billion")."""
    out = list(found)
    for amount in found:
        if amount.conflict or amount.kind not in (DifferenceKind.MONEY, DifferenceKind.QUANTITY):
            continue
        if any(is_temperature(f) or is_duration(f) or "shindo" in f.value or " °" in f.value for fs in amount.values.values() for f in fs):
            continue  # (nor an intensity on Japan's own scale, which no other account gives, nor a position)
        givers = {d for d, v in amount.values.items() if v}
        amounts = [a for fs in amount.values.values() for f in fs if (a := stated_number(f))]
        for number in out:
            if number.conflict or number.kind is not DifferenceKind.NUMBER:
                continue
            others = {d for d, v in number.values.items() if v}
            spoken = {langs.get(d) for d in givers | others}
            if len(spoken) == 1 and None not in spoken:
                continue  # one language: a count beside a sum
            bare = [f.value for fs in number.values.values() for f in fs]
            if any(numbers_match(a, n) for a in amounts for n in bare):
                continue  # the same amount, its currency or unit not read on one side
            if givers and others and givers.isdisjoint(others):
                merged = FactDifference(amount.kind, {**number.values, **amount.values}, True)
                out[out.index(amount)] = merged
                out.remove(number)
                break
    return out
