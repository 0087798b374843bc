"""The parse pipeline: text in, :class:`~wiretext.Article` out, every character accounted for.

Theory of operation
-------------------
:data:`STAGES` lists the work in order.  Each stage (a module of
:mod:`wiretext.stages`) reads one :class:`~wiretext.stages.state.State`,
labels spans of the input and writes its own fields:

========  ====================================================================
text      line ends, NEL and lone surrogates made uniform (offsets kept)
layout    a wire transmission or a page: where the story stands, apparatus cut
noise     debris inside the story cut (``|`` lines, control characters, ...)
rights    a rights notice at the head or the foot
source    a summary's source lead ("PC World - ") taken off its first line
dateline  the dateline, which splits the head from the body
head      headline, byline, desk tags, credits, glued titles
tail      sign-offs, end marks, trailing credits
body      paragraphs: wrapped lines joined, text repaired
========  ====================================================================

Every cut is blanked (line breaks kept) in a work copy of the text, so all
offsets are offsets in the input (but for a transcript's heading, which, as
the dateline before it, stands where no later stage reads).  :func:`parse`
builds the Article from the state (the date's year settled against
``reference_date``, the notes summed up); :func:`explain` returns the labels
as a partition of the input.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import NamedTuple

from . import dateline as _dateline
from . import registry
from ._dates import reference_date as _reference_date
from ._markup import has_tags
from ._spans import LINE_RUNS, Cut, count_lines, run_lines
from .byline import authors
from .errors import InputTooLarge
from .model import Agency, Article, Dateline, Location, Note, Span
from .normalize import squash
from .stages import body, dateline, head, layout, noise, rights, tail, text
from .stages.state import NoteRecord, Stage, State

__all__ = ["MAX_CHARS", "STAGES", "Segment", "analyse", "explain", "parse"]

#: Inputs longer than this raise :class:`~wiretext.InputTooLarge` (10 MB).
MAX_CHARS = 10_000_000

#: The stages, in the order they run: (name, function of the state).
STAGES: tuple[tuple[str, Stage], ...] = (
    ("text", text.run),
    ("layout", layout.run),
    ("noise", noise.run),
    ("rights", rights.run),
    ("source", head.source),
    ("dateline", dateline.run),
    ("head", head.run),
    ("tail", tail.run),
    ("body", body.run),
)

#: Labels of spans that hold a field of the Article.
FIELDS = ("headline", "byline", "dateline", "body", "rights", "credits")


class Segment(NamedTuple):
    """One labelled span of the input, as :func:`explain` returns it.

    ``label`` is a field name (``headline``, ``byline``, ``dateline``,
    ``body``, ``rights``, ``credits``), ``space`` for white space between
    fields, or the name of the rule that removed the text.
    """

    start: int
    end: int
    label: str
    text: str


_YEAR_NOTES = {
    "dateline": "the year is written in the dateline",
    "text": "the year comes from a full date after the credit",
    "reference_date": "the year comes from reference_date",
}


def analyse(
    text: str, reference_date: dt.date | None = None, *, detailed: bool = False, until: str | None = None
) -> State:
    """Run the stages over ``text`` (up to and including the stage ``until``) and return their state.

    ``detailed`` (as :func:`explain` runs it) labels every removed span
    rather than summing up runs of control characters.  For tests and
    tools: the Article is :func:`parse`'s.

    >>> s = analyse("Rain\\nPARIS (AFP) - Rain fell.", until="dateline")
    >>> s.found.dateline.text, s.head_lines, s.headline is None
    ('PARIS (AFP) -', [(0, 4)], True)
    """
    state = State(text, reference_date, detailed)
    for name, stage in STAGES:
        stage(state)
        if name == until:
            break
    return state


def parse(text: str, *, reference_date: dt.date | str | None = None, max_chars: int = MAX_CHARS) -> Article:
    """Parse a dispatch into an :class:`~wiretext.Article`.

    Never raises on the content of a ``str``: what is not a field is
    reported in ``Article.notes``.

    ``reference_date`` (the day the copy was fetched: it gives a year to a
    dateline without one) is a ``datetime.date``, a ``datetime.datetime``
    (its date) or an ISO string (``"2026-01-05"``, or a date-time whose
    date is taken as written).

    >>> a = parse("SEOUL, Nov. 24 (Yonhap) -- Snow fell.", reference_date=dt.date(2024, 12, 1))
    >>> a.location.city, a.agency.code, a.date, a.body
    ('SEOUL', 'Yonhap', datetime.date(2024, 11, 24), 'Snow fell.')
    >>> parse("SEOUL, Nov. 24 (Yonhap) -- Snow fell.", reference_date="2024-12-01").date
    datetime.date(2024, 11, 24)

    :raises TypeError: when ``text`` is not a ``str`` or ``reference_date``
        not a date, a datetime, an ISO string or None.
    :raises ValueError: when ``reference_date`` is a string that is no ISO date.
    :raises InputTooLarge: when ``text`` is longer than ``max_chars``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    date = _reference_date(reference_date)
    if len(text) > max_chars:
        raise InputTooLarge(len(text), max_chars)
    return _build(analyse(text, date))


