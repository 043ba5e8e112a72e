"""Names of people, places and organisations: runs of capitalised words with titles
stripped, countries by pycountry, Chinese names by their pinyin; and how two compare
(shared word, acronym, near spelling, a stand-in where the other names something else)."""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from ...model import DifferenceKind
from ...patterns import compiled
from ..locales import Conventions
from ..words import (
    CAPITAL,
    CYRILLIC,
    FUNCTION_WORDS,
    HONORIFICS,
    LOWER,
    NAME_PARTICLES,
    SURNAME_PINYIN,
    is_abbreviation,
    is_cjk,
    same_stem,
    unaccented,
)
from .dates import MONTHS, WEEKDAYS
from .fact import Claim, Fact
from .places import DISTRICT_AFTER

_TITLES = {
    "president",
    "vice",
    "premier",
    "prime",
    "minister",
    "chancellor",
    "secretary",
    "general",
    "foreign",
    "defence",
    "defense",
    "deputy",
    "chairman",
    "chairwoman",
    "chair",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "papa",
    "pape",
    "papst",
    "papież",
    "pontiff",
    "pontefice",
    "pontífice",
    "pontife",
    "senator",
    "governor",
    "mayor",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "state",
    "councilor",
    "councillor",
    "envoy",
    "leader",
    "speaker",
    "head",
    "chief",
    "director",
    "lord",
}
_QUALIFYING_TITLES = {"vice", "deputy", "prime", "foreign", "defence", "defense", "state", "general", "chief"}
"""Title words that qualify another title (Vice President, State Councilor, General
Secretary); before any other word they name a body or a firm (State Duma, Foreign
Ministry, General Motors)."""


def _names_a_body(words: list[str]) -> bool:
    return words[0].lower().strip(".") in _QUALIFYING_TITLES and (
        len(words) < 2 or words[1].lower().strip(".") not in _TITLES
    )


_STOP_CAPS = FUNCTION_WORDS
_NAMES_OPEN_WITH = frozenset({"All"})
"""Function words that open a name after "the" ("the All Progressives Congress", "the All
India Trinamool Congress", "the All Blacks"): the name's, not the sentence's."""
_THE_BEFORE = compiled(r"(?<!\w)the\s+(?:[a-z][\w-]*\s+)?$")
_NAME_RE = compiled(
    rf"(?<!\w){CAPITAL}[\w'’.-]*[\w](?:\s+(?:(?:of|the|{NAME_PARTICLES})\s+)*{CAPITAL}[\w'’-]*[\w])*"
)
_ORG_WORDS = {
    "party",
    "committee",
    "council",
    "union",
    "ministry",
    "nations",
    "organization",
    "organisation",
    "agency",
    "bank",
    "reserve",
    "congress",
    "parliament",
    "commons",
    "lords",
    "senate",
    "bundestag",
    "sejm",
    "riksdag",
    "duma",
    "knesset",
    "assembly",
    "court",
    "company",
    "corporation",
    "group",
    "university",
    "institute",
    "association",
    "fund",
    "office",
    "army",
    "commission",
    "federation",
    "forum",
    "news",
    "times",
    "post",
    "inc",
    "ltd",
    "hospital",
    "clinic",
    "school",
    "museum",
    "gallery",
    "police",
    "brigade",
    "service",
    "department",
    "authority",
    "board",
    "foundation",
    "trust",
    "church",
    "airport",
    "club",
    "league",
    "government",
    "embassy",
    # the same bodies in the Romance languages and German, whose names capitalise them
    # ("Según Carabineros", "el Sindicato de Trabajadores", "la Policía Nacional")
    "sindicato", "syndicat", "sindacato", "gewerkschaft", "carabineros", "carabinieri", "policía", "policia",
    "polizia", "ministerio", "ministère", "ministero", "ministério", "gobierno", "governo", "gouvernement",
    "instituto", "institut", "istituto", "comisión", "commissione", "comissão", "consejo", "conseil", "consiglio",
    "conselho", "ayuntamiento", "prefeitura", "tribunal", "agencia", "agenzia", "agence", "agência", "servicio",
    "servizio", "serviço", "universidad", "università", "universidade", "université", "ospedale",
    "hôpital", "bomberos", "bombeiros", "pompiers",
}


_DEMONYM = compiled(r"[A-Z][a-z]+(?:ese|ian|ish|ean|ch|an)")


def known_names(texts: list[str]) -> frozenset[str]:
    """Capitalised words a document uses mid-sentence: names, not sentence openers."""
    found = set()
    for text in texts:
        for m in re.finditer(rf"(?<=[\w,;:\"”’»] ){CAPITAL}[\w'’-]*\w", text):
            found.add(re.sub(r"['’]s$", "", m.group()))
    return frozenset(found)


_DESCRIBED = compiled(
    r"^\S+-(?:born|based|bred|raised)\s+"
    r"|^(?:L['’]|(?:Le|La)\s+)[A-ZÀ-Ý][a-zà-ÿ]+(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|ol|ole|and|ande)\s+"
    r"(?=\S+\s+\S)"
)
"""A word that describes the name after it: "Pécs-born Nadia Varga", French nationality
nouns ("L'Espagnol Iker Etxeberria", "La Néerlandaise Femke Bol")."""


_A_THING_S_WORDS = frozenset(
    _ORG_WORDS | {"award", "awards", "prize", "prizes", "cup", "trophy", "medal", "festival", "best", "championship", "league", "games"}
)
"""Words after a name's first word that make it a body's, an event's or a prize's, whose
first word is its own ("Filmfare Award", "Filmfare Best Actor"): not a first name before
two surnames."""


def _a_person(words: str) -> bool:
    """Words that may name a person: a title and a name, or two names ("President Yoon",
    "Nadia Varga"; not "Republic", "Bank", "Duke")."""
    named = [w for w in words.split() if w != "The"]
    names = [w for w in named if w.lower().strip(".") not in _TITLES]
    titled = len(names) < len(named)
    return bool(names) and (titled or len(names) >= 2) and not any(w.lower() in _ORG_WORDS for w in names)


