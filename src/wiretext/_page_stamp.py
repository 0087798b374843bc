r"""A page's time stamp further from its headline, in page text other extractors made.

:func:`wiretext.stamp.find_stamp` reads a stamp among the first lines of the
story's head.  In the text html2text, BeautifulSoup ``get_text()`` or
inscriptis make of a page, the stamp often stands further down: below the
author's picture, the author's name and title, a teaser and a picture's
caption, or just above the headline (a kicker line between them); and it is
written as web pages write it, not as a dateline::

    Published Jun 05, 2026 • 3 minute read
    **Published** Jul 17, 2024, 11:21am|**Updated** Jul 17, 2024, 6:39pm
    Zuerst veröffentlicht am 30/04/2024 - 16:17
    15.04.2026 - 15:48 UhrLesedauer: 2 Min.
    Publié le 18 juil. 2024 à 08:01Mis à jour le 18 juil. 2024 à 09:06
    2024-02-14T16:15:30Z

:func:`page_stamp` looks for such a line among the lines after the headline
(and a few before it) and reads it as ``find_stamp`` reads a stamp line, once
the line is evened out: Markdown's marks and link targets left out, glued
words parted (``08:01Mis``), numeric dates with slashes read day first
(``30/04/2024``; year first: ``2024/12/03``), an ISO time dropped, a reading
time or an "hours ago" left out, and the stamp words of a few more languages
of the pages (``Publisert``, ``Publicerad``, ``Aktualizacja``) taken as stamp
words.  It is called only on a page's text (the layout found a page), when
the story's head holds no stamp.

>>> text = ("Quay reopens\n\nJane Roe\n\nHarbour reporter\n\n"
...         "Published Jun 05, 2026 • 3 minute read\n\nThe quay reopened.")
>>> s = page_stamp(text, (0, 12), len(text))
>>> s.date, text[s.start:s.end]
(datetime.date(2026, 6, 5), 'Published Jun 05, 2026 • 3 minute read')
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from ._lazy import lazy_re
from .stamp import Stamp, _date, _stamp_in

__all__ = ["lines_below", "page_stamp"]


def __dir__() -> list[str]:
    return list(__all__)


#: Non-blank lines read after the headline, and before it; characters read after it at most.
_AFTER, _BEFORE, _REACH = 25, 3, 6000
#: A stamp line is no longer than this (find_stamp's bound).
_LONGEST = 160

# What a line is evened out of, each piece replaced by blanks: Markdown link targets and
# marks, an ISO date-time's time ("T16:15:30Z"), a reading time or an age ("3 minute read",
# "1 hour ago", "Lesedauer: 2 Min."), and stamp words of languages the month tables do not
# hold (the date beside them is numeric or English).
_NOISE = lazy_re(
    r"\]\([^()\s]*(?:\s\"[^\"]*\")?\)|!?\[|\]|\*\*|__|\\(?=\S)|(?<=\d)T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?"
    r"|\b\d+[ \t]*(?:minutes?|mins?\.?|minuten?|minutos?|minuti|hours?|hrs?|days?|stunden?|tagen?)"
    r"(?:[ \t]+(?:read|ago|de lectura|de lecture|de leitura|di lettura))?\b"
    # a time zone after a time: "4:55 PM MYT", "10:00 AEST"
    r"|(?<=[\dmM])[ \t]+(?-i:[A-Z]{2,4}T)\b"
    r"|(?<=\d)h\b\.?|\b(?:ago|lesedauer|lesezeit|information|kl|h|las"
    r"|publisert|oppdatert|publicerad|uppdaterad|aktualizacja|publikacja|gepubliceerd|bijgewerkt"
    r"|offentliggjort|opdateret|zuerst|erschienen|geschrieben|originally|first)\b\.?:?",
    re.IGNORECASE,
)
# Slashed dates, read as find_stamp reads dotted ones: day first ("30/04/2024" as "30.04.2024"),
# year first ("2024/12/03", "2025.05.15" as ISO).
_SLASHED = lazy_re(r"(?<![\d/.])([0-3]?\d)/([01]?\d)/((?:19|20)?\d\d)(?![\d/])")
_YEAR_FIRST = lazy_re(r"(?<![\d/.])((?:19|20)\d\d)[/.]([01]\d)[/.]([0-3]\d)(?![\d/.])")
# Two words glued where the page had two blocks: "08:01Mis", "UhrLesedauer".
_GLUE = lazy_re(r"(?<=[0-9a-zß-ÿ])(?=[A-ZÀ-Þ][a-zß-ÿ])")
# What every date a stamp line may write holds: a figure before a dot or a slash, or a year; as
#     \d\.[ \t]?\d|\d/\d|(?:19|20)\d\d
# finds them, but opened by the figure, which the engine skips to at C speed (the plain form tries
# its three alternatives at every character; docs/performance-analysis.md, fifth round, the page stamp).
_DIGITS = lazy_re(r"\d(?:\.[ \t]?\d|/\d|(?<=1)9\d\d|(?<=2)0\d\d)")


# What every date _stamp_in reads in the evened line holds, read before the line is evened out
# (which parts no figures and makes none): a year, or a day and a month before dots ("15.04.24";
# a blank, or one mark _NOISE blanks out, may follow the first dot: "15. 04.24", "15.[04.24") or
# before slashes ("30/04/24").  It lets prices and times go ("12.50 euros", "13.37 Uhr"), which
# _DIGITS lets through.
_DATED = lazy_re(r"\d(?:\.[ \t\[\]\\]?[01]?\d\.|/[01]?\d/|(?<=1)9\d\d|(?<=2)0\d\d)")


# Every word _NOISE blanks out: its reading times' and ages' words, and its stamp words.
_NOISE_WORDS = frozenset({
    *("minute", "minutes", "min", "mins", "minuten", "minuto", "minutos", "minuti", "hour", "hours", "hr", "hrs"),
    *("day", "days", "stunde", "stunden", "tage", "tagen", "read", "ago", "de", "lectura", "lecture", "leitura"),
    *("di", "lettura", "lesedauer", "lesezeit", "information", "kl", "h", "las", "publisert", "oppdatert"),
    *("publicerad", "uppdaterad", "aktualizacja", "publikacja", "gepubliceerd", "bijgewerkt", "offentliggjort"),
    *("opdateret", "zuerst", "erschienen", "geschrieben", "originally", "first"),
})
# A word that stays in the evened line: small ASCII letters between blanks, none of _NOISE_WORDS.  No
# other match of _NOISE covers it, on a line without a quote: a link target holds no blank (its title
# stands in quotes), the marks, times and zones no small letters between blanks.
_WORD = lazy_re(r"(?<!\S)[a-z]{2,}(?!\S)")


def _too_long(line: str) -> bool:
    """Whether the line evened out is surely longer than a stamp line: two words it keeps stand that far apart.

    A line of a sentence is let go so before :func:`_even`, whose _NOISE is most of what a
    line read for a stamp costs.
    """
    if '"' in line:
        return False
    first = next((m for m in _WORD.finditer(line) if m.group() not in _NOISE_WORDS), None)
    if first is None:
        return False
    return any(m.group() not in _NOISE_WORDS for m in _WORD.finditer(line, first.start() + _LONGEST))


def _even(line: str) -> tuple[str, list[int]]:
    """The line evened out (see the module), and each of its characters' offset in the line."""
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in _GLUE.finditer(line):
        out.append(line[last : m.start()] + " ")
        where.extend(range(last, m.start()))
        where.append(m.start())
        last = m.start()
    out.append(line[last:])
    where.extend(range(last, len(line)))
    even = _NOISE.sub(lambda m: " " * len(m.group()), "".join(out))  # (each of the same length)
    even = _SLASHED.sub(lambda m: f"{m.group(1)}.{m.group(2)}.{m.group(3)}", even)
    return _YEAR_FIRST.sub(lambda m: f"{m.group(1)}-{m.group(2)}-{m.group(3)}", even), where


