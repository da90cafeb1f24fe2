"""Signing tables, wharves and contracts of a ministry with a company (session 29, drawB29).

- A table kept by the crawl without its outer bars ("N° | Intitulé du document |
  Signataires") names its columns in its first row: no text of the list.
- A wharf in French ("le quai international de Maravi") is transport, as "wharf", "jetty"
  and «причал» were; the "quai d'Orsay" is not.
- A table row's own "entre le ministère … et la société X" (a long ministry name, no state
  said) binds the host state and the company, even where the company's own name holds the
  other state's ("China Harbour Works Corporation"): the company signs, not its state.
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


def _read(text: str):
    return read(text.encode(), "article.txt")


_SESSION = {
    "fr": "La troisième session de la commission mixte Samoa-Chine s'est tenue à Apia. "
    "Les documents suivants ont été signés :\n\n"
    "N° | Intitulé du document | Signataires\n"
    "1 | Accord de coopération dans le domaine de la santé | M. Tui / M. Wang\n"
    "2 | Contrat pour la construction de la nouvelle école, entre le ministère des Travaux "
    "publics et des Services techniques et la société China Harbour Works Corporation (CHWC) | "
    "Le directeur / Le représentant de la CHWC\n",
    "en": "The third session of the Samoa-China joint commission was held in Apia. The "
    "following documents were signed:\n\n"
    "No. | Title | Signatories\n"
    "1 | Agreement on cooperation in health | Mr Tui / Mr Wang\n"
    "2 | Contract for the construction of the new school, between the Ministry of Public "
    "Works and Technical Services and the company China Harbour Works Corporation (CHWC) | "
    "The director / The representative of CHWC\n",
}


def test_column_heads_without_outer_bars_are_no_text():
    agreements = _read(_SESSION["fr"]).agreements
    assert len(agreements) == 2
    assert all(a.evidence[:1].isdigit() for a in agreements)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_ministry_s_contract_with_a_company_of_the_other_state(lang):
    contracts = [a for a in _read(_SESSION[lang]).agreements if a.kind == "contract"]
    assert [sorted(a.parties) for a in contracts] == [["CHWC", "WSM"]]


def test_a_french_wharf_is_transport():
    assert sectors_of("la réhabilitation du quai international de Maravi") == ["transport"]
    assert sectors_of("reçu au Quai d'Orsay") == []
    text = (
        "La Chine et le Samoa ont signé un échange de lettres relatif au projet de "
        "réhabilitation du quai international de Maravi."
    )
    assert [a.sectors for a in _read(text).agreements] == [["transport"]]
