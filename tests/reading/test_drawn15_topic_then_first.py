"""A topic that names texts of a kind, then the first of them by what it is about: «Что
касается меморандумов, то, во-первых, министерства сельского хозяйства двух стран
договорились о сотрудничестве в области карантина растений», "As for the memoranda, first,
the agriculture ministries agreed to cooperate on plant quarantine". The plural kind, with
no signing verb, was read as the texts already counted, and the first text was lost (the
second and third named their kind, «Во-вторых, подписан меморандум о …»). The topic's
kind and the first item's domain make one text. French read it already (guard). A topic
whose first item names its own kind stays one text (guard). Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "МИНСК, 22 июля. Беларусь и Иран подписали пять меморандумов. Что касается "
        "меморандумов, то, во-первых, министерства сельского хозяйства двух стран "
        "договорились о сотрудничестве в области карантина растений и ветеринарии. "
        "Во-вторых, подписан меморандум о промышленной кооперации.",
        "MINSK, 22 July. Belarus and Iran signed five memoranda. As for the memoranda, first, "
        "the agriculture ministries of the two countries agreed to cooperate on plant "
        "quarantine and veterinary control. Second, a memorandum on industrial cooperation "
        "was signed.",
        "MINSK, 22 juillet. Le Bélarus et l'Iran ont signé cinq mémorandums. Quant aux "
        "mémorandums, premièrement, les ministères de l'agriculture des deux pays sont "
        "convenus de coopérer en matière de quarantaine végétale. Deuxièmement, un "
        "mémorandum sur la coopération industrielle a été signé.",
    ],
)
def test_the_first_text_of_the_topic(text):
    agreements = read(text).agreements
    assert sorted(a.sectors[0] for a in agreements) == ["agriculture", "economy"]
    assert all(a.kind == "memorandum" for a in agreements)


def test_a_first_item_with_its_own_kind_is_one_text():
    agreements = read(
        "МИНСК, 22 июля. Беларусь и Иран подписали пять меморандумов. Что касается "
        "меморандумов, то, во-первых, подписан меморандум о сотрудничестве в области "
        "ветеринарии."
    ).agreements
    assert [a.sectors for a in agreements] == [["agriculture"]]
