"""Word counts kept for lines asked about again are those counted afresh.

:func:`wiretext._page_lines._at_least` keeps its answers for short lines
(an LRU cache); :func:`wiretext._page_lines._count_at_least` counts every time.
:func:`wiretext._page_lines._lines` splits a text of few lines at once, a
longer one a block of lines at a time, and finds the lines of a long one
most of whose lines hold no word with a pattern: all read the same lines.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wiretext._page_lines import (
    _HIDDEN_CHARS,
    _MEMO_CHARS,
    _SPLIT,
    _at_least,
    _block_lines,
    _count_at_least,
    _found_lines,
    _Line,
    _lines,
    _split_lines,
)

LINES = st.sampled_from(
    [
        "Port strike ends",
        "-- https://example.com/a",
        "日本 記事 東京で会議が開かれた",
        "Soft\u00adhyphen and zero\u200bwidth",
        "word " * (_MEMO_CHARS // 5),
        "word " * (_MEMO_CHARS // 5 + 1),
        "| | |",
    ]
) | st.text(max_size=_MEMO_CHARS + 20)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=8), st.integers(min_value=1, max_value=45))
def test_a_kept_answer_is_the_count_afresh(lines: list[str], units: int) -> None:
    for line in [*lines, *lines]:  # each asked twice: the second answer is a kept one
        line = line.strip()
        if not line:
            continue
        assert _at_least(line, units) == _count_at_least(line, units) == (_Line(line, 0, True).units >= units)


RAW_LINES = st.lists(
    st.sampled_from(["", " ", "|", "  Home ", "Home", "\tRain fell.\r", "- . -", "_", "Soft\u00adhyphen", "日本の記事"])
    | st.text(alphabet=" \t\r|-_.aZ9\u00ad\u200bé日", max_size=10),
    max_size=30,
)
FIELDS = ("text", "start", "end", "gap", "units", "key", "dkey", "term")


@settings(max_examples=400, deadline=None)
@given(RAW_LINES, st.sampled_from(["\n", "\r\n", "\n\n"]), st.integers(0, 40))
def test_a_text_split_reads_as_one_whose_lines_are_found(lines: list[str], sep: str, block: int) -> None:
    # _lines splits a text at once or a block at a time (blocks made small here, so that texts cross
    # several), and finds the lines of a sparse one with _WORDY_LINE: the same lines
    import wiretext._page_lines as page_lines

    text = sep.join(lines)
    hidden = any(ch in text for ch in _HIDDEN_CHARS)
    split, found = _split_lines(text, hidden), _found_lines(text, hidden)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(page_lines, "_BLOCK", block)
        blocks = _block_lines(text, hidden)
    fields = [[[getattr(ln, f) for f in FIELDS] for ln in read] for read in (split, found, blocks)]
    assert fields[0] == fields[1] == fields[2]
    # and a line read without looking for invisible characters is read as one looked at
    for ln in split:
        assert [getattr(ln, f) for f in FIELDS] == [getattr(_Line(ln.text, ln.start, ln.gap), f) for f in FIELDS]


def test_a_long_sparse_text_is_read_by_the_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    import wiretext._page_lines as page_lines

    calls: list[str] = []
    monkeypatch.setattr(page_lines, "_found_lines", lambda text, hidden: calls.append("found") or [])
    monkeypatch.setattr(page_lines, "_split_lines", lambda text, hidden: calls.append("split") or [])
    monkeypatch.setattr(page_lines, "_block_lines", lambda text, hidden: calls.append("blocks") or [])
    _lines("Home\n" * (_SPLIT - 1))  # few lines: split at once
    _lines("Home\n" * _SPLIT)  # many, holding words: split a block at a time
    _lines("Home\n|\n|\n" * _SPLIT)  # many, most holding none: the pattern skips those
    assert calls == ["split", "blocks", "found"]
