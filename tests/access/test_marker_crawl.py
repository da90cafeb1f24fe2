"""The marker crawl: records restricted to party B never reach anyone else, anywhere.

A register holds one record of every confidential kind restricted to party B (RUS), each
carrying a marker word, linked from public records in every way the models allow: a public
decision names the agreement and the project, the project hangs under a public agreement,
a later public session carries B's open action item and draws agenda points from B's
project, milestone and agreement claims, the commission's history records B's agreement,
a public session follows B's session, a document hangs on a public agreement. Then party
A's delegate (signed in, and with a Bearer token), a reader and party B's delegate each
crawl every page, API operation, calendar feed, session file, admin page and CLI listing
(see tests/access/crawl.py). A and the reader meet no marker and no link to a hidden
record; B meets every marker, so the crawl is known to look where the records show.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone

from suivi.access import tokens
from suivi.access.scope import kind_of
from suivi.agreements.models import Agreement, Document
from suivi.commissions.agenda import build_agenda
from suivi.commissions.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Commission,
    Decision,
    FeedToken,
    Session,
)
from suivi.commissions.session_file.content import FORMATS, LANGUAGES
from suivi.core.registry import record_models
from suivi.projects.models import LeadAgency, Milestone, Project
from suivi.sources.models import AgreementStep, Citation, Claim, Source
from tests.access import crawl
from tests.access.crawl import Report, api_argument, argument

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

AGREEMENT, PROJECT, MILESTONE = "MKRAGRE", "MKRPROJ", "MKRMILE"
SESSION, ATTENDANCE, ACTION, AGENDA = "MKRSESS", "MKRATTE", "MKRACTI", "MKRAGEN"
DECISION, DECISION_IN_HIDDEN_SESSION = "MKRDECI", "MKRDECB"
DOCUMENT, DOCUMENT_ON_HIDDEN = "MKRDOCU", "MKRDOCA"
CLAIM = "MKRCLAI"
MARKERS = [
    AGREEMENT,
    PROJECT,
    MILESTONE,
    SESSION,
    ATTENDANCE,
    ACTION,
    AGENDA,
    DECISION,
    DECISION_IN_HIDDEN_SESSION,
    DOCUMENT,
    DOCUMENT_ON_HIDDEN,
    CLAIM,
]
# Writes that take `--as`: the crawl reads, so these are left to their own tests.
WRITE_COMMANDS = {
    ("commission", "add"),
    ("commission", "add-session"),
    ("review", "accept"),
    ("review", "reject"),
    ("review", "accept-all"),
    ("ingest",),
    ("import",),  # main's exchange app: CSV/XLSX/IATI imports
    ("watch",),  # fetches and ingests: tests/watch
}


class Register:
    """The crawl's register: who is who, and which records are hidden from party A."""

    def __init__(self, story):
        self.story = story
        self.hidden: list = []

    def ids(self, model) -> list[int]:
        return [*sorted(model._default_manager.values_list("pk", flat=True)), 999_999]


def _party_b(**fields) -> dict:
    return {"confidentiality": "party", **fields}