_PERSON_OWNS = compiled(r"((?:[A-Z][\w’'-]+\s+)?[A-Z][\w’'-]+)['’]s\s+(?=\S)")
_OWNED_NAME_ENDS = compiled(
    r"\s(?i:hospital|church|college|school|cathedral|park|square|street|day|cross|island|"
    r"corp\.?|corporation|inc\.?|co\.?|ltd\.?|plc|llc|group|holdings)$"
)
"""What makes a name's possessive part of one name ("St Mary's Hospital", "Martin Luther
King's Day", "McDonald's Corp"): not an owner and a thing."""


def _runs(text: str) -> list[tuple[int, str]]:
    """Runs of capitalised words (offset, text), a person set apart from the country or body
    that describes them: "Hungary's Nadia Varga", "Nadia Varga of Hungary", "Iker Etxeberria
    of Movistar" are two names each, as are "Spain's Lucía Ferrer" (a body's name keeps its
    "of": "Bank of England")."""
    out = []
    for m in _NAME_RE.finditer(text):
        start, run = m.start(), m.group()
        if described := _DESCRIBED.match(run):
            start, run = start + described.end(), run[described.end() :]
        owner = re.match(r"(\S+)['’]s\s+(?=\S)", run)
        if owner and is_country(owner[1]):
            out.append((start, owner[1] + run[len(owner[1]) : len(owner[1]) + 2]))
            start, run = start + owner.end(), run[owner.end() :]
        elif (owns := _PERSON_OWNS.match(run)) and not _OWNED_NAME_ENDS.search(run):
            # "Nora Whitfield's Aurelia", "Apple's Tim Cook": the owner, then what is theirs
            out.append((start, owns[1]))
            start, run = start + owns.end(), run[owns.end() :]
        of = re.search(r"\s+of\s+((?:the\s+)?\S.*)$", run)
        head = run[: of.start()] if of else ""
        if of and is_country(of[1]) and _a_person(head):
            out.append((start, head))
            start, run = start + of.start(1), of[1]
        elif of and _a_person(head) and sum(w.lower().strip(".") not in _TITLES for w in head.split() if w != "The") >= 2:
            run = head  # a person of a body: "Iker Etxeberria of Movistar", "Jane Smith of Reuters"
        out.append((start, run))
    return out


def _names(
    text: str, known: frozenset[str] = frozenset(), conv: Conventions | None = None
) -> list[tuple[int, int, str]]:
    """Runs of capitalised words, titles stripped; sentence-initial function words dropped
    (in another language than English, also its common words: "La", "Il", "Les")."""
    found = []
    for run_start, run in _runs(text):
        words = run.split()
        start = run_start
        opens = run_start == len(text) - len(text.lstrip(" \"“‘'(«„-—"))
        while opens and conv and words and words[0].lower() in conv.openers:
            start += len(words[0])
            start += len(text[start:]) - len(text[start:].lstrip())
            words = words[1:]
        while words and (
            (words[0].lower().strip(".") in _TITLES and not _names_a_body(words))
            or (
                words[0].lower().strip(".") in _STOP_CAPS
                and words[0].replace(".", "") not in _COUNTRY_ABBREVIATIONS
                and not (len(words) > 1 and _THE_BEFORE.search(text, 0, start) and words[0] in _NAMES_OPEN_WITH)
            )
            or words[0].lower().rstrip(".") in MONTHS
            or words[0].lower() in WEEKDAYS
        ):
            start += len(words[0])
            start += len(text[start:]) - len(text[start:].lstrip())
            words = words[1:]
        if len(words) > 1 and _DEMONYM.fullmatch(words[0]) and words[1].lower() in _TITLES:
            start += len(words[0])
            start += len(text[start:]) - len(text[start:].lstrip())
            words = words[1:]
            while words and words[0].lower().strip(".") in _TITLES:
                start += len(words[0])
                start += len(text[start:]) - len(text[start:].lstrip())
                words = words[1:]
        while words and words[-1].lower() in {"of", "the", "and", "de"}:
            words = words[:-1]
        if words and words[-1] == "No" and re.match(r"\.\s?\d", text[start + len(" ".join(words)) :]):
            words = words[:-1]  # "Beijing No. 2 Intermediate Court": a number's abbreviation
        if not words:
            continue
        # A lone capitalised word opening the sentence is usually just a capitalised word,
        # but an acronym is a name ("UN officials said").
        value = re.sub(r"['’]s$", "", " ".join(words))
        if value.lower() in HONORIFICS:
            continue  # "Santo Padre", "the Holy Father's": the pope's office, no name
        if conv and conv.lang in _SUFFIXED_AFTER_AN_APOSTROPHE:
            value = _SUFFIX.sub("", value)  # Turkish "Katar'ın", "Mısır'da": Katar, Mısır
        if conv and (genitive := _GENITIVE_JOINED.get(conv.lang)):
            value = genitive.sub("", value)  # Uzbek "Baxtiyor Tursunovning": Baxtiyor Tursunov
        if opens and len(words) == 1 and value not in known and not is_country(value) and not is_abbreviation(value):
            continue
        if value.lower().rstrip(".") in MONTHS or any(ch.isdigit() for ch in value):
            continue
        if _PLURAL_ACRONYM.fullmatch(value):
            continue  # "MPs", "MEPs", "NGOs": a kind of people or bodies, no one's name
        # Nationality adjectives ("Chinese", "Russian") describe, they do not name (but
        # "Japan", "Iran" and "Sudan" end as they do)
        if len(words) == 1 and _DEMONYM.fullmatch(value) and not country_code(value):
            continue
        if len(words) == 1 and value in _language_names() and not is_country(value):
            continue  # "Hindi cinema's biggest stars": a language, no person ("Bollywood" against it was a conflict)
        found.append((start, start + len(value), value))
    return found


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    """The English names of the languages with a two-letter code (CLDR, through Babel), of
    one word: "Hindi", "Urdu", "Swahili" describe, as nationalities do."""
    from babel import Locale

    return frozenset(n for code, n in Locale("en").languages.items() if len(code) == 2 and " " not in n and len(n) >= 4)


_PLURAL_ACRONYM = compiled(r"[A-Z]{2,5}s")
_GENITIVE_JOINED = {
    "uz": compiled(r"(?<=\w{3})ning$"),
    "kk": compiled(r"(?<=\w{3})(?:ның|нің|дың|дің|тың|тің)$"),
    "az": compiled(r"(?<=\w{3})(?:nın|nin|nun|nün)$"),
}
"""The genitive Uzbek, Kazakh and Azerbaijani join to a name with no apostrophe ("Baxtiyor
Tursunovning so'zlariga ko'ra", according to Bakhtiyor Tursunov): no part of the name."""
_SUFFIXED_AFTER_AN_APOSTROPHE = frozenset({"tr", "az"})
"""Languages that join a case ending to a name after an apostrophe ("Katar'ın arabuluculuğunda")."""


