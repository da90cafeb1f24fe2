"""Defects found by walking the demo as a secretariat would, each one fixed and kept fixed.

Every test reads a page (or a generated text) the way a user does and fails on what they
would call a defect: an ISO date, a raw code, a lowercase form label, a list that is empty
without saying where its rows come from.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from suivi.agreements.models import Agreement
from suivi.commissions.models import AgendaItem, AgendaKind, Commission, Session
from suivi.parties.models import Party
from suivi.sources.models import Citation, Claim, Source

pytestmark = pytest.mark.django_db

ISO_DATE = re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b")


def text_of(response) -> str:
    """The page's visible words, roughly: tags dropped, spaces collapsed."""
    page = response.content.decode()
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


@pytest.fixture
def agreement():
    record = Agreement.objects.create(
        kind="agreement", title_fr="Accord de coopération minière", status="signed"
    )
    record.parties.set(Party.objects.filter(code__in=["MLI", "DZA"]))
    return record


@pytest.fixture
def source():
    return Source.objects.create(
        title="Coopération Mali-Algérie", text="Les deux pays ont signé un accord.", language="fr"
    )


@pytest.fixture
def reviewed(source, agreement):
    """A claim a reviewer accepted: its history holds a time and a record type."""
    claim = Claim.objects.create(source=source, kind="agreement", facts={"kind": "agreement"})
    claim.status = "accepted"
    claim.reviewed_at = timezone.now()
    claim.record = agreement
    claim.save()
    return claim


def test_the_audit_log_writes_times_and_record_types_as_words(admin_client, reviewed):
    page = text_of(admin_client.get(reverse("access:audit")))
    assert "Relu le" in page
    assert not ISO_DATE.search(page), ISO_DATE.search(page)
    assert "+00:00" not in page
    assert "Accords | accord" not in page  # a content type's own label, app and model
    assert "Nature de l'enregistrement : — → accord" in page


def test_a_record_history_writes_a_changed_date_as_the_page_language_does(admin_client, agreement):
    agreement.signed_on = date(2025, 6, 23)
    agreement.save()
    page = text_of(admin_client.get(reverse("agreements:detail", args=[agreement.pk])))
    assert "→ 23 juin 2025" in page
    assert not ISO_DATE.search(page)
    russian = admin_client.get(
        reverse("agreements:detail", args=[agreement.pk]), HTTP_ACCEPT_LANGUAGE="ru"
    ).content.decode()
    assert "23 июня 2025\u00a0г." in russian  # «г.» never alone at the start of a line
    assert not re.search(r"\d г\.", russian)


def test_a_citation_names_the_record_type_in_the_page_language(reviewed, source, agreement):
    citation = Citation.objects.create(source=source, claim=reviewed, record=agreement)
    assert str(citation).endswith(f"→ accord #{agreement.pk}")
    with translation.override("en"):
        assert "→ agreement #" in str(citation)
    with translation.override("ru"):
        assert "→ соглашение #" in str(citation)


def test_a_source_says_its_language_by_name(admin_client, source):
    detail = text_of(admin_client.get(reverse("sources:detail", args=[source.pk])))
    assert "Langue français" in detail
    listing = text_of(admin_client.get(reverse("sources:list")))
    assert "français" in listing and " fr " not in listing
    english = text_of(
        admin_client.get(reverse("sources:detail", args=[source.pk]), HTTP_ACCEPT_LANGUAGE="en")
    )
    assert "Language French" in english


def test_the_fingerprint_of_a_source_may_break_on_a_phone(admin_client, source):
    page = admin_client.get(reverse("sources:detail", args=[source.pk])).content.decode()
    assert '<code class="hash">' in page
    css = Path(__file__).resolve().parents[2] / "src/suivi/static/suivi/suivi.css"
    assert re.search(r"code\.hash[^{]*\{[^}]*break-all", css.read_text())


