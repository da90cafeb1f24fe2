"""REST endpoints of the commission cycle, scoped like the pages and validated by the same forms."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.forms import BaseForm
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from suivi.access.permissions import requires
from suivi.access.scope import READ_ONLY, editable, visible, visible_with
from suivi.agreements.models import Agreement
from suivi.commissions.agenda import build_agenda, carried_over_actions, move
from suivi.commissions.forms import (
    ActionItemForm,
    AgendaItemForm,
    CommissionForm,
    DecisionForm,
    SessionForm,
)
from suivi.commissions.models import ActionItem, AgendaItem, Commission, Decision, Session
from suivi.commissions.status import by_lateness, next_session_defaults
from suivi.core import bounds
from suivi.core.api_errors import ApiError
from suivi.core.etags import CONFLICT_RESPONSES, IF_MATCH, edit, set_etag
from suivi.core.forms import patch_form
from suivi.parties.models import Party
from suivi.projects.models import Project

router = Router(tags=["commissions"])


class CommissionOut(Schema):
    id: int
    name: str
    parties: list[str]
    cadence_months: int | None
    last_session: date | None
    next_due: date | None
    status: str
    days_overdue: int


class CommissionIn(Schema):
    name: bounds.api_text(Commission, "name")
    parties: list[bounds.api_text(Party, "code")] = []
    agreements: list[bounds.api_id(Agreement)] = []
    cadence_months: bounds.api_int(Commission, "cadence_months") | None = None
    mandate: bounds.api_text(Commission, "mandate") = ""


class SessionOut(Schema):
    id: int
    version: int
    number: int
    start: date | None
    end: date | None
    place: str
    status: str
    minutes: str


class SessionIn(Schema):
    number: bounds.api_int(Session, "number") | None = None
    start: date | None = None
    end: date | None = None
    place: bounds.api_text(Session, "place") = ""
    status: bounds.api_choice(Session, "status") = "planned"


class AgendaItemOut(Schema):
    id: int
    version: int
    order: int
    kind: str
    title: str
    body: str
    agreement_id: int | None
    project_id: int | None
    milestone_id: int | None
    action_item_id: int | None
    claim_id: int | None


class MoveIn(Schema):
    step: bounds.api_offset(AgendaItem, "order")


class AgendaItemIn(Schema):
    title: bounds.api_text(AgendaItem, "title")
    body: bounds.api_text(AgendaItem, "body") = ""
    kind: bounds.api_choice(AgendaItem, "kind") = "other"
    version: int | None = None  # on edits: the version read; 409 if it changed since


class DecisionIn(Schema):
    text: bounds.api_text(Decision, "text")
    agreements: list[bounds.api_id(Agreement)] = []
    projects: list[bounds.api_id(Project)] = []
    confidentiality: bounds.api_choice(Decision, "confidentiality") = "public"
    restricted_to: bounds.api_int(Decision, "restricted_to") | None = None


class ActionItemIn(Schema):
    title: bounds.api_text(ActionItem, "title")
    owner_party: bounds.api_int(ActionItem, "owner_party") | None = None
    owner_agency: bounds.api_int(ActionItem, "owner_agency") | None = None
    owner_person: bounds.api_int(ActionItem, "owner_person") | None = None
    due: date | None = None
    status: bounds.api_choice(ActionItem, "status") = "open"
    done_on: date | None = None


class DecisionOut(Schema):
    id: int
    text: str
    agreements: list[int]
    projects: list[int]

    # Only what the caller may see: decisions are loaded with `_decisions()`.
    @staticmethod
    def resolve_agreements(obj) -> list[int]:
        return [agreement.pk for agreement in obj.visible_agreements]

    @staticmethod
    def resolve_projects(obj) -> list[int]:
        return [project.pk for project in obj.visible_projects]


class ActionItemOut(Schema):
    id: int
    version: int
    session: int
    title: str
    owner: str
    due: date | None
    status: str
    done_on: date | None

    @staticmethod
    def resolve_session(obj) -> int:
        return obj.session.number


class ActionItemPatch(Schema):
    """Fields left out stay as they are; `version` (the one read) makes a stale edit a 409."""

    status: bounds.api_choice(ActionItem, "status") = None
    due: date | None = None
    done_on: date | None = None
    version: int | None = None


Invalid = ApiError  # the API's one error shape


def _invalid(form: BaseForm) -> Status:
    """422 with the form's messages, word for word what the pages say."""
    errors = {
        field: [str(message) for message in messages] for field, messages in form.errors.items()
    }
    first = next(iter(errors.values()))[0]
    return Status(422, {"detail": first, "errors": errors})


