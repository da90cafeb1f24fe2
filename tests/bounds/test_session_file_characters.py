"""Control characters already in the register (older data, evidence of a read text) never break
the session file: the DOCX writer strips what XML 1.0 forbids (issue 9, reproduction 6)."""

from __future__ import annotations

import io

import docx
import pytest
from django.urls import reverse

from suivi.commissions.models import AgendaItem, Decision
from suivi.sources.models import Claim, Source

pytestmark = pytest.mark.django_db


@pytest.fixture
def hostile(cycle):
    """Texts holding a vertical tab, a form feed and a bell, as a fuzzed register has them."""
    AgendaItem.objects.create(
        session=cycle["first"], order=9, title="Point\x0b vertical", body="Détail\x0c ici\x07"
    )
    Decision.objects.create(session=cycle["first"], text="Décision\x01 prise")
    source = Source.objects.create(title="Titre\x0b lu", text="Le texte\x0b lu.")
    Claim.objects.create(
        source=source,
        kind="agreement",
        status="accepted",
        evidence="Passage\x0b cité",
        record=cycle["solar"],
    )
    return cycle


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_session_file_downloads_despite_control_characters(admin_client, hostile, fmt):
    url = reverse("commissions:session_file", args=[hostile["commission"].pk, 1])
    response = admin_client.get(url, {"format": fmt, "lang": "fr"})
    assert response.status_code == 200
    if fmt == "docx":
        document = docx.Document(
            io.BytesIO(
                b"".join(response.streaming_content) if response.streaming else response.content
            )
        )
        text = "\n".join(p.text for p in document.paragraphs)
        assert "Point vertical" in text
        assert "\x0b" not in text
