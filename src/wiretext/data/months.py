"""Month and weekday words of dateline dates, in seven languages.

Languages: English (en), French (fr), German (de), Spanish (es),
Portuguese (pt), Italian (it) and Russian (ru) -- the languages of the
agencies whose datelines the parser reads (AFP, dpa, EFE, Lusa, ANSA, TASS,
RIA Novosti ...).

Every token is casefolded and written without a trailing period: the
registry strips the period (``Sept.``, ``27 Nov.``, ``6 set.``) and folds
case before looking a token up, and also tries the token with accents
removed, so ``fevr`` and ``aout`` find ``févr`` and ``août``.

Several tokens are also ordinary words (en ``may``, pt ``out``, es/it/pt
``set``, it ``gen``): read them as months only in a date position.

>>> dict(dict(MONTHS)["fr"])["juil"]
7
"""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "AMBIGUOUS_MONTH_TOKENS",
    "AP_STYLE_MONTHS",
    "LANGUAGES",
    "MONTHS",
    "MONTHS_DE",
    "MONTHS_EN",
    "MONTHS_ES",
    "MONTHS_FR",
    "MONTHS_IT",
    "MONTHS_PT",
    "MONTHS_RU",
    "ORDINAL_SUFFIXES",
    "STAMP_WORDS",
    "WEEKDAYS",
    "MonthTable",
]


def __dir__() -> list[str]:
    return list(__all__)


MonthTable: TypeAlias = tuple[tuple[str, int], ...]
"""``(token, month_number)`` pairs for one language."""

LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "es", "pt", "it", "ru")
"""ISO 639-1 codes of the languages in :data:`MONTHS`, in table order."""

MONTHS_EN: MonthTable = (
    ("january", 1), ("jan", 1),
    ("february", 2), ("feb", 2),
    ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4),
    ("may", 5),
    ("june", 6), ("jun", 6),
    ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8),
    # AP and Reuters write "Sept." (the Superdesk formatter prints "Sept").
    ("september", 9), ("sep", 9), ("sept", 9),
    ("october", 10), ("oct", 10),
    ("november", 11), ("nov", 11),
    ("december", 12), ("dec", 12),
)
"""English months: full names and the AP/Reuters abbreviations."""

AP_STYLE_MONTHS: tuple[str, ...] = (
    "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
)
"""The months as an AP dateline writes them (AP Stylebook: five short months in full, "Sept"), January first.

:func:`wiretext.render` writes datelines with them; each is a token of :data:`MONTHS_EN`.
"""

MONTHS_FR: MonthTable = (
    ("janvier", 1), ("janv", 1), ("jan", 1),
    ("février", 2), ("fevrier", 2), ("févr", 2), ("fevr", 2), ("fév", 2),
    ("fev", 2),
    ("mars", 3),
    ("avril", 4), ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    # AFP French feed: "Strasbourg, 10 juil 2024 (AFP)" (superdesk afp20.xml).
    ("juillet", 7), ("juil", 7),
    # AFP via Xinhua FR: "BEIJING, 10 août (Xinhua)".
    ("août", 8), ("aout", 8),
    ("septembre", 9), ("sept", 9), ("sep", 9),
    ("octobre", 10), ("oct", 10),
    ("novembre", 11), ("nov", 11),
    ("décembre", 12), ("decembre", 12), ("déc", 12), ("dec", 12),
)
"""French months.  ``mar`` (mardi) is deliberately absent: it is March elsewhere."""

MONTHS_DE: MonthTable = (
    # "Jänner"/"Jän." are Austrian (APA); "Feber" too.
    ("januar", 1), ("jan", 1), ("jänner", 1), ("jaenner", 1), ("jän", 1),
    ("februar", 2), ("feb", 2), ("feber", 2),
    ("märz", 3), ("maerz", 3), ("mär", 3), ("mrz", 3),
    ("april", 4), ("apr", 4),
    ("mai", 5),
    ("juni", 6), ("jun", 6),
    ("juli", 7), ("jul", 7),
    ("august", 8), ("aug", 8),
    ("september", 9), ("sep", 9), ("sept", 9),
    ("oktober", 10), ("okt", 10),
    ("november", 11), ("nov", 11),
    ("dezember", 12), ("dez", 12),
)
"""German months, including the Austrian forms."""

