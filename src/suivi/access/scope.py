"""The one place that decides which records a user may see and change; deny by default.

Every page, API endpoint, search, count, export, feed and admin list filters its querysets
through `visible()` (read) and `editable()` (write). Models say how they are reached, and
the rules here never name a model:

- a `ConfidentialModel` is public, limited to the commissions its `commission_lookups`
  reach, or limited to its `restricted_to` party (that party's delegates and the
  secretariat of the commissions it reaches);
- a child model declares `scope_parent = "<fk>"` and is visible wherever its parent is;
- any other model declares `scope_rule`, one of `RULES`;
- `party_lookups` (optional) names the parties whose delegates may edit a record;
- `scope_links` (optional) names records a row is drawn from (an agenda point's action,
  project or claim's record): the row is visible only where each of them is too.

Related records follow the same scope: views, API payloads, files and listings take them
through `visible_with()` (a scoped prefetch into `visible_<relation>`), and templates may
not walk a confidential relation unscoped (`ScopedManager`). A related record that must
be named but is hidden is `name_of()`'s "restricted record", without title or id.

A model that declares none of these is refused: an error in development and tests, an
empty queryset (and a logged error) in production.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Model, Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy

from suivi.core.models import ConfidentialModel
from suivi.core.vocabularies import Confidentiality

logger = logging.getLogger(__name__)

NOTHING = Q(pk__in=[])
EVERYTHING = Q()
# What a page, file or listing says in place of a related record the reader may not see.
RESTRICTED = gettext_lazy("enregistrement réservé")
# The refusal of a change to a record the user may read (pages and API).
READ_ONLY = gettext_lazy("Vous pouvez lire cet enregistrement mais pas le modifier.")

# scope_rule values: who reads records that carry no confidentiality of their own.
RULES = {
    "reference": "parties, people, sectors, sources: whoever may read public records",
    "commission": "a joint body: public readers, its members and its secretariat",
    "review": "the review queue: reviewers, secretariat and administrators",
    "own": "a user's own rows (roles, tokens): that user and administrators",
    "admin": "administrators only",
}


@dataclass(frozen=True)
class Access:
    """What one user's roles add up to, computed once per user object."""

    user_id: int | None
    admin: bool
    roles: frozenset[str]
    secretariat: frozenset[int]
    commissions: frozenset[int]
    parties: frozenset[int]
    sees_public: bool


def access_of(user) -> Access:
    """The user's rights, cached on the user object for the rest of the request."""
    cached = getattr(user, "_suivi_access", None)
    if cached is not None:
        return cached
    access = _compute_access(user)
    if getattr(user, "is_authenticated", False):
        user._suivi_access = access
    return access


def scope_key(user) -> tuple:
    """What `visible()` depends on for `user`, without who they are: two readers with the same
    key read the same records (except `own` rows: roles, tokens), so a value computed through
    `visible()` for one may be shown to the other (core/memo.py). Any new input of the read
    rules must be part of `Access`, hence of this key."""
    access = access_of(user)
    return (
        access.admin,
        access.roles,
        access.secretariat,
        access.commissions,
        access.parties,
        access.sees_public,
    )


def forget(user) -> None:
    """Drop the cached rights after changing a user's roles in the same process."""
    user.__dict__.pop("_suivi_access", None)


def _compute_access(user) -> Access:
    from suivi.access.models import RoleName

    public_pages = bool(getattr(settings, "SUIVI_PUBLIC_PAGES", False))
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Access(None, False, frozenset(), frozenset(), frozenset(), frozenset(), public_pages)
    rows = _memberships(user.pk)
    roles = frozenset(role for role, _, _ in rows)
    return Access(
        user_id=user.pk,
        admin=user.is_superuser or RoleName.ADMIN in roles,
        roles=roles,
        secretariat=frozenset(c for r, c, _ in rows if r == RoleName.SECRETARIAT and c),
        commissions=frozenset(c for _, c, _ in rows if c),
        parties=frozenset(p for r, _, p in rows if r == RoleName.DELEGATE and p),
        sees_public=bool(roles) or public_pages,
    )


def _memberships(user_id: int) -> list[tuple[str, int | None, int | None]]:
    """The user's roles as (role, commission id, party id), read from the database on every
    request that asks (a withdrawn role takes effect on the next request). One plain SQL
    statement: the ORM's query building cost more CPU than the read on every page."""
    from django.db import connections, router

    from suivi.access.models import Membership

    connection = connections[router.db_for_read(Membership)]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {quote('role')}, {quote('commission_id')}, {quote('party_id')} "
            f"FROM {quote(Membership._meta.db_table)} WHERE {quote('user_id')} = %s",
            [user_id],
        )
        return cursor.fetchall()


