"""Stage ``rights``: a copyright or rights notice, at the head or the foot of the story.

The notice shapes and holders are :func:`wiretext.rights.find_rights`'s.
This stage decides where the notice counts: inside the story, or in a page
footer the layout cut (the notice is still the story's), and whether it is
a footer, so that the story ends before it (``end``) and what follows it
(``after_rights`` to ``story_end``) is left to ``tail``.  A site's notice
below the story's own is cut (``site-rights``).
"""

from __future__ import annotations

import attrs

from .._spans import Cut, mask
from ..normalize import repair, squash
from ..rights import find_rights, rights_and_footers
from .state import State

__all__ = ["run"]


def run(s: State) -> None:
    """Set ``rights``; a footer moves ``end`` before it and sets ``after_rights``."""
    start, end, text, work = s.start, s.end, s.text, s.work
    rights, footers = rights_and_footers(work, start, end)
    for fs, fe in footers:  # a site's notice below the story's own
        s.label(fs, fe, "site-rights", removed=True)
        work = mask(work, [Cut(fs, fe, "site-rights")])
    s.work = work
    outside = None
    if rights is None and s.base is not text:
        # A page's footer was cut with the page furniture (or a notice taken
        # for a caption): the notice in it is still the story's.
        outside = find_rights(text, end) or find_rights(text, 0, end)
    if outside is not None:
        s.label(*outside.span, "rights")
        s.rights = attrs.evolve(outside, text=squash(repair(outside.text)))
    if rights is not None:
        rs, re_ = rights.span
        s.label(rs, re_, "rights")
        s.rights = attrs.evolve(rights, text=squash(repair(rights.text)))
        if rs - start > (end - re_):
            s.end, s.after_rights = rs, re_  # a footer: the story ends before it
        s.work = mask(work, [Cut(rs, re_, "rights")])
