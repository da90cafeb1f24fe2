"""Which words of a sentence make an agreement's sectors (issue 10): a list of domains that
holds an "-ing" noun, a title after "intitulé"/"titled"/«под названием», a complement told
by those a text serves or by its purpose, a river as the only domain, a border as a place.
A definite mention told with its own signing ("the memorandum signed by ...") is tested in
test_agreement_told_by_participle.py."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


def _sectors(text: str) -> list[list[str]]:
    return [sorted(a.sectors) for a in read(text).agreements]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Ghana and Togo signed a memorandum on cooperation in energy, mining and the "
            "environment.",
            [["energy", "environment", "mining"]],
        ),
        (
            "Kenya and Uganda signed a memorandum on fisheries, training and tourism.",
            [["agriculture", "culture", "education"]],
        ),
        (
            "Kenya and Uganda signed agreements on trade, fishing and housing, ending years "
            "of dispute.",
            [["trade"], ["agriculture"], ["infrastructure"]],
        ),
    ],
)
def test_an_ing_domain_after_a_comma_goes_on_the_list(text, sectors):
    assert sorted(_sectors(text)) == sorted(sectors)


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Le Tchad et le Niger ont signé un accord intitulé « Programme de coopération "
            "dans le domaine de l'élevage ».",
            ["agriculture"],
        ),
        (
            'Kenya and Rwanda signed a memorandum titled "Plan for cooperation in tourism".',
            ["culture"],
        ),
        (
            "Россия и Намибия подписали меморандум под названием «Программа развития рыболовства».",
            ["agriculture"],
        ),
    ],
)
def test_a_kind_word_inside_a_title_is_no_second_text(text, sectors):
    assert _sectors(text) == [sectors]


@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("pour lutter contre la piraterie dans le golfe de Guinée", ["security"]),
        ("to fight piracy off the Somali coast", ["security"]),
        ("о борьбе с пиратством", ["security"]),
        # drawing a boundary is diplomacy, as the gold of two drawn documents has it (drawA19)
        ("sur la délimitation de la frontière maritime", ["diplomacy"]),
        ("on the demarcation of the common border", ["diplomacy"]),
        ("о демаркации границы", ["diplomacy"]),
        ("la lutte contre la cybercriminalité", ["security", "digital"]),
        ("on combating cybercrime", ["security", "digital"]),
        ("о борьбе с киберпреступностью", ["security", "digital"]),
        ("sur l'envoi de médecins cubains", ["health"]),
        ("on the deployment of Cuban doctors and nurses", ["health"]),
        ("о направлении кубинских врачей", ["health"]),
        ("о подготовке врачей", ["education", "health"]),
        ("о подготовке к визиту", []),
        ("sur la formation des magistrats", ["education", "justice"]),
        ("on the training of imams", ["education", "culture"]),
        ("permettant aux pêcheurs sénégalais de travailler", ["agriculture"]),
        ("la commercialisation de l'arachide et du cajou", ["trade", "agriculture"]),
        ("on the export of cashew nuts and sesame", ["trade", "agriculture"]),
        ("о поставках хлопка", ["agriculture"]),
        ("a 220 kV transmission line", ["energy"]),
        ("une ligne haute tension", ["energy"]),
        ("the free movement of people", ["migration"]),
        ("о свободном передвижении граждан", ["migration"]),
        ("la gestion conjointe du parc national du W", ["environment"]),
        ("об использовании водохозяйственных сооружений", ["water"]),
        # a place, not a domain: borders and territorial waters
        ("to improve electricity supply in border towns", ["energy"]),
        ("to ease the movement of people across their common border", ["migration"]),
        ("de pêcher dans les eaux mauritaniennes", []),
    ],
)
def test_what_a_text_serves_names_its_sector(phrase, sectors):
    assert sectors_of(phrase) == sectors


def test_a_river_that_is_all_a_text_names_is_its_domain():
    assert _sectors(
        "Le Sénégal et la Gambie ont signé un accord par lequel les deux pays s'engagent à "
        "coopérer dans la gestion du fleuve Gambie."
    ) == [["water"]]
    # beside another domain, the river is where the bridge stands
    assert _sectors(
        "Le Congo et la RDC ont signé un accord sur la construction d'un pont sur le fleuve Congo."
    ) == [["infrastructure"]]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Le Mali et la Russie ont signé un accord. Celui-ci porte sur la géologie et "
            "l'exploitation minière.",
            [["mining"]],
        ),
        (
            "Kenya and Uganda signed an agreement on Monday. The deal covers oil and gas "
            "exploration.",
            [["energy"]],
        ),
        ("Россия и Мали подписали соглашение. Оно касается геологии.", [["mining"]]),
        # the next sentence's own text is not the content of the one before
        (
            "Le Mali et la Russie ont signé un accord-cadre. Un accord sur la pêche a aussi été "
            "signé.",
            [["general"], ["agriculture"]],
        ),
    ],
)
def test_a_text_read_without_a_domain_takes_the_next_sentences(text, sectors):
    assert sorted(_sectors(text)) == sorted(sectors)


@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("the joint management of the Lake Victoria basin", ["water"]),
        ("об управлении бассейном реки Иртыш", ["water"]),
        ("la coopération dans le domaine de l'industrie de défense", ["defence"]),
        ("on defence industry cooperation", ["defence"]),
        ("об оборонно-промышленном сотрудничестве", ["defence"]),
        ("la lutte contre le trafic d'armes", ["security"]),
        ("on combating arms trafficking", ["security"]),
        ("о борьбе с незаконным оборотом оружия", ["security"]),
        ("la construction d'un stade omnisports", ["infrastructure", "culture"]),
        ("on grain supplies", ["agriculture"]),
        ("les transports urbains", ["transport"]),
        ("the Mount Elgon ecosystem", ["environment"]),
    ],
)
def test_more_areas_of_complements(phrase, sectors):
    assert sectors_of(phrase) == sectors


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Under a memorandum signed by the two energy ministers, Kenya and Uganda will "
            "cooperate in power transmission.",
            ["energy"],
        ),
        (
            "Le Mali et le Sénégal ont signé un mémorandum d'entente par lequel ils s'engagent "
            "à coopérer dans la pêche artisanale.",
            ["agriculture"],
        ),
        (
            "Россия и Гана подписали меморандум, по которому стороны будут сотрудничать в "
            "области геологоразведки.",
            ["mining"],
        ),
    ],
)
def test_a_text_without_domain_takes_those_it_has_the_sides_cooperate_in(text, sectors):
    assert _sectors(text) == [sectors]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Kenya and Qatar signed a labour agreement designed to protect Kenyan teachers.",
            ["education", "migration"],
        ),
        (
            "Kenya and Qatar signed a labour agreement aimed at protecting Kenyan nurses.",
            ["health", "migration"],
        ),
        (
            # (the officers' training is defence itself since drawB23: cadets' schooling here)
            "Россия и Египет подписали военное соглашение, направленное на обучение курсантов.",
            ["defence", "education"],
        ),
    ],
)
def test_the_words_before_a_mention_name_its_domain_beside_its_purpose(text, sectors):
    assert _sectors(text) == [sectors]


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Гвинея провели переговоры. Также подписан меморандум, направленный на "
        "развитие сотрудничества в области геологоразведки.",
        "Россия и Гвинея провели переговоры. Кроме того, подписано соглашение, которое "
        "касается геологоразведки.",
    ],
)
def test_a_russian_passive_before_its_subject_signs_a_new_text(text):
    assert _sectors(text) == [["mining"]]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Россия и Египет подписали три документа: о туризме, об энергетике и о транспорте.",
            [["culture"], ["energy"], ["transport"]],
        ),
        (
            "Le Mali et le Maroc ont signé trois textes : sur la santé, sur l'eau et sur "
            "l'énergie.",
            [["health"], ["water"], ["energy"]],
        ),
    ],
)
def test_documents_counted_then_listed_after_a_colon(text, sectors):
    assert sorted(_sectors(text)) == sorted(sectors)


@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("l'exploitation de l'uranium", ["mining"]),
        ("on uranium mining", ["mining"]),
        ("о добыче урана", ["mining"]),
        ("la lutte contre le braconnage", ["environment"]),
        ("on anti-poaching operations", ["environment"]),
        ("la protection des éléphants", ["environment"]),
        ("the teaching of the Russian language", ["education"]),
        ("о преподавании русского языка", ["education"]),
        ("the protection of plant varieties", ["agriculture"]),
        ("la protection des obtentions végétales", ["agriculture"]),
    ],
)
def test_yet_more_areas_of_complements(phrase, sectors):
    assert sectors_of(phrase) == sectors


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Saudi Arabia and Pakistan signed an agreement to supply crude oil on deferred "
            "payment terms.",
            ["energy"],
        ),
        (
            "Le Niger et le Bénin ont signé un accord fixant le tarif de l'électricité vendue "
            "par la centrale de Kandadji.",
            ["energy"],
        ),
        ("Le Niger et le Bénin ont signé un accord sur les tarifs douaniers.", ["trade"]),
        (
            "Le Togo et le Burkina Faso ont signé un protocole sur le transport inter-États de "
            "marchandises.",
            ["transport"],
        ),
        (
            "Kenya and Ethiopia signed a memorandum on cross-border electricity trade.",
            ["energy"],
        ),
        (
            "Россия и Ангола подписали соглашение о страховании экспортных кредитов.",
            ["economy"],
        ),
    ],
)
def test_the_terms_of_a_supply_are_not_its_domain(text, sectors):
    assert _sectors(text) == [sectors]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Kenya and Uganda signed a memorandum on energy during the meeting of the Joint "
            "Commission on trade.",
            ["energy"],
        ),
        (
            "Le Mali et le Niger ont signé un accord sur l'énergie lors de la réunion de la "
            "commission mixte sur le commerce.",
            ["energy"],
        ),
        (
            "Россия и Мали подписали соглашение о геологии в ходе заседания комиссии по торговле.",
            ["mining"],
        ),
        # "lors des catastrophes" is the text's own matter, not the event it was signed at
        (
            "Le Mali et le Niger ont signé un accord sur l'assistance mutuelle lors des "
            "catastrophes naturelles.",
            ["security"],
        ),
        (
            "Le ministre de l'Économie a signé avec la Banque mondiale un accord de prêt pour "
            "financer la construction de salles de classe au Niger.",
            ["education"],
        ),
    ],
)
def test_the_event_a_text_was_signed_at_names_none_of_its_domains(text, sectors):
    assert _sectors(text) == [sectors]
