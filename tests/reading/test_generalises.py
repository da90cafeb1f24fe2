"""General rules of issue 10, each on invented sentences (fr/en/ru), none from a corpus:
crawl date lines, inline links, the company rule, a wider sector vocabulary, English
people without NER, and a confidence on every fact that orders them."""

from __future__ import annotations

import pytest

from suivi.reading import confidence, english_names, formats
from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


def _read(text: str, name: str = "article.txt"):
    return read(text.encode(), name)


# --- crawl text as it really comes -------------------------------------------------------


def test_a_crawl_date_with_a_day_dates_the_page_to_the_day():
    source = formats.detect(" date 2031-02-09 Un titre court - exemple.org\nCorps.")
    assert (source.kind, source.crawl_month, source.crawl_title) == (
        "crawl",
        "2031-02-09",
        "Un titre court",
    )
    assert source.crawl_site == "exemple.org"


def test_a_url_after_the_date_is_the_site_not_the_title():
    source = formats.detect("date 2031-02 https://www.journal-exemple.net/politique/un-article\nX")
    assert source.crawl_title is None
    assert source.crawl_site == "journal-exemple.net"


def test_a_first_paragraph_glued_to_the_date_is_article_text():
    line = (
        "date 2031-05-04 Le Togo et le Bénin ont signé lundi à Lomé un accord de coopération "
        "dans le domaine de la pêche, au terme d'une rencontre de leurs ministres."
    )
    reading = _read(line + "\nLes deux pays veulent aller plus loin.")
    assert reading.document.title is None
    assert reading.document.published == "2031-05-04"
    assert reading.document.text.startswith("Le Togo et le Bénin ont signé")
    assert [a.sectors for a in reading.agreements] == [["agriculture"]]


def test_an_inline_read_also_line_is_skipped_and_the_article_goes_on():
    text = (
        "date 2031-03 Coopération - exemple.org\n"
        "Le Ghana et le Togo ont signé mardi à Accra un accord de coopération dans le domaine "
        "de la santé, en présence de nombreux responsables des deux administrations.\n\n"
        "Lire aussi : Le port de Lomé bat un record de trafic\n\n"
        "Les deux ministres ont aussi signé un mémorandum d'entente sur la gestion des "
        "frontières communes, qui prévoit des patrouilles conjointes le long de la frontière.\n"
    )
    reading = _read(text)
    assert "Lire aussi" not in reading.document.text
    assert "patrouilles conjointes" in reading.document.text
    assert sorted(s for a in reading.agreements for s in a.sectors) == ["health", "security"]


# --- the company rule --------------------------------------------------------------------


def test_an_agreement_with_a_company_binds_the_company_not_its_state():
    reading = _read(
        "La Russie et le Tchad renforcent leurs liens. La corporation d'État Rosatom et le "
        "gouvernement du Tchad ont signé un accord sur la formation dans le nucléaire civil."
    )
    [agreement] = reading.agreements
    assert sorted(agreement.parties) == ["Rosatom", "TCD"]


def test_a_cyrillic_company_is_named_in_latin_script():
    reading = _read(
        "Госкорпорация «Росатом» и правительство Чада подписали соглашение о подготовке "
        "кадров для атомной отрасли. Компания КАМАЗ также подписала контракт о поставке грузовиков."
    )
    assert "Rosatom" in reading.parties and "Росатом" not in reading.parties
    assert any("KAMAZ" in a.parties for a in reading.agreements)


# --- sectors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("la lutte contre le trafic de stupéfiants", ["security"]),
        ("the prevention of natural disasters", ["security"]),
        ("предупреждение чрезвычайных ситуаций", ["security"]),
        ("la gestion des frontières", ["security"]),
        ("mutual recognition of driving licences", ["transport"]),
        ("взаимное признание водительских удостоверений", ["transport"]),
        ("la construction de logements sociaux", ["infrastructure"]),
        ("the promotion of exports and trade fairs", ["trade"]),
        ("организация выставок и ярмарок", ["trade"]),
        ("la sécurité alimentaire", ["agriculture"]),
        ("road safety", ["transport"]),
        ("la météorologie", ["environment"]),
        ("industrial cooperation", ["economy"]),
        ("la protection des consommateurs", ["trade"]),
    ],
)
def test_areas_outside_the_first_lexicon_go_to_spec_sectors(phrase, sectors):
    assert sectors_of(phrase) == sectors


