"""People in other writers' formats: a wire brief's credits, a press release's honorifics,
an interview's turns. Credits name who wrote, edited or photographed the page, not people
of the story (SPEC: people act or speak in it); who answers an interview speaks in it."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def names(text: str) -> list[str]:
    return [p.name for p in read(text).people]


_LEAD = {
    "en": (
        "Ghana and Togo signed a memorandum of understanding on cross-border trade in Lomé "
        "on Monday, the two governments said in a joint statement on their websites.\n"
        "Ghana's Trade Minister Elizabeth Ofosu-Adjare signed for Ghana and Togo's Minister "
        "of Trade Rose Kayi Mivedor signed for Togo at the ceremony in the capital.\n"
    ),
    "fr": (
        "Le Ghana et le Togo ont signé lundi à Lomé un protocole d'accord sur le commerce "
        "transfrontalier, ont annoncé les deux gouvernements dans un communiqué conjoint.\n"
        "Le ministre togolais des Affaires étrangères, Robert Dussey, a signé le texte au nom "
        "du Togo lors de la cérémonie tenue dans la capitale.\n"
    ),
    "ru": (
        "Россия и Того подписали в понедельник в Ломе меморандум о взаимопонимании в области "
        "торговли, сообщили оба правительства в совместном заявлении.\n"
        "Министр иностранных дел России Сергей Лавров подписал документ от имени российской "
        "стороны на церемонии в столице Того.\n"
    ),
}


@pytest.mark.parametrize(
    ("lang", "credit", "credited"),
    [
        (
            "en",
            "(Reporting by Kwasi Mensah and Ama Boateng; Editing by Alexander Smith)",
            ["Kwasi Mensah", "Alexander Smith"],
        ),
        ("en", "Interview by Kavena Hambira", ["Kavena Hambira"]),
        ("en", "Compiled by Sarah Owusu", ["Sarah Owusu"]),
        ("en", "Media contact: Jane Wanjiru, Head of Communications", ["Jane Wanjiru"]),
        ("fr", "Propos recueillis par Awa Diop", ["Awa Diop"]),
        ("fr", "(Reportage Marine Dupont, édité par Jean-Michel Bélot)", ["Jean-Michel Bélot"]),
        ("ru", "Фото: Иван Петров", ["Иван Петров"]),
        ("ru", "Беседовала Анна Смирнова", ["Анна Смирнова"]),
    ],
)
def test_a_credit_names_no_person_of_the_story(lang: str, credit: str, credited: list[str]):
    """The credit on a line of its own between paragraphs, as a caption or a standfirst's
    byline stands in a page."""
    first, rest = _LEAD[lang].split("\n", 1)
    found = names(f"{first}\n{credit}\n{rest}")
    assert not set(credited) & set(found)
    assert {"en": "Rose Kayi Mivedor", "fr": "Robert Dussey", "ru": "Сергей Лавров"}[lang] in found


def test_a_sentence_opening_with_by_is_no_byline():
    text = (
        "By Tuesday, Trade Minister Kwame Asante-Boadu had signed the agreement with Togo on "
        "cross-border trade, the ministry said in a statement on its website.\n"
    )
    assert "Kwame Asante-Boadu" in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Eng. Tshepo Mahloele, the chief engineer, presented the project.", "Tshepo Mahloele"),
        ("Prof. Olusola Adeyeye chaired the technical session.", "Olusola Adeyeye"),
        ("Economist Grieve Chelwa said the deal would help exports.", "Grieve Chelwa"),
        ("Le Pr Ousmane Dembélé Kanouté a présidé la séance technique.", "Ousmane Dembélé Kanouté"),
        (
            "Selon le chercheur Bakary Sambe Nianga, l'accord aidera les exportations du Togo.",
            "Bakary Sambe Nianga",
        ),
    ],
)
def test_a_name_after_an_honorific_or_an_occupation(text: str, name: str):
    assert name in names(text)


def test_who_answers_an_interview_speaks_in_it():
    text = (
        "Namibia and Botswana signed a power trade agreement last week in Windhoek. We spoke "
        "to Namibia's Minister of Mines and Energy about what it means for the region.\n"
        "Q: Minister, what does the agreement with Botswana change for Namibian households?\n"
        "Ngoako Ramatlhodi: It lets us buy electricity from Botswana when our own supply "
        "falls short, at a price fixed for ten years.\n"
        "Q: How long did the negotiations take before the signing in Windhoek?\n"
        "Ramatlhodi: Almost two years, and six meetings before we agreed on the final text.\n"
    )
    assert "Ngoako Ramatlhodi" in names(text)


def test_a_heading_with_a_colon_outside_an_interview_is_no_speaker():
    text = (
        "Joint Statement: Ghana and Togo signed a memorandum of understanding on "
        "cross-border trade in Lomé on Monday, the two governments said.\n"
    )
    assert "Joint Statement" not in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "European Commission President Ursula von der Leyen and Ghana's President John "
            "Dramani Mahama signed a partnership agreement in Accra on Tuesday.",
            "Ursula von der Leyen",
        ),
        (
            "The Dutch trade envoy Frans van der Berg said the deal would help cocoa exporters "
            "in both countries.",
            "Frans van der Berg",
        ),
        (
            "La présidente de la Commission européenne Ursula von der Leyen et le président "
            "ghanéen John Dramani Mahama ont signé mardi à Accra un accord de partenariat.",
            "Ursula von der Leyen",
        ),
        (
            "Президент Ганы Джон Драмани Махама провел во вторник в Аккре переговоры с "
            "председателем Еврокомиссии Урсулой фон дер Ляйен.",
            "Урсула фон дер Ляйен",
        ),
    ],
)
def test_a_name_with_a_two_word_particle(text: str, name: str):
    """ "von der", "van der", «фон дер»: two particles inside one name."""
    assert name in names(text)


def test_the_firm_an_analyst_speaks_for_is_no_person():
    text = (
        "Kenya and Ethiopia signed an agreement on electricity trade in Nairobi on Monday, "
        "officials of both governments said.\n"
        "Analysts such as Aly-Khan Satchu of Rich Management said the deal was overdue and "
        "would cut the cost of power for factories in both countries.\n"
    )
    found = names(text)
    assert "Aly-Khan Satchu" in found
    assert "Rich Management" not in found
