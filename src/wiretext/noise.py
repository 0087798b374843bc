"""Page and transmission debris: named rules that cut spans out of the story.

Each rule is a pattern in :data:`RULES`; a match is a :class:`~wiretext._spans.Cut`
carrying the rule's name, which ``explain`` and the Article's notes show.  The
patterns are bounded (no nested unbounded repetition), so every rule runs in
time linear in the text.
"""

from __future__ import annotations

import re
from itertools import islice
from operator import itemgetter, le
from typing import NamedTuple

import regex

from ._lazy import lazy_re, lazy_regex, once, prefix_tree
from ._spans import Cut, line_start, run_lines
from .data.characters import JOINERS, REMOVED, WHITE_SPACE

__all__ = ["CONTROL_CHARS", "INVISIBLE_CHARS", "RULES", "TRANSCRIPT_MARKERS", "find_noise", "transcript_heading"]


def _escaped(chars: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in chars)


# A character that is not white space (as str.isspace has it).
_NOT_WHITE = "[^" + WHITE_SPACE[1:]

#: Rules that cut characters anywhere: name -> pattern.
CHARACTER_RULES: tuple[tuple[str, str], ...] = (
    # Control characters a terminal or a wire leaves (not tab, LF, CR).  The
    # C1 range (0x80-0x9f) is left to repair: in text decoded as Latin-1 it
    # is Windows-1252 punctuation, which ftfy restores.
    ("control-character", r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]++"),
    # Format characters that show nothing and are taken out of the text
    # (data/characters.py, treatment "removed"): soft hyphen, ZWSP, word
    # joiner, BOM inside the text, ...  ZWNJ and ZWJ are spelling, kept,
    # but for a run of them with white space or an end on both sides.
    (
        "invisible-character",
        f"(?<!{_NOT_WHITE})[{_escaped(REMOVED + JOINERS)}]++(?!{_NOT_WHITE})|[{_escaped(REMOVED)}]++",
    ),
    # A cell border left at the end of a paragraph: "... foreign citizens. |"
    ("trailing-pipe", r"(?<=[ \t])\|[ \t|]*+(?=\r?\n|$)"),
    # Leftover HTML tags: "<p>", "</div>", "<br/>" (not "<SRD>" stock tickers:
    # tags are lower case here and known by name).
    (
        "html-tag",
        r"</?(?:p|div|span|br|a|b|i|em|strong|ul|ol|li|h[1-6]|table|tr|td|th|img|figure|figcaption"
        r"|section|article|header|footer|nav|script|style|iframe|hr|html|head|body|title|meta|link|main|aside"
        r"|time|small|sup|sub|u|blockquote|noscript|picture|source|label|button|form|input|svg)(?:[ \t][^<>\n]{0,200}+)?/?>",
    ),
    # A carriage return written out in caret notation at a line's end, as a
    # tool that showed the raw transmission left it: " REUTER^M".
    ("caret-return", r"\^M(?=[ \t]*+(?:\r?\n|$))"),
)

