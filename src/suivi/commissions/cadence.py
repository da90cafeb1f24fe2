"""Month arithmetic and whether a commission keeps its cadence.

A commission that "meets every six months" is due six calendar months after its
last session started; month ends clamp (31 January + 1 month = 28 or 29 February).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _

# How close a due date must be before the commission is flagged as "due soon".
DUE_SOON_DAYS = 60


def add_months(day: date, months: int) -> date:
    """`day` moved by `months` calendar months, clamped to the last day of the target month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


class CadenceState:
    """The states a commission's cadence can be in, worst first for sorting."""

    OVERDUE = "overdue"
    DUE = "due"
    ON_TIME = "on_time"
    NEVER_MET = "never_met"
    NO_CADENCE = "no_cadence"

    LABELS = {
        OVERDUE: _("En retard"),
        DUE: _("Due sous 60 jours"),
        ON_TIME: _("À l'heure"),
        NEVER_MET: _("Jamais réunie"),
        NO_CADENCE: _("Sans périodicité"),
    }


@dataclass(frozen=True)
class CadenceStatus:
    """Where a commission stands against its cadence on a given day."""

    state: str
    last_session: date | None
    next_due: date | None
    days: int | None  # days overdue (positive) or days left (negative or zero): next_due - today

    @property
    def days_late(self) -> int:
        return self.days if self.days and self.days > 0 else 0

    @property
    def days_left(self) -> int:
        return -self.days if self.days is not None and self.days < 0 else 0

    @property
    def label(self) -> str:
        return str(CadenceState.LABELS[self.state])

    def sort_key(self) -> tuple[int, int]:
        """Latest first: overdue by most days, then due soonest, then the rest."""
        order = [
            CadenceState.OVERDUE,
            CadenceState.DUE,
            CadenceState.ON_TIME,
            CadenceState.NEVER_MET,
            CadenceState.NO_CADENCE,
        ]
        return (order.index(self.state), -(self.days or 0))


def cadence_status(
    cadence_months: int | None, last_start: date | None, today: date
) -> CadenceStatus:
    """The status of a commission whose last session started on `last_start`."""
    if not cadence_months:
        return CadenceStatus(CadenceState.NO_CADENCE, last_start, None, None)
    if last_start is None:
        return CadenceStatus(CadenceState.NEVER_MET, None, None, None)
    next_due = add_months(last_start, cadence_months)
    days = (today - next_due).days
    if days > 0:
        state = CadenceState.OVERDUE
    elif -days <= DUE_SOON_DAYS:
        state = CadenceState.DUE
    else:
        state = CadenceState.ON_TIME
    return CadenceStatus(state, last_start, next_due, days)
