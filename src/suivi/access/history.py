"""Readable history: what changed in each historical entry, from what to what.

Related records are named only when the reader may see them; others show as "restricted
record", so a record's history never leaks the title or id of a record restricted to another
party.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model
from django.utils import formats, timezone
from simple_history.models import ModelChange
from simple_history.utils import get_m2m_reverse_field_name

from suivi.access.scope import RESTRICTED, access_of, kind_of, readable_states, visible
from suivi.core.registry import SUIVI_APPS

MAX_VALUE_LENGTH = 200


@dataclass
class Change:
    label: str
    old: str
    new: str


@dataclass
class Entry:
    """One historical row with the field changes that set it apart from the previous one."""

    record: Model
    changes: list[Change] = field(default_factory=list)


class _Namer:
    """Turns stored values into what a reader understands: choice labels, related names."""

    def __init__(self, user, model: type[Model]):
        self.user = user
        self.model = model
        # {related model: {pk: name}} read ahead by `read_names()`; a name missing here
        # (hidden, deleted, or not read ahead) is asked for by `related()`.
        self.names: dict[type[Model], dict] = {}

    def read_names(self, changes: list[ModelChange]) -> None:
        """Read the names of every related record `changes` mention, one query a related
        model: naming them change by change cost a query for each changed link, so a
        record page's queries grew with its history."""
        wanted: dict[type[Model], set] = {}
        for change in changes:
            model_field = self.field(change.field)
            if model_field is None or getattr(model_field, "related_model", None) is None:
                continue
            for value in (change.old, change.new):
                wanted.setdefault(model_field.related_model, set()).update(
                    self._ids(model_field, value)
                )
        for target, ids in wanted.items():
            if ids:
                self.names.setdefault(target, {}).update(self._read(target, list(ids)))

    def _ids(self, model_field, value) -> list:
        if isinstance(value, list) and getattr(model_field, "many_to_many", False):
            through_name = model_field.m2m_reverse_field_name()
            return [row.get(through_name) for row in value if through_name in row]
        if not isinstance(value, list) and value is not None:
            return [value]
        return []

    def _read(self, target: type[Model], ids: list) -> dict:
        """{pk: name} of the `ids` of `target` the user may see."""
        rows = target._default_manager.filter(pk__in=ids)
        if target._meta.app_label in SUIVI_APPS:  # accounts and content types are not secret
            rows = visible(self.user, rows)
        return {pk: _name(record) for pk, record in rows.in_bulk().items()}

    def field(self, name: str):
        try:
            return self.model._meta.get_field(name)
        except FieldDoesNotExist:
            return None

    def label(self, name: str) -> str:
        model_field = self.field(name)
        return str(model_field.verbose_name) if model_field is not None else name

    def related(self, model_field, ids: list) -> list[str]:
        target = model_field.related_model
        found = self.names.get(target, {})
        if any(pk not in found for pk in ids):
            found = {**found, **self._read(target, [pk for pk in ids if pk not in found])}
        return [found[pk] if pk in found else str(RESTRICTED) for pk in ids]

    def value(self, name: str, value) -> str:
        model_field = self.field(name)
        if isinstance(value, list) and getattr(model_field, "many_to_many", False):
            # rows of the history's through table
            through_name = model_field.m2m_reverse_field_name()
            ids = [row.get(through_name) for row in value if through_name in row]
            value = ", ".join(self.related(model_field, ids)) if ids else None
        elif isinstance(value, list):  # a list held in one field (a person's other spellings)
            value = ", ".join(map(str, value)) if model_field is not None else None
        elif model_field is not None and model_field.is_relation and value is not None:
            value = self.related(model_field, [value])[0]
        elif model_field is not None and model_field.choices:
            value = dict(model_field.flatchoices).get(value, value)
        if value is None or value == "":
            return "—"
        text = _written(value)
        return text if len(text) <= MAX_VALUE_LENGTH else text[: MAX_VALUE_LENGTH - 1] + "…"


def _name(record: Model) -> str:
    """A related record's name; a record type by its own name ("accord"), not
    "Accords | accord" as content types name themselves."""
    if isinstance(record, ContentType):
        return str(record.name)
    return str(record)


