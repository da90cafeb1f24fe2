"""A list of signed texts given as an HTML table (tenth draw, drawD20): a paragraph announces
the texts ("as follows:") and a table gives them, one a row. Invented pages, fr/en/ru."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _page(lead: str, announce: str, header: list[str], rows: list[list[str]], after: str) -> str:
    """A page long enough for trafilatura to find its article (a short one is flattened)."""
    head = "".join(f"<th>{cell}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        "<html><body><main><article>"
        f"<p>{lead}</p><p>{announce}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        f"<p>{after}</p><p>{after}</p></article></main></body></html>"
    )


PAGES = {
    "fr": _page(
        "Les ministres des Affaires étrangères du Ghana et du Togo ont clos lundi à Lomé la "
        "septième session de la commission mixte ghanéo-togolaise.",
        "Trois textes ont été signés par les ministres, ainsi qu'il suit :",
        ["N°", "Document", "Secteur"],
        [
            ["1", "Accord de coopération dans le domaine de la pêche", "Pêche"],
            ["2", "Mémorandum d'entente sur la santé publique", "Santé"],
            ["3", "Protocole de coopération dans le domaine de l'éducation de base", "Éducation"],
        ],
        "La prochaine session se tiendra à Accra, ont indiqué les deux délégations.",
    ),
    "en": _page(
        "The foreign ministers of Kenya and Uganda on Friday closed the ninth session of "
        "their joint permanent commission in Entebbe.",
        "The two sides signed three documents, listed below:",
        ["No.", "Instrument", "Area"],
        [
            ["1", "Agreement on cooperation in fisheries", "Fisheries"],
            ["2", "Memorandum of understanding on public health", "Health"],
            ["3", "Protocol on cooperation in basic education", "Education"],
        ],
        "The next session will be held in Nairobi, the ministers said in a joint statement.",
    ),
    "ru": _page(
        "Министры иностранных дел России и Ганы в пятницу завершили в Аккре заседание "
        "межправительственной комиссии двух стран.",
        "По итогам заседания были подписаны следующие документы:",
        ["№", "Документ", "Область"],
        [
            ["1", "Соглашение о сотрудничестве в области рыболовства", "Рыболовство"],
            ["2", "Меморандум о сотрудничестве в области здравоохранения", "Здравоохранение"],
            ["3", "Протокол о сотрудничестве в области образования", "Образование"],
        ],
        "Следующее заседание комиссии пройдет в Москве, сообщили участники.",
    ),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_texts_listed_in_a_table_are_read_one_a_row(language):
    reading = read(PAGES[language].encode(), "page.html")
    assert sorted(s for a in reading.agreements for s in a.sectors) == [
        "agriculture",
        "education",
        "health",
    ]
    assert {a.kind for a in reading.agreements} == {"agreement", "memorandum", "protocol"}


def test_a_table_of_figures_adds_no_text():
    """Every data table is read (clean._tables_as_rows); one of figures names no text."""
    page = _page(
        "Le Ghana et le Togo ont signé lundi à Lomé un accord de coopération dans le domaine "
        "de la pêche, selon un communiqué publié par les deux ministères de la pêche.",
        "Les échanges entre les deux pays ont crû de 4 % en un an, selon les douanes.",
        ["Année", "Échanges (millions de dollars)"],
        [["2022", "412"], ["2023", "428"]],
        "Les deux ministres se reverront en mars à Accra pour suivre la mise en oeuvre.",
    )
    reading = read(page.encode(), "page.html")
    assert [a.sectors for a in reading.agreements] == [["agriculture"]]
