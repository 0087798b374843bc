"""reference_date: a date, a datetime or an ISO string, the same in every entry point and the command."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import wiretext
from wiretext.cli import main

TEXT = "OSLO, Jan 3 (NTB) - Snow fell."
DAY = dt.date(2026, 1, 5)
FORMS: list[object] = [DAY, dt.datetime(2026, 1, 5, 23, 30), "2026-01-05", "2026-01-05T23:30:00+02:00", " 2026-01-05 "]


def _feed() -> bytes:
    return json.dumps({"uri": "urn:x:1", "type": "text", "body_text": TEXT}).encode()


def _entry_points() -> dict[str, Callable[[Any], Any]]:
    points: dict[str, Callable[[Any], Any]] = {
        "parse": lambda ref: wiretext.parse(TEXT, reference_date=ref).date,
        "from_text": lambda ref: wiretext.Article.from_text(TEXT, reference_date=ref).date,
        "explain": lambda ref: [s.text for s in wiretext.explain(TEXT, reference_date=ref)],
        "parse_many": lambda ref: [a.date for a in wiretext.parse_many([TEXT, TEXT], reference_date=ref)],
        "parse_many items": lambda ref: [a.date for a in wiretext.parse_many([TEXT], reference_date=[ref])],
        "parse_feed": lambda ref: [a.date for a in wiretext.parse_feed(_feed(), format="ninjs", reference_date=ref)],
    }
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        pass
    else:
        points["parse_html"] = lambda ref: wiretext.parse_html(
            f"<html><body><article><p>{TEXT}</p></article></body></html>", reference_date=ref
        ).date
    return points


ENTRY_POINTS = _entry_points()


@pytest.mark.parametrize("name", list(ENTRY_POINTS))
@pytest.mark.parametrize("form", FORMS, ids=repr)
def test_every_form_gives_the_same_result(name: str, form: object) -> None:
    call = ENTRY_POINTS[name]
    assert call(form) == call(DAY)
    if name in ("parse", "from_text", "parse_html"):
        assert call(form) == dt.date(2026, 1, 3)


@pytest.mark.parametrize("name", list(ENTRY_POINTS))
def test_a_bad_string_raises_value_error_naming_the_argument(name: str) -> None:
    with pytest.raises(ValueError, match=r"reference_date(?: item 0)?: not an ISO date \(YYYY-MM-DD\) or date-time: '3 Jan'"):
        ENTRY_POINTS[name]("3 Jan")


@pytest.mark.parametrize("name", list(ENTRY_POINTS))
@pytest.mark.parametrize("value", [20260105, 2026.0, b"2026-01-05"], ids=repr)
def test_a_wrong_type_raises_type_error(name: str, value: object) -> None:
    with pytest.raises(TypeError, match="reference_date"):
        ENTRY_POINTS[name](value)


@pytest.mark.parametrize("value", ["2026-02-30", "2026-1-5", "20260105", "2026-01-05T25:00", ""])
def test_strings_that_are_no_iso_date(value: str) -> None:
    with pytest.raises(ValueError, match="reference_date: not an ISO date"):
        wiretext.parse(TEXT, reference_date=value)


# -- The command -----------------------------------------------------------------


def _dates(out: str) -> list[str | None]:
    return [json.loads(line)["date"] for line in out.splitlines()]


def test_cli_today(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["parse", str(tmp_path / "a.txt"), "--reference-date", "today", "--fields", "date"]) == 0
    expected = wiretext.parse(TEXT, reference_date=dt.date.today()).date
    assert _dates(capsys.readouterr().out) == [expected.isoformat() if expected else None]


def test_cli_mtime_is_each_files_modification_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, day in (("a.txt", dt.date(2025, 1, 10)), ("b.txt", dt.date(2026, 1, 10))):
        path = tmp_path / name
        path.write_text(TEXT, encoding="utf-8")
        stamp = time.mktime(dt.datetime(day.year, day.month, day.day, 12).timetuple())
        os.utime(path, (stamp, stamp))
    assert main(["parse", str(tmp_path), "--reference-date", "mtime", "--fields", "date"]) == 0
    assert _dates(capsys.readouterr().out) == ["2025-01-03", "2026-01-03"]
    assert main(["explain", str(tmp_path / "a.txt"), "--reference-date", "mtime"]) == 0
    assert "dateline" in capsys.readouterr().out


def test_cli_mtime_of_a_records_file_is_the_default_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text(
        json.dumps({"body": TEXT}) + "\n" + json.dumps({"body": TEXT, "fetched": "2024-02-01"}) + "\n", encoding="utf-8"
    )
    stamp = time.mktime(dt.datetime(2025, 1, 10, 12).timetuple())
    os.utime(path, (stamp, stamp))
    argv = ["parse", str(path), "--text-field", "body", "--date-field", "fetched", "--reference-date", "mtime"]
    assert main([*argv, "--fields", "reference_date,date"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows == [
        {"reference_date": "2025-01-10", "date": "2025-01-03"},
        {"reference_date": "2024-02-01", "date": "2024-01-03"},
    ]


def test_cli_mtime_on_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(TEXT))  # no file behind it: today
    assert main(["parse", "-", "--reference-date", "mtime", "--fields", "date"]) == 0
    expected = wiretext.parse(TEXT, reference_date=dt.date.today()).date
    assert _dates(capsys.readouterr().out) == [expected.isoformat() if expected else None]
