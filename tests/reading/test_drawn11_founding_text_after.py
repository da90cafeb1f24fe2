"""An older text recalled as the one that set up a body ("l'accord de 1998 qui a institué la
commission", "the 2011 agreement that established it", «соглашение, которым была учреждена
комиссия») frames the relation: `general`, not the domain of the project the sentences before
tell (SPEC: a general cooperation text whose content the text does not detail is `general`).
`_FOUNDING_BEFORE` reads the same relation told before the text ("the commission, set up
under an agreement"). A commission's name also ends at the verb that closes or opens its
meeting ("the Joint Commission ended in Accra after two days devoted to roads"), as it ends at
"held". Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _older_sectors(text: str, year: str) -> list[str]:
    agreements = read(text.encode(), "article.txt").agreements
    return next(a.sectors for a in agreements if a.date == year)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "The third session of the Ghana-Togo Joint Commission ended in Accra after two days "
            "devoted mainly to roads and electricity. Under the 2011 agreement that established "
            "it, the commission meets every year.",
            "2011",
        ),
        (
            "Le ministre sénégalais de l'Agriculture a visité Banjul pour discuter de pêche et "
            "d'élevage. L'accord de 1998 qui a institué la commission mixte sénégalo-gambienne "
            "prévoit des réunions annuelles.",
            "1998",
        ),
        (
            "Стороны обсудили поставки зерна и развитие животноводства. Соглашение 2009 года, "
            "которым была учреждена межправительственная комиссия, предусматривает ежегодные "
            "заседания.",
            "2009",
        ),
        (
            "Les deux ministres ont parlé de santé publique et de vaccins. En vertu de l'accord "
            "de 2015, par lequel a été créée la commission, celle-ci se réunit tous les ans.",
            "2015",
        ),
        (
            "Officials discussed fisheries and tourism projects. The 2007 memorandum under "
            "which the Joint Permanent Commission was set up provides for annual meetings.",
            "2007",
        ),
        (
            "Третье заседание Казахстанско-вьетнамской межправительственной комиссии "
            "завершилось в Ханое, стороны обсудили поставки зерна. Соглашение 2012 года, "
            "которым была учреждена комиссия, предусматривает ежегодные заседания.",
            "2012",
        ),
    ],
)
def test_the_text_that_set_up_a_body_is_general(text: str, year: str) -> None:
    assert _older_sectors(text, year) == ["general"]
