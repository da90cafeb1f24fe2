"""Uploaded documents are downloaded through the access scope, never from a public /media/."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from suivi.agreements.models import Agreement, Document

pytestmark = pytest.mark.django_db

CONTENT = b"%PDF-1.4 texte signe, reserve a la Russie"


@pytest.fixture
def restricted(story, settings, tmp_path):
    """An agreement and its signed text, both restricted to party B (Russia)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    agreement = Agreement.objects.create(
        kind="agreement",
        title_fr="Accord réservé",
        confidentiality="party",
        restricted_to=story.party_b,
    )
    document = Document(
        title="Texte signé",
        agreement=agreement,
        confidentiality="party",
        restricted_to=story.party_b,
    )
    document.file.save('Texte signé "final".pdf', ContentFile(CONTENT), save=True)
    return document


def download(client: Client, document: Document):
    return client.get(reverse("agreements:document", args=[document.pk]))


def test_party_b_delegate_downloads_the_restricted_document(client, story, restricted):
    client.force_login(story.rus)
    answer = download(client, restricted)
    assert answer.status_code == 200
    assert b"".join(answer.streaming_content) == CONTENT
    assert answer["Content-Type"] == "application/pdf"
    disposition = answer["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=utf-8''" in disposition  # the accented name, quoted safely
    assert '"final"' not in disposition


def test_the_document_is_linked_from_its_agreement(client, story, restricted):
    client.force_login(story.rus)
    page = client.get(reverse("agreements:detail", args=[restricted.agreement_id]))
    assert reverse("agreements:document", args=[restricted.pk]) in page.content.decode()


@pytest.mark.parametrize("who", ["mli", "reader", "reviewer"])
def test_others_get_404(client, story, restricted, who):
    client.force_login(getattr(story, who))
    assert download(client, restricted).status_code == 404


def test_anonymous_is_sent_to_sign_in(client, restricted, settings):
    settings.SUIVI_PUBLIC_PAGES = True  # even where public pages are open
    answer = download(client, restricted)
    assert answer.status_code == 302
    assert answer["Location"].startswith(reverse("login"))


def test_a_missing_file_is_404(client, story, restricted):
    restricted.file.storage.delete(restricted.file.name)
    client.force_login(story.rus)
    assert download(client, restricted).status_code == 404


def test_media_is_not_served(client, story, restricted):
    client.force_login(story.rus)
    assert client.get(f"/media/{restricted.file.name}").status_code == 404