_PLACE_PREPOSITIONS = {"in", "at", "from", "near", "into", "across", "visited"}


def _name_kind(value: str, *, after_preposition: bool = False) -> DifferenceKind:
    """Organisation by its words or an acronym, place by gazetteer or preposition, else person."""
    words = value.lower().split()
    if value.replace(".", "") in _COUNTRY_ABBREVIATIONS:
        return DifferenceKind.PLACE  # "U.S", "UK": no body's acronym (but "VAT", "BLM" are)
    if value.isupper() or any(w in _ORG_WORDS for w in words):
        return DifferenceKind.ORGANIZATION
    if after_preposition or is_country(value) or value in _US_STATES:
        return DifferenceKind.PLACE
    return DifferenceKind.PERSON


def is_region(value: str) -> bool:
    """A country, or a state of the United States: a place larger than a city, and no
    city's rival ("the storm hit Florida" / "the storm hit Miami")."""
    return value in _US_STATES or is_country(value)


_US_STATES = frozenset(
    {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
        "Puerto Rico", "Guam",
    }
)
"""The states of the United States (ISO 3166-2:US), which English news names bare ("the
storm hit Texas and Florida"): places, not people. A list: pycountry's subdivisions take
0.05 s to load, for these fifty-odd names."""


@lru_cache(maxsize=1)
def _country_names() -> tuple[str, ...]:
    import pycountry

    names = {
        str(value).lower()
        for country in pycountry.countries
        for value in (getattr(country, a, None) for a in ("name", "official_name", "common_name"))
        if value
    }
    return tuple(sorted(names))


@lru_cache(maxsize=4096)
def is_country(value: str) -> bool:
    """A country's code, written with dots or without ("U.S", "UK"), or its name, or the
    start of one ("Russia" for "Russian Federation"; a code is no start: "UN" is no
    "United …").

    Rejected: pycountry's ``search_fuzzy``, which gave the same answers on our tests at
    ~40 ms a call (half the run time of comparing two articles)."""
    if _DOTTED_CODE.fullmatch(value):
        value = value.replace(".", "")
    if value in _CODES_IN_USE:
        return True
    if len(value) <= 3 and not value.isupper():
        return False  # "La", "Il", "Es" open sentences; codes are written "LA", "IL", "ES"
    if len(value) <= 3:
        return _iso_country(value) is not None
    if country_code(value):
        return True
    lowered = value.lower()
    return any(name.startswith(lowered) for name in _country_names())


def _iso_country(value: str) -> str | None:
    """The ISO code of a country by its code or English name (pycountry), or None."""
    import pycountry

    if value in _ENGLISH_NAMES_IN_USE:
        return _ENGLISH_NAMES_IN_USE[value]
    try:
        return str(pycountry.countries.lookup(value).alpha_2)
    except LookupError:
        return None


_ENGLISH_NAMES_IN_USE = {"Britain": "GB", "Great Britain": "GB", "Turkey": "TR"}
"""English names news writes that ISO's list lacks (its "United Kingdom", "Türkiye")."""


@lru_cache(maxsize=16384)
def country_code(value: str) -> str | None:
    """The ISO code of a country by its code or its name in English or in another language
    storydiff reads ("Estados Unidos": US; "México", the English name accented), or None."""
    found = _iso_country(value) or _country_named(value)
    if found is None and not value.isascii():
        plain = "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))
        found = _iso_country(plain) if plain.isascii() else None
    return found


_CAPITALISED_RUN = compiled(rf"{CAPITAL}[\w'’.-]*\w(?:\s+(?:(?:de|del|la|of|the|da|do|dos|van|der|und|and|et|y|e)\s+)?{CAPITAL}[\w'’.-]*\w){{0,3}}")


@lru_cache(maxsize=1024)
def countries_in(text: str) -> frozenset[str]:
    """The ISO codes of the countries a text names anywhere, in the languages
    ``country_code`` reads (a run of capitalised words, or a part of one; "U.S.", "UK")."""
    found = set()
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group().split()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 4) + 1):
                name = " ".join(words[i:j])
                if _DOTTED_CODE.fullmatch(name) or name in _COUNTRY_ABBREVIATIONS:
                    short = name.replace(".", "")
                    code = country_code(_CODES_IN_USE.get(short, short))
                else:
                    code = country_code(name) if len(name) > 3 else None
                if code:
                    found.add(code)
    return frozenset(found)


def countries_named(text: str) -> frozenset[str]:
    """The ISO codes of the countries a text names anywhere, in Latin letters
    (``countries_in``) or, in unspaced Chinese or Japanese, in its own (``cjk_countries``)."""
    found = countries_in(text)
    return found | {code for code, _, _ in cjk_countries(text)} if is_cjk(text) else found


@lru_cache(maxsize=1)
def _names_by_code() -> dict[str, frozenset[str]]:
    """Each country's names, folded, in English (pycountry) and the other languages read."""
    import pycountry

    from .places import fold

    out: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name:
                out.setdefault(country.alpha_2, set()).add(fold(name))
    for name, code in _names_elsewhere().items():
        out.setdefault(code, set()).add(name)
    return {code: frozenset(names) for code, names in out.items()}


def named_by_a_word_of(code: str, text: str) -> bool:
    """Whether a word of ``text`` opens as one of the country's names does: its people
    ("Kenyan", "Keniaan", "Ethiopiër", "marroquíes") as much as the country."""
    from .places import fold

    stems = {name[: 5 if len(name) > 5 else 4] for name in _names_by_code().get(code, frozenset()) if " " not in name and len(name) >= 4}
    words = {fold(w) for w in re.findall(r"[^\W\d_]{4,}", text)}
    return any(w.startswith(stem) for w in words for stem in stems)


def country_in_language(value: str, lang: str | None) -> str | None:
    """The ISO code of a country a text in ``lang`` names by ``value``: in English by an
    English name only ("Swiss" is Indonesian for Switzerland, an adjective in English)."""
    if (lang or "").split("-")[0] == "en":
        return _iso_country(value) if len(value) > 3 else None
    return country_code(value)


