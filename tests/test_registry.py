"""The agency, place and calendar tables, and the registry's look-ups over them."""

from __future__ import annotations

import collections
import re
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wiretext import registry
from wiretext.data import agencies, months, places
from wiretext.model import Agency

# The registry's own key function, used here only to state table invariants
# in the terms the registry matches by.
key = registry._key


# --- Agency table -----------------------------------------------------------

ISO_639_1 = re.compile(r"[a-z]{2}")
COUNTRY_CODES = {row[0] for row in places.COUNTRIES}


def test_at_least_50_agencies_with_unique_codes() -> None:
    codes = [row[0] for row in agencies.AGENCIES]
    assert len(codes) >= 50
    assert len(set(codes)) == len(codes)


@pytest.mark.parametrize("row", agencies.AGENCIES, ids=lambda r: r[0])
def test_agency_row_shape(row: agencies.AgencyRow) -> None:
    code, name, credits, country, languages = row
    assert code
    assert name
    assert credits[0] == code
    assert len(set(credits)) == len(credits)
    assert country in COUNTRY_CODES
    assert languages
    assert all(ISO_639_1.fullmatch(lang) for lang in languages)


def test_every_credit_maps_to_exactly_one_agency() -> None:
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for code, name, credits, _country, _languages in agencies.AGENCIES:
        for spelling in (code, name, *credits):
            owners[key(spelling)].add(code)
    shared = {k for k, codes in owners.items() if len(codes) > 1}
    assert shared == {key(s) for s in agencies.SHARED_CREDITS}


def test_wrappers_are_agencies() -> None:
    rows = {row[0]: row[1] for row in agencies.AGENCIES}
    for prefix, code, name in agencies.WRAPPERS:
        assert prefix.startswith(code)
        assert rows[code] == name


def test_dpa_desks_are_casefolded_and_not_agencies() -> None:
    for desk in agencies.DPA_REGIONAL_DESKS:
        assert desk == desk.casefold()
        assert registry.agency(desk) is None


# --- Agency look-ups --------------------------------------------------------

AFP = Agency("AFP", "Agence France-Presse")
AP = Agency("AP", "The Associated Press")
REUTERS = Agency("Reuters", "Reuters")
DPA = Agency("dpa", "Deutsche Presse-Agentur")
EFE = Agency("EFE", "Agencia EFE")
ACAN = Agency("ACAN", "Agencia Centroamericana de Noticias")
BERNAMA = Agency("Bernama", "Malaysian National News Agency")
NNN = Agency("NNN", "NAM News Network")
SPA = Agency("SPA", "Saudi Press Agency")
KUNA = Agency("KUNA", "Kuwait News Agency")
MENAFN = Agency("MENAFN", "Middle East North Africa Financial Network")
INTERFAX = Agency("Interfax", "Interfax")
ANA_MPE = Agency("ANA-MPE", "Athens-Macedonian News Agency")
DTS = Agency("dts", "dts Nachrichtenagentur")
EUROPA_PRESS = Agency("Europa Press", "Europa Press")
XINHUA = Agency("Xinhua", "Xinhua News Agency")

