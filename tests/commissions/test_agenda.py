"""Preparing session N+1: the agenda drawn from the register, carried-over actions, reordering."""

from datetime import date

from django.utils import timezone

from suivi.commissions.agenda import build_agenda, move
from suivi.commissions.models import AgendaKind, Session
from suivi.sources.models import Claim, Source


def titles(session):
    return [item.title for item in session.agenda.all()]


def test_an_action_not_done_at_session_n_is_on_the_agenda_of_n_plus_1(cycle, second):
    actions = [item.action_item for item in second.agenda.filter(kind=AgendaKind.ACTION)]
    assert actions == [cycle["open_action"]]
    assert any("Transmettre le projet d'accord sur la formation" in t for t in titles(second))
    assert not any("points focaux" in t for t in titles(second))


def test_the_action_stays_on_later_agendas_until_done(cycle, second, admin_user):
    third = Session.objects.create(
        commission=cycle["commission"], number=3, start=date(2026, 1, 20)
    )
    build_agenda(third, admin_user)
    assert third.agenda.filter(action_item=cycle["open_action"]).exists()
    cycle["open_action"].status = "done"
    cycle["open_action"].save()
    fourth = Session.objects.create(commission=cycle["commission"], number=4)
    build_agenda(fourth, admin_user)
    assert not fourth.agenda.filter(action_item=cycle["open_action"]).exists()


def test_project_status_changes_and_due_milestones_are_listed(cycle, second):
    project_items = second.agenda.filter(kind=AgendaKind.PROJECT)
    assert [item.project for item in project_items] == [cycle["solar"]]
    assert "Prévu → En cours" in project_items[0].body
    milestones = [item.milestone.title for item in second.agenda.filter(kind=AgendaKind.MILESTONE)]
    assert milestones == ["Étude d'impact"]  # the 2030 one is not due yet
    assert "En retard" in second.agenda.get(kind=AgendaKind.MILESTONE).body


def test_agreements_accepted_since_the_last_session(cycle, admin_user):
    source = Source.objects.create(title="Communiqué conjoint", text="Signature de l'accord.")
    Claim.objects.create(
        source=source,
        kind="agreement",
        status="accepted",
        record=cycle["nuclear"],
        reviewed_at=timezone.now(),
    )
    session = Session.objects.create(commission=cycle["commission"], number=2)
    build_agenda(session, admin_user)
    item = session.agenda.get(kind=AgendaKind.AGREEMENT)
    assert item.agreement == cycle["nuclear"]
    assert "Communiqué conjoint" in item.body


def test_building_again_adds_nothing_twice(cycle, second, admin_user):
    count = second.agenda.count()
    assert build_agenda(second, admin_user) == []
    assert second.agenda.count() == count


def test_moving_an_item_reorders_the_agenda(second):
    before = titles(second)
    last = second.agenda.order_by("order").last()
    move(last, -len(before))
    after = titles(second)
    assert after[0] == before[-1]
    assert sorted(after) == sorted(before)
    assert [item.order for item in second.agenda.all()] == list(range(1, len(before) + 1))


def test_points_about_a_hidden_project_are_hidden_with_it(cycle, second, make_reader):
    from suivi.access.scope import visible

    def visible_agenda(session, user):
        return visible(user, session.agenda.all())

    reader = make_reader()
    solar = cycle["solar"]
    assert visible_agenda(second, reader).filter(project=solar).exists()
    solar.confidentiality = "party"
    solar.restricted_to = cycle["open_action"].owner_party
    solar.save()
    assert not visible_agenda(second, reader).filter(project=solar).exists()
    assert visible_agenda(second, reader).filter(action_item=cycle["open_action"]).exists()


def test_a_cancelled_session_leaves_its_business_to_the_next(cycle, admin_user):
    Session.objects.create(commission=cycle["commission"], number=2, status="cancelled")
    third = Session.objects.create(commission=cycle["commission"], number=3)
    assert third.previous() == cycle["first"]
    build_agenda(third, admin_user)
    assert third.agenda.filter(action_item=cycle["open_action"]).exists()