MONTHS_ES: MonthTable = (
    ("enero", 1), ("ene", 1),
    ("febrero", 2), ("feb", 2),
    ("marzo", 3), ("mar", 3),
    ("abril", 4), ("abr", 4),
    ("mayo", 5), ("may", 5),
    # Xinhua ES: "LISBOA, 18 jun (Xinhua)".
    ("junio", 6), ("jun", 6),
    ("julio", 7), ("jul", 7),
    ("agosto", 8), ("ago", 8),
    # "setiembre"/"set" are the Latin American (Peru, Uruguay) forms.
    ("septiembre", 9), ("setiembre", 9), ("sep", 9), ("sept", 9), ("set", 9),
    ("octubre", 10), ("oct", 10),
    # Europa Press: "MADRID, 29 Nov. (EUROPA PRESS)".
    ("noviembre", 11), ("nov", 11),
    ("diciembre", 12), ("dic", 12),
)
"""Spanish months (EFE, Europa Press, Notimex, Xinhua ES)."""

MONTHS_PT: MonthTable = (
    ("janeiro", 1), ("jan", 1),
    ("fevereiro", 2), ("fev", 2),
    ("março", 3), ("marco", 3), ("mar", 3),
    ("abril", 4), ("abr", 4),
    # Lusa: "Tirana, 29 mai 2025 (Lusa)".
    ("maio", 5), ("mai", 5),
    ("junho", 6), ("jun", 6),
    ("julho", 7), ("jul", 7),
    ("agosto", 8), ("ago", 8),
    ("setembro", 9), ("set", 9),
    ("outubro", 10), ("out", 10),
    ("novembro", 11), ("nov", 11),
    ("dezembro", 12), ("dez", 12),
)
"""Portuguese months (Lusa, Agência Brasil)."""

MONTHS_IT: MonthTable = (
    ("gennaio", 1), ("gen", 1),
    ("febbraio", 2), ("feb", 2),
    ("marzo", 3), ("mar", 3),
    ("aprile", 4), ("apr", 4),
    ("maggio", 5), ("mag", 5),
    ("giugno", 6), ("giu", 6),
    # ANSA: "(ANSA) - ROMA, 1 LUG -" (superdesk ansa_culture.xml).
    ("luglio", 7), ("lug", 7),
    ("agosto", 8), ("ago", 8),
    # askanews: "Roma, 6 set. (askanews)".
    ("settembre", 9), ("set", 9), ("sett", 9),
    ("ottobre", 10), ("ott", 10),
    ("novembre", 11), ("nov", 11),
    ("dicembre", 12), ("dic", 12),
)
"""Italian months (ANSA, AGI, askanews, Adnkronos)."""

MONTHS_RU: MonthTable = (
    # Nominative (январь), genitive as in dates (29 ноября), abbreviation
    # as RIA Novosti writes it ("23 сен", "16 дек").
    ("январь", 1), ("января", 1), ("янв", 1),
    ("февраль", 2), ("февраля", 2), ("фев", 2), ("февр", 2),
    ("март", 3), ("марта", 3), ("мар", 3),
    ("апрель", 4), ("апреля", 4), ("апр", 4),
    ("май", 5), ("мая", 5),
    ("июнь", 6), ("июня", 6), ("июн", 6),
    ("июль", 7), ("июля", 7), ("июл", 7),
    ("август", 8), ("августа", 8), ("авг", 8),
    ("сентябрь", 9), ("сентября", 9), ("сен", 9), ("сент", 9),
    ("октябрь", 10), ("октября", 10), ("окт", 10),
    ("ноябрь", 11), ("ноября", 11), ("ноя", 11), ("нояб", 11),
    ("декабрь", 12), ("декабря", 12), ("дек", 12),
)
"""Russian months (TASS, RIA Novosti, Interfax)."""

