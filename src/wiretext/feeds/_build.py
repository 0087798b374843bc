"""One feed item to one Article: the markup's fields, the body read by :func:`wiretext.parse`.

Theory of operation
-------------------
1. The text parsed is the markup's headline, a blank line, and the body's
   paragraphs separated by blank lines.  The text stages run on it as on
   any copy, so a dateline, byline, credit or rights line printed inside
   the body is read as it is today; spans in the Article index this text.
2. The markup's date, when there is one, is the ``reference_date`` of that
   parse: a printed dateline without a year takes its year from it.
3. Field by field, what the markup states fills what the text left empty,
   each with a ``*-from-markup`` note naming the element; where both state
   a field and disagree, a ``*-disagrees`` note says so.  A printed
   dateline (its place and date) and a printed credit win, as what the
   desk wrote; the markup's headline, byline and rights win, as what the
   agency's system filed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .. import dateline as _dateline
from .. import registry
from ..byline import authors
from ..model import Agency, Article, Dateline, Location, Note, RightsNotice
from ..normalize import repair, squash
from ..pipeline import parse
from ..rights import find_rights
from ._item import Item, short_cache

__all__ = ["build", "markup_agencies"]

_FORMAT_NAMES = {
    "nitf": "NITF",
    "newsml-g2": "NewsML-G2",
    "newsml-1.2": "NewsML 1.2",
    "ninjs": "ninjs",
    "gigaword": "Gigaword",
    "rcv1": "RCV1",
}


#: A note on where a field came from whose message names only the format,
#: an element and a date (``headline-from-markup``, ``date-from-markup`` ...):
#: the same few item after item, each made once (a Note is frozen: Articles
#: share it).  A message holding the markup's own text (a city, a credit) is
#: not kept.
_note = functools.lru_cache(maxsize=256)(Note)


@short_cache
def _known(credit: str) -> tuple[Agency, ...]:
    """The agencies a markup credit names: the whole, else its known parts (``Reuters Limited`` -> Reuters).

    A feed names its few providers and holders item after item: each is looked up once.
    """
    found = registry.agency(credit)
    if found is not None:
        return (found,)
    agencies, _unknown = registry.split_credit(credit)
    return tuple(a for a in agencies if a.name is not None)


def markup_agencies(item: Item) -> tuple[list[Agency], str]:
    """The agencies the markup credits, in the reader's order, and the element of the first.

    Credits the registry does not know count only when no credit is known.
    """
    known: list[Agency] = []
    first = ""
    for element, credit in item.credits:
        for agency in _known(credit):
            if agency not in known:
                known.append(agency)
                first = first or element
    if known:
        return known, first
    unknown = [Agency(credit) for _element, credit in item.credits]
    return list(dict.fromkeys(unknown)), item.credits[0][0] if item.credits else ""


@short_cache
def _read_dateline(text: str) -> _dateline.Found | None:
    """A dateline element read as a dateline, a separator added when it has none.

    Read once for the items that repeat it (RCV1's city, a day's Gigaword
    "BEIJING, May 12 (Xinhua)"): some 20 µs a reading.  A Found is immutable.
    """
    return _dateline.find(text) or _dateline.find(text + " -")


# A day in a dateline element ("BEIJING, May 12 (Xinhua)", "ROME, 3 JAN"): one
# or two figures after a blank, as the date fragment reads a day ([0-3]?[0-9]).
_DAY = re.compile(r"(?<=[ \t])[0-3]?[0-9](?![0-9])")


def _read_element(text: str) -> tuple[Dateline, int | None, int | None] | None:
    """The dateline, month and day a dateline element states (:func:`_read_dateline`), its day read apart.

    An archive's elements differ item by item in the day alone ("BEIJING,
    May 12 (Xinhua)", "BEIJING, May 13 (Xinhua)"), so the element is read
    with its one day written as a stand-in of as many figures (``1`` or
    ``11``, a day in every month): one reading serves every day of a
    place, month and credit (the generated archive of ``benchmarks/feeds.py
    --formats``, a random day a DOC: Gigaword's feed/parse from 1.60-1.74
    to 1.40 in a run at load 4 with this change alone).  The stand-in's
    reading is used only where the finder read it as the day inside the
    dateline it kept; otherwise (no day, two runs of
    figures, a day the stand-in does not stand for, a date without such a
    day) the element is read as it stands.  ``test_build`` compares the two
    on every shape.
    """
    days = [*_DAY.finditer(text)]
    if len(days) == 1 and 1 <= int(days[0].group()) <= 31:
        read = _with_stand_in_day(text, days[0])
        if read is not None:
            return read
    found = _read_dateline(text)
    return None if found is None else (found.dateline, found.month, found.day)


def _with_stand_in_day(text: str, at: re.Match[str]) -> tuple[Dateline, int | None, int | None] | None:
    """The element read with its one day (``at``) as a stand-in of as many figures, the day put back; or None."""
    day = at.group()
    stand_in = "1" if len(day) == 1 else "11"
    template = text[: at.start()] + stand_in + text[at.end() :]
    found = _read_dateline(template)
    if found is None or found.day != int(stand_in) or found.month is None:
        return None
    line = found.dateline
    start, end = line.span
    if not (start <= at.start() and at.end() <= end) or (template + " -")[start:end].strip() != line.text:
        return None  # the day read is not the one stood in for, or the text is not the span's
    date = line.date
    if date is not None:
        try:
            date = dt.date(date.year, date.month, int(day))
        except ValueError:
            return None  # an impossible date: read as it stands (the finder notes it)
    shown = (text + " -")[start:end].strip()
    return Dateline(shown, line.location, date, line.agencies, line.span), found.month, int(day)


def _markup_dateline(text: str, reference: dt.date | None) -> tuple[Dateline | None, dt.date | None]:
    """The markup's dateline element read as a dateline (a separator added: the element has none)."""
    read = _read_element(text)
    if read is None:
        return None, None
    line, month, day = read
    date = line.date
    if date is None and month is not None and day is not None and reference is not None:
        date = _dateline.infer_year(month, day, reference)
    shown = line.text[: len(text)].rstrip(" -") if line.text.endswith(" -") and not text.endswith("-") else line.text
    return Dateline(shown, line.location, date, line.agencies, (0, 0)), date


