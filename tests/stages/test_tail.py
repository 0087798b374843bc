"""Sign-offs, end marks and trailing credits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wiretext
from wiretext.tail import TailItem, find_tail, parse_credits


def tail(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[i.start : i.end], i.kind, i.agency) for i in find_tail(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port reopened.\n Reuter\n", [("Reuter", "sign-off", "Reuters")]),
        ("The port reopened.\n REUTER", [("REUTER", "sign-off", "Reuters")]),
        ("The line opened.\n(end)", [("(end)", "end-mark", None)]),
        ("The talks ended. (ANI)", [("(ANI)", "end-mark", None)]),
        ("Caption text.\n==Kyodo", [("==Kyodo", "end-mark", "Kyodo")]),
        ("Last para.\n-0-", [("-0-", "end-mark", None)]),
        ("Story.\nAP-WF-02-20-16 0337GMT", [("AP-WF-02-20-16 0337GMT", "filing-code", "AP")]),
        (
            "Story.\nReporting by Ana Silva; Editing by Tom Hale",
            [("Reporting by Ana Silva; Editing by Tom Hale", "credits", None)],
        ),
        (
            "Story.\nReporting by Ana Silva\n Reuter",
            [("Reuter", "sign-off", "Reuters"), ("Reporting by Ana Silva", "credits", None)],
        ),
    ],
)
def test_tail(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert tail(text) == expected


@pytest.mark.parametrize(
    "text",
    ["He said Reuters reported it.", "The story ends here.", "Reporting by the press was thin, he said."],
)
def test_story_endings_are_kept(text: str) -> None:
    assert tail(text) == []


def test_parse_credits() -> None:
    assert parse_credits("Reporting by A. Smith and B. Jones; Additional reporting by C. Wu; Editing by D. Roe") == (
        ("reporting", ("A. Smith", "B. Jones")),
        ("additional reporting", ("C. Wu",)),
        ("editing", ("D. Roe",)),
    )






def test_rules_without_an_ending_come_last() -> None:
    # _signoff tries the rules filed by a line's last character before those
    # with no ending (SPA's): the order of SIGNOFFS only if these stand last.
    # Only those are tested for what they hold.
    from wiretext.tail import _SIGNOFF_GATES

    free = [endings == ("",) for endings, _ in _SIGNOFF_GATES]
    assert free == sorted(free)
    assert all(holds for endings, holds in _SIGNOFF_GATES if endings == ("",))
    assert all("" not in endings and not holds for endings, holds in _SIGNOFF_GATES if endings != ("",))






def _plain_find_tail(text: str, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
    """find_tail's loop as it was written with max() and range(), items as plain tuples."""
    from wiretext.tail import _CREDIT_LINE, _CREDIT_OPENERS, _WINDOW, _may_be_credits, _signoff

    if start >= end:
        return []
    items: list[tuple[int, int, str, str | None]] = []
    stop = end
    for _ in range(6):
        le = stop
        while le > start:
            lo = max(start, le - _WINDOW)
            le = lo + len(text[lo:le].rstrip())
            if le > lo:
                break
            le = lo
        else:
            break
        ls = max(start, text.rfind("\n", start, le) + 1)
        hit = _signoff(text, ls, le)
        if (
            hit is None
            and (text[ls] in _CREDIT_OPENERS or text[ls] in " \t(")
            and _may_be_credits(text[ls:le].lstrip(" \t("))
            and _CREDIT_LINE.match(text, ls, le)
        ):
            hit = TailItem(ls + (len(text[ls:le]) - len(text[ls:le].lstrip())), le, "credits", None)
        if hit is None or hit.start <= start:
            break
        items.append((hit.start, hit.end, hit.kind, hit.agency))
        stop = hit.start
    return items


_TAIL_PIECES = st.lists(
    st.sampled_from(["Rain.", "\n", " ", "\t", "Reuter", "REUTERS", "reuter...", "(end)", "-0-", "=", "==Kyodo", "jm/kb",
                     "Reporting by Ana Silva", "x" * 70, "mln", "\n\n"]),
    max_size=14,
).map("".join)  # fmt: skip


@given(_TAIL_PIECES, st.integers(0, 30), st.integers(0, 30))
def test_find_tail_reads_as_its_plain_loop(text: str, lo: int, cut: int) -> None:
    # find_tail counts its turns by the items and writes max() of two as a test
    end = max(0, len(text) - cut)
    got = find_tail(text, lo, end)
    assert [tuple(i) for i in got] == _plain_find_tail(text, lo, end)
    assert all(type(i) is TailItem for i in got)


@pytest.mark.parametrize(("text", "lo"), [("   Reporting by Ana Silva", 1), ("Rain.\n  Reuter", 8), ("a -0-", 1)])
def test_find_tail_reads_a_last_line_from_the_range_start(text: str, lo: int) -> None:
    # a range starting inside its last line: the line is read from the range's start, not the text's
    assert [tuple(i) for i in find_tail(text, lo, len(text))] == _plain_find_tail(text, lo, len(text))


