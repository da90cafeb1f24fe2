"""A signing the sentence denies makes no text (SPEC: agreements are texts the story
identifies, not rumours it refutes). Two shapes of the denial were read as signed texts:

- the signing as a noun, a determiner or an adverb between: "dément toute signature d'un
  accord", "flatly denied any signing of a pact" (Russian «опроверг любое подписание
  соглашения» was read so already);
- an indefinite text as the subject of the reports denied, its verb after it: "a démenti des
  informations publiées par un journal selon lesquelles un accord aurait été signé", "denied
  reports that a defence pact had been signed".

A definite text in the reports denied exists ("denied reports that the 2019 treaty had been
suspended"): it stays. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2025-06-02")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le gouvernement béninois dément par ailleurs toute signature d'un accord de "
            "défense avec le Togo.",
        ),
        (
            "fr",
            "Le Tchad a catégoriquement démenti toute conclusion d'un accord sur une base "
            "aérienne étrangère.",
        ),
        (
            "fr",
            "Le ministère gabonais des Affaires étrangères a démenti des informations publiées "
            "par un quotidien selon lesquelles un accord de coopération navale aurait été signé "
            "avec le Cameroun.",
        ),
        (
            "fr",
            "Lomé a démenti les rumeurs selon lesquelles un protocole sur le port aurait été "
            "paraphé.",
        ),
        (
            "en",
            "Peru's foreign ministry flatly denied any signing of a naval base agreement with "
            "Chile.",
        ),
        (
            "en",
            "The government of Ghana denied reports that a defence pact had been signed with "
            "Togo during the visit.",
        ),
        (
            "en",
            "Kenya dismissed claims circulating online that a secret memorandum on the port "
            "was concluded with Tanzania.",
        ),
        (
            "ru",
            "МИД Перу опроверг любое подписание соглашения о военно-морской базе с Чили.",
        ),
        (
            "ru",
            "Правительство Ганы опровергло сообщения о том, что военное соглашение было "
            "подписано с Того.",
        ),
    ],
)
def test_a_denied_signing_is_no_text(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ghana denied reports that the defence agreement signed with Togo in 2019 had "
            "been suspended.",
        ),
        (
            "fr",
            "Le Bénin a démenti les rumeurs selon lesquelles l'accord de défense signé avec "
            "le Togo en 2019 aurait été suspendu.",
        ),
        (
            "fr",
            "Le Bénin et le Togo ont signé un accord de défense, a confirmé le ministère, qui "
            "dément toute difficulté.",
        ),
    ],
)
def test_a_denial_of_something_else_leaves_the_text(lang, text):
    assert len(read(text, lang)) == 1
