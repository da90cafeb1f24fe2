"""Denied texts, a count's part, and who borrows from a lender (drawD29, on b391 and b521).

Invented sentences.
- "no memorandum, letter of intent or contract of any kind has been signed": the determiner
  denies every text of the list, not its first alone.
- "said no agreement had been signed …, after local media reported a deal for …": the deal the
  report told is the one denied before it (SPEC lists the texts a story identifies, not
  rumours it refutes).
- "sept accords …, dont deux accords de prêt": the second count is a part of the first, so
  the total stays seven (SPEC: the number of texts signed at the event).
- A state whose fund the story's loans are signed with lends in the story: a loan "with" another
  lender beside it is the other state's ("deux accords de prêt avec le Fonds qatari …, un
  accord de prêt avec la Banque islamique de développement": Chad borrows, not Qatar).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        'date 2026-03-02 The ministry said in a statement that "no memorandum, letter of intent '
        'or contract of any kind has been signed with Harbin Electric" on the dam project.',
        "date 2026-03-02 Le ministère a précisé qu'« aucun mémorandum, protocole ou contrat n'a "
        "été signé avec Harbin Electric » sur le projet de barrage.",
    ],
)
def test_no_before_a_list_of_texts_denies_each(text: str) -> None:
    assert read(text).agreements == []


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-03-02 Guinea's mines ministry said no agreement had been signed with any "
        "foreign firm, after local media reported a deal for a Chinese company to run the Boké "
        "port.",
        "date 2026-03-02 Le ministère guinéen des Mines a assuré qu'aucun accord n'avait été "
        "signé avec une société étrangère, après que la presse a fait état d'un accord pour "
        "l'exploitation du port de Boké par une société chinoise.",
    ],
)
def test_a_report_denied_before_it_tells_no_text(text: str) -> None:
    assert read(text).agreements == []


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-03-02 Mali and Senegal signed six agreements on Monday in Dakar, including "
        "two loan agreements. The other texts cover transport, health, energy and fisheries.",
        "date 2026-03-02 Le Mali et le Sénégal ont signé lundi à Dakar six accords et "
        "mémorandums d'entente, dont deux accords de prêt. Les autres textes portent sur le "
        "transport, la santé, l'énergie et la pêche.",
        "date 2026-03-02 Россия и Египет подписали в понедельник шесть соглашений, в том числе "
        "два кредитных соглашения. Остальные документы касаются транспорта, здравоохранения, "
        "энергетики и рыболовства.",
    ],
)
def test_a_count_told_as_part_of_another_adds_nothing(text: str) -> None:
    assert read(text).agreements_total == 6


@pytest.mark.parametrize(
    ("text", "bank"),
    [
        (
            "date 2026-03-02 Le président Mahamat Idriss Déby a achevé mercredi une visite "
            "officielle au Qatar, où il a rencontré l'émir Tamim ben Hamad Al Thani. Le Qatar et "
            "le Tchad ont salué leur coopération.\nLes textes signés à l'issue des entretiens sont "
            "les suivants :\n- deux accords de prêt avec le Fonds qatari pour le développement "
            "pour la construction d'écoles ;\n- un accord de prêt avec la Banque islamique de "
            "développement pour l'électrification rurale ;\n- un mémorandum d'entente sur les "
            "consultations politiques.",
            "Banque islamique de développement",
        ),
        (
            "date 2026-03-02 President Mahamat Idriss Deby ended a state visit to Qatar on "
            "Wednesday, where he met Emir Tamim bin Hamad Al Thani. Qatar and Chad praised their "
            "cooperation.\nThe texts signed after the talks are the following:\n- two loan "
            "agreements with the Qatar Fund for Development for school construction;\n- a loan "
            "agreement with the Islamic Development Bank for rural electrification;\n- a "
            "memorandum of understanding on political consultations.",
            "Islamic Development Bank",
        ),
        (
            "date 2026-03-02 Президент Чада Махамат Идрис Деби завершил в среду визит в Катар, где "
            "встретился с эмиром Тамимом бен Хамадом Аль Тани. Катар и Чад высоко оценили "
            "сотрудничество.\nПо итогам переговоров подписаны следующие документы:\n- два "
            "кредитных соглашения с Катарским фондом развития на строительство школ;\n- "
            "кредитное соглашение с Исламским банком развития на электрификацию сёл;\n- "
            "меморандум о политических консультациях.",
            "IsDB",
        ),
    ],
)
def test_a_state_whose_fund_lends_does_not_borrow_from_the_other_lender(
    text: str, bank: str
) -> None:
    loans = [a for a in read(text).agreements if bank in a.parties]
    assert [set(a.parties) for a in loans] == [{bank, "TCD"}]
