"""The first stages: what a document is, its article text and its own metadata."""

from __future__ import annotations

import pytest

from suivi.reading import clean, formats, language, metadata
from suivi.reading.formats import ReadingError

CRAWL = """ date 2024-05 Coopération : le Niger et le Tchad signent un accord - exemple-news.ne

Accueil | Politique | Économie | Sport | Contact

Coopération : le Niger et le Tchad signent un accord

Publié le jeudi 16 mai 2024 | Par Aminata Issa

Partager : Facebook | Twitter | WhatsApp

Le Niger et le Tchad ont signé jeudi à Niamey un accord de coopération dans le domaine de \
l'élevage, au terme de deux jours de travaux entre les délégations des deux pays.

Les deux ministres ont salué la qualité des échanges et promis un suivi rapproché des décisions.

A.I

Lire aussi :
- Football : les Mena en stage à Niamey
- Météo : fortes chaleurs attendues

Commentaires (2)
Ali : très bien
"""


def document(text: str | bytes):
    source = formats.detect(text if isinstance(text, bytes) else text.encode())
    cleaned = clean.clean(source)
    return source, cleaned, metadata.extract(source, cleaned)


def test_crawl_header_gives_title_site_and_month():
    source, _, _ = document(CRAWL)
    assert source.kind == "crawl"
    assert source.crawl_month == "2024-05"
    assert source.crawl_title == "Coopération : le Niger et le Tchad signent un accord"


@pytest.mark.parametrize(
    "page",
    [
        "Le Bénin et le Togo signent un accord\n\nLe Bénin et le Togo ont signé lundi un accord.",
        "Publié le 3 mars 2025 | La Voix du Golfe\n\nLe Bénin et le Togo ont signé un accord.",
    ],
)
def test_an_outlet_of_several_words_is_the_publisher_not_part_of_the_title(page):
    # the page heads its article with the title alone, or names the outlet again
    head = " date 2025-03 Le Bénin et le Togo signent un accord - La Voix du Golfe\n\n"
    source, _, meta = document(head + page)
    assert (source.crawl_title, meta.publisher) == (
        "Le Bénin et le Togo signent un accord",
        "La Voix du Golfe",
    )


def test_a_dash_of_the_title_itself_stays_in_the_title():
    source, _, meta = document(
        " date 2025-03 Mali - Russie : trois accords signés\n\nLe Mali et la Russie ont signé "
        "trois accords à Moscou."
    )
    assert source.crawl_title == "Mali - Russie : trois accords signés"
    assert meta.publisher is None


def test_article_text_keeps_the_story_and_drops_the_page():
    _, cleaned, _ = document(CRAWL)
    assert cleaned.text.startswith("Le Niger et le Tchad ont signé")
    assert "promis un suivi rapproché" in cleaned.text
    for furniture in ("Accueil", "Partager", "Lire aussi", "Mena", "très bien", "A.I"):
        assert furniture not in cleaned.text


def test_byline_date_wins_over_the_crawl_month():
    _, _, doc = document(CRAWL)
    assert doc.published == "2024-05-16"
    assert doc.author == "Aminata Issa"
    assert doc.publisher == "exemple-news.ne"


def test_crawl_month_is_the_fallback_when_the_page_gives_no_date():
    text = CRAWL.replace(
        "Publié le jeudi 16 mai 2024 | Par Aminata Issa", "Mis à jour il y a 2 jours"
    )
    _, _, doc = document(text)
    assert doc.published == "2024-05"
    assert doc.author == "A.I"  # the signature line at the end


def test_communique_date_from_its_signature_line():
    text = (
        "COMMUNIQUÉ DE PRESSE\n\nLe Mali et le Niger renforcent leur coopération\n\n"
        "Le ministère des Affaires étrangères informe que le Mali et le Niger ont signé un accord "
        "de coopération dans le domaine de la santé publique et de la formation des agents.\n\n"
        "Niamey, mars 2023\n"
    )
    _, _, doc = document(text)
    assert doc.title == "Le Mali et le Niger renforcent leur coopération"
    assert doc.published == "2023-03"


