r"""Find the story inside the text of a whole scraped web page.

A scraper hands over the text of a whole page: html-text's layout dump, a
BeautifulSoup ``get_text()``, or a main-text extractor's output such as
trafilatura's.  Around the dispatch stand menus, breadcrumbs, share bars,
cookie banners, picture credits, "Related" lists, comments and footers.
:func:`find_story` says where the story stands: the headline's span, the
offsets where the story starts and ends, and the page furniture to cut, each
cut named by a rule.  It only points; it never changes the text.

>>> page = "\n".join([
...     "Storm closes port - News - Example Times",
...     "", "Home", "World", "Business", "Sport", "",
...     "Storm closes port", "",
...     "The harbour authority closed the port on Monday as winds reached "
...     "120 km/h along the coast, stranding dozens of ships at anchor.", "",
...     "Officials said the port would reopen once the storm has passed, "
...     "probably on Wednesday, and that no one had been hurt so far.", "",
...     "Related", "Ferries cancelled", "Flood warning issued", "",
...     "© 2024 Example Times. All rights reserved.",
... ])
>>> story = find_story(page)
>>> page[story.headline[0]:story.headline[1]]
'Storm closes port'
>>> page[story.start:story.end].splitlines()[-1][:40]
'Officials said the port would reopen onc'
>>> sorted({cut.rule for cut in story.cuts})
['page-after-story', 'page-before-story', 'page-title']

Theory of operation
-------------------
The text is cut into lines; a line keeps its offsets, its words (casefolded
``\w+`` runs; a run of CJK characters counts a word for every three of them)
and whether it ends a sentence.  Blank lines matter: layout dumps put one
between blocks, so a short line *without* a blank line before it belongs to
the block above (a picture credit under its caption, an item of a menu).

1. **Page or story?**  A page shows many short lines that end no sentence
   (menu items, buttons) in a layout of blank-line separated blocks, or its
   first line is the HTML ``<title>`` and comes back further down (a short
   "Skip to content" link may stand above it).  Text that shows neither is
   *text*, and its layout tells what it is:

   - *wire copy* -- hard-wrapped (lines going on in lower case from a line
     that ends no sentence) or set in capitals, as Reuters-1987 or MUC
     messages are -- stays whole: the answer is ``None``.  Most copy is told
     at a glance, from its raw lines, before any line's words are read: the
     same tests on bounds that need no word counts, so the early answer is
     the answer the whole reading would give.
   - *an extractor's output* (trafilatura: a paragraph a line) is cut where
     it carries furniture: a time stamp above the lead, runs of three short
     or bulleted lines ending no sentence (teaser and link lists, tables),
     teasers behind a cue ("Lesen Sie auch: ...", "MORE: ..."), posts
     embedded from social networks, and its end when the end costs: a
     right-to-left scan finds the suffix that costs most, where sentences
     pay their words and cue lines, contact lines (an e-mail address, a
     link), short lines ending no sentence, widget labels that come back,
     reader questions ("Feedback?"), teasers cut off mid-sentence and lines
     saying the same words twice (a link's title and text) cost.
   - any other text (a brief, a table of figures) gets only the safest cuts.

   Everywhere in text, a repeated copy of the story, boilerplate lines that
   come back three times, picture credits, and a tail after "Related" /
   "Comments" holding no more prose are cut; with nothing to cut the answer
   is ``None``.

2. **Scores.**  Each line of a page scores by its size: a sentence (it ends
   with ``. ! ? 。`` ...) earns its words minus a small cost; a line that ends
   no sentence earns a third of its words minus a larger cost, so that menu
   items, teaser titles and buttons cost and paragraphs pay.  Lines repeated
   on the page, lines inside runs of short lines (menus, link lists), cue
   lines opening a block of links ("Related", "Mehr zum Thema", "関連記事", a
   short multilingual list used as a secondary signal) and cookie notices
   cost more; a rights notice ("© 2024 Site", "All rights reserved") is a wall
   the story does not cross.

3. **Stretches.**  A left-to-right scan groups the lines into stretches of
   prose: a stretch starts at a paying line and ends where its running sum
   has fallen well below its best (an X-drop, so a few captions or an inline
   box do not end a story but a menu does); each stretch is then trimmed to
   its best-paying suffix.  A stretch that starts within a few lines after
   the end of the chosen one, and pays more than the break costs, is joined
   to it (ads between paragraphs).

4. **Headline.**  The first line of a page is usually its ``<title>``:
   ``Headline - Section - Site`` or ``Headline | Site``.  Lines further down
   that repeat the title or one of its prefixes (word for word, or sharing
   most of their words, or being the title less a kicker) are headline
   candidates; the candidate followed most closely by a well-paying stretch
   wins, and the story starts there.  Pages that repeat the title and then
   show ``Kicker / own headline / lead`` get their own headline; a headline
   the page splits over two lines (``Kicker`` / ``Headline``) is taken whole
   from the title.  Where the title and the page spell the same words
   differently (straight and curly quotes, a colon the layout lost) the
   title's spelling is kept.  Without a candidate, a headline-shaped line
   shortly before the stretch that shares words with the title is taken;
   failing that, the title less its site and section names.

5. **Debris.**  Between the headline and the first paragraph, lines that do
   not pay are cut unless they may be the byline or dateline; inside the
   story, short lines repeated elsewhere on the page, second copies of
   paragraphs, runs of short lines, share bars, cookie notices and picture
   credits are cut.

6. **Other extractors.**  Text that html2text (Markdown), BeautifulSoup's
   ``get_text()`` (the page's blocks glued together) or inscriptis
   (indented, no ``<title>`` line) made is read through a view of it
   (:mod:`wiretext._pagetext`): the markup left out, wrapped lines joined,
   glued blocks put on lines of their own; the story found in the view is
   pointed at in the text.  With no ``<title>`` line, the headline is a line
   the markup marks (html2text's ``#``), else one a byline or time stamp
   follows, leading into the story.

Every step is a single pass or a bounded window over the lines, and every
regular expression is linear, so the time is linear in the size of the text.
Plain dispatches, the most common input, cost least: two-line items are
answered from their line count, wire copy from one pass over its raw lines;
lines are read (words counted, casefolded) only when the text may be a page
or an extractor's output, and scored only on a page.  Cheap string tests
spare most lines the slower searches (rights notices, credits, cookies).

Where each step lives: lines are read in :mod:`wiretext._page_lines`, told
what they are in :mod:`wiretext._page_cues` (tables and one-line tests),
scored and grouped into stretches in :mod:`wiretext._page_score`; a page's
headline is chosen in :mod:`wiretext._page_head` (with no title line, in
:mod:`wiretext._page_untitled`) and its story block and
debris cut in :mod:`wiretext._page_story`; text that is not a page is read
in :mod:`wiretext._page_extract`, and plain copy told at a glance in
:mod:`wiretext._page_glance`.  This module chooses the reader.

Rules
-----
``page-title``
    The ``<title>`` line at the top (all of it when the headline is found
    below, its site and section names when the headline is taken from it).
``page-before-story``
    Everything between the title line and the story: menus, breadcrumbs,
    banners, teasers; and, between the headline and the first paragraph,
    furniture such as "Listen", "Share", reading times, time stamps
    ("Stand: 22.04.2024, 06:00 Uhr"); a "Skip to content" link above the
    title.
``page-after-story``
    Everything after the story's end: related links, "More from", comments,
    newsletters, footers, rights notices, consent banners; in an extractor's
    output, the end that costs (calls to write in, author boxes, link
    lists, teasers).
``page-repeated-line``
    A short line that comes back elsewhere on the page (an "Advertisement"
    marker, a "Continue reading below"), the second copy of a paragraph, or
    the page's copy of a headline taken from the title.
``page-link-list``
    A run of short lines with no blank line between them (an inline menu);
    in an extractor's output, a run of short or bulleted lines ending no
    sentence, or a teaser behind a cue ("Read more: Title").
``page-embed``
    A post embedded from a social network: its signature ("— Name (@handle)
    May 6, 2025") and the line ending with its link.
``page-share``
    A share bar ("Share on Facebook", "Artikel teilen", "シェア").
``page-caption``
    A picture credit ("Foto: dpa", "© Reuters", "Getty Images") or a short
    line hanging under a caption.
``page-cookie``
    A consent or cookie notice inside the story.
``page-markup``
    html2text's Markdown: a link's brackets and address, a picture, the
    marks of bold text and headings, an escape.
"""

