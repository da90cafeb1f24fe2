"""Texts counted together, then told one by one by ordinals that name their partners (drawE19).

Invented sentences: a minister signs "deux accords de prêt destinés au financement de la route
..., longue de 190 kilomètres"; then "Le premier, d'un montant de ..., a été signé avec le Fonds
..." and "Le second, de ..., a été conclu avec la Banque ...". Each loan binds the signing state
and the partner its ordinal names, and both finance the road (the count's domain). Guard: a
count whose ordinals name no partner keeps its reading.
"""

from __future__ import annotations

from suivi.reading.pipeline import read

_COUNT = (
    "Le ministre guinéen des Finances, M. Amadou Diallo, a procédé ce jeudi à Conakry à la "
    "signature de deux accords de prêt destinés au financement de la réhabilitation de la route "
    "Kankan–Siguiri, longue de 190 kilomètres. "
)
_ORDINALS = (
    "Le premier, d'un montant de 30 millions de dollars, a été signé avec le Fonds saoudien de "
    "développement (FSD). Le second, de 20 millions de dollars, a été conclu avec la Banque "
    "islamique de développement (BID), représentée par son vice-président."
)


def test_each_ordinal_names_its_partner() -> None:
    reading = read(_COUNT + _ORDINALS)
    found = sorted((sorted(a.parties), a.sectors) for a in reading.agreements)
    assert found == [(["GIN", "IsDB"], ["infrastructure"]), (["GIN", "SAU"], ["infrastructure"])]


def test_ordinals_without_partners_change_nothing() -> None:
    reading = read(_COUNT + "Le premier, de 30 millions de dollars, est remboursable en 20 ans.")
    assert all(sorted(a.parties) == ["GIN"] for a in reading.agreements)