MONTHS: tuple[tuple[str, MonthTable], ...] = (
    ("en", MONTHS_EN),
    ("fr", MONTHS_FR),
    ("de", MONTHS_DE),
    ("es", MONTHS_ES),
    ("pt", MONTHS_PT),
    ("it", MONTHS_IT),
    ("ru", MONTHS_RU),
)
"""``(language, table)`` for every language; a table maps token to month number.

Kept per language so that a token shared by two languages (``mar``, ``set``,
``nov``) is visibly the same month in both; see
:data:`AMBIGUOUS_MONTH_TOKENS`.
"""

AMBIGUOUS_MONTH_TOKENS: frozenset[str] = frozenset()
"""Tokens that name different months in two of the languages.

Empty, and the tests keep it so: every shared token agrees (``mar`` is March
in en/es/pt/it, ``set`` September in es/pt/it, ``mai`` May in fr/de/pt).
French ``mar`` (mardi) and ``mer`` are weekdays and kept out of the month
tables for that reason.
"""

WEEKDAYS: frozenset[str] = frozenset({
    # English
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday",
    "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat",
    "sun",
    # French ("mar" for mardi is left out: it is the month March elsewhere)
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lun", "mer", "jeu", "ven", "sam", "dim",
    # German (two-letter Mo/Di/Mi/Do/Fr/Sa/So are left out: "so", "do" and
    # "fr" are ordinary words)
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonnabend", "sonntag",
    # Spanish
    "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes",
    "sábado", "sabado", "domingo",
    "mié", "mie", "jue", "vie", "sáb", "dom",
    # Portuguese (abbreviations seg/ter/qua/qui/sex are left out: they are
    # ordinary words in the other languages)
    "segunda-feira", "terça-feira", "terca-feira", "quarta-feira",
    "quinta-feira", "sexta-feira", "segunda", "terça", "terca", "quarta",
    "quinta", "sexta",
    # Italian
    "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi",
    "giovedì", "giovedi", "venerdì", "venerdi", "sabato", "domenica",
    "gio", "sab",
    # Russian: nominative, the accusative used in "в среду", and the
    # two-letter abbreviations of calendars
    "понедельник", "вторник", "среда", "среду", "четверг", "пятница",
    "пятницу", "суббота", "субботу", "воскресенье",
    "пн", "вт", "ср", "чт", "пт", "сб", "вс",
})
"""Weekday names and abbreviations in the seven languages (casefolded, no dot)."""

STAMP_WORDS: frozenset[str] = frozenset({
    # English: "Updated Dec. 2, 2024 - 02:24", "Last updated ...", "Posted ..."
    "updated", "last", "published", "posted", "modified", "created", "edited",
    # French: "Mis à jour le ...", "Publié le ..."
    "mis", "publié", "publiée", "modifié", "modifiée",
    # German: "Aktualisiert 2. Dezember 2024 - ...", "Stand: ..."
    "aktualisiert", "veröffentlicht", "geändert", "stand", "erstellt",
    # Spanish: "Actualizado Lunes, 2 diciembre 2024 - 02:24" (El Mundo)
    "actualizado", "actualizada", "publicado", "publicada", "modificado",
    # Portuguese
    "atualizado", "atualizada", "atualização",
    # Italian
    "aggiornato", "aggiornata", "pubblicato", "pubblicata", "modificato",
    # Russian
    "обновлено", "опубликовано", "изменено",
})
"""Words that open a web page's time stamp, never a place (casefolded).

A line such as "Updated Dec. 2, 2024 - 02:24" has the shape of a dateline
without a credit: a word, a date, a dash.  Its first word says it is none.
"""

ORDINAL_SUFFIXES: tuple[str, ...] = (
    # English: "29th November, 2015" (WAM, uaeinteract.com).
    "st", "nd", "rd", "th",
    # French: "1er", "1re", "2e", "2ème".
    "er", "re", "ère", "ème", "e",
    # Spanish, Portuguese, Italian: "1º", "1ª", "1°", "1o".
    "º", "ª", "°", "o", "a",
)
"""Suffixes written after a day number, longest first within each language.

Only meaningful straight after digits: ``1er``, ``2nd``, ``1º``.
"""
