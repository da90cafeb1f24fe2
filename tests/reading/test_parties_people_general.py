"""Parties and people read by shape, not by sentence (issue 10): neighbouring states of
like names, companies in Cyrillic, institutions and alliances as sides, Russian names
out of their case, statements of institutions."""

from __future__ import annotations

import pytest

from suivi.reading import gazetteer, people, people_roles
from suivi.reading.pipeline import read


def codes(text: str, lang: str) -> list[str]:
    return [m.code for m in gazetteer.find_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("la Guinée-Bissau et la Guinée équatoriale", "fr", ["GNB", "GNQ"]),
        ("le président équato-guinéen et le président bissau-guinéen", "fr", ["GNQ", "GNB"]),
        ("Equatorial Guinea, Guinea-Bissau and Guinea", "en", ["GNQ", "GNB", "GIN"]),
        ("Экваториальная Гвинея, Гвинея-Бисау и Гвинея", "ru", ["GNQ", "GNB", "GIN"]),
        ("South Sudanese crude and Sudanese ports", "en", ["SSD", "SDN"]),
        ("le Soudan du Sud et le Soudan", "fr", ["SSD", "SDN"]),
        ("Южный Судан и Судан", "ru", ["SSD", "SDN"]),
        ("Niger and Nigeria, a Nigerien and a Nigerian", "en", ["NER", "NGA", "NER", "NGA"]),
        ("the Democratic Republic of Congo and the Republic of Congo", "en", ["COD", "COG"]),
        ("la République dominicaine et la Dominique", "fr", ["DOM", "DMA"]),
        ("Dominica and the Dominican Republic", "en", ["DMA", "DOM"]),
    ],
)
def test_states_of_like_names_are_told_apart(text, lang, expected):
    assert codes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Республика Конго и Республика Конго; ДРК. С конголезским коллегой.", "ru", "COG"),
        ("La RDC, la RDC et le Congo. Le ministre congolais.", "fr", "COD"),
        ("The Republic of Congo and Congo-Brazzaville. The Congolese minister.", "en", "COG"),
    ],
)
def test_the_congolese_adjective_goes_to_the_congo_named_most(text, lang, code):
    assert codes(text, lang)[-1] == code


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Трансмашхолдинг", "Transmashholding"),
        ("РЖД", "Russian Railways"),
        ("Уралхолдинг", "Uralholding"),  # unknown: transliterated as companies write it
        ("АЛРОСА", "ALROSA"),
    ],
)
def test_cyrillic_companies_get_their_latin_name(cyrillic, latin):
    assert gazetteer.latin_name(cyrillic) == latin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В тот же день компания «Трансмашхолдинг» подписала контракт.", ["Transmashholding"]),
        ("Документ подписал генеральный директор компании Павел Маринычев.", []),
        ("Национальная горнорудная компания Гвинеи SOGUIPAMI подписала меморандум.", ["SOGUIPAMI"]),  # its home is no side
    ],
)  # fmt: skip
def test_russian_companies_and_the_people_who_head_them(text, expected):
    assert codes(text, "ru") == expected


@pytest.mark.parametrize(
    ("oblique", "case", "nominative"),
    [
        ("Каземом Джалали", None, "Казем Джалали"),
        ("Жаном-Клодом Гакосо", "ablt", "Жан-Клод Гакосо"),
        ("Фам Минь Тинем", "ablt", "Фам Минь Тинь"),
        ("Якуба Забре Губа", "nomn", "Якуба Забре Губа"),  # beside «министр»: as written
    ],
)
def test_russian_foreign_names_out_of_their_case(oblique, case, nominative):
    assert people_roles.russian_nominative(oblique, case) == nominative


@pytest.mark.parametrize(
    ("text", "name", "case"),
    [
        ("переговоры с послом Ирана в России Каземом Джалали", "Каземом", "ablt"),
        ("с министром иностранных дел Республики Конго Жаном-Клодом Гакосо", "Жаном", "ablt"),
        ("министр торговли Антон Алиханов.\n\nПереговоры Ибрагима Траоре", "Ибрагима", None),
    ],
)
def test_the_case_of_the_role_a_russian_name_stands_beside(text, name, case):
    assert people_roles.russian_role_case(text, text.index(name)) == case


def test_common_words_before_a_russian_name_are_no_part_of_it():
    raw = "спецпредставитель президента по Ближнему Востоку Михаил Богданов"
    assert people.strip_titles(raw.split(" по ")[1]) == "Михаил Богданов"


