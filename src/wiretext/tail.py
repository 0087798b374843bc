"""The end of a story: sign-offs, end marks and trailing credits.

Agencies close copy with a mark that is not part of the story: Reuters'
``Reuter`` (1987) line, ``(end)`` (KUNA, Xinhua), ``(ANI)``, ``==Kyodo``,
UPI's ``-0-``, ANSA's ``(ANSA).``, a closing ``=`` (ANPA), AP's filing code
``AP-WF-02-20-16 0337GMT``.  Reuters and others add ``Reporting by A;
Editing by B`` lines.  :func:`find_tail` returns them as spans, last first
removed, so the body ends where the story does.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from ._lazy import lazy_regex, once

__all__ = ["TailItem", "find_tail", "parse_credits"]

#: Sign-off and end-mark rules: name -> pattern for a whole final line (or
#: the end of the final line), with the agency it implies, if any.
SIGNOFFS: tuple[tuple[str, str, str | None], ...] = (
    # Reuters 1987: " Reuter" alone on the last line (also "REUTER", and
    # cut short: "REUTER...").
    ("sign-off", r"(?i:reuters?)(?:\.\.\.|…)?", "Reuters"),
    # Xinhua, KUNA, IANS: "(end)", "(END)", "(Xinhua)".
    ("end-mark", r"\((?i:end|ends|xinhua|kuna|ians|ani|pti|wam|spa|bernama|yonhap|ansa|afp|ap|dpa|efe|lusa)\)\.?", None),
    # Kyodo: "==Kyodo".
    ("end-mark", r"==[ \t]*+Kyodo", "Kyodo"),
    # UPI story separator and generic end marks.
    ("end-mark", r"-0-|#{3,5}|\+{3,5}|-{2,3}30-{2,3}|=", None),
    # AP filing codes: "AP-WF-02-20-16 0337GMT".
    ("filing-code", r"AP-[A-Z]{2}-[0-9]{2}-[0-9]{2}-[0-9]{2}[ \t]++[0-9]{4}(?:GMT|EST|EDT)", "AP"),
    # Reuters' web pages: "Our Standards: The Thomson Reuters Trust Principles."
    ("end-mark", r"Our Standards:[^\n]{0,80}?Trust Principles\.?", "Reuters"),
    # AFP: the desk's initials, writer's and editor's, alone on the last
    # line: "jm/kb", "burs-pst/hg" (the whole line: a story that ends "in
    # cash and/or" keeps its words).
    ("end-mark", r"(?<=^[ \t]*)(?:burs?-)?[a-z]{1,5}(?:-[a-z]{1,5})*+(?:/[a-z]{1,5}(?:-[a-z]{1,5})*+)++", None),
    # WAM: "– Emirates News Agency, WAM –".
    ("sign-off", r"[–—-][ \t]*+Emirates News Agency,[ \t]*+WAM[ \t]*+[–—-]", "WAM"),
    # SPA: "--SPA 20:14 LOCAL TIME 17:14 GMT 0024 www.spa.gov.sa/w1854248".
    ("sign-off", r"--[ \t]*+SPA(?:[ \t]++[0-9:]{4,5}[ \t]++LOCAL[ \t]++TIME)?[^\n]{0,80}+", "SPA"),
)

# A trailing-credit line: "Reporting by A; Additional reporting by B; Editing by C and D".
# A trailing-credit line: "Reporting by A; Additional reporting by B; Editing
# by C and D" (Reuters), "Editor: Li Xia" (Xinhua), "Edited by A" (AFP).
_ROLES = r"(?:additional[ \t]++)?(?:reporting|writing|editing|compiled|research|translated|produced|graphics|photo(?:graphy)?|edited)"
# AP: "Associated Press writers Jane Roe in Paris and Jo Lim contributed to this report."
_CONTRIBUTORS = r"(?:(?:the[ \t]++)?associated[ \t]++press|ap|reuters|afp)[ \t]++(?:writers?|reporters?|journalists?|correspondents?)"
_CONTRIBUTED = rf"{_CONTRIBUTORS}[ \t]++[^\n]{{1,300}}?[ \t]++contributed(?:[ \t]++to[ \t]++this[ \t]++(?:report|story))?\.?"
_CREDIT_LINE = lazy_regex(
    rf"(?im)^[ \t(]*+(?:{_ROLES}[ \t]++by[ \t]++[^\n]{{1,300}}+|editors?:[ \t]*+\p{{Lu}}[^\n]{{1,120}}+|{_CONTRIBUTED})[ \t)]*+$",
)
_ROLE = lazy_regex(
    rf"(?i)(?P<role>{_ROLES})[ \t]++by[ \t]++(?P<names>[^;]{{1,200}}+)|(?P<editor>editors?):[ \t]*+(?P<enames>[^;]{{1,120}}+)"
    rf"|{_CONTRIBUTORS}[ \t]++(?P<cnames>[^\n]{{1,300}}?)[ \t]++contributed"
)
# How a credit line opens after its blanks and "(": with a role ("additional",
# "reporting", "writing", "editing", "edited", "compiled", "research",
# "translated", "produced", "graphics", "photo"), "editor", or an agency
# ("the associated press", "associated press", "ap", "reuters", "afp").  These
# letters have no case forms but their ASCII ones, so a line that opens with
# another character is no credit line.
_CREDIT_OPENERS = "acegprtwACEGPRTW"
# In ASCII, with what each kind of credit line opens and what it holds past
# its opening (_CREDIT_LINE's alternatives, tests/stages/test_tail.py checks them):
# a role and "by", "editor" and ":", an agency and "contributed".  ``regex``
# knows no case forms of an ASCII letter but its ASCII ones, so lowering the
# line shows them in any case.
_ROLE_WORDS = (
    "additional", "reporting", "writing", "editing", "edited", "compiled", "research", "translated", "produced",
    "graphics", "photo",
)
_CONTRIBUTOR_WORDS = ("the", "associated", "ap", "reuters", "afp")


def _may_be_credits(line: str) -> bool:
    """False when ``line`` (from its first character after blanks and "(") is no credit line."""
    if line[:1] not in _CREDIT_OPENERS:
        return False  # the words below open with these letters too, in ASCII
    if not line.isascii():
        return True
    low = line.lower()
    return (
        (low.startswith(_ROLE_WORDS) and "by" in low)
        or (low.startswith("editor") and ":" in low)
        or (low.startswith(_CONTRIBUTOR_WORDS) and "contributed" in low)
    )


# " in Paris" after a contributor's name is where they reported from.
_FROM_PLACE = lazy_regex(r"[ \t]++in[ \t]++\p{Lu}[^,;]{0,60}$")


class TailItem(NamedTuple):
    """A span at the end of the story and what it is."""

    start: int
    end: int
    kind: str  # "sign-off", "end-mark", "filing-code", "credits"
    agency: str | None


#: ``TailItem(...)`` without the NamedTuple's ``__new__``, a Python function that calls this: the
#: Reuters sign-off, on nearly every reuters21578 parse, is made so (the tail stage 35.5k -> 34.3k
#: instructions a parse, instructions.py --stage tail).
_new_item = tuple.__new__


# What a final line ``text[ls:le]`` must end with, and hold, for each rule of
# SIGNOFFS (in its order) to match it: cheap tests that skip a rule's
# pattern.  The line holds no line break and its last character is no blank,
# so a rule's ``[ \t]*+$`` matches only at ``le`` and the rule's own pattern
# must end there; the endings are every way each pattern can end (under
# ``(?i)``, "r" is "r" or "R" and "s" is "s", "S" or the long "ſ").  SPA's
# line ends in free text, but holds "SPA".
_SIGNOFF_GATES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("r", "R", "s", "S", "\u017f", "...", "…"), ""),
    ((")", ")."), ""),
    (("Kyodo",), ""),
    (("-", "#", "+", "="), ""),
    (("GMT", "EST", "EDT"), ""),
    (("Principles", "Principles."), ""),
    (tuple("abcdefghijklmnopqrstuvwxyz"), ""),
    (("–", "—", "-"), ""),
    (("",), "SPA"),
)
#: The most characters each rule of SIGNOFFS (in its order) matches, its mark alone (without the
#: blanks of group 1 before it), or None where a repeat has no bound.  A mark ends at the final
#: line's end, so a bounded rule is searched from that many characters before it, not from the
#: line's start: the match is the same (the blanks before a mark are taken whole, so any match
#: starting further left has the same mark; a look-behind still sees the text before the
#: search's start), and a long last line is not scanned (hostile.py "unseparated credits", a
#: line of 400,000 characters ending in a bracket: 14 ms of a 58 ms parse).  tests/stages/test_tail.py
#: checks each bound against the pattern's width.
_SIGNOFF_WIDTHS: tuple[int | None, ...] = (10, 10, None, 8, None, 111, None, None, None)
#: The last characters of a text looked at in one slice when looking for its last line.
_WINDOW = 80


# endings, pattern (group 1: the blanks before the mark), name, agency, and the mark's width (_SIGNOFF_WIDTHS)
_Rule = tuple[tuple[str, ...], regex.Pattern[str], str, str | None, int | None]
_Filed = tuple[tuple[str, ...], tuple[_Rule, ...]]  # the endings of all its rules, and the rules


@once
def _signoff_rules() -> tuple[dict[str, _Filed], tuple[tuple[str, regex.Pattern[str], str, str | None], ...]]:
    """The rules of SIGNOFFS filed by the last character of their endings, and those with none (SPA's) by what they hold.

    A filed rule keeps only its endings in that character; each file keeps
    the rules' order.  The rules with no ending come last in SIGNOFFS
    (tests/stages/test_tail.py checks it), so trying them after a file's keeps it
    too.
    """
    by_last: dict[str, list[_Rule]] = {}
    free = []
    for (name, p, agency), (endings, holds), width in zip(SIGNOFFS, _SIGNOFF_GATES, _SIGNOFF_WIDTHS, strict=True):
        # Compiled when a line first passes the rule's gate: most texts try none or one.
        pattern = lazy_regex(rf"(?m)(?:^|(?<=[ \t]))([ \t]*+)(?:{p})[ \t]*+$")
        if endings == ("",):
            free.append((holds, pattern, name, agency))
            continue
        for last in dict.fromkeys(e[-1] for e in endings):
            kept = tuple(e for e in endings if e[-1] == last)
            by_last.setdefault(last, []).append((kept, pattern, name, agency, width))
    filed = {last: (tuple(e for rule in rules for e in rule[0]), tuple(rules)) for last, rules in by_last.items()}
    return filed, tuple(free)


def _signoff(text: str, ls: int, le: int) -> TailItem | None:
    """The first rule of SIGNOFFS that matches the final line ``text[ls:le]``, as an item.

    Only rules whose endings (or text) the line has are tried: see
    _SIGNOFF_GATES.  A mark opens with no white space, so it starts where the
    blanks before it (group 1) end.
    """
    last = text[le - 1]
    if last in "rRsS":
        # The commonest mark, Reuters' "Reuter", told without its pattern
        # (the first rule: tests/stages/test_tail.py checks it): the pattern matches
        # where the line ends in the word, in ASCII of any case, after a
        # blank (its look-behind) or at a line's start (its "^").
        at = le - (6 if last in "rR" else 7)
        if (
            at >= ls
            and (at == 0 or text[at - 1] in " \t\n")
            and (word := text[at:le]).isascii()
            and word.lower() == "reuters"[: le - at]
        ):
            return _new_item(TailItem, (at, le, SIGNOFFS[0][0], SIGNOFFS[0][2]))
    by_last, free = _signoff_rules()
    filed = by_last.get(last)
    if filed is not None and text.endswith(filed[0], ls, le):
        for endings, pattern, name, agency, width in filed[1]:
            lo = ls if width is None or le - width < ls else le - width  # (see _SIGNOFF_WIDTHS)
            if text.endswith(endings, ls, le) and (m := pattern.search(text, lo, le)) is not None:
                return TailItem(m.end(1), le, name, agency)
    for holds, pattern, name, agency in free:
        if text.find(holds, ls, le) >= 0 and (m := pattern.search(text, ls, le)) is not None:
            return TailItem(m.end(1), le, name, agency)
    return None


def find_tail(text: str, start: int, end: int) -> list[TailItem]:
    """Find sign-offs, end marks and credit lines at the end of ``text[start:end]``.

    Items come last first; the story ends at the smallest ``start``.

    >>> text = "The port reopened.\\n Reuter\\n"
    >>> [(text[i.start:i.end], i.kind, i.agency) for i in find_tail(text, 0, len(text))]
    [('Reuter', 'sign-off', 'Reuters')]
    """
    if start >= end:
        return []  # an empty range ends in nothing
    items: list[TailItem] = []
    stop = end
    # (max() of two numbers written as a test, here and below, and no range to count the turns:
    # builtins.max of two costs about 1k instructions, 0.1 µs (timeit: 106 against 15 ns), the
    # most of any step here; the tail stage 40.5k -> 35.5k instructions a reuters21578 parse,
    # instructions.py f8c13ee --stage tail)
    while len(items) < 6:  # a story ends in at most a few marks (a turn adds one, or ends the loop)
        # The last line of ``text[start:stop]`` that is not blank, without its
        # trailing white space: only the end of the text is copied to strip
        # it, a window at a time.
        le = stop
        while le > start:
            lo = le - _WINDOW if le - _WINDOW > start else start
            le = lo + len(text[lo:le].rstrip())
            if le > lo:
                break
            le = lo
        else:
            break  # the range is blank
        ls = text.rfind("\n", start, le) + 1 or start  # (rfind finds none: -1)
        hit = _signoff(text, ls, le)
        # (a line opening with neither a blank, "(" nor an opener is no credit line: not copied to be told so)
        if (
            hit is None
            and ((first := text[ls]) in _CREDIT_OPENERS or first in " \t(")
            and _may_be_credits(text[ls:le].lstrip(" \t("))
            and _CREDIT_LINE.match(text, ls, le)
        ):
            hit = TailItem(ls + (len(text[ls:le]) - len(text[ls:le].lstrip())), le, "credits", None)
        if hit is None or hit.start <= start:
            break
        items.append(hit)
        stop = hit.start
    return items


def parse_credits(line: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Split a trailing credit line into (role, names) pairs.

    >>> parse_credits("Reporting by Ana Silva; Editing by Tom Hale and Jo Lim")
    (('reporting', ('Ana Silva',)), ('editing', ('Tom Hale', 'Jo Lim')))
    >>> parse_credits("Editor: Li Xia")
    (('editor', ('Li Xia',)),)
    >>> parse_credits("Associated Press writers Jo Lim in Paris and Ana Silva contributed to this report.")
    (('contributing', ('Jo Lim', 'Ana Silva')),)
    """
    out: list[tuple[str, tuple[str, ...]]] = []
    for m in _ROLE.finditer(line.strip("() \t")):
        if m.group("cnames"):
            role, names_text = "contributing", m.group("cnames")
        elif m.group("editor"):
            role, names_text = "editor", m.group("enames")
        else:
            role, names_text = " ".join(m.group("role").lower().split()), m.group("names")
        role = {"edited": "editing"}.get(role, role)
        parts = (_FROM_PLACE.sub("", n).strip(" .)") for n in regex.split(r",|\band\b|&", names_text))
        names = tuple(n for n in parts if n)
        out.append((role, names))
    return tuple(out)
