"""A child record's history follows its parent's past confidentiality.

A milestone has no confidentiality of its own: it is as visible as its project. Its history
entries written while the project was kept to party A are A's, as the project's own old
entries are (tests/access/test_history_scope.py): party B, once the project is public, must
not read the milestone's old title anywhere its history shows (the record pages, the admin's
history and its past versions). The same holds for every record whose visibility comes from
a parent or a linked record: a session's agenda points, decisions and action items, an
agreement's documents.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.urls import reverse

from suivi.agreements.models import Agreement, Document
from suivi.commissions.models import ActionItem, AgendaItem, Decision, Session
from suivi.projects.models import Milestone, Project

pytestmark = pytest.mark.django_db

SECRET = "QWPASTSECRET"


def _made_public(record) -> None:
    record.confidentiality, record.restricted_to = "public", None
    record.save()


def _declassified(story) -> dict:
    """Records written under party A's records, renamed, then the parents made public."""
    followed = Agreement.objects.create(kind="framework", title_fr="Accord-cadre suivi")
    story.commission.agreements.add(followed)
    project = Project.objects.create(
        title="Projet de A", confidentiality="party", restricted_to=story.party_a
    )
    project.agreements.add(followed)
    milestone = Milestone.objects.create(
        project=project, title=f"{SECRET} jalon", due=date(2026, 5, 1)
    )
    session = Session.objects.create(
        commission=story.commission,
        number=4,
        place="Bamako",
        confidentiality="party",
        restricted_to=story.party_a,
    )
    agenda = AgendaItem.objects.create(session=session, order=1, title=f"{SECRET} point")
    decision = Decision.objects.create(session=session, text=f"{SECRET} décision")
    action = ActionItem.objects.create(
        session=session, title=f"{SECRET} action", owner_party=story.party_a
    )
    agreement = Agreement.objects.create(
        kind="agreement",
        title_fr="Accord de A",
        confidentiality="party",
        restricted_to=story.party_a,
    )
    story.commission.agreements.add(agreement)
    document = Document.objects.create(
        title=f"{SECRET} annexe", file="documents/annexe.txt", agreement=agreement
    )
    children = {
        "milestone": (milestone, "title"),
        "agendaitem": (agenda, "title"),
        "decision": (decision, "text"),
        "actionitem": (action, "title"),
        "document": (document, "title"),
    }
    for record, name in children.values():
        setattr(record, name, "Texte de A, deuxième version " + SECRET)
        record.save()
    parents = {
        "project": (project, "title"),
        "session": (session, "place"),
        "agreement": (agreement, "title_fr"),
    }
    for key, (parent, name) in parents.items():
        setattr(parent, name, f"{SECRET} {key}")
        parent.save()
        setattr(parent, name, f"Texte public ({key})")
        _made_public(parent)
    for key, (record, name) in children.items():
        setattr(record, name, f"Texte public ({key})")
        record.save()
    return {key: record for key, (record, _) in {**children, **parents}.items()}


def children_of(records: dict) -> list[str]:
    return [key for key in records if key not in ("project", "session", "agreement")]


def _staff(user) -> None:
    user.is_staff = True
    user.save()
    user.user_permissions.set(Permission.objects.all())


def test_party_b_reads_no_child_value_from_the_time_its_parent_was_party_a_s(client, story):
    records = _declassified(story)
    _staff(story.rus)
    client.force_login(story.rus)
    for key, record in records.items():
        if type(record) not in admin.site._registry:
            continue  # agenda points have no admin page; the helper is tested below
        meta = record._meta
        prefix = f"admin:{meta.app_label}_{meta.model_name}"
        page = client.get(reverse(f"{prefix}_history", args=[record.pk]))
        assert page.status_code == 200, key
        text = page.content.decode()
        assert SECRET not in text, key
        assert f"Texte public ({key})" in text, key  # the public change is listed
        for entry in record.history.all():
            url = reverse(f"{prefix}_simple_history", args=[record.pk, entry.history_id])
            version = client.get(url)
            assert SECRET not in version.content.decode(), (key, version.status_code)
    for url in (
        reverse("projects:detail", args=[records["milestone"].project_id]),
        reverse("commissions:session", args=[story.commission.pk, 4]),
    ):
        page = client.get(url)
        assert page.status_code == 200
        assert SECRET not in page.content.decode(), url


def test_party_a_and_the_secretariat_read_the_child_s_whole_history(story):
    from suivi.access.history import readable_history

    records = _declassified(story)
    for user in (story.mli, story.secretariat):
        for key in children_of(records):
            record = records[key]
            rows = list(record.history.all())
            assert len(readable_history(user, rows)) == len(rows) == 3, (user, key)


def test_party_b_reads_the_child_s_history_from_the_moment_its_parent_opened(story):
    from suivi.access.history import readable_history

    records = _declassified(story)
    for key in children_of(records):
        record = records[key]
        rows = readable_history(story.rus, list(record.history.all()))
        assert [row.history_type for row in rows] == ["~"], key


def test_an_agenda_tells_no_status_change_from_the_time_the_project_was_party_a_s(story):
    """The register's agenda points tell a project's status changes since the last session,
    read from its history: those of the time it was party A's stay A's, though the
    secretariat, who reads them, builds the agenda that party B then reads."""
    from suivi.commissions.agenda import build_agenda

    followed = Agreement.objects.create(kind="framework", title_fr="Accord-cadre suivi")
    story.commission.agreements.add(followed)
    project = Project.objects.create(
        title="Centrale", status="planned", confidentiality="party", restricted_to=story.party_a
    )
    project.agreements.add(followed)
    project.status = "suspended"  # while A's: not B's to read
    project.save()
    _made_public(project)
    project.status = "ongoing"
    project.save()
    session = Session.objects.create(commission=story.commission, number=9)
    build_agenda(session, story.secretariat)
    point = session.agenda.get(kind="project")
    # the status it was made public with, then its change since: not planned -> suspended
    assert [change[:2] for change in point.facts["changes"]] == [["suspended", "ongoing"]]