import bisect

import attrs

from ._page_extract import _text_story
from ._page_glance import _KEEP, _plain_copy, _plain_few, _plain_read, _read_first
from ._page_head import _MAX_TITLE, _repeated_below, _skip_link, _title_pieces
from ._page_lines import _Line, _lines
from ._page_score import _Page
from ._page_story import Story, _page_story, _untitled_story
from ._pagetext import _GLUED_LINE, View, view
from ._spans import Cut

__all__ = ["Story", "find_story"]


def __dir__() -> list[str]:
    return list(__all__)


def find_story(text: str) -> Story | None:
    r"""Return where the story stands in a page's text, or None when it is already a story.

    ``text`` is the text of a whole page (a layout dump, ``get_text()``, or a
    main-text extractor's output).  The answer's offsets index ``text``; see
    :class:`Story` and the module's rules.  ``None`` means there is nothing to
    cut: a plain dispatch stays whole.  Never raises on a ``str``.

    >>> page = "\n\n".join([
    ...     "Rain floods old town | Daily Example",
    ...     "News\nSport\nWeather\nCulture\nTravel\nOpinion",
    ...     "Rain floods old town",
    ...     "Heavy rain flooded the old town overnight, forcing dozens of "
    ...     "residents to leave their homes before dawn.",
    ...     "The river rose two metres in six hours, the fire brigade said, and "
    ...     "more rain is expected on Friday.",
    ...     "Share on Facebook",
    ...     "More from Daily Example\nBridge reopens\nMarket moves",
    ...     "Imprint\nPrivacy\nContact\nJobs",
    ... ])
    >>> story = find_story(page)
    >>> page[story.headline[0]:story.headline[1]]
    'Rain floods old town'
    >>> page[story.start:story.end].endswith("expected on Friday.")
    True
    >>> find_story("BEIRUT (Reuters) - Talks resumed on Monday, officials said.") is None
    True

    An extractor's output (a paragraph a line) loses the end that costs:

    >>> text = "\n".join([
    ...     "Storm closes port",
    ...     "The harbour authority closed the port on Monday as winds reached 120 km/h.",
    ...     "Dozens of ships waited at anchor outside the breakwater, the coast guard said.",
    ...     "Officials said the port would reopen once the storm has passed, on Wednesday.",
    ...     "Read more: Ferries cancelled as storm nears",
    ...     "Got a story? Write to news@example.com",
    ...     "Log in to comment",
    ... ])
    >>> story = find_story(text)
    >>> text[story.start:story.end].endswith("on Wednesday.")
    True
    >>> [(cut.rule, text[cut.start:cut.end].split("\n")[0]) for cut in story.cuts]
    [('page-after-story', 'Read more: Ferries cancelled as storm nears')]
    """
    # html2text's text holds a link's "]", get_text()'s a line of _GLUED_LINE characters: a text
    # with neither (most copy) is not asked for such a view (profiled.py, cProfile: find_story 6 -> 2 ms
    # in 1,500 ag_news parses)
    shown = view(text, copy=False) if "]" in text or len(text) >= _GLUED_LINE else None
    if shown is not None:
        return _viewed_story(shown, text)
    breaks = text.count("\n")
    if breaks < 2:
        return None
    lines: list[_Line] | None = None
    if breaks < _KEEP:
        # every line kept by the glance (_plain_copy's own first test), and too few for _read_first
        if _plain_few(text):
            return None
    else:
        # a long text of lines mostly without a word: its lines are read once, for the glance and the page
        lines = _lines(text) if _read_first(text) else None
        if _plain_copy(text) if lines is None else _plain_read(lines):
            return None
    shown = view(text, copy=True)
    if shown is not None:
        return _viewed_story(shown, text)
    return _laid_out_story(text, lines)


