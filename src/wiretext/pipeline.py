"""The parse pipeline: text in, :class:`~wiretext.Article` out, every character accounted for.

Theory of operation
-------------------
1. *Layout.*  A wire transmission (:mod:`wiretext.wire`) or a whole scraped
   page (:mod:`wiretext.page`) says where the story stands and which spans
   around it are apparatus.  Plain copy is a story from end to end.
2. *Noise.*  Named rules (:mod:`wiretext.noise`) cut debris inside the story:
   lines of ``|``, control and zero-width characters, share prompts.
3. *Masking.*  Every cut is replaced by spaces (line breaks kept) in a work
   copy of the text, so that all later offsets are offsets in the input.
4. *Head.*  The dateline (:mod:`wiretext.dateline`) splits the head (headline,
   byline) from the body.  A credit at the end of the headline (``(AP)``)
   is an agency, not part of the headline.
5. *Tail.*  Rights notices, sign-offs, end marks and trailing credits are
   taken off the end (:mod:`wiretext.rights`, :mod:`wiretext.tail`).
6. *Body.*  What is left is the body: hard-wrapped lines joined, paragraphs
   split at blank or indented lines, text repaired and white space normalised.

Each step labels spans of the input.  :func:`explain` returns the labels as a
partition of the input; the Article's notes list what was removed.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

import attrs

from . import dateline as _dateline
from . import registry
from ._lazy import lazy_re, lazy_regex, once
from ._markup import has_tags, is_markup
from ._spans import Cut, line_start
from .byline import authors, is_name
from .errors import InputTooLarge
from .model import Agency, Article, Dateline, Location, Note, RightsNotice, Span
from .noise import CONTROL_CHARS, INVISIBLE_CHARS, count_lines, find_noise, merge, run_lines, split_runs
from .normalize import is_clean, repair, squash
from .rights import find_rights
from .stamp import find_stamp
from .tail import find_tail, parse_credits

if TYPE_CHECKING:
    from .page import Story
    from .wire import WireLayout

__all__ = ["MAX_CHARS", "Segment", "explain", "parse"]

#: Inputs longer than this raise :class:`~wiretext.InputTooLarge` (10 MB).
MAX_CHARS = 10_000_000

_HTML_NOTE = (
    "the text is a web page's HTML, read here as text: wiretext.parse_html (the 'html' extra) reads its"
    " headline, date and byline and finds its story"
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


# A Cut built as the tuple it is: a NamedTuple's own ``__new__`` is Python
# code, and every parse labels several spans.
_cut: Callable[[tuple[int, int, str]], Cut] = functools.partial(tuple.__new__, Cut)


class _Work:
    """Mutable scratch state of one parse; never leaves this module.

    A plain slotted class: one is built per parse, and attrs' generated
    ``__init__`` with list factories costs several times more.
    """

    __slots__ = ("labels", "notes", "original", "reference_date", "removals", "text")

    def __init__(self, text: str, original: str, reference_date: dt.date | None) -> None:
        self.text = text  # the input with lone CRs as LFs (same offsets)
        self.original = original  # the input as given
        self.reference_date = reference_date
        self.labels: list[Cut] = []  # field spans and removals
        self.notes: list[tuple[str, str | None, Span | None]] = []  # kind, message (None: a removal), span
        self.removals: list[Sequence[Cut]] = []  # removals recorded in bulk, noted in _summarised

    def label(self, start: int, end: int, label: str, message: str | None = None, *, removed: bool = False) -> None:
        if end <= start:
            return
        self.labels.append(_cut((start, end, label)))
        if message is not None or removed:  # a removal's message is written only if it is kept
            self.notes.append((label, message, (start, end)))

    def removed(self, cuts: Sequence[Cut]) -> None:
        """Record removals in bulk (hostile text may hold a million)."""
        if cuts:
            self.labels.extend(cuts)
            self.removals.append(cuts)

    def note(self, kind: str, message: str, span: Span | None = None) -> None:
        self.notes.append((kind, message, span))


# -- helpers -------------------------------------------------------------------

_BYLINE = lazy_regex(
    r"^[ \t]*+(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|di)[ \t]++(?=\p{Lu})[^\n]{2,120}+$"   # Italian "di": lower case only
    # "Jane Roe, Associated Press Writer", "Jo Lim, AP Sports Writer"
    r"|^[ \t]*+[\p{Lu}][^\n,]{2,60}+,[ \t]*+(?i:(?:the[ \t]++)?(?:associated[ \t]++press|ap|reuters|afp|upi)"
    r"(?:[ \t]++[a-z]{2,12}){0,2}[ \t]++writer)[ \t]*+$",
)
# Desk tags around a headline: Yonhap "(LEAD)", "(2nd LD)", "(URGENT)",
# "(ATTN: ADDS details)".  Reuters "(CORRECTED)" and "(RPT)" stay: they
# are part of the headline as published.
_HEAD_TAG = lazy_regex(
    r"^[ \t]*+\((?:LEAD|[0-9]{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]LD|URGENT|News Focus|Yonhap Feature"
    r"|Yonhap Interview)\)[ \t]*+"
    r"|[ \t]*+\(ATTN:[^()\n]{0,200}+\)[ \t]*+"
)
# What every desk tag holds ("(LEAD)" and "(2nd LD)" end in "D)"): a line
# where this finds nothing holds no tag, and the pattern is not run on it.
_HEAD_TAG_RUN = lazy_re(r"D\)|\((?:URGENT|News Focus|Yonhap |ATTN:)")
# A byline between a glued headline and its dateline: "... title By Yoo Jee-ho SEOUL"
_GLUED_BYLINE = lazy_regex(
    r"(?<=\S)[ \t]++(?P<b>By[ \t]++\p{Lu}[\p{L}\-.']*+(?:[ \t]++\p{Lu}[\p{L}\-.']*+){0,4}+)[ \t]*+$"
)
_SITE = lazy_regex(r"[\p{L}0-9\-]{2,30}\.(?:com|org|net|co\.uk|de|fr)")
# An entity at a line's end, or its debris once a crawl dropped the ampersand
# (AG News: 'Fray with  quot;Spaces quot;'): the ";" ends no clause.
_END_ENTITY = lazy_regex(r"(?:&#?\w{1,8}|(?<![\w&#])(?:quot|amp|apos|#[0-9]{2,5}));$")
# The standard library's engine runs this one faster, and its syntax and matches are the same.
_HEAD_CREDIT = lazy_re(r"[ \t]*+\((?P<credit>[^()\n]{1,40}+)\)[ \t]*+$")
_PARA_BREAK = lazy_re(r"\n[ \t\r]*+\n|\n(?=[ \t]{2,}+\S|\t)")


# How the first shape of _BYLINE opens, after blanks (case as the pattern writes it).
_BYLINE_OPENERS = ("By", "by", "BY", "Von", "von", "Par", "par", "Por", "por", "di")


def _is_byline(line: str) -> bool:
    """Whether a head line is a byline (``By Jane Roe``, ``Jo Lim, AP Sports Writer``).

    Lines that neither open like the pattern's first shape nor hold a comma
    and end, before blanks (and the line break ``$`` allows), in the "r" of
    the second shape's "writer" (ignoring case, ``regex`` takes only "r" and
    "R" for it) are answered without running the pattern.
    """
    return (
        line.lstrip(" \t").startswith(_BYLINE_OPENERS) or ("," in line and line.rstrip(" \t\n")[-1:] in ("r", "R"))
    ) and _BYLINE.match(line) is not None


def _is_byline_below(line: str) -> bool:
    """Whether a head line below the headline is a byline: :func:`_is_byline`, or a name and an agency.

    Only below a headline: "Senate Votes Today, AP" on a first line is a
    headline, and ``Jo Lim | AFP`` after one is who wrote the story.
    """
    return _is_byline(line) or (len(line) <= 80 and ("," in line or "|" in line) and _name_and_agency(line))


def _name_and_agency(line: str) -> bool:
    """Whether ``line`` is a name and a known agency after a comma or a bar: ``Jane Roe, Reuters``, ``Jo Lim | AFP``.

    The name is two to four capitalised words of letters (``CREDIT: Canadian
    Press, Reuters`` is none), and a person's (:func:`byline.is_name`).
    """
    name, _, agency = line.rpartition("|" if "|" in line else ",")
    words = name.split()
    known = registry.agency(agency.strip())
    return (
        known is not None
        and known.name is not None
        and 2 <= len(words) <= 4
        and all(_NAME_WORD.fullmatch(w) is not None for w in words)
        and is_name(name.strip())
    )


# A word of a person's name: "Jo", "O'Neil", "Al-Amin", "J.".
_NAME_WORD = lazy_regex(r"\p{Lu}[\p{L}\p{M}.'’\-]*+")


_NOT_NEWLINE = lazy_regex(r"[^\n]")


def _mask(text: str, cuts: list[Cut]) -> str:
    """Blank out cuts, keeping line breaks, so offsets stay those of the input."""
    if not cuts:
        return text
    parts = []
    pos = 0
    for c in cuts:
        parts.append(text[pos : c.start])
        chunk = text[c.start : c.end]
        parts.append(_NOT_NEWLINE.sub(" ", chunk) if "\n" in chunk else " " * len(chunk))
        pos = c.end
    parts.append(text[pos:])
    return "".join(parts)


def _lines(text: str, start: int, end: int, most: int = -1) -> list[tuple[int, int]]:
    """Non-blank lines of ``text[start:end]`` (the first ``most``) as (start, end) without their edges' space."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end and len(out) != most:
        nl = text.find("\n", pos, end)
        le = end if nl < 0 else nl
        core = text[pos:le].lstrip()
        if core:
            s = le - len(core)
            out.append((s, s + len(core.rstrip())))
        pos = le + 1
    return out


