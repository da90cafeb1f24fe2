"""A reviewer corrects a claim with the pickers (htmx suggestions under the CSP) and accepts it."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_correct_a_claim_with_the_widgets_then_accept_it(demo, browser):
    url, (username, password), _ = demo
    page = browser.new_page(locale="fr-FR")
    errors = []
    page.on(
        "console",
        # The refused form answers 400 on purpose: the browser logs it as a failed resource.
        lambda m: (
            m.type == "error" and "Failed to load resource" not in m.text and errors.append(m.text)
        ),
    )
    page.goto(url)
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]:has-text('Se connecter')")
    page.wait_for_url(url)
    page.goto(url + "sources/claims/?status=pending&kind=agreement")
    links = page.locator("main a").evaluate_all("links => links.map(a => a.href)")
    claim_url = next(link for link in links if re.search(r"/sources/claims/\d+/$", link))
    page.goto(claim_url)
    page.click("summary:has-text('Modifier puis accepter')")
    form = page.locator("form:has(input[name=edit])")
    # Choices by their French labels, not codes.
    form.locator("select[name=kind]").select_option(label="Mémorandum d'entente")
    form.locator("input[name=title]").fill("Mémorandum sur la coopération hospitalière")
    form.locator("label:has-text('Éducation et formation') input").check()
    # A party found by typing a few letters without accents, added through htmx.
    form.locator("input[name=parties__add]").press_sequentially("guinee", delay=40)
    form.get_by_role("button", name="+ Guinée", exact=True).click()
    form.locator("input[name=parties][value=GIN]").wait_for()
    assert form.locator("input[name=parties__add]").input_value() == ""
    form.locator("input[name=date]").fill("31/02/2024")  # no such day: the form says so
    form.locator("button:has-text('Enregistrer et accepter')").click()
    expect(page.locator(".errorlist").first).to_be_visible()
    form = page.locator("form:has(input[name=edit])")
    assert (
        form.locator("input[name=title]").input_value()
        == "Mémorandum sur la coopération hospitalière"
    )
    assert form.locator("input[name=parties][value=GIN]").is_checked()  # the edits are kept
    form.locator("input[name=date]").fill("12/03/2024")
    form.locator("button:has-text('Enregistrer et accepter')").click()
    page.wait_for_load_state()
    assert page.url != claim_url and "Constat accepté" in page.content()
    page.goto(url + "agreements/?q=memorandum hospitaliere")
    page.click("text=Mémorandum sur la coopération hospitalière")
    facts = page.locator("dl.facts").inner_text()
    assert "Mémorandum d'entente" in facts and "Guinée" in facts
    assert "Éducation et formation" in facts and "12 mars 2024" in facts
    assert not errors, errors
