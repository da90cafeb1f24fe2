"""Organisations no vocabulary lists, read by the form of their name where they sign, and
capitalised words that are none (orgs18, issue 10).

SPEC: "any other international organisation or any company by its own name as the text
spells it ... in Latin script"; a company's agreement binds the company, not its state.
Every organisation here is invented; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

from suivi.reading import gazetteer
from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body of the states along a river, a lake or a sea, by its head word
        (
            "Zambia and the Zambezi River Authority signed an agreement on water.",
            ["ZMB", "Zambezi River Authority"],
        ),
        (
            "Niger signed an agreement with the Volta Basin Authority on water.",
            ["NER", "Volta Basin Authority"],
        ),
        (
            "Rwanda signed an agreement with the Great Lakes Hydro Authority on energy.",
            ["Great Lakes Hydro Authority", "RWA"],
        ),
        # the short name in brackets is the name
        (
            "Niger signed an agreement with the Volta Basin Authority (VBA) on water.",
            ["NER", "VBA"],
        ),
        (
            "La Guinée a signé un accord avec l'Autorité du bassin du fleuve Kolenté sur l'eau.",
            ["Autorité du bassin du fleuve Kolenté", "GIN"],
        ),
        (
            "Le Burkina Faso a signé une convention avec l'Autorité du bassin de la Volta sur "
            "l'eau.",
            ["Autorité du bassin de la Volta", "BFA"],
        ),
        # a company by its trade: carriers and makers
        (
            "Namibia signed an agreement with Namib Desert Railways on transport.",
            ["NAM", "Namib Desert Railways"],
        ),
        (
            "Kazakhstan signed an agreement with Steppe Railways on transport.",
            ["KAZ", "Steppe Railways"],
        ),
        # a Russian kind word in any case before a quoted name
        (
            "Монголия подписала контракт с холдингом «Байкал Майнинг» о добыче угля.",
            ["Baykal Mining", "MNG"],
        ),
        (
            "Монголия подписала соглашение с концерном «Степные моторы» о транспорте.",
            ["MNG", "Stepnye Motory"],
        ),
        # a place's "of" inside a company's name: "Guinea" is no state, nor the name's start
        (
            "Ghana signed an agreement with the Gulf of Guinea Shipping Company (GGSC) on "
            "transport.",
            ["GHA", "Gulf of Guinea Shipping Company"],
        ),
        # a bank or a fund by a name of its own is a company; a state's possessive its home
        (
            "Baobab Capital Bank and the government of Kenya signed a loan agreement on roads.",
            ["Baobab Capital Bank", "KEN"],
        ),
        # its seat before it is no part of its name
        (
            "Kenya signed a loan agreement with the Nairobi-based Baobab Capital Bank on roads.",
            ["Baobab Capital Bank", "KEN"],
        ),
        (
            "The Savannah Growth Fund and Kenya signed an agreement on investment.",
            ["KEN", "Savannah Growth Fund"],
        ),
        (
            "Uganda signed an agreement with Kenya's Savannah Growth Fund on finance.",
            ["Savannah Growth Fund", "UGA"],
        ),
        # the name the NER runs into the text's subject ends before it
        (
            "Le Niger a signé un accord avec la Compagnie sahélienne des transports sur le "
            "transport.",
            ["Compagnie sahélienne des transports", "NER"],
        ),
        (
            "La Côte d'Ivoire a signé un accord avec la Banque sahélienne de commerce sur "
            "l'économie.",
            ["Banque sahélienne de commerce", "CIV"],
        ),
    ],
)
def test_organisation_by_form_is_a_side(text, expected):
    assert sorted(expected) in agreement_sides(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's regional development authority stands for its state
        (
            "Kenya signed an agreement with the Lake Basin Development Authority on water.",
            ["KEN"],
        ),
        # a company's head named after an oblique kind word is a person, not a company
        (
            "Документ подписали министр энергетики Монголии Бат Эрдэнэ и председатель совета "
            "директоров корпорации Сун Хайлян.",
            ["MNG"],
        ),
        # a state's port named by its head word and lower-case words is the state's own
        (
            "Le Togo a signé un contrat avec le Port autonome de Lomé sur le transport.",
            ["TGO"],
        ),
        # a fund named for its purpose, a river's bank: no company
        (
            "Kenya and Korea signed a Framework Arrangement on Economic Development "
            "Cooperation Fund loans.",
            ["KEN", "KOR"],
        ),
        (
            "India and Guyana signed an agreement on the East Bank road link.",
            ["GUY", "IND"],
        ),
        # the Council of Ministers approves; the states sign
        (
            "The Council of Ministers approved the agreement between Kenya and Uganda on trade.",
            ["KEN", "UGA"],
        ),
    ],
)
def test_no_organisation_read(text, expected):
    assert sorted(read(text).parties) == sorted(expected)


def test_spelled_organisation_after_a_dropped_mention():
    """ "US" before "dollars" is dropped as no state; the organisation spelled as written
    after it keeps its place in the list: Uganda stays UGA, «CEEAC» the ECCAS."""
    text = "Kenya got 5 million US dollars from the FAO and Uganda signed with the HCR."
    codes = [m.code for m in gazetteer.find_mentions(text, "en")]
    assert codes == ["KEN", "FAO", "UGA", "UNHCR"]