def _headline_text(text: str) -> str:
    return squash(repair(text))


_YEAR_NOTES = {
    "dateline": "the year is written in the dateline",
    "text": "the year comes from a full date after the credit",
    "reference_date": "the year comes from reference_date",
}


# -- stages --------------------------------------------------------------------


class _Layout(NamedTuple):
    """Where the story stands, and the head fields a layout already knows."""

    start: int
    end: int
    headline: Span | None = None
    byline: tuple[Span, ...] = ()  # the byline, and the title line that may follow it


@once
def _readers() -> tuple[Callable[..., WireLayout | None], Callable[[str], Story | None]]:
    """The layout readers, imported on first use: importing wiretext should cost next to nothing."""
    from .page import find_story
    from .wire import read_wire

    return read_wire, find_story


def _layout(w: _Work, dense: bool = False) -> _Layout:
    """Find the story in a wire transmission or a page; plain copy is all story."""
    text = w.text
    start = 0
    if text.startswith("\ufeff"):
        w.label(0, 1, "byte-order-mark", "removed a byte-order mark")
        start = 1
    read_wire, find_story = _readers()
    wire = read_wire(w.original, control_runs=not dense)
    if wire is not None:
        w.removed(wire.cuts)
        bylines = tuple(s for s in (wire.byline, wire.byline_title) if s is not None)
        return _Layout(wire.story_start, wire.story_end, wire.headline, bylines)
    story = find_story(text)
    if story is not None:
        w.removed(story.cuts)
        return _Layout(max(start, story.start), story.end, story.headline)
    return _Layout(start, len(text))


