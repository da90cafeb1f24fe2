"""The commission states keep for the water of rivers they share is their joint body.

Central Asia's states run their shared rivers through commissions named by the rivers
(«Чу-Таласская водохозяйственная комиссия»), which meet on a cadence like any joint
commission; a state's own "National Water Commission" is no joint body.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

LINE = {
    "ru": "date 2025-03-02 Казахстан и Туркменистан обсудили воду - kazinform.kz\n\n",
    "en": "date 2025-03-02 Kazakhstan and Turkmenistan discuss water - astanatimes.com\n\n",
    "fr": "date 2025-03-02 Le Niger et le Bénin discutent de l'eau - lesahel.org\n\n",
}


def bodies(lang: str, text: str) -> list[tuple[str, list[str], int | None]]:
    reading = read((LINE[lang] + text).encode(), "story.txt").to_dict()
    return [(b["name"], sorted(b["parties"]), b["cadence_months"]) for b in reading["bodies"]]


@pytest.mark.parametrize(
    ("lang", "text", "name", "parties", "cadence"),
    [
        (
            "ru",
            "АСТАНА. Министры Казахстана и Туркменистана подписали протокол о каналах, которые "
            "эксплуатируются Аму-Дарьинской водохозяйственной комиссией, заседания которой "
            "проходят дважды в год.",
            "Аму-Дарьинская водохозяйственная комиссия",
            ["KAZ", "TKM"],
            6,
        ),
        (
            "en",
            "ASTANA. The ministers of Kazakhstan and Turkmenistan signed a protocol on canals "
            "operated by the Amu Darya Water Management Commission, which meets twice a year.",
            "Amu Darya Water Management Commission",
            ["KAZ", "TKM"],
            6,
        ),
        (
            "fr",
            "NIAMEY. Les ministres du Niger et du Bénin ont signé un protocole sur les barrages "
            "gérés par la Commission des eaux du Mékrou, qui se réunit une fois par an.",
            "Commission des eaux du Mékrou",
            ["BEN", "NER"],
            12,
        ),
    ],
)
def test_a_shared_rivers_commission_is_a_joint_body(
    lang: str, text: str, name: str, parties: list[str], cadence: int
) -> None:
    assert bodies(lang, text) == [(name, parties, cadence)]


def test_a_national_water_commission_is_a_states_own() -> None:
    text = (
        "ASTANA. Kazakhstan and Turkmenistan signed a water deal. Kazakhstan's National Water "
        "Commission will meet twice a year to follow it."
    )
    assert bodies("en", text) == []
