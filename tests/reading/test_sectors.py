"""Sector, kind and status vocabularies: the words a text uses, the codes the register keeps."""

from __future__ import annotations

import pytest

from suivi.reading.sectors import kind_of, sectors_of, status_of


@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("énergie nucléaire à usage civil", ["nuclear"]),
        ("la recherche scientifique", ["research"]),
        ("le développement économique", ["economy"]),
        ("les bases juridiques de la coopération", ["general"]),
        ("l'extradition des personnes poursuivies", ["justice"]),
        ("la non-double imposition des revenus", ["economy"]),
        ("le travail et la sécurité sociale", ["migration"]),
        ("la sécurité et la protection civile", ["security"]),
        ("la santé animale", ["agriculture"]),
        ("la santé publique", ["health"]),
        ("la pêche et l'aquaculture", ["agriculture"]),
        ("road transport of goods", ["transport"]),
        ("hydraulic development", ["water"]),
        ("civil nuclear energy", ["nuclear"]),
        ("сельское хозяйство и высшее образование", ["agriculture", "education"]),
        ("торгово-экономическое сотрудничество", ["trade", "economy"]),
        ("l'amitié entre nos peuples", ["general"]),
        ("un sujet sans domaine", []),
    ],
)
def test_sector_words_in_three_languages(phrase, sectors):
    assert sectors_of(phrase) == sectors


def test_the_longest_phrase_wins_over_the_words_inside_it():
    # "santé animale" wins over the "santé" inside it
    assert sectors_of("la santé et la production animales") == ["agriculture"]


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("un accord-cadre", "framework"),
        ("un mémorandum d'entente", "memorandum"),
        ("a MoU on fisheries", "memorandum"),
        ("меморандум о взаимопонимании", "memorandum"),
        ("une convention d'entraide", "convention"),
        ("un protocole de coopération", "protocol"),
        ("le programme exécutif 2025-2027", "programme"),
        ("un plan d'action", "programme"),
        ("un contrat de construction", "contract"),
        ("une déclaration commune", "declaration"),
        ("соглашение о сотрудничестве", "agreement"),
        ("une note verbale", None),
    ],
)
def test_kind_words(phrase, kind):
    assert kind_of(phrase) == kind


@pytest.mark.parametrize(
    ("clause", "status"),
    [
        ("les ministres ont signé", "signed"),
        ("the agreement was signed", "signed"),
        ("соглашение подписано", "signed"),
        ("le texte a été paraphé", "initialled"),
        ("le Parlement a ratifié l'accord", "ratified"),
        ("Госдума ратифицировала соглашение", "ratified"),
        ("l'accord est entré en vigueur", "in_force"),
        ("un accord sera signé en mai", "planned"),
        ("un projet d'accord à examiner", "planned"),
        ("the parties plan to sign a treaty", "planned"),
        ("подписать документ ещё предстоит", "planned"),
        ("an agreement is expected to be signed", "planned"),
        ("соглашение будет подписано", "planned"),
        ("the treaty has been signed", "signed"),
        ("rien de tel", None),
    ],
)
def test_status_words(clause, status):
    assert status_of(clause) == status


def test_a_domain_the_lexicon_lacks_takes_the_vector_tables_sector():
    from suivi.reading.pipeline import read

    reading = read("Le Mali et le Niger ont signé un accord dans le domaine de la sidérurgie.")
    assert [a.sectors for a in reading.agreements] == [["economy"]]


def test_an_organisations_name_is_no_domain_of_its_agreement():
    from suivi.reading.pipeline import read

    reading = read(
        "Foreign ministers of the four Mano River Union states signed a protocol on the free "
        "movement of persons and goods in Freetown on 16 May 2024."
    )
    assert [(sorted(a.parties), a.sectors) for a in reading.agreements] == [
        (["CIV", "GIN", "LBR", "SLE"], ["migration", "trade"])
    ]


def test_the_relation_between_the_sides_is_no_domain():
    from suivi.reading import sectors

    assert sectors.guessed("a treaty on allied relations") == []
