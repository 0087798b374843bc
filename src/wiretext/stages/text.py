"""Stage ``text``: how every later stage reads the input.

Decides what a line end is, what becomes of NEL and of lone surrogates,
whether the text is so thick with control characters that they are blanked
in one pass (``dense``), and whether it is a web page's HTML (``markup``:
noted, and no tag is taken for a headline).  Every change keeps one character for one, so
offsets stay those of the input.  Leaves finding anything to the others.
"""

from __future__ import annotations

import re

from .._lazy import lazy_re, lazy_regex
from .._markup import is_markup
from ..data.characters import JOINERS
from ..noise import CONTROL_CHARS, INVISIBLE_CHARS
from .state import State

__all__ = ["BLANK_RUNS", "run"]

_HTML_NOTE = (
    "the text is a web page's HTML, read here as text: wiretext.parse_html (the 'html' extra) reads its"
    " headline, date and byline and finds its story"
)

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
# the noise rules and the wire reader cut.  In a dense text the control
# characters are blanked in one pass (stage noise); the invisible ones stay
# in the work text, and the fields lose them in squash.
BLANK_RUNS = str.maketrans(dict.fromkeys(CONTROL_CHARS, " "))
#: More control, invisible or joining characters than this make a text "dense".
_DENSE = 5000
# (the joiners count too: a run of them alone between white space is cut)
_RUN_CHARS = re.escape(CONTROL_CHARS + INVISIBLE_CHARS + JOINERS)
# Matches (anchored, in one linear pass) when the text holds at least _DENSE of them.
_DENSE_RUNS = lazy_re(f"(?:[^{_RUN_CHARS}]*+[{_RUN_CHARS}]){{{_DENSE}}}")


def run(s: State) -> None:
    """Set ``text`` (line ends, NEL and lone surrogates made uniform) and ``dense``."""
    original = s.original
    # Old Mac line ends ("\r" alone) become "\n": same length, same offsets.
    text = _LONE_CR.sub("\n", original) if "\r" in original else original
    if not text.isascii():
        if "\x85" in text:
            text = text.replace("\x85", "\u2026")
        if _SURROGATE.search(text) is not None:
            surrogates = [m.start() for m in _SURROGATE.finditer(text)]
            text = _SURROGATE.sub("\ufffd", text)
            span = (surrogates[0], surrogates[-1] + 1)
            s.note("lone-surrogate", f"replaced {len(surrogates)} lone surrogate(s) with U+FFFD", span)
    s.text = text
    # Text thick with control characters (hostile, or a corrupt feed) has
    # them blanked in one pass and summed up in a note, rather than cut run
    # by run; explain (detailed) still shows every run.
    s.dense = not s.detailed and len(text) >= _DENSE and _DENSE_RUNS.match(text) is not None
    if is_markup(text):
        # A web page's HTML: read as text it loses its metadata, and its
        # tags must not pass for a headline (see the build in wiretext.pipeline).
        s.note("html-input", _HTML_NOTE)
        s.markup = True