def _location(item: Item) -> Location | None:
    if item.city is None and item.region is None and item.country is None:
        return None
    country, code = item.country, item.country_code
    if code is None and item.city is not None:
        named, found_code, _problem = registry.resolve_place(item.city, item.region or item.country)
        if found_code is not None:
            country, code = country or named, found_code
    return Location(item.city, item.region, country, code)


def _same_place(a: Location, b: Location) -> bool:
    return bool(a.city and b.city and registry._key(a.city) == registry._key(b.city)) or (
        a.city is None or b.city is None
    )


# A feed repeats a few rights statements and bylines item after item ("(c)
# Reuters Limited 1996" on every RCV1 item): each is read once.  Reading a
# notice is some 30 µs (the registry's credit spellings are looked for in
# it), a byline's authors some 6 µs (benchmarks/feeds.py --formats).  What
# is kept is immutable (a frozen RightsNotice, a tuple), so Articles share it.
@short_cache
def _markup_byline(byline: str) -> tuple[str, tuple[str, ...]]:
    """A markup byline as the Article keeps it, and its authors."""
    kept = squash(repair(byline))
    return kept, authors(kept)


def _rights(item: Item) -> RightsNotice | None:
    return _rights_notice(item.rights_holder, item.rights_year, item.rights_notice)


@short_cache
def _rights_notice(holder: str | None, year: int | None, text: str | None) -> RightsNotice | None:
    """The rights notice of a holder, a year and a notice as the markup states them."""
    if not (holder or text):
        return None
    markup_holder = holder
    if text:
        read = find_rights(text)
        if read is not None:
            holder = holder or read.holder
            year = year or read.year
    if holder:
        known = _known(holder)
        holder = known[0].name if len(known) == 1 and known[0].name else holder
    if not text:
        text = f"© {year} {markup_holder}" if year else f"© {markup_holder}"
    return RightsNotice(squash(repair(text)), holder, year, (0, 0))


def build(item: Item, reference_date: dt.date | None, max_chars: int) -> Article:
    """The Article for one item.

    :raises InputTooLarge: when the item's text is longer than ``max_chars``.
    """
    fmt = _FORMAT_NAMES.get(item.format, item.format)
    headline = squash(repair(item.headline)) if item.headline else None
    body = "\n\n".join(item.paragraphs)
    text = f"{headline}\n\n{body}" if headline else body
    reference = item.date or reference_date
    a = parse(text, reference_date=reference, max_chars=max_chars)
    notes: list[Note] = [Note(kind, message) for kind, message in item.notes]
    text_notes = list(a.notes)
    if item.date is not None:
        # The year of a printed dateline came from the markup's date, not from the caller.
        text_notes = [
            Note(n.kind, f"the year comes from the markup's date ({fmt} {item.date_from})", n.span)
            if n.kind == "year-from" and "reference_date" in n.message
            else n
            for n in text_notes
        ]

    paragraphs, final_headline = _headline(item, a, headline, fmt, notes)
    byline, names = _byline(item, a, fmt, notes)
    line, location, date = _place_and_date(item, a, reference, fmt, notes)
    agencies = _agencies(item, a, line, fmt, notes)

    # Rights: the markup's copyright elements.
    rights = _rights(item)
    if rights is not None:
        notes.append(_note("rights-from-markup", f"the rights notice is {fmt} {item.rights_from}"))
    else:
        rights = a.rights

    return Article(
        final_headline,
        byline,
        line,
        agencies[0] if agencies else None,
        agencies,
        location,
        date,
        a.body if paragraphs is a.paragraphs else "\n\n".join(paragraphs),
        paragraphs,
        rights,
        (*notes, *text_notes),
        names,
        a.credits,
        item.source_id,
    )


