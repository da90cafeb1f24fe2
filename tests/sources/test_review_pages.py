"""The review queue in the browser: list, claim beside its text, accept and reject with CSRF."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from suivi.agreements.models import Agreement
from suivi.sources.ingest import ingest_reading
from suivi.sources.models import Claim, ClaimStatus, Source
from tests.sources.readings import agreement, reading

pytestmark = pytest.mark.django_db

TEXT = (
    "Bamako, le 23 juin 2025. Le Mali et la Russie ont signé un accord sur la santé <b>publique</b>. "
    "Les deux pays ont salué ce pas."
)
EVIDENCE = "Le Mali et la Russie ont signé un accord sur la santé <b>publique</b>."


@pytest.fixture
def reviewer():
    return get_user_model().objects.create_superuser("relecteur", password="secret-pass-1")


@pytest.fixture
def csrf_client(reviewer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    return client


@pytest.fixture
def claim():
    ingest_reading(
        reading(
            TEXT,
            parties=["MLI", "RUS"],
            agreements=[agreement(EVIDENCE, sectors=["health"], date="2025-06-23")],
        )
    )
    return Claim.objects.get(kind="agreement")


def post_with_csrf(client: Client, page: str, action: str, data: dict):
    client.get(page)
    return client.post(action, {**data, "csrfmiddlewaretoken": client.cookies["csrftoken"].value})


def test_the_queue_lists_pending_claims_and_filters_by_kind(csrf_client, claim):
    page = csrf_client.get(reverse("sources:claims"))
    assert page.status_code == 200
    assert reverse("sources:claim", args=[claim.pk]) in page.content.decode()
    only_parties = csrf_client.get(reverse("sources:claims") + "?status=pending&kind=party")
    assert reverse("sources:claim", args=[claim.pk]) not in only_parties.content.decode()


def test_the_claim_page_marks_the_evidence_in_the_escaped_text(csrf_client, claim):
    html = csrf_client.get(reverse("sources:claim", args=[claim.pk])).content.decode()
    assert '<mark id="evidence">Le Mali et la Russie' in html
    assert "&lt;b&gt;publique&lt;/b&gt;" in html and "<b>publique</b>" not in html


def test_accepting_without_csrf_is_refused(csrf_client, claim):
    response = csrf_client.post(reverse("sources:accept", args=[claim.pk]))
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PENDING


def test_accepting_through_the_page_creates_the_record_with_history(csrf_client, claim, reviewer):
    for party in Claim.objects.filter(kind="party"):
        page = reverse("sources:claim", args=[party.pk])
        post_with_csrf(csrf_client, page, reverse("sources:accept", args=[party.pk]), {})
    page = reverse("sources:claim", args=[claim.pk])
    response = post_with_csrf(csrf_client, page, reverse("sources:accept", args=[claim.pk]), {})
    assert response.status_code == 302
    record = Agreement.objects.get()
    assert record.history.first().history_user == reviewer
    detail = csrf_client.get(reverse("agreements:detail", args=[record.pk])).content.decode()
    assert Source.objects.get().title in detail  # the backing source and the timeline
    assert "1 source l" in detail


def test_edit_then_accept_uses_the_edited_facts(csrf_client, claim):
    for party in Claim.objects.filter(kind="party"):
        page = reverse("sources:claim", args=[party.pk])
        post_with_csrf(csrf_client, page, reverse("sources:accept", args=[party.pk]), {})
    page = reverse("sources:claim", args=[claim.pk])
    html = csrf_client.get(page).content.decode()
    assert '<option value="memorandum">Mémorandum d&#x27;entente</option>' in html  # labels
    assert 'value="health" checked' in html.replace('id="id_sectors_0" ', "") or "Santé" in html
    assert 'value="MLI" checked> Mali' in html  # the parties read, ticked, by name
    data = {"edit": "1", "kind": "memorandum", "parties": "MLI", "parties__add": "rus"}
    data |= {"sectors": ["health", "research"], "status": "signed", "date": "23/06/2025"}
    data |= {"title": "Mémorandum santé"}
    post_with_csrf(csrf_client, page, reverse("sources:accept", args=[claim.pk]), data)
    record = Agreement.objects.get()
    assert record.kind == "memorandum" and record.title_fr == "Mémorandum santé"
    assert {s.code for s in record.sectors.all()} == {"health", "research"}
    assert {p.code for p in record.parties.all()} == {"MLI", "RUS"}
    assert str(record.signed_on) == "2025-06-23"


@pytest.mark.parametrize(
    "bad", [{"kind": "accord"}, {"date": "31/02/2025"}, {"sectors": ["nowhere"]}]
)
def test_bad_edits_keep_what_was_typed_and_save_nothing(csrf_client, claim, bad):
    page = reverse("sources:claim", args=[claim.pk])
    data = {"edit": "1", "kind": "agreement", "parties": "MLI", "title": "Titre corrigé"}
    response = post_with_csrf(
        csrf_client, page, reverse("sources:accept", args=[claim.pk]), {**data, **bad}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="errorlist' in html and 'value="Titre corrigé"' in html
    assert not Agreement.objects.exists()


def test_rejecting_needs_a_reason_and_keeps_it(csrf_client, claim):
    page = reverse("sources:claim", args=[claim.pk])
    action = reverse("sources:reject", args=[claim.pk])
    assert post_with_csrf(csrf_client, page, action, {"reason": ""}).status_code == 400
    assert post_with_csrf(csrf_client, page, action, {"reason": "Doublon"}).status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.reason) == (ClaimStatus.REJECTED, "Doublon")
    assert claim.history.first().history_user.username == "relecteur"


def test_merge_into_a_named_record(csrf_client, claim):
    existing = Agreement.objects.create(kind="agreement", title_fr="Accord santé", status="planned")
    page = reverse("sources:claim", args=[claim.pk])
    action = reverse("sources:merge", args=[claim.pk])
    assert post_with_csrf(csrf_client, page, action, {"record_id": 99999}).status_code == 400
    assert post_with_csrf(csrf_client, page, action, {"q": "nulle part"}).status_code == 400
    search = {"of": "agreements", "format": "radio", "name": "record_id", "q": "sante"}
    found = csrf_client.get(reverse("suggest"), search)
    assert f'name="record_id" value="{existing.pk}"' in found.content.decode()
    post_with_csrf(csrf_client, page, action, {"q": "accord sante"})  # one match: taken
    existing.refresh_from_db()
    assert existing.status == "signed" and str(existing.signed_on) == "2025-06-23"
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.MERGED


def test_upload_of_a_pasted_text_goes_through_ingest(csrf_client, monkeypatch):
    page = reverse("sources:upload")
    data = {"text": "Le Mali et le Sénégal ont signé un accord sur les transports."}
    response = post_with_csrf(csrf_client, page, page, data)
    assert response.status_code == 302
    source = Source.objects.get()
    again = post_with_csrf(csrf_client, page, page, data)
    assert again.url == reverse("sources:detail", args=[source.pk])
    assert Source.objects.count() == 1
    empty = post_with_csrf(csrf_client, page, page, {"text": ""})
    assert empty.status_code == 400


@pytest.mark.parametrize(
    "name, data, said",
    [
        ("scan.txt", b"PK\x03\x04\x00\x00\x08", "Ce fichier texte contient des données binaires."),
        ("ancien.txt", "Coopération".encode("latin-1"), "n'est pas en UTF-8 (octet 4)"),
        ("page.html", b'<html><meta charset="x-inconnu"><p>x</p></html>', "inconnu : x-inconnu"),
        ("vide.txt", b" \n\n ", "Le document est vide."),
    ],
)
def test_an_upload_that_cannot_be_read_says_why_in_the_pages_language(
    csrf_client, name, data, said
):
    """The reading layer says it in English for `suivi read`; the page showed that English."""
    from html import unescape

    from django.core.files.uploadedfile import SimpleUploadedFile

    page = reverse("sources:upload")
    response = post_with_csrf(csrf_client, page, page, {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 400
    assert said in unescape(response.content.decode())
    assert not Source.objects.exists()


def test_another_users_cannot_review(claim):
    reader = get_user_model().objects.create_user("lecteur", password="x")
    client = Client()
    client.force_login(reader)
    response = client.post(reverse("sources:reject", args=[claim.pk]), {"reason": "non"})
    assert response.status_code == 403  # no role may review
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PENDING