#: Rules for whole lines: name -> pattern matched against one line (without
#: its line break; the cut takes the break with it).
LINE_RULES: tuple[tuple[str, str], ...] = (
    # Scraped table cells: a line holding only "|" (the seed), or only a
    # rule of - = _ * ~ # + (table borders, section rules).
    ("pipe-line", r"[ \t]*+\|[ \t|]*+"),
    ("rule-line", r"[ \t]*+(?:[-=_*~#+][ \t]*+){3,}+"),
    # Page furniture, in several languages.
    (
        "advertisement",
        r"(?i)[ \t]*+(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità"
        r"|publicidade|реклама|sponsored(?: content)?)[ \t]*+",
    ),
    (
        "share-prompt",
        r"(?i)[ \t]*+(?:share(?: this(?: article| story)?)?(?: on [a-z]{2,20})?|tweet|e-?mail|print"
        r"|facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|copy link|teilen|partager"
        r"|compartir|condividi)[ \t]*+:?[ \t]*+",
    ),
    (
        "subscribe-prompt",
        r"(?i)[ \t]*+(?:subscribe|sign up|follow us|jetzt abonnieren|abonnez-vous|suscríbete)"
        r"(?:[ \t][^\n]{0,80}+)?",
    ),
    (
        "read-more",
        r"(?i)[ \t]*+(?:read more|more from|related(?: articles| stories| news)?|see also|mehr zum thema"
        r"|lire aussi|à lire aussi|leer más|leggi anche|continue reading)"
        # then a link after a colon or arrow, or a title without sentence punctuation
        r"(?:[ \t]*+[:»›>|–—-][^\n]{0,160}+|[ \t]++[^\n.!?]{0,80}+)?",
    ),
    # Photo credit lines that open with their cue: "Photo: Jane Roe/AFP",
    # "Foto: Matthias Balk/dpa", "(Photo by Jane Roe/AFP via Getty Images)",
    # "Photo courtesy of BERNAMA." (more below, in _PHOTO_MARK).
    (
        "photo-credit",
        r"(?i)[ \t]*+\(?(?:photo|foto|picture|image|bild|crédit photo|photo credit|fotografía|фото)s?[ \t]*+"
        r"(?:by[ \t]|courtesy|(?::|/|©)(?=[^\n]{0,120}?(?:/|©|\b(?:AFP|AP|Reuters|dpa|EPA|Getty|ANSA|EFE|Xinhua)\b)))[^\n]{1,160}+",
    ),
    # Breadcrumbs: "Home > World > Asia", "News › Politics › Europe".
    ("breadcrumb", r"[ \t]*+[^\s<>›»]{1,40}+(?:[ \t][^\s<>›»]{1,40}+){0,3}+(?:[ \t]++[>›»][ \t]++[^\s<>›»]{1,40}+(?:[ \t][^\s<>›»]{1,40}+){0,3}+){2,8}+[ \t]*+"),
    ("comment-prompt", r"(?i)[ \t]*+(?:[0-9]{1,6}[ \t]++)?(?:comments?|leave a comment|kommentare)[ \t]*+"),
)

#: Marks that make a short line a photo credit wherever they stand in it:
#: "AFP PHOTO / JANE ROE", "THE CANADIAN PRESS/Paul Chiasson", "Foto/Quelle:
#: dts", "© РИА Новости / Александр Астафьев", and a caption that ends in
#: "Jane Roe/Reuters".
_PHOTO_MARK = lazy_regex(
    r"AFP PHOTO|AP Photo/|REUTERS/|THE CANADIAN PRESS/|via Getty Images|Foto/Quelle:|©[^\n/]{1,60}+/"
    r"|(?<=\p{Lu}[\p{L}\-'.]{0,30})/(?:AFP|dpa|Reuters|AP|EPA|ANSA|EFE|Xinhua|Kyodo|Yonhap|AAP)\)?\.?[ \t]*+(?=\r?\n|$)"
)

