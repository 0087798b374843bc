"""What one line of a page is: a cue, a share bar, a credit, a rights notice, a stamp.

Decides, for a single line read by :mod:`wiretext._page_lines`, whether it
is one of the page's kinds of furniture, from its words and a few short
multilingual tables: a cue opening a block of links ("Related", "Mehr zum
Thema"), a teaser behind one ("Read more: Title"), a share bar, a picture
credit, a rights notice, a cookie notice's words, a time stamp, a byline or
dateline (kept for the pipeline's stages), the signature of an embedded post.
These are secondary cues: the page's structure decides, they only help.

Where a line stands and what it is worth is left to
:mod:`wiretext._page_score`; which lines the cues cut, to
:mod:`wiretext._page_story` and :mod:`wiretext._page_extract`.  Cheap string
tests spare most lines the slower searches (rights notices, credits).

>>> from ._page_lines import _lines
>>> [(_share(ln), _cue(ln)) for ln in _lines("Share on Facebook\\nRelated\\nRain fell.")]
[(True, False), (False, True), (False, False)]
"""

from __future__ import annotations

import re

from ._lazy import lazy_re
from ._page_lines import _DIGIT, _keyed, _Line


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
    marked = any(map(folded.__contains__, _CREDIT_MARKS))  # spares most lines the search
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
    if "http" not in text and "pic." not in text:
        return False  # (most lines: no last word to split off)
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



def _doubled(line: _Line) -> bool:
    """Whether a line says the same words twice: a link's title and its text, a teaser.

    >>> _doubled(_Line("Rain floods old town Rain floods old town", 0, True))
    True
    """
    words = line.key.split()
    half = len(words) // 2
    return half >= 2 and len(words) == 2 * half and words[:half] == words[half:]



