"""Texts of a signing told as list items, in side clauses and beside another text (drawF28).

Invented sentences for the mechanisms the draw's documents lost on:
- a Russian list item under a header that tells the signing («Среди подписанных документов:
  – дорожная карта …;») is a text of the list, even with no domain word right after its kind
  (Russian has no article, and the bare nominative had been read as a repeat);
- a text that founded a body, with an adjective between the founding words and the text
  («создана на основании межправительственного соглашения», "established under an
  intergovernmental agreement"), is the general frame, not the domain of the sentence before;
- "Both sides agreed to use the FTA between X and the EU and to complete talks on an
  agreement on air services": the "between" is the FTA's own, the second text is the pair's;
- the minutes of a session of a "Committee for Economic, Trade and Scientific Cooperation"
  are `general` (SPEC): the domains in the body's name, or in a clause about the session,
  are not areas the minutes name; "The minutes were signed by the co-chairs" is the same text;
- "a cooperation plan", «план сотрудничества», "un plan de coopération" signed is a text
  (programme), and an English ", and the two ministries signed …" ends the text before it;
- "un contrat entre le ministère de la Santé et l'entreprise chinoise X": a company is a side
  of its contract, the ministry with no state named is the story's other state.
"""

from __future__ import annotations

from suivi.reading.pipeline import read


def _agreements(text: str):
    return read(text).agreements


def _by_sector(text: str, sector: str):
    return [a for a in _agreements(text) if sector in a.sectors]


def test_russian_bare_roadmap_listed_under_signing_header():
    text = (
        "В Минске 12 мая состоялось заседание белорусско-кубинской комиссии, по итогам "
        "которого Беларусь и Куба подписали пакет документов.\n"
        "Среди подписанных документов:\n"
        "- дорожная карта развития сотрудничества на 2026-2028 годы, охватывающая "
        "промышленность, сельское хозяйство и энергетику;\n"
        "- меморандум о сотрудничестве в области образования."
    )
    roadmaps = [a for a in _agreements(text) if a.kind == "programme"]
    assert len(roadmaps) == 1
    assert set(roadmaps[0].sectors) == {"economy", "agriculture", "energy"}
    assert set(roadmaps[0].parties) == {"BLR", "CUB"}


def test_russian_bare_roadmap_item_without_domain():
    text = (
        "В Гаване 3 марта Беларусь и Куба подписали пакет документов.\n"
        "Среди подписанных документов:\n"
        "- дорожная карта развития сотрудничества на 2026 год;\n"
        "- меморандум о сотрудничестве в области образования."
    )
    assert [a.kind for a in _agreements(text)].count("programme") == 1


def test_russian_founding_intergovernmental_agreement_is_general():
    text = (
        "Беларусь и Куба планировали подписать соглашение о воздушном сообщении, однако его "
        "подписание перенесено. Смешанная комиссия создана на основании межправительственного "
        "соглашения, подписанного в декабре 2007 года, и собирается раз в год."
    )
    old = [a for a in _agreements(text) if a.date == "2007-12"]
    assert len(old) == 1
    assert old[0].sectors == ["general"]


def test_english_founding_intergovernmental_agreement_is_general():
    text = (
        "Ghana and Serbia plan to sign an air services agreement next year. The joint "
        "commission was established under an intergovernmental agreement signed in 2007 and "
        "meets every year."
    )
    old = [a for a in _agreements(text) if a.date == "2007"]
    assert len(old) == 1
    assert old[0].sectors == ["general"]


def test_both_sides_text_beside_another_texts_between():
    text = (
        "Ghana and Serbia signed a trade agreement in Accra on Monday. Both sides agreed to "
        "make full use of the Free Trade Agreement between Ghana and the European Union, in "
        "force since 2016, and to complete negotiations on an agreement on air services, "
        "which they expect to sign next year."
    )
    air = _by_sector(text, "transport")
    assert len(air) == 1
    assert set(air[0].parties) == {"GHA", "SRB"}


def test_russian_the_sides_text_beside_another_texts_between():
    text = (
        "Казахстан и Сербия в понедельник подписали торговое соглашение. Стороны договорились "
        "использовать соглашение о свободной торговле между Сербией и Евросоюзом и завершить "
        "переговоры по соглашению о воздушном сообщении."
    )
    air = _by_sector(text, "transport")
    assert len(air) == 1
    assert set(air[0].parties) == {"KAZ", "SRB"}


def test_minutes_of_a_committee_named_by_domains_are_general_and_one_text():
    text = (
        "ACCRA — Ghana and Serbia on Thursday signed the minutes of the 5th meeting of the "
        "Ghana-Serbia Joint Committee for Economic, Trade and Scientific-Technical "
        "Cooperation, held in Accra on May 3-4, with both sides setting a target of $1 billion "
        "in trade.\n\nThe minutes were signed by the committee's co-chairs, Minister of Trade "
        "Kofi Mensah and Serbian Minister of Industry Marko Petrovic."
    )
    minutes = [a for a in _agreements(text) if a.kind in ("other", "protocol")]
    assert len(minutes) == 1
    assert minutes[0].sectors == ["general"]


def test_cooperation_plan_signed_in_its_own_clause():
    text = (
        "Ghana and Serbia signed a memorandum on banking supervision on Monday, and the two "
        "ministries of education signed a cooperation plan for 2026-2030."
    )
    found = _agreements(text)
    assert [a.kind for a in found] == ["memorandum", "programme"]
    assert found[0].sectors == ["economy"]


def test_french_and_russian_cooperation_plan():
    fr = (
        "Le Ghana et la Serbie ont signé lundi un mémorandum sur la supervision bancaire, et "
        "les deux ministères de l'Éducation ont signé un plan de coopération pour 2026-2030."
    )
    ru = (
        "Гана и Сербия в понедельник подписали меморандум о банковском надзоре, а министерства "
        "образования двух стран подписали план сотрудничества."
    )
    for text in (fr, ru):
        assert "programme" in [a.kind for a in _agreements(text)]


def test_contract_between_unnamed_ministry_and_foreign_company_french():
    text = (
        "Le Mali et la Chine ont signé un accord commercial. À cela s'ajoute un contrat entre "
        "le ministère de la Santé et la société chinoise Huaxin pour la relance d'une usine."
    )
    reading = read(text)
    contract = [a for a in reading.agreements if a.kind == "contract"]
    assert len(contract) == 1
    assert set(contract[0].parties) == {"MLI", "Huaxin"}
    assert "Huaxin" in reading.parties


def test_contract_between_unnamed_ministry_and_company_russian_host():
    text = (
        "Китайский министр прибыл в Аккру в понедельник с визитом. Гана и Китай подписали "
        "торговое соглашение. Также подписан контракт между министерством здравоохранения и "
        "китайской компанией Huaxin о перезапуске завода."
    )
    contract = [a for a in _agreements(text) if a.kind == "contract"]
    assert len(contract) == 1
    assert set(contract[0].parties) == {"GHA", "Huaxin"}
