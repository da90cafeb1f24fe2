"""What falls due in the coming days, per commission: sessions, action items and milestones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.core.mail import send_mail
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from suivi.access.scope import filter_through, visible
from suivi.commissions.cadence import CadenceState
from suivi.commissions.models import OPEN_ACTION_STATUSES, ActionItem, Commission
from suivi.commissions.status import with_visible_sessions


@dataclass(frozen=True)
class Due:
    """One thing that falls due: its day and what it is."""

    day: date
    text: str


def _late(day: date, today: date) -> str:
    if day >= today:
        return ""
    days = (today - day).days
    late = formats.number_format(days, force_grouping=True)
    return ngettext(" (en retard de %(n)s jour)", " (en retard de %(n)s jours)", days) % {"n": late}


def _short(day: date) -> str:
    """A column of dates the same width, in the language's order (not ISO 2025-06-23)."""
    return formats.date_format(day, "SHORT_DATE_FORMAT")


def _long(day: date) -> str:
    return formats.date_format(day, "DATE_FORMAT")


def due_items(commission: Commission, user, today: date, end: date) -> list[Due]:
    """What of `commission` falls due by `end` (late items included), soonest first."""
    items: list[Due] = []
    cadence = commission.cadence(today, commission.sessions.all())
    if cadence.next_due and cadence.state in (CadenceState.OVERDUE, CadenceState.DUE):
        items.append(
            Due(cadence.next_due, _("Prochaine session due") + _late(cadence.next_due, today))
        )
    for session in commission.sessions.all():
        if session.start and today <= session.start <= end and session.status == "planned":
            items.append(
                Due(
                    session.start,
                    _("Session %(number)s à %(place)s")
                    % {"number": session.number, "place": session.place or "—"},
                )
            )
    actions = visible(
        user,
        ActionItem.objects.filter(
            session__in=commission.sessions.all(),
            status__in=OPEN_ACTION_STATUSES,
            due__lte=end,
        ),
    ).select_related("owner_party", "owner_agency", "owner_person")
    for action in actions:
        items.append(
            Due(
                action.due,
                _("Action : %(title)s — %(owner)s")
                % {"title": action.title, "owner": action.owner or "—"}
                + _late(action.due, today),
            )
        )
    from suivi.projects.models import Milestone, Project

    projects = filter_through(
        user, visible(user, Project.objects.all()), "agreements__commissions", commission.pk
    )
    for milestone in Milestone.objects.filter(
        project__in=projects, done_on__isnull=True, due__lte=end
    ).select_related("project"):
        items.append(
            Due(
                milestone.due,
                _("Jalon : %(title)s (%(project)s)")
                % {"title": milestone.title, "project": milestone.project}
                + _late(milestone.due, today),
            )
        )
    return sorted(items, key=lambda item: (item.day, item.text))


def digest(user, today: date, days: int) -> list[tuple[Commission, list[Due]]]:
    """Per commission `user` may see, what falls due within `days` days of `today`."""
    end = today + timedelta(days=days)
    commissions = with_visible_sessions(user, visible(user, Commission.objects.all()))
    result = []
    for commission in commissions:
        items = due_items(commission, user, today, end)
        if items:
            result.append((commission, items))
    return result


def as_text(entries: list[tuple[Commission, list[Due]]], today: date, days: int) -> str:
    """The digest as a reader of the active language writes dates (23/06/2025, 23.06.2025)."""
    lines = [
        _("Échéances du %(today)s au %(end)s")
        % {"today": _long(today), "end": _long(today + timedelta(days=days))}
    ]
    for commission, items in entries:
        lines += ["", str(commission)]
        lines += [f"  {_short(item.day)}  {item.text}" for item in items]
    if not entries:
        lines.append(_("Rien n'arrive à échéance."))
    return "\n".join(lines) + "\n"


def send(text: str, recipients: list[str], today: date) -> int:
    """E-mail the digest through Django's mail settings; returns how many messages went out."""
    subject = _("suivi : échéances au %(today)s") % {"today": _long(today)}
    return send_mail(subject, text, None, recipients)
