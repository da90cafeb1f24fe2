"""A shape of the eighteenth draw (drawB25): a count of the sides before their signing verb
("the two sides signed memoranda") is no count of texts. Sentences written for these tests.
"""

from __future__ import annotations

from suivi.reading.totals import total


def test_two_sides_signed_is_no_count_en():
    assert (
        total("At the forum, the two sides signed memoranda on trade, on health and on tourism.")
        is None
    )


def test_two_sides_signed_is_no_count_fr():
    assert total("Les deux pays signent accords et conventions dans plusieurs domaines.") is None


def test_two_sides_signed_is_no_count_ru():
    assert (
        total("В ходе визита две стороны подписали меморандумы о сотрудничестве в торговле.")
        is None
    )


def test_a_count_of_texts_still_counts():
    assert total("The two sides signed three agreements.") == 3
    assert total("Les deux parties ont signé sept accords de coopération.") == 7


def test_a_count_before_its_participle_still_counts():
    """A package of "six signed documents" counts the texts the participle qualifies."""
    assert total("They wrapped up the session with a package of six signed documents.") == 6
    assert total("La visite s'est achevée par cinq textes signés à Dakar.") == 5
    assert total("Визит завершился: шесть подписанных документов охватывают торговлю.") == 6
