"""`suivi user` and `suivi token` as an administrator types them: clear errors, nothing half-made."""

from __future__ import annotations

import json
import secrets

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def register_dir(tmp_path_factory, registers):
    from tests.conftest import run_suivi

    folder = registers.seed_migrated(tmp_path_factory.mktemp("access-cli"))
    env = {
        "SUIVI_DATA_DIR": str(folder),
        "SUIVI_ADMIN_PASSWORD": "a-long-admin-password",
        "SUIVI_LANGUAGE": "fr",
    }
    done = run_suivi("init", env=env)
    assert done.returncode == 0, done.stderr
    return env


def users(suivi_cli, env) -> dict:
    listing = suivi_cli("user", "list", "--json", env=env)
    assert listing.returncode == 0, listing.stderr
    return {row["username"]: row for row in json.loads(listing.stdout)}


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--role", "wizard"], "rôle inconnu « wizard »"),
        (["--role", "delegate", "--party", "XXX", "--commission", "1"], "aucune partie de code"),
        (
            ["--role", "delegate", "--party", "MLI", "--commission", "999"],
            "aucune commission d'identifiant",
        ),
        (["--role", "delegate", "--party", "MLI", "--commission", "one"], "est un nombre"),
        (["--role", "delegate"], "commission"),
        (["--role", "reader", "--password-file", "/no/such/file"], "n'existe pas"),
    ],
)
def test_bad_input_is_one_clear_line_and_creates_nothing(
    suivi_cli, register_dir, arguments, message
):
    done = suivi_cli("user", "add", "zoe", *arguments, env=register_dir)
    assert done.returncode == 2
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert "zoe" not in users(suivi_cli, register_dir)


def test_a_user_signs_in_with_the_password_from_the_file_and_calls_the_api(
    suivi_cli, register_dir, tmp_path
):
    password_file = tmp_path / "pw"
    password_file.write_text("correct horse battery staple\n")
    done = suivi_cli(
        "user",
        "add",
        "ines",
        "--role",
        "reader",
        "--password-file",
        str(password_file),
        env=register_dir,
    )
    assert done.returncode == 0, done.stderr
    assert "Mot de passe" not in done.stdout  # nothing to show: the file holds it
    assert users(suivi_cli, register_dir)["ines"]["roles"][0]["role"] == "reader"

    created = suivi_cli("token", "create", "ines", "--expires", "7", env=register_dir)
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip()
    assert token.startswith("suivi_") and "\n" not in token
    listing = suivi_cli("token", "list", env=register_dir).stdout
    assert token not in listing and token.split("_")[1] in listing


def test_tokens_are_revoked_by_id_and_bad_ids_are_refused(suivi_cli, register_dir):
    token = suivi_cli("token", "create", "admin", env=register_dir).stdout.strip()
    token_id = token.split("_")[1]
    bad = suivi_cli("token", "revoke", "not a token!", env=register_dir)
    assert bad.returncode == 2 and "n'est pas un identifiant de jeton" in bad.stderr
    unknown = suivi_cli("token", "revoke", "ZZZZZZZZ", env=register_dir)
    assert unknown.returncode == 2 and "aucun jeton" in unknown.stderr
    revoked = suivi_cli("token", "revoke", token_id, env=register_dir)
    assert revoked.returncode == 0, revoked.stderr
    assert f"{token_id}  admin  révoqué" in suivi_cli("token", "list", env=register_dir).stdout
    for wrong in (["nobody"], ["admin", "--expires", "0"]):
        refused = suivi_cli("token", "create", *wrong, env=register_dir)
        assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1


def test_production_settings_pass_the_deploy_check(suivi_cli, register_dir):
    env = {
        **register_dir,
        "SUIVI_SECURE": "true",
        "SUIVI_DEBUG": "",
        "SUIVI_SECRET_KEY": secrets.token_urlsafe(50),
    }
    done = suivi_cli("manage", "check", "--deploy", "--fail-level", "WARNING", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
