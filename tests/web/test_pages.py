"""The register's pages answer for a signed-in user, in French by default and in three languages."""

from datetime import date

import pytest
from django.urls import reverse

from suivi.agreements.models import Agreement
from suivi.commissions.models import Commission, Session
from suivi.parties.models import Party
from suivi.projects.models import Project

pytestmark = pytest.mark.django_db


@pytest.fixture
def records():
    agreement = Agreement.objects.create(
        kind="framework",
        title_fr="Accord-cadre de coopération",
        status="signed",
        signed_on=date(2025, 6, 23),
    )
    agreement.parties.set(Party.objects.filter(code__in=["MLI", "RUS"]))
    commission = Commission.objects.create(name="Commission intergouvernementale", cadence_months=6)
    Session.objects.create(commission=commission, number=1, start=date(2025, 7, 29), place="Bamako")
    project = Project.objects.create(title="Centrale solaire")
    project.agreements.add(agreement)
    return agreement, commission, project


def test_pages_need_a_signed_in_user(client):
    response = client.get(reverse("agreements:list"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_the_api_answers_401_not_a_redirect(client):
    assert client.get("/api/agreements/").status_code == 401


def test_every_register_page_answers(admin_client, records):
    agreement, commission, project = records
    for url in [
        reverse("home"),
        reverse("agreements:list"),
        reverse("agreements:detail", args=[agreement.pk]),
        reverse("projects:list"),
        reverse("projects:detail", args=[project.pk]),
        reverse("commissions:list"),
        reverse("commissions:detail", args=[commission.pk]),
        reverse("parties:list") + "?q=mali",
        reverse("parties:detail", args=[Party.objects.get(code="MLI").pk]),
        reverse("sources:list"),
        "/admin/agreements/agreement/",
        f"/admin/agreements/agreement/{agreement.pk}/change/",
        f"/admin/agreements/agreement/{agreement.pk}/history/",
    ]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
    page = admin_client.get(reverse("agreements:detail", args=[agreement.pk])).content.decode()
    assert "Accord-cadre de coopération" in page
    assert "Historique" in page


def test_search_filters_the_list(admin_client, records):
    page = admin_client.get(reverse("parties:list") + "?q=Russie").content.decode()
    assert "RUS" in page
    assert "MLI" not in page


@pytest.mark.parametrize(
    "language, word", [("fr", "Accords"), ("en", "Agreements"), ("ru", "Соглашения")]
)
def test_the_interface_speaks_three_languages(admin_client, language, word):
    admin_client.post(reverse("set_language"), {"language": language, "next": "/"})
    page = admin_client.get(reverse("home")).content.decode()
    assert word in page


def test_pages_send_a_strict_content_security_policy(admin_client):
    policy = admin_client.get(reverse("home")).headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
