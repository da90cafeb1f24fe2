"""The API's interactive docs render offline under the app's strict CSP (no CDN, no inline script)."""

from __future__ import annotations

import os

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_v1_docs_render_from_the_apps_own_files(demo, browser, tmp_path):
    url, _login, _output = demo
    page = browser.new_page()
    refused, foreign = [], []
    page.on("console", lambda m: refused.append(m.text) if "Content Security" in m.text else None)
    page.on(
        "request",
        lambda r: foreign.append(r.url) if not r.url.startswith(url.rstrip("/")) else None,
    )
    page.goto(url + "api/v1/docs")
    page.wait_for_selector(".opblock", timeout=30_000)
    assert page.locator(".opblock").count() > 50  # every operation, grouped by record type
    assert page.get_by_text("/api/v1/agreements/").first.is_visible()
    if os.environ.get("SUIVI_SCREENSHOTS"):
        page.screenshot(path=os.environ["SUIVI_SCREENSHOTS"] + "/api-v1-docs.png", full_page=False)
    assert not refused, refused
    assert not foreign, foreign
