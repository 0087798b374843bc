"""The headline on a page whose text has no ``<title>`` line (html2text's and inscriptis's dumps).

Decides which line of such a page may be its headline (:func:`_may_head`):
no sentence, no menu item, no byline, stamp, credit or cue; and which of
them is: the lines the markup marks (html2text's ``#``), a breadcrumb's last
item the page repeats (:func:`_crumbs`), lines starting a head a byline or
a dated stamp signs (:func:`_strongly_signed`), lines a byline or a time
stamp follows (:func:`_headline_tiers`); then the headline over a
standfirst or at the start of the head a line stands in
(:func:`_over_standfirst`), or, with none of those, a headline-shaped line
leading into the story (:func:`_untitled_headline`).  A page with a title
line is :mod:`wiretext._page_head`'s; the scores and stretches are
:mod:`wiretext._page_score`'s.
"""

from __future__ import annotations

import re

from ._lazy import lazy_re
from ._page_cues import (
    _BY_WORDS,
    _ago,
    _byline_or_date,
    _credit,
    _credit_line,
    _cue,
    _dated,
    _icon,
    _names,
    _rights,
    _share,
    _stamp,
    _titled,
)
from ._page_lines import _CLOSERS, _INVISIBLE, _SHORT, _URL, _keyed, _Line, _toks
from ._page_score import _Page

_UNTITLED_REACH = 40
"""On a page with no title line, the headline is sought this many lines above the story's best stretch."""
_DIGIT = lazy_re(r"\d")
_TIMED = 6
"""A line of this many words or fewer with figures in it above a long headline is a time, not the headline."""
_BY_LABEL = lazy_re(r"(?:by|von|par|por|door|av|af|di|da|de|autor|author|text)[ \t]*:[ \t]*\w", re.IGNORECASE)
"""A byline behind a label: ``Von: Jane Roe``, ``By: Jane Roe``, ``Text: Jane Roe``."""
_ITEM = lazy_re(r"(?:[*+•·-]|\d{1,3}\.)[ \t]+(?=\w)")
"""A list item's mark: ``* Politics``, ``3. Quay reopens``."""
_CRUMB_REACH = 8
"""A breadcrumb's last item comes back as the page's headline within this many lines."""
_STANDFIRST = 15
"""A line of this many words or more, ending no sentence, under a shorter headline, is its standfirst."""


def _last(ln: _Line) -> str:
    """The line's last character but closing quotes, brackets and invisible ones."""
    return ln.text.translate(_INVISIBLE).rstrip(_CLOSERS)[-1:]


_REPEATS = 2
"""A short line that comes back more than this many times on a page is its furniture, not a headline."""
_HEADLINE_REPEATS = 5
"""A line of five words or more may come back this many times and be the headline (a breadcrumb repeats it)."""


def _boilerplate(page: _Page, ln: _Line) -> bool:
    """Whether a line comes back on the page as its furniture does: a short one three times, a longer one six."""
    return page.counts[ln.dkey] > (_HEADLINE_REPEATS if ln.units >= 5 else _REPEATS)


_GOES_ON = ("…", "...", "—", "–")
"""How a line that goes on from the one above starts: ``# … and the harbour reopens`` is no headline of its own."""


def _may_head(page: _Page, k: int, clean: list[bool], *, asks: bool = False, marked: bool = False) -> bool:
    """Whether line ``k`` of a page with no title line may be its headline.

    A headline ends no sentence; with ``asks``, where the markup marks the
    line or a byline follows it, it may ask a question (``Is the grid
    safe?``) in five words or more, fewer than a standfirst has; a heading
    the markup marks may exclaim too (``Quay reopens at last!``).
    """
    ln = page.lines[k]
    last = _last(ln)
    asks = asks and (last == "?" or (marked and last == "!")) and 5 <= ln.units < _STANDFIRST
    fewest = 2 if marked else 3  # a heading the markup marks may say it in two words ("Unbroken promise")
    if not clean[k] or (ln.term and not asks) or not fewest <= ln.units <= 40 or page.in_run[k] or page.cookie[k]:
        return False
    # a heading the markup marks may come back as a breadcrumb's and a teaser's words
    furniture = page.counts[ln.dkey] > _HEADLINE_REPEATS if marked else _boilerplate(page, ln)
    if ln.text.startswith(_GOES_ON) or last in ".:,;([" or furniture or _URL.search(ln.text):
        return False
    if _BY_LABEL.match(ln.text) or _icon(ln):
        return False
    below = page.lines[k + 1] if k + 1 < page.n else None
    if not marked and below is not None and _credit_line(below):
        return False  # a picture's caption over its credit (a heading the markup marks may stand over one)
    signed = (_byline_or_date(ln) and not (_titled(ln) and not _rights(ln))) or _names(ln)
    return not (signed or _dated(ln) or _ago(ln) or _credit(ln, page=True) or _cue(ln) or _share(ln))


