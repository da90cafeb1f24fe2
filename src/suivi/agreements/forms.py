"""The agreement's form: kinds and statuses by their labels, parties grouped, sectors ticked."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from suivi.access.scope import editable
from suivi.agreements.models import Agreement, Document
from suivi.core.edit import RegisterForm
from suivi.core.sectors import sector_choices
from suivi.parties.fields import PartiesField, PartyField
from suivi.sources.forms import MAX_UPLOAD_BYTES


class AgreementForm(RegisterForm):
    parties = PartiesField(label=_("Parties"))
    restricted_to = PartyField(label=_("Réservé à la partie"), required=False)

    class Meta:
        model = Agreement
        fields = [
            "kind",
            "title_fr",
            "title_en",
            "title_ru",
            "parties",
            "sectors",
            "status",
            "place",
            "announced_on",
            "initialled_on",
            "signed_on",
            "ratified_on",
            "in_force_on",
            "ended_on",
            "summary",
            "confidentiality",
            "restricted_to",
        ]
        widgets = {
            "sectors": forms.CheckboxSelectMultiple(attrs={"class": "ticks"}),
            "summary": forms.Textarea(attrs={"rows": 4}),
        }

    def setup(self) -> None:
        self.fields["parties"].setup(self.user)
        self.fields["restricted_to"].setup(self.user)
        self.fields["sectors"].choices = sector_choices()


class AttachedDocumentForm(forms.ModelForm):
    """A file attached to one agreement, project or session (the API's upload validates here)."""

    class Meta:
        model = Document
        fields = ["title", "file", "agreement", "project", "session", "confidentiality"]

    def __init__(self, *args, user=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("agreement", "project", "session"):
            field = self.fields[name]
            field.queryset = editable(user, field.queryset.model._default_manager.all())

    def clean(self):
        data = super().clean()
        attached = [name for name in ("agreement", "project", "session") if data.get(name)]
        if len(attached) != 1:
            raise forms.ValidationError(
                _("Rattachez le document à un accord, un projet ou une session, et à un seul.")
            )
        upload = data.get("file")
        if upload and upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Le fichier dépasse 20 Mo."))
        return data
