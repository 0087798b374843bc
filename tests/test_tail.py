"""Sign-offs, end marks and trailing credits."""

from __future__ import annotations

import pytest

from wiretext.tail import find_tail, parse_credits


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
