"""A sentence that says what one of the texts counted was, its rank first («Пятым документом
стала дорожная карта, подписанная …», "The fourth document was a roadmap, signed by …"), names
a new text even when a participle of signing follows it (not "the roadmap signed …" told again).
And a partnership joined to a title's complement («Договор о дружественных отношениях и
всеобъемлющем стратегическом партнёрстве», "the Treaty on Friendly Relations and Comprehensive
Strategic Partnership") is that one title. Invented sentences; the English rank is a guard
(read on the start code too)."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _agreements(text: str):
    return read(text.encode(), "article.txt").agreements


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Монголия подписали пять документов.\n\nКроме того, были подписаны "
        "межведомственные меморандумы о сотрудничестве в сферах здравоохранения, высшего "
        "образования и ветеринарии.\n\nПятым документом стала дорожная карта, подписанная ПАО "
        "«Газпром» и Министерством энергетики Монголии, по подготовке к строительству "
        "газопровода.",
        "Ghana and Togo signed four documents on Monday. The two ministers signed memorandums of "
        "understanding on health, education and fisheries.\n\nThe fourth document was a roadmap, "
        "signed by Shell and the Ministry of Energy of Ghana, on the construction of a gas "
        "pipeline.",
    ],
)
def test_the_ranked_text_is_a_new_one(text):
    found = _agreements(text)
    assert sorted(a.kind for a in found) == ["memorandum"] * 3 + ["programme"]
    assert [a.sectors for a in found if a.kind == "programme"] == [["energy"]]


@pytest.mark.parametrize(
    "text",
    [
        "Стороны обсудили ход реализации Договора о дружественных отношениях и всеобъемлющем "
        "стратегическом партнёрстве, подписанного в сентябре 2019 года.",
        "The sides reviewed the Treaty on Friendly Relations and Comprehensive Strategic "
        "Partnership, signed in September 2019.",
    ],
)
def test_a_partnership_in_the_title_is_no_text_of_its_own(text):
    assert len(_agreements(text)) == 1
