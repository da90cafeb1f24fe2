"""A text "of cooperation" recalled is general, not the last sentence's domain (drawA22).

"The cooperation roadmap signed during the visit", «дорожная карта сотрудничества, подписанная
в ходе визита», "la feuille de route de coopération signée lors de la visite": the text names
its own content, cooperation in general (SPEC: general alone), so it does not take the domain
the sentence before speaks of (staff training here). Russian puts "of cooperation" in the
genitive with no preposition. Invented sentences in ru/en/fr; guard: a bare "the roadmap signed
during the visit" still takes the domain told just before.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_HEAD = "date 2024-06-14 Title - Site\n"
_TEXTS = {
    "ru": "«Речь идёт о сервисе и о подготовке кадров», — сказал министр. Стороны "
    "констатировали, что реализуется дорожная карта сотрудничества, подписанная в ходе визита "
    "президента Кении в Минск в январе 2023 года.",
    "en": '"We are talking about service and staff training," the minister said. The sides '
    "noted that the cooperation roadmap signed during the Kenyan president's visit to Minsk in "
    "January 2023 is being implemented.",
    "fr": "« Il s'agit du service et de la formation du personnel », a dit le ministre. Les "
    "parties ont constaté que la feuille de route de coopération signée lors de la visite du "
    "président kényan à Minsk en janvier 2023 est mise en œuvre.",
}


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_a_cooperation_text_is_general(lang: str) -> None:
    assert [a.sectors for a in read(_HEAD + _TEXTS[lang]).agreements] == [["general"]]


def test_a_bare_text_keeps_the_domain_told_before() -> None:
    text = (
        '"We are talking about staff training," the minister said. The roadmap signed during '
        "the Kenyan president's visit to Minsk in January 2023 is being implemented."
    )
    assert [a.sectors for a in read(_HEAD + text).agreements] == [["education"]]
