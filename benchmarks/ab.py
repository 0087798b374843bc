"""A/B: parse time of a git revision against the working tree, in one process.

Run from the repository root (figures only):

    .venv/bin/python benchmarks/ab.py                 # HEAD against the working tree
    .venv/bin/python benchmarks/ab.py main~5 ../shared/corpora/ag_news.jsonl
    .venv/bin/python benchmarks/ab.py HEAD --pickle    # pickling the Articles (parse_many's transfer)
    .venv/bin/python benchmarks/ab.py HEAD --import-time    # importing the package, fresh processes
    .venv/bin/python benchmarks/ab.py main --cpu       # CPU time, not wall time: steadier on a loaded machine
    .venv/bin/python benchmarks/ab.py 4af5598 --cpu --inside dateline.find   # and the time inside a function, each side
    .venv/bin/python benchmarks/ab.py dcab5e2 --cpu --inside stage:dateline  # inside a stage (4af5598 has no STAGES)

The revision's ``src/wiretext`` is exported to a temporary folder and
imported under another name (the package uses relative imports only), so
both versions run in the same process on the same cases, in alternating
passes; the best pass of each counts.  Timings on a shared machine drift by
tens of percent from minute to minute; alternating keeps the drift out of
the ratio.
"""

from __future__ import annotations

import argparse
import importlib
import io
import pickle
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # measure the working tree

from _cases import REUTERS, load  # noqa: E402

import wiretext  # noqa: E402


def revision(rev: str, into: Path) -> Any:
    """Import ``src/wiretext`` as of ``rev`` under the name ``wiretext_rev``."""
    archive = subprocess.run(["git", "archive", rev, "src/wiretext"], cwd=ROOT, capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    (into / "src" / "wiretext").rename(into / "wiretext_rev")
    sys.path.insert(0, str(into))
    return importlib.import_module("wiretext_rev")


def import_time(rev: str, tmp: Path, runs: int) -> None:
    """Median time of importing each side in a fresh process, its dependencies (regex, ftfy, attrs) imported first."""
    code = (
        "import sys, time; import regex, ftfy, attrs; sys.path.insert(0, {path!r}); "
        "t = time.perf_counter(); import {name}; print(time.perf_counter() - t)"
    )
    sides = {rev: code.format(path=str(tmp), name="wiretext_rev"), "working tree": code.format(
        path=str(ROOT / "src"), name="wiretext")}
    times: dict[str, list[float]] = {side: [] for side in sides}
    for _ in range(runs):  # alternating, so that drift falls on both
        for side, source in sides.items():
            out = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, check=True)
            times[side].append(float(out.stdout) * 1000)
    a, b = (sorted(t)[len(t) // 2] for t in times.values())
    print(f"import (median of {runs}, dependencies first): {rev} {a:.1f} ms, working tree {b:.1f} ms ({b / a:.3f}x)")


def pickled(name: str, rows: list[Any], sides: dict[str, Callable[..., object]], passes: int) -> None:
    """Time ``pickle.loads(pickle.dumps(article))`` over each side's Articles; print the bytes too."""
    articles = {side: [parse(text, reference_date=ref) for text, ref in rows] for side, parse in sides.items()}
    best = dict.fromkeys(sides, float("inf"))
    for _ in range(passes + 1):
        for side, items in articles.items():
            start = time.perf_counter()
            for a in items:
                pickle.loads(pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL))
            best[side] = min(best[side], time.perf_counter() - start)
    size = {side: sum(len(pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL)) for a in items) / len(items)
            for side, items in articles.items()}
    (ra, rb), (sa, sb) = ((best[s] / len(rows) * 1e6 for s in sides), (size[s] for s in sides))
    rev = next(iter(sides))
    print(f"{name} pickle: {rev} {ra:.1f} µs {sa:.0f} B, working tree {rb:.1f} µs {sb:.0f} B per Article"
          f" ({rb / ra:.3f}x time, {sb / sa:.3f}x bytes)")


