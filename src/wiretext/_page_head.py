"""The headline on a page: from its ``<title>`` line, or, without one, a line leading into the story.

Decides where a page's headline stands.  The first line of a page is usually
its ``<title>`` (``Headline - Section - Site``): it is cut into pieces at its
separators (:func:`_title_pieces`), and lines further down that repeat a
piece, word for word, mostly, or less a kicker, are candidates
(:func:`_candidates`; the title spells a line that shows its piece with
something of the page beside it, :func:`_spelled_by_title`); the candidate followed most closely by a well-paying
stretch wins (:func:`_choose`).  Then the page's own headline under a
repeated title (:func:`_displayed_headline`), a headline split over two
lines (:func:`_split_headline`), a headline-shaped line near the story
(:func:`_nearby_headline`), the title less its site names
(:func:`_site_trimmed`), and a "Skip to content" link above the title
(:func:`_skip_link`).  A page with no ``<title>`` line is
:mod:`wiretext._page_untitled`'s.

The scores and stretches it reads are :mod:`wiretext._page_score`'s; the
cuts that follow from the headline (the title line, what stands before it)
are :mod:`wiretext._page_story`'s.

>>> title = "Storm closes port | Example Times"
>>> [title[p.start:p.end] for p in _title_pieces(title)]
['Storm closes port | Example Times', 'Storm closes port']
>>> title = "Storm closes port - News - Example Times"
>>> title[:_site_trimmed(title)]
'Storm closes port'
"""

from __future__ import annotations

import bisect
import re
from itertools import islice

from ._lazy import lazy_re
from ._page_cues import _BY_WORDS, _credit
from ._page_lines import _CLOSERS, _INVISIBLE, _SHORT, _URL, _WORD, _keyed, _Line, _toks
from ._page_score import _Page, _Stretch

_TITLE_SEP = lazy_re(
    r"""(?<!\s)\s+[-|–—·•:›»~/*]{1,2}\s+   # "Headline - Site", "A :: B", "A / B"
      | (?<!\s)\s*[|｜]\s*                  # "Headline|Site"
      | (?<!\s)\s*--\s*                     # "标题--国内--示例网"
      | _                                   # "Headline_Site"
      | (?<!\s)\s+[-–—]\s*$                 # a dangling dash""",
    re.VERBOSE,
)
"""Separators between the pieces of a ``<title>`` line.  A match starts only where
white space starts (the look-behinds), so a long run of blanks is scanned once."""

_MAX_TITLE = 1_000
"""A title line is read no further than this."""

_LOOKAHEAD = 3
"""How many of the well-paying stretches after a headline candidate compete for it."""
_DECAY = 15.0
"""A stretch starting this many lines (beyond the first five) after a candidate counts half."""

_AFTERTHOUGHT = 0.5
"""A title copy after the page's best stretch leads the story only into a stretch worth this share of it."""


class _Piece:
    """A stretch ``[start, end)`` of the title line and its comparison tokens."""

    __slots__ = ("end", "key", "prefix", "start", "toks")

    def __init__(self, title: str, start: int, end: int, prefix: bool) -> None:
        self.start = start
        self.end = end
        self.prefix = prefix  # it starts the title: "Headline" of "Headline - Site"
        self.key = _keyed(title[start:end])
        self.toks = set(_toks(self.key))


def _title_pieces(title: str) -> list[_Piece]:
    """Cut the title line into pieces: itself, its prefixes and long suffixes at separators."""
    seps = [(m.start(), m.end()) for m in islice(_TITLE_SEP.finditer(title), 12)]
    spans = [(0, len(title), True)]
    spans += [(0, a, True) for a, _ in seps]
    spans += [(b, len(title), False) for _, b in seps]
    pieces: list[_Piece] = []
    seen: set[str] = set()
    for a, b, prefix in spans:
        piece = _Piece(title, a, b, prefix)
        if piece.key in seen or len(piece.toks) < 2:
            continue
        if not prefix and pieces and len(piece.toks) * 2 < len(pieces[0].toks):
            continue  # "Site" of "Headline | Site": a short suffix names the site
        seen.add(piece.key)
        pieces.append(piece)
    return pieces


