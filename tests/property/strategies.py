"""Hypothesis strategies that build dispatches from the library's own tables.

A :class:`Dispatch` holds the fields a generated story was built from and
the text it was laid out as; the properties check that ``parse`` gets the
fields back.  Parts come from the registry's tables (agencies and their
credit spellings, cities, US states, months in seven languages), laid out
in the shapes agencies use: feed, scraped web page, ANPA wire, Reuters 1987,
MUC and agency-first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hypothesis import strategies as st

from wiretext import registry
from wiretext.data import agencies as agency_table
from wiretext.data import months, places

# -- the parts -----------------------------------------------------------------

# Credits that stand in brackets in copy, as agencies write them.
BRACKET_CREDITS = ("AFP", "Reuters", "AP", "Xinhua", "dpa", "EFE", "ANSA", "Yonhap", "Kyodo", "PTI", "IANS",
                   "ANI", "UPI", "AA", "KUNA", "WAM", "Lusa", "Interfax", "Bernama", "NTB", "Belga",
                   "APA", "CTK", "MTI", "PAP", "BTA", "Antara", "VNA", "CNA", "MENA", "IRNA")

MONTH_NAMES = {
    "en": months.AP_STYLE_MONTHS,
    "fr": ("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
    "pt": ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
    "it": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
}

WORDS = ("port", "council", "river", "bridge", "market", "school", "harbour", "railway", "festival", "farmers",
         "museum", "budget", "election", "storm", "factory", "court", "ferry", "library", "airport", "union")
VERBS = ("opens", "closes", "approves", "rejects", "delays", "expands", "reviews", "plans", "wins", "loses")
FIRST = ("Ana", "Tom", "Lena", "Omar", "Yuki", "Pablo", "Ines", "Karl", "Mira", "Jonas")
LAST = ("Silva", "Hale", "Weber", "Haddad", "Sato", "Ruiz", "Costa", "Berg", "Novak", "Lind")


# Country names as a dateline writes them: not the ISO forms with brackets
# or commas ("Cocos (Keeling) Islands", "Korea, Republic of").
COUNTRY_NAMES = {code: name for code, name, _aliases in places.COUNTRIES if "(" not in name and "," not in name}


def _unambiguous_cities() -> tuple[tuple[str, str], ...]:
    """(city, country code) pairs the registry resolves by the city alone."""
    out = []
    for name, code, _region, _aliases in places.CITIES:
        if code not in COUNTRY_NAMES:
            continue
        if len(name.split()) > 3 or not name.replace(" ", "").replace("-", "").isalpha():
            continue
        if registry.resolve_place(name, None)[1] == code:
            out.append((name, code))
    return tuple(out)


CITIES = _unambiguous_cities()
STATES = tuple((ap, postal) for _name, ap, postal in places.US_STATES if postal != "DC")


@dataclass
class Dispatch:
    """A generated story: the fields it was built from and its text."""

    text: str
    shape: str
    headline: str | None
    byline: str | None
    agencies: tuple[str, ...]
    city: str | None
    region: str | None
    date: dt.date | None
    paragraphs: tuple[str, ...]
    rights_holder: str | None = None
    reference_date: dt.date | None = None
    extra: dict[str, str] = field(default_factory=dict)


sentences = st.builds(
    lambda subject, verb, obj, n: f"The {subject} {verb} the {obj} after {n} days.",
    st.sampled_from(WORDS), st.sampled_from(VERBS), st.sampled_from(WORDS), st.integers(2, 90),
)
# Paragraphs differ from each other: a paragraph repeated word for word is
# what a page or a retransmission leaves, and the page stage cuts it.
paragraphs = st.lists(
    st.lists(sentences, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=4, unique=True
).map(tuple)
headlines = st.builds(
    lambda a, v, b: f"{a.capitalize()} {v} new {b} plan", st.sampled_from(WORDS), st.sampled_from(VERBS),
    st.sampled_from(WORDS),
)
names = st.builds(lambda f, last: f"{f} {last}", st.sampled_from(FIRST), st.sampled_from(LAST))
dates = st.dates(dt.date(1985, 1, 1), dt.date(2030, 12, 31))


def _agency_code(credit: str) -> str:
    found = registry.agency(credit)
    assert found is not None, credit
    return found.code


@st.composite
def feed(draw: st.DrawFn) -> Dispatch:
    """``CITY[, Region], Mon D, YYYY (AGENCY) SEP body`` with a headline and byline."""
    city, _code = draw(st.sampled_from(CITIES))
    upper = draw(st.booleans())
    region = None
    if draw(st.booleans()):
        state, _postal = draw(st.sampled_from(STATES))
        city = draw(st.sampled_from(("Springfield Park", "Elm Grove", "Red Oak", "Lakewood Hills")))
        region = state
    shown_city = city.upper() if upper else city
    credit = draw(st.sampled_from(BRACKET_CREDITS))
    date = draw(dates)
    lang = draw(st.sampled_from(sorted(MONTH_NAMES)))
    month = MONTH_NAMES[lang][date.month - 1]
    written = f"{month} {date.day}, {date.year}" if lang == "en" else f"{date.day} {month} {date.year}"
    sep = draw(st.sampled_from(("-", "--", "—", "–", "_")))
    body = draw(paragraphs)
    headline = draw(st.one_of(st.none(), headlines))
    byline = draw(st.one_of(st.none(), names.map(lambda n: f"By {n}")))
    place = f"{shown_city}, {region}" if region else shown_city
    head = "\n".join(x for x in (headline, byline) if x)
    text = (f"{head}\n\n" if head else "") + f"{place}, {written} ({credit}) {sep} " + "\n\n".join(body)
    return Dispatch(text, "feed", headline, byline, (_agency_code(credit),), shown_city, region, date, body)


@st.composite
def scraped(draw: st.DrawFn) -> Dispatch:
    """The AFP web shape: pipes, headline glued to ``City, Country, Mon D (AFP) Mon D, YYYY``."""
    city, code = draw(st.sampled_from(CITIES))
    country = COUNTRY_NAMES[code]
    date = draw(dates)
    month = MONTH_NAMES["en"][date.month - 1][:3]
    headline = draw(headlines)
    body = draw(paragraphs)
    text = (
        "|\n|\n"
        f"{headline} {city}, {country}, {month} {date.day} (AFP) {month} {date.day}, {date.year} "
        + " ".join(body)
        + " |\n|\n|\n© "
        + f"{date.year} AFP\n|"
    )
    return Dispatch(text, "scraped", headline, None, ("AFP",), city, country, date, (" ".join(body),),
                    rights_holder="Agence France-Presse")


@st.composite
def reuters_1987(draw: st.DrawFn) -> Dispatch:
    """Upper-case title, indented ``CITY, Mon D -``, hard-wrapped body, ``Reuter``."""
    city, _code = draw(st.sampled_from(CITIES))
    date = draw(dates)
    month = MONTH_NAMES["en"][date.month - 1]
    headline = draw(headlines).upper()
    body = draw(paragraphs)
    lines = []
    for i, para in enumerate(body):
        words = para.split()
        wrapped = []
        line = ""
        for word in words:
            if len(line) + len(word) > 60:
                wrapped.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        wrapped.append(line)
        prefix = f"    {city.upper()}, {month} {date.day} - " if i == 0 else "    "
        lines.append(prefix + "\n".join(wrapped))
    text = f"{headline}\n" + "\n".join(lines) + "\n Reuter\n"
    return Dispatch(text, "reuters-1987", headline, None, ("Reuters",), city.upper(), None, date, body,
                    reference_date=date)


@st.composite
def muc(draw: st.DrawFn) -> Dispatch:
    """``CITY, D MON YY (AGENCY) -- [TEXT] ...`` in upper case."""
    city, _code = draw(st.sampled_from(CITIES))
    date = draw(st.dates(dt.date(1985, 1, 1), dt.date(1999, 12, 31)))
    month = MONTH_NAMES["en"][date.month - 1][:3].upper()
    credit = draw(st.sampled_from(("AFP", "EFE", "ACAN-EFE", "DPA", "AP")))
    body = tuple(p.upper() for p in draw(paragraphs))
    text = f"{city.upper()}, {date.day} {month} {date.year % 100:02d} ({credit}) -- " + "\n\n".join(body)
    codes = tuple(a.code for a in registry.split_credit(credit)[0])
    return Dispatch(text, "muc", None, None, codes, city.upper(), None, date, body)


@st.composite
def agency_first(draw: st.DrawFn) -> Dispatch:
    """ANSA: ``(ANSA) - ROMA, 1 LUG - body``."""
    city, _code = draw(st.sampled_from(CITIES))
    date = draw(dates)
    month = MONTH_NAMES["it"][date.month - 1].upper()
    body = draw(paragraphs)
    text = f"(ANSA) - {city.upper()}, {date.day} {month} - " + "\n\n".join(body)
    ref = date + dt.timedelta(days=draw(st.integers(0, 200)))
    return Dispatch(text, "agency-first", None, None, ("ANSA",), city.upper(), None, date, body, reference_date=ref)


@st.composite
def anpa(draw: st.DrawFn) -> Dispatch:
    """An ANPA-1312 transmission: control codes, slug, headline, ``By NAME=``."""
    city, _code = draw(st.sampled_from(CITIES))
    headline = draw(headlines)
    author = draw(names).upper()
    body = draw(paragraphs)
    slug = "BC-" + "-".join(w.capitalize() for w in headline.split()[:2])
    text = (
        f"\x16\x16\x01a0{draw(st.integers(100, 999))}\x1fbc-\nr a\x13\x11 {slug}     02-14 0312\r\n"
        f"\x02\x02{slug},0312<\r\n^{headline}<\r\n^By {author}=\r\n^Associated Press=\r\n"
        + "".join(f"\t   {'' if i else city.upper() + ' (AP) _ '}{p}\r\n" for i, p in enumerate(body))
        + "\x03\x04"
    )
    return Dispatch(text, "anpa", headline, f"By {author}, Associated Press", ("AP",), city.upper(), None, None, body)


def dispatches() -> st.SearchStrategy[Dispatch]:
    """Any generated dispatch, in any supported shape."""
    return st.one_of(feed(), scraped(), reuters_1987(), muc(), agency_first(), anpa())


#: Agencies the tables know, for properties that draw any credit spelling.
ALL_CREDITS = tuple(sorted({c for row in agency_table.AGENCIES for c in row[2]}))
