"""Forms of the review queue and of the document upload."""

from __future__ import annotations

import re
from datetime import date

from django import forms
from django.urls import reverse
from django.utils import formats
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from suivi.core.suggest import SOURCES
from suivi.sources.facts import LIST_TYPES, READING_STATUSES, SCHEMAS
from suivi.sources.models import ClaimKind, claim_status_choices

MAX_UPLOAD_BYTES = 20 * 1024 * 1024

LABELS = {
    "code": _("code"),
    "name": _("nom"),
    "role": _("fonction"),
    "party": _("partie"),
    "kind": _("nature"),
    "title": _("intitulé"),
    "parties": _("parties"),
    "sectors": _("secteurs"),
    "status": _("statut"),
    "date": _("date"),
    "signatories": _("signataires"),
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
        label=_("Statut"), required=False, choices=[("", _("tous")), *claim_status_choices()]
    )
    kind = forms.ChoiceField(
        label=_("Nature"), required=False, choices=[("", _("toutes")), *ClaimKind.choices]
    )
    q = forms.CharField(label=_("Rechercher"), required=False)


class FactDateField(forms.CharField):
    """A fact's date: a day (typed as the page's language writes it, or ISO), a month, a year.

    Cleans to the facts' own form (AAAA-MM-JJ, AAAA-MM or AAAA); an impossible day such as
    31/02 is a form error.
    """

    MONTH = re.compile(r"^(\d{1,2})[/.](\d{4})$")

    def prepare_value(self, value):
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            try:
                return formats.date_format(date.fromisoformat(value), "SHORT_DATE_FORMAT")
            except ValueError:
                return value
        if isinstance(value, str) and len(value) == 7 and value[4] == "-":
            return f"{value[5:]}/{value[:4]}"
        return value

    def clean(self, value):
        text = (super().clean(value) or "").strip()
        if not text or re.fullmatch(r"\d{4}(-\d{2})?", text):
            return text or None
        month = self.MONTH.match(text)
        if month and 1 <= int(month[1]) <= 12:
            return f"{month[2]}-{int(month[1]):02d}"
        day = forms.DateField(required=False).clean(text)
        return day.isoformat() if day else None


# Free-text facts that name a record: suggestions from the register, any text accepted.
SUGGESTED = {
    ("person", "name"): "people",
    ("quote", "speaker"): "people",
    ("body", "name"): "commissions",
    ("session", "body"): "commissions",
}


def fact_field(kind: str, name: str, kind_of: str, user, value) -> forms.Field:
    """The form field of one fact: labels for codes, boxes for sectors, pickers for parties."""
    from suivi.core.sectors import sector_choices
    from suivi.core.vocabularies import AgreementKind, AgreementStatus
    from suivi.core.widgets import SuggestInput
    from suivi.parties.fields import PartiesField, PartyField, usual_parties
    from suivi.parties.models import Party

    label = capfirst(LABELS.get(name, name))  # a form's labels start with a capital
    if kind_of == "agreement_kind":
        return forms.ChoiceField(label=label, choices=[("", "—"), *AgreementKind.choices])
    if kind_of == "agreement_status":
        labels = dict(AgreementStatus.choices)
        choices = [("", "—"), *((code, labels[code]) for code in READING_STATUSES)]
        return forms.ChoiceField(label=label, choices=choices, required=False)
    if kind_of == "sectors":
        return forms.MultipleChoiceField(
            label=label,
            required=False,
            choices=sector_choices(),
            widget=forms.CheckboxSelectMultiple(attrs={"class": "ticks"}),
        )
    if kind_of == "codes":
        field = PartiesField(label=label, keep_unknown=True, required=False)
        named = Party.objects.filter(code__in=value or [])
        field.setup(user, first=(usual_parties(user) | named).distinct())
        return field
    if name == "party":
        field = PartyField(label=label, required=False)
        field.setup(user)
        return field
    if kind_of == "date":
        return FactDateField(
            label=label, required=False, help_text=_("Un jour, un mois (06/2025) ou une année.")
        )
    if kind_of == "int":
        return forms.IntegerField(label=label, required=False, min_value=1)
    if kind_of == "names":
        return forms.CharField(
            label=label, required=False, help_text=_("Séparés par des virgules.")
        )
    widget = forms.Textarea(attrs={"rows": 3}) if kind_of == "text" else None
    if (kind, name) in SUGGESTED:
        widget = SuggestInput(SUGGESTED[kind, name])
    return forms.CharField(label=label, required=False, widget=widget)


class FactsForm(forms.Form):
    """The facts of one claim, each with the widget that fits it, to edit before accepting."""

    def __init__(self, kind: str, *args, initial_facts: dict | None = None, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        for name, kind_of in SCHEMAS[kind].items():
            value = (initial_facts or {}).get(name)
            self.fields[name] = fact_field(kind, name, kind_of, user, value)
            if kind_of == "names":
                value = ", ".join(value or [])
            self.fields[name].initial = value

    def facts(self) -> dict:
        """The edited facts in their stored shape; `facts.clean` checks them on acceptance."""
        facts = {}
        for name, kind_of in SCHEMAS[self.kind].items():
            value = self.cleaned_data.get(name)
            if hasattr(value, "code"):
                value = value.code
            if kind_of in LIST_TYPES:
                value = list(value or [])
            facts[name] = (
                value if value not in ("", None) else ([] if kind_of in LIST_TYPES else None)
            )
        return facts


class MergeForm(forms.Form):
    """The record to merge into, found by its name (the candidates the matcher saw offered)."""

    q = forms.CharField(label=_("Rechercher par le nom"), required=False, max_length=200)
    record_id = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, claim=None, user=None, candidates=(), **kwargs):
        super().__init__(*args, **kwargs)
        from suivi.core.suggest import source_of
        from suivi.sources.review import record_model

        self.user = user
        model = record_model(claim.kind) if claim is not None else None
        self.source = source_of(model) if model is not None else None
        self.matches = list(candidates)
        if self.source is not None:
            of = next(key for key, value in SOURCES.items() if value is self.source)
            self.fields["q"].widget.attrs.update(
                {
                    "type": "search",
                    "autocomplete": "off",
                    "hx-get": f"{reverse('suggest')}?of={of}&format=radio&name=record_id",
                    "hx-trigger": "input changed delay:250ms, search",
                    "hx-target": "#merge-found",
                    "hx-sync": "this:replace",
                }
            )

    def clean(self) -> dict:
        data = super().clean()
        if self.source is None:
            raise forms.ValidationError(_("Ce constat ne se fusionne pas."))
        records = self.source.queryset(self.user)
        chosen = self.data.get("record_id")
        if data.get("record_id"):
            record = records.filter(pk=data["record_id"]).first()
            if record is None:
                raise forms.ValidationError(_("Choisissez l'enregistrement."))
            data["record"] = record
            return data
        found = self.source.search(self.user, data.get("q") or "") if data.get("q") else []
        if len(found) == 1 and not chosen:
            data["record"] = found[0]
            return data
        self.matches = found
        raise forms.ValidationError(_("Choisissez l'enregistrement."))


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
