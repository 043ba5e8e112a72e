"""How news in scripts without capital letters reports speech — Japanese, Korean, Arabic,
Hindi — for speakers.py.

reporting.py finds a speaker as a capitalised name beside a reporting verb. These scripts
have no capitals, so a name is found by what surrounds it in news reporting:

* Japanese: a name with an honorific or a role after it (森川武社長は, 田中氏が), or a
  foreign name in katakana with its middle dot (イリーナ・ソコロワ氏は), as the topic of a
  sentence that ends in a reporting verb (…と述べた, …と語った, …と明らかにした); and
  「Xによると」 (according to X).
* Korean: a name (a common surname and one or two syllables) before a role (박지훈
  가은시장은, 김서연 교수는), as the topic of a sentence that ends in a reporting verb
  (…라고 말했다, …다고 밝혔다); "박 시장은" (a surname and the role) is the person named
  before with that surname; "X에 따르면" (according to X).
* Arabic: the verb opens the sentence and the speaker follows it (وقال وزير المياه سمير حداد
  إن …): the speaker is the first run of words after it that are neither roles nor words
  with the article (ال); a verb with no one after it (وأضاف أن …) continues the last
  person named.
* Hindi: the subject before "ने कहा" (said; ने बताया, told) or "के अनुसार" (according to),
  its name the words after its last role or case marker ("नौसेना के प्रवक्ता कमांडर अर्जुन
  मेहरा ने कहा"); "उन्होंने कहा" (he said) continues the last person named.

A role alone (同社は, 시 관계자는, قال مسؤول) names no one. As in reporting.py these are
grammar of news reporting, not names: no speaker is listed anywhere (the Korean surnames
are the language's, as a stop list is).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..patterns import compiled
from .reporting import described_source

# --- Japanese -------------------------------------------------------------------------

_JA_ROLE = (
    r"氏|さん|容疑者|被告|社長|副社長|会長|市長|知事|町長|村長|首相|大統領|大臣|長官|教授|准教授|"
    r"所長|部長|課長|室長|局長|報道官|監督|選手|議員|委員長|代表|理事長|院長|署長|船長|館長|学長|"
    r"隊長|裁判長|裁判官|検事|検察官|弁護士|医師|博士|研究員|主任|広報担当者|報道担当者|広報担当|担当者|調査官|官房長官|官房副長官|幹事長|総裁|書記長|"
    r"董事長|首席予報官|予報官|最高経営責任者|最高財務責任者|CEO|CFO|COO|"
    r"総設計師|設計師|総指揮|総指揮官|機長|艦長|司令官|司令|事務局長|主任研究員|技師長|"
    # ministers go by their ministry's short form and 相 (外相 foreign, 防衛相 defence)
    r"[一-龥]{2,4}担当相|外相|防衛相|財務相|法相|経産相|経済産業相|国交相|国土交通相|厚労相|厚生労働相|文科相|"
    r"農水相|総務相|環境相|復興相|経済再生相|デジタル相|総理大臣|総理|外務大臣|事務総長|大使|国務長官|"
    # an analyst's title after the name ("田中一郎チーフストラテジスト")
    # ... maybe with its field inside ("竹内直子チーフ為替ストラテジスト")
    r"(?:チーフ|シニア)?[一-龥]{0,4}(?:ストラテジスト|エコノミスト|アナリスト|ディーラー)|主席研究員|上席研究員|"
    r"プロデューサー|ディレクター|審査委員長|委員長|監督|俳優|"
    # an astronaut, a project's manager (高田亮宇宙飛行士は, 佐藤プロジェクトマネージャは)
    r"宇宙飛行士|飛行士|プロジェクトマネージャー|プロジェクトマネージャ"
)
_JA_NAME = r"(?P<name>[ァ-ヴー]+(?:[・･=＝][ァ-ヴー]+)+|[ァ-ヴー]{2,}?|[一-龥々]{2,5}?)"
"""A foreign name in katakana with its dots, one katakana word, or two to five kanji (the
fewest, so that the role after it is not taken into the name: 森川剛 社長)."""
_JA_HONORIFIC = ("氏", "さん")
_JA_VERBS = (
    r"述べ|語っ|語り|話し|説明し|強調し|指摘し|明らかにし|"
    r"発表し|表明し|訴え|答え|コメントし|明かし|主張し|批判し|警告し|呼びかけ|付け加え|評価し|謝罪し|喜ん|振り返っ"
)
_JA_VERB = rf"(?:と|ように|などと|とし|旨)(?:、)?(?:[^\s「」。、]{{1,6}}を)?(?:{_JA_VERBS})"
_JA_QUOTE_FIRST = compiled(rf"」と、?(?P<rest>[^「」]{{1,60}}?(?:は|が))(?:{_JA_VERBS})\w*[。」]?\s*$")
"""The quotation first, then its speaker and the verb, as the Nikkei writes it ("「…」と、SMBC
日興証券の丸山真奈美チーフエコノミストは指摘した。")."""
_JA_BUT = compiled(rf"{_JA_VERB}[たて]?が、")
"""A verb of saying in a clause the sentence goes on after ("…と述べたが、…")."""
_JA_READING = r"(?:[（(][ァ-ヴー・･]+[）)])?"
"""A name's reading in katakana after it (朴智勲（パク・チフン）), before its role."""
_JA_SUBJECT = compiled(
    rf"(?:(?P<pron>彼|彼女|同氏)|{_JA_NAME}{_JA_READING}(?P<role>副?(?:{_JA_ROLE})(?:兼(?:{_JA_ROLE}))?(?:[（(][A-Z]{{2,5}}[）)])?)?)(?:は|が|も|から(?=、))(?![ぁ-ん])"
)
_JA_REPORTS = compiled(rf"{_JA_VERB}|によると|によれば")
_JA_ACCORDING = compiled(rf"{_JA_NAME}(?P<role>{_JA_ROLE})?(?:によると|によれば)")

# --- Korean ---------------------------------------------------------------------------

_KO_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방"
    "공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감"
)
_KO_ROLE = (
    r"시장|지사|교수|장관|차관|대통령|총리|대변인|위원장|회장|사장|대표|의원|청장|국장|소장|박사|씨|총재|부총재|"
    r"감독|선수|원장|총장|본부장|부장|과장|팀장|연구원|변호사|검사|판사|군수|구청장|선장|주임|기자|"
    r"책임자|경영자|대사|애널리스트"
)
_KO_ORG = r"(?:\s+[가-힣A-Za-z]+)?"
"""The body a role is of, between the name and the role ("강태민 외교부 장관은", "이정민
미래에셋증권 연구원은")."""
_KO_ABBREVIATION = r"(?:\([A-Z]{2,5}\))?"
"""The English abbreviation of a role after it ("최고재무책임자(CFO)는")."""
_KO_COUNTRIES = r"한국|사우디|이란|이라크|인도|우크라이나|이스라엘|이집트|이탈리아|호주|남아공|유럽|북한|남한|대만|홍콩|베트남|태국"
"""Countries whose Korean names open with a surname's syllable: before a role they are the
office's country ("사우디 외무장관", the Saudi foreign minister), no person."""
_KO_COUNTRY = compiled(_KO_COUNTRIES)
_KO_SUBJECT = compiled(
    rf"(?:(?P<pron>그|그녀)|(?<![가-힣])(?!(?:{_KO_COUNTRIES})\s)(?P<name>[{_KO_SURNAMES}][가-힣]{{1,2}}){_KO_ORG}\s+[가-힣]*?(?:{_KO_ROLE}){_KO_ABBREVIATION}"
    rf"|(?P<surname>[{_KO_SURNAMES}])\s+(?:전\s+)?[가-힣]*?(?:{_KO_ROLE})){_KO_ABBREVIATION}(?:은|는|이|가|도)\s"
)
_KO_HEAD_ROLES = r"대통령|부통령|총리|부총리|장관|외무장관|외교장관|국무장관|외교부장|사무총장|총장|대변인|국왕|주석|총재"
_KO_FOREIGN = compiled(rf"(?<![가-힣])(?P<name>[가-힣]{{3,6}})(?<![부청처원회국당실])\s+(?:{_KO_HEAD_ROLES})(?:은|는|이|가|도)\s")
"""A foreign name in Hangul before an office ("다카이치 총리는", "트럼프 대통령은"): three
syllables or more (a portfolio before 장관 is two, 재무, 국방), no ministry's or agency's
name (행정안전부), no country (``_korean_places``)."""


