"""Parties as people look for them: the ones the register works with first, then A–Z.

259 states sorted by ISO code put Mali on page 4; a picker or a list shows instead the
parties of the register's agreements and commissions, then every other party by its name
in the page's language.
"""

from __future__ import annotations

from functools import lru_cache

from django.db.models import Case, Exists, OuterRef, Q, QuerySet, Value, When
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from suivi.access.scope import visible
from suivi.parties.models import Party


def active_condition(user) -> Q:
    """Parties named by an agreement or a commission the user may see."""
    from suivi.agreements.models import Agreement
    from suivi.commissions.models import Commission

    agreements = visible(user, Agreement.objects.all()).filter(parties=OuterRef("pk"))
    commissions = visible(user, Commission.objects.all()).filter(parties=OuterRef("pk"))
    return Q(Exists(agreements)) | Q(Exists(commissions))


def by_name(parties) -> list[Party]:
    """Parties sorted by their name in the active language, accents ignored."""
    return sorted(parties, key=lambda party: folded(str(party)))


@lru_cache(maxsize=8192)
def folded(name: str) -> str:
    """fold() remembered: the same few hundred names are sorted on every list page."""
    from suivi.core.search import fold

    return fold(name)


def grouped(user, queryset: QuerySet | None = None, first: QuerySet | None = None) -> list:
    """Choices for a select: (group, [(code, name)...]) with `first` (default: active) on top.

    One query of plain values: it runs on every list page, with a few hundred parties.
    """
    parties = visible(user, queryset if queryset is not None else Party.objects.all())
    if first is None:
        on_top = active_condition(user)
        label = _("Parties du registre")
    else:
        on_top = Q(pk__in=first.values("pk"))
        label = _("Parties de la commission")
    language = (get_language() or "fr")[:2]
    order = [language] + [code for code in ("fr", "en", "ru") if code != language]
    rows = parties.annotate(
        on_top=Case(When(on_top, then=Value(True)), default=Value(False))
    ).values_list("code", "on_top", *(f"name_{code}" for code in order))
    top, rest = [], []
    for code, is_top, *names in rows:
        name = next((n for n in names if n), code)
        (top if is_top else rest).append((code, name))
    top.sort(key=lambda choice: folded(choice[1]))
    rest.sort(key=lambda choice: folded(choice[1]))
    groups = [(label, top)] if top else []
    groups.append((_("Toutes les parties") if top else "", rest))
    return groups
