"""The schema is what the models say, and production settings pass Django's deployment checks."""

import pytest
from django.core.management import call_command

from tests.conftest import run_suivi


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.slow
def test_a_fresh_register_migrates_from_empty(tmp_path):
    result = run_suivi("manage", "migrate", "--noinput", env={"SUIVI_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "Applying parties.0002_reference_parties... OK" in result.stdout


@pytest.mark.slow
def test_production_settings_pass_the_deployment_checks(tmp_path):
    result = run_suivi(
        "manage",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "SUIVI_DATA_DIR": str(tmp_path),
            "SUIVI_SECURE": "true",
            "SUIVI_DEBUG": "false",
            "SUIVI_SECRET_KEY": "a-long-random-production-key-" + "x9Q2" * 12,
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
