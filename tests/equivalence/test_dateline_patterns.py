"""The dateline patterns, rewritten to run faster, match what they were written to match.

:func:`wiretext.dateline._patterns` reads a place word's capital once, takes
the link words as a prefix tree, the credit runs possessively and the
separators by their first character.  Each test compares a rewritten pattern
with the plain form it stands for (same span and same groups) on text built
from the pieces datelines are made of.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from wiretext import dateline as D

PIECES = [
    "AP", "AFP", "Reuters", "Reuter", "dpa", "Kyodo", "РИА Новости", "SPA", "Xinhua", "(AP)", "(AFP)", "(dpa/bb)",
    "/TASS/.", "(Punjab)", "[Canada]", "(MENAFN- Kuwait News Agency (KUNA))", "5", "23", "2023", "'89", "1987",
    " ", " ", "  ", "    ", "\t", ",", ", ", "-", " - ", " — ", " -- ", "–", "_", ".", ":", "(", ")", "/", "\n",
    "Jan", "Oct.", "March", "Marc", "NOV", "Sept", "lug", "сен", "ноября", "Friday", "Mon", "Tues.", "segunda-feira",
    "Monterrey", "the", "de", "del", "della", "am", "and", "on", "upon", "y", "el-", "d'", "Sheikh", "PARIS", "New",
    "York", "Almaty", "МОСКВА", "N.Y.", "D.C.", "St.", "Mich.", "Md", "rare", "protest", "said", "a", "x", "½", "é",
    "**", "3rd", "th", "de ", "11:30", "a.m.", "EST", "APx", "By", "Cote-d'Ivoire", "U.S.", "Ngh", "Á",
    "القاهرة", "(رويترز)", "،", "٣", "ً",
]

texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)

FLAGS = regex.VERBOSE | regex.VERSION0

# The forms the rewrites stand for.
PLAIN_WORD = (
    r"(?:\p{Lu}\.(?:\p{Lu}\p{Ll}{0,2}\.){0,2}\p{Lu}\p{Ll}{0,2}\.?|(?:\p{Ll}{1,3}['’\-])?\p{Lu}[\p{L}\p{M}'’\-]{0,40}+\.?"
    r"|[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FC][\u0621-\u065F\u0670-\u06D3\u06FA-\u06FC]{0,40}+)"
)


def _plain_place(word: str, guard: str, most: int) -> str:
    return rf"{guard}{word}(?:[ \t]{{1,3}}(?:{D._LINK}[ \t]{{1,3}}){{0,2}}{guard}{word}){{0,{most}}}+"


def _same(a: regex.Pattern[str], b: regex.Pattern[str], text: str, pos: int) -> None:
    ma, mb = a.match(text, pos), b.match(text, pos)
    assert (ma is None) == (mb is None)
    if ma is not None and mb is not None:
        assert ma.span() == mb.span()
        assert ma.groupdict() == mb.groupdict()
        assert [ma.span(k) for k in ma.groupdict()] == [mb.span(k) for k in mb.groupdict()]


@settings(max_examples=300)
@given(texts)
def test_place_words_match_as_the_plain_forms(text: str) -> None:
    guard = rf"(?!{D._month_alt()}\.?[ \t]{{1,3}}[0-9])"
    pairs = [
        (PLAIN_WORD, D._WORD),
        (_plain_place(PLAIN_WORD, guard, 7), D._place(D._WORD, guard, 7)),
        (_plain_place(D._LOOSE_WORD, guard, 4), D._place(D._LOOSE_WORD, guard, 4)),
    ]
    for plain, fast in pairs:
        a, b = regex.compile(plain, FLAGS), regex.compile(fast, FLAGS)
        for pos in range(len(text) + 1):
            _same(a, b, text, pos)


# The bracket and slash credits and a region in brackets, with their runs not possessive.
PLAIN_RUNS = [
    (r"\((?P<credit>[^()\n]{1,60}?(?:\([^()\n]{1,20}\)[^()\n]{0,20}?)?)\)", D._BRACKET_CREDIT),
    (r"/(?P<scredit>[^/\s][^/\n]{0,20})/\.?", D._SLASH_CREDIT),
    (
        r"[(\[](?P<pregion>\p{Lu}[^()\[\]\n]{0,38})[)\]](?=[ \t]{0,3}[,(])",
        r"[(\[](?P<pregion>\p{Lu}[^()\[\]\n]{0,38}+)[)\]](?=[ \t]{0,3}[,(])",
    ),
]

runs = st.lists(st.sampled_from(["(", ")", "[", "]", "/", "\n", " ", "a", "AP", "K" * 19, "x" * 37, "."]), max_size=20).map("".join)


@settings(max_examples=500)
@given(runs)
def test_possessive_runs_match_as_the_plain_forms(text: str) -> None:
    assert r"(?P<pregion>\p{Lu}[^()\[\]\n]{0,38}+)[)\]]" in D._place_fragment("A", "A")  # the form checked here
    for plain, fast in PLAIN_RUNS:
        a, b = regex.compile(plain, FLAGS), regex.compile(fast, FLAGS)
        for pos in range(len(text) + 1):
            _same(a, b, text, pos)


@given(st.lists(st.sampled_from(["-", ".", "—", "–", "_", ":", " ", "a"]), max_size=6).map("".join))
def test_separator_tree_matches_as_the_list(text: str) -> None:
    plain = regex.compile(r"(?:\.-|\.—|\.–|--|-|—|–|_|:|\.)(?P<rest>.*)")
    fast = regex.compile(D._SEP + r"(?P<rest>.*)")
    assert [m.span() for m in plain.finditer(text, overlapped=True)] == [m.span() for m in fast.finditer(text, overlapped=True)]
    for pos in range(len(text) + 1):
        _same(plain, fast, text, pos)
