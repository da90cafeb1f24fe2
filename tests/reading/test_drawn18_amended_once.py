"""An amending text whose title names the text it amends with its own date ("l'Accord
portant amendement de l'Accord de pêche entre A et B du 2 mars 2018") tells two texts (SPEC:
the amended one in passing with its date): the amendment, and the amended text, read beside
it and then again from its own kind word. The second reading is the same text: it gives the
first its title and is not a third. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text, kind, amended_date",
    [
        (
            "Le Gouvernement a approuvé l'Accord portant amendement de l'Accord de pêche entre "
            "le Sénégal et la Mauritanie du 2 mars 2018, signé à Nouakchott le 4 janvier 2026.",
            "agreement",
            "2018-03-02",
        ),
        (
            "Le Conseil a adopté le projet de loi autorisant la ratification de la Convention "
            "portant modification de la Convention fiscale entre la République du Niger et la "
            "République du Bénin du 3 avril 2012, signée à Cotonou le 5 février 2026.",
            "convention",
            "2012-04-03",
        ),
    ],
)
def test_the_amended_text_is_read_once(text, kind, amended_date):
    reading = read(text)
    assert len(reading.agreements) == 2
    assert all(a.kind == kind for a in reading.agreements)
    amended = [a for a in reading.agreements if a.status == "signed" and a.date == amended_date]
    assert amended and amended[0].title


def test_russian_amendment_stays_two():
    reading = read(
        "Правительство одобрило ратификацию Соглашения о внесении изменений в Соглашение о "
        "международном автомобильном сообщении между Российской Федерацией и Республикой "
        "Казахстан от 14 мая 2015 года, подписанного в Астане 9 января 2026 года."
    )
    assert len(reading.agreements) == 2
    assert {tuple(sorted(a.parties)) for a in reading.agreements} == {("KAZ", "RUS")}
