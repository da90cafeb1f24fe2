"""The page header is written once per language and kind of user (core/templatetags/
navigation.py); what belongs to one request is its own: user name, path, CSRF token."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def header(client: Client, url: str) -> str:
    return re.search(r'<header class="top">.*?</header>', client.get(url).text, re.S).group(0)


def test_each_reader_sees_their_own_name_and_path_escaped(client, story):
    odd = get_user_model().objects.create_user('<b>"o\'dd"</b>', password="pw-odd-2026")
    odd.memberships.create(role="reader")
    client.force_login(story.mli)
    first = header(client, reverse("agreements:list") + '?q="<x>"')
    assert '<span class="user">aminata</span>' in first
    assert 'value="/agreements/?q=%22%3Cx%3E%22"' in first
    client.force_login(odd)
    second = header(client, reverse("projects:list"))
    assert '<span class="user">&lt;b&gt;&quot;o&#x27;dd&quot;&lt;/b&gt;</span>' in second
    assert "aminata" not in second and 'value="/projects/"' in second


def test_the_header_forms_carry_a_token_the_site_accepts(story):
    client = Client(enforce_csrf_checks=True)
    client.force_login(story.mli)
    tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', header(client, "/"))
    assert len(tokens) == 2
    response = client.post(
        reverse("set_language"), {"language": "en", "next": "/", "csrfmiddlewaretoken": tokens[0]}
    )
    assert response.status_code == 302
    assert 'lang="en"' in client.get("/").text


def test_a_signed_out_visitor_gets_the_language_form_without_navigation(client):
    page = client.get(reverse("login")).text
    assert "csrfmiddlewaretoken" in page and 'name="language"' in page
    assert "Navigation principale" not in page
