"""A lead set in a bare <div> among the article's paragraphs (session 30, drawB30).

Invented pages. News sites set the lead (chapeau, «лид») in `<div class="lead">` with its
text directly inside; trafilatura keeps only <p> once the page's paragraphs are long enough,
so the sentence that names the commission and its session was lost. A <div> with no block
inside, of a sentence's length and beside the article's <p>, is that paragraph; a short
<div> (a date line, tags) stays out.
"""

from __future__ import annotations

import pytest

from suivi.reading.clean import clean_html

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
</head><body><nav><a>Home</a> <a>World</a></nav><main><article><h1>{title}</h1>
<div class="meta"><time>12.05.2026 10:15</time></div>
<div class="{cls}">{lead}</div>
{paragraphs}
<div class="tags">Tags: <a>Trade</a> <a>Energy</a></div>
</article></main><footer>© 2026 Outlet</footer></body></html>"""

_PAGES = [
    (
        "fr",
        "chapeau",
        "Le Togo et le Ghana signent quatre accords",
        "Énergie, routes et santé : à Lomé s'est achevée la cinquième session de la "
        "Commission mixte togolo-ghanéenne de coopération, qui a vu la signature de quatre "
        "accords.",
        [
            "Les travaux ont été coprésidés par les ministres des Affaires étrangères des deux "
            "pays, qui ont passé en revue l'état de la coopération bilatérale depuis 2022.",
            "Les deux parties ont signé un accord sur l'interconnexion électrique, un accord sur "
            "l'entretien de la route côtière et un mémorandum d'entente dans le domaine de la "
            "santé, ainsi que le procès-verbal de la session.",
            "Le ministre togolais a salué la qualité des échanges et rappelé que les échanges "
            "commerciaux entre les deux pays ont progressé de vingt pour cent en deux ans.",
            "Son homologue ghanéen a insisté sur la nécessité d'accélérer les travaux du poste "
            "frontalier juxtaposé d'Aflao, dont la mise en service est attendue l'an prochain.",
            "La prochaine session se tiendra à Accra en 2028, ont convenu les deux parties à "
            "l'issue de la séance de clôture des travaux.",
        ],
    ),
    (
        "en",
        "lead",
        "Kenya and Tanzania sign three deals",
        "Ports, power and fisheries: the sixth session of the Kenya-Tanzania Joint "
        "Commission for Cooperation ended in Arusha on Friday with the signing of three "
        "agreements.",
        [
            "The session was co-chaired by the foreign ministers of the two countries, who "
            "reviewed the progress of the projects agreed at the previous session.",
            "The two sides signed an agreement on the management of Lake Victoria fisheries, a "
            "memorandum of understanding on power interconnection and a protocol on the joint "
            "use of the ports of Mombasa and Tanga.",
            "Kenya's foreign minister said the two economies were more closely linked than at "
            "any time since the East African Community was revived in the year 2000.",
            "His Tanzanian counterpart called for faster work on the one-stop border post at "
            "Namanga, which handles most of the road freight between the two countries.",
            "The next session of the commission will be held in Mombasa in 2027, the ministers "
            "said in a joint statement issued at the close of the meeting.",
        ],
    ),
    (
        "ru",
        "article-announce",
        "Россия и Лаос подписали три документа",
        "Энергетика, образование и туризм: во Вьентьяне завершилось пятое заседание "
        "Российско-лаосской межправительственной комиссии по торгово-экономическому "
        "сотрудничеству, по итогам которого подписаны три документа.",
        [
            "Заседание провели сопредседатели комиссии, которые обсудили ход реализации "
            "совместных проектов в энергетике и подготовку кадров для лаосской экономики.",
            "Стороны подписали соглашение о сотрудничестве в области энергетики, меморандум о "
            "сотрудничестве в сфере образования и программу обменов в области туризма на "
            "2027–2029 годы.",
            "Российский сопредседатель отметил, что товарооборот между двумя странами за "
            "последние два года вырос почти на треть и продолжает расти.",
            "Лаосская сторона предложила ускорить работу над проектом гидроэлектростанции на "
            "реке Меконг, строительство которой обсуждается уже несколько лет.",
            "Участники заседания также рассмотрели вопросы расширения прямого авиасообщения, "
            "взаимных поездок туристов и признания документов об образовании.",
            "Следующее заседание комиссии решено провести в Москве в 2027 году, сообщили в "
            "пресс-службе министерства по итогам встречи сопредседателей.",
        ],
    ),
]


def _page(lang: str, cls: str, title: str, lead: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return _PAGE.format(lang=lang, cls=cls, title=title, lead=lead, paragraphs=body)


@pytest.mark.parametrize(("lang", "cls", "title", "lead", "paragraphs"), _PAGES)
def test_a_lead_in_a_bare_div_is_article_text(
    lang: str, cls: str, title: str, lead: str, paragraphs: list[str]
) -> None:
    text = clean_html(_page(lang, cls, title, lead, paragraphs)).text
    assert lead in text
    assert text.index(lead) < text.index(paragraphs[0])


@pytest.mark.parametrize(("lang", "cls", "title", "lead", "paragraphs"), _PAGES)
def test_short_divs_stay_out(
    lang: str, cls: str, title: str, lead: str, paragraphs: list[str]
) -> None:
    """Guard (passes on the start code too): a date line and a tag line are no paragraph."""
    text = clean_html(_page(lang, cls, title, lead, paragraphs)).text
    assert "Tags:" not in text
    assert "10:15" not in text
