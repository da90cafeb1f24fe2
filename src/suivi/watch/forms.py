"""The watched source's form: what to read and how often a site may be asked."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from suivi.core.edit import RegisterForm
from suivi.watch.models import WatchedFeed


class WatchedFeedForm(RegisterForm):
    url = forms.URLField(
        label=_("Adresse du flux ou du plan de site"), max_length=2000, assume_scheme="https"
    )

    class Meta:
        model = WatchedFeed
        fields = ["url", "name", "kind", "enabled", "rate_limit"]