COUNTRIES = Path(__file__).with_name("countries.json.gz")
"""Countries' names in the other languages storydiff reads, from CLDR
(``scripts/build_countries.py``)."""


@lru_cache(maxsize=1)
def _names_elsewhere() -> dict[str, str]:
    from .places import shipped_data

    names = shipped_data(COUNTRIES).get("names", {})
    return names if isinstance(names, dict) else {}


@lru_cache(maxsize=1)
def _cjk_country_names() -> dict[str, str]:
    from .places import shipped_data

    names = shipped_data(COUNTRIES).get("cjk", {})
    return names if isinstance(names, dict) else {}


_TRANSLITERATION_CHARACTERS = frozenset(
    "阿埃艾安奥巴拜班贝本比波伯布查达戴丹迪蒂丁杜多厄恩尔菲费芬弗福盖甘戈格古圭哈汉豪赫亨胡怀霍基吉"
    "加贾杰卡凯坎康科克肯库拉莱赖兰朗劳勒雷里利莉琳卢鲁伦罗洛马玛迈麦曼芒梅蒙米莫默姆穆纳奈内尼纽努诺"
    "欧帕派潘佩彭皮普齐奇乔切琼萨塞桑瑟森沙舍什斯苏索塔泰坦汤唐滕提图托瓦旺威韦维温沃乌希席谢辛休雅"
    "亚扬耶伊尤约泽扎詹娜娃妮莎丽"
)
"""The commonest characters of the Xinhua table for writing foreign names' sounds in
Chinese. A two-character country's name beside one is part of another name: 马里 in
马里奥 (Mario), 阿曼 in 阿曼达 (Amanda), 苏丹 after 文莱 (the Sultan of Brunei)."""
_KANA = compiled(r"[\u3040-\u30ff]")
_KATAKANA = compiled(r"[\u30a0-\u30ff]")
_GEOGRAPHY = compiled(r"[洋湾灣河海峡峽湖江川]|太平洋|半岛|半島")
"""A sea, a bay, a river or a strait after a country's name is named after it, no country
(印度洋, 印度太平洋, 孟加拉湾, 约旦河西岸, ギニア湾, 台湾海峡)."""
_CJK_COUNTRY_LONGEST = 8


def cjk_countries(scan: str, *, as_places: bool = False) -> Iterator[tuple[str, int, int]]:
    """The countries an unspaced Chinese or Japanese text names, as (ISO code, start, end):
    the longest name at each place (印度尼西亚 before 印度); a katakana name that the word
    goes on from is none (マリオ holds マリ, Mali), nor a two-character name beside a
    character of transliteration (``_TRANSLITERATION_CHARACTERS``). ``as_places``: not a
    country that qualifies a person or a body (``_CJK_QUALIFIES``: 中国外交部, 日本经济产业大臣,
    中国の鄭海濤商務相), which a bilateral story's two accounts give each for its other side,
    unless it is where something is, comes from or goes (``_CJK_PLACE_BEFORE``,
    ``_CJK_PLACE_AFTER``, and a list's next names)."""
    names, sounds = _cjk_country_names(), _TRANSLITERATION_CHARACTERS
    i, listed_until = 0, -1
    while i < len(scan):
        for length in range(_CJK_COUNTRY_LONGEST, 1, -1):
            piece = scan[i : i + length]
            if len(piece) < length or piece not in names:
                continue
            before, after = scan[i - 1 : i] if i else "", scan[i + length : i + length + 1]
            if _KATAKANA.fullmatch(piece[-1]) and (_KATAKANA.fullmatch(before or " ") or _KATAKANA.fullmatch(after or " ")):
                continue  # (hiragana beside it is a particle: イタリアへ)
            if _GEOGRAPHY.match(scan, i + length):
                continue  # an ocean, a bay, a river named after it: 印度洋, 孟加拉湾, 约旦河, ギニア湾
            after_a_place_word = _CJK_PLACE_BEFORE.search(scan, max(0, i - 2), i)  # (抵达中国: 达 is no sound here)
            # a country's own word (美国, 日本) is no part of a transliterated name
            own_word = piece[-1] in "国國" or piece == "日本" or bool(_KANA.fullmatch(piece[0]))
            if length == 2 and not own_word and ((before in sounds and not after_a_place_word) or after in sounds):
                continue
            where = after_a_place_word or _CJK_PLACE_AFTER.match(scan, i + length) or (before in _CJK_LIST and i - 1 == listed_until)
            # a two-character name is a word inside others (沿海地区 holds 海地, Haiti) but for
            # a country's own word: elsewhere only where a place word shows it
            own_word = own_word or length > 2
            placed = where or (own_word and not _CJK_QUALIFIES.match(scan, i + length))
            if placed or not as_places:
                yield names[piece], i, i + length
                listed_until = i + length
            i += length - 1
            break
        i += 1


_CJK_PLACE_BEFORE = compiled(r"(?:[在于於赴到从從往抵至自向]|抵达|抵達|到达|到達|访问|訪問)$")
"""Chinese words before a place: in, at, to, from, arrive in, visit (在美国, 来自埃及,
前往俄罗斯, 抵达巴西, 访问日本)."""
_CJK_PLACE_AFTER = compiled(r"籍|国旗|國旗|船籍|境内|境內|国内|國內|各地|で|に|へ|から|まで")
"""Words after a place: a ship's registry (巴拿马籍), inside (境内), and Japanese's
postpositions of place (中国で, ロシアへ, 日本から)."""
_CJK_QUALIFIES = compiled(
    r"[の的]|[^，。、；：,;:「」“”]{0,8}?(?:大臣|部长|部長|总统|總統|总理|總理|首相|外长|外長|外相|主席|国王|國王|官员|官員|"
    r"大使|发言人|發言人|政府|外交部|国防部|國防部|商务部|商務部|当局|當局|军方|軍方|代表团|代表團|領事|领事|[局部院署厅廳委]|"
    r"选手|選手|球员|球員|[队隊]|台湾|台灣|香港|澳门|澳門)"
    # its people (日本人宇宙飛行士, a Japanese astronaut) and its clock (日本時間, 北京时间)
    r"|人|时间|時間"
)
"""A country that qualifies a person or a body after it: its genitive (中国の, 日本的) or an
office, a government, a body's last character, a team or a player within a few characters
(日本经济产业大臣, 美国官员, 俄罗斯外交部, 中国气象局, 中国队), or a region it names as its own
(中国台湾, 中国香港); and its people and its time (日本人, 日本時間: no place either)."""
_CJK_LIST = frozenset("、和与與及")
"""The marks and words of a list: the names after a place's are places too (来自埃及、巴林和泰国)."""


