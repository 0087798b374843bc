"""Snapshot parse results, or check that they have not changed: the test of a pure speed-up.

    .venv/bin/python tools/snapshot.py write /tmp/before.jsonl ../shared/corpora/*.jsonl
    ... change the code ...
    .venv/bin/python tools/snapshot.py check /tmp/before.jsonl ../shared/corpora/*.jsonl
    .venv/bin/python tools/snapshot.py check --generic-datelines /tmp/before.jsonl ../shared/corpora/*.jsonl

Each case (JSON lines with ``input`` and ``reference_date``) is parsed, and
the Article's JSON is recorded; every tenth case also records its
``explain`` segments.  ``check`` prints the first differences and exits 1 if
any case differs.  Keep the snapshot outside the repository: it holds corpus
text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # the working tree

import wiretext


def results(paths: list[Path]) -> Iterator[tuple[str, str]]:
    for path in paths:
        with path.open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                case = json.loads(line)
                ref = dt.date.fromisoformat(case["reference_date"]) if case.get("reference_date") else None
                out = wiretext.parse(case["input"], reference_date=ref).to_json()
                if i % 10 == 0:
                    out += json.dumps([list(s) for s in wiretext.explain(case["input"], reference_date=ref)])
                yield f"{path.name}:{i}", out


class _NeverFirst:
    """A dateline shape's exact pattern that the finder never finds compiled: asked only where a check fails."""

    def __init__(self, exact: Callable[[], object]) -> None:
        self._exact = exact
        self.ready: list[object] = []

    def __call__(self) -> object:
        return self._exact()


def generic_datelines_only() -> None:
    """Keep every text on the dateline finder's generic path (wiretext._dateline_compile._match).

    A process asks a shape's exact pattern first once a text has needed it;
    with this, the check covers the generic patterns and their checks on
    the whole corpus.
    """
    from wiretext import _dateline_compile as dateline

    for name in dateline._GENERIC:
        dateline._EXACT_SHAPE[name] = _NeverFirst(dateline._EXACT_SHAPE[name])  # type: ignore[assignment]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["write", "check"])
    ap.add_argument("snapshot", type=Path)
    ap.add_argument("corpora", type=Path, nargs="+")
    ap.add_argument(
        "--generic-datelines",
        action="store_true",
        help="match datelines with the generic patterns and their checks only, never the exact ones first",
    )
    args = ap.parse_args()
    if args.generic_datelines:
        generic_datelines_only()
    if args.mode == "write":
        with args.snapshot.open("w", encoding="utf-8") as f:
            count = 0
            for key, out in results(args.corpora):
                f.write(json.dumps([key, out]) + "\n")
                count += 1
        print(f"wrote {count} results to {args.snapshot}")
        return 0
    with args.snapshot.open(encoding="utf-8") as f:
        before = dict(json.loads(line) for line in f)
    differing = 0
    for key, out in results(args.corpora):
        if before.get(key) != out:
            differing += 1
            if differing <= 5:
                print(f"{key} differs:\n  before {before.get(key, '(missing)')[:400]}\n  now    {out[:400]}")
    print(f"{differing} of {len(before)} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
