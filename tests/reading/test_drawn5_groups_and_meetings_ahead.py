"""Shapes of the fifth draw's documents (session 18, drawB18), in invented sentences: a
pair's high-level group is a body and "the group" refers back to it, a next meeting in a
month before the page's is next year's, a meeting "before the end of the year" is in the
page's year, a sentence that tells what listed texts contain does not replace them, an
agreement creating a council that sits at the level of foreign ministers is diplomacy, an
organisation named only as what a state would join is no party, an amendment extending an
older agreement is two texts, a text negotiated "with a view to its signature" is planned,
and texts signed at a commission's session take no domain from a body named after them."""

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


def test_an_organisation_a_state_would_join_is_no_party():
    cases = (
        (
            "date 2026-04-10 Ghana-ECOWAS: no accession signed\nGhana has signed no "
            "agreement on accession to the Economic Community of West African States "
            "(ECOWAS), its foreign minister said on Monday after a visit to Lomé.",
            "ECOWAS",
        ),
        (
            "date 2026-04-10 Ghana-CEEAC : pas d'adhésion\nLe Ghana n'a signé aucun accord "
            "d'adhésion à la Communauté économique des États de l'Afrique centrale (CEEAC), a "
            "assuré lundi son ministre des Affaires étrangères au retour d'une visite à Lomé.",
            "ECCAS",
        ),
        (
            "date 2026-04-10 Армения-ЕАЭС: решения нет\nАрмения не подписала документов о "
            "вступлении в ЕАЭС, заявил в понедельник министр иностранных дел Армении после "
            "визита в Минск.",
            "EAEU",
        ),
    )
    for text, code in cases:
        parties = _read(text).parties
        assert code not in parties, text
        assert parties, text


def test_an_organisation_that_also_acts_stays_a_party():
    text = (
        "date 2026-04-10 Ghana-ECOWAS: talks on accession\nGhana discussed its accession to "
        "the Economic Community of West African States (ECOWAS) on Monday. ECOWAS welcomed "
        "the talks and the ECOWAS Commission will send a mission to Accra."
    )
    assert "ECOWAS" in _read(text).parties


def test_an_amendment_extending_an_older_agreement_is_two_texts():
    cases = (
        "Ghana and Togo on Monday signed an amendment extending until 2029 the 2019 loan "
        "agreement for the Accra-Lomé road.",
        "Le Ghana et le Togo ont signé lundi un avenant prorogeant jusqu'en 2029 l'accord de "
        "prêt de 2019 pour la route Accra-Lomé.",
        "Россия и Гана в понедельник подписали дополнение, продлевающее до 2029 года кредитное "
        "соглашение 2019 года о строительстве дороги.",
    )
    for text in cases:
        dates = sorted(a.date[:4] for a in _read("date 2026-04-10 Talks\n" + text).agreements)
        assert dates == ["2019", "2026"], text


def test_a_text_negotiated_with_a_view_to_its_signature_is_planned():
    cases = (
        "Ghana and Togo met in Accra on Monday. Both sides agreed to expedite negotiations on "
        "an Agreement for the Avoidance of Double Taxation, with a view to its signature at "
        "the earliest.",
        "Le Ghana et le Togo se sont réunis lundi à Accra. Les deux parties ont convenu "
        "d'accélérer les négociations sur une convention de non-double imposition, en vue de "
        "sa signature dans les meilleurs délais.",
        "Россия и Гана провели переговоры в Аккре. Стороны договорились ускорить переговоры по "
        "соглашению об избежании двойного налогообложения с целью его подписания в ближайшее "
        "время.",
    )
    for text in cases:
        [agreement] = _read(text).agreements
        assert (agreement.status, agreement.sectors) == ("planned", ["economy"]), text


def test_texts_signed_at_a_commission_take_no_domain_of_a_commission_named_later():
    cases = (
        "Ghana and Togo signed five agreements in Accra on Tuesday at the close of the second "
        "session of the Ghana-Togo Bi-National Commission.\nThe documents signed are:\n"
        "- An MoU on tourism;\n- An agreement on fisheries.\nA joint permanent commission on "
        "defence and security, which meets every year, will report to the Bi-National "
        "Commission.",
        "Le Ghana et le Togo ont signé mardi à Accra cinq accords à la clôture de la deuxième "
        "session de la Commission binationale ghanéo-togolaise.\nLes documents signés sont :\n"
        "- un mémorandum sur le tourisme ;\n- un accord sur la pêche.\nUne commission mixte "
        "permanente de défense et de sécurité, qui se réunit chaque année, rendra compte à la "
        "Commission binationale.",
    )
    for text in cases:
        sectors = sorted(s for a in _read(text).agreements for s in a.sectors)
        assert sectors == ["agriculture", "culture"], text
