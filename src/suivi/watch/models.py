"""The press a secretariat watches: feeds and sitemaps polled by `suivi watch`, and the
article addresses already taken from them."""

from __future__ import annotations

import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from suivi.core.versioning import VersionedModel
from suivi.watch.problems import Problem

# What the poller writes after each read: kept out of the history, which records what a
# secretariat configured, not every poll.
READ_STATE = (
    "last_read_at",
    "last_status",
    "last_found",
    "last_new",
    "last_problem",
    "last_detail",
    "etag",
    "last_modified",
)


class FeedKind(models.TextChoices):
    FEED = "feed", _("flux RSS ou Atom")
    SITEMAP = "sitemap", _("plan de site (sitemap)")


class ReadStatus(models.TextChoices):
    READ = "read", _("lu")
    UNCHANGED = "unchanged", _("inchangé")
    PARTIAL = "partial", _("lu en partie")
    FAILED = "failed", _("échec")


class WatchedFeed(VersionedModel):
    """A feed or sitemap whose new articles are read and ingested, and how its last read went."""

    url = models.URLField(_("adresse"), max_length=2000, unique=True)
    name = models.CharField(_("nom"), max_length=200, blank=True)
    kind = models.CharField(
        _("nature"), max_length=16, choices=FeedKind.choices, default=FeedKind.FEED
    )
    enabled = models.BooleanField(_("suivie"), default=True)
    rate_limit = models.PositiveIntegerField(
        _("intervalle entre deux requêtes au même site (secondes)"), default=5
    )
    last_read_at = models.DateTimeField(_("lue le"), null=True, blank=True, editable=False)
    last_status = models.CharField(
        _("résultat"), max_length=16, choices=ReadStatus.choices, blank=True, editable=False
    )
    last_found = models.PositiveIntegerField(_("entrées trouvées"), default=0, editable=False)
    last_new = models.PositiveIntegerField(_("nouvelles sources"), default=0, editable=False)
    last_problem = models.CharField(
        _("dernière erreur"), max_length=16, choices=Problem.choices, blank=True, editable=False
    )
    last_detail = models.CharField(
        _("précision sur l'erreur"), max_length=500, blank=True, editable=False
    )
    etag = models.CharField(_("ETag"), max_length=500, blank=True, editable=False)
    last_modified = models.CharField(_("Last-Modified"), max_length=100, blank=True, editable=False)
    history = HistoricalRecords(excluded_fields=list(READ_STATE))
    # Reviewers see what feeds the queue; the secretariat and administrators configure it.
    scope_rule = "review"

    class Meta:
        ordering = ["name", "url"]
        verbose_name = _("source suivie")
        verbose_name_plural = _("sources suivies")

    def __str__(self) -> str:
        return self.name or self.url

    @property
    def error_display(self) -> str:
        """The last error as a sentence, its detail in brackets."""
        if not self.last_problem:
            return ""
        label = self.get_last_problem_display()
        return f"{label} ({self.last_detail})" if self.last_detail else label


def url_key(url: str) -> str:
    """An article address's identity: SHA-256, short enough for a unique index."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


class PageOutcome(models.TextChoices):
    STORED = "stored", _("nouvelle source")
    KNOWN = "known", _("déjà connue")
    FAILED = "failed", _("échec")


class SeenPage(models.Model):
    """An article address met in a watched source: fetched once, never again unless it failed."""

    url = models.URLField(_("adresse"), max_length=2000)
    url_key = models.CharField(_("empreinte de l'adresse"), max_length=64, unique=True)
    feed = models.ForeignKey(
        WatchedFeed,
        verbose_name=_("trouvée dans"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pages",
    )
    outcome = models.CharField(_("résultat"), max_length=16, choices=PageOutcome.choices)
    problem = models.CharField(_("erreur"), max_length=16, choices=Problem.choices, blank=True)
    detail = models.CharField(_("précision"), max_length=500, blank=True)
    attempts = models.PositiveSmallIntegerField(_("essais"), default=1)
    source = models.ForeignKey(
        "sources.Source",
        verbose_name=_("source"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    seen_at = models.DateTimeField(_("lue le"), auto_now=True)
    scope_rule = "review"

    class Meta:
        ordering = ["-seen_at"]
        verbose_name = _("article suivi")
        verbose_name_plural = _("articles suivis")

    def __str__(self) -> str:
        return self.url
