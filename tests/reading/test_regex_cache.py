"""Long patterns compiled from the disk cache are the very patterns `re` compiles."""

from __future__ import annotations

import re

import pytest

from suivi.reading import regex_cache

WORDS = ["accord", "convention", "соглашение", "memorandum", "traité", "protocole"]
LONG = (
    r"(?<!\w)(?P<head>(?:"
    + "|".join(rf"{w}s?(?:\s+de\s+coopération)?" for w in WORDS * 60)
    + r"))\b(?:\s+(?P<tail>[A-ZÀ-Þ][\w'’-]+))?"
)


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SUIVI_CACHE_DIR", str(tmp_path))
    return tmp_path / "regex"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.IGNORECASE | re.VERBOSE, re.ASCII])
def test_cold_and_warm_compile_equal_re(cache_dir, flags):
    assert len(LONG) >= regex_cache.MIN_LENGTH
    expected = re.compile(LONG, flags)
    cold = regex_cache.compile_cached(LONG, flags)
    assert len(list(cache_dir.iterdir())) == 1
    warm = regex_cache.compile_cached(LONG, flags)
    # Pattern equality compares the compiled code as well as the pattern and flags
    assert cold == expected and warm == expected
    assert warm.groupindex == expected.groupindex and warm.groups == expected.groups
    text = "Les Accords de coopération Mali-Niger et la convention Sénégal, un соглашение."
    assert [m.groupdict() for m in warm.finditer(text)] == [
        m.groupdict() for m in expected.finditer(text)
    ]


def test_inside_the_context_re_compile_uses_the_cache(cache_dir):
    re.purge()
    with regex_cache.compiled():
        inside = re.compile(LONG, re.IGNORECASE)
        short = re.compile(r"\baccords?\b")
    re.purge()
    with regex_cache.compiled(), regex_cache.compiled():
        again = re.compile(LONG, re.IGNORECASE)
    from re import _compiler

    assert not hasattr(_compiler.compile, "original")  # restored after nested contexts
    assert inside == again == re.compile(LONG, re.IGNORECASE)
    assert short == re.compile(r"\baccords?\b")
    assert len(list(cache_dir.iterdir())) == 1  # short patterns are not kept


def test_a_damaged_file_is_compiled_again(cache_dir):
    regex_cache.compile_cached(LONG)
    (kept,) = cache_dir.iterdir()
    kept.write_text('{"flags": 32, "code": [1, 2', encoding="utf-8")
    assert regex_cache.compile_cached(LONG) == re.compile(LONG)
    assert regex_cache.compile_cached(LONG) == re.compile(LONG)  # rewritten whole


def test_no_cache_folder_compiles_as_usual(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("SUIVI_CACHE_DIR", str(blocked))
    assert regex_cache.compile_cached(LONG) == re.compile(LONG)
