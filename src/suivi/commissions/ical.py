"""RFC 5545 calendars of sessions and action-item due dates, for what one user may see."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from suivi import __version__
from suivi.access.scope import visible
from suivi.commissions.models import OPEN_ACTION_STATUSES, ActionItem, Commission, Session


def _uid(kind: str, pk: int, host: str) -> str:
    return f"suivi-{kind}-{pk}@{host}"


def session_event(session: Session, host: str) -> Event:
    event = Event()
    event.add("uid", _uid("session", session.pk, host))
    event.add("dtstamp", timezone.now())
    event.add(
        "summary",
        _("%(commission)s — session %(number)s")
        % {
            "commission": session.commission,
            "number": session.number,
        },
    )
    event.add("dtstart", session.start)
    event.add("dtend", (session.end or session.start) + timedelta(days=1))
    if session.place:
        event.add("location", session.place)
    event.add("status", "CANCELLED" if session.status == "cancelled" else "CONFIRMED")
    return event


def action_event(action: ActionItem, host: str) -> Event:
    event = Event()
    event.add("uid", _uid("action", action.pk, host))
    event.add("dtstamp", timezone.now())
    event.add("summary", _("Échéance : %(title)s") % {"title": action.title})
    event.add("dtstart", action.due)
    event.add("dtend", action.due + timedelta(days=1))
    event.add(
        "description",
        _("%(commission)s, session %(number)s ; responsable : %(owner)s")
        % {
            "commission": action.session.commission,
            "number": action.session.number,
            "owner": action.owner or "—",
        },
    )
    return event


def calendar_for(user, commission: Commission | None = None, host: str = "suivi") -> bytes:
    """All dated sessions and open action items `user` may see, of one commission or of all."""
    calendar = Calendar()
    calendar.add("prodid", f"-//suivi {__version__}//commission cycle//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = str(commission) if commission else _("Commissions suivies")
    calendar.add("x-wr-calname", name)
    commissions = visible(user, Commission.objects.all())
    if commission is not None:
        commissions = commissions.filter(pk=commission.pk)
    sessions = visible(
        user, Session.objects.filter(commission__in=commissions, start__isnull=False)
    ).select_related("commission")
    for session in sessions:
        calendar.add_component(session_event(session, host))
    actions = visible(
        user,
        ActionItem.objects.filter(
            session__in=sessions, due__isnull=False, status__in=OPEN_ACTION_STATUSES
        ),
    ).select_related("session__commission", "owner_party", "owner_agency", "owner_person")
    for action in actions:
        calendar.add_component(action_event(action, host))
    return calendar.to_ical()
