"""Who seals a text with a signature is no part of what it is about: «Протокол скрепили
подписями министр здравоохранения … и министр образования …», "The minutes were countersigned
by the Minister of Health …", "Le procès-verbal a été paraphé par le ministre de la Santé …"
end the text's own words as "signed by" does (the signers' portfolios name no domain), and the
next sentence that says what the minutes set or fix gives their content («Документ
устанавливает квоты», "The minutes set …", "Le procès-verbal fixe …"). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sectors(text: str) -> list[list[str]]:
    return [sorted(a.sectors) for a in read(text.encode(), "article.txt").agreements]


@pytest.mark.parametrize(
    "text",
    [
        "В Риге завершилась сессия Латвийско-исландской комиссии. Протокол сессии скрепили "
        "подписями министр здравоохранения Латвии и министр образования Исландии.",
        "The session of the Chile-Peru Joint Commission closed in Lima. The minutes of the "
        "session were countersigned by the Health Minister of Chile and the Education "
        "Minister of Peru.",
        "La session de la commission mixte entre le Bénin et le Niger s'est achevée à Niamey. "
        "Le procès-verbal de la session a été paraphé par le ministre de la Santé du Bénin et "
        "le ministre de l'Éducation du Niger.",
    ],
)
def test_sealing_signers_name_no_domain(text):
    assert _sectors(text) == [["general"]]


@pytest.mark.parametrize(
    "text",
    [
        "В Риге завершилась сессия Латвийско-исландской комиссии. Протокол сессии скрепили "
        "подписями министр здравоохранения Латвии и министр образования Исландии. Документ "
        "устанавливает квоты на вылов сельди на будущий год.",
        "В Риге завершилась сессия Латвийско-исландской комиссии. По итогам сессии стороны "
        "подписали протокол. Протокол определяет объём вылова мойвы.",
        "The session of the Chile-Peru Joint Commission closed in Lima. The minutes of the "
        "session were signed by the two co-chairs. The minutes set catch limits for anchovy.",
        "La session de la commission mixte entre le Bénin et le Niger s'est achevée à Niamey. "
        "Les deux ministres ont signé le procès-verbal de la session. Le procès-verbal fixe "
        "les quotas de pêche de la sardine.",
    ],
)
def test_what_the_minutes_set_is_their_content(text):
    assert _sectors(text) == [["agriculture"]]
