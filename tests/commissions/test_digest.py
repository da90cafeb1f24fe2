"""The digest names what falls due per commission, and goes by e-mail when mail is configured."""

from datetime import date

import pytest
from django.core import mail

from suivi.commissions import digest


def test_the_digest_lists_late_and_coming_items_per_commission(cycle, admin_user):
    today = date(2025, 6, 20)
    entries = digest.digest(admin_user, today, days=30)
    [(commission, items)] = entries
    assert commission == cycle["commission"]
    texts = [item.text for item in items]
    assert any("Prochaine session due" in text for text in texts)  # due 2025-07-15
    assert any(
        "Transmettre le projet" in text and "en retard de 80 jours" in text for text in texts
    )
    assert any("Étude d'impact" in text for text in texts)
    assert not any("Choix du site" in text for text in texts)  # due in 2030
    assert [item.day for item in items] == sorted(item.day for item in items)


def test_nothing_due_says_so(admin_user, db):
    text = digest.as_text(digest.digest(admin_user, date(2025, 1, 1), 30), date(2025, 1, 1), 30)
    assert "Rien n'arrive à échéance." in text


def test_the_digest_is_sent_through_django_mail(cycle, admin_user):
    today = date(2025, 6, 20)
    text = digest.as_text(digest.digest(admin_user, today, 30), today, 30)
    assert digest.send(text, ["secretariat@example.org"], today) == 1
    [message] = mail.outbox
    assert message.to == ["secretariat@example.org"]
    assert cycle["commission"].name in message.body


@pytest.mark.slow
def test_the_cli_prints_the_digest_when_mail_is_off(suivi_cli, tmp_path, registers):
    data = str(registers.copy_demo(tmp_path / "data"))
    result = suivi_cli("digest", "--days", "3650", "--data-dir", data, env={"SUIVI_EMAIL": ""})
    assert result.returncode == 0, result.stderr
    assert "Commission intergouvernementale russo-malienne" in result.stdout
    assert "Étude d'impact validée" in result.stdout
    refused = suivi_cli("digest", "--days", "-1", "--data-dir", data)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
