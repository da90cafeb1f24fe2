"""Joint bodies: commissions, committees, councils, with their sides, mandate and cadence.

A body is named by a head ("Grande commission mixte", «межправительственная
комиссия», "Joint Commission") and a tail ("de coopération algéro-malienne",
"entre le Mali et le Burkina Faso", «по торгово-экономическому сотрудничеству»).
Repeated mentions ("la Grande commission mixte", "cette commission") are merged into
one body; what a later sentence says of "cette commission" (its cadence, its
mandate) is the body's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from suivi.reading import confidence, nlp, organs, sides
from suivi.reading.context import Context
from suivi.reading.model import Agreement, Body
from suivi.reading.numbers import CARDINALS, ORDINAL
from suivi.reading.sectors import fold
from suivi.reading.segments import Unit, units, units_matching

_ADJ = r"[^\W\d_]{3,}(?:ale|al|aux|ique|ière|ier|elle|ienne|ien|aire|ive|if)s?"
_CAP = r"(?-i:[A-ZÀ-Þ][\w'’]+(?:\s(?:[A-ZÀ-Þ][\w'’]+|d['’][A-ZÀ-Þ][\w'’]+)){0,3})"
_PAIR = r"(?-i:[A-ZÀ-Þ][\w'’]+-[A-ZÀ-Þ][\w'’]+(?:\s(?!Joint|Permanent|Inter-?[Gg]overnmental)[A-Z][\w'’]+)?)"
# a pair of states of up to three words each, joined by a hyphen or a dash
# ("Australia–Papua New Guinea")
_LONG_PAIR = (
    r"(?-i:[A-Z][\w'’]+(?:\s[A-Z][\w'’]+){0,2}\s?[-–]\s?[A-Z][\w'’]+(?:\s[A-Z][\w'’]+){0,2})"
)
# what a union's council of ministers is in charge of, one or two portfolios
_PORTFOLIO_FR = (
    r"(?:des\s+|de\s+la\s+|de\s+l['’]|du\s+|chargés\s+(?:des\s+|de\s+la\s+|de\s+l['’]|du\s+))"
    r"(?:affaires\s+étrangères|défense|sécurité|économie|finances|commerce|intérieur|justice"
    r"|énergie|santé|agriculture|transports|industrie|intégration)"
)
_PORTFOLIO_EN = (
    r"(?:foreign(?:\s+affairs)?|defen[cs]e|finance|economy|economic|trade|interior|energy"
    r"|health|justice|agriculture|transport|security)"
)
_PORTFOLIO_RU = (
    r"(?:иностранных\s+дел|обороны|экономики|финансов|внутренних\s+дел|юстиции|энергетики"
    r"|здравоохранения|сельского\s+хозяйства|транспорта)"
)
# the words that name a meeting format of states (q26): who meets, then the meeting
_WHO_MEETS = r"(?:Leaders|Ministers|Foreign\s+Ministers|Senior\s+Officials|Heads\s+of\s+(?:State|Government))"
_FORMAT_EN = (
    r"(?-i:(?:(?!(?:First|Second|Third|Fourth|Fifth|Sixth|Next|The|This|Last)\b)[A-Z][\w-]+\s+){0,3}"
    rf"{_WHO_MEETS}['’]?\s+(?:Meeting|Summit))"
    # two governments meeting as one: "their third joint meeting", "the joint cabinet
    # meeting", "a joint session of the two governments", "intergovernmental consultations"
    r"|joint\s+(?:(?:government|cabinet|intergovernmental)\s+)?meetings?"
    r"|joint\s+sessions?\s+of\s+(?:the\s+)?(?:two\s+)?governments"
    r"|inter-?governmental\s+consultations"
    # "the Trilateral Ministerial Meeting", "the trilateral ministerial meeting"
    r"|(?:trilateral|tripartite|quadrilateral)\s+ministerial\s+meeting"
    # "the Korea-Japan-China trilateral summit": the states it gathers may come before
    r"|(?-i:(?:[A-Z][\w'’]+-){1,3}[A-Z][\w'’]+\s+)?(?:trilateral|tripartite|quadrilateral)"
    r"\s+summit"
)
_FORMAT_FR = (
    # "la réunion ministérielle trilatérale": who meets may come before the format's word
    r"(?:sommet|r[ée]union)(?:\s+minist[ée]rielle)?\s+(?:trilat[ée]ral|tripartite|quadrilat[ée]ral)e?"
    r"(?:\s+des\s+(?:dirigeants|chefs\s+d['’][ée]tat|ministres))?"
    # "leur troisième réunion conjointe", "la séance conjointe des deux gouvernements",
    # "les consultations intergouvernementales"
    r"|(?:r[ée]union|s[ée]ance)s?\s+conjointes?(?:\s+des\s+(?:deux\s+)?gouvernements)?"
    r"|consultations\s+intergouvernementales"
)
_FORMAT_RU = (
    r"(?:тр[её]хсторонн|четыр[её]хсторонн)\w+\s+(?:министерск\w+\s+)?(?:встреч\w+|саммит\w*)"
    r"(?:\s+(?:лидеров|глав\s+государств|министров))?"
    # «совместное заседание правительств», «межправительственные консультации»
    r"|совместн\w+\s+заседани\w+\s+(?:двух\s+)?правительств|межправительственн\w+\s+консультаци\w+"
)
_HEAD = (
    r"(?:(?:grande|haute|nouvelle)\s+)?commissions?"
    # "commission économique mixte", "commission consulaire mixte"
    # "commission supérieure mixte", "comité supérieur mixte": a higher rank before the
    # qualifier, as the English "Higher Joint Committee"
    r"(?:\s+(?:économique|consulaire|militaire|technique|ministérielle|sécuritaire"
    r"|supérieure)s?)?"
    r"\s+(?P<q1>mixtes?|intergouvernementales?"
    r"|tripartites?|trilatérales?|bilatérales?|permanentes?|paritaires?|conjointes?)"
    r"(?:\s+(?:mixtes?|paritaires?|permanentes?))?"
    # "comité militaire mixte", "comité économique bilatéral": a field word before the
    # qualifier, as for a commission
    r"|comités?(?:\s+(?:économique|consulaire|militaire|sécuritaire|supérieur)s?"
    r"(?=\s+(?:mixte|bilat|conjoint"
    r"|paritaire|intergouv)))?"
    r"(?P<q2>(?:\s+(?:mixtes?|bilatéra(?:l|ux)|conjoints?|paritaires?|techniques?"
    r"|intergouvernementa(?:l|ux)|frontaliers?|directeurs?|de suivi|de pilotage|tripartites?"
    r"|trilatéra(?:l|ux)"
    r"|(?:inter)?ministériels?|sectoriels?|de coordination|d['’]orientation|consultatifs?)\b)+)"
    r"|conseils?\s+(?P<q3>d['’]affaires|conjoints?|mixtes?|bilatéra(?:l|ux)"
    r"|intergouvernementa(?:l|ux))"
    # (the hyphen some writers keep: "the Inter-Governmental Commission")
    rf"|(?:{_PAIR}\s+)?(?P<q4>joint|inter-?governmental|bilateral|mixed|permanent|tripartite"
    r"|trilateral)"
    r"(?:\s+(?:and\s+)?(?:permanent|joint|cooperation|economic|ministerial|steering|monitoring|technical"
    r"|trade|commercial|consular|defen[cs]e|security|border|boundary|health|higher|high"
    r"|supreme|consultative|coordination|coordinating|strategic|investment|business"
    # what a joint body of two operators runs: "a joint operations committee"
    r"|operations|operating|planning|management|implementation|oversight"
    # the shared waters two states manage together: "the Joint Water Commission"
    r"|water|waters|rivers?))*"
    r"\s+(?:commission|committee|council)s?"
    # a capitalised name whose field words the list above does not hold: "the Joint Rivers
    # Commission", "the Joint Operations Committee", "Permanent Water Commission"
    # those who sit in it may name it: "the Trilateral Senior Officials' Committee"
    rf"|(?:{_PAIR}\s+)?(?P<q23>(?-i:Joint|Permanent|Inter-?[Gg]overnmental|Bilateral|Mixed"
    r"|Trilateral|Tripartite))"
    r"(?-i:(?:\s+(?:and\s+)?[A-Z][a-z]+['’]?){1,3}\s+(?:Commission|Committee|Council)s?)"
    r"|(?:[а-яё]+о-[а-яё]+\s+)?"
    r"(?P<q5>межправительственн\w+|смешанн\w+|совместн\w+|двусторонн\w+|тр[её]хсторонн\w+"
    r"|постоянн\w+)\s+"
    # «совместная кыргызско-таджикская демаркационная комиссия»: a pair and a field word
    r"(?:[а-яё]+-[а-яё]+\s+)?"
    r"(?:(?!парламент|депутат|межправ)[а-яё]{4,}(?:ая|ой|ую|ый|ого|ому|ым|ом)\s+)?"
    r"(?:комисси\w+|комитет\w*)"
    r"|(?P<q6>межправкомисси)\w*"
    r"|(?P<q9>steering|monitoring|follow-up|technical|ministerial|coordinating)"
    r"(?:\s+(?:joint|technical|ministerial|coordination))*\s+committees?"
    rf"|(?P<q10>(?:{_PAIR}\s+)?(?:(?:joint|technical|bilateral|trilateral)\s+)?working\s+groups?"
    # a task force is a working group by another name: "agreed to set up a task force on
    # air transport", "créer une task force sur le transport aérien"
    r"|(?:joint\s+)?task[- ]forces?"
    # "the India-Bhutan Joint Group of Experts", "groupe mixte d'experts", «совместная группа
    # экспертов»
    rf"|(?:{_PAIR}\s+)?joint\s+(?:group\s+of\s+experts|experts?\s+group)"
    r"|groupe\s+(?:mixte|conjoint)\s+d['’]experts|совместн\w+\s+групп\w+\s+экспертов"
    r"|groupes?\s+de\s+travail(?:\s+(?:mixtes?|conjoints?|bilatéra(?:l|ux)|techniques?"
    r"|tripartites?))*"
    r"|(?:[а-яё]+о-[а-яё]+\s+)?(?:(?:совместн|смешанн|двусторонн|межведомственн)\w+\s+)?"
    # «рабочая группа», not «встречей рабочих групп по энергетике»: working groups in the
    # plural are the commission's sittings by field, no body of their own
    # (nor «поручили рабочим группам подготовить …», the plural's dative)
    r"рабоч(?!их\s|ие\s|ими\s|им\s)\w+\s+групп\w*)"
    # a commission's subcommittee by its field: «подкомитет по минеральным ресурсам»
    # (singular: «встречи подкомитетов» are the commission's sittings by field; the field
    # read by the dative tail below, which English and French names do not take)
    # (a subcommission too: «заседания подкомиссии по энергетике и подкомиссии по
    # образованию», not «подкомиссий», «подкомиссиям» in the plural)
    r"|(?P<q31>под(?:комитет(?!ов\s|ы\s|ами\s|ам\s)|комисси(?!й\s|ям\s|ями\s|ях\s))\w*"
    r"(?=\s+по\s))"
    r"|(?P<q11>руководящ\w+|координационн\w+|наблюдательн\w+)\s+(?:комитет|совет)\w*"
    # the standing committee of several states' senior officials that prepares their
    # ministers' meetings: "the Committee of Senior Energy Officials", "the Senior Officials'
    # Committee", "le Comité des hauts fonctionnaires", «Комитет старших должностных лиц»
    r"|(?P<q32>committees?\s+of\s+senior\s+(?:[\w-]+\s+){0,2}?officials"
    r"|senior\s+officials['’]?\s+committees?|comit[ée]s?\s+des\s+hauts\s+fonctionnaires"
    r"|комитет\w*\s+старших\s+должностных\s+лиц)"
    # organs of alliances, confederations and unions, and presidential councils
    r"|(?P<q12>coll[eè]ge\s+des\s+chefs\s+d['’][eé]tat"
    # "au sommet des chefs d'État" says at which level, not which body
    # "la Conférence des chefs de gouvernement de la CARICOM": heads of government alone
    r"|(?:conf[eé]rence|(?<!au\s)sommet)\s+des\s+chefs\s+(?:d['’][eé]tat"
    r"(?:\s+et\s+de\s+gouvernement)?|de\s+gouvernement)"
    # "le Conseil présidentiel d'investissement du Sénégal" is a state's own, and so is a
    # "Conseil présidentiel de transition" (the interim head of one state)
    r"|conseil\s+pr[eé]sidentiel(?!\s+(?:d['’]|de\s+l['’]|pour\s+l['’])investissement"
    r"|\s+de\s+(?:la\s+)?transition)"
    r"|haut\s+conseil|haut\s+comit[eé]\s+mixte"
    # two states' bank supervisors sitting together (Basel's "supervisory college"): "un
    # collège de superviseurs qui se réunira une fois par an", «коллегия надзорных органов»
    r"|coll[eè]ges?\s+(?:de|des)\s+superviseurs|supervisory\s+colleges?"
    r"|colleges?\s+of\s+supervisors|коллеги\w+\s+надзорн\w+\s+орган\w*"
    # (not a fund's or a bank's own board: "soumis au Conseil des gouverneurs du Fonds")
    r"|conseil\s+des\s+gouverneurs(?!\s+(?:du\s+fonds|de\s+la\s+banque))"
    r"|council\s+of\s+governors(?!\s+of\s+the\s+(?:fund|bank))"
    r"|совет\w*\s+губернаторов(?!\s+(?:фонда|банка))"
    r"|коллеги\w+\s+глав\s+государств"
    # "binational" names a standing organ of two states: "the Ecuador-Peru Binational
    # Cabinet" (their presidents and ministers meeting as one), "the Bi-National Commission",
    # "le cabinet binational", "la commission binationale"
    # (an authority too: "l'Autorité binationale du lac Titicaca", "the Binational Authority
    # of Lake Titicaca", the organ two states run a shared lake or river by)
    rf"|(?:{_PAIR}\s+)?bi-?national\s+(?:cabinet|commission|committee|council|authority)s?"
    r"|(?:cabinet|commission|conseil|comit[ée]|autorit[ée])s?\s+binationa(?:l|le|ux|les)\b"
    r"|gabinete\s+binacional|бинациональн\w+\s+кабинет\w*"
    # a standing format of a region's leaders: «Консультативная встреча глав государств
    # Центральной Азии», "Consultative Meeting of the Heads of State of Central Asia"
    r"|консультативн\w+\s+встреч\w+\s+глав\s+государств"
    r"|consultative\s+meeting\s+of\s+(?:the\s+)?heads\s+of\s+state"
    r"|r[ée]union\s+consultative\s+des\s+chefs\s+d['’][ée]tat"
    # the standing office of a joint body: "le secrétariat conjoint", «совместный секретариат»
    r"|secr[ée]tariat\s+conjoint|joint\s+secretariat|совместн\w+\s+секретариат\w*"
    r"|presidential\s+council|high\s+joint\s+(?:committee|commission)"
    # "Supreme Coordination Council"; a bare "Higher Committee for Labour" is a state's own
    r"|supreme\s+council|(?:supreme|higher|high-level)\s+(?:joint|coordination|coordinating"
    r"|cooperation|strategic)\s+(?:council|committee|commission)"
    r"|governors['’]?\s+forum"
    # a pair names whose it is: "the Egypt-Sudan Higher Committee", "UAE-India Joint Task Force",
    # "the Chile-Peru High-Level Security Group"
    # "the EU-Georgia Association Council", "the Chile-Peru Cooperation Council": the
    # standing council two sides' partnership or association treaty sets up
    rf"|{_PAIR}\s+(?:(?:higher|supreme)\s+(?:committee|council)|(?:joint\s+)?task\s+force"
    r"|(?:cooperation|partnership|association)\s+(?:council|committee)"
    r"|high[- ]level\s+(?:[\w-]+\s+){0,2}?group)"
    # "le Groupe de haut niveau sur la sécurité Chili-Pérou", «Российско-чилийская группа
    # высокого уровня»: a high-level group is a body where a pair of states names it
    r"|(?-i:G)roupes?\s+(?:bilat[ée]ral\s+)?de\s+haut\s+niveau"
    r"(?:\s+(?:sur|pour)\s+la\s+s[ée]curit[ée])?"
    rf"(?=\s+(?:{_CAP}\s?[-–]\s?{_CAP}|entre\s|[^\W\d_]+o-[^\W\d_]+))"
    r"|(?-i:[А-ЯЁ][а-яё]+о-[а-яё]+)\s+групп\w*\s+высокого\s+уровня"
    # "la Haute autorité de coopération mauritano-sénégalaise", "le Cadre de concertation
    # permanent Mali-Niger": a standing joint body by another name (capitalised: "ce cadre
    # de concertation" speaks of a commission named before)
    r"|haute\s+autorit[eé]\s+de\s+coop[eé]ration|(?-i:C)adre\s+(?:permanent\s+)?de\s+concertation"
    r"(?:\s+(?:permanent|bilat[eé]ral|transfrontalier))?"
    # "Brazil-Nigeria Strategic Dialogue Mechanism", "mécanisme de dialogue politique"
    # "a tripartite consultation mechanism", "un mécanisme tripartite de concertation": the
    # number of its members between
    rf"|(?:{_PAIR}\s+)?(?:strategic|political|bilateral|joint|tripartite|trilateral"
    r"|quadripartite)\s+(?:dialogue|consultation)\s+mechanism"
    r"|m[ée]canisme\s+(?:(?:tripartite|trilat[ée]ral|quadripartite|bilat[ée]ral|conjoint"
    r"|permanent)\s+)?de\s+(?:dialogue|concertation)(?:\s+(?:strat[ée]gique|politique))?"
    # "relancer le mécanisme de consultations politiques", "the political consultations
    # mechanism", "the mechanism for political consultations" (talks alone are no body)
    r"|m[ée]canisme\s+(?:de|des)\s+consultations?(?:\s+politiques?)?(?:\s+bilat[ée]rales?)?"
    r"|(?:political\s+|bilateral\s+)?consultations?\s+mechanism"
    r"|mechanism\s+(?:for|of)\s+(?:political\s+|bilateral\s+)?consultations?"
    r"|механизм\w*\s+(?:стратегическ\w+\s+|политическ\w+\s+)?(?:диалог|консультаци)\w*"
    # a joint mechanism that follows up what was agreed: "a joint monitoring mechanism that
    # will report every six months", "un mécanisme conjoint de suivi", «совместный механизм
    # мониторинга»
    r"|joint\s+(?:monitoring|follow-up)\s+mechanism|m[ée]canisme\s+(?:conjoint|mixte)\s+de\s+suivi"
    r"|совместн\w+\s+механизм\w*\s+(?:мониторинга|контроля)"
    # a standing forum of two governments' ministers, by its proper name: "the Australia-PNG
    # Ministerial Forum, which meets annually"; a lower-case "ministerial forum" is an event
    rf"|(?:{_LONG_PAIR}\s+)?(?-i:Ministerial\s+Forum|Forum\s+minist[ée]riel|Министерск\w+\s+форум\w*"
    # «Российско-египетский министерский форум»: a Russian name capitalises its first word
    r"|[А-ЯЁ][а-яё]+о-[а-яё]+\s+министерск\w+\s+форум\w*)"
    r"|(?:(?<!at\sthe\s)summit|conference|authority|college|council)\s+of\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z]{2,6})\s+)?heads\s+of\s+(?:state|government)"
    r"(?:\s+and\s+government)?"
    r"|conseil\s+des\s+chefs\s+d['’](?:[eé]tat|gouvernement)"
    # an alliance's organ of collective defence: «Совет коллективной безопасности ОДКБ»
    r"|совет\w*\s+коллективной\s+безопасности|collective\s+security\s+council"
    r"|conseil\s+de\s+s[ée]curit[ée]\s+collective"
    r"|высш\w+\s+(?:государственн\w+\s+|евразийск\w+\s+(?:экономическ\w+\s+)?)?совет\w*"
    r"|высш\w+\s+госсовет\w*"
    # the supreme organ of two states' strategic partnership, by its rank: «Высший
    # стратегический комитет», «Высший координационный совет» (the Russian of "Supreme
    # Strategic Committee", "Higher Coordination Council" above), "le Haut comité stratégique"
    r"|высш\w+\s+(?:стратегическ|координационн|совместн|смешанн)\w+\s+(?:комитет|комисси|совет)\w*"
    r"|haut\s+comit[eé]\s+(?:strat[ée]gique|de\s+coordination)"
    # an alliance's council by its own adjective, the alliance named after it: «Экономический
    # совет СНГ», "le Conseil économique de la CEEAC"
    r"|(?-i:[А-ЯЁ][а-яё]+(?:ий|ый|ой|ого|ому|ым|ом))\s+совет\w*"
    rf"(?=\s+(?:{organs.ALLIANCE_NAMES}))"
    # two states' commission of a shared river basin: «Российско-белорусская бассейновая
    # комиссия», "the Kazakh-Chinese Basin Commission"
    r"|(?:[а-яё]+о-[а-яё]+\s+)?бассейнов\w+\s+комисси\w*"
    rf"|{_PAIR}\s+(?:river\s+)?basin\s+commission"
    # the commission two or more states keep for the water of rivers they share, named by the
    # rivers: «Чу-Таласская водохозяйственная комиссия», "the Chu-Talas Water Commission", "the
    # Amu Darya Water Management Commission", "la Commission des eaux du Chu-Talas"
    r"|(?:(?-i:[А-ЯЁ])[а-яё]+(?:-(?-i:[А-ЯЁ])?[а-яё]+)?\s+)?водохозяйственн\w+\s+комисси\w*"
    # (a "National Water Commission" is a state's own)
    r"|(?-i:(?!(?:National|Federal|State|Regional|Provincial|County|Municipal|City)\b)"
    r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?\s+Water\s+(?:Management\s+)?Commission)"
    r"|(?-i:Commission)\s+(?:de\s+gestion\s+)?des\s+eaux\s+(?:du|de\s+la|de\s+l['’])\s*"
    r"(?-i:[A-Z][\w-]+)"
    r"|(?:евразийск\w+\s+)?межправительственн\w+\s+совет\w*|совет\w*\s+глав\s+(?:государств|правительств))"
    # a council of ministers is a union's organ only when the union is named with it
    r"|(?P<q13>(?:conseil\s+des\s+ministres|council\s+of\s+ministers|совет\w*\s+министров)"
    r"(?=\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|of\s+the\s+|of\s+)?"
    # "of the Economic Community of Central African States": a word or two before
    r"(?:(?:economic|monetary|customs|african|east|west|southern|eurasian|[eé]conomique"
    r"|mon[eé]taire)\s+){0,2}"
    r"(?:conf[eé]d[eé]ration|alliance|union|communaut[eé]|community|AES|CEDEAO|ECOWAS|UEMOA"
    r"|CEEAC|ECCAS|SADC|EAC|IGAD|союзн\w+|ЕАЭС|СНГ|ОДКБ|евразийск\w+|конфедераци\w+"
    rf"|альянс\w*|(?-i:АГС|КГС)|{organs.ALLIANCE_NAMES}))"
    # "the Union Council of Ministers", "the SADC Council of Ministers"
    # "the East African Community (EAC) Council of Ministers": the acronym in brackets between
    r"|(?:(?<=Union\s)|(?<=Community\s)|(?<=(?-i:[A-Z][A-Z])\s)|(?<=(?-i:[A-Z][A-Z])\)\s))"
    r"council\s+of\s+ministers)"
    # a community's council of ministers by field: "the Sectoral Council on Finance and
    # Economic Affairs", "le Conseil sectoriel des ministres de la Santé", «Отраслевой совет»
    r"|(?P<q27>(?-i:Sectoral\s+Council)(?=\s+(?:on|of)\s+[A-Z])|(?-i:Conseil\s+sectoriel)"
    r"|(?-i:Отраслев\w+\s+совет\w*))"
    # an alliance's summit is its organ: "the BRICS Summit", "le sommet de la CEDEAO",
    # «саммит ШОС»; "the Russia-Africa summit" is an event of no organ
    rf"|(?P<q19>(?:{organs.ALLIANCE_NAMES})\s+summit"
    rf"|summit\s+of\s+(?:the\s+)?(?:{organs.ALLIANCE_NAMES})"
    rf"|sommet\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+)?(?:{organs.ALLIANCE_NAMES})"
    rf"|саммит\w*\s+(?:{organs.ALLIANCE_NAMES})"
    # "the Arab League Council at ministerial level", "le Conseil de la Ligue arabe",
    # «Совет ЛАГ»: the council of an alliance named by its name
    rf"|(?:{organs.ALLIANCE_NAMES})\s+council(?!\s+of\b)"
    # an alliance's heads of government sitting as its supreme organ, named by the alliance:
    # "the OECS Authority", "l'Autorité de l'OECO"; capitalised ("the OECS authority to act"
    # is a power, no organ)
    rf"|(?:{organs.ALLIANCE_NAMES})\s+(?-i:Authority)(?!\s+of\b)"
    rf"|(?-i:Autorité)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+)?(?:{organs.ALLIANCE_NAMES})"
    r"|council\s+of\s+the\s+(?:arab\s+league|league\s+of\s+arab\s+states)"
    r"|conseil\s+de\s+la\s+ligue\s+(?:arabe|des\s+[ée]tats\s+arabes)"
    r"|совет\w*\s+(?:лиги\s+арабских\s+государств|(?-i:ЛАГ)))"
    # an organ told as such by the apposition after its name: "the Common Market Council,
    # the bloc's highest decision-making body", "le Conseil du marché commun, l'organe
    # suprême du bloc", «Совет общего рынка — высший орган объединения»
    r"|(?P<q20>(?-i:(?:[A-Z][\w'’-]+\s+){1,4}(?:Council|Committee|Commission|Assembly"
    r"|Conference|Authority))"
    r"(?=,\s+(?:the|its)\s+(?:bloc|alliance|union|community|organi[sz]ation|grouping)['’]s?"
    r"\s+(?:[\w-]+\s+){0,3}(?:body|organ)\b)"
    r"|(?-i:(?:Conseil|Comité|Conférence|Assemblée))(?:\s+(?:du|de\s+la|des|de\s+l['’]|de)"
    r"\s*[\w'’-]+(?:\s+[\w'’-]+)?)"
    r"(?=,\s+(?:l['’]|le\s+|la\s+)(?:organe|instance)\s+(?:[\w-]+\s+){0,3}"
    r"(?:du\s+bloc|de\s+l['’](?:organisation|alliance|union)|de\s+la\s+(?:communauté"
    r"|confédération)))"
    r"|(?-i:(?:Совет|Комитет|Ассамбле))\w*(?:\s+[а-яё-]+){1,3}"
    r"(?=\s*[—–,]\s*(?:[а-яё-]+\s+){0,2}орган\w*\s+(?:объединени|блок|союз|альянс|сообществ"
    r"|организаци)\w*))"
    # business councils of two states: "Kenya-Uganda Business Council", «деловой совет»
    rf"|(?:{_PAIR}\s+|(?-i:[А-ЯЁ][а-яё]+о-[а-яё]+)\s+)?(?P<q14>business\s+council"
    r"|делов\w+\s+совет\w*)"
    # a council of ministers named by its portfolio is an organ of a union of states (a
    # state's own cabinet has none): "Conseil des ministres des Affaires étrangères",
    # "Council of Foreign Ministers", «Совет министров обороны»
    rf"|(?P<q15>conseils?\s+des\s+ministres\s+{_PORTFOLIO_FR}"
    rf"(?:\s*(?:,|et)\s+{_PORTFOLIO_FR})*"
    rf"|councils?\s+of\s+{_PORTFOLIO_EN}\s+ministers|{_PORTFOLIO_EN}\s+ministers['’]?\s+council"
    rf"|councils?\s+of\s+ministers\s+(?:of|for)\s+{_PORTFOLIO_EN}(?:\s+affairs)?"
    r"|ministerial\s+council"
    rf"|совет\w*\s+министров\s+{_PORTFOLIO_RU})"
    # councils of a strategic partnership: "Strategic Partnership Council", "High-Level
    # Strategic Cooperation Council", "Conseil de partenariat stratégique", «Совет
    # сотрудничества высшего уровня», «Высший межгосударственный совет»
    rf"|(?:{_PAIR}\s+)?(?P<q16>strategic\s+(?:partnership|cooperation)\s+council"
    r"|high[- ]level\s+(?:strategic\s+)?cooperation\s+council"
    r"|conseil\s+(?:de\s+)?(?:partenariat|coop[ée]ration)\s+strat[ée]gique"
    r"|conseil\s+de\s+coop[ée]ration\s+(?:strat[ée]gique\s+)?de\s+haut\s+niveau"
    r"|совет\w*\s+(?:по\s+)?стратегическ\w+\s+(?:партн[её]рств|сотрудничеств)\w*"
    r"|совет\w*\s+(?:стратегическ\w+\s+)?сотрудничества\s+высшего\s+уровня"
    r"|(?:высш\w+\s+)?межгосударственн\w+\s+совет\w*"
    r"|supreme\s+interstate\s+council|conseil\s+(?:supr[eê]me\s+inter[ée]tatique"
    r"|inter[ée]tatique\s+supr[eê]me))"
    # "the Saudi-Iraqi Coordination Council", "the Kenya-UAE Strategic Dialogue": a pair's own
    rf"|{_PAIR}\s+(?P<q17>coordination\s+council|strategic\s+dialogue|council\s+of\s+ministers)"
    # a pair's dialogue that meets by numbered rounds is its standing mechanism: "the second
    # round of their strategic dialogue", "le deuxième cycle de leur dialogue stratégique",
    # «второй раунд стратегического диалога» (a dialogue told alone is talk, no body)
    r"|(?P<q40>(?<=round\sof\stheir\s)strategic\s+dialogue"
    r"|(?<=round\sof\sthe\s)strategic\s+dialogue"
    r"|(?<=\sde\sleur\s)dialogue\s+strat[ée]gique"
    r"|(?<=раунд\s)стратегическ\w+\s+диалог\w*)"
    # two neighbours' standing organ of their frontier, by its proper name: "their General
    # Border Committee", "Regional Border Committees of the two sides", "le Comité général
    # des frontières", «Генеральный пограничный комитет» (a state's own border service is no
    # committee of this shape)
    r"|(?P<q21>(?-i:(?:General|Regional|Joint|Permanent)\s+(?:Border|Boundary)\s+"
    r"(?:Committee|Commission)s?"
    r"|Comités?\s+(?:général|régional|mixte|permanent)\w*\s+(?:de\s+la\s+|des\s+|de\s+)frontières?"
    r"|(?:Генеральн|Региональн|Совместн|Постоянн)\w+\s+пограничн\w+\s+(?:комитет|комисси)\w*))"
    # "le Conseil des ministres franco-allemand": a cabinet of two states is their organ
    r"|(?P<q18>conseils?\s+des\s+ministres)(?=\s+[^\W\d_]+o-[^\W\d_]+)"
    r"|(?:commissions?|autorit[ée]s?)\s+(?P<q7>[^\W\d_]+o-[^\W\d_]+)"
    # "la Commission de coopération Sénégal-Gambie": a pair of states names a cooperation
    # commission without "mixte"
    rf"|(?-i:C)ommission\s+(?P<q25>de\s+coopération)(?=\s+{_CAP}\s?[-–]\s?{_CAP})"
    # «российско-малийская комиссия», «казахстанско-китайский комитет по сотрудничеству»
    r"|(?P<q8>[а-яё]+о-[а-яё]+)\s+(?:комисси|комитет)\w*"
    # a pair's joint body by its usual acronym alone: "the 5th Tanzania-Mozambique JPC", "the
    # South Africa-Zimbabwe BNC" (a Joint … Commission/Committee, a Bi-National Commission)
    rf"|{_LONG_PAIR}\s+(?P<q24>(?-i:J[A-Z]{{1,3}}C|BNC))\b"
    # a standing commission of several states of a region, named by what it coordinates:
    # «Межгосударственная координационная водохозяйственная комиссия», "the Interstate
    # Commission for Water Coordination", "la Commission inter-États de coordination de l'eau"
    r"|(?P<q22>межгосударственн\w+\s+(?:[а-яё]+\s+){0,2}комисси\w*"
    r"|inter-?state\s+commission|commission\s+inter-?[ée]tat(?:s|ique)?)"
    # a meeting format of several states' leaders or ministers, by its name: "the Trilateral
    # Leaders' Meeting", "le Sommet trilatéral", «трёхсторонняя встреча лидеров»; a standing
    # body only where the text gives it a cadence (`_MEETING_FORMAT`), else one event
    rf"|(?P<q26>{_FORMAT_EN}|{_FORMAT_FR}|{_FORMAT_RU})"
    # a body's committee named by its fields in the list its plural announces ("its two
    # committees: the Committee on Trade and Industry, and the Committee on Health", "ses deux
    # comités : le Comité de l'économie et des finances, et le Comité de la santé"); kept only
    # after such a colon (`_LISTED`)
    r"|(?P<q30>(?-i:(?:Sub-?)?Committee\s+on(?:\s+(?:and\s+)?[A-Z][\w'’-]*,?)+)"
    r"|(?-i:(?:Sous-)?Comité\s+(?:de\s+la|de\s+l['’]|du|des|chargé\s+d\w*)\s?)"
    r"(?:(?!,\s+(?:et\s+)?l[ea]\s+(?-i:[CS])|\s+et\s+l[ea]\s+(?-i:[CS]))[^.;:()])+)"
)
# a French name's adjective after its noun: "l'Union européenne", "la Communauté andine"
_FR_EPITHET = r"(?:\s(?-i:[a-zà-ÿ]+(?:enne|aise|aine|ique|ale|ine)))?"
_TAIL = (
    r"(?:\s+de\s+coopération"
    rf"|\s+{_CAP}\s?[-–]\s?{_CAP}"
    rf"|\s+entre\s+(?:le\s|la\s|l['’]|les\s)?{_CAP}\s+et\s+(?:le\s|la\s|l['’]|les\s)?{_CAP}"
    rf"|\s+between\s+(?:the\s)?{_CAP}\s+and\s+(?:the\s)?{_CAP}"
    # the two sides named after "of": "the Joint Committee of the Eurasian Economic Union and
    # Mongolia", "le Comité mixte de l'Union européenne et du Maroc"
    rf"|(?-i:\s+of\s+(?:the\s)?{_CAP}\s+and\s+(?:the\s)?{_CAP})"
    rf"|(?-i:\s+(?:de\s+la\s|de\s+l['’]|du\s|des\s){_CAP}{_FR_EPITHET}\s+et"
    rf"\s+(?:de\s+la\s|de\s+l['’]|du\s|des\s){_CAP}{_FR_EPITHET})"
    r"|\s+между\s+(?-i:[А-ЯЁ][\w-]+(?:\s[А-ЯЁ][\w-]+){0,3})\s+и\s+(?-i:[А-ЯЁ][\w-]+(?:\s[А-ЯЁ][\w-]+){0,3})"
    r"|\s+[^\W\d_]+o-[^\W\d_]+"
    rf"|\s+{_ADJ}(?:(?:\s*,\s*|\s+et\s+){_ADJ})*"
    r"|\s+et\s+d['’]exécution"
    r"|\s+des\s+(?:décisions|recommandations|projets|accords)(?:\s+de\s+la\s+commission)?"
    # «по торгово-экономическому и научно-техническому сотрудничеству»: the fields before
    # the noun are adjectives in the dative, not any words («по торговле, действующей в
    # рамках комиссии по … сотрудничеству» names the group's field, then another body)
    r"|\s+по\s+(?:[а-яё-]+(?:ому|ему)(?:,\s*|\s+)|и\s+)*?сотрудничеству"
    # «рабочая группа по сельскому хозяйству», «комиссия по энергетике»: a field in the dative
    r"|\s+по\s+(?!итогам|словам|данным|мнению|приглашению|поручению|инициативе|случаю"
    r"|результатам|завершении|окончании|линии|вопросу\s+о)"
    r"(?:[а-яё-]+(?:ому|ему|ой|ым|им)\s+)*[а-яё-]+(?:ству|ике|ии|ию|ам|ям|ению|анию|ле|ву|ду|ту)"
    r"(?!\w)"
    # and a second field joined to it: «по минеральным ресурсам и энергетике» (not a second
    # body: «подкомиссии по энергетике и подкомиссии по образованию»)
    r"(?:\s+и\s+(?!(?:под)?(?:комисси|комитет))(?:[а-яё-]+(?:ому|ему|ой|ым|им)\s+)*[а-яё-]+(?:ству|ике|ии|ию|ам|ям|ению|анию"
    r"|ле|ву|ду|ту)(?!\w))?"
    r"|\s+(?:on|for|of)\s+(?:[\w-]+(?:,\s*|\s+and\s+))*[\w-]*\s*cooperation)*"
)
_NAME = re.compile(rf"(?<!\w)(?:{_HEAD}){_TAIL}", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"(?<!\w)(?:(?:la|cette|sa|ce|le|du|au|the|this|its)\s+"
    r"(?:futur[e]?\s+|nouvel(?:le)?\s+|new\s+|grande\s+|haute\s+)?"
    # "Le Conseil des ministres se réunit deux fois par an", "the Council of Ministers meets
    # …": bare, with no union after it, the council of ministers named before
    r"(?P<fr>conseil\s+des\s+ministres(?!\s+(?:des|de|du|d['’])\b)"
    r"|council\s+of\s+ministers(?!\s+(?:of|for)\b)"
    r"|commission|comité|conseil|committee|council|groupe de travail|working group"
    # "the group" once a group is named: "the next meeting of the group" is its session
    r"|groupe|group|collège|college|forum|mechanism|mécanisme"
    # "the summit" once a summit of several states is named as a series: "agreed to hold the
    # summit every year", "the next summit will be held in China"
    r"|summit|sommet"
    # "the Authority" (of Heads of State) only capitalised: "the authority to sign" is no body
    r"|(?-i:Authority|Autorité))\b"
    r"(?!\s+(?:de\s+l['’]|de\s+la|du|des|of\s+the|européenne|africaine|nationale|électorale))"
    # "L'organe lui-même est né de l'accord de 2010": the body named before, by what it is
    r"|(?<!\w)(?:l['’]|cet\s+)(?P<organ>organe)\b(?!\s+(?:de|d['’]|du|des)\b)"
    # «Комиссию возглавляют …», «с комиссией»: the body in any case of the singular
    r"|(?P<ru>(?:межправ)?комисси(?:я|и|ю|ей)|рабоч\w+ групп\w+|групп[аеуы]|(?-i:МПК)"
    # «Межправсовет собирается …»: the intergovernmental council named before, by its short name
    r"|межправсовет(?:а|у|ом|е)?"
    r"|саммит(?:а|у|ом|е|ы)?"
    # «первое заседание Совета»: capitalised, the council named before; a council of
    # ministers, of heads or of directors is named, not referred to
    r"|(?-i:Совет(?:а|у|ом|е)?)(?!\s+(?:министров|глав|директоров|безопасности|Федерации))"
    # «Комитет, заседания которого проводятся ежегодно», «заседания комитета проводятся
    # ежегодно»: alone, the committee named before (a committee of a field is named:
    # «Комитет по …»)
    r"|(?-i:[Кк]омитет(?:а|у|ом|е)?)(?!\s+(?:по|министров|глав|Государственной))"
    r")\b)",
    re.IGNORECASE,
)
_SUMMIT_WORD = re.compile(r"summit|sommet|саммит", re.IGNORECASE)
_TYPES = (
    # a subcommittee is not the committee it sits under («Заседания Комитета» is the other)
    ("подкомитет", "subcommittee"),
    ("подкомисси", "subcommittee"),
    ("комисси", "commission"),
    ("межправкомисси", "commission"),
    ("commission", "commission"),
    ("comit", "committee"),
    ("committee", "committee"),
    ("комитет", "committee"),
    ("conseil", "council"),
    ("groupe", "group"),
    ("group", "group"),
    ("групп", "group"),
    ("council", "council"),
    ("совет", "council"),
    ("collège", "college"),
    ("college", "college"),
    ("коллеги", "college"),
    ("forum", "forum"),
    ("secr", "secretariat"),
    ("секретариат", "secretariat"),
    ("autorit", "authority"),
    ("mechanism", "mechanism"),
    ("mécanisme", "mechanism"),
    ("meeting", "meeting"),
    ("réunion", "meeting"),
    ("встреч", "meeting"),
    ("summit", "meeting"),
    ("sommet", "meeting"),
    ("саммит", "meeting"),
    ("mecanisme", "mechanism"),
    ("механизм", "mechanism"),
)
_MANDATE = re.compile(
    r"\bcharg(?:é|ée|és|ées)\s+(?:du\s+|de\s+la\s+|des\s+|de\s+l['’]|d['’]|de\s+)?(?P<a>[^,.;:«»]+)"
    r"|\bafin\s+de\s+(?P<b>[^,.;:«»]+)"
    r"|\bpour\s+le\s+(?P<c>suivi\s+[^,.;:«»]+)"
    r"|\b(?:in charge of|responsible for|tasked with)\s+(?P<d>[^,.;:]+)",
    re.IGNORECASE,
)
_NUMBER = "|".join(sorted(map(re.escape, CARDINALS), key=len, reverse=True))
# a count of months or years between meetings is small: «в следующий раз в 2026 году» (next
# time, in 2026) is a date, not «раз в N лет»
_COUNT = rf"\d{{1,2}}|{_NUMBER}"
_CADENCE = (
    (
        re.compile(
            rf"(?:tous les|chaque) (?P<n>{_COUNT}) mois"
            rf"|(?:every|once in) (?P<n2>{_COUNT}) months"
            # «одного раза в три месяца»: «раза», the genitive after «одного»
            rf"|каждые (?P<n3>{_COUNT}) месяц\w*|раза? в (?P<n4>{_COUNT}) месяц\w*"
        ),
        1,
    ),
    (
        re.compile(
            rf"(?:tous les|chaque) (?P<n>{_COUNT}) ans"
            rf"|(?:every|once in) (?P<n2>{_COUNT}) years"
            rf"|раза? в (?P<n3>{_COUNT}) год\w*|каждые (?P<n4>{_COUNT}) год\w*"
        ),
        12,
    ),
    (
        re.compile(
            r"semestriel\w*|deux fois (?:par an|l['’]an)|twice (?:a|per|each) year|semi-annual\w*"
            # "meets half-yearly" is not yearly
            r"|раз в полгода|half[- ]yearly|twice annually|deux fois annuellement"
            # "biannual" is twice a year ("biennial" is every two years)
            r"|\bbi-?annual\w*"
            r"|каждые полгода|дважды в год|every six months"
        ),
        6,
    ),
    (
        re.compile(
            r"trimestriel\w*|quarterly|ежеквартальн\w*|раз в квартал|(?:chaque|tous les) trimestres?"
            r"|(?:every|each|per) quarter|каждый квартал|par trimestre"
            # "meets roughly once a quarter", "une fois par trimestre", «раз в три месяца» above
            r"|(?:once|one time|a meeting)\s+(?:a|per|every|each)\s+quarter"
        ),
        3,
    ),
    (
        re.compile(
            r"(?:chaque|tous les|par) semestres?|every half[- ]year|twice[- ]yearly|раз в семестр"
        ),
        6,
    ),
    (re.compile(r"biennal\w*|biennial\w*|every (?:other|second) year|un an sur deux"), 24),
    # "thrice a year"; «раз в полтора года», «каждые полтора года»
    (re.compile(r"thrice (?:a|per|each) year|three times annually"), 4),
    (re.compile(r"(?:раз в|каждые) полтора года"), 18),
    (
        re.compile(
            r"tous les ans|chaque annee|annuel\w*|une fois (?:par an|l['’]an)|every year|annual\w*"
            # «не реже одного раза в год»: «раза», the genitive after «одного»
            r"|once a year|ежегодн\w*|раза? в год|каждый год|yearly|each year"
        ),
        12,
    ),
    (
        re.compile(
            r"tous les mois|chaque mois|mensuel\w*|monthly|every month|ежемесячн\w*"
            r"|une fois par mois|once a month|раз в месяц|каждый месяц"
        ),
        1,
    ),
)


_REACH = 400  # characters read on each side of a mention


@dataclass
class Found:
    """One body with the spans that name it or refer to it."""

    body: Body
    key: tuple[str, str]
    explicit: bool  # its sides come from its own name, not from the story
    spans: list[tuple[int, int]] = field(default_factory=list)
    acronym: str | None = None  # named by its acronym alone ("the Tanzania-Mozambique JPC")
    formats: bool = False  # a meeting format (q26): a body only with a cadence
    summit: bool = False  # an alliance's summit (q19): its organ, unless only a setting


def extract(ctx: Context, resolved: list[Found] | None = None) -> list[Body]:
    """The bodies of the text, each once, with sides, mandate and cadence; from `resolved`
    when the caller has `resolve(ctx)` already (the reader resolves once for sessions too)."""
    found = resolve(ctx) if resolved is None else resolved
    for f in found:
        f.body.confidence = confidence.body(f.explicit, len(f.spans), f.body.name)
    return [f.body for f in found if not _own_organ(f.body)]


# The sides a sentence refers back to as those who signed: "the three signatories", "the
# signing parties", "les signataires", «подписанты»
_SIGNATORIES = re.compile(
    r"(?i)\bthe\s+(?:[\w-]+\s+)?(?:signatories|signing\s+parties)\b"
    r"|\bles\s+(?:[\w-]+\s+)?(?:signataires|parties\s+signataires)\b"
    r"|(?<![\w-])подписант(?:ы|ов|ами)\b"
)


# A text told before, named again by its kind in a sentence that names no side: "the
# protocol widens what the Chu-Talas commission runs", «протокол расширяет перечень …»,
# "l'accord sera suivi par le comité mixte"
_TEXT_AGAIN = re.compile(
    r"(?i)\b(?:the|this|that|l['’]|le|la|ce|cet|cette)\s*(?:new\s+|nouvel(?:le)?\s+)?"
    r"(?:agreement|protocol|memorandum|accord|protocole|m[ée]morandum|convention)\b"
    r"|(?<![\w-])(?:соглашени|протокол|меморандум)\w*"
)
# a text's statuses once it exists: signed, initialled, ratified or in force (not planned)
_STATUSES_TOLD = ("signed", "initialled", "ratified", "in_force")


# A summit of heads of state named by the level alone, with no alliance or series of its
# own: "le prochain sommet des chefs d'État", "the next summit of heads of state", «на
# ближайшем саммите глав государств»
_LEVEL_SUMMIT = re.compile(
    r"(?i)^(?:sommet|summit|саммит\w*)\s+(?:des\s+chefs|of\s+(?:the\s+)?heads|глав)\b"
)


def without_untold_summits(bodies: list[Body], sessions_told: list) -> list[Body]:
    """A summit of heads of state the text names only as the level a text goes to ("sera
    soumis au prochain sommet des chefs d'État", "to be presented at the next summit of heads
    of state") tells no meeting of a standing organ: a body only when the text tells one of
    its sessions ("prévu à Bamako en décembre")."""
    told = {s.body for s in sessions_told}
    return [
        b for b in bodies if b.name in told or not _LEVEL_SUMMIT.match(b.name) or _meeting_told(b)
    ]


# when or where a meeting is to be held, after the body's name in its sentence: "scheduled
# for Conakry in November", "prévu à Bamako en décembre", «который пройдёт в Минске»
_MONTHS = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
    r"|d[ée]cembre|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йея]\w*|июн\w*|июл\w*"
    r"|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*"
)
_MEETING_TOLD = re.compile(
    r"(?i:pr[ée]vue?s?|programm[ée]e?s?|se\s+tiendra|aura\s+lieu|scheduled|planned|to\s+be\s+held"
    r"|will\s+be\s+held|take\s+place|пройд[её]т|состоится|запланирован\w*)"
    rf"|(?i:\b(?:en|in|в)\s+(?:{_MONTHS})\b)"
    r"|(?:\b(?:à|in)|(?<!\w)в)\s+[A-ZÀ-ÝА-ЯЁ][\w'’-]+"
)


def _meeting_told(body: Body) -> bool:
    """Whether the body's sentence tells, after its name, when or where it meets."""
    at = fold(body.evidence).find(fold(body.name))
    return at != -1 and bool(_MEETING_TOLD.search(body.evidence, at + len(body.name)))


def with_signatories(ctx: Context, bodies: list[Body], agreements: list[Agreement]) -> None:
    """A body the signatories set up ("The three signatories also agreed to set up a Joint
    Steering Committee") has the sides of the text signed last before its sentence, when
    that sentence names no side of its own (its sides were the story's, a guess); so has a
    body told in a sentence that speaks of a text again by its kind ("the protocol widens
    what the Chu-Talas Water Commission runs": the protocol's sides, not the story's)."""
    for body in bodies:
        at = ctx.text.find(body.evidence)
        if at < 0:
            continue
        signatories = _SIGNATORIES.search(body.evidence)
        if not (signatories or _TEXT_AGAIN.search(body.evidence)):
            continue
        if sides.named_in(ctx, at, at + len(body.evidence)):
            continue
        statuses = ("signed", "initialled") if signatories else _STATUSES_TOLD
        signed = [
            (where, a)
            for a in agreements
            if a.status in statuses
            and len(a.parties) >= 2
            and 0 <= (where := ctx.text.find(a.evidence)) < at
        ]
        if signed:
            body.parties = list(max(signed, key=lambda pair: pair[0])[1].parties)


# words that make a body's name a joint one, whoever the story names: "mixte", "Joint",
# «межправительственная», a pair of states ("nigéro-béninois", "Kenya-Uganda", "entre … et")
_JOINT_NAME = re.compile(
    r"mixte|joint|conjoint|bilat|intergouv|intergovern|inter-?etat|interstate|binational"
    r"|bi-national|tripart|paritaire|межправ|межгос|совмест|смешан|двусторон|тр[её]хсторон"
    r"|[^\W\d_]o-[^\W\d_]|\b(?:entre|between|между)\b"
    # a body of a region's states, whose other members the story need not name: "the Lake
    # Chad Basin Governors' Forum", "le sommet des chefs d'État", «Совет глав государств»
    r"|bassin|basin|\blake|\blac\b|river|fleuve|region|governor|gouverneur|forum|summit"
    r"|sommet|conference|heads|chefs|глав|саммит|бассейн|union|communaut|community|союз"
)
_PAIR_IN_NAME = re.compile(r"\w\s?[-–]\s?[A-ZА-ЯЁ]")


def _own_organ(body: Body) -> bool:
    """A body one state alone sits in whose name says nothing of two sides is that state's
    own organ ("the Supreme Council of Universities", "le Comité interministériel", "a
    technical committee of the Ministry of Health"), no joint body."""
    return (
        len(body.parties) == 1
        and not _JOINT_NAME.search(fold(body.name))
        and not _PAIR_IN_NAME.search(body.name)
    )


def resolve(ctx: Context) -> list[Found]:
    """Bodies with every span that names them or refers back to them (for sessions)."""
    found: list[Found] = []
    last: Found | None = None
    all_units = units(ctx.text)
    named = units_matching(_NAME, ctx.text, all_units)
    referred = units_matching(_ANAPHOR, ctx.text, all_units)
    acronyms: dict[str, Found] = {}
    for i, unit in enumerate(all_units):
        if (
            last is not None
            and (_PRONOUN_MEETS.search(unit.text) or _noun_meets(last.body, unit.text))
            and _told_in(last, all_units, i)
        ):
            # "The commission last met in 2022. The ministers agreed that it would henceforth
            # meet every two years": the pronoun is the body just told (its cadence only:
            # what else the sentence says may be the speakers')
            last.body.cadence_months = last.body.cadence_months or cadence(unit.text)
        if i not in named and (i not in referred or not found):
            continue
        for m in _NAME.finditer(unit.text):
            if _counted(unit.text, m):
                continue
            if m.group("q30") and not _LISTED.search(unit.text, 0, m.start()):
                continue  # "the Committee on …" outside a body's list of its committees
            if not m.group("q30") and _ANNOUNCES_LIST.match(unit.text, m.end()):
                continue  # "its two committees: the Committee on …": the list names them
            if m.group("q24") and _by_acronym(found, acronyms, m.group("q24")):
                continue  # the body named in full before, by its acronym
            if fields := _fields_after(unit.text, m):
                for field_words in fields.group("a", "b"):
                    last = _add(ctx, found, unit, m, field_words, fields.end())
                continue
            last = _add(ctx, found, unit, m)
            acronym = _ACRONYM.match(unit.text, m.end())
            if acronym:
                acronyms.setdefault(acronym.group(1), last)
        for m in _ANAPHOR.finditer(unit.text):
            target = _anaphor_target(found, last, m, unit.start + m.start())
            head = next(g for g in ("fr", "ru", "organ") if m.group(g))
            if target and not target.formats and _SUMMIT_WORD.match(m.group(head)):
                continue  # "the summit" stands for a format of states, not an alliance's summit
            # "de la commission mixte X": the article before a name is no reference back
            noun = unit.start + m.start(head)
            if any(a <= noun < b for f in found for a, b in f.spans):
                continue
            if target and not any(a <= unit.start + m.start() < b for a, b in target.spans):
                target.spans.append((unit.start + m.start(), unit.start + m.end()))
                if not (
                    _OF_ANOTHER_BODY.search(unit.text, max(0, m.start() - 80), m.start())
                    or _attached_to(unit.text, m)
                ):
                    _describe(target.body, _around(ctx, unit, m), ctx.language)
                last = target
    for f in found:
        initials = _initials(f.body.name)
        if initials and re.search(rf"(?<![\w(]){initials}(?![\w)])", ctx.text):
            acronyms.setdefault(initials, f)
    for f in [f for f in found if f.acronym]:
        # "the 5th Tanzania-Mozambique JPC …; the Joint Permanent Commission (JPC)": one body
        full = _by_acronym([g for g in found if g is not f], acronyms, f.acronym)
        if full is not None:
            full.spans = sorted(full.spans + f.spans)
            full.body.cadence_months = full.body.cadence_months or f.body.cadence_months
            found.remove(f)
    for acronym, target in acronyms.items():
        _add_acronym_spans(ctx.text, acronym, target)
        _describe_by_acronym(ctx, all_units, target)
    return [f for f in found if not _one_event(f, ctx.text) and not _setting(f, ctx.text)]


# Where something else happens: "on the sidelines of the Mercosur summit", "en marge du sommet
# de la CEDEAO", «на полях саммита ШОС», «в кулуарах саммита»; "at", «на» a summit named so
# (or a time the story's own acts are set by: "coordinate their positions ahead of the SADC
# Summit", "en prévision du sommet de la CEDEAO", «накануне саммита ШОС»)
_SIDELINES = re.compile(
    r"(?:(?:on|in|at)\s+the\s+(?:side-?lines|margins?)\s+of|en\s+marge\s+d|на\s+полях"
    r"|в\s+кулуарах|ahead\s+of|in\s+the\s+run-?up\s+to|en\s+pr[ée]vision\s+d|накануне"
    r"|в\s+преддверии)[\w'’]*\s+(?:the\s+|la\s+|l['’]|le\s+)?$"
)
_AT = re.compile(r"(?<!\w)(?:at|au|на|в\s+ходе)\s+(?:the\s+)?$")


def _setting(f: Found, text: str) -> bool:
    """An alliance's summit named only as where a signing or a meeting of others took place
    ("Bolivia and Paraguay signed … on the sidelines of the Mercosur summit", "… sign deal at
    Mercosur summit"; «встреча на полях саммита ШОС») is its setting, no session the story
    tells: neither a body nor a session (a summit told as held, numbered or meeting stays)."""
    if not f.summit:
        return False
    before = [fold(text[max(0, a - 40) : a]) for a, _ in f.spans]
    return any(_SIDELINES.search(b) for b in before) and all(
        _SIDELINES.search(b) or _AT.search(b) for b in before
    )


# the plural that announces a list of committees by a colon: "its two ministerial committees:"
_LISTED = re.compile(r"(?:committees|comit[ée]s(?:\s+[\w-]+)?)\s*:", re.IGNORECASE)
_ANNOUNCES_LIST = re.compile(
    r"\s*:\s*(?:the\s+|le\s+|la\s+)?(?-i:(?:Sub-?)?Committee\s+on|(?:Sous-)?Comité\s)"
)


def _one_event(f: Found, text: str) -> bool:
    """A meeting format named with no cadence ("the Trilateral Leaders' Meeting" with none of
    "will be held annually", «будет проводиться ежегодно») is one event, no standing body,
    unless the text numbers its meetings ("la troisième réunion ministérielle trilatérale",
    "the fourth Trilateral Ministerial Meeting", «третья трёхсторонняя встреча»): a series
    (not where the text gives it to another body anywhere: "the second Leaders' Meeting of
    the Council", "the Council … held its first Leaders' Meeting")."""
    if not f.formats or f.body.cadence_months is not None:
        return False
    before = [fold(text[max(0, a - 30) : a]) for a, _ in f.spans]
    owned = any(_OF_AFTER.match(text, b) for _, b in f.spans) or any(
        _OWNER_BEFORE.search(words) for words in before
    )
    return owned or not any(_NUMBERED_BEFORE.search(words) for words in before)


# an ordinal right before a format's name: its meetings are counted, a series (an article
# is no Roman numeral: "le", "la" are not "50e")
_NUMBERED_BEFORE = re.compile(rf"(?<![\w-])(?!(?:le|la|les)\s)(?:{ORDINAL})\s+$")
# the format's meetings as another body's: "of the Council" after, "its" before
_OF_AFTER = re.compile(r"\s+(?:of|de|du|des|d['’])(?!\w)", re.IGNORECASE)
_OWNER_BEFORE = re.compile(rf"(?<!\w)(?:its|sa|son|ses|leur|своей|своего)\s+(?:{ORDINAL}\s+)?$")


# A pronoun that meets: "it would henceforth meet", "elle se réunira désormais", «она будет
# собираться»; a few words (a modal, an adverb) between it and its verb
_PRONOUN_MEETS = re.compile(
    # ("il" for a masculine body: "le comité … Il se réunira chaque trimestre")
    r"(?i:(?<!\w)(?:it|elle|il|она|он)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meets?\b|convenes?\b|se\s+r[ée]uni|собира|заседа))"
    # the body's meetings by a possessive: "its meetings will be held annually", «его
    # заседания будут проводиться ежегодно», "ses sessions se tiendront chaque année"
    r"|(?i:(?<!\w)(?:its|ses|его|её|ее)\s+(?:meetings|sessions|r[ée]unions|заседания|сессии)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:will|shall|are\s+held|se\s+tiendr|se\s+tiennent|auront"
    r"|ont\s+lieu|будут|проводятся|проходят))"
    # the meetings as the object of holding them: "agreed to hold them every year", "convenus
    # de les tenir chaque année", «договорились проводить их ежегодно»
    r"|(?i:(?<!\w)(?:hold\s+them|les\s+(?:tenir|organiser)|проводить\s+их|их\s+проводить)\b)"
)


# A demonstrative and a word of the body's name, then a verb of meeting: "Ces consultations
# se tiendront désormais chaque année" after "le mécanisme de consultations politiques",
# "These talks will be held yearly", «Эти консультации будут проводиться ежегодно»
_NOUN_MEETS = re.compile(
    r"(?i:(?<!\w)(?:ces|cette|cet|ce|these|this|эти|этот|эта|это)\s+(?P<noun>[^\W\d_]{4,})\s+"
    r"(?:[\w-]+\s+){0,3}?(?:se\s+tiendr\w*|se\s+tiennent|auront\s+lieu|ont\s+lieu"
    r"|se\s+r[ée]uni\w*|(?:will|shall)\s+(?:\w+\s+)?(?:be\s+held|meet|take\s+place)"
    r"|(?:are|is)\s+held|meets?\b|convenes?\b|(?:будут|будет)\s+(?:\w+\s+)?"
    r"(?:проводиться|проходить)|собира|заседа))"
)


def _noun_meets(body: Body, sentence: str) -> bool:
    """Whether the sentence says when the body meets, naming it by a word of its name after
    a demonstrative ("ces consultations" of "mécanisme de consultations politiques")."""
    m = _NOUN_MEETS.search(sentence)
    if m is None:
        return False
    noun = fold(m.group("noun"))[:6]
    return any(fold(word).startswith(noun) for word in re.findall(r"\w{4,}", body.name))


# a bare reply, after the label of who speaks: "Oui.", "Arjana Dervishi : Yes.", «Да.»
_BARE_REPLY = re.compile(r"^(?:[^:]{0,60}:\s*)?\W*\w+\W*$")


def _told_in(body: Found, all_units: list[Unit], i: int) -> bool:
    """Whether the body is named or referred to in sentence `i` or the one before it (a bare
    reply between them skipped: "Ces réunions ont-elles vocation à durer ? — Oui. Nous sommes
    convenus de les tenir chaque année")."""
    before = max(0, i - 1)
    if before > 0 and _BARE_REPLY.match(all_units[before].text):
        before -= 1
    start = all_units[before].start
    return any(start <= a < all_units[i].end for a, _ in body.spans)


# "le comité de suivi de la Grande commission mixte, qui se réunira tous les six mois", "the
# steering committee of the Joint Commission, which will meet every six months": the body
# referred to is the complement of another's name; what the clause says is the other's.
# Only bodies that meet: a secretariat's or a bureau's name leaves the clause to the body
# it is of ("le secrétariat de la commission mixte, qui se réunit tous les deux ans")
_OF_ANOTHER_BODY = re.compile(
    r"(?i:\b(?:comit[ée]|committee|sous-commission|sub-committee|subcommittee|groupe|group)\b"
    r"[^,.;:()]{0,40}?\s(?:de\s+la|du|de\s+l['’]|des|de|of\s+the|of)\s*"
    r"(?:(?:grande|haute|high|joint)\s+)?$"
    # «подкомитета Межправительственной комиссии»: the genitive after the other's head
    r"|(?:подкомитет|комитет|рабоч\w+\s+групп)\w*\s+$)"
)


def _by_acronym(found: list[Found], acronyms: dict[str, Found], acronym: str) -> Found | None:
    """The body named in full whose acronym (in brackets or by its initials) this is."""
    target = acronyms.get(acronym)
    if target is not None and target in found and not target.acronym:
        return target
    return next((f for f in found if not f.acronym and _initials(f.body.name) == acronym), None)


# "the Joint Commission for Cooperation (JCC)": later, "the JCC" is that body
# "the India-Oman Joint Commission Meeting (JCM)": the acronym may take the meeting word in
_ACRONYM = re.compile(r"\s*(?:(?-i:Meeting|Session)\s*)?\((?-i:([A-ZА-ЯЁ]{2,6}))\)")


_MAX_ACRONYM_SPANS = 200
# words a body's acronym skips: "Interstate Commission for Water Coordination" is the ICWC
_LINK_WORDS = {"of", "for", "and", "the", "on", "de", "des", "du", "la", "le", "et", "по", "и"}


def _initials(name: str) -> str | None:
    """The acronym a body's name makes of its words' first letters («Межгосударственная
    координационная водохозяйственная комиссия» -> «МКВК»), which the text may use for it
    without giving it in brackets; three letters at least, so that two do not stand for
    any pair of words."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _LINK_WORDS]
    initials = "".join(w[0] for w in words).upper()
    return initials if len(initials) >= 3 else None


def _add_acronym_spans(text: str, acronym: str, target: Found) -> None:
    """Every later mention of a body by the acronym given after its name."""
    named = list(target.spans)
    for n, m in enumerate(re.finditer(rf"(?<![\w(]){acronym}(?![\w)])", text)):
        if n >= _MAX_ACRONYM_SPANS:  # a page that repeats it thousands of times stays cheap
            break
        if not any(a <= m.start() < b for a, b in named):
            target.spans.append((m.start(), m.end()))
    target.spans.sort()


def _describe_by_acronym(ctx: Context, all_units: list[Unit], target: Found) -> None:
    """ "The JCC meets every two years": what a sentence says of the body by its acronym
    is the body's, as for "the Commission"."""
    for a, b in target.spans:
        unit = next((u for u in all_units if u.start <= a < u.end), None)
        if unit is not None:
            span = re.compile(re.escape(ctx.text[a:b])).search(unit.text, a - unit.start)
            if span:
                _describe(target.body, _around(ctx, unit, span), ctx.language)


# "the working groups on border crossing and on fisheries", "les groupes de travail sur la
# pêche et sur les frontières": the preposition said again tells one group per field (the
# Russian plural, «рабочие группы», is no body: see q10)
_FIELDS_AFTER = re.compile(
    r"\s+(?P<a>(?P<p>on|for|sur|pour)\s+[^\W\d][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s*,?"
    r"\s+(?:and|et)\s+(?P<b>(?P=p)\s+[^\W\d][\w'’-]*(?:\s+[\w'’-]+){0,3}?)"
    r"(?=\s*[,.;:)]|\s+(?:to|de|d['’]|à|which|that|qui)\b)",
    re.IGNORECASE,
)
_PLURAL_GROUPS = re.compile(r"(?:working\s+groups|groupes\s+de\s+travail)\b", re.IGNORECASE)


def _fields_after(text: str, m: re.Match) -> re.Match | None:
    """The two fields after groups named in the plural, each its own group."""
    if not (m.group("q10") and _PLURAL_GROUPS.search(m.group())):
        return None
    return _FIELDS_AFTER.match(text, m.end())


def _singular(name: str) -> str:
    """ "working groups" -> "working group", "groupes de travail" -> "groupe de travail"."""
    return re.sub(r"(?i)\b(group|groupe)s\b", r"\1", name)


def _add(
    ctx: Context,
    found: list[Found],
    unit: Unit,
    m: re.Match,
    field_words: str | None = None,
    field_end: int | None = None,
) -> Found:
    """The body a name match names (with `field_words`, one of plural groups by field, named
    up to `field_end`), merged into a body found before when it is the same."""
    start, end = unit.start + m.start(), unit.start + m.end()
    name = _nominative(m.group().strip(), ctx.language)
    if m.group("q30"):  # "the Committee on Trade and Industry, and …": not the list's comma
        name = name.rstrip(" ,")
    if field_words and field_end is not None:
        name, end = f"{_singular(name)} {field_words}", unit.start + field_end
    named = (
        (organs.members_in(m.group()) if m.group("q19") else [])  # "the BRICS Summit"
        # "ministers of Mercosur met at the Common Market Council, the bloc's ... body"
        or (organs.members_in(unit.text) if m.group("q20") else [])
        or sides.named_in(ctx, start, end)
        or sides.alliance_of_name(m.group())
        or organs.members_after(ctx.text, end)
        or organs.members_before(ctx.text, start)
    )
    explicit = len(named) >= 2
    # "le comité de suivi de la commission mixte se réunit tous les six mois": what the
    # sentence says is the comité's, the body its name is of is only named in it
    # ("le secrétariat de la commission mixte, qui se réunit tous les deux ans": a relative
    # clause right after the name is the name's own, unless the name is the complement of a
    # committee's or a group's, which meet: "le comité de suivi de la Commission, qui ...")
    own = _RELATIVE_AFTER.match(ctx.text, end)
    of_another = _OF_ANOTHER_BODY.search(unit.text, max(0, m.start() - 80), m.start())
    inside = _inside_other(ctx.text, start, found) and not own
    near = "" if of_another or inside else _around(ctx, unit, m)
    at = _end_in_around(unit, m) if near else None
    window = (max(unit.start, start - _REACH), min(unit.end, end + _REACH))
    parties = named if explicit else sides.sides(ctx, *window)
    if not explicit and not _JOINT_NAME.search(fold(name)):
        # "the Ministerial Council of the GCC … the Supreme Council": an organ named bare in a
        # story of an alliance's organs is one of that alliance's, not of all the story's
        # sides (a partner it signs a trade agreement with sits in none of them); a joint
        # body's name ("the joint commission", «трёхсторонний комитет») says it is another's
        members = [f.body.parties for f in found if f.explicit and len(f.body.parties) >= 3]
        if members and set(members[0]) & set(parties) and not set(parties) <= set(members[0]):
            parties = list(members[0])
    key = (type_of(m.group()), _qualifier(m) + (f":{fold(field_words)}" if field_words else ""))
    for f in found:
        if f.key == key and (f.body.parties == parties or not (explicit and f.explicit)):
            if len(name.split()) > len(f.body.name.split()):
                f.body.name = name
            if explicit and not f.explicit:
                f.body.parties, f.explicit = parties, True
            f.spans.append((start, end))
            if not _under_other(unit.text, m):
                _describe(f.body, near, ctx.language, at)
            return f
    body = Body(name=name, evidence=unit.text, parties=parties)
    _describe(body, near, ctx.language, at)
    f = Found(body, key, explicit, [(start, end)], acronym=m.group("q24"))
    f.formats = bool(m.group("q26"))
    f.summit = bool(m.group("q19"))
    found.append(f)
    return f


# "split into three working groups", "trois groupes de travail thématiques": groups counted in
# the plural are a meeting's sittings by field, no standing body of their own
_GROUPS = re.compile(r"(?:[\w-]+\s+)*(?:working\s+groups|groupes\s+de\s+travail)\b", re.I)
_COUNT_BEFORE = re.compile(
    rf"(?<!\w)(?:\d+|{_NUMBER}|several|various|plusieurs|divers|des|into|in)\s+$", re.I
)


# "Nous ne voulons plus de commissions mixtes qui produisent des textes", "there are too many
# joint committees": bodies in the plural, in lower case, left indefinite, are a kind, no body
_GENERIC_PLURAL = re.compile(
    r"(?:[a-zà-ÿ-]+\s+)*(?:commissions|comit[ée]s|committees|councils|conseils)"
    r"(?:\s+[a-zà-ÿ-]+)*",
)
# (after a negation or a quantity: "des comités mixtes paritaires" the sides decide to create
# are bodies of their own)
_INDEFINITE_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?:plus|pas|trop|moins|jamais|beaucoup|tant)\s+(?:de\s+|d['’])"
    r"|no\s+(?:more\s+)?|any\s+(?:more\s+)?|such\s+|too\s+many\s+)$",
    re.I,
)


def _counted(text: str, m: re.Match) -> bool:
    """Whether a name is a plural of groups counted or left indefinite before it, or of
    bodies of a kind in lower case ("plus de commissions mixtes")."""
    before = text[max(0, m.start() - 30) : m.start()]
    return bool(
        (_GROUPS.match(m.group()) and _COUNT_BEFORE.search(before))
        or (_GENERIC_PLURAL.fullmatch(m.group().strip()) and _INDEFINITE_BEFORE.search(before))
    )


_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:qui|which|that|которая|который|которое)\b", re.I)
_OF_BEFORE = re.compile(
    r"\s*(?:\bde\s+la|\bdu|\bdes|\bde\s+l['’]|\bof\s+the|\bof|\bd['’])\s*$", re.I
)


