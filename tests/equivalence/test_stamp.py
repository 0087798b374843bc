"""find_stamp's pass over blank lines at once, and its test for a date's figures, against reading every line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


def _find_stamp_line_by_line(text: str, start: int, end: int, *, skip_first: bool = False) -> object:
    """find_stamp as it read every line, blank lines too, one loop turn each."""
    from wiretext.stamp import _LONGEST, _MOST_LINES, Stamp, _stamp_in

    pos, seen, first = start, 0, skip_first
    while pos < end and seen < _MOST_LINES:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        line = text[pos:stop]
        core = line.strip()
        if core and first:
            first = False
        elif core:
            seen += 1
            if len(core) <= _LONGEST and any(c.isdigit() for c in core):
                lead = pos + len(line) - len(line.lstrip())
                hit = _stamp_in(core)
                if hit is not None:
                    return Stamp(lead + hit[0], lead + len(core), hit[1])
        pos = stop + 1
    return None


_STAMP_LINES = st.lists(
    st.sampled_from(
        ["\n", "\n\n", " \n", "\t", "\xa0", "\u2028", "\x1c", "\r\n", "Rain fell.", "Updated Dec. 2, 2024",
         "15.04.2025, 17:59", "By Jane Roe 28 November 2025", "Headline", " ", "x",
         # figures that are no date, and dates the test for a date's figures must let through
         "27.04.24", "2025-04-15", "the 2004 season", "Dec 2, 2024", "2 de diciembre de 2024", "\u0662\u0667.\u0660\u0664.\u0662\u0664", "\u00b2 3 \u00bd", "Dec. 2, 24", "7. 5. 99"]
    ),
    max_size=30,
).map("".join)


@given(_STAMP_LINES, st.booleans(), st.integers(0, 5))
def test_find_stamp_passing_blank_lines_at_once_finds_what_it_found_line_by_line(
    text: str, skip_first: bool, start: int
) -> None:
    from wiretext.stamp import find_stamp

    start = min(start, len(text))
    for end in (len(text), len(text) // 2):
        if start <= end:
            assert find_stamp(text, start, end, skip_first=skip_first) == _find_stamp_line_by_line(
                text, start, end, skip_first=skip_first
            )


@given(_STAMP_LINES, st.integers(0, 5))
def test_a_head_of_one_line_passed_over_holds_no_stamp(text: str, start: int) -> None:
    # the dateline stage does not call find_stamp on a head of the headline alone (skip_first)
    from wiretext._spans import lines
    from wiretext.stamp import find_stamp

    start = min(start, len(text))
    if len(lines(text, start, len(text), most=2)) <= 1:
        assert find_stamp(text, start, len(text), skip_first=True) is None



_DAYS = st.sampled_from(["2", "15", "03", "31", "9", "\u0662", "x"])
_MONTHS = st.sampled_from(["Dec", "Dec.", "diciembre", "Mai", "November", "04", "4", "12", "x"])
_YEARS = st.sampled_from(["2024", "1999", "24", "2", "20245", "15"])
_BLANKS = st.sampled_from([" ", "\t", "  ", "", ".", ". ", ", ", " de ", " del ", "-"])
_SUFFIXES = st.sampled_from(["", ".", "st", "er", "\u00ba", "th", ","])
_LEADS = st.sampled_from(["", "x", "the ", "Updated ", "1", ".", "By Jo Lim "])
_TAILS = st.sampled_from(["", "1", ".5", " x", ", 17:59", "-04-15"])
# dates day first, month first and in figures, and the near misses between them
_DATE_LIKE = st.one_of(
    st.tuples(_LEADS, _DAYS, _SUFFIXES, _BLANKS, _MONTHS, _SUFFIXES, _BLANKS, _YEARS, _TAILS),
    st.tuples(_LEADS, _MONTHS, _SUFFIXES, _BLANKS, _DAYS, _SUFFIXES, _BLANKS, _YEARS, _TAILS),
    st.tuples(_LEADS, _YEARS, _BLANKS, _MONTHS, _BLANKS, _DAYS, _TAILS),
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_DATE_LIKE)
def test_every_date_holds_what_its_pattern_is_searched_behind(line: str) -> None:
    # _date searches each pattern only where its "held" pattern finds something, find_stamp
    # reads a line only where _DATE_HELD does: each must find something wherever the pattern does
    from wiretext import stamp

    for pattern, held in (
        (stamp._NUMERIC, stamp._NUMERIC_HELD),
        (stamp._DAY_FIRST, stamp._DAY_FIRST_HELD),
        (stamp._MONTH_FIRST, stamp._MONTH_FIRST_HELD),
    ):
        if pattern.search(line) is not None:
            assert held.search(line) is not None
            assert stamp._DATE_HELD.search(line) is not None
