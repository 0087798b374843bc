"""Stages ``source`` and ``head``: what stands before the body (headline, byline, credits, tags).

Decides the headline and the byline: from the layout when it shows them,
else from the head lines before the dateline (``head_lines``), else, with no
dateline, from a first line that looks like a title.  Takes off a headline
what is not part of it: desk tags (``(LEAD)``), a credit (``(AP)``: an
agency, kept in ``head_agencies``), a site's credit, a page's separator and
a byline glued between the headline and the dateline (the web shape) or
ending the headline line (AFP English: ``... a new life by Anne Dupont``,
:func:`wiretext.byline.trailing_byline`).  Head lines a scraper marked
(``-- Headline``, ``* By Jane Roe``) lose their markers; a web address alone
on a head line is cut.
Drops the headline printed again under the dateline.  Whether a line is a
byline is :func:`wiretext.byline.is_byline`'s call; the dateline, and so
where the head ends, is the ``dateline`` stage's.

``source`` runs before the dateline: an AG News summary opening with the
source its title credits ("PC World - Linksys will ...") has the source
taken off, so that the dateline is looked for after it.
"""

from __future__ import annotations

import re

from .. import registry
from .._lazy import lazy_re, lazy_regex
from .._markup import is_markup_line
from .._spans import Cut, line_start, lines, mask
from ..byline import is_byline, is_byline_below, trailing_byline
from ..normalize import is_clean, repair, repaired_floor, squash
from .state import State

__all__ = ["run", "source"]

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
# A bulletin's story code before the headline (EFE's regional desks): "(ME1432) GOBIERNO APRUEBA ...".
_STORY_CODE = lazy_re(r"[ \t]*+\((?P<code>[A-Z]{1,4}[0-9]{3,6}[A-Z]?)\)(?:[ \t]++|$)")
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
# A page's separator between a headline and the dateline glued to it: "Rain floods Paris | Paris (AFP) -".
_GLUED_SEP = lazy_re(r"[ \t]+[|·•][ \t]*$")
# A scraper's marker opening a head line: "-- Headline", "* By Jane Roe".
_MARKER = lazy_re(r"[ \t]*+(--|\*|•)[ \t]++")
# A web address alone on a line.
_URL_LINE = lazy_re(r"(?:https?://|www\.)[^\s<>\"]{1,2000}+")
# A line that cannot end a headline: it ends in a comma, a hyphen or a small word.
_OPEN_END = lazy_regex(r"(?i)(?:[,\-]|\b(?:to|of|for|in|and|or|the|a|an|at|by|with|from|on|vs|as))$")
# A line ending in a closing bracket (and blanks).
_CREDIT_AT_LINE_END = lazy_re(r"\)[ \t\r]*+\n")
# What stands between a summary's source and its text: "PC World - Linksys ...".
_LEAD_SEP = lazy_re(r"[ \t]++(?:--|-|—|–)[ \t]++")

# A line without one is no headline ("--><", "* * *").
_LETTER_OR_DIGIT = lazy_re(r"[^\W_]")
# A line broken after a word's hyphen ("first-\nround"): the break and the next line's indent.
_HYPHEN_WRAP = lazy_re(r"(?<=[^\W\d_]-)\r?\n[ \t]*+(?=[^\W\d_])")


def headline_text(text: str) -> str:
    """A headline as the Article holds it: repaired, its white space single.

    >>> headline_text("Rain  &amp; wind\\n in Paris ")
    'Rain & wind in Paris'

    A line break after a word's hyphen is where the headline was wrapped (html2text
    breaks its lines at hyphens): the word stays whole.

    >>> headline_text("Ferries resume first-\\nround sailings")
    'Ferries resume first-round sailings'
    """
    # Every wrap the pattern takes holds a line break; its lookbehind is tried
    # at each character of a headline without one (1.5 µs of the 2.0 a call).
    if "\n" in text:
        text = _HYPHEN_WRAP.sub("", text)
    return squash(repair(text))


# -- stage "source" ------------------------------------------------------------


def source(s: State) -> None:
    """Take a summary's source lead off its first line; set ``source``."""
    lead = _source_lead(s.work, s.head_from, s.end)
    if lead is not None:
        ls, le, credited = lead
        s.label(ls, le, "source-credit", f"took the source {credited!r} off the story's first line")
        s.work = mask(s.work, [Cut(ls, le, "source-credit")])
        s.source = credited


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
    found = lines(work, start, min(end, start + 1000), most=2)
    if len(found) < 2:
        return None
    (s0, e0), (s1, e1) = found
    m = _head_credit(work[s0:e0])
    if m is None:
        return None
    credited = m.group("credit").strip()
    sep = _LEAD_SEP.match(work, s1 + len(credited), e1) if credited and work.startswith(credited, s1) else None
    if sep is None:
        return None
    agencies, unknown = registry.split_credit(credited)
    if agencies and not unknown:
        return None
    return s1, sep.end(), credited


