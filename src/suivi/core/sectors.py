"""Sectors as a reader meets them in a list: by name in the page's language, A to Z."""

from __future__ import annotations

from django.db.models import QuerySet


def sector_choices(sectors: QuerySet | None = None) -> list[tuple[str, str]]:
    """(code, name) sorted by name with accents ignored: "Économie" among the E's, not after
    "Transports" as a plain sort puts it, and not in the order of the English codes."""
    from suivi.core.models import Sector
    from suivi.core.search import fold

    rows = sectors if sectors is not None else Sector.objects.all()
    return sorted(((s.code, str(s)) for s in rows), key=lambda choice: fold(choice[1]))


def visible_sector_choices(user) -> list[tuple[str, str]]:
    """sector_choices() of the sectors `user` sees, remembered per scope and language
    (core/memo.py): each list page offers them."""
    from django.utils.translation import get_language

    from suivi.access.scope import scope_key, visible
    from suivi.core.memo import remembered
    from suivi.core.models import Sector

    key = ("core.sectors", scope_key(user), get_language())
    return remembered(key, lambda: sector_choices(visible(user, Sector.objects.all())))
