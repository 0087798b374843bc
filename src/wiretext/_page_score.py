"""What each line of a page is worth, and the stretches of prose they make.

Decides the per-line features of one text (short lines, gaps, runs of
short lines, how often a line's words come back, cookie notices), whether
the text is laid out as a page at all (:meth:`_Page.is_page`,
:meth:`_Page.blocks`), each line's score (a sentence pays its words, a line
ending no sentence costs; repeats, runs, cues, cookies cost more, a rights
notice is a wall), and the stretches of paying lines (an X-drop scan, each
stretch trimmed to its best-paying suffix, short breaks bridged).

Which stretch is the story and where its headline stands is left to
:mod:`wiretext._page_head` and :mod:`wiretext._page_story`; what one line is,
to :mod:`wiretext._page_cues`.  The tunables were set on the fundus pages of
``shared/corpora/pages.jsonl``.

>>> _stretches([-5.0, 3.0, 4.0, -200.0, 2.0], 0)
[(1, 3, 7.0), (4, 5, 2.0)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import accumulate, compress
from operator import and_

from ._page_cues import _CONSENT, _COOKIE, _cue, _rights, _share
from ._page_lines import _CLOSERS, _DIGIT, _RUN, _SHORT, _URL, _Line

_TERM_COST = 5.0
"""What a sentence costs before its words pay."""

_OPEN_RATE, _OPEN_COST = 0.3, 13.0
"""A line ending no sentence pays this share of its words, less this cost."""

_CUE_PENALTY = 30.0
"""Extra cost of a line such as "Related" or "Mehr zum Thema"."""

_DROP = 100.0
"""How far a stretch's running sum may fall below its best before the stretch ends."""

_BRIDGE_LINES, _BRIDGE_MIN = 25, 50.0
"""A break of at most this many lines is bridged to a stretch paying at least this."""

_LONE_PROSE, _LONE_COST = 10, 8.0
"""A line standing alone between two sentences of this many words costs at most this."""


def _runs(lines: list[_Line], short: list[bool]) -> list[bool]:
    """For each line, whether it stands in a run of at least ``_RUN`` short lines with no gap inside."""
    n = len(lines)
    in_run = [False] * n
    i = 0
    while i < n:
        j = i + 1
        if short[i]:
            while j < n and short[j] and not lines[j].gap:
                j += 1
            if j - i >= _RUN:
                in_run[i:j] = [True] * (j - i)
        i = j
    return in_run


