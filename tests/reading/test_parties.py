"""States and organisations: how the text names them, and which of them act."""

from __future__ import annotations

import pytest

from suivi.reading import gazetteer, parties
from suivi.reading.context import Mention


def codes(text: str, lang: str = "fr") -> list[str]:
    return [m.code for m in gazetteer.find_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la Fédération de Russie et la République du Mali", ["RUS", "MLI"]),
        ("une commission russo-malienne", ["RUS", "MLI"]),
        ("la coopération sino-malienne et algéro-malienne", ["CHN", "MLI", "DZA", "MLI"]),
        ("les Maliennes, les Burkinabè et le président ivoirien", ["MLI", "BFA", "CIV"]),
        ("la Côte d'Ivoire et la Guinée-Bissau", ["CIV", "GNB"]),
        ("l'Alliance des États du Sahel (AES) et la CEDEAO", ["AES", "AES", "ECOWAS"]),
        ("l'UEMOA, l'Union africaine et l'ONU", ["WAEMU", "AU", "UN"]),
        ("le HCR et la Banque mondiale", ["UNHCR", "WB"]),
        ("entre Moscou et Bamako", ["RUS", "MLI"]),
    ],
)
def test_french_names_adjectives_compounds_and_organisations(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an international acronym goes by the one known in every language ("PNUD" is UNDP)
        ("le Programme des Nations unies pour le développement (PNUD). Le PNUD", "fr", ["UNDP"] * 3),
        ("the UNDP and the Food and Agriculture Organization", "en", ["UNDP", "Food and Agriculture Organization"]),
        # SPEC: in Latin script, as the organisation writes itself
        ("ПРООН и МАГАТЭ", "ru", ["UNDP", "IAEA"]),
    ],
)  # fmt: skip
def test_organisations_outside_the_spec_list_are_spelled_as_the_text_spells_them(
    text, lang, expected
):
    assert codes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("rédigé en deux exemplaires en langue française", "fr"),
        ("les textes en français et en arabe font foi", "fr"),
        ("составлено на русском и французском языках", "ru"),
        ("an English-language version and a French version", "en"),
    ],
)
def test_a_language_is_not_a_state(text, lang):
    assert codes(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "company"),
    [
        ("le groupe nucléaire français Orano a signé", "fr", "Orano"),
        ("la société minière Kéniéba Gold a signé", "fr", "Kéniéba Gold"),
        ("the state-owned company Sonatrach signed", "en", "Sonatrach"),
        ("соглашение с компанией «Уралхим»", "ru", "Uralchem"),  # SPEC: Latin script
    ],
)
def test_a_company_introduced_as_such_is_a_party_by_its_own_name(text, lang, company):
    assert company in codes(text, lang)


def test_russian_forms_are_found_in_any_case():
    text = "между Российской Федерацией и Республикой Мали, российско-малийской комиссии, Росатома"
    assert codes(text, "ru") == ["RUS", "MLI", "RUS", "MLI", "Rosatom"]  # SPEC: Latin script


def test_english_names():
    assert codes("Morocco and Mali, the Malian PM and Sino-Malian ties", "en") == [
        "MAR", "MLI", "MLI", "CHN", "MLI",
    ]  # fmt: skip


def test_acronyms_need_capitals_and_headings_are_not_parties():
    assert codes("il y a un accord et une aide") == []
    assert codes("RETOUR AU MALI") == ["MLI"]  # "AU" in a capitalised heading is not the AU


def test_prefix_needs_its_hyphen():
    assert codes("le sino et le russo") == []


def test_mentions_carry_offsets_and_kind():
    text = "La délégation malienne est arrivée à Moscou."
    first, second = gazetteer.find_mentions(text, "fr")
    assert text[first.start : first.end] == "malienne" and first.kind == "adjective"
    assert second.code == "RUS" and second.kind == "seat"


def mention(code: str, kind: str = "name", at: int = 0) -> Mention:
    return Mention(code, at, at + 1, code, kind)


def test_parties_that_act_are_kept_and_a_passing_membership_is_not():
    text = "x" * 200
    mentions = [mention("MLI", at=1), mention("MLI", at=50), mention("SEN", at=80),
                mention("SEN", "adjective", at=120), mention("ECOWAS", at=150)]  # fmt: skip
    assert parties.decide(text, mentions, [], []) == ["MLI", "SEN"]


def test_title_and_person_roles_count():
    assert parties.decide("x" * 10, [mention("TUR", at=2)], [mention("TUR")], []) == ["TUR"]
    assert parties.decide("x" * 10, [mention("CHN", at=2)], [], ["CHN"]) == ["CHN"]


def test_membership_in_passing_weighs_nothing():
    text = "Les deux pays, membres de la CEDEAO et de la CEDEAO, coopèrent."
    found = gazetteer.find_mentions(text, "fr")
    assert parties.decide(text, found, [], []) == []


def test_companies_introduced_as_such_are_named_as_spelled():
    text = "La société Kandia Mining a signé. Kandia Mining emploiera 300 personnes."
    found = gazetteer.find_mentions(text, "fr")
    assert [m.code for m in found] == ["Kandia Mining", "Kandia Mining"]


def test_a_side_of_an_agreement_acts_even_if_named_once():
    from suivi.reading.model import Agreement

    signed = [
        Agreement(kind="agreement", evidence="x", parties=["ETH", "Российский Красный Крест"])
    ]
    assert parties.signatories(signed, ["RUS", "ETH"]) == ["Российский Красный Крест"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Honduran foreign minister and his Guatemalan counterpart signed an agreement "
            "on border security.",
            "en",
            {"HND", "GTM"},
        ),
        (
            "Le ministre afghan du Commerce et son homologue ouzbek ont signé un accord sur le "
            "transit ferroviaire.",
            "fr",
            {"AFG", "UZB"},
        ),
        (
            "Польская и чешская стороны подписали меморандум о сотрудничестве в энергетике.",
            "ru",
            {"POL", "CZE"},
        ),
    ],
)
def test_every_member_state_has_its_adjective(text, lang, expected):
    assert {m.code for m in gazetteer.find_mentions(text, lang)} == expected


def test_a_common_word_is_no_adjective_of_a_state():
    text = "We need to polish the text before signing, said the Dutch minister."
    assert {m.code for m in gazetteer.find_mentions(text, "en")} == {"NLD"}


def test_afreximbank_in_cyrillic_is_afreximbank():
    text = "Афрэксимбанк и правительство Мали подписали меморандум. Глава Афрэксимбанка выступил."
    codes = [m.code for m in gazetteer.find_mentions(text, "ru")]
    assert codes.count("Afreximbank") == 2
