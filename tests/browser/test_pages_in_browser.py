"""The main pages of the demo in French, English and Russian, screenshot and read like a user.

Screenshots are saved under `SUIVI_ARTIFACTS` (default: test-artifacts/screenshots) so a
person can look at them; the test fails on what a reader would call a defect: an ISO date,
a French word on an English or Russian page, a raw status code.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("SUIVI_ARTIFACTS", ROOT / "test-artifacts")) / "screenshots"
ISO_DATE = re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b")
# Words of the French interface that must not show through on the other languages' pages.
FRENCH = ["Accords", "Échéance", "Prochaine", "Statut", "Retour", "relire", "Rechercher", "Jalon"]
RAW_CODES = re.compile(r"\b(in_force|in_progress|never_met|on_time|in_force)\b")


def sign_in(page, url: str, username: str, password: str) -> None:
    page.goto(url)
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("main button[type=submit]")
    page.wait_for_url(url)


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
    ]
    for name, listing, link in [
        ("agreement", "agreements/", "a[href^='/agreements/']"),
        ("project", "projects/", "td a[href^='/projects/']"),
        ("commission", "commissions/", "td a[href^='/commissions/']"),
        ("claim", "sources/claims/", "td a[href^='/sources/claims/']"),
    ]:
        page.goto(url + listing)
        href = page.locator(f"main {link}").first.get_attribute("href")
        found.append((name, url.rstrip("/") + href))
    page.goto(found[-2][1])
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


def test_the_home_page_is_usable_at_390_pixels(demo, browser):
    url, (username, password), _output = demo
    page = browser.new_page(locale="ru-RU", viewport={"width": 390, "height": 844})
    sign_in(page, url, username, password)
    switch_language(page, "ru")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home-ru-390.png"), full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1  # nothing forces a sideways scroll
