"""Rights notices."""

from __future__ import annotations

import pytest

from wiretext.rights import find_rights


@pytest.mark.parametrize(
    ("text", "holder", "year", "notice"),
    [
        ("Story.\n© 2025 AFP", "Agence France-Presse", 2025, "© 2025 AFP"),
        (
            "Story.\nCopyright 2019 The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.",
            "The Associated Press",
            2019,
            "Copyright 2019 The Associated Press. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed.",
        ),
        (
            "Story.\nCopyright 2022, dpa (www.dpa.de). Alle Rechte vorbehalten",
            "Deutsche Presse-Agentur",
            2022,
            "Copyright 2022, dpa (www.dpa.de). Alle Rechte vorbehalten",
        ),
        ("Story.\n(c) 2021 Acme Media Ltd. All rights reserved.", "Acme Media Ltd.", 2021, "(c) 2021 Acme Media Ltd. All rights reserved."),
    ],
)
def test_notice(text: str, holder: str, year: int | None, notice: str) -> None:
    found = find_rights(text)
    assert found is not None
    assert (found.holder, found.year, found.text) == (holder, year, notice)
    assert text[found.span[0] : found.span[1]] == notice


# Notices in the shapes agencies publish them (invented years and wording
# where the agency's own text is not public), one row per agency.
AGENCY_NOTICES = [
    ("© 2025 AFP", "Agence France-Presse", 2025),
    ("Copyright 2019 The Associated Press. All rights reserved. This material may not be published, "
     "broadcast, rewritten or redistributed.", "The Associated Press", 2019),
    ("Copyright Thomson Reuters 2014. Click For Restrictions - http://about.reuters.com/fulllegal.asp", "Reuters", 2014),
    ("Copyright 2022, dpa (www.dpa.de). Alle Rechte vorbehalten", "Deutsche Presse-Agentur", 2022),
    ("Copyright ANSA 2017. Click For Restrictions - http://www.ansa.it/sito/static/copyright.html",
     "Agenzia Nazionale Stampa Associata", 2017),
    ("AAP content is owned by or licensed to Australian Associated Press Pty Limited (AAP) and is copyright "
     "protected.", "Australian Associated Press", None),
    ("The Canadian Press. All rights reserved.", "The Canadian Press", None),
    ("© 2024 Agencia EFE. Todos los derechos reservados.", "Agencia EFE", 2024),
    ("© ΑΠΕ-ΜΠΕ ΑΕ. Τα πνευματικά δικαιώματα ανήκουν στο ΑΠΕ-ΜΠΕ ΑΕ.", "Athens-Macedonian News Agency", None),
    ("© 2025 Lusa. Todos os direitos reservados.", "Lusa - Agência de Notícias de Portugal", 2025),
    ("Copyright 2024 Kyodo News. All rights reserved.", "Kyodo News", 2024),
    ("(C) Yonhap News Agency. All Rights Reserved", "Yonhap News Agency", None),
    ("© 2023 Xinhua News Agency. All rights reserved.", "Xinhua News Agency", 2023),
    ("© 2025 TASS. Все права защищены.", "TASS Russian News Agency", 2025),
    ("Copyright 2021 Press Trust of India. All rights reserved.", "Press Trust of India", 2021),
    ("© 2020 Europa Press. Todos los derechos reservados.", "Europa Press", 2020),
    ("Tous droits réservés. © 2024 Agence France-Presse", "Agence France-Presse", 2024),
    ("(c) 2018 Anadolu Agency. All rights reserved.", "Anadolu Agency", 2018),
]


@pytest.mark.parametrize(("notice", "holder", "year"), AGENCY_NOTICES, ids=lambda v: str(v)[:24])
def test_agency_notice_as_footer(notice: str, holder: str, year: int | None) -> None:
    text = f"The port reopened on Friday.\n\nShips queued at the gate.\n{notice}\n"
    found = find_rights(text)
    assert found is not None
    assert (found.text, found.holder, found.year) == (notice, holder, year)


def test_notice_as_header() -> None:
    text = "© 2025 AFP\nPARIS (AFP) - The port reopened."
    found = find_rights(text)
    assert found is not None
    assert found.span == (0, 10)


def test_the_ap_reservation_alone_is_a_notice() -> None:
    text = "Rain fell on Monday.\n\nThis material may not be published, broadcast, rewritten or redistributed."
    found = find_rights(text)
    assert found is not None and found.holder is None
    assert text[found.span[0] : found.span[1]].startswith("This material")


def test_no_notice_in_a_story_sentence() -> None:
    assert find_rights("The court said the copyright claim failed on Monday.") is None


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # Spellings in other cases, in ASCII and other text, and beside the
        # characters the casefold test steps aside for.
        ("Story.\n© 2024 AGENCE FRANCE-PRESSE", "Agence France-Presse"),
        ("Story.\nCopyright 2020 DEUTSCHE PRESSE-AGENTUR", "Deutsche Presse-Agentur"),
        ("Story.\n© РИА НОВОСТИ", "RIA Novosti"),
        ("Story.\n© 2023 XİNHUA", "Xinhua News Agency"),
        ("Story.\n© 2023 ANADOLU AJANSI", "Anadolu Agency"),
        ("Story.\n© 2023 REUTERſ", "Reuters"),
    ],
)
def test_holder_in_any_case(text: str, holder: str) -> None:
    found = find_rights(text)
    assert found is not None
    assert found.holder == holder