# Credits as seen in copy (shared/reference/AGENCIES.md) and the agency
# each must resolve to.
CREDITS = [
    ("AFP", "AFP"),
    ("Agence France-Presse", "AFP"),
    ("Agence France Presse", "AFP"),
    ("Reuters", "Reuters"),
    ("Reuter", "Reuters"),
    ("Thomson Reuters", "Reuters"),
    ("AP", "AP"),
    ("Associated Press", "AP"),
    ("The Associated Press", "AP"),
    ("Xinhua", "Xinhua"),
    ("新华社", "Xinhua"),
    ("dpa", "dpa"),
    ("EFE", "EFE"),
    ("ANSA", "ANSA"),
    ("TASS", "TASS"),
    ("Itar-Tass", "TASS"),
    ("ITAR-TASS", "TASS"),
    ("ТАСС", "TASS"),
    ("ИТАР-ТАСС", "TASS"),
    ("Yonhap", "Yonhap"),
    ("연합뉴스", "Yonhap"),
    ("Kyodo", "Kyodo"),
    ("共同通信", "Kyodo"),
    ("Jiji", "Jiji"),
    ("PTI", "PTI"),
    ("IANS", "IANS"),
    ("IANSlife", "IANS"),
    ("ANI", "ANI"),
    ("Bernama", "Bernama"),
    ("BERNAMA", "Bernama"),
    ("UPI", "UPI"),
    ("AA", "AA"),
    ("Anadolu", "AA"),
    ("Anadolu Agency", "AA"),
    ("Anadolu Ajansı", "AA"),
    ("KUNA", "KUNA"),
    ("Kuwait News Agency", "KUNA"),
    ("WAM", "WAM"),
    ("Emirates News Agency", "WAM"),
    ("SPA", "SPA"),
    ("AAP", "AAP"),
    ("ANA-MPE", "ANA-MPE"),
    ("ANA", "ANA-MPE"),
    ("AMNA", "ANA-MPE"),
    ("ΑΠΕ-ΜΠΕ", "ANA-MPE"),
    ("ΑΠΕ", "ANA-MPE"),
    ("CP", "CP"),
    ("The Canadian Press", "CP"),
    ("EUROPA PRESS", "Europa Press"),
    ("Europa Press", "Europa Press"),
    ("Lusa", "Lusa"),
    ("RIA Novosti", "RIA Novosti"),
    ("РИА Новости", "RIA Novosti"),
    ("RIA", "RIA Novosti"),
    ("Interfax", "Interfax"),
    ("Interfax-Ukraine", "Interfax"),
    ("Interfax-Russia.ru", "Interfax"),
    ("Интерфакс", "Interfax"),
    ("askanews", "askanews"),
    ("Adnkronos", "Adnkronos"),
    ("dts", "dts"),
    ("dts Nachrichtenagentur", "dts"),
    ("Jiji Press", "Jiji"),
    ("APA", "APA"),
    ("Belga", "Belga"),
    ("Notimex", "Notimex"),
    ("MAP", "MAP"),
    ("APS", "APS"),
    ("TAP", "TAP"),
    ("NNN", "NNN"),
    ("MENA", "MENA"),
    ("IRNA", "IRNA"),
    ("PAP", "PAP"),
    ("CTK", "ČTK"),
    ("ČTK", "ČTK"),
    ("MTI", "MTI"),
    ("BTA", "BTA"),
    ("Agerpres", "Agerpres"),
    ("Tanjug", "Tanjug"),
    ("HINA", "HINA"),
    ("STA", "STA"),
    ("Ukrinform", "Ukrinform"),
    ("BelTA", "BelTA"),
    ("Kazinform", "Kazinform"),
    ("Antara", "Antara"),
    ("PNA", "PNA"),
    ("VNA", "VNA"),
    ("CNA", "CNA"),
    ("KCNA", "KCNA"),
    ("Prensa Latina", "Prensa Latina"),
    ("ANP", "ANP"),
    ("NTB", "NTB"),
    ("TT", "TT"),
    ("Ritzau", "Ritzau"),
    ("STT", "STT"),
    ("AGI", "AGI"),
    ("KNA", "KNA"),
    ("epd", "epd"),
    ("SDA", "Keystone-SDA"),
    ("Keystone-SDA", "Keystone-SDA"),
    ("ATS", "Keystone-SDA"),
    ("ANDINA", "Andina"),
    ("Télam", "Télam"),
    ("Telam", "Télam"),
    ("NAN", "NAN"),
    ("ACAN", "ACAN"),
    ("SAPA", "SAPA"),
    ("MENAFN", "MENAFN"),
    ("QNA", "QNA"),
    ("SANA", "SANA"),
    ("Petra", "Petra"),
    ("WAFA", "WAFA"),
]


