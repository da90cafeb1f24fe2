"""Shapes of Russian press text the reader missed on drawn documents (session 17, drawB17).

Each test holds sentences invented for it (states, companies and people real or made up, in
press style): a text «пока не подписано» (not yet signed) is planned, not dropped; a visa in
any case, a foreign policy and goods carried name their sectors; a company named after two
nested legal forms, or in Kazakh or Uzbek Cyrillic, has its Latin name; a person named once
in an oblique case beside a role with its own complement, or in the nominative and an
oblique case with no word to tell which is which, is named in the nominative.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _agreements(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(a.status, sorted(a.parties), sorted(a.sectors)) for a in read(text).agreements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Казахстан и Киргизия подписали в Бишкеке соглашение о сотрудничестве в области "
            "энергетики. Соглашение о сотрудничестве в области здравоохранения пока не "
            "подписано: его ожидают к концу года.",
            ("planned", ["KAZ", "KGZ"], ["health"]),
        ),
        (
            "Казахстан и Киргизия подписали в Бишкеке соглашение о сотрудничестве в области "
            "энергетики. Меморандум о сотрудничестве в сфере культуры ещё не подписан.",
            ("planned", ["KAZ", "KGZ"], ["culture"]),
        ),
        # the shape in English and French was read already: kept so
        (
            "Kenya and Rwanda signed in Nairobi an agreement on energy. The agreement on health "
            "cooperation has not yet been signed.",
            ("planned", ["KEN", "RWA"], ["health"]),
        ),
        (
            "Le Kenya et le Rwanda ont signé à Nairobi un accord sur l'énergie. L'accord sur la "
            "santé n'a pas encore été signé.",
            ("planned", ["KEN", "RWA"], ["health"]),
        ),
    ],
)
def test_not_yet_signed_is_planned(text: str, expected: tuple) -> None:
    assert expected in _agreements(text)


def test_not_signed_stays_out() -> None:
    """«не подписано» without «пока»/«ещё»: no text was signed nor announced."""
    text = (
        "Казахстан и Киргизия подписали в Бишкеке соглашение о сотрудничестве в области "
        "энергетики. Соглашение о сотрудничестве в области здравоохранения так и не было "
        "подписано."
    )
    assert _agreements(text) == [("signed", ["KAZ", "KGZ"], ["energy"])]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Казахстан и Египет подписали программу сотрудничества между внешнеполитическими "
            "ведомствами на 2026–2028 годы.",
            ["diplomacy"],
        ),
        (
            "Казахстан и Египет подписали меморандум о развитии грузовых перевозок.",
            ["transport"],
        ),
        (
            "Казахстан и Египет подписали соглашение о взаимной отмене требований к визам.",
            ["diplomacy"],
        ),
        (
            "Казахстан и Египет подписали соглашение о единой визе.",
            ["diplomacy"],
        ),
        (
            "Le Kenya et le Rwanda ont signé un programme de coopération entre les ministères "
            "chargés de la politique étrangère.",
            ["diplomacy"],
        ),
        (
            "Kenya and Rwanda signed a programme of cooperation on foreign policy planning.",
            ["diplomacy"],
        ),
    ],
)
def test_sector_words(text: str, sectors: list[str]) -> None:
    assert [sorted(a.sectors) for a in read(text).agreements] == [sectors]


def test_foreign_ministers_who_sign_name_no_sector() -> None:
    """The heads of the foreign ministries who sign a text are no domain of it."""
    text = (
        "Россия и Мали подписали соглашение о сотрудничестве в области энергетики. Подписи "
        "под ним поставили главы внешнеполитических ведомств двух стран."
    )
    assert [sorted(a.sectors) for a in read(text).agreements] == [["energy"]]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # two nested legal forms: the name is in the innermost quotes
        (
            "Казахстан и Китай провели переговоры. АО «НК «Жаңа Құрылыс» и ПАО «Газпром "
            "нефть» подписали меморандум о сотрудничестве в нефтепереработке.",
            ["Gazprom Neft", "Zhanga Kurylys"],
        ),
        # the national railways in Kazakh and Uzbek Cyrillic: their own Latin names
        (
            "Казахстан и Узбекистан подписали 5 документов, среди них:\n— меморандум между "
            "АО «НК «Қазақстан темір жолы» и АО «Ўзбекистон темир йўллари» о развитии "
            "контейнерных перевозок.",
            ["Kazakhstan Temir Zholy", "Uzbekistan Railways"],
        ),
        # letters of Central Asian alphabets are transliterated, none left in Cyrillic
        (
            "Казахстан и Узбекистан провели переговоры. АО «Ўзбекистон почтаси» и АО "
            "«Қазпошта» подписали меморандум о развитии почтовых перевозок.",
            ["Kazposhta", "Uzbekiston Pochtasi"],
        ),
    ],
)
def test_company_names(text: str, sides: list[str]) -> None:
    assert [sorted(a.parties) for a in read(text).agreements][-1] == sides


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the same name in the genitive and in the nominative, no word telling the case
        (
            "Переговоры Нурлан-Бека Сатыбалдиева с президентом Египта прошли в Каире. «Мы "
            "готовы к сотрудничеству», — заявил Нурлан-Бек Сатыбалдиев.",
            "Нурлан-Бек Сатыбалдиев",
        ),
        # the genitive after a role, then the accusative with no word to tell it
        (
            "Документ подписан в присутствии председателя совета Мьянмы Тин Аун Мьина. Тин "
            "Аун Мьина в тот же день принял президент России.",
            "Тин Аун Мьин",
        ),
        # a role whose complement has its own prepositions and people: the case is the role's
        (
            "Министр провёл переговоры с министром иностранных дел, по делам эмиграции и "
            "египтян за рубежом Насром Абдель Гани. Затем Абдель Гани уехал в Каир.",
            "Наср Абдель Гани",
        ),
    ],
)
def test_people_in_the_nominative(text: str, name: str) -> None:
    assert name in [p.name for p in read(text).people]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Россия и Алжир подписали соглашение. Очередное заседание Межправительственной "
            "российско-алжирской комиссии по торгово-экономическому сотрудничеству пройдёт в "
            "Алжире осенью 2027 года.",
            "2027",
        ),
        (
            "Le Niger et le Tchad ont signé un accord. La prochaine session de la commission "
            "mixte nigéro-tchadienne se tiendra à Niamey à l'automne 2026.",
            "2026",
        ),
        (
            "Kenya and Uganda signed an agreement. The next session of the Kenya-Uganda Joint "
            "Permanent Commission will be held in Kampala in spring 2026.",
            "2026",
        ),
    ],
)
def test_a_season_dates_a_session_by_its_year(text: str, start: str) -> None:
    """A season names its year: the session, unnumbered, is dated by it."""
    assert [s.start for s in read(text).sessions] == [start]


def test_a_falling_price_is_no_season() -> None:
    from suivi.reading.dates import find_dates

    assert find_dates("Export prices fall 2025 forecasts short.") == []


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        (
            "15 октября в Бишкеке прошло третье заседание Высшего межгосударственного совета "
            "Республики Казахстан и Кыргызской Республики. Высший межгосударственный совет "
            "собирается ежегодно. Предыдущее, второе, заседание прошло в августе 2024 года в "
            "Астане; четвёртое состоится в 2026 году в Бишкеке.",
            [(3, "Бишкек"), (2, "Астана"), (4, "Бишкек")],
        ),
        (
            "Kenya and Uganda signed an agreement in Nairobi at the third session of the "
            "Kenya-Uganda Joint Permanent Commission. The second session was held in Kampala in "
            "2023; the fourth will be held in Nairobi in 2026.",
            [(3, "Nairobi"), (2, "Kampala"), (4, "Nairobi")],
        ),
        (
            "Le Niger et le Tchad ont signé un accord à Niamey à la troisième session de la "
            "commission mixte nigéro-tchadienne. La deuxième session s'est tenue à Zinder en "
            "2023; la quatrième se tiendra à Niamey en 2026.",
            [(3, "Niamey"), (2, "Zinder"), (4, "Niamey")],
        ),
    ],
)
def test_sessions_numbered_apart_or_by_an_ordinal_alone(text: str, sessions: list) -> None:
    """«предыдущее, второе, заседание»; "; the fourth will be held": numbered sessions of the
    body just named, each with the place of its own clause."""
    assert [(s.number, s.place) for s in read(text).sessions] == sessions


def test_an_ordinal_alone_needs_a_session_before_it() -> None:
    """No session phrase before it in its sentence: an ordinal alone is no session."""
    text = (
        "Kenya and Uganda signed an agreement at the Kenya-Uganda Joint Permanent Commission. "
        "Talks were held in Kampala, the fourth will be held soon, officials said."
    )
    assert all(s.number != 4 for s in read(text).sessions)


def test_one_council_in_two_cases_is_one_body() -> None:
    """«Высшего межгосударственного совета» and «Высший межгосударственный совет» are one
    body, so the cadence told of the second is the first's."""
    text = (
        "В Бишкеке прошло третье заседание Высшего межгосударственного совета Республики "
        "Казахстан и Кыргызской Республики. Высший межгосударственный совет собирается ежегодно."
    )
    assert [(b.parties and sorted(b.parties), b.cadence_months) for b in read(text).bodies] == [
        (["KAZ", "KGZ"], 12)
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Казахстан и Киргизия подписали соглашение. Лидеры обсудили подготовку к восьмой "
            "Консультативной встрече глав государств Центральной Азии, которая пройдёт в "
            "Бишкеке в ноябре 2026 года.",
            "Бишкек",
        ),
        (
            "Kazakhstan and Kyrgyzstan signed an agreement. The leaders discussed the eighth "
            "Consultative Meeting of the Heads of State of Central Asia, to be held in Bishkek "
            "in November 2026.",
            "Bishkek",
        ),
    ],
)
def test_a_regional_leaders_format_is_a_body_of_its_states(text: str, place: str) -> None:
    """A standing format of a region's leaders is a body of the region's states; its
    numbered meeting is a session. (French: "Réunion" opening the name is read as the
    island, left.)"""
    read_ = read(text)
    assert [sorted(b.parties) for b in read_.bodies] == [["KAZ", "KGZ", "TJK", "TKM", "UZB"]]
    assert [(s.number, s.start, s.place) for s in read_.sessions] == [(8, "2026-11", place)]
