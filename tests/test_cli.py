"""The wiretext command."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wiretext.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_parse_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("PARIS, Jan 2, 2025 (AFP) - Rain fell.", encoding="utf-8")
    assert main(["parse", str(tmp_path), "--format", "jsonl"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["agency"]["code"] == "AFP"
    assert row["date"] == "2025-01-02"
    assert row["encoding"] == "utf-8"


def test_parse_csv_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("PARIS (AFP) - Rain fell.", encoding="utf-8")
    assert main(["parse", str(tmp_path / "a.txt"), "--format", "csv", "--fields", "agency,city"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows == [{"path": str(tmp_path / "a.txt"), "agency": "AFP", "city": "PARIS"}]


def test_legacy_encoding_is_decoded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_bytes("BOGOTÁ, 3 JAN 90 (EFE) -- Acción.".encode("cp1252"))
    assert main(["parse", str(tmp_path / "a.txt"), "--format", "jsonl"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["location"]["city"] == "BOGOTÁ"
    assert row["encoding"] != "utf-8"


def test_unreadable_file_is_reported_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ok.txt").write_text("PARIS (AFP) - Rain.", encoding="utf-8")
    status = main(["parse", str(tmp_path / "missing.txt"), str(tmp_path / "ok.txt"), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1
    assert "missing.txt" in err
    assert json.loads(out)["agency"]["code"] == "AFP"


def test_explain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Rain in Paris\nPARIS (AFP) - Rain fell.\n|\n", encoding="utf-8")
    assert main(["explain", str(tmp_path / "a.txt")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[1] for line in out] == ["headline", "dateline", "body", "pipe-line"]


def test_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Caf\u00c3\u00a9\nopens.", encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.txt")]) == 0
    assert capsys.readouterr().out == "Café opens.\n"


def test_python_dash_m_runs_on_the_examples() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wiretext", "parse", str(EXAMPLES), "--format", "json"],
        capture_output=True, text=True, check=True,
    )
    docs = json.loads(done.stdout)
    assert len(docs) >= 8
    assert all(d["body"] for d in docs)


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["parse", "--help"])
    assert "examples:" in capsys.readouterr().out
