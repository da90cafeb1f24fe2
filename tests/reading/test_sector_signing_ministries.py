"""A text whose own words name no domain is in the domain of the ministries that sign it
("Le ministère de la Santé du Bénin et son homologue ont signé un mémorandum" is health);
foreign affairs, finance and the economy sign for every domain and name none."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def _sectors(text: str, lang: str) -> list[list[str]]:
    found, _ = agreements.extract(context(text, lang, published="2026-11-18"))
    return [a.sectors for a in found]


@pytest.mark.parametrize(
    ("text", "lang", "sectors"),
    [
        (
            "Le ministère de la Santé du Sénégal et son homologue gambien ont signé jeudi un "
            "mémorandum d'entente à Banjul.",
            "fr",
            ["health"],
        ),
        (
            "Le ministre de l'Agriculture, Moussa Diallo, et son homologue guinéen ont signé un "
            "accord de coopération.",
            "fr",
            ["agriculture"],
        ),
        (
            "Namibia's Ministry of Health and Social Services and Cuba signed a memorandum of "
            "understanding on Monday.",
            "en",
            ["health", "social"],
        ),
        (
            "Zambia's Ministry of Energy and its Angolan counterpart signed an MoU in Luanda.",
            "en",
            ["energy"],
        ),
        (
            "Минсельхоз России и Марокко подписали меморандум в Рабате.",
            "ru",
            ["agriculture"],
        ),
        (
            "Министр сельского хозяйства Марокко и Россия подписали меморандум.",
            "ru",
            ["agriculture"],
        ),
        (
            "Минздрав России и Танзания подписали во вторник меморандум о взаимопонимании.",
            "ru",
            ["health"],
        ),
    ],
)
def test_the_signing_ministry_names_the_domain(text, lang, sectors):
    assert _sectors(text, lang) == [sectors]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le ministère des Affaires étrangères du Mali et le ministère de la Santé du Niger "
            "ont signé un mémorandum d'entente.",
            "fr",
        ),
        (
            "Ghana's Ministry of Finance and Economic Planning and Togo's Ministry of Health "
            "signed an agreement in Accra.",
            "en",
        ),
    ],
)
def test_foreign_affairs_and_finance_sign_for_every_domain(text, lang):
    assert _sectors(text, lang) == [["health"]]


def test_the_ministries_a_text_is_between_name_its_domain():
    text = (
        "Kenya and Uganda signed a memorandum of understanding between the Ministry of Health of "
        "Kenya and the Ministry of Health of Uganda."
    )
    assert _sectors(text, "en") == [["health"]]


def test_a_ministry_named_with_its_nationality_is_no_domain_of_the_text():
    text = (
        "Le Sénégal et la Gambie ont signé une convention relative à la pêche artisanale entre "
        "le ministère sénégalais des Pêches et le ministère gambien de l'Environnement."
    )
    assert _sectors(text, "fr") == [["agriculture"]]