# «созданная при комиссии рабочая группа», "the working group set up under the Commission",
# "le groupe de travail créé auprès de la commission": the body is where another is set up
_ATTACHED_TO = re.compile(
    r"(?i:(?:\bпри|\battached\s+to|\bunder|\baupr[èe]s\s+de|\brattach\w*\s+[àa]"
    # the body another reports to: "un groupe de travail, qui se réunira une fois par an et
    # rendra compte à la Commission mixte", "will report to the Commission", «будет
    # отчитываться перед комиссией»
    r"|\brend\w*\s+compte\s+[àa]|\breport\w*\s+to|\bотчитыва\w*\s+перед)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?$)"
)


def _under_other(text: str, m: re.Match) -> bool:
    """Whether a body named again is only where another body its sentence names is set up
    or reports ("un groupe de travail, qui se réunira une fois par an et rendra compte à la
    Commission mixte"): what the sentence says (a cadence) is the other body's."""
    return bool(
        _ATTACHED_TO.search(text, max(0, m.start() - 30), m.start())
        and any(not n.start() <= m.start() < n.end() for n in _NAME.finditer(text))
    )


def _attached_to(text: str, m: re.Match) -> bool:
    """Whether a body referred back to only sets up another body its sentence names: it is
    where the other is set up («созданная при комиссии рабочая группа будет собираться раз в
    квартал», "a group set up under the Commission"), or the other is named after it ("the
    commission had agreed on a joint monitoring mechanism that will report every six
    months"). What the sentence says (a cadence) is the other body's; a relative clause right
    after the reference ("the Commission, which meets yearly, set up …") stays its own."""
    others = [n for n in _NAME.finditer(text) if not n.start() <= m.start() < n.end()]
    if others and _ATTACHED_TO.search(text, max(0, m.start() - 30), m.start()):
        return True
    return any(n.start() >= m.end() for n in others) and not _RELATIVE_AFTER.match(text, m.end())


