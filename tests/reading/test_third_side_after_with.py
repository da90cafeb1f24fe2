"""Two states that sign a text "with" a third (a lender, a state) have it as a side too:
"Mali and Niger signed a loan agreement with the EDB". What follows another phrase's "with"
("amid tensions with", "with the support of") or names a state by its adjective ("with
Chinese firms") adds no side. Sentences written for these tests."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def sides(text: str) -> list[list[str]]:
    return [sorted(a["parties"]) for a in read(text).to_dict()["agreements"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Loan in Niamey\n\nNiamey, March 3, 2025 - Mali and Niger signed a loan agreement "
            "with the EDB on Tuesday to finance a road.",
            ["EDB", "MLI", "NER"],
        ),
        (
            "Loan in Niamey\n\nNiamey, March 3, 2025 - Mali and Niger signed a loan agreement "
            "with the EDB to finance a road.",
            ["EDB", "MLI", "NER"],
        ),
        (
            "Prêt à Niamey\n\nNiamey, 3 mars 2025 - Le Mali et le Niger ont signé mardi un accord "
            "de prêt avec la BOAD pour financer une route.",
            ["BOAD", "MLI", "NER"],
        ),
        (
            "Кредит\n\nНиамей, 3 марта 2025 года - Мали и Нигер подписали во вторник кредитное "
            "соглашение с ЕАБР на строительство дороги.",
            ["EDB", "MLI", "NER"],
        ),
        (
            "Deal in Niamey\n\nNiamey, March 3, 2025 - Mali and Niger signed an agreement with "
            "the Government of Russia on Tuesday.",
            ["MLI", "NER", "RUS"],
        ),
        (
            "Prêt à Niamey\n\nNiamey, 3 mars 2025 - Le Mali et le Niger ont signé un accord de "
            "financement avec la Banque mondiale et la BIDC.",
            ["BIDC", "MLI", "NER", "WB"],
        ),
    ],
)
def test_third_party_after_the_texts_own_with_is_a_side(text, expected):
    assert sides(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Deal in Niamey\n\nNiamey, March 3, 2025 - Mali and Niger signed an agreement with "
        "the support of the World Bank on Tuesday.",
        "Deal in Niamey\n\nNiamey, March 3, 2025 - Mali and Niger signed an agreement with "
        "Chinese firms on Tuesday.",
        "Deal in Niamey\n\nNiamey, March 3, 2025 - Mali and Niger signed an agreement on "
        "water on Monday amid tensions with Algeria.",
        "Accord à Niamey\n\nNiamey, 3 mars 2025 - Le Mali et le Niger ont signé un accord "
        "semblable à celui conclu avec le Tchad.",
        "Deal in Niamey\n\nNiamey, March 3, 2025 - Mali and Niger signed an agreement with "
        "the World Bank's support on Tuesday.",
        "Deal in Niamey\n\nNiamey, March 3, 2025 - Mali and Niger signed an agreement with "
        "World Bank funding on Tuesday.",
    ],
)
def test_with_of_another_phrase_adds_no_side(text):
    assert sides(text) == [["MLI", "NER"]]


@pytest.mark.parametrize(
    ("name", "party"),
    [
        ("Афрэксимбанком", "Afreximbank"),
        ("Росатомом", "Rosatom"),
        ("компанией «Росатом»", "Rosatom"),
        ("ЕАБР", "EDB"),
    ],
)
def test_organisation_signed_with_before_the_text_is_its_side_not_its_owner(name, party):
    # «подписали с Росатомом соглашение»: the organisation right before the kind word is the
    # one signed with, not the owner of a multilateral text ("the WTO agreement")
    text = (
        "Соглашение\n\nНиамей, 3 марта 2025 года - Мали и Нигер подписали с "
        f"{name} соглашение о сотрудничестве."
    )
    assert sides(text) == [sorted(["MLI", "NER", party])]


@pytest.mark.parametrize(
    "text",
    [
        "Mali and Niger signed an agreement on water with Burkina Faso as an observer.",
        "Le Mali et le Niger ont signé un accord sur l'eau avec le Burkina Faso comme témoin.",
        "Мали и Нигер подписали соглашение о воде с Буркина-Фасо в качестве наблюдателя.",
    ],
)
def test_who_watches_or_guarantees_after_with_is_no_side(text):
    assert sides(text) == [["MLI", "NER"]]


@pytest.mark.parametrize(
    "text",
    [
        "Mali and Niger signed an agreement on health in partnership with the WHO.",
        "Mali and Niger signed an agreement on trade in line with ECOWAS rules.",
        "Mali and Niger signed an agreement on energy with the blessing of the AU.",
        "Le Mali et le Niger ont signé un accord sur la santé en partenariat avec l'OMS.",
        "Le Mali et le Niger ont signé un accord sur l'énergie avec l'appui de la Banque mondiale.",
        "Мали и Нигер подписали соглашение о торговле в соответствии с правилами ЭКОВАС.",
        "Мали и Нигер подписали соглашение о здравоохранении совместно с ВОЗ.",
    ],
)
def test_who_a_text_is_done_beside_or_by_the_rules_of_is_no_side(text):
    assert sides(text) == [["MLI", "NER"]]


def test_who_signs_together_with_them_is_a_side():
    text = "Mali and Niger signed an agreement on transport together with Burkina Faso."
    assert sides(text) == [["BFA", "MLI", "NER"]]
