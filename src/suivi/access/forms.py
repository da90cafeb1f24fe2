"""The audit log's filter form."""

from __future__ import annotations

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from suivi.access.audit import AuditFilter, change_tables
from suivi.core.search import fold


class AuditFilterForm(forms.Form):
    username = forms.CharField(label=_("Utilisateur"), required=False, max_length=150)
    since = forms.DateField(
        label=_("Depuis le"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("Jusqu'au"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    kind = forms.ChoiceField(label=_("Nature de l'enregistrement"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # capfirst, not str.capitalize(): that lowercased the rest ("Jetons d'api", "Api-токены");
        # sorted by the name shown, the order a reader scans the list in.
        kinds = sorted(
            (
                (label, capfirst(str(table.instance_type._meta.verbose_name_plural)))
                for label, table in change_tables().items()
            ),
            key=lambda kind: fold(kind[1]),  # "Étapes" among the E's
        )
        self.fields["kind"].choices = [("", _("Toutes")), *kinds]

    def clean(self):
        data = super().clean()
        since, until = data.get("since"), data.get("until")
        if since and until and until < since:
            raise forms.ValidationError(_("La fin de la période précède son début."))
        return data

    def audit_filter(self) -> AuditFilter:
        data = self.cleaned_data
        return AuditFilter(
            username=data.get("username", "").strip(),
            since=data.get("since"),
            until=data.get("until"),
            kind=data.get("kind", ""),
        )
