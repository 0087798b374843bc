"""Corpus cases for the benchmark scripts: JSON lines with ``input`` and ``reference_date``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
REUTERS = CORPORA / "reuters21578.jsonl"

Row = tuple[str, "dt.date | None"]


def load(path: Path, limit: int = 0) -> list[Row]:
    """The first ``limit`` cases of ``path`` (all when 0) as (text, reference date)."""
    rows: list[Row] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if limit and len(rows) >= limit:
                break
            if not line.strip():
                continue
            case = json.loads(line)
            ref = case.get("reference_date")
            rows.append((case["input"], dt.date.fromisoformat(ref) if ref else None))
    return rows
