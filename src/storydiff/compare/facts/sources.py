"""Whose figure a number is: "80 000 selon la police, 250 000 selon la CGT".

Crowds, casualties and downed drones are counted by each side, and accounts quote
different counters: "12.000 nach Polizeiangaben" against "20,000, ver.di said" is two
sources, not one figure changed. A number's source is the attribution nearest it in its
sentence ("according to", "selon", "según", "nach Angaben", "laut", "secondo", "segundo",
"segons", "volgens", "enligt", "menurut", "по данным", "за даними", or a subject before
"said"), reduced to
keys that hold across languages: the kind of counter its words name (police, organisers,
unions, ministry …, matched by stem, so that "Polizeiangaben" is the police) and the
acronyms and names it gives ("CGT", "ver.di"). Two numbers whose sources both have keys
and share none are two counts (``different_sources``); where either source is unsaid or
gives no key, the numbers are compared as before.
"""

from __future__ import annotations

from dataclasses import replace

from ...model import DifferenceKind
from ...patterns import compiled
from ..words import unaccented
from .fact import Fact

_COUNTERS = {
    "police": (
        "police", "polic", "polizei", "polizia", "politie", "questur", "gendarm", "carabinier", "mossos",
        "полици", "поліці", "guardia urbana", "polis", "emniyet", "警方", "公安", "警察",
    ),
    "organisers": (
        "organis", "organiz", "veranstalter", "organitzador", "организатор", "організатор", "organizator", "arrangor",
        "penyelenggara", "panitia", "主办方", "组织者",
    ),
    "unions": (
        "union", "syndica", "sindica", "sindaca", "gewerkschaft", "vakbond", "профсоюз", "профспілк", "sendika", "zwiazk",
        "fackforbund", "serikat", "工会",
    ),
    "government": (
        "government", "gouvernement", "gobierno", "governo(?!r)", "regierung", "regering", "правительств", "уряд",
        "hukumet", "rzad", "政府",
    ),
    "ministry": ("minist", "минобороны", "міноборони", "министерств", "міністерств", "bakanlig", "bakanlik", "[^\\s]部(?!分|门|队)"),
    "army": ("army", "military", "armee", "ejercito", "esercito", "exercito", "bundeswehr", "арми", "генштаб", "军方"),
    "air force": ("air force", "luftwaffe", "fuerza aerea", "aeronautica", "armee de l'air", "повітрян", "воздушн", "впс", "ввс"),
    "coast guard": (
        "coast guard", "coastguard", "garde-cote", "guardia costier", "guardia coster", "kustenwache", "kustwacht",
        "guarda costeira", "sahil guvenlik", "海警",
    ),
    "border guard": ("border guard", "border police", "straz graniczn", "strazy graniczn", "grenzschutz", "пограничн", "прикордонн"),
    "hospital": ("hospital", "hopital", "ospedal", "krankenhaus", "klinik", "ziekenhuis", "больниц", "лікарн", "hastane", "szpital", "医院"),
    "rescuers": ("rescue", "secours", "rescate", "soccors", "rettung", "спасател", "рятувальник", "救援"),
    "firefighters": (
        "fire department", "fire service", "firefighter", "bombeiro", "bombero", "pompier", "vigili del fuoco",
        "feuerwehr", "brandweer", "пожарн", "пожежн", "itfaiye", "strazak", "straz pozarn", "消防",
    ),
}
"""Kinds of counter, each by the stems of its words in the languages read (accents off),
inside a word too ("Polizeiangaben", "Innenministerium"; but "governor" is no "governo")."""
_COUNTER_PATTERNS = {kind: compiled("|".join(stems)) for kind, stems in _COUNTERS.items()}
_ACRONYMS = {"hcr": "unhcr", "acnur": "unhcr", "oim": "iom", "цахал": "idf", "зсу": "army", "генштаб": "army"}
"""One body's acronyms in other languages (the UN refugee agency's HCR, ACNUR), as one key."""

