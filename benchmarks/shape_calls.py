"""The generic dateline shapes with their repeated place words called, against the same shapes written out.

Run from the repository root (figures only):

    .venv/bin/python benchmarks/shape_calls.py                  # reuters21578 and ag_news, 2,000 texts each
    .venv/bin/python benchmarks/shape_calls.py --limit 500 --rounds 5
    .venv/bin/python benchmarks/shape_calls.py --exact --rounds 3   # the exact forms, were they called so

``_dateline_compile._calls`` writes a shape's place words once and calls
them where the shape repeats them.  For each shape that does, this prints
the compile time of both forms (CPU, best of ``--rounds`` compiles) and
the time a match takes at every line start of the first twelve lines of
each text (CPU, in alternating rounds; the best and the second best round
of each form), and checks that both forms match alike there.  With
``--exact``, the same for the exact forms, which the package writes out
(each copy's place words as ``_calls`` would call them in a generic form).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # measure the working tree

import regex  # noqa: E402
from _cases import CORPORA, load  # noqa: E402

from wiretext import _dateline_compile as C  # noqa: E402
from wiretext import _dateline_shapes as S  # noqa: E402

SHAPES = ("credited", "agency_first", "uncredited", "place_only")


def compile_ms(source: str, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        regex.purge()
        start = time.process_time()
        regex.compile(source, C._FLAGS)
        best = min(best, time.process_time() - start)
    return best * 1e3


def spans(m: regex.Match[str] | None) -> list[tuple[int, int]] | None:
    """The match's span and those of the groups of ``_GROUP_NAMES`` (the called form has more groups)."""
    return None if m is None else [m.span(g) for g in range(len(C._GROUP_NAMES) + 1)]


def forms(shape: str, exact: bool) -> tuple[str, str]:
    """The shape's source written out, and with its repeated place words called (generic, or exact)."""
    if not exact:
        return C._PRELUDE + S._SOURCES[shape](S._generic_words()), C._compile(shape, "generic").pattern
    words = S._exact_words()
    source = S._SOURCES[shape](words)
    called = C._calls(source, S._place(S._WORD, S._month_guard(words), 7), "_strict")
    called = C._calls(called, S._place(S._LOOSE_WORD, S._month_guard(words), 4), "_loose")
    return C._PRELUDE + source, C._PRELUDE + called


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=2000, help="texts per corpus (2000)")
    ap.add_argument("--rounds", type=int, default=9, help="rounds of compiles and of matches (9)")
    ap.add_argument("--exact", action="store_true", help="the exact forms, written out and called")
    args = ap.parse_args()
    starts: list[tuple[str, int, int]] = []
    for name in ("reuters21578", "ag_news"):
        for text, _ in load(CORPORA / f"{name}.jsonl", args.limit):
            pos = 0
            for line in text.split("\n")[:12]:
                starts.append((text, pos, min(len(text), pos + len(line) + 1)))
                pos += len(line) + 1
    rounds = args.rounds
    print(f"{len(starts):,} line starts; CPU; compile: best of {rounds}; match: the best two of {rounds} rounds")
    print(
        "| shape | written out: chars, compile ms | called: chars, compile ms "
        "| written out: µs a match | called: µs a match |"
    )
    print("|---|---:|---:|---:|---:|")
    for shape in SHAPES:
        written, called = forms(shape, args.exact)
        plain, fast = regex.compile(written, C._FLAGS), regex.compile(called, C._FLAGS)
        for text, pos, end in starts:
            if spans(plain.match(text, pos, end)) != spans(fast.match(text, pos, end)):
                raise SystemExit(f"{shape}: the forms differ at {text[pos:end]!r}")
        times: dict[str, list[float]] = {"plain": [], "fast": []}
        for _ in range(args.rounds):
            for label, pattern in (("plain", plain), ("fast", fast)):
                start = time.process_time()
                for text, pos, end in starts:
                    pattern.match(text, pos, end)
                times[label].append((time.process_time() - start) / len(starts) * 1e6)
        p, f = sorted(times["plain"]), sorted(times["fast"])
        print(
            f"| {shape} | {len(written):,}, {compile_ms(written, args.rounds):.1f} | {len(called):,}, "
            f"{compile_ms(called, args.rounds):.1f} | {p[0]:.2f}, {p[1]:.2f} | {f[0]:.2f}, {f[1]:.2f} |"
        )


if __name__ == "__main__":
    main()
