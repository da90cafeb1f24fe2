"""Bad input gets the same clear message in the page, the API and the CLI, and saves nothing."""

import json
from datetime import date

import pytest
from django.urls import reverse
from django.utils import formats, translation

from suivi.commissions.models import AgendaItem, Commission, Session

TAKEN = "Cette commission a déjà une session de ce numéro."
END = "Une session ne finit pas avant de commencer."
CADENCE = "La périodicité est d'au moins un mois."

BAD_SESSIONS = [
    ({"number": 1, "start": "2025-07-15"}, TAKEN),
    ({"number": 2, "start": "2025-07-15", "end": "2025-07-14"}, END),
]


def counts():
    return Session.objects.count(), AgendaItem.objects.count()


@pytest.mark.parametrize("data, message", BAD_SESSIONS)
def test_page_refuses_a_bad_session(admin_client, cycle, data, message):
    before = counts()
    url = reverse("commissions:session_create", args=[cycle["commission"].pk])
    response = admin_client.post(url, {"status": "planned", "confidentiality": "public", **data})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert counts() == before


def test_editing_a_session_to_end_before_it_starts_is_refused(admin_client, cycle):
    url = reverse("commissions:session_edit", args=[cycle["commission"].pk, 1])
    form = {
        "number": 1,
        "start": "2025-01-15",
        "end": "2025-01-10",
        "status": "held",
        "confidentiality": "public",
    }
    response = admin_client.post(url, form)
    assert response.status_code == 400
    assert END in response.content.decode()
    cycle["first"].refresh_from_db()
    assert cycle["first"].end is None


@pytest.mark.parametrize("data, message", BAD_SESSIONS)
def test_api_refuses_a_bad_session(admin_client, cycle, data, message):
    before = counts()
    url = f"/api/commissions/{cycle['commission'].pk}/sessions"
    response = admin_client.post(url, data, content_type="application/json")
    assert response.status_code == 422
    assert response.json()["detail"] == message
    assert counts() == before


