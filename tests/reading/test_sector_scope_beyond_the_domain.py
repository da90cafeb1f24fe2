"""Words after a text's domain that are not its domain: who receives what is supplied ("gas
to Paraguayan industry"), where it serves ("dans les écoles"), the body whose frame it was
signed in ("within the framework of the Joint Commission for Economic Cooperation"), what it
is expected to bring (", qui devrait dynamiser les échanges"); and trade routes are trade."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def _sectors(text: str, lang: str) -> list[list[str]]:
    found, _ = agreements.extract(context(text, lang, published="2026-11-18"))
    return [a.sectors for a in found]


@pytest.mark.parametrize(
    ("text", "lang", "sectors"),
    [
        # who receives what is supplied
        (
            "Angola and Namibia signed an MoU on the supply of electricity to the mining "
            "industry in southern Angola.",
            "en",
            ["energy"],
        ),
        (
            "Ethiopia and Djibouti signed an agreement on the supply of electricity to "
            "Djibouti's industry.",
            "en",
            ["energy"],
        ),
        (
            "Россия и Узбекистан подписали соглашение о поставках газа для промышленных "
            "предприятий.",
            "ru",
            ["energy"],
        ),
        (
            "Le Niger et l'UNICEF ont signé un plan de travail conjoint pour l'accès à l'eau "
            "potable dans les écoles de la région de Zinder.",
            "fr",
            ["water"],
        ),
        # the frame it was signed in
        (
            "Ghana and Burkina Faso signed an agreement on health within the framework of the "
            "Joint Commission for Economic Cooperation.",
            "en",
            ["health"],
        ),
        (
            "Россия и Египет подписали соглашение о туризме в рамках межправительственной "
            "комиссии по торгово-экономическому сотрудничеству.",
            "ru",
            ["culture"],
        ),
        (
            "Le Gabon et le Congo ont signé un accord sur la pêche dans le cadre de la commission "
            "mixte de coopération économique.",
            "fr",
            ["agriculture"],
        ),
        # what it is expected to bring
        (
            "La Guinée et le Mali ont signé un accord sur le transport routier de marchandises, "
            "qui devrait dynamiser les échanges commerciaux.",
            "fr",
            ["transport"],
        ),
        (
            "Kenya and Uganda signed an agreement on rail transport, which should increase trade "
            "between the two countries.",
            "en",
            ["transport"],
        ),
        (
            "Россия и Казахстан подписали соглашение о железнодорожных перевозках, которое "
            "позволит увеличить товарооборот.",
            "ru",
            ["transport"],
        ),
        # the routes of trade, and petroleum in transit
        (
            "Kenya and South Sudan signed an agreement on cross-border trade routes.",
            "en",
            ["trade"],
        ),
        (
            "Le Niger et le Bénin ont signé un accord sur le transit des produits pétroliers par "
            "le port de Cotonou.",
            "fr",
            ["energy"],
        ),
    ],
)
def test_only_the_domain_is_read(text, lang, sectors):
    assert _sectors(text, lang) == [sectors]


@pytest.mark.parametrize(
    ("text", "lang", "sectors"),
    [
        (
            "Le Cameroun et le Gabon ont signé un accord sur la protection des forêts du bassin "
            "du Congo.",
            "fr",
            ["environment"],
        ),
        (
            "Uganda and Tanzania signed an MoU on wildlife protection in the Basin of the Kagera.",
            "en",
            ["environment"],
        ),
    ],
)
def test_a_basin_named_by_its_river_is_a_place(text, lang, sectors):
    assert _sectors(text, lang) == [sectors]


def test_a_russian_clause_after_a_ends_the_texts_scope():
    # «…, а X и Y – меморандум о …»: the next clause's signers and text are not this text's
    text = (
        "Росгидромет и Национальный центр прогнозов Лаоса заключили соглашение о сотрудничестве "
        "в области гидрометеорологии, а Росрыболовство и Министерство сельского хозяйства и "
        "лесного хозяйства Лаоса – меморандум о сотрудничестве в сфере рыболовства."
    )
    assert _sectors(text, "ru") == [["environment"], ["agriculture"]]
