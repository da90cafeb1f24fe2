"""The pair a story opens on is read after its dateline: "KINGSTON, Jamaica — Jamaica and
Trinidad and Tobago signed …" opens on the two states, not on Jamaica twice. Without that, an
alliance the two belong to, named later in passing ("both are members of CARICOM"), was
taken for the story's own and its every member for a side of the texts the sentences do not
attribute (the members' own work "within CARICOM" made it an actor)."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

# the French and Russian stories, read right before, guard the same shape
STORIES = [
    (
        "Jamaica and Trinidad and Tobago sign six agreements at joint commission in Kingston\n\n"
        "KINGSTON, Jamaica — Jamaica and Trinidad and Tobago on Friday signed six agreements "
        "at the end of the third meeting of their Joint Commission, held in Kingston. Both "
        "countries are members of the Caribbean Community (CARICOM).\n\n"
        "The agreements cover trade facilitation, agriculture, health, security cooperation, "
        "education and culture. Prime Minister Andrew Holness said the texts would deepen ties "
        "between the two CARICOM partners.\n\n"
        "The two countries also agreed to work together within CARICOM on food security.",
        {"JAM", "TTO"},
    ),
    (
        "Le Ghana et le Nigeria signent trois accords\n\n"
        "ABUJA, Nigeria — Le Ghana et le Nigeria ont signé vendredi trois accords à l'issue "
        "de la réunion de leur commission mixte. Les deux pays sont membres de la CEDEAO.\n\n"
        "Les accords portent sur le commerce, l'agriculture et la santé. Les deux pays ont "
        "aussi convenu de coopérer au sein de la CEDEAO sur la sécurité alimentaire.",
        {"GHA", "NGA"},
    ),
    (
        "Казахстан и Киргизия подписали три соглашения\n\n"
        "БИШКЕК, Киргизия — Казахстан и Киргизия в пятницу подписали три соглашения по итогам "
        "заседания межправительственного совета. Обе страны входят в ЕАЭС.\n\n"
        "Соглашения касаются торговли, сельского хозяйства и здравоохранения. Стороны также "
        "договорились совместно работать в рамках ЕАЭС над продовольственной безопасностью.",
        {"KAZ", "KGZ"},
    ),
]


@pytest.mark.parametrize(("text", "pair"), STORIES)
def test_the_pair_after_the_dateline_signs(text, pair):
    reading = read(text.encode(), "article.txt")
    assert reading.agreements
    assert all(set(a.parties) == pair for a in reading.agreements)
