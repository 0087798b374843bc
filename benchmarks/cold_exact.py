"""How many texts would make a fresh process compile a full (exact) dateline pattern.

Run from the repository root (figures only):

    .venv/bin/python benchmarks/cold_exact.py                    # ../shared/corpora/*.jsonl
    .venv/bin/python benchmarks/cold_exact.py path/to/cases.jsonl

The dateline finder matches with generic patterns (cheap to compile) and
checks what they took; where a check fails it compiles the shape's exact
pattern (30 to 100 ms) and asks it (see ``wiretext._dateline_compile._match``).  A
process then asks the exact pattern first, so a count over a corpus in one
process would see each shape fail once.  Here every text runs on the
generic path (``tools/snapshot.py``'s ``generic_datelines_only``), and a
text counts when one of its checks fails: the share of fresh processes
whose first parse of such a text compiles an exact pattern.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # measure the working tree
sys.path.insert(0, str(ROOT / "tools"))

import snapshot  # noqa: E402
from _cases import CORPORA, load  # noqa: E402

import wiretext  # noqa: E402
from wiretext import _dateline_compile as dateline  # noqa: E402


class _Counted:
    """A shape's exact pattern, never found compiled, that notes each time it is asked for."""

    def __init__(self, exact: Any, asked: set[str]) -> None:
        self._exact, self._asked, self.ready = exact, asked, []

    def __call__(self) -> Any:
        self._asked.add("exact")
        return self._exact()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, help="JSON-lines corpora (default ../shared/corpora/*.jsonl)")
    args = ap.parse_args()
    snapshot.generic_datelines_only()
    asked: set[str] = set()
    for name in dateline._GENERIC:
        dateline._EXACT_SHAPE[name] = _Counted(dateline._EXACT_SHAPE[name], asked)  # type: ignore[assignment]
    print("| corpus | texts | texts that compile an exact pattern | share |")
    print("|---|---:|---:|---:|")
    for path in args.paths or sorted(CORPORA.glob("*.jsonl")):
        rows = load(path)
        needed = 0
        for text, ref in rows:
            asked.clear()
            wiretext.parse(text, reference_date=ref)
            needed += bool(asked)
        print(f"| {path.stem} | {len(rows):,} | {needed:,} | {needed / len(rows):.1%} |")


if __name__ == "__main__":
    main()