def _inside_other(text: str, start: int, found: list[Found]) -> bool:
    """Whether a body's name is the complement of another body's just before it ("le comité de
    suivi de la commission mixte", "the steering committee of the Joint Commission")."""
    of = _OF_BEFORE.search(text[max(0, start - 14) : start])
    if not of:
        return False
    at = start - len(of.group())
    return any(b == at for f in found for _, b in f.spans)


def _around(ctx: Context, unit: Unit, m: re.Match) -> str:
    """The sentence around a mention, bounded so that a page-long "sentence" stays cheap."""
    start = max(unit.start, unit.start + m.start() - _REACH)
    return ctx.text[start : min(unit.end, unit.start + m.end() + _REACH)]


def _end_in_around(unit: Unit, m: re.Match) -> int:
    """Where the mention ends in `_around`'s text."""
    return unit.start + m.end() - max(unit.start, unit.start + m.start() - _REACH)


def _anaphor_target(found: list[Found], last: Found | None, m: re.Match, at: int) -> Found | None:
    """The body a reference at `at` stands for: the last of its type named before it. "The
    Council agreed to reconvene …, after a special meeting of the Sectoral Council": a body
    named later in the sentence is not the one referred to (when one was named before)."""
    if m.group("organ"):
        return last  # "l'organe": the body just told, whatever its kind
    kind = type_of(m.group("fr") or m.group("ru"))
    same = [f for f in found if f.key[0] == kind]
    before = [f for f in same if any(a < at for a, _ in f.spans)]
    if before and (last is None or last not in before):
        return max(before, key=lambda f: max(a for a, _ in f.spans if a < at))
    if last is not None and last.key[0] == kind:
        return last
    return same[-1] if same else None