def test_the_edit_then_accept_form_labels_start_with_a_capital(admin_client, source):
    claim = Claim.objects.create(
        source=source,
        kind="agreement",
        facts={"kind": "agreement", "parties": ["MLI"], "signatories": ["Abdoulaye Diop"]},
    )
    page = admin_client.get(reverse("sources:claim", args=[claim.pk])).content.decode()
    labels = re.findall(r'<label for="id_[a-z_]+">([^<]+)</label>', page)
    labels = [label.replace("\xa0", " ") for label in labels]
    assert "Nature :" in labels and "Intitulé :" in labels and "Signataires :" in labels
    assert not [label for label in labels if label[0].islower()], labels
    facts = re.search(r'<dl class="facts">(.*?)</dl>', page, re.S).group(1)
    assert "<dt>Signataires</dt>" in facts  # the fact's name, not the form's hint
    assert "Séparés par des virgules." in page


def test_the_queue_names_a_person_s_party(admin_client, source):
    Claim.objects.create(
        source=source, kind="person", facts={"name": "Sergueï Lavrov", "party": "RUS"}
    )
    page = text_of(admin_client.get(reverse("sources:claims")))
    assert "Sergueï Lavrov · Fédération de Russie (RUS)" in page


def test_a_reviewed_information_opens_its_agenda_point_with_a_capital(source):
    commission = Commission.objects.create(name="Commission mixte")
    session = Session.objects.create(commission=commission, number=2)
    claim = Claim.objects.create(
        source=source, kind="body", facts={"name": "Commission mixte"}, record=commission
    )
    item = AgendaItem.objects.create(
        session=session, kind=AgendaKind.CLAIM, claim=claim, generated=True, order=1
    )
    from suivi.commissions.agenda_text import agenda_text

    with translation.override("ru"):
        assert agenda_text(item).title.startswith("Совместный орган")
    assert agenda_text(item).title.startswith("Organe conjoint")


def test_the_session_file_offers_languages_by_name_the_page_s_first(admin_client):
    commission = Commission.objects.create(name="Commission mixte")
    Session.objects.create(commission=commission, number=1)
    url = reverse("commissions:session", args=[commission.pk, 1])
    page = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    choice = re.search(r'<select name="lang"[^>]*>(.*?)</select>', page, re.S).group(1)
    assert ">français<" in choice and ">English<" in choice and ">Русский<" in choice
    assert '<option value="ru" selected>' in choice
    assert ">RU<" not in choice


@pytest.mark.parametrize(
    ("page", "link"),
    [
        ("commissions:decisions", "commissions:sessions"),
        ("commissions:actions", "commissions:sessions"),
        ("commissions:sessions", "commissions:list"),
        ("sources:list", "sources:upload"),
        ("watch:list", "watch:create"),
    ],
)
def test_an_empty_list_says_where_its_rows_come_from(admin_client, page, link):
    listing = admin_client.get(reverse(page)).content.decode()
    empty = re.search(r'<td colspan="\d+" class="muted">(.*?)</td>', listing, re.S).group(1)
    assert f'href="{reverse(link)}"' in empty, empty


def test_the_upload_form_stacks_its_labels_over_the_fields(admin_client):
    page = admin_client.get(reverse("sources:upload")).content.decode()
    assert re.search(r'<form [^>]*class="[^"]*\bstacked\b', page)


def test_the_empty_lists_explain_themselves_in_english_and_russian(admin_client):
    english = text_of(admin_client.get(reverse("commissions:decisions"), HTTP_ACCEPT_LANGUAGE="en"))
    assert "Decisions are entered on the page of their session" in english
    russian = text_of(admin_client.get(reverse("commissions:sessions"), HTTP_ACCEPT_LANGUAGE="ru"))
    assert "Заседание готовится на странице его комиссии" in russian


def test_a_calendar_address_keeps_the_language_it_was_read_in(client, admin_client, admin_user):
    from suivi.commissions.models import ActionItem, FeedToken

    commission = Commission.objects.create(name="Commission mixte")
    session = Session.objects.create(commission=commission, number=1, start=date(2025, 7, 29))
    ActionItem.objects.create(session=session, title="Choisir le site", due=date(2026, 2, 28))
    token = FeedToken.objects.create(user=admin_user)
    page = admin_client.get(reverse("commissions:calendar"), HTTP_ACCEPT_LANGUAGE="ru")
    address = reverse("commissions:user_feed", args=[token.token]) + "?lang=ru"
    assert address in page.content.decode()
    russian = client.get(address).content.decode()  # a calendar app: no cookie, no language
    assert "Choisir le site" in russian and "Échéance" not in russian
    french = client.get(reverse("commissions:user_feed", args=[token.token])).content.decode()
    assert "Échéance : Choisir le site" in french