@pytest.mark.parametrize("cadence", [0, -3])
def test_api_refuses_a_cadence_below_one_month(admin_client, cadence):
    response = admin_client.post(
        "/api/commissions/",
        {"name": "Comité mixte", "parties": ["MLI"], "cadence_months": cadence},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert response.json()["errors"]["cadence_months"] == [CADENCE]
    assert not Commission.objects.filter(name="Comité mixte").exists()


def test_page_and_api_accept_a_good_session_with_its_agenda(admin_client, cycle):
    url = reverse("commissions:session_create", args=[cycle["commission"].pk])
    form = {"number": 2, "start": "2025-07-15", "status": "planned", "confidentiality": "public"}
    response = admin_client.post(url, form)
    assert response.status_code == 302
    session = Session.objects.get(commission=cycle["commission"], number=2)
    assert session.agenda.filter(action_item=cycle["open_action"]).exists()
    api = admin_client.post(
        f"/api/commissions/{cycle['commission'].pk}/sessions",
        {"start": "2026-01-15", "place": "Moscou"},
        content_type="application/json",
    )
    assert api.status_code == 201
    assert api.json()["number"] == 3


def test_session_file_of_a_missing_session_answers_404(admin_client, cycle):
    url = reverse("commissions:session_file", args=[cycle["commission"].pk, 9])
    assert admin_client.get(url + "?format=pdf&lang=fr").status_code == 404


def test_session_file_with_an_unknown_format_is_a_clear_400(admin_client, cycle):
    url = reverse("commissions:session_file", args=[cycle["commission"].pk, 1])
    response = admin_client.get(url + "?format=odt")
    assert response.status_code == 400
    assert "docx, pdf" in response.content.decode()


@pytest.fixture
def register_dir(tmp_path, registers):
    """A copy of the register `suivi demo --no-serve` fills (tests/registers.py)."""
    return str(registers.copy_demo(tmp_path / "data"))


def one_line_error(result) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.slow
def test_cli_refuses_bad_input_and_saves_nothing(suivi_cli, register_dir):
    env = {"LANG": "fr_FR.UTF-8", "SUIVI_LANGUAGE": "fr"}

    def run(*args):
        return suivi_cli(*args, "--data-dir", register_dir, env=env)

    before = run("stats", "--json").stdout
    assert TAKEN in one_line_error(run("commission", "add-session", "1", "--number", "1"))
    assert END in one_line_error(
        run("commission", "add-session", "1", "--start", "2026-02-02", "--end", "2026-02-01")
    )
    assert CADENCE in one_line_error(
        run("commission", "add", "Comité", "--party", "MLI", "--cadence", "0")
    )
    line = one_line_error(
        run("session-file", "1", "--session", "9", "--format", "pdf", "-o", "/tmp/never.pdf")
    )
    assert "pas de session n° 9" in line
    assert run("stats", "--json").stdout == before

    listing = json.loads(run("commission", "list", "--json", "--today", "2026-03-01").stdout)
    assert listing[0]["status"] == "overdue"
    assert set(listing[0]) >= {
        "id",
        "name",
        "parties",
        "cadence_months",
        "last_session",
        "next_due",
        "status",
    }
    # The Senegal–Mali commission last met in March 2021 (a session known by its end):
    # it comes first, then Mali–Russia.
    mali_russia = next(row for row in listing if row["parties"] == ["MLI", "RUS"])
    assert mali_russia["status"] == "overdue"
    assert mali_russia["next_due"] == "2026-01-29"


@pytest.mark.slow
def test_cli_writes_the_session_file(suivi_cli, register_dir, tmp_path):
    out = tmp_path / "session.docx"
    result = suivi_cli(
        "session-file",
        "1",
        "--session",
        "1",
        "--format",
        "docx",
        "--lang",
        "en",
        "-o",
        str(out),
        "--data-dir",
        register_dir,
    )
    assert result.returncode == 0, result.stderr
    import docx

    tables = docx.Document(str(out)).tables
    assert "Centrale solaire de Sanankoroba" in [row.cells[1].text for row in tables[0].rows]
    paragraphs = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    with translation.override("en"):  # the file's language
        assert formats.date_format(date.today(), "DATE_FORMAT") in paragraphs


def test_api_records_decisions_and_action_items_then_closes_one(admin_client, cycle):
    base = f"/api/commissions/{cycle['commission'].pk}"
    decision = admin_client.post(
        f"{base}/sessions/1/decisions",
        {"text": "Un groupe de travail est créé.", "agreements": [cycle["framework"].pk]},
        content_type="application/json",
    )
    assert decision.status_code == 201
    assert decision.json()["agreements"] == [cycle["framework"].pk]
    action = admin_client.post(
        f"{base}/sessions/1/action-items",
        {"title": "Rédiger le mandat", "due": "2025-03-01"},
        content_type="application/json",
    )
    assert action.status_code == 201
    closed = admin_client.patch(
        f"{base}/action-items/{action.json()['id']}",
        {"status": "done"},
        content_type="application/json",
    )
    assert closed.status_code == 200
    assert closed.json()["status"] == "done" and closed.json()["done_on"]
    bad = admin_client.patch(
        f"{base}/action-items/{action.json()['id']}",
        {"status": "finished"},
        content_type="application/json",
    )
    assert bad.status_code == 422
    assert "finished" in bad.json()["detail"]


def test_api_agenda_edit_and_move(admin_client, cycle, second):
    base = f"/api/commissions/{cycle['commission'].pk}/sessions/2/agenda"
    items = admin_client.get(base).json()
    last = items[-1]["id"]
    moved = admin_client.post(f"{base}/{last}/move", {"step": -10}, content_type="application/json")
    assert moved.json()[0]["id"] == last
    edited = admin_client.put(
        f"{base}/{last}", {"title": "Point revu", "kind": "other"}, content_type="application/json"
    )
    assert edited.json()["title"] == "Point revu"
    empty = admin_client.put(f"{base}/{last}", {"title": ""}, content_type="application/json")
    assert empty.status_code == 422


def test_api_hides_other_commissions_and_needs_a_user(client, cycle):
    assert client.get("/api/commissions/").status_code == 401
    assert client.get(f"/api/commissions/{cycle['commission'].pk}/sessions").status_code == 401
