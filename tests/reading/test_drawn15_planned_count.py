"""A count of texts not yet signed is no `agreements_total` (SPEC: the number of agreements
the text says were signed or initialled at the event it reports). "Trois documents sont en
cours de finalisation : ...", "Two texts are being finalised: ...", «Три документа находятся
в стадии доработки: ...» count texts the story reads as planned; the sentence has no
signing verb, and every text it lists is planned. A count said with its signing ("ont signé
trois accords : ...") stays the total. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre malien a achevé une visite à Dakar sans qu'aucun texte ne soit signé. "
        "Trois documents sont en cours de finalisation, selon le ministère sénégalais : un "
        "mémorandum d'entente sur la pêche, un accord sur les visas et un programme "
        "d'échanges culturels.",
        "The Ghanaian minister ended a visit to Lomé with no text signed. Three documents "
        "are being finalised, according to the Togolese ministry: a memorandum of "
        "understanding on fisheries, an agreement on visas and a programme of cultural "
        "exchanges.",
        "Визит министра Армении в Минск завершился без подписания документов. Три "
        "документа находятся в стадии доработки: меморандум о сотрудничестве в области "
        "рыболовства, соглашение о визах и программа культурных обменов.",
    ],
)
def test_count_of_planned_texts_is_no_total(text: str) -> None:
    reading = read(text)
    assert reading.agreements and all(a.status == "planned" for a in reading.agreements)
    assert reading.agreements_total is None


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali et le Sénégal ont signé trois accords : un mémorandum d'entente sur la "
        "pêche, un accord sur les visas et un programme d'échanges culturels.",
        "Ghana and Togo signed three agreements: a memorandum of understanding on fisheries, "
        "an agreement on visas and a programme of cultural exchanges.",
        "Армения и Беларусь подписали три документа: меморандум о сотрудничестве в области "
        "рыболовства, соглашение о визах и программу культурных обменов.",
    ],
)
def test_count_of_signed_texts_stays(text: str) -> None:
    assert read(text).agreements_total == 3
