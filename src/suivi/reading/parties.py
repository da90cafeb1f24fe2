"""Decide which states and organisations act in the story (SPEC: top-level parties).

A party that acts is named again and again, in the title, in the role of a person
who speaks or signs; a membership named in passing ("l'UEMOA, la CEDEAO et
l'Union africaine") is named once. So each party is weighed by its mentions and
kept above a threshold; a capital counts for half, since "à Bamako" is a place.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import takewhile

from suivi.reading import routes, segments
from suivi.reading.context import Mention
from suivi.reading.gazetteer import home_state
from suivi.reading.gazetteer_data import MEMBERS
from suivi.reading.model import Agreement
from suivi.reading.segments import matches_from

WEIGHTS = {"name": 1.0, "organisation": 1.0, "adjective": 1.0, "prefix": 1.0, "seat": 0.5}
TITLE_BONUS = 2.0
PERSON_BONUS = 1.0
THRESHOLD = 2.0
# A mention inside a list of memberships ("membres de la CEDEAO et de l'UA") weighs nothing.
_PASSING = ("membre", "member", "appartien", "ensembles régionaux", "входящ", "член")


# The state a visitor arrives in hosts the visit, and so acts (SPEC: parties host, receive),
# however seldom the story names it: "arrived in Kampala on Monday", "est arrivé mardi à
# Ouagadougou", «прибыл с визитом в Казахстан» (a stop made before is no host: "he had
# visited China", «Ранее он посетил Китай»).
_ARRIVED_IN = re.compile(
    r"\b(?:arrived|landed)\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$"
    r"|\b(?:arriv[ée]e?s?|atterri)\s+(?:[\w-]+\s+){0,3}?(?:[àa]|au|aux|en)\s+(?:l['’])?$"
    r"|\b(?:прибыл|прилетел)\w*\s+(?:[\w-]+\s+){0,3}?(?:в|во)\s+$"
    # an organisation whose seat a visitor tours hosts the visit: "visited the headquarters of
    # Sonatrach", "a visité le siège de la BOAD", «посетил штаб-квартиру компании «Газпром»»
    r"|\b(?:visit(?:ed|s|ing)?|toured)\s+(?:the\s+)?(?:headquarters|head\s+office|offices|premises"
    r"|seat)\s+of\s+(?:the\s+)?$"
    r"|\bvisit(?:[ée]e?s?|e|ent|era)\s+(?:le\s+|les\s+)?(?:si[èe]ge|locaux|bureaux)"
    r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])$"
    r"|(?<!\w)посети\w*\s+(?:штаб-квартир\w*|офис\w*|головн\w+\s+офис\w*)\s+"
    r"(?:(?:компани|корпораци|банк|организаци)\w*\s+)?«?$",
    re.IGNORECASE,
)


# A company whose site a visitor tours hosts the visit (SPEC: parties host, receive), as a
# known one whose seat is toured does (`parties._ARRIVED_IN`): "the delegation visited on
# Tuesday the X Company's facilities", "a visité mardi les installations de la société X",
# «делегация посетила предприятие компании X» (the name before its site's noun or after it)
_SITE = r"(?:facilities|plants?|factor(?:y|ies)|sites?|mines?|refiner(?:y|ies)|premises)"
SITE_TOURED_BEFORE = re.compile(
    rf"(?i:\b(?:visit(?:ed|s|ing)?|toured)\s+(?:[\w-]+\s+){{0,3}}?(?:the\s+)?"
    rf"(?:(?P<site>{_SITE})\s+of\s+(?:the\s+)?)?$"
    r"|\bvisit(?:[ée]e?s?|e|ent|era)\s+(?:[\w-]+\s+){0,2}?(?P<site_fr>les?\s+|la\s+|l['’])"
    r"(?:installations|usines?|sites?|mines?|raffinerie|complexe)\s+(?:de\s+la\s+|de\s+l['’]|du\s+"
    r"|des\s+|de\s+|d['’])(?:(?:soci[ée]t[ée]|compagnie|groupe|entreprise)\s+)?$)"
    r"|(?i:(?<!\w)посети\w*\s+(?:[\w-]+\s+){0,2}?(?P<site_ru>предприяти|завод|фабрик"
    r"|производств\w*\s+мощност|объект|рудник|комбинат)\w*\s+(?:компани\w+\s+)?«?$)"
)
# the English site after the name, in the possessive: "the X Company's facilities"
_SITE_AFTER = re.compile(rf"(?i:['’]s\s+(?:[\w-]+\s+)?{_SITE})\b")


def site_toured(text: str, start: int, end: int) -> bool:
    """Whether the name from `start` to `end` is of an organisation whose site a visitor tours
    (`SITE_TOURED_BEFORE`; a bare "visited the X" only with its site after it: "visited the X
    Company's facilities", not "visited the X Bank building")."""
    toured = SITE_TOURED_BEFORE.search(text, max(0, start - 120), start)
    return bool(toured) and bool(
        toured["site"] or toured["site_fr"] or toured["site_ru"] or _SITE_AFTER.match(text, end)
    )


# Those a meeting brings together meet, and so act (SPEC: parties meet), however seldom the
# story names them: "The meeting brought together ministers of all eight Partner States:
# Burundi, …", "la réunion a rassemblé les ministres du Mali, du Niger et du Tchad", «Заседание
# собрало министров Армении, Казахстана и Киргизии». The list runs from the verb to the end
# of its clause, not into what the meeting was for ("to discuss the crisis in X").
_GATHERED = re.compile(
    r"(?i:\b(?:meeting|session|summit|forum|conference|r[ée]union|sommet|conf[ée]rence"
    r"|rencontre)|(?<!\w)(?:заседани|встреч|саммит|форум|конференци|совещани)\w*)"
    r"[^.;:!?]{0,120}?"
    r"(?i:\b(?:brought\s+together|gathered|(?:a|ont)\s+(?:r[ée]uni|rassembl[ée])|r[ée]unissait"
    r"|rassemblait)|(?<!\w)(?:собрал[аио]?|объединил[аио]?))\b"
    r"(?:[^.;!?](?!\b(?:to|pour|afin|чтобы|для)\s))*$"
)


def gathered(text: str, mention: Mention) -> bool:
    """Whether a mention is in the list of those a meeting brings together."""
    return bool(_GATHERED.search(text, max(0, mention.start - 400), mention.start))


def arrived_in(text: str, mention: Mention) -> bool:
    """Whether a visitor is told arriving in the place a mention names (its host), or touring
    the site of an organisation it names (`SITE_TOURED_BEFORE`)."""
    return bool(_ARRIVED_IN.search(text, max(0, mention.start - 50), mention.start)) or (
        mention.kind == "organisation" and site_toured(text, mention.start, mention.end)
    )


# An organisation that names a summit is where the story happens, not an actor of it: "at the
# Mercosur summit", "the second India-CARICOM summit", "au sommet de la CEDEAO", «на саммите
# ШОС» (SPEC: a membership or a setting named in passing is no party; the organisation acts
# where the story names it doing something else).
_SUMMIT_AFTER = re.compile(r"(?:\s*[-‐–]\s*[\w'’]+){0,2}[^\S\n]+(?i:summit|sommet)\b")
_SUMMIT_BEFORE = re.compile(
    r"(?i:\bsommet|\bsummit|саммит\w*)[^\S\n]+(?:(?i:de\s+la|de\s+l['’]|du|des|d['’]|of\s+the"
    r"|of)[^\S\n]*)?(?:[\w'’]+\s*[-‐–]\s*)?$"
)


def _names_summit(text: str, mention: Mention) -> bool:
    """Whether an organisation is named as the one whose summit it is."""
    if mention.kind != "organisation":
        return False
    return bool(
        _SUMMIT_AFTER.match(text, mention.end)
        or _SUMMIT_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    )


# Goods a state sells or lets pass: a noun of a flow or of a product.
GOODS = (
    r"(?:exports?|imports?|suppl(?:y|ies)|shipments?|deliver(?:y|ies)|transit|flows?|sales"
    r"|gas|oil|crude|electricity|export\w*|import\w*|livraisons?|approvisionnement\w*"
    r"|fournitures?|acheminement|gaz|p[ée]trole|[ée]lectricit[ée]|транзит\w*|поставк\w*"
    r"|экспорт\w*|импорт\w*|газ[аеу]?|нефт[иь]|электроэнерги\w*"
    # goods bought from a state ("Turkish drones", "des blindés turcs", «российской пшеницы»)
    r"|drones?|weapons|arms|aircraft|helicopters|jets|armou?red\s+vehicles|wheat|grain"
    r"|fertili[sz]ers?|vaccines?|armes|avions|h[ée]licopt[èe]res|blind[ée]s|bl[ée]|c[ée]r[ée]ales"
    r"|engrais|vaccins|беспилотник\w*|дрон\w*|вооружени\w*|оружи\w*|самолет\w*|вертолет\w*"
    r"|пшениц\w*|зерн[аоу]|удобрени\w*|вакцин\w*"
    # the grid power is wheeled through ("through the Indian grid", «через казахстанскую
    # энергосистему»): the state lets it pass
    r"|grids?|r[ée]seaux?\s+[ée]lectriques?|энергосистем\w*)"
)
# A state's adjective on the goods ("Bolivian gas exports", «российского газа», "du pétrole
# nigérian") says whence they come, not who signs ("the Egyptian Electricity Ministry" is
# the state's)
_GOODS_AFTER = re.compile(
    rf"\s+(?:[\w-]+\s+)?{GOODS}\b(?!\s+(?:minist|secretar|authorit|regulat|compan|corporat"
    r"|utilit|board|holding|министер|министр|компани|ведомств))",
    re.IGNORECASE,
)
_GOODS_BEFORE = re.compile(rf"\b{GOODS}\s+$", re.IGNORECASE)


def _adjective_on(text: str, mention: Mention, after: re.Pattern, before: re.Pattern) -> bool:
    """Whether a state's adjective qualifies a noun of one class, written after it ("Bolivian
    gas") or, as French and Russian may put it, before it ("la société chinoise")."""
    window = text[max(0, mention.start - 30) : mention.start]
    return mention.kind == "adjective" and bool(
        after.match(text, mention.end) or before.search(window)
    )


def goods_origin(text: str, mention: Mention) -> bool:
    """Whether an adjective says whence goods come ("Bolivian gas", «поставки российского
    газа»): the state sells, it does not act in the story (nor sign) for that."""
    return _adjective_on(text, mention, _GOODS_AFTER, _GOODS_BEFORE)


# A state's adjective on a company's noun ("an Indian private partner", "the Bhutanese
# company", "la société chinoise", «российская компания»): whose the company is, not a state
# that acts (SPEC: a company, even a state-owned one, is a party of its own)
_COMPANY_NOUN = (
    r"(?:firms?|compan(?:y|ies)|partners?|investors?|contractors?|developers?|operators?"
    r"|utilit(?:y|ies)|traders?|groups?|corporations?|soci[ée]t[ée]s?|entreprises?|groupes?"
    r"|firmes?|compagnies?|op[ée]rateurs?|компани\w*|фирм\w*|корпораци\w*|подрядчик\w*"
    r"|инвестор\w*|оператор\w*)"
)
_COMPANY_AFTER = re.compile(
    rf"\s+(?:(?:private|public|state-owned|state-run|privée?s?|publique?s?|частн\w*)\s+)?"
    rf"{_COMPANY_NOUN}\b",
    re.IGNORECASE,
)
_COMPANY_BEFORE = re.compile(rf"\b{_COMPANY_NOUN}\s+$", re.IGNORECASE)


def company_home(text: str, mention: Mention) -> bool:
    """Whether a state's adjective says whose a company is ("the Indian firm", "la société
    chinoise"): the state does not act in the story for that."""
    return _adjective_on(text, mention, _COMPANY_AFTER, _COMPANY_BEFORE)


def _in_passing(text: str, mention: Mention) -> bool:
    window = text[max(0, mention.start - 60) : mention.start].lower()
    return any(word in window for word in _PASSING) or _names_summit(text, mention)


# What a state would join, or has joined, is no actor of the story (SPEC: a membership named
# in passing is no party): "l'adhésion à l'AES", "rejoindre la CEDEAO", "accession to the
# EAC", "to join BRICS", «вступление в ЕАЭС», «присоединиться к ШОС»; nor is an organisation
# whose reform the sides talk of: "échangé sur la réforme institutionnelle de la CEEAC",
# "discussed the reform of the EAC", «обсудили реформу ЕАЭС».
_JOINED_BEFORE = re.compile(
    r"(?:\badh[ée]sion|\badh[ée]rer|\brejoindre|\bint[ée]grer)\s+(?:[àa]\s+|au\s+|aux\s+)?"
    r"(?:l['’]|la\s+|le\s+|les\s+)?$"
    r"|\b(?:accession|admission)\s+(?:to|into)\s+(?:the\s+)?$|\bjoin(?:s|ed|ing)?\s+(?:the\s+)?$"
    r"|\bmembership\s+(?:of|in)\s+(?:the\s+)?$"
    r"|вступ(?:лени\w+|ить|ит|ает|ил\w*)\s+в\s+$|присоедин\w+\s+к\s+$"
    r"|\br[ée]formes?(?:\s+institutionnelles?)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+)$"
    r"|\breforms?\s+of\s+(?:the\s+)?$|реформ\w*\s+$",
    re.IGNORECASE,
)


# The envoy who signs for another: "the ambassador of Ireland on behalf of the European
# Union", "l'ambassadeur d'Allemagne au nom de l'UE", «посол Германии от имени Европейского
# союза»: the state in the signer's title lent its envoy; who the text binds is named after
# "on behalf of" (the span is the title, up to that phrase). The one named after it is bound
# by what the envoy signs: it acts, however seldom the story names it.
ENVOY_FOR = re.compile(
    r"\b(?:ambassador|envoy|representative|charg[ée]\s+d['’]affaires|ambassadeur|ambassadrice"
    r"|repr[ée]sentant\w*|envoy[ée]\w*|посол|посла|представител\w*|временн\w+\s+поверенн\w*)"
    r"[^,.;()]{1,50}?(?=\s+(?:(?:for\s+and\s+)?on\s+behalf\s+of\b"
    r"|(?:au\s+nom|pour\s+le\s+compte)\s+d(?:e\b|u\b|es\b|['’])|от\s+имени|по\s+поручению))",
    re.IGNORECASE,
)


_ON_BEHALF_OF = re.compile(
    r"(?:(?:for\s+and\s+)?on\s+behalf\s+of|(?:au\s+nom|pour\s+le\s+compte)\s+(?:de\s+la|de\s+l['’]"
    r"|du|des|de|d['’])|от\s+имени|по\s+поручению)\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def lent_envoy(text: str, mention: Mention) -> bool:
    """Whether a state is named in the title of an envoy who signs for another."""
    titles = matches_from(ENVOY_FOR, text, max(0, mention.start - 80))
    return any(mention.start < b for _, b in takewhile(lambda s: s[0] <= mention.start, titles))


# The organisation where a state's mission sits is no actor of the story for that: "le
# représentant permanent du Sénégal auprès de l'ONU", "Kenya's permanent mission to the UN
# agencies in Rome", «постоянное представительство России при продовольственных агентствах
# ООН» (the mission's state acts; the organisation is its address).
MISSION = re.compile(
    r"\b(?i:permanent\w*\s+(?:representatives?|missions?|delegations?)|(?:representatives?"
    r"|missions?|delegations?)\s+permanent\w*|repr[ée]sentan(?:t|te|ts|tes)\s+permanent\w*"
    r"|repr[ée]sentations?\s+permanentes?|missions?\s+permanentes?|d[ée]l[ée]gations?"
    r"\s+permanentes?|постоянн\w+\s+(?:представител\w*|представительств\w*|миссия|миссии"
    r"|делегаци\w*))[^.;:()\n]{0,60}?\s(?P<posting>(?i:to\s+|at\s+|auprès\s+(?:de\s+la\s+"
    r"|de\s+l['’]|du\s+|des\s+|de\s+|d['’])|при\s+)(?i:the\s+)?(?:[a-zà-ÿа-яё-]+\s+){0,3}[A-ZÀ-ÝА-ЯЁ])"
)


def posted_at(text: str, mention: Mention) -> bool:
    """Whether an organisation is named as where a state's permanent mission sits."""
    return any(
        m.start("posting") <= mention.start < m.end("posting")
        for m in MISSION.finditer(text, max(0, mention.start - 160), mention.start + 1)
    )


# The population of a state that a text's aid goes to acts in nothing: "l'aide alimentaire
# aux populations du Niger et du Tchad", "food aid for the people of Somalia and Djibouti",
# «помощь населению Сомали и Джибути», «жителям Газы» (the states' names after the noun).
_NAME_WORDS = r"(?-i:[A-ZÀ-ÝА-ЯЁ][\w'’-]*(?:\s+[A-ZÀ-ÝА-ЯЁ][\w'’-]*){0,3})"
_OF_NAME = (
    r"(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’]|in\s+(?:the\s+)?)?"
    + _NAME_WORDS
)
POPULATION = re.compile(
    r"\b(?:populations?|habitants|people|residents|inhabitants|населени[яюе]"
    r"|жител(?:ей|ям|ями|ях|и))\s+" + _OF_NAME + r"(?:\s*(?:,|and|et|и)\s+" + _OF_NAME + r")*",
    re.IGNORECASE,
)


# A state named as where goods pass acts in nothing for that: "livrés via le port de
# Djibouti", "shipped through Tanzania", «доставка через порт Джибути», «транзит через
# территорию Казахстана».
_PASSED_THROUGH = re.compile(
    r"(?:\bvia|\bthrough|\bacross|[àa]\s+travers|\bчерез)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?"
    r"(?:(?:port|ports|territory|territoire|порт|территори\w+)\s+(?:of\s+(?:the\s+)?|de\s+la\s+"
    r"|de\s+l['’]|de\s+|du\s+|d['’])?)?$",
    re.IGNORECASE,
)


def _population_of(text: str, mention: Mention) -> bool:
    """Whether a state is named as the one whose population is served."""
    return any(
        m.start() < mention.start < m.end()
        for m in POPULATION.finditer(text, max(0, mention.start - 120), mention.end)
    )


def _represented(text: str, mention: Mention) -> bool:
    """Whether a party is named as the one an envoy signs for ("on behalf of the EU")."""
    return bool(_ON_BEHALF_OF.search(text, max(0, mention.start - 40), mention.start)) and bool(
        ENVOY_FOR.search(text, max(0, mention.start - 120), mention.start)
    )


# An organisation's ministers who act: "les ministres des Finances de l'AES planchent sur
# ...", "the foreign ministers of ECOWAS", "ECOWAS finance ministers": the organisation acts
# through its council (its ministers named before or after it, their portfolio between; not
# "the ministers welcomed the creation of the Confederation")
_MINISTERS_BEFORE = re.compile(
    r"\b(?i:ministres|ministers)\s+(?:(?:[A-ZÀ-Ý][\w'’-]*|des|de|du|la|et|of|the|and"
    r"|foreign|finance|defence|trade|affaires|étrangères)\s+){0,4}?"
    r"(?i:de\s+l['’]|de\s+la\s+|du\s+|des\s+|of\s+(?:the\s+)?)$"
)
_MINISTERS_AFTER = re.compile(r"(?i:\s+(?:[\w-]+\s+){0,2}?ministers\b)")


def _ministers_of(text: str, mention: Mention) -> bool:
    """Whether an organisation is named as the one whose ministers act."""
    if mention.kind != "organisation":
        return False
    before = text[max(0, mention.start - 60) : mention.start]
    return bool(_MINISTERS_BEFORE.search(before)) or bool(_MINISTERS_AFTER.match(text, mention.end))


def _joined_organisations(text: str, mentions: list[Mention]) -> set[tuple[str, int]]:
    """The (code, start) of organisations named as what a state would join, and of the
    acronym in brackets right after such a name ("l'Alliance des États du Sahel (AES)")."""
    joined: set[tuple[str, int]] = set()
    last_end, last_code = -10, None
    for m in mentions:
        if m.kind != "organisation":
            continue
        bracketed = m.code == last_code and not text[last_end : m.start].strip(" (")
        if bracketed or _JOINED_BEFORE.search(text, max(0, m.start - 40), m.start):
            joined.add((m.code, m.start))
            last_end, last_code = m.end, m.code
    return joined


_SAME_AGAIN = re.compile(r"['’]s\s+")


def decide(
    text: str,
    mentions: list[Mention],
    title_mentions: list[Mention],
    person_parties: list[str],
    title: str = "",
) -> list[str]:
    """The codes of the parties that act, in order of first mention."""
    weight: Counter[str] = Counter()
    first: dict[str, int] = {}
    joined, acting = _joined_organisations(text, mentions), set()
    previous: Mention | None = None
    for mention in mentions:
        if (mention.code, mention.start) in joined:
            continue
        # one party named twice in a row, its arm after its name, is one mention: "the World
        # Bank's IDA window", "the UN's WFP" (where both stand for one party)
        repeated = (
            previous is not None
            and previous.code == mention.code
            and _SAME_AGAIN.fullmatch(text, previous.end, mention.start) is not None
        )
        previous = mention
        if repeated:
            continue
        acting.add(mention.code)
        # a place in a route's name ("the Addis Ababa-Djibouti corridor") does not act, nor
        # a state whose goods are traded ("supplies of Russian gas to Uzbekistan")
        if (
            _in_passing(text, mention)
            # what a speaker names in his own words does not act ("We see Malaysia as a door
            # to ASEAN", « une route de la Cemac »): the story tells who acts
            or segments.in_quotation(text, mention.start)
            or routes.in_route_name(text, mention)
            or goods_origin(text, mention)
            or lent_envoy(text, mention)
            or company_home(text, mention)
            or posted_at(text, mention)
            or _population_of(text, mention)
            or _PASSED_THROUGH.search(text, max(0, mention.start - 40), mention.start)
        ):
            continue
        weight[mention.code] += WEIGHTS.get(mention.kind, 1.0)
        if _represented(text, mention) or _ministers_of(text, mention):
            weight[mention.code] += THRESHOLD
        if arrived_in(text, mention) or gathered(text, mention):
            weight[mention.code] += THRESHOLD
        first.setdefault(mention.code, mention.start)
    for mention in title_mentions:
        if (
            mention.kind != "seat"
            # "Togo-AES: no accession signed": the title names what the story says a state
            # would join, and nothing else the organisation does
            and mention.code not in {code for code, _ in joined} - acting
            and not routes.in_route_name(title, mention)
            and not _names_summit(title, mention)
        ):
            weight[mention.code] += TITLE_BONUS
            first.setdefault(mention.code, -1)
    for code in person_parties:
        weight[code] += PERSON_BONUS
    chosen = [code for code, w in weight.items() if w >= THRESHOLD and code in first]
    return sorted(chosen, key=lambda code: first[code])


def signatories(
    agreements: list[Agreement],
    chosen: list[str],
    mentions: list[Mention] | None = None,
    published: str | None = None,
) -> list[str]:
    """Sides of an agreement the weighing missed: signing is acting, even if named once.

    An alliance's member the text never names, read as a side of an older text only because
    the alliance's texts bind its members («Соглашение о свободной торговле между ЕАЭС и
    Вьетнамом, подписанное в 2015 году» in a story of 2026), does not act in the story (SPEC:
    the alliance is the actor when one is spoken of); nor does one of a text still to be
    signed («переговоры о соглашении о свободной торговле между Турцией и Советом
    сотрудничества арабских государств Персидского залива планируется завершить»): the
    members of a text the alliance signs in the story's year do."""
    named = {m.code for m in mentions} if mentions is not None else set()
    extra: list[str] = []
    for agreement in agreements:
        older = bool(published and agreement.date and agreement.date[:4] < published[:4])
        unsigned = agreement.status == "planned"
        for code in agreement.parties:
            if code in chosen or code in extra:
                continue
            if (older or unsigned) and code not in named and _member_of_named(code, named):
                continue
            extra.append(code)
    return extra


def _member_of_named(code: str, named: set[str]) -> bool:
    """Whether `code` is a member of an alliance among the `named` codes."""
    return any(code in members and alliance in named for alliance, members in MEMBERS.items())


# "financed by the European Investment Bank", "financé par la BOAD", «при финансовой поддержке
# Афрэксимбанка»: a funder supports, and SPEC counts support as acting, even named once
_FUNDED_BY = re.compile(
    r"(?:(?:co-?)?(?:financed|funded)\s+(?:(?:jointly|partly|largely|in\s+part|entirely"
    r"|to\s+the\s+tune\s+of\s+[^.;\n]{1,30}?)\s+)?by"
    r"|financ[ée]e?s?\s+(?:(?:conjointement|partiellement|enti[èe]rement|en\s+partie"
    r"|[àa]\s+hauteur\s+de\s+[^.;\n]{1,40}?)\s+)?par|with\s+(?:financing|funding)"
    r"\s+from|avec\s+le\s+financement\s+d[eu]|при\s+(?:финансовой\s+поддержке|финансировании)"
    r"|профинансирован\w*)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?[«\"“]?$",
    re.IGNORECASE,
)


# Those who host, support or broker what the story reports act in it (SPEC: host, support),
# even named once: "with the support of UNDP", "avec l'appui du PNUD", «при поддержке ПРООН»,
# "hosted by Ghana", "à l'invitation du Maroc", «по приглашению Египта», "under the auspices of
# the AU", "mediated by Qatar". The phrase ends right before the name (an article between); a
# witness ("en présence de"), a rule followed ("in line with") or a critic ("despite") is no
# actor, and a meeting "on the sidelines of" one names an event, not who acts.
_BACKED_BY = re.compile(
    r"(?:with\s+(?:the\s+)?(?:financial\s+|technical\s+)?(?:support|backing|help|assistance)"
    r"\s+(?:of|from)|supported\s+by|backed\s+by|hosted\s+by|organi[sz]ed\s+by|convened\s+by"
    r"|mediated\s+by|brokered\s+by|with\s+the\s+mediation\s+of|at\s+the\s+invitation\s+of"
    r"|under\s+the\s+auspices\s+of|in\s+partnership\s+with"
    r"|avec\s+(?:le\s+soutien|l['’]appui|l['’]aide|le\s+concours|l['’]accompagnement)"
    r"(?:\s+(?:financier|technique|financi[èe]re))?\s+d[eu]s?"
    r"|soutenu\w*\s+par|appuy[ée]\w*\s+par|accueilli\w*\s+par|organis[ée]\w*\s+par"
    r"|[àa]\s+l['’]invitation\s+d[eu]s?|sous\s+l['’][ée]gide\s+d[eu]s?"
    r"|(?:gr[âa]ce\s+[àa]\s+la\s+|avec\s+la\s+|sous\s+la\s+)(?:m[ée]diation|facilitation)"
    r"\s+d[eu]s?|facilitated\s+by|with\s+the\s+facilitation\s+of"
    r"|en\s+partenariat\s+avec|mis\w*\s+en\s+[œo]e?uvre\s+par|implemented\s+by"
    r"|при\s+(?:технической\s+)?(?:поддержке|содействии|посредничестве)|по\s+приглашению"
    r"|под\s+эгидой|в\s+партн[её]рстве\s+с"
    # «посредником на переговорах … выступили Соединённые Штаты»: the mediator named last
    r"|посредник\w*\s+(?:[^.;\n]{1,60}?\s+)?выступил\w*)"
    r"\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?[«\"“]?"
    # an organisation's organ stands for it: "avec l'appui de la Commission de la CEDEAO"
    r"(?:(?:Commission|Secr[ée]tariat|Secretariat|Conseil|Council|Комисси\w*|Секретариат\w*)"
    r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|of\s+the\s+|of\s+)?)?$",
    re.IGNORECASE,
)