@pytest.mark.parametrize(("credit", "code"), CREDITS)
def test_agency_resolves_credit(credit: str, code: str) -> None:
    found = registry.agency(credit)
    assert found is not None
    assert found.code == code


def test_at_least_40_agencies_resolvable_from_a_credit() -> None:
    assert len({code for _credit, code in CREDITS}) >= 40


@pytest.mark.parametrize("row", agencies.AGENCIES, ids=lambda r: r[0])
def test_every_listed_spelling_resolves_to_its_row(row: agencies.AgencyRow) -> None:
    code, name, credits, _country, _languages = row
    for spelling in (code, name, *credits):
        assert registry.agency(spelling) == Agency(code, name)
        assert registry.split_credit(spelling) == ((Agency(code, name),), ())


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Reuter", REUTERS),
        ("REUTER", REUTERS),
        (" reuter. ", REUTERS),
        ("(Reuters)", REUTERS),
        ("agence france presse", AFP),
        ("dpa/lni", DPA),
        ("dpa/bb", DPA),
        ("TELAM", Agency("Télam", "Télam")),
        ("Kuwait Times", None),
        ("dpa/xyz", None),
        ("", None),
    ],
)
def test_agency(credit: str, expected: Agency | None) -> None:
    assert registry.agency(credit) == expected


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("AFP/Reuters", ((AFP, REUTERS), ())),
        ("Reuters/AFP", ((REUTERS, AFP), ())),
        ("AP/AFP", ((AP, AFP), ())),
        ("Reuters, AFP", ((REUTERS, AFP), ())),
        ("AFP and AP", ((AFP, AP), ())),
        ("AFP,AP", ((AFP, AP), ())),
        ("Xinhua/AFP/dpa", ((XINHUA, AFP, DPA), ())),
        ("dpa/bb", ((DPA,), ())),
        ("dpa/lni", ((DPA,), ())),
        ("dpa/vs", ((DPA,), ())),
        ("dpa / lni", ((DPA,), ())),
        ("tca/dpa", ((DPA, Agency("tca")), ("tca",))),
        ("dpa/xyz", ((DPA, Agency("xyz")), ("xyz",))),
        ("ACAN-EFE", ((EFE, ACAN), ())),
        ("NNN-BERNAMA", ((BERNAMA, NNN), ())),
        ("NNN-SPA", ((SPA, NNN), ())),
        ("MENAFN- Kuwait News Agency (KUNA)", ((KUNA, MENAFN), ())),
        ("MENAFN- Foo Times", ((Agency("Foo Times"), MENAFN), ("Foo Times",))),
        ("NNN", ((NNN,), ())),
        ("Interfax-Ukraine", ((INTERFAX,), ())),
        ("Interfax-Russia.ru", ((INTERFAX,), ())),
        ("ANA-MPE", ((ANA_MPE,), ())),
        ("dts Nachrichtenagentur", ((DTS,), ())),
        ("EUROPA PRESS", ((EUROPA_PRESS,), ())),
        ("AFP-JIJI", ((AFP, Agency("Jiji", "Jiji Press")), ())),
        ("AFP/AFP", ((AFP,), ())),
        ("Kuwait Times", ((Agency("Kuwait Times"),), ("Kuwait Times",))),
        ("  Kuwait Times. ", ((Agency("Kuwait Times"),), ("Kuwait Times",))),
        ("", ((), ())),
        ("   ", ((), ())),
        (" -- ", ((), ())),
        ("(/)", ((), ())),
        ("2024", ((), ())),
    ],
)
def test_split_credit(credit: str, expected: tuple[tuple[Agency, ...], tuple[str, ...]]) -> None:
    assert registry.split_credit(credit) == expected


def test_credit_spellings_longest_first_and_complete() -> None:
    spellings = registry.credit_spellings()
    assert [len(s) for s in spellings] == sorted((len(s) for s in spellings), reverse=True)
    assert len(set(spellings)) == len(spellings)
    for code, name, credits, _country, _languages in agencies.AGENCIES:
        assert {code, name, *credits} <= set(spellings)
    assert spellings.index("Interfax-Ukraine") < spellings.index("Interfax")
    assert spellings.index("ANA-MPE") < spellings.index("ANA")


