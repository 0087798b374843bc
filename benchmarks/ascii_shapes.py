"""The dateline shapes' exact patterns (``regex``) against their ASCII forms (``re``), on the tries a parse makes.

Run from the repository root (figures only):

    .venv/bin/python benchmarks/ascii_shapes.py                    # reuters21578 and ag_news, 1,500 texts each
    .venv/bin/python benchmarks/ascii_shapes.py ../shared/corpora/muc34.jsonl --limit 500

Each corpus is parsed once to compile the patterns, then again with every
call of a table shape's match recorded (the exact pattern or the ASCII form,
whichever the parse asked).  Each recorded try on ASCII text is then
replayed on both engines, warm (best of five rounds, wall time, alternating),
and their matches compared: span and every group of
``_dateline_compile._GROUP_NAMES``.  What a try costs inside a parse (two to
three times this: ``profiled.py --shapes``) and the parse's time (``ab.py``)
are measured elsewhere.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # measure the working tree

from _cases import CORPORA, REUTERS, load  # noqa: E402

import wiretext  # noqa: E402
from wiretext import _dateline_compile as C  # noqa: E402

Call = tuple[str, int, int]


class _Recorder:
    """Stands for a compiled form: records each ``match`` call's arguments, then matches."""

    def __init__(self, form: Any, calls: list[Call]) -> None:
        self.form, self.calls = form, calls

    def match(self, text: str, pos: int, endpos: int) -> Any:
        self.calls.append((text, pos, endpos))
        return self.form.match(text, pos, endpos)


def record(rows: list[tuple[str, Any]]) -> dict[str, list[Call]]:
    """Every try of a table shape in one pass of parses, by shape."""
    for text, ref in rows:  # compiles what the corpus needs
        wiretext.parse(text, reference_date=ref)
    calls: dict[str, list[Call]] = {name: [] for name in C._ASCII_SHAPE}
    forms = [C._EXACT_SHAPE[name].ready for name in calls] + [C._ASCII_SHAPE[name].ready for name in calls]
    saved = [list(ready) for ready in forms]
    try:
        for name, ready in zip([*calls, *calls], forms, strict=True):
            if ready:
                ready[0] = _Recorder(ready[0], calls[name])
        for text, ref in rows:
            wiretext.parse(text, reference_date=ref)
    finally:
        for ready, kept in zip(forms, saved, strict=True):
            ready[:] = kept
    return calls


def same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.span() == b.span() and all(a.span(g) == b.span(g) for g in b.re.groupindex)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", type=Path, default=[REUTERS, CORPORA / "ag_news.jsonl"])
    ap.add_argument("--limit", type=int, default=1500, help="cases per corpus (1500)")
    args = ap.parse_args()
    for path in args.corpora:
        calls = record(load(path, args.limit))
        print(f"{path.stem}:")
        print("| shape | tries | on ASCII text | differ | regex µs a try | re µs a try | ratio |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, tried in calls.items():
            ascii_tries = [call for call in tried if call[0].isascii()]
            if not ascii_tries:
                continue
            exact, fast = C._EXACT_SHAPE[name](), C._ASCII_SHAPE[name]()
            differ = sum(not same(exact.match(*call), fast.match(*call)) for call in ascii_tries)
            best = {"regex": float("inf"), "re": float("inf")}
            for _ in range(5):
                for side, form in (("regex", exact), ("re", fast)):
                    start = time.perf_counter()
                    for call in ascii_tries:
                        form.match(*call)
                    best[side] = min(best[side], time.perf_counter() - start)
            a, b = (best[side] / len(ascii_tries) * 1e6 for side in ("regex", "re"))
            print(f"| {name} | {len(tried)} | {len(ascii_tries)} | {differ} | {a:.2f} | {b:.2f} | {b / a:.2f}x |")


if __name__ == "__main__":
    main()
