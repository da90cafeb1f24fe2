"""Sides and parties the reader got wrong on drawn documents (session 32, drawD32).

Each test holds sentences invented for it (states, organisations and people real or made
up, in press style): a member state that signs with its own regional organisation (a host
agreement) has the organisation as the other side, not the organisation's members; a
state whose population an aid serves, or through which goods pass, and the organisation
where a state's permanent mission sits, act in nothing; a "Lire aussi" heading alone on its
line with one linked title under it is skipped, and the article goes on after it.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sides(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in read(text).agreements]


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement tchadien et la CEEAC ont signé mardi à N'Djamena un accord de siège "
        "pour le bureau régional de l'organisation.",
        "The government of Kenya and the EAC signed on Monday in Nairobi a host agreement for "
        "the community's new regional office.",
        "Правительство Казахстана и ЕАЭС подписали в Алма-Ате соглашение об условиях "
        "пребывания регионального представительства объединения.",
    ],
)
def test_member_state_signs_with_its_organisation(text: str) -> None:
    sides = _sides(text)
    assert sides, text
    assert all(len(s) == 2 for s in sides), sides


def test_host_agreement_between_state_and_its_organisation() -> None:
    text = (
        "Le ministre a rappelé l'accord de siège conclu le 3 mars 1990 entre la République "
        "du Tchad et la CEEAC, qui n'avait jamais été révisé."
    )
    assert _sides(text) == [["ECCAS", "TCD"]]


@pytest.mark.parametrize(
    "text",
    [
        "Les ministres de l'AES ont signé à Niamey un accord sur la libre circulation des "
        "personnes.",
        "Le Niger et l'AES ont signé à Niamey un accord sur la sécurité.",
    ],
)
def test_small_alliance_still_signs_as_its_members(text: str) -> None:
    """The AES signs as its three members (SPEC), named with one of them or not."""
    assert _sides(text) == [["BFA", "MLI", "NER"]]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Россия и ЮНИСЕФ подписали в Нью-Йорке соглашение о взносе на помощь населению "
            "Судана и Чада. Средства пойдут на закупку вакцин для жителей Судана.",
            {"SDN", "TCD"},
        ),
        (
            "Le Japon et le PAM ont signé à Rome un accord sur une aide alimentaire aux "
            "populations du Soudan et du Tchad. Les vivres seront acheminés via le port de "
            "Soudan, puis distribués aux habitants du Tchad.",
            {"SDN", "TCD"},
        ),
    ],
)
def test_served_population_is_no_party(text: str, absent: set[str]) -> None:
    reading = read(text)
    assert not absent & set(reading.parties), reading.parties
    assert all(not absent & set(a.parties) for a in reading.agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Le représentant permanent du Japon auprès de l'ONU a signé avec le PAM un accord sur "
        "l'aide alimentaire. Le document a été remis à la mission permanente du Japon auprès "
        "de l'ONU à Genève.",
        "Постоянный представитель Японии при ООН подписал с ВПП соглашение о продовольственной "
        "помощи. Об этом сообщило постоянное представительство Японии при ООН.",
    ],
)
def test_organisation_of_a_mission_is_no_party(text: str) -> None:
    assert "UN" not in read(text).parties


@pytest.mark.parametrize(
    ("text", "last_words"),
    [
        (
            "date 2026-05-04 Бишкек. Киргизия и Узбекистан подписали в Бишкеке соглашение о "
            "сотрудничестве в области энергетики, сообщила пресс-служба правительства.\n\n"
            "Читайте также\nЗасуха в Ферганской долине: фермеры просят помощи\n\n"
            "Стороны также договорились подготовить к концу года меморандум о сотрудничестве "
            "в области здравоохранения.\n",
            "в области здравоохранения.",
        ),
        (
            "date 2026-05-04 Dakar. Le Sénégal et la Gambie ont signé à Dakar un accord de "
            "coopération dans le domaine de l'énergie, a annoncé le gouvernement sénégalais.\n\n"
            "Lire aussi\nSécheresse au Sahel : les éleveurs s'inquiètent\n\n"
            "Les deux pays ont également convenu de préparer un mémorandum sur la santé d'ici "
            "la fin de l'année.\n",
            "d'ici la fin de l'année.",
        ),
    ],
)
def test_bare_link_heading_is_skipped(text: str, last_words: str) -> None:
    reading = read(text)
    assert reading.document.text.endswith(last_words), reading.document.text
    assert "Засуха" not in reading.document.text and "Sécheresse" not in reading.document.text
    assert len(reading.agreements) == 2
