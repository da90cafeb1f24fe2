"""Calendar feeds behind a secret URL: every session parses back; revoked or foreign tokens fail."""

from datetime import date

import pytest
from django.urls import reverse
from icalendar import Calendar

from suivi.commissions.models import Commission, FeedToken, Session


@pytest.fixture
def token(admin_user):
    return FeedToken.objects.create(user=admin_user)


def events(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return list(calendar.walk("VEVENT"))


def test_the_user_feed_holds_every_session_without_signing_in(client, cycle, second, token):
    other = Commission.objects.create(name="Comité de défense", cadence_months=12)
    Session.objects.create(commission=other, number=1, start=date(2025, 3, 3), end=date(2025, 3, 4))
    found = events(client.get(reverse("commissions:user_feed", args=[token.token])))
    sessions = {str(e["uid"]) for e in found if "session" in str(e["uid"])}
    expected = {f"suivi-session-{s.pk}@testserver" for s in Session.objects.all()}
    assert sessions == expected
    defence = next(e for e in found if "Comité de défense" in str(e["summary"]))
    assert defence.decoded("dtstart") == date(2025, 3, 3)
    assert defence.decoded("dtend") == date(2025, 3, 5)  # all-day events end the day after
    action = next(e for e in found if "Transmettre" in str(e["summary"]))
    assert action.decoded("dtstart") == date(2025, 4, 1)
    assert not any("points focaux" in str(e["summary"]) for e in found)  # done: not due


def test_the_commission_feed_holds_only_that_commission(client, cycle, second, token):
    other = Commission.objects.create(name="Comité de défense")
    Session.objects.create(commission=other, number=1, start=date(2025, 3, 3))
    url = reverse("commissions:commission_feed", args=[token.token, cycle["commission"].pk])
    summaries = [str(e["summary"]) for e in events(client.get(url))]
    assert len([s for s in summaries if "session" in s]) == 2
    assert not any("défense" in s for s in summaries)


def test_a_revoked_or_unknown_token_answers_404(client, admin_client, cycle, token):
    url = reverse("commissions:user_feed", args=[token.token])
    admin_client.post(reverse("commissions:calendar_revoke"))
    assert client.get(url).status_code == 404
    assert client.get(reverse("commissions:user_feed", args=["not-a-token"])).status_code == 404


def test_a_new_address_replaces_the_old_one(admin_client, admin_user, cycle, token):
    admin_client.post(reverse("commissions:calendar_new"))
    fresh = FeedToken.objects.get(user=admin_user, revoked_at__isnull=True)
    assert fresh.token != token.token
    page = admin_client.get(reverse("commissions:calendar")).content.decode()
    assert fresh.token in page and token.token not in page


def test_the_feed_shows_only_what_its_owner_may_see(client, cycle, make_reader):
    reader = make_reader()
    hidden = Session.objects.create(
        commission=cycle["commission"], number=5, start=date(2026, 5, 5), confidentiality="party"
    )
    feed = FeedToken.objects.create(user=reader)
    found = events(client.get(reverse("commissions:user_feed", args=[feed.token])))
    uids = {str(event["uid"]) for event in found}
    assert f"suivi-session-{cycle['first'].pk}@testserver" in uids
    assert f"suivi-session-{hidden.pk}@testserver" not in uids
