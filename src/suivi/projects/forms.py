"""Project and milestone forms: agreements the user may see, money with its currency."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from suivi.agreements.fields import AgreementsField
from suivi.core.edit import RegisterForm
from suivi.core.sectors import sector_choices
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
        }

    def setup(self) -> None:
        self.fields["agreements"] = AgreementsField.replacing(self.fields["agreements"])
        self.fields["agreements"].setup(self.user)
        self.fields["restricted_to"].setup(self.user, first=self.commission_parties())
        self.fields["budget_amount"].widget.attrs.update(min=0, step="any")
        self.fields["budget_currency"].widget = forms.Select(choices=currency_choices())
        # The model's "ISO 4217 code" help is for those who type one; here they are listed.
        self.fields["budget_currency"].help_text = _(
            "Les devises courantes d'abord ; tapez le code (XOF, EUR…) pour aller à une autre."
        )
        self.fields["sectors"].choices = sector_choices()

    def commission_parties(self):
        """The parties of the commissions that follow the project's agreements, if any."""
        from suivi.parties.models import Party

        if not self.instance.pk:
            return None
        parties = Party.objects.filter(commissions__agreements__projects=self.instance)
        return parties.distinct() if parties.exists() else None


def currency_choices() -> list:
    """ISO 4217 currencies by their name in the page's language, the register's usual first."""
    import gettext

    import pycountry
    from django.utils.translation import get_language

    language = (get_language() or "fr")[:2]
    names = gettext.translation(
        "iso4217", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )

    def label(currency) -> str:
        return f"{currency.alpha_3} — {names.gettext(currency.name)}"

    usual = [pycountry.currencies.get(alpha_3=code) for code in COMMON_CURRENCIES]
    others = sorted(
        (c for c in pycountry.currencies if c.alpha_3 not in COMMON_CURRENCIES),
        key=lambda currency: currency.alpha_3,
    )
    return [
        ("", "—"),
        (_("Devises courantes"), [(c.alpha_3, label(c)) for c in usual]),
        (_("Toutes les devises"), [(c.alpha_3, label(c)) for c in others]),
    ]


class MilestoneForm(RegisterForm):
    class Meta:
        model = Milestone
        fields = ["title", "due", "done_on"]
