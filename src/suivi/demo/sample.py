"""Fill a register with the bundled sample records (projects, sessions, milestones)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from django.db import transaction

RECORDS = Path(__file__).parent / "records.json"
ARTICLES = Path(__file__).parent / "articles"


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@transaction.atomic
def load_records(path: Path = RECORDS) -> dict[str, int]:
    """Create the sample agreements, commissions and projects; returns how many of each."""
    from suivi.agreements.models import Agreement
    from suivi.commissions.models import Commission, Session
    from suivi.parties.models import Party
    from suivi.projects.models import Milestone, Project

    data = json.loads(path.read_text(encoding="utf-8"))
    parties = {party.code: party for party in Party.objects.all()}
    agreements: dict[str, Agreement] = {}
    for item in data["agreements"]:
        agreement = Agreement.objects.create(
            kind=item["kind"],
            title_fr=item["title_fr"],
            title_en=item.get("title_en", ""),
            title_ru=item.get("title_ru", ""),
            status=item["status"],
            signed_on=_day(item.get("signed_on")),
            place=item.get("place", ""),
        )
        agreement.parties.set(parties[code] for code in item["parties"])
        agreement.sectors.set(item["sectors"])
        agreements[item["key"]] = agreement
    for item in data["commissions"]:
        commission = Commission.objects.create(
            name=item["name"], mandate=item["mandate"], cadence_months=item["cadence_months"]
        )
        commission.parties.set(parties[code] for code in item["parties"])
        commission.agreements.set(agreements[key] for key in item["agreements"])
        for session in item["sessions"]:
            Session.objects.create(
                commission=commission,
                number=session["number"],
                start=_day(session["start"]),
                end=_day(session["end"]),
                place=session["place"],
                status=session["status"],
            )
    for item in data["projects"]:
        project = Project.objects.create(
            title=item["title"],
            status=item["status"],
            start=_day(item.get("start")),
            end=_day(item.get("end")),
            budget_amount=Decimal(item["budget_amount"]) if item.get("budget_amount") else None,
            budget_currency=item.get("budget_currency", ""),
        )
        project.agreements.set(agreements[key] for key in item["agreements"])
        project.sectors.set(item["sectors"])
        for milestone in item["milestones"]:
            Milestone.objects.create(
                project=project, title=milestone["title"], due=_day(milestone["due"])
            )
    return {key: len(data[key]) for key in ("agreements", "commissions", "projects")}
