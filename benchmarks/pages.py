"""Web pages side by side: wiretext.parse_html, trafilatura and newspaper4k on the same HTML.

Run from the repository root, with the html extra (and newspaper4k, if you
want its row) installed:

    .venv/bin/python benchmarks/pages.py                        # ../shared/corpora/pages_html.jsonl.gz
    .venv/bin/python benchmarks/pages.py --limit 60 --rounds 2
    .venv/bin/python benchmarks/pages.py --linearity
    .venv/bin/python benchmarks/pages.py --headline-sources
    .venv/bin/python benchmarks/pages.py --dumps     # pip install html2text beautifulsoup4 inscriptis html-text
    .venv/bin/python benchmarks/pages.py --ceiling   # only how often each dump shows the gold headline, date, byline

Each page is handed to every tool in turn (the order rotates from page to
page), so that the machine's load falls on all of them alike; the time is
what each call took, summed.  Fields are scored as ``score.py`` scores them
(its functions are imported from ../shared/tools when it is there):
headline, date and byline as the share of pages right, body as the mean
bag-of-words F1.  ``agency``, ``place`` and ``rights`` are the share of pages
where the tool gives one at all (the pages carry no gold for them).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import gzip
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # measure the working tree
SHARED = ROOT.parent / "shared"
PAGES = SHARED / "corpora" / "pages_html.jsonl.gz"

import wiretext  # noqa: E402

FIELDS = ("headline", "date", "byline", "body")

try:  # the scorer CI uses, so that the figures are the gates' figures
    sys.path.insert(0, str(SHARED / "tools"))
    from score import correct  # type: ignore[import-not-found]
    from score import fold as _fold
except ImportError:  # the same rules, for a checkout without ../shared

    def _fold(value: object) -> str | None:
        if value is None:
            return None
        text = re.sub(r"\s+", " ", str(value)).strip().casefold()
        return text.rstrip(".").strip() or None

    def correct(field: str, want: object, have: object) -> float:
        if field == "body":
            gold = collections.Counter(re.findall(r"\w+", str(want or "").casefold()))
            pred = collections.Counter(re.findall(r"\w+", str(have or "").casefold()))
            shared = sum((gold & pred).values())
            if not shared:
                return 1.0 if not gold and not pred else 0.0
            p, r = shared / sum(pred.values()), shared / sum(gold.values())
            return 2 * p * r / (p + r)
        w, h = _fold(want), _fold(have)
        if w is None or h is None:
            return float(w is h)
        return float(w in h) if field == "byline" else float(w == h)


Result = dict[str, Any]


def _wiretext(case: dict[str, Any]) -> Result:
    ref = case.get("reference_date")
    a = wiretext.parse_html(
        case["input"], url=case.get("url"), reference_date=dt.date.fromisoformat(ref) if ref else None
    )
    return {
        "headline": a.headline,
        "date": a.date.isoformat() if a.date else None,
        "byline": a.byline,
        "body": a.body,
        "agency": a.agency is not None,
        "place": a.location is not None,
        "rights": a.rights is not None,
    }


def _trafilatura(case: dict[str, Any]) -> Result:
    import trafilatura

    d = trafilatura.bare_extraction(case["input"], url=case.get("url"), with_metadata=True)
    if d is None:
        return {}
    return {"headline": d.title, "date": d.date, "byline": d.author, "body": d.text}


def _newspaper(case: dict[str, Any]) -> Result:
    import newspaper

    # fetch_images=False: the top image would be downloaded from the page's address.
    art = newspaper.Article(case.get("url") or "https://example.invalid/", fetch_images=False)
    art.download(input_html=case["input"])
    art.parse()
    when = art.publish_date
    return {
        "headline": art.title or None,
        "date": when.date().isoformat() if isinstance(when, dt.datetime) else None,
        "byline": ", ".join(art.authors) or None,
        "body": art.text,
    }


def _tools() -> dict[str, Callable[[dict[str, Any]], Result]]:
    tools: dict[str, Callable[[dict[str, Any]], Result]] = {"wiretext.parse_html": _wiretext}
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("trafilatura is not installed: its row is left out")
    else:
        tools["trafilatura bare_extraction"] = _trafilatura
    try:
        import newspaper  # noqa: F401
    except ImportError:
        print("newspaper4k is not installed (pip install newspaper4k): its row is left out")
    else:
        tools["newspaper4k"] = _newspaper
    return tools


def compare(cases: list[dict[str, Any]], rounds: int) -> None:
    import logging

    logging.disable(logging.CRITICAL)  # the extractors log every page they find thin
    tools = _tools()
    names = list(tools)
    spent = dict.fromkeys(names, 0.0)
    scores: dict[str, dict[str, float]] = {n: collections.defaultdict(float) for n in names}
    counts: dict[str, int] = collections.Counter()
    for name in names:  # warm up: imports, compiled patterns
        tools[name](cases[0])
    for r in range(rounds):
        for i, case in enumerate(cases):
            k = (i + r) % len(names)
            for name in names[k:] + names[:k]:
                t0 = time.perf_counter()
                try:
                    got = tools[name](case)
                except Exception:
                    got = {}
                spent[name] += time.perf_counter() - t0
                if r:
                    continue
                for field in FIELDS:
                    if field in case["gold"]:
                        scores[name][field] += correct(field, case["gold"][field], got.get(field))
                for extra in ("agency", "place", "rights"):
                    scores[name][extra] += bool(got.get(extra))
    for field in FIELDS:
        counts[field] = sum(field in c["gold"] for c in cases)
    n = len(cases)
    base = "trafilatura bare_extraction"
    head = f"{'tool':28s} {'headline':>8s} {'date':>6s} {'byline':>6s} {'body F1':>7s} {'agency':>6s} {'place':>6s}"
    print(head + f" {'rights':>6s} {'pages/s':>8s} {'vs traf.':>8s}")
    for name in names:
        rate = n * rounds / spent[name]
        ratio = f"{spent[base] / spent[name]:7.2f}x" if base in spent else "       -"
        row = [f"{scores[name][f] / counts[f]:.3f}" for f in FIELDS]
        extras = [f"{scores[name][e] / n:.2f}" if name == names[0] else "-" for e in ("agency", "place", "rights")]
        print(f"{name:28s} {row[0]:>8s} {row[1]:>6s} {row[2]:>6s} {row[3]:>7s} "
              f"{extras[0]:>6s} {extras[1]:>6s} {extras[2]:>6s} {rate:8.1f} {ratio}")
    print(f"\n{n} pages, {sum(len(c['input']) for c in cases) / 1e6:.1f} MB of HTML, {rounds} round(s);"
          " pages/s over every round, fields scored on the first.")


def linearity() -> None:
    """parse_html's time per character on an invented page made 1, 4 and 16 times longer."""
    para = ("<p>The harbour authority said the northern quay would reopen on Tuesday after a week of repairs to"
            " the sea wall, and that ferries could dock again.</p><div class='share'><a href='#'>Share</a></div>")
    for k in (50, 200, 800, 3200):
        page = (f"<html><head><title>Quay reopens | Harbour Herald</title></head><body><article><h1>Quay reopens"
                f"</h1>{para * k}</article></body></html>")
        wiretext.parse_html(page)
        t0 = time.perf_counter()
        wiretext.parse_html(page)
        spent = time.perf_counter() - t0
        print(f"{len(page):>10,d} chars  {spent * 1e3:9.1f} ms  {spent / len(page) * 1e9:8.1f} ns/char")


