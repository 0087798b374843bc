"""Feed tests need the feeds extra (defusedxml) for XML; ninjs runs without it."""

from __future__ import annotations

import logging

import pytest


@pytest.fixture
def skipped() -> list[object]:
    """A list that on_skip appends to."""
    return []


@pytest.fixture(autouse=True)
def _quiet_feed_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="wiretext.feeds")