def _stamp_line(text: str, start: int, end: int) -> Stamp | None:
    """The stamp the line ``text[start:end]`` is, or None."""
    line = text[start:end]
    if len(line.strip()) > 2 * _LONGEST or _DIGITS.search(line) is None or _DATED.search(line) is None:
        return None
    if _too_long(line):
        return None
    even, where = _even(line)
    core = even.strip()
    if not core or len(core) > _LONGEST:
        return None
    hit = _stamp_in(core)
    if hit is None:
        hit = _stamp_among(core)
    if hit is None:
        return None
    lead = len(even) - len(even.lstrip())
    # the whole line when nothing but the stamp stands on it (its first words maybe evened out)
    at = len(line) - len(line.lstrip()) if hit[0] == 0 else where[lead + hit[0]]
    return Stamp(start + at, start + len(line.rstrip()), hit[1])


# What parts a stamp line's pieces: "Do 25.04.24 | 14:07 Uhr | Von Jane Roe", "2 May 2025 • Jane Roe • 3 Min".
_PARTS = lazy_re(r"[ \t]*[|•·][ \t]*")
# A byline's opener in any case, before a name in lower case ("Von dpa 30.04.2024, 18:58").
_BY = frozenset({"by", "von", "par", "por", "di", "de"})


def _stamp_among(core: str) -> tuple[int, dt.date] | None:
    """A stamp among a line's pieces, or after a short byline :func:`_stamp_in` does not take.

    The pieces stand between bars or bullets, the others short (a byline,
    a reading time); the byline opens with "by" or "von" before a name in
    lower case ("Von dpa 30.04.2024, 18:58").
    """
    words = core.split(maxsplit=1)
    if len(words) == 2 and words[0].casefold() in _BY:
        rest = words[1]
        date = _date(rest)
        if date is not None and len(rest[: date[0]].split()) <= 4:
            hit = _stamp_in(rest[date[0] :])
            if hit is not None:
                return len(core) - len(rest) + date[0], hit[1]
    pieces = _PARTS.split(core)
    if len(pieces) < 2 or any(len(p.split()) > 6 for p in pieces):
        return None
    at = 0
    for piece in pieces:
        at = core.find(piece, at)
        hit = _stamp_in(piece) if piece else None
        if hit is not None:
            return (0, hit[1]) if hit[0] == 0 and at == 0 else (at + hit[0], hit[1])
    return None


