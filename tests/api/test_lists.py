"""API v1 lists: pages of a stable size that never skip nor repeat, the list pages' filters, and a
delegate who never meets a record restricted to another party, in any list or detail."""

from __future__ import annotations

from datetime import date

import pytest

from suivi.agreements.models import Agreement
from suivi.commissions.models import ActionItem, AgendaItem, Attendance, Decision, Session
from suivi.core.api_types import MAX_PAGE_SIZE
from suivi.projects.models import Milestone, Project

pytestmark = pytest.mark.django_db

MARKER = "MKRVONE"


def _all_pages(caller, path: str, **params) -> list[dict]:
    rows, page = [], caller.get(path, {"page_size": MAX_PAGE_SIZE, **params}).json()
    rows += page["results"]
    while page["next"]:
        page = caller.client.get(page["next"], **caller.headers).json()
        rows += page["results"]
    return rows


def test_pages_cover_every_record_once_in_a_stable_order(story, admin):
    from suivi.parties.models import Party

    first = admin.get("/parties/", {"page_size": 7, "ordering": "code"}).json()
    assert first["count"] == Party.objects.count() and len(first["results"]) == 7
    assert first["previous"] is None and "page=2" in first["next"]
    rows = _all_pages(admin, "/parties/", ordering="-id")
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)) == Party.objects.count()
    assert ids == sorted(ids, reverse=True)
    refused = admin.get("/parties/", {"page_size": MAX_PAGE_SIZE + 1})
    assert refused.status_code == 422 and set(refused.json()) == {"detail", "errors"}
    beyond = admin.get("/parties/", {"page": 10_000}).json()
    assert beyond["results"] == [] and beyond["next"] is None


def test_agreements_filter_like_the_list_page(story, admin):
    energy = Agreement.objects.create(
        kind="framework", title_fr="Accord énergie", status="signed", signed_on=date(2024, 5, 1)
    )
    energy.parties.set([story.party_a, story.party_b])
    energy.sectors.set(["energy"])
    story.commission.agreements.add(energy)
    other = Agreement.objects.create(
        kind="memorandum", title_fr="Mémorandum santé", status="planned"
    )
    other.parties.set([story.party_a])

    def titles(**params) -> list[str]:
        return [row["title_fr"] for row in admin.get("/agreements/", params).json()["results"]]

    assert titles(party="RUS") == ["Accord énergie"]
    assert titles(sector="energy") == ["Accord énergie"]
    assert titles(kind="memorandum") == ["Mémorandum santé"]
    assert titles(status="signed", year=2024) == ["Accord énergie"]
    assert titles(commission=story.commission.pk) == ["Accord énergie"]
    assert titles(q="santé") == ["Mémorandum santé"]
    assert titles(ordering="-title_fr") == ["Mémorandum santé", "Accord énergie"]
    assert admin.get("/agreements/", {"sector": "astrology"}).status_code == 422


def _restricted_to_b(story) -> None:
    """One record of each kind restricted to party B (RUS), its title carrying the marker."""
    hidden = {"confidentiality": "party", "restricted_to": story.party_b}
    agreement = Agreement.objects.create(kind="agreement", title_fr=f"{MARKER} accord", **hidden)
    agreement.parties.set([story.party_a, story.party_b])
    story.commission.agreements.add(agreement)
    project = Project.objects.create(title=f"{MARKER} projet", **hidden)
    project.agreements.add(agreement)
    Milestone.objects.create(project=project, title=f"{MARKER} jalon", due=date(2025, 6, 1))
    session = Session.objects.create(
        commission=story.commission,
        number=7,
        start=date(2025, 2, 1),
        place=f"{MARKER} lieu",
        **hidden,
    )
    Attendance.objects.create(session=session, party=story.party_b, head=f"{MARKER} chef")
    ActionItem.objects.create(session=session, title=f"{MARKER} action")
    AgendaItem.objects.create(session=session, order=1, title=f"{MARKER} point")
    public = Session.objects.create(commission=story.commission, number=8, start=date(2025, 3, 1))
    Decision.objects.create(session=public, text=f"{MARKER} décision", **hidden)
    public_decision = Decision.objects.create(session=public, text="Décision publique")
    public_decision.agreements.add(agreement)  # named by a public record: hidden in its links


def _everything(caller) -> str:
    from suivi.api.resources import RESOURCES

    seen = []
    for resource in RESOURCES:
        if resource.path in ("parties", "people"):
            continue  # reference data, hundreds of states: no party's secret there
        seen += [str(row) for row in _all_pages(caller, f"/{resource.path}/")]
        for pk in resource.model._default_manager.values_list("pk", flat=True):
            seen.append(caller.get(f"/{resource.path}/{pk}").content.decode())
    return "\n".join(seen)


def test_a_delegate_never_meets_another_partys_restricted_records(story, caller):
    _restricted_to_b(story)
    assert MARKER not in _everything(caller(story.mli))
    assert MARKER not in _everything(caller(story.reader))
    seen_by_b = _everything(caller(story.rus))
    for kind in ("accord", "projet", "jalon", "lieu", "chef", "action", "point", "décision"):
        assert f"{MARKER} {kind}" in seen_by_b  # the scan looks where the records are
