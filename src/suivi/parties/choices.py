"""Parties as people look for them: the ones the register works with first, then A–Z.

259 states sorted by ISO code put Mali on page 4; a picker or a list shows instead the
parties of the register's agreements, commissions and projects, then the other states,
then the other parties, each by its name in the page's language. "Active" is computed
through the viewer's scope: the order never tells a delegate that a record they may not
see names some party.
"""

from __future__ import annotations

from functools import lru_cache

from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from suivi.access.scope import visible
from suivi.core.search import Fold
from suivi.parties.models import Party, PartyKind

# register_group values, in the order shown.
ACTIVE, STATE, OTHER = 0, 1, 2


# Above this many active parties the ids stay a subquery rather than a list of parameters.
MAX_LISTED_IDS = 900


def active_condition(user) -> Q:
    """Parties named by an agreement or a commission, or leading a project, the user may see.

    The party ids are read first, in one query (a UNION of the three link tables, each
    restricted to the records the user may see), and the condition is a plain list of a few
    hundred ids. Inlined as subqueries, the scope's conditions were compiled into the list
    query and again into its COUNT, and run inside a CASE for each of 259 parties: a
    delegate's parties page cost twice an administrator's. An EXISTS per party was worse.
    """
    subquery = active_ids_query(user)
    ids = list(subquery[: MAX_LISTED_IDS + 1])
    if len(ids) > MAX_LISTED_IDS:
        return Q(pk__in=active_ids_query(user, union=False))
    return Q(pk__in=ids)


def active_ids_query(user, union: bool = True):
    """The ids of the parties active for `user` (values_list query, duplicates removed)."""
    from suivi.agreements.models import Agreement
    from suivi.commissions.models import Commission
    from suivi.projects.models import LeadAgency, Project

    links = (
        (Agreement, Agreement.parties.through, "agreement"),
        (Commission, Commission.parties.through, "commission"),
        (Project, LeadAgency, "project"),
    )
    queries = []
    for model, link, owner in links:
        records = visible(user, model.objects.all())
        rows = link.objects.all()
        if records.query.where:  # a restricted reader: only the records they may see
            rows = rows.filter(**{f"{owner}__in": records.values("pk")})
        queries.append(rows.order_by().values_list("party_id", flat=True))
    if union:
        return queries[0].union(*queries[1:])
    return Party.objects.filter(
        Q(pk__in=queries[0]) | Q(pk__in=queries[1]) | Q(pk__in=queries[2])
    ).values_list("pk", flat=True)


def name_in_language():
    """The party's name as `str(party)` shows it: the page's language, then fr, en, ru, code."""
    language = (get_language() or "fr")[:2]
    order = [language] + [code for code in ("fr", "en", "ru") if code != language]
    names = [NullIf(F(f"name_{code}"), Value("")) for code in order]
    return Coalesce(*names, F("code"))


def register_order(user, queryset: QuerySet) -> QuerySet:
    """`queryset` with active parties first, then states, then the rest, each A–Z by name.

    Sorted in the database (so pagination holds) on the folded name: case and accents
    ignored the same way on SQLite and PostgreSQL ("Égypte" among the E's).
    Each row carries `register_group` (ACTIVE, STATE or OTHER).
    """
    group = Case(
        When(active_condition(user), then=Value(ACTIVE)),
        When(kind=PartyKind.STATE, then=Value(STATE)),
        default=Value(OTHER),
        output_field=IntegerField(),
    )
    return queryset.annotate(register_group=group, sort_name=Fold(name_in_language())).order_by(
        "register_group", "sort_name", "code"
    )


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

    One query of plain values: it runs on every list page, with a few hundred parties.
    """
    if queryset is None and first is None:
        return register_choices(user)[0]
    return _grouped(user, queryset, first)[0]


def register_choices(user) -> tuple[list, dict[str, int]]:
    """`grouped(user)` and {code: id} of the parties offered, remembered per scope and
    language (core/memo.py): a list filter offers them on every page, and filters by id
    (a party's code joined in the query hid from PostgreSQL's planner how many agreements
    the party has, and it then read all of the party's 3,000 links for a page of 50)."""
    from suivi.access.scope import scope_key
    from suivi.core.memo import remembered

    key = ("parties.grouped", scope_key(user), get_language())
    return remembered(key, lambda: _grouped(user, None, None))


def _grouped(user, queryset: QuerySet | None, first: QuerySet | None) -> tuple[list, dict]:
    parties = visible(user, queryset if queryset is not None else Party.objects.all())
    if first is None:
        on_top = active_condition(user)
        label = _("Parties du registre")
    else:
        on_top = Q(pk__in=first.values("pk"))
        label = _("Parties de la commission")
    language = (get_language() or "fr")[:2]
    order = [language] + [code for code in ("fr", "en", "ru") if code != language]
    rows = parties.annotate(
        on_top=Case(When(on_top, then=Value(True)), default=Value(False))
    ).values_list("pk", "code", "on_top", *(f"name_{code}" for code in order))
    top, rest, ids = [], [], {}
    for pk, code, is_top, *names in rows:
        name = next((n for n in names if n), code)
        (top if is_top else rest).append((code, name))
        ids[code] = pk
    top.sort(key=lambda choice: folded(choice[1]))
    rest.sort(key=lambda choice: folded(choice[1]))
    groups = [(label, top)] if top else []
    groups.append((_("Toutes les parties") if top else "", rest))
    return groups, ids
