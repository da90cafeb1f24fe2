"""Forms of the review queue and of the document upload."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from suivi.sources.facts import LIST_TYPES, SCHEMAS
from suivi.sources.models import ClaimKind, ClaimStatus

MAX_UPLOAD_BYTES = 20 * 1024 * 1024

LABELS = {
    "code": _("code"),
    "name": _("nom"),
    "role": _("fonction"),
    "party": _("partie"),
    "kind": _("nature"),
    "title": _("intitulé"),
    "parties": _("parties (codes séparés par des virgules)"),
    "sectors": _("secteurs (codes séparés par des virgules)"),
    "status": _("statut"),
    "date": _("date (AAAA-MM-JJ, AAAA-MM ou AAAA)"),
    "signatories": _("signataires (séparés par des virgules)"),
    "mandate": _("mandat"),
    "cadence_months": _("périodicité (mois)"),
    "body": _("organe"),
    "number": _("numéro"),
    "start": _("début"),
    "end": _("fin"),
    "place": _("lieu"),
    "text": _("texte"),
    "speaker": _("locuteur"),
}


class ClaimFilterForm(forms.Form):
    """The queue's filters: status, kind, and words of the source or facts."""

    status = forms.ChoiceField(
        label=_("Statut"), required=False, choices=[("", _("tous")), *ClaimStatus.choices]
    )
    kind = forms.ChoiceField(
        label=_("Nature"), required=False, choices=[("", _("toutes")), *ClaimKind.choices]
    )
    q = forms.CharField(label=_("Rechercher"), required=False)


class FactsForm(forms.Form):
    """The facts of one claim, one field each, to edit before accepting."""

    def __init__(self, kind: str, *args, initial_facts: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        for name, kind_of in SCHEMAS[kind].items():
            value = (initial_facts or {}).get(name)
            if kind_of in LIST_TYPES:
                value = ", ".join(value or [])
            widget = forms.Textarea(attrs={"rows": 3}) if kind_of == "text" else None
            self.fields[name] = forms.CharField(
                label=LABELS.get(name, name), required=False, initial=value, widget=widget
            )

    def facts(self) -> dict:
        """The edited facts, raw; `facts.clean` checks them when the claim is accepted."""
        return {name: self.cleaned_data.get(name) or None for name in self.fields}


class MergeForm(forms.Form):
    record_id = forms.IntegerField(label=_("Numéro de l'enregistrement"), min_value=1)


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Motif du rejet"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )


class UploadForm(forms.Form):
    """A document to ingest: a file, a pasted text, or a saved HTML page with its address."""

    file = forms.FileField(label=_("Fichier (.txt, .html)"), required=False)
    text = forms.CharField(label=_("Ou texte collé"), required=False, widget=forms.Textarea)
    url = forms.URLField(
        label=_("Adresse d'origine (facultatif)"), required=False, assume_scheme="https"
    )

    def clean(self):
        data = super().clean()
        has_file, has_text = bool(data.get("file")), bool((data.get("text") or "").strip())
        if has_file == has_text:
            raise forms.ValidationError(_("Donnez un fichier ou un texte, pas les deux ni aucun."))
        upload = data.get("file")
        if upload and upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Le fichier dépasse 20 Mo."))
        return data

    def document(self) -> bytes | str:
        upload = self.cleaned_data.get("file")
        return upload.read() if upload else self.cleaned_data["text"]


class DocumentForm(forms.ModelForm):
    """A file attached to one agreement, project or session (the API's upload validates here)."""

    class Meta:
        from suivi.sources.models import Document

        model = Document
        fields = ["title", "file", "agreement", "project", "session", "confidentiality"]

    def __init__(self, *args, user=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        from suivi.access.scope import editable

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