_GLUE = lazy_re(r"(?<=\S)(?:[ \t\u00a0]{2,}|[\u200b\u200c\u200d\u2060\ufeff]+)(?=\S)")
"""Where get_text() glues the next block to the ``<title>`` on its line: a run of blanks, zero-width characters."""


def _glued_end(title: str) -> int:
    """Where the ``<title>`` ends on a first line that goes on with the next block of the page.

    ``Quay reopens | Harbour Herald\u200c\u200cSkip to main content``: get_text() puts the
    page's first block right after the title, apart by blanks or zero-width characters only.

    >>> t = "Quay reopens after repairs | Harbour Herald  Skip to main content"
    >>> t[:_glued_end(t)], _glued_end("Quay reopens") == len("Quay reopens")
    ('Quay reopens after repairs | Harbour Herald', True)
    """
    for m in _GLUE.finditer(title):
        if len(_WORD.findall(title[: m.start()])) >= 3:
            return m.start()
    return len(title)


def _site_trimmed(title: str) -> int:
    """Where the title's headline ends: before trailing short pieces (site, section, date)."""
    end = len(title)
    for _ in range(12):
        last = None
        for m in _TITLE_SEP.finditer(title, 0, end):
            last = m
        if last is None:
            break
        if len(_toks(_keyed(title[last.end() : end]))) > 3:
            break
        if len(_WORD.findall(title[: last.start()])) < 3:
            break
        end = last.start()
    return end



def _repeated_below(lines: list[_Line], k: int, pieces: list[_Piece]) -> bool:
    """Whether a line after line ``k`` repeats one of the pieces of line ``k``."""
    keys = {p.key for p in pieces}
    return any(ln.key in keys for ln in islice(lines, k + 1, None))  # no copy of the lines


def _skip_link(lines: list[_Line], pieces: list[_Piece]) -> list[_Piece] | None:
    """The title's pieces when a short link ("Skip to content") stands above the title line.

    The first line is then short and comes back nowhere, while the second
    line comes back below as the page's headline.
    """
    first = lines[0]
    if first.units > _SHORT or first.term or _repeated_below(lines, 0, pieces):
        return None
    second = _title_pieces(lines[1].text[:_MAX_TITLE])
    return second if _repeated_below(lines, 1, second) else None



def _titled_headline(
    page: _Page, pieces: list[_Piece], stretches: list[_Stretch]
) -> tuple[int | None, _Piece | None, int, int, int]:
    """The headline on a page whose first line is the title cut into ``pieces``.

    Gives the headline's line (or None), the title's piece that spells it
    (or None), the story's first paragraph and the end of its stretch, and
    where the title's headline ends before its site names.
    """
    title = page.lines[0]
    lo, hi, _top = max(stretches, key=lambda s: s[2])
    head_end = _site_trimmed(title.text[: _glued_end(title.text[:_MAX_TITLE])])
    head_toks = set(_toks(_keyed(title.text[:head_end])))
    head: int | None = None
    piece: _Piece | None = None
    chosen = _choose(page, _candidates(page, pieces), stretches)
    if chosen is not None and chosen[1][0] > hi and chosen[1][2] < _AFTERTHOUGHT * _top:
        chosen = None  # the title comes back in a teaser list below the story, before a footer
    if chosen is not None:
        (_q, head, piece), (lo, hi, _w) = chosen
        shown = _displayed_headline(page, head, head_toks)
        if shown != head:
            head, piece = shown, None
        lo = max(lo, head + 1)
    else:
        head = _nearby_headline(page, lo, head_toks)
    if head is not None and piece is None:
        piece = _split_headline(title.text[:_MAX_TITLE], page.lines, head)
    if head is not None and piece is None and page.lines[head].text.rstrip(_CLOSERS).endswith(":"):
        # "Kicker:" over a line in other words than the title's: the title that starts with the kicker spells it
        line_key = page.lines[head].key
        if len(line_key) < len(title_key := _keyed(title.text[:head_end])) and title_key.startswith(f"{line_key} "):
            piece = _Piece(title.text, 0, head_end, True)
    return head, piece, lo, hi, head_end


