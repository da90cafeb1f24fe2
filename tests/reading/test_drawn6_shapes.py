"""Shapes the reader missed on the sixth random draw (session 18, drawD18).

Each test holds sentences invented for it (states, organisations and people real or made up,
in press style): an alliance's meeting whose story lists the members that took part binds
those members only; a Russian name keeps its Portuguese or Spanish particle («да», «дос»); a session
numbered by a one-letter Roman numeral ("X", "V") is numbered; a cabinet after its chair's
title is no person; «Комитет» alone refers to the committee named before; a membership of a
lender ("member of the bank") names no banking; a Russian list of texts whose items each open
with «по» is one text an item (English and French "on X, on Y" were read already).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Заседание Совета министров иностранных дел ШОС прошло 3 марта в Астане. В нём "
        "приняли участие делегации Казахстана, Кыргызстана, России, Таджикистана и "
        "Узбекистана. Министры подписали соглашение о сотрудничестве в области таможенного "
        "дела.",
        "The SCO Council of Foreign Ministers met in Astana on March 3. Delegations of "
        "Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan took part. The ministers "
        "signed an agreement on customs cooperation.",
        "Le Conseil des ministres des Affaires étrangères de l'OCS s'est réuni le 3 mars à "
        "Astana. Les délégations du Kazakhstan, du Kirghizistan, de la Russie, du Tadjikistan "
        "et de l'Ouzbékistan y ont pris part. Les ministres ont signé un accord de "
        "coopération douanière.",
    ],
)
def test_alliance_members_not_on_the_roll_sign_nothing(text: str) -> None:
    reading = read(text)
    assert reading.agreements
    for agreement in reading.agreements:
        assert sorted(agreement.parties) == ["KAZ", "KGZ", "RUS", "TJK", "UZB"]
    assert "CHN" not in reading.parties


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Вице-премьера также принял президент Бразилии Луис Инасиу Лула да Силва.",
            "Луис Инасиу Лула да Силва",
        ),
        (
            "Министр встретился с президентом Бразилии Луисом Инасиу Лулой да Силвой.",
            "Луис Инасиу Лула да Силва",
        ),
        (
            "Гостя принял премьер Португалии Луиш Монтенегру и министр Жозе Мануэл дос Сантос.",
            "Жозе Мануэл дос Сантос",
        ),
    ],
)
def test_russian_name_keeps_its_romance_particle(text: str, name: str) -> None:
    assert name in [p.name for p in read(text).people]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "В Москве завершилось XI заседание Российско-ангольской межправительственной "
            "комиссии по сотрудничеству. Предыдущее, X заседание комиссии прошло в Луанде в "
            "2019 году.",
            10,
        ),
        (
            "The 11th session of the Kenya-Uganda Joint Permanent Commission ended in Nairobi. "
            "The previous, X session of the commission was held in Kampala in 2019.",
            10,
        ),
        (
            "La XIe session de la Commission mixte Sénégal-Gambie s'est achevée à Dakar. La V "
            "session de la commission mixte avait eu lieu à Banjul en 2019.",
            5,
        ),
    ],
)
def test_one_letter_roman_numeral_numbers_a_session(text: str, number: int) -> None:
    assert number in [s.number for s in read(text).sessions]


def test_cabinet_after_its_chairs_title_is_no_person() -> None:
    text = (
        "Встречу провёл заместитель Председателя Кабинета Министров, министр иностранных дел "
        "Туркменистана Рашид Мередов."
    )
    assert [p.name for p in read(text).people] == ["Рашид Мередов"]


def test_capitalised_committee_alone_refers_to_the_committee_named_before() -> None:
    text = (
        "В Ташкенте прошло третье заседание Совместного руководящего комитета Узбекистана и "
        "Организации Объединенных Наций. Комитет, заседания которого проводятся ежегодно, "
        "подвел итоги года."
    )
    assert [b.cadence_months for b in read(text).bodies] == [12]


@pytest.mark.parametrize(
    "text",
    [
        "Напомним, рамочное соглашение о сотрудничестве между Таджикистаном и ЕАБР было "
        "подписано в 2010 году, вскоре после вступления республики в число участников банка.",
        "A framework cooperation agreement between Tajikistan and the EDB was signed in 2010, "
        "shortly after the country became a member of the bank.",
        "Un accord-cadre de coopération entre le Tadjikistan et la BEI a été signé en 2010, "
        "peu après que le pays est devenu membre de la banque.",
    ],
)
def test_membership_of_a_lender_is_no_banking(text: str) -> None:
    assert [a.sectors for a in read(text).agreements] == [["general"]]


def test_russian_list_of_texts_each_opened_by_po() -> None:
    text = (
        "Туркменистан и ПРООН подписали три проектных документа: по адаптации сельского "
        "хозяйства к изменению климата, по цифровизации государственных услуг и по поддержке "
        "людей с инвалидностью."
    )
    found = sorted(sorted(a.sectors) for a in read(text).agreements)
    assert found == [["agriculture", "environment"], ["digital"], ["social"]]