def test_a_bare_mention_takes_the_area_its_sentence_names_before_it():
    reading = _read(
        "Le Niger et le Bénin ont discuté de l'interconnexion électrique. La reconnaissance "
        "mutuelle des permis de conduire fera l'objet d'un accord à signer l'an prochain."
    )
    assert [(a.sectors, a.status) for a in reading.agreements] == [(["transport"], "planned")]


# --- English people ----------------------------------------------------------------------


def test_english_people_are_found_by_first_name_and_particles():
    spans = english_names.person_spans(
        "Talks in Abu Dhabi brought together Samuel Otieno and Khalid bin Rashid Al Mansoori."
    )
    text = "Talks in Abu Dhabi brought together Samuel Otieno and Khalid bin Rashid Al Mansoori."
    assert [text[a:b] for a, b, _ in spans] == ["Samuel Otieno", "Khalid bin Rashid Al Mansoori"]


def test_an_english_article_without_titles_still_names_its_people():
    reading = _read(
        "Ghana and Kenya signed a memorandum on tourism in Accra on Monday. Samuel Mensah "
        "welcomed the text, and Esther Wanjiru said it would bring more visitors."
    )
    assert [p.name for p in reading.people] == ["Samuel Mensah", "Esther Wanjiru"]


# --- confidence --------------------------------------------------------------------------


def test_every_fact_carries_a_confidence_between_zero_and_one():
    reading = _read(
        "Le Mali et le Niger ont signé à Niamey un accord sur l'élevage lors de la 3e session "
        "de la commission mixte de coopération nigéro-malienne. « Nous avançons ensemble », "
        "a déclaré Awa Diallo."
    )
    data = reading.to_dict()
    facts = data["agreements"] + data["bodies"] + data["sessions"] + data["quotes"]
    facts += data["people"]
    assert facts and all(0 < f["confidence"] < 1 for f in facts)


def test_a_hedged_agreement_with_guessed_sides_ranks_below_a_stated_one():
    stated = _read("Le Sénégal et la Gambie ont signé un accord sur la pêche.").agreements[0]
    hedged = _read(
        "Le Sénégal et la Gambie se sont rencontrés. Un accord sur la pêche devrait être "
        "signé prochainement."
    ).agreements[0]
    assert stated.confidence > hedged.confidence


def test_people_found_twice_over_rank_above_a_grammar_guess():
    assert confidence.person({"ner", "title"}, 2, True) > confidence.person({"grammar"}, 1, False)


# --- organs of alliances, treaties, charters, statutes, negation --------------------------


def test_organs_of_a_confederation_are_bodies_with_their_sessions():
    reading = _read(
        "La troisième session du Collège des chefs d'État de la Confédération des États du "
        "Sahel s'est tenue à Niamey. Le Conseil des ministres de la Confédération l'avait "
        "préparée la veille."
    )
    names = [b.name for b in reading.bodies]
    assert names == ["Collège des chefs d'État", "Conseil des ministres"]
    assert all(sorted(b.parties) == ["BFA", "MLI", "NER"] for b in reading.bodies)
    assert [(s.body, s.number) for s in reading.sessions] == [("Collège des chefs d'État", 3)]


def test_a_national_council_of_ministers_is_no_joint_body():
    assert _read("Le Conseil des ministres du Togo a adopté un projet de loi.").bodies == []


def test_a_union_council_in_russian_is_named_in_the_nominative():
    reading = _read(
        "Заседание Высшего государственного совета Союзного государства России и Белоруссии "
        "прошло в Минске."
    )
    assert [b.name for b in reading.bodies] == [
        "Высший государственный совет Союзного государства"
    ] or [b.name for b in reading.bodies] == ["Высший государственный совет"]


