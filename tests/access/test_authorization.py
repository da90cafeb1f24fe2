"""One authorization test, applied to every model of the register.

For each model the story makes a record restricted to party B (RUS) — reaching the shared
commission, so only the party restriction hides it — and a commission-only record. Then
every surface is walked: the scope itself, every page and API route discovered from the
URLconf (lists, details, search, edits, deletes, exports, downloads), the dashboard's
counts, and the admin's list, change, delete and history pages.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from suivi.access.scope import editable, kind_of, visible
from suivi.core.registry import record_models
from tests.access.records import link, make
from tests.access.surfaces import admin_urls, routes, url

pytestmark = pytest.mark.django_db

MODELS = {model._meta.label_lower: model for model in record_models()}
CONFIDENTIAL = sorted(
    label for label, m in MODELS.items() if kind_of(m) in {"confidential", "child"}
)
RULED = sorted(set(MODELS) - set(CONFIDENTIAL))
# Every page and API route of the register's apps: a record may leak from another app's page.
ROUTES = routes({model._meta.app_label for model in MODELS.values()} | {"api"})


def _marker(model, level: str) -> str:
    return f"SEC{level[:3].upper()}{model.__name__[:6].upper()}"


def restricted(model, story, level: str):
    """A record of `model` that only `level` ("party" for party B, "commission") lets through."""
    marker = _marker(model, level)
    kind = kind_of(model)
    if kind == "child":
        parent_field = model._meta.get_field(model.scope_parent)
        parent, _ = restricted(parent_field.related_model, story, level)
        return make(model, marker, **{model.scope_parent: parent}), marker
    party = story.party_b if level == "party" else None
    record = make(model, marker, confidentiality=level, restricted_to=party)
    for path in model.commission_lookups[:1]:
        link(record, path, story.commission, "LINKROW")
    return record, marker


def leaks(body: str, marker: str) -> bool:
    """Whether a page shows the record's text ("MARKER n"), not merely echoes a search term."""
    return re.search(rf"{marker} \d", body) is not None


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def assert_hidden(user, model, record, marker: str) -> None:
    """`user` never meets `record`: not in the scope, any page, route, count or admin page."""
    assert not visible(user, model.objects.filter(pk=record.pk)).exists()
    assert not editable(user, model.objects.filter(pk=record.pk)).exists()
    client = _client(user)
    for route in ROUTES:
        target = url(route, record.pk)
        writes = (client.post, client.patch, client.delete) if route.takes_id else ()
        for method in (client.get, *writes):
            response = method(target)
            body = response.content.decode(errors="replace")
            assert not leaks(body, marker), f"{route.name} shows {marker} to {user}"
            if route.takes_id and route.view_model is model:
                assert response.status_code in (403, 404, 405), route.name
        if not route.takes_id:
            searched = client.get(target, {"q": marker})
            assert not leaks(searched.content.decode(errors="replace"), marker), route.name
    assert model.objects.filter(pk=record.pk).exists(), "a refused POST deleted the record"
    home = client.get("/", {"q": marker})
    assert not leaks(home.content.decode(), marker)
    # The home page's figures count only what the user may see.
    from suivi.sources.models import Claim

    needs = home.context["needs"]
    waiting = visible(user, Claim.objects.filter(status="pending")).count()
    assert needs.pending_claims == waiting


def assert_hidden_in_admin(user, model, record, marker: str) -> None:
    """Even as staff with every model permission, the admin keeps to the user's scope."""
    pages = admin_urls(model, record.pk)
    if pages is None:
        return
    user.is_staff = True
    user.save()
    user.user_permissions.set(Permission.objects.all())
    client = _client(user)
    listing = client.get(pages["changelist"])
    assert listing.status_code == 200
    assert not leaks(listing.content.decode(), marker)
    for page in ("change", "delete", "history"):
        response = client.get(pages[page])
        assert response.status_code in (302, 403, 404), page
        assert not leaks(response.content.decode(), marker), page
    client.post(pages["delete"], {"post": "yes"})
    assert model.objects.filter(pk=record.pk).exists()


@pytest.mark.parametrize("label", CONFIDENTIAL)
def test_delegate_of_party_a_never_meets_a_record_restricted_to_party_b(label, story):
    model = MODELS[label]
    record, marker = restricted(model, story, "party")
    assert visible(story.rus, model.objects.filter(pk=record.pk)).exists(), "B sees its own"
    assert visible(story.secretariat, model.objects.filter(pk=record.pk)).exists()
    assert_hidden(story.mli, model, record, marker)
    assert_hidden_in_admin(story.mli, model, record, marker)


@pytest.mark.parametrize("label", CONFIDENTIAL)
def test_reader_never_meets_a_commission_only_record(label, story):
    model = MODELS[label]
    record, marker = restricted(model, story, "commission")
    assert visible(story.mli, model.objects.filter(pk=record.pk)).exists(), "members see it"
    assert_hidden(story.reader, model, record, marker)
    assert_hidden_in_admin(story.reader, model, record, marker)


# Records without confidentiality of their own: who may read them, by their declared rule.
RULE_READERS = {
    "reference": {"mli", "rus", "reader", "secretariat", "reviewer"},
    "commission": {"mli", "rus", "reader", "secretariat", "reviewer"},
    "review": {"secretariat", "reviewer"},
    "own": set(),  # the row belongs to someone outside the story
    "admin": set(),
}


@pytest.mark.parametrize("label", RULED)
def test_records_without_confidentiality_follow_their_rule(label, story):
    model = MODELS[label]
    rule = kind_of(model)
    marker = _marker(model, "rule")
    # Reference rows (states, sectors) come from data migrations; others are made here.
    shared = rule in {"reference", "commission"} and model.objects.exists()
    record = model.objects.first() if shared else make(model, marker)
    for name in ("mli", "rus", "reader", "secretariat", "reviewer"):
        user = getattr(story, name)
        seen = visible(user, model.objects.filter(pk=record.pk)).exists()
        assert seen == (name in RULE_READERS[rule]), f"{name} and a {rule} record"
        if not seen:
            assert_hidden(user, model, record, marker)


def test_every_model_declares_how_it_is_scoped():
    for model in record_models():
        assert kind_of(model) is not None, model