def _build(s: State) -> Article:
    """The Article from the stages' state: the date settled, the agencies chosen, the notes summed up."""
    found = s.found
    date = _date(s, found) if found is not None else None
    if date is None and s.sent is not None:
        sent = s.sent
        date = _date_outside(s, found, sent, "the transmission's date", "date-from-transmission",
                             f"the date is the transmission's ({sent.isoformat()}), from {s.sent_from}")
    if date is None and s.stamp is not None:
        stamped = s.stamp
        date = _date_outside(s, found, stamped, "the page's time stamp", "date-from-page-stamp",
                             f"the date is the day the page's time stamp gives ({stamped.isoformat()})")
    dateline: Dateline | None = None
    if found is not None:
        # Made here, once, with the date settled (the dateline's own, else one with a year
        # from elsewhere), rather than found.dateline re-dated.  The year unknown, the month
        # and day are still the dateline's (when some year has them).  (By position, and
        # month and day given: their defaults are a factory's, called in Python.)
        month, day = found.month, found.day
        if date is not None:
            month, day = date.month, date.day
        elif month is None or day is None or not _is_month_day(month, day):
            month = day = None
        dateline = Dateline(found.text, found.location, date, found.agencies, (found.start, found.end), month, day)
    # The agencies: the dateline's credit, else the headline's, else the sign-off's.
    agencies: tuple[Agency, ...] = dateline.agencies if dateline else ()
    if not agencies and s.head_agencies is not None:
        agencies = s.head_agencies
    signoff = s.signoff_agency
    if not agencies and signoff is not None:
        known = registry.agency(signoff)
        agencies = (known,) if known else (Agency(signoff),)
    paragraphs = s.paragraphs
    byline = s.byline or s.page_byline
    headline = s.headline
    if headline and s.markup and "<" in headline and has_tags(headline):
        headline = None  # a tag is not a headline
    location: Location | None = dateline.location if dateline else None
    # The fields in their order, by position (1.3 µs against 1.6 by keyword, timeit).
    return Article(
        headline or None,  # headline
        byline or None,  # byline
        dateline,
        agencies[0] if agencies else None,  # agency
        agencies,
        location,
        date,
        "\n\n".join(paragraphs),  # body
        paragraphs,
        s.rights,
        _summarised(s),  # notes
        authors(byline) if byline is not None else (),  # authors
        s.credits,
    )


def _date_outside(s: State, found: _dateline.Found | None, day: dt.date, source: str, kind: str, said: str) -> dt.date:
    """The date a source beside the dateline gives when the dateline gives none.

    ``source`` is an archive header's transmission day (old AP copy) or a
    web page's time stamp: the year for the dateline's month and day
    ("ROTTERDAM, Nov 30 (Reuters)" under "Updated Dec. 2, 2024"), else the
    source's own day, with the note ``kind`` saying ``said``.
    """
    s.notes[:] = [n for n in s.notes if n[0] != "year-missing"]
    if found is not None and found.month and found.day and found.year_from is None:
        date = _dateline.infer_year(found.month, found.day, day)
        if date is not None:
            s.note("year-from", f"the year comes from {source} ({day.isoformat()})")
            return date
    s.note(kind, said)
    return day