def headline_sources(cases: list[dict[str, Any]]) -> None:
    """How often each source of a page's headline agrees with the gold, how often wiretext's choice
    does, and what each of the choice's rules is worth (the choice with that rule left out)."""
    from wiretext._html_meta import _HEADLINE_RULES, _headline, _read_page
    from wiretext.html import _load, _main_text

    right: dict[str, float] = collections.Counter()
    given: dict[str, int] = collections.Counter()
    first = anyone = 0.0
    chosen: dict[str, float] = collections.Counter()
    skips = {"": frozenset(), **{f"without {r}": frozenset({r}) for r in _HEADLINE_RULES},
             "without any rule": frozenset(_HEADLINE_RULES)}
    for case in cases:
        tree = _load(case["input"])
        page = _read_page(tree, case.get("url")) if tree is not None else None
        found = page.headlines if page is not None else []
        want = case["gold"]["headline"]
        hits = {source: correct("headline", want, text) for text, source in reversed(found)}
        for source, hit in hits.items():
            given[source] += 1
            right[source] += hit
        first += correct("headline", want, found[0][0]) if found else 0.0
        anyone += max(hits.values(), default=0.0)
        main = _main_text(tree, case.get("url")) if tree is not None else ""
        for name, skip in skips.items():
            pick = _headline(page, main, skip=skip) if page is not None else None
            chosen[name] += correct("headline", want, pick[0] if pick else None)
    n = len(cases)
    for source in given:
        share = right[source] / given[source]
        print(f"{source:8s} states a headline on {given[source] / n:.0%} of pages, right on {share:.3f} of those")
    print(f"the first in wiretext's order is right on {first / n:.3f}; one of them is on {anyone / n:.3f}")
    for name in skips:
        print(f"wiretext's choice{' ' + name if name else ''}: right on {chosen[name] / n:.3f}")


