"""A higher joint committee, a treaty named in its summit's name, trafficking that is no
treaty, a denied own signing, a border as a road's end (drawA31). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le Mali et le Ghana ont décidé de relancer le Comité supérieur mixte "
            "malo-ghanéen, qui se réunira une fois par an.",
            "Comité supérieur mixte malo-ghanéen",
        ),
        (
            "Le Niger et le Tchad ont tenu à Niamey la première session de la Commission "
            "supérieure mixte de coopération.",
            "Commission supérieure mixte de coopération",
        ),
    ],
)
def test_a_higher_rank_before_the_joint_qualifier(text: str, name: str) -> None:
    assert name in [b.name for b in read(text).bodies]


@pytest.mark.parametrize(
    "text",
    [
        "La 8e Conférence au sommet du Traité d'amitié et de coopération entre le Mali et le "
        "Niger s'est achevée vendredi à Bamako. Les deux pays ont signé un accord sur la santé.",
        "The 8th Summit Conference of the Treaty of Friendship and Cooperation between Mali "
        "and Niger ended on Friday in Bamako. The two countries signed an agreement on health.",
        "8-я конференция Договора о дружбе и сотрудничестве между Россией и Белоруссией "
        "завершилась в пятницу в Минске. Стороны подписали соглашение о здравоохранении.",
    ],
)
def test_a_treaty_named_in_its_summit_s_name_is_no_agreement(text: str) -> None:
    assert [a.sectors for a in read(text).agreements] == [["health"]]


def test_trafficking_is_no_treaty_and_ends_no_text() -> None:
    text = (
        "Le Mali et le Niger ont signé les textes suivants :\n"
        "- un accord de coopération en matière de lutte contre la traite et l'exploitation "
        "des enfants ;\n- une convention sur la santé animale.\n"
    )
    first = read(text).agreements[0]
    assert first.title.endswith("exploitation des enfants")
    assert "security" in first.sectors


@pytest.mark.parametrize(
    "text",
    [
        "Le ministère des Finances du Niger a démenti mercredi avoir signé un accord de prêt "
        "avec la Banque mondiale. Il a signé en revanche un accord de prêt avec la BAD pour "
        "une route.",
        "Niger's finance ministry on Wednesday denied having signed a loan agreement with the "
        "World Bank. It did sign a loan agreement with the African Development Bank for a "
        "road.",
        "Министерство финансов Киргизии опровергло подписание соглашения о займе с "
        "Всемирным банком. При этом оно подписало соглашение о займе с АБР на строительство "
        "дороги.",
    ],
)
def test_a_denied_own_signing_is_no_agreement(text: str) -> None:
    agreements = read(text).agreements
    assert len(agreements) == 1
    assert "WB" not in agreements[0].parties


@pytest.mark.parametrize(
    "phrase",
    [
        "la route Ouahigouya–frontière du Mali",
        "la route reliant Dori à la frontière du Niger",
        "the highway running to the border with Niger",
        "дорога до границы с Казахстаном",
    ],
)
def test_a_border_where_a_road_ends_is_no_border_security(phrase: str) -> None:
    assert "security" not in sectors_of(phrase)


@pytest.mark.parametrize(
    "phrase", ["la sécurité à la frontière du Mali", "border security", "охрана границы"]
)
def test_border_security_stays(phrase: str) -> None:
    assert sectors_of(phrase) == ["security"]


def test_a_loan_and_its_guarantee_are_two_texts() -> None:
    text = (
        "L'accord de prêt a été signé mercredi à Tbilissi par la présidente de la BERD, Anne "
        "Durand, et le directeur général de Georgian Railway, Levan Beridze. L'accord de "
        "garantie entre la BERD et la Géorgie a été signé par le ministre des Finances."
    )
    assert len(read(text).agreements) == 2


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        (
            "La Banque a signé mercredi un accord de prêt avec le Togo pour des routes, a "
            "déclaré Jean Dupont, directeur de la banque.\n\nContact presse :\nMarie Martin, "
            "bureau de la Banque à Lomé\nTél. : +228 22 00 00 00\n",
            "Marie Martin",
        ),
        (
            "The Bank signed a loan agreement with Togo on Wednesday for roads, said John "
            "Smith, the bank's director.\n\nMedia contacts:\nMary Jones, Bank office in Lome\n"
            "Tel: +228 22 00 00 00\n",
            "Mary Jones",
        ),
        (
            "Банк подписал в среду соглашение о займе с Казахстаном на строительство дорог, "
            "сообщил директор банка Иван Петров.\n\nКонтакты для СМИ:\nМария Иванова, офис "
            "Банка в Астане\nТел.: +7 7172 00 00 00\n",
            "Мария Иванова",
        ),
    ],
)
def test_a_press_release_s_contacts_are_no_people_of_the_story(text: str, contact: str) -> None:
    # (the English and Russian cases are guards: read right on the start code too)
    assert contact not in {p.name for p in read(text).people}
