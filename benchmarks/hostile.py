"""Adversarial input: is parse linear, and no slower per KB than on ordinary copy?

Usage::

    python benchmarks/hostile.py                           # 100 KB to 2 MB, every family
    python benchmarks/hostile.py --sizes 100000 200000 400000 --gate    # CI: exit 1 over target
    python benchmarks/hostile.py --only rights --sizes 100000 200000    # families whose name holds "rights"
    python benchmarks/hostile.py --memory --sizes 1000000 2000000       # peak bytes per input character
    python benchmarks/hostile.py --function clean --sizes 100000 200000 # wiretext.clean instead of parse
    python benchmarks/hostile.py --against ca8cd8f --only alone --sizes 200000   # parse time, a revision and here

The families come from three places:

- **fixed shapes**: runs of brackets, pipes, digits, blank lines, control
  codes, the seed's lines of a single ``|``, ...;
- **every rule table of the library**, found by walking the package: each
  module-level table of strings (a tuple, set or dict of cue words, month
  names, credit spellings, sign-off words, page-debris cues, wire codes, the
  agency, month and place rows) gives two families, its words repeated alone
  and its words mixed into prose.  A table added to any module gets its
  families without anyone remembering to write them;
- **the library's own examples** (``examples/*.txt``) repeated.

For each family and size it prints the time per KB, the ratio to an
ordinary dispatch of the same size (target: at most 3) and the time ratio
between a size and its double (target: at most 2.2, linear; checked where
the family costs at least what ordinary copy does).  Timings are
the best of a few runs in this one process, each family's runs taken in
turns with ordinary copy's of the same size, so the ratios hold on a shared,
noisy machine.  ``--gate`` exits 1 when a target is missed.

``--memory`` measures instead the peak memory ``parse`` and ``explain``
allocate per input character (``tracemalloc``, after a warm-up call on
ordinary copy and one on 2,000 characters of the family, so the patterns and
tables built once are not counted): targets 20 and 40 bytes.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import math
import pkgutil
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import wiretext  # noqa: E402

PARAGRAPH = (
    "The harbour council voted on Tuesday to extend the ferry timetable for the winter, "
    "adding {} late crossings on Fridays and Saturdays, the mayor's office said.\n\n"
)
SENTENCE = "The council met on Tuesday and the vote was close, officials said. "
HEAD = "Council extends winter ferry timetable\nBy Ana Silva\n\nOSLO, Jan 3 (NTB) - "

MAX_RATIO = 3.0
MAX_GROWTH = 2.2
MAX_BYTES = {"parse": 20.0, "explain": 40.0}
# The bounds a run checks: the targets above unless the command line sets others.
TARGETS = {"ratio": MAX_RATIO, "growth": MAX_GROWTH, **MAX_BYTES}


def ordinary(n: int) -> str:
    """A dispatch of ``n`` characters whose paragraphs differ, as a story's do.

    (Each paragraph its own: the page stage reads a line it has read before
    for nothing, so a paragraph repeated would flatter ordinary copy.)
    """
    count = n // (len(PARAGRAPH) - 2) + 1
    return (HEAD + "".join(PARAGRAPH.format(i) for i in range(count)))[:n]


def repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def copies(unit: str) -> Callable[[int], str]:
    """Whole copies of ``unit``, as many as come nearest ``n`` characters (at least one).

    For a unit of a few KB (an example dispatch): a copy cut short changes
    what the text is made of, and with it a decision taken on the whole text
    (the AP example's long lines are half sentences, half not: the part copy
    at the end tipped the page stage's glance one way at 200 KB and the other
    at 400 KB, which showed as a growth of 3.1 for twice the size).  Sizes
    are off by at most half a unit (1.5% at 100 KB).
    """
    return lambda n: unit * max(1, round(n / len(unit)))


FIXED: dict[str, Callable[[int], str]] = {
    "open brackets": repeat("("),
    "pipes": repeat("|"),
    "pipe lines": repeat("|\n"),
    "pipe lines and blanks": repeat("|\n\n"),
    "digits": repeat("1234567890"),
    "commas": repeat(", "),
    "capitalised words": repeat("Paris Berlin Rome "),
    "by by by": repeat("By By By "),
    "month names": repeat("Jan Feb March 31, "),
    "nested brackets": repeat("((((Reuters)))) "),
    "dateline soup": repeat("PARIS, Jan 3 (AFP) "),
    "dateline lines": repeat("PARIS, Jan 3 (AFP) - Rain fell.\n"),
    # issue 17: places glued to headlines, lists of places, regions in lower case, story codes
    "glued places": repeat("talks resume Camp David, Nov 2 (AFP) Nov 2, 2005 "),
    "place lists": repeat("Rains hit Laos, Cambodia, Vietnam Ho Chi Minh City, "),
    "place list datelines": repeat("Norway, Denmark Oslo, Jun 4 (AFP) "),
    "lower-case regions": repeat("GAZA CITY, occupied territories, Nov 3 (AFP) "),
    "story codes": repeat("(ME1432) GOBIERNO APRUEBA "),
    "one giant line": repeat("word "),
    "blank lines": repeat("\n"),
    "short lines": repeat("ab\n"),
    "slashes": repeat("/TASS/ "),
    "control codes": repeat("\x01\x02\x03a"),
    "wire codes": repeat("\x16\x16\x01a0001 r f BC-Storm 01-03 0412\r\n\x02^Storm closes ports<\r\n\x03\x04 "),
    "wire escapes": repeat("&Cx1f; &Cx13; &QL; &LR; w0871 "),
    "rights phrase": repeat("Copyright (c) All rights reserved. "),
    "rights lines": repeat("Copyright 2024 AFP. All rights reserved.\n"),
    "copyright word": repeat("Copyright "),
    "entities": repeat("&amp;"),
    "nested entities": lambda n: "&" + ("amp;" * (n // 4 + 1))[: n - 1],
    # issue 17's shapes: a headline line ending in "by" and names, brackets of
    # a transcript's heading, scraper-marked lines, an LDC archive heading,
    # credits with no separator
    "headline bylines": lambda n: ("Old harbour by Anne Dupont " * (n // 27 + 1))[:n] + "\nPARIS (AFP) - Rain.",
    "transcript brackets": lambda n: "LIMA, 3 MAY 90 (RADIO SUR) -- " + ("[TEXT] [REPORT] " * (n // 16 + 1))[:n],
    "scraper marks": repeat("-- Port strike ends\n* By Jane Roe\n-- https://example.com/a\n"),
    "ldc heading": lambda n: "APW19991207.0042  NEWS STORY  12/07/1999 03:15:00\n" + (
        "Eds: A note\r for editors.\nw0871 &Cx1f; wstm-\n" * (n // 40 + 1))[:n],
    "unseparated credits": repeat("WASHINGTON (CNN) The Senate (AP) The House (Reuters)"),
}

# Text that is not ASCII goes through the repair step's tests (and ftfy where
# they find work), so it is held against ftfy.fix_text alone on the same text.
SCRIPTS: dict[str, Callable[[int], str]] = {
    "accented prose": repeat("Die Straße nach “Zürich” bleibt gesperrt, sagte die Behörde.\n\n"),
    "cyrillic prose": repeat("Москва, 3 января. Тали снега.\n\n"),
    "cjk prose": repeat("東京で会議が開かれた。\n\n"),
    "mojibake prose": repeat("CafÃ© crÃ¨me au lait, dit-il.\n\n"),
    "lone suspects": repeat("Ãa"),
}

# Module-level names that hold no rule words.
_NOT_TABLES = {"__all__", "__builtins__", "__annotations__", "FIELDS", "_GROUP_NAMES", "_PRIORITY", "_YEAR_NOTES"}
# Enough of a big table (the 1,671 city rows) to make a unit; spread over it.
_SAMPLE = 60


def _strings(value: object, depth: int = 0) -> Iterator[str]:
    """Every string in a table, its rows and their fields (not inside patterns)."""
    if isinstance(value, str):
        if value.strip():
            yield value
    elif depth < 4 and isinstance(value, Mapping):
        for key, item in value.items():
            yield from _strings(key, depth + 1)
            yield from _strings(item, depth + 1)
    elif depth < 4 and isinstance(value, tuple | list | set | frozenset):
        for item in sorted(value, key=repr) if isinstance(value, set | frozenset) else value:
            yield from _strings(item, depth + 1)


def _imported_names(module: object) -> set[str]:
    """The names a module imports from another (``from .x import NAME``)."""
    path = getattr(module, "__file__", None)
    if not path:
        return set()
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    return {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
            for alias in node.names}


def rule_tables() -> dict[str, list[str]]:
    """Every module-level table of strings in the package, by ``module.NAME``."""
    tables: dict[str, list[str]] = {}
    for info in pkgutil.walk_packages(wiretext.__path__, "wiretext."):
        short = info.name.rsplit(".", 1)[-1]
        if short in {"cli", "dask", "__main__"} or short.startswith("_cli_"):
            continue  # the command line and Dask glue hold no rules, and import extras
        module = importlib.import_module(info.name)
        imported = _imported_names(module)  # a table is its own module's, not each importer's
        for name, value in vars(module).items():
            if name in _NOT_TABLES or name in imported or not isinstance(value, tuple | list | set | frozenset | dict):
                continue
            words = list(dict.fromkeys(_strings(value)))
            if len(words) >= 3:
                step = max(1, len(words) // _SAMPLE)
                tables[f"{info.name.removeprefix('wiretext.')}.{name}"] = words[::step][:_SAMPLE]
    return tables


def table_families() -> dict[str, Callable[[int], str]]:
    """Two families a table: its words alone (on one line and on lines of their own), and mixed into prose."""
    families: dict[str, Callable[[int], str]] = {}
    for name, words in rule_tables().items():
        families[f"{name} alone"] = repeat(" ".join(words) + "\n" + "\n".join(words) + "\n")
        families[f"{name} in prose"] = repeat("".join(f"{SENTENCE}{w} " for w in words) + "\n\n")
    return families


def example_families() -> dict[str, Callable[[int], str]]:
    paths = sorted((ROOT / "examples").glob("*.txt"))
    return {f"example {p.stem}": copies(p.read_text(encoding="utf-8") + "\n") for p in paths}


def all_families() -> dict[str, Callable[[int], str]]:
    return {**FIXED, **table_families(), **example_families()}


FUNCTIONS: dict[str, Callable[[str], object]] = {"parse": wiretext.parse, "explain": wiretext.explain,
                                                 "clean": wiretext.clean}
MEASURED = [wiretext.parse]  # the function --function chose


def best_time(text: str, runs: int, fn: Callable[[str], object] | None = None) -> float:
    fn = fn or MEASURED[0]
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def paired_time(text: str, base: str, runs: int) -> tuple[float, float]:
    """The best times of ``text`` and of ordinary copy ``base``, timed in turns.

    A shared machine's load drifts by tens of percent from minute to minute:
    timed in turns, the family and ordinary copy see the same drift, and
    their ratio holds (a base timed once at the start does not).
    """
    fn = MEASURED[0]
    best = best_base = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(text)
        t1 = time.perf_counter()
        fn(base)
        t2 = time.perf_counter()
        best, best_base = min(best, t1 - t0), min(best_base, t2 - t1)
    return best, best_base


def timing(families: dict[str, Callable[[int], str]], sizes: list[int], runs: int) -> tuple[float, float, list[str]]:
    """Print the table; return the worst ratio to ordinary copy, the worst growth and the families over target."""
    base = {n: best_time(ordinary(n), runs) for n in sizes}
    print(f"{'family':52s} {'size':>9s} {'ms/KB':>8s} {'vs ordinary':>12s} {'x for 2x size':>14s}")
    for n in sizes:
        print(f"{'ordinary':52s} {n:9d} {base[n] / n * 1e6:8.4f} {1.0:12.2f}")
    worst_ratio = worst_growth = 0.0
    over: list[str] = []
    for kind, make in families.items():
        missed = _time_family(kind, make, sizes, runs, base)
        judged = kind
        if missed:  # a shared machine stalls now and then: a family must miss twice, the second time best of more runs
            judged = kind + " (again)"
            missed = _time_family(judged, make, sizes, runs + 2, base)
        # the summary gives what the targets judge: the rows of the family's last timing, and its
        # growth over the whole range where it is judged (see _time_family)
        worst_ratio = max([worst_ratio, *(ratio for _n, ratio, _growth in _rows[judged])])
        worst_growth = max(worst_growth, _growths.get(judged, 0.0))
        over += missed
    _rows.clear()
    _growths.clear()
    return worst_ratio, worst_growth, over


_rows: dict[str, list[tuple[int, float, float | None]]] = {}
_growths: dict[str, float] = {}


def _time_family(
    kind: str, make: Callable[[int], str], sizes: list[int], runs: int, base: dict[int, float]
) -> list[str]:
    """Time one family at every size, print its rows; the rows that miss a target.

    ``base`` gets ordinary copy's time of each size, timed in turns with the family's.
    """
    times: dict[int, float] = {}
    missed = []
    for n in sizes:
        times[n], base[n] = paired_time(make(n), ordinary(n), runs)
        ratio = times[n] / base[n]
        growth = times[n] / times[n // 2] if n // 2 in times else None
        _rows.setdefault(kind, []).append((n, ratio, growth))
        if ratio > TARGETS["ratio"]:
            missed.append(f"{kind} at {n}: {ratio:.2f}x ordinary")
        shown = f"{growth:14.2f}" if growth is not None else f"{'':14s}"
        print(f"{kind[:52]:52s} {n:9d} {times[n] / n * 1e6:8.4f} {ratio:12.2f} {shown}")
    # Growth is judged over the whole range, a doubling's share of it (one
    # stalled timing moves it less than it moves one step), and where the
    # family costs at least what ordinary copy does: text read at C speed (a
    # fifth of ordinary copy's time) slows per byte once it and its copies
    # outgrow the caches, which is no blow-up.  A quadratic family grows 4x.
    low, high = sizes[0], sizes[-1]
    if high > low and times[high] >= base[high]:
        per_doubling = _growths[kind] = (times[high] / times[low]) ** (1 / math.log2(high / low))
        if per_doubling > TARGETS["growth"]:
            missed.append(f"{kind}: grows {per_doubling:.2f}x a doubling from {low} to {high}")
    return missed


def scripts(sizes: list[int], runs: int) -> float:
    """Text in other scripts, and mojibake: parse against ftfy.fix_text alone; the worst growth."""
    import ftfy

    print(f"\n{'kind':52s} {'size':>9s} {'ms/KB':>8s} {'vs ftfy':>12s} {'x for 2x size':>14s}")
    worst_growth = 0.0
    for kind, make in SCRIPTS.items():
        times = {}
        for n in sizes:
            text = make(n)
            times[n] = best_time(text, runs)
            ratio = times[n] / best_time(text, 1, ftfy.fix_text)
            growth = times[n] / times[n // 2] if n // 2 in times else None
            if growth is not None:
                worst_growth = max(worst_growth, growth)
            shown = f"{growth:14.2f}" if growth is not None else f"{'':14s}"
            print(f"{kind:52s} {n:9d} {times[n] / n * 1e6:8.4f} {ratio:12.2f} {shown}")
    return worst_growth


def peak_bytes(fn: Callable[[str], object], text: str) -> int:
    """The peak memory ``fn(text)`` allocates, beyond what was allocated before the call."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        fn(text)
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def memory(families: dict[str, Callable[[int], str]], sizes: list[int]) -> list[str]:
    """Print peak bytes per input character for parse and explain; return the families over target."""
    fns: dict[str, Callable[[str], object]] = {"parse": wiretext.parse, "explain": wiretext.explain}
    for fn in fns.values():
        fn(ordinary(1000))  # build the patterns and tables first: they are not the input's cost
    print(f"{'family':52s} {'size':>9s} {'parse B/char':>13s} {'explain B/char':>15s}")
    over: list[str] = []
    worst = dict.fromkeys(fns, 0.0)
    for kind, make in {"ordinary": ordinary, **families}.items():
        for fn in fns.values():
            # the family's own first call builds what it alone needs (a rule's
            # pattern, a table): built once, not the input's cost either
            fn(make(2000))
        for n in sizes:
            text = make(n)
            per = {name: peak_bytes(fn, text) / n for name, fn in fns.items()}
            for name, value in per.items():
                worst[name] = max(worst[name], value)
                if value > TARGETS[name]:
                    over.append(f"{kind} at {n}: {name} {value:.1f} bytes a character")
            print(f"{kind[:52]:52s} {n:9d} {per['parse']:13.1f} {per['explain']:15.1f}")
    print(f"\nworst peak: parse {worst['parse']:.1f} bytes a character (bound {TARGETS['parse']:.0f}), "
          f"explain {worst['explain']:.1f} (bound {TARGETS['explain']:.0f})")
    return over


