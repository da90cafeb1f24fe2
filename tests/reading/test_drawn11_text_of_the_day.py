"""A text named by the day of the event ("yesterday's deal", "Monday's accord", «вчерашнее
соглашение») is the text the story reports, said again, not one more text dated by the year the
sentence names for another ("a memorandum signed in 2021, which laid the groundwork for
yesterday's deal"). Invented stories."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda signed a memorandum on oil pipelines in Nairobi yesterday. The two "
        "countries signed a memorandum on energy cooperation in 2021, which laid the "
        "groundwork for yesterday's deal.",
        "Ghana and Togo signed an agreement on power trade in Accra on Monday. Both states "
        "signed a framework agreement in 2019 that paved the way for Monday's agreement.",
        "Chile and Peru signed a fisheries accord in Lima on Friday. The two countries "
        "signed a memorandum on fisheries in 2020, the basis of Friday's accord.",
        "Angola and Namibia signed a water agreement in Luanda on Tuesday. The two countries "
        "signed a memorandum on water in 2017, which prepared Tuesday's deal.",
        "Egypt and Sudan signed a power agreement in Cairo on Thursday. The two states signed "
        "a framework memorandum in 2016 that led to Thursday's deal.",
        "Казахстан и Киргизия вчера подписали соглашение о водных ресурсах. Стороны "
        "подписали меморандум о водном хозяйстве в 2020 году, который лег в основу "
        "вчерашнего соглашения.",
    ],
)
def test_two_texts_not_three(text):
    assert len(read(text.encode(), "article.txt").agreements) == 2
