"""`suivi manage rebuild_match_keys`: recompute the blocking index after a bulk load."""

from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Recompute every blocking key (after records were loaded without signals)."

    def handle(self, *args, **options) -> None:
        from suivi.matching.index import rebuild

        with transaction.atomic():
            count = rebuild()
        self.stdout.write(f"{count} keys")
