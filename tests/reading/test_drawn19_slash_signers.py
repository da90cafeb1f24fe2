"""A list of signed texts that gives each text's two signers as "X, ministre de … / Y, ministre
de …": the slash parts two people, each named before a role; the second is a person too, and
the first one's role ends at the slash. Sentences written for these tests.
"""

from __future__ import annotations

from suivi.reading.pipeline import read

TEXT = (
    "Le Sénégal et la Mauritanie ont signé jeudi à Dakar trois accords.\n"
    "Les textes signés sont les suivants :\n"
    "1 ; Accord dans le domaine de l'énergie ; Oumar Sall, ministre de l'Energie / Khadijetou "
    "Mint Boubou, ministre du Pétrole, des Mines et de l'Energie\n"
    "2 ; Programme exécutif de coopération culturelle ; Awa Diop, ministre de la Culture et des "
    "Arts / Zeinebou Vall Sidi, ministre des Affaires culturelles\n"
)


def test_the_second_signer_is_a_person():
    names = {p.name for p in read(TEXT).people}
    assert {"Khadijetou Mint Boubou", "Zeinebou Vall Sidi"} <= names, names


def test_the_first_signers_role_ends_at_the_slash():
    roles = {p.name: p.role for p in read(TEXT).people}
    assert roles.get("Oumar Sall") == "ministre de l'Energie", roles
