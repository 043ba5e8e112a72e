"""Who says each body segment: a named speaker, ``both sides``, a side ("the Russian side"), or the narrator.

Method, per document, in reading order:

1. **Attribution patterns.** A sentence is attributed when a speaker phrase governs a
   reporting verb: at its start ("Xi said/noted/stressed that …", "He pointed out …",
   "The two sides agreed …"), after a comma ("…, Xi said, adding …"), inverted at its end
   ("…, said Xi."), after quoted words ('"We are ready," Xi said.', '…," said Xi.'), or
   "According to X, …". Chinese: a clause-initial name followed by a
   reporting verb (习近平指出, 普京总统表示, 特拉斯女士说), 双方/两国元首 for both sides, X方
   for a side; a transliterated foreign name is known by its middle dot (鲍里斯·约翰逊称).
   Titles and nationality adjectives are stripped ("Chinese President Xi Jinping"); a
   name may hold lower-case particles (Ursula von der Leyen, Lula da Silva) and follow a
   role (his widow X, Sleep expert X) or stand in apposition ("the company's chief
   executive, Tim Cook") or after an office ("Iran's First Vice President X"); a title
   alone ("the president said", 这位部长称) is the person the text last gave it. An
   attribution that closes the sentence ("…, a UN official said.") owns it: a speaker its
   first words name is reported, as is a second speaker after a Chinese reporting verb
   (克里姆林宫表示，普京告诉…).
   German, French, Spanish, Italian, Portuguese, Dutch, Russian and Polish have their own
   verbs and shapes (reporting.py: "…, sagte Scholz.", "Selon Macron, …", "…, a-t-il
   ajouté.", "«…», — сказал Путин."); there a speaker goes by the surname of a full name
   the document gives, under any ending (Пескова is Песков). Japanese, Korean, Arabic and
   Hindi, without capital letters, find a name by the role or honorific beside it and the verb
   that closes or opens the sentence (reporting_uncased.py: 森川社長は…と述べた, 김서연
   교수는 … 말했다, وقال المحافظ خالد عبيد إن).
   The patterns are general grammar of news reporting; no name is listed anywhere.
2. **Pronouns.** He/She resolve to the last named person, unless narration has since
   brought in another (by title, or a glossed transliteration) or moved on for more than
   ``PRONOUN_REACH`` sentences; a person the narration opens a sentence with, named with a
   title, a role or an apposition ("Deputy Governor Karl Osei voted against.", "Chiara
   Benvenuti, the gallery's director, wept"), is who "he" or "she" means next; They to
   the last collective. Languages that leave the subject out ("Añadió que …", «…», ha
   aggiunto.) give the sentence to the last named person the same way.
3. **Continuation.** Reported speech runs on: later sentences of the same paragraph with
   no attribution of their own keep the paragraph's speaker, until one reports the words
   of someone not recognised as a speaker ("the draft said", "the G7 delegates said"); a
   paragraph that opens in the first person (I, we, you; 我, 我们) with no attribution
   continues the previous speaker; sentences that open a paragraph before its first attribution take that
   speaker when the previous paragraph ended with the same speaker (the remarks continue
   across the break); a paragraph of quoted words with no attribution is the previous
   speaker's, unless the sentence right after the quotation names who spoke it ('"We
   cannot wait." Mayor Tomas Berg told councillors …'). Narration of what someone did not
   say ("She did not say when …") is the narrator's. Text that has lost its paragraph
   breaks (more than ``UNBROKEN`` sentences in one paragraph) is read as one paragraph per
   sentence. Whatever the paragraphs, the sentences inside a quotation a speaker opened
   stay theirs until it closes (at most ``QUOTE_REACH``).
4. **One name per person across documents** (:func:`canonical_names`): every form is
   mapped to the longest form, seen in any document, whose words contain its words
   ("Xi" → "Xi Jinping"); Chinese names map through pinyin (习近平 → Xi Jinping) when a
   Latin form with those syllables exists.

:func:`compatible` is what the aligner receives as its ``allowed`` mask: two segments may
pair unless they are attributed to different named speakers (in the same script: a
transliteration pinyin cannot undo, 史密斯 for Smith, is not evidence, but a name in pinyin,
"Li Mingzhe", is not a Chinese name of another reading, 洛佩斯; a surname is the full name
that ends with it), or one to a named speaker and the other to both sides. The narrator is
compatible with everyone, because one outlet's "X said the economy grew" is another's plain
"the economy grew".

Cost: a few regular expressions per sentence; no model. Rejected: coreference models
(none offline for Chinese, hundreds of MB for English) and name gazetteers (tuned to
one event, wrong on the next).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ..model import Document, Segment
from ..patterns import compiled
from .facts.dates import WEEKDAYS
from .facts.names import (
    arabic_names_alike,
    country_code,
    one_name_transliterated,
    romanised_people,
    umlauts_spelt,
    with_umlauts_spelt,
)
from .facts.numbers import ROMAN_NUMERAL
from .facts.places import city
from .locales import conventions
from .reporting import ARTICLED, TRAILING_APPOSITION, described_source
from .reporting import grammar as language_grammar
from .reporting import patterns as other_language_patterns
from .reporting_uncased import grammar as uncased_grammar
from .reporting_uncased import speaker as uncased_speaker
from .words import (
    CAPITAL,
    FUNCTION_WORDS,
    HONORIFICS,
    LOWER,
    NAME_PARTICLES,
    POPE_NAMED,
    RU_UK_LETTERS,
    HanPattern,
    is_abbreviation,
    is_cjk,
    is_latin,
    japanese_as_traditional,
    name_pinyin,
    same_stem,
    script_of,
    simplified,
    traditional,
    unaccented,
)

BOTH_SIDES = "both sides"

_VERBS = (
    r"said|says|say|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|pointed\s+out|"
    # "added the third goal", "added a second", "added 146 runs": scoring, not words
    # ("tells the story of three generations": a book's or a film's plot, no words said)
    r"points\s+out|added(?!\s+(?:the|a|an|another|his|her|their|its|\d[\d,.]*)\b)|adds|stated|states|"
    r"(?:told|tells)(?!\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:story|stories|tale|tales|history)\b)|"
    r"expressed|expresses|underlined|"
    r"underscored|highlighted|urged|urges|called\s+for|calls\s+for|called\s+on|welcomed|hailed|"
    r"welcomes|remarked|affirmed|reaffirmed|reiterated|agreed|agree|asserted|declared|"
    r"explained|warned|warns|insisted|argued|suggested|proposed|announced|acknowledged|"
    r"recalled|observed|praised|thanked|hoped|believed|believes|maintained|mentioned|"
    r"commented|replied|responded|continued|exchanged|voiced|conveyed|wrote|"
    # "claimed for travel he never used", "claimed the title", "claimed three lives": no words
    r"claimed(?!\s+(?:for\b|(?:the|a|an|his|her|their|its|\d+|two|three|four|five|six)\s+(?:\w+\s+)?(?:title|titles|seat|seats|lives|life|victory|win|gold|medal|trophy|crown|pole|stage|expenses?)\b))|"
    r"denied|confirmed|appreciated|congratulated|extended|briefed|spoke|admits|revealed|"
    # "admitted 23 counts of fraud" is a plea, not words
    r"admitted(?!\s+(?:\d|(?:\w+\s+)?(?:counts?|charges?|offen[cs]es?)\b))|"
    r"reveals|cautioned|conceded|concedes|predicted|vowed|pledged|promised|estimated|"
    r"acknowledges|complained|testified|recounted|described|asked|requested|demanded|"
    # "defended the measure as …": arguing for it, not guarding a place
    r"defended\s+(?:the|his|her|their|its)\s+(?:\w+\s+){0,2}?(?:measure|decision|law|plan|policy|"
    r"move|deal|bill|proposal|record|choice|approach|reform|strategy|actions?|remarks?|comments?)\b|"
    # "raised deep concerns about …": voicing them, not lifting something
    r"raised\s+(?:\w+\s+){0,2}?(?:concerns?|questions?|objections?|doubts?|the\s+(?:issue|question|matter))|"
    # "called the plan “a reckless gamble”": naming it in words of one's own, not "called a
    # meeting" or "called the police"
    r"(?:called|calls|dubbed|branded|labell?ed|termed)(?=\s+(?:[\w'’-]+\s+){0,4}?[\"“‘«])"
)
_TITLE_WORDS = (
    r"President|Vice|Premier|Prime|Minister|Chancellor|Secretary|General|Foreign|Defen[cs]e|"
    r"Deputy|Chairman|Chairwoman|Chair|King|Queen|Prince|Princess|Pope|Pontiff|Senator|Governor|Mayor|"
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Ambassador|Spokes(?:man|woman|person)|State|Councilo?r|"
    r"Envoy|Leader|Speaker|Chief|Director|Commander|Lord|Detective|Inspector|Superintendent|"
    r"Sergeant|Constable|Commissioner|Officer|Professor|Prof\.?|Judge|Justice|Captain|Colonel|"
    r"Major|Lieutenant|Admiral|Bishop|Cardinal|Rabbi|Imam|Sheikh|Crown\s+Prince(?:ss)?|Prefect|Collector|Magistrate|District|MP|MLA|MEP|CEO|"
    r"Astronaut|Cosmonaut|Taikonaut|"
    # Swahili: president, minister, deputy, secretary, director, spokesperson, the Honourable
    r"Rais|Waziri|Naibu|Katibu|Mkurugenzi|Msemaji|Mheshimiwa|Dkt\.?|"
    # Indonesian police ranks before a name ("Kapolres Lumajang, AKBP Dimas Wicaksono, mengatakan")
    r"AKBP|AKP|Kombes|Kompol|Iptu|Ipda|Aiptu|Brigjen|Irjen|Bripka|Briptu|"
    # Malaysia's honorifics ("Datuk Seri Anwar Ibrahim", "Tan Sri …")
    r"Datuk\s+Seri|Datuk|Dato['’]?\s+Sri|Dato['’]?|Tan\s+Sri|Tun|"
    r"Shri|Smt\.?|Shrimati|Bw\.?|Attorney|Gov\.|Sen\.|Rep\.|Gen\.|Lt\.|Col\.|Sgt\.|Capt\.|Supt\.|Insp\.|Det\.|Adm\.|Maj\.|Cmdr\.|Pres\."
)
_ARABIC_ARTICLE = r"(?:al|el|ad|ash|as|at|az|ar|an|bin|ibn|abu)-"
_NAME = (
    rf"(?:{CAPITAL}[\w'’.-]*[\w.]\s+(?:(?:{_ARABIC_ARTICLE})?(?:{CAPITAL}[\w'’.-]*[\w.]|{NAME_PARTICLES})\s+){{0,6}})?"
    rf"(?:{_ARABIC_ARTICLE})?{CAPITAL}[\w'’-]*\w"
)
"""A name of up to eight words with the titles before it ("Prime Minister Mohammed bin
Abdulrahman Al Thani"), lower-case particles included ("Ursula von der Leyen"), and the
Arabic article joined to a word ("Majed al-Ansari", "Khalil al-Hayya"); accented capitals
too ("Álvaro Cuesta", "Łukasz Nowak")."""
_COLLECTIVE = (
    r"(?i:(?:the\s+)?(?:two|both)\s+(?:sides|heads\s+of\s+state|leaders|presidents|parties|"
    r"delegations|ministers|countries|governments)|both\s+sides|both\s+leaders)"
)
_SIDE = r"[Tt]he\s+(?P<side>[A-Z][a-z]+)\s+side"
_PRONOUN = r"(?P<pron>He|She|They|he|she|they)"
_ADVERB = r"(?:\w+ly\s+|also\s+|once\s+again\s+|again\s+|further\s+|earlier\s+|(?:has|have|had)\s+)*"
"""Adverbs and a perfect's auxiliary before the verb ("Mr Biden has said", "X had earlier told")."""

_ROLE_NOUNS = (
    r"spokes(?:man|woman|person)|minister|secretary[- ]general|secretary|official|"
    r"ambassador|envoy|advis[eo]r|chief|director|leader|chair(?:man|woman|person)?|president|governor|"
    r"mayor|commander|analyst|economist|lawyer|expert|professor|researcher|scientist|officer|"
    r"widow(?:er)?|wife|husband|son|daughter|brother|sister|mother|father|presenter|reporter|"
    r"correspondent|journalist|editor|founder|owner|manager|coach|member|candidate|activist|"
    r"campaigner|head|doctor|collector|magistrate|witness|resident|author|historian|negotiator|prosecutor|attorney|prefect|"
    r"mediator|judge|agent|player|striker|midfielder|defender|goalkeeper|captain|boss|skipper|opener|batter|bowler|"
    r"distributor|producer|publisher|"
    r"inspector|detective|organi[sz]er|survivor|teacher|nurse|farmer|commissioner|councill?or|"
    r"superintendent|sergeant|constable|curator|principal|dean|treasurer|executive|administrator|"
    r"coordinator|representative|delegate|lawmaker|legislator|senator|sheriff|diplomat|aide|"
    r"investigator|engineer|firefighter|paramedic|pilot|worker|employee|neighbou?r|counsel|priest|"
    r"restorer|conservator|ranger|forester|surgeon|physician|architect|planner|partner|"
    # people the press quotes by what they do or are ('…," driver Agus Salim said')
    r"driver|passenger|student|vendor|trader|miner|fisherman|shopkeeper|protester|demonstrator|volunteer|"
    r"rescuer|villager|voter|supporter|retiree|pensioner|mechanic|clerk|guard|soldier|veteran|tenant|"
    r"commuter|motorist|tourist|shipowner|picketer|steward|astronaut|cosmonaut|taikonaut|"
    # the arts: '…," said the singer Ana Moura', "actress Clara Weiss said"
    r"singer|songwriter|actor|actress|composer|conductor|poet|playwright|screenwriter|writer|novelist|"
    r"drummer|trumpeter|dancer|choreographer|painter|sculptor|filmmaker|photographer|designer|rapper|"
    r"comedian|frontman|frontwoman|bandmate|soprano|mezzo-soprano|tenor|baritone|"
    r"[a-z]+ologist|[a-z]{3,}ist|[a-z]{3,}ician|[a-z]{3,}arian"  # archaeologist, biologist, economist, technician, librarian
)
_ROLE = (
    r"(?:(?:[A-Z][\w.'’-]*\s+(?:(?:of|for)\s+(?=[A-Z]))?|(?:his|her|their)\s+){0,5}(?:[a-z]+(?:\.[a-z]+)?(?:['’]s|(?<=s)['’])?\s+){0,3}"
    r"(?:(?:(?:co|vice|ex)-)?(?:"
    + _ROLE_NOUNS
    + r")(?:-general)?\s+){1,2})"
)
"""A lowercase role before a name ("Kremlin spokesman Dmitry Peskov said", "AASU chief
advisor …", '…," his widow Elita Georgiadis said', "said deputy council leader Anna Reyes",
"ver.di chief Markus Behrendt",
"said the former finance minister Lars Holm", '…," the association's deputy secretary
general Chen Shihua told', "farmers' leader Mark van den Oever told", "said co-author X", a
body's name with its "of" before it: "Rice Exporters Association of Pakistan chairman Malik
Faisal Jahangir said", "Meteorological Department director-general … said")."""

_TITLE_ONLY = (
    rf"(?P<role>(?i:the)\s+(?:[A-Z][a-z]+(?:ish|ian|ese|an|ch|i)\s+)?"
    rf"(?P<title>(?:(?i:{_TITLE_WORDS})\s+){{0,2}}(?i:{_TITLE_WORDS})))(?!\s+[A-Z])"
)
"""A title with no name ("the president", "The Foreign Secretary"): the person the text last
gave that title (:data:`_TITLED_NAME_RE`)."""
_BODIES = r"Ministry|Department|Office|Agency|Council|Committee|Commission|Service|Court|Party|Bank"
_OFFICE = (
    rf"(?:(?:[Tt]he\s+\w+|[A-Z][\w-]*)['’]s\s+"
    rf"(?:(?:[A-Z][\w-]*\s+){{0,2}}?(?:{_TITLE_WORDS})\s+(?!(?:{_BODIES})\b))+)"
)
"""A titled office held for a country or body, before its holder's name ("Iran's First Vice
President …", "the country's Foreign Trade Minister …"); not a body ("Greece's Defense
Ministry")."""
_TITLE_OF = (
    rf"(?:(?:[A-Z][\w.'’-]*\s+){{0,2}}(?:{_TITLE_WORDS})\s+(?:of|for)\s+(?:the\s+)?"
    # (two fields joined by "and": "Vice Minister of Science and ICT Ryu Jae-hyun")
    rf"(?:[A-Z][\w'’-]*\s+(?:and|&)\s+)?"
    rf"[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+(?=[A-Z][\w'’-]*\s+[A-Z]))?)"
)
"""A title of the form "X of Y" before its holder's name ("Secretary of State Antony Blinken",
"U.S. Secretary of State …", "Chancellor of the Exchequer Rachel Reeves", "Deputy Minister
for Civil Protection Nikos Stathopoulos": an office of two words where two names follow)."""
_OFFICE_OF = frozenset(
    {
        "Affairs", "State", "Interior", "Justice", "Defence", "Defense", "Finance", "Treasury",
        "Exchequer", "Health", "Trade", "Commerce", "Energy", "Education", "Labour", "Labor",
        "Transport", "Agriculture", "Security", "Economy", "Environment",
    }
)
"""Words that end an office named "X of Y" ("Minister of Foreign Affairs"), never a first name."""
_UNNAMED_GROUPS = (
    r"police|authorities|officials|witnesses|residents|investigators|experts|analysts|prosecutors|"
    r"rescuers|firefighters|paramedics|officers|neighbou?rs|relatives|villagers|protesters|"
    r"organi[sz]ers|critics|sources|unions|lawmakers|legislators|activists|scientists|researchers|diplomats|"
    r"traders|investors|workers|employees|"
    # bodies ("Russia's defence ministry said", "the coast guard said", "the Israeli military")
    r"ministry|military|army|navy|air\s+force|coast\s?guard|government"
)
_QUANTIFIERS = r"a|an|the|one|two|three|several|some|many|other"
_FOR_A_BODY = r"\s+(?:for|of|at)\s+(?:the\s+)?[\w.'’&-]+(?:\s+[\w.'’&-]+){0,3}?"
"""The body a described source speaks for, after the role ("a spokeswoman for Siemens", "a
spokesman for the Interior Ministry", "an official at the prosecutor's office")."""
_UNNAMED = (
    rf"(?P<unnamed>(?i:{_QUANTIFIERS}|his|her|their)\s+(?:[\w.'’-]+\s+){{0,3}}?(?:(?:{_ROLE_NOUNS})s?(?:{_FOR_A_BODY})?|{_UNNAMED_GROUPS})"
    rf"|[A-Z][\w.'’-]*\s+(?=[a-z])(?:[a-z][\w'’-]*\s+){{0,3}}?(?:(?:{_ROLE_NOUNS})s?|{_UNNAMED_GROUPS})"
    rf"|(?i:{_UNNAMED_GROUPS}))(?![\w'’-])"
)
"""A source the text describes but does not name ("A police spokesman said", "the boy's
mother told reporters", "his lawyer said", "Witnesses said", "Pentagon officials said",
"U.S. officials said", "A senior State Department official said", "according to Kremlin
sources"): read only where no sentence
pattern finds a person, so "said police commissioner Claire Morel" stays Claire Morel."""
_JOINT_OFFICE = rf"(?:[A-Z][\w'’-]*\s+(?:and|&)\s+(?=(?:[A-Z][\w'’-]*\s+){{0,2}}?(?:{_TITLE_WORDS})\s+[A-Z]))"
"""The first of two offices one person holds, before the title ("Treasury and Finance
Minister Mehmet Simsek", "Trade & Industry Minister …")."""
_SUBJECT = (
    rf"(?:(?P<coll>{_COLLECTIVE})|{_SIDE}|{_PRONOUN}|{_TITLE_ONLY}|"
    # (a body's name after "the": '…," the Monetary Policy Committee said'; lower-case words
    # before a title, maybe after a place's name and before its portfolio: '…," central bank
    # Governor Gabriel Galipolo said')
    # ("said Neuquen province Governor Rolando Figueroa", "state Interior Minister Peter Walz said")
    rf"(?:{_ROLE}|{_OFFICE}|{_TITLE_OF}|{_JOINT_OFFICE}|the\s+(?=[A-Z])|"
    rf"(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){{1,3}}(?=(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{_TITLE_WORDS})\s+[A-Z]))?(?P<name>{_NAME}))"
)
_INTRO = r"(?:[^,.;]{1,80},\s+)??"  # (the fewest words: "Mrs Jean Mensa, the EC Chairperson, announced" is Mensa)
_APPOSITION = (
    r"(?:(?:,\s+[^,;.]{1,120}){1,3},"
    r"|\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and)\s+)?(?:the\s+)?[A-Z][\w'’-]*){0,4}"
    r"(?:\s+[a-z][\w'’-]*){0,3}?(?:\s+in\s+[A-Z][\w'’-]*)?)?"
)
"""Phrases set off by commas between a speaker and the verb ("X, from the homicide unit,
said", "X, 63, who runs a shop on Bridge Street, said"), or the body they belong to ("X of
the University of Siena said", "X of the FIOM-CGIL metalworkers' union in Catania said")."""
_START_RE = compiled(
    rf"^\W*(?:(?:But|And|Yet|So|Meanwhile)\s+)?{_INTRO}{_SUBJECT}{_APPOSITION},?\s+{_ADVERB}"
    rf"(?:today\s+|yesterday\s+)?(?:{_VERBS})\b"
)
"""A speaker who opens the sentence, maybe after a phrase, and maybe named in apposition
("The US ambassador to Libya, Richard Norland, said")."""
_COORDINATED_RE = compiled(
    rf"^\W*{_INTRO}(?:{_ROLE}|{_OFFICE}|{_TITLE_OF})?(?P<name>{_NAME}){_APPOSITION}\s+{_ADVERB}[a-z]+ed\s"
    rf"[^.;:]{{1,100}}?\s+and\s+{_ADVERB}(?:{_VERBS})\b"
)
"""A speaker who opens the sentence with another verb first, the reporting verb after
"and" ('Chief executive Ana Lutz called the strike "reckless" and said …')."""
_QUOTE_END = r"[,!?…]\s*[\"”’»]\s+"
_CLAUSE_OR_QUOTE_END = rf"(?:[,;]\s+|{_QUOTE_END})"
_MIDDLE_RE = compiled(rf"{_CLAUSE_OR_QUOTE_END}{_INTRO}{_SUBJECT}{_APPOSITION},?\s+{_ADVERB}(?:{_VERBS})\b")
"""A speaker after a clause ("…, Smith said") or after the quoted words ('"We are ready,"
Smith said.'), perhaps after a role and a comma ('"…," the team's sports director, Julien
Marchand, told reporters')."""
_END_RE = compiled(
    # (not "told": the name after it is who was told, "…, a police spokesman, told Reuters.";
    # nor a verb whose object follows: "…, Anita Sandhu, thanked Haitian authorities and said")
    rf"{_CLAUSE_OR_QUOTE_END}(?!(?:told|tells|thanked|thanks|praised|urged|urges|welcomed|welcomes|congratulated|briefed|called\s+(?:on|for)|calls\s+(?:on|for))\b)"
    rf"(?:{_VERBS})\s+{_SUBJECT}"
    r"(?!\s+(?:would|will|had|has|have|was|were|is|are|could|should|might|must|may|can|did|does|planned|wanted)\b)"
    rf"{TRAILING_APPOSITION}\s*[.!?\"”]*\s*$"
)
"""… or after the verb, closing the sentence: '"We are ready," said Smith.'; not the subject
of the clause the verb reports ("X, head of the agency, said Iran would respond")."""
_TAGGED_RE = compiled(rf"^\W*[\"“‘].{{0,600}}?{_QUOTE_END}(?:[a-z]+\s+){{1,2}}?{_SUBJECT}\s*[.!?]*\s*$")
"""A quotation opening the sentence, then any verb and the speaker closing it ('"…,"
countered Ambassador Helen Carver.'): read last, where no listed verb said who speaks."""
_APPOSED_RE = compiled(
    rf"(?:[,;]|{_QUOTE_END})\s*(?:{_VERBS})\s+(?:the|his|her|its|their|[A-Z][\w'’]*['’]s)\s+"
    rf"[^,;\"“”]{{1,60}},\s+(?P<name>{_NAME})\s*(?:,|[.!?\"”]*\s*$)"
)
"""A role closing the sentence, the name in apposition: '…," said the company's chief
executive, Tim Cook.'"""
_OPENING_QUOTATION = compiled(r"^\s*(?:\"[^\"]+\"|“[^”]+”|‘[^’]+’)(?=\s*\S)")
"""A quotation that opens the sentence, words after it (the attribution)."""
_CLOSING_RE = compiled(
    r"[,;]\s+(?:(?:said|says|told|added|stated|noted|wrote|warned|announced|explained|confirmed)\s+[^,;\"“”]{1,60}?"
    r"|(?!(?:which|that|what|who)\s)[^,;\"“”]{1,60}?\s+" + _ADVERB + r"(?:said|says|told|added|stated|noted|wrote|warned|announced|explained|confirmed)"
    r"(?:\s+[\w'’]+){0,3})\s*[.!?\"”]*\s*$"
)
"""An attribution that closes the sentence ("…, a UN official said."): everything before
it is that source's, so a speaker its first words name ("Both sides agreed …") is reported.
A relative clause is no such attribution ("… subsidies, which he said distorted competition.")."""
_ACCORDING_RE = compiled(rf"^\W*(?i:according)\s+to\s+{_SUBJECT}(?:\s+(?:of|at|from)\s+[^,;]{{1,60}})?\s*,")
"""A source named with "according to" opening the sentence ("According to Dana Okafor of
the union, …") …"""
_ACCORDING_END_RE = compiled(rf"[,;]\s+according\s+to\s+{_SUBJECT}{TRAILING_APPOSITION}\s*[.!?\"”]*\s*$")
"""… or closing it ("…, according to spokeswoman Priya Raman.")."""
_UNNAMED_RES = (
    compiled(rf"^\W*(?:(?:But|And|Yet|So|Meanwhile)\s+|[A-Z][a-z]+,\s+)?{_UNNAMED},?\s+{_ADVERB}(?:{_VERBS})\b"),
    compiled(rf"{_CLAUSE_OR_QUOTE_END}(?:(?:and|but)\s+)?{_UNNAMED},?\s+{_ADVERB}(?:{_VERBS})\b"),
    compiled(rf"{_CLAUSE_OR_QUOTE_END}(?:{_VERBS})\s+{_UNNAMED}\s*[.!?\"”]*\s*$"),
    compiled(rf"^\W*(?i:according)\s+to\s+{_UNNAMED}\s*,"),
    compiled(rf"[,;]\s+according\s+to\s+{_UNNAMED}\s*[.!?\"”]*\s*$"),
)
"""The sentence patterns again with a described source for subject (:data:`_UNNAMED`)."""
_REPORTS_RE = compiled(rf"\b(?:said|says|told|tells|stated|according\s+to|(?:{_VERBS})\s+that)\b|(?:表示|说|称)[，,:：]")
"""A sentence that reports someone's words: when it names no speaker we know, the speaker
is someone else (the G7 delegates, the draft statement, "the agency's chief warned that"),
so it ends the paragraph's run."""
_QUOTED = compiled(
    r"(?:^|(?<=[\s(：，]))[\"“«„‘][^\"“”«»„]{20,}|^[^\"“”«»„]{20,}(?<=[\w.,!?…])[\"”»]"
    r"|^\s*[–—]\s+[^–—]{20,}(?:,\s+|\s+[–—]\s+)[^\W\d_]+"
)
"""Quoted words: a quotation that opens and runs on, or one that closes a stretch of words
(not a short term in quotes, "Belt and Road"), or words after a dash that opens the
sentence and a verb after them, as Swedish and Polish quote ("– …, säger X.", "– … –
powiedział X.")."""
_PRONOUN_OPENING = compiled(r"^\W*(?:He|She)\b")
"""A sentence about "he" or "she", the speaker, once their quotation closed ("She expects …")."""
_NOT_SAYING = compiled(
    r"\b(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|could\s+not|declined\s+to|refused\s+to)\s+"
    r"(?:say|comment|mention|elaborate|specify|confirm|give\s+details)\b"
)
"""Narration of what someone did not say ("He did not say whether …", "declined to comment")."""
_NARRATION_AFTER_SPEECH = compiled(
    r"^(?![^.!?]*\b(?:would|will|could|should|must|might|may|had|has|have|is|are|was|were)\b)"
    r"\W*(?!(?:He|She|They|It|This|That|These|Those|The\s+(?:two|president|minister|company|official|spokes\w+))\b)"
    r"[A-Z]\S*(?:\s+\S+){0,5}?\s+(?:[a-z]{3,}ed|went|took|gave|came|left|fell|rose|held|began|sent|brought|struck|hit)\b"
)
"""An English sentence after someone's reported words that narrates in the past of its
own: a verb in the simple past among its first words, no modal, present or backshifted
verb that keeps reporting ("… would …", "Both countries gain from it", "China is ready
…"), and it does not open on the speaker ("He …", "The minister …"). "Chief Executive
John Smith said sales rose. Hospitals appealed for blood donations." gave the hospitals'
appeal to Smith."""
_FIRST_PERSON_RE = compiled(r"\b(?:I|I'm|I've|my|we|We|our|Our|us|you|your|Your|You)\b|我(?![国省市区县军])")
"""Words a speaker says of themselves; not 我国, 我省 ("our country", "our province"), which
Chinese narration writes for China and its own places."""

_ZH_VERBS = (
    r"指出|表示|强调|认为|介绍(?!了)|提出|宣布|重申|欢迎|感谢|希望|建议|回应|透露|坦言|表达|祝贺|赞赏|"
    r"同意|商定|警告|承诺|呼吁|确认|声称|宣称|告诉|写道|承认|回忆(?=[说道，,：:])"
)
_ZH_TITLES = (
    r"国家主席|主席|总统|总理|首相|外长|外交部长|外交大臣|大臣|部长|国务卿|秘书长|发言人|先生|女士|"
    r"大使|警长|探长|局长|州长|市长|议员|首席执行官|总裁|董事长|执行董事|主任|负责人|教授|法官|遗孀|"
    r"审判长|检察官|辩护律师|律师|省长|县长|区长|厅长|院长|校长|书记|特使|总经理|经理|首席经济学家|"
    r"经济学家|分析师|研究员|专家|医生|参议员|众议员|主持人|顾问|高级代表|特别代表|贸易代表|"
    r"社长|会长|创始人|行长|所长|处长|馆长|总监|主编|儿子|女儿|妻子|丈夫|母亲|父亲|"
    r"首席预报员|预报员|首席财务官|首席运营官|首席技术官|财务总监|"
    r"总设计师|设计师|总指挥|指挥长|总工程师|工程师|首席科学家|科学家|机长|船长|舰长|队长|主教练|教练|"
    r"总干事|理事长|司令员|司令|司长|局长助理|处长助理|常务秘书|秘书|"
    # the markets' people ("第一上海首席策略师叶尚志", "交易员")
    r"首席策略师|策略师|首席投资官|投资总监|基金经理|交易员|分析員|策略師|分析師"
)
_ZH_PEOPLE = (
    r"村民|居民|市民|教师|老师|学生|大学生|店主|摊主|老板|司机|农民|农户|大户|渔民|牧民|工人|员工|职工|"
    r"店员|商户|业主|乘客|游客|网友|患者|家长|老人|志愿者|球迷|民警|交警|护士|消防员|快递员|外卖员"
)
"""Who ordinary people are, introduced in news before their names (种粮大户赵庆林, "grain
grower Zhao Qinglin"; 退休教师林慧芳, "retired teacher Lin Huifang"). Unlike a title, such a
word is often followed by other words (网友纷纷表示, "netizens said one after another"), so
the name after it must begin with a common surname."""
_ZH_SURNAMES = (
    r"欧阳|司马|诸葛|上官|司徒|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    r"于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    r"龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚"
    r"符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆]"
)
"""The commonest Chinese surnames, about nine people in ten."""
_ZH_ADV = r"还|也|再次|进一步|高度|热烈|充分|积极|一致|都|补充|继续|接着"
_ZH_ADJUNCT = (
    r"赛后|会后|随后|当天|当日|今天|昨天|今日|日前|近日|此前|对此|则|亦|上周|本周|上月|"
    r"周[一二三四五六日]|星期[一二三四五六日天]|"
    r"在[^，。；“”]{1,18}?(?:上|中|时|后|期间)|[对向](?:记者|媒体)|接受[^，。；“”]{1,15}?采访时|"
    r"\d{1,2}日|抵达后|(?:苦笑|微笑|笑|激动|感慨|哽咽|无奈|坦率|动情|郑重)(?:着|地)|最后|同时|随即|当即|"
    r"一边[^，。；“”]{1,12}?一边"
)
"""What may stand between a speaker and the verb, up to two of them: a time (赛后, "after
the match"; 12日), an occasion (在记者会上, "at the press conference"), an audience (对记者,
"to reporters"), a manner from a list (苦笑着, "with a wry smile": any two characters before
着 would eat the end of a name, 约翰逊笑着说), something done meanwhile (一边查看麦粒一边告诉记者,
"checking the grain as he told reporters")."""
_ZH_NAME = r"(?![这那该此其各每本在对据])(?:(?:(?!的)[\u4e00-\u9fff]){1,6}(?:[·•][\u4e00-\u9fff]{1,6}?)+|[\u4e00-\u9fff·]{2,5}?)"
"""A Chinese name, or a transliterated foreign one with its middle dot (鲍里斯·约翰逊, which
may follow 的: 凶案组的汉娜·怀特豪斯探长); not a demonstrative before a title (这位外交大臣,
"this foreign secretary")."""
_ZH_REPORTING = rf"{_ZH_VERBS}|说(?![明服法])|称(?![为号作赞])"
"""说/称 ("said") count after a speaker as the other verbs do, but not in 说明, 说服, 称为."""
_LATIN_WORD = r"[A-Z](?:[^\W\u3000-\u9fff]|['’-])*[^\W\u3000-\u9fff]"
"""A capitalised word in Latin letters, which may run into the Chinese after it (分析师Park
Ji-hoon则认为)."""
_ZH_RE = HanPattern(
    rf"(?:^|[，。；：、“”\s]|的|(?<=[\u4e00-\u9fff])(?=[A-Z]))(?:(?P<coll>双方|两国元首|两国领导人|两国外长|两国总理|两国部长|两国防长|两位领导人|两位部长|两位外长)|(?P<side>[\u4e00-\u9fff])方|"
    rf"(?P<zhpron>他|她)|(?:这位|这名|该|那位)?(?P<role>(?P<title>{_ZH_TITLES}))(?=(?:{_ZH_ADV})?(?:{_ZH_REPORTING}))|"
    rf"[\u4e00-\u9fff]{{0,14}}?(?:{_ZH_TITLES}|(?:{_ZH_PEOPLE})(?={_ZH_SURNAMES}))(?!{_ZH_REPORTING})(?P<name>{_ZH_NAME})|"
    rf"(?P<bare>{_ZH_NAME})(?:{_ZH_TITLES})?|"
    rf"(?P<latin>{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{0,3}})\s*)"
    rf"(?:{_ZH_ADJUNCT}){{0,2}}(?:{_ZH_ADV})?(?:{_ZH_REPORTING})"
)
_ZH_DESCRIBED_NOUNS = r"官员|人士|专家|目击者|居民|市民|村民|医生|学者|分析师|家属|证人"
"""Who a Chinese described source is ("一位政府官员", "知情人士", "目击者"): the nouns that
mark a speaker as described, not named (:func:`is_unnamed`), as lower case does in English."""
_ZH_DESCRIBED_END = compiled(rf"(?:{_ZH_DESCRIBED_NOUNS})$")
_ZH_QUANTIFIERS = r"一位|一名|多位|多名|几位|一些|有关|相关|部分|其他|另一位|据|有"
_ZH_QUANTIFIER = compiled(_ZH_QUANTIFIERS)
_ZH_UNNAMED_RE = HanPattern(
    rf"(?:^|[，。；：“”\s])(?:(?P<this>这名|这位|该|那位)|(?:{_ZH_QUANTIFIERS}))?"
    rf"(?P<unnamed>[\u4e00-\u9fff]{{0,6}}?(?:{_ZH_DESCRIBED_NOUNS}))(?:{_ZH_ADV})?(?:{_ZH_REPORTING})"
)
"""A Chinese source the text describes but does not name (一位政府官员表示, 据知情人士透露,
目击者说, 有关专家指出): read only where no sentence pattern finds a person. "这名官员"
(this official) is the one the text last gave words to, where that is a described one."""
_ZH_NARRATION_OPENING = compiled(
    r"^\W*(?:当天|当日|当晚|当月|今年以来|近年来|此前|目前|此次|据|会谈结束后|会后|随后|不过|[^，。]{0,8}我国)"
)
"""Words that open a Chinese sentence of narration, not of the remarks before it."""
_LATIN_FULL_NAME = compiled(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+")
"""A full name a Chinese text leaves in Latin letters ("Mohammad Mokhber")."""
_ZH_QUOTATION = compiled(r"“[^”]*(?:”|$)|^[^“”]*”")
"""Quoted words in Chinese, also a quotation opened or closed in another sentence: a verb
there is the speaker's, not the narration's (“我承诺。 is Biden promising)."""
_ZH_REPORTING_RE = HanPattern(_ZH_REPORTING)
"""A reporting verb: after one, a second speaker is inside the reported words
(克里姆林宫今天表示，普京告诉拜登…: the Kremlin said that Putin told Biden)."""
_ZH_NAME_ENDS = rf"(?=[^\u4e00-\u9fff]|{_ZH_VERBS}|说|称|在|会见|同|与|和|{_ZH_ADJUNCT}|率|带领|赶赴|前往|主持|共同|出席|视察|抵达|来到|一行)"
_ZH_TITLED = (
    HanPattern(rf"(?:{_ZH_TITLES})(?P<name>[\u4e00-\u9fff·]{{2,4}}?){_ZH_NAME_ENDS}"),
    HanPattern(rf"(?![这那该此其各每本])(?!(?:{_ZH_QUANTIFIERS})(?:{_ZH_TITLES}))(?P<name>[\u4e00-\u9fff·]{{2,4}}?)(?:{_ZH_TITLES})"),
    HanPattern(rf"(?:{_ZH_PEOPLE})(?P<name>(?:{_ZH_SURNAMES})[\u4e00-\u9fff]{{1,2}}?){_ZH_NAME_ENDS}"),
)
"""A name after its title (国务卿布林肯), or before it (王毅外长): read in two passes, as one
may overlap the other (在北京同美国国务卿布林肯: "同美国" before 国务卿, 布林肯 after it)."""
_ZH_TITLE_THEN_NAME = HanPattern(
    rf"(?P<title>{_ZH_TITLES})(?P<name>[\u4e00-\u9fff]{{1,6}}(?:[·•][\u4e00-\u9fff]{{1,6}}?)+|[\u4e00-\u9fff]{{2,4}}?)"
    rf"(?![·•]){_ZH_NAME_ENDS}"
)
"""A title, then the name it gives (总统乔·拜登表示, 外交大臣特拉斯说): what a title alone
(这位外交大臣说, "this foreign secretary said") later means."""

_ZH_AFTER_DOT = HanPattern(r"(?<=[\u4e00-\u9fff])[·•]([\u4e00-\u9fff]{2,6})")
_ZH_GLOSS = HanPattern(r"([\u4e00-\u9fff][\u4e00-\u9fff·•]{1,11})\s*[(（]([A-Z][A-Za-z .'’-]{1,60})[)）]\s*")
"""A transliterated name followed by its original form: 佩斯科夫 (Dmitry Peskov)."""

# Capitalised words that head a clause without naming anyone ("This said", "Most agreed").
_NOT_NAMES = FUNCTION_WORDS
_TITLE_RE = compiled(
    rf"^(?:(?:[A-Z][\w.'’-]*\s+){{0,2}}?(?:{_TITLE_WORDS})(?:-(?:{_TITLE_WORDS}))?\s+(?!(?:{_BODIES})\b))+"
)
"""Titles that open a name, each after a nationality, place or body ("Saudi Crown Prince",
"Chinese President", "Apple CEO", "New York Mayor"), two joined by a hyphen ("Vice-Chair")."""
_INNER_TITLE = compiled(rf"^.*\s(?:{_TITLE_WORDS})\s+(?=[A-Z])")
"""A title inside a long run of capitalised words, the person's name after it (a body's
name before: "Pierce County Sheriff's Department Sgt. Darren Moss")."""
_TITLED_NAME_RE = compiled(
    rf"\b(?P<title>(?:(?:{_TITLE_WORDS})\s+)+)"
    # a name opens with a capital: "Minister van Landbouw Femke Wiersma" names no "van …"
    rf"(?P<name>[A-Z][\w'’-]*\w(?:\s+(?:(?:[A-Z][\w'’-]*\w|{NAME_PARTICLES})\s+){{0,3}}[A-Z][\w'’-]*\w)?)"
)


_ROLE_OPENING = compiled(rf"^(?i:{_ROLE_NOUNS})\s+(?=[A-Z][\w'’-]*\s+[A-Z])")
"""A role that opens a sentence, before a full name: "Agent Luca Ferri", "Boss Sean Whitlock"."""


_HYPHENATED_ROLE = compiled(r"[A-Z][a-z]{1,4}-[a-z]{3,}")
"""A role opening a sentence with a hyphen ("Co-author", "Vice-president"): no given name,
which a hyphen joins to another capitalised one ("Jean-Pierre")."""


def clean_name(raw: str) -> str | None:
    """Strip titles, nationality adjectives and a role opening a sentence; None when what
    is left names nobody."""
    name = _TITLE_RE.sub("", raw.strip()).strip(" ,.")
    if (inner := _INNER_TITLE.search(name)) and len(name[inner.end() :].split()) >= 2:
        name = name[inner.end() :]  # "Pierce County Sheriff's Department Sgt. Darren Moss": Darren Moss
    name = _ROLE_OPENING.sub("", name)
    name = re.sub(r"['’]s$", "", name)
    words = name.split()
    if len(words) > 1 and words[0] == "The":  # "The Federal Railroad Administration said"
        words = words[1:]
        if len(words) == 1 and re.fullmatch(rf"{_BODIES}|Group|Government|Company|Union", words[0]):
            return None  # "The Group (of Seven)": a body's common noun names none
    while len(words) > 2 and re.fullmatch(r"[A-Z]{2,4}", words[-1]):  # "Nadia Brennan KC", "… OBE"
        words = words[:-1]
    while len(words) > 2 and words[0] in _OFFICE_OF:  # "(Minister of Foreign) Affairs Sergey Lavrov"
        words = words[1:]
    while len(words) > 2 and _HYPHENATED_ROLE.fullmatch(words[0]):  # "Co-author Martin Kessler"
        words = words[1:]
    name = " ".join(words)
    # "He" and "She" before a capitalised word are a Chinese surname (何, 佘): "He Yadong"
    surname_first = len(words) > 1 and words[0] in ("He", "She")
    if not name or name.lower() in _NOT_NAMES or (words[0].lower() in _NOT_NAMES and not surname_first):
        return None
    return name


def _title_key(title: str) -> str:
    key = " ".join(title.lower().replace(".", "").split())
    return _ROLE_SYNONYMS.get(key, key)  # "the pontiff" is the pope


def _titled_person(title: str, titled: Mapping[str, str]) -> str | None:
    """The person a title alone means: the one the text gave that title, or the one person
    given a longer form of it ("the minister" after "Foreign Minister Helena Virtanen")."""
    key = _title_key(title)
    if key in titled:
        return titled[key]
    holders = {name for given, name in titled.items() if given.endswith(f" {key}")}
    return holders.pop() if len(holders) == 1 else None


def titles_given(text: str) -> dict[str, str]:
    """Each title the text gives someone, with the name, the later one winning:
    "US President Joe Biden" gives {"president": "Joe Biden"}, 首相约翰逊 {"首相": "约翰逊"}."""
    found = {}
    for m in _TITLED_NAME_RE.finditer(text):
        name = clean_name(m["name"])
        if name:
            found[_title_key(m["title"])] = name
    for m in _ROLE_SET_OFF_NAME.finditer(text):  # "the presiding judge, Elisabeth Mahler,"
        if name := clean_name(m["name"]):
            found[_title_key(m["title"])] = name
    for m in _ZH_TITLE_THEN_NAME.finditer(text):  # 外交大臣特拉斯 gives {"外交大臣": "特拉斯"}
        found[m["title"]] = m["name"]
    return found


_ROLE_SET_OFF_NAME = compiled(
    rf"\b[Tt]he\s+(?P<title>(?:[a-z-]+\s+){{0,2}}(?:{_ROLE_NOUNS})),\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}),"
)
"""A role, then its holder set off by commas ("the presiding judge, Elisabeth Mahler,"),
whom the role alone later means ("the judge said")."""


def _speaker_of(
    match: re.Match[str],
    last_person: str | None,
    last_any: str | None,
    known: frozenset[str] | None = None,
    titled: Mapping[str, str] | None = None,
) -> str | None:
    g = match.groupdict()
    if g.get("coll"):
        return BOTH_SIDES
    if g.get("role"):
        return _titled_person(g["title"], titled or {}) or _described_before(g["title"], last_person)
    if g.get("side"):
        return f"the {g['side']} side" if g["side"].isascii() else f"{g['side']}方"
    if g.get("pron"):
        if g["pron"].lower() in {"he", "she"}:
            return last_person
        return last_any if last_any == BOTH_SIDES else None
    if g.get("zhpron"):
        return last_person
    if g.get("latin"):
        # a name a Chinese text leaves in Latin letters ("Mokhber 补充说"): a full name, or
        # the surname of one the texts give
        name = clean_name(g["latin"])
        return name if name and (" " in name or known is None or name in known) else None
    if g.get("bare") and _ZH_QUANTIFIER.fullmatch(g["bare"]):
        return None  # "有关专家指出": relevant experts, a described source (_ZH_UNNAMED_RE)
    if g.get("bare"):
        # A bare Chinese name counts only when the document also gives it with a title
        # (国家主席习近平 … 习近平指出); otherwise 无法表示 would make 无法 a speaker.
        # A transliterated foreign name (鲍里斯·约翰逊) carries its middle dot.
        known_name = known is None or g["bare"] in known or any(dot in g["bare"] for dot in "·•")
        return g["bare"] if known_name else _zh_by_surname(g["bare"], known or frozenset())
    if g.get("name"):
        if g["name"].endswith(("'s", "’s")):
            return None  # a possessive: "Britain's foreign secretary" is not Britain
        if re.search(r"['’]s\s", g["name"]) and re.match(r"\s+(?:of|from|at)\s", match.string[match.end("name") :]):
            return None  # "France's Ministry of Armed Forces stated": a body, not a person's body
        if match.re in (_ACCORDING_RE, _ACCORDING_END_RE) and _qualifies_a_noun(match.string, match.end("name")):
            return None  # "according to Chinese customs data", "according to Kremlin sources"
        name = _body_named_whole(match) or clean_name(g["name"])
        if name and _A_DAY.fullmatch(name):
            return None  # "…, Tymur Tkachenko, said Friday.": the day it was said, AP style
        after_the = match.string[: match.start("name")].endswith("the ")
        if after_the and _qualifies_a_noun(match.string, match.end("name")):
            return None  # "said the UGT leader, Pepe Villaverde": the name in apposition speaks
        if name and " " not in name and after_the and not (name.isupper() or _INSTITUTION.search(name)):
            return None  # "the Spaniard said", "the Republican said": who, the text says elsewhere
        if name and (_UNNAMED_GROUP.fullmatch(name) or _GROUP_OF_ROLE.fullmatch(name.lower())):
            return unnamed_source(name, known)  # "Police said", "Witnesses told reporters"
        # A lone capitalised word ("Critics said") names someone only if the document
        # also capitalises it mid-sentence.
        if name and known is not None and " " not in name and name.isascii() and name not in known:
            return None
        return name
    return None


_A_TITLE_S_OFFICE = compiled(rf"(?:{_TITLE_WORDS})['’]s\s+\S+$")
_OF_A_BODY = compiled(r"\s+of\s+(?P<the>the\s+)?(?P<of>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,4})")


def _body_named_whole(match: re.Match[str]) -> str | None:
    """A body's name whole, where its head noun ends the words read ("the General
    Administration of Customs said", "the State Council Tariff Commission said",
    "according to the Pakistan Bureau of Statistics"): with the words after "of", and
    without a title stripped from its first word ("General", "State")."""
    raw = re.sub(r"^The\s+", "", match["name"].strip(" ,."))
    of = _OF_A_BODY.match(match.string, match.end("name"))
    if (" " not in raw and not of) or not _INSTITUTION.fullmatch(raw.split()[-1]):
        return None
    if re.search(r"['’]s(?:\s|$)", raw) and not _A_TITLE_S_OFFICE.search(raw):
        return None  # "Britain's foreign ministry" (but "the Israeli Prime Minister's Office" speaks)
    return f"{raw} of {of['the'] or ''}{of['of']}" if of else raw


def _qualifies_a_noun(text: str, end: int) -> bool:
    """Whether the capitalised words ending at ``end`` are followed by a noun they qualify
    (a lower-case word that is no function word: "Chinese customs data", "Pentagon
    officials"), not by words about a person ("Smith in a statement", "Lopez, a
    spokeswoman")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m[1] not in FUNCTION_WORDS


_NEXT_WORD = compiled(r"\s+([a-z][\w'’-]*)")


_ZH_SURNAME_AND_TITLE = HanPattern(rf"^(?:老|小)?(?P<surname>[\u4e00-\u9fff]{{1,2}}?)(?:{_ZH_TITLES})?$")


def _zh_by_surname(words: str, known: frozenset[str]) -> str | None:
    """The one known full name a surname stands for, with a title or 老/小 ("刘教授说",
    "吴律师说", "老赵笑着说", "佐藤说" after 刘晓峰, 吴志远, 赵庆林, 佐藤健一): after the first
    mention, Chinese news names a person so."""
    m = _ZH_SURNAME_AND_TITLE.search(words)
    if m is None:
        return None
    names = {k for k in known if len(k) > len(m["surname"]) + 1 and k.startswith(m["surname"]) and is_cjk(k)}
    return names.pop() if len(names) == 1 else None


_PARTY_TAG = compiled(r"(?<=\w)\s\((?:[A-ZÄÖÜÅÉŚŁ][\w/.&-]{0,14}|[RDI]-[A-Z][\w. ]{0,14})\)(?=[\s,.;:!?])")
"""A party's initials or name after a politician's ("Katrin Wellmann (SPD)", "Elin Markström
(M)", "Sen. Ann Ray (R-Texas)"), in the way of the words that make the name a speaker."""
_WEEKDAY_NAMES = "|".join(day.capitalize() for day in WEEKDAYS)
_DAY_RIGHT_AFTER_SAID = compiled(rf"(?<=\bsaid )(?=(?:{_WEEKDAY_NAMES})\b)")
"""AP's "said Friday", read as "said on Friday" (the day was the speaker after the verb)."""
_A_DAY = compiled(
    rf"(?i:{_WEEKDAY_NAMES}|today|yesterday|tonight|january|february|march|july|september|october|november|december)"
)
"""A day or month after "said", which names when, not who."""
_NAME_GLOSS = compiled(r"(?<=[A-Za-z])\s?[(（][\u3400-\u9fff\uac00-\ud7af·・]{1,8}[)）](?=[\s,.;:!?])")
"""A name's characters in brackets after its romanisation, as Taiwan's and Korea's English
press writes it ("Magistrate Chen Kuo-hua (陳國華) said"), in the way of the verb."""
_BODY_BEFORE = compiled(
    rf"(?<![\w'’])(?i:the|der|die|das|des|dem|den|la|le|les|el|los|las|il|lo|del|della|het|de|du|do|da|l['’])\s+"
    rf"(?:{CAPITAL}[\w'’.-]*\s+(?:(?:de|del|of|für|di|du|des)\s+)?)*{CAPITAL}[\w'’.-]*$"
)
"""A name after an article: a body's, whose initials in brackets stay ("Der Bundesverband
Erneuerbare Energie (BEE)", "La Comisión Federal de Electricidad (CFE)")."""


def _without_a_party(m: re.Match[str]) -> str:
    return m.group() if _BODY_BEFORE.search(m.string, max(0, m.start() - 80), m.start()) else ""


def attribution(
    text: str,
    *,
    last_person: str | None = None,
    last_any: str | None = None,
    known: frozenset[str] | None = None,
    lang: str | None = None,
    titled: Mapping[str, str] | None = None,
) -> str | None:
    """The speaker a sentence names for itself, or None when it names none.

    ``known``: names the document establishes (:func:`known_names`); when given, a lone
    capitalised word or a bare Chinese name must be among them to count as a speaker.
    ``titled``: the person the text last gave each title (:func:`titles_given`), whom a
    title alone means ("the president said").
    ``lang``: a language reporting.py covers is read with its own patterns.
    """
    text = _PARTY_TAG.sub(_without_a_party, text)
    text = _NAME_GLOSS.sub("", text)
    text = _DAY_RIGHT_AFTER_SAID.sub("on ", text)
    other = other_language_patterns(lang)
    grammar = language_grammar(lang) if other is not None else None
    if grammar and grammar.mononyms and known:
        # a person of one name closing the sentence after the verb and a role: "…, kata
        # Kepala BNPB, Suharyanto."
        for m in _mononym_pattern(grammar.verbs).finditer(text):
            if m["closing"] and all(word in known for word in m["closing"].split()):
                return m["closing"]
    if other is not None:
        # the closing speaker first: in "…, aber nicht das Hauptszenario der Notenbank,
        # sagte Tschudin." the words before the comma are no subject
        for own in (
            other.end, other.start, other.according, other.according_end, other.as_said_last, other.middle,
            other.coordinated, other.dropped, other.tagged,
        ):
            for m in own.finditer(text):
                if own is other.start and _SAID_IN_A_BODY_AFTER.match(text, m.end()):
                    return None  # "…, зазначили в Міноборони РФ": the body said it, not the name before
                speaker = _other_language_speaker(m, last_person, known or frozenset(), lang, titled or {})
                if speaker:
                    return speaker
                if own is other.end and _said_in_a_body(m):
                    return None  # "…, сообщили в Координационном штабе.": no name before the comma
        return None
    if (uncased := uncased_grammar(lang)) is not None:
        return uncased_speaker(text, uncased.lang, last_person, known or frozenset())
    closing = _CLOSING_RE.search(text)
    quoted = _OPENING_QUOTATION.match(text)
    # the verb with its speaker after it, closing the sentence ("…, said Marites Santos, a
    # coast guard spokeswoman."): a name before the verb is what the words are about
    said_then_name = next((m for m in _END_RE.finditer(text) if m["name"]), None)
    patterns: tuple[re.Pattern[str] | HanPattern, ...] = (
        _START_RE, _ACCORDING_RE, _MIDDLE_RE, _END_RE, _ACCORDING_END_RE, _APPOSED_RE, _COORDINATED_RE, _ZH_RE,
        _TAGGED_RE,
    )
    for pattern in patterns:
        for m in pattern.finditer(text):
            if pattern is _ZH_RE and _ZH_REPORTING_RE.search(text, 0, m.start()):
                break
            if closing and m.end() <= closing.start():
                continue  # inside the words the closing attribution reports
            if quoted and m.end() <= quoted.end() and pattern is _START_RE:
                continue  # inside the quoted words: '"Szeged said today that …," Farkas said …'
            if said_then_name and pattern in (_START_RE, _MIDDLE_RE) and m.end() > said_then_name.start():
                continue  # "The captain, Romeo Dizon, is in custody, said Marites Santos."
            speaker = _speaker_of(m, last_person, last_any, known, titled)
            if speaker:
                return speaker
    for pattern in (*_UNNAMED_RES, _ZH_UNNAMED_RE):
        for m in pattern.finditer(text):
            if closing and m.end() <= closing.start():
                continue
            # "the official said" is someone the text has met, as a rule: not a new source
            if _ONE_ALREADY_MET.fullmatch(m["unnamed"]):
                return _described_before(m["unnamed"].split()[-1], last_person)
            if m.groupdict().get("this"):  # 这名官员
                met = last_person is not None and is_unnamed(last_person) and last_person.endswith(m["unnamed"])
                return last_person if met else None
            return unnamed_source(m["unnamed"], known)
    return None


_SOURCE_OF_A_NAME = compiled(
    r"(?<!\w)(?:un|une|le|la|l['’]|les|des|uno|una|el|los|las|um|uma|o|a|os|as|il|lo|ein|eine|der|die|den|dem|einer)\s+"
    r"(?P<noun>[^\W\d_A-ZÀ-Þ][^\W\d_]*)\s+(?:de|d['’]|du|des|del|da|do|di|della|von|des)\s*(?:(?:M|Mme|Mr|Sr|Sra|Dr|Hr|Fr)\.?\s+)?$"
)
"""A source described by whom it is of, before the name ("selon un proche de M. Pierre",
"según un abogado de García"): the name is not the source (but a body whose holder is set
off after it is: "el consejero de Economía, Jorge Sanz Bielsa")."""


_HOLDER_SET_OFF = compiled(rf"[^,.;:]{{0,40}},\s*{CAPITAL}")


_QUOTATION_MARK = compiled(r"[\"“”«»„‘’‚‹›]")
_WORDS_BEFORE_A_CLOSING_SPEAKER = 6
"""The most words, the verb's included, before a speaker closing a sentence that quotes no one
("…, сообщил во вторник мэр столицы Сергей Собянин")."""
_SAID_IN_A_BODY_AFTER = compiled(rf"\s+(?:в|во|у|w|we)\s+{CAPITAL}[^,;:]*[.!?]?\s*$")
"""... the same after a verb that a name before a comma seemed the subject of ("Посередницьку
роль відіграли Об'єднані Арабські Емірати, зазначили в Міноборони РФ.")."""


def _said_in_a_body(match: re.Match[str]) -> bool:
    """A sentence closing on a reporting verb and where it was said ("…, сообщили в
    Координационном штабе", "…, повідомили в МВС"): the body said it, unnamed, and a name
    earlier in the sentence is no subject of the verb."""
    name = match.groupdict().get("name")
    if not name or " " in name:
        return False  # "…, сказал в Кремле Песков": the person closes the sentence
    rest = match.string[match.end("name") :]
    before = match.string[: match.start("name")].split()
    return bool(before) and before[-1].lower() in ("в", "во", "у", "w", "we") and not re.search(rf"{CAPITAL}", rest)


def _other_language_speaker(
    match: re.Match[str], last_person: str | None, known: frozenset[str], lang: str | None, roles: Mapping[str, str]
) -> str | None:
    """A speaker in a language of reporting.py. A name is known by its last word (the
    surname: "Bundeskanzler Olaf Scholz", "Kanzler Scholz" and "Scholz" are one speaker),
    which must close a full name somewhere in the document: German capitalises every noun,
    and "Die Regierung erklärte" names no one."""
    g = match.groupdict()
    own = other_language_patterns(lang)  # the language's patterns, which ``match`` is of
    # a name set off by commas after the subject ("…, Matteo Bruni,"), and one closing the words
    # after the verb ("…, a indiqué la ministre de la Santé, Karen Doucette."): read once
    set_off_name = _APPOSED_NAME.match(g.get("apposed") or "")
    closing_name = _CLOSING_NAME.search(g.get("apposed") or "")
    if g.get("coll"):
        return BOTH_SIDES
    if (
        own is not None and match.re is own.end and g.get("name")
        and not _QUOTATION_MARK.search(match.string, 0, match.start()) and own.start.search(match.string)
        and len(match.string[match.start() : match.start("name")].split()) > _WORDS_BEFORE_A_CLOSING_SPEAKER
        # (but an incise closing the sentence names its speaker: "Le Manitoba a confirmé 214
        # cas, a indiqué la ministre de la Santé, Karen Doucette.")
        and not (
            (match.string[: match.start()].rstrip().endswith(",") or match.group().lstrip().startswith(","))
            and closing_name
        )
    ):
        # no quotation before the verb, a subject before it, and a clause after it: the words
        # after the verb are what was said ("Waziri …, Dkt Mohamed Dhadho, alisema mlipuko huo
        # umehusishwa na maji machafu ya Mto Tana …": the river is no speaker), the subject
        # speaks (but "…, сообщил во вторник мэр столицы Сергей Собянин." closes on its speaker)
        return None
    if g.get("pron") or g.get("invpron") or g.get("dropped") is not None:
        return last_person
    grammar = language_grammar(lang)
    whole = (g.get("apposed") or "").strip(" ,")
    if grammar and grammar.mononyms and whole and all(word in known for word in whole.split()):
        return whole  # the person named whole after the role and body: "Kepala Dinkes Jatim, Erwin Astha Triyono, mengatakan"
    if g.get("name") and match.start() == 0 and match.string[: match.start("name")].rstrip().endswith(","):
        # a role, then a name not set off as its holder: "Secondo l'allenatore, Gualtieri
        # «merita più spazio»" is the coach's view of Gualtieri
        lead = match.string[: match.start("name")].rstrip(" ,").split()
        if not match.string[match.end("name") :].lstrip().startswith(","):
            if holder := _role_holder(lead[-1], roles):
                return holder
            if own is not None and match.re is own.according:
                return None  # "Según la sentencia, Ortega desvió …": the ruling's words about Ortega
    if role := g.get("role") or g.get("bare_role"):
        # the person the text gave the role; else the name set off after it ("…», dijo el
        # presidente del Gobierno, Pedro Sánchez"), maybe after an honorific ("Il parroco,
        # don Marco Rinaldi, …") or after what the role heads ("Como explicó el consejero de
        # Economía, Jorge Sanz Bielsa, …")
        if holder := _role_holder(role, roles):
            return holder
        after = match.string[match.end("role" if g.get("role") else "bare_role") :]
        set_off = (g.get("apposed") or "").strip()
        apposed = (
            _APPOSED_NAME.search(set_off)
            or (_CLOSING_NAME.search(set_off[:-1]) if set_off[:1] == set_off[-1:] == "," else None)
            or _APPOSED_NAME.match(_ROLE_HEADS.sub("", after, 1))
        )
        if apposed and apposed["surname"] in known:
            return apposed["surname"]
        return described_source(role, lang)  # "a indiqué la police"
    if not g.get("name"):
        return None
    if own is not None and match.re is own.according and not match.string[match.end("name") :].lstrip().startswith(","):
        # "Según los sindicatos, la Autoridad Portuaria no ha negociado": the source closes
        # at the comma, and the name after it is what it says something of (a name set off
        # by commas is the source's: "Según su abogada, Carmen Ruiz, Ortega es inocente")
        source, comma, _ = re.sub(r"^\W*\w+,\s+", "", match.string[match.start() : match.start("name")]).partition(",")
        if comma:
            return next((d for w in reversed(source.split()) if (d := described_source(w, lang))), None)
    if own is not None and match.re in (own.according, own.according_end):
        preceding = match.string[max(0, match.start("name") - 40) : match.start("name")]
        if (kin := _SOURCE_OF_A_NAME.search(preceding)) and not _HOLDER_SET_OFF.match(match.string, match.end("name")):
            # "selon un proche de M. Pierre": the relative, not Pierre, is the source
            return described_source(kin["noun"], lang)
    if own is not None and match.re in (own.end, own.according_end):
        # (a preposition a few words before, maybe with an article: "a annoncé sa fille à
        # l'Agence France-Presse", "según informó su hija a la agencia France Presse" name
        # whom she told)
        # (the words after the reported ones only: "… bei harten Endpunkten“, sagte …")
        after_quote = re.split(r"[,;«»\"“”„]", match.string[: match.start("name")])[-1]
        before_name = re.split(r"\s+|(?<=['’])", after_quote.strip())
        lead = [w for w in before_name if not w.isupper()] or [""]  # "di DKI Jakarta": DKI opens the place
        if len(lead) > 1 and lead[-1] in _ROLE_OF and lead[-2].islower() and set_off_name and set_off_name["surname"] in known:
            # a role, the body it heads and its holder set off ("…", disse o ministro do
            # Capital Humano, Gustavo Lértora, nas redes sociais): Portuguese "do" is no
            # Polish "to"
            return set_off_name["surname"]
        own_preposition = bool((grammar := language_grammar(lang)) and re.fullmatch(grammar.prepositions, lead[-1].lower()))
        if before_name[-1].lower() in _PREPOSITIONS or own_preposition or _to_someone(before_name[-4:]):
            # the verb's object, not its subject ("…, zapowiedział złożenie apelacji do Sądu
            # Apelacyjnego w Krakowie."): a speaker is a full name closing the sentence, if
            # any ("…», dijo a los periodistas en Ottawa la subgobernadora Carolyn Rogers")
            return closing_name["surname"] if closing_name and closing_name["surname"] in known else None
    # a group of the body named after it: "Según fuentes de Junts" are sources, not Junts
    # (but a holder set off after the place his role heads speaks: "Le préfet de police de
    # Paris, Antoine Ferrand, a précisé" is Ferrand, not the police)
    lead = match.string[match.start() : match.start("name")].split()
    if len(lead) > 1 and lead[-1] in _ROLE_OF and (
        described := next((d for w in lead[:-1] if (d := described_source(w, lang))), None)
    ):
        return set_off_name["surname"] if set_off_name and set_off_name["surname"] in known else described
    conv = conventions(lang)
    openers = conv.openers if conv else frozenset()
    # common words opening the run ("Die", "La") are no part of the name; the last word is
    # kept, as a stop list may hold a name ("Pavla" is among Czech's most frequent words)
    words = _before_their_place(g["name"].split(), lang)
    if len(words) > 1 and _REGNAL.fullmatch(words[-1].rstrip(".")):
        return " ".join(words[-2:]).rstrip(".")  # a regnal name is whole: "Felipe VI", "Leone XIV"
    if own is not None and match.re is own.according and lang in _INFLECTING and len(words) > 2:
        # a name after "according to" is a given name and a surname in the genitive; a
        # capitalised word after it opens the clause ("Według premiera Donalda Tuska Polska
        # nie zmieni planów": Poland, not a name "Tuska Polska")
        words = words[:2]
    grammar = language_grammar(lang)
    # (where the family name comes first, a long common word opening the run is one:
    # Hungarian "Farkas Dóra", "Kovács Anna"; "A", "Az" are still articles)
    while len(words) > 1 and words[0].lower().strip(".") in openers and not (
        grammar and grammar.family_name_first and len(words[0]) > 3
    ):
        words = words[1:]
    # "Akyol'a göre": a Turkish ending after the apostrophe is no part of the name
    family = words[0] if grammar and grammar.family_name_first and len(words) > 1 else words[-1]
    surname = re.sub(r"['’]\w+$" if grammar and grammar.suffixed else r"['’]s$", "", family).strip(".")
    surname = surname.rsplit(".", 1)[-1]  # "А.Н.Волков" is Volkov
    # a role, then the name in apposition: «…», dijo el presidente del Gobierno, Pedro Sánchez;
    # the capitalised words after a role's "de" are what it heads, not the speaker (la
    # directora regional de Emergencias, Pilar Ferrer)
    before = match.string[: match.start("name")].split()
    # "de", or "de" and an article ("el líder de la Alianza Democrática, Luís Montenegro")
    heads = bool(before) and (
        before[-1] in _ROLE_OF | _PORTFOLIO
        or (len(before) > 1 and before[-2] in _ROLE_OF | _PORTFOLIO and before[-1].lower() in _ARTICLES)
        # a body's initials opening its name ("la cheffe de l'ONU Climat, Ana Lucía Ferreyra")
        or (len(before) > 1 and before[-2] in _ROLE_OF and bool(_INITIALS_OPENING.fullmatch(before[-1])))
        or bool(grammar and re.fullmatch(grammar.role_of, before[-1]))
        # a body named in the genitive right after the role ("directorul Teatrului Național,
        # Cristian Marinescu": the theatre's director)
        or bool(grammar and before and before[-1].islower() and re.fullmatch(grammar.role_of, g["name"].split()[0].lower()))
    )
    # (an acronym closing the subject is a body's: "Gabenor BNM, Datuk Shahrul Nizam Abdullah, berkata")
    if set_off_name and set_off_name["surname"] in known and (heads or surname not in known or _ACRONYM.fullmatch(surname)):
        return set_off_name["surname"]
    if len(words) == 1 and (described := described_source(words[0], lang)):
        return described  # "Die Polizei sagte", "Moradores relataram"
    set_off = _APPOSED_NAME.match(match.string[match.end("name") :])
    if heads and set_off and set_off["surname"] in known:
        return set_off["surname"]  # "Segundo o diretor da Defesa Civil em Caldas, Jhon Jairo Ospina Ramírez, …"
    clause = re.split(r"[,;:.!?«»\"“”]", match.string[match.start("name") :], maxsplit=1)[0].split()
    run = len(g["name"].split())
    if len(clause) > run + 2 and clause[run].lower() in _AND and clause[-1] in known and clause[-2][:1].isupper():
        # a body of two names, then its head's name: "ο υπουργός Κλιματικής Κρίσης και
        # Πολιτικής Προστασίας Γιάννης Κεφαλογιάννης" is Kefalogiannis, not "Κρίσης"
        return clause[-1]
    if len(clause) > run + 1 and clause[run].lower() in _AND and clause[-1][:1].isupper():
        # ... or set off by a comma: "ο υπουργός Εθνικής Οικονομίας και Οικονομικών, Νίκος
        # Αλεξίου" (was "Οικονομίας", and the quote two uniques)
        at = match.start("name") + match.string[match.start("name") :].index(clause[-1]) + len(clause[-1])
        head_named = _APPOSED_NAME.match(match.string[at:])
        if head_named and head_named["surname"] in known:
            return head_named["surname"]
    if len(words) > 1 and _INSTITUTION.search(" ".join(words)):
        if (
            len(words) > 3 and words[-1] in known and words[-2][:1].isupper() and words[-3][:1].isupper()
            and _is_person(" ".join(words[-2:]))
        ):
            # a role's body, then its holder: "Dyrektor Biura Prasowego Stolicy Apostolskiej
            # Matteo Bruni" is Bruni, not the press office
            return words[-1]
        return " ".join(words)  # a body by its whole name ("informó la Guardia Costera"), no surname
    # one word a Romance role heads, no holder set off ("La presidenta de la República dijo"):
    # the body is no speaker, even where a longer name ends with it ("el Senado de la
    # República"), nor the holder of another body's role ("el presidente del Senado")
    of = len(before) - (2 if before and before[-1].lower() in _ARTICLES else 1)
    headed_body = (
        lang in _ROMANCE and len(words) == 1 and not set_off and of >= 1
        and before[of] in _ROLE_OF and before[of - 1].islower() and len(before[of - 1]) > 3
    )
    if surname in known and not headed_body:
        return surname
    if len(words) == 1 and (holder := _role_holder(surname, roles)):
        return holder  # a role opening the sentence ("Rzeczniczka dodała")
    # what the role heads, then its holder set off by commas ("Como explicó el consejero de
    # Economía, Jorge Sanz Bielsa, …")
    if set_off and set_off["surname"] in known:
        return set_off["surname"]
    # a capitalised word the role heads, then the name ("Как сообщил заместитель начальника
    # Свердловской железной дороги Виктор Лапшин, …"): a full name that ends the clause
    if len(clause) > 2 and clause[-1] in known and clause[-2][:1].isupper():
        # ... unless a holder is set off after it: "el director de la Oficina de Prensa de la
        # Santa Sede, Matteo Bruni" is Bruni, not "Sede"
        at = match.string.find(clause[-1], match.start("name")) + len(clause[-1])
        set_off_holder = _APPOSED_NAME.match(match.string[at:])
        return set_off_holder["surname"] if set_off_holder and set_off_holder["surname"] in known else clause[-1]
    # the words after the verb end with the speaker: «…», dijo a los periodistas en Ottawa
    # la subgobernadora Carolyn Rogers (the capitalised word after the verb was a place)
    if closing_name and closing_name["surname"] in known:
        return closing_name["surname"]
    if headed_body:
        return None
    # the same surname under another ending: "по словам Пескова" for Песков (not a compound
    # that opens with it: "Hamnarbetarförbundet", the dockworkers' union, is no "Hamnar")
    return next((k for k in sorted(known) if abs(len(surname) - len(k)) <= 3 and same_stem(surname.casefold(), k.casefold())), None)


def roles_given(text: str, full: frozenset[str], lang: str | None) -> dict[str, str]:
    """In a language reporting.py covers: the words before each full name a sentence gives,
    or in apposition after it, taken as the person's roles, with their surname ("la ministre
    chilienne des affaires étrangères, Valentina Rojas Echeverría" gives ministre, chilienne…
    → Echeverría; "Katarzyny Lis, analityczki Domu Maklerskiego" analityczki → Lis), for a
    later subject that is the role alone ("a déclaré la ministre", "Zdaniem analityczki")."""
    grammar = other_language_patterns(lang)
    lead_words = own.as_said if (own := language_grammar(lang)) else r"(?!x)x"
    found: dict[str, str] = {}
    after: set[str] = set()  # roles given in apposition after a name: no later name takes them

    def give(words: list[str], surname: str, *, opening: list[str], apposed_after: bool = False) -> None:
        # what the role heads is no role of theirs: "La directrice générale du groupe,
        # Isabelle Marchetti" makes her no "groupe" ("Le groupe hospitalier a indiqué …")
        heads = next((k for k, word in enumerate(words) if k and word.lower() in _ROLE_OF), len(words))
        for word in words[:heads]:
            key = _role_key(word)
            # (nor the word for "as" that opens "Jak poinformowała rzeczniczka …")
            is_verb = bool(grammar is not None and grammar.reports.fullmatch(word.strip(",."))) or bool(
                re.fullmatch(lead_words, word.strip(",."), re.IGNORECASE)
            )
            # (German capitalises every noun: "Kultusministerin Birgit Hollenbach")
            role_like = word[:1].islower() or [word] == opening or lang == "de"
            if len(key) > 2 and role_like and not is_verb and key not in after:
                found[key] = surname
                if apposed_after:
                    after.add(key)

    named = [(m.start(), m.end(), m.group().split()[-1]) for m in _names_pattern(full).finditer(text)]
    window = previous_end = 0
    for start, end, surname in named:
        # the words since the name before; but a name in apposition, or right after another
        # (a body's name, then its analyst's), takes the role before both ("analista da
        # Corretora Valores, Sofia Mendes")
        apposed = re.search(rf",\s+(?:{CAPITAL}[\w'’-]*\s+){{0,3}}$", text[:start])
        if not (apposed or text[previous_end:start].strip(" ,") == ""):
            window = previous_end
        # the phrase a name in apposition follows ("O presidente executivo da empresa, João
        # Pedro Ramos"), else the few words right before it ("trener Sparty Marek Jabłoński")
        before = text[window : apposed.start() if apposed else start]
        phrase = re.split(r"[,.;:!?«»\"“”„()]", before)[-1]
        opening = phrase.split()[:1] if text.lstrip(" \"“„«‘'(—–-").startswith(phrase.strip()) else []
        give(phrase.split()[-6:] if apposed else phrase.split()[-5:], surname, opening=opening)
        if apposition := re.match(r",\s+([^,;.!?«»\"“”„()]{1,80})", text[end:]):
            give(apposition[1].split()[:6], surname, opening=[], apposed_after=True)
        previous_end = end
    return found


def _role_holder(role: str, roles: Mapping[str, str]) -> str | None:
    """Whom the text gave ``role``, under another ending too (analityczka, analityczki), or
    as the head of a compound (Kultusministerin … die Ministerin)."""
    key = _role_key(role)
    if _A_MINISTRY.fullmatch(key):
        return None  # "selon le ministère de l'Intérieur": the ministry, not its minister
    return next(
        (
            roles[k]
            for k in reversed(list(roles))
            if (abs(len(k) - len(key)) <= 2 and same_stem(key, k)) or (len(key) > 5 and k.endswith(key))
        ),
        None,
    )


def _one_regnal_name(a: str, b: str) -> bool:
    """Two names of a monarch or a pope of one number, in two languages' forms ("Leo XIV",
    "Leone XIV", "León XIV"; "Charles III", "Karl III"): one person; or one of them without
    his number, as headlines and flashes write it ("Pope Leo" / "Leon XIV"), where the names
    open alike."""
    numbers = [w.rstrip(".") for w in (a.split()[-1:] + b.split()[-1:])]
    if len(numbers) == 2 and numbers[0] == numbers[1] and all(_REGNAL.fullmatch(n) for n in numbers) and " " in a and " " in b:
        return True
    numbered, bare = (a, b) if _REGNAL.fullmatch(numbers[0]) else (b, a)
    if " " in bare or not _REGNAL.fullmatch(numbered.split()[-1].rstrip(".")) or len(numbered.split()) != 2:
        return False
    names = sorted((unaccented(bare).lower(), unaccented(numbered.split()[0]).lower()), key=len)
    opening = next((i for i, (x, y) in enumerate(zip(*names, strict=False)) if x != y), len(names[0]))
    return opening >= 3 and opening >= len(names[0]) - 1 and len(names[1]) - len(names[0]) <= 3


_REGNAL = compiled(ROMAN_NUMERAL)
"""A monarch's or a pope's number ("VI", "XIV"), which completes a name ("Felipe VI")."""
_A_MINISTRY = compiled(r"minist(?:[eéè]re|erio|ero|ério|erium|erie|ry|eriet)")
"""A ministry in the languages read, which shares its stem with its minister's role."""


def _role_key(word: str) -> str:
    """A role word without an elided article or punctuation ("l'allenatore" → "allenatore"),
    under the name of the office it is another word for ("il Pontefice" is "il Papa")."""
    key = re.sub(r"^\w{1,4}['’]", "", word.strip(",.")).lower()
    return _ROLE_SYNONYMS.get(key, key)


_ROLE_SYNONYMS = {
    "pontefice": "papa", "pontífice": "papa", "pontife": "pape", "pontiff": "pope", "pontifex": "papst",
}
"""Other words for one office, which the press alternates with it in one text: the pope is
"il Papa" and "il Pontefice", "el papa" and "el pontífice", "the pope" and "the pontiff"."""


_ROMANCE = frozenset({"es", "pt", "it", "fr", "ca", "ro", "gl"})
_ROLE_OF = frozenset({"de", "del", "des", "du", "of", "von", "der", "di", "della", "do", "da", "dos", "das"})
"""Words that join a role to what it heads (directora de Emergencias, Minister of Health)."""
def _to_someone(words: list[str]) -> bool:
    """Whether the last words before a name hold a preposition and its article ("à l'",
    "a la agencia"): the name is whom the speaker told. ("a" alone is as often French
    "a dit" or a Portuguese article: only before an article.)"""
    for word, after in pairwise(words):
        if word.lower() in _TO and (word.lower() != "a" or after.lower() in _ARTICLES_AFTER_A):
            return True
    return False


_PORTFOLIO = frozenset({"à", "au", "aux"})
"""French's "to" before a minister's portfolio ("le secrétaire à la Santé du Chihuahua, Gilberto
Baeza", "la ministre aux Sports"): the capitalised words after it are what the role heads."""
_TO = frozenset({"à", "au", "aux", "a", "al", "ao", "an", "zu", "zum", "zur", "aan", "к", "ко", "ante"})
"""The words for "to" someone told ("par", "por", "by" name who told it: no such word here)."""
_ARTICLES_AFTER_A = frozenset({"la", "las", "los", "el", "l'", "l’", "le", "les"})
_PREPOSITIONS = frozenset(
    {
        "do", "w", "we", "z", "ze", "na", "od", "dla", "przez", "po", "przy", "u", "ku", "nad", "pod",
        "przed", "za", "à", "au", "aux", "pour", "par", "avec", "en", "dans", "sur", "chez", "vers", "a", "al",
        "con", "por", "para", "desde", "hacia", "ante", "in", "nel", "nella", "per", "su", "tra", "fra", "ao",
        "em", "no", "com", "an", "bei", "vom", "mit", "zu", "zum", "zur", "für", "nach", "aus", "im", "aan",
        "bij", "met", "naar", "uit", "op", "voor", "в", "во", "с", "со", "к", "ко", "от", "до", "из",
        "по", "об", "при", "з", "із", "від", "v", "ve", "k", "ke", "pro", "při",
    }
)
"""Prepositions of the languages reporting.py reads, but not those that join a role to
what it heads (``_ROLE_OF``: "de", "von"; Polish "do" is one too, and Portuguese "do" then
leads to the name set off after the role): a name after one, after the verb, is the verb's
object, unless a full name closes the sentence."""
_ARTICLES = frozenset({"la", "las", "los", "el", "le", "les", "the"})
"""... and the articles that may stand between (líder de la Alianza, head of the Bank)."""
_ROLE_HEADS = compiled(r"^(?:\s+[\w'’.-]+){0,6}?(?=,)")
"""What a role heads, up to the comma before its holder's name ("de Economía")."""
_APPOSED_NAME = compiled(
    rf"(?:\s+{LOWER}{{3,}}){{0,2}}"  # the body's adjectives: "la présidente de la Commission européenne, Ursula von der Leyen"
    rf"(?:(?:\s+(?:en|em|in|à|a|di|del|de|do|da|du|w|v)\s+|\s+d['’])(?:{CAPITAL}[\w'’-]*\w\s+){{0,2}}{CAPITAL}[\w'’-]*\w)?"
    rf",\s+(?:{LOWER}{{3,}}\s+(?={CAPITAL}))?(?:(?:{CAPITAL}[\w'’-]*\w|{NAME_PARTICLES})\s+){{0,3}}(?P<surname>{CAPITAL}[\w'’-]*\w)\s*(?:,|[.!?»\"”]*\s*$)"
)
"""A name set off by commas after a speaker's role (its last word, as surnames are kept),
maybe after the place the role's body is of ("el director de la Defensa Civil en Caldas,
Jhon Jairo Ospina Ramírez"), maybe after the holder's own title ("el presidente de la Mesa
Directiva, senador Raúl Esquivel Tapia")."""
_ACRONYM = compiled(r"[A-Z]{2,5}")
_INITIALS_OPENING = compiled(r"(?:\w{1,2}['’])?[A-Z]{2,5}")
_AND = frozenset({"και", "and", "und", "et", "y", "e", "и", "і", "og", "och", "ve"})
"""The word for "and", which joins two names of one body ("Ministry of Climate Crisis and
Civil Protection"); not "i", "a" or "en", which are also "in" and "to" ("Kari Hovland i Norsk
Sykepleierforbund")."""
_CLOSING_NAME = compiled(rf"\s(?:{CAPITAL}[\w'’-]*\w\s+){{1,3}}(?P<surname>{CAPITAL}[\w'’-]*\w)\W*$")
"""A full name closing the sentence (its last word)."""
_CAPITALISED_RUN = compiled(
    rf"{CAPITAL}[\w'’-]*\w(?:\s+(?:{CAPITAL}\.\s+)?(?:{NAME_PARTICLES}\s+){{0,2}}{ARTICLED}{CAPITAL}[\w'’-]*\w)+"
)
"""Capitalised words, with particles between them, a middle initial ("Dana K. Whitfield") and
the Arabic article joined to a word ("Бадр аль-Бусаиди")."""


_GIVEN_NAME_PARTICLES = frozenset({"de", "da", "do", "das", "dos", "di", "del", "della", "du", "la"})
"""Particles after a given name ("Maria das Graças Silva"); not German's articles
("Fernzüge der Deutschen Bahn")."""
_SURNAME_PARTICLES = frozenset({"Di", "De", "Da", "Del", "Della", "Dello", "Lo", "La", "Li", "Van", "Von", "Dos", "Das", "Du"})
"""Capitalised particles that open a surname ("Marco Di Stefano", "Tommaso Lo Bianco"):
the given name is the word before them."""
_SOURCE_NOUNS = frozenset({"Angaben", "Informationen", "Schätzungen", "Zählung", "Zählungen", "Aussagen", "Berechnungen"})
"""German nouns of what a source gave ("nach Angaben von Airbus"), capitalised before its name."""
_OF_A_PLACE = {"nl": (frozenset({"van"}), frozenset()), "de": (frozenset({"von", "vom"}), frozenset({"der", "dem", "den", "des"}))}
"""The words for "of" that, after a whole name, name the place, club or body the person is
of, not a particle ("burgemeester Femke Halsema van Amsterdam", "Katrin Albers von der
Universität Heidelberg", "Julien Marchand von den Republikanern"; "van der Berg", "Ursula von der Leyen" are names), and the
articles that may follow them (German only: a Dutch "van de" opens a surname)."""


def full_names(texts: Sequence[str], lang: str | None) -> frozenset[str]:
    """In a language reporting.py covers: the last two capitalised words of each run of
    them, with the particles between ("Bundeskanzler Olaf Scholz" gives "Olaf Scholz",
    "Ursula von der Leyen" itself), a common word or "according to" that opens the
    sentence set aside ("Die Bundesregierung", "Laut Macron" give nothing): the full
    names speakers go by. Kept for the last few documents: :func:`attribute` and
    :func:`attribute_documents` both ask for them."""
    return _full_names(tuple(texts), lang)


_GERMAN_NOUNS = (
    "hersteller", "konzern", "bauer", "chef", "chefin", "gruppe", "unternehmen", "firma", "händler", "anbieter",
    "betreiber", "verband", "ung", "heit", "keit", "schaft", "tät", "ismus",
)
"""Endings of German nouns that a name follows and that no given name has ("Generikahersteller
Medivo", "Autobauer Valmont", "Baustoffkonzern Nordbau"): a company is no person's full name,
and "Lindqvist sagte" was given to it."""


@lru_cache(maxsize=8)
def _full_names(texts: tuple[str, ...], lang: str | None) -> frozenset[str]:
    conv = conventions(lang)
    openers = conv.openers if conv else frozenset()
    grammar = language_grammar(lang)
    according = compiled(grammar.according if grammar else r"(?!x)x")
    # a frequent word is a common word where the texts also write it in lower case ("Die",
    # "die"), not a given name in the stop list ("Michał Dudek, analityk …")
    lowered = {w for text in texts for w in re.findall(r"[^\W\d_]+", text) if w.islower()}
    found = set()
    titles: set[str] = set()  # capitalised words before a given name ("Bakanı Murat …")
    # (a day or a month set off like a person of one name: "Suharyanto, Kamis, mengatakan")
    calendar = set(conv.weekdays) | set(conv.months) if conv else set()
    for text in texts:
        lead = len(text) - len(text.lstrip(" \"“„«‘'(—–-"))
        for m in _CAPITALISED_RUN.finditer(text):
            words = m.group().split()
            first = words[0].lower()
            common = first in openers and (first in lowered or len(first) <= 3)
            if m.start() == lead and (common or according.fullmatch(words[0])):
                words = words[1:]
            elif m.start() > 0 and text[m.start() - 1] in _OPENING_QUOTES:
                words = words[1:]  # a quotation's first word: „Gratulálok Szalai Péternek, …”
            if lang == "hu":
                words = _before_a_case_ending(words)
            if conv and conv.capitalises_nouns:
                words = _after_a_genitive(words)
                if len(words) > 2 and words[0] in _SOURCE_NOUNS and words[1] in ("von", "vom", "der", "des"):
                    words = words[2:]  # "nach Angaben von Airbus": Airbus
            # from the given name on: the last two capitalised words and any particles
            # between them ("Ursula von der Leyen", "Lula da Silva")
            words = _before_their_place(words, lang)
            body = next((k for k, w in enumerate(words[:-1]) if _INSTITUTION.fullmatch(w)), None)
            if body is not None:
                # a body's name opens with what it is: "Servicio Sismológico Nacional",
                # "Organización Mundial de la Salud" (not "Mundial de la Salud", a person)
                found.add(" ".join(words[body:]))
                continue
            capitalised = [k for k, w in enumerate(words) if not w.islower()]
            regnal = len(words) >= 2 and bool(_REGNAL.fullmatch(words[-1])) and not words[-2].isupper()
            if regnal:
                found.add(" ".join(words[-2:]))  # a pope's or a monarch's name: "Leone XIV", "Felipe VI"
                continue
            if words and words[-1].isupper() and 2 <= len(words[-1]) <= 4 and not all(w.isupper() for w in words):
                continue  # a body's name, no person's: "Совет Безопасности ООН" (an acronym's "ЦБ РФ" stays)
            if len(capitalised) >= 2:
                if grammar and grammar.suffixed:  # "Murat Öztürk'e göre"
                    words[-1] = re.sub(r"['’]\w+$", "", words[-1])
                if lang == "fi":  # "Jussi Heikkisen mukaan", "Aino Virtaselle": Heikkinen, Virtanen
                    words[-1] = _finnish_nominative(words[-1], texts)
                given = capitalised[0] if grammar and grammar.whole_names else capitalised[-2]
                if _INITIAL.fullmatch(words[given]) and len(capitalised) >= 3:
                    given = capitalised[-3]  # the given name before a middle initial
                # the given name before particles ("Maria das Graças Silva"), or before a
                # capitalised particle that opens the surname ("Marco Di Stefano")
                if len(capitalised) >= 3 and (
                    (capitalised[-3] < given - 1 and words[given - 1] in _GIVEN_NAME_PARTICLES)
                    or (given == capitalised[-3] + 1 and words[given] in _SURNAME_PARTICLES)
                ):
                    given = capitalised[-3]
                if conv and conv.capitalises_nouns and words[given].lower().endswith(_GERMAN_NOUNS):
                    continue  # "Generikahersteller Medivo", "Autobauer Valmont": a noun, then a company
                found.add(" ".join(words[given:]))
                if given and not words[given - 1].islower():
                    titles.add(words[given - 1].lower())
        # initials and a surname are a full name, as Russian officialdom writes it ("С.В.Лавров")
        found |= {f"{m['initials'].replace(' ', '')} {m['surname']}" for m in _INITIALS_AND_SURNAME.finditer(text)}
        if grammar and grammar.mononyms:
            found |= {
                name
                for m in _mononym_pattern(grammar.verbs).finditer(text)
                if (name := m["name"] or m["closing"]).lower() not in calendar
            }
    # a title before a surname alone is no given name: "Bakan Yıldırımkaya" is the Murat
    # Yıldırımkaya of "İçişleri Bakanı Murat Yıldırımkaya", the title under another ending
    return frozenset(name for name in found if not _opens_with_a_title(name, titles))


@lru_cache(maxsize=4)
def _mononym_pattern(verbs: str) -> re.Pattern[str]:
    """A name set off by commas before a reporting verb, or closing the sentence after it,
    whole: a person of one name ("Kepala BNPB, Suharyanto, mengatakan", "…, kata
    Suharyanto."), or of three ("Kepala Dinkes Jatim, Erwin Astha
    Triyono, mengatakan": then "kata Erwin", where the last two words alone would be the
    name)."""
    return compiled(
        rf"(?<=,\s)(?P<name>{CAPITAL}{LOWER}{{2,}}(?:\s{CAPITAL}{LOWER}+){{0,3}}),\s+(?:{verbs})\b"
        # ... or closing the sentence after the verb, maybe after a role and a comma ("…,
        # kata Suharyanto.", "…, kata Kepala BNPB, Suharyanto kepada wartawan.")
        rf"|(?<=,\s)(?:{verbs})\s+(?:[^,.!?\n]{{1,60}},\s+)?(?P<closing>{CAPITAL}{LOWER}{{2,}}(?:\s{CAPITAL}{LOWER}+){{0,3}})"
        r"(?:\s+(?:kepada|di|pada)\s[^,.!?\n]{1,60})?(?=[.!?][\"”]?(?:\s|$))"
    )


_INITIALS_AND_SURNAME = compiled(rf"(?<![\w.])(?P<initials>(?:{CAPITAL}\.\s?){{1,2}})(?P<surname>{CAPITAL}{LOWER}[\w'’-]*\w)")
"""A surname after the initials of the given name (and patronymic): "А.Н.Волков", "A. N. Volkov"."""


def _opens_with_a_title(name: str, titles: set[str]) -> bool:
    words = name.lower().split()
    return len(words) == 2 and (
        words[0].rstrip(".") in _HONORIFICS
        or words[0] in _OFFICES
        or any(same_stem(words[0], title) for title in titles)
    )


_OFFICES = frozenset(
    {
        "kapolres", "kapolda", "kapolsek", "kapolri", "kepala", "gubernur", "bupati", "menteri", "presiden",
        "ketua", "direktur", "kabid", "kasat", "camat",
    }
)
"""Offices that open a name before a place or a body in Indonesian ("Kapolres Majalengka,
AKBP Rizky Pratama, mengatakan": the police chief of Majalengka), no given name."""


_HONORIFICS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "mme", "mlle", "m", "herr", "frau", "sr", "sra", "srta", "sig", "don",
        "doña", "pan", "pani", "dhr", "mevr", "bw", "bi", "sir", "dame", "shri", "smt", "shrimati",
    }
)
"""Words of address before a surname ("Mme Grosu", "Herr Becker", "Sr. Gómez", Swahili "Bw
Otieno"): no given name."""


_GERMAN_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})


