"""Short invented articles in styles the dev corpus does not have: committees and working
groups with their cadences, sessions numbered in Roman numerals or in apposition,
typographic apostrophes."""

from __future__ import annotations

from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


def test_a_working_group_that_meets_every_quarter():
    reading = _read(
        "Le Bénin et le Togo ont mis en place un groupe de travail mixte sur la sécurité "
        "frontalière. Ce groupe de travail se réunira chaque trimestre, alternativement à Cotonou et à Lomé."
    )
    [body] = reading.bodies
    assert body.name.startswith("groupe de travail mixte")
    assert sorted(body.parties) == ["BEN", "TGO"]
    assert body.cadence_months == 3


def test_a_steering_committee_and_its_first_meeting_in_english():
    reading = _read(
        "Ghana and Côte d'Ivoire launched a joint steering committee for the cocoa corridor "
        "that will meet three times a year. Its first meeting is scheduled in Accra in May 2026."
    )
    [body] = reading.bodies
    assert "steering committee" in body.name
    assert body.cadence_months == 4
    assert [(s.number, s.place) for s in reading.sessions] == [(1, "Accra")]


def test_a_russian_working_group_that_meets_every_half_year():
    reading = _read(
        "Россия и Мали договорились создать совместную рабочую группу по энергетике. "
        "Рабочая группа будет собираться раз в полгода."
    )
    [body] = reading.bodies
    assert body.name.startswith("совместная рабочая группа")
    assert body.cadence_months == 6


def test_a_previous_session_numbered_in_apposition_and_the_first_since_is_not_a_number():
    reading = _read(
        "La Guinée et le Maroc ont tenu à Rabat la IVe session de leur commission mixte, "
        "la première session depuis cinq ans. La session précédente, la IIIe, avait eu lieu "
        "à Conakry en juin 2019."
    )
    assert sorted(s.number for s in reading.sessions) == [3, 4]


def test_a_typographic_apostrophe_does_not_make_a_repeated_agreement_new():
    reading = _read(
        "Le Niger et le Tchad ont signé le 3 mars 2025 un accord de coopération dans le "
        "domaine de l’élevage. L’accord prévoit des campagnes de vaccination du bétail."
    )
    assert [a.sectors for a in reading.agreements] == [["agriculture"]]


def test_an_alliance_story_binds_its_member_states_even_in_a_planned_text():
    reading = _read(
        "Réunis à Niamey, les ministres des Transports de l'AES ont signé un accord sur le "
        "transport routier. Un protocole sur la sécurité des corridors devrait être signé "
        "lors du prochain sommet."
    )
    assert [(sorted(a.parties), a.sectors, a.status) for a in reading.agreements] == [
        (["BFA", "MLI", "NER"], ["transport"], "signed"),
        (["BFA", "MLI", "NER"], ["security"], "planned"),
    ]


def test_a_contract_with_a_company_has_the_company_as_a_party():
    reading = _read(
        "Le gouvernement nigérien et la société Orano ont signé jeudi un contrat portant sur "
        "l'exploitation d'un gisement d'uranium."
    )
    [contract] = reading.agreements
    assert (contract.kind, sorted(contract.parties)) == ("contract", ["NER", "Orano"])
    assert contract.sectors == ["mining"]


def test_a_related_articles_list_is_not_read_for_agreements():
    reading = _read(
        "Le Tchad et le Soudan ont évoqué la situation humanitaire à la frontière, sans "
        "signer de texte.\n\nArticles liés\n• Tchad-Niger : quatre accords signés à Niamey\n"
        "• Sénégal : un accord de pêche ratifié"
    )
    assert (reading.agreements, reading.agreements_total) == ([], None)


def test_sessions_numbered_by_a_bare_roman_numeral_or_a_word():
    russian = _read(
        "IX заседание Межправительственной российско-гвинейской комиссии прошло в Конакри "
        "5 марта 2025 года."
    )
    assert [s.number for s in russian.sessions] == [9]
    french = _read("La vingtième session de la commission mixte sénégalo-gambienne a eu lieu.")
    assert [s.number for s in french.sessions] == [20]


def test_a_committee_that_meets_once_a_semester():
    reading = _read(
        "Le Sénégal et la Mauritanie ont installé un comité mixte de suivi des accords de "
        "pêche, qui se réunira une fois par semestre."
    )
    [body] = reading.bodies
    assert (sorted(body.parties), body.cadence_months) == (["MRT", "SEN"], 6)
