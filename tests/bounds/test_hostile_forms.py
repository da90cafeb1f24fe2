"""Hostile values posted to the edit forms and uploads answer a refusal, in time, never a 500.

Found by posting every field of every form with hostile values to `suivi serve` on
PostgreSQL: a NUL in a party picker reached the database (PostgreSQL refuses NUL in text:
500), and a pasted text of one 20,000-letter word kept the reader busy past gunicorn's
30 s timeout, so the worker was killed and the upload got no answer.
"""

from __future__ import annotations

import time

import pytest
from django.test import Client
from django.urls import reverse

from suivi.agreements.models import Agreement

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("value", ["a\x00b", "\x00", "MLI\x00"])
def test_a_nul_in_a_party_picker_is_refused_with_a_message(story, admin_user, value):
    agreement = Agreement.objects.create(kind="agreement", title_fr="Accord", status="signed")
    agreement.parties.set([story.party_a])
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    page = client.get(reverse("agreements:edit", args=[agreement.pk]))
    form = page.context["form"]
    data = {
        name: form[name].value() for name in form.fields if form[name].value() not in (None, [])
    }
    data["parties"] = [story.party_a.code]
    data["parties__add"] = value
    response = client.post(reverse("agreements:edit", args=[agreement.pk]), data)
    assert response.status_code == 400, response.status_code
    assert response.context["form"].errors


def test_one_very_long_word_is_read_in_a_few_seconds():
    """The reader's role references scanned each position of a word to its end: a text of one
    50,000-letter word took minutes of CPU."""
    from suivi.reading.pipeline import read

    read("Le Mali signe un accord.")  # models loaded outside the measure
    started = time.process_time()
    read("x" * 50_000)
    assert time.process_time() - started < 5


@pytest.mark.parametrize("aliases", [["\x00"], ["A. Goita", "a\x00b"]])
def test_a_nul_in_a_person_s_other_spellings_is_refused_by_the_api(admin_user, aliases):
    """PostgreSQL's JSON refuses the escaped NUL: the API answered 500."""
    from suivi.access import tokens
    from suivi.parties.models import Person

    person = Person.objects.create(name="Assimi Goïta")
    _, token = tokens.issue(admin_user, days=1)
    client = Client(raise_request_exception=False, HTTP_AUTHORIZATION=f"Bearer {token}")
    response = client.patch(
        f"/api/v1/people/{person.pk}", {"aliases": aliases}, content_type="application/json"
    )
    assert response.status_code == 422, response.content
    assert "aliases" in response.json()["errors"]
    person.refresh_from_db()
    assert person.aliases == []
