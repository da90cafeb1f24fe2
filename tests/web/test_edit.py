"""Create and edit register records in the app: widgets by label, scope checked, history kept."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from suivi.agreements.models import Agreement
from suivi.parties.models import Party
from suivi.projects.models import Milestone, Project

pytestmark = pytest.mark.django_db

AGREEMENT = {
    "kind": "agreement",
    "title_fr": "Accord sur l'énergie solaire",
    "parties": ["MLI", "RUS"],
    "sectors": ["energy"],
    "status": "signed",
    "signed_on": "2025-06-23",
    "confidentiality": "public",
}


def test_an_administrator_creates_then_edits_an_agreement(admin_client, admin_user):
    page = admin_client.get(reverse("agreements:create")).content.decode()
    assert 'name="parties__add"' in page and "hx-get=" in page  # parties found by name
    assert 'type="date"' in page and 'type="checkbox"' in page
    response = admin_client.post(reverse("agreements:create"), AGREEMENT)
    assert response.status_code == 302, response.content.decode()[:2000]
    agreement = Agreement.objects.get(title_fr=AGREEMENT["title_fr"])
    assert {p.code for p in agreement.parties.all()} == {"MLI", "RUS"}
    assert agreement.signed_on == date(2025, 6, 23)
    edit = reverse("agreements:edit", args=[agreement.pk])
    form = admin_client.get(edit).content.decode()
    assert 'value="MLI" checked> Mali' in form
    changed = {**AGREEMENT, "status": "in_force", "in_force_on": "2025-09-01"}
    assert admin_client.post(edit, changed).status_code == 302
    agreement.refresh_from_db()
    assert agreement.status == "in_force"
    history = list(agreement.history.all())
    assert len(history) >= 2 and history[0].history_user == admin_user


@pytest.mark.parametrize(
    "bad",
    [
        {"parties": ["XXX"]},
        {"signed_on": "2025-02-31"},
        {"kind": "accord"},
        {"title_fr": "x" * 600},
    ],
)
def test_bad_input_gives_the_form_back_and_saves_nothing(admin_client, bad):
    response = admin_client.post(reverse("agreements:create"), {**AGREEMENT, **bad})
    assert response.status_code == 400
    assert 'class="errorlist' in response.content.decode()
    assert not Agreement.objects.exists()


def test_scope_decides_who_edits(client, story):
    agreement = Agreement.objects.create(
        kind="agreement",
        title_fr="Accord réservé",
        confidentiality="party",
        restricted_to=story.party_a,
    )
    story.commission.agreements.add(agreement)
    edit = reverse("agreements:edit", args=[agreement.pk])
    client.force_login(story.rus)
    assert client.get(edit).status_code == 404
    assert client.get(reverse("agreements:create")).status_code == 403
    client.force_login(story.secretariat)
    assert client.get(edit).status_code == 200
    client.force_login(story.reader)  # a reader's role edits nothing (access.permissions)
    assert client.get(reverse("parties:edit", args=[story.party_a.pk])).status_code == 403


def test_the_secretariat_edits_its_commissions_agreement(client, story):
    agreement = Agreement.objects.create(kind="agreement", title_fr="Accord suivi")
    story.commission.agreements.add(agreement)
    client.force_login(story.secretariat)
    data = {**AGREEMENT, "title_fr": "Accord suivi et corrigé", "parties": ["MLI"]}
    assert client.post(reverse("agreements:edit", args=[agreement.pk]), data).status_code == 302
    agreement.refresh_from_db()
    assert agreement.title_fr == "Accord suivi et corrigé"
    assert agreement.history.first().history_user == story.secretariat


def test_projects_and_milestones_are_edited_in_the_app(admin_client):
    agreement = Agreement.objects.create(kind="agreement", title_fr="Accord-cadre")
    response = admin_client.post(
        reverse("projects:create"),
        {
            "title": "Centrale solaire",
            "agreements": [agreement.pk],
            "status": "ongoing",
            "budget_amount": "120000000000",
            "budget_currency": "xof",
            "start": "2025-09-01",
            "confidentiality": "public",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    project = Project.objects.get(title="Centrale solaire")
    assert project.budget_currency == "XOF"
    page = admin_client.get(reverse("projects:detail", args=[project.pk])).content.decode()
    assert "120\u00a0000\u00a0000\u00a0000\u00a0francs CFA (BCEAO)" in page
    new = reverse("projects:milestone_create", args=[project.pk])
    assert admin_client.post(new, {"title": "Étude", "due": "2025-12-15"}).status_code == 302
    milestone = Milestone.objects.get(project=project)
    early = {"title": "Étude", "due": "2025-01-01"}
    edit = reverse("projects:milestone_edit", args=[milestone.pk])
    assert admin_client.post(edit, early).status_code == 400  # before the project starts


def test_an_administrator_edits_a_party(admin_client):
    party = Party.objects.get(code="MLI")
    edit = reverse("parties:edit", args=[party.pk])
    data = {"kind": "state", "code": "MLI", "name_fr": "Mali", "name_en": "Mali", "name_ru": "Мали"}
    assert admin_client.post(edit, data).status_code == 302
    assert admin_client.post(edit, {**data, "code": "ZZZ"}).status_code == 400
