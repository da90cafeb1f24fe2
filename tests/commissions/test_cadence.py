"""Month arithmetic and a commission's cadence status, as the secretariat reads them."""

from datetime import date

import pytest

from suivi.commissions.cadence import CadenceState, add_months, cadence_status
from suivi.commissions.models import Commission, Session


@pytest.mark.parametrize(
    "day, months, expected",
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2024, 12, 10), 6, date(2025, 6, 10)),
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 11, 15), 2, date(2026, 1, 15)),
    ],
)
def test_add_months_clamps_to_the_end_of_the_month(day, months, expected):
    assert add_months(day, months) == expected


def test_cadence_6_last_session_2024_12_10_is_overdue_on_2025_07_01():
    status = cadence_status(6, date(2024, 12, 10), today=date(2025, 7, 1))
    assert status.state == CadenceState.OVERDUE
    assert status.next_due == date(2025, 6, 10)
    assert status.days_late == 21


def test_due_within_60_days_then_on_time():
    assert cadence_status(6, date(2025, 1, 10), today=date(2025, 6, 1)).state == CadenceState.DUE
    assert (
        cadence_status(6, date(2025, 1, 10), today=date(2025, 3, 1)).state == CadenceState.ON_TIME
    )


def test_commission_without_sessions_or_cadence():
    assert cadence_status(6, None, today=date(2025, 1, 1)).state == CadenceState.NEVER_MET
    assert cadence_status(None, date(2024, 1, 1), date(2025, 1, 1)).state == CadenceState.NO_CADENCE


@pytest.mark.django_db
def test_a_postponed_or_future_session_does_not_reset_the_cadence():
    commission = Commission.objects.create(name="Commission mixte", cadence_months=6)
    Session.objects.create(commission=commission, number=1, start=date(2024, 12, 10), status="held")
    Session.objects.create(
        commission=commission, number=2, start=date(2025, 6, 10), status="postponed"
    )
    Session.objects.create(commission=commission, number=3, start=date(2025, 9, 1))
    status = commission.cadence(date(2025, 7, 1))
    assert status.last_session == date(2024, 12, 10)
    assert status.state == CadenceState.OVERDUE
    assert status.days_late == 21


def test_a_planned_session_known_by_its_end_only_has_met(db):
    """A press report gives a session's closing day only: the commission met then, not 'never'."""
    from datetime import date

    from suivi.commissions.cadence import CadenceState
    from suivi.commissions.models import Commission, Session

    commission = Commission.objects.create(name="Grande commission mixte", cadence_months=24)
    Session.objects.create(commission=commission, number=13, end=date(2021, 3, 5))
    status = commission.cadence(date(2026, 12, 1))
    assert status.state == CadenceState.OVERDUE
    assert status.last_session == date(2021, 3, 5)
