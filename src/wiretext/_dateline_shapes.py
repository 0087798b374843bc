"""The dateline shapes as pattern sources, built from named fragments (the job of :mod:`wiretext.dateline` is finding).

Fragments (place and region words, link words, month and weekday words,
dates, credits, separators), the bare credit spellings, the anchors a
credited dateline is looked for from, and one source function per shape
(:data:`_SOURCES`).  :mod:`wiretext.dateline` compiles the shapes on first
use and matches them; each fragment's comment quotes the real forms it must
match (``shared/reference/AGENCIES.md``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

import regex

from . import registry
from ._lazy import lazy_regex, once, prefix_tree
from .data.place_words import LINK_WORDS

# -- fragments -----------------------------------------------------------------

# A place word: capitalised ("Almaty", "SAN", "Krakau", "МОСКВА", "St."), maybe
# after an article ("el-Sheikh", "ez-Zor", "d'Ivoire"), or an initialism
# ("N.Y.", "D.C.").  Apostrophes and hyphens inside words
# ("Cote-d'Ivoire", "Boulogne-sur-Mer").
# The capital is read once for the initialism and the word (no character is
# both \p{Ll} and \p{Lu}, so the article form is tried where it was before).
# A word in Arabic script, which has no capitals: letters, then letters and
# vowel marks ("القاهرة"); not the Arabic comma, digits or punctuation.
_ARABIC_LETTER = r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FC]"
_ARABIC_WORD = rf"{_ARABIC_LETTER}[\u0621-\u065F\u0670-\u06D3\u06FA-\u06FC]{{0,40}}+"
_WORD = (
    r"(?:\p{Lu}(?:\.(?:\p{Lu}\p{Ll}{0,2}\.){0,2}\p{Lu}\p{Ll}{0,2}\.?|[\p{L}\p{M}'’\-]{0,40}+\.?)|\p{Ll}{1,3}['’\-]\p{Lu}[\p{L}\p{M}'’\-]{0,40}+\.?"
    rf"|{_ARABIC_WORD})"
)
# Small words inside place names: "RIO DE JANEIRO", "Frankfurt am Main",
# "ON THE MISSISSIPPI RIVER" (upper case words are ordinary place words).
_LINK = "(?:" + "|".join(LINK_WORDS) + ")"


@once
def _link_tree() -> str:
    """:data:`_LINK` as a prefix tree (literal words, so it matches where the list does).

    After a link word comes a space or tab, so at most one of the words can
    be followed by one at a given position: the tree and the list (tried in
    any order) lead to the same matches, tried in the same order.
    """
    return "(?:" + prefix_tree(set(LINK_WORDS)) + ")"


def _place(word: str, guard: str, most: int, repeat: bool = False) -> str:
    """Place words, taken possessively (no backtracking into them), none a month before a day.

    Up to two link words before each next word are ``(?:L(?:L|)|)``, which
    tries two, then one, then none, as ``(?:L){0,2}`` does, without a repeat
    (which ``regex`` sets up on every match call).  With ``repeat``, as
    ``(?:L){0,2}``: the tree once, for a pattern that should compile fast
    (the generic shapes, :func:`_match`).
    """
    link = rf"{_link_tree()}[ \t]{{1,3}}"
    links = f"(?:{link}){{0,2}}" if repeat else f"(?:{link}(?:{link}|)|)"
    return rf"{guard}{word}(?:[ \t]{{1,3}}{links}{guard}{word}){{0,{most}}}+"

# At a line start, before ", Month D -", case is not to be trusted: "des
# moines, April 7 -", "Mexico city, March 18 -" (Reuters 1987).
_LOOSE_WORD = r"(?:\p{L}[\p{L}\p{M}'’.\-]{0,40}+)"
# A separator, by its first character: at most one branch can start, and in
# it the longer forms come first, as in ".-|.—|.–|--|-|—|–|_|:|." (the same
# matches, tried in the same order).
_SEP = r"(?:\.(?:-|—|–|)|-(?:-|)|—|–|_|:)"


# English month names cut short by a typist or a width limit: "Marc 16", "Apri 1".
_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december")


@once
def _month_prefixes() -> dict[str, int]:
    """Each start of an English month name (the empty one too), with the first month it starts.

    ``_month_prefixes().get(t)`` is the first month whose name starts with
    ``t``, or None when no name does.
    """
    prefixes: dict[str, int] = {}
    for number, name in enumerate(_ENGLISH_MONTHS, 1):
        for k in range(len(name) + 1):
            prefixes.setdefault(name[:k], number)
    return prefixes


def _truncated_months() -> set[str]:
    return {name[:k] for name in _ENGLISH_MONTHS for k in range(3, len(name))}


@once
def _month_tokens() -> frozenset[str]:
    from .data.months import MONTHS  # on first use, not at import

    written = {token for _, table in MONTHS for token, _ in table}
    written |= {registry._fold(t) for t in written}  # "aout", "fevr": the registry's fold, as month_number reads them
    return frozenset(t.casefold() for t in written | _truncated_months())


@once
def _weekday_tokens() -> frozenset[str]:
    from .data.months import WEEKDAYS  # on first use, not at import

    return frozenset(t.casefold() for t in WEEKDAYS)


# The month and weekday words are prefix trees (no repeats, see
# :func:`prefix_tree`), which fail within a few characters on other words:
# no cheaper lookahead is put before them (a run of their letters was, and
# cost more than it saved).
@once
def _month_alt() -> str:
    return "(?i:" + prefix_tree(set(_month_tokens())) + r")(?![\p{L}])"


@once
def _weekday_alt() -> str:
    return "(?i:" + prefix_tree(set(_weekday_tokens())) + r")\.?"


class _Words(NamedTuple):
    """How a shape writes the words it takes from the tables: as their trees (exact) or as word shapes (generic).

    See :func:`_match` for how a generic shape gives what the exact one gives.
    """

    month: str  # a month word (:func:`_month_alt`), or any run of letters
    weekday_ahead: str  # no weekday before ", " or " ", or nothing (not tested)
    weekday: str  # a weekday word before a date, or a captured run of letters and hyphens
    bare_credit: str  # a bare credit spelling, or the word shape they all have
    generic: bool = False  # written to compile fast rather than match fast (see _place)


@once
def _exact_words() -> _Words:
    return _Words(_month_alt(), rf"(?!{_weekday_alt()},?[ \t])", _weekday_alt(), _bare_credit_alt())


@once
def _generic_words() -> _Words:
    return _Words(_month_shape(), "", rf"(?P<wday>{_weekday_shape()}\.?)", _bare_credit_shape(), generic=True)


def _starts(tokens: frozenset[str]) -> str:
    """The first two letters of ``tokens``, case ignored: each first letter with a class of the letters after it.

    Written so rather than as a prefix tree (which ``regex`` takes a third
    longer to compile, in each of a shape's dozen month guards).
    """
    after: dict[str, set[str]] = {}
    for token in tokens:
        after.setdefault(token[0], set()).add(token[1])
    pairs = (re.escape(first) + "[" + "".join(re.escape(c) for c in sorted(seconds)) + "]" for first, seconds in sorted(after.items()))
    return "(?i:" + "|".join(pairs) + ")"


@once
def _month_starts() -> frozenset[str]:
    """The first two letters of the month words (:func:`_starts`)."""
    return frozenset(t[:2] for t in _month_tokens())


@once
def _weekday_starts() -> frozenset[str]:
    """The first two letters of the weekday words (:func:`_starts`)."""
    return frozenset(t[:2] for t in _weekday_tokens())


#: The longest month word (so the longest word of the month shape); the shortest has three letters.
_MONTH_MOST = 10


@once
def _month_shape() -> str:
    """What every month word is, and few other words: a run of letters that starts as one does, no longer than the longest.

    Month words are letters only; the run is taken whole (possessively), as
    the month tree followed by no letter takes it.
    """
    return rf"{_starts(_month_tokens())}\p{{L}}{{1,{_MONTH_MOST - 2}}}+(?![\p{{L}}])"


@once
def _weekday_shape() -> str:
    """What every weekday word is: letters and hyphens, starting as one does (taken whole)."""
    return rf"{_starts(_weekday_tokens())}[\p{{L}}\-]*+"


def _month_guard(words: _Words) -> str:
    """No place word is a month before a day."""
    return rf"(?!{words.month}\.?[ \t]{{1,3}}[0-9])"


# A region of any words, some in lower case or hyphenated, before a date:
# "PESHAWAR, Pakistan-Afghanistan frontier, Nov 3 (AFP)", "GAZA CITY,
# occupied territories, Nov 3 (AFP)".  At most four words, taken whole
# (possessively), then a comma and what a date starts with: a day, or up to
# two words (a weekday, a month) and a day.  Only the credited shape has it.
_LOOSE_REGION = (
    r"(?:\p{L}[\p{L}\p{M}'’\-]{0,40}+)(?:[ \t]{1,3}+\p{L}[\p{L}\p{M}'’\-]{0,40}+){0,3}+"
    r"(?=[ \t]{0,3}+,[ \t]{1,3}+(?:[\p{L}.,]{2,14}+[ \t]{1,3}+){0,2}+[0-9])"
)


def _place_fragment(place: str, region_place: str, words: _Words | None = None, loose_region: bool = False) -> str:
    words = words or _exact_words()
    loose = f"|{_LOOSE_REGION}" if loose_region else ""
    return rf"""
        {words.weekday_ahead}                          # "Friday, Nov 14 (Reuters)": no place
        (?P<place>{place}(?:/{place})?)                    # "Krakau/Magdeburg"
        (?:[ \t]{{1,3}}[(\[](?P<pregion>\p{{Lu}}[^()\[\]\n]{{0,38}}+)[)\]](?=[ \t]{{0,3}}[,(]))?   # "Amritsar (Punjab),", "Toronto [Canada],"
        (?:[ \t]{{0,3}},[ \t]{{1,3}}(?!(?i:{words.month})\.?[ \t]{{0,3}}[0-9]){words.weekday_ahead}   # ", Mich.", ", Kazakhstan",
           (?P<region>(?:the[ \t]{{1,3}})?{region_place}(?:,[ \t]{{1,3}}{region_place})?{loose}))?     # ", the Netherlands", ", Grand Cayman, British West Indies"
    """


def _date_fragment(words: _Words) -> str:
    month = words.month
    return rf"""
        (?:{words.weekday},?[ \t]{{1,3}})?   # "Friday, Nov 14"
        (?:
          (?P<mon1>{month})\.?[ \t]{{1,3}}   # "Nov 14", "Sept. 3", "March 31"
          (?P<day1>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9:])
          (?:,?[ \t]{{1,3}}(?P<year1>(?:1[89]|20)[0-9]{{2}}|'[0-9]{{2}})(?![0-9]))?
          \.?
        |
          (?P<day2>[0-3]?[0-9])(?:st|nd|rd|th|er|º|°)?\.?[ \t]{{1,3}}  # "29 mai", "29th November", "5 JUL 89"
          (?:de[ \t]{{1,3}})?(?P<mon2>{month})\.?
          (?:,?[ \t]{{1,3}}(?:de[ \t]{{1,3}})?(?P<year2>(?:1[89]|20)[0-9]{{2}}|[0-9]{{2}})(?![0-9:]))?
        )
    """


# A credit in brackets, one level of nesting allowed:
# "(AFP)", "(dpa/bb)", "(MENAFN- Kuwait News Agency (KUNA))".
# Each run of non-brackets must end at a bracket (what follows it), and a
# shorter run ends at no bracket, so the runs are taken possessively: the
# engine tries no shorter or longer run that could never match ("{1,60}?",
# lazy, matched the same, a character at a time).
_BRACKET_CREDIT = r"\((?P<credit>[^()\n]{1,60}+(?:\([^()\n]{1,20}+\)[^()\n]{0,20}+)?)\)"
# TASS: "/TASS/." and "/ИТАР-ТАСС/." (the run must end at a slash: possessive, as above).
_SLASH_CREDIT = r"/(?P<scredit>[^/\s][^/\n]{0,20}+)/\.?"


# -- bare credits --------------------------------------------------------------
#
# A bare credit ("Oct. 6 Kyodo", "AP - ") is one of the agencies' spellings.
# Written into a pattern as a prefix tree of its 377 spellings it costs the
# ``regex`` module about 10 ms to compile, in every pattern that holds it.
# So the patterns hold a word shape that every spelling has
# (:func:`_bare_credit_shape`) and the spelling they took is looked up in a
# set (:func:`_match`); the tree is compiled only where that look-up fails.


@once
def _bare_spellings() -> frozenset[str]:
    """The credit spellings a bare credit may be (two characters or more)."""
    return frozenset(s for s in registry.credit_spellings() if len(s) >= 2)


@once
def _bare_credit_tree() -> str:
    """The bare credit spellings as a prefix tree of literal characters (valid for ``re`` and ``regex``)."""
    return prefix_tree(set(_bare_spellings()))


@once
def _bare_credit_alt() -> str:
    return "(?:" + _bare_credit_tree() + r")(?![\p{L}\p{N}])"


@once
def _bare_credit_shape() -> str:
    r"""A word shape that every bare credit spelling has, longest first: ``_bare_credit_alt()`` loosened.

    A spelling is runs of letters and digits joined by runs of the other
    characters spellings hold (a space, a hyphen, a period, an apostrophe),
    and it ends before no letter or digit: each of its runs is a whole run
    of the text.  So the shape takes whole runs, at most as many as the
    longest spelling holds, and the engine tries it from the most runs
    down, as it tries the tree's spellings (the tree takes the longest
    first): where the tree could stop at a spelling this shape can too,
    tried in the same order among the ends both allow.
    """
    spellings = _bare_spellings()
    between = "".join(re.escape(c) for c in sorted({c for s in spellings for c in s if not c.isalnum()}))
    most = max(len(_ALNUM_RUN.findall(s)) for s in spellings)
    return rf"[\p{{L}}\p{{N}}]++(?:[{between}]++[\p{{L}}\p{{N}}]++){{0,{most - 1}}}"


@once
def _spellings_by_start() -> dict[str, tuple[str, ...]]:
    """The bare credit spellings by their first two characters, longest first."""
    by_start: dict[str, list[str]] = {}
    for spelling in sorted(_bare_spellings(), key=len, reverse=True):
        by_start.setdefault(spelling[:2], []).append(spelling)
    return {start: tuple(found) for start, found in by_start.items()}


def _spelling_at(text: str, at: int, endpos: int) -> bool:
    """Whether ``text[at:endpos]`` starts with a bare credit spelling (its end not checked)."""
    return text.startswith(_spellings_by_start().get(text[at : at + 2], ()), at, endpos)


def _spellings_at(text: str, at: int, endpos: int) -> Iterator[str]:
    """The bare credit spellings ``text[at:endpos]`` starts with, longest first: the tree's choices there."""
    for spelling in _spellings_by_start().get(text[at : at + 2], ()):
        if text.startswith(spelling, at, endpos):
            yield spelling


_LETTER_OR_DIGIT = lazy_regex(r"[\p{L}\p{N}]")
_ALNUM_RUN = lazy_regex(r"[\p{L}\p{N}]++")


def _bare_credit_end(text: str, at: int, endpos: int) -> int:
    """Where ``_bare_credit_alt()`` matches ``text`` from ``at`` (``endpos`` as the end), or -1."""
    if not _spelling_at(text, at, endpos):
        return -1
    for spelling in _spellings_at(text, at, endpos):
        end = at + len(spelling)
        if _LETTER_OR_DIGIT.match(text, end, endpos) is None:
            return end
    return -1


@once
def _bare_start_re() -> str:
    """The first two characters of a bare credit spelling, for ``re``: a test that fails at once on most words."""
    return "(?:" + prefix_tree(set(_spellings_by_start())) + ")"


# -- anchors -------------------------------------------------------------------


@once
def _anchor() -> regex.Pattern[str]:
    # A bracket, a slash, or a bare credit after a date: "Oct. 6 Kyodo",
    # "2023, SPA", "23 сен — РИА Новости" (a day and a month word).
    # Not searched with, nor matched: :func:`_anchors` gives its matches
    # (the tests compare them).
    return regex.compile(rf"[(/]|(?<=[0-9.]|[0-9][ \t]{{1,3}}\p{{L}}{{2,12}}\.?)[ \t,—–\-]{{1,5}}{_bare_credit_alt()}")


# The anchor's second alternative up to its bare credit.  Its run of
# separators is taken possessively: no spelling starts with one, so giving
# one back could never let a spelling match.
_ANCHOR_GAP = lazy_regex(r"(?<=[0-9.]|[0-9][ \t]{1,3}\p{L}{2,12}\.?)[ \t,—–\-]{1,5}+")


#: What the anchor's letters after a day may hold, and more (every letter;
#: no separator, period or newline), for :func:`_anchor_triggers`.
_NOT_LETTER_RUN = " \t,—–-.\n"


@once
def _anchor_triggers() -> re.Pattern[str]:
    r"""The character just before an anchor's bare credit alternative could start.

    That alternative, at ``p``, is ``(?<=[0-9.]|[0-9][ \t]{1,3}\p{L}{2,12}\.?)``
    then ``[ \t,—–\-]{1,5}`` and a spelling.  This pattern stands on the
    lookbehind's first character (its digit or period) and looks ahead for
    the rest, with every letter class widened to "no separator, period or
    newline" and the spelling's end not checked, so it matches wherever the
    anchor can.  It consumes one character, so no trigger hides another.
    The spellings are literal characters, which ``re`` matches as ``regex``
    does (their tree costs ``re`` 3 ms to compile, once, and spares
    :func:`_anchors` the candidates a shorter test lets through).
    """
    sep = "[ \t,—–\\-]{1,5}(?:" + _bare_credit_tree() + ")"
    return re.compile(f"[0-9.](?={sep}|[ \t]{{1,3}}[^ \t,—–\\-.\n]{{2,12}}\\.?{sep})")


def _anchors(text: str, pos: int, endpos: int) -> Iterator[tuple[int, int]]:
    """The spans ``_anchor().finditer(text, pos, endpos)`` gives, found without scanning with it.

    A match of :func:`_anchor` starts either at a bracket or slash (its first
    alternative, which then is the whole match), or where the lookbehind of
    its second alternative ends: just after a digit or period, or after a
    digit, one to three spaces or tabs, a run of letters and maybe a period.
    Those places are found from :func:`_anchor_triggers` (a lookbehind
    starts at most 17 characters before ``p``, which may be before ``pos``)
    and checked as the full pattern would: :data:`_ANCHOR_GAP`, then the
    longest spelling there (:func:`_bare_credit_end`).  The candidates are
    taken in order, each at or after the end of the last match, as
    ``finditer`` does.
    """
    candidates: set[int] = set()
    for ch in "(/":
        at = text.find(ch, pos, endpos)
        while at >= 0:
            candidates.add(at)
            at = text.find(ch, at + 1, endpos)
    for trigger in _anchor_triggers().finditer(text, max(0, pos - 17), endpos):
        at = trigger.end()  # after "[0-9.]"
        candidates.add(at)
        if text[at - 1] != ".":  # after "[0-9][ \t]{1,3}" and the letters, with any period
            spaces = at
            while spaces < endpos and text[spaces] in " \t":
                spaces += 1
            if 1 <= spaces - at <= 3:
                at = spaces
                while at < endpos and at - spaces <= 12 and text[at] not in _NOT_LETTER_RUN:
                    at += 1
                candidates.add(at + 1 if at < endpos and text[at] == "." else at)
    if not candidates:
        return
    end = pos
    for p in sorted(candidates):
        if p < end or p >= endpos:
            continue  # before the range, or inside the last match: finditer goes on from its end
        if text[p] in "(/":
            end = p + 1
            yield p, end
        elif (gap := _ANCHOR_GAP.match(text, p, endpos)) is not None and (
            credit_end := _bare_credit_end(text, gap.end(), endpos)
        ) >= 0:
            end = credit_end
            yield p, end


# -- the shapes ----------------------------------------------------------------


def _stamp(words: _Words) -> str:
    # "(AFP) Nov 14, 2025", "--(BUSINESS WIRE)--Nov. 27, 2026--": a time stamp after the credit.
    return rf"""(?:(?:[ \t]{{1,3}}|--)(?P<stamp>(?i:{words.month})\.?[ \t]{{1,3}}[0-3]?[0-9],?[ \t]{{1,3}}(?:1[89]|20)[0-9]{{2}}
                  (?:[ \t]{{1,3}}[0-2]?[0-9]:[0-5][0-9](?:[ \t]{{0,2}}(?i:[ap]\.?m\.?))?(?:[ \t]{{1,3}}[A-Z]{{2,4}})?)?))?"""


# "(Reuters) - ", and a dash with the story right after it: "(Dow Jones)--China"
_SEP_AFTER = rf"""(?P<sep>[ \t]{{0,3}}(?:{_SEP}(?=[\s"“‘'«]|$)|(?:--|—|–)(?=\p{{Lu}}))|)"""


def _strict_place(words: _Words, loose_region: bool = False) -> str:
    place = _place(_WORD, _month_guard(words), 7, words.generic)
    return _place_fragment(place, place, words, loose_region)


def _credited(words: _Words) -> str:
    return rf"""
        (?<![\p{{L}}\p{{N}}])
        {_strict_place(words, loose_region=True)}
        (?:(?:[ \t]{{0,3}}[,.][ \t]{{0,3}}|[ \t]{{1,3}})(?P<date>{_date_fragment(words)}))?
        [ \t]{{0,3}}
        (?:--(?=\())?                                     # "SAN FRANCISCO--(BUSINESS WIRE)--"
        (?:{_BRACKET_CREDIT}|{_SLASH_CREDIT}
           |(?<=[0-9.\p{{L}}])(?:[ \t]{{0,3}},|[ \t]{{0,3}}(?:—|–|--|-))?[ \t]{{1,3}}(?P<bcredit>{words.bare_credit})(?=[ \t]{{0,3}}(?:{_SEP}|\n|$)))
        {_stamp(words)}
        {_SEP_AFTER}
    """


def _uncredited(words: _Words) -> str:
    # A run of spaces, tabs or stars followed by what cannot start with one
    # (a place word starts with a letter; a date with a digit, or with a
    # month or weekday word, none of which starts with a space) is taken
    # possessively: giving one back could never lead to a match, and the
    # engine would retry the rest at every such position before failing.
    loose = _place(_LOOSE_WORD, _month_guard(words), 4, words.generic)
    return rf"""
        [ \t]*+(?:\*{{1,6}}+[ \t]*+)?                          # "    ****LONDON, March 5 -"
        {_place_fragment(loose, _place(_WORD, _month_guard(words), 7, words.generic), words)}
        (?:[ \t]{{0,3}}[,.](?:[ \t]{{1,3}}-)?[ \t]{{0,3}}+|[ \t]{{1,3}}+)   # "PARIS,March 16", "ROCKVILLE, Md, - March 6"
        (?P<date>{_date_fragment(words)})
        (?P<sep>[ \t]{{0,3}}(?:--|-|—|–|_)(?=\s|$|\p{{Lu}}|["“<]))    # "NEW YORK, March 2 -The"
    """


def _dateonly(words: _Words) -> str:
    return rf"""
        [ \t]*+
        (?P<date>{_date_fragment(words)})[ \t]{{0,3}}
        (?:{_BRACKET_CREDIT}|[ \t]{{1,3}}(?P<bcredit>{words.bare_credit}))   # "Jan 30 (Reuters) -", "17 ноября. Interfax-Russia.ru -"
        {_SEP_AFTER}
    """


def _agency_first(words: _Words) -> str:
    return rf"""
        [ \t]*+{_BRACKET_CREDIT}[ \t]{{0,3}}(?:(?:--|-|—|–)[ \t]{{1,3}})?   # "(ANSA) - ROMA", "(MENAFN- ... (KUNA)) KUWAIT"
        {_strict_place(words)}
        (?:[ \t]{{0,3}},?[ \t]{{1,3}}(?P<date>{_date_fragment(words)}))?
        (?P<sep>[ \t]{{0,3}}(?:--|-|—|–|_)(?=\s|$))
    """


def _credit_only(words: _Words) -> str:
    bare = words.bare_credit
    return rf"""
        [ \t]*+(?:\((?P<credit>{bare})\)|(?P<bcredit>{bare}))(?P<sep>[ \t]{{1,3}}(?:--|-|—|–|_)(?=\s|$))   # no spelling starts with a space
    """


def _place_only(words: _Words) -> str:
    # A place alone: "BAGHDAD, Iraq - ", "KUWAIT -- ", "TORONTO — " (web
    # copy of AP and CP, Kyodo's items, KUNA's site); below a headline also
    # "BHOPAL: " (Indian papers), "Berlin. " and "München/London – " (German
    # papers' Ortsmarke).  Taken by _accept only as papers write it: a known
    # place, prose after it, and see there.
    return rf"""
        [ \t]*+
        {_strict_place(words)}
        (?P<sep>[ \t]{{1,3}}(?:--|-|—|–|_)(?=[ \t])|[ \t]{{0,3}}(?:—|–)(?=\S)   # "NEW YORK - US", "NEW YORK—The"
           |[ \t]{{0,2}}:(?=[ \t]))                                              # "BHOPAL: ..."
    """


def _ortsmarke(words: _Words) -> str:
    # A place alone before a period: "Berlin. Die Feuerwehr ...".  One word
    # or two with a slash, as the place words above would run on into the
    # capitalised words after the period (German nouns).
    return r"""
        [ \t]*+
        (?P<place>\p{Lu}[\p{L}\p{M}'’\-]{1,40}+(?:/\p{Lu}[\p{L}\p{M}'’\-]{1,40}+)?)
        (?P<sep>\.)(?=[ \t]{1,3}\p{Lu}\p{Ll})                   # not "Jos. A. Bank"
    """


def _chinese(words: _Words) -> str:
    # Chinese agencies' datelines: "新华社北京4月24日电" (Xinhua, Beijing,
    # April 24, "wire"), "中新社上海11月27日电": agency, place, month and day
    # in figures, "电".
    return r"""
        [ \t\u3000]*+
        (?P<bcredit>新华社|新華社|中新社|中新網|中新网|中国新闻社)
        (?P<place>\p{Han}{2,10}?)
        (?P<date>(?P<mon1>[0-9０-９]{1,2})月(?P<day1>[0-9０-９]{1,2})日)
        (?P<sep>电|電)
    """


def _japanese(words: _Words) -> str:
    # Japanese papers' datelines: "【ソウル共同】" (Kyodo), "【ワシントン時事】"
    # (Jiji), "【ソウル＝小池和樹】" (a place and the paper's reporter).
    return r"""
        [ \t\u3000]*+
        【(?P<place>[^\s＝=【】]{1,12}?)(?:(?P<bcredit>共同|時事)|[＝=][^\s【】]{1,12}+)(?P<sep>】)
    """


class _Shapes(NamedTuple):
    """The dateline shapes, in the order :func:`~wiretext._dateline_search._shapes_for` tries them on a line."""

    credited: regex.Pattern[str]
    agency_first: regex.Pattern[str]
    uncredited: regex.Pattern[str]
    dateonly: regex.Pattern[str]
    credit_only: regex.Pattern[str]
    place_only: regex.Pattern[str]
    ortsmarke: regex.Pattern[str]
    chinese: regex.Pattern[str]
    japanese: regex.Pattern[str]


#: Each shape's source, by name (see :class:`_Shapes`).
_SOURCES: dict[str, Callable[[_Words], str]] = {
    "credited": _credited,
    "agency_first": _agency_first,
    "uncredited": _uncredited,
    "dateonly": _dateonly,
    "credit_only": _credit_only,
    "place_only": _place_only,
    "ortsmarke": _ortsmarke,
    "chinese": _chinese,
    "japanese": _japanese,
}
