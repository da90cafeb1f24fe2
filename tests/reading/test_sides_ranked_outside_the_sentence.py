"""The sides of an agreement its sentence does not name ("The two countries signed …", "Un
mémorandum … a été signé", «Стороны подписали …»), where the story names other states between
its lead and that sentence — a third country's loans, a past deal of one side with another
state, a past visit, ports built from one country to the next. The rules took the pair named
last or the most named; the side ranker (`side_ranker`, fitted on the dev split's gold) puts
back the lead's pair: the visitor and the host. Guards: where the rules already read the
lead's pair, a state named more often later does not replace it. Stories invented for these
tests in the style of wire and portal coverage."""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ACCRA, May 12 (Reuters) - South Korea's trade minister held talks with Ghanaian President John Mahama on Tuesday.\n\n"
            "China remains Ghana's largest creditor, and Togo's too.\n\n"
            "Togo signed a mining deal with South Korea in 2021.\n\n"
            "The two countries signed a memorandum on cocoa processing on Wednesday.",
            ["GHA", "KOR"],
        ),
        (
            "ACCRA, May 12 (Reuters) - South Korea's trade minister held talks with Ghanaian President John Mahama on Tuesday.\n\n"
            "China remains Ghana's largest creditor, and Togo's too.\n\n"
            "Togo signed a mining deal with South Korea in 2021.\n\n"
            "A memorandum on cocoa processing was signed on Wednesday.",
            ["GHA", "KOR"],
        ),
        (
            "ACCRA, 12 mai (AFP) - Le ministre sud-coréen du Commerce s'est entretenu mardi avec le président ghanéen John Mahama.\n\n"
            "La Chine reste le premier créancier du Ghana, et du Togo aussi.\n\n"
            "Le Togo a signé un accord minier avec la Corée du Sud en 2021.\n\n"
            "Les deux pays ont signé mercredi un mémorandum sur la transformation du cacao.",
            ["GHA", "KOR"],
        ),
        (
            "ACCRA, 12 mai (AFP) - Le ministre sud-coréen du Commerce s'est entretenu mardi avec le président ghanéen John Mahama.\n\n"
            "La Chine reste le premier créancier du Ghana, et du Togo aussi.\n\n"
            "Le Togo a signé un accord minier avec la Corée du Sud en 2021.\n\n"
            "Un mémorandum sur la transformation du cacao a été signé mercredi.",
            ["GHA", "KOR"],
        ),
        (
            "Южная Корея и Гана укрепляют связи\n\n"
            "Президент Ганы Джон Махама во вторник принял в Аккре министра торговли Южной Кореи.\n\n"
            "Китай остается крупнейшим кредитором Ганы, а также Того.\n\n"
            "Китайские компании построили большинство портов региона, от Того до Бенина.\n\n"
            "Стороны подписали меморандум о переработке какао в среду.",
            ["GHA", "KOR"],
        ),
        (
            "Южная Корея и Гана укрепляют связи\n\n"
            "Президент Ганы Джон Махама во вторник принял в Аккре министра торговли Южной Кореи.\n\n"
            "Китай остается крупнейшим кредитором Ганы, а также Того.\n\n"
            "В 2020 году президент посетил Китай, который финансировал строительство дороги.\n\n"
            "Во вторник был подписан меморандум о переработке какао.",
            ["GHA", "KOR"],
        ),
        (
            "Южная Корея и Гана укрепляют связи\n\n"
            "Президент Ганы Джон Махама во вторник принял в Аккре министра торговли Южной Кореи.\n\n"
            "Того подписало соглашение о добыче с Южной Кореей в 2021 году.\n\n"
            "Китай остается крупнейшим кредитором Ганы, а также Того.\n\n"
            "Стороны подписали меморандум о переработке какао в среду.",
            ["GHA", "KOR"],
        ),
    ],
)
def test_the_leads_pair_signs_what_no_sentence_names(text: str, expected: list[str]) -> None:
    assert agreement_sides(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Abidjan, le 4 juin - Le Premier ministre ivoirien a reçu lundi son homologue tunisien."
            "\n\nL'Égypte et l'Éthiopie restent en désaccord sur le barrage.\n\nLa Banque mondiale "
            "a prêté 300 millions de dollars au Ghana l'an dernier.\n\nLes deux pays ont signé mardi "
            "un mémorandum sur la pêche.",
            ["CIV", "TUN"],
        ),
        (
            "Kenya and Japan sign fisheries memorandum\n\nKenya and Japan on Tuesday signed a "
            "memorandum on fisheries in Nairobi, officials said.\n\nThe ministers also discussed a "
            "loan that China extended to Tanzania for a railway.\n\nA second memorandum, on ports, "
            "was signed as well.",
            ["JPN", "KEN"],
        ),
    ],
)
def test_a_state_named_later_does_not_replace_the_read_pair(text: str, expected: list[str]) -> None:
    assert agreement_sides(text)[-1] == expected


def test_the_shipped_weights_are_those_of_the_features() -> None:
    """scripts/train_sides.py writes one weight per feature; a feature added without refitting
    would shift every weight onto the wrong feature."""
    import json
    from pathlib import Path

    from suivi.reading import side_ranker

    path = Path(side_ranker.__file__).with_name("side_ranker_weights.json")
    assert list(json.loads(path.read_text())) == list(side_ranker.NAMES)
