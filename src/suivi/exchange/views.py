"""Downloads of the register as CSV, XLSX and IATI, from list pages and commission pages.

A list page's export holds the rows its filters select (the view's own queryset), so what
the user downloads is what the user sees, all pages included.
"""

from __future__ import annotations

import itertools
import tempfile

from django.conf import settings
from django.http import FileResponse, Http404, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from suivi.access.scope import visible
from suivi.exchange import exports, iati, tabular
from suivi.exchange.tables import TABLES

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xml": "application/xml",
}
# Spooled to memory up to this size, then to disk: an XLSX is written whole before it is sent.
SPOOL_BYTES = 8 * 1024 * 1024


def _filename(table_name: str, extension: str) -> str:
    return f"suivi-{table_name}-{timezone.localdate():%Y%m%d}.{extension}"


def file_language(request) -> str:
    """The language of a downloaded file: `?lang=` when it names one, else the page's."""
    asked = request.GET.get("lang", "")
    if asked in dict(settings.LANGUAGES):
        return asked
    return (translation.get_language() or settings.LANGUAGE_CODE)[:2]


def export_response(request, table_name: str, kind: str, queryset=None, commission=None):
    """The download of one table (or IATI activities) for the requesting user."""
    user = request.user
    language = file_language(request)
    if kind == "csv":
        table = TABLES[table_name]
        rows = table.cells(exports.rows(table, user, commission, queryset), user)
        lines = tabular.speaking(language, tabular.csv_lines(table, rows))
        response = StreamingHttpResponse(
            itertools.chain(("\ufeff",), lines), content_type=FORMATS["csv"]
        )
        extension = "csv"
    else:
        # FileResponse closes the spool once it is sent.
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
        reporter = iati.Reporter.from_settings(request.build_absolute_uri("/"))
        with translation.override(language):
            exports.write(
                kind, spool, user, table_name, commission, queryset=queryset, reporter=reporter
            )
        extension = "xlsx" if kind == "xlsx" else "xml"
        spool.seek(0)
        response = FileResponse(spool, content_type=FORMATS[extension])
    response["Content-Disposition"] = f'attachment; filename="{_filename(table_name, extension)}"'
    return response


class ExportableListMixin:
    """`?export=csv|xlsx` (and `iati` for projects) on a list page downloads its filtered rows."""

    export_table: str = ""
    export_formats = ("csv", "xlsx")

    def get(self, request, *args, **kwargs):
        kind = request.GET.get("export")
        if kind:
            if kind not in self.export_formats:
                raise Http404(_("Format d'export inconnu."))
            return export_response(request, self.export_table, kind, self.get_queryset())
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        context["export_links"] = []
        for kind in self.export_formats:
            query["export"] = kind
            context["export_links"].append((EXPORT_LABELS[kind], f"?{query.urlencode()}"))
        return context


EXPORT_LABELS = {"csv": _("CSV"), "xlsx": _("Excel (XLSX)"), "iati": _("IATI (XML)")}


def commission_export(request, commission_id: int, table_name: str, kind: str):
    """A commission's decisions, actions, projects or agreements (or its IATI activities)."""
    from suivi.commissions.models import Commission

    if not visible(request.user, Commission.objects.filter(pk=commission_id)).exists():
        raise Http404
    if table_name not in TABLES or kind not in ("csv", "xlsx", "iati"):
        raise Http404
    if kind == "iati" and table_name != "projects":
        raise Http404
    return export_response(request, table_name, kind, commission=commission_id)
