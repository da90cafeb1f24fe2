"""Pickers that find a record by a few letters of its name (htmx), and still work without script.

`SuggestField` takes one record typed by name or code, with suggestions in a `<datalist>`
the server fills as the user types; `SuggestManyField` ticks several, the usual ones
(the commission's parties) offered as boxes, others added by searching. Both resolve what
was typed on the server, through the access scope, so a form posted without script, or by
hand, obeys the same rules; a name that matches nothing gives a form error, never a 400.

`QuickSelect` is a select rendered in Python: a list page's party filter has 259 options,
and Django's template-per-option rendering of them cost more than the 50 rows of the list.
"""

from __future__ import annotations

import html

from django import forms
from django.db.models import Model, QuerySet
from django.forms.utils import flatatt
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from suivi.core.suggest import SOURCES, Source

UNKNOWN = _("Introuvable : %(value)s. Choisissez parmi les propositions.")
AMBIGUOUS = _("Plusieurs enregistrements s'appellent « %(value)s » : précisez (code).")


def split(text: str, separators: str = ",;") -> list[str]:
    """Tokens typed in one box, separated by any of `separators` (commas or semicolons:
    titles hold commas, so a picker of titles splits on semicolons only)."""
    for separator in separators[1:]:
        text = text.replace(separator, separators[0])
    return [item.strip() for item in text.split(separators[0]) if item.strip()]


class SuggestWidgetMixin:
    """Where a widget asks for suggestions: the source, and the commission whose parties come first."""

    of = ""
    commission: int | None = None

    def url(self, **params) -> str:
        query = {"of": self.of, **params}
        if self.commission:
            query["commission"] = self.commission
        return f"{reverse('suggest')}?{urlencode(query)}"


class SuggestInput(SuggestWidgetMixin, forms.TextInput):
    template_name = "core/widgets/suggest_input.html"

    def __init__(self, of: str, attrs=None) -> None:
        super().__init__(attrs)
        self.of = of
        self.first: list[str] = []

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"].update(first=self.first, url=self.url(format="options", name=name))
        return context


class SuggestMany(SuggestWidgetMixin, forms.Widget):
    template_name = "core/widgets/suggest_many.html"

    def __init__(self, of: str, attrs=None, separators: str = ",;") -> None:
        super().__init__(attrs)
        self.of = of
        self.separators = separators
        self.offered: list[tuple[str, str]] = []  # (value, label) shown unticked
        self.labels: dict[str, str] = {}

    def value_from_datadict(self, data, files, name) -> list[str]:
        ticked = data.getlist(name) if hasattr(data, "getlist") else data.get(name) or []
        ticked = [ticked] if isinstance(ticked, str | int) else list(ticked)
        return [*ticked, *split(data.get(f"{name}__add") or "", self.separators)]

    def value_omitted_from_data(self, data, files, name) -> bool:
        return False

    def use_required_attribute(self, initial) -> bool:
        # The search box is empty whenever the choice is ticked: never "required" to a browser.
        return False

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = [str(item) for item in (value or [])]
        options = [(item, self.labels.get(item, item), True) for item in dict.fromkeys(chosen)]
        options += [(v, label, False) for v, label in self.offered if v not in chosen]
        widget_id = context["widget"]["attrs"].get("id") or name
        context["widget"].update(
            options=options,
            url=self.url(format="add", name=name, target=f"{widget_id}-chosen"),
            by_title=self.separators == ";",
        )
        return context


class SuggestField(forms.Field):
    """One record of `of`, typed by name (or code); cleans to the record or None."""

    def __init__(self, of: str, **kwargs) -> None:
        self.of = of
        self.user = None
        super().__init__(widget=SuggestInput(of), **kwargs)

    @property
    def source(self) -> Source:
        return SOURCES[self.of]

    def setup(self, user, first: QuerySet | None = None, commission: int | None = None) -> None:
        """Give the user (the scope of every lookup) and the records offered first."""
        self.user = user
        self.widget.commission = commission
        if first is not None:
            self.widget.first = [str(record) for record in first[:50]]

    def prepare_value(self, value):
        if isinstance(value, Model):
            return str(value)
        if isinstance(value, int):
            record = self.source.queryset(self.user).filter(pk=value).first()
            return str(record) if record else ""
        return value or ""

    def clean(self, value):
        token = (value or "").strip() if isinstance(value, str) else value
        if isinstance(token, Model):
            return token
        if not token:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return None
        found = self.source.resolve(self.user, token)
        if not found:
            raise forms.ValidationError(UNKNOWN, params={"value": token}, code="unknown")
        if len(found) > 1:
            raise forms.ValidationError(AMBIGUOUS, params={"value": token}, code="ambiguous")
        return found[0]