def _people(text: str) -> list[str]:
    return [p.name for p in read(text).people]


def test_russian_people_in_oblique_cases_are_read_in_the_nominative():
    text = (
        "Министр иностранных дел России Сергей Лавров провёл переговоры с министром "
        "иностранных дел Республики Конго Жаном-Клодом Гакосо. Накануне посол Ирана в России "
        "Казем Джалали встретился с Лавровым. Переговоры Ибрагима Траоре с Алексеем "
        "Лихачёвым прошли в Уагадугу. Делегацию возглавил спецпредставитель президента по "
        "Ближнему Востоку Михаил Богданов."
    )
    found = _people(text)
    for name in ("Сергей Лавров", "Жан-Клод Гакосо", "Ибрагим Траоре", "Михаил Богданов"):
        assert name in found
    assert not any(name.startswith(("Жаном", "Ибрагима", "Ближнему")) for name in found)


def test_two_people_after_an_apposed_role_and_a_longer_name_merged():
    text = (
        "Les ministres des Affaires étrangères des deux pays, Carlos Pinto Pereira et Simeón "
        "Oyono Esono Angue, ont signé l'accord en présence du président Teodoro Obiang Nguema "
        "Mbasogo. Teodoro Obiang Nguema a salué l'accord."
    )
    found = _people(text)
    assert "Simeón Oyono Esono Angue" in found
    assert "Teodoro Obiang Nguema Mbasogo" in found
    assert "Teodoro Obiang Nguema" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Le Wali de Bank Al-Maghrib, M. Abdellatif Jouahri, a signé le mémorandum.\n\n"
        "« Ce mémorandum consacre la volonté des deux institutions de renforcer la "
        "coopération », précise la Banque centrale de Mauritanie.",
        'The governor, Lesetja Kganyago, signed the memorandum. "The memorandum opens a new '
        'chapter in the supervision of cross-border banks," the Reserve Bank said.',
    ],
)
def test_a_quotation_a_bank_says_has_no_speaker(text):
    quotes = read(text).quotes
    assert quotes and all(q.speaker is None for q in quotes)


def test_a_state_named_as_a_place_is_no_side_of_a_body():
    text = (
        "Министр иностранных дел России Сергей Лавров провёл переговоры с министром "
        "иностранных дел Республики Конго Жаном-Клодом Гакосо. Россия и Республика Конго "
        "обсудили заседание межправительственной комиссии по экономическому сотрудничеству, "
        "а также положение в соседней Демократической Республике Конго."
    )
    reading = read(text)
    assert reading.bodies and set(reading.bodies[0].parties) == {"RUS", "COG"}
    assert "COD" not in reading.parties


def test_an_alliance_acting_with_a_state_binds_its_members_and_that_state():
    text = (
        "Соглашение о свободной торговле между ЕАЭС и Ираном вступило в силу. Документ был "
        "подписан на заседании Высшего Евразийского экономического совета. Министр ЕАЭС и "
        "посол Ирана договорились создать совместный комитет, который будет собираться раз "
        "в год. ЕАЭС и Иран довольны."
    )
    bodies = {b.name: set(b.parties) for b in read(text).bodies}
    assert bodies["Высший Евразийский экономический совет"] == {"ARM", "BLR", "KAZ", "KGZ", "RUS"}
    committee = next(parties for name, parties in bodies.items() if "комитет" in name)
    assert committee == {"ARM", "BLR", "KAZ", "KGZ", "RUS", "IRN"}


def test_an_organisation_that_signs_with_the_states_is_a_side_of_its_own():
    text = (
        "Zambia and the DRC signed an agreement on a battery zone. Zambia and the DRC "
        "welcomed it. Afreximbank, which will finance the study, signed a separate memorandum "
        "with the two governments on the financing of the zone."
    )
    agreements = read(text).agreements
    assert any(set(a.parties) == {"Afreximbank", "ZMB", "COD"} for a in agreements)


def test_a_company_signs_without_its_state_beside_it():
    text = (
        "АЛРОСА и правительство Анголы подписали соглашение о геологоразведке. "
        "Генеральный директор компании Павел Маринычев подписал документ."
    )
    reading = read(text)
    assert {"ALROSA", "AGO"} == set(reading.agreements[0].parties)
    assert "Pavel Marinychev" not in reading.parties


