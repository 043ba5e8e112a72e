"""Ingest: the example pair's metadata and chrome, HTML extraction, and every bad input."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest

from conftest import CHINESE_READOUT, ENGLISH_RELEASE
from storydiff.errors import InputTooLarge, SourceNotFound, StorydiffError, UnsupportedInput
from storydiff.ingest import from_html, from_text, load
from storydiff.ingest.decode import decode
from storydiff.ingest.langid import detect

CHROME = ("Home >", "Release Date", "Editor:", "About us", "Sponsored by", "Registration number",
          "recommended to use", "责编", "Operated by")


def test_english_release_metadata_and_no_chrome() -> None:
    article = load(str(ENGLISH_RELEASE))
    assert article.title == "Xi meets Putin in Moscow"
    assert article.published == dt.date(2023, 3, 23)
    assert article.outlet == "Xinhua"
    assert len(article.captions) == 1 and article.captions[0].endswith("(Xinhua/Shen Hong)")
    body = "\n".join(article.paragraphs)
    assert body.startswith("Chinese President Xi Jinping met with his Russian counterpart")
    assert body.endswith("bulwark for world peace and stability.")
    for chrome in CHROME:
        assert chrome not in body
    assert article.lang == "en"


def test_chinese_readout_dateline_and_reporters_apart_from_body() -> None:
    article = load(str(CHINESE_READOUT))
    assert article.dateline == "Xinhua News Agency, Moscow, March 20 (Reporter Hao Weiwei and Shi Hao)"
    assert article.byline == "Hao Weiwei and Shi Hao"
    assert article.outlet == "Xinhua News Agency"
    assert len(article.captions) == 1 and "Photo by" in article.captions[0]
    body = "\n".join(article.paragraphs)
    assert body.startswith("On the afternoon of March 20 local time")
    assert "Reporter" not in body and "责编" not in body and "[" not in body
    assert body.endswith("in the coming period.")


def test_generic_chrome_of_another_site_is_stripped() -> None:
    text = (
        "Startseite » Politik » Ausland\n\n"
        "Regierung kündigt neues Gesetz an\n\n"
        "Veröffentlicht: 2024-05-02   Source: Beispielzeitung\n\n"
        "BERLIN, May 2 (dpa) - Die Regierung hat am Donnerstag ein neues Gesetz angekündigt. "
        "Es soll im Herbst in Kraft treten.\n\n"
        "Der Minister sagte, das Gesetz sei dringend nötig.\n\n"
        "Impressum | Datenschutz | Kontakt | AGB\n\n"
        "Copyright 2024 Beispielzeitung. All rights reserved.\n"
    )
    article = from_text(text)
    assert article.title == "Regierung kündigt neues Gesetz an"
    assert article.outlet == "Beispielzeitung"
    assert article.dateline == "BERLIN, May 2 (dpa)"
    assert article.paragraphs[0].startswith("Die Regierung hat am Donnerstag")
    assert not any("Impressum" in p or "Copyright" in p for p in article.paragraphs)
    assert article.lang == "de"


def test_an_only_paragraph_is_the_body_and_other_scripts_end_sentences() -> None:
    thai = from_text("รัฐบาลประกาศมาตรการใหม่ในวันจันทร์ เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วม\n")
    assert thai.title is None and len(thai.paragraphs) == 1
    amharic = from_text("መንግስት ዛሬ አዲስ እርምጃ አስታወቀ።\n\nገበሬዎች ይረዳሉ።\n")
    assert amharic.title is None and len(amharic.paragraphs) == 2


def test_bidirectional_overrides_are_removed() -> None:
    article = from_text("Storm hits coast\n\nThe toll rose to \u202e21\u202c on Monday.\n")
    assert article.paragraphs == ["The toll rose to 21 on Monday."]


def test_prose_that_mentions_what_site_chrome_says_is_kept() -> None:
    prose = [
        "The rescue was operated by the coastguard and three people were saved.",
        "The concert was sponsored by a local bank, which pledged $2 million for repairs.",
        "The singer sued the label for copyright infringement last year.",
        "Experts recommend updating your browser to avoid the scam.",
        "Police released images of the flooded town. Photos by residents showed cars under water.",
        "Officials from both blocs met in Brussels (EU/NATO).",
        "Share prices of the largest web-hosting companies barely moved on the news.",
        "Print shops that still run older file servers are the most likely to notice.",
        "From version 134, the browser will display a full-page warning before any download.",
        "In an interview, the browser's product lead said few downloads still used HTTP.",
        "Copyright in the negatives was contested for years after her death in 2009.",
        "The gallery's new show brings together more than 200 photographs by Vivian Maier.",
        "« C'est une mauvaise nouvelle », estime Marie Dupont. « Encore. »",
        "Read more books, the minister urged the pupils.",
        "Related talks were held in Paris on Monday.",
        "Reporting by the BBC found that officials had known for years.",
        "Live music returned to the square on Saturday.",
    ]
    text = "Storm hits coast\n\nA storm hit the coast on Monday.\n\n" + "\n\n".join(prose) + "\n"
    article = from_text(text)
    assert article.paragraphs[1:] == prose and article.captions == []
    # what they resemble is still chrome
    chrome = ["Share on Facebook", "Print | Email", "Copyright 2024 The Daily Example",
              "This site is best viewed in a modern browser.", "Read more: Storm hits coast",
              "Subscribe to keep reading", "Reporting by Maria Hoffmann; Editing by Rachel Moore", "Enditem",
              "Lire aussi Transports : la métropole présente son plan pour 2030",
              "Additional reporting by AFP.", "(Reporting by Jane Doe in Paris and Tom Li)", "(Updates with higher death toll)",
              "(Información de Marco Aquino; editado en español por Javier López de Lérida)", "eg/jm/rl",
              "Live updates", "Key events", "Refresh for the latest"]
    article = from_text("Storm hits coast\n\nA storm hit the coast on Monday.\n\n" + "\n\n".join(chrome))
    assert article.paragraphs == ["A storm hit the coast on Monday."]


def test_a_lede_that_opens_with_an_acronym_keeps_it() -> None:
    for lede in ("COVID-19 admissions rose for a third week, officials said.", "US-China talks resumed on Monday."):
        article = from_text(f"Talks\n\n{lede}\n\nThe next round is in May.\n")
        assert article.paragraphs[0] == lede and article.dateline is None
    wire = from_text("Talks\n\nBERLIN (Reuters) - Talks resumed on Monday.\n\nThe next round is in May.\n")
    assert wire.dateline == "BERLIN (Reuters) -" and wire.paragraphs[0] == "Talks resumed on Monday."


@pytest.mark.parametrize(
    "line",
    [
        "Veröffentlicht: 17.10.2024",
        "Publié le 17 octobre 2024 à 14h32",
        "Publicado el 17 de octubre de 2024",
        "Published on October 17, 2024",
        "Опубликовано 17 октября 2024",
        "Yayınlanma: 17.10.2024",
        # a weekday in lower case, a Czech date with spaces and a time, a second month name
        "jeudi 17 octobre 2024",
        "четверг, 17 октября 2024 года",
        "17. 10. 2024 11:20",
        "الخميس 17 أكتوبر (تشرين الأول) 2024",
    ],
)
def test_a_publication_date_in_words_or_any_order(line: str) -> None:
    article = from_text(f"Sturm in Norditalien\n\n{line}\n\nDrei Menschen starben am Dienstag.\n")
    assert article.published == dt.date(2024, 10, 17)
    assert article.paragraphs == ["Drei Menschen starben am Dienstag."]


@pytest.mark.parametrize("line", ["2025年3月4日", "2025-03-04 10:30", "Tuesday, March 4, 2025", "4 March 2025 10:30 GMT"])
def test_a_line_that_is_only_a_date_before_the_body_is_the_publication_date(line: str) -> None:
    article = from_text(f"王毅同布林肯举行会谈\n\n{line}\n\n新华社北京3月4日电 双方举行会谈。\n")
    assert article.published == dt.date(2025, 3, 4)
    assert article.paragraphs == ["双方举行会谈。"]


def test_a_line_that_only_starts_like_a_date_line_stays_in_the_body() -> None:
    text = "Storm in Italy\n\nPublished reports said three people died.\n"
    article = from_text(text)
    assert article.published is None
    assert article.paragraphs == ["Published reports said three people died."]


def test_chinese_dateline_and_editor_line() -> None:
    text = "新华社北京5月2日电（记者张三）国务院总理今天会见了来访的外国客人。双方就合作交换了意见。\n\n[责任编辑：李四]"
    article = from_text(text)
    assert article.dateline == "新华社北京5月2日电（记者张三）"
    assert article.byline == "张三"
    assert article.paragraphs == ["国务院总理今天会见了来访的外国客人。双方就合作交换了意见。"]
    assert article.lang == "zh"


HTML_PAGE = """<!doctype html><html><head><title>Storm hits coast | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2024-01-15T08:00:00Z">
<script>alert('x')</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Storm hits coast</h1>
<p>A powerful storm hit the northern coast on Sunday, cutting power to 20,000 homes, officials said.</p>
<p>The mayor said emergency crews would work through the night to restore electricity to the area.</p>
<iframe src="javascript:alert(1)"></iframe>
<p>Forecasters expect the wind to ease by Tuesday afternoon, according to the national weather service.</p>
</article><footer>About us | Contact | Privacy policy</footer></body></html>"""


def test_html_page_is_extracted_with_metadata_and_no_script() -> None:
    article = from_html(HTML_PAGE, source="https://news.example/storm")
    assert article.title == "Storm hits coast"
    assert article.outlet == "The Daily Example"
    assert article.published == dt.date(2024, 1, 15)
    body = " ".join(article.paragraphs)
    assert "20,000 homes" in body and "Tuesday afternoon" in body
    assert "alert" not in body and "About us" not in body and "Home" not in body


def test_language_is_read_from_the_whole_text_not_its_opening() -> None:
    # an English headline over a French article: the first 80 characters alone say "en"
    text = (
        "Breaking news: world leaders meet in Geneva for talks on food security and the climate\n\n"
        "Les deux délégations se sont réunies mardi matin au palais des Nations. "
        "Elles ont discuté pendant trois heures de la sécurité alimentaire et du climat. "
        "Aucun accord n'a été signé, mais une nouvelle rencontre est prévue en mars."
    )
    assert detect(text) == "fr"
    assert detect("LES DEUX DÉLÉGATIONS SE SONT RÉUNIES MARDI MATIN AU PALAIS") == "fr"
    assert detect("Hi there") is None  # too short to tell
    # the model spreads Indonesian over Indonesian and Malay: together they are sure
    assert detect(
        "Menteri Perdagangan Arief Wicaksono menghadiri acara itu. "
        "Direktur Utama Perum Bulog Wahyu Hidayat mengatakan stok beras mencapai 2,3 juta ton."
    ) == "id"


def test_text_that_is_html_is_detected() -> None:
    assert from_text(HTML_PAGE).title == "Storm hits coast"


def test_html_without_an_article_is_refused() -> None:
    with pytest.raises(UnsupportedInput, match="no article text"):
        from_html("<html><body><nav><a href='/'>Home</a></nav></body></html>", source="page.html")


@pytest.mark.parametrize(
    ("encoding", "text"),
    [("gbk", "新华社北京5月2日电 国务院总理今天在人民大会堂会见了来访的外国客人。双方就进一步加强经贸合作、"
             "推动人文交流等问题深入交换了意见。总理表示，中方愿同各方一道努力，共同维护地区和平稳定。"),
     ("big5", "習近平今天在北京會見了來訪的外國客人。雙方就進一步加強經貿合作、推動人文交流等問題深入交換了意見。"),
     ("shift_jis", "首相は記者会見で新しい政策を発表した。"), ("cp1252", "Le président a déclaré : « Non. »")],
)
def test_legacy_encodings_are_decoded(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding), name="x") == text


def test_a_dateline_of_a_place_in_capitals_a_day_and_a_month() -> None:
    """"MILANO, 3 marzo - Circa 20.000 persone …" was cut at the thousands' dot (the dateline
    "… - Circa 20.", the outlet "Circa 20", a sentence of "000 persone": a false conflict of
    20,000 against 000), and a short Ukrainian lead was the dateline's agency, lost to the
    comparison; "MÜNCHEN, 5. November -" stayed in the first sentence."""
    for lede, dateline, first in (
        ("MILANO, 3 marzo - Circa 20.000 persone hanno sfilato.", "MILANO, 3 marzo -", "Circa 20.000 persone hanno sfilato."),
        ("ОДЕСА, 27 листопада — Шторм знеструмив місто.", "ОДЕСА, 27 листопада —", "Шторм знеструмив місто."),
        ("MÜNCHEN, 5. November - Der Autobauer übernimmt den Zulieferer.", "MÜNCHEN, 5. November -", "Der Autobauer übernimmt den Zulieferer."),
        ("TURYN, 8 maja - Około 15 tys. pracowników protestowało.", "TURYN, 8 maja -", "Około 15 tys. pracowników protestowało."),
    ):
        article = from_text(f"Title\n\n{lede}\n\nThe next round is in May.\n")
        assert (article.dateline, article.outlet, article.paragraphs[0]) == (dateline, None, first), lede
    # with its year, the publication's date (Romanian capitals too)
    article = from_text("Titlu\n\nCERNĂUȚI, 23 iunie 2020 — O persoană a murit.\n\nSalvatorii au evacuat 230 de locuitori.\n")
    assert (article.dateline, article.published) == ("CERNĂUȚI, 23 iunie 2020 —", dt.date(2020, 6, 23))


def test_datelines_of_agencies_and_bylines_in_other_languages() -> None:
    for lede, dateline in (
        ("Berlin (dpa) - Die Bahn streicht Züge.", "Berlin (dpa) -"),
        ("МОСКВА — Министерство объявило о новых мерах.", "МОСКВА —"),
        ("BEIJING, April 11 (Orient Wire) -- China's exports rose.", "BEIJING, April 11 (Orient Wire)"),
        ("МОСКВА, 7 декабря. /ТАСС/. Центробанк сохранил ставку.", "МОСКВА, 7 декабря. /ТАСС/."),
        ("МОСКВА, 7 дек — РИА Новости. Центробанк сохранил ставку.", "МОСКВА, 7 дек — РИА Новости."),
        ("BOHUMÍN - Tři lidé zemřeli při srážce vlaků.", "BOHUMÍN -"),
        ("Praha - Policie vyšetřuje nehodu.", "Praha -"),
        ("İZMİR (AA) - Deprem bölgede hissedildi.", "İZMİR (AA) -"),
        ("HANOI, Vietnam (AP) — Vietnam and Indonesia signed a deal.", "HANOI, Vietnam (AP) —"),
        ("HANOI, KOMPAS.com - Indonesia dan Vietnam menandatangani kesepakatan.", "HANOI, KOMPAS.com -"),
        # Interfax's: the place, the date and the agency were two statements of the story
        ("Москва. 14 октября. INTERFAX.RU - Пожар на складе потушен.", "Москва. 14 октября. INTERFAX.RU -"),
        ("Киев, 3 мая. ИНТЕРФАКС-УКРАИНА - Пожар на складе потушен.", "Киев, 3 мая. ИНТЕРФАКС-УКРАИНА -"),
    ):
        article = from_text(f"Title\n\n{lede}\n\nThe next round is in May.\n")
        assert article.dateline == dateline and not article.paragraphs[0].startswith(lede[:6])
    page = (
        "<html><head><meta name='author' content='Par Claire Dumas'>"
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-10-16T09:00:00Z"}</script>'
        "</head><body><article><h1>Le conseil vote le budget</h1><p>Mis à jour : 18 octobre 2024</p>"
        "<p>Le conseil municipal a adopté lundi soir le budget de l'année prochaine après trois heures de débat.</p>"
        "</article></body></html>"
    )
    article = from_html(page, source="page.html")
    assert article.byline == "Claire Dumas" and article.published == dt.date(2024, 10, 16)
    # a wire's dateline on a line of its own
    wire = from_text("Quake hits Turkey\n\nISTANBUL, March 10 (Reuters)\n\nA strong earthquake struck.\n")
    assert wire.dateline == "ISTANBUL, March 10 (Reuters)" and wire.paragraphs == ["A strong earthquake struck."]
    # a story filed from two places
    both = from_text("Drones downed\n\nKYIV/MOSCOW, Nov 14 (Reuters) -\n\nRussia said it downed 42 drones.\n")
    assert both.dateline == "KYIV/MOSCOW, Nov 14 (Reuters)" and both.paragraphs == ["Russia said it downed 42 drones."]
    # TASS's, under the title: it was two statements only the Russian account gave
    tass = from_text("СБ ООН потребовал перемирия\nООН, 13 марта. /ТАСС/.\n\nСовет Безопасности принял резолюцию.\n")
    assert tass.dateline == "ООН, 13 марта. /ТАСС/." and tass.paragraphs == ["Совет Безопасности принял резолюцию."]
    assert from_text("Budget\n\nBy the numbers\n\nThe council met on Monday.\n").byline is None
    # the Chinese-language press's datelines and date lines, on a line of their own or opening the lede
    xinhua = from_text("日经指数上涨\n新华社东京12月19日电\n\n东京股市日经225指数当天收盘上涨312.40点。\n")
    assert xinhua.dateline == "新华社东京12月19日电" and xinhua.paragraphs == ["东京股市日经225指数当天收盘上涨312.40点。"]
    cna = from_text("湖南暴雨成災\n2025/06/24 17:05（中央社）\n\n（中央社台北24日綜合外電報導）湖南省連日暴雨，已造成12人死亡。\n")
    assert cna.published == dt.date(2025, 6, 24) and cna.outlet == "中央社"
    assert cna.dateline == "（中央社台北24日綜合外電報導）" and cna.paragraphs == ["湖南省連日暴雨，已造成12人死亡。"]
    ming_pao = from_text("騙案主腦囚6年8個月\n2025年11月28日 明報\n\n【明報專訊】詐騙集團主腦昨日被判囚6年8個月。\n")
    assert ming_pao.outlet == "明報" and ming_pao.paragraphs == ["詐騙集團主腦昨日被判囚6年8個月。"]
    rthk = from_text("Mastermind of crypto scam jailed\n2025-11-28 RTHK\n\nThe mastermind was jailed.\n")
    assert rthk.published == dt.date(2025, 11, 28) and rthk.paragraphs == ["The mastermind was jailed."]
    # EFE's dateline with its full stop and dash, dpa's on a line of its own
    efe = from_text("Un terremoto sacude Japón\nTokio, 14 may (EFE).-\n\nUn terremoto de magnitud 6,9 sacudió Japón.\n")
    assert efe.dateline == "Tokio, 14 may (EFE).-" and efe.paragraphs == ["Un terremoto de magnitud 6,9 sacudió Japón."]
    # Latin America's capitals with a full stop and dash, MTI's month first, Yonhap's reporter
    mexico = from_text("Sismo en Oaxaca\n\nCIUDAD DE MÉXICO (EFE).- Un sismo sacudió el sur de México.\n")
    assert mexico.dateline == "CIUDAD DE MÉXICO (EFE).-" and mexico.paragraphs == ["Un sismo sacudió el sur de México."]
    assert from_text("Tasas\n\nSANTIAGO.- El Banco Central recortó la tasa.\n").paragraphs == ["El Banco Central recortó la tasa."]
    mti = from_text("A Tisza nyert\n\nBudapest, április 13. (MTI) – A Tisza Párt nyerte a választást.\n")
    assert mti.outlet == "MTI" and mti.paragraphs == ["A Tisza Párt nyerte a választást."]
    europa_press = from_text("Condenado el atracador\n\nSEVILLA, 17 Nov. -\n\nLa Audiencia ha condenado a un vecino.\n")
    assert europa_press.dateline == "SEVILLA, 17 Nov. -" and europa_press.paragraphs == ["La Audiencia ha condenado a un vecino."]
    bogota = from_text("Vacuna\n\nBOGOTÁ, 14 de marzo de 2024.- El Invima aprobó la vacuna.\n")
    assert bogota.published == dt.date(2024, 3, 14) and bogota.paragraphs == ["El Invima aprobó la vacuna."]
    pap = from_text("Wyrok\n\nŁódź (PAP) - Sąd Apelacyjny utrzymał wyrok.\n")
    assert pap.outlet == "PAP" and pap.paragraphs == ["Sąd Apelacyjny utrzymał wyrok."]
    for unnamed in ("Staff Correspondent", "Na MWANDISHI WETU", "Van onze verslaggever"):
        bylined = from_text(f"Measles drive\n\n{unnamed}\n\nThe ministry launched a campaign.\n")
        assert bylined.byline == unnamed and bylined.paragraphs == ["The ministry launched a campaign."]
    antara = from_text("Train crash\n\nLumajang, East Java (ANTARA) - Eight people were killed.\n")
    assert antara.outlet == "ANTARA" and antara.paragraphs == ["Eight people were killed."]
    arabic = from_text("أوبك+\n\nدبي، 31 مايو (رويترز) - اتفقت ثماني دول على زيادة الإنتاج.\n")
    assert arabic.outlet == "رويترز" and arabic.paragraphs == ["اتفقت ثماني دول على زيادة الإنتاج."]
    interfax = from_text("Нефть\n\nДУБАЙ, 5 июня. /ИНТЕРФАКС/ - Saudi Aramco повысила цену.\n")
    assert interfax.paragraphs == ["Saudi Aramco повысила цену."]
    moscow = from_text("Беспилотники\n\nМОСКВА, 11 июня. Средства ПВО уничтожили 47 беспилотников.\n")
    assert moscow.dateline == "МОСКВА, 11 июня." and moscow.paragraphs == ["Средства ПВО уничтожили 47 беспилотников."]
    # a Reuters dateline with no place, TT's with no dash, Malaysia's colon, Agerpres's
    # place in small letters, an Arabic one with no date: all left in the first sentence
    for text, outlet, first in (
        ("Calder\n\nOct 29 (Reuters) - Calder Systems said it would lay off 900 people.\n", "Reuters", "Calder Systems"),
        ("Vestra\n\nSTOCKHOLM (TT) Vestra varslar 1 500 anställda.\n", "TT", "Vestra varslar"),
        ("Floods\n\nKUALA LUMPUR: Floodwaters swamped the city on Wednesday.\n", None, "Floodwaters"),
        ("Enescu\n\nBucurești, 31 aug /Agerpres/ - Festivalul s-a deschis duminică.\n", "Agerpres", "Festivalul"),
        ("اليمن\n\nعدن (رويترز) - بدأت الحكومة تبادل 612 أسيراً.\n", "رويترز", "بدأت"),
        ("Bão\n\nHà Nội, ngày 14/10 - Bão Kammuri đã làm ít nhất 9 người chết.\n", None, "Bão Kammuri"),
        ("Bão\n\nHuế - Đêm qua, nước lên nhanh.\n", None, "Đêm qua"),
        ("Streik\n\nFrankfurt/Main (dpa) - Verdi hat zum Streik aufgerufen.\n", "dpa", "Verdi"),
        ("Waldbrand\n\nFrankfurt (Oder) (dpa) - Der Brand ist unter Kontrolle.\n", "dpa", "Der Brand"),
        ("Storm\n\nBODØ (NTB): Stormen stengte flyplassen.\n", "NTB", "Stormen"),
        ("Biudžetas\n\nVILNIUS, spalio 14 d. (ELTA). Seimas pritarė biudžetui.\n", "ELTA", "Seimas"),
        ("Plaća\n\nZAGREB, 14. 11. 2025. (Hina) – Hrvatski sabor izglasao je izmjene.\n", "Hina", "Hrvatski"),
        ("Budžet\n\nBEOGRAD, 14.11.2025. Skupština je usvojila budžet.\n", None, "Skupština"),
        ("Költségvetés\n\nBUDAPEST, 2025. november 18. (MTI) – Az Országgyűlés elfogadta.\n", "MTI", "Az Országgyűlés"),
        ("Zilzila\n\nToshkent, 9-oktyabr. /UzA/. Farg'ona viloyatida zilzila sodir bo'ldi.\n", "UzA", "Farg'ona"),
        ("Bank\n\nАлматы. 30 тамыз. ҚазАқпарат – Ұлттық банк мөлшерлемені төмендетті.\n", "ҚазАқпарат", "Ұлттық"),
        ("Streik\n\nFrankfurt am Main (dpa) - Verdi hat zum Streik aufgerufen.\n", "dpa", "Verdi"),
        ("Incendio\n\nSanta Cruz de Tenerife, 9 ago (EFE).- El incendio sigue activo.\n", "EFE", "El incendio"),
        ("น้ำท่วม\n\nสงขลา - น้ำท่วมสูงถึง 1.5 เมตร\n", None, "น้ำท่วม"),
        ("Τουρισμός\n\nΑθήνα, 18 Φεβρουαρίου 2025 – Σε νέο υψηλό έφτασαν οι αφίξεις.\n", None, "Σε νέο"),
        ("Мост\n\nРусе, 18 ноември /БТА/. Дунав мост ще бъде затворен.\n", "БТА", "Дунав мост"),
        ("Vlada\n\nZAGREB, 12. ožujka 2026. (Hina) - Vlada je produljila ograničenje.\n", "Hina", "Vlada je"),
        ("Pil\n\n(ANSA) - ROMA, 03 MAR - Nel 2024 il Pil è cresciuto.\n", "ANSA", "Nel 2024"),
        ("Goma\n\nGOMA, Democratic Republic of Congo (RFI) — Fighting resumed.\n", "RFI", "Fighting"),
        ("Cimeira\n\nHuelva, Espanha, 24 out 2025 (Lusa) – Os governos comprometeram-se hoje.\n", "Lusa", "Os governos"),
    ):
        wire = from_text(text)
        assert wire.dateline and wire.outlet == outlet and wire.paragraphs[0].startswith(first), text
    assert from_text("Alert\n\nBREAKING: Floodwaters swamped the city.\n").paragraphs == ["BREAKING: Floodwaters swamped the city."]
    assert from_text("Fire\n\nParis, 14 people died in the fire.\n").paragraphs == ["Paris, 14 people died in the fire."]
    assert from_text("Plaća\n\nZAGREB, 14. 11. 2025. (Hina) – Sabor je izglasao izmjene.\n").published == dt.date(2025, 11, 14)
    assert from_text("Τουρισμός\n\nΑθήνα, 18 Φεβρουαρίου 2025 – Σε νέο υψηλό.\n").published == dt.date(2025, 2, 18)
    assert from_text("Vlada\n\nZAGREB, 12. ožujka 2026. (Hina) - Vlada je odlučila.\n").published == dt.date(2026, 3, 12)
    # an agency's tag closing the story, after its last sentence or on its own line, is no statement
    for tail in (" (ANSA).", "\n\n(ANSA).", " /БТА/", " Enditem"):
        assert from_text(f"Pil\n\nIl Pil è cresciuto.\n\nIl debito è salito.{tail}\n").paragraphs == ["Il Pil è cresciuto.", "Il debito è salito."]
    assert from_text("Pil\n\nIl Pil è cresciuto.\n\nIl debito è salito (+3%).\n").paragraphs[-1] == "Il debito è salito (+3%)."
    kyodo = from_text("スマホ出荷\n\n【シンガポール＝共同】市場調査会社テックパルスは16日、出荷台数を発表した。\n")
    assert kyodo.outlet == "共同" and kyodo.paragraphs == ["市場調査会社テックパルスは16日、出荷台数を発表した。"]
    yonhap = from_text("한중 외교장관 회담\n\n(서울=연합뉴스) 김지훈 기자 = 조현 외교부 장관은 10일 서울에서 회담을 했다.\n")
    assert (yonhap.outlet, yonhap.byline) == ("연합뉴스", "김지훈")
    assert yonhap.paragraphs == ["조현 외교부 장관은 10일 서울에서 회담을 했다."]
    # Newsis's square brackets, a correspondent's "특파원": the dateline and byline, not a statement
    newsis = from_text("공장 화재\n\n[구미=뉴시스] 김민수 기자 = 28일 오전 구미의 한 공장에서 불이 났다.\n")
    assert (newsis.outlet, newsis.byline, newsis.paragraphs) == ("뉴시스", "김민수", ["28일 오전 구미의 한 공장에서 불이 났다."])
    abroad = from_text("관세\n\n(워싱턴=연합뉴스) 김동현 특파원 = 미국 정부는 28일 새 관세를 발표했다.\n")
    assert (abroad.byline, abroad.paragraphs) == ("김동현", ["미국 정부는 28일 새 관세를 발표했다."])
    dpa = from_text("Erdbeben auf Sumatra\nJakarta (dpa)\n\nEin Erdbeben hat Sumatra erschüttert.\n")
    assert dpa.dateline == "Jakarta (dpa)" and dpa.outlet == "dpa" and dpa.paragraphs == ["Ein Erdbeben hat Sumatra erschüttert."]
    # markup left in a plain text's headline is text, kept: its brackets are no breadcrumb's
    tagged = from_text("UPDATE 1-Plant <b>fire</b> | kills 3\n\nA fire at a chemical plant killed 3 people.\n")
    assert tagged.title == "Plant <b>fire</b> | kills 3"
    # a live blog's times of posting are the entries', not the event's
    blog = from_text("Storm live\n\n14:55 GMT — Minister Darragh Kinsella urged people to stay indoors.\n\n"
                     "14:32 — The storm made landfall.\n")
    assert blog.paragraphs == ["Minister Darragh Kinsella urged people to stay indoors.", "The storm made landfall."]
    newsroom = from_text("Vote passes\n\nBy 10 News staff\n\nThe council voted 5-4 on Monday.\n")
    assert newsroom.byline == "10 News staff" and newsroom.paragraphs == ["The council voted 5-4 on Monday."]


def test_a_headline_that_ends_on_a_quoted_phrase_and_a_date_line_in_devanagari() -> None:
    """"Kowalczyk: „To historyczny dzień”" ends on no sentence's full stop: a headline; and
    "नई दिल्ली, 3 मार्च 2026" under it is the date line (a vowel sign is no word character
    to a pattern)."""
    polish = from_text("Kowalczyk: „To historyczny dzień”\n\n12 marca 2026\n\nMinistrowie podpisali umowę.\n")
    assert polish.title == "Kowalczyk: „To historyczny dzień”" and polish.published == dt.date(2026, 3, 12)
    hindi = from_text("रेल हादसा\n\nनई दिल्ली, 3 मार्च 2026\n\nहादसे में 14 यात्रियों की मौत हो गई।\n")
    assert hindi.published == dt.date(2026, 3, 3) and hindi.paragraphs == ["हादसे में 14 यात्रियों की मौत हो गई।"]


def test_bylines_and_datelines_as_more_outlets_write_them() -> None:
    """The Guardian's "Jennifer Lowe in Amsterdam" and "Thu 5 Feb 2026 10.42 GMT", Il Sole's
    "di Laura Serafini", the Dutch "Door onze redacteur …", Lusa's "Lisboa, 9 mar 2026
    (Lusa) -", ČTK's "Sofie 14. listopadu (ČTK) -" and a wire's "($1 = 0.8478 euros)" are no statements."""
    guardian = from_text("Veltra to axe jobs\nJennifer Lowe in Amsterdam\nThu 5 Feb 2026 10.42 GMT\n\nVeltra is to cut jobs.\n")
    assert guardian.byline == "Jennifer Lowe" and guardian.published == dt.date(2026, 2, 5)
    assert guardian.paragraphs == ["Veltra is to cut jobs."]
    sole = from_text("Veltra, utile in calo\ndi Laura Serafini\n5 febbraio 2026\n\nVeltra chiude il 2025 in calo.\n")
    assert sole.byline == "Laura Serafini" and sole.paragraphs == ["Veltra chiude il 2025 in calo."]
    fd = from_text("Veltra schrapt banen\nDoor onze redacteur Pieter Jansen\n5 februari 2026\n\nVeltra schrapt 1800 banen.\n")
    assert fd.byline == "Pieter Jansen" and fd.paragraphs == ["Veltra schrapt 1800 banen."]
    lusa = from_text("AD vence legislativas\nLisboa, 9 mar 2026 (Lusa) - A AD venceu as eleições.\n\nO PS obteve 27,9%.\n")
    assert lusa.dateline == "Lisboa, 9 mar 2026 (Lusa) -" and lusa.published == dt.date(2026, 3, 9)
    assert lusa.paragraphs[0] == "A AD venceu as eleições."
    # ČTK's and BTA's date without a year: a dateline, no date of the event (it conflicted
    # with the "Thursday" of the verdict)
    for opening, dateline in [
        ("Sofie 14. listopadu (ČTK) - Bulharský soud ve čtvrtek poslal řidiče do vězení.", "Sofie 14. listopadu (ČTK) -"),
        ("София, 14 ноември (БТА) - Български съд осъди вчера гръцки шофьор.", "София, 14 ноември (БТА) -"),
    ]:
        agency = from_text(f"Soud\n\n{opening}\n\nDalší věta.\n")
        assert agency.dateline == dateline and agency.published is None
        assert agency.paragraphs[0] == opening.removeprefix(dateline + " ")
    wire = from_text("Veltra cuts jobs\n\nVeltra will cut 1,800 jobs.\n\n($1 = 0.8478 euros)\n")
    assert wire.paragraphs == ["Veltra will cut 1,800 jobs."]
    # a title-case subhead in the body is no byline
    assert "Chaos Erupts in Paris" in from_text("Title\n\nFirst paragraph.\n\nChaos Erupts in Paris\n\nMore.\n").paragraphs


