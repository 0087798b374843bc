"""Issue 17, families 7 and 12: a credit with no separator; broadcast copy (MUC/FBIS) and its transcript markers."""

from __future__ import annotations

import datetime as dt

import pytest

import wiretext

# -- family 7: a credit with no separator after it -----------------------------


@pytest.mark.parametrize(
    ("text", "agency", "city", "body"),
    [
        ("(CNN)Washington is bracing for a week of budget talks.", "CNN", None, "Washington is bracing"),
        ("(AP) The Senate voted on Tuesday to extend the program.", "AP", None, "The Senate voted"),
        ("WASHINGTON (CNN) The Senate voted on Tuesday to extend the program.", "CNN", "WASHINGTON", "The Senate"),
        ("Paris (AFP) Les syndicats ont appelé à une grève mardi.", "AFP", "Paris", "Les syndicats"),
        ("Rates on hold\nNAIROBI (Reuters) Kenya's central bank held its rate on Tuesday.", "Reuters", "NAIROBI",
         "Kenya's central"),
    ],
)
def test_a_known_credit_without_a_separator_is_found(text: str, agency: str, city: str | None, body: str) -> None:
    a = wiretext.parse(text)
    assert a.agency is not None and a.agency.code == agency
    assert (a.location.city if a.location else None) == city
    assert a.body.startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp (ACME) Shares rose sharply on Tuesday after results.",  # a ticker, not a credit
        "Senate Votes Today (AP)\nThe vote was close.",  # a headline's credit: no sentence after it
        "Talks (Round Two) Begin in Geneva on a cold morning.",  # not an agency
    ],
)
def test_a_bracket_that_is_no_unseparated_credit(text: str) -> None:
    a = wiretext.parse(text)
    assert a.dateline is None


# -- family 12: broadcast copy -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "broadcaster", "city"),
    [
        ("SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE ARMY CLOSED THE COASTAL ROAD.", "RADIO VENCEREMOS",
         "SAN SALVADOR"),
        ("LIMA, 5 MAR 90 (DOMESTIC SERVICE) -- [COMMENTARY] [TEXT] THE ARMY CLOSED THE COASTAL ROAD.",
         "DOMESTIC SERVICE", "LIMA"),
        ("Managua, 3 feb 90 (Sandino Television Network) -- [REPORT] [Ana Ruiz] [TEXT] THE ARMY CLOSED THE COASTAL ROAD.",
         "Sandino Television Network", "Managua"),
        ("MOSCOW, 3 MAY 90 (RADIO PEACE AND PROGRESS) -- [TEXT] THE ARMY CLOSED THE COASTAL ROAD.",
         "RADIO PEACE AND PROGRESS", "MOSCOW"),
    ],
)
def test_a_broadcaster_is_the_copys_source_not_its_agency(text: str, broadcaster: str, city: str) -> None:
    a = wiretext.parse(text)
    assert a.agency is None and a.agencies == ()
    assert a.location is not None and a.location.city == city
    assert a.date is not None and a.date.year == 1990
    assert [n.message for n in a.notes if n.kind == "broadcaster"] == [
        f"the copy's source is the broadcaster {broadcaster!r}, not a news agency"
    ]
    assert not any(n.kind == "unknown-agency" for n in a.notes)
    assert a.body == "THE ARMY CLOSED THE COASTAL ROAD."
    assert a.dateline is not None and f"({broadcaster})" in a.dateline.text  # the credit stays in the dateline


def test_transcript_markers_are_noise_beside_an_agency_credit() -> None:
    a = wiretext.parse("BOGOTA, 9 JAN 90 (EFE) -- [EXCERPTS] THE TALKS WILL RESUME.\n\nBOTH SIDES AGREED.")
    assert a.agency is not None and a.agency.code == "EFE"
    assert a.date == dt.date(1990, 1, 9)
    assert a.paragraphs == ("THE TALKS WILL RESUME.", "BOTH SIDES AGREED.")
    heading = [n for n in a.notes if n.kind == "broadcast-marker"]
    assert [n.message for n in heading] == ["removed the transcript's heading '[EXCERPTS]'"]
    assert heading[0].span == (26, 36)


