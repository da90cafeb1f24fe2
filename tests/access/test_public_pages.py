"""Anonymous visitors: nothing by default; public records only where the instance opens them."""

from __future__ import annotations

import pytest
from django.urls import reverse

from suivi.agreements.models import Agreement

pytestmark = pytest.mark.django_db


@pytest.fixture
def agreements(story):
    public = Agreement.objects.create(kind="framework", title_fr="Accord-cadre public")
    shared = Agreement.objects.create(
        kind="agreement", title_fr="Relevé de la commission", confidentiality="commission"
    )
    story.commission.agreements.add(shared)
    return public, shared


def test_anonymous_visitors_are_sent_to_sign_in_by_default(client, agreements):
    public, _ = agreements
    assert client.get(reverse("agreements:detail", args=[public.pk])).status_code == 302


def test_public_pages_show_public_records_only(client, settings, agreements):
    settings.SUIVI_PUBLIC_PAGES = True
    public, shared = agreements
    listing = client.get(reverse("agreements:list")).content.decode()
    assert "Accord-cadre public" in listing
    assert "Relevé de la commission" not in listing
    assert client.get(reverse("agreements:detail", args=[public.pk])).status_code == 200
    assert client.get(reverse("agreements:detail", args=[shared.pk])).status_code == 404
    assert client.get("/admin/agreements/agreement/").status_code == 302
    assert client.get(reverse("access:audit")).status_code == 302
    assert client.get("/api/agreements/").status_code == 401


def test_a_commission_member_sees_what_the_commission_shares(client, story, agreements):
    _, shared = agreements
    client.force_login(story.rus)
    assert client.get(reverse("agreements:detail", args=[shared.pk])).status_code == 200
    client.force_login(story.reader)
    assert client.get(reverse("agreements:detail", args=[shared.pk])).status_code == 404


def test_a_public_record_does_not_reveal_the_restricted_records_it_points_at(client, story):
    from suivi.projects.models import Project

    secret = Agreement.objects.create(
        kind="agreement",
        title_fr="Protocole réservé à la Russie",
        confidentiality="party",
        restricted_to=story.party_b,
    )
    project = Project.objects.create(title="Centrale solaire")
    project.agreements.add(secret)
    client.force_login(story.mli)
    for url in (reverse("projects:list"), reverse("projects:detail", args=[project.pk])):
        page = client.get(url).content.decode()
        assert "Centrale solaire" in page
        assert "Protocole réservé" not in page, url
