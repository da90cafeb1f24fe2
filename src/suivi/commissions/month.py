"""The in-app calendar: a month grid of sessions, open action items' and milestones' due
dates, for what the reader may see (all commissions, or one)."""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.dates import WEEKDAYS_ABBR
from django.utils.translation import gettext as _

from suivi.access.scope import visible
from suivi.commissions.models import OPEN_ACTION_STATUSES, ActionItem, Commission, Session
from suivi.projects.models import Milestone


@dataclass(frozen=True)
class Event:
    css: str  # session | action | milestone, plus late
    label: str
    url: str


def month_of(raw: str, today: date) -> date | None:
    """The first day of `?month=YYYY-MM`, None when it is not such a month."""
    try:
        year, month = (int(part) for part in raw.split("-"))
        return date(year, month, 1) if 1900 <= year <= 2100 else None
    except ValueError:
        return None


def month_page(request):
    today = timezone.localdate()
    notices = []
    first = date(today.year, today.month, 1)
    raw = request.GET.get("month", "")
    if raw:
        first = month_of(raw, today) or first
        if month_of(raw, today) is None:
            notices.append(_("Mois inconnu, voici le mois en cours."))
    commissions = visible(request.user, Commission.objects.all())
    chosen = None
    if request.GET.get("commission"):
        chosen = (
            commissions.filter(pk=request.GET["commission"]).first()
            if (request.GET["commission"].isdigit())
            else None
        )
        if chosen is None:
            notices.append(_("Commission inconnue, toutes sont affichées."))
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    events = events_between(request.user, first, last, chosen, today)
    weeks = [
        [(day, day.month == first.month, day == today, events.get(day, [])) for day in week]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    ]
    query = f"&commission={chosen.pk}" if chosen else ""
    previous = (first - timedelta(days=1)).replace(day=1)
    following = last + timedelta(days=1)
    return render(
        request,
        "commissions/month.html",
        {
            "title": formats.date_format(first, "YEAR_MONTH_FORMAT"),
            "month": f"{first:%Y-%m}",
            "weekdays": [WEEKDAYS_ABBR[i] for i in range(7)],
            "weeks": weeks,
            "commissions": commissions,
            "chosen": chosen,
            "previous": f"?month={previous:%Y-%m}{query}",
            "following": f"?month={following:%Y-%m}{query}",
            "this_month": f"?month={today:%Y-%m}{query}",
            "notices": notices,
        },
    )


def events_between(user, first: date, last: date, commission, today: date) -> dict:
    """{day: [Event]} for the sessions, open actions and milestones of the days given."""
    events: dict[date, list[Event]] = defaultdict(list)
    sessions = visible(user, Session.objects.all()).filter(
        Q(start__lte=last) & (Q(end__gte=first) | Q(end__isnull=True, start__gte=first))
    )
    actions = visible(
        user, ActionItem.objects.filter(status__in=OPEN_ACTION_STATUSES, due__range=(first, last))
    )
    milestones = visible(
        user, Milestone.objects.filter(done_on__isnull=True, due__range=(first, last))
    )
    if commission is not None:
        sessions = sessions.filter(commission=commission)
        actions = actions.filter(session__commission=commission)
        milestones = milestones.filter(
            project__in=visible(user, commission.agreements.all()).values("projects")
        )
    for session in sessions.select_related("commission").order_by("start"):
        url = reverse("commissions:session", args=[session.commission_id, session.number])
        day = max(session.start, first)
        while day <= min(session.end or session.start, last):
            events[day].append(Event("session", str(session), url))
            day += timedelta(days=1)
    for action in actions.select_related("session"):
        url = reverse(
            "commissions:session", args=[action.session.commission_id, action.session.number]
        )
        late = " late" if action.due < today else ""
        events[action.due].append(Event("action" + late, _("Action : %s") % action.title, url))
    for milestone in milestones.select_related("project"):
        url = reverse("projects:detail", args=[milestone.project_id])
        late = " late" if milestone.due < today else ""
        label = _("Jalon : %(title)s (%(project)s)") % {
            "title": milestone.title,
            "project": milestone.project.title,
        }
        events[milestone.due].append(Event("milestone" + late, label, url))
    return events
