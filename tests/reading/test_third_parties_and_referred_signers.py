"""States near a signing that do not sign it, and organisations that sign under their kind's
name ("the bank", «госкорпорация») after being named before.

SPEC: an agreement's parties are the sides bound by it; a mediator, a host or the partner of
an earlier text it is likened to is none; an organisation signs as itself. Sentences written
for these tests in the style of press coverage (fr/en/ru).
"""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «под эгидой», «в присутствии», «при посредничестве» govern their genitive only
        (
            "Под эгидой Турции Сомали и Эфиопия подписали декларацию о сотрудничестве.",
            ["ETH", "SOM"],
        ),
        (
            "Сомали и Эфиопия подписали декларацию в присутствии президента Турции.",
            ["ETH", "SOM"],
        ),
        # the partner of the earlier text it is likened to
        (
            "Uganda signed a power export agreement with Kenya, similar to the one it signed "
            "with Rwanda in 2019.",
            ["KEN", "UGA"],
        ),
        (
            "Le Togo a signé avec le Ghana un accord sur la pêche, semblable à celui conclu "
            "avec le Bénin en 2020.",
            ["GHA", "TGO"],
        ),
        (
            "Россия подписала с Мали соглашение о геологии, аналогичное тому, что было "
            "подписано с Буркина-Фасо.",
            ["MLI", "RUS"],
        ),
    ],
)
def test_third_states_near_a_signing(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana's finance minister met the president of the African Export-Import Bank in "
            "Accra. The bank signed a $500 million facility agreement with Ghana on cocoa.",
            ["Afreximbank", "GHA"],
        ),
        (
            "Le directeur général de la société chinoise CRBC a été reçu à Dakar. La société a "
            "signé avec le gouvernement sénégalais un accord sur la construction d'une route.",
            ["CRBC", "SEN"],
        ),
        (
            "La Banque mondiale a ouvert un bureau à Lomé. La banque a signé avec le Togo un "
            "accord de financement pour l'éducation.",
            ["TGO", "WB"],
        ),
        (
            "Глава «Росатома» Алексей Лихачёв прибыл в Кампалу. Госкорпорация подписала с "
            "правительством Уганды меморандум о сотрудничестве в атомной энергетике.",
            ["Rosatom", "UGA"],
        ),
    ],
)
def test_an_organisation_signing_under_its_kind(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        (
            "Россия и Эфиопия подписали меморандум о строительстве центра, строительство "
            "которого частично будет финансировать Китай.",
            "CHN",
        ),
        ("Le Mali et le Niger ont signé un accord sur une route que financera la Chine.", "CHN"),
    ],
)
def test_a_funder_after_its_verb_acts_but_signs_nothing(text, funder):
    from suivi.reading.pipeline import read

    reading = read(text)
    assert funder in reading.parties
    assert all(funder not in a.parties for a in reading.agreements)
