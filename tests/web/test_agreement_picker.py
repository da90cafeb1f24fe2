"""The agreement picker of project and commission forms: titles, not ids, and only in scope."""

from __future__ import annotations

import pytest
from django.urls import reverse

from suivi.agreements.models import Agreement
from suivi.projects.models import LeadAgency, Project

pytestmark = pytest.mark.django_db

PROJECT = {"title": "Centrale solaire", "status": "ongoing", "confidentiality": "public"}


def test_without_script_several_titles_are_typed_separated_by_semicolons(admin_client):
    # Titles hold commas: only the semicolon separates two of them.
    first = Agreement.objects.create(kind="agreement", title_fr="Accord sur l'eau, l'énergie")
    second = Agreement.objects.create(kind="agreement", title_fr="Mémorandum santé animale")
    page = admin_client.get(reverse("projects:create")).content.decode()
    assert 'name="agreements__add"' in page and "of=agreements" in page
    assert "<select" not in page.split('name="agreements__add"')[0].rsplit("<label", 1)[-1]
    typed = {**PROJECT, "agreements__add": "accord sur l'eau, l'energie ; MEMORANDUM SANTE ANIMALE"}
    response = admin_client.post(reverse("projects:create"), typed)
    assert response.status_code == 302, response.content.decode()[:2000]
    project = Project.objects.get(title="Centrale solaire")
    assert set(project.agreements.all()) == {first, second}
    form = admin_client.get(reverse("projects:edit", args=[project.pk])).content.decode()
    assert f'name="agreements" value="{first.pk}" checked' in form


def test_an_unknown_title_gives_the_form_back_with_the_words_typed(admin_client):
    typed = {**PROJECT, "agreements__add": "Accord introuvable"}
    response = admin_client.post(reverse("projects:create"), typed)
    assert response.status_code == 400
    assert "Introuvable : Accord introuvable" in response.content.decode()
    assert not Project.objects.exists()


def test_a_delegate_is_never_offered_the_other_partys_restricted_agreement(client, story):
    public = Agreement.objects.create(kind="agreement", title_fr="Accord-cadre public")
    secret = Agreement.objects.create(
        kind="agreement",
        title_fr="Accord MARQUEUR-9Z réservé",
        confidentiality="party",
        restricted_to=story.party_a,
    )
    public.parties.set([story.party_a, story.party_b])
    secret.parties.set([story.party_a, story.party_b])
    story.commission.agreements.add(public, secret)
    project = Project.objects.create(title="Route commune", status="ongoing")
    project.agreements.set([public, secret])
    LeadAgency.objects.create(project=project, party=story.party_b, agency=story.party_b)
    edit = reverse("projects:edit", args=[project.pk])

    client.force_login(story.rus)  # party B's delegate: leads the project, not the secret
    page = client.get(edit).content.decode()
    assert "Accord-cadre public" in page and "MARQUEUR-9Z" not in page
    assert str(secret.pk) not in page.split('name="agreements"', 1)[-1].split("</div>", 1)[0]
    typed = {**PROJECT, "title": "Route commune", "agreements__add": secret.title_fr}
    refused = client.post(edit, typed)
    assert refused.status_code == 400
    assert "Introuvable" in refused.content.decode()
    # An edit keeps the tie the delegate cannot see.
    kept = {**PROJECT, "title": "Route commune corrigée", "agreements": [public.pk]}
    assert client.post(edit, kept).status_code == 302
    assert set(project.agreements.all()) == {public, secret}

    client.force_login(story.secretariat)
    commission_form = client.get(reverse("commissions:edit", args=[story.commission.pk]))
    assert "MARQUEUR-9Z" in commission_form.content.decode()  # the secretariat sees it


def test_the_commission_form_offers_its_parties_agreements(client, story):
    theirs = Agreement.objects.create(kind="agreement", title_fr="Accord des deux parties")
    theirs.parties.set([story.party_a, story.party_b])
    Agreement.objects.create(kind="agreement", title_fr="Accord d'autres États")
    client.force_login(story.secretariat)
    edit = reverse("commissions:edit", args=[story.commission.pk])
    page = client.get(edit).content.decode()
    assert f'name="agreements" value="{theirs.pk}"' in page
    assert "Accord d'autres" not in page and "Accord d&#x27;autres" not in page
    data = {
        "name": story.commission.name,
        "parties": ["MLI", "RUS"],
        "agreements": [theirs.pk],
        "mandate": "",
        "cadence_months": "",
    }
    response = client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert list(story.commission.agreements.all()) == [theirs]
