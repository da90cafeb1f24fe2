"""Shapes of the fifth draw's documents (session 18, drawB18), in invented sentences: a
pair's high-level group is a body and "the group" refers back to it, a next meeting in a
month before the page's is next year's, a meeting "before the end of the year" is in the
page's year, a sentence that tells what listed texts contain does not replace them, and
an agreement creating a council that sits at the level of foreign ministers is diplomacy."""

from __future__ import annotations

from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


def test_a_pairs_high_level_group_is_their_body_with_its_sessions():
    cases = (
        (
            "date 2026-04-10 Chile and Peru held the third meeting of the Chile-Peru "
            "High-Level Security Group in Lima on Wednesday. The group meets every six months.",
            "Chile-Peru High-Level Security Group",
        ),
        (
            "date 2026-04-10 Le Chili et le Pérou ont tenu mercredi à Lima la troisième "
            "réunion du Groupe de haut niveau sur la sécurité Chili-Pérou. Le groupe se réunit "
            "tous les six mois.",
            "Groupe de haut niveau sur la sécurité Chili-Pérou",
        ),
        (
            "date 2026-04-10 Россия и Чили провели в среду в Сантьяго третье заседание "
            "Российско-чилийской группы высокого уровня. Группа собирается раз в полгода.",
            "Российско-чилийская группа высокого уровня",
        ),
    )
    for text, name in cases:
        reading = _read(text)
        [body] = reading.bodies
        assert body.name == name, text
        assert body.cadence_months == 6, text
        assert [(s.body, s.number) for s in reading.sessions] == [(name, 3)], text


def test_a_high_level_group_is_no_company():
    reading = _read(
        "date 2026-04-10 Chile and Peru held the third meeting of the Chile-Peru High-Level "
        "Security Group in Lima on Wednesday."
    )
    assert reading.parties == ["CHL", "PER"]
    assert reading.bodies[0].parties == ["CHL", "PER"]


def test_the_next_meeting_in_an_earlier_month_is_next_years():
    cases = (
        "date 2026-04-10 Ghana and Togo held the second meeting of the Ghana-Togo Joint "
        "Commission in Accra on Wednesday. The next meeting of the commission is due in "
        "Lomé in February.",
        "date 2026-04-10 Le Ghana et le Togo ont tenu mercredi à Accra la deuxième session "
        "de la commission mixte ghanéo-togolaise. La prochaine session de la commission se "
        "tiendra à Lomé en février.",
        "date 2026-04-10 Россия и Гана провели в среду в Аккре второе заседание "
        "межправительственной комиссии. Следующее заседание комиссии пройдёт в Москве в "
        "феврале.",
    )
    for text in cases:
        starts = [s.start for s in _read(text).sessions if s.number is None]
        assert starts == ["2027-02"], text


def test_a_meeting_before_the_end_of_the_year_is_in_the_pages_year():
    cases = (
        "date 2026-04-10 Ghana and Togo created a Ghana-Togo Joint Commission on Monday. "
        "The commission's first meeting is planned in Lomé before the end of the year.",
        "date 2026-04-10 Le Ghana et le Togo ont créé lundi une commission mixte "
        "ghanéo-togolaise, dont la première session devrait se tenir à Lomé avant la fin de "
        "l'année.",
        "date 2026-04-10 Россия и Гана в понедельник создали межправительственную комиссию. "
        "Первое заседание комиссии пройдёт в Москве до конца года.",
    )
    for text in cases:
        assert [(s.number, s.start) for s in _read(text).sessions] == [(1, "2026")], text


def test_a_sentence_telling_what_listed_texts_contain_keeps_the_list():
    cases = (
        "date 2026-04-10 Le Ghana et le Togo ont signé lundi à Accra trois mémorandums "
        "d'entente dans les domaines de l'énergie, de l'agriculture et de la santé. Le "
        "mémorandum sur l'énergie porte sur la construction de centrales solaires, celui sur "
        "l'agriculture sur l'irrigation, et celui sur la santé sur la fourniture de vaccins.",
        "date 2026-04-10 Ghana and Togo on Monday signed three memoranda of understanding in "
        "the fields of energy, agriculture and health in Accra. The memorandum on energy "
        "covers the building of solar plants, the one on agriculture irrigation, and the one "
        "on health the supply of vaccines.",
    )
    for text in cases:
        agreements = _read(text).agreements
        assert sorted(a.sectors[0] for a in agreements) == ["agriculture", "energy", "health"]
        assert all(len(a.sectors) == 1 for a in agreements), text


def test_an_agreement_creating_a_council_of_foreign_ministers_is_diplomacy():
    cases = (
        "date 2026-04-10 Ghana and Togo on Monday signed an agreement establishing a "
        "Ghana-Togo Coordination Council, which will meet once a year at the level of foreign "
        "ministers.",
        "date 2026-04-10 Россия и Гана в понедельник подписали соглашение о создании совета "
        "по координации, который будет собираться ежегодно на уровне министров иностранных "
        "дел.",
    )
    for text in cases:
        [agreement] = _read(text).agreements
        assert agreement.sectors == ["diplomacy"], text
