"""News agencies, the credit spellings they appear under, and credit wrappers.

Pure data, kept as literals so a diff of this file is a review of the data.
:mod:`wiretext.registry` builds its case-insensitive look-ups from these
tables on first use; nothing here is computed at import time.

Where a spelling was seen in real copy, the comment beside it names the
source, as gathered in the project's reference notes
(``shared/reference/AGENCIES.md``).  Rows without such a comment are the
agency's own name and abbreviation as the agency styles itself.

>>> [row for row in AGENCIES if row[0] == "AFP"][0][1]
'Agence France-Presse'
>>> "lni" in DPA_REGIONAL_DESKS
True
"""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "AGENCIES",
    "DPA_REGIONAL_DESKS",
    "REGIONAL_SUFFIX",
    "SHARED_CREDITS",
    "WRAPPERS",
    "AgencyRow",
    "WrapperRow",
]


def __dir__() -> list[str]:
    return list(__all__)


AgencyRow: TypeAlias = tuple[str, str, tuple[str, ...], str, tuple[str, ...]]
"""``(code, name, credits, country_code, languages)``."""

WrapperRow: TypeAlias = tuple[str, str, str]
"""``(prefix, code, name)``."""


# Conventions for every row:
#
# * ``code`` is the credit the agency itself puts in copy, with its own case
#   ("dpa" is lower case, "EUROPA PRESS" is not the code but a spelling).
# * ``name`` is the full name as the agency styles itself in English-language
#   copy and imprints; where English copy keeps the agency's own-language name
#   (Agence France-Presse, Deutsche Presse-Agentur, Agencia EFE) that name is
#   used.  Legal-form suffixes (S.A., Pty Ltd, AG) are left off.
# * ``credits`` lists every spelling seen in copy, the code first.  Matching is
#   case- and accent-insensitive, so case variants are listed only where both
#   are seen and worth displaying.  A credit belongs to exactly one agency:
#   where an acronym is used by two agencies the more-credited one keeps it and
#   the comment says which one lost it (see also SHARED_CREDITS).
# * ``country_code`` is the ISO 3166-1 alpha-2 code of the home country;
#   ``languages`` the ISO 639-1 codes of the agency's main services.
# Arabic spellings are those the agencies' Arabic services credit:
# "(رويترز)", "(أ ف ب)", "(أ ب)", "(د ب أ)", "(شينخوا)", "(كونا)", "(وام)", "(واس)".
AGENCIES: tuple[AgencyRow, ...] = (
    # --- Global agencies -------------------------------------------------
    # "(AFP) -" in superdesk afp.xml / afp20.xml; "© 2024 AFP";
    # seed dispatch "Almaty, Kazakhstan, Nov 14 (AFP)".
    ("AFP", "Agence France-Presse",
     ("AFP", "Agence France-Presse", "Agence France Presse", "أ ف ب", "أ.ف.ب", "فرانس برس"),
     "FR", ("fr", "en", "es", "pt", "de", "ar")),
    # "(Reuters) -" (superdesk tag_reuters.com fixtures); 1987 sign-off
    # "Reuter" (Reuters-21578); "Copyright Thomson Reuters 2014".
    # Name: the agency's imprint is "Reuters"; Thomson Reuters is the parent.
    ("Reuters", "Reuters",
     ("Reuters", "Reuter", "Thomson Reuters", "Reuters News", "رويترز"),
     "GB", ("en", "fr", "de", "es", "ar", "ja", "zh", "ru", "pt", "it")),
    # "(AP) —" and "Copyright 2019 The Associated Press." (superdesk AP ANPA).
    ("AP", "The Associated Press",
     ("AP", "Associated Press", "The Associated Press", "أ ب", "أسوشيتد برس"),
     "US", ("en", "es")),
    # "(Xinhua) --" in English, French and Spanish editions.
    ("Xinhua", "Xinhua News Agency",
     ("Xinhua", "Xinhua News Agency", "Xinhua News", "Xinhuanet",
      "新华社", "新華社", "شينخوا"),
     "CN", ("zh", "en", "fr", "es", "ru", "ar", "pt", "ja")),
    # "(dpa) -", "(dpa/bb) -" (stadtleben.de), "Copyright 2022, dpa".
    # Regional desk suffixes are in DPA_REGIONAL_DESKS below.
    ("dpa", "Deutsche Presse-Agentur",
     ("dpa", "Deutsche Presse-Agentur", "Deutsche Presse Agentur", "د ب أ"),
     "DE", ("de", "en", "es", "ar")),
    # dpa's financial service, credited on its own ("dpa-AFX"); a separate
    # row so that "dpa-AFX" is not read as dpa plus an unknown "AFX".
    ("dpa-AFX", "dpa-AFX Wirtschaftsnachrichten",
     ("dpa-AFX", "dpa AFX", "dpa-AFX Wirtschaftsnachrichten"),
     "DE", ("de", "en")),
    # "(EFE).-" (superdesk efe_nitf.xml); rights owner "Agencia EFE".
    # EFE's economic desk credits itself "(EFECOM).-": the owner is EFE, and
    # the dateline's text keeps the service's name.
    ("EFE", "Agencia EFE",
     ("EFE", "Agencia EFE", "Agência EFE", "EFECOM"),
     "ES", ("es", "en", "pt", "ar", "ca", "gl")),
    # "(ANSA) - ROMA, 1 LUG -" and "Copyright ANSA 2017" (superdesk ansa_*.xml).
    ("ANSA", "Agenzia Nazionale Stampa Associata",
     ("ANSA", "Agenzia ANSA", "Agenzia Nazionale Stampa Associata"),
     "IT", ("it", "en", "es", "pt", "ar")),
    # EN "/TASS/." and legacy "(Itar-Tass) --"; RU "/ТАСС/." and "/ИТАР-ТАСС/".
    ("TASS", "TASS Russian News Agency",
     ("TASS", "Itar-Tass", "ITAR-TASS", "ТАСС", "ИТАР-ТАСС",
      "TASS Russian News Agency", "Информационное агентство России ТАСС"),
     "RU", ("ru", "en")),
    # "(Yonhap) --", with "(LEAD)" heads.
    ("Yonhap", "Yonhap News Agency",
     ("Yonhap", "Yonhap News Agency", "Yonhap News", "연합뉴스"),
     "KR", ("ko", "en", "zh", "ja", "ar", "fr", "es")),
    # Digest header "TOKYO, Oct. 6 Kyodo", captions "(Kyodo) ==Kyodo";
    # Japanese datelines "【ソウル共同】" (and Jiji's "【ワシントン時事】").
    ("Kyodo", "Kyodo News",
     ("Kyodo", "Kyodo News", "KYODO NEWS", "共同通信", "共同通信社", "共同"),
     "JP", ("ja", "en", "zh", "ko")),
    ("Jiji", "Jiji Press",
     ("Jiji", "Jiji Press", "JIJI", "時事通信", "時事通信社", "時事"),
     "JP", ("ja", "en")),
    # "Patna, Oct 16 (PTI)" (ummnews.net).
    ("PTI", "Press Trust of India",
     ("PTI", "Press Trust of India"),
     "IN", ("en", "hi")),
    ("UNI", "United News of India",
     ("UNI", "United News of India"),
     "IN", ("en", "hi", "ur")),
    # "(IANS):" and "(IANSlife):" (morungexpress.com), "By ..., IANS," (twocircles.net).
    ("IANS", "Indo-Asian News Service",
     ("IANS", "IANSlife", "Indo-Asian News Service"),
     "IN", ("en", "hi")),
    # "Toronto [Canada], June 30 (ANI):" (news15.news), "(ANI):" (ibtimes.co.in).
    ("ANI", "Asian News International",
     ("ANI", "Asian News International"),
     "IN", ("en", "hi")),
    # Seen as "(NNN-BERNAMA) —" (namnewsnetwork.org); "Photo courtesy of BERNAMA."
    ("Bernama", "Malaysian National News Agency",
     ("Bernama", "BERNAMA", "Malaysian National News Agency",
      "Pertubuhan Berita Nasional Malaysia"),
     "MY", ("ms", "en", "zh", "ar", "es")),
    # "WASHINGTON, May 21 (UPI) --" (realnews247.com).
    ("UPI", "United Press International",
     ("UPI", "United Press International"),
     "US", ("en",)),
    # "ANKARA (AA) –" and "Anadolu Agency recently..." (alaturkaonline.com).
    ("AA", "Anadolu Agency",
     ("AA", "Anadolu", "Anadolu Agency", "Anadolu Ajansı", "Agence Anadolu", "الأناضول"),
     "TR", ("tr", "en", "ar", "fr", "ru", "bs", "ku")),
    ("DHA", "Demirören News Agency",
     ("DHA", "Demirören News Agency", "Demirören Haber Ajansı", "Dogan News Agency"),
     "TR", ("tr", "en")),
    ("IHA", "İhlas News Agency",
     ("IHA", "İHA", "İhlas News Agency", "Ihlas News Agency", "İhlas Haber Ajansı"),
     "TR", ("tr", "en")),
    ("PA", "PA Media",
     ("PA", "PA Media", "Press Association", "PA Wire"),
     "GB", ("en",)),
    ("Bloomberg", "Bloomberg News",
     ("Bloomberg", "Bloomberg News"),
     "US", ("en",)),
    # "HONG KONG (Dow Jones)--China Mobile ..." (AG News).
    ("Dow Jones", "Dow Jones Newswires",
     ("Dow Jones", "Dow Jones Newswires"),
     "US", ("en",)),
    # "TOKYO (AFX) - ..." (AG News).
    ("AFX", "AFX News",
     ("AFX", "AFX News"),
     "GB", ("en",)),
    # "SAN FRANCISCO (CBS.MW) -- ..." (AG News).
    ("MarketWatch", "MarketWatch",
     ("MarketWatch", "CBS.MW", "CBS MarketWatch"),
     "US", ("en",)),
    # Press-release wires, credited in the datelines of the releases they
    # carry: "NEW YORK, Nov. 27, 2026 /PRNewswire/ --",
    # "SAN FRANCISCO--(BUSINESS WIRE)--", "(GLOBE NEWSWIRE) --", "/CNW/ -".
    ("PR Newswire", "PR Newswire",
     ("PR Newswire", "PRNewswire", "PRNewswire-FirstCall", "PRNewswire-USNewswire"),
     "US", ("en", "es", "fr", "de", "zh", "ja")),
    ("Business Wire", "Business Wire",
     ("Business Wire", "BUSINESS WIRE"),
     "US", ("en", "es", "fr", "de", "ja")),
    ("GlobeNewswire", "GlobeNewswire",
     ("GlobeNewswire", "GLOBE NEWSWIRE"),
     "US", ("en", "fr", "de")),
    ("CNW", "Canada Newswire",
     ("CNW", "Canada Newswire", "Canada NewsWire", "CNW Group"),
     "CA", ("en", "fr")),
    # Broadcasters' copy credits them as agencies' copy does: "Washington (CNN) —".
    ("CNN", "CNN",
     ("CNN", "CNN Business", "CNNMoney", "CNN Wire"),
     "US", ("en", "es")),
    # "JERUSALEM (JTA) —".
    ("JTA", "Jewish Telegraphic Agency",
     ("JTA", "Jewish Telegraphic Agency"),
     "US", ("en",)),
    # "MILWAUKEE (Sports Network) - ..." (AG News).
    ("Sports Network", "The Sports Network",
     ("Sports Network", "The Sports Network"),
     "US", ("en",)),
    ("Sputnik", "Sputnik",
     ("Sputnik", "Спутник", "Rossiya Segodnya", "Россия сегодня"),
     "RU", ("ru", "en", "fr", "de", "es", "ar", "zh")),
    # --- Gulf and Arab agencies -----------------------------------------
    # "KUWAIT -- " (kuna.net.kw); "(MENAFN- Kuwait News Agency (KUNA))"
    # (menafn.com), trailer "(end)".
    ("KUNA", "Kuwait News Agency",
     ("KUNA", "Kuwait News Agency", "كونا"),
     "KW", ("ar", "en")),
    # "Dubai, 29th November, 2015 (WAM) -"; trailer "– Emirates News Agency, WAM –"
    # (uaeinteract.com).
    ("WAM", "Emirates News Agency",
     ("WAM", "Emirates News Agency", "وام"),
     "AE", ("ar", "en", "fr", "es", "ru", "zh")),
    # "Riyadh, February 14, 2023, SPA --"; via NNN "(NNN-SPA)" (ummnews.biz).
    ("SPA", "Saudi Press Agency",
     ("SPA", "Saudi Press Agency", "واس"),
     "SA", ("ar", "en", "fr")),
    ("QNA", "Qatar News Agency",
     ("QNA", "Qatar News Agency", "قنا"),
     "QA", ("ar", "en")),
    ("BNA", "Bahrain News Agency",
     ("BNA", "Bahrain News Agency"),
     "BH", ("ar", "en")),
    ("ONA", "Oman News Agency",
     ("ONA", "Oman News Agency"),
     "OM", ("ar", "en")),
    ("Petra", "Jordan News Agency",
     ("Petra", "Jordan News Agency", "بترا"),
     "JO", ("ar", "en")),
    ("SANA", "Syrian Arab News Agency",
     ("SANA", "Syrian Arab News Agency", "سانا"),
     "SY", ("ar", "en")),
    ("NNA", "National News Agency",
     ("NNA", "National News Agency"),
     "LB", ("ar", "en", "fr")),
    ("INA", "Iraqi News Agency",
     ("INA", "Iraqi News Agency"),
     "IQ", ("ar", "en")),
    ("MENA", "Middle East News Agency",
     ("MENA", "Middle East News Agency", "أ ش أ"),
     "EG", ("ar", "en", "fr")),
    ("WAFA", "Palestine News and Information Agency",
     ("WAFA", "Wafa", "Palestine News and Information Agency", "وفا"),
     "PS", ("ar", "en")),
    ("SUNA", "Sudan News Agency",
     ("SUNA", "Sudan News Agency"),
     "SD", ("ar", "en")),
    # --- Iran ------------------------------------------------------------
    ("IRNA", "Islamic Republic News Agency",
     ("IRNA", "Islamic Republic News Agency"),
     "IR", ("fa", "en", "ar")),
    ("ISNA", "Iranian Students' News Agency",
     ("ISNA", "Iranian Students' News Agency"),
     "IR", ("fa", "en")),
    ("Mehr", "Mehr News Agency",
     ("Mehr", "Mehr News Agency", "MNA"),
     "IR", ("fa", "en")),
    ("Tasnim", "Tasnim News Agency",
     ("Tasnim", "Tasnim News Agency"),
     "IR", ("fa", "en", "ar")),
    ("Fars", "Fars News Agency",
     ("Fars", "Fars News Agency", "FNA"),
     "IR", ("fa", "en", "ar")),
    # --- Maghreb and Africa ----------------------------------------------
    ("MAP", "Maghreb Arabe Presse",
     ("MAP", "Maghreb Arabe Presse"),
     "MA", ("ar", "fr", "en", "es")),
    # "APS" is also the credit of the Agence de Presse Sénégalaise; the
    # Algerian agency is the one seen far more often in international copy,
    # so it keeps the acronym and the Senegalese agency is left out.
    ("APS", "Algérie Presse Service",
     ("APS", "Algérie Presse Service", "Algerie Presse Service"),
     "DZ", ("ar", "fr", "en")),
    ("TAP", "Tunis Afrique Presse",
     ("TAP", "Tunis Afrique Presse"),
     "TN", ("ar", "fr", "en")),
    ("NAN", "News Agency of Nigeria",
     ("NAN", "News Agency of Nigeria"),
     "NG", ("en",)),
    ("GNA", "Ghana News Agency",
     ("GNA", "Ghana News Agency"),
     "GH", ("en",)),
    ("ENA", "Ethiopian News Agency",
     ("ENA", "Ethiopian News Agency"),
     "ET", ("am", "en")),
    ("ANGOP", "Agência Angola Press",
     ("ANGOP", "Angop", "Angola Press", "Agência Angola Press"),
     "AO", ("pt", "en", "fr")),
    # South African Press Association: closed in 2015, still credited in
    # archive copy.
    ("SAPA", "South African Press Association",
     ("SAPA", "Sapa", "South African Press Association"),
     "ZA", ("en",)),
    # --- Asia and Pacific ------------------------------------------------
    ("CNS", "China News Service",
     ("CNS", "China News Service", "中新社", "中国新闻社", "中新网", "中新網"),
     "CN", ("zh", "en")),
    # "CNA" is also the Cyprus News Agency's credit and Singapore's
    # broadcaster (CNA, formerly Channel NewsAsia); Taiwan's Central News
    # Agency keeps it here.
    ("CNA", "Central News Agency",
     ("CNA", "Central News Agency", "中央社", "中央通訊社"),
     "TW", ("zh", "en", "ja", "es")),
    ("KCNA", "Korean Central News Agency",
     ("KCNA", "Korean Central News Agency", "조선중앙통신"),
     "KP", ("ko", "en", "ru", "zh", "es", "fr", "ja")),
    ("Antara", "Antara News Agency",
     ("Antara", "ANTARA", "Antara News", "Antara News Agency"),
     "ID", ("id", "en")),
    ("PNA", "Philippine News Agency",
     ("PNA", "Philippine News Agency"),
     "PH", ("en", "tl")),
    ("VNA", "Vietnam News Agency",
     ("VNA", "Vietnam News Agency", "TTXVN", "Thông tấn xã Việt Nam"),
     "VN", ("vi", "en", "fr", "es", "zh", "ru")),
    ("AAP", "Australian Associated Press",
     # "AUCKLAND, May 5 AAP -" (superdesk rfc822 formatter); rights holder
     # "Australian Associated Press Pty Limited (AAP)" (superdesk ninjs5.json).
     ("AAP", "Australian Associated Press"),
     "AU", ("en",)),
    ("APP", "Associated Press of Pakistan",
     ("APP", "Associated Press of Pakistan"),
     "PK", ("en", "ur")),
    ("BSS", "Bangladesh Sangbad Sangstha",
     ("BSS", "Bangladesh Sangbad Sangstha"),
     "BD", ("bn", "en")),
    ("Montsame", "Montsame News Agency",
     ("Montsame", "MONTSAME", "Montsame News Agency"),
     "MN", ("mn", "en", "ru", "zh", "ja")),
    # NAM News Network, the Non-Aligned Movement's news exchange, run by
    # Bernama in Kuala Lumpur (namnewsnetwork.org); it relays member agencies'
    # copy as "(NNN-BERNAMA)", "(NNN-SPA)".
    ("NNN", "NAM News Network",
     ("NNN", "NAM News Network"),
     "MY", ("en",)),
    # Aggregator that reposts agency copy as "(MENAFN- Kuwait News Agency
    # (KUNA))" (menafn.com).  Home country from memory, not verified.
    ("MENAFN", "Middle East North Africa Financial Network",
     ("MENAFN", "Middle East North Africa Financial Network"),
     "JO", ("en", "ar")),
    # --- Europe: Western -------------------------------------------------
    # "(EUROPA PRESS) -" and "(Europa Press) -".
    ("Europa Press", "Europa Press",
     ("Europa Press", "EUROPA PRESS"),
     "ES", ("es", "ca", "gl", "eu", "en", "pt")),
    # "Tirana, 29 mai 2025 (Lusa) –" (webnode.fr).
    ("Lusa", "Lusa - Agência de Notícias de Portugal",
     ("Lusa", "Agência Lusa", "Lusa - Agência de Notícias de Portugal"),
     "PT", ("pt",)),
    # "Roma, 6 set. (askanews) –" (studionews.tv).
    ("askanews", "askanews",
     ("askanews", "Askanews", "TMNews"),
     "IT", ("it", "en")),
    # "Roma, 18 set. (Adnkronos) -" (ilfattoquotidiano.it).
    ("Adnkronos", "Adnkronos",
     ("Adnkronos", "AdnKronos", "ADNKRONOS"),
     "IT", ("it", "en")),
    ("AGI", "Agenzia Italia",
     ("AGI", "Agenzia Italia", "Agenzia Giornalistica Italia"),
     "IT", ("it", "en")),
    ("LaPresse", "LaPresse",
     ("LaPresse",),
     "IT", ("it", "en")),
    # "Hannover (dts Nachrichtenagentur) –"; "Foto/Quelle: dts" (unitednetworker.com).
    ("dts", "dts Nachrichtenagentur",
     ("dts", "dts Nachrichtenagentur"),
     "DE", ("de",)),
    # German church agencies, credited in German regional copy.
    ("KNA", "Katholische Nachrichten-Agentur",
     ("KNA", "Katholische Nachrichten-Agentur"),
     "DE", ("de",)),
    ("epd", "Evangelischer Pressedienst",
     ("epd", "Evangelischer Pressedienst"),
     "DE", ("de",)),
    ("APA", "Austria Presse Agentur",
     ("APA", "Austria Presse Agentur", "APA-Austria Presse Agentur"),
     "AT", ("de", "en")),
    # Swiss agency: German SDA and French ATS merged with Keystone in 2018.
    ("Keystone-SDA", "Keystone-SDA",
     ("Keystone-SDA", "SDA", "Keystone-ATS", "ATS", "SDA-ATS",
      "Keystone-SDA-ATS", "Schweizerische Depeschenagentur",
      "Agence télégraphique suisse"),
     "CH", ("de", "fr", "it", "en")),
    ("Belga", "Belga News Agency",
     ("Belga", "BELGA", "Agence Belga", "Belga News Agency"),
     "BE", ("nl", "fr", "en")),
    ("ANP", "Algemeen Nederlands Persbureau",
     ("ANP", "Algemeen Nederlands Persbureau"),
     "NL", ("nl",)),
    ("NTB", "Norsk Telegrambyrå",
     ("NTB", "Norsk Telegrambyrå"),
     "NO", ("no", "en")),
    ("TT", "TT Nyhetsbyrån",
     ("TT", "TT Nyhetsbyrån", "Tidningarnas Telegrambyrå"),
     "SE", ("sv",)),
    ("Ritzau", "Ritzau",
     ("Ritzau", "Ritzaus Bureau"),
     "DK", ("da",)),
    ("STT", "Finnish News Agency STT",
     ("STT", "STT-FNB", "Suomen Tietotoimisto", "Finnish News Agency STT"),
     "FI", ("fi", "sv")),
    # "ATHENS, April 4 ANA -" (superdesk ana_mpe_nitf_test.py);
    # "© ΑΠΕ-ΜΠΕ ΑΕ" rights line.  "ANA" is the old Athens News Agency credit,
    # from before its merger with the Macedonian Press Agency; English copy
    # now writes "AMNA".
    ("ANA-MPE", "Athens-Macedonian News Agency",
     ("ANA-MPE", "ANA", "AMNA", "ANA-MPA", "ΑΠΕ-ΜΠΕ", "ΑΠΕ",
      "Athens-Macedonian News Agency", "Athens News Agency",
      "Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων"),
     "GR", ("el", "en")),
    # --- Europe: Central, Eastern and Balkan ------------------------------
    ("PAP", "Polish Press Agency",
     ("PAP", "Polska Agencja Prasowa", "Polish Press Agency"),
     "PL", ("pl", "en")),
    ("ČTK", "Czech News Agency",
     ("ČTK", "CTK", "Česká tisková kancelář", "Czech News Agency"),
     "CZ", ("cs", "en")),
    ("TASR", "News Agency of the Slovak Republic",
     ("TASR", "Tlačová agentúra Slovenskej republiky",
      "News Agency of the Slovak Republic"),
     "SK", ("sk", "en")),
    ("MTI", "Hungarian News Agency",
     ("MTI", "Magyar Távirati Iroda", "Hungarian News Agency"),
     "HU", ("hu", "en")),
    ("BTA", "Bulgarian News Agency",
     ("BTA", "Bulgarian News Agency", "БТА", "Българска телеграфна агенция"),
     "BG", ("bg", "en")),
    ("Agerpres", "Agerpres",
     ("Agerpres", "AGERPRES", "Rompres"),
     "RO", ("ro", "en")),
    ("Tanjug", "Tanjug",
     ("Tanjug", "TANJUG", "Танјуг"),
     "RS", ("sr", "en")),
    ("HINA", "Croatian News Agency",
     ("HINA", "Hina", "Hrvatska izvještajna novinska agencija",
      "Croatian News Agency"),
     "HR", ("hr", "en")),
    ("STA", "Slovenian Press Agency",
     ("STA", "Slovenska tiskovna agencija", "Slovenian Press Agency"),
     "SI", ("sl", "en")),
    ("MIA", "Media Information Agency",
     ("MIA", "Media Information Agency", "Macedonian Information Agency"),
     "MK", ("mk", "sq", "en")),
    ("ATA", "Albanian Telegraphic Agency",
     ("ATA", "Albanian Telegraphic Agency", "Agjencia Telegrafike Shqiptare"),
     "AL", ("sq", "en")),
    ("LETA", "LETA",
     ("LETA",),
     "LV", ("lv", "ru", "en")),
    ("ELTA", "ELTA",
     ("ELTA",),
     "LT", ("lt", "en", "ru")),
    ("BNS", "Baltic News Service",
     ("BNS", "Baltic News Service"),
     "EE", ("et", "lv", "lt", "ru", "en")),
    # --- Russia and the former Soviet Union -------------------------------
    # "МОСКВА, 23 сен — РИА Новости." and "© РИА Новости / ..." photo credit.
    ("RIA Novosti", "RIA Novosti",
     ("RIA Novosti", "РИА Новости", "RIA", "РИА"),
     "RU", ("ru", "en")),
    # "MOSCOW. Aug 23 (Interfax) -" (si.frajer.net), "KYIV. Aug 23
    # (Interfax-Ukraine) -", "17 ноября. Interfax-Russia.ru -" (interfax-russia.ru).
    ("Interfax", "Interfax",
     ("Interfax", "Interfax-Ukraine", "Interfax-Russia.ru", "Interfax-Russia",
      "Интерфакс", "Интерфакс-Украина"),
     "RU", ("ru", "en", "uk")),
    ("Ukrinform", "Ukrinform",
     ("Ukrinform", "Укрінформ", "Укринформ"),
     "UA", ("uk", "en", "ru", "de", "fr", "es", "ja", "pl")),
    ("UNIAN", "UNIAN",
     ("UNIAN", "УНІАН", "УНИАН"),
     "UA", ("uk", "ru", "en")),
    ("BelTA", "Belarusian Telegraph Agency",
     ("BelTA", "БелТА", "Belarusian Telegraph Agency"),
     "BY", ("be", "ru", "en")),
    ("Kazinform", "Kazinform",
     ("Kazinform", "Казинформ", "Kazinform International News Agency"),
     "KZ", ("kk", "ru", "en")),
    ("Armenpress", "Armenpress",
     ("Armenpress", "ARMENPRESS", "Арменпресс"),
     "AM", ("hy", "en", "ru")),
    ("AZERTAC", "Azerbaijan State News Agency",
     ("AZERTAC", "Azertac", "AzerTag", "Azerbaijan State News Agency"),
     "AZ", ("az", "en", "ru")),
    # --- The Americas ----------------------------------------------------
    # Credit lines "THE CANADIAN PRESS | posted ..." (bttoronto.ca);
    # rights "The Canadian Press. All rights reserved."
    ("CP", "The Canadian Press",
     ("CP", "The Canadian Press", "Canadian Press", "La Presse Canadienne"),
     "CA", ("en", "fr")),
    # Mexican state agency, closed in 2023; credited in archive copy (and in
    # the MUC-3/4 corpus).
    ("Notimex", "Notimex",
     ("Notimex", "NOTIMEX"),
     "MX", ("es", "en")),
    ("Prensa Latina", "Prensa Latina",
     ("Prensa Latina", "PL"),
     "CU", ("es", "en", "pt", "fr", "ru", "it")),
    # Panama-based Central American agency, an EFE partner: "(ACAN-EFE)".
    ("ACAN", "Agencia Centroamericana de Noticias",
     ("ACAN", "Agencia Centroamericana de Noticias"),
     "PA", ("es",)),
    ("Andina", "Agencia Peruana de Noticias Andina",
     ("Andina", "ANDINA", "Agencia Andina"),
     "PE", ("es", "en")),
    # Argentine state agency, closed in 2024; credited in archive copy.
    ("Télam", "Télam",
     ("Télam", "Telam", "TELAM"),
     "AR", ("es",)),
    ("Agência Brasil", "Agência Brasil",
     ("Agência Brasil", "Agencia Brasil"),
     "BR", ("pt", "en", "es")),
    ("ABI", "Agencia Boliviana de Información",
     ("ABI", "Agencia Boliviana de Información"),
     "BO", ("es",)),
)
"""Every agency the registry knows: ``(code, name, credits, country, languages)``.

``credits`` always starts with ``code``.  The registry matches credits
case-insensitively, with accents folded and punctuation ignored, so
``"REUTER"``, ``"Reuter."`` and ``"reuter"`` all find Reuters.
"""

