"""Titles and roles of people in French, English and Russian text.

Separate from `people` because it is vocabulary and patterns: which words are
titles ("président", "Minister", «министр»), which capitalised words are never
part of a name, and how a role next to a name is read.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from suivi.reading.context import Context
from suivi.reading.nlp import russian_parses
from suivi.reading.office_holders import holder_party

# Words cut from the start of a name candidate (folded: lower case, no accents).
TITLE_WORDS = {
    "president", "presidente", "ministre", "premier", "m", "mme", "mlle", "dr", "pr", "me",
    "s.e",  # "S.E. M. …": Son Excellence in a communiqué ("h.e" is with the honorifics)
    "colonel", "colonel-major", "lieutenant-colonel", "general", "capitaine", "commandant", "lieutenant", "marechal", "generale",
    "son", "sa", "excellence", "monsieur", "madame", "ambassadeur", "ambassadrice", "roi",
    "reine", "cheikh", "imam", "docteur", "professeur", "homologue", "chef", "sieur",
    "president-directeur", "prime", "minister", "king", "queen", "mr", "mrs", "ms", "sir",
    "his", "her", "majesty", "ambassador", "secretary", "deputy", "foreign", "head", "sheikh",
    "vice-president", "vice-ministre", "vice", "corps", "armee", "d'armee", "de",
    "президент", "министр", "посол", "глава", "премьер-министр", "генерал", "господин",
    "замминистра", "заместитель", "председатель", "вице-премьер", "мид", "минэнерго",
    "минфин", "минобороны", "минэкономразвития", "минпромторг", "минобрнауки", "минздрав",
    "минтранс", "минсельхоз", "минприроды", "минюст", "мвд", "гендиректор", "спикер", "принц",
    "король", "эмир", "шейх", "наследный", "генсек", "секретарь",
    # honorifics and ranks of Gulf, Commonwealth and federal states
    "prince", "princesse", "princess", "crown", "emir", "sultan", "hon", "honourable",
    "honorable", "h.e", "excellency", "highness", "governor", "gouverneur", "senator",
    "senateur", "султан", "губернатор", "sayyid",
    # a press release's honorifics and the occupations that introduce a speaker
    "prof", "professor", "eng", "engr", "amb", "analyst", "economist", "researcher", "expert",
    "analyste", "economiste", "chercheur", "chercheuse", "experte",
    # titles written with a hyphen ("AfCFTA Secretary-General Wamkele Mene")
    "secretary-general", "director-general", "attorney-general", "solicitor-general",
    "auditor-general", "inspector-general", "governor-general", "commissioner-general",
    "undersecretary", "under-secretary", "vice-minister", "deputy-minister",
    # offices in the plural before two coordinated names ("Presidents X and Y", "Prime
    # Ministers X and Y", "les présidents X et Y"): the first name's title, no part of it
    "presidents", "presidentes", "ministers", "ministres", "ambassadors", "ambassadeurs",
    # military ranks
    "admiral", "rear", "marshal", "commodore", "brigadier", "major", "col", "gen", "brig",
    "capt", "lt", "maj", "air", "adviser", "advisor",
    # a company's offices before a name ("DGPC Managing Director X", "Chief Executive Y")
    "managing", "director", "executive", "chairman", "chairwoman", "chairperson", "senior",
    # the finance minister of Westminster states ("Treasurer Jim Chalmers", "PNG Treasurer X")
    "treasurer",
}  # fmt: skip
# Offices a press writes by their initials before a name ("CS Rebecca Miano", "PS Alfred
# K'Ombudo", "DG X"): a role, not a South Asian name's initials ("KP Sharma Oli").
ROLE_INITIALS = {
    "CS", "PS", "DG", "MD", "GM", "VP", "PM", "DPM", "SG", "AG", "HE", "HH", "HRH", "DCS",
}  # fmt: skip

# Honorifics of many countries written before a name and no part of it (folded, without
# their stops): Bhutan's Dasho and Lyonpo; Nigeria's Alhaji, Mallam and Chief, and its
# press's Arc. (architect), Barr. (barrister), Sen., Gov.; Fiji's Ratu; Malaysia's Tun,
# Datuk, Dato', Datin; Brunei's Pehin; India's Shri, Smt.
HONORIFICS = {
    "dasho", "lyonpo", "alhaji", "alhaja", "alh", "hajia", "mallam", "malam", "chief", "ratu",
    "tun", "datuk", "dato", "dato'", "dato’", "datin", "pehin", "shri", "shrimati", "smt",
    "arc", "barr", "sen", "gov",
    # Cambodian: "Samdech Hun Sen", "Oknha Ly Yong Phat"
    "samdech", "oknha",
}  # fmt: skip
# Honorifics of two words, whose words alone may be names ("Tan" a Chinese surname, "Sri" an
# Indonesian given name, "Justice" a Ghanaian one): "Tan Sri", "Puan Sri", "Toh Puan",
# "Datuk Seri", "Dato' Sri", "Chief Justice".
HONORIFIC_PAIRS = {
    ("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("datuk", "seri"), ("dato", "seri"),
    ("dato", "sri"), ("dato'", "seri"), ("dato'", "sri"), ("dato’", "seri"), ("dato’", "sri"),
    ("pehin", "dato"), ("datuk", "sri"), ("chief", "justice"),
    # "Samdech Thipadei Hun Manet", "Samdech Techo Hun Sen"
    ("samdech", "thipadei"), ("samdech", "techo"),
}  # fmt: skip
# The same before a name in English text: a title that introduces it ("Dasho Tshering
# Tobgay", "Alhaji Aliko Dangote"); "Chief" only where no office follows ("Chief Executive").
_HONORIFIC_EN = (
    r"(?:Dasho|Lyonpo|Alhaji|Alhaja|Alh\.|Hajia|Mallam|Ratu|Tun|Tan\s+Sri|Puan\s+Sri"
    r"|Toh\s+Puan|Datuk(?:\s+S(?:e)?ri)?|Dato['’]?(?:\s+S(?:e)?ri)?|Datin|Pehin(?:\s+Dato)?"
    r"|Shri|Smt\.?|Arc\.|Barr\.|Sen\.|Gov\.|Samdech(?:\s+(?:Thipadei|Techo))?|Oknha"
    r"|Chief(?!\s+(?:Executive|Operating|Financial|Justice|Whip|Secretary|Minister|Economist"
    r"|Negotiator|Officer|Commissioner|Inspector|Director|Judge|Medical|Technical|Information"
    r"|Scientist|Superintendent|Engineer|Editor|Investment|Strategy|Risk|Advis[eo]rs?|Of|of)\b))"
)

# Capitalised words that mark an institution, a place or a heading, never a person.
NOT_NAME_WORDS = {
    "commission", "ministere", "ministre", "accord", "accords", "conseil", "banque", "alliance",
    "republique", "transition", "forces", "palais", "gouvernement", "etat", "etats", "union",
    "assemblee", "nations", "agence", "societe", "direction", "port", "universite", "ecole",
    "hopital", "aeroport", "sommet", "forum", "session", "programme", "projet", "fonds",
    "communique", "affaires", "cooperation", "federation", "royaume", "president", "minister",
    "ministry", "agreement", "council", "bank", "republic", "government", "state", "states",
    "committee", "comite", "conference", "coronavirus", "covid", "fama", "primature",
    "koulouba", "maison", "afrique", "africa", "sahel", "grande", "mixte", "nord", "sud",
    "est", "ouest", "north", "south", "west", "east", "kremlin", "monsieur", "madame",
    "государственная", "дума", "госдума", "федерации", "республики", "комиссии", "совет",
    "министерство", "правительство", "россия", "мали", "сахеля", "цк", "training", "employment",
    "affairs", "trade", "industry", "development", "health", "education", "authority",
    "corporation", "company", "airways", "airlines", "university", "institute", "foundation",
    "agency", "airport", "crossing", "railway", "energy", "petroleum", "mining", "pharma",
    "farma", "holdings", "group", "bridge", "corridor", "summit", "the", "chamber", "assembly",
    "national", "initiative", "community", "commerce", "association", "network", "center",
    "centre", "office", "board", "court", "party", "movement", "front", "army", "police",
    # facilities and places named after people or towns ("Dangote Refinery")
    "refinery", "plant", "factory", "mine", "dam", "hotel", "stadium", "hospital", "station",
    "terminal", "palace", "market", "pipeline", "highway", "road", "basin", "river", "lake",
    "island", "islands", "county", "province", "region", "district", "city", "zone",
    "raffinerie", "usine", "barrage", "stade", "gare", "canal", "capital", "industries",
    "telecom", "telecoms", "park", "memorial", "square", "tower", "towers", "mall", "cement",
    "steel", "motors", "oil", "gas", "power", "electric", "rail", "railways", "logistics",
    "shipping", "ports", "media", "news", "times", "tribune", "herald", "gazette", "radio",
    "television", "broadcasting",
    # portfolios' words ("Minister for Water Resources and Irrigation X", "Minister of Foreign
    # Affairs, African Integration and Guineans Abroad, X")
    "resources", "irrigation", "investment", "livestock", "fisheries", "integration", "abroad",
    # offices of a state ("Oman's Directorate General of Standardisation")
    "directorate", "department", "bureau", "secretariat", "inspectorate", "administration",
    # a ministry's division ("the Economic Relations Division", "la Division des traités")
    "division", "divisions",
    # a project's stage by its number ("Project, Phase II", "la Tranche III", «Фаза II»)
    "phase", "tranche", "stage", "фаза", "этап",
    # humanitarian societies and funds ("Russian Red Cross", «Красный Крест»)
    "cross", "crescent", "croix", "croissant", "society", "societies", "fund", "funds",
    "крест", "креста", "полумесяц", "полумесяца", "фонд", "фонда", "общество",
    # firms an analyst speaks for ("Rich Management", "Capital Economics", "Control Risks")
    "management", "partners", "consulting", "advisory", "securities", "ventures",
    "investments", "economics", "research", "risks", "associates", "solutions", "institut",
    # a state's forces of order after a nationality ("the Philippine Coast Guard", "la
    # Gendarmerie Royale marocaine", "the Nigerian Customs Service")
    "guard", "guards", "coastguard", "navy", "gendarmerie", "garde", "gardes", "customs",
    "douane", "douanes", "militia", "brigade", "battalion", "regiment", "fleet", "service",
    "гвардия", "гвардии",
    # a determiner or a number opening a described unnamed speaker ("One Egyptian official
    # said", "Another Kenyan diplomat"), and a technology park's word ("Tanger Tech")
    "one", "another", "tech",
    # a government's cabinet after its chair's title («заместитель Председателя Кабинета
    # Министров», «Председатель Кабинета министров»)
    "кабинет", "кабинета", "кабинетом", "министров",
}  # fmt: skip

_TITLE_FR = (
    # (ranks of the Sahel's armies: "le colonel-major X", "le lieutenant-colonel X")
    r"(?:pr[ée]sident(?:e)?s?|ministres?|Premier ministre|ambassad(?:eur|rice)s?"
    r"|(?:lieutenant-)?colonel(?:-major)?|"
    r"g[ée]n[ée]ral|capitaine|commandant|roi|M\.|Mme|Dr|Monsieur|Madame|Son Excellence"
    r"|gouverneur|prince|émir|cheikh|Pr\.?|[Pp]rofesseur|[ée]conomiste|analyste"
    r"|chercheu(?:r|se)|experte?)"
)
_TITLE_EN = (
    r"(?:(?i:presidents?|prime ministers?|ministers?|foreign ministers?|kings?|ambassadors?|"
    r"secretary|premier|sheikh|counterparts?|governors?|crown prince|prince|emir|sultan|"
    # heads of companies, offices and assemblies ("Chief of Staff Femi Gbajabiamila")
    r"chief of staff|chief executive(?: officer)?|chairman|chairperson|chairwoman|"
    r"director[- ]general|managing director|commissioner|spokes(?:man|woman|person)|envoy|"
    r"(?:secretary|attorney|solicitor|auditor|inspector)[- ]general|under-?secretary|"
    r"vice[- ]ministers?|treasurer|"
    r"senator|professor|analyst|economist|researcher|expert)"
    # Westminster honorifics: "Senator the Hon Penny Wong", "the Rt Hon X", "the Honourable X"
    r"|[Tt]he\s+(?:Rt\.?\s+|Right\s+)?Hon(?:ourable|orable)?\b\.?"
    # a press release's honorifics: "Prof. X", "Eng. X" (an engineer), "Amb. X"
    r"|CEO|CS|PS|DG|DPM|HRH|HH|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Hon\.|H\.E\.|Prof\.?|Eng\.|Engr\.?|Amb\."
    # military ranks ("Rear Admiral X", "Air Marshal X", "Maj. Gen. X")
    r"|(?:Rear\s+|Vice\s+)?Admiral|Air\s+(?:Chief\s+|Vice\s+)?Marshal|Commodore|Brigadier"
    r"|(?:Lieutenant|Major|Brigadier)[- ]General|Col\.|Gen\.|Brig\.|Capt\.|Lt\.|Maj\."
    rf"|{_HONORIFIC_EN})"
)
_HONORIFIC_NAME = re.compile(rf"{_HONORIFIC_EN}\s+[A-Z][\w'’-]+\s+[A-Z]")


def opens_with_honorific(name: str) -> bool:
    """ "Pehin Dato Erywan Yusof", "Alhaji Aliko Dangote": a name an honorific opens, which
    the English NER labels ORG at times, is a person's, not an organisation's."""
    return bool(_HONORIFIC_NAME.match(name))


# Letters after a name that are no part of it ("the Hon Justin Tkatchenko MP").
POST_NOMINALS = {"MP", "MPs", "MHA", "MLA", "MNA", "OBE", "CBE", "KBE", "GCMG", "QC", "KC", "SC"}
_TITLE_RU = (
    r"(?:[Пп]резидент|[Мм]инистр|[Пп]осол|[Гг]лава|[Пп]ремьер-министр|генерал"
    # «председатель правительства», «гендиректор», «пресс-секретарь», «спецпредставитель»
    r"|[Пп]редседател|[Гг]ендиректор|[Гг]енеральн\w+ директор|[Пп]ресс-секретар"
    r"|[Сс]пецпредставител|[Пп]олпред|[Гг]убернатор|[Сс]пикер|[Вв]ице-премьер)"
)
# Given names written short with a stop, as their bearers write them: "Ma." (María, in
# Filipino names: "Ma. Theresa Lazaro"), "Mohd." and "Muh." (Mohammed, in Malaysian and
# Indonesian names), "Md." (Mohammad, in Bangladeshi names: "Md. Shahidul Alam"), "Wm."
# (William). The stop ends no sentence there.
GIVEN_ABBREVIATIONS = ("Ma", "Mohd", "Md", "Muh", "Wm")
GIVEN_ABBREVIATION = rf"(?:{'|'.join(GIVEN_ABBREVIATIONS)})\."
# A first name may be initials alone: "S. Jaishankar", "J.-P. Sanou", «С. Лавров».
_NAME = (
    r"(?P<name>(?:[A-ZÀ-ÝА-ЯЁ][\w'’-]+|[A-ZÀ-ÝА-ЯЁ]\.(?:-?[A-ZÀ-ÝА-ЯЁ]\.)*"
    rf"|{GIVEN_ABBREVIATION}(?=\s+[A-Z][a-z]))"
    r"(?:\s+(?:(?:v[ao]n\s+de[rn]|de|da|el|al|ben|bin|ould|ag|mint|van|von)\s+)?"
    r"(?:[A-ZÀ-ÝА-ЯЁ]\.|[A-ZÀ-ÝА-ЯЁ][\w'’-]+)){1,4})"
)
_AND_NAME = _NAME.replace("?P<name>", "?P<other>")
# A Russian surname after one or two initials, glued or not («А.В.Клименко», «С. Лавров»): the
# shape official prose gives people, whatever title (or none) stands before it
_RU_INITIALLED = re.compile(r"(?<![\w.])(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?")
_TITLED = {
    "fr": re.compile(
        rf"\b{_TITLE_FR}\s+(?:[a-zà-ÿ'’-]+\s+){{0,6}}?{_NAME}(?:\s+et\s+{_AND_NAME})?"
    ),
    "en": re.compile(rf"\b{_TITLE_EN}\s+{_NAME}(?:\s+and\s+{_AND_NAME})?"),
    # «министр минеральных ресурсов, нефти и газа X»: a comma inside a portfolio
    "ru": re.compile(
        rf"{_TITLE_RU}(?:[^.,;]|,(?=\s+[а-яё])){{0,80}}?\s+{_NAME}(?:\s+и\s+{_AND_NAME})?"
    ),
}
# "<role>, <Name>" where the role may run for a few words ("ministre des Affaires étrangères").
_APPOSED = re.compile(
    rf"\b(?:{_TITLE_FR}|{_TITLE_EN}|{_TITLE_RU}|(?i:head|chief|chef|directeur|director))"
    # (an acronym or a short name in brackets inside: "le directeur général du Fonds
    # saoudien pour le développement (FSD), Sultan Al-Marshad")
    rf"(?:[^.;:!?«»“”()]|\([^.;:!?«»“”()]{{1,40}}\)){{0,90}}?,\s+{_NAME}"
    rf"(?:\s+(?:et|and|и)\s+{_AND_NAME})?"
)

ROLE_HEAD = re.compile(
    r"(?<!\w)(?i:(?:vice-|premier |prime |first |deputy )?(?:pr[ée]sident(?:e)?(?!i[ae]l)|ministre|minister|"
    # the heir of a kingdom or an emirate, often its head of government too ("…, Crown Prince
    # and Prime Minister, chaired"), «наследный принц»
    r"crown prince|prince h[ée]ritier|наследн\w+ принц\w*|"
    r"ambassad(?:eur|rice|or)|secr[ée]taire g[ée]n[ée]ral|secretary|directeur|directrice|director|"
    r"chef de l'[ée]tat|chef de la diplomatie|conseiller|repr[ée]sentant|head|king|roi|"
    r"президент(?!ск)|министр|заместитель министра|посол|глава|руководитель|премьер-министр))"
)
# A role runs over its portfolio's enumeration (", de la Coopération et des ...", "of Energy,
# Transport and Railways") but not over other clauses.
_ROLE_BODY = (
    # (not over a spaced slash: "X, ministre de l'Intérieur / Y, ministre de l'Intérieur"
    # pairs two signers, each with a role)
    r"(?:(?!\s/\s)[^,;.()«»“”\d]|,\s*(?=(?:et\s+)?(?:de|des|du|d'|d’|of)\b)"
    # a portfolio added to it: "ministre de l'Économie, chargé de l'Industrie", "Minister of
    # Finance, in charge of Planning"
    r"|,\s*(?=(?:charg[ée]e?|in\s+charge)\s+(?:de|des|du|d'|d’|of)\b)"
    r"|,\s*(?=[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?:and|et)\s)){0,150}?"
)
# Between a role and the name: a rank or an honorific ("le Général de Corps d'Armée").
_ROLE_GAP = re.compile(
    rf"(?P<body>{_ROLE_BODY})\s*,?\s*(?:(?:le|la|l'|l’|the|M\.|Mme|Dr)\s+)?"
    rf"(?:(?:[A-ZÀ-Ýa-zà-ÿ][\w'’.-]*)\s+){{0,4}}"
)
# A rank before the office in an apposed role ("X, Federal Minister for ...", "X, Union
# Minister of ...", "X, Acting Ambassador", «X, федеральный министр ...»), and the heads of
# funds and firms ("X, Chief Executive Officer of the Fund", "X, Managing Director of ...",
# "X, président-directeur général de ...", «X, генеральный директор ...»).
_RANK = r"(?:(?i:federal|union|acting|interim|f[ée]d[ée]ral|par int[ée]rim|федеральн\w+)\s+)?"
_FIRM_HEAD = (
    r"(?i:chief executive(?: officer)?|managing director|chief operating officer|ceo\b"
    r"|pr[ée]sident[- ]directeur g[ée]n[ée]ral|генеральн\w+ директор\w*)"
)
_ROLE_AFTER = re.compile(
    rf"^\s*,\s*(?:(?:le|la|l'|l’|the)\s+)?"
    rf"(?P<role>(?:{_RANK}{ROLE_HEAD.pattern}|{_FIRM_HEAD}){_ROLE_BODY})(?=[,;.()]|\s/\s|$)"
)
_PLURAL = re.compile(r"\b(ministre|pr[ée]sident|ambassadeur|minister|president)s\b", re.I)
_BOTH = re.compile(r"\s+(?:des deux pays|of the two countries|двух стран)\b.*$")


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_demonym(word: str) -> bool:
    """ "Malien", "Algérien", "Russian": a nationality before a name, not part of it."""
    from suivi.reading.gazetteer import kind_of_word

    return any(kind_of_word(word, lang) == "adjective" for lang in ("fr", "en"))


def titled_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of names that follow a title ("le président Vladimir Poutine", "Minister X")."""
    spans = []
    titled = _TITLED.get(lang, _TITLED["fr"])
    at = 0
    while match := titled.search(text, at):
        spans.append(match.span("name"))
        at = match.end()
        if match.group("other") and _holds_title(match.group("other")):
            at = match.start("other")  # "X and Saudi Energy Minister Prince Y": Y's own title
        elif match.group("other"):
            spans.append(match.span("other"))
    for match in _APPOSED.finditer(text):  # "Les ministres ..., X et Y"
        spans.append(match.span("name"))
        if match.group("other"):
            spans.append(match.span("other"))
    spans += _apposed_after_enumeration(text)
    spans += [m.span("name") for m in _SIGNED_QUOTE.finditer(text)]
    spans += [m.span("name") for m in _HONOURED_ONE_NAME.finditer(text)]
    if lang == "ru":
        spans += [m.span() for m in _RU_INITIALLED.finditer(text)]
    if lang == "fr":
        spans += [m.span("name") for m in _BEFORE_APPOSED_ROLE_FR.finditer(text)]
    if lang == "en":
        spans += _after_portfolio(text)
        spans += [m.span("name") for m in _BEFORE_APPOSED_ROLE.finditer(text)]
    return spans