def _signoff_agency(
    w: _Work, work: str, start: int, end: int
) -> tuple[int, str | None, tuple[tuple[str, tuple[str, ...]], ...]]:
    agency = None
    credits: tuple[tuple[str, tuple[str, ...]], ...] = ()
    for item in find_tail(work, start, end):
        if item.kind == "credits":
            w.label(item.start, item.end, "credits")
            credits = parse_credits(work[item.start : item.end]) + credits
        else:
            w.label(item.start, item.end, item.kind, f"removed the {item.kind} {work[item.start : item.end].strip()!r}")
        agency = agency or item.agency
        end = item.start
    return end, agency, credits


_LONE_CR = lazy_regex(r"\r(?!\n)")
# What a line end is, and what a C1 control is, decided once for every
# stage (and for explain, which labels the same text): a line ends at "\n",
# "\r\n" or a lone "\r" (made "\n" above).  NEL (U+0085), which Python
# counts as white space and as a line end, is not one: it is mojibake, and
# becomes "…" (the Windows-1252 character that ftfy's repair, and so
# ``clean``, makes of it) before any stage reads the text.  After the lead
# byte of a UTF-8 sequence read as Latin-1 ("Ã\x85" for "Å"), the repair
# puts it back and mends the pair whole (see normalize.repair).  Lone
# surrogates (a str may hold them, UTF-8 cannot) become U+FFFD with a note.
# One character for one: offsets stay.
_SURROGATE = lazy_re(r"[\ud800-\udfff]")

# Control and invisible characters (CONTROL_CHARS, INVISIBLE_CHARS) are what
# the noise rules and the wire reader cut.
_BLANK_RUNS = str.maketrans(dict.fromkeys(CONTROL_CHARS + INVISIBLE_CHARS, " "))
#: More control or invisible characters than this make a text "dense".
_DENSE = 5000
_RUN_CHARS = re.escape(CONTROL_CHARS + INVISIBLE_CHARS)
# Matches (anchored, in one linear pass) when the text holds at least _DENSE of them.
_DENSE_RUNS = lazy_re(f"(?:[^{_RUN_CHARS}]*+[{_RUN_CHARS}]){{{_DENSE}}}")


def _note_dense_runs(w: _Work, text: str, control_rule: str | None) -> None:
    """One note per kind of blanked character: how many, and from where to where."""
    for rule, chars in ((control_rule or "control-character", CONTROL_CHARS), ("invisible-character", INVISIBLE_CHARS)):
        count = sum(map(text.count, chars))
        if not count:
            continue
        first = min(i for i in map(text.find, chars) if i >= 0)
        last = max(map(text.rfind, chars))
        w.note(rule, f"removed {count} {rule.replace('-', ' ')}s", (first, last + 1))


