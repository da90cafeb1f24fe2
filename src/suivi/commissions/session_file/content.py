"""What goes into a session file, gathered once and written out by the DOCX and PDF writers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from suivi.access.scope import visible
from suivi.commissions.agenda_text import with_texts
from suivi.commissions.models import Session
from suivi.core.formats import day

LANGUAGES = ("fr", "en", "ru")
FORMATS = ("docx", "pdf")
MISSING_SESSION = gettext_lazy("La commission %(commission)s n'a pas de session n° %(number)s.")


@dataclass
class SessionFile:
    """Every text of the file, already in the file's language."""

    lang: str
    labels: dict[str, str]
    cover: list[str]
    agenda: list[tuple[str, str]] = field(default_factory=list)
    projects: list[tuple[str, str, str, str]] = field(default_factory=list)
    previous_decisions: list[str] = field(default_factory=list)
    previous_actions: list[tuple[str, str, str, str]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def _labels() -> dict[str, str]:
    return {
        "title": _("Dossier de session"),
        "agenda": _("Ordre du jour"),
        "projects": _("Projets suivis"),
        "agreement": _("Accord"),
        "project": _("Projet"),
        "status": _("Statut"),
        "milestones": _("Jalons"),
        "previous": _("Suite donnée à la session précédente"),
        "decisions": _("Décisions"),
        "actions": _("Actions"),
        "action": _("Action"),
        "owner": _("Responsable"),
        "due": _("Échéance"),
        "sources": _("Annexe : sources citées"),
        "none": _("Néant."),
    }


def _day(value: date | None) -> str:
    return day(value) or "—"


def _milestones(project) -> str:
    lines = []
    for milestone in project.milestones.all():
        state = (
            _("fait le %(day)s") % {"day": _day(milestone.done_on)}
            if milestone.done_on
            else _("échéance %(day)s") % {"day": _day(milestone.due)}
        )
        lines.append(f"{milestone.title} ({state})")
    return "\n".join(lines) or "—"


def _cover(session: Session) -> list[str]:
    commission = session.commission
    dates = _day(session.start)
    if session.end and session.end != session.start:
        dates = f"{dates} – {_day(session.end)}"
    return [
        str(commission),
        _("Session n° %(number)s") % {"number": session.number},
        _("Dates : %(dates)s") % {"dates": dates},
        _("Lieu : %(place)s") % {"place": session.place or "—"},
        _("Parties : %(parties)s")
        % {"parties": ", ".join(str(party) for party in commission.parties.all())},
        _("Établi le %(day)s") % {"day": _day(timezone.localdate())},
    ]


def _sources(records: list) -> list[str]:
    from suivi.sources.models import Claim, Source

    condition = Q(pk__in=[])
    for record in records:
        condition |= Q(record_type=ContentType.objects.get_for_model(record), record_id=record.pk)
    claims = Claim.objects.filter(condition)
    sources = Source.objects.filter(claims__in=claims).distinct().order_by("published", "pk")
    lines = []
    for source in sources:
        parts = [str(source), source.publisher, source.published_display, source.url]
        lines.append(" — ".join(part for part in parts if part))
    return lines


def gather(session: Session, user, lang: str) -> SessionFile:
    """Collect the session's file in `lang`, showing only what `user` may see."""
    with translation.override(lang):
        commission = session.commission
        result = SessionFile(lang=lang, labels=_labels(), cover=_cover(session))
        agenda = with_texts(visible(user, session.agenda.all()))
        result.agenda = [(text.title, text.body) for _item, text in agenda]
        agreements = list(visible(user, commission.agreements.all()))
        seen: dict[int, object] = {}
        for agreement in agreements:
            for project in visible(user, agreement.projects.prefetch_related("milestones")):
                if project.pk in seen:
                    continue
                seen[project.pk] = project
                result.projects.append(
                    (
                        str(agreement),
                        str(project),
                        project.get_status_display(),
                        _milestones(project),
                    )
                )
        previous = session.previous(among=visible(user, Session.objects.all()))
        if previous is not None:
            result.previous_decisions = [d.text for d in visible(user, previous.decisions.all())]
            result.previous_actions = [
                (action.title, action.owner or "—", _day(action.due), action.get_status_display())
                for action in previous.action_items.select_related(
                    "owner_party", "owner_agency", "owner_person"
                )
            ]
        records = [commission, session, *agreements, *seen.values()]
        result.sources = _sources(records)
    return result