def test_wire_tags_updates_and_newsrooms_in_the_header() -> None:
    """A wire's "UPDATE 2-" is no part of its title (its 2 was a headline figure); a header's
    "mis à jour le 14 mars" leaves the publication date the first (the line was a
    statement, and the date lost); Brazil's "Por g1 — Brasília" is a byline."""
    wire = from_text("UPDATE 2-Death toll in landslide rises to 19\n\nThe toll rose to 19.\n")
    assert wire.title == "Death toll in landslide rises to 19"
    french = from_text("Tramway : vote du T7\n\nLe Courrier du Rhône | 13 mars 2026, mis à jour le 14 mars 2026\n\nLes élus ont voté.\n")
    assert french.published == dt.date(2026, 3, 13) and french.paragraphs == ["Les élus ont voté."]
    english = from_text("Mill to close\n\nBy Dana Whitfield | March 3, 2026, updated March 4, 2026\n\nThe mill will close.\n")
    assert english.published == dt.date(2026, 3, 3)
    g1 = from_text("Dengue no Brasil\n\nPor g1 — Brasília\n27/03/2026 19h42\n\nO número de mortes chegou a 412.\n")
    assert g1.published == dt.date(2026, 3, 27) and g1.paragraphs == ["O número de mortes chegou a 412."]


