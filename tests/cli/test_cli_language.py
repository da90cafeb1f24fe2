"""The command line speaks the user's language: SUIVI_LANGUAGE, else LANG, else French."""

import pytest

pytestmark = pytest.mark.slow


def test_messages_follow_the_locale(suivi_cli, tmp_path, registers):
    data = str(registers.seed_migrated(tmp_path / "data"))
    assert suivi_cli("init", "--data-dir", data).returncode == 0
    said = {
        language: suivi_cli("commission", "list", "--data-dir", data, env=env).stdout.strip()
        for language, env in {
            "fr": {"LANG": "C.UTF-8", "SUIVI_LANGUAGE": ""},
            "en": {"LANG": "en_GB.UTF-8", "SUIVI_LANGUAGE": ""},
            "ru": {"SUIVI_LANGUAGE": "ru"},
        }.items()
    }
    assert said == {"fr": "aucune commission", "en": "no commission", "ru": "нет комиссий"}
    command = ("session-file", "99", "--session", "1", "-o", str(tmp_path / "f.docx"))
    refused = suivi_cli(*command, "--data-dir", data, env={"SUIVI_LANGUAGE": "en"})
    assert refused.stderr.strip() == "suivi session-file: no commission 99"


def test_help_and_argparse_errors_speak_the_locale(suivi_cli):
    """`suivi --help` and argparse's own words, before any Django setup, in the locale's language."""
    helps = {
        language: suivi_cli("--help", env=env).stdout
        for language, env in {
            "fr": {"LANG": "C.UTF-8", "SUIVI_LANGUAGE": ""},
            "en": {"SUIVI_LANGUAGE": "en"},
            "ru": {"LANG": "ru_RU.UTF-8", "SUIVI_LANGUAGE": ""},
        }.items()
    }
    assert helps["fr"].startswith("utilisation : suivi")
    assert "remplir un registre SQLite neuf" in helps["fr"] and "afficher cette aide" in helps["fr"]
    assert helps["en"].startswith("usage: suivi")
    assert "fill a fresh SQLite register with sample data" in helps["en"]
    assert "заполнить новый реестр SQLite" in helps["ru"] and "показать эту справку" in helps["ru"]
    assert "fill a fresh" not in helps["fr"] + helps["ru"]
    wrong = suivi_cli("commission", "status", env={"LANG": "ru_RU.UTF-8", "SUIVI_LANGUAGE": ""})
    assert wrong.returncode == 2
    assert "недопустимое значение" in wrong.stderr and "invalid choice" not in wrong.stderr
    demo = suivi_cli("demo", "--help", env={"LANG": "C.UTF-8", "SUIVI_LANGUAGE": ""}).stdout
    assert "dossier du registre de démonstration" in demo


def test_a_command_error_speaks_the_locale(suivi_cli, tmp_path, registers):
    data = str(registers.seed_migrated(tmp_path / "data"))
    assert suivi_cli("init", "--data-dir", data).returncode == 0
    refused = {
        language: suivi_cli("demo", "--data-dir", data, "--no-serve", env=env).stderr.strip()
        for language, env in {
            "fr": {"SUIVI_LANGUAGE": "fr"},
            "ru": {"SUIVI_LANGUAGE": "ru"},
        }.items()
    }
    assert "contient déjà un registre" in refused["fr"]
    assert "уже есть реестр" in refused["ru"]