def type_of(word: str) -> str:
    """The type of a body from its head noun, the first one the name uses."""
    folded = fold(word)
    hits = [(folded.find(stem), kind) for stem, kind in _TYPES if stem in folded]
    return min(hits)[1] if hits else "commission"


_QUALIFIER_CLASSES = (
    (("mixte", "conjoi", "joint", "perman", "mixed", "parita", "смешан", "совмес"), "joint"),
    (("interg", "inter-g", "межпра"), "intergovernmental"),
    (("tripar", "trilat", "трехст"), "tripartite"),
    (("bilate", "двусто"), "bilateral"),
)


def _without_pair(name: str) -> str:
    """A body's name without the pair of states before its head ("Australia–Papua New
    Guinea Ministerial Forum" -> "Ministerial Forum"): the shortest dashed prefix whose
    rest is still a body's name."""
    words = name.split()
    for n in range(1, min(len(words), 7)):
        head, rest = " ".join(words[:n]), " ".join(words[n:])
        # «Российско-египетский министерский форум»: the rest opens a name in lower case
        if re.search(r"\w[-–]\s?\w|\s[-–]\s", head) and _NAME.fullmatch(
            rest[:1].upper() + rest[1:]
        ):
            return rest
    return name


def _qualifier(m: re.Match) -> str:
    """What tells bodies of one type apart: "mixte", "Joint" and "permanente" are one class,
    «межправкомиссия» and "intergouvernementale" another."""
    if m.group("q7") or m.group(
        "q8"
    ):  # "commission algéro-malienne", «российско-малийская комиссия»
        return "joint" if m.group("q7") else "intergovernmental"
    if m.group("q10"):  # "groupe de travail mixte", «рабочая группа»: one class
        return "working"
    if m.group("q15"):  # councils of ministers are told apart by their portfolio
        return "ministers:" + fold(m.group("q15"))[-12:]
    if m.group("q20"):  # an organ told by its apposition is told apart by its name
        return "organ:" + fold(m.group("q20"))[-12:]
    if m.group("q27"):  # "le Conseil sectoriel" is no "Conseil des ministres"
        return "sectoral"
    if m.group("q31"):  # «подкомитет»: told apart from the working groups, and from the
        # other subcommittees by its field («подкомиссия по энергетике», «… по образованию»)
        return "subcommittee:" + fold(m.group()[m.end("q31") - m.start() :]).strip()
    if m.group("q30"):  # a body's committees by field are told apart by their fields
        return "fields:" + fold(m.group("q30"))
    word = next(w for w in m.groupdict().values() if w)
    # "the Nigeria-Brazil Strategic Dialogue Mechanism" and "the Strategic Dialogue
    # Mechanism": the pair before the head names the sides, not another body
    word = _without_pair(word.strip())
    first = word.split()[0] if word.split() else word
    if re.fullmatch(r"[а-яёА-ЯЁ]+", first):
        # «Высшего межгосударственного совета» and «Высший … совет» are one body: the first
        # word's lemma, not its case ending, tells it apart
        word = nlp.russian_parses(first.lower())[0].normal_form
    start = fold(word).strip().replace("’", "'")[:6]
    for starts, name in _QUALIFIER_CLASSES:
        if start in starts:
            return name
    return start


