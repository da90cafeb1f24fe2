"""IATI 2.03 activity files: valid against the schema, codes from the codelists, scoped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from lxml import etree

from suivi.core.vocabularies import SECTORS
from suivi.exchange import exports, iati

IATI = Path(__file__).resolve().parents[2].parent / "shared" / "iati"


@pytest.fixture(scope="module")
def schema():
    if not IATI.is_dir():
        pytest.skip("../shared/iati is not beside the checkout")
    return etree.XMLSchema(etree.parse(str(IATI / "iati-activities-schema.xsd")))


def codes(codelist: str) -> set[str]:
    tree = etree.parse(str(IATI / "codelists" / f"{codelist}.xml"))
    return {item.findtext("code") for item in tree.iter("codelist-item")}


def export(user) -> etree._ElementTree:
    out = io.BytesIO()
    exports.write("iati", out, user)
    return etree.parse(io.BytesIO(out.getvalue()))


def test_every_sector_has_a_dac_code_or_an_explicit_none(schema):
    mapping = iati.dac_sectors()
    assert set(mapping) == set(SECTORS)
    assert {code for code in mapping.values() if code} <= codes("Sector")


@pytest.mark.django_db
def test_export_validates_and_uses_codelists(schema, register):
    tree = export(register.rus)
    assert schema.validate(tree), schema.error_log
    activities = tree.findall("iati-activity")
    assert len(activities) == 2
    assert {a.get("code") for a in tree.iter("activity-status")} <= codes("ActivityStatus")
    assert {d.get("type") for d in tree.iter("activity-date")} <= codes("ActivityDateType")
    assert {o.get("role") for o in tree.iter("participating-org")} <= codes("OrganisationRole")
    assert {c.get("code") for c in tree.iter("category")} <= codes("DocumentCategory")
    project = next(
        a for a in activities if a.findtext("iati-identifier").endswith(f"-{register.project.pk}")
    )
    sectors = project.findall("sector")
    assert sorted(s.get("code") for s in sectors) == ["11110", "23110"]  # defence maps to none
    assert sum(float(s.get("percentage")) for s in sectors) == 100
    value = project.find("budget/value")
    assert value.get("currency") == "XOF" and value.text == "120000000000.50"
    assert project.find("activity-date[@type='2']").get("iso-date") == "2025-09-01"
    implementing = project.find("participating-org[@role='4']/narrative").text
    assert implementing == str(register.party_b)
    assert len(project.findall("document-link")) == 2


@pytest.mark.django_db
def test_export_holds_only_what_the_user_may_see(schema, register):
    tree = export(register.mli)
    assert schema.validate(tree), schema.error_log
    text = etree.tostring(tree, encoding="unicode")
    assert "HIDDENMARKER" not in text
    assert len(tree.findall("iati-activity")) == 1
    assert len(tree.findall("iati-activity/document-link")) == 1


@pytest.mark.django_db
def test_a_project_without_any_date_is_reported_not_exported(schema, register):
    from suivi.projects.models import Project

    Project.objects.create(title="Sans date")
    out = io.BytesIO()
    report = exports.write("iati", out, register.rus)
    assert report.skipped == ["Sans date"]
    assert schema.validate(etree.parse(io.BytesIO(out.getvalue())))


@pytest.mark.django_db
def test_control_characters_do_not_break_the_file(schema, register):
    register.project.description = "Bonjour\x0b le\x1f monde"
    register.project.save()
    assert schema.validate(export(register.rus))


@pytest.mark.django_db
def test_project_list_offers_iati(client, register, schema):
    client.force_login(register.mli)
    response = client.get("/projects/", {"export": "iati"})
    assert response.status_code == 200
    tree = etree.parse(io.BytesIO(b"".join(response.streaming_content)))
    assert schema.validate(tree), schema.error_log
    link = tree.find("iati-activity/document-link").get("url")
    assert link == f"http://testserver/agreements/{register.public.pk}/"