def _after_a_genitive(words: list[str]) -> list[str]:
    """Where every noun is capitalised, the words after an article inside the run, which
    joins a noun to the one it heads ("Anwältin der Geschädigten", "Sprecher der Deutschen
    Bahn Achim Stauß"), not after "von" ("Ursula von der Leyen")."""
    for k in range(len(words) - 1, 0, -1):
        if words[k] in _GERMAN_ARTICLES and words[k - 1].lower() not in {"von", "van", "zu"}:
            return words[k + 1 :]
    return words


_INITIAL = compiled(rf"{CAPITAL}\.")
_FINNISH_NEN_CASE = compiled(r"(?P<stem>\w{3,})s(?:en|ella|elle|elta|essa|esta|een|ena|eksi|ta|tä)$")
"""A Finnish name in -nen in another case (Heikkisen, Virtaselle, Virtasta)."""


def _finnish_nominative(word: str, texts: Sequence[str]) -> str:
    """The -nen form of a Finnish surname given in another case, where the texts also give
    it so ("Heikkisen mukaan" and "Heikkinen sanoo" are one Heikkinen)."""
    m = _FINNISH_NEN_CASE.fullmatch(word)
    if not m:
        return word
    nominative = m["stem"] + "nen"
    return nominative if any(re.search(rf"\b{nominative}\b", text) for text in texts) else word