def _analyse(
    original: str, reference_date: dt.date | None, *, detailed: bool = False
) -> tuple[_Work, dict[str, object]]:
    # Old Mac line ends ("\r" alone) become "\n": same length, same offsets.
    text = _LONE_CR.sub("\n", original) if "\r" in original else original
    surrogates: list[int] = []
    if not text.isascii():
        if "\x85" in text:
            text = text.replace("\x85", "\u2026")
        if _SURROGATE.search(text) is not None:
            surrogates = [m.start() for m in _SURROGATE.finditer(text)]
            text = _SURROGATE.sub("\ufffd", text)
    w = _Work(text, original, reference_date)
    if surrogates:
        span = (surrogates[0], surrogates[-1] + 1)
        w.note("lone-surrogate", f"replaced {len(surrogates)} lone surrogate(s) with U+FFFD", span)
    # Text thick with control characters (hostile, or a corrupt feed) has
    # them blanked in one pass and summed up in a note, rather than cut run
    # by run; explain (detailed) still shows every run.
    dense = not detailed and len(text) >= _DENSE and _DENSE_RUNS.match(text) is not None
    start, end, headline_span, byline_spans = _layout(w, dense)
    # Noise is looked for in the text with the layout's cuts blanked, so that
    # what a transmission's reader already cut is not found twice.
    base = _mask(text, merge(list(w.labels))) if w.labels else text
    if dense:
        base = base.translate(_BLANK_RUNS)
        _note_dense_runs(w, text, "wire-control" if any(c.rule.startswith("wire-") for c in w.labels) else None)
    noise = find_noise(base, start, end)
    work = base
    if noise:
        w.removed(split_runs(text, noise) if detailed else noise)
        work = _mask(base, noise)

    fields: dict[str, object] = {}
    if is_markup(text):
        # A web page's HTML: read as text it loses its metadata, and its
        # tags must not pass for a headline (see _build).
        w.note("html-input", _HTML_NOTE)
        fields["markup"] = True
    # Rights first: a notice may stand at the head or the foot.
    story_end = end
    after_rights = end  # where the text after a rights footer begins
    rights = find_rights(work, start, end)
    outside = None
    if rights is None and base is not text:
        # A page's footer was cut with the page furniture (or a notice taken
        # for a caption): the notice in it is still the story's.
        outside = find_rights(text, end) or find_rights(text, 0, end)
    if outside is not None:
        w.label(*outside.span, "rights")
        fields["rights"] = attrs.evolve(outside, text=squash(repair(outside.text)))
    if rights is not None:
        rs, re_ = rights.span
        w.label(rs, re_, "rights")
        fields["rights"] = attrs.evolve(rights, text=squash(repair(rights.text)))
        if rs - start > (end - re_):
            end, after_rights = rs, re_  # a footer: the story ends before it
        work = _mask(work, [Cut(rs, re_, "rights")])

    # Head: the dateline, and what stands before it.
    head_from = headline_span[1] if headline_span else start
    for span in byline_spans:
        head_from = max(head_from, span[1])
    lead = _source_lead(work, head_from, end)
    if lead is not None:
        ls, le, source = lead
        w.label(ls, le, "source-credit", f"took the source {source!r} off the story's first line")
        work = _mask(work, [Cut(ls, le, "source-credit")])
        fields["source"] = source
    found = _dateline.find(work, head_from, end)
    # A web page's time stamp at the story's head ("Updated Dec. 2, 2024"):
    # out of the head and the body; its day is the date when the dateline has none.
    stamp = find_stamp(work, head_from, found.start if found is not None else end, skip_first=headline_span is None)
    if stamp is not None:
        said = squash(work[stamp.start : stamp.end])
        w.label(stamp.start, stamp.end, "page-stamp", f"removed the page's time stamp {said!r}")
        work = _mask(work, [Cut(stamp.start, stamp.end, "page-stamp")])
        fields["stamp"] = stamp.date
    # The head lines stand before the dateline (there are none without one);
    # seven are read at most, as more put the dateline too deep.
    head_lines = _lines(work, head_from, found.start, most=7) if found is not None else []
    if len(head_lines) > 6:
        found = None  # too deep into the text to be the dateline of this story
        head_lines = []
    body_start = found.end if found is not None else head_from

    if headline_span is not None:
        w.label(*headline_span, "headline")
        fields["headline"] = _headline_text(text[headline_span[0] : headline_span[1]])
    if byline_spans:
        for span in byline_spans:
            w.label(*span, "byline")
        fields["byline"] = ", ".join(squash(repair(work[s:e])) for s, e in byline_spans)
    elif found is None and headline_span is not None:
        # A page's story without a dateline: a byline under its headline is still the byline.
        for ls, le in _lines(work, head_from, end, most=3):
            if _is_byline_below(work[ls:le]):
                w.label(ls, le, "byline")
                fields["byline"] = squash(repair(work[ls:le]))
                work = _mask(work, [Cut(ls, le, "byline")])
                break
    if found is None and headline_span is None:
        head_lines, body_start = _guess_headline(work, head_from, end)
    glued = -1
    if found is not None and work[line_start(work, found.start) : found.start].strip():
        glued = found.start
        while work[glued - 1] in " \t":
            glued -= 1
    _head(w, work, head_lines, fields, glued)

    if found is not None:
        w.label(found.start, found.end, "dateline")
        for kind, message in found.notes:
            w.note(kind, message, (found.start, found.end))
        fields["found"] = found

    # A page may print the headline again under the dateline or the byline.
    headline = fields.get("headline")
    if isinstance(headline, str):
        stop = min(end, body_start + 3 * (len(headline) + 80))
        # In clean text a line can repeat the headline only if it holds the headline's first word.
        first = headline.split(None, 1)[:1]
        region = work[body_start:stop]
        if first and first[0] not in region and is_clean(region):
            stop = body_start
        for ls, le in _lines(work, body_start, stop, most=3):
            if _headline_text(work[ls:le]) == headline:
                w.label(ls, le, "repeated-headline", "removed the headline printed again")
                work = _mask(work, [Cut(ls, le, "repeated-headline")])
                break

    # Tail: sign-offs, end marks, credits.
    body_end, signoff_agency, credits = _signoff_agency(w, work, body_start, end)
    # Credits and sign-offs may also follow a rights footer.
    if after_rights < story_end:
        leftover_end, after_agency, after_credits = _signoff_agency(w, work, after_rights, story_end)
        credits += after_credits
        signoff_agency = signoff_agency or after_agency
        if work[after_rights:leftover_end].strip():
            w.label(after_rights, leftover_end, "after-story", "text after the rights notice was not placed")
    if credits:
        fields["credits"] = credits
    if signoff_agency:
        fields["signoff_agency"] = signoff_agency

    # Body: what is left.
    # Blanks stand in for what the body's first line holds before it (the
    # dateline), so that line measures as long as it is in the text.
    body = " " * (body_start - line_start(work, body_start)) + work[body_start:body_end]
    paragraphs, repaired = _paragraphs(body)
    if repaired:
        w.note("repaired", f"fixed mojibake or entity debris in {repaired} paragraph(s)", (body_start, body_end))
    fields["paragraphs"] = paragraphs
    w.label(body_start, body_end, "body")
    if story_end < len(text):
        rest = work[story_end:]
        if rest.strip():
            w.note("after-story", f"text after the story was not placed: {squash(rest)[:60]!r}", (story_end, len(text)))
    return w, fields


# A line ending in a sentence end, before a line break: where the lines of
# copy that is not wrapped at a fixed width split into paragraphs.
_SENTENCE_LINE_END = lazy_re(r"(?<=[.!?…\"”»’):])[ \t\r]*+\n")
# The same for a wrapped block, whose lines are taken stripped: ``[^\S\n]``
# is the white space str.strip() takes (re's \s is str.isspace), so the line
# this ends is, stripped, one that ends in a sentence end.
_TERMINAL_LINE_END = lazy_re(r"[.!?…\"”»’):][^\S\n]*+\n")
# A word broken with a hyphen at a line end: "well-" / "known" joins as "well-known".
_HYPHEN_BREAK = lazy_regex(r"(?<=\p{L}-)[ \t\r]*+\n[ \t]*+(?=\p{Ll})")
# What every such break holds (and a line ending in "-" before str.strip's
# white space): a cheap test before the pattern above, or stripping lines.
_HYPHEN_AT_LINE_END = lazy_re(r"-[^\S\n]*+\n")
# Where a block's lines may matter: a line ending in a sentence end (which
# may end a paragraph) or a hyphen (which may join a word).  A superset of
# the four patterns above.
_MARKED_LINE_END = lazy_re(r"[.!?…\"”»’):\-][^\S\n]*+\n")

# The line break that ends every match of _MARKED_LINE_END: one after a
# sentence end or a hyphen, or after white space (which may stand between
# the mark and the break).  A cheap test before that pattern: the search
# looks for line breaks, far fewer than its marks, which stand inside lines
# too.
_BREAK_AFTER_MARK = lazy_re(r"\n(?<=(?:[.!?…\"”»’):\-]|[^\S\n])\n)")


