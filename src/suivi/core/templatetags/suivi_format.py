"""Template tags for money and dates through the locale."""

from django import template

from suivi.core import formats

register = template.Library()


@register.simple_tag
def money(amount, currency: str = "") -> str:
    """`{% money project.budget_amount project.budget_currency %}`, "—" when there is none."""
    return formats.money(amount, currency) or "—"


@register.filter
def language_name(code: str) -> str:
    """ "fr" as "français" on a French page, "французский" on a Russian one; an unknown code as is."""
    from django.utils.translation import get_language_info

    if not code:
        return "—"
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


@register.filter
def grouped(number) -> str:
    """ "1 368" in French, "1,368" in English: a count written as the page's language does
    (templates do not group digits, USE_THOUSAND_SEPARATOR being off for ids and years).
    In a plural, count on the number and show this: `count days=n with n=n|grouped`."""
    if number in (None, ""):
        return ""
    return formats.money(number)