def _written(value) -> str:
    """A stored value as the page's language writes it: dates and times never ISO."""
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return formats.date_format(value, "SHORT_DATETIME_FORMAT")
    if isinstance(value, date):
        return formats.date_format(value, "DATE_FORMAT")
    return str(value)


def diff(user, entry: Model, previous: Model | None, m2m: dict | None = None) -> list[Change]:
    """The fields `entry` changed relative to `previous` (none for a creation).

    `m2m` ({(field, history_id): rows}, see m2m_rows()) holds the many-to-many rows of both
    entries read beforehand; without it simple_history reads them, two queries a field.
    """
    if previous is None or entry.history_type == "+":
        return []
    return _described(_Namer(user, entry.instance_type), _changes(entry, previous, m2m))


def _changes(entry: Model, previous: Model | None, m2m: dict | None) -> list[ModelChange]:
    """simple_history's changes of `entry` against `previous`, as stored (ids, codes)."""
    if previous is None or entry.history_type == "+":
        return []
    if m2m is None:
        return list(entry.diff_against(previous).changes)
    names = m2m_names(entry)
    changes = list(entry.diff_against(previous, excluded_fields=names).changes)
    for name in names:
        old, new = m2m[name, previous.history_id], m2m[name, entry.history_id]
        # Only the ties removed and added: the whole lists before and after showed every
        # kept tie struck out and written again, the change lost among them.
        removed = [row for row in old if row not in new]
        added = [row for row in new if row not in old]
        if removed or added:
            changes.append(ModelChange(name, removed, added))
    return changes


def _described(namer: _Namer, changes: list[ModelChange]) -> list[Change]:
    return [
        Change(namer.label(c.field), namer.value(c.field, c.old), namer.value(c.field, c.new))
        for c in changes
    ]


def m2m_names(entry: Model) -> list[str]:
    return [field.name for field in getattr(entry, "_history_m2m_fields", ())]


def m2m_rows(entries: list[Model]) -> dict[tuple[str, int], list[dict]]:
    """Each entry's rows of each historical many-to-many table: one query a field.

    The same rows, in the same order, as simple_history's diff_against() reads per entry.
    """
    rows: dict[tuple[str, int], list[dict]] = {}
    if not entries:
        return rows
    ids = [entry.history_id for entry in entries]
    model = entries[0].instance_type
    for name in m2m_names(entries[0]):
        through = getattr(entries[0], name).model
        order = get_m2m_reverse_field_name(model._meta.get_field(name))
        fields = [
            f.name
            for f in through._meta.fields
            if f.editable and f.name not in ("id", "m2m_history_id", "history")
        ]
        for history_id in ids:
            rows[name, history_id] = []
        values = through.objects.filter(history_id__in=ids).order_by(order, "pk")
        for row in values.values("history_id", *fields):
            rows[name, row.pop("history_id")].append(row)
    return rows


def entries_of(user, history: list[Model]) -> list[Entry]:
    """Diff a record's history (newest first): each entry against the one just before it.

    Only the entries the reader could read when they were written are kept
    (`readable_history()`): a record once kept to another party, or hanging under a record
    that was, shows its history from the change that opened it to the reader, whose old
    values are the restricted record's. A fixed number of queries however long the history:
    the many-to-many rows of all the entries are read together. A save that
    changed nothing is left out.
    """
    if not history:
        return []
    before = history[-1].prev_record if history[-1].history_type != "+" else None
    pairs = [
        (record, history[index + 1] if index + 1 < len(history) else before)
        for index, record in enumerate(history)
    ]
    readable = _readable(user, [*history, *([before] if before is not None else [])])
    shown = [(record, previous) for record, previous in pairs if readable(record)]
    m2m = m2m_rows([*history, *([before] if before is not None else [])]) if shown else {}
    stored = [_changes(record, previous, m2m) for record, previous in shown]
    namer = _Namer(user, history[0].instance_type)
    namer.read_names([change for changes in stored for change in changes])
    entries = []
    for (record, previous), raw in zip(shown, stored, strict=True):
        changes = _described(namer, raw)
        if not changes and record.history_type == "~" and not record.history_change_reason:
            continue  # a save that changed nothing: a row of "no field changed" tells no one anything
        if previous is not None and not readable(previous):
            changes = [Change(change.label, str(RESTRICTED), change.new) for change in changes]
        entries.append(Entry(record, changes))
    return entries


