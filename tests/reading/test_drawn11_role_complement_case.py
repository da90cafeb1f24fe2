"""A Russian role whose head governs a person noun in the genitive («первым заместителем
генерального директора», «советником председателя») gives the name after it the head's case,
not the genitive complement's: «во главе с первым заместителем генерального директора Кириллом
Комаровым» names Кирилл Комаров (SPEC: people in the nominative). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _people(text: str) -> set[str]:
    return {p.name for p in read(text.encode(), "article.txt").people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "В Ташкенте делегация «Газпрома» во главе с первым заместителем генерального "
            "директора Андреем Соколовым провела переговоры с министерством энергетики.",
            "Андрей Соколов",
        ),
        (
            "Министр встретился с заместителем председателя правления Сергеем Ивановым и "
            "обсудил поставки газа в Монголию.",
            "Сергей Иванов",
        ),
        (
            "Соглашение было подписано советником президента Натальей Петровой и послом "
            "Вьетнама в Москве.",
            "Наталья Петрова",
        ),
        (
            "В Бишкеке посол Египта провёл переговоры с заместителем министра иностранных дел "
            "Дмитрием Орловым, сообщила пресс-служба.",
            "Дмитрий Орлов",
        ),
        (
            "Делегацию Казахстана министр принял в Кремле вместе с первым заместителем "
            "руководителя администрации Михаилом Волковым.",
            "Михаил Волков",
        ),
    ],
)
def test_the_name_takes_the_head_s_case(text, name):
    assert name in _people(text)


def test_a_name_after_a_genitive_role_alone_stays_genitive():
    # «дочь президента Ивана Петрова»: the name is the president's, in the genitive
    text = "На церемонии выступила дочь президента Ивана Петрова, сообщает агентство."
    assert "Иван Петров" in _people(text)