SHARED_CREDITS: frozenset[str] = frozenset()
"""Credits deliberately listed under more than one agency (casefolded).

Empty: every acronym that two agencies use (APS, CNA, KNA, ANA) is kept by
one agency only; the comments in :data:`AGENCIES` say which and why.
"""

REGIONAL_SUFFIX: str = "/"
"""The separator between an agency's code and its regional desk code.

dpa credits regional copy ``dpa/bb``, ``dpa/lni``: the part after the slash
names a dpa regional service, not a second agency (``Berlin (dpa/bb) -``,
``BERLIN (dpa/vs) -``, marktspiegel.de and stadtleben.de).  An unknown code
after ``dpa/`` is still reported as an unknown credit.
"""

DPA_REGIONAL_DESKS: frozenset[str] = frozenset({
    # dpa regional services (Landesdienste), as written after "dpa/":
    "bb",   # Berlin/Brandenburg (seen: "(dpa/bb)")
    "lbb",  # Berlin/Brandenburg, long form
    "lby",  # Bayern
    "lhe",  # Hessen
    "lmv",  # Mecklenburg-Vorpommern
    "lni",  # Niedersachsen/Bremen
    "lno",  # Nord: Hamburg/Schleswig-Holstein
    "lnw",  # Nordrhein-Westfalen
    "lrs",  # Rheinland-Pfalz/Saarland
    "lsa",  # Sachsen-Anhalt
    "lsn",  # Sachsen
    "lsw",  # Südwest: Baden-Württemberg
    "lth",  # Thüringen
    # Not regional but dpa's own services, credited the same way:
    "vs",   # seen: "BERLIN (dpa/vs) -"
    "tmn",  # dpa-Themendienst (consumer features)
})
"""Desk codes that follow ``dpa/`` in a credit; all are dpa regional services.

Casefolded.  ``dpa/lni`` is dpa, from its Lower Saxony desk.
"""