def readable_history(user, history: list[Model]) -> list[Model]:
    """Those of `history` (entries of one model, any records) that `user` could have read
    when they were written, in their order.

    A record is readable through its own confidentiality and through the records it hangs
    under (`scope_parent`) or is drawn from (`scope_links`): a milestone of a project kept to
    party A, a decision of A's session, a document on A's agreement. Each entry is judged by
    its own state and by the state each such record had at the entry's time, so a project
    made public later opens its milestones' history from that moment on, not before.
    """
    if not history:
        return []
    readable = _readable(user, history)
    return [entry for entry in history if readable(entry)]


Check = Callable[[Model], bool]


def _readable(user, history: list[Model]) -> Check:
    """Whether the reader could read the record as each entry of `history` left it."""
    model = history[0].instance_type
    if access_of(user).admin or model._meta.app_label not in SUIVI_APPS:
        return lambda entry: True
    checks: list[Check] = []
    if kind_of(model) == "confidential":
        checks.append(_own_state_check(user, model, history))
    for name in _upstream(model):
        checks.append(_upstream_check(user, model, name, history))
    return lambda entry: all(check(entry) for check in checks)


def _state(entry: Model) -> tuple[str, int | None]:
    return entry.confidentiality, getattr(entry, "restricted_to_id", None)


def _own_state_check(user, model: type[Model], history: list[Model]) -> Check:
    """The entry's own confidentiality (and party) was one the reader may read."""
    pk = model._meta.pk.attname
    states: dict[object, set] = defaultdict(set)
    for entry in history:
        states[getattr(entry, pk)].add(_state(entry))
    allowed = {
        record_id: readable_states(user, model, record_id, record_states)
        for record_id, record_states in states.items()
    }
    return lambda entry: _state(entry) in allowed[getattr(entry, pk)]


def _upstream(model: type[Model]) -> list[str]:
    """The foreign keys of `model` to records it takes its visibility from and that keep a
    history: its parent and its links (multi-step and generic links are left to the
    current scope, which hides the row altogether when they are hidden now)."""
    names = [getattr(model, "scope_parent", None), *getattr(model, "scope_links", ())]
    found = []
    for name in filter(None, names):
        if "__" in name:
            continue
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        target = getattr(field, "related_model", None)
        if target is not None and getattr(field, "many_to_one", False) and _history_of(target):
            found.append(name)
    return found


def _history_of(model: type[Model]):
    manager_name = getattr(model._meta, "simple_history_manager_attribute", None)
    return getattr(model, manager_name, None) if manager_name else None


def _upstream_check(user, model: type[Model], name: str, history: list[Model]) -> Check:
    """The record the key `name` pointed at, as it stood when each entry was written, was
    readable. An entry older than the record's first entry is judged by that first entry;
    a record without history by the current scope (which already shows this row)."""
    field = model._meta.get_field(name)
    target = field.related_model
    ids = {getattr(entry, field.attname) for entry in history} - {None}
    if not ids:
        return lambda entry: True
    pk = target._meta.pk.attname
    rows = list(
        _history_of(target).filter(**{f"{pk}__in": ids}).order_by("history_date", "history_id")
    )
    if not rows:
        return lambda entry: True
    readable = _readable(user, rows)
    timeline: dict[object, tuple[list, list[bool]]] = {}
    for row in rows:
        dates, verdicts = timeline.setdefault(getattr(row, pk), ([], []))
        dates.append(row.history_date)
        verdicts.append(readable(row))

    def check(entry: Model) -> bool:
        target_id = getattr(entry, field.attname)
        if target_id is None or target_id not in timeline:
            return True
        dates, verdicts = timeline[target_id]
        index = bisect_right(dates, entry.history_date) - 1
        return verdicts[max(index, 0)]

    return check