def _describe(body: Body, sentence: str, lang: str, at: int | None = None) -> None:
    """Take the mandate and cadence a sentence about the body states (`at`: where the
    body's name ends in it, if known)."""
    if body.mandate is None:
        body.mandate = _mandate(sentence) or _mandate_from_name(body.name)
    if body.cadence_months is None:
        body.cadence_months = cadence(sentence, at)


def _mandate(sentence: str) -> str | None:
    m = _MANDATE.search(sentence)
    if not m:
        return None
    text = next(g for g in m.groups() if g).strip()
    return text or None


def _mandate_from_name(name: str) -> str | None:
    """ "comité de suivi et d'exécution des décisions" is charged with what it is named after;
    «комиссия по торгово-экономическому сотрудничеству» with that cooperation."""
    m = re.search(r"\bde\s+(suivi\b.*)", name)
    if m:
        return re.sub(r"\bd['’](?=exécution)", "", m.group(1))
    m = re.search(r"\bпо\s+(.+сотрудничеству)$", name)
    if m:
        return re.sub(r"ому\b", "ое", m.group(1)).replace("сотрудничеству", "сотрудничество")
    return None


# "deux sessions par an", "two meetings a year", «две сессии в год» count meetings a year
_MEETINGS = r"(?:sessions?|reunions?|meetings?|заседани\w*|сесси\w*|встреч\w*)"
# a kind may stand between the count and the meetings ("deux sessions ordinaires par an", "two
# regular meetings a year", «два очередных заседания в год»); "one meeting a year" is yearly
_ONE = r"une?|one|одн[аоу]|один"
_PER_YEAR = re.compile(
    rf"(?P<n>\d+|{_NUMBER}|{_ONE}) (?:\w+ )?(?:fois|{_MEETINGS})(?: \w+)?"
    r" (?:par an|l['’]an|dans l['’]annee)"
    rf"|(?P<n2>\d+|{_NUMBER}|{_ONE}) (?:\w+ )?(?:times|{_MEETINGS}) (?:a|per|each) year(?! ago)"
    rf"|(?P<n3>\d+|{_NUMBER}|{_ONE}) (?:\w+ )?(?:раза?|{_MEETINGS}) в год"
)


