"""A text told as still to be signed after a text of its domain was told signed is another
text: what is signed is not signed again later ("signed agreements on water and transport.
The agreement on sharing the river's water could be signed at the next session", «Соглашение о
... может быть подписано на следующем заседании»). The other way round (planned, then told
signed), a text initialled now and signed later, and a signed text told as to be ratified stay
one text (thirteenth draw, drawC22). Invented sentences, en/fr/ru."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str) -> list[tuple[tuple[str, ...], str]]:
    """Each text's sectors and status, in reading order."""
    found, _ = agreements.extract(context(text, lang, published="2026-03-10"))
    return [(tuple(sorted(a.sectors)), a.status) for a in found]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Armenia and Georgia signed agreements on water management and rail transport at "
            "the session of their joint commission. The agreement on the joint use of the "
            "water resources of the Kura basin could be signed at the next session, in 2027.",
        ),
        (
            "en",
            "Chile and Peru signed agreements on water management and rail transport on "
            "Monday.\n\nThe agreement on sharing the waters of the Lauca river is expected to "
            "be signed next year in Lima.",
        ),
        (
            "fr",
            "L'Arménie et la Géorgie ont signé des accords dans les domaines de l'eau et du "
            "transport ferroviaire lors de la session de leur commission mixte. L'accord sur "
            "l'utilisation commune des ressources en eau du bassin de la Koura pourrait être "
            "signé lors de la prochaine session, en 2027.",
        ),
        (
            "fr",
            "Le Chili et le Pérou ont signé lundi des accords sur la gestion de l'eau et le "
            "transport ferroviaire.\n\nL'accord sur le partage des eaux du fleuve Lauca devrait "
            "être signé l'an prochain à Lima.",
        ),
        (
            "ru",
            "Армения и Грузия подписали соглашения в области водного хозяйства и "
            "железнодорожного транспорта на заседании межправкомиссии. Соглашение о совместном "
            "использовании водных ресурсов бассейна Куры может быть подписано на следующем "
            "заседании в 2027 году.",
        ),
        (
            "ru",
            "Чили и Перу подписали соглашения в сферах водного хозяйства и "
            "железнодорожного транспорта.\n\nПо словам министра, соглашение о разделе вод реки "
            "Лаука планируется подписать в следующем году в Лиме.",
        ),
    ],
)
def test_a_text_still_to_sign_after_a_signed_one_of_its_domain_is_another(lang, text):
    assert read(text, lang) == [
        (("water",), "signed"),
        (("transport",), "signed"),
        (("water",), "planned"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Chile and Peru initialled an agreement on fisheries on Monday. The agreement on "
            "fisheries will be signed in June in Lima.",
            [(("agriculture",), "initialled")],
        ),
        (
            "ru",
            "Армения и Грузия парафировали соглашение о рыболовстве. Соглашение о рыболовстве "
            "будет подписано в июне в Ереване.",
            [(("agriculture",), "initialled")],
        ),
        (
            "en",
            "Chile and Peru signed agreements on water management and rail transport. The "
            "agreement on water management will be ratified by both parliaments next year.",
            [(("water",), "signed"), (("transport",), "signed")],
        ),
        (
            "fr",
            "Le Chili et le Pérou ont signé un accord sur la pêche. L'accord sur la pêche doit "
            "encore être ratifié par les parlements.",
            [(("agriculture",), "signed")],
        ),
        (
            "en",
            "Chile and Peru plan to sign an agreement on fisheries. The agreement on fisheries "
            "was signed on Friday in Lima.",
            [(("agriculture",), "signed")],
        ),
    ],
)
def test_initialled_planned_then_signed_or_to_be_ratified_stay_one_text(lang, text, expected):
    assert read(text, lang) == expected
