"""Look-ups over the agency, place and calendar tables in :mod:`wiretext.data`.

Every look-up is case-insensitive and tolerant of the noise datelines carry:
accents (``SAO PAULO`` finds São Paulo), periods and spacing (``W. Va.`` and
``W.Va.``), hyphens and apostrophes.  The indexes are built on first use and
cached; importing this module computes nothing.

>>> agency("Reuter")
Agency(code='Reuters', name='Reuters')
>>> resolve_place("KALAMAZOO", "MICH.")
('United States', 'US', None)
>>> month_number("Sept.")
9
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

from ._lazy import once
from .model import Agency

if TYPE_CHECKING:
    from types import ModuleType


# The tables are imported on first lookup, not with the package: the place
# table alone costs tens of milliseconds to load.
@once
def _agency_table() -> ModuleType:
    from .data import agencies

    return agencies


@once
def _month_table() -> ModuleType:
    from .data import months

    return months


@once
def _place_table() -> ModuleType:
    from .data import places

    return places

__all__ = [
    "agency",
    "credit_spellings",
    "is_broadcaster",
    "is_country",
    "is_known_city",
    "is_weekday",
    "month_number",
    "month_tokens",
    "region_country",
    "resolve_place",
    "split_credit",
]


def __dir__() -> list[str]:
    return list(__all__)


# --- Text folding -----------------------------------------------------------

# Letters that do not decompose under NFD but are written without their
# stroke in ASCII copy ("LODZ", "TROMSO").
_STROKES = (
    ("ł", "l"),
    ("ø", "o"),
    ("đ", "d"),
    ("ħ", "h"),
    ("ı", "i"),
    ("æ", "ae"),
    ("œ", "oe"),
    ("þ", "th"),
    ("ð", "d"),
)
_BREVE = "\u0306"


@once
def _stroke_table() -> dict[int, str]:
    return str.maketrans(dict(_STROKES))


def _fold(text: str) -> str:
    """Casefold and drop accents, keeping the Cyrillic й (и + breve): the package's one accent fold.

    The registry's keys and look-ups, and the dateline's month words
    (``_dateline_shapes._month_tokens``), are folded with it.

    >>> _fold("Août"), _fold("ŁÓDŹ"), _fold("май")
    ('aout', 'lodz', 'май')
    """
    if text.isascii():
        return text.casefold()  # nothing to decompose: the common case, at C speed
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if ch == _BREVE and out and out[-1] in "иИ":
                out.append(ch)
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).casefold().translate(_stroke_table())


_NON_WORD = r"[\W_]+"
# What ``_NON_WORD`` drops from ASCII text: everything but letters and digits.
_ASCII_NON_WORD = dict.fromkeys(c for c in range(128) if not chr(c).isalnum())


@functools.lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """Return the look-up key of a name: folded, every non-letter and non-digit dropped.

    ``"W. Va."``, ``"W.Va."`` and ``"wva"`` share one key, as do
    ``"São Paulo"`` and ``"SAO-PAULO"``.
    """
    if text.isascii():  # the common case, at C speed: what the line below gives
        return text.lower().translate(_ASCII_NON_WORD)
    return re.sub(_NON_WORD, "", _fold(text))


# What ``_ASCII_NON_WORD`` drops, as bytes, less the line feed that :func:`_keys` joins names with.
_ASCII_DROP = bytes(c for c in range(128) if not chr(c).isalnum() and c != 10)
# ``_NON_WORD`` less the line feed, for names joined with it.
_NON_WORD_BUT_LF = r"(?:[^\w\n]|_)+"


def _keys(names: Sequence[str]) -> list[str]:
    """``[_key(name) for name in names]``, folded in a few passes over all of them at once (for the indexes).

    The place index folds 6,000 names: one at a time that was 7 ms of a
    first parse.  Every step of :func:`_key` maps each character on its own
    (case, the non-word characters dropped) or works within a run between
    two starters (the normal forms), and a line feed is a starter that
    composes with nothing and is dropped only as a non-word character:
    so the names joined with line feeds give the keys joined with them,
    where the non-word characters but the line feed are dropped.  The
    breve that :func:`_fold` keeps after "и" depends on the character
    before it: a name that holds one is folded on its own.

    >>> names = ["W. Va.", "São Paulo", "Йошкар-Ола", "ŁÓDŹ", "서울"]
    >>> _keys(names) == [_key(name) for name in names]
    True
    """
    if any("\n" in name for name in names):
        return [_key(name) for name in names]
    keys: list[str] = [""] * len(names)
    ascii_names = [i for i, name in enumerate(names) if name.isascii()]
    if ascii_names:
        packed = "\n".join(names[i] for i in ascii_names).encode("ascii").lower().translate(None, _ASCII_DROP)
        for i, key in zip(ascii_names, packed.decode("ascii").split("\n"), strict=True):
            keys[i] = key
    other = [i for i, name in enumerate(names) if not name.isascii()]
    if not other:
        return keys
    decomposed = unicodedata.normalize("NFD", "\n".join(names[i] for i in other)).split("\n")
    bulk = []
    for i, nfd in zip(other, decomposed, strict=True):
        if _BREVE in nfd:
            keys[i] = _key(names[i])
        else:
            bulk.append((i, nfd))
    if bulk:
        # (``str.replace`` of each mark and stroke: ``str.translate`` with a dict looks
        # every character up in it, 1 ms a pass on these names)
        joined = "\n".join(nfd for _, nfd in bulk)
        for mark in [ch for ch in set(joined) if unicodedata.combining(ch)]:
            joined = joined.replace(mark, "")
        folded = unicodedata.normalize("NFC", joined).casefold()
        for letter, written in _STROKES:  # no stroke's ASCII form holds a stroked letter: one pass each
            if letter in folded:
                folded = folded.replace(letter, written)
        for (i, _), key in zip(bulk, re.sub(_NON_WORD_BUT_LF, "", folded).split("\n"), strict=True):
            keys[i] = key
    return keys


# --- Agencies ---------------------------------------------------------------


class _AgencyIndex(NamedTuple):
    by_key: Mapping[str, Agency]
    wrappers: frozenset[Agency]
    spellings: tuple[str, ...]
    keys: Mapping[str, str]  # each spelling's _key


@once
def _agency_index() -> _AgencyIndex:
    by_key: dict[str, Agency] = {}
    spellings: dict[str, None] = {}
    rows = [(Agency(code, name), (code, name, *credits)) for code, name, credits, _, _ in _agency_table().AGENCIES]
    keys = _keyed(spelling for _, written in rows for spelling in written)
    for found, written in rows:
        for spelling in written:
            by_key.setdefault(keys[spelling], found)
            spellings[spelling] = None
    wrappers = frozenset(by_key[_key(code)] for _prefix, code, _name in _agency_table().WRAPPERS)
    ordered = tuple(sorted(spellings, key=lambda s: (-len(s), s)))
    return _AgencyIndex(MappingProxyType(by_key), wrappers, ordered, MappingProxyType(keys))


@once
def _credit_pattern() -> re.Pattern[str]:
    """Every spelling, to find the credits in a credit line (5 ms to compile: only where a line is no one spelling)."""
    # Longest first, so "Interfax-Ukraine" wins over "Interfax" and
    # "ANA-MPE" over "ANA".  Spaces and hyphens match any run of either.
    alternatives = sorted({_spelling_pattern(s) for s in _agency_index().spellings}, key=lambda p: (-len(p), p))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def _spelling_pattern(spelling: str) -> str:
    folded = _fold(spelling)
    parts = re.split(r"([\s\-‐‑–—]+)", folded)
    return "".join(
        (r"\s*[\-‐‑–—]\s*" if part.strip() else r"\s+") if i % 2 else re.escape(part)
        for i, part in enumerate(parts)
    )


def agency(credit: str) -> Agency | None:
    """Return the agency a single credit names, or None.

    Case, accents, surrounding spaces and dots do not matter; the agency's
    full name is accepted too.  A dpa regional desk suffix is dropped.

    >>> agency("Reuter")
    Agency(code='Reuters', name='Reuters')
    >>> agency(" itar-tass. ")
    Agency(code='TASS', name='TASS Russian News Agency')
    >>> agency("dpa/lni")
    Agency(code='dpa', name='Deutsche Presse-Agentur')
    >>> agency("Kuwait Times") is None
    True
    """
    index = _agency_index()
    found = index.by_key.get(_key(credit))
    if found is None and _agency_table().REGIONAL_SUFFIX in credit:
        head, _, desk = credit.rpartition(_agency_table().REGIONAL_SUFFIX)
        base = index.by_key.get(_key(head))
        if base is not None and base.code == "dpa" and _key(desk) in _agency_table().DPA_REGIONAL_DESKS:
            found = base
    return found


def credit_spellings() -> tuple[str, ...]:
    """Every known credit spelling, codes and full names included, longest first.

    Ties are in alphabetical order, so the result is stable.

    >>> spellings = credit_spellings()
    >>> spellings.index("Interfax-Ukraine") < spellings.index("Interfax")
    True
    >>> "Reuter" in spellings and "ΑΠΕ-ΜΠΕ" in spellings
    True
    """
    return _agency_index().spellings


# Separators between credits: slash, comma, semicolon, ampersand, plus,
# brackets, a dash with spaces around it, and joining words.
_CREDIT_SPLIT = r"(?i)[/,;&+|()\[\]{}<>]+|\s[-‐‑–—]+\s|\s+(?:and|und|et|y|e|и|with|via)\s+"
_JOINERS = frozenset({"and", "und", "et", "y", "e", "и", "with", "via"})
_STRIP = " \t\r\n.:-‐‑–—_*'\"«»“”"


@once
def _credit_split() -> re.Pattern[str]:
    return re.compile(_CREDIT_SPLIT)  # on first use, not at import


def _unknown_parts(text: str) -> list[tuple[str, bool]]:
    """Unknown credits in ``text`` (as written), each with whether a slash led it."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    led_by = ""
    for separator in [*_credit_split().finditer(text), None]:
        end = separator.start() if separator else len(text)
        piece = text[pos:end].strip(_STRIP)
        if piece and piece.casefold() not in _JOINERS and any(map(str.isalpha, piece)):
            parts.append((piece, "/" in led_by))
        if separator:
            pos, led_by = separator.end(), separator.group()
    return parts