# How a line that a LINE_RULES rule other than "breadcrumb" and "pipe-line"
# can match opens: candidate lines are found by one scan for these openers
# after line breaks, and only they are tried against the rules (the rule tests
# fail if a rule's lines do not pass this gate).  Pipe lines are found on
# their own, in runs (see _pipe_runs): a line opening with "|" after its
# blanks can match no other rule.  Every such rule's pattern opens with
# ``[ \t]*+`` and then:
#
# * "rule-line": three of its signs with only blanks between them (its
#   ``(?:[-=_*~#+][ \t]*+){3,}+`` runs to the line's end);
# * "photo-credit": one of these words, after an optional "(" (any case: the
#   words of _PHOTO_WORDS after it);
# * "comment-prompt": one of these words, after an optional count of one to
#   six ASCII digits and blanks (any case: the words of _COMMENT_WORDS after
#   it);
# * every other rule: one of these words, which these prefixes begin.  A
#   word is told first by its first two letters (a case form of a word's first
#   letter, then any case of a word's second), before its letter's
#   alternatives: a line of one capital, or of a capital and a blank, costs
#   one test, not one a letter of _OPENER_WORDS.
#
# The standard library's engine runs this scan several times faster than
# ``regex``, and its case-insensitive letters are a superset of ``regex``'s
# (it also folds the dotless "ı" to "i"), so it misses no line ``regex``
# would match.  The literal "\n" lets the engine skip from line break to line
# break; the range's first line is tested on its own.  A
# word in ASCII lower case at the line's opening is skipped early:
# ``find_noise`` drops a line whose first character is lower case (the
# opener's first character is that one).  The words are grouped by their
# first letter, written as a class of its case forms (less ASCII lower case),
# so that the engine tells each group from one character without folding it.
_OPENER_WORDS = (
    "advert", "anzeige", "werbung", "publicit", "pubblicit", "реклама", "sponsored", "share", "tweet", "email",
    "e-mail", "print", "facebook", "twitter", "whatsapp", "linkedin", "reddit", "pinterest", "telegram",
    "copy link", "teilen", "partager", "compartir", "condividi", "subscribe", "sign up", "follow us", "jetzt",
    "abonnez", "suscr", "read more", "more from", "related", "see also", "mehr zum", "lire aussi", "à lire",
    "leer más", "leggi anche", "continue reading", "comment", "leave a comment", "kommentare", "photo", "foto",
    "picture", "image", "bild", "crédit", "fotograf", "фото",
)
_PHOTO_WORDS = ("photo", "foto", "picture", "image", "bild", "crédit", "fotograf", "фото")
_COMMENT_WORDS = ("comment", "leave a comment", "kommentare")
# Case forms that ``regex`` knows for a letter beyond its upper and lower
# case (tests/stages/test_noise.py checks every first letter against all of Unicode).
_ODD_FORMS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _first_letter(letter: str) -> str:
    """A class of the forms of ``letter`` that ``regex`` takes ignoring case, less ASCII lower case."""
    forms = {letter, letter.upper(), letter.lower(), letter.title(), *_ODD_FORMS.get(letter, "")}
    return "[" + "".join(re.escape(f) for f in sorted(forms) if len(f) == 1 and not "a" <= f <= "z") + "]"


def _opener() -> str:
    """The opener pattern (built on first use, with the other patterns in _compiled)."""
    photo = "(?i:" + prefix_tree(set(_PHOTO_WORDS)) + ")"
    comment = "(?i:" + prefix_tree(set(_COMMENT_WORDS)) + ")"
    groups: dict[str, set[str]] = {}
    for word in _OPENER_WORDS:
        groups.setdefault(word[0], set()).add(word[1:])
    by_letter = "|".join(f"{_first_letter(c)}(?i:{prefix_tree(rest)})" for c, rest in sorted(groups.items()))
    letters = "".join(_first_letter(c)[1:-1] for c in sorted(groups))  # the forms of every word's first letter
    seconds = "".join(sorted({re.escape(rest[0]) for rests in groups.values() for rest in rests}))
    # Every alternative opens with one of the characters of the first look-ahead (none ASCII lower
    # case), a word with one of ``letters``: a line opening otherwise costs one test, not one an
    # alternative, and one opening with a sign is not tried for every word (hostile.py's
    # "_SEPARATOR_START alone", lines of signs: profiled.py --stages, the noise stage 6.7 -> 3.5 ms
    # at 200 KB; hostile.py --against e7ade35, the parse in 0.91-0.94 of the time at 100-400 KB).
    # A word's second letter is asked before the 18 letters' alternatives are tried in turn
    # (hostile.py "rights._ODD_CASE alone", every line a capital's odd form alone: find_noise
    # 16.3 -> 9.6 ms at 400 KB, page_parts.py e3bcca8).  In any case: ``(?i:[...])`` takes what
    # ``(?i:...)`` takes of each.
    return (
        rf"[ \t]*+(?=[\-=_*~#+(0-9{letters}])(?:[-=_*~#+][ \t]*+[-=_*~#+][ \t]*+[-=_*~#+]"
        rf"|\({photo}|[0-9][0-9]{{0,5}}[ \t]++{comment}|(?=[{letters}](?i:[{seconds}]))(?:{by_letter}))"
    )


