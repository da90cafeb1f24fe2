"""Who signs with governments, beyond the gazetteer's first vocabularies: lenders, aid and
export-credit agencies, sovereign funds and the state and large companies of the press.

Merged into `gazetteer_data` (its tables' shapes), from general knowledge, in the forms the
French, English and Russian press write. SPEC decides each side:
- a state's own institution stands for its state: aid and development agencies, export-credit
  banks and insurers, and the development finance institutions states own to carry their
  policy, even those incorporated as companies (Proparco, BII, DEG, FMO), as JBIC and KEXIM
  already are and as the annotated splits write them (JBIC `JPN`, ADFD `ARE`, SFD `SAU`);
- a sovereign fund that is a state's authority or fund (QIA, PIF, ADIA, OIA, Danantara, RDIF)
  is its state, as the annotated splits write QIA, OIA, Danantara and RDIF; one incorporated
  as an investment company (Mubadala, ADQ, Temasek, Khazanah, Samruk-Kazyna) is a company, a
  party of its own, as they write Mubadala and Samruk-Kazyna;
- a multilateral lender or fund is an organisation by its own name;
- a company, even a state's, is a party of its own, in Latin script as it writes itself.
Short acronyms that are words of a language or other bodies' acronyms are left out ("CAF",
the African football confederation; "KIA", the car maker; "BIO"; "EDF", also the European
Development Fund; "Sida", AIDS in French, is English only), and so are names that are also
people's or places' (Leonardo, Vinci, Bolloré, Suez) or common words (Safran, saffron).
"""

from __future__ import annotations

# A state's institutions, by names that hold no state's name (or hold it inside a name the
# press reads as a company's: "Korea Trade Insurance Corporation").
STATE_INSTITUTIONS: dict[str, list[str]] = {
    "JPN": [
        "NEXI", "Nippon Export and Investment Insurance", "JOGMEC",
        "Japan Organization for Metals and Energy Security",
        "Japan Oil, Gas and Metals National Corporation",
    ],
    "KOR": [
        "K-SURE", "K-Sure", "KSURE", "Korea Trade Insurance Corporation",
        "Korea International Cooperation Agency",
        "Economic Development Cooperation Fund",
    ],
    "DEU": ["DEG", "KfW Development Bank", "KfW IPEX-Bank"],
    "FRA": [
        "Proparco", "PROPARCO", "Bpifrance", "BPI France", "Expertise France",
    ],
    "USA": [
        "DFC", "U.S. International Development Finance Corporation",
        "US International Development Finance Corporation",
        "International Development Finance Corporation",
        "Millennium Challenge Corporation",
        "USTDA", "U.S. Trade and Development Agency", "US Trade and Development Agency",
        "Export-Import Bank of the United States",
    ],
    "GBR": ["UKEF", "BII", "British International Investment", "CDC Group", "FCDO"],
    "CHN": [
        "Sinosure", "China Export and Credit Insurance Corporation",
        "China Export & Credit Insurance Corporation", "Синошур",
    ],
    "TUR": ["Türk Eximbank", "Turk Eximbank", "Türk Exim", "Turkish Eximbank"],
    "SWE": ["Swedfund"],
    "NOR": ["Norfund"],
    "FIN": ["Finnfund"],
    "NLD": ["FMO", "Dutch entrepreneurial development bank"],
    "ESP": ["COFIDES"],
    "CHE": ["SECO", "SIFEM"],
    "ITA": ["AICS", "SIMEST", "SACE"],
    "LUX": ["LuxDev", "Lux-Development"],
    "BRA": ["BNDES", "Embrapa", "Apex-Brasil", "ApexBrasil"],
    "ISR": ["MASHAV"],
    "MAR": ["AMCI"],
    "KAZ": ["KazAID"],
    "RUS": ["ЭКСАР", "EXIAR", "Росэксимбанк", "Roseximbank"],
    # sovereign funds that are a state's authority or fund (the module's docstring)
    "QAT": ["QIA", "Qatar Investment Authority", "Катарское инвестиционное управление"],
    "SAU": [
        "PIF", "Public Investment Fund", "Суверенный фонд Саудовской Аравии",
    ],
    "ARE": ["ADIA", "Abu Dhabi Investment Authority", "Инвестиционное управление Абу-Даби"],
    "OMN": ["OIA", "Oman Investment Authority", "Инвестиционное управление Омана"],
    "IDN": ["Danantara", "Danantara Indonesia", "Данантара"],
    "NGA": ["NSIA", "Nigeria Sovereign Investment Authority"],
    "AGO": ["FSDEA", "Fundo Soberano de Angola"],
}  # fmt: skip

# Names a state goes by in one language only: "Sida", Sweden's agency in English, is AIDS in
# French («СПИД» in Russian).
STATE_NAMES_IN: dict[str, dict[str, list[str]]] = {"SWE": {"en": ["Sida"]}}

