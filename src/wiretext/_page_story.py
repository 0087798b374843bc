"""The story block on a page: its lines, its head, and the debris cut inside it.

Decides, on a text laid out as a page, which lines are the story: the
best-paying stretch (:mod:`wiretext._page_score`), started at the headline
:mod:`wiretext._page_head` chose and carried over short breaks; then the
cuts: the ``<title>`` line, everything before the story and after it, and
inside it the debris of :func:`_debris` (repeated short lines, second copies
of paragraphs, runs of short lines, share bars, picture credits, cookie
notices, embedded posts, and furniture between the headline and the first
paragraph that is no byline or dateline).

Text that is not a page (an extractor's output, a dispatch) is
:mod:`wiretext._page_extract`'s; choosing the reader, and views of other
extractors' text, :mod:`wiretext.page`'s.
"""

from __future__ import annotations

import attrs

from ._lazy import lazy_re
from ._page_cues import _byline_or_date, _credit, _embedded, _share
from ._page_head import _Candidate, _choose, _Piece, _titled_headline
from ._page_score import _bridge, _Page, _stretches
from ._page_untitled import (
    _alone,
    _headline_tiers,
    _over_standfirst,
    _strongly_signed,
    _under_crumb,
    _untitled_headline,
    _untitled_quality,
)
from ._spans import Cut


@attrs.frozen
class Story:
    """Where the story stands inside a page's text.

    ``headline`` is the span of the story's title (inside the page's own
    headline line, or inside the ``<title>`` line at the top when that spells
    it better), or ``None``.  ``start`` and ``end`` bound the story: headline,
    byline, dateline and body.  ``cuts`` are the spans to remove as page
    furniture, each named by a rule: everything outside ``[start, end)`` and
    the debris inside it; they are sorted and do not overlap.

    >>> Story(headline=(0, 5), start=0, end=40, cuts=(Cut(6, 12, "page-share"),))
    Story(headline=(0, 5), start=0, end=40, cuts=(Cut(start=6, end=12, rule='page-share'),))
    """

    headline: tuple[int, int] | None
    start: int
    end: int
    cuts: tuple[Cut, ...]


_BULLET = lazy_re(r"(?:[*+•·-]|\d{1,3}\.)[ \t]+(?=[^\s*+•·-])")
"""A list item's mark before a line the markup marks as a headline ("* # Headline" in html2text)."""


# ---------------------------------------------------------------------------
# A page with a <title> line
# ---------------------------------------------------------------------------


def _page_story(page: _Page, pieces: list[_Piece]) -> Story | None:
    """Find the story on a page, whose first line is the title cut into ``pieces``."""
    if page.n < 3:
        return None
    page.score()
    stretches = _stretches(page.scores, 1)
    if not stretches:
        return None
    head, piece, lo, hi, head_end = _titled_headline(page, pieces, stretches)
    hi = max(_bridge(page, stretches, hi), min(lo + 1, page.n))
    cuts: list[Cut] = []
    headline, start, zone = _title_cuts(page, head, piece, lo, head_end, cuts)
    end = page.lines[hi - 1].end
    _cut_after_and_debris(page, lo, hi, zone, cuts)
    if not cuts:
        return None
    return Story(headline=headline, start=start, end=end, cuts=tuple(sorted(cuts)))


def _title_cuts(
    page: _Page, head: int | None, piece: _Piece | None, lo: int, head_end: int, cuts: list[Cut]
) -> tuple[tuple[int, int] | None, int, range]:
    """Add the cuts of the title line and of what stands before the story.

    Gives the headline's span, the story's start, and the zone.

    ``head`` is the headline's line (``piece`` the title's piece that spells
    it), ``lo`` the first paragraph, ``head_end`` where the title's headline
    ends before its site names.  The zone holds the lines between the
    headline and the first paragraph.
    """
    lines = page.lines
    title = lines[0]
    if head is not None:
        line = lines[head]
        spelled = piece is not None and (
            line.text.casefold() != title.text[piece.start : piece.end].casefold()
        )
        if piece is not None and spelled:
            # the title spells the headline: point there, cut the page's copy
            headline = (title.start + piece.start, title.start + piece.end)
            start = title.start
            if piece.end < len(title.text):
                cuts.append(Cut(headline[1], title.end, "page-title"))
            if head > 1:
                cuts.append(Cut(lines[1].start, lines[head - 1].end, "page-before-story"))
            cuts.append(Cut(line.start, line.end, "page-repeated-line"))
        else:
            headline = (line.start, line.end)
            start = line.start
            cuts.append(Cut(title.start, title.end, "page-title"))
            if head > 1:
                cuts.append(Cut(lines[1].start, lines[head - 1].end, "page-before-story"))
        return headline, start, range(head + 1, lo)
    if lo > 0:
        # no headline on the page: the title less its site names
        headline = (title.start, title.start + head_end)
        if head_end < len(title.text):
            cuts.append(Cut(headline[1], title.end, "page-title"))
        if lo > 1:
            cuts.append(Cut(lines[1].start, lines[lo - 1].end, "page-before-story"))
        return headline, title.start, range(0)
    return None, lines[lo].start, range(0)


