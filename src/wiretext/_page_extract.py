"""Text that is not a page: wire copy kept whole, an extractor's output cut where it carries furniture.

Decides, for a text with no page layout (no blocks of short lines, no
``<title>`` line coming back), what kind of text it is
(:func:`_copy_or_extract`): wire copy (hard-wrapped, or set in capitals)
stays whole; an extractor's output (a paragraph a line, as trafilatura
writes it) loses a time stamp above the lead, runs of list items, teasers
behind a cue, embedded posts, and its end when the end costs (a
right-to-left scan, :func:`_tail_score`); any other text (a brief, a table
of figures) gets only the safest cuts: a repeated copy of the story,
boilerplate lines that come back three times, picture credits, and a tail
after a cue line holding no more prose.

The test of a page layout is :mod:`wiretext._page_score`'s; what each line
is, :mod:`wiretext._page_cues`'s; plain copy told before any line is read,
:mod:`wiretext._page_glance`'s.

>>> from ._page_lines import _lines
>>> _copy_or_extract(_lines("RAIN FALLS ON THE CAPITAL AGAIN TODAY OFFICIALS SAY\\nMORE\\nEND"))
'copy'
"""

from __future__ import annotations

import operator
from collections import Counter
from itertools import pairwise, repeat

from ._lazy import lazy_re
from ._page_cues import (
    _CREDIT_MARKS,
    _boilerplate,
    _byline_or_date,
    _credit,
    _cue,
    _cue_prefix,
    _doubled,
    _embedded,
    _stamp,
)
from ._page_head import _MAX_TITLE, _title_pieces
from ._page_lines import _CLOSERS, _KEY, _LONG, _RUN, _SHORT, _TEXT, _URL, _by_text, _ends_sentence, _Line, _once
from ._page_score import _CUE_PENALTY, _TERM_COST, _Page
from ._page_story import Story
from ._spans import LINE_RUNS, Cut

_TAIL_MIN = 12.0
"""How much the end of an extractor's output must cost to be cut as furniture."""

_LIST_UNITS = 20
"""In an extractor's output, a line of at most this many words ending no sentence is a list item."""

_HEAD_LINES = 8
"""In an extractor's output, furniture above the first paragraph is sought this many lines down."""

_BULLETS = frozenset(["- ", "– ", "• ", "* ", "· ", "| "])
"""How an extractor marks the items of a list (trafilatura: ``- item``)."""

_EMAIL = lazy_re(r"[\w.+-]@[\w-]+\.\w")
"""An e-mail address: a contact line ("Got a story? Write to news@example.com")."""

def _list_item(line: _Line) -> bool:
    """Whether a line of an extractor's output may be an item of a list of links or facts.

    A short line ending no sentence, or a bulleted one that is no clause of a
    sentence running on ("- Investing in roads;").
    """
    if line.term or line.text[-1:] in ":;,":
        return False
    if line.units <= _SHORT:
        return True
    return line.units <= _LIST_UNITS and line.text[:2] in _BULLETS



def _tail_score(line: _Line, repeated: bool) -> float:
    """What a line pays at the end of an extractor's output: prose pays, furniture costs."""
    if _cue(line) or _cue_prefix(line) or _doubled(line):
        return -_CUE_PENALTY
    if "@" in line.text and _EMAIL.search(line.text):  # (every address holds an "@")
        return -15.0
    if repeated:
        return -6.0  # a widget's label ("Log in to comment")
    if line.term or _ends_sentence(line.text):
        if line.units >= 8:
            return line.units - _TERM_COST
        return -4.0 if line.text.rstrip(_CLOSERS)[-1:] in "?？" else 0.0  # "Feedback?"
    if line.units <= 6:
        return -4.0
    if _URL.search(line.text):
        return -15.0  # a link
    if line.units >= 25 and line.text[-1:].isalpha():
        return -10.0  # a teaser cut short in mid-sentence
    return 0.0



