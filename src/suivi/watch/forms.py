"""The watched source's form: what to read and how often a site may be asked."""

from __future__ import annotations

from suivi.core.edit import RegisterForm
from suivi.watch.models import WatchedFeed


class WatchedFeedForm(RegisterForm):
    class Meta:
        model = WatchedFeed
        fields = ["url", "name", "kind", "enabled", "rate_limit"]