def test_statutes_and_charters_are_agreements_of_their_kinds():
    reading = _read(
        "Le Togo et le Bénin ont signé les statuts de l'Agence commune pour l'investissement "
        "et une charte sur la pêche artisanale."
    )
    assert [(a.kind, a.sectors) for a in reading.agreements] == [
        ("other", ["economy"]),
        ("agreement", ["agriculture"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le Togo et le Bénin se sont rencontrés. Ce compte rendu ne vaut pas accord sur la pêche.",
        "Ghana and Togo met in Accra. The minutes are not an agreement on fisheries.",
        "Гана и Того провели встречу. Протокол не является соглашением о рыболовстве.",
        "Ghana and Togo agreed that a roadmap on fisheries will be drafted by their experts.",
        "Le Togo et le Bénin ont un drapeau commun, mais pas de budget, et encore moins traité "
        "de défense.",
        "Le Togo et le Bénin se sont rencontrés. On parle d'un protocole sur la pêche.",
    ],
)
def test_negated_mentions_and_texts_still_to_draft_are_not_agreements(text):
    assert [a for a in _read(text).agreements if a.kind != "protocol"] == []


# --- bad input: valid readings in bounded time ----------------------------------------------

BOUND_SECONDS = 150  # linear in the text; 2,000 agreements take ~25 s idle, ~80 s on 9 agents


def _timed(text: str, bound: float = BOUND_SECONDS):
    """The bound is on the CPU seconds of the reading itself: on a machine other jobs load
    (CI beside helpers, up to a load of 13 on 2 cores) wall time tripled and the test failed
    while the reader did the same work, counted in the same regex calls."""
    import time

    start = time.process_time()
    reading = read(text.encode(), "bad.txt")
    elapsed = time.process_time() - start
    assert elapsed < bound, f"{elapsed:.0f} s"
    reading.to_dict()
    return reading


@pytest.mark.slow
def test_a_document_mixing_languages_gives_a_valid_reading():
    text = (
        "Le Mali et le Niger ont signé un accord sur la santé. "
        "Россия и Мали подписали соглашение об образовании. "
        "Ghana and Togo signed a memorandum on fisheries.\n"
    ) * 50
    assert _timed(text).agreements


@pytest.mark.slow
def test_an_article_of_two_thousand_agreements_in_bounded_time():
    text = "\n".join(
        f"Le Mali et le Niger ont signé un accord dans le domaine de la santé (texte {i})."
        for i in range(2000)
    )
    assert 0 < len(_timed(text).agreements) <= 2000


@pytest.mark.slow
def test_a_list_of_three_hundred_domains_in_bounded_time():
    domains = ", ".join(f"de la santé {i}" for i in range(150))
    domains += ", " + ", ".join(f"de l'élevage {i}" for i in range(150))
    text = f"Le Mali et le Niger ont signé des accords dans les domaines {domains}."
    reading = _timed(text)
    assert len(reading.agreements) <= 300


@pytest.mark.slow
def test_a_sentence_of_fifty_thousand_characters_in_bounded_time():
    words = "Le Mali et le Niger ont signé un accord sur la santé et "
    text = (words * (50_000 // len(words) + 1))[:50_000] + "."
    # its unit is scanned once, not once per mention; 75-80 CPU seconds on the 2026-12-05 CI
    # machine for the session-start reader and the session's end alike (two cores shared)
    reading = _timed(text, bound=150)
    assert {tuple(sorted(a.parties)) for a in reading.agreements} == {("MLI", "NER")}


# --- minutes, lists trafilatura drops, legal forms -----------------------------------------


def test_signed_session_minutes_are_an_agreement():
    reading = _read(
        "Россия и Гана провели пятое заседание межправительственной комиссии в Аккре. "
        "Стороны подписали протокол пятого заседания комиссии."
    )
    assert [a.sectors for a in reading.agreements] == [["general"]]


def test_an_announced_html_list_is_kept_even_where_trafilatura_drops_it():
    items = "".join(
        f"<li>соглашение о сотрудничестве в области {area};</li>"
        for area in ("рыболовства", "здравоохранения", "образования")
    )
    page = (
        "<html><body><div class='article'><p>В Аккре завершилось заседание комиссии России "
        "и Ганы, в котором приняли участие министры и эксперты двух стран.</p>"
        f"<p>Стороны подписали три документа:</p><ul>{items}</ul>"
        "<p>Следующее заседание пройдет в Москве, сообщили журналистам участники.</p>"
        "</div></body></html>"
    )
    reading = read(page.encode(), "page.html")
    assert sorted(s for a in reading.agreements for s in a.sectors) == [
        "agriculture",
        "education",
        "health",
    ]


def test_a_legal_form_in_capitals_does_not_hide_a_company():
    reading = _read("Гана и ПАО «КАМАЗ» подписали меморандум о поставках грузовой техники в Гану.")
    assert [sorted(a.parties) for a in reading.agreements] == [["GHA", "KAMAZ"]]


# --- lists with repeated prepositions, Korea, Russian objects of signing, notes -------------


def test_a_subset_listed_with_repeated_prepositions_gives_one_agreement_each():
    reading = _read(
        "Peru and Ghana signed eight memoranda of understanding, among them MoUs on "
        "fisheries, on vocational training, on tourism and on mining."
    )
    assert sorted(s for a in reading.agreements for s in a.sectors) == [
        "agriculture",
        "culture",
        "education",
        "mining",
    ]
    assert reading.agreements_total == 8


@pytest.mark.parametrize(
    ("text", "lang"),
    [("La Corée et le Bénin", "fr"), ("Korea and Benin", "en"), ("Корея и Бенин", "ru")],
)
def test_korea_alone_is_the_republic_of_korea(text, lang):
    from suivi.reading.gazetteer import find_mentions

    assert [m.code for m in find_mentions(text, lang)] == ["KOR", "BEN"]


def test_a_russian_text_signed_is_new_even_without_a_title():
    reading = _read(
        "Россия и Лаос провели заседание рабочей группы по энергетике. По итогам стороны "
        "подписали протокол, в котором зафиксированы договоренности о поставках нефтепродуктов."
    )
    assert [a.sectors for a in reading.agreements] == [["energy"]]


def test_notes_exchanged_are_an_agreement_of_kind_other():
    reading = _read("Japan and Peru exchanged notes on a grant for the Lima motorway bypass.")
    assert [(a.kind, sorted(a.sectors)) for a in reading.agreements] == [
        ("other", ["infrastructure", "transport"])
    ]


# --- lists in other shapes, a lender as the other side ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru signed two agreements in Lima: one on border crossings, the other on "
        "mining research.",
        "Le Togo et le Ghana ont signé, entre autres, un accord relatif à la sécurité "
        "frontalière, un autre relatif à la recherche minière.",
    ],
)
def test_one_and_another_are_two_agreements(text):
    assert [sorted(a.sectors) for a in _read(text).agreements] == [
        ["security"],
        ["mining", "research"],
    ]


def test_a_count_of_elements_in_one_sector_gives_that_many_agreements():
    reading = _read(
        "Россия и Гана подписали три соглашения о сотрудничестве в области сельского "
        "хозяйства, ветеринарии и рыболовства."
    )
    assert [a.sectors for a in reading.agreements] == [["agriculture"]] * 3


def test_a_lender_that_acts_is_the_other_side():
    reading = _read(
        "La Banque mondiale soutient le Niger depuis des années. Mardi à Niamey, un accord de "
        "financement pour l'eau potable a été signé par le ministre nigérien des Finances. "
        "La Banque mondiale en versera les fonds en deux tranches."
    )
    assert reading.agreements
    assert all(sorted(a.parties) == ["NER", "WB"] for a in reading.agreements)


# --- quotes: a few quoted words are a phrase, not a statement --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre togolais Kossi Adjo a salué « une étape de la relance » à Lomé.",
        'Minister Grace Adu called the deal "a milestone for our two peoples" on Monday.',
    ],
)
def test_a_few_quoted_words_inside_a_sentence_are_no_quote(text):
    assert _read(text).quotes == []


