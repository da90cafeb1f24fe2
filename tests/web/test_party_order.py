"""Parties as people look for them: the register's first, then states A–Z in the page's
language; and "the register's" means the records the viewer may see, never more."""

from __future__ import annotations

import html
import re
from itertools import pairwise

import pytest
from django.urls import reverse

from suivi.agreements.models import Agreement
from suivi.core.search import fold
from suivi.parties.models import Party

pytestmark = pytest.mark.django_db

ROW = re.compile(r'<td><a href="/parties/\d+/">([^<]+)</a>|scope="rowgroup">([^<]+)</th>')


def groups(client, language: str = "fr", page: int = 1) -> list[tuple[str, str]]:
    """(group heading, party name) of each row of one page of the list."""
    response = client.get("/parties/", {"page": page}, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    rows, heading = [], ""
    for name, group in ROW.findall(response.content.decode()):
        if group:
            heading = html.unescape(group)
        else:
            rows.append((heading, html.unescape(name)))
    return rows


def names(client, language: str = "fr", page: int = 1) -> list[str]:
    return [name for _, name in groups(client, language, page)]


@pytest.fixture
def secret(story):
    """An agreement only party A's delegation sees, naming Zimbabwe and Equatorial Guinea."""
    agreement = Agreement.objects.create(
        kind="agreement",
        title_fr="Accord réservé",
        confidentiality="party",
        restricted_to=story.party_a,
    )
    agreement.parties.set(Party.objects.filter(code__in=["MLI", "ZWE", "GNQ"]))
    return agreement


def test_a_delegate_sees_the_parties_of_records_in_reach_first(client, story, secret):
    client.force_login(story.mli)
    first = groups(client)
    names = ["Fédération de Russie", "Guinée Équatoriale", "Mali", "Zimbabwe"]
    assert first[:4] == [("Parties du registre", name) for name in names]
    assert first[4] == ("États", "Afghanistan")


def test_the_order_never_tells_another_delegate_a_restricted_record_exists(client, story, secret):
    client.force_login(story.rus)
    first = names(client)
    assert first[:2] == ["Fédération de Russie", "Mali"]  # the commission's, which they see
    assert first[2] == "Afghanistan"  # then every other state, A–Z
    assert "Zimbabwe" not in first and "Guinée Équatoriale" not in first
    found = client.get(reverse("suggest"), {"of": "parties", "format": "add", "q": "guinee"})
    offered = html.unescape(found.content.decode())
    assert offered.index("+ Guinée<") < offered.index("Guinée Équatoriale")
    client.force_login(story.mli)
    found = client.get(reverse("suggest"), {"of": "parties", "format": "add", "q": "guinee"})
    offered = html.unescape(found.content.decode())
    assert offered.index("Guinée Équatoriale") < offered.index("Guinée-Bissau")


@pytest.mark.parametrize("language", ["fr", "en", "ru"])
def test_states_a_to_z_in_the_pages_language_across_pages(client, story, language):
    client.force_login(story.reader)
    shown = [row for page in range(1, 7) for row in groups(client, language, page)]
    assert len({name for _, name in shown}) == len(shown) == Party.objects.count()
    headings = list(dict.fromkeys(heading for heading, _ in shown))
    assert len(headings) == 3  # the register's, the states, the other parties
    for heading in headings:
        rows = [name for group, name in shown if group == heading]
        assert rows == sorted(rows, key=fold), [
            (a, b) for a, b in pairwise(rows) if fold(a) > fold(b)
        ][:3]
    states = [name for group, name in shown if group == headings[1]]
    egypt = {"fr": "Égypte", "en": "Egypt", "ru": "Египет"}[language]
    assert fold(states[states.index(egypt) - 1])[0] in "deд"  # among the E's, not after Z