@lru_cache(maxsize=1)
def _korean_places() -> frozenset[str]:
    """The names of countries and regions in Korean (CLDR): "러시아 대통령은" names no one."""
    from babel import Locale

    return frozenset(Locale("ko").territories.values())


_KO_VERB = (
    r"(?:말했|밝혔|강조했|설명했|전했|덧붙였|지적했|주장했|발표했|언급했|당부했|답했|말한|경고했|"
    r"비판했|촉구했|설명한|밝힌|분석했|전망했|예상했|평가했|내다봤|호소했|부인했|시사했)"
)
_KO_REPORTS = compiled(rf"(?:라고|이라고|다고|냐고|며|면서)?\s?{_KO_VERB}|에\s?따르면")
_KO_ACCORDING = compiled(
    rf"(?P<name>[{_KO_SURNAMES}][가-힣]{{1,2}})\s+[가-힣]*?(?:{_KO_ROLE})에\s?따르면"
)

# --- Arabic ---------------------------------------------------------------------------

_AR_VERBS = (
    r"قال|قالت|قالوا|أكد|أكدت|أكدوا|أضاف|أضافت|أوضح|أوضحت|صرح|صرحت|ذكر|ذكرت|أشار|أشارت|حذر|حذرت|"
    r"دعا|دعت|أعلن|أعلنت|شدد|شددت|لفت|لفتت|اعتبر|اعتبرت|رأى|رأت|أفاد|أفادت|نفى|نفت|"
    r"كشف|كشفت|أردف|أردفت|اختتم|اختتمت|زعم|زعمت|ادعى|ادعت"
)
_AR_START = compiled(
    rf"^\W*(?:و|ف)?(?:{_AR_VERBS})(?![\u0621-\u064a])\s*(?P<rest>.*)$", re.DOTALL
)
_AR_AFTER_QUOTE = compiled(
    rf"[»\"”][،,]?\s*(?:و)?(?:{_AR_VERBS})(?![\u0621-\u064a])\s*(?P<rest>.*)$", re.DOTALL
)
_AR_ACCORDING = compiled(
    r"^\W*(?:و)?(?:بحسب|وفقا\s*ل|وفقاً\s*ل|حسب|ووفقا\s*ل)\s*(?:ـ\s*)?(?P<rest>.*)$", re.DOTALL
)
_AR_STOP = frozenset(
    {
        "إن", "أن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم", "بأن", "بان", "في", "خلال", "أمام",
        "عن", "على", "إلى", "مع", "بعد", "قبل", "عقب", "حول", "لدى", "من", "اليوم", "أمس", "يوم",
        "مساء", "صباح",
        # "his excellency" for a minister named before ("وأوضح معاليه"): the last speaker
        "معاليه", "سعادته", "سموه", "فخامته",
    }
)
_AR_ROLES = frozenset(
    {
        "وزير", "وزيرة", "رئيس", "رئيسة", "مدير", "مديرة", "نائب", "نائبة", "أمين", "أمينة", "عضو",
        "عضوة", "قائد", "قائدة", "محافظ", "محافظة", "سفير", "سفيرة", "متحدث", "متحدثة", "مسؤول",
        "مسؤولة", "شاهد", "خبير", "خبيرة", "مواطن", "مواطنون", "عمدة", "رئيسا", "مدراء", "الشيخ",
        "الدكتور", "الدكتورة", "د.", "المهندس", "السيد", "السيدة", "الأستاذ", "الأستاذة",
        # the Gulf's honorifics before a name ("وقال معالي سلطان بن سالم الحبسي وزير المالية")
        "معالي", "سعادة", "فخامة", "سمو", "صاحب", "العماد", "اللواء", "العميد", "الأمير",
        # a coach, a player, a keeper, an analyst, a judge, a lawyer, a doctor, an adviser
        # before the body they serve and their name ("وقال مدرب الأهلي طارق منصور")
        "مدرب", "مدربة", "لاعب", "لاعبة", "حارس", "مهاجم", "مدافع", "نجم", "محلل", "محللة",
        "مراسل", "مراسلة", "قاضي", "قاضية", "محامي", "محامية", "طبيب", "طبيبة", "ناطق", "ناطقة",
        "مستشار", "مستشارة", "ضابط", "مفوض", "مفوضة",
    }
)
_AR_BODIES = frozenset(
    {
        "منظمة", "منظمات", "جمعية", "جمعيات", "شركة", "شركات", "وزارة", "هيئة", "لجنة", "حكومة",
        "سلطات", "جهات", "وكالة", "نشطاء", "ناشطون", "محللون", "أطباء", "مسعفون", "عمال", "تقارير",
        "تقرير", "بيان", "مصادر", "مصدر", "شهود", "سكان", "خبراء", "مسؤولون", "شرطة", "جيش",
        "محكمة", "رئاسة", "برلمان", "مجلس", "بلدية", "إدارة",
    }
)
"""Bodies and groups, which speak unnamed, with their article or without: the words after
them describe or say what they did, they do not name ("وحذرت منظمات بيئية", environmental
groups warned; "وأعلنت الحكومة تخصيص …", the government announced an allocation)."""
_AR_TO_A_MEDIUM = compiled(r"^ل(?:ل|وكالة|صحيفة|قناة|موقع|تلفزيون|إذاعة|وسائل)")
_AR_REPORTS = compiled(rf"(?:^|\s)(?:و|ف)?(?:{_AR_VERBS})(?![\u0621-\u064a])|بحسب|وفقا")