# Words of an English portfolio ("Minister for Energy, Water Resources and Irrigation"),
# beside `NOT_NAME_WORDS` and `TITLE_WORDS`: a portfolio's last word, never a given name.
PORTFOLIO_WORDS = {
    "agriculture", "livestock", "fisheries", "irrigation", "water", "resources", "mines",
    "minerals", "investment", "investments", "finance", "planning", "economy", "economic",
    "defence", "defense", "interior", "justice", "international", "tourism", "culture",
    "transport", "infrastructure", "works", "housing", "lands", "land", "environment",
    "climate", "labour", "labor", "youth", "sports", "sport", "women", "gender", "family",
    "social", "welfare", "security", "home", "information", "communications", "technology",
    "innovation", "science", "research", "digital", "public", "service", "services", "local",
    "rural", "urban", "enterprise", "enterprises", "business", "electricity", "aviation",
    "maritime", "roads", "highways", "telecommunications", "immigration", "diaspora",
    "regional", "integration", "cooperation", "overseas", "treasury", "budget", "revenue",
    "customs", "food", "forestry", "wildlife", "heritage", "arts", "religious", "cooperatives",
    "affairs", "trade", "industry", "development", "health", "education", "energy", "state",
    "commonwealth", "relations", "external", "abroad", "nationals", "statistics", "promotion",
    "natural", "mineral", "change",
}  # fmt: skip
# A head of a portfolio, "of"/"for", then the portfolio's capitalised words and their joints
# up to the name: "Minister of State for Trade and Investment Olusegun Adebayo".
_PORTFOLIO = re.compile(
    r"\b(?:Minister|Secretary|Commissioner|Undersecretary|Under-Secretary)\s+(?:of|for)\s+"
    r"(?P<run>[A-Z][\w'’-]*(?:(?:\s*,\s*|\s+)(?:(?:and|of|for|the|&)\s+)*"
    r"(?:(?:bin|bint|ibn|ould|al|el|de|da|van|von)\s+)?[A-Z][\w'’-]*)*)"
)
# Where a run of capitalised words passes on to another person's title or state.
_NEXT_HOLDER = re.compile(
    r"(?:\s*,\s*|\s+and\s+)(?=[A-Z][\w-]*['’]s\b|(?:[A-Z][\w'’-]*\s+){0,2}"
    r"(?:Minister|Secretary|President|Ambassador|Commissioner|Governor)\b)"
)
_JOINT = re.compile(r"\s*,\s*|\s+(?:(?:and|of|for|the|&)\s+)+")


