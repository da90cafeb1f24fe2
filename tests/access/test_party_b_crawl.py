"""Party B's delegate meets nothing of party A's restricted records, counts included.

The register holds records restricted to party A (MLI) whose every text field carries a
marker word, linked from public records in each way the models allow, and a public project
whose only tie to a party, a commission, a year or a sector is A's restricted agreement.
Party B's (RUS) delegate then reads everything reachable: every page and every link and
GET form on it (exports, session files, calendars included), every GET operation of API v1
with every filter value, search term and id, and the pickers' `/suggest/` with words of the
markers. No marker, no link to a hidden record, no search that finds one; the figures B
reads (totals, chart bars, "N results", API counts) are those of B's visible records; A's
records answer 404/403 on every route by id, and B's writes on them change nothing.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from suivi.access import tokens
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
from suivi.core.models import Sector
from suivi.parties.models import Party, Person
from suivi.projects.models import LeadAgency, Milestone, Project
from suivi.sources.models import Citation, Claim, Source
from suivi.watch.models import WatchedFeed
from tests.access import crawl
from tests.access import test_marker_crawl as base  # registers the crawl's URL arguments
from tests.access.crawl import Report
from tests.access.test_write_permissions import snapshot

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

# One marker a field: where one shows, its name says which field leaked.
FIELDS = {
    "agreement_fr": "QWAGRFR",
    "agreement_en": "QWAGREN",
    "agreement_ru": "QWAGRRU",
    "agreement_summary": "QWAGRSU",
    "agreement_place": "QWAGRPL",
    "project": "QWPROTI",
    "project_text": "QWPRODE",
    "milestone": "QWMILTI",
    "session_place": "QWSESPL",
    "minutes": "QWSESMI",
    "head": "QWATTHE",
    "members": "QWATTME",
    "action": "QWACTTI",
    "agenda": "QWAGETI",
    "agenda_body": "QWAGEBO",
    "decision": "QWDECTX",
    "decision_hidden_session": "QWDECHS",
    "document": "QWDOCTI",
    "document_file": "QWDOCFN",
    "document_on_hidden": "QWDOCHI",
    "document_on_hidden_file": "QWDOCHF",
    "document_content": "QWDOCCO",
    "watch": "QWWATCH",
    "claim": "QWCLAIM",
}
MARKERS = list(FIELDS.values())
SIGNED_HIDDEN, SIGNED_PUBLIC = date(2019, 3, 1), date(2021, 6, 1)


def build_register(story) -> base.Register:
    """A's restricted records, the public ones around them, and a project tied only to A's."""
    register = base.Register(story)
    mli, rus = story.party_a, story.party_b
    third = Party.objects.exclude(pk__in=[mli.pk, rus.pk]).filter(kind="state").order_by("code")[0]
    hidden = {"confidentiality": "party", "restricted_to": mli}
    commission = story.commission
    commission.cadence_months = 3
    commission.save()
    energy, health = Sector.objects.get(code="energy"), Sector.objects.get(code="health")

    public_agreement = Agreement.objects.create(
        kind="framework", title_fr="Accord-cadre public", status="signed", signed_on=SIGNED_PUBLIC
    )
    public_agreement.parties.set([mli, rus])
    public_agreement.sectors.set([health])
    agreement = Agreement.objects.create(
        kind="agreement",
        title_fr=f"{FIELDS['agreement_fr']} accord",
        title_en=f"{FIELDS['agreement_en']} agreement",
        title_ru=f"{FIELDS['agreement_ru']} соглашение",
        summary=f"{FIELDS['agreement_summary']} résumé",
        place=f"{FIELDS['agreement_place']} lieu",
        status="signed",
        signed_on=SIGNED_HIDDEN,
        **hidden,
    )
    agreement.parties.set([mli, third])  # the third party meets B only through A's agreement
    agreement.sectors.set([energy])
    agreement.signatories.add(Person.objects.create(name="Signataire Public"))
    commission.agreements.add(public_agreement, agreement)

    public_project = Project.objects.create(title="Projet public", status="planned")
    public_project.agreements.add(public_agreement)
    tied = Project.objects.create(title="Projet public lié", status="planned")
    tied.agreements.add(agreement)  # its only agreement is A's
    project = Project.objects.create(
        title=f"{FIELDS['project']} projet",
        description=f"{FIELDS['project_text']} description",
        **hidden,
    )
    project.agreements.add(public_agreement, agreement)
    LeadAgency.objects.create(project=project, party=mli, agency=mli)
    today = timezone.localdate()
    Milestone.objects.create(
        project=project, title=f"{FIELDS['milestone']} jalon", due=today - timedelta(days=3)
    )
    Milestone.objects.create(project=public_project, title="Jalon public", due=today)
    project.status = "ongoing"  # a status change the next agenda draws
    project.save()

    first = Session.objects.create(
        commission=commission, number=1, start=date(2026, 1, 10), status="held", place="Bamako"
    )
    hidden_session = Session.objects.create(
        commission=commission,
        number=2,
        start=today - timedelta(days=20),
        status="held",
        place=f"{FIELDS['session_place']} ville",
        minutes=f"{FIELDS['minutes']} procès-verbal",
        **hidden,
    )
    Attendance.objects.create(
        session=hidden_session,
        party=mli,
        head=f"{FIELDS['head']} chef",
        members=f"{FIELDS['members']} membres",
    )
    ActionItem.objects.create(
        session=hidden_session,
        title=f"{FIELDS['action']} action",
        owner_party=mli,
        due=today + timedelta(days=2),
    )
    AgendaItem.objects.create(
        session=hidden_session,
        order=1,
        title=f"{FIELDS['agenda']} point",
        body=f"{FIELDS['agenda_body']} détail",
    )
    Decision.objects.create(
        session=hidden_session, text=f"{FIELDS['decision_hidden_session']} décision"
    )
    Decision.objects.create(session=first, text=f"{FIELDS['decision']} décision", **hidden)
    public_decision = Decision.objects.create(session=first, text="Décision publique")
    public_decision.agreements.add(public_agreement, agreement)
    public_decision.projects.add(public_project, project)
    ActionItem.objects.create(
        session=first, title="Action publique", owner_party=rus, due=today + timedelta(days=1)
    )

    def document(title: str, name: str, content: str = FIELDS["document_content"], **fields):
        row = Document(title=title, **fields)
        row.file.save(f"{name}.txt", ContentFile(f"{content} texte"))
        return row

    hidden_documents = [
        document(
            f"{FIELDS['document']} document",
            FIELDS["document_file"],
            agreement=public_agreement,
            **hidden,
        ),
        document(
            f"{FIELDS['document_on_hidden']} annexe",
            FIELDS["document_on_hidden_file"],
            agreement=agreement,
        ),
        document(f"{FIELDS['document_on_hidden']} pv", "pv", session=hidden_session),
        document(f"{FIELDS['document_on_hidden']} étude", "etude", project=project),
    ]
    document("Document public", "public", "Public", agreement=public_agreement)

    WatchedFeed.objects.create(url="https://example.org/feed.xml", name=f"{FIELDS['watch']} veille")
    source = Source.objects.create(title="Communiqué conjoint", text="Texte public.")
    claim = Claim.objects.create(
        source=source,
        kind="agreement",
        status="accepted",
        record=agreement,
        evidence=f"{FIELDS['claim']} passage",
        facts={"title": f"{FIELDS['claim']} titre"},
        reviewed_at=timezone.now(),
    )
    Citation.objects.create(source=source, claim=claim, record=agreement)

    later = Session.objects.create(
        commission=commission, number=3, start=today + timedelta(days=30), status="planned"
    )
    build_agenda(later, story.secretariat)  # carries A's open action, milestone, project over
    register.hidden = [agreement, project, hidden_session]
    register.documents = hidden_documents
    register.tied, register.third, register.public_project = tied, third, public_project
    return register


# ---------------------------------------------------------------- API v1 and pickers


def _v1_models() -> dict[str, type]:
    from suivi.api.resources import RESOURCES

    models = {resource.path: resource.model for resource in RESOURCES}
    return {**models, "documents": Document, "claims": Claim, "sources": Source}


def _ids(model) -> list[int]:
    return [*model._default_manager.order_by("pk").values_list("pk", flat=True), 999_999]


def _query_values(name: str, schema: dict, components: dict, register) -> list:
    """Every value worth trying for one query parameter of API v1."""
    if "$ref" in schema:
        schema = components[schema["$ref"].split("/")[-1]]
    for option in schema.get("anyOf", []) + schema.get("allOf", []):
        if "$ref" in option or "enum" in option:
            return _query_values(name, option, components, register)
    if "enum" in schema:
        return list(schema["enum"])
    models = {
        "commission": Commission,
        "session": Session,
        "project": Project,
        "agreement": Agreement,
        "source": Source,
    }
    known = {
        "party": ["MLI", "RUS", register.third.code, "ZZZ"],
        "year": [SIGNED_HIDDEN.year, SIGNED_PUBLIC.year, timezone.localdate().year],
        "q": [term[:-1] for term in MARKERS],
        "page": [1, 2, 999_999],
        "page_size": [100],
        "person": [1, 999_999],
    }
    if name in models:
        return _ids(models[name])
    assert name in known, f"teach the crawl what API v1's query parameter {name!r} takes"
    return known[name]


def crawl_api_v1(client: Client, register, report: Report, headers: dict) -> None:
    """Every GET operation of API v1: lists with each filter, search and order; every id."""
    schema = client.get("/api/v1/openapi.json", **headers).json()
    components = schema.get("components", {}).get("schemas", {})
    models = _v1_models()
    for template, methods in schema["paths"].items():
        operation = methods.get("get")
        if operation is None or template.endswith(("openapi.json", "/docs")):
            continue
        names = re.findall(r"{(\w+)}", template)
        kind = template.split("/")[3]
        if names:
            assert kind in models, f"teach the crawl which records {template} takes"
            for pk in _ids(models[kind]):
                path = template.replace(f"{{{names[0]}}}", str(pk))
                response = client.get(path, **headers)
                report.add(f"GET {path}", response.status_code, _with_headers(response))
            continue
        queries = [{}]
        for parameter in operation.get("parameters", []):
            if parameter["in"] == "query":
                values = _query_values(parameter["name"], parameter["schema"], components, register)
                queries += [{parameter["name"]: value} for value in values]
        for query in queries:
            response = client.get(template, query, **headers)
            where = f"{template}?{'&'.join(f'{k}={v}' for k, v in query.items())}"
            text = _with_headers(response)
            report.add(where, response.status_code, text)
            if "q" in query:
                crawl._check_search(
                    client,
                    f"{template}?q={query['q']}",
                    response.status_code,
                    crawl.text_of(response),  # as the control search is read
                    MARKERS,
                    report,
                    headers,
                )


def crawl_suggest(client: Client, register, report: Report) -> None:
    """Every picker source, in every shape, with words of every marker."""
    from suivi.core.suggest import SOURCES

    terms = [term[:-1] for term in MARKERS]  # a page that finds the record shows the marker
    commissions = ["", *map(str, _ids(Commission))]
    for of, source in SOURCES.items():
        model = crawl_model(source.model)
        values = [*terms, *map(str, _ids(model))]
        for shape in ("options", "radio", "add"):
            for term in terms:
                for commission in commissions if of == "parties" else [""]:
                    url = f"/suggest/?of={of}&format={shape}&name=x&q={term}"
                    url += f"&commission={commission}" if commission else ""
                    response = client.get(url)
                    text = crawl.text_of(response)
                    report.add(url, response.status_code, text)
                    crawl._check_search(
                        client, url, response.status_code, text, MARKERS, report, {}
                    )
        for value in values:
            url = f"/suggest/?of={of}&format=chip&name=x&value={value}"
            response = client.get(url)
            report.add(url, response.status_code, crawl.text_of(response))


def crawl_model(label: str):
    from django.apps import apps

    return apps.get_model(label)


def _with_headers(response) -> str:
    """The answer's text and its file name (a download names its stored file)."""
    return response.get("Content-Disposition", "") + "\n" + crawl.text_of(response)


