"""Agreements, projects and milestones from a secretariat's spreadsheet, all or nothing.

Columns are recognised by their machine name or their label in French, English or Russian
(an export reads back as it was written), or through a mapping file. Each row becomes a
creation, a change, "unchanged", or a refusal with its errors; the import runs in one
transaction that is rolled back on a dry run or when any row is refused, so a file is never
imported half-way. A row's `id` names a record of this register to change; ids the
register does not hold are the file's own, and other rows of the same file may refer to
them (a project's agreements, a milestone's project).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils import translation
from django.utils.translation import gettext as _

from suivi.access.scope import access_of, editable, visible
from suivi.core.actor import acting_as
from suivi.exchange import parsing
from suivi.exchange.bulk import Batch
from suivi.exchange.parsing import CellError, folded
from suivi.exchange.sheets import Formula, Sheet, SheetError, open_sheets
from suivi.exchange.tables import AGREEMENTS, MILESTONES, PROJECTS, TABLES, Table

KEPT_OUTCOMES = 1000  # rows whose outcome is kept for a listing; all are counted
IMPORTED = (AGREEMENTS, PROJECTS, MILESTONES)  # in the order rows may refer to each other
REQUIRED = {"agreements": ("kind",), "projects": ("title",), "milestones": ("title", "due")}


class ImportFailed(ValueError):
    """The file as a whole cannot be imported (not a spreadsheet, a bad mapping)."""


@dataclass
class Outcome:
    sheet: str
    line: int
    action: str  # create | change | same | refuse
    label: str = ""
    errors: list[str] = field(default_factory=list)


@dataclass
class Report:
    """Counts of every action, every refused row, and the first rows' outcomes (a dry run
    lists them): memory stays flat in the length of the file."""

    outcomes: list[Outcome] = field(default_factory=list)
    refused: list[Outcome] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    applied: bool = False

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.action] = self.counts.get(outcome.action, 0) + 1
        if outcome.action == "refuse":
            self.refused.append(outcome)
        if len(self.outcomes) < KEPT_OUTCOMES:
            self.outcomes.append(outcome)

    def count(self, action: str) -> int:
        return self.counts.get(action, 0)


def header_names(table: Table) -> dict[str, str]:
    """folded header -> machine name, for the machine names and the labels in fr/en/ru."""
    names = {}
    for column in table.columns:
        names[folded(column.name)] = column.name
        for language in parsing.LANGUAGES:
            with translation.override(language):
                names.setdefault(folded(str(column.label)), column.name)
    return names


def read_mapping(path: Path | None) -> dict[str, str]:
    """A JSON object {"header in the file": "machine name"}."""
    if path is None:
        return {}
    try:
        mapping = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportFailed(
            _("Fichier de correspondance illisible : %(error)s") % {"error": error}
        ) from None
    known = {column.name for table in IMPORTED for column in table.columns}
    if not isinstance(mapping, dict) or not all(
        isinstance(k, str) and v in known for k, v in mapping.items()
    ):
        raise ImportFailed(
            _("La correspondance associe des en-têtes à des colonnes connues : %(names)s")
            % {"names": ", ".join(sorted(known))}
        )
    return {folded(k): v for k, v in mapping.items()}


def table_of(sheet: Sheet, mapping: dict[str, str], wanted: str | None) -> Table | None:
    """The table a sheet holds: as asked, else by the sheet's name, else by its headers."""
    if wanted:
        return TABLES[wanted]
    for table in IMPORTED:
        names = {folded(table.name)} | {
            folded(_label_in(table, language)) for language in parsing.LANGUAGES
        }
        if folded(sheet.name) in names:
            return table

    def score(table: Table) -> int:
        names = header_names(table)
        found = {mapping.get(folded(h)) or names.get(folded(h)) for h in sheet.header}
        return len(found & _names(table))

    best = max(IMPORTED, key=score)
    return best if score(best) >= 2 else None


def _label_in(table: Table, language: str) -> str:
    with translation.override(language):
        return str(table.label)


def _names(table: Table) -> set[str]:
    return {column.name for column in table.columns}


