"""The first README command as a new user lives it: `suivi demo`, then sign in with a browser."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_demo_prints_where_and_how_to_log_in_and_the_admin_can(demo_command, browser):
    url, (username, password), output = demo_command
    assert url in output
    page = browser.new_page(locale="fr-FR")
    page.goto(url)
    assert "/login/" in page.url
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]:has-text('Se connecter')")
    page.wait_for_url(url)
    assert page.locator("h1").inner_text() == "Ce qui m'attend"
    assert "russo-malienne" in page.content()  # the overdue commission, on the home page
    # Each click starts a navigation: `expect` waits for the new page, a bare count would not.
    page.click("nav >> text=Accords")
    expect(page.locator("main table tbody tr").first).to_be_visible()
    page.click("nav >> text=Commissions")
    expect(page.locator("main")).to_contain_text("russo-malienne")
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.reload()
    assert errors == []  # the strict CSP blocks nothing the pages need
