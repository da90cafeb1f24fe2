"""`suivi export` as a user runs it: files written whole, errors on one line."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.slow


def test_export_commands(suivi_cli, tmp_path):
    data = str(tmp_path / "data")
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
