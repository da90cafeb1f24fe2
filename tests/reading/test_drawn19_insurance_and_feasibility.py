"""Two sector words. Insurance is finance, in all its Russian forms («страхование», «страховых
компаний», «страховщики», «перестрахование»), as "insurance" and "assurances" already were
(SPEC: finance is `economy`). A feasibility study's "technico-economic" («технико-экономическое
обоснование», "étude technico-économique", "techno-economic study") names the study, not the
economy: the text is in the domain of what is studied. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Банк Ганы и Центральный банк России подписали меморандум о сотрудничестве в сфере "
        "надзора за страховыми компаниями.",
        "Гана и Россия подписали соглашение о сотрудничестве в области перестрахования.",
    ],
)
def test_insurance_is_economy_in_russian(text):
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["economy"], agreement.sectors


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali et le Niger ont signé un accord sur l'étude technico-économique d'un barrage "
        "hydroélectrique.",
        "Mali and Niger signed an agreement on the techno-economic study of a hydropower dam.",
        "Мали и Нигер подписали соглашение о разработке технико-экономического обоснования "
        "строительства гидроэлектростанции.",
    ],
)
def test_a_technico_economic_study_is_not_economy(text):
    (agreement,) = read(text).agreements
    assert "energy" in agreement.sectors
    assert "economy" not in agreement.sectors, agreement.sectors


def test_economic_cooperation_is_still_economy():
    (agreement,) = read(
        "Le Mali et le Niger ont signé un accord de coopération économique et technique."
    ).agreements
    assert "economy" in agreement.sectors