class Importer:
    """One import run: lookups built once, file ids mapped to the records they became."""

    def __init__(self, user):
        from suivi.agreements.models import Agreement
        from suivi.core.models import Sector
        from suivi.core.vocabularies import AgreementKind, AgreementStatus, Confidentiality
        from suivi.parties.models import Party
        from suivi.projects.models import Project, ProjectStatus

        self.user = user
        self.parties = parsing.Names(Party.objects.all(), "code", ("name_fr", "name_en", "name_ru"))
        self.sectors = parsing.Names(
            Sector.objects.all(), "code", ("name_fr", "name_en", "name_ru")
        )
        self.kinds = parsing.labels_of(AgreementKind.choices)
        self.agreement_statuses = parsing.labels_of(AgreementStatus.choices)
        self.project_statuses = parsing.labels_of(ProjectStatus.choices)
        self.confidentialities = parsing.labels_of(Confidentiality.choices)
        self.ids: dict[str, dict[int, Any]] = {"agreements": {}, "projects": {}}
        self.models = {"agreements": Agreement, "projects": Project}
        self.known_agreements: dict[int, Any] = {}  # agreements of this register, looked up once
        self.may_create = access_of(user).admin or bool(access_of(user).secretariat)
        self.stored_ids: dict[str, set[int]] = {}  # ids the register holds, read once per kind
        self.batches = {name: Batch(user) for name in ("agreements", "projects", "milestones")}
        self.new_milestones: set[tuple[int, str]] = set()  # (id of a new project, title)

    # -- one row -----------------------------------------------------------------------
    def row(self, table: Table, values: dict[str, Any]) -> tuple[str, str]:
        """Apply one row; returns (action, label). Raises CellError/ValidationError."""
        for name, value in values.items():
            if isinstance(value, Formula):
                raise CellError(
                    _("La colonne %(column)s contient une formule : elle n'est pas importée.")
                    % {"column": name}
                )
        handler: Callable = getattr(self, "_" + table.name.replace("-", "_"))
        return handler(values)

    def _existing(self, kind: str, values: dict[str, Any]):
        """The record a row changes (by id), or None for a new one; the file id if any."""
        model = self.models[kind]
        file_id = parsing.integer(values.get("id"))
        if file_id is None:
            return None, None
        if file_id in self.ids[kind]:
            raise CellError(_("L'identifiant %(id)s apparaît deux fois.") % {"id": file_id})
        if kind not in self.stored_ids:
            self.stored_ids[kind] = set(model.objects.values_list("pk", flat=True))
        if file_id not in self.stored_ids[kind]:
            return None, file_id  # the file's own id: a new record that other rows may name
        record = editable(self.user, model.objects.all()).filter(pk=file_id).first()
        if record is None and visible(self.user, model.objects.filter(pk=file_id)).exists():
            raise CellError(
                _("Vous ne pouvez pas modifier l'enregistrement %(id)s.") % {"id": file_id}
            )
        return record, file_id

    def _new(self, kind: str):
        if not self.may_create:
            raise CellError(
                _("Seuls le secrétariat et les administrateurs créent des enregistrements.")
            )
        return self.models[kind]()

    def _confidentiality(self, record, values: dict[str, Any]) -> None:
        if "confidentiality" in values and not parsing.is_empty(values["confidentiality"]):
            record.confidentiality = parsing.choice(
                values["confidentiality"], self.confidentialities
            )
        if "restricted_to" in values:
            code = parsing.text(values["restricted_to"])
            record.restricted_to = self.parties.get(code, _("Partie")) if code else None

    def _save(
        self, kind: str, record, file_id, m2m: dict[str, list], before: dict | None, leads=None
    ) -> str:
        """A new record joins its kind's batch; a changed one is saved now, with its links."""
        record.full_clean(exclude=[*m2m, "restricted_to"], validate_constraints=False)
        if file_id is not None:
            self.ids[kind][file_id] = record
        if record.pk is None:
            self.batches[kind].add(record, m2m, leads or {})
            return "create"
        if before is not None and _state(record, m2m) == before and leads is None:
            return "same"
        with transaction.atomic():
            record.save()
            for name, related in m2m.items():
                getattr(record, name).set(related)
            if leads is not None:
                _set_leads(record, leads)
        return "change"

    def flush(self) -> None:
        """Write every batch still waiting, in the order records refer to each other."""
        for batch in self.batches.values():
            batch.write()

    def _agreements(self, values: dict[str, Any]) -> tuple[str, str]:
        record, file_id = self._existing("agreements", values)
        record = record or self._new("agreements")
        before = _state(record, _current_m2m(record, ("parties", "sectors"))) if record.pk else None
        if "kind" in values:
            record.kind = parsing.choice(values["kind"], self.kinds)
        for name in ("title_fr", "title_en", "title_ru", "place", "summary"):
            if name in values:
                setattr(record, name, parsing.text(values[name], _max_length(record, name)))
        if "status" in values and not parsing.is_empty(values["status"]):
            record.status = parsing.choice(values["status"], self.agreement_statuses)
        for name in (
            "announced_on",
            "initialled_on",
            "signed_on",
            "ratified_on",
            "in_force_on",
            "ended_on",
        ):
            if name in values:
                setattr(record, name, parsing.day(values[name]))
        self._confidentiality(record, values)
        if not (record.title_fr or record.title_en or record.title_ru):
            raise CellError(_("Un accord a un intitulé dans au moins une langue."))
        m2m = (
            _current_m2m(record, ("parties", "sectors"))
            if record.pk
            else {"parties": [], "sectors": []}
        )
        if "parties" in values:
            m2m["parties"] = [
                self.parties.get(p, _("Partie")) for p in parsing.items(values["parties"])
            ]
        if "sectors" in values:
            m2m["sectors"] = [
                self.sectors.get(s, _("Secteur")) for s in parsing.items(values["sectors"])
            ]
        if not m2m["parties"]:
            raise CellError(_("Un accord a au moins une partie."))
        return self._save("agreements", record, file_id, m2m, before), str(record)

    def _projects(self, values: dict[str, Any]) -> tuple[str, str]:
        record, file_id = self._existing("projects", values)
        record = record or self._new("projects")
        names = ("agreements", "sectors")
        before = _state(record, _current_m2m(record, names)) if record.pk else None
        leads_before = _leads(record) if record.pk else {}
        for name in ("title", "description", "budget_currency"):
            if name in values:
                setattr(record, name, parsing.text(values[name], _max_length(record, name)))
        record.budget_currency = record.budget_currency.upper()
        if "status" in values and not parsing.is_empty(values["status"]):
            record.status = parsing.choice(values["status"], self.project_statuses)
        for name in ("start", "end"):
            if name in values:
                setattr(record, name, parsing.day(values[name]))
        if "budget_amount" in values:
            record.budget_amount = parsing.money(values["budget_amount"])
        self._confidentiality(record, values)
        m2m = _current_m2m(record, names) if record.pk else {"agreements": [], "sectors": []}
        if "agreements" in values:
            m2m["agreements"] = [
                self._agreement(item) for item in parsing.items(values["agreements"])
            ]
        if "sectors" in values:
            m2m["sectors"] = [
                self.sectors.get(s, _("Secteur")) for s in parsing.items(values["sectors"])
            ]
        if not m2m["agreements"]:
            raise CellError(_("Un projet met en œuvre au moins un accord."))
        leads = leads_before
        if "lead_agencies" in values:
            leads = self._lead_agencies(values["lead_agencies"])
        if record.pk is not None and leads == leads_before:
            leads = None  # unchanged: a change of the project alone leaves its leads be
        return self._save("projects", record, file_id, m2m, before, leads), str(record)

    def _agreement(self, item: str):
        from suivi.agreements.models import Agreement

        number = parsing.integer(item)
        if number in self.ids["agreements"]:
            return self.ids["agreements"][number]
        if number not in self.known_agreements:
            found = visible(self.user, Agreement.objects.filter(pk=number)).first()
            if found is None:
                raise CellError(_("Accord %(id)s inconnu.") % {"id": number})
            self.known_agreements[number] = found
        return self.known_agreements[number]

    def _lead_agencies(self, value: Any) -> dict[int, Any]:
        leads = {}
        for item in parsing.items(value):
            party, sep, agency = item.partition(":")
            if not sep:
                raise CellError(
                    _("Chef de file « %(value)s » : écrivez PARTIE: AGENCE.") % {"value": item}
                )
            party = self.parties.get(party.strip(), _("Partie"))
            leads[party.pk] = self.parties.get(agency.strip(), _("Agence"))
        return leads

    def _milestones(self, values: dict[str, Any]) -> tuple[str, str]:
        from suivi.projects.models import Milestone, Project

        number = parsing.integer(values.get("project_id"))
        project = self.ids["projects"].get(number) if number else None
        if project is None and number:
            project = editable(self.user, Project.objects.filter(pk=number)).first()
        if project is None:
            raise CellError(_("Projet %(id)s inconnu.") % {"id": values.get("project_id") or "—"})
        title = parsing.text(values.get("title"), 300)
        fresh = getattr(project, "_imported", False)
        if fresh and (id(project), title) not in self.new_milestones:
            # a project this file creates has no milestones yet: no need to look one up
            record = Milestone(project=project, title=title, due=parsing.day(values.get("due")))
            record.done_on = parsing.day(values.get("done_on"))
            record.full_clean(exclude=["project"], validate_constraints=False)
            self.new_milestones.add((id(project), title))
            self.batches["milestones"].add(record, {}, {})
            return "create", title
        if fresh:
            raise CellError(_("Le jalon « %(title)s » apparaît deux fois.") % {"title": title})
        record = Milestone.objects.filter(project=project, title=title).first() or Milestone(
            project=project, title=title
        )
        before = _state(record, {}) if record.pk else None
        record.due = parsing.day(values.get("due"))
        if "done_on" in values:
            record.done_on = parsing.day(values["done_on"])
        return self._save_plain(record, before), title

    def _save_plain(self, record, before) -> str:
        record.full_clean()
        if before is not None and _state(record, {}) == before:
            return "same"
        action = "change" if record.pk else "create"
        record.save()
        return action


