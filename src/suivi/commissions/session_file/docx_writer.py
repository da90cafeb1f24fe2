"""Write a session file as a Word document, the format ministries exchange."""

from __future__ import annotations

import dataclasses
import io

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from suivi.commissions.session_file.content import SessionFile
from suivi.core.bounds import clean_text


def _xml_safe(value):
    """`value` with every text cleared of what XML 1.0 forbids (python-docx would raise)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {key: _xml_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_xml_safe(item) for item in value)
    return value


def _table(document, header: list[str], rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def write_docx(content: SessionFile) -> bytes:
    """The file as DOCX bytes: cover page, agenda, projects, previous session, sources."""
    content = dataclasses.replace(
        content,
        **{f.name: _xml_safe(getattr(content, f.name)) for f in dataclasses.fields(content)},
    )
    labels = content.labels
    document = Document()
    document.core_properties.title = f"{labels['title']} — {content.cover[0]}"
    document.core_properties.language = content.lang
    document.styles["Normal"].font.size = Pt(11)

    document.add_heading(labels["title"], level=0)
    for line in content.cover:
        document.add_paragraph(line)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    document.add_heading(labels["agenda"], level=1)
    for title, body in content.agenda:
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(title).bold = True
        if body:
            paragraph.add_run("\n" + body)
    if not content.agenda:
        document.add_paragraph(labels["none"])

    document.add_heading(labels["projects"], level=1)
    header = [labels["agreement"], labels["project"], labels["status"], labels["milestones"]]
    if content.projects:
        _table(document, header, content.projects)
    else:  # a header over no row reads as a file cut short
        document.add_paragraph(labels["none"])

    document.add_heading(labels["previous"], level=1)
    document.add_heading(labels["decisions"], level=2)
    for text in content.previous_decisions or [labels["none"]]:
        document.add_paragraph(text, style="List Bullet" if content.previous_decisions else None)
    document.add_heading(labels["actions"], level=2)
    header = [labels["action"], labels["owner"], labels["due"], labels["status"]]
    if content.previous_actions:
        _table(document, header, content.previous_actions)
    else:  # a header over no row reads as a file cut short
        document.add_paragraph(labels["none"])

    document.add_heading(labels["sources"], level=1)
    for line in content.sources or [labels["none"]]:
        document.add_paragraph(line, style="List Number" if content.sources else None)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
