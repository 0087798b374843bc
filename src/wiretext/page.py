r"""Find the story inside the text of a whole scraped web page.

A scraper hands over the text of a whole page: html-text's layout dump, a
BeautifulSoup ``get_text()``, or a main-text extractor's output such as
trafilatura's.  Around the dispatch stand menus, breadcrumbs, share bars,
cookie banners, picture credits, "Related" lists, comments and footers.
:func:`find_story` says where the story stands: the headline's span, the
offsets where the story starts and ends, and the page furniture to cut, each
cut named by a rule.  It only points; it never changes the text.

>>> page = "\n".join([
...     "Storm closes port - News - Example Times",
...     "", "Home", "World", "Business", "Sport", "",
...     "Storm closes port", "",
...     "The harbour authority closed the port on Monday as winds reached "
...     "120 km/h along the coast, stranding dozens of ships at anchor.", "",
...     "Officials said the port would reopen once the storm has passed, "
...     "probably on Wednesday, and that no one had been hurt so far.", "",
...     "Related", "Ferries cancelled", "Flood warning issued", "",
...     "© 2024 Example Times. All rights reserved.",
... ])
>>> story = find_story(page)
>>> page[story.headline[0]:story.headline[1]]
'Storm closes port'
>>> page[story.start:story.end].splitlines()[-1][:40]
'Officials said the port would reopen onc'
>>> sorted({cut.rule for cut in story.cuts})
['page-after-story', 'page-before-story', 'page-title']

Theory of operation
-------------------
The text is cut into lines; a line keeps its offsets, its words (casefolded
``\w+`` runs; a run of CJK characters counts a word for every three of them)
and whether it ends a sentence.  Blank lines matter: layout dumps put one
between blocks, so a short line *without* a blank line before it belongs to
the block above (a picture credit under its caption, an item of a menu).

1. **Page or story?**  A page shows many short lines that end no sentence
   (menu items, buttons) in a layout of blank-line separated blocks, or its
   first line is the HTML ``<title>`` and comes back further down (a short
   "Skip to content" link may stand above it).  Text that shows neither is
   *text*, and its layout tells what it is:

   - *wire copy* -- hard-wrapped (lines going on in lower case from a line
     that ends no sentence) or set in capitals, as Reuters-1987 or MUC
     messages are -- stays whole: the answer is ``None``.  Most copy is told
     at a glance, from its raw lines, before any line's words are read: the
     same tests on bounds that need no word counts, so the early answer is
     the answer the whole reading would give.
   - *an extractor's output* (trafilatura: a paragraph a line) is cut where
     it carries furniture: a time stamp above the lead, runs of three short
     or bulleted lines ending no sentence (teaser and link lists, tables),
     teasers behind a cue ("Lesen Sie auch: ...", "MORE: ..."), posts
     embedded from social networks, and its end when the end costs: a
     right-to-left scan finds the suffix that costs most, where sentences
     pay their words and cue lines, contact lines (an e-mail address, a
     link), short lines ending no sentence, widget labels that come back,
     reader questions ("Feedback?"), teasers cut off mid-sentence and lines
     saying the same words twice (a link's title and text) cost.
   - any other text (a brief, a table of figures) gets only the safest cuts.

   Everywhere in text, a repeated copy of the story, boilerplate lines that
   come back three times, picture credits, and a tail after "Related" /
   "Comments" holding no more prose are cut; with nothing to cut the answer
   is ``None``.

2. **Scores.**  Each line of a page scores by its size: a sentence (it ends
   with ``. ! ? 。`` ...) earns its words minus a small cost; a line that ends
   no sentence earns a third of its words minus a larger cost, so that menu
   items, teaser titles and buttons cost and paragraphs pay.  Lines repeated
   on the page, lines inside runs of short lines (menus, link lists), cue
   lines opening a block of links ("Related", "Mehr zum Thema", "関連記事", a
   short multilingual list used as a secondary signal) and cookie notices
   cost more; a rights notice ("© 2024 Site", "All rights reserved") is a wall
   the story does not cross.

3. **Stretches.**  A left-to-right scan groups the lines into stretches of
   prose: a stretch starts at a paying line and ends where its running sum
   has fallen well below its best (an X-drop, so a few captions or an inline
   box do not end a story but a menu does); each stretch is then trimmed to
   its best-paying suffix.  A stretch that starts within a few lines after
   the end of the chosen one, and pays more than the break costs, is joined
   to it (ads between paragraphs).

4. **Headline.**  The first line of a page is usually its ``<title>``:
   ``Headline - Section - Site`` or ``Headline | Site``.  Lines further down
   that repeat the title or one of its prefixes (word for word, or sharing
   most of their words, or being the title less a kicker) are headline
   candidates; the candidate followed most closely by a well-paying stretch
   wins, and the story starts there.  Pages that repeat the title and then
   show ``Kicker / own headline / lead`` get their own headline; a headline
   the page splits over two lines (``Kicker`` / ``Headline``) is taken whole
   from the title.  Where the title and the page spell the same words
   differently (straight and curly quotes, a colon the layout lost) the
   title's spelling is kept.  Without a candidate, a headline-shaped line
   shortly before the stretch that shares words with the title is taken;
   failing that, the title less its site and section names.

5. **Debris.**  Between the headline and the first paragraph, lines that do
   not pay are cut unless they may be the byline or dateline; inside the
   story, short lines repeated elsewhere on the page, second copies of
   paragraphs, runs of short lines, share bars, cookie notices and picture
   credits are cut.

6. **Other extractors.**  Text that html2text (Markdown), BeautifulSoup's
   ``get_text()`` (the page's blocks glued together) or inscriptis
   (indented, no ``<title>`` line) made is read through a view of it
   (:mod:`wiretext._pagetext`): the markup left out, wrapped lines joined,
   glued blocks put on lines of their own; the story found in the view is
   pointed at in the text.  With no ``<title>`` line, the headline is a line
   the markup marks (html2text's ``#``), else one a byline or time stamp
   follows, leading into the story.

Every step is a single pass or a bounded window over the lines, and every
regular expression is linear, so the time is linear in the size of the text.
Plain dispatches, the most common input, cost least: two-line items are
answered from their line count, wire copy from one pass over its raw lines;
lines are read (words counted, casefolded) only when the text may be a page
or an extractor's output, and scored only on a page.  Cheap string tests
spare most lines the slower searches (rights notices, credits, cookies).

Rules
-----
``page-title``
    The ``<title>`` line at the top (all of it when the headline is found
    below, its site and section names when the headline is taken from it).
``page-before-story``
    Everything between the title line and the story: menus, breadcrumbs,
    banners, teasers; and, between the headline and the first paragraph,
    furniture such as "Listen", "Share", reading times, time stamps
    ("Stand: 22.04.2024, 06:00 Uhr"); a "Skip to content" link above the
    title.
``page-after-story``
    Everything after the story's end: related links, "More from", comments,
    newsletters, footers, rights notices, consent banners; in an extractor's
    output, the end that costs (calls to write in, author boxes, link
    lists, teasers).
``page-repeated-line``
    A short line that comes back elsewhere on the page (an "Advertisement"
    marker, a "Continue reading below"), the second copy of a paragraph, or
    the page's copy of a headline taken from the title.
``page-link-list``
    A run of short lines with no blank line between them (an inline menu);
    in an extractor's output, a run of short or bulleted lines ending no
    sentence, or a teaser behind a cue ("Read more: Title").
``page-embed``
    A post embedded from a social network: its signature ("— Name (@handle)
    May 6, 2025") and the line ending with its link.
``page-share``
    A share bar ("Share on Facebook", "Artikel teilen", "シェア").
``page-caption``
    A picture credit ("Foto: dpa", "© Reuters", "Getty Images") or a short
    line hanging under a caption.
``page-cookie``
    A consent or cookie notice inside the story.
``page-markup``
    html2text's Markdown: a link's brackets and address, a picture, the
    marks of bold text and headings, an escape.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from itertools import islice, pairwise

import attrs

from ._lazy import lazy_re
from ._pagetext import View, view
from ._spans import Cut

__all__ = ["Story", "find_story"]


def __dir__() -> list[str]:
    return list(__all__)


@attrs.frozen
class Story:
    """Where the story stands inside a page's text.

    ``headline`` is the span of the story's title (inside the page's own
    headline line, or inside the ``<title>`` line at the top when that spells
    it better), or ``None``.  ``start`` and ``end`` bound the story: headline,
    byline, dateline and body.  ``cuts`` are the spans to remove as page
    furniture, each named by a rule: everything outside ``[start, end)`` and
    the debris inside it; they are sorted and do not overlap.

    >>> Story(headline=(0, 5), start=0, end=40, cuts=(Cut(6, 12, "page-share"),))
    Story(headline=(0, 5), start=0, end=40, cuts=(Cut(start=6, end=12, rule='page-share'),))
    """

    headline: tuple[int, int] | None
    start: int
    end: int
    cuts: tuple[Cut, ...]


# ---------------------------------------------------------------------------
# Tables (secondary cues: the page's structure decides, these only help)
# ---------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    """Split a table written as white-space separated words."""
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    """Split a ``;``-separated table into phrases, each folded to its words."""
    return frozenset(" ".join(p.split()) for p in text.split(";")) - {""}


_END_CUES = _phrases(
    """
    related; related articles; related stories; related content; related topics; related news;
    more from; more on this story; more stories; more news; read more; read next; recommended;
    you may also like; you might also like; most read; most popular; trending; comments;
    latest news; top stories; more on this topic; see also; also read; read also;
    mehr zum thema; weitere artikel; das könnte sie auch interessieren; lesen sie auch;
    auch interessant; meistgelesen; meistgelesene artikel; kommentare; zum thema;
    weitere themen; empfehlungen; ähnliche artikel; mehr aus dem ressort; weitere nachrichten;
    à lire aussi; lire aussi; sur le même sujet; articles liés; plus d articles; les plus lus;
    commentaires; voir aussi; à voir aussi; dans la même rubrique;
    noticias relacionadas; te puede interesar; lo más leído; más noticias; comentarios;
    lee también; relacionado; leggi anche; articoli correlati; potrebbe interessarti;
    i più letti; commenti; ti potrebbe interessare; leia também; notícias relacionadas;
    mais lidas; lees ook; meer nieuws; gerelateerd; les også; mer om; läs också; relaterat;
    mest lest; mest läst; relaterte saker; czytaj więcej; czytaj także; zobacz także;
    čtěte také; související články; ilgili haberler; おすすめ情報;
    関連記事; あわせて読みたい; 関連ニュース; おすすめ記事; 人気記事; ランキング;
    관련기사; 관련 기사; 많이 본 뉴스; 추천 기사; 相关新闻; 相关阅读; 推荐阅读; 相關新聞
    """
)
"""Short lines (folded to their words) that open a block of links or comments."""

_TEASER_CUES = _phrases("more; mehr; plus; más; meer; mer; więcej")
"""Words that open a teaser before a colon ("MORE: Title"), but alone mark wire copy's
continuation ("More" at the end of a take), so they are no cue on their own."""

_SHARE_WORDS = _words(
    """
    share shares sharing teilen geteilt partager partagez compartir comparte condividi
    compartilhar compartilhe delen dela del deel udostępnij paylaş sdílet シェア 공유 分享
    facebook twitter whatsapp linkedin telegram pinterest reddit email e mail x xing
    threads bluesky flipboard tumblr messenger sms copy link kopieren copier copiar
    drucken print imprimer imprimir stampa artikel article this on via auf per
    """
)
"""Words of a share bar; a short line made mostly of them is one."""

_SHARE_VERBS = _words(
    "share teilen partager compartir condividi compartilhar delen dela del シェア 공유 分享"
)
"""The verb that makes a line of network names a share bar rather than a menu."""

_COOKIE = lazy_re(r"\b(?:cookies?|gdpr)\b|クッキー|쿠키")
"""Words of consent banners ("We use cookies ..."), searched in a line's folded words."""

