"""A company's home state named beside it is no side of its texts (session 27, drawH27).

Invented sentences. Two companies sign two documents, "the second an agreement on training
Ecuadorian engineers": the adjective says whom the text is about, not who signs it, so the
sides stay the two companies. "Power Machines has worked in Ecuador since 2013, when it
signed its first contract with CELEC EP": the state where the subject works is the home of
the partner, and no side beside it (SPEC: an agreement signed with a company has the company
as a party, not the company's state).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_TWO_DOCUMENTS = {
    "ru": (
        "ПАО «Силовые машины» и эквадорская государственная корпорация CELEC EP 23 сентября "
        "подписали в Кито два документа.\n\nПервый — контракт на модернизацию гидроагрегатов "
        "ГЭС мощностью по 100 МВт.\n\nВторой — соглашение о подготовке эквадорских "
        "специалистов.\n\nДокументы подписали генеральный директор ПАО «Силовые машины» Иван "
        "Петров и генеральный менеджер CELEC EP Хуан Перес."
    ),
    "en": (
        "Power Machines and Ecuador's state power corporation CELEC EP signed two documents in "
        "Quito on 23 September.\n\nThe first is a contract to modernise two hydropower units."
        "\n\nThe second is an agreement on training Ecuadorian engineers.\n\nThe documents were "
        "signed by Power Machines chief executive Ivan Petrov and CELEC EP general manager Juan "
        "Perez."
    ),
    "fr": (
        "Power Machines et la société publique équatorienne CELEC EP ont signé deux documents "
        "à Quito le 23 septembre.\n\nLe premier est un contrat de modernisation de deux "
        "turbines.\n\nLe second est un accord sur la formation d'ingénieurs équatoriens.\n\nLes "
        "documents ont été signés par le directeur général de Power Machines, Ivan Petrov, et "
        "le directeur de CELEC EP, Juan Perez."
    ),
}


@pytest.mark.parametrize("lang", sorted(_TWO_DOCUMENTS))
def test_an_adjective_of_trainees_is_no_side(lang: str) -> None:
    found = read(_TWO_DOCUMENTS[lang]).agreements
    assert [sorted(a.parties) for a in found] == [["CELEC EP", "Power Machines"]] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Power Machines has worked in Ecuador since 2013, when the company signed its first "
        "contract with CELEC EP for three hydropower units.",
        "Power Machines travaille en Équateur depuis 2013, année où la société a signé un "
        "premier contrat avec CELEC EP pour trois turbines.",
    ],
)
def test_the_partners_home_where_the_subject_works_is_no_side(text: str) -> None:
    (contract,) = read(text).agreements
    assert sorted(contract.parties) == ["CELEC EP", "Power Machines"]
