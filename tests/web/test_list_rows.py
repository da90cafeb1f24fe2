"""List rows written in Python (agreements/rows.py, projects/rows.py) and filtered counts read
from a sector's or a commission's links (ListFilter.counted): what the reader sees is what the
template loop showed, escaped, and the counts are those of the rows the reader may see."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils import translation

from suivi.agreements.models import Agreement
from suivi.projects.models import Project

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script> & Cie'


def test_agreement_rows_show_every_column_escaped(admin_client, story):
    agreement = Agreement.objects.create(kind="agreement", title_fr=HOSTILE, status="signed")
    agreement.parties.set([story.party_a])
    agreement.sectors.set(["energy"])
    body = admin_client.get(reverse("agreements:list")).content.decode()
    assert "<script>alert" not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cie" in body
    row = re.search(rf'<tr><td><a href="/agreements/{agreement.pk}/">.*?</tr>', body).group(0)
    assert '<span class="badge signed">Signé</span>' in row
    assert f'<abbr title="{story.party_a}">{story.party_a.code}</abbr>' in row
    assert "Énergie" in row


def test_project_rows_show_budget_by_locale_and_escape_titles(admin_client):
    Project.objects.create(title=HOSTILE, budget_amount=120_000_000_000, budget_currency="XOF")
    body = admin_client.get(reverse("projects:list")).content.decode()
    assert "<script>alert" not in body and "&lt;script&gt;" in body
    assert '<td class="num">120\u00a0000\u00a0000\u00a0000\u00a0francs CFA (BCEAO)</td>' in body


def test_a_project_row_names_the_agreements_its_reader_may_see(client, story):
    """In the page's language, newest signature first; another party's agreement unsaid."""
    from datetime import date

    project = Project.objects.create(title="Centrale solaire")
    older = Agreement.objects.create(
        kind="agreement",
        title_fr="Accord ancien",
        title_en="Old agreement",
        signed_on=date(2020, 1, 1),
    )
    newer = Agreement.objects.create(kind="memorandum", signed_on=date(2024, 1, 1))
    hidden = Agreement.objects.create(
        kind="agreement",
        title_fr="Accord réservé",
        confidentiality="party",
        restricted_to=story.party_b,
    )
    project.agreements.add(older, newer, hidden)
    client.force_login(story.mli)
    client.cookies["django_language"] = "en"
    body = client.get(reverse("projects:list")).content.decode()
    row = re.search(rf'<tr><td><a href="/projects/{project.pk}/">.*?</tr>', body).group(0)
    with translation.override("en"):
        untitled = f"{newer.get_kind_display()} #{newer.pk}"  # no title: its kind and number
    assert f"<td>{untitled}, Old agreement</td>" in row
    assert "réservé" not in body


def test_an_empty_list_says_so_in_the_pages_language(admin_client):
    admin_client.cookies["django_language"] = "en"
    body = admin_client.get(reverse("agreements:list"), {"q": "introuvable"}).content.decode()
    assert '<td colspan="5" class="muted">No agreements.</td>' in body
    body = admin_client.get(reverse("projects:list"), {"q": "introuvable"}).content.decode()
    assert '<td colspan="6" class="muted">No projects.</td>' in body


@pytest.fixture
def pages_of_one(monkeypatch):
    from suivi.agreements.views import AgreementListView

    monkeypatch.setattr(AgreementListView, "paginate_by", 1)


def test_a_filtered_count_is_the_readers_rows(client, story, pages_of_one):
    """Counted from the sector's links, the figure still leaves out what the reader may not
    see and what the other filters drop."""
    for i in range(7):
        agreement = Agreement.objects.create(
            kind="agreement",
            title_fr=f"Accord {i}",
            status="signed" if i % 2 else "announced",
            confidentiality="party" if i < 2 else "public",
            restricted_to=story.party_a if i < 2 else None,
        )
        agreement.parties.set([story.party_a, story.party_b])
        agreement.sectors.set(["energy"] if i < 6 else ["mining"])
        if i >= 3:
            story.commission.agreements.add(agreement)
    url = reverse("agreements:list")
    client.force_login(story.rus)  # Russia's delegate: not the two notes kept to Mali
    body = client.get(url, {"sector": "energy"}).content.decode()
    assert "4 résultats" in body  # agreements 2 to 5
    body = client.get(url, {"sector": "energy", "status": "signed"}).content.decode()
    assert "2 résultats" in body  # 3 and 5
    body = client.get(url, {"commission": story.commission.pk, "sector": "energy"})
    assert "3 résultats" in body.content.decode()  # 3, 4 and 5


@pytest.mark.parametrize("language", ["fr", "en", "ru"])
def test_budgets_are_written_as_djangos_locale_formats_write_them(language):
    """money() groups digits itself (a project page writes 50 budgets): the same text as
    Django's number_format, decimals cut rather than rounded as Django does."""
    from decimal import Decimal

    from django.utils import formats, translation

    from suivi.core.formats import money

    with translation.override(language):
        for amount in (0, 999, 1000, -1234567, Decimal("0.5"), Decimal("1234.567"), 10**15):
            value = Decimal(amount)
            places = 0 if value == value.to_integral_value() else 2
            number = formats.number_format(
                value, decimal_pos=places, use_l10n=True, force_grouping=True
            )
            assert money(amount).replace("\u00a0", " ") == number.replace("\u00a0", " ")
    with translation.override(language):
        written = money(Decimal("120000000000"), "XOF")
    assert (
        written
        == {
            "fr": "120\u00a0000\u00a0000\u00a0000\u00a0francs CFA (BCEAO)",
            "en": "120,000,000,000\u00a0West African CFA francs",
            "ru": "120\u00a0000\u00a0000\u00a0000\u00a0франков КФА ВСЕАО",
        }[language]
    )


@pytest.mark.parametrize(
    ("language", "amount", "code", "written"),
    [
        ("fr", 1, "EUR", "1\u00a0euro"),
        ("en", 2, "usd", "2\u00a0US dollars"),
        ("ru", 1, "RUB", "1\u00a0российский рубль"),
        ("ru", 3, "RUB", "3\u00a0российских рубля"),
        ("ru", 25, "RUB", "25\u00a0российских рублей"),
        ("ru", "120000000000.00", "XOF", "120\u00a0000\u00a0000\u00a0000\u00a0франков КФА ВСЕАО"),
        ("ru", "2.5", "RUB", "2,50\u00a0российского рубля"),
        ("fr", 5, "ZZZ", "5\u00a0ZZZ"),  # a code the CLDR does not know: as typed
    ],
)
def test_money_names_its_currency_in_the_language_with_its_plural(language, amount, code, written):
    from decimal import Decimal

    from django.utils import translation

    from suivi.core.formats import money

    with translation.override(language):
        assert money(Decimal(amount), code) == written