@lru_cache(maxsize=256)
def english_country_name(code: str) -> str:
    """A country's name in English as news writes it, CLDR's ("Russia", "South Korea", not
    pycountry's "Russian Federation", "Korea, Republic of")."""
    from babel import Locale

    return str(Locale.parse("en").territories.get(code, code))


def _country_named(value: str) -> str | None:
    """The ISO code of a country named in another language than English ("Estados Unidos",
    "Francia", "Verenigde Staten": CLDR's names), or None."""
    from .places import fold

    return _names_elsewhere().get(fold(value))


_DOTTED_CODE = compiled(r"(?:[A-Z]\.){1,2}[A-Z]\.?")
_CODES_IN_USE = {"UK": "GB", "UAE": "AE"}
"""Countries' short forms in common use that are no ISO code, with the code (GB, AE)."""
_COUNTRY_ABBREVIATIONS = frozenset(_CODES_IN_USE) | {"US", "USA"}
"""The short forms news writes for countries, with dots or without; other capitals that
happen to be ISO codes are mostly acronyms ("VAT", "BLM", "AI")."""


_ARABIC_PARTICLE = compiled(
    r"(?i)(?<![^\W\d_])(?:al|el|bin|ben|ibn|bint|abu|abou|aboul|abul|abd(?:el|ul|al)?)(?:[\s'’-]|(?<=abd)\w)"
    r"|^(?:Mohamm?[ae]d|Muhamm?[ae]d|Ahm[ae]d|Mahm[ou]u?d|Kh?al[ie]d|Hass[ae]n|Hus?ss?[ae]i?y?n|Ibrahim|Ism[ae]il|Y[ou]u?ss?[eo]f|Mustafa|Moustafa|Omar|Umar)\s"
)
"""The particles of Arabic names ("Al Thani", "bin Salman", "Abu Dhabi", "Abdelatty",
"Abdulrahman") and the most common given names: a name with one is transliterated with
the press's own vowels."""
_ARABIC_SPELLINGS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("th", "s"), ("dh", "z"), ("gh", "g"), ("kh", "h"), ("q", "k"), ("j", "g"), ("ph", "f"))
"""Spellings of one Arabic sound in English, French and German press (Al Thani / Al Sani,
Aboul / Abul, Gamal / Jamal, Qatar / Katar)."""


def arabic_names_alike(a: str, b: str) -> bool:
    """Two transliterations of one Arabic name: both carry an Arabic particle, and their
    consonants agree once each sound has one spelling, the vowels left out but for a word's
    first letter and a diphthong's y (Badr Abdelatty / Bedr Abdulati, Al Thani / Al-Sani;
    Hassan is no Hussein, Ahmed no Hamid)."""
    if not (_ARABIC_PARTICLE.search(a + " ") and _ARABIC_PARTICLE.search(b + " ")):
        return False
    x, y = _arabic_skeleton(a), _arabic_skeleton(b)
    return x == y and len(x) >= 5


def _arabic_skeleton(name: str) -> str:
    out = []
    for word in re.split(r"[\s'’-]+", unaccented(name).casefold()):
        for spelling, sound in _ARABIC_SPELLINGS:
            word = word.replace(spelling, sound)
        word = re.sub(r"[aeiou]h$|(?<=\w)y$", "a", word)  # Fatimah / Fatima, Abdullah / Abdulla, Abdelatty / Abdulati
        word = re.sub(r"[ae][iy]|ey|i(?=[aeou])", "y", word)  # Hussein / Husain, Yahia / Yahya: a y
        skeleton = word[:1].replace("e", "a").replace("i", "a").replace("o", "a").replace("u", "a") + re.sub(r"[aeiouw]", "", word[1:])
        out.append(re.sub(r"(.)\1+", r"\1", skeleton))
    return "".join(out)


_SUFFIX = compiled(r"(?<=\w{3})['’][^\W\d_]{1,4}$")
"""A case ending set off by an apostrophe, as Turkish writes it ("Radev'in", "Erdem'e",
"GERB'e"), or a possessive ("Radev's"): the name is the word before it."""


_TRANSLITERATIONS = (
    ("tsch", "ch"), ("sch", "sh"), ("sz", "sh"), ("cz", "ch"), ("ts", "c"), ("ss", "s"), ("w", "v"), ("z", "s"),
    ("yj", "y"), ("ij", "y"), ("iy", "y"), ("yi", "y"), ("j", "y"), ("ck", "k"),
)
"""Sounds one Slavic name is written with in German, Polish and English ("Dessislawa Iwanowa" /
"Desislava Ivanova", "Wolodymyr Selenskyj" / "Volodymyr Zelensky", "Andrij Sadowy" / "Andriy
Sadovyi", "Szmyhal" / "Shmyhal"): folded alike, and so a Polish adjective's ending ("Kozycki" /
"Kozytskyi")."""
_POLISH_ENDING = compiled(r"ki$")


def one_name_transliterated(a: str, b: str) -> bool:
    """Two full names in Latin letters that are one name transliterated two ways: each word
    the same once the German and English spellings of its sounds are folded
    (``_TRANSLITERATIONS``); not "Anna Berg" / "Anna Borg"."""

    def folded(name: str) -> list[str]:
        words = []
        for word in unaccented(name).split():
            for german, english in _TRANSLITERATIONS:
                word = word.replace(german, english)
            words.append(_POLISH_ENDING.sub("ky", re.sub(r"(.)\1+", r"\1", word)))
        return words

    x, y = folded(a), folded(b)
    return len(x) >= 2 and x == y


_UMLAUTS_SPELT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def umlauts_spelt(name: str) -> str:
    """A German name with its umlauts spelt out, as outlets without the letters write it
    ("Jörg Müller" / "Joerg Mueller")."""
    return name.translate(_UMLAUTS_SPELT)