# A breadcrumb's arrow stands between blanks ("Home > World > Asia"): a line
# without such an arrow cannot be a breadcrumb.  The patterns open with the
# arrow (a rare character the engine can skip to) and look back for the blank;
# ASCII text has only ">", which the engine finds faster as a literal.
_SPACED_ARROW = lazy_re(r"[>›»](?<=[ \t].)[ \t]")
_SPACED_GT = lazy_re(r">(?<=[ \t].)[ \t]")
# How a leftover HTML tag opens (a stock ticker "<SRD>" does not).
_TAG_START = lazy_re(r"</?[a-z]")
#: The characters the "control-character" rule cuts (C0 but TAB, LF and CR; DEL).
CONTROL_CHARS = "".join(map(chr, [*range(9), 11, 12, *range(14, 32), 127]))
#: The characters the "invisible-character" rule cuts: those that
#: :data:`wiretext.data.characters.FORMAT_AND_SPACE` says are removed.
INVISIBLE_CHARS = REMOVED
# The control characters as UTF-8 bytes: each encodes as its own single
# byte, and no other code point's encoding holds a byte below 0x80 other
# than its own ASCII one.  Every other byte deleted, something is left of
# a text's bytes exactly when the text holds one.
_CONTROL_BYTES = CONTROL_CHARS.encode("ascii")
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_INVISIBLE = lazy_re(f"[{re.escape(INVISIBLE_CHARS + JOINERS)}]")  # what every "invisible-character" cut holds
# Every alternative of _PHOTO_MARK holds one of these literal runs (the one
# with a look-behind holds its "/AFP"-like part), so where this finds nothing
# _PHOTO_MARK finds nothing either.
_PHOTO_GATE = lazy_re(
    r"AFP PHOTO|AP Photo/|REUTERS/|THE CANADIAN PRESS/|via Getty Images|Foto/Quelle:|©"
    r"|/(?:AFP|dpa|Reuters|AP|EPA|ANSA|EFE|Xinhua|Kyodo|Yonhap|AAP)"
)
# The same runs less "AFP PHOTO", "via Getty Images" and the one with "©",
# from their "/" (a literal the engine skips to): enough in a text without
# those three.
_PHOTO_SLASH = lazy_re(
    r"/(?:(?<=AP Photo/)|(?<=REUTERS/)|(?<=THE CANADIAN PRESS/)|(?<=Foto/)Quelle:"
    r"|AFP|dpa|Reuters|AP|EPA|ANSA|EFE|Xinhua|Kyodo|Yonhap|AAP)"
)


def _photo_mark_possible(text: str, start: int, stop: int, ascii_text: bool) -> bool:
    """False when _PHOTO_MARK cannot match in ``text[start:stop]`` (``ascii_text``: whether ``text`` is ASCII)."""
    # (the longer the run, the faster ``in`` skips through text without it)
    if "AFP PHOTO" in text or "via Getty Images" in text or (not ascii_text and "©" in text):  # "©" is not ASCII
        return _PHOTO_GATE.search(text, start, stop) is not None
    return "/" in text and _PHOTO_SLASH.search(text, start, stop) is not None


_DIGITS = frozenset("0123456789")

#: Lines longer than this are never furniture.
_LINE_MAX = 200

RULES = CHARACTER_RULES + LINE_RULES


