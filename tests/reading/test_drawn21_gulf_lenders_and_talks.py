"""Gulf lenders and talks on a text (drawE27, session 27), on invented sentences: an
organisation the body spells out ("the Islamic Development Bank") and the title names by its
acronym ("IsDB") is one party under that acronym, as within a text (SPEC: by its own name as
the text spells it; one party, not two); talks on a text that are
to end at a later date are on a text still to be signed (SPEC: planned), whether the ending
comes before the text («завершить переговоры по соглашению») or after it («переговоры о
соглашении … планируется завершить в 2027 году»), and an alliance's members the text never
names do not act in such a text; a fund's head named after it in Russian («генеральный
директор фонда Султан аль-Маршад»: «Султан» a given name before a family name with its
article, not a title nor a company) is a person, not a namesake; in Russian, «Протокол к нему»
after a text of another kind is a new text attached to it (no article tells a repeat); a
count before coordinated modifiers ("eight financing and cooperation agreements") counts the
texts, and a sentence that only sums up the texts counted ("In all, six.", «Всего, значит,
шесть.») is SPEC's `agreements_total`."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

# -- the IsDB spelled out, its acronym in the title -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-10 IsDB and Benin sign road loan - Gulf Monitor\n\n"
        "The Islamic Development Bank signed a $50 million financing agreement with Benin on "
        "Monday for the Cotonou bypass road.",
        "date 2026-10 La BID et le Bénin signent un prêt routier - Le Moniteur\n\n"
        "La Banque islamique de développement a signé lundi avec le Bénin un accord de "
        "financement de 50 millions de dollars pour la route de contournement de Cotonou.",
        "date 2026-10 ИсБР и Бенин подписали соглашение о займе - Вестник\n\n"
        "Исламский банк развития подписал в понедельник с Бенином соглашение о финансировании "
        "строительства дороги.",
    ],
)
def test_an_organisation_spelled_out_goes_by_the_acronym_of_its_title(text: str) -> None:
    reading = read(text)
    assert "IsDB" in reading.parties
    assert "Islamic Development Bank" not in reading.parties
    assert "Banque islamique de développement" not in reading.parties
    assert [set(a.parties) for a in reading.agreements] == [{"IsDB", "BEN"}]


def test_an_organisation_spelled_out_without_an_acronym_keeps_its_name() -> None:
    text = (
        "The Islamic Development Bank signed a $50 million financing agreement with Benin on "
        "Monday for the Cotonou bypass road."
    )
    assert "Islamic Development Bank" in read(text).parties


# -- talks on a text that are to end later ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's trade minister visited Cairo on Monday. According to the ministry, negotiations "
        "on a free trade agreement between Kenya and Egypt are expected to be concluded in 2027.",
        "Le ministre kényan du Commerce s'est rendu lundi au Caire. Selon le ministère, les "
        "négociations sur un accord de libre-échange entre le Kenya et l'Égypte devraient "
        "s'achever en 2027.",
        "Министр торговли Кении посетил Каир. По данным министерства, переговоры о соглашении о "
        "свободной торговле между Кенией и Египтом планируется завершить в 2027 году.",
        "Министр торговли Кении посетил Каир. Переговоры о соглашении о свободной торговле между "
        "Кенией и Египтом должны завершиться в 2027 году.",
    ],
)
def test_talks_on_a_text_that_are_to_end_are_on_a_text_to_sign(text: str) -> None:
    found = read(text).agreements
    assert [(set(a.parties), a.sectors, a.status) for a in found] == [
        ({"KEN", "EGY"}, ["trade"], "planned")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's trade minister visited Cairo on Monday. Negotiations on a free trade agreement "
        "with Egypt will continue next year.",
        "Министр торговли Кении посетил Каир. Стороны продолжат переговоры о соглашении о "
        "свободной торговле с Египтом.",
    ],
)
def test_talks_that_go_on_name_no_text(text: str) -> None:
    assert read(text).agreements == []


# -- an alliance's members in a text still to be signed --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's president visited Riyadh. Negotiations on a free trade agreement between "
        "Turkey and the Gulf Cooperation Council are expected to be concluded in 2027.",
        "Le président turc s'est rendu à Riyad. Les négociations sur un accord de libre-échange "
        "entre la Turquie et le Conseil de coopération du Golfe devraient s'achever en 2027.",
        "Президент Турции посетил Эр-Рияд. Переговоры о соглашении о свободной торговле между "
        "Турцией и Советом сотрудничества арабских государств Персидского залива планируется "
        "завершить в 2027 году.",
    ],
)
def test_an_alliances_members_do_not_act_in_a_text_still_to_sign(text: str) -> None:
    reading = read(text)
    assert [set(a.parties) for a in reading.agreements] == [
        {"TUR", "ARE", "BHR", "KWT", "OMN", "QAT", "SAU"}
    ]
    assert "QAT" not in reading.parties


# -- a fund's head, named after it -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Соглашение подписали министр финансов Кении Али Хасан и генеральный директор фонда "
            "Султан аль-Харби.",
            "Султан аль-Харби",
        ),
        (
            "Соглашение подписал генеральный директор Кувейтского фонда развития Султан аль-Харби.",
            "Султан аль-Харби",
        ),
        (
            "Соглашение подписали министр финансов Кении Али Хасан и председатель фонда Омар "
            "Садыков.",
            "Омар Садыков",
        ),
        (
            "The agreement was signed by Kenya's finance minister Ali Hassan and the fund's "
            "director general, Sultan Al-Harbi.",
            "Sultan Al-Harbi",
        ),
        (
            "L'accord a été signé par le ministre kényan des Finances, Ali Hassan, et le "
            "directeur général du fonds, Sultan Al-Harbi.",
            "Sultan Al-Harbi",
        ),
    ],
)
def test_a_funds_head_named_after_it_is_a_person(text: str, name: str) -> None:
    assert name in [p.name for p in read(text).people]


def test_a_fund_named_after_a_person_names_no_one() -> None:
    text = "Делегация Кении посетила фонд Назарбаева в Астане."
    assert read(text).people == []


# -- a protocol attached to a text named before ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "Министр транспорта Казахстана посетил Каир. Действует соглашение о воздушном "
            "сообщении между Казахстаном и Египтом 2005 года. Протокол к нему, который добавит "
            "новые маршруты, согласован на уровне экспертов.",
            "transport",
        ),
        (
            "Министр финансов Казахстана посетил Каир. Действует соглашение об избежании "
            "двойного налогообложения между Казахстаном и Египтом 2005 года. Протокол к нему "
            "согласован на уровне экспертов и будет подписан в мае.",
            "economy",
        ),
    ],
)
def test_a_protocol_to_a_text_named_before_is_a_new_text(text: str, sector: str) -> None:
    found = read(text).agreements
    protocols = [a for a in found if a.kind == "protocol"]
    assert [(set(a.parties), a.sectors, a.status) for a in protocols] == [
        ({"KAZ", "EGY"}, [sector], "planned")
    ]


def test_a_protocol_to_it_after_the_protocol_is_the_same_again() -> None:
    text = (
        "Казахстан и Египет подписали в понедельник протокол к соглашению о воздушном "
        "сообщении. Протокол к нему вступит в силу в мае."
    )
    assert len([a for a in read(text).agreements if a.kind == "protocol"]) == 1


# -- counts of texts -------------------------------------------------------------------------


def test_a_count_before_coordinated_modifiers_counts_the_texts() -> None:
    text = (
        "Gulf lenders signed eight financing and cooperation agreements with four African "
        "governments on Tuesday in Riyadh."
    )
    assert read(text).agreements_total == 8


def test_a_count_joined_to_another_count_is_not_one_of_texts() -> None:
    from suivi.reading import totals

    assert totals.total("The two countries and five agreements were on the agenda.") == 5


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers signed two agreements in Nairobi. Companies signed four more "
        "documents on the sidelines. In all, six.",
        "Les deux ministres ont signé deux accords à Nairobi. Des entreprises ont signé quatre "
        "autres documents en marge de la visite. Au total, six.",
        "Министры подписали в Найроби два соглашения. Ещё четыре документа подписали компании. "
        "Всего, значит, шесть.",
    ],
)
def test_a_sentence_that_sums_up_the_texts_counted_is_the_total(text: str) -> None:
    assert read(text).agreements_total == 6
