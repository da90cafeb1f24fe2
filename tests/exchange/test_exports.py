"""CSV and XLSX exports: typed, translated, escaped, and holding only what their user may see."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal

import pytest
from django.utils import translation
from openpyxl import load_workbook

from suivi.exchange import exports, tabular
from suivi.exchange.tables import TABLES

MARKER = "HIDDENMARKER"


def csv_rows(user, table: str, headers: str = "names") -> list[dict]:
    out = io.StringIO()
    exports.write("csv", out, user, table, headers=headers)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


@pytest.mark.django_db
def test_csv_holds_what_the_delegate_may_see_and_no_restricted_title(register):
    for table in TABLES:
        out = io.StringIO()
        exports.write("csv", out, register.mli, table)
        assert MARKER not in out.getvalue(), table
    projects = csv_rows(register.mli, "projects")
    assert [p["id"] for p in projects] == [str(register.project.pk)]
    # the hidden agreement the public project implements is not named, not even by id
    assert projects[0]["agreements"] == str(register.public.pk)


@pytest.mark.django_db
def test_the_other_party_finds_its_records(register):
    everything = "".join(
        "".join(str(row) for row in csv_rows(register.rus, table)) for table in TABLES
    )
    assert everything.count(MARKER) >= 3


@pytest.mark.django_db
def test_formulas_are_escaped_and_numbers_stay_numbers(register):
    project = csv_rows(register.mli, "projects")[0]
    assert project["title"].startswith("'=HYPERLINK")
    assert project["description"].startswith("'-2+3")
    assert project["budget_amount"] == "120000000000.50"
    assert project["start"] == "2025-09-01"


@pytest.mark.django_db
def test_headers_in_the_users_language_and_stable_names(register):
    with translation.override("ru"):
        head = next(
            csv.reader(io.StringIO("".join(tabular.csv_lines(TABLES["agreements"], [], "labels"))))
        )
    assert "Статус" in head and head[0] == "Идентификатор"
    with translation.override("en"):
        english = "".join(tabular.csv_lines(TABLES["projects"], [], "labels"))
    assert english.startswith("ID,Title,")  # not the sign-in form's "Identifiant" (Username)
    names = next(
        csv.reader(io.StringIO("".join(tabular.csv_lines(TABLES["agreements"], [], "names"))))
    )
    assert names[:3] == ["id", "kind", "title_fr"]


@pytest.mark.django_db
def test_xlsx_cells_are_typed_and_projects_come_with_milestones(register):
    out = io.BytesIO()
    with translation.override("fr"):
        exports.write("xlsx", out, register.mli, "projects")
    out.seek(0)
    book = load_workbook(out)
    assert book.sheetnames == ["Projets", "Jalons"]
    projects = list(book["Projets"].iter_rows(values_only=True))
    assert projects[0][1] == "Intitulé"
    row = dict(zip([c.name for c in TABLES["projects"].columns], projects[1], strict=True))
    assert isinstance(row["start"], datetime) and row["start"].date() == date(2025, 9, 1)
    assert Decimal(str(row["budget_amount"])) == Decimal("120000000000.5")
    assert row["budget_currency"] == "XOF"
    assert row["title"].startswith("'=")
    cell = book["Projets"]["G2"]
    assert cell.number_format == "DD/MM/YYYY"
    milestones = list(book["Jalons"].iter_rows(values_only=True))
    assert [m[2] for m in milestones[1:]] == ["Études de faisabilité"]
    assert MARKER not in str(projects) + str(milestones)


@pytest.mark.django_db
def test_commission_filter(register, story):
    from suivi.commissions.models import Commission

    other = Commission.objects.create(name="Autre")
    out = io.StringIO()
    exports.write("csv", out, register.rus, "agreements", commission=other.pk)
    assert len(out.getvalue().splitlines()) == 1  # the header alone


@pytest.mark.django_db
def test_list_page_download_keeps_the_filter(client, register):
    client.force_login(register.mli)
    response = client.get("/agreements/", {"q": "nucléaire", "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="suivi-agreements-')
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "nucléaire" in body and MARKER not in body
    assert len(body.strip().splitlines()) == 2
    page = client.get("/agreements/", {"q": "nucléaire"}).content.decode()
    assert "export=xlsx" in page and "q=nucl" in page
    assert client.get("/agreements/", {"export": "exe"}).status_code == 404


@pytest.mark.django_db
def test_commission_page_offers_its_files(client, register):
    client.force_login(register.secretariat)
    commission = register.commission.pk
    page = client.get(f"/commissions/{commission}/").content.decode()
    assert f"/exports/commission/{commission}/decisions.xlsx" in page
    response = client.get(f"/exports/commission/{commission}/projects.xlsx")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert book.sheetnames == ["Projets", "Jalons"]
    assert client.get(f"/exports/commission/{commission}/decisions.iati").status_code == 404
    assert client.get("/exports/commission/999999/decisions.csv").status_code == 404


@pytest.mark.django_db
def test_anonymous_visitors_get_the_sign_in_page(client, register):
    response = client.get(f"/exports/commission/{register.commission.pk}/agreements.csv")
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.django_db
def test_decision_and_action_lists_download_what_they_show(client, register):
    from suivi.commissions.models import ActionItem, Decision, Session

    session = Session.objects.create(
        commission=register.commission, number=1, start=date(2025, 6, 23)
    )
    Decision.objects.create(session=session, order=1, text="=Créer un groupe de travail")
    Decision.objects.create(
        session=session,
        order=2,
        text="Décision HIDDENMARKER",
        confidentiality="party",
        restricted_to=register.party_b,
    )
    ActionItem.objects.create(session=session, title="Rapport d'étape", due=date(2025, 9, 1))
    client.force_login(register.mli)
    for url, wanted in (
        ("/commissions/decisions/", "'=Créer"),
        ("/commissions/actions/", "Rapport"),
    ):
        page = client.get(url, {"q": wanted.strip("'=")[:5]}).content.decode()
        assert "export=csv" in page and "export=xlsx" in page, url
        response = client.get(url, {"q": wanted.strip("'=")[:5], "export": "csv"})
        body = b"".join(response.streaming_content).decode("utf-8-sig")
        assert wanted in body and MARKER not in body, url
        assert len(body.strip().splitlines()) == 2, body


def test_every_formula_start_is_escaped():
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"):
        assert tabular.safe_text(text) == "'" + text
    assert tabular.safe_text("Accord - cadre") == "Accord - cadre"