# Multilateral lenders and funds (no state's): their acronyms and names; the key is the
# acronym the organisation goes by, the code the text's own spelling (`_as_spelled`).
LENDERS: dict[str, dict[str, list[str]]] = {
    "EADB": {
        "acronyms": ["EADB"],
        "names": [
            "East African Development Bank",
            "Banque est-africaine de développement",
            "Banque de développement de l'Afrique de l'Est",
            "Восточноафриканский банк развития",
        ],
    },
    "ICD": {
        "acronyms": [],  # "ICD" is also Dubai's investment corporation
        "names": [
            "Islamic Corporation for the Development of the Private Sector",
            "Société islamique pour le développement du secteur privé",
            "Исламская корпорация по развитию частного сектора",
        ],
    },
    "ICIEC": {
        "acronyms": ["ICIEC"],
        "names": [
            "Islamic Corporation for the Insurance of Investment and Export Credit",
            "Société islamique d'assurance des investissements et des crédits à l'exportation",
            "Исламская корпорация по страхованию инвестиций и экспортных кредитов",
        ],
    },
    "IDB Invest": {"acronyms": [], "names": ["IDB Invest", "BID Invest"]},
    "Shelter Afrique": {"acronyms": [], "names": ["Shelter Afrique"]},
    "GCF": {
        "acronyms": ["GCF"],
        "names": [
            "Green Climate Fund",
            "Fonds vert pour le climat",
            "Зелёный климатический фонд",
            "Зеленый климатический фонд",
        ],
    },
    "GEF": {
        "acronyms": ["GEF"],
        "names": [
            "Global Environment Facility",
            "Fonds pour l'environnement mondial",
            "Глобальный экологический фонд",
        ],
    },
    "CEB": {
        "acronyms": [],  # "CEB" names other things
        "names": [
            "Council of Europe Development Bank",
            "Banque de développement du Conseil de l'Europe",
        ],
    },
    "Arab Fund": {
        "acronyms": ["AFESD", "FADES"],
        "names": [
            "Arab Fund for Economic and Social Development",
            "Fonds arabe pour le développement économique et social",
        ],
    },
    "CAF": {
        "acronyms": [],  # "CAF" is the African football confederation
        "names": [
            "Development Bank of Latin America",
            "Development Bank of Latin America and the Caribbean",
            "Banque de développement de l'Amérique latine",
            "Banque de développement de l'Amérique latine et des Caraïbes",
        ],
    },
    "FSA": {
        "acronyms": [],
        "names": ["Fonds de solidarité africain", "African Solidarity Fund"],
    },
}

# The Russian press's names of those lenders, in Latin script as they write themselves.
LENDER_LATIN: dict[str, str] = {
    "Восточноафриканский банк развития": "East African Development Bank",
    "Исламская корпорация по развитию частного сектора": (
        "Islamic Corporation for the Development of the Private Sector"
    ),
    "Исламская корпорация по страхованию инвестиций и экспортных кредитов": "ICIEC",
    "Зелёный климатический фонд": "Green Climate Fund",
    "Зеленый климатический фонд": "Green Climate Fund",
    "Глобальный экологический фонд": "Global Environment Facility",
}

# Sovereign funds incorporated as investment companies: parties of their own (home states).
FUND_COMPANIES: dict[str, str] = {
    "Khazanah": "MYS", "Khazanah Nasional": "MYS", "Mumtalakat": "BHR",
    "Ithmar Capital": "MAR", "Silk Road Fund": "CHN",
}  # fmt: skip

