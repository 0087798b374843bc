"""Rights notices: ``© 2025 AFP``, ``Copyright 2019 The Associated Press. All rights reserved. ...``.

A notice is found as a run of sentences that starts with a rights cue
(``©``, ``(c)``, ``Copyright``, ``All rights reserved`` and its translations)
and goes on while the sentences keep talking about rights.  The holder is the
agency's full name when the notice names an agency, else the name as written.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from . import registry
from ._lazy import lazy_regex, once
from .model import RightsNotice, Span

__all__ = ["find_rights", "rights_and_footers"]

# Cues that open a notice, in the languages agencies write them ("Ã©" is
# mojibake for "é", not a copyright sign).
_CUE = r"""(?:(?<![ÃÂ])©|\([cC]\)|(?i:copyright|all\ rights\ reserved|alle\ rechte\ vorbehalten|tous\ droits\ réservés
    |todos\ los\ derechos\ reservados|tutti\ i\ diritti\ riservati|todos\ os\ direitos\ reservados
    |все\ права\ защищены|this\ material\ may\ not\ be\ published))"""

# The cues as plain casefolded strings, for a quick test before the pattern.
_CUE_WORDS = ("©", "(c)", "copyright", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
              "todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados",
              "все права защищены")
# In ASCII text casefolding is lowering, and only the ASCII cues can stand:
# "(c)" (tested on its own) and these words.
_ASCII_CUE_WORDS = tuple(cue for cue in _CUE_WORDS if cue.isascii() and cue != "(c)")
# AP's reservation, a cue of its own, is a footer: it is looked for in a
# text's last characters only (one more pass over every text would cost).
_FOOTER_CUE = "this material may not be published"
_FOOTER_REACH = 600

# Sentences that belong to a notice once it has started.
_RIGHTS_WORDS = lazy_regex(
    r"(?i)rights|copyright|©|reserved|publish|redistribut|reproduc|consent|permission|restriction|licen[cs]|"
    r"vorbehalten|réservés|reservados|riservati|owned by|content is|material may|intellectual property|"
    r"δικαιώματα|права"
)


# A notice's reach: from its cue to the end of its line, or of its sentences,
# at most this many characters; and at most this many before its cue.
_REACH = 2000


@once
def _pattern() -> regex.Pattern[str]:
    return regex.compile(rf"(?P<cue>{_CUE})[^\n]{{0,{_REACH}}}+", regex.VERBOSE)


_YEAR = lazy_regex(r"(?<![0-9])(?:19[0-9]{2}|20[0-9]{2})(?![0-9])")
# A sentence ends at a stop before white space, so "reuters.com" stays whole.
# (The look-ahead only makes a start that cannot match fail fast: the
# sentence needs a stop or a line end within 600 characters, or the end.
# Without it a notice's stretch without a stop, "Copyright " repeated, read
# 600 characters at each of its 2,000 starts: 140 ms, "copyright word" 6.3
# times ordinary copy's time at 100 KB; 1.4 with it.)
_SENTENCE = lazy_regex(r"(?=[^\n][^.!?\n]{0,599}+(?:[.!?\n]|$))[^\n]{1,600}?(?:[.!?]++(?=\s|$)|$)")


# The characters that ``regex``, ignoring case, takes for a character whose
# casefold differs: the dotted and the dotless I ("I" is "ı" to it, "i" is
# "İ"), the long s and the Kelvin sign.  Away from them, a text that a
# spelling matches in any case holds the spelling's casefold in its own
# (tests/stages/test_rights.py checks this for every character of every spelling).
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")


class _Spellings(NamedTuple):
    """The credit spellings of two characters or more, filed by the test that proves their pattern cannot match."""

    place: dict[str, int]  # each spelling's place among them, longest first
    written: tuple[str, ...]  # up to four characters: they match as written, so a text holds them as written
    by_fold: dict[str, tuple[str, ...]]  # longer ones, by the casefold that a text's casefold must hold
    odd: tuple[str, ...]  # longer ones with a character of _ODD_CASE: nothing can be said


@once
def _spellings() -> _Spellings:
    """The credit spellings, filed by the test that proves their pattern cannot match a text.

    Spellings of up to four characters match as written.  Longer ones match
    in any case: a text they match holds the spelling's casefold in its own
    casefold, unless a character of _ODD_CASE is in the way.
    """
    spellings = [spelling for spelling in registry.credit_spellings() if len(spelling) >= 2]
    by_fold: dict[str, list[str]] = {}
    odd = []
    for spelling in spellings:
        if len(spelling) > 4:
            if any(map(spelling.__contains__, _ODD_CASE)):
                odd.append(spelling)
            else:
                by_fold.setdefault(spelling.casefold(), []).append(spelling)
    return _Spellings(
        {spelling: i for i, spelling in enumerate(spellings)},
        tuple(spelling for spelling in spellings if len(spelling) <= 4),
        {held: tuple(group) for held, group in by_fold.items()},
        tuple(odd),
    )


@functools.cache
def _spelling_pattern(spelling: str) -> regex.Pattern[str]:
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}]){regex.escape(spelling)}(?![\p{{L}}\p{{N}}])",
        regex.IGNORECASE if len(spelling) > 4 else 0,
    )


# A holder named after a cue, as written, when it is no agency's: "© 2024 Jo Lim".
# A company's legal forms stay with its name ("Example Media, Inc.",
# "Mediahuis Luxembourg S.A.", "Verlag GmbH & Co. KG"): a form written with
# a dot keeps it, one written without ("AG", "LLC") leaves a dot after it to
# end the sentence.
_DOTTED_FORM = r"(?:Inc|Ltd|Co|Corp|Cía|Ltda|S\.A|S\.A\.S|S\.p\.A|S\.L|N\.V|B\.V|K\.K)\."
_PLAIN_FORM = r"(?:GmbH|AG|KG|SE|SA|AB|ASA|Oy|LLC|LLP|plc|PLC|Limited|Pty)(?![\p{L}.])"
_FORMS = rf"(?:,?[ \t]++(?:&[ \t]++)?(?:{_DOTTED_FORM}|{_PLAIN_FORM}))++"
_HOLDER_AS_WRITTEN = lazy_regex(
    r"(?:©|\([cC]\)|(?i:copyright))[ \t]*+(?:(?:19|20)[0-9]{2}[ \t,]*+)?(?:by[ \t]++)?"
    rf"(?P<h>[\p{{Lu}}][^.,;\n]{{1,80}}?(?:{_FORMS}|))"
    r"(?:[ \t,]*+(?:19|20)[0-9]{2})?(?:(?<=\.)(?=[ \t])|[ \t]*+(?:[.,;]|$))"
)
# A reservation that such a name runs into: "© 2024 Jo Lim All rights reserved".
_RESERVATION_AFTER = lazy_regex(r"(?i)\s*all rights reserved.*$")


def _holder(text: str) -> tuple[str | None, bool]:
    """The holder a notice names, and whether it is an agency."""
    # The spellings whose pattern may match (see _spellings), found by string
    # tests run over each file at once, then tried in their order.
    place, written, by_fold, odd = _spellings()
    tried = [*filter(text.__contains__, written), *odd]
    if any(map(text.__contains__, _ODD_CASE)):
        tried += [spelling for group in by_fold.values() for spelling in group]
    else:
        for held in filter(text.casefold().__contains__, by_fold):
            tried += by_fold[held]
    for spelling in sorted(tried, key=place.__getitem__):
        if _spelling_pattern(spelling).search(text):
            agency = registry.agency(spelling)
            if agency is not None:
                return agency.name or agency.code, True
    m = _HOLDER_AS_WRITTEN.search(text)
    if m:
        holder = m.group("h").strip()
        holder = _RESERVATION_AFTER.sub("", holder).strip()
        return holder or None, False
    return None, False


# Cues that are a notice wherever they stand: the sign, and the reservation.
_STRONG_CUE = lazy_regex(r"(?i)©|\(c\)|all rights|alle rechte|tous droits|todos (?:los|os) |tutti i|все права|this material may not")


class _Line:
    """What :func:`_notice_start` asks about the text of a line before a cue, answered once a line.

    A line of the same phrase repeated ("Copyright (c) All rights reserved."
    a hundred thousand times) holds a cue every 2,000 characters; reading the
    line from its start again at each cue was quadratic in its length.
    """

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        end = text.find("\n", start)
        self.end = len(text) if end < 0 else end
        visible = _VISIBLE.search(text, start, self.end)
        self.first_visible = self.end if visible is None else visible.start()

    @functools.cached_property
    def first_words(self) -> regex.Match[str] | None:
        """The line's first rights word, looked for when first asked (a cue at a line's start never asks).

        (On lines of rights cues, "rights._CUE_WORDS alone" in benchmarks/hostile.py, parse takes 18% less.)
        """
        return _RIGHTS_WORDS.search(self.text, self.start, self.end)

    def talks_of_rights(self, before: int) -> bool:
        """``_RIGHTS_WORDS.search(text[start:before])``, mostly without reading the line again."""
        m = self.first_words
        if m is None or m.start() >= before:
            return False
        return m.end() <= before or _RIGHTS_WORDS.search(self.text, self.start, before) is not None

    def last_visible(self, before: int) -> int:
        """The end of ``text[start:before].rstrip()``, reading back over the blanks only."""
        text, hi, window = self.text, before, 256
        while hi > self.first_visible:
            lo = max(self.first_visible, hi - window)
            kept = len(text[lo:hi].rstrip())
            if kept:
                return lo + kept
            hi, window = lo, window * 2
        return self.first_visible


_VISIBLE = lazy_regex(r"\S")


def _notice_start(line: _Line, cue_start: int, cue: str) -> int:
    """Where a notice whose cue stands at ``cue_start`` begins, or -1 for none.

    A cue at a line start opens a notice.  Mid-line: the line is a notice
    from its start when what comes before the cue talks about rights (AAP:
    "AAP content is owned by ... and is copyright protected") or is a short
    holder name before a reservation ("The Canadian Press. All rights
    reserved."); a capitalised "Copyright" after a sentence end opens one
    there; a lower-case "copyright" inside a story sentence is no notice.
    A line of more than _REACH characters before the cue is no notice's
    (the notice can only start at the cue): a notice is some sentences long.
    """
    if line.first_visible >= cue_start:
        return cue_start
    strong = _STRONG_CUE.match(cue) is not None
    last = line.last_visible(cue_start)
    if cue_start - line.first_visible <= _REACH and (
        line.talks_of_rights(cue_start) or (strong and last - line.first_visible <= 80)
    ):
        return line.first_visible
    if strong or (cue[:1].isupper() and line.text[last - 1] in ".|-–—:"):
        return cue_start
    return -1


def find_rights(text: str, start: int = 0, end: int | None = None) -> RightsNotice | None:
    """Find the rights notice of ``text[start:end]``: the last, unless another is the story's own.

    >>> n = find_rights("Story text.\\n© 2025 AFP")
    >>> n.holder, n.year, n.text
    ('Agence France-Presse', 2025, '© 2025 AFP')

    See :func:`rights_and_footers` for how one is chosen among several.
    """
    return rights_and_footers(text, start, end)[0]


# A picture's credit: a notice that reserves nothing and names a picture
# agency or photographer the way captions do ("© Imago/Zoonar/Phil Bird",
# "Copyright Frank Franklin II/AP Photo", "© Victoria Jones/PA Wire/dpa").
_PHOTO_WORD = lazy_regex(r"(?i)\b(?:photo|photos|foto|fotos|pictures|images|imago|getty|bildagentur|wire)\b")
_RESERVES = lazy_regex(
    r"(?i)rights|reserved|vorbehalten|réservés|reservados|riservati|права|not be published|redistribut|reproduc"
    r"|permission|restriction|licen[cs]|consent"
)


def _picture_credit(notice: str) -> bool:
    """Whether a notice credits a picture: it reserves nothing, and names a photo service, or an agency after a slash.

    >>> _picture_credit("© Victoria Jones/PA Wire/dpa"), _picture_credit("© 2025 Example GmbH/Srl Impressum")
    (True, False)
    """
    if _RESERVES.search(notice) is not None:
        return False
    if _PHOTO_WORD.search(notice) is not None:
        return True
    # "Name/Agency", or a photographer, a team and an institution ("A/B/C")
    parts = notice.split("/")
    return len(parts) > 3 or any(registry.agency(part.strip()) is not None for part in parts[1:])


# How many notices, from the last, are read when choosing one (a page of
# a thousand photo credits is not read a thousand times).
_MOST_READ = 40


# Text casefolded a piece at a time for the quick test: casefold sets up a
# buffer of 12 bytes a character (a character may fold to three), which over
# a whole page of non-ASCII text was the rights stage's peak (14 bytes a
# character on 200 KB of bullets).
_FOLD_PIECE = 1 << 16
_CUE_REACH = max(map(len, _CUE_WORDS)) - 1  # folding never shortens: a cue spans at most this many more characters


def _folded_cue(chunk: str) -> bool:
    """Whether ``chunk.casefold()`` holds a cue word, folded a piece at a time.

    >>> _folded_cue("Tous Droits Réservés"), _folded_cue("Rain fell.")
    (True, False)
    """
    for i in range(0, len(chunk), _FOLD_PIECE):
        piece = chunk[i : i + _FOLD_PIECE + _CUE_REACH].casefold()
        if any(map(piece.__contains__, _CUE_WORDS)):
            return True
    return False


def _ascii_cue(lowered: str) -> bool:
    """``any(map(lowered.__contains__, _ASCII_CUE_WORDS))``, in four searches for most text rather than six.

    "copyright" and "all rights reserved" both hold "right", the two that end in
    "reservados" that: a text without the shared part holds neither cue
    (tests/equivalence/test_rights.py; Reuters copy: 2.1 -> 1.5 µs a text).

    >>> _ascii_cue("(c) 2020 all rights reserved"), _ascii_cue("rights issue")
    (True, False)
    """
    return (
        ("right" in lowered and ("copyright" in lowered or "all rights reserved" in lowered))
        or "alle rechte vorbehalten" in lowered
        or ("reservados" in lowered
            and ("todos los derechos reservados" in lowered or "todos os direitos reservados" in lowered))
        or "tutti i diritti riservati" in lowered
    )


def rights_and_footers(text: str, start: int = 0, end: int | None = None) -> tuple[RightsNotice | None, list[Span]]:
    """The rights notice of ``text[start:end]``, and the spans of site footers passed over for it.

    The notice is the last one that is no picture's credit.  When it names
    no agency (a site's footer: "Copyright 2021 Example Daily News") and an
    earlier notice is an agency's own, reserving rights ("Copyright 2020
    The Associated Press. All rights reserved.", just after the story),
    that one is the story's notice and the later ones are site footers.

    >>> text = "Rain fell.\\n© 2020 AP. All rights reserved.\\nCopyright 2021 Example Daily News"
    >>> notice, footers = rights_and_footers(text)
    >>> notice.holder, [text[a:b] for a, b in footers]
    ('The Associated Press', ['Copyright 2021 Example Daily News'])
    """
    stop = len(text) if end is None else end
    chunk = text[start:stop]
    # No cue at all: plain string tests, far cheaper than the pattern.
    if chunk.isascii():
        lowered = chunk.lower()
        # "(c)" needs a ")", which a search for one character finds fastest.
        if (
            not (")" in chunk and "(c)" in lowered)
            and not _ascii_cue(lowered)
            and _FOOTER_CUE not in lowered[-_FOOTER_REACH:]
        ):
            return None, []
    elif not _folded_cue(chunk) and _FOOTER_CUE not in chunk[-_FOOTER_REACH:].casefold()[-_FOOTER_REACH:]:
        return None, []
    # Where each notice starts and how far it may reach; then the last ones are read.
    found: list[tuple[int, int]] = []
    line: _Line | None = None
    for m in _pattern().finditer(text, start, stop):
        if line is None or m.start() > line.end:
            line = _Line(text, text.rfind("\n", 0, m.start()) + 1)
        begin = _notice_start(line, m.start(), m.group("cue"))
        if begin >= 0:
            found.append((begin, m.end()))
    notices: list[RightsNotice] = []
    # The holder of each notice's text, found once in this call: a page repeating one notice
    # (a credit under every picture, a phrase repeated) names the same holder in each, and
    # _holder tries the agencies' spellings on the whole notice (0.3 ms a notice of 2,000
    # characters).  hostile.py "rights phrase" at 100 KB reads 40 notices of 4 texts: 24.5 ->
    # 14.2 ms a parse (profiled.py --stages --family "rights phrase" --size 100000).
    holders: dict[str, tuple[str | None, bool]] = {}
    for begin, reach in reversed(found[-_MOST_READ:]):
        notice, agency = _read(text, begin, reach, holders)
        if _picture_credit(notice.text):
            continue
        if agency and notices and _RESERVES.search(notice.text) is not None:
            return notice, [n.span for n in notices]  # the story's own, before site footers
        notices.append(notice)
        if agency:
            break
    return (notices[0], []) if notices else (None, [])


def _read(
    text: str, begin: int, reach: int, holders: dict[str, tuple[str | None, bool]]
) -> tuple[RightsNotice, bool]:
    """The notice that starts at ``begin``: its sentences while they talk of rights; whether an agency holds it.

    ``holders`` holds :func:`_holder`'s answer for the notices read before, by their text.
    """
    end_pos = begin
    for s in _SENTENCE.finditer(text, begin, reach):
        if end_pos != begin and not _RIGHTS_WORDS.search(s.group(0)) and len(s.group(0)) > 12:
            break
        end_pos = s.end()
    notice = text[begin:end_pos].strip()
    years = _YEAR.findall(notice)
    held = holders.get(notice)
    if held is None:
        held = holders[notice] = _holder(notice)
    holder, agency = held
    span = (begin, begin + len(text[begin:end_pos].rstrip()))
    return RightsNotice(text=notice, holder=holder, year=int(years[0]) if years else None, span=span), agency
