"""Exchanged notes read past the verb's adverbials, and a works named with its initials (drawG28).

Why: a reader met «обменялись во вторник в Ханое нотами о завершении внутригосударственных
процедур, необходимых для вступления в силу Соглашения о ...»: the exchange of notes was only
known with its object right after the verb, so the notes were lost, and notes exchanged to bring
a text into force are about what that text is about (SPEC: an exchange of notes is an agreement
of kind `other`). And "l'usine de tracteurs de Minsk (MTZ) a conclu un contrat" names a company
by its initials (SPEC: a company is a party of its own), as «Минский тракторный завод (МТЗ)»
already did in Russian. All sentences are invented.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Министр иностранных дел Армении и посол Индии обменялись в среду в Ереване нотами о "
        "завершении внутригосударственных процедур, необходимых для вступления в силу "
        "Соглашения между Арменией и Индией о сотрудничестве в области здравоохранения.",
        "The foreign minister of Ghana and the ambassador of Chile exchanged on Monday in "
        "Accra notes on the completion of the internal procedures for the entry into force "
        "of the agreement between Ghana and Chile on cooperation in health.",
        "Le ministre des Affaires étrangères du Niger et l'ambassadeur du Chili ont échangé "
        "lundi à Niamey les notes relatives à l'entrée en vigueur de l'accord entre le Niger "
        "et le Chili sur la coopération dans le domaine de la santé.",
    ],
)
def test_notes_exchanged_past_adverbials_are_a_text_of_the_agreement_domain(text: str) -> None:
    found = read(text).agreements
    notes = [a for a in found if a.kind == "other"]
    assert notes, [(a.kind, a.title) for a in found]
    assert notes[0].sectors == ["health"]
    assert any(a.kind != "other" and "health" in a.sectors for a in found)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Le Sénégal et le Bélarus ont signé trois accords. L'usine d'automobiles de "
            "Minsk (MAZ) a, pour sa part, conclu avec la société sénégalaise Dakar Transports "
            "un contrat de livraison de 200 camions.",
            "MAZ",
        ),
        (
            "Kenya and Belarus signed three agreements. The Minsk Automobile Plant (MAZ) "
            "also signed a contract with Kenya for the delivery of 200 trucks.",
            "MAZ",
        ),
    ],
)
def test_works_named_with_initials_is_a_company(text: str, company: str) -> None:
    reading = read(text)
    assert company in reading.parties
    assert any(company in a.parties for a in reading.agreements if a.kind == "contract")
