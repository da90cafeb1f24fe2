"""Organisations no vocabulary knows, named as written where a signing clause puts a side.

SPEC: a company that signs is the party, not its state; without the name read, the story's
states stood in its place. Sentences invented for these tests (companies real or made up, in
press style); a name that may be a person's or a place's must not sign.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated subjects of the signing verb
        (
            "Zambia and Tanzania held talks in Lusaka. Zesco and Tanesco signed a memorandum "
            "on power trade.",
            ["Tanesco", "Zesco"],
        ),
        # a lone subject opening its sentence, and the one signed with
        (
            "Zambia and Tanzania held talks in Lusaka. Trafigura signed a supply contract with "
            "Vitol for copper.",
            ["Trafigura", "Vitol"],
        ),
        # a date before the subject is no part of its name
        (
            "Zambia and Tanzania held talks in Lusaka. On Monday Umeme signed a memorandum "
            "with Tanzania on power.",
            ["TZA", "Umeme"],
        ),
        # "the deal between X and Y": a text named before "between" signs without a verb
        (
            "Zambia and Tanzania held talks in Lusaka. The deal between Zesco and Tanesco "
            "covers power trade.",
            ["Tanesco", "Zesco"],
        ),
        (
            "Le Cameroun et le Tchad ont tenu des discussions. Camtel et Trafigura ont signé un "
            "contrat sur l'électricité.",
            ["Camtel", "Trafigura"],
        ),
        (
            "Le Cameroun et le Tchad ont tenu des discussions. Somagep a signé avec Sinotruk un "
            "contrat sur le pétrole.",
            ["Sinotruk", "Somagep"],
        ),
        (
            "Le Cameroun et le Tchad ont tenu des discussions. Un accord entre Sonabel et Vitol a "
            "été signé sur le pétrole.",
            ["Sonabel", "Vitol"],
        ),
        (
            "Le Cameroun et le Tchad ont tenu des discussions. Le Tchad a signé un contrat avec "
            "Eneo sur l'électricité.",
            ["Eneo", "TCD"],
        ),
        # the company without its seat or owner before it
        (
            "Nigeria and Ghana held talks. Nigeria signed a gas deal with Lagos-based Seplat on "
            "energy.",
            ["NGA", "Seplat"],
        ),
        # the agent of a passive signing, a future signing
        (
            "Zambia and Tanzania held talks in Lusaka. A memorandum on power trade was signed "
            "by Zesco and Tanesco.",
            ["Tanesco", "Zesco"],
        ),
        (
            "Le Cameroun et le Tchad ont tenu des discussions. Un contrat sur le pétrole a été "
            "signé par Camtel et Trafigura.",
            ["Camtel", "Trafigura"],
        ),
        (
            "Zambia and Tanzania held talks in Lusaka. Zesco will sign a memorandum with "
            "Tanesco on power trade.",
            ["Tanesco", "Zesco"],
        ),
        # a Russian subject after its verb
        (
            "Казахстан и Китай обсудили сотрудничество. Меморандум о цифровизации подписали "
            "Казахтелеком и Huawei.",
            ["Huawei", "Kazakhtelekom"],
        ),
        # a Cyrillic subject in the nominative, transliterated as written
        (
            "Казахстан и Китай обсудили сотрудничество. Казахтелеком и Huawei подписали "
            "меморандум о цифровизации.",
            ["Huawei", "Kazakhtelekom"],
        ),
    ],
)
def test_a_name_in_a_side_place_signs(text, expected):
    assert sorted(expected) in agreement_sides(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people: surnames of office-holders, of people named in full before, titles
        ("Kenya and Uganda held talks. Ruto and Museveni signed an agreement on trade.", None),
        (
            "Ghana and Togo held talks. Foreign ministers Samuel Okudzeto Ablakwa and Robert "
            "Dussey met. Ablakwa and Dussey signed a memorandum on security.",
            None,
        ),
        (
            "Kenya and Uganda held talks. Mr Mudavadi signed a memorandum with Mr Odongo on "
            "security.",
            None,
        ),
        (
            "Le Sénégal et la Gambie ont discuté. M. Sall a signé avec M. Barrow un accord sur "
            "la pêche.",
            None,
        ),
        (
            "Россия и Казахстан провели переговоры. Михаил Мишустин и Олжас Бектенов подписали "
            "соглашение о торговле. Мишустин подписал также меморандум с Бектеновым.",
            None,
        ),
        (
            "Kenya and Uganda held talks. The agreement on trade was signed by Ruto and Museveni.",
            None,
        ),
        (
            "Россия и Казахстан провели переговоры. Соглашение подписали Мишустин и Бектенов.",
            None,
        ),
        # places: a city the text puts after "in", and the one coordinated with it
        (
            "Kenya and Uganda held talks in Mombasa. Mombasa and Kisumu signed an agreement on "
            "trade.",
            None,
        ),
        ("Kenya and Uganda held talks. In Mombasa, Kenya signed an agreement with Uganda.", None),
        # a state's institution, a region, a text's own name, common words, dates
        (
            "Kenya and Uganda held talks. The Government of Uganda signed an agreement with "
            "Kenya on trade.",
            None,
        ),
        (
            "Kenya and Uganda held talks. The Western Region and Kenya signed a memorandum on "
            "tourism.",
            None,
        ),
        (
            "Kenya and Uganda held talks. Kenya signed the Lobito Corridor Agreement with Uganda.",
            None,
        ),
        ("Kenya and Uganda held talks. Officials signed an agreement on trade.", None),
        ("Kenya and Uganda held talks. In March Kenya signed an agreement with Uganda.", None),
        ("Россия и Казахстан провели переговоры. Стороны подписали соглашение о торговле.", None),
        # a headline's capitals name nothing
        (
            "Kenya and Uganda held talks. Kenya Signs Deal With Safaricom Over Data Centres In Nairobi",
            None,
        ),
        # Russia's ministry by its short name is Russia
        (
            "Россия и Казахстан провели переговоры. Минфин подписал соглашение с Казахстаном о налогах.",
            None,
        ),
    ],
)
def test_a_person_place_or_word_does_not_sign(text, expected):
    sides = agreement_sides(text)
    states = {"KEN", "UGA", "GHA", "TGO", "SEN", "GMB", "RUS", "KAZ"}
    assert sides and all(set(s) <= states for s in sides)


def test_a_name_beside_an_acronym_signs_with_it():
    # one of two subjects is an acronym: the acronym rules read it (acronyms.py), and the
    # name beside it signs with it, never alone nor beside the two states
    assert agreement_sides(
        "Kenya and Uganda held talks. KenGen and UEGCL signed a memorandum on geothermal power."
    ) == [["KenGen", "UEGCL"]]