# -- stage "head" --------------------------------------------------------------


def run(s: State) -> None:
    """Set ``headline``, ``byline`` and ``head_agencies``; label the head lines; drop a repeated headline."""
    work = s.work
    if s.headline_span is not None:
        s.label(*s.headline_span, "headline")
        s.headline = headline_text(s.text[s.headline_span[0] : s.headline_span[1]])
    if s.byline_spans:
        for span in s.byline_spans:
            s.label(*span, "byline")
        s.byline = ", ".join(squash(repair(work[a:b])) for a, b in s.byline_spans)
    elif s.found is None and s.headline_span is not None:
        # A page's story without a dateline: a byline under its headline is still the byline.
        for ls, le in lines(work, s.head_from, s.end, most=3):
            if is_byline_below(work[ls:le]):
                s.label(ls, le, "byline")
                s.byline = squash(repair(work[ls:le]))
                work = s.work = mask(work, [Cut(ls, le, "byline")])
                break
    found = s.found
    if found is None and s.headline_span is None:
        s.head_lines, s.body_start = _guess_headline(work, s.head_from, s.end)
    if not s.head_lines and s.headline is None:
        return  # no line to sort, no headline printed again (broadcast copy: the dateline first)
    glued = -1  # where a dateline starts on the same line as the last head line (the web shape)
    if found is not None and work[line_start(work, found.start) : found.start].strip():
        glued = found.start
        while work[glued - 1] in " \t":
            glued -= 1
    head_lines = s.head_lines
    marked = False
    if len(head_lines) >= 2:
        head_lines = _unmark(s, head_lines)
        marked, work = head_lines is not s.head_lines, s.work
    _sort_head_lines(s, work, head_lines, glued, join=not marked)
    _drop_repeated_headline(s)


