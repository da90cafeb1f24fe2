"""Who hosts, supports or brokers what a story reports acts in it (SPEC: top-level parties
hold those that host and support), even named once; a witness, a rule followed, a critic, the
event a signing happens beside, or an organisation naming a summit (its setting) does not."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def parties_of(text: str) -> list[str]:
    return read(text.encode(), "communique.txt").parties


@pytest.mark.parametrize(
    ("text", "backers"),
    [
        (
            "Le Niger et la Turquie ont signé un accord de coopération militaire avec l'appui "
            "du PNUD. Le ministre nigérien de la Défense a salué la signature.",
            ["UNDP"],
        ),
        (
            "Kenya and Uganda signed an agreement on energy on Tuesday, with the support of the "
            "World Bank. Kenyan President William Ruto welcomed the deal.",
            ["WB"],
        ),
        (
            "À l'invitation du Maroc, le Mali et la Guinée ont signé un accord sur la santé. Le "
            "Mali et la Guinée renforcent leurs liens.",
            ["MAR"],
        ),
        (
            "При поддержке Китая Россия и Лаос подписали соглашение об энергетике. Россия и Лаос "
            "договорились продолжить работу.",
            ["CHN"],
        ),
        (
            "The talks, hosted by Qatar, ended with a memorandum on trade between Rwanda and the "
            "DRC. Rwanda and the DRC pledged to meet again.",
            ["QAT"],
        ),
        (
            "Le Tchad et le Soudan ont signé un accord de sécurité sous l'égide de l'Union "
            "africaine et avec le soutien de la France. Le Tchad et le Soudan promettent la paix.",
            ["AU", "FRA"],
        ),
    ],
)
def test_hosts_supporters_and_brokers_act(text, backers):
    parties = parties_of(text)
    assert all(code in parties for code in backers)


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        (
            "Avec l'appui de la Commission de l'UEMOA, le Mali et le Sénégal ont adopté un plan "
            "d'action sur le commerce. Le Mali et le Sénégal se félicitent.",
            "WAEMU",
        ),
        (
            "With the support of the Commission of the African Union, Chad and Sudan signed a "
            "memorandum on security. Chad and Sudan pledged peace.",
            "AU",
        ),
    ],
)
def test_an_organ_of_a_backer_stands_for_it(text, backer):
    assert backer in parties_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Ethiopia and Somalia signed a declaration in Ankara, in the presence of the Turkish "
            "foreign minister, despite objections from Egypt. Ethiopia and Somalia welcomed it.",
            ["EGY"],
        ),
        (
            "Le Mali et le Burkina Faso ont signé un accord sur les routes, conformément aux "
            "règles de la CEDEAO. Le Mali et le Burkina Faso veulent relier leurs capitales.",
            ["ECOWAS"],
        ),
    ],
)
def test_critics_and_rules_followed_do_not_act(text, absent):
    parties = parties_of(text)
    assert not any(code in parties for code in absent)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Ghana and Togo signed an agreement on energy at the second India-CARICOM summit in "
            "Accra. The CARICOM summit was held on Monday. Ghana and Togo welcomed the deal.",
            ["CARICOM"],
        ),
        (
            "Le Sénégal et la Gambie ont signé un accord sur la pêche en marge du sommet de la "
            "CEDEAO à Abuja. Le Sénégal et la Gambie saluent ce sommet de la CEDEAO.",
            ["ECOWAS"],
        ),
        (
            "Россия и Египет подписали соглашение об энергетике на полях саммита БРИКС. Россия и "
            "Египет договорились. Саммит БРИКС прошёл в Казани.",
            ["BRICS"],
        ),
    ],
)
def test_an_organisation_naming_a_summit_is_its_setting(text, absent):
    parties = parties_of(text)
    assert not any(code in parties for code in absent)


def test_an_organisation_that_signs_at_its_own_summit_acts():
    parties = parties_of(
        "The African Union signed an agreement with Ethiopia on health at the AU summit. "
        "Ethiopia thanked the AU."
    )
    assert "AU" in parties


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Peru and Ecuador signed two agreements on roads and on water. The World Bank, which "
            "is funding the works, welcomed the deals. Peru and Ecuador will meet again.",
            "WB",
        ),
        (
            "Le Sénégal et la Mauritanie ont signé un accord sur le gaz. L'UEMOA a, pour sa part, "
            "approuvé le projet en 2023. Le Sénégal et la Mauritanie veulent aller vite.",
            "WAEMU",
        ),
        (
            "Россия и Египет подписали соглашение об энергетике. Всемирный банк выделил кредит на "
            "проект. Россия и Египет договорились.",
            "WB",
        ),
        (
            "Kenya and Uganda signed an agreement on roads. The African Union Commission (AUC) has "
            "welcomed the deal. Kenya and Uganda are neighbours.",
            "AU",
        ),
    ],
)
def test_an_organisation_that_acts_as_subject_acts(text, actor):
    assert actor in parties_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le Niger, membre de la CEDEAO, a signé un accord avec le Tchad sur la sécurité. Le Niger "
        "et le Tchad veulent coopérer.",
        "Ghana and Togo signed an accord on energy. Like the ECOWAS single market, the deal aims "
        "to lower tariffs. Ghana and Togo signed it in Lomé.",
    ],
)
def test_an_organisation_named_in_passing_before_a_verb_does_not_act(text):
    assert "ECOWAS" not in parties_of(text)


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        (
            "Peru and Ecuador signed two agreements on roads and on water. The Andean Development "
            "Bank, which is funding the works, welcomed the deals. Peru and Ecuador will meet "
            "again.",
            "Andean Development Bank",
        ),
        (
            "Kenya and Ethiopia signed a memorandum on solar power, financed by the Green Climate "
            "Fund. Kenya and Ethiopia hope to add 500 MW.",
            "Green Climate Fund",
        ),
        (
            "Mali and Niger signed an agreement on irrigation with the support of the "
            "International Fund for Agricultural Development. Mali and Niger will share the water.",
            "International Fund for Agricultural Development",
        ),
    ],
)
def test_an_unknown_lender_that_backs_the_story_acts_by_its_name(text, backer):
    assert backer in parties_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo signed an agreement on roads. The Bank of Ghana approved the transfer. "
        "Ghana and Togo welcomed it.",
        "Ghana and Togo signed an agreement on roads. Officials visited the Central Market Bank "
        "building, which is old. Ghana and Togo welcomed it.",
    ],
)
def test_a_states_bank_or_a_bank_named_in_passing_is_no_party_of_its_own(text):
    assert sorted(parties_of(text)) == ["GHA", "TGO"]


@pytest.mark.parametrize(
    ("text", "lender"),
    [
        (
            "Ghana and Togo signed an agreement on roads, to be built with a loan from the IMF. "
            "Ghana and Togo welcomed it.",
            "IMF",
        ),
        (
            "Le Bénin et le Niger ont signé un accord sur les routes, grâce à un prêt de 50 "
            "millions de dollars de la Banque mondiale. Le Bénin et le Niger se félicitent.",
            "WB",
        ),
        (
            "Россия и Египет подписали соглашение об энергетике. Проект получит кредит Всемирного "
            "банка. Россия и Египет договорились.",
            "WB",
        ),
        (
            "Kenya and Uganda signed an agreement on railways. A $300 million World Bank loan will "
            "pay for the line. Kenya and Uganda are neighbours.",
            "WB",
        ),
    ],
)
def test_the_source_of_a_loan_acts(text, lender):
    assert lender in parties_of(text)


def test_an_organisation_that_only_comments_does_not_lend():
    text = (
        "Kenya and Uganda signed an agreement on railways. Kenya and Uganda are neighbours, and "
        "the IMF said growth would slow."
    )
    assert "IMF" not in parties_of(text)