_AR_NISBA = compiled(r"ال[\u0621-\u064a]{3,}ي")
"""A family name made of the article, a place or a tribe and -i (القحطاني, العتيبي), after a
given name."""
_AR_NAME_LINKS = frozenset({"أبو", "أبي", "عبد", "ابن"})
_AR_SON_OF = frozenset({"بن", "بنت"})


def _longest_name(run: list[str]) -> int:
    """The most words a name read after a verb may have: five for a name of "son of" ("سلطان
    بن سالم الحبسي"), three otherwise."""
    return 5 if _AR_SON_OF & set(run) else 3
"""Words that join a name to the next word, with its article (أبو السعود, عبد الله)."""


def _arabic_name(rest: str) -> str | bool | None:
    """The speaker in the words after an Arabic reporting verb: a name (the first run of
    words that are neither roles nor words with the article), False when a role names
    someone unnamed ("مسؤول", "المتحدث باسم الشرطة"), None when no one follows the verb."""
    words = re.findall(r"[\u0621-\u064a\u0640.]+|[:«»\"“”،,]", rest)
    close = next((k for k, w in enumerate(words[1:5], 1) if w in '"”»'), 0) if words[:1] and words[0] in '"“«' else 0
    if close > 1:
        return " ".join(words[1:close])  # a body by its name in quotation marks: وأوضحت "أمبري" أن …
    run: list[str] = []
    someone = False
    for k, word in enumerate(words):
        if word == "باسم" and someone and not run:
            return _name_after_a_body(words[k + 1 :])
        if _ends_a_name(word):
            break
        if (word in _AR_BODIES or (word.startswith("ال") and word[2:] in _AR_BODIES)) and not run and not someone:
            return False  # "وأعلنت الحكومة تخصيص …": the government, then what it announced
        if run and word == "الله":
            run.append(word)  # "حزب الله", "نصر الله": God's name ends the name
            continue
        if run and run[-1] in _AR_NAME_LINKS and word.startswith("ال"):
            run.append(word)  # "أبو السعود", "عبد الله": the article belongs to the name
            if len(run) == 3:
                break
            continue
        if word.startswith(("ال", "وال")) or word in _AR_ROLES:
            # (a role's second portfolio too: "وزير الاقتصاد والتخطيط فيصل الإبراهيم")
            closes = k + 1 == len(words) or words[k + 1] in _AR_THAT or words[k + 1] in ':«"“،,'
            if run and (_AR_NISBA.fullmatch(word) or (closes and word.startswith("ال"))) and len(run) < _longest_name(run):
                # "سالم القحطاني": a family name of the article and -i; "فيصل الإبراهيم إن":
                # one with the article that closes the subject before "that"
                run.append(word)
            if run:
                break
            someone = True
            continue
        construct = k + 1 < len(words) and words[k + 1].startswith("ال")  # "بعثة اللجنة": a body, of what follows
        if someone and not run and construct and (closing := _name_closing_the_phrase(words[k:])) is not None:
            return closing  # "رئيسة بعثة اللجنة الدولية … في غزة سارة دافيس": the name after the body
        run.append(word)
        if len(run) == _longest_name(run):
            break
    if run:
        return " ".join(run)
    return False if someone else None