# A state or an organisation that sends a delegation to the meeting takes part in it, and
# so acts (SPEC: parties meet), however seldom the story names it: "the delegations of
# Kyrgyzstan and Turkmenistan", "les délégations du Kirghizstan et du Turkménistan",
# «делегации Киргизии и Туркменистана» (those coordinated with it too: `_AND_ALSO`).
_DELEGATION_OF = re.compile(
    r"(?:\bdelegations?\s+(?:of|from)|\bd[ée]l[ée]gations?\s+(?:d[eu]s?|de\s+la|de\s+l['’]|d['’])"
    r"|\bделегаци\w*)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?$",
    re.IGNORECASE,
)
# So does one whose representatives attend: "representatives of the World Bank", "les
# représentants de la Cemac", «представители Всемирного банка» (not the envoy who signs for
# another: `lent_envoy`).
_REPRESENTATIVES_OF = re.compile(
    r"(?:\brepresentatives?\s+(?:of|from)"
    r"|\brepr[ée]sentant(?:e|s|es)?\s+(?:d[eu]s?|de\s+la|de\s+l['’]|d['’])"
    r"|(?<!\w)представител(?:и|ей|ь))\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?$",
    re.IGNORECASE,
)


# Those named in the subject of a verb of taking part take part in the meeting, and so act
# (SPEC: parties meet), however seldom the story names them: "Les représentants de la Banque
# mondiale, principal bailleur, et de la Commission de la Cemac y ont pris part",
# "Representatives of the World Bank and the AU Commission also took part", «В заседании
# приняли участие представители Всемирного банка» is the verb before: `_DELEGATION_OF`.
_TOOK_PART = re.compile(
    r"[^.;:!?\n]{0,140}?(?:\b(?:y\s+)?(?:ont|a|avaient|avait)\s+(?:[ée]galement\s+|aussi\s+)?"
    r"(?:pris\s+part|particip[ée])|\b(?:also\s+)?(?:took\s+part|participated)\b"
    r"|(?<!\w)(?:приняли|принял[аио]?)\s+(?:также\s+)?участие)",
    re.IGNORECASE,
)