_LEAD = (
    r"according\s+to|by\s+the\s+count\s+of|selon|d['’]apr[eè]s|seg[uú]n|de\s+acuerdo\s+con|"
    r"nach\s+(?:Angaben|Schätzungen|Zählung(?:en)?)(?:\s+(?:der|des|von|vom))?|laut|secondo|stando\s+a|"
    r"segundo|de\s+acordo\s+com|segons|volgens|według|podle|enligt|ifølge|iflg\.|menurut|"
    r"по\s+(?:данным|словам|информации|оценкам|сведениям)|за\s+(?:даними|словами|інформацією|оцінками)"
)
_WORDS = r"(?:[^,;:.!?()\d\"“”«»]|\.(?=\w))"
"""What a source's words may hold: no clause's punctuation, no figure, a dot only inside a
word ("ver.di")."""
_SOURCE_AFTER = compiled(rf"(?i:\b(?:{_LEAD}))\s+(?P<src>{_WORDS}{{2,60}})")
"""A source named after its lead words ("selon la CGT", "nach Angaben der Polizei")."""
_SOURCE_ZUFOLGE = compiled(
    r"(?P<src>\b[\w.'’-]+(?:\s+[\w.'’-]+){0,2})\s+(?:zufolge|göre)\b|\b(?P<compound>\w+(?:angaben|schätzungen|zählungen?))\b"
    r"|据(?P<zh>[^，。,；;：:“”]{2,24}?)(?:消息|统计|通报|报道|介绍|发布|称|说)"
)
"""A source before the word for "according to" where it follows (German "der Gewerkschaft
zufolge", Turkish "Bakanlığın açıklamasına göre"), or in a compound that names its counter
("nach Polizeiangaben", "Veranstalterangaben"); Chinese "据应急管理部消息"."""
_SAID = (
    r"said|says|estimated|estimates|counted|reported|put\s+(?:the|its|their)\s+\w+\s+at|"
    r"a\s+(?:compté|recensé|indiqué|annoncé|affirmé)|ont\s+(?:compté|recensé|indiqué|annoncé|affirmé)|"
    r"informó|informaron|cifró|cifraron|calculó|calcularon|contabilizó|estimó|estimaron|"
    r"a\s+estimé|ont\s+estimé|ha(?:nno)?\s+stimato|stima|estimou|estimaram|calculou|schätzte(?:n)?|"
    r"sprach(?:en)?\s+von|zählte(?:n)?|teilte(?:n)?|meldete(?:n)?|"
    r"сообщил[аио]?|заявил[аио]?|повідомил[аио]?|заявив|заявила|заявили"
)
_SUBJECT_SAID = compiled(rf"(?:^|[,;:]\s*|\band\s+|\bwhile\s+)(?P<src>[^\s,;:.!?\d\"“”«»]{_WORDS}{{0,50}}?)\s+(?i:{_SAID})\b")
"""A source as the subject of its verb ("ver.di said", "Unions said", "la police a compté")."""
_SAID_SOURCE = compiled(
    rf"\b(?i:said|says|a\s+indiqué|ha\s+(?:dicho|informado)|sagte|teilte|meldete|сообщил[аио]?|повідомил[аио]?)"
    rf"\s+(?P<src>{_WORDS}{{2,50}})"
)
"""A source after its verb ("said the police", "teilte die Polizei mit")."""
_ACRONYM = compiled(r"[A-ZА-ЯІЇЄ][A-ZА-ЯІЇЄ0-9.]+|[a-z]+\.[a-z]+")
"""An acronym ("CGT", "UNHCR", "ЗСУ") or a dotted lower-case name ("ver.di")."""
_NAME_WORD = compiled(r"(?<![\w'’])[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][a-zß-öø-ÿа-яёіїє]{2,}")
"""A capitalised word of a source's name ("the Vatican", "Reuters", "L'Équipe"): a key as
an acronym is, where no kind of counter is named."""
_NOT_A_NAME = frozenset({"the", "der", "die", "das", "des", "los", "las", "les", "del", "della", "dei", "degli", "une", "una"})

NEAR = 80
"""Characters between a number and the attribution it may take as its source."""


def _keys(phrase: str, *, names: bool = True) -> frozenset[str]:
    """The counter kinds a source phrase names and its acronyms, or else (``names``) its
    capitalised name."""
    folded = unaccented(phrase)
    keys = {kind for kind, pattern in _COUNTER_PATTERNS.items() if pattern.search(folded)}
    acronyms = (m.group().replace(".", "").lower() for m in _ACRONYM.finditer(phrase))
    keys |= {_ACRONYMS.get(a, a) for a in acronyms}
    if keys <= _A_BODY_OF_ANY_KIND and names:
        # a named source of no known kind: its name ("the Vatican", "Reuters"), each word
        # by its first letters in Latin script, so that Андрея Пахомова is Andrei Pakhomov
        from anyascii import anyascii

        keys |= {
            "name:" + anyascii(w)[:5]
            for m in _NAME_WORD.finditer(phrase)
            if (w := unaccented(m.group())) not in _NOT_A_NAME
        }
    return frozenset(keys)


_A_BODY_OF_ANY_KIND = frozenset({"ong", "ngo", "ngos", "onlus"})
"""Acronyms that say only that a source is a non-governmental body ("según la ONG Caminando
Fronteras"): its name still tells which ("according to Caminando Fronteras")."""


def _attributions(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Every attribution in a segment with its keys, by where it stands."""
    found = []
    for pattern in (_SOURCE_AFTER, _SOURCE_ZUFOLGE, _SUBJECT_SAID, _SAID_SOURCE):
        for m in pattern.finditer(text):
            group = next(g for g in ("src", "compound", "zh") if m.groupdict().get(g))
            # a name only after the words that lead a source ("according to the Vatican"): a
            # subject before "said" may be a place ("In Paris zählte die Polizei"), and the
            # words after it a time ("said on Saturday")
            keys = _keys(m[group], names=pattern is _SOURCE_AFTER)
            if keys:  # where the whole attribution stands, its lead word too ("selon la CGT")
                found.append((m.start(), m.end(), keys))
    return found


def with_sources(text: str, facts: list[Fact]) -> list[Fact]:
    """The numbers of a segment with the source each is attributed to: the nearest
    attribution within ``NEAR`` characters, or the segment's only one."""
    attributions = _attributions(text)
    if not attributions:
        return facts
    out = []
    for fact in facts:
        if fact.kind is not DifferenceKind.NUMBER:
            out.append(fact)
            continue
        distances = [
            (max(start - fact.end, fact.start - end, 0), keys) for start, end, keys in attributions
        ]
        near = [(d, keys) for d, keys in distances if d <= NEAR]
        if near:
            out.append(replace(fact, source=min(near, key=lambda x: x[0])[1]))
        elif len({keys for _, keys in distances}) == 1:
            out.append(replace(fact, source=distances[0][1]))
        else:
            out.append(fact)
    return out


def different_sources(x: Fact, y: Fact) -> bool:
    """Two numbers each attributed to a source, the two sharing no key: two counts. Two
    sources known only by their names are not told apart: one body has a name in each
    language ("the Vatican", "Sala Stampa vaticana", "Biuro Prasowe Stolicy Apostolskiej")."""
    if not (x.source and y.source) or x.source & y.source:
        return False
    return not all(key.startswith("name:") for key in x.source | y.source)
