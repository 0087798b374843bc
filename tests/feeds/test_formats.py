"""Each feed format on invented items, in the styles of several agencies.

Every story here is invented for these tests; the shapes follow the
formats' specifications (NITF 3.x, NewsML-G2 2.x, NewsML 1.2, ninjs) and the
documented layouts of the LDC Gigaword and RCV1 archives.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

import wiretext
from wiretext import FeedSyntaxError, UnknownFeedFormat, iter_feed, parse_feed
from wiretext.feeds import FORMATS, Skipped, detect_format

pytest.importorskip("defusedxml", reason="the XML feed formats need the feeds extra")

D = dt.date


def kinds(a: wiretext.Article) -> list[str]:
    return [n.kind for n in a.notes]


# -- NITF ----------------------------------------------------------------------------

NITF_AP = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-4.dtd">
<nitf version="-//IPTC//DTD NITF 3.4//EN">
 <head>
  <title>Lake ferry resumes</title>
  <docdata>
   <doc-id regsrc="AP" id-string="a1b2c3d4"/>
   <date.issue norm="20240304T161500Z"/>
   <doc.copyright holder="The Associated Press" year="2024"/>
  </docdata>
 </head>
 <body>
  <body.head>
   <hedline><hl1>Lake ferry resumes after ice clears</hl1></hedline>
   <byline>By JO LIM</byline>
   <distributor>The Associated Press</distributor>
  </body.head>
  <body.content>
   <p>DULUTH, Minn. (AP) &#8212; The lake ferry sailed again on Monday after the ice
   cleared from the harbor, the operator said.</p>
   <p>Crews had waited three weeks for the thaw.</p>
  </body.content>
 </body>
</nitf>"""

NITF_PA = """<?xml version="1.0" encoding="ISO-8859-1"?>
<nitf>
 <head><docdata><doc-id id-string="PA-7731"/><date.issue norm="2024-05-02T09:30:00+01:00"/>
 <doc.copyright holder="PA Media" year="2024"/></docdata></head>
 <body>
  <body.head>
   <hedline><hl1>Canal towpath reopens in Leeds</hl1></hedline>
   <byline>By Sam Reed, PA</byline>
   <dateline><location><city>Leeds</city><country iso-cc="GB">England</country></location></dateline>
  </body.head>
  <body.content>
   <p>A canal towpath closed by a landslip reopened on Thursday, the council said.</p>
   <p>Walkers had used a detour for six months. \u00a3200,000 was spent on repairs.</p>
  </body.content>
 </body>
</nitf>""".encode("latin-1")

NITF_NTB = """<nitf>
 <head><docdata><doc-id id-string="NTB-0042"/><date.issue norm="20240112T0800+0100"/></docdata></head>
 <body>
  <body.head>
   <hedline><hl1>Fjellovergang stengt</hl1></hedline>
   <dateline><location><city>Bergen</city></location>, <story.date norm="20240112">12. januar</story.date></dateline>
   <distributor>NTB</distributor>
  </body.head>
  <body.content><p>Fjellovergangen er stengt p\u00e5 grunn av sn\u00f8fokk, opplyser veimyndighetene.</p></body.content>
  <body.end><tagline>\u00a9 NTB</tagline></body.end>
 </body>
</nitf>"""


def test_nitf_ap_style() -> None:
    (a,) = parse_feed(NITF_AP)
    assert a.source_id == "a1b2c3d4"
    assert a.headline == "Lake ferry resumes after ice clears"
    assert a.byline == "By JO LIM" and a.authors == ("JO LIM",)
    assert a.location is not None and (a.location.city, a.location.region) == ("DULUTH", "Minn.")
    assert a.agency is not None and a.agency.code == "AP"
    assert a.date == D(2024, 3, 4)
    assert a.rights is not None and (a.rights.holder, a.rights.year) == ("The Associated Press", 2024)
    assert a.paragraphs[0].startswith("The lake ferry sailed again on Monday after the ice cleared")
    assert a.paragraphs[1] == "Crews had waited three weeks for the thaw."
    assert {"headline-from-markup", "byline-from-markup", "date-from-markup", "rights-from-markup"} <= set(kinds(a))
    assert "agency-from-markup" not in kinds(a)  # the printed credit gave it


