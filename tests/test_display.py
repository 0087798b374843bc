"""Notebook and terminal display: html_card, summary, _repr_html_, _repr_pretty_."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

import wiretext
from wiretext import Agency, Article, Dateline, Location, Note, RightsNotice
from wiretext.display import html_card, place, rows, shorten, summary, visible

EVIL = "<script>alert('x')</script>\"&"


def _evil_article() -> Article:
    agency = Agency(EVIL, EVIL)
    location = Location(EVIL, EVIL + "r", EVIL + "c", EVIL + "cc")
    return Article(
        headline=EVIL,
        byline=EVIL,
        dateline=Dateline(EVIL, location, dt.date(2026, 1, 3), (agency,), (0, 5)),
        agency=agency,
        agencies=(agency, Agency(EVIL + "2")),
        location=location,
        date=dt.date(2026, 1, 3),
        body=EVIL,
        paragraphs=(EVIL,),
        rights=RightsNotice(EVIL, EVIL, 2026, (6, 9)),
        notes=(Note(EVIL, EVIL, None), Note(EVIL + "k", EVIL, (1, 2))),
        authors=(EVIL,),
        credits=((EVIL, (EVIL,)),),
    )


class _Printer:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def text(self, obj: str) -> None:
        self.parts.append(obj)


@pytest.fixture
def article() -> Article:
    return wiretext.parse(
        "Port reopens after strike\nBy Ana Silva\n"
        "BEIRUT, Jan 3 (Reuters) - The port reopened on Friday.\n\nShips queued.\n© 2026 Reuters",
        reference_date=dt.date(2026, 1, 5),
    )


def test_every_value_is_escaped() -> None:
    card = _evil_article()._repr_html_()
    assert "<script" not in card.lower()
    assert "alert('x')" not in card  # the quote is escaped too
    escaped = html.escape(EVIL)
    # headline, byline, agency (two), place, rights, body: every one shown escaped
    assert card.count(escaped) >= 7
    assert html.escape(f"{EVIL}, {EVIL}2") in card  # a name equal to the code is not repeated
    assert html.escape(f"{EVIL}, {EVIL}r, {EVIL}c") in card
    assert html.escape(f"2 ({EVIL}, {EVIL}k)") in card
    # Only the card's own tags remain.
    assert set(re.findall(r"</?([a-z]+)", card)) == {"div", "table", "tr", "th", "td"}


def test_card_shows_the_main_fields(article: Article) -> None:
    card = article._repr_html_()
    assert card == html_card(article)
    assert card.startswith('<div class="wiretext-article"')
    labels = re.findall(r"<th[^>]*>([^<]*)</th><td[^>]*>([^<]*)</td>", card)
    assert labels == [
        ("byline", "By Ana Silva"),
        ("agency", "Reuters"),
        ("place", "BEIRUT, Lebanon"),
        ("date", "2026-01-03"),
        ("rights", "© 2026 Reuters"),
        (
            "notes",
            f"{len(article.notes)} ({', '.join(dict.fromkeys(n.kind for n in article.notes))})",
        ),
    ]
    assert ">Port reopens after strike</div>" in card
    assert "The port reopened on Friday. Ships queued.</div>" in card


def test_card_without_headline_or_body() -> None:
    empty = Article(None, None, None, None, (), None, None, "", (), None, ())
    card = html_card(empty)
    assert "<em>(no headline)</em>" in card
    assert re.findall(r"<th[^>]*>([^<]*)</th><td[^>]*>([^<]*)</td>", card) == [("notes", "0")]


def test_card_cuts_a_long_body() -> None:
    long = wiretext.parse("PARIS (AFP) - " + "word " * 200)
    card = html_card(long, body_width=50)
    assert "word word…</div>" in card
    assert card.count("word") == 10


def test_repr_pretty(article: Article) -> None:
    p = _Printer()
    article._repr_pretty_(p, False)
    assert p.parts == [summary(article)]
    assert p.parts[0].splitlines() == [
        "Article: Port reopens after strike",
        "  byline   By Ana Silva",
        "  agency   Reuters",
        "  place    BEIRUT, Lebanon",
        "  date     2026-01-03",
        "  rights   © 2026 Reuters",
        f"  notes    {rows(article)[-1][1]}",
        "  body     The port reopened on Friday. Ships queued.  [2 paragraphs]",
    ]


def test_repr_pretty_cycle(article: Article) -> None:
    p = _Printer()
    article._repr_pretty_(p, True)
    assert p.parts == ["Article(...)"]


def test_summary_is_plain_text() -> None:
    text = summary(_evil_article())
    assert text.startswith(f"Article: {EVIL}\n")  # plain text: nothing escaped


def test_place() -> None:
    assert place(Location("OSLO", None, "Norway", "NO")) == "OSLO, Norway"
    assert place(Location(None, None, "Norway", "NO")) == "Norway"
    assert place(Location(None)) is None


def test_shorten() -> None:
    assert shorten("a  b\n\nc", 10) == "a b c"
    assert shorten("abcdef", 4) == "abc…"


# Every C0 and C1 control, the line and paragraph separators, every bidi
# embedding, override and isolate, and a lone surrogate.
UNSAFE = [chr(c) for c in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xDCFF)]


def _raw(text: str) -> list[str]:
    return sorted({f"U+{ord(c):04X}" for c in text if c in UNSAFE})


def _unsafe_article() -> Article:
    bad = "".join(UNSAFE)
    agency = Agency("AFP" + bad, bad)
    location = Location("PARIS" + bad, bad, bad, bad)
    return Article(
        headline="Rain" + bad,
        byline=bad,
        dateline=Dateline(bad, location, None, (agency,), (0, 5)),
        agency=agency,
        agencies=(agency,),
        location=location,
        date=None,
        body="Rain" + bad,
        paragraphs=("Rain" + bad,),
        rights=RightsNotice(bad, bad, 2026, (6, 9)),
        notes=(Note("kind" + bad, bad, None),),
        authors=(bad,),
        credits=(),
    )


def test_visible_escapes_every_control_and_bidi_override() -> None:
    shown = visible("".join(UNSAFE))
    assert _raw(shown) == []
    assert shown.startswith("\\x00\\x01")
    assert "\\x1b" in shown and "\\x9b" in shown and "\\u202e" in shown and "\\u2066" in shown and "\\udcff" in shown
    assert visible("Rain in Paris · Кольцо · 北京") == "Rain in Paris · Кольцо · 北京"
    # The right-to-left marks and joiners of real text stay as they are.
    assert visible("\u200fשלום\u200e می\u200cخواهم 👩\u200d💻") == "\u200fשלום\u200e می\u200cخواهم 👩\u200d💻"


def test_visible_covers_the_controls_and_bidi_overrides_of_unicode() -> None:
    import unicodedata

    from wiretext.display import ESCAPED

    listed = {c for first, last, _why in ESCAPED for c in range(first, last + 1)}
    for code in range(0x110000):
        ch = chr(code)
        must = unicodedata.category(ch) in ("Cc", "Zl", "Zp", "Cs") or unicodedata.bidirectional(ch) in (
            "LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI"
        )
        assert (code in listed) == must, f"U+{code:04X}"
        assert not (must and ch.isprintable())


def test_display_shows_no_control_raw() -> None:
    article = _unsafe_article()
    p = _Printer()
    article._repr_pretty_(p, False)
    for name, shown in [
        ("summary", summary(article)),
        ("pretty", "".join(p.parts)),
        ("card", html_card(article)),
        ("rows", "".join(v for _label, v in rows(article))),
    ]:
        assert _raw(shown.replace("\n", "")) == [], name
        assert "\\x1b" in shown, name  # shown, escaped


def test_robustness_page_lists_what_is_escaped() -> None:
    from pathlib import Path

    from wiretext.display import ESCAPED

    page = (Path(__file__).resolve().parents[1] / "docs" / "robustness.md").read_text(encoding="utf-8")
    section = page.split("## Control characters on a terminal")[1].split("\n## ")[0]
    listed = re.findall(r"^\| (U\+[0-9A-F]{4}(?:–U\+[0-9A-F]{4})?) \|", section, re.MULTILINE)
    assert listed == [f"U+{a:04X}" if a == b else f"U+{a:04X}–U+{b:04X}" for a, b, _why in ESCAPED]