def test_a_title_ending_in_a_full_stop_over_a_header_line_and_a_name_with_a_role() -> None:
    """A headline that ends with a full stop ("… na Mszy św.") over a dateline line was two
    statements, and a Guardian-style byline ("Rowena Hart, political correspondent") and the
    date under it two more, each one the other accounts "leave out"."""
    kai = from_text(
        "Leon XIV w Chiclayo. Ponad milion wiernych na Mszy św.\nChiclayo, 8 listopada 2026 (KAI)\n\n"
        "Papież Leon XIV odprawił mszę.\n\nWedług archidiecezji wzięło udział ponad milion osób.\n"
    )
    assert kai.title == "Leon XIV w Chiclayo. Ponad milion wiernych na Mszy św."
    assert kai.paragraphs == ["Papież Leon XIV odprawił mszę.", "Według archidiecezji wzięło udział ponad milion osób."]
    guardian = from_text(
        "MPs back welfare bill\n\nRowena Hart, political correspondent\nTue 9 Dec 2025\n\n"
        "MPs have voted to approve the bill.\n\nThe bill passed by 312 votes to 259.\n"
    )
    assert guardian.byline == "Rowena Hart" and guardian.published == dt.date(2025, 12, 9)
    assert guardian.paragraphs[0] == "MPs have voted to approve the bill."
    # a short lead sentence over the body stays the body's
    lead = from_text("The talks failed.\n\nThe ministers left Geneva on Monday.\n\nMore follows.\n")
    assert lead.title is None and lead.paragraphs[0] == "The talks failed."