def _alternation(rules: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?P<{name.replace('-', '_')}>{p})" for name, p in rules)


# The "trailing-pipe" rule written to open with its "|", which the standard library's engine skips
# to (a look-behind first is tried at every character; ``regex`` runs either form at the same speed):
# hostile.py "_page_extract._BULLETS alone", 22,000 "|" of which 11,000 after a blank, 3.1 -> 1.1 ms
# at 400 KB (a timing loop).  tests/equivalence/test_noise.py holds it to the rule.
_TRAILING_PIPE = lazy_re(r"\|(?<=[ \t]\|)[ \t|]*+(?=\r?\n|$)")


class _Compiled(NamedTuple):
    opener_at: re.Pattern[str]  # a line that opens like a rule, at the given position
    opener_scan: re.Pattern[str]  # a line break before one
    chars: tuple[tuple[str, regex.Pattern[str] | re.Pattern[str]], ...]
    lines: regex.Pattern[str]  # every line rule, as one alternation
    no_breadcrumb: regex.Pattern[str]  # for lines without a spaced arrow
    digit: regex.Pattern[str]  # for those of them that open with a digit


@once
def _compiled() -> _Compiled:
    """The opener scan, the character rules, and the line rules as alternations for the lines each can match.

    Dropping alternatives that cannot match leaves which one matches first
    unchanged.  A breadcrumb needs a spaced arrow; after its blanks, only
    "comment-prompt" lets a line open with a digit (the others open with a
    sign, "(" or a letter).  Each pattern is compiled on its first use
    (:func:`~wiretext._lazy.lazy_re`): a first parse compiles only those its
    text needs (most copy: the opener, and no rule at all), not 12 ms of all.
    """
    opener = _opener()
    return _Compiled(
        lazy_re(opener),
        lazy_re("\n" + opener),
        tuple((name, _TRAILING_PIPE if name == "trailing-pipe" else lazy_regex(pattern)) for name, pattern in CHARACTER_RULES),
        lazy_regex(_alternation(LINE_RULES)),
        lazy_regex(_alternation(tuple(rule for rule in LINE_RULES if rule[0] != "breadcrumb"))),
        lazy_regex(_alternation(tuple(rule for rule in LINE_RULES if rule[0] == "comment-prompt"))),
    )


def _rule(m: regex.Match[str]) -> str:
    return (m.lastgroup or "noise").replace("_", "-")


_NO_LINES: frozenset[int] = frozenset()

# "pipe-line" lines, one or more in a row or with empty lines between them
# (the seed's debris), as the line rule takes them one by one: at most
# _LINE_MAX characters, a trailing "\r" aside.  A run is cut whole, so that
# a page of them costs a pass of the engine rather than a loop turn and a
# cut a line; its pipe lines are counted as cuts (see :func:`run_lines`).  A
# pipe line alone is a run of one, found at C speed: the cut the line rule
# made of it (hostile.py "_page_extract._BULLETS alone", a pipe line in seven:
# find_noise 28.2 -> 15.5 ms at 400 KB with the two changes below, page_parts.py e3bcca8).
_PIPE_LINE = r"(?=[^\n]{1,200}(?:\n|\Z))[ \t]*+\|[ \t|]*+\r?(?:\n|\Z)"
_PIPE_RUN = lazy_re(rf"{_PIPE_LINE}(?:\n*+{_PIPE_LINE})*+")
# The same after a line break, the run in group 1.  The pattern opens with the "\n", which the
# engine skips to (a look-behind for it was tried at every character), and asks for the "|"
# before the line's length.  No run starts where another ends (it would have gone on), so the
# break a run takes hides none.
_PIPE_RUN_AFTER_BREAK = lazy_re(rf"\n(?=[ \t]*+\|)({_PIPE_LINE}(?:\n*+{_PIPE_LINE})*+)")