_INFLECTING = frozenset({"pl", "cs", "sk", "sl", "hr", "sr", "bs", "ru", "uk", "be", "bg", "lt", "lv"})
"""Languages that put a name after "according to" in a case of its own (Polish "według
Donalda Tuska", Czech "podle Jana Fialy", Russian "по словам Дмитрия Пескова")."""


_OPENING_QUOTES = "\"“„«‹‚‘"
_HU_CASE_ENDING = compiled(r"(?P<stem>\w+?)(?:ban|ben|ba|be|ból|ből|ról|ről|on|en|ön|nak|nek|val|vel|hoz|hez|höz|tól|től)")
_HU_LENGTHENED = str.maketrans("óáéőúíű", "oaeöuiü")


def _before_a_case_ending(words: list[str]) -> list[str]:
    """Hungarian: a name's words up to the first under a case ending, and the place it ends
    ("Tavares São Paulóban", Tavares in São Paulo: "Tavares"); a speaker is named in the
    nominative. The vowel a case ending lengthens is read short (Paulóban: São Paulo)."""
    for k, word in enumerate(words[1:], start=1):
        if not (m := _HU_CASE_ENDING.fullmatch(word)):
            continue
        stem = m["stem"][:-1] + m["stem"][-1].translate(_HU_LENGTHENED)
        start = next((j for j in range(k + 1) if city(" ".join([*words[j:k], stem]))), k)
        return words[:start]
    return words


