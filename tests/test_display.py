"""Notebook and terminal display: html_card, summary, _repr_html_, _repr_pretty_."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

import wiretext
from wiretext import Agency, Article, Dateline, Location, Note, RightsNotice
from wiretext.display import html_card, place, rows, shorten, summary

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
