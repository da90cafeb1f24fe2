"""The facts each kind of claim carries, as SPEC.md's reading gives them, and their checking.

One schema serves the ingest (a reading's items become claim facts), the edit form
and the CLI, so a fact edited by hand obeys the same rules as one that was read.
"""

from __future__ import annotations

import re
from datetime import date

from django.utils.translation import gettext as _

from suivi.core.vocabularies import SECTORS, AgreementKind

# kind -> {field: type}; types: str, text, int, date, codes (list of party codes), names, sectors
SCHEMAS: dict[str, dict[str, str]] = {
    "party": {"code": "str"},
    "person": {"name": "str", "role": "str", "party": "str"},
    "agreement": {
        "kind": "agreement_kind",
        "title": "str",
        "parties": "codes",
        "sectors": "sectors",
        "status": "agreement_status",
        "date": "date",
        "signatories": "names",
    },
    "body": {
        "name": "str",
        "parties": "codes",
        "mandate": "str",
        "cadence_months": "int",
    },
    "session": {"body": "str", "number": "int", "start": "date", "end": "date", "place": "str"},
    "quote": {"text": "text", "speaker": "str"},
}
REQUIRED = {
    "party": ("code",),
    "person": ("name",),
    "agreement": ("kind",),
    "body": ("name",),
    "session": ("body",),
    "quote": ("text",),
}
# kind -> {field: the register field it becomes}: a fact obeys that field's bounds
# (length, integer range) so that accepting it never overflows a column.
BOUNDS: dict[str, dict[str, tuple[str, str]]] = {
    "party": {"code": ("parties.Party", "code")},
    "person": {
        "name": ("parties.Person", "name"),
        "role": ("parties.Role", "title"),
        "party": ("parties.Party", "code"),
    },
    "agreement": {
        "title": ("agreements.Agreement", "title_fr"),
        "parties": ("parties.Party", "code"),
        "signatories": ("parties.Person", "name"),
    },
    "body": {
        "name": ("commissions.Commission", "name"),
        "parties": ("parties.Party", "code"),
        "cadence_months": ("commissions.Commission", "cadence_months"),
    },
    "session": {
        "body": ("commissions.Commission", "name"),
        "number": ("commissions.Session", "number"),
        "place": ("commissions.Session", "place"),
    },
    "quote": {"speaker": ("parties.Person", "name")},
}
READING_STATUSES = ("planned", "initialled", "signed", "ratified", "in_force")
LIST_TYPES = {"codes", "names", "sectors"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class FactsError(ValueError):
    """Facts that do not fit their kind's schema; the message says which field and why."""


def clean(kind: str, raw: dict, fit: bool = False) -> dict:
    """Return the facts of `kind` from `raw`, every field present, or raise FactsError.

    A text longer than its register field is refused, or cut to it with `fit` (ingest:
    the reader's span is only a proposal, and the source keeps the whole text).
    """
    if kind not in SCHEMAS:
        raise FactsError(_("Nature de constat inconnue : %(kind)s") % {"kind": kind})
    if not isinstance(raw, dict):
        raise FactsError(_("Les faits doivent être un objet."))
    facts = {name: _field(name, kind_of, raw.get(name)) for name, kind_of in SCHEMAS[kind].items()}
    for name, (label, field_name) in BOUNDS.get(kind, {}).items():
        facts[name] = _bounded(name, facts[name], label, field_name, fit)
    for name in REQUIRED[kind]:
        if facts[name] in (None, "", []):
            raise FactsError(_("Le champ « %(field)s » est obligatoire.") % {"field": name})
    return facts


def _field(name: str, kind_of: str, value):
    if kind_of in LIST_TYPES:
        return _list(name, kind_of, value)
    if value is None or value == "":
        return None
    if kind_of == "int":
        return _int(name, value)
    if not isinstance(value, str):
        raise FactsError(_("« %(field)s » doit être un texte.") % {"field": name})
    value = _printable(name, value.strip())
    if kind_of == "date":
        return _date(name, value)
    if kind_of == "agreement_kind" and value not in AgreementKind.values:
        raise FactsError(_("Nature d'accord inconnue : %(value)s") % {"value": value})
    if kind_of == "agreement_status" and value not in READING_STATUSES:
        raise FactsError(_("Statut d'accord inconnu : %(value)s") % {"value": value})
    return value or None


def _bounded(name: str, value, label: str, field_name: str, fit: bool):
    """`value` (a text, a number or a list of texts) within the register field's bounds."""
    from django.apps import apps

    from suivi.core import bounds

    model = apps.get_model(label)
    try:
        if isinstance(value, int):
            return bounds.check_int(value, *bounds.int_range(model, field_name))
        limit = bounds.max_length(model, field_name)
        if isinstance(value, list):
            return [_fitted(item, limit, fit) for item in value]
        return _fitted(value, limit, fit) if isinstance(value, str) else value
    except ValueError as error:
        raise FactsError(_("« %(field)s » : %(error)s") % {"field": name, "error": error}) from None


def _fitted(value: str, limit: int | None, fit: bool) -> str:
    from suivi.core import bounds

    if fit and limit is not None:
        value = value[:limit]
    return bounds.check_text(value, limit)


def _list(name: str, kind_of: str, value) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise FactsError(_("« %(field)s » doit être une liste de textes.") % {"field": name})
    items = [_printable(name, item.strip()) for item in value if item.strip()]
    if kind_of == "codes":
        items = [item.upper() if len(item) <= 6 else item for item in items]
    if kind_of == "sectors":
        unknown = [item for item in items if item not in SECTORS]
        if unknown:
            raise FactsError(_("Secteur inconnu : %(value)s") % {"value": ", ".join(unknown)})
    return list(dict.fromkeys(items))


def _printable(name: str, value: str) -> str:
    from suivi.core import bounds

    try:
        return bounds.check_text(value)
    except ValueError as error:
        raise FactsError(_("« %(field)s » : %(error)s") % {"field": name, "error": error}) from None


def _int(name: str, value) -> int:
    if isinstance(value, bool):
        raise FactsError(_("« %(field)s » doit être un nombre entier.") % {"field": name})
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise FactsError(_("« %(field)s » doit être un nombre entier.") % {"field": name}) from None
    if number < 1:
        raise FactsError(_("« %(field)s » doit être positif.") % {"field": name})
    return number


def _date(name: str, value: str) -> str:
    if not DATE.match(value):
        raise FactsError(
            _("« %(field)s » doit être une date AAAA-MM-JJ, AAAA-MM ou AAAA.") % {"field": name}
        )
    try:
        first_day(value)
    except ValueError:
        raise FactsError(_("« %(field)s » n'est pas une date valide.") % {"field": name}) from None
    return value


def to_day(value: str | None) -> date | None:
    """A full date from a fact, or None when the fact has no day (a month or a year only)."""
    return date.fromisoformat(value) if value and len(value) == 10 else None


def first_day(value: str | None) -> date | None:
    """The first day a (possibly partial) date covers, for comparisons in a window."""
    if not value:
        return None
    parts = [int(part) for part in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
