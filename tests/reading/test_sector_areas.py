"""Areas of agreements by SPEC sector in French, English and Russian: the lexicon places
each area an agreement list may name, in the three languages and in Russian's cases,
and sends areas SPEC does not list to its nearest sector."""

from __future__ import annotations

import pytest

from suivi.reading.sectors import sectors_of

FRENCH = [
    ("l'exploitation des ports et le transport maritime", ["transport"]),
    ("les services aériens", ["transport"]),
    ("l'aviation civile", ["transport"]),
    ("le transport ferroviaire", ["transport"]),
    ("la coopération douanière", ["trade"]),
    ("la normalisation et la métrologie", ["trade"]),
    ("l'accréditation des organismes d'évaluation de la conformité", ["trade"]),
    ("la protection des consommateurs", ["trade"]),
    ("le droit de la concurrence", ["trade"]),
    ("la propriété intellectuelle", ["trade"]),
    ("la lutte contre la corruption", ["justice"]),
    ("la lutte contre le blanchiment de capitaux", ["security"]),
    ("la lutte contre le trafic illicite de stupéfiants", ["security"]),
    ("la prévention et la gestion des catastrophes naturelles", ["security"]),
    ("la protection civile", ["security"]),
    ("la gestion des frontières", ["security"]),
    ("le déminage", ["defence"]),
    ("la cybersécurité", ["digital"]),
    ("la coopération entre agences de presse", ["digital"]),
    ("les services postaux", ["digital"]),
    ("les archives nationales", ["administration"]),
    ("la statistique", ["administration"]),
    ("la météorologie", ["environment"]),
    ("l'hydrologie", ["water"]),
    ("la gestion des ressources en eau", ["water"]),
    ("l'assainissement", ["water"]),
    ("la gestion durable des forêts", ["environment"]),
    ("la conservation de la faune sauvage", ["environment"]),
    ("la pêche maritime", ["agriculture"]),
    ("l'assurance maladie", ["health"]),
    ("le jumelage des villes", ["administration"]),
    ("l'habitat social", ["infrastructure"]),
    ("la coopération policière", ["security"]),
    ("la lutte contre la contrebande de produits pétroliers", ["security"]),
    ("le bitumage de la route nationale", ["infrastructure"]),
    ("la cellule nationale de renseignement financier", ["security"]),
    ("l'administration pénitentiaire", ["justice"]),
    ("la filière sucre", ["agriculture"]),
    ("la lutte contre la sécheresse", ["environment"]),
    ("les collectivités territoriales", ["administration"]),
    ("la construction navale", ["economy"]),
    ("l'exploitation du gisement gazier", ["energy"]),
    ("les services vétérinaires", ["agriculture"]),
    ("l'industrie pharmaceutique", ["health"]),
    ("la production locale de vaccins", ["health"]),
    ("l'enseignement supérieur", ["education"]),
    ("la formation professionnelle", ["education"]),
    ("la jeunesse et les sports", ["culture"]),
    ("le tourisme", ["culture"]),
    ("la préservation du patrimoine", ["culture"]),
    ("l'habitat et l'urbanisme", ["infrastructure"]),
    ("les énergies renouvelables", ["energy"]),
    ("les hydrocarbures", ["energy"]),
    ("la pétrochimie", ["energy"]),
    ("l'exploitation minière", ["mining"]),
    ("l'exploitation de l'or", ["mining"]),
    ("la promotion et la protection réciproques des investissements", ["economy"]),
    ("les assurances", ["economy"]),
    ("la microfinance", ["economy"]),
    ("la sécurité sociale", ["migration"]),
    ("le genre et l'autonomisation des femmes", ["social"]),
    ("la protection de l'enfance", ["social"]),
    ("les applications spatiales et les satellites", ["space"]),
    ("l'intelligence artificielle", ["digital"]),
    ("l'administration électronique", ["digital"]),
    ("le commerce et l'investissement", ["trade", "economy"]),
    ("les zones franches", ["trade"]),
]

