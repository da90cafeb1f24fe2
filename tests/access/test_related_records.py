"""Issue 9, reproduction 2: related records reach the other party only through the scope.

A public decision naming B's agreement and project, B's open action item carried into a
later public session's agenda, the commission's history and the previous-session link,
each seen by A's delegate on the page, in the API, in the session file and the CLI.
"""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from django.template import Context, Template
from django.urls import reverse

from suivi.access.scope import RESTRICTED, name_of, visible, visible_with
from suivi.agreements.models import Agreement
from suivi.commissions.agenda import build_agenda
from suivi.commissions.models import ActionItem, AgendaItem, Decision, Session
from suivi.commissions.session_file.render import render_session_file
from suivi.projects.models import Project
from suivi.sources.models import Claim, Source
from tests.access.crawl import run_cli

pytestmark = pytest.mark.django_db


@pytest.fixture
def cycle(story):
    """Session 1 public with a public decision on B's agreement and project; session 2 is
    B's alone, with an open action item; session 3 public, its agenda drawn by the
    secretariat."""
    rus = {"confidentiality": "party", "restricted_to": story.party_b}
    agreement = Agreement.objects.create(kind="agreement", title_fr="Accord secret russe", **rus)
    project = Project.objects.create(title="Projet secret russe", **rus)
    project.agreements.add(agreement)
    story.commission.agreements.add(agreement)
    first = Session.objects.create(
        commission=story.commission, number=1, start=date(2026, 1, 5), status="held"
    )
    decision = Decision.objects.create(session=first, text="Décision publique")
    decision.agreements.add(agreement)
    decision.projects.add(project)
    hidden = Session.objects.create(
        commission=story.commission, number=2, start=date(2026, 3, 5), status="held", **rus
    )
    action = ActionItem.objects.create(session=hidden, title="Action secrète russe")
    later = Session.objects.create(commission=story.commission, number=3, start=date(2026, 6, 5))
    build_agenda(later, story.secretariat)
    return {"decision": decision, "action": action, "later": later, "hidden": hidden}


SECRETS = ("Accord secret russe", "Projet secret russe", "Action secrète russe")


def _page(client, user, session) -> str:
    client.force_login(user)
    url = reverse("commissions:session", args=[session.commission_id, session.number])
    return client.get(url).content.decode()


def test_the_session_page_names_only_what_the_reader_may_see(client, story, cycle):
    first = cycle["decision"].session
    decided, later = _page(client, story.mli, first), _page(client, story.mli, cycle["later"])
    assert "Décision publique" in decided
    for secret in SECRETS:
        assert secret not in decided
        assert secret not in later
    assert reverse("commissions:session", args=[story.commission.pk, 2]) not in later
    # B's delegate sees all of it, the previous session included
    assert "Accord secret russe" in _page(client, story.rus, first)
    later = _page(client, story.rus, cycle["later"])
    assert "Action secrète russe" in later
    assert reverse("commissions:session", args=[story.commission.pk, 2]) in later


def test_an_agenda_point_carries_the_scope_of_what_it_was_drawn_from(story, cycle):
    points = cycle["later"].agenda.all()
    carried = points.get(action_item=cycle["action"])
    assert visible(story.rus, points).filter(pk=carried.pk).exists()
    assert visible(story.secretariat, points).filter(pk=carried.pk).exists()
    assert not visible(story.mli, points).filter(pk=carried.pk).exists()
    assert not visible(story.reader, points).filter(pk=carried.pk).exists()


def test_a_point_drawn_from_a_claim_follows_the_claims_record(story, cycle):
    agreement = cycle["decision"].agreements.get()
    source = Source.objects.create(title="Communiqué", text="Texte.")
    claim = Claim.objects.create(source=source, kind="agreement", record=agreement)
    point = AgendaItem.objects.create(session=cycle["later"], kind="claim", claim=claim, title="x")
    rows = AgendaItem.objects.filter(pk=point.pk)
    assert visible(story.rus, rows).exists()
    assert not visible(story.mli, rows).exists()
    claim.record = story.commission  # a claim about something public: the point is public
    claim.save()
    assert visible(story.mli, rows).exists()


def test_the_api_lists_neither_the_hidden_point_nor_the_hidden_ids(client, story, cycle):
    client.force_login(story.mli)
    base = f"/api/commissions/{story.commission.pk}/sessions"
    agenda = client.get(f"{base}/3/agenda").content.decode()
    assert "Action secrète russe" not in agenda
    decisions = client.get(f"{base}/1/decisions").json()
    assert decisions == [{"id": cycle["decision"].pk, "text": "Décision publique", **_none()}]
    client.force_login(story.rus)
    decisions = client.get(f"{base}/1/decisions").json()
    assert decisions[0]["agreements"] and decisions[0]["projects"]


def _none() -> dict:
    return {"agreements": [], "projects": []}


@pytest.mark.parametrize("user", ["mli", "reader"])
def test_session_files_and_the_cli_leave_the_hidden_records_out(story, cycle, user, tmp_path):
    viewer = getattr(story, user)
    body = render_session_file(cycle["later"], viewer, "docx", "fr")
    document = docx.Document(io.BytesIO(body))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    out = tmp_path / "file.docx"
    code, output = run_cli(
        "session-file", str(story.commission.pk), "--session", "3", "-o", str(out),
        "--as", viewer.username,
    )  # fmt: skip
    assert code == 0, output
    document = docx.Document(str(out))
    text += "\n".join(p.text for p in document.paragraphs)
    for secret in SECRETS:
        assert secret not in text
    body = render_session_file(cycle["later"], story.rus, "docx", "fr")
    document = docx.Document(io.BytesIO(body))
    assert any("Action secrète russe" in p.text for p in document.paragraphs)


def test_history_says_restricted_record_without_title_or_id(client, story, cycle):
    agreement = cycle["decision"].agreements.get()
    client.force_login(story.mli)
    page = client.get(reverse("commissions:detail", args=[story.commission.pk])).content.decode()
    assert "Accord secret russe" not in page
    assert f"#{agreement.pk}" not in page
    assert str(RESTRICTED) in page
    assert name_of(story.mli, agreement) == str(RESTRICTED)
    assert name_of(story.rus, agreement) == "Accord secret russe"


def test_templates_refuse_an_unscoped_confidential_relation(story, cycle):
    decision = cycle["decision"]
    with pytest.raises(TypeError):
        Template("{% for a in d.agreements.all %}{{ a }}{% endfor %}").render(
            Context({"d": decision})
        )
    scoped = visible_with(story.mli, Decision.objects.filter(pk=decision.pk), "agreements").get()
    assert scoped.visible_agreements == []
    rendered = Template(
        "{% load access %}{% for a in d.agreements.all|visible_to:u %}{{ a }}{% endfor %}"
    )
    assert rendered.render(Context({"d": decision, "u": story.rus})) == "Accord secret russe"
    assert rendered.render(Context({"d": decision, "u": story.mli})) == ""


def test_stats_as_a_user_counts_what_they_may_see(story, cycle):
    import json

    counts = {}
    for user in (story.mli, story.rus):
        code, output = run_cli("stats", "--json", "--as", user.username)
        assert code == 0, output
        counts[user.username] = json.loads(output)
    assert counts["aminata"]["agreements.agreement"] == 0
    assert counts["boris"]["agreements.agreement"] == 1
    assert counts["aminata"]["commissions.session"] == 2
    assert counts["boris"]["commissions.session"] == 3
