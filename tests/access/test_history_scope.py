"""A record's history shows a reader only the states of the record that reader could read.

A project kept to party A, then made public, was written while only A's delegation and the
secretariat could read it: its old title and description are A's. Party B's delegate reads
the record's history from the moment it became public, and the first change B reads says
what it became, not what it was.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from suivi.agreements.models import Agreement
from suivi.commissions.models import Session
from suivi.projects.models import Project

pytestmark = pytest.mark.django_db

MARKERS = ("QWHISTTI", "QWHISTDE", "QWHISTPL")


def _declassified_project(story) -> Project:
    project = Project.objects.create(
        title=f"{MARKERS[0]} projet",
        description=f"{MARKERS[1]} description",
        confidentiality="party",
        restricted_to=story.party_a,
    )
    followed = Agreement.objects.create(kind="framework", title_fr="Accord-cadre suivi")
    story.commission.agreements.add(followed)
    project.agreements.add(followed)  # the commission's secretariat follows the project
    project.title = f"{MARKERS[0]} projet, version 2"
    project.save()
    project.title, project.description = "Projet désormais public", "Texte public"
    project.confidentiality, project.restricted_to = "public", None
    project.save()
    project.status = "ongoing"
    project.save()
    return project


def test_party_b_reads_no_history_of_the_time_a_record_was_party_a_s(client, story):
    project = _declassified_project(story)
    client.force_login(story.rus)
    page = client.get(reverse("projects:detail", args=[project.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert not [marker for marker in MARKERS if marker in text]
    entries = page.context["history"]
    assert len(entries) == 2  # made public, then its status changed
    made_public = {change.label: change for change in entries[-1].changes}
    assert made_public["intitulé"].new == "Projet désormais public"
    assert made_public["intitulé"].old == "enregistrement réservé"


def test_party_a_and_the_secretariat_read_the_whole_history(client, story):
    project = _declassified_project(story)
    for user in (story.mli, story.secretariat):
        client.force_login(user)
        page = client.get(reverse("projects:detail", args=[project.pk]))
        assert len(page.context["history"]) == 5, user
        assert MARKERS[1] in page.content.decode(), user


def test_an_agreement_and_a_session_once_party_a_s_show_party_b_no_old_value(client, story):
    agreement = Agreement.objects.create(
        kind="agreement",
        title_fr=f"{MARKERS[0]} accord",
        confidentiality="party",
        restricted_to=story.party_a,
    )
    story.commission.agreements.add(agreement)
    agreement.title_fr, agreement.confidentiality, agreement.restricted_to = (
        "Accord public",
        "public",
        None,
    )
    agreement.save()
    session = Session.objects.create(
        commission=story.commission,
        number=7,
        place=f"{MARKERS[2]} ville",
        confidentiality="party",
        restricted_to=story.party_a,
    )
    session.place, session.confidentiality, session.restricted_to = "Moscou", "public", None
    session.save()
    client.force_login(story.rus)
    for url in (
        reverse("agreements:detail", args=[agreement.pk]),
        reverse("commissions:session", args=[story.commission.pk, session.number]),
    ):
        page = client.get(url)
        assert page.status_code == 200, url
        assert not [marker for marker in MARKERS if marker in page.content.decode()], url


def test_a_change_of_a_list_held_in_one_field_shows_on_the_page_and_in_the_audit_log(
    client, story, admin_user
):
    """A person's other spellings are a list in one field, not linked records: a change of
    them made the person's page and the audit log answer 500."""
    from suivi.parties.models import Person

    person = Person.objects.create(name="Assimi Goïta", aliases=["A. Goita"])
    person.aliases = ["A. Goita", "Ассими Гоита"]
    person.save()
    client.force_login(story.rus)
    page = client.get(reverse("parties:person", args=[person.pk]))
    assert page.status_code == 200
    assert "A. Goita, Ассими Гоита" in page.content.decode()
    client.force_login(admin_user)
    assert client.get(reverse("access:audit")).status_code == 200
