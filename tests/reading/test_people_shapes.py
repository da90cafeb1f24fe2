"""People in the shapes the press writes them: West African «Cheikh» as a given name, Gulf
names whose lineage the NER cut off, Vietnamese three-syllable names in Russian."""

from __future__ import annotations

from suivi.reading.pipeline import read


def test_cheikh_before_a_surname_is_a_given_name():
    reading = read(
        "Le ministre sénégalais des Affaires étrangères, Cheikh Niang, et son homologue "
        "mauritanien, Mohamed Salem Ould Merzoug, ont coprésidé les travaux de la commission "
        "mixte. « Nous avons signé trois accords », a déclaré M. Niang."
    )
    parties = {p.name: p.party for p in reading.people}
    assert parties.get("Cheikh Niang") == "SEN"
    assert parties.get("Mohamed Salem Ould Merzoug") == "MRT"
    assert [q.speaker for q in reading.quotes] == ["Cheikh Niang"]


def test_cheikh_before_a_man_given_name_is_a_title():
    reading = read("Cheikh Tamim a reçu le président malien Assimi Goïta à Doha.")
    assert "Cheikh Tamim" not in {p.name for p in reading.people}


def test_gulf_lineage_left_out_by_the_ner_is_read():
    reading = read(
        "Cheikh Shakhboot bin Nahyan Al Nahyan, ministre d'État émirati, a rencontré "
        "le ministre malien des Affaires étrangères."
    )
    parties = {p.name: p.party for p in reading.people}
    assert parties.get("Shakhboot bin Nahyan Al Nahyan") == "ARE"


def test_vietnamese_name_in_russian_keeps_its_first_syllable():
    reading = read(
        "Вице-премьер Вьетнама Чан Хонг Ха провел переговоры с министром иностранных дел "
        "России Сергеем Лавровым."
    )
    parties = {p.name: p.party for p in reading.people}
    assert parties.get("Чан Хонг Ха") == "VNM"
    assert parties.get("Сергей Лавров") == "RUS"


def test_gulf_name_in_russian_instrumental_is_read_whole():
    reading = read(
        "Переговоры главы МИД России Сергея Лаврова с министром иностранных дел Кувейта "
        "шейхом Салемом Абдаллой аль-Джабером ас-Сабахом прошли в Москве."
    )
    parties = {p.name: p.party for p in reading.people}
    assert parties.get("Салем Абдалла аль-Джабер ас-Сабах") == "KWT"
    assert parties.get("Сергей Лавров") == "RUS"
