"""Input bounds, declared once: each model field says what it accepts, everything else asks it.

The model field is the declaration (`max_length`, an integer column's width, its
Min/MaxValueValidators, `null`). This module derives from it the checks that every
entry point applies: model validation and therefore every ModelForm (`install`), the
API's schemas (`api_int`, `api_text`, `api_id`), the facts of claims and the CLI
(`check_int`, `check_text`). Integer ranges are PostgreSQL's whatever the database in
use, so that what SQLite accepts can be restored on PostgreSQL.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from django.apps import apps
from django.core import validators
from django.core.exceptions import ValidationError
from django.db import models
from django.db.backends.base.operations import BaseDatabaseOperations
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pydantic import AfterValidator, Field

# The widths PostgreSQL gives each integer column (SQLite would take 64 bits everywhere).
INTEGER_RANGES: dict[str, tuple[int, int]] = dict(BaseDatabaseOperations.integer_field_ranges)

# What XML 1.0 cannot hold (the session file) and PostgreSQL cannot store (NUL, lone
# surrogates): control characters other than tab, line feed and carriage return.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# The same set as a JSON-schema pattern, so API clients (and schemathesis) know it.
TEXT_PATTERN = r"^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]*$"
FORBIDDEN_MESSAGE = gettext_lazy("Ce texte contient un caractère de contrôle interdit.")

SUIVI_APPS = (
    "parties",
    "agreements",
    "projects",
    "commissions",
    "sources",
    "watch",
    "access",
    "core",
)


def field(model: type[models.Model], name: str) -> models.Field:
    return model._meta.get_field(name)


def int_range(model: type[models.Model], name: str, validators_too: bool = True) -> tuple[int, int]:
    """The smallest and largest value the field takes: its column's width and its validators.

    Without `validators_too`, the column's width only: the API's schemas leave the
    validators to the forms and models, whose messages the pages share.
    """
    model_field = field(model, name)
    target = model_field.target_field if model_field.is_relation else model_field
    low, high = INTEGER_RANGES[target.get_internal_type()]
    if target.primary_key:
        low = 1  # ids are counted from 1 on every database
    for validator in model_field._validators if validators_too else ():
        if isinstance(validator, validators.MinValueValidator):
            low = max(low, validator.limit_value)
        elif isinstance(validator, validators.MaxValueValidator):
            high = min(high, validator.limit_value)
    return low, high


def max_length(model: type[models.Model], name: str) -> int | None:
    return field(model, name).max_length


def clean_text(text: str) -> str:
    """`text` without the characters XML and PostgreSQL refuse (for writers and ingest)."""
    return FORBIDDEN.sub("", text) if FORBIDDEN.search(text) else text  # no copy of a clean text


def check_text(value: str, limit: int | None = None) -> str:
    """`value` if it fits (no forbidden character, at most `limit` characters), else ValueError."""
    if FORBIDDEN.search(value):
        raise ValueError(str(FORBIDDEN_MESSAGE))
    if limit is not None and len(value) > limit:
        raise ValueError(_("%(n)s caractères au plus.") % {"n": limit})
    return value


def check_int(value: int, low: int, high: int) -> int:
    """`value` if it lies in low..high, else ValueError saying the range."""
    if not low <= value <= high:
        raise ValueError(
            _("Un nombre entier de %(low)s à %(high)s est attendu.") % {"low": low, "high": high}
        )
    return value


def _no_forbidden(value: str) -> str:
    return check_text(value)


def api_text(model: type[models.Model], name: str) -> Any:
    """The API type of a text field: its max_length, no forbidden character."""
    return Annotated[
        str,
        Field(max_length=max_length(model, name), json_schema_extra={"pattern": TEXT_PATTERN}),
        AfterValidator(_no_forbidden),
    ]


def api_int(model: type[models.Model], name: str) -> Any:
    """The API type of an integer field (or of a foreign key's id): within its column's width.

    The width of the signed column (a positive field is a signed column with a check), so
    that a negative number reaches the form and gets the message the pages give.
    """
    model_field = field(model, name)
    target = model_field.target_field if model_field.is_relation else model_field
    signed = target.get_internal_type().replace("Positive", "")
    low, high = INTEGER_RANGES[signed]
    return Annotated[int, Field(ge=low, le=high)]


def api_offset(model: type[models.Model], name: str) -> Any:
    """The API type of a move along an integer field (up or down by at most its range)."""
    high = int_range(model, name)[1]
    return Annotated[int, Field(ge=-high, le=high)]


def api_id(model: type[models.Model]) -> Any:
    """The API type of one `model`'s id, in a body or a path."""
    return api_int(model, model._meta.pk.name)


def api_choice(model: type[models.Model], name: str) -> Any:
    """The API type of a field with choices: one of them."""
    from typing import Literal

    return Literal[tuple(str(value) for value, _label in field(model, name).choices)]


class ProhibitForbiddenCharacters:
    """Refuse text holding a character that XML 1.0 or PostgreSQL cannot take."""

    code = "forbidden_character"

    def __call__(self, value) -> None:
        if isinstance(value, str) and FORBIDDEN.search(value):
            raise ValidationError(FORBIDDEN_MESSAGE, code=self.code)

    def __eq__(self, other) -> bool:
        return isinstance(other, ProhibitForbiddenCharacters)

    def __hash__(self) -> int:
        return hash(self.code)


def _bounded_validators(model_field: models.Field) -> list | None:
    """The field's validators with PostgreSQL's range in place of the connection's (SQLite
    would say 2**63), and the character check on texts; None when nothing changes."""
    if isinstance(model_field, models.IntegerField) and not model_field.primary_key:
        low, high = INTEGER_RANGES[model_field.get_internal_type()]
        declared = [*model_field.default_validators, *model_field._validators]
        ranges = []
        if not any(isinstance(v, validators.MinValueValidator) for v in model_field._validators):
            ranges.append(validators.MinValueValidator(low))
        if not any(isinstance(v, validators.MaxValueValidator) for v in model_field._validators):
            ranges.append(validators.MaxValueValidator(high))
        return [*declared, *ranges]
    if isinstance(model_field, models.CharField | models.TextField):
        return [*model_field.validators, ProhibitForbiddenCharacters()]
    return None


# Every suivi table's id is a BigAutoField (settings.DEFAULT_AUTO_FIELD); the command line
# checks ids before Django is set up, so it takes the range from here.
ID_RANGE = (1, INTEGER_RANGES["BigAutoField"][1])


def install() -> None:
    """Give every suivi model field the bounds above, so `full_clean` and ModelForms check them.

    Fills the fields' `validators` cache rather than `_validators`, so migrations do not
    see a change: the bounds are derived, not declared twice.
    """
    for label in SUIVI_APPS:
        for model in apps.get_app_config(label).get_models():
            for model_field in model._meta.concrete_fields:
                bounded = _bounded_validators(model_field)
                if bounded is not None:
                    model_field.__dict__["validators"] = bounded
