"""One entry point for the page, the API and the CLI: a session file as bytes in a format."""

from __future__ import annotations

from suivi.commissions.models import Session
from suivi.commissions.session_file.content import FORMATS, LANGUAGES, gather

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def render_session_file(session: Session, user, fmt: str, lang: str) -> bytes:
    """The session file of `session` as `user` may see it; raises ValueError on a bad format or language."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    content = gather(session, user, lang)
    if fmt == "docx":
        from suivi.commissions.session_file.docx_writer import write_docx

        return write_docx(content)
    from suivi.commissions.session_file.pdf_writer import write_pdf

    return write_pdf(content)


def file_name(session: Session, fmt: str, lang: str) -> str:
    return f"session-{session.commission_id}-{session.number}-{lang}.{fmt}"
