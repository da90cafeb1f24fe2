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
from django.utils.translation import gettext as _

from suivi.access.scope import visible
from suivi.commissions.cadence import add_months
from suivi.commissions.models import (
    OPEN_ACTION_STATUSES,
    ActionItem,
    AgendaItem,
    AgendaKind,
    Session,
)

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
    """(old status label, new status label, day) for each status change after `since`."""
    labels = dict(type(project).status.field.choices)
    changes = []
    previous = None
    for record in project.history.order_by("history_date", "history_id"):
        day = timezone.localdate(record.history_date)
        if previous is not None and record.status != previous and (since is None or day > since):
            changes.append((str(labels.get(previous)), str(labels.get(record.status)), day))
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
    """Unsaved agenda items the register suggests for `session`, in agenda order."""
    commission = session.commission
    previous = session.previous()
    since = previous.start if previous else None
    until = session.start or today or timezone.localdate()
    horizon = add_months(until, commission.cadence_months or DEFAULT_HORIZON_MONTHS)
    items: list[AgendaItem] = []

    for action in carried_over_actions(session, user):
        due = _(", échéance %(due)s") % {"due": action.due} if action.due else ""
        items.append(
            AgendaItem(
                kind=AgendaKind.ACTION,
                action_item=action,
                title=_("Action de la session %(number)s : %(title)s")
                % {"number": action.session.number, "title": action.title},
                body=_("Responsable : %(owner)s%(due)s ; statut : %(status)s")
                % {
                    "owner": action.owner or "—",
                    "due": due,
                    "status": action.get_status_display(),
                },
            )
        )

    agreements = list(visible(user, commission.agreements.all()))
    sessions = list(visible(user, commission.sessions.all()))
    projects_seen: dict[int, object] = {}
    for claim in _accepted_claims(agreements, since, user):
        agreement = claim.record
        items.append(
            AgendaItem(
                kind=AgendaKind.AGREEMENT,
                agreement=agreement,
                title=_("Accord : %(agreement)s") % {"agreement": agreement},
                body=_("%(status)s ; source : %(source)s")
                % {"status": agreement.get_status_display(), "source": claim.source},
            )
        )
    for agreement in agreements:
        for project in visible(user, agreement.projects.all()):
            if project.pk in projects_seen:
                continue
            projects_seen[project.pk] = project
            changes = status_changes(project, since)
            if changes:
                items.append(
                    AgendaItem(
                        kind=AgendaKind.PROJECT,
                        project=project,
                        agreement=agreement,
                        title=_("Projet « %(project)s » : %(status)s")
                        % {"project": project, "status": project.get_status_display()},
                        body="\n".join(
                            _("%(day)s : %(old)s → %(new)s") % {"day": day, "old": old, "new": new}
                            for old, new, day in changes
                        ),
                    )
                )
            for milestone in project.milestones.filter(done_on__isnull=True, due__lte=horizon):
                late = milestone.due < until
                items.append(
                    AgendaItem(
                        kind=AgendaKind.MILESTONE,
                        milestone=milestone,
                        project=project,
                        title=_("Jalon « %(milestone)s » (%(project)s)")
                        % {"milestone": milestone.title, "project": project},
                        body=(_("En retard : échéance %(due)s") if late else _("Échéance %(due)s"))
                        % {"due": milestone.due},
                    )
                )

    others = _accepted_claims([commission, *projects_seen.values(), *sessions], since, user)
    for claim in others:
        items.append(
            AgendaItem(
                kind=AgendaKind.CLAIM,
                claim=claim,
                title=_("%(kind)s : %(record)s")
                % {"kind": claim.get_kind_display(), "record": claim.record},
                body=claim.evidence or str(claim.source),
            )
        )
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
