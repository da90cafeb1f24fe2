"""Institutions named without their state, and a new text said again (drawD27, session 27).

Invented sentences, other countries and wording than the drawn documents:
- the ministries named by "between" after what a text is about («соглашение о мирном атоме
  между «Росатомом» и Министерством водных ресурсов и энергетики Ганы») are who signs, not more
  of what is signed (as "the Ministry of Water Resources and Energy of Ghana" already was);
- "the new agreement" said again beside an older text ("until the new agreement enters into
  force, cooperation goes on under the agreement signed in 2019") is the text already called
  new, so the older one is the sentence's only text and takes the domain told before;
  «морское рыболовство», "marine fisheries" are fisheries, not shipping;
- a state's long name may begin before a person's span ("of the Republic of Tajikistan
  Farrukh ...": the span opens at "Tajikistan"): the state is left out of the name;
- a role runs over a portfolio added to it ("ministre de l'Énergie, chargé des Mines", "Minister
  of Finance, in charge of Planning"), so "the Minister" who speaks later is that person;
- an organisation that a text's "between" pairs with a state's institution named without its
  state ("entre la BOAD et l'Agence nationale de l'emploi") signs with the story's state.
"""

from __future__ import annotations

import pytest

from suivi.reading import gazetteer, people
from suivi.reading.context import Context
from suivi.reading.pipeline import read


def _sectors(text: str) -> list[list[str]]:
    return [sorted(a.sectors) for a in read(text).agreements]


@pytest.mark.parametrize(
    "text",
    [
        "В Аккре подписано соглашение о сотрудничестве в области использования атомной "
        "энергии в мирных целях между «Росатомом» и Министерством водных ресурсов и "
        "энергетики Ганы.",
        "In Accra, an agreement on the peaceful use of atomic energy was signed between "
        "Rosatom and the Ministry of Water Resources and Energy of Ghana.",
        "À Accra, un accord sur l'utilisation pacifique de l'énergie atomique a été signé "
        "entre Rosatom et le ministère de l'Énergie du Ghana.",
    ],
)
def test_a_ministry_that_signs_names_no_domain(text: str) -> None:
    assert _sectors(text) == [["nuclear"]]


@pytest.mark.parametrize(
    "text",
    [
        "В ходе переговоров делегации парафировали текст нового Соглашения между "
        "Правительством Норвегии и Правительством Мавритании о сотрудничестве в области "
        "морского рыболовства.\n\nДо вступления нового соглашения в силу сотрудничество "
        "осуществляется на основе соглашения, подписанного в Осло в мае 2019 года.",
        "During the talks the delegations initialled the text of a new Agreement between "
        "the Government of Norway and the Government of Mauritania on cooperation in marine "
        "fisheries.\n\nUntil the new agreement enters into force, cooperation continues under "
        "the agreement signed in Oslo in May 2019.",
        "Au cours des discussions, les délégations ont paraphé le texte d'un nouvel accord "
        "entre le Gouvernement de la Norvège et le Gouvernement de la Mauritanie sur la "
        "coopération dans le domaine de la pêche maritime.\n\nJusqu'à l'entrée en vigueur du "
        "nouvel accord, la coopération se poursuit sur la base de l'accord signé à Oslo en "
        "mai 2019.",
    ],
)
def test_the_new_text_said_again_leaves_the_older_one_alone(text: str) -> None:
    found = read(text).agreements
    assert len(found) == 2
    assert [sorted(a.sectors) for a in found] == [["agriculture"], ["agriculture"]]
    assert found[1].date == "2019-05"


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        (
            "On 4 May, Minister of Trade of the Republic of Tajikistan Farrukh Hamralizoda "
            "met the press.",
            "en",
            "Tajikistan",
        ),
        (
            "Le 4 mai, le ministre du Commerce de la République du Tadjikistan Farrukh "
            "Hamralizoda a reçu la presse.",
            "fr",
            "Tadjikistan",
        ),
        (
            "4 мая министр торговли Республики Таджикистан Фаррух Хамрализода встретился с "
            "журналистами.",
            "ru",
            "Таджикистан",
        ),
    ],
)
def test_a_state_begun_before_the_span_is_no_part_of_the_name(
    text: str, lang: str, state: str
) -> None:
    ctx = Context(text=text, language=lang, published=None)
    ctx.mentions = gazetteer.find_mentions(text, lang)
    start = text.index(state)
    end = text.index(" ", text.index(" ", start + len(state) + 1) + 1)
    found, _ = people.extract(ctx, [(start, end, "PER")])
    assert [(p.name, p.party) for p in found] == [(text[start + len(state) + 1 : end], "TJK")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le ministre de l'Énergie, chargé des Mines, M. Abdoulaye Traoré, a signé deux "
            "accords avec la BOAD. Ils ont été signés, pour la BOAD, par son président, M. "
            "Serge Ekué. Prenant la parole, le ministre a déclaré : « Ces accords "
            "apporteront l'électricité à nos villages. »",
            "Abdoulaye Traoré",
        ),
        (
            "The Minister of Finance, in charge of Planning, Kwame Asante, signed two "
            "agreements with the BOAD. They were signed for the BOAD by its President, Serge "
            'Ekué. Speaking at the ceremony, the Minister said: "These agreements will bring '
            'power to our villages."',
            "Kwame Asante",
        ),
    ],
)
def test_a_role_runs_over_its_added_portfolio(text: str, name: str) -> None:
    reading = read(text)
    person = next(p for p in reading.people if p.name == name)
    assert person.role and person.role.split(",")[0] in text
    assert "charg" in person.role or "charge" in person.role
    assert [q.speaker for q in reading.quotes] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Le Togo et le Fonds koweïtien pour le développement économique arabe ont signé un "
        "accord de prêt pour la route de Kpalimé. Un mémorandum d'entente a aussi été "
        "signé entre la BOAD et l'Agence nationale de l'emploi, visant à former des jeunes "
        "artisans.",
        "Togo and the Kuwait Fund for Arab Economic Development signed a loan agreement for "
        "the Kpalime road. A memorandum of understanding was also signed between the BOAD "
        "and the National Employment Agency to train young craftsmen.",
        "Того и Кувейтский фонд арабского экономического развития подписали кредитное "
        "соглашение о строительстве дороги. Также подписан меморандум между ЕАБР и "
        "Национальным агентством занятости о подготовке молодых ремесленников.",
    ],
)
def test_an_organisation_paired_with_an_unnamed_institution_signs_with_the_story_state(
    text: str,
) -> None:
    found = read(text).agreements
    assert len(found) == 2
    organisation = "EDB" if "ЕАБР" in text else "BOAD"
    assert sorted(found[1].parties) == sorted([organisation, "TGO"])
