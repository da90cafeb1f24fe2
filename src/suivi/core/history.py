"""History of records whose many-to-many links are changed from either side."""

from __future__ import annotations

from simple_history.models import HistoricalRecords


class LinkedHistory(HistoricalRecords):
    """`HistoricalRecords` that files a link changed from the other side under its owner.

    simple_history takes `agreement.commissions.add(commission)` for a change of the
    agreement, and writes it with the commission's settings (its excluded fields, its
    links): the commission's history misses the change, and the agreement's entry is built
    from fields its history does not hold. Here the records owning the field get the entry,
    as if `commission.agreements.add(agreement)` had been called.
    """

    def m2m_changed(self, instance, action, attr, pk_set, reverse, **kwargs):
        if not reverse:
            return super().m2m_changed(instance, action, attr, pk_set, reverse, **kwargs)
        owners = kwargs["model"]._default_manager
        if action == "pre_clear":  # the owners are known only before the links go
            instance._suivi_cleared = {attr: list(owners.filter(**{attr: instance}))}
            return None
        if action == "post_clear":
            touched = getattr(instance, "_suivi_cleared", {}).pop(attr, [])
        elif action in ("post_add", "post_remove"):
            touched = list(owners.filter(pk__in=pk_set or ()))
        else:
            return None
        for owner in touched:
            super().m2m_changed(owner, action, attr, pk_set, False, **kwargs)
        return None
