r"""Page text as other extractors make it, read as the page stage reads html-text's layout.

:func:`wiretext.page.find_story` reads a page's text laid out as html-text
lays it out: the ``<title>`` on the first line, a block a line, blank lines
between blocks.  Other extractors lay the same page out otherwise:

- **html2text** writes Markdown: ``[text](url)`` links, ``![alt](src)``
  pictures, ``**bold**``, ``#`` headings, ``*`` bullets, ``\`` escapes,
  and paragraphs hard-wrapped at about 78 columns; no ``<title>``.
- **BeautifulSoup's** ``get_text()`` with no separator glues the page's
  blocks together, often all on one line (``...said Friday.The institute``,
  ``year on yearAssociated Press``); where the page's HTML source wraps its
  paragraphs, their lines run on in lower case.  In a script without
  capitals no glue shows: the ``<title>`` stands first, and its headline
  comes back below (:func:`repeated_title_view`).
- **inscriptis** indents nested blocks and marks list items with ``*``;
  no ``<title>``.

A :class:`View` is that text as the page stage wants it: the markup left
out (each piece a :class:`~wiretext._spans.Cut` named ``page-markup``, so
the pipeline leaves it out of the story too), wrapped lines joined, and a
map from the view's offsets back to the text's, so that the story found in
the view is pointed at in the text itself.  Nothing is ever rewritten in
the text: the view only points.

>>> v = markdown_view("[Home](/)\n\n# Quay reopens\n\n"
...     "The **harbour** reopened the northern [quay](/quay-reopens) on\nTuesday after repairs.\n")
>>> print(v.text)
Home
<BLANKLINE>
Quay reopens
<BLANKLINE>
The harbour reopened the northern quay on Tuesday after repairs.
<BLANKLINE>
>>> v.text[v.marked[0]:].split("\n")[0]
'Quay reopens'
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple

from ._lazy import lazy_re
from ._page_head import _MAX_TITLE, _title_pieces
from ._spans import Cut

__all__ = ["View", "glued_view", "markdown_view", "repeated_title_view", "view"]


def __dir__() -> list[str]:
    return list(__all__)


class View(NamedTuple):
    """A page's text as the page stage reads it, and how to point back into the text."""

    text: str  # the view
    starts: list[int]  # view offset where each copied run of the text starts
    origins: list[int]  # the text offset it was copied from
    cuts: tuple[Cut, ...]  # the markup left out, as offsets of the text
    layout: str  # "page" (the <title> first, a whole page), "laid-out" (as html-text lays one out), "untitled"
    marked: tuple[int, ...]  # view offsets of the lines the markup marks as headlines (html2text's "# ")

    def origin(self, pos: int) -> int:
        """The text offset of the view's character at ``pos`` (``len(view)`` maps past the text's end)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return pos
        return self.origins[i] + pos - self.starts[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The text span of the view's span ``[start, end)``, with nothing of the text after its last character."""
        if end <= start:
            at = self.origin(start)
            return at, at
        return self.origin(start), self.origin(end - 1) + 1


# -- html2text's Markdown ------------------------------------------------------

# The end of a link and its address: "](/world)", "](https://site/a-\nb)" (html2text
# wraps long addresses at their hyphens), "](/x \"Title\")".  Up to the first
# parenthesis, escaped ones ("\(", "\)") looked through, so a match never backtracks.
_LINK_END = lazy_re(r"\]\((?:\\.|[^()\\]){0,2000}+\)")
# What the scan for links meets: an opening bracket, a link's end, a closing bracket.
_BRACKET = lazy_re(r"(?<!\\)\[|\]\((?:\\.|[^()\\]){0,2000}+\)|(?<!\\)\]")
# "**bold**", "__bold__"; "_em_" at the edges of words.
_EMPHASIS = lazy_re(r"\*\*+|__+|(?<![\w\\])_(?=\S)|(?<=[^\s\\])_(?!\w)")
# A heading's marks, after a list item's mark html2text may put before it ("  * # Title",
# "  3. # Title": the last item of a breadcrumb).
_HEADING = lazy_re(r"(?m)^[ \t]*(?:(?:[*+-]|\d{1,3}\.)[ \t]+)?(#{1,6})[ \t]+(?=\S)")
# html2text escapes what Markdown would read as syntax: "1\.", "\-", "\*", "\[".
_ESCAPE = lazy_re(r"\\(?=[-.*_\[\]()#+!`>|{}\\])")
# A line that starts a block of its own: a bullet, a numbered item, a heading, a table row.
_BLOCK_START = lazy_re(r"[ \t]*(?:[*+-][ \t]|\d{1,3}\.[ \t]|#|\||>)")

