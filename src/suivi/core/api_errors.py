"""One shape for every refusal the API sends, declared in its OpenAPI schema.

`{"detail": "the first message", "errors": {"field": ["message", ...]}}` for every 4xx:
a validation error, a refused token, a forbidden write, a missing record. Clients (and
the schemathesis test) can then rely on the schema for errors as for results.
"""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError, ValidationError

from suivi.core.etags import conflict_body
from suivi.core.versioning import EditConflict

ERROR_CODES = {
    "400": "Bad request",
    "401": "Not signed in, or the token is wrong, expired or revoked",
    "403": "Not allowed",
    "404": "No such record, or not visible to the caller",
    "422": "Invalid input",
    "4XX": "Any other refusal",
}


class ApiError(Schema):
    """What every 4xx answer holds: one message, and the messages per field when there are."""

    detail: str
    errors: dict[str, list[str]]


def body(detail: str, errors: dict[str, list[str]] | None = None) -> dict:
    return {"detail": detail, "errors": errors or {}}


def _field(location: list) -> str:
    """`body.payload.name` -> `name`; `query.status` -> `status`."""
    parts = [str(part) for part in location]
    if parts[:1] == ["body"] and len(parts) > 2:
        parts = parts[2:]
    elif parts:
        parts = parts[1:]
    return ".".join(parts) or "__all__"


# Pydantic's error types (stable, documented names) -> the message in the request's language.
# Pydantic writes its messages in English only; the field names (the keys of `errors`) stay
# as they are, for programs, and only the words people read are translated.
_SIMPLE = {
    "missing": gettext_noop("Champ obligatoire."),
    "int_parsing": gettext_noop("Un nombre entier est attendu."),
    "int_type": gettext_noop("Un nombre entier est attendu."),
    "int_from_float": gettext_noop("Un nombre entier est attendu."),
    "float_parsing": gettext_noop("Un nombre est attendu."),
    "float_type": gettext_noop("Un nombre est attendu."),
    "decimal_parsing": gettext_noop("Un nombre est attendu."),
    "decimal_type": gettext_noop("Un nombre est attendu."),
    "bool_parsing": gettext_noop("true ou false est attendu."),
    "bool_type": gettext_noop("true ou false est attendu."),
    "string_type": gettext_noop("Un texte est attendu."),
    "list_type": gettext_noop("Une liste est attendue."),
    "dict_type": gettext_noop("Un objet JSON est attendu."),
    "model_type": gettext_noop("Un objet JSON est attendu."),
    "model_attributes_type": gettext_noop("Un objet JSON est attendu."),
    "date_parsing": gettext_noop("Une date AAAA-MM-JJ existante est attendue."),
    "date_type": gettext_noop("Une date AAAA-MM-JJ existante est attendue."),
    "date_from_datetime_parsing": gettext_noop("Une date AAAA-MM-JJ existante est attendue."),
    "date_from_datetime_inexact": gettext_noop("Une date AAAA-MM-JJ existante est attendue."),
    "datetime_parsing": gettext_noop("Une date et une heure ISO 8601 sont attendues."),
    "datetime_type": gettext_noop("Une date et une heure ISO 8601 sont attendues."),
    "datetime_from_date_parsing": gettext_noop("Une date et une heure ISO 8601 sont attendues."),
    "json_invalid": gettext_noop("JSON invalide."),
    "extra_forbidden": gettext_noop("Champ inconnu."),
    "url_parsing": gettext_noop("Une adresse web est attendue."),
    "url_type": gettext_noop("Une adresse web est attendue."),
    "string_pattern_mismatch": gettext_noop("Le texte n'a pas la forme attendue."),
}