def _ends_a_name(word: str) -> bool:
    """Punctuation, a word that follows a speaker ("إن", "في", "أمس"), or a medium ("للصحفيين")."""
    return word in ':«"“،,' or word in _AR_STOP or bool(_AR_TO_A_MEDIUM.match(word))


_AR_THAT = frozenset({"إن", "أن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم", "بأن"})


def _name_closing_the_phrase(words: list[str]) -> str | bool | None:
    """After a role, a body in the construct state and what it is of, then the name, up to
    "that" (إن): the two words closing the phrase, where neither has the article nor is a
    preposition ("رئيسة بعثة اللجنة الدولية للصليب الأحمر في غزة سارة دافيس" is Sarah Davis);
    False where the phrase ends on the body; None where the phrase is short, a name itself."""
    phrase: list[str] = []
    for word in words:
        if word in ':«"“،,' or word in _AR_THAT:
            break
        phrase.append(word)
    if len(phrase) <= 3:
        return None

    def a_name(given: str, family: str) -> bool:
        if _AR_NISBA.fullmatch(family):
            family = given  # "حسين الجابري": a family name of the article and -i
        return not any(
            w.startswith("ال") or w in _AR_STOP or w in _AR_BODIES or _AR_TO_A_MEDIUM.match(w) or w.startswith("لل")
            for w in (given, family)
        )

    # the last two such words not after "in" (a place: "… في اليمن أستريد هالبرغ في مطار صنعاء")
    pairs = [k for k in range(1, len(phrase) - 1) if phrase[k - 1] != "في" and a_name(phrase[k], phrase[k + 1])]
    return " ".join(phrase[pairs[-1] : pairs[-1] + 2]) if pairs else False


