"""A list's filters as a form read from the URL: a bad value is dropped and said, never a 500."""

from __future__ import annotations

from django import forms
from django.db.models import QuerySet

from suivi.core.widgets import QuickSelect

EMPTY = (None, "", [], ())


class ListFilter(forms.Form):
    """Each field filters through `lookups[name]` (default: its name) or `filter_<name>()`.

    Subclasses build choices that depend on the user in `setup()`, so a party picker offers
    only what the user may see.
    """

    lookups: dict[str, str] = {}

    def __init__(self, data, user=None) -> None:
        super().__init__(data)
        self.user = user
        for field in self.fields.values():
            field.required = False
            if type(field.widget) is forms.Select:
                field.widget = QuickSelect(attrs=field.widget.attrs, choices=field.widget.choices)
        self.setup()

    def setup(self) -> None:
        """Fill user-dependent choices; nothing by default."""

    def apply(self, queryset: QuerySet) -> QuerySet:
        """`queryset` filtered by every valid value; invalid ones are left out (see rejected())."""
        self.is_valid()
        for name, value in self.cleaned_data.items():
            if value in EMPTY:
                continue
            method = getattr(self, f"filter_{name}", None)
            if method is not None:
                queryset = method(queryset, value)
            else:
                queryset = queryset.filter(**{self.lookups.get(name, name): value})
        return queryset

    def rejected(self) -> list[str]:
        """Labels of the filters whose value was not understood."""
        return [str(self.fields[name].label or name) for name in self.errors if name in self.fields]

    @property
    def active(self) -> bool:
        return any(value not in EMPTY for value in getattr(self, "cleaned_data", {}).values())