def _after_portfolio(text: str) -> list[tuple[int, int]]:
    """ "Minister of Foreign Affairs and Foreign Trade Kerrie Symmonds": the name is what is
    left of the last capitalised run of the portfolio once its portfolio words are cut; where
    an unknown portfolio word leads ("Minister for Cooperatives Baburam X"), the name starts
    at a given name the dictionary knows."""
    from suivi.reading.english_names import first_names

    spans = []
    for match in _PORTFOLIO.finditer(text):
        run_start = match.start("run")
        run = match.group("run")
        other = _NEXT_HOLDER.search(run)  # "X and Ghana's Minister for Foreign Affairs Y"
        run = run[: other.start()] if other else run
        pieces = _JOINT.split(run)
        last = pieces[-1]
        start = run_start + run.rfind(last)
        words = [(m.start() + start, m.group()) for m in re.finditer(r"\S+", last)]
        vocabulary = PORTFOLIO_WORDS | NOT_NAME_WORDS | TITLE_WORDS
        while words and _fold(words[0][1]) in vocabulary:
            words.pop(0)
        # "Minister of Natural Resources Mohlomi Moleko": the name starts after the
        # portfolio's last word ("Resources"), whatever unknown word opened it ("Natural"),
        # but a title word before a lineage is a given name ("Sultan bin Saad Al-Muraikhi")
        last = max(
            (
                i
                for i, (_, w) in enumerate(words[:-2])
                if _fold(w) in vocabulary
                and _fold(words[i + 1][1]) not in ("bin", "ibn", "bint", "ben", "ould")
            ),
            default=None,
        )
        if last is not None:
            words = words[last + 1 :]
        if len(words) > 2 and words[0][1].lower() not in first_names():
            given = next((i for i, (_, w) in enumerate(words) if w.lower() in first_names()), 0)
            words = words[given:]
        if 2 <= len(words) <= 6:  # "Qais bin Mohammed Al Yousef": `people.is_name` judges
            spans.append((words[0][0], words[-1][0] + len(words[-1][1])))
    return spans


