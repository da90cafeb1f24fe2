"""`suivi export` as a user runs it: files written whole, errors on one line."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.slow


def test_export_commands(suivi_cli, tmp_path, registers):
    data = str(registers.seed_migrated(tmp_path / "data"))
    assert suivi_cli("init", "--data-dir", data).returncode == 0
    csv_file = tmp_path / "accords.csv"
    result = suivi_cli("export", "csv", "-o", str(csv_file), "--data-dir", data)
    assert result.returncode == 0, result.stderr
    assert csv_file.read_text("utf-8-sig").startswith("Identifiant,Nature,")
    xlsx = tmp_path / "registre.xlsx"
    result = suivi_cli(
        "export", "xlsx", "-o", str(xlsx), "--data-dir", data, env={"SUIVI_LANGUAGE": "en"}
    )
    assert result.returncode == 0, result.stderr
    assert load_workbook(xlsx).sheetnames == [
        "Agreements",
        "Projects",
        "Milestones",
        "Decisions",
        "Actions",
    ]
    names = suivi_cli(
        "export", "csv", "--table", "projects", "--headers", "names", "-o", "-", "--data-dir", data
    )
    assert names.stdout.startswith("id,title,description,")
    iati = tmp_path / "iati.xml"
    assert suivi_cli("export", "iati", "-o", str(iati), "--data-dir", data).returncode == 0
    assert b"<iati-activities" in iati.read_bytes()

    missing = suivi_cli("export", "csv", "--commission", "42", "-o", "-", "--data-dir", data)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert "42" in missing.stderr.strip().splitlines()[-1]
    nowhere = suivi_cli("export", "xlsx", "-o", str(tmp_path / "no" / "f.xlsx"), "--data-dir", data)
    assert nowhere.returncode == 2 and len(nowhere.stderr.strip().splitlines()) == 1


def test_import_command_dry_run_then_real(suivi_cli, tmp_path, registers):
    data = str(registers.seed_migrated(tmp_path / "data"))
    assert suivi_cli("init", "--data-dir", data).returncode == 0
    sheet = tmp_path / "accords.csv"
    sheet.write_text(
        'Nature;Intitulé (fr);Parties;Signé le\nAccord;Accord sur la pêche;"MLI; SEN";05/03/2021\n',
        encoding="utf-8",
    )
    dry = suivi_cli("import", str(sheet), "--dry-run", "--data-dir", data)
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "1 à créer" in dry.stdout and "rien n'a été écrit" in dry.stdout
    assert "accords, ligne 2 : à créer — Accord sur la pêche" in dry.stdout  # row by row
    done = suivi_cli("import", str(sheet), "--data-dir", data)
    assert done.returncode == 0 and "Import effectué" in done.stdout
    again = suivi_cli("import", str(sheet), "--data-dir", data, env={"SUIVI_LANGUAGE": "en"})
    assert again.returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("kind;title_fr;parties\nagreement;X;ZZZ\n", encoding="utf-8")
    refused = suivi_cli("import", str(bad), "--data-dir", data)
    assert refused.returncode == 2 and "ZZZ" in refused.stdout and "Traceback" not in refused.stderr
    missing = suivi_cli("import", str(tmp_path / "none.xlsx"), "--data-dir", data)
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
