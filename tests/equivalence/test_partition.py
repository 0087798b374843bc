"""pipeline.partition's sweep against the plain reading: every boundary, every span under way."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from wiretext._spans import Cut
from wiretext.pipeline import _PRIORITY, FIELDS, Segment, partition


def partition_whole(text: str, labels: list[Cut], read: str | None = None) -> tuple[Segment, ...]:
    """The partition as it was first written: a list of every span, every boundary, every start."""
    n = len(text)
    read = text if read is None else read
    spans = [(max(0, c.start), min(n, c.end), _PRIORITY.get(c.rule, 5), i, c.rule) for i, c in enumerate(labels)]
    spans = [sp for sp in spans if sp[0] < sp[1]]
    bounds = sorted({0, n, *(sp[0] for sp in spans), *(sp[1] for sp in spans)})
    starts: dict[int, list[tuple[int, int, int, int, str]]] = {}
    for sp in spans:
        starts.setdefault(sp[0], []).append(sp)
    active: list[tuple[int, int, int, int, str]] = []
    pieces: list[tuple[int, int, str]] = []
    for lo, hi in itertools.pairwise(bounds):
        active = [sp for sp in active if sp[1] > lo] + starts.get(lo, [])
        label = max(active, key=lambda sp: (sp[2], sp[3]))[4] if active else None
        chunk = read[lo:hi]
        if label is None or (label == "body" and not chunk.strip()):
            label = "space" if not chunk.strip() else "unplaced"
        parts = [(lo, hi, label)]
        if label in FIELDS:
            core_lo = lo + len(chunk) - len(chunk.lstrip())
            core_hi = lo + len(chunk.rstrip())
            parts = [(lo, core_lo, "space"), (core_lo, core_hi, label), (core_hi, hi, "space")]
        for plo, phi, plabel in parts:
            if plo >= phi:
                continue
            if pieces and pieces[-1][2] == plabel:
                pieces[-1] = (pieces[-1][0], phi, plabel)
            elif len(pieces) > 1 and pieces[-1][2] == "space" and pieces[-2][2] == plabel and plabel not in FIELDS:
                del pieces[-1]
                pieces[-1] = (pieces[-1][0], phi, plabel)
            else:
                pieces.append((plo, phi, plabel))
    return tuple(Segment(lo, hi, label, text[lo:hi]) for lo, hi, label in pieces)


RULES = st.sampled_from(["body", "headline", "dateline", "rights", "credits", "pipe-line", "page-menu", "control-run"])
TEXT = st.text(alphabet="ab \n\t|", max_size=40)


@settings(max_examples=500, deadline=None)
@given(TEXT, st.lists(st.tuples(st.integers(-3, 45), st.integers(-3, 45), RULES), max_size=70))
def test_the_sweep_gives_the_partition_of_the_plain_reading(text: str, spans: list[tuple[int, int, str]]) -> None:
    labels = [Cut(a, b, rule) for a, b, rule in spans]
    assert partition(text, labels) == partition_whole(text, labels)
    read = text.replace("a", " ")  # what is white space is asked of the text as read
    assert partition(text, labels, read) == partition_whole(text, labels, read)


def test_many_spans_ended_under_a_long_one_give_the_same_partition() -> None:
    # a long span of high priority over many short ones: those ended below the top are dropped on the way
    text = "ab\n" * 400
    labels = [Cut(0, len(text), "body"), *(Cut(i, i + 2, "page-menu") for i in range(0, len(text), 3))]
    labels.append(Cut(5, len(text) - 5, "rights"))
    labels += [Cut(i, i + 1, "pipe-line") for i in range(1, len(text), 6)]
    assert partition(text, labels) == partition_whole(text, labels)
    assert "".join(seg.text for seg in partition(text, labels)) == text
