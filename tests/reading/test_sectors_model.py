"""The learned sector models of `benchmarks/sectors_model.py` (issue 10), trained on the
invented labelled phrases alone: complements the lexicon leaves general or misreads, in
words it was never given, land in their domain. The reader does not use the models (they
moved nothing on blind); these tests keep the benchmark's models honest."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "sectors_model.py"


@cache
def _benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("sectors_model", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    sys.modules["sectors_model"] = module
    spec.loader.exec_module(module)
    return module


@cache
def _models():  # type: ignore[no-untyped-def]
    bench = _benchmark()
    phrases = bench.invented()
    return bench.stem_model(phrases), bench.vector_model(phrases)


# Russian complements in words absent from the invented phrases: navec's vectors place them
# (and since ruvectors20 the vector table's Russian half mostly does too, so the lexicon is
# not asked to miss them).
@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("лечение онкологических больных", "health"),
        ("добыча никеля", "mining"),
        ("разведение овец и коз", "agriculture"),
        ("сохранение редких видов животных", "environment"),
    ],
)
def test_russian_vectors_place_unseen_words(phrase: str, sector: str) -> None:
    assert _benchmark().alone(_models()[1])(phrase) == [sector]


# French and English: the stems of the invented phrases ("forages", "panning"; "boreholes"
# was one until sectors24 put it in the lexicon).
@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("les forages de puits", "water"),
        ("artisanal gold panning", "mining"),
    ],
)
def test_stems_place_what_the_lexicon_misses(phrase: str, sector: str) -> None:
    bench = _benchmark()
    assert bench.lexicon(phrase) != [sector]
    assert bench.alone(_models()[0])(phrase) == [sector]


def test_no_known_word_is_no_opinion() -> None:
    """A phrase of words neither model has seen gets no ranking, not the bias's sector."""
    stem, vector = _models()
    assert stem.ranked("1234 5678") == []
    assert vector.ranked("the two sides") == []
