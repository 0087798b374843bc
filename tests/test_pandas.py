"""to_records into pandas (when it is installed), and explain() in a notebook."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

import wiretext
from wiretext.serialize import RECORD_DTYPES, RECORD_FIELDS, to_records

TEXTS = [
    "Rain in Paris\nPARIS, Jan 2, 2025 (AFP/Reuters) - Rain fell.\n|\n© 2025 AFP",
    "ROME (ANSA) - Sun.",
    "",
]


def test_records_are_plain_values() -> None:
    rows = to_records(wiretext.parse(t) for t in TEXTS)
    assert rows[0]["date"] == dt.date(2025, 1, 2)
    assert rows[0]["notes"] == ["year-from", "pipe-line"]
    assert rows[1]["notes"] == [] and rows[1]["date"] is None
    assert rows[0]["rights_year"] == 2025
    assert list(RECORD_DTYPES) == list(RECORD_FIELDS)


def test_the_documented_one_liner_gives_proper_dtypes() -> None:
    pd = pytest.importorskip("pandas")
    articles = [wiretext.parse(t) for t in TEXTS]
    df = pd.DataFrame(wiretext.to_records(articles)).astype(RECORD_DTYPES)
    assert str(df["date"].dtype) == "datetime64[s]"
    assert df["date"].iloc[0] == pd.Timestamp("2025-01-02") and df["date"].isna().iloc[1]
    assert str(df["rights_year"].dtype) == "Int64"
    assert df["rights_year"].iloc[0] == 2025 and df["rights_year"].isna().iloc[1]
    assert isinstance(df["headline"].dtype, pd.StringDtype) and isinstance(df["byline"].dtype, pd.StringDtype)
    assert df["notes"].iloc[0] == ["year-from", "pipe-line"]
    assert df["notes"].map(len).tolist() == [2, 0, 0]
    assert df.explode("notes")["notes"].dropna().tolist() == ["year-from", "pipe-line"]
    assert df["date"].dt.year.iloc[0] == 2025


def test_explain_is_still_a_tuple() -> None:
    segments = wiretext.explain("PARIS (AFP) - Rain.\n|")
    plain = tuple(segments)
    assert segments == plain and plain == segments and hash(segments) == hash(plain)
    assert segments[0].label == "dateline" and segments[1:] == plain[1:]
    assert pickle.loads(pickle.dumps(segments)) == plain
    assert repr(segments) == repr(plain)


def test_explain_renders_a_coloured_escaped_table() -> None:
    segments = wiretext.explain("Rain <3 & more\nPARIS (AFP) - Rain fell.\n\x1b]0;x\x07|\n")
    table = segments._repr_html_()  # type: ignore[attr-defined]
    assert table.startswith('<table class="wiretext-explain"') and table.endswith("</table>")
    rows = table.split("<tr>")[2:]
    assert [r.split("<code>")[1].split("</code>")[0] for r in rows] == [s.label for s in segments if s.label != "space"]
    assert "Rain &lt;3 &amp; more" in table and "<3" not in table
    assert "\x1b" not in table and "\\x1b" in table  # controls shown escaped, as in the card
    assert "background:#fde68a" in rows[0]  # the headline's colour
    line_of = {r.split("<code>")[1].split("</code>")[0]: r.split(">", 2)[1].split("<")[0] for r in rows}
    assert line_of["headline"] == "1" and line_of["dateline"] == "2"
    assert "line-through" in next(r for r in rows if "<code>control-character</code>" in r)


def test_explain_of_a_built_segment_is_escaped() -> None:
    from wiretext.display import explanation_html
    from wiretext.pipeline import Segment

    table = explanation_html((Segment(0, 9, "<i>x</i>", "<script>"),))
    assert "<script>" not in table and "&lt;script&gt;" in table and "&lt;i&gt;x&lt;/i&gt;" in table
