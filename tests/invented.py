"""Invented copy the page tests share: a harbour story's paragraphs and a site's menus, in no real page's words."""

from __future__ import annotations

HARBOUR = (
    "The harbour authority reopened the northern quay on Tuesday after a week of repairs to the sea wall,"
    " letting ferries dock again, a spokesman said.",
    "Engineers replaced two hundred metres of stone and raised the wall by half a metre, the authority said,"
    " adding that the work had cost less than planned.",
    "Ferry operators said timetables would return to normal from Thursday, and that tickets bought for"
    " cancelled crossings would be refunded in full.",
)
"""Three paragraphs of a story, long enough to read as one."""

SECTIONS = ("World", "Business", "Sport", "Culture", "Travel", "Opinion")
"""A site's menu."""

FOOTER = ("Contact", "Privacy", "Imprint", "Jobs")
"""A site's footer links."""
