"""Texts told by "des textes sur …" in French, and texts under study (issue 10, mentions17).

French names signed texts with no kind word as English does ("signed documents on trade and
health"): "ont signé des textes sur l'agriculture et la santé", "un paquet de documents sur
…" are one text a domain. A text "à l'étude", "under consideration", «на рассмотрении» is
one to be examined: SPEC's `planned`, not a text signed. The sentences are invented for
these tests (no corpus document's wording)."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Le Sénégal et le Maroc ont signé des textes sur l'agriculture et la santé.",
        "Le Sénégal et le Maroc ont signé un paquet de documents sur l'agriculture et la santé.",
    ],
)
def test_french_texts_on_domains_signed_are_one_text_a_domain(text: str):
    found = read(text, "fr")
    assert sorted(s for a in found for s in a.sectors) == ["agriculture", "health"]
    assert all(sorted(a.parties) == ["MAR", "SEN"] for a in found)


def test_french_papers_on_a_domain_not_signed_are_no_text():
    assert (
        read("Les journalistes ont consulté des documents sur la sécurité et la santé.", "fr") == []
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An agreement on defence between Mali and Russia is under consideration."),
        ("fr", "Un accord de défense entre le Mali et la Russie est à l'étude."),
        ("fr", "Un accord sur l'énergie entre le Niger et la Russie est en cours d'élaboration."),
        ("ru", "Соглашение об обороне между Россией и Мали находится на рассмотрении."),
        ("ru", "Соглашение об обороне между Россией и Мали изучается."),
    ],
)
def test_a_text_under_study_is_planned(lang: str, text: str):
    found = read(text, lang)
    assert [a.status for a in found] == ["planned"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The ministers noted that an agreement on trade between Mali and Russia would be useful.",
        ),
        (
            "fr",
            "Les deux parties ont estimé qu'un accord commercial entre le Mali et la Russie serait utile.",
        ),
        (
            "fr",
            "Selon le ministre, un accord sur la pêche entre le Sénégal et la Mauritanie serait souhaitable.",
        ),
        (
            "ru",
            "Стороны отметили, что соглашение о торговле между Россией и Мали было бы полезным.",
        ),
    ],
)
def test_a_text_judged_in_the_conditional_is_none(lang: str, text: str):
    """SPEC: a hypothetical mention is no agreement."""
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An agreement signed by Mali and Russia on Monday would be useful for trade."),
        ("en", "Mali and Russia signed an agreement on trade, which would be useful for farmers."),
        (
            "fr",
            "Le Mali et la Russie ont signé un accord sur l'énergie qui serait le premier du genre.",
        ),
    ],
)
def test_a_signed_text_judged_in_the_conditional_stays(lang: str, text: str):
    assert len(read(text, lang)) == 1


@pytest.mark.parametrize(
    "second",
    [
        "Le présent accord entre en vigueur dès sa signature.",
        "L'accord entre dans le cadre du partenariat stratégique.",
    ],
)
def test_the_text_that_enters_into_force_is_the_one_read(second: str):
    """ "L'accord entre en vigueur": the verb "entrer", not "entre" (between) naming sides of
    a new text."""
    found = read("Le Mali et la Russie ont signé un accord sur l'énergie. " + second, "fr")
    assert [a.sectors for a in found] == [["energy"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "По итогам переговоров Россия и Мали подписали межправсоглашение о мирном атоме."),
        ("en", "Mali and Russia signed an agreement on the peaceful atom."),
        ("fr", "Le Mali et la Russie ont signé un accord sur l'atome civil."),
    ],
)
def test_the_peaceful_atom_is_civil_nuclear(lang: str, text: str):
    assert [a.sectors for a in read(text, lang)] == [["nuclear"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russia and Egypt concluded talks with the signing of an agreement on grain supplies.",
        ),
        (
            "en",
            "Russia and Egypt wrapped up their talks with the signing of an agreement on grain supplies.",
        ),
        (
            "fr",
            "La Russie et l'Égypte ont clôturé les discussions par la signature d'un accord sur les céréales.",
        ),
    ],
)
def test_talks_that_ended_in_a_signing_name_a_text(lang: str, text: str):
    found = read(text, lang)
    assert [(sorted(a.parties), a.sectors) for a in found] == [(["EGY", "RUS"], ["agriculture"])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia and Egypt held talks on the signing of an agreement on grain supplies."),
        (
            "fr",
            "La Russie et l'Égypte ont mené des discussions sur la signature d'un accord sur les céréales.",
        ),
    ],
)
def test_talks_on_a_signing_still_name_none(lang: str, text: str):
    assert read(text, lang) == []
