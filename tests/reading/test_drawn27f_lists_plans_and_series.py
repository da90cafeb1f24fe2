"""Agreements read from a communiqué's numbered paragraphs, a signing put off, an ordinal beyond
the texts named and a plural that identifies none (session 30, drawF30). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _agreements(text: str) -> list:
    return read(text.encode(), "article.txt").agreements


# A list under dashes inside paragraph "4." ends at paragraph "5.": the numbered paragraphs
# after it are no items of the list (SPEC: one item per agreement the text identifies).
@pytest.mark.parametrize(
    "text",
    [
        "1. La 3e session de la Commission mixte sénégalo-tchadienne s'est tenue à Dakar.\n\n"
        "2. Ont été signés les documents suivants :\n"
        "- un accord de coopération dans le domaine de la pêche ;\n"
        "- un programme d'échanges culturels pour les années 2026-2028.\n\n"
        "3. Les deux parties sont convenues de créer un comité de suivi sur les mines.\n\n"
        "4. La Commission mixte se réunit tous les deux ans.",
        "1. The 3rd session of the Kenya-Uganda Joint Commission was held in Nairobi.\n\n"
        "2. The following documents were signed:\n"
        "- an agreement on cooperation in fisheries;\n"
        "- a cultural exchange programme for 2026-2028.\n\n"
        "3. The two sides agreed to set up a follow-up committee on mining.\n\n"
        "4. The Joint Commission meets every two years.",
    ],
)
def test_numbered_paragraph_ends_a_dashed_list(text: str) -> None:
    found = _agreements(text)
    assert sorted(tuple(a.sectors) for a in found) == [("agriculture",), ("culture",)]


# A text not ready, then told to be signed later or examined at the next session: planned.
@pytest.mark.parametrize(
    "text",
    [
        "Kenya signed two loans on Monday. A separate co-financing deal with Japan was not "
        "ready in time and is now expected to be signed in Yokohama in August, an official said.",
        "Les deux pays ont signé trois accords. En revanche, l'accord relatif aux services "
        "aériens, en négociation depuis 2022, n'a pas pu être finalisé : son examen a été "
        "renvoyé à la prochaine session.",
        "Kenya and Uganda signed three agreements. An agreement on air services could not be "
        "finalised and was deferred to the next session.",
    ],
)
def test_text_put_off_is_planned(text: str) -> None:
    planned = [a for a in _agreements(text) if a.status == "planned"]
    assert len(planned) == 1
    assert planned[0].sectors in (["economy"], ["transport"])


# An ordinal that ranks beyond the texts named so far tells one more of them, with "text"
# between: "The third text, a loan from ...".
def test_ordinal_beyond_the_named_texts() -> None:
    text = (
        "Kenya signed three financing agreements with two lenders on Wednesday. The largest, "
        "a loan agreement with the World Bank, will fund water supply in Kisumu. Kenya also "
        "signed a grant agreement with the African Development Bank for schools. The third "
        "text, a loan from the Arab Bank for Economic Development in Africa, will finance the "
        "electrification of 300 villages."
    )
    sectors = sorted(s for a in _agreements(text) for s in a.sectors)
    assert "energy" in sectors and len(_agreements(text)) == 3


# "plusieurs accords de coopération" identifies none: the body's fields are not theirs.
@pytest.mark.parametrize(
    "text",
    [
        "La 4e session de la commission mixte sénégalo-tchadienne de coopération économique, "
        "commerciale et scientifique s'est close par la signature de plusieurs accords de "
        "coopération.",
        "The 4th session of the Kenya-Uganda Joint Commission on economic, trade and scientific "
        "cooperation closed with the signing of several cooperation agreements.",
    ],
)
def test_uncounted_plural_takes_no_body_fields(text: str) -> None:
    assert _agreements(text) == []


# "de l'information" as a domain of a list names the media (SPEC: digital), and the list
# goes on to it.
def test_information_in_a_domain_list() -> None:
    text = (
        "Les deux pays ont signé trois accords dans les domaines de l'enseignement supérieur, "
        "de la normalisation et de la métrologie, et de l'information."
    )
    found = sorted(tuple(a.sectors) for a in _agreements(text))
    assert found == [("digital",), ("education",), ("trade",)]
