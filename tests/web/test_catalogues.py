"""The English and Russian interfaces are whole: every string translated, and compiled."""

import gettext
import re
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "src" / "suivi" / "locale"


def entries(po: Path) -> list[tuple[str, str, bool, str]]:
    """(msgid, first msgstr, fuzzy, msgctxt) for every entry but the header."""
    text = po.read_text(encoding="utf-8")
    found = []
    for block in text.split("\n\n")[1:]:
        if "msgid" not in block or block.lstrip().startswith("#~"):
            continue

        def joined(keyword: str, block: str = block) -> str:
            match = re.search(rf'^{keyword} ((?:".*"\n?)+)', block + "\n", re.M)
            return "".join(re.findall(r'"(.*)"', match.group(1))) if match else ""

        msgstr = joined("msgstr") or joined(r"msgstr\[0\]")
        found.append((joined("msgid"), msgstr, "#, fuzzy" in block, joined("msgctxt")))
    return found


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_string_is_translated(language):
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    missing = [msgid for msgid, msgstr, fuzzy, _ in entries(po) if not msgstr or fuzzy]
    assert missing == []


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_compiled_catalogue_matches_its_source(language):
    folder = LOCALE / language / "LC_MESSAGES"
    with (folder / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for msgid, msgstr, _, context in entries(folder / "django.po"):
        if "\\" in msgid or not msgid:
            continue  # escaped sequences: compared through Django's own tests of rendering
        found = compiled.pgettext(context, msgid) if context else compiled.gettext(msgid)
        if found != msgid or msgstr == msgid:
            continue
        pytest.fail(f"{language}: {msgid!r} is not in the compiled catalogue: run msgfmt")


@pytest.mark.parametrize(
    ("page", "names"),
    [
        ("fr", ["français", "anglais", "russe"]),
        ("en", ["French", "English", "Russian"]),
        ("ru", ["французский", "английский", "русский"]),
    ],
)
def test_a_page_names_every_language_in_its_own_language(page, names):
    # the language switcher shows each language by its own name; a source's language is
    # named in the page's language (a Russian page once called English sources "English")
    from django.utils import translation

    from suivi.core.templatetags.suivi_format import language_name

    with translation.override(page):
        assert [language_name(code).casefold() for code in ("fr", "en", "ru")] == [
            n.casefold() for n in names
        ]