_AGO = lazy_re(
    r"""\b\d{1,3}\s?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b  # "3 hours ago"
      | \bvor\s+\d{1,3}\s+(?:sekunden|minuten|min|stunden|std|tagen|wochen|monaten)\b       # "vor 3 Stunden"
      | \bil\s+y\s+a\s+\d{1,3}\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois)\b
      | \bhace\s+\d{1,3}\s+(?:segundos?|minutos?|min|horas?|h|días?|semanas?|meses?)\b
      | \b\d{1,3}\s+(?:secondi|minuti|min|ore|ora|giorni|settimane|mesi)\s+fa\b
      | \b(?:for\s+)?\d{1,3}\s+(?:sekunder|minutter|min|timer|dager|dage|uker|uger)\s+siden\b
      | \b\d{1,3}\s+(?:sekunder|minuter|min|timmar|dagar|veckor)\s+sedan\b
      | \b\d{1,3}\s+(?:seconden|minuten|min|uur|dagen|weken)\s+geleden\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""A time given as a while ago, as pages stamp fresh stories: "3 hours ago", "vor 14 Minuten",
"il y a 2 heures", "hace 3 horas", "3 ore fa", "for 2 timer siden", "3 timmar sedan", "5 uur geleden"."""


def _ago(line: _Line) -> bool:
    """Whether a short line gives a time as a while ago: "Published 4 months ago", "vor 3 Stunden".

    >>> from ._page_lines import _lines
    >>> [_ago(ln) for ln in _lines("vor 14 Minuten\\nUpdated 3 hours ago\\nTen years ago today")]
    [True, True, False]
    """
    return line.units <= 12 and any(c.isdigit() for c in line.text) and _AGO.search(line.text) is not None


_PUBLISHED = lazy_re(
    r"(?:published|updated|last\ updated|posted|veröffentlicht|aktualisiert|publié|mis\ à\ jour|publicado"
    r"|actualizado|pubblicato|aggiornato|publisert|oppdatert|publicerad|uppdaterad|gepubliceerd|bijgewerkt"
    r"|opublikowano|zaktualizowano|offentliggjort|opdateret)\b",
    re.IGNORECASE,
)
"""The word opening a page's time stamp: "Published Fri, Apr 28 2023 2:23 PM", "Veröffentlicht am 15.04."."""


def _published(line: _Line) -> bool:
    """Whether a short line is a time stamp behind its label: "Published Fri, Apr 28 20232:23 PM EDT".

    >>> from ._page_lines import _lines
    >>> [_published(ln) for ln in _lines("Published Fri, Apr 28 2023 2:23 PM EDT\\nPublished works of 1920s poets")]
    [True, False]
    """
    if line.units > 14 or not any(c.isdigit() for c in line.text) or _PUBLISHED.match(line.text) is None:
        return False
    if _AGO.search(line.text):
        return False  # "Updated 3 hours ago": a time as a while ago, as teasers show (see _ago)
    words = line.key.split()
    return sum(_DIGIT.search(w) is not None for w in words) * 4 >= len(words)


def _stamp(line: _Line) -> bool:
    """Whether a line is a time stamp: "Stand: 22.04.2024, 06:00 Uhr", "17:41 JST, Oct 13, 2024"."""
    if line.units > 12 or not (_DATEISH.search(line.text) or _CJK_DATE.search(line.text)):
        return False
    words = line.key.split()
    return sum(_DIGIT.search(w) is not None for w in words) * 2 > len(words)


_CREDIT_WORDS = 8
"""A picture credit under its caption is this many words or fewer ("© Jane Roe", "Image: Harbour Authority")."""


_NAME_SEP = lazy_re(r"\s*[|·•,/&]\s*|\s+(?:and|und|et|y|e|og|och|en)\s+")
"""What stands between the names of a byline with no "By": "Jane Roe | John Doe", "Jane Roe · Harbour Herald"."""


def _names(ln: _Line) -> bool:
    """Whether a line is names alone, two or more apart: "Jane Roe | John Doe", "Jane Roe and Ola Berg".

    >>> from ._page_lines import _lines
    >>> [_names(ln) for ln in _lines("Jane Roe | John Doe\\nRain and Snow\\nQuay reopens | Harbour")]
    [True, False, False]
    """
    if ln.units > 12 or ln.term:
        return False
    parts = _NAME_SEP.split(ln.text)
    if len(parts) < 2:
        return False
    return all(2 <= len(p.split()) <= 3 and all(_name_word(w) for w in p.split()) for p in parts)


def _name_word(word: str) -> bool:
    """A word of a name: capitalised letters, perhaps hyphenated ("Reimer-Johansen")."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


def _titled(ln: _Line) -> bool:
    """Whether a line that may be read as a byline or a date is a title: long, words rather than figures.

    "Von München bis Aachen: Im Netz der Agenten" opens with a byline's word, "Kawasaki quits
    racing at the end of 2024" holds a year; a byline names a few people ("By Jane Roe and
    John Doe, Harbour Herald"), with no colon after its first word, a date is mostly figures.
    """
    words = ln.key.split()
    if ln.units < 8:
        return False
    if words[0] in _BY_WORDS:
        return ":" in ln.text[len(words[0]) + 1 :]
    return sum(_DIGIT.search(w) is not None for w in words) * 4 < len(words)


def _credit_line(ln: _Line) -> bool:
    """Whether a line is a picture credit alone ("© Jane Roe", "Image: Harbour Authority"), no byline."""
    return ln.units <= _CREDIT_WORDS and _credit(ln, page=True) and not _byline_or_date(ln)


_ICON = lazy_re(r"\b[a-z]+_[a-z]+\b")
"""An icon's name a page's buttons spell out (Material icons: "account_circle", "expand_more")."""


def _icon(line: _Line) -> bool:
    """Whether a line names a button's icon: "Saved articles bookmark Account settings account_circle"."""
    return "_" in line.text and _ICON.search(line.text) is not None


def _dated(ln: _Line) -> bool:
    """Whether a line is a time stamp: figures ("12.03.2025, 09:14"), or behind a label ("Published ...")."""
    return _stamp(ln) or _published(ln)
