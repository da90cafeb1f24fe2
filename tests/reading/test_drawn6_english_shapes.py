"""Shapes of the sixth draw's English documents (session 18, drawC18), in invented
sentences, with their French and Russian forms where the language has them: a telecoms
group the gazetteer did not know, who owns a company read as a domain, a lender's name in
English word order, heating and wind projects, an apposition "acting for" that ended a
text's words, a text signed "with" an organisation that also signs, texts summed up by a
pointing word, short statements quoted after "said in a statement", a byline below a lead
and a wire's credits."""

from __future__ import annotations

from suivi.reading.agreements import _sectors
from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


def _read(text: str):
    return read(text.encode(), "article.txt")


def test_viettel_is_a_company_of_its_own():
    reading = _read(
        "Vietnam's telecoms group Viettel on Monday signed a contract with the government of "
        "Angola to build a mobile network in the country's southern provinces."
    )
    [agreement] = reading.agreements
    assert sorted(agreement.parties) == ["AGO", "Viettel"]


def test_an_owner_is_no_domain():
    assert sectors_of("the military-owned telecoms group signed a contract") == ["digital"]
    assert sectors_of("a state-owned bank") == ["economy"]
    assert sectors_of("military training") == ["defence"]


def test_heating_and_wind_projects_are_energy():
    cases = (
        "a loan for the District Heating Efficiency Project",
        "an investment agreement for the Aral wind project",
        "un prêt pour le chauffage urbain de la capitale",
        "un accord pour le parc éolien de Tarfaya",
        "кредит на теплоснабжение города",
        "инвестиционное соглашение по ветропарку",
    )
    for text in cases:
        assert "energy" in sectors_of(text), text


def test_a_lender_named_purpose_first_names_no_domain():
    assert _sectors("a loan agreement with the Asian Development Bank for two schools") == [
        "education"
    ]
    assert _sectors("a loan with the Economic Development Cooperation Fund for a hospital") == [
        "health"
    ]


def test_who_a_lender_acts_for_does_not_end_the_text_words():
    reading = _read(
        "On 3 March 2026, the Minister of Finance of Laos signed a Loan Agreement with the "
        "Export-Import Bank of Korea (KEXIM), acting for the Economic Development Cooperation "
        "Fund (EDCF) of the Republic of Korea, for the expansion of the Vientiane regional "
        "hospital, USD 40 million."
    )
    [agreement] = reading.agreements
    assert agreement.sectors == ["health"]
    assert sorted(agreement.parties) == ["KOR", "LAO"]


def test_an_organisation_signed_with_is_one_side_with_the_story_state():
    reading = _read(
        "PRESS RELEASE\n\n"
        "On 2 April 2026, Minister of Finance Anna Berzina signed two financing documents "
        "with Latvia's development partners:\n\n"
        "1. Loan Agreement with the Nordic Investment Bank (NIB) for the Riga port terminal, "
        "EUR 50 million, signed for NIB by its Vice-President Karl Jensen;\n\n"
        "2. Grant Agreement with the Japan International Cooperation Agency (JICA) for the "
        "construction of two schools, JPY 1 billion.\n"
    )
    by_sector = {tuple(a.sectors): sorted(a.parties) for a in reading.agreements}
    assert by_sector[("transport",)] == ["LVA", "NIB"]


def test_texts_pointed_back_to_are_those_read():
    texts = (
        "Minister Rita Vaz signed three financing agreements on Monday: a loan agreement with "
        "the World Bank for hospitals, a grant agreement with Japan for schools and a loan "
        'agreement with the Asian Development Bank for roads. "These three documents cover '
        'hospitals, schools and roads," she said.',
        "La ministre Rita Vaz a signé lundi trois accords de financement : un accord de prêt "
        "avec la Banque mondiale pour les hôpitaux, un accord de don avec le Japon pour les "
        "écoles et un accord de prêt avec la Banque asiatique de développement pour les "
        "routes. Ces trois documents portent sur les hôpitaux, les écoles et les routes.",
        "Министр Рита Ваз подписала в понедельник три соглашения о финансировании: кредитное "
        "соглашение со Всемирным банком о больницах, соглашение о гранте с Японией о школах и "
        "кредитное соглашение с Азиатским банком развития о дорогах. Эти три документа "
        "касаются больниц, школ и дорог.",
    )
    for text in texts:
        assert len(_read(text).agreements) == 3, text


def test_texts_counted_then_detailed_are_still_read():
    reading = _read(
        "Mali and Niger signed three documents in Niamey on Monday. The documents cover "
        "energy, health and transport."
    )
    assert sorted(s for a in reading.agreements for s in a.sectors) == [
        "energy",
        "health",
        "transport",
    ]


