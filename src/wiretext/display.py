r"""How an Article looks to people: notebook cards, IPython text, terminal tables.

:meth:`Article._repr_html_ <wiretext.Article>` and ``_repr_pretty_`` delegate
here, and so does ``wiretext parse --format table``.  Every function is pure
and returns text; nothing here is needed to parse.

>>> from wiretext import parse
>>> print(summary(parse("Rain in Paris\nPARIS, Jan 2, 2025 (AFP) - Rain fell.")))
Article: Rain in Paris
  agency   AFP (Agence France-Presse)
  place    PARIS, France
  date     2025-01-02
  notes    1 (year-from)
  body     Rain fell.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from ._lazy import lazy_re

if TYPE_CHECKING:
    from .model import Agency, Article, Location
    from .pipeline import Segment

__all__ = [
    "ESCAPED",
    "Explanation",
    "columns",
    "explanation_html",
    "html_card",
    "place",
    "pretty",
    "rows",
    "shorten",
    "summary",
    "visible",
    "wrap",
]


def __dir__() -> list[str]:
    return list(__all__)


class _Printer(Protocol):
    """The part of IPython's ``RepresentationPrinter`` that :func:`pretty` uses."""

    def text(self, obj: str) -> None:
        """Write ``obj`` as it is."""


#: What :func:`visible` writes as an escape: ``(first, last, why)`` code point
#: ranges.  Every one is unprintable (``str.isprintable`` is false for it).
ESCAPED: tuple[tuple[int, int, str], ...] = (
    # ESC (U+001B) opens terminal commands: "\x1b]0;title\x07" retitles the
    # window, "\x1b[2J" clears the screen; BS, CR and LF rewrite or fake lines.
    (0x00, 0x1F, "C0 controls"),
    (0x7F, 0x7F, "DEL"),
    # CSI (U+009B) and OSC (U+009D) open the same commands on terminals that
    # read 8-bit controls; U+0085 is a line break to some.
    (0x80, 0x9F, "C1 controls"),
    (0x2028, 0x2029, "line and paragraph separators (line breaks to some terminals and editors)"),
    # Bidi embeddings, overrides and isolates reorder what is shown, so that
    # text reads other than it is ("Trojan Source", CVE-2021-42574).  The
    # marks LRM, RLM and ALM (U+200E, U+200F, U+061C) reorder nothing
    # around them and are part of right-to-left writing: shown as they are.
    (0x202A, 0x202E, "bidi embeddings and overrides (LRE, RLE, PDF, LRO, RLO)"),
    (0x2066, 0x2069, "bidi isolates (LRI, RLI, FSI, PDI)"),
    # A file name's undecodable bytes (Python's surrogateescape): written
    # raw, they make printing fail with UnicodeEncodeError.
    (0xD800, 0xDFFF, "lone surrogates"),
)

_ESCAPED = lazy_re("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b, _ in ESCAPED) + "]")


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    r"""Write the characters of :data:`ESCAPED` as ``\xNN`` or ``\uNNNN``: ``text`` safe to print to a terminal.

    Every line the ``wiretext`` command writes for people (the table,
    ``explain``, messages on standard error) and :func:`summary`,
    :func:`rows` and :func:`html_card` pass text from the input through
    this, so that no escape sequence, control or bidi override from a story
    or a file name reaches a terminal as it is.

    >>> visible("Rain\x1b]0;owned\x07 fell\u202e.")
    'Rain\\x1b]0;owned\\x07 fell\\u202e.'
    >>> visible("Кольцо · \u200fשלום")  # printable text, and the marks, stay
    'Кольцо · \u200fשלום'
    """
    if text.isprintable():  # no escaped character is printable
        return text
    return _ESCAPED.sub(lambda m: _escape(m.group()), text)


def shorten(text: str, width: int) -> str:
    r"""Put ``text`` on one line, cut to at most ``width`` characters with ``…``.

    >>> shorten("The port\n\nreopened on Friday.", 20)
    'The port reopened o…'
    >>> shorten("Short.", 20)
    'Short.'
    """
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    return flat[: max(0, width - 1)].rstrip() + "…"


