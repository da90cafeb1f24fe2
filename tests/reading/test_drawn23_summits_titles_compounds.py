"""Shapes of drawn analyses and interviews, in invented sentences:

- a summit of heads of state named only as the level a text goes to ("sera soumis au
  prochain sommet des chefs d'État", "to be presented at the next summit of heads of
  state") tells no meeting of a standing organ: no body. Told with its place or month
  ("prévu à Bamako en décembre", "scheduled for Conakry in November") it stays one (guard);
- a text's title in quotation marks ("le « Protocole d'entente sur la mobilité »") is not a
  quotation (SPEC), whoever signs it next in the sentence;
- a ministry's division ("Ghana's Economic Relations Division") is no person;
- a text named with the compound adjective of its two states ("la convention
  franco-malienne", «российско-пакистанское соглашение») binds those two, whoever else the
  sentence names;
- an initialled text of one domain and sides told in the lead and again in the body ("un
  accord de défense paraphé" ... "Reste l'accord de coopération en matière de défense,
  paraphé à Rome en novembre") is one text.
"""

from __future__ import annotations

from suivi.reading.pipeline import read


def _bodies(text: str, name: str) -> list[str]:
    return [b.name for b in read(text, name).bodies]


def test_french_summit_as_a_level_is_no_body() -> None:
    text = (
        "Les ministres des Finances de l'AES préparent une convention fiscale commune aux "
        "trois pays de la Confédération, qui pourrait être présentée au prochain sommet des "
        "chefs d'État. Le Burkina Faso, le Mali et le Niger en discutent depuis un an."
    )
    assert not any("sommet" in n.lower() for n in _bodies(text, "a.txt"))


def test_english_summit_as_a_level_is_no_body() -> None:
    text = (
        "The ministers of the Mano River Union agreed on a draft protocol on fisheries. "
        "The draft will be submitted to the next summit of heads of state."
    )
    assert not any("summit" in n.lower() for n in _bodies(text, "a.txt"))


def test_summit_with_its_place_and_month_stays_a_body() -> None:
    text = (
        "Les ministres des Affaires étrangères de l'AES ont examiné un projet d'accord sur la "
        "banque confédérale ; il sera soumis au prochain sommet des chefs d'État, prévu à "
        "Bamako en décembre."
    )
    assert any("sommet" in n.lower() for n in _bodies(text, "a.txt"))


def test_quoted_title_of_a_text_is_no_quote() -> None:
    text = (
        "Le Sénégal et l'Espagne ont signé lundi trois textes. Le principal, le « Protocole "
        "d'entente sur la mobilité des travailleurs saisonniers et la formation », signé par le "
        "ministre Ousmane Diop, prévoit la formation de 2 000 jeunes par an."
    )
    assert not any(q.text.startswith("Protocole") for q in read(text, "a.txt").quotes)


def test_english_quoted_title_is_no_quote() -> None:
    text = (
        "Kenya and Japan signed the “Agreement on Cooperation in the Field of Maritime "
        "Security and Port Management” on Monday in Nairobi, the ministry said."
    )
    assert not any(q.text.startswith("Agreement") for q in read(text, "a.txt").quotes)


def test_a_quoted_sentence_about_a_text_stays_a_quote() -> None:
    text = (
        "Le ministre sénégalais Ousmane Diop a déclaré : « Accord ou pas, nous avancerons avec "
        "nos partenaires espagnols cette année. »"
    )
    assert any(q.text.startswith("Accord ou pas") for q in read(text, "a.txt").quotes)


def test_a_ministry_division_is_no_person() -> None:
    text = (
        "The Qatar Fund for Development (QFFD) signed a US$120 million grant agreement with "
        "Ghana's Economic Relations Division for climate-resilient housing in Keta's Lagoon "
        "and Ada, the Ministry of Foreign Affairs said on Monday. ERD Secretary Kwame Asante "
        "Boateng and QFFD Director General Ali Hamad Al-Marri signed it."
    )
    names = {p.name for p in read(text, "a.txt").people}
    assert "Kwame Asante Boateng" in names
    assert "Economic Relations Division" not in names


def _parties_of(text: str, title_word: str) -> list[list[str]]:
    return [
        sorted(a.parties)
        for a in read(text, "a.txt").agreements
        if title_word in (a.evidence or "")
    ]


def test_french_compound_adjective_names_the_sides() -> None:
    text = (
        "Fin décembre, le gouvernement nigérien a annoncé sa décision, quelques semaines après "
        "que le Mali a dénoncé la convention franco-malienne de 1972 sur la double imposition."
    )
    assert sorted(["FRA", "MLI"]) in _parties_of(text, "franco-malienne")


def test_russian_compound_adjective_before_the_noun_names_the_sides() -> None:
    text = (
        "В ходе визита в Казахстан министр экономики Узбекистана напомнил, что "
        "российско-пакистанское межправительственное соглашение о торговле было подписано в "
        "2015 году."
    )
    assert sorted(["PAK", "RUS"]) in _parties_of(text, "российско-пакистанское")


def test_initialled_text_told_in_lead_and_body_is_one() -> None:
    text = (
        "date 2026-02-11 Sénégal-Espagne : le partenariat à l'épreuve - Le Journal\n\n"
        "Deux textes signés mardi à Dakar, un accord de défense paraphé mais toujours en "
        "suspens : deux ans après son lancement, le partenariat voulu par Madrid avance, mais à "
        "petits pas.\n\n"
        "Le Sénégal et l'Espagne ont signé mardi à Dakar deux nouveaux textes de coopération, "
        "à l'occasion de la visite du ministre espagnol des Affaires étrangères.\n\n"
        "Le premier porte sur la pêche, le second sur la santé.\n\n"
        "Reste l'accord de coopération en matière de défense, paraphé à Madrid en novembre "
        "dernier par les deux ministères de la Défense. Sa signature a été reportée sans date."
    )
    defence = [a for a in read(text, "a.txt").agreements if a.sectors == ["defence"]]
    assert len(defence) == 1
    assert defence[0].status == "initialled"
    assert defence[0].date == "2025-11"  # the body's telling, with its own date


def test_initialled_texts_of_two_domains_stay_two() -> None:
    text = (
        "Un accord de défense paraphé mais toujours en suspens : le partenariat entre le "
        "Sénégal et l'Espagne avance lentement.\n\n"
        "Reste l'accord sur la pêche, paraphé à Madrid en novembre dernier par les deux "
        "ministères."
    )
    found = read(text, "a.txt").agreements
    assert {"defence", "agriculture"} <= {s for a in found for s in a.sectors}
