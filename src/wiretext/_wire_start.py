"""How a wire transmission starts: the test the layout stage makes before it loads the wire readers.

Plain copy, nearly every text, fails it, and :mod:`wiretext.wire` and its
family readers are then never imported (2 ms of a fresh process's first
parse).  :func:`wiretext.wire.read_wire` makes the same test first.

>>> _START.match("\\x16\\x16\\x01A1234") is not None, _START.match("PARIS, March 4 (AFP) -") is None
(True, True)
>>> _starts_a_transmission("eca001"), _starts_a_transmission("PARIS, March 4 (AFP) -")
(True, False)
"""

from __future__ import annotations

from string import ascii_letters

from ._lazy import lazy_re

# White space, NUL and SYN idle characters that may precede the first SOH/STX.
_LEAD_SOURCE = r"[ \t\r\n\x0b\x0c\ufeff\x00\x16]{0,64}+"

# What both heading lines known by their shape start with, past the blank
# characters (``_BLANK_CHARS``) before them: the letter and digit of an ANPA
# selector ("A1234"), or the service letters and digits of an IPTC heading
# ("eca001").  The first line that is not blank must start so, or
# ``_header_shape`` finds nothing.
_SHAPE_START_SOURCE = r"[\x00-\x20\x7f\xa0\ufeff]*+[A-Za-z]{1,4}\d"

# How every transmission starts: SOH or STX past the ``_LEAD`` characters, or
# a heading known by its shape (``_SHAPE_START``: the ``_LEAD`` characters are
# blank characters too, so that pattern matches from the very start when it
# matches past them).
_START = lazy_re(rf"{_LEAD_SOURCE}[\x01\x02]|{_SHAPE_START_SOURCE}")

_ASCII_LETTERS = frozenset(ascii_letters)


def _starts_a_transmission(text: str) -> bool:
    r"""Whether :data:`_START` matches ``text``; without compiling it where an ASCII letter opens ``text`` (most copy).

    Such a text has no lead and no blank before its first line: ``_START``
    matches it only as ``[A-Za-z]{1,4}\d`` from its first character, that
    is, where one to four ASCII letters open it and a decimal digit (``\d``
    of ``re``: ``str.isdecimal``) follows them.  A test compares both.
    """
    head = text[:5]
    if head[:1] in _ASCII_LETTERS:
        letters = len(head) - len(head.lstrip(ascii_letters))
        return letters <= 4 and text[letters : letters + 1].isdecimal()
    return _START.match(text) is not None
