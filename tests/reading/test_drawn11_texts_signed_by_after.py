"""Who signed the texts, told after them in the plural (session 21, drawB21).

Invented sentences: the press tells the texts first and their signers in a sentence of its
own whose subject is the texts in the plural ("Les accords ont été signés pour le Niger par
…, et pour la Banque par …", "Les textes ont été paraphés puis signés par …", "The
agreements were signed by …", «Документы подписали …»). Those people signed the texts of
the event told just before (SPEC: `signatories`, people named as signing it), and those
detailed just after by sentences that sign nothing of their own; an older text recalled in
passing, a text still planned and a witness ("en présence du président …") are not of
them. All fail on the base (the reader looked for signers only in the text's own sentence
and those before it).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        (
            "Le Gouvernement du Niger et la Banque islamique de développement ont signé lundi à "
            "Niamey deux accords de prêt. Le premier finance la route Dosso-Gaya, le second "
            "l'hôpital de Maradi. Les accords ont été signés pour le Niger par Monsieur Ali "
            "Lamine Zeine, ministre des Finances, et pour la Banque par Monsieur Issa Faye, "
            "directeur général.",
            ["Ali Lamine Zeine", "Issa Faye"],
        ),
        (
            "Le Congo et le Fonds de l'OPEP ont signé mardi à Brazzaville un accord de prêt pour "
            "la santé. Les textes ont été paraphés puis signés par le ministre des Finances, "
            "Jean-Baptiste Ondaye, et le directeur général du Fonds, Abdulhamid Alkhalifa.",
            ["Jean-Baptiste Ondaye", "Abdulhamid Alkhalifa"],
        ),
        (
            "Zambia and the African Development Bank signed a loan agreement for rural roads on "
            "Monday in Lusaka. The agreements were signed by Finance Minister Situmbeko Musokotwane "
            "and the Bank's director general, Leila Mokaddem.",
            ["Situmbeko Musokotwane", "Leila Mokaddem"],
        ),
        (
            "Malawi and the World Bank signed two financing agreements on Friday. The documents "
            "were signed by Finance Minister Simplex Chithyola Banda and the Bank's country "
            "manager, Hugh Riddell. The first supports maize farmers, the second the "
            "vaccination of children.",
            ["Simplex Chithyola Banda", "Hugh Riddell"],
        ),
        (
            "Армения и Евразийский банк развития подписали в Ереване кредитное соглашение о "
            "строительстве школ. Документы подписали министр финансов Армении Ваге Ованнисян и "
            "председатель правления банка Николай Подгузов.",
            ["Ваге Ованнисян", "Николай Подгузов"],
        ),
        (
            "Le Mali et la Mauritanie ont signé samedi à Kayes deux accords sur l'eau et la "
            "santé. Les textes ont été signés par le ministre malien Abdoulaye Diop et son "
            "homologue mauritanien Mohamed Salem Ould Merzoug, en présence du président "
            "sénégalais Bassirou Diomaye Faye.",
            ["Abdoulaye Diop", "Mohamed Salem Ould Merzoug"],
        ),
        (
            "Chile and Peru signed two memorandums on fisheries and mining on Tuesday. The "
            "memorandums were signed by Foreign Minister Alberto van Klaveren and his Peruvian "
            "counterpart Elmer Schialer, in the presence of President Gabriel Boric.",
            ["Alberto van Klaveren", "Elmer Schialer"],
        ),
    ],
)
def test_the_texts_told_before_take_the_signers(text: str, signers: list[str]) -> None:
    found = read("Financement\n\n" + text, "news.txt").agreements
    assert found
    for agreement in found:
        assert agreement.signatories == signers


def test_an_older_text_and_a_planned_one_take_none() -> None:
    text = (
        "Le Togo et la Banque ouest-africaine de développement ont signé jeudi à Lomé un accord "
        "de prêt pour l'électrification rurale. Les accords ont été signés par le ministre "
        "Essowè Georges Barcola et le président de la Banque, Serge Ekué. Ils complètent "
        "l'accord de prêt sur l'eau signé en 2019, et un accord sur la santé doit être signé "
        "l'an prochain."
    )
    found = read("Financement\n\n" + text, "news.txt").agreements
    assert [a.signatories for a in found if "energy" in a.sectors] == [
        ["Essowè Georges Barcola", "Serge Ekué"]
    ]
    assert all(not a.signatories for a in found if "energy" not in a.sectors)
    assert len(found) == 3
