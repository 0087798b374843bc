#!/usr/bin/env python3
"""Evaluate wiretext.page.find_story on labelled whole-page texts.

Usage (from the repository root):

    python tools/page_eval.py [PAGES.jsonl] [--show N] [--source NAME] [--id SUBSTRING]
                              [--plain CASES.jsonl ...]

PAGES.jsonl defaults to ``../shared/corpora/pages.jsonl`` relative to the
repository root.  Each case is scored as the pipeline will see it: the body is
the text of ``[start, end)`` minus the cuts minus the headline span (the whole
input when find_story returns None), held against the gold body by
bag-of-words F1 over casefolded ``\\w+`` tokens; the headline is compared after
folding case and white space and dropping trailing dots, as
``shared/tools/score.py`` does.  Prints per-source means, the worst cases and
the throughput in MB/s.

``--plain`` takes other case files (wire copy: reuters21578.jsonl,
ag_news.jsonl, muc34.jsonl) and checks on them, and on PAGES.jsonl, that the
early answer find_story gives wire copy (``_plain_copy``) changes no result:
each text is read with and without it, and the time per text is printed both
ways.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import re
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wiretext.page import Story

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _import_page() -> types.ModuleType:
    """Import wiretext.page; if the package's __init__ is mid-edit, load the module alone."""
    try:
        return importlib.import_module("wiretext.page")
    except Exception:  # another stage may be half-written
        for name in [m for m in sys.modules if m == "wiretext" or m.startswith("wiretext.")]:
            del sys.modules[name]
        package = types.ModuleType("wiretext")
        package.__path__ = [str(ROOT / "src" / "wiretext")]
        sys.modules["wiretext"] = package
        print(
            "note: wiretext/__init__.py failed to import; loaded wiretext.page alone",
            file=sys.stderr,
        )
        return importlib.import_module("wiretext.page")


PAGE = _import_page()
find_story: Callable[[str], Story | None] = PAGE.find_story

DEFAULT = ROOT.parent / "shared" / "corpora" / "pages.jsonl"


def fold(value: object) -> str | None:
    """Fold as score.py does: collapse white space, casefold, drop trailing dots."""
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip().casefold()
    return text.rstrip(".").strip() or None


def body_f1(want: object, have: object) -> float:
    """Bag-of-words F1 over casefolded ``\\w+`` tokens, as score.py computes it."""
    gold = collections.Counter(re.findall(r"\w+", str(want or "").casefold()))
    pred = collections.Counter(re.findall(r"\w+", str(have or "").casefold()))
    shared = sum((gold & pred).values())
    if not shared:
        return 1.0 if not gold and not pred else 0.0
    precision, recall = shared / sum(pred.values()), shared / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def story_body(text: str, story: Story | None) -> str:
    """The body as the pipeline will take it: [start, end) minus cuts minus the headline."""
    if story is None:
        return text
    drop = [(c.start, c.end) for c in story.cuts]
    if story.headline is not None:
        drop.append(story.headline)
    out: list[str] = []
    pos = story.start
    for a, b in sorted(drop):
        if a > pos:
            out.append(text[pos : min(a, story.end)])
        pos = max(pos, b)
        if pos >= story.end:
            break
    if pos < story.end:
        out.append(text[pos : story.end])
    return "\n".join(out)


def headline_text(text: str, story: Story | None) -> str | None:
    """The headline string the story points at, if any."""
    if story is None or story.headline is None:
        return None
    return text[story.headline[0] : story.headline[1]]


def check_plain(paths: list[str]) -> int:
    """Read each file's texts with and without the early answer for wire copy; count changes."""
    name = "_plain_copy"  # the early answer, swapped out below
    glance: Callable[[str], bool] = getattr(PAGE, name)
    changed_total = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            texts = [json.loads(line)["input"] for line in f]
        if not texts:
            continue
        fired = sum(bool(glance(text)) for text in texts)
        t0 = time.perf_counter()
        fast = [find_story(text) for text in texts]
        t_fast = time.perf_counter() - t0
        setattr(PAGE, name, lambda text: False)
        try:
            t0 = time.perf_counter()
            slow = [find_story(text) for text in texts]
            t_slow = time.perf_counter() - t0
        finally:
            setattr(PAGE, name, glance)
        changed = sum(a != b for a, b in zip(fast, slow, strict=True))
        changed_total += changed
        n = len(texts)
        print(
            f"{Path(path).name}: {n} texts, told at a glance {fired}, changed {changed}; "
            f"{t_fast / n * 1e6:.1f} us a text with the glance, {t_slow / n * 1e6:.1f} without"
        )
    return 1 if changed_total else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("pages", nargs="?", default=str(DEFAULT))
    ap.add_argument("--show", type=int, default=8, help="worst cases to list per source")
    ap.add_argument("--source", default="", help="only sources containing this string")
    ap.add_argument("--id", default="", help="only case ids containing this string")
    ap.add_argument("--all", action="store_true", help="list every case's figures")
    ap.add_argument(
        "--plain",
        nargs="+",
        metavar="CASES.jsonl",
        help="check that the early answer for wire copy changes nothing on these files",
    )
    args = ap.parse_args()
    if args.plain:
        return check_plain([*args.plain, args.pages])

    f1s: dict[str, list[float]] = collections.defaultdict(list)
    heads: dict[str, list[bool]] = collections.defaultdict(list)
    worst: dict[str, list[tuple[float, str, str]]] = collections.defaultdict(list)
    found: dict[str, int] = collections.Counter()
    rules: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    nbytes = 0
    spent = 0.0
    with open(args.pages, encoding="utf-8") as f:
        for line in f:
            case = json.loads(line)
            src = case["source"]
            if args.source not in src or args.id not in case["id"]:
                continue
            text = case["input"]
            nbytes += len(text.encode("utf-8"))
            t0 = time.perf_counter()
            story = find_story(text)
            spent += time.perf_counter() - t0
            if story is not None:
                found[src] += 1
                rules[src].update(cut.rule for cut in story.cuts)
            gold = case["gold"]
            note = ""
            if "body" in gold:
                score = body_f1(gold["body"], story_body(text, story))
                f1s[src].append(score)
                note = f"body={score:.3f}"
            if "headline" in gold:
                got = headline_text(text, story)
                ok = fold(got) == fold(gold["headline"])
                heads[src].append(ok)
                if not ok:
                    note += f" headline={got!r:.70} want={gold['headline']!r:.70}"
            worst[src].append((f1s[src][-1] if f1s[src] else 1.0, case["id"], note))

    for src in sorted(set(f1s) | set(heads)):
        body = f1s.get(src, [])
        head = heads.get(src, [])
        print(f"{src}: {len(body)} cases, a story found in {found[src]} (None for the rest)")
        if body:
            print(f"  body F1    {sum(body) / len(body):.4f}")
        if head:
            print(f"  headline   {sum(head) / len(head):.4f} ({sum(head)}/{len(head)})")
        counts = ", ".join(f"{rule}={n}" for rule, n in rules[src].most_common())
        print(f"  cuts       {counts or 'none'}")
        rows = sorted(worst[src]) if not args.all else worst[src]
        for score, cid, note in rows[: (len(rows) if args.all else args.show)]:
            print(f"    {score:.3f} {cid} {note}")
    mb = nbytes / 1e6
    if mb and spent:
        rate = f"{mb / spent:.2f} MB/s ({spent / mb:.3f} s per MB)"
        print(f"time: {spent:.2f} s for {mb:.2f} MB = {rate}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
