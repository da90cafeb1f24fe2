"""A text of comprehensive cooperation is general (SPEC: general is the general frame of the
cooperation): «дорожная карта всестороннего сотрудничества на 2026–2030 годы», "a roadmap
of comprehensive cooperation", "une feuille de route de coopération globale". Its words
named no domain, so the sentence's other words gave it one (the economy of the "commission
on economic cooperation" at whose session it was signed). "Comprehensive cooperation in
energy" is energy's (guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "МИНСК, 22 июля. Беларусь и Иран по итогам заседания Совместной комиссии по "
        "экономическому сотрудничеству подписали дорожную карту всестороннего сотрудничества "
        "на 2026–2030 годы.",
        "MINSK, 22 July. Following the session of the Joint Commission on Economic "
        "Cooperation, Belarus and Iran signed a roadmap of comprehensive cooperation for "
        "2026-2030.",
        "MINSK, 22 juillet. À l'issue de la session de la Commission mixte de coopération "
        "économique, le Bélarus et l'Iran ont signé une feuille de route de coopération "
        "globale pour 2026-2030.",
    ],
)
def test_comprehensive_cooperation_is_general(text):
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["general"]


@pytest.mark.parametrize(
    "text",
    [
        "МИНСК, 22 июля. Беларусь и Иран подписали меморандум о всестороннем сотрудничестве "
        "в области энергетики.",
        "MINSK, 22 July. Belarus and Iran signed a memorandum on comprehensive cooperation in "
        "energy.",
    ],
)
def test_comprehensive_cooperation_in_a_field_is_that_field(text):
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["energy"]
