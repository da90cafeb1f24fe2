"""Searching the big lists reads words kept folded beside each record: they follow every change."""

from __future__ import annotations

import json

import pytest
from django.core import serializers
from django.urls import reverse

from suivi.agreements.models import Agreement
from suivi.projects.models import Project

pytestmark = pytest.mark.django_db


def found(client, list_name: str, term: str) -> str:
    return client.get(reverse(list_name), {"q": term}).content.decode()


def test_an_edited_title_is_found_by_its_new_words_not_its_old(admin_client):
    agreement = Agreement.objects.create(kind="agreement", title_fr="Accord sur la pêche")
    agreement.title_fr = "Accord sur l'Énergie solaire"
    agreement.save()
    page = found(admin_client, "agreements:list", "energie SOLAIRE")
    assert "Accord sur l&#x27;Énergie solaire" in page
    assert "Accord sur l&#x27;Énergie solaire" not in found(
        admin_client, "agreements:list", "peche"
    )


def test_a_project_is_found_by_a_word_of_its_description_without_accents(admin_client):
    Project.objects.create(title="Centrale", description="Réseau électrique de Ségou")
    assert "Centrale" in found(admin_client, "projects:list", "segou electrique")
    assert "Centrale" not in found(admin_client, "projects:list", "segou gaz")


def test_a_restored_record_is_searchable(admin_client):
    """A restore saves rows raw (no save() method): their words are folded all the same."""
    agreement = Agreement.objects.create(kind="agreement", title_fr="Accord ferroviaire")
    rows = json.loads(serializers.serialize("json", [agreement]))
    del rows[0]["fields"]["search_text"]  # an archive written before the column existed
    agreement.delete()
    for row in serializers.deserialize("json", json.dumps(rows)):
        row.save()
    assert "Accord ferroviaire" in found(admin_client, "agreements:list", "FERROVIAIRE")


def test_quotes_and_operators_are_words(admin_client):
    Agreement.objects.create(kind="agreement", title_fr="Accord « 50 % » d'Abuja")
    assert "Abuja" in found(admin_client, "agreements:list", "50 %")
    page = found(admin_client, "agreements:list", "' OR 1=1 --")
    assert "Abuja" not in page


# --- Full-text index (core/fulltext.py) ---------------------------------------------------


def test_words_are_found_by_their_beginning_without_accents_or_case(admin_client):
    Agreement.objects.create(kind="agreement", title_ru="Соглашение о ёлках", summary="НУКЛЕАР")
    Agreement.objects.create(kind="agreement", title_fr="Accord sur l'énergie nucléaire civile")
    assert "énergie nucléaire" in found(admin_client, "agreements:list", "NUCL civ")
    assert "énergie nucléaire" not in found(admin_client, "agreements:list", "nucl militaire")
    assert "Соглашение о ёлках" in found(admin_client, "agreements:list", "елках соглаш")


def test_records_written_in_bulk_are_found_and_deleted_ones_are_not(admin_client):
    """bulk_create (imports, exchange/bulk.py) sends no signal: the index follows all the same."""
    records = [Agreement(kind="agreement", title_fr=f"Accord minier n° {i}") for i in range(3)]
    for record in records:
        record.refresh_search_text()
    Agreement.objects.bulk_create(records)
    assert found(admin_client, "agreements:list", "minier").count("Accord minier n°") == 3
    Agreement.objects.filter(title_fr="Accord minier n° 1").delete()
    Agreement.objects.filter(title_fr="Accord minier n° 2").update(
        title_fr="Accord gazier", search_text="accord gazier"
    )
    page = found(admin_client, "agreements:list", "minier")
    assert "Accord minier n° 0" in page
    assert "Accord minier n° 1" not in page and "Accord minier n° 2" not in page
    assert "Accord gazier" in found(admin_client, "agreements:list", "gazier")


@pytest.mark.parametrize(
    "term",
    ['"nucl*" AND -x', "NEAR(a b)", "*", '"', "^x", "a:b", "x OR y", "' OR 1=1 --", "%", "_"],
)
def test_search_syntax_is_never_an_error(admin_client, term):
    Agreement.objects.create(kind="agreement", title_fr="Accord nucléaire")
    for name in ("agreements:list", "projects:list"):
        assert admin_client.get(reverse(name), {"q": term}).status_code == 200


def test_a_delegation_never_finds_a_record_restricted_to_another_party(client, story):
    """The search index knows every record; the page still shows only the reader's scope."""
    Agreement.objects.create(
        kind="agreement",
        title_fr="Accord secret uranifère",
        confidentiality="party",
        restricted_to=story.party_b,
    )
    Project.objects.create(
        title="Projet secret uranifère", confidentiality="party", restricted_to=story.party_b
    )
    client.force_login(story.mli)
    for name in ("agreements:list", "projects:list"):
        page = found(client, name, "uranifere")
        assert "uranifère" not in page
    client.force_login(story.rus)
    assert "Accord secret uranifère" in found(client, "agreements:list", "uranifere")
    assert "Projet secret uranifère" in found(client, "projects:list", "uranifere")


def test_a_rebuilt_sqlite_table_gets_its_index_triggers_back(admin_client):
    """Django rebuilds an SQLite table to alter it, dropping its triggers: migrate repairs."""
    from django.db import connection

    from suivi.core import fulltext

    if connection.vendor != "sqlite" or not fulltext.sqlite_has_fts5():
        pytest.skip("SQLite with FTS5 only")
    with connection.cursor() as cursor:
        for name in ("insert", "delete", "update"):
            cursor.execute(f'DROP TRIGGER "agreements_agreement_fts_{name}"')
    Agreement.objects.create(kind="agreement", title_fr="Accord written without triggers")
    assert "without triggers" not in found(admin_client, "agreements:list", "triggers")
    fulltext.repair(sender=None, using="default")
    assert "without triggers" in found(admin_client, "agreements:list", "triggers")
    Agreement.objects.create(kind="agreement", title_fr="Accord written after the repair")
    assert "after the repair" in found(admin_client, "agreements:list", "repair")


def test_a_record_with_a_very_long_text_is_saved_and_found(admin_client):
    """PostgreSQL holds at most 1 MB in a tsvector: the index reads the first 100,000 chars."""
    summary = " ".join(f"mot{i}" for i in range(200_000))  # ~1.4 MB, 200,000 distinct words
    Agreement.objects.create(kind="agreement", title_fr="Accord très long", summary=summary)
    assert "Accord très long" in found(admin_client, "agreements:list", "tres long")
    assert "Accord très long" in found(admin_client, "agreements:list", "mot17")
