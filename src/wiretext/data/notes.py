"""Every kind of :class:`~wiretext.Note`, and what a note of that kind means: a closed list.

Consumers filter on ``Note.kind``; this table is the list they can rely
on.  The JSON Schema's ``Note.kind`` is an enum of its keys
(:func:`wiretext.schema`), ``Article.from_dict`` rejects a kind not in it,
and ``docs/model.md`` prints it (``tools/gen_schema.py`` writes the table).
``tests/test_note_kinds.py`` holds the code to it: every kind the code
emits on the examples, the tests' inputs and the shared corpora is here.

A note says one of three things: text was **removed** (it is in no field
and not in the body: the meaning says what that text was), a field was
**taken from** somewhere other than the printed text, or the parser was
**unsure** of something.

>>> NOTE_KINDS["pipe-line"]
'removed: a line of pipe characters only (table debris of a crawl)'
>>> sorted(k for k in NOTE_KINDS if k.startswith("year"))
['year-from', 'year-missing']
"""

from __future__ import annotations

__all__ = ["NOTE_KINDS"]

#: Note kind -> what a note of that kind means (for a removal: what the removed text was).
NOTE_KINDS: dict[str, str] = {
    # -- Characters removed anywhere in the text (noise.py) ---------------------
    "byte-order-mark": "removed: a byte-order mark at the start of the text",
    "control-character": "removed: C0 control characters (but tab, line feed and carriage return) and DEL",
    "invisible-character": "removed: invisible format characters in words (soft hyphen, zero width space, word joiner)",
    "lone-surrogate": "replaced: lone surrogates (half a UTF-16 pair, not text) by U+FFFD",
    "html-tag": "removed: an HTML tag left in the text (<br>, <p>, <a href=...>)",
    "caret-return": "removed: a carriage return spelled out as ^M by an old export",
    "trailing-pipe": "removed: pipe characters at the end of a line (table debris of a crawl)",
    # -- Lines removed: page and crawl debris (noise.py) -----------------------
    "pipe-line": "removed: a line of pipe characters only (table debris of a crawl)",
    "rule-line": "removed: a separator line of dashes, equals signs, stars or the like",
    "advertisement": "removed: an advertisement label line",
    "share-prompt": "removed: a prompt to share the story (Share on Facebook, Tweet, E-mail)",
    "subscribe-prompt": "removed: a prompt to subscribe or sign up for a newsletter",
    "read-more": "removed: a 'Read more' or 'Related' link line",
    "photo-credit": "removed: a picture's credit or caption line (not a rights notice)",
    "breadcrumb": "removed: a site's breadcrumb trail (Home > World > Europe)",
    "comment-prompt": "removed: a comments prompt or count",
    # -- Web page text around the story (page.py) ------------------------------
    "page-title": "removed: the page's title line (site name and all), when the headline is taken from it",
    "page-before-story": "removed: page text before the story (menus, teasers, Listen/Share furniture, time stamps)",
    "page-after-story": "removed: page text after the story (related links, comments, newsletters, footers)",
    "page-caption": "removed: a picture credit (Foto: dpa, Getty Images) or a short line under a caption",
    "page-cookie": "removed: a cookie or consent banner",
    "page-embed": "removed: a post embedded from a social network (its signature and link line)",
    "page-link-list": "removed: a run of short lines that is a menu or a list of links (Read more: ...)",
    "page-repeated-line": "removed: a line the page prints more than once (Advertisement, a paragraph's copy)",
    "page-share": "removed: a share bar (Share on Facebook, Artikel teilen)",
    "page-stamp": "removed: a web page's time stamp at the story's head (Updated Dec. 2, 2024 - 02:24)",
    "page-markup": "removed: another extractor's markup in page text (Markdown links, pictures, **, # headings)",
    "site-rights": "removed: a web site's own rights footer (the story's notice is kept in rights)",
    # -- Wire transmission codes (wire.py, _wire_*.py) ----------------------------
    "wire-control": "removed: transmission control codes (SOH, STX, ETX, EOT, SYN) or their &Cx..; spellings",
    "wire-header": "removed: the transmission's heading or selector line (service, number, priority, word count)",
    "wire-slug": "removed: the keyword (slug) line of a transmission",
    "wire-marker": "removed: end-of-line markers of a transmission header (< or =, &QL;, &LR;)",
    "wire-trailer": "removed: the transmission's trailer (editors' initials, time stamp after ETX)",
    "wire-eds-note": "removed: a note to editors in a transmission (Eds:, ATTENTION EDITORS)",
    "wire-extra": "removed: a dpa priority flag on its own line (EXTRA, Achtung, EILT, URGENT)",
    "wire-notebook": "removed: a dpa notebook block (internet links, contacts for editors)",
    "wire-photo-line": "removed: a transmission's photo or graphics line",
    "wire-summary": "removed: a header line of a transmission after its headline (a summary or second title)",
    "wire-version": "removed: a version flag on its own line (REFILE, CORRECTION, 1ST LEAD, Zusammenfassung)",
    # -- The head and tail of a story (pipeline.py, tail.py) ---------------------
    "credit": "taken off: an agency credit printed on the headline or alone on a line of the head (in agency)",
    "source-credit": "taken off: a source's credit on the story's first line or the headline (not the agency)",
    "desk-tag": "taken off: a desk tag on the headline ((LEAD), (URGENT), (ATTN: ...))",
    "story-code": "removed: a bulletin's story code before the headline ((ME1432) GOBIERNO APRUEBA ...)",
    "byline-from-headline": "taken from: the byline is a name at the headline line's end (... a new life by Jo Lim)",
    "byline-unsure": "unsure: the headline ends in 'by' and a name, a byline or a title's words (kept in the headline)",
    "scraper-marker": "removed: a scraper's marker opening each head line (-- Headline, * By Jane Roe)",
    "url-line": "removed: a web address alone on a line of the head (a scraper's link to the story)",
    "separator": "removed: a separator between the headline and the dateline",
    "head-extra": "unplaced: a line before the dateline that is neither headline nor byline (in no field)",
    "repeated-headline": "removed: the headline printed again at the top of the body",
    "sign-off": "removed: the agency's sign-off at the end of the story (Reuter, -- SPA)",
    "end-mark": "removed: an end-of-story mark ((END), -0-, ###, the desk's initials)",
    "filing-code": "removed: an AP filing code and time (AP-NY-01-03-26 1200GMT)",
    "after-story": "unplaced: text after the story or its rights notice (in no field, not in the body)",
    "repaired": "changed: mojibake or entity debris repaired in the body (nothing removed)",
    # -- Datelines and dates (dateline.py, pipeline.py) --------------------------
    "year-from": "taken from: where the date's year came from (the dateline, a time stamp, reference_date)",
    "year-missing": "unsure: the dateline has no year and nothing gave one, so date is None",
    "impossible-date": "unsure: the dateline's month and day are on no real date, so date is None",
    "unknown-agency": "unsure: a credit in the dateline is no known agency (agency code kept as written)",
    "broadcaster": (
        "taken from: the dateline credits a broadcaster (Radio ..., Domestic Service): the copy's source, not an agency"
    ),
    "broadcast-marker": "removed: a transcript's heading before the copy ([TEXT], [REPORT], [COMMENTARY], a speaker)",
    "place-unresolved": "unsure: the dateline's place could not be resolved to one country",
    "unknown-place": "unsure: the dateline's place is in no table (kept as written): no country, or after a headline",
    "place-border": "unsure: nothing marks where a headline glued to the dateline ends and the place begins",
    # -- Input that is not plain text (pipeline.py, html.py, the command) ------
    "html-input": "unsure: the text looks like a web page's HTML (parse_html reads pages)",
    "encoding": "taken from: the file was not UTF-8; the encoding it was decoded as (the command)",
    "charset": "taken from: the charset a page's bytes were decoded as (parse_html)",
    "not-html": "unsure: parse_html was given text with no markup; it was read as text",
    "no-main-text": "unsure: no main text was found in the page; its whole text was read",
    "headline-from-json-ld": "taken from: the headline is the page's JSON-LD headline",
    "headline-from-meta": "taken from: the headline is the page's <meta> title (og:title and the like)",
    "headline-from-title": "taken from: the headline is the page's <title>",
    "headline-from-h1": "taken from: the headline is the page's first <h1>",
    "date-from-json-ld": "taken from: the date is the page's JSON-LD datePublished (or dateModified)",
    "date-from-meta": "taken from: the date is the page's <meta> publication date",
    "date-from-time": "taken from: the date is the page's <time datetime> element",
    "date-from-page": "taken from: the date is the one htmldate finds in the page's text or address",
    "date-from-transmission": "taken from: the date is the transmission's, in an archive header (APW19991207.0042 ...)",
    "date-from-page-stamp": "taken from: the date is the day a web page's time stamp gives (the dateline has none)",
    "byline-from-json-ld": "taken from: the byline is the author the page's JSON-LD names",
    "byline-from-meta": "taken from: the byline is the author the page's <meta> tags name",
    "byline-from-markup": "taken from: the byline is the page's (or a feed's) byline markup",
    "agency-from-json-ld": "taken from: the agency is an author or publisher the page's JSON-LD names",
    "agency-from-meta": "taken from: the agency is an author the page's <meta> tags name",
    "rights-from-json-ld": "taken from: the rights holder is the page's JSON-LD copyrightHolder",
    # -- Feeds: what the markup states (feeds/_build.py) -----------------------
    "headline-from-markup": "taken from: the headline is the feed item's headline element",
    "dateline-from-markup": "taken from: the dateline is the feed item's dateline element",
    "location-from-markup": "taken from: the place is the one the feed item's markup states",
    "date-from-markup": "taken from: the date is the feed item's markup date",
    "agency-from-markup": "taken from: the agency is the feed item's provider or source element",
    "rights-from-markup": "taken from: the rights notice is the feed item's rights element",
    "item-type": "unsure: an archive document's type is not a story (a Gigaword DOC of type advis or multi)",
    "headline-disagrees": "unsure: the feed markup's headline and the printed one differ (the markup's is kept)",
    "byline-disagrees": "unsure: the feed markup's byline and the printed one differ",
    "location-disagrees": "unsure: the feed markup's place and the dateline's differ",
    "date-disagrees": "unsure: the feed markup's date and the dateline's differ",
    "agency-disagrees": "unsure: the feed markup's agency and the printed credit differ",
    "rights-disagree": "unsure: the feed markup's rights and the printed notice differ",
}
