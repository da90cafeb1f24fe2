"""`{{ object.projects.all|visible_to:user }}`: related rows in templates go through the scope too."""

from django import template
from django.db.models import QuerySet

from suivi.access.scope import visible

register = template.Library()


@register.filter
def visible_to(queryset: QuerySet, user) -> QuerySet:
    return visible(user, queryset)
