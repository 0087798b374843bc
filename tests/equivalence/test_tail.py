"""The tail's gates and shortcuts against its patterns."""

from __future__ import annotations

import pytest

from wiretext.tail import find_tail


def tail(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[i.start : i.end], i.kind, i.agency) for i in find_tail(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each rule behind its ending test, and lines found behind long blank runs.
        ("Story.\n Reuterſ", [("Reuterſ", "sign-off", "Reuters")]),
        ("Story.\n REUTERS  \n" + " \n" * 100 + "\t" * 90, [("REUTERS", "sign-off", "Reuters")]),
        ("Story ends. (Xinhua).", [("(Xinhua).", "end-mark", None)]),
        ("Story.\n###", [("###", "end-mark", None)]),
        ("Story.\n--30--", [("--30--", "end-mark", None)]),
        ("Story.\nOur Standards: The Thomson Reuters Trust Principles.", [("Our Standards: The Thomson Reuters Trust Principles.", "end-mark", "Reuters")]),
        ("Story.\n– Emirates News Agency, WAM –", [("– Emirates News Agency, WAM –", "sign-off", "WAM")]),
        ("Story.\n--SPA 20:14 LOCAL TIME 17:14 GMT 0024 www.spa.gov.sa/w1854248", [("--SPA 20:14 LOCAL TIME 17:14 GMT 0024 www.spa.gov.sa/w1854248", "sign-off", "SPA")]),
        ("Story.\n\njm/kb", [("jm/kb", "end-mark", None)]),
        ("Story.\n burs-pst/hg\n", [("burs-pst/hg", "end-mark", None)]),
        ("Story.\nThey paid in cash and/or", []),
        ("Story.\n(Editor: Li Xia)", [("(Editor: Li Xia)", "credits", None)]),
        ("Story.\nThe Associated Press writer Jo Lim contributed.", [("The Associated Press writer Jo Lim contributed.", "credits", None)]),
        ("Story.\n\t(Compiled by Jo Lim)\n\n", [("(Compiled by Jo Lim)", "credits", None)]),
    ],
)
def test_gated_rules_still_match(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert tail(text) == expected


def test_gates_cover_every_case_form() -> None:
    # The ending and opening tests list case forms by hand: ``regex`` must
    # know no others for the letters they stand for.
    import regex

    from wiretext.tail import _CREDIT_OPENERS, _SIGNOFF_GATES, SIGNOFFS

    assert len(_SIGNOFF_GATES) == len(SIGNOFFS)
    everything = "".join(map(chr, range(0x110000)))
    assert set(regex.findall("(?i)[rs]", everything)) <= set(_SIGNOFF_GATES[0][0])
    assert set(regex.findall("(?i)[acegprtw]", everything)) <= set(_CREDIT_OPENERS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The Reuters sign-off told without its pattern, and where it is not one.
        ("Story. said Reuters", [("Reuters", "sign-off", "Reuters")]),
        ("Story.\n\tReUtEr", [("ReUtEr", "sign-off", "Reuters")]),
        ("Story.\nREUTERS\n\n", [("REUTERS", "sign-off", "Reuters")]),
        ("Story.\nXReuter", []),
        ("Story.\n(Reuter)", []),
        ("Reuter", []),
        # Credit lines behind their opening words, in any case.
        ("Story.\n(Reporting by Jo Lim)", [("(Reporting by Jo Lim)", "credits", None)]),
        ("Story.\nAP writer Jo Lim contributed.", [("AP writer Jo Lim contributed.", "credits", None)]),
        (
            "Story.\nthe associated press reporter Jo Lim contributed",
            [("the associated press reporter Jo Lim contributed", "credits", None)],
        ),
        ("Story.\nEDITOR: Li Xia", [("EDITOR: Li Xia", "credits", None)]),
    ],
)
def test_shortcuts_agree_with_the_patterns(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert tail(text) == expected


def test_the_reuters_shortcut_stands_for_the_first_rule() -> None:
    # _signoff tells lines ending in the word "Reuter" without the first
    # rule's pattern; the pattern's only other endings are the marks of a
    # word cut short, which the shortcut leaves to it.
    from wiretext.tail import SIGNOFFS

    assert SIGNOFFS[0] == ("sign-off", r"(?i:reuters?)(?:\.\.\.|…)?", "Reuters")


def test_credit_words_open_every_credit_alternative() -> None:
    # _may_be_credits passes ASCII lines that open with a role and hold "by",
    # open with "editor" and hold ":", or open with an agency and hold
    # "contributed": each alternative of the credit line must be one of these.
    from wiretext.tail import _CONTRIBUTED, _CONTRIBUTOR_WORDS, _CREDIT_LINE, _ROLE_WORDS, _ROLES

    roles = _ROLES.removeprefix("(?:additional[ \\t]++)?(?:").removesuffix(")").split("|")
    agencies = _CONTRIBUTED.removeprefix("(?:(?:the[ \\t]++)?").split(")[ \\t]++(?:writers?")[0].split("|")
    assert "additional" in _ROLE_WORDS
    assert "the" in _CONTRIBUTOR_WORDS
    for word in roles:
        assert word.startswith(_ROLE_WORDS), word
    for word in agencies:
        assert word.startswith(_CONTRIBUTOR_WORDS), word
    assert _CREDIT_LINE.pattern.startswith(f"(?im)^[ \\t(]*+(?:{_ROLES}[ \\t]++by[ \\t]++[^\\n]{{1,300}}+|editors?:")
    assert _CREDIT_LINE.pattern.endswith(f"|{_CONTRIBUTED})[ \\t)]*+$")
    assert "contributed" in _CONTRIBUTED



def test_a_line_s_first_character_turns_away_only_what_may_be_credits_turns_away() -> None:
    # find_tail asks _may_be_credits only of a line opening with an opener, a blank or "(":
    # a line opening with any other character is one _may_be_credits turns away
    from wiretext.tail import _CREDIT_OPENERS, _may_be_credits

    for first in map(chr, range(0x10000)):
        if not (first in _CREDIT_OPENERS or first in " \t("):
            line = first + "diting by Jo Lim"
            assert not _may_be_credits(line.lstrip(" \t(")), repr(first)
    # and the lines it asks still are credits
    assert tail("Story.\n (Editing by Jo Lim)") == [("(Editing by Jo Lim)", "credits", None)]
    assert tail("Story.\n\tediting by Jo Lim") == [("editing by Jo Lim", "credits", None)]