def _signed(page: _Page, k: int) -> bool:
    """Whether a byline, a time stamp or an "Author" label follows line ``k`` within four lines."""
    return any(
        _byline_or_date(b) or _dated(b) or _ago(b) or _names(b) or b.text.casefold().startswith("author")
        for b in page.lines[k + 1 : k + 5]
    )


def _over_standfirst(page: _Page, k: int, clean: list[bool], *, below_head: bool = False) -> int:
    """The headline when line ``k`` is the standfirst under it, or (``below_head``) another line of its head."""
    k = _over_standfirst_line(page, k, clean)
    return _head_start(page, k, clean) if below_head else k


_HEAD_LINES = 5
"""How many lines above a line chosen on a page with no title line its story's headline is sought."""


def _head_start(page: _Page, k: int, clean: list[bool]) -> int:
    """The headline when line ``k`` stands inside the head of its story, under the headline.

    ``Section / Headline / standfirst / By ... / caption (k)``: between a
    page's headline and its lead stand a standfirst, bylines, time stamps,
    pictures' captions, buttons ("Save", "Listen"), any of which may look
    like a headline.  The headline is the line that starts the head: it
    follows the page's furniture (a section's label, a menu, a list), leads
    into a standfirst, a byline or a time stamp, and stands a line or more
    above ``k`` (right above it, it is a kicker over the headline ``k``),
    with no menu and no more than one long paragraph between them.
    """
    best = k
    longs = 0
    for j in range(k - 1, max(0, k - _HEAD_LINES - 1), -1):
        ln = page.lines[j]
        if page.in_run[j] or _ITEM.match(ln.text):
            break
        if j == k - 1:
            # right above: the headline over its dek (no shorter than it, nor twice as long, both
            # blocks of their own), else a kicker over the headline ``k``
            head = page.lines[k]
            crumbs = f" {ln.key}".endswith(f" {head.key}")  # a trail of sections ending in the headline
            dek = head.units <= ln.units <= 2 * head.units and ln.gap and head.gap and not crumbs
            dek = dek and _starts_head(page, j)
            if dek and _may_head(page, j, clean, asks=True):
                best = j
            continue
        if ln.units >= _STANDFIRST and not _may_head(page, j, clean, asks=True):
            longs += 1
            if longs > 1:
                break
            continue
        below = page.lines[j + 1]
        if ln.units > below.units >= 4 and f" {ln.key}".endswith(f" {below.key}"):
            # a trail of sections ending in the line below ("News Business Headline"): that is the headline
            if _may_head(page, j + 1, clean, asks=True):
                best = j + 1
            continue
        starts = ln.units >= 4 and ln.gap and _starts_head(page, j) and _leads(page, j)
        if starts and _may_head(page, j, clean, asks=True):
            best = j
    return best


def _leads(page: _Page, k: int) -> bool:
    """Whether line ``k`` leads into a story's head: a standfirst or a byline, a time stamp below it."""
    below = page.lines[k + 1]
    return below.units >= 12 or _byline_or_date(below) or _dated(below) or _ago(below) or _names(below)


def _starts_head(page: _Page, k: int) -> bool:
    """Whether line ``k`` follows a page's furniture: a label ("Politics"), a menu, a list."""
    above = page.lines[k - 1]
    return (above.units <= _SHORT and not above.term) or page.in_run[k - 1] or _ITEM.match(above.text) is not None


def _over_standfirst_line(page: _Page, k: int, clean: list[bool]) -> int:
    """The headline when line ``k`` is the standfirst under it: ``Headline / longer standfirst / By ...``.

    A standfirst (a summary set under the headline, often with no full stop)
    is long, or asks a question under a headline that does not; the line
    right above it, shorter, of five words or more, that may be a headline
    is the headline (unless it is a short line with figures, as a reading
    time is).
    """
    ln = page.lines[k]
    asks = _last(ln) == "?"  # a question under a headline is its standfirst, however short
    long = ln.units >= _STANDFIRST
    if k < 1 or not (long or asks) or not _may_head(page, k - 1, clean, asks=long or not asks):
        return k
    above = page.lines[k - 1]
    # a reading time or a time stamp above a long headline is no headline ("Reading time: 6 min"):
    # a short line with figures
    shorter = above.units < ln.units or not long  # a question standfirst may be the shorter
    timed = above.units <= _TIMED and _DIGIT.search(above.text)
    return k - 1 if above.units >= 5 and shorter and not timed else k


def _crumbs(page: _Page, clean: list[bool]) -> list[int]:
    """List items that a line a few lines below repeats: a breadcrumb's last item, the page's headline.

    ``1. Home / 2. World / 3. Quay reopens after repairs`` then, as the page
    shows it, ``Quay reopens: after repairs`` (the same words, not in a
    list).  The breadcrumb spells the headline as the page names it; the
    copy below is the page's display of it.
    """
    out = []
    lines = page.lines
    for k in range(page.n - 1):
        ln = lines[k]
        mark = _ITEM.match(ln.text)
        if mark is None or not clean[k] or not 3 <= ln.units <= 40 or page.cookie[k] or _URL.search(ln.text):
            continue
        key = _keyed(ln.text[mark.end() :])
        if len(key.split()) < 3 or _ITEM.match(lines[k + 1].text) or not k or not _ITEM.match(lines[k - 1].text):
            continue  # the last item of a breadcrumb, a list of two items or more
        for below in lines[k + 1 : k + _CRUMB_REACH]:
            if below.key == key and not _ITEM.match(below.text):
                out.append(k)
                break
    return out