class _Page:
    """Per-line features of one text, computed once."""

    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        n = self.n = len(lines)
        short = [ln.units <= _SHORT and not ln.term for ln in lines]
        self.short = sum(short)
        self.gaps = sum(ln.gap for ln in lines)
        # a run holds _RUN - 1 lines without a gap: a page of blocks has none to look for
        # (hostile.py "_SEPARATOR_START alone", a gap before every line: _Page 2.1 -> 0.9 ms at 200 KB)
        self.in_run = _runs(lines, short) if n - self.gaps >= _RUN - 1 else [False] * n
        self.runs = sum(self.in_run)
        self.counts: Counter[str] = Counter()
        self.cookie: list[bool] = []
        self.scores: list[float] = []
        self.prefix: list[float] = []

    def score(self) -> None:
        """Score the lines of a page (text mode needs none of this)."""
        lines = self.lines
        # each text is looked at once (its copies share its words), and one look at all the keys
        # spares one a key: pages repeat their lines (_SIGNOFF_GATES alone at 200 KB: score 10.5 -> 4.9 ms)
        by_text = {ln.text: ln for ln in lines}
        keys = "\n".join(dict.fromkeys(ln.key for ln in by_text.values()))
        # the keys holding a figure, or a cookie word, are found in the keys of all the lines at once,
        # not by a search a line (benchmarks/page_parts.py c4fdeb9 ../shared/corpora/pages.jsonl
        # --part _page_score._Page.score: 417 -> 259 us a pages parse)
        dkeys = _digit_keys(keys)
        if dkeys:
            for ln in lines:
                dkey = dkeys.get(ln.key)
                if dkey is not None:
                    ln.dkey = dkey
        self.counts = Counter(ln.dkey for ln in lines)
        cookie = dict.fromkeys(by_text, False)
        self.cookie = [False] * self.n
        held = _cookie_keys(keys)
        if held:
            for text, ln in by_text.items():
                if ln.key in held and (ln.units <= 6 or _CONSENT.search(ln.key)):
                    cookie[text] = True
            self.cookie = [cookie[ln.text] for ln in lines]
        self.scores = self._scores(by_text, cookie)
        self._soften(by_text)
        self.prefix = list(accumulate(self.scores, initial=0.0))

    def _scores(self, by_text: dict[str, _Line], cookie: dict[str, bool]) -> list[float]:
        """Each line's score: what its words pay, less what repeats, runs, cookies and cues cost.

        ``by_text`` holds a line of each text, ``cookie`` whether a text is a cookie notice.
        """
        counts, in_run = self.counts, self.in_run
        # a line's score is its text's, in a run or not: each text is scored once, or twice when a
        # copy stands in a run (hostile.py "_SEPARATOR_START alone" at 200 KB: _scores 6.6 -> 0.4 ms;
        # "scraper marks", every line in a run: 4.1 -> 0.5)
        marks = {text: _cue(ln) + 2 * _rights(ln) for text, ln in by_text.items()}  # a cue 1, rights 2

        def worth(texts: Iterable[tuple[str, _Line]], run: bool) -> dict[str, float]:
            return {t: _score(ln, counts[ln.dkey], run, cookie[t], marks[t]) for t, ln in texts}

        plain = worth(by_text.items(), False)
        if not self.runs:
            return [plain[ln.text] for ln in self.lines]
        ran = worth({ln.text: ln for ln in compress(self.lines, in_run)}.items(), True)
        return [ran[ln.text] if run else plain[ln.text] for ln, run in zip(self.lines, in_run, strict=True)]

    def _soften(self, by_text: dict[str, _Line]) -> None:
        """Make a lone line between two paragraphs (a subheading, an ad marker) cheap.

        ``by_text`` holds a line of each text: without a text of prose, no line is looked at.
        """
        if not any(ln.term and ln.units >= _LONE_PROSE for ln in by_text.values()):
            return
        lines, scores = self.lines, self.scores
        prose = [ln.term and ln.units >= _LONE_PROSE for ln in lines]
        # only a line between two of prose is looked at
        for k in compress(range(1, self.n - 1), map(and_, prose, prose[2:])):
            if scores[k] < 0 and scores[k] > -_CUE_PENALTY and not self.cookie[k]:
                scores[k] = max(scores[k], -_LONE_COST)

    def is_page(self) -> bool:
        """Whether the text carries page furniture: many short lines, blank-line layout."""
        n, short = self.n, self.short
        return (short >= 12 and self.gaps >= 0.15 * n) or (
            short >= 30 and self.runs >= 0.5 * short and self.gaps >= 0.04 * n
        )

    def blocks(self) -> bool:
        """Whether the text is laid out in blank-line separated blocks, some of short lines.

        In this layout a first line that comes back below is a page's title.
        """
        return self.short >= 5 and self.gaps >= 0.3 * self.n

    def worth(self, lo: int, hi: int) -> float:
        return self.prefix[hi] - self.prefix[lo]

    def headline_shaped(self, k: int) -> bool:
        """Whether line ``k`` could be a headline: a few words in a block of their own."""
        ln = self.lines[k]
        if not 3 <= ln.units <= 40 or self.in_run[k] or self.cookie[k] or _URL.search(ln.text):
            return False
        if not ln.gap and not (k + 1 < self.n and self.lines[k + 1].gap):
            return False  # inside a list (a table of contents)
        last = ln.text.rstrip(_CLOSERS)[-1:]
        return last not in ".:,;" and self.counts[ln.dkey] <= 2 and not _share(ln)