ENGLISH = [
    ("hydropower", ["energy"]),
    ("health insurance", ["health"]),
    ("town twinning", ["administration"]),
    ("social housing", ["infrastructure"]),
    ("the smuggling of fuel", ["security"]),
    # "cross-border" qualifies what crosses; only the border itself is security's
    ("cross-border trade", ["trade"]),
    ("cross-border health surveillance", ["health"]),
    ("border management", ["security"]),
    ("cooperation between the financial intelligence units", ["security"]),
    ("radioactive waste management", ["nuclear"]),
    ("carbon credits", ["environment"]),
    ("drought management", ["environment"]),
    ("local government", ["administration"]),
    ("biotechnology", ["research"]),
    ("sugar production", ["agriculture"]),
    ("anti-doping", ["culture"]),
    ("halal products", ["trade"]),
    ("shipbuilding", ["economy"]),
    ("textiles", ["economy"]),
    ("the development of the oil fields", ["energy"]),
    ("the co-production of films and cinema", ["culture"]),
    ("ports and maritime transport", ["transport"]),
    ("air services", ["transport"]),
    ("civil aviation", ["transport"]),
    ("railways", ["transport"]),
    ("customs cooperation", ["trade"]),
    ("standardisation and metrology", ["trade"]),
    ("accreditation and conformity assessment", ["trade"]),
    ("consumer protection", ["trade"]),
    ("competition policy", ["trade"]),
    ("intellectual property", ["trade"]),
    ("combating corruption", ["justice"]),
    ("anti-money laundering", ["security"]),
    ("combating illicit drug trafficking", ["security"]),
    ("disaster risk reduction", ["security"]),
    ("emergency management", ["security"]),
    ("border management", ["security"]),
    ("humanitarian demining", ["defence"]),
    ("cybersecurity", ["digital"]),
    ("cooperation between news agencies", ["digital"]),
    ("postal services", ["digital"]),
    ("archives", ["administration"]),
    ("official statistics", ["administration"]),
    ("meteorology", ["environment"]),
    ("hydrology", ["water"]),
    ("water resources management", ["water"]),
    ("sanitation", ["water"]),
    ("forestry", ["environment"]),
    ("wildlife conservation", ["environment"]),
    ("fisheries", ["agriculture"]),
    ("veterinary services", ["agriculture"]),
    ("pharmaceuticals", ["health"]),
    ("vaccine production", ["health"]),
    ("higher education", ["education"]),
    ("technical and vocational education and training", ["education"]),
    ("youth and sport", ["culture"]),
    ("tourism", ["culture"]),
    ("cultural heritage", ["culture"]),
    ("housing and urban planning", ["infrastructure"]),
    ("renewable energy", ["energy"]),
    ("hydrocarbons", ["energy"]),
    ("petrochemicals", ["energy"]),
    ("mining", ["mining"]),
    ("gold mining", ["mining"]),
    ("the reciprocal promotion and protection of investments", ["economy"]),
    ("the avoidance of double taxation", ["economy"]),
    ("banking", ["economy"]),
    ("insurance", ["economy"]),
    ("microfinance", ["economy"]),
    ("labour", ["migration"]),
    ("pensions", ["migration"]),
    ("gender equality", ["social"]),
    ("child protection", ["social"]),
    ("outer space", ["space"]),
    ("satellite navigation", ["space"]),
    ("artificial intelligence", ["digital"]),
    ("e-government", ["digital"]),
    ("trade and investment", ["trade", "economy"]),
    ("free zones", ["trade"]),
]

RUSSIAN = [
    ("морские порты и судоходство", ["transport"]),
    ("морское торговое судоходство", ["transport"]),
    ("гражданская авиация", ["transport"]),
    ("железнодорожный транспорт", ["transport"]),
    ("таможенное дело", ["trade"]),
    ("стандартизация и метрология", ["trade"]),
    ("аккредитация", ["trade"]),
    ("защита прав потребителей", ["trade"]),
    ("конкурентная политика", ["trade"]),
    ("интеллектуальная собственность", ["trade"]),
    ("противодействие коррупции", ["justice"]),
    ("противодействие отмыванию денег", ["security"]),
    ("противодействие легализации доходов, полученных преступным путем", ["security"]),
    ("борьба с незаконным оборотом наркотиков", ["security"]),
    ("предупреждение и ликвидация чрезвычайных ситуаций", ["security"]),
    ("гражданская оборона", ["security"]),
    ("охрана государственной границы", ["security"]),
    ("гуманитарное разминирование", ["defence"]),
    ("кибербезопасность", ["digital"]),
    ("информационные агентства", ["digital"]),
    ("почтовая связь", ["digital"]),
    ("архивное дело", ["administration"]),
    ("государственная статистика", ["administration"]),
    ("гидрометеорология", ["environment"]),
    ("гидрология", ["water"]),
    ("водные ресурсы", ["water"]),
    ("лесное хозяйство", ["environment"]),
    ("охрана диких животных", ["environment"]),
    ("рыболовство", ["agriculture"]),
    ("гидроэнергетика", ["energy"]),
    ("медицинское страхование", ["health"]),
    ("побратимские связи", ["administration"]),
    ("социальное жильё", ["infrastructure"]),
    ("полицейское сотрудничество", ["security"]),
    ("борьба с контрабандой нефтепродуктов", ["security"]),
    ("профессиональная подготовка", ["education"]),
    ("кинематография", ["culture"]),
    ("электронная коммерция", ["trade"]),
    ("уголовно-исполнительная система", ["justice"]),
    ("биотехнологии", ["research"]),
    ("местное самоуправление", ["administration"]),
    ("разработка газового месторождения", ["energy"]),
    ("ветеринария", ["agriculture"]),
    ("фармацевтическая промышленность", ["health"]),
    ("производство вакцин", ["health"]),
    ("высшее образование", ["education"]),
    ("профессионально-техническое образование", ["education"]),
    ("молодежная политика", ["culture"]),
    ("физическая культура и спорт", ["culture"]),
    ("туризм", ["culture"]),
    ("культурное наследие", ["culture"]),
    ("жилищное строительство", ["infrastructure"]),
    ("градостроительство", ["infrastructure"]),
    ("возобновляемые источники энергии", ["energy"]),
    ("нефтехимия", ["energy"]),
    ("минеральные удобрения", ["agriculture"]),
    ("добыча золота", ["mining"]),
    ("поощрение и взаимная защита капиталовложений", ["economy"]),
    ("избежание двойного налогообложения", ["economy"]),
    ("банковское дело", ["economy"]),
    ("страхование", ["economy"]),
    ("микрофинансирование", ["economy"]),
    ("труд и занятость", ["migration"]),
    ("пенсионное обеспечение", ["migration"]),
    ("социальное обеспечение", ["migration"]),
    ("гендерное равенство", ["social"]),
    ("защита прав ребенка", ["social"]),
    ("исследование и использование космического пространства", ["space"]),
    ("спутниковая навигация", ["space"]),
    ("искусственный интеллект", ["digital"]),
    ("электронное правительство", ["digital"]),
    ("торговля и инвестиции", ["trade", "economy"]),
    ("свободные экономические зоны", ["economy"]),
]


