"""Related rows in templates go through the scope: `{{ object.projects.all|visible_to:user }}`.

`object.projects.all` of a confidential model is not called in templates (see
core.models.ScopedManager): the filter receives the method, the manager or a queryset,
and answers only the rows `user` may see.
"""

from django import template
from django.db.models import Manager, QuerySet

from suivi.access.scope import name_of, visible

register = template.Library()


@register.filter
def visible_to(rows, user) -> QuerySet:
    if not isinstance(rows, QuerySet):
        manager = getattr(rows, "__self__", rows)  # a bound `all`, or the manager itself
        if not isinstance(manager, Manager):
            raise TypeError(f"visible_to filters a queryset or a relation, not {rows!r}")
        rows = manager.get_queryset()
    return visible(user, rows)


@register.filter
def named_for(record, user) -> str:
    """The record's name, or "restricted record" when `user` may not see it."""
    return name_of(user, record)


@register.filter
def may(user, action: str) -> bool:
    """Whether `user`'s roles allow `action` (access.permissions), to offer a link or not."""
    from suivi.access.permissions import permits

    return permits(user, action)