# --- Place tables -----------------------------------------------------------


def test_countries_are_iso_3166_plus_kosovo() -> None:
    codes = [row[0] for row in places.COUNTRIES]
    assert len(codes) == len(set(codes)) == 250
    assert len(set(codes) - {"XK"}) == 249
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)


def test_country_names_unique_except_the_declared_ambiguous() -> None:
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for alpha2, name, aliases in places.COUNTRIES:
        for spelling in (name, *aliases):
            owners[key(spelling)].add(alpha2)
    shared = {k for k, codes in owners.items() if len(codes) > 1}
    assert shared == {key(n) for n in places.AMBIGUOUS_COUNTRY_NAMES}


@pytest.mark.parametrize(
    "table",
    [
        [(row[1], row[2]) for row in places.COUNTRIES],
        [(row[0], row[1]) for row in places.REGIONS],
        [(row[0], row[3]) for row in places.CITIES],
    ],
    ids=["countries", "regions", "cities"],
)
def test_no_alias_repeats_its_row_exactly(table: list[tuple[str, tuple[str, ...]]]) -> None:
    for name, aliases in table:
        written = [name, *aliases]
        assert len(set(written)) == len(written), name


def test_fifty_states_and_dc() -> None:
    assert len(places.US_STATES) == 51
    names = [row[0] for row in places.US_STATES]
    postal = [row[2] for row in places.US_STATES]
    assert len(set(names)) == len(set(postal)) == 51
    assert "District of Columbia" in names
    spelled_out = {name for name, ap, _postal in places.US_STATES if ap == name}
    assert spelled_out == {"Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah"}
    assert all(re.fullmatch(r"[A-Z]{2}", p) for p in postal)
    assert {p for _variant, p in places.US_STATE_VARIANTS} <= set(postal)


def test_regions_point_at_known_countries() -> None:
    for _name, _aliases, alpha2 in places.REGIONS:
        assert alpha2 in COUNTRY_CODES
    for _name, _aliases, successors in places.FORMER_COUNTRIES:
        assert set(successors) <= COUNTRY_CODES


def test_at_least_600_cities_in_known_countries_and_regions() -> None:
    assert len(places.CITIES) >= 600
    region_names = {(n, c) for n, _a, c in places.REGIONS}
    region_names |= {(row[0], "US") for row in places.US_STATES}
    for name, alpha2, region, _aliases in places.CITIES:
        assert alpha2 in COUNTRY_CODES, name
        assert region is None or (region, alpha2) in region_names, name
    rows = collections.Counter((name, alpha2, region) for name, alpha2, region, _a in places.CITIES)
    assert max(rows.values()) == 1


def test_city_names_in_several_countries_are_declared_ambiguous() -> None:
    countries: dict[str, set[str]] = collections.defaultdict(set)
    for name, alpha2, _region, aliases in places.CITIES:
        for spelling in (name, *aliases):
            countries[key(spelling)].add(alpha2)
    ambiguous = {key(n) for n in places.AMBIGUOUS_CITIES}
    assert {k for k, codes in countries.items() if len(codes) > 1} <= ambiguous
    # ... and every ambiguous name is a known city.
    assert ambiguous <= set(countries)
    assert all(n == n.casefold() for n in places.AMBIGUOUS_CITIES)


def test_a_city_named_like_a_country_is_in_that_country() -> None:
    countries: dict[str, set[str]] = collections.defaultdict(set)
    for alpha2, name, aliases in places.COUNTRIES:
        for spelling in (name, *aliases):
            countries[key(spelling)].add(alpha2)
    for name, alpha2, _region, aliases in places.CITIES:
        for spelling in (name, *aliases):
            assert alpha2 in countries.get(key(spelling), {alpha2}), spelling


