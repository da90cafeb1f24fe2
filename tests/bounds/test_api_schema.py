"""schemathesis over the whole API (issue 9): with the Bearer tokens of an administrator and of a
delegate, no operation answers 5xx and every answer, refusals included, matches /api/openapi.json."""

from __future__ import annotations

from datetime import date

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from suivi.access import tokens
from tests.api.schema_checks import answers_of_each, schema_in_process

EXAMPLES = 12  # per operation and per caller: the whole test stays near a minute


@pytest.fixture
def register(story, admin_user):
    """A commission with a session, an agreement, a project and a claim, so some ids exist."""
    from suivi.agreements.models import Agreement
    from suivi.commissions.models import ActionItem, AgendaItem, Session
    from suivi.projects.models import LeadAgency, Project
    from suivi.sources.ingest import ingest_reading
    from tests.sources.readings import reading

    agreement = Agreement.objects.create(kind="framework", title_fr="Accord-cadre")
    agreement.parties.set([story.party_a, story.party_b])
    story.commission.agreements.add(agreement)
    session = Session.objects.create(commission=story.commission, number=1, start=date(2025, 1, 1))
    AgendaItem.objects.create(session=session, order=1, title="Point")
    ActionItem.objects.create(session=session, title="Action", owner_party=story.party_a)
    project = Project.objects.create(title="Centrale")
    project.agreements.add(agreement)
    LeadAgency.objects.create(project=project, party=story.party_a, agency=story.party_a)
    source = ingest_reading(reading("Le Mali et la Russie coopèrent.", parties=["MLI", "RUS"]))
    return {
        "users": {"admin": admin_user, "delegate": story.mli},
        "ids": {
            "commission_id": story.commission.pk,
            "number": session.number,
            "item_id": session.agenda.get().pk,
            "action_id": session.action_items.get().pk,
            "agreement_id": agreement.pk,
            "project_id": project.pk,
            "source_id": source.source.pk,
            "claim_id": source.source.claims.first().pk,
        },
    }


@pytest.fixture
def bearers(register) -> dict[str, str]:
    return {name: tokens.issue(user, days=1)[1] for name, user in register["users"].items()}


@pytest.fixture
def api_schema(register):
    """The API's own schema; a path parameter names the record of that name."""

    def existing_id(ctx, name, value):
        return register["ids"].get(name, value)

    with schema_in_process("/api/openapi.json", existing_id) as loaded:
        yield loaded


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_the_api_keeps_its_schema(case, bearers):
    answers_of_each(case, bearers)
