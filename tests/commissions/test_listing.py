"""`suivi commission list` rows: scoped by the acting user, documented in the README."""

from datetime import date
from pathlib import Path

from suivi.cli.commands.commission import list_rows
from suivi.commissions.models import Session

README = Path(__file__).resolve().parents[2] / "README.md"


def test_rows_follow_what_the_acting_user_may_see(cycle, admin_user, make_reader):
    Session.objects.create(
        commission=cycle["commission"],
        number=2,
        start=date(2025, 6, 1),
        status="held",
        confidentiality="commission",
    )
    reader = make_reader()
    [admin_row] = list_rows(admin_user, today=date(2025, 8, 1))
    [reader_row] = list_rows(reader, today=date(2025, 8, 1))
    assert admin_row["last_session"] == "2025-06-01" and admin_row["status"] == "on_time"
    assert reader_row["last_session"] == "2025-01-15" and reader_row["status"] == "overdue"
    assert reader_row["days_overdue"] == 17
    assert reader_row["parties"] == ["MLI", "RUS"]


def test_the_readme_documents_the_cycle_commands():
    text = README.read_text(encoding="utf-8")
    for command in (
        "suivi commission list",
        "suivi commission add-session",
        "suivi session-file",
        "suivi digest",
    ):
        assert command in text, command
