"""Commission pages: the list sorted by lateness, a commission's cadence, preparing its next session."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from suivi.access.permissions import requires
from suivi.access.scope import editable, visible
from suivi.commissions.agenda import build_agenda
from suivi.commissions.filters import CommissionFilter
from suivi.commissions.forms import CommissionForm, SessionForm
from suivi.commissions.models import Commission, Session
from suivi.commissions.status import by_lateness, next_session_defaults
from suivi.core.edit import RegisterEditView
from suivi.core.views import RegisterDetailView, RegisterListView, form_status
from suivi.exchange.tables import TABLES


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
        return context


def editable_commission(user, pk: int) -> Commission:
    return get_object_or_404(editable(user, Commission.objects.all()), pk=pk)


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
    messages.success(
        request, _("%(count)s points ajoutés à l'ordre du jour.") % {"count": len(added)}
    )
    return redirect("commissions:session", pk=pk, number=number)


class CommissionEditView(RegisterEditView):
    model = Commission
    form_class = CommissionForm
