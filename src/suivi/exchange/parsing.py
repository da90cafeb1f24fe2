"""Cell values as a secretariat types them, turned into the register's values.

Vocabularies, parties and sectors are recognised by code or by name in French, English or
Russian, without regard to case or accents; dates in ISO or day-first form; money with
spaces and a decimal comma. Each parser returns a value or raises `CellError` with a
message for the user.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _

LANGUAGES = ("fr", "en", "ru")
SPLIT = re.compile(r"\s*[;\n]\s*")
DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# "23 Jun 2025": the dates of an English CSV export, read back on import.
DAY_MONTH_NAME = re.compile(r"^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$")
MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


class CellError(ValueError):
    pass


def folded(text: Any) -> str:
    """Lower case, no accents, single spaces: how two spellings of one name compare."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("’", "'").casefold().split())


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def labels_of(choices) -> dict[str, str]:
    """folded code or label in any language -> code."""
    found = {}
    for code, label in choices:
        found[folded(code)] = code
        for language in LANGUAGES:
            with translation.override(language):
                found[folded(str(label))] = code
    return found


def choice(value: Any, table: dict[str, str]) -> str:
    code = table.get(folded(value))
    if code is None:
        raise CellError(_("« %(value)s » n'est pas une valeur connue.") % {"value": value})
    return code


def day(value: Any) -> date | None:
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = ISO.match(text)
    parts = (match.group(1), match.group(2), match.group(3)) if match else None
    if parts is None and (match := DAY_FIRST.match(text)):
        parts = (match.group(3), match.group(2), match.group(1))
    if parts is None and (match := DAY_MONTH_NAME.match(text)):
        month = MONTH_NUMBERS.get(match.group(2).lower())
        if month:
            parts = (match.group(3), month, match.group(1))
    if parts is None:
        raise CellError(_("« %(value)s » n'est pas une date (JJ/MM/AAAA).") % {"value": text})
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise CellError(_("La date « %(value)s » n'existe pas.") % {"value": text}) from None


def money(value: Any) -> Decimal | None:
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise CellError(_("« %(value)s » n'est pas un montant.") % {"value": value})
    if isinstance(value, int | float | Decimal):
        amount = Decimal(str(value))
    else:
        text = re.sub(r"[\s\u00a0\u202f]", "", str(value))
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        try:
            amount = Decimal(text.replace(",", ""))
        except InvalidOperation:
            raise CellError(_("« %(value)s » n'est pas un montant.") % {"value": value}) from None
    if not amount.is_finite() or abs(amount) >= Decimal(10) ** 16:
        raise CellError(_("« %(value)s » n'est pas un montant.") % {"value": value})
    return amount.quantize(Decimal("0.01"))


def integer(value: Any) -> int | None:
    if is_empty(value):
        return None
    try:
        number = int(Decimal(str(value).strip()))
    except (InvalidOperation, ValueError):
        raise CellError(_("« %(value)s » n'est pas un nombre entier.") % {"value": value}) from None
    if not 0 < number < 2**31:
        raise CellError(_("« %(value)s » n'est pas un identifiant.") % {"value": value})
    return number


def items(value: Any) -> list[str]:
    if is_empty(value):
        return []
    return [part for part in SPLIT.split(str(value).strip()) if part]


def text(value: Any, max_length: int | None = None) -> str:
    if is_empty(value):
        return ""
    result = str(value).strip()
    if "\x00" in result:
        raise CellError(_("Le texte contient un caractère nul."))
    if max_length and len(result) > max_length:
        raise CellError(
            _("Texte trop long (%(length)s caractères, au plus %(max)s).")
            % {"length": len(result), "max": max_length}
        )
    return result


class Names:
    """Records found by code or by name in any language (parties, sectors)."""

    def __init__(self, records, code: str, names: tuple[str, ...]):
        self.found: dict[str, Any] = {}
        for record in records:
            for attribute in (*names, code):
                value = getattr(record, attribute, "")
                if value:
                    self.found.setdefault(folded(value), record)

    def get(self, value: str, what: str):
        record = self.found.get(folded(value))
        if record is None:
            raise CellError(
                _("%(what)s inconnu(e) : « %(value)s ».") % {"what": what, "value": value}
            )
        return record
