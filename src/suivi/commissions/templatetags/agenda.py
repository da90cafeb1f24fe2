"""`{% for item, text in agenda|with_texts %}`: agenda points in the page's language."""

from django import template

from suivi.commissions import agenda_text

register = template.Library()


@register.filter
def with_texts(items):
    return agenda_text.with_texts(items)
