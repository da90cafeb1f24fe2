"""The agreement picker of projects and commissions: titles found by a few letters."""

from __future__ import annotations

from django.db.models import QuerySet

from suivi.core.widgets import SuggestManyField


class AgreementsField(SuggestManyField):
    """Several agreements, ticked or found by title (htmx), always within the user's scope.

    Without script the search box is a plain text field: titles hold commas, so several
    are typed separated by semicolons.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__("agreements", separators=";", **kwargs)

    @classmethod
    def replacing(cls, field) -> AgreementsField:
        """The picker in place of a model form's own field: same label, help and requirement."""
        return cls(label=field.label, help_text=field.help_text, required=field.required)


def agreements_between(user, parties: QuerySet) -> QuerySet:
    """The agreements the user may see that bind any of `parties`, the latest first:
    those a commission of these parties is likely to follow."""
    from suivi.access.scope import visible
    from suivi.agreements.models import Agreement

    found = Agreement.objects.filter(parties__in=parties).values("pk")
    return visible(user, Agreement.objects.filter(pk__in=found)).order_by("-signed_on", "-pk")


__all__ = ["AgreementsField", "agreements_between"]
