"""Page and transmission debris: named rules that cut spans out of the story.

Each rule is a pattern in :data:`RULES`; a match is a :class:`~wiretext._spans.Cut`
carrying the rule's name, which ``explain`` and the Article's notes show.  The
patterns are bounded (no nested unbounded repetition), so every rule runs in
time linear in the text.
"""

from __future__ import annotations

import functools

import regex

from ._spans import Cut

__all__ = ["RULES", "find_noise"]

#: Rule name -> pattern.  Line rules are anchored with ``(?m)`` to whole lines
#: and take their line break with them.
RULES: tuple[tuple[str, str], ...] = (
    # Control characters a terminal or a wire leaves (not tab, LF, CR).
    ("control-character", r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]++"),
    # Zero-width and invisible format characters: ZWSP, ZWNJ, ZWJ, word
    # joiner, BOM inside the text, soft hyphen.
    ("invisible-character", r"[\u200b-\u200d\u2060\ufeff\u00ad]++"),
    # Scraped table cells: a line holding only "|" (the seed), or only a
    # rule of - = _ * ~ # + (table borders, section rules).
    ("pipe-line", r"(?m)^[ \t]*+\|[ \t|]*+(?:\n|$)"),
    ("rule-line", r"(?m)^[ \t]*+(?:[-=_*~#+][ \t]*+){3,}+(?:\n|$)"),
    # A cell border left at the end of a paragraph: "... foreign citizens. |"
    ("trailing-pipe", r"(?m)[ \t]++\|[ \t|]*+$"),
    # Leftover HTML tags: "<p>", "</div>", "<br/>" (not "<SRD>" stock tickers:
    # tags are lower case here and known by name).
    (
        "html-tag",
        r"</?(?:p|div|span|br|a|b|i|em|strong|ul|ol|li|h[1-6]|table|tr|td|th|img|figure|figcaption|section|article|header|footer|nav|script|style|iframe|hr)(?:[ \t][^<>\n]{0,200}+)?/?>",
    ),
    # Page furniture lines in several languages.
    (
        "advertisement",
        r"(?mi)^[ \t]*+(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|реклама|sponsored(?: content)?|ad)[ \t]*+(?:\n|$)",
    ),
    (
        "share-prompt",
        r"(?mi)^[ \t]*+(?:share(?: this(?: article| story)?)?(?: on [a-z]{2,20})?|tweet|email|print|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|copy link|teilen|partager|compartir|condividi)[ \t]*+:?[ \t]*+(?:\n|$)",
    ),
    (
        "subscribe-prompt",
        r"(?mi)^[ \t]*+(?:subscribe|sign up|newsletter|follow us|jetzt abonnieren|abonnez-vous|suscríbete)[^\n]{0,80}+(?:\n|$)",
    ),
    (
        "read-more",
        r"(?mi)^[ \t]*+(?:read more|more from|related(?: articles| stories| news)?|see also|mehr zum thema|lire aussi|à lire aussi|leer más|leggi anche|continue reading)\b[^\n]{0,160}+(?:\n|$)",
    ),
    ("comment-prompt", r"(?mi)^[ \t]*+(?:\d{1,6}[ \t]++)?(?:comments?|leave a comment|kommentare)[ \t]*+(?:\n|$)"),
)


@functools.cache
def _compiled() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    return tuple((name, regex.compile(p)) for name, p in RULES)


def find_noise(text: str, start: int = 0, end: int | None = None) -> list[Cut]:
    """Return the debris in ``text[start:end]`` as sorted, non-overlapping cuts.

    When two rules claim overlapping text, the cut that starts first (the
    longer one on a tie) wins.

    >>> text = "|\\nPort reopens |\\nAdvertisement\\nShips came in."
    >>> [(text[c.start:c.end], c.rule) for c in find_noise(text)]
    [('|\\n', 'pipe-line'), (' |', 'trailing-pipe'), ('Advertisement\\n', 'advertisement')]
    """
    stop = len(text) if end is None else end
    found: list[Cut] = []
    for name, pattern in _compiled():
        found.extend(Cut(m.start(), m.end(), name) for m in pattern.finditer(text, start, stop) if m.end() > m.start())
    return merge(found)


def merge(cuts: list[Cut]) -> list[Cut]:
    """Sort cuts and drop those that overlap an earlier-listed one.

    >>> merge([Cut(5, 9, "b"), Cut(0, 6, "a")])
    [Cut(start=0, end=6, rule='a')]
    """
    taken: list[Cut] = []
    for cut in sorted(cuts, key=lambda c: (c.start, -(c.end - c.start))):
        if taken and cut.start < taken[-1].end:
            continue
        taken.append(cut)
    return taken