def test_html_page_article_and_metadata():
    html = """<html><head><meta charset="utf-8"><title>Accord Mali-Sénégal - Le Journal</title>
    <meta property="og:site_name" content="Le Journal">
    <meta property="article:published_time" content="2021-03-06T10:00:00+00:00"></head>
    <body><nav><ul><li>Accueil</li><li>Politique</li></ul></nav>
    <article><h1>Accord Mali-Sénégal</h1><p>Le Sénégal et le Mali ont signé à Dakar onze accords
    de coopération au terme de la treizième session de leur grande commission mixte.</p>
    <p>Les deux ministres ont salué un moment historique pour leurs deux peuples voisins.</p>
    </article><div class="comments">Super article !</div></body></html>"""
    _, cleaned, doc = document(html.encode())
    assert "onze accords" in cleaned.text
    assert "Super article" not in cleaned.text
    assert doc.published == "2021-03-06"
    assert doc.publisher == "Le Journal"


def test_declared_html_encoding_is_honoured():
    html = (
        '<html><head><meta charset="windows-1252"></head>'
        "<body><p>Coopération à Bamako</p></body></html>"
    )
    source = formats.detect(html.encode("cp1252"))
    assert "Coopération à Bamako" in source.text


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Coopération à Bamako".encode("latin-1"), "not UTF-8"),
        (b'<html><meta charset="no-such-charset"><p>x</p></html>', "unknown encoding"),
    ],
)
def test_unreadable_input_is_a_one_line_error(data, why):
    with pytest.raises(ReadingError) as error:
        formats.detect(data)
    assert why in str(error.value)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le Mali et la Russie ont signé plusieurs accords de coopération à Moscou.", "fr"),
        ("Morocco and Mali signed five cooperation agreements in Rabat on Thursday.", "en"),
        ("Россия и Мали подписали соглашение о сотрудничестве в Москве.", "ru"),
        ("12 345 — 678", "fr"),
    ],
)
def test_language(text, code):
    assert language.detect(text) == code


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        (
            "Accra, May 14, 2024 - Ghana and Mali signed a memorandum on trade and transport.",
            "2024-05-14",
        ),
        (
            "Москва, 3 апреля 2025 года. По итогам переговоров стороны подписали соглашение.",
            "2025-04-03",
        ),
        ("Le Mali et le Ghana, le 5 mars 2023, ont signé un accord sur le commerce.", None),
    ],
)
def test_wire_dateline_dates_a_communique(opening, published):
    _, _, doc = document(opening + " " + "Les discussions ont porté sur la coopération. " * 3)
    assert doc.published == published


def test_a_file_named_html_is_html_even_as_a_fragment():
    fragment = b"Texte d'introduction <p>Le Mali et le Niger coop\xc3\xa8rent.</p>"
    assert formats.detect(fragment, "page.html").kind == "html"
    assert formats.detect(fragment, "page.txt").kind == "text"


def test_a_communique_opening_with_its_list_of_instruments_keeps_the_list():
    text = (
        "Joint communiqué on the visit of the Prime Minister of Niger to Mali\n\n"
        "Bamako, 12 March 2024\n\n"
        "At the end of the talks, the following instruments were signed:\n"
        "(i) Agreement on the mutual protection of investments;\n"
        "(ii) Memorandum of Understanding on cooperation in higher education.\n\n"
        "The two delegations welcomed the excellent state of relations between the two "
        "countries and agreed to meet again in Niamey next year.\n"
    )
    _, cleaned, doc = document(text)
    assert cleaned.text.startswith("At the end of the talks")
    assert "(ii) Memorandum of Understanding" in cleaned.text
    assert doc.title.startswith("Joint communiqué")
    assert doc.published == "2024-03-12"


def test_short_html_page_keeps_its_list_items_one_per_line():
    html = (
        "<html><body><article><h1>Trois accords</h1><p>Le Mali et le Niger ont signé mardi à "
        "Niamey trois accords dans les domaines suivants :</p><ul><li>l'énergie</li>"
        "<li>la santé</li></ul><p>Les deux ministres ont salué la qualité des relations.</p>"
        "</article></body></html>"
    )
    _, cleaned, _ = document(html.encode())
    lines = cleaned.text.splitlines()
    assert any(line.endswith("domaines suivants :") for line in lines)
    assert "- l'énergie" in lines and "- la santé" in lines


@pytest.mark.parametrize(
    "dated",
    [
        "Published on 3 March 2021",
        "Publié le mercredi 3 mars 2021",
        "Опубликовано 3 марта 2021 года",
    ],
)
def test_a_plain_text_title_is_its_heading_not_its_date_line(dated):
    heading = "Ghana and Togo open a joint border post at Aflao"
    body = (
        "The two governments opened a joint border post on Wednesday in the presence of ministers."
    )
    _, _, doc = document(f"{heading}\n\n{dated}\n\n{body}\n")
    assert doc.title == heading
    assert doc.published == "2021-03-03"
