"""Projects as IATI 2.03 activities, streamed with lxml and valid against the IATI schema.

Codes come from the IATI codelists: activity status, activity date types, organisation
roles and types, OECD DAC 5-digit sectors (`dac_sectors.json`, kept as data), document
category A09 for the agreement a project implements.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import IO

from django.conf import settings
from django.utils import timezone, translation
from lxml import etree

from suivi.exchange.tables import PROJECTS

IATI_VERSION = "2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# suivi project status -> IATI ActivityStatus
ACTIVITY_STATUS = {
    "planned": "1",
    "ongoing": "2",
    "suspended": "6",
    "completed": "4",
    "cancelled": "5",
}
STARTED = {"ongoing", "suspended", "completed"}
# suivi party kind -> IATI OrganisationType
ORGANISATION_TYPE = {"state": "10", "ministry": "10", "organisation": "40", "company": "70"}
ROLE_ACCOUNTABLE, ROLE_IMPLEMENTING = "2", "4"
AGREEMENT_DOCUMENT = "A09"  # Memorandum of understanding (if agreed by all parties)


@cache
def dac_sectors() -> dict[str, str | None]:
    """suivi sector code -> DAC purpose code, or None where no purpose code fits."""
    text = resources.files("suivi.exchange").joinpath("dac_sectors.json").read_text("utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


@dataclass(frozen=True)
class Reporter:
    """The organisation that publishes the file; its ref prefixes every activity id."""

    ref: str
    name: str
    type: str = "10"
    base_url: str = ""

    @classmethod
    def from_settings(cls, base_url: str = "") -> Reporter:
        """The publisher the settings name; links point to `base_url` (else SUIVI_BASE_URL)."""
        return cls(
            ref=settings.SUIVI_IATI_ORG_REF,
            name=settings.SUIVI_IATI_ORG_NAME,
            base_url=(base_url or settings.SUIVI_BASE_URL).rstrip("/"),
        )


@dataclass
class Report:
    activities: int = 0
    skipped: list[str] = field(default_factory=list)


def _narrative(parent: etree._Element, tag: str, text: str, lang: str | None = None):
    element = etree.SubElement(parent, tag)
    narrative = etree.SubElement(element, "narrative")
    if lang:
        narrative.set(XML_LANG, lang)
    narrative.text = _xml_text(text)
    return element


def _xml_text(text: str) -> str:
    """Drop the characters XML 1.0 forbids (control characters other than tab and newlines)."""
    return "".join(c for c in text if c in "\t\n\r" or (c >= " " and c not in "\ufffe\uffff"))


def _date(parent: etree._Element, kind: str, day: date) -> None:
    etree.SubElement(parent, "activity-date", type=kind, **{"iso-date": day.isoformat()})


def _start(project) -> date | None:
    """The project's start, else the signature of the first agreement it implements."""
    if project.start:
        return project.start
    signed = [a.signed_on for a in project.agreements.all() if a.signed_on]
    return min(signed) if signed else None


def activity(project, reporter: Reporter, lang: str) -> etree._Element | None:
    """One `iati-activity`, or None when the project has no date at all (IATI needs one)."""
    start = _start(project)
    if start is None:
        return None
    today = timezone.localdate()
    attributes = {"last-updated-datetime": timezone.now().replace(microsecond=0).isoformat()}
    if project.budget_currency:
        attributes["default-currency"] = project.budget_currency
    element = etree.Element("iati-activity", **attributes)
    element.set(XML_LANG, lang)
    etree.SubElement(element, "iati-identifier").text = f"{reporter.ref}-{project.pk}"
    reporting = etree.SubElement(element, "reporting-org", ref=reporter.ref, type=reporter.type)
    etree.SubElement(reporting, "narrative").text = _xml_text(reporter.name)
    _narrative(element, "title", project.title)
    _narrative(element, "description", project.description or project.title).set("type", "1")
    parties = {}
    for agreement in project.agreements.all():
        for party in agreement.parties.all():
            parties.setdefault(party.pk, party)
    for party in parties.values():
        _organisation(element, party, ROLE_ACCOUNTABLE)
    for lead in project.leads.all():
        _organisation(element, lead.agency, ROLE_IMPLEMENTING)
    if not parties and not project.leads.all():
        _organisation(element, None, ROLE_ACCOUNTABLE, reporter.name)
    etree.SubElement(element, "activity-status", code=ACTIVITY_STATUS[project.status])
    started = project.status in STARTED and start <= today
    _date(element, "2" if started else "1", start)
    if project.end:
        ended = project.status == "completed" and project.end <= today
        _date(element, "4" if ended else "3", project.end)
    _sectors(element, project)
    if project.budget_amount is not None and project.budget_currency:
        _budget(element, project, start)
    for agreement in project.agreements.all():
        _document(element, agreement, reporter)
    return element


