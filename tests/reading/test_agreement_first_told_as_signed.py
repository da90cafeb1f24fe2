"""A story may tell its text first with a definite article and the signing as the verb:
"The agreement was signed in Moscow on Monday by …", «L'accord a été signé lundi …», "Mali and
Russia signed the agreement on Monday". With no text read before, that is the story's text,
with the sides of its sentence and the domains its own or a neighbouring sentence names; after a
text was read, it is that text again. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, _ = agreements.extract(context(text, lang, published="2026-11-18"))
    return [(sorted(a.parties), a.sectors, a.date) for a in found]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The agreement was signed in Moscow on Monday by the foreign ministers of Mali and "
            "Russia.",
            [(["MLI", "RUS"], ["general"], "2026-11-16")],
        ),
        (
            "en",
            "Under the agreement, Russia will supply 50,000 tonnes of wheat to Mali. The "
            "agreement was signed in Moscow on Monday by the two ministers.",
            [(["MLI", "RUS"], ["agriculture"], "2026-11-16")],
        ),
        (
            "en",
            "Ghana and Togo signed the memorandum in Lomé on Tuesday. It provides for joint "
            "patrols on the lake.",
            [(["GHA", "TGO"], ["security"], "2026-11-17")],
        ),
        (
            "fr",
            "L'accord a été signé lundi à Bamako par les ministres des Affaires étrangères du "
            "Mali et de la Russie.",
            [(["MLI", "RUS"], ["general"], "2026-11-16")],
        ),
        (
            "fr",
            "Le Sénégal et la Mauritanie ont signé l'accord mardi à Nouakchott.",
            [(["MRT", "SEN"], ["general"], "2026-11-17")],
        ),
        (
            "en",
            "The memorandum was concluded in Nairobi on Tuesday between Kenya and Ethiopia.",
            [(["ETH", "KEN"], ["general"], "2026-11-17")],
        ),
        (
            "fr",
            "La convention a été paraphée lundi à Dakar par le Sénégal et la Gambie.",
            [(["GMB", "SEN"], ["general"], "2026-11-16")],
        ),
    ],
)
def test_the_first_text_told_as_signed_is_the_storys(lang, text, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mali and Russia signed an agreement on wheat supplies on Monday. The agreement was "
            "signed in Moscow by the two ministers.",
        ),
        (
            "fr",
            "Le Mali et la Russie ont signé lundi un accord sur la fourniture de blé. L'accord a "
            "été signé à Moscou par les deux ministres.",
        ),
    ],
)
def test_after_a_text_was_read_it_is_that_text(lang, text):
    assert [sectors for _, sectors, _ in read(text, lang)] == [["agriculture"]]


def test_a_text_not_signed_stays_a_repeat():
    text = "The agreement will be implemented by the two ministries of Mali and Russia."
    assert read(text, "en") == []


def test_a_deal_inked_is_signed():
    text = (
        "The deal was inked by Indonesian President Prabowo Subianto and Egyptian President "
        "Abdel Fattah al-Sisi in Cairo."
    )
    assert [(parties, sectors) for parties, sectors, _ in read(text, "en")] == [
        (["EGY", "IDN"], ["general"])
    ]