_Candidate = tuple[int, int, "_Piece | None"]  # (quality, line, title piece it spells)


def _candidates(page: _Page, pieces: list[_Piece]) -> list[_Candidate]:
    """Lines repeating the title: word for word (3), or mostly, or less a kicker (2)."""
    if not pieces:
        return []
    whole = pieces[0].toks
    by_key = {p.key: p for p in pieces}
    out: list[_Candidate] = []
    lines = page.lines
    # a page with no blank line (get_text()'s blocks, each on a line of the view) tells no list by its gaps
    spaced = page.gaps > 1
    for k in range(1, page.n):
        ln = lines[k]
        if not 2 <= ln.units <= 60:
            continue
        exact = by_key.get(ln.key)
        if exact is not None:
            if not _URL.search(ln.text):
                out.append((3, k, exact))
            continue
        if spaced and not ln.gap and not (k + 1 < page.n and lines[k + 1].gap):
            continue  # inside a list (a table of contents)
        words = _toks(ln.key)
        common = whole.intersection(words)
        if len(common) < 2:
            continue  # less than 0.6 of three words or more: most lines, told without a set of their words
        toks = set(words)
        # a piece of the title shares no more words than the whole title does
        if len(toks) < 3 or len(common) < 0.6 * len(toks) or _URL.search(ln.text):
            continue
        matched = False
        kicked: _Piece | None = None
        for p in pieces:
            shared = len(toks & p.toks)
            if not p.prefix or shared < 0.6 * max(len(toks), len(p.toks)):
                continue
            matched = True
            # blocks glued on a line hold the title's headline, not the whole title (site and all)
            glued = not spaced and not (p is pieces[0] and len(pieces) > 1)
            if _spelled_by_title(ln, p, shared, glued=glued):
                kicked = p
                break
        if matched:
            out.append((2, k, kicked))
        elif len(toks & whole) >= 0.9 * len(toks) and len(toks) >= 0.4 * len(whole):
            out.append((2, k, None))  # the title less its kicker
    return out


def _spelled_by_title(ln: _Line, p: _Piece, shared: int, *, glued: bool) -> bool:
    """Whether line ``ln``, sharing ``shared`` words with the title's piece ``p``, is that piece and more.

    The line then shows the headline with something of the page beside it,
    and the title spells the headline.  ``glued``: the page's blocks may
    stand on one line apart by a blank (a page with no blank line).
    """
    # "Kultur : Title": the line is the title behind a kicker
    if shared == len(p.toks) and any(q.key == p.key for q in _title_pieces(ln.text)):
        return True
    # "Title by Jane Roe | 5 May 2025": a byline glued after the title
    rest = ln.key[len(p.key) :].split() if ln.key.startswith(f"{p.key} ") else []
    if rest and rest[0] in _BY_WORDS and len(rest) <= 12:
        return True
    if len(p.toks) < 3:
        return False
    # "Trending Title", "Title Share": a block of the page on the title's line, apart by a blank only
    # (get_text() of a page with no blank line: its source set the blocks apart by one blank)
    if glued and f" {p.key} " in f" {ln.key} ":
        return True
    # "Science & TechnologyTitle": a section's name glued to the title's first word (no space, no separator)
    run_on = not f" {ln.key}".endswith(f" {p.key}")
    return run_on and ln.key.replace(" ", "").endswith(p.key.replace(" ", ""))


