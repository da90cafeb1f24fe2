"""A secretariat prepares session 2 in a browser and reorders its agenda with htmx under the CSP."""

from datetime import date, timedelta

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_prepare_the_next_session_and_reorder_its_agenda(demo, browser):
    url, (username, password), _ = demo
    page = browser.new_page(locale="fr-FR")
    errors = []
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and "Failed to load resource" not in message.text  # the browser's own /favicon.ico
            and errors.append(message.text)
        ),
    )
    failed = []
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and not response.url.endswith("/favicon.ico")
            and failed.append(response.url)
        ),
    )
    page.goto(url)
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]:has-text('Se connecter')")
    page.wait_for_url(url)
    page.click("nav >> text=Commissions")
    page.click("text=russo-malienne")
    page.click("text=Préparer la prochaine session")
    assert page.input_value("#id_number") == "2"
    # 29 July 2025 + 6 months, unless that is past: then a month from today, never past.
    due = date(2026, 1, 29)
    expected = due if due >= date.today() else date.today() + timedelta(days=30)
    assert page.input_value("#id_start") == expected.isoformat()
    page.fill("#id_place", "Moscou")
    page.click("button[type=submit]:has-text('Enregistrer')")
    page.wait_for_url("**/sessions/2/")
    items = page.locator("ol.agenda > li strong")
    before = items.all_inner_texts()
    assert len(before) >= 2
    page.locator("ol.agenda > li").first.locator("button[aria-label=Descendre]").click()
    page.wait_for_function(
        "first => document.querySelector('ol.agenda > li strong').innerText !== first",
        arg=before[0],
    )
    after = items.all_inner_texts()
    assert after[:2] == [before[1], before[0]]
    page.reload()
    assert items.all_inner_texts() == after  # saved, not only shown
    page.locator("ol.agenda > li").first.locator("text=Modifier").click()
    page.fill("ol.agenda #id_title", "Point revu par le secrétariat")
    page.locator("ol.agenda button:has-text('Enregistrer')").click()
    page.wait_for_selector("ol.agenda > li strong:has-text('Point revu par le secrétariat')")
    page.reload()
    assert items.first.inner_text() == "Point revu par le secrétariat"
    assert errors == [] and failed == []
