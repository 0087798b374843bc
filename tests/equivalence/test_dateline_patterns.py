"""The dateline patterns, rewritten to run faster, match what they were written to match.

:func:`wiretext.dateline._patterns` reads a place word's capital once, takes
the link words as a prefix tree, the credit runs possessively and the
separators by their first character.  Each test compares a rewritten pattern
with the plain form it stands for (same span and same groups) on text built
from the pieces datelines are made of.
"""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from wiretext import _dateline_compile as C
from wiretext import _dateline_shapes as S

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
    return rf"{guard}{word}(?:[ \t]{{1,3}}(?:{S._LINK}[ \t]{{1,3}}){{0,2}}{guard}{word}){{0,{most}}}+"


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
    guard = rf"(?!{S._month_alt()}\.?[ \t]{{1,3}}[0-9])"
    pairs = [
        (PLAIN_WORD, S._WORD),
        (_plain_place(PLAIN_WORD, guard, 7), S._place(S._WORD, guard, 7)),
        (_plain_place(PLAIN_WORD, guard, 7), S._place(S._WORD, guard, 7, repeat=True)),
        (_plain_place(S._LOOSE_WORD, guard, 4), S._place(S._LOOSE_WORD, guard, 4)),
    ]
    for plain, fast in pairs:
        a, b = regex.compile(plain, FLAGS), regex.compile(fast, FLAGS)
        for pos in range(len(text) + 1):
            _same(a, b, text, pos)


# The bracket and slash credits and a region in brackets, with their runs not possessive.
PLAIN_RUNS = [
    (r"\((?P<credit>[^()\n]{1,60}?(?:\([^()\n]{1,20}\)[^()\n]{0,20}?)?)\)", S._BRACKET_CREDIT),
    (r"/(?P<scredit>[^/\s][^/\n]{0,20})/\.?", S._SLASH_CREDIT),
    (
        r"[(\[](?P<pregion>\p{Lu}[^()\[\]\n]{0,38})[)\]](?=[ \t]{0,3}[,(])",
        r"[(\[](?P<pregion>\p{Lu}[^()\[\]\n]{0,38}+)[)\]](?=[ \t]{0,3}[,(])",
    ),
]

runs = st.lists(st.sampled_from(["(", ")", "[", "]", "/", "\n", " ", "a", "AP", "K" * 19, "x" * 37, "."]), max_size=20).map("".join)


@settings(max_examples=500)
@given(runs)
def test_possessive_runs_match_as_the_plain_forms(text: str) -> None:
    assert r"(?P<pregion>\p{Lu}[^()\[\]\n]{0,38}+)[)\]]" in S._place_fragment("A", "A")  # the form checked here
    for plain, fast in PLAIN_RUNS:
        a, b = regex.compile(plain, FLAGS), regex.compile(fast, FLAGS)
        for pos in range(len(text) + 1):
            _same(a, b, text, pos)


@given(st.lists(st.sampled_from(["-", ".", "—", "–", "_", ":", " ", "a"]), max_size=6).map("".join))
def test_separator_tree_matches_as_the_list(text: str) -> None:
    plain = regex.compile(r"(?:\.-|\.—|\.–|--|-|—|–|_|:|\.)(?P<rest>.*)")
    fast = regex.compile(S._SEP + r"(?P<rest>.*)")
    assert [m.span() for m in plain.finditer(text, overlapped=True)] == [m.span() for m in fast.finditer(text, overlapped=True)]
    for pos in range(len(text) + 1):
        _same(plain, fast, text, pos)


# -- the shapes as compiled: table words as word shapes, looked up afterwards ---------

