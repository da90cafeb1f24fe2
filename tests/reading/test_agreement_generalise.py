"""Agreement rules that must hold on unseen text (issue 10): one agreement per text however
often it is said, witnesses who bind nothing, a state that stays a side beside a company of
its own, places and beneficiaries that name no domain, roadmaps still to be drawn up. The
sentences are invented for these tests (no corpus document's wording)."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    return found


# ------------------------------------------------------------------ one text, said again


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "en",
            "Turkey and Somalia signed a defence agreement on Monday. The agreement between "
            "Ankara and Mogadishu covers naval training.",
            ["defence"],
        ),
        (
            "fr",
            "Le Tchad et le Cameroun ont signé un protocole d'accord sur l'élevage. Ce protocole "
            "d'accord sur la transhumance doit permettre de réduire les conflits.",
            ["agriculture"],
        ),
        (
            "ru",
            "Россия и Египет подписали соглашение о сотрудничестве в сфере образования. "
            "Соглашение между двумя странами предусматривает обмен студентами.",
            ["education"],
        ),
    ],
)
def test_a_definite_mention_that_describes_the_text_is_not_a_second_one(lang, text, sectors):
    found = read(text, lang)
    assert [a.sectors for a in found] == [sectors]


def test_a_kind_word_inside_the_complement_is_part_of_the_text():
    found = read("India and Ghana signed an MoU on cultural exchange programme for 2025.", "en")
    assert [(a.kind, a.sectors) for a in found] == [("memorandum", ["culture"])]


def test_two_coordinated_texts_stay_two():
    found = read(
        "Algeria and Niger signed a memorandum of understanding on the gas pipeline and a "
        "separate agreement on education.",
        "en",
    )
    assert sorted(a.kind for a in found) == ["agreement", "memorandum"]


# ------------------------------------------------------------------ sides


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        (
            "fr",
            "La Guinée et la Chine ont signé un accord sur la construction d'un barrage, en "
            "présence de l'ambassadeur de France.",
            {"GIN", "CHN"},
        ),
        (
            "en",
            "Sudan and South Sudan signed an agreement on border security in Cairo, with Egypt "
            "as a witness.",
            {"SDN", "SSD"},
        ),
        (
            "ru",
            "Россия и Мали подписали соглашение о сотрудничестве в области геологии в "
            "присутствии посла Алжира.",
            {"RUS", "MLI"},
        ),
    ],
)
def test_a_witness_is_no_side(lang, text, parties):
    assert [set(a.parties) for a in read(text, lang)] == [parties]


def test_a_clause_after_while_has_its_own_sides():
    found = read(
        "Indonesia's Ministry of Foreign Affairs and Mozambique's Ministry of Foreign Affairs "
        "signed an agreement on visa exemption, while a Turkish company agreed with Ghana to "
        "build a road.",
        "en",
    )
    assert [set(a.parties) for a in found] == [{"IDN", "MOZ"}]


def test_a_state_named_beside_a_company_of_its_own_stays_a_side():
    text = (
        "Rosatom et le Mali ont signé un mémorandum sur l'énergie nucléaire. La commission "
        "mixte est issue d'un accord sur le commerce signé lors de la visite du président "
        "malien en Russie."
    )
    found = read(text, "fr")
    trade = [a for a in found if a.sectors == ["trade"]]
    assert [set(a.parties) for a in trade] == [{"MLI", "RUS"}]


def test_russian_object_after_the_other_side_is_a_new_text():
    found = read(
        "Россия и Египет подписали меморандум о железнодорожном транспорте. В тот же день "
        "компания КАМАЗ подписала с Министерством транспорта Египта контракт на поставку "
        "грузовиков.",
        "ru",
    )
    assert len(found) == 2


# ------------------------------------------------------------------ sectors


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "fr",
            "Le Congo et la RDC ont signé un accord relatif à la gestion du futur pont sur le "
            "fleuve Congo.",
            ["infrastructure"],
        ),
        (
            "en",
            "South Sudan and Sudan signed an agreement to repair the pipeline that carries crude "
            "to Port Sudan.",
            ["energy"],
        ),
        (
            "fr",
            "Le Qatar et le Tchad ont signé un mémorandum d'entente pour la scolarisation des "
            "enfants réfugiés.",
            ["education"],
        ),
        (
            "en",
            "Qatar and Chad signed a memorandum on the schooling of refugee children.",
            ["education"],
        ),
        (
            "ru",
            "Россия и Ангола подписали меморандум о подготовке ангольских специалистов.",
            ["education"],
        ),
    ],
)
def test_places_and_beneficiaries_name_no_domain(lang, text, sectors):
    assert [a.sectors for a in read(text, lang)] == [sectors]


def test_a_power_purchase_agreement_is_energy():
    found = read("Kenya and Ethiopia signed a power purchase agreement in Nairobi.", "en")
    assert [a.sectors for a in found] == [["energy"]]


def test_the_people_served_are_the_domain_when_nothing_else_is():
    found = read("Le Mali et le Niger ont signé un accord sur la protection des réfugiés.", "fr")
    assert [a.sectors for a in found] == [["migration", "social"]]


# ------------------------------------------------------------------ not agreements


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Niger et le Tchad ont convenu d'élaborer une feuille de route pour la sécurité "
            "des frontières.",
        ),
        ("en", "Kenya and Uganda agreed to draw up a roadmap on energy trade."),
        (
            "ru",
            "Россия и Египет договорились разработать дорожную карту в области энергетики.",
        ),
        (
            "fr",
            "Le Bénin et le Niger ont examiné le projet de protocole additionnel sur l'oléoduc, "
            "qui n'a pas été retenu.",
        ),
    ],
)
def test_a_roadmap_to_draw_up_or_a_draft_not_retained_is_no_agreement(lang, text):
    assert read(text, lang) == []