def _holds_title(words: str) -> bool:
    """Whether a run of capitalised words holds a title ("Energy Minister Prince")."""
    return any(
        _fold(w).strip(".") in TITLE_WORDS - {"de"} and w[:1].isupper() for w in words.split()
    )


_APPOSED_NAME = re.compile(rf",\s+{_NAME}")
# A name its office follows in apposition: "Korir Sing'oei, the principal secretary for
# foreign affairs,", "X, its chief executive,"; `people.is_name` drops institutions.
_BEFORE_APPOSED_ROLE = re.compile(
    rf"(?<![\w'’.-]){_NAME}(?=,\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:deputy|principal|permanent|chief|senior|acting|executive|general|managing"
    r"|foreign|finance|trade|special)\s+)*"
    r"(?:secretary|minister|ambassador|envoy|head|chairman|chairperson|chairwoman|director"
    r"|director-general|secretary-general|spokes(?:person|man|woman)|governor|adviser|advisor"
    r"|commissioner|representative|coordinator|executive|ceo|president|vice-president)\b)"
)
# The same in French, as a list of signers writes them: "… ; Fatma Ben Salah, ministre de
# l'Industrie / Amina Diallo, ministre de la Culture", "X, la directrice générale de …"
_BEFORE_APPOSED_ROLE_FR = re.compile(
    rf"(?<![\w'’.-]){_NAME}(?=,\s+(?:le\s+|la\s+|l['’])?(?:(?:vice-|premi(?:er|ère)\s+)?"
    r"(?:ministre|secr[ée]taire|ambassad(?:eur|rice)|directeur|directrice|pr[ée]sidente?"
    r"|gouverneur|commissaire|conseill(?:er|ère)|repr[ée]sentante?|cheffe?|porte-parole)\b))"
)
# One name alone after an honorific and before its role, as communiqués write those who bear
# one name only (many Indonesians): "H.E. Sugiono, Minister of Foreign Affairs", "S.E. M.
# Sugiono, ministre des Affaires étrangères", "His Excellency Boediono, Vice-President".
_HONOURED_ONE_NAME = re.compile(
    r"(?:\b(?:H\.\s?E\.|S\.\s?E\.|His\s+Excellency|Her\s+Excellency|Son\s+Excellence)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|M|Mme)\.?\s+)?"
    # a civility alone says it as well: "la délégation indonésienne par M. Sugiono, ministre
    # des Affaires étrangères", "led by Mr Boediono, Vice-President"
    r"|\b(?:Mr|Mrs|Ms|M|Mme)\.?\s+)(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,})"
    r"(?=,\s+(?:the\s+|le\s+|la\s+)?(?:(?:Deputy|Prime|Vice|First|Premier)[\s-]+)?"
    r"(?i:minister|ministre|president|pr[ée]sident|ambassador|ambassadeur|secretary|governor"
    r"|speaker|chairman|chairperson)\b)"
)


def honoured_one_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one name alone after an honorific and before its role
    (`_HONOURED_ONE_NAME`): a person's whole name, though one word."""
    return any(
        m.span("name") == (start, end)
        for m in _HONOURED_ONE_NAME.finditer(text, max(0, start - 40), min(len(text), end + 60))
    )


# A quotation signed after a dash, as press releases print it: "… together." — Name, Role
_SIGNED_QUOTE = re.compile(rf"[”\"»]\s*[—–]\s*{_NAME}(?=\s*(?:,|\(|$))", re.M)
_CLAUSE_END = re.compile(r"(?<!\b[A-ZÀ-ÝА-ЯЁ])\.|[;:!?«»“”()]")  # not the stop of an initial


def _apposed_after_enumeration(text: str) -> list[tuple[int, int]]:
    """ "Minister of Foreign Affairs, Regional Cooperation and Burkinabe Abroad, Karim Sanon".

    The portfolio's enumeration holds capitalised words that `_APPOSED` takes for the
    name; every later ", Name" of the same clause is a candidate too (`people.is_name`
    sorts them).
    """
    spans = []
    for head in ROLE_HEAD.finditer(text):
        clause = text[head.end() : head.end() + 150]
        stop = _CLAUSE_END.search(clause)
        clause = clause[: stop.start()] if stop else clause
        names = list(_APPOSED_NAME.finditer(clause))
        spans += [(head.end() + m.start("name"), head.end() + m.end("name")) for m in names[1:]]
    return spans


