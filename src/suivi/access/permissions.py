"""Which roles may attempt each change: one table, declared once, deny by default.

Every page, API operation and command that writes names its action — `@requires(action)`
on views and API operations, `check(user, action)` in commands — and this table says which
roles may take it. The access scope (`editable()`) then narrows *which* records: the table
answers "may a reader ever upload?", the scope "may this secretariat edit that session?".

Deny by default: a page that accepts POST (or PUT, PATCH, DELETE) without a declared action
answers 403 (`WriteGuardMiddleware`), and so does an API operation (`enforce`, added to the
API once); an action missing from the table is refused too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from suivi.access.models import RoleName
from suivi.access.scope import access_of

logger = logging.getLogger(__name__)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

# Pseudo-roles: anyone at all (signing in), anyone signed in (their own settings).
ANYONE = "anyone"
SIGNED_IN = "signed-in"

ADMIN, SECRETARIAT, DELEGATE = RoleName.ADMIN, RoleName.SECRETARIAT, RoleName.DELEGATE
REVIEWER = RoleName.REVIEWER

ACTIONS: dict[str, frozenset[str]] = {
    # Accounts: signing in and out, the interface language; no record changes.
    "account.sign_in": frozenset({ANYONE}),
    # A user's own calendar address (their own row, not the register).
    "calendar.own": frozenset({SIGNED_IN}),
    # The commission cycle: the secretariat runs it; the scope limits it to its commission.
    "commission.add": frozenset({ADMIN}),
    "commission.change": frozenset({ADMIN, SECRETARIAT}),
    "session.add": frozenset({ADMIN, SECRETARIAT}),
    "session.change": frozenset({ADMIN, SECRETARIAT}),
    "agenda.change": frozenset({ADMIN, SECRETARIAT}),
    "decision.add": frozenset({ADMIN, SECRETARIAT}),
    "decision.change": frozenset({ADMIN, SECRETARIAT}),
    "attendance.add": frozenset({ADMIN, SECRETARIAT}),
    "attendance.change": frozenset({ADMIN, SECRETARIAT}),
    "action.add": frozenset({ADMIN, SECRETARIAT}),
    # The owner party's delegates follow up their action items; the scope says which.
    "action.change": frozenset({ADMIN, SECRETARIAT, DELEGATE}),
    # A lead party's delegates update their projects.
    "project.change": frozenset({ADMIN, SECRETARIAT, DELEGATE}),
    # Sources and claims: who feeds and works the review queue.
    "source.add": frozenset({ADMIN, SECRETARIAT, REVIEWER}),
    # Files attached to agreements, projects and sessions (API v1); the scope says which.
    "document.add": frozenset({ADMIN, SECRETARIAT}),
    "claim.review": frozenset({ADMIN, SECRETARIAT, REVIEWER}),
    # The press watch (`suivi watch`, Veille pages): which feeds and sitemaps are read.
    "watch.change": frozenset({ADMIN, SECRETARIAT}),
    # Imports of agreements and projects from files (`suivi import`, branch exchange):
    # secretariat and admins create, a lead party's delegates update their projects.
    "register.import": frozenset({ADMIN, SECRETARIAT, DELEGATE}),
    # The register's own create and edit pages (core.edit.RegisterEditView): creating is for
    # the secretariat and administrators (the view says so), the scope narrows what is edited.
    "register.edit": frozenset({ADMIN, SECRETARIAT, DELEGATE}),
    # Deleting a record's part (a milestone, a role, an action item) through the API v1.
    "register.delete": frozenset({ADMIN, SECRETARIAT}),
    # The admin site's add, change and delete pages (then narrowed by the scope).
    "admin.change": frozenset({ADMIN, SECRETARIAT, DELEGATE, REVIEWER}),
}


def permits(user, action: str) -> bool:
    """Whether `user` holds a role that may take `action`; unknown actions are refused."""
    allowed = ACTIONS.get(action)
    if allowed is None:
        logger.error("undeclared write action %r refused", action)
        return False
    if ANYONE in allowed:
        return True
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    access = access_of(user)
    if access.admin or SIGNED_IN in allowed:
        return True
    return bool(access.roles & allowed)


def check(user, action: str) -> None:
    """Raise PermissionDenied unless `user` may take `action` (commands turn it into an error)."""
    if not permits(user, action):
        raise PermissionDenied(refusal(action))


def refusal(action: str) -> str:
    return _("Votre rôle ne permet pas cette modification (%(action)s).") % {"action": action}


def requires(action: str) -> Callable:
    """Declare the action a view or API operation takes; the function itself is unchanged.

    Pages are checked by `WriteGuardMiddleware`, API operations by `enforce`: both read the
    declaration, so an undeclared writer is refused rather than let through.
    """
    if action not in ACTIONS:
        raise KeyError(f"{action!r} is not in access.permissions.ACTIONS")

    def declare(view: Callable) -> Callable:
        view.suivi_action = action
        return view

    return declare


def declared_action(view: Callable) -> str | None:
    """The action a view declared (through decorators such as login_not_required too)."""
    while view is not None:
        action = getattr(view, "suivi_action", None) or getattr(
            getattr(view, "view_class", None), "suivi_action", None
        )
        if action is not None:
            return action
        view = getattr(view, "__wrapped__", None)
    return None


class WriteGuardMiddleware:
    """Pages: a view that declares an action needs a role for it (GET included, so a reader
    is not even shown the upload form); an undeclared view takes no unsafe method.

    The admin site keeps its own checks (`ScopedAdminMixin`, which consults the same table).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path.startswith("/api/"):
            return None  # the API answers for itself (`enforce`)
        match = request.resolver_match
        if match is not None and "admin" in match.namespaces:
            return None
        action = declared_action(view_func)
        if action is None:
            if request.method in SAFE_METHODS:
                return None
            logger.error("write to %s refused: its view declares no action", request.path)
            raise PermissionDenied(_("Cette page ne modifie rien."))
        check(request.user, action)
        return None


def enforce(view_func: Callable) -> Callable:
    """The API's one decorator (added with `api.add_decorator`): the same rule for operations."""
    from ninja.errors import HttpError

    action = declared_action(view_func)

    @wraps(view_func)
    def checked(request, *args, **kwargs):
        if action is None and request.method not in SAFE_METHODS:
            raise HttpError(403, _("Cette opération ne modifie rien."))
        if action is not None and not permits(request.user, action):
            raise HttpError(403, refusal(action))
        return view_func(request, *args, **kwargs)

    return checked
