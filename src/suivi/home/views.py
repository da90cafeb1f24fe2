"""The home page: what needs me, every figure a link to the list it counts."""

from __future__ import annotations

from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language

from suivi.access.scope import scope_key
from suivi.core.memo import remembered
from suivi.home.needs import needs_of


def home(request):
    """Late commissions, coming sessions, overdue milestones, open actions, claims waiting.

    Their eight queries and the model rows they build were two thirds of the page's CPU.
    What needs the user depends only on what they may see, the day and (claim kinds'
    labels) the language: remembered under that key until the register is written
    (core/memo.py), like the lists' drop-downs.
    """
    today = timezone.localdate()
    key = ("home.needs", scope_key(request.user), today, get_language())
    needs = remembered(key, lambda: needs_of(request.user, today))
    return render(request, "home/home.html", {"needs": needs})