def timed_inside(package: Any, names: list[str], spent: dict[str, float], clock: Callable[[], float]) -> None:
    """Wrap each ``module.function`` of ``names`` in ``package`` so that the time inside it is added to ``spent``.

    The module's attribute is replaced: callers that look the function up on
    its module (``_dateline.find``) are timed, those that imported the name
    are not.  A stage is named ``stage:NAME`` (a label of the pipeline's
    ``STAGES``) or by its function (``stages.body.run``): either way it is
    also replaced in that table, which holds the function itself.  A call
    inside another timed call counts in both.
    """
    pipeline = importlib.import_module(f"{package.__name__}.pipeline")
    for name in names:
        if name.startswith("stage:"):
            function = dict(pipeline.STAGES)[name.removeprefix("stage:")]
        else:
            module_name, _, function_name = name.rpartition(".")
            module = importlib.import_module(f"{package.__name__}.{module_name}")
            function = getattr(module, function_name)
        wrapper = _timed(function, name, spent, clock)
        if not name.startswith("stage:"):
            setattr(module, function_name, wrapper)
        if hasattr(pipeline, "STAGES"):  # (4af5598 has none: a function is timed where its module holds it)
            pipeline.STAGES = tuple((n, wrapper if stage is function else stage) for n, stage in pipeline.STAGES)


def _timed(function: Any, name: str, spent: dict[str, float], clock: Callable[[], float]) -> Any:
    """``function``, its time added to ``spent[name]`` on each call."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += clock() - start

    return wrapper


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rev", nargs="?", default="HEAD")
    ap.add_argument("corpora", nargs="*", type=Path, default=[REUTERS])
    ap.add_argument("--limit", type=int, default=2000, help="cases per corpus (2000)")
    ap.add_argument("--passes", type=int, default=5, help="alternating passes (5)")
    ap.add_argument("--pickle", action="store_true", help="time pickling each side's Articles (dumps and loads)")
    ap.add_argument("--import-time", action="store_true", help="time importing each side in fresh processes")
    ap.add_argument(
        "--cpu", action="store_true", help="time the process's CPU, not the wall clock (steadier on a loaded machine)"
    )
    ap.add_argument(
        "--inside", action="append", default=[], metavar="MODULE.FUNCTION",
        help="also the time inside this function of the package, each side (e.g. dateline.find, or stage:dateline"
        " for a stage of pipeline.STAGES; repeatable)",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old = revision(args.rev, Path(tmp))
        if args.import_time:
            import_time(args.rev, Path(tmp), max(args.passes, 15))
            return
        # A shared machine takes the core away for whole time slices: the
        # wall clock counts them, the process's CPU time does not.
        clock = time.process_time if args.cpu else time.perf_counter
        # The wrappers read the same clock (the CPU clock costs about 0.6 µs a read, on both sides alike).
        inside: dict[str, dict[str, float]] = {args.rev: {}, "working tree": {}}
        for side, package in ((args.rev, old), ("working tree", wiretext)):
            inside[side] = dict.fromkeys(args.inside, 0.0)
            timed_inside(package, args.inside, inside[side], clock)
        for path in args.corpora:
            rows = load(path, args.limit)
            sides: dict[str, Callable[..., object]] = {args.rev: old.parse, "working tree": wiretext.parse}
            if args.pickle:
                pickled(path.stem, rows, sides, args.passes)
                continue
            best = dict.fromkeys(sides, float("inf"))
            best_inside = {side: dict.fromkeys(args.inside, float("inf")) for side in sides}
            ratios = []
            for k in range(args.passes + 1):  # the first pass warms both up
                took = {}
                for name, parse in sides.items():
                    spent = inside[name]
                    for function in spent:
                        spent[function] = 0.0
                    start = clock()
                    for text, ref in rows:
                        parse(text, reference_date=ref)
                    took[name] = clock() - start
                    best[name] = min(best[name], took[name])
                    if k:
                        for function, seconds in spent.items():
                            best_inside[name][function] = min(best_inside[name][function], seconds)
                if k:
                    ratios.append(took["working tree"] / took[args.rev])
            a, b = (best[name] / len(rows) * 1e6 for name in sides)
            # On a shared machine the speed of a core can halve for seconds:
            # the ratio within each pass (both sides a moment apart) is
            # steadier than the ratio of the best passes.
            print(
                f"{path.stem}: {args.rev} {a:.1f} µs, working tree {b:.1f} µs per parse ({b / a:.3f}x); "
                f"median of the {len(ratios)} passes' ratios {statistics.median(ratios):.3f}x"
            )
            for function in args.inside:
                a, b = (best_inside[name][function] / len(rows) * 1e6 for name in sides)
                print(f"  inside {function}: {args.rev} {a:.1f} µs, working tree {b:.1f} µs per parse (best pass)")


if __name__ == "__main__":
    main()
