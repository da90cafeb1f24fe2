"""Document upload: a file, a pasted text or a saved HTML page, through the same ingest path."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from suivi.access.permissions import requires
from suivi.core.actor import acting_as
from suivi.sources import batch
from suivi.sources.forms import UploadForm


@requires("source.add")
def upload(request):
    """Read and ingest one document, then show its source (new or already known)."""
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload_file = form.cleaned_data.get("file")
        item = batch.Item(
            upload_file.name if upload_file else _("texte collé"), data=form.document()
        )
        with acting_as(request.user):
            summary = batch.run([item], url=form.cleaned_data.get("url") or "")
        if summary.failures:
            form.add_error(None, summary.failures[0][1])
        else:
            if summary.new_sources:
                total = sum(summary.claims.values())
                messages.success(
                    request,
                    _("Nouvelle source : %(n)s constats à relire.") % {"n": total},
                )
            else:
                messages.info(request, _("Ce texte est déjà connu : rien n'a été ajouté."))
            return redirect("sources:detail", summary.source_ids[0])
    status = 400 if request.method == "POST" else 200
    return render(request, "sources/upload.html", {"form": form}, status=status)