def _name_after_a_body(words: list[str]) -> str | bool:
    """After a role's "on behalf of" (المتحدث باسم, the spokesman for), the body, then maybe
    the spokesman's name: the two words closing the phrase that have no article ("المتحدث
    باسم شرطة كانتون فاليه ماركوس ريدر" is Markus Rieder; "باسم" was taken for the name
    Basim); False where no name follows the body ("المتحدث باسم الشرطة")."""
    phrase: list[str] = []
    for word in words:
        if _ends_a_name(word):
            break
        phrase.append(word)
    name = phrase[-2:] if len(phrase) >= 3 else []
    return " ".join(name) if name and not any(w.startswith("ال") for w in name) else False


# --- Hindi ------------------------------------------------------------------------------

_HI_VERBS = (
    r"कहा|बताया|जानकारी\s+दी|दावा\s+किया|पुष्टि\s+की|घोषणा\s+की|चेतावनी\s+दी|आरोप\s+लगाया|"
    r"स्पष्ट\s+किया|जोड़ा|उल्लेख\s+किया"
)
_HI_WORD_END = r"(?![\u0900-\u0963\u0966-\u097f])"
"""The end of a Devanagari word: no letter or sign follows (a danda may)."""
_HI_CLAUSE = r"(?P<subject>[^,;:\"“”'‘’।!?]+?)"
_HI_TO_SOMEONE = r"(?:[^\s,;:\"“”।]+\s+(?:से|को)\s+)?"
"""Whom the words are told to, between "ने" and the verb ("ने संवाददाताओं से कहा", told
reporters; "ने मीडिया को बताया")."""
_HI_SAID = compiled(rf"{_HI_CLAUSE}\s+ने\s+{_HI_TO_SOMEONE}(?:यह\s+|इसकी\s+)?(?:{_HI_VERBS}){_HI_WORD_END}")
_HI_ACCORDING = compiled(rf"{_HI_CLAUSE}\s+(?:के\s+(?:अनुसार|मुताबिक)|का\s+कहना\s+है){_HI_WORD_END}")
_HI_HE_SAID = compiled(rf"(?:^|[\s,\"“”])(?:उन्होंने|उसने|इन्होंने)\s+(?:{_HI_VERBS}){_HI_WORD_END}")
_HI_REPORTS = compiled(rf"ने\s+{_HI_TO_SOMEONE}(?:{_HI_VERBS}){_HI_WORD_END}|के\s+(?:अनुसार|मुताबिक)|का\s+कहना\s+है")
_HI_ROLES = frozenset(
    {
        "प्रवक्ता", "मंत्री", "अधिकारी", "निदेशक", "महानिदेशक", "अध्यक्ष", "उपाध्यक्ष", "सचिव", "आयुक्त",
        "कलेक्टर", "जिलाधिकारी", "प्रमुख", "कप्तान", "कमांडर", "कमांडेंट", "महानिरीक्षक", "अधीक्षक",
        "निरीक्षक", "प्रबंधक", "सीईओ", "प्रधानमंत्री", "मुख्यमंत्री", "राष्ट्रपति", "राज्यपाल", "सांसद",
        "विधायक", "डॉ.", "डॉ", "श्री", "श्रीमती", "सुश्री", "प्रोफेसर", "न्यायाधीश", "महापौर", "कैप्टन",
        "एडमिरल", "जनरल", "कर्नल", "मेजर", "प्रभारी", "संयोजक", "विशेषज्ञ", "अर्थशास्त्री", "वैज्ञानिक",
        "फर्म", "कंपनी", "नेता", "महासचिव", "उपमुख्यमंत्री", "उपायुक्त", "थानाध्यक्ष", "सदस्य",
    }
)
"""Roles and titles before a name ("नौसेना के प्रवक्ता कमांडर अर्जुन मेहरा ने कहा"), and a
company's kind before its name ("सुरक्षा फर्म एम्ब्री"): the name is the words after the
last of them; a role with no name after it names no one."""
_HI_BODIES = frozenset(
    {
        "मंत्रालय", "विभाग", "सरकार", "पुलिस", "सेना", "नौसेना", "वायुसेना", "कमान", "बयान",
        "आयोग", "संगठन", "प्रशासन", "बोर्ड", "समिति", "अदालत", "न्यायालय", "बैंक", "एजेंसी", "परिषद",
        "परिषद्", "संस्थान", "विश्वविद्यालय", "रिपोर्ट", "सूत्र", "मीडिया", "दूतावास", "निगम", "प्राधिकरण",
        "मौसम", "तटरक्षक", "बल", "दल", "पार्टी", "कार्यालय", "अस्पताल", "संघ", "सरकारों",
    }
)
"""Bodies, which speak unnamed: "विदेश मंत्रालय ने कहा" (the foreign ministry said)."""
_HI_LINKS = frozenset({"के", "की", "का", "एक", "और", "एवं", "तथा", "में", "से", "पर", "ने", "भी", "यह", "इस"})
"""Case markers and little words: a name runs after the last of them."""


