"""The layout in every language, on a desk and on a phone: planned rows, no word left alone.

Russian labels are long: a header left to wrap by chance put "Выйти" alone on a line at 390
pixels and pushed the language switch under the navigation at 1280; a budget that never
wrapped left the project titles beside it one letter a line.
"""

from __future__ import annotations

import pytest

from tests.browser.test_pages_in_browser import sign_in, switch_language

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("width", [1280, 390])
def test_the_account_row_holds_together_and_the_navigation_sits_below(demo, browser, width):
    url, (username, password), _output = demo
    page = browser.new_page(locale="fr-FR", viewport={"width": width, "height": 900})
    sign_in(page, url, username, password)
    for language in ("fr", "en", "ru"):
        page.goto(url)
        switch_language(page, language)
        page.goto(url + "sources/1/")  # a source page: its long fingerprint must wrap too
        language_switch = box(page, "#lang")
        sign_out = box(page, "header .who button.link")
        navigation = box(page, "header nav")
        assert abs(sign_out["y"] - language_switch["y"]) < language_switch["height"], language
        assert navigation["y"] >= language_switch["y"] + language_switch["height"], language
        width_used = page.evaluate("document.documentElement.scrollWidth")
        assert width_used <= width + 1, (language, width_used)


def test_russian_lists_and_sessions_fit_a_phone(demo, browser):
    url, (username, password), _output = demo
    page = browser.new_page(locale="fr-FR", viewport={"width": 390, "height": 844})
    sign_in(page, url, username, password)
    page.goto(url)
    switch_language(page, "ru")
    page.goto(url + "agreements/1/")
    when = page.locator("main table.history tbody td").first
    assert when.bounding_box()["height"] < 30  # "02.12.2026 04:43" on one line, not 02.1|2.20|26
    for address in ("projects/", "commissions/1/", "commissions/1/sessions/1/"):
        page.goto(url + address)
        assert page.evaluate("document.documentElement.scrollWidth") <= 391, address
    # The held session has no decision: its empty list is a sentence, not "1. Решений нет."
    empty = page.locator("main ol > li.muted").first
    assert empty.evaluate("e => getComputedStyle(e).listStyleType") == "none"
    page.goto(url + "projects/")
    title = page.locator("main table tbody tr td").first.bounding_box()
    assert title["width"] >= 50  # a title column, not a column of single letters
