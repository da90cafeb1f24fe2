"""Short invented articles in styles the dev corpus does not have.

Each one stands for a family of phrasings that new writers use: a wire story in
English with quotes that run on, a communiqué closed by its "Fait à" line, a
Russian report that names a minister by nationality, a French story about a
company and a UN agency. None copies a corpus sentence.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

pytestmark = pytest.mark.slow

WIRE_STORY = """\
By Ama Owusu | Published on March 3rd, 2025

Ghana and Togo signed a memorandum of understanding on cross-border electricity trade \
in Lomé on Monday, at the end of a visit by Ghana's Minister of Energy, Transport and \
Railway Development, K. Asante Boateng, who met his Togolese counterpart, Edem Kodjo Amegah.

"Power does not stop at a border post," Boateng told reporters. "Our grids were built \
for each other and we will now use them that way."

His Togolese counterpart said the first exchanges would start "before the next dry season \
begins in the north".
"""

COMMUNIQUE = """\
COMMUNIQUÉ FINAL

La République du Sénégal et le Programme des Nations unies pour le développement (PNUD) \
ont signé un accord de financement pour l'électrification de quarante villages de la \
région de Kolda. Le PNUD apportera 12 millions de dollars sur trois ans.

Fait à Dakar, le 4/10/2024, en deux exemplaires originaux rédigés en langue française.
"""

RUSSIAN_REPORT = """\
Министр иностранных дел России Сергей Лавров провёл переговоры с министром иностранных \
дел Мали Абдулайе Диопом. Стороны обсудили поставки зерна и удобрений.

Малийский министр поблагодарил российскую сторону: «Мы ценим помощь, которую Россия \
оказывает нашему народу в трудное время».
"""

COMPANY_STORY = """\
Accra et Abidjan ont signé mardi un accord de coopération minière. En marge de la \
cérémonie, le Ghanéen Kwabena Darko-Mensah, ministre des Terres, s'est entretenu avec \
son homologue ivoirien, Mamadou Sangafowa Coulibaly.

La société minière Perseus Mining a par ailleurs signé une convention avec le \
gouvernement ivoirien. Son homologue ivoirien a salué « un partenariat qui profitera \
d'abord aux communautés riveraines des mines et à leurs jeunes ».
"""


def test_a_wire_story_dates_itself_and_names_people_with_initials():
    reading = read(WIRE_STORY)
    assert reading.document.published == "2025-03-03"
    assert {p.name for p in reading.people} >= {"K. Asante Boateng", "Edem Kodjo Amegah"}


def test_a_quote_that_runs_on_keeps_its_speaker_and_a_counterpart_is_a_speaker():
    speakers = {q.text[:20]: q.speaker for q in read(WIRE_STORY).quotes}
    assert speakers["Power does not stop "] == "K. Asante Boateng"
    assert speakers["Our grids were built"] == "K. Asante Boateng"
    assert speakers["before the next dry "] == "Edem Kodjo Amegah"


def test_a_communique_is_dated_by_its_closing_line_and_its_language_is_no_party():
    reading = read(COMMUNIQUE)
    assert reading.document.published == "2024-10-04"
    assert "FRA" not in reading.parties
    assert set(reading.parties) >= {"SEN", "UNDP"}


def test_a_minister_named_by_nationality_speaks_in_russian():
    said = read(RUSSIAN_REPORT).quotes
    assert [q.speaker for q in said] == ["Абдулайе Диоп"]


def test_a_nationality_introduces_a_name_and_a_counterpart_speaks():
    reading = read(COMPANY_STORY)
    assert {p.name for p in reading.people} >= {
        "Kwabena Darko-Mensah",
        "Mamadou Sangafowa Coulibaly",
    }
    assert [q.speaker for q in reading.quotes] == ["Mamadou Sangafowa Coulibaly"]
    assert "Perseus Mining" in reading.parties


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mali's Foreign Minister Issa Konaté received his Niger counterpart Moussa Garba "
            'in Bamako. "Our borders are a bridge, not a wall," the Nigerien minister said.',
            "Moussa Garba",
        ),
        (
            "Министр иностранных дел Мали Исса Конате встретился с Сергеем Лавровым. «Наши "
            "страны связывает давняя дружба», — заявил малийский министр.",
            "Исса Конате",
        ),
    ],
)
def test_a_minister_named_after_the_quote_by_nationality_alone(text, speaker):
    assert [q.speaker for q in read(text).quotes] == [speaker]
