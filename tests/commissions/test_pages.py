"""The secretariat's pages: commissions by lateness, preparing and running a session."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from suivi.commissions.models import ActionItem, Attendance, Commission, Decision, Session


def test_the_list_puts_the_most_overdue_commission_first(admin_client, cycle):
    today = timezone.localdate()
    on_time = Commission.objects.create(name="AAA comité ponctuel", cadence_months=12)
    Session.objects.create(commission=on_time, number=1, start=today - timedelta(days=10))
    page = admin_client.get(reverse("commissions:list")).content.decode()
    assert page.index(cycle["commission"].name) < page.index("AAA comité ponctuel")
    assert "En retard" in page and "À l&#x27;heure" in page


def test_the_commission_page_shows_its_cadence(admin_client, cycle):
    page = admin_client.get(reverse("commissions:detail", args=[cycle["commission"].pk]))
    text = page.content.decode()
    assert "15 juillet 2025" in text  # next due: 15 January + 6 months
    assert reverse("commissions:session_create", args=[cycle["commission"].pk]) in text


def test_the_new_session_form_proposes_the_next_number_and_a_date_not_past(admin_client, cycle):
    """The cadence asked for 15 July 2025; that is past, so the form proposes a month ahead."""
    from suivi.commissions.status import next_session_defaults

    url = reverse("commissions:session_create", args=[cycle["commission"].pk])
    page = admin_client.get(url).content.decode()
    ahead = timezone.localdate() + timedelta(days=30)
    assert 'value="2"' in page and f'value="{ahead.isoformat()}"' in page
    early = next_session_defaults(cycle["commission"], today=date(2025, 7, 1))
    assert early["start"] == date(2025, 7, 15)


def test_the_session_page_shows_agenda_and_carried_over_actions(admin_client, cycle, second):
    page = admin_client.get(reverse("commissions:session", args=[cycle["commission"].pk, 2]))
    text = page.content.decode()
    assert page.status_code == 200
    assert "Transmettre le projet d&#x27;accord sur la formation" in text
    assert "Centrale solaire de Sanankoroba" in text
    assert "csrfmiddlewaretoken" in text
    assert "<script>" not in text and "style=" not in text


def test_reordering_with_htmx_returns_the_agenda_fragment(admin_client, cycle, second):
    last = second.agenda.order_by("order").last()
    url = reverse("commissions:agenda_move", args=[cycle["commission"].pk, 2, last.pk, "up"])
    response = admin_client.post(url, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert response.content.decode().lstrip().startswith('<div id="agenda">')
    orders = list(second.agenda.order_by("order").values_list("pk", flat=True))
    assert orders[-2] == last.pk
    assert last.history.count() >= 2


def test_editing_an_agenda_item(admin_client, cycle, second):
    item = second.agenda.first()
    url = reverse("commissions:agenda_edit", args=[cycle["commission"].pk, 2, item.pk])
    response = admin_client.post(url, {"title": "Point revu", "body": "", "kind": "other"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title == "Point revu"


def test_recording_attendance_decisions_actions_and_minutes(admin_client, admin_user, cycle):
    pk = cycle["commission"].pk
    mali = cycle["open_action"].owner_party
    admin_client.post(
        reverse("commissions:attendance_add", args=[pk, 1]),
        {"party": mali.pk, "head": "Ministre des Affaires étrangères", "members": "A\nB"},
    )
    again = admin_client.post(
        reverse("commissions:attendance_add", args=[pk, 1]), {"party": mali.pk, "head": "X"}
    )
    assert again.status_code == 400
    assert "déjà sa délégation" in again.content.decode()
    assert Attendance.objects.get(session=cycle["first"]).member_names == ["A", "B"]

    admin_client.post(
        reverse("commissions:decision_add", args=[pk, 1]),
        {
            "text": "Un groupe de travail est créé.",
            "agreements": [cycle["framework"].pk],
            "confidentiality": "public",
        },
    )
    decision = Decision.objects.get(session=cycle["first"])
    assert list(decision.agreements.all()) == [cycle["framework"]]

    admin_client.post(
        reverse("commissions:action_add", args=[pk, 1]),
        {
            "title": "Rédiger le mandat du groupe",
            "owner_party": mali.pk,
            "due": "2025-03-01",
            "status": "open",
        },
    )
    action = ActionItem.objects.get(title="Rédiger le mandat du groupe")
    assert action.history.first().history_user == admin_user

    admin_client.post(
        reverse("commissions:action_edit", args=[pk, 1, action.pk]),
        {"title": action.title, "owner_party": mali.pk, "status": "done"},
    )
    action.refresh_from_db()
    assert action.status == "done" and action.done_on == date.today()

    admin_client.post(reverse("commissions:minutes", args=[pk, 1]), {"minutes": "Ouverture."})
    cycle["first"].refresh_from_db()
    assert cycle["first"].minutes == "Ouverture."


def test_the_download_button_serves_both_formats(admin_client, cycle, second):
    url = reverse("commissions:session_file", args=[cycle["commission"].pk, 2])
    docx = admin_client.get(url + "?format=docx&lang=ru")
    assert docx.status_code == 200
    assert docx["Content-Disposition"].endswith('-ru.docx"')
    pdf = admin_client.get(url + "?format=pdf&lang=en")
    assert pdf.content.startswith(b"%PDF")


@pytest.mark.parametrize("name", ["session_create", "agenda_build"])
def test_a_reader_may_not_prepare_sessions(client, django_user_model, cycle, name):
    reader = django_user_model.objects.create_user("reader", password="x")
    client.force_login(reader)
    args = [cycle["commission"].pk] if name == "session_create" else [cycle["commission"].pk, 1]
    response = client.post(reverse(f"commissions:{name}", args=args), {"number": 2})
    assert response.status_code == 403  # the role table refuses before the scope
    assert Session.objects.count() == 1


def test_the_list_costs_the_same_queries_for_3_or_12_commissions(admin_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as context:
            assert admin_client.get(reverse("commissions:list")).status_code == 200
        return len(context)

    for count in (3, 12):
        for index in range(count - Commission.objects.count()):
            commission = Commission.objects.create(name=f"Comité {index}", cadence_months=6)
            Session.objects.create(commission=commission, number=1, start=date(2025, 1, index + 1))
        if count == 3:
            few = queries()
    assert queries() == few


def test_owner_and_delegation_pickers_offer_the_commissions_parties(cycle):
    from suivi.commissions.forms import ActionItemForm, AttendanceForm

    session = cycle["first"]
    codes = {party.code for party in cycle["commission"].parties.all()}
    for form, field in [
        (ActionItemForm(instance=ActionItem(session=session)), "owner_party"),
        (AttendanceForm(instance=Attendance(session=session)), "party"),
    ]:
        offered = {party.code for party in form.fields[field].queryset}
        assert offered == codes, field


def test_a_decision_ticks_the_commissions_agreements_and_names_one_of_its_parties(
    admin_client, cycle
):
    pk = cycle["commission"].pk
    page = admin_client.get(reverse("commissions:session", args=[pk, 1])).content.decode()
    form = page.split('action="' + reverse("commissions:decision_add", args=[pk, 1]), 1)[1]
    form = form.split("</form>", 1)[0]
    assert "<select multiple" not in form and "multiple" not in form
    assert f'type="checkbox" name="agreements" value="{cycle["framework"].pk}"' in form
    restricted = form.split('name="restricted_to"', 1)[1].split("</select>", 1)[0]
    assert restricted.count("<option") == 1 + cycle["commission"].parties.count()
