"""Fixtures of the web tests: a venue (real app, library and server) in a temporary data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_venue import Venue, make_venue


@pytest.fixture
def venue(tmp_path: Path) -> Iterator[Venue]:
    v = make_venue(tmp_path / "data")
    yield v
    v.app.close()