#: A line of html2text's output at least this long (markup included) was wrapped,
#: unless it ends its paragraph: html2text wraps at 78 columns.
_WRAPPED = 55


def _is_markdown(text: str) -> bool:
    """Whether ``text`` is html2text's Markdown: links ``[text](url)`` three times or more."""
    # (no "]" at all, most copy: told by one memchr, where counting "](" costs ten times as much)
    return "]" in text and text.count("](", 0, 200_000) >= 3 and _LINK_END.search(text) is not None


def _markup(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The spans of Markdown syntax in ``text``, sorted, and where the level-one headings' texts start."""
    spans: list[tuple[int, int]] = []
    opened: list[int] = []  # the brackets open before the scan's position, innermost last
    for m in _BRACKET.finditer(text):
        if m.group() == "[":
            if len(opened) < 50:
                opened.append(m.start())
            continue
        at = opened.pop() if opened else -1
        if m.group() == "]" or at < 0:
            continue  # a bracket of the text, or a link's end without its start
        if at > 0 and text[at - 1] == "!":
            spans.append((at - 1, m.end()))  # a picture: its alternative text is a caption
        else:
            spans.append((at, at + 1))
            spans.append((m.start(), m.end()))
    marked: list[int] = []
    for m in _HEADING.finditer(text):
        spans.append((m.start(1), m.end()))
        if len(m.group(1)) == 1 and len(marked) < 20:
            marked.append(m.end())
    spans.extend((m.start(), m.end()) for m in _EMPHASIS.finditer(text))
    spans.extend((m.start(), m.end()) for m in _ESCAPE.finditer(text))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged, marked


def markdown_view(text: str) -> View:
    """html2text's Markdown as the page stage reads it: the markup out, wrapped lines joined."""
    spans, marked_at = _markup(text)
    parts: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    pos = size = 0
    for a, b in [*spans, (len(text), len(text))]:
        if a > pos:
            starts.append(size)
            origins.append(pos)
            parts.append(text[pos:a])
            size += a - pos
        pos = max(pos, b)
    view = "".join(parts)
    marked = []
    for at in marked_at:  # a heading's text starts a run copied from the text
        i = bisect.bisect_left(origins, at)
        if i < len(origins) and origins[i] == at:
            marked.append(starts[i])
    return View(
        _joined(view, text, starts, origins),
        starts,
        origins,
        tuple(Cut(a, b, "page-markup") for a, b in spans),
        "untitled",
        tuple(marked),
    )


def _joined(view: str, text: str, starts: list[int], origins: list[int]) -> str:
    """The view with the line breaks html2text put inside a paragraph made spaces (same length)."""
    out = list(view)
    pos = view.find("\n")
    while pos >= 0:
        nxt = view.find("\n", pos + 1)
        line_end = len(view) if nxt < 0 else nxt
        prev_start = view.rfind("\n", 0, pos) + 1
        i = bisect.bisect_right(starts, pos) - 1
        origin = origins[i] + pos - starts[i] if i >= 0 else pos
        # the line as html2text wrote it, markup included
        written = origin - (text.rfind("\n", 0, origin) + 1)
        following = view[pos + 1 : line_end]
        if (
            written >= _WRAPPED
            and view[prev_start:pos].strip()
            and following.strip()
            and not _BLOCK_START.match(following)
        ):
            out[pos] = " "
        pos = nxt
    return "".join(out)


# -- BeautifulSoup's get_text() -----------------------------------------------

# Where get_text() glued two blocks of the page together, with no separator:
# "...said Friday.The institute said", "year on yearAssociated Press",
# "(AP Photo/Marco Ugarte)MEXICO CITY (AP) —".
_GLUE = lazy_re(
    r"(?<=[a-zß-ÿ0-9%\"”’»)][.!?])(?=[A-ZÀ-Þ])"  # a sentence's end glued to the next block's start
    # "yearAssociated", "2023Sports": glued to a capitalised word; not after a word's first one or
    # two small letters, which are of the word ("iPhone", "eBay"; Zulu "eThekwini", "kaZuma")
    r"|(?<=[a-zß-ÿ0-9])(?<!(?<!\w)[a-zß-ÿ])(?<!(?<!\w)[a-zß-ÿ]{2})(?=[A-ZÀ-Þ][a-zß-ÿ])"
    r"|(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ]{2})"  # "AP NewsAP NEWS": a word glued to one in capitals
    r"|(?<=[A-ZÀ-Þ]{3})(?=[A-ZÀ-Þ][a-zß-ÿ]{2})"  # "SUBSCRIBEFloods hit": a word in capitals glued to a word
    r"|(?<=[a-zß-ÿ])(?=© ?[A-ZÀ-Þ])"  # "Quay reopens© JAN BERG": a picture credit glued to a headline
    r"|(?<=\))(?=[A-ZÀ-Þ])"  # "Ugarte)MEXICO CITY", "Ugarte)A mother": a credit glued to what follows
    # "Jane Doe, ASSOCIATED PRESS WASHINGTON (AP) —": a picture credit in capitals before a dateline
    r"|(?:(?<=PRESS )|(?<=REUTERS )|(?<=AFP )|(?<=IMAGES ))(?=[A-ZÀ-Þ]{2}[A-ZÀ-Þ .'-]{0,40}\()"
)
# Where the glue points of _GLUE may stand, each found by a pattern of its own (an
# alternation, or _GLUE's look-behinds, are tried at every character; these run at C
# speed), then tried with _GLUE: before a capital, after a character that may end what is
# glued; before a word, after a capital; at a "©"; after a credit word in capitals.
_BEFORE_CAPITAL = lazy_re(r"[a-zß-ÿ0-9).!?](?=[A-ZÀ-Þ])")
_BEFORE_WORD = lazy_re(r"[A-ZÀ-Þ](?=[A-ZÀ-Þ][a-zß-ÿ]{2})")
_SIGN = lazy_re("©")
_CREDIT_WORD = lazy_re("(?:PRESS|REUTERS|AFP|IMAGES) ")
# The white space the page's HTML source put between two blocks, which get_text() keeps
# ("...steht          Wirtschaft        Stellenmarkt"): the next block starts where it ends.
_SPACED = lazy_re(r"(?<=\S)[ \t\xa0]{3,}+(?=\S)")
# Every glue point is where one of these matches, or inside one (no look-behind: cheap).
_GLUE_QUICK = lazy_re(r"[a-zß-ÿ0-9%\"”’»)][.!?]?[A-ZÀ-Þ]|[A-ZÀ-Þ]{4}[a-zß-ÿ]|[a-zß-ÿ]©")
# _GLUE_QUICK's first alternative less its small letters: all it can find on a line without
# one (all-caps copy: FBIS's stories, a line of 2,000 capitals), where _GLUE_QUICK's second
# alternative is tried at every capital.
_GLUE_QUICK_CAPS = lazy_re(r"[0-9%\"”’»)][.!?]?[A-ZÀ-Þ]")
# A line long enough to hold several of the page's blocks glued together.
_LONG_LINE = lazy_re(r"(?m)^[^\n]{300,}+")
#: A line as long as get_text() glues a page into, and a story's paragraph hardly is.
_GLUED_LINE = 1000

#: Glue points on long lines that make a text get_text()'s: fewer are names ("McDonald").
_GLUED = 10
#: Runs of three blanks or more on long lines, which hold most of the text, that make it get_text()'s.
_SPACED_RUNS = 20
#: How far into a text glue is looked for (a page's menus stand at its top).
_GLUE_LOOK = 20_000


def glued_view(text: str) -> View | None:
    r"""get_text()'s text with its glued blocks on lines of their own, or None when it has no glue.

    A text whose long lines hold at least ``_GLUED`` glue points (three or
    more on a line) is cut at every glue point (a line break the view
    inserts, mapped to the character after it), and the line breaks the
    page's HTML source put inside its sentences are joined.

    >>> page = "Quay reopens | HeraldHomeWorldSport " * 4 + "ROTTERDAM (AFP) - The quay reopened.It rained." * 8
    >>> v = glued_view(page)
    >>> v.text.split("\n")[:3]
    ['Quay reopens | Herald', 'Home', 'World']
    """
    # a page glues its menus at its top: the glue is looked for in its first characters only,
    # first with a pattern that finds every glue point and some more, at less cost
    long_lines = [(m.start(), m.end()) for m in _LONG_LINE.finditer(text, 0, _GLUE_LOOK)]
    spaced = sum(_spaced_runs(text, a, b) for a, b in long_lines)
    if sum(b - a for a, b in long_lines) * 2 < min(len(text), _GLUE_LOOK):
        spaced = 0  # long lines among many short ones: inscriptis pads its table cells with blanks
    if spaced < _SPACED_RUNS:
        # enough glue points are looked for, not all of them
        quick = 0
        for a, b in long_lines:
            quick += _quick_points(text, a, b)
            if quick >= _GLUED:
                break
        else:
            return None
    points: list[int] = []
    sentences = 0
    for a, b in long_lines:
        found = _glue_points(text, a, min(b, _GLUE_LOOK))
        if len(found) >= 3:
            points.extend(found)
            sentences += sum(text[at - 1] in ".!?" for at in found)
    # names glue words too ("McDonald", "iPhone"): many of them, or sentences glued together, are a page;
    # so is a line whose blocks stand apart by the source's white space
    if spaced < _SPACED_RUNS and (len(points) < _GLUED or (sentences < 3 and len(points) < 4 * _GLUED)):
        return None
    points = _glue_points(text)
    if spaced >= _SPACED_RUNS:
        points = sorted({*points, *(m.end() for m in _SPACED.finditer(text))})
    view, starts, origins = _broken_at(text, points)
    return View(_runs_on(view), starts, origins, (), "page", ())


def _spaced_runs(text: str, start: int, end: int) -> int:
    """How many matches of ``_SPACED`` ``text[start:end]`` holds.

    Each holds three blanks in a row, so a tab, a no-break space or three
    spaces; ``str.find`` rules them out at C speed where the pattern's
    look-behind is tried at every character (all-caps copy of one long line:
    see :func:`_quick_points`).

    >>> _spaced_runs("Home   World   Sport", 0, 20), _spaced_runs("Rain fell.", 0, 10)
    (2, 0)
    """
    if text.find("   ", start, end) < 0 and text.find("\t", start, end) < 0 and text.find("\xa0", start, end) < 0:
        return 0
    return len(_SPACED.findall(text, start, end))


def _quick_points(text: str, start: int, end: int) -> int:
    """How many matches of ``_GLUE_QUICK`` ``text[start:end]`` holds.

    On a line without a small letter of its classes (``upper`` changes each
    of them; "÷" stands among them) only the first alternative can match,
    its small letters aside: ``_GLUE_QUICK_CAPS``, whose first class skips
    capitals at C speed.  With both gates glued_view costs a muc34 parse
    (one-line all-caps stories) 2.1 µs on average, 12.3 without
    (``benchmarks/ab.py 38eb280 ../shared/corpora/muc34.jsonl --cpu --inside _pagetext.glued_view``).

    >>> _quick_points("SAN JOSE, 3 JAN 90 -- THE ARMY SAID", 0, 35), _quick_points("yearAssociated Press", 0, 20)
    (0, 1)
    """
    line = text[start:end]
    if line.upper() == line and "÷" not in line:
        return len(_GLUE_QUICK_CAPS.findall(line))
    return len(_GLUE_QUICK.findall(text, start, end))


def _broken_at(text: str, points: list[int]) -> tuple[str, list[int], list[int]]:
    """``text`` with a line break put at each of ``points`` (in order); each piece's start there and in ``text``.

    >>> _broken_at("Rain fellPARIS", [9])
    ('Rain fell\\nPARIS', [0, 10], [0, 9])
    """
    parts: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    pos = size = 0
    for at in [*points, len(text)]:
        starts.append(size)
        origins.append(pos)
        parts.append(text[pos:at])
        size += at - pos + 1  # the piece and the line break after it
        pos = at
    return "\n".join(parts), starts, origins


def _glue_points(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """``[m.start() for m in _GLUE.finditer(text, start, end)]``, from the places a glue point may stand.

    ``start`` is where a line starts (0, or after a line break): no glue point
    stands there, and no place one may stand opens before it.  ``end`` bounds
    the text as ``finditer``'s does (what follows is not seen).
    (hostile.py "unseparated credits" at 400 KB: glued_view 81 -> 20 ms; on the
    long lines of get_text()'s pages, with the count of quick points stopped at
    ``_GLUED``, ``benchmarks/page_parts.py c4fdeb9 ../shared/corpora/pages.jsonl
    --part _pagetext.glued_view``: 59 -> 35 µs a pages parse.)

    >>> _glue_points("Rain fell.Ships wait(AP)WASHINGTON")
    [10, 24]
    """
    end = len(text) if end is None else end
    at = {m.end() for m in _BEFORE_CAPITAL.finditer(text, start, end)}
    at.update(m.end() for m in _BEFORE_WORD.finditer(text, start, end))
    if "©" in text:
        at.update(m.start() for m in _SIGN.finditer(text, start, end))
    at.update(m.end() for m in _CREDIT_WORD.finditer(text, start, end))
    glue = _GLUE.match
    return [p for p in sorted(at) if glue(text, p, end)]


# A line break inside a sentence (the page's HTML source was wrapped inside a paragraph):
# the last character before it a word's (str.isalnum's, re's \w but "_"), "_", "," or ";";
# the next line goes on in lower case.  The same after blanks (group 1), apart: a
# replacement that is not a plain string costs a call of Python a match (3.11).
_RUN_ON_BREAK = lazy_re(r"\n(?<=[\w,;]\n)(?=[ \t]*+[a-zß-ÿ])")  # opens with "\n": the engine skips to it
_RUN_ON_AFTER_BLANKS = lazy_re(r"(?<=[\w,;])([ \t]++)\n(?=[ \t]*+[a-zß-ÿ])")

# One after a word, found from the line break (a look-behind at every character costs).
_RUN_ON_QUICK = lazy_re(r"\n(?<=[\w,;]\n)(?=[a-zß-ÿ])")

#: Line breaks inside sentences that make a page's text one to join (wire copy, hard-wrapped
#: too, is told apart before: it is no page).
_RUN_ONS = 10


def _runs_on(text: str) -> str:
    r"""``text`` with the line breaks inside its sentences made spaces (same length).

    >>> _runs_on("The quay\nreopened on Tuesday.\nFerries dock.")
    'The quay reopened on Tuesday.\nFerries dock.'
    """
    # substitutions at C speed, not a list of every character and a loop turn a break
    # (tests/equivalence/test_page.py holds them to that loop); neither changes what the
    # other finds: the first's breaks follow no blank, the second's do
    text = _RUN_ON_BREAK.sub(" ", text)
    if " \n" in text or "\t\n" in text:
        text = _RUN_ON_AFTER_BLANKS.sub(_blanks_and_space, text)
    return text


def _blanks_and_space(m: re.Match[str]) -> str:
    return m.group(1) + " "


# A script without capitals (Chinese, Japanese, Korean, Devanagari) leaves get_text()'s glue
# unseen: the page's <title> stands first, glued to the menus, and comes back as its headline.

#: The shortest title's start, in characters, that coming back on the page is its headline.
_TITLE_REPEAT = 15
#: A first line at least this long holds more than a <title> (a title is shorter).
_TITLE_GLUED = 150
#: A page's text of fewer characters is looked at no further for its title's repeat.
_TITLE_PAGE = 2_000
#: How many places where the title's first characters come back are looked at.
_TITLE_TRIES = 50
#: A start that comes back longer than this is no title's headline (a title is shorter).
_TITLE_LONGEST = 300


def _repeated_start(text: str, first: int) -> int:
    """How long the start of ``text`` is that comes back further on (0 when shorter than ``_TITLE_REPEAT``).

    The start is sought within the first line (``first`` characters), and
    ends at a word's end in a script with spaces.

    >>> head = "港口重新开放了码头工人回到岗位"
    >>> t = head + " - 示例网新闻体育" + "菜单" * 200 + head + "2025年" + "正文" * 800
    >>> t[:_repeated_start(t, t.find("菜单") + 400)]
    '港口重新开放了码头工人回到岗位'
    """
    seed = text[:_TITLE_REPEAT]
    if len(seed) < _TITLE_REPEAT or not seed.strip():
        return 0
    best = copy = 0
    at = text.find(seed, 1)
    for _ in range(_TITLE_TRIES):
        if at < 0:
            break
        n = _TITLE_REPEAT
        limit = min(first, len(text) - at, _TITLE_LONGEST + 1)
        while n < limit and text[n] == text[at + n]:
            n += 1
        if n > best and at >= n:  # a copy after the start, not the start's own words again
            best, copy = n, at
        at = text.find(seed, at + 1)
    if not _TITLE_REPEAT <= best <= _TITLE_LONGEST:
        return 0  # none, or a text that repeats itself ("Rain fell. Rain fell. ...")
    # a start that stops inside a word (of the title or of its copy) in a script with spaces: back to
    # the word's end before
    goes_on = text[best : best + 1].isalnum() or text[copy + best : copy + best + 1].isalnum()
    if " " in text[:best] and text[best - 1].isalnum() and goes_on:
        best = len(text[: text.rfind(" ", 0, best)].rstrip())
    return best if best >= _TITLE_REPEAT else 0


def repeated_title_view(text: str) -> View | None:
    """get_text()'s text with its title's headline on lines of its own, or None when it does not come back.

    The first line (the ``<title>`` glued to the page's menus, in a script
    without capitals to show the glue) starts with words that come back
    below, as the page's headline: each copy of them is put on a line of
    its own.

    >>> head = "港口重新开放了码头工人回到岗位"
    >>> page = head + " - 示例网" + "首页新闻体育" * 60 + head + "2025年5月" + "工人们周二回到了码头。" * 200
    >>> repeated_title_view(page).text.splitlines()[0]
    '港口重新开放了码头工人回到岗位'
    """
    if len(text) < _TITLE_PAGE:
        return None
    first = text.find("\n")
    first = len(text) if first < 0 else first
    if first < _TITLE_GLUED:
        return None
    n = _repeated_start(text, first)
    if not n:
        return None
    head = text[:n]
    points: list[int] = []
    at = 0
    while at >= 0 and len(points) < 2 * _TITLE_TRIES:
        if at:
            points.append(at)  # the copy starts a line
        points.append(at + n)  # and ends one
        at = text.find(head, at + n)
    return View(*_broken_at(text, points), (), "page", ())


# -- inscriptis ---------------------------------------------------------------

# A line indented as inscriptis indents the blocks nested in a page's layout (found
# from the line break before it: a look at every line start costs more).
_INDENTED = lazy_re(r"\n[ \t]{2,}+\S")
# An item of a list as inscriptis marks it: "  * Politics".
_INDENTED_BULLET = lazy_re(r"(?m)^[ \t]*+\*[ \t]\S")

# A blank line holding blanks: a page's HTML source indentation kept (get_text()); inscriptis
# leaves its blank lines empty.
_BLANKS_LINE = lazy_re(r"\n[ \t]++(?=\n)")

#: A text of at least this many lines, most of them indented, is inscriptis's.
_INDENTED_LINES = 20


def _has_long_line(text: str, length: int, look: int) -> bool:
    r"""Whether a line of ``text[:look]`` (split at "\n") is at least ``length`` characters long.

    That is, whether ``length`` characters without a line break stand in
    ``text[:look]``: each window of ``length`` characters is asked for its
    last line break, and the next window starts past it (no run without one
    starts before).  Two windows at most advance ``length`` characters, so a
    text is not split into lines (a dispatch of under ``length`` characters
    is not read at all).  ``tests/equivalence/test_pagetext.py`` holds it to
    ``max(map(len, text[:look].split("\n"))) >= length``.

    >>> _has_long_line("ab\ncde\nf", 3, 100), _has_long_line("ab\ncde\nf", 4, 100), _has_long_line("abcdef", 3, 2)
    (True, False, False)
    """
    end = min(len(text), look)
    pos = 0
    while pos + length <= end:
        nl = text.rfind("\n", pos, pos + length)
        if nl < 0:
            return True
        pos = nl + 1
    return False


def _is_indented(text: str) -> bool:
    """Whether ``text`` is inscriptis's layout: most of at least 20 lines indented, some bulleted.

    A page with no list is inscriptis's too where a tenth of its lines are
    blank and none holds blanks: a page's source indentation kept by
    get_text() leaves blanks on its blank lines, and wire copy indenting its
    paragraphs has no blank line.
    """
    lines = text.count("\n", 0, 200_000)
    if lines < _INDENTED_LINES or len(_INDENTED.findall(text, 0, 200_000)) * 2 <= lines:
        return False
    if len(_INDENTED_BULLET.findall(text, 0, 200_000)) >= 3:
        return True
    return text.count("\n\n", 0, 200_000) * 10 >= lines and _BLANKS_LINE.search(text, 0, 200_000) is None


def _titled(text: str) -> bool:
    """Whether the first line of inscriptis's text is a page's ``<title>``.

    The line stands unindented over a blank line and a piece of it is said
    again below (the headline): inscriptis configured to show the page's
    ``<title>`` (its default leaves the page's head out) sets it so.
    """
    first, _, rest = text.lstrip("\n").partition("\n")
    if not first or first[0] in " \t" or not rest.startswith("\n"):
        return False
    keys = {" ".join(p.key.split()) for p in _title_pieces(first[:_MAX_TITLE])}
    return any(key and key in rest[:200_000].casefold() for key in keys)


def view(text: str, *, copy: bool) -> View | None:
    r"""The view of ``text`` when another extractor than html-text made it, else None.

    ``copy`` is False for the formats that may look like wire copy (html2text
    hard-wraps its lines), tried first; True for the others, tried on text
    already known not to be plain copy (an indented table of figures is).

    >>> view("Rain floods Paris | Daily Post\n\nHome\nNews\n\nRain floods Paris\n", copy=True) is None
    True
    """
    if not copy:
        if _is_markdown(text):
            return markdown_view(text)
        # only a text with a line as long as get_text() glues a page into (and a story's
        # paragraph hardly is) is looked at for glue: the look costs
        long = _has_long_line(text, _GLUED_LINE, _GLUE_LOOK)
        # inscriptis glues a menu's items on one line too, but indents its blocks: read below
        if not long or _is_indented(text):
            return None
        return glued_view(text) or repeated_title_view(text)
    if _is_indented(text):
        # inscriptis: no <title> line (unless configured to show one: read then as html-text's layout);
        # its indentation and bullets are read as they are
        return View(text, [0], [0], (), "laid-out" if _titled(text) else "untitled", ())
    # the breaks are counted up to _RUN_ONS, not all of them (hostile.py's "tail._SIGNOFF_GATES
    # alone": page_parts.py e3bcca8 --family "tail._SIGNOFF_GATES alone" --size 400000 --part
    # _pagetext.view, 8.8 -> 7.0 ms)
    if len(list(itertools.islice(_RUN_ON_QUICK.finditer(text, 0, 200_000), _RUN_ONS))) == _RUN_ONS:
        # get_text() of a page whose HTML source wraps its paragraphs: the lines joined
        return View(_runs_on(text), [0], [0], (), "laid-out", ())
    return None

