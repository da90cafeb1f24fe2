"""Every API operation from the OpenAPI schema, and every page URL, with real ids filled in.

Generic tests walk these lists, so an operation or a page added later is covered without
editing them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import SimpleNamespace

from django.urls import URLPattern, URLResolver, get_resolver

UNSAFE = {"post", "put", "patch", "delete"}


@dataclass(frozen=True)
class Operation:
    method: str
    path: str  # with its parameters filled in
    template: str
    body: dict | None

    @property
    def unsafe(self) -> bool:
        return self.method in UNSAFE

    def __str__(self) -> str:
        return f"{self.method.upper()} {self.template}"


def world(story):
    """A record of each kind the API and the pages take an id of, in the story's commission."""
    from datetime import date

    from suivi.agreements.models import Agreement
    from suivi.commissions.models import ActionItem, AgendaItem, Session
    from suivi.projects.models import Project
    from suivi.sources.ingest import ingest_reading
    from tests.sources.readings import reading

    agreement = Agreement.objects.create(kind="framework", title_fr="Accord public")
    story.commission.agreements.add(agreement)
    project = Project.objects.create(title="Projet public", status="planned")
    project.agreements.add(agreement)
    session = Session.objects.create(commission=story.commission, number=1, start=date(2025, 1, 1))
    action = ActionItem.objects.create(session=session, title="Action publique")
    item = AgendaItem.objects.create(session=session, order=1, title="Point public")
    source = ingest_reading(reading("Le Mali et la Russie coopèrent.", parties=["MLI", "RUS"]))
    claim = source.source.claims.first()
    return SimpleNamespace(
        commission_id=story.commission.pk,
        pk=story.commission.pk,
        number=session.number,
        item_id=item.pk,
        action_id=action.pk,
        project_id=project.pk,
        agreement_id=agreement.pk,
        source_id=source.source.pk,
        claim_id=claim.pk,
        direction="up",
    )


def _sample(schema: dict, components: dict):
    """A minimal value that passes validation for `schema` (required properties only)."""
    if "$ref" in schema:
        return _sample(components[schema["$ref"].rsplit("/", 1)[-1]], components)
    for variants in (schema.get("anyOf"), schema.get("allOf")):
        if variants:
            return _sample(variants[0], components)
    kind = schema.get("type")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object":
        return {
            name: _sample(schema["properties"][name], components)
            for name in schema.get("required", [])
        }
    if schema.get("format") == "date":
        return "2025-01-01"
    return {"string": "x", "integer": 1, "number": 1, "boolean": False, "array": []}.get(kind)


def api_operations(ids) -> list[Operation]:
    from suivi.conf.api import api

    schema = api.get_openapi_schema()
    components = schema.get("components", {}).get("schemas", {})
    found = []
    for template, methods in schema["paths"].items():
        path = re.sub(r"\{(\w+)\}", lambda m: str(getattr(ids, m.group(1))), template)
        for method, spec in methods.items():
            body = None
            content = spec.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                body = _sample(content["application/json"]["schema"], components)
            found.append(Operation(method, path, template, body))
    return found


def _walk(patterns, prefix: str = "", namespaces: tuple = ()):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = (*namespaces, pattern.namespace) if pattern.namespace else namespaces
            yield from _walk(pattern.url_patterns, route, inner)
        elif isinstance(pattern, URLPattern):
            yield route, namespaces, pattern


def page_urls(ids) -> list[tuple[str, URLPattern]]:
    """Every page URL outside the admin and the API, its arguments filled from `ids`."""
    found = []
    for route, namespaces, pattern in _walk(get_resolver().url_patterns):
        if "admin" in namespaces or "api" in namespaces or route.startswith("api/"):
            continue
        filled = re.sub(r"<(?:(\w+):)?(\w+)>", lambda m: str(getattr(ids, m.group(2), "x")), route)
        found.append(("/" + filled, pattern))
    return found
