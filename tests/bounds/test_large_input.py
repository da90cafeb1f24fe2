"""A 20 MB article is one bounded source (issue 9, reproduction 8): the reader analyses its start
only, so its claims are few, the ingest stays under 500 MB, and its page shows an excerpt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from suivi.reading.limits import MAX_ANALYSED_CHARS, MAX_DOCUMENT_BYTES
from tests.conftest import ROOT, SHARED, run_suivi

SEED = SHARED / "corpus" / "dev" / "000_8be80f8210069b19.txt"
MEMORY_LIMIT_KB = 500 * 1024


def big_article(path: Path, size: int) -> Path:
    """The seed article five times, then filler prose up to `size` bytes."""
    if not SEED.exists():
        pytest.skip("the shared corpus is not beside the checkout")
    seed = SEED.read_text(encoding="utf-8")
    filler = "Les délégations ont poursuivi leurs échanges dans un climat cordial. " * 30 + "\n\n"
    head = (seed + "\n\n") * 5
    path.write_text(head + filler * ((size - len(head.encode())) // len(filler.encode())))
    return path


# Runs the command and writes its peak memory (KB) to the file named first. A child's peak
# starts at its parent's size (Linux keeps the forked copy's high-water mark across exec), so
# the command is started from this small process, not from the test worker with its models.
MEASURE = (
    "import resource, subprocess, sys; code = subprocess.call(sys.argv[2:]); "
    "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
    "sys.exit(code)"
)


def ingest_with_its_peak(tmp_path: Path, *args: str) -> tuple[str, int]:
    """`suivi ingest ARGS` (which must succeed): its output and its own peak memory in KB."""
    peak = tmp_path / "peak"
    command = [sys.executable, "-c", MEASURE, str(peak), sys.executable, "-m", "suivi"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [*command, "ingest", *args], capture_output=True, text=True, env=env, timeout=900
    )
    assert done.returncode == 0, done.stderr
    return done.stdout, int(peak.read_text())


@pytest.mark.slow
def test_a_20_mb_article_is_read_within_bounds(tmp_path, registers):
    data = registers.seed_migrated(tmp_path / "data")
    assert run_suivi("init", "--data-dir", str(data)).returncode == 0
    article = big_article(tmp_path / "big.txt", 20_000_000)
    output, peak_kb = ingest_with_its_peak(tmp_path, str(article), "--data-dir", str(data))
    assert peak_kb < MEMORY_LIMIT_KB, f"{peak_kb // 1024} MB"
    claims = int(output.split("constats : ")[1].split()[0])
    assert 0 < claims <= 100, output


def test_a_larger_document_is_refused_before_it_is_read(tmp_path):
    from suivi.reading.pipeline import ReadingError, read

    with pytest.raises(ReadingError, match="too large"):
        read(b"a" * (MAX_DOCUMENT_BYTES + 1), "huge.txt")


@pytest.mark.django_db
def test_the_source_page_shows_a_bounded_excerpt(admin_client):
    from suivi.sources.models import Source

    text = "Début de l'article. " + "x" * (3 * MAX_ANALYSED_CHARS)
    source = Source.objects.create(title="Très long", text=text)
    page = admin_client.get(f"/sources/{source.pk}/").content.decode()
    assert len(page) < 2 * MAX_ANALYSED_CHARS
    assert "Début de l&#x27;article." in page or "Début de l'article." in page
