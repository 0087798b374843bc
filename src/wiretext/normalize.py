"""Text repair: the only module that uses ftfy to mend text (``_badness`` searches its pattern for it).

``repair`` fixes mojibake and the HTML-entity debris that scrapers leave
(``&amp;``, ``#36;``) while leaving correct text alone: curly quotes stay
curly, full-width characters stay full-width.  ``squash`` normalises white
space.  ``clean`` does both, and is idempotent.
"""

from __future__ import annotations

import functools
import html
import html.entities
import re
import unicodedata
from collections.abc import Iterator

import ftfy
import ftfy.badness
import ftfy.chardata
import regex

from ._badness import _is_bad
from ._lazy import lazy_re, lazy_regex, once
from .data.characters import JOINERS, REMOVED

__all__ = ["clean", "repair", "squash"]

# ftfy configured to repair, never to restyle: quotes, ligatures and widths
# are the writer's choice.  HTML unescaping is done below, on our own terms.
_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    explain=False,
)

# Entity debris: full entities (&amp; &#36; &#x24;) and the bare "#36;" that
# some crawls leave once the ampersand is gone (AG News: "#36;10 million").
_ENTITY = lazy_regex(r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|\#[0-9]{1,7}|\#[xX][0-9A-Fa-f]{1,6});|(?<![&\w])\#([0-9]{2,5});")
# A dollar sign escaped for a shell or a CSV dump: "\$50M".
_ESCAPED_DOLLAR = lazy_regex(r"\\(?=\$)")
_BREAKS = lazy_regex(r"\n\s*\n")
# An ampersand escaped twice or more: "&amp;amp;", "&#38;amp;", "&AMP;amp;amp;".
_NESTED_AMP = lazy_re(r"&(?:amp;|AMP;|#38;|#[xX]26;){2,}+")


def _entity(m: regex.Match[str]) -> str:
    whole, code = m.group(0, 1)
    if code is not None:
        number = int(code)
        out = chr(number) if 32 <= number < 0x110000 and not 0xD800 <= number < 0xE000 else whole
    else:
        # A name that HTML 5 lists with its semicolon decodes as listed: what
        # html.unescape answers for it, without its own pattern and callback.
        out = html.entities.html5.get(whole[1:]) or _unescaped(whole)
    # "&lt;b&gt;" is escaped markup: decoding it would forge a tag, so the
    # markup characters stay escaped (as do entities that decode to nothing
    # printable).
    return whole if out in ("<", ">", "\x00") else out


@functools.lru_cache(maxsize=1024)
def _unescaped(entity: str) -> str:
    """``html.unescape(entity)`` for a name HTML 5 does not list with its semicolon, remembered.

    (A wire's own escapes, "&Cx1f;" and "&QL;", repeat: read by html.unescape
    each time, they were half of parse's time on 200 KB of them,
    benchmarks/hostile.py "wire escapes": 3.6 times ordinary copy's time,
    1.8 with this.)

    >>> _unescaped("&QL;"), _unescaped("&ampx;")
    ('&QL;', '&x;')
    """
    return html.unescape(entity)


def repair(text: str) -> str:
    """Fix mojibake and entity debris; leave correct text as it is.

    >>> repair("Caf\u00c3\u00a9 sales rose #36;10 million &amp; more")
    'Café sales rose $10 million & more'
    >>> repair("\u201cQuoted\u201d stays curly")
    '“Quoted” stays curly'
    """
    if is_clean(text):
        return text
    return _repaired_line(text) if len(text) <= _REMEMBERED else _repaired(text)


_REMEMBERED = 2_000
"""``repair`` remembers what it made of the last texts of at most this many characters that needed repair.

A parse repairs one line twice: the head stage reads the line under the
dateline to see whether it prints the headline again, and the body stage
repairs the same line as a paragraph (AG News, whose summaries often hold
entity debris, parses in 0.98 of the time: ``benchmarks/ab.py --cpu --limit
3000`` against this tree without the memory).  Short texts only: what is
remembered stays small.
"""


@functools.lru_cache(maxsize=64)
def _repaired_line(text: str) -> str:
    """:func:`_repaired` of a short text, remembered (a pure function of the text)."""
    return _repaired(text)


def _repaired(text: str) -> str:
    """``repair`` of a text that is not clean."""
    if "&" in text or "#" in text:
        text = _ENTITY.sub(_entity, text)
    if "\\" in text and "\\$" in text:  # the backslash first, as in is_clean
        text = _ESCAPED_DOLLAR.sub("", text)
    if text.isascii():
        return text
    if "\u2026" in text:  # "…" that parse made of NEL after a lead byte: the pair is the repair's (pipeline._analyse)
        text = _LEAD_BYTE_ELLIPSIS.sub("\x85", text)
    return _fix_text(text)


# The lead bytes of two- to four-byte UTF-8 sequences, read as Latin-1.
_LEAD_BYTE_ELLIPSIS = lazy_re("(?<=[\u00c2-\u00f4])\u2026")


# -- When ftfy provably has nothing to do --------------------------------------
#
# ftfy.fix_text (6.1 to 6.3, configured as _CONFIG) cuts the text into lines (and
# lines longer than max_decode_length into pieces) and passes each through
# its steps until one pass changes nothing.  A first pass changes nothing,
# step by step, when:
# - fix_encoding: ftfy.badness.is_bad(line) is false (its first test);
# - fix_c1_controls: the line holds no U+0080..U+009F;
# - fix_line_breaks: no "\r", U+2028 or U+2029 (U+0085 is a C1 control);
# - fix_surrogates: no U+D800..U+DFFF;
# - remove_terminal_escapes, remove_control_chars: none of ftfy's control
#   characters (a terminal escape starts with one, ESC);
# - NFC normalisation: the line is NFC (a line of NFC text is: composing
#   needs a starter before the marks, and "\n" composes with nothing).
# unescape_html, uncurl_quotes, fix_latin_ligatures and fix_character_width
# are off.  Each test but is_bad holds for every line when it holds for the
# whole text.  So does is_bad, but for the one part of ftfy's pattern that
# is anchored ("^[ÃÂ] "): it matches at the start of the text, but at the
# start of a later line only in a search of that line, so such lines are
# looked for apart.


@once
def _ftfy_read() -> bool:
    """Whether this ftfy is one whose fix_text was read as above: 6.1 to 6.3 (the same steps)."""
    return ftfy.__version__.split(".")[:2] in (["6", "1"], ["6", "2"], ["6", "3"])


@once
def _ftfy_steps() -> re.Pattern[str]:
    """The characters that a step of fix_text other than fix_encoding acts on."""
    controls = "".join(re.escape(chr(c)) for c in sorted(ftfy.chardata.CONTROL_CHARS))
    return re.compile(f"[\x80-\x9f\r\u2028\u2029\ud800-\udfff{controls}]")


def _composes_only(text: str) -> bool:
    """Whether a first pass of fix_text over each line of ``text`` (one piece a line) does nothing but NFC."""
    return _ftfy_steps().search(text) is None and _not_bad(text)


def _not_bad(text: str) -> bool:
    """Whether fix_encoding leaves each line of ``text`` as it is at once: ftfy's pattern finds nothing in it."""
    # "^[ÃÂ] " at a line start.  A paragraph is one line: a search for a line
    # break spares two searches for three characters (on 400 KB of "i İı k K
    # s ſ", _not_bad 8.0 -> 6.7 ms: ``benchmarks/page_parts.py e81794e --family
    # "noise._ODD_FORMS alone" --size 400000 --part normalize._not_bad``).
    at_line_start = "\n" in text and ("\n\u00c3 " in text or "\n\u00c2 " in text)
    return not at_line_start and not _is_bad(text)


# Text that is not NFC but has nothing else for ftfy to mend (a Kelvin sign,
# "K", which NFC makes "K"; a letter and its combining accent) comes out of
# fix_text composed: its first pass changes the lines by NFC alone, and its
# second changes nothing when the composed text passes the same tests.  So
# ftfy runs only on the pieces where it may do more: on 200 KB of the Kelvin
# sign, the dotted I and the long s (benchmarks/hostile.py, family
# "rights._ODD_CASE alone") parse took 7.9 times as long as ordinary copy's,
# most of it in ftfy reading one long paragraph; 2.7 with this (and the
# window test of _bad_in).


def _pieces(text: str) -> Iterator[str]:
    """``text`` cut where fix_text cuts it into pieces (lines, and a line past max_decode_length), a run at a time.

    Each run holds at most max_decode_length characters and ends where a
    piece of fix_text ends, so fix_text of each run, joined, is fix_text of
    the whole (tests/equivalence/test_normalize.py checks it with a small limit).

    >>> list(_pieces("one\\ntwo"))
    ['one\\ntwo']
    """
    limit = _CONFIG.max_decode_length
    pos = 0
    while len(text) - pos > limit:
        cut = text.rfind("\n", pos, pos + limit) + 1  # the last line that fits
        end = cut if cut > pos else pos + limit  # none: fix_text cuts the line
        yield text[pos:end]
        pos = end
    yield text[pos:]


def _fix_text(text: str) -> str:
    """``ftfy.fix_text(text, _CONFIG)``, run only on the pieces where it may do more than compose.

    >>> _fix_text("\u212a = 1.38e-23 J/K\\nCaf\u00c3\u00a9")
    'K = 1.38e-23 J/K\\nCafé'
    """
    if not _ftfy_read():  # another ftfy, whose pieces and steps were not read: run whole
        return ftfy.fix_text(text, _CONFIG)
    return "".join(map(_fix_piece, _pieces(text)))


def _fix_piece(text: str) -> str:
    """``ftfy.fix_text(text, _CONFIG)`` for a run of :func:`_pieces`, composed without ftfy where that is all it does."""
    if not _composes_only(text):
        return _fix_line(text) if "\n" not in text[:-1] else ftfy.fix_text(text, _CONFIG)
    if unicodedata.is_normalized("NFC", text):
        return text  # ftfy would return it as it is
    composed = _nfc(text)
    # NFC makes none of the characters of ftfy's other steps (no character
    # decomposes to one, nor composes to one: tests/equivalence/test_normalize.py
    # reads every code point), so only ftfy's pattern is searched again.
    return composed if _not_bad(composed) else ftfy.fix_text(text, _CONFIG)  # a second pass: nothing


def _nfc(text: str) -> str:
    """``unicodedata.normalize("NFC", text)``, made by replacing a few characters that NFC changes on their own where that is all it does.

    A character is canonically equivalent to its NFC, so ``text`` with each
    of them replaced by it is equivalent to ``text``; where that is NFC
    (``unicodedata.is_normalized``, which is exact), it is NFC(text), the one
    NFC text of those equivalent to it.  No character below U+0300 is changed
    by NFC or composes with another, so the search passes over them (every
    character from U+0300 on is looked at, the first that NFC keeps as it is
    ends the search: NFC is made the plain way).  On 400 KB of "İ ı ſ K",
    of which NFC only makes each Kelvin sign "K", :func:`_fix_piece` took
    0.78 of its time (``benchmarks/page_parts.py 9925d4e --family
    "rights._ODD_CASE alone" --size 400000 --part normalize._fix_piece``).
    tests/equivalence/test_normalize.py compares the two.

    >>> _nfc("\u212a = 1.38e-23 J/\u212a"), _nfc("Cafe\u0301")
    ('K = 1.38e-23 J/K', 'Café')
    """
    replaced, pos = text, 0
    for _ in range(_FEW_CHANGED):
        found = _PAST_U02FF.search(replaced, pos)
        if found is None:
            if unicodedata.is_normalized("NFC", replaced):
                return replaced
            break
        char = found.group()
        alone = unicodedata.normalize("NFC", char)
        if alone == char:  # a mark, or a character NFC keeps: what it does beside others is not known here
            break
        replaced = replaced.replace(char, alone)
        pos = found.start()  # none before it is past U+02FF
    return unicodedata.normalize("NFC", text)


_PAST_U02FF = lazy_re("[^\x00-\u02ff]")
_FEW_CHANGED = 8


def _fix_line(line: str) -> str:
    """``ftfy.fix_text(line, _CONFIG)`` for one line (a paragraph of the body), without its other steps where only fix_encoding could act.

    A pass of fix_text is fix_encoding (run to a fixed point), then the other
    steps; passes go on until one changes nothing.  On a line that none of
    the other steps changes (none of their characters, and NFC), a pass that
    fix_encoding leaves as it is changes nothing; one that it changes goes on
    from the changed line, as fix_text from that line would.  Text that
    ftfy's pattern calls bad and leaves as it is (a paragraph of "ł", "ø" and
    "đ": benchmarks/hostile.py "registry._STROKES in prose") is read once by
    fix_encoding, not by every step: parse takes 18% less time on it (its
    rest is fix_encoding's own search for the pattern).
    """
    if _ftfy_steps().search(line) is None and unicodedata.is_normalized("NFC", line):
        if _kept_by_fix_encoding(line):
            return line
        fixed = ftfy.fix_encoding(line)  # as fix_text calls it
        if fixed == line:
            return line
        line = fixed
    return ftfy.fix_text(line, _CONFIG)


def _kept_by_fix_encoding(line: str) -> bool:
    """Whether ``ftfy.fix_encoding(line)`` is ``line`` (False: unknown), for a line without C1 controls, each distinct match of its inconsistent-UTF-8 pattern tested once.

    A step of fix_encoding (ftfy 6.1 to 6.3) leaves text that ftfy's pattern
    calls bad as it is unless a single-byte encoding of its list can encode
    the text, decode_inconsistent_utf8 changes it, or it holds a C1 control
    (which the caller rules out).  decode_inconsistent_utf8 replaces each
    match of UTF8_DETECTOR_RE shorter than the text that is_bad calls bad by
    fix_encoding of the match: a pure function of the match.  ftfy tests
    every match; a paragraph of "ł", "ø" and "ð" (hostile.py
    "registry._STROKES alone") holds one match 10,800 times in 400 KB, each
    tested by is_bad through a Python callback.  Here each distinct match is
    tested once (tests/equivalence/test_normalize.py compares the two):
    :func:`_fix_line` took 0.53 of its time there (``benchmarks/page_parts.py
    e3bcca8 --family "registry._STROKES alone" --size 400000 --part
    normalize._fix_line``); finding the matches is the rest.
    """
    if not _ftfy_read() or any(ftfy.chardata.possible_encoding(line, code) for code in ftfy.chardata.CHARMAP_ENCODINGS):
        return False
    return not any(
        len(match) < len(line) and ftfy.badness.is_bad(match) and ftfy.fix_encoding(match) != match
        for match in _inconsistent_utf8(line)
    )


def _inconsistent_utf8(text: str) -> set[str]:
    """The distinct matches of ftfy's ``UTF8_DETECTOR_RE`` in ``text``.

    >>> sorted(_inconsistent_utf8("\u00f0 \u0142 x \u00f0 \u0142 and Caf\u00c3\u00a9"))
    ['Ã©', 'ð ł ']
    """
    fast = _utf8_detector()
    if fast is None:
        return set(map(re.Match.group, ftfy.chardata.UTF8_DETECTOR_RE.finditer(text)))
    return set(fast.findall(text))


# ftfy's pattern (6.3) starts with a look-behind, so the engine tries it, and
# its three alternatives, at every character.  The same pattern, written to
# start with the class of its first characters (the look-behind taken one
# character later, the alternative told by the character taken), lets the
# engine pass over other characters at C speed; and with no group, findall
# makes no match objects.  On "registry._STROKES alone" (10,800 matches in
# 400 KB, one distinct) _fix_line took 0.33 of its time
# (``benchmarks/page_parts.py a1b166b --family "registry._STROKES alone"
# --size 400000 --part normalize._fix_line``).  tests/equivalence/test_normalize.py
# compares the matches of the two.
# The pattern that rewriting was read from (ftfy 6.3, its text built from
# UTF8_CLUES): another is used as ftfy gives it.
_UTF8_DETECTOR_DIGEST = "f4a491a791e87dd71a7f15bf667741298e705a073e8ed20f1a222098aea0362a"


@once
def _utf8_detector() -> re.Pattern[str] | None:
    """The pattern of ftfy's UTF8_DETECTOR_RE, written to start with a class, without its group (None: ftfy's is another)."""
    import hashlib

    clues = ftfy.chardata.UTF8_CLUES
    ftfys = ftfy.chardata.UTF8_DETECTOR_RE
    first = "[{utf8_first_of_2}{utf8_first_of_3}{utf8_first_of_4}]".format(**clues)
    if (
        hashlib.sha256(ftfys.pattern.encode("utf-8")).hexdigest() != _UTF8_DETECTOR_DIGEST
        or ftfys.flags != re.VERBOSE | re.UNICODE
        or any(char in first[1:-1] for char in "^-[]\\")  # one class made of three: each character stands for itself
    ):
        return None
    more = "[{utf8_first_of_2}][{c}]|[{utf8_first_of_3}][{c}]{{2}}|[{utf8_first_of_4}][{c}]{{3}}"
    told = "(?<=[{utf8_first_of_2}])[{c}]|(?<=[{utf8_first_of_3}])[{c}]{{2}}|(?<=[{utf8_first_of_4}])[{c}]{{3}}"
    strict = "[{utf8_continuation_strict}]".format(**clues)
    told, more = (part.format(c=clues["utf8_continuation"], **clues) for part in (told, more))
    return re.compile(f"{first}(?<!{strict}.)(?:{told})(?:{more})*", re.DOTALL)


def is_clean(text: str) -> bool:
    """Whether ``text`` is pure ASCII without entity debris: ``repair`` provably leaves it as it is.

    >>> is_clean("Rain fell."), is_clean("#36;5"), is_clean("Café")
    (True, False, False)
    """
    # A lone backslash is looked for before "\\$" (which holds one): a search
    # for one character is many times faster than for two.
    return text.isascii() and "&" not in text and "#" not in text and ("\\" not in text or "\\$" not in text)


def repaired_floor(text: str) -> int:
    """A lower bound on ``len(squash(repair(text)))`` for printable ASCII ``text``; -1 for other text.

    Repair of ASCII text decodes entity debris (each match of its pattern
    ends in its one ";" and is at most 33 characters long) and drops a
    backslash before "$"; where the decoded text is not ASCII, ftfy (6.1 to
    6.3, as configured here) leaves a character for each printable ASCII one:
    none is part of mojibake or a control character, nor a mark composed
    onto another character, and no entity decodes to the escape that opens a
    terminal code.  squash keeps every character but the blanks.  So all the
    characters but the blanks stay, but for 33 a ";" and one a backslash
    (tests/equivalence/test_head.py checks the bound).

    >>> repaired_floor("Rain  fell \\\\$5"), len(squash(repair("Rain  fell \\\\$5")))
    (10, 12)
    """
    if not (text.isascii() and printable(text)) or not _ftfy_read():
        return -1
    return len(text) - text.count(" ") - 33 * text.count(";") - text.count("\\")


# The format characters that data/characters.py says are removed.
_REMOVED = lazy_re("[" + re.escape(REMOVED) + "]")
_JOINER = lazy_re("[" + re.escape(JOINERS) + "]")


_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))
_FROM_BYTES = 64


