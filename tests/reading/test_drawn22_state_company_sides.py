"""A state's own power corporation signs as itself (session 27, drawH27).

Invented sentences. Ecuador's state power corporation CELEC EP (Corporación Eléctrica del
Ecuador) signs contracts in its own name: SPEC makes a company, even a state-owned one, a
party of its own, so the contract binds the corporation and its partner, not Ecuador, and
the corporation's Spanish name is the same party.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "ПАО «Силовые машины» и эквадорская государственная корпорация CELEC EP "
        "(Corporación Eléctrica del Ecuador) 23 сентября подписали в Кито два документа.\n\n"
        "Первый — контракт на модернизацию гидроагрегатов ГЭС мощностью по 100 МВт.\n\n"
        "Документы подписали генеральный директор ПАО «Силовые машины» Иван Петров и "
        "генеральный менеджер CELEC EP Хуан Перес.",
        "Power Machines and Ecuador's state power corporation CELEC EP (Corporación Eléctrica "
        "del Ecuador) signed a contract in Quito for the supply of turbines.",
    ],
)
def test_state_corporation_signs_as_itself(text: str) -> None:
    reading = read(text)
    assert "Corporación Eléctrica del Ecuador" not in reading.parties
    (contract,) = reading.agreements
    assert sorted(contract.parties) == ["CELEC EP", "Power Machines"]