def test_a_header_line_dated_in_iran_s_solar_calendar() -> None:
    """"خبرگزاری ایرنا — ۲۳ آبان ۱۴۰۵" (IRNA, 23 Aban 1405) was a news statement the other
    accounts "leave out", and the account had no publication date (so its "۷ آذر", a day
    without a year, was no date)."""
    irna = from_text("مذاکرات ایران و آمریکا\n\nخبرگزاری ایرنا — ۲۳ آبان ۱۴۰۵\n\nمذاکرات در مسقط برگزار شد.\n")
    assert irna.published == dt.date(2026, 11, 14)
    assert irna.paragraphs == ["مذاکرات در مسقط برگزار شد."]
    # a lead sentence with a date in a script without case is the body's, no header line
    lead = from_text("مذاکرات\n\nدور بعدی روز ۲ آذر ۱۴۰۵ برگزار می‌شود.\n\nمقامات آن را تایید کردند.\n")
    assert lead.paragraphs[0] == "دور بعدی روز ۲ آذر ۱۴۰۵ برگزار می‌شود." and lead.byline is None


def test_an_ethiopian_news_agency_dateline() -> None:
    """"አዲስ አበባ፣ ጥር 12/2018 (ኢዜአ)፦" (Addis Ababa, Tir 12, 2018, ENA) was part of the
    first statement, its 12 a number the other accounts lacked: it is the dateline, and
    the publication date is 20 January 2026."""
    ena = from_text("ምርጫ\n\nአዲስ አበባ፣ ጥር 12/2018 (ኢዜአ)፦ ቦርዱ ምርጫው ሰኔ 1 ቀን እንደሚካሄድ አስታወቀ።\n\nቦርዱ ዝግጁ ነው።\n")
    assert ena.published == dt.date(2026, 1, 20) and ena.outlet == "ኢዜአ"
    assert ena.paragraphs[0] == "ቦርዱ ምርጫው ሰኔ 1 ቀን እንደሚካሄድ አስታወቀ።"