_SURNAME_ENDINGS = {  # case of the first name -> endings a surname drops in that case
    "gent": ("ского", "цкого", "ого", "ева", "ова", "ина", "ы", "а", "я"),
    "accs": ("ского", "цкого", "ого", "ева", "ова", "ина", "а", "я"),
    "datv": ("скому", "цкому", "ому", "еву", "ову", "ину", "у", "ю"),
    "ablt": ("ским", "цким", "ым", "ом", "ем", "ой"),
    "loct": ("е",),
}
# A woman's surname: «Марии Захаровой», «Татьяной Голиковой», «Марию Захарову».
_SURNAME_ENDINGS_FEMININE = {
    "gent": ("ской", "цкой", "ой"),
    "datv": ("ской", "цкой", "ой"),
    "ablt": ("ской", "цкой", "ой"),
    "loct": ("ской", "цкой", "ой"),
    "accs": ("скую", "цкую", "ову", "еву", "ину"),
}
_KEEP = {
    "ева": "ев", "ова": "ов", "ина": "ин", "еву": "ев", "ову": "ов", "ину": "ин",
    "ского": "ский", "цкого": "цкий", "скому": "ский", "цкому": "цкий", "ским": "ский",
    "цким": "цкий", "ы": "а", "ой": "а",
}  # fmt: skip
_KEEP_FEMININE = {
    "ской": "ская", "цкой": "цкая", "ой": "а", "скую": "ская", "цкую": "цкая", "ову": "ова",
    "еву": "ева", "ину": "ина",
}  # fmt: skip


# Particles inside Arabic names as Russian writes them: «Абдель Азиз бен Сальман», «аль-Мазруи»;
# and inside Portuguese, Spanish, Italian, Dutch and German ones: «Лула да Силва», «Жозе дос
# Сантос», «Урсула фон дер Ляйен» (a name word, never inflected).
PARTICLES_RU = {
    "бен", "бин", "ибн", "аль", "эль", "ад", "ас", "ар", "бинт", "ульд",
    "да", "де", "ду", "дос", "душ", "дус", "ди", "дель", "делла", "ван", "фон", "дер", "ден",
}  # fmt: skip


def name_word(word: str) -> bool:
    """A word that may stand in a name: capitalised, a particle, or «аль-Мазруи», "al-Nahyan"."""
    head, _, tail = word.partition("-")
    return (
        word[:1].isupper()
        or word.lower() in PARTICLES_RU
        or (tail[:1].isupper() and len(head) <= 3)
    )


# Endings a foreign name's every word drops in a case, when the text's role noun gives the
# case and pymorphy knows none of its words («с генсеком То Ламом», «министра Сухейля»).
_FOREIGN_ENDINGS = {
    # «Мусалии» is «Мусалия» (as «Марии», «Марию» are «Мария»)
    "gent": (("ии", "ия"), ("ы", "а"), ("ия", "ий"), ("я", "ь"), ("а", "")),
    "accs": (("ию", "ия"), ("ы", "а"), ("ия", "ий"), ("я", "ь"), ("а", "")),
    "datv": (("ии", "ия"), ("у", ""), ("ю", "ь"), ("ю", "й")),
    # «Парвизом Шахбазовым», «Ерланом Аккенженовым»: a surname in -ов/-ев/-ин declines as a
    # Russian one whatever the given name's origin
    "ablt": (
        ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"),
        ("ом", ""), ("ем", "ь"), ("ем", "й"), ("ой", "а"),
    ),
}  # fmt: skip
# «Абием», «Абию»: a name ending in -ий keeps its vowel and takes -й back
_AFTER_VOWEL = "й"
_VOWELS = set("аеёиоуыэюяь")


