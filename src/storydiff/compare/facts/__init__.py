"""Facts in a sentence — numbers, dates, money, quantities, names — and how aligned sentences differ in them.

Modules: ``extract`` (one pass over a segment) calls, most specific first, ``dates``,
``amounts`` (money and quantities), ``numbers``, ``places`` (cities, by their names in
every language) and ``names``, each of which also says
when two of its values match; ``bounds`` says when an estimate or a bound ("nearly 1.2
million") allows another account's figure; ``matching`` compares a unit's documents kind
by kind; ``direction`` gives a percentage the way its change went ("fell 1.8%"), so a
rise against a fall of one figure conflicts; ``fact`` holds the record they share.

Method. Each body segment is scanned once, most specific pattern first, so a span is
claimed by only one fact: dates (English month/weekday/relative phrases, ISO dates,
Chinese and Japanese ``3月20日``/``明年``/``金曜日``, Korean ``3월 20일``/``금요일``), then money (currency sign or word next to a number), then
quantities (a number with a unit or percent), then bare numbers (digits, English number
words via ``number-parser``, German, French, Spanish, Italian, Portuguese, Dutch and Danish
ones via ``text2num``, Russian and Ukrainian ones via ``number-parser``, Chinese numerals via
``cn2an``, digits with Chinese, Japanese and Korean myriads: 4万8000, 4만2천), then proper names (English
runs of capitalised words, titles stripped). A text in another language is read with its
language's conventions (locales.py, from CLDR): its numbers are rewritten the English way
character for character ("3,5" -> "3.5", so offsets hold), and its month and weekday
names, date order, relative dates ("gestern"), words for million and currency and unit
names join the patterns.
Each fact keeps its normalised ``value`` and its offsets in the segment text, so the
report can highlight it.

Dates are resolved against ``Document.published`` ("on Monday", "next year",
"tomorrow"); a date whose year is neither written nor resolvable is kept partial
(``--03-20``) and matches any full date with that month and day. Inside an aligned unit,
:func:`differences` compares the facts of each kind across documents: when two documents
each give a value the other lacks (10 vs 12, March 20 vs March 21, Putin vs Medvedev) the
difference is a conflict (so is an amount one gives against a bare number the other
gives, whose unit its patterns do not read: 340 т / 430トン); a value only one side
gives is a dropped detail (not for
names, where the other side mostly uses a pronoun), and a value whose digits the other
text also writes, in a form these patterns miss, is no difference at all.

Names are compared only between documents in the same language (cities in all: places.py
gives each one name whatever the language), and two names
match when they share a token, one is the other's acronym (UN / United Nations), or they
are near-identical spellings — so translations that expand or abbreviate a name are not
flagged. German capitalises every noun, so no names are read there at all. Chinese
person names are not extracted (no offline Chinese NER exists; jieba's tags call 普京 a
place); speakers.py maps them to pinyin instead.

Cost: a handful of compiled regular expressions per segment, linear in its length.

Rejected: dateparser (its ``search_dates`` misfires on ordinary words such as "may";
resolving the few phrases found against a base date is a few lines of calendar arithmetic
that stay deterministic); quantulum3 (English only, 5 s first call, and its unit guesses
add noise to a conflict test); spaCy NER (no offline model); jionlp (246 MB, prints a
banner on import).
"""

from .codes import codes_in
from .extract import extract
from .fact import NAME_KINDS, Fact
from .matching import FactDifference, differences, matches, stated_number
from .names import known_names, names_match, romanised_people
from .places import person_words
from .swaps import FIGURE_KINDS, figures_by_name, figures_by_vote, figures_by_word, swapped

__all__ = [
    "FIGURE_KINDS",
    "NAME_KINDS",
    "Fact",
    "FactDifference",
    "codes_in",
    "differences",
    "extract",
    "figures_by_name",
    "figures_by_vote",
    "figures_by_word",
    "known_names",
    "matches",
    "names_match",
    "person_words",
    "romanised_people",
    "stated_number",
    "swapped",
]
