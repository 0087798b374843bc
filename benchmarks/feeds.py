"""Feeds: the XML parser choice, items/s per format against parse, and a big Gigaword archive's memory.

Run from the repository root (figures only; nothing here asserts a timing):

    .venv/bin/python benchmarks/feeds.py --parsers            # defusedxml vs lxml, and the payloads
    .venv/bin/python benchmarks/feeds.py --formats            # items/s per format next to parse
    .venv/bin/python benchmarks/feeds.py --formats --only gigaword newsml-g2   # some formats only
    .venv/bin/python benchmarks/feeds.py --archive --size-mb 500   # iter_feed over a generated .gz
    .venv/bin/python benchmarks/feeds.py --newsmlg2           # IPTC's newsmlg2, if installed
    .venv/bin/python benchmarks/feeds.py --interleave         # what an XML parse just before costs parse
    .venv/bin/python benchmarks/feeds.py                      # all three (archive at --size-mb)

Every item is generated here from seeded random invented sentences; no
corpus text is used.  ``--formats`` times, in this one process,
``parse_feed`` on one document per item (the XML read, the markup's fields,
the body parsed) against ``wiretext.parse`` on the text the feed reader
hands to it (the headline, a blank line, the body), and prints
"feed/parse", the cost of a feed item over the cost of its parse (the
issue's bound: at most 1.5).  The items are cut into slices of 50; in each
of ``--rounds`` rounds the two sides alternate slice by slice (which one
goes first alternating too), each slice timed in process CPU time, and a
side's time is the sum over the slices of its best round
(:func:`best_of_slices`).  Why not the best of whole rounds in wall time,
as before: on the shared 2-core machine (load 3 to 4 from other work) that
gave NITF 1.04 in one run and 1.81 in the next, a minute apart on the same
code; a burst of other work now spoils one slice of one round, and CPU
time leaves out the time the process waits for a core: the ratios of
five runs stayed within 0.08 of each other at load 2.8 to 3.5 (0.14 at 2.5
to 3.7).
``--archive`` writes a Gigaword-style gzip file of ``--size-mb`` megabytes
of SGML to a temporary folder, reads it through ``iter_feed`` in a child
process, prints the child's peak RSS and the items/s, and deletes the file.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # measure the working tree

import wiretext  # noqa: E402
from wiretext.feeds import parse_feed  # noqa: E402

_SENTENCE = (
    "the council said on Monday that ferry crews would return to work after talks ended with a deal on pay "
    "while officials in the port city expected delays to ease by the weekend and traders watched prices "
    "rise as the storm moved north across the valley where roads were closed and schools shut for a day"
)
WORDS = _SENTENCE.split(" ")
PLACES = [("OSLO", "NTB"), ("LYON", "AFP"), ("DULUTH, Minn.", "AP"), ("BREST, France", "AFP"), ("KUNMING", "Xinhua")]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 28))]
    return " ".join(words).capitalize() + "."


def story(rng: random.Random) -> tuple[str, str, list[str], tuple[str, str], int, int]:
    headline = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
    place = rng.choice(PLACES)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    paras = [" ".join(sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(4, 9))]
    byline = "By " + rng.choice(["Jo Lim", "Ana Silva", "Tom Hale", "Kari Holm"])
    return headline, byline, paras, place, month, day


def _x(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def as_nitf(i: int, s: tuple[str, str, list[str], tuple[str, str], int, int]) -> bytes:
    headline, byline, paras, (city, agency), month, day = s
    first = f"{city} ({agency}) - {paras[0]}"
    body = "".join(f"<p>{_x(p)}</p>" for p in [first, *paras[1:]])
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><nitf><head><docdata><doc-id id-string="N-{i}"/>'
        f'<date.issue norm="2024{month:02d}{day:02d}T120000Z"/><doc.copyright holder="{agency}" year="2024"/>'
        f"</docdata></head><body><body.head><hedline><hl1>{_x(headline)}</hl1></hedline><byline>{byline}</byline>"
        f"</body.head><body.content>{body}</body.content></body></nitf>"
    ).encode()


def as_g2(i: int, s: tuple[str, str, list[str], tuple[str, str], int, int]) -> bytes:
    headline, byline, paras, (city, agency), month, day = s
    first = f"{city} ({agency}) - {paras[0]}"
    body = "".join(f"<p>{_x(p)}</p>" for p in [first, *paras[1:]])
    return (
        f'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:{i}"><rightsInfo>'
        f'<copyrightHolder literal="{agency}"/></rightsInfo><itemMeta><itemClass qcode="ninat:text"/>'
        f'<provider literal="{agency}"/></itemMeta><contentMeta><contentCreated>2024-{month:02d}-{day:02d}T12:00:00Z'
        f"</contentCreated><headline>{_x(headline)}</headline><by>{byline}</by></contentMeta><contentSet>"
        f'<inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html></inlineXML>'
        f"</contentSet></newsItem>"
    ).encode()


def as_newsml1(i: int, s: tuple[str, str, list[str], tuple[str, str], int, int]) -> bytes:
    headline, byline, paras, (city, agency), month, day = s
    first = f"{city} ({agency}) - {paras[0]}"
    body = "".join(f"<p>{_x(p)}</p>" for p in [first, *paras[1:]])
    return (
        f"<NewsML><NewsItem><Identification><NewsIdentifier><NewsItemId>{i}</NewsItemId></NewsIdentifier>"
        f"</Identification><NewsManagement><FirstCreated>2024{month:02d}{day:02d}T120000Z</FirstCreated>"
        f"</NewsManagement><NewsComponent><NewsLines><HeadLine>{_x(headline)}</HeadLine><ByLine>{byline}</ByLine>"
        f"<CopyrightLine>(c) 2024 {agency}</CopyrightLine></NewsLines><ContentItem><MediaType FormalName='Text'/>"
        f"<DataContent>{body}</DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"
    ).encode()


def as_ninjs(i: int, s: tuple[str, str, list[str], tuple[str, str], int, int]) -> bytes:
    headline, byline, paras, (city, agency), month, day = s
    first = f"{city} ({agency}) - {paras[0]}"
    return json.dumps(
        {
            "uri": f"urn:x:{i}",
            "type": "text",
            "headline": headline,
            "byline": byline,
            "firstcreated": f"2024-{month:02d}-{day:02d}T12:00:00Z",
            "body_text": "\n\n".join([first, *paras[1:]]),
            "copyrightholder": agency,
        }
    ).encode()


def as_gigaword(i: int, s: tuple[str, str, list[str], tuple[str, str], int, int]) -> bytes:
    headline, _byline, paras, (city, agency), month, day = s
    source = {"AFP": "AFP", "AP": "APW", "Xinhua": "XIN"}.get(agency, "AFP")
    body = "".join(f"<P>\n{_x(p)}\n</P>\n" for p in paras)
    return (
        f'<DOC id="{source}_ENG_2024{month:02d}{day:02d}.{i % 10000:04d}" type="story" >\n<HEADLINE>\n'
        f"{_x(headline)}\n</HEADLINE>\n<DATELINE>\n{city}, {MONTHS[month - 1]} {day} ({agency})\n</DATELINE>\n"
        f"<TEXT>\n{body}</TEXT>\n</DOC>\n"
    ).encode()


def as_rcv1(i: int, s: tuple[str, str, list[str], tuple[str, str], int, int]) -> bytes:
    headline, byline, paras, (city, _agency), month, day = s
    body = "".join(f"<p>{_x(p)}</p>" for p in paras)
    return (
        f'<?xml version="1.0" encoding="iso-8859-1" ?><newsitem itemid="{i}" date="1996-{month:02d}-{day:02d}">'
        f"<headline>{_x(headline)}</headline><byline>{byline}</byline><dateline>{city.split(',')[0]}</dateline>"
        f"<text>{body}</text><copyright>(c) Reuters Limited 1996</copyright></newsitem>"
    ).encode()


WRITERS: dict[str, Callable[[int, tuple[str, str, list[str], tuple[str, str], int, int]], bytes]] = {
    "nitf": as_nitf,
    "newsml-g2": as_g2,
    "newsml-1.2": as_newsml1,
    "ninjs": as_ninjs,
    "gigaword": as_gigaword,
    "rcv1": as_rcv1,
}


def best_of(rounds: int, fns: list[Callable[[], object]]) -> list[float]:
    """Alternating rounds; the best time of each function."""
    best = [float("inf")] * len(fns)
    for _ in range(rounds):
        for k, fn in enumerate(fns):
            gc.collect()
            start = time.perf_counter()
            fn()
            best[k] = min(best[k], time.perf_counter() - start)
    return best


#: Items a slice in best_of_slices.
SLICE = 50


def best_of_slices(rounds: int, n: int, fns: list[Callable[[int, int], object]]) -> list[float]:
    """Each function's time over ``n`` items: the sum, slice by slice, of its best time of ``rounds``.

    The functions alternate on each slice of :data:`SLICE` items, the one
    that goes first alternating too, and each slice is timed in process CPU
    time: a burst of another process's work spoils one slice of one round
    of one function, not a whole round, and waiting for a core is not
    counted (see the module's docstring for the figures).
    """
    best = [[float("inf")] * len(fns) for _ in range(0, n, SLICE)]
    for r in range(rounds):
        gc.collect()
        for s, lo in enumerate(range(0, n, SLICE)):
            order = range(len(fns)) if (r + s) % 2 == 0 else reversed(range(len(fns)))
            for k in order:
                start = time.process_time()
                fns[k](lo, lo + SLICE)
                best[s][k] = min(best[s][k], time.process_time() - start)
    return [sum(times[k] for times in best) for k in range(len(fns))]


def load_average() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


# -- the parser choice ------------------------------------------------------------------------


def parsers(n: int, rounds: int) -> None:
    import defusedxml
    import defusedxml.ElementTree as det

    try:
        from lxml import etree
    except ImportError:
        etree = None
    rng = random.Random(7)
    docs = [as_nitf(i, story(rng)) for i in range(n)]
    mb = sum(map(len, docs)) / 1e6

    def paragraphs_det() -> None:
        for d in docs:
            root = det.fromstring(d)
            ["".join(p.itertext()) for p in root.iter("p")]

    from wiretext.feeds._xml import fromstring

    def paragraphs_ours() -> None:
        for d in docs:
            root = fromstring(d)
            ["".join(p.itertext()) for p in root.iter("p")]

    fns: list[Callable[[], object]] = [paragraphs_det, paragraphs_ours]
    names = [
        f"defusedxml {defusedxml.__version__} (expat)",
        "wiretext's fromstring (expat with defusedxml's refusals, no XMLParser)",
    ]
    if etree is not None:
        safe = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)

        def paragraphs_lxml() -> None:
            for d in docs:
                root = etree.fromstring(d, safe)
                ["".join(p.itertext()) for p in root.iter("p")]

        fns.append(paragraphs_lxml)
        names.append(f"lxml {etree.__version__} (resolve_entities=False, no_network)")
    times = best_of(rounds, fns)
    print(f"\n## XML parser: {n} NITF documents ({mb:.2f} MB), parse + paragraph text, best of {rounds}")
    print(f"load average {load_average()}\n")
    print("| parser | docs/s | µs/doc |")
    print("|---|---:|---:|")
    for name, t in zip(names, times, strict=True):
        print(f"| {name} | {n / t:,.0f} | {t / n * 1e6:.1f} |")
    payloads(det, etree)


def payloads(det: object, etree: object) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10)
        )
        + b"]><nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>"
    )
    cases = {
        "billion laughs": laughs,
        "XXE file": b'<!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]><nitf><p>&x;</p></nitf>',
        "XXE URL": b'<!DOCTYPE nitf [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]><nitf><p>&x;</p></nitf>',
        "100 MB text node": b"<nitf><body><body.content><p>"
        + b"a" * 100_000_000
        + b"</p></body.content></body></nitf>",
        "10,000-deep nesting": b"<nitf><body><body.content><div>"
        + b"<span>" * 10_000
        + b"x"
        + b"</span>" * 10_000
        + b"</div></body.content></body></nitf>",
    }
    # Warm up first: the first parse in a process compiles wiretext's patterns (seconds on a busy machine).
    parse_feed(as_nitf(0, story(random.Random(1))))
    print("\n## Payloads: wiretext.parse_feed (defusedxml), and lxml's own parser for comparison\n")
    print("| payload | parse_feed | s | lxml alone | s |")
    print("|---|---|---:|---|---:|")
    for name, data in cases.items():
        start = time.perf_counter()
        try:
            out = parse_feed(data)
            result = f"read ({len(out)} Article)"
        except wiretext.WiretextError as e:
            result = f"{type(e).__name__}"
        ours = time.perf_counter() - start
        lx, lt = "-", 0.0
        if etree is not None:
            start = time.perf_counter()
            try:
                root = etree.fromstring(  # type: ignore[attr-defined]
                    data,
                    etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False),  # type: ignore[attr-defined]
                )
                text = "".join(root.itertext())
                lx = f"parsed, entity kept as {text[:12]!r}" if "&" in text else "parsed"
            except Exception as e:
                lx = type(e).__name__ + ": " + str(e)[:40]
            lt = time.perf_counter() - start
        print(f"| {name} | {result} | {ours:.3f} | {lx} | {lt:.3f} |")


# -- IPTC's newsmlg2 package ------------------------------------------------------------------


def newsmlg2(n: int, rounds: int) -> None:
    """IPTC's ``newsmlg2`` (import name ``NewsMLG2``), if installed, on the same newsItems as parse_feed."""
    try:
        import NewsMLG2  # type: ignore[import-not-found]
    except ImportError:
        print("\n## newsmlg2: not installed (pip install newsmlg2)")
        return
    from importlib.metadata import version

    rng = random.Random(13)
    docs = [as_g2(i, story(rng)) for i in range(n)]

    def theirs() -> None:
        for d in docs:
            NewsMLG2.NewsMLG2Document(d).get_item()

    def ours() -> None:
        for d in docs:
            parse_feed(d)

    tt, to = best_of(rounds, [theirs, ours])
    print(f"\n## newsmlg2 {version('newsmlg2')}: {n} newsItems, best of {rounds}; load average {load_average()}\n")
    print("| reader | items/s | gives |")
    print("|---|---:|---|")
    print(f"| NewsMLG2.NewsMLG2Document(bytes) | {n / tt:,.0f} | element objects (no body text, agency, place) |")
    print(f"| wiretext.parse_feed | {n / to:,.0f} | Articles (markup read, body parsed) |")
    laughs = BILLION_LAUGHS_G2
    try:
        item = NewsMLG2.NewsMLG2Document(laughs).get_item()
        print(f"billion laughs: newsmlg2 parsed it ({type(item).__name__}): lxml's default parser")
    except Exception as e:
        print(f"billion laughs: newsmlg2 raised {type(e).__name__}: {str(e)[:80]}")


BILLION_LAUGHS_G2 = (
    b'<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(b'<!ENTITY a%d "%s">' % (i, (b"&a%d;" % (i - 1) if i > 1 else b"&a;") * 10) for i in range(1, 6))
    + b']><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x"><contentMeta><headline>&a5;</headline>'
    + b"</contentMeta></newsItem>"
)


# -- formats against parse ---------------------------------------------------------------------


def formats(n: int, rounds: int, only: list[str] | None = None) -> None:
    from wiretext.feeds import _READERS

    print(
        f"\n## Items/s per format against parse on the same text: {n} items each, "
        f"best of {rounds} rounds on each slice of {SLICE}"
    )
    print(f"load average {load_average()}\n")
    print("| format | KB/item | feed items/s | parse items/s | feed/parse |")
    print("|---|---:|---:|---:|---:|")
    for fmt, write in WRITERS.items():
        if only and fmt not in only:
            continue
        rng = random.Random(11)
        docs = [write(i, story(rng)) for i in range(n)]
        # The text the reader hands to parse, and the reference date it passes.
        texts = []
        from wiretext.feeds import _build

        for d in docs:
            (item,) = list(_READERS[fmt](io.BytesIO(d), 10_000_000, lambda s: None))
            headline = _build.squash(_build.repair(item.headline)) if item.headline else None
            body = "\n\n".join(item.paragraphs)
            texts.append((f"{headline}\n\n{body}" if headline else body, item.date))

        def feed(lo: int, hi: int, docs: list[bytes] = docs) -> None:
            for d in docs[lo:hi]:
                parse_feed(d)

        def text(lo: int, hi: int, texts: list[tuple[str, object]] = texts) -> None:
            for t, ref in texts[lo:hi]:
                wiretext.parse(t, reference_date=ref)  # type: ignore[arg-type]

        tf, tp = best_of_slices(rounds, n, [feed, text])
        kb = sum(map(len, docs)) / n / 1e3
        print(f"| {fmt} | {kb:.1f} | {n / tf:,.0f} | {n / tp:,.0f} | {tf / tp:.2f} |")


def interleave(n: int, rounds: int) -> None:
    """What reading a document's XML just before costs ``parse``: the caches it leaves cold.

    ``parse`` on the NITF items' texts one after another, the XML of the
    documents alone, and the two in turn item by item: the third minus the
    first two is what ``parse`` loses to the XML parse that ran before it
    (its code and data pushed out of the core's caches), a cost that
    ``--formats`` counts on the feed's side and no change to the readers
    removes.
    """
    from wiretext.feeds import _READERS, _xml
    from wiretext.normalize import repair, squash

    rng = random.Random(11)
    docs = [as_nitf(i, story(rng)) for i in range(n)]
    texts = []
    for d in docs:
        (item,) = list(_READERS["nitf"](io.BytesIO(d), 10_000_000, lambda s: None))
        headline = squash(repair(item.headline)) if item.headline else ""
        texts.append((f"{headline}\n\n" + "\n\n".join(item.paragraphs), item.date))

    def text(lo: int, hi: int) -> None:
        for t, ref in texts[lo:hi]:
            wiretext.parse(t, reference_date=ref)

    def xml(lo: int, hi: int) -> None:
        for d in docs[lo:hi]:
            _xml.fromstring(d)

    def xml_then_text(lo: int, hi: int) -> None:
        for d, (t, ref) in zip(docs[lo:hi], texts[lo:hi], strict=True):
            _xml.fromstring(d)
            wiretext.parse(t, reference_date=ref)

    tp, tx, tb = best_of_slices(rounds, n, [text, xml, xml_then_text])
    print(f"\n## parse after an XML parse: {n} NITF items, best of {rounds} rounds on each slice of {SLICE}")
    print(f"load average {load_average()}\n")
    print("| parse alone | XML alone | XML, then parse, item by item | lost by parse |")
    print("|---:|---:|---:|---:|")
    us = [t / n * 1e6 for t in (tp, tx, tb, tb - tp - tx)]
    print("| " + " | ".join(f"{u:.1f} µs" for u in us) + " |")


# -- a big archive -----------------------------------------------------------------------------


def archive(size_mb: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gigaword_eng.gz"
        rng = random.Random(3)
        written = 0
        docs = 0
        start = time.perf_counter()
        with gzip.open(path, "wb", compresslevel=1) as f:
            while written < size_mb * 1_000_000:
                doc = as_gigaword(docs, story(rng))
                f.write(doc)
                written += len(doc)
                docs += 1
        made = time.perf_counter() - start
        print(f"\n## iter_feed over a generated Gigaword archive: {written / 1e6:,.0f} MB of SGML, {docs:,} DOCs")
        gz_mb = path.stat().st_size / 1e6
        print(f"(gzip file {gz_mb:,.0f} MB, written in {made:.0f} s; load average {load_average()})\n")
        child = subprocess.run(
            [sys.executable, __file__, "--read-archive", str(path)], capture_output=True, text=True, check=True
        )
        print(child.stdout.strip())


def read_archive(path: str) -> None:
    start = time.perf_counter()
    count = 0
    for _article in wiretext.iter_feed(path):
        count += 1
    took = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("| items | seconds | items/s | peak RSS MB |")
    print("|---:|---:|---:|---:|")
    print(f"| {count:,} | {took:.0f} | {count / took:,.0f} | {rss:.0f} |")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--parsers", action="store_true")
    p.add_argument("--formats", action="store_true")
    p.add_argument("--archive", action="store_true")
    p.add_argument("--newsmlg2", action="store_true", help="IPTC's newsmlg2 package against parse_feed")
    p.add_argument("--interleave", action="store_true", help="what an XML parse just before costs parse")
    p.add_argument("--size-mb", type=int, default=500, help="SGML megabytes in the generated archive (500)")
    p.add_argument("--items", type=int, default=1000, help="items per format and parser run (1000)")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--only", nargs="+", choices=list(WRITERS), help="--formats: these formats only")
    p.add_argument("--read-archive", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.read_archive:
        read_archive(args.read_archive)
        return
    every = not (args.parsers or args.formats or args.archive or args.newsmlg2 or args.interleave)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, wiretext {wiretext.__version__}")
    if every or args.parsers:
        parsers(args.items, args.rounds)
    if every or args.formats:
        formats(args.items, args.rounds, args.only)
    if every or args.newsmlg2:
        newsmlg2(args.items, args.rounds)
    if args.interleave:
        interleave(args.items, args.rounds)
    if every or args.archive:
        archive(args.size_mb)


if __name__ == "__main__":
    main()