def test_a_heading_with_its_speaker_is_cut_whole_and_brackets_in_the_body_stay() -> None:
    text = ("SAN SALVADOR, 3 JAN 90 -- [COMMUNIQUE] [GENERAL COMMAND OF THE FRONT] [TEXT] THE FRONT [FMLN] "
            "CALLED A TRUCE. [PASSAGE OMITTED] IT WILL LAST THREE DAYS.")
    a = wiretext.parse(text)
    assert a.body == "THE FRONT [FMLN] CALLED A TRUCE. [PASSAGE OMITTED] IT WILL LAST THREE DAYS."
    assert [n.message for n in a.notes if n.kind == "broadcast-marker"] == [
        "removed the transcript's heading '[COMMUNIQUE] [GENERAL COMMAND OF THE FRONT] [TEXT]'"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "BOGOTA, 9 JAN 90 (EFE) -- [EXCERPTS] THE TALKS WILL RESUME.\n\nBOTH SIDES AGREED.",
        "SAN SALVADOR, 3 JAN 90 -- [COMMUNIQUE] [GENERAL COMMAND OF THE FRONT] [TEXT] THE FRONT CALLED A TRUCE.",
        "LIMA, 2 FEB 90 (RADIO SUR) -- [REPORT]\n[TEXT]\n  THE TRUCE HOLDS.\n  REUTER",
        "Rain\nLIMA, 2 FEB 90 (EFE) -- [TEXT] [TEXT] RAIN [TEXT]\nRAIN\nLIMA, 2 FEB 90 (EFE) -- [TEXT]",
        "LIMA, 2 FEB 90 (EFE) -- [TEXT]",
        "LIMA, 2 FEB 90 (EFE) -- [TEXT] THE TRUCE HOLDS.\n(c) 1990 EFE\nREPORTING BY JO LIM",
    ],
)
def test_the_heading_left_in_the_work_copy_changes_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The dateline stage labels the heading and does not blank it in the work copy:
    # no later stage reads before body_start.  The same parse with it blanked:
    from wiretext import pipeline
    from wiretext._spans import Cut, mask
    from wiretext.stages import dateline

    def blanked(s: pipeline.State) -> None:
        dateline.run(s)
        for c in s.labels:
            if c.rule == "broadcast-marker":
                s.work = mask(s.work, [Cut(c.start, c.end, c.rule)])

    plain = wiretext.parse(text)
    segments = wiretext.explain(text)
    assert any(n.kind == "broadcast-marker" for n in plain.notes)
    monkeypatch.setattr(pipeline, "STAGES", tuple((n, blanked if f is dateline.run else f) for n, f in pipeline.STAGES))
    assert wiretext.parse(text) == plain
    assert wiretext.explain(text) == segments


def test_a_bracket_after_a_dateline_that_is_no_marker_stays_in_the_body() -> None:
    a = wiretext.parse("BOGOTA, 9 JAN 90 (EFE) -- [FMLN] REBELS SAID THE TRUCE HOLDS.")
    assert a.body == "[FMLN] REBELS SAID THE TRUCE HOLDS."
    assert not any(n.kind == "broadcast-marker" for n in a.notes)


def test_a_newspaper_credit_is_still_an_unknown_agency() -> None:
    # The library cannot tell a paper's name from an agency it does not know: it keeps the credit, with a note.
    a = wiretext.parse("SAN SALVADOR, 3 JAN 90 (EL DIARIO DEL SUR) -- [TEXT] THE ARMY CLOSED THE ROAD.")
    assert a.agency is not None and (a.agency.code, a.agency.name) == ("EL DIARIO DEL SUR", None)
    assert any(n.kind == "unknown-agency" for n in a.notes)


def test_a_service_after_an_agencys_name_is_the_agencys_not_a_broadcaster() -> None:
    # "XINHUA DOMESTIC SERVICE" is Xinhua's own service; "DOMESTIC SERVICE" alone is a broadcaster's.
    a = wiretext.parse("BEIJING (PRC), 30 NOV 89 (XINHUA DOMESTIC SERVICE) -- [TEXT] THE TALKS ENDED TODAY.")
    assert a.agency is not None and a.agency.code == "Xinhua"
    assert not any(n.kind == "broadcaster" for n in a.notes)
    b = wiretext.parse("LIMA, 3 MAY 90 (EFE RADIO SUR) -- [TEXT] THE TALKS ENDED TODAY.")
    assert [x.code for x in b.agencies] == ["EFE"]
    assert [n.message for n in b.notes if n.kind == "broadcaster"] == [
        "the copy's source is the broadcaster 'RADIO SUR', not a news agency"
    ]


def test_a_kept_credit_gives_its_notes_again() -> None:
    # The second dateline with the same credit reads it from what the first kept.
    first, second = (
        wiretext.parse(f"LIMA, {day} MAR 90 (RADIO NUEVO SOL) -- [TEXT] THE BRIDGE REOPENED AT NOON.") for day in (4, 6)
    )
    for a in (first, second):
        assert a.agencies == ()
        assert [n.message for n in a.notes if n.kind == "broadcaster"] == [
            "the copy's source is the broadcaster 'RADIO NUEVO SOL', not a news agency"
        ]
    third = wiretext.parse("QUITO, 7 MAR 90 (AGENCIA PUNTO TRES) -- [TEXT] THE BRIDGE REOPENED AT NOON.")
    again = wiretext.parse("QUITO, 8 MAR 90 (AGENCIA PUNTO TRES) -- [TEXT] THE BRIDGE REOPENED AT NOON.")
    assert [n.kind for n in third.notes] == [n.kind for n in again.notes]
    assert "unknown-agency" in [n.kind for n in again.notes]