@pytest.mark.parametrize(("phrase", "sectors"), FRENCH + ENGLISH + RUSSIAN)
def test_each_area_has_its_spec_sector(phrase: str, sectors: list[str]) -> None:
    assert sectors_of(phrase) == sectors


@pytest.mark.parametrize(
    ("sentence", "sectors"),
    [
        # a loan is what pays, the roads what the text is about
        (
            "Nigeria and Saudi Arabia signed an agreement on a $200 million loan for rural roads.",
            ["infrastructure"],
        ),
        # the seafarers are whom the training serves
        (
            "Le Maroc et la Mauritanie ont signé un mémorandum d'entente sur la formation des marins.",
            ["education"],
        ),
        # the signing minister's portfolio is no domain of the text
        (
            "La Côte d'Ivoire et le Maroc ont signé une déclaration sur la coopération énergétique, "
            "signée par le ministre ivoirien des Mines, du Pétrole et de l'Énergie.",
            ["energy"],
        ),
        # another clause after the complement
        (
            "Bolivia and Argentina signed an agreement for gas supplies to the northern provinces, "
            "as Bolivian gas exports to Brazil decline.",
            ["energy"],
        ),
        # the purpose after the domain
        (
            "Le Sénégal et la Gambie ont signé un accord sur la pêche artisanale afin d'accroître "
            "les exportations.",
            ["agriculture"],
        ),
        # a river's name and a port's name are places
        (
            "Brazil and Paraguay signed a loan agreement for a bridge over the Paraguay River.",
            ["infrastructure"],
        ),
        (
            "Kenya and Uganda signed a memorandum on an oil pipeline linking Hoima to the port of Tanga.",
            ["energy"],
        ),
        (
            "Le Sénégal et la Gambie ont signé un protocole relatif à la lutte contre l'orpaillage "
            "illégal dans la zone frontalière.",
            ["mining"],
        ),
        # a generic qualifier of the cooperation before the field the text names
        (
            "Le Sénégal et la Mauritanie ont signé un accord de coopération économique et "
            "technique dans le domaine de la pêche.",
            ["agriculture"],
        ),
        (
            "Россия и Египет подписали соглашение об экономическом сотрудничестве в области "
            "сельского хозяйства.",
            ["agriculture"],
        ),
        # the words before a mention name its domain; a relative clause after it adds to it
        (
            "Turkey and Somalia signed a defence cooperation agreement, which also covers "
            "training.",
            ["defence", "education"],
        ),
    ],
)
def test_an_agreements_sectors_are_its_own_domain(sentence: str, sectors: list[str]) -> None:
    from suivi.reading.pipeline import read

    assert [a.sectors for a in read(sentence).agreements] == [sectors]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        # "cover" opens the list; "vaccines and medicines" are two objects of one domain
        (
            "Tanzania and the United Arab Emirates signed memoranda of understanding in Abu Dhabi"
            " on Wednesday. Other memoranda cover meteorology, wildlife conservation and the local"
            " production of vaccines and medicines.",
            [["environment"], ["environment"], ["health"]],
        ),
        # a long last domain is placed by what follows its generic head ("the development of")
        (
            "Kenya and Ethiopia signed agreements on livestock, health surveillance and the"
            " development of the Lamu port corridor.",
            [["agriculture"], ["health"], ["transport"]],
        ),
        # «межправсоглашение»: the press's short word for an intergovernmental agreement
        (
            "Стороны подписали межправсоглашение о взаимной защите инвестиций и меморандум о"
            " сотрудничестве в области рыболовства.",
            [["economy"], ["agriculture"]],
        ),
        # financing is what pays for the housing, not the text's domain
        (
            "The Abu Dhabi Fund for Development signed a loan agreement with Tanzania to finance"
            " the construction of 5,000 affordable housing units in Dodoma.",
            [["infrastructure"]],
        ),
    ],
)
def test_a_list_names_one_text_a_domain(text: str, sectors: list[list[str]]) -> None:
    from suivi.reading.pipeline import read

    assert [a.sectors for a in read(text).agreements] == sectors
