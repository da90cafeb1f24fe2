"""`suivi rebuild-search`: stale folded words are recomputed, history untouched, in the user's language."""

from __future__ import annotations

import pytest

from suivi.core.search_rebuild import rebuild


@pytest.mark.django_db
def test_rebuild_makes_a_stale_record_findable_again_without_history(admin_client):
    from suivi.agreements.models import Agreement

    agreement = Agreement.objects.create(kind="agreement", title_fr="Accord nucléaire civil")
    # What a bulk import writing rows directly, or an older version, leaves behind.
    Agreement.objects.filter(pk=agreement.pk).update(search_text="")
    entries = agreement.history.count()
    page = admin_client.get("/agreements/", {"q": "nucleaire"})
    assert "Accord nucléaire civil" not in page.content.decode()

    assert rebuild()["agreements.agreement"] == 1

    page = admin_client.get("/agreements/", {"q": "nucleaire"})
    assert "Accord nucléaire civil" in page.content.decode()
    assert agreement.history.count() == entries
    assert rebuild()["agreements.agreement"] == 0  # nothing left to rewrite


@pytest.mark.slow
def test_command_speaks_the_users_language(suivi_cli, tmp_path, registers):
    data = str(registers.seed_migrated(tmp_path / "data"))
    assert suivi_cli("init", "--data-dir", data).returncode == 0
    said = {
        language: suivi_cli(
            "rebuild-search", "--data-dir", data, env={"SUIVI_LANGUAGE": language}
        ).stdout
        for language in ("fr", "en", "ru")
    }
    assert "accords — enregistrements mis à jour : 0" in said["fr"]
    assert "agreements — records updated: 0" in said["en"]
    assert "search rebuilt" in said["en"]
    assert "поиск перестроен" in said["ru"]
