"""A state a sentence names beside the two sides, only as those the text serves ("refugees
from Sudan", «суданских беженцев») or as its model ("sur le modèle du Sénégal", «по примеру
Египта»), is no side, even where it comes before the sides or the sides are not named in
the sentence. Sentences written for these tests in the style of press coverage."""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ugandan President Yoweri Museveni received Kenya's President William Ruto in Entebbe. "
            "To help refugees from Sudan, the two leaders signed an agreement on humanitarian "
            "assistance.",
            ["KEN", "UGA"],
        ),
        (
            "Le président tchadien a reçu son homologue camerounais à N'Djamena. Pour les réfugiés "
            "soudanais, le Tchad a signé avec le Cameroun un accord sur l'aide humanitaire.",
            ["CMR", "TCD"],
        ),
        (
            "Президент Уганды принял президента Кении. Для суданских беженцев Уганда подписала с "
            "Кенией соглашение о гуманитарной помощи.",
            ["KEN", "UGA"],
        ),
        (
            "Le président tchadien a reçu son homologue camerounais à N'Djamena. Sur le modèle du "
            "Sénégal, le Tchad a signé avec le Cameroun un accord sur l'assurance maladie.",
            ["CMR", "TCD"],
        ),
        (
            "Rwandan President Paul Kagame hosted Zambia's President Hakainde Hichilema. Following "
            "the example of Singapore, Rwanda signed an agreement with Zambia on education.",
            ["RWA", "ZMB"],
        ),
        (
            "Президент Египта принял президента Сербии. По примеру Турции Египет подписал с Сербией "
            "соглашение о сотрудничестве в области обороны.",
            ["EGY", "SRB"],
        ),
    ],
)
def test_a_state_served_or_followed_is_no_side(text, expected):
    found = agreement_sides(text)
    assert found
    assert all(side == expected for side in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Mali a quitté la CEDEAO. Le Mali et le Burkina Faso ont aussi quitté la CEDEAO. "
            "Le ministre ivoirien du Commerce a reçu son homologue ghanéen. Abidjan et Accra ont "
            "signé un accord commercial.",
            ["CIV", "GHA"],
        ),
        (
            "Украина и Франция продолжают переговоры. Украина заявила о новых атаках. Египетский "
            "министр принял российского коллегу. Москва и Каир подписали соглашение о "
            "сотрудничестве в области обороны.",
            ["EGY", "RUS"],
        ),
    ],
)
def test_capitals_that_sign_name_the_sides(text, expected):
    """A sentence that names its sides by their capitals only: the capitals' states, not the
    story's guess (here an alliance or a background state)."""
    assert agreement_sides(text) == [expected]


_HOST = {
    "en": "Ethiopia hosted the IGAD summit this week. Ethiopian Prime Minister Abiy Ahmed opened "
    "the meeting. ",
    "fr": "L'Éthiopie a accueilli le sommet de l'IGAD. Le Premier ministre éthiopien Abiy Ahmed a "
    "ouvert la réunion. ",
    "ru": "Эфиопия принимает саммит ИГАД. Премьер-министр Эфиопии Абий Ахмед открыл встречу. ",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "In Ethiopia, Kenya signed a memorandum of understanding with Somalia on border "
         "security."),
        ("fr", "En Éthiopie, le Kenya a signé avec la Somalie un mémorandum sur la sécurité des "
         "frontières."),
        ("ru", "В Эфиопии Кения подписала с Сомали меморандум о безопасности границ."),
        ("en", "Kenya signed a memorandum of understanding with Somalia on border security at the "
         "meeting in Ethiopia."),
        ("en", "On Ethiopian soil, Kenya and Somalia signed a memorandum of understanding on border "
         "security."),
    ],
)  # fmt: skip
def test_the_state_where_the_signing_happens_is_no_side(lang, sentence):
    """The host acts in the story, and is named as the place of a signing between two others
    (fronted, as the meeting's place, or as its soil): no side of it."""
    assert agreement_sides(_HOST[lang] + sentence) == [["KEN", "SOM"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le président togolais a reçu son homologue burkinabè à Lomé. Invité d'honneur, le "
            "Ghana a assisté à la signature d'un accord de transit entre les deux pays.",
            ["BFA", "TGO"],
        ),
        (
            "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni. As guests, "
            "Rwanda and Burundi attended the signing of an agreement on the railway between the "
            "two countries.",
            ["KEN", "UGA"],
        ),
        (
            "Le président togolais a reçu son homologue burkinabè à Lomé. Grâce à un financement "
            "de la Chine, le Togo a signé avec le Burkina Faso un accord sur la route "
            "Lomé-Ouagadougou.",
            ["BFA", "TGO"],
        ),
        (
            "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni. With China as "
            "the financier, Kenya signed an agreement with Uganda on the railway extension.",
            ["KEN", "UGA"],
        ),
    ],
)
def test_a_guest_or_a_financer_is_no_side(text, expected):
    """A state that attends the signing (subject of its own verb) or finances the work is no
    side, even where the sentence names no other side or names it first."""
    assert agreement_sides(text) == [expected]
