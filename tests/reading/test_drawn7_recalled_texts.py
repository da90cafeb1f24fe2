"""Seventh draw (drawB19): texts recalled in passing, in invented sentences (en/fr/ru).

- Two older texts recalled side by side each keep their own domains: the memorandum that set
  up a commission is general, though the visa agreement beside it is diplomacy.
- "signed the same year", «подписанном в том же году»: the year of the text named before.
- A commission's name ends at its verb or at another text's name: "the Joint Commission ...
  was held at the Ministry of Foreign Affairs" names no foreign affairs of the commission.
- A capitalised word and "of/on/for" before a given name: the name goes on a document's or
  an office's title ("the Waiver of Visa Requirements"), it is no person (English grammar).
"""

from __future__ import annotations

from suivi.reading.agreements import _commission_sectors
from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


_RECALLED = (
    "Kenya and Jamaica held talks in Nairobi on 3 May 2025. The two ministers recalled the "
    "Memorandum of Understanding establishing the Joint Commission, signed in Kingston in 2021, "
    "and the Agreement on the Waiver of Visas for Diplomatic Passports signed the same year, "
    "which entered into force in 2022.",
    "Le Kenya et la Jamaïque ont tenu des consultations à Nairobi le 3 mai 2025. Les deux "
    "ministres ont rappelé le mémorandum d'entente portant création de la commission mixte, "
    "signé à Kingston en 2021, et l'accord d'exemption de visa pour les passeports "
    "diplomatiques signé la même année, entré en vigueur en 2022.",
    "Кения и Ямайка провели консультации в Найроби 3 мая 2025 года. Министры напомнили о "
    "меморандуме о создании совместной комиссии, подписанном в Кингстоне в 2021 году, и о "
    "соглашении об отмене визовых требований для владельцев дипломатических паспортов, "
    "подписанном в том же году.",
)


def test_older_texts_recalled_together_keep_their_own_domains_and_year():
    for text in _RECALLED:
        reading = _read(text)
        by_kind = {a.kind: a for a in reading.agreements}
        assert by_kind["memorandum"].sectors == ["general"], text
        assert by_kind["agreement"].sectors == ["diplomacy"], text
        assert by_kind["memorandum"].date == "2021", text
        assert by_kind["agreement"].date == "2021", text


def test_a_commission_name_ends_at_its_verb_or_another_text():
    for text in (
        "The first session of the Joint Commission for Cooperation was held at the Ministry "
        "of Foreign Affairs in Accra.",
        "La première session de la commission mixte de coopération s'est tenue au ministère "
        "des Affaires étrangères à Dakar.",
        "Первое заседание совместной комиссии по сотрудничеству прошло в Министерстве "
        "иностранных дел в Москве.",
        "the Joint Commission, signed in 2021, and the Agreement on Visas",
    ):
        assert _commission_sectors(text) == (), text
    # a list of the commission's own fields is still its name
    assert _commission_sectors(
        "la commission mixte de coopération économique, commerciale et technique"
    ) == ("economy", "trade")


def test_a_given_name_inside_a_title_is_no_person():
    for text in (
        "The two ministers recalled the Agreement on the Waiver of Visa Requirements for "
        "Holders of Diplomatic Passports, signed in Accra in 2019.",
        "Kenya and Uganda signed a memorandum on the Office for Grant Management Services in "
        "Nairobi on Monday.",
    ):
        assert _read(text).people == [], text
    # a name after a title with no link word is a person still
    reading = _read(
        "Kenya's Foreign Minister Musalia Mudavadi met the Minister of Trade Piyush Goyal of "
        "India in Nairobi on Monday."
    )
    assert {p.name for p in reading.people} == {"Musalia Mudavadi", "Piyush Goyal"}


_ENTRY_INTO_FORCE_BEFORE = (
    "Accra, 16 September 2025\n\nGhana and Jamaica held the first session of their Joint "
    "Commission in Accra on 15 and 16 September 2025. The two ministers recalled the Agreement "
    "on Visas signed in 2023, which entered into force in 2024.\n\nAt the close of the session, "
    "three instruments were signed, namely:\n(i) an agreement on air services;\n(ii) a "
    "memorandum on health;\n(iii) a memorandum on culture.\n",
    "Dakar, le 16 septembre 2025\n\nLe Sénégal et le Maroc ont tenu la première session de "
    "leur commission mixte à Dakar les 15 et 16 septembre 2025. Les deux ministres ont rappelé "
    "l'accord sur les visas signé en 2023, entré en vigueur en 2024.\n\nÀ l'issue de la "
    "session, trois textes ont été signés :\n- un accord sur les services aériens ;\n- un "
    "mémorandum sur la santé ;\n- un mémorandum sur la culture.\n",
    "Москва, 16 сентября 2025 года\n\nРоссия и Египет провели первое заседание совместной "
    "комиссии в Москве 15–16 сентября 2025 года. Министры напомнили о соглашении о визах, "
    "подписанном в 2023 году, которое вступило в силу в 2024 году.\n\nПо итогам заседания "
    "подписаны соглашение о воздушном сообщении, меморандум о здравоохранении и меморандум о "
    "культуре.\n",
)


def test_an_older_text_entry_into_force_dates_no_signing_after_it():
    for text in _ENTRY_INTO_FORCE_BEFORE:
        signed = [a for a in _read(text).agreements if a.status == "signed"]
        assert len(signed) == 3, text
        assert {a.date for a in signed} == {"2025-09-16"}, text
