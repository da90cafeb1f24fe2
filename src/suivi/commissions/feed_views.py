"""Calendar subscriptions: a secret URL per user, that calendar apps fetch without signing in."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from suivi.access.permissions import requires
from suivi.access.scope import visible
from suivi.commissions.ical import calendar_for
from suivi.commissions.models import Commission, FeedToken


def active_token(user) -> FeedToken | None:
    return user.feed_tokens.filter(revoked_at__isnull=True).first()


def revoke_tokens(user) -> None:
    """Stop every calendar address of `user`, one save each so history records who revoked it."""
    for token in user.feed_tokens.filter(revoked_at__isnull=True):
        token.revoked_at = timezone.now()
        token.save()


def calendar_page(request):
    """Show the user's calendar URLs, and let them issue a new secret or revoke it."""
    token = active_token(request.user)
    commissions = visible(request.user, Commission.objects.all()) if token else []
    return render(
        request, "commissions/calendar.html", {"token": token, "commissions": commissions}
    )


@require_POST
@requires("calendar.own")
def calendar_token_new(request):
    """Revoke any previous secret and issue a new one: old URLs stop working at once."""
    revoke_tokens(request.user)
    FeedToken.objects.create(user=request.user)
    messages.success(
        request, _("Nouvelle adresse de calendrier créée ; les anciennes ne marchent plus.")
    )
    return redirect("commissions:calendar")


@require_POST
@requires("calendar.own")
def calendar_token_revoke(request):
    revoke_tokens(request.user)
    messages.success(request, _("Adresse de calendrier révoquée."))
    return redirect("commissions:calendar")


def _feed_user(token: str):
    found = FeedToken.objects.filter(token=token, revoked_at__isnull=True).select_related("user")
    feed = found.first()
    if feed is None or not feed.user.is_active:
        raise Http404(_("Calendrier inconnu ou révoqué."))
    return feed.user


def _language(request) -> str:
    """The feed's language: the one its address carries (`?lang=ru`, written by the calendar
    page in the language it was read in), since a calendar app sends no cookie and rarely an
    Accept-Language; otherwise what the request asks, French by default like the interface."""
    asked = request.GET.get("lang", "")
    return asked if asked in dict(settings.LANGUAGES) else translation.get_language()


def _ics(body: bytes) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    return response


@login_not_required
def user_feed(request, token: str):
    """Every session and open action item the token's owner may see."""
    user = _feed_user(token)
    with translation.override(_language(request)):
        return _ics(calendar_for(user, host=request.get_host()))


@login_not_required
def commission_feed(request, token: str, pk: int):
    user = _feed_user(token)
    commission = get_object_or_404(visible(user, Commission.objects.all()), pk=pk)
    with translation.override(_language(request)):
        return _ics(calendar_for(user, commission, host=request.get_host()))
