"""Documents (signed texts, minutes, annexes) downloaded through the access scope.

Uploaded files are never served from a public /media/ route: the only way to a file is
this view, under the register's URLs where Document lives (the old /sources/documents/<id>/
answers a permanent redirect here). It finds the document through `visible()` and answers
404 for a document out of the user's scope or whose file is missing, as it does for one
that does not exist.
"""

from __future__ import annotations

import mimetypes
from pathlib import PurePosixPath

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from suivi.access.scope import visible
from suivi.agreements.models import Document


@require_safe
def download(request, pk: int) -> FileResponse:
    """Stream the document's file as an attachment, named after the stored file."""
    document = get_object_or_404(visible(request.user, Document.objects.all()), pk=pk)
    if not document.file:
        raise Http404
    try:
        handle = document.file.open("rb")
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        raise Http404 from None
    name = PurePosixPath(document.file.name).name
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    # An attachment is never rendered by the browser, so an uploaded HTML file runs no script.
    return FileResponse(handle, as_attachment=True, filename=name, content_type=content_type)
