"""Shapes of the fourth draw's English documents (session 17, drawC17), in invented
sentences: a crawl's first paragraph glued to its date line and followed by a byline, a
"RELATED:" link line inside the article."""

from __future__ import annotations

from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


def test_a_glued_first_paragraph_before_a_byline_is_article_text():
    reading = _read(
        "date 2026-03-05 NAIROBI — Kenya and Uganda on Thursday signed a memorandum of "
        "understanding on fisheries at the close of a meeting of their Joint Permanent "
        "Commission held in the Kenyan capital.\n"
        "By Jane Wanjiru\n\n"
        "The memorandum was signed by the two ministers of agriculture after three days of "
        "talks on the shared waters of Lake Victoria and its fish stocks.\n"
    )
    assert reading.document.text.startswith("NAIROBI — Kenya and Uganda on Thursday signed")
    assert reading.document.author == "Jane Wanjiru"
    assert "By Jane Wanjiru" not in reading.document.text


def test_a_related_link_line_inside_the_article_is_skipped():
    reading = _read(
        "date 2026-03 Ghana and Togo talk trade - example.com\n\n"
        "Ghana and Togo agreed on Monday in Accra to reopen their land border to trade "
        "after two years of restrictions, the two foreign ministers said.\n\n"
        "RELATED: Togo opens new port terminal in Lomé\n\n"
        "The Ghana-Togo Joint Commission will meet in Lomé in June to review the measures "
        "taken at the border posts.\n\n"
        "Related: Tags and more\n"
    )
    assert "review the measures" in reading.document.text
    assert "RELATED" not in reading.document.text


def test_a_quotation_of_a_company_has_no_speaker():
    texts = (
        "Kenya and Ethiopia signed a power purchase agreement with GreenVolt, whose chief "
        'executive Tom Baker attended the ceremony. "Our investments in the region now exceed '
        '$2 billion and will keep growing next year," the company said in a statement.',
        "Le Sénégal a signé un contrat avec GreenVolt, dont le directeur général Tom Baker "
        "était présent. « Nos investissements dans la région dépassent désormais deux "
        "milliards de dollars et vont encore croître », a indiqué la société.",
        "Казахстан подписал контракт с компанией GreenVolt, генеральный директор Том Бейкер "
        "присутствовал на церемонии. «Наши инвестиции в регионе уже превышают два миллиарда "
        "долларов и будут расти в следующем году», — сообщили в компании.",
    )
    for text in texts:
        [quote] = _read(text).quotes
        assert quote.speaker is None, text


def test_a_border_committee_of_two_neighbours_is_their_body():
    cases = (
        (
            "Kenya and Uganda on Thursday held a meeting of their General Border Committee "
            "in Nairobi. Regional Border Committees of the two sides will meet every month.",
            {"General Border Committee", "Regional Border Committees"},
        ),
        (
            "Le Mali et le Niger ont tenu jeudi à Niamey une réunion de leur Comité général "
            "des frontières.",
            {"Comité général des frontières"},
        ),
        (
            "Казахстан и Киргизия провели в Бишкеке заседание Совместной пограничной комиссии.",
            {"Совместной пограничной комиссии", "Совместная пограничная комиссия"},
        ),
    )
    for text, names in cases:
        bodies = _read(text).bodies
        assert bodies and all(body.name in names for body in bodies), text
        assert all(len(body.parties) == 2 for body in bodies), text


def test_a_story_opening_on_two_members_of_a_large_alliance_is_the_pairs():
    reading = _read(
        "Thailand and Laos on Monday signed a memorandum of understanding on fisheries in "
        "Bangkok, with Malaysian Defence Minister Ahmad Zaki as host. Observers from ASEAN "
        "member states, led by Malaysia, will verify the truce.\n\n"
        "Anwar Ibrahim holds the rotating chairmanship of ASEAN this year.\n\n"
        "The two delegations also reaffirmed the 2010 agreement on river navigation."
    )
    assert len(reading.agreements) == 2
    for agreement in reading.agreements:
        assert sorted(agreement.parties) == ["LAO", "THA"], agreement
    assert "VNM" not in reading.parties


def test_two_capital_initials_open_a_name_unless_they_are_a_partys_acronym():
    cases = (
        "Bangladesh's adviser called on Prime Minister KP Sharma Oli in Kathmandu, Nepal.",
        "Le Premier ministre KP Sharma Oli a reçu jeudi à Katmandou le ministre bangladais.",
    )
    for text in cases:
        names = [person.name for person in _read(text).people]
        assert "KP Sharma Oli" in names, (text, names)
    names = [
        p.name for p in _read("UK Foreign Secretary David Lammy met Nigerian officials.").people
    ]
    assert names == ["David Lammy"]


def test_a_session_told_after_a_relative_clause_on_the_body():
    cases = (
        "The ministers agreed that the Kenya-Uganda Joint Commission, which has not met for "
        "six years, would meet in Kampala in October.",
        "Les ministres ont convenu que la commission mixte mali-sénégalaise, qui ne s'est pas "
        "réunie depuis 2019, se réunira à Dakar en octobre.",
        "Министры договорились, что российско-малийская межправительственная комиссия, которая "
        "не собиралась шесть лет, соберётся в Москве в октябре.",
    )
    for text in cases:
        reading = _read("date 2026-03-04 Talks - example.com\n\n" + text)
        [session] = reading.sessions
        assert session.start and session.start.endswith("-10"), (text, session)
