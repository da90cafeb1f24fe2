"""An alliance's members bound together by a text are not swapped one by one by the side
ranker for states named as observers nearby; an interview's credit verb («Беседовала») that the
NER takes into the interviewer's name makes no person. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.context import Context
from suivi.reading.people import extract
from suivi.reading.pipeline import read

_OBSERVERS = (
    "— А Туркменистан и Венгрия?\n\n— Они участвовали как наблюдатели и подписывали только "
    "итоговое коммюнике как гости председательства. Вопрос о членстве Туркменистана не стоит.\n\n"
)


def test_the_members_of_the_alliance_stay_together():
    reading = read(
        "Генеральный секретарь Организации тюркских государств Азамат Бекназаров рассказал об "
        "итогах саммита, о новых документах организации и о том, почему Туркменистан и Венгрия "
        "остаются наблюдателями.\n\n— Какие итоги саммита?\n\n— Саммит Совета глав государств "
        "Организации тюркских государств прошёл 7 октября 2025 года в Баку.\n\n"
        + _OBSERVERS
        + "— Что с Тюркским банком развития?\n\n— Соглашение об учреждении Тюркского банка "
        "развития, подписанное в Астане в ноябре 2023 года, ратифицировано всеми пятью "
        "государствами-членами, и банк в этом году выдал первые кредиты."
    )
    ratified = [a for a in reading.agreements if a.status == "ratified"]
    assert [sorted(a.parties) for a in ratified] == [["AZE", "KAZ", "KGZ", "TUR", "UZB"]]


@pytest.mark.parametrize(
    "line, lang",
    [
        ("Беседовала Анна Петрова, корреспондент агентства в Астане", "ru"),
        ("Беседовал Иван Петров, корреспондент агентства в Бишкеке", "ru"),
    ],
)
def test_the_interviewer_named_after_the_credit_verb_is_no_person(line, lang):
    """The NER's span that takes the credit's verb in («Беседовала Анна Петрова»)."""
    text = f"Министр рассказал о планах.\n\n{line}\n\n— Какие планы?"
    start = text.index(line)
    end = start + line.index(",")
    people, _ = extract(Context(text=text, language=lang), [(start, end, "PER")])
    assert people == []