def _message(error: dict) -> str:
    """Pydantic's message, in the request's language (LocaleMiddleware: Accept-Language,
    French by default); a type not listed here keeps pydantic's English words."""
    kind, context = error.get("type"), error.get("ctx") or {}
    if kind in _SIMPLE:
        return _(_SIMPLE[kind])
    if kind == "string_too_long":
        return _("%(n)s caractères au plus.") % {"n": context.get("max_length")}
    if kind == "string_too_short":
        count = context.get("min_length", 1)
        return ngettext("%(n)s caractère au moins.", "%(n)s caractères au moins.", count) % {
            "n": count
        }
    if kind in ("too_short", "too_long"):
        count = context.get("min_length" if kind == "too_short" else "max_length", 0)
        message = (
            ngettext("%(n)s élément au moins.", "%(n)s éléments au moins.", count)
            if kind == "too_short"
            else ngettext("%(n)s élément au plus.", "%(n)s éléments au plus.", count)
        )
        return message % {"n": count}
    if kind in ("greater_than_equal", "less_than_equal"):
        low, high = context.get("ge", "…"), context.get("le", "…")
        return _("Un nombre entier de %(low)s à %(high)s est attendu.") % {"low": low, "high": high}
    if kind == "greater_than":
        return _("Un nombre supérieur à %(n)s est attendu.") % {"n": context.get("gt")}
    if kind == "less_than":
        return _("Un nombre inférieur à %(n)s est attendu.") % {"n": context.get("lt")}
    if kind in ("literal_error", "enum"):
        return _("Choix invalide : %(value)s.") % {"value": error.get("given", "")}
    return str(error.get("msg", "")).removeprefix("Value error, ")


def validation_body(errors: list[dict]) -> dict:
    """Ninja's list of pydantic errors as the declared shape."""
    fields: dict[str, list[str]] = {}
    for error in errors:
        fields.setdefault(_field(list(error.get("loc", ()))), []).append(_message(error))
    first = next(iter(fields.items()), ("", [_("Données invalides.")]))
    detail = f"{first[0]}: {first[1][0]}" if first[0] and first[0] != "__all__" else first[1][0]
    return body(detail, fields)


class SuiviAPI(NinjaAPI):
    """NinjaAPI whose refusals all take the ApiError shape, declared on every operation."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.add_exception_handler(ValidationError, self._validation_error)
        self.add_exception_handler(HttpError, self._http_error)
        self.add_exception_handler(Http404, self._not_found)
        self.add_exception_handler(EditConflict, self._edit_conflict)

    def validation_error_from_error_contexts(self, error_contexts) -> ValidationError:
        """Ninja's errors, keeping a short text of the refused value for the message."""
        error = super().validation_error_from_error_contexts(error_contexts)
        inputs = [
            item.get("input")
            for context in error_contexts
            for item in context.pydantic_validation_error.errors(include_url=False)
        ]
        for item, value in zip(error.errors, inputs, strict=False):
            if isinstance(value, str | int | float):
                item["given"] = str(value)[:100]
        return error

    def _validation_error(self, request, exc: ValidationError):
        return self.create_response(request, validation_body(exc.errors), status=422)

    def _http_error(self, request, exc: HttpError):
        return self.create_response(request, body(str(exc)), status=exc.status_code)

    def _not_found(self, request, exc: Http404):
        return self.create_response(request, body(_("Introuvable.")), status=404)

    def _edit_conflict(self, request, conflict: EditConflict):
        """409 (stale body version, or a concurrent save) or 412 (If-Match), with the current
        ETag so the client can read the record again and retry."""
        status = getattr(conflict, "status", 409)
        response = self.create_response(request, conflict_body(conflict), status=status)
        if conflict.current is not None:
            response["ETag"] = f'"{conflict.current}"'
        return response

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["ApiError"] = ApiError.model_json_schema()
        reference = {"$ref": "#/components/schemas/ApiError"}
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                # Ninja keys declared responses by int: one key per code, or the JSON has two
                # "422" (which YAML readers, Swagger UI's among them, refuse).
                responses = {
                    str(code): answer for code, answer in operation.get("responses", {}).items()
                }
                operation["responses"] = responses
                for code, description in ERROR_CODES.items():
                    responses.setdefault(
                        code,
                        {
                            "description": description,
                            "content": {"application/json": {"schema": reference}},
                        },
                    )
        return schema