@once
def _spelled_credits() -> Mapping[str, tuple[tuple[Agency, ...], tuple[str, ...]]]:
    """What :func:`split_credit` gives for each known spelling as written, and in upper case: its agency alone.

    Most credits in copy are one such spelling ("AP", "Reuters", "DPA").
    The full split (:func:`_split_credit`) finds in a spelling, longest
    first, that spelling as a whole, and nothing else, so it gives the
    agency of the spelling's key, known and alone: a test compares every
    entry with it.  Built so, the table needs neither the split nor its
    pattern, which the first parse would otherwise compile (the parts are
    frozen, safe to hand out again).
    """
    by_key, _, spellings, keys = _agency_index()
    return MappingProxyType({written: ((by_key[keys[s]],), ()) for s in spellings for written in (s, s.upper())})


def split_credit(credit: str) -> tuple[tuple[Agency, ...], tuple[str, ...]]:
    """All agencies a credit names, primary first, and the parts it did not know.

    Known credits are found by their spellings, longest first, so a hyphen
    inside a credit (``Interfax-Ukraine``, ``ANA-MPE``) does not split it,
    while one between two credits (``ACAN-EFE``) does.  Credits keep their
    written order, except that an agency's own service comes after its owner
    (:data:`wiretext.data.agencies.OWNED_SERVICES`).  Unknown parts are
    returned as written and also appear as ``Agency(part, None)``, after the
    known agencies.
    A dpa regional desk after ``dpa/`` is dropped.  A distributor that
    relays other agencies' copy (NNN, MENAFN: see
    :data:`wiretext.data.agencies.WRAPPERS`) comes after the agencies it
    carries.  Text without a letter gives ``((), ())``.

    >>> split_credit("AFP/Reuters")[0]
    (Agency(code='AFP', name='Agence France-Presse'), Agency(code='Reuters', name='Reuters'))
    >>> split_credit("dpa/bb")
    ((Agency(code='dpa', name='Deutsche Presse-Agentur'),), ())
    >>> [a.code for a in split_credit("NNN-BERNAMA")[0]]
    ['Bernama', 'NNN']
    >>> [a.code for a in split_credit("MENAFN- Kuwait News Agency (KUNA)")[0]]
    ['KUNA', 'MENAFN']
    >>> split_credit("tca/dpa")
    ((Agency(code='dpa', name='Deutsche Presse-Agentur'), Agency(code='tca', name=None)), ('tca',))
    >>> [a.code for a in split_credit("ACAN-EFE")[0]]
    ['EFE', 'ACAN']
    >>> split_credit("Kuwait Times")
    ((Agency(code='Kuwait Times', name=None),), ('Kuwait Times',))
    >>> split_credit(" -- ")
    ((), ())
    """
    found = _spelled_credits().get(credit)
    return found if found is not None else _split_credit(credit)