# A line's first character that is not a blank (re's \s is str.strip()'s blank), to the line's end.
_NONBLANK = lazy_re(r"\S[^\n]*")


def _lines_after(text: str, pos: int, stop: int, most: int) -> list[tuple[int, int]]:
    """The first ``most`` non-blank lines from ``pos`` (a line's start) to ``stop``."""
    out: list[tuple[int, int]] = []
    for m in islice(_NONBLANK.finditer(text, pos, stop), most):
        first, end = m.span()
        nl = text.rfind("\n", pos, first)  # (the line's blanks before its first character)
        out.append((pos if nl < 0 else nl + 1, end))
    return out


# Where blocks a page glued on one line part (BeautifulSoup's get_text()): runs of blanks the
# HTML source indented them with, a word or a number run into the next block's capital
# ("18:03Die", "MillsPublished"); as the plain pattern
#     [ \t]{3,}|(?<=[0-9a-zß-ÿ.!?)])(?=[A-ZÀ-Þ][a-zß-ÿ])
# finds them, but opened by the one character each edge starts with (a blank, or the capital),
# which the engine skips to at C speed instead of trying the look-behind at every character
# (docs/performance-analysis.md, fifth round, the page stamp).  A glued edge matches its
# capital alone: the next block starts at the match's start.  On a line with no run of blanks
# (no tab, no three spaces: a sentence's), the glued edges alone are sought, and the engine
# stops at capitals only.
_BLOCK_EDGE = lazy_re(r"[ \tA-ZÀ-Þ](?:(?<=[ \t])[ \t]{2,}|(?<=[0-9a-zß-ÿ.!?)][A-ZÀ-Þ])(?=[a-zß-ÿ]))")
_GLUED_EDGE = lazy_re(r"[A-ZÀ-Þ](?<=[0-9a-zß-ÿ.!?)][A-ZÀ-Þ])(?=[a-zß-ÿ])")