# A funder named as the source of a loan, a grant or a credit funds: "a loan from the IMF",
# "un prêt de la Banque mondiale", "un financement de l'AFD", «кредит Всемирного банка»,
# "a World Bank loan", "the IMF's credit" (SPEC: support is acting).
_LOAN_OF = re.compile(
    r"(?:\b(?:loans?|grants?|credits?|financing|funding)\s+(?:from|by|of)\s+(?:the\s+)?"
    r"|\b(?:pr[êe]ts?|financements?|subventions?|cr[ée]dits?|dons?)\s+(?:(?:concessionnel|de)\s+)?"
    r"(?:\d[\d\s,.]*\s*(?:milliards?|millions?)?\s*(?:de\s+)?(?:dollars|francs\s+CFA|FCFA|euros)"
    r"\s+)?(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’])"
    r"|(?:кредит\w*|за[её]м\w*|займ\w*|грант\w*)\s+)$",
    re.IGNORECASE,
)
_LOAN_AFTER = re.compile(r"(?:['’]s)?[^\S\n]+(?i:loans?|grants?|credits?|financing|funding)\b")


# A funder named right after a finite verb of funding, the object first: «строительство
# которого будет финансировать Китай», "que financera la Chine", "que finance le Japon" —
# a state too (it supports the story)
_FINANCES = re.compile(
    r"(?:финансир(?:ует|уют|овал\w*|овать)|профинансир(?:ует|уют|овал\w*)|financera|financeront"
    r"|finance|financent|financ[ée]rait)\s+(?:(?:la|le|l['’]|les)\s*)?$"
)  # lower case: "Minister of Finance Ghana" names an office
# "et du Turkménistan", "et de la BOAD": French repeats the preposition before each name
_AND_ALSO = re.compile(
    r"\s*(?:,|and|et|и)\s*(?:(?:de|du|des)\s+|d['’])?(?:the\s+|la\s+|le\s+|l['’]|les\s+)?[«\"“]?"
)


