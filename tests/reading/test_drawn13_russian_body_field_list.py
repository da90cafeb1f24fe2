"""A Russian body's field list is of dative adjectives (session 22, drawB22).

Language fact: «комиссия по торгово-экономическому и научно-техническому сотрудничеству»
names its fields by adjectives in the dative (-ому/-ему) joined by commas or «и» before
«сотрудничеству»; any other word ends the name. Before, any words were taken up to the next
«сотрудничеству», so «рабочая группа по энергетике, действующей в рамках Межправительственной
комиссии по … сотрудничеству» became one body, and the commission it works under was lost.
(French and English name such fields after the noun, «commission de coopération
économique», where the question does not arise.) Invented sentences; the guard keeps a list
of fields with commas.
"""

from __future__ import annotations

from suivi.reading.pipeline import read


def test_a_participle_ends_the_group_and_the_commission_is_its_own() -> None:
    text = (
        "5 марта в Ташкенте прошло второе заседание Узбекско-монгольской рабочей группы по "
        "энергетике, действующей в рамках Межправительственной узбекско-монгольской комиссии "
        "по торгово-экономическому сотрудничеству."
    )
    reading = read("Заседание\n\n" + text, "news.txt")
    assert [b.name for b in reading.bodies] == [
        "Узбекско-монгольская рабочая группа по энергетике",
        "Межправительственная узбекско-монгольская комиссия по торгово-экономическому сотрудничеству",
    ]


def test_a_list_of_fields_stays_in_the_name() -> None:
    text = (
        "В Улан-Баторе прошло пятое заседание Межправительственной узбекско-монгольской "
        "комиссии по торговому, экономическому и научно-техническому сотрудничеству."
    )
    reading = read("Заседание\n\n" + text, "news.txt")
    assert [b.name for b in reading.bodies] == [
        "Межправительственная узбекско-монгольская комиссия по торговому, экономическому и "
        "научно-техническому сотрудничеству"
    ]
