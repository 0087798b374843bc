"""The dateline finder's shortcuts give what the full patterns give.

:mod:`wiretext.dateline` (with :mod:`wiretext._dateline_search`) does not scan with its slow patterns: it finds
candidate positions with cheap tests and tries the full pattern only there.
Each test here checks a shortcut against the pattern it stands for, on text
built from the pieces datelines are made of.
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from wiretext import _dateline_compile as C
from wiretext import _dateline_credited as DC
from wiretext import _dateline_date as DD
from wiretext import _dateline_search as DS
from wiretext import _dateline_shapes as S
from wiretext import dateline as D
from wiretext import registry
from wiretext._spans import line_start

PIECES = [
    "AP", "AFP", "Reuters", "Reuter", "dpa", "Kyodo", "РИА Новости", "SPA", "Xinhua", "(AP)", "(AFP)", "(dpa/bb)",
    "/TASS/.", "(Punjab)", "[Canada]", "(MENAFN- Kuwait News Agency (KUNA))", "5", "23", "2023", "'89", "1987",
    " ", " ", "  ", "    ", "\t", ",", ", ", "-", " - ", " — ", " -- ", "–", "_", ".", ":", "(", ")", "/", "\n", "\n",
    "Jan", "Oct.", "March", "Marc", "NOV", "Sept", "lug", "сен", "ноября", "Friday", "Mon", "Tues.", "segunda-feira",
    "Monterrey", "the", "de", "el-", "d'", "Sheikh", "PARIS", "New", "York", "Almaty", "МОСКВА", "N.Y.", "Mich.",
    "rare", "protest", "said", "a", "x", "abcdefghijklm", "½", "é", "APx", "AP1", "By",
    "新华社", "中新社", "北京", "4月", "24日", "电", "\u3000", "【", "】", "ソウル", "共同", "＝",
    "القاهرة", "(رويترز)", "(أ ف ب)", "رويترز", "،",
]

texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _bounds(text: str, data: st.DataObject) -> tuple[int, int]:
    pos = data.draw(st.integers(0, len(text)))
    return pos, data.draw(st.integers(pos, len(text)))


@given(texts, st.data())
def test_anchors_are_the_anchor_patterns_matches(text: str, data: st.DataObject) -> None:
    pos, endpos = _bounds(text, data)
    expected = [m.span() for m in S._anchor().finditer(text, pos, endpos)]
    assert list(S._anchors(text, pos, endpos)) == expected


@given(texts, st.data())
def test_credited_search_tries_every_possible_start(text: str, data: st.DataObject) -> None:
    pos, endpos = _bounds(text, data)
    before = data.draw(st.integers(pos, len(text) + 1))
    m = C._patterns().credited.search(text, pos, endpos)
    expected = m.span() if m is not None and m.start() < before else None
    found = DC._search_credited(text, pos, endpos, before)
    assert (found.span() if found is not None else None) == expected


@given(texts, st.data())
def test_no_credited_before_holds(text: str, data: st.DataObject) -> None:
    pos, endpos = _bounds(text, data)
    limit = data.draw(st.integers(pos, len(text)))
    if DC._no_credited_before(text, pos, limit):
        m = C._patterns().credited.search(text, pos, endpos)
        assert m is None or m.start() >= limit
        assert DC._search_credited(text, pos, endpos, limit) is None


def test_no_credited_before_looks_at_the_lines_above() -> None:
    head = "COCOA PAYOUT SEEN\n    SALVADOR, Feb 26 - Showers"
    assert DC._no_credited_before(head, 0, head.index("SALVADOR"))
    for above in ("Firm Wins Grant (AP)", "Storm Hits Coast Reuters", "U.S./JAPAN TALKS"):
        text = above + "\n    SALVADOR, Feb 26 - Showers"
        assert not DC._no_credited_before(text, 0, text.index("SALVADOR"))
    glued = "By John Smith LONDON, March 5 (Reuters) - Text"
    assert not DC._no_credited_before(glued, 0, glued.index("LONDON"))


@given(texts)
def test_line_shape_gates_keep_every_match(text: str) -> None:
    _, _, uncredited, dateonly, credit_only, place_only, ortsmarke, chinese, japanese = C._patterns()
    line = 0
    while line <= len(text):
        nl = text.find("\n", line)
        line_end = len(text) if nl < 0 else nl
        if uncredited.match(text, line) is not None:
            assert DS._uncredited_sep(text, line, line_end)
        if dateonly.match(text, line) is not None:
            assert DS._date_may_start(text, line, line_end)
        if credit_only.match(text, line) is not None:
            assert DS._credit_at_start(text, line, len(text))
        m = place_only.match(text, line)
        if m is not None:
            assert text[line:line_end].lstrip()[:1].isalpha()
            assert DS._place_only_sep(text[line : m.end()]) or DS._colon_sep(text[line : m.end() + 1])
        m = ortsmarke.match(text, line)
        if m is not None:
            assert text[line:line_end].lstrip()[:1].isupper()
            assert DS._first_word_ends_a_sentence(text[line:line_end])
        if chinese.match(text, line) is not None:
            assert text[line:line_end].lstrip()[:1] in "新中"
        if japanese.match(text, line) is not None:
            assert text[line:line_end].lstrip(" \t\u3000")[:1] == "【"
        line = line_end + 1


def test_date_gate_reads_the_first_word() -> None:
    dateonly = C._patterns().dateonly
    for line, gated in [
        ("  Jan 30 (Reuters) -", True),
        ("Friday, Jan 30 (Reuters) -", True),
        ("quarta-feira, 30 de janeiro (Lusa) -", True),
        ("30 janvier (AFP) -", True),
        ("Mär 30 (dpa) -", True),  # letters that are not ASCII: let through
        ("сен 30 (ТАСС) -", True),
        ("AP - Jan 30 (AP) -", False),  # a credit spelling that starts as April does
        ("Janet 30 (AP) -", False),
        ("Jan-30 (AP) -", False),
        ("(Jan 30) -", False),
        ("", False),
    ]:
        assert DS._date_may_start(line, 0, len(line)) is gated, line
        if not gated:
            assert dateonly.match(line) is None, line


def test_uncredited_gate_refuses_only_dashes_the_separator_cannot_be() -> None:
    uncredited = C._patterns()[2]
    for line, gated in [
        ("SEOUL, May 2 -Rain fell", True),  # a capital after the dash: the separator's
        ("SEOUL, May 2 - rain fell", True),
        ("SEOUL, May 2 -", True),  # the line's end
        ('SEOUL, May 2 -"Rain"', True),
        ("SEOUL, May 2 -rain fell", False),
        ("Rates hit a 30-year high on May 2", False),
        ("Hosts won 6-2, 2-6, 7-5", False),
    ]:
        assert DS._uncredited_sep(line, 0, len(line)) is gated, line
        if not gated:
            assert uncredited.match(line) is None, line


def test_no_date_word_or_credit_starts_with_a_space() -> None:
    # The line shapes take their leading spaces possessively (see
    # dateline._patterns): sound while what follows cannot start with one.
    words = [*S._month_tokens(), *S._weekday_tokens(), *registry.credit_spellings()]
    assert [w for w in words if not w or w[0] in " \t"] == []


def test_written_month_table_reads_as_the_full_reader() -> None:
    for written, number in DD._written_months().items():
        assert DD._read_month(written) == number
    assert DD._month_number("Sept.") == 9 and DD._month_number("Marc") == 3 and DD._month_number("Bonn") is None


# Lines with neither a digit nor a separator's character: credited datelines
# may be found in them, but none that _accept takes.
_UNDATED = [p for p in PIECES if not any(c.isdigit() or c in ".:_-—–" for c in p)]


@given(st.lists(st.sampled_from(_UNDATED), max_size=40).map("".join), st.data())
def test_none_taken_above_holds(above: str, data: st.DataObject) -> None:
    text = above + "\n    SALVADOR, Feb 26 - Showers"
    limit = text.index("SALVADOR")
    pos, endpos = _bounds(text, data)
    if pos > limit:
        return
    assert DC._none_taken_above(text, pos, limit)
    while (m := DC._search_credited(text, pos, endpos, limit)) is not None:
        assert D._accept(text, m) is None
        pos = m.start() + 1


def test_none_taken_above_looks_at_the_lines_above() -> None:
    text = "Firm Wins Grant (AP)\nStorm Hits Coast Reuters\n    SALVADOR, Feb 26 - Showers"
    assert DC._none_taken_above(text, 0, text.index("SALVADOR"))
    assert C._patterns().credited.search(text) is not None  # found, and refused
    for above in ("Firm Wins (AP) -", "PARIS, Feb 26 (AFP)", "By John Smith"):
        text = above + "\n    SALVADOR, Feb 26 - Showers"
        assert DC._none_taken_above(text, 0, text.index("SALVADOR")) == (above == "By John Smith")
    glued = "By John Smith LONDON, March 5 (Reuters) - Text"
    assert not DC._none_taken_above(glued, 0, glued.index("LONDON"))


@given(st.text(alphabet=" \t\n\x1c\x85\u2028\u00a0ab.,()Zé"), st.data())
def test_tokens_back_are_the_runs_of_non_space_last_first(text: str, data: st.DataObject) -> None:
    pos, endpos = _bounds(text, data)
    forward = [m.span() for m in regex.finditer(r"\S++", text, pos=pos, endpos=endpos)]
    assert [m.span() for m in DC._TOKEN_BACK.finditer(text, pos, endpos)] == forward[::-1]


@given(texts)
def test_credited_line_gates_keep_every_taken_match(text: str) -> None:
    credited = C._patterns().credited
    line = 0
    while line <= len(text):
        nl = text.find("\n", line)
        line_end = len(text) if nl < 0 else nl
        m = credited.match(text, line)
        if text[line : line + 1] in ("", " ", "\t", "\n"):
            assert m is None
        if m is not None and D._accept(text, m) is not None:
            assert any(c.isdigit() or c in ".:_-—–" for c in text[line:line_end])
        line = line_end + 1


# The pieces, and characters and words the three line-start tests read: a
# word in lower case of every kind, marks the shapes take or refuse.
GATE_PIECES = [*PIECES, "mai", "lundi", "launches", "al-", "el-Fasher", "ez", "x-Ray", "°", "º", "*", "#", ";", "'",
                        "’", "Ñ", "ñ", "\u0301", "½", "٣", "«", "dpa", "Wrap:", "on", "y"]
gate_texts = st.lists(st.sampled_from(GATE_PIECES), max_size=40).map("".join)


@given(gate_texts, st.data())
def test_start_tests_keep_every_match(text: str, data: st.DataObject) -> None:
    shapes = C._patterns()
    pos = data.draw(st.integers(0, len(text)))
    nl = text.find("\n", pos)
    line_end = len(text) if nl < 0 else nl
    for at in (line_start(text, pos), pos):  # at a line's start, and anywhere (after a credit, a place start)
        if shapes.credited.match(text, at, len(text)) is not None:
            assert DS._credited_may_start(text, at, line_end)
        if shapes.uncredited.match(text, at, len(text)) is not None:
            assert DS._uncredited_may_start(text, at, line_end)
        if shapes.place_only.match(text, at, len(text)) is not None:
            assert DS._place_only_may_start(text, at, line_end)


def test_line_start_tests_refuse_headlines_and_prose() -> None:
    for line in ("Stocks end higher as oil falls (Reuters)", "Wrap: Oakland Beats Boston (AP)", "Rates rose &lt;b&gt; 5/6"):
        assert not DS._credited_may_start(line, 0, len(line)), line
    for line in ("OSLO, mai 2 (NTB) -", "el-Fasher, Sudan (AFP) -", "Oslo, occupied lands, May 2 (NTB)", "OSLO dpa -"):
        assert DS._credited_may_start(line, 0, len(line)), line
    assert not DS._uncredited_may_start("Oil: prices rose on May 2 - a", 0, 29)
    assert DS._uncredited_may_start("  des moines, April 7 - a", 0, 25)
    assert DS._uncredited_may_start("ROCKVILLE, Md, - March 6 - a", 0, 28)
    assert not DS._uncredited_may_start("AP - Oil rose on May 2 - a", 0, 26)
    eight = "Oil and gas prices rose again sharply today on May 2 - a"
    assert not DS._uncredited_may_start(eight, 0, len(eight))
    assert not DS._place_only_may_start("Shares rise as oil falls - analysts", 0, 35)
    assert DS._place_only_may_start("RIO DE JANEIRO, the Brazil - a", 0, 30)
    assert DS._place_only_may_start("BHOPAL: a", 0, 9)
    assert not DS._place_only_may_start(" ATHENS (Reuters) - a", 0, 21)
    assert not DS._uncredited_may_start(" ATHENS (Reuters) - May 2 - a", 0, 29)
    assert DS._place_only_may_start("Amritsar (Punjab), India - a", 0, 28)


def test_infer_year_matches_the_year_by_year_search() -> None:
    """infer_year computes the first year directly: it gives what trying each year gives."""
    import datetime as dt

    from wiretext.dateline import infer_year

    def by_search(month: int, day: int, reference: dt.date) -> dt.date | None:
        limit = reference + dt.timedelta(days=1)
        for year in range(limit.year, limit.year - 9, -1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate <= limit:
                return candidate
        return None

    references = [dt.date(y, m, d) for y in (1, 2, 8, 9, 1896, 1900, 1904, 2000, 2024, 9999)
                  for m, d in ((1, 1), (2, 28), (3, 1), (12, 30), (12, 31))][:-1]  # not date.max: no day after it
    references += [dt.date(2024, 2, 29), dt.date(1904, 1, 15)]
    for reference in references:
        for month in range(14):
            for day in range(33):
                assert infer_year(month, day, reference) == by_search(month, day, reference)


@given(st.text(alphabet="0123456789٣۵०१a .-\n", max_size=30))
def test_has_digit_is_an_ascii_digit_search(text: str) -> None:
    """The substring tests find what ``[0-9]`` finds (ASCII digits only)."""
    assert DD._has_digit(text) == (regex.search(r"[0-9]", text) is not None)


@given(texts)
def test_a_found_dateline_is_the_one_the_named_tuple_makes(text: str) -> None:
    """_accept makes its Found by tuple.__new__, without the NamedTuple's __new__: the same value and type."""
    found = D.find(text)
    if found is None:
        return
    assert type(found) is D.Found and found == D.Found(*found)
    assert (found.text, found.start, found.end) == (found[0], found[4], found[5])


def test_a_found_dateline_has_every_field() -> None:
    found = D.find("    KALAMAZOO, Feb 26 - Snow fell on the town for a third day.")
    assert found is not None and type(found) is D.Found
    assert found == D.Found("KALAMAZOO, Feb 26 -", found.location, None, (), 4, 23, (), 2, 26, None)
    assert found.location is not None and found.location.city == "KALAMAZOO"


@given(texts, st.data())
def test_the_uncredited_separator_test_finds_each_dash_as_one_search_does(text: str, data: st.DataObject) -> None:
    """_uncredited_sep looks for each dash by str.find: it answers as a search of the class of the four does."""
    line, line_end = _bounds(text, data)
    text = text + data.draw(st.sampled_from(["", "-", "_x", "—A", "–1", "-a -B"]))

    def by_search() -> bool:
        dash = regex.compile(r"[-—–_]").search(text, line, line_end)
        while dash is not None:
            after = dash.end()
            if after >= line_end or not text[after].isalnum() or text[after].isupper():
                return True
            dash = regex.compile(r"[-—–_]").search(text, after, line_end)
        return False

    assert DS._uncredited_sep(text, line, line_end) is by_search()