# An organisation that is the subject of a verb of acting acts, even named once: "The
# Inter-American Development Bank, which finances the studies, welcomed the deals", "La CEDEAO
# a, de son côté, approuvé le tracé", «Всемирный банк выделил кредит». The verb follows the
# name, past an acronym in brackets, an aside between commas and auxiliaries.
_ACTING_VERB = (
    r"(?:sign(?:s|ed)?|approu?v\w*|pledg\w*|grant(?:s|ed)|provid\w*|financ\w*|fund(?:s|ed)?"
    r"|host(?:s|ed)?|support(?:s|ed)?|welcom\w*|commit(?:s|ted)|disburs\w*|lend(?:s)?|lent"
    r"|back(?:s|ed)|sign[ée]\w*|accord[ée]\w*|octroy\w*|apport[ée]\w*|soutien\w*|soutenu\w*"
    r"|accueill\w*|salu[ée]\w*|engag[ée]\w*|d[ée]caiss\w*|appui\w*|appuy[ée]\w*|mobilis[ée]\w*"
    r"|подписал\w*|подпишет|одобрил\w*|одобрит|выделил\w*|выделит|профинансир\w*|финансирует"
    r"|предоставил\w*|предоставит|поддержал\w*|поддерживает|приветствовал\w*)\b"
)
# What may stand between a subject and its verb: its organ ("the AU Commission"), an acronym
# in brackets, an aside between commas, auxiliaries and adverbs.
_BEFORE_VERB = (
    r"(?:(?:['’]s)?(?:\s+[A-Z][\w-]+){0,3}?\s+(?i:executive\s+)?"
    r"(?i:Commission|Secretariat|Council|Board))?"
    r"(?:\s*\([^()\n]{1,15}\))?(?:\s*,\s*(?i:which|who|qui|que|котор\w*)\b[^,.;\n]{1,120},)?"
    # the verb in a relative clause on the name: "the IsDB, which is financing", «ЕБРР, который
    # профинансирует»
    r"(?:\s*,\s*(?i:which|who|qui|котор\w*)\b)?"
    r"(?:[\s,]+(?i:will|has|have|had|would|also|already|is|are|was|were|a|ont|va|vont|sera"
    r"|avait|aussi|est|sont"
    r"|[ée]galement|de\s+son\s+c[ôo]t[ée]|pour\s+sa\s+part|quant\s+[àa]\s+elle|s['’]est"
    r"|s['’]|также|уже)\b){0,3}[\s,]+"
)
_ACTS_AFTER = re.compile(_BEFORE_VERB + "(?i:" + _ACTING_VERB + ")")
# A state or an organisation that hosts, convenes or brokers what the story reports acts in it
# (SPEC: parties host, mediate), named once: "Egypt hosted the forum", "Le Rwanda a accueilli
# à Kigali le forum", "Turkey brokered the deal", «ШОС провела совещание», «Узбекистан принял
# в Самарканде встречу» (a Russian verb of receiving or holding only with the meeting it
# holds: «Казахстан принял закон» passes a law), "X and Y agreed", «X и Y договорились».
_HOSTING_VERB = (
    r"(?:(?:host(?:s|ed)?|brokered|mediated|facilitated|convened|agreed|ont\s+convenu"
    r"|sont\s+convenu\w*|договорил\w*|сошлись)\b|accueill\w*|abrit[ée]\w*"
    r"|(?:принял\w*|провел\w*|провёл|организовал\w*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:встреч|саммит|форум|заседани|переговор|конференци|совещани|делегаци|консультаци)"
    r"|выступил\w*\s+(?:в\s+качестве\s+)?посредник)"
)
_HOSTS_AFTER = re.compile(_BEFORE_VERB + "(?i:" + _HOSTING_VERB + ")")


