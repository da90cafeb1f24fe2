"""Second walk of the demo as a secretariat: counts, the claim page after a refusal, the
audit filter, and the command line's listings in the reader's language.

Each test reads what a user reads (a page's words, a command's output) and fails on what
they would call a defect: "1368 jours", "Api-токены", "pending same as party #190",
"2025-10-31" in a digest, "0 points ajoutés".
"""

from __future__ import annotations

import html
import re
from datetime import date, timedelta

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone, translation

from suivi.access.forms import AuditFilterForm
from suivi.commissions import digest
from suivi.commissions.models import Commission, Session
from suivi.sources.models import Claim, Source

pytestmark = pytest.mark.django_db

ISO_DATE = re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b")


def text_of(response) -> str:
    page = response.content.decode()
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


@pytest.fixture
def long_overdue():
    """A commission that meets every two years and last met 1,400 days ago."""
    commission = Commission.objects.create(name="Grande commission mixte", cadence_months=24)
    held = timezone.localdate() - timedelta(days=365 * 2 + 1400)
    Session.objects.create(commission=commission, number=13, start=held, status="held")
    return commission


@pytest.mark.parametrize("language, separator", [("fr", "\u00a0"), ("en", ","), ("ru", "\u00a0")])
def test_days_overdue_are_written_with_the_language_s_digit_groups(
    admin_client, long_overdue, language, separator
):
    page = html.unescape(
        admin_client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE=language).content.decode()
    )
    days = r" (jours|days|дней)"
    assert re.search(rf"\b1{separator}\d{{3}}{days}", page)
    assert not re.search(rf"\b1\d{{3}}{days}", page)  # "1400 jours"


