"""A company glossed in brackets, and a text like another with a new partner (session 29,
drawE29).

- A company introduced by its short name, its full name in brackets after it ("la société
  publique EMA (Empresa Minera Andina)"), goes by the short name (SPEC: as the text spells
  it), and a contract "between" it and another binds those two, the brackets no break in the
  list of sides (not the state whose parliament ratifies it).
- "A similar contract with HNC", «аналогичный контракт с консорциумом HNC»: the domains of the
  contract before it, its first side kept and HNC in the place of its partner (not the story's
  state); one that "awaits review", «ожидает рассмотрения», is planned (SPEC: to be examined).
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_STORIES = [
    "Конгресс Перу ратифицировал контракт между государственной компанией EMA (Empresa Minera "
    "Andina) и Nordic Mining Group о строительстве обогатительной фабрики на медном руднике "
    "Токепала. Контракт был подписан в Лиме президентом EMA. Аналогичный контракт с китайским "
    "консорциумом HNC всё ещё ожидает рассмотрения в комиссии по экономике конгресса.",
    "Peru's Congress ratified the contract between the state company EMA (Empresa Minera "
    "Andina) and Nordic Mining Group for a concentrator at the Toquepala copper mine. The "
    "contract was signed in Lima by the president of EMA. A similar contract with the Chinese "
    "consortium HNC still awaits review by the congressional economy committee.",
    "Le Congrès péruvien a ratifié le contrat entre la société publique EMA (Empresa Minera "
    "Andina) et Nordic Mining Group pour un concentrateur à la mine de cuivre de Toquepala. Le "
    "contrat a été signé à Lima par le président d'EMA. Un contrat similaire avec le consortium "
    "chinois HNC attend toujours d'être examiné par la commission économique du Congrès.",
]


@pytest.mark.parametrize("text", _STORIES)
def test_the_glossed_short_name_signs_between(text):
    reading = _read(text)
    assert "EMA" in reading.parties
    assert "Empresa Minera Andina" not in reading.parties
    assert sorted(reading.agreements[0].parties) == ["EMA", "Nordic Mining Group"]


@pytest.mark.parametrize("text", _STORIES)
def test_a_similar_contract_takes_the_new_partner(text):
    similar = _read(text).agreements[1]
    assert sorted(similar.parties) == ["EMA", "HNC"]
    assert similar.sectors == ["mining"]
    assert similar.status == "planned"


def _read(text: str):
    return read(text.encode(), "article.txt")
