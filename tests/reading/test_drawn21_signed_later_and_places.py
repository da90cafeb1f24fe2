"""A text told not signed, then told to be signed in the next clause ("n'a pas été signé ; il
le sera dans un mois", "was not signed, but it will be", «не был подписан, его подпишут») is
planned, however long its subject; a French "mémorandum ... entre X et Y" names its sides as
"memorandum between" does; a company's short name written as a word may take letters from the
link words of its name ("Sonidep": Société nigérienne des produits pétroliers); and nouns of
geography one after another before a name ("le bassin du lac Tchad") name a place, not the
water sector. Sentences written for these tests (drawC27).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Le mémorandum d'entente entre le Niger et le Tchad sur l'approvisionnement en "
        "produits pétroliers n'a pas été signé à N'Djamena ; il le sera dans les prochaines "
        "semaines.",
        "The memorandum of understanding between Niger and Chad on fuel supplies was not "
        "signed in N'Djamena, but it will be in the coming weeks.",
        "Меморандум между Нигером и Чадом о поставках топлива не был подписан в Нджамене, его "
        "подпишут в ближайшие недели.",
    ],
)
def test_not_signed_then_to_be_signed_is_planned(text):
    [memorandum] = read(text).agreements
    assert (memorandum.kind, memorandum.status, memorandum.sectors) == (
        "memorandum",
        "planned",
        ["energy"],
    )


def test_not_signed_alone_is_no_text():
    text = (
        "Le mémorandum d'entente entre le Niger et le Tchad sur l'approvisionnement en "
        "produits pétroliers n'a pas été signé à N'Djamena."
    )
    assert read(text).agreements == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Le mémorandum d'entente entre la Société malienne des produits chimiques "
            "(Somadep) et la Société des engrais du Sénégal (SES) sur la fourniture d'engrais "
            "aux régions de l'Est malien n'a pas été signé à Dakar ; il le sera en mars.",
            ["SES", "Somadep"],
        ),
        (
            "Le mémorandum d'entente entre la Société nigérienne des produits pétroliers "
            "(Sonidep) et la Société des hydrocarbures du Tchad (SHT) sur l'approvisionnement "
            "en produits pétroliers sera signé la semaine prochaine.",
            ["SHT", "Sonidep"],
        ),
    ],
)
def test_companies_between_by_their_short_names(text, sides):
    reading = read(text)
    assert [sorted(a.parties) for a in reading.agreements] == [sides]
    assert sorted(reading.parties) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Le Cameroun et le Tchad ont signé un accord sur la lutte contre le braconnage dans le "
        "bassin du lac Tchad.",
        "Le Niger et le Tchad ont rappelé l'accord de coopération militaire de 2012, qui encadre "
        "les patrouilles mixtes dans le bassin du lac Tchad.",
        "Niger and Chad signed an agreement on joint patrols in the basin of the Lake Chad.",
        "Нигер и Чад подписали соглашение о совместном патрулировании в бассейне реки Нигер.",
    ],
)
def test_a_basin_named_by_its_lake_is_a_place(text):
    [agreement] = read(text).agreements
    assert "water" not in agreement.sectors
