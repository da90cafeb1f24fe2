"""The command line speaks the user's language: SUIVI_LANGUAGE, else LANG, else French."""

import pytest

pytestmark = pytest.mark.slow


def test_messages_follow_the_locale(suivi_cli, tmp_path):
    data = str(tmp_path / "data")
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
