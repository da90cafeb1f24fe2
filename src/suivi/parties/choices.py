"""Parties as people look for them: the ones the register works with first, then A–Z.

259 states sorted by ISO code put Mali on page 4; a picker or a list shows instead the
parties of the register's agreements and commissions, then every other party by its name
in the page's language.
"""

from __future__ import annotations

from functools import lru_cache

from django.db.models import Q, QuerySet
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from suivi.access.scope import visible
from suivi.parties.models import Party


def active_conditions(user) -> list[Q]:
    """Parties named by an agreement, and by a commission, the user may see.

    Read through the link tables, and meant for a WHERE clause (a semi-join, one index probe
    a party): as a correlated EXISTS in a select list, PostgreSQL with statistics scanned
    all the links of 10,000 agreements for each of the 259 parties (~1 s a list page), and
    two conditions OR-ed together cannot be a semi-join either.
    """
    from suivi.agreements.models import Agreement
    from suivi.commissions.models import Commission

    conditions = []
    for model in (Agreement, Commission):
        records = visible(user, model.objects.all())
        links = model.parties.through.objects.all()
        if records.query.has_filters():  # else every record is visible: no join needed
            links = links.filter(**{f"{model._meta.model_name}__in": records.values("pk")})
        conditions.append(Q(pk__in=links.values("party_id")))
    return conditions


def active_condition(user) -> Q:
    """Parties named by an agreement or a commission the user may see."""
    first, *others = active_conditions(user)
    for condition in others:
        first |= condition
    return first


def by_name(parties) -> list[Party]:
    """Parties sorted by their name in the active language, accents ignored."""
    return sorted(parties, key=lambda party: folded(str(party)))


@lru_cache(maxsize=8192)
def folded(name: str) -> str:
    """fold() remembered: the same few hundred names are sorted on every list page."""
    from suivi.core.search import fold

    return fold(name)


def grouped(user, queryset: QuerySet | None = None, first: QuerySet | None = None) -> list:
    """Choices for a select: (group, [(code, name)...]) with `first` (default: active) on top.

    Plain values, no model instances: it runs on every list page, with a few hundred parties.
    """
    parties = visible(user, queryset if queryset is not None else Party.objects.all())
    if first is None:
        on_top = active_conditions(user)
        label = _("Parties du registre")
    else:
        on_top = [Q(pk__in=first.values("pk"))]
        label = _("Parties de la commission")
    language = (get_language() or "fr")[:2]
    order = [language] + [code for code in ("fr", "en", "ru") if code != language]
    # Plain queries: the parties on top (semi-joins), then every party's names.
    on_top_ids = set()
    for condition in on_top:
        on_top_ids.update(parties.filter(condition).order_by().values_list("pk", flat=True))
    rows = parties.values_list("pk", "code", *(f"name_{code}" for code in order))
    top, rest = [], []
    for pk, code, *names in rows:
        name = next((n for n in names if n), code)
        (top if pk in on_top_ids else rest).append((code, name))
    top.sort(key=lambda choice: folded(choice[1]))
    rest.sort(key=lambda choice: folded(choice[1]))
    groups = [(label, top)] if top else []
    groups.append((_("Toutes les parties") if top else "", rest))
    return groups
