"""Suggestions for the pickers (`core.widgets`): records found by a few typed letters.

One endpoint, `/suggest/?of=<source>&q=<words>`, serves every picker; a source names a
model by its label (core imports no domain app) and the fields searched, accent- and
case-insensitive. Every answer goes through the access scope (`visible`), so a delegate's
search never names a record restricted to another party.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Model, Q, QuerySet
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils.module_loading import import_string
from django.views.decorators.http import require_safe

from suivi.access.scope import visible
from suivi.core.search import fold, matching

LIMIT = 12
# No code or name is longer (titles hold 500 characters at most); a longer token names
# nothing, and SQLite refuses a LIKE pattern of 50,000 bytes (a 500, not a "not found").
MAX_TOKEN = 1000


@dataclass(frozen=True)
class Source:
    """A kind of record a picker offers: the model, the fields searched, the value sent back."""

    model: str
    fields: tuple[str, ...]
    value: str = "pk"
    # Fields whose exact value also finds the record (a party's code).
    exact: tuple[str, ...] = ()
    # Dotted path of `order(user, queryset)`: the usual records first (the register's
    # parties), rows marked `register_group` 0. Core names no domain app, hence the path.
    order: str = ""

    def queryset(self, user) -> QuerySet:
        return visible(user, apps.get_model(self.model).objects.all())

    def search(self, user, term: str, first: QuerySet | None = None) -> list[Model]:
        """Up to LIMIT records matching `term`: `first` (e.g. the commission's) on top, then
        the usual ones (`order`), then the rest; names starting with the term first in each."""
        records = self.queryset(user)
        term = term[:MAX_TOKEN]
        if term.strip():
            condition = matching(self.fields, term)
            for name in self.exact:
                condition |= Q(**{f"{name}__iexact": term.strip()})
            records = records.filter(condition)
        if self.order:
            records = import_string(self.order)(user, records)
        found = list(records[: LIMIT * 4]) if term.strip() else []
        top = list(records.filter(pk__in=first.values("pk"))) if first is not None else []
        ids = {record.pk for record in top}
        folded = fold(term.strip())
        rest = sorted(
            (record for record in found if record.pk not in ids),
            key=lambda record: (
                getattr(record, "register_group", 0) != 0,
                not fold(str(record)).startswith(folded),
                fold(str(record)),
            ),
        )
        return (top + rest)[:LIMIT] if term.strip() else top[:LIMIT]

    def value_of(self, record: Model) -> str:
        return str(getattr(record, self.value))

    def resolve(self, user, token: str) -> list[Model]:
        """The records a typed token names: by value or exact field, else by exact name."""
        token = token.strip()
        if not token or "\x00" in token or len(token) > MAX_TOKEN:  # no name holds a NUL
            return []  # (PostgreSQL refuses it in text) or is that long
        records = self.queryset(user)
        condition = Q(**{f"{self.value}__iexact": token}) if self.value != "pk" else Q()
        if self.value == "pk" and token.isdigit() and len(token) < 12:
            condition = Q(pk=int(token))
        for name in self.exact:
            condition |= Q(**{f"{name}__iexact": token})
        if condition:
            direct = list(records.filter(condition)[:2])
            if direct:
                return direct
        named = Q()
        for name in self.fields:
            named |= Q(**{f"{name}__fold": fold(token)})
        return list(records.filter(named)[:5])


SOURCES: dict[str, Source] = {
    "parties": Source(
        "parties.Party",
        ("code", "name_fr", "name_en", "name_ru"),
        value="code",
        exact=("code",),
        order="suivi.parties.choices.register_order",
    ),
    "people": Source("parties.Person", ("name",)),
    "agreements": Source("agreements.Agreement", ("title_fr", "title_en", "title_ru")),
    "projects": Source("projects.Project", ("title",)),
    "commissions": Source("commissions.Commission", ("name",)),
    "sessions": Source("commissions.Session", ("commission__name", "place")),
}


def source_of(model: type[Model]) -> Source | None:
    """The picker source of `model`, if it has one."""
    return next((s for s in SOURCES.values() if s.model == model._meta.label), None)


def first_parties(user, commission_id: str | int | None) -> QuerySet | None:
    """The commission's parties, offered before the others (None without a commission)."""
    if not commission_id or not str(commission_id).isdigit() or len(str(commission_id)) > 12:
        return None
    commissions = visible(user, apps.get_model("commissions.Commission").objects.all())
    commission = commissions.filter(pk=int(commission_id)).first()
    if commission is None:
        return None
    return SOURCES["parties"].queryset(user).filter(commissions=commission)


@require_safe
def suggest(request) -> HttpResponse:
    """The suggestions as HTML for htmx: datalist options, radio buttons or add-buttons.

    `format=options` fills a `<datalist>` (one record picked by name), `radio` lists records
    to choose one of (merge), `add` lists buttons that add a ticked box to a multiple picker,
    `chip` is that ticked box.
    """
    source = SOURCES.get(request.GET.get("of", ""))
    shape = request.GET.get("format", "options")
    if source is None or shape not in {"options", "radio", "add", "chip"}:
        raise Http404
    name = request.GET.get("name", "")[:100]
    term = (request.GET.get("q") or request.GET.get(f"{name}__add") or "")[:200]
    if shape == "options" and not term:
        term = request.GET.get(name, "")[:200]
    if shape == "chip":
        records = source.resolve(request.user, request.GET.get("value", "")[:200])[:1]
    else:
        first = first_parties(request.user, request.GET.get("commission"))
        records = source.search(
            request.user, term, first if source.model == "parties.Party" else None
        )
    # A radio picks one record to act on (merge): its key, whatever the source's value.
    choices = [
        (record.pk if shape == "radio" else source.value_of(record), str(record))
        for record in records
    ]
    context = {"choices": choices, "name": name, "shape": shape, "of": request.GET.get("of")}
    context["target"] = request.GET.get("target", "")[:120]
    html = render_to_string("core/suggestions.html", context, request=request)
    return HttpResponse(html)


__all__ = ["SOURCES", "Source", "first_parties", "source_of", "suggest"]