def _unmark(s: State, head_lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Head lines a scraper marked (``-- Headline``, ``* By Jane Roe``): the markers cut, the lines kept.

    Every head line must open with the same marker (``--``, ``*`` or
    ``•`` and a blank); a single marked line is left as it is.
    """
    work = s.work
    first = _MARKER.match(work, head_lines[0][0], head_lines[0][1])
    if first is None:
        return head_lines  # nearly all copy
    marker = first.group(1)
    found = []
    for ls, le in head_lines:
        m = _MARKER.match(work, ls, le)
        if m is None or m.group(1) != marker or m.end() >= le:
            return head_lines
        found.append(m.end())
    cuts = [Cut(ls, at, "scraper-marker") for (ls, _), at in zip(head_lines, found, strict=True)]
    said = f"removed the scraper's marker {marker!r} from {len(cuts)} head lines"
    s.label(cuts[0].start, cuts[0].end, "scraper-marker", said)
    for cut in cuts[1:]:
        s.label(cut.start, cut.end, "scraper-marker")
    s.work = mask(work, cuts)
    return [(at, le) for (_, le), at in zip(head_lines, found, strict=True)]


def _sort_head_lines(s: State, work: str, head_lines: list[tuple[int, int]], glued: int, *, join: bool = True) -> None:
    """Sort head lines into headline, byline and notes; ``join``: a headline may be wrapped over two lines."""
    extra_head: list[tuple[int, int]] = []
    for ls, le in _join_wrapped(work, head_lines) if join else head_lines:
        line = work[ls:le]
        if line[:1] == "(" and (code := _STORY_CODE.match(line)) is not None:
            said = code.group("code")
            s.label(ls, ls + code.end(), "story-code", f"removed the story code {said!r} before the headline")
            ls += code.end()
            line = work[ls:le]
            if not line.strip():
                continue
        if line[:1] in "hw" and _URL_LINE.fullmatch(line) is not None:  # (its first letter: a call spared)
            # A scraper's source link: "https://example.com/news/port-strike"
            s.label(ls, le, "url-line", f"removed the web address {line[:80]!r} from the head")
            continue
        if s.byline is None and (is_byline_below(line) if s.headline is not None else is_byline(line)):
            s.label(ls, le, "byline")
            s.byline = squash(repair(line))
        elif s.headline is None:
            _take_headline(s, work, ls, le, at_dateline=le == glued)
        else:
            extra_head.append((ls, le))
    for ls, le in extra_head:
        # A page may print the agency alone on a line of the head ("AFP").
        line = work[ls:le].strip()
        known = registry.agency(line) if le - ls <= 40 else None
        if known is not None and known.name is not None:
            s.label(ls, le, "credit", f"took the credit {line!r} from a line of the head")
            if s.head_agencies is None:
                s.head_agencies = (known,)
            continue
        s.label(
            ls,
            le,
            "head-extra",
            f"a line before the dateline is neither headline nor byline: {squash(work[ls:le])[:60]!r}",
        )


def _take_headline(s: State, work: str, start: int, end: int, *, at_dateline: bool) -> None:
    """Set the headline from a head line, with its tags, separator, credit and glued byline taken off.

    ``at_dateline``: the line runs on into the dateline (the web shape).
    """
    start, end, line = _strip_tags(s, work, start, end)
    if is_markup_line(line):
        # "--><meta property=...": a page's markup, read as text, is no headline
        s.label(start, end, "html-tag", f"a line of markup is no headline: {line[:60]!r}")
        return
    if not line[:1].isalnum() and _LETTER_OR_DIGIT.search(line) is None:  # (re's [^\W_] is str.isalnum)
        # "--><", "* * *": a line without a word is no headline
        s.label(start, end, "rule-line", f"a line without a word is no headline: {line[:60]!r}")
        return
    if at_dateline and (cut := _GLUED_SEP.search(line)) is not None:
        # "Rain floods Paris | Paris (AFP) - ...": the page's separator
        sep = cut.group(0).strip()
        s.label(start + cut.start(), end, "separator", f"removed the separator {sep!r} before the dateline")
        end = start + cut.start()
        line = work[start:end]
    elif at_dateline and line.endswith(",") and len(line) > 1:
        # "Minister thanks Norway, Denmark, Oslo, Jun 4 (AFP)": the headline's list ends at the place
        s.label(end - 1, end, "separator", "removed the comma between the headline and the dateline")
        end -= 1
        line = work[start:end].rstrip()
        end = start + len(line)
    # The tests that open _head_credit and trailing_byline, made before their calls: nearly no
    # headline ends in a bracket or holds a "by" (the head stage in a reuters21578 parse 8.9 ->
    # 8.6 µs, ag_news 12.7 -> 12.3: benchmarks/ab.py 2150f35 --cpu --inside stage:head).
    if line.rstrip(" \t").endswith(")"):
        end, line = _take_credit(s, work, start, end, line)
    b = _GLUED_BYLINE.search(line) if at_dateline else None
    if b is not None and s.byline is None:
        bs = start + b.start("b")
        s.label(bs, end, "byline")
        s.byline = squash(work[bs:end])
        end = start + b.start()
        line = work[start:end]
    if s.byline is None and ("by" in line or "By" in line or "BY" in line):  # (trailing_byline's own gate)
        end, line = _take_trailing_byline(s, work, start, end, line)
    s.label(start, end, "headline")
    s.headline = headline_text(line)


def _take_trailing_byline(s: State, work: str, start: int, end: int, line: str) -> tuple[int, str]:
    """A byline at the headline's end (AFP English: ``... a new life by Anne Dupont``) goes to ``byline``.

    Where a byline and prose look alike (a title-case headline), the words
    stay in the headline and a note says so.
    """
    found = trailing_byline(line)
    if found is None:
        return end, line
    at, sure = found
    said = squash(line[at:])
    if not sure:
        s.note("byline-unsure", f"the headline ends in {said!r}: a byline or a title's words; kept in the headline",
               (start + at, end))
        return end, line
    s.label(start + at, end, "byline")
    s.note("byline-from-headline", f"took the byline {said!r} off the headline's end", (start + at, end))
    s.byline = said
    end = _back_blanks(work, start, start + at)
    return end, work[start:end]


def _back_blanks(work: str, lo: int, hi: int) -> int:
    while hi > lo and work[hi - 1] in " \t":
        hi -= 1
    return hi


def _take_credit(s: State, work: str, start: int, end: int, line: str) -> tuple[int, str]:
    """Take a credit in brackets off the headline's end: an agency's (``(AP)``) or a site's."""
    m = _head_credit(line)
    if m is None:
        return end, line
    credit = m.group("credit")
    agencies, unknown = registry.split_credit(credit)
    if agencies and not unknown:
        s.head_agencies = agencies
        s.label(start + m.start(), end, "credit", f"took the credit {credit!r} off the headline")
    elif _looks_like_source(credit) or credit.strip() == s.source:
        s.label(start + m.start(), end, "source-credit", f"took the source {credit!r} off the headline")
    else:
        return end, line
    end = start + m.start()
    return end, work[start:end]


def _drop_repeated_headline(s: State) -> None:
    """A page may print the headline again under the dateline or the byline: it is removed."""
    headline = s.headline
    if headline is None:
        return
    work, body_start = s.work, s.body_start
    stop = body_start + 3 * (len(headline) + 80)
    stop = s.end if s.end < stop else stop  # (min() of two, written out: see tail.find_tail)
    # In clean text (repair leaves it as it is) a line repeats the headline only if it holds
    # the headline's words: its first and last are looked for (of 1,500 parses the first alone
    # let 1,353 reuters21578 and 601 ag_news go before their lines are read, the last 144 and
    # 327 more; 3 and 572 are read).
    words = headline.split()
    region = work[body_start:stop]
    if words and not _holds_ends(region, words) and is_clean(region):
        return
    most = len(headline)
    if repaired_floor(region) > most:
        return  # (the test below, for a region of one line: a printable text holds no line break)
    for ls, le in lines(work, body_start, stop, most=3):
        line = work[ls:le]
        if words and not _holds_ends(line, words) and is_clean(line):
            continue  # (the same test, for the line)
        if repaired_floor(line) > most:
            # Longer than the headline however it is repaired (headline_text of a printable
            # line is squash(repair(line))): the line under an AG News title is its summary,
            # a quarter of them with entity debris, whose repair this spares (instructions.py
            # dcab5e2 --stage head: 0.710x on ag_news).
            continue
        if headline_text(line) == headline:
            s.label(ls, le, "repeated-headline", "removed the headline printed again")
            s.work = mask(work, [Cut(ls, le, "repeated-headline")])
            break


def _holds_ends(text: str, words: list[str]) -> bool:
    """Whether ``text`` holds the first and the last of ``words`` (not empty)."""
    return words[0] in text and words[-1] in text


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


def _has_lower(text: str) -> bool:
    return any(c.islower() for c in text)


def _strip_tags(s: State, work: str, start: int, end: int) -> tuple[int, int, str]:
    """Take desk tags (``(LEAD)``, ``(ATTN: ...)``) off a headline into notes."""
    line = work[start:end]
    for m in list(_HEAD_TAG.finditer(line))[::-1] if "(" in line and _HEAD_TAG_RUN.search(line) else ():
        if m.start() != 0 and m.end() != len(line) and "ATTN" not in m.group(0):
            continue
        tag = m.group(0).strip()
        s.label(start + m.start(), start + m.end(), "desk-tag", f"took the desk tag {tag!r} off the headline")
        line = line[: m.start()] + " " * (m.end() - m.start()) + line[m.end() :]
    stripped = line.strip()
    if not stripped:
        return start, end, line
    lead = len(line) - len(line.lstrip())
    return start + lead, start + lead + len(stripped), stripped


def _join_wrapped(work: str, head_lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a headline wrapped over two lines: no blank line between, no byline."""
    if len(head_lines) < 2:
        return head_lines
    (s0, e0), (s1, e1) = head_lines[0], head_lines[1]
    if e1 - s0 > 250 or e1 - s1 >= e0 - s0 + 20:  # the tests on lengths first: no text is read
        return head_lines
    first, second = work[s0:e0], work[s1:e1]
    if (
        "\n\n" not in work[e0:s1].replace(" ", "").replace("\t", "")
        and not first.endswith((".", "!", "?", '"', "”"))
        and not is_byline(second)
        and (_OPEN_END.search(first) is not None or not (_has_lower(first) or _has_lower(second)))
    ):
        return [(s0, e1), *head_lines[2:]]
    return head_lines


def _looks_like_source(credit: str) -> bool:
    """``(SPACE.com)``, ``(washingtonpost.com)``: a site credit at a title's end."""
    return _SITE.fullmatch(credit.strip()) is not None


def _guess_headline(work: str, start: int, end: int) -> tuple[list[tuple[int, int]], int]:
    """Without a dateline: the first line is the headline when it looks like one.

    Returns the head lines taken (the headline, and a byline under it) and where the body begins.
    """
    found = _join_wrapped(work, lines(work, start, min(end, start + 4000), most=3))  # as many as are read
    if not found:
        return [], start
    first = found[0]
    line = repair(work[first[0] : first[1]]).rstrip()
    if len(found) == 1:
        looks_like_headline = len(line) <= 250  # a title alone (a "brief")
    else:
        following = work[found[1][0] : found[1][1]]
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
    if len(found) > 1 and is_byline_below(work[found[1][0] : found[1][1]]):
        taken.append(found[1])
    return taken, taken[-1][1]
