"""The configuration file and the politeness rules that need no web site."""

from __future__ import annotations

import pytest

from suivi.watch import config
from suivi.watch.fetch import Fetcher


def test_a_toml_file_gives_limits_and_sources(tmp_path):
    path = tmp_path / "watch.toml"
    path.write_text(
        '[watch]\ninterval = 600\ntimeout = 5.5\ncontact = "veille@example.org"\n\n'
        '[[source]]\nurl = "https://presse.example.org/rss"\nname = "Presse"\n\n'
        '[[source]]\nurl = "https://presse.example.org/sitemap.xml"\nkind = "sitemap"\n'
        "rate_limit = 10\nenabled = false\n",
        encoding="utf-8",
    )
    settings = config.load(path)
    assert (settings.interval, settings.timeout, settings.contact) == (
        600,
        5.5,
        "veille@example.org",
    )
    assert [s["kind"] for s in settings.sources] == ["feed", "sitemap"]
    assert settings.sources[1]["enabled"] is False


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[watch]\ninterval = -1\n", "interval must be a positive number"),
        ("[watch]\nspeed = 3\n", "has no setting 'speed'"),
        ('[[source]]\nurl = "ftp://x.example/"\n', "url must be an http(s) address"),
        ('[[source]]\nurl = "https://x.example/"\nkind = "blog"\n', "kind must be one of"),
        ('[[source]]\nurl = "https://x.example/"\nrate = 3\n', "unknown key 'rate'"),
        ("[watch\n", "watch.toml"),
    ],
)
def test_a_wrong_file_is_one_clear_line(tmp_path, text, says):
    path = tmp_path / "watch.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(config.ConfigError, match=says.replace("(", r"\(").replace(")", r"\)")):
        config.load(path)


def test_two_requests_to_one_site_are_spaced_by_its_rate_limit():
    now = [100.0]
    pauses: list[float] = []
    fetcher = Fetcher(
        clock=lambda: now[0], sleep=lambda s: (pauses.append(s), now.__setitem__(0, now[0] + s))
    )
    fetcher._robots["site.example"] = None  # no robots.txt to ask for
    fetcher._last["site.example"] = 99.0
    fetcher._wait("site.example", 5)
    fetcher._wait("other.example", 5)
    assert pauses == [4.0]
    fetcher.close()
