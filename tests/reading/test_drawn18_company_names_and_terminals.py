"""Company names and port terminals (drawA25, session 25). Invented sentences.

- an office's word alone joined to a company ("the Ministry and X Group") is the state's
  office, no company of its own;
- a known company's name goes on with "Group" as the text spells it ("OCP Group"), in a
  title in capitals too, where "GROUP" is no word introducing a company;
- a known company followed by a region ("OCP Africa") is its regional subsidiary, a party of
  its own;
- a port's terminal is transport.
(A French office's word after a company and a Russian subsidiary after «компания» were read so
already; Russian does not capitalise an office's word alone.)
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


def _parties(text: str) -> set[str]:
    return set(read(text.encode(), "article.txt").parties)


@pytest.mark.parametrize(
    "text",
    [
        "Lusaka, 4 May 2025\nThe Ministry of Mines of Zambia and OCP Group signed a memorandum "
        "on soil testing. Under it, the Ministry and OCP Group will set up a joint committee.",
    ],
)
def test_an_office_word_alone_is_no_company(text):
    parties = _parties(text)
    assert not {"Ministry", "Ministère"} & parties


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Accra, 2 June 2025\nGhana's Ministry of Food and Agriculture signed a memorandum "
            "with OCP Group on fertilizer blending.",
            "OCP Group",
        ),
        (
            "Dakar, le 2 juin 2025\nLe ministère sénégalais de l'Agriculture a signé avec OCP "
            "Group un mémorandum sur les engrais.",
            "OCP Group",
        ),
    ],
)
def test_a_known_company_goes_by_its_group_name(text, name):
    parties = _parties(text)
    assert name in parties
    assert "OCP" not in parties


@pytest.mark.parametrize(
    "text",
    [
        "ETHIOPIA SIGNS DEAL WITH AD PORTS GROUP AND AFREXIMBANK ON LOGISTICS\n\nAddis Ababa, "
        "9 July 2025\nEthiopia signed a port agreement with AD Ports Group on Monday.",
    ],
)
def test_group_in_a_capitals_title_introduces_no_company(text):
    assert not any(" TO " in p or p.startswith("AND ") for p in _parties(text))


@pytest.mark.parametrize(
    ("text", "subsidiary"),
    [
        (
            "Accra, 2 June 2025\nThe Ghana Cocoa Board and OCP Africa signed a contract for "
            "the supply of fertilizer.",
            "OCP Africa",
        ),
        (
            "Abidjan, le 2 juin 2025\nLe Conseil du café-cacao et OCP Afrique ont signé un "
            "contrat de fourniture d'engrais.",
            "OCP Afrique",
        ),
    ],
)
def test_a_company_s_regional_subsidiary_is_its_own_party(text, subsidiary):
    parties = _parties(text)
    assert subsidiary in parties
    assert "OCP" not in parties


@pytest.mark.parametrize(
    "phrase",
    [
        "un contrat de concession pour l'exploitation d'un terminal roulier",
        "la gestion d'un terminal à conteneurs",
        "a concession to operate a container terminal",
        "a ro-ro terminal",
        "управление контейнерным терминалом",
    ],
)
def test_a_port_terminal_is_transport(phrase):
    assert "transport" in sectors_of(phrase)
