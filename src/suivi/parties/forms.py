"""The party's form: its kind by label, the state or ministry it belongs to picked by name."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from suivi.core.edit import RegisterForm
from suivi.parties.fields import PartyField
from suivi.parties.models import Party


class PartyForm(RegisterForm):
    parent = PartyField(label=_("Rattachée à"), required=False)

    class Meta:
        model = Party
        fields = ["kind", "code", "name_fr", "name_en", "name_ru", "parent"]

    def setup(self) -> None:
        self.fields["parent"].setup(self.user)
