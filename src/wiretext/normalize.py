"""Text repair: the only module that uses ftfy.

``repair`` fixes mojibake and the HTML-entity debris that scrapers leave
(``&amp;``, ``#36;``) while leaving correct text alone: curly quotes stay
curly, full-width characters stay full-width.  ``squash`` normalises white
space.  ``clean`` does both, and is idempotent.
"""

from __future__ import annotations

import html
import html.entities

import ftfy
import regex

from ._lazy import lazy_regex

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


def _entity(m: regex.Match[str]) -> str:
    whole, code = m.group(0, 1)
    if code is not None:
        number = int(code)
        out = chr(number) if 32 <= number < 0x110000 and not 0xD800 <= number < 0xE000 else whole
    else:
        # A name that HTML 5 lists with its semicolon decodes as listed: what
        # html.unescape answers for it, without its own pattern and callback.
        out = html.entities.html5.get(whole[1:]) or html.unescape(whole)
    # "&lt;b&gt;" is escaped markup: decoding it would forge a tag, so the
    # markup characters stay escaped (as do entities that decode to nothing
    # printable).
    return whole if out in ("<", ">", "\x00") else out


def repair(text: str) -> str:
    """Fix mojibake and entity debris; leave correct text as it is.

    >>> repair("Caf\u00c3\u00a9 sales rose #36;10 million &amp; more")
    'Café sales rose $10 million & more'
    >>> repair("\u201cQuoted\u201d stays curly")
    '“Quoted” stays curly'
    """
    if is_clean(text):
        return text
    if "&" in text or "#" in text:
        text = _ENTITY.sub(_entity, text)
    if "\\" in text and "\\$" in text:  # the backslash first, as in is_clean
        text = _ESCAPED_DOLLAR.sub("", text)
    if text.isascii():
        return text
    return ftfy.fix_text(text, _CONFIG)


def is_clean(text: str) -> bool:
    """Whether ``text`` is pure ASCII without entity debris: ``repair`` provably leaves it as it is.

    >>> is_clean("Rain fell."), is_clean("#36;5"), is_clean("Café")
    (True, False, False)
    """
    # A lone backslash is looked for before "\\$" (which holds one): a search
    # for one character is many times faster than for two.
    return text.isascii() and "&" not in text and "#" not in text and ("\\" not in text or "\\$" not in text)


def squash(text: str) -> str:
    """Collapse runs of white space to one space and trim the ends.

    Printable text (every white space character but the space is not)
    whose trimmed core holds no two spaces in a row is that core: a long
    line of words is not split into a million strings and joined again.

    >>> squash("  two\\n words \\t here "), squash("   one line ")
    ('two words here', 'one line')
    """
    if text.isprintable():
        core = text.strip(" ")
        if "  " not in core:
            return core
    return " ".join(text.split())


def clean(text: str) -> str:
    """Repair ``text`` and normalise its white space, keeping paragraph breaks.

    Paragraphs (separated by blank lines) come back joined by one blank line,
    the lines inside each joined by single spaces.  ``clean`` is idempotent.

    >>> clean("Line one\\nwraps here.\\n\\n\\n  Second  #36;5 paragraph.")
    'Line one wraps here.\\n\\nSecond $5 paragraph.'
    """
    while True:  # to a fixed point: nested entities unescape one level a pass
        paragraphs = (squash(p) for p in _BREAKS.split(repair(text)))
        out = "\n\n".join(p for p in paragraphs if p)
        if out == text:
            return out
        text = out