@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Story.\n(C) 2020 Jo Lim", "(C) 2020 Jo Lim"),
        ("Story.\nCOPYRIGHT 2019 THE ASSOCIATED PRESS", "COPYRIGHT 2019 THE ASSOCIATED PRESS"),
        ("Story.\nThe Canadian Press. ALL RIGHTS RESERVED.", "The Canadian Press. ALL RIGHTS RESERVED."),
        ("Story.\nTodos los derechos reservados.", "Todos los derechos reservados."),
        ("Story.\nEFE. TODOS OS DIREITOS RESERVADOS.", "EFE. TODOS OS DIREITOS RESERVADOS."),
    ],
)
def test_ascii_cues_in_any_case(text: str, notice: str) -> None:
    found = find_rights(text)
    assert found is not None
    assert found.text == notice


@pytest.mark.parametrize(
    ("credit", "story_notice", "holder"),
    [
        ("A ferry at the quay. Copyright Jo Lim/AP Photo", "Copyright 2020 The Associated Press. All rights reserved.",
         "The Associated Press"),
        ("© Imago/Zoonar/Ana Berg", "© 2025 AFP. Tous droits réservés.", "Agence France-Presse"),
        ("© Victoria Hale/PA Wire/dpa", "© dpa-infocom GmbH. Alle Rechte vorbehalten.", "Deutsche Presse-Agentur"),
    ],
)
def test_a_picture_credit_is_not_the_notice(credit: str, story_notice: str, holder: str) -> None:
    import wiretext

    text = f"Ferry resumes\nOSLO, Jan 3 (NTB) - The ferry resumed service.\n\n{credit}\n\nIt was calm.\n\n{story_notice}"
    assert wiretext.parse(text).rights.holder == holder
    # alone, a picture's credit gives no notice at all
    assert find_rights(f"The ferry resumed service.\n{credit}\n") is None


@pytest.mark.parametrize(
    ("story_notice", "footer", "holder"),
    [
        ("Copyright 2020 The Associated Press. All rights reserved.", "Copyright 2021 Example Daily News",
         "The Associated Press"),
        ("© 2024 Reuters. All rights reserved.", "© 2024 Example Media Group, Inc.", "Reuters"),
    ],
)
def test_the_story_notice_wins_over_the_site_footer(story_notice: str, footer: str, holder: str) -> None:
    import wiretext

    text = f"Port reopens\nBEIRUT, Jan 3 (Reuters) - The port reopened.\n\n{story_notice}\n\n{footer}"
    a = wiretext.parse(text)
    assert a.rights.holder == holder
    assert footer not in a.body
    assert [n.kind for n in a.notes if n.kind == "site-rights"] == ["site-rights"]
    assert [s.text for s in wiretext.explain(text) if s.label == "site-rights"] == [footer]


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("© 2024 Mediahuis Luxembourg S.A.", "Mediahuis Luxembourg S.A."),
        ("Copyright 2023 Example Media Inc. All rights reserved.", "Example Media Inc."),
        ("(c) News Ltd. 2021", "News Ltd."),
        ("© 2022 Example Media, Inc.", "Example Media, Inc."),
        ("© 2024 Verlag und Druck GmbH & Co. KG", "Verlag und Druck GmbH & Co. KG"),
        ("Copyright © Neue Zeitung AG. Alle Rechte vorbehalten.", "Neue Zeitung AG"),
        ("© 2023 Example LLC. All Rights Reserved.", "Example LLC"),
        ("© 2024 Jo Lim", "Jo Lim"),
    ],
)
def test_the_holder_keeps_its_legal_form(notice: str, holder: str) -> None:
    found = find_rights(f"Story text.\n{notice}")
    assert found is not None and found.holder == holder


def test_a_rights_footer_ends_the_story_before_it() -> None:
    from wiretext.pipeline import analyse

    text = "PARIS (AFP) - Rain fell.\n© 2026 AFP\nReporting by Jo Lim"
    s = analyse(text, until="rights")
    assert s.rights is not None
    assert s.rights.holder == "Agence France-Presse"
    assert text[s.start : s.end].rstrip() == "PARIS (AFP) - Rain fell."
    assert text[s.after_rights : s.story_end] == "\nReporting by Jo Lim"


def test_a_notice_repeated_is_read_for_its_holder_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from wiretext import rights

    texts: list[str] = []
    holder = rights._holder
    monkeypatch.setattr(rights, "_holder", lambda notice: (texts.append(notice), holder(notice))[1])
    notice = "Copyright 2024 Harbour Herald Ltd."
    text = "The quay reopened on Monday.\n\n" + "\n\n".join(["Photo of the ferry at the quay", notice] * 5)
    found, footers = rights.rights_and_footers(text)
    assert found is not None and found.holder == "Harbour Herald Ltd."
    assert footers == []
    assert len(texts) == len(set(texts)) == 1  # five notices of one text, one reading of its holder
