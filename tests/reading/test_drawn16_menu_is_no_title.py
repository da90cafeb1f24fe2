"""A page's menu (sections between bars: «Новости | Экономика | ЕАЭС | Центральная Азия»,
"News | Economy | ECOWAS | West Africa") is no title. A crawl whose date line holds a URL, and
whose long headline opens the article, took the last header line of four words or more for
the title: the menu, whose alliance became a party of the story. The headline is the title
then. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_STORY = {
    "ru": (
        "Новости | Экономика | Финансы | ЕАЭС | Центральная Азия | English",
        "Айбек Омуралиев: «Мы подписали соглашение о приграничной торговле, и это только начало "
        "большой совместной работы двух стран»",
        "16 сентября в Ташкенте министры экономики Кыргызстана и Узбекистана подписали "
        "соглашение о развитии приграничной торговли между двумя странами.",
    ),
    "en": (
        "News | Economy | Finance | ECOWAS | West Africa | Français",
        "Kofi Mensah: “We signed an agreement on cross-border trade, and it is only the start of "
        "a long joint effort of our two countries”",
        "The trade ministers of Ghana and Togo signed an agreement on cross-border trade "
        "between the two countries in Accra on 16 September.",
    ),
    "fr": (
        "Actualités | Économie | Finances | UEMOA | Afrique de l'Ouest | English",
        "Moussa Keïta : « Nous avons signé un accord sur le commerce frontalier, et ce n'est que "
        "le début d'un long travail commun de nos deux pays »",
        "Les ministres du Commerce du Mali et du Niger ont signé le 16 septembre à Niamey un "
        "accord sur le commerce frontalier entre les deux pays.",
    ),
}


@pytest.mark.parametrize("lang", sorted(_STORY))
def test_a_menu_is_no_title(lang):
    menu, headline, body = _STORY[lang]
    text = (
        f"date 2026-09-18 https://example.org/{lang}/2026/09/18/story\n"
        f"Outlet\n{menu}\nSection\n\n{headline}\n\n18.09.2026 09:15 | A. Writer\n\n"
        f"Share: Facebook | Telegram | WhatsApp | VK\n\n{body}\n"
    )
    reading = read(text, "story.txt")
    assert reading.document.title == headline
    assert not {"EAEU", "ECOWAS", "WAEMU"} & set(reading.parties)