OWNED_SERVICES: tuple[tuple[str, str], ...] = (
    # ACAN is EFE's Central American service: MUC copy credits "ACAN-EFE",
    # and the copy is EFE's.
    ("ACAN", "EFE"),
    # dpa-AFX is dpa's financial news service (with AFX News).
    ("dpa-AFX", "dpa"),
)
"""``(service code, owner code)``: in a compound credit naming both, the owner is primary."""

WRAPPERS: tuple[WrapperRow, ...] = (
    # "(NNN-BERNAMA) —", "(NNN-SPA) –" (namnewsnetwork.org, ummnews.biz).
    ("NNN-", "NNN", "NAM News Network"),
    # "(MENAFN- Kuwait News Agency (KUNA))" (menafn.com/1107853837).
    ("MENAFN-", "MENAFN", "Middle East North Africa Financial Network"),
)
"""Credit prefixes of distributors that carry another agency's copy.

``(prefix, code, name)``; ``code`` and ``name`` are also an :data:`AGENCIES`
row.  In ``NNN-BERNAMA`` the story is Bernama's and NNN only relayed it, so
the registry lists the originating agency first and the distributor after it.
"""

BROADCAST_WORDS: frozenset[str] = frozenset({
    # A credit holding one of these words names a broadcaster (MUC/FBIS copy:
    # "(RADIO VENCEREMOS)", "(INRAVISION TELEVISION CADENA 1)", "(DOMESTIC
    # SERVICE)", "(VOZ DE HONDURAS NETWORK)"): the source of a transcript,
    # not a news agency.  Casefolded words; "service" only after "domestic"
    # or "international" (see BROADCAST_SERVICES).
    "radio", "radiodifusora", "radioemisora", "radiotelevision", "television", "televisora",
    "televisao", "tv", "network", "cadena", "canal", "emisora", "emisoras", "broadcasting",
})
"""Words of a broadcaster's name in a credit (casefolded, accents folded)."""

BROADCAST_SERVICES: frozenset[str] = frozenset({
    "domestic service", "international service", "home service", "world service",
})
"""Credits that name a broadcaster's service (FBIS: "(DOMESTIC SERVICE)"), casefolded."""
