"""Rights notices."""

from __future__ import annotations

import pytest

from wiretext.rights import find_rights


@pytest.mark.parametrize(
    ("text", "holder", "year", "notice"),
    [
        ("Story.\n© 2025 AFP", "Agence France-Presse", 2025, "© 2025 AFP"),
        (
            "Story.\nCopyright 2019 The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.",
            "The Associated Press",
            2019,
            "Copyright 2019 The Associated Press. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed.",
        ),
        (
            "Story.\nCopyright 2022, dpa (www.dpa.de). Alle Rechte vorbehalten",
            "Deutsche Presse-Agentur",
            2022,
            "Copyright 2022, dpa (www.dpa.de). Alle Rechte vorbehalten",
        ),
        ("Story.\n(c) 2021 Acme Media Ltd. All rights reserved.", "Acme Media Ltd", 2021, "(c) 2021 Acme Media Ltd. All rights reserved."),
    ],
)
def test_notice(text: str, holder: str, year: int | None, notice: str) -> None:
    found = find_rights(text)
    assert found is not None
    assert (found.holder, found.year, found.text) == (holder, year, notice)
    assert text[found.span[0] : found.span[1]] == notice


def test_no_notice_in_a_story_sentence() -> None:
    assert find_rights("The court said the copyright claim failed on Monday.") is None
