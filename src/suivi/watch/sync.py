"""Sources declared in the configuration file, merged into the register's watched sources.

A source is matched by its address: a new one is created, a changed one updated (with its
history naming who ran the command); sources configured only in the app are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from suivi.watch.models import WatchedFeed

FIELDS = ("kind", "name", "enabled", "rate_limit")


@dataclass
class Merged:
    created: int = 0
    updated: int = 0


@transaction.atomic
def merge(sources: list[dict]) -> Merged:
    """Create or update a WatchedFeed for each source of the file; call under `acting_as`."""
    merged = Merged()
    for item in sources:
        feed = WatchedFeed.objects.filter(url=item["url"]).first()
        if feed is None:
            WatchedFeed.objects.create(url=item["url"], **{k: item[k] for k in FIELDS if k in item})
            merged.created += 1
            continue
        changed = [k for k in FIELDS if k in item and getattr(feed, k) != item[k]]
        if changed:
            for name in changed:
                setattr(feed, name, item[name])
            feed.save(update_fields=changed)
            merged.updated += 1
    return merged
