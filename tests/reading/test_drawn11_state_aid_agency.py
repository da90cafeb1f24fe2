"""Saudi Arabia's aid agency stands for its state (session 21, drawB21).

Invented sentences: the King Salman Humanitarian Aid and Relief Centre (KSrelief, «Центр
… имени короля Салмана», "le Centre du roi Salmane pour l'aide humanitaire et les
secours") is the kingdom's own aid agency, named without the kingdom's name; SPEC: a
state's agencies stand for their state, so the texts it signs bind Saudi Arabia, as TIKA's
bind Turkey and USAID's the United States (`gazetteer_data.INSTITUTIONS`). The base read
no side at all for it.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Le Centre du roi Salmane pour l'aide humanitaire et les secours (KSrelief) et le Yémen ont signé un accord pour la distribution de vivres à Aden.",
        "Le KSrelief et le gouvernement soudanais ont signé lundi un protocole d'accord pour la fourniture de médicaments.",
        "KSrelief and Pakistan signed an agreement on Sunday to build water wells in Balochistan.",
        "The King Salman Humanitarian Aid and Relief Centre signed a memorandum with Lebanon on school meals for refugees.",
        "The King Salman Humanitarian Aid and Relief Center and the Syrian government signed an agreement on healthcare in Idlib.",
        "Центр гуманитарной помощи и чрезвычайных ситуаций имени короля Салмана и Таджикистан подписали соглашение о поставках продовольствия.",
        "Киргизия подписала соглашение о продовольственной помощи с Центром гуманитарной помощи и чрезвычайных ситуаций имени короля Салмана.",
        "Le Niger a signé avec le Centre Roi Salmane pour l'aide humanitaire et les secours un accord sur la santé maternelle.",
    ],
)
def test_the_king_salman_centre_signs_for_saudi_arabia(text: str) -> None:
    reading = read("Aide humanitaire\n\n" + text, "news.txt")
    assert "SAU" in reading.parties
    assert [a for a in reading.agreements if "SAU" in a.parties and len(a.parties) == 2]
