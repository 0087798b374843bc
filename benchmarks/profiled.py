"""Where a parse spends its time: by function (cProfile), by stage, by dateline shape.

Run from the repository root (figures only):

    .venv/bin/python benchmarks/profiled.py                      # reuters21578, 1500 cases, cProfile
    .venv/bin/python benchmarks/profiled.py ../shared/corpora/ag_news.jsonl --sort cumulative --top 40
    .venv/bin/python benchmarks/profiled.py --stages             # each stage's CPU time inside the parse
    .venv/bin/python benchmarks/profiled.py --shapes             # each dateline shape's matches, in the parse and warm
    .venv/bin/python benchmarks/profiled.py --stages --family "pipe lines" --size 200000  # a hostile.py family

One warm-up pass first (patterns compiled, tables built).

* cProfile: one profiled pass.  The profiler's own cost inflates small
  calls, so read the shares and the call counts, not the times.
* ``--stages``: the stages of :data:`wiretext.pipeline.STAGES` and the final
  build, each timed by the process's CPU clock around its call, in the
  parse; best of ``--passes`` passes per stage.  Unlike
  ``benchmarks/stages.py`` (which switches stages off) nothing changes in
  the parse but the clock reads (about 0.1 µs each).
* ``--shapes``: every call of a dateline shape's exact pattern (or its ASCII form, "(ascii)"), timed
  around the call (the best of three passes); then the same calls replayed
  back to back, warm (the best of three replays).
  The ratio of the two is what the rest of a parse costs the pattern (it
  is evicted from the CPU's caches between two datelines).

``benchmarks/ab.py --cpu`` gives the figures a change is judged by.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import pstats
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # measure the working tree

from _cases import REUTERS, Row, load  # noqa: E402

import wiretext  # noqa: E402
from wiretext import _dateline_compile, pipeline  # noqa: E402
from wiretext.stages.state import State  # noqa: E402


def profiled(rows: list[Row], sort: str, top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for text, ref in rows:
        wiretext.parse(text, reference_date=ref)
    profiler.disable()
    pstats.Stats(profiler).strip_dirs().sort_stats(sort).print_stats(top)


def stages(rows: list[Row], passes: int) -> None:
    clock = time.process_time_ns
    best: dict[str, float] = {}
    for _ in range(passes):
        spent: collections.Counter[str] = collections.Counter()
        for text, ref in rows:
            state = State(text, ref, False)
            for name, stage in pipeline.STAGES:
                t = clock()
                stage(state)
                spent[name] += clock() - t
            t = clock()
            pipeline._build(state)
            spent["build"] += clock() - t
        for name, ns in spent.items():
            best[name] = min(best.get(name, float("inf")), ns)
    total = sum(best.values())
    print("| stage | µs per parse (CPU) | share |\n|---|---:|---:|")
    for name, ns in best.items():
        print(f"| {name} | {ns / len(rows) / 1000:.1f} | {ns / total:.0%} |")
    print(f"| all | {total / len(rows) / 1000:.1f} | |")


class _Timed:
    """A compiled shape whose ``match`` calls are timed and kept for replay."""

    def __init__(self, pattern: Any, shape: str, calls: list[tuple[str, Any, tuple[Any, ...], int]]) -> None:
        self.pattern, self.shape, self.calls = pattern, shape, calls

    def match(self, *args: Any) -> Any:
        t = time.perf_counter_ns()
        m = self.pattern.match(*args)
        self.calls.append((self.shape, self.pattern, args, time.perf_counter_ns() - t))
        return m

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def shapes(rows: list[Row]) -> None:
    calls: list[tuple[str, Any, tuple[Any, ...], int]] = []
    # The exact patterns, and the ASCII forms asked in their stead for ASCII text.
    shape_table: dict[str, Any] = dict(_dateline_compile._EXACT_SHAPE)
    shape_table.update({f"{name} (ascii)": form for name, form in _dateline_compile._ASCII_SHAPE.items()})
    originals = {name: list(c.ready) for name, c in shape_table.items()}
    for name, compiled in shape_table.items():
        if compiled.ready:
            compiled.ready[0] = _Timed(compiled.ready[0], name, calls)
    in_parse: dict[str, int] = {}
    count: collections.Counter[str] = collections.Counter()
    try:
        for _ in range(3):
            calls.clear()
            for text, ref in rows:
                wiretext.parse(text, reference_date=ref)
            spent: collections.Counter[str] = collections.Counter()
            for shape, _, _, ns in calls:
                spent[shape] += ns
            for shape, ns in spent.items():
                in_parse[shape] = min(in_parse.get(shape, ns), ns)
    finally:
        for name, compiled in shape_table.items():
            compiled.ready[:] = originals[name]
    count.update(shape for shape, _, _, _ in calls)
    warm: dict[str, int] = {}
    for _ in range(3):  # the best of three replays of each call
        replay: collections.Counter[str] = collections.Counter()
        for shape, pattern, args, _ in calls:
            t = time.perf_counter_ns()
            pattern.match(*args)
            replay[shape] += time.perf_counter_ns() - t
        for shape, ns in replay.items():
            warm[shape] = min(warm.get(shape, ns), ns)
    print("| shape | calls | µs per parse, in the parse | µs per call, in the parse | µs per call, warm |")
    print("|---|---:|---:|---:|---:|")
    for shape, ns in sorted(in_parse.items(), key=lambda item: -item[1]):
        n = count[shape]
        print(f"| {shape} | {n} | {ns / len(rows) / 1000:.1f} | {ns / n / 1000:.1f} | {warm[shape] / n / 1000:.1f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=REUTERS)
    ap.add_argument("--limit", type=int, default=1500, help="cases (1500)")
    ap.add_argument("--sort", default="tottime", help="pstats sort key (tottime)")
    ap.add_argument("--top", type=int, default=30, help="rows shown (30)")
    ap.add_argument("--stages", action="store_true", help="each stage's CPU time inside the parse")
    ap.add_argument("--shapes", action="store_true", help="each dateline shape's matches, in the parse and warm")
    ap.add_argument("--passes", type=int, default=7, help="passes for --stages, the best counts (7)")
    ap.add_argument("--family", help="a hostile.py family (or 'ordinary') at --size characters, not a corpus")
    ap.add_argument("--size", type=int, default=200_000, help="characters of --family's text (200000)")
    args = ap.parse_args()
    if args.family:
        import hostile  # builds every family's table: only when asked

        text = {"ordinary": hostile.ordinary, **hostile.all_families()}[args.family](args.size)
        wiretext.parse(text[:2000])  # the stages' patterns and tables built
        rows: list[Row] = [(text, None)]
        print(f"{args.family}: {args.size} characters")
    else:
        rows = load(args.corpus, args.limit)
        for text, ref in rows:
            wiretext.parse(text, reference_date=ref)
        print(f"{args.corpus.stem}: {len(rows)} cases")
    if args.stages:
        stages(rows, args.passes)
    elif args.shapes:
        shapes(rows)
    else:
        profiled(rows, args.sort, args.top)


if __name__ == "__main__":
    main()
