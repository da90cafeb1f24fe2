"""A contract names its sides with "between", «между», "entre" as any text does («контракта
2017 года между «Росатомом» и ABEN», "a 2019 contract between Orano and Sonatrach"): those
are its sides, not those of the text named before it in the sentence. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Завод строится на основании межправительственного соглашения, подписанного "
            "Россией и Египтом в 2015 году, и контракта 2017 года между «Росатомом» и "
            "компанией «Энергоатом».",
            {"Rosatom", "Energoatom"},
        ),
        (
            "The plant is built under a 2014 treaty signed by Russia and Hungary and a 2016 "
            "contract between Rosatom and Paks II.",
            {"Rosatom", "Paks II"},
        ),
        (
            "La centrale repose sur un accord signé par la France et le Maroc en 2012 et sur un "
            "contrat de 2015 entre Orano et OCP.",
            {"Orano", "OCP"},
        ),
        (
            "Комбинат построен по соглашению, подписанному Казахстаном и Китаем в 2010 году, и "
            "по контракту 2012 года между «Казатомпромом» и компанией CGN Mining.",
            {"Kazatomprom", "CGN Mining"},
        ),
        (
            "Le terminal repose sur un accord signé par le Sénégal et la Turquie en 2018 et sur "
            "un contrat de 2019 entre Albayrak Group et la société Dakarnave.",
            {"Albayrak Group", "Dakarnave"},
        ),
        (
            "The mine follows an agreement signed by China and Zambia in 2011 and a contract "
            "of 2013 between Zijin Mining and ZCCM.",
            {"Zijin Mining", "ZCCM"},
        ),
        (
            "Проект опирается на соглашение, подписанное Россией и Мьянмой в 2019 году, и на "
            "контракт 2020 года между «Росгео» и компанией Myanma Oil.",
            {"Rosgeo", "Myanma Oil"},
        ),
    ],
)
def test_the_contract_s_sides_are_its_own(text, sides):
    agreements = read(text.encode(), "article.txt").agreements
    contracts = [a for a in agreements if a.kind == "contract"]
    assert contracts
    assert set(contracts[0].parties) == sides