def test_every_capital_like_country_row_has_a_city() -> None:
    with_city = {row[1] for row in places.CITIES}
    # Territories with no permanent capital: Antarctica, Bouvet, Heard and
    # McDonald, Tokelau, the US minor outlying islands.
    assert COUNTRY_CODES - with_city == {"AQ", "BV", "HM", "TK", "UM"}


def test_ap_standalone_lists() -> None:
    assert len(places.AP_STANDALONE_US) == 30
    assert len(places.AP_STANDALONE_INTL) == 49
    assert "(30 US, 49 international" in places.AP_STANDALONE_VERSION
    every = places.AP_STANDALONE_US | places.AP_STANDALONE_INTL | places.AP_STANDALONE_INTL_2003
    for city in every:
        assert city == city.upper()
        assert key(city) not in {key(n) for n in places.AMBIGUOUS_CITIES}
    for city in places.AP_STANDALONE_US:
        assert registry.resolve_place(city, None)[1] == "US", city
    for city in places.AP_STANDALONE_INTL | places.AP_STANDALONE_INTL_2003:
        assert registry.resolve_place(city, None)[1] not in (None, "US"), city


def test_non_city_places() -> None:
    prefixes, names = places.NON_CITY_PLACES
    assert (prefixes, names) == (places.NON_CITY_PREFIXES, places.NON_CITY_NAMES)
    assert "ABOARD AIR FORCE ONE" in names
    assert "UNITED NATIONS" in names
    assert {"ABOARD", "ON THE", "AT SEA", "NEAR", "IN THE"} <= set(prefixes)
    assert all(s == s.upper() for s in (*prefixes, *names))


# --- Place look-ups ---------------------------------------------------------

US = ("United States", "US", None)