def with_umlauts_spelt(a: str, b: str) -> tuple[str, str] | None:
    """Two names with their umlauts spelt out, where either has one (to compare them again:
    "Müller" / "Joerg Mueller"); None where neither has."""
    spelt = umlauts_spelt(a), umlauts_spelt(b)
    return spelt if spelt != (a, b) else None


_THE_EU = frozenset({"eu", "european union", "europe"})
"""The European Union by its names and by the continent's, which the press gives it."""


_MEMBERS_OF_A_BODY = frozenset(
    {"party", "mps", "mp", "lawmakers", "members", "deputies", "senators", "councillors", "supporters", "group", "caucus", "bloc"}
)
"""A party and its members in parliament, last after the party's name ("Labour MPs" / "the
Labour Party"): one body, where a party was a conflict with its MPs."""


def _party(words: list[str]) -> list[str]:
    """A name's words without the members' word after them, in the singular ("Liberal
    Democrat MPs", "Liberal Democrats": liberal democrat)."""
    if words and words[-1] in _MEMBERS_OF_A_BODY:
        words = words[:-1]
    return [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words]


def names_match(a: str, b: str) -> bool:
    """Same entity under another form: shared token, acronym, or near-identical spelling.

    A shared token is not enough between two short names that agree on their first word
    but not their last, or the other way round: "Saif Gaddafi" is not "Muammar Gaddafi",
    nor "New York" "New Delhi", nor "Henri Darval" "Henri Duval", nor "St Anne's Hospital"
    "St Mary's Hospital". (Titles are stripped before names get here; "Xi" and "Xi
    Jinping" still match, and so do "CPC National Congress" and "National Congress of the
    Communist Party of China".)"""
    if arabic_names_alike(a, b) or one_name_transliterated(a, b):
        return True
    if (spelt := with_umlauts_spelt(a, b)) and names_match(*spelt):
        return True  # "Müller" / "Joerg Mueller"
    if {unaccented(a).replace(".", ""), unaccented(b).replace(".", "")} <= _THE_EU:
        return True  # "Europe's top court" / "the EU's top court"
    if bool(CYRILLIC.search(a)) != bool(CYRILLIC.search(b)):
        a, b = _in_latin(a), _in_latin(b)  # Serbian's two scripts: "Ђердап" / "Đerdap"
    stop = {"of", "the", "and"}
    la = [_SUFFIX.sub("", unaccented(w)).strip(".’'") for w in re.split(r"[\s-]+", a) if w.lower() not in stop]
    lb = [_SUFFIX.sub("", unaccented(w)).strip(".’'") for w in re.split(r"[\s-]+", b) if w.lower() not in stop]
    if (party := _party(la)) and party == _party(lb) and _MEMBERS_OF_A_BODY & {la[-1], lb[-1]}:
        return True  # "Labour MPs" / "the Labour Party", "Liberal Democrat MPs" / "Liberal Democrats"
    ta, tb = set(la), set(lb)
    if ta & tb:
        if ta <= tb or tb <= ta:
            return True
        if len(la) == len(lb) and la[0] == lb[0] and la[-1] == lb[-1]:
            # alike at both ends, one word apart inside: "St Anne's Hospital" / "St Mary's
            # Hospital" (an initial for a name is the same: "John F. Kennedy")
            inside = [(x, y) for x, y in zip(la, lb, strict=True) if x != y]
            if len(inside) == 1 and min(len(w.strip(".")) for w in inside[0]) > 1:
                return _near_spelling(*inside[0])
        if _countries_differ(ta - tb, tb - ta):
            return False
        both_short = 2 <= len(la) <= 3 and 2 <= len(lb) <= 3
        if not (both_short and (la[0] == lb[0]) != (la[-1] == lb[-1])):
            return True
        if la[0] == lb[0] and (set(la) - set(lb) <= _A_THING_S_WORDS or set(lb) - set(la) <= _A_THING_S_WORDS):
            return True  # "Filmfare Best Actor" / "Filmfare Award": a prize, no first name
        if la[0] == lb[0]:
            # one first name, two surnames: the same only when spelt nearly alike
            # ("Zelensky" / "Zelenskyy"), not "Henri Darval" / "Henri Duval", alike as
            # whole strings; first names vary more (Alexei / Aleksei Navalny)
            return _near_spelling(la[-1], lb[-1])
    for short, long_ in ((a, b), (b, a)):
        words = long_.split()
        if " " not in short and short.endswith("s") and len(words) == 2 and words[0] == short[:-1] and words[1].endswith("s"):
            return True  # "Grammys" / "Grammy Awards", "Olympics" / "Olympic Games"
        initials = "".join(w[0] for w in long_.split() if w.lower() not in {"of", "the", "and"})
        if short.isupper() and len(short) >= 2 and short.replace(".", "") == initials.upper():
            return True
    return _near_spelling(a.lower(), b.lower())


_SERBIAN_LATIN = str.maketrans(
    {
        **dict(zip("абвгдежзијклмнопрстуфхцчшћ", "abvgdežzijklmnoprstufhcčšć", strict=True)),
        "ђ": "dj", "đ": "dj", "љ": "lj", "њ": "nj", "џ": "dž", "щ": "šč", "я": "ja", "ю": "ju", "й": "j", "ы": "y",
        "э": "e", "ё": "jo", "ь": "", "ъ": "",
    }
)
"""Cyrillic in Latin letters as Serbian writes it (Ж ž, Ч č, Ђ đ, Џ dž), and đ as dj, which
writes it where the letter is missing: the same word in a language's two scripts."""


def _in_latin(name: str) -> str:
    return "".join(ch.translate(_SERBIAN_LATIN) if ch.islower() else ch.lower().translate(_SERBIAN_LATIN).title() for ch in name)


def surname_changed(a: str, b: str) -> bool:
    """Two full names of two or three words with one first name and two surnames not spelt
    nearly alike: one person's name changed into another's (José Luis Sanz / José Luis
    García). Across languages only the surname tells: a first name may be translated
    (Leonardo da Vinci / Léonard de Vinci)."""
    la, lb = a.casefold().split(), b.casefold().split()
    if not (2 <= len(la) <= 3 and 2 <= len(lb) <= 3) or la[0] != lb[0] or la[-1] == lb[-1]:
        return False
    return not _near_spelling(*_without_czech_feminine(la[-1], lb[-1]))