def _date(s: State, found: _dateline.Found) -> dt.date | None:
    """The dateline's date, its year from the dateline, the text after it or ``reference_date``, with a note."""
    if found.date is not None:
        assert found.year_from is not None  # a dated dateline says where its year came from
        s.note("year-from", f"{_YEAR_NOTES[found.year_from]} ({found.year_from})")
        return found.date
    if found.month is None or found.day is None:
        return None
    if found.year_from is not None:
        return None  # year known, date impossible: noted by the dateline stage
    if s.reference_date is not None:
        date = _dateline.infer_year(found.month, found.day, s.reference_date)
        if date is not None:
            s.note("year-from", _YEAR_NOTES["reference_date"] + " (reference_date)")
            return date
        if not _is_month_day(found.month, found.day):
            s.note("impossible-date", f"no year puts month {found.month} day {found.day} on a real date")
        else:  # a reference_date in the first years of the calendar: the years tried ran into year 1
            s.note(
                "impossible-date",
                f"no date from year 1 to reference_date ({s.reference_date.isoformat()}) "
                f"falls on month {found.month} day {found.day}",
            )
        return None
    s.note("year-missing", "the dateline has no year and no reference_date was given, so date is None")
    return None


def _is_month_day(month: int, day: int) -> bool:
    """Whether some year has this month and day (2000 is a leap year)."""
    try:
        dt.date(2000, month, day)
    except ValueError:
        return False
    return True


#: A rule that removed more than this many spans gets one summary note.
_MAX_NOTES_PER_RULE = 20


def _removal_message(kind: str, removed: str) -> str:
    what = kind.replace("-", " ")
    if kind.startswith("wire-"):
        what = "transmission code"
    elif kind.startswith("page-"):
        what = "page text"
    # (invisible characters are what squash takes out: shown as they are)
    return f"removed {what} {(squash(removed) or removed)[:40]!r}"


def _message(text: str, note: NoteRecord) -> str:
    """A note's message; a removal's is written from the text it removed."""
    if note[1] is not None:
        return note[1]
    span = note[2] or (0, 0)
    return _removal_message(note[0], text[span[0] : span[1]])


def _summarised(s: State) -> tuple[Note, ...]:
    """Notes in input order; a rule that fired very often is summed up in one note.

    ``explain`` still lists every span; the Article stays small on hostile
    input (a million control characters are one note, not a million).
    """
    notes = s.notes
    if not s.removals and len(notes) <= _MAX_NOTES_PER_RULE:  # only batches of cuts are recorded
        # No rule can have fired too often: every note is listed.  Ordered as
        # below: by span, then by the kind's first note, then as written.
        if len(notes) == 2:
            # Two notes (Reuters' sign-off and the year's): by span, as written on a tie, which
            # is what the sort below gives (of two notes of one kind, the first ranks first too).
            if _span_of(notes[1]) < _span_of(notes[0]):
                notes = [notes[1], notes[0]]
        elif len(notes) > 2:
            if len({n[0] for n in notes}) == len(notes):
                # Each kind once: a kind's first note is the note itself, so ties go as
                # written, as the stable sort leaves them.
                notes = sorted(notes, key=_span_of)
            else:
                rank: dict[str, int] = {}
                for n in notes:
                    rank.setdefault(n[0], len(rank))
                notes = sorted(notes, key=lambda n: (n[2] or (-1, -1), rank[n[0]]))  # stable: as written on ties
        text = s.text
        return tuple([Note(n[0], n[1] if n[1] is not None else _message(text, n), n[2]) for n in notes])
    by_kind: dict[str, list[NoteRecord]] = {}
    for n in notes:
        by_kind.setdefault(n[0], []).append(n)
    more: dict[str, tuple[int, int, int]] = {}  # rule -> (cuts not listed, first start, last end)
    for batch in s.removals:
        _note_batch(s.text, batch, by_kind, more)
    out: list[Note] = []
    for kind, group in by_kind.items():
        unlisted, lo, hi = more.get(kind, (0, 0, 0))
        if len(group) + unlisted <= _MAX_NOTES_PER_RULE:
            out.extend(Note(n[0], _message(s.text, n), n[2]) for n in group)
            continue
        spans = [n[2] for n in group if n[2] is not None] + ([(lo, hi)] if unlisted else [])
        span = (min(sp[0] for sp in spans), max(sp[1] for sp in spans)) if spans else None
        out.append(Note(kind, f"{_message(s.text, group[0])} and {len(group) + unlisted - 1} more like it", span))
    return tuple(sorted(out, key=lambda n: n.span or (-1, -1)))


def _span_of(note: NoteRecord) -> Span:
    """Where a note is, for sorting: a note of the whole text first."""
    return note[2] or (-1, -1)


