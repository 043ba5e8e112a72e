"""Hand-written ground truth for the ingest audit pages.

body:     opening words of every body paragraph (the element whose text starts with them is
          the paragraph; every sentence in it must reach the body).
optional: opening words of text that may or may not be body (standfirst, subheads, live-blog
          timestamps and entry titles, the embedded tweet, notes to editors): neither
          counted as lost nor as chrome.
captions: opening words of photo captions (must not be body; ideally in captions).
dateline: text at the start of the first paragraph that may be split off as the dateline.
Metadata fields list every acceptable answer (None = nothing is acceptable, i.e. the field
should be empty). Dates are the local publication date printed on the page.
"""

PAGES = {
    "01-wordpress-blog.html": dict(
        kind="WordPress local news blog (Jetpack share/like/related, comments, sidebar)",
        body=["Millbrook town council voted", "The closure is expected", "Councillor Amrit Sandhu",
              "Drivers will be diverted", "Neil Garside, who runs", "The three councillors who voted",
              "The council will hold a drop-in"],
        title=["Council votes to close Harlow Street bridge for repairs"],
        published="2024-03-05", outlet=["The Millbrook Ledger"], byline=["Diane Penrose"], lang="en"),
    "02-newspaper-jsonld.html": dict(
        kind="big newspaper: JSON-LD NewsArticle, og: tags, cookie banner, inline ad, newsletter box, most viewed",
        body=["Spain's reservoirs have fallen", "Figures published on Tuesday", "Three weeks of temperatures",
              "\"We are managing scarcity", "Olive and citrus growers", "In Barcelona, the regional government",
              "Scientists at the state meteorological"],
        optional=["Water authorities in Andalusia and Catalonia prepare"],
        captions=["The exposed bed of the Entrepeñas"],
        title=["Heatwave pushes Spain's reservoirs to lowest level in three decades"],
        published="2024-08-14", outlet=["The Meridian Herald"], byline=["Lucía Ferrer"], lang="en"),
    "03-amp.html": dict(
        kind="AMP page (amp-sidebar, amp-ad, amp-social-share, JSON-LD)",
        body=["More than 38,000 homes", "The energy network operator", "A yellow wind warning",
              "In Porthmarrow, the harbour road", "Rail services between Exbridge", "The county council said its gritting"],
        captions=["Waves break over the harbour wall"],
        title=["Storm Imogen: thousands without power as gusts hit 90mph"],
        published="2025-01-24", outlet=["Coastline Daily"], byline=["Tom Ashworth"], lang="en"),
    "04-live-blog.html": dict(
        kind="live blog, newest entry first, timestamped entries, key events, embedded tweet",
        body=["That is where we will leave", "Our economics team will publish", "The Institute for Budget Studies",
              "Its director, Paul Rennard", "The chancellor confirms that fuel duty", "Motoring groups had been lobbying",
              "The chancellor is on her feet", "Welcome to our live coverage", "Ministers have spent the last week"],
        optional=["17.40 GMT", "15.05 GMT", "13.21 GMT", "12.48 GMT", "12.31 GMT", "09.02 GMT",
                  "We're closing this blog", "Fuel duty cut confirmed", "Chancellor begins speech", "Good morning",
                  "Packed chamber for the budget", "Fuel duty cut by 3p", "Income tax thresholds frozen",
                  "Opposition says the budget"],
        title=["Budget 2024 live: Chancellor cuts fuel duty and freezes income tax thresholds – as it happened"],
        published="2024-11-20", outlet=["Daily Courier"], byline=["Hannah Okafor and James Whitlock", "Hannah Okafor, James Whitlock", "Hannah Okafor; James Whitlock"], lang="en"),
    "05-gov-press-release.html": dict(
        kind="government press release (From:, Published, Share this page, Print this page, Related documents, feedback)",
        body=["Ambulance services serving rural", "The funding will pay for five", "Average response times to the most serious",
              "Where you live should not decide", "Chief executive of the Association", "Our crews cover huge distances"],
        optional=["Ambulance services in rural areas will receive", "£68 million to recruit and train", "New training hubs to open",
                  "Health Secretary Sarah Lindqvist said:", "Notes to editors", "The funding is part of the Urgent"],
        title=["New funding to train 2,500 more rural paramedics"],
        published="2024-06-11", outlet=["Department of Health and Community Care", "GOV.EXAMPLE"], byline=[None], lang="en"),
    "06-wire-dateline.html": dict(
        kind="wire-service story with dateline 'BERLIN (Reuters) -' and 'Reporting by …; Editing by …'",
        body=["BERLIN (Reuters) - German industrial orders", "Orders dropped 1.5%", "Foreign orders were down",
              "\"The industrial sector simply", "Manufacturers of machinery", "The economy ministry said the volatile"],
        dateline="BERLIN (Reuters) -",
        title=["German factory orders fall for third month as export demand weakens"],
        published="2024-12-04", outlet=["Reuters"], byline=["Maria Hoffmann"], lang="en"),
    "07-paywall-teaser.html": dict(
        kind="metered paywall: teaser + full text inside div.paywall (JSON-LD hasPart cssSelector), subscribe prompt",
        body=["When the Fairbrook Market closed", "\"People were buying their groceries", "Two years later, the store is open",
              "The idea came from a retired pharmacist", "The cooperative still operates", "Other towns have noticed"],
        title=["How a small Ohio town lost its last grocery store — and got it back"],
        published="2025-02-09", outlet=["The Lakeshore Tribune"], byline=["Kevin Marsh"], lang="en"),
    "08-div-body-no-title.html": dict(
        kind="no <title>; headline and body in <div>s (no <p>), one <br><br> split; date 09/17/2024 in text",
        body=["Almond growers in the southern San Joaquin", "The limits, adopted under", "Growers said they had met",
              "\"We did not want to do it", "Environmental groups welcomed"],
        title=["Almond growers cut water use by a fifth under new groundwater rules"],
        published="2024-09-17", outlet=["Valley Courier-Journal"], byline=["Priya Raman"], lang="en"),
    "09-tweet-captions.html": dict(
        kind="embedded tweet (blockquote.twitter-tweet), pull-quote blockquote, two figure captions",
        body=["Tens of thousands of people marched", "Organisers put the number", "Average rents in Lisbon",
              "The housing minister, Miguel Pinto Correia", "\"I work two jobs", "Landlords' associations argue",
              "Similar marches took place"],
        optional=["A Avenida está cheia"],
        captions=["Demonstrators walk down Avenida", "A banner reading"],
        title=["Thousands march in Lisbon over housing costs"],
        published="2024-04-27", outlet=["Atlantic Wire News"], byline=["Sofia Marques"], lang="en"),
    "10-readmore-midbody.html": dict(
        kind="'Read more:' box, 'Most Popular' aside, ADVERTISEMENT and 'Continue reading below' in the middle of the body",
        body=["Aerial surveys of the Great Barrier", "Scientists flew over more than", "Bleaching happens when water",
              "\"What we are seeing is no longer", "The southern section of the reef", "The environment minister said the findings",
              "The authority will publish detailed"],
        title=["Great Barrier Reef suffers fifth mass bleaching in eight years, survey finds"],
        published="2024-04-17", outlet=["Southern Cross Post"], byline=["Liam O'Connell"], lang="en"),
    "11-arabic-rtl.html": dict(
        kind="Arabic, dir=rtl, 'اقرأ أيضاً' box mid-body, share row, related/most-read",
        body=["وقّعت الحكومة الأردنية", "ويهدف المشروع إلى", "وقال وزير المياه", "ويُعدّ الأردن من أفقر", "وأوضح الوزير أن تمويل",
              "في المقابل، أبدى خبراء"],
        title=["الأردن يطلق مشروعاً لتحلية مياه البحر في العقبة بكلفة ملياري دولار"],
        published="2024-09-22", outlet=["صحيفة الضفاف"], byline=["سامر الخطيب"], lang="ar"),
    "12-chinese-portal.html": dict(
        kind="Chinese portal (人民网/新华网 style): 来源, 分享到, 新华社…电（记者…）, 责编, 纠错/打印, 相关新闻, ICP footer",
        body=["新华社福州7月11日电", "该段线路全长约", "据介绍，海上施工", "线路开通后，福州至厦门", "中国国家铁路集团有限公司有关负责人"],
        captions=["泉州湾跨海大桥施工现场"],
        dateline="新华社福州7月11日电（记者 陈晓东 林静）",
        title=["我国首条跨海高速铁路全线贯通"],
        published="2024-07-11", outlet=["华夏网", "华夏网－新闻中心", "新华社"], byline=["陈晓东 林静", "陈晓东、林静", "陈晓东"], lang="zh"),
    "13-japanese.html": dict(
        kind="Japanese newspaper: 【関連記事】 box, share buttons, paywall notice, author card",
        body=["北陸新幹線の金沢―敦賀間", "同社によると、開業から", "福井県によると、県内の", "一方、敦賀駅で特急に", "JR西日本の担当者は"],
        captions=["敦賀駅に到着した北陸新幹線"],
        title=["北陸新幹線の延伸区間、開業1年で利用者が想定の1.3倍に"],
        published="2025-03-14", outlet=["朝日新報デジタル", "朝日新報"], byline=["佐藤美咲"], lang="ja"),
    "14-russian.html": dict(
        kind="Russian (RIA style): body in <div>s, dateline 'КАЗАНЬ, 3 окт — Новости Поволжья.', 'Читайте также:' box, subscribe line",
        body=["КАЗАНЬ, 3 окт", "Длина линии составляет", "Большая часть маршрута", "«Мы рассчитываем", "Строительство линии обошлось",
              "В следующем году власти"],
        captions=["Новый трамвай на остановке"],
        dateline="КАЗАНЬ, 3 окт — Новости Поволжья.",
        title=["В Казани открыли первую линию скоростного трамвая"],
        published="2024-10-03", outlet=["Новости Поволжья"], byline=["Ирина Соколова"], lang="ru"),
    "15-cp1251-russian.html": dict(
        kind="windows-1251, declared only in <meta charset>; old table layout; no og/JSON-LD; 'Автор:' line",
        encoding="windows-1251",
        body=["Режим чрезвычайной ситуации", "За последние сутки", "Спасатели заранее", "По словам синоптиков",
              "Жители области до сих пор"],
        title=["Паводок в Приангарье: в трех районах ввели режим ЧС"],
        published="2024-05-17", outlet=["Вестник Ангары"], byline=["Алексей Петров"], lang="ru"),
    "16-gbk-chinese.html": dict(
        kind="GBK, declared only in <meta charset>; Chinese government portal (发布时间/来源/浏览次数, 字体, 打印本页, 主办单位)",
        encoding="gbk",
        body=["近日，南湖区印发", "根据方案，符合条件的", "区住建局负责人介绍", "为化解邻里之间的分歧", "目前，首批四十二台电梯"],
        title=["南湖区启动老旧小区加装电梯三年行动"],
        published="2024-05-20", outlet=["南湖区住建局", "嘉禾市人民政府门户网站", "嘉禾市人民政府"], byline=[None], lang="zh"),
    "17-time-datetime-no-title.html": dict(
        kind="no <title>, no meta: date only in <time datetime> (visible text 'Tuesday morning'); CSS-module class names",
        body=["The state-owned ferry operator", "The ships will be built", "Island communities have complained",
              "\"This is not the end", "The decision to build the ships", "The new vessels will each carry"],
        title=["Ferry operator orders four new vessels for island routes"],
        published="2024-02-27", outlet=["Northern Beacon"], byline=["Fiona MacLeod"], lang="en"),
    "18-german-regional.html": dict(
        kind="German regional paper: consent layer, breadcrumb, 'Von …', 'Veröffentlicht am 19.06.2024', 'Lesen Sie auch:', 'Anzeige', Abo teaser",
        body=["Drei Wochen nach dem Hochwasser", "Die Kosten schätzt", "Oberbürgermeister Jürgen Brandl", "Anwohner äußerten",
              "Die Stadt prüft nun"],
        optional=["Die Stadt will bis 2027"],
        title=["Nach Hochwasser: Passau plant neue Schutzmauer an der Ilz"],
        published="2024-06-19", outlet=["Donau-Kurier"], byline=["Katharina Huber"], lang="de"),
    "19-french-publie.html": dict(
        kind="French: date only as 'Publié le 17 octobre 2024 à 14h32' text, 'Par …', 'Lire aussi' inside a <p>, subscriber notice",
        body=["La mise en service de la ligne", "Les premières rames", "Un recours déposé", "« Nous préférons annoncer",
              "Le coût du projet"],
        optional=["La métropole invoque des fouilles"],
        title=["À Marseille, la ligne de tramway T4 repoussée à 2027"],
        published="2024-10-17", outlet=["La Gazette du Midi"], byline=["Claire Dumas"], lang="fr"),
    "20-spanish-comments.html": dict(
        kind="Spanish: h2 entradilla, 'Noticias relacionadas' box mid-body, reader comments section",
        body=["El pleno del Ayuntamiento", "A partir de esa fecha", "La ordenanza salió adelante", "La concejala de Movilidad",
              "Según el consistorio"],
        optional=["Los coches sin etiqueta ambiental"],
        title=["Valencia aprueba la primera zona de bajas emisiones con multas desde enero"],
        published="2024-11-28", outlet=["El Diario del Turia"], byline=["Javier Llorente"], lang="es"),
}

