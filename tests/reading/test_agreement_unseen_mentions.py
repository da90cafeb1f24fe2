"""Agreement mentions in shapes the corpora lacked, each rule keyed on the language: the
future and the modal passive are a plan; the host of a meeting, a funder and the one who
reports a text are no sides; an organisation named in Cyrillic gets its Latin name; a
state's possessive before a company is its home. Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    for a in found:
        assert a.evidence in text
    return found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Zambia and Malawi will sign an agreement on railways in June."),
        ("en", "An agreement on fisheries between Namibia and Angola could be signed next month."),
        ("en", "A memorandum on health between Oman and Kenya may be concluded this year."),
        ("fr", "Le Gabon et le Cameroun signeront un accord sur les routes en juillet."),
        ("fr", "Le Bénin et le Togo concluront un protocole sur l'électricité à Lomé."),
        ("ru", "Россия и Ангола подпишут соглашение о рыболовстве в июне."),
        ("ru", "Египет и Россия заключат соглашение о туризме до конца года."),
    ],
)
def test_an_agreement_in_the_future_is_planned(lang, text):
    found = read(text, lang)
    assert [a.status for a in found] == ["planned"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Togo et le Bénin n'ont pas signé d'accord sur l'énergie lors de la visite."),
        ("en", "Kenya and Ethiopia did not sign the trade agreement during the visit."),
        ("ru", "Россия и Египет не подписали соглашение о туризме во время визита."),
    ],
)
def test_a_denied_signing_is_no_agreement(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "sides"),
    [
        (
            "en",
            "On the sidelines of the summit hosted by Ethiopia, Kenya and Uganda signed a "
            "memorandum on energy.",
            ["KEN", "UGA"],
        ),
        (
            "en",
            "Ghana and Togo signed an agreement on water, financed by the African Development "
            "Bank, on Monday.",
            ["GHA", "TGO"],
        ),
        (
            "fr",
            "Le Niger et le Bénin ont signé un accord sur les routes, financé par la Banque "
            "mondiale, à Cotonou.",
            ["NER", "BEN"],
        ),
        (
            "fr",
            "À l'invitation du Maroc, le Mali et la Guinée ont signé un accord sur la santé.",
            ["MLI", "GIN"],
        ),
        (
            "ru",
            "При поддержке Китая Россия и Лаос подписали соглашение об энергетике.",
            ["RUS", "LAO"],
        ),
        (
            "en",
            "Qatar and Rwanda signed a memorandum on aviation, the Egyptian Foreign Ministry said.",
            ["QAT", "RWA"],
        ),
    ],
)
def test_hosts_funders_and_reporters_are_no_sides(lang, text, sides):
    found = read(text, lang)
    assert [sorted(a.parties) for a in found] == [sorted(sides)]


def test_an_organisation_in_cyrillic_has_its_latin_name():
    found = read("Россия и ФАО подписали меморандум о продовольственной безопасности.", "ru")
    assert [sorted(a.parties) for a in found] == [["FAO", "RUS"]]


def test_a_states_possessive_is_a_companys_home_not_its_name():
    found = read(
        "Kenya and Oman's Asyad Group signed a memorandum on port cooperation in Mombasa.",
        "en",
    )
    assert [sorted(a.parties) for a in found] == [["Asyad Group", "KEN"]]