def test_nitf_pa_style_latin1_and_markup_place() -> None:
    (a,) = parse_feed(NITF_PA)
    assert a.source_id == "PA-7731"
    assert a.paragraphs[1].endswith("\u00a3200,000 was spent on repairs.")
    assert a.location is not None and (a.location.city, a.location.country_code) == ("Leeds", "GB")
    assert a.agency is not None and a.agency.code == "PA"
    assert a.date == D(2024, 5, 2)  # the day in the stamp's own offset
    assert a.rights is not None and a.rights.holder == "PA Media"
    assert "location-from-markup" in kinds(a) and "agency-from-markup" in kinds(a)


def test_nitf_ntb_style_story_date_and_tagline() -> None:
    (a,) = parse_feed(NITF_NTB)
    assert a.agency is not None and a.agency.code == "NTB"
    assert a.location is not None and (a.location.city, a.location.country_code) == ("Bergen", "NO")
    assert a.date == D(2024, 1, 12)
    note = next(n for n in a.notes if n.kind == "date-from-markup")
    assert "dateline/story.date" in note.message
    assert a.body == "Fjellovergangen er stengt p\u00e5 grunn av sn\u00f8fokk, opplyser veimyndighetene."
    assert a.rights is not None and a.rights.holder == "Norsk Telegrambyr\u00e5"  # the tagline, read by the text stages


def test_nitf_given_as_str_with_another_declared_encoding() -> None:
    (a,) = parse_feed(NITF_PA.decode("latin-1"))
    assert a.paragraphs[1].endswith("\u00a3200,000 was spent on repairs.")


def test_printed_date_wins_over_markup_date_with_a_note() -> None:
    doc = NITF_AP.replace(b"DULUTH, Minn. (AP)", b"DULUTH, Minn., March 2 (AP)")
    (a,) = parse_feed(doc)
    assert a.date == D(2024, 3, 2)
    note = next(n for n in a.notes if n.kind == "date-disagrees")
    assert "2024-03-02" in note.message and "2024-03-04" in note.message


def test_printed_credit_wins_over_the_distributor_with_a_note() -> None:
    doc = NITF_NTB.replace("<p>Fjellovergangen", "<p>BERGEN (Reuters) - Fjellovergangen")
    (a,) = parse_feed(doc)
    assert a.agency is not None and a.agency.code == "Reuters"
    assert [x.code for x in a.agencies] == ["Reuters", "NTB"]
    assert "agency-disagrees" in kinds(a)


# -- NewsML-G2 -----------------------------------------------------------------------

G2_NS = 'xmlns="http://iptc.org/std/nar/2006-10-01/"'

G2_MESSAGE_AFP = f"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage {G2_NS}>
 <header><sent>2024-06-10T12:00:00Z</sent></header>
 <itemSet>
  <newsItem guid="urn:newsml:afp.example:20240610:TX-1" version="1" standard="NewsML-G2" standardversion="2.29">
   <rightsInfo><copyrightHolder uri="http://www.afp.com"><name>AFP</name></copyrightHolder>
    <copyrightNotice>Copyright 2024 AFP. All rights reserved.</copyrightNotice></rightsInfo>
   <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:AFP"/>
    <versionCreated>2024-06-10T11:58:00Z</versionCreated><firstCreated>2024-06-10T11:50:00Z</firstCreated></itemMeta>
   <contentMeta>
    <contentCreated>2024-06-10T11:50:00+02:00</contentCreated>
    <located qcode="geo:lyon"><name>Lyon</name></located>
    <creditline>AFP</creditline>
    <headline>Lyon opens river swimming spots</headline>
    <by>Marie DUPONT</by>
   </contentMeta>
   <contentSet><inlineXML contenttype="application/xhtml+xml">
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>
     <p>Lyon (AFP) - The city opened three swimming spots on the Rhone on Monday.</p>
     <p>Lifeguards will watch them until September.</p>
    </body></html></inlineXML></contentSet>
  </newsItem>
  <newsItem guid="urn:newsml:afp.example:20240610:PH-2" version="1" standard="NewsML-G2" standardversion="2.29">
   <itemMeta><itemClass qcode="ninat:picture"/><provider qcode="nprov:AFP"/></itemMeta>
   <contentMeta><headline>Swimmers in the Rhone</headline></contentMeta>
   <contentSet><remoteContent href="http://example.com/photo.jpg"/></contentSet>
  </newsItem>
  <packageItem guid="urn:newsml:afp.example:20240610:PK-3" version="1" standard="NewsML-G2" standardversion="2.29">
   <itemMeta><itemClass qcode="ninat:composite"/></itemMeta>
  </packageItem>
  <newsItem guid="urn:newsml:afp.example:20240610:TX-4" version="1" standard="NewsML-G2" standardversion="2.29">
   <itemMeta><itemClass qcode="http://cv.iptc.org/newscodes/ninature/text"/><provider literal="AFP"/></itemMeta>
   <contentMeta><headline>Heat alert for the Rhone valley</headline>
    <contentCreated>2024-06-10T13:05:00+02:00</contentCreated></contentMeta>
   <contentSet><inlineData contenttype="text/plain">
