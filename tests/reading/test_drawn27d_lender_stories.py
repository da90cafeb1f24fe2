"""A lender's own story (drawD30): the lender its title names signs with the one side each
sentence names; a Russian rank past the first opens one more text; a loan signed with a
Russian ministry («с Министерством финансов») takes what the next sentence spends it on.

Invented stories in fr, en and ru.
"""

from __future__ import annotations

from suivi.reading.pipeline import read

_EN = """AfDB signs two loan agreements in Accra

The African Development Bank (AfDB) on Monday signed in Accra two loan agreements worth $90 \
million, in the presence of Ghana's Vice-President.

The first agreement, worth $50 million, was concluded with Ghana's Ministry of Finance for \
rural roads.

The signing of a loan agreement with the Government of Togo on the Lomé port, planned for \
Tuesday, was postponed to next year.
"""

_FR = """La BOAD signe deux accords de prêt à Dakar

La Banque ouest-africaine de développement (BOAD) a signé lundi à Dakar deux accords de prêt \
d'un montant de 60 milliards FCFA, en présence du Premier ministre sénégalais.

Le premier accord, de 40 milliards, a été conclu avec le ministère sénégalais des Finances \
pour les pistes rurales.

La signature d'un accord de prêt avec le gouvernement du Mali pour la route de Kayes, prévue \
mardi, a été reportée à l'année prochaine.
"""

_RU = """ЕАБР подписал в Душанбе два кредитных соглашения

Евразийский банк развития (ЕАБР) сегодня в Душанбе подписал два кредитных соглашения общим \
объёмом 80 млн долларов.

Первое соглашение, на 50 млн долларов, заключено с Министерством финансов Республики \
Таджикистан. Средства будут направлены на строительство школ в Хатлонской области.

Второе соглашение, на 30 млн долларов, Банк заключил с ОАО «Таджиккемикал» для модернизации \
завода.

Подписание соглашения о займе с Правительством Республики Беларусь на ремонт дорог перенесено \
на следующий год.
"""


def _sides(text: str) -> list[set[str]]:
    return [set(a.parties) for a in read(text).agreements]


def test_the_titled_lender_signs_with_the_state_named_in_english() -> None:
    assert {"TGO", "AfDB"} in _sides(_EN)
    assert {"GHA", "TGO"} not in _sides(_EN)


def test_the_titled_lender_signs_with_the_state_named_in_french() -> None:
    assert {"MLI", "BOAD"} in _sides(_FR)
    assert {"SEN", "MLI"} not in _sides(_FR)


def test_the_titled_lender_signs_with_the_state_named_in_russian() -> None:
    assert {"BLR", "EDB"} in _sides(_RU)
    assert {"TJK", "BLR"} not in _sides(_RU)


def test_a_russian_second_rank_opens_a_new_text_with_the_company() -> None:
    reading = read(_RU)
    assert {"Tadzhikkemikal", "EDB"} in [set(a.parties) for a in reading.agreements]
    assert len(reading.agreements) == 3


def test_a_loan_with_a_russian_ministry_takes_what_the_money_is_spent_on() -> None:
    first = next(a for a in read(_RU).agreements if a.evidence.startswith("Первое"))
    assert first.sectors == ["education"]
    assert set(first.parties) == {"TJK", "EDB"}
