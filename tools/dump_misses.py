#!/usr/bin/env python3
"""List the pages whose headline parse misses on other extractors' text dumps: gold against got.

    .venv/bin/python tools/dump_misses.py                       # every dump, every miss
    .venv/bin/python tools/dump_misses.py --tool inscriptis --cache /tmp/dumps
    .venv/bin/python tools/dump_misses.py --tool html2text --page 17 --show-dump 40
    .venv/bin/python tools/dump_misses.py --field date --cache /tmp/dumps --show-dump 6

The dumps are made from ``../shared/corpora/pages_html.jsonl.gz`` in the run
(html2text, BeautifulSoup ``get_text()``, inscriptis: the ``pages`` extra),
as ``benchmarks/pages.py --dumps`` makes them; ``--cache DIR`` keeps them in
DIR (outside the repository: they are corpus text) so that a second run is
quick.  Each miss is printed as its page number, its host, whether the gold
headline is in the dump at all (``in``: a line holds it, ``joined``: only
once lines, marks and quotes are evened out, ``-``: nowhere), the gold and
what parse gave (``spelt``: only in other quotes, dashes or white space; ``words``: only
its words in a row, other punctuation between them).  ``--field date`` or
``--field byline`` lists those misses instead: whether the dump writes the gold
date (``in``; ``±1``: only the day before or after; ``-``: in no form the stamp
reader could know) or the gold author's name, and with ``--show-dump`` the
dump's lines around its first mention (after the headline, for a date).
Nothing of the corpus is written into the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
PAGES = ROOT.parent / "shared" / "corpora" / "pages_html.jsonl.gz"

from pages import _byline_shown, _date_forms, _date_shown, _fold, _headline_shown  # noqa: E402

import wiretext  # noqa: E402


def _dumpers() -> dict[str, Callable[[str], str]]:
    import bs4
    import html2text
    import inscriptis

    return {
        "html2text": lambda html: str(html2text.HTML2Text().handle(html)),
        "get_text": lambda html: str(bs4.BeautifulSoup(html, "lxml").get_text()),
        "inscriptis": lambda html: str(inscriptis.get_text(html)),
    }


def _dump(tool: str, make: Callable[[str], str], html: str, cache: Path | None) -> str:
    if cache is None:
        return make(html)
    key = hashlib.sha1(html.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    path = cache / tool / f"{key}.txt"
    if path.exists():
        return path.read_text(encoding="utf-8", errors="surrogatepass")
    text = make(html)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tool", choices=("html2text", "get_text", "inscriptis"), action="append")
    ap.add_argument("--cache", type=Path, help="keep the dumps in this directory (outside the repository)")
    ap.add_argument("--page", type=int, action="append", help="only this page (its number in the file)")
    ap.add_argument("--show-dump", type=int, default=0, help="print this many lines of the dump around the gold")
    ap.add_argument("--hits", action="store_true", help="list the pages parse gets right too")
    ap.add_argument("--field", choices=("headline", "date", "byline"), default="headline")
    args = ap.parse_args()
    if args.cache is not None and ROOT in args.cache.resolve().parents:
        sys.exit("--cache must be outside the repository: the dumps are corpus text")
    with gzip.open(PAGES, "rt", encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    makers = _dumpers()
    for tool in args.tool or list(makers):
        right = 0
        for i, case in enumerate(cases):
            if args.page and i not in args.page:
                continue
            text = _dump(tool, makers[tool], case["input"], args.cache)
            if args.field != "headline":
                right += _other_miss(tool, i, case, text, args)
                continue
            got = wiretext.parse(text).headline
            gold = case["gold"]["headline"]
            hit = _fold(gold) == _fold(got)
            right += hit
            if hit and not args.hits:
                continue
            line, inside, anywhere, spelled, words = _headline_shown(gold, text)
            where = "line" if line else "in" if inside else "joined" if anywhere else "-"
            where = "spelt" if spelled and not anywhere else "words" if words and not spelled else where
            host = urlparse(case.get("url") or "").netloc.removeprefix("www.")
            print(f"{tool:10s} {i:3d} {host[:28]:28s} {where:6s} {'ok ' if hit else 'MISS'}")
            print(f"    gold: {gold!r}")
            print(f"    got:  {got!r}")
            if args.show_dump:
                _show(text, gold, args.show_dump)
        n = len(args.page) if args.page else len(cases)
        print(f"== {tool}: {args.field} right on {right} of {n} ({right / max(n, 1):.3f})")


def _other_miss(tool: str, i: int, case: dict[str, Any], text: str, args: argparse.Namespace) -> bool:
    """Print the page when parse misses its date or byline (``--field``); whether it is right."""
    a = wiretext.parse(text)
    gold = case["gold"].get(args.field)
    if args.field == "date":
        got = a.date and a.date.isoformat()
        hit = _fold(gold) == _fold(got)
        where = "-"
        if gold:
            shown = _date_shown(gold, text)
            where = "in" if shown[0] else "±1" if shown[1] else "-"
    else:
        got = a.byline
        want, have = _fold(gold), _fold(got)
        hit = want is have if want is None or have is None else want in have
        where = "in" if gold and _byline_shown(gold, text) else "-"
    if hit and not args.hits:
        return hit
    host = urlparse(case.get("url") or "").netloc.removeprefix("www.")
    print(f"{tool:10s} {i:3d} {host[:28]:28s} {where:6s} {'ok ' if hit else 'MISS'}")
    print(f"    gold: {gold!r}")
    print(f"    got:  {got!r}")
    if args.show_dump and gold:
        lines = text.splitlines()
        folded = [re.sub(r"\s+", " ", ln).casefold() for ln in lines]
        if args.field == "date":
            forms = _date_forms(dt.date.fromisoformat(gold[:10]))
            marks = [k for k, ln in enumerate(folded) if forms.search(ln)]
        else:
            marks = [k for k, ln in enumerate(folded) if (_fold(gold) or "") in ln]
        title = (_fold(case["gold"]["headline"]) or "")[:25]
        head = next((k for k, ln in enumerate(folded) if title and title in ln), 0)
        at = next((k for k in marks if k >= head), marks[0] if marks else head)
        print(f"    (headline at line {head}, mentions at {marks[:6]})")
        for k in range(max(0, at - args.show_dump // 2), min(len(lines), at + args.show_dump // 2 + 1)):
            print(f"    {k:4d}| {lines[k][:160]}")
    return hit


def _show(text: str, gold: str, n: int) -> None:
    lines = text.splitlines()
    want = (_fold(gold) or "")[:25]
    at = next((k for k, ln in enumerate(lines) if want and want in (_fold(re.sub(r"[*#_\\]", "", ln)) or "")), 0)
    for k in range(max(0, at - n // 2), min(len(lines), at + n // 2)):
        print(f"    {k:4d}| {lines[k][:160]}")


if __name__ == "__main__":
    main()