VALENCE, France, June 10 (AFP) - Forecasters put the Rhone valley on heat
alert on Monday, with 38C expected by Wednesday.
   </inlineData></contentSet>
  </newsItem>
 </itemSet>
</newsMessage>""".encode()

G2_ANSA_NITF = f"""<newsItem {G2_NS} guid="urn:newsml:ansa.example:2024:77" version="2">
 <itemMeta><itemClass qcode="ninat:text"/><provider literal="ANSA"/></itemMeta>
 <contentMeta><headline>Treno storico torna in servizio</headline>
  <contentCreated>2024-07-01T10:00:00+02:00</contentCreated></contentMeta>
 <contentSet><inlineXML contenttype="application/nitf+xml">
  <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.head><byline>di Marco Rossi</byline></body.head>
  <body.content><p>(ANSA) - ROMA, 1 LUG - Un treno storico torna a viaggiare tra Roma e Orvieto.</p>
  <p>Le corse saranno settimanali.</p></body.content></body></nitf>
 </inlineXML></contentSet>
</newsItem>"""

G2_STT = f"""<newsItem {G2_NS} guid="urn:newsml:stt.example:2024:301">
 <rightsInfo><copyrightHolder literal="STT-FNB"/></rightsInfo>
 <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:STT"/></itemMeta>
 <contentMeta><headline>J\u00e4\u00e4tie avattiin</headline><dateline>Hailuoto, 1. helmikuuta</dateline>
  <located><name>Hailuoto</name></located><contentCreated>2024-02-01T08:00:00+02:00</contentCreated>
  <infoSource literal="STT" role="infosrcrole:originsource"/></contentMeta>
 <contentSet><inlineData>J\u00e4\u00e4tie Hailuotoon avattiin torstaina liikenteelle.</inlineData></contentSet>
