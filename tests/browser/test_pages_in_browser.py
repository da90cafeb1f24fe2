"""The main pages of the demo in French, English and Russian, screenshot and read like a user.

Screenshots are saved under `SUIVI_ARTIFACTS` (default: test-artifacts/screenshots) so a
person can look at them; the test fails on what a reader would call a defect: an ISO date,
a French word on an English or Russian page, a raw status code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser.conftest import ARTIFACTS, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
ISO_DATE = re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b")
# Words of the French interface that must not show through on the other languages' pages.
FRENCH = ["Accords", "Échéance", "Prochaine", "Statut", "Retour", "relire", "Rechercher", "Jalon"]
AXE = (ROOT / "tests" / "browser" / "vendor" / "axe.min.js").read_text(encoding="utf-8")
RAW_CODES = re.compile(r"\b(in_force|in_progress|never_met|on_time|in_force)\b")


def switch_language(page, language: str) -> None:
    page.select_option("#lang", language)
    page.click("header form button[type=submit]")
    page.wait_for_load_state()


def pages(page, url: str) -> list[tuple[str, str]]:
    """(name, address) of the main pages, the detail pages taken from the lists."""
    found = [
        ("home", url),
        ("agreements", url + "agreements/"),
        ("projects", url + "projects/"),
        ("commissions", url + "commissions/"),
        ("milestones", url + "projects/milestones/?state=late"),
        ("actions", url + "commissions/actions/?status=open_all"),
        ("claims", url + "sources/claims/"),
        ("parties", url + "parties/"),
        ("sources", url + "sources/"),
        ("calendar", url + "commissions/month/"),
    ]
    for name, listing, link in [
        ("agreement", "agreements/", "td a[href^='/agreements/']"),
        ("project", "projects/", "td a[href^='/projects/']"),
        ("commission", "commissions/", "td a[href^='/commissions/']"),
        ("claim", "sources/claims/", "td a[href^='/sources/claims/']"),
        ("party", "parties/", "td a[href^='/parties/']"),
    ]:
        page.goto(url + listing)
        href = page.locator(f"main {link}").first.get_attribute("href")
        found.append((name, url.rstrip("/") + href))
    page.goto(dict(found)["commission"])
    session = page.locator("main table a[href*='/sessions/']").first
    if session.count():
        found.append(("session", url.rstrip("/") + session.get_attribute("href")))
    return found


def test_main_pages_read_well_in_three_languages(demo, browser):
    url, (username, password), _output = demo
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(locale="fr-FR", viewport={"width": 1280, "height": 900})
    sign_in(page, url, username, password)
    addresses = pages(page, url)
    defects = []
    for language in ("fr", "en", "ru"):
        page.goto(url)
        switch_language(page, language)
        for name, address in addresses:
            response = page.goto(address)
            assert response.status == 200, address
            page.screenshot(path=str(ARTIFACTS / f"{name}-{language}.png"), full_page=True)
            text = page.inner_text("main")
            if ISO_DATE.search(text):
                defects.append((language, name, "ISO date", ISO_DATE.search(text).group()))
            if RAW_CODES.search(text):
                defects.append((language, name, "raw code", RAW_CODES.search(text).group()))
            if language != "fr":
                chrome = page.inner_text("header") + text
                words = [w for w in FRENCH if re.search(rf"\b{w}\b", chrome)]
                if words:
                    defects.append((language, name, "French words", words))
    assert not defects, "\n".join(map(str, defects))


@pytest.mark.parametrize("language", ["fr", "en", "ru"])
def test_main_pages_at_390_pixels_fit_and_pass_axe(demo, browser, language):
    """On a phone, in each language: no sideways scroll (Russian words are longer), and
    axe-core finds no serious or critical violation (axe-core is vendored under
    tests/browser/vendor, never served by suivi)."""
    url, (username, password), _output = demo
    # The page's CSP forbids injected scripts, rightly: the test browser sets it aside.
    page = browser.new_page(locale="fr-FR", viewport={"width": 390, "height": 844}, bypass_csp=True)
    sign_in(page, url, username, password)
    switch_language(page, language)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    print(f"screenshots in {ARTIFACTS}")
    problems = []
    for name, address in pages(page, url):
        page.goto(address)
        assert page.evaluate("document.documentElement.lang").startswith(language)
        page.screenshot(path=str(ARTIFACTS / f"{name}-{language}-390.png"), full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 391:
            problems.append((name, "sideways scroll", width))
        page.evaluate(AXE)
        violations = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
            ".filter(v => ['serious', 'critical'].includes(v.impact))"
            ".map(v => [v.id, v.nodes.slice(0, 3).map(n => n.target.join(' '))])"
        )
        problems += [(name, *violation) for violation in violations]
    assert not problems, "\n".join(map(str, problems))
