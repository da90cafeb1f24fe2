"""Agreements named by reference to another ("un accord du même type avec …", "of the same
kind", «Аналогичное соглашение …»), second mentions of one text far from the first, a
signing in the future, and the count a sentence states. Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of

from suivi.reading import totals


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2025-03-10")


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        (
            "fr",
            "Le Sénégal et la Mauritanie ont signé un accord sur la pêche. "
            "Le Sénégal avait signé un accord du même type avec la Gambie.",
            "GMB",
        ),
        (
            "en",
            "Indonesia and Kenya signed an agreement on fisheries. "
            "Indonesia signed an agreement of the same kind with Tanzania.",
            "TZA",
        ),
        (
            "ru",
            "Россия и Мали подписали соглашение о геологии. "
            "Аналогичное соглашение Россия в прошлом году подписала с Буркина-Фасо.",
            "BFA",
        ),
    ],
)
def test_a_similar_text_with_another_side_is_a_text_in_the_same_domains(lang, text, other):
    first, similar = read(text, lang)
    assert other in similar.parties and other not in first.parties
    assert similar.sectors == first.sectors
    assert similar.title is None  # named only by reference to the first


def test_a_similar_text_refers_to_the_nearest_text_before_it():
    # the list after the colon is read before the sentences; the similar text is the energy one
    found = read(
        "Le Sénégal et la Mauritanie ont tenu leur commission mixte. Les accords signés "
        "portent sur : l'énergie ; la santé. L'accord sur l'énergie prévoit une ligne "
        "électrique. La Guinée avait conclu un accord du même type avec la Sierra Leone.",
        "fr",
    )
    [similar] = [a for a in found if "SLE" in a.parties]
    assert similar.sectors == ["energy"]


def test_the_sides_after_a_similar_text_are_the_story_s_sides():
    found = read(
        "Россия и Мали подписали соглашение о геологии. Аналогичное соглашение Россия в "
        "прошлом году подписала с Буркина-Фасо. Стороны подтвердили приверженность "
        "подписанному в 2023 году соглашению о мирном использовании атомной энергии.",
        "ru",
    )
    [older] = [a for a in found if a.date == "2023"]
    assert sorted(older.parties) == ["MLI", "RUS"]


def test_the_signers_after_a_russian_mention_name_no_domain_of_it():
    found = read(
        "Россия и Мали подписали соглашение. Соглашение о геологии подписали министр "
        "природных ресурсов и экологии РФ и министр горнорудной промышленности Мали.",
        "ru",
    )
    assert [a.sectors for a in found if a.sectors != ["general"]] == [["mining"]]


_FILLER = {
    "en": " The visit lasted two days. Officials toured a port. The ministers met traders. "
    "A dinner was held. Prices rose. Trade grew. ",
    "fr": " La visite a duré deux jours. Les ministres ont visité un marché. Un dîner a été "
    "offert. Les prix ont baissé. Le commerce progresse. ",
    "ru": " Визит продлился два дня. Министры посетили порт. Состоялся ужин. Цены снизились. "
    "Торговля растет. ",
}


@pytest.mark.parametrize(
    ("lang", "first", "again"),
    [
        (
            "en",
            "Kenya and Ethiopia signed a memorandum on energy on Monday.",
            "Under the memorandum on energy, Ethiopia will export power.",
        ),
        (
            "fr",
            "Le Mali et le Niger ont signé un protocole d'accord sur l'élevage lundi.",
            "Le protocole d'accord sur l'élevage signé lundi entrera en vigueur en mai.",
        ),
        (
            "ru",
            "Россия и Египет подписали меморандум о сотрудничестве в области туризма.",
            "Подписанный в понедельник меморандум о туризме вступит в силу в мае.",
        ),
    ],
)
def test_a_definite_mention_far_from_the_first_is_the_same_text(lang, first, again):
    assert len(read(first + _FILLER[lang] + again, lang)) == 1


def test_a_russian_signer_of_a_text_just_read_signs_that_text():
    """No article says it: the sentence after the list tells who signed one of its texts."""
    text = (
        "Россия и Мали подписали соглашения о сотрудничестве в сфере здравоохранения и "
        "образования. Министр здравоохранения Михаил Мурашко подписал соглашение о "
        "здравоохранении."
    )
    assert sorted(a.sectors[0] for a in read(text, "ru")) == ["education", "health"]


@pytest.mark.parametrize(
    "again",
    [
        "Министр также подписал соглашение о здравоохранении с Гвинеей.",
        "Кроме того, Россия подписала ещё одно соглашение о здравоохранении с Мали.",
    ],
)
def test_a_russian_text_said_to_be_another_stays_another(again):
    first = "Россия и Мали подписали соглашение о сотрудничестве в сфере здравоохранения. "
    assert len(read(first + again, "ru")) == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "An agreement on double taxation between Kenya and Egypt is to be signed when the "
            "president visits Cairo early next year.",
        ),
        (
            "fr",
            "Une convention d'entraide judiciaire entre le Mali et le Niger devrait être signée "
            "lors de la sixième session, prévue à Niamey en 2027.",
        ),
    ],
)
def test_a_signing_at_a_later_date_is_planned_not_an_older_text(lang, text):
    assert [a.status for a in read(text, lang)] == ["planned"]


def test_a_signing_that_took_place_is_signed():
    [found] = read(
        "Россия и Египет провели переговоры. Кроме того, состоялось подписание соглашения о "
        "сотрудничестве в области здравоохранения.",
        "ru",
    )
    assert found.status == "signed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two ministers reached agreement on the need to cut waiting times.", None),
        ("Les deux ministres ont paraphé ces 24 nouveaux projets d'accord de coopération.", 24),
        ("Стороны подписали два соглашения.", 2),
    ],
)
def test_a_count_governs_a_plural_or_drafts(text, expected):
    assert totals.total(text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kenya and Ethiopia agreed to speed up the conclusion of an agreement on air services.",
        ),
        ("en", "Kenya proposed an agreement on labour mobility, which Ethiopia will study."),
        ("en", "Kenya and Ethiopia agreed on the need for an agreement on visas."),
        (
            "fr",
            "Le Mali et le Niger ont convenu d'accélérer la signature d'un accord sur les routes.",
        ),
        ("fr", "Le Mali a proposé un accord sur la transhumance au Niger."),
        ("fr", "Le Mali et le Niger ont souligné la nécessité d'un accord sur les visas."),
        (
            "ru",
            "Россия и Египет договорились ускорить подписание соглашения о воздушном сообщении.",
        ),
        ("ru", "Россия предложила Египту соглашение о воздушном сообщении."),
        ("ru", "Россия и Египет отметили необходимость заключения соглашения о туризме."),
    ],
)
def test_a_text_hastened_proposed_or_needed_is_not_yet_one(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kenya and China signed a loan agreement for the railway in May. In June the two "
            "sides signed an addendum to the agreement.",
        ),
        (
            "ru",
            "Россия и Египет подписали контракт на строительство АЭС в 2017 году. Глава "
            "«Росатома» и министр Египта подписали 19 ноября на площадке станции дополнение к "
            "контракту.",
        ),
    ],
)
def test_an_amendment_signed_to_a_text_is_a_text_of_its_own(lang, text):
    assert len(read(text, lang)) == 2


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        (
            "en",
            "Kenya and Egypt signed a memorandum on water. The visit lasted two days. "
            "Egypt signed a similar document with Tanzania last year.",
            "TZA",
        ),
        (
            "fr",
            "Le Bénin et le Nigeria ont signé un accord de coopération douanière. "
            "Un texte similaire a été signé avec le Togo en 2023.",
            "TGO",
        ),
        (
            "ru",
            "Россия и Мали подписали соглашение о геологии. "
            "Аналогичный документ Россия подписала с Буркина-Фасо.",
            "BFA",
        ),
    ],
)
def test_a_similar_document_is_a_text_of_the_kind_it_refers_to(lang, text, other):
    first, similar = read(text, lang)
    assert other in similar.parties
    assert (similar.kind, similar.sectors) == (first.kind, first.sectors)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Egypt signed a memorandum on water. Egypt has signed similar documents "
        "with several African countries.",
        "Kenya and Egypt signed a memorandum on water. Egypt did not sign a similar document "
        "with Tanzania.",
    ],
)
def test_a_similar_document_with_unnamed_partners_or_denied_is_none(text):
    assert len(read(text, "en")) == 1


def test_a_partitive_plural_names_texts():
    found = read(
        "Le Maroc et le Sénégal ont procédé à la signature d'une dizaine d'accords, notamment "
        "dans les domaines de la pêche, de la santé et de la formation professionnelle.",
        "fr",
    )
    assert [a.sectors for a in found] == [["agriculture"], ["health"], ["education"]]


@pytest.mark.parametrize(
    "text",
    [
        "Le Maroc et le Sénégal n'ont pas signé d'accords dans les domaines de la pêche et de la "
        "santé.",
        "Le Maroc et le Sénégal sont d'accord sur la pêche.",
    ],
)
def test_the_idiom_d_accord_and_a_denied_partitive_are_no_texts(text):
    assert read(text, "fr") == []


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        (
            "en",
            "Kenya signed an agreement on trade with Ethiopia, days after signing a similar "
            "agreement with Uganda.",
            "UGA",
        ),
        (
            "fr",
            "Le Sénégal a signé un accord sur la pêche avec la Mauritanie, quelques jours après un "
            "accord similaire avec la Gambie.",
            "GMB",
        ),
        (
            "ru",
            "Россия подписала соглашение о рыболовстве с Марокко, а также аналогичное соглашение с "
            "Мавританией.",
            "MRT",
        ),
    ],
)
def test_a_similar_text_in_the_sentence_of_the_first_is_a_second_text(lang, text, other):
    first, similar = read(text, lang)
    assert other in similar.parties and other not in first.parties
    assert similar.sectors == first.sectors


def test_an_older_text_the_sides_recall_after_a_company_s_memorandum_is_the_states():
    found = read(
        "Россия и Танзания подписали соглашение о туризме. Представители госкорпорации "
        "«Росатом» и Министерства энергетики Танзании обменялись подписанными экземплярами "
        "меморандума о сотрудничестве в области атомной энергии. Стороны отметили, что "
        "подписанное в 2019 году соглашение о военно-техническом сотрудничестве выполняется.",
        "ru",
    )
    [older] = [a for a in found if a.date == "2019"]
    assert sorted(older.parties) == ["RUS", "TZA"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Mali et le Niger ont tenu la session de leur commission mixte. Les travaux ont "
            "pris fin par la signature du procès-verbal.",
        ),
        (
            "ru",
            "Россия и Египет провели заседание межправительственной комиссии. Протокол "
            "межправительственной комиссии подписали ее сопредседатели.",
        ),
    ],
)
def test_the_signed_minutes_of_a_session_are_a_text(lang, text):
    [found] = read(text, lang)
    assert found.sectors == ["general"]


def test_minutes_named_again_are_not_a_second_text():
    found = read(
        "Les ministres du Mali et du Niger ont signé le procès-verbal de la réunion du comité "
        "technique. Le procès-verbal met en œuvre l'accord de coopération sécuritaire signé à "
        "Tunis le 22 mai 2012.",
        "fr",
    )
    assert [a.kind for a in found] == ["other", "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "The sides signed a comprehensive strategic partnership agreement and an agreement on "
        "visa exemption.",
        "Kenya and India signed a strategic partnership agreement and an agreement on the "
        "exemption of visas for diplomats.",
    ],
)
def test_a_general_text_named_by_its_words_beside_a_titled_one_is_a_text(text):
    assert sorted(a.sectors[0] for a in read(text, "en")) == ["diplomacy", "general"]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Mozambique and Russia signed the following documents: an agreement on geology; a "
            "memorandum on education; and a culture programme for 2025-2027.",
            [["mining"], ["education"], ["culture"]],
        ),
        (
            "Ghana and Cuba signed a programme of cultural exchanges.",
            [["culture"]],
        ),
    ],
)
def test_a_programme_for_years_or_of_exchanges_is_a_text(text, sectors):
    assert [a.sectors for a in read(text, "en")] == sectors


def test_a_states_own_programme_is_no_text():
    assert read("Iran and Russia discussed the Iranian nuclear programme.", "en") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les deux parties ont convenu d'élaborer un accord sur la transhumance."),
        ("ru", "Стороны договорились подготовить соглашение о сотрудничестве в области туризма."),
    ],
)
def test_a_text_the_sides_agree_to_draft_is_planned(lang, text):
    assert [a.status for a in read(text, lang)] == ["planned"]