def _key_at(keys: str, at: int) -> tuple[int, int]:
    """The bounds of the key (a line of ``keys``, keys joined by line breaks) holding offset ``at``."""
    end = keys.find("\n", at)
    return keys.rfind("\n", 0, at) + 1, len(keys) if end < 0 else end


def _digit_keys(keys: str) -> dict[str, str]:
    r"""The keys (lines of ``keys``) holding a figure, each with its figures as 0: a search a key found.

    >>> _digit_keys("home\nadvertisement 2\nrain fell\n2 of 13")
    {'advertisement 2': 'advertisement 0', '2 of 13': '0 of 00'}
    """
    out: dict[str, str] = {}
    found = _DIGIT.search(keys)
    while found is not None:
        a, b = _key_at(keys, found.start())
        key = keys[a:b]
        out[key] = _DIGIT.sub("0", key)
        found = _DIGIT.search(keys, b)
    return out


_COOKIE_PARTS = ("cookie", "gdpr", "クッキー", "쿠키")
"""What every match of ``_COOKIE`` holds: a key holding none is not searched (a look with ``str.find``)."""


def _cookie_keys(keys: str) -> set[str]:
    r"""The keys (lines of ``keys``) in which ``_COOKIE`` finds a match: those holding one of its parts, searched.

    >>> sorted(_cookie_keys("we use cookies\ncookiebot\nhome\ngdpr"))
    ['gdpr', 'we use cookies']
    """
    out: set[str] = set()
    for part in _COOKIE_PARTS:
        at = keys.find(part)
        while at >= 0:
            a, b = _key_at(keys, at)
            key = keys[a:b]
            if _COOKIE.search(key):
                out.add(key)
            at = keys.find(part, b)
    return out


def _score(ln: _Line, count: int, run: bool, cookie: bool, mark: int) -> float:
    """What line ``ln`` pays: its words, less what a repeat (its key ``count`` times), a run, a cookie notice cost.

    ``mark`` is 1 for a cue ("Related"), 2 for a rights notice (a wall), 3 for both.
    """
    units = ln.units
    s = units - _TERM_COST if ln.term else units * _OPEN_RATE - _OPEN_COST
    if count > 1 and units < 15:
        s = min(s, -3.0 - min(units, 10))
    if run:
        s -= 3.0
    if cookie:
        s = -abs(s) - 10.0
    if mark & 1:
        s -= _CUE_PENALTY
    if mark & 2:
        s = -1000.0
    return s


_Stretch = tuple[int, int, float]


def _stretches(scores: list[float], lo: int) -> list[_Stretch]:
    """Find runs of paying lines, each ending where its sum fell ``_DROP`` below its best."""
    out: list[_Stretch] = []
    if max(scores[lo:], default=0.0) <= 0:
        return out  # no line pays: no stretch starts ("_SEPARATOR_START alone" at 200 KB: 1.0 -> 0.3 ms)
    start = -1
    cur = best = 0.0
    best_end = lo
    for i in range(lo, len(scores)):
        v = scores[i]
        if start < 0:
            if v > 0:
                start, cur, best, best_end = i, v, v, i + 1
            continue
        cur += v
        if cur > best:
            best, best_end = cur, i + 1
        elif cur < best - _DROP:
            out.append(_trim(scores, start, best_end))
            start = -1
    if start >= 0:
        out.append(_trim(scores, start, best_end))
    return out


def _trim(scores: list[float], lo: int, hi: int) -> _Stretch:
    """``[lo, hi)`` with ``lo`` moved to the start of its best-paying suffix."""
    total = 0.0
    best = float("-inf")
    best_lo = lo
    for i in range(hi - 1, lo - 1, -1):
        total += scores[i]
        if total >= best:
            best, best_lo = total, i
    return best_lo, hi, best


def _bridge(page: _Page, stretches: list[_Stretch], hi: int) -> int:
    """Carry the story's end over short breaks (ads, inline boxes) to the stretches after."""
    for a, b, worth in stretches:
        if a < hi:
            continue
        if a - hi > _BRIDGE_LINES or worth < max(_BRIDGE_MIN, -page.worth(hi, a)):
            break
        hi = b
    return hi

