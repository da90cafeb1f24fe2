"""A quotation attributed to someone the text does not name has no speaker (SPEC: the
speaker is the full name as the text gives it). Right after the closing mark, an indefinite
speaker ("», résume un diplomate africain", "," a Western diplomat said", "said one
official") or a source («— сказал источник в правительстве», «— отметил один из участников»)
was given the last person named before. A definite title ("a dit le ministre", "the minister
said", «— сказал министр») still refers back to him. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in read(text.encode(), "article.txt").quotes]


_FR = "Le ministre béninois Jean Houngbo a reçu son homologue. "
_EN = "Kenyan minister John Mwangi met his counterpart. "
_RU = "Министр Армении Иван Петров встретился с коллегой. "


@pytest.mark.parametrize(
    "text",
    [
        _FR + "« Chaque report coûte de la confiance, et nous le savons tous », résume un "
        "diplomate africain en poste à Cotonou.",
        _FR + "« Le texte est prêt, il ne manque que la date », confie une source proche du "
        "dossier.",
        _EN + '"Every delay costs trust, and both sides know it," a Western diplomat in '
        "Nairobi said.",
        _EN + '"Every delay costs trust, and both sides know it," said one official close to '
        "the talks.",
        _RU + "«Каждая отсрочка стоит доверия, и обе стороны это знают», — сказал источник в "
        "правительстве.",
        _RU + "«Текст готов, не хватает только даты», — отметил один из участников переговоров.",
    ],
)
def test_an_unnamed_speaker_is_none(text):
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _FR + "« Chaque report coûte de la confiance, et nous le savons tous », a dit le "
            "ministre.",
            "Jean Houngbo",
        ),
        (
            _FR + "« Chaque report coûte de la confiance, et nous le savons tous », a déclaré "
            "un des deux ministres, Paul Agbo.",
            "Paul Agbo",
        ),
        (
            _EN + '"Every delay costs trust, and both sides know it," the minister said.',
            "John Mwangi",
        ),
        (
            _RU + "«Каждая отсрочка стоит доверия, и обе стороны это знают», — сказал министр.",
            "Иван Петров",
        ),
    ],
)
def test_a_named_or_definite_speaker_stays(text, speaker):
    assert _speakers(text) == [speaker]
