"""Commissions with their cadence status, computed from the sessions a user may see."""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from suivi.access.scope import visible
from suivi.commissions.cadence import CadenceStatus, add_months
from suivi.commissions.models import Commission, Session


def with_visible_sessions(user, queryset: QuerySet) -> QuerySet:
    """Prefetch only the sessions `user` may see, so cadence never leaks a hidden meeting."""
    return queryset.prefetch_related(
        "parties", Prefetch("sessions", queryset=visible(user, Session.objects.all()))
    )


def by_lateness(
    user, commissions: QuerySet, today: date | None = None
) -> list[tuple[Commission, CadenceStatus]]:
    """(commission, cadence status) pairs, the most overdue first."""
    today = today or timezone.localdate()
    rows = [
        (c, c.cadence(today, c.sessions.all())) for c in with_visible_sessions(user, commissions)
    ]
    return sorted(rows, key=lambda row: (row[1].sort_key(), row[0].name))


# A late commission's next session is proposed this many days ahead: time to prepare it.
PREPARATION_DAYS = 30


def next_session_defaults(commission: Commission, today: date | None = None) -> dict:
    """Number after the last one, and a start on the date the cadence asks for, never past.

    An overdue commission cannot meet on its due date any more: its next session is
    proposed `PREPARATION_DAYS` from today instead.
    """
    today = today or timezone.localdate()
    last = commission.sessions.order_by("-number").first()
    initial = {"number": (last.number + 1) if last else 1}
    last_day = last and (last.start or last.end)
    if last_day and commission.cadence_months:
        due = add_months(last_day, commission.cadence_months)
        initial["start"] = due if due >= today else today + timedelta(days=PREPARATION_DAYS)
    return initial
