"""Imports: a secretariat's spreadsheet in, all or nothing; exports read back as written."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook

from suivi.cli.commands import stats
from suivi.exchange import exports
from suivi.exchange.imports import ImportFailed, import_file


def fields(model, exclude=("id",)):
    """Every record of `model` as comparable values, its relations by their natural keys."""
    rows = []
    for record in model.objects.order_by("pk"):
        row = {
            f.name: getattr(record, f.attname)
            for f in model._meta.concrete_fields
            if f.name not in exclude and not f.primary_key
        }
        for m2m in model._meta.many_to_many:
            row[m2m.name] = sorted(str(r) for r in getattr(record, m2m.name).all())
        rows.append(row)
    return rows


def snapshot():
    from suivi.agreements.models import Agreement
    from suivi.projects.models import LeadAgency, Milestone, Project

    return {
        "agreements": fields(Agreement),
        "projects": fields(Project),
        "milestones": [
            (m["title"], m["due"], m["done_on"]) for m in fields(Milestone, ("id", "project"))
        ],
        "leads": sorted(
            (lead.project.title, lead.party.code, lead.agency.code)
            for lead in LeadAgency.objects.all()
        ),
    }


def wipe():
    from suivi.agreements.models import Agreement
    from suivi.commissions.models import Commission
    from suivi.projects.models import Project

    Project.objects.all().delete()
    Commission.objects.all().delete()
    Agreement.objects.all().delete()


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_export_then_import_gives_the_same_register(register, tmp_path, kind, settings):
    admin = register.secretariat
    admin.is_superuser = True
    admin.save()
    before = snapshot()
    if kind == "xlsx":
        path = tmp_path / "registre.xlsx"
        with path.open("wb") as out:
            exports.write("xlsx", out, admin)
        files = [path]
    else:
        files = []
        for table in ("agreements", "projects", "milestones"):
            path = tmp_path / f"{table}.csv"
            with path.open("w", encoding="utf-8-sig", newline="") as out:
                exports.write("csv", out, admin, table)
            files.append(path)
    # into the same register: nothing changes
    for path in files:
        report = import_file(path, admin)
        assert report.refused == [], [o.errors for o in report.refused]
        assert report.count("create") == 0 and report.count("change") == 0
    counted = stats.counts()
    wipe()
    assert snapshot()["agreements"] == []
    # one CSV file per table, imported together: projects name the agreements file's ids
    report = import_file(files, admin)
    assert report.refused == [], [o.errors for o in report.refused]
    assert report.applied
    assert snapshot() == before
    again = stats.counts()
    exported = ("agreements.agreement", "projects.project", "projects.milestone")
    assert [again[k] for k in (*exported, "projects.leadagency", "parties.party")] == [
        counted[k] for k in (*exported, "projects.leadagency", "parties.party")
    ]
    assert again["history"] > counted["history"]  # the import is in the history too


@pytest.mark.django_db
def test_french_spreadsheet_with_its_own_words(register, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Accords"
    sheet.append(["Nature", "Intitulé (fr)", "Parties", "Secteurs", "Statut", "Signé le"])
    sheet.append(
        [
            "Mémorandum d'entente",
            "Mémorandum sur la pêche",
            "Mali; Sénégal",
            "agriculture",
            "signé",
            "05/03/2021",
        ]
    )
    sheet.append(
        [
            "accord-cadre",
            "Accord de coopération",
            "MLI;RUS",
            "Cadre général",
            "Signed",
            date(2024, 1, 2),
        ]
    )
    path = tmp_path / "tableau.xlsx"
    book.save(path)
    admin = register.secretariat
    dry = import_file(path, admin, dry_run=True)
    assert dry.count("create") == 2 and not dry.applied
    from suivi.agreements.models import Agreement

    assert not Agreement.objects.filter(title_fr="Mémorandum sur la pêche").exists()
    done = import_file(path, admin)
    assert done.applied
    fish = Agreement.objects.get(title_fr="Mémorandum sur la pêche")
    assert fish.kind == "memorandum" and fish.status == "signed"
    assert fish.signed_on == date(2021, 3, 5)
    assert sorted(p.code for p in fish.parties.all()) == ["MLI", "SEN"]
    assert fish.history.first().history_user == admin
    # written in bulk, yet found by the lists' unaccented search like a record saved by hand
    assert Agreement.objects.filter(search_text__contains="memorandum sur la peche").exists()


@pytest.mark.django_db
def test_bad_rows_are_reported_and_nothing_is_imported(register, tmp_path):
    from suivi.agreements.models import Agreement

    path = tmp_path / "accords.csv"
    path.write_text(
        "kind;title_fr;parties;sectors;signed_on\n"
        "agreement;Bon accord;MLI;energy;2025-01-01\n"
        "agreement;Date impossible;MLI;energy;31/02/2025\n"
        "agreement;Partie inconnue;ZZZ;energy;\n"
        "agreement;Secteur inconnu;MLI;astrologie;\n"
        'agreement;"=HYPERLINK(""http://x"",""y"")";MLI;;\n',
        encoding="utf-8",
    )
    count = Agreement.objects.count()
    report = import_file(path, register.secretariat)
    assert not report.applied
    errors = {o.line: " ".join(o.errors) for o in report.refused}
    assert set(errors) == {3, 4, 5}
    assert "31/02/2025" in errors[3]
    assert "ZZZ" in errors[4] and "astrologie" in errors[5]
    assert Agreement.objects.count() == count  # the good row is not imported either
    formula = Agreement.objects.none()
    assert not formula.exists()


@pytest.mark.django_db
def test_formula_cells_are_refused_never_evaluated(register, tmp_path):
    book = Workbook()
    book.active.append(["kind", "title_fr", "parties"])
    book.active.append(["agreement", '=HYPERLINK("http://evil.example","x")', "MLI"])
    path = tmp_path / "f.xlsx"
    book.save(path)
    report = import_file(path, register.secretariat, table="agreements")
    assert [o.line for o in report.refused] == [2]
    assert "formule" in report.refused[0].errors[0]


@pytest.mark.django_db
def test_missing_columns_and_files_that_are_not_spreadsheets(register, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("description\nrien\n", encoding="utf-8")
    report = import_file(path, register.secretariat, table="projects")
    assert "title" in report.refused[0].errors[0]
    for name, content in {
        "vide.csv": b"",
        "image.xlsx": b"PK\x03\x04garbage",
        "bin.csv": b"\x00\x01\x02" * 10,
    }.items():
        bad = tmp_path / name
        bad.write_bytes(content)
        with pytest.raises(ImportFailed):
            import_file(bad, register.secretariat)


@pytest.mark.django_db
def test_a_zip_bomb_is_refused_before_it_is_unpacked(register, tmp_path, monkeypatch):
    from suivi.exchange import sheets

    monkeypatch.setattr(sheets, "MAX_UNPACKED_BYTES", 1024 * 1024)
    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (2 * 1024 * 1024))
    with pytest.raises(ImportFailed, match="trop gros"):
        import_file(path, register.secretariat)


@pytest.mark.django_db
def test_a_delegate_cannot_create_records(register, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("kind,title_fr,parties\nagreement,Nouveau,MLI\n", encoding="utf-8")
    report = import_file(path, register.mli)
    assert report.refused and not report.applied


@pytest.mark.django_db
def test_money_and_lead_agencies(register, tmp_path):
    from suivi.projects.models import Project

    path = tmp_path / "p.csv"
    path.write_text(
        "Intitulé;Accords mis en œuvre;Budget;Devise;Chefs de file\n"
        f"Barrage;{register.public.pk};120 000 000,50;xof;RUS: RUS\n",
        encoding="utf-8",
    )
    report = import_file(path, register.secretariat)
    assert report.applied, [o.errors for o in report.refused]
    project = Project.objects.get(title="Barrage")
    assert project.budget_amount == Decimal("120000000.50") and project.budget_currency == "XOF"
    assert [lead.party.code for lead in project.leads.all()] == ["RUS"]


@pytest.mark.django_db
def test_iati_round_trip_and_hostile_xml(register, tmp_path):
    from suivi.projects.models import Project

    admin = register.secretariat
    admin.is_superuser = True
    admin.save()
    path = tmp_path / "iati.xml"
    with path.open("wb") as out:
        exports.write("iati", out, admin)
    report = import_file(path, admin)
    assert report.refused == [] and report.count("create") == 0
    foreign = tmp_path / "foreign.xml"
    foreign.write_text(
        f"""<iati-activities version="2.03">
  <iati-activity><iati-identifier>XM-OTHER-1</iati-identifier>
    <title><narrative>Forage de puits</narrative></title>
    <activity-status code="2"/><activity-date type="1" iso-date="2026-02-01"/>
    <sector vocabulary="1" code="14010"/>
    <document-link url="https://x.org/agreements/{register.public.pk}/"><title><narrative>a</narrative></title></document-link>
  </iati-activity>
  <iati-activity><iati-identifier>XM-OTHER-2</iati-identifier>
    <title><narrative>Sans statut</narrative></title>
  </iati-activity>