def test_south_asian_datelines() -> None:
    """Bengali, Nepali, Tamil and Urdu datelines, and PTI-Bhasha's days in words, stayed in
    the first statement (its day a number the other accounts lacked) or were one of their own."""
    leads = {
        "কলকাতা, ২৩ ডিসেম্বর: পুরসভার ভোটে তৃণমূল জয়ী হয়েছে।": "পুরসভার ভোটে তৃণমূল জয়ী হয়েছে।",
        "नई दिल्ली, एक फरवरी (भाषा)। वित्त मंत्री ने बजट पेश किया।": "वित्त मंत्री ने बजट पेश किया।",
        "चौतारा, साउन २६ — पहिरोमा परी सात जनाको मृत्यु भएको छ।": "पहिरोमा परी सात जनाको मृत्यु भएको छ।",
        "சென்னை, நவ. 29: வங்கக் கடலில் புயல் கரையைக் கடந்தது.": "வங்கக் கடலில் புயல் கரையைக் கடந்தது.",
        "رانچی، 21 نومبر (یو این آئی) جھارکھنڈ میں گنتی مکمل ہو گئی۔": "جھارکھنڈ میں گنتی مکمل ہو گئی۔",
    }
    for lead, body in leads.items():
        assert from_text(f"शीर्षक\n\n{lead}\n\nदूसरा वाक्य।\n").paragraphs[0] == body
    # ... and one alone on its line, closed by a danda
    alone = from_text("शीर्षक\n\nश्रीहरिकोटा, 22 सितंबर (भाषा)।\n\nइसरो ने मिशन भेजा।\n\nदूसरा वाक्य।\n")
    assert alone.paragraphs[0] == "इसरो ने मिशन भेजा।" and alone.outlet == "भाषा"
    # a lead that opens with a weekday and a date is the body's
    lead = "मंगलवार, 12 जनवरी को बारिश हुई।"
    assert from_text(f"शीर्षक\n\n{lead}\n\nफिर धूप निकली।\n").paragraphs[0] == lead


def test_a_russian_dateline_before_a_quotation() -> None:
    """"ЗАПОРОЖЬЕ, 5 мая. «Город выстоит…»" kept its dateline in the first statement, which
    the other account's dateline-free copy then "left out"."""
    article = from_text("Заголовок\n\nЗАПОРОЖЬЕ, 5 мая. «Город выстоит», — заявил Куртев.\n\nВторое предложение.\n")
    assert article.paragraphs[0] == "«Город выстоит», — заявил Куртев."


def test_an_arabic_dateline_on_its_own_line_and_a_wire_s_dateline_with_its_year() -> None:
    """"الرياض - واس" under the title was a statement only that account had; "DUBAI, Oct 22, 2025
    (Reuters) -" gave no publication date, so "on Wednesday" was never a day."""
    spa = from_text("ميزانية\n\nالرياض - واس\n\nويتوقع أن ينمو الاقتصاد.\n\nجملة ثانية.\n")
    assert spa.paragraphs[0] == "ويتوقع أن ينمو الاقتصاد." and spa.outlet == "واس"
    said = from_text("عنوان\n\nقال الوزير - في المؤتمر\n\nجملة ثانية.\n")
    assert said.paragraphs[0] == "قال الوزير - في المؤتمر"
    reuters = from_text("Talks\n\nDUBAI, Oct 22, 2025 (Reuters) - Iran said on Wednesday it would talk.\n\nMore.\n")
    assert reuters.published == dt.date(2025, 10, 22)


def test_a_city_and_a_full_stop_opening_the_first_paragraph() -> None:
    """Tanzania's press opens with the city and a full stop ("Dodoma. Bunge limepitisha …"),
    which was a statement of its own; a word that is no city stays ("Thanks. The …")."""
    assert from_text("Bajeti\n\nDodoma. Bunge limepitisha bajeti.\n\nSentensi.\n").paragraphs[0] == "Bunge limepitisha bajeti."
    assert from_text("Bajeti\n\nDar es Salaam. Serikali imetangaza bajeti.\n\nSentensi.\n").paragraphs[0] == "Serikali imetangaza bajeti."
    assert from_text("Title\n\nThanks. The minister left.\n\nMore.\n").paragraphs[0] == "Thanks. The minister left."