@pytest.mark.parametrize(
    ("city", "region", "expected"),
    [
        # A US state by name, AP abbreviation (any case, with or without the
        # space in "W. Va.") or postal code.
        ("KALAMAZOO", "MICH.", US),
        ("Kalamazoo", "Michigan", US),
        ("KNOXVILLE", "Tenn.", US),
        ("WASHINGTON", "Pa.", US),
        ("CHARLESTON", "W.Va.", US),
        ("CHARLESTON", "W. Va.", US),
        ("CHARLESTON", "WV", US),
        ("SPRINGFIELD", "Ill.", US),
        ("KANSAS CITY", "Mo.", US),
        ("KANSAS CITY", "Kan.", US),
        ("BOISE", "Idaho", US),
        ("DALLAS", "Tex.", US),
        ("WASHINGTON", "D.C.", US),
        # Countries in any listed language.
        ("GROSSETO", "Italy", ("Italy", "IT", None)),
        ("ANKARA", "Turkey", ("Turkey", "TR", None)),
        ("SEOUL", "South Korea", ("South Korea", "KR", None)),
        ("Toronto", "Canada", ("Canada", "CA", None)),
        ("Almaty", "Kazakhstan", ("Kazakhstan", "KZ", None)),
        ("DHAKA", "Bangladesh", ("Bangladesh", "BD", None)),
        ("Berlin", "Deutschland", ("Germany", "DE", None)),
        ("Lyon", "Frankreich", ("France", "FR", None)),
        ("Sevilla", "España", ("Spain", "ES", None)),
        ("Porto", "Portugal", ("Portugal", "PT", None)),
        ("Milano", "Italia", ("Italy", "IT", None)),
        ("Казань", "Россия", ("Russia", "RU", None)),
        ("ABIDJAN", "Côte d'Ivoire", ("Ivory Coast", "CI", None)),
        ("ABIDJAN", "COTE D'IVOIRE", ("Ivory Coast", "CI", None)),
        ("LONDON", "U.K.", ("United Kingdom", "GB", None)),
        ("YANGON", "Burma", ("Myanmar", "MM", None)),
        ("MANAGUA", "NICARAGUA", ("Nicaragua", "NI", None)),
        ("SAN JOSE", "COSTA RICA", ("Costa Rica", "CR", None)),
        ("SANTIAGO", "Chile", ("Chile", "CL", None)),
        ("TRIPOLI", "Lebanon", ("Lebanon", "LB", None)),
        ("PRISTINA", "Kosovo", ("Kosovo", "XK", None)),
        ("SAN JUAN", "P.R.", ("Puerto Rico", "PR", None)),
        # Regions.
        ("Amritsar", "Punjab", ("India", "IN", None)),
        ("Lahore", "Punjab", ("Pakistan", "PK", None)),
        ("SEVASTOPOL", "Crimea", ("Ukraine", "UA", None)),
        ("PALERMO", "Sicily", ("Italy", "IT", None)),
        ("AJACCIO", "Corsica", ("France", "FR", None)),
        ("GLASGOW", "Scotland", ("United Kingdom", "GB", None)),
        ("CALGARY", "Alberta", ("Canada", "CA", None)),
        ("VICTORIA", "B.C.", ("Canada", "CA", None)),
        ("Brisbane", "Qld", ("Australia", "AU", None)),
        ("RAMALLAH", "West Bank", ("Palestine", "PS", None)),
        ("LHASA", "TIBET", ("China", "CN", None)),
        ("Magdeburg", "Sachsen-Anhalt", ("Germany", "DE", None)),
        # A name several countries share, settled by the city.
        ("Perth", "WA", ("Australia", "AU", None)),
        ("SEATTLE", "WA", US),
        ("COLUMBUS", "Georgia", US),
        ("TBILISI", "Georgia", ("Georgia", "GE", None)),
        ("KINSHASA", "Congo", ("DR Congo", "CD", None)),
        ("BRAZZAVILLE", "Congo", ("Republic of the Congo", "CG", None)),
        ("SEOUL", "Korea", ("South Korea", "KR", None)),
        # Former countries.
        ("MOSCOW", "USSR", ("Russia", "RU", None)),
        ("BONN", "West Germany", ("Germany", "DE", None)),
        ("EAST BERLIN", "EAST GERMANY", ("Germany", "DE", None)),
        ("PRAGUE", "CZECHOSLOVAKIA", ("Czech Republic", "CZ", None)),
        # Problems.
        ("Faridkot", "Punjab", (None, None, "ambiguous region 'Punjab'")),
        ("SMALLTOWN", "USSR", (None, None, "ambiguous region 'USSR'")),
        ("OSLO", "Oct 20 - Eight", (None, None, "unknown region 'Oct 20 - Eight'")),
        # No region: the city, or a country named as the city.
        ("SAO PAULO", None, ("Brazil", "BR", None)),
        ("São Paulo", None, ("Brazil", "BR", None)),
        ("ZURICH", None, ("Switzerland", "CH", None)),
        ("DUESSELDORF", None, ("Germany", "DE", None)),
        ("PEKING", None, ("China", "CN", None)),
        ("Krakau", None, ("Poland", "PL", None)),
        ("Den Haag", None, ("Netherlands", "NL", None)),
        ("Bombay", None, ("India", "IN", None)),
        ("Kiev", None, ("Ukraine", "UA", None)),
        ("Moscou", None, ("Russia", "RU", None)),
        ("МОСКВА", None, ("Russia", "RU", None)),
        ("Pékin", None, ("China", "CN", None)),
        ("LISBOA", None, ("Portugal", "PT", None)),
        ("KUWAIT", None, ("Kuwait", "KW", None)),
        ("SINGAPORE", None, ("Singapore", "SG", None)),
        ("MONACO", None, ("Monaco", "MC", None)),
        ("LUXEMBOURG", None, ("Luxembourg", "LU", None)),
        ("HONG KONG", None, ("Hong Kong", "HK", None)),
        ("BAHRAIN", None, ("Bahrain", "BH", None)),
        ("ST. LOUIS", None, US),
        ("ST LOUIS", None, US),
        ("NEW YORK", None, US),
        ("ATHENS", None, ("Greece", "GR", None)),
        ("SANTIAGO", None, (None, None, "ambiguous city 'SANTIAGO'")),
        ("san jose", None, (None, None, "ambiguous city 'san jose'")),
        ("Tripoli", None, (None, None, "ambiguous city 'Tripoli'")),
        ("HYDERABAD", None, (None, None, "ambiguous city 'HYDERABAD'")),
        ("Portland", None, (None, None, "ambiguous city 'Portland'")),
        ("GEORGE TOWN", None, (None, None, "ambiguous city 'GEORGE TOWN'")),
        ("ATLANTIS", None, (None, None, None)),
        ("UNITED NATIONS", None, (None, None, None)),
        ("", None, (None, None, None)),
        ("", "", (None, None, None)),
    ],
)
def test_resolve_place(
    city: str, region: str | None, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert registry.resolve_place(city, region) == expected


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("W. Va.", ("United States", "US")),
        ("wva", ("United States", "US")),
        ("CALIF", ("United States", "US")),
        ("Texas", ("United States", "US")),
        ("Alemania", ("Germany", "DE")),
        ("Германия", ("Germany", "DE")),
        ("the Netherlands", ("Netherlands", "NL")),
        ("Ont.", ("Canada", "CA")),
        ("Sicily", ("Italy", "IT")),
        ("Kerala", ("India", "IN")),
        ("West Germany", ("Germany", "DE")),
        ("Punjab", None),
        ("Georgia", None),
        ("WA", None),
        ("Congo", None),
        ("USSR", None),
        ("Narnia", None),
    ],
)
def test_region_country(region: str, expected: tuple[str, str] | None) -> None:
    assert registry.region_country(region) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Deutschland", True),
        ("U.S.", True),
        ("Congo", True),
        ("Bavaria", False),
        ("Paris", False),
        ("", False),
    ],
)
def test_is_country(name: str, expected: bool) -> None:
    assert registry.is_country(name) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("SAO PAULO", True),
        ("Krakau", True),
        ("Tripoli", True),
        ("KALAMAZOO", True),
        ("Atlantis", False),
        ("Germany", False),
        ("", False),
    ],
)
def test_is_known_city(name: str, expected: bool) -> None:
    assert registry.is_known_city(name) is expected


