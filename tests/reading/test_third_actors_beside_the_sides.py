"""A third state or organisation a signing sentence names beside the two sides, but not as a
side (SPEC: the sides are those bound by the text): the maker or seller of what the text is
about ("the Chinese-built railway", "Turkish drones"), a border ("to the Ugandan border"), a
membership fronted ("As a member of ECOWAS, Senegal …"), those served ("refugee children
from Sudan"), a donor ("with a contribution from the United States", «за счет средств
России»), who it is signed despite or angers ("despite US sanctions", ", angering Greece"),
the partner of an earlier text ("a month after Nigeria signed one with Morocco"), and a
relative clause closing the sentence that tells no signing ("…, which Guinea also uses.").
Sentences written for these tests in the style of press coverage."""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the maker or seller of the goods the text is about
        (
            "Kenya signed an agreement with Uganda on the maintenance of the Chinese-built "
            "railway.",
            ["KEN", "UGA"],
        ),
        (
            "Nigeria signed a defence agreement with Niger for the joint use of Turkish drones.",
            ["NER", "NGA"],
        ),
        (
            "Chad signed a defence agreement with Cameroon on the maintenance of Russian "
            "helicopters.",
            ["CMR", "TCD"],
        ),
        # a border named by its state's adjective is a place
        (
            "Kenya signed an agreement on Tuesday with the Chinese company CRBC to extend the "
            "railway to the Ugandan border.",
            ["CRBC", "KEN"],
        ),
        # a membership fronted
        (
            "As a member of ECOWAS, Senegal signed an agreement with Mauritania on fisheries.",
            ["MRT", "SEN"],
        ),
        (
            "En tant que membre de l'UEMOA, le Sénégal a signé avec la Mauritanie un accord sur "
            "la pêche.",
            ["MRT", "SEN"],
        ),
        (
            "Как член ЕАЭС, Армения подписала с Ираном соглашение о торговле.",
            ["ARM", "IRN"],
        ),
        # those served, named with who among them or a participle
        (
            "UNICEF and Chad signed an agreement on schooling for refugee children from Sudan.",
            ["TCD", "UNICEF"],
        ),
        (
            "L'UNICEF et le Tchad ont signé un accord sur l'éducation des enfants réfugiés venus "
            "du Soudan.",
            ["TCD", "UNICEF"],
        ),
        (
            "ЮНИСЕФ и Чад подписали соглашение об образовании беженцев, прибывших из Судана.",
            ["TCD", "UNICEF"],
        ),
        # a donor
        (
            "The World Food Programme signed an agreement with Niger on school meals, with a "
            "contribution from the United States.",
            ["NER", "World Food Programme"],
        ),
        (
            "Le PAM a signé avec le Niger un accord sur les cantines scolaires, grâce à une "
            "contribution des États-Unis.",
            ["NER", "WFP"],
        ),
        (
            "ВПП и Таджикистан подписали соглашение о школьном питании за счет средств России.",
            ["TJK", "WFP"],
        ),
        (
            "The UNDP signed an agreement with the Gambia on the river, with a grant from Japan.",
            ["GMB", "UNDP"],
        ),
        (
            "Le PAM a signé avec le Niger un accord sur les cantines scolaires, avec une "
            "subvention du Japon.",
            ["NER", "WFP"],
        ),
        (
            "ВПП подписала с Нигером соглашение о школьном питании при содействии Японии.",
            ["NER", "WFP"],
        ),
        # who it is signed against or who it angers
        (
            "Russia signed an oil agreement with India despite US sanctions.",
            ["IND", "RUS"],
        ),
        (
            "Turkey signed an agreement with Libya on maritime borders, angering Greece and Egypt.",
            ["LBY", "TUR"],
        ),
        (
            "Turkey signed an agreement with Libya on maritime borders, drawing protests from "
            "Greece.",
            ["LBY", "TUR"],
        ),
        # the partner of an earlier text told as the time of the signing
        (
            "Ghana signed an agreement with Nigeria on gas, a month after Nigeria signed one "
            "with Morocco.",
            ["GHA", "NGA"],
        ),
        # a relative clause that closes the sentence and tells no signing
        (
            "The Gambia signed an agreement with Senegal on the bridge over the river, which "
            "Mauritania and Guinea also share.",
            ["GMB", "SEN"],
        ),
        (
            "Le PNUD a signé avec la Gambie un accord sur le fleuve, que la Guinée utilise aussi.",
            ["GMB", "UNDP"],
        ),
        (
            "ПРООН подписала с Гамбией соглашение о реке, которую используют также Гвинея и Мали.",
            ["GMB", "UNDP"],
        ),
    ],
)
def test_a_third_actor_beside_the_sides_is_no_side(text: str, expected: list[str]) -> None:
    assert agreement_sides(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: a relative clause that tells a signing or a joining keeps its state
        (
            "Kenya signed a trade agreement with Uganda on Tuesday, which Rwanda will also join.",
            ["KEN", "RWA", "UGA"],
        ),
        # several members named as such sign together
        (
            "As members of the AES, Mali and Niger signed an agreement with Guinea on transport.",
            ["GIN", "MLI", "NER"],
        ),
    ],
)
def test_a_state_that_signs_or_joins_stays_a_side(text: str, expected: list[str]) -> None:
    assert agreement_sides(text) == [expected]
