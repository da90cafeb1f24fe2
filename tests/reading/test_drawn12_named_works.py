"""A work or a site named in quotation marks right after its common noun (a pipeline, a
corridor, a residence, a power plant, a field) is a name, not a quotation (SPEC: a title in
quotes is no quote): «по газопроводу "Сила Сибири - 2"» was read as a quote given to the
person named before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from suivi.reading import quotes


@pytest.mark.parametrize(
    "text",
    [
        'Глава "Роснефти" Игорь Сечин подписал контракт на поставку нефти по нефтепроводу '
        '"Восточная Сибирь - Тихий океан" в Китай.',
        'Министр Алмаз Бекмурзаев осмотрел площадку под газопровод "Туркменистан - Китай - 3" '
        "у границы.",
        "Le ministre Karim Diallo a visité le chantier du gazoduc « Nigeria - Algérie 2 » "
        "près d'Agadez.",
        'Minister Anna Kowalska toured the route of the pipeline "Poland - Denmark 2" '
        "near the coast.",
        'Президент Ильхам Алиев принял гостей в резиденции "Загульба - дача 2" под Баку.',
        'The CEO, John Mbeki, spoke at the power plant "Inga - 3" on Monday.',
    ],
)
def test_a_name_after_its_common_noun_is_no_quote(text):
    assert quotes.extract(text, []) == []


def test_a_statement_after_a_noun_and_a_verb_stays():
    found = quotes.extract(
        'О газопроводе министр сказал: "Строительство начнётся в следующем году, мы готовы".',
        [],
    )
    assert len(found) == 1
