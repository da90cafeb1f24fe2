"""Places that name no side: a route's towns, a speaker's words, an envoy's posting
(session 28, drawD28).

Invented sentences. A story of one state and a lender may tell a text by itself ("Le
premier est un accord de prêt ..."), with no side in its sentence: its sides are then the
story's. The state beside the one that acts is not the most named state when that state is
named only where a road runs ("sur le corridor Libreville-Yaoundé") or in what a speaker
says of the road (« ni camerounaise », "it brings Chipata closer to Lilongwe"): SPEC's
parties act, and the lender that acts is the other side. The towns a route joins are no
seats that sign either.

An ambassador signs for the state that sends him: "the ambassador of Japan to Kenya",
«посол России в Таджикистане» names where he is posted, no side of what he signs with an
organisation (SPEC: an agreement's parties are the sides bound by it).

A Russian or English title may hold a sum before the programme it funds («соглашение о
выделении Японией 5 миллионов долларов на продолжение программы школьного питания»): the
programme is the complement of the agreement, one text whose domain is the programme's,
not a second text.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

ROUTE_STORIES = [
    (
        "Le gouvernement a conclu lundi à Libreville deux accords de financement avec la "
        "Banque africaine de développement.\n"
        "Le premier est un accord de prêt de 40 millions d'euros pour la réhabilitation de la "
        "route Oyem-Bitam, sur le corridor Libreville-Yaoundé. Le second est un accord de don "
        "de 5 millions d'euros pour la formation des jeunes agriculteurs.\n"
        "« Ce n'est pas une route gabonaise ni camerounaise, c'est une route de la région. "
        "Elle rapproche Oyem de Yaoundé », a déclaré le ministre de l'Économie.\n"
        "La BAD est le premier bailleur du pays.",
        ["AfDB", "GAB"],
        "CMR",
    ),
    (
        "The government concluded two financing agreements with the African Development Bank "
        "in Lusaka on Monday.\n"
        "The first is a loan agreement of 40 million dollars for the upgrade of the "
        "Chipata-Mchinji road, on the Lusaka-Lilongwe corridor. The second is a grant "
        "agreement of 5 million dollars for the training of young farmers.\n"
        '"This is not a Zambian road nor a Malawian road, it brings Chipata closer to '
        'Lilongwe," the finance minister said.\n'
        "The AfDB is the country's largest lender.",
        ["AfDB", "ZMB"],
        "MWI",
    ),
]


@pytest.mark.parametrize(("text", "sides", "place"), ROUTE_STORIES)
def test_route_and_quoted_places_are_no_sides(text: str, sides: list[str], place: str) -> None:
    reading = read(text)
    assert place not in reading.parties
    assert len(reading.agreements) == 2
    for agreement in reading.agreements:
        assert sorted(agreement.parties) == sides


def test_towns_of_a_corridor_are_no_signing_seats() -> None:
    reading = read(
        "Le ministre des Travaux publics a signé lundi un accord de prêt avec la Banque "
        "africaine de développement.\n"
        "Le texte finance le corridor Libreville-Yaoundé. La BAD y consacre 40 millions."
    )
    assert all("CMR" not in agreement.parties for agreement in reading.agreements)
    assert "CMR" not in reading.parties


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "МОСКВА, 3 мая. Посол Японии в Киргизии и директор странового офиса ЮНИСЕФ "
            "подписали соглашение о выделении Японией 5 миллионов долларов на продолжение "
            "программы школьного питания. Киргизия получит помощь до 2028 года.",
            ["JPN", "UNICEF"],
        ),
        (
            "NAIROBI, May 3 - The ambassador of Japan to Kenya and the head of the UNICEF "
            "country office signed an agreement on a grant of 5 million dollars for school "
            "feeding. Kenya will receive the aid until 2028.",
            ["JPN", "UNICEF"],
        ),
        (
            "DAKAR, 3 mai - L'ambassadeur du Japon au Sénégal et le représentant de l'UNICEF "
            "ont signé un accord de don de 5 millions de dollars pour les cantines scolaires. "
            "Le Sénégal recevra l'aide jusqu'en 2028.",
            ["JPN", "UNICEF"],
        ),
    ],
)
def test_an_envoys_posting_is_no_side(text: str, sides: list[str]) -> None:
    reading = read(text)
    (agreement,) = reading.agreements
    assert sorted(agreement.parties) == sides


@pytest.mark.parametrize(
    "text",
    [
        "МОСКВА, 3 мая. Япония и ЮНИСЕФ подписали соглашение о выделении Японией 5 миллионов "
        "долларов на продолжение программы школьного питания в Киргизии.",
        "Japan and UNICEF signed an agreement on the allocation of 5 million dollars by Japan "
        "for the continuation of the school feeding programme in Kyrgyzstan.",
    ],
)
def test_programme_funded_by_the_sum_is_the_agreements_complement(text: str) -> None:
    reading = read(text)
    (agreement,) = reading.agreements
    assert agreement.kind == "agreement"
    assert "education" in agreement.sectors