def test_a_claim_refused_on_accept_keeps_its_edit_form_open_with_the_edits(admin_client):
    source = Source.objects.create(title="Dépêche", text="Un accord a été signé.", language="fr")
    claim = Claim.objects.create(
        source=source, kind="agreement", facts={"kind": "agreement", "title": "accord"}
    )
    response = admin_client.post(
        reverse("sources:accept", args=[claim.pk]),
        {
            "edit": "1",
            "kind": "agreement",
            "title": "Accord sur la santé animale",
            "parties__add": "mal",  # typed in the search box, no suggestion picked
            "status": "signed",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Parties absentes du registre" in text_of(response)
    edit_box = page[page.index("<details") : page.index("</details>")]
    assert edit_box.startswith("<details open>")
    assert 'value="Accord sur la santé animale"' in edit_box
    claim.refresh_from_db()
    assert claim.status == "pending"


def test_completing_an_agenda_with_nothing_new_says_so_in_words(admin_client):
    commission = Commission.objects.create(name="Commission mixte")
    Session.objects.create(commission=commission, number=1)
    url = reverse("commissions:agenda_build", args=[commission.pk, 1])
    response = admin_client.post(url, HTTP_ACCEPT_LANGUAGE="fr")
    said = [str(message) for message in get_messages(response.wsgi_request)]
    assert said == ["L'ordre du jour contient déjà tout ce que le registre propose."]


@pytest.mark.parametrize(
    "language, name", [("fr", "Jetons d'API"), ("en", "API tokens"), ("ru", "API-токены")]
)
def test_the_audit_filter_names_record_types_as_written_and_in_order(language, name):
    with translation.override(language):
        labels = [str(label) for value, label in AuditFilterForm().fields["kind"].choices[1:]]
    assert name in labels  # not "Jetons d'api", "Api-токены"
    from suivi.core.search import fold

    assert labels == sorted(labels, key=fold)


def test_the_digest_writes_dates_as_the_language_does(admin_user):
    commission = Commission.objects.create(name="Commission mixte", cadence_months=6)
    Session.objects.create(commission=commission, number=1, start=date(2024, 1, 15), status="held")
    today = date(2025, 6, 20)
    for language, written in (("fr", "15/07/2024"), ("ru", "15.07.2024"), ("en", "07/15/2024")):
        with translation.override(language):
            text = digest.as_text(digest.digest(admin_user, today, 30), today, 30)
        assert written in text, text
        assert not ISO_DATE.search(text), text


def test_the_review_list_speaks_the_reader_s_language(admin_user, capsys, monkeypatch):
    from suivi.cli.main import main

    source = Source.objects.create(title="Dépêche", text="Le Mali a signé.", language="fr")
    Claim.objects.create(source=source, kind="party", facts={"code": "MLI"})
    monkeypatch.setenv("SUIVI_LANGUAGE", "ru")
    with translation.override("fr"):  # main() activates the CLI's language; put it back
        main(["review", "list", "--as", admin_user.username])
    out = capsys.readouterr().out
    assert "сторона" in out and "на рассмотрении" in out and "Мали (MLI)" in out
    for code in ("party", "pending", "same as", "new"):
        assert code not in out


def test_the_user_list_names_roles_as_the_pages_do(admin_user, capsys, monkeypatch):
    from suivi.cli.main import main

    monkeypatch.setenv("SUIVI_LANGUAGE", "en")
    with translation.override("fr"):
        main(["user", "list"])
    out = capsys.readouterr().out
    assert f"{admin_user.username}  Administrator" in out


def test_one_russian_word_for_sector_on_every_page():
    """The party page's chart said "Соглашения по отраслям" over a table headed "Сферы"."""
    with translation.override("ru"):
        words = {translation.gettext(m) for m in ("Secteur", "Secteurs", "Accords par secteur")}
    assert words == {"Сфера", "Сферы", "Соглашения по сферам"}


def test_the_signatories_help_says_how_to_type_them_not_what_they_are(admin_client):
    source = Source.objects.create(title="Dépêche", text="Un accord a été signé.", language="fr")
    claim = Claim.objects.create(source=source, kind="agreement", facts={"kind": "agreement"})
    page = text_of(
        admin_client.get(reverse("sources:claim", args=[claim.pk]), HTTP_ACCEPT_LANGUAGE="ru")
    )
    assert "Через запятую." in page and "подписанты (через запятую)" not in page


def test_the_review_queue_finds_words_without_their_accents(admin_client):
    source = Source.objects.create(title="Énergie nucléaire : un accord", text="Un.", language="fr")
    Claim.objects.create(source=source, kind="agreement", evidence="L'accord nucléaire civil.")
    other = Source.objects.create(title="Santé animale", text="Deux.", language="fr")
    Claim.objects.create(source=other, kind="agreement", evidence="Un mémorandum.")
    page = text_of(admin_client.get(reverse("sources:claims"), {"status": "", "q": "NUCLEAIRE"}))
    assert "Énergie nucléaire" in page and "Santé animale" not in page


def test_an_unknown_queue_filter_is_said_and_the_others_still_apply(admin_client):
    source = Source.objects.create(title="Dépêche", text="…", language="fr")
    Claim.objects.create(source=source, kind="party", facts={"code": "MLI"})
    Claim.objects.create(source=source, kind="quote", facts={"text": "Nos deux pays"})
    response = admin_client.get(reverse("sources:claims"), {"status": "bogus", "kind": "quote"})
    page = text_of(response)
    assert response.status_code == 200
    assert "Filtre ignoré, valeur inconnue : Statut." in page
    assert "Nos deux pays" in page and "Mali (MLI)" not in page


def test_the_digest_says_one_day_late_in_the_singular_and_groups_long_delays():
    today = date(2025, 6, 20)
    with translation.override("fr"):
        assert digest._late(date(2025, 6, 19), today) == " (en retard de 1 jour)"
        assert digest._late(date(2021, 6, 20), today) == " (en retard de 1\u00a0461 jours)"
    with translation.override("en"):
        assert digest._late(date(2025, 6, 19), today) == " (1 day overdue)"
