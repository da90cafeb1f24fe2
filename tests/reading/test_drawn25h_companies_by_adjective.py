"""Companies named by their home's adjective alone, and their parents (session 29, drawH29).

- French uses a state's adjective as a noun before a company's name ("l'australien Coral
  Sands", "le sénégalais Teranga Reseau"), Russian before a name in Latin script
  («американская Coral Sands»): the name is a company, a side of its own (SPEC), and the state
  its home, no side beside it.
- A parent named in a side's apposition ("Sable Bleu, filiale de l'australien Coral Sands") is
  no party, and its name ("Energy …") says nothing of what the text is about.
- Mineral sands' ores (ilmenite, rutile, zircon) are mining.
Invented sentences."""

from __future__ import annotations

from suivi.reading.pipeline import read

FR = (
    "La signature de la convention minière entre l'État guinéen et la société Sable Bleu,"
    " filiale de l'australien Coral Energy, a été reportée.\n"
    "Le projet d'extraction d'ilménite et de zircon avait été relancé par un protocole d'accord"
    " signé en mars 2024 entre le gouvernement et Sable Bleu, filiale de l'australien Coral"
    " Energy.\n"
    "Dans la foulée, l'opérateur guinéen EDG et le sénégalais Teranga Reseau ont signé un accord"
    " sur l'interconnexion électrique.\n"
)


def _read(text: str):
    return read(text.encode(), "article.txt")


def test_french_adjective_as_a_noun_names_a_company():
    reading = _read(FR)
    assert "Teranga Reseau" in reading.parties
    assert ["EDG", "Teranga Reseau"] in [sorted(a.parties) for a in reading.agreements]


def test_a_parent_company_is_no_side_and_no_domain():
    reading = _read(FR)
    assert "AUS" not in reading.parties
    assert "Coral Energy" not in reading.parties
    assert [(sorted(a.parties), a.sectors) for a in reading.agreements][:2] == [
        (["GIN", "Sable Bleu"], ["mining"]),
        (["GIN", "Sable Bleu"], ["mining"]),
    ]


def test_russian_adjective_before_a_latin_name():
    reading = _read(
        "Правительство Гвинеи подписало с американской Coral Sands соглашение о добыче бокситов.\n"
    )
    assert [sorted(a.parties) for a in reading.agreements] == [["Coral Sands", "GIN"]]
    assert "USA" not in reading.parties
