"""The agreement's form: kinds and statuses by their labels, parties grouped, sectors ticked."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from suivi.agreements.models import Agreement
from suivi.core.edit import RegisterForm
from suivi.core.sectors import sector_choices
from suivi.parties.fields import PartiesField, PartyField


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