def _paragraphs(body: str) -> tuple[tuple[str, ...], int]:
    """The body's paragraphs, joined and repaired, and how many needed repair.

    >>> _paragraphs("One line\\nwraps.\\n\\n  Two &amp; three.")
    (('One line wraps.', 'Two & three.'), 1)
    """
    # Repair has provably nothing to do in pure ASCII without entity debris:
    # asked once of the whole body rather than of every paragraph.
    clean = is_clean(body)
    joined: list[str] = []
    # Blank lines leave empty blocks: skipped at C speed (a body of a million
    # blank lines must not cost a loop turn per block).
    for block in filter(str.strip, _PARA_BREAK.split(body)):
        # A line ending in a sentence end or a hyphen may end a paragraph or
        # join a word; the block's last line before its white space at its
        # end (the body's last block, before a sign-off) does neither: it
        # splits off only that white space, which no paragraph keeps, and
        # joins no word (a hyphen joins only a lower-case letter, and none
        # follows).
        if "\n" in block and (hit := _BREAK_AFTER_MARK.search(block, 0, end := len(block.rstrip()))):
            if block[: hit.start()].isspace():
                # The break ends a blank first line (blanks standing in for
                # what the line held before the body): no mark stands before
                # it, so the breaks after it are the ones to look at.
                hit = _BREAK_AFTER_MARK.search(block, hit.end(), end)
            if hit and _MARKED_LINE_END.search(block, 0, end):
                joined += map(_join_lines, _line_paragraphs(block))
                continue
        # One paragraph, of which only the white space changes: its lines
        # are joined by making the line breaks blanks, after which squash's
        # shortcut for text already single-spaced mostly holds.
        joined.append(squash(block.replace("\n", " ")))
    if clean:
        return tuple(filter(None, joined)), 0
    paragraphs = []
    repaired = 0
    for para in filter(None, joined):
        fixed = repair(para)
        if fixed != para:  # the joins already normalised the white space
            repaired += 1
            para = squash(fixed)
        if para:
            paragraphs.append(para)
    return tuple(paragraphs), repaired


def _line_paragraphs(block: str) -> list[str]:
    """Split a block where a line ends a paragraph rather than wraps one.

    Wire copy wraps sentences at a fixed width, so its lines are about as
    long as the longest; scraped pages put a paragraph on each line.  A line
    that ends a sentence and stops well short of the block's width (or in a
    block too wide to be wrapped) ends a paragraph.

    >>> _line_paragraphs("Oil rose on Monday.\\nBrent gained 30 cents on the day, traders said.")
    ['Oil rose on Monday.', 'Brent gained 30 cents on the day, traders said.']
    >>> _line_paragraphs("a sentence that was wrapped at a\\nfixed width. It goes on here")
    ['a sentence that was wrapped at a\\nfixed width. It goes on here']
    """
    if "\n" not in block:
        return [block]
    raw_lines = block.split("\n")
    width = max(map(len, raw_lines))  # leading blanks count, as they do in a wrap
    # Not wrapped at a fixed width (a line over 88 characters, or none of
    # 55): every sentence end at a line end ends a paragraph.
    if width > 88 or width < 55:
        return [p for p in _SENTENCE_LINE_END.split(block) if p.strip()]
    # Only lines ending a sentence can end a paragraph: visit those, not every line.
    ends = [
        m.end() - 1
        for m in _TERMINAL_LINE_END.finditer(block)
        if len(block[line_start(block, m.start()) : m.end()].strip()) < 0.8 * width
    ]
    out = []
    pos = 0
    for end in [*ends, len(block)]:
        piece = block[pos:end]
        if "-" in piece and _HYPHEN_AT_LINE_END.search(piece):
            # The hyphen rule of _join_lines sees the lines stripped and the
            # blank ones dropped; elsewhere joining ignores all white space.
            piece = "\n".join(line for line in (raw.strip() for raw in piece.split("\n")) if line)
        if piece and not piece.isspace():
            out.append(piece)
        pos = end + 1
    return out


def _join_lines(chunk: str) -> str:
    """Join hard-wrapped lines with single spaces; a hyphen at a line end joins without one.

    >>> _join_lines("a well-\\nknown  \\nfact")
    'a well-known fact'
    """
    if "-" in chunk and _HYPHEN_AT_LINE_END.search(chunk):
        chunk = _HYPHEN_BREAK.sub("", chunk)
    return squash(chunk.replace("\n", " "))  # a line break is white space, as a blank is


def _guess_headline(work: str, start: int, end: int) -> tuple[list[tuple[int, int]], int]:
    """Without a dateline: the first line is the headline when it looks like one."""
    lines = _join_wrapped(work, _lines(work, start, min(end, start + 4000), most=3))  # as many as are read
    if not lines:
        return [], start
    first = lines[0]
    line = repair(work[first[0] : first[1]]).rstrip()
    if len(lines) == 1:
        looks_like_headline = len(line) <= 250  # a title alone (a "brief")
    else:
        following = work[lines[1][0] : lines[1][1]]
        # A long first line followed by a lower-case one no longer than it
        # is a sentence hard-wrapped at a fixed width.
        wrapped = len(line) >= 55 and following[:1].islower() and len(following) <= len(line) + 15
        looks_like_headline = (
            len(line) <= 250
            and not wrapped
            # an entity at the end is looked through (the line is stripped: the pattern needs it to end in ";")
            and not (_END_ENTITY.sub("", line) if line.endswith(";") else line).endswith((",", ";"))
            and (not line.endswith(".") or len(line) <= 120)
        )
    if not looks_like_headline:
        return [], start
    taken = [first]
    # A byline line right after the headline goes with the head.
    if len(lines) > 1 and _is_byline_below(work[lines[1][0] : lines[1][1]]):
        taken.append(lines[1])
    return taken, taken[-1][1]