def _choose(
    page: _Page, cands: list[_Candidate], stretches: list[_Stretch]
) -> tuple[_Candidate, _Stretch] | None:
    """Pick the candidate followed most closely by a well-paying stretch, and that stretch."""
    top = max(s[2] for s in stretches)
    floor = max(15.0, 0.15 * top)
    good = [s for s in stretches if s[2] >= floor]
    ends = [s[1] for s in good]
    options: list[tuple[float, int, int, _Stretch, _Candidate]] = []
    for cand in cands:
        q, c, _piece = cand
        i = bisect.bisect_right(ends, c + 1)
        for s in good[i : i + _LOOKAHEAD]:
            if s[0] - c > 200:
                break
            worth = page.worth(max(s[0], c + 1), s[1])
            if worth > 0:
                near = worth / (1.0 + max(0, s[0] - c - 5) / _DECAY)
                options.append((near, q, c, s, cand))
    if not options:
        return None
    win = max(options, key=lambda o: o[:3])
    # of the candidates leading into that stretch: the best-matching, then the nearest
    same = [o for o in options if o[3] == win[3] and o[2] <= max(win[2], win[3][0])]
    best = max(same, key=lambda o: (o[1], o[2]))
    return best[4], best[3]


def _nearby_headline(page: _Page, lo: int, title_toks: set[str]) -> int | None:
    """Find a headline-shaped line shortly before line ``lo`` sharing words with the title."""
    best: tuple[float, int] | None = None
    for k in range(lo - 1, max(0, lo - 25), -1):
        if not page.headline_shaped(k):
            continue
        toks = set(_toks(page.lines[k].key))
        shared = len(toks & title_toks)
        if shared < 2 or shared < 0.15 * len(toks):
            continue
        score = shared / len(toks)
        if best is None or score > best[0]:
            best = (score, k)
    if best is None:
        return None
    k = best[1]
    before = page.lines[k - 1]
    # "Headline / longer standfirst": the first of the two is the headline
    if (
        k > 1
        and page.headline_shaped(k - 1)
        and 5 <= before.units <= page.lines[k].units
        and set(_toks(before.key)) & title_toks
    ):
        return k - 1
    return k


def _displayed_headline(page: _Page, c: int, title_toks: set[str]) -> int:
    """Find the page's own headline when the title's copy at ``c`` is followed by one.

    Some pages repeat the title, then show a kicker and their own headline right
    above the lead: ``Title copy / Kicker / Headline / Lead``.
    """
    lines = page.lines
    k = c + 2
    if k + 1 >= page.n or lines[c + 1].units > _SHORT or lines[c + 1].term:
        return c
    ln, lead = lines[k], lines[k + 1]
    if not (lead.term and lead.units >= 12) or not 5 <= ln.units <= 40:
        return c
    if ln.text.rstrip(_CLOSERS)[-1:] in ".:,;|" or page.counts[ln.dkey] > 2 or _credit(ln, page=True):
        return c  # a picture credit over the lead is no headline
    toks = _toks(ln.key)
    if not set(toks) & title_toks or sum(t.isdigit() for t in toks) * 3 >= len(toks):
        return c
    return k


def _split_headline(title: str, lines: list[_Line], k: int) -> _Piece | None:
    """Take the headline from the title when the page splits it (``Kicker`` / ``Headline``)."""
    words = list(_WORD.finditer(title.translate(_INVISIBLE)))
    for a, b in ((k - 1, k), (k, k + 1)):
        if a < 1 or b >= len(lines):
            continue
        joined = f"{lines[a].key} {lines[b].key}".split()
        m = len(joined)
        if 3 <= m <= len(words) and [w.group().casefold() for w in words[:m]] == joined:
            # offsets in the title less invisible characters: map back to the title
            return _Piece(title, 0, _unshift(title, words[m - 1].end()), True)
    return None


def _unshift(text: str, pos: int) -> int:
    """Map offset ``pos`` of ``text`` less its invisible characters back into ``text``."""
    seen = 0
    for i, ch in enumerate(text):
        if seen == pos:
            return i
        if ord(ch) not in _INVISIBLE:
            seen += 1
    return len(text)
