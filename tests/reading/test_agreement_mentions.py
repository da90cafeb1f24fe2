"""Agreement mentions read by their structure: polarity and modality from the dependency
parse, coordinated items, and older agreements mentioned in passing. The sentences are
written for these tests (no corpus document's wording)."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str = "fr"):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    for a in found:
        assert a.evidence in text
    return found


# ------------------------------------------------------------------ polarity and modality


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # negation of the verb that governs the mention, after it
        (
            "fr",
            "Un accord sur la pêche entre le Sénégal et la Gambie n'a finalement pas pu être conclu.",
        ),
        ("fr", "Aucun accord sur la pêche n'a été conclu entre le Sénégal et la Gambie."),
        ("en", "An agreement on fisheries between Ghana and Togo was never concluded."),
        ("en", "No agreement on trade between Kenya and Uganda was reached at the summit."),
        ("ru", "Соглашение о рыболовстве между Россией и Марокко так и не было заключено."),
        # hypothesis: a condition or a verb of possibility governs the mention
        (
            "fr",
            "Le Mali et la Guinée pourraient signer un accord sur l'énergie si les négociations aboutissent.",
        ),
        (
            "fr",
            "Le Niger et le Tchad n'excluent pas de conclure un jour un accord de libre-échange.",
        ),
        ("fr", "Un éventuel accord sur l'eau entre le Mali et la Mauritanie a été évoqué."),
        (
            "en",
            "Kenya and Uganda might sign an agreement on oil pipelines next year if financing is found.",
        ),
        ("en", "A possible agreement on fisheries between Senegal and Gambia was discussed."),
        (
            "ru",
            "Россия и Гвинея могли бы подписать соглашение об энергетике, если переговоры завершатся успешно.",
        ),
        # a text still to be written is a task, not a text, whatever its kind
        (
            "fr",
            "Une feuille de route sur la sécurité entre le Tchad et le Soudan doit encore être rédigée.",
        ),
        (
            "fr",
            "Un projet d'accord sur la pêche entre le Sénégal et la Gambie sera élaboré par les experts.",
        ),
        ("en", "A roadmap on security between Chad and Sudan is yet to be drafted."),
        ("en", "A memorandum on trade between Ghana and Benin will be drawn up by the experts."),
    ],
)
def test_a_negated_or_hypothetical_mention_is_no_agreement(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Mali et le Niger ont signé non seulement un accord sur l'énergie mais aussi un accord sur la santé.",
        ),
        ("en", "Ghana and Togo did not only sign an agreement on energy but also one on health."),
        (
            "fr",
            "Le Sénégal et la Gambie ont signé un accord sur la pêche, si l'on en croit le communiqué.",
        ),
    ],
)
def test_an_affirmed_mention_stays(lang, text):
    assert read(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'accord sur la pêche entre le Sénégal et la Gambie n'a pas encore été signé."),
        ("en", "The agreement on fisheries between Ghana and Togo has not yet been signed."),
    ],
)
def test_a_mention_not_yet_signed_is_planned(lang, text):
    [found] = read(text, lang)
    assert found.status == "planned"
    assert found.sectors == ["agriculture"]


# ------------------------------------------------------------------ coordinated items


def test_a_third_item_after_one_and_another_is_a_third_agreement():
    found = read(
        "Le Gabon et le Congo ont signé, entre autres, un accord dans le domaine forestier, "
        "un autre relatif à la gestion des frontières et un troisième sur la pêche."
    )
    assert [a.sectors for a in found] == [["environment"], ["security"], ["agriculture"]]


def test_an_english_third_item_is_a_third_agreement():
    found = read(
        "Ghana and Nigeria signed, among others, an agreement on fisheries, another on road "
        "transport and a third on mining.",
        "en",
    )
    assert [a.sectors for a in found] == [["agriculture"], ["transport"], ["mining"]]


def test_memoranda_with_repeated_prepositions_are_one_a_domain():
    found = read(
        "Kenya and Tanzania signed memoranda of understanding on tourism, on livestock "
        "and on health.",
        "en",
    )
    assert [(a.kind, a.sectors) for a in found] == [
        ("memorandum", ["culture"]),
        ("memorandum", ["agriculture"]),
        ("memorandum", ["health"]),
    ]


# ------------------------------------------------------------------ older agreements in passing


@pytest.mark.parametrize(
    ("lang", "text", "sectors", "year"),
    [
        (
            "en",
            "The two presidents recalled the defence cooperation agreement signed in Abuja "
            "in 2016 between Nigeria and Niger.",
            ["defence"],
            "2016",
        ),
        (
            "fr",
            "Le Niger et l'Algérie ont rappelé l'accord de coopération militaire signé à "
            "Alger en 2013.",
            ["defence"],
            "2013",
        ),
        (
            "fr",
            "Le Bénin et le Togo ont rappelé que le traité d'amitié, signé à Lomé le 3 mai "
            "1994, reste le socle de leurs relations.",
            ["general"],
            "1994-05-03",
        ),
        (
            "ru",
            "Стороны напомнили о соглашении о военном сотрудничестве между Россией и Нигером, "
            "подписанном в 2017 году.",
            ["defence"],
            "2017",
        ),
        (
            "ru",
            "Межправительственное соглашение о рыболовстве между Россией и Марокко было "
            "подписано в 2019 году.",
            ["agriculture"],
            "2019",
        ),
    ],
)
def test_an_older_agreement_named_with_its_signing_is_read_with_its_date(lang, text, sectors, year):
    [found] = read(text, lang)
    assert found.sectors == sectors
    assert found.date == year
    assert found.status == "signed"


def test_an_older_agreement_beside_the_new_one_is_a_second_agreement():
    found = read(
        "Le Mali et le Sénégal ont signé lundi un accord sur le transport routier. "
        "Le texte complète l'accord sur le transport routier signé à Dakar en 2009."
    )
    assert sorted(a.date or "" for a in found) == ["2009", "2025-03-10"]


def test_each_coordinated_clause_has_its_own_stance():
    found = read(
        "Le Niger et le Tchad ont signé un accord sur l'élevage ; aucun accord n'a en revanche "
        "été conclu sur les réfugiés, et un mémorandum sur l'eau pourrait être signé si les "
        "études aboutissent."
    )
    assert [(a.sectors, a.status) for a in found] == [(["agriculture"], "signed")]
    assert found[0].title == "accord sur l'élevage"


def test_an_older_agreement_has_a_title_without_its_verb():
    [found] = read(
        "Un accord sur la transhumance entre le Niger et le Tchad avait été signé en 2019."
    )
    assert (found.title, found.date) == (
        "accord sur la transhumance entre le Niger et le Tchad",
        "2019",
    )


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        (
            "en",
            "Ghana and Togo recalled the 2018 agreement on fisheries, which remains in force.",
            "2018",
        ),
        ("fr", "Le Mali et l'Algérie sont liés depuis 2006 par un accord sur la sécurité.", "2006"),
        ("ru", "В 2018 году Россия и Мали подписали соглашение о военном сотрудничестве.", "2018"),
        ("ru", "Действует соглашение о рыболовстве между Россией и Марокко 2016 года.", "2016"),
    ],
)
def test_the_year_an_older_agreement_is_named_with_is_its_date(lang, text, year):
    [found] = read(text, lang)
    assert found.date == year


# ------------------------------------------------------------------ sides of coordinated clauses


def test_each_clause_of_a_sentence_gives_its_own_agreement_its_sides():
    found = read(
        "Ghana and Togo signed an agreement on fisheries, and Benin signed a memorandum on "
        "energy with Nigeria.",
        "en",
    )
    assert [(sorted(a.parties), a.sectors) for a in found] == [
        (["GHA", "TGO"], ["agriculture"]),
        (["BEN", "NGA"], ["energy"]),
    ]


def test_a_clause_that_leaves_out_its_subject_keeps_the_sentence_subject():
    found = read(
        "Le Sénégal a signé un accord sur la pêche avec la Mauritanie, et un mémorandum sur "
        "l'énergie avec la Gambie."
    )
    assert [(sorted(a.parties), a.sectors) for a in found] == [
        (["MRT", "SEN"], ["agriculture"]),
        (["GMB", "SEN"], ["energy"]),
    ]


# ------------------------------------------------------------------ words that name no text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kenya and Uganda reached agreement on the need to speed up the railway project."),
        (
            "fr",
            "Conformément à la Charte des Nations unies, le Sénégal et la Gambie ont réaffirmé leur attachement à la paix.",
        ),
        ("ru", "Россия является членом Организации Договора о коллективной безопасности."),
        (
            "fr",
            "Le Tchad et le Soudan ont discuté de la mise en œuvre des accords existants dans le domaine de la sécurité.",
        ),
        (
            "en",
            "Ghana and Togo reviewed the implementation of existing agreements in the fields of trade and health.",
        ),
        (
            "ru",
            "Россия и Египет обсудили ход реализации ранее подписанных соглашений в сфере энергетики.",
        ),
    ],
)
def test_consent_an_organisation_s_charter_and_unnamed_older_texts_are_no_agreement(lang, text):
    assert read(text, lang) == []


def test_an_alliance_s_own_charter_is_an_agreement_of_its_members():
    [found] = read(
        "Le Mali, le Burkina Faso et le Niger ont signé la Charte de l'AES sur la défense."
    )
    assert sorted(found.parties) == ["BFA", "MLI", "NER"]


# ------------------------------------------------------------------ sectors of a mention


def test_a_lender_s_name_gives_no_domain():
    [found] = read(
        "Le Burkina Faso et la Banque ouest-africaine de développement ont signé un accord de "
        "prêt pour la construction de routes."
    )
    assert found.sectors == ["infrastructure"]


def test_plant_quarantine_is_agriculture():
    found = read(
        "Россия и Замбия подписали соглашения о сотрудничестве в области ветеринарии и "
        "карантина растений.",
        "ru",
    )
    assert [a.sectors for a in found] == [["agriculture"], ["agriculture"]]


def test_an_inline_link_line_with_a_quoted_title_does_not_end_the_article():
    from suivi.reading.pipeline import read as read_document

    text = (
        "Россия и Того подписали соглашения\n\n"
        "Москва, 3 марта 2025 года. Россия и Того подписали соглашение о военном "
        "сотрудничестве.\n\n"
        "Читайте также: «Росатом» открыл центр в Ломе\n\n"
        "Напомним, что первое соглашение о рыболовстве Россия и Того подписали в мае "
        "2019 года.\n"
    )
    reading = read_document(text, "note.txt")
    assert "Напомним" in reading.document.text
    assert sorted(a.sectors[0] for a in reading.agreements) == ["agriculture", "defence"]


@pytest.mark.parametrize(
    ("lang", "text", "sectors", "status"),
    [
        (
            "en",
            "Ghana and Togo will sign a free trade agreement next year.",
            ["trade"],
            "planned",
        ),
        ("en", "Ghana and Togo signed a defence cooperation agreement.", ["defence"], "signed"),
        ("ru", "Россия и Мали подписали военное соглашение.", ["defence"], "signed"),
    ],
)
def test_the_words_before_a_mention_name_its_domain(lang, text, sectors, status):
    [found] = read(text, lang)
    assert (found.sectors, found.status) == (sectors, status)


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Le Qatar et le Tchad ont signé un accord pour la construction d'un hôpital.", ["health"]),
        (
            "Le Qatar et le Tchad ont signé un accord pour la construction de routes.",
            ["infrastructure"],
        ),
    ],
)
def test_building_is_the_domain_only_when_what_is_built_names_none(text, sectors):
    [found] = read(text)
    assert found.sectors == sectors


# ------------------------------------------------------------------ signed minutes


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The minutes of the meeting were signed by the foreign ministers of Ghana and Togo.",
        ),
        ("en", "Ghana and Nigeria signed the agreed minutes at the close of the session."),
        ("fr", "Le Sénégal et la Gambie ont signé le relevé de conclusions de la réunion."),
        ("ru", "По итогам заседания Россия и Мали подписали итоговый протокол."),
    ],
)
def test_signed_minutes_are_one_text_of_the_session(lang, text):
    [found] = read(text, lang)
    assert (len(found.parties), found.sectors) == (2, ["general"])


def test_the_sides_of_a_sentence_naming_none_are_those_of_the_last_signing():
    found = read(
        "Россия и Египет обсудили сотрудничество. «Росатом» и правительство Руанды подписали "
        "соглашение о строительстве исследовательского реактора. Стороны также заключили "
        "меморандум о подготовке руандийских специалистов в российских вузах.",
        "ru",
    )
    assert [sorted(a.parties) for a in found] == [["RWA", "Rosatom"], ["RWA", "Rosatom"]]


def test_a_russian_object_after_adjectives_is_a_new_text_about_what_the_sentence_names():
    [found] = read(
        "Россия и Египет договорились развивать сотрудничество в области энергетики и "
        "подписали соответствующее соглашение.",
        "ru",
    )
    assert (sorted(found.parties), found.sectors) == (["EGY", "RUS"], ["energy"])


# ------------------------------------------------------------------ "deal", the press's word


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Pertamina and Rosneft signed a deal on the Tuban refinery on Monday.", 1),
        ("Nigeria and Morocco inked three deals on fertiliser, gas and agriculture.", 3),
        ("The ministers discussed how to deal with the floods.", 0),
        ("A great deal of work remains before the two sides meet again.", 0),
    ],
)
def test_a_deal_is_an_agreement_and_to_deal_with_is_not(text, count):
    assert len(read(text, "en")) == count


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("en", "Kenya and Ethiopia ratified the border agreement on Monday.", "ratified"),
        ("en", "Kenya and Ethiopia signed their border agreement in Nairobi.", "signed"),
        (
            "en",
            "Kenya and Ethiopia exchanged instruments of ratification of their border agreement.",
            "ratified",
        ),
        ("fr", "Le Kenya et l'Éthiopie ont ratifié leur accord frontalier.", "ratified"),
    ],
)
def test_their_own_text_signed_or_ratified_is_an_agreement(lang, text, status):
    found = read(text, lang)
    assert [(set(a.parties), a.status) for a in found] == [({"KEN", "ETH"}, status)]


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        ("en", "Brazil and Paraguay signed a new annex to the Itaipu treaty.", {"general"}),
        (
            "en",
            "Peru and China signed a letter of intent on the port of Chancay and an agreement "
            "on phytosanitary requirements for blueberries.",
            None,
        ),
    ],
)
def test_an_annex_and_a_letter_of_intent_are_texts(lang, text, sectors):
    found = read(text, lang)
    assert len(found) == (1 if sectors else 2)
    if sectors:
        assert set(found[0].sectors) == sectors


def test_an_exchange_of_notes_in_french_is_a_text():
    text = (
        "La Côte d'Ivoire et le Japon ont signé un échange de notes relatif à un don pour la "
        "construction d'écoles."
    )
    found = read(text, "fr")
    assert [(a.kind, a.sectors) for a in found] == [("other", ["education"])]


def test_a_counted_list_with_a_domain_the_lexicon_lacks_keeps_every_text():
    text = (
        "Kenya and Tanzania signed five agreements covering trade, tourism, energy, health and "
        "zoological gardens during the state visit."
    )
    found = read(text, "en")
    assert len(found) == 5
    assert [a.sectors for a in found[:4]] == [["trade"], ["culture"], ["energy"], ["health"]]
