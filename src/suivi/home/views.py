"""The home page: what needs me, every figure a link to the list it counts."""

from __future__ import annotations

from django.shortcuts import render
from django.utils import timezone

from suivi.home.needs import needs_of


def home(request):
    """Late commissions, coming sessions, overdue milestones, open actions, claims waiting."""
    needs = needs_of(request.user, timezone.localdate())
    return render(request, "home/home.html", {"needs": needs})
