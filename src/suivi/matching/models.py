"""One row per (record, blocking key): the index resolution looks candidates up in."""

from __future__ import annotations

from django.db import models


class MatchKey(models.Model):
    """A blocking key of one register record; derived data, rebuilt by `index.rebuild()`.

    `kind` is the record's kind as claims name it (agreement, body, person, party),
    so one table serves every matcher without a content type join.
    """

    kind = models.CharField(max_length=16)
    record_id = models.PositiveBigIntegerField()
    key = models.CharField(max_length=200)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "key", "record_id"], name="matchkey_once")
        ]
        indexes = [models.Index(fields=["record_id", "kind"], name="matchkey_record")]

    def __str__(self) -> str:
        return f"{self.kind} #{self.record_id}: {self.key}"
