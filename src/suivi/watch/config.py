"""`suivi watch --config FILE.toml`: the run's limits and the sources a file declares.

Read with tomllib and checked before anything runs, so a typo is one line naming the key,
not a half-done run.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit

KINDS = ("feed", "sitemap")
SOURCE_KEYS = {"url": str, "kind": str, "name": str, "enabled": bool, "rate_limit": int}


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass
class Settings:
    """How one run behaves; every limit bounds what one source or page may cost."""

    interval: int = 900  # seconds between two runs without --once
    timeout: float = 20.0  # seconds for one page, headers and body
    max_page_bytes: int = 5_000_000  # an article page
    max_feed_bytes: int = 50_000_000  # a feed or a sitemap (the sitemap protocol's own cap)
    max_entries: int = 10_000  # entries read from one feed or sitemap
    max_new: int = 50  # new articles fetched per source and run; the rest on the next runs
    max_attempts: int = 3  # an article that failed is tried again this many times in all
    contact: str = ""  # put in the User-Agent, for webmasters
    sources: list[dict] = field(default_factory=list)


def load(path: str | Path | None) -> Settings:
    """The settings of `path` (defaults without one)."""
    if path is None:
        return Settings()
    try:
        with open(path, "rb") as stream:
            data = tomllib.load(stream)
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: {error}") from None
    return parse(data, str(path))


def parse(data: dict, name: str = "config") -> Settings:
    unknown = set(data) - {"watch", "source"}
    if unknown:
        raise ConfigError(f"{name}: unknown section {sorted(unknown)[0]!r} (watch, source)")
    settings = Settings()
    types = {f.name: f.type for f in fields(Settings) if f.name != "sources"}
    for key, value in (data.get("watch") or {}).items():
        if key not in types:
            raise ConfigError(f"{name}: [watch] has no setting {key!r} ({', '.join(types)})")
        wanted = float if types[key] == "float" else str if types[key] == "str" else int
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise ConfigError(f"{name}: [watch] {key} must be a {wanted.__name__}")
        if wanted is str and not isinstance(value, str):
            raise ConfigError(f"{name}: [watch] {key} must be a text")
        if wanted is not str and (not isinstance(value, int | float) or value <= 0):
            raise ConfigError(f"{name}: [watch] {key} must be a positive number")
        if wanted is int and not isinstance(value, int):
            raise ConfigError(f"{name}: [watch] {key} must be a whole number")
        setattr(settings, key, value)
    sources = data.get("source") or []
    if not isinstance(sources, list):
        raise ConfigError(f"{name}: write each source as [[source]]")
    settings.sources = [_source(item, f"{name}: source {n}") for n, item in enumerate(sources, 1)]
    return settings


def _source(item, where: str) -> dict:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: write it as [[source]] with url = ...")
    for key, value in item.items():
        wanted = SOURCE_KEYS.get(key)
        if wanted is None:
            raise ConfigError(f"{where}: unknown key {key!r} ({', '.join(SOURCE_KEYS)})")
        if not isinstance(value, wanted) or (wanted is int and isinstance(value, bool)):
            raise ConfigError(f"{where}: {key} must be a {wanted.__name__}")
    url = item.get("url", "")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{where}: url must be an http(s) address, not {url!r}")
    if item.get("kind", "feed") not in KINDS:
        raise ConfigError(f"{where}: kind must be one of {', '.join(KINDS)}")
    if item.get("rate_limit", 0) < 0:
        raise ConfigError(f"{where}: rate_limit must be 0 or more seconds")
    return {"kind": "feed", **item}
