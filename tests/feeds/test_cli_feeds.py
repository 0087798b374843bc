"""``wiretext parse`` on feed files and archives: one record per item, with its id."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from wiretext.cli import main

from .test_formats import G2_MESSAGE_AFP, GIGAWORD

pytest.importorskip("defusedxml", reason="the XML feed formats need the feeds extra")


def test_parse_feed_file_one_record_per_item(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "afp.xml"
    path.write_bytes(G2_MESSAGE_AFP)
    assert main(["parse", str(path), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source_id"] for r in records] == [
        "urn:newsml:afp.example:20240610:TX-1",
        "urn:newsml:afp.example:20240610:TX-4",
    ]
    assert {r["path"] for r in records} == {str(path)} and records[0]["encoding"] == "feed:newsml-g2"
    assert "PH-2" in err and "PK-3" in err and "no Article" in err


def test_parse_gigaword_glob_with_a_broken_doc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with gzip.open(tmp_path / "a.gz", "wb") as f:
        f.write(GIGAWORD)
    with gzip.open(tmp_path / "b.gz", "wb") as f:
        f.write(GIGAWORD.replace(b"</HEADLINE>\n<DATELINE>\nKUNMING", b"</HEADLIN>\n<DATELINE>\nKUNMING"))
    status = main(["parse", str(tmp_path / "*.gz"), "--format", "csv", "--fields", "source_id,agency,city"])
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "source_id,agency,city",
        "AFP_ENG_20240105.0007,AFP,BREST",
        "XIN_ENG_20240106.0011,Xinhua,KUNMING",
        "APW_ENG_20240107.0002,AP,",
        "AFP_ENG_20240105.0007,AFP,BREST",
        "APW_ENG_20240107.0002,AP,",
    ]
    assert status == 1  # the broken DOC is reported ...
    assert "[XIN_ENG_20240106.0011]: skipped:" in err and "mismatched tag" in err


def test_text_files_are_still_read_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text("{PARIS (AFP) - Rain fell.")
    assert main(["parse", str(path), "--format", "csv", "--fields", "agency,source_id"]) == 0
    assert capsys.readouterr().out.splitlines() == ["agency,source_id", "AFP,"]
