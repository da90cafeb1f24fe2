"""A signed text uploaded on an agreement's page: checked, private, downloaded through the scope."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from suivi.agreements.models import Agreement, Document

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def agreement(story):
    record = Agreement.objects.create(kind="agreement", title_fr="Accord nucléaire civil")
    story.commission.agreements.add(record)
    return record


def post(client, agreement, name: str, content: bytes, **data):
    upload = SimpleUploadedFile(name, content, content_type="application/pdf")
    data = {"title": "Texte signé", "confidentiality": "public", "file": upload, **data}
    return client.post(reverse("agreements:document_add", args=[agreement.pk]), data)


def test_the_secretariat_uploads_a_signed_text_that_readers_download(client, story, agreement):
    client.force_login(story.secretariat)
    page = client.get(reverse("agreements:detail", args=[agreement.pk])).content.decode()
    assert reverse("agreements:document_add", args=[agreement.pk]) in page
    assert post(client, agreement, "accord signé.pdf", PDF).status_code == 302
    document = Document.objects.get()
    assert document.agreement == agreement and document.history.count() == 1
    assert (
        "/media/"
        not in client.get(reverse("agreements:detail", args=[agreement.pk])).content.decode()
    )
    client.force_login(story.reader)
    response = client.get(reverse("agreements:document", args=[document.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF


@pytest.mark.parametrize(
    "name, content",
    [
        ("texte.pdf", b"<html><script>alert(1)</script></html>"),  # not what its name says
        ("outil.exe", b"MZ\x90\x00"),
        ("page.html", b"<html></html>"),
    ],
)
def test_a_file_that_is_not_what_it_claims_is_refused(client, story, agreement, name, content):
    client.force_login(story.secretariat)
    response = post(client, agreement, name, content)
    assert response.status_code == 400
    assert 'class="errorlist' in response.content.decode()
    assert not Document.objects.exists()


def test_a_party_restricted_document_stays_with_that_party(client, story, agreement):
    client.force_login(story.secretariat)
    assert (
        post(
            client, agreement, "note.pdf", PDF, confidentiality="party", restricted_to="MLI"
        ).status_code
        == 302
    )
    document = Document.objects.get()
    client.force_login(story.rus)
    assert client.get(reverse("agreements:document", args=[document.pk])).status_code == 404
    # the agreement is public: B reads it, may not attach to it, and is told so (403)
    assert client.get(reverse("agreements:document_add", args=[agreement.pk])).status_code == 403
    client.force_login(story.mli)
    assert client.get(reverse("agreements:document", args=[document.pk])).status_code == 200


def test_the_download_lives_under_the_agreements_and_the_old_address_redirects(
    client, story, agreement
):
    """Document moved from sources to the register: its file is served under /agreements/,
    an old /sources/documents/<id>/ link answers 301 there, and the scope is checked on the
    new address (a permanent redirect is cached by browsers: it must never carry a verdict)."""
    client.force_login(story.secretariat)
    post(client, agreement, "note.pdf", PDF, confidentiality="party", restricted_to="MLI")
    document = Document.objects.get()
    new = reverse("agreements:document", args=[document.pk])
    assert new == f"/agreements/documents/{document.pk}/"
    page = client.get(reverse("agreements:detail", args=[agreement.pk])).content.decode()
    assert f'href="{new}"' in page and "/sources/documents/" not in page
    old = f"/sources/documents/{document.pk}/"
    for user, status in ((story.mli, 200), (story.rus, 404)):
        client.force_login(user)
        moved = client.get(old)
        assert moved.status_code == 301 and moved["Location"] == new
        assert client.get(old, follow=True).status_code == status
