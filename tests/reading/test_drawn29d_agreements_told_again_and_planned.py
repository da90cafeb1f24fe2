"""Agreements read from constructions that recur in communiqués and wires (invented sentences):

- a text still under talks that the sides want to sign, told back by a pronoun or its
  generic noun ("want to sign the pact", "souhaitent le signer", «намерены подписать его»):
  planned (SPEC: STATUS `planned`, announced or to be signed);
- a French title opened by a participle after its noun ("la convention révisée tendant à
  éviter la double imposition"): named by its title, so a text of its own, not a repeat;
- the day's texts told again as a whole ("Today's agreements open new horizons", "les
  accords d'aujourd'hui"): no new text;
- a text told again by its title up to its partner ("l'accord de mourabaha avec la
  direction de la SAR" after "un accord de mourabaha de 150 millions … pour …"): one text
  (French, whose title runs on to the partner; the English case, read already, is a guard);
- a lender's partnership strategy whose signing its clause tells further on ("… pour la
  période 2027-2030 serait signée"): a text (of kind `framework`, as when "signed" follows it);
- an older text told by an ellipsis of the noun of the one before ("La précédente avait été
  signée en 2019", "The previous one was signed in 2019", «Предыдущая была подписана в 2019
  году»): an older text of that kind and those sides, signed that year.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _agreements(text: str):
    return read(text.encode(), "article.txt").agreements


def _head(lang: str) -> str:
    return {"fr": "date 2026-11-05 Visite - Site\n", "en": "date 2026-11-05 Visit - Site\n"}.get(
        lang, "date 2026-11-05 Визит - Сайт\n"
    )


@pytest.mark.parametrize(
    ("lang", "text", "sector"),
    [
        (
            "en",
            "Ghana and Togo signed a fisheries agreement on Monday. Negotiators also closed "
            "the second round of talks on a trade agreement last week, and both governments "
            "want to sign the pact before the end of the year.",
            "trade",
        ),
        (
            "fr",
            "Le Ghana et le Togo ont signé lundi un accord sur la pêche. Les négociations sur "
            "un accord commercial ont avancé la semaine dernière et les deux gouvernements "
            "souhaitent le signer avant la fin de l'année.",
            "trade",
        ),
        (
            "ru",
            "Россия и Египет подписали соглашение о рыболовстве. Переговоры о соглашении о "
            "свободной торговле продвинулись, и стороны намерены подписать его до конца года.",
            "trade",
        ),
    ],
)
def test_a_text_the_sides_want_to_sign_is_planned(lang, text, sector):
    planned = [a for a in _agreements(_head(lang) + text) if a.status == "planned"]
    assert [sector in a.sectors for a in planned] == [True]


def test_a_revised_convention_named_by_its_title_is_a_text_of_its_own():
    text = (
        "Le Ghana et le Togo ont signé un accord sur les transports. Les présidents ont chargé "
        "les ministres de finaliser la convention révisée tendant à éviter la double "
        "imposition, en vue de sa signature lors de la prochaine réunion."
    )
    kinds = sorted((a.kind, a.status) for a in _agreements(_head("fr") + text))
    assert kinds == [("agreement", "signed"), ("convention", "planned")]


def test_a_revised_treaty_told_by_its_proper_name_is_no_new_text():
    text = (
        "Le Ghana et le Togo ont signé un accord sur la pêche. « C'est la décision la plus "
        "importante depuis le Traité révisé de Chaguaramas », a-t-il dit."
    )
    assert len(_agreements(_head("fr") + text)) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kenya and Uganda signed agreements on energy and health. \"Today's agreements "
            'open new horizons for our sustainable development," the president said.',
        ),
        (
            "fr",
            "Le Kenya et l'Ouganda ont signé des accords sur l'énergie et la santé. « Les "
            "accords d'aujourd'hui ouvrent de nouveaux horizons au développement durable », a "
            "déclaré le président.",
        ),
    ],
)
def test_the_day_s_agreements_told_again_are_no_new_text(lang, text):
    sectors = sorted(s for a in _agreements(_head(lang) + text) for s in a.sectors)
    assert sectors == ["energy", "health"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Ghana a signé avec le Togo un accord de mourabaha de 150 millions de dollars "
            "pour l'achat de pétrole brut. Le ministre ghanéen a également signé l'accord de "
            "mourabaha avec le Togo.",
        ),
        (
            "en",
            "Ghana signed with Togo a murabaha agreement of 150 million dollars for the purchase "
            "of crude oil. The Ghanaian minister also signed the murabaha agreement with Togo.",
        ),
    ],
)
def test_a_title_told_again_up_to_its_partner_is_one_text(lang, text):
    assert len(_agreements(_head(lang) + text)) == 1


@pytest.mark.parametrize(
    ("lang", "text", "lender", "state"),
    [
        (
            "fr",
            "La Banque mondiale a signé deux accords de prêt avec le Sénégal. Les deux parties "
            "ont annoncé qu'une nouvelle stratégie de partenariat avec les pays membres (SPP) "
            "pour la période 2027-2030 serait signée au premier semestre 2027. La précédente, "
            "couvrant 2019-2023, avait été signée à Dakar en 2019.",
            "WB",
            "SEN",
        ),
        (
            "en",
            "The World Bank signed two loan agreements with Kenya. The two sides said a new "
            "Country Partnership Strategy for the period 2027-2031 would be signed in 2027. The "
            "previous one, covering 2019-2023, was signed in Nairobi in 2019.",
            "WB",
            "KEN",
        ),
        (
            "ru",
            "Всемирный банк подписал с Казахстаном два кредитных соглашения. Стороны сообщили, "
            "что новая стратегия партнерства со страной на период 2027-2031 годов будет "
            "подписана в 2027 году. Предыдущая, на 2019-2023 годы, была подписана в Астане в "
            "2019 году.",
            "WB",
            "KAZ",
        ),
    ],
)
def test_a_partnership_strategy_and_its_predecessor(lang, text, lender, state):
    found = [(a.status, a.date) for a in _agreements(_head(lang) + text) if a.kind == "framework"]
    assert ("signed", "2019") in found
    assert any(status == "planned" for status, _ in found)
    parties = {frozenset(a.parties) for a in _agreements(_head(lang) + text)}
    assert parties == {frozenset({lender, state})}


def test_a_previous_day_is_no_predecessor():
    text = (
        "Kenya and Uganda signed an agreement on fisheries. The previous day, ministers "
        "signed nothing in 2019."
    )
    assert len(_agreements(_head("en") + text)) == 1
