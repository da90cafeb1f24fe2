"""The one place that decides which records a user may see.

Every page, API endpoint, export and feed filters its querysets through
`visible()`; deny by default.
"""

from __future__ import annotations

from django.db.models import Model, QuerySet

from suivi.core.vocabularies import Confidentiality


def visible(user, queryset: QuerySet) -> QuerySet:
    """The part of `queryset` that `user` may read."""
    if getattr(user, "is_superuser", False):
        return queryset
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    if _is_confidential(queryset.model):
        return queryset.filter(confidentiality=Confidentiality.PUBLIC)
    return queryset


def editable(user, queryset: QuerySet) -> QuerySet:
    """The part of `queryset` that `user` may change."""
    if getattr(user, "is_superuser", False):
        return queryset
    return queryset.none()


def _is_confidential(model: type[Model]) -> bool:
    return any(field.name == "confidentiality" for field in model._meta.get_fields())