# --- Calendar tables and look-ups -------------------------------------------


def test_month_tables_cover_twelve_months_per_language() -> None:
    assert [lang for lang, _table in months.MONTHS] == list(months.LANGUAGES)
    assert len(months.LANGUAGES) == 7
    for _lang, table in months.MONTHS:
        assert {number for _token, number in table} == set(range(1, 13))
        for token, _number in table:
            assert token == token.casefold()
            assert not token.endswith(".")
            assert token == unicodedata.normalize("NFC", token)


def test_shared_month_tokens_agree_unless_declared() -> None:
    numbers: dict[str, set[int]] = collections.defaultdict(set)
    for _lang, table in months.MONTHS:
        for token, number in table:
            numbers[registry._fold(token)].add(number)
    assert {t for t, n in numbers.items() if len(n) > 1} == set(months.AMBIGUOUS_MONTH_TOKENS)


def test_weekdays_are_casefolded_and_never_months() -> None:
    for token in months.WEEKDAYS:
        assert token == token.casefold()
        assert registry.month_number(token) is None, token


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Sept.", 9),
        ("Sept", 9),
        ("sep", 9),
        ("Dec.", 12),
        ("Jan", 1),
        ("MAY", 5),
        ("juil", 7),
        ("juil.", 7),
        ("août", 8),
        ("aout", 8),
        ("févr.", 2),
        ("fevr", 2),
        ("Jänner", 1),
        ("Jän.", 1),
        ("März", 3),
        ("Maerz", 3),
        ("Okt.", 10),
        ("Dez", 12),
        ("ene", 1),
        ("abr", 4),
        ("ago", 8),
        ("set", 9),
        ("setiembre", 9),
        ("dic", 12),
        ("fev", 2),
        ("mai", 5),
        ("out", 10),
        ("dez", 12),
        ("LUG", 7),
        ("gen", 1),
        ("mag", 5),
        ("giu", 6),
        ("ott", 10),
        ("sett.", 9),
        ("ноября", 11),
        ("ноябрь", 11),
        ("января", 1),
        ("мая", 5),
        ("май", 5),
        ("МАЙ", 5),
        ("сен", 9),
        ("сент.", 9),
        ("дек", 12),
        ("июл", 7),
        ("Mon", None),
        ("mardi", None),
        ("13", None),
        ("", None),
        (".", None),
    ],
)
def test_month_number(token: str, expected: int | None) -> None:
    assert registry.month_number(token) == expected