def _head(w: _Work, work: str, lines: list[tuple[int, int]], fields: dict[str, object], glued: int) -> None:
    """Sort head lines into headline, byline and notes.

    ``glued`` is where a dateline starts on the same line as the last head
    line (the web shape), else -1.
    """
    extra_head: list[tuple[int, int]] = []
    lines = _join_wrapped(work, lines)
    for s, e in lines:
        line = work[s:e]
        if "byline" not in fields and (_is_byline_below(line) if "headline" in fields else _is_byline(line)):
            w.label(s, e, "byline")
            fields["byline"] = squash(repair(line))
            continue
        if "headline" not in fields:
            at_dateline = e == glued  # the line runs on into the dateline: the web shape
            s, e, line = _strip_tags(w, work, s, e)
            if at_dateline and (cut := _GLUED_SEP.search(line)) is not None:
                # "Rain floods Paris | Paris (AFP) - ...": the page's separator
                sep = cut.group(0).strip()
                w.label(s + cut.start(), e, "separator", f"removed the separator {sep!r} before the dateline")
                e = s + cut.start()
                line = work[s:e]
            m = _head_credit(line)
            if m is not None:
                agencies, unknown = registry.split_credit(m.group("credit"))
                if agencies and not unknown:
                    fields["head_agencies"] = agencies
                    w.label(s + m.start(), e, "credit", f"took the credit {m.group('credit')!r} off the headline")
                    e = s + m.start()
                    line = work[s:e]
                elif _looks_like_source(m.group("credit")) or m.group("credit").strip() == fields.get("source"):
                    w.label(
                        s + m.start(), e, "source-credit", f"took the source {m.group('credit')!r} off the headline"
                    )
                    e = s + m.start()
                    line = work[s:e]
            b = _GLUED_BYLINE.search(line) if at_dateline else None
            if b is not None and "byline" not in fields:
                bs = s + b.start("b")
                w.label(bs, e, "byline")
                fields["byline"] = squash(work[bs:e])
                e = s + b.start()
                line = work[s:e]
            w.label(s, e, "headline")
            fields["headline"] = _headline_text(line)
            continue
        extra_head.append((s, e))
    for s, e in extra_head:
        # A page may print the agency alone on a line of the head ("AFP").
        line = work[s:e].strip()
        known = registry.agency(line) if e - s <= 40 else None
        if known is not None and known.name is not None:
            w.label(s, e, "credit", f"took the credit {line!r} from a line of the head")
            fields.setdefault("head_agencies", (known,))
            continue
        w.label(
            s, e, "head-extra", f"a line before the dateline is neither headline nor byline: {squash(work[s:e])[:60]!r}"
        )


def _head_credit(line: str) -> re.Match[str] | None:
    """A credit in brackets ending a headline (``(AP)``), as ``_HEAD_CREDIT.search`` finds it.

    The credit's "(" is the line's last (none stands inside or after it), so
    the pattern is matched where the blanks before that one begin: the
    leftmost place a search could find it.
    """
    if not line.rstrip(" \t").endswith(")"):
        return None  # (a line break the pattern's "$" allows never ends a head line)
    paren = line.rfind("(")
    return _HEAD_CREDIT.match(line, len(line[:paren].rstrip(" \t"))) if paren >= 0 else None


# A page's separator between a headline and the dateline glued to it: "Rain floods Paris | Paris (AFP) -".
_GLUED_SEP = lazy_re(r"[ \t]+[|·•][ \t]*$")
# A line that cannot end a headline: it ends in a comma, a hyphen or a small word.
_OPEN_END = lazy_regex(r"(?i)(?:[,\-]|\b(?:to|of|for|in|and|or|the|a|an|at|by|with|from|on|vs|as))$")


def _has_lower(text: str) -> bool:
    return any(c.islower() for c in text)


def _strip_tags(w: _Work, work: str, s: int, e: int) -> tuple[int, int, str]:
    """Take desk tags (``(LEAD)``, ``(ATTN: ...)``) off a headline into notes."""
    line = work[s:e]
    for m in list(_HEAD_TAG.finditer(line))[::-1] if _HEAD_TAG_RUN.search(line) else ():
        if m.start() != 0 and m.end() != len(line) and "ATTN" not in m.group(0):
            continue
        w.label(s + m.start(), s + m.end(), "desk-tag", f"took the desk tag {m.group(0).strip()!r} off the headline")
        line = line[: m.start()] + " " * (m.end() - m.start()) + line[m.end() :]
    stripped = line.strip()
    if not stripped:
        return s, e, line
    lead = len(line) - len(line.lstrip())
    return s + lead, s + lead + len(stripped), stripped


