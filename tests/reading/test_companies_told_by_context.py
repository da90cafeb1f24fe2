"""Companies named by a plain name the vocabularies lack, told to be companies by what the text
says of them (orgnames24, session 24): "Telvora and the government of Malawi signed …" then
"The operator expects …"; "Marlowe (NYSE: MRW) signed …"; "avec Kakandé Minerais … L'entreprise
construira …"; "… le directeur général de Sahelor". Nothing in such a name says a company, so it signed nothing and its partner
signed alone. SPEC: a company signs as itself, by its name as the text spells it. A person
named in a signing's place beside a firm spoken of elsewhere in the sentence ("son homologue X
ont signé …, un vice-président du groupe pour Y") stays a person. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sides(text: str) -> list[set[str]]:
    return [set(a.parties) for a in read(text).agreements]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the next sentence opens on the kind of firm it is
        (
            "Norvexa and the government of Zambia signed a licence agreement on Monday for a "
            "new mobile network.\nThe operator plans to reach every district within two years.",
            {"Norvexa", "ZMB"},
        ),
        (
            "Uganda's energy ministry and Kestrel Ridge signed a power purchase agreement on "
            "Tuesday for a 60 MW plant.\nThe company is owned by two pension funds.",
            {"Kestrel Ridge", "UGA"},
        ),
        (
            "Le gouvernement nigérien et Tamaris ont signé mardi une convention de concession "
            "pour la distribution du gaz.\nL'entreprise investira 30 milliards de francs CFA.",
            {"NER", "Tamaris"},
        ),
        (
            "Le Togo et Lagune Solaire ont signé jeudi un contrat d'achat d'électricité pour "
            "une centrale de 30 mégawatts.\nLa société est détenue par des investisseurs "
            "togolais.",
            {"Lagune Solaire", "TGO"},
        ),
        (
            "Le Bénin a signé vendredi une convention minière avec Atacora Métaux et Réseaux.\n"
            "Son directeur général a annoncé 500 emplois.",
            {"Atacora Métaux et Réseaux", "BEN"},
        ),
        # its head or owners spoken of anywhere in the text
        (
            "Le Mali et Sahelor ont signé lundi une convention minière. La cérémonie s'est "
            "tenue à Bamako en présence du directeur général de Sahelor, Amadou Traoré.",
            {"MLI", "Sahelor"},
        ),
        (
            "Le Niger et Tenerys ont signé jeudi un contrat de fourniture d'uranium. Les "
            "actionnaires de Tenerys se réuniront en mai.",
            {"NER", "Tenerys"},
        ),
        # a listing after the name
        (
            "Halvorsen (NYSE: HLV) signed a production sharing contract with the government of "
            "Suriname on Wednesday for an offshore block.",
            {"Halvorsen", "SUR"},
        ),
        (
            "Red Kite Ventures (TSX: RKV) signed an investment agreement with Burkina Faso on "
            "Thursday for a gold mine.",
            {"BFA", "Red Kite Ventures"},
        ),
        # an apposition after the name
        (
            "Le Sénégal a signé lundi un contrat avec Dunaris, une société de droit sénégalais, "
            "pour 300 autobus électriques.",
            {"Dunaris", "SEN"},
        ),
    ],
)
def test_a_name_told_to_be_a_company_signs_as_itself(text: str, sides: set[str]) -> None:
    assert _sides(text) == [sides]


def test_a_person_beside_a_firm_is_no_company() -> None:
    """A counterpart signing for his ministry, a firm spoken of further on in the sentence."""
    text = (
        "Le ministère vietnamien de l'Industrie et le groupe privé lao Sengdara ont signé "
        "un mémorandum sur une ligne électrique. Le ministre Nguyên Van Binh et son homologue "
        "Khamphet Vongsa ont signé pour leurs ministères, un vice-président du groupe pour "
        "Sengdara."
    )
    assert "Khamphet Vongsa" not in read(text).parties


def test_a_french_exim_bank_of_a_state_is_its_state() -> None:
    """ "l'Exim Bank de l'Inde": a state's export-import bank stands for its state (SPEC, dev
    gold), as "the Exim Bank of India" already did."""
    text = (
        "L'Exim Bank de l'Inde a signé lundi avec le Mali un accord de ligne de crédit pour "
        "des pompes solaires."
    )
    assert _sides(text) == [{"IND", "MLI"}]
