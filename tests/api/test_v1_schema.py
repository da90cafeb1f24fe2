"""schemathesis over API v1 with the Bearer tokens of an administrator and of party A's delegate:
no 5xx, every answer (refusals included) matches /api/v1/openapi.json, and the delegate's answers
never carry a word of the records restricted to party B."""

from __future__ import annotations

from datetime import date

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from suivi.access import tokens
from tests.api.schema_checks import answers_of_each, schema_in_process

pytestmark = pytest.mark.slow

EXAMPLES = 3  # per operation and per caller: about 70 operations, about 100 s of CPU
MARKER = "MKRSCHEMA"


@pytest.fixture
def register(story, admin_user):
    """A record of every type, public ones and ones restricted to party B (with the marker)."""
    from suivi.agreements.models import Agreement
    from suivi.commissions.models import ActionItem, AgendaItem, Attendance, Decision, Session
    from suivi.parties.models import Person, Role
    from suivi.projects.models import LeadAgency, Milestone, Project
    from suivi.sources.ingest import ingest_reading
    from tests.sources.readings import reading

    hidden = {"confidentiality": "party", "restricted_to": story.party_b}
    ids: dict[str, dict[str, int]] = {}
    public = Agreement.objects.create(kind="framework", title_fr="Accord-cadre")
    secret = Agreement.objects.create(kind="agreement", title_fr=f"{MARKER} accord", **hidden)
    for agreement in (public, secret):
        agreement.parties.set([story.party_a, story.party_b])
        story.commission.agreements.add(agreement)
    project = Project.objects.create(title=f"{MARKER} projet", **hidden)
    project.agreements.add(secret)
    session = Session.objects.create(commission=story.commission, number=1, start=date(2025, 1, 1))
    person = Person.objects.create(name="Aminata")
    records = {
        "parties": story.party_a,
        "people": person,
        "roles": Role.objects.create(person=person, title="Ministre", party=story.party_a),
        "agreements": secret,
        "projects": project,
        "milestones": Milestone.objects.create(
            project=project, title=f"{MARKER} jalon", due=date(2025, 6, 1)
        ),
        "lead-agencies": LeadAgency.objects.create(
            project=project, party=story.party_b, agency=story.party_b
        ),
        "commissions": story.commission,
        "sessions": session,
        "agenda-items": AgendaItem.objects.create(session=session, order=1, title="Point"),
        "attendance": Attendance.objects.create(session=session, party=story.party_a),
        "decisions": Decision.objects.create(session=session, text=f"{MARKER} décision", **hidden),
        "action-items": ActionItem.objects.create(
            session=session, title="Action", owner_party=story.party_a
        ),
    }
    ids = {path: record.pk for path, record in records.items()}
    source = ingest_reading(reading("Le Mali et la Russie coopèrent.", parties=["MLI", "RUS"]))
    ids["claims"] = source.source.claims.first().pk
    ids["sources"] = source.source.pk
    return {"users": {"admin": admin_user, "delegate": story.mli}, "ids": ids}


@pytest.fixture
def bearers(register) -> dict[str, str]:
    return {name: tokens.issue(user, days=1)[1] for name, user in register["users"].items()}


@pytest.fixture
def api_schema(register):
    """API v1's own schema; a path parameter names a record of the operation's own type."""

    def existing_id(ctx, name, value):
        kind = ctx.operation.path.split("/")[3] if ctx.operation else ""
        return register["ids"].get(kind, value)

    with schema_in_process("/api/v1/openapi.json", existing_id) as loaded:
        yield loaded


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_v1_keeps_its_schema_and_its_scope(case, bearers):
    answers = answers_of_each(case, bearers)
    assert MARKER not in answers["delegate"].text, (case.method, case.formatted_path)
