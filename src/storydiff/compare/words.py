"""Words and patterns shared by the fact, relation and speaker rules.

``FUNCTION_WORDS``, one list for three uses: words that carry no content when two
clauses are compared (relations), and capitalised sentence openers that name nobody
("This", "Most") when names and speakers are read (facts, speakers).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cached_property, lru_cache
from typing import Any, TypeVar

from ..patterns import compiled

LATIN_GLOSS = compiled(r"\s*[(（][^()（）\u3400-\u9fff]*[A-Za-z][^()（）\u3400-\u9fff]*[)）]")
"""A Latin-script parenthesis in CJK text: mostly the original form of a name the text has
just transliterated (费罗斯 (Julian Fellowes)), which says nothing the name did not; set
aside when judging how long a text is (relations) or whether it is Chinese (facts)."""
CJK = compiled(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LATIN_AND_CYRILLIC = [*range(0xC0, 0x250), *range(0x386, 0x3D0), *range(0x400, 0x530), *range(0x1F00, 0x1FFD)]
CAPITAL = "[A-Z" + "".join(chr(c) for c in _LATIN_AND_CYRILLIC if chr(c).isupper()) + "]"
"""A Latin, Greek or Cyrillic capital, accented ones included ("Émile", "Łukasz", "Šefčovič",
"Σταθόπουλος", "Путин", "Їжакевич")."""
NAME_PARTICLES = r"(?:von|van|der|den|de|da|di|du|dos|das|del|della|la|le|bin|ibn|al|el|ben|ter|zu)"
"""Lower-case words inside a personal name: "Ursula von der Leyen", "Mohammed bin Salman",
"Luiz Inácio Lula da Silva"."""
LOWER = "[a-z" + "".join(chr(c) for c in _LATIN_AND_CYRILLIC if chr(c).islower()) + "]"
"""A Latin, Greek or Cyrillic small letter, accented ones included ("ř", "ł", "ό", "ї")."""


RU_UK_LETTERS = str.maketrans("єіїґыэ", "еиигие", "ьʼ’'")
"""Letters Russian and Ukrainian write one name with differently: each to one of them (the
soft sign and the apostrophe, which one writes where the other does not, dropped)."""
CYRILLIC = compiled(r"[\u0400-\u04ff]")
"""A Cyrillic letter."""
HAN = compiled(r"[\u3400-\u9fff]")


class HanPattern:
    """A regular expression that can only match Chinese characters, compiled on the first
    text that has some: the speaker rules' Chinese patterns take ~40 ms to compile, which a
    comparison of accounts in other scripts need not pay."""

    def __init__(self, source: str) -> None:
        self.source = source

    @cached_property
    def _compiled(self) -> re.Pattern[str]:
        return compiled(self.source)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._compiled.finditer(text) if HAN.search(text) else iter(())

    def search(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self._compiled.search(text, pos, endpos) if HAN.search(text, pos, endpos) else None

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self._compiled.sub(repl, text) if HAN.search(text) else text


@lru_cache(maxsize=4)
def _opencc(config: str) -> Any:  # OpenCC is untyped
    """An OpenCC converter: "t2s" (traditional to simplified), "s2t", or "jp2t" (Japan's
    characters as traditional)."""
    import opencc

    return opencc.OpenCC(config)


SURNAME_PINYIN = {
    "曾": "zeng", "单": "shan", "解": "xie", "查": "zha", "仇": "qiu", "区": "ou", "朴": "piao", "盖": "ge",
    "乐": "yue", "覃": "qin", "缪": "miao", "翟": "zhai", "种": "chong", "召": "shao", "薄": "bo", "卜": "bu",
    "隗": "wei", "阚": "kan", "秘": "bi", "宓": "fu", "员": "yun", "句": "gou", "繁": "po", "佴": "nai",
    "都": "du", "折": "she", "重": "chong",
}
"""Characters read otherwise as a surname than in a word (曾国华 is Zeng Guohua, where
pypinyin reads 曾 "ceng", "once"), for a Chinese name's pinyin."""


def name_pinyin(name: str) -> list[str]:
    """A Chinese name's syllables in pinyin, its first read as a surname."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(name)
    if syllables and name[:1] in SURNAME_PINYIN:
        syllables[0] = SURNAME_PINYIN[name[0]]
    return syllables


def japanese_as_traditional(text: str) -> str:
    """Japan's simplified characters as the traditional ones (暁 晓's 曉, 広 廣, 沢 澤), which
    ``simplified`` then reads as China's: for names, not for text whose offsets count."""
    return str(_opencc("jp2t").convert(text)) if HAN.search(text) else text


def traditional(text: str) -> str:
    """``text`` in traditional characters, which a Japanese reader knows where it does not
    know the simplified ones (冈本彩 is 岡本彩, read Okamoto Aya)."""
    return str(_opencc("s2t").convert(text)) if HAN.search(text) else text


def simplified(text: str) -> str:
    """``text`` in simplified Chinese characters, character for character, so that offsets
    hold (國家統計局副局長許立新說 is 国家统计局副局长许立新说): the Chinese patterns are
    written in simplified characters, and Taiwan's and Hong Kong's press write traditional.
    Text without Chinese characters is returned as it is."""
    if not HAN.search(text):
        return text
    converted = _opencc("t2s").convert(text)
    if len(converted) == len(text):
        return str(converted)
    return "".join(c if len(d := _opencc("t2s").convert(c)) != 1 else d for c in text)