def _before_their_place(words: list[str], lang: str | None) -> list[str]:
    """The words of a name up to the place or club it is of (``_OF_A_PLACE``): "Femke
    Halsema van Amsterdam" is Femke Halsema, "Pieter van der Berg" and "Robin van Persie"
    stay whole (two capitalised words must come before)."""
    of, articles = _OF_A_PLACE.get(lang or "", (frozenset(), frozenset()))
    for k, word in enumerate(words[:-1]):
        after = words[k + 2] if words[k + 1] in articles and k + 2 < len(words) else words[k + 1]
        if word in of and not after.islower() and sum(not w.islower() for w in words[:k]) >= 2:
            return words[:k]
    return words


def _is_person(speaker: str | None) -> bool:
    return (
        speaker is not None
        and speaker != BOTH_SIDES
        and not speaker.endswith(("side", "方"))
        and not is_unnamed(speaker)
        and not _INSTITUTION.search(speaker)
        and not _a_place(speaker)
        and not any(c.isdigit() for c in speaker)  # a model or a group: "Airbus A320neo", "G7"
    )


@lru_cache(maxsize=1024)
def _a_place(speaker: str) -> bool:
    """A city or a country of several words speaking for its government ("Belo Horizonte,
    the state capital, declared …", "South Korea said"): no person, and no person's rival.
    (One word may be a surname: "Jackson said", "Luís Montenegro … Montenegro said".)"""
    return " " in speaker and (city(speaker) == speaker or country_code(speaker) is not None)


