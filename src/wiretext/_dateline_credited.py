"""Where a credited dateline can stand in the head: found from its credit back, with cheap tests.

A credited dateline ("PARIS, March 3 (AFP) -") may stand anywhere in the
head, a headline glued before it.  Rather than search the pattern along the
head, :func:`_plausible` skips a bracket that cannot be a credit,
:func:`_earliest_start` walks back over the words a dateline can hold, and
:func:`_search_credited` tries the pattern only at place starts on a line
holding a credit.  :func:`_none_taken_above` and :func:`_no_credited_before`
prove that no credited dateline stands above a line-start one, so the search
can be skipped.  Each shortcut is checked against the full pattern in
``tests/equivalence/test_dateline_search.py``; the line-start tests are
:mod:`wiretext._dateline_search`'s.
"""

from __future__ import annotations

from . import registry
from ._dateline_compile import _EXACT_SHAPE, ShapeMatch, _ascii_form, _generic_match
from ._dateline_date import _month_number
from ._dateline_place import _LINK_WORDS
from ._dateline_search import _DIGIT_OR_SEP, _blank_before_bare, _credited_may_start
from ._dateline_shapes import _ARABIC_LETTER, _spelling_at, _spellings_at
from ._lazy import lazy_regex
from ._spans import line_start

_TOKEN_BACK = lazy_regex(r"(?r)\S++")  # the runs of non-space characters, last first


# Characters no dateline holds between its place and its credit.
_NOT_IN_DATELINE = frozenset(';!?"“”«»<>')


_SEPARATOR_START = frozenset("-—–_:.")


def _plausible(text: str, at: int, stop: int) -> bool:
    """Whether a bracket or slash at ``at`` can be a dateline's credit.

    A credit stands after a date ("Oct 16 (PTI)"), or before a separator or
    a time stamp ("(AFP) -", "(AFP) Nov 14, 2025"), or with nothing but a
    place before it and a capital after ("Mumbai (ANI): ...").  A bracket at
    the end of a title ("... Study Proteins (AP)") or in a sentence is none
    of these, and is skipped without running the full pattern.

    >>> _plausible("Firm Wins Grant (AP)\\nAP - Text", 16, 30)
    False
    >>> _plausible("Patna, Oct 16 (PTI) Prime", 14, 25)
    True
    """
    if text[at] not in "(/":
        return True  # a bare credit after a date: the anchor pattern checked that
    close = text.find(")" if text[at] == "(" else "/", at + 1, min(stop, at + 120))
    if close < 0:
        return False
    inner = text.find("(", at + 1, close)
    if inner >= 0:  # "(MENAFN- Kuwait News Agency (KUNA))"
        close = text.find(")", close + 1, min(stop, at + 120))
        if close < 0:
            return False
    after = text[close + 1 : close + 8].lstrip(" \t")
    if after[:1] in _SEPARATOR_START or after[:1].isdigit():
        return True
    if _month_number(after.split(" ")[0].rstrip(".,")) if after else False:
        return True
    before = text[max(0, at - 16) : at]
    return any(map(str.isdigit, before))


def _earliest_start(text: str, lo: int, anchor: int) -> int:
    """The first offset in ``text[lo:anchor]`` where a dateline ending at ``anchor`` could start.

    Walking back from the credit, a dateline holds only capitalised words,
    small linking words, month and weekday names, numbers and punctuation;
    the first other word ("protest" in "rare protest Almaty, Kazakhstan,
    Nov 14 (AFP)") marks where it cannot reach past.  Searching from there
    instead of from ``lo`` keeps the search short.

    >>> text = "Kazakhstan jails 12 over rare protest Almaty, Nov 14 (AFP)"
    >>> text[_earliest_start(text, 0, text.index("(AFP)")):].lstrip()
    'Almaty, Nov 14 (AFP)'
    """
    for tok in _TOKEN_BACK.finditer(text, lo, anchor):
        word = tok.group(0)
        if not _NOT_IN_DATELINE.isdisjoint(word):
            return int(tok.end())
        core = word.strip(",.()[]/:-–—'’")
        if not core or not core[0].islower():
            continue
        folded = core.casefold()
        if folded in _LINK_WORDS or _month_number(core) is not None or registry.is_weekday(core):
            continue
        if "-" in core or "'" in core or "’" in core:  # "el-Sheikh", "d'Ivoire"
            continue
        return int(tok.end())
    return lo




def _bare_after_blank(text: str, lo: int, hi: int) -> int:
    """Just after the last space or tab in ``text[lo:hi]`` that a credit spelling follows (ending by ``hi``), or -1.

    The spelling's end is not checked, so this finds every bare credit the
    credited shape can take there, and more.
    """
    last = -1
    for blank in _blank_before_bare().finditer(text, lo, hi):
        if _spelling_at(text, blank.end(), hi):
            last = blank.end()
    return last


# Where the credited shape can start: the place's first word begins with a
# capital, or with an article before one ("el-Sheikh", "d'Ivoire"), or with
# an Arabic letter, at no letter or digit.  A superset of the starts the pattern allows: its weekday
# and month guards only narrow them.  One character is consumed, so no start
# is hidden inside another.
_PLACE_START = lazy_regex(rf"(?<![\p{{L}}\p{{N}}])(?:\p{{Lu}}|\p{{Ll}}(?=\p{{Ll}}{{0,2}}['’\-]\p{{Lu}})|{_ARABIC_LETTER})")


