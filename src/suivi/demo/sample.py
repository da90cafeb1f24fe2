"""Fill a demo register: the bundled articles ingested and accepted, then what no article gives."""

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


def _match(kind: str, facts: dict):
    """The register's record for these facts (ingested from the articles), or None."""
    from suivi.sources.models import Claim
    from suivi.sources.resolution import propose

    return propose(Claim(kind=kind, facts=facts)).record


def _agreement(item: dict, parties: dict):
    from suivi.agreements.models import Agreement

    facts = {"kind": item["kind"], "title": item["title_fr"], "parties": item["parties"]}
    facts |= {"sectors": item["sectors"], "date": item.get("signed_on")}
    agreement = _match("agreement", facts) or Agreement(kind=item["kind"], status=item["status"])
    for field in ("title_fr", "title_en", "title_ru", "place"):
        if item.get(field) and not getattr(agreement, field):
            setattr(agreement, field, item[field])
    agreement.signed_on = agreement.signed_on or _day(item.get("signed_on"))
    agreement.save()
    agreement.parties.add(*(parties[code] for code in item["parties"]))
    agreement.sectors.add(*item["sectors"])
    return agreement


def _commission(item: dict, parties: dict, agreements: dict):
    from suivi.commissions.models import ActionItem, Commission, Session

    facts = {"name": item["name"], "parties": item["parties"]}
    commission = _match("body", facts) or Commission(name=item["name"])
    commission.mandate = commission.mandate or item["mandate"]
    commission.cadence_months = commission.cadence_months or item["cadence_months"]
    commission.save()
    commission.parties.add(*(parties[code] for code in item["parties"]))
    commission.agreements.add(*(agreements[key] for key in item["agreements"]))
    for session in item["sessions"]:
        row, _ = Session.objects.get_or_create(
            commission=commission,
            number=session["number"],
            defaults={
                "start": _day(session["start"]),
                "end": _day(session["end"]),
                "place": session["place"],
                "status": session["status"],
            },
        )
        for action in session.get("actions", []):
            ActionItem.objects.create(
                session=row,
                title=action["title"],
                owner_party=parties[action["owner"]],
                due=_day(action["due"]),
                status=action["status"],
                done_on=_day(action["due"]) if action["status"] == "done" else None,
            )


@transaction.atomic
def load_records(path: Path = RECORDS) -> dict[str, int]:
    """Add the projects, milestones and sessions no article gives, linked to the register's
    agreements and commissions (those ingested from the articles, created when missing)."""
    from suivi.parties.models import Party
    from suivi.projects.models import Milestone, Project

    data = json.loads(path.read_text(encoding="utf-8"))
    parties = {party.code: party for party in Party.objects.all()}
    agreements = {item["key"]: _agreement(item, parties) for item in data["agreements"]}
    for item in data["commissions"]:
        _commission(item, parties, agreements)
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


# The article whose claims the demo leaves in the review queue, so a newcomer has work there.
LEFT_TO_REVIEW = "04-ethiopia-en.txt"


def ingest_articles(user, folder: Path = ARTICLES):
    """Read the bundled articles and accept their claims but one article's, left to review."""
    from suivi.core.actor import acting_as
    from suivi.sources import batch
    from suivi.sources.models import Claim
    from suivi.sources.review import accept_all

    with acting_as(user):
        summary = batch.run(batch.collect([str(folder)]))
    kept = [
        source_id
        for item, source_id in zip(sorted(folder.glob("*.txt")), summary.source_ids, strict=False)
        if item.name == LEFT_TO_REVIEW
    ]
    others = Claim.objects.exclude(source_id__in=kept)
    return summary, accept_all(user, min_score=0, queryset=others)
