"""Office-holders of the table named bare, with no title the patterns read, are people of
the text; places and institutions named after them, and their namesakes, are not."""

from __future__ import annotations

from suivi.reading.pipeline import read


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.party for p in read(text).people}


def test_bare_head_of_state_in_english_is_a_person():
    people = _people(
        "The Turkish trade minister met Umaro Sissoco Embaló and his prime minister in "
        "Bissau on Monday, and the two sides signed a memorandum on fisheries."
    )
    assert people.get("Umaro Sissoco Embaló") == "GNB"


def test_bare_prime_minister_in_english_is_a_person():
    people = _people(
        "Moscow's delegation met Choguel Kokalla Maïga and the minister of mines in Bamako."
    )
    assert people.get("Choguel Kokalla Maïga") == "MLI"


def test_longest_form_the_text_writes_is_the_name():
    people = _people(
        "Brazilian officials met Mahamat Idriss Déby Itno and the speaker of parliament in "
        "N'Djamena. The talks with Mahamat Idriss Déby lasted two hours."
    )
    assert people.get("Mahamat Idriss Déby Itno") == "TCD"
    assert "Mahamat Idriss Déby" not in people


def test_office_holder_in_russian_is_named_in_the_table_nominative():
    people = _people(
        "Глава правительства Узбекистана Абдулла Арипов принял делегацию Белоруссии в Ташкенте."
    )
    assert people.get("Абдулла Арипов") == "UZB"
    assert not any(name.startswith("Абдулл ") for name in people)


def test_office_holder_in_russian_oblique_case_is_in_the_nominative():
    people = _people(
        "Делегация Белоруссии встретилась с Махаматом Идрисом Деби и обсудила поставки "
        "тракторов в Чад."
    )
    assert people.get("Махамат Идрис Деби") == "TCD"


def test_university_named_after_a_head_of_state_is_no_person():
    people = _people(
        "Engineers trained at Mohamed bin Zayed University for Artificial Intelligence will "
        "work on the project, Ethiopia's minister said."
    )
    assert not any("Zayed" in name for name in people)


def test_airport_and_avenue_named_after_a_president_are_no_people():
    people = _people(
        "La délégation nigérienne, arrivée à l'aéroport international Alassane Ouattara, "
        "a été reçue dans les locaux du ministère, avenue Patrice Talon."
    )
    assert not {"Alassane Ouattara", "Patrice Talon"} & set(people)


def test_russian_avenue_named_after_a_president_is_no_person():
    people = _people(
        "Переговоры прошли в здании министерства на проспекте Нурсултана Назарбаева в Астане."
    )
    assert not any(name.startswith("Нурсултан") for name in people)


def test_namesake_is_no_person():
    people = _people(
        "A new school named after Macky Sall opened in Kaolack, the ministry of education "
        "said, and Gambian teachers will train there."
    )
    assert "Macky Sall" not in people


def test_gulf_name_of_four_generations_is_read_whole():
    people = _people(
        "Moroccan and Kenyan officials were received in Doha by Mohammed bin Abdulrahman bin "
        "Jassim Al Thani and Qatar's minister of state for foreign trade."
    )
    assert people.get("Mohammed bin Abdulrahman bin Jassim Al Thani") == "QAT"
    assert "Jassim Al Thani" not in people


def test_omani_honorific_is_no_part_of_the_name():
    people = _people(
        "The accords were signed by Omani Foreign Minister Sayyid Badr bin Hamad Al Busaidi "
        "and Kenya's Foreign Affairs Cabinet Secretary in Muscat."
    )
    assert people.get("Badr bin Hamad Al Busaidi") == "OMN"
    assert not any(name.startswith("Sayyid") for name in people)