def _join_wrapped(work: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a headline wrapped over two lines: no blank line between, no byline."""
    if len(lines) < 2:
        return lines
    (s0, e0), (s1, e1) = lines[0], lines[1]
    if e1 - s0 > 250 or e1 - s1 >= e0 - s0 + 20:  # the tests on lengths first: no text is read
        return lines
    first, second = work[s0:e0], work[s1:e1]
    if (
        "\n\n" not in work[e0:s1].replace(" ", "").replace("\t", "")
        and not first.endswith((".", "!", "?", '"', "”"))
        and not _is_byline(second)
        and (_OPEN_END.search(first) is not None or not (_has_lower(first) or _has_lower(second)))
    ):
        return [(s0, e1), *lines[2:]]
    return lines


# A line ending in a closing bracket (and blanks).
_CREDIT_AT_LINE_END = lazy_re(r"\)[ \t\r]*+\n")
# What stands between a summary's source and its text: "PC World - Linksys ...".
_LEAD_SEP = lazy_re(r"[ \t]++(?:--|-|—|–)[ \t]++")


def _source_lead(work: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A summary's first line opening with the source its title credits, as ``(start, end, source)``.

    AG News items are a title and a summary: "Vonage Calls on Linksys (PC
    World)" over "PC World - Linksys will provide ...".  The source said
    twice is the story's source, not its text.  An agency's credit is left
    to the dateline finder ("AP - " is a dateline).

    >>> _source_lead("Linksys Deal (PC World)\\nPC World - Linksys will supply it.", 0, 58)
    (24, 35, 'PC World')
    """
    if _CREDIT_AT_LINE_END.search(work, start, min(end, start + 1000)) is None:
        return None  # no line ends in a bracket: no title credits a source
    lines = _lines(work, start, min(end, start + 1000), most=2)
    if len(lines) < 2:
        return None
    (s0, e0), (s1, e1) = lines
    m = _head_credit(work[s0:e0])
    if m is None:
        return None
    source = m.group("credit").strip()
    sep = _LEAD_SEP.match(work, s1 + len(source), e1) if source and work.startswith(source, s1) else None
    if sep is None:
        return None
    agencies, unknown = registry.split_credit(source)
    if agencies and not unknown:
        return None
    return s1, sep.end(), source


def _looks_like_source(credit: str) -> bool:
    """``(SPACE.com)``, ``(washingtonpost.com)``: a site credit at a title's end."""
    return _SITE.fullmatch(credit.strip()) is not None


def _date(w: _Work, fields: dict[str, object]) -> dt.date | None:
    found = fields.get("found")
    if not isinstance(found, _dateline.Found):
        return None
    if found.dateline.date is not None:
        assert found.year_from is not None
        w.note("year-from", f"{_YEAR_NOTES[found.year_from]} ({found.year_from})")
        return found.dateline.date
    if found.month is None or found.day is None:
        return None
    if found.year_from is not None:
        return None  # year known, date impossible: noted by the dateline stage
    if w.reference_date is not None:
        date = _dateline.infer_year(found.month, found.day, w.reference_date)
        if date is not None:
            w.note("year-from", _YEAR_NOTES["reference_date"] + " (reference_date)")
            return date
        w.note("impossible-date", f"no year puts month {found.month} day {found.day} on a real date")
        return None
    w.note("year-missing", "the dateline has no year and no reference_date was given, so date is None")
    return None


def parse(text: str, *, reference_date: dt.date | None = None, max_chars: int = MAX_CHARS) -> Article:
    """Parse a dispatch into an :class:`~wiretext.Article`.

    Never raises on the content of a ``str``: what is not a field is
    reported in ``Article.notes``.

    >>> a = parse("SEOUL, Nov. 24 (Yonhap) -- Snow fell.", reference_date=dt.date(2024, 12, 1))
    >>> a.location.city, a.agency.code, a.date, a.body
    ('SEOUL', 'Yonhap', datetime.date(2024, 11, 24), 'Snow fell.')

    :raises TypeError: when ``text`` is not a ``str`` or ``reference_date``
        not a ``datetime.date``.
    :raises InputTooLarge: when ``text`` is longer than ``max_chars``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    if reference_date is not None:
        if not isinstance(reference_date, dt.date):
            raise TypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
        if isinstance(reference_date, dt.datetime):
            reference_date = reference_date.date()
    if len(text) > max_chars:
        raise InputTooLarge(len(text), max_chars)
    w, fields = _analyse(text, reference_date)
    return _build(w, fields)


def _build(w: _Work, fields: dict[str, object]) -> Article:
    found = fields.get("found")
    dateline: Dateline | None = found.dateline if isinstance(found, _dateline.Found) else None
    date = _date(w, fields)
    stamped = fields.get("stamp")
    if date is None and isinstance(stamped, dt.date):
        w.notes[:] = [n for n in w.notes if n[0] != "year-missing"]
        found = fields.get("found")
        if isinstance(found, _dateline.Found) and found.month and found.day and found.year_from is None:
            # "ROTTERDAM, Nov 30 (Reuters)" under "Updated Dec. 2, 2024": the year is the stamp's
            date = _dateline.infer_year(found.month, found.day, stamped)
        if date is not None:
            w.note("year-from", f"the year comes from the page's time stamp ({stamped.isoformat()})")
        else:
            date = stamped
            w.note("date-from-page-stamp", f"the date is the day the page's time stamp gives ({stamped.isoformat()})")
    if dateline is not None and date is not None and dateline.date != date:
        dateline = Dateline(dateline.text, dateline.location, date, dateline.agencies, dateline.span)
    agencies: tuple[Agency, ...] = dateline.agencies if dateline else ()
    head_agencies = fields.get("head_agencies")
    if not agencies and isinstance(head_agencies, tuple):
        agencies = head_agencies
    signoff = fields.get("signoff_agency")
    if not agencies and isinstance(signoff, str):
        known = registry.agency(signoff)
        agencies = (known,) if known else (Agency(signoff),)
    paragraphs = fields["paragraphs"]
    assert isinstance(paragraphs, tuple)
    rights = fields.get("rights")
    credits = fields.get("credits", ())
    headline = fields.get("headline")
    if isinstance(headline, str) and "markup" in fields and "<" in headline and has_tags(headline):
        headline = None  # a tag is not a headline
    byline = fields.get("byline")
    location: Location | None = dateline.location if dateline else None
    # The fields in their order (passed by position: half the cost of keywords).
    return Article(
        headline if isinstance(headline, str) and headline else None,
        byline if isinstance(byline, str) and byline else None,
        dateline,
        agencies[0] if agencies else None,  # agency
        agencies,
        location,
        date,
        "\n\n".join(paragraphs),  # body
        paragraphs,
        rights if isinstance(rights, RightsNotice) else None,
        _summarised(w),  # notes
        authors(byline) if isinstance(byline, str) else (),
        credits if isinstance(credits, tuple) else (),
    )


#: A rule that removed more than this many spans gets one summary note.
_MAX_NOTES_PER_RULE = 20


def _removal_message(kind: str, removed: str) -> str:
    what = kind.replace("-", " ")
    if kind.startswith("wire-"):
        what = "transmission code"
    elif kind.startswith("page-"):
        what = "page text"
    return f"removed {what} {squash(removed)[:40]!r}"


def _message(text: str, note: tuple[str, str | None, Span | None]) -> str:
    """A note's message; a removal's is written from the text it removed."""
    if note[1] is not None:
        return note[1]
    span = note[2] or (0, 0)
    return _removal_message(note[0], text[span[0] : span[1]])


def _summarised(w: _Work) -> tuple[Note, ...]:
    """Notes in input order; a rule that fired very often is summed up in one note.

    ``explain`` still lists every span; the Article stays small on hostile
    input (a million control characters are one note, not a million).
    """
    notes = w.notes
    if not w.removals and len(notes) <= _MAX_NOTES_PER_RULE:  # only batches of cuts are recorded
        # No rule can have fired too often: every note is listed.  Ordered as
        # below: by span, then by the kind's first note, then as written.
        if len(notes) > 1:
            rank: dict[str, int] = {}
            for n in notes:
                rank.setdefault(n[0], len(rank))
            notes = sorted(notes, key=lambda n: (n[2] or (-1, -1), rank[n[0]]))  # stable: as written on ties
        text = w.text
        return tuple([Note(n[0], _message(text, n), n[2]) for n in notes])
    by_kind: dict[str, list[tuple[str, str | None, Span | None]]] = {}
    for n in w.notes:
        by_kind.setdefault(n[0], []).append(n)
    # Bulk removals are counted at C speed; a rule's cuts are listed one by
    # one only when few, else only the first is kept, with the count and reach.
    more: dict[str, tuple[int, int, int]] = {}  # rule -> (cuts not listed, first start, last end)
    for batch in w.removals:
        rules = list(map(itemgetter(2), batch))
        counts = Counter(rules)
        if "pipe-line" in counts:  # a run of pipe lines is cut whole: each of its lines counts
            runs = [c for c in batch if c.rule == "pipe-line"]
            counts["pipe-line"] = sum(map(functools.partial(count_lines, w.text), runs))
        for rule, count in counts.items():
            group = by_kind.setdefault(rule, [])
            if count <= _MAX_NOTES_PER_RULE:
                cuts = [c for c in batch if c.rule == rule]
                if rule == "pipe-line":
                    cuts = [line for run in cuts for line in run_lines(w.text, run)]
                group.extend((c.rule, None, (c.start, c.end)) for c in cuts)
                continue
            first = batch[rules.index(rule)]
            if rule == "pipe-line":
                first = run_lines(w.text, first, most=1)[0]
            last = batch[len(rules) - 1 - rules[::-1].index(rule)]
            group.append((rule, None, (first.start, first.end)))
            unlisted, lo, hi = more.get(rule, (0, first.start, last.end))
            more[rule] = (unlisted + count - 1, min(lo, first.start), max(hi, last.end))

    out: list[Note] = []
    for kind, group in by_kind.items():
        unlisted, lo, hi = more.get(kind, (0, 0, 0))
        if len(group) + unlisted <= _MAX_NOTES_PER_RULE:
            out.extend(Note(n[0], _message(w.text, n), n[2]) for n in group)
            continue
        spans = [n[2] for n in group if n[2] is not None] + ([(lo, hi)] if unlisted else [])
        span = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
        out.append(Note(kind, f"{_message(w.text, group[0])} and {len(group) + unlisted - 1} more like it", span))
    return tuple(sorted(out, key=lambda n: n.span or (-1, -1)))


def explain(text: str, *, reference_date: dt.date | None = None, max_chars: int = MAX_CHARS) -> tuple[Segment, ...]:
    """Label every character of ``text`` with the field it went to or the rule that removed it.

    The segments cover the input exactly once, in order: their texts
    concatenate back to ``text``.

    >>> segs = explain("PARIS (AFP) - Rain.\\n© AFP")
    >>> [(s.label, s.text) for s in segs]
    [('dateline', 'PARIS (AFP) -'), ('space', ' '), ('body', 'Rain.'), ('space', '\\n'), ('rights', '© AFP')]

    :raises TypeError: when ``text`` is not a ``str``.
    :raises InputTooLarge: when ``text`` is longer than ``max_chars``.
    """
    if not isinstance(text, str):
        raise TypeError(f"explain() takes a str, not {type(text).__name__}")
    if len(text) > max_chars:
        raise InputTooLarge(len(text), max_chars)
    w, _ = _analyse(text, reference_date, detailed=True)
    return partition(text, w.labels, w.text)


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
    spans = [(max(0, c.start), min(n, c.end), _PRIORITY.get(c.rule, 5), i, c.rule) for i, c in enumerate(labels)]
    spans = [sp for sp in spans if sp[0] < sp[1]]
    bounds = sorted({0, n, *(sp[0] for sp in spans), *(sp[1] for sp in spans)})
    starts: dict[int, list[tuple[int, int, int, int, str]]] = {}
    for sp in spans:
        starts.setdefault(sp[0], []).append(sp)
    active: list[tuple[int, int, int, int, str]] = []
    pieces: list[tuple[int, int, str]] = []
    for lo, hi in itertools.pairwise(bounds):
        active = [sp for sp in active if sp[1] > lo] + starts.get(lo, [])
        label = max(active, key=lambda sp: (sp[2], sp[3]))[4] if active else None
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
            else:
                pieces.append((plo, phi, plabel))
    return tuple(Segment(lo, hi, label, text[lo:hi]) for lo, hi, label in pieces)