def against(rev: str, families: dict[str, Callable[[int], str]], sizes: list[int], runs: int) -> None:
    """Print each family's parse time under revision ``rev`` and in the working tree, timed in turns.

    The revision is imported as :mod:`ab` imports one (``benchmarks/ab.py``).
    The ratio to ordinary copy cannot show a change that speeds ordinary
    copy as well (the page stage reads ordinary copy's lines too); the time
    of the same text under both sides can.
    """
    import tempfile

    from ab import revision

    print(f"{'family':52s} {'size':>9s} {rev[:12]:>12s} {'working tree':>13s} {'new/old':>8s}  (ms/KB)")
    with tempfile.TemporaryDirectory() as tmp:
        old = revision(rev, Path(tmp))
        for kind, make in {"ordinary": ordinary, **families}.items():
            for n in sizes:
                text = make(n)
                best_old = best_new = float("inf")
                for _ in range(runs):
                    t0 = time.perf_counter()
                    old.parse(text)
                    t1 = time.perf_counter()
                    MEASURED[0](text)
                    t2 = time.perf_counter()
                    best_old, best_new = min(best_old, t1 - t0), min(best_new, t2 - t1)
                print(f"{kind[:52]:52s} {n:9d} {best_old / n * 1e6:12.4f} {best_new / n * 1e6:13.4f} "
                      f"{best_new / best_old:8.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000, 1_000_000, 2_000_000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", help="only the families whose name holds this text")
    ap.add_argument("--memory", action="store_true", help="peak bytes per character instead of time")
    ap.add_argument("--gate", action="store_true", help="exit 1 when a family misses a target (after a re-run)")
    bound = ap.add_argument_group("bounds (the targets unless set)")
    bound.add_argument("--max-ratio", type=float, default=MAX_RATIO, help="time a character over ordinary copy's")
    bound.add_argument("--max-growth", type=float, default=MAX_GROWTH, help="time for twice the size over the size's")
    bound.add_argument("--max-parse-bytes", type=float, default=MAX_BYTES["parse"], help="parse's peak a character")
    bound.add_argument("--max-explain-bytes", type=float, default=MAX_BYTES["explain"], help="explain's peak")
    ap.add_argument("--list", action="store_true", help="list the families and exit")
    ap.add_argument("--against", metavar="REV", help="time parse under git revision REV and here, in turns")
    ap.add_argument("--function", choices=sorted(FUNCTIONS), default="parse", help="what to time (default: parse)")
    args = ap.parse_args()
    sizes = sorted(args.sizes)
    MEASURED[0] = FUNCTIONS[args.function]
    TARGETS.update(ratio=args.max_ratio, growth=args.max_growth)
    TARGETS.update(parse=args.max_parse_bytes, explain=args.max_explain_bytes)
    families = all_families()
    if args.only:
        families = {k: v for k, v in families.items() if args.only in k}
    if args.list:
        print("\n".join(families))
        print(f"{len(families)} families")
        return 0
    if args.against:
        against(args.against, families, sizes, args.runs)
        return 0
    if args.memory:
        over = memory(families, sizes)
    else:
        worst_ratio, worst_growth, over = timing(families, sizes, args.runs)
        if not args.only:
            script_growth = scripts(sizes, args.runs)
            print(f"\nother scripts and mojibake: worst growth for twice the size {script_growth:.2f}")
        print(f"\n{len(families)} families, each at its last timing (a second where the first missed):")
        print(f"worst ratio to ordinary copy: {worst_ratio:.2f} (bound {TARGETS['ratio']})")
        print(f"worst growth for twice the size, a doubling's share of the whole range, of the families costing"
              f" at least what ordinary copy does: {worst_growth:.2f} (bound {TARGETS['growth']})")
    for line in over:
        print("over target:", line)
    return 1 if args.gate and over else 0


if __name__ == "__main__":
    sys.exit(main())
