"""Prepare a session's agenda from the register, and keep it in the order the secretariat wants.

The agenda of session N+1 gathers what changed or fell due since session N: open
action items, new agreements, project status changes (read from history),
milestones due or overdue, and claims reviewers accepted.
"""

from __future__ import annotations

from datetime import date, datetime, time

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils import timezone

from suivi.access.scope import visible
from suivi.commissions.agenda_text import agenda_text
from suivi.commissions.cadence import add_months
from suivi.commissions.models import (
    OPEN_ACTION_STATUSES,
    ActionItem,
    AgendaItem,
    AgendaKind,
    Session,
)
from suivi.core.vocabularies import Confidentiality

# How far ahead milestones count as "due" when the commission has no cadence.
DEFAULT_HORIZON_MONTHS = 6

_LINKS = {
    AgendaKind.PROJECT: "project_id",
    AgendaKind.MILESTONE: "milestone_id",
    AgendaKind.ACTION: "action_item_id",
    AgendaKind.AGREEMENT: "agreement_id",
    AgendaKind.CLAIM: "claim_id",
}


def _key(item: AgendaItem) -> tuple[str, int | None]:
    field = _LINKS.get(item.kind)
    return (item.kind, getattr(item, field) if field else None)


def status_changes(project, since: date | None) -> list[tuple[str, str, date]]:
    """(old status code, new status code, day) for each status change after `since`.

    The point is kept on the agenda and read by whoever reads the project now: only the
    entries written while the project was as open as it is now (or public) are told; a
    status it had while kept to one party is that party's, whoever builds the agenda.
    """
    changes = []
    previous = None
    now = (project.confidentiality, project.restricted_to_id)
    for record in project.history.order_by("history_date", "history_id"):
        if record.confidentiality != Confidentiality.PUBLIC and (
            (record.confidentiality, record.restricted_to_id) != now
        ):
            previous = None  # the next open entry starts afresh: no old value from before
            continue
        day = timezone.localdate(record.history_date)
        if previous is not None and record.status != previous and (since is None or day > since):
            changes.append((previous, record.status, day))
        previous = record.status
    return changes


def carried_over_actions(session: Session, user):
    """Action items of earlier sessions of the commission that are neither done nor dropped."""
    earlier = visible(
        user,
        Session.objects.filter(commission_id=session.commission_id, number__lt=session.number),
    )
    return visible(
        user,
        ActionItem.objects.filter(session__in=earlier, status__in=OPEN_ACTION_STATUSES),
    ).select_related("session", "owner_party", "owner_agency", "owner_person")


def _accepted_claims(records: list, since: date | None, user):
    """Claims accepted into any of `records` since the last session, oldest first."""
    from suivi.sources.models import Claim, ClaimStatus

    if not records:
        return Claim.objects.none()
    targets = Q()
    for record in records:
        content_type = ContentType.objects.get_for_model(record)
        targets |= Q(record_type=content_type, record_id=record.pk)
    claims = Claim.objects.filter(targets, status=ClaimStatus.ACCEPTED).select_related("source")
    if since is not None:
        claims = claims.filter(
            reviewed_at__gt=timezone.make_aware(datetime.combine(since, time.max))
        )
    return visible(user, claims.order_by("reviewed_at", "pk"))


def proposed_items(session: Session, user, today: date | None = None) -> list[AgendaItem]:
    """Unsaved agenda items the register suggests for `session`, in agenda order.

    Each stores what it refers to; its words are written by `agenda_text` (here in the
    active language, as a fallback, and again in each reader's language when shown).
    """
    commission = session.commission
    previous = session.previous()
    since = previous.start if previous else None
    until = session.start or today or timezone.localdate()
    horizon = add_months(until, commission.cadence_months or DEFAULT_HORIZON_MONTHS)
    items: list[AgendaItem] = []

    def point(kind: str, **links) -> None:
        items.append(AgendaItem(session=session, kind=kind, generated=True, **links))

    for action in carried_over_actions(session, user):
        point(AgendaKind.ACTION, action_item=action)

    agreements = list(visible(user, commission.agreements.all()))
    sessions = list(visible(user, commission.sessions.all()))
    projects_seen: dict[int, object] = {}
    for claim in _accepted_claims(agreements, since, user):
        point(AgendaKind.AGREEMENT, agreement=claim.record, facts={"source": str(claim.source)})
    for agreement in agreements:
        for project in visible(user, agreement.projects.all()):
            if project.pk in projects_seen:
                continue
            projects_seen[project.pk] = project
            changes = status_changes(project, since)
            if changes:
                facts = {"changes": [[old, new, day.isoformat()] for old, new, day in changes]}
                point(AgendaKind.PROJECT, project=project, agreement=agreement, facts=facts)
            for milestone in project.milestones.filter(done_on__isnull=True, due__lte=horizon):
                point(AgendaKind.MILESTONE, milestone=milestone, project=project)

    others = _accepted_claims([commission, *projects_seen.values(), *sessions], since, user)
    for claim in others:
        point(AgendaKind.CLAIM, claim=claim)
    for item in items:
        text = agenda_text(item)
        item.title, item.body = text.title[:500], text.body
    return items


def drawn_from(item: AgendaItem) -> str:
    """What a built point was drawn from ("action:12"); "" for a point typed by hand."""
    kind, target = _key(item)
    return f"{kind}:{target}" if target is not None else ""


@transaction.atomic
def build_agenda(session: Session, user, today: date | None = None) -> list[AgendaItem]:
    """Add the register's proposals to the agenda, skipping points already on it; returns the new ones.

    Safe to run twice at once: the session row is locked while building, and each point is
    inserted in its own savepoint against the unique (session, drawn_from) constraint, so a
    point another build already put on the agenda is skipped, never duplicated.
    """
    Session.objects.select_for_update().filter(pk=session.pk).first()
    existing = {_key(item) for item in session.agenda.all()}
    order = session.agenda.aggregate(last=Max("order"))["last"] or 0
    created = []
    for item in proposed_items(session, user, today):
        if _key(item) in existing:
            continue
        existing.add(_key(item))
        item.session = session
        item.order = order + 1
        item.drawn_from = drawn_from(item)
        try:
            with transaction.atomic():
                item.save()
        except IntegrityError:
            continue  # drawn by a concurrent build in the meantime
        order += 1
        created.append(item)
    return created


@transaction.atomic
def move(item: AgendaItem, step: int) -> None:
    """Move an agenda item `step` places up (negative) or down (positive), renumbering 1..n."""
    items = list(item.session.agenda.select_for_update().order_by("order", "pk"))
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    target = max(0, min(len(items) - 1, index + step))
    items.insert(target, items.pop(index))
    for position, other in enumerate(items, start=1):
        if other.order != position:
            other.order = position
            other.save(update_fields=["order"])
