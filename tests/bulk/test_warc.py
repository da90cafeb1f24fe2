"""WARC archives (`.warc`, `.warc.gz`): each HTML response becomes one source; a truncated record
is reported and the rest of the archive is stored."""

from __future__ import annotations

import pytest

from suivi.sources import batch
from suivi.sources.models import Source
from tests.bulk import warcs


@pytest.mark.slow
@pytest.mark.django_db
def test_a_warc_of_1000_pages_gives_1000_sources_and_reports_its_truncated_record(tmp_path):
    pages = {f"http://example.org/notes/{n}": warcs.page(n) for n in range(1000)}
    archive = warcs.write(tmp_path / "crawl.warc", pages, truncate_last=True)
    summary = batch.run(batch.collect([str(archive)]))
    assert summary.new_sources == 1000
    assert Source.objects.count() == 1000
    assert Source.objects.filter(url="http://example.org/notes/999").exists()
    assert summary.failures == [
        (f"{archive} (http://example.org/cut)", "enregistrement WARC tronqué")
    ]


@pytest.mark.django_db
def test_a_gzipped_warc_cut_short_keeps_its_whole_records(tmp_path):
    pages = {f"http://example.org/{n}": warcs.page(n) for n in range(3)}
    whole = warcs.write(tmp_path / "whole.warc.gz", pages)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size - 200])
    items = list(batch.collect([str(cut)]))
    good = [item.name for item in items if item.data]
    assert (
        good
        == ["http://example.org/0", "http://example.org/1", "http://example.org/2"][: len(good)]
    )
    assert len(good) >= 2
    assert [item.error for item in items if item.error] == ["enregistrement WARC tronqué"]
