"""Two states a story calls "the two countries", and no other state it names, are the sides
of the texts its sentences do not attribute, whatever alliance frames the story (a summit
"en marge" of which they sign, their membership told in passing): the alliance's other
members sign nothing. An alliance's own story (its ministers meet and sign) keeps its
members."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

STORIES = [
    (
        "Le Sénégal et la Gambie signent trois accords\n\nDakar, 12 mars 2026 — En marge du sommet de la CEDEAO tenu à Abuja, le président sénégalais et son homologue gambien ont présidé la signature de trois accords.\n\nLes textes portent sur la pêche, le transport et la santé. Les deux pays, membres de la CEDEAO, entendent renforcer leur intégration.\n",
        {"SEN", "GMB"},
    ),
    (
        "Kenya and Tanzania sign three agreements\n\nNAIROBI — On the margins of the East African Community summit in Arusha, the Kenyan president and his Tanzanian counterpart witnessed the signing of three agreements.\n\nThe texts cover fisheries, transport and health. The two countries, both EAC members, want to deepen their integration.\n",
        {"KEN", "TZA"},
    ),
    (
        "Казахстан и Киргизия подписали три соглашения\n\nАСТАНА — На полях саммита ЕАЭС в Минске президент Казахстана и его киргизский коллега присутствовали при подписании трех соглашений.\n\nДокументы касаются рыболовства, транспорта и здравоохранения. Обе страны, члены ЕАЭС, намерены углублять интеграцию.\n",
        {"KAZ", "KGZ"},
    ),
]


@pytest.mark.parametrize(("text", "pair"), STORIES)
def test_the_two_countries_sign_not_their_alliance(text, pair):
    reading = read(text.encode(), "article.txt")
    assert reading.agreements
    assert all(set(a.parties) == pair for a in reading.agreements)


def test_an_alliance_of_its_own_keeps_its_members():
    text = (
        "Les ministres de l'AES signent un accord\n\n"
        "Niamey — Les ministres de l'Alliance des États du Sahel (AES) ont signé lundi un "
        "accord sur la libre circulation des personnes. Le texte entre en vigueur en juin."
    )
    reading = read(text.encode(), "article.txt")
    assert [sorted(a.parties) for a in reading.agreements] == [["BFA", "MLI", "NER"]]