def printable(text: str) -> bool:
    """``text.isprintable()``, told from the bytes of an ASCII text of more than 64 characters.

    ``str.isprintable`` looks each character up in the Unicode tables (about
    2.3 ns a character here); the printable ASCII characters are the bytes
    0x20 to 0x7e, which ``bytes.translate`` deletes from a copy of the bytes
    at about 0.35 ns a character (and 0.2 µs a call): nothing is left of a
    printable text.  Shorter texts are asked directly (``timeit``: the two
    cost the same at some 60 characters).  ``tests/equivalence/test_normalize.py``
    compares the two.

    >>> printable("Rain fell. " * 8), printable("Rain\\nfell. " * 8), printable("Rain")
    (True, False, True)
    """
    if len(text) > _FROM_BYTES and text.isascii():
        return not text.encode().translate(None, _PRINTABLE_ASCII)
    return text.isprintable()


def squash(text: str) -> str:
    """Collapse runs of white space to one space, trim the ends, and take out invisible characters.

    The invisible characters are the format characters that
    :data:`wiretext.data.characters.FORMAT_AND_SPACE` says are removed
    (soft hyphen, zero width space, word joiner, ...): the text on either
    side joins.  ZWNJ and ZWJ stay, but for a word made of nothing else.
    Printable text (every white space character but the space
    is not, nor is any format character) whose trimmed core holds no two
    spaces in a row is that core: a long line of words is not split into a
    million strings and joined again.

    >>> squash("  two\\n words \\t here "), squash("   one line "), squash("Schiff\\u00adfahrt \\u200c")
    ('two words here', 'one line', 'Schifffahrt')
    """
    if printable(text):
        core = text.strip(" ")
        if "  " not in core:
            return core
    elif not text.isascii():
        text = _REMOVED.sub("", text)
        if _JOINER.search(text) is not None:
            # (a joiner is in a word, or a word of its own, which joins nothing)
            return " ".join(word for word in text.split() if word.strip(JOINERS))
    return " ".join(text.split())


def clean(text: str) -> str:
    """Repair ``text`` and normalise its white space, keeping paragraph breaks.

    Paragraphs (separated by blank lines) come back joined by one blank line,
    the lines inside each joined by single spaces.  ``clean`` is idempotent.

    >>> clean("Line one\\nwraps here.\\n\\n\\n  Second  #36;5 paragraph.")
    'Line one wraps here.\\n\\nSecond $5 paragraph.'
    """
    # Nested escapes ("&amp;amp;amp;...") unescape one level a pass: a run
    # of them is first made one level, so the passes stay few (a crafted run
    # of a hundred thousand levels made clean quadratic).
    if "&" in text:
        text = _NESTED_AMP.sub("&amp;", text)
    while True:  # to a fixed point: nested entities unescape one level a pass
        paragraphs = (squash(p) for p in _BREAKS.split(repair(text)))
        out = "\n\n".join(p for p in paragraphs if p)
        if out == text:
            return out
        text = out