def _without_czech_feminine(a: str, b: str) -> tuple[str, str]:
    """Two surnames without the Czech and Slovak feminine ending that one of them carries
    and the other's final "a": ČTK's "Elena Stojanovová" is the "Elena Stoyanova" of other
    accounts."""
    for x, y in ((a, b), (b, a)):
        if x.endswith("ová") and not y.endswith("ová"):
            return x[:-3], y.removesuffix("a")
    return a, b


def _near_spelling(a: str, b: str) -> bool:
    """Two spellings of one name, a transliteration's variants: nearly alike (Alexei /
    Aleksei), or one letter apart (Zelensky / Zelenskyy, Sergei / Sergey, Bad / Baad); but
    in a short name or an acronym one letter in place of another makes another (US / UK,
    Li / Lu)."""
    if min(len(a), len(b)) <= 3 and len(a) == len(b):
        return a == b
    if difflib.SequenceMatcher(None, a, b).ratio() >= 0.85:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[i + 1 :] == b[i + 1 :] or a[i + 1 :] == b[i:] or a[i:] == b[i + 1 :]


def _countries_differ(extra_a: set[str], extra_b: set[str]) -> bool:
    """Two names that share words but not their country ("Ministry of Foreign Affairs of
    China" / "… of Russia", "South Korea" / "North Korea"): each has words the other lacks,
    a country among them, and neither's are the initials of the other's ("CPC" for
    "Communist Party of China")."""
    def initials(words: set[str]) -> set[str]:
        return {"".join(p) for p in itertools.permutations(w[0] for w in words)} if len(words) <= 4 else set()

    if not extra_a or not extra_b or not any(len(w) > 3 and is_country(w) for w in extra_a | extra_b):
        return False
    return not any(w in initials(extra_b) for w in extra_a) and not any(w in initials(extra_a) for w in extra_b)


def romanised_people(text: str, people: frozenset[str]) -> list[Fact]:
    """People a Chinese text names in characters whose pinyin is a full name the other
    accounts give in Latin letters (习近平 → Xi Jinping): such names are Chinese, and
    pinyin is how they are written. A transliterated foreign name (普京, "Pu Jing") matches
    no one, so it is never a fact."""
    if not people:
        return []
    from pypinyin import lazy_pinyin

    wanted = {p.casefold(): p for p in people}
    found = []
    for run in re.finditer(r"[\u4e00-\u9fff]{2,}", text):
        syllables = lazy_pinyin(run.group())
        for i in range(len(syllables)):
            surname = SURNAME_PINYIN.get(run.group()[i], syllables[i])
            for size in (2, 3, 4):
                if i + size > len(syllables):
                    break
                name = f"{surname} {''.join(syllables[i + 1 : i + size])}"
                if name in wanted:
                    start = run.start() + i
                    found.append(Fact(DifferenceKind.PERSON, wanted[name], text[start : start + size], start, start + size))
    return found


def stand_ins(names: list[Fact], text: str, other_text: str) -> list[Fact]:
    """Capitalised words the other text has in the place of names it lacks.

    A name only one side gives is mostly a pronoun or a title on the other ("Biden said" /
    "the president said"), so it is no conflict. But where the other side has, in its
    place, a capitalised word this side never uses ("Germany's regulator" / "London's
    regulator"), and none of the missing names appears there in any form, the two name
    different things, even when the name finder, careful at sentence starts, skipped the
    other. "In its place": the same word right after it, or the same word right before
    it. Same-language pairs only (the caller's ``comparable_names``).
    """
    folded_other = other_text.casefold()
    if any(part.casefold() in folded_other for f in names for part in f.value.split()):
        return []
    own_words = {w.casefold() for w in re.findall(r"\w+", text)}
    places = {neighbours(text, f.start, f.end) for f in names}
    out = []
    for m in _NAME_RE.finditer(other_text):
        value = re.sub(r"['’]s$", "", m.group())
        words = re.findall(r"\w+", value)
        if not words or any(w.casefold() in own_words or w.casefold() in _STOP_CAPS for w in words):
            continue
        if len(words) == 1 and (_DEMONYM.fullmatch(words[0]) or words[0] in _language_names()) and not country_code(words[0]):
            continue  # "the Republican said", "American growers", "Hindi cinema": a description, as "Chinese" is (not "Japan")
        if len(words) == 1 and any(f.value[:4].casefold() == words[0][:4].casefold() for f in names):
            continue  # "the western German city" for "in western Germany": the country's own adjective
        here = neighbours(other_text, m.start(), m.start() + len(value))
        if any(same_place(here, place) for place in places):
            out.append(Fact(names[0].kind, value, value, m.start(), m.start() + len(value)))
    return out


_WITH_AN_INITIAL = compiled(rf"\s{CAPITAL}\.$")


def named_in(name: str, text: str) -> bool:
    """Whether every word of ``name`` (3 letters or more) is in ``text`` under some
    ending (:func:`~storydiff.compare.words.same_stem`), and its surname's initial where it
    gives one ("Rafał K." is not named in "Rafał M., został")."""
    if _WITH_AN_INITIAL.search(name) and name not in text:
        return False
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", text)}
    return all(
        any(same_stem(part, w) for w in words) for part in re.findall(r"[^\W\d_]{3,}", name.casefold())
    )


