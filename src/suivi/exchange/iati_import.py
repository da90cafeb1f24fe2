"""Projects from an IATI activity file, each activity checked on its own, all or nothing.

The parser refuses DTDs and entities outright (no XML bomb expands, no external entity is
fetched) and caps the file's size. An activity this register exported itself (its
identifier is this register's publisher ref and a project id) changes that project; any
other becomes a new project.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _
from lxml import etree

from suivi.access.scope import editable, visible
from suivi.core.actor import acting_as
from suivi.exchange.iati import ACTIVITY_STATUS, dac_sectors
from suivi.exchange.imports import (
    Importer,
    ImportFailed,
    Outcome,
    Report,
    messages_of,
    unwritable,
)
from suivi.exchange.parsing import CellError
from suivi.exchange.sheets import MAX_FILE_BYTES
from suivi.exchange.tables import PROJECTS

STATUS_OF = {code: status for status, code in ACTIVITY_STATUS.items()} | {"3": "completed"}
AGREEMENT_LINK = re.compile(r"/agreements/(\d+)/?$")


def parse(path: Path) -> etree._ElementTree:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImportFailed(_("Le fichier dépasse %(mb)s Mo.") % {"mb": MAX_FILE_BYTES // 2**20})
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True
    )
    try:
        tree = etree.parse(str(path), parser)
    except (etree.XMLSyntaxError, OSError) as error:
        raise ImportFailed(_("XML illisible : %(error)s") % {"error": error}) from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise ImportFailed(_("Les fichiers IATI avec une DTD ou des entités sont refusés."))
    if tree.getroot().tag != "iati-activities":
        raise ImportFailed(_("Ce n'est pas un fichier d'activités IATI (iati-activities)."))
    return tree


def narrative(element) -> str:
    if element is None:
        return ""
    texts = [n.text or "" for n in element.findall("narrative")]
    return next((t.strip() for t in texts if t.strip()), "")


def import_iati(path: Path, user, *, dry_run: bool = False) -> Report:
    tree = parse(path)
    report = Report()
    importer = Importer(user)
    reverse_sectors: dict[str, str] = {}
    for sector, code in dac_sectors().items():
        if code:
            reverse_sectors.setdefault(code, sector)
    with transaction.atomic(), acting_as(user):
        for number, activity in enumerate(tree.getroot().iterfind("iati-activity"), start=1):
            identifier = (activity.findtext("iati-identifier") or "").strip()
            try:
                with transaction.atomic():
                    action, label = _activity(importer, activity, identifier, reverse_sectors)
            except (CellError, ValidationError) as error:
                report.add(
                    Outcome(
                        identifier or f"#{number}",
                        activity.sourceline or 0,
                        "refuse",
                        "",
                        messages_of(error),
                    )
                )
                continue
            report.add(Outcome(identifier, activity.sourceline or 0, action, label))
        try:
            importer.flush()
        except DatabaseError as error:
            raise ImportFailed(unwritable(error)) from None
        report.applied = not dry_run and not report.refused
        if not report.applied:
            transaction.set_rollback(True)
    return report


def _activity(importer: Importer, activity, identifier: str, reverse_sectors) -> tuple[str, str]:
    from suivi.agreements.models import Agreement
    from suivi.projects.models import Project

    title = narrative(activity.find("title"))
    if not title:
        raise CellError(_("Activité sans titre."))
    status_code = activity.find("activity-status")
    status = STATUS_OF.get(status_code.get("code") if status_code is not None else "")
    if status is None:
        raise CellError(_("Statut d'activité IATI manquant ou inconnu."))
    own = f"{settings.SUIVI_IATI_ORG_REF}-"
    project = None
    if identifier.startswith(own) and identifier[len(own) :].isdigit():
        project = editable(
            importer.user, Project.objects.filter(pk=int(identifier[len(own) :]))
        ).first()
    values = {
        "title": title,
        "description": narrative(activity.find("description")),
        "status": status,
    }
    dates = {d.get("type"): d.get("iso-date") for d in activity.findall("activity-date")}
    values["start"] = dates.get("2") or dates.get("1") or ""
    values["end"] = dates.get("4") or dates.get("3") or ""
    budget = activity.find("budget/value")
    if budget is not None:
        values["budget_amount"] = budget.text
        values["budget_currency"] = budget.get("currency") or activity.get("default-currency") or ""
    sectors = []
    for sector in activity.findall("sector"):
        if sector.get("vocabulary", "1") == "1" and sector.get("code") in reverse_sectors:
            sectors.append(reverse_sectors[sector.get("code")])
    values["sectors"] = "; ".join(sectors)
    agreements = []
    for link in activity.findall("document-link"):
        match = AGREEMENT_LINK.search(link.get("url") or "")
        if (
            match
            and visible(importer.user, Agreement.objects.filter(pk=int(match.group(1)))).exists()
        ):
            agreements.append(match.group(1))
    if agreements:
        values["agreements"] = "; ".join(agreements)
    elif project is None:
        raise CellError(_("L'activité ne renvoie à aucun accord de ce registre (document-link)."))
    if project is not None:
        values["id"] = project.pk
    return importer.row(PROJECTS, values)
