"""People and their roles made and changed in the app, history kept, bad input refused."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from suivi.parties.models import Person, Role

pytestmark = pytest.mark.django_db


def test_an_administrator_adds_a_person_then_a_role(admin_client, admin_user):
    data = {"name": "Abdoulaye Diop", "aliases": "A. Diop\nАбдулай Диоп\n\nA. Diop"}
    response = admin_client.post(reverse("parties:person_create"), data)
    assert response.status_code == 302
    person = Person.objects.get()
    assert person.aliases == ["A. Diop", "Абдулай Диоп"]
    add_role = reverse("parties:role_create", args=[person.pk])
    role = {"title": "Ministre des Affaires étrangères", "party": "mali", "start": "20/02/2021"}
    assert admin_client.post(add_role, role).status_code == 302
    saved = Role.objects.get()
    assert (saved.party.code, saved.start) == ("MLI", date(2021, 2, 20))
    page = admin_client.get(reverse("parties:person", args=[person.pk])).content.decode()
    assert "Ministre des Affaires étrangères" in page and "20 février 2021" in page
    edit = reverse("parties:role_edit", args=[saved.pk])
    assert 'value="Mali"' in admin_client.get(edit).content.decode()  # the party by name
    assert admin_client.post(edit, {**role, "end": "2024-09-01"}).status_code == 302
    saved.refresh_from_db()
    assert saved.end == date(2024, 9, 1)
    assert saved.history.first().history_user == admin_user
    assert person.history.count() == 1


@pytest.mark.parametrize(
    "bad",
    [{"party": "Atlantide"}, {"start": "31/02/2021"}, {"start": "2022-01-01", "end": "2021-01-01"}],
)
def test_a_bad_role_is_explained_and_nothing_saved(admin_client, bad):
    person = Person.objects.create(name="Sergueï Lavrov")
    data = {"title": "Ministre", "party": "RUS", **bad}
    response = admin_client.post(reverse("parties:role_create", args=[person.pk]), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="errorlist' in html and 'value="Ministre"' in html
    assert not Role.objects.exists()


def test_a_stale_version_keeps_the_input_and_says_who_changed_it(admin_client):
    person = Person.objects.create(name="Abdoulaye Diop")
    edit = reverse("parties:person_edit", args=[person.pk])
    person.name = "Abdoulaye DIOP"
    person.save()
    response = admin_client.post(edit, {"name": "A. Diop", "aliases": "", "version": 1})
    assert response.status_code == 409  # as on every form that meets a concurrent save
    assert (
        "entre-temps" in response.content.decode()
        and 'value="A. Diop"' in response.content.decode()
    )
    person.refresh_from_db()
    assert person.name == "Abdoulaye DIOP"


def test_only_administrators_keep_people(client, story):
    person = Person.objects.create(name="Abdoulaye Diop")
    client.force_login(story.secretariat)
    assert client.get(reverse("parties:person_create")).status_code == 403
    refused = client.get(reverse("parties:person_edit", args=[person.pk]))
    assert refused.status_code == 403  # readable, so not "does not exist": may not be changed
    assert "Vous pouvez lire cet enregistrement mais pas le modifier." in refused.content.decode()
    assert client.get(reverse("parties:person", args=[person.pk])).status_code == 200
