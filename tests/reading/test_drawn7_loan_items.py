"""Seventh draw (drawB19): loans counted then told one by one, in invented sentences
(fr/en/ru).

- "Le premier accord, ..., finance X. Le second, ..., est destiné à Y.": the second ordinal,
  after a sentence that itself opened with the first, is the next text of the count; "The
  first agreement, worth $60 million, ..." after a count that named none is a text, not a
  repeat; "The second, worth ...", «Второе, на сумму ...» stand for one.
- Each text an ordinal names binds the sides of the sentence that counted it, and "a
  second agreement", «второе соглашение» after one named binds the same sides.
- A text to be submitted to a board ("devrait être soumis au conseil d'administration", "is
  expected to be submitted to the board", «будет внесено на рассмотрение») is planned.
- Carrying power is energy ("réseau de transport d'électricité"); rice growing is
  agriculture ("filière rizicole", "rice farmers", «рисоводство»).
"""

from __future__ import annotations

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of, status_of


def _read(text: str):
    return read(text.encode(), "article.txt")


_TWO_LOANS = (
    "Le gouvernement togolais et la Banque mondiale ont signé lundi à Lomé deux accords de prêt "
    "d'un montant total de 90 millions de dollars. Le premier accord, de 60 millions de "
    "dollars, finance le renforcement du réseau de transport d'électricité entre Lomé et Kara. "
    "Le second, de 30 millions de dollars, est destiné à la réhabilitation des écoles rurales.",
    "The government of Ghana and the World Bank on Monday signed two loan agreements worth a "
    "total of $90 million in Accra. The first agreement, worth $60 million, finances the "
    "upgrade of the power grid between Accra and Kumasi. The second, worth $30 million, will "
    "rehabilitate rural schools.",
    "Правительство Киргизии и Всемирный банк подписали в понедельник в Бишкеке два кредитных "
    "соглашения на общую сумму 90 млн долларов. Первое соглашение, на сумму 60 млн долларов, "
    "финансирует модернизацию электросетей. Второе, на сумму 30 млн долларов, направлено на "
    "ремонт сельских школ.",
)


def test_each_loan_of_a_count_told_by_its_ordinal_is_one_text():
    for text in _TWO_LOANS:
        reading = _read(text)
        assert len(reading.agreements) == 2, text
        first, second = reading.agreements
        assert "energy" in first.sectors and "transport" not in first.sectors, text
        assert second.sectors == ["education"], text
        # the sides the counting sentence names bind each text it counted
        assert "WB" in first.parties and "WB" in second.parties, text
        assert len(first.parties) == len(second.parties) == 2, text


_THIRD_TO_COME = (
    "Le gouvernement malien et la Banque mondiale ont signé lundi à Bamako un accord de prêt "
    "pour l'énergie. Un deuxième accord, portant sur l'appui à la filière rizicole, devrait "
    "être soumis au conseil d'administration de la Banque au premier trimestre.",
    "Ghana and the World Bank on Monday signed a loan agreement on energy in Accra. A second "
    "agreement, on support for rice farmers, is expected to be submitted to the Bank's board "
    "in March.",
    "Киргизия и Всемирный банк подписали в понедельник кредитное соглашение по энергетике. "
    "Второе соглашение, о поддержке рисоводства, будет внесено на рассмотрение совета "
    "директоров банка в марте.",
)


def test_a_text_to_be_submitted_to_a_board_is_planned():
    for text in _THIRD_TO_COME:
        reading = _read(text)
        signed, planned = reading.agreements
        assert signed.status == "signed", text
        assert planned.status == "planned", text
        assert "agriculture" in planned.sectors, text
        # one more text of the series binds the same sides
        assert sorted(planned.parties) == sorted(signed.parties), text
    assert status_of("Le projet a été soumis au parlement.") is None


def test_carrying_power_is_energy_and_rice_is_farming():
    assert sectors_of("le réseau de transport d'électricité entre Lomé et Kara") == ["energy"]
    assert sectors_of("les lignes de transport haute tension") == ["energy"]
    assert sectors_of("le transport de marchandises") == ["transport"]
    assert sectors_of("l'appui à la filière rizicole") == ["agriculture"]
    assert sectors_of("support for the rice value chain") == ["agriculture"]
    assert sectors_of("поддержка рисоводства") == ["agriculture"]
