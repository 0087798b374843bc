"""The wiretext command."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wiretext import Article
from wiretext.cli import FIELDS, main

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
