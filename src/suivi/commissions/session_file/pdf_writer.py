"""Write a session file as PDF with reportlab, embedding DejaVu Sans for accents and Cyrillic.

reportlab's built-in fonts have no Cyrillic, so the package ships DejaVu Sans
(free licence, fonts/LICENSE-DejaVu.txt) rather than rely on the machine's fonts.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    ListFlowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from suivi.commissions.session_file.content import SessionFile

FONTS = Path(__file__).resolve().parent.parent / "fonts"
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"


def _register_fonts() -> None:
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13)
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=22, leading=28),
        "cover": ParagraphStyle("cover", parent=body, fontSize=13, leading=20),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=BOLD, fontSize=15, leading=20, spaceBefore=12, spaceAfter=6
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4
        ),
    }


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


# Table cells have 6 points of padding on each side.
CELL_PADDING = 12


def _fitted(widths: list[float], rows: list, style: ParagraphStyle) -> list[float]:
    """Column widths where no column is narrower than its longest word.

    reportlab cuts a word that does not fit ("Реализует" / "ся"); a column too narrow for
    one of its words takes the room from the widest column instead.
    """
    widths = list(widths)
    for column in range(len(widths)):
        words = [word for row in rows for word in str(row[column]).split()]
        # Measured in bold, the wider of the two faces, as headers are bold.
        longest = max(
            (pdfmetrics.stringWidth(word, BOLD, style.fontSize) for word in words), default=0
        )
        need = longest + CELL_PADDING
        if widths[column] < need:
            widest = max(range(len(widths)), key=lambda i: widths[i])
            if widest != column:
                widths[widest] -= need - widths[column]
                widths[column] = need
    return widths


def _table(header: list[str], rows: list[tuple[str, ...]], style: ParagraphStyle, widths) -> Table:
    data = [[Paragraph(f"<b>{_text(text)}</b>", style) for text in header]]
    data += [[Paragraph(_text(text), style) for text in row] for row in rows]
    widths = _fitted(widths, [tuple(header), *rows], style)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _numbered(lines: list[Paragraph], bullet: str = "1") -> ListFlowable:
    return ListFlowable(lines, bulletType=bullet, bulletFontName=REGULAR, bulletFontSize=10)


def write_pdf(content: SessionFile) -> bytes:
    """The file as PDF bytes, same sections as the Word file."""
    _register_fonts()
    styles, labels = _styles(), content.labels
    width = A4[0] - 4 * cm
    story: list = [Spacer(1, 5 * cm), Paragraph(_text(labels["title"]), styles["title"])]
    story += [Spacer(1, 1 * cm)]
    story += [Paragraph(_text(line), styles["cover"]) for line in content.cover]
    story.append(PageBreak())

    story.append(Paragraph(_text(labels["agenda"]), styles["h1"]))
    items = [
        Paragraph(
            f"<b>{_text(title)}</b>" + (f"<br/>{_text(body)}" if body else ""), styles["body"]
        )
        for title, body in content.agenda
    ]
    story.append(_numbered(items) if items else Paragraph(_text(labels["none"]), styles["body"]))

    story.append(Paragraph(_text(labels["projects"]), styles["h1"]))
    header = [labels["agreement"], labels["project"], labels["status"], labels["milestones"]]
    widths = [width * 0.25, width * 0.3, width * 0.13, width * 0.32]
    story.append(
        _table(header, content.projects, styles["cell"], widths)
        if content.projects
        else Paragraph(_text(labels["none"]), styles["body"])  # no header over no row
    )

    story.append(Paragraph(_text(labels["previous"]), styles["h1"]))
    story.append(Paragraph(_text(labels["decisions"]), styles["h2"]))
    decisions = [Paragraph(_text(text), styles["body"]) for text in content.previous_decisions]
    story.append(
        _numbered(decisions) if decisions else Paragraph(_text(labels["none"]), styles["body"])
    )
    story.append(Paragraph(_text(labels["actions"]), styles["h2"]))
    header = [labels["action"], labels["owner"], labels["due"], labels["status"]]
    widths = [width * 0.45, width * 0.25, width * 0.13, width * 0.17]
    story.append(
        _table(header, content.previous_actions, styles["cell"], widths)
        if content.previous_actions
        else Paragraph(_text(labels["none"]), styles["body"])  # no header over no row
    )

    story.append(Paragraph(_text(labels["sources"]), styles["h1"]))
    sources = [Paragraph(_text(line), styles["body"]) for line in content.sources]
    story.append(
        _numbered(sources) if sources else Paragraph(_text(labels["none"]), styles["body"])
    )

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=f"{labels['title']} — {content.cover[0]}",
        lang=content.lang,
    )
    document.build(story)
    return buffer.getvalue()
