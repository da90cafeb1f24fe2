"""Shapes of the thirty-second draw's documents (drawF32), on invented sentences: a day of a
month between a Russian signing verb and its text; a company's legal form before its short
name in brackets, its status in brackets before its partner; a state's possessive before its
company; a financing facility signed; a text the one just signed provides for; an older
text a new one replaces; who signed for each side; texts like another signed with two
partners; border markets; a name after an honorific with an unknown given name."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _agreements(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [
        (frozenset(a.parties), frozenset(a.sectors))
        for a in read(text.encode(), "article.txt").agreements
    ]


def _sides(text: str) -> list[frozenset[str]]:
    return [parties for parties, _ in _agreements(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Бразилия подписали 15 сентября соглашение о сотрудничестве в области "
        "образования.",
    ],
)
def test_a_day_of_a_month_is_no_count_of_texts(text: str) -> None:
    assert len(_agreements(text)) == 1


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "Gazprom and the Brazilian company Mineradora Vale do Sul S.A. (MVS) signed a "
            "contract on iron ore supply.",
            "MVS",
        ),
        (
            "Компания «Газпром» и бразильская компания Mineradora Vale do Sul S.A. (MVS) "
            "подписали контракт на поставку железной руды.",
            "MVS",
        ),
    ],
)
def test_a_legal_form_before_the_short_name(text: str, short: str) -> None:
    assert _sides(text) == [frozenset({"Gazprom", short})]


def test_a_name_of_particles_before_initials_does_not_crash() -> None:
    text = "Gazprom and the Chilean company Compañía Minera del Sur (CMS) signed a contract."
    assert read(text.encode(), "article.txt") is not None


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "On the margins of the forum, PT Pertamina (Persero) and PETRO MAR, E.P. signed a "
            "contract on the supply of fuel.",
            {"Pertamina", "PETRO MAR"},
        ),
    ],
)
def test_a_status_in_brackets_before_the_partner(text: str, sides: set[str]) -> None:
    assert _sides(text) == [frozenset(sides)]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Afreximbank signed a loan agreement with Cameroon's national oil company, the "
            "Société Nationale des Hydrocarbures (SNH).",
            {"Afreximbank", "SNH"},
        ),
        (
            "Afreximbank signed a credit agreement with Ghana's state power company, the "
            "Kumasi Power Company (KPC).",
            {"Afreximbank"},
        ),
    ],
)
def test_a_state_s_possessive_describes_its_company(text: str, sides: set[str]) -> None:
    found = _sides(text)
    assert len(found) == 1 and sides <= found[0] and len(found[0]) == 2
    assert not {"CMR", "GHA"} & found[0]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Afreximbank signed a €450 million financing facility with Ghana's cocoa board.",
            {"Afreximbank", "GHA"},
        ),
        (
            "Afreximbank on Tuesday signed in Accra a $300 million pre-export financing "
            "facility with the Ghana Cocoa Board.",
            {"Afreximbank", "GHA"},
        ),
    ],
)
def test_a_financing_facility_signed(text: str, sides: set[str]) -> None:
    assert _sides(text) == [frozenset(sides)]


def test_a_text_the_one_just_signed_provides_for() -> None:
    text = (
        "The World Bank also signed a memorandum of understanding with the Government of "
        "Ghana on the financing of a port. The MoU provides for a feasibility study to be "
        "completed by mid-2027, after which a loan agreement is expected to be signed."
    )
    assert _sides(text) == [frozenset({"WB", "GHA"})] * 2


@pytest.mark.parametrize(
    "text",
    [
        "АО «Атомстройэкспорт» и компания Eletronuclear подписали 3 мая контракт на поставку "
        "оборудования для АЭС. Церемония прошла в присутствии главы Госкорпорации «Росатом». "
        "Новый контракт приходит на смену контракту 2018 года, по которому поставки шли до "
        "конца 2025 года.",
        "Atomstroyexport and Eletronuclear signed a contract for the supply of nuclear plant "
        "equipment. The ceremony was attended by the head of Rosatom. The new contract "
        "replaces the 2018 contract, under which supplies ran until 2025.",
    ],
)
def test_a_replaced_older_text_binds_the_new_one_s_sides(text: str) -> None:
    found = _agreements(text)
    assert len(found) == 2
    assert all(parties == {"Atomstroyexport", "Eletronuclear"} for parties, _ in found)
    assert all("nuclear" in sectors for _, sectors in found)


@pytest.mark.parametrize(
    "text",
    [
        "В министерстве подписаны два соглашения:\n\n"
        "- Соглашение между Правительством Российской Федерации и Правительством Республики "
        "Гана об урегулировании задолженности. С российской стороны документ подписал "
        "заместитель министра финансов Иван Петров, с ганской — министр финансов Кваме "
        "Асанте;\n\n"
        "- Соглашение между Правительством Российской Федерации и Правительством Республики "
        "Того о конверсии задолженности.",
    ],
)
def test_who_signed_for_each_side_names_no_text(text: str) -> None:
    assert sorted(_sides(text), key=sorted) == [
        frozenset({"RUS", "GHA"}),
        frozenset({"RUS", "TGO"}),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia signed an agreement on health with Ghana and an agreement on energy with "
        "Niger. Similar agreements on debt settlement were signed earlier with Togo and with "
        "Benin.",
        "Россия подписала соглашение о здравоохранении с Ганой и соглашение об энергетике с "
        "Нигером. Ранее аналогичные соглашения об урегулировании задолженности были подписаны "
        "с Республикой Того (в 2021 году) и с Республикой Бенин (в 2022 году).",
    ],
)
def test_like_texts_with_two_partners_are_one_each(text: str) -> None:
    found = _agreements(text)
    assert (frozenset({"RUS", "TGO"}), frozenset({"economy"})) in found
    assert (frozenset({"RUS", "BEN"}), frozenset({"economy"})) in found


@pytest.mark.parametrize(
    "text",
    [
        "Mali and Senegal signed an arrangement on regulated border markets.",
        "Le Mali et le Sénégal ont signé un accord sur les marchés frontaliers.",
    ],
)
def test_border_markets_are_trade(text: str) -> None:
    assert _agreements(text)[0][1] == {"trade"}


def test_a_name_after_an_honorific_with_a_particle() -> None:
    text = (
        "The meeting was co-chaired by H.E. Bendito dos Santos Freitas, Minister of Foreign "
        "Affairs of Timor-Leste, and H.E. Sugiono, Minister for Foreign Affairs of Indonesia."
    )
    names = {p.name for p in read(text.encode(), "article.txt").people}
    assert "Bendito dos Santos Freitas" in names