def test_a_header_line_that_closes_with_a_date_is_a_byline() -> None:
    """"Ольга Петрова, Одесса, 4 июня 2025" under the title, no word for "by": a byline and
    the publication date, not the first statement; "By …, June 4, 2025" gives its date
    too. A body sentence that ends with a date stays body."""
    russian = from_text("Взрыв в порту\n\nОльга Петрова, Одесса, 4 июня 2025\n\nВзрыв унёс жизни двух рабочих.\n")
    assert russian.byline == "Ольга Петрова, Одесса, 4 июня 2025" and russian.published == dt.date(2025, 6, 4)
    assert russian.paragraphs == ["Взрыв унёс жизни двух рабочих."]
    english = from_text("Explosion\n\nBy Olga Petrova, Odesa, June 4, 2025\n\nTwo workers died.\n")
    assert english.byline == "Olga Petrova, Odesa, June 4, 2025" and english.published == dt.date(2025, 6, 4)
    korean = from_text("한국은행, 기준금리 인상\n\n2025년 5월 22일\n\n한국은행이 기준금리를 올렸다.\n")
    assert korean.published == dt.date(2025, 5, 22) and korean.paragraphs == ["한국은행이 기준금리를 올렸다."]
    # an Arabic comma, and a month dateparser does not know (the Levantine شباط): still a byline
    arabic = from_text("الأردن يفتتح محطة\n\nعمّان، 12 شباط 2026\n\nافتتح الأردن محطة لتحلية المياه.\n")
    assert arabic.byline == "عمّان، 12 شباط 2026" and arabic.paragraphs == ["افتتح الأردن محطة لتحلية المياه."]
    later = from_text("Explosion\n\nTwo workers died.\n\nThe port reopened, said officials, June 5, 2025\n")
    assert later.byline is None and len(later.paragraphs) == 2
    # a word after the year ("года", "r.", a weekday), Vietnamese "ngày tháng năm"
    for line, date in [
        ("Ирина Павленко, Харьков, 12 марта 2025 года", dt.date(2025, 3, 12)),
        ("Anna Wiśniewska, Kraków, 14 listopada 2024 r.", dt.date(2024, 11, 14)),
        ("Mehmet Yılmaz, Ankara, 22 Ağustos 2024 Perşembe", dt.date(2024, 8, 22)),
        ("Nguyễn Thu Hà, Huế, 28 tháng 10 năm 2025", dt.date(2025, 10, 28)),
        ("Kovács Anna, Szeged, 2024. április 15.", dt.date(2024, 4, 15)),
        ("山田太郎、東京、2024年5月8日", dt.date(2024, 5, 8)),
    ]:
        dated = from_text(f"Title of the story\n\n{line}\n\nThe first sentence of the story.\n")
        assert (dated.byline, dated.published, len(dated.paragraphs)) == (line, date, 1), line


def test_a_title_that_opens_like_a_word_for_by_is_a_title() -> None:
    """Polish "Były" opens with "By", Portuguese "Diário" with "Di": a word for "by" is a
    word of its own, so the title is no byline."""
    polish = from_text("Były burmistrz skazany na sześć lat\n\nSąd skazał byłego burmistrza.\n")
    assert (polish.title, polish.byline) == ("Były burmistrz skazany na sześć lat", None)
    portuguese = from_text("Diário Oficial publica novas regras\n\nO governo publicou as regras.\n")
    assert (portuguese.title, portuguese.byline) == ("Diário Oficial publica novas regras", None)
    assert from_text("Title\n\nBy: Anna Nowak\n\nText of it.\n").byline == "Anna Nowak"
    assert from_text("Title\n\nVon Anna Nowak\n\nText of it.\n").byline == "Anna Nowak"
    # other languages' words for "by", before a header line with its date
    for line, name, date in [
        ("Autor: Jana Nováková, Ostrava, 12. března 2024", "Jana Nováková, Ostrava, 12. března 2024", dt.date(2024, 3, 12)),
        ("Írta: Kovács Anna, Szeged, 2024. április 15.", "Kovács Anna, Szeged, 2024. április 15.", dt.date(2024, 4, 15)),
        ("Av Erik Lindqvist, Stockholm, 24 oktober 2024", "Erik Lindqvist, Stockholm, 24 oktober 2024", dt.date(2024, 10, 24)),
    ]:
        dated = from_text(f"Title of the story\n\n{line}\n\nThe first sentence of the story.\n")
        assert (dated.byline, dated.published, len(dated.paragraphs)) == (name, date, 1), line


def test_a_page_of_links_only_is_no_article() -> None:
    page = "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav></body></html>"
    with pytest.raises(UnsupportedInput, match="no article text"):
        from_html(page, source="nav.html")


def test_a_utf8_page_with_a_few_legacy_bytes_is_read_as_utf8() -> None:
    body = "<p>成都地铁30号线一期今天开通运营，全长二十五公里，设站二十个。市民可以乘坐地铁前往机场和火车站。</p>"
    page = f'<html><head><meta charset="utf-8"></head><body>{body}'.encode() + "<p>版权所有</p>".encode("gbk")
    text = decode(page, name="x")
    assert "成都地铁30号线" in text and text.count("\ufffd") <= 8
    french = "<p>Le gouvernement du Québec s'engage à financer le tramway de Gatineau.</p>".encode()
    french += "<p>Lisez l’infolettre</p>".encode("cp1252")
    assert "Québec" in decode(french, name="x")
    # a meta tag names the encoding of a file or of standard input too
    russian = '<meta charset="windows-1251"><p>Правительство объявило о новых мерах.</p>'
    assert "Правительство" in decode(russian.encode("cp1251"), name="x")


def test_a_brief_is_extracted_by_its_markup_and_no_date_is_guessed() -> None:
    page = (
        "<html><body><article><h1>A34 closed after lorry overturns</h1><div class='byline'>By Sam Turner</div>"
        "<p>The A34 northbound was closed for six hours on Tuesday after a lorry overturned, police said.</p>"
        "<p>Nobody was seriously hurt. The road reopened shortly after 2pm.</p></article>"
        "<footer>© 2023 Berkshire Echo</footer></body></html>"
    )
    article = from_html(page, source="brief.html")
    assert article.paragraphs[0].startswith("The A34 northbound") and len(article.paragraphs) == 2
    assert article.published is None  # not 1 January 2023 from the footer


def test_utf16_with_bom_is_decoded() -> None:
    assert decode("Grüße aus Köln.".encode("utf-16"), name="x") == "Grüße aus Köln."


def test_utf16_without_bom_is_decoded_and_utf7_is_not_honoured() -> None:
    text = "The minister said on Monday that 40 people were evacuated."
    assert decode(text.encode("utf-16-le"), name="x") == text
    assert decode(text.encode("utf-16-be"), name="x") == text
    page = b'<html><head><meta charset="utf-7"></head><body><p>+ADw-script+AD4-</p></body></html>'
    assert "<script>" not in decode(page, name="x")


def test_a_control_character_reference_does_not_cost_the_article() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i} of the report says the council met on Monday to discuss the budget.</p>"
        for i in range(4)
    )
    page = f"<html><head><title>Budget</title></head><body><article>{paragraphs}</article></body></html>"
    poisoned = page.replace("the budget.</p>", "the budget &#27;[2J &#x7;.</p>", 1)
    article = from_html(poisoned)
    assert len(article.paragraphs) == 4
    assert not any(ch in "".join(article.paragraphs) for ch in "\x1b\x07")
    assert from_html(page.replace("Monday", "Monday &#271;")).paragraphs[0].count("\u010f") == 1  # not a control character


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (lambda p: p / "missing.txt", SourceNotFound, "no such file"),
        (lambda p: p, SourceNotFound, "is a directory"),
        (lambda p: _write(p / "empty.txt", b""), UnsupportedInput, "empty"),
        (lambda p: _write(p / "blank.txt", b"  \n\t \n"), UnsupportedInput, "empty"),
        (lambda p: _write(p / "bin.dat", bytes(range(256)) * 40), UnsupportedInput, "binary"),
        (lambda p: _write(p / "elf", Path(sys.executable).read_bytes()[:4096]), UnsupportedInput, "binary"),
        (lambda p: _sparse(p / "huge.txt", 200 * 1024 * 1024), InputTooLarge, "larger than"),
    ],
)
def test_bad_files_give_clear_errors(tmp_path: Path, make, error, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error, match=message) as info:
        load(str(make(tmp_path)))
    assert "\n" not in str(info.value)
    assert info.value.exit_code == 2


def test_unsupported_scheme_is_refused() -> None:
    with pytest.raises(UnsupportedInput, match="only http"):
        load("ftp://example.org/story.txt")


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(ENGLISH_RELEASE.read_bytes()))
    monkeypatch.setattr(sys, "stdin", fake)
    assert load("-").title == "Xi meets Putin in Moscow"


