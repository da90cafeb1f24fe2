"""Every place a record can show: pages and API routes discovered from the URLconf, the admin."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver, reverse


@dataclass(frozen=True)
class Route:
    """A named URL: `name` is "namespace:name"; `takes_id` when its one argument is an id."""

    name: str
    takes_id: bool
    view_model: type | None


def _walk(patterns, namespace: str = ""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace or ""
            yield from _walk(pattern.url_patterns, inner if pattern.namespace else namespace)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace.strip(":"), pattern


def routes(namespaces: set[str]) -> list[Route]:
    """Named routes of the given namespaces that take no argument or a single id."""
    found = []
    for namespace, pattern in _walk(get_resolver().url_patterns):
        if namespace not in namespaces:
            continue
        arguments = list(pattern.pattern.converters)
        if len(arguments) > 1:
            continue
        view_class = getattr(pattern.callback, "view_class", None)
        found.append(
            Route(
                f"{namespace}:{pattern.name}" if namespace else pattern.name,
                takes_id=len(arguments) == 1,
                view_model=getattr(view_class, "model", None),
            )
        )
    return found


def url(route: Route, pk: int) -> str:
    return reverse(route.name, args=[pk] if route.takes_id else [])


def admin_urls(model, pk: int) -> dict[str, str] | None:
    """The admin's list, change, delete and history pages of `model`, if it is registered."""
    if model not in admin.site._registry:
        return None
    prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
    pages = {"changelist": reverse(f"{prefix}_changelist")}
    for page in ("change", "delete", "history"):
        pages[page] = reverse(f"{prefix}_{page}", args=[pk])
    return pages
