"""Where a parse spends its time: each stage's cost inside a full parse.

Run from the repository root (figures only):

    .venv/bin/python benchmarks/stages.py                       # reuters21578
    .venv/bin/python benchmarks/stages.py ../shared/corpora/ag_news.jsonl

A stage timed on its own runs with warm caches and looks cheaper than it is
inside a parse, where the other stages evict its patterns and tables.  So the
stages are switched off one at a time, in pipeline order (each replaced by
"found nothing"), and each one's cost is the time the whole parse saved when
it went.  The dateline stage is replaced last by a lookup of its own earlier
answers, so that what depends on a dateline still runs.  Best of five passes
over the same cases each time, and the median of three such runs; the rest
is the pipeline itself (head, body assembly, notes, building the Article).
Each stand-in replaces what a stage module of ``wiretext.stages`` calls.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # measure the working tree

from _cases import REUTERS, Row, load  # noqa: E402

import wiretext  # noqa: E402
from wiretext import dateline as dateline_rules  # noqa: E402
from wiretext.stages import body, layout, noise, rights, tail  # noqa: E402


def per_doc_us(rows: list[Row], passes: int = 5) -> float:
    best = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        for text, ref in rows:
            wiretext.parse(text, reference_date=ref)
        best = min(best, time.perf_counter() - start)
    return best / len(rows) * 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=REUTERS)
    ap.add_argument("--limit", type=int, default=2000, help="cases (2000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs, the median of each stage shown (3)")
    args = ap.parse_args()
    rows = load(args.corpus, args.limit)
    read_wire, _ = layout._readers()
    answers: dict[tuple[Any, ...], Any] = {}
    find = dateline_rules.find

    def remembered(*call: Any) -> Any:
        if call not in answers:
            answers[call] = find(*call)
        return answers[call]

    def nothing(value: Any) -> Callable[..., Any]:
        return lambda *a, **k: value

    # (stage, stage module, the attribute it calls, what stands in for it)
    steps: list[tuple[str, Any, str, Any]] = [
        ("page layout", layout, "_readers", nothing((read_wire, nothing(None)))),
        ("wire layout", layout, "_readers", nothing((nothing(None), nothing(None)))),
        ("noise", noise, "find_noise", nothing([])),
        ("rights", rights, "find_rights", nothing(None)),
        ("tail", tail, "find_tail", nothing([])),
        ("paragraphs", body, "paragraphs", lambda text: ((text,), 0)),
    ]
    saved = {(module, name): getattr(module, name) for _, module, name, _ in steps}
    per_doc_us(rows, 1)  # warm up: patterns compiled, tables loaded
    costs: dict[str, list[float]] = {}
    totals = []
    for _ in range(args.repeat):
        try:
            total = before = per_doc_us(rows)
            totals.append(total)
            for stage, module, name, stand_in in steps:
                setattr(module, name, stand_in)
                after = per_doc_us(rows)
                costs.setdefault(stage, []).append(before - after)
                before = after
            dateline_rules.find = remembered  # type: ignore[assignment]
            per_doc_us(rows, 1)  # fill the answers
            after = per_doc_us(rows)
            costs.setdefault("dateline", []).append(before - after)
            costs.setdefault("the rest", []).append(after)
        finally:
            for (module, name), value in saved.items():
                setattr(module, name, value)
            dateline_rules.find = find  # type: ignore[assignment]
    total = statistics.median(totals)
    print(f"{args.corpus.stem}: {len(rows)} cases, {total:.1f} µs per parse (median of {args.repeat} runs)")
    print("| stage | µs per parse | share |")
    print("|---|---:|---:|")
    for stage, values in costs.items():
        cost = statistics.median(values)
        print(f"| {stage} | {cost:.1f} | {cost / total:.0%} |")


if __name__ == "__main__":
    main()