_INSTITUTION = compiled(
    r"(?i:\b(?:guardia|guarda|polic[eií]a?|polizia|polizei|politie|carabinieri|questura|gendarmerie|"
    r"ministr(?:y|ies)|minist[eéè]r(?:e|io|o|ium|ie)|coast\s+guard|army|arm[ée]e|ej[eé]rcito|esercito|"
    r"agency|agencia|agenzia|agence|council|consejo|consiglio|conseil|commission|comisi[oó]n|commissione|"
    r"government|gobierno|governo|gouvernement|regierung|red\s+cross|cruz\s+roja|croix-rouge|croce\s+rossa|"
    r"delegaci[oó]n|pr[ée]fecture|prefettura|department|departamento|authority|autoridad|autorit[àé]|"
    r"administration|staff|salvamento|frontex|ministerium|institute|instituto|institut|istituto|"
    r"committee|comit[ée]|comitato|ausschuss|board|bureau|office|oficina|ufficio|"
    r"reserve|bank|banco|banca|court|tribunal|tribunale|gericht|parliament|parlamento|senate|senado|"
    r"estad[íi]stica|statistics|statistik|statistica|service|servicio|servizio|servi[çc]o|"
    r"organi[sz]ation|organizaci[oó]n|organiza[çc][ãa]o|organizzazione|secretar[íi]a|secretariat|"
    # business and labour bodies ("the National Confederation of Industry", "Confederação
    # Nacional da Indústria", "Chamber of Commerce")
    r"confederation|confederaci[oó]n|confedera[çc][ãa]o|conf[ée]d[ée]ration|confederazione|"
    r"association|asociaci[oó]n|associa[çc][ãa]o|"
    r"chamber|c[áa]mara|sindicato|"
    # military commands ("the Operational Command", Polish "Dowództwo Operacyjne" and its cases)
    r"command|commandement|comando|mando|kommando|dowództw\w*|sztab\w*|командован\w*|командуван\w*|"
    # seats and offices that speak for a state or a church ("the Vatican said", "the Kremlin")
    r"vatican|vaticano|vaticana|holy\s+see|santa\s+sede|stolic\w+\s+apostolsk\w+|sala\s+stampa|press\s+office|"
    r"biur\w*\s+prasow\w+|kremlin|kreml|pentagon|white\s+house|élysée|elysee|downing\s+street|threadneedle\s+street|"
    r"archdiocese|arzobispado|arcidiocesi|arquidiocese|archidiecezj\w+|diocese|diócesis|diocesi|diecezj\w+|"
    r"guard|guardia|garde|straż\w*|straży|granicz\w+|"
    # centres, services and German compounds ("U.S. National Hurricane Center", "Centro Nacional
    # de Huracanes", "Defensa Civil", "Bundeskartellamt", "Landgericht", "Wetterdienst")
    r"cent(?:er|re|ro)|zentrum|defen[cs]e|defensa|d[ée]fense|difesa|national|nacional|nationale|nazionale|"
    r"hurricanes?|huracanes|ouragans|meteorological|meteorologico|meteorológico|météorologique|m[ée]t[ée]o|weather|observatory|observatorio|observatoire|osservatorio|"
    r"\w+(?:amt|behörde|ministerium|gericht|zentrale|verband|anstalt|dienst))\b)"
)
"""Words that make a speaker a body, not a person ("Guardia Costera", "Cruz Roja", "General
Staff"): a body speaks through people, so its statement may be the one another account
gives its spokesperson, and no speaker conflict stands between the two."""


_UNNAMED_GROUP = compiled(rf"(?i:{_UNNAMED_GROUPS})")
_GROUP_OF_ROLE = compiled(rf"(?:{_ROLE_NOUNS})s")
"""People of one role ("Doctors told him to rest", "Teachers said"): a group, not a name."""
_ONE_PERSON = compiled(rf"(?:{_ROLE_NOUNS})")
_ONE_ALREADY_MET = compiled(rf"(?i:the)\s+(?:{_ROLE_NOUNS})")
_LEADING_QUANTIFIER = compiled(rf"^(?i:{_QUANTIFIERS})\s+")


_ROLE_FOR_A_BODY = compiled(
    rf"(?P<quantifier>\S+)\s+(?P<role>(?:\S+\s+){{0,3}}?(?:{_ROLE_NOUNS})s?)\s+(?:for|of|at)\s+(?:the\s+)?(?P<body>.+)"
)


def unnamed_source(words: str, known: frozenset[str] | None = None) -> str:
    """The speaker a described source stands for, in lower case but for the names the
    text gives (``known``: "Pentagon officials", "U.S. officials"), without its article or number ("A
    police spokesman" and "the police spokesman" are "police spokesman"), the body it speaks
    for before its role ("a spokesman for the police" is "police spokesman"), so that
    accounts that describe one source alike are unified."""
    words = " ".join(words.split())
    body = _ROLE_FOR_A_BODY.fullmatch(words)
    if body:  # "a spokeswoman for Siemens" is the "Siemens spokeswoman" of another account
        words = f"{body['quantifier']} {body['body'].rstrip('.')} {body['role']}"
    article = _LEADING_QUANTIFIER.match(words)
    parts = words[article.end() if article else 0 :].split()
    return " ".join(w if _a_name_in(w, known, inside=k > 0 or article is not None) else w.lower() for k, w in enumerate(parts))


def _a_name_in(word: str, known: frozenset[str] | None, *, inside: bool) -> bool:
    """A word of a described source that names something: one the text uses as a name, an
    abbreviation ("U.S.", "EU"), or a capitalised word inside the phrase, where no sentence
    opening explains its capital ("a senior State Department official")."""
    bare = re.sub(r"['’]s$", "", word)
    return bool(known and bare in known) or is_abbreviation(bare) or (inside and bare[:1].isupper())


def _described_before(role: str, last_person: str | None) -> str | None:
    """The described source "the spokesman" refers back to: the last one the text gave
    words to, where it is that ("a police spokesman said …" then "the spokesman said")."""
    if last_person and is_unnamed(last_person) and last_person.split()[-1] == role.lower():
        return last_person
    return None


def is_unnamed(speaker: str) -> bool:
    """Whether a speaker is a described source (:func:`unnamed_source`): no person's name
    ends in a lower-case word, and "both sides" and "the Russian side" are sides; in Chinese,
    one that ends in a noun that describes (政府官员, 知情人士)."""
    if is_cjk(speaker):
        return _ZH_DESCRIBED_END.search(speaker) is not None
    words = speaker.split()
    last = _ARTICLE_JOINED.sub("", words[-1]) if words else ""  # "аль-Бусаиди" is a name
    return bool(words) and last[:1].islower() and speaker != BOTH_SIDES and not speaker.endswith("side")


_ARTICLE_JOINED = compiled("^" + ARTICLED)


def known_names(texts: Sequence[str]) -> frozenset[str]:
    """Names a document establishes: words it capitalises mid-sentence, Chinese names it
    titles, and transliterations it glosses (鲍里斯·约翰逊 (Boris Johnson) makes 约翰逊 a name)."""
    found: set[str] = set()
    for text in texts:
        for m in re.finditer(r"(?<=[\w,;:\"”’»] )[A-Z][\w'’-]*\w", text):
            found.add(re.sub(r"['’]s$", "", m.group()))
        for pattern in _ZH_TITLED:
            found.update(m["name"] for m in pattern.finditer(text))
        for m in _ZH_GLOSS.finditer(text):
            found.update({m[1], _glossed_name(m[1]), re.split(r"[·•]", m[1])[-1]})
        # a transliterated name's surname (乔·拜登 … 拜登表示); where the surname ends is
        # unknown in unspaced text, so every start of what follows the dot counts
        for m in _ZH_AFTER_DOT.finditer(text):
            found.update(m[1][:k] for k in range(2, len(m[1]) + 1))
    return frozenset(found)


_TWO_SURNAMES = frozenset({"es", "pt"})
"""Languages whose people carry two surnames, and go by either (the father's first in
Spanish, the last in Portuguese)."""
NEWCOMER_WITHIN = 12
"""Characters into a sentence (a time phrase, 今天，) within which a newly named person is
its subject."""
QUOTE_REACH = 6
"""Sentences a quotation left open by a speaker may run on for and stay theirs: further,
a stray quotation mark is likelier than a quotation that long."""
_LOW_OPENING = frozenset({"de", "cs", "sk", "pl", "hu", "ro", "bg", "hr", "sl", "sr", "lt", "lv", "et", "is"})
"""Languages whose quotations open with „ and close with “ (or ”)."""


_OPENING_QUOTE = compiled(r"\W{0,2}[\"“«„‘]")


def _opens_quotation(text: str) -> bool:
    """Whether a sentence opens with quoted words."""
    return bool(_OPENING_QUOTE.match(text)) and bool(_QUOTED.search(text))


def _inside_quotation(text: str, inside: bool, lang: str | None) -> bool:
    """Whether a quotation is still open after ``text``, given whether one was before it."""
    low = (lang or "").split("-")[0].lower() in _LOW_OPENING
    for at, ch in enumerate(text):
        if ch == '"':
            # a straight quote opens where a word would start, and closes after one
            inside = at == 0 or text[at - 1].isspace() or text[at - 1] in "([—–-:"
        elif ch in "„«‘" or (ch == "“" and not low):
            inside = True
        elif ch in "”»" or (ch == "“" and low) or (ch == "’" and not text[at + 1 : at + 2].isalpha()):
            # ’ closes a quotation unless it is an apostrophe inside a word ("don’t")
            inside = False
    return inside


PRONOUN_REACH = 3
"""Sentences after the last one given to a person within which "he" or "she" still means
that person: further on, the narration has mostly moved to someone else ("… his widow
said." four sentences about the late president "In 2020, he denied …")."""
UNBROKEN = 8
"""A document of more sentences than this in a single paragraph has lost its paragraph breaks."""


def _told_quotations(segments: Sequence[Segment]) -> dict[int, str]:
    """Japanese quotations of several sentences, 「…。…」と述べた, by the segments they span:
    the speaker opens the first sentence and the verb closes the last, so each sentence
    alone names no one; read whole, they name their speaker for every one of them."""
    found: dict[int, str] = {}
    for i, seg in enumerate(segments):
        if seg.text.count("「") <= seg.text.count("」"):
            continue
        depth = seg.text.count("「") - seg.text.count("」")
        for j in range(i + 1, min(len(segments), i + 5)):
            if segments[j].paragraph != seg.paragraph:
                break
            depth += segments[j].text.count("「") - segments[j].text.count("」")
            if depth <= 0:
                whole = "".join(s.text for s in segments[i : j + 1])
                if "」と" in segments[j].text and (who := uncased_speaker(whole, "ja", None)):
                    found.update(dict.fromkeys(range(i, j + 1), who))
                break
    return found


def _quoted_across(segments: Sequence[Segment], speaker_of: Callable[[str], str | None]) -> dict[int, str]:
    """Quotations of several sentences whose speaker opens the first and whose verb closes
    the last (Turkish 'Bakan Kemal Aydoğdu, "… sürüyor. Son … durmayacağız." dedi.'), by the
    segments they span: read whole, they name their speaker for every one of them."""
    found: dict[int, str] = {}
    for i, seg in enumerate(segments):
        if _quote_marks(seg.text) % 2 == 0:
            continue
        marks = _quote_marks(seg.text)
        for j in range(i + 1, min(len(segments), i + 5)):
            if segments[j].paragraph != seg.paragraph:
                break
            marks += _quote_marks(segments[j].text)
            if marks % 2 == 0:
                if who := speaker_of(" ".join(s.text for s in segments[i : j + 1])):
                    found.update(dict.fromkeys(range(i, j + 1), who))
                break
    return found


def _quote_marks(text: str) -> int:
    """The quotation marks a sentence holds, opening and closing ones alike."""
    return sum(text.count(mark) for mark in '"“”«»„')