# ---------------------------------------------------------------- the crawl


# The surfaces a crawl reads. A test about what a user may NOT meet crawls one surface at a
# time (parametrized): the check is the same on each visit, and pytest-xdist can then share the
# surfaces between workers instead of leaving one worker alone with a whole crawl.
SURFACES = ("pages", "api", "suggest", "feeds")


def crawl_as(register, user, surfaces: tuple[str, ...] = SURFACES) -> Report:
    report = Report()
    register.viewer = user
    FeedToken.objects.create(user=user)
    client = Client(raise_request_exception=False)
    client.force_login(user)
    if "pages" in surfaces:
        # From the home page, every link and form; A's records by id are the test below's.
        crawl.crawl_pages(client, register, MARKERS, report, from_patterns=False)
    if "api" in surfaces:
        _, token = tokens.issue(user, days=1)
        crawl_api_v1(Client(), register, report, {"HTTP_AUTHORIZATION": f"Bearer {token}"})
    if "suggest" in surfaces:
        crawl_suggest(client, register, report)
    if "feeds" in surfaces:
        for token in FeedToken.objects.filter(user=user).values_list("token", flat=True):
            feeds = [reverse("commissions:user_feed", args=[token])]
            feeds += [
                reverse("commissions:commission_feed", args=[token, pk]) for pk in _ids(Commission)
            ]
            for url in feeds:
                response = client.get(url)
                report.add(url, response.status_code, crawl.text_of(response))
        for document in Document.objects.all():  # file names and contents of every download
            response = client.get(reverse("agreements:document", args=[document.pk]))
            report.add(f"document {document.pk}", response.status_code, _with_headers(response))
    return report