def test_initials_stand_for_the_full_name_they_start():
    text = (
        "Глава МИД РФ Сергей Лавров провел переговоры со своим коллегой Жаном-Клодом Гакосо. "
        "С.В. Лавров вручил Ж.-К. Гакосо памятный знак."
    )
    found = _people(text)
    assert "Сергей Лавров" in found and "Жан-Клод Гакосо" in found
    assert not any("." in name for name in found)


def test_the_head_of_state_a_russian_quotation_names_is_the_president():
    text = (
        "Президент России Владимир Путин принял президента Республики Конго Дени "
        "Сассу-Нгессо. Встреча с конголезским министром Антуаном Нгакосо прошла отдельно.\n\n"
        "«Мы очень довольны результатами», — отметил глава конголезского государства."
    )
    quote = read(text).quotes[0]
    assert quote.speaker == "Дени Сассу-Нгессо"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("l'Agence turque de coopération (TIKA) et la JICA", "fr", ["TUR", "TUR", "JPN"]),
        ("Минпромторг и Россотрудничество", "ru", ["RUS", "RUS"]),
        ("la Banque centrale des États de l'Afrique de l'Ouest (BCEAO)", "fr", ["BCEAO", "BCEAO"]),
        ("Минфин США", "ru", ["USA"]),  # a ministry's short name other states' press share
    ],
)
def test_state_agencies_stand_for_their_state_and_regional_banks_for_themselves(
    text, lang, expected
):
    assert codes(text, lang) == expected


def test_a_byline_is_a_name_not_a_sentence_opening_with_par():
    text = (
        "date 2024-06-20 Le Sénégal et la Turquie signent deux accords - senego.example\n"
        "Le Sénégal et la Turquie signent deux accords\n\n"
        "Le ministre sénégalais de l'Énergie, Birame Souleye Diop, et l'ambassadeur de "
        "Turquie, Nilgün Erdem Arı, ont signé mardi un accord dans le domaine de l'énergie.\n\n"
        "Par ailleurs, les deux pays ont signé un protocole d'accord sur la formation.\n"
    )
    reading = read(text)
    assert reading.document.author is None
    assert "Birame Souleye Diop" in [p.name for p in reading.people]


def test_the_parent_group_of_a_signing_company_is_no_side():
    text = (
        "Le Sénégal et la Turquie renforcent leur coopération énergétique. Le Sénégal "
        "salue l'accord. La société Karpowership, filiale du groupe turc Karadeniz Holding, "
        "a signé avec le Sénégal un contrat de fourniture d'électricité."
    )
    agreements = read(text).agreements
    assert agreements and set(agreements[-1].parties) == {"Karpowership", "SEN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pertamina signed an agreement with Algeria's Sonatrach.", ["Pertamina", "Sonatrach"]),
        ("Russia's Rosatom and Rwanda signed a roadmap.", ["Rosatom", "RWA"]),
        ("Tanzania's Ministry of Energy signed it.", ["TZA"]),  # an institution: its state
    ],
)
def test_a_state_in_the_possessive_before_its_company_is_no_side(text, expected):
    assert codes(text, "en") == expected


@pytest.mark.parametrize(
    ("oblique", "case", "nominative"),
    [
        ("Сергеем Викторовичем Лавровым", None, "Сергей Викторович Лавров"),  # a patronymic
        ("Марии Владимировны Захаровой", None, "Мария Владимировна Захарова"),
        ("Али Ламином Зейном", "ablt", "Али Ламин Зейн"),  # a foreign middle name
        ("Юнус-Беком Евкуровым", None, "Юнус-Бек Евкуров"),  # both parts keep their capital
        ("Мишустина Михаила Владимировича", None, "Михаил Владимирович Мишустин"),  # register order
    ],
)
def test_every_word_of_a_russian_name_is_put_in_the_nominative(oblique, case, nominative):
    assert people_roles.russian_nominative(oblique, case) == nominative


def test_a_russian_name_written_in_the_nominative_elsewhere_is_preferred():
    text = (
        "Посол России Игорь Громыко вручил верительные грамоты президенту переходного "
        "периода Ассими Гоите. Ассими Гоита поблагодарил посла."
    )
    assert _people(text) == ["Игорь Громыко", "Ассими Гоита"]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre des Affaires étrangères, Abdoulaye Diop, a reçu l'ambassadeur. Dans un "
        "communiqué, le ministère a indiqué : « Cette visite marque une nouvelle étape dans nos "
        "relations bilatérales. »",
        "«Мы готовы развивать сотрудничество», — заявил глава МИД Мали Абдулай Диоп. В "
        "пресс-релизе Минэнерго отмечается: «Проект будет реализован в течение пяти лет».",
    ],
)
def test_what_a_ministry_says_is_no_minister_s_quotation(text):
    quotes = read(text).quotes
    assert quotes[-1].speaker is None


