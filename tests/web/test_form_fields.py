"""Every form field is drawn with its label, help and errors together, tied to its input."""

from __future__ import annotations

import lxml.html
import pytest
from django.urls import reverse

from suivi.projects.models import Project

pytestmark = pytest.mark.django_db


def unlabelled(page: str) -> list[str]:
    """Inputs of the page's main forms that no label names (by `for`, by wrapping, or a
    group's legend)."""
    tree = lxml.html.fromstring(page)
    named = {label.get("for") for label in tree.iter("label") if label.get("for")}
    missing = []
    inputs = tree.xpath(
        "//main//form[not(@role)]//*[self::input or self::select or self::textarea]"
    )
    assert len(inputs) > 3
    for element in inputs:
        if element.get("type") in {"hidden", "submit", "button"}:
            continue
        wrapped = any(parent.tag == "label" for parent in element.iterancestors())
        if element.get("id") in named or wrapped or element.get("aria-label"):
            continue
        missing.append(element.get("name"))
    return missing


@pytest.mark.parametrize(
    "address",
    ["agreements:create", "projects:create", "commissions:create", "parties:create"],
)
def test_every_input_of_an_edit_form_has_a_label(admin_client, address):
    page = admin_client.get(reverse(address)).content.decode()
    assert 'class="field' in page
    assert unlabelled(page) == []


def test_an_error_sits_with_its_field_and_is_announced_with_it(admin_client):
    Project.objects.create(title="x")
    sent = {"title": "", "status": "ongoing", "confidentiality": "public", "budget_amount": "x"}
    page = admin_client.post(reverse("projects:create"), sent).content.decode()
    tree = lxml.html.fromstring(page)
    (title,) = tree.xpath('//input[@name="title"]')
    assert title.get("aria-invalid") == "true"
    assert "id_title_error" in title.get("aria-describedby", "").split()
    group = title.getparent()
    assert "invalid" in group.get("class")
    assert group.xpath('.//label[@for="id_title"]') and group.xpath('.//ul[@id="id_title_error"]')
    (currency,) = tree.xpath('//select[@name="budget_currency"]')
    assert "id_budget_currency_helptext" in currency.get("aria-describedby", "")
    assert tree.xpath('//*[@id="id_budget_currency_helptext"]')