def _search_credited(text: str, pos: int, endpos: int, before: int) -> ShapeMatch | None:
    """``credited.search(text, pos, endpos)`` when it starts before ``before``, else None.

    Searching with the pattern tries it at every position, and each try
    costs microseconds.  Instead it is tried only where it can start: at a
    place start (:data:`_PLACE_START`) with a credit after it on the same
    line.  The shape holds no newline before its credit (every gap in it is
    spaces or tabs, its bracketed region excludes newlines), and the credit
    begins with ``(`` or ``/`` or is a bare credit after a space or tab
    (:func:`_bare_after_blank`); it begins before ``endpos``.  So a line of
    the range without such a credit holds no start, and on the other lines
    only a place start before the line's last credit can be one, and only
    where :func:`_credited_may_start` allows.  Starts are tried in order,
    so the first match is the one ``search`` finds.
    """
    credited = _EXACT_SHAPE["credited"]
    ascii = text.isascii()
    line = pos
    until = min(before, endpos)  # (once, not at each line)
    while line < until:
        nl = text.find("\n", line, endpos)
        line_end = endpos if nl < 0 else nl
        # The line's last credit: a bracket, a slash or a bare credit.  A
        # bare credit after the last bracket or slash is looked for within
        # the line: no spelling holds a line break.
        # Only needed once a start stands past the last bracket or slash: the
        # scan for a bare credit runs to the line's end (a line of prose after
        # "NEW YORK (Reuters) -"), and most searches end at their first start
        # (``benchmarks/instructions.py`` against the scan at once, ag_news,
        # 300 cases: 854k -> 846k instructions a parse).
        last = max(text.rfind("(", line, line_end), text.rfind("/", line, line_end))
        bare_read = last <= line
        if bare_read:
            last = max(last, _bare_after_blank(text, max(line, last), line_end))
            if last <= line:
                line = line_end + 1
                continue
        for start in _PLACE_START.finditer(text, line, endpos):
            at = start.start()
            if at >= last and not bare_read:
                last, bare_read = max(last, _bare_after_blank(text, last, line_end)), True
            if at >= last or at >= before:
                break
            if not _credited_may_start(text, at, line_end):
                continue
            # _match, without its call (a start is tried often)
            form = _ascii_form("credited") if ascii else None
            if form is not None:
                m = form.match(text, at, endpos)
            elif exact := credited.ready:
                m = exact[0].match(text, at, endpos)
            else:
                m = _generic_match("credited", text, at, endpos)
            if m is not None:
                return m
        line = line_end + 1
    return None


def _none_taken_above(text: str, start: int, limit: int) -> bool:
    """Whether :func:`~wiretext.dateline._accept` refuses every credited dateline starting in ``text[start:limit]``: a cheap, sufficient test.

    When ``limit``'s own line holds only spaces and tabs before it, such a
    dateline starts on a line above (see :func:`_no_credited_before`) and
    stands on that line up to its end: no line break stands in the credited
    shape before its separator's end.  :func:`~wiretext.dateline._accept` takes a credited
    dateline only with a date, which holds a digit, or with a separator,
    which holds one of ``.:_-—–``: with none of them in ``[start, ls)`` (the
    lines above), it takes none.
    """
    ls = line_start(text, limit)
    ls = ls if ls > start else start  # max(start, ls), without the call (see _at_line_start)
    return not text[ls:limit].strip(" \t") and _DIGIT_OR_SEP.search(text, start, ls) is None


def _no_credited_before(text: str, start: int, limit: int) -> bool:
    """Whether no credited dateline can be found starting in ``text[start:limit]``: a cheap, sufficient test.

    After a line-start dateline at ``limit``, :func:`~wiretext.dateline.find` looks for a
    credited one that starts before it, and every such one is found by
    :func:`_search_credited`, which tries only letters (place starts) in
    ``[start, limit)`` on a line holding a credit after them: a ``(``, a
    ``/`` or a bare credit (a whole spelling, :func:`~wiretext._dateline_shapes._bare_credit_alt`)
    after a space or tab.  When ``limit``'s own
    line holds only spaces and tabs before it (a place, date or credit at a
    line start; not a place after a glued byline), no letter stands on that
    line before ``limit``, so a start lies on a line above, and its credit
    on that same line (no line break stands in the shape before its credit).
    Those lines end before ``ls`` (the start of limit's line, a line break
    before it), and a spelling after a space on them ends before that line
    break, so searching ``[start, ls)`` sees each one whole.  When none of
    the three is there, no start is tried and :func:`~wiretext.dateline.find` keeps its
    line-start dateline.
    """
    ls = line_start(text, limit)
    ls = ls if ls > start else start  # max(start, ls), without the call (see _at_line_start)
    if text[ls:limit].strip(" \t"):
        return False  # something before the dateline on its own line: the full search decides
    return (
        ls == start
        or (
            text.find("(", start, ls) < 0
            and text.find("/", start, ls) < 0
            and not _bare_credit_after_blank(text, start, ls)
        )
    )


def _bare_credit_after_blank(text: str, lo: int, hi: int) -> bool:
    r"""Whether a space or tab in ``text[lo:hi]`` stands before what may be a whole bare credit, as the credited shape's ``[ \t]{1,3}(?P<bcredit>...)`` needs.

    Unlike :func:`_bare_after_blank`, the spelling's end is checked, more
    loosely than :func:`~wiretext._dateline_shapes._bare_credit_alt` does: "PAYOUT" holds the spelling
    "PA" but is no bare credit.  An ASCII letter or digit is a letter or
    number in every Unicode version, so where this test fails, the
    shape's ``(?![\p{L}\p{N}])`` fails too (on each spelling the prefix
    tree can stop at): this finds every bare credit, and more.
    """
    for blank in _blank_before_bare().finditer(text, lo, hi):
        at = blank.end()
        if not _spelling_at(text, at, hi):  # the common case, in one look
            continue
        for spelling in _spellings_at(text, at, hi):
            end = at + len(spelling)
            if end == hi or not (text[end].isascii() and text[end].isalnum()):
                return True
    return False