</iati-activities>""",
        encoding="utf-8",
    )
    report = import_file(foreign, admin)
    assert [o.sheet for o in report.refused] == ["XM-OTHER-2"] and not report.applied
    assert not Project.objects.filter(title="Forage de puits").exists()
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        "<iati-activities>&lol2;</iati-activities>",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed, match="DTD"):
        import_file(bomb, admin)
    external = tmp_path / "xxe.xml"
    external.write_text(
        '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<iati-activities><iati-activity><iati-identifier>&x;</iati-identifier></iati-activity></iati-activities>",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed):
        import_file(external, admin)


@pytest.mark.django_db
def test_imported_records_keep_their_history_links_and_matching_keys(register, tmp_path):
    """Records written in bulk are recorded as a save would: history, links, resolution keys."""
    from suivi.agreements.models import Agreement
    from suivi.matching.models import MatchKey
    from suivi.projects.models import Milestone, Project

    book = Workbook()
    agreements = book.active
    agreements.title = "Agreements"
    agreements.append(["id", "kind", "title_en", "parties", "sectors", "signed_on"])
    agreements.append([9001, "Agreement", "Fisheries", "Senegal; Российская Федерация", "", ""])
    agreements.append([9002, "accord", "Mining", "mali;sénégal", "energy", "2024-05-02"])
    projects = book.create_sheet("Projets")
    projects.append(["id", "Intitulé", "Accords mis en œuvre", "Début", "Chefs de file"])
    projects.append([7001, "Port de pêche", "9001", date(2024, 1, 1), "SEN: SEN"])
    milestones = book.create_sheet("Jalons")
    milestones.append(["project_id", "title", "due"])
    milestones.append([7001, "Quai", "01/06/2024"])
    path = tmp_path / "registre.xlsx"
    book.save(path)
    report = import_file(path, register.secretariat)
    assert report.applied, [o.errors for o in report.refused]
    assert report.count("create") == 4

    fish = Agreement.objects.get(title_en="Fisheries")
    assert sorted(p.code for p in fish.parties.all()) == ["RUS", "SEN"]
    entries = list(fish.history.all())
    assert [(e.history_type, e.history_user) for e in entries] == [("+", register.secretariat)]
    assert sorted(row.party.code for row in entries[0].parties.all()) == ["RUS", "SEN"]
    mining = Agreement.objects.get(title_en="Mining")
    assert sorted(p.code for p in mining.parties.all()) == ["MLI", "SEN"]
    assert MatchKey.objects.filter(kind="agreement", record_id=fish.pk).exists()

    port = Project.objects.get(title="Port de pêche")
    assert list(port.agreements.all()) == [fish]
    assert [(lead.party.code, lead.agency.code) for lead in port.leads.all()] == [("SEN", "SEN")]
    assert port.history.get().history_user == register.secretariat
    assert port.leads.get().history.get().history_type == "+"
    quay = Milestone.objects.get(project=port)
    assert quay.due == date(2024, 6, 1) and quay.history.count() == 1


@pytest.mark.django_db
def test_a_milestone_before_its_new_project_starts_is_refused(register, tmp_path):
    path = tmp_path / "p.xlsx"
    book = Workbook()
    book.active.title = "Projects"
    book.active.append(["id", "title", "agreements", "start"])
    book.active.append([1, "Route", register.public.pk, "2025-01-01"])
    book.create_sheet("Milestones").append(["project_id", "title", "due"])
    book["Milestones"].append([1, "Trop tôt", "2024-01-01"])
    book.save(path)
    report = import_file(path, register.secretariat)
    assert [(o.sheet, o.line) for o in report.refused] == [("Milestones", 2)]
    assert not report.applied


def test_a_100000_row_file_is_read_in_bounded_memory(tmp_path):
    """The reader streams: a long file costs no more memory than a short one."""
    import tracemalloc

    from suivi.exchange.sheets import open_sheets

    path = tmp_path / "long.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("title;agreements;start\n")
        out.writelines(f"Projet {i};1;31/02/2025\n" for i in range(100_000))
    tracemalloc.start()
    (sheet,) = open_sheets(path)
    count = sum(1 for _ in sheet.rows)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 100_000
    assert peak < 2 * 2**20  # the file is 2.6 MB; reading it holds a few lines at a time