def test_a_short_statement_quoted_after_in_a_statement_is_a_quote_of_nobody():
    texts = (
        "Kenya and Ghana signed a trade agreement on Monday, Trade Minister Rebecca Miano "
        "said. The Ghana Export Authority said in a statement that the country "
        '"remains committed to open markets".',
        "Le Kenya et le Ghana ont signé un accord commercial lundi, a déclaré la ministre "
        "Rebecca Miano. L'Autorité ghanéenne des exportations a indiqué dans un communiqué "
        "que le pays « reste attaché aux marchés ouverts ».",
    )
    for text in texts:
        quotes = _read(text).quotes
        assert [q.speaker for q in quotes] == [None], text


def test_a_statement_of_an_authority_has_no_speaker():
    reading = _read(
        "Kuwait and Nepal held talks on labour, the delegation being led by Minister Sharat "
        'Singh. "We have agreed on clear rules for every worker," Sharat Singh said. The '
        'Public Authority for Manpower said in a statement that "the State guarantees the '
        'rights of all workers on its territory under its laws."'
    )
    assert [q.speaker for q in reading.quotes] == ["Sharat Singh", None]


def test_a_phrase_of_adjectives_stays_no_quote():
    reading = _read(
        "India and Peru ended a round of trade talks on Friday. The ministry said in a "
        'statement that the talks had been "constructive and frank".'
    )
    assert reading.quotes == []


def test_a_byline_under_a_lead_and_a_wire_credit_are_no_people():
    reading = _read(
        "date 2026-05-04 LIMA, May 4 – Peru signed two power purchase agreements with a "
        "Chilean utility on Monday for solar farms in the south of the country, the energy "
        "ministry said.\n"
        "Andes Wire\n"
        "Energy | Markets | Politics\n\n"
        "By Lucia Quispe\n\n"
        "The agreements were signed by Energy Minister Jorge Montero in the presence of "
        "President Dina Boluarte, the ministry said in its statement.\n\n"
        "(Reporting by Lucia Quispe; Editing by Mark Hollis)\n"
    )
    names = {p.name for p in reading.people}
    assert "Lucia Quispe" not in names
    assert "Mark Hollis" not in names
    assert reading.document.author == "Lucia Quispe"


def test_an_older_text_named_again_by_its_year_is_the_one_read():
    texts = (
        "The two ministers reviewed how the 2019 agreement on seasonal workers, signed in "
        "Rabat in March 2019, has been applied. Under the 2019 agreement, the committee is "
        "supposed to meet once a year.",
        "Les deux ministres ont examiné l'application de l'accord de 2019 sur les travailleurs "
        "saisonniers, signé à Rabat en mars 2019. Selon l'accord de 2019, le comité doit se "
        "réunir une fois par an.",
    )
    for text in texts:
        assert len(_read(text).agreements) == 1, text


def test_a_diplomatic_row_is_no_domain():
    assert sectors_of("an agreement on seasonal workers signed after a diplomatic row") == [
        "migration"
    ]
    assert sectors_of(
        "un accord sur les travailleurs migrants signé après une crise diplomatique"
    ) == ["migration"]


def test_a_committee_that_meets_next_has_a_session():
    reading = _read(
        "The Spain-Morocco Joint Committee on Labour held its sixth meeting in Madrid on 3 "
        "March 2026. A protocol on seasonal workers is expected to be signed when the "
        "committee meets next, in Rabat in the first half of 2027."
    )
    assert [(s.number, s.start, s.place) for s in reading.sessions] == [
        (6, "2026-03-03", "Madrid"),
        (None, "2027", "Rabat"),
    ]


def test_a_text_for_the_same_project_has_its_domains():
    texts = (
        "Japan and Samoa on Tuesday signed a grant agreement for the rehabilitation of the "
        "Apia port. Minutes later, a memorandum for the same project was signed between JICA "
        "and the Government of Samoa.",
        "Le Japon et le Togo ont signé mardi un accord de don pour la réhabilitation du port "
        "de Lomé. Peu après, un mémorandum pour le même projet a été signé entre la JICA et "
        "le gouvernement togolais.",
    )
    for text in texts:
        sectors = [a.sectors for a in _read(text).agreements]
        assert sectors == [["transport"], ["transport"]], text


def test_a_loan_to_be_signed_from_a_lender_is_a_text_with_it():
    reading = _read(
        "Samoa and Japan signed a grant agreement for the port on Monday. A separate loan of "
        "10 million US dollars from the Asian Development Bank for the port's customs systems "
        "is expected to be signed in July."
    )
    loans = [a for a in reading.agreements if a.status == "planned"]
    assert [sorted(a.parties) for a in loans] == [["Asian Development Bank", "WSM"]]
    assert "Asian Development Bank" in reading.parties
