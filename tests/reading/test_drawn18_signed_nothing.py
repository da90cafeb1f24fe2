"""A state the text says was at the event but signed nothing ("did not sign anything",
"n'a rien signé", «документы не подписывала») is no side of the texts signed there, though an
alliance's story would give them to all its members (SPEC: an agreement's parties are the
sides bound by it). Older texts keep it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text, members",
    [
        (
            "Le Conseil des ministres de l'Alliance des États du Sahel s'est réuni lundi à "
            "Bamako. Les ministres ont signé un protocole sur la sécurité des frontières. Le "
            "Niger, représenté par son ambassadeur, n'a rien signé.",
            ["BFA", "MLI"],
        ),
        (
            "The Council of Ministers of the Alliance of Sahel States met in Bamako on Monday. "
            "The ministers signed a protocol on border security. Niger, represented by its "
            "ambassador, did not sign anything.",
            ["BFA", "MLI"],
        ),
        (
            "В Бишкеке в понедельник состоялось заседание Совета министров иностранных дел "
            "СНГ. Министры подписали соглашение о сотрудничестве в области миграции. Армения "
            "была представлена послом и документы не подписывала.",
            ["AZE", "BLR", "KAZ", "KGZ", "RUS", "TJK", "TKM", "UZB"],
        ),
    ],
)
def test_the_non_signer_is_no_side(text, members):
    reading = read(text)
    assert [sorted(a.parties) for a in reading.agreements] == [members]


def test_a_named_text_not_signed_is_another_matter():
    from suivi.reading import absent

    assert not absent._SIGNED_NOTHING.search("Kenya did not sign the Paris accord in 2015.")
    assert absent._SIGNED_NOTHING.search("Le Togo et le Bénin ont assisté sans rien signer.")
