"""The wiretext command."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wiretext import Article, parse
from wiretext.cli import FIELDS, main
from wiretext.serialize import to_records

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


class _Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class _Closed(io.StringIO):
    """A stdout whose reader has gone away."""

    def write(self, s: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def _lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_parse_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("PARIS, Jan 2, 2025 (AFP) - Rain fell.", encoding="utf-8")
    assert main(["parse", str(tmp_path), "--format", "jsonl"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["path"] == str(tmp_path / "a.txt")
    assert row["agency"]["code"] == "AFP"
    assert row["date"] == "2025-01-02"
    assert row["encoding"] == "utf-8"
    assert [n["kind"] for n in row["notes"]] == ["year-from"]  # no encoding note for UTF-8


def test_jsonl_rows_are_articles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(EXAMPLES / "ap_feed.txt"), "--format", "jsonl"]) == 0
    row = json.loads(capsys.readouterr().out)
    del row["path"], row["encoding"]
    article = Article.from_dict(row)
    assert article.headline == "Town council approves new ferry schedule"
    assert article.location is not None
    assert article.location.city == "KALAMAZOO"


def test_parse_csv_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("PARIS (AFP) - Rain fell.", encoding="utf-8")
    assert main(["parse", str(tmp_path / "a.txt"), "--format", "csv", "--fields", "path,agency,city"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows == [{"path": str(tmp_path / "a.txt"), "agency": "AFP", "city": "PARIS"}]


def test_csv_default_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("PARIS, Jan 2, 2025 (AFP) - Rain fell.\n© 2025 AFP", encoding="utf-8")
    assert main(["parse", str(tmp_path / "a.txt"), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "\r" not in out
    (row,) = csv.DictReader(io.StringIO(out))
    assert list(row) == [
        "path",
        "headline",
        "byline",
        "agency",
        "city",
        "region",
        "country_code",
        "date",
        "rights_holder",
        "body",
    ]
    assert (row["agency"], row["date"], row["rights_holder"], row["body"]) == (
        "AFP",
        "2025-01-02",
        "Agence France-Presse",
        "Rain fell.",
    )


def test_fields_apply_to_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("PARIS, Jan 2, 2025 (AFP/Reuters) - Rain fell.", encoding="utf-8")
    fields = "headline,agency,agencies,date,notes,encoding"
    assert main(["parse", str(tmp_path / "a.txt"), "--format", "jsonl", "--fields", fields]) == 0
    assert _lines(capsys.readouterr().out) == [
        {
            "headline": None,
            "agency": "AFP",
            "agencies": "AFP;Reuters",
            "date": "2025-01-02",
            "notes": 1,
            "encoding": "utf-8",
        },
    ]


def test_unknown_field_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", "a.txt", "--fields", "headline,colour"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "unknown field 'colour'" in err
    assert ",".join(FIELDS) in err


def test_json_is_one_array(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(EXAMPLES / "ap_feed.txt"), str(EXAMPLES / "dpa_german.txt")]
    assert main(["parse", *paths, "--format", "json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [d["path"] for d in docs] == paths
    assert [d["agency"]["code"] for d in docs] == ["AP", "dpa"]


def test_reference_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("BEIRUT, Jan 3 (Reuters) - The port reopened.", encoding="utf-8")
    assert (
        main(
            [
                "parse",
                str(tmp_path / "a.txt"),
                "--format",
                "jsonl",
                "--reference-date",
                "2026-01-05",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["date"] == "2026-01-03"


def test_bad_reference_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", "a.txt", "--reference-date", "5/1/2026"])
    assert info.value.code == 2
    assert "not an ISO date (YYYY-MM-DD): '5/1/2026'" in capsys.readouterr().err


def test_legacy_encoding_is_decoded_and_noted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_bytes("BOGOTÁ, 3 JAN 90 (EFE) -- Acción.".encode("cp1252"))
    assert main(["parse", str(tmp_path / "a.txt"), "--format", "jsonl"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["location"]["city"] == "BOGOTÁ"
    assert row["body"] == "Acción."
    assert row["encoding"] == "cp1252"
    assert row["notes"][-1] == {"kind": "encoding", "message": "decoded as cp1252", "span": None}


def test_mac_roman_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # MacRoman is told apart by its bare carriage returns.
    (tmp_path / "a.txt").write_bytes("Café opens\rPARIS (AFP) - The café opened.".encode("mac_roman"))
    assert main(["parse", str(tmp_path / "a.txt"), "--format", "jsonl"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["encoding"] == "mac_roman"
    assert "café" in row["body"]
    assert row["notes"][-1]["message"] == "decoded as mac_roman"


def test_byte_order_mark_is_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_bytes("PARIS (AFP) - Rain.".encode("utf-8-sig"))
    assert main(["parse", str(tmp_path / "a.txt"), "--format", "jsonl"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["encoding"], row["location"]["city"], row["notes"]) == ("utf-8", "PARIS", [])


def test_unreadable_file_is_reported_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ok.txt").write_text("PARIS (AFP) - Rain.", encoding="utf-8")
    status = main(["parse", str(tmp_path / "missing.txt"), str(tmp_path / "ok.txt"), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1
    assert err == f"wiretext: {tmp_path / 'missing.txt'}: No such file or directory\n"
    assert json.loads(out)["agency"]["code"] == "AFP"


def test_undecodable_file_is_reported_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a_bad.txt").write_bytes(b"\xff\xfeA")  # a UTF-16 mark, then half a character
    (tmp_path / "b_ok.txt").write_text("PARIS (AFP) - Rain.", encoding="utf-8")
    status = main(["parse", str(tmp_path), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1
    assert err.startswith(f"wiretext: {tmp_path / 'a_bad.txt'}: 'utf-16")
    assert [r["path"] for r in _lines(out)] == [str(tmp_path / "b_ok.txt")]


def test_glob_and_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in (
        "feeds/a/one.txt",
        "feeds/b/two.txt",
        "feeds/b/skip.md",
        "feeds/.hidden/three.txt",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("PARIS (AFP) - Rain.", encoding="utf-8")
    pattern = str(tmp_path / "feeds" / "**" / "*.txt")
    assert main(["parse", pattern, "--format", "csv", "--fields", "path"]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        str(tmp_path / "feeds/a/one.txt"),
        str(tmp_path / "feeds/b/two.txt"),
    ]
    # A folder is walked in name order, skipping hidden files and folders;
    # a file named twice is parsed once.
    assert (
        main(
            [
                "parse",
                str(tmp_path / "feeds"),
                str(tmp_path / "feeds/a/one.txt"),
                "--format",
                "csv",
                "--fields",
                "path",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.splitlines()[1:] == [
        str(tmp_path / "feeds/a/one.txt"),
        str(tmp_path / "feeds/b/skip.md"),
        str(tmp_path / "feeds/b/two.txt"),
    ]


def test_glob_matching_nothing_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["parse", str(tmp_path / "*.nothing"), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert (status, out) == (1, "")
    assert err == f"wiretext: {tmp_path / '*.nothing'}: no file matches this pattern\n"


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("ROMA, 2 LUG 2025 (ANSA) - Piove.".encode("cp1252")))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["parse", "-", "--format", "jsonl"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["path"], row["agency"]["code"], row["date"], row["body"]) == (
        "-",
        "ANSA",
        "2025-07-02",
        "Piove.",
    )


def test_table_is_the_default_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    out = _Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["parse", str(EXAMPLES / "ap_feed.txt")]) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == str(EXAMPLES / "ap_feed.txt")
    assert lines[1:4] == [
        "  headline  Town council approves new ferry schedule",
        "  agency    AP (The Associated Press)",
        "  place     KALAMAZOO, Mich., United States",
    ]
    assert any(line.startswith("  body      The town council on Thursday") for line in lines)


def test_jsonl_is_the_default_in_a_pipe(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(EXAMPLES / "ap_feed.txt")]) == 0
    assert json.loads(capsys.readouterr().out)["agency"]["code"] == "AP"


def test_table_with_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("PARIS (AFP) - Rain.", encoding="utf-8")
    assert main(["parse", str(tmp_path / "a.txt"), "--format", "table", "--fields", "agency,date,notes"]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'a.txt'}\n  agency  AFP\n  date    —\n  notes   0\n\n"


def test_progress_bar_on_a_terminal_stays_off_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("PARIS (AFP) - Rain.", encoding="utf-8")
    err = _Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    status = main(["parse", str(tmp_path), str(tmp_path / "missing.txt"), "--format", "jsonl"])
    out = capsys.readouterr().out
    assert status == 1
    assert [r["path"] for r in _lines(out)] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert "/3 [" in err.getvalue()  # the bar: "n/3 [elapsed<remaining, rate]"
    assert "file/s" in err.getvalue()
    assert f"wiretext: {tmp_path / 'missing.txt'}: No such file or directory\n" in err.getvalue()


@pytest.mark.parametrize("case", ["one file", "not a terminal", "no tqdm"])
def test_no_progress_bar(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("PARIS (AFP) - Rain.", encoding="utf-8")
    err: io.StringIO = io.StringIO() if case == "not a terminal" else _Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    if case == "no tqdm":
        monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm now raises ImportError
    paths = [str(tmp_path / "a.txt")] if case == "one file" else [str(tmp_path)]
    assert main(["parse", *paths, "--format", "jsonl"]) == 0
    assert len(_lines(capsys.readouterr().out)) == (1 if case == "one file" else 2)
    assert err.getvalue() == ""


def test_broken_pipe_stops_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", _Closed())
    assert main(["parse", str(EXAMPLES), "--format", "jsonl"]) == 1


def test_explain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Rain in Paris\nPARIS (AFP) - Rain fell.\n|\n", encoding="utf-8")
    assert main(["explain", str(tmp_path / "a.txt")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in out] == [
        ["1", "headline"],
        ["2", "dateline"],
        ["2", "body"],
        ["3", "pipe-line"],
    ]
    assert out[0] == "    1  headline               Rain in Paris"


def test_explain_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"PARIS (AFP) - Rain.\n Reuter")))
    assert main(["explain", "-"]) == 0
    assert [line.split()[1] for line in capsys.readouterr().out.splitlines()] == [
        "dateline",
        "body",
        "sign-off",
    ]


def test_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Caf\u00c3\u00a9\nopens.", encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.txt")]) == 0
    assert capsys.readouterr().out == "Café opens.\n"


@pytest.mark.parametrize("command", ["explain", "clean"])
def test_missing_file_for_explain_and_clean(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, str(tmp_path / "nope.txt")]) == 1
    assert capsys.readouterr().err == f"wiretext: {tmp_path / 'nope.txt'}: No such file or directory\n"


def test_python_dash_m_runs_on_the_examples() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wiretext", "parse", str(EXAMPLES), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    docs = json.loads(done.stdout)
    assert len(docs) == len(list(EXAMPLES.iterdir()))
    assert all(d["body"] for d in docs)
    assert done.stderr == ""


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], "wiretext parse examples/"),
        (["parse"], "wiretext parse 'feeds/**/*.txt' --format csv"),
        (["explain"], "wiretext explain story.txt"),
        (["clean"], "wiretext clean story.txt"),
    ],
)
def test_help_has_examples(argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([*argv, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "example" in out
    assert expected in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import wiretext

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out == f"wiretext {wiretext.__version__}\n"


# -- Nothing from the input reaches a terminal raw ------------------------------

# Every C0 and C1 control, the line and paragraph separators, every bidi
# embedding, override and isolate.
UNSAFE = "".join(
    chr(c) for c in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
)
# A file name holds any of them but NUL (and "/").
NAME_UNSAFE = UNSAFE.replace("\x00", "")


def _raw(text: str) -> list[str]:
    """The unsafe characters in ``text`` (line breaks between lines are the output's own)."""
    return sorted({f"U+{ord(c):04X}" for c in text.replace("\n", "") if c in UNSAFE or "\ud800" <= c <= "\udfff"})


def _escaped(c: str) -> str:
    if c not in UNSAFE:
        return c
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def _unsafe_story(tmp_path: Path) -> Path:
    path = tmp_path / f"story{NAME_UNSAFE}.txt"
    path.write_text(
        f"Rain{UNSAFE} in Paris\nBy Ana{UNSAFE} Silva\nPARIS{UNSAFE} (AFP) - Rain{UNSAFE} fell.\n\nIt{UNSAFE} stopped.\n"
        f"© 2026 AFP{UNSAFE}\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("fields", [None, ",".join(FIELDS)])
def test_table_shows_no_control_raw(fields: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _unsafe_story(tmp_path)
    out = _Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["parse", str(path), *(["--fields", fields] if fields else [])]) == 0
    shown = out.getvalue()
    assert _raw(shown) == []
    assert shown.splitlines()[0] == "".join(_escaped(c) for c in str(path))
    assert "\\u202e" in shown  # a bidi override of the headline, shown


def test_explain_shows_no_control_raw(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(_unsafe_story(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert _raw(out) == []
    assert "control-character      \\x00\\x01\\x02" in out  # the removed controls, shown
    assert "\\u202e" in out


def test_clean_on_a_terminal_shows_no_control_raw(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    (tmp_path / "ascii.txt").write_text("Rain\x1b]0;owned\x07 fell\x1b[2J.", encoding="utf-8")
    (tmp_path / "all.txt").write_text(f"Rain fell.{UNSAFE}", encoding="utf-8")
    assert main(["clean", str(tmp_path / "ascii.txt")]) == 0
    assert out.getvalue() == "Rain\\x1b]0;owned\\x07 fell\\x1b[2J.\n"
    assert main(["clean", str(tmp_path / "all.txt")]) == 0
    assert _raw(out.getvalue()) == []
    assert "\\u202e" in out.getvalue()


def test_clean_in_a_pipe_is_the_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Rain\u202e fell.", encoding="utf-8")
    assert main(["clean", str(path)]) == 0
    assert capsys.readouterr().out == "Rain\u202e fell.\n"


@pytest.mark.parametrize("command", ["parse", "explain", "clean"])
def test_errors_show_no_control_raw(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / f"missing{NAME_UNSAFE}.txt"
    undecodable = tmp_path / f"bad{NAME_UNSAFE}.txt"
    undecodable.write_bytes(b"\xff\xfeA")
    glob_nothing = str(tmp_path / f"*{NAME_UNSAFE}.nothing")
    undecodable_name = os.fsdecode(bytes(tmp_path) + b"/x\xff.txt")  # a name that is not UTF-8
    paths = [str(missing), str(undecodable), undecodable_name]
    if command == "parse":
        paths.append(glob_nothing)
        assert main([command, *paths, "--format", "jsonl"]) == 1
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 4
    else:
        for path in paths:
            assert main([command, path]) == 1
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 3
    assert _raw(err) == []
    assert err.count("\\x1b") == len(err.splitlines()) - 1  # each name with the controls, shown
    assert "x\\udcff.txt: No such file or directory" in err


def test_usage_errors_show_no_control_raw(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (
        ["parse", "a", "--fields", f"x{UNSAFE}"],
        ["parse", "a", "--reference-date", UNSAFE],
        [UNSAFE],
        ["parse", "a", f"--x{UNSAFE}"],  # argparse writes unknown arguments as they are
    ):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2
        err = capsys.readouterr().err
        assert _raw(err) == []
        assert "\\x1b" in err


def test_progress_lines_show_no_control_raw(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tqdm")
    path = _unsafe_story(tmp_path)
    err = _Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert main(["parse", str(path), str(tmp_path / f"gone{NAME_UNSAFE}")]) == 1
    assert "/2 [" in err.getvalue()  # the bar was drawn
    # The bar draws itself with CR and (to clear its line) ESC [A; the message line holds none.
    (line,) = (line for line in err.getvalue().replace("\r", "\n").splitlines() if "wiretext:" in line)
    assert _raw(line) == []
    assert line.endswith(": No such file or directory")


# -- CSV that opens safely in a spreadsheet -------------------------------------


def _formula_story(tmp_path: Path) -> Path:
    path = tmp_path / "=cmd.txt"
    path.write_text('=HYPERLINK("http://x.example","Click")\nBy Ana Silva\nPARIS (AFP) - @SUM(A1:A9) fell.', encoding="utf-8")
    return path


def test_csv_cells_that_a_spreadsheet_would_run_get_a_quote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _formula_story(tmp_path)
    assert main(["parse", str(path), "--format", "csv", "--fields", "path,headline,byline,body,agency"]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert row == {
        "path": str(path),  # "=" inside a cell, not at its start
        "headline": '\'=HYPERLINK("http://x.example","Click")',
        "byline": "By Ana Silva",
        "body": "'@SUM(A1:A9) fell.",
        "agency": "AFP",
    }


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_rule_for_each_start(
    start: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / f"{start}a.txt").write_text("PARIS (AFP) - Rain.", encoding="utf-8")
    assert main(["parse", "--format", "csv", "--fields", "path,city", "--", f"{start}a.txt"]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out, newline=""))
    assert row == {"path": f"'{start}a.txt", "city": "PARIS"}
    assert main(["parse", "--format", "csv", "--fields", "path", "--csv-raw", "--", f"{start}a.txt"]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out, newline=""))
    assert row == {"path": f"{start}a.txt"}


def test_csv_raw_writes_cells_as_they_are(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _formula_story(tmp_path)
    assert main(["parse", str(path), "--format", "csv", "--fields", "headline,body", "--csv-raw"]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert row == {"headline": '=HYPERLINK("http://x.example","Click")', "body": "@SUM(A1:A9) fell."}


def test_records_and_json_keep_formulas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _formula_story(tmp_path)
    assert main(["parse", str(path), "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == '=HYPERLINK("http://x.example","Click")'
    article = parse(path.read_text(encoding="utf-8"))
    assert to_records([article])[0]["body"] == "@SUM(A1:A9) fell."


# -- Edges ----------------------------------------------------------------------


@pytest.mark.parametrize("command", ["parse", "explain", "clean"])
def test_closed_stdin_is_one_line_and_status_2(command: str) -> None:
    done = subprocess.run(
        f'exec "{sys.executable}" -m wiretext {command} - <&-', shell=True, capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout, done.stderr) == (2, "", "wiretext: -: standard input is closed\n")


def test_closed_stdin_in_process(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["parse", "a.txt", "-"]) == 2
    assert capsys.readouterr() == ("", "wiretext: -: standard input is closed\n")


def test_text_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("PARIS (AFP) - Rain."))  # a text stream without .buffer
    assert main(["parse", "-", "--format", "jsonl", "--fields", "city"]) == 0
    assert json.loads(capsys.readouterr().out) == {"city": "PARIS"}


def _feeds(tmp_path: Path) -> Path:
    feeds = tmp_path / "feeds"
    (feeds / "a" / "b").mkdir(parents=True)
    (feeds / "one.txt").write_text("PARIS (AFP) - Rain.", encoding="utf-8")
    (feeds / "a" / "b" / "two.txt").write_text("ROME (ANSA) - Sun.", encoding="utf-8")
    (feeds / "a" / "b" / "up").symlink_to(feeds, target_is_directory=True)  # a link back up
    # A link to a folder outside is followed (once).
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "three.txt").write_text("OSLO (NTB) - Snow.", encoding="utf-8")
    (feeds / "out").symlink_to(tmp_path / "outside", target_is_directory=True)
    return feeds


def test_glob_through_a_link_to_a_parent_reads_each_file_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feeds = _feeds(tmp_path)
    assert main(["parse", str(feeds / "**" / "*.txt"), "--format", "csv", "--fields", "path,city"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["path"], r["city"]) for r in rows] == [
        (str(feeds / "a" / "b" / "two.txt"), "ROME"),
        (str(feeds / "one.txt"), "PARIS"),
        (str(feeds / "out" / "three.txt"), "OSLO"),
    ]


def test_glob_through_two_loops_ends(tmp_path: Path) -> None:
    # glob alone follows two links back up round and round, doubling the paths at every turn.
    feeds = _feeds(tmp_path)
    (feeds / "a" / "loop").symlink_to(feeds / "a", target_is_directory=True)
    done = subprocess.run(
        [sys.executable, "-m", "wiretext", "parse", str(feeds / "**" / "*.txt"), "--format", "csv", "--fields", "city"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.splitlines() == ["city", "ROME", "PARIS", "OSLO"]


def test_glob_matches_as_glob_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import glob as stdlib_glob

    from wiretext.cli import _glob

    for name in ("x.txt", "a/x.txt", "a/.h/x.txt", "a/.y.txt", "a/b/c/x.txt", "a/b/x.md", "b/x.txt", "a/b/c/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for pattern in ("**/*.txt", "a/**/*.txt", "a/**", "**/c/*", "a/*/x.*", "*/b/**/x.txt", "**/.y.txt", "**"):
        for base in ("", str(tmp_path) + os.sep):
            want = sorted(p.rstrip(os.sep) for p in stdlib_glob.glob(base + pattern, recursive=True))
            want = [p for p in want if p != base.rstrip(os.sep) and p]
            got = [p.rstrip(os.sep) for p in _glob(base + pattern)]
            got = [p for p in got if p != base.rstrip(os.sep) and p]
            assert got == want, pattern


def test_a_file_named_twice_through_a_link_is_read_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("PARIS (AFP) - Rain.", encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert main(["parse", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "csv", "--fields", "path"]) == 0
    assert capsys.readouterr().out.splitlines() == ["path", str(tmp_path / "a.txt")]


def test_csv_quotes_a_carriage_return_inside_a_cell(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Unquoted, the CR would end the row for a reader, and "=cmd" would start a row of its own.
    path = tmp_path / "a\r=cmd.txt"
    path.write_text("PARIS (AFP) - Rain.", encoding="utf-8")
    assert main(["parse", str(path), "--format", "csv", "--fields", "path,city"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("path,city\n")
    assert list(csv.DictReader(io.StringIO(out, newline=""))) == [{"path": str(path), "city": "PARIS"}]
    assert "\r\n" not in out
