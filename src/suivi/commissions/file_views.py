"""The session file download behind the session page's button."""

from __future__ import annotations

from django.http import HttpResponse
from django.utils.translation import gettext as _

from suivi.commissions.session_file.content import FORMATS, LANGUAGES
from suivi.commissions.session_file.render import CONTENT_TYPES, file_name, render_session_file
from suivi.commissions.session_views import visible_session


def session_file(request, pk: int, number: int):
    session = visible_session(request.user, pk, number)
    fmt = request.GET.get("format", "docx")
    lang = request.GET.get("lang", "fr")
    if fmt not in FORMATS or lang not in LANGUAGES:
        message = _("Format (docx, pdf) ou langue (fr, en, ru) inconnus.")
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    body = render_session_file(session, request.user, fmt, lang)
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{file_name(session, fmt, lang)}"'
    return response