# --- Set B: pages written AFTER reading src/storydiff/ingest/plaintext.py, each built around
# realistic prose that the chrome patterns looked likely to mistake (reported separately).
PAGES_B = {
    "21-tech-browser.html": dict(
        kind="tech news about a browser; paragraphs that open with 'Email', 'Print', 'Share prices'",
        body=["Google will start blocking downloads", "From version 134, the browser", "Mozilla and Apple have made",
              "In an interview, the browser's product lead", "Email attachments are not affected", "Print shops, schools and small",
              "Share prices of the largest"],
        optional=["Files served over plain HTTP"],
        title=["Chrome will block insecure downloads by default starting next month"],
        published="2025-01-14", outlet=["Circuit Report"], byline=["Dana Whitfield"], lang="en"),
    "22-arts-photography.html": dict(
        kind="arts review: og:title differs from <h1>; 'photographs by …' sentence; paragraph opening 'Copyright in …'",
        body=["For most of her life, Vivian Maier", "The Riverside Gallery's new show", "The best rooms are the early ones",
              "Copyright in the negatives", "The curators have resisted", "Not everything works", "Vivian Maier is at the Riverside"],
        captions=["Self-portrait, Chicago, 1956"],
        title=["Vivian Maier at the Riverside Gallery review – the nanny who saw everything",
               "Vivian Maier review: the nanny who saw everything, at last shown in full"],
        published="2024-10-02", outlet=["The Weekly Standard-Bearer"], byline=["Eleanor Voss"], lang="en"),
    "23-french-quotes.html": dict(
        kind="French: short paragraphs made of two « … » quotes",
        body=["Un train régional sur deux", "Les lignes les plus touchées", "Les syndicats protestent", "« On ne lâchera rien »",
              "La région, qui finance les TER", "« C'est la troisième fois", "La direction régionale de la SNCF"],
        title=["Grève à la SNCF : le trafic perturbé jeudi sur les TER en Occitanie"],
        published="2024-12-11", outlet=["L'Écho d'Occitanie"], byline=["Julien Escudier"], lang="fr"),
    "24-russian-agency.html": dict(
        kind="Russian agency: dateline 'МОСКВА, 5 марта. /Вектор/.', a short «…» — … «…» paragraph",
        body=["МОСКВА, 5 марта. /Вектор/.", "Эксперимент проходит в Москве", "«Результаты хорошие»", "По данным Госавтоинспекции",
              "Депутаты Госдумы ранее"],
        dateline="МОСКВА, 5 марта. /Вектор/.",
        title=["Минтранс предложил продлить эксперимент с электросамокатами на три года"],
        published="2024-03-05", outlet=["Информационное агентство «Вектор»", "Вектор"], byline=[None], lang="ru"),
    "25-health-covid-lead.html": dict(
        kind="lead opens 'COVID-19 …'; 'Updated:' line above 'Published:'; 'By the numbers' subhead",
        body=["COVID-19 hospital admissions", "Admissions remain far below", "Doctors said the symptoms", "\"The people we are admitting",
              "Updated vaccines aimed at"],
        optional=["By the numbers", "Minnesota recorded 412", "Wastewater samples in Fargo"],
        title=["COVID hospitalizations climb for third straight week as new variant spreads"],
        published="2024-07-19", outlet=["Prairie Public Health News"], byline=["Marcus Lindgren"], lang="en"),
    "26-german-dpa.html": dict(
        kind="German: mixed-case agency dateline 'Berlin (dpa) -'; short paragraph with two »…« quotes",
        body=["Berlin (dpa) - Die Deutsche Bahn", "Von August 2025 bis April 2026", "Infrastrukturvorstand Philipp Nagel",
              "Pendlerverbände kritisierten", "Die Sanierung ist Teil"],
        dateline="Berlin (dpa) -",
        title=["Bahn kündigt Generalsanierung der Strecke Hamburg–Berlin an"],
        published="2024-08-06", outlet=["Nordkurier Online"], byline=["dpa", None], lang="de"),
    "27-xinhua-english.html": dict(
        kind="Chinese agency English style: 'BEIJING, April 11 (Orient Wire) --' dateline, caption in <p>, 'Enditem'",
        body=["BEIJING, April 11 (Orient Wire) -- China's exports", "A total of 307,000 NEVs", "Pure electric models accounted",
              "Belgium, Britain and Thailand", "Overall vehicle exports"],
        captions=["New energy vehicles wait to be loaded"],
        dateline="BEIJING, April 11 (Orient Wire) --",
        title=["China's new energy vehicle exports surge 30 pct in first quarter"],
        published="2024-04-11", outlet=["Orient Wire"], byline=[None], lang="en"),
    "28-business-uschina-nodate.html": dict(
        kind="lead opens 'US-China …'; no machine-readable date (only '3 hours ago'); stale '© 2023' footer",
        body=["US-China trade talks resumed", "The talks are expected to last", "\"Nobody expects a grand bargain",
              "Exporters on both sides", "The two delegations are due"],
        title=["US-China trade talks resume in Geneva after three-month pause"],
        published=None, outlet=["Pacific Business Journal"], byline=["Grace Liu"], lang="en"),
    "29-utf8-stray-gbk-bytes.html": dict(
        kind="UTF-8 Chinese page (meta charset=utf-8) whose footer include is GBK bytes",
        encoding="utf-8-replace",
        body=["12月18日上午，成都地铁30号线", "据成都轨道交通集团介绍", "30号线开通后", "“以前去上班要换两次公交", "成都轨道交通集团表示，开通初期"],
        title=["成都地铁30号线一期开通运营"],
        published="2024-12-18", outlet=["锦城新闻网"], byline=["刘思远"], lang="zh"),
    "30-utf8-stray-cp1252-byte.html": dict(
        kind="UTF-8 French page (meta charset=utf-8) with one ad snippet saved in cp1252",
        encoding="utf-8-replace",
        body=["Le gouvernement du Québec s'engage", "Le projet prévoit une ligne", "La mairesse de Gatineau", "Plusieurs résidents d'Aylmer",
              "La Société de transport de l'Outaouais"],
        title=["Québec annonce 1,2 milliard pour le tramway de Gatineau"],
        published="2024-05-23", outlet=["Le Réveil de l'Outaouais"], byline=["Sophie Lavoie"], lang="fr"),
}
