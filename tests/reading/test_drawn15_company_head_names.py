"""A company's head named right after the words that introduce the company: «председатель
правления узбекской железнодорожной компании Ойбек Нарзуллаев», "the chairman of the Uzbek
railway company Rustam Azimov", "le président de la compagnie ferroviaire ouzbèke Rustam
Azimov". The name was read as the company's (a party «Oybek Narzullaev»), and the person
was lost: the Russian test knew only given names the dictionary knows (an Uzbek one is
guessed), the Latin one none. With a head («председатель», "chairman", "président") before
the company's words, a given name (guessed, then a surname, in Russian; of the given-name
dictionary in Latin script) names the head. Without a head, a Latin name after "company"
stays a company's (guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ташкент, 3 марта. Компании подписали соглашение о поставках. Документ подписали "
            "генеральный директор РЖД Олег Белозёров и председатель правления узбекской "
            "железнодорожной компании Ойбек Нарзуллаев.",
            "Ойбек Нарзуллаев",
        ),
        (
            "Tashkent, 3 March. Russian Railways and Uzbekistan Railways signed an agreement "
            "on freight. The document was signed by Russian Railways CEO Oleg Belozerov and the "
            "chairman of the Uzbek railway company Rustam Azimov.",
            "Rustam Azimov",
        ),
        (
            "Tachkent, 3 mars. Les chemins de fer russes et ouzbeks ont signé un accord sur le "
            "fret. Le document a été signé par le directeur de RZD Oleg Belozerov et par le "
            "président de la compagnie ferroviaire ouzbèke Rustam Azimov.",
            "Rustam Azimov",
        ),
    ],
)
def test_the_head_named_after_the_company_words_is_a_person(text, name):
    reading = read(text)
    assert name in [p.name for p in reading.people]
    assert not any(name.split()[-1][:4].lower() in p.lower() for p in reading.parties)


def test_a_latin_name_after_company_without_a_head_stays_a_company():
    reading = read(
        "ACCRA, 3 March. Ghana signed a supply contract with the company Rustam Azimov "
        "Trading for cocoa bags."
    )
    assert "Rustam Azimov" not in [p.name for p in reading.people]
