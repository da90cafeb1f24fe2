"""Two governments that meet as one, in a series: "les gouvernements sénégalais et gambien
ont tenu leur deuxième réunion conjointe", "the governments held their second joint
meeting", «второе совместное заседание правительств». Like a trilateral summit, such a
meeting format is a standing body where the text gives it a cadence; the cadence may be told
by a pronoun object ("convenus de les tenir chaque année", "agreed to hold them every year",
«договорились проводить их ежегодно»), and in an interview a bare reply ("Oui.") may stand
between the question that names the meetings and the sentence that tells it. Meetings of
experts named once, with no cadence, stay one event (guard). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import bodies, sessions


def read(text: str, lang: str):
    ctx = context(text, lang, "2026-03-14")
    found = bodies.extract(ctx)
    return found, sessions.extract(ctx, found)


@pytest.mark.parametrize(
    ("lang", "text", "name", "sides"),
    [
        (
            "fr",
            "Le 12 mars, les gouvernements sénégalais et gambien ont tenu à Banjul leur "
            "deuxième réunion conjointe. La Revue : Ces réunions conjointes vont-elles "
            "durer ?\n\nAminata Diallo : Oui.\n\nNous sommes convenus de les tenir chaque année.",
            "réunion conjointe",
            {"SEN", "GMB"},
        ),
        (
            "en",
            "On 12 March the governments of Ghana and Togo held their second joint meeting in "
            "Accra. The Review: Will these joint meetings last?\n\nKofi Mensah: Yes.\n\nWe "
            "agreed to hold them every year.",
            "joint meeting",
            {"GHA", "TGO"},
        ),
        (
            "en",
            "The governments of Ghana and Togo held their second joint cabinet meeting in "
            "Accra on 12 March. They agreed to hold them every year.",
            "joint cabinet meeting",
            {"GHA", "TGO"},
        ),
        (
            "ru",
            "12 марта в Минске прошло второе совместное заседание правительств России и "
            "Белоруссии. Стороны договорились проводить их ежегодно.",
            "совместное заседание правительств",
            {"RUS", "BLR"},
        ),
    ],
)
def test_joint_meetings_of_two_governments_are_a_standing_body(lang, text, name, sides) -> None:
    found, held = read(text, lang)
    assert [(b.name, set(b.parties), b.cadence_months) for b in found] == [(name, sides, 12)]
    assert [(s.body, s.number) for s in held] == [(name, 2)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les experts du Mali et du Niger ont tenu une réunion conjointe à Niamey."),
        ("en", "Experts of Ghana and Togo held a joint meeting of the two commissions in Accra."),
    ],
)
def test_one_joint_meeting_is_no_body(lang, text) -> None:
    assert read(text, lang) == ([], [])