def _dumpers() -> dict[str, Callable[[str], str]]:
    """The page-text makers scrapers use, each as the page's HTML to text (those installed)."""
    out: dict[str, Callable[[str], str]] = {}
    try:
        import html2text
    except ImportError:
        print("html2text is not installed: its row is left out")
    else:
        out["html2text"] = lambda html: html2text.HTML2Text().handle(html)
    try:
        import bs4
    except ImportError:
        print("beautifulsoup4 is not installed: its rows are left out")
    else:
        out["BeautifulSoup get_text()"] = lambda html: bs4.BeautifulSoup(html, "lxml").get_text()
        out["BeautifulSoup get_text(' ')"] = lambda html: bs4.BeautifulSoup(html, "lxml").get_text(" ")
    try:
        import inscriptis
    except ImportError:
        print("inscriptis is not installed: its row is left out")
    else:
        out["inscriptis"] = inscriptis.get_text
        out["inscriptis, <title> shown"] = _inscriptis_titled()
    try:
        import html_text
    except ImportError:
        print("html-text is not installed: its row is left out")
    else:
        out["html-text"] = html_text.extract_text
    return out


def _inscriptis_titled() -> Callable[[str], str]:
    """inscriptis with a configuration that shows the page's ``<title>`` (its first line, as html-text has it):
    the default leaves the page's head out, and with it the title the page's metadata most often repeats."""
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.html_properties import Display
    from inscriptis.model.config import ParserConfig
    from inscriptis.model.html_element import HtmlElement

    css = dict(CSS_PROFILES["strict"])
    css["head"] = HtmlElement(display=Display.block)
    css["title"] = HtmlElement(display=Display.block, margin_after=1)
    config = ParserConfig(css=css)
    return lambda html: str(get_text(html, config))


# What a dump puts before a line's words: markdown heading marks, bullets, quote marks, bold.
_MARKS = re.compile(r"^[\s#>*+\-]*(?:\*\*|__)?|(?:\*\*|__)?\s*$")
# Markdown inside a line: bold and the backslash before an escaped mark ("1\. ", "\- ").
_INLINE = re.compile(r"\*\*|__|\\(?=[\\`*_{}\[\]()#+\-.!])")


# Spellings a page and its metadata may differ in: quotes, dashes, invisible characters.
_SPELLING = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"',
                           "»": '"', "–": "-", "—": "-", "\u00ad": None, "\u200b": None, "\u200c": None,
                           "\u200d": None, "\u2060": None, "\ufeff": None})
_WORDS = re.compile(r"\w+")