def cadence(sentence: str, at: int | None = None) -> int | None:
    """Months between meetings a sentence states ("tous les six mois" -> 6,
    "trois fois par an" -> 4), or None. With `at` (where the body's name ends in the
    sentence), of two cadences the one told first after the name, else the last before it:
    "réunir la commission tous les deux ans et créer un comité qui se réunira tous les six
    mois" gives the commission 24 and the comité 6."""
    folded = fold(sentence)
    if at is not None:
        told = _cadences(folded)
        if len({months for _, months in told}) > 1:
            after = [(start, months) for start, months in told if start >= at]
            before = [(start, months) for start, months in told if start < at]
            return min(after)[1] if after else max(before)[1]
    per_year = _PER_YEAR.search(folded)
    if per_year:
        value = _per_year_months(per_year)
        if value:
            return value
    for regex, months in _CADENCE:
        m = regex.search(folded)
        if m:
            return _months(m, months)
    return None


def _per_year_months(m: re.Match) -> int | None:
    number = next(g for g in m.groupdict().values() if g)
    one = re.fullmatch(_ONE, number)
    value = 1 if one else int(number) if number.isdigit() else CARDINALS.get(number)
    return 12 // value if value and 12 % value == 0 else None


def _months(m: re.Match, months: int) -> int | None:
    number = next((g for g in m.groupdict().values() if g), None)
    if number is None:
        return months
    value = int(number) if number.isdigit() else CARDINALS.get(number)
    return value * months if value else None