def test_a_lower_case_statement_with_its_attribution_stays_a_quote():
    reading = _read("« nous irons plus loin ensemble », a déclaré le ministre Kossi Adjo.")
    assert [q.text for q in reading.quotes] == ["nous irons plus loin ensemble"]


# --- the two Congos, the Central African Republic, texts that were not signed ---------------


@pytest.mark.parametrize(
    ("text", "lang", "codes"),
    [
        ("La République du Congo et le ministère congolais", "fr", ["COG", "COG"]),
        ("La République démocratique du Congo et le ministère congolais", "fr", ["COD", "COD"]),
        ("The Republic of the Congo and the DR Congo", "en", ["COG", "COD"]),
        ("Россия и ЦАР", "ru", ["RUS", "CAF"]),
    ],
)
def test_the_two_congos_and_the_central_african_republic(text, lang, codes):
    from suivi.reading.gazetteer import find_mentions

    assert [m.code for m in find_mentions(text, lang)] == codes


@pytest.mark.parametrize(
    "text",
    [
        "Вопреки ожиданиям, соглашение о газопроводе между Россией и Монголией подписано не было.",
        "Contrary to expectations, the pipeline agreement between Chile and Peru was not signed.",
        "Il ne s'agit pas d'un nouvel accord sur la sécurité entre le Togo et le Bénin.",
    ],
)
def test_a_text_said_not_signed_or_not_new_is_no_agreement(text):
    assert _read(text).agreements == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Qatar Airways and the Government of Rwanda signed an agreement on airports.",
            "Qatar Airways",
        ),
        (
            "La société chinoise Zhong Road and Bridge Corporation a signé avec le Togo un "
            "contrat de construction du port.",
            "Zhong Road and Bridge Corporation",
        ),
        ("ПАО «Нефтегаз» и Того подписали соглашение о поставках нефти.", "Neftegaz"),
    ],
)
def test_a_company_named_by_its_form_signs_as_itself_not_its_state(text, company):
    (agreement,) = _read(text).agreements
    assert company in agreement.parties
    assert not {"QAT", "CHN", "RUS"} & set(agreement.parties)


