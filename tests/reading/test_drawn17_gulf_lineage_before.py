"""A Gulf name the NER reads from its middle keeps its given name and lineage (SPEC: people by
their full name): «шейх Мухаммед бин Абдалла бин |Халид Аль Тани» is «Мухаммед бин Абдалла бин
Халид Аль Тани», and the Russian lineage words («бин», «Аль») count generations, not words, as
"bin" and "Al" did. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "АСТАНА - Заседание провели министр торговли Казахстана Серик Жумангарин и министр "
        "торговли и промышленности Катара шейх Мухаммед бин Абдалла бин Халид Аль Тани.",
        "АСТАНА - Министр торговли Казахстана Серик Жумангарин встретился с министром торговли "
        "и промышленности Катара шейхом Мухаммедом бин Абдаллой бин Халидом Аль Тани.",
    ],
)
def test_the_whole_gulf_name_in_russian(text):
    names = {p.name for p in read(text).people}
    assert "Мухаммед бин Абдалла бин Халид Аль Тани" in names


def test_the_english_name_was_read_whole_already():
    reading = read(
        "ASTANA - The meeting was co-chaired by Kazakh trade minister Serik Zhumangarin and "
        "Qatar's Minister of Commerce and Industry Sheikh Mohammed bin Abdulla bin Khalid Al "
        "Thani."
    )
    assert "Mohammed bin Abdulla bin Khalid Al Thani" in {p.name for p in reading.people}
