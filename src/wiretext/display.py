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
from typing import TYPE_CHECKING, Protocol

from ._lazy import lazy_re

if TYPE_CHECKING:
    from .model import Agency, Article, Location

__all__ = ["ESCAPED", "html_card", "place", "pretty", "rows", "shorten", "summary", "visible"]


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
    always there (a count, then the kinds).  Values are :func:`visible`.

    >>> from wiretext import parse
    >>> for label, text in rows(parse("By Ana Silva\nBEIRUT (Reuters) - The port reopened.")):
    ...     print(f"{label}: {text}")
    byline: By Ana Silva
    agency: Reuters
    place: BEIRUT, Lebanon
    notes: 0
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
    if article.rights is not None:
        out.append(("rights", shorten(article.rights.text, 100)))
    out.append(("notes", _notes(article)))
    return [(label, visible(value)) for label, value in out]


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
