"""Reference parties every register starts with: the world's states and the main organisations.

Used by a data migration (with historical models) and by `suivi init`, so it takes
the model classes as arguments instead of importing them.
"""

from __future__ import annotations

import gettext
import json
from functools import cache
from pathlib import Path

import pycountry

ORGANISATIONS_FILE = Path(__file__).parent / "fixtures" / "organisations.json"


def natural_order(name: str) -> str:
    """ISO lists invert some names ("Russie, Fédération de"); put them back in reading order."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    return f"{tail}{head}" if tail.endswith("'") else f"{tail} {head}"


@cache
def _translator(language: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])


def state_names(alpha_3: str) -> dict[str, str]:
    """A state's short name in French, English and Russian."""
    country = pycountry.countries.get(alpha_3=alpha_3)
    english = getattr(country, "common_name", None) or country.name
    return {
        "name_fr": natural_order(_translator("fr").gettext(country.name)),
        "name_en": natural_order(english),
        "name_ru": natural_order(_translator("ru").gettext(country.name)),
    }


def organisations() -> list[dict]:
    return json.loads(ORGANISATIONS_FILE.read_text(encoding="utf-8"))


def load(party_model, sector_model) -> None:
    """Create or refresh the reference parties and sectors; never touches other records."""
    from suivi.core.vocabularies import SECTORS

    for code, (fr, en, ru) in SECTORS.items():
        sector_model.objects.update_or_create(
            code=code, defaults={"name_fr": fr, "name_en": en, "name_ru": ru}
        )
    for country in pycountry.countries:
        party_model.objects.get_or_create(
            code=country.alpha_3, defaults={"kind": "state", **state_names(country.alpha_3)}
        )
    for entry in organisations():
        organisation, _ = party_model.objects.get_or_create(
            code=entry["code"],
            defaults={
                "kind": "organisation",
                "name_fr": entry["name_fr"],
                "name_en": entry["name_en"],
                "name_ru": entry["name_ru"],
            },
        )
        members = party_model.objects.filter(code__in=entry.get("members", []))
        organisation.members.add(*members)