def attribute(
    segments: Sequence[Segment], lang: str | None = None, people: frozenset[str] = frozenset()
) -> list[str | None]:
    """Raw speaker per body segment (same order), before names are unified across documents.

    ``people``: full names the other accounts give in Latin letters. A Chinese name they
    romanise (李强 for "Li Qiang") is a name even where this account gives it no title."""
    other = other_language_patterns(lang)
    texts = [s.text for s in segments]
    other_names = full_names(texts, lang) if other else frozenset()
    family_first = bool((grammar := language_grammar(lang)) and grammar.family_name_first)
    known = frozenset(n.split()[0 if family_first else -1] for n in other_names) if other else known_names(texts)
    if other:
        # a Chinese name in pinyin goes by its first word ("Song Haifeng … sagte Song")
        known |= {n.split()[0] for n in other_names if _chinese_in_pinyin(n)}
    if lang in _TWO_SURNAMES:
        # "Tomás Aguirre Benítez" is Aguirre as often as Benítez
        known |= {n.split()[0] for n in other_names if len(n.split()) == 2}
    if grammar and grammar.goes_by_given_name:
        known |= {n.split()[0] for n in other_names if len(n.split()) > 1}
    if people and not other:
        known |= {f.text for text in texts if is_cjk(text) for f in romanised_people(text, people)}
    if people and not other and not uncased_grammar(lang):
        # a surname another account gives with its given name ("Eric Weiss … Weiss said")
        known |= {name.split()[-1] for name in people if len(name.split()) > 1 and is_latin(name)}
    if not other and any(is_cjk(text) for text in texts):
        # names left in Latin letters go by their surname, as in English
        latin = set(people) | {m.group() for text in texts for m in _LATIN_FULL_NAME.finditer(text)}
        known |= {name.split()[-1] for name in latin}
    uncased = None if other else uncased_grammar(lang)
    reports = _reports_pattern(lang)
    first_person = other.first_person if other else uncased.first_person if uncased else _FIRST_PERSON_RE
    pronoun_opening = other.pronoun_opening if other else None if uncased else _PRONOUN_OPENING
    out: list[str | None] = []
    last_person: str | None = None
    last_person_at = 0  # the index of the sentence given to last_person
    titled: dict[str, str] = {}  # title -> the person the text last gave it
    inside = False  # a quotation is open
    quoting: str | None = None  # who opened it
    quoted_for = 0  # sentences since
    last_any: str | None = None
    prev_par_last: str | None = None
    current_par: int | None = None
    par_speaker: str | None = None
    par_quoted = False  # the paragraph's speaker was quoted, and the quotation closed
    pending: list[int] = []  # indices at the head of this paragraph, not yet attributed
    head_quote: list[int] | None = []  # the quoted sentences that open this paragraph
    seen: set[str] = set()  # the people given sentences so far
    # Text pasted without its paragraph breaks is one long "paragraph", through which one
    # speaker would run on to the end; there, each sentence is taken as its own paragraph.
    unbroken = len({seg.paragraph for seg in segments}) == 1 and len(segments) > UNBROKEN
    sourced = False  # the paragraph's speaker is a source a sentence gave a fact by ("according to")
    told = _told_quotations(segments) if uncased and uncased.lang == "ja" else {}
    if grammar and grammar.verb_last:
        told = _quoted_across(segments, lambda whole: attribution(whole, known=known, lang=lang))
    for index, seg in enumerate(segments):
        paragraph = index if unbroken else seg.paragraph
        if paragraph != current_par:
            prev_par_last = out[-1] if out else None
            current_par, par_speaker, pending, par_quoted, head_quote, sourced = paragraph, None, [], False, [], False
            first_in_par = True
        else:
            first_in_par = False
        # a pronoun after a newcomer who opens the sentence ("今天，教皇方济各 (Pope Francis)
        # 首次…，他呼吁") is the newcomer; one named later is mostly an object
        # "he" is the last person named only while the narration has not moved on
        recent = last_person if index - last_person_at <= PRONOUN_REACH else None
        subject_newcomer = _newcomer(seg.text, last_person, within=NEWCOMER_WITHIN)
        opens_head = first_in_par and _opens_quotation(seg.text)
        # a sentence of quoted words alone, a quotation it opens still open after it, says
        # nothing of who speaks ('"The Portuguese asked for stability. We will …," she
        # told supporters.': the Portuguese are no speaker)
        quoted_only = bool(_OPENING_QUOTE.match(seg.text)) and _inside_quotation(seg.text, False, lang)
        own = None if quoted_only else attribution(
            _ZH_GLOSS.sub(r"\1", seg.text),
            last_person=subject_newcomer or recent,
            last_any=last_any,
            known=known,
            lang=lang if other or uncased else None,
            titled=titled,
        )
        own = own if own is not None else told.get(index)
        speaker: str | None
        if own is not None:
            speaker = own
            if pending and prev_par_last is not None and own == prev_par_last:
                # the speaker's words resume: what came between is theirs too, unless this
                # sentence opens on them, bringing in new words after the narration ("Both
                # sides resume talks on Tuesday. Hartmann said …"); quoted or first-person
                # words are theirs either way
                at = _folded(seg.text).find(_folded(own.split()[-1]))
                opens_on_speaker = 0 <= at <= min(OPENING_REACH, len(seg.text) // 3)
                for i in pending:
                    if not opens_on_speaker or _QUOTED.search(texts[i]) or first_person.search(texts[i]):
                        out[i] = own
            if head_quote and _is_person(own) and not (inside and _inside_quotation(seg.text, inside, lang)):
                # the quotation that opened the paragraph has just closed, and this
                # sentence says who spoke it ('"We have waited long enough." Berg told
                # councillors that …')
                for i in head_quote:
                    out[i] = own
            pending = []
            # a source a figure is given by ("Według danych Straży Granicznej …", "According
            # to the agency, …") speaks for that sentence only: the narration goes on after it
            # (or closing it: "…, selon l'armateur.")
            sourced = bool(
                (other.according if other else _ACCORDING_RE).match(seg.text)
                or (other.according_end if other else _ACCORDING_END_RE).search(seg.text)
            ) and not _QUOTED.search(seg.text)
            par_speaker = own
        elif inside and quoting is not None and quoted_for < QUOTE_REACH:
            # inside the quotation a speaker opened ('X said: "… / … / …"'), whatever the
            # paragraphs: the words are theirs
            speaker = quoting
        elif (
            _NOT_SAYING.search(seg.text)  # "She did not say when …": narration of what was not said
            or reports.search(seg.text)
            or _ZH_REPORTING_RE.search(_ZH_QUOTATION.sub("", seg.text))
        ):
            speaker = par_speaker = None
        elif par_speaker is not None and other and other.hearsay.search(seg.text):
            # the mood of reported speech: the speaker's words go on ("Asimismo, la empresa
            # habría invertido …"), quoted before or not
            speaker = par_speaker
        elif (
            par_quoted
            and not _QUOTED.search(seg.text)
            and not first_person.search(seg.text)
            and not (pronoun_opening and pronoun_opening.match(seg.text))
        ):
            # once the speaker's quoted words have closed, a sentence with no quotation,
            # no "I" or "we" and not about "he" or "she" is the narrator's ('… "Orders are
            # cancelled every week." Eurofer represents steelmakers in 22 countries.')
            speaker = par_speaker = None
        elif par_speaker is not None and _ZH_NARRATION_OPENING.match(seg.text):
            # Chinese narration resumes with a time or the occasion ("当天的记者会…", "今年以来，
            # 我国…"); a leader's remarks run on with their subject ("中方愿…", "双方应…")
            speaker = par_speaker = None
        elif par_speaker is not None and _opens_with_another(seg.text, par_speaker, seen, other_names):
            # "Munich coach Stefan Ortlieb also called the result fair.": the narration
            # turns to another person; the paragraph's speaker is done
            speaker = par_speaker = None
        elif (
            par_speaker is not None
            and (uncased is None or first_person.search(seg.text))
            and (other or uncased or not _NARRATION_AFTER_SPEECH.match(seg.text))
            and not (sourced and not first_person.search(seg.text))
        ):
            # (Japanese, Korean and Arabic news give each reported sentence its own verb:
            # there a speaker runs on only into the first person)
            speaker = par_speaker
        elif first_in_par and prev_par_last is not None and (first_person.search(seg.text) or opens_head):
            # a paragraph of quoted words with no attribution is the previous speaker's
            # (news gives a quotation that runs on a paragraph of its own)
            speaker = par_speaker = prev_par_last
        else:
            speaker = None
            pending.append(len(out))
        out.append(speaker)
        head_quote = (
            [*head_quote, index]
            if own is None and head_quote is not None and (opens_head or (head_quote and inside))
            else None
        )
        was_inside, inside = inside, _inside_quotation(seg.text, inside, lang)
        par_quoted = par_speaker is not None and not inside and (par_quoted or bool(_QUOTED.search(seg.text)))
        if not inside:
            quoting = None
        elif not was_inside or own is not None:
            quoting, quoted_for = (speaker if _is_person(speaker) else None), 0
        else:
            quoted_for += 1
        titled.update(roles_given(seg.text, other_names, lang) if other else titles_given(seg.text))
        if speaker is not None and _is_person(speaker):
            last_person, last_person_at = speaker, index
            seen.add(speaker)
        elif speaker is not None and is_unnamed(speaker) and (_ONE_PERSON.fullmatch(speaker.split()[-1]) or is_cjk(speaker)):
            # "A police spokesman said …": a "he" in the next sentences is the spokesman,
            # not the person named before (a group, "officials", is no "he"; Chinese does
            # not tell one official from several: 这名官员 says which)
            last_person, last_person_at = speaker, index
        elif speaker is None and (subject := _subject_seen(seg.text, seen)) not in (None, last_person):
            # the narration turns to someone quoted before ("Villalba will be sworn in on
            # May 24."): a "he" in the next sentences is that person
            last_person, last_person_at = subject, index
        elif speaker is None and (
            opener := subject_newcomer
            or (_apposed_subject(seg.text, other_names) if other else _opening_subject(seg.text))
        ) not in (None, last_person):
            # the narration's subject is someone new ("Deputy Governor Karl Osei voted
            # against."): a "he" in the next sentences is that person
            last_person, last_person_at = opener, index
        elif speaker is None and _newcomer(seg.text, last_person) is not None:
            last_person = None  # a later "he" may be either of them: leave it unattributed
        if speaker is not None:
            last_any = speaker
    return out


_PRONOUN_BEFORE = compiled(r"他|她|\b(?:[Hh]e|[Ss]he)\b")


_ROLE_THEN_NAME = compiled(
    rf"^\W*(?:{_ROLE}|(?i:{_ROLE_NOUNS})\s+)(?P<name>{CAPITAL}[\w'’-]*\w(?:\s+{CAPITAL}[\w'’-]*\w)+)"
)
"""A sentence that opens with a role and a full name ("Munich coach Stefan Ortlieb …",
"Resident Heinz Kowalski was woken …")."""


OPENING_REACH = 40
"""Characters at a sentence's head where a name is its subject (a role may come first)."""


def _opens_with_another(text: str, speaker: str, seen: set[str], names: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence opens with a person other than ``speaker`` as its subject: one
    it brings in by title, or one given sentences before; ``names``: the full names a
    document in another language gives (:func:`full_names`)."""
    other = _newcomer(text, speaker, within=NEWCOMER_WITHIN) or _subject_seen(text, seen) or _opening_subject(text)
    if other:
        return not compatible(other, speaker)
    # other languages: a full name the document gives, at the sentence's head, that is not
    # the speaker's ("Münchens Trainer Stefan Ortlieb bezeichnete …")
    head = text[:OPENING_REACH]
    return any(name in head and not compatible(name.split()[-1], speaker) for name in names)


_NAME_THEN_WHO = compiled(
    r"^\W*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?:\s+of\s+[A-Z][\w'’-]+)?,\s+"
    r"(?:\d{1,3},|(?:the|a|an|who|whose)\s)"
)
"""A full name that opens a sentence, then who the person is ("Chiara Benvenuti, the
gallery's director, …", "Gareth Pryce, 63, who …")."""


_ROLE_THEN_APPOSED_NAME = compiled(
    rf"^\W*(?:[Tt]he\s+|[A-Z][\w-]*['’]s\s+)(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_NOUNS}),\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),"
)
"""A role that opens a sentence, its holder in apposition ("Germany's new foreign minister,
Annalena Baerbock, …")."""


def _opening_subject(text: str) -> str | None:
    """The person a sentence opens with as its subject, named in full with a role or an
    apposition ("Council member Janet Whitfield, whose …", "Chiara Benvenuti, the …",
    "The city's mayor, Ana Ruiz, …")."""
    opening = _ROLE_THEN_NAME.match(text) or _NAME_THEN_WHO.match(text) or _ROLE_THEN_APPOSED_NAME.match(text)
    return clean_name(opening["name"]) if opening else None


def _apposed_subject(text: str, full: frozenset[str]) -> str | None:
    """In a language reporting.py covers: the person a sentence opens with, after a role,
    their name set off by commas or not ("A prefeita de Juiz de Fora, Luciana Prates
    Moreira, decretou …", "Жительница Первоуральска Ольга Кузнецова, которая …"), by
    surname, as other-language speakers go."""
    found = list(_names_pattern(full).finditer(text, 0, 200))
    # a name set off after the role first ("…, Luciana Prates Moreira,"), then one the
    # sentence opens with after a description, not an article alone ("A Cartonagem
    # Lusitana, …" is a body)
    for m in found:
        if _ROLE_THEN_SET_OFF.fullmatch(text, 0, m.start()) and text.startswith(",", m.end()):
            return m.group().split()[-1]
    for m in found:
        before = text[: m.start()].split()
        # (one word before it may be a role, "Anwohner Heinz Kowalski", not an article: "A
        # Cartonagem Lusitana", "La …")
        role = len(before) > 1 or (len(before[0]) > 3 and before[0].lower() not in FUNCTION_WORDS) if before else False
        if len(before) <= 5 and role and _OPENED_ON.match(text, m.end()):
            return m.group().split()[-1]
    # or that it opens on, who they are set off after it ("Heinz Kowalski, un vecino, contó
    # …"), or whose verb follows ("Martin Albers von der Charité hält den Nutzen für gering")
    if found and found[0].start() == 0 and _OPENED_ON.match(text, found[0].end()):
        return found[0].group().split()[-1]
    return None


_ROLE_THEN_SET_OFF = compiled(rf"[^,.;:!?]{{1,80}},\s+(?:{CAPITAL}[\w'’-]*\s+){{0,2}}")
_OPENED_ON = compiled(rf",|\s+{LOWER}")


@lru_cache(maxsize=64)
def _names_pattern(full: frozenset[str]) -> re.Pattern[str]:
    """Any of a document's full names as a word, the longest first: one search per sentence."""
    names = sorted(full, key=lambda name: (-len(name), name))
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)" if names else r"(?!x)x")


def _subject_seen(text: str, seen: set[str]) -> str | None:
    """A person given sentences before whose name opens this one, as its subject
    ("Villalba will be sworn in …", "Andrés Villalba's party …")."""
    opening = re.match(r"\W*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)", text)
    if not opening:
        return None
    words = re.sub(r"['’]s$", "", opening[1]).split()
    return next((p for p in sorted(seen) if p.split()[-1] in words[:2] and p.split()[-1] == words[-1]), None)


def _newcomer(text: str, last_person: str | None, *, within: int | None = None) -> str | None:
    """The person the sentence brings in by title or glossed name ("Pope Francis",
    教皇方济各 (Pope Francis)), if other than the one a pronoun would now resolve to;
    ``within``: only one named in the sentence's first characters, as its subject, and
    before any pronoun (他还声称，鲍里斯·约翰逊…: "he" is not Johnson)."""
    named = [(m.start(), clean_name(m["name"])) for m in _TITLED_NAME_RE.finditer(text)]
    named += [(m.start(), clean_name(m[2])) for m in _ZH_GLOSS.finditer(text)]
    for at, name in sorted(named, key=lambda x: x[0]):
        if within is not None and (at > within or _PRONOUN_BEFORE.search(text, 0, at)):
            break
        if name and (last_person is None or (name not in last_person and last_person not in name)):
            return name
    return None



def _pinyin_name(name: str) -> str | None:
    """习近平 → 'Xi Jinping' (surname, then given name run together), for matching only."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
        return None
    syllables = name_pinyin(name)
    return f"{syllables[0].capitalize()} {''.join(syllables[1:]).capitalize()}"


_JAPANESE_NAME = compiled(r"[\u3040-\u30ff\u4e00-\u9fff々]{2,8}")


def japanese_readings(names: set[str], latin: set[str]) -> dict[str, str]:
    """Japanese names with the Latin full name each is read as: {木原稔: Minoru Kihara}.

    A name's reading in romaji (pykakasi, Hepburn: "kihara minoru", surname first) is
    the Latin name with the same words in either order, each close (``_close``) once long
    vowels are written short ("kouno tarou" / "Taro Kono"), or, where none is, the one
    Latin name of two words that ends with its surname (a given name has many readings:
    恒治 is "tsuneji" to pykakasi and Koji to Koji Sato), or else opens with its given name
    and its surname's first sound (平野 is the noun "heiya" to pykakasi, Hirano to Yuko
    Hirano); one candidate or none."""
    wanted = [name for name in sorted(names) if _JAPANESE_NAME.fullmatch(name)]
    if not wanted:
        return {}
    found = {}
    for name in wanted:
        reading = sorted(part for part in _romaji(name) if part.strip())
        fits = {
            candidate
            for candidate in latin
            if len(words := sorted(_short_vowels(w) for w in _folded(candidate).split())) == len(reading) > 1
            and all(_close(a, b) for a, b in zip(reading, words, strict=True))
        }
        if not fits and len(parts := _romaji(name)) == 2:
            # a given name has many readings (恒治: "tsuneji" to pykakasi, Koji to its
            # bearer): the surname, which comes first, alone, where one Latin name ends so
            fits = {
                candidate
                for candidate in latin
                if len(words := _folded(candidate).split()) == 2 and _short_vowels(words[-1]) == parts[0]
            }
        if not fits and len(parts) == 2:
            # ... and a surname that is also a word has its word's reading (平野, "heiya",
            # the noun, for Hirano): the given name, with the surname's first sound
            fits = {
                candidate
                for candidate in latin
                if len(words := _folded(candidate).split()) == 2
                and _short_vowels(words[0]) == parts[1]
                and words[-1][:1] == parts[0][:1]
            }
        if not fits and _ONE_KATAKANA_WORD.fullmatch(name):
            # a foreign name in katakana, one word (プラボウォ, "puraboo"): the one Latin
            # name with a word that reads alike (Prabowo Subianto)
            fits = _read_alike("".join(reading), latin)
        if len(fits) == 1:
            found[name] = fits.pop()
    return found


_ONE_KATAKANA_WORD = compiled(r"[ァ-ヴー]{2,}")
KATAKANA_LIKENESS = 0.7
"""How alike (difflib's ratio) a katakana or Hangul word's transliteration and a Latin word
must be to be one name: "puraboo" / "prabowo" 0.86, "makuron" / "macron" 0.77, "zerensuki" /
"zelensky" 0.71; "toranpu" / "trump" (0.5) is left as written."""


def _read_alike(spoken: str, latin: set[str]) -> set[str]:
    """The Latin names with a word that reads like ``spoken``, a foreign name transliterated
    from katakana or Hangul ("puraboo": Prabowo Subianto)."""
    return {
        candidate
        for candidate in latin
        if any(difflib.SequenceMatcher(None, spoken, w).ratio() >= KATAKANA_LIKENESS for w in _folded(candidate).split())
    }


def _short_vowels(word: str) -> str:
    """A romanised Japanese word with its long vowels written short (tarou, Tarō → taro)."""
    return re.sub(r"([aiueo])\1|ou", lambda m: m.group()[0], _folded(word).strip())


_KOREAN_NAME = compiled(r"[가-힣]{2,4}")
_KOREAN_SURNAMES = {
    "이": "lee yi rhee ri", "김": "kim gim", "박": "park pak bak", "최": "choi choe", "정": "jung chung jeong",
    "강": "kang", "조": "cho jo", "윤": "yoon yun", "장": "jang chang", "임": "lim im yim", "한": "han",
    "오": "oh", "서": "seo suh", "신": "shin sin", "권": "kwon", "황": "hwang", "안": "ahn an", "송": "song",
    "류": "ryu yoo yu", "전": "jeon chun jun", "홍": "hong", "고": "ko go", "문": "moon mun", "양": "yang",
    "손": "son sohn", "배": "bae", "백": "baek paik", "허": "heo huh", "유": "yoo yu", "남": "nam",
    "심": "shim sim", "노": "roh noh", "하": "ha", "곽": "kwak", "성": "sung seong", "차": "cha",
    "주": "joo ju chu", "우": "woo", "구": "koo gu", "민": "min", "나": "na ra", "진": "jin chin",
    "지": "ji chi", "엄": "eom um", "채": "chae", "원": "won", "천": "cheon chun", "방": "bang",
    "공": "kong gong", "현": "hyun hyeon",
}
"""Common Korean surnames with the spellings English writes them in (이 is Lee, 박 Park),
which transliteration does not give ("I", "Bag"): the language's, as a stop list is."""


def _korean_skeleton(romanised: str) -> str:
    """A romanised Korean given name as its consonants between vowels, each sound one letter,
    as the romanisations write it differently (anyascii's "deoggeun", English's "Duk-geun")."""
    word = re.sub(r"[^a-z]", "", romanised.lower())
    for other, one in (("ch", "j"), ("sh", "s"), ("k", "g"), ("p", "b"), ("t", "d"), ("r", "l")):
        word = word.replace(other, one)
    word = re.sub(r"[aeiouwy]+", "a", word)
    return re.sub(r"(.)\1+", r"\1", word)


def korean_readings(names: set[str], latin: set[str]) -> dict[str, str]:
    """Korean names with the Latin full name each is: {이창용: Lee Chang-yong}. The surname
    (the first syllable) must be one of its usual spellings (``_KOREAN_SURNAMES``) and the
    given name close to its transliteration (anyascii; "ChangYong" / "Chang-yong"; the
    systems differ, so the likeness asked is 0.7); one candidate or none."""
    from anyascii import anyascii

    found = {}
    for name in sorted(names):
        if not _KOREAN_NAME.fullmatch(name) or name[0] not in _KOREAN_SURNAMES:
            continue
        surnames = set(_KOREAN_SURNAMES[name[0]].split()) | {anyascii(name[0]).lower()}
        given = anyascii(name[1:]).lower()
        fits = set()
        for candidate in latin:
            words = _folded(candidate).split()
            if len(words) < 2:
                continue
            for surname, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
                other = "".join(rest).replace("-", "")
                if surname in surnames and (
                    difflib.SequenceMatcher(None, given, other).ratio() >= 0.7 or _korean_skeleton(given) == _korean_skeleton(other)
                ):
                    fits.add(candidate)
        if len(fits) == 1:
            found[name] = fits.pop()
    # a foreign name in Hangul, one word ("다카이치", "DaKaIChi"): the one Latin name with a
    # word that reads alike (Sanae Takaichi)
    for name in sorted(set(names) - set(found)):
        if _KOREAN_NAME.fullmatch(name) and len(name) >= 3 and name[0] not in _KOREAN_SURNAMES:
            fits = _read_alike(anyascii(name).lower(), latin)
            if len(fits) == 1:
                found[name] = fits.pop()
    return found


def glosses(text: str) -> dict[str, str]:
    """Transliterated names a text glosses with their original form: {佩斯科夫: Dmitry Peskov}."""
    found = {}
    for m in _ZH_GLOSS.finditer(text):
        latin = clean_name(m[2])
        if latin:
            found[_glossed_name(m[1])] = latin
    return found


_ZH_BEFORE_A_NAME = HanPattern(rf"^.*(?:{_ZH_TITLES})|^(?:同|与|和|对|向|会见|会晤|据)")


def _glossed_name(run: str) -> str:
    """The name in the characters before a gloss, without the words before it: the run
    ends at the gloss but starts wherever the characters do (在北京同美国国务卿布林肯
    (Antony Blinken) glosses 布林肯)."""
    return _ZH_BEFORE_A_NAME.sub("", run) or run


def canonical_names(
    raw_names: set[str],
    mentions: set[str],
    glossed: dict[str, str] | None = None,
    counterparts: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Map each raw speaker name to one display form shared by all documents.

    ``mentions``: fuller name forms seen anywhere in the texts ("President Vladimir Putin"
    gives "Vladimir Putin"), so "Putin" can be shown in full even if no one attributes a
    sentence to the full form. ``glossed``: transliterations with the original form the
    text gives (:func:`glosses`); the original is the name (发言人佩斯科夫 → Dmitry Peskov).
    ``counterparts``: every Latin full name the texts give (:func:`full_names`), what a
    name in another alphabet may be (Риши Сунак is the Rishi Sunak an English account
    names without a title).
    """
    pool = {n for n in raw_names | mentions if n and _is_person(n)}
    # every glossed original is a full name the texts give, whichever name comes first
    latin = {n for n in pool if is_latin(n)} | {g for g in (glossed or {}).values() if _is_person(g)}
    mapping: dict[str, str] = {}
    for name in raw_names:
        if not _is_person(name):
            mapping[name] = name
            continue
        gloss = next((g for zh, g in sorted((glossed or {}).items()) if zh.endswith(name)), None)
        if gloss is None:
            # a transliterated given name for the one glossed name it opens (菲利普 for
            # 菲利普·皮特里 (Philip Petrie)), as translators sometimes shorten it
            opening = {g for zh, g in (glossed or {}).items() if re.match(rf"{re.escape(name)}[·•]", zh)}
            gloss = opening.pop() if len(opening) == 1 else None
        if gloss:
            latin.add(gloss)
        probe = gloss or _pinyin_name(name) or name
        words = _name_words(probe)
        # fuller forms in the probe's own script: Latin, or Cyrillic (Путин, Владимир Путин)
        candidates = latin if is_latin(probe) else {n for n in pool if not is_latin(n)}
        fuller = sorted(
            (n for n in candidates if words <= _name_words(n)),
            key=lambda n: (-len(_name_words(n)), n),
        )
        # Two different fuller names containing the same short form: keep it as written
        # (one name in two orders is one: Hungarian "Farkas Dóra", English "Dóra Farkas")
        # (nor are one name's case forms: Czech "Tomáše Hrubého", Slovak "Tomáša Hrubého")
        longest = [n for n in fuller if len(_name_words(n)) == len(_name_words(fuller[0]))] if fuller else []
        one = len({frozenset(_name_words(n)) for n in longest}) == 1 or all(
            _one_name_inflected(_folded(longest[0]), _folded(n)) for n in longest[1:]
        )
        mapping[name] = longest[0] if longest and one else name
        if not is_latin(mapping[name]) and not is_cjk(mapping[name]):
            mapping[name] = _latin_counterpart(mapping[name], latin | counterparts) or mapping[name]
    # one name in simplified and in traditional or Japanese characters (林海涛, 林海濤) is one
    # display form, the first of them in sorted order
    one_form: dict[str, str] = {}
    for shown in sorted(set(mapping.values())):
        if is_cjk(shown):
            one_form.setdefault(_folded(shown), shown)
    return {raw: one_form.get(_folded(shown), shown) if is_cjk(shown) else shown for raw, shown in mapping.items()}


def _name_words(name: str) -> set[str]:
    """The words of a name, folded; a dot joins a transliterated name's parts (アンナ・ペトロワ)."""
    return set(re.split(r"[\s·•・]+", _folded(name).strip()))


def _latin_counterpart(name: str, latin: set[str]) -> str | None:
    """The Latin full name that a name in another alphabet transliterates to, nearly:
    Дмитрий Песков is "Dmitriy Peskov" to anyascii and "Dmitry Peskov" to the English
    account, Макрон "Makron" and "Macron". Outlets transliterate differently, so the
    surnames need only begin alike and be close (difflib ratio) once each sound has one
    spelling (``_sounds``), and the given names, where
    both are written, begin with the same letter. None unless exactly one name fits."""
    if script_of(name) == "ARABIC":
        skeleton = _consonants(_romanised(name))
        matching = sorted(c for c in latin if len(skeleton) >= 5 and _consonants(c) == skeleton)
        return matching[0] if len(matching) == 1 else None
    words = _folded(_romanised(name)).replace("'", "").split()
    found = set()
    for candidate in latin:
        theirs = _folded(candidate).split()
        if not words or not theirs:
            continue
        # (a W written otherwise only where the given names vouch: Вэйминь is no "Weimin")
        spellings = _w_sounds(_sounds(theirs[-1])) if len(words) > 1 and len(theirs) > 1 else {_sounds(theirs[-1])}
        if not any(_close(_sounds(words[-1]), v) for v in spellings):
            continue
        if len(words) > 1 and len(theirs) > 1 and not _initials(words[0]) & _initials(theirs[0]):
            continue
        found.add(candidate)
    fullest = max((len(n.split()) for n in found), default=0)
    best = sorted({_folded(n): n for n in found if len(n.split()) == fullest}.items())
    # one name in two languages' forms ("Tomas Dapkus", Latvian "Tomass Dapkus") is one
    one = len(best) == 1 or all(_one_name_inflected(best[0][0], folded) for folded, _ in best[1:])
    return best[0][1] if best and one else None


_GREEK_DIGRAPHS = compiled(r"ου|μπ|ντ|γκ|γγ|αι|ει|οι|ευ|αυ|γι")
_GREEK_SOUNDS = {
    "ου": "u", "μπ": "b", "ντ": "d", "γκ": "g", "γγ": "ng", "αι": "e", "ει": "i", "οι": "i", "ευ": "ev",
    "αυ": "av", "γι": "yi",
}
_GREEK_Y_VOWEL = compiled(r"yi(?=[αεηιουω])")
"""γι before a vowel is one sound, y ("Καραγιάννης", Karayannis); before a consonant "yi"."""


_CONSONANT_SPELLINGS = (("kh", "k"), ("gh", "g"), ("sh", "S"), ("ch", "S"), ("th", "t"), ("dh", "d"), ("ph", "f"),
                        ("q", "k"), ("j", "g"), ("p", "b"), ("v", "f"))


def _consonants(name: str) -> str:
    """The consonants of a name, each sound one letter: what Arabic writes of it (طارق منصور is
    "trq mnswr" to anyascii, its long vowels as w and y; "Tarek Mansour" and "Hicham" /
    هشام "hshm" are then one name). Its articles joined ("Al-Qahtani", القحطاني)."""
    out = []
    for word in _folded(name).replace("`", "").replace("'", "").replace("-", "").split():
        for spelling, sound in _CONSONANT_SPELLINGS:
            word = word.replace(spelling, sound)
        word = re.sub(r"(?<=.)h$", "", word)  # a closing ta marbuta: مدينة "mdynh", Medina
        out.append(re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouwy]", "", word)))
    return "".join(out)


def _romanised(name: str) -> str:
    """A name in another alphabet in Latin letters (anyascii), Greek's letter pairs read as
    the sounds they write in foreign names (Μουράτ Γιλντιρίμκαγια is "Murat Yildirimkaya",
    not "Mourat Gilntirimkagia"; Ερντογάν "Erdogan")."""
    from anyascii import anyascii

    if any("\u0370" <= c <= "\u03ff" for c in name):
        name = _GREEK_Y_VOWEL.sub("y", _GREEK_DIGRAPHS.sub(lambda m: _GREEK_SOUNDS[m.group()], unaccented(name)))
    name = _DEVANAGARI_INITIAL.sub(lambda m: _DEVANAGARI_LETTER_NAMES[m[1]] + ".", name)
    return anyascii(name)


_DEVANAGARI_LETTER_NAMES = {
    "ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "एफ": "F", "जी": "G", "एच": "H", "आई": "I", "जे": "J",
    "के": "K", "एल": "L", "एम": "M", "एन": "N", "ओ": "O", "पी": "P", "क्यू": "Q", "आर": "R", "एस": "S", "टी": "T",
    "यू": "U", "वी": "V", "डब्ल्यू": "W", "एक्स": "X", "वाई": "Y", "जेड": "Z",
}
"""An English initial in Hindi is its letter's name ("एम. राजीव" is M. Rajeev, "के. सिवन" K. Sivan)."""
_DEVANAGARI_INITIAL = compiled(rf"(?<![\u0900-\u097f])({'|'.join(sorted(_DEVANAGARI_LETTER_NAMES, key=len, reverse=True))})\.")


def _initial(given_name: str) -> str:
    """A given name's first sound, as alphabets transliterate it variously: Х is "Kh" where
    the English account writes "H" (Хакан, Hakan), Г "G" (Гарри, Harry); Е, И, Й, Ю, Я
    give "E", "I", "Y" or "J" (Евгений, Yevgeny)."""
    letter = "h" if given_name.startswith("kh") else given_name[:1]
    return {"g": "h", "e": "y", "i": "y", "j": "y"}.get(letter, letter)


def _initials(given_name: str) -> set[str]:
    """The given name's first sound (``_initial``), and "y" for a "Gi" before a vowel, as
    Greece's official spelling writes Γι ("Giorgos", "Giannis" for Γιώργος, Γιάννης, which
    are "Yorgos", "Yannis" by sound); a Spanish J is the sound of Х."""
    found = {_initial(given_name)}
    if given_name.startswith("gi") and given_name[2:3] in "aeiou":
        found.add("y")
    if given_name.startswith("w"):
        found |= {"u", "v"}  # William: Уильям, "Uil'yam"; Wolfgang: Вольфганг
    if given_name.startswith("j"):
        found.add("h")  # Spanish Javier, Jorge: Хавьер "Khav'er", Хорхе
    return found


_SOUND_SPELLINGS = (
    ("kh", "h"), ("ie", "e"), ("g", "h"), ("y", "i"), ("j", "i"), ("c", "k"), ("ee", "i"), ("oo", "u"), ("z", "s"),
)
"""Spellings of one sound across transliterations: Г is "G" from Russian and "H" from
Ukrainian (Галущенко: Galushchenko, Halushchenko), Є "e" or "ie" (Синєгубов, Синегубов:
Syniehubov, Sinegubov), Й "y" or "j", Latin's "c" a "k" (Makron, Macron), Spanish "z" an
"s" (Руис, Ruiz), and India's long vowels "ee" and "oo" (राजीव: "Rajiv", Rajeev; पूनम:
"Punam", Poonam)."""


def _sounds(surname: str) -> str:
    """A transliterated surname in one spelling of each sound (``_SOUND_SPELLINGS``)."""
    for spelling, sound in _SOUND_SPELLINGS:
        surname = surname.replace(spelling, sound)
    return surname


def _w_sounds(latin: str) -> set[str]:
    """A Latin name's W as the other alphabets write it: "u" at the start of an English
    name (Whitfield, Уитфилд: "Uitfild"), "v" in a German one (Wagner, Вагнер) and inside
    a word (Edwards, Эдвардс)."""
    if "w" not in latin:
        return {latin}
    return {latin, re.sub(r"^wh?", "u", latin).replace("w", "v"), latin.replace("w", "v")}


def _close(a: str, b: str) -> bool:
    return a[:1] == b[:1] and difflib.SequenceMatcher(None, a, b).ratio() >= SURNAME_LIKENESS


SURNAME_LIKENESS = 0.8
"""How alike two transliterations of one surname are at least, each in one spelling of
its sounds: Zelenskiy / Zelensky 0.94, Bayden / Biden 0.91; Sinegubov / Syniehubov 1.0."""


def mentions(text: str) -> set[str]:
    """Full names introduced by a title anywhere in a text ("Russian President Vladimir Putin")."""
    found = set()
    for m in _TITLED_NAME_RE.finditer(text):
        name = clean_name(m["name"])
        if name and len(name.split()) >= 2:
            found.add(name)
    return found


def latin_people(bodies: Sequence[Sequence[Segment]]) -> frozenset[str]:
    """The full names the accounts not in Chinese, Japanese or Korean give, by which a
    Chinese account's names are read (:func:`attribute`, ``facts.romanised_people``): those
    a title introduces, and the last two words of every run of capitalised words, for a
    name given without one ("China's Liu Yutong won"). Only a Chinese name's pinyin
    matches one of them, so a place or a firm among them is harmless."""
    return frozenset(
        name
        for body in bodies
        if not is_cjk(text := " ".join(s.text for s in body))
        for name in mentions(text) | full_names([s.text for s in body], None)
    )


def _japanese_surnames_in_full(speakers: dict[int, str | None]) -> dict[int, str | None]:
    """A Japanese account names a person by the surname after the first mention (佐藤社長は
    … after 佐藤恒治): the one full name of the account's speakers that it opens."""
    spoken = {s for s in speakers.values() if s and is_cjk(s)}

    def in_full(name: str | None) -> str | None:
        if not name or not is_cjk(name):
            return name
        fuller = {n for n in spoken if n != name and n.startswith(name)}
        return fuller.pop() if len(fuller) == 1 else name

    return {sid: in_full(s) for sid, s in speakers.items()}


def _surnames_named_in_full_here(
    body: Sequence[Segment], speakers: dict[int, str | None], lang: str | None
) -> dict[int, str | None]:
    """A speaker read by the surname (as other languages' patterns keep it) whose own
    sentence gives the full name: that person ("a confié sa sœur, Julie Tremblay": not the
    freed Marie-Josée Tremblay, whose surname it also is)."""
    out = dict(speakers)
    named = full_names([s.text for s in body], lang)
    for segment in body:
        surname = speakers.get(segment.id)
        if not surname or " " in surname or not is_latin(surname):
            continue
        bearers = {n for n in named if n.split()[-1] == surname}
        here = {n for n in bearers if n in segment.text}
        if len(bearers) > 1 and len(here) == 1:  # (one bearer: the surname is theirs anyway)
            out[segment.id] = here.pop()
    return out


_TURN_LABEL = compiled(
    r"^(?P<label>(?:(?:[A-Z][A-Z.'’-]*|[A-Z][a-z][\w.'’-]*)\s+){0,5}(?:[A-Z][A-Z'’-]+|[A-Z][a-z][\w'’-]*))\s*:\s+(?=\S)"
)
"""A transcript's label of a turn, opening its paragraph: "MINISTER OKAFOR: …", "Premier
Claire Hollis: …", "Q: …"."""
_ASKING = frozenset({"q", "question", "reporter", "journalist", "interviewer", "moderator", "host"})
_ANSWERING = frozenset({"a", "answer"})
MIN_TURNS = 2
"""Labelled paragraphs a text must hold to be read as a transcript ("UPDATE: …" alone is none)."""


def _transcript_turns(speakers: dict[int, str | None], body: Sequence[Segment], text: str) -> dict[int, str | None]:
    """In a transcript (paragraphs opening with a label and a colon), the labelled person as
    the speaker of each turn's sentences and of the paragraphs after it up to the next label
    ("MINISTER OKAFOR: Fares will be free …" is Okafor's, as "…," Okafor said would be); the
    questions and answers of an unnamed interview ("Q:", "A:") no one's. A sentence that
    names its own speaker keeps it. ``text``: the whole document, whose title or headnote
    may give the titled names ("Transcript: Premier Claire Hollis and …" for "PREMIER:")."""
    firsts = {s.paragraph: s.id for s in reversed(body)}  # each paragraph's first sentence
    opening = {s.id: m for s in body if firsts[s.paragraph] == s.id and (m := _TURN_LABEL.match(s.text))}
    if len(opening) < MIN_TURNS:
        return speakers
    titled = titles_given(text)
    out, turn = dict(speakers), None
    for segment in body:
        if label := opening.get(segment.id):
            turn = _turn_speaker(label["label"], titled, text)
        if out.get(segment.id) is None:
            out[segment.id] = turn
    return out


def _turn_speaker(label: str, titled: Mapping[str, str], text: str) -> str | None:
    """Who a label names: its name without the title ("PREMIER HOLLIS" is Hollis), the holder
    of a title alone ("PREMIER", where the text names the premier), a name the text gives
    elsewhere too ("HOLLIS:" after "Claire Hollis"), or no one (Q, A; "UPDATE:", "READ MORE:")."""
    words = label.replace(".", " ").split()
    if label.lower() in _ASKING or label.lower() in _ANSWERING:
        return None
    written = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in label.split())
    name = clean_name(written)
    if name and name.lower() != written.lower():
        return name  # a title stripped: the name is left
    if name and not re.search(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)(?!\s*:)", text):
        return None  # a word no name of the text ends with: "UPDATE", "EDITOR'S NOTE"
    if len(words) == 1 and (holder := _titled_person(written, titled)):
        return holder
    if name and (_ONE_TITLE.fullmatch(name) or is_role_word(name.lower()) or not _is_person(name)):
        return None  # "PREMIER" where no premier is named, "SPOKESMAN"
    return name


_ONE_TITLE = compiled(rf"(?:{_TITLE_WORDS})")


_POPE_NAMED = compiled(POPE_NAMED)
_OPENING_ARTICLE = compiled(r"^(?:the|il|el|le|la|o|der|lo)\s+", re.IGNORECASE)


def _the_pope_named(speakers: dict[int, str | None], body: Sequence[Segment]) -> dict[int, str | None]:
    """A speaker named by an honorific of the pope's office ("The Holy Father asked", "il
    Santo Padre ha chiesto", read by its last word "Padre"): the pope the text names ("Pope
    Leo XIV"), else no one (it is no name, and two such words were two speakers in conflict)."""
    named = sorted({m["name"] for segment in body for m in _POPE_NAMED.finditer(segment.text)}, key=len)
    # one pope, maybe named once without his number ("Papa Leone", "Papa Leone XIV")
    holder = named[-1] if named and all(named[-1].startswith(n) for n in named) else None
    texts = {segment.id: segment.text.lower() for segment in body}

    def honorific(sid: int, speaker: str) -> bool:
        said = _OPENING_ARTICLE.sub("", speaker).lower()
        return said in HONORIFICS or (
            " " not in said and any(h.endswith(said) and re.search(rf"\b{h}\b", texts[sid]) for h in HONORIFICS)
        )

    return {sid: holder if s and honorific(sid, s) else s for sid, s in speakers.items()}


def attribute_documents(
    documents: Sequence[Document], people: frozenset[str] | None = None
) -> dict[str, dict[int, str | None]]:
    """Speaker of every body segment of every document, names unified across documents.
    ``people``: the documents' :func:`latin_people`, where the caller has them."""
    raw: dict[str, dict[int, str | None]] = {}
    seen_mentions: set[str] = set()
    glossed: dict[str, str] = {}
    counterparts: set[str] = set()
    if people is None:
        people = latin_people([doc.body() for doc in documents])
    for doc in documents:
        body = doc.body()
        # a Chinese described source that is a group's noun alone (专家) as English reads it;
        # other languages' are read so where they are found (_other_language_speaker)
        speakers = (described_source(s, "zh") or s if s else s for s in _attribute_in_simplified(body, doc.lang, people))
        raw[doc.id] = _surnames_named_in_full_here(body, dict(zip((s.id for s in body), speakers, strict=True)), doc.lang)
        raw[doc.id] = _the_pope_named(raw[doc.id], body)
        raw[doc.id] = _transcript_turns(raw[doc.id], body, doc.text)
        if (doc.lang or "").startswith("ja"):
            raw[doc.id] = _japanese_surnames_in_full(raw[doc.id])
        for segment in body:  # not the title, where every word is capitalised ("Blinken Meets …")
            seen_mentions |= mentions(segment.text)
        # (a name by its initials, "T. Dapkus", only makes its surname known: it is no
        # rival of the "Tomas Dapkus" another account gives in full)
        named = {n for n in full_names([s.text for s in body], doc.lang) if not _INITIAL.match(n)}
        if other_language_patterns(doc.lang):
            seen_mentions |= named
        counterparts |= {n for n in named if is_latin(n)}
        glossed |= glosses(doc.text)
    names = {s for per_doc in raw.values() for s in per_doc.values() if s and not is_unnamed(s)}
    # a Japanese or Korean name is the Latin one another account gives that it reads as
    # (木原稔 is the Minoru Kihara an English account quotes, 이창용 Lee Chang-yong)
    latin_names = {n for n in counterparts | seen_mentions if is_latin(n)}
    for lang, readings in (("ja", japanese_readings), ("ko", korean_readings)):
        spoken = {s for doc in documents if (doc.lang or "").startswith(lang) for s in raw[doc.id].values() if s}
        glossed |= readings(spoken, latin_names)
    # A full name given without a title ("Peter Dunn, 58") also holds a surname a speaker
    # goes by: "Mr Dunn said" is then not unified with his sister Claire Dunn.
    surnames = {n.split()[-1] for n in names | seen_mentions if " " in n}
    untitled = {clean_name(n) for n in counterparts}  # "President Putin" is no second Putin
    # ... and a Chinese speaker's name in pinyin, surname first (刘雨桐 is the "Liu Yutong"
    # an English account names without a title, and its "Liu said" is her)
    pinyin = {_pinyin_name(n) for n in names} - {None}
    # ... and an account's own untitled full name whose surname a speaker goes by ("his rival
    # Natalia Grosu" … "Grosu said": Natalia Grosu, whom a Russian account names in full)
    seen_mentions |= {n for n in untitled if n and " " in n and (n.split()[-1] in surnames | names or n in pinyin)}
    mapping = canonical_names(names, seen_mentions, glossed, frozenset(counterparts))
    mapping = _one_form_of_each_name(mapping, raw, {doc.id: doc.lang for doc in documents})
    return {
        doc_id: {sid: (mapping.get(s, s) if s else None) for sid, s in per_doc.items()}
        for doc_id, per_doc in raw.items()
    }


def _attribute_in_simplified(body: Sequence[Segment], lang: str | None, people: frozenset[str]) -> list[str | None]:
    """:func:`attribute` on a text in traditional Chinese characters as on the same text in
    simplified ones, whose patterns the rules are written in; each name as the text writes it
    (許立新, not 许立新)."""
    converted = [simplified(s.text) for s in body] if (lang or "").startswith("zh") else []
    if not converted or converted == [s.text for s in body]:
        return attribute(body, lang, people)
    speakers = attribute([s.model_copy(update={"text": c}) for s, c in zip(body, converted, strict=True)], lang, people)
    as_written: dict[str, str] = {}
    for name in {s for s in speakers if s}:
        for original, text in zip(body, converted, strict=True):
            if (at := text.find(name)) >= 0:
                as_written[name] = original.text[at : at + len(name)]
                break
    return [as_written.get(s, s) if s else s for s in speakers]


@lru_cache(maxsize=4096)
def _folded(name: str) -> str:
    """Lower case without accents: outlets spell "Sánchez" and "Sanchez"; and Russian and
    Ukrainian spellings of one name alike (Корнеев / Корнєєв, Сибига / Сибіга, Ермак /
    Єрмак, Зеленский / Зеленський), and a Chinese name in traditional and simplified
    characters (鄒明遠 / 邹明远) and in Japan's (王暁峰 / 王晓峰)."""
    return unaccented(simplified(japanese_as_traditional(name))).translate(RU_UK_LETTERS)


def _one_form_of_each_name(
    mapping: dict[str, str], raw: Mapping[str, Mapping[int, str | None]], langs: Mapping[str, str | None]
) -> dict[str, str]:
    """One display form for a full name some accounts give in another case ("Agnieszky
    Wiśniewské" after Czech "podle" is the Agnieszka Wiśniewska of the Polish and English
    accounts) or, in another language, in another transliteration (Turkish press's
    "Stefanos Karayannis" is the English "Stefanos Karagiannis", Καραγιάννης; two English
    accounts' "Kowalski" and "Kowalczyk" are a changed name; an Arabic name is one in any
    outlet's transliteration, Badr Abdelatty / Bedr Abdulati, and so is a German name with its
    umlauts spelt out, Jörg Müller / Joerg Mueller): the form the most accounts use."""
    used: dict[str, int] = {}
    written_in: dict[str, set[str | None]] = {}
    for doc_id, per_doc in raw.items():
        for form in {mapping.get(s, s) for s in per_doc.values() if s}:
            used[form] = used.get(form, 0) + 1
            written_in.setdefault(form, set()).add(langs.get(doc_id))
    forms = sorted((f for f in used if " " in f and _is_person(f)), key=lambda f: (-used[f], f))
    chosen: dict[str, str] = {}

    def one_name(shown: str, form: str) -> bool:
        x, y = _folded(shown), _folded(form)
        if _one_name_inflected(x, y) or arabic_names_alike(shown, form) or umlauts_spelt(shown) == umlauts_spelt(form):
            return True
        return not written_in[shown] & written_in[form] and _one_name_transliterated(x, y)

    for form in forms:
        chosen[form] = next((c for c in chosen.values() if one_name(c, form)), form)
    return {name: chosen.get(shown, shown) for name, shown in mapping.items()}


def _one_name_inflected(x: str, y: str) -> bool:
    """Two folded full names of as many words, each a case form of the other's (Polish and
    Czech put a name after "according to" in the genitive: "Podle Agnieszky Wiśniewské" is
    Agnieszka Wiśniewska, "Tomasze Zielińského" Tomasz Zieliński)."""
    words_x, words_y = x.split(), y.split()
    return (
        len(words_x) == len(words_y) > 1
        and script_of(x) == script_of(y)
        and all(same_stem(a, b) for a, b in zip(words_x, words_y, strict=True))
    )


def _one_name_transliterated(x: str, y: str) -> bool:
    """Two folded Latin full names of as many words, each word the other's in another
    language's transliteration, once each sound has one spelling (``_close``): a Greek name
    is "Kyriakos Mitsotakis" in English and "Kiryakos Miçotakis" in Turkish."""
    words_x, words_y = x.replace("'", "").split(), y.replace("'", "").split()
    return (
        len(words_x) == len(words_y) > 1
        and is_latin(x)
        and is_latin(y)
        and all(_close(_sounds(a), _sounds(b)) for a, b in zip(words_x, words_y, strict=True))
    )


def _one_cyrillic_name(x: str, y: str) -> bool:
    """Two folded Cyrillic full names of one surname whose given names are one name in
    Russian and Ukrainian (андреи / андрии: Андрей, Андрій), as their opening letters say."""
    (*given_x, surname_x), (*given_y, surname_y) = x.split(), y.split()
    return (
        bool(given_x and given_y)
        and surname_x == surname_y
        and given_x[0][:3] == given_y[0][:3]
        and script_of(x) == script_of(y) == "CYRILLIC"
    )




_ATTRIBUTION_RE = compiled(
    rf"^\W*(?:(?:[\w'’.-]+\s+){{1,4}}?{_ADVERB}(?:{_VERBS})(?:\s+that)?|(?:{_VERBS})\s+(?:[\w'’.-]+\s*){{1,6}})\W*$",
    re.IGNORECASE,
)


_ROLE_WORD = compiled(rf"(?:(?:co|vice|ex)-)?(?:{_ROLE_NOUNS})")


def is_role_word(word: str) -> bool:
    """A lower-case noun of a speaker's role ("spokesman", "minister", "coach")."""
    return bool(_ROLE_WORD.fullmatch(word))


def is_attribution(words: str) -> bool:
    """Words that only say who speaks: "Xi said", "He noted that", "said the minister"."""
    return bool(_ATTRIBUTION_RE.match(words))


@lru_cache(maxsize=1)
def _pinyin_syllables() -> frozenset[str]:
    """Every syllable of Mandarin in pinyin without tones ("zhuang", "lv"), from pypinyin's dictionary."""
    from pypinyin.pinyin_dict import pinyin_dict

    out = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            plain = "".join(c for c in unicodedata.normalize("NFD", reading) if not unicodedata.combining(c))
            if any(vowel in plain for vowel in "aeiou"):  # not the interjections "m", "ng", "hm"
                out.add(plain)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _in_pinyin(word: str) -> bool:
    """A word made of pinyin syllables: "mingzhe", "jinping"; not "lopez", "putin"."""
    syllables = _pinyin_syllables()
    ends = [True] + [False] * len(word)
    for i in range(1, len(word) + 1):
        ends[i] = any(ends[j] and word[j:i] in syllables for j in range(max(0, i - 6), i))
    return ends[-1]


@lru_cache(maxsize=1)
def _pinyin_surnames() -> frozenset[str]:
    """The commonest Chinese surnames in pinyin ("wang", "song", "ouyang")."""
    compound, single = _ZH_SURNAMES.split("[", 1)  # "欧阳|司马|…|[王李张…]"
    return frozenset(
        ["".join(name_pinyin(name)) for name in re.findall(r"[\u4e00-\u9fff]{2}", compound)]
        + [name_pinyin(c)[0] for c in re.findall(r"[\u4e00-\u9fff]", single)]
    )


def _chinese_in_pinyin(name: str) -> bool:
    """A Latin full name that is a Chinese one in pinyin, surname first ("Song Haifeng"; not
    "Maria Lin")."""
    words = name.lower().split()
    return 2 <= len(words) <= 3 and words[0] in _pinyin_surnames() and all(_in_pinyin(w) for w in words[1:])


_JAPANESE_READING = compiled(
    r"(?:(?:sh|ch|ts|[kgsztdnhbpmrj]y|[kgsztdnhbpmrjfwy])?[aeiouāīūēō]|n(?![aeiouy])|([kstpgd])(?=\1)|t(?=ch))+"
)
"""A word romanised from Japanese (Hepburn): syllables of a consonant and a vowel, n, and
doubled consonants; never l, q, x or a final g, as pinyin has ("Jinping", "Li")."""


_WADE_GILES = (("hs", "s"), ("zh", "c"), ("ch", "c"), ("ts", "c"), ("tz", "c"), ("sh", "s"), ("j", "c"), ("q", "c"),
               ("x", "s"), ("z", "c"), ("b", "p"), ("d", "t"), ("g", "k"), ("r", "j"), ("ü", "u"), ("'", ""))


def _wade_giles_alike(a: str, b: str) -> bool:
    """Two spellings of one Chinese name, pinyin's and Taiwan's or Hong Kong's (Wade-Giles:
    "Chen Yi-chun" for Chen Yijun, "Hsu" for Xu), once each sound has one letter."""

    def folded(name: str) -> str:
        for spelt, sound in _WADE_GILES:
            name = name.replace(spelt, sound)
        return name.replace("-", "")

    return folded(a) == folded(b)


_CANTONESE_SURNAMES = {
    "陈": ("chan",), "黄": ("wong",), "王": ("wong",), "邓": ("tang",), "郑": ("cheng",), "文": ("man",),
    "彭": ("pang",), "林": ("lam",), "何": ("ho",), "李": ("lee", "li"), "刘": ("lau",), "谭": ("tam",),
    "冯": ("fung",), "叶": ("yip",), "郭": ("kwok",), "梁": ("leung",), "张": ("cheung",), "周": ("chow", "chau"),
    "吴": ("ng",), "蔡": ("choi", "tsoi"), "杨": ("yeung",), "朱": ("chu",), "罗": ("law", "lo"), "黎": ("lai",),
    "卢": ("lo",), "区": ("au",), "麦": ("mak",), "苏": ("so",), "高": ("ko",), "胡": ("wu",), "曾": ("tsang",),
}
"""Hong Kong's romanisation of its commonest surnames, some of which are pinyin syllables of
other characters ("Chan" for 陳, which pinyin spells Chen; "Tang" for 鄧, Deng)."""


def _not_the_chinese_name(latin: str, other: str) -> bool:
    """A name written in pinyin ("Li Mingzhe") is not the person a Chinese account names
    with characters of another reading (洛佩斯, Luo Peisi): that account would write a
    Chinese name in its own characters. Names not in pinyin prove nothing (史密斯 may well
    be "Smith")."""
    words = _folded(latin).replace("-", " ").split()
    reading = _pinyin_name(other)
    if reading is None or not 2 <= len(words) <= 3 or not all(_in_pinyin(w) for w in words):
        return False
    theirs = _folded(reading).split()
    if sorted(words) == sorted(theirs) or "".join(words) == "".join(theirs):
        return False
    if _wade_giles_alike("".join(words), "".join(theirs)):
        return False  # Taiwan's spelling: "Chen Yi-chun" is 陳怡君, Chen Yijun
    if {words[0], words[-1]} & set(_CANTONESE_SURNAMES.get(simplified(other[:1]), ())):
        return False  # Hong Kong's spelling: "Chan Wai-ming" is 陳偉明, Chen Weiming
    if all(_JAPANESE_READING.fullmatch(w) for w in words):
        # "Takeshi Morikawa" reads as pinyin too, and 森川剛 is his name in Japanese: the
        # same person where a word of the name is a word of its reading in romaji (the
        # surname at least: a given name has many readings); "Zou Mingyuan" is no 許立新
        return not any(_close(w, r) for w in map(_short_vowels, words) for r in _japanese_reading(other))
    return True


def _not_the_japanese_name(latin: str, other: str) -> bool:
    """A name in romaji ("Aya Okamoto") is not the person a Japanese account names in kanji
    read otherwise (森田健一, Morita Ken'ichi): no word of the one close to a word of the
    other's reading. Names that read as pinyin are :func:`_not_the_chinese_name`'s."""
    words = _folded(latin).replace("-", " ").split()
    if not 2 <= len(words) <= 3 or not all(_JAPANESE_READING.fullmatch(w) for w in words):
        return False
    if not _HAN_NAME.fullmatch(other) or all(_in_pinyin(w) for w in words):
        return False
    pinyin = _pinyin_name(other)
    if pinyin and difflib.SequenceMatcher(None, _folded(pinyin).replace(" ", ""), words[-1]).ratio() >= 0.5:
        return False  # a Western name in Chinese characters: 拜登 is Biden, read in pinyin
    reading = _japanese_reading(other)
    joined = "".join(reading)  # (pykakasi may read a whole name as one word: murakamiharuki)
    return not any(_close(w, r) or (len(w) >= 3 and w in joined) for w in map(_short_vowels, words) for r in reading)


_HAN_NAME = compiled(r"[\u4e00-\u9fff々]{2,6}")
"""A name in kanji alone (no kana, no dot between transliterated parts)."""


def _japanese_reading(name: str) -> tuple[str, ...]:
    """The words of a name in kanji as pykakasi reads them in romaji, long vowels short."""
    # (a Chinese account writes a Japanese name in simplified characters, 冈本彩 for 岡本彩)
    return tuple(part for part in _romaji(traditional(name)) if part.strip())


@lru_cache(maxsize=1024)
def _romaji(name: str) -> tuple[str, ...]:
    """Each part of a name as pykakasi reads it in romaji (Hepburn), long vowels short."""
    return tuple(_short_vowels(part["hepburn"]) for part in _kakasi().convert(name))


@lru_cache(maxsize=1)
def _kakasi() -> Any:  # pykakasi is untyped
    import pykakasi

    return pykakasi.kakasi()


_PINYIN_CLASS = (
    ("zh", "s"), ("ch", "s"), ("sh", "s"), ("b", "b"), ("p", "b"), ("f", "f"), ("m", "m"),
    ("n", "n"), ("l", "l"), ("r", "l"), ("d", "d"), ("t", "d"), ("g", "k"), ("k", "k"),
    ("h", "h"), ("j", "j"), ("q", "j"), ("x", "j"), ("z", "s"), ("c", "s"), ("s", "s"),
    ("w", "w"), ("y", "v"), ("a", "v"), ("e", "v"), ("o", "v"),
)
"""The sound a pinyin syllable opens with, by class (b and p, d and t, g and k are one)."""
_LATIN_CLASSES = (
    ("ph", "f"), ("th", "d"), ("kh", "k"), ("ch", "kjs"), ("sh", "sj"), ("b", "b"), ("p", "b"),
    ("f", "f"), ("v", "wfb"), ("w", "wv"), ("m", "m"), ("n", "n"), ("l", "l"), ("r", "l"),
    ("d", "d"), ("t", "d"), ("k", "k"), ("q", "k"), ("c", "ksj"), ("g", "kj"), ("h", "hv"),
    ("j", "jvs"), ("s", "sj"), ("z", "sj"), ("x", "sj"), ("y", "vj"),
)
"""The pinyin classes a Latin name's opening may be transliterated with (Charles 夏尔, Christopher
克里斯托弗; Jens 延斯; Hugo 雨果; a vowel: Antony 安东尼, Ursula 乌尔苏拉)."""


def _opening(word: str, table: tuple[tuple[str, str], ...], default: str) -> str:
    return next((cls for start, cls in table if word.startswith(start)), default)


_NOT_PHONETIC = frozenset({"CJK", "HANGUL"})
"""Scripts whose names transliteration cannot read back: Chinese characters (read in
pinyin, and a Japanese name in them not at all) and Hangul syllables (a Korean name is one
word: where the surname ends is unknown)."""


def _not_the_same_sounds(a: str, b: str) -> bool:
    """Two full names in alphabets or kana (Latin, Cyrillic, Greek, katakana, Arabic) are
    not one person when, transliterated, neither the given names nor the surnames open
    with a like sound; as for Chinese, one of the two may differ, never both."""
    from anyascii import anyascii

    words = [[w for w in re.split(r"[\s\-・·•=＝]+", anyascii(n).lower()) if w] for n in (a, b)]

    def differs(x: str, y: str) -> bool:
        return not set(_opening(x, _LATIN_CLASSES, "vw")) & set(_opening(y, _LATIN_CLASSES, "vw"))

    if any(len(w) < 2 for w in words):
        # one word in katakana or Hangul, a surname or a name of one word (プラボウォ,
        # 다카이치), is no word of a full name that opens with another sound
        one, full = sorted(words, key=len)
        kana_or_hangul = bool({"KATAKANA", "HANGUL"} & {script_of(a), script_of(b)})
        return kana_or_hangul and len(one) == 1 and all(differs(one[0], w) for w in (full[0], full[-1]))
    (first_a, *_, last_a), (first_b, *_, last_b) = words
    return differs(first_a, first_b) and differs(last_a, last_b)


def _not_the_transliteration(latin: str, other: str) -> bool:
    """A Latin full name is not the person whose name a Chinese account transliterates with
    a dot when neither its given name nor its surname opens with a sound the characters
    could render (Dilli Ram Koirala / 苏尼尔·塔帕, "Su-ni-er Ta-pa"). One of the two may
    differ in a faithful rendering (Ursula von der Leyen / 乌尔苏拉·冯德莱恩), never both."""
    words = _folded(latin).replace("-", " ").split()
    parts = [p for p in re.split(r"[·•]", other) if p]
    if len(words) < 2 or len(parts) < 2 or not all(is_cjk(p) for p in parts):
        return False
    from pypinyin import lazy_pinyin

    def differs(word: str, han: str) -> bool:
        theirs = _opening(lazy_pinyin(han[0])[0], _PINYIN_CLASS, "v")
        return theirs not in _opening(word, _LATIN_CLASSES, "vw")

    return differs(words[0], parts[0]) and differs(words[-1], parts[-1])


_QUOTATION_RE = compiled(r"[\"“«„»]\s*([^\"“”«»„]+?)\s*[\"”»«“]")
"""One quotation, in any Latin-script language's marks ("…", “…”, «…», „…“, »…«)."""
_QUOTE_LEADS = compiled(r"\W*|.*:\s*")
"""What may come before a quotation that is the statement: nothing, or who says it and a
colon. A quotation inside a clause ('Er sagte, die Lage sei „sehr ernst“') is a fragment."""


def statement_only(text: str) -> str:
    """The text without the words that say who speaks it ('"It is final," said Priya
    Raman, a spokeswoman.' keeps '"It is final,'), to compare what two accounts quote;
    the quotation alone where it is most of the sentence.
    In Chinese, the words in quotation marks where there are any (审判长王丽芳表示：“…” and
    “…”周明说。 quote the same), else the text after who says it (王毅表示，…). In other
    languages than English, whose ways of saying who speaks we do not parse, the words in
    quotation marks where a quotation opens the sentence or follows a colon (« … », a
    déclaré la ministre)."""
    if is_cjk(text):
        quoted = re.findall(r"“([^“”]+)”", text)
        if quoted:
            return " ".join(quoted)
        said = _ZH_RE.search(text)
        return f"{text[: said.start()]} {text[said.end() :]}" if said else text
    # a sentence that is mostly its quotation is the quotation: what is left around the
    # attribution ("told a news conference on Wednesday", "told reporters:") says nothing
    quoted = _QUOTATION_RE.findall(text)
    if quoted and sum(len(q) for q in quoted) >= len(text) / 2:
        return " ".join(quoted)
    for pattern in (_START_RE, _ACCORDING_RE, _MIDDLE_RE, _END_RE, _ACCORDING_END_RE, _APPOSED_RE):
        m = pattern.search(text)
        if m:
            return f"{text[: m.start()]} {text[m.end() :]}"
    first = _QUOTATION_RE.search(text)
    if first and _QUOTE_LEADS.fullmatch(text, 0, first.start()):
        return " ".join(_QUOTATION_RE.findall(text))
    return text


def quotes(text: str) -> bool:
    """Whether a sentence gives words in quotation marks."""
    return bool(_QUOTED.search(text))


def _reports_pattern(lang: str | None) -> re.Pattern[str]:
    """The language's sentence that reports someone's words (``_REPORTS_RE`` in English)."""
    other = other_language_patterns(lang)
    uncased = None if other else uncased_grammar(lang)
    return other.reports if other else uncased.reports if uncased else _REPORTS_RE


def stranger(name: str | None, speakers: set[str | None], text: str) -> bool:
    """A person an account neither gives a statement to nor names (``speakers``: its
    speakers, names unified across the accounts; ``text``: its text). Where two accounts
    give one statement each to a person the other never mentions ("said his lawyer,
    Sophie Garnier" / "a déclaré son avocat, Thomas Roux"), one of them changed who said
    it; the speaker mask is there to keep apart two people that both accounts quote."""
    if name is None or not _is_person(name):
        return False
    # one person under two forms of a name in one script ("Truss" / "Liz Truss"); across
    # scripts compatible() cannot tell, and the speakers are unified already
    same_script = (other for other in speakers if other and _is_person(other) and is_latin(other) == is_latin(name))
    return not any(compatible(name, other) for other in same_script) and _folded(name) not in _folded(text)


def reads_speakers(lang: str | None) -> bool:
    """Whether who speaks is read in ``lang``: English (and an unknown language, read as
    English), Chinese, Japanese and Korean, and the languages of reporting.py."""
    code = (lang or "en").split("-")[0].lower()
    return code in ("en", "zh") or uncased_grammar(code) is not None or other_language_patterns(code) is not None


def compatible(a: str | None, b: str | None) -> bool:
    """May a statement attributed to ``a`` pair with one attributed to ``b``?"""
    if a is None or b is None:
        return True
    if (spelt := with_umlauts_spelt(a, b)) and compatible(*spelt):
        return True  # "Müller" / "Joerg Mueller"
    # one name for the other's surname: "Truss" / "Liz Truss", 约翰逊 / 鲍里斯·约翰逊
    x, y = sorted((_folded(a), _folded(b)), key=len)
    if y == x or y.endswith((" " + x, "·" + x, "•" + x, "・" + x)):
        return True
    if _one_cyrillic_name(x, y) or _one_name_inflected(x, y) or _one_regnal_name(a, b) or arabic_names_alike(a, b):
        return True
    if one_name_transliterated(a, b):
        return True  # "Dessislawa Iwanowa" / "Desislava Ivanova"
    # 史密斯 and "Smith" may be one person: names in different scripts that pinyin did not
    # unify are unknown to each other, so they do not block a pairing, unless one is in
    # pinyin; nor do two in other scripts (Кэнта Огава / 小川健太).
    if _is_person(a) and _is_person(b) and script_of(a) != script_of(b):
        if not {script_of(a), script_of(b)} & _NOT_PHONETIC:
            return not _not_the_same_sounds(a, b)  # Андрей Мельников / ニコライ・イワノフ
        if is_latin(a) == is_latin(b):
            return True
        latin, other = (a, b) if is_latin(a) else (b, a)
        if _KOREAN_NAME.fullmatch(other) and len(other) >= 3 and other[0] not in _KOREAN_SURNAMES:
            return not _not_the_same_sounds(latin, other)  # a foreign name in Hangul: 다카이치
        return not (
            _not_the_chinese_name(latin, other)
            or _not_the_japanese_name(latin, other)
            or _not_the_transliteration(latin, other)
        )
    a_named = _is_person(a) or a == BOTH_SIDES
    b_named = _is_person(b) or b == BOTH_SIDES
    return not (a_named and b_named)
