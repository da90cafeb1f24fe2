"""Numbers, money and dates written the way the page's language writes them (never ISO)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_DOWN, Decimal
from functools import lru_cache

from django.utils import formats
from django.utils.translation import get_language


def money(amount: Decimal | int | float | None, currency: str = "") -> str:
    """ "120 000 000 000 francs CFA (BCEAO)" in French, "120,000,000,000 West African CFA
    francs" in English, «… франков КФА ВСЕАО» in Russian; cents only if any. A reader who
    does not know ISO 4217 reads the currency's name; an unknown code is written as is."""
    if amount is None:
        return ""
    value = Decimal(amount)
    places = 0 if value == value.to_integral_value() else 2
    language = get_language()
    number = _grouped(value, places, language)
    if not currency:
        return number
    # The plural of the number as written: a stored 120000000000.00 is written (and read)
    # whole, and the CLDR counts written decimals (Russian: «франка» after «2,50»).
    shown = value if places else value.to_integral_value()
    return f"{number}\u00a0{currency_name(currency, shown, language)}"


def currency_name(code: str, amount: Decimal, language: str | None) -> str:
    """The currency's name as the language writes it after `amount` (Russian: «рубль»,
    «рубля», «рублей»), from the CLDR (Babel)."""
    locale = _locale(language or "fr")
    if locale is None:
        return code
    return _currency_name(code.upper(), str(locale), locale.plural_form(abs(amount)))


@lru_cache(maxsize=16)
def _locale(language: str):
    """Babel's locale of a Django language code, None if the CLDR has none."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


@lru_cache(maxsize=1024)
def _currency_name(code: str, locale: str, plural: str) -> str:
    """One name per currency, language and plural category: Babel's lookup reads the CLDR
    tables on each call, and a list writes 50 budgets."""
    from babel import Locale

    data = Locale.parse(locale)._data  # as babel.numbers.get_currency_name reads it
    plurals = data["currency_names_plural"].get(code, {})
    return plurals.get(plural) or plurals.get("other") or data["currency_names"].get(code, code)


@lru_cache(maxsize=16)
def _separators(language: str | None) -> dict[int, str] | None:
    """str.translate() table from Python's "1,234.5" to the language's digits' separators,
    or None when the language does not group by threes (then Django formats)."""
    if formats.get_format("NUMBER_GROUPING", language) != 3:
        return None
    thousands = formats.get_format("THOUSAND_SEPARATOR", language)
    decimal = formats.get_format("DECIMAL_SEPARATOR", language)
    return str.maketrans({",": thousands, ".": decimal})


def _grouped(value: Decimal, places: int, language: str | None) -> str:
    """Django's number_format(value, places, force_grouping) in Python's own formatting:
    ~8 µs a number through Django's per-call format lookups, 50 budgets a project page."""
    table = _separators(language)
    if table is None:
        return formats.number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)
    # Django cuts the decimals it does not show rather than rounding them.
    cut = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)
    return f"{cut:,.{places}f}".translate(table)


def day(value: date | None) -> str:
    """A date in the active language's long form ("23 juin 2025", "23 июня 2025 г.")."""
    return _day(value, get_language()) if value else ""


@lru_cache(maxsize=16384)
def _day(value: date, language: str | None) -> str:
    """day() remembered per language: a list page writes 50 to 150 dates, each ~20 µs
    through Django's format lookups, and the same days come back page after page."""
    return formats.date_format(value, "DATE_FORMAT")
