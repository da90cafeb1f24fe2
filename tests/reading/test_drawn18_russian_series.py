"""Russian has no article to tell a new text from one already read; three shapes that say it
otherwise (SPEC: one agreement per text identified). Sentences written for these tests.

- «Первое — …; Второе — кредитное соглашение с …»: a sentence that is one item of a series,
  its ordinal set off by a dash, names the series' next text, not the one before it;
- «Банк намерен до конца года подписать с Киргизией кредитное соглашение»: the object of an
  infinitive of signing is a text to come (planned), as the object of «подписал» is new;
- «трасса» is a highway (transport and infrastructure, as "highway" and «автомагистраль»),
  not the route of a pipeline («трасса газопровода»).
"""

from __future__ import annotations

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


def test_each_ordinal_item_is_a_text():
    reading = read(
        "БИШКЕК, 3 марта - Правительство Киргизии подписало во вторник два соглашения с "
        "международными банками.\n\nПервое — соглашение о займе на 50 млн долларов с Исламским "
        "банком развития — предусматривает строительство школ в Оше.\n\nВторое — кредитное "
        "соглашение на 70 млн долларов с Евразийским банком развития — направлено на ремонт "
        "Токтогульской ГЭС."
    )
    assert len(reading.agreements) == 2
    assert "energy" in reading.agreements[1].sectors


def test_the_infinitive_of_signing_names_a_text_to_come():
    reading = read(
        "БИШКЕК, 3 марта - Правительство Киргизии подписало во вторник соглашение о займе с "
        "Исламским банком развития на строительство школ.\n\nКроме того, Всемирный банк намерен "
        "до конца года подписать с Киргизией кредитное соглашение на 40 млн долларов на "
        "обновление водоснабжения Оша."
    )
    planned = [a for a in reading.agreements if a.status == "planned"]
    assert [a.sectors for a in planned] == [["water"]]


def test_the_highway_is_transport():
    assert sectors_of("реконструкция трассы Бишкек – Ош") == ["transport", "infrastructure"]
    assert "transport" not in sectors_of("трасса газопровода")
