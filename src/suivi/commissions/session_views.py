"""The session page: agenda, attendance, minutes, decisions and action items, and its file."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from suivi.access.history import entries_of
from suivi.access.permissions import requires
from suivi.access.scope import editable, editable_or_refused, visible, visible_with
from suivi.commissions.agenda import carried_over_actions, move
from suivi.commissions.forms import (
    ActionItemForm,
    AgendaItemForm,
    AttendanceForm,
    DecisionForm,
    MinutesForm,
)
from suivi.commissions.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Commission,
    Decision,
    Session,
)
from suivi.commissions.session_file.content import FORMATS, LANGUAGES
from suivi.core.views import form_status


def visible_session(user, pk: int, number: int) -> Session:
    commission = get_object_or_404(visible(user, Commission.objects.all()), pk=pk)
    return get_object_or_404(visible(user, commission.sessions.all()), number=number)


def editable_session(user, pk: int, number: int) -> Session:
    commission = visible_session(user, pk, number).commission  # 404 when it is not readable
    commission = editable_or_refused(user, Commission.objects.all(), pk=commission.pk)
    return get_object_or_404(visible(user, commission.sessions.all()), number=number)


def session_context(request: HttpRequest, session: Session, **forms) -> dict:
    user = request.user
    previous = session.previous(among=visible(user, Session.objects.all()))
    can_edit = editable(user, Commission.objects.filter(pk=session.commission_id)).exists()
    context = {
        "commission": session.commission,
        "session": session,
        "agenda": visible(user, session.agenda.all()),
        "attendance": session.attendance.select_related("party"),
        "decisions": visible_with(user, session.decisions.all(), "agreements", "projects"),
        "actions": session.action_items.select_related(
            "owner_party", "owner_agency", "owner_person"
        ),
        "carried_over": carried_over_actions(session, user),
        "previous": previous,
        "can_edit": can_edit,
        # The owner party's delegates follow up their action items (ActionItemForm).
        "editable_actions": set()
        if can_edit
        else set(
            editable(
                user, ActionItem.objects.filter(session__commission=session.commission_id)
            ).values_list("pk", flat=True)
        ),
        "file_formats": FORMATS,
        "file_languages": LANGUAGES,
        "history": entries_of(user, list(session.history.select_related("history_user")[:21]))[:20],
    }
    if can_edit:
        context.update(
            minutes_form=MinutesForm(instance=session),
            attendance_form=AttendanceForm(instance=Attendance(session=session)),
            decision_form=DecisionForm(instance=Decision(session=session), user=user),
            action_form=ActionItemForm(instance=ActionItem(session=session)),
            agenda_form=AgendaItemForm(instance=AgendaItem(session=session)),
        )
    context.update(forms)
    return context


def session_detail(request, pk: int, number: int):
    session = visible_session(request.user, pk, number)
    return render(request, "commissions/session_detail.html", session_context(request, session))


def _save_or_show(request, session: Session, form, name: str, done: str):
    """Save a valid form and go back to the session; else show the page with the form's errors."""
    if form.is_valid() and form.save_or_conflict():
        messages.success(request, done)
        return redirect("commissions:session", pk=session.commission_id, number=session.number)
    context = session_context(request, session, **{name: form})
    return render(
        request, "commissions/session_detail.html", context, status=form_status(request, form)
    )


@require_POST
@requires("session.change")
def minutes_save(request, pk: int, number: int):
    session = editable_session(request.user, pk, number)
    form = MinutesForm(request.POST, instance=session)
    return _save_or_show(request, session, form, "minutes_form", _("Procès-verbal enregistré."))


@require_POST
@requires("attendance.add")
def attendance_add(request, pk: int, number: int):
    session = editable_session(request.user, pk, number)
    form = AttendanceForm(request.POST, instance=Attendance(session=session))
    return _save_or_show(request, session, form, "attendance_form", _("Délégation enregistrée."))


@require_POST
@requires("decision.add")
def decision_add(request, pk: int, number: int):
    session = editable_session(request.user, pk, number)
    form = DecisionForm(request.POST, instance=Decision(session=session), user=request.user)
    return _save_or_show(request, session, form, "decision_form", _("Décision enregistrée."))


@require_POST
@requires("action.add")
def action_add(request, pk: int, number: int):
    session = editable_session(request.user, pk, number)
    form = ActionItemForm(request.POST, instance=ActionItem(session=session))
    return _save_or_show(request, session, form, "action_form", _("Action enregistrée."))


@requires("action.change")
def action_edit(request, pk: int, number: int, action_id: int):
    """Change an action item from whichever session shows it: the secretariat everything, the
    owner party's delegates its follow-up (the form says which fields)."""
    session = visible_session(request.user, pk, number)
    earlier = visible(request.user, session.commission.sessions.filter(number__lte=number))
    actions = ActionItem.objects.filter(session__in=earlier)
    action = editable_or_refused(request.user, actions, pk=action_id)
    form = ActionItemForm(request.POST or None, instance=action, user=request.user)
    if request.method == "POST" and form.is_valid() and form.save_or_conflict():
        messages.success(request, _("Action enregistrée."))
        return redirect("commissions:session", pk=pk, number=number)
    status = form_status(request, form)
    context = {"form": form, "session": session, "action": action, "commission": session.commission}
    return render(request, "commissions/action_form.html", context, status=status)


def _agenda_response(request, session: Session) -> HttpResponse:
    """The agenda fragment for htmx, or back to the page for a plain form post."""
    if request.headers.get("HX-Request"):
        return render(request, "commissions/_agenda.html", session_context(request, session))
    return redirect("commissions:session", pk=session.commission_id, number=session.number)


@require_POST
@requires("agenda.change")
def agenda_add(request, pk: int, number: int):
    session = editable_session(request.user, pk, number)
    last = session.agenda.order_by("-order").first()
    item = AgendaItem(session=session, order=(last.order + 1) if last else 1)
    form = AgendaItemForm(request.POST, instance=item)
    return _save_or_show(request, session, form, "agenda_form", _("Point ajouté."))


@requires("agenda.change")
def agenda_edit(request, pk: int, number: int, item_id: int):
    session = editable_session(request.user, pk, number)
    item = get_object_or_404(session.agenda, pk=item_id)
    form = AgendaItemForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid() and form.save_or_conflict():
        return _agenda_response(request, session)
    template = (
        "commissions/_agenda_item_form.html"
        if request.headers.get("HX-Request")
        else "commissions/agenda_item_form.html"
    )
    status = form_status(request, form)
    context = {"form": form, "item": item, "session": session, "commission": session.commission}
    return render(request, template, context, status=status)


@require_POST
@requires("agenda.change")
def agenda_move(request, pk: int, number: int, item_id: int, direction: str):
    if direction not in ("up", "down"):
        raise Http404
    session = editable_session(request.user, pk, number)
    item = get_object_or_404(session.agenda, pk=item_id)
    move(item, -1 if direction == "up" else 1)
    return _agenda_response(request, session)


@require_POST
@requires("agenda.change")
def agenda_delete(request, pk: int, number: int, item_id: int):
    session = editable_session(request.user, pk, number)
    get_object_or_404(session.agenda, pk=item_id).delete()
    return _agenda_response(request, session)
