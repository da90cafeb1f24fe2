"""The register's rules: what a secretariat must never be able to save."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from suivi.agreements.models import Agreement
from suivi.commissions.models import Commission, Session
from suivi.parties.models import Party, Person, Role
from suivi.projects.models import Milestone, Project

pytestmark = pytest.mark.django_db


def test_states_and_organisations_are_in_every_new_register():
    mali = Party.objects.get(code="MLI")
    assert (mali.kind, mali.name_fr, mali.name_en, mali.name_ru) == (
        "state",
        "Mali",
        "Mali",
        "Мали",
    )
    assert Party.objects.get(code="RUS").name_fr == "Fédération de Russie"
    aes = Party.objects.get(code="AES")
    assert aes.kind == "organisation"
    assert set(aes.members.values_list("code", flat=True)) == {"BFA", "MLI", "NER"}


def test_a_state_code_must_be_a_real_iso_code():
    with pytest.raises(ValidationError) as error:
        Party.objects.create(kind="state", code="XYZ", name_fr="Nulle part")
    assert "code" in error.value.message_dict
    assert not Party.objects.filter(code="XYZ").exists()


def test_an_organisation_may_have_any_acronym():
    Party.objects.create(kind="company", code="Rosatom", name_fr="Rosatom")
    assert Party.objects.filter(code="Rosatom").exists()


def test_a_ministry_belongs_to_a_party():
    with pytest.raises(ValidationError):
        Party.objects.create(kind="ministry", code="MLI-MEF", name_fr="Ministère de l'Économie")
    ministry = Party.objects.create(
        kind="ministry", code="MLI-MEF", name_fr="Ministère", parent=Party.objects.get(code="MLI")
    )
    assert ministry.parent.code == "MLI"


def test_session_numbers_are_unique_per_commission():
    commission = Commission.objects.create(name="Grande commission mixte", cadence_months=24)
    other = Commission.objects.create(name="Commission intergouvernementale", cadence_months=6)
    Session.objects.create(commission=commission, number=13)
    Session.objects.create(commission=other, number=13)
    with pytest.raises(IntegrityError), transaction.atomic():
        Session.objects.create(commission=commission, number=13)
    assert commission.sessions.count() == 1


def test_a_session_does_not_end_before_it_starts():
    commission = Commission.objects.create(name="Commission mixte", cadence_months=12)
    session = Session(commission=commission, number=1, start=date(2025, 3, 5), end=date(2025, 3, 4))
    with pytest.raises(ValidationError):
        session.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        session.save()


def test_a_cadence_of_zero_is_refused():
    with pytest.raises(ValidationError):
        Commission(name="Commission", cadence_months=0).full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        Commission.objects.create(name="Commission", cadence_months=0)


def test_entry_into_force_is_not_before_signature():
    agreement = Agreement(
        kind="agreement", signed_on=date(2025, 6, 23), in_force_on=date(2025, 6, 1)
    )
    with pytest.raises(ValidationError) as error:
        agreement.full_clean()
    assert "in_force_on" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        agreement.save()
    agreement.in_force_on = date(2025, 12, 16)
    agreement.save()
    assert Agreement.objects.get().in_force_on == date(2025, 12, 16)


def test_a_milestone_is_not_due_before_its_project_starts():
    project = Project.objects.create(title="Centrale solaire", start=date(2025, 9, 1))
    with pytest.raises(ValidationError):
        Milestone.objects.create(project=project, title="Étude", due=date(2025, 8, 1))
    Milestone.objects.create(project=project, title="Étude", due=date(2025, 9, 1))
    assert project.milestones.count() == 1


def test_a_budget_needs_a_known_currency():
    with pytest.raises(ValidationError):
        Project(title="Route", budget_amount=10, budget_currency="").full_clean()
    with pytest.raises(ValidationError):
        Project(title="Route", budget_amount=10, budget_currency="ZZZ").full_clean()
    Project(title="Route", budget_amount=10, budget_currency="xof").full_clean()


def test_a_role_does_not_end_before_it_starts():
    person = Person.objects.create(name="Abdoulaye Diop", aliases=["A. Diop"])
    role = Role(
        person=person,
        title="ministre des Affaires étrangères",
        party=Party.objects.get(code="MLI"),
        start=date(2021, 6, 11),
        end=date(2020, 1, 1),
    )
    with pytest.raises(ValidationError):
        role.full_clean()


def test_every_change_is_in_the_history():
    agreement = Agreement.objects.create(kind="framework", title_fr="Accord-cadre")
    agreement.parties.set(Party.objects.filter(code__in=["MLI", "RUS"]))
    agreement.status = "signed"
    agreement.signed_on = date(2025, 6, 23)
    agreement.save()
    history = list(agreement.history.order_by("history_date"))
    assert [entry.history_type for entry in history] == ["+", "~", "~"]
    assert history[-1].status == "signed"
    assert {p.party.code for p in history[-1].parties.all()} == {"MLI", "RUS"}
