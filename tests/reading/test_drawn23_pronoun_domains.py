"""A text told by a possessive pronoun takes its domain from the thing its sentence names
before it: "As for the pipeline, the agreement on its construction was signed in 2015" is a
gas pipeline's (energy), not the works alone («Что касается газопровода, то соглашение о его
строительстве ...», "Quant au gazoduc, l'accord relatif à sa construction ..."). An amendment
of the text just told, by a pronoun ("a protocol amending it", «протокол о внесении в него
изменений», "un protocole le modifiant"), is in that text's domains, not the general one.
A text "the sides expect to agree" («стороны рассчитывают согласовать соглашение») is still
to come: planned. A text with a domain of its own keeps it (guard). Sentences written for
these tests.
"""

from __future__ import annotations

from suivi.reading.pipeline import read


def _sectors(text: str) -> list[tuple[str, list[str]]]:
    return [(a.kind, sorted(a.sectors)) for a in read(text, "a.txt").agreements]


def test_russian_pronoun_object_and_amending_protocol() -> None:
    text = (
        "Стороны обсудили поставки угля. Что касается нефтепровода, то межправительственное "
        "соглашение о его строительстве было подписано Россией и Ираном в 2016 году, а в 2020 "
        "году стороны подписали протокол о внесении в него изменений."
    )
    found = _sectors(text)
    assert ("agreement", ["energy"]) in found
    assert ("protocol", ["energy"]) in found


def test_english_pronoun_object_and_amending_protocol() -> None:
    text = (
        "As for the oil pipeline, the agreement on its construction was signed by Kenya and "
        "Uganda in 2016, and in 2020 the two countries signed a protocol amending it."
    )
    found = _sectors(text)
    assert any(kind == "agreement" and "energy" in sectors for kind, sectors in found)
    assert any(kind == "protocol" and "energy" in sectors for kind, sectors in found)


def test_french_pronoun_object() -> None:
    text = (
        "Quant au gazoduc, l'accord relatif à sa construction a été signé par le Niger et le "
        "Bénin en 2019."
    )
    assert any("energy" in sectors for _, sectors in _sectors(text))


def test_own_domain_is_kept() -> None:
    text = (
        "Quant au gazoduc, l'accord sur la pêche et sa gestion a été signé par le Niger et le "
        "Bénin en 2019."
    )
    assert all("energy" not in sectors for _, sectors in _sectors(text))


def test_russian_text_the_sides_expect_to_agree_is_planned() -> None:
    text = (
        "Девятое заседание межправительственной комиссии пройдёт в Минске в 2027 году. Именно "
        "к заседанию Россия и Белоруссия рассчитывают согласовать и соглашение о взаимной "
        "торговле."
    )
    found = read(text, "a.txt").agreements
    assert found and all(a.status == "planned" for a in found)
