"""Whether a statement is said with a negation, in the languages whose negation is a word.

Across languages there are no shared words to diff, and the encoder scores a sentence and
its negation as alike as two translations ("the boat had not been authorised" / "le bateau
avait été autorisé", 0.935): a "not" dropped or added in translation reverses the claim and
was "reworded". Each language's negating words are a closed class (English "not", "never",
"no one"; French "ne … pas", "n'"; Russian "не"; Arabic "لا", "لم", "لن"; Chinese 不, 没, 未),
read here outside the fixed phrases where they negate nothing ("not only", "non seulement",
"не только", 不仅; Chinese words that hold one of the characters: 非洲, 未来, 无人机).

An account without a negating word may say the negation in a word of another class
("declined to comment" for "n'a pas souhaité commenter", "renoncé à contester" for "agreed
not to contest"): :func:`said_in_a_word` reads those, and no finding is made then.

Languages whose negation is a verb's ending (Turkish, Japanese, Korean, Persian, Czech) are
not read: :func:`negations` gives None, and no finding is made.
"""

from __future__ import annotations

import re
from functools import cache

from ..patterns import compiled

_NOT_ONLY = {
    "en": r"not\s+only|not\s+just|not\s+least|no\s+(?:later|earlier|sooner|more|less|fewer)\s+than|not\s+(?:more|less|fewer)\s+than|"
    r"not\s+(?:\w+\s+){0,3}?(?:before|until)",
    "fr": r"non\s+seulement|pas\s+seulement|n['’]importe|pas\s+plus\s+tard|au\s+plus\s+tard|"
    r"(?:ne\s+|n['’])(?:\w+\s+){1,2}pas\s+(?:\w+\s+){0,3}?avant",
    "de": r"nicht\s+nur|nicht\s+zuletzt|nicht\s+mehr\s+als|nicht\s+weniger\s+als|nicht\s+später\s+als|nicht\s+vor",
    "es": r"no\s+s[óo]lo|no\s+solamente|no\s+m[áa]s\s+(?:de|que)|no\s+menos\s+de|no\s+(?:\w+\s+){0,3}?(?:antes\s+de|hasta)",
    "it": r"non\s+solo|non\s+soltanto|non\s+pi[uù]\s+di|non\s+meno\s+di|non\s+oltre|non\s+(?:\w+\s+){0,3}?prima\s+d",
    "pt": r"n[ãa]o\s+s[óo]|n[ãa]o\s+apenas|n[ãa]o\s+somente|n[ãa]o\s+mais\s+(?:de|que)|n[ãa]o\s+menos\s+de",
    "nl": r"niet\s+alleen|niet\s+meer\s+dan|niet\s+later\s+dan",
    "ru": r"не\s+только|не\s+более|не\s+менее|не\s+позднее|не\s+раньше",
    "uk": r"не\s+лише|не\s+тільки|не\s+більше|не\s+менше|не\s+пізніше",
    "pl": r"nie\s+tylko|nie\s+więcej\s+niż|nie\s+mniej\s+niż|nie\s+później\s+niż",
}
"""Fixed phrases in which the negating word negates no claim: "not only … but also", and the
bounds ("no later than Friday" is "by Friday", "au plus tard vendredi"; "ne devrait pas avoir
lieu avant l'automne" is "frühestens im Herbst", "not until autumn")."""
_FRENCH_SECOND = compiled(r"(?<!\w)(?:pas|plus|jamais|rien|aucun\w*|personne|gu[èe]re|nullement|point|ni)(?!\w)", re.IGNORECASE)
"""The second part of a French negation: "ne … que" is "only", and an expletive "ne" ("avant
qu'il ne parte") negates nothing."""

_NEGATING = {
    "en": r"not|never|no(?!\.\s*\d)|nobody|nothing|none|neither|nor|cannot|no\s+one",
    "fr": r"ne|jamais|aucun|aucune|rien|ni",
    "de": r"nicht|kein|keine|keinen|keinem|keiner|keines|keinerlei|nie|niemals|nichts|niemand|niemanden|niemandem|nirgends|nirgendwo|weder",
    "es": r"no|nunca|jam[áa]s|ning[úu]n|ninguna|ninguno|nadie|nada|ni",
    "it": r"non|mai|nessun|nessuno|nessuna|niente|nulla|n[ée]",
    "pt": r"n[ãa]o|nunca|jamais|nenhum|nenhuma|ningu[ée]m|nada|nem",
    "nl": r"niet|geen|nooit|niemand|niets|noch",
    "ru": r"не|нет|ни|никогда|никто|ничего|ничто",
    "uk": r"не|немає|ні|ніколи|ніхто|нічого",
    "pl": r"nie|nigdy|nikt|nic|żaden|żadna|żadne",
    "ar": r"[وف]?(?:لا|لم|لن|ليس|ليست|ليسوا)",
}
"""A language's negating words, each a whole word. Not "without" and its translations: one
language's preposition is another's verb ("without power" / "privés d'électricité")."""
_SAID_IN_A_WORD = {
    "en": r"declin\w*|refus\w*|fail(?:s|ed|ing)?|den(?:y|ies|ied|ying)|reject\w*|unable|impossible|lack\w*|abstain\w*|"
    r"renounc\w*|waiv\w*|rul(?:ed|es|ing)\s+out|withh[eo]ld\w*|avoid\w*",
    "fr": r"refus\w*|renonc\w*|déclin\w*|échou\w*|impossible|incapables?|dément\w*|démenti\w*|ni[ée]\w*|rejet\w*|abstenu\w*|évit\w*",
    "de": r"lehnt\w*|lehnte\w*|abgelehnt|verweiger\w*|verzicht\w*|scheiter\w*|gescheitert|unmöglich|bestr[ie]tt\w*|dementier\w*|"
    r"ausgeschlossen|vermied\w*|vermeid\w*",
    "es": r"rechaz\w*|neg[óo]|negaron|renunci\w*|declin\w*|imposible|incapa(?:z|ces)|desmint\w*|desmient\w*|evit\w*|se\s+abstuvo",
    "it": r"rifiut\w*|rinunci\w*|declin\w*|impossibile|incapac\w*|smenti\w*|negat\w*|evitat\w*|astenut\w*|respint\w*",
    "pt": r"recus\w*|renunci\w*|rejeit\w*|imposs[íi]vel|incapa(?:z|zes)|desment\w*|negou|negaram|evit\w*|absteve\w*",
    "nl": r"weiger\w*|afgewezen|wees|zag\s+af|onmogelijk|ontk\w*",
    "ru": r"отказ\w*|отклон\w*|невозможн\w*|опроверг\w*|отрица\w*|воздерж\w*",
    "uk": r"відмов\w*|відхил\w*|неможлив\w*|спростув\w*|утрима\w*",
    "pl": r"odm[óo]w\w*|odrzuci\w*|niemożliw\w*|zaprzecz\w*|wstrzyma\w*",
    "ar": r"[وف]?(?:رفض|ترفض|يرفض|امتنع|نفى|نفت|تعذر)\w*",
    "zh": r"拒绝|拒絕|婉拒|放弃|放棄|否认|否認",
}
"""Words that say a negation without a negating word ("declined to comment" for "n'a pas
souhaité commenter", "ont renoncé à contester" for "agreed not to contest"): an account that
holds one may tell the other's negation in it."""
_CLITICS = {"en": r"(?<=\w)n['’]t(?![\w'’])", "fr": r"(?<![\w'’])n['’](?=\s?\w)"}
"""Negations written onto the next or the previous word: "didn't", "n'avait"."""