def test_a_creation_in_a_history_is_said_once(admin_client, agreement):
    page = text_of(admin_client.get(reverse("agreements:detail", args=[agreement.pk])))
    assert "Créé" in page
    assert "Créé création" not in page


def test_a_history_puts_english_punctuation_on_an_english_page(admin_client, agreement):
    agreement.signed_on = date(2025, 6, 23)
    agreement.save()
    address = reverse("agreements:detail", args=[agreement.pk])
    french = admin_client.get(address).content.decode()
    assert "<strong>Signé le</strong> : <del>" in french
    english = admin_client.get(address, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<strong>Signed on</strong>: <del>" in english


@pytest.mark.parametrize(
    ("page", "field"),
    [
        ("agreements:list", "party"),
        ("agreements:list", "kind"),
        ("agreements:list", "commission"),
        ("projects:list", "party"),
        ("commissions:list", "party"),
        ("commissions:sessions", "commission"),
        ("commissions:actions", "owner"),
    ],
)
def test_a_feminine_filter_offers_toutes(admin_client, page, field):
    listing = admin_client.get(reverse(page)).content.decode()
    choice = re.search(
        rf'<select [^>]*name="{field}"[^>]*>\s*<option value=""[^>]*>([^<]+)<', listing
    )
    assert choice.group(1) == "toutes"  # "Partie : toutes", never "Partie : tous"


def sector_names(page: str, pattern: str) -> list[str]:
    return [html.unescape(name).strip() for name in re.findall(pattern, page, re.S)]


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_sectors_are_listed_a_to_z_in_the_page_language(admin_client, source, language):
    from suivi.core.search import fold

    claim = Claim.objects.create(source=source, kind="agreement", facts={"kind": "agreement"})
    pages = {
        "filter": (reverse("agreements:list"), r'<select [^>]*name="sector"[^>]*>(.*?)</select>'),
        "form": (
            reverse("agreements:create"),
            r'<div id="id_sectors"[^>]*>(.*?)</div>\s*</fieldset>',
        ),
        "claim": (
            reverse("sources:claim", args=[claim.pk]),
            r'<div id="id_sectors"(.*?)</fieldset>',
        ),
        "project": (
            reverse("projects:create"),
            r'<div id="id_sectors"[^>]*>(.*?)</div>\s*</fieldset>',
        ),
    }
    for name, (address, block) in pages.items():
        page = admin_client.get(address, HTTP_ACCEPT_LANGUAGE=language).content.decode()
        found = re.search(block, page, re.S)
        assert found, name
        names = sector_names(
            found.group(1), r"(?:<option value=\"[a-z]+\"[^>]*>|/>|\">)\s*([^<>]+?)\s*<"
        )
        names = [n for n in names if n and n not in ("tous", "все")]
        assert len(names) > 20, (name, names)
        assert names == sorted(names, key=fold), (name, names)


def test_no_upload_button_for_a_user_who_may_not_upload(client, admin_client):
    from django.contrib.auth import get_user_model

    upload = reverse("sources:upload")
    assert upload in admin_client.get(reverse("sources:claims")).content.decode()
    reader = get_user_model().objects.create_user("lecteur", password="pw-lecteur-2026")
    client.force_login(reader)
    assert client.get(upload).status_code == 403
    assert upload not in client.get(reverse("sources:claims")).content.decode()


def test_an_overdue_commission_on_the_home_page_offers_to_prepare_its_session(client, admin_client):
    from django.contrib.auth import get_user_model

    commission = Commission.objects.create(name="Commission mixte", cadence_months=6)
    Session.objects.create(commission=commission, number=1, start=date(2024, 1, 10), status="held")
    prepare = reverse("commissions:session_create", args=[commission.pk])
    assert prepare in admin_client.get(reverse("home")).content.decode()
    reader = get_user_model().objects.create_user("lecteur", password="pw-lecteur-2026")
    client.force_login(reader)
    assert prepare not in client.get(reverse("home")).content.decode()


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("watch:create", "Création : source suivie"),
        ("commissions:create", "Création : commission"),
        ("agreements:create", "Création : accord"),
    ],
)
def test_a_new_record_form_says_creation_whatever_the_gender(admin_client, page, title):
    assert f"<h1>{title}</h1>" in admin_client.get(reverse(page)).content.decode()