# Those between whom talks are held meet, and so act (SPEC: parties meet): "talks between
# Bahrain and Qatar", "les pourparlers entre le Soudan et le Tchad", «переговоры между
# Арменией и Азербайджаном», «на переговорах Армении и Азербайджана»; and the one talks are
# held "with", by its own name or its commission's: "discussions avec la Commission de la
# CEDEAO", "negotiations with the IMF", «переговоры с Комиссией ЭКОВАС».
_TALKS_BETWEEN = re.compile(
    r"(?:\b(?:talks|negotiations|consultations|discussions|meeting)(?:\s+(?:in|at)\s+[A-Z][\w-]+)?"
    r"\s+(?:between|with)"
    r"|\b(?:pourparlers|n[ée]gociations|entretiens|discussions|consultations|rencontre)"
    r"\s+(?:entre|avec)"
    r"|\b(?:переговор\w*|консультаци\w*|встреч\w*)(?:\s+(?:между|с|со))?)"
    r"\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?"
    r"(?:(?:Commission|Secretariat|Secr[ée]tariat|Комисси\w*|Секретариат\w*)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|of\s+the\s+|of\s+)?)?$",
    re.IGNORECASE,
)
# A state that receives a loan or a grant acts (SPEC: parties receive): "will lend Mozambique
# $500 million", "prêtera au Burkina Faso", «предоставит Таджикистану грант».
_GRANTS_TO = re.compile(
    r"(?:\b(?:lend|lends|lent|loan(?:s|ed)?|grant(?:s|ed)?|award(?:s|ed)?)\s+"
    r"|\b(?:pr[êe]t(?:e|era|eront|ent|ait)|accord(?:e|ée?s?|era|eront|ent|ait)|octroi\w*"
    r"|octroy\w*|allou\w*)\s+(?:au|aux|[àa]\s+la|[àa]\s+l['’])\s*"
    r"|(?:предостав\w+|выдел(?:ит|ил\w*|ят|яет)|выдаст|выдал\w*)\s+)$",
    re.IGNORECASE,
)
# A state's adjective on those who speak or sign for it names one that acts: "the Moroccan
# side", "Emirati officials", "their Kenyan counterparts", "Qatari mediation", «казахстанская
# сторона»; French puts the adjective after the noun ("la partie malienne", "la délégation
# libérienne", "la médiation qatarie").
_SIDE_AFTER = re.compile(
    r"\s+(?i:side|delegation|officials|counterparts?|negotiators|mediation|facilitation"
    r"|сторон\w*|делегаци\w*|переговорщик\w*|посредничеств\w*)\b"
)
_SIDE_BEFORE = re.compile(
    r"\b(?i:partie|d[ée]l[ée]gation|homologues?|responsables|n[ée]gociateurs|m[ée]diation)\s+$"
)