def _headline_shown(gold: str, text: str) -> tuple[bool, bool, bool, bool, bool]:
    """Whether the gold headline, folded as the scorer folds it, is a line of the text (its
    markdown marks aside), inside one line, or anywhere in the text (lines joined, markdown's
    inline marks out, a line wrapped at a hyphen joined); then, no longer as the scorer would
    take it, anywhere in other quotes, dashes or white space (``spelled``), and whether its words
    stand in the text in a row, whatever stands between them (``words``: a colon the page left out)."""
    want = _fold(gold)
    if want is None:
        return False, False, False, False, False
    lines = [_fold(_MARKS.sub("", line)) or "" for line in text.splitlines()]
    inside = any(want in line for line in lines)
    joined = _fold(re.sub(r"(?<=[^\W\d_]-)\n[ \t]*", "", _INLINE.sub("", text))) or ""
    anywhere = inside or want in joined
    loose = re.sub(r"\s+", "", want.translate(_SPELLING))
    spelled = anywhere or loose in re.sub(r"\s+", "", joined.translate(_SPELLING))
    words = " ".join(_WORDS.findall(want))
    in_row = spelled or f" {words} " in f" {' '.join(_WORDS.findall(joined))} "
    return want in lines, inside, anywhere, spelled, in_row


def _date_forms(day: dt.date) -> re.Pattern[str]:
    """The ways a page writes ``day``: ISO ("2024-12-02", "2024/12/02"), numbers day or month first
    ("2.12.2024", "02/12/24", "12/2/2024"), the month's name or abbreviation in any of the seven
    languages of the month tables, day or month first ("2 déc. 2024", "2 de diciembre de 2024",
    "Dec. 2, 2024", "2nd December 2024"), all matched in folded text."""
    from wiretext.data.months import MONTHS

    names = sorted({t for _lang, table in MONTHS for t, n in table if n == day.month}, key=len, reverse=True)
    mon = "(?:" + "|".join(map(re.escape, names)) + r")[a-zà-ÿа-я]*\.?,?"
    d, m, y, yy = day.day, day.month, day.year, f"{day.year % 100:02d}"
    dd, mm = rf"0?{d}", rf"0?{m}"
    forms = [
        rf"{y}[-/.]{m:02d}[-/.]{d:02d}",
        rf"(?<![\d.]){dd}[./-] ?{mm}[./-] ?(?:{y}|{yy})(?!\d)",
        rf"(?<![\d/]){mm}/{dd}/(?:{y}|{yy})(?!\d)",
        rf"(?<!\d){dd}(?:st|nd|rd|th|er|º|\.)? (?:de )?{mon} (?:de |del )?{y}(?!\d)",
        rf"(?<![a-zà-ÿа-я]){mon} {dd}(?:st|nd|rd|th)?,? {y}(?!\d)",
    ]
    return re.compile("|".join(f"(?:{f})" for f in forms))


def _date_shown(gold: str, text: str) -> tuple[bool, bool]:
    """Whether the text writes the gold date in a form :func:`_date_forms` knows (``date``), and
    whether it writes it or the day before or after (``±1``: the page's local day near midnight)."""
    day = dt.date.fromisoformat(gold[:10])
    folded = re.sub(r"\s+", " ", _INLINE.sub("", text)).casefold()
    if _date_forms(day).search(folded):
        return True, True
    one = dt.timedelta(days=1)
    return False, any(_date_forms(k).search(folded) for k in (day - one, day + one))


def _byline_shown(gold: str, text: str) -> bool:
    """Whether the gold author, folded as the scorer folds it, stands in the text (lines joined)."""
    want = _fold(gold)
    return want is not None and want in (_fold(_INLINE.sub("", text).translate(_SPELLING)) or "")