# A run of copy credits the same few sources ("ACAN-EFE", a broadcaster): the split (the
# credit folded, its pattern searched, every gap's parts read) is kept for each, as _key
# keeps a name's key.  Its parts are frozen, safe to hand out again.
@functools.lru_cache(maxsize=4096)
def _split_credit(credit: str) -> tuple[tuple[Agency, ...], tuple[str, ...]]:
    index = _agency_index()
    folded, starts = _fold_mapped(credit)
    found: list[Agency] = []
    unknown: list[str] = []
    pos = 0
    previous: Agency | None = None

    def take_gap(gap: str) -> None:
        for part, after_slash in _unknown_parts(gap):
            if (
                after_slash
                and previous is not None
                and previous.code == "dpa"
                and part.casefold() in _agency_table().DPA_REGIONAL_DESKS
            ):
                continue
            found.append(Agency(part))
            unknown.append(part)

    for match in _credit_pattern().finditer(folded):
        start, end = starts[match.start()], starts[match.end()]
        take_gap(credit[pos:start])
        hit = index.by_key.get(_key(match.group()))
        if hit is not None:
            found.append(hit)
            previous = hit
        pos = end
    take_gap(credit[pos:])

    unique = list(dict.fromkeys(found))
    carried = [a for a in unique if a not in index.wrappers]
    codes = [a.code for a in carried]
    for service, owner in _agency_table().OWNED_SERVICES:
        if service in codes and owner in codes:  # "ACAN-EFE": the owner's copy
            i, j = codes.index(service), codes.index(owner)
            if i < j:
                carried.insert(i, carried.pop(j))
                codes.insert(i, codes.pop(j))
    carried.sort(key=lambda a: a.name is None)  # "tca/dpa": the known agency first
    relayed_by = [a for a in unique if a in index.wrappers]
    return (*carried, *relayed_by), tuple(dict.fromkeys(unknown))


