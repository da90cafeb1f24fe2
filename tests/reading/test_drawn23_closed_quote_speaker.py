"""A quotation that ends its sentence before the closing mark takes no speaker from the next
sentence, also where French sets a space before the mark ("… d'ici 2030. » Monsieur X a, pour
sa part, souligné que …"): its speaker is the one who introduced it (session 28, drawB28).
Invented sentences."""

from __future__ import annotations

from suivi.reading.pipeline import read


def test_the_next_sentence_s_name_is_not_the_speaker():
    text = (
        "La commission mixte sénégalo-marocaine s'est tenue à Dakar.\n\n"
        "Dans son allocution, Monsieur Karim Benali a déclaré : « Le Sénégal est une porte "
        "d'entrée vers l'Afrique de l'Ouest pour nos entreprises. » Monsieur Ousmane Diop a, "
        "pour sa part, souligné que « les textes signés aujourd'hui traduisent notre volonté "
        "de passer des intentions aux projets concrets ».\n"
    )
    quotes = read(text.encode(), "article.txt").quotes
    speakers = {q.text[:10]: q.speaker for q in quotes}
    assert speakers.get("Le Sénégal") == "Karim Benali"
    assert speakers.get("les textes") == "Ousmane Diop"
