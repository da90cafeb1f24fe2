"""The witnesses, hosts, parents and "between" of a sentence are found once for the whole
sentence, and each of its agreements keeps to the stretch it is asked about: a sentence that
lists many texts gives each the same sides as a short one would, the witness left out.
Sentences invented for these tests."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def sides_read(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in read(text.encode(), "t.txt").agreements]


@pytest.mark.parametrize(
    ("text", "parties", "count"),
    [
        (
            "En présence de l'ambassadeur de France, le Mali et le Niger ont signé un accord sur "
            "la santé, un accord sur l'énergie et un mémorandum sur les transports.",
            ["MLI", "NER"],
            3,
        ),
        (
            "At the summit hosted by Egypt, Kenya and Ethiopia signed an agreement on trade and "
            "a memorandum on energy.",
            ["ETH", "KEN"],
            2,
        ),
        (
            "В присутствии посла Китая Мали и Нигер подписали соглашение о здравоохранении и "
            "меморандум об энергетике.",
            ["MLI", "NER"],
            2,
        ),
        (
            "Kenya and Ethiopia, which both border Somalia, signed an agreement on trade, a "
            "memorandum on energy and a protocol on health.",
            ["ETH", "KEN"],
            3,
        ),
    ],
)
def test_every_text_of_a_sentence_has_its_sides_without_the_witness(text, parties, count):
    assert sides_read(text) == [parties] * count


def test_each_text_keeps_its_own_partner():
    text = (
        "Ghana signed an agreement on trade with Togo, a memorandum on energy with Benin and a "
        "protocol on health with Nigeria."
    )
    assert sides_read(text) == [["GHA", "TGO"], ["BEN", "GHA"], ["GHA", "NGA"]]


def test_a_long_list_of_texts_leaves_out_the_witness_at_its_end():
    items = ", ".join(f"un accord sur l'énergie {i}" for i in range(150))
    text = (
        f"Le Mali et le Niger ont signé un accord sur la santé, {items} et un accord sur les "
        "transports, en présence du ministre français."
    )
    found = sides_read(text)
    assert len(found) == 152
    assert all(parties == ["MLI", "NER"] for parties in found)


def test_the_mentions_between_two_offsets_whatever_their_order():
    from suivi.reading.context import Context, Mention

    ordered = [Mention("MLI", 0, 4, "Mali"), Mention("NER", 8, 13, "Niger")]
    ordered.append(Mention("Rosatom", 20, 27, "Rosatom", "organisation"))
    ctx = Context("Mali et Niger avec  Rosatom.", "fr", mentions=ordered)
    assert [m.code for m in ctx.mentions_in(0, 13)] == ["MLI", "NER"]
    assert [m.code for m in ctx.mentions_in(5, 27)] == ["NER", "Rosatom"]
    assert ctx.mentions_in(9, 13) == []  # a mention that starts before is not in
    # a list read again (or out of order) is read as it is now
    ctx.mentions = list(reversed(ordered))
    assert [m.code for m in ctx.mentions_in(0, 27)] == ["Rosatom", "NER", "MLI"]
