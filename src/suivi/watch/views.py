"""The Veille pages: watched sources, how each was last read, and their configuration."""

from __future__ import annotations

from suivi.access.permissions import permits
from suivi.access.scope import can_edit, visible
from suivi.core.edit import RegisterEditView
from suivi.core.views import RegisterDetailView, RegisterListView
from suivi.watch.forms import WatchedFeedForm
from suivi.watch.models import SeenPage, WatchedFeed

RECENT_PAGES = 30


class WatchedFeedListView(RegisterListView):
    model = WatchedFeed
    search_fields = ("name", "url")
    orderings = {"name": ("name", "url"), "read": ("last_read_at",)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_create"] = permits(self.request.user, "watch.change")
        return context


class WatchedFeedDetailView(RegisterDetailView):
    model = WatchedFeed

    def get_context_data(self, **kwargs):
        user = self.request.user
        kwargs["can_edit"] = permits(user, "watch.change") and can_edit(user, self.object)
        context = super().get_context_data(**kwargs)
        pages = SeenPage.objects.filter(feed=self.object).select_related("source")
        context["pages"] = visible(user, pages)[:RECENT_PAGES]
        return context


class WatchedFeedEditView(RegisterEditView):
    model = WatchedFeed
    form_class = WatchedFeedForm
    suivi_action = "watch.change"

    def may_create(self, user) -> bool:
        return permits(user, "watch.change")
