"""Shapes the reader missed on drawn documents (session 27, drawB27).

Each test holds sentences invented for it (states, companies and people real or made up, in
press style): road traffic is transport's; what is financed under a loan agreement is that
agreement's content; the nuclear power industry is nuclear, and a strategic partnership in a
named field is that field's; a border checkpoint is the border's controls; a report that a
text had been signed, denied, names no text.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _agreements(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(a.status, sorted(a.parties), sorted(a.sectors)) for a in read(text).agreements]


@pytest.mark.parametrize(
    "text",
    [
        "Road traffic between Kenya and Uganda is still governed by an agreement signed in 2001.",
        "Le trafic routier entre le Niger et le Bénin reste régi par un accord signé en 1998.",
    ],
)
def test_road_traffic_is_transport(text: str) -> None:
    (agreement,) = read(text).agreements
    assert "transport" in agreement.sectors
    assert "infrastructure" not in agreement.sectors


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Kuwait have worked together since 1990. Their projects include the Mombasa "
        "bypass road, financed under a loan agreement signed in 2015.",
        "Le Sénégal et le Koweït coopèrent depuis 1990. Leurs projets comprennent la route de "
        "contournement de Thiès, financée au titre d'un accord de prêt signé en 2015.",
    ],
)
def test_what_a_loan_finances_is_its_content(text: str) -> None:
    (agreement,) = read(text).agreements
    assert "infrastructure" in agreement.sectors
    assert "economy" not in agreement.sectors


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Венгрия подписали соглашение о стратегическом партнёрстве в области атомной "
        "энергетики и промышленности.",
        "Russia and Hungary signed an agreement on strategic partnership in the field of "
        "nuclear power and industry.",
        "La Russie et la Hongrie ont signé un accord de partenariat stratégique dans le domaine "
        "de l'énergie et de l'industrie nucléaires.",
    ],
)
def test_nuclear_power_industry_is_nuclear(text: str) -> None:
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["nuclear"]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan initialled an agreement on a joint border and customs "
        "checkpoint at Zhibek Zholy.",
        "Le Niger et le Bénin ont paraphé un accord sur un poste de contrôle frontalier commun "
        "à Malanville.",
        "Казахстан и Узбекистан парафировали соглашение о совместном пограничном пункте "
        "пропуска «Жибек Жолы».",
    ],
)
def test_border_checkpoint_is_border_control(text: str) -> None:
    (agreement,) = read(text).agreements
    assert {"trade", "transport"} <= set(agreement.sectors)


@pytest.mark.parametrize(
    "text",
    [
        "Georgia and Armenia signed a customs agreement. The Georgian ministry also denied "
        "reports in the Armenian press that a memorandum on transit through Poti had been "
        "signed during the visit.",
        "La Guinée et le Mali ont signé un accord douanier. Le ministère guinéen a démenti les "
        "informations de la presse malienne selon lesquelles un mémorandum sur le transit "
        "avait été signé pendant la visite.",
        "Грузия и Армения подписали таможенное соглашение. Министерство также опровергло "
        "сообщения армянской прессы о том, что во время визита был подписан меморандум о "
        "транзите через Поти.",
    ],
)
def test_denied_report_of_a_signing(text: str) -> None:
    agreements = _agreements(text)
    assert len(agreements) == 1
    assert agreements[0][2] == ["trade"]


@pytest.mark.parametrize(
    "text",
    [
        "The fifth meeting of the Kenya-Qatar Joint Commission on Trade, Investment and Energy "
        "ended in Nairobi with the signing of the meeting's protocol by the two co-chairs.",
        "The Ghana-Togo Permanent Commission on Trade and Transport closed its session in Lomé, "
        "where the two ministers signed the session's agreed minutes.",
    ],
)
def test_minutes_named_by_the_genitive_are_general(text: str) -> None:
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["general"]
