"""A claim names the record it was merged into only to a reader who may see that record.

A reviewer reads the whole queue, claims about party A's restricted records included; the
claim's page names such a record "restricted record". API v1 (one claim, the list) and
`suivi review list --json` said `"record_id": 2, "proposal": "same as agreement #2"`: the
id of a record the reviewer may not see.
"""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.utils import timezone

from suivi.access import tokens
from suivi.agreements.models import Agreement
from suivi.sources.models import Claim, Source

pytestmark = pytest.mark.django_db


def _claims(story):
    hidden = Agreement.objects.create(
        kind="agreement",
        title_fr="Accord réservé",
        confidentiality="party",
        restricted_to=story.party_a,
    )
    shown = Agreement.objects.create(kind="agreement", title_fr="Accord public")
    source = Source.objects.create(title="Dépêche", text="Le Mali signe deux accords.")
    claims = {}
    for name, record in (("hidden", hidden), ("shown", shown)):
        claims[name] = Claim.objects.create(
            source=source,
            kind="agreement",
            status="accepted",
            record=record,
            facts={"title": "accord"},
            evidence="accord",
            reviewed_at=timezone.now(),
        )
    return hidden, shown, claims


def test_the_api_names_no_hidden_record_behind_a_claim(story):
    hidden, shown, claims = _claims(story)
    _, token = tokens.issue(story.reviewer, days=1)
    api = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    one = api.get(f"/api/v1/claims/{claims['hidden'].pk}").json()
    assert one["record_id"] is None
    assert f"#{hidden.pk}" not in one["proposal"]
    listed = {
        row["id"]: row for row in api.get("/api/v1/claims/?status=accepted").json()["results"]
    }
    assert listed[claims["hidden"].pk]["record_id"] is None
    assert f"#{hidden.pk}" not in listed[claims["hidden"].pk]["proposal"]
    assert listed[claims["shown"].pk]["record_id"] == shown.pk
    assert listed[claims["shown"].pk]["proposal"] == f"same as agreement #{shown.pk}"
    _, token = tokens.issue(story.secretariat, days=1)  # reaches no commission of the record
    admin_view = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    assert admin_view.get(f"/api/v1/claims/{claims['shown'].pk}").json()["record_id"] == shown.pk


def test_the_review_list_names_no_hidden_record_behind_a_claim(story, capsys):
    from suivi.cli.main import main

    hidden, shown, claims = _claims(story)
    main(["review", "list", "--status", "all", "--json", "--as", story.reviewer.username])
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows[claims["hidden"].pk]["record_id"] is None
    assert f"#{hidden.pk}" not in rows[claims["hidden"].pk]["proposal"]
    assert rows[claims["shown"].pk]["record_id"] == shown.pk