def build_register(story) -> Register:
    """Public records around records of every confidential kind restricted to RUS."""
    register = Register(story)
    rus, mli = story.party_b, story.party_a
    hidden = _party_b(restricted_to=rus)
    commission = story.commission
    commission.cadence_months = 3
    commission.save()

    public_agreement = Agreement.objects.create(
        kind="framework", title_fr="Accord-cadre public", status="signed"
    )
    public_agreement.parties.set([mli, rus])
    agreement = Agreement.objects.create(
        kind="agreement",
        title_fr=f"{AGREEMENT} accord",
        title_en=f"{AGREEMENT} agreement",
        title_ru=f"{AGREEMENT} соглашение",
        summary=f"{AGREEMENT} résumé",
        place=f"{AGREEMENT} lieu",
        status="signed",
        **hidden,
    )
    agreement.parties.set([mli, rus])
    commission.agreements.add(public_agreement, agreement)  # in the commission's history

    public_project = Project.objects.create(title="Projet public", status="planned")
    public_project.agreements.add(public_agreement, agreement)  # in its history too
    project = Project.objects.create(
        title=f"{PROJECT} projet", description=f"{PROJECT} description", **hidden
    )
    project.agreements.add(public_agreement, agreement)
    LeadAgency.objects.create(project=project, party=rus, agency=rus)
    Milestone.objects.create(project=project, title=f"{MILESTONE} jalon", due=date(2026, 5, 1))
    project.status = "ongoing"  # a status change the next agenda reports
    project.save()

    first = Session.objects.create(
        commission=commission, number=1, start=date(2026, 1, 10), status="held", place="Bamako"
    )
    hidden_session = Session.objects.create(
        commission=commission,
        number=2,
        start=date(2026, 4, 10),
        status="held",
        place=f"{SESSION} ville",
        minutes=f"{SESSION} procès-verbal",
        **hidden,
    )
    Attendance.objects.create(session=hidden_session, party=rus, head=f"{ATTENDANCE} chef")
    ActionItem.objects.create(
        session=hidden_session,
        title=f"{ACTION} action",
        owner_party=rus,
        due=timezone.localdate() + timedelta(days=10),
    )
    AgendaItem.objects.create(session=hidden_session, order=1, title=f"{AGENDA} point")
    Decision.objects.create(session=hidden_session, text=f"{DECISION_IN_HIDDEN_SESSION} décision")

    Decision.objects.create(session=first, text=f"{DECISION} décision réservée", **hidden)
    public_decision = Decision.objects.create(session=first, text="Décision publique")
    public_decision.agreements.add(public_agreement, agreement)
    public_decision.projects.add(public_project, project)
    ActionItem.objects.create(session=first, title="Action publique", owner_party=mli)

    Document.objects.create(
        title=f"{DOCUMENT} document",
        file=f"documents/{DOCUMENT}.txt",
        agreement=public_agreement,
        **hidden,
    )
    Document.objects.create(
        title=f"{DOCUMENT_ON_HIDDEN} annexe", file="documents/annexe.txt", agreement=agreement
    )

    source = Source.objects.create(title="Communiqué conjoint", text="Texte public du communiqué.")
    claim = Claim.objects.create(
        source=source,
        kind="agreement",
        status="accepted",
        record=agreement,
        evidence=f"{CLAIM} passage",
        facts={"title": f"{CLAIM} titre"},
        reviewed_at=timezone.now(),
    )
    Citation.objects.create(source=source, claim=claim, record=agreement)
    AgreementStep.objects.create(
        agreement=agreement, status="signed", on=date(2026, 4, 11), source=source, claim=claim
    )

    later = Session.objects.create(
        commission=commission, number=3, start=date(2026, 7, 10), status="planned"
    )
    build_agenda(later, story.secretariat)  # the secretariat sees B's records: it draws them
    AgendaItem.objects.create(
        session=later, order=99, kind="claim", claim=claim, title=f"{CLAIM} revendication"
    )
    register.hidden = [agreement, project, hidden_session]
    return register


# ---------------------------------------------------------------- what URLs take


@argument("pk")
def _pks(register) -> list[int]:
    """Every id of every register record (not reference data or logs), and the story's parties."""
    ids = {register.story.party_a.pk, register.story.party_b.pk, 999_999}
    for model in record_models():
        if kind_of(model) in ("confidential", "child", "commission", "review"):
            ids.update(model._default_manager.values_list("pk", flat=True))
    return sorted(ids)


@argument("commission_pk", "commission_id")
@api_argument("commission_id")
def _commissions(register) -> list[int]:
    return register.ids(Commission)


@argument("project")
def _projects(register) -> list[int]:
    """Projects a milestone is added to (the ui's create pages)."""
    return register.ids(Project)


@argument("person")
def _people(register) -> list[int]:
    """People a role is added to (the ui's create page), and one that does not exist."""
    from suivi.parties.models import Person

    return [*Person.objects.values_list("pk", flat=True)[:3], 999_999]