def test_find_tail_reads_at_most_six_marks() -> None:
    text = "Rain fell.\n" + "-0-\n" * 8
    assert len(find_tail(text, 0, len(text))) == 6 == len(_plain_find_tail(text, 0, len(text)))


@pytest.mark.parametrize("mark", ["REUTER...", "Reuter…", "REUTER^M", "reuter...^M"])
def test_a_sign_off_cut_short_or_with_a_written_out_return_is_read(mark: str) -> None:
    a = wiretext.parse(f"    LONDON, March 3 - Oil rose on Monday.\n {mark}\n")
    assert a.agency is not None and a.agency.code == "Reuters"
    assert a.body == "Oil rose on Monday."




# -- tails of whole stories (through parse) ---------------------------------------

def test_credits_after_a_rights_footer() -> None:
    a = wiretext.parse(
        "Port reopens\nBEIRUT (Reuters) - Ships came in.\n© 2026 Reuters\nReporting by Ana Silva; Editing by Tom Hale"
    )
    assert a.body == "Ships came in."
    assert a.credits == (("reporting", ("Ana Silva",)), ("editing", ("Tom Hale",)))
    assert not any(n.kind == "after-story" for n in a.notes)


def test_text_after_a_rights_footer_is_reported() -> None:
    a = wiretext.parse("Port reopens\nBEIRUT (Reuters) - Ships came in.\n© 2026 Reuters\nSubscribe today for more")
    assert a.body == "Ships came in."
    assert [n.kind for n in a.notes if n.kind in {"after-story", "subscribe-prompt"}]


def test_xinhua_editor_line_is_a_credit() -> None:
    a = wiretext.parse("BEIJING, Nov. 3 (Xinhua) -- A satellite was launched.\nEditor: Li Xia")
    assert a.body == "A satellite was launched."
    assert a.credits == (("editor", ("Li Xia",)),)


def test_ap_contributor_line_is_a_credit() -> None:
    a = wiretext.parse(
        "Lawmakers approve bridge fund\n"
        "WASHINGTON (AP) — Lawmakers approved a fund on Monday to repair three bridges across the region.\n"
        "The vote was 40 to 12.\n___\n"
        "Associated Press writers Jo Lim in Paris and Ana Silva contributed to this report."
    )
    assert a.paragraphs == (
        "Lawmakers approved a fund on Monday to repair three bridges across the region.",
        "The vote was 40 to 12.",
    )
    assert a.credits == (("contributing", ("Jo Lim", "Ana Silva")),)


def test_the_tail_stage_ends_the_body_before_a_sign_off_and_names_its_agency() -> None:
    from wiretext.pipeline import analyse

    text = "Port reopens\n    BEIRUT, Jan 3 - The port reopened.\n Reuter\n"
    s = analyse(text, until="tail")
    assert s.signoff_agency == "Reuters"
    assert text[s.body_start : s.body_end].strip() == "The port reopened."
    assert s.paragraphs == ()  # the body stage has not run


def test_each_bounded_signoff_width_is_its_patterns_widest_match() -> None:
    # _signoff searches a bounded rule from that many characters before the line's end
    import re

    from wiretext.tail import _SIGNOFF_WIDTHS, SIGNOFFS

    for (name, pattern, _), width in zip(SIGNOFFS, _SIGNOFF_WIDTHS, strict=True):
        widest = re._parser.parse(pattern).getwidth()[1]  # (re has no public width)
        assert width == (None if widest >= re._constants.MAXREPEAT else widest), name


_PIECES = ["(", ")", ").", "AFP", "end", "ap", "Xinhua", " ", "  ", "\t", "Reuter", "s", "...", "#", "-", "30", "=",
           "==", "Kyodo", "x", "Our Standards:", "Trust Principles", "/", "jm", "burs-", "GMT", "AP-WF-01-02-03 1200",
           "(end)", "(AFP)", "(bernama).", "REUTER...", "--30--", "#####", "+++", "-0-", " == Kyodo",
           "Our Standards: The Trust Principles."]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30), st.integers(0, 3))
def test_a_signoff_searched_from_its_width_is_the_search_from_the_line_start(pieces: list[str], skip: int) -> None:
    import regex

    from wiretext.tail import SIGNOFFS, _signoff

    text = "".join(pieces).rstrip(" \t")
    if not text:
        return
    ls = min(skip, len(text) - 1)
    le = len(text)
    plain = None
    for name, p, agency in SIGNOFFS:
        m = regex.compile(rf"(?m)(?:^|(?<=[ \t]))([ \t]*+)(?:{p})[ \t]*+$").search(text, ls, le)
        if m is not None:
            plain = (m.end(1), le, name, agency)
            break
    found = _signoff(text, ls, le)
    assert (None if found is None else tuple(found)) == plain