def _note_batch(
    text: str, batch: Sequence[Cut], by_kind: dict[str, list[NoteRecord]], more: dict[str, tuple[int, int, int]]
) -> None:
    """Add a batch of removals to the notes of each rule, or to its count when there are many.

    Bulk removals are counted at C speed; a rule's cuts are listed one by
    one only when few, else only the first is kept, with the count and reach.
    """
    rules = list(map(itemgetter(2), batch))
    counts = Counter(rules)
    for rule in counts.keys() & LINE_RUNS.keys():  # a cut may hold a run of lines: each line counts
        counts[rule] = sum(count_lines(text, c) for c in batch if c.rule == rule)
    for rule, count in counts.items():
        group = by_kind.setdefault(rule, [])
        if count <= _MAX_NOTES_PER_RULE:
            cuts = [c for c in batch if c.rule == rule]
            if rule in LINE_RUNS:
                cuts = [line for run in cuts for line in run_lines(text, run)]
            group.extend((c.rule, None, (c.start, c.end)) for c in cuts)
            continue
        first = batch[rules.index(rule)]
        if rule in LINE_RUNS:
            first = run_lines(text, first, most=1)[0]
        last = batch[len(rules) - 1 - rules[::-1].index(rule)]
        group.append((rule, None, (first.start, first.end)))
        unlisted, lo, hi = more.get(rule, (0, first.start, last.end))
        more[rule] = (unlisted + count - 1, min(lo, first.start), max(hi, last.end))


def explain(
    text: str, *, reference_date: dt.date | str | None = None, max_chars: int = MAX_CHARS
) -> tuple[Segment, ...]:
    """Label every character of ``text`` with the field it went to or the rule that removed it.

    The segments cover the input exactly once, in order: their texts
    concatenate back to ``text``.

    >>> segs = explain("PARIS (AFP) - Rain.\\n© AFP")
    >>> [(s.label, s.text) for s in segs]
    [('dateline', 'PARIS (AFP) -'), ('space', ' '), ('body', 'Rain.'), ('space', '\\n'), ('rights', '© AFP')]

    ``reference_date`` is read as :func:`parse` reads it.

    :raises TypeError: when ``text`` is not a ``str``, or ``reference_date`` of a wrong type.
    :raises ValueError: when ``reference_date`` is a string that is no ISO date.
    :raises InputTooLarge: when ``text`` is longer than ``max_chars``.
    """
    if not isinstance(text, str):
        raise TypeError(f"explain() takes a str, not {type(text).__name__}")
    date = _reference_date(reference_date)
    if len(text) > max_chars:
        raise InputTooLarge(len(text), max_chars)
    state = analyse(text, date, detailed=True)
    from .display import Explanation  # (display imports nothing at import time)

    return Explanation(partition(text, state.labels, state.text))


# Labels paint over one another: removals over fields, fields over the body.
# A rights notice wins even inside page furniture (a footer the page stage cut).
_PRIORITY = {"body": 0, "headline": 2, "byline": 2, "dateline": 3, "rights": 6, "credits": 3}


def partition(text: str, labels: list[Cut], read: str | None = None) -> tuple[Segment, ...]:
    """Turn overlapping labelled spans into an ordered partition of ``text``.

    Where spans overlap, the label of higher priority wins (removals over
    fields, fields over the body); text no span claims is ``space`` when it
    is white space, else ``unplaced``.  What is white space is asked of
    ``read`` (the text as the stages read it, same length) when given.

    >>> [s[2:] for s in partition("ab c ", [Cut(0, 5, "body"), Cut(1, 2, "pipe-line")])]
    [('body', 'a'), ('pipe-line', 'b'), ('space', ' '), ('body', 'c'), ('space', ' ')]
    """
    n = len(text)
    read = text if read is None else read
    # A sweep over the labels sorted by start (stable: as written on ties),
    # with the spans under way on a heap, highest priority and then latest
    # written on top: no list of every boundary, nor of every span's record
    # (explain of a million control-code cuts must not hold five of each).
    by_start = _by_start(labels, n)
    nxt = next(by_start, None)
    under_way: list[tuple[int, int, int, str]] = []  # (-priority, -index, end, rule): min is the winner
    ends: list[int] = []  # the ends of the spans under way
    out: list[Segment] = []
    pieces: list[tuple[int, int, str]] = []  # the last pieces, which may still grow; older ones are in out
    lo = 0
    while lo < n:
        while nxt is not None and nxt[0] <= lo:
            c = labels[nxt[1]]
            end = min(n, c.end)
            heapq.heappush(under_way, (-_PRIORITY.get(c.rule, 5), -nxt[1], end, c.rule))
            heapq.heappush(ends, end)
            nxt = next(by_start, None)
        while ends and ends[0] <= lo:
            heapq.heappop(ends)
        while under_way and under_way[0][2] <= lo:
            heapq.heappop(under_way)
        if len(under_way) > 64 and len(under_way) > 2 * len(ends):  # spans ended below the top: dropped
            under_way = [sp for sp in under_way if sp[2] > lo]
            heapq.heapify(under_way)
        hi = min(n, ends[0] if ends else n, nxt[0] if nxt is not None else n)
        _add_piece(pieces, out, read, lo, hi, under_way[0][3] if under_way else None, text)
        lo = hi
    out.extend(Segment(plo, phi, plabel, text[plo:phi]) for plo, phi, plabel in pieces)
    return tuple(out)