_CJK_NEGATING = {
    "zh": (
        r"[不没沒未无無非别別勿](?![仅僅但过過断斷久少论論管同止足料禁然愧敢久满滿利安及错錯易])"
    ),
}
"""Chinese negating characters, not as the first character of the words that hold one
without negating (不仅 "not only", 不过 "however", 不断 "constantly", 不少 "many", 不论 "no
matter", 不久 "soon", 不同 "different", 不然 "otherwise", 不安 "uneasy")."""
_CJK_HOLDERS = compiled(r"非洲|非常|非法|未来|未來|无人机|無人機|无论|無論|无数|無數|毫无|毫無|并非|並非|除非|无疑|無疑|未成年|没收|沒收|无线|無線|无辜|無辜")
"""Words holding a negating character that state nothing negative (非洲 Africa, 非常 very,
未来 future, 无人机 drone, 没收 confiscate, 无辜 innocent), and 并非 / 毫无 / 除非, read apart."""


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = _NEGATING.get(lang)
    if words is None:
        return None
    clitic = f"|{_CLITICS[lang]}" if lang in _CLITICS else ""
    return compiled(rf"(?<![\w'’])(?:{words})(?![\w'’]){clitic}", re.IGNORECASE)


@cache
def _not_only(lang: str) -> re.Pattern[str] | None:
    phrase = _NOT_ONLY.get(lang)
    return compiled(rf"(?<!\w)(?:{phrase})(?!\w)", re.IGNORECASE) if phrase else None


def _code(lang: str | None) -> str:
    return (lang or "").split("-")[0].lower()


def reads_negation(lang: str | None) -> bool:
    """Whether the negation of ``lang`` is read (its primary subtag's)."""
    return _code(lang) in _CJK_NEGATING or _code(lang) in _NEGATING


def said_in_a_word(text: str, lang: str | None) -> bool:
    """Whether ``text`` holds a word that says a negation without a negating word ("declined",
    "a refusé", "отказался", 拒绝)."""
    pattern = _said_in_a_word(_code(lang))
    return pattern is not None and pattern.search(text) is not None


@cache
def _said_in_a_word(code: str) -> re.Pattern[str] | None:
    words = _SAID_IN_A_WORD.get(code)
    if words is None:
        return None
    edge, end = ("", "") if code in _CJK_NEGATING else (r"(?<![\w'’])", r"(?![\w'’])")
    return compiled(rf"{edge}(?:{words}){end}", re.IGNORECASE)


def negations(text: str, lang: str | None) -> list[tuple[int, int, str]] | None:
    """The negating words of ``text`` in ``lang`` (its primary subtag), as (start, end, word)
    in text order; None where the language's negation is not read."""
    code = _code(lang)
    if code in _CJK_NEGATING:
        scan = _CJK_HOLDERS.sub(lambda m: "　" * len(m.group()), text)
        return [(m.start(), m.end(), m.group()) for m in compiled(_CJK_NEGATING[code]).finditer(scan)]
    pattern = _pattern(code)
    if pattern is None:
        return None
    not_only = _not_only(code)
    scan = not_only.sub(lambda m: " " * len(m.group()), text) if not_only else text
    found = list(pattern.finditer(scan))
    if code == "fr":
        # "ne … pas" is one negation, as are "n'… jamais", "ne … aucun": the particle counts,
        # where a second part follows it in its sentence; without one, "aucun", "jamais"
        # alone ("Aucun blessé.")
        # (both parts are its words: without "pas", "ont pas signé" still reads as a negation)
        particles = [m for m in found if m.group().lower() in ("ne", "n'", "n’")]
        if particles:
            pairs = [(m, second) for m in particles if (second := _FRENCH_SECOND.search(scan, m.end(), m.end() + 80))]
            found = sorted({part.start(): part for pair in pairs for part in pair}.values(), key=lambda m: m.start())
    return [(m.start(), m.end(), m.group()) for m in found]
