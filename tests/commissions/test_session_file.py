"""The session file opens as Word and PDF in each language, with the agenda and the project table."""

import io
import re

import docx
import pypdfium2
import pytest
from django.utils import translation

from suivi.commissions.agenda_text import with_texts
from suivi.commissions.models import Decision
from suivi.commissions.session_file.render import render_session_file
from suivi.sources.models import Claim, Source

LANGUAGES = ["fr", "en", "ru"]
FRAMEWORK = {
    "fr": "Accord-cadre de coopération",
    "en": "Framework cooperation agreement",
    "ru": "Рамочное соглашение о сотрудничестве",
}


def agenda_titles(session, lang: str) -> list[str]:
    """The agenda's titles as a reader of `lang` sees them."""
    with translation.override(lang):
        return [text.title for _item, text in with_texts(session.agenda.all())]


@pytest.fixture
def decided(cycle):
    decision = Decision.objects.create(session=cycle["first"], text="Créer un groupe de travail.")
    decision.agreements.add(cycle["framework"])
    source = Source.objects.create(
        title="Lancement des travaux à Sanankoroba", publisher="L'Essor", text="La centrale..."
    )
    Claim.objects.create(source=source, kind="agreement", status="accepted", record=cycle["solar"])
    return decision


@pytest.mark.parametrize("lang", LANGUAGES)
def test_docx_holds_the_agenda_and_the_project_table(second, decided, admin_user, lang):
    document = docx.Document(io.BytesIO(render_session_file(second, admin_user, "docx", lang)))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    for title in agenda_titles(second, lang):
        assert title in paragraphs
    assert "Créer un groupe de travail." in paragraphs
    assert "Lancement des travaux à Sanankoroba — L'Essor" in paragraphs  # the sources annex
    projects, actions = document.tables
    rows = [[cell.text for cell in row.cells] for row in projects.rows]
    assert [FRAMEWORK[lang], "Centrale solaire de Sanankoroba"] in [row[:2] for row in rows]
    assert any("Choix du site" in row[3] for row in rows)
    action_titles = [row.cells[0].text for row in actions.rows[1:]]
    assert "Transmettre le projet d'accord sur la formation" in action_titles


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_renders_with_the_agenda_and_the_project_table(second, decided, admin_user, lang):
    pdf = pypdfium2.PdfDocument(render_session_file(second, admin_user, "pdf", lang))
    assert len(pdf) >= 2  # a cover page, then the body
    text = ""
    for page in pdf:
        image = page.render(scale=0.5).to_pil()
        assert image.width > 0 and image.getextrema() != ((255, 255), (255, 255), (255, 255))
        text += page.get_textpage().get_text_range()
    flat = " ".join(text.split())
    assert "Commission mixte Mali-Russie" in pdf[0].get_textpage().get_text_range()
    assert "Centrale solaire de Sanankoroba" in flat
    assert FRAMEWORK[lang] in flat
    assert "Transmettre le projet d'accord sur la formation" in flat
    assert "Lancement des travaux à Sanankoroba" in flat
    for title in agenda_titles(second, lang):
        assert " ".join(title.split()) in flat


@pytest.mark.parametrize(
    "lang, words",
    [
        ("fr", "Action de la session 1"),
        ("en", "Action from session 1"),
        ("ru", "Поручение заседания № 1"),
    ],
)
def test_the_agenda_speaks_the_files_language(second, decided, admin_user, lang, words):
    document = docx.Document(io.BytesIO(render_session_file(second, admin_user, "docx", lang)))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert words in paragraphs
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", paragraphs)  # dates through the locale


def test_pdf_columns_are_wide_enough_for_their_longest_word():
    """«Реализуется» in a narrow status column was cut into «Реализует ся»."""
    from reportlab.pdfbase import pdfmetrics

    from suivi.commissions.session_file import pdf_writer

    pdf_writer._register_fonts()
    style = pdf_writer._styles()["cell"]
    rows = [("Соглашение", "Проект", "Реализуется", "—")]
    widths = pdf_writer._fitted([150.0, 150.0, 40.0, 140.0], rows, style)
    need = pdfmetrics.stringWidth("Реализуется", pdf_writer.BOLD, style.fontSize)
    assert widths[2] >= need + pdf_writer.CELL_PADDING
    assert sum(widths) == 480.0


@pytest.mark.parametrize("lang, none", [("fr", "Néant."), ("ru", "Нет.")])
def test_a_section_with_nothing_to_list_says_so_rather_than_an_empty_table(admin_user, lang, none):
    from suivi.commissions.models import Commission, Session

    commission = Commission.objects.create(name="Commission sans projets")
    session = Session.objects.create(commission=commission, number=1)
    document = docx.Document(io.BytesIO(render_session_file(session, admin_user, "docx", lang)))
    assert document.tables == []  # no header over no row (projects, previous actions)
    lines = [p.text for p in document.paragraphs]
    assert lines.count(none) >= 4  # agenda, projects, decisions, actions (and sources)
    pdf = pypdfium2.PdfDocument(render_session_file(session, admin_user, "pdf", lang))
    text = "".join(page.get_textpage().get_text_range() for page in pdf)
    assert text.count(none) >= 4


def test_russian_dates_hold_their_year_mark_with_a_non_breaking_space(second, decided, admin_user):
    document = docx.Document(io.BytesIO(render_session_file(second, admin_user, "docx", "ru")))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for table in document.tables for row in table.rows for c in row.cells)
    assert re.search(r"\d{4}\u00a0г\.", text + cells)
    assert not re.search(r"\d{4}[ \n]г\.", text + cells)