def _max_length(record, name: str) -> int | None:
    return record._meta.get_field(name).max_length


def _current_m2m(record, names) -> dict[str, list]:
    return {name: list(getattr(record, name).all()) for name in names}


def _state(record, m2m: dict[str, list]) -> dict:
    fields = {
        f.attname: getattr(record, f.attname)
        for f in record._meta.concrete_fields
        if not f.primary_key
    }
    return {**fields, **{name: sorted(r.pk for r in related) for name, related in m2m.items()}}


def _leads(project) -> dict[int, Any]:
    return {lead.party_id: lead.agency for lead in project.leads.select_related("agency")}


def _set_leads(project, leads: dict[int, Any]) -> None:
    from suivi.projects.models import LeadAgency

    for lead in project.leads.all():
        if lead.party_id not in leads:
            lead.delete()
    for party_id, agency in leads.items():
        LeadAgency.objects.update_or_create(
            project=project, party_id=party_id, defaults={"agency": agency}
        )


def messages_of(error: Exception) -> list[str]:
    if isinstance(error, ValidationError):
        if hasattr(error, "error_dict"):
            return [
                f"{name}: {' '.join(m for e in errors for m in e.messages)}"
                for name, errors in error.error_dict.items()
            ]
        return list(error.messages)
    return [str(error)]