def visible(user, queryset: QuerySet) -> QuerySet:
    """The part of `queryset` that `user` may read."""
    kind = kind_of(queryset.model)
    if kind is None:
        return queryset.none()
    access = access_of(user)
    if access.admin:
        return queryset
    return _restrict(queryset, _read_condition(queryset.model, access))


def editable(user, queryset: QuerySet) -> QuerySet:
    """The part of `queryset` that `user` may change (always within what they may read)."""
    kind = kind_of(queryset.model)
    if kind is None:
        return queryset.none()
    access = access_of(user)
    if access.admin:
        return queryset
    model = queryset.model
    condition = _read_condition(model, access) & _write_condition(model, access)
    return _restrict(queryset, condition)


def visible_with(user, queryset: QuerySet, *relations: str) -> QuerySet:
    """`visible()`, with each named relation prefetched through the scope as `visible_<name>`.

    The one way pages, API payloads, session files and listings get related records: a
    template reads `decision.visible_agreements`, which exists only if it was scoped here.
    """
    return visible(user, queryset).prefetch_related(
        *scoped_prefetches(user, queryset.model, *relations)
    )


def scoped_prefetches(user, model: type[Model], *relations: str) -> list[Prefetch]:
    """Prefetch objects that load only the related rows `user` may see, into `visible_<name>`."""
    prefetches = []
    for name in relations:
        related = model._meta.get_field(name).related_model
        rows = visible(user, related._default_manager.all())
        prefetches.append(Prefetch(name, queryset=rows, to_attr=f"visible_{name}"))
    return prefetches


def filter_through(user, queryset: QuerySet, lookup: str, value) -> QuerySet:
    """`queryset` filtered by `lookup=value`, following only related records `user` may read.

    A filter or a count that crossed a hidden record would tell it exists: a public project
    tied only to another party's agreement is no project of that agreement's parties, nor of
    its commission, for a reader who may not see the agreement. Each relation of `lookup` is
    taken through `visible()`; the last part compares the record's own field.
    """
    from django.core.exceptions import FieldDoesNotExist

    model = queryset.model
    head, _, rest = lookup.partition("__")
    try:
        field = model._meta.get_field(head)
    except FieldDoesNotExist:
        field = None
    if field is None or not field.is_relation:
        return queryset.filter(**{lookup: value})
    targets = visible(user, field.related_model._default_manager.all())
    targets = filter_through(user, targets, rest, value) if rest else targets.filter(pk=value)
    ids = model._default_manager.filter(**{f"{head}__in": targets.values("pk")}).values("pk")
    return queryset.filter(pk__in=ids)


def with_link_shown(user, queryset: QuerySet, path: str, name: str = "record_shown") -> QuerySet:
    """`queryset` with a boolean `name`: whether the record the key `path` points at (a foreign
    or generic key) is empty or readable by `user`.

    A row may be read where a record it names may not: a reviewer reads every claim, one of
    them merged into another party's agreement. What names that record (its id in an API
    payload, "same as agreement #12") asks this first. One query for the whole list.
    """
    from django.db.models import BooleanField, ExpressionWrapper, Value

    access = access_of(user)
    condition = EVERYTHING if access.admin else _link_condition(queryset.model, path, access)
    if condition == EVERYTHING:
        return queryset.annotate(**{name: Value(True, output_field=BooleanField())})
    if condition == NOTHING:
        return queryset.annotate(**{name: Value(False, output_field=BooleanField())})
    return queryset.annotate(**{name: ExpressionWrapper(condition, output_field=BooleanField())})


def hidden_ties(instance: Model, name: str, shown: QuerySet) -> list[Model]:
    """The records `instance` is tied to through the many-to-many `name` that `shown` leaves
    out. A form offers what its user may see; saving it keeps the ties the user cannot see
    (another party's agreement behind a shared project) instead of dropping them unseen."""
    if instance.pk is None:
        return []
    return list(getattr(instance, name).exclude(pk__in=shown.values("pk")))


def readable(user, records: list[Model]) -> list[Model]:
    """Those of `records` (of any models) that `user` may read, in their order; one query a
    model. For lists built outside a queryset, such as a matcher's candidates."""
    access = access_of(user)
    allowed: set[tuple[type, object]] = set()
    for model in {type(record) for record in records}:
        ids = [record.pk for record in records if type(record) is model]
        if access.admin or _read_condition(model, access) == EVERYTHING:
            allowed.update((model, pk) for pk in ids)  # nothing to ask the database
            continue
        rows = visible(user, model._default_manager.filter(pk__in=ids))
        allowed.update((model, pk) for pk in rows.values_list("pk", flat=True))
    return [record for record in records if (type(record), record.pk) in allowed]