SHAPE_PIECES = [
    *PIECES, "Holm Ferry", "Kuwait News Agency", "News", "Agency", "APTN", "Dow Jones", "Lusa - Agência de Notícias de Portugal",
    "Interfax-Russia.ru", "O'Neil", "SAN FRANCISCO--", "(BUSINESS WIRE)--", "Nov. 27, 2026--", "Kyodo News", "Harbour Office",
    "Boeing", "Route", " 747", " 66", "Holm 5", "(Punjab 2)", "[Ward 3]", "MARCH", "Mär", "Mon.", "quarta-feira", "lunedì",
    "Friday, ", "DIMANCHE", "Sáb", "marc", "Apri", "fell", "新华社", "北京", "4月24日电", "【", "ソウル", "共同", "】", "＝",
]
# Datelines' words with the gaps between them: places and words that are
# none, months and words that look like them, weekdays, days, credits.
DATELINE_WORDS = [
    "LAKEVIEW", "Holm", "Boeing", "Fell", "fell", "Marco", "Augusta", "Janet", "des", "moines", "March", "MARCH", "march", "Marc", "Mär", "MÄRZ", "Marchx",
    "Friday", "FRIDAY", "Fri", "Fry", "Frodo", "Sunset", "Mon.", "quarta-feira", "Sáb", "the", "de", "St.", "N.Y.", "МАРТА", "сен", "Jan.",
    "Reuters", "AP", "Dow Jones", "Kyodo", "APx", "(Reuters)", "(AFP)", "/TASS/.", "(Punjab 2)", "[Canada]", "4", "26",
    "2024", "747", "'89", "4th", "Nov 14, 2025", "11:30", "****",
    "occupied", "territories", "Pakistan-Afghanistan", "frontier", "eastern", "marchx",  # regions in lower case (issue 17)
]
DATELINE_GAPS = [" ", " ", ", ", ",", ". ", " - ", " -- ", " — ", "  ", "    ", "/", "\n", ": ", ""]
dateline_texts = st.lists(st.tuples(st.sampled_from(DATELINE_WORDS), st.sampled_from(DATELINE_GAPS)), max_size=10).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)
shape_texts = st.one_of(st.lists(st.sampled_from(SHAPE_PIECES), max_size=24).map("".join), dateline_texts, dateline_texts)


@settings(max_examples=400, deadline=None)
@given(shape_texts)
@example("LAKEVIEW Augusta 4 March (AFP) - Rain")  # a place word before a day: the generic guard stops the place there
@example("LAKEVIEW, Holm Mara 4 March (AFP) - Rain")  # in the region
@example("    des moines march 7 - Rain")  # a month before a day, in lower case, ends the loose place
@example("(AFP) - LAKEVIEW Deus 4 March - Rain")
@example("GAZA CITY, occupied territories, Nov 3 (AFP) - Rain")  # a region in lower case before a date
@example("LAKEVIEW, eastern Holm, Friday, Marc 4 (AFP) - Rain")
@example("LAKEVIEW, occupied Janet, 4 (AFP) - Rain")
def test_shapes_match_as_the_exact_patterns(text: str) -> None:
    # The generic shapes take word shapes where the exact ones take month,
    # weekday and bare credit words, and _generic_match looks the words up
    # (or asks the exact pattern): what it gives is what the exact patterns give.
    for name in S._SOURCES:
        exact = C._EXACT_SHAPE[name]()
        for pos in range(len(text) + 1):
            a, b = exact.match(text, pos), C._generic_match(name, text, pos, len(text))
            assert (a is None) == (b is None), (name, pos)
            if a is not None and b is not None:
                # All but wday, by name: b may be a generic form's ASCII form's match (re numbers its groups otherwise).
                names = [group for group in C._GROUP_NAMES if group != "wday"]
                assert a.span() == b.span(), (name, pos)
                assert [a.span(g) for g in names] == [b.span(g) if g in b.re.groupindex else (-1, -1) for g in names], (
                    name, pos,
                )