def test_month_tokens_cover_the_tables_longest_first() -> None:
    tokens = registry.month_tokens()
    assert {t for _lang, table in months.MONTHS for t, _n in table} == set(tokens)
    assert [len(t) for t in tokens] == sorted((len(t) for t in tokens), reverse=True)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Monday", True),
        ("Tues.", True),
        ("THU", True),
        ("mercredi", True),
        ("Donnerstag", True),
        ("miércoles", True),
        ("miercoles", True),
        ("sexta-feira", True),
        ("giovedì", True),
        ("giovedi", True),
        ("пятницу", True),
        ("Вт", True),
        ("Mar", False),
        ("Sept", False),
        ("so", False),
        ("", False),
    ],
)
def test_is_weekday(token: str, expected: bool) -> None:
    assert registry.is_weekday(token) is expected


def test_ordinal_suffixes() -> None:
    assert {"st", "nd", "rd", "th", "er", "º"} <= set(months.ORDINAL_SUFFIXES)
    assert len(set(months.ORDINAL_SUFFIXES)) == len(months.ORDINAL_SUFFIXES)


# --- Laziness ---------------------------------------------------------------


def test_modules_expose_only_their_public_names() -> None:
    for module in (registry, agencies, months, places):
        assert sorted(dir(module)) == sorted(module.__all__)
        for name in module.__all__:
            assert hasattr(module, name)


def test_importing_the_registry_builds_nothing() -> None:
    code = (
        "from wiretext import registry as r\n"
        "builders = (r._agency_index, r._calendar_index, r._place_index, r._region_index)\n"
        "print([b.cache_info().currsize for b in builders])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[0, 0, 0, 0]"




def test_spelled_credits_split_as_the_full_split_does() -> None:
    for written, parts in registry._spelled_credits().items():
        assert registry.split_credit(written) == parts == registry._split_credit(written)




@pytest.mark.parametrize(
    ("text", "city"),
    [("Madrid, 12 jun (EFECOM).- El Gobierno aprobó hoy el plan.", "Madrid"),
     ("Bilbao, 3 mar (EFECOM).- La bolsa subió un uno por ciento.", "Bilbao")],
)
def test_a_service_credit_is_its_owner_agency(text: str, city: str) -> None:
    import datetime as dt

    import wiretext

    a = wiretext.parse(text, reference_date=dt.date(2024, 6, 20))
    assert (a.agency.code, a.location.city) == ("EFE", city)
    assert "(EFECOM)" in a.dateline.text  # the service's name is kept where it was written
    assert wiretext.agency("EFECOM").code == "EFE"


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_key_of_ascii_text_is_the_folded_words(text: str) -> None:
    # _key reads ASCII text with a translation table: what the regex gives on the folded text.
    assert registry._key(text) == re.sub(registry._NON_WORD, "", registry._fold(text))


@pytest.mark.parametrize("credit", ["ACAN-EFE", "tca/dpa", "RADIO SUR", "Kuwait Times"])
def test_a_kept_split_is_the_split(credit: str) -> None:
    first = registry.split_credit(credit)
    hits = registry._split_credit.cache_info().hits
    assert first == registry._split_credit.__wrapped__(credit)  # the split, made again
    assert registry.split_credit(credit) == first
    assert registry._split_credit.cache_info().hits == hits + 1  # the second split was the kept one
