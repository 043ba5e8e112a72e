"""Sentence boundaries with character offsets, in many languages.

* Languages pysbd knows (23, among them en, de, fr, es, ru, ar, ja, zh): pysbd's rules, which
  are right on abbreviations ("Mr.", "U.S.", "3. Mai"), decimals and quotes. We keep its
  sentences but compute offsets ourselves by searching forward in the text, because its
  ``char_span`` mode misplaces repeated sentences.
* Chinese and Japanese: a rule of our own, since pysbd moves a closing ”」』） into the next
  sentence: split after 。！？!?；… and any closing quotes/brackets that follow.
* Other languages: the English rules, which handle Latin, Cyrillic and Greek punctuation,
  and Korean, which ends sentences with a full stop and a space as they do.

Pathological input is bounded: paragraphs over ``_PYSBD_MAX`` characters skip pysbd (its
regexes are slow on megabyte strings), and any sentence over ``MAX_SEGMENT_CHARS`` is cut at
whitespace (or hard, for unspaced scripts). Rejected: spaCy's sentencizer (breaks "2401.5"
in Chinese), blingfire (splits "Dr."), wtpsplit (needs a model hub).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from ..limits import MAX_SEGMENT_CHARS
from ..patterns import compiled

_PYSBD_MAX = 20_000
_CJK_LANGS = {"zh", "ja", "yue", "wuu"}  # not Korean: it writes ". " between sentences
_CJK_BOUNDARY = compiled(r"[。！？!?；;…]+[”’」』）)】〕\"'》〉]*")
_SIMPLE_BOUNDARY = compiled(r"[.!?。！？]+[\"'”’»)\]]*(?=\s+\S)")
_CLOSERS = "”’」』）)】〕\"'》〉"
_QUOTATIVE = ("と", "って", "っ")
_INITIAL_END = compiled(
    r"(?:^|[\s(\"“‘«„'.])(?:[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω]|Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Srta|Dña|Mme|Mlle|Hr|Fr|St|Gen|Sen|Rep|Gov|Pres|"
    # Portuguese and Spanish titles written in lower case ("disse o eng. Rui Tavares")
    r"[Ee]ng|[Ee]ngª|[Aa]rq|[Dd]ra|dr|prof|[Pp]rofª|"
    r"Col|Capt|Lt|Sgt|Rev|Hon|Jr|Sig|Dott|Ing|Av|Gral|тов|г-н|г-жа|κ|κα|Δρ|"
    # ranks: "Rear Adm. Carlos Mendez", and the Philippine police's "PLt. Col.", "PBGen."
    r"Adm|Maj|Cmdr|Brig|Supt|Insp|Det|Cpl|P(?:Lt|Col|Capt|Maj|Gen|BGen|MGen|LtGen|Sgt|SSg|MSg|Cpl)|"
    # Polish titles and "saint" before a name ("kard. Marcello Semeraro", "plac św. Piotra")
    r"[Kk]ard|[Aa]bp|[Bb]p|[Kk]s|św|Św|[Pp]łk|[Gg]en|[Mm]jr|[Kk]pt|[Pp]or|[Ii]nż|[Mm]gr|"
    # Polish police and prosecutors' ranks, and a street, avenue or estate before its name
    # ("nadkom. Agnieszka Rudnicka", "prok. Jan Nowak", "przy ul. Starowiślnej")
    r"(?:nad|pod|mł\.\s)?kom|(?:nad)?insp|prok|(?:st\.\s|mł\.\s)?(?:asp|sierż|post)|sztab|ul|al|"
    # ... and the fire service's ("rzecznik PSP mł. bryg. Tomasz Bednarczyk", "st. kpt.")
    r"(?:st\.\s|mł\.\s|nad)?bryg|(?:st\.\s|mł\.\s)?kpt|"
    # Sweden's royal institutions ("Kungl. Vetenskapsakademien"), Vietnam's "TP." (city: "TP. Hồ
    # Chí Minh")
    r"Kungl|TP|Tp)\.$"
)
_POSITION_END = compiled(r"\d\s?[°'′’\"″]\s?[NSEW]\.$")
"""A position closing a sentence ("… from position 19°21'N, 67°43'E."): its letter is no initial."""
_NEXT_STARTS = compiled(r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁΆ-Ω]|[ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ])")
"""A capital after an initial: Latin's accented capitals too ("A.Ş.", a Turkish company;
"Ł. Nowak")."""
_TERMINAL_END = compiled(r"[.!?…:;。！？｡．؟۔।॥։።፧፨။‼⁇⁈⁉\u037e](?:\s*[\"'”’»)\]])*$")
_LETTER_BEFORE_NUMBER = compiled(r"(?:^|[\s(])[^\W\d_]\.$")
_SHORT_LOWER_END = compiled(r"(?:^|[\s(])([^\W\d_]{2})\.$")
_BEFORE_A_NUMBER = compiled(
    r"(?:^|[\s('’])(?:godz|proc|tys|tis|hod|pkt|cca|тыс|тис|млн|млрд|núm|nún|art|arts|pàg|pág|págs|cap|vol|nr|\w*str)\.$"
)
"""Abbreviations written before a number in Polish, Czech, Russian and Ukrainian news
("o godz. 6.40", "ok. 40", "cca 300"), Catalan, Galician, Spanish and Portuguese ("DOGC
núm. 9.312", "l'art. 14") and German streets ("Hauptstr. 5"), which pysbd's rules end a
sentence on."""
_SCALE_END = compiled(r"\d\s?(?:mil|mld|mln|tis|tys|mlrd|млн|млрд|тыс|тис)\.$")
_PERCENT_END = compiled(r"\d\s?proc\.$")
_CURRENCY_START = compiled(r"(?:Kč|zł|Ft|[A-Z]{3}\b|[$€£¥₽₴])")
_CLOSING_QUOTE = compiled(r"[\"”’»“‘]+(?=\s)")  # (Urdu closes with “ and ‘: ”…ہو گی۔“)
_QUOTE_CLOSE_SPLIT = compiled(r"[.!?…]\s*[»”\"’]\s+(?=[\"“‘«„]?[A-ZÀ-ÖØ-ÞА-ЯЁ¿¡])")
_QUOTED_SENTENCE_END = compiled(r"(?<=[a-z0-9à-öø-ÿа-яё)])[.!?…]\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
_OPENING_QUOTES = compiled(r"[\"“«„‘]")
_CLOSING_MARKS = {'"': '"', "“": "”", "«": "»", "„": "“”", "‘": "’"}
"""The marks that close a quotation each opening mark opens (German „…“, English “…”)."""
_DOTTED_ACRONYM_PART = compiled(r"(?:^|[\s(«\"“])(?:[Α-ΩΆ-Ώ]{1,4}\.)+$")
_DOTTED_ACRONYM_REST = compiled(r"(?:[Α-ΩΆ-Ώ]{1,4}\.)+(?:\s|$)")
"""The parts of a Greek acronym written with dots ("ΕΛ.ΑΣ.", "Ν.Δ."), which pysbd cuts."""
_CLOSERS_ONLY = compiled(r"[\s\"'”’»“‘)\].!?…]+")
_CASED_SCRIPTS = {"LATIN", "GREEK", "CYRILLIC", "ARMENIAN"}
_CJK_CHAR = compiled(r"[\u3040-\u30ff\u3400-\u9fff]")


@functools.lru_cache(maxsize=32)
def _segmenter(lang: str) -> Any:  # pysbd is untyped
    import pysbd

    return pysbd.Segmenter(language=lang, clean=False)


def _pysbd_lang(lang: str | None) -> str:
    import pysbd

    code = (lang or "en").lower()
    code = _KIN_RULES.get(code, code)
    return code if code in pysbd.languages.LANGUAGE_CODES else "en"


_KIN_RULES = {"bn": "hi", "ne": "hi", "pa": "hi", "as": "hi", "or": "hi", "sa": "hi", "ps": "fa", "sd": "ur", "ckb": "fa"}
"""Languages pysbd has no rules for, read with those of a language that ends sentences
with the same marks (Bengali's danda "।" as Hindi's; the English rules do not end a
sentence there, and a Bengali paragraph was one sentence)."""


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


_ZH_ATTRIBUTION = compiled(r"[^。！？!?；;…“”「」]{1,30}?(?:说|表示|称|指出|强调|补充|介绍|回应|写道)道?(?=[。！？!?])")
"""A short clause that says who spoke the quotation before it: “……。”周明说。"""


def _cjk_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _CJK_BOUNDARY.finditer(text):
        if match[0][-1] in _CLOSERS and text[match.end() : match.end() + 1] in _QUOTATIVE:
            continue  # 「…。」と述べた: the quote is inside the sentence
        if match[0][-1] in _CLOSERS and _ZH_ATTRIBUTION.match(text, match.end()):
            continue  # “……。”林玥的代理律师周明说。: so is the one who speaks it
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _regex_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SIMPLE_BOUNDARY.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _split_quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at the sentence ends inside a quotation it opens: pysbd keeps a quote
    whole however many sentences it holds (said: "We cannot believe it. We still don't
    know why. …"), while the other account's segmenter, and its translator, split them."""
    quote = _OPENING_QUOTES.search(text, start, end)
    if quote is None:
        return [(start, end)]
    # only inside the quotation: after it closes, a full stop may be a German date's
    # ('Die Interpretin von „La Rue des Tanneurs“ starb am 12. Mai 1995': cut after "12.")
    closing = compiled(f"[{re.escape(_CLOSING_MARKS[quote.group()])}]").search(text, quote.end(), end)
    out, cursor = [], start
    for match in _QUOTED_SENTENCE_END.finditer(text, quote.end(), closing.start() if closing else end):
        if _INITIAL_END.search(text[cursor : match.start() + 1]):
            continue  # "Dr. Who", "Gen. Smith"
        out.append((cursor, match.start() + 1))
        cursor = match.end()
    out.append((cursor, end))
    return out


def _starts_lowercase(sentence: str) -> bool:
    """A cased-script sentence never opens in lower case ("né au XIXe s. à Paris"), nor
    after the quotation mark that closes the last ("«Πού ήταν;» διερωτήθηκε ο υπουργός")."""
    first = sentence.lstrip("-–—»”’\"' ")[:1]
    return first.islower() and unicodedata.name(first, "").split(" ")[0] in _CASED_SCRIPTS


_THAI_FULL_STOP = compiled(r"[\u0e00-\u0e7f]\.$")
_TAMIL_ABBREVIATION = compiled(r"(?<![\u0b80-\u0bff])[\u0b80-\u0bff]{1,3}\.$")
"""A Tamil word of one or two letters (with their vowel signs) before a full stop: an
abbreviation or an initial, which pysbd, with no Tamil rules, takes for a sentence end."""
_CLOCK_END = compiled(r"\d\s?(?i:[ap]\.m\.)$")
_DAY_AFTER_CLOCK = compiled(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|local time"
    r"|[A-Z]{1,2}[SD]?T|(?!(?:Next|This|That|Last|Each|Every|Some|Any|First|The|By|At|In|On)\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:standard\s+)?time)\b(?!\s+(?:is|was|will|has|had)\b)"
)
"""After "11 p.m.", the day or the time zone it is given in, not a new sentence ("… at 11:10
p.m. Friday, during …", "at 9 a.m. ET", "at 11 p.m. Moscow time", "8:30 a.m. New York
time"), unless that word is the next sentence's subject."""


_CHURCH_TITLE_END = compiled(r"(?:^|[\s(\"“‘«„'])(?:card|mons|mgr|msgr)\.$", re.IGNORECASE)
"""Church titles before a name in Italian, Spanish, Portuguese and French ("il segretario di
Stato, card. Pietro Parolin", "mons. Rinaldi"); in English "card." ends sentences."""
_CHURCH_TITLES_IN = frozenset({"it", "es", "pt", "fr", "ca"})


def _continues(text: str, prev: tuple[int, int], span: tuple[int, int], lang: str = "") -> bool:
    """Whether pysbd cut a sentence that goes on in ``span``: after a title or initial
    ("Sr. García", "p. 12"), a short lower-case abbreviation before a number ("ok. 40"), a
    colon before a quotation, before a lower-case word ("aprox. a las 5"), or where the
    previous piece has no end punctuation at all (it reads "17." in "Am 17. und 18. Juli"
    as a list item). A line break between the two pieces is left alone."""
    before, after = text[prev[0] : prev[1]], text[span[0] : span[1]]
    if "\n" in text[prev[1] : span[0]]:
        return False
    if _CLOSERS_ONLY.fullmatch(after):
        return True  # a closing quote cut off its sentence ("… aankomen." ’)
    if _DOTTED_ACRONYM_PART.search(before) and _DOTTED_ACRONYM_REST.match(after):
        return True  # an acronym written with dots, cut inside ("ΕΛ.ΑΣ.", the Greek police)
    if _THAI_FULL_STOP.search(before):
        return True  # Thai ends no sentence with a full stop, only abbreviations (พ.ย., ครม.)
    if _TAMIL_ABBREVIATION.search(before):
        return True  # Tamil "90 கி.மீ." (km), "நவ. 29" (Nov.), "மு.க. ஸ்டாலின்" (initials)
    if _INITIAL_END.search(before) and _NEXT_STARTS.match(after) and not _POSITION_END.search(before):
        return True
    if lang in _CHURCH_TITLES_IN and _CHURCH_TITLE_END.search(before) and _NEXT_STARTS.match(after):
        return True
    if _DEGREES_CUT.search(before) and _DEGREES_SCALE.match(after):
        return True  # Polish "40 st. C." (degrees Celsius), cut after "st."; split after "C."
    if after[:1] in ",;)ºª°":
        return True  # "o 15,8 proc., do 2,3 mld koron": no sentence opens on a comma; "n.º 9.312"
    if after[:1].isdigit() and (
        _LETTER_BEFORE_NUMBER.search(before)
        or ((m := _SHORT_LOWER_END.search(before)) and m[1].islower())
        or _BEFORE_A_NUMBER.search(before)
    ):
        return True  # "p. 12", Polish "ok. 40 cm" (about), "ca. 300", "o godz. 6.40"
    if _SCALE_END.search(before) and _CURRENCY_START.match(after):
        return True  # Czech "500 mil. Kč", "4,6 mld. Kč"
    if (_SCALE_END.search(before) or _PERCENT_END.search(before)) and len(after.split()) <= 2:
        return True  # Lithuanian "sudaro 3 proc. BVP.": a word or two is no sentence
    if _CLOCK_END.search(before) and _DAY_AFTER_CLOCK.match(after):
        return True  # "at 11:10 p.m. Friday, during …": the day the time is on
    if before.endswith(":") and after[:1] in "«\"“„‹":
        return True  # a colon that opens a quotation (pysbd's Arabic rules end a sentence there)
    return _starts_lowercase(after) or not _TERMINAL_END.search(before)


def _repair(text: str, spans: list[tuple[int, int]], lang: str = "") -> list[tuple[int, int]]:
    """Fix three pysbd habits: cutting a sentence that goes on (``_continues``), not
    splitting after a closing guillemet or quote ("… prêts. » La réunion", '… failing."
    "The developer'), and keeping a quotation of several sentences whole."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _continues(text, merged[-1], (start, end), lang):
            merged[-1] = (merged[-1][0], end)
            continue
        merged.append((start, end))
    for i in range(1, len(merged)):
        # a quotation mark followed by a space closes the last sentence (pysbd puts the "
        # after a danda into the next: 'ने कहा, "राहत कार्य जारी है।" रेल …')
        (a, b), (c, d) = merged[i - 1], merged[i]
        if b == c and (quote := _CLOSING_QUOTE.match(text, c, d)):
            merged[i - 1], merged[i] = (a, quote.end()), (quote.end(), d)
    merged = [piece for span in merged for piece in _split_at(text, span, _WORD_NOT_ABBREVIATION)]
    merged = [piece for span in merged for piece in _split_at(text, span, _DEGREES_END)]
    out: list[tuple[int, int]] = []
    for start, end in merged:
        cursor = start
        for match in _QUOTE_CLOSE_SPLIT.finditer(text, start, end):
            out.extend(_split_quoted(text, cursor, match.end()))
            cursor = match.end()
        out.extend(_split_quoted(text, cursor, end))
    return out


_DEGREES_CUT = compiled(r"\d\sst\.$")
_DEGREES_SCALE = compiled(r"[CF]\.?(?:[\s,;)]|$)")
_DEGREES_END = compiled(r"\d\sst\.\s?[CF]\.(?=\s+[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ])")
"""Polish degrees ("40 st. C.", stopni Celsjusza) closing a sentence: pysbd cuts after
"st." and reads "C." as the next sentence's initial (a space before "st.": no "21st.")."""
_WORD_NOT_ABBREVIATION = compiled(r"(?<=\s)(?i:contra)\.(?=\s+[A-ZÁÉÍÓÚÑ¿¡«\"“])|(?<=\d\s)maj\.(?=\s+[A-ZÅÄÖ])")
"""Words pysbd's abbreviation lists hold that end sentences in news: Spanish "… 165 en
contra. El ministro …" (contra., "counter-"), and the Scandinavian May after its day
("… sedan den 27 maj. Förbundet …", no major's "Maj.")."""


def _split_at(text: str, span: tuple[int, int], pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """``span`` cut after each of ``pattern``'s matches inside it."""
    out, cursor = [], span[0]
    for match in pattern.finditer(text, span[0], span[1]):
        out.append((cursor, match.end()))
        cursor = match.end()
    out.append((cursor, span[1]))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _pysbd_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """pysbd's sentences, found in ``text`` in order. Its processor is called directly:
    ``segment()`` would also compile one regular expression per sentence to find it."""
    spans, cursor = [], 0
    for piece in _segmenter(lang).processor(text).process():
        piece = piece.replace("\r", "\n").strip()
        if not piece:
            continue
        at = text.find(piece, cursor)
        if at < 0:  # pysbd altered the text: fall back to the simple rule for this paragraph
            return _regex_spans(text)
        spans.append((at, at + len(piece)))
        cursor = at + len(piece)
    return spans


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_SEGMENT_CHARS at whitespace (hard cut if there is none)."""
    out = []
    while end - start > MAX_SEGMENT_CHARS:
        cut = text.rfind(" ", start + MAX_SEGMENT_CHARS // 2, start + MAX_SEGMENT_CHARS)
        cut = cut if cut > start else start + MAX_SEGMENT_CHARS
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``; whitespace is never inside an edge."""
    if not text.strip():
        return []
    code = (lang or "").lower()
    cjk = code in _CJK_LANGS or (not code and len(_CJK_CHAR.findall(text[:500])) > 0.3 * len(text[:500]))
    if cjk:
        raw = _cjk_spans(text)
    elif len(text) > _PYSBD_MAX:
        raw = _regex_spans(text)
    else:
        raw = _repair(text, _pysbd_spans(text, _pysbd_lang(code)), code.split("-")[0])
    spans: list[tuple[int, int]] = []
    for start, end in raw:
        trimmed = _trim(text, start, end)
        if trimmed:
            for piece in _cap(text, *trimmed):
                again = _trim(text, *piece)
                if again:
                    spans.append(again)
    return spans