def _char_columns() -> Callable[[str], int]:
    """The columns one character takes on a terminal: wcwidth's answer (ftfy depends on it), else East Asian width."""
    measure: Callable[[str], int]
    try:
        from wcwidth import wcwidth as measure
    except ImportError:  # a vendored copy without it
        import unicodedata

        def measure(ch: str) -> int:
            if unicodedata.combining(ch):
                return 0
            return 2 if unicodedata.east_asian_width(ch) in "WF" else 1

    def one(ch: str) -> int:
        return max(measure(ch), 0)  # a control (shown escaped by visible) counts as nothing here

    return one


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes: Chinese and Japanese characters two, marks none.

    >>> columns("Tokyo"), columns("東京"), columns("e\u0301")
    (5, 4, 1)
    """
    if text.isascii():
        return len(text)
    one = _char_columns()
    return sum(map(one, text))


_ASCII_SPACE = str.maketrans("\t\n\r\x0b\x0c", "     ")


def wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """Cut ``text`` into lines of at most ``width`` columns (:func:`columns`), after ``first`` then ``rest``.

    Lines break at ASCII white space (a no-break space holds), as
    :func:`textwrap.wrap` does; a word wider than a line (Chinese and
    Japanese are written without spaces) is broken between characters.

    >>> wrap("東京で雨が降った。港は閉鎖された。", 14, "  ", "  ")
    ['  東京で雨が降', '  った。港は閉', '  鎖された。']
    >>> wrap("Rain fell on the port", 12)
    ['Rain fell on', 'the port']
    """
    one = _char_columns()
    lines: list[str] = []
    line, used = first, columns(first)
    empty = True  # no word on the line yet
    for word in text.translate(_ASCII_SPACE).split(" "):
        if not word:
            continue
        size = columns(word)
        gap = 0 if empty else 1
        if used + gap + size <= width:
            line, used, empty = line + " " * gap + word, used + gap + size, False
            continue
        if not empty and columns(rest) + size <= width:  # the word fits on a line of its own
            lines.append(line)
            line, used, empty = rest + word, columns(rest) + size, False
            continue
        if not empty:  # break the word where the line ends, or on the next line
            line, used = line + " ", used + 1
        for ch in word:
            w = one(ch)
            if used + w > width and not (empty and line in (first, rest)):
                lines.append(line.rstrip())
                line, used = rest, columns(rest)
            line, used, empty = line + ch, used + w, False
    if not empty:
        lines.append(line)
    return lines


def place(location: Location | None) -> str | None:
    """Write a dateline's place as people do: city, region, country.

    The country is left out when the region already says it.

    >>> from wiretext import Location
    >>> place(Location("KALAMAZOO", "Mich.", "United States", "US"))
    'KALAMAZOO, Mich., United States'
    >>> place(Location("Almaty", "Kazakhstan", "Kazakhstan", "KZ"))
    'Almaty, Kazakhstan'
    >>> place(None) is None
    True
    """
    if location is None:
        return None
    parts: list[str] = []
    for part in (location.city, location.region, location.country):
        if part and part not in parts:
            parts.append(part)
    return ", ".join(parts) or None


def _agency(agency: Agency) -> str:
    if agency.name and agency.name != agency.code:
        return f"{agency.code} ({agency.name})"
    return agency.code


def rows(article: Article) -> list[tuple[str, str]]:
    r"""Return the fields people look at first, as ``(label, text)`` pairs.

    Fields that are None or empty are left out, except ``notes``, which is
    always there (a count, then the kinds).  A date whose year is unknown
    is written ``Jan 3 (year unknown)``.  Values are :func:`visible`.

    >>> from wiretext import parse
    >>> for label, text in rows(parse("By Ana Silva\nBEIRUT (Reuters) - The port reopened.")):
    ...     print(f"{label}: {text}")
    byline: By Ana Silva
    agency: Reuters
    place: BEIRUT, Lebanon
    notes: 0
    >>> dict(rows(parse("BEIRUT, Jan 3 (Reuters) - The port reopened.")))["date"]
    'Jan 3 (year unknown)'
    """
    out: list[tuple[str, str]] = []
    if article.byline:
        out.append(("byline", article.byline))
    if article.agencies:
        out.append(("agency", ", ".join(_agency(a) for a in article.agencies)))
    elif article.agency is not None:
        out.append(("agency", _agency(article.agency)))
    where = place(article.location)
    if where:
        out.append(("place", where))
    if article.date is not None:
        out.append(("date", article.date.isoformat()))
    elif article.dateline is not None and article.dateline.month and article.dateline.day:
        out.append(("date", f"{_MONTHS[article.dateline.month - 1]} {article.dateline.day} (year unknown)"))
    if article.rights is not None:
        out.append(("rights", shorten(article.rights.text, 100)))
    out.append(("notes", _notes(article)))
    return [(label, visible(value)) for label, value in out]


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _notes(article: Article) -> str:
    if not article.notes:
        return "0"
    kinds = list(dict.fromkeys(n.kind for n in article.notes))
    return f"{len(article.notes)} ({', '.join(kinds)})"


def summary(article: Article, *, body_width: int = 160) -> str:
    r"""Return a plain-text summary: the headline, then one field a line.

    The body is cut to ``body_width`` characters; its paragraph count is
    added when there is more than one.  Text is :func:`visible`.

    >>> from wiretext import parse
    >>> print(summary(parse("PARIS (AFP) - Rain fell.\n\nIt stopped at noon."), body_width=15))
    Article: (no headline)
      agency   AFP (Agence France-Presse)
      place    PARIS, France
      notes    0
      body     Rain fell. It…  [2 paragraphs]
    """
    lines = [f"Article: {visible(article.headline) if article.headline else '(no headline)'}"]
    lines.extend(f"  {label:8} {value}" for label, value in rows(article))
    if article.body:
        body = visible(shorten(article.body, body_width))
        if len(article.paragraphs) > 1:
            body += f"  [{len(article.paragraphs)} paragraphs]"
        lines.append(f"  {'body':8} {body}")
    return "\n".join(lines)


def pretty(article: Article, p: _Printer, cycle: bool) -> None:
    """Write :func:`summary` to ``p``: IPython's pretty-printer hook.

    >>> from wiretext import parse
    >>> class P:
    ...     def text(self, s): print(s)
    >>> pretty(parse("PARIS (AFP) - Rain."), P(), False)
    Article: (no headline)
      agency   AFP (Agence France-Presse)
      place    PARIS, France
      notes    0
      body     Rain.
    """
    p.text("Article(...)" if cycle else summary(article))


_CARD = (
    '<div class="wiretext-article" style="border:1px solid #8884;border-radius:6px;'
    "padding:.5em .8em;margin:.3em 0;max-width:46em;font-family:system-ui,sans-serif;"
    'line-height:1.35">'
    '<div style="font-weight:600;font-size:1.05em;margin-bottom:.3em">{headline}</div>'
    '<table style="border-collapse:collapse;font-size:.9em;margin:0">{rows}</table>'
    "{body}</div>"
)
_ROW = (
    '<tr><th style="text-align:left;font-weight:normal;opacity:.65;padding:0 1em 0 0;'
    'vertical-align:top">{label}</th><td style="text-align:left;padding:0">{value}</td></tr>'
)
_BODY = '<div style="font-size:.9em;opacity:.8;margin-top:.4em">{text}</div>'


def html_card(article: Article, *, body_width: int = 240) -> str:
    """Return a compact HTML card for notebooks; every value is :func:`visible`, then HTML-escaped.

    Shows the headline, then byline, agency, place, date, rights and the
    notes count, then the start of the body.

    >>> from wiretext import Article
    >>> card = html_card(Article("<b>Hi</b>", None, None, None, (), None, None, "", (), None, ()))
    >>> "&lt;b&gt;Hi&lt;/b&gt;" in card, "<b>" in card
    (True, False)
    """
    esc = html.escape
    headline = esc(visible(article.headline)) if article.headline else "<em>(no headline)</em>"
    table = "".join(_ROW.format(label=esc(label), value=esc(value)) for label, value in rows(article))
    body = _BODY.format(text=esc(visible(shorten(article.body, body_width)))) if article.body else ""
    return _CARD.format(headline=headline, rows=table, body=body)


# -- explain() in a notebook -----------------------------------------------------

#: Background colour of each field's rows in :func:`explanation_html`; a
#: removal (any other label) is shown struck through on grey.
FIELD_COLOURS = {
    "headline": "#fde68a",
    "byline": "#fbcfe8",
    "dateline": "#bfdbfe",
    "body": "#d1fae5",
    "rights": "#ddd6fe",
    "credits": "#fed7aa",
}
_REMOVED_STYLE = "background:#e5e7eb;color:#6b7280;text-decoration:line-through"


def explanation_html(segments: tuple[Segment, ...], *, width: int = 120) -> str:
    """Return an HTML table of ``segments``: a row per segment (white space left out), coloured by field.

    Each row shows the line the segment starts on, its label and its text
    (cut to ``width`` characters, line breaks shown as ``⏎``); every value is
    :func:`visible`, then HTML-escaped, as in :func:`html_card`.

    >>> from wiretext import explain
    >>> table = explanation_html(explain("PARIS (AFP) - Rain <3 & wind.\\n|"))
    >>> "<3" in table, "Rain &lt;3 &amp; wind." in table, "<code>pipe-line</code>" in table
    (False, True, True)
    """
    esc = html.escape
    out = [
        '<table class="wiretext-explain" style="border-collapse:collapse;font-family:system-ui,sans-serif;'
        'font-size:.9em;text-align:left">',
        '<tr><th style="padding:0 .6em">line</th><th style="padding:0 .6em">label</th>'
        '<th style="padding:0 .6em;text-align:left">text</th></tr>',
    ]
    line, before = 1, ""
    for seg in segments:
        line += before.count("\n")  # the line a segment starts on: after the breaks of those before it
        before = seg.text
        if seg.label == "space":
            continue
        colour = FIELD_COLOURS.get(seg.label)
        style = f"background:{colour}" if colour else _REMOVED_STYLE
        shown = esc(visible(shorten(seg.text.strip().replace("\n", "⏎"), width)))
        out.append(
            f'<tr><td style="padding:0 .6em;opacity:.6;text-align:right">{line}</td>'
            f'<td style="padding:0 .6em"><code>{esc(seg.label)}</code></td>'
            f'<td style="padding:.1em .6em;{style}">{shown}</td></tr>'
        )
    out.append("</table>")
    return "".join(out)


class Explanation(tuple["Segment", ...]):
    """What :func:`wiretext.explain` returns: a tuple of Segments that a notebook shows as a coloured table.

    It is a tuple (equal to the plain tuple of the same segments, and used
    as one); only ``_repr_html_`` is added.

    >>> from wiretext import explain
    >>> segments = explain("PARIS (AFP) - Rain.")
    >>> segments == tuple(segments), isinstance(segments, tuple)
    (True, True)
    >>> segments._repr_html_().startswith('<table class="wiretext-explain"')
    True
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        return explanation_html(self)