@argument("number")
@api_argument("number")
def _numbers(register) -> list[int]:
    return [*sorted(set(Session.objects.values_list("number", flat=True))), 99]


@argument("item_id")
@api_argument("item_id")
def _agenda_items(register) -> list[int]:
    return register.ids(AgendaItem)


@argument("action_id")
@api_argument("action_id")
def _actions(register) -> list[int]:
    return register.ids(ActionItem)


@argument("table_name")
def _export_tables(register) -> list[str]:
    """The tables the register exports (CSV, XLSX, IATI downloads)."""
    from suivi.exchange.tables import TABLES

    return sorted(TABLES)


@argument("kind")
def _export_kinds(register) -> list[str]:
    return ["csv", "xlsx", "iati", "xml"]


@argument("direction")
def _directions(register) -> list[str]:
    return ["up", "down"]


@argument("token")
def _feed_tokens(register) -> list[str]:
    """The crawling user's own calendar secret (another's is its owner's key)."""
    return list(FeedToken.objects.filter(user=register.viewer).values_list("token", flat=True))


@api_argument("agreement_id")
def _agreements(register) -> list[int]:
    return register.ids(Agreement)


@api_argument("project_id")
def _projects(register) -> list[int]:
    return register.ids(Project)


@api_argument("source_id")
def _sources(register) -> list[int]:
    return register.ids(Source)


@api_argument("claim_id")
def _claims(register) -> list[int]:
    return register.ids(Claim)


# ---------------------------------------------------------------- the crawl


def _staff_with_every_permission(user) -> None:
    """Let the user into the admin with every model permission: only the scope holds them back."""
    user.is_staff = True
    user.save()
    user.user_permissions.set(Permission.objects.all())


# The surfaces a crawl reads. A test about what a user may NOT meet crawls one surface at a
# time (parametrized): the check is the same on each visit, and pytest-xdist can then share the
# surfaces between workers instead of leaving one worker alone with a whole crawl.
SURFACES = ("pages", "admin", "api", "cli")


def crawl_everything(
    register: Register,
    user,
    tmp_path,
    bearer: bool = True,
    surfaces: tuple[str, ...] = SURFACES,
) -> Report:
    """Every surface `user` reads, signed in; the API once more with a Bearer token alone."""
    report = Report()
    register.viewer = user
    FeedToken.objects.create(user=user)
    _staff_with_every_permission(user)
    client = Client()
    client.force_login(user)
    if "pages" in surfaces:
        crawl.crawl_pages(client, register, MARKERS, report)
    if "admin" in surfaces:
        crawl.crawl_admin(client, report, MARKERS)
    if "api" in surfaces:
        refused = crawl.crawl_api(client, register, report, headers={})
        assert not refused, f"signed in, the API refused {sorted(refused)}"
        if bearer:
            _, token = tokens.issue(user, days=1)
            headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
            refused = crawl.crawl_api(Client(), register, report, headers)
            assert not refused, f"Bearer refused on {sorted(refused)}"
    if "cli" in surfaces:
        crawl_cli(register, user, tmp_path, report)
    return report


def crawl_cli(register: Register, user, tmp_path, report: Report) -> None:
    """Every command that reads as a user, on every session, format and language."""
    commands = set(crawl.as_commands())
    reads = commands - WRITE_COMMANDS
    assert reads >= {("commission", "list"), ("session-file",), ("stats",)}, reads
    for command in sorted(reads):
        for arguments in _cli_arguments(command, tmp_path):
            code, output = crawl.run_cli(*command, *arguments, "--as", user.username)
            where = "suivi " + " ".join((*command, *arguments))
            if "-o" in arguments and code == 0:
                output += _file_text(arguments)
            elif "-o" not in arguments:  # files: refusals (a hidden session) are expected
                assert code == 0, f"{where}: {output}"
            report.add(where, code, output)


