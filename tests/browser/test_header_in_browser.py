"""The header in every language, on a desk and on a phone: planned rows, no word left alone.

Russian labels are long: a header left to wrap by chance put "Выйти" alone on a line at 390
pixels and pushed the language switch under the navigation at 1280.
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
