"""Texts of a list told again with the office that signed each (session 27, drawA27).

Invented sentences. A communiqué lists the texts signed, then says who signed each in
elliptical clauses: "l'Échange de Notes par Son Excellence Monsieur l'Ambassadeur du Japon ;
l'accord de don par le Représentant résident de la JICA". The signer's office is no part of
a text's name, so each clause names a text already read (SPEC: one item per agreement the text
identifies). And "le contrat d'exécution a été signé par le Directeur général de la CEET"
tells who signed a contract whose sides its list item named by "entre la KfW et la CEET":
those sides stay (SPEC: a contract with a company has the company as a party).
"""

from __future__ import annotations

from suivi.reading.pipeline import read

_LIST_FR = (
    "date 2025-06-12 Le ministère informe que trois accords ont été signés jeudi à Lomé. Il "
    "s'agit de :\n\n1. l'accord de financement de 15 millions d'euros entre le Gouvernement de "
    "la République togolaise et la KfW relatif au réseau électrique de Kara ;\n\n2. l'Échange "
    "de Notes entre le Gouvernement de la République togolaise et le Gouvernement du Japon "
    "relatif au projet d'irrigation de la plaine de Mô ;\n\n3. l'accord de don de 900 millions "
    "de yens entre le Gouvernement de la République togolaise et la JICA, relatif au même "
    "projet.\n\nL'accord 1 a été signé par le Directeur du bureau de la KfW à Lomé ; l'Échange "
    "de Notes par Son Excellence Monsieur l'Ambassadeur du Japon près le Togo ; l'accord de "
    "don par le Représentant résident de la JICA."
)

_LIST_EN = (
    "date 2025-06-12 The ministry reports that three agreements were signed in Accra on "
    "Thursday:\n\n1. the financing agreement of 15 million euros between the Government of "
    "Ghana and KfW on the Tamale power grid;\n\n2. the Exchange of Notes between the Government "
    "of Ghana and the Government of Japan on the Volta irrigation project;\n\n3. the grant "
    "agreement of 900 million yen between the Government of Ghana and JICA on the same "
    "project.\n\nAgreement 1 was signed by the Director of the KfW office in Accra; the "
    "Exchange of Notes by the Ambassador of Japan to Ghana; the grant agreement by the Chief "
    "Representative of JICA."
)


def test_french_clauses_of_signers_add_no_text() -> None:
    agreements = read(_LIST_FR).agreements
    assert len(agreements) == 3
    assert not any(" par " in (a.title or "") for a in agreements)


def test_english_clause_of_signer_adds_no_exchange_of_notes() -> None:
    agreements = read(_LIST_EN).agreements
    assert len([a for a in agreements if a.kind == "other"]) == 1
    assert not any(" by " in (a.title or "") for a in agreements)


def test_contract_keeps_the_sides_its_item_names() -> None:
    text = (
        "date 2025-06-12 Le ministère informe que deux textes ont été signés jeudi à Lomé avec "
        "l'Allemagne : l'accord de financement entre le Gouvernement de la République togolaise "
        "et la KfW relatif au réseau électrique de Kara ; et le contrat d'exécution entre la "
        "KfW et la Compagnie Énergie Électrique du Togo (CEET). L'accord a été signé par le "
        "Ministre des Finances. Le contrat d'exécution a été signé par le Directeur général de "
        "la CEET."
    )
    (contract,) = [a for a in read(text).agreements if a.kind == "contract"]
    assert sorted(contract.parties) == ["CEET", "DEU"]