def name_of(user, obj: Model | None) -> str:
    """The record's name if `user` may see it, else "restricted record" (no title, no id)."""
    if obj is None:
        return ""
    return str(obj) if can_read(user, obj) else str(RESTRICTED)


def editable_or_refused(user, queryset: QuerySet, **lookup) -> Model:
    """The one record of `queryset` matching `lookup` that `user` may change.

    A record the user may read but not change answers 403 with a message that says so (the
    edit link was reached, the page exists, the user knows the record); a record the user
    may not even read answers 404, as if it did not exist, so its existence stays unsaid.
    """
    from django.core.exceptions import PermissionDenied
    from django.http import Http404

    found = editable(user, queryset).filter(**lookup).first()
    if found is not None:
        return found
    if visible(user, queryset).filter(**lookup).exists():
        raise PermissionDenied(READ_ONLY)
    raise Http404


def can_read(user, obj: Model) -> bool:
    if obj.pk is not None and kind_of(type(obj)) is not None and access_of(user).admin:
        return True  # an administrator reads every record: no query to ask it
    return visible(user, type(obj)._default_manager.filter(pk=obj.pk)).exists()


def can_edit(user, obj: Model) -> bool:
    if obj.pk is not None and kind_of(type(obj)) is not None and access_of(user).admin:
        return True  # and changes every one (a record page asks on every visit)
    return editable(user, type(obj)._default_manager.filter(pk=obj.pk)).exists()


def _restrict(queryset: QuerySet, condition: Q) -> QuerySet:
    """Filter through a subquery on primary keys, so many-valued paths never duplicate rows."""
    if condition == EVERYTHING:
        return queryset
    if condition == NOTHING:
        return queryset.none()
    allowed = queryset.model._default_manager.filter(condition).values("pk")
    return queryset.filter(pk__in=allowed)


def kind_of(model: type[Model]) -> str | None:
    """How the model is scoped: "confidential", "child" or a rule; None if it declares nothing."""
    if issubclass(model, ConfidentialModel):
        return "confidential"
    if getattr(model, "scope_parent", None):
        return "child"
    rule = getattr(model, "scope_rule", None)
    if rule in RULES:
        return rule
    message = (
        f"{model._meta.label} declares no access scope: subclass ConfidentialModel, "
        f"or set scope_parent, or scope_rule (one of {', '.join(RULES)})"
    )
    if getattr(settings, "SUIVI_SCOPE_STRICT", settings.DEBUG):
        raise ImproperlyConfigured(message)
    logger.error(message)
    return None


def _parent(model: type[Model]) -> tuple[str, type[Model]]:
    name = model.scope_parent
    return name, model._meta.get_field(name).related_model


def _any(paths: tuple[str, ...], ids: frozenset[int]) -> Q:
    """Records whose any path leads to one of `ids`."""
    if not ids or not paths:
        return NOTHING
    return reduce(or_, (Q(**{f"{path}__in": sorted(ids)}) for path in paths))


def _read_condition(model: type[Model], access: Access) -> Q:
    kind = kind_of(model)
    if kind == "child":
        name, parent = _parent(model)
        allowed = parent._default_manager.filter(_read_condition(parent, access)).values("pk")
        return Q(**{f"{name}__in": allowed}) & _links_condition(model, access)
    if kind == "confidential":
        return _confidential_condition(model, access) & _links_condition(model, access)
    if kind == "reference":
        return EVERYTHING if access.sees_public else NOTHING
    if kind == "commission":
        return EVERYTHING if access.sees_public else Q(pk__in=sorted(access.commissions))
    if kind == "review":
        return EVERYTHING if _reviews(access) else NOTHING
    if kind == "own":
        return Q(user_id=access.user_id) if access.user_id else NOTHING
    return NOTHING


def _links_condition(model: type[Model], access: Access) -> Q:
    """Each record the row was drawn from (`scope_links`) is empty or visible too."""
    condition = EVERYTHING
    for path in getattr(model, "scope_links", ()):
        condition &= _link_condition(model, path, access)
    return condition


def _link_condition(model: type[Model], path: str, access: Access) -> Q:
    """A foreign key path (`action_item`), or one ending in a generic key (`claim__record`)."""
    from django.contrib.contenttypes.fields import GenericForeignKey

    head, _, last = path.rpartition("__")
    owner = model
    for part in filter(None, head.split("__")):
        owner = owner._meta.get_field(part).related_model
    field = owner._meta.get_field(last)
    if not isinstance(field, GenericForeignKey):
        target = field.related_model
        allowed = target._default_manager.filter(_read_condition(target, access)).values("pk")
        return Q(**{f"{path}__isnull": True}) | Q(**{f"{path}__in": allowed})
    return _generic_condition(f"{head}__" if head else "", field, access)