# State and large companies that sign with governments (oil, gas and power; nuclear, defence
# and aircraft; railways, ports and airlines; miners; builders, engineers and telecoms), by
# the names the press gives them without "company" before them, and their home states (SPEC:
# a company is a party of its own; its state no side of its agreements). Only the names the
# reader missed where no company's word introduces them: the acronyms and the names with a
# company's word it reads already, and adding them split a company named in full and by its
# short name in brackets into two parties.
COMPANIES: dict[str, str] = {
    "State Grid": "CHN", "State Grid Corporation of China": "CHN", "China Three Gorges": "CHN",
    "China Southern Power Grid": "CHN", "China Datang": "CHN", "China Huadian": "CHN",
    "China General Nuclear": "CHN", "BOTAŞ": "TUR", "Karpowership": "TUR", "Kalyon": "TUR",
    "Aramco": "SAU", "AMEA Power": "ARE", "Dubai Electricity and Water Authority": "ARE",
    "Emirates Global Aluminium": "ARE", "Qatar Petroleum": "QAT", "Nebras Power": "QAT",
    "Oman LNG": "OMN", "Bapco": "BHR", "Bharat Petroleum": "IND",
    "Power Grid Corporation of India": "IND", "Tata Power": "IND",
    "Korea Hydro and Nuclear Power": "KOR", "Eletrobras": "BRA", "Petroperu": "PER",
    "Petroecuador": "ECU", "Staatsolie": "SUR", "Pequiven": "VEN", "Corpoelec": "VEN",
    "Itaipu Binacional": "PRY", "Mapna": "IRN", "Petrobangla": "BGD", "Petrovietnam": "VNM",
    "PV Power": "VNM", "PT PLN": "IDN", "Srbijagas": "SRB", "Sonara": "CMR",
    "Kenya Pipeline Company": "KEN",
    "Hidroeléctrica de Cahora Bassa": "MOZ", "Rusatom Healthcare": "RUS",
    "Русатом Хэлскеа": "RUS", "Atomenergomash": "RUS", "Атомэнергомаш": "RUS",
    "Rusatom Service": "RUS", "Русатом Сервис": "RUS", "Almaz-Antey": "RUS",
    "Алмаз-Антей": "RUS", "Technopromexport": "RUS", "Технопромэкспорт": "RUS",
    "Rosatomflot": "RUS", "Атомфлот": "RUS", "Росатомфлот": "RUS", "Aselsan": "TUR",
    "Roketsan": "TUR", "Turkish Aerospace": "TUR", "TUSAŞ": "TUR", "Otokar": "TUR",
    "Norinco": "CHN", "Poly Technologies": "CHN", "Hindustan Aeronautics": "IND",
    "BrahMos Aerospace": "IND", "Hanwha Aerospace": "KOR", "Korea Aerospace Industries": "KOR",
    "Hyundai Rotem": "KOR", "Denel": "ZAF", "Dassault Aviation": "FRA", "Thales": "FRA",
    "Fincantieri": "ITA", "CCCC": "CHN", "China Merchants Port": "CHN",
    "COSCO Shipping": "CHN", "Sinomach": "CHN", "Yapı Merkezi": "TUR", "Limak": "TUR",
    "Türk Hava Yolları": "TUR", "Saudia": "SAU", "flydubai": "ARE", "Oman Air": "OMN",
    "Gulf Air": "BHR", "Abu Dhabi Ports": "ARE", "Afcons": "IND", "Korail": "KOR",
    "Korean Air": "KOR", "Vietjet": "VNM", "Garuda Indonesia": "IDN", "PT INKA": "IDN",
    "Air Algérie": "DZA", "Tunisair": "TUN", "Kenya Airways": "KEN",
    "Air Sénégal": "SEN", "Air Peace": "NGA", "Royal Air Maroc": "MAR", "EgyptAir": "EGY",
    "RwandAir": "RWA", "Air Côte d'Ivoire": "CIV", "Air Tanzania": "TZA", "Air Burkina": "BFA",
    "Air Mauritius": "MUS", "Air Seychelles": "SYC", "Air Zimbabwe": "ZWE", "Air India": "IND",
    "Air Botswana": "BWA", "Air Namibia": "NAM", "Air Tchad": "TCD", "Camair-Co": "CMR",
    "Somon Air": "TJK", "Air Arabia": "ARE", "Cubana": "CUB", "Conviasa": "VEN",
    "Vietnam Airlines": "VNM", "Malaysia Airlines": "MYS", "Uganda Airlines": "UGA",
    "Philippine Airlines": "PHL", "Azerbaijan Airlines": "AZE", "Turkmenistan Airlines": "TKM",
    "Mauritania Airlines": "MRT", "Kuwait Airways": "KWT", "South African Airways": "ZAF",
    "SriLankan Airlines": "LKA", "Cabo Verde Airlines": "CPV", "Madagascar Airlines": "MDG",
    "Belavia": "BLR", "Uzavtosanoat": "UZB",
    "Zijin Mining": "CHN", "China Minmetals": "CHN", "Chinalco": "CHN",
    "Jiangxi Copper": "CHN", "Ganfeng Lithium": "CHN", "Tsingshan": "CHN", "Vedanta": "IND",
    "Tata Steel": "IND", "Doosan Enerbility": "KOR", "Endiama": "AGO", "Catoca": "AGO",
    "Namdeb": "NAM", "Eramet": "FRA",
    "Manara Minerals": "SAU", "Navoiyuran": "UZB", "Navoi Mining": "UZB", "Almalyk MMC": "UZB",
    "Kazakhmys": "KAZ", "Kazzinc": "KAZ", "Anglo American": "GBR", "AngloGold Ashanti": "ZAF",
    "Gold Fields": "ZAF", "B2Gold": "CAN", "Endeavour Mining": "GBR", "Ivanhoe Mines": "CAN",
    "Misr Phosphate": "EGY", "Compagnie des phosphates de Gafsa": "TUN",
    "Arab Contractors": "EGY", "Orascom": "EGY", "Elsewedy Electric": "EGY",
    "Petrojet": "EGY", "Pupuk Indonesia": "IDN",
    "Semen Indonesia": "IDN", "Bio Farma": "IDN", "MIND ID": "IDN", "Antam": "IDN",
    "Pindad": "IDN", "PT Dirgantara Indonesia": "IDN", "Olam": "SGP", "Toyota Tsusho": "JPN",
    "Marubeni": "JPN", "Itochu": "JPN", "Hitachi Energy": "CHE", "Siemens Energy": "DEU",
    "Siemens": "DEU", "Alstom": "FRA", "Engie": "FRA", "Électricité de France": "FRA",
    "Bouygues": "FRA", "Eiffage": "FRA", "CMA CGM": "FRA",
    "Veolia": "FRA", "Enel": "ITA", "Webuild": "ITA", "Saipem": "ITA", "Equinor": "NOR",
    "Chevron": "USA", "General Electric": "USA", "GE Vernova": "USA", "Suzano": "BRA",
    "Andrade Gutierrez": "BRA", "Marcopolo": "BRA",
    "Ethio Telecom": "ETH", "Airtel Africa": "GBR",
    "Moov Africa": "MAR", "Maroc Telecom": "MAR",
    # short names in brackets after a name the reader takes for its state's ("Vietnam
    # Electricity (EVN)"): the company's party by that short name
    "EVN": "VNM", "NNPC Ltd": "NGA",
}  # fmt: skip

