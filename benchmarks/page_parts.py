"""The time inside parts of the page reader, a revision against the working tree, in one process.

Run from the repository root (figures only):

    .venv/bin/python benchmarks/page_parts.py 4af5598 ../shared/corpora/pages.jsonl \\
        --part _page_lines._lines=page._lines --part _page_score._Page.score=page._Page.score
    .venv/bin/python benchmarks/page_parts.py HEAD --family "scraper marks" --size 100000 \\
        --part _page_glance._plain_copy --passes 9          # one text of a hostile.py family

``ab.py --inside`` times a function where its module holds it; the page
reader's modules import each other's functions by name, and 4af5598 held
them all in ``page``.  Here a part is named in the working tree, and after
``=`` in the revision when it stands elsewhere there (``MODULE.FUNCTION`` or
``MODULE.CLASS.METHOD``); every module of the package holding the function
is given the timed one.  Both sides parse the corpus in alternating passes
(CPU time); the best pass of each counts, per parse, as in ``ab.py``.  A
call inside another timed call counts in both.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
import types
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _cases import load
from ab import revision

import wiretext


def timed(package: Any, name: str, spent: dict[str, float], label: str) -> None:
    """Replace the function ``name`` of ``package`` by one adding its CPU time to ``spent[label]``."""
    module_name, _, rest = name.partition(".")
    owner: Any = importlib.import_module(f"{package.__name__}.{module_name}")
    *path, attr = rest.split(".")
    for step in path:
        owner = getattr(owner, step)
    function = getattr(owner, attr)
    clock = time.process_time

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += clock() - start

    setattr(owner, attr, wrapper)
    if path:
        return  # a method: its class holds it
    for module in list(sys.modules.values()):
        if isinstance(module, types.ModuleType) and module.__name__.startswith(f"{package.__name__}."):
            for key, value in list(vars(module).items()):
                if value is function:
                    setattr(module, key, wrapper)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rev")
    ap.add_argument("corpus", type=Path, nargs="?", help="a corpus (.jsonl), unless --family")
    ap.add_argument("--part", action="append", default=[], metavar="NAME[=REV_NAME]")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--family", help="a hostile.py family (or 'ordinary') at --size characters, not a corpus")
    ap.add_argument("--size", type=int, default=100_000, help="characters of --family's text (100000)")
    args = ap.parse_args()
    if (args.corpus is None) == (args.family is None):
        ap.error("give a corpus or --family, not both")
    parts = [(p.partition("=")[0], p.partition("=")[2] or p.partition("=")[0]) for p in args.part]
    with tempfile.TemporaryDirectory() as tmp:
        old = revision(args.rev, Path(tmp))
        sides = {args.rev: old, "working tree": wiretext}
        spent: dict[str, dict[str, float]] = {side: {} for side in sides}
        for label, rev_name in parts:
            for side, package in sides.items():
                spent[side][label] = 0.0
                timed(package, rev_name if side == args.rev else label, spent[side], label)
        if args.family:
            import hostile  # builds every family's table: only when asked

            rows = [({"ordinary": hostile.ordinary, **hostile.all_families()}[args.family](args.size), None)]
            name = f"{args.family} ({args.size} characters)"
        else:
            rows = load(args.corpus, args.limit)
            name = args.corpus.stem
        best = {side: {label: float("inf") for label in ["parse", *spent[side]]} for side in sides}
        for k in range(args.passes + 1):  # the first pass warms both up
            for side, package in sides.items():
                for label in spent[side]:
                    spent[side][label] = 0.0
                start = time.process_time()
                for text, ref in rows:
                    package.parse(text, reference_date=ref)
                took = {"parse": time.process_time() - start, **spent[side]}
                if k:
                    for label, seconds in took.items():
                        best[side][label] = min(best[side][label], seconds)
    for label in best[args.rev]:
        a, b = (best[side][label] / len(rows) * 1e6 for side in sides)
        ratio = f"{b / a:.3f}x" if a else "not called before"
        print(f"{name} {label}: {args.rev} {a:.1f} µs, working tree {b:.1f} µs per parse ({ratio})")


if __name__ == "__main__":
    main()
