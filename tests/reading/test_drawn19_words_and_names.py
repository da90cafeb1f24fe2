"""Words and names the reader got wrong on unseen text. Sentences written for these tests.

- A title's apposition runs over an acronym in brackets: "le directeur général du Fonds
  saoudien pour le développement (FSD), Sultan Al-Marshad" names its holder.
- A metal's refinery is mining, not fuel ("une raffinerie d'alumine", «аффинажный завод»); an
  ore port's terminal is transport ("le terminal minéralier"); money lent ahead of an export
  is finance, not trade ("pre-export financing", «предэкспортное финансирование»).
- An addendum signed on its own, its object no text, is a text ("signed an addendum with the
  port authority extending its concession"); one "to the contract" stays told with it.
- "the Ghana Ports and Harbours Authority" is one institution, no company "Ghana Ports".
- KOSGEB, Türkiye's agency for small and medium enterprises, stands for its state.
"""

from __future__ import annotations

import pytest

from suivi.reading import gazetteer, people_roles
from suivi.reading.pipeline import read
from suivi.reading.sectors import kind_of, sectors_of


@pytest.mark.parametrize(
    "text, lang, name",
    [
        (
            "Le ministre des Finances, Amadou Diallo, et le directeur général du Fonds "
            "koweïtien pour le développement (FKD), Sultan Al-Ghanim, ont signé un accord.",
            "fr",
            "Sultan Al-Ghanim",
        ),
        (
            "The finance minister and the director general of the Kuwait Fund for Arab "
            "Economic Development (KFAED), Walid Al-Bahar, signed the loan.",
            "en",
            "Walid Al-Bahar",
        ),
    ],
)
def test_the_apposition_runs_over_an_acronym(text, lang, name):
    start = text.index(name)
    assert (start, start + len(name)) in people_roles.titled_spans(text, lang)


def test_the_apposed_holder_is_read():
    reading = read(
        "La Guinée et l'Arabie saoudite ont tenu un forum à Conakry le 18 février 2026.\n\n"
        "Le ministre du Plan, Ismaël Condé, et le directeur général du Fonds saoudien pour le "
        "développement (FSD), Sultan Al-Marshad, ont signé un accord de prêt pour une ligne "
        "électrique."
    )
    assert "Sultan Al-Marshad" in [p.name for p in reading.people]


@pytest.mark.parametrize(
    "phrase, sectors",
    [
        ("une convention pour une raffinerie d'alumine à Boké", ["mining"]),
        ("a memorandum on a gold refinery", ["mining"]),
        ("соглашение об аффинажном заводе", ["mining"]),
        ("un contrat de gestion du terminal minéralier", ["transport"]),
        ("a contract to run the ore terminal", ["transport"]),
        ("a memorandum on pre-export financing", ["economy"]),
        ("un accord sur le préfinancement des exportations", ["economy"]),
        ("меморандум о предэкспортном финансировании", ["economy"]),
    ],
)
def test_the_domains_of_refineries_terminals_and_export_financing(phrase, sectors):
    assert sectors_of(phrase) == sectors


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("signed an addendum with the port authority", "agreement"),
        ("ont signé un avenant sur le champ gazier", "agreement"),
        ("signed an addendum to the contract", "contract"),
        ("un avenant à la convention de 2019", "convention"),
    ],
)
def test_an_addendum_alone_is_a_text(phrase, kind):
    assert kind_of(phrase) == kind


def test_the_addendum_signed_with_an_authority():
    reading = read(
        "Kenya and the United Arab Emirates signed several agreements in Nairobi on 3 March "
        "2026.\n\nDP World signed an addendum with the Kenya Ports and Harbours Authority "
        "extending its concession at the Mombasa container terminal."
    )
    assert [sorted(a.parties) for a in reading.agreements] == [["DP World", "KEN"]]
    assert sorted(reading.parties) == ["ARE", "DP World", "KEN"]


def test_ports_and_harbours_authority_is_no_company():
    text = "DP World signed with the Ghana Ports and Harbours Authority on Monday."
    codes = [m.code for m in gazetteer.find_mentions(text, "en")]
    assert "Ghana Ports" not in codes and "GHA" in codes


def test_kosgeb_is_turkiye():
    reading = read(
        "Türkiye and Kyrgyzstan signed nine documents on Tuesday at the 11th session of their "
        "Joint Economic Commission in Ankara.\n\nAmong the documents signed were an agreement "
        "on social security and a memorandum of understanding on small enterprises between "
        "KOSGEB and Kyrgyzstan's Ministry of Economy and Commerce."
    )
    assert sorted(reading.parties) == ["KGZ", "TUR"]
    assert all(sorted(a.parties) == ["KGZ", "TUR"] for a in reading.agreements)
