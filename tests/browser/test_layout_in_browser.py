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


# For each list-table cell: its words, and the lines its text takes (its text nodes' boxes,
# tops closer than 8 px counted as one line: a badge's box sits a little above its text).
CELLS = """() => [...document.querySelectorAll(
    'main table:not(.month):not(.history):not(.exports) > tbody > tr > td')].map(td => {
  const text = td.innerText.trim();
  const tops = [];
  const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(walker.currentNode);
    for (const rect of range.getClientRects()) if (rect.width > 0) tops.push(rect.top);
  }
  tops.sort((a, b) => a - b);
  const lines = tops.filter((top, i) => i === 0 || top - tops[i - 1] > 8).length;
  return {text, words: text ? text.split(/\\s+/).length : 0, lines, label: td.dataset.label || "",
          display: getComputedStyle(td).display, colspan: td.colSpan};
})"""


@pytest.mark.parametrize("language", ["fr", "en", "ru"])
def test_list_tables_become_cards_on_a_phone_with_whole_words(demo, browser, language):
    """At 390 px a row is a card: each cell under its column's name, no word cut, no sideways
    scroll ("5 mar s 202 3" was a date squeezed into a seven-column row)."""
    url, (username, password), _output = demo
    page = browser.new_page(locale="fr-FR", viewport={"width": 390, "height": 844})
    sign_in(page, url, username, password)
    switch_language(page, language)
    addresses = [
        "",
        "agreements/",
        "projects/",
        "parties/",
        "sources/",
        "sources/claims/?status=",
        "commissions/",
        "commissions/1/",
        "commissions/sessions/",
        "commissions/actions/?status=open_all",
        "projects/milestones/",
        "projects/1/",
    ]
    for address in addresses:
        page.goto(url + address)
        assert page.evaluate("document.documentElement.scrollWidth") <= 391, address
        cells = [c for c in page.evaluate(CELLS) if c["text"]]
        assert cells, address
        for cell in cells:
            assert cell["display"] != "table-cell", (address, cell)
            assert cell["lines"] <= cell["words"], (address, cell)  # no word broken in two
            if cell["colspan"] == 1:
                assert cell["label"], (address, cell)  # the column's name beside the value
    page.goto(url + "agreements/")
    first = page.locator("main table tbody tr").first
    assert first.evaluate("e => getComputedStyle(e).display") == "block"
    assert page.locator("main table tbody td[data-label]").count() >= 5
