"""The first README command as a new user lives it: `suivi demo`, then sign in with a browser."""

import pytest

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
    page.click("nav >> text=Accords")
    assert page.locator("table tbody tr").count() >= 1
    page.click("nav >> text=Commissions")
    assert "russo-malienne" in page.content()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.reload()
    assert errors == []  # the strict CSP blocks nothing the pages need
