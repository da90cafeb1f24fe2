"""Typed settings from the environment, failing fast on a bad value."""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

import platformdirs


class ConfigError(Exception):
    """A setting that cannot be used as given."""


def flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}")


def integer(name: str, default: int, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, not {value}")
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
        raise ConfigError(
            f"the data folder {path} is not writable ({error.strerror or error})"
        ) from None
    return path


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
        raise ConfigError(f"cannot read {path}: {error.strerror or error}") from None
    key = secrets.token_urlsafe(50)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(key)
    except FileExistsError:
        return path.read_text().strip()
    except OSError as error:
        raise ConfigError(
            f"the data folder {path.parent} is not writable ({error.strerror or error})"
        ) from None
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
    except Exception as error:  # dj-database-url raises several kinds on a bad URL
        raise ConfigError(f"{url_variable} is not a usable database URL: {error}") from None
    if config["ENGINE"] == "django.db.backends.postgresql":
        config.setdefault("OPTIONS", {})["connect_timeout"] = 5
    return config