def _row(commission: Commission, status) -> dict:
    return {
        "id": commission.pk,
        "name": commission.name,
        "parties": [party.code for party in commission.parties.all()],
        "cadence_months": commission.cadence_months,
        "last_session": status.last_session,
        "next_due": status.next_due,
        "status": status.state,
        "days_overdue": status.days_late,
    }


def _decisions(user, decisions):
    """Decisions with the agreements and projects `user` may see (DecisionOut reads these)."""
    return visible_with(user, decisions, "agreements", "projects")


def _commission(request, commission_id: int, write: bool = False) -> Commission:
    commission = get_object_or_404(
        visible(request.user, Commission.objects.all()), pk=commission_id
    )
    if write and not editable(request.user, Commission.objects.filter(pk=commission.pk)).exists():
        raise HttpError(403, _("Vous ne pouvez pas modifier cette commission."))
    return commission


def _session(request, commission_id: int, number: int, write: bool = False) -> Session:
    commission = _commission(request, commission_id, write)
    return get_object_or_404(visible(request.user, commission.sessions.all()), number=number)


@router.get("/", response=list[CommissionOut])
def list_commissions(request):
    """Every commission the user may see, most overdue first."""
    return [
        _row(c, s)
        for c, s in by_lateness(request.user, visible(request.user, Commission.objects.all()))
    ]


@router.post("/", response={201: CommissionOut, 422: Invalid})
@requires("commission.add")
def create_commission(request, payload: CommissionIn):
    from suivi.parties.models import Party

    data = payload.dict()
    parties = list(Party.objects.filter(code__in=data["parties"]))
    data["parties"] = [party.pk for party in parties]
    form = CommissionForm(data)
    if len(parties) != len(set(payload.parties)):
        form.is_valid()
        form.add_error("parties", _("Code de partie inconnu."))
    if not form.is_valid():
        return _invalid(form)
    commission = form.save()
    return Status(201, _row(commission, commission.cadence(date.today())))


@router.get("/{commission_id}", response=CommissionOut)
def get_commission(request, commission_id: int):
    commission = _commission(request, commission_id)
    rows = by_lateness(request.user, Commission.objects.filter(pk=commission.pk))
    return _row(*rows[0])


@router.get("/{commission_id}/sessions", response=list[SessionOut])
def list_sessions(request, commission_id: int):
    return list(visible(request.user, _commission(request, commission_id).sessions.all()))


@router.post("/{commission_id}/sessions", response={201: SessionOut, 422: Invalid})
@requires("session.add")
def create_session(request, commission_id: int, payload: SessionIn):
    """Prepare the next session: check number and dates, then draw its agenda from the register."""
    commission = _commission(request, commission_id, write=True)
    data = payload.dict()
    data["number"] = data["number"] or next_session_defaults(commission)["number"]
    data["confidentiality"] = "public"
    form = SessionForm(data, instance=Session(commission=commission))
    if not form.is_valid():
        return _invalid(form)
    with transaction.atomic():
        session = form.save()
        build_agenda(session, request.user)
    return Status(201, session)


@router.get("/{commission_id}/sessions/{number}", response=SessionOut)
def get_session(request, response: HttpResponse, commission_id: int, number: int):
    """The session, with its version as ETag."""
    session = _session(request, commission_id, number)
    set_etag(response, session)
    return session


@router.get("/{commission_id}/sessions/{number}/agenda", response=list[AgendaItemOut])
def get_agenda(request, commission_id: int, number: int):
    session = _session(request, commission_id, number)
    return list(visible(request.user, session.agenda.all()))


@router.post("/{commission_id}/sessions/{number}/agenda/build", response=list[AgendaItemOut])
@requires("agenda.change")
def build_session_agenda(request, commission_id: int, number: int):
    """Add what changed in the register since the agenda was drawn; returns the new points."""
    return build_agenda(_session(request, commission_id, number, write=True), request.user)


@router.post(
    "/{commission_id}/sessions/{number}/agenda/{item_id}/move", response=list[AgendaItemOut]
)
@requires("agenda.change")
def move_agenda_item(request, commission_id: int, number: int, item_id: int, payload: MoveIn):
    session = _session(request, commission_id, number, write=True)
    move(get_object_or_404(session.agenda, pk=item_id), payload.step)
    return list(visible(request.user, session.agenda.all()))


