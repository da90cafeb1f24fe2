"""Template tags for money and dates through the locale."""

from django import template

from suivi.core import formats

register = template.Library()


@register.simple_tag
def money(amount, currency: str = "") -> str:
    """`{% money project.budget_amount project.budget_currency %}`, "—" when there is none."""
    return formats.money(amount, currency) or "—"