_CONSENT = lazy_re(
    r"""\b(?:consent|accept|settings|preferences|privacy|policy|partners|tracking
         |einwilligung|zustimm\w*|akzeptier\w*|einstellungen|datenschutz\w*
         |consentement|accepter|paramètres|confidentialité
         |consentimiento|aceptar|configuración|privacidad|consenso|accett\w*|impostazioni
         |samtykke|godta|innstillinger|samtycke|godkänn\w*|zgod\w*|souhlas\w*)\b
      | 同意 | 동의 | 設定""",
    re.VERBOSE,
)
"""Consent words: with a cookie word, or on a short line, they make a consent notice."""

_RIGHTS = lazy_re(
    r"""^(?:copyright\b|[©ⓒ]|\(c\)\s|<copyright)            # "© 2024 Site", "Copyright © X"
      | ^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*[©ⓒ]  # "2012 - 2020 © by X"
      | all\ rights\ reserved | alle\ rechte\ vorbehalten | tous\ droits\ réservés
      | todos\ los\ derechos\ reservados | tutti\ i\ diritti\ riservati
      | todos\ os\ direitos\ reservados | alle\ rettigheter\ reservert
      | 무단\ ?전재 | 版权所有 | 無断転載 | 無断で転載""",
    re.IGNORECASE | re.VERBOSE,
)
"""A rights notice.  Short lines matching it, with a year or a rights word, end a story."""

_RIGHTS_WORD = lazy_re(
    r"(?:19|20)\d\d|copyright|rights|rechte|droits|derechos|diritti|전재|版权|無断", re.IGNORECASE
)