def _laid_out_story(text: str, lines: list[_Line] | None = None) -> Story | None:
    """The story in text laid out as html-text lays a page out (or in an extractor's output).

    ``lines`` are the text's lines when they have been read already.
    """
    if lines is None:
        lines = _lines(text)
    if len(lines) < 3:
        return None
    page = _Page(lines)
    is_page, blocks = page.is_page(), page.blocks()
    if not is_page and not blocks:
        return _text_story(page, text)
    pieces = _title_pieces(lines[0].text[:_MAX_TITLE])
    skip = _skip_link(lines, pieces)
    if skip is None:
        if not is_page and not _repeated_below(lines, 0, pieces):
            return _text_story(page, text)  # no page layout, no title coming back
        return _page_story(page, pieces)
    # a "Skip to content" link stands above the title: the page starts below it
    story = _page_story(_Page(lines[1:]), skip)
    if story is None:
        return None
    cut = Cut(lines[0].start, lines[0].end, "page-before-story")
    return attrs.evolve(story, cuts=(cut, *story.cuts))


# ---------------------------------------------------------------------------
# Text other extractors made (html2text, get_text, inscriptis)
# ---------------------------------------------------------------------------


def _viewed_story(shown: View, text: str) -> Story:
    """The story in a view of ``text`` (see :mod:`wiretext._pagetext`), pointed at in ``text``."""
    story = _view_story(shown)
    cuts = list(shown.cuts)
    if story is None:
        return Story(headline=None, start=0, end=len(text), cuts=_merged(cuts))
    cuts.extend(Cut(*shown.span(c.start, c.end), c.rule) for c in story.cuts)
    headline = shown.span(*story.headline) if story.headline is not None else None
    start = shown.origin(story.start)
    end = shown.span(story.start, story.end)[1] if story.end < len(shown.text) else len(text)
    return Story(headline=headline, start=start, end=end, cuts=_merged(cuts))


