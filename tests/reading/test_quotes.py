"""Direct quotations and their speakers."""

from __future__ import annotations

import pytest

from suivi.reading import quotes
from suivi.reading.model import Person
from suivi.reading.people import PersonMention
from suivi.reading.pipeline import read


def test_speaker_named_after_the_quotation():
    text = "« Nous avons signé des accords historiques », a déclaré Abdoulaye Diop."
    at = text.index("Abdoulaye")
    said = quotes.extract(text, [PersonMention(at, at + 14, "Abdoulaye Diop")])
    assert [(q.text, q.speaker) for q in said] == [
        ("Nous avons signé des accords historiques", "Abdoulaye Diop")
    ]


def test_speaker_named_before_a_colon():
    text = "Le ministre Aïssata Tall Sall : “Nous croyons fortement à l'intégration africaine”"
    at = text.index("Aïssata")
    said = quotes.extract(text, [PersonMention(at, at + 16, "Aïssata Tall Sall")])
    assert said[0].speaker == "Aïssata Tall Sall"


@pytest.mark.parametrize(
    "text",
    [
        "un parking baptisé « Kidal » pour les camions",
        "le traité dit « d'amitié et de coopération » de 1960",
        "la devise « Un Peuple, Un But, Une Foi » du pays",
    ],
)
def test_names_and_titles_in_quotation_marks_are_not_quotations(text):
    assert quotes.extract(text, []) == []


@pytest.mark.parametrize(
    "text",
    [
        "Il a dit « nous irons plus loin ensemble et sans attendre",
        "Il a dit “ nous irons plus loin",
        "''jamais fermé",
        "»« ” “ '' \"",
    ],
)
def test_unclosed_quotation_marks_do_not_crash(text):
    assert isinstance(quotes.extract(text, []), list)


@pytest.mark.slow
def test_pronoun_quotes_go_to_the_last_speaker_named():
    text = (
        "Le ministre Hamadoun Konaté a affirmé que le Mali « est prêt à accueillir ses citoyens "
        "dans la dignité ». Il a ajouté : « un plan de rapatriement sera mis en œuvre rapidement »."
    )
    said = read(text).quotes
    assert [q.speaker for q in said] == ["Hamadoun Konaté", "Hamadoun Konaté"]


@pytest.mark.slow
def test_abbreviated_name_after_and_role_with_nationality_before_a_pronoun():
    text = (
        "Le ministre nigérien des Affaires étrangères, Bakary Yaou Sangaré, et son homologue "
        "tchadien, Abderaman Koulamallah, ont coprésidé la session. « Nos deux peuples partagent "
        "un destin commun », a souligné M. Sangaré à l'ouverture. Le chef de la diplomatie "
        "tchadienne a insisté sur la sécurité : « Aucun de nos pays ne peut gagner seul ce "
        "combat », a-t-il affirmé."
    )
    said = read(text).quotes
    assert [q.speaker for q in said] == ["Bakary Yaou Sangaré", "Abderaman Koulamallah"]


@pytest.mark.parametrize(
    "text",
    [
        'In a statement, the Ministry of Trade said: "The agreement gives our tea and coffee '
        'preferential access to the Emirates." Ruto welcomed it.',
        "Ruto était présent. « Le Niger réaffirme sa volonté de préserver ce projet "
        "stratégique », conclut le communiqué.",
        "Руто присутствовал. «Стороны подтвердили приверженность развитию "
        "сотрудничества», — говорится в заявлении МИД.",
    ],
)
def test_a_document_or_a_ministry_is_quoted_without_speaker(text):
    at = max(text.find("Ruto"), text.find("Руто"))  # the person named next to the quotation
    found = quotes.extract(
        text, [PersonMention(at, at + 4, "William Ruto")], [Person("William Ruto")]
    )
    assert [q.speaker for q in found] == [None]


def test_a_person_who_speaks_in_a_statement_keeps_the_quotation():
    text = 'Ruto hailed the agreement and said in a statement: "It opens the Gulf to our tea."'
    found = quotes.extract(text, [PersonMention(0, 4, "William Ruto")], [Person("William Ruto")])
    assert [q.speaker for q in found] == ["William Ruto"]


def test_a_russian_head_of_government_referred_to_by_role():
    text = (
        "Михаил Мишустин провёл переговоры с премьер-министром Лаоса Сонесаем Сипанданом. "
        "«Лаос — наш давний и надёжный партнёр в регионе», — сказал глава российского "
        "правительства."
    )
    laos = text.index("Сонесаем")
    mentions = [
        PersonMention(0, 15, "Михаил Мишустин"),
        PersonMention(laos, laos + 19, "Сонесай Сипандон"),
    ]
    people_ = [Person("Михаил Мишустин", party="RUS"), Person("Сонесай Сипандон", party="LAO")]
    found = quotes.extract(text, mentions, people_)
    assert [q.speaker for q in found] == ["Михаил Мишустин"]


@pytest.mark.parametrize(
    "text",
    [
        'Ruto welcomed the deal. "This partnership will create thousands of jobs for our '
        'young people," the statement from State House said.',
        'Ruto met the delegation. According to the joint communiqué, "the parties reaffirmed '
        'their commitment to the principles of the Charter."',
        "Ruto a rappelé le contexte. Selon le ministère des Affaires étrangères, « cette visite "
        "marque une nouvelle étape dans les relations entre les deux pays ».",
        "Руто присутствовал. Как говорится в совместном заявлении, «Стороны подтвердили "
        "приверженность развитию сотрудничества».",
        "Руто присутствовал. Согласно коммюнике, «Стороны подтвердили приверженность "
        "развитию сотрудничества».",
    ],
)
def test_a_document_an_institution_speaks_for_is_quoted_without_speaker(text):
    at = max(text.find("Ruto"), text.find("Руто"))
    found = quotes.extract(
        text, [PersonMention(at, at + 4, "William Ruto")], [Person("William Ruto")]
    )
    assert [q.speaker for q in found] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "По словам министра иностранных дел Кении Мусалии Мудавади, «стороны договорились "
            "о многом».",
            "Мусалия Мудавади",
        ),
        (
            "Как отметил глава МИД Казахстана Мурат Нуртлеу, «соглашение откроет новые "
            "возможности».",
            "Мурат Нуртлеу",
        ),
        (
            "По словам его малийского коллеги Абдулая Диопа, «это новый этап сотрудничества».",
            "Абдулай Диоп",
        ),
    ],
)
def test_words_quoted_after_who_said_them_are_a_quotation(text, speaker):
    assert [q.speaker for q in read(text).quotes] == [speaker]


def test_a_phrase_quoted_inside_a_clause_after_selon_is_no_quotation():
    text = "Selon lui, les échanges entre les deux pays restent « en deçà du potentiel »."
    assert read(text).quotes == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Paul Kagame est arrivé à Brazzaville avec Vincent Biruta. Le chef de l'État"
            " rwandais a pris la parole. « Nos deux pays ont beaucoup à faire ensemble », a-t-il"
            " déclaré.",
            "Paul Kagame",
        ),
        (
            "William Ruto arrived in Kampala with Musalia Mudavadi. The Kenyan president then"
            ' spoke. "Our two peoples expect concrete results from this visit," he said.',
            "William Ruto",
        ),
    ],
)
def test_the_head_of_state_a_role_names_among_untitled_people_of_one_state(text, speaker):
    reading = read(f"date: 2026-11-18\n\n{text}\n", "a.txt")
    assert [q.speaker for q in reading.quotes] == [speaker]
