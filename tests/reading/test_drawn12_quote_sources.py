"""Who said a quotation, as the press attributes it (invented sentences).

- After a verb of speech at the closing mark ("», — заявил", "», a déclaré", ", said"),
  the speaker's titles may run long before the name: the name that ends the sentence is
  the speaker, however far, unless a clause of its own comes between.
- A quotation of a paper (an explanatory note, a report, a resolution, a memorandum) has
  no speaker, whoever is named before it (SPEC).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in read(text.encode(), "article.txt").quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Армения и Иран провели заседание комиссии в Ереване. «Мы откроем новые рейсы и "
            "расширим грузовые перевозки до конца года», — заявил сопредседатель "
            "межправкомиссии, министр территориального управления и инфраструктуры Армении "
            "Давид Хуршудян.",
            "Давид Хуршудян",
        ),
        (
            "Беларусь и Вьетнам обсудили торговлю в Минске. «Мы хотим удвоить товарооборот "
            "за три года и открыть сборочное производство», — сказал заместитель премьер-"
            "министра, министр промышленности и энергетики Республики Беларусь Олег Тарасевич.",
            "Олег Тарасевич",
        ),
        (
            "Le Niger et le Tchad ont tenu leur commission mixte à Niamey. « Nous ouvrirons "
            "de nouvelles lignes de transport avant la fin de l'année », a déclaré le "
            "coprésident de la commission, ministre des Transports, des Infrastructures et "
            "du Désenclavement, Oumarou Malam Kadri.",
            "Oumarou Malam Kadri",
        ),
        (
            "Le Gabon et le Congo ont signé trois accords à Libreville. « Ce partenariat "
            "ouvre une nouvelle page de notre histoire commune », a souligné le "
            "vice-président du gouvernement, ministre de l'Économie, des Finances et de la "
            "Prospective, Mathieu Ondo Nguema.",
            "Mathieu Ondo Nguema",
        ),
        (
            'Kenya and Rwanda held talks in Nairobi. "We will open new routes and double '
            'cargo traffic before the end of the year," said the co-chair of the joint '
            "commission, Cabinet Secretary for Roads, Transport and Public Works of Kenya "
            "Daniel Kiprotich Rono.",
            "Daniel Kiprotich Rono",
        ),
    ],
)
def test_the_name_after_a_long_title_chain_is_the_speaker(text, speaker):
    assert [s for s, _ in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Президент Казахстана Касым-Жомарт Токаев подписал закон о ратификации. «Центр "
        "станет флагманом казахско-японского сотрудничества в области атомной науки», — "
        "говорится в пояснительной записке к законопроекту.",
        "Премьер-министр Узбекистана Абдулла Арипов утвердил программу. «Стороны "
        "намерены удвоить товарооборот в течение пяти лет», — говорится в докладе."
        "министерства.",
        "Министр иностранных дел Армении Арарат Мирзоян выступил в Ереване. «Стороны "
        "подтверждают приверженность мирному урегулированию всех споров», — говорится "
        "в меморандуме.",
        "Le ministre tchadien Abakar Mahamat Saleh a présenté le projet. « Le centre "
        "deviendra le pôle régional de la recherche agricole », précise la note "
        "explicative du projet de loi.",
        "Kenya's Foreign Minister Peter Otieno Mwangi met his Ugandan counterpart. "
        '"The parties reaffirm their commitment to the peaceful settlement of disputes," '
        "the resolution reads.",
    ],
)
def test_a_paper_quoted_has_no_speaker(text):
    assert [s for s, _ in _quotes(text)] == [None]
