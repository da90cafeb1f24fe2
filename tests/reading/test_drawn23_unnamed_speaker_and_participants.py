"""Who speaks and who takes part (drawE28, session 28), on invented sentences.

- A quotation right after a sentence that opens on a definite title no name follows ("Le
  chef de la délégation tchadienne a plaidé pour …", "The head of the Zambian delegation
  called for …", «Глава замбийской делегации призвал …») is that unnamed person's: its
  speaker is null (SPEC), not the last person named before.
- Those whose representatives take part act (SPEC: parties meet): "Les représentants de la
  Banque mondiale, principal bailleur, et de la Commission de la Cemac y ont pris part",
  "Representatives of the World Bank and of the AU Commission also took part".
- The French press writes pronounceable acronyms as words: "la Cemac", "la Cedeao", "l'Uemoa".
- The International Development Association is the World Bank's concessional arm: `WB`
  (SPEC's list); "the World Bank's IDA window" is one mention of it, not two.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre des Transports, Paul Nkodo Essomba, a ouvert les travaux à Bertoua. « Les "
        "travaux avancent bien sur tout le tracé du corridor », a indiqué Paul Nkodo Essomba.\n\n"
        "Le chef de la délégation centrafricaine a pour sa part plaidé pour moins de contrôles. "
        "« Un camion compte encore douze arrêts entre la frontière et Bangui », a-t-il déploré.",
        'The Transport Minister, Paul Nkodo Essomba, opened the talks in Bertoua. "Work is '
        'going well along the whole corridor," said Paul Nkodo Essomba.\n\n'
        'The head of the Zambian delegation called for fewer checkpoints. "A truck still '
        'stops twelve times between the border and Lusaka," he said.',
        "Министр транспорта Павел Нкодо открыл заседание в Бертуа. «Работы идут хорошо на "
        "всём протяжении коридора», — сказал Павел Нкодо.\n\n"
        "Глава замбийской делегации призвал сократить число постов. «Грузовик по-прежнему "
        "делает двенадцать остановок между границей и Лусакой», — сказал он.",
    ],
)
def test_a_quotation_after_an_unnamed_title_is_nobodys_named(text: str) -> None:
    quotes = read(text).quotes
    assert len(quotes) == 2
    assert quotes[0].speaker is not None
    assert quotes[1].speaker is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le comité de pilotage conjoint du corridor Kribi–Bangui s'est réuni à Bertoua avec "
            "les délégations du Cameroun et de la Centrafrique. Les représentants de la Banque "
            "mondiale, principal bailleur du programme, et de la Commission de la Cemac y ont "
            "pris part.",
            {"WB", "CEMAC"},
        ),
        (
            "The joint steering committee of the Lobito corridor met in Benguela with the "
            "delegations of Angola and Zambia. Representatives of the World Bank, the main "
            "lender, also took part.",
            {"WB"},
        ),
    ],
)
def test_those_whose_representatives_take_part_act(text: str, expected: set[str]) -> None:
    assert expected <= set(read(text).parties)


@pytest.mark.parametrize(
    ("word", "code"), [("Cemac", "CEMAC"), ("Cedeao", "ECOWAS"), ("Uemoa", "WAEMU")]
)
def test_french_acronyms_written_as_words(word: str, code: str) -> None:
    text = (
        f"La Commission de la {word} a signé à Libreville un accord de financement avec le "
        f"Gabon pour la route Ndjolé–Médoumane. La {word} a salué l'engagement du Gabon."
    )
    assert code in read(text).parties


def test_the_ida_is_the_world_bank() -> None:
    text = (
        "Le Cameroun a signé à Washington un accord de financement de 150 millions de dollars "
        "avec l'Association internationale de développement (IDA) pour la route Garoua–Figuil."
    )
    reading = read(text)
    assert "WB" in reading.parties
    assert [set(a.parties) for a in reading.agreements] == [{"CMR", "WB"}]


def test_the_world_banks_ida_window_is_one_mention() -> None:
    text = (
        "The OPEC Fund signed a $40 million loan agreement with Malawi on Monday for a rural "
        "road. \"The terms are among the best available to us outside the World Bank's IDA "
        'window," the Malawian finance ministry said.'
    )
    assert "WB" not in read(text).parties