def _hindi(text: str, last_person: str | None) -> str | None:
    if _HI_HE_SAID.search(text):
        return last_person
    for pattern in (_HI_SAID, _HI_ACCORDING):
        if m := pattern.search(text):
            return _hindi_name(m["subject"])
    return None


def _hindi_name(subject: str) -> str | None:
    """The name closing a subject: the words after its last role, case marker or
    parenthesis (an acronym: "(सीएमएचओ)"), none of them a body or a plural (the oblique
    plural's -ों: "यमन के हूती विद्रोहियों", Yemen's rebels), at most three."""
    words = subject.split()
    if words and (acronym := re.fullmatch(r"\(([A-Z]{2,})\)", words[-1])):
        return acronym[1]  # a body by its initials: "… संचालन एजेंसी (UKMTO) ने"
    run: list[str] = []
    for word in reversed(words):
        if word in _HI_ROLES or word in _HI_LINKS or word.endswith(")"):
            break
        run.insert(0, word)
    if run and (group := described_source(run[-1], "hi")):
        return group  # a described source, as English reads it: "पुलिस ने कहा" is "police said"
    if not run or len(run) > 3 or any(w in _HI_BODIES or w.endswith("ों") for w in run):
        return None
    after_a_role = len(words) > len(run) and words[-len(run) - 1] in _HI_ROLES
    if len(run) == 1 and not after_a_role and not re.fullmatch(r"[A-Z]{2,}", run[0]):
        return None  # one word alone is a noun as often as a name ("ग्रामीण", villagers)
    return " ".join(run)


