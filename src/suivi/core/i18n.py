"""Pick the field of the active language among name_fr / name_en / name_ru."""

from django.utils import translation


def localized(obj: object, base: str) -> str:
    """The value in the active language, falling back to French, then English, then Russian."""
    lang = (translation.get_language() or "fr")[:2]
    order = [lang] + [code for code in ("fr", "en", "ru") if code != lang]
    for code in order:
        value = getattr(obj, f"{base}_{code}", "") or ""
        if value:
            return value
    return ""
