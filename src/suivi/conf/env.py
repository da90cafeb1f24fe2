"""Typed settings from the environment, failing fast on a bad value."""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

import platformdirs


class ConfigError(Exception):
    """A setting that cannot be used as given."""


def _(message: str) -> str:
    """Settings load before Django can translate: these errors are worded in the language
    of the command line (SUIVI_LANGUAGE, else LANG, else French; see cli/i18n.py, which reads
    the project's catalogues without Django)."""
    from suivi.cli.i18n import _ as translate

    return translate(message)


def flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(
        _("%(name)s vaut true ou false, pas %(value)r") % {"name": name, "value": raw}
    )


def integer(name: str, default: int, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ConfigError(
            _("%(name)s doit être un nombre entier, pas %(value)r") % {"name": name, "value": raw}
        ) from None
    if minimum is not None and value < minimum:
        raise ConfigError(
            _("%(name)s doit valoir au moins %(minimum)s, pas %(value)s")
            % {"name": name, "minimum": minimum, "value": value}
        )
    return value


def csv(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if not raw:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def data_dir() -> Path:
    """The folder that holds the SQLite register, uploaded files and the secret key."""
    raw = os.environ.get("SUIVI_DATA_DIR")
    return Path(raw).expanduser().resolve() if raw else Path(platformdirs.user_data_dir("suivi"))


def ensure_data_dir() -> Path:
    path = data_dir()
    try:
        path.mkdir(parents=True, exist_ok=True)
        # A probe of its own: commands running side by side must not remove each other's.
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as error:
        raise ConfigError(_not_writable(path, error)) from None
    return path


def _not_writable(path: Path, error: OSError) -> str:
    return _("le dossier des données %(path)s n'est pas accessible en écriture (%(error)s)") % {
        "path": path,
        "error": error.strerror or error,
    }


def secret_key() -> str:
    """SUIVI_SECRET_KEY, or a key generated once and kept in the data folder."""
    given = os.environ.get("SUIVI_SECRET_KEY")
    if given:
        return given
    path = data_dir() / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    except OSError as error:
        raise ConfigError(
            _("impossible de lire %(path)s : %(error)s")
            % {"path": path, "error": error.strerror or error}
        ) from None
    key = secrets.token_urlsafe(50)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(key)
    except FileExistsError:
        return path.read_text().strip()
    except OSError as error:
        raise ConfigError(_not_writable(path.parent, error)) from None
    return key


SQLITE_MMAP_BYTES = 256 * 1024 * 1024


def database(url_variable: str = "SUIVI_DATABASE_URL") -> dict:
    """The default database: SUIVI_DATABASE_URL, or SQLite in the data folder."""
    import dj_database_url

    url = os.environ.get(url_variable)
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(data_dir() / "suivi.sqlite3"),
            # Each request opens its connection, with an empty page cache: reading the file
            # through a memory map instead of read() calls halved the SQL time of a filtered
            # or searched list at 10,000 agreements (the OS keeps the pages between requests).
            "OPTIONS": {
                "timeout": 30,
                "transaction_mode": "IMMEDIATE",
                "init_command": f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}",
            },
        }
    try:
        config = dj_database_url.parse(url)
    except Exception:  # dj-database-url raises several kinds on a bad URL, in English
        # The address itself is not repeated: it may hold a password.
        raise ConfigError(
            _(
                "%(name)s n'est pas une adresse de base de données utilisable "
                "(par exemple postgresql://utilisateur@hôte:5432/base ou sqlite:////chemin/suivi.sqlite3)"
            )
            % {"name": url_variable}
        ) from None
    if config["ENGINE"] == "django.db.backends.postgresql":
        config.setdefault("OPTIONS", {})["connect_timeout"] = 5
    return config