def _headline(
    item: Item, a: Article, headline: str | None, fmt: str, notes: list[Note]
) -> tuple[tuple[str, ...], str | None]:
    """The paragraphs and the headline: the markup's (as the text stages trimmed it, when they took it)."""
    paragraphs = a.paragraphs
    final_headline = a.headline
    if not headline and a.headline and a.dateline is None:
        # No markup headline: the body's first line, which the text stages
        # took for a title, is the body's, as the markup says.
        paragraphs, final_headline = (a.headline, *paragraphs), None
    if headline:
        if a.headline is None or a.headline not in headline:
            if paragraphs and paragraphs[0] == headline:
                paragraphs = paragraphs[1:]  # the stages did not take the line as a headline
            if a.headline is not None:
                notes.append(Note("headline-disagrees", f"the text's own headline {a.headline[:60]!r} was not kept"))
            final_headline = headline
        notes.append(_note("headline-from-markup", f"the headline is {fmt} {item.headline_from}"))
    return paragraphs, final_headline


def _byline(item: Item, a: Article, fmt: str, notes: list[Note]) -> tuple[str | None, tuple[str, ...]]:
    """The byline and its authors: the markup's, authors read from it."""
    byline, names = a.byline, a.authors
    if item.byline:
        markup_byline, markup_names = _markup_byline(item.byline)
        if a.byline and registry._key(a.byline) != registry._key(markup_byline):
            notes.append(Note("byline-disagrees", f"the text's byline {a.byline[:60]!r} differs; the markup's is kept"))
        byline, names = markup_byline, markup_names
        notes.append(_note("byline-from-markup", f"the byline is the {fmt} byline element"))
    return byline, names


def _place_and_date(
    item: Item, a: Article, reference: dt.date | None, fmt: str, notes: list[Note]
) -> tuple[Dateline | None, Location | None, dt.date | None]:
    """Dateline, place and date: a printed dateline wins."""
    line, location, date = a.dateline, a.location, a.date
    markup_line_date = None
    if line is None and item.dateline:
        line, markup_line_date = _markup_dateline(item.dateline, reference)
        if line is not None:
            location = line.location
            notes.append(_note("dateline-from-markup", f"the dateline is the {fmt} dateline element"))
    markup_place = _location(item)
    if markup_place is not None:
        if location is None:
            location = markup_place
            notes.append(Note("location-from-markup", f"the place is {fmt} markup's ({markup_place.city})"))
        elif not _same_place(location, markup_place):
            notes.append(
                Note("location-disagrees", f"the dateline says {location.city!r}, the markup {markup_place.city!r}")
            )
    if date is None and markup_line_date is not None:
        date = markup_line_date
        where = item.date_from if markup_line_date == item.date else "dateline element"
        notes.append(_note("date-from-markup", f"the date is {fmt} {where} ({date.isoformat()})"))
    if date is not None and item.date is not None and date != item.date:
        notes.append(
            Note(
                "date-disagrees",
                f"the dateline prints {date.isoformat()}, {fmt} {item.date_from} says {item.date.isoformat()}: "
                "the printed date is kept",
            )
        )
    elif date is None and item.date is not None:
        date = item.date
        notes.append(_note("date-from-markup", f"the date is {fmt} {item.date_from} ({item.date.isoformat()})"))
    return line, location, date


def _agencies(item: Item, a: Article, line: Dateline | None, fmt: str, notes: list[Note]) -> tuple[Agency, ...]:
    """The agencies: a printed credit wins; the markup's credits follow it."""
    from_markup, element = markup_agencies(item)
    if line is not None and line is not a.dateline:
        from_markup = [*line.agencies, *(x for x in from_markup if x not in line.agencies)]
        element = "dateline" if line.agencies else element
    agencies = a.agencies
    if agencies:
        if from_markup and from_markup[0] not in agencies:
            notes.append(
                Note(
                    "agency-disagrees",
                    f"the text credits {agencies[0].code}, {fmt} {element} {from_markup[0].code}: "
                    "the printed credit is kept",
                )
            )
        agencies = (*agencies, *(x for x in from_markup if x not in agencies))
    elif from_markup:
        agencies = tuple(from_markup)
        notes.append(Note("agency-from-markup", f"the agency is {fmt} {element}'s {agencies[0].code}"))
    return agencies
