"""What a commission's session report signs and leaves to sign: its minutes however they are
named («подписан протокол.» after «по итогам заседания», «протокол 26-го заседания», "the
co-chairs signed the minutes", "the minutes were signed": SPEC's `other`/`protocol`, sector
`general`), texts "soumis à la signature" / "submitted for signature" / «вынесен на
подписание» (planned), and the domains of farming and border posts ("plant health", "seed
certification", "poste frontière à guichet unique"). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


def _agreements(text: str) -> list[tuple[str, str, list[str]]]:
    return [(a.kind, a.status, a.sectors) for a in read(text).agreements]


_HELD = {
    "ru": "Россия и Египет провели пятое заседание межправительственной комиссии "
    "по торгово-экономическому и научно-техническому сотрудничеству.",
    "en": "Kenya and Ghana held the third session of their Joint Commission for Cooperation in "
    "Accra.",
    "fr": "Le Cameroun et le Tchad ont tenu la 11e session de leur commission mixte à N'Djamena.",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "По итогам заседания подписан протокол."),
        ("ru", "По итогам сессии сопредседатели подписали итоговый протокол."),
        ("ru", "Сопредседатели подписали протокол 5-го заседания комиссии."),
        ("ru", "Подписан протокол 5-го заседания МПК."),
        ("en", "At the end of the session, the co-chairs signed the minutes."),
        ("en", "The minutes were signed by the two foreign ministers."),
        ("en", "The minutes of the 3rd JPC were signed by the two foreign ministers."),
        ("fr", "Les travaux ont été sanctionnés par la signature d'un procès-verbal."),
    ],
)
def test_the_signed_minutes_of_a_session_are_a_general_text(lang, sentence):
    [(kind, status, sectors)] = _agreements(f"date 2026-04-17 S\n{_HELD[lang]} {sentence}")
    assert (kind in ("other", "protocol"), status, sectors) == (True, "signed", ["general"])


def test_minutes_that_are_no_text_are_no_agreement():
    text = (
        "date 2026-04-17 S\nKenya and Ghana held the third session of their Joint Commission "
        "for Cooperation in Accra. The ministers spoke for 30 minutes."
    )
    assert _agreements(text) == []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "fr",
            "Un projet de convention d'entraide judiciaire sera soumis à la signature lors "
            "de la prochaine session.",
        ),
        (
            "fr",
            "Une convention d'entraide judiciaire sera soumise à la signature des deux ministres.",
        ),
        (
            "en",
            "A draft agreement on mutual legal assistance will be submitted for signature at "
            "the next session.",
        ),
        (
            "ru",
            "Проект соглашения о взаимной правовой помощи будет вынесен на подписание на "
            "следующем заседании.",
        ),
    ],
)
def test_a_text_submitted_for_signature_is_planned(lang, sentence):
    [(_, status, sectors)] = _agreements(f"date 2026-04-17 S\n{_HELD[lang]} {sentence}")
    assert (status, sectors) == ("planned", ["justice"])


def test_a_signing_proceeded_with_is_still_signed():
    text = (
        "date 2026-04-17 S\nLe Cameroun et le Tchad ont procédé à la signature de l'accord sur "
        "l'élevage."
    )
    assert _agreements(text) == [("agreement", "signed", ["agriculture"])]


@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("an MoU on plant health and seed certification", ["agriculture"]),
        ("la santé des végétaux et la certification des semences", ["agriculture"]),
        ("сертификации семян", ["agriculture"]),
        ("la facilitation douanière au poste frontière à guichet unique", ["trade"]),
        ("la gestion du poste frontière de Kousséri", ["security"]),
        ("la poste et les télécommunications", ["digital"]),
        ("the certification of products", ["trade"]),
    ],
)
def test_farming_and_border_posts_are_read_by_their_phrase(phrase, sectors):
    assert sectors_of(phrase) == sectors