# --- the interface --------------------------------------------------------------------


@dataclass(frozen=True)
class Uncased:
    lang: str
    reports: re.Pattern[str]
    """A reporting verb or "according to" anywhere: a sentence that reports someone's words."""
    first_person: re.Pattern[str]


_GRAMMARS = {
    "ja": Uncased("ja", _JA_REPORTS, compiled(r"私|僕|我々|わたし|われわれ|我が")),
    "ko": Uncased("ko", _KO_REPORTS, compiled(r"(?:^|\s)(?:저는|제가|저희|우리|나는|내가)")),
    "ar": Uncased(
        # whole words: "أنابيب" (pipes) opens with أنا (I)
        "ar", _AR_REPORTS, compiled(r"(?:^|\s)(?:نحن|إننا|أنا|إنني|لدينا|بلادنا|نا)(?![\u0621-\u064a])")
    ),
    "hi": Uncased("hi", _HI_REPORTS, compiled(rf"(?:^|\s)(?:मैं|हम|हमारा|हमारे|हमारी|मेरा|मेरे|मेरी|मुझे|हमें){_HI_WORD_END}")),
}


@lru_cache(maxsize=8)
def grammar(lang: str | None) -> Uncased | None:
    """The grammar of ``lang``, or None for a language not covered here."""
    return _GRAMMARS.get((lang or "").split("-")[0].lower())


def speaker(text: str, lang: str, last_person: str | None = None, known: frozenset[str] = frozenset()) -> str | None:
    """The speaker ``text`` names for itself (a name as the text writes it), or
    ``last_person`` where it says "he" or leaves the subject out, or None. ``known``: the
    document's names, whose one full name a surname alone with a title stands for (Korean
    "윤 장관은", Japanese "尹氏は")."""
    if lang == "ja":
        return _japanese(text, last_person) or _japanese_surname(text, known)
    if lang == "ko":
        return _korean(text, last_person, known)
    if lang == "ar":
        return _arabic(text, last_person)
    if lang == "hi":
        return _hindi(text, last_person)
    return None


_JA_HEADS_OF_STATE = frozenset({"大統領", "副大統領", "首相", "外相", "国務長官", "大使", "報道官"})
"""Offices only a person holds, which make one katakana word before them a name
(プラボウォ大統領, as ソコロワ氏; not チーム監督, "the team's coach")."""


def _japanese_name(m: re.Match[str]) -> bool:
    name, role = m["name"], m["role"] or ""
    if re.search(r"[・･=＝]", name):
        return True
    if re.fullmatch(r"[ァ-ヴー]+", name):
        return role in _JA_HONORIFIC or role in _JA_HEADS_OF_STATE
    return bool(role)


_JA_DEPARTMENT_HEAD = compiled(
    rf"(?<![一-龥々ァ-ヴー]){_JA_NAME}(?:[一-龥][務報業用術発画造究事全備航際策販査])(?:部長|課長|局長|室長|本部長|所長|部門長)(?:は|が|も)(?![ぁ-ん])"
)
"""A name, the department its holder heads (two characters, the second one departments end
with: 運用, 広報, 営業, 総務, 技術; not a given name's 一郎) and the head's title
(小林優子運用部長は: Kobayashi Yuko, head of operations), read before the name and title alone,
which took 林優子運用 for a name before 部長."""


