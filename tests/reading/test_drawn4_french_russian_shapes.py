"""Shapes of language the drawn documents of session 17 showed the reader missing (drawD17):
a member state said to stay away from an alliance's meeting, ... Every sentence here is
invented."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Les ministres de l'Intérieur de l'AES se sont réunis à Niamey le 3 mars 2025. Les "
        "ministres ont signé un accord de coopération en matière de sécurité. Le Burkina Faso, "
        "qui a suspendu sa participation, n'a pas envoyé de délégation.",
        "The health ministers of the East African Community met in Arusha on 3 March 2025 and "
        "signed a protocol on disease surveillance. Burundi did not attend the meeting.",
        "Министры юстиции ЕАЭС провели заседание в Минске 3 марта 2025 года. Министры "
        "подписали соглашение о правовой помощи. Армения своего представителя не направила.",
    ],
)
def test_a_member_that_stayed_away_is_no_side(text):
    reading = read(text)
    away = {"BFA", "BDI", "ARM"}
    assert reading.agreements
    assert all(not away & set(a.parties) for a in reading.agreements)
    assert not away & set(reading.parties)


@pytest.mark.parametrize(
    "text",
    [
        "Le Togo et le Bénin ont signé jeudi à Lomé trois accords, au terme de la 2e session de "
        "leur commission mixte. Un accord de défense, évoqué par la presse béninoise, n'a pas été "
        "à l'ordre du jour, a précisé la partie togolaise.",
        "Kenya and Uganda signed three agreements in Kampala on Thursday at the close of their "
        "joint commission. A defence pact, floated by the Ugandan press, was not on the agenda, "
        "the Kenyan side said.",
        "Россия и Египет подписали в четверг в Каире три соглашения по итогам заседания "
        "межправкомиссии. Соглашение о военном сотрудничестве, о котором писала пресса, в "
        "повестке дня не стояло.",
    ],
)
def test_a_text_denied_a_place_on_the_agenda_is_none(text):
    assert not [a for a in read(text).agreements if "defence" in a.sectors]


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali et le Niger ont signé à Bamako en 2010 un accord général de coopération "
        "économique, commerciale et technique.",
        "Kenya and Uganda signed a general agreement on economic and trade cooperation in Kampala "
        "in 2010.",
        "Россия и Египет подписали в Каире генеральное соглашение об экономическом и торговом "
        "сотрудничестве.",
    ],
)
def test_a_general_agreement_that_names_its_fields_has_them(text):
    assert [set(a.sectors) for a in read(text).agreements] == [{"economy", "trade"}]


def test_a_bare_general_agreement_stays_general():
    text = "Les deux pays s'appuient sur l'accord général de coopération signé à Niamey en 2004 par le Mali et le Niger."
    assert [a.sectors for a in read(text).agreements] == [["general"]]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("la gestion du pont et du trafic de transit", {"infrastructure", "transport"}),
        ("the management of the bridge and of transit traffic", {"infrastructure", "transport"}),
        ("об управлении мостом и транзитными перевозками", {"infrastructure", "transport"}),
        ("la facilitation du transit des marchandises", {"trade"}),
    ],
)
def test_transit_traffic_is_transport(phrase, expected):
    assert set(sectors_of(phrase)) == expected


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Le Kenya et le Mali ont tenu leur commission mixte à Bamako. Kenya Airways et la "
            "compagnie aérienne malienne Sky Mali ont signé un accord de partage de codes.",
            "Sky Mali",
        ),
        (
            "Россия и Оман провели заседание межправкомиссии в Маскате. «Аэрофлот» и национальный "
            "перевозчик Омана Salam Air подписали меморандум о код-шеринге.",
            "Salam Air",
        ),
    ],
)
def test_a_carrier_described_before_its_name_is_a_party(text, company):
    reading = read(text)
    assert company in reading.parties
    assert any(company in a.parties for a in reading.agreements)


def test_a_text_not_yet_signed_is_still_planned():
    text = (
        "Россия и Египет подписали в Каире три соглашения. Соглашение о торговле пока не "
        "подписано: его ожидают в следующем году."
    )
    assert [a.status for a in read(text).agreements if "trade" in a.sectors] == ["planned"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Совет министров иностранных дел ЕАЭС провёл заседание в Минске 3 марта 2025 года. "
            "Заседания Совета проводятся дважды в год. Следующее пройдёт в Москве весной 2026 года.",
            "Москва",
        ),
        (
            "Le Conseil des ministres de l'AES a tenu sa session à Niamey le 3 mars 2025. Les "
            "sessions du Conseil ont lieu deux fois par an. La prochaine se tiendra à Bamako en 2026.",
            "Bamako",
        ),
        (
            "The ECOWAS Council of Ministers held its session in Abuja on 3 March 2025. Sessions of "
            "the Council are held twice a year. The next will be held in Accra in 2026.",
            "Accra",
        ),
    ],
)
def test_next_alone_stands_for_the_meeting_just_named(text, place):
    assert ("2026", place) in {(s.start, s.place) for s in read(text).sessions}


@pytest.mark.parametrize(
    "text",
    [
        "Министры обороны ЕАЭС провели заседание в Минске 3 марта 2025 года. Министры подписали "
        "план совместной подготовки войск и штабов на 2026 год.",
        "Kenya and Uganda met in Kampala on 3 March 2025. The two ministers signed a joint "
        "training plan for their troops.",
        "Le Mali et le Niger se sont réunis à Niamey le 3 mars 2025. Les ministres ont signé un "
        "plan conjoint de formation des troupes.",
    ],
)
def test_a_joint_plan_or_a_plan_for_a_year_is_a_programme(text):
    found = read(text).agreements
    assert [a.kind for a in found] == ["programme"]
    assert "defence" in found[0].sectors


@pytest.mark.parametrize(
    "phrase",
    [
        "le renforcement de la sécurité collective",
        "the system of collective security",
        "укрепление системы коллективной безопасности",
    ],
)
def test_collective_security_is_defence(phrase):
    assert sectors_of(phrase) == ["defence"]
