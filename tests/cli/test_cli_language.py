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


LANGUAGES = {
    "fr": {"LANG": "C.UTF-8", "SUIVI_LANGUAGE": ""},
    "en": {"SUIVI_LANGUAGE": "en"},
    "ru": {"LANG": "ru_RU.UTF-8", "SUIVI_LANGUAGE": ""},
}


def _stderr(suivi_cli, *args: str, env: dict | None = None) -> dict[str, str]:
    said = {}
    for language, language_env in LANGUAGES.items():
        done = suivi_cli(*args, env={**language_env, **(env or {})})
        assert done.returncode == 2, (language, done.stderr)
        said[language] = done.stderr.strip().splitlines()[-1]
    return said


def test_a_number_refused_by_a_command_is_refused_in_the_locale(suivi_cli):
    """suivi's own checks of whole numbers and ids answer as argparse does: in the locale."""
    not_a_number = _stderr(suivi_cli, "review", "accept", "abc")
    assert not_a_number == {
        "fr": "suivi review accept : erreur : argument ID : « abc » n'est pas un nombre entier.",
        "en": "suivi review accept: error: argument ID: “abc” is not a whole number.",
        "ru": "suivi review accept: ошибка: аргумент ID: «abc» — не целое число.",
    }
    out_of_range = _stderr(suivi_cli, "review", "accept", "0")
    assert "Un nombre entier de 1 à" in out_of_range["fr"]
    assert "A whole number from 1 to" in out_of_range["en"]
    assert "Ожидается целое число от 1 до" in out_of_range["ru"]
    missing = _stderr(suivi_cli, "session-file")
    assert "arguments obligatoires : COMMISSION_ID" in missing["fr"]
    assert "the following arguments are required: COMMISSION_ID" in missing["en"]
    assert "обязательные аргументы: COMMISSION_ID" in missing["ru"]


def test_a_bad_setting_is_said_in_the_locale(suivi_cli, tmp_path):
    """Settings are read before Django can translate: their errors speak the locale too, and
    a database address is not repeated (it may hold a password)."""
    data = str(tmp_path / "data")
    bad_url = {"SUIVI_DATABASE_URL": "foo://admin:s3cret@db/suivi"}
    said = _stderr(suivi_cli, "commission", "list", "--data-dir", data, env=bad_url)
    assert "SUIVI_DATABASE_URL n'est pas une adresse de base de données utilisable" in said["fr"]
    assert "SUIVI_DATABASE_URL is not a usable database URL" in said["en"]
    assert "SUIVI_DATABASE_URL — непригодный адрес базы данных" in said["ru"]
    assert not [text for text in said.values() if "s3cret" in text or "Scheme" in text]
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    said = _stderr(suivi_cli, "commission", "list", "--data-dir", str(blocked / "data"))
    assert (
        f"le dossier des données {blocked / 'data'} n'est pas accessible en écriture"
        in (said["fr"])
    )
    assert "is not writable" in said["en"]
    assert "недоступна для записи" in said["ru"]
