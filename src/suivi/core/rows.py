"""A list page's rows as plain values computed once in Python.

Rendering 50 rows through template lookups, `get_FOO_display` (which rebuilds a dict of lazy
labels at each call), per-row `{% url %}`, filters and related managers cost ~90% of a list
page; a row object whose fields are ready-made strings costs a few template lookups.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.safestring import SafeString


def labels(choices: Iterable[tuple[str, object]]) -> dict[str, str]:
    """{code: label} in the active language, evaluated once per page rather than per row."""
    return {str(code): str(label) for code, label in choices}


def url_maker(name: str):
    """A function pk -> URL for a `<pk>` detail route: reverse() once, then string work."""
    sample = reverse(name, args=[987654321])
    head, tail = sample.split("987654321")
    return lambda pk: f"{head}{pk}{tail}"


def abbreviations(parties) -> SafeString:
    """Party codes with their names on hover: "MLI, RUS"."""
    return format_html_join(", ", '<abbr title="{}">{}</abbr>', ((str(p), p.code) for p in parties))
