"""A list's filters as a form read from the URL: a bad value is dropped and said, never a 500."""

from __future__ import annotations

from django import forms
from django.db.models import QuerySet
from django.utils.choices import BaseChoiceIterator

from suivi.core.widgets import QuickNumberInput, QuickSelect

EMPTY = (None, "", [], ())


class FixedChoices(BaseChoiceIterator):
    """Choices already in Django's shape ((value, label) or (group, [(value, label), ...])),
    taken as they are.

    Assigning a list to a ChoiceField normalizes it twice (field, then widget), each item
    matched against Django's choice types: ~3 ms a page for 259 parties, sectors and
    commissions, more than the filtered query itself. A list filter's choices come
    normalized from a remembered list (core/memo.py); this wrapper lets Django keep them.
    """

    def __init__(self, choices) -> None:
        self.items = list(choices)

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __deepcopy__(self, memo) -> FixedChoices:
        return self  # never changed in place: a form's copy of its fields may share it


class ListFilter(forms.Form):
    """Each field filters through `lookups[name]` (default: its name) or `filter_<name>()`.

    Subclasses build choices that depend on the user in `setup()`, so a party picker offers
    only what the user may see.
    """

    lookups: dict[str, str] = {}

    def __init__(self, data, user=None) -> None:
        self.prepare_fields()
        super().__init__(data)
        self.user = user
        self.count_within = None
        self.setup()

    @classmethod
    def prepare_fields(cls) -> None:
        """Once per class: every field optional, selects and number inputs drawn without
        templates (QuickSelect, QuickNumberInput), fixed choices kept as they are (each
        form deep-copies its fields: then a cheap copy)."""
        if cls.__dict__.get("_prepared"):
            return
        for field in cls.base_fields.values():
            field.required = False
            if isinstance(field, forms.ChoiceField) and not isinstance(field.choices, FixedChoices):
                field.choices = FixedChoices(field.choices)
            if type(field.widget) is forms.Select:
                field.widget = QuickSelect(attrs=field.widget.attrs, choices=field.widget.choices)
            elif type(field.widget) is forms.NumberInput:
                field.widget = QuickNumberInput(attrs=field.widget.attrs)
        cls._prepared = True

    def setup(self) -> None:
        """Fill user-dependent choices (through offer()); nothing by default."""

    def offer(self, name: str, choices: list) -> None:
        """Give field `name` these choices, already in Django's (value, label) shape."""
        self.fields[name].choices = FixedChoices(choices)

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

    def within(self, ids: QuerySet) -> None:
        """Say that every row the filters keep has its pk among `ids` (a values() query of
        a few hundred link rows, e.g. the agreements of one sector): see counted()."""
        self.count_within = ids

    def counted(self, queryset: QuerySet) -> QuerySet:
        """`queryset` (already filtered) written for COUNT: the same rows, read from the
        narrow set of ids given to within() when there is one.

        A list page walks its order index and stops at 50 rows, so its filters are EXISTS
        probes. Its capped count cannot stop early when few rows match: SQLite then probed
        every one of 10,000 agreements (~9 ms for the agreements of a party in a sector);
        `pk IN (the sector's 417 links)` lets it start from those. Only the count takes it:
        the same IN on the page query made SQLite gather and sort all matches.
        """
        if self.count_within is None:
            return queryset
        return queryset.filter(pk__in=self.count_within)

    def rejected(self) -> list[str]:
        """Labels of the filters whose value was not understood."""
        return [str(self.fields[name].label or name) for name in self.errors if name in self.fields]

    @property
    def active(self) -> bool:
        return any(value not in EMPTY for value in getattr(self, "cleaned_data", {}).values())