@router.post(
    "/{commission_id}/sessions/{number}/agenda", response={201: AgendaItemOut, 422: Invalid}
)
@requires("agenda.change")
def add_agenda_item(request, commission_id: int, number: int, payload: AgendaItemIn):
    session = _session(request, commission_id, number, write=True)
    last = session.agenda.order_by("-order").first()
    item = AgendaItem(session=session, order=(last.order + 1) if last else 1)
    form = AgendaItemForm(payload.dict(), instance=item)
    if not form.is_valid():
        return _invalid(form)
    return Status(201, form.save())


@router.put(
    "/{commission_id}/sessions/{number}/agenda/{item_id}",
    response={200: AgendaItemOut, 422: Invalid, **CONFLICT_RESPONSES},
)
@requires("agenda.change")
def edit_agenda_item(
    request,
    response: HttpResponse,
    commission_id: int,
    number: int,
    item_id: int,
    payload: AgendaItemIn,
    if_match: str | None = IF_MATCH,
):
    """Replace a point's title, detail and kind; `If-Match` or `version` guard a stale copy."""
    session = _session(request, commission_id, number, write=True)
    data = payload.dict()
    version = data.pop("version")
    with edit(session.agenda.all(), if_match, version, pk=item_id) as item:
        form = AgendaItemForm(data, instance=item)
        if not form.is_valid():
            transaction.set_rollback(True)
            return _invalid(form)
        form.save()
    set_etag(response, item)
    return item


@router.post(
    "/{commission_id}/sessions/{number}/decisions", response={201: DecisionOut, 422: Invalid}
)
@requires("decision.add")
def add_decision(request, commission_id: int, number: int, payload: DecisionIn):
    session = _session(request, commission_id, number, write=True)
    form = DecisionForm(payload.dict(), instance=Decision(session=session), user=request.user)
    if not form.is_valid():
        return _invalid(form)
    decision = form.save()
    return Status(201, _decisions(request.user, Decision.objects.filter(pk=decision.pk)).get())


@router.post(
    "/{commission_id}/sessions/{number}/action-items",
    response={201: ActionItemOut, 422: Invalid},
)
@requires("action.add")
def add_action_item(request, commission_id: int, number: int, payload: ActionItemIn):
    session = _session(request, commission_id, number, write=True)
    form = ActionItemForm(payload.dict(), instance=ActionItem(session=session))
    if not form.is_valid():
        return _invalid(form)
    return Status(201, form.save())


@router.get("/{commission_id}/sessions/{number}/decisions", response=list[DecisionOut])
def list_decisions(request, commission_id: int, number: int):
    session = _session(request, commission_id, number)
    return list(_decisions(request.user, session.decisions.all()))


@router.get("/{commission_id}/sessions/{number}/action-items", response=list[ActionItemOut])
def list_action_items(request, commission_id: int, number: int, carried_over: bool = False):
    """The session's own action items, or with `carried_over` those still open from earlier ones."""
    session = _session(request, commission_id, number)
    if carried_over:
        return list(carried_over_actions(session, request.user))
    return list(session.action_items.select_related("session", "owner_party", "owner_person"))


@router.patch(
    "/{commission_id}/action-items/{action_id}",
    response={200: ActionItemOut, 422: Invalid, **CONFLICT_RESPONSES},
)
@requires("action.change")
def update_action_item(
    request,
    response: HttpResponse,
    commission_id: int,
    action_id: int,
    payload: ActionItemPatch,
    if_match: str | None = IF_MATCH,
):
    """Change the fields sent, on the action item as it is now (locked); others stay.

    With `If-Match` (the ETag read) a changed item answers 412; with `version` in the body, 409.
    """
    commission = _commission(request, commission_id)
    sessions = visible(request.user, commission.sessions.all())
    sent = payload.dict(exclude_unset=True)
    version = sent.pop("version", None)
    actions = ActionItem.objects.filter(session__in=sessions)
    get_object_or_404(actions, pk=action_id)  # 404 for one the caller may not see
    actions = editable(request.user, actions)  # the secretariat, the owner party's delegates
    if not actions.filter(pk=action_id).exists():
        raise HttpError(403, str(READ_ONLY))
    with edit(actions, if_match, version, pk=action_id) as action:
        form = patch_form(ActionItemForm, action, sent, user=request.user)
        if not form.is_valid():
            transaction.set_rollback(True)
            return _invalid(form)
        form.save()
    set_etag(response, action)
    return action
