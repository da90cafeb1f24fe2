"""Companies in a sentence of two signings: a name joined by "&" is one company ("Hyundai
Engineering & Construction"), and a second clause opened by the company's common noun
(«, а компания X заключила с …», ", and the company X signed with …") has its own sides.
Texts in the bare plural as where cooperation moves to ("from one-off projects to long-term
programmes in energy") are no texts. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sides(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in read(text.encode(), "article.txt").agreements]


@pytest.mark.parametrize(
    "text",
    [
        "Ташкент, 3 марта. Узбекистан подписал с компанией Samsung C & T Corporation "
        "контракт на строительство электростанции.",
        "Ташкент, 3 марта. Министерство энергетики Узбекистана подписало с компанией Daewoo "
        "Engineering & Construction контракт на строительство электростанции.",
    ],
)
def test_company_name_across_ampersand(text: str) -> None:
    parties = read(text.encode(), "article.txt").parties
    assert "Daewoo Engineering & Construction" in parties or "Samsung C & T Corporation" in (
        parties
    )


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "АО «Казмунайгаз» и китайская CNPC подписали соглашение о разведке нефтяных "
            "месторождений, а компания Acme Power заключила с Министерством энергетики "
            "Казахстана контракт на строительство электростанции.",
            ["CNPC", "Kazmunaygaz"],
            ["Acme Power", "KAZ"],
        ),
        (
            "Sonatrach and Eni signed an agreement on oil exploration, and the company Acme "
            "Power signed with the Ministry of Energy of Ghana a contract for a power plant.",
            ["Eni", "Sonatrach"],
            ["Acme Power", "GHA"],
        ),
    ],
)
def test_second_clause_opened_by_company_noun(text: str, first, second) -> None:
    found = _sides(text)
    assert second in found
    assert not any(len(p) > 2 for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Узбекистан и Корея подписали соглашение о торговле. «Сегодня мы переходим от "
        "отдельных проектов к долгосрочным программам в энергетике и логистике», — заявил "
        "министр.",
        'Uzbekistan and Korea signed a trade agreement. "Today we are moving from one-off '
        'projects to long-term programmes in energy and logistics," the minister said.',
        "L'Ouzbékistan et la Corée ont signé un accord commercial. « Nous passons des projets "
        "ponctuels à des programmes de long terme dans l'énergie et la logistique », a dit "
        "le ministre.",
    ],
)
def test_plural_goal_of_a_shift_is_no_text(text: str) -> None:
    reading = read(text.encode(), "article.txt")
    assert len(reading.agreements) == 1