def _by_start(labels: list[Cut], n: int) -> Iterator[tuple[int, int]]:
    """``(start, index)`` of the labels holding text of ``[0, n)``, by start (starts before 0 read as 0).

    The stages write their labels in runs by start: the runs are merged, so
    no list of every label's start is made.
    """
    runs: list[Iterator[tuple[int, int]]] = []
    first = 0
    prev = -1
    for i, c in enumerate(labels):
        if c.start < prev:
            runs.append(_run(labels, n, first, i))
            first = i
        prev = c.start
    runs.append(_run(labels, n, first, len(labels)))
    return runs[0] if len(runs) == 1 else heapq.merge(*runs)


def _run(labels: list[Cut], n: int, first: int, stop: int) -> Iterator[tuple[int, int]]:
    """``(start, index)`` of ``labels[first:stop]`` holding text of ``[0, n)``, in the order written."""
    for i in range(first, stop):
        c = labels[i]
        start = max(0, c.start)
        if start < min(n, c.end):
            yield start, i


def _line_alone(read: str, lo: int, hi: int) -> bool:
    """Whether ``read[lo:hi]`` stands alone between line breaks (or the text's ends): one character each side is read.

    A run of invisible characters and blanks alone on its lines reads as
    blank lines: it is one removal.  Blanks between invisible characters
    beside text are the field's white space.  (One character each side, not
    the line: a run grows a piece at a time.)
    """
    return (lo == 0 or read[lo - 1] in "\n\r") and (hi >= len(read) or read[hi] in "\n\r")


def _add_piece(
    pieces: list[tuple[int, int, str]], out: list[Segment], read: str, lo: int, hi: int, label: str | None, text: str
) -> None:
    """Add ``[lo, hi)`` under ``label`` (the winning span's rule, or None) to the partition's last pieces."""
    chunk = read[lo:hi]
    if label is None or (label == "body" and not chunk.strip()):
        label = "space" if not chunk.strip() else "unplaced"
    # White space at the edges of a field is nobody's: it is "space".
    parts = [(lo, hi, label)]
    if label in FIELDS:
        core_lo = lo + len(chunk) - len(chunk.lstrip())
        core_hi = lo + len(chunk.rstrip())
        parts = [(lo, core_lo, "space"), (core_lo, core_hi, label), (core_hi, hi, "space")]
    for plo, phi, plabel in parts:
        if plo >= phi:
            continue
        if pieces and pieces[-1][2] == plabel:
            pieces[-1] = (pieces[-1][0], phi, plabel)
        elif (
            len(pieces) > 1
            and pieces[-1][2] == "space"
            and pieces[-2][2] == plabel
            and plabel not in FIELDS
            and (
                plabel != "invisible-character"
                or "\n" in read[pieces[-1][0] : pieces[-1][1]]
                or _line_alone(read, pieces[-2][0], phi)
            )
        ):
            # White space between two pieces one rule removed is part of the removal
            # (a run of pipe lines is one segment, not one per line); but not blanks between
            # invisible characters on a line of text, which stay in the field as its white space
            # ("fel\u206a\xa0\u206al" reads "fel l"): a blank holding a line break, or a run alone
            # on its line, is.
            del pieces[-1]
            pieces[-1] = (pieces[-1][0], phi, plabel)
        else:
            pieces.append((plo, phi, plabel))
            if len(pieces) > 2:  # only the last two may still grow
                plo, phi, plabel = pieces.pop(0)
                out.append(Segment(plo, phi, plabel, text[plo:phi]))