def _japanese(text: str, last_person: str | None) -> str | None:
    if (m := _JA_ACCORDING.search(text)) and _japanese_name(m):
        return m["name"]
    if quote_first := _JA_QUOTE_FIRST.search(text):
        if head := _JA_DEPARTMENT_HEAD.search(quote_first["rest"]):
            return head["name"]
        return next((m["name"] for m in _JA_SUBJECT.finditer(quote_first["rest"]) if _japanese_name(m)), None)
    if not re.search(rf"{_JA_VERB}\w*[。」]?\s*$", text) and not _JA_BUT.search(text):
        return None
    if head := _JA_DEPARTMENT_HEAD.search(text):
        return head["name"]
    for m in _JA_SUBJECT.finditer(text):
        if m["pron"]:
            return last_person
        # a name in kanji is told from a noun by the role after it (森川社長, 田中氏), one
        # katakana word by an honorific (ソコロワ氏; チーム監督 is "the team's coach")
        if _japanese_name(m):
            return m["name"]
    return None


def _one_known_by_surname(surname: str, known: frozenset[str], script: str) -> str | None:
    """The one full name of the document that opens with ``surname`` (two to four
    characters of ``script``), if only one does."""
    names = {k for k in known if k != surname and k.startswith(surname) and re.fullmatch(rf"[{script}]{{2,4}}", k)}
    return next(iter(names)) if len(names) == 1 else None


_JA_SURNAME_TITLED = compiled(r"(?<![一-龥々ァ-ヴー])(?P<surname>[一-龥])(?:氏|大統領|首相|長官|大臣|外相)(?:は|が|も)(?![ぁ-ん])")
"""A Korean or Chinese person's one-character surname and title in Japanese ("尹氏は", 李首相は)."""


def _japanese_surname(text: str, known: frozenset[str]) -> str | None:
    if not re.search(rf"{_JA_VERB}\w*[。」]?\s*$", text) or not (m := _JA_SURNAME_TITLED.search(text)):
        return None
    return _one_known_by_surname(m["surname"], known, "一-龥")


def _korean(text: str, last_person: str | None, known: frozenset[str] = frozenset()) -> str | None:
    if m := _KO_ACCORDING.search(text):
        return m["name"]
    if not re.search(rf"{_KO_VERB}\w*\.?\s*$", text):
        return None
    m = _KO_SUBJECT.search(text)
    if m is None:
        foreign = _KO_FOREIGN.search(text)
        return foreign["name"] if foreign and not _KO_COUNTRY.fullmatch(foreign["name"]) and foreign["name"] not in _korean_places() else None
    if m["pron"]:
        return last_person
    if m["surname"]:  # 박 시장은: the person named before with that surname, or the one the text names so
        if last_person and last_person.startswith(m["surname"]):
            return last_person
        return _one_known_by_surname(m["surname"], known, "가-힣")
    return m["name"]


_AR_ADDED = compiled(r"^\W*(?:و|ف)?(?:أضاف|أضافت)(?![\u0621-\u064a])")
_AR_WORDS_FOLLOW = compiled(
    r"(?<![\u0621-\u064a])(?:أن|إن|أنه|إنه|أنها|إنها|بأن|قائلا|قائلاً|قائلة)(?![\u0621-\u064a])|[:«\"“]"
)
"""What "added" (أضاف) reports words with: "that" (أن, إن), "saying" (قائلا), a colon or a
quotation; without one it adds a thing ("وأضاف لاعب الوسط كريم فتحي الهدف الثاني", the second
goal), as English "added the third goal"."""


def _arabic(text: str, last_person: str | None) -> str | None:
    if _AR_ADDED.match(text) and not _AR_WORDS_FOLLOW.search(text):
        return None
    for pattern in (_AR_START, _AR_ACCORDING, _AR_AFTER_QUOTE):
        if m := pattern.match(text) if pattern is not _AR_AFTER_QUOTE else pattern.search(text):
            name = _arabic_name(m["rest"])
            if name is None and pattern is not _AR_ACCORDING:
                return last_person  # وأضاف أن …: the last person named goes on
            return name if isinstance(name, str) else None
    return None
