"""Views shared by the register's apps: every list and detail goes through the access scope."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.shortcuts import render
from django.views.generic import DetailView, ListView

from suivi.access.history import entries_of
from suivi.access.scope import visible


class ScopedQuerysetMixin:
    """Restrict the view's queryset to what the user may see; other records answer 404."""

    def get_queryset(self) -> QuerySet:
        return visible(self.request.user, super().get_queryset())


class RegisterListView(ScopedQuerysetMixin, ListView):
    paginate_by = 50
    search_fields: tuple[str, ...] = ()

    def get_queryset(self) -> QuerySet:
        queryset = super().get_queryset()
        term = self.request.GET.get("q", "").strip()
        if term and self.search_fields:
            condition = Q()
            for name in self.search_fields:
                condition |= Q(**{f"{name}__icontains": term})
            queryset = queryset.filter(condition).distinct()
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["q"] = self.request.GET.get("q", "")
        context["opts"] = self.model._meta
        return context


class RegisterDetailView(ScopedQuerysetMixin, DetailView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["opts"] = self.model._meta
        history = getattr(self.object, "history", None)
        rows = list(history.select_related("history_user")[:51]) if history else []
        context["history"] = entries_of(self.request.user, rows)[:50]
        return context


def form_status(request, form) -> int:
    """200 for a fresh form, 409 when a save met someone else's change, else 400 (invalid)."""
    if request.method != "POST":
        return 200
    return 409 if getattr(form, "conflict", None) is not None else 400


def home(request):
    """The dashboard: how much the register holds that this user may see."""
    from suivi.agreements.models import Agreement
    from suivi.commissions.models import Commission, Session
    from suivi.projects.models import Project
    from suivi.sources.models import Claim, Source

    user = request.user
    counts = {
        model._meta.verbose_name_plural: visible(user, model.objects.all()).count()
        for model in (Agreement, Project, Commission, Session, Source, Claim)
    }
    recent = visible(user, Agreement.objects.prefetch_related("parties", "sectors"))[:10]
    return render(request, "core/home.html", {"counts": counts, "recent": recent})
