"""An interview set down as turns headed by who speaks: the outlet asks under its name or
initials ("Kandi Horizons : Monsieur le ministre, ... ?", "K.H. : Pourquoi ?"), the one
interviewed answers under his full name, then his initials ("Awa Konaté : ...", "A.K. :
..."). Each answer (the turn after a question) is a direct quotation of the one interviewed,
and the outlet that asks is no person of the story. The title often quotes an answer with a
word of its own ("... l'UEMOA n'a pas ..." for "... l'Union n'a pas ..."): the same line, not
a second quotation. A story with a "Name : words" line and no question is no interview
(guard). Sentences written for these tests.
"""

from __future__ import annotations

from suivi.reading.model import Quote
from suivi.reading.pipeline import read
from suivi.reading.quotes import unique

_FR = """date 2026-05 Awa Konaté : « Le Conseil n'a pas besoin de réunions tous les mois pour décider » - lecourrierdusahel.net

Entretien réalisé par Jean Ouédraogo | Publié le 12 mai 2026

À la veille de la session du Conseil des ministres de l'Autorité du bassin du Niger à Niamey, la ministre nigérienne de l'Hydraulique, Awa Konaté, revient pour Kandi Horizons sur les chantiers en cours.

Kandi Horizons : Madame la ministre, où en est le barrage de Kandadji ?

Awa Konaté : Les travaux avancent bien. Le financement est bouclé et la première turbine sera livrée en décembre, comme prévu depuis le début du projet.

K.H. : Allez-vous signer de nouveaux textes à Niamey ?

A.K. : Non. Cette session est une session de travail. Nous allons évaluer les projets en cours et préparer le budget de l'année prochaine. Le Conseil n'a pas besoin de réunions tous les mois pour décider.

K.H. : Et le Nigeria, votre voisin ?

A.K. : Nous discutons chaque semaine avec nos collègues d'Abuja de la gestion des crues, et ces discussions se poursuivent dans un bon esprit.
"""

_EN = """date 2026-05 Peter Mensah: "Our ports cannot wait for another decade" - gulfcoastherald.com

Interview by Mary Adjei | Published 12 May 2026

Ahead of the ministerial meeting in Lomé, Ghana's transport minister, Peter Mensah, spoke to the Gulf Coast Herald about regional trade.

Coast Herald: Minister, what do you expect from Lomé?

Peter Mensah: We expect a clear calendar for the corridor works. The studies are finished and the money is there, so the ministers only need to agree on the order of the works.

G.C.H.: Will you sign anything?

P.M.: No, not this time. The meeting is a working session, and our ports cannot wait for another decade of studies before the works begin.
"""

_NO_INTERVIEW = """date 2026-05 La commission mixte se réunit à Bamako - Le Journal

La commission mixte malo-guinéenne se réunit à Bamako le 12 mai.

Programme : ouverture des travaux par les deux ministres, puis séances techniques.

Le ministre malien des Transports, Ibrahim Traoré, a présidé la séance d'ouverture.
"""


def test_french_answers_under_initials_are_the_interviewees_quotes() -> None:
    reading = read(_FR, "entretien.txt")
    said = {q.text.split(".")[0]: q.speaker for q in reading.quotes}
    assert said.get("Les travaux avancent bien") == "Awa Konaté"
    assert said.get("Non") == "Awa Konaté"
    assert any(q.text.startswith("Nous discutons chaque semaine") for q in reading.quotes)
    # the title's quotation, the answer with a word of its own, is not a second one
    assert not any(q.text.startswith("Le Conseil n'a pas besoin") for q in reading.quotes)


def test_the_outlet_that_asks_is_no_person() -> None:
    reading = read(_FR, "entretien.txt")
    names = {p.name for p in reading.people}
    assert "Awa Konaté" in names
    assert "Kandi Horizons" not in names


def test_english_answers_under_initials_are_the_interviewees_quotes() -> None:
    reading = read(_EN, "interview.txt")
    speakers = {q.speaker for q in reading.quotes if q.text.startswith(("We expect", "No, not"))}
    assert speakers == {"Peter Mensah"}
    assert "Coast Herald" not in {p.name for p in reading.people}


def test_a_label_line_with_no_question_is_no_interview() -> None:
    reading = read(_NO_INTERVIEW, "communique.txt")
    assert not any(q.text.startswith("ouverture des travaux") for q in reading.quotes)


def test_an_edited_repeat_of_a_longer_quote_is_dropped() -> None:
    found = [
        Quote(
            text="La Confédération AES n'a pas besoin de signer des textes chaque mois",
            speaker=None,
        ),
        Quote(
            text="Non. La Confédération n'a pas besoin de signer des textes chaque mois pour avancer.",
            speaker="X",
        ),
    ]
    assert [q.speaker for q in unique(found)] == ["X"]


def test_two_different_quotes_sharing_a_few_words_both_stay() -> None:
    found = [
        Quote(
            text="Nous avons signé trois accords importants avec le Ghana cette semaine",
            speaker="A",
        ),
        Quote(
            text="Nous avons signé trois accords avec le Togo et deux avec le Bénin l'an dernier",
            speaker="B",
        ),
    ]
    assert len(unique(found)) == 2