def _cli_arguments(command: tuple[str, ...], tmp_path) -> list[list[str]]:
    if command == ("session-file",):
        runs = []
        for commission_id in Commission.objects.values_list("pk", flat=True):
            for number in Session.objects.values_list("number", flat=True):
                for fmt in FORMATS:
                    for lang in LANGUAGES:
                        out = tmp_path / f"cli-{commission_id}-{number}-{lang}.{fmt}"
                        session = [str(commission_id), "--session", str(number)]
                        runs.append([*session, "--format", fmt, "--lang", lang, "-o", str(out)])
        return runs
    if command == ("export",):  # every format and table, whole and per commission
        runs = []
        for fmt in ("csv", "xlsx", "iati"):
            for table in ("agreements", "projects", "milestones", "decisions", "action-items"):
                for scope in ([], ["--commission", str(Commission.objects.first().pk)]):
                    out = tmp_path / f"export-{table}-{len(scope)}.{fmt}"
                    runs.append([fmt, "--table", table, *scope, "-o", str(out)])
        return runs
    if command == ("digest",):
        return [["--days", "400"]]
    if command == ("review", "list"):
        return [["--status", "all"], ["--status", "all", "--json"]]
    return [[], ["--json"]]


def _file_text(arguments: list[str]) -> str:
    from pathlib import Path

    path = Path(arguments[arguments.index("-o") + 1])
    body = path.read_bytes()
    readers = {".pdf": crawl.pdf_text, ".docx": crawl.docx_text, ".xlsx": crawl.xlsx_text}
    return readers.get(path.suffix, lambda b: b.decode("utf-8", "replace"))(body)


def _hidden_links(register: Register) -> list[str]:
    """Patterns of URLs that would link to a hidden record (an id in a link is a leak too)."""
    agreement, project, session = register.hidden
    return [
        rf'href="/agreements/{agreement.pk}/"',
        rf'href="/projects/{project.pk}/"',
        rf'href="/commissions/{session.commission_id}/sessions/{session.number}/"',
    ]


def assert_no_marker(register: Register, report: Report) -> None:
    searches = report.where(crawl.SEARCH_FOUND)
    assert not searches, f"a search for a hidden record's words finds something: {searches}"
    found = report.found(MARKERS)
    assert not found, "markers leaked: " + "; ".join(
        f"{marker} in {places[:5]}" for marker, places in found.items()
    )
    for pattern in _hidden_links(register):
        assert not report.where(pattern), f"{pattern} in {report.where(pattern)[:5]}"


# What each surface's crawl must have reached, lest a crawl that reads nothing pass.
WIDE = {
    "pages": ("/commissions/", "format=pdf", "format=docx", ".ics"),
    "admin": ("/admin/",),
    "api": ("/api/",),
    "cli": ("suivi session-file",),
}


def _assert_the_crawl_was_wide(report: Report, surface: str) -> None:
    """The crawl of `surface` reached its pages, files, feeds, API, admin or CLI commands."""
    places = [visit.where for visit in report.visits if visit.status in (0, 200)]
    for needle in WIDE[surface]:
        assert any(needle in place for place in places), needle


@pytest.mark.parametrize("surface", SURFACES)
def test_party_a_delegate_meets_no_marker_of_party_b(story, tmp_path, surface):
    register = build_register(story)
    report = crawl_everything(register, story.mli, tmp_path, surfaces=(surface,))
    _assert_the_crawl_was_wide(report, surface)
    assert_no_marker(register, report)


@pytest.mark.parametrize("surface", SURFACES)
def test_a_reader_meets_no_marker(story, tmp_path, surface):
    register = build_register(story)
    report = crawl_everything(register, story.reader, tmp_path, bearer=False, surfaces=(surface,))
    assert_no_marker(register, report)


def test_party_b_delegate_meets_every_marker(story, tmp_path):
    """The other crawls are not vacuous: the same crawl shows B each of its own records."""
    register = build_register(story)
    report = crawl_everything(register, story.rus, tmp_path, bearer=False)
    found = report.found(MARKERS)
    assert set(found) == set(MARKERS), f"not found: {sorted(set(MARKERS) - set(found))}"
    for pattern in _hidden_links(register):
        assert report.where(pattern), pattern
    assert report.where(crawl.SEARCH_FOUND), "B's searches find B's records"
