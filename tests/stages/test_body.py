"""Stage body: paragraphs split, wrapped lines joined, nothing repeated or lost."""

from __future__ import annotations

import datetime as dt

import pytest

import wiretext


def test_repeated_paragraph_in_a_plain_story_is_kept() -> None:
    a = wiretext.parse("OSLO (NTB) - Snow fell.\n\nSnow fell.\n\nRoads closed.")
    assert a.paragraphs == ("Snow fell.", "Snow fell.", "Roads closed.")


def test_web_paragraphs_one_per_line_and_trailing_credits() -> None:
    a = wiretext.parse(
        "Oil edges up on supply worries\nBy Tom Hale\n"
        "LONDON, Nov 3 (Reuters) - Oil prices edged up on Monday on supply worries.\n"
        "Brent crude rose 30 cents.\n"
        "Reporting by Tom Hale; Editing by Ana Silva\n"
        "Our Standards: The Thomson Reuters Trust Principles.",
        reference_date=dt.date(2025, 11, 4),
    )
    assert a.paragraphs == ("Oil prices edged up on Monday on supply worries.", "Brent crude rose 30 cents.")
    assert a.credits == (("reporting", ("Tom Hale",)), ("editing", ("Ana Silva",)))


def test_wrapped_copy_stays_one_paragraph() -> None:
    a = wiretext.parse(
        "    CHICAGO, March 3 - Traders said the market rose on Monday as\n"
        "buyers returned after a long weekend. Volume was thin through\n"
        "the session and prices eased late.\n Reuter\n"
    )
    assert len(a.paragraphs) == 1


def test_a_last_line_of_blanks_counts_in_the_width_of_a_short_body() -> None:
    # 60 blanks make the block as wide as wrapped copy: its first line (48 characters, a
    # sentence's end) is not under 0.8 of that width, so it wraps; the second (43) ends a paragraph
    from wiretext.stages.body import paragraphs

    text = "Rain fell over the old town for most of the day.\nRoads near the harbour were closed to cars.\nFerries ran.\n"
    assert paragraphs(text + " " * 60)[0] == (
        "Rain fell over the old town for most of the day. Roads near the harbour were closed to cars.",
        "Ferries ran.",
    )
    assert len(paragraphs(text)[0]) == 3  # without it, every sentence end at a line end ends one


def test_text_after_the_story_is_one_after_story_segment_as_its_note_says() -> None:
    # a transmission whose codes repeat after the story: explain shows the note's span, not a segment a code
    text = "\x01\x02\x03zz" * 300
    a = wiretext.parse(text)
    (note,) = [n for n in a.notes if n.kind == "after-story"]
    assert note.span is not None
    segments = wiretext.explain(text)
    assert [(s.start, s.end) for s in segments if s.label == "after-story"] == [note.span]
    assert segments[-1].end == len(text) and len(segments) == 2


@pytest.mark.parametrize("blank", [3_000, 8_150, 20_000])
def test_the_after_story_note_shows_the_first_words_however_far_they_stand(blank: int) -> None:
    # the note squashes only a start of what follows the story when that start holds enough
    text = "\x01\x02\x03" + " " * blank + "zz " * 40 + "\x03" * 3 + " tail words"
    (note,) = [n for n in wiretext.parse(text).notes if n.kind == "after-story"]
    shown = ("zz " * 40).strip()[:60]
    assert note.message == f"text after the story was not placed: {shown!r}"
    assert note.span == (2, len(text))
