"""Every change names its actor, shows its field diffs, and cannot be rewritten through the app."""

from __future__ import annotations

import pytest
from django.urls import reverse

from suivi.access.models import Membership
from suivi.agreements.models import Agreement
from suivi.parties.models import Party

pytestmark = pytest.mark.django_db


@pytest.fixture
def agreement():
    return Agreement.objects.create(kind="framework", title_fr="Accord-cadre", status="planned")


def admin_form(agreement: Agreement, **changes) -> dict:
    data = {
        "kind": agreement.kind,
        "title_fr": agreement.title_fr,
        "status": agreement.status,
        "confidentiality": agreement.confidentiality,
        "parties": [str(Party.objects.get(code="MLI").pk)],
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def test_a_change_through_the_pages_is_recorded_with_its_author_and_diff(
    admin_client, admin_user, agreement
):
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    answer = admin_client.post(url, admin_form(agreement, status="signed"))
    assert answer.status_code == 302, answer.content.decode()[:2000]
    latest = agreement.history.first()
    assert latest.history_user == admin_user
    page = admin_client.get(reverse("agreements:detail", args=[agreement.pk])).content.decode()
    assert "<del>Annoncé</del> → <ins>Signé</ins>" in page
    assert admin_user.username in page


def test_history_names_related_records_only_when_the_reader_may_see_them(client, story):
    secret = Agreement.objects.create(
        kind="agreement",
        title_fr="Annexe réservée à la Russie",
        confidentiality="party",
        restricted_to=story.party_b,
    )
    story.commission.agreements.add(secret)
    client.force_login(story.mli)
    page = client.get(reverse("commissions:detail", args=[story.commission.pk])).content.decode()
    assert "Annexe réservée" not in page
    assert f"#{secret.pk}" not in page
    assert "enregistrement réservé" in page  # the change is shown, neither title nor id


def test_a_staff_user_cannot_revert_history_only_a_superuser_can(client, story, agreement):
    from django.contrib.auth.models import Permission

    story.secretariat.is_staff = True
    story.secretariat.save()
    story.secretariat.user_permissions.set(
        Permission.objects.filter(codename__endswith="agreement")
    )
    story.commission.agreements.add(agreement)
    version = agreement.history.last()
    agreement.status = "signed"
    agreement.save()
    client.force_login(story.secretariat)
    url = reverse(
        "admin:agreements_agreement_simple_history", args=[agreement.pk, version.history_id]
    )
    assert client.get(url).status_code == 200
    assert client.post(url, admin_form(agreement, status="planned")).status_code == 403
    agreement.refresh_from_db()
    assert agreement.status == "signed"


def test_history_tables_have_no_admin_to_edit_or_delete_them():
    from django.contrib import admin

    from suivi.core.registry import history_models

    assert not [model for model in history_models() if model in admin.site._registry]


def test_a_change_through_the_cli_names_the_user_given_with_as(story, tmp_path):
    from suivi.cli.main import main

    assert main(["user", "add", "nadia", "--role", "reader", "--as", "sekou"]) == 0
    created = Membership.objects.get(user__username="nadia")
    assert created.history.get().history_user == story.secretariat


def test_the_audit_log_is_for_administrators_and_filters(client, admin_client, story, agreement):
    client.force_login(story.secretariat)
    assert client.get(reverse("access:audit")).status_code == 403
    agreement.title_fr = "Accord-cadre révisé"
    agreement.save()
    page = admin_client.get(reverse("access:audit"), {"kind": "agreements.agreement"})
    text = page.content.decode()
    assert page.status_code == 200
    assert "Accord-cadre révisé" in text
    assert "Connexions" not in text  # a kind of record was asked for
    other = admin_client.get(reverse("access:audit"), {"kind": "projects.project"}).content
    assert "Accord-cadre révisé" not in other.decode()
    future = admin_client.get(reverse("access:audit"), {"since": "2999-01-01"}).content.decode()
    assert "Aucune modification pour ces critères." in future
    wrong = admin_client.get(
        reverse("access:audit"), {"since": "2026-05-01", "until": "2026-01-01"}
    )
    assert "La fin de la période précède son début." in wrong.content.decode()


def test_the_audit_log_shows_sign_ins(admin_client, client, story):
    client.post(reverse("login"), {"username": "boris", "password": "wrong"})
    text = admin_client.get(reverse("access:audit"), {"username": "boris"}).content.decode()
    assert "Échec de connexion" in text


def test_creating_and_revoking_a_token_from_the_cli_is_recorded_with_its_actor(story, capsys):
    from suivi.access.models import ApiToken
    from suivi.cli.main import main

    assert main(["token", "create", "boris", "--as", "sekou"]) == 0
    token = capsys.readouterr().out.strip()
    record = ApiToken.objects.get(user=story.rus)
    assert token.startswith(f"suivi_{record.prefix}_")
    assert main(["token", "revoke", record.prefix, "--as", "sekou"]) == 0
    entries = list(record.history.order_by("history_date"))
    assert [e.history_type for e in entries] == ["+", "~"]
    assert {e.history_user for e in entries} == {story.secretariat}
    assert entries[-1].revoked is not None


def test_the_audit_log_pages_through_every_change(admin_client):
    from suivi.access import views
    from suivi.agreements.models import Agreement

    for i in range(views.PAGE_SIZE + 5):
        Agreement.objects.create(kind="agreement", title_fr=f"Accord numéro {i}")
    first = admin_client.get("/access/audit/", {"kind": "agreements.agreement"})
    assert "page=2" in first.content.decode()
    second = admin_client.get("/access/audit/", {"kind": "agreements.agreement", "page": 2})
    page = second.content.decode()
    assert "Accord numéro 0" in page and "Accord numéro 104" not in page
    for odd in ("0", "-3", "abc", "99999"):
        assert admin_client.get("/access/audit/", {"page": odd}).status_code == 200


def test_a_link_made_from_the_other_side_is_in_the_history_of_the_record_that_holds_it(
    agreement,
):
    """`agreement.commissions.add(c)` is a change of the commission's agreements: it is
    recorded there (and the agreement's own history is not given a foreign entry)."""
    from suivi.commissions.models import Commission

    commission = Commission.objects.create(name="Commission mixte")
    before = agreement.history.count()
    agreement.commissions.add(commission)
    latest = commission.history.first()
    assert latest.history_type == "~"
    assert [row.agreement_id for row in latest.agreements.all()] == [agreement.pk]
    assert agreement.history.count() == before
    agreement.commissions.clear()
    assert not commission.history.first().agreements.exists()


def test_a_save_that_changed_nothing_is_not_a_line_of_history(admin_client, agreement):
    agreement.save()
    agreement.save()
    agreement.status = "signed"
    agreement.save()
    page = admin_client.get(reverse("agreements:detail", args=[agreement.pk])).content.decode()
    assert "<del>Annoncé</del> → <ins>Signé</ins>" in page
    assert "aucun champ modifié" not in page
    history = page.split('<table class="history">')[1].split("</table>")[0]
    assert history.count("<tr>") == 3  # the header, the change to signed, the creation


def test_a_list_change_shows_only_the_ties_removed_and_added(admin_client, story):
    """Adding one agreement to a commission that follows two shows that one, not the two
    kept ones struck out and written again."""
    kept = [
        Agreement.objects.create(kind="agreement", title_fr=f"Accord gardé {n}") for n in (1, 2)
    ]
    story.commission.agreements.set(kept)
    dropped = Agreement.objects.create(kind="agreement", title_fr="Accord retiré")
    story.commission.agreements.add(dropped)
    story.commission.agreements.remove(dropped)
    added = Agreement.objects.create(kind="agreement", title_fr="Accord ajouté")
    story.commission.agreements.add(added)
    page = admin_client.get(reverse("commissions:detail", args=[story.commission.pk]))
    changes = page.content.decode().split("<h2", 1)[-1]
    assert "<del>—</del> → <ins>Accord ajouté</ins>" in changes
    assert "<del>Accord retiré</del> → <ins>—</ins>" in changes
    assert "<del>Accord gardé" not in changes
