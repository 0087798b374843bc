"""Which stage holds a hostile family's peak memory: each stage's peak and what it leaves.

    .venv/bin/python benchmarks/memory_stages.py "rights._ODD_CASE alone" --size 200000
    .venv/bin/python benchmarks/memory_stages.py "control codes" --explain    # as explain runs them

Runs the pipeline's stages one by one under ``tracemalloc`` (after a warm-up
call), resetting the peak before each, and prints per stage the peak over
what was held when it began and what it leaves held, both in bytes a
character of input; then the final build.  Figures only.
"""

from __future__ import annotations

import argparse
import sys
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import hostile  # noqa: E402

import wiretext  # noqa: E402
from wiretext import pipeline  # noqa: E402
from wiretext.stages.state import State  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("family")
    ap.add_argument("--size", type=int, default=200_000)
    ap.add_argument("--explain", action="store_true", help="the stages as explain runs them, then the partition")
    args = ap.parse_args()
    text = hostile.all_families()[args.family](args.size)
    wiretext.parse(text)  # warm-up: patterns and tables built once are not counted
    n = len(text)
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    state = State(text, None, args.explain)
    for name, stage in pipeline.STAGES:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        stage(state)
        now, peak = tracemalloc.get_traced_memory()
        began = (before - base) / n
        print(f"{name:10s} peak {(peak - base) / n:7.1f}  held after {(now - base) / n:7.1f}  (began at {began:.1f})")
    tracemalloc.reset_peak()
    pipeline._build(state)
    now, peak = tracemalloc.get_traced_memory()
    print(f"{'build':10s} peak {(peak - base) / n:7.1f}  held after {(now - base) / n:7.1f}")
    if args.explain:
        tracemalloc.reset_peak()
        segments = pipeline.partition(text, state.labels, state.text)
        now, peak = tracemalloc.get_traced_memory()
        held = (now - base) / n
        print(f"{'partition':10s} peak {(peak - base) / n:7.1f}  held after {held:7.1f}  ({len(segments)} segments)")


if __name__ == "__main__":
    main()
