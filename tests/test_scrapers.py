"""The code of docs/scrapers.md runs: the Scrapy pipeline and the requests + lxml script, on an invented page."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGE = (ROOT / "docs" / "scrapers.md").read_text(encoding="utf-8")
STORY_PAGE = (ROOT / "tests" / "fixtures" / "story_page.html").read_bytes()


def _block(heading: str) -> str:
    """The first Python block under ``heading`` in docs/scrapers.md."""
    section = PAGE.split(f"## {heading}\n", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match is not None
    return match.group(1)


def _run(code: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "docs_example"}
    exec(compile(code, "docs/scrapers.md", "exec"), namespace)  # the page's own code
    return namespace


BODY = (
    "Harbour ferries resume after storm\n"
    "BERGEN, Jan 3 (NTB) - Ferries across the harbour ran again on Saturday.\n\n"
    "The operator said extra boats would run.\n© 2026 NTB"
)


def test_scrapy_pipeline() -> None:
    scrapy = pytest.importorskip("scrapy")
    pipeline = _run(_block("A Scrapy item pipeline"))["WiretextPipeline"]()
    spider = scrapy.Spider(name="news")
    item = {"url": "https://ledger.example/ferries", "body": BODY, "fetched": "2026-01-05T09:12:00Z"}
    out = pipeline.process_item(item, spider)
    assert out is item
    assert (out["wt_headline"], out["wt_agency"], out["wt_city"], out["wt_date"]) == (
        "Harbour ferries resume after storm",
        "NTB",
        "BERGEN",
        "2026-01-03",
    )
    assert out["wt_rights_holder"] == "Norsk Telegrambyrå"
    assert out["wt_notes"] == ["year-from"]
    assert out["body"] == BODY  # the spider's own fields stay
    # An item without text passes untouched.
    assert pipeline.process_item({"url": "x"}, spider) == {"url": "x"}


def test_scrapy_pipeline_with_a_declared_item() -> None:
    scrapy = pytest.importorskip("scrapy")
    from wiretext.serialize import RECORD_FIELDS

    fields = {"body": scrapy.Field(), "fetched": scrapy.Field()} | {f"wt_{k}": scrapy.Field() for k in RECORD_FIELDS}
    story_item = type("StoryItem", (scrapy.Item,), fields)
    pipeline = _run(_block("A Scrapy item pipeline"))["WiretextPipeline"]()
    out = pipeline.process_item(story_item(body=BODY, fetched="2026-01-05"), scrapy.Spider(name="news"))
    assert out["wt_city"] == "BERGEN" and out["wt_date"] == "2026-01-03"


class _Response:
    def __init__(self, content: bytes, headers: dict[str, str], status: int = 200) -> None:
        self.content, self.headers, self.status_code = content, headers, status

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise RuntimeError(f"HTTP {self.status_code}")


class _Session:
    def __init__(self, response: _Response) -> None:
        self.response, self.calls = response, []  # type: list[tuple[str, float]]

    def get(self, url: str, timeout: float) -> _Response:
        self.calls.append((url, timeout))
        return self.response


def test_requests_and_lxml_script() -> None:
    pytest.importorskip("lxml")
    pytest.importorskip("requests")
    story = _run(_block("requests and lxml"))["story"]
    session = _Session(_Response(STORY_PAGE, {"Date": "Mon, 05 Jan 2026 09:12:00 GMT"}))
    article = story("https://ledger.example/ferries", session=session)
    assert session.calls == [("https://ledger.example/ferries", 30)]
    assert article.headline == "Harbour ferries resume after storm"
    assert (article.agency.code, article.location.city, article.date) == ("NTB", "BERGEN", dt.date(2026, 1, 3))
    assert len(article.paragraphs) == 3
    assert "Subscribe" not in article.body and "Home" not in article.body
    # Without a Date header there is no reference date: the year is unknown.
    assert story("https://ledger.example/ferries", session=_Session(_Response(STORY_PAGE, {}))).date is None


def test_requests_script_raises_on_an_error_status() -> None:
    pytest.importorskip("lxml")
    pytest.importorskip("requests")
    story = _run(_block("requests and lxml"))["story"]
    with pytest.raises(RuntimeError, match="HTTP 404"):
        story("https://ledger.example/gone", session=_Session(_Response(b"", {}, 404)))