def _copy_or_extract(lines: list[_Line]) -> str:
    """Tell wire copy from an extractor's output by the layout of the text.

    ``"copy"``: hard-wrapped (long lines ending mid-sentence, lines going on in
    lower case) or set in capitals, as dispatches come off the wire.
    ``"extract"``: a paragraph a line, as a main-text extractor lays out a
    story.  ``"brief"``: neither, holding hardly a sentence (a short item, a
    table of figures).
    """
    long = prose = caps = 0
    for ln in lines:
        if ln.units >= _LONG:
            long += 1
            prose += ln.term
            caps += ln.text.isupper()
    runs_on = sum(not a.term and b.text[:1].islower() for a, b in pairwise(lines))
    if prose * 2 < long or caps * 2 > long or runs_on * 4 >= len(lines):
        return "copy"
    return "extract" if prose >= 3 else "brief"



def _text_story(page: _Page, text: str) -> Story | None:
    """Safe cuts for ``text`` that is not a page: an extractor's output, a dispatch."""
    lines, n = page.lines, page.n
    layout = _copy_or_extract(lines)
    if layout == "copy":
        return None  # wire copy stays whole
    extract = layout == "extract"
    exact = Counter(map(_KEY, lines))
    rules = _line_rules(lines, text, extract, exact)
    tail = _tail(lines, rules, exact, extract)
    cuts = _ruled_cuts(text, lines[:tail], rules[:tail])
    if tail < n:
        cuts.append(Cut(lines[tail].start, lines[n - 1].end, "page-after-story"))
    head = lines[0]
    headline = None
    if (
        3 <= head.units <= 30
        and not head.term
        and head.text[-1:] not in ":,;"
        and rules[0] is None
        and tail > 0
    ):
        headline = (head.start, head.end)
        site = _site_after(lines, tail)
        if site < len(head.text):  # "Headline | Site" over the headline alone: the site is no part of it
            headline = (head.start, head.start + site)
            cuts = sorted([*cuts, Cut(head.start + site, head.end, "page-title")])
    if not cuts:
        return None
    end = lines[tail - 1].end if tail > 0 else lines[0].start
    return Story(headline=headline, start=lines[0].start, end=end, cuts=tuple(cuts))


def _ruled_cuts(text: str, lines: list[_Line], rules: list[str | None]) -> list[Cut]:
    """A cut for each line a rule cuts, neighbours of one :data:`LINE_RUNS` rule joined where only line feeds part them.

    Neighbours are looked at a pair at a time (:func:`_join_pairs`), but in
    the long runs of lines of one rule (:func:`_long_runs`, found at C
    speed): only line feeds part every two lines of such a run when its
    stretch of text holds nothing but its lines' characters and line feeds
    (a line's stripped text holds none), told by one count
    (:func:`_join_run`).  On hostile.py's "data.places.US_STATE_VARIANTS
    alone", 42,000 lines in one run at 400 KB, the cuts took 9.3 ms a pair
    at a time, 3.5 so (``benchmarks/page_parts.py e3bcca8 --family "data.places.US_STATE_VARIANTS
    alone" --size 400000 --part _page_extract._ruled_cuts=_spans.join_lines``);
    short runs are not taken as runs, whose finding costs more than the
    pairs ("scraper marks", 13,500 runs of one or two lines: 5.9 ms a pair at
    a time, 10.6 with every run found, 6.8 so).

    >>> from ._page_lines import _lines
    >>> text = "ab\\nc\\n\\nd |e\\n x\\n"
    >>> _ruled_cuts(text, _lines(text), ["page-caption"] * 4)
    [Cut(start=0, end=10, rule='page-caption'), Cut(start=12, end=13, rule='page-caption')]
    """
    out: list[Cut] = []
    done = 0  # the lines before this one are cut
    for i, j, rule in _long_runs(rules):
        _join_pairs(text, lines[done:i], rules[done:i], out)
        _join_run(text, lines, i, j, rule, out)
        done = j
    _join_pairs(text, lines[done:], rules[done:], out)
    return out


def _long_runs(rules: list[str | None]) -> list[tuple[int, int, str]]:
    """The runs of at least ``_LONG_RUN`` lines of one :data:`LINE_RUNS` rule, in order: their spans, their rule.

    Found at C speed in a string of a character a line ("\\x01": a line of
    the rule), one pass a rule the text holds, with a simple repeat: a back
    reference's repeat (``(.)\\1*``) saves a state a character, and
    ``US_STATE_VARIANTS`` alone at 1 MB then peaked at 28.4 bytes a
    character (18.8 so: ``hostile.py --memory --sizes 1000000``).

    >>> _long_runs([None] + ["page-caption"] * 70 + ["page-embed"])
    [(1, 71, 'page-caption')]
    """
    spans: list[tuple[int, int, str]] = []
    for rule in dict.fromkeys(rules):
        if rule is not None and rule in LINE_RUNS:
            marks = bytes(map(operator.eq, rules, repeat(rule))).decode("ascii")
            spans += [(*run.span(), rule) for run in _LONG_RUN_OF_RULE.finditer(marks)]
    return sorted(spans)


