"""Project and milestone forms: agreements the user may see, money with its currency."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from suivi.access.scope import visible
from suivi.agreements.models import Agreement
from suivi.core.edit import RegisterForm
from suivi.parties.fields import PartyField
from suivi.projects.models import Milestone, Project

# The currencies the register's projects are budgeted in, offered first; any ISO code is valid.
COMMON_CURRENCIES = ["XOF", "XAF", "EUR", "USD", "RUB", "CNY", "GNF", "MAD", "DZD", "NGN"]


class ProjectForm(RegisterForm):
    restricted_to = PartyField(label=_("Réservé à la partie"), required=False)

    class Meta:
        model = Project
        fields = [
            "title",
            "description",
            "agreements",
            "sectors",
            "status",
            "budget_amount",
            "budget_currency",
            "start",
            "end",
            "confidentiality",
            "restricted_to",
        ]
        widgets = {
            "sectors": forms.CheckboxSelectMultiple(attrs={"class": "ticks"}),
            "description": forms.Textarea(attrs={"rows": 4}),
            "budget_currency": forms.TextInput(
                attrs={
                    "list": "currencies",
                    "size": 4,
                    "maxlength": 3,
                    "autocapitalize": "characters",
                }
            ),
        }

    def setup(self) -> None:
        self.fields["agreements"].queryset = visible(self.user, Agreement.objects.all())
        self.fields["restricted_to"].setup(self.user)
        self.fields["budget_amount"].widget.attrs.update(min=0, step="any")
        self.currencies = COMMON_CURRENCIES


class MilestoneForm(RegisterForm):
    class Meta:
        model = Milestone
        fields = ["title", "due", "done_on"]