@lru_cache(maxsize=16_384)
def russian_common_word(word: str) -> bool:
    """A capitalised Russian word pymorphy knows, and not as a name («Ближнему»,
    «Востоку»): a place or a title's complement before a name, never part of it. A word of
    three letters is a syllable of an Asian name («Чан Хонг Ха», «Ким», «Ли»), however
    pymorphy reads it («чан», a vat)."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]{3,}", word):
        return False
    parses = russian_parses(word)
    names = {"Name", "Surn", "Patr"}
    return (
        all(p.is_known for p in parses)
        and not any(names & p.tag.grammemes for p in parses)
        # a place or a complement is a noun or an adjective: a word known only as a verb's
        # form is a given name the dictionary lacks («Сиди Мохамед Диалло», «сиди» a verb)
        and any(p.tag.POS not in _VERB_FORMS for p in parses)
    )


_VERB_FORMS = frozenset({"VERB", "INFN", "GRND"})


def given_name_in_same_case(word: str, following: str) -> bool:
    """«Салемом Абдаллой»: a word pymorphy knows as a place, in the case of the given name
    after it, is a given name of the same person; a title's complement («по Ближнему
    Востоку Михаил») stands in another case than the name it comes before."""
    cases = {p.tag.case for p in russian_parses(word) if "Geox" in p.tag.grammemes}
    named = {p.tag.case for p in russian_parses(following) if "Name" in p.tag.grammemes}
    return bool(cases & named - {"nomn"})


def _foreign_nominative(word: str, case: str) -> str:
    """One word of a foreign name out of `case`: «Ламом» -> «Лам», «Губы» -> «Губа»."""
    if case == "ablt" and re.search(r"[жшчщц]ем$", word):  # «Ильичем»: no soft sign
        return word[:-2]
    head, _, tail = word.rpartition("-")
    if head[:1].isupper() and head.lower() not in PARTICLES_RU:  # «Жаном-Клодом»: both parts
        return f"{_foreign_nominative(head, case)}-{_foreign_nominative(tail, case)}"
    for ending, keep in _FOREIGN_ENDINGS.get(case, ()):
        stem = tail[: -len(ending)]
        vowel_ok = ending[0] in _VOWELS and ending[0] == keep[:1]  # «Абия» -> «Абий»
        if keep == _AFTER_VOWEL:
            vowel_ok = stem[-1:] in _VOWELS
        elif not vowel_ok and stem[-1:] in _VOWELS:
            continue
        if tail.endswith(ending) and len(stem) >= 2 and (vowel_ok or stem[-1] not in _VOWELS):
            return f"{head}-{stem}{keep}" if head else stem + keep
    return word


def russian_nominative(name: str, case: str | None = None) -> str:
    """A Russian full name in the nominative: «Сергея Лаврова» -> «Сергей Лавров».

    The case is read on the first name, which pymorphy knows («Сергея» is genitive);
    foreign surnames are then cut by ending rules, since the dictionary does not know
    «Диопа» or «Гоиты». A first name pymorphy does not know takes `case`, the case of
    the role noun the name stands beside («генсеком» -> «То Ламом» is instrumental).
    A name never ends in -ы in the nominative singular.
    """
    words = _given_name_first(name.split())
    name = " ".join(words)
    if len(words) < 2 or not all(name_word(w) for w in words) or case == "nomn":
        return name  # «министр ... Якуба Забре Губа»: beside a role in the nominative, as is
    if all(_INITIALS.fullmatch(w) for w in words[:-1]):
        return " ".join([*words[:-1], _surname_after_initials(words[-1], case)])
    first, surname = words[0], words[-1]
    parses = [p for p in russian_parses(first) if {"Name", "sing"} in p.tag and p.is_known]
    # a name is singular: «Якубы» is not the plural of «Якуб» but «Якуба» in the genitive
    parse = parses[0] if parses else None
    if parse is None and case is None and first.endswith(("ом", "ем")):
        # «Каземом Джалали»: a first name pymorphy only guesses, in the instrumental
        guessed = russian_parses(first)[0]
        if {"Name", "sing", "ablt"} in guessed.tag:
            case = "ablt"
    if case in _FOREIGN_ENDINGS and parses and all(p.tag.case == "nomn" for p in parses):
        # a known first name that has no form but the nominative («Карлуш», «Жан»; «Карлуша»
        # would be their genitive) says the name is given as it is: the role's case was
        # misread («Главы МИД России и Португалии Сергей Лавров и Карлуш …»: the plural)
        return name
    if case in _FOREIGN_ENDINGS and parses:
        # the role's case decides: «президентом Филипе Ньюси» is no «Филип» in the locative
        parse = next((p for p in parses if p.tag.case == case), None)
    if parse is None and case in _FOREIGN_ENDINGS:
        return " ".join(
            w if w.lower() in PARTICLES_RU else _foreign_nominative(w, case) for w in words
        )
    case = parse.tag.case if parse else None
    if parse and case and case != "nomn":
        inflected = parse.inflect({"nomn"})
        if inflected:
            first = _capitalised_like(inflected.word, first)
        feminine = "femn" in parse.tag
        surname = _surname_nominative(surname, case, feminine)
        # «Сергея Викторовича Лаврова», «Али Ламином Зейном»: the middle words too
        middle = [_middle_nominative(w, case, feminine) for w in words[1:-1]]
        return " ".join([first, *middle, surname])
    elif parse is None and surname.endswith("ы") and len(surname) > 3:
        # no name ends in -ы in the nominative: the whole name is in the genitive
        return " ".join(
            w if w.lower() in PARTICLES_RU else _foreign_nominative(w, "gent") for w in words
        )
    elif parse is None:
        words = [w[:-1] + "а" if w.endswith("ы") and len(w) > 3 else w for w in words]
        first, surname = words[0], words[-1]
        if surname.endswith("ом") and len(surname) > 5:  # «с Абдулайе Диопом»
            surname = surname[:-2]
    elif surname.endswith("ы") and len(surname) > 3:
        surname = surname[:-1] + "а"
    return " ".join([first, *words[1:-1], surname])


# «С.В.», «С. В.», «В.»: initials before a surname, which then alone carries the case
_INITIALS = re.compile(r"(?:[А-ЯЁ]\.){1,2}")


def _surname_after_initials(surname: str, case: str | None) -> str:
    """The surname of «С.В. Лавровым» in the nominative: no first name tells the case, so
    the role's case or pymorphy's reading of the surname does («Лавровым» is
    instrumental), and its gender («Захаровой» is a woman's)."""
    parses = [p for p in russian_parses(surname) if {"Surn", "sing"} in p.tag]
    if case is None:
        if not parses or any(p.tag.case == "nomn" for p in parses):
            return surname  # «С.В. Лавров», «М.В. Захарова»: as written
        case = parses[0].tag.case
    if case == "nomn" or case not in _SURNAME_ENDINGS:
        return surname
    in_case = [p for p in parses if p.tag.case == case]
    feminine = bool(in_case) and all("femn" in p.tag for p in in_case)
    return _surname_nominative(surname, case, feminine)


def _given_name_first(words: list[str]) -> list[str]:
    """ "Мишустина Михаила Владимировича", the register's order (surname, name,
    patronymic), is put in the order of a news text: «Михаила Владимировича Мишустина»."""
    if len(words) != 3 or not all(re.fullmatch(r"[А-ЯЁ][а-яё-]+", w) for w in words):
        return words
    name = any({"Name"} in p.tag and p.is_known for p in russian_parses(words[1]))
    patronymic = any({"Patr"} in p.tag and p.is_known for p in russian_parses(words[2]))
    first_is_name = any({"Name"} in p.tag and p.is_known for p in russian_parses(words[0]))
    if name and patronymic and not first_is_name:
        return [words[1], words[2], words[0]]
    return words


def _capitalised_like(word: str, model: str) -> str:
    """A lower-case dictionary form written as the text wrote the name: «юнус-бек» of
    «Юнус-Беком» is «Юнус-Бек», each part of a hyphenated name keeping its capital."""
    parts, models = word.split("-"), model.split("-")
    if len(parts) != len(models):
        return word.capitalize()
    return "-".join(
        p[:1].upper() + p[1:] if m[:1].isupper() else p for p, m in zip(parts, models, strict=True)
    )


def _surname_nominative(surname: str, case: str, feminine: bool) -> str:
    """A Russian-declined surname out of `case` by its ending («Лаврова» -> «Лавров»)."""
    endings = (_SURNAME_ENDINGS_FEMININE if feminine else _SURNAME_ENDINGS).get(case, ())
    keep = _KEEP_FEMININE if feminine else _KEEP
    for ending in endings:
        if surname.endswith(ending) and len(surname) > len(ending) + 2:
            return surname[: -len(ending)] + keep.get(ending, "")
    return surname


def _middle_nominative(word: str, case: str, feminine: bool) -> str:
    """A patronymic or a second given name in the case of the first name: pymorphy
    knows patronymics («Викторовича» -> «Викторович»); a foreign word takes the surname's
    endings («Ламином» -> «Ламин»); a particle («бен», «аль») stays."""
    if word.lower() in PARTICLES_RU or not word[:1].isupper():
        return word
    for parse in russian_parses(word):
        if parse.tag.case == case and ({"Patr"} in parse.tag or {"Name"} in parse.tag):
            form = parse.inflect({"nomn"})
            if form:
                return _capitalised_like(form.word, word)
    return _surname_nominative(word, case, feminine)


_PLACE_PREPOSITIONS = {"в", "во", "при"}
_ROLE_CASES = {"nomn", "gent", "datv", "accs", "ablt", "loct"}


def russian_role_case(text: str, start: int) -> str | None:
    """The case of the person noun just before a name («с генеральным секретарём ЦК
    партии Вьетнама То Ламом» -> ablt): a name in apposition agrees with it."""
    window = re.split(r"(?<![А-ЯЁA-Z])[.!?;:\n«»\"]", text[max(0, start - 80) : start])[
        -1
    ]  # this clause
    words = re.findall(r"[а-яёА-ЯЁ-]+", window)[-12:]
    after_capital = False
    complement = False  # a noun of the role's complement read since the name
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word[:1].isupper() and not _capitalised_role(word):
            after_capital = True
            continue  # a state or a party of the role («Вьетнама», «ЦК»)
        word = word.lower()  # «Президентом» of an official communiqué is the role
        if word == "и":
            continue  # «министра энергетики и инфраструктуры»
        if word in _PLACE_PREPOSITIONS and after_capital:
            continue  # «послом Ирана в России»: where the role is held
        after_capital = False
        if len(word) < 3 and complement and word in _COMPLEMENT_PREPOSITIONS:
            continue  # «министром … по делам эмиграции и египтян за рубежом»: the role's
        if len(word) < 3:
            return None  # «с», «на»: the role, if any, is not this name's
        parses = russian_parses(word.lower())
        parse = parses[0]  # the likeliest: «энергетики» is not «энергетик»
        if {"ADJF"} in parse.tag or {"PRTF"} in parse.tag:
            continue  # «министром иностранных дел»: an adjective of the role
        if "NOUN" not in parse.tag:
            return None
        if "anim" in parse.tag and "plur" in parse.tag:
            # one person is named: «коллеги Абдулая Диопа» is the genitive singular
            singular = next((p for p in parses if {"NOUN", "anim", "sing"} in p.tag), None)
            if singular is None and complement:
                continue  # «по делам египтян за рубежом»: people the role is for
            parse = singular or parse
        if "anim" in parse.tag and parse.tag.case == "gent":
            # «заместителем генерального директора Кириллом Комаровым»: a person noun in
            # the genitive is the complement of the role before it, whose case the name
            # takes where the name's own first word says so
            return _head_role_case(words[:index], text, start) or "gent"
        if "anim" in parse.tag and parse.tag.case in _ROLE_CASES:
            return parse.tag.case
        complement = True
        # «энергетики», «партии»: a complement of the role, look further back
    return None


def _head_role_case(words: list[str], text: str, start: int) -> str | None:
    """The case of the person noun a genitive role depends on («первым заместителем» before
    «генерального директора»), if the name at `start` is a known first name in that case and
    in no genitive: «дочь президента Ивана Петрова» stays the president's."""
    for word in reversed(words):
        parses = russian_parses(word.lower())
        parse = parses[0]
        if {"ADJF"} in parse.tag or {"PRTF"} in parse.tag or word.lower() == "и":
            continue
        if "NOUN" not in parse.tag:
            return None
        if "anim" in parse.tag and parse.tag.case == "gent":
            continue  # «заместителя руководителя аппарата»: a longer chain
        if "anim" not in parse.tag or parse.tag.case not in _ROLE_CASES:
            return None
        head = parse.tag.case
        first = re.match(r"[А-ЯЁ][а-яё]+", text[start:])
        if not first:
            return None
        cases = {
            p.tag.case
            for p in russian_parses(first.group())
            if p.is_known and ({"Name"} in p.tag or {"Surn"} in p.tag)
        }
        return head if head in cases and "gent" not in cases else None
    return None


def _capitalised_role(word: str) -> bool:
    """A person noun written with a capital, as official communiqués write a title
    («принят Президентом Республики Таджикистан»): no state, party or name."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]{3,}", word):
        return False
    parses = russian_parses(word.lower())
    if any({"Name"} in p.tag or {"Surn"} in p.tag or {"Geox"} in p.tag for p in parses):
        return False
    return {"NOUN", "anim", "sing"} in parses[0].tag and parses[0].tag.case in _ROLE_CASES


# Prepositions inside a role's complement («по делам», «за рубежом», «по вопросам»).
_COMPLEMENT_PREPOSITIONS = {"по", "за", "на", "в", "во", "из", "до", "от", "для"}


# Prepositions and the case they govern on a name right after them («встретился с
# Хакаинде Хичилемой», «визит к Абию Ахмеду»).
_PREPOSITION_CASES = {
    "с": "ablt", "со": "ablt", "к": "datv", "ко": "datv", "у": "gent", "от": "gent",
    "для": "gent", "без": "gent", "после": "gent", "против": "gent", "при": "loct",
    "между": "ablt", "перед": "ablt", "о": "loct", "об": "loct",
}  # fmt: skip
# «Владимира Путина и Сирила Рамафосы»: a name coordinated with one before it
_COORDINATED = re.compile(r"([А-ЯЁ][а-яё]+)(?:\s+[А-ЯЁ][\w-]+){1,3}\s*(?:,|\s+и)\s+$")


def russian_governed_case(text: str, start: int) -> str | None:
    """The case of a name that no role noun stands beside: the one its preposition
    governs, else the case of a known first name it is coordinated with."""
    before = text[max(0, start - 80) : start]
    preposition = re.search(r"(?<![\w-])([а-яё]{1,6})\s+$", before)
    if preposition and preposition.group(1) in _PREPOSITION_CASES:
        return _PREPOSITION_CASES[preposition.group(1)]
    coordinated = _COORDINATED.search(before)
    if not coordinated:
        return None
    for word in coordinated.group().split():  # «Переговоры Владимира Путина»: the name's
        for parse in russian_parses(word.strip(",")):
            if {"Name", "sing"} in parse.tag and parse.is_known:
                case = parse.tag.case
                return case if case in _ROLE_CASES and case != "nomn" else None
    return None


def _clean_role(ctx: Context, role: str, start: int) -> tuple[str | None, str | None]:
    """A role without its nationality adjective, and the party that adjective names."""
    inside = [m for m in ctx.mentions_in(start, start + len(role)) if m.kind != "seat"]
    party = inside[0].code if inside else _possessive(ctx, start)
    for m in sorted(inside, key=lambda m: -m.start):
        if m.kind == "adjective" and m.surface[:1].islower():
            a, b = m.start - start, m.end - start
            role = role[:a].rstrip() + " " + role[b:].lstrip()
    if ctx.language == "ru":
        role = _russian_role(ctx, role, start, inside)
    role = _BOTH.sub("", _PLURAL.sub(r"\1", re.sub(r"\s+", " ", role))).strip(" ,")
    return (role or None), party


def _russian_role(ctx: Context, role: str, start: int, inside: list) -> str:
    """«министра энергетики России» -> «министр энергетики»: head in the nominative, no state."""
    for m in sorted(inside, key=lambda m: -m.start):
        if m.kind == "name" and role[m.end - start :].strip(" ,") == "":
            role = role[: m.start - start]
    words = role.split()
    if words:
        parse = russian_parses(words[0])[0]
        nominative = parse.inflect({"nomn"}) if "NOUN" in parse.tag else None
        if nominative and parse.tag.case != "nomn":
            head = nominative.word
            words[0] = head.capitalize() if words[0][:1].isupper() else head
    return " ".join(words)


def _role_before(text: str, lo: int, start: int) -> tuple[str, int] | None:
    """The role whose head is closest before a name, with only a rank between them."""
    window = text[lo:start]
    for head in reversed(list(ROLE_HEAD.finditer(window))):
        gap = _ROLE_GAP.fullmatch(window, head.end())
        if gap and _only_ranks(window[gap.end("body") :]):
            return window[head.start() : gap.end("body")], lo + head.start()
        # "Minister of Foreign Affairs and Foreign Trade Kerrie Symmonds": a portfolio of
        # more capitalised words than the gap's ranks allow, all of it the role's
        portfolio = _PORTFOLIO_BEFORE_NAME.fullmatch(window, head.end())
        if portfolio:
            return window[head.start() : portfolio.end("body")], lo + head.start()
    return None


_PORTFOLIO_BEFORE_NAME = re.compile(
    r"(?P<body>\s+(?:of|for)\s+[A-Z][\w'’-]*"
    r"(?:(?:\s*,\s*|\s+)(?:(?:and|of|for|the|&)\s+)*[A-Z][\w'’-]*)*)\s+"
)


def _only_ranks(gap: str) -> bool:
    """Whether what stands between a role and a name is ranks and honorifics only."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", gap)
    return all(
        _fold(w).strip(".") in TITLE_WORDS or _fold(w) in ("le", "la", "l'", "l’", "the")
        for w in words
    )


