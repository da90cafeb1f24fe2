"""The words of an agenda point drawn from the register, written in the active language.

A generated point stores what it refers to (its links and a few facts such as a project's
status changes); its title and body are written here each time they are shown, so the
same agenda reads in French, English or Russian on a page and in a session file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import prefetch_related_objects
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from suivi.commissions.models import AgendaItem, AgendaKind
from suivi.core.formats import day

RELATED = (
    "session",
    "agreement",
    "project",
    "milestone__project",
    "action_item__session",
    "action_item__owner_party",
    "action_item__owner_agency",
    "action_item__owner_person",
    "claim__source",
)


@dataclass(frozen=True)
class AgendaText:
    title: str
    body: str


def _day(value: str | date | None) -> str:
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return day(value) or "—"


def _action(item: AgendaItem) -> AgendaText | None:
    action = item.action_item
    if action is None:
        return None
    due = _(", échéance %(due)s") % {"due": day(action.due)} if action.due else ""
    return AgendaText(
        _("Action de la session %(number)s : %(title)s")
        % {"number": action.session.number, "title": action.title},
        _("Responsable : %(owner)s%(due)s ; statut : %(status)s")
        % {"owner": action.owner or "—", "due": due, "status": action.get_status_display()},
    )


def _agreement(item: AgendaItem) -> AgendaText | None:
    # The badge already says "Accord": the title is the agreement's own name only.
    agreement = item.agreement
    if agreement is None:
        return None
    source = item.facts.get("source")
    body = agreement.get_status_display()
    if source:
        body = _("%(status)s ; source : %(source)s") % {"status": body, "source": source}
    return AgendaText(str(agreement), body)


def _project(item: AgendaItem) -> AgendaText | None:
    from suivi.projects.models import ProjectStatus

    project = item.project
    if project is None:
        return None
    labels = dict(ProjectStatus.choices)
    lines = [
        _("%(day)s : %(old)s → %(new)s")
        % {"day": _day(when), "old": labels.get(old, old), "new": labels.get(new, new)}
        for old, new, when in item.facts.get("changes", [])
    ]
    title = _("« %(project)s » : %(status)s") % {
        "project": project,
        "status": project.get_status_display(),
    }
    return AgendaText(title, "\n".join(lines))


def _milestone(item: AgendaItem) -> AgendaText | None:
    milestone = item.milestone
    if milestone is None:
        return None
    until = item.session.start or date.today()
    late = milestone.done_on is None and milestone.due < until
    if milestone.done_on:
        body = _("Réalisé le %(day)s") % {"day": day(milestone.done_on)}
    elif late:
        body = _("En retard : échéance %(due)s") % {"due": day(milestone.due)}
    else:
        body = _("Échéance %(due)s") % {"due": day(milestone.due)}
    title = _("%(milestone)s (%(project)s)") % {
        "milestone": milestone.title,
        "project": milestone.project,
    }
    return AgendaText(title, body)


def _claim(item: AgendaItem) -> AgendaText | None:
    claim = item.claim
    if claim is None:
        return None
    title = _("%(kind)s : %(record)s") % {
        "kind": capfirst(claim.get_kind_display()),  # it opens the point's title
        "record": claim.record or "—",
    }
    return AgendaText(title, claim.evidence or str(claim.source))


WRITERS = {
    AgendaKind.ACTION: _action,
    AgendaKind.AGREEMENT: _agreement,
    AgendaKind.PROJECT: _project,
    AgendaKind.MILESTONE: _milestone,
    AgendaKind.CLAIM: _claim,
}


def agenda_text(item: AgendaItem) -> AgendaText:
    """The point's title and body in the active language (as typed, for a point edited by hand)."""
    writer = WRITERS.get(item.kind) if item.generated else None
    text = writer(item) if writer else None
    return text or AgendaText(item.title, item.body)


def with_texts(items) -> list[tuple[AgendaItem, AgendaText]]:
    """(item, its text) for each item, the linked records fetched in a few queries."""
    items = list(items)
    prefetch_related_objects(items, *RELATED)
    return [(item, agenda_text(item)) for item in items]