def _fold_mapped(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` one character at a time, with each folded character's source offset.

    ``starts[j]`` is the offset in ``text`` of the character that folded
    character ``j`` came from; ``starts[len(folded)] == len(text)``.
    """
    if text.isascii():  # each character folds to one: its lower case
        return text.lower(), list(range(len(text) + 1))
    pieces: list[str] = []
    starts: list[int] = []
    for i, ch in enumerate(text):
        piece = _fold(ch)
        pieces.append(piece)
        starts.extend([i] * len(piece))
    starts.append(len(text))
    return "".join(pieces), starts


# --- Months and weekdays ----------------------------------------------------


class _CalendarIndex(NamedTuple):
    months: Mapping[str, int]
    tokens: tuple[str, ...]
    weekdays: frozenset[str]


@once
def _calendar_index() -> _CalendarIndex:
    months: dict[str, int] = {}
    for _language, table in _month_table().MONTHS:
        for token, number in table:
            months.setdefault(token.casefold(), number)
            months.setdefault(_fold(token), number)
    weekdays = frozenset(
        {w.casefold() for w in _month_table().WEEKDAYS} | {_fold(w) for w in _month_table().WEEKDAYS}
    )
    written = {token for _language, table in _month_table().MONTHS for token, _number in table}
    tokens = tuple(sorted(written, key=lambda t: (-len(t), t)))
    return _CalendarIndex(MappingProxyType(months), tokens, weekdays)


def _calendar_token(token: str) -> str:
    return token.strip().rstrip(".").strip().casefold()


def month_number(token: str) -> int | None:
    """Return the month (1-12) a month word names in any of the seven languages, or None.

    A trailing period, case and accents do not matter.

    >>> [month_number(t) for t in ("Sept.", "juil", "LUG", "ноября", "Jänner", "Aout")]
    [9, 7, 7, 11, 1, 8]
    >>> month_number("Mon") is None
    True
    """
    index = _calendar_index()
    token = _calendar_token(token)
    found = index.months.get(token)
    return found if found is not None else index.months.get(_fold(token))


def month_tokens() -> tuple[str, ...]:
    """Every month token of every language (casefolded, no period), longest first.

    >>> "juil" in month_tokens() and "сен" in month_tokens()
    True
    """
    return _calendar_index().tokens


def is_weekday(token: str) -> bool:
    """Whether a token is a weekday name or abbreviation in one of the seven languages.

    >>> is_weekday("Tues."), is_weekday("mercredi"), is_weekday("Mar")
    (True, True, False)
    """
    token = _calendar_token(token)
    weekdays = _calendar_index().weekdays
    return token in weekdays or _fold(token) in weekdays


def is_broadcaster(credit: str, *, services: bool = True) -> bool:
    """Whether a credit no agency answers to names a broadcaster: the copy's source, not a news agency.

    ``services``: a service's name alone (``DOMESTIC SERVICE``) counts; after
    an agency's name (``XINHUA DOMESTIC SERVICE``) it is the agency's own
    service, and the caller asks with ``services=False``.

    >>> is_broadcaster("RADIO VENCEREMOS"), is_broadcaster("Domestic Service"), is_broadcaster("EL DIARIO DE HOY")
    (True, True, False)
    >>> is_broadcaster("Domestic Service", services=False)
    False
    """
    table = _agency_table()
    folded = " ".join(_fold(credit).replace("-", " ").split())
    if services and any(folded.endswith(s) for s in table.BROADCAST_SERVICES):
        return True
    return any(w in table.BROADCAST_WORDS for w in folded.split())


def is_stamp_word(token: str) -> bool:
    """Whether a word opens a web page's time stamp ("Updated", "Actualizado"), in one of the seven languages.

    >>> is_stamp_word("Updated"), is_stamp_word("AKTUALISIERT:"), is_stamp_word("Paris")
    (True, True, False)
    """
    return token.rstrip(".:").casefold() in _month_table().STAMP_WORDS


# --- Places -----------------------------------------------------------------

_Country: TypeAlias = tuple[str, str]  # (english_short_name, alpha2)


class _PlaceIndex(NamedTuple):
    names: Mapping[str, str]
    countries: Mapping[str, tuple[_Country, ...]]
    cities: Mapping[str, frozenset[str]]
    ambiguous: frozenset[str]


def _add(index: dict[str, list[_Country]], keys: Iterable[str], country: _Country) -> None:
    for key in keys:
        entry = index.setdefault(key, [])
        if country not in entry:
            entry.append(country)


def _freeze(index: dict[str, list[_Country]]) -> Mapping[str, tuple[_Country, ...]]:
    return MappingProxyType({k: tuple(v) for k, v in index.items() if k})


def _keyed(names: Iterable[str]) -> Mapping[str, str]:
    """Each of ``names`` with its :func:`_key`, folded in bulk (:func:`_keys`)."""
    unique = list(dict.fromkeys(names))
    return dict(zip(unique, _keys(unique), strict=True))


def _place_names(table: ModuleType) -> Iterator[str]:
    """Every name :func:`_place_index` reads (some more than once)."""
    for _alpha2, name, aliases in table.COUNTRIES:
        yield name
        yield from aliases
    for name, _alpha2, _region, aliases in table.CITIES:
        yield name
        yield from aliases
    yield from table.AMBIGUOUS_CITIES


def _region_names(table: ModuleType) -> Iterator[str]:
    """Every name :func:`_region_index` reads besides the countries' (some more than once)."""
    for former, aliases, _successors in table.FORMER_COUNTRIES:
        yield former
        yield from aliases
    for row in table.US_STATES:
        yield from row
    for variant, _postal in table.US_STATE_VARIANTS:
        yield variant
    for name, aliases, _alpha2 in table.REGIONS:
        yield name
        yield from aliases


@once
def _place_index() -> _PlaceIndex:
    """The countries and cities by key (the regions are :func:`_region_index`'s: a city alone needs none)."""
    table = _place_table()
    keys = _keyed(_place_names(table))
    name_of = {alpha2: name for alpha2, name, _aliases in table.COUNTRIES}
    countries: dict[str, list[_Country]] = {}
    for alpha2, name, aliases in table.COUNTRIES:
        _add(countries, [keys[n] for n in (name, *aliases)], (name, alpha2))

    # A city's countries: most cities are in one, whose set is shared.
    cities: dict[str, frozenset[str]] = {}
    alone: dict[str, frozenset[str]] = {}
    for name, alpha2, _region, aliases in table.CITIES:
        country = alone.get(alpha2) or alone.setdefault(alpha2, frozenset((alpha2,)))
        for spelling in (name, *aliases):
            key = keys[spelling]
            found = cities.get(key)
            if found is None:
                cities[key] = country
            elif alpha2 not in found:
                cities[key] = found | country

    return _PlaceIndex(
        names=MappingProxyType(name_of),
        countries=_freeze(countries),
        cities=MappingProxyType({k: v for k, v in cities.items() if k}),
        ambiguous=frozenset(keys[name] for name in table.AMBIGUOUS_CITIES),
    )


@once
def _region_index() -> Mapping[str, tuple[_Country, ...]]:
    """What a region names by key: a country (any of its names), a former country's successors, a US state, a region."""
    table = _place_table()
    index = _place_index()
    keys = _keyed(_region_names(table))
    name_of = index.names
    regions: dict[str, list[_Country]] = {k: list(v) for k, v in index.countries.items()}
    for former, aliases, successors in table.FORMER_COUNTRIES:
        for alpha2 in successors:
            _add(regions, [keys[n] for n in (former, *aliases)], (name_of[alpha2], alpha2))
    united_states = (name_of["US"], "US")
    postal_to_state = {postal: name for name, _ap, postal in table.US_STATES}
    for name, ap, postal in table.US_STATES:
        _add(regions, [keys[name], keys[ap], keys[postal]], united_states)
    for variant, postal in table.US_STATE_VARIANTS:
        if postal in postal_to_state:
            _add(regions, [keys[variant]], united_states)
    for name, aliases, alpha2 in table.REGIONS:
        _add(regions, [keys[n] for n in (name, *aliases)], (name_of[alpha2], alpha2))
    return _freeze(regions)


@once
def _plain_places() -> dict[str, tuple[str | None, str | None, str | None]]:
    """What :func:`_resolve_city` gave each city key that names a country, kept as it is asked for.

    Filled by :func:`resolve_place` with what :func:`_resolve_city` itself
    gives, so a look-up here gives what its steps would.  Only an answer
    with a country is kept: it does not depend on how the city was written
    (a problem's message quotes it).  Kept as asked rather than worked out
    for every city at once (1.5 ms of a first parse); threads that ask for
    one key at once store equal answers.
    """
    return {}


def _single(candidates: tuple[_Country, ...]) -> _Country | None:
    return candidates[0] if len(candidates) == 1 else None


def region_country(region: str) -> tuple[str, str] | None:
    """``(country_name, alpha2)`` when a region names one country, a US state or a known region.

    A name that several countries share (``Punjab``, ``Georgia``, ``Congo``,
    ``WA``) gives None here; :func:`resolve_place` settles it with the city.

    >>> region_country("W. Va.")
    ('United States', 'US')
    >>> region_country("Allemagne"), region_country("Sicily")
    (('Germany', 'DE'), ('Italy', 'IT'))
    >>> region_country("Punjab") is None
    True
    """
    return _single(_region_index().get(_key(region), ()))


def is_country(name: str) -> bool:
    """Whether a name (in any listed language) is a country's name or alias.

    >>> is_country("Deutschland"), is_country("Bavaria")
    (True, False)
    """
    return _key(name) in _place_index().countries


def is_known_city(name: str) -> bool:
    """Whether a name is one of the dateline cities (any alias, accents ignored).

    >>> is_known_city("SAO PAULO"), is_known_city("Krakau"), is_known_city("Atlantis")
    (True, True, False)
    """
    return _key(name) in _place_index().cities


def resolve_place(city: str, region: str | None) -> tuple[str | None, str | None, str | None]:
    """``(country_name, alpha2, problem)`` for a dateline's city and region.

    With a region: the country it names (a country in any listed language, a
    former country, a US state by name, AP abbreviation or postal code, or a
    REGIONS entry).  A region several countries share is settled by the
    city; failing that, or for an unknown region, ``problem`` says why and
    the country is None.  Without a region: the city's country, or the
    country the "city" itself names (``KUWAIT``, ``SINGAPORE``); a city in
    :data:`~wiretext.data.places.AMBIGUOUS_CITIES` is reported, and an
    unknown city gives ``(None, None, None)``.

    >>> resolve_place("Amritsar", "Punjab")
    ('India', 'IN', None)
    >>> resolve_place("SAO PAULO", None)
    ('Brazil', 'BR', None)
    >>> resolve_place("TRIPOLI", None)
    (None, None, "ambiguous city 'TRIPOLI'")
    >>> resolve_place("Springfield", "Ill.")
    ('United States', 'US', None)
    """
    index = _place_index()
    city_key = _key(city)
    region_key = _key(region) if region is not None else ""
    if region is None or not region_key:
        plain = _plain_places()
        found = plain.get(city_key)
        if found is None:
            found = _resolve_city(index, city, city_key)
            if found[1] is not None:
                plain[city_key] = found
        return found
    candidates = _region_index().get(region_key, ())
    if not candidates:
        return None, None, f"unknown region '{region.strip()}'"
    if len(candidates) > 1:
        city_countries = index.cities.get(city_key, frozenset())
        candidates = tuple(c for c in candidates if c[1] in city_countries)
        if len(candidates) != 1:
            return None, None, f"ambiguous region '{region.strip()}'"
    name, alpha2 = candidates[0]
    return name, alpha2, None


def _resolve_city(index: _PlaceIndex, city: str, city_key: str) -> tuple[str | None, str | None, str | None]:
    """:func:`resolve_place` without a region, step by step (``city_key`` is ``_key(city)``)."""
    if not city_key:
        return None, None, None
    if city_key in index.ambiguous:
        return None, None, f"ambiguous city '{city.strip()}'"
    in_countries = index.cities.get(city_key)
    if in_countries is not None:
        if len(in_countries) > 1:
            return None, None, f"ambiguous city '{city.strip()}'"
        (alpha2,) = in_countries
        return index.names[alpha2], alpha2, None
    country = _single(index.countries.get(city_key, ()))
    if country is not None:
        return country[0], country[1], None
    return None, None, None
