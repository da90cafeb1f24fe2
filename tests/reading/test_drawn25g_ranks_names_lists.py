"""Drawn b523, b534 (session 29, drawG29): a meeting's written rank is no person's name, a
lender's short name before its full name and a dash, a text's title cut before the next
one's preposition, and a plural told by its aims then detailed in a list.

Invented sentences, fr/en/ru where the language has the shape.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Réunis jeudi à Cuenca, les ministres chiliens et péruviens ont tenu le XIIe Cabinet "
        "binational Chili–Pérou, rendez-vous annuel des deux voisins.",
        "Réunis à Tacna, les ministres boliviens et péruviens ont tenu le VIIe Cabinet "
        "binational Bolivie–Pérou.",
    ],
)
def test_a_written_rank_is_no_persons_name(text: str) -> None:
    names = [p.name for p in read(text).people]
    assert not any(n.split()[0].rstrip("e").isupper() for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "En marge du sommet, la CAF – Banque de développement de l'Amérique latine et des "
        "Caraïbes a signé avec le Pérou un accord de prêt de 90 millions de dollars pour une "
        "route.",
        "On the sidelines, the CAF – Development Bank of Latin America and the Caribbean signed "
        "a $90 million loan agreement with Peru for a road.",
    ],
)
def test_a_short_name_before_a_dash_names_the_lender(text: str) -> None:
    reading = read(text)
    assert "CAF" in reading.parties, reading.parties
    assert [sorted(a.parties) for a in reading.agreements] == [["CAF", "PER"]]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "La rencontre s'est conclue par l'adoption de la Déclaration de Tacna et du Plan "
            "d'action de Tacna 2027-2028 par le Pérou et le Chili.",
            "Déclaration de Tacna",
        ),
        (
            "Le Pérou et le Chili ont signé la Convention de Arica et de l'Accord sur la pêche.",
            "Convention de Arica",
        ),
    ],
)
def test_a_title_stops_before_the_next_texts_preposition(text: str, title: str) -> None:
    titles = [a.title for a in read(text).agreements]
    assert title in titles, titles


@pytest.mark.parametrize(
    "text",
    [
        "Lagos, 3 March 2026 – The Sahel Trade Bank today signed two agreements with the "
        "Republic of Niger, aimed at developing the country's uranium mining and at expanding "
        "its road infrastructure.\n\nThe ceremony was attended by the President.\n\n"
        "The agreements are:\n\n"
        "a) a Memorandum of Understanding between the Sahel Trade Bank and Niger on "
        "agricultural exports; and\n\n"
        "b) a loan agreement between the Sahel Trade Bank and Niger for a water network.",
        "Niamey, le 3 mars 2026 – La Banque sahélienne du commerce a signé aujourd'hui deux "
        "accords avec la République du Niger, visant à développer l'exploitation minière de "
        "l'uranium et les infrastructures routières.\n\nLa cérémonie s'est tenue au palais.\n\n"
        "Les accords sont les suivants :\n\n"
        "a) un mémorandum d'entente entre la Banque sahélienne du commerce et le Niger sur les "
        "exportations agricoles ;\n\n"
        "b) un accord de prêt entre la Banque sahélienne du commerce et le Niger pour un réseau "
        "d'eau potable.",
    ],
)
def test_a_plural_detailed_by_a_list_is_no_text_of_its_own(text: str) -> None:
    agreements = read(text).agreements
    sectors = sorted(tuple(sorted(a.sectors)) for a in agreements)
    assert len(agreements) == 2, sectors
    assert not any("mining" in s for s in sectors), sectors


@pytest.mark.parametrize(
    "text",
    [
        "Les ministres du Pérou et du Chili ont adopté la Déclaration de Tacna. Selon la "
        "Déclaration de Tacna, les deux gouvernements « réaffirment leur volonté de faire de la "
        "frontière une zone de paix et de sécurité ».",
    ],
)
def test_a_text_cited_by_its_proper_title_is_the_one_read(text: str) -> None:
    agreements = read(text).agreements
    assert len(agreements) == 1, [(a.title, a.status, a.sectors) for a in agreements]
    assert agreements[0].status == "signed"


@pytest.mark.parametrize(
    "text",
    [
        "The Bank signed a Memorandum of Understanding between the Bank and the Government of "
        "Niger, signed by its President and the Minister of Finance, under which the Bank will "
        "consider up to US$1 billion of trade and export financing.",
        "La Banque a signé un mémorandum d'entente avec le Niger, signé par son président et le "
        "ministre des Finances, aux termes duquel la Banque financera le commerce et les "
        "exportations du pays.",
    ],
)
def test_what_a_text_lets_be_done_past_its_signers_is_its_content(text: str) -> None:
    agreements = read(text).agreements
    assert len(agreements) == 1
    assert "trade" in agreements[0].sectors, agreements[0].sectors


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Under a second agreement, Dubai-based retailer Nahar Group International committed "
            "to build a food park in Kenya.",
            "Nahar Group International",
        ),
        (
            "Dans le cadre d'un second accord, le détaillant Nahar Group International s'est "
            "engagé à construire un parc agroalimentaire au Kenya.",
            "Nahar Group International",
        ),
    ],
)
def test_a_retailer_named_by_its_trade_is_a_party(text: str, company: str) -> None:
    assert company in read(text).parties