# Russian spellings of those companies and of other foreign ones, in Latin as they write
# themselves (the Russian press transcribes them).
COMPANY_LATIN: dict[str, str] = {
    "Aramco": "Saudi Aramco",
    "Русатом Хэлскеа": "Rusatom Healthcare", "Атомэнергомаш": "Atomenergomash",
    "Русатом Сервис": "Rusatom Service", "Алмаз-Антей": "Almaz-Antey",
    "Технопромэкспорт": "Technopromexport", "Атомфлот": "Rosatomflot",
    "Росатомфлот": "Rosatomflot", "Интер РАО": "Inter RAO",
    "Петробрас": "Petrobras", "Пертамина": "Pertamina", "Петронас": "Petronas",
    "Сонатрак": "Sonatrach", "Сонатрач": "Sonatrach", "Сауди Арамко": "Saudi Aramco",
    "Арамко": "Aramco", "АДНОК": "ADNOC", "Масдар": "Masdar", "Сабик": "SABIC",
    "Асельсан": "Aselsan", "Рокетсан": "Roketsan", "Байкар": "Baykar",
    "Туркиш Эрлайнс": "Turkish Airlines", "Турецкие авиалинии": "Turkish Airlines",
    "Катар Эйрвейз": "Qatar Airways", "Катарские авиалинии": "Qatar Airways",
    "Эфиопские авиалинии": "Ethiopian Airlines", "Сонангол": "Sonangol", "Эском": "Eskom",
    "Транснет": "Transnet", "Эндиама": "Endiama", "Кодельсо": "Codelco", "Пемекс": "Pemex",
    "Экопетроль": "Ecopetrol", "Эмбраер": "Embraer", "Самсунг": "Samsung",
    "Хендай": "Hyundai", "Хёндэ": "Hyundai", "Хундай": "Hyundai",
    "Сименс": "Siemens", "Боинг": "Boeing", "Эйрбас": "Airbus", "Эйрбус": "Airbus",
    "Тоталь": "TotalEnergies", "Орано": "Orano", "Эквинор": "Equinor",
    "Сонелгаз": "Sonelgaz", "Синохайдро": "Sinohydro",
    "Узавтосаноат": "Uzavtosanoat", "Узбекистон хаво йуллари": "Uzbekistan Airways",
    "Узбекские авиалинии": "Uzbekistan Airways", "Эйр Астана": "Air Astana",
    "Навоийуран": "Navoiyuran", "КЕГОК": "KEGOC",
    "Азерэнержи": "Azerenerji", "Белавиа": "Belavia", "Казцинк": "Kazzinc",
}  # fmt: skip

# Russian and Central Asian companies by Cyrillic names the first vocabulary knew only after
# a company's word (`COMPANY_TRIGGERS`); never a common word in any case form.
CYRILLIC_COMPANIES: list[str] = [
    "Интер РАО", "Сибур", "СИБУР", "Мечел", "Ростсельмаш", "Вертолёты России",
    "Вертолеты России", "Почта России", "БелАЗ",
]  # fmt: skip
COMPANY_HOMES: dict[str, str] = {
    "Azerenerji": "AZE",
}  # fmt: skip
