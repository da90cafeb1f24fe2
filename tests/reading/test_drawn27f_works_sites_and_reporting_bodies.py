"""A company named after an elided article or by a works' initials, a site named after what is
there, and a body another reports to (session 30, drawF30). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


# "l'Entreprise des ... (ETRAG)": a company spelled out after "l'" goes by its short name;
# "l'usine biélorusse de tracteurs MTZ", "the Belarusian tractor plant MTZ": a works by its
# initials (SPEC: a company by its own name, a party of its own).
@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Un accord de partenariat a été signé lundi entre l'Entreprise nationale des "
            "moissonneuses (ENAMO) de Sétif et l'usine biélorusse de moissonneuses GOMSEL pour "
            "l'assemblage de moissonneuses en Tunisie.",
            {"ENAMO", "GOMSEL"},
        ),
        (
            "Kenya's farm agency signed a deal with the tractor plant MTZ to assemble tractors "
            "in Nakuru.",
            {"KEN", "MTZ"},
        ),
        (
            "Un accord a été signé entre l'Office des céréales du Niger et l'usine de tracteurs "
            "MTZ pour l'assemblage de tracteurs.",
            {"NER", "MTZ"},
        ),
    ],
)
def test_companies_by_short_name_and_works_initials(text: str, parties: set[str]) -> None:
    reading = _read(text)
    assert parties <= set(reading.parties)
    assert [set(a.parties) for a in reading.agreements] == [parties]


# "le gisement de fer de Hamra Tiguelt", «месторождение Кара Тебилет»: a site's name, no person.
@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Sonarem et le constructeur BelAZ ont conclu un contrat pour la fourniture "
        "de camions destinés au gisement de fer de Hamra Tiguelt.",
        "Le groupe Sonarem et le constructeur BelAZ ont conclu un contrat pour la fourniture "
        "de camions destinés à la mine d'or de Tabakoto Kenieba.",
        "Компания Sonarem и завод BelAZ заключили контракт на поставку самосвалов для "
        "месторождения Кара Тебилет.",
    ],
)
def test_site_name_is_no_person(text: str) -> None:
    assert [p.name for p in _read(text).people] == []


# "un groupe de travail, qui se réunira une fois par an et rendra compte à la Commission
# mixte": the cadence is the group's; the commission's is told elsewhere.
@pytest.mark.parametrize(
    ("text", "commission", "group"),
    [
        (
            "La 5e session de la Commission mixte sénégalo-tchadienne s'est tenue à Dakar. Les "
            "parties sont convenues de créer un groupe de travail mixte sur la pêche, qui se "
            "réunira une fois par an et rendra compte à la Commission mixte. La Commission "
            "mixte se réunit tous les deux ans.",
            "Commission mixte sénégalo-tchadienne",
            "groupe de travail mixte",
        ),
        (
            "The 5th session of the Kenya-Uganda Joint Commission was held in Nairobi. The "
            "sides agreed to set up a joint working group on fisheries, which will meet once a "
            "year and report to the Joint Commission. The Joint Commission meets every two "
            "years.",
            "Kenya-Uganda Joint Commission",
            "joint working group",
        ),
    ],
)
def test_body_reported_to_keeps_its_cadence(text: str, commission: str, group: str) -> None:
    cadences = {b.name: b.cadence_months for b in _read(text).bodies}
    assert cadences.get(commission) == 24
    assert any(name.startswith(group) and c == 12 for name, c in cadences.items())
