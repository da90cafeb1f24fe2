"""The one place that decides which records a user may see and change; deny by default.

Every page, API endpoint, search, count, export, feed and admin list filters its querysets
through `visible()` (read) and `editable()` (write). Models say how they are reached, and
the rules here never name a model:

- a `ConfidentialModel` is public, limited to the commissions its `commission_lookups`
  reach, or limited to its `restricted_to` party (that party's delegates and the
  secretariat of the commissions it reaches);
- a child model declares `scope_parent = "<fk>"` and is visible wherever its parent is;
- any other model declares `scope_rule`, one of `RULES`;
- `party_lookups` (optional) names the parties whose delegates may edit a record.

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
from django.db.models import Model, Q, QuerySet

from suivi.core.models import ConfidentialModel
from suivi.core.vocabularies import Confidentiality

logger = logging.getLogger(__name__)

NOTHING = Q(pk__in=[])
EVERYTHING = Q()

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


def forget(user) -> None:
    """Drop the cached rights after changing a user's roles in the same process."""
    user.__dict__.pop("_suivi_access", None)


def _compute_access(user) -> Access:
    from suivi.access.models import RoleName

    public_pages = bool(getattr(settings, "SUIVI_PUBLIC_PAGES", False))
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Access(None, False, frozenset(), frozenset(), frozenset(), frozenset(), public_pages)
    rows = list(user.memberships.values_list("role", "commission_id", "party_id"))
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


def can_read(user, obj: Model) -> bool:
    return visible(user, type(obj)._default_manager.filter(pk=obj.pk)).exists()


def can_edit(user, obj: Model) -> bool:
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
        return Q(**{f"{name}__in": allowed})
    if kind == "confidential":
        return _confidential_condition(model, access)
    if kind == "reference":
        return EVERYTHING if access.sees_public else NOTHING
    if kind == "commission":
        return EVERYTHING if access.sees_public else Q(pk__in=sorted(access.commissions))
    if kind == "review":
        return EVERYTHING if _reviews(access) else NOTHING
    if kind == "own":
        return Q(user_id=access.user_id) if access.user_id else NOTHING
    return NOTHING


def _confidential_condition(model: type[Model], access: Access) -> Q:
    lookups = tuple(model.commission_lookups)
    condition = NOTHING
    if access.sees_public:
        condition |= Q(confidentiality=Confidentiality.PUBLIC)
    if access.commissions:
        condition |= Q(confidentiality=Confidentiality.COMMISSION) & _any(
            lookups, access.commissions
        )
    if access.secretariat:
        condition |= Q(confidentiality=Confidentiality.PARTY) & _any(lookups, access.secretariat)
    if access.parties:
        condition |= Q(confidentiality=Confidentiality.PARTY, restricted_to__in=access.parties)
    return condition


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