_OWNER = re.compile(r"['’]s\s+(?:[A-Z][\w-]*\s+){0,3}$")  # "Mali's Foreign " before "Minister"


def _possessive(ctx: Context, start: int) -> str | None:
    """The party of "Ghana's Minister of ...", "Mali's Foreign Minister", named before the role."""
    owner_end = _OWNER.search(ctx.text[max(0, start - 40) : start])
    if not owner_end:
        return None
    at = max(0, start - 40) + owner_end.start()
    owner = [m for m in ctx.mentions if m.end == at and m.kind != "seat"]
    return owner[0].code if owner else None


def role_and_party(
    ctx: Context, start: int, end: int, others: list[str] = (), name: str = ""
) -> tuple[str | None, str | None]:
    """The role written next to a person's first mention, and the party it names.

    A role that names someone else (`others`: their surnames) belongs to that person.
    What the text states (a role's state, a nationality before it) wins; then the state
    a known office-holder (`name`) serves; the state named nearest is a last guess, often
    the other side's ("Indian PM Modi met Saudi Crown Prince Mohammed bin Salman").
    """
    known = holder_party(name) if name else None
    sentence = next((s for s in ctx.sentences if s.start <= start < s.end), None)
    lo = max(sentence.start if sentence else 0, start - 220)
    hi = sentence.end if sentence else min(len(ctx.text), end + 200)
    found = []
    before = _role_before(ctx.text, lo, start)
    if before:
        found.append(before)
    after = _ROLE_AFTER.match(ctx.text[end:hi])
    if after:
        found.append((after.group("role"), end + after.start("role")))
    counterpart = _COUNTERPART.search(ctx.text, max(0, start - 40), start)
    for role, at in found:
        if not any(other in role for other in others):
            role, party = _clean_role(ctx, role, at)
            stated = (
                party
                or _adjective_before(ctx, at)
                or _state_after(ctx, end)
                or _side_before(ctx, start)
            )
            return role, stated or known or _nearest_party(ctx, start, end, lo, hi)
    if counterpart:  # "son homologue X": not of the state named for the person before
        of_counterpart = _adjective_before(ctx, counterpart.start(), ("adjective", "name"))
        return None, of_counterpart or _state_after(ctx, end) or known
    return None, (
        _state_after(ctx, end)
        or _side_before(ctx, start)
        or known
        or _nearest_party(ctx, start, end, lo, hi)
    )


