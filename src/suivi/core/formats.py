"""Numbers, money and dates written the way the page's language writes them (never ISO)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.utils import formats


def money(amount: Decimal | int | float | None, currency: str = "") -> str:
    """ "120 000 000 000 XOF" in French, "120,000,000,000 XOF" in English; cents only if any."""
    if amount is None:
        return ""
    value = Decimal(amount)
    places = 0 if value == value.to_integral_value() else 2
    number = formats.number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)
    return f"{number}\u00a0{currency}".strip() if currency else number


def day(value: date | None) -> str:
    """A date in the active language's long form ("23 juin 2025", "23 июня 2025 г.")."""
    return formats.date_format(value, "DATE_FORMAT") if value else ""