def test_ordinals_after_a_count_are_one_agreement_each():
    reading = _read(
        "Le Togo et le Bénin ont signé lundi à Lomé deux accords d'un montant de 90 millions.\n\n"
        "Le premier porte sur la pêche artisanale ; le second, sur l'électrification rurale."
    )
    assert [a.sectors for a in reading.agreements] == [["agriculture"], ["energy"]]


def test_plural_agreements_are_one_a_domain_even_in_one_sector():
    reading = _read(
        "Россия и Того провели заседание комиссии. Стороны подписали соглашения о "
        "сотрудничестве в области сельского хозяйства, ветеринарии и рыболовства."
    )
    assert [a.sectors for a in reading.agreements] == [["agriculture"]] * 3


def test_a_session_of_a_body_named_back_by_its_head_word():
    reading = _read(
        "Le Collège des chefs d'État de la Confédération des États du Sahel s'est réuni "
        "à Bamako le 22 décembre 2025. La Confédération repose sur le traité signé à Niamey "
        "le 6 juillet 2024, lors de la première session du Collège."
    )
    assert (1, "2024-07-06") in [(s.number, s.start) for s in reading.sessions]


def test_a_body_that_met_on_a_date_held_a_session():
    reading = _read(
        "Le Togo et le Bénin ont tenu un sommet à Lomé. Il avait été préparé par le Conseil "
        "des ministres de la Commission mixte togo-béninoise, réuni les 20 et 21 décembre 2025 "
        "à Cotonou."
    )
    assert [(s.number, s.start, s.end) for s in reading.sessions] == [
        (None, "2025-12-20", "2025-12-21")
    ]