def _organisation(parent, party, role: str, name: str = "") -> None:
    attributes = {"role": role}
    if party is not None:
        attributes["type"] = ORGANISATION_TYPE.get(party.kind, "90")
    element = etree.SubElement(parent, "participating-org", **attributes)
    etree.SubElement(element, "narrative").text = _xml_text(str(party) if party else name)


def _sectors(parent, project) -> None:
    """DAC sectors with percentages that add up to exactly 100, as IATI's rules ask."""
    mapping = dac_sectors()
    found = sorted({mapping.get(s.code) for s in project.sectors.all()} - {None})
    if not found:
        return
    share = (Decimal(100) / len(found)).quantize(Decimal("0.01"))
    for index, code in enumerate(found):
        percentage = share if index else Decimal(100) - share * (len(found) - 1)
        attributes = {"vocabulary": "1", "code": code}
        if len(found) > 1:
            attributes["percentage"] = str(percentage)
        etree.SubElement(parent, "sector", **attributes)


def _budget(parent, project, start: date) -> None:
    """The whole budget over the project's life (suivi keeps no yearly breakdown)."""
    end = project.end or start
    budget = etree.SubElement(parent, "budget", type="1", status="1")
    etree.SubElement(budget, "period-start", **{"iso-date": start.isoformat()})
    etree.SubElement(budget, "period-end", **{"iso-date": end.isoformat()})
    value = etree.SubElement(
        budget,
        "value",
        currency=project.budget_currency,
        **{"value-date": start.isoformat()},
    )
    value.text = str(project.budget_amount)


def _document(parent, agreement, reporter: Reporter) -> None:
    url = f"{reporter.base_url}/agreements/{agreement.pk}/"
    if not url.startswith("http"):
        url = f"https://suivi.invalid{url}"
    link = etree.SubElement(parent, "document-link", format="text/html", url=url)
    _narrative(link, "title", str(agreement))
    etree.SubElement(link, "category", code=AGREEMENT_DOCUMENT)
    if agreement.signed_on:
        etree.SubElement(link, "document-date", **{"iso-date": agreement.signed_on.isoformat()})


def project_rows(user, queryset=None):
    """Projects the user may see, with what an activity names (agreements' parties scoped)."""
    from django.db.models import Prefetch

    from suivi.access.scope import visible
    from suivi.agreements.models import Agreement

    agreements = visible(user, Agreement.objects.order_by("pk")).prefetch_related("parties")
    return (
        PROJECTS.rows(user, queryset)
        .prefetch_related(None)
        .prefetch_related(
            Prefetch("agreements", queryset=agreements),
            "sectors",
            "leads__agency",
        )
    )


def write_iati(projects: Iterator, out: IO[bytes], reporter: Reporter | None = None) -> Report:
    """Write an `iati-activities` file; projects without any date are skipped and reported."""
    reporter = reporter or Reporter.from_settings()
    lang = (translation.get_language() or "fr")[:2]
    report = Report()
    generated = timezone.now().replace(microsecond=0).isoformat()
    with etree.xmlfile(out, encoding="utf-8") as xml:
        xml.write_declaration()
        with xml.element(
            "iati-activities", version=IATI_VERSION, **{"generated-datetime": generated}
        ):
            for project in projects:
                element = activity(project, reporter, lang)
                if element is None:
                    report.skipped.append(project.title)
                    continue
                xml.write(element)
                report.activities += 1
    return report