def test_words_of_no_table_send_the_match_to_the_exact_pattern() -> None:
    # Each generic pattern takes more than the exact one here; _match gives
    # the exact pattern's answer.
    for name, text in (
        ("credited", "LAKEVIEW, March 4 Holm Ferry\nThe ferry"),  # a bare credit that is no spelling
        ("credit_only", "AP - Dow Jones - The ferry"),  # a longer word than the spelling "AP"
        ("credited", "LAKEVIEW, Janet 4 (Reuters) -"),  # no month before the day
        ("credited", "LAKEVIEW Janet 4 (AFP) -"),  # a place word before a day, which the generic guard refuses
        ("credited", "Friday, March 4 (Reuters) -"),  # a weekday is no place
        ("dateonly", "Fro, March 4 (AFP) -"),  # no weekday before the date
    ):
        generic, exact = C._SHAPE[name]().match(text), C._EXACT_SHAPE[name]().match(text)
        assert generic is not None
        assert exact is None or exact.span() != generic.span()
        m = C._generic_match(name, text, 0, len(text))
        assert (m.span() if m is not None else None) == (exact.span() if exact is not None else None), (name, text)
        m = C._match(name, text, 0, len(text))  # the exact pattern is there now: asked first
        assert (m.span() if m is not None else None) == (exact.span() if exact is not None else None), (name, text)


def test_no_other_word_before_a_day() -> None:
    assert C._no_other_word_before_a_day("LAKEVIEW, March 4 (Reuters)", 0, 27)
    assert C._no_other_word_before_a_day("Amritsar (Punjab 2), March 4 (PTI)", 0, 34)  # in brackets
    assert C._no_other_word_before_a_day("NO DIGIT HERE\nBoeing 747", 0, 24)  # on the next line
    assert C._no_other_word_before_a_day("LAKEVIEW Boeing 747", 0, 19)  # not of the month shape
    assert not C._no_other_word_before_a_day("LAKEVIEW Augustine 747", 0, 22)
    assert not C._no_other_word_before_a_day("LAKEVIEW janet. 4", 0, 17)
    assert C._no_other_word_before_a_day("LAKEVIEW janet    4", 0, 19)  # four blanks: no guard reaches the day


def test_every_spelling_has_the_bare_credit_shape() -> None:
    # The word shape must take every spelling the tree takes, at its full length.
    shape = regex.compile(S._bare_credit_shape(), FLAGS)
    spellings = S._bare_spellings()
    assert len(spellings) > 300
    assert [s for s in spellings if not shape.fullmatch(s)] == []
    # No spelling starts with what may stand before one (a bracket, a gap of the anchor).
    assert [s for s in spellings if s[0] in "( \t,—–-"] == []


def test_table_words_have_the_generic_shapes() -> None:
    # A month word is letters only (the generic "\p{L}++"), a weekday word
    # letters and hyphens after a letter; ASCII words are looked up in the
    # sets: no letter of a table word matches an ASCII letter but itself
    # when case is ignored.
    assert all(regex.fullmatch(r"\p{L}+", t) for t in S._month_tokens())
    assert all(regex.fullmatch(r"\p{L}[\p{L}\-]*", t) for t in S._weekday_tokens())
    ascii_letters = [chr(c) for c in range(128) if chr(c).isalpha()]
    for word in (*S._month_tokens(), *S._weekday_tokens()):
        for ch in word:
            if not ch.isascii():
                assert not any(regex.fullmatch(f"(?i){regex.escape(ch)}", a) for a in ascii_letters), ch
            else:
                assert ch == ch.lower()
    for word in ("March", "MARS", "sept", "Marc", "Bonn", "Mär", "МАРТА"):
        assert C._is_month_word(word) == (C._month_word().fullmatch(word) is not None), word
    for word in ("Friday", "LUNDI", "quarta-feira", "Mon", "Monterrey", "Sáb"):
        assert C._is_weekday_word(word) == (C._weekday_word().fullmatch(word) is not None), word


def test_every_shape_numbers_the_groups_alike() -> None:
    for name in S._SOURCES:
        for pattern in (C._SHAPE[name](), C._EXACT_SHAPE[name]()):
            assert [pattern.groupindex[g] for g in C._GROUP_NAMES] == list(range(1, len(C._GROUP_NAMES) + 1)), name


def test_the_month_shape_is_as_long_as_the_longest_month() -> None:
    assert max(map(len, S._month_tokens())) == S._MONTH_MOST
    assert min(map(len, S._month_tokens())) == 3
    assert all(len(t) >= 2 for t in S._weekday_tokens())
