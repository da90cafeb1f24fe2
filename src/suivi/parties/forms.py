"""The party's form: its kind by label, the state or ministry it belongs to picked by name."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from suivi.core.edit import RegisterForm
from suivi.parties.fields import PartyField
from suivi.parties.models import Party, Person, Role


class PartyForm(RegisterForm):
    parent = PartyField(label=_("Rattachée à"), required=False)

    class Meta:
        model = Party
        fields = ["kind", "code", "name_fr", "name_en", "name_ru", "parent"]

    def setup(self) -> None:
        self.fields["parent"].setup(self.user)


class PersonForm(RegisterForm):
    """A person; other spellings of the name one per line (transliterations, short forms)."""

    aliases = forms.CharField(
        label=_("Autres graphies"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Une par ligne."),
    )

    class Meta:
        model = Person
        fields = ["name", "aliases"]
        labels = {"name": pgettext_lazy("personne", "Nom")}

    def prepare_aliases(self) -> None:
        if isinstance(self.initial.get("aliases"), list):
            self.initial["aliases"] = "\n".join(self.initial["aliases"])

    def setup(self) -> None:
        self.prepare_aliases()

    def clean_aliases(self) -> list[str]:
        lines = (self.cleaned_data.get("aliases") or "").splitlines()
        return list(dict.fromkeys(line.strip() for line in lines if line.strip()))


class RoleForm(RegisterForm):
    """A position held for a party over a period; the party picked by name or code."""

    party = PartyField(label=_("Partie"))

    class Meta:
        model = Role
        fields = ["title", "party", "start", "end"]

    def setup(self) -> None:
        self.fields["party"].setup(self.user)