</newsItem>"""


def test_g2_message_afp_style_skips_picture_and_package(skipped: list[Skipped]) -> None:
    articles = parse_feed(G2_MESSAGE_AFP, on_skip=skipped.append)
    assert [a.source_id for a in articles] == [
        "urn:newsml:afp.example:20240610:TX-1",
        "urn:newsml:afp.example:20240610:TX-4",
    ]
    first, second = articles
    assert first.headline == "Lyon opens river swimming spots"
    assert first.byline == "Marie DUPONT" and first.authors == ("Marie DUPONT",)
    assert first.location is not None and first.location.city == "Lyon"
    assert first.agency is not None and first.agency.code == "AFP"
    assert first.date == D(2024, 6, 10)
    assert first.rights is not None and first.rights.text == "Copyright 2024 AFP. All rights reserved."
    assert first.rights.holder == "Agence France-Presse"
    assert first.body == "The city opened three swimming spots on the Rhone on Monday.\n\nLifeguards will watch them until September."
    assert second.location is not None and second.location.region == "France"
    assert second.date == D(2024, 6, 10)
    assert second.paragraphs == (
        "Forecasters put the Rhone valley on heat alert on Monday, with 38C expected by Wednesday.",
    )
    assert [(s.reason, s.source_id) for s in skipped] == [
        ("media-item", "urn:newsml:afp.example:20240610:PH-2"),
        ("package-item", "urn:newsml:afp.example:20240610:PK-3"),
    ]
    assert all(s.format == "newsml-g2" for s in skipped)


def test_g2_ansa_style_nitf_inside_inline_xml() -> None:
    (a,) = parse_feed(G2_ANSA_NITF)
    assert a.agency is not None and a.agency.code == "ANSA"
    assert a.location is not None and a.location.city == "ROMA"
    assert a.date == D(2024, 7, 1)
    assert a.byline == "di Marco Rossi"
    assert a.paragraphs == ("Un treno storico torna a viaggiare tra Roma e Orvieto.", "Le corse saranno settimanali.")


def test_g2_stt_style_markup_dateline_and_inline_data() -> None:
    (a,) = parse_feed(G2_STT)
    assert a.agency is not None and a.agency.code == "STT"
    assert a.location is not None and a.location.city == "Hailuoto"
    assert a.rights is not None and a.rights.holder == "Finnish News Agency STT"
    assert a.body == "J\u00e4\u00e4tie Hailuotoon avattiin torstaina liikenteelle."
    assert a.date == D(2024, 2, 1)
    assert a.dateline is None  # the Finnish dateline element is not a shape wiretext reads; the place is ``located``
    assert "location-from-markup" in kinds(a)


def test_g2_skips_are_logged_by_default(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("WARNING", logger="wiretext.feeds")
    parse_feed(G2_MESSAGE_AFP)
    assert "PK-3" in caplog.text and "package" in caplog.text


# -- NewsML 1.2 ----------------------------------------------------------------------

NEWSML1 = b"""<?xml version="1.0" encoding="UTF-8"?>
<NewsML>
 <NewsEnvelope><DateAndTime>20240815T093000+0200</DateAndTime></NewsEnvelope>
 <NewsItem>
  <Identification><NewsIdentifier><ProviderId>afp.example</ProviderId><DateId>20240815</DateId>
   <NewsItemId>TX-1001</NewsItemId><PublicIdentifier>urn:newsml:afp.example:20240815:TX-1001:1</PublicIdentifier>
  </NewsIdentifier></Identification>
  <NewsManagement><FirstCreated>20240815T091500+0200</FirstCreated></NewsManagement>
  <NewsComponent>
   <NewsLines><HeadLine>Alpine pass reopens after rockfall</HeadLine><ByLine>Luc Martin</ByLine>
    <DateLine>Grenoble, Aug 15</DateLine><CopyrightLine>\xc2\xa9 2024 AFP</CopyrightLine></NewsLines>
   <AdministrativeMetadata><Provider><Party FormalName="AFP"/></Provider></AdministrativeMetadata>
   <DescriptiveMetadata><Location><Property FormalName="City" Value="Grenoble"/>
    <Property FormalName="Country" Value="FRA"/></Location></DescriptiveMetadata>
   <NewsComponent>
    <ContentItem><MediaType FormalName="Text"/><DataContent><nitf><body><body.content>
     <p>The pass reopened on Thursday after crews cleared the road.</p>
     <p>Drivers were told to expect delays.</p></body.content></body></nitf></DataContent></ContentItem>
   </NewsComponent>
  </NewsComponent>
 </NewsItem>
 <NewsItem>
  <Identification><NewsIdentifier><ProviderId>afp.example</ProviderId><NewsItemId>PH-1002</NewsItemId>
  </NewsIdentifier></Identification>
  <NewsComponent><ContentItem><MediaType FormalName="Photo"/></ContentItem></NewsComponent>
 </NewsItem>
 <NewsItem>
  <Identification><NewsIdentifier><ProviderId>amna.example</ProviderId><NewsItemId>GR-55</NewsItemId>
  </NewsIdentifier></Identification>
  <NewsManagement><FirstCreated>20240816T120000+0300</FirstCreated></NewsManagement>
  <NewsComponent>
   <NewsLines><HeadLine>Ferry strike called off</HeadLine><CreditLine>ANA-MPE</CreditLine></NewsLines>
   <ContentItem><MediaType FormalName="Text"/><DataContent>
    <p>ATHENS, Aug 16 ANA - Seamen called off a planned ferry strike on Friday.</p>
   </DataContent></ContentItem>
  </NewsComponent>
 </NewsItem>
