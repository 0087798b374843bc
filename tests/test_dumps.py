"""parse on the page text other extractors make of the shared HTML pages.

The dumps are made here, in the test run, from ../shared/corpora/pages_html.jsonl.gz
with html2text, BeautifulSoup's get_text() and inscriptis (the ``pages`` extra:
``pip install -e '.[pages]'``); they are corpus text and are kept nowhere.  The
test skips when ../shared or an extractor is missing.

The bounds are the figures measured when the rules were written, less 0.02
(dumps made by a newer release of an extractor may lay a page out a little
otherwise); ``benchmarks/pages.py --dumps`` prints the figures.  The issue's
body target (F1 0.90 on each) is met on all three (0.908, 0.906, 0.912); its
headline target (0.85 on each) is not (0.728, 0.755, 0.603).  The gold headline is the page's own
(its og:title or JSON-LD headline), and ``benchmarks/pages.py --ceiling``
says on how many pages a dump shows it at all, anywhere in its text: 0.864
of them in html2text's, 0.938 in get_text()'s, 0.840 in inscriptis's (as a
line of its own: 0.537, 0.537, 0.755).  So no reading of the text gets
inscriptis's above 0.84 or html2text's above 0.864 as the scorer scores it;
in other quotes, dashes or white space the headline is in 0.883, 0.942 and
0.875 of them.  Where a page shows it, it often shows another headline too
(the ``<title>``, a display headline in other words), and which one a
publisher calls its headline differs from site to site (most of get_text()'s
misses: the title and the page's own headline say it in other words, or with
a kicker, and the metadata takes the other one).  inscriptis
configured to show the ``<title>`` (a row of ``--dumps``) reaches 0.724,
its ceiling then get_text()'s 0.938.

The date (0.615, 0.467, 0.673) and the byline (0.520, 0.365, 0.496) have
their ceilings too (``--ceiling``): the gold date is written in the dump, in a
form the stamp reader could know, on 0.875, 0.825 and 0.856 of the pages
(0.899, 0.848, 0.872 with the day before or after: the page's local day), the
gold author's name stands in it on 0.952, 0.964 and 0.956.
"""

from __future__ import annotations

import collections
import gzip
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import wiretext

PAGES = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "pages_html.jsonl.gz"

# tool: (headline, date, byline, body F1) measured; the test allows each MARGIN less
MEASURED = {
    "html2text": (0.728, 0.615, 0.520, 0.908),
    "get_text": (0.755, 0.467, 0.365, 0.906),
    "inscriptis": (0.603, 0.673, 0.496, 0.912),
}
MARGIN = 0.02


def _fold(value: object) -> str | None:
    """As ../shared/tools/score.py folds a field: case, white space, trailing dots."""
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip().casefold()
    return text.rstrip(".").strip() or None


def _f1(want: str, have: str) -> float:
    """Bag-of-words F1, as ../shared/tools/score.py scores a body."""
    gold = collections.Counter(re.findall(r"\w+", want.casefold()))
    pred = collections.Counter(re.findall(r"\w+", have.casefold()))
    shared = sum((gold & pred).values())
    if not shared:
        return float(not gold and not pred)
    p, r = shared / sum(pred.values()), shared / sum(gold.values())
    return 2 * p * r / (p + r)


def _dumper(tool: str) -> Callable[[str], str]:
    if tool == "html2text":
        html2text = pytest.importorskip("html2text")
        return lambda html: str(html2text.HTML2Text().handle(html))
    if tool == "get_text":
        bs4 = pytest.importorskip("bs4")
        pytest.importorskip("lxml")
        return lambda html: str(bs4.BeautifulSoup(html, "lxml").get_text())
    inscriptis = pytest.importorskip("inscriptis")
    return lambda html: str(inscriptis.get_text(html))


@pytest.mark.skipif(not PAGES.exists(), reason="shared/corpora/pages_html.jsonl.gz is not present")
@pytest.mark.parametrize("tool", sorted(MEASURED))
def test_parse_on_the_dumps_of_the_shared_pages(tool: str) -> None:
    dump = _dumper(tool)
    with gzip.open(PAGES, "rt", encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    got = {"headline": 0.0, "date": 0.0, "byline": 0.0, "body": 0.0}
    bylines = 0
    for case in cases:
        a = wiretext.parse(dump(case["input"]))
        gold = case["gold"]
        got["headline"] += _fold(gold["headline"]) == _fold(a.headline)
        got["date"] += _fold(gold["date"]) == _fold(a.date and a.date.isoformat())
        if "byline" in gold:  # the first author, within the byline
            bylines += 1
            want, have = _fold(gold["byline"]), _fold(a.byline)
            got["byline"] += (want is have) if want is None or have is None else want in have
        got["body"] += _f1(gold["body"], a.body)
    n = len(cases)
    headline, date, byline, body = MEASURED[tool]
    assert got["headline"] / n >= headline - MARGIN
    assert got["date"] / n >= date - MARGIN
    assert got["byline"] / bylines >= byline - MARGIN
    assert got["body"] / n >= body - MARGIN
