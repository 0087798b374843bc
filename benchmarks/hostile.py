"""Adversarial input: is parse linear, and no slower per KB than on ordinary copy?

Usage::

    python benchmarks/hostile.py                 # 100 KB and 200 KB, then 1 MB and 2 MB
    python benchmarks/hostile.py --sizes 100000 200000 1000000 2000000 10000000

For each kind of hostile text and each size it prints the time per KB, the
ratio to an ordinary dispatch of the same size (target: at most 3), and the
time ratio between a size and its double (target: at most 2.2, linear).
Text in other scripts, and mojibake, is then held against ``ftfy.fix_text``
alone on the same text (one run), since its repair is ftfy's work.
Timings are the best of a few runs in this one process, so the ratios hold on
a shared, noisy machine.  Nothing here is asserted: it is a measurement.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import wiretext

PARAGRAPH = (
    "The harbour council voted on Tuesday to extend the ferry timetable for the winter, "
    "adding two late crossings on Fridays and Saturdays, the mayor's office said.\n\n"
)
HEAD = "Council extends winter ferry timetable\nBy Ana Silva\n\nOSLO, Jan 3 (NTB) - "


def ordinary(n: int) -> str:
    return (HEAD + PARAGRAPH * (n // len(PARAGRAPH) + 1))[:n]


def repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


KINDS: dict[str, Callable[[int], str]] = {
    "open brackets": repeat("("),
    "pipes": repeat("|"),
    "digits": repeat("1234567890"),
    "commas": repeat(", "),
    "capitalised words": repeat("Paris Berlin Rome "),
    "by by by": repeat("By By By "),
    "month names": repeat("Jan Feb March 31, "),
    "nested brackets": repeat("((((Reuters)))) "),
    "dateline soup": repeat("PARIS, Jan 3 (AFP) "),
    "one giant line": repeat("word "),
    "blank lines": repeat("\n"),
    "short lines": repeat("ab\n"),
    "slashes": repeat("/TASS/ "),
    "control codes": repeat("\x01\x02\x03a"),
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


def best_time(text: str, runs: int, fn: Callable[[str], object] = wiretext.parse) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def scripts(sizes: list[int], runs: int) -> float:
    """Text in other scripts, and mojibake: parse against ftfy.fix_text alone; the worst growth."""
    import ftfy

    print(f"\n{'kind':20s} {'size':>10s} {'ms/KB':>8s} {'vs ftfy':>12s} {'x for 2x size':>14s}")
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
            print(f"{kind:20s} {n:10d} {times[n] / n * 1e6:8.4f} {ratio:12.2f} {shown}")
    return worst_growth


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000, 1_000_000, 2_000_000])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    sizes = sorted(args.sizes)
    base = {n: best_time(ordinary(n), args.runs) for n in sizes}
    print(f"{'kind':20s} {'size':>10s} {'ms/KB':>8s} {'vs ordinary':>12s} {'x for 2x size':>14s}")
    for n in sizes:
        print(f"{'ordinary':20s} {n:10d} {base[n] / n * 1e6:8.4f} {1.0:12.2f}")
    worst_ratio = worst_growth = 0.0
    for kind, make in KINDS.items():
        times = {}
        for n in sizes:
            times[n] = best_time(make(n), args.runs)
            ratio = times[n] / base[n]
            growth = times[n] / times[n // 2] if n // 2 in times else None
            worst_ratio = max(worst_ratio, ratio)
            if growth is not None:
                worst_growth = max(worst_growth, growth)
            shown = f"{growth:14.2f}" if growth is not None else f"{'':14s}"
            print(f"{kind:20s} {n:10d} {times[n] / n * 1e6:8.4f} {ratio:12.2f} {shown}")
    script_growth = scripts(sizes, args.runs)
    print(f"\nworst ratio to ordinary copy: {worst_ratio:.2f} (target <= 3)")
    print(f"worst growth for twice the size: {worst_growth:.2f} (target <= 2.2)")
    print(f"other scripts and mojibake: worst growth for twice the size {script_growth:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