# A sentence that tells an earlier or a like event ("Egypt hosted a similar forum in 2019",
# "Le Nigeria avait accueilli en 2010 une conférence semblable", «Год назад Казахстан принял
# …»): who hosted or talked then is compared, not acting in the story.
_EARLIER = re.compile(
    r"\b(?:in|en|в)\s+(?:19|20)\d\d\b|\b(?:similar|earlier|previously|last\s+year|years?\s+ago"
    r"|semblable|similaire|auparavant|pr[ée]c[ée]demment|l['’]an\s+(?:dernier|pass[ée])"
    r"|l['’]ann[ée]e\s+derni[èe]re|аналогичн\w*|подобн\w*|ранее|прошлом\s+году|назад)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _told_as_earlier(text: str, mention: Mention) -> bool:
    """Whether the sentence that names a mention tells an earlier or a like event."""
    start = max(text.rfind(c, 0, mention.start) for c in ".!?\n") + 1
    end = _SENTENCE_END.search(text, mention.end)
    return bool(_EARLIER.search(text, start, end.start() if end else len(text)))


def _subject_acts(text: str, mentions: list[Mention], index: int) -> bool:
    """Whether a mention is the subject of a verb of acting, alone or with the names coordinated
    after it ("Russia and Ukraine agreed"): an organisation of any such verb, a state (or its
    capital) alone of hosting, brokering or agreeing only (a state's signing is its
    agreement's), with others named with it of any ("Kazakhstan and Tajikistan signed")."""
    mention = mentions[index]
    end = mention.end
    for following in mentions[index + 1 :]:
        if following.start < end:
            continue
        if not _AND_ALSO.fullmatch(text, end, following.start):
            break
        end = following.end
    chained = end > mention.end or (
        index > 0 and bool(_AND_ALSO.fullmatch(text, mentions[index - 1].end, mention.start))
    )
    if _ACTS_AFTER.match(text, end) and mention.kind == "organisation":
        return True
    if _told_as_earlier(text, mention):
        return False
    if mention.kind == "name" and chained:
        return bool(_ACTS_AFTER.match(text, end) or _HOSTS_AFTER.match(text, end))
    return mention.kind in ("name", "seat", "organisation") and bool(_HOSTS_AFTER.match(text, end))


def funders(text: str, mentions: list[Mention], chosen: list[str]) -> list[str]:
    """Organisations and states named as funding, hosting, supporting or brokering what the
    story reports ("financé par la Banque africaine de développement et l'Union européenne",
    "avec l'appui du PNUD"), which the weighing missed."""
    extra: list[str] = []
    previous: Mention | None = None  # the funder named last, for those coordinated with it
    for index, mention in enumerate(mentions):
        window = max(0, mention.start - 60)
        funds = (
            _FUNDED_BY.search(text, window, mention.start)
            or (mention.kind != "seat" and _BACKED_BY.search(text, window, mention.start))
            or _DELEGATION_OF.search(text, window, mention.start)
            or (
                _REPRESENTATIVES_OF.search(text, window, mention.start)
                and not lent_envoy(text, mention)
            )
            or (
                (
                    _TALKS_BETWEEN.search(text, window, mention.start)
                    or _TOOK_PART.match(text, mention.end)
                    or _GRANTS_TO.search(text, window, mention.start)
                )
                and not _told_as_earlier(text, mention)
            )
            or (previous is not None and _AND_ALSO.fullmatch(text, previous.end, mention.start))
        )
        acts = bool(funds) and mention.kind in ("name", "organisation")
        previous = mention if acts else None
        object_first = mention.kind in ("name", "organisation") and _FINANCES.search(
            text, max(0, mention.start - 30), mention.start
        )
        lends = mention.kind in ("name", "organisation") and (
            _LOAN_OF.search(text, max(0, mention.start - 60), mention.start)
            or (mention.kind == "organisation" and _LOAN_AFTER.match(text, mention.end))
        )
        # (a company of that state acting, "the Russian side" is the company: «РЖД … российская
        # сторона готова»)
        described = (
            mention.kind == "adjective"
            and bool(
                _SIDE_AFTER.match(text, mention.end)
                or _SIDE_BEFORE.search(text, window, mention.start)
            )
            and all(home_state(party) != mention.code for party in chosen + extra)
            and not _told_as_earlier(text, mention)
        )
        subject = not _in_passing(text, mention) and _subject_acts(text, mentions, index)
        if (
            (acts or object_first or subject or lends or described)
            and mention.code not in chosen + extra
            and not posted_at(text, mention)  # "Japan's envoy to the UN signed …"
        ):
            extra.append(mention.code)
    return extra


# An English name of a lender or a fund the gazetteer lacks ("the Andean Development Bank",
# "the Green Climate Fund", "the Gates Foundation"): a run of capitalised words ending in the
# head noun, a complement in capitals after it ("Fund for Agricultural Development").
_LENDER_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’-]*[^\S\n]+(?:(?:for|of|and)[^\S\n]+)?){1,5}"
    r"(?:Bank|Fund|Foundation|Programme|Program)\b"
    r"(?:[^\S\n]+(?:for|of)[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3})?"
)
_LEADING = re.compile(r"^(?:(?:The|With|And|Both|Also|Meanwhile|But)\s+)+")


def unnamed_backers(text: str, mentions: list[Mention], chosen: list[str]) -> list[str]:
    """Lenders and funds the gazetteer does not know, by their name as written, where the
    story tells them funding, supporting or acting ("financed by the Andean Development Bank",
    "The Green Climate Fund approved the grant"); one holding a state's name is its state's
    institution (or a known body) and is left to the gazetteer."""
    extra: list[str] = []
    for found in _LENDER_NAME.finditer(text):
        name = _LEADING.sub("", found.group())
        start = found.end() - len(name)
        if not name or any(m.start < found.end() and start < m.end for m in mentions):
            continue
        window = max(0, start - 60)
        backs = _FUNDED_BY.search(text, window, start) or _BACKED_BY.search(text, window, start)
        acts = _ACTS_AFTER.match(text, found.end()) and not _PASSING_BEFORE.search(
            text, window, start
        )
        if (backs or acts) and name not in chosen + extra:
            extra.append(name)
    return extra


_PASSING_BEFORE = re.compile("|".join(_PASSING), re.IGNORECASE)
