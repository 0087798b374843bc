"""parse_html: web pages (invented here) to Articles.  Skipped without the html extra."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

pytest.importorskip("trafilatura")
pytest.importorskip("charset_normalizer")

from hypothesis import given, settings
from hypothesis import strategies as st

import wiretext
from wiretext import parse, parse_html
from wiretext._markup import has_tags
from wiretext.cli import main
from wiretext.html import MAX_HTML_CHARS, story_text

STORY = (
    "<p>{dateline}The harbour authority reopened the northern quay on Tuesday after a week of repairs"
    " to the sea wall, letting ferries dock again.</p>"
    "<p>Engineers replaced two hundred metres of stone and raised the wall by half a metre, the authority"
    " said in a statement, adding that the work had cost less than planned.</p>"
    "<p>Ferry operators said timetables would return to normal from Thursday, and that tickets bought for"
    " cancelled crossings would be refunded in full.</p>"
    "<p>Residents had complained for months about the noise of the works at night.</p>"
)


def page(
    *,
    head: str = "",
    title: str = "Quay reopens after repairs | Harbour Herald",
    h1: str = "Quay reopens after repairs",
    dateline: str = "",
    after: str = "",
    story: str = STORY,
) -> str:
    """An invented article page: head metadata, navigation, the story, a footer."""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title>{head}</head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
        "<li><a href='/sport'>Sport</a></li></ul></nav>"
        f"<article><h1>{h1}</h1>{story.format(dateline=dateline)}{after}</article>"
        "<footer><p>Contact us</p><p>Cookie settings</p></footer></body></html>"
    )


def json_ld(**fields: object) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **fields})}</script>'


def kinds(article: wiretext.Article) -> list[str]:
    return [n.kind for n in article.notes]


# -- metadata ------------------------------------------------------------------


def test_json_ld_gives_headline_date_and_byline_with_notes() -> None:
    head = json_ld(
        headline="Northern quay reopens",
        datePublished="2024-11-05T09:12:00+01:00",
        author=[{"@type": "Person", "name": "Mara Lind"}, {"@type": "Person", "name": "Tom Okafor"}],
    )
    a = parse_html(page(head=head))
    assert a.headline == "Northern quay reopens"
    assert a.date == dt.date(2024, 11, 5)
    assert a.byline == "Mara Lind, Tom Okafor"
    assert a.authors == ("Mara Lind", "Tom Okafor")
    assert {"headline-from-json-ld", "date-from-json-ld", "byline-from-json-ld"} <= set(kinds(a))
    assert "The harbour authority reopened the northern quay" in a.body
    assert "Cookie settings" not in a.body and "Home" not in a.body


def test_json_ld_in_a_graph_and_a_list() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Harbour Herald"},
            {"@type": ["NewsArticle"], "headline": "Quay reopens", "datePublished": "2024-11-05"},
        ],
    }
    head = f'<script type="application/ld+json">[{json.dumps(graph)}]</script>'
    a = parse_html(page(head=head))
    assert (a.headline, a.date) == ("Quay reopens", dt.date(2024, 11, 5))


def test_meta_tags_when_there_is_no_json_ld() -> None:
    head = (
        '<meta property="og:title" content="Quay reopens after repairs">'
        '<meta property="og:site_name" content="Harbour Herald">'
        '<meta property="article:published_time" content="2024-11-05T23:40:00-05:00">'
        '<meta name="author" content="Mara Lind">'
    )
    a = parse_html(page(head=head))
    assert a.headline == "Quay reopens after repairs"
    assert a.date == dt.date(2024, 11, 5)  # the day the stamp writes, in its own time zone
    assert a.byline == "Mara Lind"
    assert {"headline-from-meta", "date-from-meta", "byline-from-meta"} <= set(kinds(a))


def test_time_element_and_title_without_the_site_name() -> None:
    story = "<p><time datetime='2023-02-14T08:00:00Z'>Feb 14</time></p>" + STORY
    a = parse_html(page(title="Quay reopens after repairs - Harbour Herald", h1="Quay reopens", story=story))
    assert a.date == dt.date(2023, 2, 14)
    assert "date-from-time" in kinds(a)
    assert a.headline == "Quay reopens after repairs"  # the title, its site name taken off
    assert "Harbour Herald" not in a.headline


def test_addresses_and_site_names_are_not_authors() -> None:
    head = (
        '<meta property="og:site_name" content="Harbour Herald">'
        '<meta name="author" content="m.lind@harbour-herald.example">'
        + json_ld(headline="Quay reopens", author={"@type": "Organization", "name": "Harbour Herald"})
    )
    a = parse_html(page(head=head))
    assert a.byline in (None, "Harbour Herald")
    assert "m.lind" not in (a.byline or "")


# -- which headline ------------------------------------------------------------


def og(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


def test_json_ld_headline_leads_when_the_sources_disagree() -> None:
    head = json_ld(headline="Northern quay reopens to ferries") + og("Ferries dock again at last")
    a = parse_html(page(head=head, h1="Harbour news"))
    assert a.headline == "Northern quay reopens to ferries"
    assert "headline-from-json-ld" in kinds(a)


def test_a_kicker_comes_off_when_another_source_states_the_rest() -> None:
    head = json_ld(headline="Harbour works: Northern quay reopens") + og("Northern quay reopens")
    a = parse_html(page(head=head, h1="Harbour works: Northern quay reopens"))
    assert a.headline == "Northern quay reopens"
    note = next(n for n in a.notes if n.kind == "headline-from-json-ld")
    assert "kicker" in note.message


def test_a_kicker_stays_when_no_other_source_states_the_rest() -> None:
    head = json_ld(headline="Harbour works: Northern quay reopens") + og("Harbour works: Northern quay reopens")
    a = parse_html(page(head=head, h1="Northern quay reopens"))  # the h1 alone does not cut it
    assert a.headline == "Harbour works: Northern quay reopens"


@pytest.mark.parametrize(
    "h1",
    [
        '<span itemprop="headline">Ferries dock again at last</span>',
        '<span class="article-kicker">Harbour</span> <span class="article-headline">Ferries dock again at last</span>',
    ],
)
def test_the_headline_the_markup_marks_wins(h1: str) -> None:
    head = json_ld(headline="Northern quay reopens to ferries") + og("Ferries dock again at last")
    a = parse_html(page(head=head, h1=h1))
    assert a.headline == "Ferries dock again at last"
    assert "headline-from-meta" in kinds(a)


def test_the_headline_the_main_text_opens_with_wins() -> None:
    head = json_ld(headline="Northern quay reopens to ferries") + og("Ferries dock again at last")
    story = "<p>Ferries dock again at last</p>" + STORY
    a = parse_html(page(head=head, h1="Harbour news", story=story))
    assert a.headline == "Ferries dock again at last"
    note = next(n for n in a.notes if n.kind == "headline-from-meta")
    assert "opens with it" in note.message


def test_og_title_wins_when_json_ld_adds_a_clause_to_it() -> None:
    head = json_ld(headline="Ferries dock again at last after a week of repairs") + og("Ferries dock again at last")
    a = parse_html(page(head=head, h1="Ferries dock again at last after a week of repairs"))
    assert a.headline == "Ferries dock again at last"


def test_og_title_wins_when_json_ld_is_it_with_a_word_added_inside() -> None:
    head = json_ld(headline="Ferries dock again at the old northern quay") + og("Ferries dock again at the quay")
    a = parse_html(page(head=head, h1="Ferries dock again at the old northern quay"))
    assert a.headline == "Ferries dock again at the quay"
    note = next(n for n in a.notes if n.kind == "headline-from-meta")
    assert "words added" in note.message


def test_json_ld_stays_when_og_title_is_no_shorter_form_of_it() -> None:
    # og:title leaves words out but adds one of its own ("quietly"): another headline, not a short form
    head = json_ld(headline="Ferries dock again at the old northern quay") + og("Ferries quietly dock again")
    a = parse_html(page(head=head, h1="Harbour news"))
    assert a.headline == "Ferries dock again at the old northern quay"


def test_json_ld_stays_when_og_title_keeps_too_few_of_its_words() -> None:
    head = json_ld(headline="Harbour news: Ferries dock again at the old northern quay") + og("Harbour news")
    a = parse_html(page(head=head, h1="Harbour news: Ferries dock again at the old northern quay"))
    assert a.headline == "Harbour news: Ferries dock again at the old northern quay"


KICKED_H1 = '<span class="kicker">Harbour works</span> - <span class="headline">Ferries dock again</span>'


def test_a_kicker_the_sources_disagree_on_comes_off_the_words_the_markup_marks() -> None:
    head = og("Storm season: Ferries dock again")
    a = parse_html(page(head=head, title="Storm season: Ferries dock again", h1=KICKED_H1))
    assert a.headline == "Ferries dock again"
    note = next(n for n in a.notes if n.kind == "headline-from-meta")
    assert "another kicker" in note.message


def test_a_kicker_the_sources_agree_on_stays_though_the_markup_marks_the_rest() -> None:
    head = og("Harbour works: Ferries dock again")
    a = parse_html(page(head=head, title="Harbour works: Ferries dock again", h1=KICKED_H1))
    assert a.headline == "Harbour works: Ferries dock again"


def test_the_spelling_most_sources_give() -> None:
    head = json_ld(headline="Ferries \u2018dock again\u2019 at last") + og("Ferries 'dock again' at last")
    a = parse_html(page(head=head, title="Ferries 'dock again' at last | Harbour Herald", h1="Other"))
    assert a.headline == "Ferries 'dock again' at last"


# -- the dispatch's own fields win ---------------------------------------------


def test_dateline_and_credit_read_from_the_story() -> None:
    head = json_ld(headline="Quay reopens", datePublished="2024-11-05T09:00:00Z")
    a = parse_html(page(head=head, dateline="ROTTERDAM (Reuters) - "))
    assert a.location is not None and a.location.city == "ROTTERDAM"
    assert a.agency is not None and a.agency.code == "Reuters"
    assert a.date == dt.date(2024, 11, 5)
    assert a.body.startswith("The harbour authority")


def test_the_datelines_own_date_wins_with_a_note() -> None:
    head = json_ld(headline="Quay reopens", datePublished="2024-11-07T09:00:00Z")
    a = parse_html(page(head=head, dateline="ROTTERDAM, Nov 5, 2024 (AFP) - "))
    assert a.date == dt.date(2024, 11, 5)
    assert "date-disagrees" in kinds(a)


def test_the_page_date_gives_the_year_a_dateline_leaves_out() -> None:
    head = json_ld(headline="Quay reopens", datePublished="2019-11-05T09:00:00Z")
    a = parse_html(page(head=head, dateline="ROTTERDAM, Nov 5 (AFP) - "))
    assert a.date == dt.date(2019, 11, 5)
    assert "year-missing" not in kinds(a)


def test_agency_from_the_page_when_the_text_has_no_credit() -> None:
    head = json_ld(headline="Quay reopens", author={"@type": "Organization", "name": "Associated Press"})
    a = parse_html(page(head=head))
    assert a.agency is not None and a.agency.code == "AP"
    assert "agency-from-json-ld" in kinds(a)


def test_the_texts_credit_wins_over_the_pages_author() -> None:
    head = json_ld(headline="Quay reopens", author={"@type": "Organization", "name": "Reuters"})
    a = parse_html(page(head=head, dateline="ROTTERDAM (AFP) - "))
    assert a.agency is not None and a.agency.code == "AFP"


def test_rights_from_the_page_and_from_the_story() -> None:
    head = json_ld(headline="Quay reopens", copyrightHolder={"@type": "Organization", "name": "Harbour Herald"},
                   copyrightYear=2024)
    a = parse_html(page(head=head))
    assert a.rights is not None and (a.rights.holder, a.rights.year) == ("Harbour Herald", 2024)
    assert "rights-from-json-ld" in kinds(a)
    b = parse_html(page(head=head, after="<p>© 2024 AFP. All rights reserved.</p>"))
    assert b.rights is not None and b.rights.holder == "Agence France-Presse"
    assert "rights-disagree" in kinds(b)


# -- input ---------------------------------------------------------------------


def test_bytes_in_the_declared_charset() -> None:
    text = page(title="Café reopens", h1="Café reopens").replace("charset='utf-8'", "charset='iso-8859-1'")
    a = parse_html(text.encode("cp1252"))
    assert a.headline is not None and "Café" in a.headline
    assert any(n.kind == "charset" and "declares" in n.message for n in a.notes)


def test_bytes_without_a_declaration_are_detected() -> None:
    text = page(title="Ärger am Kai: Fähren fahren wieder", h1="Ärger am Kai").replace("<meta charset='utf-8'>", "")
    a = parse_html(text.encode("cp1252"))
    assert a.headline is not None and "Fähren" in a.headline
    b = parse_html(text.encode("utf-8"))
    assert b.headline == a.headline


def test_a_utf16_declaration_without_a_byte_order_mark_reads_as_utf8() -> None:
    text = page(title="Fähren fahren wieder", h1="Fähren fahren wieder").replace("charset='utf-8'", "charset='utf-16'")
    assert parse_html(text.encode("utf-8")).headline == "Fähren fahren wieder"
    assert parse_html(text.encode("utf-16")).headline == "Fähren fahren wieder"  # with its byte-order mark


def test_a_string_without_markup_is_read_by_parse() -> None:
    text = "Quay reopens\nROTTERDAM (AFP) - The harbour authority reopened the quay."
    a = parse_html(text)
    assert kinds(a)[0] == "not-html"
    assert (a.headline, a.body, a.agency) == (parse(text).headline, parse(text).body, parse(text).agency)


def test_wrong_types_raise_type_error() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        parse_html(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference_date"):
        parse_html("<p>x</p>", reference_date=20240101)  # type: ignore[arg-type]


def test_over_max_chars_raises_input_too_large() -> None:
    with pytest.raises(wiretext.InputTooLarge):
        parse_html("<p>" + "x" * 50, max_chars=20)
    assert MAX_HTML_CHARS >= 10_000_000


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real = builtins.__import__

    def no_trafilatura(name: str, *args: object, **kwargs: object) -> object:
        if name == "trafilatura":
            raise ImportError("No module named 'trafilatura'")
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    with pytest.raises(ImportError, match=r"wiretext\[html\]"):
        parse_html("<p>x</p>")


def test_story_text_is_what_the_spans_index() -> None:
    head = json_ld(headline="Quay reopens")
    text = story_text(page(head=head, dateline="ROTTERDAM (AFP) - "))
    a = parse_html(page(head=head, dateline="ROTTERDAM (AFP) - "))
    assert a.dateline is not None
    start, end = a.dateline.span
    assert text[start:end] == a.dateline.text


# -- hostile pages -------------------------------------------------------------

_TAGS = ("p", "div", "span", "a", "b", "article", "script", "style", "h1", "title", "table", "td", "li", "time")
_piece = st.one_of(
    st.sampled_from(_TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(_TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(('<meta property="og:title" content="', '<time datetime="', '<script type="application/ld+json">{',
                     '"@type": "NewsArticle"', '"headline": [', "<!--", "-->", "<!DOCTYPE html>", "<?xml ", "&amp;",
                     "&#0;", "\x00", "PARIS (AFP) - ", "\ud800", ">", "<", '"', "'")),
    st.text(max_size=30),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_piece, max_size=60).map("".join))
def test_never_raises_on_random_markup(html: str) -> None:
    a = parse_html(html)
    assert isinstance(a, wiretext.Article)
    # no tag in a headline ("a > b <" is text; "<meta ...>" is markup)
    assert a.headline is None or not has_tags(a.headline), a.headline


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([b"", b"<meta charset='utf-8'>", b"<meta charset='klingon'>",
                                                 b"<?xml version='1.0' encoding='utf-16'?>", b"\xef\xbb\xbf"]))
def test_never_raises_on_random_bytes(data: bytes, declared: bytes) -> None:
    a = parse_html(declared + b"<html><body><p>" + data + b"</p></body></html>")
    assert any(n.kind == "charset" for n in a.notes)


def test_explain_labels_every_character_of_the_story_text() -> None:
    html = page(head=json_ld(headline="Quay reopens"), dateline="ROTTERDAM (AFP) - ")
    text = story_text(html)
    segments = wiretext.explain(text)
    assert "".join(s.text for s in segments) == text
    assert [s.text for s in segments if s.label == "dateline"] == ["ROTTERDAM (AFP) -"]


def test_deeply_nested_tags_keep_their_text() -> None:
    text = "ROTTERDAM (AFP) - The harbour authority reopened the northern quay on Tuesday."
    a = parse_html("<html><body>" + "<div><span>" * 50_000 + text + "</span></div>" * 50_000 + "</body></html>")
    assert "reopened the northern quay" in a.body


def test_a_ten_megabyte_page() -> None:
    # What makes real pages huge: inline state for scripts and images as data addresses.
    blob = "<script>window.__STATE__ = " + json.dumps({"items": ["x" * 100] * 50_000}) + ";</script>"
    image = "<img src='data:image/png;base64," + "iVBORw0KGgo" * 450_000 + "'>"
    html = page(after=image).replace("</head>", blob + "</head>")
    assert len(html) > 10_000_000
    a = parse_html(html)
    assert "reopened the northern quay" in a.body


def test_unclosed_tags() -> None:
    a = parse_html("<html><body><article><h1>Quay reopens<p>" + STORY.format(dateline="").replace("</p>", ""))
    assert "reopened the northern quay" in a.body


# -- the command line ----------------------------------------------------------


def test_cli_reads_html_files_through_parse_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head = json_ld(headline="Quay reopens", datePublished="2024-11-05")
    (tmp_path / "story.html").write_text(page(head=head, dateline="ROTTERDAM (AFP) - "), encoding="utf-8")
    (tmp_path / "story.txt").write_text(page(head=head), encoding="utf-8")
    assert main(["parse", str(tmp_path / "story.html"), "--format", "jsonl", "--url", "https://example.org/a"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["headline"], doc["date"], doc["agency"]["code"]) == ("Quay reopens", "2024-11-05", "AFP")
    assert main(["parse", str(tmp_path / "story.txt"), "--format", "jsonl", "--html"]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == "Quay reopens"