</NewsML>"""


def test_newsml1_afp_and_ana_mpe_styles(skipped: list[Skipped]) -> None:
    afp, ana = parse_feed(NEWSML1, on_skip=skipped.append)
    assert afp.source_id == "urn:newsml:afp.example:20240815:TX-1001:1"
    assert afp.headline == "Alpine pass reopens after rockfall"
    assert afp.byline == "Luc Martin"
    assert afp.location is not None and (afp.location.city, afp.location.country_code) == ("Grenoble", "FR")
    assert afp.date == D(2024, 8, 15)
    assert afp.agency is not None and afp.agency.code == "AFP"
    assert afp.rights is not None and (afp.rights.holder, afp.rights.year) == ("Agence France-Presse", 2024)
    assert afp.paragraphs == ("The pass reopened on Thursday after crews cleared the road.", "Drivers were told to expect delays.")
    assert ana.source_id == "GR-55"
    assert ana.agency is not None and ana.agency.code == "ANA-MPE"
    assert ana.location is not None and ana.location.city == "ATHENS"
    assert ana.date == D(2024, 8, 16)
    assert [(s.reason, s.source_id) for s in skipped] == [("media-item", "PH-1002")]


def test_newsml1_markup_dateline_read_when_the_body_prints_none() -> None:
    (afp, _ana) = parse_feed(NEWSML1)
    assert afp.dateline is not None and afp.dateline.text == "Grenoble, Aug 15"
    assert afp.dateline.date == D(2024, 8, 15)  # the year from the markup's FirstCreated


# -- ninjs -----------------------------------------------------------------------------

NINJS_AAP = {
    "uri": "urn:aap.example:2024:551",
    "type": "text",
    "version": "1",
    "firstcreated": "2024-09-03T05:10:00+10:00",
    "headline": "Reef survey finds coral recovery",
    "byline": "Kim Tran",
    "located": "Townsville",
    "body_html": "<p>TOWNSVILLE, Sept 3 AAP - A survey found coral recovering on the northern reef.</p>"
    "<p>Divers checked 40 sites.</p>",
    "copyrightholder": "Australian Associated Press Pty Limited (AAP)",
    "copyrightnotice": "AAP content is copyright protected.",
}
NINJS2_CP = {
    "guid": "urn:cp.example:2024:9",
    "type": "text",
    "headlines": [{"value": "Ferry service to island extended", "role": "main"}],
    "by": "Pat Moreau",
    "contentcreated": "2024-10-01T14:00:00-03:00",
    "bodies": [{"contentType": "text/plain", "value": "HALIFAX \u2014 The ferry to the island will run until December.\n\nThe province pays for it."}],
    "rightsinfo": {"copyrightholder": "The Canadian Press", "copyrightnotice": "The Canadian Press. All rights reserved."},
}
NINJS_PICTURE = {"uri": "urn:aap.example:2024:552", "type": "picture", "headline": "Coral"}


def test_ninjs_1_aap_style() -> None:
    (a,) = parse_feed(json.dumps(NINJS_AAP))
    assert a.source_id == "urn:aap.example:2024:551"
    assert a.agency is not None and a.agency.code == "AAP"
    assert a.location is not None and a.location.city == "TOWNSVILLE"
    assert a.date == D(2024, 9, 3)
    assert a.paragraphs == ("A survey found coral recovering on the northern reef.", "Divers checked 40 sites.")
    assert a.rights is not None and a.rights.holder == "Australian Associated Press"


def test_ninjs_2_cp_style() -> None:
    (a,) = parse_feed(json.dumps(NINJS2_CP).encode())
    assert a.source_id == "urn:cp.example:2024:9"
    assert a.headline == "Ferry service to island extended"
    assert a.byline == "Pat Moreau"
    assert a.agency is not None and a.agency.code == "CP"
    assert a.date == D(2024, 10, 1)
    assert a.paragraphs[-1] == "The province pays for it."


def test_ninjs_list_and_json_lines(skipped: list[Skipped]) -> None:
    items = [NINJS_AAP, NINJS_PICTURE, NINJS2_CP]
    as_list = parse_feed(json.dumps(items), on_skip=skipped.append)
    lines = "\n".join(json.dumps(i) for i in items) + "\n{broken\n"
    as_lines = list(iter_feed(io.BytesIO(lines.encode()), on_skip=skipped.append))
    assert [a.source_id for a in as_list] == [a.source_id for a in as_lines] == [NINJS_AAP["uri"], NINJS2_CP["guid"]]
    assert [s.reason for s in skipped] == ["media-item", "media-item", "malformed"]
    assert isinstance(skipped[-1].error, FeedSyntaxError) and skipped[-1].error.line == 4


def test_json_without_ninjs_keys_is_an_unknown_format() -> None:
    with pytest.raises(UnknownFeedFormat, match="no ninjs item"):
        parse_feed(b'{"title": "not ninjs"}')


# -- Gigaword ----------------------------------------------------------------------------

GIGAWORD = b"""<DOC id="AFP_ENG_20240105.0007" type="story" >
<HEADLINE>
Storm cuts power to coastal towns
</HEADLINE>
<DATELINE>
BREST, France, Jan 5 (AFP)
</DATELINE>
<TEXT>
<P>
A winter storm cut power to thousands of homes along the coast on
Friday, the grid operator said.
</P>
<P>
Repairs would take two days, it said &AMP; crews were on the way.
</P>
</TEXT>
</DOC>
<DOC id="XIN_ENG_20240106.0011" type="story" >
<HEADLINE>
New rail link opens
</HEADLINE>
<DATELINE>
KUNMING, Jan. 6 (Xinhua)
</DATELINE>
<TEXT>
<P>
A new rail link between two cities opened on Saturday.
</P>
</TEXT>
</DOC>
<DOC id="APW_ENG_20240107.0002" type="advis" >
<TEXT>
<P>
EDITORS: A story on the storm will move later.
</P>
</TEXT>
</DOC>
"""


def test_gigaword_three_sources() -> None:
    afp, xin, apw = parse_feed(GIGAWORD)
    assert afp.source_id == "AFP_ENG_20240105.0007"
    assert afp.headline == "Storm cuts power to coastal towns"
    assert afp.location is not None and (afp.location.city, afp.location.region) == ("BREST", "France")
    assert afp.date == D(2024, 1, 5)
    assert afp.agency is not None and afp.agency.code == "AFP"
    assert afp.paragraphs[1] == "Repairs would take two days, it said & crews were on the way."
    assert xin.agency is not None and xin.agency.code == "Xinhua"
    assert xin.date == D(2024, 1, 6)
    assert apw.agency is not None and apw.agency.code == "AP"
    assert "item-type" in kinds(apw)


def test_gigaword_broken_doc_is_reported_and_the_next_still_comes_out(skipped: list[Skipped]) -> None:
    broken = GIGAWORD.replace(b"New rail link opens\n</HEADLINE>", b"New rail link opens\n</HEADLIN>")
    articles = parse_feed(broken, on_skip=skipped.append)
    assert [a.source_id for a in articles] == ["AFP_ENG_20240105.0007", "APW_ENG_20240107.0002"]
    (skip,) = skipped
    assert skip.reason == "malformed" and skip.source_id == "XIN_ENG_20240106.0011"
    assert isinstance(skip.error, FeedSyntaxError)
    assert (skip.error.line, skip.error.column) == (21, 3)  # the line in the file, not in the DOC
    assert str(skip.error) == "XIN_ENG_20240106.0011, line 21, column 3: mismatched tag"


def test_gigaword_gz_archive_streams(tmp_path: Path) -> None:
    path = tmp_path / "afp_eng_202401.gz"
    with gzip.open(path, "wb") as f:
        for _ in range(50):
            f.write(GIGAWORD)
    articles = iter_feed(path)
    first = next(articles)
    assert first.source_id == "AFP_ENG_20240105.0007"
    assert sum(1 for _ in articles) == 149
    with path.open("rb") as f:  # a binary file works as a path does
        assert sum(1 for _ in iter_feed(f)) == 150


# -- RCV1 ----------------------------------------------------------------------------------

RCV1 = """<?xml version="1.0" encoding="iso-8859-1" ?>
<newsitem itemid="{id}" id="root" date="1996-08-{day}" xml:lang="en">
<title>{title}</title>
<headline>{headline}</headline>
{byline}<dateline>{dateline}</dateline>
<text>
<p>{body}</p>
<p>Traders expected more of the same next week.</p>
</text>
<copyright>(c) Reuters Limited 1996</copyright>
<metadata>
<dc element="dc.date.created" value="1996-08-{day}"/>
<dc element="dc.publisher" value="Reuters Holdings Plc"/>
<dc element="dc.creator.location" value="{city}"/>
</metadata>
</newsitem>"""


@pytest.mark.parametrize(
    ("fields", "city"),
    [
        ({"id": "80001", "day": "21", "title": "NORWAY: Salmon price firms.", "headline": "Salmon price firms.", "byline": "",
              "dateline": "OSLO 1996-08-21", "body": "Salmon prices firmed on Wednesday on strong demand, exporters said.",
              "city": "OSLO"}, "OSLO"),
        ({"id": "80002", "day": "22", "title": "KENYA: Tea auction steady.", "headline": "Tea auction steady.",
              "byline": "<byline>Amina Otieno</byline>\n", "dateline": "NAIROBI 1996-08-22",
              "body": "Prices at the weekly tea auction held steady on Thursday.", "city": "NAIROBI"}, "NAIROBI"),
        ({"id": "80003", "day": "23", "title": "CHILE: Copper output up.", "headline": "Copper output up.", "byline": "",
              "dateline": "SANTIAGO 1996-08-23", "body": "SANTIAGO, Aug 23 (Reuters) - Copper output rose in July, the agency said.",
              "city": "SANTIAGO"}, "SANTIAGO"),
    ],
)  # fmt: skip
def test_rcv1_items(fields: dict[str, str], city: str) -> None:
    (a,) = parse_feed(RCV1.format(**fields).encode("latin-1"))
    assert a.source_id == fields["id"]
    assert a.headline == fields["headline"]
    assert a.date == D(1996, 8, int(fields["day"]))
    assert a.agency is not None and a.agency.code == "Reuters"
    assert a.location is not None and a.location.city == city
    assert a.rights is not None and (a.rights.holder, a.rights.year) == ("Reuters", 1996)
    assert a.paragraphs[-1] == "Traders expected more of the same next week."
    assert (a.byline is not None) == bool(fields["byline"])


# -- detection and format= -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fmt"),
    [(NITF_AP, "nitf"), (G2_MESSAGE_AFP, "newsml-g2"), (NEWSML1, "newsml-1.2"), (GIGAWORD, "gigaword"),
     (json.dumps(NINJS_AAP).encode(), "ninjs"), (RCV1.encode(), "rcv1"), (b"\xef\xbb\xbf  <!-- c -->\n<nitf/>", "nitf")],
)  # fmt: skip
def test_detect_format(data: bytes, fmt: str) -> None:
    assert detect_format(data) == fmt
    assert fmt in FORMATS


def test_format_argument_skips_detection_and_is_checked() -> None:
    assert parse_feed(NITF_AP, format="nitf")[0].source_id == "a1b2c3d4"
    with pytest.raises(ValueError, match="format must be one of"):
        parse_feed(NITF_AP, format="rss")


def test_text_input_is_unchanged_by_the_feed_module() -> None:
    text = "Lake ferry resumes\n\nDULUTH, Minn. (AP) - The lake ferry sailed again."
    assert wiretext.parse(text).source_id is None
    assert wiretext.parse(text) == wiretext.Article.from_text(text)


def test_wrong_types() -> None:
    with pytest.raises(TypeError, match="bytes or a str"):
        parse_feed(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="path or a binary file"):
        iter_feed(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="binary file"):
        iter_feed(io.StringIO("<nitf/>"))  # type: ignore[arg-type]
