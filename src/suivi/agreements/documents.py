"""A signed text or annex uploaded on an agreement's page, kept out of any public folder.

The file is stored under the data folder's media (never served as /media/); the only way
back to it is the scoped download `/agreements/documents/<id>/`. A file is accepted when its
name's extension and its first bytes agree on one of the formats ministries exchange.
"""

from __future__ import annotations

from pathlib import PurePath

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from suivi.access.permissions import requires
from suivi.access.scope import can_read, editable_or_refused
from suivi.agreements.models import Agreement, Document
from suivi.parties.fields import PartyField
from suivi.sources.forms import MAX_UPLOAD_BYTES

ZIP, OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"
# extension -> the first bytes its files start with (None: plain text, checked apart)
FORMATS: dict[str, tuple[bytes, ...] | None] = {
    ".pdf": (b"%PDF-",),
    ".docx": (ZIP,),
    ".odt": (ZIP,),
    ".xlsx": (ZIP,),
    ".doc": (OLE,),
    ".rtf": (b"{\\rtf",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".txt": None,
}


def kind_error(upload) -> str | None:
    """Why `upload` is refused (unknown format, content not matching its name), or None."""
    extension = PurePath(upload.name or "").suffix.lower()
    if extension not in FORMATS:
        return _("Format refusé : PDF, Word, OpenDocument, RTF, texte ou image seulement.")
    head = upload.read(2048)
    upload.seek(0)
    starts = FORMATS[extension]
    if starts is None:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            if error.start < len(head) - 4:  # a character cut at the 2,048th byte is fine
                return _("Ce fichier texte n'est pas en UTF-8.")
        return _("Ce fichier texte contient des données binaires.") if b"\x00" in head else None
    if not head.startswith(starts):
        return _("Le contenu du fichier ne correspond pas à son extension (%(ext)s).") % {
            "ext": extension
        }
    return None


class DocumentForm(forms.ModelForm):
    """A document attached to the agreement on the instance; as confidential as chosen."""

    restricted_to = PartyField(label=gettext_lazy("Réservé à la partie"), required=False)

    class Meta:
        model = Document
        fields = ["title", "file", "confidentiality", "restricted_to"]

    def __init__(self, *args, user=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["restricted_to"].setup(user, first=self.instance.agreement.parties.all())

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return upload
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Le fichier dépasse 20 Mo."))
        error = kind_error(upload)
        if error:
            raise forms.ValidationError(error)
        return upload


@requires("register.edit")
def upload(request, pk: int):
    """Attach a file to an agreement the user may edit; a refused file saves nothing."""
    agreement = editable_or_refused(request.user, Agreement.objects.all(), pk=pk)
    document = Document(agreement=agreement)
    form = DocumentForm(
        request.POST or None, request.FILES or None, instance=document, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            saved = form.save()
            if not can_read(request.user, saved):
                transaction.set_rollback(True)
                form.add_error(
                    None, _("Ce document sortirait de votre périmètre : rien n'a été enregistré.")
                )
                saved = None
        if saved is not None:
            messages.success(request, _("Document déposé : %(title)s") % {"title": saved.title})
            return HttpResponseRedirect(reverse("agreements:detail", args=[pk]))
    context = {"form": form, "agreement": agreement}
    status = 400 if request.method == "POST" else 200
    return render(request, "agreements/document_form.html", context, status=status)