def _cut_after_and_debris(page: _Page, lo: int, hi: int, zone: range, cuts: list[Cut]) -> None:
    """Add the cuts of what follows the story's lines ``lo:hi``, and of the debris inside it and its head ``zone``."""
    lines = page.lines
    if hi < page.n:
        cuts.append(Cut(lines[hi].start, lines[-1].end, "page-after-story"))
    seen: set[str] = set()
    for k in [*zone, *range(lo, hi)]:
        rule = _debris(page, k, zone, seen)
        seen.add(lines[k].key)
        if rule is not None:
            cuts.append(Cut(lines[k].start, lines[k].end, rule))

def _debris(page: _Page, k: int, zone: range, seen: set[str]) -> str | None:
    """Name the rule that cuts line ``k`` of the story, if one does.

    ``zone`` holds the lines between the headline and the first paragraph.
    """
    ln = page.lines[k]
    if page.cookie[k]:
        return "page-cookie"
    if (page.counts[ln.dkey] > 1 and ln.units < 15) or (ln.units >= 15 and ln.key in seen):
        return "page-repeated-line"
    if page.in_run[k]:
        return "page-link-list"
    if _embedded(page.lines, k):
        return "page-embed"
    if _share(ln):
        return "page-share"
    if _credit(ln, page=True) or (not ln.gap and ln.units <= 6 and not ln.term):
        return "page-caption"
    below = page.lines[k + 1] if k + 1 < page.n else None
    if below is not None and not below.gap and _credit(below, page=True) and ln.units <= 60:
        return "page-caption"  # the caption above its credit line
    if k in zone and page.scores[k] <= 0:
        near = k - zone.start < 6 or zone.stop - k <= 6
        if not (near and _byline_or_date(ln)):
            return "page-before-story"
    return None



# ---------------------------------------------------------------------------
# A page with no <title> line (html2text, inscriptis)
# ---------------------------------------------------------------------------


def _untitled_story(page: _Page, marked: list[int], clean: list[bool]) -> Story | None:
    """Find the story on a page whose text has no ``<title>`` line.

    ``marked`` are the lines the markup marks as headlines; ``clean[k]``
    says whether line ``k`` stands in the text as it does in the view (no
    markup inside it), as a headline must.
    """
    lines = page.lines
    page.score()
    stretches = _stretches(page.scores, 0)
    if not stretches:
        return None
    lo, hi, _top = max(stretches, key=lambda s: s[2])
    head: int | None = None
    # the lines the markup marks as headlines, else those a byline or a time
    # stamp follows: the one followed most closely by a well-paying stretch
    for tier in _headline_tiers(page, marked, clean):
        # a line right above a time stamp is more likely the byline than the headline
        cands: list[_Candidate] = [(_untitled_quality(page, k), k, None) for k in tier]
        chosen = _choose(page, cands, stretches)
        if chosen is not None:
            (_q, head, _p), (lo, hi, _w) = chosen
            if head in marked:  # a breadcrumb the markup marks as the headline (html2text's "* # ")
                head = _under_crumb(page, head, clean)
            break
    else:
        head = _untitled_headline(page, lo, hi, clean)
    if head is not None:
        # a line that starts a head a byline signs is no line inside it
        inside = head not in marked and not _strongly_signed(page, head, clean)
        up = _over_standfirst(page, head, clean, below_head=inside)
        # a heading standing alone is no line inside the head of a story that starts in a block above
        head = up if _alone(page, up) or not _alone(page, head) else _over_standfirst(page, head, clean)
        lo = max(lo, head + 1)
    hi = max(_bridge(page, stretches, hi), min(lo + 1, page.n))
    cuts: list[Cut] = []
    if head is not None:
        bullet = _BULLET.match(lines[head].text)
        start = lines[head].start + (bullet.end() if bullet is not None else 0)
        headline: tuple[int, int] | None = (start, lines[head].end)
        if head > 0:
            cuts.append(Cut(lines[0].start, lines[head - 1].end, "page-before-story"))
        zone = range(head + 1, lo)
    else:
        headline = None
        start = lines[lo].start
        if lo > 0:
            cuts.append(Cut(lines[0].start, lines[lo - 1].end, "page-before-story"))
        zone = range(0)
    end = lines[hi - 1].end
    _cut_after_and_debris(page, lo, hi, zone, cuts)
    return Story(headline=headline, start=start, end=end, cuts=tuple(sorted(cuts)))