# What each surface's crawl must have read (200), lest a crawl that reads nothing pass.
WIDE = {
    "pages": (
        "/commissions/month/",
        "/commissions/decisions/",
        "format=pdf",
        "format=docx",
        "export=csv",
        "export=xlsx",
        "/parties/",
        "/projects/",
    ),
    "api": ("/api/v1/agreements/", "/api/v1/documents/"),
    "suggest": ("/suggest/",),
    "feeds": (".ics", "document "),
}


def _assert_wide(report: Report, surface: str) -> None:
    places = [visit.where for visit in report.visits if visit.status == 200]
    for needle in WIDE[surface]:
        assert any(needle in place for place in places), f"the crawl never read {needle}"


def _assert_no_server_error(report: Report) -> None:
    errors = [(visit.where, visit.status) for visit in report.visits if visit.status >= 500]
    assert not errors, f"server errors: {errors[:10]}"


@pytest.mark.parametrize("surface", SURFACES)
def test_party_b_meets_no_word_of_party_a(story, surface):
    register = build_register(story)
    report = crawl_as(register, story.rus, (surface,))
    _assert_wide(report, surface)
    _assert_no_server_error(report)
    base.assert_no_marker(register, report)
    found = report.found(MARKERS)
    assert not found, found


def test_party_a_meets_its_own_words_in_the_same_crawl(story):
    """The crawl looks where the records show: A's delegate meets every marker A may read."""
    register = build_register(story)
    report = crawl_as(register, story.mli)
    _assert_no_server_error(report)
    unreadable = {FIELDS["watch"], FIELDS["claim"]}  # feeds and claims: the review queue's
    found = set(report.found(MARKERS))
    assert found == set(MARKERS) - unreadable, sorted(set(MARKERS) - unreadable - found)
    assert report.where(crawl.SEARCH_FOUND), "A's searches find A's records"


