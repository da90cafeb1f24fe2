"""Reports of a signing that the same sentence calls untrue name no agreement (SPEC lists the
agreements the text identifies, not rumours it refutes): «сообщения о подписании соглашения о
… не соответствуют действительности», "reports that ... signed an agreement on ... are false",
"les informations faisant état de la signature d'un accord ... sont dénuées de fondement".
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "ru",
        "Министерство энергетики Узбекистана подписало с Азиатским банком развития соглашение о "
        "кредите на строительство подстанции. Министерство также сообщает, что опубликованные в "
        "ряде изданий сообщения о подписании соглашения о списании долга Узбекистана перед "
        "банком не соответствуют действительности.",
    ),
    (
        "en",
        "Ghana's finance ministry signed a loan agreement with the African Development Bank for "
        "a new substation. Reports that Ghana had signed an agreement on debt relief with the "
        "bank are false, the ministry added.",
    ),
    (
        "fr",
        "Le ministère des Finances du Bénin a signé avec la Banque africaine de développement un "
        "accord de prêt pour une nouvelle centrale. Les informations faisant état de la "
        "signature d'un accord sur l'annulation de la dette du Bénin envers la banque sont "
        "dénuées de tout fondement, précise le ministère.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES)
def test_a_signing_reported_and_called_untrue_is_no_agreement(language, text):
    reading = read(text)
    assert len(reading.agreements) == 1, [a.evidence for a in reading.agreements]
    assert "dette" not in reading.agreements[0].evidence
    assert "debt" not in reading.agreements[0].evidence
    assert "долга" not in reading.agreements[0].evidence


def test_reports_of_a_signing_that_are_confirmed_still_count():
    reading = read(
        "Reports that Ghana had signed an agreement on debt relief with the African "
        "Development Bank were confirmed by the ministry on Monday."
    )
    assert len(reading.agreements) == 1