def same_place(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two names' ``neighbours`` with the same word right before or right after them."""
    return bool((a[0] and a[0] == b[0]) or (a[1] and a[1] == b[1]))


_ARTICLES_BEFORE = frozenset(
    {
        "the", "le", "la", "les", "l", "el", "los", "las", "il", "lo", "gli", "o", "a", "os", "as", "der", "die",
        "das", "dem", "den", "des", "de", "het", "το", "τη", "την", "τον", "του", "της", "ο", "η", "στο", "στη",
        "στην", "στον", "στα", "τα",
    }
)
"""Articles between a name and the word before it, which change with the name's gender in
many languages ("με προορισμό το Ηράκλειο" / "… την Πάτρα"): skipped."""


def neighbours(text: str, start: int, end: int, *, past_articles: bool = False) -> tuple[str, str]:
    """The words right before and right after ``text[start:end]`` (a possessive skipped, and
    with ``past_articles`` an article before it)."""
    before = re.findall(r"\w+", text[:start])
    while past_articles and len(before) > 1 and before[-1].casefold() in _ARTICLES_BEFORE:
        before.pop()
    after = re.findall(r"\w+", re.sub(r"^['’]s\b", "", text[end:]))
    return (before[-1].casefold() if before else "", after[0].casefold() if after else "")


_AGE = compiled(
    rf"(?P<name>{CAPITAL}[\w'’-]+)(?:,\s+(?:de\s+)?(?P<age>\d{{1,3}})(?![.,]\d)"
    r"(?:\s+(?:ans|años|anos|anni|jaar|Jahre|år|lat|let|лет|років|роки|yaşında|tahun))?(?=\s*[,.;)])"
    r"|\s+\((?P<bracketed>\d{1,3})\))"
)
"""A person's age after their name: "Raymond Whitfield, 58,", "Peter Müller (58)", "Jean
Dupont, 58 ans,", "Maria Silva, de 67 anos" (not a date's day, "March 12, 2024", nor a
number with its thousands, "the Ministry, 3,126 patients")."""


_YEAR_OLD = compiled(rf"(?<![\w.,])(?P<age>\d{{1,3}})(?:-year-old|enne)(?:\s+(?:{CAPITAL}[\w'’-]+\s+)*(?P<name>{CAPITAL}[\w'’-]+))?")
"""An age before the person: "the 36-year-old Daniel Harper", "a 34-year-old man" (whose
name the sentence does not give), Italian "il 56enne"."""


_ITALIAN_AGE = compiled(r"(?<![^\W\d_])(?P<tens>[a-z]+?)enn[eia](?![^\W\d_])")
"""Italian's age as one word ("il ventiseienne", "la trentenne"): a number word and -enne."""


def _italian_age(stem: str) -> int | None:
    """The number an age word's stem spells ("ventisei", "trent" for trenta), 10 to 110."""
    from .numbers import spelled_as_digits, spelled_numbers

    for word in (stem, stem + "a", stem + "o", stem + "e", stem + "i"):
        found = spelled_numbers(word, "it")
        if len(found) == 1 and found[0][:2] == (0, len(word)) and 10 <= int(found[0][2]) <= 110:
            return int(spelled_as_digits(word, found).strip())
    return None


_YEAR_OF_LIFE = compiled(
    r"(?<!\w)на\s+(?P<year>\d{1,3})(?:-?(?:м|ом))?\s+году\s+жизни(?!\w)|(?<!\w)на\s+(?P<year_uk>\d{1,3})(?:-?(?:му|ому))?\s+році\s+життя(?!\w)",
    re.IGNORECASE,
)
"""The Russian and Ukrainian obituary's age, "на 91-м году жизни" (in the 91st year of life):
aged 90 ("at the age of 90" was a conflict, 91 against 90)."""


def scan_ages(scan: str, claim: Claim, lang: str = "") -> None:
    """Ages, before other numbers (see ``Fact.age_of``)."""
    for m in _YEAR_OF_LIFE.finditer(scan):
        year = int(m["year"] or m["year_uk"])
        if 1 < year <= 121:
            claim(DifferenceKind.NUMBER, str(year - 1), m.start(), m.end())
    if lang == "it":
        for m in _ITALIAN_AGE.finditer(scan):
            if (age := _italian_age(m["tens"].lower())) is not None:
                claim(DifferenceKind.NUMBER, str(age), m.start(), m.end(), age_of="")
    for m in _AGE.finditer(scan):
        group = "age" if m["age"] else "bracketed"
        if 0 < int(m[group]) <= 120 and m["name"].lower() not in MONTHS and m["name"].lower() not in WEEKDAYS:
            claim(DifferenceKind.NUMBER, str(int(m[group])), m.start(group), m.end(group), age_of=m["name"])
    for m in _YEAR_OLD.finditer(scan):
        if 0 < int(m["age"]) <= 120:
            claim(DifferenceKind.NUMBER, str(int(m["age"])), m.start("age"), m.end("age"), age_of=m["name"] or "")


_INITIALLED = compiled(
    rf"(?<![\w.])(?P<name>{CAPITAL}{LOWER}+(?:-{CAPITAL}{LOWER}+)?\s{CAPITAL}\.(?:\s?{CAPITAL}\.)?)(?=\s*[,;:)(]|\s+(?:{LOWER}|[\d–—-]))"
)
"""A person the police name by the initial of their surname ("Thomas M., 45,", "Yassine B.
a été", "Kemal D. dovrebbe", "Rafał K., został", Spain's two, "Javier R. G., de 39 años"), as
the European press does; not a middle initial before a surname ("John F. Kennedy"), nor one
ending a sentence."""


def scan_initialled_names(scan: str, claim: Claim) -> None:
    """Names with an initial for a surname, before the other names (in every language with
    capitals, German too): "Thomas M." against "Thomas K." is a changed surname."""
    for m in _INITIALLED.finditer(scan):
        if m["name"].split()[0].lower() not in FUNCTION_WORDS:  # "The U.S. central bank"
            claim(DifferenceKind.PERSON, m["name"], m.start(), m.end())


_AP_STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana",
    "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
    "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada",
    "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont",
    "Va": "Virginia", "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming",
}
"""The states as the AP abbreviates them after a town ("Paradise, Calif."): the state, not a
person "Calif" (a false conflict with "California")."""
_AFTER_A_TOWN = compiled(r",\s$")




def scan_names(scan: str, claim: Claim, *, known: frozenset[str], conv: Conventions | None) -> None:
    """Names, last: what no number or date pattern claimed."""
    for start, end, value in _names(scan, known, conv):
        if value in _AP_STATES and scan[end : end + 1] == "." and _AFTER_A_TOWN.search(scan, max(0, start - 2), start):
            claim(DifferenceKind.PLACE, _AP_STATES[value], start, end + 1)
            continue
        before = scan[max(0, start - 12) : start].split()
        if value.lower() in _ORG_WORDS and before and before[-1].lower() == "the" and scan[end : end + 2] in ("'s", "’s"):
            continue  # "the Bank's 2% target", after "the Bank of England": the body named before
        if DISTRICT_AFTER.match(scan, end):
            continue  # "Kyivskyi district", "у Київському районі": a city's district, named after another city
        after_preposition = bool(before) and before[-1].lower() in _PLACE_PREPOSITIONS
        claim(_name_kind(value, after_preposition=after_preposition), value, start, end)