# ---------------------------------------------------------------- figures


def _signed_in(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def _api(user) -> Client:
    _, token = tokens.issue(user, days=1)
    return Client(raise_request_exception=False, HTTP_AUTHORIZATION=f"Bearer {token}")


def _listed(client: Client, path: str, **query) -> set[int]:
    """The ids a list page shows (every page of it)."""
    response = client.get(path, query)
    assert response.status_code == 200, (path, query, response.status_code)
    return {row.pk for row in response.context["paginator"].object_list}


def _api_listed(client: Client, path: str, **query) -> tuple[int, set[int]]:
    body = client.get(path, {**query, "page_size": 100}).json()
    return body["count"], {row["id"] for row in body["results"]}


def test_party_b_counts_only_what_party_b_sees(story):
    """Totals, chart bars, list and API counts, filters: A's agreement ties nothing for B."""
    register = build_register(story)
    mli, rus, third = story.party_a, story.party_b, register.third
    public_agreement = Agreement.objects.get(title_fr="Accord-cadre public")
    public_project, tied = register.public_project, register.tied
    pages, api = _signed_in(story.rus), _api(story.rus)

    # Agreements of a party: the party page, the list's filter and the API agree.
    for party, expected in ((mli, {public_agreement.pk}), (third, set())):
        context = pages.get(reverse("parties:detail", args=[party.pk])).context
        assert context["agreement_total"] == len(expected), party
        assert _listed(pages, "/agreements/", party=party.code) == expected
        assert _api_listed(api, "/api/v1/agreements/", party=party.code) == (
            len(expected),
            expected,
        )
    # Projects of a party: those whose agreements B sees name the party; the project tied
    # only to A's agreement belongs to no party B knows of.
    for party, expected in ((mli, {public_project.pk}), (rus, {public_project.pk}), (third, set())):
        context = pages.get(reverse("parties:detail", args=[party.pk])).context
        assert context["project_total"] == len(expected), party
        assert _listed(pages, "/projects/", party=party.code) == expected, party
        count, ids = _api_listed(api, "/api/v1/projects/", party=party.code)
        assert (count, ids) == (len(expected), expected), party

    # The party page's charts count B's agreements only.
    page = pages.get(reverse("parties:detail", args=[mli.pk])).content.decode()
    charts = re.findall(r"<desc[^>]*>(.*?)</desc>", page)
    assert any(f"{SIGNED_PUBLIC.year} : 1" in desc for desc in charts), charts
    assert not any(str(SIGNED_HIDDEN.year) in desc for desc in charts), charts
    energy = str(Sector.objects.get(code="energy"))
    assert not any(energy in desc for desc in charts), charts
    for query in ({"year": SIGNED_HIDDEN.year}, {"sector": "energy"}):
        assert _listed(pages, "/agreements/", **query) == set()
        assert _api_listed(api, "/api/v1/agreements/", **query) == (0, set())

    # A commission's projects: those tied to it by agreements B sees.
    commission = story.commission
    context = pages.get(reverse("commissions:detail", args=[commission.pk])).context
    assert context["project_total"] == 1
    assert {row.url for row in context["project_rows"]} == {
        reverse("projects:detail", args=[public_project.pk])
    }
    assert _api_listed(api, "/api/v1/projects/", commission=commission.pk) == (
        1,
        {public_project.pk},
    )
    assert tied.pk in _listed(pages, "/projects/")  # the project itself is public

    # Decisions, sessions, actions, milestones: lists, API and home page figures.
    public_decision = Decision.objects.get(text="Décision publique")
    assert _listed(pages, "/commissions/decisions/") == {public_decision.pk}
    assert _api_listed(api, "/api/v1/decisions/") == (1, {public_decision.pk})
    visible_sessions = set(Session.objects.exclude(number=2).values_list("pk", flat=True))
    assert _listed(pages, "/commissions/sessions/") == visible_sessions
    assert _api_listed(api, "/api/v1/sessions/")[0] == len(visible_sessions)
    public_action = ActionItem.objects.get(title="Action publique")
    assert _listed(pages, "/commissions/actions/") == {public_action.pk}
    assert _api_listed(api, "/api/v1/action-items/") == (1, {public_action.pk})
    needs = pages.get("/").context["needs"]
    assert needs.open_actions == 1
    assert [(row.code, row.count) for row in needs.actions_by_owner] == [("RUS", 1)]
    assert needs.overdue_milestone_count == 0
    public_milestone = Milestone.objects.get(title="Jalon public")
    assert _listed(pages, "/projects/milestones/") == {public_milestone.pk}
    assert _api_listed(api, "/api/v1/milestones/") == (1, {public_milestone.pk})
    cadence = pages.get(reverse("commissions:detail", args=[commission.pk])).context["cadence"]
    assert cadence.last_session == date(2026, 1, 10)  # A's session is not B's last meeting


# ---------------------------------------------------------------- A's records by id


def _hidden_urls(register) -> list[str]:
    """Every page route that takes one of A's records, filled with it."""
    agreement, project, session = register.hidden
    milestone = Milestone.objects.get(project=project)
    action = ActionItem.objects.get(session=session)
    item = AgendaItem.objects.get(session=session)
    where = [session.commission_id, session.number]
    urls = [
        reverse("agreements:detail", args=[agreement.pk]),
        reverse("agreements:edit", args=[agreement.pk]),
        reverse("agreements:document_add", args=[agreement.pk]),
        reverse("projects:detail", args=[project.pk]),
        reverse("projects:edit", args=[project.pk]),
        reverse("projects:milestone_create", args=[project.pk]),
        reverse("projects:milestone_edit", args=[milestone.pk]),
        reverse("commissions:action_edit", args=[*where, action.pk]),
        reverse("commissions:agenda_edit", args=[*where, item.pk]),
        reverse("commissions:agenda_move", args=[*where, item.pk, "up"]),
        reverse("commissions:agenda_delete", args=[*where, item.pk]),
    ]
    for name in (
        "session",
        "session_edit",
        "session_file",
        "minutes",
        "attendance_add",
        "decision_add",
        "action_add",
        "agenda_build",
        "agenda_add",
    ):
        urls.append(reverse(f"commissions:{name}", args=where))
    urls += [
        reverse("commissions:session_file", args=where) + f"?format={fmt}&lang={lang}"
        for fmt in ("pdf", "docx")
        for lang in ("fr", "en", "ru")
    ]
    urls += [reverse("agreements:document", args=[d.pk]) for d in register.documents]
    return urls


def _hidden_api(register) -> list[tuple[str, str, dict | None]]:
    """(method, path, body) of every API v1 operation on one of A's records."""
    agreement, project, session = register.hidden
    records = {
        "agreements": agreement,
        "projects": project,
        "sessions": session,
        "milestones": Milestone.objects.get(project=project),
        "lead-agencies": LeadAgency.objects.get(project=project),
        "attendance": Attendance.objects.get(session=session),
        "action-items": ActionItem.objects.get(session=session),
        "agenda-items": AgendaItem.objects.get(session=session),
        "decisions": Decision.objects.get(text__startswith=FIELDS["decision"]),
    }
    calls = []
    for path, record in records.items():
        calls += [
            ("get", f"/api/v1/{path}/{record.pk}", None),
            ("patch", f"/api/v1/{path}/{record.pk}", {"title": "B", "text": "B", "place": "B"}),
            ("delete", f"/api/v1/{path}/{record.pk}", None),
        ]
    children = {
        "milestones": {"project": project.pk, "title": "B", "due": "2026-06-01"},
        "lead-agencies": {"project": project.pk, "party": "RUS", "agency": "RUS"},
        "attendance": {"session": session.pk, "party": "RUS"},
        "action-items": {"session": session.pk, "title": "B"},
        "agenda-items": {"session": session.pk, "title": "B"},
        "decisions": {"session": session.pk, "text": "B"},
        "agreement-steps": {"agreement": agreement.pk, "status": "signed", "on": "2026-01-01"},
    }
    calls += [("post", f"/api/v1/{path}/", body) for path, body in children.items()]
    for document in register.documents:
        calls += [
            ("get", f"/api/v1/documents/{document.pk}", None),
            ("get", f"/api/v1/documents/{document.pk}/file", None),
        ]
    return calls


def test_party_a_records_answer_not_found_to_party_b_and_b_changes_none(story):
    register = build_register(story)
    pages, api = _signed_in(story.rus), _api(story.rus)
    before = snapshot()
    for url in _hidden_urls(register):
        response = pages.get(url)
        assert response.status_code in (403, 404), f"GET {url}: {response.status_code}"
        data = {"title": "B", "text": "B", "place": "B", "minutes": "B", "number": 9}
        response = pages.post(url.split("?")[0], data)
        assert response.status_code in (403, 404, 405), f"POST {url}: {response.status_code}"
    for method, path, data in _hidden_api(register):
        response = getattr(api, method)(path, data, content_type="application/json")
        refusals = (403, 404, 422) if method == "get" else (403, 404, 405, 422)
        assert response.status_code in refusals, f"{method} {path}: {response.status_code}"
        assert not any(marker in response.content.decode() for marker in MARKERS), path
    agreement = register.hidden[0]
    upload = ContentFile(b"B's text", name="b.txt")
    response = api.post(
        "/api/v1/documents/", {"title": "B", "agreement": agreement.pk, "file": upload}
    )
    assert response.status_code in (403, 404, 422), response.content
    assert snapshot() == before


def test_a_reviewer_merges_nothing_into_a_record_they_may_not_see(story):
    """The review queue's merge (page, API) finds only records the reviewer may read."""
    register = build_register(story)
    agreement = register.hidden[0]
    source = Source.objects.create(title="Dépêche", text="Le Mali signe un accord.")
    claim = Claim.objects.create(
        source=source, kind="agreement", status="pending", facts={"title": "Accord"}, evidence="x"
    )
    pages, api = _signed_in(story.reviewer), _api(story.reviewer)
    before = snapshot()
    response = pages.post(reverse("sources:merge", args=[claim.pk]), {"record_id": agreement.pk})
    assert response.status_code == 400
    term = FIELDS["agreement_fr"][:-1]  # the page echoes the term, not the marker
    response = pages.post(reverse("sources:merge", args=[claim.pk]), {"q": term})
    assert response.status_code == 400 and FIELDS["agreement_fr"] not in response.content.decode()
    response = api.post(
        f"/api/v1/claims/{claim.pk}/merge", {"into": agreement.pk}, content_type="application/json"
    )
    assert response.status_code in (400, 404, 422), response.content
    assert not any(marker in response.content.decode() for marker in MARKERS)
    assert snapshot() == before


@pytest.mark.parametrize("surface", SURFACES)
def test_a_reviewer_meets_no_word_of_party_a_outside_the_review_queue(story, surface):
    """A reviewer reads public records and the queue (claims, feeds), not A's records."""
    register = build_register(story)
    report = crawl_as(register, story.reviewer, (surface,))
    _assert_no_server_error(report)
    queue = {FIELDS["watch"], FIELDS["claim"]}
    found = {m: places for m, places in report.found(MARKERS).items() if m not in queue}
    assert not found, found


def _as_posted(form) -> dict:
    """The form's values as the browser sends them back (nothing changed)."""
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        data[name] = [str(v) for v in value] if isinstance(value, list | tuple) else value
    return data


def test_party_b_editing_a_shared_project_keeps_party_a_links(story):
    """B leads a project tied to A's agreement too: B's edits keep the tie B cannot see."""
    register = build_register(story)
    agreement = register.hidden[0]
    public_agreement = Agreement.objects.get(title_fr="Accord-cadre public")
    shared = Project.objects.create(title="Projet partagé", status="planned")
    shared.agreements.add(public_agreement, agreement)
    LeadAgency.objects.create(project=shared, party=story.party_b, agency=story.party_b)
    pages, api = _signed_in(story.rus), _api(story.rus)
    url = reverse("projects:edit", args=[shared.pk])

    page = pages.get(url)
    assert page.status_code == 200
    assert not any(marker in page.content.decode() for marker in MARKERS)
    form = page.context["form"]
    data = {**_as_posted(form), "title": "Projet partagé, par B"}
    shown = set(form.fields["agreements"].queryset.values_list("pk", flat=True))
    data["agreements"] = [pk for pk in data["agreements"] if int(pk) in shown]  # the picker's
    response = pages.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    shared.refresh_from_db()
    assert shared.title == "Projet partagé, par B"
    assert set(shared.agreements.values_list("pk", flat=True)) == {
        public_agreement.pk,
        agreement.pk,
    }

    response = api.patch(
        f"/api/v1/projects/{shared.pk}", {"title": "Par l'API"}, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["agreements"] == [public_agreement.pk]  # B's view of the ties
    shared.refresh_from_db()
    assert shared.title == "Par l'API"
    assert set(shared.agreements.values_list("pk", flat=True)) == {
        public_agreement.pk,
        agreement.pk,
    }


def test_a_reviewer_is_not_offered_a_record_they_may_not_see(story):
    """A claim that reads like A's agreement: the reviewer's page proposes nothing hidden, and
    accepting it as proposed leaves A's agreement untouched."""
    register = build_register(story)
    agreement = register.hidden[0]
    source = Source.objects.create(title="Dépêche", text="Le Mali signe un accord énergétique.")
    facts = {
        "kind": "agreement",
        "title": "accord",
        "parties": sorted(["MLI", register.third.code]),
        "sectors": ["energy"],
        "date": SIGNED_HIDDEN.isoformat(),
    }
    claim = Claim.objects.create(
        source=source, kind="agreement", status="pending", facts=facts, evidence="accord"
    )
    from suivi.sources.resolution import propose

    assert propose(claim).record == agreement  # the register's own matching sees it
    pages = _signed_in(story.reviewer)
    page = pages.get(reverse("sources:claim", args=[claim.pk])).content.decode()
    assert not any(marker in page for marker in MARKERS), [m for m in MARKERS if m in page]
    version = agreement.version
    pages.post(reverse("sources:accept", args=[claim.pk]))
    claim.refresh_from_db()
    agreement.refresh_from_db()
    assert agreement.version == version and claim.record_id != agreement.pk
    assert not Citation.objects.filter(claim=claim, record_id=agreement.pk).exists()