def _pipe_runs(text: str, start: int, stop: int) -> list[Cut]:
    """The runs of pipe lines in ``text[start:stop]``, ``start`` taken for a line start."""
    if "|" not in text:
        return []
    runs: list[Cut] = []
    pos = max(start - 1, 0)  # a line break before ``start`` opens a run at ``start``
    if (first := _PIPE_RUN.match(text, start, stop)) is not None:
        runs.append(Cut(start, first.end(), "pipe-line"))
        pos = first.end()
    runs += [Cut(m.start(1), m.end(), "pipe-line") for m in _PIPE_RUN_AFTER_BREAK.finditer(text, pos, stop)]
    # Runs of two or more lines are cut whole in a text holding one of "|\n", "| \n", "|\r" (as they
    # were when that test, a search for a character or two at C speed, gated the search for runs);
    # in another, a line at a time.  (A run's first line holds one of them, or ends in two blanks
    # or a tab, which that test missed.)
    if runs and "|\n" not in text and "| \n" not in text and "|\r" not in text:
        return [line for run in runs for line in run_lines(text, run)]
    return runs


def _line_starts(compiled: _Compiled, text: str, start: int, stop: int) -> list[int]:
    """The starts of the lines that open like a rule."""
    starts: list[int] = []
    # (the scan needs a line break: a text of one line has none to find)
    # most text has no such line: one search tells, without an iterator and a list (profiled.py,
    # cProfile: _line_starts 18 -> 10 ms in 1,500 ag_news parses, 33 -> 27 ms on reuters21578)
    if "\n" in text and (first := compiled.opener_scan.search(text, start, stop)) is not None:
        starts = [m.start() + 1 for m in compiled.opener_scan.finditer(text, first.start(), stop)]
    if compiled.opener_at.match(text, start, stop):
        starts.insert(0, start)  # the scan finds line breaks in the range, so never ``start`` itself
    return starts


def find_noise(text: str, start: int = 0, end: int | None = None, *, with_invisible: bool = True) -> list[Cut]:
    """Return the debris in ``text[start:end]`` as sorted, non-overlapping cuts.

    Whole-line rules are tried on each short line; character rules anywhere
    else.  ``with_invisible=False`` leaves out the "invisible-character" rule.

    >>> text = "|\\nPort reopens |\\nAdvertisement\\nShips came in."
    >>> [(text[c.start:c.end], c.rule) for c in find_noise(text)]
    [('|\\n', 'pipe-line'), ('|', 'trailing-pipe'), ('Advertisement\\n', 'advertisement')]
    """
    stop = len(text) if end is None else end
    if start >= stop:
        return []  # every rule's match holds a character
    compiled = _compiled()
    ascii_text = text.isascii()
    found = _line_cuts(compiled, text, start, stop, ascii_text)
    found += _char_cuts(compiled, text, start, stop, ascii_text, with_invisible)
    return merge(found) if found else []


