"""API v1 refusals in the language the caller asks for (Accept-Language, French by default).

Pydantic words its validation errors in English only; a caller who asked for Russian read
"Input should be a valid integer" beside "Недопустимое значение" for a bad choice. The field
names, which programs read, stay as they are.
"""

from __future__ import annotations

import pytest

from tests.api.conftest import Caller

pytestmark = pytest.mark.django_db


def _errors(caller: Caller, language: str | None) -> dict:
    headers = {"HTTP_ACCEPT_LANGUAGE": language} if language else {}
    bad = {"title": 5, "status": "planned", "start": "2024-02-31", "agreements": "one"}
    refused = caller.post("/projects/", bad, **headers)
    assert refused.status_code == 422
    errors = refused.json()["errors"]
    page = caller.get("/parties/", {"page": "abc"}, **headers)
    assert page.status_code == 422
    missing = caller.post("/projects/", {}, **headers)
    assert missing.status_code == 422
    return {**errors, **page.json()["errors"], "missing": missing.json()["errors"]["title"]}


def test_validation_errors_speak_the_caller_s_language(admin_user):
    caller = Caller(admin_user)
    said = {language: _errors(caller, language) for language in (None, "en", "ru")}
    assert said[None] == {
        "title": ["Un texte est attendu."],
        "start": ["Une date AAAA-MM-JJ existante est attendue."],
        "agreements": ["Une liste est attendue."],
        "page": ["Un nombre entier est attendu."],
        "missing": ["Champ obligatoire."],
    }
    assert said["en"]["page"] == ["A whole number is expected."]
    assert said["en"]["missing"] == ["Field required."]
    assert said["ru"]["page"] == ["Ожидается целое число."]
    assert said["ru"]["start"] == ["Ожидается существующая дата в формате ГГГГ-ММ-ДД."]
    assert said["ru"]["missing"] == ["Обязательное поле."]
    for language, errors in said.items():
        assert set(errors) == {"title", "start", "agreements", "page", "missing"}, language
        words = " ".join(message for messages in errors.values() for message in messages)
        assert "Input should" not in words, language
