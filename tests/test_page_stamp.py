"""A page's time stamp and web byline further from the headline, in page text other extractors make.

Invented pages, laid out as html2text (Markdown) and inscriptis (indented blocks) lay pages out.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wiretext
from wiretext._page_byline import _OPENER, _OPENS, page_byline
from wiretext._page_stamp import (
    _DATED,
    _DIGITS,
    _NOISE,
    _NOISE_WORDS,
    _WORD,
    _even,
    _pieces_after,
    _stamp_among,
    _too_long,
    page_stamp,
)
from wiretext.stamp import _stamp_in

LEAD = (
    "The harbour authority reopened the northern quay on Tuesday after a week of repairs to the sea wall, "
    "and ferries could dock again."
)
MORE = "Engineers raised the wall by half a metre, the authority said in a statement on its website."
MENU = "[Home](/) [World](/world) [Sport](/sport) [Culture](/culture) [Travel](/travel)"


def _markdown(*head: str) -> str:
    """An html2text page: a menu, the headline, what stands between it and the story, the story, a footer."""
    return "\n\n".join([MENU, "# Quay reopens after repairs", *head, LEAD, MORE, "[Imprint](/imprint)"]) + "\n"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published Jun 05, 2026 • 3 minute read", dt.date(2026, 6, 5)),
        ("Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read", dt.date(2024, 8, 28)),
        ("**Published** Jul 17, 2024, 11:21am|**Updated** Jul 17, 2024, 6:39pm", dt.date(2024, 7, 17)),
        ("Zuerst veröffentlicht am 30/04/2024 - 16:17", dt.date(2024, 4, 30)),
        ("15.04.2026 - 15:48 UhrLesedauer: 2 Min.", dt.date(2026, 4, 15)),
        ("Publié le 18 juil. 2024 à 08:01Mis à jour le 18 juil. 2024 à 09:06", dt.date(2024, 7, 18)),
        ("2024-02-14T16:15:30Z", dt.date(2024, 2, 14)),
        ("2025/01/31 11:30", dt.date(2025, 1, 31)),
        ("25 de mayo de 2025 16:51 h", dt.date(2025, 5, 25)),
        ("Publisert 06.01.2026 - 17:29", dt.date(2026, 1, 6)),
        ("Frankfurt, October 23, 2024, 3:48 Uhr", dt.date(2024, 10, 23)),
    ],
)
def test_a_stamp_below_the_byline_and_the_picture_gives_the_date(line: str, day: dt.date) -> None:
    text = _markdown(
        "![The quay at dawn](https://img.example.com/quay.jpg)",
        "Author of the article:",
        "[Mara Lind](https://news.example.com/author/mara-lind/)",
        line,
    )
    a = wiretext.parse(text)
    assert a.date == day
    assert "date-from-page-stamp" in {n.kind for n in a.notes}
    assert a.authors == ("Mara Lind",)
    assert a.paragraphs[-2:] == (LEAD, MORE)
    assert "Published" not in a.body and "Mara" not in a.body and "2024" not in a.body


def test_a_stamp_just_above_the_headline() -> None:
    text = "\n\n".join([MENU, "Politik", "09.09.2025, 14:55 Uhr", "# Quay reopens after repairs", LEAD, MORE])
    assert wiretext.parse(text).date == dt.date(2025, 9, 9)


def test_a_dateline_with_a_date_wins_over_the_stamp() -> None:
    text = _markdown("Published Jun 05, 2026", f"ROTTERDAM, June 4, 2026 (AFP) - {LEAD}")
    a = wiretext.parse(text)
    assert a.date == dt.date(2026, 6, 4)


@pytest.mark.parametrize(
    "line",
    [
        "On 2 December 2024 the ferry docked at the quay for the first time in a week.",
        "The council met on 15.04.2025 and voted to reopen the quay.",
        "Tickets cost 12.50 euros.",
    ],
)
def test_a_sentence_with_a_date_is_no_stamp(line: str) -> None:
    text = f"Quay reopens\n\n{line}\n\n{LEAD}"
    assert page_stamp(text, (0, 12), len(text)) is None


def test_no_stamp_beyond_the_lines_read() -> None:
    filler = "\n\n".join(f"Paragraph {k} of the story, about the quay." for k in range(40))
    text = f"Quay reopens\n\n{filler}\n\n02.12.2024"
    assert page_stamp(text, (0, 12), len(text)) is None


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        (["By [Mara Lind](/profile/mara-lind) and AP"], "Mara Lind"),
        (["von", "Mara Lind"], "Mara Lind"),
        (["Autor:  Mara Lind und Tom Berg, Hamburg"], "Mara Lind"),
        (["Von Mara Lind 15.04.2025, 17:59 Uhr"], "Mara Lind"),
        (["[Mara Lind](https://news.example.com/autoren/mara-lind)", "02.12.2024, 10:00"], "Mara Lind"),
    ],
)
def test_web_bylines_in_markdown(head: list[str], byline: str) -> None:
    a = wiretext.parse(_markdown(*head))
    assert a.authors[:1] == (byline,)
    assert byline not in a.body


def test_a_name_beside_the_stamp_in_inscriptis_text() -> None:
    text = "\n".join([
        "  * Home",
        "  * World",
        "  * Sport",
        "",
        "      Quay reopens after repairs",
        "",
        "          The harbour is open again after a week of works on the sea wall.",
        "",
        "            Mara Lind",
        "          Published Jun 05, 2026",
        "",
        f"      {LEAD}",
        "",
        f"      {MORE}",
        "",
        "  * Imprint",
        "  * Privacy",
    ])
    at = text.index("Published")
    headline = text.index("Quay")
    b = page_byline(text, headline + 26, len(text), (at, at + 22))
    assert b is not None and b.text == "Mara Lind"


@pytest.mark.parametrize("name", ["Deutschland", "Anzeige", "Kommentar von", "Sevilla, Triana", "SUBSCRIBE TO LISTEN"])
def test_a_word_beside_the_stamp_is_no_byline(name: str) -> None:
    text = f"Quay reopens\n\n{name}\n\nPublished Jun 05, 2026\n\n{LEAD}"
    at = text.index("Published")
    assert page_byline(text, 12, len(text), (at, at + 22)) is None


def test_wire_copy_is_not_read_for_page_stamps() -> None:
    text = f"Quay reopens\n\nBy Mara Lind\n\nPublished Jun 05, 2026 • 3 minute read\n\n{LEAD}"
    a = wiretext.parse(text)  # plain copy, no page layout: the head's own stamp reading only
    assert a.date is None
    assert a.body.startswith("Published Jun 05, 2026")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Von dpa 30.04.2024, 18:58", dt.date(2024, 4, 30)),
        ("Friday, 22 Nov 2024 4:55 PM MYT", dt.date(2024, 11, 22)),
        ("Do 25.04.24 | 14:07 Uhr | Von Mara Lind", dt.date(2024, 4, 25)),
        ("27. Januar 2026 • Mara Lind • 3 Minuten", dt.date(2026, 1, 27)),
        ("25/04/2026 Actualizado a las 15:10h.", dt.date(2026, 4, 25)),
        ("05 gennaio 2025 Aggiornato alle 16:01 1 minuti di lettura", dt.date(2025, 1, 5)),
    ],
)
def test_stamps_with_a_byline_or_pieces_beside_them(line: str, day: dt.date) -> None:
    text = f"Quay reopens\n\n{line}\n\n{LEAD}"
    found = page_stamp(text, (0, 12), len(text))
    assert found is not None and found.date == day


def test_a_sentence_cut_by_a_bar_is_no_stamp() -> None:
    text = f"Quay reopens\n\nThe mayor said on 2 May 2025 | that the quay would reopen soon\n\n{LEAD}"
    assert page_stamp(text, (0, 12), len(text)) is None


# The fast forms the lines below the headline are read with, against their plain forms (what the
# module's comments quote); the text drawn from the characters the forms tell apart.
_PLAIN_BLOCK_EDGE = re.compile(r"[ \t]{3,}|(?<=[0-9a-zß-ÿ.!?)])(?=[A-ZÀ-Þ][a-zß-ÿ])")
_PLAIN_DIGITS = re.compile(r"\d\.[ \t]?\d|\d/\d|(?:19|20)\d\d")
_EDGY_LINE = st.lists(
    st.sampled_from([*" \t\r\x85\u2028aqzßÿAQZÀÞ.!?)0129/-٣", "Mis", "   ", "the quay wall"]), max_size=40
).map("".join)
_LONG_LINE = st.tuples(_EDGY_LINE, _EDGY_LINE).map(lambda two: f"{two[0]}{' quay' * 66}{two[1]}")  # (cut into blocks)
_EDGY = st.lists(st.one_of(_EDGY_LINE, _LONG_LINE), max_size=12).map("\n".join)


def _plain_pieces(text: str, pos: int, stop: int, most: int) -> list[tuple[int, int]]:
    """_pieces_after as it was first written: a walk by "\\n" and str.strip(), each long line cut by the plain pattern."""
    lines: list[tuple[int, int]] = []
    while pos < stop and len(lines) < most:
        nl = text.find("\n", pos, stop)
        end = stop if nl < 0 else nl
        if text[pos:end].strip():
            lines.append((pos, end))
        pos = end + 1
    out: list[tuple[int, int]] = []
    for ls, le in lines:
        if le - ls <= 320:
            out.append((ls, le))
            continue
        at = ls
        for m in _PLAIN_BLOCK_EDGE.finditer(text, ls, le):
            if text[at : m.start()].strip():
                out.append((at, m.start()))
            at = m.end()
            if len(out) >= most:
                return out
        if text[at:le].strip():
            out.append((at, le))
        if len(out) >= most:
            break
    return out[:most]


@given(_EDGY, st.integers(0, 40), st.integers(1, 30))
def test_the_lines_below_are_the_plain_walks(text: str, start: int, most: int) -> None:
    start = min(start, len(text))
    assert _pieces_after(text, start, len(text), most) == _plain_pieces(text, start, len(text), most)


@given(st.text(st.sampled_from(list("0129./ \tx٣")), max_size=40))
def test_the_digits_gate_is_the_plain_pattern(line: str) -> None:
    assert (_DIGITS.search(line) is None) == (_PLAIN_DIGITS.search(line) is None)


def test_the_dateline_stage_reads_the_lines_below_the_headline_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import wiretext._page_stamp as page_stamp_module

    reads: list[int] = []
    plain = page_stamp_module._pieces_after

    def counted(text: str, pos: int, stop: int, most: int) -> list[tuple[int, int]]:
        reads.append(pos)
        return plain(text, pos, stop, most)

    monkeypatch.setattr(page_stamp_module, "_pieces_after", counted)
    a = wiretext.parse(_markdown("Mara Lind", "Published Jun 05, 2026"))
    assert a.date == dt.date(2026, 6, 5) and a.authors == ("Mara Lind",)  # both read, the stamp and the byline
    assert len(reads) == 1


# The words of _NOISE's pattern (read from it, not from _NOISE_WORDS), some in capitals, and what else it blanks out.
_PATTERN_WORDS = sorted({w for m in re.finditer(r"(?<![\\a-z])([a-z]{2,})(\?)?", _NOISE.pattern) for w in (m[1], m[1][:-1])})
_NOISE_TOKENS = [
    *_PATTERN_WORDS, "Minutes", "MIN", "İnformation", "fırst", "ſ", "3", "2024", "T16:15:30Z", "4:55", "PM", "MYT",
    "3 minutes de lectura", "2 min read", "5 hours ago", "]", "!", "**", "__", "\\", "h.", ":", "quay", "harbour wall",
    "\t", "Mis",
]
_LINKS = ["[", "](/a", "(", ")", '"', '")']
_NOISY = st.lists(st.sampled_from(_NOISE_TOKENS + _LINKS), max_size=60).map(" ".join)
# A line between two words, in a link's title or not: "[x](/a \"quay ... wall\")".
_FRAMED = st.tuples(
    st.sampled_from(["quay", '[x](/a "quay', "**quay"]),
    st.lists(st.sampled_from(_NOISE_TOKENS), min_size=15, max_size=60).map(" ".join),  # (some 100 to 300 characters)
    st.sampled_from(["wall", 'wall")', "wall**"]),
).map(" ".join)


@given(_NOISY)
def test_the_words_a_line_is_let_go_by_stay_when_it_is_evened_out(line: str) -> None:
    # What _too_long stands on: each word _WORD finds (no noise word, on a line without a quote) is kept
    # whole by _even; so two of them that far apart leave the evened line too long for a stamp.
    even, where = _even(line)
    if '"' not in line:
        for m in _WORD.finditer(line):
            if m.group() not in _NOISE_WORDS:
                kept = "".join(c for c, at in zip(even, where, strict=True) if m.start() <= at < m.end())
                assert kept == m.group()


@settings(max_examples=400)
@given(_FRAMED)
def test_a_line_let_go_before_it_is_evened_out_is_too_long_evened_out(line: str) -> None:
    if _too_long(line):
        assert len(_even(line)[0].strip()) > 160


def test_the_noise_words_are_the_words_noise_blanks_out() -> None:
    # each run of small letters in the pattern, and with a last letter the pattern makes optional left out
    source = _NOISE.pattern
    for m in re.finditer(r"(?<![\\a-z])([a-z]{2,})(\?)?", source):
        word = m.group(1)
        assert word in _NOISE_WORDS
        if m.group(2):
            assert word[:-1] in _NOISE_WORDS


def test_an_opener_starts_with_one_of_the_letters_asked_before_it() -> None:
    # the words of _OPENER's group ("autor(?:in)?" read as "autor"), and every character re takes for their first
    words = re.sub(r"\(\?:in\)\?", "", _OPENER.pattern).split("(?:", 1)[1].split(")", 1)[0].split("|")
    assert "written by" in words and "texte" in words
    for word in words:
        assert _OPENER.match(f"{word.title()}: Mara Lind") is not None
    every = "".join(map(chr, range(0x110000)))
    firsts = re.findall("[" + "".join({w[0] for w in words}) + "]", every, re.IGNORECASE)
    assert set(firsts) == set(_OPENS)


# Lines of dates, half dates, prices and times, with what _even parts, blanks out or rewrites between them.
_DATEISH = st.lists(
    st.sampled_from([
        *"0123459./-: \t[]\\!*_|•hT",
        "04", "15", "24", "30", "12", "2024", "1999", "May", "Mai", "juil.", "Jun", "de", "Von", "by", "Jane",
        "Roe", "Published", "Uhr", "am", "PM", "MYT", "min", "read", "](/a)", "**", "Mis", "th", "Tue",
    ]),
    max_size=40,
).map("".join)


_SEPARATORS = [(".", "."), ("/", "/"), (". ", "."), (".[", "."), (".]", "."), (".\\", "."), (".**", "."), ("-", "-")]
_SEPARATORS += [("/ ", "/"), (".", ". "), (" ", " "), (".", "/"), ("]", ".")]
_DATES = st.builds(
    lambda before, day, seps, month, year, after: f"{before}{day}{seps[0]}{month}{seps[1]}{year}{after}",
    st.sampled_from(["", "Published ", "Von Jane Roe ", "Tue ", "["]),
    st.sampled_from(["5", "15", "30", "2024", "1.5"]),
    st.sampled_from(_SEPARATORS),
    st.sampled_from(["4", "04", "12", "May"]),
    st.sampled_from(["24", "2024", "03", "1999", "5"]),
    st.sampled_from(["", " 15:48 Uhr", " | Jane Roe", " • 3 min read", "](/a)", "h"]),
)


@settings(max_examples=1000)
@given(st.one_of(_DATEISH, _DATES))
def test_a_line_the_dated_gate_lets_go_holds_no_stamp(line: str) -> None:
    if _DATED.search(line) is None:
        even, _ = _even(line)
        core = even.strip()
        assert _stamp_in(core) is None and _stamp_among(core) is None


@pytest.mark.parametrize("line", ["5 May 1999", "May 5, 2024", "30/04/24", "15.04.24", "15. 04.24", "15.[04.24", "2024-04-15"])
def test_a_stamp_line_of_each_shape_passes_the_dated_gate(line: str) -> None:
    assert _DATED.search(line) is not None
    text = f"Quay reopens\n\n{line}\n\n{LEAD}"
    assert page_stamp(text, (0, 12), len(text)) is not None
