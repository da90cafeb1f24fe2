"""A project told again by its name, and its stages (session 29, drawH29).

- "The first phase of the Kandy North project was financed under a loan agreement signed in
  2019": a financing text, older or not, for the project the text named before in full
  ("… Kandy North Integrated Water Supply Project") is about what that project is for.
- "Phase II", "Tranche III", «Этап II» end a project's name: no person.
Invented sentences."""

from __future__ import annotations

from suivi.reading.pipeline import read

EN = (
    "The Government of Nepal signed a loan agreement of USD 40 million with the Saudi Fund for"
    " Development (SFD) on 3 May 2026 for the Pokhara Valley Integrated Water Supply Project,"
    " Phase II.\n\n"
    "The first phase of the Pokhara Valley project was financed under an SFD loan agreement"
    " signed in March 2019.\n"
)


def test_older_loan_for_the_project_named_before():
    reading = read(EN.encode(), "article.txt")
    assert [(a.date, a.sectors) for a in reading.agreements] == [
        ("2026-05-03", ["water"]),
        ("2019-03", ["water"]),
    ]


def test_a_phase_is_no_person():
    reading = read(EN.encode(), "article.txt")
    assert not [p for p in reading.people if "Phase" in p.name]
