"""Commission pages: the list sorted by lateness, a commission's cadence, preparing its next session."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from suivi.access.permissions import requires
from suivi.access.scope import (
    editable,
    editable_or_refused,
    filter_through,
    visible,
)
from suivi.commissions.agenda import build_agenda
from suivi.commissions.filters import CommissionFilter
from suivi.commissions.forms import CommissionForm, SessionForm
from suivi.commissions.models import (
    OPEN_ACTION_STATUSES,
    ActionItem,
    Commission,
    Session,
    SessionStatus,
)
from suivi.commissions.status import by_lateness, next_session_defaults
from suivi.core.edit import RegisterEditView
from suivi.core.views import RegisterDetailView, RegisterListView, form_status
from suivi.exchange.tables import TABLES
from suivi.projects.models import Project
from suivi.projects.rows import project_rows


class CommissionListView(RegisterListView):
    model = Commission
    template_name = "commissions/commission_list.html"
    search_fields = ("name", "mandate")
    filter_class = CommissionFilter

    def get_queryset(self):
        rows = by_lateness(self.request.user, super().get_queryset())
        state = self.filters.cleaned_data.get("state")  # lateness is computed, not stored
        return [row for row in rows if row[1].state == state] if state else rows


class CommissionDetailView(RegisterDetailView):
    model = Commission

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        sessions = visible(user, self.object.sessions.all())
        context["sessions"] = sessions
        context["cadence"] = self.object.cadence(timezone.localdate(), sessions)
        context["can_edit"] = editable(user, Commission.objects.filter(pk=self.object.pk)).exists()
        context["export_tables"] = [(t.name, t.label) for t in TABLES.values()]
        context.update(follow_up(user, self.object, timezone.localdate()))
        return context


def follow_up(user, commission: Commission, today) -> dict:
    """What the commission has to deal with: next session, open actions, projects it follows."""
    sessions = visible(user, commission.sessions.all())
    actions = visible(
        user,
        ActionItem.objects.filter(session__commission=commission, status__in=OPEN_ACTION_STATUSES),
    ).select_related("session", "owner_party", "owner_agency", "owner_person")
    projects = filter_through(
        user, visible(user, Project.objects.all()), "agreements__commissions", commission.pk
    )
    return {
        "next_session": sessions.filter(start__gte=today)
        .exclude(status__in=[SessionStatus.CANCELLED, SessionStatus.POSTPONED])
        .order_by("start")
        .first(),
        "open_actions": [
            (action, bool(action.due and action.due < today))
            for action in actions.order_by(F("due").asc(nulls_last=True), "pk")[:50]
        ],
        "project_rows": project_rows(user, projects.defer("search_text", "description")[:50]),
        "project_total": projects.count(),
    }


def editable_commission(user, pk: int) -> Commission:
    return editable_or_refused(user, Commission.objects.all(), pk=pk)


@requires("session.add")
def session_create(request, pk: int):
    """Prepare session N+1: its dates and place, then an agenda drawn from the register."""
    commission = editable_commission(request.user, pk)
    form = SessionForm(
        request.POST or None,
        instance=Session(commission=commission),
        initial=next_session_defaults(commission),
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            session = form.save()
            added = build_agenda(session, request.user)
        messages.success(
            request,
            _("Session %(number)s créée ; %(count)s points inscrits à l'ordre du jour.")
            % {"number": session.number, "count": len(added)},
        )
        return redirect("commissions:session", pk=commission.pk, number=session.number)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "commissions/session_form.html",
        {"form": form, "commission": commission, "session": None},
        status=status,
    )


@requires("session.change")
def session_edit(request, pk: int, number: int):
    commission = editable_commission(request.user, pk)
    session = get_object_or_404(visible(request.user, commission.sessions.all()), number=number)
    form = SessionForm(request.POST or None, instance=session)
    if request.method == "POST" and form.is_valid() and form.save_or_conflict():
        messages.success(request, _("Session enregistrée."))
        return redirect("commissions:session", pk=pk, number=session.number)
    status = form_status(request, form)
    return render(
        request,
        "commissions/session_form.html",
        {"form": form, "commission": commission, "session": session},
        status=status,
    )


@require_POST
@requires("agenda.change")
def agenda_build(request, pk: int, number: int):
    """Add to the agenda what changed in the register since it was prepared."""
    commission = editable_commission(request.user, pk)
    session = get_object_or_404(visible(request.user, commission.sessions.all()), number=number)
    added = build_agenda(session, request.user)
    if added:
        text = ngettext(
            "%(count)s point ajouté à l'ordre du jour.",
            "%(count)s points ajoutés à l'ordre du jour.",
            len(added),
        )
        messages.success(request, text % {"count": len(added)})
    else:
        messages.info(request, _("L'ordre du jour contient déjà tout ce que le registre propose."))
    return redirect("commissions:session", pk=pk, number=number)


class CommissionEditView(RegisterEditView):
    model = Commission
    form_class = CommissionForm
