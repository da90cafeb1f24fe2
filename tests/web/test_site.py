"""Site-wide answers: the icon, missing files and error pages, styled and in the page's language."""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_favicon_is_served_to_anyone(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"


@override_settings(DEBUG=False)
@pytest.mark.parametrize("path", ["/static/suivi/nope.css", "/static/../../etc/passwd", "/nope/"])
def test_a_missing_file_or_page_answers_404(admin_client, path):
    assert admin_client.get(path).status_code == 404


@override_settings(DEBUG=False)
@pytest.mark.parametrize(
    "language, words",
    [("fr", "Page introuvable"), ("en", "Page not found"), ("ru", "Страница не найдена")],
)
def test_the_404_page_is_styled_and_translated(admin_client, language, words):
    admin_client.post(reverse("set_language"), {"language": language, "next": "/"})
    response = admin_client.get(reverse("agreements:detail", args=[999999]))
    page = response.content.decode()
    assert response.status_code == 404
    assert words in page
    assert "suivi.css" in page


@pytest.mark.parametrize(
    "language, words",
    [("fr", "Erreur du serveur"), ("en", "Server error"), ("ru", "Ошибка сервера")],
)
def test_the_500_page_renders_without_a_request(language, words):
    with translation.override(language):
        page = render_to_string("500.html")
    assert words in page
