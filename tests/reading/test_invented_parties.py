"""The story's top-level parties in many writers' voices (parties20, session 20).

Invented short texts in French, English and Russian (states real, companies, figures and
wording made up), each read by the whole pipeline and its `parties` compared as `score.py`
compares them (case and accents aside); an organisation outside SPEC's list may be given by
any of the spellings listed for it. Kinds: organisations that act (a bank financing, a UN
agency signing, a company's contract, a fund lending, a host, a mediator), named in full, by
acronym, in Cyrillic or in apposition; states only mentioned (compared, in history, as a
place, as a third country's visit); hosts; a state named by its capital or by an adjective.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from suivi.reading.pipeline import read


def _norm(name: str) -> str:
    """As `score.py` normalises a party: lower case, accents and punctuation dropped."""
    name = unicodedata.normalize("NFKD", name.lower())
    name = "".join(c for c in name if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", name).strip()


def _check(text: str, expected: list[str | tuple[str, ...]]) -> None:
    read_parties = read(text.encode(), "article.txt").parties
    left = [_norm(p) for p in read_parties]
    for party in expected:
        spellings = {_norm(s) for s in ((party,) if isinstance(party, str) else party)}
        hit = next((p for p in left if p in spellings), None)
        assert hit is not None, (party, read_parties)
        left.remove(hit)
    assert not left, (left, read_parties)


CASES = [
    # --- French ---
    (
        "fr-bank",
        "La Banque ouest-africaine de développement (BOAD) financera la construction d'un pont "
        "entre le Bénin et le Togo. Les ministres béninois et togolais des Travaux publics ont "
        "signé mardi à Cotonou une convention de financement avec la BOAD.",
        ["BEN", "TGO", "BOAD"],
    ),
    (
        "fr-bank",
        "Le gouvernement nigérien et la Banque arabe pour le développement économique en Afrique "
        "ont signé lundi à Niamey un accord de prêt de 25 millions de dollars destiné à la route "
        "Dosso-Gaya. Le ministre nigérien des Finances a salué ce soutien.",
        ["NER", ("BADEA", "Banque arabe pour le développement économique en Afrique")],
    ),
    (
        "fr-un",
        "Le Programme alimentaire mondial (PAM) et le ministère tchadien de l'Agriculture ont "
        "signé un protocole d'accord sur les cantines scolaires. Le PAM fournira 12 000 tonnes "
        "de vivres d'ici la fin de l'année.",
        ["TCD", ("WFP", "PAM")],
    ),
    (
        "fr-un",
        "L'UNICEF a signé avec le gouvernement guinéen une convention de 8 millions de dollars "
        "pour la vaccination des enfants. La ministre guinéenne de la Santé a remercié l'agence "
        "onusienne pour son appui constant.",
        ["GIN", "UNICEF"],
    ),
    (
        "fr-company",
        "La société turque Kalyon Enerji a signé un contrat avec la Mauritanie pour la "
        "construction d'une centrale solaire de 80 mégawatts. Le ministre mauritanien du Pétrole "
        "a présidé la cérémonie à Nouakchott.",
        ["MRT", "Kalyon Enerji"],
    ),
    (
        "fr-fund",
        "Le Fonds de l'OPEP pour le développement international (OFID) prêtera 20 millions de "
        "dollars au Burkina Faso pour l'adduction d'eau. L'accord a été signé à Vienne par "
        "l'ambassadeur burkinabè.",
        ["BFA", ("OFID", "Fonds de l'OPEP pour le développement international")],
    ),
    (
        "fr-host",
        "La Communauté économique des États de l'Afrique centrale (CEEAC) a accueilli à "
        "Libreville un sommet extraordinaire sur la sécurité maritime. Le Cameroun et le Gabon "
        "y ont signé un mémorandum sur les patrouilles conjointes.",
        [("ECCAS", "CEEAC"), "CMR", "GAB"],
    ),
    (
        "fr-mediator",
        "Sous la médiation de l'Angola, la RDC et le Rwanda ont signé à Luanda une déclaration de "
        "cessez-le-feu. Le président angolais a salué « un pas décisif » pour la région.",
        ["AGO", "COD", "RWA"],
    ),
    (
        "fr-mediator",
        "Grâce à la facilitation de l'Union africaine, le Soudan et le Soudan du Sud ont conclu "
        "un accord sur le transit du pétrole. Khartoum et Djouba promettent de l'appliquer.",
        ["AU", "SDN", "SSD"],
    ),
    pytest.param(
        "fr-apposition",
        "Le ministre ivoirien du Commerce a reçu mercredi une délégation de la Société financière "
        "internationale (SFI), filiale du Groupe de la Banque mondiale, qui financera trois zones "
        "industrielles à Abidjan.",
        ["CIV", ("IFC", "SFI", "Société financière internationale")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a state named once by the adjective of a minister who receives: no rule reads 'X's minister received' as the state acting",
        ),
    ),
    (
        "fr-mention",
        "Le Mali et la Russie ont signé un accord sur l'énergie nucléaire civile. Comme l'Égypte "
        "avant lui, le Mali veut une centrale d'ici 2035. Le ministre malien de l'Énergie a signé "
        "pour Bamako.",
        ["MLI", "RUS"],
    ),
    (
        "fr-mention",
        "Le Togo et le Ghana ont signé un accord sur le transport routier. En 1994 déjà, le Togo "
        "avait conclu un texte semblable avec le Nigeria. Les ministres togolais et ghanéen se "
        "sont réjouis de la signature.",
        ["TGO", "GHA"],
    ),
    (
        "fr-mention",
        "Réunis à Genève, les ministres de la Santé du Niger et du Tchad ont signé un plan "
        "d'action contre la méningite. Le Niger et le Tchad partagent une longue frontière.",
        ["NER", "TCD"],
    ),
    (
        "fr-mention",
        "Le président sénégalais a reçu son homologue gambien à Dakar. Le président gambien, qui "
        "s'était rendu en Chine le mois dernier, a signé avec lui un accord sur la pêche.",
        ["SEN", "GMB"],
    ),
    (
        "fr-host",
        "Le Rwanda a accueilli à Kigali le forum africain de l'aviation civile, au cours duquel "
        "l'Éthiopie et le Burundi ont signé un accord aérien. Les deux compagnies nationales "
        "ouvriront trois vols par semaine.",
        ["RWA", "ETH", "BDI"],
    ),
    (
        "fr-capital",
        "Moscou et Bamako ont signé un accord sur la formation des militaires. Moscou fournira "
        "des instructeurs et Bamako accueillera une école.",
        ["RUS", "MLI"],
    ),
    (
        "fr-capital",
        "Rabat et Nouakchott ont paraphé une convention sur la pêche artisanale. Rabat assurera "
        "la formation des marins et Nouakchott ouvrira deux ports.",
        ["MAR", "MRT"],
    ),
    (
        "fr-capital",
        "Le président Tebboune a reçu à Alger le président tunisien. Les deux chefs d'État ont "
        "signé un accord sur l'énergie.",
        ["DZA", "TUN"],
    ),
    (
        "fr-adjective",
        "La partie malienne et la partie nigérienne ont signé un procès-verbal sur la sécurité "
        "des frontières. La partie malienne a proposé des patrouilles mixtes.",
        ["MLI", "NER"],
    ),
    (
        "fr-adjective",
        "Les autorités ivoiriennes ont signé un accord avec la délégation libérienne sur le "
        "commerce transfrontalier. Les responsables ivoiriens et libériens se retrouveront en "
        "juin.",
        ["CIV", "LBR"],
    ),
    (
        "fr-adjective",
        "Des responsables émiratis ont signé à N'Djamena un mémorandum sur l'énergie solaire "
        "avec le ministère tchadien de l'Énergie.",
        ["ARE", "TCD"],
    ),
    (
        "fr-bank",
        "Financé à hauteur de 40 millions d'euros par l'Union européenne, le programme sera mis "
        "en œuvre par le Sénégal et la Gambie, qui ont signé mardi la convention.",
        ["EU", "SEN", "GMB"],
    ),
    (
        "fr-company",
        "Le groupe chinois Huawei a signé avec le Cameroun un contrat pour un réseau de fibre "
        "optique de 3 000 kilomètres.",
        ["CMR", "Huawei"],
    ),
    (
        "fr-un",
        "L'Organisation internationale pour les migrations a signé avec le Niger un accord de "
        "siège. Le ministre nigérien de l'Intérieur a salué ce partenariat.",
        ["NER", ("IOM", "OIM", "Organisation internationale pour les migrations")],
    ),
    pytest.param(
        "fr-mediator",
        "La CEDEAO, médiatrice dans la crise, a obtenu la signature d'une feuille de route entre "
        "les autorités de transition guinéennes et l'opposition.",
        ["ECOWAS", "GIN"],
        marks=pytest.mark.xfail(
            strict=True,
            reason="sides: the story is read as the alliance's own (sides._own_alliance) and its text binds all twelve members",
        ),
    ),
    (
        "fr-mention",
        "Le Bénin veut, à l'image du Rwanda, numériser son état civil. Le Bénin et l'Estonie ont "
        "signé un accord en ce sens à Cotonou.",
        ["BEN", "EST"],
    ),
    (
        "fr-institution",
        "La Banque centrale du Nigeria et la Banque de Ghana ont signé un accord d'échange de "
        "devises. Les deux banques centrales veulent faciliter le commerce.",
        ["NGA", "GHA"],
    ),
    pytest.param(
        "fr-fund",
        "Le Fonds mondial de lutte contre le sida, la tuberculose et le paludisme a accordé 60 "
        "millions de dollars au Burundi. Le ministre burundais de la Santé a signé l'accord.",
        [
            "BDI",
            (
                "Fonds mondial",
                "Global Fund",
                "Fonds mondial de lutte contre le sida, la tuberculose et le paludisme",
            ),
        ],
        marks=pytest.mark.xfail(
            strict=True,
            reason="the verb follows the fund's long complement ('de lutte contre ...'), past what a subject may hold before its verb",
        ),
    ),
    (
        "fr-host",
        "Dakar a accueilli lundi la réunion régionale sur la transhumance, où le Mali et le Niger "
        "ont signé un accord sur les couloirs de passage du bétail.",
        ["SEN", "MLI", "NER"],
    ),
    (
        "fr-company",
        "Le Burkina Faso et la société russe Nordgold ont signé une convention minière pour le "
        "gisement de Bissa. La convention minière court sur vingt ans.",
        ["BFA", "Nordgold"],
    ),
    # --- English ---
    (
        "en-bank",
        "The Asian Infrastructure Investment Bank approved a $300 million loan to Bangladesh for "
        "a power grid upgrade. Bangladesh's finance secretary signed the loan agreement in Dhaka.",
        ["BGD", ("AIIB", "Asian Infrastructure Investment Bank")],
    ),
    (
        "en-bank",
        "Kenya signed a $150 million financing agreement with the African Development Bank on "
        "Thursday for rural roads in the north of the country.",
        ["KEN", ("AfDB", "African Development Bank")],
    ),
    (
        "en-un",
        "The UN Food and Agriculture Organization and Zambia's agriculture ministry signed a "
        "memorandum on fish farming. FAO will provide training to 2,000 farmers.",
        ["ZMB", "FAO"],
    ),
    (
        "en-un",
        "The World Health Organization signed a host country agreement with Rwanda on Monday, "
        "paving the way for a regional hub in Kigali.",
        ["RWA", ("WHO", "World Health Organization")],
    ),
    (
        "en-company",
        "Indian conglomerate Adani Group signed a contract with Tanzania to run a container "
        "terminal at the port of Dar es Salaam for thirty years.",
        ["TZA", ("Adani Group", "Adani")],
    ),
    (
        "en-company",
        "Brazilian miner Vale signed an agreement with Oman to build a pellet plant in Sohar, "
        "Oman's energy ministry said.",
        ["OMN", "Vale"],
    ),
    (
        "en-fund",
        "The OPEC Fund for International Development signed a $50 million loan agreement with "
        "Uzbekistan for new schools in the Fergana valley.",
        ["UZB", ("OFID", "OPEC Fund", "OPEC Fund for International Development")],
    ),
    (
        "en-fund",
        "The Green Climate Fund will lend Fiji $40 million for coastal protection, the fund said "
        "on Wednesday. Fiji's economy minister signed the deal.",
        ["FJI", "Green Climate Fund"],
    ),
    pytest.param(
        "en-host",
        "The Association of Southeast Asian Nations hosted a meeting in Jakarta where Vietnam and "
        "the Philippines signed a coast guard memorandum.",
        [("ASEAN", "Association of Southeast Asian Nations"), "VNM", "PHL"],
    ),
    (
        "en-mediator",
        "Turkey brokered the deal, under which Ukraine and Russia agreed to resume grain "
        "shipments across the Black Sea.",
        ["TUR", "UKR", "RUS"],
    ),
    (
        "en-mediator",
        "Qatari mediation helped Chad's government and several rebel groups sign a peace accord "
        "in Doha on Monday.",
        ["QAT", "TCD"],
    ),
    (
        "en-apposition",
        "Ethiopia signed a grant agreement with the International Fund for Agricultural "
        "Development, a specialised UN agency, worth $20 million.",
        ["ETH", ("IFAD", "International Fund for Agricultural Development")],
    ),
    (
        "en-mention",
        "Indonesia and Peru signed a trade pact on Tuesday. The deal is modelled on Peru's "
        "earlier agreement with Australia, officials said.",
        ["IDN", "PER"],
    ),
    (
        "en-mention",
        "Colombia and Ecuador renewed their border security accord. The original pact, reached "
        "after a crisis that also involved Venezuela, expired last year.",
        ["COL", "ECU"],
    ),
    (
        "en-mention",
        "Meeting in Vienna, the energy ministers of Azerbaijan and Hungary signed a gas supply "
        "memorandum.",
        ["AZE", "HUN"],
    ),
    (
        "en-mention",
        "The Nigerian president, who had visited France last week, received the Togolese foreign "
        "minister in Abuja, where the two signed a visa waiver agreement.",
        ["NGA", "TGO"],
    ),
    (
        "en-host",
        "Egypt hosted the Africa energy forum in Cairo, on whose sidelines Sudan and Libya signed "
        "an oil memorandum.",
        ["EGY", "SDN", "LBY"],
    ),
    (
        "en-capital",
        "Beijing and Islamabad signed a protocol on the railway upgrade. Beijing will finance "
        "most of the line.",
        ["CHN", "PAK"],
    ),
    (
        "en-capital",
        "The Kremlin and Ankara agreed on a new gas hub plan, the Kremlin said on Friday.",
        ["RUS", "TUR"],
    ),
    (
        "en-capital",
        "Washington and Hanoi signed a memorandum on semiconductors. Washington will fund the "
        "training of engineers.",
        ["USA", "VNM"],
    ),
    (
        "en-adjective",
        "Emirati officials signed three agreements with their Kenyan counterparts on logistics "
        "and ports.",
        ["ARE", "KEN"],
    ),
    (
        "en-adjective",
        "The Moroccan side and the Nigerian side signed minutes on the gas pipeline project.",
        ["MAR", "NGA"],
    ),
    (
        "en-company",
        "Sinohydro, the Chinese state-owned builder, signed a contract with Zambia for a "
        "hydropower dam on the Kafue river.",
        ["ZMB", "Sinohydro"],
    ),
    (
        "en-bank",
        "Georgia and Armenia signed a road agreement on Friday. The project is financed by the "
        "European Bank for Reconstruction and Development (EBRD).",
        ["GEO", "ARM", "EBRD"],
    ),
    (
        "en-institution",
        "Laos and Cambodia signed a water management pact, with funding from the Japan "
        "International Cooperation Agency.",
        ["LAO", "KHM", "JPN"],
    ),
    (
        "en-mediator",
        "The talks were facilitated by the Intergovernmental Authority on Development, which "
        "welcomed the deal between Somalia and Kenya.",
        [("IGAD", "Intergovernmental Authority on Development"), "SOM", "KEN"],
    ),
    (
        "en-host",
        "The Gulf Cooperation Council hosted talks in Riyadh between Bahrain and Qatar on "
        "aviation.",
        [("GCC", "Gulf Cooperation Council"), "BHR", "QAT"],
    ),
    (
        "en-mention",
        "Like Senegal and Ghana before it, Sierra Leone signed an agreement with the IMF on a "
        "$250 million programme.",
        ["SLE", "IMF"],
    ),
    (
        "en-adjective",
        "Indonesian and Malaysian officials signed a palm oil pact in Kuala Lumpur on Tuesday.",
        ["IDN", "MYS"],
    ),
    (
        "en-company",
        "Standard Bank will lend Mozambique $500 million for a gas project, the lender said.",
        ["MOZ", "Standard Bank"],
    ),
    # --- Russian ---
    (
        "ru-bank",
        "Евразийский банк развития выделит Киргизии кредит на 50 млн долларов на строительство "
        "ГЭС. Соглашение подписали в Бишкеке.",
        ["KGZ", "EDB"],
    ),
    (
        "ru-bank",
        "Новый банк развития одобрил заём Бразилии на 1 млрд долларов для строительства дорог.",
        ["BRA", "NDB"],
    ),
    (
        "ru-un",
        "Детский фонд ООН (ЮНИСЕФ) и Министерство здравоохранения Таджикистана подписали "
        "меморандум о вакцинации.",
        ["TJK", "UNICEF"],
    ),
    (
        "ru-un",
        "Всемирная продовольственная программа и правительство Никарагуа подписали соглашение о "
        "школьном питании.",
        ["NIC", "WFP"],
    ),
    (
        "ru-company",
        "Компания «Росатом» и Узбекистан подписали контракт на строительство малой АЭС.",
        ["UZB", "Rosatom"],
    ),
    (
        "ru-company",
        "Российская компания «Трансмашхолдинг» подписала контракт с Египтом на поставку "
        "пассажирских вагонов.",
        ["EGY", "Transmashholding"],
    ),
    (
        "ru-company",
        "Китайская корпорация CRBC подписала с Казахстаном соглашение о строительстве дороги.",
        ["KAZ", "CRBC"],
    ),
    (
        "ru-fund",
        "Международный фонд сельскохозяйственного развития (МФСР) предоставит Узбекистану заём "
        "на 40 млн долларов.",
        ["UZB", "IFAD"],
    ),
    (
        "ru-host",
        "ШОС провела в Бишкеке совещание министров обороны, на полях которого Казахстан и "
        "Таджикистан подписали план сотрудничества.",
        ["SCO", "KAZ", "TJK"],
    ),
    (
        "ru-mediator",
        "При посредничестве Катара Россия и Украина договорились об обмене детьми.",
        ["QAT", "RUS", "UKR"],
    ),
    (
        "ru-mediator",
        "Посредником на переговорах Армении и Азербайджана выступили Соединённые Штаты.",
        ["USA", "ARM", "AZE"],
    ),
    (
        "ru-apposition",
        "Глава Всемирной организации здравоохранения посетил Туркменистан и подписал с "
        "правительством страны план действий.",
        ["WHO", "TKM"],
    ),
    pytest.param(
        "ru-mention",
        "Россия и Зимбабве подписали соглашение о ядерной энергетике. Ранее аналогичные "
        "документы Москва подписала с Руандой и Бурунди.",
        ["RUS", "ZWE"],
        marks=pytest.mark.xfail(
            strict=True,
            reason="the sides of texts signed earlier with other states («Ранее ... подписала с») are carried up as parties by `signatories`",
        ),
    ),
    (
        "ru-mention",
        "Беларусь и Вьетнам подписали дорожную карту. В 1990-х годах Минск сотрудничал с Ханоем "
        "ещё в рамках СНГ.",
        ["BLR", "VNM"],
    ),
    (
        "ru-mention",
        "В Дубае министры энергетики России и Казахстана подписали меморандум.",
        ["RUS", "KAZ"],
    ),
    (
        "ru-mention",
        "Президент Монголии, который на прошлой неделе побывал в Японии, принял в Улан-Баторе "
        "министра иностранных дел Южной Кореи. Стороны подписали соглашение о визах.",
        ["MNG", "KOR"],
    ),
    (
        "ru-host",
        "Узбекистан принял в Самарканде встречу министров транспорта, в ходе которой "
        "Азербайджан и Турция подписали соглашение о перевозках.",
        ["UZB", "AZE", "TUR"],
    ),
    (
        "ru-capital",
        "Пекин и Минск подписали протокол о торговле. Пекин увеличит закупки белорусской "
        "продукции.",
        ["CHN", "BLR"],
    ),
    (
        "ru-capital",
        "В Кремле заявили, что Москва и Ханой подпишут соглашение о нефти.",
        ["RUS", "VNM"],
    ),
    (
        "ru-adjective",
        "Казахстанская сторона и узбекская сторона подписали протокол заседания "
        "межправительственной комиссии.",
        ["KAZ", "UZB"],
    ),
    (
        "ru-adjective",
        "Турецкие и азербайджанские официальные лица подписали меморандум о газе.",
        ["TUR", "AZE"],
    ),
    (
        "ru-bank",
        "Азиатский банк развития предоставит Таджикистану грант на 30 млн долларов.",
        ["TJK", ("ADB", "Asian Development Bank")],
    ),
    (
        "ru-bank",
        "Европейский банк реконструкции и развития (ЕБРР) подписал с Арменией соглашение о "
        "кредите.",
        ["ARM", "EBRD"],
    ),
    (
        "ru-un",
        "Международное агентство по атомной энергии и Казахстан подписали соглашение о банке "
        "низкообогащённого урана.",
        ["KAZ", "IAEA"],
    ),
    (
        "ru-company",
        "Газпром и Монголия подписали меморандум о газопроводе.",
        ["MNG", "Gazprom"],
    ),
    (
        "ru-host",
        "Евразийская экономическая комиссия и Вьетнам подписали меморандум о торговле.",
        # SPEC: an alliance's text binds its members, the alliance acts too (as dev golds)
        ["EAEU", "VNM", "ARM", "BLR", "KAZ", "KGZ", "RUS"],
    ),
    (
        "ru-mediator",
        "Организация Договора о коллективной безопасности провела переговоры между Киргизией и "
        "Таджикистаном о границе.",
        [("CSTO", "Collective Security Treaty Organization"), "KGZ", "TJK"],
    ),
    (
        "ru-apposition",
        "Компания АЛРОСА, крупнейший производитель алмазов в мире, подписала соглашение с Анголой.",
        ["AGO", "ALROSA"],
    ),
    (
        "ru-mention",
        "Как и Индия, Египет рассчитывает на российское зерно. Египет и Россия подписали "
        "соглашение о поставках пшеницы.",
        ["EGY", "RUS"],
    ),
    (
        "ru-institution",
        "Центральный банк Египта и Банк России подписали соглашение о расчётах в национальных "
        "валютах.",
        ["EGY", "RUS"],
    ),
    # --- more voices, and guards: an earlier or a like event names no actor ---
    (
        "fr-talks",
        "Les pourparlers entre le Soudan et le Tchad se sont ouverts lundi à Addis-Abeba sous "
        "l'égide de l'IGAD.",
        ["SDN", "TCD", "IGAD"],
    ),
    (
        # the feminine of French adjectives in -i ('qatarie', 'émiratie'): drawA30 added it,
        # with sides leaving a company's home out of its contract (dev b148)
        "fr-adjective",
        "Grâce à la médiation qatarie, le gouvernement tchadien et les groupes rebelles ont "
        "conclu un accord de paix.",
        ["QAT", "TCD"],
    ),
    (
        "en-capital",
        "Nairobi hosted the regional security conference, at which Somalia and Ethiopia signed a "
        "border pact.",
        ["KEN", "SOM", "ETH"],
    ),
    (
        "en-adjective",
        "Chinese negotiators and the Zambian delegation agreed on a debt restructuring plan.",
        ["CHN", "ZMB"],
    ),
    (
        "en-un",
        "The UN Security Council welcomed the agreement between Sudan and Chad. Sudan and Chad "
        "promised to respect it.",
        ["UN", "SDN", "TCD"],
    ),
    (
        "ru-bank",
        "Всемирный банк выделит Молдавии 50 млн долларов на ремонт школ.",
        ["MDA", "WB"],
    ),
    (
        "ru-guard",
        "Россия и Китай подписали соглашение о поставках газа. Россия и Китай продолжат работу. "
        "Год назад Казахстан принял закон о транзите.",
        ["RUS", "CHN"],
    ),
    (
        "en-guard",
        "Kenya and Ethiopia signed an energy deal. Kenya and Ethiopia will share the line. Egypt "
        "hosted a similar forum in 2019.",
        ["KEN", "ETH"],
    ),
    (
        "fr-guard",
        "Le Ghana et le Togo ont signé un accord sur l'énergie. Le Ghana et le Togo partagent le "
        "barrage. Le Nigeria avait accueilli en 2010 une conférence semblable.",
        ["GHA", "TGO"],
    ),
    (
        "en-guard",
        "Kenya and Uganda signed a rail deal. Kenya and Uganda will build the line. Kenya's "
        "minister said Tanzania had lent its expertise to an older project.",
        ["KEN", "UGA"],
    ),
    # --- an organisation acting in a relative clause on its name, or by its board ---
    (
        "en-bank",
        "Jordan and Iraq signed a road agreement on Sunday. Jordan and Iraq will open the route "
        "in 2027. The works will be paid for by the Islamic Development Bank, which is financing "
        "the first section.",
        ["JOR", "IRQ", ("IsDB", "Islamic Development Bank")],
    ),
    (
        "en-fund",
        "Pakistan and Uzbekistan signed a rail memorandum. Pakistan and Uzbekistan hope to cut "
        "freight costs. The IMF's executive board approved a $1 billion tranche for Pakistan the "
        "same day.",
        ["PAK", "UZB", "IMF"],
    ),
    (
        "fr-bank",
        "Le Bénin et le Niger ont signé un accord sur le corridor. Le Bénin et le Niger veulent "
        "accélérer les travaux, avec la BOAD, qui financera le tronçon nord.",
        ["BEN", "NER", "BOAD"],
    ),
    (
        "ru-bank",
        "Армения и Грузия подписали соглашение о дороге. Армения и Грузия рассчитывают на ЕБРР, "
        "который профинансирует первый участок.",
        ["ARM", "GEO", "EBRD"],
    ),
    (
        "en-bank",
        "Ghana and Côte d'Ivoire signed a cocoa pact. Ghana and Côte d'Ivoire will set a common "
        "price. The World Bank's board approved a grant for farmers.",
        ["GHA", "CIV", "WB"],
    ),
    pytest.param(
        "fr-bank",
        "Le Mali et le Sénégal ont signé un accord ferroviaire. Le Mali et le Sénégal relanceront "
        "la ligne, que la Banque mondiale, par la voix de son directeur des opérations, s'est "
        "engagée à soutenir.",
        ["MLI", "SEN", "WB"],
        marks=pytest.mark.xfail(
            strict=True,
            reason="an aside that is no relative clause ('par la voix de …') between the name "
            "and its verb",
        ),
    ),
]


def _kind(case) -> str:
    """A case's kind as its test id ("fr-bank"), whether marked or not."""
    return (case.values if hasattr(case, "values") else case)[0]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[_kind(c) for c in CASES])
def test_parties(kind: str, text: str, expected: list[str | tuple[str, ...]]) -> None:
    _check(text, expected)