_LONG_RUN = 64
_LONG_RUN_OF_RULE = lazy_re(f"\x01{{{_LONG_RUN},}}")


def _join_pairs(text: str, lines: list[_Line], rules: list[str | None], out: list[Cut]) -> None:
    """Add the cuts of ``lines`` to ``out``, a pair of neighbours at a time (see :func:`_ruled_cuts`)."""
    start = end = 0
    run: str | None = None  # the rule of the cut under way (None: none)
    for ln, rule in zip(lines, rules, strict=True):
        if rule is None:
            continue
        at = ln.start
        if rule == run and rule in LINE_RUNS and text.count("\n", end, at) == at - end:
            end = at + len(ln.text)
            continue
        if run is not None:
            out.append(Cut(start, end, run))
        start, end, run = at, at + len(ln.text), rule
    if run is not None:
        out.append(Cut(start, end, run))


def _join_run(text: str, lines: list[_Line], i: int, j: int, rule: str, out: list[Cut]) -> None:
    """Add the cuts of the run ``lines[i:j]`` of ``rule`` to ``out``, joined where only line feeds part them."""
    start, end = lines[i].start, lines[j - 1].end
    if end - start - text.count("\n", start, end) == sum(map(len, map(_TEXT, lines[i:j]))):
        out.append(Cut(start, end, rule))  # only line feeds part its lines
    else:
        _join_pairs(text, lines[i:j], [rule] * (j - i), out)


def _site_after(lines: list[_Line], tail: int) -> int:
    """Where the headline ends on a first line that is a page's title (``Headline | Site``).

    A title's first piece that a line of the story's head says alone is the
    headline; the rest of the title names the site or the section.

    >>> from ._page_lines import _lines
    >>> _site_after(_lines("Quay reopens after repairs | Herald\\nQuay reopens after repairs\\nIt did."), 3)
    26
    """
    first = lines[0]
    pieces = [p for p in _title_pieces(first.text[:_MAX_TITLE]) if p.prefix and p.end < len(first.text)]
    if not pieces:
        return len(first.text)
    keys = {ln.key for ln in lines[1 : min(tail, _HEAD_LINES + 1)]}
    return max((p.end for p in pieces if p.key in keys), default=len(first.text))


def _second_copies(lines: list[_Line]) -> list[bool]:
    """Mark a whole stretch repeated (an extractor that took the story twice): the later copy.

    A repeated line (its words said by a line above) that is a sentence of
    at least 12 words marks the run of repeated lines holding it.

    >>> from ._page_lines import _lines
    >>> story = "Rain fell on the old town all night and the river rose two metres by dawn."
    >>> _second_copies(_lines(f"Floods\\n{story}\\nMore\\nFloods\\n{story}\\nShare"))
    [False, False, False, True, True, False]
    """
    n = len(lines)
    if not any(ln.term and ln.units >= 12 for ln in lines):
        # no sentence to start a copy (a text of short lines): nothing to mark
        # (hostile.py --only "_ODD_CASE alone" at 200 KB: _second_copies 26 -> 2.5 ms)
        return [False] * n
    first: set[str] = set()
    repeat = [False] * n
    for k, ln in enumerate(lines):
        repeat[k] = ln.key in first
        first.add(ln.key)
    seeds = [r and ln.term and ln.units >= 12 for r, ln in zip(repeat, lines, strict=True)]
    dup = [False] * n
    if not any(seeds):
        return dup
    # the runs of repeated lines holding a seed, found at C speed in a string of a character a line
    # ("\x01" repeated, "\x02" a seed), not by a pass each way in Python (benchmarks/page_parts.py
    # 8f0cd3d --family "data.places.US_STATE_VARIANTS alone", 10,500 lines: 1.8 -> 1.2 ms)
    marks = bytes(map(operator.add, repeat, seeds)).decode("ascii")
    for run in _REPEATED_RUN.finditer(marks):
        if "\x02" in run.group():
            start, end = run.span()
            dup[start:end] = [True] * (end - start)
    return dup


