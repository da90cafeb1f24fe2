"""Which models make up the register, for counts, backups and generic tests."""

from __future__ import annotations

from django.apps import apps
from django.db.models import Model

SUIVI_APPS = (
    "core",
    "parties",
    "agreements",
    "projects",
    "commissions",
    "sources",
    "watch",
    "access",
)
# Django apps whose rows a backup must carry too: accounts and the content types claims point at.
CARRIED_APPS = ("auth",)


def is_history(model: type[Model]) -> bool:
    return model.__name__.startswith("Historical")


def record_models() -> list[type[Model]]:
    """The register's own models, without their history tables."""
    return [
        model
        for label in SUIVI_APPS
        for model in apps.get_app_config(label).get_models()
        if not is_history(model)
    ]


def history_models() -> list[type[Model]]:
    return [
        model
        for label in SUIVI_APPS
        for model in apps.get_app_config(label).get_models()
        if is_history(model)
    ]


def backed_up_models() -> list[type[Model]]:
    """Everything a backup holds, records and history alike, in dependency order."""
    from django.core.serializers import sort_dependencies

    app_list = [(apps.get_app_config(label), None) for label in (*CARRIED_APPS, *SUIVI_APPS)]
    return sort_dependencies(app_list, allow_cycles=True)
