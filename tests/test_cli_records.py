"""wiretext parse on a scraper's export: JSON lines and CSV records, standard input without -."""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from wiretext import Article, parse
from wiretext._dates import reference_date
from wiretext.cli import main


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _rows(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


ITEMS = [
    {"id": 11, "body": "PARIS, Jan 2 (AFP) - Rain fell on the capital.", "fetched": "2026-01-05T10:00:00Z"},
    {"id": "b-12", "body": "ROME, Feb 3 (ANSA) - The sun came out.", "fetched": "2025-02-04"},
    {"id": 13, "body": "OSLO (NTB) - Snow closed the airport.", "fetched": None},
]


def _jsonl(path: Path, items: list[object]) -> Path:
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def test_one_article_per_record_with_id_and_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = _jsonl(tmp_path / "items.jsonl", ITEMS)
    argv = ["parse", str(items), "--text-field", "body", "--id-field", "id", "--date-field", "fetched"]
    assert main([*argv, "--format", "jsonl"]) == 0
    rows = _rows(capsys.readouterr().out)
    assert [(r["line"], r["source_id"], r["reference_date"], r["date"]) for r in rows] == [
        (1, "11", "2026-01-05", "2026-01-02"),
        (2, "b-12", "2025-02-04", "2025-02-03"),
        (3, "13", None, None),
    ]
    assert list(rows[0])[:4] == ["path", "line", "reference_date", "encoding"]
    # The Article is what parse gives for the record's text and date, with the record's id.
    for row, item in zip(rows, ITEMS, strict=True):
        del row["path"], row["line"], row["reference_date"], row["encoding"]
        expected = parse(str(item["body"]), reference_date=reference_date(item["fetched"]))
        assert Article.from_dict(row) == attrs.evolve(expected, source_id=str(item["id"]))


def test_csv_output_has_the_record_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = _jsonl(tmp_path / "items.jsonl", ITEMS)
    argv = ["parse", str(items), "--text-field", "body", "--id-field", "id", "--date-field", "fetched"]
    assert main([*argv, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0])[:5] == ["path", "line", "source_id", "reference_date", "headline"]
    assert [(r["line"], r["source_id"], r["city"], r["date"]) for r in rows] == [
        ("1", "11", "PARIS", "2026-01-02"),
        ("2", "b-12", "ROME", "2025-02-03"),
        ("3", "13", "OSLO", ""),
    ]


def test_failing_records_are_reported_with_their_line_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = tmp_path / "items.jsonl"
    items.write_text(
        "\n".join(
            [
                json.dumps(ITEMS[0]),
                "{not json",
                json.dumps({"id": 3, "text": "a record without the field"}),
                "",  # blank lines are skipped silently
                json.dumps([1, 2]),
                json.dumps({"id": 6, "body": 42}),
                json.dumps({"id": 7, "body": "ROME (ANSA) - Sun.", "fetched": "last Tuesday"}),
                json.dumps(ITEMS[1]),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    status = main(["parse", str(items), "--text-field", "body", "--date-field", "fetched", "--fields", "line,city"])
    out, err = capsys.readouterr()
    assert status == 1
    assert _rows(out) == [{"line": 1, "city": "PARIS"}, {"line": 8, "city": "ROME"}]  # input order
    assert err.splitlines() == [
        f"wiretext: {items}:2: not JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))",
        f"wiretext: {items}:3: no field 'body'",
        f"wiretext: {items}:5: not a JSON object",
        f"wiretext: {items}:6: field 'body' is a int, not a string",
        f"wiretext: {items}:7: field 'fetched': not an ISO date (YYYY-MM-DD) or date-time: 'last Tuesday'",
    ]


def test_csv_records_with_multiline_cells(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "items.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["url", "body", "id"])
        writer.writerow(["u1", "Rain in Paris\nPARIS, Jan 2 (AFP) - Rain fell.\n\nIt stopped.", "a"])
        writer.writerow(["u2", "x" * 200_000 + " (a cell over the csv module's default limit)", "b"])
        writer.writerow(["u3"])  # a short row: no body
        writer.writerow(["u4", "ROME (ANSA) - Sun.", "d"])
    assert main(["parse", str(path), "--text-field", "body", "--id-field", "id", "--fields", "line,source_id,city"]) == 1
    out, err = capsys.readouterr()
    assert _rows(out) == [
        {"line": 2, "source_id": "a", "city": "PARIS"},
        {"line": 6, "source_id": "b", "city": None},
        {"line": 8, "source_id": "d", "city": "ROME"},
    ]
    assert err == f"wiretext: {path}:7: field 'body' is null, not a string\n"


def test_csv_without_the_column_is_one_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "items.csv"
    path.write_text("url,text\nu1,PARIS (AFP) - Rain.\n", encoding="utf-8")
    assert main(["parse", str(path), "--text-field", "body"]) == 1
    assert capsys.readouterr() == ("", f"wiretext: {path}:1: no column 'body' (the columns: url, text)\n")


def test_gzipped_tsv_and_legacy_encoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "items.tsv.gz"
    path.write_bytes(gzip.compress("id\tbody\n1\tBOGOTÁ, 3 ene (EFE) - Acción.\n".encode("cp1252")))
    assert main(["parse", str(path), "--text-field", "body", "--fields", "encoding,city,body"]) == 0
    assert _rows(capsys.readouterr().out) == [{"encoding": "cp1252", "city": "BOGOTÁ", "body": "Acción."}]


def test_bytes_not_of_the_encoding_fail_that_record_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The file's first 64 KiB are UTF-8, so it is read as UTF-8; a later record that is not fails alone.
    path = tmp_path / "items.jsonl"
    good = json.dumps({"body": "PARIS (AFP) - Rain in Zürich." + " " * 100}, ensure_ascii=False).encode() + b"\n"
    lines = 70_000 // len(good)
    path.write_bytes(good * lines + b'{"body": "ROME (ANSA) - \xff\xfe."}\n' + good)
    assert main(["parse", str(path), "--text-field", "body", "--fields", "line,city"]) == 1
    out, err = capsys.readouterr()
    assert [r["line"] for r in _rows(out)] == [*range(1, lines + 1), lines + 2]
    assert err == f"wiretext: {path}:{lines + 1}: bytes that are not utf-8\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"body": "PARIS (AFP) - Rain."}\n', "PARIS"),
        (b"body,id\nPARIS (AFP) - Rain.,1\n", "PARIS"),
    ],
)
def test_standard_input_is_json_lines_or_csv(
    data: bytes, expected: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["parse", "-", "--text-field", "body", "--fields", "path,line,city"]) == 0
    assert _rows(capsys.readouterr().out) == [{"path": "-", "line": 1 if data.startswith(b"{") else 2, "city": expected}]


def test_id_and_date_need_the_text_field(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["parse", "a.jsonl", "--id-field", "id"])
    assert e.value.code == 2
    assert "--id-field and --date-field need --text-field" in capsys.readouterr().err


def test_json_format_streams_the_same_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = _jsonl(tmp_path / "items.jsonl", ITEMS)
    assert main(["parse", str(items), "--text-field", "body", "--format", "jsonl"]) == 0
    rows = _rows(capsys.readouterr().out)
    assert main(["parse", str(items), "--text-field", "body", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert out == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    empty = _jsonl(tmp_path / "empty.jsonl", [])
    assert main(["parse", str(empty), "--text-field", "body", "--format", "json"]) == 0
    assert capsys.readouterr().out == "[]\n"


def test_progress_bar_counts_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tqdm")
    items = _jsonl(tmp_path / "items.jsonl", [*ITEMS * 3, {"no": "body"}])
    out, err = io.StringIO(), _Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    assert main(["parse", str(items), "--text-field", "body", "--format", "jsonl"]) == 1
    assert len(out.getvalue().splitlines()) == 9
    # The message about the tenth record is written through the bar, which is drawn again after it.
    shown = err.getvalue()
    assert f"wiretext: {items}:10: no field 'body'\n" in shown
    assert "10record [" in shown.split("no field 'body'")[1]
    assert "record/s" in shown


def test_table_labels_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    items = _jsonl(tmp_path / "items.jsonl", ITEMS[:1])
    out = _Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["parse", str(items), "--text-field", "body", "--id-field", "id"]) == 0
    assert out.getvalue().splitlines()[0] == f"{items}:1 [11]"


# -- standard input without "-" -------------------------------------------------


def test_a_pipe_is_read_without_dash() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wiretext", "parse", "--fields", "city,agency"],
        input="PARIS (AFP) - Rain.",
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, json.loads(done.stdout), done.stderr) == (0, {"city": "PARIS", "agency": "AFP"}, "")


def test_no_path_on_a_terminal_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal())
    with pytest.raises(SystemExit) as e:
        main(["parse"])
    assert e.value.code == 2
    assert "no PATH given (and standard input is a terminal, not a pipe)" in capsys.readouterr().err


def test_no_path_and_stdin_closed(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["parse"]) == 2
    assert capsys.readouterr() == ("", "wiretext: -: standard input is closed\n")
