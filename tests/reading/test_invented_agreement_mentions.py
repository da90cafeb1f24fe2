"""Agreement mentions in invented sentences (mentions19, issue 10): a signing put off is
planned, a signing denied is none, a text said to be near is planned, counts of deals, pacts
and treaties, a treaty with its own domain is an `agreement` (SPEC), notes exchanged after a
subject with its article. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    return agreements.extract(context(text, lang, published="2025-03-12"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The signing of the energy agreement between Nigeria and Niger was postponed."),
        ("en", "Nigeria and Niger postponed the signing of an energy agreement to May."),
        (
            "fr",
            "La signature de la convention de financement entre le Sénégal et l'AFD a été "
            "reportée.",
        ),
        ("fr", "Le Sénégal et l'AFD ont reporté la signature de la convention de financement."),
        ("en", "Officials from Ghana and Togo said a deal on electricity exports was close."),
        ("en", "Ghana and Togo are close to signing a deal on electricity exports."),
        ("fr", "Selon Niamey, l'accord sur le pétrole entre le Niger et le Bénin est imminent."),
        ("ru", "Россия и Мьянма близки к подписанию соглашения об атомной энергетике."),
    ],
)
def test_a_signing_put_off_or_near_is_planned(lang, text):
    found, _ = read(text, lang)
    assert [a.status for a in found] == ["planned"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Nigeria and Niger signed an energy agreement on Monday after a meeting postponed "
            "from March.",
        ),
        ("en", "Reuters reported the signing of an energy agreement between Nigeria and Niger."),
        ("en", "Ghana and Togo, which are close partners, signed a deal on electricity exports."),
        (
            "fr",
            "Le Sénégal et la Gambie ont signé un accord sur la pêche lors de la réunion "
            "reportée en mars.",
        ),
    ],
)
def test_a_signing_beside_other_words_stays_signed(lang, text):
    found, _ = read(text, lang)
    assert [a.status for a in found] == ["signed"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Malawi denied that it had signed any agreement with Mozambique on the border."),
        ("en", "Malawi denied having signed a trade agreement with Mozambique."),
        ("en", "The government dismissed reports that it had signed a defence pact with Russia."),
        (
            "fr",
            "Le gouvernement mauritanien a démenti avoir signé un accord migratoire avec "
            "l'Espagne.",
        ),
        ("fr", "Le Mali dément avoir conclu un accord de défense avec la Russie."),
        ("fr", "Nouakchott nie avoir signé un accord sur la migration avec Madrid."),
        (
            "fr",
            "Le ministre a démenti les rumeurs selon lesquelles le Mali aurait signé un accord "
            "minier avec la Russie.",
        ),
        (
            "ru",
            "Премьер опроверг информацию о том, что Армения подписала соглашение с Азербайджаном.",
        ),
    ],
)
def test_a_signing_denied_is_no_agreement(lang, text):
    found, _ = read(text, lang)
    assert found == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Malawi, which denied the rumours, signed a trade agreement with Mozambique."),
        ("ru", "Азербайджан опроверг слухи, но позже подписал соглашение с Арменией о торговле."),
    ],
)
def test_a_denial_of_something_else_keeps_the_text(lang, text):
    found, _ = read(text, lang)
    assert [a.status for a in found] == ["signed"]


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        (
            "en",
            "Kenya and Ethiopia inked five deals on trade, energy, health, roads and tourism.",
            5,
        ),
        ("en", "Turkey and Libya sealed three pacts on energy, defence and shipping.", 3),
        (
            "ru",
            "Россия и Казахстан заключили четыре договора: о торговле, об энергетике, о "
            "транспорте и о культуре.",
            4,
        ),
    ],
)
def test_deals_pacts_and_treaties_are_counted(lang, text, count):
    found, total = read(text, lang)
    assert total == count
    assert len(found) == count


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "Algeria and Tunisia exchanged the instruments of ratification of their extradition "
            "treaty.",
            "agreement",
        ),
        ("ru", "Казахстан и Киргизия заключили договор о демаркации границы.", "agreement"),
        (
            "ru",
            "Россия и Казахстан заключили четыре договора: о торговле и об энергетике.",
            "agreement",
        ),
        ("en", "Kenya and Uganda signed a treaty of friendship and cooperation.", "framework"),
        ("ru", "Россия и Мали подписали договор о дружбе и сотрудничестве.", "framework"),
    ],
)
def test_a_treaty_with_its_own_domain_is_an_agreement(lang, text, kind):
    found, _ = read(text, lang)
    assert found and {a.kind for a in found} == {kind}


@pytest.mark.parametrize(
    "text",
    [
        "Le Gabon et le Cameroun ont échangé des notes verbales portant sur l'exemption de visas.",
        "Le Gabon et le Cameroun ont échangé des lettres sur l'exemption de visas.",
    ],
)
def test_notes_exchanged_after_a_subject_with_its_article(text):
    found, _ = read(text, "fr")
    assert [(a.kind, a.status, a.sectors) for a in found] == [("other", "signed", ["diplomacy"])]


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        (
            "en",
            "The deal, struck in Doha on Tuesday between Qatar and Rwanda, covers airport "
            "construction.",
            "signed",
        ),
        (
            "en",
            "Malaysia and Indonesia sealed a border agreement that had been negotiated for 18 "
            "years.",
            "signed",
        ),
        (
            "fr",
            "Le Togo et le Ghana n'ont toujours pas signé l'accord sur la frontière maritime.",
            "planned",
        ),
        (
            "fr",
            "Le Togo et le Ghana n'ont pas encore signé l'accord sur la frontière maritime.",
            "planned",
        ),
    ],
)
def test_the_press_verbs_and_a_signing_not_yet_done(lang, text, status):
    found, _ = read(text, lang)
    assert [a.status for a in found] == [status]


def test_a_signing_refused_stays_none():
    found, _ = read("Le Togo et le Ghana n'ont pas signé l'accord sur la frontière maritime.", "fr")
    assert found == []


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        (
            "en",
            "Indonesia and Singapore have brought into force the agreement on flight information "
            "regions.",
            "agreement on flight information regions",
        ),
        (
            "en",
            "The agreement between Kenya and Uganda on fisheries came into force in May.",
            "agreement between Kenya and Uganda on fisheries",
        ),
    ],
)
def test_a_text_brought_or_come_into_force(lang, text, title):
    found, _ = read(text, lang)
    assert [(a.status, a.title) for a in found] == [("in_force", title)]


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "en",
            "Ethiopia and Djibouti signed a grant agreement and a loan agreement for the new "
            "railway.",
            [["transport"], ["transport"]],
        ),
        (
            "fr",
            "Le Gabon et le Cameroun ont signé un accord de prêt et un accord de don pour la "
            "route.",
            [["infrastructure"], ["infrastructure"]],
        ),
    ],
)
def test_two_texts_of_one_kind_share_their_complement(lang, text, sectors):
    found, _ = read(text, lang)
    assert [a.sectors for a in found] == sectors


def test_texts_of_one_kind_with_complements_of_their_own_keep_them():
    found, _ = read(
        "Ethiopia and Djibouti signed a grant agreement for a hospital and a loan agreement for "
        "the railway.",
        "en",
    )
    assert [a.sectors for a in found] == [["health"], ["transport"]]
