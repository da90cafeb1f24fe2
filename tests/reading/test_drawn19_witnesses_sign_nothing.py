"""Who witnesses a signing signs nothing: the people named in "En présence des présidents X et
Y, …" (to the comma that closes the opening phrase), "… in the presence of Presidents X and
Y" (to the end of the sentence), «В присутствии президентов X и Y …» are no signatories; the
ministers named beside the verb are. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "Le président ivoirien Alassane Ouattara a reçu le chef de l'État ghanéen, John Mahama."
        "\n\nEn présence des présidents Alassane Ouattara et John Mahama, les ministres des "
        "Transports, Amadou Koné et Joseph Nkrumah, ont signé un protocole d'accord sur la route "
        "côtière.",
        ["Amadou Koné", "Joseph Nkrumah"],
    ),
    (
        "Ivorian President Alassane Ouattara received Ghanaian President John Mahama.\n\n"
        "The transport ministers Amadou Kone and Joseph Nkrumah signed a memorandum on the "
        "coastal road, in the presence of Presidents Alassane Ouattara and John Mahama.",
        ["Amadou Kone", "Joseph Nkrumah"],
    ),
    (
        "Президент Кот-д'Ивуара Алассан Уаттара принял в Абиджане президента Ганы Джона "
        "Махаму.\n\nВ присутствии президентов Алассана Уаттары и Джона Махамы министр "
        "транспорта Кот-д'Ивуара Амаду Коне и министр транспорта Ганы Джозеф Нкрума подписали "
        "меморандум о прибрежной дороге.",
        ["Амаду Коне", "Джозеф Нкрума"],
    ),
]


@pytest.mark.parametrize(("text", "signers"), CASES)
def test_the_witnesses_are_no_signatories(text, signers):
    (agreement,) = read(text).agreements
    assert sorted(agreement.signatories) == sorted(signers), agreement.signatories