# "signés pour la BADEA par Docteur X", "signed for Kenya by Dr X", "on behalf of the Bank
# by X": the side a signer signs for, named before the agent's "par"/"by" and the titles
_FOR_SIDE_BY = re.compile(
    r"(?i:^\s*,?\s*(?:par|by)\s+(?:(?:monsieur|madame|mme|m\.|docteur|dr\.?|professeur|prof\."
    r"|son\s+excellence|s\.e\.|h\.e\.|his\s+excellency|her\s+excellency|mr\.?|mrs\.?|ms\.?)"
    r"\s+)*$)"
)
_FOR_BEFORE = re.compile(
    r"(?i:(?:\bpour|\bfor|\bon\s+behalf\s+of|\bau\s+nom\s+d[eu])\s+(?:(?:le|la|les|the)\s+|l['’])?$)"
)


def _side_before(ctx: Context, start: int) -> str | None:
    """The side named in "pour X par" right before a signer's name and titles."""
    for m in ctx.mentions:
        if (
            m.kind in ("name", "organisation")
            and 0 < start - m.end <= 40
            and _FOR_SIDE_BY.match(ctx.text[m.end : start])
            and _FOR_BEFORE.search(ctx.text, max(0, m.start - 20), m.start)
        ):
            return m.code
    return None


# "X pour le Togo et Y pour le Burkina Faso", "Z for Kenya": the state a signer speaks for
_FOR_STATE = re.compile(
    r"(?i:\s*,?\s*(?:pour|for|on behalf of|au nom d[eu])\s+(?:(?:le|la|les|the)\s+|l['’])?)"
)


def _state_after(ctx: Context, end: int) -> str | None:
    """The state a name is said to sign or speak for, right after it ("X pour le Mali")."""
    gap = _FOR_STATE.match(ctx.text, end)
    if not gap:
        return None
    state = [m for m in ctx.mentions if m.start == gap.end() and m.kind == "name"]
    return state[0].code if state else None


# "reçu par son homologue Denis Sassou Nguesso", "his Nigerien counterpart X": the
# counterpart of someone is of another side; only a nationality before the word is his
_COUNTERPART = re.compile(r"(?i:\b(?:homologue|counterpart|коллег\w*)\s*,?\s*)$")


_NEXT_PERSON = re.compile(r"(?i:\b(?:et|and|и)\b)")
_AS_PLACE = re.compile(r"(?i:\b(?:in|to|en|au|aux|в|во)\s+(?:the\s+)?)$")
# Where a traveller goes next: "doit poursuivre sa tournée au Ghana", "se rendra ensuite en
# Guinée", "will continue his tour in Ghana", "travels on to Ghana", «продолжит турне в Гане»,
# «отправится в Гану»: a destination, never the state the traveller serves, even where it
# is the only state the sentence names.
_DESTINATION = re.compile(
    r"(?i:(?:\b(?:poursui\w+|continu\w+)\s+(?:sa|son|leur|his|her|their|the)\s+"
    r"(?:tourn[ée]e|périple|visite|voyage|tour|trip|visit|journey)"
    r"|\bse\s+rend\w*(?:\s+ensuite)?|\brepart\w*\s+pour|\bs['’]envole\w*\s+pour"
    r"|\b(?:travel|head|fly|flie|move|go)(?:s|ed|ing)?\s+on|\b(?:leave|leaves|left|depart\w*)\s+for"
    r"|\b(?:продолжит|продолжил\w*)\s+(?:\w+\s+)?(?:турне|визит|поездку)"
    r"|\b(?:отправит|направит|отбудет|вылетит)\w*)"
    r"\s+(?:(?:to|in|into|au|aux|en|[àa]|в|во)\s+)?(?:the\s+|l['’])?$)"
)
_OF_A_COUNTERPART = re.compile(r"(?i:\s+(?:counterpart|homologue|коллег)\w*)")
_COUNTERPART_OF = re.compile(r"(?i:\b(?:counterpart|homologue)s?\s+)$")


def _of_a_counterpart(text: str, start: int, end: int) -> bool:
    """Whether a nationality qualifies a counterpart: "his Ugandan counterpart", «его
    угандийский коллега», «son homologue ougandais»."""
    return bool(
        _OF_A_COUNTERPART.match(text, end)
        or _COUNTERPART_OF.search(text[max(0, start - 20) : start])
    )


def _adjective_before(ctx: Context, at: int, kinds=("adjective",)) -> str | None:
    """The nationality written right before a role ("the Nigerian minister, X"): the
    person's party, whatever state is named after the name. Before "counterpart" a state's
    name says it as well ("his Niger counterpart X")."""
    before = [m for m in ctx.mentions if m.kind in kinds and 0 <= at - m.end <= 1 and m.start < at]
    return before[-1].code if before else None


def _offices_only(gap: str) -> bool:
    """Whether the words between an organisation and a name are only an office and
    honorifics ("Tata Power CEO X", "DGPC Managing Director Dasho Y", "Rosatom Director
    General Z"): the person holds that office in that organisation."""
    words = gap.split()
    return (
        0 < len(words) <= 5
        and gap[:1].isspace()
        and all(
            w in ROLE_INITIALS
            or w == "CEO"
            or (w[:1].isupper() and w.lower().strip(".,") in TITLE_WORDS | HONORIFICS)
            for w in words
        )
    )


def _nearest_party(ctx: Context, start: int, end: int, lo: int, hi: int) -> str | None:
    """The state named closest to a person in the same sentence ("le Malien Modibo Keïta"),
    or the company whose name ends just before it («госкорпорации «Росатом» Алексей Лихачёв»)."""
    near = [
        m
        for m in ctx.mentions
        if lo <= m.start < hi
        and m.kind in ("adjective", "name")
        and abs(m.start - start) < 60
        # "Ruto hosted his Ugandan counterpart Museveni": that state is the counterpart's
        and not (m.start >= end and _of_a_counterpart(ctx.text, m.start, m.end))
        # "X, et le ministre malien Y", "X and Somalia's minister": the next person's state
        and not (m.start >= end and _NEXT_PERSON.search(ctx.text, end, m.start))
    ]
    # "l'ambassadeur ... en Égypte", «посла России в Египте»: a state named as a place is
    # where, not whose, unless it is the only state named
    near = [m for m in near if not _AS_PLACE.search(ctx.text, max(0, m.start - 8), m.start)] or near
    near = [m for m in near if not _DESTINATION.search(ctx.text, max(0, m.start - 50), m.start)]
    just_before = [
        m
        for m in ctx.mentions
        if m.kind == "organisation"
        and (0 <= start - m.end <= 3 or _offices_only(ctx.text[m.end : start]))
    ]
    if just_before:
        return just_before[0].code
    if not near:
        return None
    return min(near, key=lambda m: min(abs(m.end - start), abs(m.start - end))).code
