"""Seed a register for the production-server load test; prints what the clients need as JSON.

    python -m tests.deploy.seed OWNERS     (in the server's environment, after `suivi init`)

Two parties, A (MLI) and B (RUS), in one commission. Each party keeps records to itself whose
titles and texts carry a marker word (`ksiva…` for A, `ksivb…` for B): the other party's
delegate must never receive one. Each client group (`OWNERS` of them) owns records to write:
projects led by A and by B, public projects, agenda points and action items.
"""

from __future__ import annotations

import json
import secrets
import sys
from datetime import date

MARKER_PREFIX = {"MLI": "ksiva", "RUS": "ksivb"}
DELEGATES = {"MLI": "aminata", "RUS": "boris"}


def marker(code: str) -> str:
    return f"{MARKER_PREFIX[code]}{secrets.token_hex(4)}"


def seed(owners: int) -> dict:
    from suivi.cli import django_env
    from tests.deploy.server import PASSWORD

    django_env.setup()
    from django.contrib.auth import get_user_model

    from suivi.access.models import Membership
    from suivi.agreements.models import Agreement
    from suivi.commissions.models import ActionItem, AgendaItem, Commission, Decision, Session
    from suivi.core.actor import acting_as
    from suivi.parties.models import Party
    from suivi.projects.models import LeadAgency, Project

    admin = get_user_model().objects.get(username="admin")
    parties = {code: Party.objects.get(code=code) for code in DELEGATES}
    with acting_as(admin):
        commission = Commission.objects.create(
            name="Commission mixte Mali–Russie", cadence_months=6
        )
        commission.parties.set(parties.values())
        session = Session.objects.create(
            commission=commission, number=1, start=date(2026, 1, 29), place="Bamako", status="held"
        )
        shared = Agreement.objects.create(
            kind="framework", title_fr="Accord-cadre de coopération", status="signed"
        )
        shared.parties.set(parties.values())
        commission.agreements.add(shared)

        def project(title: str, lead: Party | None, party_only: bool = False, **fields) -> int:
            record = Project.objects.create(
                title=title,
                confidentiality="party" if party_only else "public",
                restricted_to=lead if party_only else None,
                **fields,
            )
            record.agreements.add(shared)
            if lead:
                LeadAgency.objects.create(project=record, party=lead, agency=lead)
            return record.pk

        markers, written = {}, {}
        for code, party in parties.items():
            words = [marker(code) for _ in range(4)]
            markers[code] = words
            kept = Agreement.objects.create(
                kind="agreement",
                title_fr=f"Accord réservé {words[0]}",
                summary=f"Note de délégation {words[1]}",
                confidentiality="party",
                restricted_to=party,
            )
            kept.parties.set(parties.values())
            commission.agreements.add(kept)
            project(f"Projet réservé {words[2]}", party, party_only=True, description=words[2])
            Decision.objects.create(
                session=session,
                text=f"Décision réservée {words[3]}",
                confidentiality="party",
                restricted_to=party,
            )
            # What this party's delegates write: its own projects, kept to the party.
            written[code] = [
                project(f"Projet {code} n° {i}", party, party_only=True, description=marker(code))
                for i in range(2 * owners)
            ]
        public = [project(f"Projet public n° {i}", None) for i in range(owners)]
        shared_projects = [project(f"Projet commun n° {i}", None) for i in range(owners)]
        agenda = [
            AgendaItem.objects.create(session=session, order=i + 1, title=f"Point n° {i}").pk
            for i in range(owners)
        ]
        actions = [
            ActionItem.objects.create(session=session, title=f"Action n° {i}", status="open").pk
            for i in range(owners)
        ]
    for code, name in DELEGATES.items():
        user = get_user_model().objects.create_user(name, password=PASSWORD)
        Membership.objects.create(
            user=user, role="delegate", party=parties[code], commission=commission
        )
    return {
        "commission": commission.pk,
        "session": session.number,
        "delegates": DELEGATES,
        "markers": markers,
        "prefixes": MARKER_PREFIX,
        "party_projects": written,
        "public_projects": public,
        "shared_projects": shared_projects,
        "agenda_items": agenda,
        "action_items": actions,
        "agreements": list(Agreement.objects.values_list("pk", flat=True)),
        "projects": list(Project.objects.values_list("pk", flat=True)),
    }


if __name__ == "__main__":
    print(json.dumps(seed(int(sys.argv[1]))))
