"""Party pickers: typed by name or code with suggestions, the commission's parties first."""

from __future__ import annotations

from django.db.models import QuerySet

from suivi.core.widgets import SuggestField, SuggestManyField


def usual_parties(user) -> QuerySet:
    """The parties of the register's records the user may see, A–Z in the page's language."""
    from suivi.access.scope import visible
    from suivi.parties.choices import active_condition, register_order
    from suivi.parties.models import Party

    return register_order(user, visible(user, Party.objects.all()).filter(active_condition(user)))


class PartiesField(SuggestManyField):
    """Several parties: the usual ones as boxes to tick, any other found by name or code."""

    def __init__(self, **kwargs) -> None:
        super().__init__("parties", **kwargs)

    def setup(self, user, first: QuerySet | None = None, commission: int | None = None) -> None:
        super().setup(user, first if first is not None else usual_parties(user), commission)


class PartyField(SuggestField):
    """One party by name or code (blank allowed when not required); cleans to a Party or None."""

    def __init__(self, **kwargs) -> None:
        super().__init__("parties", **kwargs)

    def setup(self, user, first: QuerySet | None = None, commission: int | None = None) -> None:
        super().setup(user, first if first is not None else usual_parties(user), commission)


__all__ = ["PartiesField", "PartyField", "usual_parties"]
