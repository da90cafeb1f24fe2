from __future__ import annotations

import pytest

from suivi.watch.config import Settings
from suivi.watch.fetch import Fetcher
from tests.watch.server import Site


@pytest.fixture
def site():
    server = Site().start()
    yield server
    server.stop()


@pytest.fixture
def settings() -> Settings:
    """Limits small enough to be met by fixture pages within a second."""
    return Settings(timeout=1.0, max_page_bytes=200_000, max_entries=1000, max_new=5)


@pytest.fixture
def fetcher(settings):
    with Fetcher(timeout=settings.timeout) as client:
        yield client