def dumps(cases: list[dict[str, Any]], *, parse: bool = True) -> None:
    """wiretext.parse on the text other tools make of the same pages (made here, kept nowhere),
    and the ceiling of the headline on each: the share of pages whose gold headline is in the text
    at all (as a line of its own, inside a line, or anywhere once wrapped lines are joined); no
    reading of the text can be right, as the scorer scores it, on more pages than ``anywhere``.
    ``spelled`` and ``words`` say how many pages show the headline in other quotes, dashes or
    white space, or its words in a row with other punctuation between them (``Kicker Headline``
    for ``Kicker: Headline``): the headline is there, but not as the page's metadata spells it.
    ``in the text``: the share of dated pages whose gold date the text writes in a form the
    stamp reader could know (:func:`_date_forms`; ``±1``: or the day before or after), and of
    pages with a byline whose gold author's name stands in it."""
    print(f"{'page text made by':28s} {'headline':>8s} {'date':>6s} {'byline':>6s} {'body F1':>7s}"
          f"   headline in the text: {'as line':>7s} {'in line':>7s} {'anywhere':>8s} {'spelled':>7s} {'words':>6s}"
          f"   in the text: {'date':>5s} {'±1':>5s} {'byline':>6s}")
    dated_n = max(1, sum(bool(c["gold"].get("date")) for c in cases))
    bylined_n = max(1, sum(bool(c["gold"].get("byline")) for c in cases))
    for name, dump in _dumpers().items():
        scores: dict[str, float] = collections.Counter()
        shown = [0, 0, 0, 0, 0]
        others: dict[str, int] = collections.Counter()
        for case in cases:
            try:
                text = dump(case["input"])
            except Exception:
                continue
            for k, hit in enumerate(_headline_shown(case["gold"]["headline"], text)):
                shown[k] += hit
            if case["gold"].get("date"):
                dated = _date_shown(case["gold"]["date"], text)
                others["date"] += dated[0]
                others["±1"] += dated[1]
            if case["gold"].get("byline"):
                others["byline"] += _byline_shown(case["gold"]["byline"], text)
            if not parse:
                continue
            try:
                a = wiretext.parse(text)
            except Exception:
                continue
            got = {"headline": a.headline, "date": a.date and a.date.isoformat(), "byline": a.byline, "body": a.body}
            for field in FIELDS:
                if field in case["gold"]:
                    scores[field] += correct(field, case["gold"][field], got[field])
        row = [f"{scores[f] / sum(f in c['gold'] for c in cases):.3f}" if parse else "-" for f in FIELDS]
        ceiling = [f"{k / len(cases):.3f}" for k in shown]
        print(f"{name:28s} {row[0]:>8s} {row[1]:>6s} {row[2]:>6s} {row[3]:>7s}"
              f"   {'':22s}{ceiling[0]:>7s} {ceiling[1]:>7s} {ceiling[2]:>8s} {ceiling[3]:>7s} {ceiling[4]:>6s}"
              f"   {'':13s}{others['date'] / dated_n:5.3f} {others['±1'] / dated_n:5.3f}"
              f" {others['byline'] / bylined_n:6.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", nargs="?", default=str(PAGES), help="pages as JSON lines (.jsonl or .jsonl.gz)")
    ap.add_argument("--limit", type=int, default=0, help="the first N pages only")
    ap.add_argument("--rounds", type=int, default=1, help="timed rounds (fields are scored on the first)")
    ap.add_argument("--linearity", action="store_true", help="only the time per character on growing pages")
    ap.add_argument("--headline-sources", action="store_true", help="only how right each headline source is")
    ap.add_argument("--dumps", action="store_true", help="only parse on html2text, get_text, inscriptis, html-text")
    ap.add_argument("--ceiling", action="store_true",
                    help="only the share of pages whose gold headline, date, byline is in each dump (no parse)")
    args = ap.parse_args()
    if args.linearity:
        linearity()
        return
    opener = gzip.open if args.cases.endswith(".gz") else open
    with opener(args.cases, "rt", encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    cases = cases[: args.limit] if args.limit else cases
    if args.headline_sources:
        headline_sources(cases)
        return
    if args.dumps or args.ceiling:
        dumps(cases, parse=not args.ceiling)
        return
    compare(cases, max(1, args.rounds))


if __name__ == "__main__":
    main()
