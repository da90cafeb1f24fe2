"""Parties as people look for them: the ones the register works with first, then A–Z.

259 states sorted by ISO code put Mali on page 4; a picker or a list shows instead the
parties of the register's agreements and commissions, then every other party by its name
in the page's language.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet
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
    from suivi.core.search import fold

    return sorted(parties, key=lambda party: fold(str(party)))


def grouped(user, queryset: QuerySet | None = None, first: QuerySet | None = None) -> list:
    """Choices for a select: (group, [(code, name)...]) with `first` (default: active) on top."""
    parties = visible(user, queryset if queryset is not None else Party.objects.all())
    if first is None:
        top = list(parties.filter(active_condition(user)))
        label = _("Parties du registre")
    else:
        top = list(parties.filter(pk__in=first.values("pk")))
        label = _("Parties de la commission")
    top_ids = {party.pk for party in top}
    rest = [party for party in parties if party.pk not in top_ids]
    groups = [(label, [(p.code, str(p)) for p in by_name(top)])] if top else []
    groups.append(
        (_("Toutes les parties") if top else "", [(p.code, str(p)) for p in by_name(rest)])
    )
    return groups