def _under_crumb(page: _Page, k: int, clean: list[bool]) -> int:
    """The headline shown under a breadcrumb's last item at line ``k``, when it says other words.

    Line ``k`` is the item the markup marks as the headline (html2text's
    ``* # Row over the budget``).
    ``* Home / * Politics / * Row over the budget escalates`` then a kicker
    and ``Minister attacks the budget committee``: the breadcrumb names the
    story in other words than the headline shown over it (which shares some
    of them); the one shown is the headline.  Where the line below says the
    breadcrumb's own words, the breadcrumb stays (it spells them).
    """
    ln = page.lines[k]
    mark = _ITEM.match(ln.text)
    if mark is None:
        return k
    words = set(_toks(_keyed(ln.text[mark.end() :])))
    for j in range(k + 1, min(page.n, k + _CRUMB_REACH // 2 + 1)):
        below = page.lines[j]
        toks = set(_toks(below.key))
        if words <= toks:
            return k  # the breadcrumb's words again (perhaps after a kicker): it spells them
        if below.units >= 5 and _may_head(page, j, clean, asks=True) and toks & words:
            return j
    return k


def _headline_tiers(page: _Page, marked: list[int], clean: list[bool]) -> list[list[int]]:
    """Headline candidates on a page with no title line, best kind first.

    Lines the markup marks, then breadcrumbs the page repeats, then lines
    starting a head a byline or a dated stamp signs, then lines a byline or
    a time stamp follows.
    """
    heads = [k for k in marked if _may_head(page, k, clean, asks=True, marked=True)]
    signed = [k for k in range(page.n) if _may_head(page, k, clean, asks=True) and _signed(page, k)]
    strong = [k for k in signed if _strongly_signed(page, k, clean)]
    return [tier for tier in (heads, _crumbs(page, clean), strong, signed) if tier]


def _strongly_signed(page: _Page, k: int, clean: list[bool]) -> bool:
    """Whether line ``k`` starts a story's head that a byline or a dated stamp signs within three lines.

    ``Section / Headline / standfirst / By Jane Roe`` (or ``Author of the
    article:``, or ``12.03.2025, 09:14``): stronger than a line that names
    alone or a "3 hours ago" follow, as the teasers of a list of links are.
    The line holds five words or more, starts a block after the page's
    furniture (see :func:`_starts_head`), and is no kicker: the line below
    it is no shorter headline-shaped line than a standfirst is.
    """
    if page.lines[k].units < 5 or not page.lines[k].gap or k < 1 or not _starts_head(page, k):
        return False
    below = page.lines[k + 1] if k + 1 < page.n else None
    if below is not None and below.units < _STANDFIRST and _may_head(page, k + 1, clean, asks=True):
        return False  # a kicker over the headline, not a standfirst under it
    for b in page.lines[k + 1 : k + 4]:
        words = b.text.split()
        if words and (words[0].casefold() in _BY_WORDS or b.text.casefold().startswith("author") or _dated(b)):
            return True
    return False


def _untitled_headline(page: _Page, lo: int, hi: int, clean: list[bool]) -> int | None:
    """The headline of a story whose first paragraph is line ``lo``, on a page with no ``<title>`` line.

    Of the headline-shaped lines shortly above the story (or among its first
    lines), the one that a long line (a standfirst, the lead) follows, and
    the nearest.
    """
    lines = page.lines
    best: tuple[float, int] | None = None
    for k in range(max(0, lo - _UNTITLED_REACH), min(hi, lo + 3, page.n)):
        if not _may_head(page, k, clean):
            continue
        below = lines[k + 1 : k + 2]
        score = 1.0 * (bool(below) and below[0].units >= 12)
        score -= 0.03 * abs(lo - k)
        if best is None or score > best[0]:
            best = (score, k)
    return best[1] if best is not None else None


def _alone(page: _Page, k: int) -> bool:
    """Whether line ``k`` stands as a block of its own: a blank line above it and below it."""
    return page.lines[k].gap and (k + 1 >= page.n or page.lines[k + 1].gap)


def _untitled_quality(page: _Page, k: int) -> int:
    """How much line ``k`` looks like a page's headline among the candidates of its tier (more is better).

    A heading stands as a block of its own, a blank line above and below it
    (html2text and inscriptis set one around every heading), where a menu's
    item or a teaser's title stands among the lines of its block; a line right
    above a time stamp is more likely the byline than the headline.
    """
    below = page.lines[k + 1] if k + 1 < page.n else None
    return 2 * _alone(page, k) + (below is None or not _stamp(below)) + 1