def unwritable(error: DatabaseError) -> str:
    return _("L'enregistrement a échoué (%(error)s) : rien n'a été importé.") % {"error": error}


def import_file(
    path: Path | Sequence[Path],
    user,
    *,
    dry_run: bool = False,
    table: str | None = None,
    mapping: Path | None = None,
) -> Report:
    """Import CSV/XLSX files (together: rows of one may name ids of another) or one IATI XML
    file; nothing is written on a dry run or any refusal."""
    paths = [path] if isinstance(path, Path) else list(path)
    if len(paths) == 1 and paths[0].suffix.lower() == ".xml":
        from suivi.exchange.iati_import import import_iati

        return import_iati(paths[0], user, dry_run=dry_run)
    headers = read_mapping(mapping)
    sheets = []
    for one in paths:
        try:
            sheets.extend(open_sheets(one))
        except SheetError as error:
            raise ImportFailed(f"{one.name}: {error}" if len(paths) > 1 else str(error)) from None
    report = Report()
    importer = Importer(user)
    planned = []
    for sheet in sheets:
        found = table_of(sheet, headers, table if len(sheets) == 1 else None)
        if found is None or found not in IMPORTED:
            report.notes.append(
                _("Feuille « %(sheet)s » ignorée : ni accords, ni projets, ni jalons.")
                % {"sheet": sheet.name}
            )
            continue
        names = header_names(found)
        columns = {
            i: headers.get(folded(t)) or names.get(folded(t)) for i, t in enumerate(sheet.header)
        }
        ignored = [
            sheet.header[i] for i, name in columns.items() if name is None and sheet.header[i]
        ]
        if ignored:
            report.notes.append(
                _("Feuille « %(sheet)s » : colonnes ignorées : %(columns)s")
                % {"sheet": sheet.name, "columns": ", ".join(ignored)}
            )
        missing = [name for name in REQUIRED[found.name] if name not in columns.values()]
        planned.append((found, sheet, columns, missing))
    planned.sort(key=lambda item: IMPORTED.index(item[0]))
    with transaction.atomic(), acting_as(user):
        try:
            for found, sheet, columns, missing in planned:
                _import_sheet(importer, report, found, sheet, columns, missing)
                importer.flush()  # the next sheet's rows may name these records
        except SheetError as error:
            raise ImportFailed(str(error)) from None
        except DatabaseError as error:
            raise ImportFailed(unwritable(error)) from None
        report.applied = not dry_run and not report.refused
        if not report.applied:
            transaction.set_rollback(True)
    return report


def _import_sheet(
    importer: Importer, report: Report, table: Table, sheet: Sheet, columns, missing
) -> None:
    for line, cells in sheet.rows:
        values = {name: cells[i] for i, name in columns.items() if name and i < len(cells)}
        if missing:
            report.add(
                Outcome(
                    sheet.name,
                    line,
                    "refuse",
                    "",
                    [_("Colonnes manquantes : %(columns)s") % {"columns": ", ".join(missing)}],
                )
            )
            continue
        try:
            action, label = importer.row(table, values)  # a change saves in its own savepoint
        except (CellError, ValidationError) as error:
            report.add(Outcome(sheet.name, line, "refuse", "", messages_of(error)))
            continue
        report.add(Outcome(sheet.name, line, action, label))