def _generic_condition(prefix: str, key, access: Access) -> Q:
    """The generic key points at nothing, or at a record of a kind and id `access` may read.

    Only records with a confidentiality of their own, or of their parent, can be hidden;
    rows that carry `scope_links` themselves are never pointed at this way (and checking
    them here would recurse).
    """
    from django.contrib.contenttypes.models import ContentType

    from suivi.core.registry import record_models

    type_path, id_path = f"{prefix}{key.ct_field}", f"{prefix}{key.fk_field}"
    condition = Q(**{f"{type_path}__isnull": True})
    checks = EVERYTHING
    for target in record_models():
        if kind_of(target) not in ("confidential", "child") or hasattr(target, "scope_links"):
            continue
        rule = _read_condition(target, access)
        content_type = ContentType.objects.get_for_model(target)
        allowed = target._default_manager.filter(rule).values("pk")
        checks &= ~Q(**{type_path: content_type}) | Q(**{f"{id_path}__in": allowed})
    return EVERYTHING if checks == EVERYTHING else condition | checks


def _confidential_condition(
    model: type[Model], access: Access, state: tuple[str, int | None] | None = None
) -> Q:
    """Rows `access` may read; with `state` (confidentiality, restricted_to id), whether the
    row would be readable at that confidentiality, its ties to commissions as they stand."""

    def at(level: str) -> Q:
        if state is None:
            return Q(confidentiality=level)
        return EVERYTHING if state[0] == level else NOTHING

    def kept_to(parties: frozenset[int]) -> Q:
        if state is None:
            return Q(restricted_to__in=parties)
        return EVERYTHING if state[1] in parties else NOTHING

    lookups = tuple(model.commission_lookups)
    terms = []
    if access.sees_public:
        terms.append(at(Confidentiality.PUBLIC))
    if access.commissions:
        terms.append(_and(at(Confidentiality.COMMISSION), _any(lookups, access.commissions)))
    if access.secretariat:
        terms.append(_and(at(Confidentiality.PARTY), _any(lookups, access.secretariat)))
    if access.parties:
        terms.append(_and(at(Confidentiality.PARTY), kept_to(access.parties)))
    return reduce(_or, terms, NOTHING)


def _and(left: Q, right: Q) -> Q:
    return NOTHING if NOTHING in (left, right) else left & right


def _or(left: Q, right: Q) -> Q:
    """`left | right`, where EVERYTHING wins (in Django, `Q() | x` is `x`)."""
    return EVERYTHING if EVERYTHING in (left, right) else left | right


def readable_states(
    user, model: type[Model], pk, states: set[tuple[str, int | None]]
) -> set[tuple[str, int | None]]:
    """Which past states of record `pk` (confidentiality, restricted_to id) `user` could read.

    A record kept to one party and later made public was written for that party: its history
    from that time (old titles, texts) is no more the other party's than the record was. The
    record's ties to commissions are taken as they stand now.
    """
    if kind_of(model) != "confidential":
        return set(states)
    access = access_of(user)
    if access.admin:
        return set(states)
    row = model._default_manager.filter(pk=pk)
    links = _links_condition(model, access)
    allowed = set()
    for state in states:
        condition = _and(_confidential_condition(model, access, state), links)
        if condition == EVERYTHING or (condition != NOTHING and row.filter(condition).exists()):
            allowed.add(state)
    return allowed


def _write_condition(model: type[Model], access: Access) -> Q:
    if kind_of(model) == "review" and _reviews(access):
        return EVERYTHING  # Q() | x is x in Django, so "everything" cannot be OR-ed in
    condition = _any(commission_paths(model), access.secretariat)
    return condition | _any(party_paths(model), access.parties)


def _reviews(access: Access) -> bool:
    from suivi.access.models import RoleName

    return access.admin or bool({RoleName.REVIEWER, RoleName.SECRETARIAT} & access.roles)


def commission_paths(model: type[Model]) -> tuple[str, ...]:
    """ORM paths from a record to the commissions whose secretariat edits it."""
    kind = kind_of(model)
    if kind == "commission":
        return ("pk",)
    if kind == "confidential":
        return tuple(model.commission_lookups)
    if kind == "child":
        name, parent = _parent(model)
        return tuple(f"{name}__{path}" for path in commission_paths(parent))
    return ()


def party_paths(model: type[Model]) -> tuple[str, ...]:
    """ORM paths from a record to the parties whose delegates edit it."""
    paths = tuple(getattr(model, "party_lookups", ()))
    kind = kind_of(model)
    if kind == "confidential":
        paths += ("restricted_to",)
    if kind == "child":
        name, parent = _parent(model)
        paths += tuple(f"{name}__{path}" for path in party_paths(parent))
    return paths
