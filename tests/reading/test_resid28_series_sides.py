"""The texts of a series take the sides of the sentence that counted them (session 28,
residA28). Sentences written for these tests.

"Deux accords ont été signés avec la BID. Le premier ... Le second ...": the sentence that
counts the texts names their lender only; the state that signs them is the story's, told
before ("Le Tchad a signé quatre accords de financement."). Each item of the series binds that
state and the lender, not a state its own sentence names as a place ("la route vers la
frontière soudanaise", "near the border with Burkina Faso", «у границы с Афганистаном»).
Before, the lender was lost and the place's state read as the second side."""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

# the counting sentence names the lender only, after one that named the state and lenders
_PARTNER_AFTER_STATE = [
    (
        "Le gouvernement togolais a signé mardi à Lomé trois accords de financement avec la "
        "Banque ouest-africaine de développement (BOAD) et la Banque islamique de développement "
        "(BID). Les deux premiers accords ont été conclus avec la BOAD. Le premier, un accord de "
        "prêt de 30 milliards FCFA, porte sur des pistes rurales vers la frontière ghanéenne. "
        "Le second, d'un montant de 18 milliards, finance des lignes électriques à Kara.",
        ["BOAD", "TGO"],
    ),
    (
        "The government of Ghana on Tuesday signed three financing agreements with the "
        "Islamic Development Bank (IsDB) and the OPEC Fund in Accra. Two loan agreements "
        "were concluded with the IsDB. The first, a loan agreement of $40 million, covers a "
        "road near the border with Burkina Faso. The second, of $12 million, finances "
        "power lines in Tamale.",
        ["GHA", "IsDB"],
    ),
    (
        "Правительство Таджикистана во вторник подписало в Душанбе три соглашения о "
        "финансировании с Исламским банком развития (ИсБР) и Фондом ОПЕК. Два кредитных "
        "соглашения заключены с ИсБР. Первое соглашение — кредит на 40 млн долларов на "
        "дорогу у границы с Афганистаном. Второе соглашение, о гранте на 12 млн долларов, "
        "финансирует линии электропередачи в Хатлоне.",
        ["IsDB", "TJK"],
    ),
]


@pytest.mark.parametrize(("text", "sides"), _PARTNER_AFTER_STATE)
def test_a_series_told_with_its_lender_binds_the_state_told_before(text, sides):
    read = agreement_sides(text)
    assert read.count(sides) >= 2, read


# the counting sentence names the lender only ("Avec la BID, deux textes ont été signés")
_PARTNER_ONLY = [
    (
        "fr",
        "Tchad et BID\n\nN'Djamena, 21 mai 2026 — Le Tchad a signé mercredi quatre accords de "
        "financement.\n\nAvec la BID, deux textes ont été signés. Le premier est un accord de "
        "prêt de 58 millions de dollars destiné à la route vers la frontière soudanaise. Le "
        "second, un accord de 32 millions de dollars, financera l'hôpital d'Abéché.\n",
        ["IsDB", "TCD"],
    ),
    (
        "en",
        "Ghana signs loans\n\nAccra, 3 March 2026 — Ghana signed three financing agreements "
        "on Tuesday in Accra.\n\nTwo loan agreements were signed with the Islamic Development "
        "Bank. The first is a loan agreement of $40 million for the Tamale road near the "
        "border with Burkina Faso. The second, a grant agreement of $2 million, will fund "
        "schools in Kumasi.\n",
        ["GHA", "Islamic Development Bank"],
    ),
    (
        "ru",
        "Таджикистан и ИсБР\n\nДушанбе, 3 марта 2026 года — Таджикистан подписал во вторник "
        "три соглашения о финансировании.\n\nС Исламским банком развития подписаны два "
        "соглашения. Первое соглашение — кредитное соглашение на 40 млн долларов на "
        "строительство дороги у границы с Афганистаном. Второе соглашение, о гранте на 2 млн "
        "долларов, финансирует школы в Хатлоне.\n",
        ["IsDB", "TJK"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), _PARTNER_ONLY)
def test_a_series_counted_with_its_lender_only_binds_the_storys_state(lang, text, sides):
    from suivi.reading.pipeline import read

    reading = read(text.encode(), "story.txt")
    assert [sorted(a.parties) for a in reading.agreements] == [sides, sides], lang