@pytest.mark.parametrize(
    ("language", "written"),
    [("fr", "23/06/2025"), ("en", "23 Jun 2025"), ("ru", "23.06.2025")],
)
def test_a_csv_download_writes_dates_in_the_language_asked(
    admin_client, agreement, language, written
):
    """No ISO date in a file either: a list's CSV speaks `?lang=` (or the page's language)."""
    agreement.signed_on = date(2025, 6, 23)
    agreement.save()
    response = admin_client.get(reverse("agreements:list"), {"export": "csv", "lang": language})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert written in body and not ISO_DATE.search(body), body
    head = body.splitlines()[0]
    assert {"fr": "Signé le", "en": "Signed on", "ru": "Дата подписания"}[language] in head, head
    # without ?lang= the page's language is the file's
    page_language = admin_client.get(
        reverse("agreements:list"), {"export": "csv"}, HTTP_ACCEPT_LANGUAGE=language
    )
    assert written in b"".join(page_language.streaming_content).decode("utf-8-sig")


def test_a_csv_in_english_reads_back_on_import():
    from suivi.exchange.parsing import day

    assert day("23 Jun 2025") == date(2025, 6, 23)
    assert day("23.06.2025") == day("23/06/2025") == date(2025, 6, 23)


def test_an_xlsx_download_keeps_real_date_cells_formatted_by_the_language(admin_client, agreement):
    import io

    from openpyxl import load_workbook

    agreement.signed_on = date(2025, 6, 23)
    agreement.save()
    response = admin_client.get(reverse("agreements:list"), {"export": "xlsx", "lang": "ru"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header = [cell.value for cell in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("Дата подписания") + 1)
    assert cell.is_date and cell.value.date() == date(2025, 6, 23)
    assert cell.number_format == "DD.MM.YYYY"


def test_the_cli_stats_name_each_kind_of_record_in_the_locale_s_language():
    """`suivi stats` printed "agreements.agreement"; a person reads "Accords" / "Соглашения"."""
    from suivi.cli.commands.stats import kind_name

    assert kind_name("agreements.agreement") == "Accords"
    assert kind_name("history") == "Entrées d'historique"
    with translation.override("ru"):
        assert kind_name("agreements.agreement") == "Соглашения"
        assert kind_name("history") == "Записи истории"


def test_the_queue_names_the_record_a_claim_would_go_into_not_its_number(
    client, admin_client, source, story
):
    """'même que partie n° 190' asked the reviewer to look the number up; the queue names
    the record instead, and only as its reader may see it."""
    hidden = Agreement.objects.create(
        kind="agreement",
        title_fr="Accord réservé Kunlun",
        signed_on=date(2025, 6, 23),
        confidentiality="party",
        restricted_to=story.party_a,
    )
    hidden.parties.set([story.party_a, story.party_b])
    hidden.sectors.set(["energy"])
    facts = {
        "kind": "agreement",
        "parties": [story.party_a.code, story.party_b.code],
        "sectors": ["energy"],
        "date": "2025-06-23",
    }
    Claim.objects.create(source=source, kind="agreement", facts=facts)  # suggested when shown
    page = text_of(admin_client.get(reverse("sources:claims")))
    assert "même que « Accord réservé Kunlun »" in page
    assert "n° " + str(hidden.pk) not in page
    client.force_login(story.reviewer)
    assert "Kunlun" not in text_of(client.get(reverse("sources:claims")))


def test_claim_statuses_agree_with_constat_in_french(admin_client, reviewed, source):
    """The interface calls a claim «constat» (masculine): «accepté», not «acceptée»."""
    rejected = Claim.objects.create(source=source, kind="party", status="rejected")
    detail = text_of(admin_client.get(reverse("sources:claim", args=[reviewed.pk])))
    assert "accepté" in detail and "acceptée" not in detail
    listing = text_of(admin_client.get(reverse("sources:claims"), {"status": "rejected"}))
    assert "rejeté" in listing and "rejetée" not in listing and "fusionnée" not in listing
    assert rejected.get_status_display() == "rejeté"