def _cadences(folded: str) -> list[tuple[int, int]]:
    """Every cadence a folded sentence states, as (where it starts, months)."""
    told = [(m.start(), _per_year_months(m)) for m in _PER_YEAR.finditer(folded)]
    told += [
        (m.start(), _months(m, months))
        for regex, months in _CADENCE
        for m in regex.finditer(folded)
    ]
    return [(start, months) for start, months in told if months]


def _nominative(name: str, lang: str) -> str:
    """Russian names read in an oblique case («межправительственной комиссии по ...»)
    are given in the nominative, as the register lists them."""
    if lang != "ru":
        return name
    council = re.match(
        r"(?i)(?:[\w-]+\s+){0,3}?(?:совет|(?:под)?комитет|механизм|форум|саммит|диалог)\w*", name
    )
    if council:  # «Высшего государственного совета Союзного государства»: head only
        return _inflected(council.group()) + name[council.end() :]
    head, sep, tail = name.partition(" по ")
    words = []
    for word in head.split():
        if re.search(r"(?:ней|нюю)$", word):  # «двусторонней» -> «двусторонняя»
            word = re.sub(r"(?:ей|юю)$", "яя", word)
        word = re.sub(r"(ой|ую|ую)$", "ая", word) if re.search(r"(?:ой|ую)$", word) else word
        word = re.sub(r"комисси[июе]й?$", "комиссия", word)
        word = re.sub(r"^([Кк])оллеги(?:и|ю|ей|е)$", r"\1оллегия", word)
        word = re.sub(r"групп(?:ы|е|у|ой)$", "группа", word)
        word = re.sub(r"^(\w+)(?:ей|ую)$", r"\1ая", word) if word.startswith("рабоч") else word
        words.append(word)
    return " ".join(words) + sep + tail