def unaccented(text: str) -> str:
    """Lower case without accents, the Turkish dotless ı as i and the Polish ł as l: outlets
    spell one name "Sánchez" and "Sanchez", "Yıldırım" and "Yildirim" (ı has no accent to
    strip)."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))
    return plain.translate(_UNDECOMPOSED)


_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h"})
"""Letters whose accent Unicode does not decompose (Turkish ı, Polish ł, Danish ø, Croatian
đ): "Kaczyński" is the "Kaczynski" of other outlets."""


_V = TypeVar("_V")


def looked_up(table: Mapping[str, _V], matched: str) -> _V:
    """``table[matched.lower()]``, for text that a case-insensitive pattern matched: re's
    IGNORECASE also takes "İ" and "I" for the Turkish i and ı, and "ſ" for s, which lower()
    does not give back ("İki", "ALTI"); such a key is found by its folded form."""
    key = matched.lower()
    if key in table:
        return table[key]
    folded = _caseless(key)
    for word, value in table.items():
        if _caseless(word) == folded:
            return value
    raise KeyError(matched)


def _caseless(word: str) -> str:
    return word.casefold().replace("\u0307", "").replace("ı", "i")


def same_stem(a: str, b: str) -> bool:
    """Two forms of one word under different endings (Warszawa / Warszawie, Путин /
    Путина): they share all but the shorter one's last letter (two, from 7 letters); a
    Finnish name in -nen inflects on -se- (Heikkinen / Heikkisen, Virtaselle)."""
    for word, other in ((a, b), (b, a)):
        if word.endswith("nen") and len(word) > 5 and other.startswith(word[:-3] + "se"):
            return True
    shorter = min(len(a), len(b))
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
    return shared >= max(3, shorter - (2 if shorter >= 7 else 1))


@lru_cache(maxsize=4096)
def is_latin(name: str) -> bool:
    """Written in Latin letters only (accents allowed): "Sánchez", not "Путин" or "普京"."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())


def script_of(name: str) -> str:
    """The script most of a name's letters are in: "LATIN", "CYRILLIC", "CJK" (Chinese
    characters), "KATAKANA", "HANGUL", "ARABIC"…"""
    scripts = [unicodedata.name(ch, "?").split(" ")[0] for ch in name if ch.isalpha()]
    return max(sorted(set(scripts)), key=scripts.count) if scripts else ""


def is_abbreviation(word: str) -> bool:
    """Capitals, with dots or without, more than one letter: "UN", "U.S.", "VAT"."""
    return len(word) > 1 and word.replace(".", "").isupper()


def is_cjk(text: str) -> bool:
    """Mostly Chinese, Japanese or Korean characters (Latin glosses of names aside)."""
    return len(CJK.findall(text)) > 0.3 * max(1, len(LATIN_GLOSS.sub("", text)))

HONORIFICS = frozenset(
    {
        *("holy father", "santo padre", "saint-père", "saint père", "heiliger vater", "ojciec święty"),
        *("his holiness", "sua santità", "su santidad", "sua santidade", "sa sainteté", "seine heiligkeit"),
        *("pontiff", "pontefice", "sommo pontefice", "pontífice", "sumo pontífice", "pontife", "souverain pontife"),
        *("pope", "papa", "pape", "papst", "papież"),
    }
)
"""Words the press alternates with the pope's name in one text ("il Santo Padre", "the
pontiff"): his office, no one's name; a speaker so named is the pope the text names."""
POPE_NAMED = r"(?:Pope|Papa|Pape|Papst|Papież|Papieża|Papieżem|Papieżowi)\s+(?P<name>[A-Z]\w+(?:\s+[IVXLC]+\b)?)"
"""The pope's title, then his name ("Pope Leo XIV", "Papa Leone XIV", "Papież Leon XIV")."""


NEGATIONS = frozenset(
    {
        *("not", "no", "never", "nor", "without", "none", "nothing", "nobody", "neither", "t"),
        *("nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "ohne"),
        *("ne", "pas", "jamais", "aucun", "aucune", "sans", "non", "nunca", "ningún", "ninguna"),
        *("nada", "sin", "mai", "nessun", "nessuna", "senza", "não", "nem", "nunca", "niet"),
        *("geen", "nooit", "zonder", "не", "нет", "ни", "никогда", "без", "ні", "ніколи"),
        *("不", "没", "未", "无", "非", "别", "勿", "否"),
    }
)
"""Words that turn a statement around, in the languages most accounts come in ("wouldn't"
leaves a "t"): an account that drops one has not trivially reworded the other."""

NUMBER_WORDS = frozenset(
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "thousand", "million", "billion", "trillion", "dozen",
    }
)
"""Numbers in words: the fact patterns read them as numbers, so they are no content words when
clauses are compared, and a capitalised one ("Ten years ago") names nobody."""

FUNCTION_WORDS: frozenset[str] = NUMBER_WORDS | frozenset(
    {
        "a",
        "about",
        "according",
        "after",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "before",
        "being",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "during",
        "each",
        "editor",
        "every",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "here",
        "him",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "many",
        "may",
        "meanwhile",
        "might",
        "more",
        "most",
        "must",
        "my",
        "no",
        "not",
        "of",
        "on",
        "or",
        "other",
        "our",
        "over",
        "photo",
        "said",
        "says",
        "shall",
        "she",
        "should",
        "since",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "under",
        "us",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "would",
        "yes",
        "you",
        "your",
    }
)


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