def _line_cuts(compiled: _Compiled, text: str, start: int, stop: int, ascii_text: bool) -> list[Cut]:
    """The whole-line rules' cuts: runs of pipe lines, then each short candidate line tried once."""
    # Candidate lines: those that open like a rule, and those holding a
    # breadcrumb's arrow; each short one is tried against the rules once.
    # Pipe lines are cut in runs, and not tried (none opens like a rule).
    found: list[Cut] = _pipe_runs(text, start, stop)
    starts = _line_starts(compiled, text, start, stop)
    # A text without an arrow character has no breadcrumb line.
    breadcrumbs: set[int] | frozenset[int] = _NO_LINES
    if ">" in text or (not ascii_text and ("›" in text or "»" in text)):
        arrows = _SPACED_GT if ascii_text else _SPACED_ARROW  # "›" and "»" are not ASCII
        if arrows.search(text, start, stop) is not None:
            breadcrumbs = _arrow_lines(arrows, text, start, stop)
            starts = sorted(breadcrumbs.union(starts))
    # Each line is tried once for each text and alternation: a line after a line break is matched
    # with the same context before it, a "\n" (hostile.py "_NOT_IN_DATELINE alone": the same
    # breadcrumb line 5,000 times; _line_cuts 86 -> 40 ms of CPU at 200 KB)
    tried: dict[tuple[str, int], str | None] = {}
    for pos in starts:
        nl = text.find("\n", pos, stop)
        line_end = stop if nl < 0 else nl
        # Furniture opens with a capital, a digit or a sign; a line opening in
        # lower case continues a hard-wrapped sentence ("...he expected\nmore
        # from the talks than he got").
        if 0 < line_end - pos <= _LINE_MAX and not (first := (line := text[pos:line_end]).lstrip()[:1]).islower():
            # every line rule for a breadcrumb; else the line opens like a rule: ``first`` is the opener's first
            which = 0 if pos in breadcrumbs else 2 if first in _DIGITS else 1
            key = (line, which)
            if pos > start and key in tried:
                rule = tried[key]
            else:
                rule = _line_rule(compiled, which, text, pos, line_end)
                if pos > start and len(tried) < _TRIED:
                    tried[key] = rule
            if rule is not None:
                found.append(Cut(pos, min(stop, line_end + 1), rule))
    return found


def _line_rule(compiled: _Compiled, which: int, text: str, pos: int, line_end: int) -> str | None:
    """The rule the line ``text[pos:line_end]`` matches whole (``which``: 0 any, 1 no breadcrumb, 2 digit), or None."""
    rules = (compiled.lines, compiled.no_breadcrumb, compiled.digit)[which]
    m = rules.fullmatch(text, pos, line_end - (text[line_end - 1] == "\r"))
    return None if m is None else _rule(m)


_TRIED = 256
""":func:`_line_cuts` remembers the rule of at most this many lines (of at most _LINE_MAX characters)."""


def _arrow_lines(arrows: re.Pattern[str], text: str, start: int, stop: int) -> set[int]:
    """The starts of the lines in ``text[start:stop]`` holding a spaced arrow (``start``: the first line's).

    After an arrow the search goes on from the next line: an arrow ends with a blank (none
    spans a line break), and one at a line's start has no blank before it.
    """
    lines: set[int] = set()
    pos = start
    while (m := arrows.search(text, pos, stop)) is not None:
        lines.add(max(start, line_start(text, m.start())))
        nl = text.find("\n", m.end(), stop)
        if nl < 0:
            break
        pos = nl + 1
    return lines


def _char_cuts(
    compiled: _Compiled, text: str, start: int, stop: int, ascii_text: bool, with_invisible: bool
) -> list[Cut]:
    """The character rules' cuts (control, invisible, trailing pipe, tag, caret) and photo credits."""
    found: list[Cut] = []
    # The character rules, in their order, each scanned on its own (one
    # alternation of all four costs more per character) and only where a
    # cheap test finds what its every match holds: one of its characters
    # (control; the invisible ones are none of them ASCII), a "|" after a
    # blank (trailing pipe: the look-behind), a tag's opening.
    control, invisible, pipe, tag, caret = compiled.chars
    chunk = text[start:stop]
    # Control characters are unprintable: text that is printable holds none, and is not read byte
    # by byte.  ASCII text is read by bytes at once: isprintable reads its first line in the Unicode
    # tables, a character at a time (muc34's of some 300 characters: the test 2.3 -> 1.2 µs a text,
    # a timing loop over the texts of 1,500 parses, not kept)
    if (ascii_text or not chunk.isprintable()) and chunk.encode("utf-8", "surrogatepass").translate(None, _NOT_CONTROL):
        found.extend(_cuts(control, text, start, stop))
    if with_invisible and not ascii_text and _INVISIBLE.search(text, start, stop) is not None:
        found.extend(_cuts(invisible, text, start, stop))
    if "|" in text and (" |" in text or "\t|" in text):
        found.extend(_cuts(pipe, text, start, stop))
    if "<" in text and _TAG_START.search(text, start, stop) is not None:
        found.extend(_cuts(tag, text, start, stop))
    if "^" in text and "^M" in text:  # a search for one character is many times faster than for two
        found.extend(_cuts(caret, text, start, stop))
    if _photo_mark_possible(text, start, stop, ascii_text):
        for m in _PHOTO_MARK.finditer(text, start, stop):
            ls = max(start, line_start(text, m.start()))
            nl = text.find("\n", m.end(), stop)
            line_end = stop if nl < 0 else nl + 1
            if line_end - ls <= _LINE_MAX + 40:
                found.append(Cut(ls, line_end, "photo-credit"))
    return found