def _inflected(head: str) -> str:
    """A Russian council's head in the nominative: adjectives in «-ого/-его» and the noun
    «совета» («Высшего государственного совета» -> «Высший государственный совет»)."""
    words = []
    for word in head.split():
        if re.search(r"(?:ого|его|ому|ему|ым|им|ом|ем)$", word) and len(word) > 4:
            first, dash, last = word.rpartition("-")
            word = first + dash + _masculine_nominative(last)
        word = re.sub(
            r"^([Сс]овет|(?:[Пп]од)?[Кк]омитет|[Мм]еханизм|[Фф]орум|[Сс]аммит|[Дд]иалог)(?:а|у|ом|е)$",
            r"\1",
            word,
        )
        words.append(word)
    return " ".join(words)


def _masculine_nominative(adjective: str) -> str:
    """«делового» -> «деловой», «Высшего» -> «Высший»: pymorphy knows where the stress
    falls; a word it cannot inflect takes the commonest ending."""
    from suivi.reading.nlp import russian_parses

    ending = 3 if adjective.endswith(("ого", "его", "ому", "ему")) else 2
    for parse in russian_parses(adjective.lower()):
        if "ADJF" in parse.tag and parse.tag.case in ("gent", "datv", "ablt", "loct"):
            form = parse.inflect({"masc", "sing", "nomn"})
            # the same stem only: «высшего» is no form of «высочайший»
            if form and form.word.startswith(adjective.lower()[:-ending]):
                word = form.word
                return word[0].upper() + word[1:] if adjective[0].isupper() else word
    if ending == 2:
        return adjective
    stem = adjective[:-3]
    return stem + ("ий" if adjective.endswith("его") or stem[-1] in "гкхжшщч" else "ый")