def test_a_short_quotation_of_a_joint_statement_is_a_quotation():
    text = (
        "Министр Алексей Оверчук подписал соглашение. Согласно совместному заявлению, "
        "«стороны договорились расширять сотрудничество в области энергетики»."
    )
    quotes = read(text).quotes
    assert len(quotes) == 1 and quotes[0].speaker is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian Deputy Prime Minister Alexander Novak and Saudi Energy Minister Prince "
            "Abdulaziz bin Salman co-chaired the meeting.",
            "Abdulaziz bin Salman",  # the second name's own title is not eaten by the first's
        ),
        (
            "Vice President Kashim Shettima and Chief of Staff Femi Gbajabiamila attended.",
            "Femi Gbajabiamila",
        ),
        (
            "The memorandum was signed in the presence of Kenya Airways CEO Allan Kilavuka "
            "and Qatar Airways Group Chief Executive Badr Mohammed Al-Meer.",
            "Allan Kilavuka",  # a person before "and <company>" is no part of the company
        ),
    ],
)
def test_people_behind_titles_of_offices_and_companies(text, name):
    assert name in _people(text)


def test_the_nationality_before_a_role_gives_the_speaker_it_describes():
    text = (
        "The Nigerian minister, Yusuf Tuggar, and his Nigerien counterpart Bakary Yaou Sangaré "
        'signed the deal. "Niger will never forget the support of its brothers," the '
        "Nigerien minister said."
    )
    assert read(text).quotes[0].speaker == "Bakary Yaou Sangaré"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "По словам Сергея Лаврова, «отношения между нашими странами развиваются по "
            "восходящей». Министр также встретился с коллегой.",
            "Сергей Лавров",
        ),
        (
            "Le ministre Abdoulaye Diop a reçu la délégation. Selon Abdoulaye Diop, « le Mali "
            "doit diversifier ses partenariats ».",
            "Abdoulaye Diop",
        ),
    ],
)
def test_a_short_quotation_after_according_to_someone_is_a_quotation(text, speaker):
    quotes = read(text).quotes
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Sénégal et le Burundi ont signé mardi 4 mars 2025 à Dakar six accords, au terme "
            "de la réunion du comité mixte conduite par les ministres du Commerce Serigne Guèye "
            "Diop et Olivier Ndayishimiye.",
            ["Serigne Guèye Diop", "Olivier Ndayishimiye"],
        ),
        ("Le protocole a été signé par le ministre du Budget, Cheikh Ndiaye.", ["Cheikh Ndiaye"]),
        ("Son Altesse Cheikh Tamim ben Hamad Al Thani a reçu le président.", ["Tamim ben Hamad Al Thani"]),
    ],
)  # fmt: skip
def test_coordinated_names_and_cheikh_as_a_given_name(text, expected):
    assert _people(text) == expected


def test_a_counterpart_is_not_of_the_state_of_the_person_he_receives():
    text = (
        "Le Togo et le Ghana ont signé trois accords lors de la visite du président ghanéen "
        "Kwame Asante Boateng, reçu par son homologue Komi Agbéko Lawson.\n\n"
        "Le chef de l'État ghanéen s'est adressé aux députés. « Le Ghana et le Togo sont "
        "deux nations sœurs qui doivent avancer ensemble », a-t-il déclaré."
    )
    reading = read(text)
    parties = {p.name: p.party for p in reading.people}
    assert parties["Komi Agbéko Lawson"] != "GHA"
    assert reading.quotes[0].speaker == "Kwame Asante Boateng"


def test_a_title_before_a_surname_after_a_quotation_names_that_person():
    text = (
        "Ousmane Kane et Ahmed Ould Sidi ont signé deux accords à Dakar. Ahmed Ould Sidi a "
        "salué l'accueil.\n\n"
        "« Nos deux peuples partagent une histoire et un avenir », a déclaré le président Kane."
    )
    assert read(text).quotes[0].speaker == "Ousmane Kane"