def test_every_error_is_a_storydiff_error(tmp_path: Path) -> None:
    for source in (str(tmp_path / "nope"), str(tmp_path), "gopher://x"):
        with pytest.raises(StorydiffError):
            load(source)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as f:
        f.truncate(size)
    return path


def test_dateparser_is_asked_about_two_date_lines_at_most(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing dateparser call can take a second; a hostile text may hold any number of
    date lines."""
    import dateparser

    calls: list[str] = []
    monkeypatch.setattr(dateparser, "parse", lambda value, **_: calls.append(value))
    lines = "\n\n".join(f"Published: {i} Smarch 2024" for i in range(1, 29))
    article = from_text(f"Title\n\n{lines}\n\nThree people died.\n")
    assert len(calls) == 2
    assert article.published is None and article.paragraphs == ["Three people died."]


def test_a_date_and_names_around_it_under_the_title_in_any_order() -> None:
    """The date first and the outlet after it, the outlet and the date with no comma, a
    place and a weekday before an Arabic date in Arabic digits with the month's other name,
    or the date alone in another language: the publication date, not the first statement
    (which would show as a statement only this account has and leave the wire's dateline
    on the lede). A subhead that ends with a date stays body."""
    cases = {
        "16 ottobre 2025 — Redazione ANSA": dt.date(2025, 10, 16),
        "Yle Uutiset 12.3.2026": dt.date(2026, 3, 12),
        "Associated Wire — Nov. 22, 2025": dt.date(2025, 11, 22),
        "الرباط - الأربعاء ١٥ أكتوبر/تشرين الأول ٢٠٢٥": dt.date(2025, 10, 15),
        "16 oktober 2025": dt.date(2025, 10, 16),
        "Le Monde avec AFP, 22 octobre 2025": dt.date(2025, 10, 22),
        "21.10.2025, 22.45 Uhr": dt.date(2025, 10, 21),
        "Folha de S.Paulo — Santiago, 4.nov.2024": dt.date(2024, 11, 4),
    }
    for line, date in cases.items():
        article = from_text(f"Title\n{line}\n\nROME, Oct 16 (Reuters) - Three people died.\n")
        assert article.published == date, line
        assert article.paragraphs == ["Three people died."], line
    subhead = from_text("Floods\n\nFloods hit the coast on 16 October 2025\n\nThree people died.\n")
    assert subhead.published is None and len(subhead.paragraphs) == 2


def test_a_sentence_with_greater_than_signs_is_no_breadcrumb() -> None:
    """"Inflation was > 5% in March and > 7% in April, the bank said." was dropped as a
    row of navigation ("Home > News > World"), and its facts with it, without a word."""
    article = from_text(
        "Title\n\nOfficials said the talks ended on Monday.\n\n"
        "Inflation was > 5% in March and > 7% in April, the bank said.\n\nHome > News > World\n\nThe minister agreed.\n"
    )
    assert article.paragraphs == [
        "Officials said the talks ended on Monday.",
        "Inflation was > 5% in March and > 7% in April, the bank said.",
        "The minister agreed.",
    ]


def test_text_hard_wrapped_at_a_width_reads_as_the_same_paragraphs() -> None:
    """The example release folded at 72 columns (``fold -s -w 72``) is the same account:
    a line that reaches the width runs on into the next; it was cut into 21 sentences
    where the release has 15, five of them "only in B"."""
    import textwrap

    original = Path(ENGLISH_RELEASE).read_text(encoding="utf-8")
    folded = "\n".join(
        "\n".join(textwrap.wrap(line, 72, break_long_words=False)) if line.strip() else line
        for line in original.split("\n")
    )
    assert from_text(folded).paragraphs == from_text(original).paragraphs
    assert from_text(folded).title == from_text(original).title


def test_pages_as_browsers_read_them() -> None:
    """A page labelled Latin-1 is windows-1252 to a browser (its curly quotes and € were
    deleted); a charset declared after 8 KB of inline CSS still counts (the page was read
    as another code); a title's site suffix ("| NHK") is no part of the headline, which then
    came back as a body sentence; a page published this morning in Tokyo keeps its date
    on a machine where it is still yesterday."""
    latin = '<html><head><meta charset="iso-8859-1"></head><body><article><p>“It is under control,” he said. Damage was put at €12 million, the mayor said on Tuesday.</p></article></body></html>'
    assert "€12 million" in decode(latin.encode("cp1252"), name="x")
    styled = "<html><head><style>" + "p { color: #333; }\n" * 600 + '</style><meta charset="windows-1251"></head><body><p>Пожар в порту Роттердама.</p></body></html>'
    assert "Пожар" in decode(styled.encode("cp1251"), name="x")
    nhk = from_html(
        '<html><head><meta property="og:title" content="Quake hits Miyagi, 23 injured | NHK"></head><body><article>'
        "<h1>Quake hits Miyagi, 23 injured</h1><p>A magnitude 6.8 earthquake struck off Miyagi prefecture early on Wednesday.</p>"
        "<p>Twenty-three people were injured, and bullet trains were halted between Sendai and Morioka.</p></article></body></html>",
        source="x.html",
    )
    assert nhk.title == "Quake hits Miyagi, 23 injured" and len(nhk.paragraphs) == 2
    today = dt.datetime.now(dt.UTC) + dt.timedelta(hours=9)
    tokyo = from_html(
        f'<html><head><meta property="article:published_time" content="{today:%Y-%m-%d}T09:00:00+09:00"></head><body><article>'
        "<p>A magnitude 6.8 earthquake struck off Miyagi prefecture early on Wednesday, the weather agency said.</p>"
        "<p>Twenty-three people were injured, and bullet trains were halted between Sendai and Morioka.</p></article></body></html>",
        source="x.html",
    )
    assert tokyo.published == today.date()


def test_paywall_and_promotion_lines_are_no_statements() -> None:
    """Lines a page puts inside its article: a paywall's, a newsletter's, a video teaser's
    ("Il vous reste 58.36% …" also made the French page's numbers read the English way)."""
    page = from_text(
        "Incendie à Rotterdam\n\nUn incendie a forcé 1 200 habitants à quitter leur domicile.\n\n"
        "Il vous reste 58.36% de cet article à lire. La suite est réservée aux abonnés.\n\n"
        "Sign up for our Europe newsletter here.\n\nStory continues below advertisement\n\n"
        "Watch: Smoke billows over Rotterdam port – video\n\nPhoto: Robin Utrecht/ANP\n\n"
        "Les pompiers ont maîtrisé le feu mardi soir.\n"
    )
    assert page.paragraphs == [
        "Un incendie a forcé 1 200 habitants à quitter leur domicile.",
        "Les pompiers ont maîtrisé le feu mardi soir.",
    ]


def test_baltic_date_lines_and_an_outlet_by_its_web_address() -> None:
    """"LRT.lt, 2026 m. kovo 12 d.", "LSM.lv, 2026. gada 12. martā", "rus.err.ee, 04.03.2026"
    are date lines, not the first statement."""
    for line, date in [
        ("LRT.lt, 2026 m. kovo 12 d.", dt.date(2026, 3, 12)),
        ("LSM.lv, 2026. gada 12. martā", dt.date(2026, 3, 12)),
        ("rus.err.ee, 04.03.2026", dt.date(2026, 3, 4)),
    ]:
        article = from_text(f"Seimas pritarė pataisoms\n\n{line}\n\nSeimas pritarė pataisoms ketvirtadienį.\n")
        assert article.published == date and article.paragraphs == ["Seimas pritarė pataisoms ketvirtadienį."]


def test_a_language_the_model_is_unsure_of_but_far_ahead() -> None:
    """A short Swahili account scores 0.41 (English next at 0.12): Swahili, not unknown (its
    dates and numbers were then not read)."""
    swahili = (
        "Bi Jane Wanjiru Kamau ametangazwa mshindi wa uchaguzi mdogo wa ugavana wa Kaunti ya Nakuru. "
        "Zaidi ya wapiga kura milioni 1.28 walikuwa wamesajiliwa katika kaunti hiyo. "
        "Bi Kamau anatarajiwa kuapishwa tarehe 18 Machi."
    )
    assert detect(swahili) == "sw"
    assert detect("The minister said on Tuesday that the talks would resume next week.") == "en"
    # a Slovak text the model splits between Slovak (0.48) and Czech (0.47)
    slovak = (
        "Poslanci českej snemovne v stredu vyslovili nedôveru menšinovej vláde premiéra Tomáša Hrubého. "
        "„Výsledok rešpektujeme, ale krajinu v chaose nenecháme,“ povedal novinárom Hrubý. "
        "Prezident Jan Kolář oznámil, že nového premiéra vymenuje v priebehu týždňov. "
        "Slovenské ministerstvo zahraničných vecí uviedlo, že situáciu v Česku pozorne sleduje."
    )
    assert detect(slovak) == "sk"


def test_what_a_browser_does_not_show_is_no_article_text() -> None:
    """A <template>'s content and a ``hidden`` paragraph were read as statements ("The mayor
    resigned on Wednesday."); a hidden element that holds another of its kind is left, and an
    unclosed one costs no more than one pass."""
    page = from_html(
        "<html><body><article><h1>Fire at Rotterdam port</h1>"
        "<p>A fire at a chemical warehouse in Rotterdam forced 1,200 residents from their homes on Tuesday.</p>"
        '<template id="tpl"><p>Hidden template: 9,999 residents were evacuated.</p></template>'
        "<p hidden>The mayor resigned on Wednesday.</p>"
        "<p>Two firefighters were treated in hospital for smoke inhalation, the fire service said.</p>"
        "</article></body></html>",
        source="x.html",
    )
    assert page.paragraphs == [
        "A fire at a chemical warehouse in Rotterdam forced 1,200 residents from their homes on Tuesday.",
        "Two firefighters were treated in hospital for smoke inhalation, the fire service said.",
    ]


def test_an_article_body_in_sibling_blocks_is_read_whole() -> None:
    """A body split into sections of one class, one per subheading or on each side of an
    advert: trafilatura read the first only, and a page lost everything after its lead."""
    lead = "".join(
        f"<p>{s}</p>"
        for s in (
            "A magnitude 6.8 earthquake struck off Miyagi prefecture early on Wednesday, the weather agency said.",
            "Residents of the coast were told to move to higher ground while officials checked the ports for damage.",
            "A tsunami advisory was issued for the coast and lifted at 9:10 a.m., the agency added.",
        )
    )
    page = from_html(
        "<html><body><article><h1>Quake hits Miyagi</h1>"
        f'<section class="body-text"><div class="body-text">{lead}</div></section>'
        '<div class="ad"><p>Advertisement</p></div>'
        '<section class="body-text"><h2>Injuries</h2><div class="body-text">'
        "<p>Twenty-three people were injured in Miyagi and Iwate, the fire agency said.</p>"
        "<p>Bullet trains were halted between Sendai and Morioka.</p></div></section>"
        "</article></body></html>",
        source="x.html",
    )
    assert page.paragraphs[0].startswith("A magnitude 6.8")
    assert page.paragraphs[-2:] == [
        "Twenty-three people were injured in Miyagi and Iwate, the fire agency said.",
        "Bullet trains were halted between Sendai and Morioka.",
    ]
    assert "Advertisement" not in " ".join(page.paragraphs)


def test_a_kicker_before_the_headline_and_a_labelled_publication_time() -> None:
    """A kicker and the headline in one <h2> came back glued as a first statement
    ("NiederlandeGroßbrand im …"); an "Updated:" date before a <time> labelled "Published:"
    was taken for the publication date, which misdates "yesterday" in the text."""
    page = from_html(
        '<html lang="de"><head><meta property="og:title" content="Großbrand im Rotterdamer Hafen: 1500 Anwohner evakuiert"></head>'
        '<body><article><header><h2><span class="kicker">Niederlande</span><span class="headline">Großbrand im Rotterdamer '
        'Hafen: 1500 Anwohner evakuiert</span></h2></header><p class="date">Updated: November 20, 2026 | Published: '
        '<time datetime="2026-11-18">November 18, 2026</time></p>'
        "<section><p>Ein Feuer in einem Chemikalienlager im Hafen von Rotterdam hat gestern rund 1500 Anwohner vertrieben.</p>"
        "<p>Zwei Feuerwehrleute wurden wegen einer Rauchvergiftung im Krankenhaus behandelt.</p></section></article></body></html>",
        source="x.html",
    )
    assert page.title == "Großbrand im Rotterdamer Hafen: 1500 Anwohner evakuiert"
    assert page.paragraphs[0].startswith("Ein Feuer")
    assert page.published == dt.date(2026, 11, 18)


def test_a_lead_sentence_with_a_date_is_no_date_line() -> None:
    """"Polling in Punjab will be held on March 5, 2027." under the title was read as a date
    line and dropped: the body lost its first statement, and a flash its only one."""
    story = from_text("Punjab to vote in March\nChandigarh, 11.01.2027\n\nPolling in Punjab will be held on March 5, 2027.\n\nCounting will take place on March 10.\n")
    assert story.paragraphs[0] == "Polling in Punjab will be held on March 5, 2027."
    flash = from_text("Punjab polls\n\nPolling will be held on March 5, 2027.\n")
    assert flash.paragraphs == ["Polling will be held on March 5, 2027."]



def test_a_papers_own_unnamed_byline() -> None:
    """"Von unserem Korrespondenten, 14.03.2027" and "Par notre envoyé spécial" were the
    first statements of their accounts: a false "only these accounts say" and a false
    omission in the English one, which has its "By …" taken off."""
    german = from_text("Tunnel eröffnet\nVon unserem Korrespondenten, 14.03.2027\n\nDer Tunnel wurde am Dienstag eröffnet.\n")
    assert german.byline == "Von unserem Korrespondenten, 14.03.2027" and str(german.published) == "2027-03-14"
    assert german.paragraphs == ["Der Tunnel wurde am Dienstag eröffnet."]
    french = from_text("Tunnel ouvert\nPar notre envoyé spécial\n\nLe tunnel a été ouvert mardi.\n")
    assert french.byline == "Par notre envoyé spécial"


def test_a_hindi_dateline() -> None:
    """"गुवाहाटी, मंगलवार, 12 जनवरी" on its line, or "नई दिल्ली, 12 जनवरी (भाषा)।" before the
    lead, was the Hindi account's first statement, one only it had; a lead that opens with
    its date ("मंगलवार, 12 जनवरी को …") stays a sentence."""
    alone = from_text("बाढ़\n\nगुवाहाटी, मंगलवार, 12 जनवरी\n\nअसम में बाढ़ से 12 लाख लोग प्रभावित हुए हैं।\n")
    assert alone.dateline == "गुवाहाटी, मंगलवार, 12 जनवरी" and alone.paragraphs == ["असम में बाढ़ से 12 लाख लोग प्रभावित हुए हैं।"]
    agency = from_text("बाढ़\n\nनई दिल्ली, 12 जनवरी (भाषा)। असम में बाढ़ से 12 लाख लोग प्रभावित हुए हैं।\n")
    assert agency.dateline == "नई दिल्ली, 12 जनवरी (भाषा)" and agency.outlet == "भाषा"
    lead = "मंगलवार, 12 जनवरी को असम में बाढ़ से 12 लाख लोग प्रभावित हुए।"
    assert from_text(f"बाढ़\n\n{lead}\n").paragraphs == [lead]


def test_datelines_before_a_figure_with_a_full_stop_and_dash_with_mti_s_weekday_and_leta_s() -> None:
    """Each was left in the first statement (an omission of the account, or a false
    conflict): a figure opening the lead ("LONDON (Reuters) - 29% …", whose agency was an
    organisation conflict with PA's), Latin America's "San Pedro Sula.- …", MTI's weekday
    ("…, szerda (MTI) –", a date conflict with "Tuesday") and LETA's "Rīga, 19. novembris, LETA."."""
    cases = {
        "LONDON (Reuters) - 29% of voters back Labour.": ("29% of voters back Labour.", "Reuters"),
        "Bern (sda) - 54 Prozent sagen Ja.": ("54 Prozent sagen Ja.", "sda"),
        "San Pedro Sula.- La tormenta obligó a 15.000 personas a huir.": ("La tormenta obligó a 15.000 personas a huir.", None),
        "Ciudad de México, 12 de octubre.- La tormenta tocó tierra.": ("La tormenta tocó tierra.", None),
        "Budapest, 2025. május 14., szerda (MTI) – A jegybank döntött.": ("A jegybank döntött.", "MTI"),
        "Rīga, 19. novembris, LETA. Bezdarba līmenis samazinājās.": ("Bezdarba līmenis samazinājās.", "LETA"),
    }
    for lead, (body, outlet) in cases.items():
        article = from_text(f"Title\n\n{lead}\n\nMore.\n")
        assert (article.paragraphs[0], article.outlet) == (body, outlet), lead
    # a sentence with a figure after a dash is no dateline
    assert from_text("Title\n\nThe result - 29% - surprised everyone.\n\nMore.\n").paragraphs[0].startswith("The result")
