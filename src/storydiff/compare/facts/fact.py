"""The fact as every pattern module reports it, and the call by which it claims its span."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ...model import DifferenceKind


@dataclass(frozen=True)
class Fact:
    """One normalised fact found in a segment; offsets are into the segment's text."""

    kind: DifferenceKind
    value: str
    text: str
    start: int
    end: int
    not_read_everywhere: bool = False
    """A date read by a pattern not every language has ("next year", 明年, "in March",
    "im nächsten Jahr"), or an English ordinal ("19th"): another language's text may say
    it in words not read ("im kommenden Jahr", "en mars", "decimonónico")."""
    any_week: bool = False
    """A weekday named alone ("on Monday", "am Montag"): it says the day, not the week. It
    is resolved to the last such day, as news mostly reports the past, but "talks resume
    on Monday" means the next one, so it also matches the date a week later."""
    maybe_count: bool = False
    """A bare four-digit number read as a year ("in 2019", but also "2000 Menschen",
    "quelque 2000 personnes"): what the other accounts give decides
    (``matching.amounts_as_numbers``)."""
    city: bool = False
    """A city the gazetteer knows (places.py), its value the city's one name in every
    language: compared across languages and scripts, as names are not."""
    age_of: str | None = None
    """A number that is a person's age ("Raymond Whitfield, 58,", "Peter Müller (58)", "the
    36-year-old Daniel Harper"): the name it goes with, "" for a person not named there ("a
    34-year-old man"). It conflicts only with that person's age in another account (an
    unnamed one's with any), and an age against another number (hours, counts) is none."""
    context: frozenset[str] = frozenset()
    """For a number, the content words around it, lower case ("hours" in "after six hours"):
    in one language, two numbers that differ conflict only where they share one, so "six
    hours" against "four of five counts" is no conflict."""
    bound: str | None = None
    """For a number, the word before it that makes it a bound or an estimate ("more than
    a dozen": "above"; "nearly 1.2 million": "nearly"; "about", "below"; 3800多, "odd"): the number of
    another account within that bound is no other number (bounds.within_bound); "from" for a
    threshold that holds its figure ("aged 65 and over", "ab 65 Jahren")."""
    sentence: int = 0
    """Which of its account's sentences in a unit gives it (0 for the first): a changed
    count stands beside the unchanged one in one sentence (matching._repeated)."""
    direction: int = 0
    """For a percentage or a step in points, the way the change went, where a word beside it
    says (+1 "rose 1.8%", -1 "fell 1.8%"; ±2 a level reached, "fell to 2.4%"; 0 unsaid):
    direction.py."""
    span_years: float | None = None
    """For a number of months or years ("18 months", "anderthalb Jahre", "dos años"), the span
    in years: one span given in months and in years is the same figure."""
    told: bool = False
    """A date right after a verb of saying ("his family said Monday", "dijo el lunes"): the
    day of the telling, which is no rival of an earlier day of an event another account
    gives in a sentence that also tells who said it ("died on Sunday, his family said")."""
    in_a_telling: bool = False
    """A date in a sentence with a verb of saying elsewhere (``told``)."""
    zone: str = ""
    """For a time of day, the code of the zone it was given in ("GMT", "MSK" for "Moscow
    time", "BJT" for 北京时间), "" for the place's own: a day in one zone is the day before
    or after in another."""
    source: frozenset[str] | None = None
    """For a number, whom its sentence gives it to ("selon la police", "ver.di said"), as
    keys that hold across languages (sources.py): another source's number is no rival."""
    today: bool = False
    """A day given by a word for today ("today", "aujourd'hui", "danas", 今天): the publication
    day, any day where that is unknown. It may mean nowadays ("memories remain fresh
    today"), so it is no detail of its own: it is compared where another account gives the
    statement's day ("danas" / "on Thursday" was an added date; "danas" / "juče" a missed
    conflict)."""
    converted: bool = False
    """A time (and its day) in brackets after a local time, in another zone ("at 4.17 a.m.
    local time (0117 GMT)"): the wire's help to its reader, compared where another account
    gives it, no detail of its own (a translation gives the local time alone)."""
    any_year: bool = False
    """A month, or a day and month, given without a year ("in December", "on 30 January"):
    resolved to the publication's year, but in a March article "in December" may be last
    December, and in October "on 30 January" next January, so it also matches the same
    month a year before or after."""


NAME_KINDS = frozenset({DifferenceKind.PERSON, DifferenceKind.PLACE, DifferenceKind.ORGANIZATION})


class Claim(Protocol):
    """Records a fact found at ``scan[start:end]`` unless an earlier, more specific
    pattern claimed part of that span (``extract``); pattern modules call it in turn."""

    def __call__(
        self,
        kind: DifferenceKind,
        value: str | None,
        start: int,
        end: int,
        partly_read: bool = False,
        any_week: bool = False,
        maybe_count: bool = False,
        city: bool = False,
        any_year: bool = False,
        age_of: str | None = None,
        zone: str = "",
        bound: str | None = None,
        today: bool = False,
    ) -> None: ...