_REPEATED_RUN = lazy_re("[\x01\x02]+")


def _line_rules(lines: list[_Line], text: str, extract: bool, exact: Counter[str]) -> list[str | None]:
    """Name the rule that cuts each line on its own, if one does (None: kept)."""
    n = len(lines)
    dup = _second_copies(lines)
    listed = _listed(lines) if extract else [False] * n
    lead = 0  # the first paragraph of an extractor's output
    if extract:
        lead = next((k for k, ln in enumerate(lines) if ln.term and ln.units >= 8), n)
    folded = text.lower()
    credits = any(map(folded.__contains__, _CREDIT_MARKS))  # spares a look at every line
    first_line = lines[0]
    title = None  # an extractor's first line that is a title comes back as a copy
    if extract and 3 <= first_line.units <= 30 and not first_line.term:
        title = first_line.key
    embeds = "(@" in text
    stamps = min(lead, _HEAD_LINES)  # time stamps are sought above this line
    # the tests of a line's text, taken once a text (hostile.py's repeated short lines: 2x faster)
    boiler: dict[str, bool] = {}
    teaser: dict[str, bool] = {}
    credit: dict[str, bool] = {}
    rules: list[str | None] = [None] * n
    for k, ln in enumerate(lines):
        if 0 < k < stamps and _stamp(ln):
            rules[k] = "page-before-story"
        elif dup[k] or (exact[ln.key] >= 3 and _once(boiler, _boilerplate, ln)) or (k > 0 and ln.key == title):
            rules[k] = "page-repeated-line"  # boilerplate, or a copy of the title line
        elif (extract and _once(teaser, _cue_prefix, ln)) or (listed[k] and not (k < lead and _head(ln, k))):
            rules[k] = "page-link-list"
        elif credits and _once(credit, _caption, ln):
            rules[k] = "page-caption"
        elif embeds and _embedded(lines, k):
            rules[k] = "page-embed"
    return rules


def _tail(lines: list[_Line], rules: list[str | None], exact: Counter[str], extract: bool) -> int:
    """The first line of the tail to cut as furniture (``len(lines)``: none)."""
    n = len(lines)
    # a cue line in the second half followed by no more prose: the tail is furniture
    tail = n
    for k in range(n // 2, n):
        if _cue(lines[k]):
            if not any(ln.term and ln.units >= 20 for ln in lines[k + 1 :]):
                tail = k
            break
    if extract:
        # the end of an extractor's output: the suffix that costs most, if it costs enough
        total = low = 0.0
        low_at = n
        for k in range(n - 1, max(n // 2, 1) - 1, -1):
            # lines cut on their own count, but the repeated and credits pay nothing:
            # they come and go between the paragraphs of a story
            if rules[k] in (None, "page-link-list", "page-embed"):
                total += _tail_score(lines[k], exact[lines[k].key] > 1)
            if total < low:
                low, low_at = total, k
        if low <= -_TAIL_MIN:
            tail = min(tail, low_at)
    return tail


def _head(line: _Line, k: int) -> bool:
    """Whether line ``k`` above the lead may be the headline, a byline or a dateline."""
    return (k == 0 and line.text[:2] not in _BULLETS) or _byline_or_date(line)


def _caption(line: _Line) -> bool:
    """Whether a line of text that is no page is a picture credit."""
    return _credit(line, page=False)


def _listed(lines: list[_Line]) -> list[bool]:
    """Mark runs of list items (teaser lists, link lists, tables) in an extractor's output.

    >>> from ._page_lines import _lines
    >>> _listed(_lines("Rain fell.\\nBridge reopens\\nMarket moves\\nPort strike ends\\nIt did."))
    [False, True, True, True, False]
    """
    item = _by_text(lines, _list_item)
    out = [False] * len(lines)
    # runs of _RUN items or more, found at C speed in a string of a character a line ("\x01": an item)
    for run in _ITEM_RUN.finditer(bytes(item).decode("ascii")):
        start, end = run.span()
        out[start:end] = [True] * (end - start)
    return out


_ITEM_RUN = lazy_re(f"\x01{{{_RUN},}}")
