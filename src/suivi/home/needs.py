"""What needs the user today, each list read through the access scope (`visible`).

Pure queries: they take the user and the day and return plain rows, so the page, a digest
or a test can use them alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.core.exceptions import EmptyResultSet
from django.db.models import Count, Prefetch, Q, QuerySet

from suivi.access.scope import access_of, visible
from suivi.commissions.cadence import DUE_SOON_DAYS, CadenceState, CadenceStatus
from suivi.commissions.models import (
    OPEN_ACTION_STATUSES,
    ActionItem,
    Commission,
    Session,
    SessionStatus,
)
from suivi.commissions.status import by_lateness
from suivi.parties.models import Party
from suivi.projects.models import Milestone, Project
from suivi.sources.models import Claim, ClaimStatus

# How many rows of each list the home page shows; the figure links to the whole list.
SHOWN = 8
# Counts stop here ("1000+"): counting 100,000 waiting claims on every visit of the home
# page cost more than the rest of it; the linked list gives the exact figure.
CAP = 1000


def capped_count(queryset) -> int:
    """The number of rows, up to CAP + 1 (more than CAP shows as "CAP+")."""
    return queryset.order_by().values("pk")[: CAP + 1].count()


@dataclass
class LateCommission:
    commission: Commission
    cadence: CadenceStatus
    next_session: Session | None


@dataclass
class OwnerActions:
    """Open action items of one owner party (None: no owner named)."""

    party_id: int | None
    code: str
    name: str
    count: int
    overdue: int


@dataclass
class Needs:
    today: date
    commissions: list[LateCommission] = field(default_factory=list)
    late_commissions: int = 0
    upcoming: list[Session] = field(default_factory=list)
    upcoming_count: int = 0
    overdue_milestones: list[Milestone] = field(default_factory=list)
    overdue_milestone_count: int = 0  # capped: see CAP
    actions_by_owner: list[OwnerActions] = field(default_factory=list)
    open_actions: int = 0
    claims_by_kind: list[tuple[str, str, int]] = field(default_factory=list)
    pending_claims: int = 0  # capped per kind: see CAP
    cap: int = CAP
    # Query-string tails that narrow the figures' lists as the figures are (a delegate's).
    narrow: dict[str, str] = field(default_factory=dict)


def followed(user) -> QuerySet | None:
    """The commissions a delegate works in: theirs by membership or by their party; None for
    everyone else (the secretariat, reviewers and readers follow all they may see).

    A delegate may read every public commission, but its home page is about its own: the
    others' lateness and sessions are not its work.
    """
    access = access_of(user)
    if access.admin or not access.parties:
        return None
    mine = Q(pk__in=access.commissions) | Q(parties__in=access.parties)
    return Commission.objects.filter(pk__in=Commission.objects.filter(mine).values("pk"))


def narrowing(user, commissions: QuerySet | None) -> dict[str, str]:
    """The filters that make each linked list count what the card counts, where one exists
    (a single commission, a single party)."""
    if commissions is None:
        return {}
    ids = list(commissions.values_list("pk", flat=True)[:2])
    codes = list(
        Party.objects.filter(pk__in=access_of(user).parties).values_list("code", flat=True)[:2]
    )
    tails = {}
    if len(ids) == 1:
        tails["sessions"] = tails["actions"] = f"&commission={ids[0]}"
    if len(codes) == 1:
        tails["commissions"] = f"&party={codes[0]}"
    return tails


def late_commissions(
    user, today: date, among: QuerySet | None = None
) -> tuple[list[LateCommission], int]:
    """Commissions overdue or due soon, most late first, each with its next planned session."""
    upcoming = visible(
        user, Session.objects.filter(start__gte=today, status=SessionStatus.PLANNED)
    ).order_by("start")
    commissions = visible(user, among if among is not None else Commission.objects.all())
    commissions = commissions.prefetch_related(
        Prefetch("sessions", queryset=upcoming, to_attr="upcoming_sessions")
    )
    rows = [
        LateCommission(c, cadence, (c.upcoming_sessions or [None])[0])
        for c, cadence in by_lateness(user, commissions, today)
        if cadence.state in (CadenceState.OVERDUE, CadenceState.DUE)
    ]
    late = sum(1 for row in rows if row.cadence.state == CadenceState.OVERDUE)
    return rows, late


def upcoming_sessions(user, today: date, days: int = DUE_SOON_DAYS, among: QuerySet | None = None):
    """Sessions planned to start within `days` days (of the commissions `among`, if given)."""
    sessions = Session.objects.all()
    if among is not None:
        sessions = sessions.filter(commission__in=among)
    return (
        visible(user, sessions)
        .filter(start__gte=today, start__lte=today + timedelta(days=days))
        .exclude(status=SessionStatus.CANCELLED)
        .select_related("commission")
        .order_by("start", "pk")
    )


def overdue_milestones(user, today: date, among: QuerySet | None = None):
    """Milestones past their due date and not done, oldest first (of the projects under the
    commissions `among` or led by the user's party, if given)."""
    milestones = Milestone.objects.all()
    if among is not None:
        projects = Project.objects.filter(
            Q(agreements__commissions__in=among) | Q(leads__party__in=access_of(user).parties)
        )
        milestones = milestones.filter(project__in=projects.values("pk"))
    return (
        visible(user, milestones)
        .filter(due__lt=today, done_on__isnull=True)
        .select_related("project")
        .order_by("due", "pk")
    )


def open_actions(user, among: QuerySet | None = None):
    actions = ActionItem.objects.filter(status__in=OPEN_ACTION_STATUSES)
    if among is not None:
        actions = actions.filter(session__commission__in=among)
    return visible(user, actions)


def actions_by_owner(user, today: date, among: QuerySet | None = None) -> list[OwnerActions]:
    """Open action items counted per owner party, the most loaded first (one grouped query)."""
    rows = (
        open_actions(user, among)
        .values("owner_party")
        .annotate(n=Count("pk"), late=Count("pk", filter=Q(due__lt=today)))
        .order_by("-n", "owner_party")
    )
    rows = list(rows)
    ids = [row["owner_party"] for row in rows if row["owner_party"]]
    parties = {p.pk: p for p in visible(user, Party.objects.filter(pk__in=ids))}
    return [
        OwnerActions(
            row["owner_party"],
            getattr(parties.get(row["owner_party"]), "code", ""),
            str(parties.get(row["owner_party"], "")),
            row["n"],
            row["late"],
        )
        for row in rows
    ]


def pending_claims(user) -> list[tuple[str, str, int]]:
    """(kind, its label, count up to CAP + 1) of claims waiting for review, most first.

    Each kind counted up to CAP + 1 rows of the (status, kind) index, all kinds in one
    statement (`SELECT (SELECT COUNT(*) FROM (... LIMIT 1001)), ...`): one query a kind cost
    PostgreSQL a round trip each, a third of the home page's queries.
    """
    from django.db import connections

    from suivi.sources.models import ClaimKind

    waiting = visible(user, Claim.objects.filter(status=ClaimStatus.PENDING))
    kinds = list(ClaimKind.choices)
    selects, params = [], []
    try:
        for n, (kind, _) in enumerate(kinds):
            capped = waiting.filter(kind=kind).order_by().values("pk")[: CAP + 1]
            sql, kind_params = capped.query.get_compiler(using=waiting.db).as_sql()
            selects.append(f"(SELECT COUNT(*) FROM ({sql}) AS kind_{n})")
            params.extend(kind_params)
    except EmptyResultSet:  # a reader who may see no claim
        return []
    with connections[waiting.db].cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(selects)}", params)
        counts = cursor.fetchone()
    rows = [(kind, str(label), n) for (kind, label), n in zip(kinds, counts, strict=True)]
    return sorted((row for row in rows if row[2]), key=lambda row: (-row[2], row[0]))


def needs_of(user, today: date) -> Needs:
    """Everything the home page shows for `user` on `today`."""
    needs = Needs(today=today)
    among = followed(user)
    needs.narrow = narrowing(user, among)
    needs.commissions, needs.late_commissions = late_commissions(user, today, among)
    sessions = upcoming_sessions(user, today, among=among)
    needs.upcoming = list(sessions[:SHOWN])
    needs.upcoming_count = sessions.count() if len(needs.upcoming) == SHOWN else len(needs.upcoming)
    milestones = overdue_milestones(user, today, among)
    needs.overdue_milestones = list(milestones[:SHOWN])
    needs.overdue_milestone_count = (
        capped_count(milestones)
        if len(needs.overdue_milestones) == SHOWN
        else len(needs.overdue_milestones)
    )
    needs.actions_by_owner = actions_by_owner(user, today, among)
    needs.open_actions = sum(row.count for row in needs.actions_by_owner)
    needs.claims_by_kind = pending_claims(user)
    needs.pending_claims = sum(n for _, _, n in needs.claims_by_kind)
    return needs
