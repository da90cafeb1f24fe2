"""Texts that are no agreement of the story's sides: the world's conventions and treaties
they respect or join ("the United Nations Convention on the Law of the Sea", «Договор о
нераспространении ядерного оружия», "a party to the 1951 Refugee Convention"), a shared
view ("agreement ... on the need for peace", "ont exprimé leur accord sur le calendrier").
A text of their own renewed ("renewed their defence pact") is one, and a Russian text
agreed to be signed («договорились о подписании») is planned. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2026-11-18")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kenya and Uganda stressed the importance of the United Nations Convention on the "
            "Law of the Sea.",
        ),
        (
            "en",
            "Zambia and Malawi urged respect for the Treaty on the Non-Proliferation of "
            "Nuclear Weapons.",
        ),
        (
            "ru",
            "Россия и Египет выступили за соблюдение Договора о нераспространении ядерного оружия.",
        ),
        (
            "fr",
            "Le Togo et le Bénin ont rappelé la Convention de Vienne sur les relations "
            "consulaires.",
        ),
        ("en", "Kenya is a party to the 1951 Refugee Convention, like Ethiopia."),
        ("fr", "Le Niger a adhéré à la convention sur les armes légères, comme le Tchad."),
    ],
)
def test_a_world_text_is_no_text_of_the_sides(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "There was agreement between Kenya and Ethiopia on the need for peace."),
        ("fr", "Le Togo et le Bénin ont exprimé leur accord sur le calendrier de la commission."),
        ("en", "Ghana expressed its agreement with Togo on the timetable of the talks."),
    ],
)
def test_a_shared_view_is_no_text(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "sector"),
    [
        ("en", "Kenya and Ethiopia renewed their defence pact.", "defence"),
        ("en", "Namibia and Angola extended their trade agreement by five years.", "trade"),
    ],
)
def test_their_own_text_renewed_is_one(lang, text, sector):
    found = read(text, lang)
    assert [(a.status, a.sectors) for a in found] == [("signed", [sector])]


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Египет договорились о подписании соглашения о туризме.",
        "Россия и Гана согласовали текст соглашения о рыболовстве.",
    ],
)
def test_a_russian_text_agreed_to_be_signed_is_planned(text):
    assert [a.status for a in read(text, "ru")] == ["planned"]
