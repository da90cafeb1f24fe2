"""The record types of API v1: each one's form (the pages' validation), filters and actions."""

from typing import Annotated

from django.forms import ModelForm, modelform_factory
from pydantic import Field

from suivi.agreements.forms import AgreementForm
from suivi.agreements.models import Agreement
from suivi.commissions.forms import (
    ActionItemForm,
    AgendaItemForm,
    AttendanceForm,
    CommissionForm,
    DecisionForm,
    SessionForm,
)
from suivi.commissions.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Commission,
    Decision,
    Session,
)
from suivi.core import bounds
from suivi.core.api_types import Resource, choice_enum, sector_enum
from suivi.core.edit import RegisterForm
from suivi.parties.forms import PartyForm
from suivi.parties.models import Party, Person, Role
from suivi.projects.forms import MilestoneForm, ProjectForm
from suivi.projects.models import LeadAgency, Milestone, Project
from suivi.sources.models import AgreementStep

PARTY = bounds.api_text(Party, "code")
YEAR = Annotated[int, Field(ge=1900, le=2100)]
ID = Annotated[int, Field(ge=1, le=2**31 - 1)]


class AgreementApiForm(AgreementForm):
    """The agreement page's form, with its signatories (picked among people by id)."""

    class Meta(AgreementForm.Meta):
        fields = [*AgreementForm.Meta.fields, "signatories"]


def _next_agenda_order(item: AgendaItem) -> None:
    """A point added by hand goes last."""
    last = item.session.agenda.order_by("-order").first()
    item.order = (last.order + 1) if last else 1


RESOURCES = [
    Resource(
        Party,
        "parties",
        PartyForm,
        change="register.edit",
        search=("code", "name_fr", "name_en", "name_ru"),
        filters={"kind": (choice_enum(Party, "kind"), "kind")},
        orderings=("code", "id"),
    ),
    Resource(
        Person,
        "people",
        modelform_factory(Person, form=RegisterForm, fields=["name", "aliases"]),
        change="register.edit",
        search=("name",),
        orderings=("name", "id"),
    ),
    Resource(
        Role,
        "roles",
        modelform_factory(Role, form=ModelForm, fields=["title", "party", "start", "end"]),
        change="register.edit",
        delete="register.delete",
        parent="person",
        search=("title", "person__name"),
        filters={"party": (PARTY, "party__code"), "person": (ID, "person")},
        orderings=("id", "start"),
    ),
    Resource(
        Agreement,
        "agreements",
        AgreementApiForm,
        change="register.edit",
        search=("title_fr", "title_en", "title_ru"),
        filters={
            "party": (PARTY, "parties__code"),
            "sector": (sector_enum(), "sectors__code"),
            "kind": (choice_enum(Agreement, "kind"), "kind"),
            "status": (choice_enum(Agreement, "status"), "status"),
            "year": (YEAR, "signed_on__year"),
            "commission": (ID, "commissions"),
        },
        orderings=("id", "signed_on", "title_fr"),
    ),
    Resource(
        AgreementStep,
        "agreement-steps",
        modelform_factory(AgreementStep, fields=["status", "on", "source"]),
        parent="agreement",
        filters={
            "agreement": (ID, "agreement"),
            "status": (choice_enum(Agreement, "status"), "status"),
        },
        orderings=("id", "on"),
    ),
    Resource(
        Project,
        "projects",
        ProjectForm,
        change="register.edit",
        search=("title", "description"),
        filters={
            "party": (PARTY, "agreements__parties__code"),
            "sector": (sector_enum(), "sectors__code"),
            "status": (choice_enum(Project, "status"), "status"),
            "year": (YEAR, "start__year"),
            "commission": (ID, "agreements__commissions"),
        },
        orderings=("id", "start", "title"),
    ),
    Resource(
        Milestone,
        "milestones",
        MilestoneForm,
        change="register.edit",
        delete="register.delete",
        parent="project",
        search=("title",),
        filters={"project": (ID, "project"), "year": (YEAR, "due__year")},
        orderings=("id", "due"),
    ),
    Resource(
        LeadAgency,
        "lead-agencies",
        modelform_factory(LeadAgency, form=RegisterForm, fields=["party", "agency"]),
        change="register.edit",
        delete="register.delete",
        parent="project",
        filters={"project": (ID, "project"), "party": (PARTY, "party__code")},
    ),
    Resource(
        Commission,
        "commissions",
        CommissionForm,
        add="commission.add",
        change="commission.change",
        search=("name",),
        filters={"party": (PARTY, "parties__code")},
        orderings=("id", "name"),
    ),
    Resource(
        Session,
        "sessions",
        SessionForm,
        add="session.add",
        change="session.change",
        parent="commission",
        search=("place",),
        filters={
            "commission": (ID, "commission"),
            "status": (choice_enum(Session, "status"), "status"),
            "year": (YEAR, "start__year"),
        },
        orderings=("id", "start", "number"),
    ),
    Resource(
        AgendaItem,
        "agenda-items",
        AgendaItemForm,
        change="agenda.change",
        delete="agenda.change",
        parent="session",
        search=("title", "body"),
        filters={"session": (ID, "session"), "kind": (choice_enum(AgendaItem, "kind"), "kind")},
        orderings=("order", "id"),
        prepare=_next_agenda_order,
    ),
    Resource(
        Attendance,
        "attendance",
        AttendanceForm,
        add="attendance.add",
        change="attendance.change",
        delete="attendance.change",
        parent="session",
        filters={"session": (ID, "session"), "party": (PARTY, "party__code")},
    ),
    Resource(
        Decision,
        "decisions",
        DecisionForm,
        add="decision.add",
        change="decision.change",
        delete="decision.change",
        parent="session",
        search=("text",),
        filters={
            "session": (ID, "session"),
            "commission": (ID, "session__commission"),
            "year": (YEAR, "session__start__year"),
        },
    ),
    Resource(
        ActionItem,
        "action-items",
        ActionItemForm,
        add="action.add",
        change="action.change",
        delete="register.delete",
        parent="session",
        search=("title",),
        filters={
            "session": (ID, "session"),
            "commission": (ID, "session__commission"),
            "party": (PARTY, "owner_party__code"),
            "status": (choice_enum(ActionItem, "status"), "status"),
            "year": (YEAR, "due__year"),
        },
        orderings=("id", "due"),
    ),
]
