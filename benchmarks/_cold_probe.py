"""Where a fresh process's first parse goes: run by ``bench.py --cold`` in a new process.

    python benchmarks/_cold_probe.py [--src DIR] TEXT      # prints one JSON object
    python benchmarks/_cold_probe.py --shapes              # each dateline shape's compile time, as JSON

Everything wiretext builds on first use goes through ``_lazy.once`` (tables,
pattern builders) or ``_lazy.lazy_regex``/``lazy_re`` (patterns).  Before
wiretext is imported, this script wraps both, and ``regex.compile`` and
``re.compile``, with timers, so each builder's own CPU time (what the
builders it calls took is counted in theirs) and each pattern compiled
(its source length, and the builder that asked for it) are recorded.  The
garbage collector's passes count on their own line, not in the builder
they happen to interrupt.
Private names are used on purpose: this is a measuring tool, not a client.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs  # noqa: F401  (the dependencies load before the clock starts, as in the baseline)
import ftfy  # noqa: F401
import regex

SRC = Path(__file__).resolve().parents[1] / "src"
clock = time.process_time  # CPU time of this process: less troubled by other load than the wall clock

builders: dict[str, float] = {}
collected = [0.0]  # CPU time in the garbage collector so far
compiles: list[dict[str, Any]] = []
stack: list[list[Any]] = [["(import)", 0.0]]  # [name, time spent in nested builders, ...]


def timed(name: str, fn: Callable[..., Any], *args: Any) -> Any:
    stack.append([name, 0.0])
    start = clock()
    try:
        return fn(*args)
    finally:
        took = clock() - start
        _, inner = stack.pop()
        stack[-1][1] += took
        builders[name] = builders.get(name, 0.0) + took - inner


def gc_phase(phase: str, info: dict[str, Any]) -> None:
    """Count the garbage collector's passes as a builder of their own (not in the builder they interrupt)."""
    if phase == "start":
        stack.append(["(garbage collection)", 0.0, clock()])
    elif stack[-1][0] == "(garbage collection)":
        name, _, start = stack.pop()
        took = clock() - start
        stack[-1][1] += took
        builders[name] = builders.get(name, 0.0) + took
        collected[0] += took


def wrap_compile(module: Any, label: str) -> None:
    original = module.compile

    def compile_(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        start, gc_before = clock(), collected[0]
        compiled = original(pattern, flags, *args, **kwargs)
        took = clock() - start - (collected[0] - gc_before)
        if isinstance(pattern, str):
            compiles.append({"by": stack[-1][0], "module": label, "chars": len(pattern), "ms": took * 1e3})
        return compiled

    module.compile = compile_


def shapes() -> None:
    """Compile each dateline shape of the working tree, in each form, once, in this fresh process."""
    sys.path.insert(0, str(SRC))
    from wiretext import _dateline_compile as dateline

    out = []
    for name in dateline._SOURCES:
        forms = ["generic", "bare", "exact"] if name in dateline._GENERIC else ["generic"]
        for form in forms:
            if form == "bare" and name not in dateline._BARE_SHAPE:
                continue
            source_len = len(dateline._compile(name, form).pattern)  # builds the tables and trees it needs
            regex.purge()
            start = clock()
            dateline._compile(name, form)
            out.append({"shape": name, "form": form, "chars": source_len, "ms": (clock() - start) * 1e3})
    print(json.dumps(out))


def main() -> None:
    args = sys.argv[1:]
    if args == ["--shapes"]:
        shapes()
        return
    src = SRC
    if args[0] == "--src":  # another version's src folder
        src, args = Path(args[1]), args[2:]
    text = args[0]
    sys.path.insert(0, str(src))
    spec = importlib.util.spec_from_file_location("wiretext._lazy", src / "wiretext" / "_lazy.py")
    assert spec is not None
    assert spec.loader is not None
    lazy = importlib.util.module_from_spec(spec)
    sys.modules["wiretext._lazy"] = lazy  # found there by ``from ._lazy import once`` when wiretext loads
    spec.loader.exec_module(lazy)
    wrap_compile(regex, "regex")
    wrap_compile(re, "re")

    once = lazy.once

    def timed_once(build: Callable[[], Any]) -> Callable[[], Any]:
        name = f"{build.__module__.rsplit('.', 1)[-1]}.{build.__qualname__}"
        wrapped = once(lambda: timed(name, build))
        wrapped.__wrapped__ = build  # type: ignore[attr-defined]
        return wrapped

    lazy.once = timed_once
    getattr_ = lazy._Lazy.__getattr__

    def timed_getattr(self: Any, name: str) -> Any:
        if "_compiled" in self.__dict__:
            return getattr_(self, name)
        return timed(f"lazy pattern {self._args[1][:30]!r}", getattr_, self, name)

    lazy._Lazy.__getattr__ = timed_getattr

    gc.callbacks.append(gc_phase)
    start = clock()
    import wiretext

    imported = clock()
    timed("(parse)", wiretext.parse, text)
    parsed = clock()
    print(
        json.dumps(
            {
                "import_ms": (imported - start) * 1e3,
                "parse_ms": (parsed - imported) * 1e3,
                "builders": {k: v * 1e3 for k, v in builders.items()},
                "compiles": compiles,
            }
        )
    )


if __name__ == "__main__":
    main()