_CREDIT = lazy_re(
    r"""©
      | \b(?:foto|fotos|photo|photos|picture|bild|bilder|credit|crédit|crédito|kuva
           |bilde|zdjęcie|fotografía|illustration)\s*:    # "Foto: dpa", "Picture: PA"
      | getty\ images | shutterstock | istock | \bimago\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""A picture credit, in any mode: "Foto: X", "© X", "Getty Images"."""

_CREDIT_MARKS = (
    "©", "foto", "photo", "picture", "bild", "credit", "crédit", "kuva", "zdjęcie",
    "illustration", "getty", "shutterstock", "istock", "imago",
)
"""What every match of ``_CREDIT`` holds, lower-cased: a text without them holds no credit."""

_AGENCY_CREDIT = lazy_re(
    r"\b(?:dpa|afp|reuters|epa|ansa|keystone|belga|efe|apa|ap\ photo)\b|/\s?(?:ap|pa)\b"
    r"|\b(?:quelle|source|fuente|fonte|video)\s*:",
    re.IGNORECASE,
)
"""An agency or source named on a line that ends no sentence: a credit, on a page."""

_CAPS_CREDIT = lazy_re(r"\bASSOCIATED PRESS\b")
"""A picture credit naming the agency in capitals, as AP's captions do ("Jane Doe, ASSOCIATED PRESS")."""

_BY_WORDS = _words("by von par por di av door af przez od de da ved")
"""First words of a byline; a zone line opening with one is kept for the byline stage."""

_DATEISH = lazy_re(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b")

_CJK_DATE = lazy_re(r"\d{1,2}月\d{1,2}日|\d{1,2}時\d{1,2}分|\d{1,2}월 ?\d{1,2}일")

_TERMINAL = frozenset(".!?。！？…।॥؟۔")
"""Characters that end a sentence (closing quotes and brackets are looked through)."""

_CLOSERS = "\"'”’»«“)]）」』】 \t"

_TITLE_SEP = lazy_re(
    r"""(?<!\s)\s+[-|–—·•:›»~/*]{1,2}\s+   # "Headline - Site", "A :: B", "A / B"
      | (?<!\s)\s*[|｜]\s*                  # "Headline|Site"
      | (?<!\s)\s*--\s*                     # "标题--国内--示例网"
      | _                                   # "Headline_Site"
      | (?<!\s)\s+[-–—]\s*$                 # a dangling dash""",
    re.VERBOSE,
)
"""Separators between the pieces of a ``<title>`` line.  A match starts only where
white space starts (the look-behinds), so a long run of blanks is scanned once."""

_WORD = lazy_re(r"\w+")
_URL = lazy_re(r"://|www\.")
_CJK = lazy_re(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_DIGIT = lazy_re(r"\d")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
"""Soft hyphens and zero-width characters, dropped before words are compared."""
_HIDDEN = lazy_re("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")

# ---------------------------------------------------------------------------
# Tunables (set on the fundus pages of shared/corpora/pages.jsonl)
# ---------------------------------------------------------------------------

_TERM_COST = 5.0
"""What a sentence costs before its words pay."""

_OPEN_RATE, _OPEN_COST = 0.3, 13.0
"""A line ending no sentence pays this share of its words, less this cost."""

_CUE_PENALTY = 30.0
"""Extra cost of a line such as "Related" or "Mehr zum Thema"."""

_DROP = 100.0
"""How far a stretch's running sum may fall below its best before the stretch ends."""

_BRIDGE_LINES, _BRIDGE_MIN = 25, 50.0
"""A break of at most this many lines is bridged to a stretch paying at least this."""

_TAIL_MIN = 12.0
"""How much the end of an extractor's output must cost to be cut as furniture."""

_LIST_UNITS = 20
"""In an extractor's output, a line of at most this many words ending no sentence is a list item."""

_HEAD_LINES = 8
"""In an extractor's output, furniture above the first paragraph is sought this many lines down."""

_LONG = 8
"""A line of at least this many words is long: prose, or wrapped copy."""

_LOOKAHEAD = 3
"""How many of the well-paying stretches after a headline candidate compete for it."""
_DECAY = 15.0
"""A stretch starting this many lines (beyond the first five) after a candidate counts half."""

_LONE_PROSE, _LONE_COST = 10, 8.0
"""A line standing alone between two sentences of this many words costs at most this."""

_SHORT = 4
"""A line of at most this many words, ending no sentence, is short."""

_RUN = 3
"""This many short lines without a blank line between them make a link list."""

_MAX_LINE = 20_000
"""Words are counted on at most this many characters of a line."""

_MAX_TITLE = 1_000
"""A title line is read no further than this."""


# ---------------------------------------------------------------------------
# Lines
# ---------------------------------------------------------------------------


class _Line:
    """One line holding a word: its stripped text, offsets and word counts."""

    __slots__ = ("dkey", "end", "gap", "key", "start", "term", "text", "units")

    def __init__(self, text: str, start: int, end: int, gap: bool) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.gap = gap  # a blank line (or a line without words) stands before it
        sample = text[:_MAX_LINE]
        if sample.isascii():  # no CJK, no invisible characters: casefold is lower
            words = _WORD.findall(sample.lower())
            self.units = len(words)
        else:
            words = _WORD.findall(_fold(sample))
            self.units = len(words) + len(_CJK.findall(sample)) // 3
        self.key = " ".join(words)
        self.dkey = self.key  # with figures as 0 on a page: "Advertisement 2" == "... 3"
        self.term = text.rstrip(_CLOSERS)[-1:] in _TERMINAL


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence, looking through closing quotes and a sign-off.

    >>> _ends_sentence('He said: "Yes."'), _ends_sentence("Entry is free. (kas)")
    (True, True)
    >>> _ends_sentence("Read more")
    False
    """
    end = text.rstrip(_CLOSERS)
    if end[-1:] in _TERMINAL:
        return True
    if text.endswith((")", "）")):
        # "... ist frei. (kas)", "...。（記者 X）": a sign-off in brackets after the sentence
        at = max(text.rfind("(", 0, len(text) - 1), text.rfind("（", 0, len(text) - 1))
        if at > 0 and len(text) - at <= 40:
            return text[:at].rstrip(_CLOSERS)[-1:] in _TERMINAL
    return False


# A line holding a word (a ``\w``, as _WORD finds one), whole: the engine
# skips the lines without one, so a page of a million lines of "|" or "-"
# is neither split into a million strings nor visited line by line.
_WORDY_LINE = lazy_re(r"(?m)^[^\n\w]*+\w[^\n]*+")


def _lines(text: str) -> list[_Line]:
    """Split ``text`` into lines holding a word, with the offsets of their stripped text."""
    out: list[_Line] = []
    after = -2  # the line break after the last line holding a word
    for m in _WORDY_LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        s = m.start() + (len(raw) - len(raw.lstrip()))
        # a gap: a blank line, or a line without words, stands before it
        out.append(_Line(stripped, s, s + len(stripped), m.start() != after + 1))
        after = m.end()
    return out


def _toks(key: str) -> list[str]:
    """Comparison tokens of a key: its words, with CJK runs cut into character pairs."""
    if key.isascii():
        return key.split()
    out: list[str] = []
    for w in key.split():
        if len(w) > 2 and _CJK.search(w):
            out.extend(w[i : i + 2] for i in range(len(w) - 1))
        else:
            out.append(w)
    return out


def _fold(text: str) -> str:
    """Casefold ``text`` and drop its soft hyphens and zero-width characters."""
    text = text.casefold()
    return text.translate(_INVISIBLE) if _HIDDEN.search(text) else text


def _keyed(text: str) -> str:
    return " ".join(_WORD.findall(_fold(text)))


def _share(line: _Line) -> bool:
    """Whether a line is a share bar: short, mostly network names and share verbs."""
    if line.units > 12 or line.term:
        return False
    words = line.key.split()
    hits = sum(w in _SHARE_WORDS for w in words)
    return bool(words) and hits * 2 >= len(words) and any(w in _SHARE_VERBS for w in words)


def _cue(line: _Line) -> bool:
    """Whether a line opens a block of links or comments ("Related", "Kommentare")."""
    return line.units <= 6 and not line.term and line.key in _END_CUES


def _rights(line: _Line) -> bool:
    """Whether a line is a rights notice ("© 2024 Site", "Alle Rechte vorbehalten")."""
    if line.units > 20:
        return False
    text = line.text
    folded = text.lower()
    # every notice holds one of these: they spare most lines the slower search
    if not (
        "©" in text
        or "ⓒ" in text
        or "(c" in folded
        or "copyright" in folded
        or "serv" in folded  # reserved, réservés, reservados, riservati, reservert
        or "vorbehalten" in folded
        or "무단" in text
        or "版权" in text
        or "無断" in text
    ):
        return False
    return bool(_RIGHTS.search(text)) and bool(_RIGHTS_WORD.search(text))


def _credit(line: _Line, page: bool) -> bool:
    """Whether a line is a picture credit (on a page, also an agency named without a sentence)."""
    if line.units > 40:
        return False
    folded = line.text.lower()
    marked = any(mark in folded for mark in _CREDIT_MARKS)  # spares most lines the search
    if marked and _CREDIT.search(line.text) and not _rights(line):
        return True
    if page and not line.term and "PRESS" in line.text and _CAPS_CREDIT.search(line.text):
        return True  # "Jane Doe, ASSOCIATED PRESS" (in capitals: "By Associated Press" is a byline)
    return page and not line.term and bool(_AGENCY_CREDIT.search(line.text))


def _byline_or_date(line: _Line) -> bool:
    """Whether a short line may be a byline or a dateline (kept for the pipeline's stages)."""
    words = line.text.split()
    if line.units > 12 or not words:
        return False
    if words[0].casefold() in _BY_WORDS or _DATEISH.search(line.text):
        return True
    # "Jane Doe", "Erika Mustermann": a few capitalised words, nothing else
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and w.isalpha() for w in words)


# ---------------------------------------------------------------------------
# The title line
# ---------------------------------------------------------------------------


class _Piece:
    """A stretch ``[start, end)`` of the title line and its comparison tokens."""

    __slots__ = ("end", "key", "prefix", "start", "toks")

    def __init__(self, title: str, start: int, end: int, prefix: bool) -> None:
        self.start = start
        self.end = end
        self.prefix = prefix  # it starts the title: "Headline" of "Headline - Site"
        self.key = _keyed(title[start:end])
        self.toks = set(_toks(self.key))


def _title_pieces(title: str) -> list[_Piece]:
    """Cut the title line into pieces: itself, its prefixes and long suffixes at separators."""
    seps = [(m.start(), m.end()) for m in islice(_TITLE_SEP.finditer(title), 12)]
    spans = [(0, len(title), True)]
    spans += [(0, a, True) for a, _ in seps]
    spans += [(b, len(title), False) for _, b in seps]
    pieces: list[_Piece] = []
    seen: set[str] = set()
    for a, b, prefix in spans:
        piece = _Piece(title, a, b, prefix)
        if piece.key in seen or len(piece.toks) < 2:
            continue
        if not prefix and pieces and len(piece.toks) * 2 < len(pieces[0].toks):
            continue  # "Site" of "Headline | Site": a short suffix names the site
        seen.add(piece.key)
        pieces.append(piece)
    return pieces


def _site_trimmed(title: str) -> int:
    """Where the title's headline ends: before trailing short pieces (site, section, date)."""
    end = len(title)
    for _ in range(12):
        last = None
        for m in _TITLE_SEP.finditer(title, 0, end):
            last = m
        if last is None:
            break
        if len(_toks(_keyed(title[last.end() : end]))) > 3:
            break
        if len(_WORD.findall(title[: last.start()])) < 3:
            break
        end = last.start()
    return end


# ---------------------------------------------------------------------------
# Page features and stretches
# ---------------------------------------------------------------------------


class _Page:
    """Per-line features of one text, computed once."""

    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        n = self.n = len(lines)
        short = [ln.units <= _SHORT and not ln.term for ln in lines]
        self.short = sum(short)
        self.gaps = sum(ln.gap for ln in lines)
        self.in_run = in_run = [False] * n
        i = 0
        while i < n:
            j = i + 1
            if short[i]:
                while j < n and short[j] and not lines[j].gap:
                    j += 1
                if j - i >= _RUN:
                    in_run[i:j] = [True] * (j - i)
            i = j
        self.runs = sum(in_run)
        self.counts: Counter[str] = Counter()
        self.cookie: list[bool] = []
        self.scores: list[float] = []
        self.prefix: list[float] = []

    def score(self) -> None:
        """Score the lines of a page (text mode needs none of this)."""
        lines = self.lines
        for ln in lines:
            if _DIGIT.search(ln.key):
                ln.dkey = _DIGIT.sub("0", ln.key)
        self.counts = Counter(ln.dkey for ln in lines)
        keys = "\n".join(ln.key for ln in lines)
        self.cookie = [False] * self.n
        if _COOKIE.search(keys):  # one look at all the lines spares one a line
            self.cookie = [
                bool(_COOKIE.search(ln.key)) and (ln.units <= 6 or bool(_CONSENT.search(ln.key)))
                for ln in lines
            ]
        self.scores = [self._score(k) for k in range(self.n)]
        self._soften()
        self.prefix = [0.0]
        for v in self.scores:
            self.prefix.append(self.prefix[-1] + v)

    def _score(self, k: int) -> float:
        ln = self.lines[k]
        s = ln.units - _TERM_COST if ln.term else ln.units * _OPEN_RATE - _OPEN_COST
        if self.counts[ln.dkey] > 1 and ln.units < 15:
            s = min(s, -3.0 - min(ln.units, 10))
        if self.in_run[k]:
            s -= 3.0
        if self.cookie[k]:
            s = -abs(s) - 10.0
        if _cue(ln):
            s -= _CUE_PENALTY
        if _rights(ln):
            s = -1000.0
        return s

    def _soften(self) -> None:
        """Make a lone line between two paragraphs (a subheading, an ad marker) cheap."""
        lines, scores = self.lines, self.scores
        for k in range(1, self.n - 1):
            a, b = lines[k - 1], lines[k + 1]
            if (
                scores[k] < 0
                and scores[k] > -_CUE_PENALTY
                and not self.cookie[k]
                and a.term
                and a.units >= _LONE_PROSE
                and b.term
                and b.units >= _LONE_PROSE
            ):
                scores[k] = max(scores[k], -_LONE_COST)

    def is_page(self) -> bool:
        """Whether the text carries page furniture: many short lines, blank-line layout."""
        n, short = self.n, self.short
        return (short >= 12 and self.gaps >= 0.15 * n) or (
            short >= 30 and self.runs >= 0.5 * short and self.gaps >= 0.04 * n
        )

    def blocks(self) -> bool:
        """Whether the text is laid out in blank-line separated blocks, some of short lines.

        In this layout a first line that comes back below is a page's title.
        """
        return self.short >= 5 and self.gaps >= 0.3 * self.n

    def worth(self, lo: int, hi: int) -> float:
        return self.prefix[hi] - self.prefix[lo]

    def headline_shaped(self, k: int) -> bool:
        """Whether line ``k`` could be a headline: a few words in a block of their own."""
        ln = self.lines[k]
        if not 3 <= ln.units <= 40 or self.in_run[k] or self.cookie[k] or _URL.search(ln.text):
            return False
        if not ln.gap and not (k + 1 < self.n and self.lines[k + 1].gap):
            return False  # inside a list (a table of contents)
        last = ln.text.rstrip(_CLOSERS)[-1:]
        return last not in ".:,;" and self.counts[ln.dkey] <= 2 and not _share(ln)


_Stretch = tuple[int, int, float]


def _stretches(scores: list[float], lo: int) -> list[_Stretch]:
    """Find runs of paying lines, each ending where its sum fell ``_DROP`` below its best."""
    out: list[_Stretch] = []
    start = -1
    cur = best = 0.0
    best_end = lo
    for i in range(lo, len(scores)):
        v = scores[i]
        if start < 0:
            if v > 0:
                start, cur, best, best_end = i, v, v, i + 1
            continue
        cur += v
        if cur > best:
            best, best_end = cur, i + 1
        elif cur < best - _DROP:
            out.append(_trim(scores, start, best_end))
            start = -1
    if start >= 0:
        out.append(_trim(scores, start, best_end))
    return out


def _trim(scores: list[float], lo: int, hi: int) -> _Stretch:
    """``[lo, hi)`` with ``lo`` moved to the start of its best-paying suffix."""
    total = 0.0
    best = float("-inf")
    best_lo = lo
    for i in range(hi - 1, lo - 1, -1):
        total += scores[i]
        if total >= best:
            best, best_lo = total, i
    return best_lo, hi, best


def _bridge(page: _Page, stretches: list[_Stretch], hi: int) -> int:
    """Carry the story's end over short breaks (ads, inline boxes) to the stretches after."""
    for a, b, worth in stretches:
        if a < hi:
            continue
        if a - hi > _BRIDGE_LINES or worth < max(_BRIDGE_MIN, -page.worth(hi, a)):
            break
        hi = b
    return hi


# ---------------------------------------------------------------------------
# The headline
# ---------------------------------------------------------------------------

_Candidate = tuple[int, int, "_Piece | None"]  # (quality, line, title piece it spells)


def _candidates(page: _Page, pieces: list[_Piece]) -> list[_Candidate]:
    """Lines repeating the title: word for word (3), or mostly, or less a kicker (2)."""
    if not pieces:
        return []
    whole = pieces[0].toks
    by_key = {p.key: p for p in pieces}
    out: list[_Candidate] = []
    lines = page.lines
    for k in range(1, page.n):
        ln = lines[k]
        if not 2 <= ln.units <= 60:
            continue
        exact = by_key.get(ln.key)
        if exact is not None:
            if not _URL.search(ln.text):
                out.append((3, k, exact))
            continue
        if not ln.gap and not (k + 1 < page.n and lines[k + 1].gap):
            continue  # inside a list (a table of contents)
        toks = set(_toks(ln.key))
        # a piece of the title shares no more words than the whole title does
        if len(toks) < 3 or len(toks & whole) < 0.6 * len(toks) or _URL.search(ln.text):
            continue
        matched = False
        kicked: _Piece | None = None
        for p in pieces:
            shared = len(toks & p.toks)
            if not p.prefix or shared < 0.6 * max(len(toks), len(p.toks)):
                continue
            matched = True
            # "Kultur : Title": the line is the title behind a kicker; the title spells it
            if shared == len(p.toks) and any(q.key == p.key for q in _title_pieces(ln.text)):
                kicked = p
                break
        if matched:
            out.append((2, k, kicked))
        elif len(toks & whole) >= 0.9 * len(toks) and len(toks) >= 0.4 * len(whole):
            out.append((2, k, None))  # the title less its kicker
    return out


def _choose(
    page: _Page, cands: list[_Candidate], stretches: list[_Stretch]
) -> tuple[_Candidate, _Stretch] | None:
    """Pick the candidate followed most closely by a well-paying stretch, and that stretch."""
    top = max(s[2] for s in stretches)
    floor = max(15.0, 0.15 * top)
    good = [s for s in stretches if s[2] >= floor]
    ends = [s[1] for s in good]
    options: list[tuple[float, int, int, _Stretch, _Candidate]] = []
    for cand in cands:
        q, c, _piece = cand
        i = bisect.bisect_right(ends, c + 1)
        for s in good[i : i + _LOOKAHEAD]:
            if s[0] - c > 200:
                break
            worth = page.worth(max(s[0], c + 1), s[1])
            if worth > 0:
                near = worth / (1.0 + max(0, s[0] - c - 5) / _DECAY)
                options.append((near, q, c, s, cand))
    if not options:
        return None
    win = max(options, key=lambda o: o[:3])
    # of the candidates leading into that stretch: the best-matching, then the nearest
    same = [o for o in options if o[3] == win[3] and o[2] <= max(win[2], win[3][0])]
    best = max(same, key=lambda o: (o[1], o[2]))
    return best[4], best[3]


def _nearby_headline(page: _Page, lo: int, title_toks: set[str]) -> int | None:
    """Find a headline-shaped line shortly before line ``lo`` sharing words with the title."""
    best: tuple[float, int] | None = None
    for k in range(lo - 1, max(0, lo - 25), -1):
        if not page.headline_shaped(k):
            continue
        toks = set(_toks(page.lines[k].key))
        shared = len(toks & title_toks)
        if shared < 2 or shared < 0.15 * len(toks):
            continue
        score = shared / len(toks)
        if best is None or score > best[0]:
            best = (score, k)
    if best is None:
        return None
    k = best[1]
    before = page.lines[k - 1]
    # "Headline / longer standfirst": the first of the two is the headline
    if (
        k > 1
        and page.headline_shaped(k - 1)
        and 5 <= before.units <= page.lines[k].units
        and set(_toks(before.key)) & title_toks
    ):
        return k - 1
    return k


def _displayed_headline(page: _Page, c: int, title_toks: set[str]) -> int:
    """Find the page's own headline when the title's copy at ``c`` is followed by one.

    Some pages repeat the title, then show a kicker and their own headline right
    above the lead: ``Title copy / Kicker / Headline / Lead``.
    """
    lines = page.lines
    k = c + 2
    if k + 1 >= page.n or lines[c + 1].units > _SHORT or lines[c + 1].term:
        return c
    ln, lead = lines[k], lines[k + 1]
    if not (lead.term and lead.units >= 12) or not 5 <= ln.units <= 40:
        return c
    if ln.text.rstrip(_CLOSERS)[-1:] in ".:,;" or page.counts[ln.dkey] > 2 or _credit(ln, page=True):
        return c  # a picture credit over the lead is no headline
    toks = _toks(ln.key)
    if not set(toks) & title_toks or sum(t.isdigit() for t in toks) * 3 >= len(toks):
        return c
    return k


def _split_headline(title: str, lines: list[_Line], k: int) -> _Piece | None:
    """Take the headline from the title when the page splits it (``Kicker`` / ``Headline``)."""
    words = list(_WORD.finditer(title.translate(_INVISIBLE)))
    for a, b in ((k - 1, k), (k, k + 1)):
        if a < 1 or b >= len(lines):
            continue
        joined = f"{lines[a].key} {lines[b].key}".split()
        m = len(joined)
        if 3 <= m < len(words) and [w.group().casefold() for w in words[:m]] == joined:
            # offsets in the title less invisible characters: map back to the title
            return _Piece(title, 0, _unshift(title, words[m - 1].end()), True)
    return None


def _unshift(text: str, pos: int) -> int:
    """Map offset ``pos`` of ``text`` less its invisible characters back into ``text``."""
    seen = 0
    for i, ch in enumerate(text):
        if seen == pos:
            return i
        if ord(ch) not in _INVISIBLE:
            seen += 1
    return len(text)


# ---------------------------------------------------------------------------
# Text that is already (mostly) a story
# ---------------------------------------------------------------------------


def _boilerplate(line: _Line) -> bool:
    """Tell a widget's label (short, mixed case, no figures) from a table row."""
    text = line.text
    return (
        3 <= line.units <= 12
        and not line.term
        and not _DIGIT.search(text)
        and text != text.upper()
        and text != text.lower()
    )


def _cue_prefix(line: _Line) -> bool:
    """Whether a line is a teaser behind a cue: "Lesen Sie auch: Title", "READ NEXT: Title"."""
    text = line.text
    for sep in (":", "|"):
        at = text.find(sep, 0, 40)
        if at > 0:
            key = _keyed(text[:at])
            return key in _END_CUES or key in _TEASER_CUES
    return False


_EMBED_SIGNED = lazy_re(r"^[—–-]\s?[^\n]{1,80}\(@\w{1,30}\)[^\n]{0,40}\b(?:19|20)\d\d$")
"""The signature of a post embedded from a social network: "— Name (@handle) May 6, 2025"."""


def _ends_with_link(text: str) -> bool:
    """Whether a line ends with a link ("... pic.twitter.com/x", "... https://t.co/x")."""
    words = text.rsplit(None, 1)
    last = words[-1] if words else ""
    for mark in ("https://", "http://", "pic."):
        at = last.find(mark)
        if 0 <= at < len(last) - len(mark):
            return True
    return False


def _embedded(lines: list[_Line], k: int) -> bool:
    """Whether line ``k`` signs an embedded post, or ends one signed on the next line."""
    if lines[k].units <= 30 and _EMBED_SIGNED.search(lines[k].text):
        return True
    return (
        k + 1 < len(lines)
        and _ends_with_link(lines[k].text)
        and lines[k + 1].units <= 30
        and bool(_EMBED_SIGNED.search(lines[k + 1].text))
    )


_BULLETS = frozenset(["- ", "– ", "• ", "* ", "· ", "| "])
"""How an extractor marks the items of a list (trafilatura: ``- item``)."""

_EMAIL = lazy_re(r"[\w.+-]@[\w-]+\.\w")
"""An e-mail address: a contact line ("Got a story? Write to news@example.com")."""


def _list_item(line: _Line) -> bool:
    """Whether a line of an extractor's output may be an item of a list of links or facts.

    A short line ending no sentence, or a bulleted one that is no clause of a
    sentence running on ("- Investing in roads;").
    """
    if line.term or line.text[-1:] in ":;,":
        return False
    if line.units <= _SHORT:
        return True
    return line.units <= _LIST_UNITS and line.text[:2] in _BULLETS


def _doubled(line: _Line) -> bool:
    """Whether a line says the same words twice: a link's title and its text, a teaser.

    >>> _doubled(_Line("Rain floods old town Rain floods old town", 0, 41, True))
    True
    """
    words = line.key.split()
    half = len(words) // 2
    return half >= 2 and len(words) == 2 * half and words[:half] == words[half:]


def _tail_score(line: _Line, repeated: bool) -> float:
    """What a line pays at the end of an extractor's output: prose pays, furniture costs."""
    if _cue(line) or _cue_prefix(line) or _doubled(line):
        return -_CUE_PENALTY
    if _EMAIL.search(line.text):
        return -15.0
    if repeated:
        return -6.0  # a widget's label ("Log in to comment")
    if line.term or _ends_sentence(line.text):
        if line.units >= 8:
            return line.units - _TERM_COST
        return -4.0 if line.text.rstrip(_CLOSERS)[-1:] in "?？" else 0.0  # "Feedback?"
    if line.units <= 6:
        return -4.0
    if _URL.search(line.text):
        return -15.0  # a link
    if line.units >= 25 and line.text[-1:].isalpha():
        return -10.0  # a teaser cut short in mid-sentence
    return 0.0


def _stamp(line: _Line) -> bool:
    """Whether a line is a time stamp: "Stand: 22.04.2024, 06:00 Uhr", "17:41 JST, Oct 13, 2024"."""
    if line.units > 12 or not (_DATEISH.search(line.text) or _CJK_DATE.search(line.text)):
        return False
    words = line.key.split()
    return sum(_DIGIT.search(w) is not None for w in words) * 2 > len(words)


def _copy_or_extract(lines: list[_Line]) -> str:
    """Tell wire copy from an extractor's output by the layout of the text.

    ``"copy"``: hard-wrapped (long lines ending mid-sentence, lines going on in
    lower case) or set in capitals, as dispatches come off the wire.
    ``"extract"``: a paragraph a line, as a main-text extractor lays out a
    story.  ``"brief"``: neither, holding hardly a sentence (a short item, a
    table of figures).
    """
    long = prose = caps = 0
    for ln in lines:
        if ln.units >= _LONG:
            long += 1
            prose += ln.term
            caps += ln.text.isupper()
    runs_on = sum(not a.term and b.text[:1].islower() for a, b in pairwise(lines))
    if prose * 2 < long or caps * 2 > long or runs_on * 4 >= len(lines):
        return "copy"
    return "extract" if prose >= 3 else "brief"


def _text_story(page: _Page, text: str) -> Story | None:
    """Safe cuts for ``text`` that is not a page: an extractor's output, a dispatch."""
    lines, n = page.lines, page.n
    layout = _copy_or_extract(lines)
    if layout == "copy":
        return None  # wire copy stays whole
    extract = layout == "extract"
    # a whole stretch repeated (an extractor that took the story twice): the later copy
    first: dict[str, int] = {}
    repeat = [False] * n
    for k, ln in enumerate(lines):
        repeat[k] = ln.key in first
        first.setdefault(ln.key, k)
    dup = [repeat[k] and lines[k].term and lines[k].units >= 12 for k in range(n)]
    for k in range(1, n):
        dup[k] = dup[k] or (repeat[k] and dup[k - 1])
    for k in range(n - 2, -1, -1):
        dup[k] = dup[k] or (repeat[k] and dup[k + 1])
    exact = Counter(ln.key for ln in lines)
    listed = _listed(lines) if extract else [False] * n
    lead = 0  # the first paragraph of an extractor's output
    if extract:
        lead = next((k for k, ln in enumerate(lines) if ln.term and ln.units >= 8), n)
    folded = text.lower()
    credits = any(mark in folded for mark in _CREDIT_MARKS)  # spares a look at every line
    first_line = lines[0]
    title = None  # an extractor's first line that is a title comes back as a copy
    if extract and 3 <= first_line.units <= 30 and not first_line.term:
        title = first_line.key
    embeds = "(@" in text

    # -- lines cut on their own --------------------------------------------
    rules: list[str | None] = [None] * n
    for k, ln in enumerate(lines):
        if 0 < k < min(lead, _HEAD_LINES) and _stamp(ln):
            rules[k] = "page-before-story"
        elif dup[k] or (exact[ln.key] >= 3 and _boilerplate(ln)) or (k > 0 and ln.key == title):
            rules[k] = "page-repeated-line"  # boilerplate, or a copy of the title line
        elif (extract and _cue_prefix(ln)) or (listed[k] and not (k < lead and _head(ln, k))):
            rules[k] = "page-link-list"
        elif credits and _credit(ln, page=False):
            rules[k] = "page-caption"
        elif embeds and _embedded(lines, k):
            rules[k] = "page-embed"

    # -- the tail ------------------------------------------------------------
    # a cue line in the second half followed by no more prose: the tail is furniture
    tail = n
    for k in range(n // 2, n):
        if _cue(lines[k]):
            if not any(ln.term and ln.units >= 20 for ln in lines[k + 1 :]):
                tail = k
            break
    if extract:
        # the end of an extractor's output: the suffix that costs most, if it costs enough
        total = low = 0.0
        low_at = n
        for k in range(n - 1, max(n // 2, 1) - 1, -1):
            # lines cut on their own count, but the repeated and credits pay nothing:
            # they come and go between the paragraphs of a story
            if rules[k] in (None, "page-link-list", "page-embed"):
                total += _tail_score(lines[k], exact[lines[k].key] > 1)
            if total < low:
                low, low_at = total, k
        if low <= -_TAIL_MIN:
            tail = min(tail, low_at)

    cuts = [Cut(lines[k].start, lines[k].end, rule) for k, rule in enumerate(rules[:tail]) if rule]
    if tail < n:
        cuts.append(Cut(lines[tail].start, lines[n - 1].end, "page-after-story"))
    if not cuts:
        return None
    head = lines[0]
    headline = None
    if (
        3 <= head.units <= 30
        and not head.term
        and head.text[-1:] not in ":,;"
        and rules[0] is None
        and tail > 0
    ):
        headline = (head.start, head.end)
    end = lines[tail - 1].end if tail > 0 else lines[0].start
    return Story(headline=headline, start=lines[0].start, end=end, cuts=tuple(cuts))


def _head(line: _Line, k: int) -> bool:
    """Whether line ``k`` above the lead may be the headline, a byline or a dateline."""
    return (k == 0 and line.text[:2] not in _BULLETS) or _byline_or_date(line)


def _listed(lines: list[_Line]) -> list[bool]:
    """Mark runs of list items (teaser lists, link lists, tables) in an extractor's output."""
    n = len(lines)
    out = [False] * n
    k = 0
    while k < n:
        j = k
        while j < n and _list_item(lines[j]):
            j += 1
        if j - k >= _RUN:
            out[k:j] = [True] * (j - k)
        k = max(j, k + 1)
    return out


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def find_story(text: str) -> Story | None:
    r"""Return where the story stands in a page's text, or None when it is already a story.

    ``text`` is the text of a whole page (a layout dump, ``get_text()``, or a
    main-text extractor's output).  The answer's offsets index ``text``; see
    :class:`Story` and the module's rules.  ``None`` means there is nothing to
    cut: a plain dispatch stays whole.  Never raises on a ``str``.

    >>> page = "\n\n".join([
    ...     "Rain floods old town | Daily Example",
    ...     "News\nSport\nWeather\nCulture\nTravel\nOpinion",
    ...     "Rain floods old town",
    ...     "Heavy rain flooded the old town overnight, forcing dozens of "
    ...     "residents to leave their homes before dawn.",
    ...     "The river rose two metres in six hours, the fire brigade said, and "
    ...     "more rain is expected on Friday.",
    ...     "Share on Facebook",
    ...     "More from Daily Example\nBridge reopens\nMarket moves",
    ...     "Imprint\nPrivacy\nContact\nJobs",
    ... ])
    >>> story = find_story(page)
    >>> page[story.headline[0]:story.headline[1]]
    'Rain floods old town'
    >>> page[story.start:story.end].endswith("expected on Friday.")
    True
    >>> find_story("BEIRUT (Reuters) - Talks resumed on Monday, officials said.") is None
    True

    An extractor's output (a paragraph a line) loses the end that costs:

    >>> text = "\n".join([
    ...     "Storm closes port",
    ...     "The harbour authority closed the port on Monday as winds reached 120 km/h.",
    ...     "Dozens of ships waited at anchor outside the breakwater, the coast guard said.",
    ...     "Officials said the port would reopen once the storm has passed, on Wednesday.",
    ...     "Read more: Ferries cancelled as storm nears",
    ...     "Got a story? Write to news@example.com",
    ...     "Log in to comment",
    ... ])
    >>> story = find_story(text)
    >>> text[story.start:story.end].endswith("on Wednesday.")
    True
    >>> [(cut.rule, text[cut.start:cut.end].split("\n")[0]) for cut in story.cuts]
    [('page-after-story', 'Read more: Ferries cancelled as storm nears')]
    """
    shown = view(text, copy=False)
    if shown is not None:
        return _viewed_story(shown, text)
    if text.count("\n") < 2 or _plain_copy(text):
        return None
    shown = view(text, copy=True)
    if shown is not None:
        return _viewed_story(shown, text)
    return _laid_out_story(text)


def _laid_out_story(text: str) -> Story | None:
    """The story in text laid out as html-text lays a page out (or in an extractor's output)."""
    lines = _lines(text)
    if len(lines) < 3:
        return None
    page = _Page(lines)
    is_page, blocks = page.is_page(), page.blocks()
    if not is_page and not blocks:
        return _text_story(page, text)
    pieces = _title_pieces(lines[0].text[:_MAX_TITLE])
    skip = _skip_link(lines, pieces)
    if skip is None:
        if not is_page and not _repeated_below(lines, 0, pieces):
            return _text_story(page, text)  # no page layout, no title coming back
        return _page_story(page, pieces)
    # a "Skip to content" link stands above the title: the page starts below it
    story = _page_story(_Page(lines[1:]), skip)
    if story is None:
        return None
    cut = Cut(lines[0].start, lines[0].end, "page-before-story")
    return attrs.evolve(story, cuts=(cut, *story.cuts))


def _plain_copy(text: str) -> bool:
    """Whether :func:`find_story` answers ``None``, judged on the raw lines before any is read.

    It does for a text of fewer than three lines holding a word, and for
    plain wire copy: text whose layout is copy's -- lines going on in lower
    case from a line that ends no sentence (hard-wrapped), long lines mostly
    ending mid-sentence (wrapped), or long lines set in capitals -- and that
    cannot be a page: too few lines after a blank line for a layout of
    blocks, or too few short lines ending no sentence for menus.  These are
    the tests of :func:`_lines`, :func:`_copy_or_extract`,
    :meth:`_Page.is_page` and :meth:`_Page.blocks`, taken on the raw lines
    with bounds where counting words would cost (an ASCII line of fewer than
    ``2 * k - 1`` characters holds fewer than ``k`` words; words are counted
    only on the lines that need it, and only when the bounds do not decide):
    so the answer is ``True`` only where :func:`find_story` gives ``None``.

    >>> _plain_copy("TITLE\\n    CITY, March 3 - Rain fell on\\nthe city on Monday.\\n Reuter\\n")
    True
    >>> _plain_copy("Title | Site\\n\\nHome\\n\\nNews\\n\\nSport\\n\\nA story.")
    False
    """
    gaps = runs_on = 0
    prev = ""  # the last line kept ("": none yet, which counts as ending a sentence)
    kept: list[str] = []
    append = kept.append
    closers, terminal = _CLOSERS, _TERMINAL
    after = -2  # the line break after the last line holding a word
    for m in _WORDY_LINE.finditer(text):
        line = m.group().strip()
        first = line[0]
        if m.start() != after + 1:  # a blank line, or one without words, stands before it
            gaps += 1
        after = m.end()
        # whether the line before ends a sentence is asked only of a line going on in lower case
        if first.islower() and prev and prev.rstrip(closers)[-1:] not in terminal:
            runs_on += 1
        prev = line
        append(line)
    n = len(kept)
    if n < 3:
        return True  # the lines of _lines: find_story answers None at once
    need = _page_short(gaps, n)
    if runs_on * 4 < n and not _capitals(kept):
        # the costlier test of copy waits until the text is known to be no page
        return not _may_be_page(kept, need) and _wrapped(kept)
    return not _may_be_page(kept, need)


def _may_be_page(kept: list[str], need: float) -> bool:
    """Whether ``need`` of the lines may be short: lines ending no sentence, of few words.

    The short lines are counted at most: words are counted only on the lines
    that need it, and the count stops once it reaches ``need``.
    """
    if len(kept) < need:
        return False
    short = 0
    for line in kept:
        if line.rstrip(_CLOSERS)[-1:] not in _TERMINAL:
            short += len(line) < 2 * _SHORT + 1 or not _at_least(line, _SHORT + 1)
            if short >= need:
                return True
    return False


def _capitals(kept: list[str]) -> bool:
    """Whether more than half the long lines are set in capitals (:func:`_copy_or_extract`).

    The long lines are counted at most (an ASCII line of fewer than
    ``2 * _LONG - 1`` characters is not, a line not in capitals is taken as
    long without counting its words), those in capitals at least; the count
    stops as soon as the lines left cannot change the answer.
    """
    long = caps = 0
    left = len(kept)  # lines left, long or not
    for line in kept:
        left -= 1
        if len(line) < 2 * _LONG - 1 and line.isascii():
            continue  # no room for _LONG words
        if not line.isupper():
            long += 1
            if (caps + left) * 2 <= long:
                return False  # even were all the lines left long and in capitals
        elif _at_least(line, _LONG):
            long += 1
            caps += 1
            if caps * 2 > long + left:
                return True  # even were all the lines left long and not in capitals
    return caps * 2 > long


def _wrapped(kept: list[str]) -> bool:
    """Whether fewer than half the long lines end a sentence (:func:`_copy_or_extract`).

    The long lines ending a sentence and those ending none are counted in
    turns (words only on lines with room for ``_LONG`` words), each count
    known to lie between what it has found and that plus the lines it has
    left; the counting stops as soon as the two ranges no longer overlap.
    """
    ends: list[str] = []
    open_: list[str] = []
    for line in kept:
        if len(line) >= 2 * _LONG - 1 or not line.isascii():  # room for _LONG words
            (ends if line.rstrip(_CLOSERS)[-1:] in _TERMINAL else open_).append(line)
    prose = long = 0
    ends_left, open_left = len(ends), len(open_)
    while True:
        if long > prose + ends_left:
            return True
        if long + open_left <= prose:
            return False
        # undecided, so lines are left (with none, one of the tests above holds)
        if open_left:
            long += _at_least(open_[-open_left], _LONG)
            open_left -= 1
        if ends_left:
            prose += _at_least(ends[-ends_left], _LONG)
            ends_left -= 1


def _page_short(gaps: int, n: int) -> float:
    """How many short lines make ``n`` lines with ``gaps`` blocks maybe a page.

    The fewest short lines with which :meth:`_Page.is_page` or
    :meth:`_Page.blocks` may hold (the share of lines in runs is not looked
    at); infinity when the blocks are too few for either.
    """
    if gaps >= 0.3 * n:
        return 5
    if gaps >= 0.15 * n:
        return 12
    if gaps >= 0.04 * n:
        return 30
    return math.inf


def _at_least(line: str, units: int) -> bool:
    """Whether a stripped line holds at least ``units`` words, counted as :class:`_Line` does."""
    if line.isascii():  # words are the runs of \w: one match finds the first ``units``
        return _first_words(units, re.ASCII).match(line, 0, _MAX_LINE) is not None
    sample = line[:_MAX_LINE]
    # folding goes character by character: the words of a folded head are the
    # first words of the folded line, so a head with enough of them decides
    folded = _fold(sample[:_HEAD_CHARS])
    if _first_words(units).match(folded) is not None:
        return True  # enough words without the CJK characters
    if len(sample) > _HEAD_CHARS:
        folded = _fold(sample)
    return len(_WORD.findall(folded)) + len(_CJK.findall(sample)) // 3 >= units


_HEAD_CHARS = 200
"""Words of a long line are first sought in this many characters."""


@functools.cache
def _first_words(units: int, flags: int = 0) -> re.Pattern[str]:
    """A pattern matching the start of a text holding at least ``units`` runs of ``\\w``.

    The runs are taken whole (possessive quantifiers), so a run is never split
    into two to make up the count.  ``re.ASCII`` is for ASCII text only: there
    its classes are the Unicode ones, and the engine tests them faster.
    """
    return re.compile(rf"\W*+(?:\w++\W++){{{units - 1}}}\w", flags)


def _repeated_below(lines: list[_Line], k: int, pieces: list[_Piece]) -> bool:
    """Whether a line after line ``k`` repeats one of the pieces of line ``k``."""
    keys = {p.key for p in pieces}
    return any(ln.key in keys for ln in lines[k + 1 :])


def _skip_link(lines: list[_Line], pieces: list[_Piece]) -> list[_Piece] | None:
    """The title's pieces when a short link ("Skip to content") stands above the title line.

    The first line is then short and comes back nowhere, while the second
    line comes back below as the page's headline.
    """
    first = lines[0]
    if first.units > _SHORT or first.term or _repeated_below(lines, 0, pieces):
        return None
    second = _title_pieces(lines[1].text[:_MAX_TITLE])
    return second if _repeated_below(lines, 1, second) else None


def _page_story(page: _Page, pieces: list[_Piece]) -> Story | None:
    """Find the story on a page, whose first line is the title cut into ``pieces``."""
    if page.n < 3:
        return None
    lines = page.lines
    title = lines[0]
    page.score()
    stretches = _stretches(page.scores, 1)
    if not stretches:
        return None
    lo, hi, _top = max(stretches, key=lambda s: s[2])

    # -- headline ---------------------------------------------------------
    head_end = _site_trimmed(title.text[:_MAX_TITLE])
    head_toks = set(_toks(_keyed(title.text[:head_end])))
    head: int | None = None
    piece: _Piece | None = None
    chosen = _choose(page, _candidates(page, pieces), stretches)
    if chosen is not None:
        (_q, head, piece), (lo, hi, _w) = chosen
        shown = _displayed_headline(page, head, head_toks)
        if shown != head:
            head, piece = shown, None
        lo = max(lo, head + 1)
    else:
        head = _nearby_headline(page, lo, head_toks)
    if head is not None and piece is None:
        piece = _split_headline(title.text[:_MAX_TITLE], lines, head)
    hi = max(_bridge(page, stretches, hi), min(lo + 1, page.n))

    cuts: list[Cut] = []
    zone = range(0)  # between the headline and the first paragraph
    if head is not None:
        line = lines[head]
        spelled = piece is not None and (
            line.text.casefold() != title.text[piece.start : piece.end].casefold()
        )
        if piece is not None and spelled:
            # the title spells the headline: point there, cut the page's copy
            headline = (title.start + piece.start, title.start + piece.end)
            start = title.start
            if piece.end < len(title.text):
                cuts.append(Cut(headline[1], title.end, "page-title"))
            if head > 1:
                cuts.append(Cut(lines[1].start, lines[head - 1].end, "page-before-story"))
            cuts.append(Cut(line.start, line.end, "page-repeated-line"))
        else:
            headline = (line.start, line.end)
            start = line.start
            cuts.append(Cut(title.start, title.end, "page-title"))
            if head > 1:
                cuts.append(Cut(lines[1].start, lines[head - 1].end, "page-before-story"))
        zone = range(head + 1, lo)
    elif lo > 0:
        # no headline on the page: the title less its site names
        headline = (title.start, title.start + head_end)
        start = title.start
        if head_end < len(title.text):
            cuts.append(Cut(headline[1], title.end, "page-title"))
        if lo > 1:
            cuts.append(Cut(lines[1].start, lines[lo - 1].end, "page-before-story"))
    else:
        headline = None
        start = lines[lo].start
    end = lines[hi - 1].end
    _cut_after_and_debris(page, lo, hi, zone, cuts)
    if not cuts:
        return None
    return Story(headline=headline, start=start, end=end, cuts=tuple(sorted(cuts)))



def _cut_after_and_debris(page: _Page, lo: int, hi: int, zone: range, cuts: list[Cut]) -> None:
    """Add the cuts of what follows the story's lines ``lo:hi``, and of the debris inside it and its head ``zone``."""
    lines = page.lines
    if hi < page.n:
        cuts.append(Cut(lines[hi].start, lines[-1].end, "page-after-story"))
    seen: set[str] = set()
    for k in [*zone, *range(lo, hi)]:
        rule = _debris(page, k, zone, seen)
        seen.add(lines[k].key)
        if rule is not None:
            cuts.append(Cut(lines[k].start, lines[k].end, rule))

def _debris(page: _Page, k: int, zone: range, seen: set[str]) -> str | None:
    """Name the rule that cuts line ``k`` of the story, if one does.

    ``zone`` holds the lines between the headline and the first paragraph.
    """
    ln = page.lines[k]
    if page.cookie[k]:
        return "page-cookie"
    if (page.counts[ln.dkey] > 1 and ln.units < 15) or (ln.units >= 15 and ln.key in seen):
        return "page-repeated-line"
    if page.in_run[k]:
        return "page-link-list"
    if _embedded(page.lines, k):
        return "page-embed"
    if _share(ln):
        return "page-share"
    if _credit(ln, page=True) or (not ln.gap and ln.units <= 6 and not ln.term):
        return "page-caption"
    below = page.lines[k + 1] if k + 1 < page.n else None
    if below is not None and not below.gap and _credit(below, page=True) and ln.units <= 60:
        return "page-caption"  # the caption above its credit line
    if k in zone and page.scores[k] <= 0:
        near = k - zone.start < 6 or zone.stop - k <= 6
        if not (near and _byline_or_date(ln)):
            return "page-before-story"
    return None


# ---------------------------------------------------------------------------
# Text other extractors made (html2text, get_text, inscriptis)
# ---------------------------------------------------------------------------


def _viewed_story(shown: View, text: str) -> Story:
    """The story in a view of ``text`` (see :mod:`wiretext._pagetext`), pointed at in ``text``."""
    story = _view_story(shown)
    cuts = list(shown.cuts)
    if story is None:
        return Story(headline=None, start=0, end=len(text), cuts=_merged(cuts))
    cuts.extend(Cut(*shown.span(c.start, c.end), c.rule) for c in story.cuts)
    headline = shown.span(*story.headline) if story.headline is not None else None
    start = shown.origin(story.start)
    end = shown.span(story.start, story.end)[1] if story.end < len(shown.text) else len(text)
    return Story(headline=headline, start=start, end=end, cuts=_merged(cuts))


def _merged(cuts: list[Cut]) -> tuple[Cut, ...]:
    """Cuts sorted and made disjoint: one inside another goes, overlapping ones are joined."""
    out: list[Cut] = []
    for c in sorted(cuts):
        if out and c.start < out[-1].end:
            if c.end > out[-1].end:
                out[-1] = out[-1]._replace(end=c.end)
            continue
        out.append(c)
    return tuple(out)


def _view_story(shown: View) -> Story | None:
    """The story in a view, in the view's offsets."""
    lines = _lines(shown.text)
    if len(lines) < 3:
        return None
    page = _Page(lines)
    if shown.layout == "laid-out":
        return _laid_out_story(shown.text)
    if shown.layout == "page":  # get_text(): the <title> first, the whole page glued on a few lines
        return _page_story(page, _title_pieces(lines[0].text[:_MAX_TITLE]))
    line_starts = [ln.start for ln in lines]
    marked = sorted({bisect.bisect_right(line_starts, at) - 1 for at in shown.marked} - {-1})
    clean = [shown.span(ln.start, ln.end)[1] - shown.origin(ln.start) == ln.end - ln.start for ln in lines]
    return _untitled_story(page, marked, clean)


def _untitled_story(page: _Page, marked: list[int], clean: list[bool]) -> Story | None:
    """Find the story on a page whose text has no ``<title>`` line.

    ``marked`` are the lines the markup marks as headlines; ``clean[k]``
    says whether line ``k`` stands in the text as it does in the view (no
    markup inside it), as a headline must.
    """
    lines = page.lines
    page.score()
    stretches = _stretches(page.scores, 0)
    if not stretches:
        return None
    lo, hi, _top = max(stretches, key=lambda s: s[2])
    head: int | None = None
    # the lines the markup marks as headlines, else those a byline or a time
    # stamp follows: the one followed most closely by a well-paying stretch
    for tier in _headline_tiers(page, marked, clean):
        # a line right above a time stamp is more likely the byline than the headline
        cands: list[_Candidate] = [(1 if k + 1 < page.n and _stamp(lines[k + 1]) else 2, k, None) for k in tier]
        chosen = _choose(page, cands, stretches)
        if chosen is not None:
            (_q, head, _p), (lo, hi, _w) = chosen
            break
    else:
        head = _untitled_headline(page, lo, hi, clean)
    if head is not None:
        lo = max(lo, head + 1)
    hi = max(_bridge(page, stretches, hi), min(lo + 1, page.n))
    cuts: list[Cut] = []
    if head is not None:
        bullet = _BULLET.match(lines[head].text)
        start = lines[head].start + (bullet.end() if bullet is not None else 0)
        headline: tuple[int, int] | None = (start, lines[head].end)
        if head > 0:
            cuts.append(Cut(lines[0].start, lines[head - 1].end, "page-before-story"))
        zone = range(head + 1, lo)
    else:
        headline = None
        start = lines[lo].start
        if lo > 0:
            cuts.append(Cut(lines[0].start, lines[lo - 1].end, "page-before-story"))
        zone = range(0)
    end = lines[hi - 1].end
    _cut_after_and_debris(page, lo, hi, zone, cuts)
    return Story(headline=headline, start=start, end=end, cuts=tuple(sorted(cuts)))


_BULLET = lazy_re(r"(?:[*+•·-]|\d{1,3}\.)[ \t]+(?=\w)")
"""A list item's mark before a line the markup marks as a headline ("* # Headline" in html2text)."""


_UNTITLED_REACH = 40
"""On a page with no title line, the headline is sought this many lines above the story's best stretch."""


def _may_head(page: _Page, k: int, clean: list[bool]) -> bool:
    """Whether line ``k`` of a page with no title line may be its headline."""
    ln = page.lines[k]
    if not clean[k] or ln.term or not 3 <= ln.units <= 40 or page.in_run[k] or page.cookie[k]:
        return False
    if ln.text.rstrip(_CLOSERS)[-1:] in ".:,;" or page.counts[ln.dkey] > 2 or _URL.search(ln.text):
        return False
    return not (_byline_or_date(ln) or _stamp(ln) or _credit(ln, page=True) or _cue(ln) or _share(ln))


def _signed(page: _Page, k: int) -> bool:
    """Whether a byline, a time stamp or an "Author" label follows line ``k`` within four lines."""
    return any(
        _byline_or_date(b) or _stamp(b) or b.text.casefold().startswith("author") for b in page.lines[k + 1 : k + 5]
    )


def _headline_tiers(page: _Page, marked: list[int], clean: list[bool]) -> list[list[int]]:
    """Headline candidates on a page with no title line, best kind first: marked, then signed lines."""
    heads = [k for k in marked if _may_head(page, k, clean)]
    signed = [k for k in range(page.n) if _may_head(page, k, clean) and _signed(page, k)]
    return [tier for tier in (heads, signed) if tier]


def _untitled_headline(page: _Page, lo: int, hi: int, clean: list[bool]) -> int | None:
    """The headline of a story whose first paragraph is line ``lo``, on a page with no ``<title>`` line.

    Of the headline-shaped lines shortly above the story (or among its first
    lines), the one that a long line (a standfirst, the lead) follows, and
    the nearest.
    """
    lines = page.lines
    best: tuple[float, int] | None = None
    for k in range(max(0, lo - _UNTITLED_REACH), min(hi, lo + 3, page.n)):
        if not _may_head(page, k, clean):
            continue
        below = lines[k + 1 : k + 2]
        score = 1.0 * (bool(below) and below[0].units >= 12)
        score -= 0.03 * abs(lo - k)
        if best is None or score > best[0]:
            best = (score, k)
    return best[1] if best is not None else None
