"""Words of the ceremony around a text: the state's protocol that greets a delegation is no
protocol signed; the exchange of instruments of ratification, or the signing, "of the oil
pipeline agreement" names a text; the day it was signed on is no part of its title; what
runs on rails is transport. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, _ = agreements.extract(context(text, lang, published="2026-11-18"))
    return found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le chef du protocole d'État a accueilli la délégation malienne à Niamey."),
        ("fr", "Le directeur du protocole du Niger a reçu les ministres maliens."),
        ("en", "The Malian delegation was received by the head of protocol in Niamey."),
        ("ru", "Делегацию Мали встретил начальник протокола МИД Нигера."),
    ],
)
def test_the_protocol_of_the_state_is_no_text(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The Kenyan and Ugandan presidents witnessed the exchange of instruments of "
            "ratification of the oil pipeline agreement.",
            "ratified",
        ),
        (
            "Kenya and Uganda celebrated the signing of the oil pipeline agreement in Kampala.",
            "signed",
        ),
    ],
)
def test_a_text_named_by_its_ratification_or_signing(text, status):
    assert [(sorted(a.parties), a.sectors, a.status) for a in read(text, "en")] == [
        (["KEN", "UGA"], ["energy"], status)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        (
            "en",
            "Kenya and Uganda signed an agreement on the oil pipeline on Monday.",
            "agreement on the oil pipeline",
        ),
        (
            "fr",
            "Le Mali et le Niger ont signé un accord sur la pêche lundi à Niamey.",
            "accord sur la pêche",
        ),
        (
            "ru",
            "Россия и Мали подписали соглашение о поставках пшеницы в понедельник.",
            "соглашение о поставках пшеницы",
        ),
    ],
)
def test_the_day_of_signing_is_no_part_of_the_title(lang, text, title):
    assert [a.title for a in read(text, lang)] == [title]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "India and Bangladesh signed a contract for the supply of 10 locomotives."),
        ("fr", "Le Sénégal et la Chine ont signé un contrat pour la livraison de wagons."),
        ("ru", "Россия и Египет подписали контракт на поставку вагонов."),
    ],
)
def test_what_runs_on_rails_is_transport(lang, text):
    assert [a.sectors for a in read(text, lang)] == [["transport"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le ministre a invité les investisseurs à profiter de l'accord de libre-échange "
            "continental africain (ZLECAf).",
        ),
        (
            "en",
            "Ghana and Togo discussed the implementation of the African Continental Free Trade "
            "Area agreement.",
        ),
        (
            "ru",
            "Стороны обсудили соглашение об Африканской континентальной зоне свободной торговли.",
        ),
    ],
)
def test_the_continents_free_trade_agreement_is_no_texts_of_the_sides(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "kind", "sectors"),
    [
        (
            "en",
            "Japan and Kenya signed a memorandum of understanding (MoU) on health care.",
            "memorandum",
            ["health"],
        ),
        (
            "en",
            "Japan and Kenya signed a memorandum of cooperation (MoC) on health care.",
            "memorandum",
            ["health"],
        ),
        (
            "en",
            "Kenya and Japan signed a MoC on disaster risk reduction.",
            "memorandum",
            ["security"],
        ),
        (
            "fr",
            "Le Sénégal et la Gambie ont signé un arrangement administratif sur la transhumance.",
            "agreement",
            ["agriculture"],
        ),
        (
            "ru",
            "Россия и Египет подписали план мероприятий по развитию торговли.",
            "programme",
            ["trade"],
        ),
        (
            "en",
            "Ghana and the United States signed a compact on power supply.",
            "agreement",
            ["energy"],
        ),
    ],
)
def test_kinds_the_press_abbreviates_or_names_otherwise(lang, text, kind, sectors):
    """An abbreviation in brackets is the same text; MoC, an administrative arrangement, «план
    мероприятий» and a compact are texts."""
    assert [(a.kind, a.sectors) for a in read(text, lang)] == [(kind, sectors)]