class SuggestManyField(forms.Field):
    """Several records of `of`, ticked or typed; cleans to a queryset (an M2M field's value).

    With `keep_unknown`, words matching no record are kept as typed and the field cleans to
    a list of values (a claim's facts may name a party the register does not hold yet).
    """

    def __init__(
        self, of: str, keep_unknown: bool = False, separators: str = ",;", **kwargs
    ) -> None:
        self.of = of
        self.keep_unknown = keep_unknown
        self.user = None
        super().__init__(widget=SuggestMany(of, separators=separators), **kwargs)

    @property
    def source(self) -> Source:
        return SOURCES[self.of]

    @property
    def queryset(self) -> QuerySet:
        """The records this user may pick: a form's save keeps the ties to the others
        (`VersionedFormMixin._save_m2m`), which the picker never shows."""
        return self.source.queryset(self.user)

    def setup(self, user, first: QuerySet | None = None, commission: int | None = None) -> None:
        self.user = user
        self.widget.commission = commission
        if first is not None:
            self.widget.offered = [(self.source.value_of(r), str(r)) for r in first[:30]]
            self.widget.labels.update(self.widget.offered)

    def prepare_value(self, value):
        items = list(value or [])
        records = [item for item in items if isinstance(item, Model)]
        if records and self.user is not None:
            # A record's current ties include those out of the user's scope: never named.
            shown = set(
                self.queryset.filter(pk__in=[r.pk for r in records]).values_list("pk", flat=True)
            )
            items = [item for item in items if not isinstance(item, Model) or item.pk in shown]
        values = []
        for item in items:
            if isinstance(item, Model):
                key = self.source.value_of(item)
                self.widget.labels[key] = str(item)
            else:
                key = str(item)
                if key not in self.widget.labels:
                    found = self.source.resolve(self.user, key)
                    if len(found) == 1:
                        key = self.source.value_of(found[0])
                        self.widget.labels[key] = str(found[0])
            values.append(key)
        return values

    def clean(self, value):
        tokens = list(dict.fromkeys(str(item).strip() for item in value or [] if str(item).strip()))
        records, kept, unknown, ambiguous = [], [], [], []
        for token in tokens:
            found = self.source.resolve(self.user, token)
            if len(found) == 1:
                records.append(found[0])
                kept.append(self.source.value_of(found[0]))
            elif found:
                ambiguous.append(token)
            elif self.keep_unknown:
                kept.append(token)
            else:
                unknown.append(token)
        if unknown:
            raise forms.ValidationError(UNKNOWN, params={"value": ", ".join(unknown)})
        if ambiguous:
            raise forms.ValidationError(AMBIGUOUS, params={"value": ", ".join(ambiguous)})
        if self.required and not kept:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        if self.keep_unknown:
            return list(dict.fromkeys(kept))
        model = type(records[0]) if records else None
        if model is None:
            return self.source.queryset(self.user).none()
        return model.objects.filter(pk__in=[record.pk for record in records])


__all__ = ["SuggestField", "SuggestInput", "SuggestMany", "SuggestManyField", "split"]


def escaped(text) -> str:
    """conditional_escape() for plain strings and lazy labels, without its per-call overhead."""
    if hasattr(text, "__html__"):
        return text.__html__()
    return html.escape(str(text))


class QuickNumberInput(forms.NumberInput):
    """`forms.NumberInput`'s HTML (a list's year filter) without its two templates, which
    cost a list page as much as its drop-downs."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        value = self.format_value(value)
        shown = format_html(' value="{}"', value) if value is not None else ""
        return format_html(
            '<input type="{}" name="{}"{}{}>',
            self.input_type,
            name,
            shown,
            flatatt(self.build_attrs(self.attrs, attrs)),
        )


class QuickSelect(forms.Select):
    """The same HTML as `forms.Select` (optgroups, the first match selected), without templates.

    A list's drop-downs are the same on every visit (259 parties, the sectors, the
    commissions): each rendering is remembered under everything it is drawn from (name,
    attributes, selected values, the choices and their labels in the active language), so
    a page builds 300 escaped options only once.
    """

    rendered: dict[tuple, SafeString] = {}
    MAX_RENDERED = 256

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        attrs = self.build_attrs(self.attrs, attrs)
        wanted = self.format_value(value)
        key = (
            get_language(),
            name,
            tuple(sorted((k, str(v)) for k, v in attrs.items())),
            tuple(wanted),
            tuple(
                (code, tuple(label) if isinstance(label, list) else label)
                for code, label in self.choices
            ),
        )
        try:
            found = self.rendered.get(key)
        except TypeError:  # a choice that cannot be a key: drawn each time
            return self.render_options(name, set(wanted), attrs)
        if found is None:
            if len(self.rendered) >= self.MAX_RENDERED:
                self.rendered.clear()
            found = self.rendered[key] = self.render_options(name, set(wanted), attrs)
        return found

    def render_options(self, name: str, wanted: set[str], attrs: dict) -> SafeString:
        found = False

        def options(choices) -> SafeString:
            # Plain string work: format_html() per option (lazy-aware escaping, twice an
            # option) cost more than the query and the rest of the filter form.
            nonlocal found
            rows = []
            for code, label in choices:
                code = "" if code is None else str(code)
                selected = not found and code in wanted
                found |= selected
                rows.append(
                    f'<option value="{escaped(code)}"{" selected" if selected else ""}>'
                    f"{escaped(label)}</option>"
                )
            return mark_safe("".join(rows))

        parts = []
        for code, label in self.choices:
            if isinstance(label, (list, tuple)):
                inner = options(label)
                parts.append(
                    format_html('<optgroup label="{}">{}</optgroup>', code, inner)
                    if code
                    else inner
                )
            else:
                parts.append(options([(code, label)]))
        return format_html(
            "<select{}>{}</select>", flatatt({"name": name, **attrs}), mark_safe("".join(parts))
        )