def _cuts(rule: tuple[str, regex.Pattern[str] | re.Pattern[str]], text: str, start: int, stop: int) -> list[Cut]:
    name, pattern = rule
    return [Cut(m.start(), m.end(), name) for m in pattern.finditer(text, start, stop)]


def merge(cuts: list[Cut]) -> list[Cut]:
    """Sort cuts and drop those that overlap an earlier-listed one (``cuts`` itself when in order already).

    >>> merge([Cut(5, 9, "b"), Cut(0, 6, "a")])
    [Cut(start=0, end=6, rule='a')]
    """
    # already sorted and apart (a reader's cuts): the list itself, checked at C speed and without
    # a list of the starts and ends (explain of control codes: 4 bytes a character less)
    if all(map(le, map(itemgetter(1), cuts), islice(map(itemgetter(0), cuts), 1, None))):
        return cuts
    taken: list[Cut] = []
    for cut in sorted(cuts, key=lambda c: (c.start, -(c.end - c.start))):
        if taken and cut.start < taken[-1].end:
            continue
        taken.append(cut)
    return taken


#: The markers of a transcript's heading (MUC/FBIS copy): "[TEXT]" opens the
#: copy, the others say what it is ("[REPORT]", "[COMMENTARY]") and may be
#: followed by who speaks ("[REPORT] [MARIA LOPEZ] [TEXT]").
TRANSCRIPT_MARKERS: tuple[str, ...] = (
    "TEXT", "REPORT", "COMMENTARY", "EXCERPT", "EXCERPTS", "COMMUNIQUE", "ARTICLE", "EDITORIAL",
    "STATEMENT", "SPEECH", "SUMMARY", "INTERVIEW", "CONTINUED", "ANNOUNCER", "NEWSCAST",
)
# One bracket of a transcript's heading, and the blanks after it.
_BRACKET = lazy_re(r"\[([^\[\]\n]{1,120})\][ \t]*+")


def transcript_heading(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The span of a transcript's heading at ``pos`` (past blanks): ``[REPORT] [MARIA LOPEZ] [TEXT]``.

    A run of at most six brackets that ends with a marker
    (:data:`TRANSCRIPT_MARKERS`); the brackets between markers name who
    speaks or issues the text.  None when ``text`` holds none there.

    >>> transcript_heading("-- [REPORT] [JO LIM] [TEXT] RAIN FELL.", 2, 38)
    (3, 27)
    >>> transcript_heading("-- [FMLN] REBELS SAID.", 2, 22) is None
    True
    """
    while pos < end and text[pos] in " \t\n":
        pos += 1
    if not text.startswith("[", pos, end):
        return None  # nearly all copy
    at, last = pos, None
    for _ in range(6):
        m = _BRACKET.match(text, at, end)
        if m is None:
            break
        at = m.end()
        if m.group(1).strip().upper() in _marker_set():
            last = m.end(1) + 1  # past its "]"
    return None if last is None else (pos, last)


@once
def _marker_set() -> frozenset[str]:
    return frozenset(TRANSCRIPT_MARKERS)