def _merged(cuts: list[Cut]) -> tuple[Cut, ...]:
    """Cuts sorted and made disjoint: one inside another goes, overlapping ones are joined."""
    out: list[Cut] = []
    for c in sorted(cuts):
        if out and c.start < out[-1].end:
            if c.end > out[-1].end:
                out[-1] = out[-1]._replace(end=c.end)
            continue
        out.append(c)
    return tuple(out)


def _view_story(shown: View) -> Story | None:
    """The story in a view, in the view's offsets."""
    lines = _lines(shown.text)
    if shown.layout == "laid-out":
        return _laid_out_story(shown.text, lines)  # the lines read once (a line costs microseconds)
    if len(lines) < 3:
        return None
    page = _Page(lines)
    if shown.layout == "page":  # get_text(): the <title> first, the whole page glued on a few lines
        pieces = _title_pieces(lines[0].text[:_MAX_TITLE])
        skip = _skip_link(lines, pieces)
        if skip is None:
            return _page_story(page, pieces)
        # a "Skip to content" link glued before the title: the page starts below it
        story = _page_story(_Page(lines[1:]), skip)
        if story is None:
            return None
        return attrs.evolve(story, cuts=(Cut(lines[0].start, lines[0].end, "page-before-story"), *story.cuts))
    line_starts = [ln.start for ln in lines]
    marked = sorted({bisect.bisect_right(line_starts, at) - 1 for at in shown.marked} - {-1})
    # a line stands in the text as in the view (no markup inside it); a marked one from its heading's text
    # on ("  * # Headline": the list item's mark and the heading's marks before it)
    begins = [ln.start for ln in lines]
    for at in shown.marked:
        k = bisect.bisect_right(line_starts, at) - 1
        if k >= 0:
            begins[k] = at
    clean = [shown.span(a, ln.end)[1] - shown.origin(a) == ln.end - a for a, ln in zip(begins, lines, strict=True)]
    return _untitled_story(page, marked, clean)