def _pieces_after(text: str, pos: int, stop: int, most: int) -> list[tuple[int, int]]:
    """The first ``most`` non-blank lines from ``pos``, a line too long for a stamp cut into its glued blocks."""
    out: list[tuple[int, int]] = []
    for ls, le in _lines_after(text, pos, stop, most):
        if le - ls <= 2 * _LONGEST:
            out.append((ls, le))
            continue
        at = ls
        blanks = text.find("   ", ls, le) >= 0 or text.find("\t", ls, le) >= 0
        for m in (_BLOCK_EDGE if blanks else _GLUED_EDGE).finditer(text, ls, le):
            edge, after = m.span()
            if text[at:edge].strip():
                out.append((at, edge))
            at = after if after - edge > 1 else edge  # (blanks left out; a glued capital opens the next block)
            if len(out) >= most:
                return out
        if text[at:le].strip():
            out.append((at, le))
        if len(out) >= most:
            break
    return out[:most]


def _lines_before(text: str, pos: int, most: int) -> list[tuple[int, int]]:
    """The last ``most`` non-blank lines before ``pos`` (a line's start), nearest first."""
    out: list[tuple[int, int]] = []
    end = pos - 1
    floor = max(0, pos - _REACH)  # (a run of blank lines is not read a line a turn without end)
    while end > floor and len(out) < most:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            out.append((start, end))
        end = start - 1
    return out


def lines_below(text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""The lines (a glued line's blocks) :func:`page_stamp` and the web byline read after the headline.

    ``start`` is the headline's end; the dateline stage reads them once for both.

    >>> text = "Quay reopens\n\nJane Roe\n\n\nThe quay reopened."
    >>> [text[a:b] for a, b in lines_below(text, 12, len(text))]
    ['Jane Roe', 'The quay reopened.']
    """
    return _pieces_after(text, start, min(end, start + _REACH), _AFTER)


def page_stamp(
    text: str, headline: tuple[int, int], end: int, *, below: list[tuple[int, int]] | None = None
) -> Stamp | None:
    r"""The first stamp line after the page's headline (up to ``end``), else just before it; or None.

    ``headline`` is the headline's span in ``text``; ``below``, the lines
    after it when the caller has read them (:func:`lines_below`).  Lines of a
    sentence are no stamp: besides its date, a stamp line holds stamp words,
    weekdays, times, zones, a byline or a short credit only.

    >>> text = "Kicker\n\n15.04.2026 - 15:48 UhrLesedauer: 2 Min.\n\nQuay reopens\n\nThe quay reopened."
    >>> at = text.index("Quay")
    >>> page_stamp(text, (at, at + 12), len(text)).date
    datetime.date(2026, 4, 15)
    >>> text = "Quay reopens\n\nOn 2 December 2024 the ferry docked at the quay."
    >>> page_stamp(text, (0, 12), len(text)) is None
    True
    """
    h_start, h_end = headline
    # (from the headline's end: on a page glued on one line, what follows it on its line)
    for start, stop in lines_below(text, h_end, end) if below is None else below:
        stamp = _stamp_line(text, start, stop)
        if stamp is not None:
            return stamp
    line_start = text.rfind("\n", 0, h_start) + 1
    for start, stop in _lines_before(text, line_start, _BEFORE):
        stamp = _stamp_line(text, start, stop)
        if stamp is not None:
            return stamp
    return None
