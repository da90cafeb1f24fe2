"""Agreements a text identifies, and the count of agreements it states.

One item per identified agreement (SPEC.md): a plural noun with an enumeration of
domains ("accords dans les domaines de l'énergie et de la santé") is one agreement a
domain; a singular one keeps all its sectors; a list under a header ("Les quatre
conventions concernent :") is one agreement an item. A bare count ("onze accords")
only sets the total. A definite mention that repeats an earlier agreement
("l'accord économique") is the same agreement, not a new one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from suivi.reading import confidence, enumerations, sides, signing_parse, stance, totals
from suivi.reading.context import Context
from suivi.reading.dates import MONTHS, find_dates
from suivi.reading.gazetteer_data import MEMBERS
from suivi.reading.model import Agreement
from suivi.reading.numbers import CARDINAL, ORDINALS, cardinal_value, ordinal_value
from suivi.reading.people_roles import ROLE_HEAD
from suivi.reading.sectors import (
    KIND_SOURCES,
    TEXT_ACRONYMS,
    fold,
    guessed,
    kind_of,
    sector_spans,
    sectors_of,
    status_of,
)
from suivi.reading.segments import Unit, list_items, units, units_matching
from suivi.reading.signing_words import SIGNING
from suivi.reading.text_kinds import TEXT_KIND
from suivi.reading.totals import signs

_TRIGGER = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(KIND_SOURCES)) + ")"
)
_KIND_BY_GROUP = {f"k{i}": kind for i, (_, kind) in enumerate(KIND_SOURCES)} | {
    "listed": "programme",  # "a programme", "un plan" as an item of a count's list
    "financing": "agreement",  # "signed a $60 million loan" beside other texts
    "statement": "declaration",  # «подписали план … и заявление о …»
}
_PLURAL = re.compile(
    r"(?:s|x|ии|ям|ями|ях|ы|ов|memoranda|договоренности)$"
)  # folded: «соглашений» -> «соглашении»; «договоренности» is read after «подписали» only
_DEFINITE = re.compile(
    r"(?:\b(?:l'|le |la |les |ce |cet |cette |ces |the |this |these |that |such |ledit |ladite "
    r"|son |sa |ses |leur |leurs |notre |nos |their |its |his |her |our "
    r"|un tel |une telle |de tels |de telles ))"
    # "the renewable energy memorandum" is one already read; so is "the search and rescue
    # memorandum", "the oil and gas deal" (two words joined count as one)
    r"(?:\w+ (?:(?:and|et|&) \w+ )?){0,2}$"
)
# A title announced by its word: "Titled "Agreement on ..."", "Intitulé « Accord de ... »",
# «под названием «Соглашение о ...»»
_TITLED_BEFORE = re.compile(
    r"(?:\b(?:titled|entitled|named|called|intitulee?|baptisee?|denommee?)|под названием)"
    r"\s*[«\"“„]\s*$"
)
# "a signé avec la Guinée un accord", "signed with the Gambia an agreement": an indefinite
# article just before the mention makes it a new text, whatever article came before it
_INDEFINITE_JUST_BEFORE = re.compile(r"\b(?:un|une|a|an)\s+(?:\w+\s+)?$")
# Texts in the bare plural as the only place a thing exists: "a bank that exists only in
# declarations", "une banque qui n'existe que dans les déclarations", «банк, который существует
# только в декларациях»: a figure of speech, no text made (folded text)
_ONLY_IN_BEFORE = re.compile(
    r"(?:\b(?:only|merely|solely|just)\s+(?:in|on)|\bque\s+dans\s+(?:les|des|de\s+simples)"
    r"|(?:^|\s)только\s+(?:в|на))\s+$"
)
# A text a state is told it did not join or signed no part of ("Azerbaijan did not join the
# agreement on …", "le Mali n'a pas adhéré à l'accord sur …", «Азербайджан не присоединился к
# соглашению о …»): a text the story has already listed, one side fewer (`absent`), no text of
# its own. Folded text (no accents), the words right before the mention.
_NOT_JOINED_BEFORE = re.compile(
    r"(?:\b(?:did\s+not|didn't|has\s+not|have\s+not|had\s+not)\s+(?:join|accede\s+to"
    r"|sign\s+on\s+to|become\s+(?:a\s+)?party\s+to)|\bstayed\s+out\s+of"
    r"|\bn'(?:a|ont|avait|avaient)\s+pas\s+(?:adhere|souscrit|rejoint)\s+(?:a|au|aux)?"
    r"|(?:^|\s)не\s+(?:присоединил\w*|подключил\w*|примкнул\w*)\s+к)"
    r"\s+(?:(?:the|l'|la|le|les|ce\w*|this|that|эт\w+)\s*)?$"
)
# Texts in the bare plural as what a means is for: "to turn this commission into a mechanism
# for deals", "une plateforme pour des accords", «площадка для сделок»: a purpose, no text
# made (folded text; a domain after them, "a platform for agreements on trade", names texts)
_MEANS_FOR_BEFORE = re.compile(
    r"\b(?:mechanisms?|platforms?|forums?|tools?|vehicles?|venues?|mecanismes?|plateformes?"
    r"|outils?|механизм\w*|платформ\w*|площадк\w*|инструмент\w*)"
    r"\s+(?:for|of|pour|de|a|для)\s+(?:des\s+)?$"
)
# Texts in the bare plural as where a way of working moves to: "from one-off projects to
# long-term programmes", "des projets ponctuels à des programmes", «от отдельных проектов к
# долгосрочным программам» (folded text): a manner of cooperating, no text made
_SHIFT_TO_BEFORE = re.compile(
    r"(?:^|\s)(?:from|des|de|du|от)\s+(?:[\w-]+\s+){0,2}?(?:projects?|deals?|projets?"
    r"|actions?|initiatives?|проект\w*|сделок|мероприяти\w*|инициатив\w*)"
    r"\s+(?:to|towards|a|vers|к|ко)\s+(?:des\s+|de\s+)?(?:[\w-]+\s+){0,2}$"
)
# (the dative plural «программам» too: the texts are the goal of «к»)
_SHIFT_PLURAL = re.compile(r"(?:s|x|ам|ями?|ами|ах|ях|ы|ов|ии)$")
_NOT_AN_AGREEMENT = re.compile(
    # negation: "ce texte ne vaut pas accord", "is not an agreement", «не является соглашением»
    # ("n'ont pas encore signé l'accord", "n'ont toujours pas signé": not yet, planned)
    r"(?:\b(?:ne|n')\s*(?![\w']+\s+toujours\s+pas\b)(?:[\w']+\s+){1,2}(?:pas|point|jamais)\s+"
    r"(?!seulement|encore)(?:\w+\s+|\w+'){0,3}"
    r"|\b(?:is|was|are|were|does|did|has|have)\s+not\s+(?!only)(?:\w+\s+){0,2}"
    r"|\bне\s+(?!только)(?:является|являлся|было|был|стал\w*)\s+"
    # the determiner reaches the texts listed after the first: "no memorandum, letter of
    # intent or agreement", "aucun mémorandum, protocole ou accord", «ни одного меморандума,
    # соглашения или»
    r"|\b(?:aucun|aucune|nul|no|ни одного|pas d'|sans)\s+(?:\w+\s+)?"
    r"(?:[\w'-]+(?:\s+[\w'-]+){0,3}(?:\s*,|\s+(?:or|nor|ou|ni|или))\s+){0,3}"
    # a kind, not a text: "faster than any other agreement of its kind", "tout autre accord",
    # «любое другое соглашение»
    # ("chaque contrat signé, c'est une vie sauvée", "each deal signed", «каждое соглашение»)
    r"|\b(?:any|every|tout|toute|n'importe quel\w*|любо\w*|всяк\w*)\s+(?:other\s+|autre\s+|друго\w*\s+)?$"
    r"|\b(?:each|chaque|кажд\w*)\s+(?:[\w-]+\s+)?$"
    # "d'un commun accord", "by mutual agreement" (a "mutual defence agreement" is a text)
    r"|\b(?:commun|mutual)\s+"
    # the protocol of the state, its etiquette: "le chef du protocole", "head of protocol",
    # «начальник протокола»; a head "for" it: "Director-General for Protocol and Consular
    # Affairs", «генеральный директор по протоколу и консульским делам»
    r"|\b(?:chef|directeur|directrice|direction|service|officier|head|chief|director|officer"
    r"|начальник\w*|руководител\w*|служб\w*|директор\w*|департамент\w*|управлени\w*)"
    r"(?:[\s-]+(?:g[ée]n[ée]ral\w*|adjoint\w*|deputy))?"
    r"\s+(?:du\s+|de\s+|of\s+(?:the\s+)?|state\s+|for\s+(?:the\s+)?|по\s+|chargée?\s+du\s+)?$"
    r"|(?<!projet )(?<!projets )\bd'|\ben )$"
    # "ne vaut pas X, et encore moins traité", "let alone a treaty", «тем более договор»
    r"|\b(?:encore moins|let alone|still less|much less|тем более не)\s+(?:\w+\s+|\w+'){0,2}$"
    # talk of a text is no text: "on parle d'un protocole", "there is talk of a treaty"
    r"|\b(?:on parle|il est question|talk|talks|говорят|речь идет)\s+(?:d'|de |of |о |об )"
    r"(?:(?:un|une|a|an|the|le|la|l'|les|des)\s*)?(?:\w+\s+){0,1}$"
)
_GENERIC = re.compile(
    r"(?<!\w)(?:textes|documents|texts|документ\w*|текст\w*"
    # "signed two instruments of cooperation in trade and health", "deux instruments
    # juridiques portant sur ..." (read where the sentence tells a signing)
    r"|(?P<instruments>instruments)"
    # one text signed with no kind word: "signed a document on cooperation in tourism", "ont
    # signé un document relatif à la coopération nucléaire" (one text, all its domains)
    r"|(?P<one>(?:(?<=signed a )|(?<=inked a )|(?<=signe un )|(?<=paraphe un ))(?:document|texte))"
    # the rest of texts counted, their noun left out: "Les cinq autres touchent à la santé",
    # "The other five cover health", «Остальные пять касаются здравоохранения» (a verb of
    # content right after it: "the other two focused on trade" are no texts)
    r"|(?:(?:les|the)\s+(?:[\w-]+\s+)?(?:autres|others|restants)|the\s+(?:other|remaining)"
    r"(?:\s+[\w-]+)?|остальн\w+(?:\s+[\w-]+)?)"
    r"(?=\s+(?:concern|port\w* sur|touch|cover|deal\w* with|relate\w* to|касаю|затрагива|относя)))"
    # "the other documents, signed during the visit, concern …", «остальные документы,
    # подписанные в ходе визита, касаются …»: a participle clause of the signing between commas
    r"(?:,?\s+(?:signed|signes?|signees?|подписанн\w*)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+,?)?"
    # «три документа — ведомственные: по …»: a dash may stand for the verb
    r"\s*(?:(?:[\w-]+|[—–]),?\s+){0,3}?"
    # a partial list: "documents ont été signés, notamment dans les domaines de ..."
    r"(?:(?:notamment|including|entre autres|в том числе|включая|в частности),?\s+)?"
    r"(?P<intro>concern\w*|port\w* sur|relatifs? (?:a|au|aux)|dans les (?:domaines?|secteurs?)"
    r"|covering|cover|on|in the (?:fields?|areas?|sectors?) of|in the following (?:fields|areas)"
    # "ont signé des textes sur l'agriculture et la santé", as "documents on" in English (read
    # where the sentence signs: "des documents sur la sécurité" may be any papers)
    r"|(?P<sur>sur)"
    # "touchent (entre autres) à la santé", "touch on health"
    r"|touch\w*\s+(?:entre autres\s+)?(?:a|au|aux|on|upon)"
    r"|(?<=cooperation )in"
    r"|касаю\w*|затрагива\w*|в (?:следующих )?(?:област|сфер)\w*"
    # a list after a colon: «подписали четыре документа: о туризме, о культуре ...», «три
    # проектных документа: по адаптации …, по цифровизации …» (not «по итогам», «по словам»),
    # after what kind of texts they are too ("the other three are departmental: on …"), or
    # after a dash that stands for the verb («три документа — по туризму, по …»)
    r"|(?:[\w-]*:|[—–])\s*(?:о|об|sur|on|по(?!\s+(?:итогам|словам|данным|мнению))))(?!\w)"
    # "signed four documents in Nairobi on Thursday": a day, a date or an occasion, no domain
    r"(?!\s+(?:the\s+)?(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|sidelines|margins?|occasion"
    # nor the day of the event: "signed on the second day of the Investment Forum"
    r"|(?:\w+\s+)?(?:day|eve|evening|morning|afternoon)\s+of)\b)"
)
# A text named by its domain alone that could not be finished: "Le texte sur le transport
# aérien n'a pas pu être finalisé", "The text on air transport could not be finalised",
# «Документ о воздушном транспорте доработать не удалось»: a text still to sign (planned).
_UNFINISHED_TEXT = re.compile(
    r"(?<!\w)(?:le texte|the text|документ|текст)\s+(?:sur|relatif a|concernant|on|about"
    r"|regarding|о|об)\s"
)
_OTHER_CLAUSE = re.compile(
    r"[;:]|\b(?:though|although|but|while|whereas|mais|tandis|alors que|bien que|signed|signe"
    r"|approved|adopte)\b|(?<!\w)(?:а|но|однако|хотя|подписан\w*)(?!\w)"
)
_NOT_FINISHED = re.compile(
    r"\bn'(?:a|ont)\s+(?:\w+\s+){0,2}?pas\s+(?:pu\s+)?(?:ete\s+|etre\s+)?(?:finalise|signe"
    r"|conclu|acheve|paraphe)\w*|\b(?:could|can|was|were|has|have)\s*(?:not|n't)\s+(?:yet\s+)?"
    r"(?:be\s+|been\s+)?(?:finali[sz]ed|signed|concluded|completed|initialled)\b"
    r"|(?:доработать|согласовать|подписать|завершить|парафировать)\s+не\s+удалось"
    r"|не\s+удалось\s+(?:доработать|согласовать|подписать|завершить|парафировать)"
    r"|не\s+(?:был|была|было)\s+(?:подписан|согласован|доработан|завершен)\w*"
)
# «Документ предусматривает сотрудничество в области геологии и энергетики»: a Russian
# singular (no article says it) that signs nothing describes the text just read, not texts of
# its own; «подписали документ о ...» and «три документа: о ...» still name texts.
_RU_ONE_TEXT = re.compile(r"(?:документ|текст)(?:е|ом)?$")


# A sentence that opens on a side, then says who signed a text for it: «С российской
# стороны документ подписал …», «Со стороны банка соглашение подписал …», "On the Kenyan
# side, the agreement was signed by …", "Du côté malien, le document a été signé par …"
_SIGNED_FOR_A_SIDE = re.compile(
    r"^\W*(?:(?:с|со)\s+(?:[\w-]+\s+){0,3}?сторон[ыи]\b|(?:on|for)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?"
    r"side\b|(?:du\s+cote|de\s+la\s+part|pour\s+la\s+partie)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)"
    r"\s*,?\s*(?:[\w«»\"-]+\s+){0,3}?"
    r"(?:(?:документ|соглашение|меморандум|договор|контракт|протокол)(?!\w)"
    r"|the\s+(?:document|agreement|memorandum|mou|contract|deal|protocol|text)\b"
    r"|(?:le\s+|la\s+|l')(?:document|accord|memorandum|contrat|protocole|texte)\b)"
    r"[^.;:]{0,40}?\s(?:подписал[аи]?|(?:was\s+|were\s+)?signed\s+by|(?:a\s+ete\s+)?signee?s?\s+par)(?!\w)"
)


def _describes_one(generic: str, folded: str) -> bool:
    return bool(_RU_ONE_TEXT.match(generic.split()[0])) and not signs(folded)


# "These four documents cover heat, schools and roads", "Ces textes portent sur ...", «Эти
# документы касаются ...»: texts pointed back to, with or without their count
_POINTED_BACK = re.compile(
    r"(?<!\w)(?:these|those|the|both|ces|les|эти|этих|данные|указанные|все)\s+(?:[\w-]+\s+)?$"
)


def _summed_up(folded: str, generic: re.Match, found: list[_Found]) -> bool:
    """Whether texts named in the plural by a word that points back, in a sentence that
    signs nothing, are the texts already read (not new ones, one a domain)."""
    return (
        any(not f.older for f in found)
        and bool(_POINTED_BACK.search(folded, 0, generic.start()))
        and not signs(folded)
    )


_MODIFIERS_BEFORE = re.compile(
    r"(?:(?:technical|economic|trade|cooperation|bilateral|intergovernmental|framework"
    r"|межправительственн\w+|двусторонн\w+|projets? d(?:e |'))\s*)+$"
)
_SIDELINES = re.compile(
    r"\b(?:en marge d|on the sidelines of|on the margins of|в кулуарах|на полях)"
)
# A text that set up a body: "created by a memorandum", "institué par un accord", «созданный
# на основании соглашения»
_FOUNDING_BEFORE = re.compile(
    # (an adjective may come between: "under an intergovernmental agreement", «на основании
    # межправительственного соглашения»)
    r"\b(?:created|established|set up|instituted|founded)\s+(?:by|under)\s+(?:an?|the)\s+"
    r"(?:[a-z-]+(?:al|ic|ary)\s+)?$"
    r"|\b(?:cree|creee|institue|instituee|etabli|etablie|mis en place|mise en place)s?\s+"
    r"(?:par|en vertu d['’]|en vertu de)\s*(?:un|une|l['’]|le|la)?\s*$"
    r"|(?:создан\w*|учрежд[её]н\w*)\s+(?:на основании|в соответствии с|согласно)\s+"
    r"(?:[а-яё-]+(?:ого|его|ому|ему|ых|их|ым|им)\s+)?$"
)
# "l'accord de 2004 qui l'a instituée", "the 2011 agreement that established it", «соглашение,
# которым была учреждена комиссия», "the memorandum under which the commission was set up": the
# founding relation told after the text, as `_FOUNDING_BEFORE` tells it before (folded text)
_FOUNDING_AFTER = re.compile(
    r"[^.;:!?«»]{0,60}?\b(?:"
    r"qui\s+(?:l['’]\s*|les\s+)?(?:a|avait|ont|avaient)\s+(?:ete\s+)?"
    r"(?:cree|institue|etabli|mis en place|mise en place|fonde)e?s?"
    r"|(?:par lequel|par laquelle|en vertu duquel|en vertu de laquelle|aux termes duquel)\s+"
    r"[^.;:]{0,50}?(?:cree|institue|etabli|mis en place|mise en place|fonde)e?s?\b"
    r"|(?:which|that)\s+(?:had\s+|has\s+)?(?:created|established|set up|instituted|founded)"
    r"|(?:under|by)\s+which\s+[^.;:]{0,50}?\b(?:created|established|set up|instituted|founded)"
    r"|(?:которым|которой|в соответствии с которым|на основании которого|согласно которому)\s+"
    r"[^.;:]{0,40}?(?:созда|учрежд[её]н)"
    r")"
)
# A partnership of the whole relationship, whatever field its name adds
_WHOLE_PARTNERSHIP = re.compile(r"(?:comprehensive|strategi\w+|global)\s+(?:[\w-]+\s+){0,3}$")
_GENERAL = re.compile(r"accords? genera|general|генеральн")
_NEXT_ITEM = re.compile(  # "on A, on B and on C": a repeated preposition starts an item
    r"(?:,\s*(?:(?:and|et|и|as well as|ainsi que|а также)\s+)?"
    r"|\s(?:and|et|и|as well as|ainsi que|а также)\s+)"
    r"(?=(?:on|in|sur|dans|en matiere|en matière"
    r"|о|об|в области|в сфере|в областях|в сферах)\b)",
    re.IGNORECASE,
)
# A Russian kind word followed by a verb in the present is the subject of its sentence, a
# text told again by what it does («протокол расширяет полномочия водохозяйственной
# комиссии»), not one named by the domain the words after it give (a verb in the past may
# tell a new text's signing: «Соглашение подписали министры сельского хозяйства»)
# The years a text runs for, no word of its content: «на 2025–2027 годы», «на период 2026 года»,
# «до 2030 года» (the domain words after it still name the text, as they would without it)
_RU_PERIOD = re.compile(
    r"(?<!\w)(?:на|до)\s+(?:период\s+)?(?:\d{4}\s*[-–—]\s*)?\d{4}(?:\s*[-–—]\s*\d{4})?\s+год\w*"
)
_RU_VERB_FIRST = re.compile(r"\s*[а-яё]+(?:ет|ит|ут|ют|ат|ят)(?:ся)?(?!\w)")
# the partner in the instrumental after a text's word: «контракт с государственным импортером
# дает …», «соглашение с Россией о …»: who it is with, no domain of a title
_RU_PARTNER_FIRST = re.compile(
    r"\s*(?:с|со)\s+(?:[а-яё-]+(?:ом|ем|ём|ой|ей|ым|им|ыми|ими|ами|ями)\s+){1,4}", re.IGNORECASE
)


def _ru_without_partner(scope: str) -> str:
    """A Russian mention's scope past the partner it is with, if it opens on one."""
    partner = _RU_PARTNER_FIRST.match(scope)
    return scope[partner.end() :] if partner else scope


# The minutes of a session: «протокол девятого заседания», "procès-verbal de la session".
_MINUTES = re.compile(
    # «протокол 26-го заседания», «протокол XII сессии», «Протокол подписали сопредседатели
    # комиссии», not a protocol told again by what it does («протокол расширяет полномочия
    # комиссии»: a verb in the present between)
    r"(?:протокол\w*\s+(?:(?![а-яё]+(?:ет|ит|ут|ют|ат|ят)(?:ся)?\s)[\w-]+\s+){0,2}"
    r"(?:заседани|сесси|комисси|межправкомисси|мпк)\w*"
    # "le procès-verbal agréé de la 5e réunion" (the French of "agreed minutes")
    # ("le compte rendu de la 21e réunion": the same minutes by their other French name)
    r"|(?:proces-verba(?:l|ux)|comptes?[- ]rendus?)\s+(?:(?:agree|approuve|adopte|signe|final)e?s?\s+)?(?:de la|des|du)\s+"
    r"(?:\w+\s+){0,2}(?:session|reunion|travaux)"
    r"|(?:agreed )?minutes of the (?:[\w-]+ ){0,4}?(?:session|meeting|commission|jpcc?|jcc)\b"
    # "the protocol of the meeting", "protocol of the 11th session": a session's minutes by
    # the Russian word's English calque
    r"|protocols? of the (?:[\w-]+ ){0,3}?(?:session|meeting)\b)"
)
# The body whose session the minutes are of, named after them up to the next comma: its name's
# fields ("on Trade and Economic Cooperation", «по торгово-экономическому сотрудничеству»)
_MINUTES_BODY_NAME = re.compile(
    r"(?i)(?<!\w)(?:commissions?|committees?|councils?|comites?|conseils?|jpcc?|jcc"
    r"|(?:межправ)?комисси\w*|комитет\w*|совет\w*|мпк)(?!\w)[^,;.]*"
)
# What is written into a session's minutes, right before the minutes' word (folded text)
_RECORDED_IN = re.compile(
    r"(?:записал\w*|записан\w*|занесл\w*|занесен\w*|внесл\w*|внесен\w*|зафиксирова\w*"
    r"|закрепил\w*|закреплен\w*)\s+в\s+$"
    r"|inscrit\w*\s+(?:au|dans\s+le)\s+$"
)
_SESSION_BEFORE = re.compile(
    r"(?:заседани|сесси|межправкомисси|мпк|session|reunion|meeting)\w*\s+[^.;]*$"
)
# The session whose minutes a text is, named before it in the genitive: "the meeting's
# protocol", "the session's agreed minutes", "the commission's minutes" (folded text).
_SESSION_GENITIVE = re.compile(
    r"\b(?:session|meeting|commission|committee|jpc|jcc)['’]s\s+(?:(?:signed|agreed|final)\s+)?$"
)
# A text still to be written ("une feuille de route sera élaborée", "a roadmap is to be
# drawn up"): a task, not an agreement. A decision to start drafting one is a planned text.
_DRAFTING = re.compile(
    r"(?:sera|seront|doit etre|doivent etre|devra etre|devront etre|reste a)\s+(?:\w+\s+)?"
    r"(?:elabore|redige|elaborer|rediger)\w*"
    r"|(?:will|would|is to|are to|to|should|must) be (?:\w+ )?(?:drafted|drawn up|prepared|developed)"
    r"|будут? (?:\w+ )?разработан\w*|предстоит разработать"
)
# The words between a drafting verb and its text: two at most after an article ("to finalise a
# bilateral investment treaty"), so that "develop trade under the agreement" is not one.
_DRAFTED_OBJECT = r"(?:(?:an?|the|une?|la|le|les|des)\s+|l')?(?:[\w'-]+\s+){0,2}"
# The same task said with an infinitive before the text: "ont convenu d'élaborer une feuille
# de route", "agreed to draw up a roadmap", «договорились разработать дорожную карту»; and
# the text coordinated with the first, its verb's object too: "to finalise a treaty and an
# agreement on legal assistance", «доработать соглашение о туризме и соглашение о …» (not
# "… and signed an agreement", a verb of its own).
_TO_DRAFT = re.compile(
    # ("a draft agreement … and a programme …": "draft" after an article is a noun's word)
    r"\b(?:elaborer|rediger|preparer|etablir|definir|draw up"
    r"|(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\btheir )draft|prepare|develop|work out"
    # "sont convenues de finaliser un accord ... en vue de sa signature": still to be signed
    r"|finaliser|finalise|finalize|доработать"
    rf"|разработать|подготовить|выработать|составить)\s+{_DRAFTED_OBJECT}"
    rf"(?:(?:{TEXT_KIND})\b[^.;:!?]{{0,200}}?\s(?:and|et|и|as well as|ainsi que)\s+"
    rf"(?!(?:(?:a|ont|have|has|had|were|was)\s+)?(?:{SIGNING})){_DRAFTED_OBJECT})?$"
    # "travailleront en 2026 à une feuille de route", "will work on a roadmap", «будут работать
    # над дорожной картой»: a text being written
    r"|\btravaill\w*\s+(?:[\w'-]+\s+){0,3}?(?:a|sur)\s+(?:une?\s+|la\s+|le\s+|l'|les\s+|des\s+)?$"
    r"|\bwork(?:s|ed|ing)?\s+(?:together\s+)?on\s+(?:an?\s+|the\s+)?$|\bработ\w*\s+над\s+$"
)
# A drafting verb coordinated with one that adopts or signs what is drafted ("draw up and
# sign an action plan", "élaborer et adopter une feuille de route", «разработать и согласовать
# план действий»): the text is to be agreed, a planned text and not only a task (folded).
_AND_ADOPT = re.compile(
    r"\b(?:elaborer|rediger|preparer|etablir|definir|draw up|draft|prepare|develop|work out"
    r"|finaliser|finalise|finalize|доработать|разработать|подготовить|выработать|составить)"
    r"\s+(?:and|et|и)\s+(?:adopt|approve|sign|agree(?:\s+on)?|endorse|adopter|approuver|signer"
    r"|valider|conclure|согласовать|утвердить|подписать|принять|заключить)\s+"
    rf"{_DRAFTED_OBJECT}$"
)
# "with a view to its signature", "en vue de sa signature", «с целью его подписания»: the
# text talked of is to be signed (SPEC: planned)
_TO_SIGN_AFTER = re.compile(
    r"\b(?:with\s+a\s+view\s+to\s+(?:its|their)\s+(?:signature|signing|conclusion)"
    r"|en\s+vue\s+de\s+(?:sa|leur)\s+(?:signature|conclusion)"
    r"|(?:с\s+целью|для)\s+(?:его|ее|их)\s+(?:подписания|заключения)"
    # "… is under negotiation; X was asked to have it ready for signing at the next summit"
    r"|ready\s+for\s+(?:its\s+|their\s+)?(?:signature|signing)"
    r"|pr[eê]te?s?\s+(?:pour|[aà])\s+(?:la\s+|sa\s+|leur\s+)?signature"
    r"|pr[eê]te?s?\s+[aà]\s+[eê]tre\s+sign\w*|готов\w*\s+к\s+подписанию"
    # "est en cours de négociation et devrait être signé en 2027", "is being negotiated and
    # is expected to be signed next year", «… и должно быть подписано в 2027 году»
    r"|(?:devrai(?:t|ent)|doi(?:t|vent))\s+[eê]tre\s+sign\w*"
    r"|(?:should|(?:is|are)\s+(?:(?:now|still|instead)\s+)?(?:expected|due|set|scheduled)\s+to)"
    r"\s+be\s+signed"
    # talks to end so that it can be signed: "instructed their officials to conclude them so
    # that the Protocol can be signed before the end of 2026", "afin qu'il puisse être signé",
    # «чтобы его можно было подписать»
    # (a purpose, not a bare possibility: "an agreement that could be signed next year" is none)
    r"|(?:so|in\s+order)\s+that\s+(?:[\w-]+\s+){0,3}(?:can|could|may)\s+be\s+signed"
    r"|(?:afin|pour)\s+qu(?:e\s+|')(?:[\w'-]+\s+){0,3}puisse(?:nt)?\s+[eê]tre\s+sign\w*"
    r"|чтобы\s+(?:[\w-]+\s+){0,3}можно\s+было\s+подписать"
    r"|должн\w*\s+быть\s+подписан\w*"
    # its signing told by a pronoun in the future: "n'a pas pu être finalisé ; il sera signé
    # lors de la prochaine réunion", "could not be finalised; it will be signed at the next
    # meeting", «доработать не удалось, он будет подписан на следующем заседании»
    r"|\b(?:il|elle|ils|elles)\s+(?:sera|seront)\s+sign\w*"
    r"|\b(?:it|they)\s+will\s+be\s+signed\b"
    r"|(?<!\w)(?:он|оно|она|они)\s+(?:будет|будут)\s+подписан\w*"
    # its examination put off to the body's next meeting (SPEC: planned, "to be examined"):
    # "son examen a été renvoyé à la prochaine session", "was deferred to the next session",
    # «рассмотрение ... перенесено на следующее заседание»
    # the sides' will to sign the text told back by a pronoun or its generic noun: "both
    # governments want to sign the pact before the end of the year", "les deux pays
    # souhaitent le signer", «стороны намерены подписать его»
    r"|\b(?:want|wish|hope|plan|intend|aim|expect|seek)(?:s|ed)?\s+to\s+(?:sign|conclude|ink)"
    r"\s+(?:it|them|the\s+(?:pact|deal|accord|agreement|treaty|text|document)s?)\b"
    r"|\b(?:souhait|veu|voul|compt|entend|envisag|prevo|esper)\w*\s+(?:de\s+)?(?:le|la|les)"
    r"\s+signer\b"
    r"|(?<!\w)(?:хот\w*|намерен\w*|планиру\w*|рассчитыва\w*|собира\w*|надеют\w*)\s+"
    r"(?:подписать\s+(?:его|ее|их)|(?:его|ее|их)\s+подписать)(?!\w)"
    r"|(?:renvoye|reporte)e?s?\s+a\s+la\s+(?:prochaine|session\s+suivante|reunion\s+suivante)"
    r"|(?:deferred|postponed|put\s+off|carried\s+over|referred)\s+(?:to|until)\s+the\s+next"
    r"\s+(?:session|meeting|round)|перенесен\w*\s+на\s+следующ\w+\s+(?:заседани|сесси|встреч)"
    # talks on the text that are to end later (as _ENDING_TALKS, the ending told after the
    # text): "negotiations on a trade agreement are expected to be concluded in 2027", "les
    # négociations sur un accord devraient s'achever en 2027", «переговоры о соглашении ...
    # планируется завершить в 2027 году» (folded: no accents, «й» as «и»)
    r"|(?:should|will|(?:is|are)\s+(?:expected|due|set|scheduled|planned|likely)\s+to)\s+"
    r"be\s+(?:concluded|completed|finali[sz]ed|wrapped\s+up)"
    r"|(?:is|are)\s+(?:expected|due|set|scheduled|planned|likely)\s+to\s+conclude"
    r"|(?:devrai(?:t|ent)|doi(?:t|vent))\s+(?:s['’]achever|aboutir|se\s+conclure|se\s+terminer"
    r"|[eê]tre\s+(?:conclu|finalis|achev)\w*)|(?:sera|seront)\s+(?:conclu|finalis|achev)\w*"
    r"|(?:планиру\w*|намерен\w*|рассчитыва\w*|предполага\w*|собира\w*)\s+(?:их\s+)?завершить"
    r"|должн\w*\s+(?:быть\s+завершен\w*|завершиться)|будут\s+завершен\w*|завершатся"
    # a proposed text the other side is to examine (SPEC: planned, "to be examined"): "…,
    # que la Partie sénégalaise examinera", "…, which the Kenyan side will consider", «…,
    # который казахстанская сторона рассмотрит»
    r"|,\s+(?:que|qu'|which|that|котор\w+)\s*(?:[\w'-]+\s+){0,4}?"
    # (not "which Ethiopia will study": a proposal studied is not yet a text, main's tests)
    r"(?:examinera|examineront|(?:will|would|is\s+to|are\s+to)\s+(?:examine|consider)"
    r"|рассмотрит|рассмотрят))\b"
)
# "d'achever, d'ici la prochaine réunion, la négociation d'un accord", "to complete the
# negotiations on an agreement", «завершить переговоры по соглашению»: talks to be ended
# are on a text to be signed (SPEC: planned), not talks begun or hoped for
_ENDING_TALKS = re.compile(
    r"\b(?:achever|finaliser|conclure|terminer|mener\s+a\s+(?:bien|terme)|complete|finish"
    r"|finali[sz]e|conclude|wrap\s+up|завершить|закончить)"
    r"(?:\s*,[^,.;]{1,60},|\s+(?:[\w'-]+\s+){0,2}?)\s*(?:la\s+|les\s+|the\s+|their\s+|leur\s+)?"
    r"(?:negociations?|negotiations?|переговоры)\s+(?:d'|de\s+|sur\s+|on\s+|of\s+|for\s+|по\s+|о\s+)"
    r"(?:(?:une?|an?|the|la|le|l')\s*)?$"
)
# A plural told with no count ("plusieurs accords", "several agreements", «ряд соглашений»),
# folded text: texts the sentence does not identify
_UNCOUNTED_PLURAL = re.compile(
    r"\b(?:plusieurs|divers|differents|several|various|a number of|a series of|ряд|несколько"
    r"|различн\w+)\s+(?:\w+\s+)?$"
)
# A signing denied, then told to come in the next clause: "n'a pas été signé ; il le sera
# dans les prochaines semaines", "was not signed, but it will be next month", «не был
# подписан, его подпишут в следующем месяце» (folded text): the text is planned
_SIGNED_LATER_AFTER = re.compile(
    r"[^.;!?]{0,60}?[,;:]?\s*(?:mais\s+|but\s+|но\s+|a\s+)?"
    r"(?:(?:il|elle|ils|elles)\s+(?:le|la|les|l')\s*(?:sera|seront)\b"
    r"|(?:il|elle|ils|elles)\s+(?:devrai(?:t|ent)|doi(?:t|vent))\s+l'etre\b"
    r"|(?:it|they)\s+(?:will|should|is\s+to|are\s+to|is\s+expected\s+to)\s+be\b"
    r"|(?:его|ее|их)\s+(?:подпишут|планируют\s+подписать)"
    r"|(?:он|оно|она|они)\s+(?:будет|будут|должн\w*\s+быть)\s+подписан\w*)"
)
_CLAUSE_REST = re.compile(r"[^.;!?]*")
_NOT_SIGNED_AFTER = re.compile(
    r"(?:подписан\w* не было|не было подписан\w*"
    # «пока не подписано», «ещё не подписан»: not yet, so planned (stance.PENDING)
    r"|(?<!пока )(?<!ещё )(?<!еще )не (?:был\w* )?подписан\w*"
    # an adverb of the outcome may stand before the negation: "was ultimately not signed",
    # "n'a finalement pas été signé" (not "n'a toujours pas été signé": not yet, planned)
    r"|(?:was|were|has|have) (?:(?:ultimately|eventually|finally|then) )?not (?:been )?"
    r"(?:signed|adopted|approved|retained|endorsed)"
    r"|n'(?:a|ont) (?:(?:finalement|donc|alors|malheureusement) )?pas ete "
    r"(?:signe|conclu|retenu|adopte|approuve|valide)\w*"
    r"|не (?:был\w* )?(?:одобрен|принят|утвержден)\w*"
    # not signed for want of something: "n'a pas pu être signée faute de …", "could not be
    # signed in time" (a later signing told after it makes it planned: `_SIGNED_LATER_AFTER`)
    r"|n'(?:a|ont) pas pu etre (?:signe|conclu|paraphe)\w*|(?:could|can)\s*not be signed"
    r"|couldn't be signed)"
)
# The participles that tell a text's own signing, in folded text (no accents): "signed",
# "inked", "concluded", "initialled", "signé(e)(s)", "conclu(e)(s)", "paraphé(e)(s)",
# «подписанное», «подписано», «заключенный»: one vocabulary for the rules that read a text
# told with its signing. Ratifying ("ratified", "ratifiée", «ратифицированное») is a later
# step the same text goes through.
_SIGNED_EN = r"signed|inked|concluded|initiall?ed|sealed|struck|penned"  # the press's verbs too
_SIGNED_FR = r"signee?s?|conclue?s?|paraphee?s?"
_SIGNED = (
    rf"{_SIGNED_EN}|{_SIGNED_FR}"
    r"|подписанн\w*|подписан[аоы]?|заключенн\w*|заключен[аоы]?"
)
_RATIFIED = r"ratified|ratifiee?s?|ратифицированн\w*"
# An agreement named with its own signing ("signé à Alger en 2013", "signed in Abuja in
# 2016", «подписанном в 2017 году», «который подписали в 2017 году») or its own year ("de
# 2022", "of 1984", «2018 года») is identified by it: an older agreement mentioned in
# passing, even after "le"/"the".
_OWN_SIGNING = re.compile(
    rf"\b(?:{_SIGNED}|{_RATIFIED}|подписали|подписал[аио]?|заключили|заключил[аио]?)\b"
)
# "de coopération économique, commerciale et technique de 2007": a title's list of adjectives
# or domains, its commas closed by "et"/"and"/«и», before the words that lead to the year
_TITLE_LIST = r"(?:[^.;,]{0,60}?(?:,\s[^\s.;,]+){1,4}\s(?:et|and|и)\s)?[^.;,]{0,60}?"
_OWN_YEAR = re.compile(
    rf"^(?:{_TITLE_LIST}\s)?(?:de|of|от)\s+((?:1[89]|20)\d\d)\b|^{_TITLE_LIST}\s((?:1[89]|20)\d\d)\s+года"
    # "signed a memorandum on trade in 2019", "un accord sur la pêche en 2019"
    r"|^[^.;,]{0,60}?\s(?:in|en|в)\s+((?:1[89]|20)\d\d)\b(?!\s*[-–])"
)
# "signed the same year", "signé la même année", «подписанном в том же году» (folded)
_SAME_YEAR = re.compile(
    r"\s*(?:(?:in|during)\s+)?(?:the|that|cette|la)\s+(?:same|meme)\s+(?:year|annee)"
    r"|\s*(?:в|во)\s+(?:том|тот)\s+же\s+год"
)
_A_YEAR = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)(?!\d)")
# "от 12 мая 2017 года", "du 12 mai 2017", "dated 12 May 2017": the date a text is known by
_DOCUMENT_DATE = re.compile(r"(?:^|\s)(?:от|du|dated|of|en date du)\s+(?=\d)")
_YEAR_OF_TEXT = re.compile(r"((?:1[89]|20)\d\d)\s*(?:года|г\.)")
# The year before the page's: "last year", "l'an dernier", «в прошлом году»
_LAST_YEAR = re.compile(
    r"\b(?:last year|the previous year|l'an dernier|l'an passe|l'annee derniere|l'annee passee"
    r"|в прошлом году|в минувшем году|в прошедшем году)\b"
)
_YEAR_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their)\s+((?:1[89]|20)\d\d)\s+(?:[\w-]+\s+){0,3}$"
    r"|\b(?:en|in|since|depuis|в|с)\s+((?:1[89]|20)\d\d)\b(?:\s+(?:году|года))?[^.;]{0,80}$"
)
# "signed the grant agreement": a definite mention named by the words before it, the
# object of a signing, introduces a text when none of its kind was read before (_dedupe)
_SIGNED_THE = re.compile(
    r"\b(?:signed|initialled|initialed|concluded|inked|ratified|(?:ratification|signing)\s+of)"
    r"\s+the\s+(?P<modifier>(?:[\w-]+\s+){1,2})$"
    # "ratified their border agreement", "ont ratifié leur accord frontalier": their own text
    r"|\b(?:signed|initialled|initialed|concluded|inked|ratified|signe|paraphe|conclu|ratifie"
    # "renewed their defence pact", "ont renouvelé leur accord de pêche": signed again now
    r"|renewed|extended|renouvele|proroge|reconduit"
    r"|ratification\s+(?:of|de))\s+(?:their|its|leur|son|sa)\s+(?P<own>(?:[\w-]+\s+){0,2})$"
    # "signed a new annex to the Itaipu treaty", "un avenant à la convention": the text it
    # amends, named for what is signed
    r"|\b(?:annex(?:es)?|amendments?|addend(?:um|a)|avenants?)\s+(?:to|a|au)\s+"
    r"(?:the\s+|l'|le\s+|la\s+)(?P<base>(?:[\w-]+\s+){0,2})$"
    # who congratulates the sides on their text hails it as done: "congratulated Slovakia and
    # Slovenia on their energy agreement", "a félicité le Ghana et le Togo pour leur accord"
    r"|\b(?:congratulat|felicit)\w*\s+(?:[\w'-]+\s+){1,8}?(?:on|for|pour)\s+"
    r"(?:their|leur)\s+(?P<hailed>(?:[\w-]+\s+){0,2})$"
)
_SIMILAR = re.compile(
    r"\b(?:similaires?|analogues?|similar|comparable|аналогичн\w*|подобн\w*|такое же|такой же"
    r"|du meme (?:type|genre|ordre)|de meme nature|of the same (?:kind|type|nature)"
    r"|the same kind of|того же (?:типа|рода))\b"
)
# "a grant agreement for the same project", "pour le même projet", «по тому же проекту»:
# a text whose domains are those of the one read just before. So is a co-financing ("Un
# cofinancement est encore attendu : un accord de prêt …", "co-financing", «софинансирование»)
# and a text for a phase of the works ("financé, par un prêt …, la première phase des
# travaux", "the first phase of the project", «первый этап проекта»), where its own words
# name no domain
_SAME_PROJECT = re.compile(
    r"\b(?:for|on|of|under) the same (?:project|purpose|works?|programme|scheme)"
    r"|\b(?:pour|sur|dans) (?:le|ce) meme (?:projet|programme|chantier|objet)"
    r"|(?<!\w)(?:на|по|для) (?:тот же|тому же|того же) (?:проект|программ)\w*"
    r"|(?:\bco-?financements?|\bco-?financing|(?<!\w)софинансировани\w*)(?!\w)"
    r"(?=[^.]*?(?:\b(?:accord|agreement|contrat|contract|convention|pret|loan)s?\b"
    r"|(?<!\w)(?:соглашени|кредит|договор)))"
    r"|\b(?:premiere|deuxieme|seconde|derniere) phase (?:des travaux|du projet|du programme)"
    r"|\b(?:first|second|final) phase of the (?:works?|project|programme|scheme)"
    r"|(?<!\w)(?:перв|втор|последн)\w+ (?:этап|фаз)\w* (?:работ|проекта|программы)"
)
# A text signed and named only by its title in quotes, with no kind word: "signed the
# "Blue Corridor Initiative" covering fisheries", "ont signé le « Partenariat pour l'emploi »",
# «подписали «Партнерство ради развития»» (a title starts with a capital)
_QUOTED_TITLE = re.compile(
    r"\b(?:signed|inked|initiall?ed|signe|paraphe|подписали|подписал[аи]?|подписан[аоы]?)\s+"
    r"(?:the\s+|a\s+|an\s+|le\s+|la\s+|l'|les\s+)?[«\"“]\s*(?P<title>[^«»\"“”]{3,120}?)\s*[»\"”]"
)
# A financing signed names its agreement: "signed a $50 million loan for the construction
# of a hospital", "ont signé un prêt de 20 milliards FCFA pour ...", "un don de 500 millions
# de yens", «подписали кредит на строительство» ("approved a loan", "obtenu un prêt": no text)
_FINANCING_SIGNED = re.compile(
    r"\b(?:signed|inked|signe|paraphe|подписали|подписал[аи]?)\s+"
    # where, between the verb and its object: "signed in Yaoundé a €450 million facility";
    # or the partner: "a signé avec la Jordanie un prêt", «подписал с Арменией кредит»,
    # "signed with Jordan a loan"
    r"(?:(?:in|at|a|en)\s+[a-z][\w'-]+\s+(?=(?:a|an|un|une)\s)"
    r"|(?:with|avec|с)\s+[^\s,.;]+(?:\s+[^\s,.;]+){0,3}?\s+(?=(?:a|an|un|une)\s|кредит|заем|займ))?"
    r"(?:(?:a|an|the|un|une|le|la)\s+)?(?:(?:us)?[$€£]?\s*[\d.,]+\s*(?:million|billion|bn)?\s+"
    r"(?:(?:dollars?|euros?|usd|eur)\s+)?)?"
    r"(?:(?:concessional|soft|pre-export|pre-financing|trade|revolving|syndicated|bridge|term)\s+)*"
    r"(?:loans?|grants?|credits?|prets?|dons?|financements?|кредит\w*|заем|займ"
    # a lender's facility ("a $200 million pre-export financing facility"), and what a state
    # grants a company or two firms sign with no kind word: "signed a gas concession with X",
    # "a land lease", "ont signé un partenariat sur le paiement mobile" (a kind word after it,
    # "a concession agreement", is read from that word)
    r"|(?:(?:credit|loan|financing)\s+)?facilit(?:y|ies)|facilites?"
    r"|(?:[^\W\d]+\s+)?(?:concessions?|leases?|bail|baux)|partenariats?|partnerships?)\b"
    # told in the passive, the verb after it: "A separate loan of $15 million from the ADB
    # for the port is expected to be signed in July", "un prêt de la BAD ... sera signé";
    # its amount may come first: "A further US$40 million loan from X is due to be signed"
    r"|\b(?:a|an|un|une)\s+(?:[\w-]+\s+)?(?:(?:us)?[$€£]\s*[\d.,]+\s*(?:million|billion|bn)?\s+)?"
    r"(?:loan|grant|credit|pret|don)\b"
    r"(?=[^.;]{0,160}?\b(?:(?:is|are|was|were)\s+(?:expected|due|set|scheduled|to\s+be)"
    r"|will\s+be|(?:doit|devrait|sera|a\s+ete)\s+(?:etre\s+)?)\s*(?:to\s+be\s+)?"
    r"(?:signed|signe)\b"
    # or its participle, with the loan's own words only between: "un prêt de 35 millions de
    # dollars signé en 2019", "a loan of $35 million signed in 2019"
    r"|[^.;,]{0,60}?\b(?:signed|signee?s?)\s+(?:in|on|en|le|a)\s)"
    # Russian has no article: «кредит в 35 миллионов долларов, подписанный в 2019 году»
    r"|(?<!\w)(?:кредит|заем|займ)\w*(?=\s[^.;]{0,60}?подписанн\w*\s+в\s)"
    # or a clause whose subject signed it with its lender: "under the contingent loan for
    # emergencies it signed with the bank in 2019", "le prêt qu'il a signé avec la banque",
    # «кредит, который она подписала с банком»
    r"|\b(?:a|an|the|un|une|le|la|du)\s+(?:[\w-]+\s+)?(?:loan|credit|pret)\b"
    r"(?=[^.;,]{0,60}?\b(?:(?:it|they|we|he|she)\s+(?:had\s+|has\s+|have\s+)?signed\s+with"
    r"|qu'(?:il|elle|ils|elles)\s+(?:a|avait|ont|avaient)\s+signee?s?\s+avec)\b)"
    r"|(?<!\w)(?:кредит|заем|займ)\w*(?=,\s+(?:который|которы[еи])\s[^.;]{0,40}?подписал\w*\s+с\s)"
)
# The financing noun a signing names, as a mention of its own (`_signed_financings`)
_FINANCING_WORD = re.compile(
    r"(?P<financing>loans?|grants?|credits?|prets?|dons?|financements?|кредит\w*|заем|займ|грант\w*"
    r"|facilit(?:y|ies)|facilites?|concessions?|leases?|bail|baux|partenariats?|partnerships?)\b"
)
# A text named only as like another, with no kind word: "a similar text", "un document
# analogue", «аналогичный документ».
_SIMILAR_TEXT = re.compile(
    r"\b(?:(?:similar|comparable|analogous)\s+(?:texts?|documents?|deals?)"
    r"|(?:texte|document)s?\s+(?:similaires?|analogues?|comparables?|du meme type)"
    r"|(?:аналогичн|подобн)\w+\s+документ\w*)\b"
)
# "an addendum to the contract", "un avenant à l'accord", «дополнение к контракту»: the
# amendment signed is a new text, whatever article its object takes
_AMENDMENT_BEFORE = re.compile(
    r"\b(?:addend\w*|amendments?|avenants?|additifs?|дополнени\w*|изменени\w*|поправк\w*)"
    r"(?:\s+(?:to|a|au|aux|к|в)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?(?:[\w-]+\s+){0,3}"
    # "an amendment extending until 2028 the 2019 credit agreement", "un avenant prorogeant
    # jusqu'en 2028 l'accord de 2019", «дополнение, продлевающее до 2028 года соглашение»
    r"|,?\s+(?:extending|amending|modifying|prolonging|prorogeant|prolongeant|modifiant"
    r"|продлевающ\w*|изменяющ\w*)\s+(?:[\w'-]+\s+){0,8}?(?:the\s+|l'|la\s+|le\s+|les\s+)?)$"
)
# "renewed a 2019 memorandum", "ont renouvelé le mémorandum de 2021", «продлили действие
# соглашения 2016 года»: the renewal is signed at the event, so the year the text carries
# is the renewed text's own, not its date here (one text, signed now)
_RENEWED_BEFORE = re.compile(
    r"\b(?:renew(?:ed|s|ing)?|extend(?:ed|s|ing)?|prolong(?:ed|s|ing)?|renouvel\w*"
    r"|reconduit\w*|proroge\w*|prolonge\w*|продлил\w*|продлен[аоы]?|продлева\w*|пролонгир\w*)"
    r"\s+(?:[\w'-]+\s+){0,5}(?:l'|d')?$"
)
# "Le texte prolonge l'accord de transit signé en 1999", "The memorandum extends the 2015
# agreement", «Документ продлевает соглашение 2015 года»: a text already told is what carries
# the older one on; the older one is named in passing, not renewed by a signing of its own
_TEXT_RENEWS = re.compile(
    r"\b(?:texte|document|text|m[ée]morandum|protocole|protocol|accord|agreement|deal"
    r"|документ|меморандум|протокол|соглашение)\s+(?:[\w'-]+\s+)?(?:extend(?:s|ed)"
    r"|prolong(?:e|s|ed)|renew(?:s|ed)|renouvelle|reconduit|proroge|продлевает|продлил)"
    r"\s+(?:[\w'-]+\s+){0,5}(?:l'|d')?$"
)
# "a protocol amending the 2015 agreement", «протокол о внесении изменений в соглашение 2015
# года», "un protocole portant modification de l'accord de 2015": the mention is the amendment,
# signed at the event; the text it amends follows, with its own year
_AMENDING_AFTER = re.compile(
    r"\s*(?:(?:amending|to amend|on (?:the )?amendments? to|modifiant|amendant)\s"
    r"|portant (?:modification|amendement) (?:de\s|du\s|des\s|d')"
    r"|о внесении изменени\w* (?:в|во)\s|об изменени\w*\s|о продлении(?: срока действия)?\s)"
    r"\s*"
    r"(?:the |l'|le |la |les )?(?P<amended>[\w'-]+(?:\s+[\w'-]+){0,3})"
)
# A text still to come, its qualifier an adjective after a determiner: "their proposed trade
# agreement", "the planned free trade agreement", "leur futur accord commercial", «планируемое
# соглашение», «будущий договор» (not the verb: "Kenya proposed an agreement", "le Mali a
# proposé un accord" propose what is not yet a text).
_PROPOSED_BEFORE = re.compile(
    r"(?:\b(?:their|its|his|her|our|the|a|an|this|that|le|la|leur|leurs|son|sa|ce|cet|cette"
    r"|un|une|du|au)\s+(?:[\w-]+\s+)?(?:proposed|planned|envisaged|prospective|future|futur)"
    r"|(?<!\w)(?:планируем|предлагаем|предполагаем)(?:ое|ый|ая|ого|ому|ым|ом|ые|ых|ой|ую|ыми)"
    r"|(?<!\w)будущ\w+)\s+(?:[\w-]+\s+){0,2}$"
)
# A signing that failed: "failed to sign an agreement on ...", "stopped short of signing a
# defence pact", "left without signing", "ont échoué à conclure un accord", «не смогли
# подписать соглашение», «без подписания соглашения»: no text of the story
_FAILED_BEFORE = re.compile(
    r"(?:\b(?:fail(?:ed|s|ing)?\s+to|(?:was|were)\s+unable\s+to|could\s+not|couldn't"
    r"|did\s+not\s+manage\s+to)\s+(?:sign|conclud|reach|ink|initial)\w*\s+"
    r"|\b(?:stopped|stop|stops|fell|fall|falls|falling)\s+short\s+of\s+"
    r"(?:(?:sign|conclud|reach|ink|initial)\w*\s+)?"
    # "the round concluded without agreement on …", "sans accord sur …", «без соглашения по …»:
    # the bare noun right after the preposition is no text
    r"|\bwithout\s+(?:(?:sign|conclud|ink|initial)\w*\s+|(?=(?:an?|any)\s)|$)"
    r"|\b(?:(?:ont|a|avaient|avait)\s+echoue\s+a|n'(?:ont|a|avaient|avait)\s+pas\s+(?:reussi\s+a|pu))"
    r"\s+(?:signer|conclure|parapher)\s+"
    r"|\bsans\s+(?:(?:signer|conclure|signature|conclusion)\s+(?:d'|de\s+|du\s+)?|(?=une?\s|aucun)|$)"
    r"|не\s+(?:удалось|смогли|смог|смогла|сумели|успели)\s+(?:подписать|заключить|парафировать)\s+"
    r"|\bбез\s+(?:(?:подписания|заключения|парафирования)\s+|$))"
    r"(?:an?\s+|the\s+|any\s+|un\s+|une\s+|l'|le\s+|la\s+|d'|de\s+)?(?:[\w-]+\s+){0,3}$"
)
# «Подписать соглашение о ... не удалось»: the failure told after the infinitive's object
_FAILED_AFTER = re.compile(r"^[^.;]{0,160}?\bне\s+(?:удалось|получилось)\b")
_INFINITIVE_BEFORE = re.compile(r"(?:подписать|заключить|парафировать)\s+$")
# A signing called off: "the planned signing of a gas deal ... was called off", "la signature
# de l'accord ... a été annulée", «подписание соглашения ... было отменено» (one put off,
# "postponed", is still to come: `sectors.STATUS_PATTERNS` reads it planned)
_SIGNING_OF_BEFORE = re.compile(
    r"\b(?:signing(?:\s+ceremony)?\s+(?:of|for)|signature|ceremonie\s+de\s+signature)"
    r"\s+(?:an?\s+|the\s+|d'|de\s+l'|de\s+la\s+|du\s+|des\s+)?(?:[\w-]+\s+){0,2}$"
    r"|(?:подписани[ея]|церемони[яи]\s+подписания)\s+(?:\w+\s+){0,2}$"
)
_CALLED_OFF_AFTER = re.compile(
    r"^[^.;]{0,160}?\b(?:(?:was|were|has\s+been|had\s+been|is|got)\s+(?:\w+\s+)?"
    r"(?:called\s+off|cancell?ed|scrapped|aborted)"
    r"|(?:a|ont|avait|avaient)\s+ete\s+(?:\w+\s+)?annulee?s?\b"
    r"|(?:было|была|были|был)?\s*(?:отменен[оаы]?|сорвал[оа]сь|сорвано)\b)"
)
# "une durée de cinq ans", "for five years", «на пять лет»: a number before the mention that
# counts years or months is a duration, no count of texts
_DURATION_AFTER = re.compile(r"\s*(?:years?|months?|ans|annees|mois|лет|год\w*|месяц\w*)\b")
# a day of a month is no count of texts: «подписали 15 сентября контракт», "signed on 15
# September an agreement", "ont signé le 3 mars un accord"
_MONTH_AFTER = re.compile(
    rf"\s*(?:{'|'.join(sorted(map(re.escape, MONTHS), key=len, reverse=True))})\b"
)
# «Аналогичное соглашение Россия подписала с ...»: a text of the same kind with another
# side, new though no signing verb stands before it
_SIMILAR_BEFORE = re.compile(r"(?:аналогичн\w*|подобн\w*|такое же|такой же)\s+$")
# A topic that names texts of a kind, then the first of them: «Что касается меморандумов,
# то, во-первых, …», "As for the memoranda, first, …", "Quant aux mémorandums,
# premièrement, …" (folded text)
_TOPIC_THEN_FIRST = re.compile(
    r"(?:^|[.;:]\s*|\b(?:и|а|and|et)\s+)"
    r"(?:что касается|as (?:for|regards|to)|quant aux?|s'agissant des|en ce qui concerne(?: les)?)"
    r"\s+(?:(?:the|les|ces|these|этих|подписанных)\s+)?(?P<kind>\S+)\s*,\s*(?:то\s*,?\s*)?"
    r"(?:во-первых|first(?:ly)?|first of all|premierement|d'abord|tout d'abord|en premier lieu)"
    r"\s*,\s*"
)
# «Проект нового соглашения о …», «новый договор»: a text called new is not one named
# before (an older one it replaces is another), whatever verb governs it
_RU_NEW_BEFORE = re.compile(
    r"(?<![\w-])нов(?:ыи|ый|ого|ое|ую|ом|ым|ая|ои|ой)\s+(?:[а-я-]+(?:ого|ое|ую|ои|ой)\s+){0,2}$"
)
# A text called new, in the three languages: "the new agreement", "le nouvel accord", «нового
# соглашения» (folded text before the kind word)
_NEW_BEFORE = re.compile(
    r"(?<![\w-])(?:new|nouvel|nouvelle|nouveau|nouveaux|nouvelles)\s+(?:[\w'-]+\s+){0,2}$"
    r"|" + _RU_NEW_BEFORE.pattern
)


def _new_again(ctx: Context, unit: Unit, folded: str, m: re.Match) -> bool:
    """Whether mention `m` is a text called new that the document already called new ("the
    new agreement", «нового Соглашения» told before): the same text said again, not one of
    its own, so an older text beside it ("the one it replaces, signed in 2020") is the
    sentence's only text."""
    if not _NEW_BEFORE.search(folded[max(0, m.start() - 60) : m.start()]):
        return False
    stem = re.escape(m.group().split()[0][:5])
    earlier = fold(ctx.text[max(0, unit.start - 3000) : unit.start])
    return bool(
        re.search(
            r"(?<![\w-])(?:new|nouvel|nouvelle|nouveau|nouveaux|nouvelles|нов[а-я]+)\s+"
            rf"(?:[\w'-]+\s+){{0,2}}?{stem}",
            earlier,
        )
    )


# «Протокол к нему», «дополнительный протокол к соглашению»: a text attached to another (a
# protocol, an annex, an addendum to it) is a new one, not the other named again
_RU_ATTACHED_AFTER = re.compile(
    r"\s+к\s+(?:нему|неи|ним|(?:[а-я-]+\s+){0,2}?(?:соглашени|договор|конвенци|меморандум)\w*)"
    r"(?![\w-])"
)


def _attached_first(all_units: list[Unit], i: int, word: str, folded: str, end: int) -> bool:
    """Whether the Russian mention `word` ending at `end` is a text attached to another
    (`_RU_ATTACHED_AFTER`) of a kind no sentence before names: «Протокол к нему» after «Действует
    соглашение …» is a new protocol; after «подписали протокол к соглашению» the same again."""
    if not _RU_ATTACHED_AFTER.match(folded, end):
        return False
    stem = word.split()[0][:-2]
    return not any(stem in fold(unit.text) for unit in all_units[:i])


# «также», «ещё одно», «другое», «второе»: the text signed is another one
_RU_ANOTHER = re.compile(r"\b(?:также|еще|ещё|друг\w*|втор\w*|трет\w*|нов\w*)\b")
_IN_PRINCIPLE = re.compile(r"\s+(?:de principe|in principle|tacite|verbal)\b")
# A text the sentence's subject, another text, provides for is that text's content, no text
# of its own: "Le plan d'action prévoit notamment ... un programme d'échanges", "The roadmap
# provides for a training programme"; unless the content is the signing of a text ("prévoit
# la signature d'un accord": announced). (Russian, «Меморандум предусматривает программу
# обменов», the reader already leaves: its rules want a text's own signing or domain.)
_PROVIDED_BY = re.compile(
    r"^\W*(?:(?:le|la|les|l'|ce|cet|cette|ces|the|this|these)\s*)?(?:[\w'-]+\s+){0,2}?"
    r"(?:plans?|accords?|agreements?|memorand\w*|m[ée]morand\w*|protocoles?|protocols?"
    r"|conventions?|feuilles? de route|roadmaps?|trait[ée]s?|treat(?:y|ies))"
    r"\b[^.;:,]{0,80}?\s(?:prevoi(?:t|ent)|provides?\s+for)\s"
    r"(?:(?!sign|conclu|paraph)[^.;])*"
    r"(?<!\w)(?:un|une|des|a|an)\s+(?:[\w-]+\s+){0,2}$"
)
# Any text judged good or bad, with nothing to say which ("un mauvais accord coûterait
# davantage", "a bad deal is worse than none", «плохое соглашение хуже никакого»): a
# judgement on agreements at large, not one identified (folded text, before and after).
_JUDGED_BEFORE = re.compile(
    r"(?:\b(?:un|une|a|an)\s+(?:(?:tres|trop|very|really|truly)\s+)?"
    r"(?:mauvais|mauvaise|bon|bonne|meilleur|meilleure|pire|bad|good|better|worse|poor)"
    r"|(?<![\w-])(?:плох|хорош|лучш|худш)\w*)\s+$"
)
# A text the sentence says is missing: "en l'absence d'accord", "in the absence of an
# agreement", "the lack of a treaty", «из-за отсутствия соглашения» (folded text before it).
_ABSENT_BEFORE = re.compile(
    r"\b(?:absence|lack|manque|defaut|faute)\s+(?:d'|de\s+|du\s+|of\s+)"
    r"(?:(?:an?|any|un|une|tout|toute)\s+)?(?:[\w-]+\s+)?$"
    r"|(?<![\w-])(?:отсутстви|нехватк)\w*\s+(?:[а-я]+\s+)?$"
)
_CONTENT_AFTER = re.compile(
    r"\s*(?:sur|de|du|des|d'|relati\w*|entre|avec|on|of|for|with|between|about|covering"
    r"|о|об|по|с|между|в\s+(?:области|сфере))\b"
)
# «соглашения» is genitive singular or plural: after "подписали", "в том числе" it is plural
_RU_PLURAL_BEFORE = re.compile(
    r"(?:\w+ли|подписаны|заключены|числе|включая|также)\s+"
    # a time or place between the verb and its object: «подписали в понедельник соглашения»,
    # «подписали вчера», «подписали в Ташкенте»
    r"(?:(?:в|во|на)\s+[а-я-]+\s+|(?:вчера|сегодня|также)\s+)?"
    # or the partners: «подписали с зарубежными компаниями и банками соглашения»
    r"(?:(?:с|со)\s+(?:[а-я-]+\s+){1,4}?)?"
    r"(?:[а-я]+(?:ые|ых)\s+)?$"
    # a plural participle or adjective just before: «подписанные с 1960 года соглашения»,
    # «межправительственные соглашения» (a genitive singular would be «-ого соглашения»)
    r"|(?:^|\s)[а-я]+(?:ые|щие|шие|нние)\s+(?:(?:с|до|в|после)\s+\d{4}\s+(?:года\s+|г\.\s+))?$"
    # at the head of its clause nothing governs a genitive: «документов — соглашения о ...»
    r"|(?:^|[—–:;]\s*)$"
)
# «Соглашения о ... стороны пока не подписали»: at its clause's head, the object of a
# negated active verb after it is the genitive of negation, one text, not a plural
_RU_OBJECT_OF_NEGATED = re.compile(
    r"[^,;:.]{0,80}?\s(?:так и )?не\s+(?:подписал|заключил|парафировал|ратифицировал)\w*"
)
# A neuter subject signs too: «Правительство Египта подписало контракт с ООО …», «Агентство
# заключило соглашение» (a state's institution or a company named by its legal form).
_RU_SIGNED_BEFORE = re.compile(
    r"(?:подписали|подписал[аои]?|заключили|заключил[аои]?|парафировали|обменялись"
    # the gerund: «договорились о поставках, подписав соответствующий контракт»
    r"|подписав|заключив|парафировав"
    # the infinitive of a text to come: «намерен до конца года подписать с Таджикистаном
    # кредитное соглашение», «планируют заключить соглашение»
    r"|подписать|заключить|парафировать"
    # the passive before its subject: «Также подписан меморандум, направленный на ...»
    r"|подписан[ао]?|заключен[ао]?|парафирован[ао]?)\s+"
    # where and when, between the verb and its object: «подписали в Дакке контракт»,
    # «подписали во вторник соглашение», the day of a month: «подписали 15 сентября в Дакке
    # контракт»
    r"(?:(?:в|во|на)\s+[а-я-]+\s+|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля"
    r"|августа|сентября|октября|ноября|декабря)\s+(?:\d{4}\s+(?:года|г\.)\s+)?){0,3}"
    # the other side between the verb and its object: «подписала с Минтрансом Египта контракт»,
    # its name in Latin script, in straight quotes or with its short name in brackets: «с
    # государственной Ceylon Fertilizer Company (CFC) контракт»
    r"(?:(?:с|со)\s+(?:[«»\"“”()\w.&-]+\s+){1,6}?)?"
    # on whose behalf: «подписала от имени правительства соглашение»
    r"(?:от имени\s+(?:[\w-]+\s+){1,4}?)?"
    # adjectives, folded («итоговый» -> «итоговыи»)
    r"(?:(?:также|еще|ещё|новый|новое|новую)\s+)?(?:[а-я-]+(?:ое|ее|ыи|ии|ои|ую|юю|ые|ие|ых|их|ая|яя)\s+){0,3}$"
    # congratulated on a signing, its text in the genitive: «поздравил Словакию и Словению с
    # подписанием энергетического соглашения» (the signing done, the text a new one)
    r"|(?<!\w)(?:с|со)\s+подписанием\s+(?:[а-я-]+(?:ого|его|ои|еи|ых|их)\s+){0,3}$"
)
_SUBSET = re.compile(
    r"\b(?:l'un|l'une|un|une|one|один|одно|одна)\s+(?:des|of the|из)\s+(?:\w+\s+)?$"
)
_NUMBER_BEFORE = re.compile(rf"(?<!\w)(?P<n>{CARDINAL})\s+(?:\w+\s+)?(?:projets?\s+d'|draft\s+)?$")
# A number that is an amount: after a currency sign, or before a word of magnitude or a
# currency ("$1.5 billion", "500 millions de FCFA", «10 млрд рублей»)
_AMOUNT = re.compile(
    r"(?:[$€£¥]|\b(?:us|fcfa|cfa|usd|eur))\s*[\d.,]+"
    r"|[\d.,]+\s*(?:million|billion|milliard|thousand|mille|млн|млрд|тыс|миллион|миллиард"
    r"|dollar|euro|fcfa|cfa|usd|eur|рубл|долл)",
    re.IGNORECASE,
)
_ORDINAL_REFERENCE = re.compile(
    r"^(?:un|une|le|la|l')\s*(?:premier|premiere|second|seconde|deuxieme|troisieme|quatrieme"
    r"|cinquieme|dernier|derniere)\b(?!\s+(?:ministre|fois|session|phase|visite|edition|vice))"
    # "The second, worth $46 million, ...", «Второе, на сумму ...»: an ordinal set apart by a
    # comma stands for a text (French needs no comma: "Le second finance ...")
    # ("The first, between A and B, sets up ...", after a count that named none of its texts)
    r"|^(?:the\s+(?:first|second|third|fourth|fifth|last|latter)"
    r"|(?:втор|трет|четверт|пят|последн)(?:ое|ои|ая|ии|ья|ье))"
    # a word for any text between names no kind: "The third text, a $50 million loan ...",
    # «Третий документ, кредит ...»
    r"(?:\s+(?:one|text|document|документ))?\s*,"
)
_MINISTRY = re.compile(
    # "signé par le ministre ivoirien des Mines", "le ministère tchadien des Infrastructures":
    # a nationality adjective may come between a signing minister or ministry and the portfolio
    r"(?:[Mm]inist(?:res?|[eè]res?)\s+[a-zà-ÿ]{3,}(?:ien|ain|ais|ois|an|en|in)(?:ne|e)?s?"
    r"|[Mm]inist\w*)\s+"
    r"(?:(?:des|de|du|of|for|and|et|la|[ld]['’]|the|[A-ZÀ-Þ][\w'’-]*|,)\s*)+"
    r"|[Мм]инистр\w*\s+\w+(?:\s+и\s+\w+)?"
)
# A Russian ministry by its own noun, its portfolio after it: «с Министерством финансов»
_RU_MINISTRY = re.compile(r"[Мм]инистерств\w*\s+\w+(?:\s+и\s+\w+)?")
# A joint body's name inside a text's words, from its body word to the cooperation word that
# closes it, past commas ("Committee for Economic, Trade and Scientific-Technical Cooperation",
# «комиссии по торгово-экономическому сотрудничеству», "Commission mixte de coopération
# économique")
_BODY_NAME_IN_SCOPE = re.compile(
    r"(?i)\b(?:commission|comit[eé]|committee|комисси\w*|комитет\w*)\b[^.;:()]{0,100}?"
    r"\b(?:cooperation|coop[eé]ration|сотрудничеств\w*)\b"
)


def _without_body_names(scope: str) -> str:
    """`scope` with the joint bodies' names blanked, as either pattern finds them on the
    same words (one ends at the clause, the other runs past commas to "cooperation")."""
    blanked = list(scope)
    for pattern in (_MINUTES_BODY_NAME, _BODY_NAME_IN_SCOPE):
        for m in pattern.finditer(scope):
            blanked[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(blanked)


# A clause after a session's name that tells of the session, not of its minutes' content
_SESSION_CLAUSE = re.compile(
    # (a relative clause may tell the minutes' own content: «протокол …, которым определены
    # квоты вылова», so "which", «который» do not end it)
    r"(?i),\s+(?:held|with|tenue?s?|avec|состоявш\w*|прошедш\w*|проходивш\w*)\b"
)
_BODY_WORD = re.compile(
    r"commission|comite|committee|conseil|council|комисси\w*|комитет\w*"
    r"|совет(?:а|у|ом|е|ы|ов)?\b"
)
_DESCRIPTION = re.compile(
    r"(?:соглашение|документ|договор|le texte|l'accord|le traite|ce traite|cet accord"
    r"|ce document|(?:этот|данный) документ|the (?:agreement|treaty|text|framework|document)"
    r"|this (?:agreement|treaty|framework|document))\b"
)
_COMMISSION_NAME = re.compile(r"(?:commission|комисси)[^.;:]{0,120}")
_TITLE_START = re.compile(
    # a kind of two words: "accord-cadre", "feuille de route", "framework agreement", "executive
    # programme", "road map" ("The Framework Agreement on … between …" is named as "The
    # Agreement on … between …" is); the sides' work plan, whose head comes last: "joint work
    # plan on", "trilateral work plan for" (not "its annual work plan for 2026", a body's own)
    # (a comma after the kind word ends it: «Стоимость контракта, по данным ...» names none;
    # but not one before its subject in apposition: «Второе соглашение, о гранте …», "the
    # second agreement, on a grant …")
    r"^[^\s,;]+(?:,(?=\s+(?:о|об|on|sur|relati\w*|concernant|about)\s))?(?:[- ](?:cadre|d'entente|executif|d'action|de route|de lettres|de travail|agreements?"
    r"|arrangements?|programmes?|plans?|maps?)"
    r"|(?:(?<=^joint)|(?<=lateral)) work ?plans?)?\s+"
    r"(?:(?:additionnel|bilateral|intergouvernemental|additional|межправительственное"
    r"|cadre|general|special|technique|technical|interieur|interne)\w*\s+"
    # a participle French puts after its noun: "la convention révisée tendant à éviter …",
    # "l'accord modifié sur …" is named by its title as "la convention tendant à" is
    # (not a proper name: "le Traité révisé de Chaguaramas")
    r"|(?:revise|amende|modifie|actualise)e?s?\s+(?!de |du |d')"
    # French puts any adjective after its noun: "la convention fiscale entre le Luxembourg et
    # …", "l'accord migratoire entre …" are named by their sides as "la convention entre" is
    r"|[a-z]+(?:al|ale|aux|ique|aire|oire|ier|iere|el|elle|if|ive|ien|ienne)s?\s+(?=entre\s)"
    r")?"
    # (not the day it was signed: "les accords d'aujourd'hui", "the agreements of today")
    r"(?:de (?!ce jour\b)|du (?!jour\b)|des |d'(?!aujourd|hier\b)|sur |relati|\w+ant |dans "
    r"|en matiere|for |of (?!today\b|yesterday\b)|between "
    # "l'accord entre en vigueur", "entre dans le cadre": the verb, not "between"
    r"|entre (?!en vigueur|dans le cadre)"
    # "a deal on Monday", "an accord on 12 May": the day of its signing, not its name
    r"|on (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)"
    r"|об |о |по |между |в области)"
)
# "the agreement with Mali on defence", "l'accord avec le Burkina Faso sur la santé": the
# partner said between the mention and its domain, which still names the text
# The partners may be named in full as a formal title names its governments («между
# Правительством Российской Федерации и Правительством Республики Индонезия об», "between the
# Government of the Republic of X and the Government of Y on").
_GOVERNMENT = r"(?:правительств\w*|government|gouvernement)\s+(?:[\w'-]+\s+){0,6}?"
_PARTNER_THEN_DOMAIN = re.compile(
    r"^\S+\s+(?:with|avec|between|entre|с|со|между)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?"
    rf"(?:{_GOVERNMENT}(?:и|and|et)\s+(?:the\s+|le\s+)?{_GOVERNMENT}|(?:[\w'-]+\s+){{1,4}}?)"
    r"(?:on (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)|sur "
    r"|in the (?:fields?|areas?) of |dans le domaine |об? |в (?:области|сфере) )"
)
# "the Cooperative Framework Agreement", "the Abraham Accords": an English text named by its
# own capitalised name (the kind word capitalised too) is named, as a title's "on" names one;
# the article alone ("The Agreement") or a sentence's first word names none
_PROPER_NAME_BEFORE = re.compile(r"\b(?:the|The) (?P<run>(?:[A-Z][\w'’-]*\s+){1,4})$")
# capitalised words that only say what kind of text it is ("the Grant Agreement", "the Loan
# Agreement"): a generic text with capitals, no name of its own
_GENERIC_CAPITALS = frozenset({
    "grant", "loan", "credit", "financing", "finance", "framework", "cooperation",
    "partnership", "project", "implementation", "supplementary", "additional", "amending",
    "amended", "final", "joint", "bilateral", "general", "host", "country", "new", "draft",
    "main", "basic", "original", "revised", "subsidiary",
})  # fmt: skip


def _proper_name(text: str, m: re.Match[str]) -> bool:
    """Whether the mention closes an English text's own capitalised name ("the Cooperative
    Framework Agreement", "the Paris Agreement"): not a place named after a kind word ("the
    Jakarta Convention Center"), a generic text in capitals ("the Grant Agreement"), nor
    one its domain names (other rules read those)."""
    if not text[m.start()].isupper() or re.match(r"\s+[A-Z]", text[m.end() :]):
        return False
    before = _PROPER_NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
    if not before:
        return False
    words = [w.lower() for w in before["run"].split()]
    return not all(w in _GENERIC_CAPITALS for w in words) and not _sectors(before["run"])


@dataclass
class _Found:
    """An agreement read, with what merging repeated mentions needs to know of it."""

    agreement: Agreement
    definite: bool
    group: int | None = None  # items split from one plural: dropped if others detail them all
    at: int = -1  # index of its unit
    older: bool = False  # mentioned in passing with its own older date
    article: bool = False  # said with a definite article (or, in Russian, as a repeat)
    describes: bool = False  # the definite subject of a sentence that tells its content
    anaphoric: bool = (
        False  # "signed the grant agreement": new only if none of its kind came before
    )
    named_general: bool = False  # "declaration on strategic partnership": general by its words
    first_told: bool = False  # "the MoU signed by ...": new only if no text was read before
    # "The second memorandum, signed by ...": its rank in a series of its kind (0 the first, -1
    # none), new unless as many texts of that kind were read before (contracts told earlier
    # are another series; "The first, ..." of the kind, read before it, is the first)
    rank: int = -1
    the: bool = False  # said with an article ("L'accord sur ...", "The MoU"), not a list item
    similar: bool = False  # "a similar text with Togo": named by reference to the one before
    vehicle: bool = False  # "a shareholders' agreement setting up the project company"
    signed_again: bool = False  # a Russian singular signed with no word that makes it another
    amended: bool = False  # "a protocol amending the agreement on X": named in another's title
    titled: bool = False  # "Intitulé « Accord sur ... »": its title given after a bare mention
    bare: bool = False  # "an agreement": no domain, not even "of cooperation", in its words
    ordinal: bool = False  # "Le premier lie X à Y": told by an ordinal with no kind word
    beside: bool = False  # the other text an amendment's mention tells (`_beside`)


def extract(ctx: Context) -> tuple[list[Agreement], int | None]:
    """The agreements of the text, one per identified agreement, and the stated total."""
    all_units = units(ctx.text)
    found: list[_Found] = []
    headers: dict[int, int] = {}  # list item -> its header
    for i, unit in enumerate(all_units):
        if unit.header:
            items = list_items(all_units, i)
            headers.update(dict.fromkeys(items, i))
            found.extend(_from_list(ctx, all_units, i, items))
    folded_text = fold(ctx.text)
    with_trigger = units_matching(_TRIGGER, folded_text, all_units)
    with_generic = units_matching(_GENERIC, folded_text, all_units)
    with_similar = units_matching(_SIMILAR_TEXT, folded_text, all_units)
    with_quoted = units_matching(_QUOTED_TITLE, folded_text, all_units)
    with_financing = units_matching(_FINANCING_SIGNED, folded_text, all_units)
    with_unfinished = units_matching(_UNFINISHED_TEXT, folded_text, all_units)
    # "ont signé trois documents", «подписали три документа»: a count of texts with no kind
    # word, which ordinals in the next sentences may detail
    with_count = units_matching(totals.TEXT_COUNT, folded_text, all_units)
    recent_kind, recent_at, recent_named, counted_at = None, -10, False, -10
    # the sides the sentence that counted texts names: "Ghana and the World Bank signed two
    # loan agreements. The first ..., the second ...": its ordinals' texts bind them
    count_sides: list[str] = []
    # the one purpose the sentence that counted texts gives them all (`_purpose_of_count`)
    count_purpose: list[str] = []
    series_at = -10  # the sentence that opened a series whose texts bind the count's sides
    for i, unit in enumerate(all_units):
        if i in with_count and i not in with_trigger:
            counted_at = i
            count_purpose = _purpose_of_count(unit.text)
            # "Avec la BID, deux textes ont été signés.": the count names its partner only
            count_sides = (
                _with_story_states(sides.named_in(ctx, unit.start, unit.end), count_sides)
                or count_sides
            )
        near_agreement = recent_kind and i - recent_at <= 2
        near_count = 0 < i - counted_at <= 2
        if (
            i not in with_trigger
            and i not in with_generic
            and i not in with_similar
            and i not in with_quoted
            and i not in with_financing
            and i not in with_unfinished
            and not near_agreement
            and not near_count
        ):
            continue
        folded = fold(unit.text)
        triggers = list(_TRIGGER.finditer(folded)) if i in with_trigger else []
        if i in headers and not triggers:
            continue
        # "Deux seulement ont été détaillés : le premier …, le second …": the ordinals of the
        # texts counted may follow a clause that announces them, up to a colon
        lead = _detail_lead_in(folded) if not triggers else 0
        told, told_text = folded[lead:], unit.text[lead:]
        pieces = (
            _ordinal_pieces(told_text, told)
            if (near_agreement and _ordinal_start(told, recent_named and not _beyond(told, found)))
            or (near_count and _ordinal_start(told, False))
            else []
        )
        if not triggers and len(pieces) < 2 and near_agreement and recent_named:
            # "signed two loan agreements for the road. The first, of $40 million, was signed
            # with the Fund. The second ... with the Bank": each ordinal names a partner
            _bind_ordinal(ctx, found, unit, folded, recent_at)
        if len(pieces) >= 2:
            # "Le premier accord porte sur l'énergie, le deuxième sur la santé", "The first
            # covers trade, the second tourism", «Первое касается энергетики, второе — ...»
            # after a count: one agreement a piece, of the kind the piece or the count names
            for piece in pieces:
                agreement = _make(
                    ctx,
                    all_units,
                    i,
                    unit.text,
                    kind_of(piece) or (recent_kind if near_agreement else None) or "agreement",
                    _sectors(piece) or ["general"],
                    basis=confidence.AGREEMENT_ORDINAL,
                )
                found.append(_Found(agreement, definite=False, at=i))
                _count_sides(ctx, unit, found[-1:], count_sides)
            recent_at = i
            continue
        if triggers:
            header = fold(all_units[headers[i]].text) if i in headers else ""
            # "signed two loan agreements. The first agreement, worth $60 million, ...": an
            # ordinal after a count that identified none of its texts names one of them
            ordinal, opens_series = _series_ordinal(folded), _opens_series(folded)
            of_count = bool(near_agreement and not recent_named) and opens_series
            if of_count:
                count_purpose = _purpose_of_count(all_units[recent_at].text)
            read = _from_unit(ctx, all_units, i, triggers, header, of_count=of_count)
            if found and _SIGNED_FOR_A_SIDE.match(folded):
                # «С российской стороны документ подписал …, с мозамбикской — …»: who signed
                # the texts just read for each side, no text of its own
                read = []
            if ordinal and near_agreement and recent_named:
                read = _series_told_again(found, read, ordinal, recent_at)
            # "Deux accords ont été signés avec la BID. Le premier ... Le second ...": the
            # ordinals after a count, and those that follow the first, tell its texts
            in_series = bool(
                ordinal
                and not ordinal.adds
                and ((opens_series and near_count) or (ordinal.index > 0 and i - series_at <= 2))
            )
            if of_count or in_series or (near_agreement and ordinal and ordinal.adds):
                # "A second agreement, on rice, is to be submitted to the Bank's board": one
                # more text of the series the sentences before tell, between the same sides
                _count_sides(ctx, unit, read[:1], count_sides)
                if of_count or in_series:
                    _with_purpose(read[:1], count_purpose)
                series_at = i if (of_count or in_series) else series_at
            elif not opens_series:
                count_sides = _with_story_states(
                    sides.named_in(ctx, unit.start, unit.end), count_sides
                )
            referent = _referent(found, i)
            if referent and _SIMILAR.search(folded):
                # "un mémorandum similaire avait été signé avec le Togo en 2022", «аналогичное
                # соглашение», "un accord du même type": a text in the domains of the one
                # read just before of its kind, whatever the sentence names beside it ("a
                # similar contract with X awaits review by the economy committee"), unless
                # its own title names them
                own = _own_domain(folded, triggers) if len(read) == 1 else []
                extra: list[_Found] = []
                for f in read:
                    if f.agreement.sectors == ["general"] or not f.agreement.title:
                        like = (
                            _recalled_just_before(found, i, f.agreement.kind)
                            or _referent_of_a_side(found, i, f.agreement)
                            or _referent(found, i, f.agreement.kind)
                            or referent
                        )
                        # «аналогичные соглашения об урегулировании задолженности»: a domain
                        # the mention's own words name is its own
                        f.agreement.sectors = list(own or like.agreement.sectors)
                        f.agreement.title = None  # named only by reference to the other
                        f.similar = True
                        _with_new_partner(ctx, unit, f.agreement, like, found)
                        extra += _similar_per_partner(ctx, unit, f, like, found)
                read += extra
            if referent and _SAME_PROJECT.search(folded):
                for f in read:
                    _of_same_project(f.agreement, referent)
            for f in read:
                if f.vehicle and found:
                    # "A shareholders' agreement setting up the project company is expected
                    # next year": the company made for the project is in the project's domain,
                    # that of the first text read (what the sentences around it say, "our
                    # farmers will feel the difference", is no guide)
                    f.agreement.sectors = list(found[0].agreement.sectors)
            _identified(ctx, unit, folded, found, read, i)
            found.extend(read)
            recent_kind, recent_at = _KIND_BY_GROUP[triggers[-1].lastgroup], i
            recent_named = bool(read) and not opens_series
        elif (
            i in with_similar
            and (referent := _referent(found, i))
            and (similar := _SIMILAR_TEXT.search(folded))
            and signs(folded)
            and not _UNNAMED_PARTNERS.search(folded)
            and stance.of_mention(unit.text, ctx.language, similar.start())
            in (stance.ASSERTED, stance.PENDING)
        ):
            # "Egypt signed a similar document with Tanzania", «аналогичный документ
            # подписан с Мали»: the kind and domains of the text it refers to, its own sides
            agreement = _make(
                ctx,
                all_units,
                i,
                unit.text,
                referent.agreement.kind,
                list(referent.agreement.sectors),
                at=similar.start(),
                basis=confidence.AGREEMENT_BARE,
            )
            found.append(_Found(agreement, definite=False, at=i, similar=True))
        elif (
            i in with_quoted
            and (quoted := _QUOTED_TITLE.search(folded))
            and unit.text[quoted.start("title")].isupper()
            and stance.of_mention(unit.text, ctx.language, quoted.start("title"))
            in (stance.ASSERTED, stance.PENDING)
        ):
            title = unit.text[quoted.start("title") : quoted.end("title")]
            # "the "Blue Corridor Initiative" covering fisheries": its title's domains and
            # those the words after it name
            sectors = _sectors(title)
            sectors += [
                s for s in _sectors(_own_scope(unit.text[quoted.end() :])) if s not in sectors
            ]
            agreement = _make(
                ctx,
                all_units,
                i,
                unit.text,
                "agreement",
                sectors or ["general"],
                at=quoted.start("title"),
                title=title,
                basis=confidence.AGREEMENT_TITLED,
            )
            found.append(_Found(agreement, definite=False, at=i))
        elif (
            i in with_financing
            and (financing := _FINANCING_SIGNED.search(folded))
            and stance.of_mention(unit.text, ctx.language, financing.end() - 1)
            in (stance.ASSERTED, stance.PENDING)
        ):
            agreement = _make(
                ctx,
                all_units,
                i,
                unit.text,
                "agreement",
                _sectors(_own_scope(unit.text[financing.end() :])) or ["economy"],
                at=financing.start(),
                basis=confidence.AGREEMENT_SECTORS,
            )
            if _SAME_PROJECT.search(folded) and (referent := _referent(found, i)):
                _of_same_project(agreement, referent)
            # "un prêt de la BAD signé en novembre 2024": told with its own older date, it
            # details none of the event's texts
            older = _older_date(ctx, unit.text, folded, financing.start(), len(folded))
            found.append(_Found(agreement, definite=False, at=i, older=bool(older)))
        elif (
            i in with_unfinished
            and (unfinished := _UNFINISHED_TEXT.search(folded))
            and (unfinished_verb := _NOT_FINISHED.search(folded, unfinished.end()))
            # its own predicate: "The text on energy was signed, though talks on transport
            # could not be concluded" finished the text
            and not _OTHER_CLAUSE.search(folded, unfinished.end(), unfinished_verb.start())
            and (named := _sectors(_own_scope(unit.text[unfinished.end() :])))
        ):
            agreement = _make(
                ctx,
                all_units,
                i,
                unit.text,
                "agreement",
                named,
                status="planned",
                at=unfinished.start(),
                basis=confidence.AGREEMENT_GENERIC,
            )
            found.append(_Found(agreement, definite=False, at=i))
        elif (
            (generic := _GENERIC.search(folded))
            and (not (generic["instruments"] or generic["sur"]) or signs(folded))
            and not _describes_one(generic.group(), folded)
            and not _summed_up(folded, generic, found)
        ):
            named = _sectors(unit.text[generic.end() :])
            # "Les textes portent sur la suppression des visas ..., la formation des cadres de
            # l'administration publique et la pêche": one text an item of the list, not one a
            # domain its words name; items in one domain are one text ("la formation et
            # l'éducation"); with no list, one text a domain named
            items = _domain_items(_own_scope(unit.text[generic.start("intro") :]))
            items = list({tuple(item): item for item in items}.values())
            if len(items) < 2:
                items = [[s] for s in named]
            for sectors in [named] if generic["one"] and named else items:
                agreement = _make(
                    ctx,
                    all_units,
                    i,
                    unit.text,
                    "agreement",
                    sectors,
                    basis=confidence.AGREEMENT_GENERIC,
                )
                found.append(_Found(agreement, definite=False, at=i))
        elif near_agreement and _ordinal_start(told, recent_named and not _beyond(told, found)):
            # "le premier finance l'eau ; le second, l'électricité": one agreement a piece
            for piece in _ordinal_pieces(told_text, told):
                agreement = _make(
                    ctx,
                    all_units,
                    i,
                    unit.text,
                    recent_kind,
                    _sectors(_without_jobs(piece)) or ["general"],
                    basis=confidence.AGREEMENT_ORDINAL,
                )
                found.append(_Found(agreement, definite=False, at=i, ordinal=True))
                _count_sides(ctx, unit, found[-1:], count_sides)
            recent_at = i
    found.extend(_deals(ctx, all_units, folded_text))
    kept = _one_per_partner(ctx, all_units, _dedupe(found, headers, with_count))
    negative = [(j, fold(u.text)) for j, u in enumerate(all_units) if _NEGATIVE.search(u.text)]
    kept = [f for f in kept if not _denied_elsewhere(ctx, all_units, negative, f)]
    _sides_by_anaphora(ctx, all_units, kept)
    _the_text_itself(all_units, kept)
    _provided_for(ctx, all_units, kept)
    _replaced(kept)
    kept += _predecessors(all_units, kept)
    kept += _successors(all_units, kept)
    _signed_by_after(ctx, all_units, kept)
    # a communiqué that dates nothing but itself was issued the day its texts were signed
    event = _event_date(ctx) or (None if find_dates(ctx.text) else ctx.published)
    for f in kept:
        if f.agreement.kind == "framework" and not f.older:
            # the paragraph after an older treaty speaks of the event, not of the treaty
            _add_described_sectors(f, all_units)
        elif f.agreement.sectors == ["general"] and not (f.named_general or f.older):
            _told_next(f, all_units, kept)
        elif f.agreement.sectors == ["economy"] and not f.older:
            _spent_next(f, all_units, kept)
        if f.agreement.sectors in (["general"], ["economy"]) and not f.named_general:
            # (an older text too: "The first phase of the X project was financed under a loan
            # agreement signed in 2019" is about what that project was named for)
            _programme_financed(ctx, all_units, f)
        _plant_named_before(ctx, all_units, f)
        # a text ratified or approved at the event was signed before it: the event does not
        # date it (SPEC: the date of signature)
        if f.agreement.date is None and f.agreement.status not in ("planned", "ratified"):
            f.agreement.date = event
        if f.agreement.date is None and f.agreement.status != "planned":
            f.agreement.confidence = confidence.clamp(f.agreement.confidence - 0.05)
    signed_at = {f.at for f in kept if f.agreement.status != "planned"}
    unsigned = frozenset(f.at for f in kept if f.agreement.status == "planned") - signed_at
    return [f.agreement for f in kept], totals.total(ctx.text, unsigned)


# A sentence told of the text before it by an ellipsis of its noun: "La précédente, couvrant
# 2019-2023, avait été signée à Djeddah en 2019", "The previous one was signed in 2019",
# «Предыдущая была подписана в 2019 году» (folded text)
_PREDECESSOR = re.compile(
    r"^(?:la precedente|le precedent|the previous one|its predecessor|the previous|the last one"
    r"|(?:предыдущ|прежн)(?:ая|ий|ее|ое|ие))\b(?! (?:day|week|month|year|session|meeting)\b)"
)
_SIGNED_IN_YEAR = re.compile(
    r"(?<!\w)(?:sign\w*|conclu\w*|adopt\w*|подписан\w*|заключен\w*|принят\w*)"
    r"[^.;]{0,60}?(?<!\w)(?:en|in|в) (?P<year>(?:19|20)\d\d)\b"
)


# A new text that replaces an older one of its year: "The new contract replaces the 2019
# contract", "le nouvel accord remplace celui de 2015", «Новый контракт приходит на смену
# контракту 2019 года», «заменит соглашение 2015 года»
_REPLACES_OLDER = re.compile(
    r"\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing)|succeed(?:s|ed|ing)|remplac(?:e|era|ait)"
    r"|succede(?:ra|ra)?)\b"
    r"|(?<!\w)(?:приходит|пришел|пришло|пришла|придет|приходят)\s+на\s+смену(?!\w)"
    r"|(?<!\w)замен(?:ит|яет|ил|ило|ила|яют|ят)(?!\w)"
)


def _replaced(kept: list[_Found]) -> None:
    """An older text that the sentence says a new one replaces ("Новый контракт приходит на
    смену контракту 2019 года, по которому ...") binds the sides of the one it gives way to,
    the text read just before it, and covers its domains where it names none."""
    for f in kept:
        if not f.older or f.at < 0 or not _REPLACES_OLDER.search(fold(f.agreement.evidence)):
            continue
        new = next(
            (
                k
                for k in reversed(kept)
                if not k.older
                and k.agreement.status != "planned"
                and 0 <= f.at - k.at <= 2
                and k is not f
            ),
            None,
        )
        if new is None or not new.agreement.parties:
            continue
        f.agreement.parties = list(new.agreement.parties)
        if f.agreement.sectors in ([], ["general"]):
            f.agreement.sectors = list(new.agreement.sectors)


def _predecessors(all_units: list[Unit], kept: list[_Found]) -> list[_Found]:
    """The older text a sentence tells by an ellipsis of the noun of the text the sentence
    before it named ("… une nouvelle stratégie de partenariat serait signée en 2027. La
    précédente avait été signée en 2019."): one of its kind, sides and domains, signed in
    the year the sentence gives, no text of the event."""
    out: list[_Found] = []
    for f in kept:
        i = f.at + 1
        if f.at < 0 or f.older or i >= len(all_units) or any(k.at == i for k in kept):
            continue
        folded = fold(all_units[i].text)
        signed = _SIGNED_IN_YEAR.search(folded) if _PREDECESSOR.match(folded) else None
        if not signed or any(
            k.at == f.at and k is not f and not k.older for k in kept[kept.index(f) + 1 :]
        ):
            continue  # (the last text of its sentence is the one the ellipsis stands for)
        x = f.agreement
        agreement = Agreement(
            kind=x.kind,
            evidence=all_units[i].text,
            parties=list(x.parties),
            sectors=list(x.sectors),
            status="signed",
            date=signed["year"],
            confidence=confidence.AGREEMENT_ORDINAL,
        )
        out.append(_Found(agreement, definite=False, at=i, older=True))
    return out


# A new text told by an ellipsis of the noun of the one the sentence names, after a verb of
# talks or signing (a drafting verb's is a task, as `_DRAFTING` says: «поручили подготовить
# новую»): «… устарело, и мы предложили начать переговоры о новом», "it
# has aged, and we have proposed to negotiate a new one", "… et nous proposons d'en négocier
# un nouveau" (folded text; the ellipsis ends its clause)
_SUCCESSOR = re.compile(
    r"(?:переговор\w*|подписа\w*|заключ\w*)"
    r"\s+(?:[а-я]+\s+){0,2}?(?:о\s+новом|нов(?:ое|ую|ый|ого|ом))(?=\s*(?:[.;,]|$))"
    r"|\b(?:negotiat\w*|talks\s+on|sign\w*|conclu\w*)\s+(?:[a-z]+\s+){0,2}?a\s+new\s+one\b"
    r"|\ben\s+(?:negocier|signer|conclure)\s+une?\s+(?:nouveau|nouvelle)(?=\s*(?:[.;,]|$))"
)


def _successors(all_units: list[Unit], kept: list[_Found]) -> list[_Found]:
    """The new text a sentence tells by an ellipsis of the noun of the older one it names
    (`_SUCCESSOR`): of its kind, sides and domains, planned."""
    out: list[_Found] = []
    for f in kept:
        if f.at < 0 or f.agreement.status == "planned":
            continue
        if any(k.at == f.at and k is not f for k in kept):
            continue  # one text in the sentence, which the ellipsis stands for
        if not _SUCCESSOR.search(fold(all_units[f.at].text)):
            continue
        x = f.agreement
        agreement = Agreement(
            kind=x.kind,
            evidence=all_units[f.at].text,
            parties=list(x.parties),
            sectors=list(x.sectors),
            status="planned",
            confidence=confidence.AGREEMENT_ORDINAL,
        )
        out.append(_Found(agreement, definite=False, at=f.at))
    return out


# A financing text and "the programme" or "the project" it funds, in one sentence: "le
# programme bénéficie d'un financement additionnel ..., objet d'un accord de financement",
# "the project received a loan from the IDA under a financing agreement", «проект получил
# кредит …, соглашение о финансировании подписано»
_FUNDING_WORD = re.compile(
    r"\b(?:financement|pret|credit|don|subvention|financing|loan|credit|grant|funding)s?\b"
    r"|(?<!\w)(?:финансирован|кредит|заем|займ|грант)\w*"
)
_THE_PROGRAMME = re.compile(
    r"\b(?:le|ce|du|au) (?:programme|projet)\b(?! d[eu'])(?! des\b)"
    # with its name between ("the Kandy North project")
    r"|\b(?:the|this) (?P<name>(?:[a-z-]+ ){0,3}?)(?:programme|program|project)\b"
    r"(?! (?:of|for|to)\b)"
    r"|(?<!\w)(?:программа|проект)(?!\w)(?! (?:по|о|развития))"
)
# the programme or project named in full before: "Programme de facilitation du transport
# sur le corridor …", "the Rural Electrification Project", «программа развития сельского
# хозяйства» (its words up to the clause's end)
_PROGRAMME_NAMED = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b(?:programme|projet)s? (?:de |d'|du |des )[^,;.:()]{3,80}",
        r"(?:[a-z-]+ ){1,4}(?:programme|program|project)\b",
        r"\b(?:programme|program|project) (?:of|for|to) [^,;.:()]{3,80}",
        r"(?<!\w)(?:программ|проект)\w* (?:по |о |развития )?[^,;.:()]{3,80}",
    )
)


def _programme_financed(ctx: Context, all_units: list[Unit], f: _Found) -> None:
    """A financing agreement with no domain of its own but finance, for "the programme" or
    "the project" its sentence names (by its name too: "the Kandy North project"), is about
    what the text named that programme or project for before: "Le Programme de facilitation du transport … Au Cameroun, le programme
    bénéficie … d'un financement …, objet d'un accord de financement" is transport."""
    if f.at < 0:
        return
    unit = all_units[f.at]
    folded = fold(unit.text)
    the = _THE_PROGRAMME.search(folded)
    if not (_FUNDING_WORD.search(folded) and the):
        return
    before = fold(ctx.text[: unit.start])
    named = [
        (m.start(), domains, set(m.group().split()))
        for pattern in _PROGRAMME_NAMED
        for m in pattern.finditer(before)
        if (domains := _sectors(m.group()))
    ]
    # "the Kandy North project": the one named before with a word of its name, else the last
    words = set((the.group("name") or "").split())
    named = [n for n in named if words & n[2]] or named
    if named:
        f.agreement.sectors = list(max(named, key=lambda n: n[0])[1])


# A text about "the station" or "the plant", its kind word and the plant in one clause: "un
# avenant au contrat de construction de la centrale", "a contract to build the plant",
# «дополнительное соглашение к контракту на сооружение станции», «соглашение о поставках
# топлива для станции»
_ABOUT_THE_PLANT = re.compile(
    r"(?:соглашени|контракт|договор|меморандум|протокол|agreement|contract|memorandum|protocol"
    r"|accord|contrat|avenant|amendment)\w*[^,;.]{0,60}?"
    r"(?:(?<!\w)станци(?:я|и|ю|ей|ях)(?!\w)(?!\s+(?:метро|техническ|метеорол))"
    r"|\bthe (?:power )?(?:plant|station)\b|\bla centrale\b(?!\s+(?:solaire|thermique|hydro|a ))"
    r"|\bde la centrale\b)"
)
# a nuclear power plant the text names: "la centrale nucléaire de Rooppur", "the Akkuyu
# nuclear power plant", «АЭС малой мощности», «атомная электростанция»
_NUCLEAR_PLANT = re.compile(
    r"(?<!\w)аэс(?!\w)|атомн\w* (?:электро)?станц|nuclear (?:power )?(?:plant|station)"
    r"|centrales? (?:electro)?nucleaires?"
)


def _plant_named_before(ctx: Context, all_units: list[Unit], f: _Found) -> None:
    """A text about "the station" or "the plant" of a story that named a nuclear power plant
    before it is about that plant: its domain is nuclear (SPEC: civil nuclear), however
    bare its own words ("an amendment to the contract to build the plant")."""
    if f.at < 0 or "nuclear" in f.agreement.sectors:
        return
    unit = all_units[f.at]
    if not _ABOUT_THE_PLANT.search(fold(unit.text)):
        return
    if not _NUCLEAR_PLANT.search(fold(ctx.text[: unit.start])):
        return
    if f.agreement.sectors == ["general"]:
        f.agreement.sectors = ["nuclear"]
    else:
        f.agreement.sectors.append("nuclear")


# Texts in the plural, or said to be separate, that one state signs "with" several: "Turkey
# signed defence agreements with Somalia and Djibouti", "des accords séparés avec le Mali et
# le Burkina", «Россия подписала соглашения ... с Мали и Буркина-Фасо»: one text a partner.
_PLURAL_WITH = re.compile(
    r"\b(?:agreements|accords|memorand(?:a|ums)|mous|protocols|protocoles|conventions|contracts"
    r"|contrats|treaties|trait[ée]s|pacts|deals|(?:separate|bilateral)\s+(?:\w+\s+){0,2}?"
    r"(?:agreement|memorandum|mou|protocol|deal)s?)\b(?![^,;:.]{0,60}\b(?:between|entre)\b)"
    r"|(?:подписал\w*|заключил\w*)\s+(?:[а-яё-]+\s+){0,2}(?:соглашения|меморандумы|протоколы"
    r"|договоры|документы)\b",
    re.IGNORECASE,
)
_WITH_PARTNERS = re.compile(
    r"(?<![\w-])(?:with|avec|с|со)\s+(?:(?!(?<![\w-])(?:with|avec|с|со)\s)[^,;:.()]){3,120}",
    re.IGNORECASE,
)


def _one_per_partner(ctx: Context, all_units: list[Unit], kept: list[_Found]) -> list[_Found]:
    """A sentence's one plural text that one state signs "with" two or more states is one text
    a partner, each bilateral; "a tripartite agreement", "between", a text of several
    sentences' sides or an alliance's keep their sides."""
    per_unit: dict[int, int] = {}
    for f in kept:
        per_unit[f.at] = per_unit.get(f.at, 0) + 1
    out: list[_Found] = []
    for f in kept:
        if per_unit[f.at] == 1:
            out.extend(_split_by_partner(ctx, all_units, f))
        else:
            out.append(_own_partner(ctx, all_units, f))
    return out


def _own_partner(ctx: Context, all_units: list[Unit], f: _Found) -> _Found:
    """One of a sentence's texts that each bring their own partner and domain ("two agreements,
    one with Uganda on trade and another with Tanzania on energy", "l'un avec la Gambie sur la
    pêche, l'autre avec la Mauritanie sur le gaz"): the subject and the partner of the piece
    that names its domain, when one piece alone does."""
    if f.at < 0 or len(f.agreement.parties) < 3:
        return f
    unit = all_units[f.at]
    withs = list(_WITH_PARTNERS.finditer(unit.text))
    if len(withs) < 2:
        return f
    subject = sides.named_in(ctx, unit.start, unit.start + withs[0].start())
    if len(subject) != 1:
        return f
    owners = []
    for k, found in enumerate(withs):
        end = withs[k + 1].start() if k + 1 < len(withs) else len(unit.text)
        partner = sides.named_in(ctx, unit.start + found.start(), unit.start + found.end())
        if len(partner) == 1 and set(f.agreement.sectors) <= set(
            _sectors(unit.text[found.start() : end])
        ):
            owners.append(partner[0])
    if len(owners) != 1 or not all(map(sides.is_state, [subject[0], owners[0]])):
        return f
    return replace(f, agreement=replace(f.agreement, parties=[subject[0], owners[0]]))


# Loan or grant texts in the plural: each lender lends under its own text ("loan agreements
# … signed by the Saudi Fund and the OPEC Fund", «соглашения о займах подписали … Саудовский
# фонд развития и Фонд ОПЕК», "des accords de prêt avec la BID et le Fonds koweïtien")
_PLURAL_LOANS = re.compile(
    r"\b(?:(?:loan|credit|grant|financing)\s+agreements|agreements\s+(?:on|for)\s+(?:loans"
    r"|credits|grants)|accords\s+de\s+(?:pr[êe]ts?|financement|cr[ée]dit|don)"
    r"|conventions\s+de\s+(?:financement|pr[êe]ts?|cr[ée]dit)"
    r"|(?:кредитные|заемные|займовые|грантовые)\s+соглашения"
    r"|соглашени[яй]\s+о\s+(?:займах|кредитах|грантах|предоставлении\s+(?:займов|кредитов"
    r"|грантов)))\b",
    re.IGNORECASE,
)
# A lender's name: a fund, a bank that lends; a state's adjective beside its word ("the
# Kuwait Fund", «Кувейтский фонд», "le Fonds koweïtien") names the state's fund
_LENDER_WORD = re.compile(r"(?i:fund|fonds|фонд\w*|bank|banque|банк\w*)")
_LENDER_AFTER = re.compile(r"(?i:\s+(?:fund|fonds|фонд\w*|bank|банк\w*))\b")
_LENDER_BEFORE = re.compile(r"(?i:\b(?:fonds|banque|fund|bank)\s+)$")


def _one_per_lender(ctx: Context, unit: Unit, f: _Found) -> list[_Found] | None:
    """Plural loan or grant texts whose sides are one borrower and two or more lenders named
    in their sentence: one text a lender, each with the borrower. None where that is not it."""
    if not _PLURAL_LOANS.search(unit.text) or sides._THREE.search(unit.text):
        return None
    mentions = [m for m in ctx.mentions_in(unit.start, unit.end) if m.code in f.agreement.parties]
    lenders = list(
        dict.fromkeys(
            m.code
            for m in mentions
            if not sides.is_state(m.code)
            or _LENDER_WORD.search(m.surface)
            or _LENDER_AFTER.match(ctx.text, m.end)
            or _LENDER_BEFORE.search(ctx.text, max(0, m.start - 40), m.start)
        )
    )
    borrowers = [c for c in f.agreement.parties if c not in lenders]
    if len(lenders) < 2 or len(borrowers) != 1 or not sides.is_state(borrowers[0]):
        return None
    return [
        replace(f, agreement=replace(f.agreement, parties=[borrowers[0], code])) for code in lenders
    ]


def _split_by_partner(ctx: Context, all_units: list[Unit], f: _Found) -> list[_Found]:
    if f.at < 0 or len(f.agreement.parties) < 3:
        return [f]
    unit = all_units[f.at]
    if (per_lender := _one_per_lender(ctx, unit, f)) is not None:
        return per_lender
    plural = _PLURAL_WITH.search(unit.text)
    if plural is None or sides._THREE.search(unit.text):
        return [f]
    subject = sides.named_in(ctx, unit.start, unit.start + plural.start())
    partner = _WITH_PARTNERS.search(unit.text, plural.start())
    if len(subject) != 1 or partner is None:
        return [f]
    partners = sides.named_in(ctx, unit.start + partner.start(), unit.start + partner.end())
    codes = [subject[0], *partners]
    if (
        len(partners) < 2
        or not all(map(sides.is_state, codes))
        or set(f.agreement.parties) != set(codes)
    ):
        return [f]
    return [
        replace(f, agreement=replace(f.agreement, parties=[subject[0], code])) for code in partners
    ]


@lru_cache(maxsize=1024)
def _russian_plural_form(word: str) -> bool:
    """«соглашения», «декларации» may be plurals (or genitives); «декларация», «конвенция»
    are a feminine noun's nominative singular, one text whatever stands before them."""
    if not word.endswith(("ия", "ии")):
        return False
    from suivi.reading.nlp import russian_parses

    return any(p.tag.number == "plur" for p in russian_parses(word))


def _of_same_project(agreement: Agreement, referent: _Found) -> None:
    """A text for the project of the one read before (`_SAME_PROJECT`) has its domains, where
    its own words name none but finance."""
    if not [s for s in agreement.sectors if s not in ("general", "economy")]:
        agreement.sectors = list(referent.agreement.sectors)


def _referent(found: list[_Found], i: int, kind: str | None = None) -> _Found | None:
    """The text a "similar" mention in unit `i` refers to: the last one read before it that
    is not itself an older text recalled in passing (lists are read first, whatever their
    place, so the last item found is not always the nearest). With `kind`, the last of that
    kind: "an agreement and a memorandum ... a similar agreement" is like the agreement.
    An older text the sentence right before is about, with no text of the event beside it,
    is the one referred to: "The power deal entered into force in 2022. A similar agreement
    with Tanzania is expected" is like the power deal."""
    if recalled := _recalled_just_before(found, i, kind):
        return recalled
    before = [f for f in found if 0 <= f.at < i and not f.older]
    before = [f for f in before if kind in (None, f.agreement.kind)]
    return max(reversed(before), key=lambda f: f.at) if before else None


# The words right after a kind word up to the clause's verb: «соглашения об урегулировании
# задолженности были подписаны» -> «об урегулировании задолженности»
_OWN_WORDS_END = re.compile(
    r"[,;:()]|\s(?:был\w*|подписан\w*|заключен\w*|was|were|has|have|had|signed|a ete|ont ete"
    r"|avait|avaient|signee?s?)\s"
)


# a domain's complement, not a partner's ("a similar contract with X awaits review by the
# economy committee" names no domain of its own)
_DOMAIN_AFTER = re.compile(
    r"\s*(?:on|about|covering|sur|relati\w*|concernant|о|об|по|в\s+(?:области|сфере))\b"
)


def _own_domain(folded: str, triggers: list[re.Match[str]]) -> list[str]:
    """The domains a text like another names by its own complement ("similar agreements on
    debt settlement", «аналогичные соглашения об урегулировании задолженности»)."""
    if len(triggers) != 1 or not _DOMAIN_AFTER.match(folded, triggers[0].end()):
        return []
    rest = folded[triggers[0].end() : triggers[0].end() + 120]
    return _sectors(_OWN_WORDS_END.split(rest, maxsplit=1)[0])


def _similar_per_partner(
    ctx: Context, unit: Unit, f: _Found, like: _Found, found: list[_Found]
) -> list[_Found]:
    """Texts like another signed "with X and with Y" («были подписаны с Республикой Мадагаскар
    и с Эфиопией», "signed with Ghana and with Togo"), no signer named before: one text a
    partner, each with the side the other text and these share (its first side). `f` takes
    the first partner; the others come back as texts of their own."""
    withs = list(_WITH_PARTNERS.finditer(unit.text))
    if len(withs) < 2 or sides.named_in(ctx, unit.start, unit.start + withs[0].start()):
        return []
    partners = []
    for said in withs:
        named = sides.named_in(ctx, unit.start + said.start(), unit.start + said.end())
        if len(named) != 1 or not sides.is_state(named[0]):
            return []
        partners.append(named[0])
    # the side every text of the story read so far shares (Russia's, in a story of Russia's
    # texts with Mozambique and with Tanzania); none where two texts do not tell it
    told = [set(k.agreement.parties) for k in found if not k.older and k.agreement.parties]
    kept = sorted(set.intersection(*told)) if len(told) >= 2 else []
    if len(set(partners)) < 2 or len(kept) != 1 or set(partners) & set(like.agreement.parties):
        return []
    f.agreement.parties = [kept[0], partners[0]]
    return [
        replace(
            f,
            agreement=replace(
                f.agreement, parties=[kept[0], code], sectors=list(f.agreement.sectors)
            ),
        )
        for code in partners[1:]
    ]


def _with_new_partner(
    ctx: Context, unit: Unit, agreement: Agreement, like: _Found, found: list[_Found]
) -> None:
    """A text like another, with one partner its sentence names and that text did not have
    ("X and Y signed a contract ... A similar contract with Z awaits review", «аналогичный
    контракт с Z»): Z takes the place of the other text's partner, the side named last, and
    its first side stays (not the story's state, which the sentence leaves unsaid). The other
    text said again ("The contract was signed in Lima") is the one first told, with its sides."""
    named = list(dict.fromkeys(sides.named_in(ctx, unit.start, unit.end)))
    if like.article or like.the:
        like = min(
            (
                f
                for f in found
                if 0 <= f.at <= like.at
                and not f.older
                and f.agreement.kind == like.agreement.kind
                and set(f.agreement.parties) & set(like.agreement.parties)
            ),
            key=lambda f: f.at,
            default=like,
        )
    parties = like.agreement.parties
    if len(named) != 1 or len(parties) < 2 or named[0] in parties:
        return
    agreement.parties = [*parties[:-1], named[0]]


def _recalled_just_before(found: list[_Found], i: int, kind: str | None) -> _Found | None:
    """The older text the sentence right before unit `i` is about, where it tells no text of
    the event beside it (of `kind`, if given)."""
    last = [f for f in found if f.at == i - 1 and kind in (None, f.agreement.kind)]
    return last[-1] if last and all(f.older for f in last) else None


def _referent_of_a_side(found: list[_Found], i: int, agreement: Agreement) -> _Found | None:
    """The text a "similar" one is like when it names a side of one read before: «аналогичное
    соглашение с «Росатомом» подписало правительство Мали» is like Rosatom's, not like a loan
    of a bank told in between. Of its kind first, else of any."""
    sides = set(agreement.parties)
    for kind in (agreement.kind, None):
        shared = [
            f
            for f in found
            if 0 <= f.at < i
            and not f.older
            and kind in (None, f.agreement.kind)
            and sides & set(f.agreement.parties)
        ]
        if shared:
            return max(reversed(shared), key=lambda f: f.at)
    return None


_ORDINAL_PIECE = re.compile(
    r"(?:^|[;,.]\s*(?:(?:et|and|while|whereas|tandis que|alors que|и|а)\s+)?"
    r"|\s(?:et|and|while|whereas|tandis que|alors que|и|а)\s+)"
    r"(?:(?:le|la|l'|the|un|une|an?)\s*(?:premier|premiere|second|seconde|deuxieme|troisieme"
    r"|quatrieme|cinquieme|dernier|derniere|autre|first|second|third|fourth|fifth|other|last"
    r"|latter)\b"
    # Russian has no article: «первое ..., второе — ...» (folded: «третии», «второи»)
    r"|(?:перв|втор|трет|четверт|пят|последн)(?:ое|ыи|ая|ии|ья|ье|ои)\b"
    # "One covers aviation, the other ...", «Одно касается ..., другое — ...»
    r"|^(?:one|l'un|l'une|одно|один|одна)\b|(?<=[,;]\s)(?:другое|другой|другая)\b)"
)
# A sentence opened by an ordinal that tells a text's content after a count: "The first
# (agreement) covers ...", «Первое (соглашение) касается ...», «Второй — о ...»; the
# French "le premier porte sur ..." / "un troisième ..." need no verb (_ORDINAL_REFERENCE).
_ORDINAL_CONTENT = re.compile(
    r"^(?:the\s+(?:first|second|third|fourth|fifth|last|latter)|one|l'un|l'une|одно|один|одна"
    r"|(?:перв|втор|трет|четверт|пят|последн)(?:ое|ыи|ая|ии|ья|ье|ои))"
    r"(?:\s+(?:one|agreement|memorandum|mou|accord|document|text|loan|grant|соглашение"
    r"|меморандум|документ|договор|кредит|грант))?"
    r"(?:\s+(?:covers|concerns|deals with|relates to|is on|is about|focuses on|provides for"
    r"|касается|посвящен\w*|предусматривает|затрагивает|относится|porte sur|concerne|vise"
    r"|est consacre\w*"
    # a loan's or a grant's content is what it pays for: "the first finances the road",
    # "the second will fund schools", «первый кредит финансирует …», "l'un finance …"
    r"|(?:will\s+)?(?:finances?|funds?|supports?)|is for|финансирует|направлен\w* на"
    r"|предназначен\w* для|finance|financera|appuie|soutient)\b|\s*[—–-]\s|\s+on\b)"
)


# The ordinal a sentence opens with when it tells one text of a series a count or the
# sentences before told (folded; the ordinal words are those of `numbers`, Russian stems in
# the nominative): "Le premier accord, de 96 millions ...", "The second, worth ...", «Второе,
# на сумму ...» are one of them; "Un troisième accord", "A second agreement", "Another
# agreement", «Ещё одно соглашение» add one. An ordinal with no article is an adverb ("First,
# ..."), except in Russian, which has none.
_SERIES_RANK = "|".join(
    re.escape(w) + ("" if w.isascii() else "(?:ое|ыи|ои|ии|ая|ье|ья)")
    for w in sorted((w for w, n in ORDINALS.items() if n <= 5), key=len, reverse=True)
)
_SERIES_ORDINAL = re.compile(
    r"^(?:(?P<definite>le|la|l'|the)\s*|(?P<indefinite>une?|an?)\s+)?"
    rf"(?:(?P<rank>{_SERIES_RANK})"
    r"|(?P<another>another|un autre|une autre|(?:еще|ещё)\s+(?:одно|один|одна)))(?!\w)"
    # a word for any text names no kind: "The third text, a $50 million loan from ...", "Le
    # deuxième texte, un don de ...", «Третий документ, кредит ...»
    r"(?:\s+(?:text|document|one|texte|документ)(?!\w))?"
    r"(?P<kind>\s+(?:соглашени|меморандум|договор|протокол)\w*)?(?P<apart>\s*,)?"
)


# A sentence that is one item of a series, its ordinal set off by a dash or a colon: «Первое —
# соглашение о гранте …», «Второе — кредитное соглашение …», "The second: a loan agreement",
# "Le second — un accord de prêt": the text after it is that item, a new one (Russian has no
# article to say so)
_ORDINAL_ITEM = re.compile(
    rf"^(?:(?:le|la|l'|the)\s*)?(?:{_SERIES_RANK})\s*[—–:-]\s*(?:[\w'-]+\s+){{0,3}}$"
)


# A sentence that says what one of the texts counted was, its rank first: «Пятым документом
# стала дорожная карта …», "The fifth document was a roadmap …", "Le cinquième texte est un
# protocole …": the text it names is one more of the count's, a new one, whatever words
# follow it (folded, the words before the mention).
_ANY_RANK = "|".join(
    re.escape(w) + ("" if w.isascii() else r"\w*") for w in sorted(ORDINALS, key=len, reverse=True)
)
_RANK_TEXT_IS = re.compile(
    rf"^(?:(?:the|le|la|l')\s*)?(?:{_ANY_RANK})\s+(?:(?:documents?|texte?s?|accords?|agreements?"
    r"|документ\w*|соглашени\w*)\s+)?(?:was|is|will\s+be|est|etait|sera|a\s+ete|fut"
    r"|стал[аои]?|станет|был[аои]?|явля\w*)\s+(?:(?:a|an|the|un|une|le|la|l')\s*)?(?:[\w-]+\s+){0,2}$"
)
# A rank between the article and the kind word: "the second memorandum", "le deuxième
# accord", «второе соглашение» (folded)
_RANK_BEFORE = re.compile(rf"(?:^|\s)(?:(?:the|le|la|l')\s*)?(?P<rank>{_SERIES_RANK})\s+$")


# A Russian rank past the first, alone before a sentence's first kind word: «Второе », «Третий »
_RU_RANK_OPENS = re.compile(r"^(?:втор|трет|четверт|пят)(?:ое|ои|ая|ии|ья|ье|ыи)\s+$")


def _rank_before(before: str) -> int:
    """The rank (0 the first) a series ordinal just before a mention gives it, or -1."""
    m = _RANK_BEFORE.search(before)
    return ordinal_value(m["rank"]) - 1 if m else -1


@dataclass(frozen=True)
class _SeriesOrdinal:
    """Which text of a series an opening ordinal tells."""

    index: int  # 0 for "le premier", 1 for "the second" ...
    # one more than those told: "un troisième accord", "another"; Russian, with no article,
    # says it by the kind word: «Второе соглашение» after one named
    adds: bool
    # set apart from its verb by a comma, it stands for a text of the series with no kind
    # word: "Le premier, d'un montant de ..., a été signé avec ..."
    apart: bool


def _series_ordinal(folded: str) -> _SeriesOrdinal | None:
    """The ordinal of a series a sentence opens with, if any."""
    m = _SERIES_ORDINAL.match(folded)
    if m is None or (m["rank"] and m["rank"].isascii() and not (m["definite"] or m["indefinite"])):
        return None
    index = ordinal_value(m["rank"]) - 1 if m["rank"] else 1  # "another" is a second at least
    russian = bool(m["rank"]) and not m["rank"].isascii()
    adds = bool(m["another"]) or (index > 0 and bool(m["indefinite"] or (russian and m["kind"])))
    apart = bool(m["apart"]) and not m["kind"] and not adds and not m["indefinite"]
    return _SeriesOrdinal(index, adds, apart)


def _series_told_again(
    found: list[_Found], read: list[_Found], ordinal: _SeriesOrdinal, at: int
) -> list[_Found]:
    """A sentence that opens with the rank of a text among several its sentence just read
    ("deux accords, l'un sur l'eau, l'autre sur ... Le premier, un accord de financement de 12
    millions, ...", "two agreements, on water and on labour. The first, a grant agreement,
    ...") tells that text again: its first mention gives it a title, not a text of its own.
    "Un troisième accord", "another agreement" add one (`ordinal.adds`)."""
    group = [f for f in found if f.at == at and not f.older]
    if ordinal.adds or not read or len(group) < 2 or ordinal.index >= len(group):
        return read
    told, target = read[0].agreement, group[ordinal.index].agreement
    if told.kind != target.kind or (
        told.parties and sorted(told.parties) != sorted(target.parties)
    ):
        return read
    target.title = target.title or told.title
    target.sectors += [s for s in told.sectors if s != "general" and s not in target.sectors]
    return read[1:]


def _opens_series(folded: str) -> bool:
    """Whether a sentence opens with the first of a series ("Le premier accord, de 96
    millions ...", «Первое соглашение ...»): the text it names is one of those counted, so
    the next ordinal ("Le second, ...") is the next one, not a reference to it."""
    ordinal = _series_ordinal(folded)
    return bool(ordinal and ordinal.index == 0 and not ordinal.adds)


# the partner the ordinal's text is signed with: "avec", "with", «с»
_SIGNED_WITH = re.compile(
    r"\b(?:signe|signee|conclu|conclue|passe|passee|signed|concluded|entered into"
    r"|подписан[оа]?|заключен[оа]?)\s+(?:[\w'-]+\s+){0,3}?(?:avec|with|с|со)\s"
)


def _bind_ordinal(ctx: Context, found: list[_Found], unit: Unit, folded: str, at: int) -> None:
    """The sides of one of the texts a count just read without naming their partners ("deux
    accords de prêt ... Le premier ... a été signé avec le Fonds ... Le second ... conclu avec
    la Banque ..."): the signing state of the count and the partner the ordinal's sentence
    names. A count split by domain where it names too few domains gives each text the domains
    the count names (both loans finance the road)."""
    ordinal = _series_ordinal(folded)
    if ordinal is None or not ordinal.apart or not _SIGNED_WITH.search(folded):
        return
    index = ordinal.index
    group = [f for f in found if f.at == at]
    if len(group) < 2 or index >= len(group):
        return
    named = sides.named_in(ctx, unit.start, unit.end)
    # a name's head before the acronym the story knows ("le Fonds OPEP pour le développement
    # international (OFID)") is that party, not another
    named = [c for c in named if c in ctx.parties] or named
    if not named:
        return
    own = [c for c in group[index].agreement.parties if sides.is_state(c) and c not in named]
    for f in group:
        f.agreement.parties = [
            c for c in f.agreement.parties if c not in named or f is group[index]
        ]
    group[index].agreement.parties = list(dict.fromkeys([*own[:1], *named]))
    # the sentence that names the text's partner is its evidence, and tells the learned ranker
    # (`side_ranker.rerank`) that its sides are named there, not to be guessed from afar
    group[index].agreement.evidence = unit.text
    domains = [s for f in group for s in f.agreement.sectors if s != "general"]
    if any(f.agreement.sectors == ["general"] for f in group) and domains:
        for f in group:
            f.agreement.sectors = list(dict.fromkeys(domains))


# A sentence that says what the text just told is: "Il s'agit d'une convention de crédit
# ...", "C'est un accord de prêt ...", "It is a credit agreement ...", «Речь идёт о
# кредитном соглашении ...» (folded)
_IDENTIFIES = re.compile(
    r"^(?:il s'agit d[eu'\s]|c'est (?:un|une|le|la)\b|(?:it|this) is (?:a|an|the)\b"
    r"|речь ид[её]т о\b|это (?:\w+ )?(?:соглашени|меморандум|договор|контракт))"
)


def _identified(
    ctx: Context, unit: Unit, folded: str, found: list[_Found], read: list[_Found], i: int
) -> None:
    """A text told by an ordinal with no kind word ("Deux accords ont été signés. Le premier
    lie l'AFD à la SEEG.") and named in the next sentence ("Il s'agit d'une convention de
    crédit ...") is one text: the named one, between the sides the ordinal's sentence gave
    it where its own sentence names fewer than two."""
    told = [f for f in found if f.ordinal and f.at == i - 1]
    if len(told) != 1 or not read or not _IDENTIFIES.match(folded):
        return
    if len(sides.named_in(ctx, unit.start, unit.end)) < 2:
        read[0].agreement.parties = list(told[0].agreement.parties)
    found.remove(told[0])


def _count_sides(ctx: Context, unit: Unit, read: list[_Found], count_sides: list[str]) -> None:
    """A text an ordinal names in a sentence that names fewer than two sides ("The first
    agreement, worth $60 million, finances ...") binds those of the sentence that counted it.
    The ordinal's sentence has its own kind word here, and its text is read anew; with none,
    `_bind_ordinal` finds the text among those the count read (`_series_ordinal` for both).

    An ordinal told with its own partner ("deux accords avec la BID et le Fonds OPEP. Le
    premier, conclu avec la BID, ...", "A third agreement, with the Kuwait Fund, ...", «Третье
    соглашение, с Кувейтом, ...») binds that partner and the count's state, not the count's
    other partner."""
    named = sides.named_in(ctx, unit.start, unit.end)
    if len(count_sides) == 1 and not sides.is_state(count_sides[0]) and len(named) < 2:
        # the count names its partner only, with no state before it ("Avec la BID, deux
        # textes ont été signés."): the text binds the signing state the story gives it, not
        # a state its own sentence names as a place ("la route vers la frontière soudanaise",
        # "near the border with Burkina Faso"); one told with its own lender is left alone
        if not any(not sides.is_state(c) for c in _partners_with(ctx, unit, named)):
            for f in read:
                own = [
                    c
                    for c in f.agreement.parties
                    if sides.is_state(c) and c not in named and c not in count_sides
                ]
                if own:
                    f.agreement.parties = [own[0], *count_sides]
        return
    if len(count_sides) < 2 or len(named) >= 2:
        return
    parties = list(count_sides)
    partner = _partners_with(ctx, unit, named)
    own = [c for c in count_sides if sides.is_state(c) and c not in partner]
    if partner and own:
        parties = [own[0], *partner]
    for f in read:
        f.agreement.parties = list(parties)


def _purpose_of_count(text: str) -> list[str]:
    """The one domain a sentence that counts texts gives them all: "deux accords de
    financement destinés à remettre en état les périmètres irrigués", "two loan agreements
    for the irrigation schemes", «два соглашения … на восстановление оросительных систем».
    None where it names several domains (one text each: `_sector_items`) or no text; the
    finance such texts bear («два финансовых соглашения») is no purpose."""
    folded = fold(text)
    kind = _TRIGGER.search(folded)
    if kind is None:
        return []
    scope = text[kind.start() :]
    named = [s for s in _sectors(scope) if s not in ("general", "economy")]
    items = _domain_items(scope) or _sector_items(scope, named)
    return named if len(items) == 1 else []


def _with_purpose(read: list[_Found], purpose: list[str]) -> None:
    """A text an ordinal names after a count that gave its texts one purpose ("Le premier est
    un accord de prêt …, le second un accord de don …") serves that purpose too, beside the
    domains its own words name."""
    for f in read:
        own = [s for s in f.agreement.sectors if s != "general"]
        if purpose and not f.older:
            f.agreement.sectors = own + [s for s in purpose if s not in own]


def _with_story_states(named: list[str], before: list[str]) -> list[str]:
    """The sides a sentence that tells texts binds: those it names, and where it names one
    organisation only, its partner ("Les deux premiers accords ont été conclus avec la BOAD",
    "Two were signed with the Bank", «С банком подписаны два соглашения»), the states of the
    sentence that told the texts before it (the story's signing state, not said again)."""
    if len(named) != 1 or sides.is_state(named[0]):
        return named
    states = [c for c in before if sides.is_state(c)]
    return [*states, *named] if states else named


# the partner a text is told with: "avec la BID", "with the Kuwait Fund", «с Кувейтом»; or
# the lender whose money it bears on: "portant sur un prêt de la BDEAC", "covering a loan
# from the Kuwait Fund"
_WITH_BEFORE = re.compile(
    r"(?<![\w-])(?:with|avec|с|со)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?(?:[\w-]+\s+){0,2}$"
    r"|(?<![\w-])(?:pr[êe]ts?|dons?|cr[ée]dits?)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+)$"
    r"|(?<![\w-])(?:loans?|grants?|credits?)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a border "with" a state is a place, not a partner: "near the border with Burkina Faso",
# "la frontière avec le Soudan", «у границы с Афганистаном»
_BORDER_WITH = re.compile(
    r"(?i)(?<!\w)(?:borders?|frontieres?|frontières?|границ\w*|рубеж\w*)\s+"
    r"(?:with|avec|с|со)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?(?:[\w-]+\s+){0,2}$"
)


def _partners_with(ctx: Context, unit: Unit, named: list[str]) -> list[str]:
    """Those of `named` the sentence tells after "with" ("conclu avec la BID", "a third
    agreement, with the Kuwait Fund"), not after a border's "with"."""
    return [
        code
        for code in named
        if any(
            m.code == code
            and _WITH_BEFORE.search(ctx.text, max(unit.start, m.start - 40), m.start)
            and not _BORDER_WITH.search(ctx.text, max(unit.start, m.start - 60), m.start)
            for m in ctx.mentions_in(unit.start, unit.end)
        )
    ]


# A clause that announces the texts a count's ordinals will tell, up to its colon (folded):
# "Deux seulement ont été détaillés :", "Only two were detailed:", «Подробно описаны два:»;
# short, with no kind word or quotation of its own (those are read as themselves)
_LEAD_IN = re.compile(r"^[^:;.«»\"“”]{3,90}:\s*")


def _detail_lead_in(folded: str) -> int:
    """Where the ordinals start after a clause that announces them, or 0 (none)."""
    m = _LEAD_IN.match(folded)
    if m is None or _TRIGGER.search(m.group()) or not _ORDINAL_PIECE.match(folded[m.end() :]):
        return 0
    return m.end()


def _beyond(folded: str, found: list[_Found]) -> bool:
    """Whether the ordinal a sentence opens with ranks beyond the texts read so far ("three
    agreements ... The largest, a loan ... Kaba also signed a grant ... The third text, a
    loan from ..."): it tells one more of them, not one already named."""
    ordinal = _series_ordinal(folded)
    return ordinal is not None and ordinal.index >= len([f for f in found if not f.older])


def _ordinal_start(folded: str, recent_named: bool) -> bool:
    """Whether a sentence opens with an ordinal that refers to texts just counted: "un
    troisième ..." adds one; "le premier ..." after named texts is one of them."""
    if _ORDINAL_CONTENT.match(folded):
        return not (recent_named and folded.startswith("the"))
    return bool(_ORDINAL_REFERENCE.match(folded)) and not (
        recent_named and re.match(r"(?:le|la|l'|the)\s*\w", folded)
    )


# Where a mention's own words end and the circumstances of the event begin: ", at the
# close of the fifth meeting of the ... Forum for ... Sustainable Development" names no
# domain of the text.
# The speaker's next act, coordinated after the text he recalls (folded): "recalled the 2017
# treaty, and proposed expanding transport links", "…, et a proposé d'élargir …", «…, и
# предложил расширить транспортное сотрудничество»; or announced: "…, and announced that the
# pipeline …", "…, et annoncé que …", «…, и объявил, что …»
_NEXT_ACT = (
    r",\s+(?:and|et|и)\s+(?:a\s+|ont\s+)?(?:proposed|suggested|called|urged|invited|stressed"
    r"|underlined|noted|propose|suggere|appele|invite|souligne|insiste|plaide|предложил"
    r"|призвал|подчеркнул|отметил|пригласил"
    r"|announced|added|annonce|ajoute|declare|indique|объявил|заявил|сообщил|добавил)\w*\b"
)
_NEXT_ACT_AFTER = re.compile(_NEXT_ACT)
_SCOPE_END = re.compile(
    r",\s+(?:at the|lors d(?:e|u|es)|during|in the presence|en presence|в ходе|во время"
    r"|на полях|в присутствии)\b"
    # a participle after a comma tells the signing's effect: ", ending months of dispute"
    # (unless the lexicon places it: ", mining and the environment" goes on a list)
    # (or who one of its sides stands for: ", acting for the Fund", ", representing Korea")
    r"|,\s+(?!including|concerning|covering|regarding|relating|acting|representing)"
    r"(?P<participle>\w+ing)\b"
    r"|,\s+(?:mettant|permettant|ouvrant|marquant|concluant)\b"
    # a clause of its own with its own signing: "…, and the two ministries of education
    # signed a plan", "…, et les deux ministères ont signé …"
    r"|,\s+(?:and|et)\s+(?:[\w'-]+\s+){1,12}?(?:signed|concluded|inked|ont\s+signe)\b"
    # the mention's own verb, then who signed it: «Соглашение о геологии подписали министр
    # природных ресурсов ...», "The MoU, signed by the Minister of Energy"
    r"|\s(?:подписал[аио]?|signed by|signee? par|signees? par|signes par)(?!\w)"
    # or sealed with their signatures, countersigned, initialled: «Протокол скрепили подписями
    # руководитель агентства и министр …», "countersigned by", "paraphé par"
    r"|\s(?:скрепил[аио]?|завизировал[аио]?|парафировал[аио]?|(?:countersigned|initiall?ed)"
    r" by|(?:contresigne|paraphe)e?s? par)(?!\w)"
    # who reports it: ", President Joko Widodo said, as Jakarta seeks ... industry"
    r"|,\s+(?:[^,.;]{1,60}?\s)?(?:said|says|told|announced|reported|reports"
    r"|a (?:indique|declare|annonce|precise|rapporte)|ont (?:indique|declare|annonce|rapporte)"
    r"|rapporte(?:nt)?|сообщил\w*|сообщает|сообщают|заявил\w*)(?!\w)"
    # or whose word it is: ", according to Portuguese media", ", selon la presse", «, по данным»
    r"|,\s+(?:according to|selon|d'apres|по данным|по словам|как сообщает|как сообщили)\s"
    # the day of the event: "on the second day of the Investment Forum", "on the eve of"
    r"|\s(?:on|during)\s+the\s+(?:\w+\s+)?(?:day|days|eve|evening|morning|afternoon)\s+of\b"
    r"|\s(?:at the (?:close|end|opening|conclusion|sidelines)|on the sidelines|a l'issue"
    r"|au terme|en marge|по итогам|на полях|по завершении)\b"
    # the event it was signed at, with no comma: "on energy during the meeting of the Joint
    # Commission on trade", «о геологии в ходе заседания комиссии по торговле»
    r"|\s(?:during (?:the|a|his|her|their|its)|lors (?:de la|du|de sa|de son|d'une?)"
    r"|au cours (?:de la|du|de sa|de son|d'une?)|в ходе|во время)\s+(?:\w+\s+){0,2}?"
    r"(?:meeting|session|visit|summit|forum|talks|ceremony|conference|reunion|visite|sommet"
    r"|ceremonie|conference|entretiens|визита|заседания|встречи|переговоров|форума|саммита"
    r"|сессии|конференции)\b"
    # or at it: "on geology, to be signed at the next meeting of the Commission on Trade",
    # «о геологии, подписание которого ожидается на следующем заседании комиссии по
    # торгово-экономическому сотрудничеству», "à la prochaine session de la commission": the
    # body's fields are its name's, not the text's
    r"|\s(?:at|a|на)\s+(?:the\s+|its\s+|their\s+|la\s+|sa\s+|leur\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|session|summit|sommet|заседании|сессии|саммите)\b"
    # another clause: ", as Bolivian gas exports decline", "while Bio Farma agreed to ..."
    r"|,?\s(?:while|whereas|tandis que|alors que|в то время как)\s|,\s+as\s+(?!well\b)"
    # a clause of its own subject and tense: "a defence agreement in 2008, and Brazil has
    # supplied Indonesia with aircraft since 2010", "…, et les deux pays ont construit …"
    r"|,\s+(?:and|et)\s+(?:[\w'-]+\s+){1,3}?(?:has|have|had|ont|avaient)\s+(?:[\w-]+\s+)?"
    r"\w+(?:ed|en|e|i|u|s|t)\s"
    # the speaker's next act, coordinated after the text he recalls (`_NEXT_ACT`)
    r"|" + _NEXT_ACT +
    # the other texts counted after it: "signed the final protocol and four other documents,
    # including on geology", "le procès-verbal et quatre autres documents", «итоговый протокол
    # и еще четыре документа, в том числе в сферах геологоразведки» (their fields, not its own)
    r"|\s(?:and|et|и|а\s+также)\s+(?:еще|ещ[её]\s+)?(?:[\w-]+\s+)?(?:other|autres|друг\w*)?\s*"
    r"(?:documents?|texts?|textes?|agreements?|accords?|документ\w*|текст\w*|соглашени\w*)\b"
    # the signers' next or former act: "signed the minutes, before putting their names to the
    # two texts on political affairs", "…, avant d'apposer leur signature sur …", «…, прежде
    # чем подписать …», "…, après avoir visité …"
    r"|,\s+(?:avant\s+d(?:e\s|')|apres\s+avoir\s|(?:before|after)\s+\w+ing\b|прежде\s+чем"
    r"|перед\s+тем\s+как|после\s+того\s+как)"
    # «…, а Росрыболовство и Минсельхоз Вьетнама – меморандум о …»: Russian's "while"
    # («, а также» is "as well as" and goes on a list)
    r"|,\s+а\s(?!также\b)"
    # a contrast: ", but the works stalled during the pandemic" ("but also" coordinates)
    r"|,\s+(?:but|yet|mais|но|однако)\s(?!(?:also|aussi|egalement|и)\b)"
    # where and when it was signed, then another object of the sentence's verb: "du Traité
    # …, signé à Niamey le 6 juillet 2024, et de l'entrée en vigueur du prélèvement …", "the
    # Treaty …, signed in Niamey in 2024, and the entry into force of the levy", «Договора
    # …, подписанного в Ниамее в 2024 году, и вступлением в силу сбора»
    r"|,\s+(?:signee?s?|conclue?s?|signed|concluded|подписанн\w*|заключенн\w*)\s+"
    r"(?:a|en|le|au|in|on|at|в|во)\s[^,;.]{0,80},\s+(?:et|and|и)\s"
    # the body or event whose frame it was signed in: "on health within the framework of the
    # Joint Commission for Economic Cooperation", «в рамках межправкомиссии по торговле»
    r"|\s(?:(?:within|in|under) the framework of (?:the|a|his|her|its)"
    r"|dans le cadre (?:de la|du|de sa|de son|d'une?)|в рамках)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:commission|committee|council|forum|summit|visit|comite|conseil|sommet|visite"
    r"|комисси|межправкомисси|комитет|совет|форум|саммит|визит)\w*"
)
# who a text serves, closing its scope: "for businesspeople", "pour les hommes d'affaires",
# «для предпринимателей»
_SERVED = re.compile(
    r",?\s*\b(?:for|pour|для)\s+(?:the\s+|les\s+|des\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:business ?people|businessm[ae]n|business travell?ers|entrepreneurs|students|diplomats"
    r"|citizens|nationals|hommes d'affaires|gens d'affaires|femmes d'affaires|etudiants"
    r"|diplomates|ressortissants|citoyens|предпринимател\w*|бизнесмен\w*|деловых людей"
    r"|студент\w*|дипломат\w*|граждан\w*)\b(?=\s*(?:[,;.()]|$))"
)


def _unserved(scope: str) -> str:
    """A mention's scope without those the text serves ("for businesspeople"), which are
    not its domain when other words name it."""
    served = _SERVED.search(fold(scope))
    return scope[: served.start()] + scope[served.end() :] if served else scope


# What a text is for, after what it is about: "on fisheries, to boost exports", "sur la pêche
# afin d'accroître les échanges", «о рыболовстве в целях расширения торговли»; cut only
# when the words before it name a domain ("un accord visant à éviter la double imposition").
_PURPOSE = re.compile(
    r"\s(?:afin d'|(?:aimed at|aiming to|in order to|so as to|to (?:boost|strengthen|promote"
    r"|increase|enhance|expand|deepen)|visant a|afin de|pour (?:renforcer|promouvoir|developper"
    r"|accroitre|stimuler|dynamiser|intensifier)|направленн\w* на|в целях|с целью|для (?:развития"
    r"|укрепления|расширения|увеличения))(?!\w))"
    # who receives what is supplied, and where it serves: "the supply of natural gas to
    # Paraguayan industry", «поставки газа для промышленных предприятий», "l'accès à l'eau
    # potable dans les écoles" (a gas, a water text)
    r"|\s(?:to|for|a|aux?|pour|для)\s+(?:the\s+|les\s+|l'|la\s+|le\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:industr\w*|enterprises?|entreprises?|compan(?:y|ies)|factor(?:y|ies)|usines?"
    r"|предприяти\w*|промышленн\w*|заводов)"
    r"|\s(?:dans|in|в)\s+(?:the\s+|les\s+|des\s+)?(?:[\w-]+\s+)?(?:schools|ecoles|школах)"
    # what it is expected to bring: "sur le transport de marchandises, qui devrait dynamiser les
    # échanges", "on air services, which is expected to boost tourism", «, которое позволит»
    r"|,\s*(?:qui|which|that|котор\w+|что)\s+(?:devrai(?:t|ent)|permettr(?:a|ont)|should"
    r"|(?:is|are) expected to|позволит|позволят)\b"
)


# A plural told by its value alone: "agreements worth $3.5 billion", "des accords d'une
# valeur de 2 milliards", «соглашения на сумму 10 млрд рублей».
_WORTH = re.compile(
    r"^\W*(?:worth|valued at|totall?ing|d'une valeur|d'un montant|evalues? a"
    r"|на (?:общую )?сумму)(?!\w)"
)


# A generic qualifier of the cooperation before the field it names: "de coopération
# économique et technique dans le domaine de la pêche", "on economic cooperation in the field
# of fisheries", «об экономическом сотрудничестве в области рыболовства» is a fisheries text.
_GENERIC_THEN_FIELD = re.compile(
    r"^\W*(?:(?:de|of|on|sur|об?)\s+)?(?:(?:la|the)\s+)?(?:(?:cooperation|сотрудничеств\w*)\s+)?"
    r"(?:(?:economi(?:que|c)|techni(?:que|cal)|financi(?:ere|al)|экономическ\w*|техническ\w*"
    r"|финансов\w*|et|and|и)\s+)+(?:(?:cooperation|сотрудничеств\w*)\s+)?"
    r"(?=(?:dans les? domaines?|en matiere|in the (?:fields?|areas?)|в (?:области|сфере))\b)"
)


# A relative clause after a mention: ", which covers", ", qui porte sur", «, которое
# предусматривает».
# A mention's own signing right after it: "the memorandum signed by", "l'accord, signé
# lundi", «соглашение, подписанное Россией».
_OWN_SIGNING_AFTER = re.compile(rf"\s*,?\s*(?:{_SIGNED})\b")
# «меморандум был подписан», the Russian passive with its auxiliary (`_SIGNED_PASSIVE_AFTER`
# reads the English and French ones)
_SIGNED_PASSIVE_AFTER_RU = re.compile(r"\s+(?:был[аои]?\s+)?(?:подписан|заключен)\w*")
# The story's first text told as signed without being named before: "The agreement was
# signed in Moscow by ...", "L'accord a été signé lundi ...", "Mali and Russia signed the
# agreement on Monday" (_dedupe keeps it only when no text was read before it)
_SIGNED_PASSIVE_AFTER = re.compile(
    rf"\s+(?:(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:{_SIGNED_EN})"
    rf"|(?:a|ont|avait|avaient)\s+ete\s+(?:\w+ment\s+)?(?:{_SIGNED_FR}))\b"
)
# A relative clause right after the title that schedules the text's signing: "la
# convention sur X, qui devait être signée lundi", "the treaty on Y, which was due to be
# signed", «соглашение о Z, которое должно было быть подписано»: the text the story is about,
# however its signing went.
_SCHEDULED_SIGNING_AFTER = re.compile(
    r"[^,;.]{0,160}?,\s*(?:qui|which|that|котор(?:ое|ый|ую|ые|ая))\s+"
    r"(?:(?:devai(?:t|ent)|doi(?:t|vent)|dev(?:ra|ront))\s+(?:etre\s+)?(?:signe|conclu|paraphe)"
    r"|(?:was|were|is|are)\s+(?:(?:due|supposed|scheduled|expected|set)\s+)?to\s+be\s+"
    r"(?:signed|concluded|initiall?ed)"
    r"|(?:should|will)\s+(?:have\s+)?been\s+signed|will\s+be\s+signed"
    r"|должн\w*\s+(?:был\w*\s+)?(?:быть\s+)?подписан\w*|будет\s+подписан\w*)"
)
_SIGNED_THE_BARE = re.compile(
    # "n'ont toujours pas signé l'accord", "n'ont pas encore signé l'accord": told, not yet done
    rf"\b(?:{_SIGNED_EN}|(?:ont|a|avons)\s+(?:(?:officiellement|toujours|pas|encore)\s+){{0,3}}"
    rf"(?:{_SIGNED_FR}))"
    r"\s+(?:the|l'|le|la)\s*$"
)
_RELATIVE_CLAUSE = re.compile(
    r"^\s*,\s*(?:which|that|qui|lequel|laquelle|котор\w*)\b"
    # or its purpose: "a labour agreement designed to protect teachers", "un accord
    # commercial visant à ...", «военное соглашение, направленное на ...»
    r"|^\s*,?\s*(?:designed|aimed|intended|meant|visant|destine\w*|направленн\w*|нацеленн\w*)\b"
)
# The event a text was signed on the edge of, right after its mention: "on the sidelines of",
# "on the margins of", "en marge de", «на полях», «в кулуарах»
_ON_THE_EDGE_OF = re.compile(
    r"\s*(?:on\s+the\s+(?:sidelines|margins?)\s+of|en\s+marge\s+d|на\s+полях|в\s+кулуарах)"
)
# A participle that names what a text centres on: "a defence programme, centred on training",
# "un programme agricole, axé sur l'irrigation", «военная программа, ориентированная на ...»
_FOCUSED_ON = re.compile(
    r",?\s*\b(?:centred|centered|focused|focusing|concentrated|axee?s?|centree?s?"
    r"|ориентированн\w*|сосредоточенн\w*|сфокусированн\w*)\s+(?:on|upon|sur|на)\b"
)
# A mention's topic, then a clause on what the text does: "on labour mobility that opens
# legal routes for ...", "sur la mobilité de la main-d'œuvre qui ouvre ...", «о трудовой
# миграции, которое открывает ...»
_TOPIC_THEN_CLAUSE = re.compile(
    r"\s*(?:on|about|sur|relatif\s+a|relative\s+a|concernant|об?)\s+(?P<topic>[^,.;:()]{3,60}?)"
    r"\s*,?\s+(?:that|which|qui|котор\w+)\s+"
)
# ... unless the clause names more of the text's content: "that also covers", "qui couvre"
_CONTENT_CLAUSE = re.compile(
    r"(?:\w+\s+)?(?:also|aussi|egalement|также|тоже|covers?|includ\w*|concerns?|extends?"
    r"|deals?|address\w*|encompass\w*|couvre\w*|inclu\w*|compren\w*|concerne\w*|porte\w*"
    r"|s'etend\w*|englob\w*|охватыва\w*|включа\w*|касает\w*|распространя\w*|предусматрива\w*)\b"
)
# "Under a memorandum signed by ..., the two countries will cooperate in power transmission":
# the domains of a text whose own words name none, after the verb of the cooperation
_COOPERATE_IN = re.compile(
    r"\b(?:(?:co-?operate|collaborate|work together|partner)\s+(?:in|on)|coop[ée]rer\w*\s+(?:dans|en|sur)"
    r"|сотрудничать\s+(?:в|по))\s",
    re.IGNORECASE,
)


# A participle of what a text lets its sides do, after the mention's clause: ", allowing",
# ", paving the way for", ", permettant aux", ", ouvrant la voie à"
_ENABLING_AFTER = re.compile(
    r",\s+(?:allowing|enabling|permitting|letting|paving the way (?:for|to)|opening the (?:way"
    r"|door) (?:for|to)|permettant (?:a|aux|au|de|d')|ouvrant la voie (?:a|aux|au)|autorisant)\s"
)


# The subject of the sentence is what the text is about: "X fait l'objet d'un accord", "X
# is the subject of an agreement", «X является предметом соглашения».
_SUBJECT_OF = re.compile(
    r"(?:\bfai(?:t|saient|sait|ra|ront|ont)|a fait|ont fait|avait fait|feront)\s+l'objet\s+"
    r"(?:d'une?\s+|de\s+(?:deux|trois|plusieurs)\s+)(?:\w+\s+)?$"
    r"|\b(?:is|are|was|were|will be|has been|have been)\s+(?:now\s+)?(?:the\s+)?subject\s+of\s+"
    r"(?:an?\s+|the\s+)(?:\w+\s+)?$"
    r"|\b(?:является|являются|являлся|являлась|стал|стала|станет|станут)\s+предметом\s+"
    r"(?:[а-яё]+\s+)?$"
    # "le projet gazier, régi par l'accord signé en 2018", "the mine, governed by a
    # convention": what it governs is its content
    r"|\bregi(?:e|s|es)?\s+par\s+(?:l'|le\s+|la\s+|les\s+|une?\s+)?(?:\w+\s+)?$"
    r"|\bgoverned\s+by\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}$"
)


# The relative word of a clause whose text is for the thing just named (folded, the words
# before the mention): ", for which a loan agreement", ", pour laquelle une convention", «,
# для которой было подписано соглашение»
_FOR_WHICH = re.compile(
    r",\s*(?:for\s+which|pour\s+(?:lequel|laquelle|lesquels|lesquelles)|для\s+котор\w+)\s+"
    r"(?:(?:an?|the|une?|было|был[аи]?|будет|будут|подписан\w*)\s+)*(?:[\w-]+\s+)?$"
)


_LIST_AFTER_EVENT = re.compile(
    r"[^.;:«»\"“”]{0,80}:\s*(?=(?:l'une?|one|the first|le premier|la premiere|первое|первый|одно"
    r"|о|об|on|sur|в (?:области|сфере)|dans les? domaines?|in the fields?)\b)"
)


# The trades that workers a text is about are hired in: "for Pakistani workers recruited for
# Qatar's construction, hospitality and healthcare sectors", "pour les travailleurs employés dans
# l'hôtellerie", «для работников, занятых в строительстве»: their jobs, not the text's domains
# (folded text)
_JOBS = re.compile(
    r"(?:workers|labou?rers|employees|travailleurs|salaries|работник\w*|рабоч\w*),?\s+"
    r"(?:(?:who\s+are\s+)?(?:recruited|employed|hired|working|recrutes|employes|embauches"
    r"|занят\w*|работающ\w*)\s+(?:for|in|dans|pour|в|на)\s)"
)


def _without_jobs(piece: str) -> str:
    """A text's words without the trades its workers are hired in (`_JOBS`)."""
    jobs = _JOBS.search(fold(piece))
    return piece[: jobs.end()] if jobs else piece


def _own_scope(scope: str) -> str:
    """The words after a mention up to the circumstances of the event it was signed at."""
    ends = _SCOPE_END.finditer(fold(scope))
    end = next((e for e in ends if not (e["participle"] and _sectors(e["participle"]))), None)
    if end and (relative := _RELATIVE.search(scope, end.start())):
        # "an MoU between the Bank and X, signed by A and B, under which the Bank will finance
        # trade", «…, подписанный A и B, в соответствии с которым …»: what the text lets be
        # done, told past its signers, is its content too
        return f"{_own_scope(scope[: end.start()])} {_own_scope(scope[relative.end() :])}"
    if end and (listed := _LIST_AFTER_EVENT.match(scope, end.start())):
        # "Deux accords ont été signés lors de la visite : l'un sur …, l'autre sur …", «были
        # подписаны в ходе визита: о …, о …»: the event told, a colon opens the texts' list
        return _own_scope(scope[scope.rindex(":", 0, listed.end()) :])
    scope = scope[: end.start()] if end else scope
    generic = _GENERIC_THEN_FIELD.match(fold(scope))
    scope = scope[generic.end() :] if generic else scope
    purpose = _PURPOSE.search(fold(scope))
    scope = scope[: purpose.start()] if purpose and _sectors(scope[: purpose.start()]) else scope
    # «меморандум между Министерством транспорта X и Министерством экономики Y о развитии
    # маршрута», "between the Ministry of Finance of X and ... on road safety": the sides'
    # portfolios are who signs; what the text is about follows them, when it names a domain
    between = _BETWEEN_THEN_ABOUT.match(fold(scope))
    if between and _sectors(scope[between.start("about") :]):
        return scope[between.start("about") :]
    # «программа сотрудничества Минпромторга России и Министерства химии и удобрений Индии в
    # области фармацевтики», "a programme of cooperation between the Ministry of Agriculture
    # of X and ... in the field of medicines": the ministries named before the field are who
    # signs; what it is about is the field
    field = _INSTITUTIONS_THEN_FIELD.match(fold(scope))
    if field and _SIGNING_INSTITUTION.search(field.group()) and _sectors(scope[field.end() :]):
        return scope[field.end() :]
    # «соглашение о мирном атоме между «Росатомом» и Министерством водных ресурсов и
    # энергетики Эфиопии», "an agreement on X between A and the Ministry of Energy of B": the
    # sides named after what it is about are who signs, not more of what it is about
    sides_after = _THEN_BETWEEN.search(fold(scope))
    if (
        sides_after
        and _SIGNING_INSTITUTION.search(fold(scope), sides_after.end())
        and _sectors(scope[: sides_after.start()])
    ):
        return scope[: sides_after.start()]
    return scope


# The sides named after what a mention is about (folded text)
# (sides that are ministries or agencies, whose portfolio words would read as a domain: not
# "entre le port de Lomé et Ouagadougou", a route, nor "entre l'AFD et la SEEG", a lender)
_THEN_BETWEEN = re.compile(r"\s(?:between|entre|между)\s")
_SIGNING_INSTITUTION = re.compile(r"minist|министерств|agenc|агентств|ведомств")
# The sides a mention names with "between", then what it is about (folded text)
_BETWEEN_THEN_ABOUT = re.compile(
    # a memorandum "of understanding" first: «меморандум о взаимопонимании между …»
    r"\s*(?:(?:of\s+understanding|d'(?:entente|accord)|о\s+взаимопонимании)\s+)?"
    r"(?:between|entre|между)\s[^.;:()«»\"“”]{3,200}?"
    r"\s(?P<about>(?:об?|on|sur|relati(?:f|ve)s?\s+(?:a|to|au|aux)|concernant|concerning|regarding)\s)"
)

# The institutions a mention names before the field it is about (folded text): "of
# cooperation between the Ministry of X of A and the Ministry of Y of B in the field of",
# "de coopération entre le ministère … dans le domaine de", «сотрудничества Минпромторга
# России и Министерства химии Индии в области»
_INSTITUTIONS_THEN_FIELD = re.compile(
    r"\s*(?:(?:of|de|d')\s+)?(?:cooperation|сотрудничеств\w*)?\s*(?:(?:between|entre|между)\s+)?"
    r"[^.;:()«»\"“”]{3,200}?"
    r"(?=\s(?:в (?:области|сфере)|dans les? domaines?|en matiere|in the (?:fields?|areas?) of)\s)"
)


def _ordinal_pieces(text: str, folded: str) -> list[str]:
    """The parts of a sentence each led by an ordinal ("le premier ... ; le second ..."),
    or the whole sentence when it names one."""
    starts = [m.start() for m in _ORDINAL_PIECE.finditer(folded)]
    if len(starts) < 2:
        return [text]
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


# A header that only points back at the texts the sentence before counted: "Among them:",
# "Parmi eux :", «Среди них:», «В их числе:», "Including:" (folded)
_PARTITIVE_HEADER = re.compile(
    r"^\s*(?:among\s+(?:them|these|which|those)|including|notably|these\s+include"
    r"|parmi\s+(?:eux|elles|lesquels|lesquelles|ceux-ci|celles-ci|ces\s+(?:textes|documents))"
    r"|notamment|dont|среди\s+(?:них|которых)|в\s+(?:их|том)\s+числе|в\s+частности)"
    r"\s*[:—–-]?\s*$"
)
# A list item that opens on a statement's word: a statement among the texts a list signs is a
# declaration («Заявление глав государств о ...», "Statement of the Heads of State on ...")
_STATEMENT_ITEM = re.compile(r"^\W*(?:совместн\w+\s+)?(?:заявлени\w*|(?:joint\s+)?statements?)\b")


def _from_list(ctx: Context, all_units: list[Unit], header: int, items: list[int]):
    head = all_units[header]
    if header and _PARTITIVE_HEADER.match(fold(head.text)):
        head = all_units[header - 1]  # «подписали 15 документов. Среди них:»
    kind = kind_of(head.text)
    if kind is None and not re.search(r"textes|documents|texts|документ|текст", fold(head.text)):
        return []
    for i in items:
        item = all_units[i]
        if _TRIGGER.search(fold(item.text)):
            continue  # an item that names its own kind is read as a sentence
        if i == items[0] and _column_heads(item.text):
            continue  # "| N° | Intitulé | Domaine |": what the table's columns hold
        if i != items[0] and _SIGNED_FOR_A_SIDE.match(fold(item.text)):
            continue  # «С российской стороны документ подписал …»: who signed the item before
        status = status_of(item.text) or status_of(head.text) or "signed"
        yield _Found(
            _make(
                ctx,
                all_units,
                i,
                item.text,
                "declaration" if _STATEMENT_ITEM.match(fold(item.text)) else kind or "agreement",
                _sectors(item.text),
                status=status,
                context=head,
                basis=confidence.AGREEMENT_LISTED,
            ),
            definite=False,
            at=i,
        )


# A table's row as the crawl keeps it: three cells or more between bars, the outer bars kept
# or not ("| 3 | Accord … | Santé |", "N° | Intitulé du document | Signataires").
_TABLE_ROW = re.compile(r"^\s*\|?[^|\n]*(?:\|[^|\n]*){2,}$")


def _column_heads(text: str) -> bool:
    """Whether a table's first row names its columns ("| N° | Intitulé | Domaine |", "| No. |
    Title | Field |"): short cells with no number and no domain, no text of the list."""
    if not _TABLE_ROW.match(text):
        return False
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    return (
        all(len(c.split()) <= 3 for c in cells)
        and not any(ch.isdigit() for ch in text)
        and not _sectors(text)
    )


# «Министры подписали план консультаций … и заявление о сотрудничестве …»: a statement
# signed beside another text, an item of the signing verb's list (a Russian «заявление»
# alone is said, not signed; `KIND_SOURCES` takes it only right after the verb)
_STATEMENT_WORD = re.compile(r"(?<!\w)(?P<statement>заявлени\w*)(?=\s+(?:об?|по)\s)")
_SIGNING_VERB = re.compile(r"(?<!\w)(?:подписа\w*|парафирова\w*|скрепил\w*)(?!\w)")


def _signed_statements(folded: str, triggers: list[re.Match[str]]) -> list[re.Match[str]]:
    """The statements a signing verb's list names after a text it signs, joined by «и»
    (`_STATEMENT_WORD`): each a declaration signed beside it."""
    out = []
    for word in _STATEMENT_WORD.finditer(folded):
        if any(t.start() <= word.start() < t.end() for t in triggers):
            continue
        clause = max(folded.rfind(mark, 0, word.start()) for mark in ".;:!?")
        verbs = list(_SIGNING_VERB.finditer(folded, clause + 1, word.start()))
        if not verbs or not re.search(r"\sи\s+(?:совместн\w*\s+)?$", folded[: word.start()]):
            continue
        if any(verbs[-1].end() <= t.start() < word.start() for t in triggers):
            out.append(word)
    return out


# The texts a plural names, listed after its colon ("The agreements are: a loan of $240
# million for …; a loan of …; and a grant of …", "Les accords sont les suivants : un prêt de
# … ; un don de …", «Соглашения следующие: кредит на …; грант на …»): each financing item
# of the list is a text of its own (folded).
_TEXTS_ARE = re.compile(
    r"^\s*(?:the|these|those|les|ces|эти)?\s*(?:[\w-]+\s+)?(?:agreements|accords|conventions"
    r"|documents|textes|texts|соглашени\w*|документ\w*)\s+(?:are|were|include|included"
    r"|sont|etaient|comprennent|portent sur|следующ\w*|таковы)(?:\s+(?:the\s+following|les"
    r"\s+suivants|as\s+follows|следующ\w*))?\s*:"
)
_LISTED_FINANCING = re.compile(
    r"(?:[:;]\s*|,\s*(?=(?:and|et|и)\s))(?:(?:and|et|и)\s+)?(?:(?:a|an|un|une)\s+)?(?:[\w-]+\s+)?"
    r"(?P<financing>loans?|grants?|credits?|prets?|dons?|кредит\w*|заем|займ|грант\w*)\b"
)


def _signed_financings(folded: str, triggers: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "signed a $60 million loan for the schools and a $45 million financing agreement for
    the clinics", «подписали кредит на строительство дорог и соглашение о ...»: a loan or a
    grant a signing names is a text beside the kind words of its sentence (alone in its
    sentence, `extract` reads it). Not one a kind word heads ("a loan agreement")."""
    out = []
    for signed in _FINANCING_SIGNED.finditer(folded):
        noun = list(_FINANCING_WORD.finditer(folded, signed.start(), signed.end()))
        if not noun:
            continue
        word = _FINANCING_WORD.match(folded, noun[-1].start())
        if word is None or any(
            t.start() <= word.start() < t.end() or 0 <= t.start() - word.end() <= 1
            for t in triggers
        ):
            continue
        out.append(word)
    if are := _TEXTS_ARE.match(folded):
        # (an item a kind word heads, "; a loan agreement for …", is read from that word)
        for item in _LISTED_FINANCING.finditer(folded, are.end() - 1):
            word = _FINANCING_WORD.match(folded, item.start("financing"))
            if word and not any(
                t.start() <= word.start() < t.end() or 0 <= t.start() - word.end() <= 1
                for t in triggers
            ):
                out.append(word)
        out = list({m.start(): m for m in out}.values())
    return out


def _from_unit(
    ctx: Context, all_units: list[Unit], i: int, triggers, header: str, of_count: bool = False
) -> list[_Found]:
    """The agreements one sentence names; `of_count`: it opens with an ordinal of texts a
    sentence just before counted without naming ("The first agreement, ..."), so its first
    mention is a new text, not a repeat of one read."""
    unit = all_units[i]
    folded = fold(unit.text)
    organisations = [
        (m.start - unit.start, m.end - unit.start)
        for m in ctx.mentions_in(unit.start, unit.end)
        if m.kind == "organisation"
    ]
    # "the World Food Programme", "the Country Programme of UNDP": a word of an
    # organisation's own name is no agreement; "la traite des enfants" (trafficking) or
    # "sera traité" is no treaty, and ends no other text's words ("un accord de lutte
    # contre la traite et l'exploitation des enfants" was cut before "traite")
    triggers = [
        m
        for m in triggers
        if not _inside_body_name(folded, m.start())
        and not _verb_not_treaty(unit.text, m)
        and not any(a <= m.start() < b for a, b in organisations)
        and not _lower_case_acronym(unit.text, m)
    ]
    about_a_body = bool(_BODY_WORD.search(folded))
    plain = _without_organisations(ctx, unit)
    out: list[_Found] = []
    triggers = [
        m for n, m in enumerate(triggers) if not (n and _in_complement(folded, triggers[n - 1], m))
    ]
    # "a defence cooperation framework agreement": kind words side by side are one compound
    # noun, named by its last word (English puts the head last)
    triggers = [
        m
        for n, m in enumerate(triggers)
        if not (n + 1 < len(triggers) and not folded[m.end() : triggers[n + 1].start()].strip())
    ]
    # "three agreements: ..., a memorandum on water, and a programme raising ...": the
    # programme is a text of the list, and the memorandum's words end where it begins
    listed = [
        m
        for m in enumerations.listed_kinds(folded)
        if not any(t.start() <= m.start() < t.end() for t in triggers)
    ]
    if listed:
        triggers = sorted(triggers + listed, key=lambda m: m.start())
    if loans := _signed_financings(folded, triggers):
        triggers = sorted(triggers + loans, key=lambda m: m.start())
    if statements := _signed_statements(folded, triggers):
        triggers = sorted(triggers + statements, key=lambda m: m.start())
    if len(triggers) > 1:
        # "Until the new agreement enters into force, cooperation goes on under the one signed
        # in 2020": the new text said again beside another is the one already called new
        triggers = [m for m in triggers if not _new_again(ctx, unit, folded, m)]
    # each mention's own "with" partner, read once for the unit's mentions all (a sentence of
    # a thousand mentions would read a million)
    partners = cache(
        lambda: [_partner(ctx, unit, folded, triggers, k) for k in range(len(triggers))]
    )
    ru_objects: set[int] = set()  # Russian mentions that are objects of a signing verb
    for n, m in enumerate(triggers):
        scope_end = triggers[n + 1].start() if n + 1 < len(triggers) else len(folded)
        scope = _own_scope(
            plain[m.end() : _next_item_start(folded, m.end(), scope_end, n, triggers)]
        )
        # "a revised DTAA in Port Louis": an acronym names its domain first
        acronym_sectors = _sectors(_ACRONYM_WORDS.get(m.group(), ""))
        # "a visa facilitation agreement for businesspeople", «об упрощении визового режима
        # для предпринимателей»: those a text serves are not its domain when other words name it
        own = _unserved(scope)
        sectors = (
            # a charter's scope opens on whose charter it is: read with its word, a lender it
            # governs is its domain («Устав инвестиционного фонда»: `_FOUNDED_BEFORE`)
            _sectors(m.group() + own if m.group().startswith(_CHARTERS) else own)
            or _financed_by(plain, folded, m.start())
            or _modifier_sectors(ctx, plain, m.start())
            or (_sectors(scope) if own != scope else [])
            or _holding(folded, m)
            or (
                # a framework or a text of partnership sets the whole frame of what is done
                # under it ("new loans granted under the framework partnership agreement")
                _governed(plain, folded, m.start())
                if _KIND_BY_GROUP[m.lastgroup] != "framework"
                and not _PARTNERSHIP_AFTER.match(fold(scope))
                else []
            )
        )
        if n and _renames(unit.text, triggers[n - 1], m):
            continue  # "the Pukpuk Treaty, the mutual defence treaty": the one named before
        if (
            (not sectors or sectors == ["general"])
            and n + 1 < len(triggers)
            and _renames(unit.text, m, triggers[n + 1])
        ):
            # the named text's domain is the one its apposition describes
            after = triggers[n + 2].start() if n + 2 < len(triggers) else len(folded)
            renamed = _sectors(
                plain[m.end() : triggers[n + 1].end()]
                + " "
                + _own_scope(plain[triggers[n + 1].end() : after])
            )
            sectors = renamed or sectors
        # «соглашение в этой сфере»: named by its field as a Russian title is by its domain
        this_field = not sectors and bool(_THIS_FIELD.match(fold(scope)))
        if this_field:
            sectors = _field_before(all_units, i, m.start())
        if not sectors and n + 1 < len(triggers) and _shares_complement(folded, triggers, n):
            # "a financing agreement and a loan agreement for the railway", "un accord de prêt
            # et un accord de don pour la route": two texts of one kind, one complement
            after = triggers[n + 2].start() if n + 2 < len(triggers) else len(folded)
            sectors = _sectors(_own_scope(plain[triggers[n + 1].end() : after]))
        sectors = acronym_sectors + [s for s in sectors if s not in acronym_sectors]
        if (focus := _FOCUSED_ON.search(fold(scope))) and (
            head := _sectors(_unserved(scope[: focus.start()]))
            or _modifier_sectors(ctx, plain, m.start())
        ):
            # "a defence cooperation programme, centred on training officers and on maritime
            # surveillance", "un programme agricole axé sur l'irrigation": the focus named
            # after it is a part of the domain its own words name
            sectors = head
        elif (
            (topic := _TOPIC_THEN_CLAUSE.match(fold(scope)))
            and not _CONTENT_CLAUSE.match(fold(scope), topic.end())
            and (head := _sectors(_unserved(scope[: topic.end("topic")])))
        ):
            # "an agreement on labour mobility that opens routes for workers in agriculture",
            # "un accord sur la pêche qui permet aux chalutiers de ...": what the clause says the
            # text does, and for whom, is not more of its domain
            sectors = head
        elif _RELATIVE_CLAUSE.match(fold(scope)):
            # "a defence cooperation agreement, which also covers training": the words before
            # the mention name its domain first, the clause after adds to it
            modifier = _modifier_sectors(ctx, plain, m.start())
            sectors = modifier + [s for s in sectors if s not in modifier]
        named_general = sectors == ["general"]
        before = folded[max(0, m.start() - 80) : m.start()]  # the words just before
        if _SUBJECT_OF.search(before):
            # "La route qui reliera A à B fait l'objet d'une convention signée en 2023 ; ses
            # travaux sont financés par ...": what the subject names is the text's content,
            # before anything the words after it add
            subject = re.split(r"[;:]", unit.text[: m.start()])[-1]
            sectors = _sectors(subject) or sectors
        elif relative := _FOR_WHICH.search(before):
            # "including the Mohmand dam, for which a loan agreement was signed in 2021", "la
            # route, pour laquelle une convention a été signée", «плотина, для которой было
            # подписано соглашение»: the thing the relative word stands for is its content
            head = unit.text[: m.start() - (len(before) - relative.start())]
            antecedent = head.rstrip(" ,").rsplit(",", 1)[-1]
            sectors = _sectors(antecedent) or sectors
        word = m.group()
        if (
            n
            and _APPOSED_GENERIC.match(word)
            and _APPOSED_BEFORE.search(before)
            and not _sectors(scope)
        ):
            continue  # "signed a memorandum with X on ..., a deal Y considers void"
        if n and _DESCRIBED_APPOSITION.fullmatch(folded, triggers[n - 1].end(), m.start()):
            continue  # "The agreement, the UAE's first trade pact with ..., was signed"
        if n and _PARTITIVE_APPOSITION.search(before):
            continue  # "signed a supply contract, the last of the contracts needed"
        if _acronym_of_one_named(ctx, unit, m, before):
            continue  # "the Comprehensive Economic Partnership Agreement ... CEPA gave us"
        if (
            _NOT_AN_AGREEMENT.search(_without_partitive(before, word))
            or _verb_not_treaty(unit.text, m)
            or _consensus(word, before, folded[m.end() : m.end() + 100])
            or _not_bilateral(ctx, unit, m, kind_word=word, before=before)
            or _of_an_organisation(ctx, unit, m)
            or _existing(word, before, folded[m.end() : m.end() + 100])
            or _consent(word, before, folded[m.end() : m.end() + 60])
            or _off_the_table(folded, m.end())
            or _REPLACED_BEFORE.search(before)
            or _NOT_JOINED_BEFORE.search(before)
            or _denied_report(folded, m.start(), m.end(), all_units, i)
            or _report_denied_before(folded, m.start(), m.end())
            or _another_sense(word, before, folded[m.end() : m.end() + 100])
            or (_ONLY_IN_BEFORE.search(before) and _PLURAL.search(word.split()[0]))
            or (_SHIFT_TO_BEFORE.search(before) and _SHIFT_PLURAL.search(word.split()[0]))
            or (
                _MEANS_FOR_BEFORE.search(before)
                and _PLURAL.search(word.split()[0])
                and not _sectors(scope)
            )
        ):
            continue
        kind = _KIND_BY_GROUP[m.lastgroup]
        # a general agreement's content is the whole of the cooperation, unless its name lists
        # the fields ("accord général de coopération économique, commerciale et technique")
        if _GENERAL.match(word) and not _sectors(scope):
            sectors = ["general"]
        elif word.startswith(("partnership", "partenariat")) and _WHOLE_PARTNERSHIP.search(before):
            sectors = ["general"]  # "the Comprehensive Strategic and Economic Partnership"
        # «Первое заседание прошло в мае, и все поручения, которые мы записали в протокол,
        # выполнены», "les décisions inscrites au procès-verbal de la session": what was
        # written into the minutes of the session the sentence names (minutes signed then)
        recorded = bool(
            re.match(r"протокол|proces-verba", word)
            and _RECORDED_IN.search(before)
            and _SESSION_BEFORE.search(folded, 0, m.start())
        )
        # "the minutes of the session": one text, whatever its final s
        minutes = (
            _MINUTES.match(folded, m.start())
            # «По итогам заседания подписан протокол.»: a bare protocol of the session the
            # clause has just named
            or (
                re.match(r"протокол\w*\s*(?:[.;]|$)", folded[m.start() :])
                and re.search(r"(?:заседани|сесси|межправкомисси|мпк)\w*\s+[^.;]*$", before)
            )
            # «Первое заседание прошло в мае, и все поручения, которые мы записали в протокол,
            # выполнены», "les décisions inscrites au procès-verbal de la session": what was
            # written into the minutes of the session the sentence names
            or recorded
            or re.match(r"agreed minutes|releve de|minutes$", word)
            # "selon le procès-verbal adopté à la clôture": minutes adopted are minutes signed
            or re.match(
                r"proces-verba(?:l|ux)\s+(?:a ete\s+)?(?:adoptes?|approuves?)\b",
                folded[m.start() :],
            )
            # "les travaux ont pris fin par la signature du procès-verbal": the object of
            # the signing ("le procès-verbal met en œuvre l'accord" names it again)
            or (
                re.match(r"proces-verba", word)
                and re.search(r"\bsign\w*\s+(?:du|le|les|des|un|ce)\s+$", before)
            )
        )
        counted = _NUMBER_BEFORE.search(before)
        if counted and _AMOUNT.search(before, max(0, counted.start() - 4)):
            counted = None  # "a $500 million agreement": a sum, not a count of texts
        if counted and _DURATION_AFTER.match(before, counted.end("n")):
            counted = None  # «продлили на пять лет соглашение»: a duration
        if counted and _MONTH_AFTER.match(before, counted.end("n")):
            counted = None  # «подписали 15 сентября контракт»: a date
        plural = bool(
            counted
            or _PLURAL.search(word.split()[0])
            # «подписали соглашения» is plural, «подписали соглашение» is not
            or (
                _russian_plural_form(word.split()[0])
                and _RU_PLURAL_BEFORE.search(before)
                and not _RU_OBJECT_OF_NEGATED.match(folded, m.end())
                # «о соглашении», «в соглашении»: a preposition's singular
                and not re.search(r"(?:^|\s)(?:о|об|в|во|при|на|по)\s+$", before)
            )
        ) and not (
            _SUBSET.search(before)
            or (not counted and (minutes or re.match(r"proces-verbal\b|terms of|termes de", word)))
        )
        # a domain the lexicon does not know still names one: the vector table's guess, for
        # each unknown domain of a plural's list, or for a singular the lexicon left bare
        if plural or not sectors:
            sectors += [s for s in _guessed_domains(scope, every=plural) if s not in sectors]
        named = bool(
            _TITLE_START.match(folded[m.start() : scope_end])
            or _PARTNER_THEN_DOMAIN.match(folded[m.start() : scope_end])
            or _proper_name(unit.text, m)
        ) or bool(
            re.match(r"[а-я]", word)
            and not _RU_VERB_FIRST.match(ru_rest := _ru_without_partner(scope))
            and (_sectors(" ".join(_RU_PERIOD.sub(" ", ru_rest).split()[:5])) or this_field)
        )
        # "the meeting's protocol", "the session's minutes": the session named before the
        # text by the genitive; the words before are the session's, not the minutes' content
        owned_minutes = bool(
            re.match(r"(?:protocols?|minutes)\b", word) and _SESSION_GENITIVE.search(before)
        )
        if owned_minutes:
            minutes, sectors = True, _sectors(scope)
        if minutes and _MINUTES.match(folded, m.start()):
            # "the minutes of the 5th session of the Joint Commission on Trade and Economic
            # Cooperation", «протокол заседания комиссии по торгово-экономическому
            # сотрудничеству»: the fields in the body's name are the body's, not what its
            # minutes settle (SPEC: `general` unless the text names areas), nor is what a
            # clause after it tells of the session ("…, held in Hanoi, with both sides setting
            # a target of $1 billion in trade")
            own = _SESSION_CLAUSE.split(scope, maxsplit=1)[0]
            sectors = _sectors(_without_body_names(own))
        if minutes:  # SPEC: the signed minutes of a session are an agreement
            named, sectors = True, sectors or ["general"]
        # Russian has no article: the object of a signing verb is a new text, else a repeat
        russian_repeat = (
            bool(re.match(r"[а-я]", word))
            and not _RU_SIGNED_BEFORE.search(before)
            and not _SIMILAR_BEFORE.search(before)
            and not _RU_NEW_BEFORE.search(before)
            # «разработать и согласовать план действий»: the object of a text to be agreed
            and not _AND_ADOPT.search(before)
            # «Второе соглашение, на 45 млн долларов, Банк заключил с …»: a rank past the first
            # opening the sentence before its kind word says one more text (no article does)
            and not (n == 0 and _RU_RANK_OPENS.match(before))
            and not _attached_first(all_units, i, word, folded, m.end())
            and not _ru_list_item(folded, triggers, n, ru_objects)
            # «Среди подписанных документов: – дорожная карта …;»: the first text of an item
            # under a header that tells the signing is one of the texts listed, however bare
            and not (n == 0 and signs(header) and _LIST_ITEM_HEAD.match(folded[: m.start()]))
        )
        if re.match(r"[а-я]", word) and not russian_repeat:
            ru_objects.add(n)
        # «Министр … подписал соглашение о здравоохранении» after «подписаны соглашения … в
        # сфере здравоохранения»: who signed a text just read (no article says it in Russian)
        signed_again = (
            bool(re.match(r"[а-я]", word))
            and not plural
            and not russian_repeat
            and not _RU_ANOTHER.search(before[-80:])
        )
        definite = (bool(_DEFINITE.search(before)) or russian_repeat) and not (
            _AMENDMENT_BEFORE.search(before)
            or _INDEFINITE_JUST_BEFORE.search(before)
            or (of_count and n == 0 and _opens_series(before))
            or (n == 0 and _ORDINAL_ITEM.match(folded[: m.start()]))
            or (n == 0 and _RANK_TEXT_IS.match(folded[: m.start()]))
        )
        if _VERB_FIRST.match(word):
            # "Le Gabon et le Cameroun ont échangé des notes": the mention opens with its verb,
            # and the article before it is its subject's, not the text's
            definite = False
        article = definite
        older = _older_date(ctx, unit.text, folded, m.end(), scope_end, unit.start)
        # "an amendment extending the 2019 agreement" renews nothing: the amendment is signed
        renewed = (
            bool(older and _RENEWED_BEFORE.search(before))
            and not _AMENDMENT_BEFORE.search(before)
            and not _TEXT_RENEWS.search(before)
        )
        if renewed:
            older, definite = None, False  # the renewal signed now: a text of the event
        # "signed an amendment to the 2018 air services agreement": the amendment is the text
        # signed now, the older text it amends is mentioned in passing with its year (two)
        amends_older = bool(older and _AMENDMENT_BEFORE.search(before))
        amending = _AMENDING_AFTER.match(folded, m.end())
        dated_now = False  # the amended title closes on a date of this year
        if amending and not older:
            # «протокол о внесении изменений в Соглашение между ... (a long title) от 21 января
            # 2000 года»: the amended text's date closes its title, however long
            title = re.split(r"[.;]\s", folded[m.end() :], maxsplit=1)[0]
            older = _document_date(ctx, unit.text[m.end() : m.end() + len(title)], title)
            if older and ctx.published and older[:4] >= ctx.published[:4]:
                older, dated_now = None, True  # an amended text of this year is no older one
        if amending and not _sectors(scope):
            # "un protocole portant modification de l'accord de 2015 sur le transport aérien":
            # the amendment is about what the text it amends is about, told from the amended
            # text's own words on ("amending the Agreement on Road Transport between …": the
            # field is inside them)
            # (an organisation's name in it is no field: «в Договор о Евразийском экономическом
            # союзе» is not an economy text)
            sectors = _sectors(plain[amending.start("amended") :]) or sectors
        # the text amended is one of its own when its year or its title says which it is
        # («в Соглашение между Правительством России и Правительством Монголии о …»)
        amended_kind = (
            _amended_kind(amending)
            if older or (not dated_now and _titled_amended(amending, scope_end))
            else None
        )
        if amended_kind:
            older_base, older = older, None  # the amending text is the event's
        if older:
            definite = False  # an agreement of its own, whatever its article
        signed_the = (
            (_SIGNED_THE.search(before) or _ru_signed_after(word, before, folded, m.end()))
            if definite and not named and not plural
            else None
        )
        # "the treaty on X, which was due to be signed on Monday": a text whose signing was set
        scheduled = bool(_SCHEDULED_SIGNING_AFTER.match(folded, m.end()))
        # "Under the memorandum signed by Kenya and Israel, the two countries will cooperate in
        # irrigation": a definite mention told with its own signing is the text the story
        # reports when it is the first one read (_dedupe); its domains are the sentence's
        first_told = (
            definite
            and not named
            and not plural
            and not signed_the
            and not older
            and bool(
                _OWN_SIGNING_AFTER.match(folded, m.end())
                or _SIGNED_PASSIVE_AFTER.match(folded, m.end())
                or _SIGNED_THE_BARE.search(before)
                or scheduled
            )
        )
        if _OF_THE_DAY.search(before):
            # "which laid the groundwork for yesterday's deal": the event's text told again,
            # new only if none was read before it, and of the event, not of the year named
            first_told, older = True, None
        if first_told:
            # "the cooperation roadmap signed during the visit", «дорожная карта
            # сотрудничества»: a text of cooperation its sentence leaves bare is general, not
            # in the domain the sentence before speaks of
            of_cooperation = bool(
                _COOPERATION_MENTION.search(before) or _COOPERATION_AFTER.match(folded[m.end() :])
            )
            sectors = (
                acronym_sectors
                or _sectors(unit.text[m.end() :])
                or _sectors(unit.text[: m.start()])
                or ([] if of_cooperation else _sectors_before(all_units, i, reach=1))
            )
        first = _TOPIC_THEN_FIRST.search(folded) if plural and n + 1 == len(triggers) else None
        if first and first.start("kind") == m.start() and (own := _sectors(plain[first.end() :])):
            # «Что касается меморандумов, то, во-первых, министерства … договорились о
            # сотрудничестве в области …», "As for the memoranda, first, …": the first of
            # the texts the topic names, told by what it is about
            agreement = _make(
                ctx, all_units, i, unit.text, kind, own, basis=confidence.AGREEMENT_ORDINAL
            )
            out.append(_Found(agreement, False, at=i))
            continue
        # "their proposed trade agreement", "le futur accord commercial", «планируемое
        # соглашение о свободной торговле»: a text still to come, named by its domain, is a
        # planned text of its own however a round of talks on it ended
        proposed = bool(sectors) and bool(_PROPOSED_BEFORE.search(before))
        if (
            definite
            and not named
            and not plural
            and not signed_the
            and not first_told
            and not proposed
            and not recorded
        ):
            continue  # "l'accord a été signé": the agreement already read
        if (
            # "Today's agreements open new horizons", «сегодняшние соглашения»: the texts of
            # the day, told again as a whole (as "the agreements" are)
            (definite or bool(_OF_THE_DAY.search(before)))
            and plural
            and not named
            and not signs(folded)
            and not signs(header)
            and not _CONTENT_VERB.search(folded[m.end() : m.end() + 30])
        ):
            continue  # "X said the agreements would boost trade": those already read
        if _IN_PRINCIPLE.match(folded, m.end()):
            continue
        if _PROVIDED_BY.search(folded, 0, m.start()):
            continue  # "Le plan d'action prévoit ... un programme d'échanges": its content
        if _JUDGED_BEFORE.search(before) and not _CONTENT_AFTER.match(folded, m.end()):
            continue  # "un mauvais accord en coûterait davantage": none in particular
        if _ABSENT_BEFORE.search(before):
            continue  # "in the absence of an agreement": none there is
        # the denial within 160 characters, or further in the mention's own clause, where a
        # long subject (two companies named with their short names) sets the verb far off
        clause_end = min(_CLAUSE_REST.match(folded, m.end()).end(), scope_end, m.end() + 320)
        reach = min(len(folded), max(m.end() + 160, clause_end))
        not_signed = _NOT_SIGNED_AFTER.search(folded, m.end(), reach)
        if not_signed and _SIGNED_LATER_AFTER.match(folded, not_signed.end()):
            scheduled = True  # "n'a pas été signé à N'Djamena ; il le sera dans un mois"
        if not_signed and not scheduled:
            continue  # «соглашение ... подписано не было», "was not signed"
        if _failed(before, folded[m.end() :]) and not proposed:
            continue  # "failed to sign an agreement on ...", «не смогли подписать соглашение»
        if (
            kind == "programme"
            and (
                _DRAFTING.search(folded, max(0, m.start() - 60), m.end() + 60)
                or _TO_DRAFT.search(before)
            )
            and not _AND_ADOPT.search(before)
        ):
            continue  # "une feuille de route sera élaborée": a task, not a text
        drafted = bool(re.search(r"(?:projets?|draft)\s+(?:d'|de |of )?(?:\w+\s+)?$", before))
        if not sectors and _attached_first(all_units, i, word, folded, m.end()):
            # «Протокол к нему»: a text attached to the one the sentence before names is about
            # what that one is about (as an amendment is about what it amends)
            sectors = _sectors_before(all_units, i, reach=1)
        if not (plural or named or sectors or drafted or older or signs(folded) or signs(header)):
            continue  # "an agreement to hold talks" is a consensus, not a document
        if _UNNAMED_PARTNERS.search(folded, max(0, m.start() - 100), m.end() + 160):
            continue  # "has signed similar agreements with several African countries"
        said = stance.of_mention(unit.text, ctx.language, m.start())
        if scheduled and (said == stance.NEGATED or not_signed):
            # "the treaty, which was due to be signed on Monday, was not": a signing put off,
            # the text still to be signed (as "the signing was postponed")
            said = stance.PENDING
        if said == stance.NEGATED and _TO_SIGN_AFTER.search(folded, m.end(), reach):
            # "the deal was not ready in time and is now expected to be signed in August",
            # "n'a pas pu être finalisé et devrait être signé en mars": put off, still planned
            said = stance.PENDING
        if said in (stance.NEGATED, stance.HYPOTHETICAL, stance.UNWRITTEN):
            continue  # "aucun accord n'a été conclu", "pourraient signer ... si", "à rédiger"
        # "negotiations on an agreement ..., with a view to its signature": a signing announced
        to_sign = bool(
            _TO_SIGN_AFTER.search(folded, m.end(), m.end() + 250) or _ENDING_TALKS.search(before)
        )
        if said == stance.TALKED and not (older or drafted or to_sign or proposed):
            continue  # "négociations sur une convention", "hopes to conclude an agreement"
        # "ont convenu d'élaborer un accord sur la transhumance": to be written, so planned;
        # "discussed a draft agreement on defence" (as «обсудили проект соглашения», "ont
        # examiné un projet d'accord"): a text written, still to be signed
        pending = (
            said == stance.PENDING
            or (said == stance.TALKED and (drafted or to_sign))
            or bool(_TO_DRAFT.search(before))
            or bool(_AND_ADOPT.search(before))
            # «подписал распоряжение об одобрении проекта Соглашения», "signed a decree
            # approving the draft agreement": the decree is signed, the draft is still to be
            or bool(_DECREE_ON_DRAFT.search(folded, max(0, m.start() - 160), m.start()))
        )
        status = "planned" if pending or proposed else _clause_status(unit.text, m.start())
        if older and status is None and status_of(unit.text) == "planned":
            # "called for the implementation of the 2019 agreement": the plan is the
            # sentence's, the older text named with its own year was signed then
            status = "signed"
        if not sectors and not plural and (cooperate := _COOPERATE_IN.search(unit.text, m.end())):
            sectors = _sectors(unit.text[cooperate.end() :])
        enabling = _ENABLING_AFTER.search(folded, m.end(), min(scope_end, m.end() + 100))
        if not sectors and not plural and enabling:
            # "signed an agreement on Tuesday, allowing Kenyan farmers to export avocados":
            # what a text that names no domain lets its sides do is its content
            sectors = _sectors(_own_scope(unit.text[enabling.end() : scope_end]))
        if not sectors and not plural and _signed_right_after(folded, m.end()):
            # "An agreement signed by Kenya and Ethiopia on Monday will boost trade": the rest
            # of the sentence tells its domain, as for "The agreement signed by ...", and
            # for "The memorandum was signed by X and Y for the hydropower project"
            sectors = _sectors(unit.text[m.end() : scope_end])
        if (
            not sectors
            and about_a_body
            and not _FOUNDING_BEFORE.search(before)
            # "la session s'est close par la signature de plusieurs accords de coopération":
            # texts counted or not, none identified; the body's fields are not theirs (SPEC)
            and not (plural and _UNCOUNTED_PLURAL.search(before))
            # "put their names to the agreement on the sidelines of the session of the
            # commission on trade": the body met beside it, its fields are not the text's
            and not _ON_THE_EDGE_OF.match(folded, m.end())
        ):
            # not "the commission, set up under an agreement signed in 2023": the text a body
            # was set up under, recalled, frames the relation (general), whatever the body does
            # (a commission named only after the sentence is another one: "signed at the
            # session of the Bi-National Commission ... A joint commission on defence ...")
            sectors = _body_sectors(ctx.text[: unit.end], unit.text[m.start() :])
        if (
            not sectors
            and not plural
            and len(triggers) == 1
            and not signed_the  # its subject is who signed it
            # a framework sets the whole frame: "On the sidelines of the energy forum, they
            # signed a framework agreement" tells the event's topic, not the text's content
            and kind != "framework"
            # "the 2012 Cooperation Agreement", "un accord de coopération": a general
            # cooperation text, not one about what the sentence's subject names
            and not _COOPERATION_MENTION.search(before)
            and not _COOPERATION_AFTER.match(fold(scope))
        ):
            # "La reconnaissance des permis de conduire fera l'objet d'un accord": the
            # sentence's subject, before the mention, is what a bare mention is about
            sectors = _sectors(unit.text[: m.start()])
            if "energy" in sectors and _NUCLEAR_COMPANY.search(fold(unit.text[: m.start()])):
                # «"Росатом" и министерство электроэнергетики подписали дорожную карту»: the
                # power ministry is the nuclear company's partner (`_portfolios`)
                sectors = ["nuclear"] + [x for x in sectors if x not in ("energy", "nuclear")]
            if (
                not sectors
                and older
                and kind != "framework"
                # "a similar agreement signed last year": the domains of the one it is like
                and not _similar_here(before, folded[m.end() :])
                # "the 2000 Algiers Agreement between Ethiopia and Eritrea": another pair's
                and not sides.between_sides(ctx, unit.start + m.start(), unit.end, own=True)
                # "the Mechanism, created by a memorandum signed in 2023": the text that set
                # up a body frames the relation, not the project told before
                and not _FOUNDING_BEFORE.search(before)
                and not _FOUNDING_AFTER.match(folded, m.end())
            ):
                # "l'accord intergouvernemental signé ... en juin 2018", «концессионное
                # соглашение было подписано в 2001 году»: an older text recalled without its
                # content is the one of the project the sentences before speak of
                sectors = _sectors_before(all_units, i)
        if not sectors and not plural and len(triggers) == 1 and not signed_the:
            # "Le ministère de la Santé du Bénin et son homologue ont signé un mémorandum", "un
            # mémorandum entre le ministère ivoirien de la Santé et le ministère ghanéen de la
            # Santé": a text its own words leave bare is in the domain of the ministries that
            # sign it
            sectors = _portfolios(unit.text)
        elif not sectors and not plural and n and not signed_the:
            # "…signed a memorandum on investment, and the Tourism Board of X and its
            # counterpart signed a joint action plan": a clause of its own, its subject the
            # agencies that sign the bare text, which is in their domain
            own = _OWN_SIGNING_CLAUSE.search(folded, triggers[n - 1].end(), m.start())
            if own:
                sectors = _portfolios(unit.text[own.start() : m.start()])
        if (
            not plural
            and not signed_the  # «кредитное соглашение подписали»: kept apart by its means
            and sectors == ["economy"]
            and i
            and _means_only(unit.text)
        ):
            # "Kenya owes China $6.3 billion for the railway. The loan agreement was signed
            # in 2014.": a loan whose sentence names only the loan pays for the project the
            # sentence before tells, when that sentence tells no text of its own
            told = all_units[i - 1].text
            if not _TRIGGER.search(fold(told)):
                sectors = _sectors(told) or sectors

        # "an agreement on health, memorandums on A and B, a memorandum between Rosatom and
        # …": the texts beside one an organisation signs in its own words are the subject's,
        # whatever the clause names, one text or a list of them
        beside = _beside_an_organisation(ctx, unit, triggers, n) if len(triggers) > 1 else None
        if plural and _WORTH.match(fold(scope)) and not _sectors(scope):
            continue  # "business agreements worth $3.5 billion": a sum, no text identified
        if plural:
            count = cardinal_value(counted.group("n")) if counted else None
            ordinals = enumerations.ordinal_items(folded, m.end(), scope_end)
            if len(ordinals) >= 2 and count in (None, len(ordinals)):
                # "two memorandums on lithium, the first between their governments on geology
                # and the second between YLB and KABIL": one text an ordinal, with its sides
                out.extend(
                    _ordinal_texts(ctx, all_units, i, plain, m, kind, ordinals, status, definite)
                )
                continue
            items = (
                _items(scope)
                or _one_another(scope)
                or _domain_items(scope)
                or _sector_items(scope, sectors)
            )
            partial = bool(_PARTIAL.match(fold(scope)))  # "five agreements, including on ..."
            if count is not None and count != len(items) and not partial:
                # "trois accords : agriculture, élevage et pêche": one per element named
                elements = _elements(scope, count)
                items = elements if len(elements) == count else items
            # "34 MoUs worth $2bn in mining, energy and agriculture": more texts than the
            # domains listed, so the list names some of them, one text a domain (SPEC: as
            # many agreements as the text names; the count is the total)
            partial = partial or (count is not None and count > len(items) >= 2)
            if not sectors or (count is not None and count != len(items) and not partial):
                continue
            out.extend(
                _enumerated(
                    ctx,
                    all_units,
                    i,
                    unit.text,
                    m.start(),
                    kind,
                    items,
                    status,
                    older,
                    definite,
                    bound=beside,
                )
            )
            continue
        if len(parts := _one_another(scope)) >= 2:  # "un accord sur A, un autre sur B"
            out.extend(
                _enumerated(
                    ctx,
                    all_units,
                    i,
                    unit.text,
                    m.start(),
                    kind,
                    parts,
                    status,
                    older,
                    definite,
                    bound=beside,
                )
            )
            continue
        title = _title(unit.text, folded, m.start(), scope_end)
        similar = bool(out) and not sectors and _similar_here(before, folded[m.end() :])
        if similar:
            # "signed an agreement on trade with Ethiopia, days after signing a similar
            # agreement with Uganda": the domains of the text it is like, in this sentence
            sectors, title = list(out[-1].agreement.sectors), None
        if signed_the:
            # what a grant or a loan pays for is told in the sentences before
            modifier = next((g for g in signed_the.groups() if g is not None), "")
            title = unit.text[m.start() - len(modifier) : m.end()]
            sectors = sectors or _sectors_before(all_units, i)
        basis = (
            confidence.AGREEMENT_TITLED
            if title
            else confidence.AGREEMENT_SECTORS
            if sectors
            else confidence.AGREEMENT_BARE
        )
        agreement = _make(
            ctx,
            all_units,
            i,
            unit.text,
            kind,
            sectors or ["general"],
            status=status,
            when=older,
            at=m.start(),
            title=title,
            basis=basis,
            bound=beside or _with_sides(ctx, unit, triggers, n, partners),
            own_first=bool(beside),
        )
        describes = (
            article
            and len(folded[: m.start()].split()) <= 3
            and bool(_CONTENT_VERB.search(folded, m.end()))
            and not signs(folded)
        )
        out.append(
            _Found(
                agreement,
                definite,
                at=i,
                older=bool(older),
                article=article,
                describes=describes,
                anaphoric=bool(signed_the),
                first_told=first_told,
                rank=_rank_before(before),
                named_general=named_general,
                the=bool(_DEFINITE.search(before) or (russian_repeat and _RU_HEAD.match(before)))
                and not _LIST_ITEM.search(unit.text),
                similar=similar,
                signed_again=signed_again,
                vehicle=not plural and bool(_VEHICLE.search(folded)) and not _sectors(scope),
                amended=bool(n and _amended(folded, triggers[n - 1], m)),
                titled=bool(_TITLED_BEFORE.search(before)),
                bare=(sectors or ["general"]) == ["general"]
                and not named_general
                and not _COOPERATION_MENTION.search(before)
                and not _COOPERATION_AFTER.match(fold(scope)),
            )
        )
        if amends_older:
            out.append(_beside(ctx, all_units, i, agreement, m.start(), "other", None))
        if amended_kind:
            # the text amended, in passing with its own year (SPEC)
            out.append(_beside(ctx, all_units, i, agreement, m.start(), amended_kind, older_base))
    return _without_bare_repeats(out)


# an acronym and its plural ("BITs") -> the words it stands for
_ACRONYM_WORDS = {
    form: words
    for acronym, (_, words) in TEXT_ACRONYMS.items()
    for form in (acronym, acronym + "s")
}


# The press's generic words for a text, set after a comma as an apposition to the text just
# named: "Ethiopia signed a memorandum with X on access to the sea, a deal Y rejects".
_APPOSED_GENERIC = re.compile(r"(?:deal|pact|accord)s?$")
_APPOSED_BEFORE = re.compile(r",\s+(?:a|an|the|this|that)\s+(?:[\w-]+\s+)?$")
# A text described in apposition right after its mention, by a possessive and an ordinal or
# a superlative ("The CEPA, the UAE's first trade pact with ...", "the accord, its largest
# treaty yet"): the same text renamed, never one of a list ("a trade agreement, a defence pact")
_DESCRIBED_APPOSITION = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\w.-]+'s?\s+)?"
    r"(?:first|second|third|largest|biggest|only|latest|most\s+\w+|[\w-]+est)\s+"
    r"(?:[\w-]+\s+){0,2}"
)

# A text set in apposition among others of its kind, after the one its sentence has just
# named: "signed a supply contract on Friday, the last of the contracts needed", "un contrat
# …, le dernier des contrats nécessaires", «договор …, последний из контрактов»: the text
# named before, one of a set it tells, not one more
_PARTITIVE_APPOSITION = re.compile(
    r",\s+(?:(?:the|le|la|l')\s*)?(?:last|final|first|latest|one|dernier|derniere|premier"
    r"|premiere|un|une|l'un|l'une|последн\w+|перв\w+|один|одно|одна)"
    r"\s+(?:of\s+the|of\s+its|of\s+their|des|de\s+ses|de\s+leurs|из)\s+(?:[\w-]+\s+){0,2}$"
)

# A text named by its proper name, then renamed in apposition by what it is: "the Pukpuk
# Treaty, the mutual defence treaty signed in 2025", "le traité de Kayes, le traité de
# défense mutuelle": one text. The name is capitalised; the apposition's words are not (",
# the Kyoto Protocol" after "the Paris Agreement" is another named text)
_NAMED_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]+\s+)+$")
_NAMED_AFTER = re.compile(r"\s+(?:de|du|des|d['’]|of)\s+(?:l['’]|la\s+)?[A-ZÀ-Ý][\w'’-]+")
_RENAMING_GAP = re.compile(r",\s+(?:the|le|la|l['’])\s*(?P<words>(?:[a-zà-ÿ-]+\s+){0,3})")
_FIELD_AFTER = re.compile(r"\s+(?:de|d['’]|sur|on|of)\s+(?:la\s+|l['’])?[a-zà-ÿ]")


def _renames(text: str, named: re.Match, apposed: re.Match) -> bool:
    """Whether the mention `apposed` renames the proper-named text `named` just before it
    (`_RENAMING_GAP`): the same text, told by what it is."""
    gap_start = named.end()
    if after := _NAMED_AFTER.match(text, gap_start):
        gap_start = after.end()  # "le traité de Kayes"
    elif not (text[named.start()].isupper() and _NAMED_BEFORE.search(text, 0, named.start())):
        return False  # "signed the agreement, the memorandum and …": a list
    gap = _RENAMING_GAP.fullmatch(text, gap_start, apposed.start())
    if gap is None:
        return False
    # what it is, before its word ("the mutual defence treaty") or after ("de défense mutuelle")
    return bool(gap.group("words")) or bool(_FIELD_AFTER.match(text, apposed.end()))


def _acronym_of_one_named(ctx: Context, unit: Unit, m: re.Match, before: str) -> bool:
    """ "the India-Oman Comprehensive Economic Partnership Agreement ... CEPA gave us the
    highway": a text's acronym with no indefinite article, after the text was named in full,
    is that text again (a new one is "a CEPA", "an amended DTAA")."""
    words = _ACRONYM_WORDS.get(m.group())
    if not words or _INDEFINITE_JUST_BEFORE.search(before) or _NUMBER_BEFORE.search(before):
        return False
    return words in fold(ctx.text[: unit.start]) + fold(unit.text[: m.start()])


def _lower_case_acronym(text: str, m: re.Match) -> bool:
    """Whether a text's acronym is written as a word ("a bit of", "the sofa", the French
    "la loi"): "BIT", "LoI", "DTAAs" have two capitals at least."""
    return m.group() in _ACRONYM_WORDS and sum(c.isupper() for c in text[m.start() : m.end()]) < 2


# Consent, no text: "requires the agreement of the government", "l'accord du gouvernement
# nigérien", "a donné son accord", "gave its agreement"
_CONSENT_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|des\s+|de\s+l')"
    r"(?:government|authorities|ministry|minister|president|parliament|cabinet|gouvernement"
    r"|autorites|ministere|ministre|president|parlement|assemblee)\b"
)
_CONSENT_BEFORE = re.compile(
    r"\b(?:gave|give|gives|given|giving|donne\w*|accorde\w*|expressed|express|exprime\w*)\s+"
    r"(?:its|his|her|their|son|leur)\s+$"
)
# "There was agreement between Kenya and Ethiopia on the need for peace", "un accord sur la
# nécessité de …", «соглашение о необходимости …»: a shared view, no text
_ON_THE_NEED = re.compile(
    r"\s+(?:between\s+[^.;]{1,60}?\s+|entre\s+[^.;]{1,60}?\s+)?"
    r"(?:on the need|sur la necessite|о необходимости)\b"
)


def _consent(word: str, before: str, after: str) -> bool:
    """Whether "agreement"/"accord" says consent ("with the agreement of the government",
    "a donné son accord") rather than names a text."""
    if _ON_THE_NEED.match(after):
        return True
    if not word.startswith(("accord", "agreement")):
        return False
    return bool(_CONSENT_AFTER.match(after) or _CONSENT_BEFORE.search(before))


# Kind words in another sense (folded text). A contract put out to tender is none yet: "invited
# bids for a contract to ...", "un appel d'offres pour le contrat de ...", «тендер на
# заключение контракта».
_TENDER_BEFORE = re.compile(
    r"\b(?:bids?|bidding|tenders?|offers|offres|soumissions?|appels? d'offres|тендер\w*"
    r"|конкурс\w*)\s+(?:for|pour|на)\s+(?:the\s+|a\s+|an\s+|le\s+|un\s+|право\s+)?"
    r"(?:(?:award of|attribution d[eu'])\s*(?:the\s+|a\s+|le\s+|un\s+)?|заключени\w+\s+)?$"
)
# A worker's contract is no text between parties: "des contrats saisonniers de neuf mois",
# "un contrat de travail", "seasonal employment contracts", «трудовой договор», «сезонные
# контракты» (folded text; a contract "for the seasonal workers' transport" is one)
_WORK_CONTRACT_BEFORE = re.compile(
    r"\b(?:employment|labou?r|seasonal|work|job|workers?'?|трудов\w*|сезонн\w*)\s+$"
)
_WORK_CONTRACT_AFTER = re.compile(
    r"\s*(?:de travail|d'embauche|saisonn\w*|a duree (?:in)?determinee|de travailleurs"
    r"|(?:de\s+)?(?:\w+\s+)?(?:mois|ans?|semaines)\s+(?:au plus|maximum)\b)"
)
# The protocol of an institution is its etiquette: "le protocole de la présidence a réglé la
# cérémonie", "the presidential protocol", «протокольная служба»; a treaty's protocol is "on",
# "sur", "between", "additionnel", of cooperation.
_ETIQUETTE_AFTER = re.compile(
    r"\s+(?:de la |du |de l'|of the |d'etat\b|of state\b)\s*(?:presiden\w*|palais|palace"
    r"|republi\w*|chef de l'etat|head of state|primature|ministere|ministry|gouvernement"
    r"|government|ambassade|embassy|cour\b|court\b|royal\w*|roi\b|king\b|etat\b|state\b)"
)
_ETIQUETTE_BEFORE = re.compile(r"\b(?:presidential|royal|diplomatic|state)\s+$")
# A memorandum as a petition: "the unions sent a memorandum to the minister demanding higher
# wages", "un mémorandum a été adressé au ministre pour réclamer", «направили министру
# меморандум с требованием»: sent to someone, or demanding, not signed by sides.
_PETITION_BEFORE = re.compile(
    r"\b(?:sent|submitted|handed|addressed|delivered|presented|adresse\w*|remis\w*|envoye\w*"
    r"|soumis\w*|направил\w*|передал\w*|вручил\w*|направлен\w*)\s+(?:[\w'-]+\s+){0,4}$"
)
_PETITION_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:demanding|calling for|urging|to demand|reclam\w*|exige\w*|demandant"
    r"|revendiqu\w*|с требовани\w*|с призыв\w*|требуя)"
)
_OWN_CONTENT_AFTER = re.compile(r"\s+(?:of|d'|de|on|sur|о|об|between|entre|между|relati)")


def _another_sense(word: str, before: str, after: str) -> bool:
    """Whether a kind word names no text here: a contract put out to tender or a worker's
    contract, the protocol of an institution (its etiquette), a memorandum sent to someone as
    a petition."""
    if word.startswith(("contrat", "contract", "контракт")) and _TENDER_BEFORE.search(before):
        return True
    if word.startswith(("contrat", "contract", "контракт", "договор")) and (
        _WORK_CONTRACT_BEFORE.search(before) or _WORK_CONTRACT_AFTER.match(after)
    ):
        return True  # a worker's contract: "des contrats saisonniers", «трудовой договор»
    if word.startswith("протокольн"):
        return True  # «протокольная служба», «протокольное мероприятие»
    if word in ("protocole", "protocol") and (
        _ETIQUETTE_AFTER.match(after) or _ETIQUETTE_BEFORE.search(before)
    ):
        return True
    return (
        word in ("memorandum", "меморандум")
        and not _OWN_CONTENT_AFTER.match(after)
        and bool(_PETITION_BEFORE.search(before) or _PETITION_AFTER.match(after))
    )


def _failed(before: str, after: str) -> bool:
    """Whether the signing of a mention is told as failed ("stopped short of signing a
    defence pact", "sans signature d'accord", «Подписать соглашение ... не удалось») or
    called off ("the signing of the deal was called off")."""
    return bool(
        _FAILED_BEFORE.search(before)
        or (_INFINITIVE_BEFORE.search(before) and _FAILED_AFTER.match(after))
        or (_SIGNING_OF_BEFORE.search(before) and _CALLED_OFF_AFTER.match(after))
    )


def _amended(folded: str, previous: re.Match, m: re.Match) -> bool:
    """Whether mention `m` is the text the mention before it amends ("a protocol amending the
    agreement on ...")."""
    amending = _AMENDING_AFTER.match(folded, previous.end())
    if not amending:
        return False
    if amending.start("amended") <= m.start() < amending.end("amended"):
        return True
    # a longer name whose kind word comes after the words read: "to Amend the ASEAN Trade in
    # Goods Agreement"
    between = folded[amending.end("amended") : m.start()]
    return not _TRIGGER.search(amending.group("amended")) and bool(
        re.fullmatch(r"[\w' -]{0,30}", between)
    )


def _amended_kind(amending: re.Match | None) -> str | None:
    """The kind of the text an amending mention names after it ("amending the 2015
    agreement": agreement), or None when the words after it name no text."""
    if amending is None:
        return None
    kind_word = _TRIGGER.search(amending.group("amended"))
    return _KIND_BY_GROUP[kind_word.lastgroup] if kind_word else None


# After the kind word of an amended text: its sides or its content open its title ("the
# agreement between", "l'accord entre", «Соглашение между», "the agreement on", «о»)
_AMENDED_TITLE = re.compile(r"\s*(?:between|entre|между|on|sur|relati\w*|concerning|о|об)\s")


def _titled_amended(amending: re.Match | None, scope_end: int) -> bool:
    """Whether the text an amending mention names is told by its title (its sides or its
    content), not only by its kind ("amending the agreement"), so that it is a text apart;
    and inside the mention's own words (a Russian title holds it, «Протокол о внесении
    изменений в Соглашение между …»), not read as a mention of its own after it."""
    if amending is None:
        return False
    kind_word = _TRIGGER.search(amending.group("amended"))
    return (
        bool(kind_word)
        and amending.start("amended") + kind_word.start() < scope_end
        and bool(_AMENDED_TITLE.match(amending.group("amended"), kind_word.end()))
    )


def _beside(ctx, all_units, i, read: Agreement, at: int, kind: str, when) -> _Found:
    """The other text of an amendment told in one mention: the amendment signed to an older
    text ("un avenant à la convention de 2019", kind `other`, signed at the event), or the
    older text an amending protocol names ("amending the 2015 agreement", with its year),
    with the sides and domains of the one read."""
    made = _make(
        ctx,
        all_units,
        i,
        all_units[i].text,
        kind,
        list(read.sectors),
        status="signed",
        when=when,
        at=at,
        bound=list(read.parties) or None,
    )
    return _Found(made, False, at=i, older=bool(when), beside=True)


# The company partners set up to carry a project, or the text that sets it up (folded).
_VEHICLE = re.compile(
    r"\b(?:project company|joint[- ]venture|special[- ]purpose (?:vehicle|company)"
    r"|shareholders?['’]? agreement|societe (?:de projet|commune)|coentreprise"
    r"|(?:pacte|accord) d['’]actionnaires|совместн\w* предприяти\w*|проектн\w* компани\w*"
    r"|соглашени\w* акционеров|акционерн\w* соглашени\w*)"
)

_SIMILAR_BESIDE = re.compile(r"^\s+(?:similaires?|analogues?|du meme type|de meme nature)\b")


def _similar_here(before: str, after: str) -> bool:
    """Whether a mention is said to be like another ("a similar agreement", "un accord
    similaire", "un accord du même type", «аналогичное соглашение»)."""
    return bool(
        re.search(r"\b(?:similar|comparable|аналогичн\w*|подобн\w*|такое же)\s+$", before)
        or _SIMILAR_BESIDE.match(after)
    )


def _without_partitive(before: str, word: str) -> str:
    """The words before a plural mention without its partitive "d'" ("une dizaine d'accords",
    "la signature d'accords"): "d'accord" is an idiom (to agree) only in the singular."""
    if before.endswith("d'") and _PLURAL.search(word.split()[0]):
        return before[:-2]
    return before


# Texts of one side with partners it does not name ("with several African countries",
# "avec plusieurs pays", «с рядом стран Латинской Америки»): background, no text of the
# story's sides (whose partners a text names).
_UNNAMED_PARTNERS = re.compile(
    r"(?<![\w-])(?:with|avec|с|со)\s+(?:several|many|numerous|various|other|some|a number of"
    r"|dozens of|plusieurs|de nombreux|d'autres|divers|certains|nombre de|рядом|несколькими"
    r"|многими|другими|десятками"
    # a count of them, exact or rough: "with some twenty African countries", "avec une
    # vingtaine de pays africains", «с более чем 20 странами»
    rf"|(?:(?:more than|over|about|around|some|nearly|almost|plus de|pres de|environ|около"
    rf"|более чем|почти|свыше)\s+)?(?:{CARDINAL}|une (?:dizaine|douzaine|quinzaine|vingtaine"
    r"|trentaine|quarantaine|cinquantaine|centaine) d[e'])"
    r")\s*(?:[\w-]+\s+){0,2}?(?:countries|states|nations|partners"
    r"|governments|pays|etats|partenaires|стран\w*|государств\w*|партнер\w*)\b"
    # unless they are named next: "with three African countries: Egypt, …", "avec trois pays,
    # dont le Togo", «с тремя странами, в том числе с Египтом»
    r"(?![^.;:]{0,40}?(?::|\(|—|–))(?!,?\s*(?:including|namely|notably|such\s+as|notamment"
    r"|dont|a\s+savoir|comme|в\s+том\s+числе|включая|а\s+именно)\b)"
)


# A deal said without an agreement's name: "Bio Farma agreed with Ghana's Ministry of Health
# to supply vaccines", "X a convenu avec Y de fournir ...", «X договорилась с Y о поставках».
# The verb of a commercial undertaking after it tells what the deal is about.
_DEAL = re.compile(
    r"(?<!not )(?<!n't )\bagreed\s+with\s+[^.;]{2,80}?\s+to\s+(?=(?:supply|deliver|build|construct"
    r"|provide|finance|buy|purchase|export|import|develop|operate|produce|manufacture)\b)"
    r"|(?<!pas )\bconvenu\s+avec\s+[^.;]{2,80}?\s+(?:de|d')\s*(?=(?:fournir|livrer|construire"
    r"|financer|acheter|exporter|importer|developper|exploiter|produire|fabriquer)\b)"
    r"|(?<!не )\bдоговорил\w*\s+с\s+[^.;]{2,80}?\s+о\s+(?=(?:поставк|строительств|финансировани"
    r"|закупк|экспорт|разработк|производств)\w*)"
)


def _deals(ctx: Context, all_units: list[Unit], folded_text: str) -> list[_Found]:
    """Deals a company makes with no agreement word (a contract, SPEC): the sides of the
    sentence, one of them a company, and the sectors of what is undertaken."""
    out = []
    for i in units_matching(_DEAL, folded_text, all_units):
        unit = all_units[i]
        m = _DEAL.search(fold(unit.text))
        sectors = _sectors(unit.text[m.end() :])
        agreement = _make(
            ctx, all_units, i, unit.text, "contract", sectors, at=m.start(), basis=0.7
        )
        if sectors and not all(sides.is_state(code) for code in agreement.parties):
            out.append(_Found(agreement, definite=False, at=i))
    return out


# Russian ministries by their short names: «Минздрав России», «Минсельхоз», «МЧС».
_RU_MINISTRY_SHORT = (
    (re.compile(r"\bминздрав\w*"), "health"),
    (re.compile(r"\b(?:минобрнауки|минпросвещени\w*|минобразовани\w*)"), "education"),
    (re.compile(r"\bминсельхоз\w*"), "agriculture"),
    (re.compile(r"\bминтранс\w*"), "transport"),
    (re.compile(r"\bминэнерго\b"), "energy"),
    (re.compile(r"\bминприроды\b"), "environment"),
    (re.compile(r"\bминобороны\b"), "defence"),
    (re.compile(r"\bминюст\w*"), "justice"),
    (re.compile(r"\bмчс\b"), "security"),
    (re.compile(r"\b(?:минкультуры|минспорт\w*)"), "culture"),
    (re.compile(r"\bминцифры\b"), "digital"),
    (re.compile(r"\bминстро\w*"), "infrastructure"),
)
# «министр сельского хозяйства Марокко»: a Russian portfolio runs on in lower case after the
# words `_MINISTRY` takes
_RU_PORTFOLIO_TAIL = re.compile(r"[\sа-яё-]*")


# A state's agencies, services, offices, courts and chambers by their short Russian names:
# «Росгидромет», «Росстат», «ФТС России», «МВД».
_RU_AGENCY_SHORT = (
    (re.compile(r"\bросгидромет\w*"), "environment"),
    (re.compile(r"\b(?:росстат|росархив|росреестр|цик)\w*"), "administration"),
    (re.compile(r"\b(?:росстандарт|роспатент|фтс)\w*"), "trade"),
    (re.compile(r"\b(?:россельхознадзор|росрыболовств)\w*"), "agriculture"),
    (re.compile(r"\b(?:роспотребнадзор|росздравнадзор)\w*"), "health"),
    (re.compile(r"\b(?:росавиаци|росморречфлот|росжелдор)\w*"), "transport"),
    (re.compile(r"\b(?:ростуризм|росмолодеж)\w*"), "culture"),
    (re.compile(r"\b(?:росгвардия|росгвардии|росфинмониторинг\w*|мвд)\b"), "security"),
    (re.compile(r"\b(?:фсин|генпрокуратур\w*)\b"), "justice"),
)
# A state's agency, service, office, court or chamber that signs names its field as a
# ministry does (`_portfolios`): "the Kenya National Bureau of Statistics", "la Cour des
# comptes", «Агентство по противодействию коррупции», «Генеральная прокуратура». Joint
# bodies (commissions, committees, councils) are not among them: their fields are the
# meeting's, read elsewhere.
_AGENCY = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,4}(?:Agency|Office|Bureau|Service|Authority|Institute|Court"
    r"|Directorate)\b(?:\s+(?:of|for|on|and|the|[A-Z][\w'’-]*)\b)*"
    r"|\b(?:[Aa]gence|[Oo]ffice|[Ii]nstitut|[Cc]our|[Aa]utorit[ée]|[Dd]irection|[Ii]nspection"
    r"|[Cc]ellule|[Ss]ervice)s?\b(?:\s+(?!(?:a|ont|est|sont|se|s['’]\w+|qui|sign\w*)\b)"
    r"[\w'’-]+){0,8}"
    r"|(?:[а-яё-]+(?:ое|ая|ый|ий|ой|ые|ых|ого|ому|ым|ую|ей)\s+){0,3}"
    r"(?:[Аа]гентств|[Сс]лужб|[Пп]алат|[Пп]рокуратур|[Ии]нспекци|[Ии]нститут)\w*"
    r"(?:\s+(?!(?:и|подписал\w*|заключил\w*)\b)[а-яё-]+){0,6}"
)

# the press agency or press service that reports a signing names no field of the text:
# "rapporte l'Agence de presse sénégalaise", «сообщает информационное агентство»
_NEWS_AGENCY = re.compile(r"(?i)\b(?:press\w*|news|information\w*|информацион\w*|пресс\w*)")


# Companies whose trade is the atom alone, named as they sign (folded text): what they sign
# with a ministry is nuclear, whatever that ministry's portfolio
_NUCLEAR_COMPANY = re.compile(
    r"(?<!\w)(?:rosatom|росатом|rusatom|русатом|атомстройэкспорт|atomstroyexport|tvel|твэл"
    r"|kazatomprom|казатомпром|orano|framatome|cnnc|khnp|kepco e&c|necsa|nuscale)"
)


def _portfolios(text: str) -> list[str]:
    """Sectors of the ministries and state agencies `text` names: "le ministère de la
    Santé" -> health, «Минсельхоз России» -> agriculture, "the National Bureau of
    Statistics" -> administration. Foreign affairs, finance and the economy sign for every
    domain, so their portfolios name none ("the Ministry of Finance signed")."""
    names = [
        text[m.start() : _RU_PORTFOLIO_TAIL.match(text, m.end()).end()]
        for m in _MINISTRY.finditer(text)
    ] + [m.group() for m in _AGENCY.finditer(text) if not _NEWS_AGENCY.search(m.group())]
    out = [
        sector
        for name in names
        for sector in sectors_of(name)
        if sector not in ("economy", "diplomacy")
    ]
    folded = fold(text)
    out += [
        sector for regex, sector in _RU_MINISTRY_SHORT + _RU_AGENCY_SHORT if regex.search(folded)
    ]
    if _NUCLEAR_COMPANY.search(folded):
        # «"Росатом" и министерство электроэнергетики Мьянмы подписали дорожную карту»: a
        # nuclear company's bare text is nuclear, the power ministry beside it its partner
        out = ["nuclear"] + [sector for sector in out if sector not in ("energy", "nuclear")]
    return list(dict.fromkeys(out))


def _sectors_before(all_units: list[Unit], i: int, reach: int = 3) -> list[str]:
    """Sectors of the nearest of the `reach` sentences before unit `i` that names some."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if found := _sectors(all_units[j].text):
            return found
    return []


# What a text already read is said to do: "The agreement ... covers", "Ce protocole ... doit
# permettre", «Соглашение ... предусматривает».
_CONTENT_VERB = re.compile(
    r"\b(?:prevoit|prevoient|porte sur|portent sur|vise|visent|couvre|couvrent|doit permettre"
    r"|permettra|permet|fixe|definit|encadre|covers?|provides?|aims?|sets? out|allows?|will allow"
    r"|governs?|establishes|предусматрива\w*|направлен\w*|касается|позволит|определяет"
    r"|устанавливает|регулирует"
    # "Ces accords concernent notamment la pêche, …", "The agreements relate to …", «Документы
    # касаются …»
    r"|concerne|concernent|touche|touchent|relevent de|concern|concerns|relates? to|involve"
    r"|касаются|затрагивают|охватывают|охватывает|затрагивает)\b"
)


# Between two kind words, what makes the second a noun of the first's complement ("an MoU
# on the cultural exchange programme", «меморандум о программе обменов»): a preposition that
# opens it, and no break or coordination that would start another text.
_COMPLEMENT_OPEN = re.compile(
    r"^\s*(?:on|about|for|sur|pour|concernant|relatif a(?:u|ux)?|о|об|по)\s(?:the |le |la |les |l')?"
    # (a sum may stand between: «о выделении Японией 5 миллионов долларов на продолжение
    # программы», "on the allocation of 5 million dollars to the continuation of the programme")
    r"[^,;:.()]{0,80}$"
    # a title after its verb: 'un accord intitulé « Programme de ... »', 'an MoU titled "Digital
    # Partnership Plan"', «меморандум под названием «Дорожная карта ...»»: the title's words
    r"|^\s*,?\s*(?:intitule\w*|titled|entitled|called|named|denomme\w*|baptise\w*|dite?s?"
    r"|под названием|именуем\w*)\s*[«\"“']?\s*(?:the |le |la |les |l')?$"
    # the text that implements another is one text with it: "le protocole d'application de
    # l'accord de pêche", "le programme de mise en œuvre de la convention" (English "for the
    # implementation of", Russian «о реализации» open with a preposition above)
    r"|^\s*(?:d'application|d'execution|de mise en (?:oeuvre|œuvre))\s+(?:de |du |des )?"
    r"(?:l'|la |le )?$"
)
# "un accord sur la pêche ainsi qu'un mémorandum", "de même qu'un protocole", «, а также
# соглашение», "along with a memorandum": two texts, not one in the other's complement
_COORDINATION = re.compile(
    r"\b(?:and|et|и|ainsi qu(?:e\b|['’])|de meme qu(?:e\b|['’])|as well as|along with"
    r"|together with|а также|a separate|un autre|une autre)(?:\b|(?<=['’]))"
)


# A partnership joined to the complement of a text before it, by "and" with no article or
# by «и» with the partnership in the complement's case: "the Treaty on Friendly Relations and
# Comprehensive Strategic Partnership", "le Traité d'amitié et de partenariat stratégique",
# «Договор о дружественных отношениях и всеобъемлющем стратегическом партнёрстве» (folded):
# one title, not a partnership of its own ("and a strategic partnership", «и стратегическое
# партнерство» name another)
_JOINED_IN_COMPLEMENT = re.compile(
    r"(?:\band|\bet\s+(?:de|du|d')|\bи)\s+(?:(?!(?:a|an|the|un|une|le|la|les)\b)[\w'-]+\s+){0,3}$"
)
_PARTNERSHIP_IN_COMPLEMENT = re.compile(
    r"(?:[\w-]+\s+){0,3}(?:partnership|partenariat|партнерств(?:е|а))\b"
)


def _in_complement(folded: str, previous: re.Match, m: re.Match) -> bool:
    """Whether kind word `m` stands inside the complement of the mention before it."""
    between = folded[previous.end() : m.start()]
    if _ABBREVIATED.match(between):
        return True  # "a memorandum of understanding (MoU) on health": one text, abbreviated
    if (
        _PARTNERSHIP_IN_COMPLEMENT.fullmatch(m.group())
        and _COMPLEMENT_OPEN.match(between)
        and _JOINED_IN_COMPLEMENT.search(between)
        and len(_COORDINATION.findall(between)) == 1
    ):
        return True
    return (
        bool(_COMPLEMENT_OPEN.match(between))
        and not _COORDINATION.search(between)
        and not _ANOTHER_TEXTS_FORCE.search(between)
    )


# "notes on the completion of the procedures for the entry into force of the agreement",
# «ноты о вступлении в силу соглашения»: a text on another's entry into force is a text of
# its own beside that one, not one in its complement (folded text). (Not a protocol on the
# exchange of instruments of ratification «к Договору»: that one is the treaty's own.)
_ANOTHER_TEXTS_FORCE = re.compile(r"\b(?:entry into force|entree en vigueur|вступлени\w* в силу)")


_ABBREVIATED = re.compile(r"(?:\s+(?:of|d'|de|о|об)\s+\w+)?\s*\(\s*$")


_COOPERATION_MENTION = re.compile(r"(?:cooperation|сотрудничеств\w*)\s+$")
# «дорожная карта сотрудничества»: Russian puts the cooperation in the genitive, no preposition
_COOPERATION_AFTER = re.compile(
    r"^\W*(?:(?:de|of|on|о|об)\s+(?:cooperation|сотрудничеств\w*)|сотрудничества)\b"
)


_THE_SIDES = re.compile(
    r"\b(?:стороны|обе стороны|les deux parties|les parties|the two sides|both sides|the sides"
    r"|the parties|the two parties)\b"
)


# "Both sides agreed to ... the Agreement between X and Y, and to ... an agreement on ...":
# the sentence's subject is the two sides, and a "between" before the mention names another
# text's own sides (folded text before the mention)
_SIDES_SUBJECT_THEN_BETWEEN = re.compile(
    r"^\W*(?:(?:both|the two|the|les deux|les|обе)\s+(?:sides|parties|стороны)|стороны)\b"
    r"[^.;:]*?\s(?:between|entre|между)\s"
)


def _sides_beyond_another(text: str, at: int) -> bool:
    return bool(_SIDES_SUBJECT_THEN_BETWEEN.match(fold(text[:at])))


_ACTING_KINDS = ("name", "organisation")
# "the two companies", "les deux sociétés", «обе компании»: the companies named last (folded)
_THE_COMPANIES = re.compile(
    r"\b(?:the two|both) (?:companies|firms|groups)\b"
    r"|\bles deux (?:societes|entreprises|groupes|compagnies)\b"
    r"|(?:^|\s)(?:обе|две|двух|обеих)\s+компани"
)


def _sides_by_anaphora(ctx: Context, all_units: list[Unit], kept: list[_Found]) -> None:
    """ "«Росатом» и Буркина-Фасо подписали соглашение ... Стороны также заключили
    меморандум": "the sides" of a sentence that names none are those of the last agreement
    whose sentence named them, not the story's guess. Where two states signed before and a
    company or an organisation then signed with one of them ("Attijariwafa bank a signé …
    L'OCP a signé … Les deux parties ont en outre signé"), the two parties are the states'
    delegations, the last states' pair, unless the organisation leads the story with the
    state (a Rosatom story). A text of another scene, told in a
    relative clause of place ("arrived from Nairobi, where Indonesia and Kenya signed …"), is
    no pair "the sides" stand for."""
    last: list[str] | None = None
    last_end = -1  # where the sentence of `last` ends
    states: list[str] | None = None  # the last such sides that are all states
    bound: list[str] | None = None  # the last two states a text before bound, named or not
    companies: list[str] | None = None  # the last sides named that are all organisations
    for f in sorted((f for f in kept if f.at >= 0), key=lambda f: f.at):
        unit = all_units[f.at]
        if last and _THE_SIDES.search(fold(unit.text)):
            countries = bool(_COUNTRIES.search(fold(unit.text)))
            nearest, told = sides.nearest_pair(ctx, unit.start, countries)
            if nearest and told >= last_end:
                # another pair named since ("Meanwhile, Niger's prime minister met the Turkish
                # president. The sides signed …"): the sides are that pair
                last, last_end = nearest, told
                if all(map(sides.is_state, nearest)):
                    states = nearest
        named = sides.named_in(ctx, unit.start, unit.end)
        # "буркинийские студенты", "Russian universities": an adjective names no side
        acting = [m for m in ctx.mentions_in(unit.start, unit.end) if m.kind in _ACTING_KINDS]
        if len(named) >= 2 and acting:
            if not f.older and not any(map(sides.is_state, f.agreement.parties)):
                companies = f.agreement.parties or companies
            # a text of another pair named by reference ("Аналогичное соглашение Россия
            # подписала с Буркина-Фасо") is no pair "the sides" of the story stand for
            # nor is an older text recalled in passing with other states ("liés par l'accord
            # d'Agadir signé en 2004 avec le Maroc et la Jordanie")
            # a pair that signed on the sidelines ("En marge de la session, la CPG et Misr
            # Phosphate ont signé …") is not the session's pair either
            if (
                not f.similar
                and not f.older
                and not _ELSEWHERE.search(unit.text)
                and not _SIDELINES.search(fold(unit.text))
            ):
                last = f.agreement.parties
                last_end = unit.end
                if all(map(sides.is_state, last)):
                    states = last
        elif not acting and companies and _THE_COMPANIES.search(fold(unit.text)):
            # "Masdar and PT PLN signed a contract ... The two companies already operate a
            # plant built under a 2020 agreement": the companies named last, wherever they signed
            f.agreement.parties = list(companies)
        elif not acting and last and _THE_SIDES.search(fold(unit.text)):
            if all(map(sides.is_state, last)):
                f.agreement.parties = list(last)
            elif f.older:
                # «Стороны отметили, что подписанное в 2019 году соглашение ...» after a
                # company's memorandum: an older text the sides recall is the states' (the
                # last named, else the story's)
                f.agreement.parties = list(states or f.agreement.parties)
            elif states and not _leads(ctx, last):
                # the states' delegations, who signed before the company did
                f.agreement.parties = list(states)
            elif bound and not _leads(ctx, last):
                # «Министры подписали соглашение …; агентство X и медиагруппа Y подписали
                # меморандум … Стороны договорились …»: no sentence named the states' pair,
                # but a text of the event before bound two states: they are the sides, not a
                # company of a story it does not lead
                f.agreement.parties = list(bound)
            elif not _COUNTRIES.search(fold(unit.text)):
                # "между странами действует соглашение": the countries' agreement, not the
                # last companies'
                f.agreement.parties = list(last)
        if (
            not f.older  # an older treaty recalled in passing binds no sides of the event
            and len(f.agreement.parties) == 2
            and all(map(sides.is_state, f.agreement.parties))
        ):
            bound = list(f.agreement.parties)


# "The MoU provides for a feasibility study, after which a loan agreement is expected to be
# signed", "Le mémorandum prévoit une étude, après quoi un accord de prêt sera signé", «Меморандум
# предусматривает …, после чего будет подписано кредитное соглашение»: a text the one just
# signed provides for
_PROVIDES_FOR = re.compile(
    r"^(?:(?:the|this|that|le|la|l'|ce|cet|cette|этот|эта|это|данный|данное|данная)\s*)?"
    r"(?:mou|memorand\w*|agreement|accord|protocol\w*|contract|contrat|меморандум|соглашение"
    r"|протокол|договор|контракт)(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:provides|provided|foresees|envisages|paves|calls|prevoit|envisage|ouvre"
    r"|предусматривает|предполагает|открывает)\b"
)


def _provided_for(ctx: Context, all_units: list[Unit], kept: list[_Found]) -> None:
    """A text to come that the sentence says the text just read provides for, naming no side
    of its own, binds that text's sides (not the story's guess)."""
    for f in kept:
        if f.agreement.status != "planned" or f.at < 1 or f.older:
            continue
        unit = all_units[f.at]
        if not _PROVIDES_FOR.match(fold(unit.text).lstrip()):
            continue
        if sides.named_in(ctx, unit.start, unit.end):
            continue
        before = [k for k in kept if 1 <= f.at - k.at <= 2 and not k.older and k.agreement.parties]
        if before:
            f.agreement.parties = list(max(before, key=lambda k: k.at).agreement.parties)


# "The contract itself was signed in May 2024", «Сам контракт … был подписан в мае 2024 года»,
# "Le contrat lui-même avait été signé en 2024": the text the sentence before named as another
# text's complement ("an amendment to the contract", «дополнительное соглашение к контракту»)
_ITSELF = re.compile(
    r"^(?:(?:сам|сама|само)\s+(?P<ru>контракт|договор|соглашение|меморандум)"
    r"|the\s+(?P<en>contract|agreement|treaty|memorandum)\s+itself"
    r"|(?:le|l')\s*(?P<fr>contrat|accord|traite|memorandum)\s+lui-meme)\b"
)
_COMPLEMENT_OF = {
    "ru": r"(?:к|по|в|о)\s+{}\w*",
    "en": r"\b(?:to|of|under|in)\s+the\s+{}\b",
    "fr": r"\b(?:au|du|a\s+l'|de\s+l')\s*{}\b",
}


def _the_text_itself(all_units: list[Unit], kept: list[_Found]) -> None:
    """ "X and Y signed an amendment to the contract to build the plant. The contract itself
    was signed in 2024 in the presence of the two presidents": the contract binds the sides of
    the text that amends it, the one the sentence before named with it, not the sides the
    presidents beside it stand for."""
    ordered = sorted((f for f in kept if f.at >= 0), key=lambda f: f.at)
    for n, f in enumerate(ordered):
        itself = _ITSELF.match(fold(all_units[f.at].text).lstrip())
        if not itself or not n:
            continue
        before = ordered[n - 1]
        if before.at != f.at - 1 or not before.agreement.parties:
            continue
        lang = itself.lastgroup
        noun = itself.group(lang)
        stem = noun[:7] if lang == "ru" else noun
        if re.search(_COMPLEMENT_OF[lang].format(re.escape(stem)), fold(all_units[before.at].text)):
            f.agreement.parties = list(before.agreement.parties)


def _leads(ctx: Context, pair: list[str]) -> bool:
    """Whether the organisations of a pair of sides are among the story's two most named
    parties (the first named of equals first)."""
    named = [m.code for m in ctx.mentions if m.kind != "seat"]
    counts = Counter(named)
    leading = sorted(counts, key=lambda code: (-counts[code], named.index(code)))[:2]
    return all(code in leading for code in pair if not sides.is_state(code))


# A relative clause of place that tells another scene: ", where X and Y signed", ", où",
# «, где»
_ELSEWHERE = re.compile(r",\s+(?:where|o[uù]|где)\s", re.IGNORECASE)


_COUNTRIES = re.compile(r"\b(?:стран\w*|государств\w*|pays|etats|countries|states|nations)\b")


# A field named by reference to the one just told: «в этой сфере», "in this area", "dans ce
# domaine" (folded: «этой» is «этои»)
_THIS_FIELD = re.compile(
    r"\W*(?:(?:в|во)\s+(?:этои|даннои|этих|тои)\s+(?:сфер|област)\w*"
    r"|in\s+(?:this|that|these|the same)\s+(?:area|field|sector|domain)s?\b"
    r"|dans\s+(?:ce|cette|ces|le meme)\s+(?:domaine|secteur|matiere)s?\b)"
)


def _field_before(all_units: list[Unit], i: int, at: int) -> list[str]:
    """ "signed a memorandum on fisheries. An agreement in this area is being prepared": the
    domains of the last text named before, in the sentence or the one before it."""
    for j, end in ((i, at), (i - 1, None)):
        if j < 0:
            break
        text = all_units[j].text[:end]
        mentions = list(_TRIGGER.finditer(fold(text)))
        if mentions:
            return _sectors(_own_scope(text[mentions[-1].end() :]))
    return []


# A text that governs what the clause before it tells: "which manages oil and gas production
# under the 1979 memorandum", "qui gère la zone en vertu du mémorandum de 1979", «которое
# ведёт добычу в рамках меморандума 1979 года».
_GOVERNED_BY = re.compile(
    r"(?:\bunder|\bpursuant to|in accordance with|en vertu d|dans le cadre d|conformement a"
    r"|(?<!\w)в рамках|(?<!\w)согласно|(?<!\w)в соответствии с)\W*(?:(?:the|its|their|du|de"
    r"|des|la|le|l|les)\s+)?(?:[\w'-]+\s+){0,3}$"
)


_PARTNERSHIP_AFTER = re.compile(
    r"^\W*(?:(?:de|of|on|о|об)\s+)?(?:cooperation|partenariat|partnership|сотрудничеств\w*"
    r"|партнерств\w*)\b"
)


def _governed(text: str, folded: str, at: int) -> list[str]:
    """Sectors of the clause a mention closes when the mention governs it ("under the
    memorandum"): what is done under a text is its content, not what the sentence's
    earlier clauses speak of."""
    if not _GOVERNED_BY.search(folded[max(0, at - 80) : at]):
        return []
    return _sectors(re.split(r"[,;:]", text[:at])[-1])


# A participle clause that tells what a text paid for: "the bypass road, financed under a loan
# agreement", "la route, financée au titre d'un accord de prêt", «дорога, построенная в рамках
# кредитного соглашения» (folded text, up to the mention).
_FINANCED_BY = re.compile(
    r",\s*(?:(?:which|that)\s+(?:was|were|is|are)\s+)?(?:financed|funded|built|paid\s+for"
    r"|financee?s?|construite?s?|realisee?s?|финансир\w*|построен\w*|профинансирован\w*)\s+"
    r"(?:under|through|by|with|from|au\s+titre\s+d|dans\s+le\s+cadre\s+d|grace\s+a|par"
    r"|в\s+рамках|по|за\s+счет)\W*(?:(?:an?|the|its|their|une?|du|de\s+la|la|le|l|les)\s+)?"
    r"(?:[\w'-]+\s+){0,2}$"
)


def _financed_by(text: str, folded: str, at: int) -> list[str]:
    """Sectors of what the clause before a participle says a text paid for or built ("the
    Mombasa bypass road, financed under a loan agreement" is a road's loan): the loan's
    own word is only what pays."""
    financed = _FINANCED_BY.search(folded, max(0, at - 120), at)
    if not financed:
        return []
    return _sectors(re.split(r"[,;:]", text[: financed.start()])[-1])


def _holding(folded: str, m: re.Match[str]) -> list[str]:
    """Sectors of a domain phrase that holds the mention itself: "l'accord de siège", "the
    headquarters agreement", «соглашение о штаб-квартире» name the text by the kind's own
    complement, which the scope after the mention (or the words before it) leaves out."""
    out: list[str] = []
    for a, b, found in sector_spans(folded):
        if a <= m.start() < b or a < m.end() <= b:
            out += [s for s in found if s not in out]
    return out


def _modifier_sectors(ctx: Context, plain: str, at: int) -> list[str]:
    """Sectors of the words that qualify a mention before it ("a free trade agreement");
    the parse runs only when a sector word stands just before the mention."""
    if not _sectors(plain[max(0, at - 100) : at]):
        return []
    return _sectors(stance.modifiers(plain, ctx.language, at))


def _older_date(
    ctx: Context, text: str, folded: str, start: int, end: int, offset: int = 0
) -> str | None:
    """The date of an agreement the sentence names with its own signing or year, when
    that date is not the reported event's: an older agreement mentioned in passing.
    `offset`: where `text` starts in the document, to read the signers' names after the
    signing ("signed by Angola, the Democratic Republic of Congo and Zambia in 2023")."""
    clause = re.split(r"[.;]", folded[start : min(end, start + 160)], maxsplit=1)[0]
    when = None
    if signing := _OWN_SIGNING.search(clause):
        after = start + signing.end()
        signers = _SIGNERS_AFTER.match(folded, after)
        past = after
        if signers:
            # the date after the list of signers: the names' run, then 60 characters more
            named = ctx.mentions_in(offset + signers.end(), offset + start + len(clause))
            for mention in named:
                if not _NAMES_GAP.fullmatch(text, past, mention.start - offset):
                    break
                past = mention.end - offset
        spans = find_dates(text[after : past + 60], ctx.published)
        when = max(spans, key=lambda d: len(d.value)).value if spans else None
        if _SAME_YEAR.match(folded, after):
            # "and the agreement on visas signed the same year, which entered into force in
            # 2024", «подписанном в том же году»: the year of the text named before it in
            # the sentence (a later date is another event's)
            years = _A_YEAR.findall(folded[:start])
            when = years[-1] if years else when
    if when is None:
        when = _document_date(ctx, text[start : start + len(clause)], clause)
    if when is None and (year := _OWN_YEAR.match(clause)):
        when = next(g for g in year.groups() if g)
    # "the 2018 agreement", "liés depuis 2006 par un accord", «в 2018 году ... подписали»
    lead = re.split(r"[.;:]|,\s", folded[max(0, start - 140) : start])[-1]
    if when is None:
        trigger_at = len(lead) - (start - _trigger_start(folded, start))
        if year := _YEAR_BEFORE.search(lead[: max(0, trigger_at)]):
            when = year.group(1) or year.group(2)
    if (
        when is None
        and ctx.published
        and (_LAST_YEAR.search(clause[:80]) or _last_year_before(lead))
    ):
        # "signed an agreement on power supply last year", «в прошлом году подписали ...»
        when = str(int(ctx.published[:4]) - 1)
    if when is None:
        return None
    published = ctx.published or ""
    n = min(len(when), len(published))
    if published and when[:n] > published[:n]:
        return None  # "to be signed ... next year", "signée lors de la session de 2027": a plan
    if when[:4] != published[:4]:
        return when
    event = _event_date(ctx)
    if len(when) == 7 and when < (event or published)[:7]:
        return when  # "the memorandum on defence signed in March", read in June
    return when if len(when) == 10 and event and when != event else None


# The agent of a passive signing, a list of names: "signed by Angola, the Democratic Republic
# of Congo and Zambia", "signé par le Mali, le Niger et le Burkina Faso", «подписанное Анголой,
# Замбией и ДРК»; what may stand between the names of that list.
_SIGNERS_AFTER = re.compile(r"\s+(?:by|par|between|entre|между)\s+|\s+(?=[а-я]+(?:ой|ей|ом|ем)\b)")
_NAMES_GAP = re.compile(
    r"\s*(?:by|par|between|entre|между|the|le|la|les|l'|l’|and|et|и|,|\s)*", re.IGNORECASE
)


def _document_date(ctx: Context, text: str, folded: str) -> str | None:
    """The date a text is known by, however long its title: «соглашение о сотрудничестве в
    области мирного использования атомной энергии от 12 мая 2017 года», "l'accord ... du 12 mai
    2017", "the agreement ... dated 12 May 2017"."""
    for m in _DOCUMENT_DATE.finditer(folded):
        if year := _YEAR_OF_TEXT.match(folded, m.end()):
            return year.group(1)
        spans = find_dates(text[m.end() : m.end() + 40], ctx.published)
        if spans and spans[0].start == 0 and len(spans[0].value) == 10:
            return spans[0].value
    return None


def _last_year_before(lead: str) -> bool:
    """Whether "last year" stands a few words before the mention ("avaient signé l'an
    dernier un accord", «в прошлом году подписали соглашение»), not in another clause."""
    said = list(_LAST_YEAR.finditer(lead))
    return bool(said) and len(lead[said[-1].end() :].split()) <= 6


def _trigger_start(folded: str, end: int) -> int:
    """Where the mention that ends at `end` starts (the kind word itself)."""
    ends_here = [m for m in _TRIGGER.finditer(folded, max(0, end - 60), end) if m.end() == end]
    return ends_here[-1].start() if ends_here else end


def _without_organisations(ctx: Context, unit: Unit) -> str:
    """The unit with the names of organisations blanked: the "River" of "Mano River Union"
    or the "Economic" of an economic community is no domain of its agreements."""
    text = unit.text
    for mention in ctx.mentions_in(unit.start, unit.end):
        if mention.kind == "organisation":
            a, b = mention.start - unit.start, mention.end - unit.start
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def _enumerated(
    ctx, all_units, i, text, at, kind, items, status, older, definite, bound=None
) -> list:
    """One agreement an item of a list ("accords dans les domaines de X et de Y"), grouped
    so that the list counts once against a total; `bound`: the sides the sentence gives the
    list (its own "between" first)."""
    group = i * 1000 + at
    return [
        _Found(
            _make(
                ctx,
                all_units,
                i,
                text,
                kind,
                item,
                status=status,
                when=older,
                at=at,
                basis=confidence.AGREEMENT_ENUMERATED,
                bound=bound,
                own_first=bool(bound),
            ),
            definite,
            group=group,
            at=i,
            older=bool(older),
        )
        for item in items
    ]


def _ordinal_texts(ctx, all_units, i, plain, m, kind, ordinals, status, definite) -> list:
    """One text an ordinal of a count's sentence: its kind if it names one, else the count's;
    the domains of its own words, else the count's; the sides its own "between" names, else
    those the sentence names before the first ordinal (the count's subject)."""
    unit = all_units[i]
    head = plain[m.end() : ordinals[0].start]
    subject = sides.sides(ctx, unit.start, unit.start + ordinals[0].start)
    out = []
    for item in ordinals:
        words = plain[item.start : item.end]
        own = (
            sides.named_after_between(ctx, unit.start + item.between, unit.start + item.end)
            if item.between is not None
            else []
        )
        bound = own or subject
        agreement = _make(
            ctx,
            all_units,
            i,
            unit.text,
            kind_of(words) or kind,
            _sectors(_own_scope(words)) or _sectors(head) or ["general"],
            status=status,
            # the count's own "between" would reach into an ordinal's ("two memorandums,
            # the first between the governments …, the second between X and Y")
            at=None if bound else m.start(),
            basis=confidence.AGREEMENT_ORDINAL,
            bound=bound or None,
        )
        out.append(_Found(agreement, definite, group=i * 1000 + m.start(), at=i))
    return out


# The complement that names a text's content: its preposition and the two words after it
# ("on a naval base", «о размещении военной базы», "sur la base navale")
_CONTENT = re.compile(r"(?<!\w)(?:о|об|on|sur|de|relatif a|concerning|regarding)\s+\S+\s+\S+")


# A sentence that may deny something (the others are not searched for denials)
_NEGATIVE = re.compile(r"(?i)(?<!\w)(?:не|ни|никако\w*|no|not|never|aucun\w*|pas|jamais)(?!\w)")


def _denied_elsewhere(
    ctx: Context, all_units: list[Unit], negative: list[tuple[int, str]], f: _Found
) -> bool:
    """ "Several outlets claim that A and B signed a secret agreement on a naval base ...
    No agreement on a naval base was signed": a text another sentence (of `negative`, the
    units with a negation, folded) denies by its own content and domains, the claim and the
    denial being about one text that does not exist (SPEC lists agreements the text
    identifies, not rumours it refutes)."""
    content = _CONTENT.search(fold(f.agreement.title or ""))
    if content is None:
        return False
    for j, folded in negative:
        at = folded.find(content.group()) if j != f.at else -1
        mention = _last_trigger(folded, at) if at > 0 else None
        if (
            mention is not None
            and (_sectors(_own_scope(all_units[j].text[at:])) or ["general"]) == f.agreement.sectors
            and stance.of_mention(all_units[j].text, ctx.language, mention) == stance.NEGATED
        ):
            return True
    return False


def _last_trigger(folded: str, at: int) -> int | None:
    """The start of the kind word a complement at `at` follows ("agreement on", «соглашения
    о»), an adjective or two between at most."""
    found = [m for m in _TRIGGER.finditer(folded, max(0, at - 60), at)]
    if not found or re.search(r"[,;:.]", folded[found[-1].end() : at]):
        return None
    return found[-1].start()


def _names_cooperation(title: str | None) -> bool:
    """ "the 2013 agreement on technical cooperation", «соглашения о техническом
    сотрудничестве, подписанного в 2013 году»: an older text whose title names the cooperation
    (and no domain) as its content is the general text it says it is, not one about the
    domain of the new text the same sentence names."""
    return bool(title and re.search(r"cooperation|сотрудничеств", fold(title)))


def _without_bare_repeats(out: list[_Found]) -> list[_Found]:
    """ "Tripartite agreement: ... signed a tripartite agreement on the corridor": a bare
    mention beside a named one of the same kind in one sentence is that one."""
    named = {f.agreement.kind for f in out if f.agreement.title}
    # the domains of a text of the event: two older texts recalled side by side ("recalled
    # the memorandum signed in 2023 and the agreement on visas signed the same year") each
    # have their own
    domains = next(
        (f.agreement.sectors for f in out if f.agreement.sectors != ["general"] and not f.older),
        None,
    )
    for f in out:
        # "signed a defence agreement that replaces the 2018 agreement": the older text the
        # new one replaces, amends or completes is about what the sentence names
        if (
            f.older
            and domains
            and f.agreement.sectors == ["general"]
            and f.agreement.kind != "framework"
            and not f.named_general
            and not _names_cooperation(f.agreement.title)
        ):
            f.agreement.sectors = list(domains)
    return [
        f
        for f in out
        if f.agreement.title
        or f.older
        or f.similar
        or f.group is not None
        or f.agreement.sectors != ["general"]
        or f.agreement.kind not in named
        # "a comprehensive strategic partnership agreement and an agreement on visas": its
        # own words make it the general one, not a bare repeat of the other
        or f.named_general
    ]


# A list announced as part of a count: "five agreements, including on health and energy".
_PARTIAL = re.compile(
    r"^\W*(?:(?:de cooperation|of cooperation|о сотрудничестве)\W*)?(?:including|notamment"
    r"|dont|among them|parmi lesquels|entre autres|в том числе|включая|в частности)\b"
)
_ONE_ANOTHER = re.compile(
    r"(?:[,;:]\s*(?:(?:and|et|и)\s+)?|\s(?:and|et|и)\s+)(?:one|the other|another|the second"
    r"|a second|a third|a fourth|the third|the fourth|l'un|l'une|l'autre|un autre|une autre"
    r"|le second|la seconde|(?:le|la|un|une) (?:deuxi|troisi|quatri)[eè]me"
    r"|одно|другое|второе|третье)\b"
    # "..., and on the same day another on tourism", «, а также другой о туризме»: a text
    # named by "another" and its domain's preposition, however far from the first
    r"|\s(?=(?:another|un autre|une autre|другой|другое|другую|другая|(?:еще|ещё) (?:один|одно"
    r"|одну|одна))\s+(?:on|in|sur|dans|en|relati\w*|portant|concernant|о|об|в|по)\s)",
    re.IGNORECASE,
)
_ELEMENT = re.compile(r"\s*(?:,|;|\bet\b|\band\b|\bи\b|\bainsi que\b|\bas well as\b)\s*")


def _one_another(scope: str) -> list[list[str]]:
    """ "two agreements: one on X, the other on Y", "un accord ..., un autre relatif à ...":
    each part is an agreement with the sectors it names."""
    parts = [p for p in _ONE_ANOTHER.split(scope) if p.strip()]
    items = [_sectors(p) for p in parts]
    items = [item for item in items if item]
    return items if len(items) >= 2 else []


_PARTNERS_LISTED = re.compile(r"(?:^|\s)(?:with|avec|between|entre|с|со|между)\s", re.IGNORECASE)


def _elements(scope: str, count: int | None = None) -> list[list[str]]:
    """Sectors of each element of an enumeration, the same sector repeated when two
    elements fall in it ("agriculture, élevage et pêche" are three texts).

    With the text's own count of them ("five agreements covering trade, tourism, energy,
    health and immigration") and as many elements, an element the lexicon does not place
    is a text still: its sector is the vector table's guess, else `general`."""
    parts = [part for part in _ELEMENT.split(scope) if part.strip(" .")]
    found = [item for item in map(_sectors, parts) if item]
    if count is None or len(found) == count or len(parts) != count:
        return found
    if _PARTNERS_LISTED.search(parts[0]):
        # "four agreements worth $240 million with the Bank, Japan and the developers of the
        # plant": the list after "with" names partners, no domain of a text to guess
        return found
    return [_sectors(part) or guessed(part) or ["general"] for part in parts]


def _items(scope: str) -> list[list[str]]:
    """ "memorandums on higher education and research and on energy": the preposition
    repeated after "and" starts another agreement; each keeps all the sectors of its part."""
    parts = _NEXT_ITEM.split(scope)
    if len(parts) < 2:
        return []
    items = [_sectors(part) for part in parts]
    return items if all(items) else []


_DOMAIN_INTRO = re.compile(
    r"^\W*(?:(?:de cooperation|of cooperation|cooperation|de partenariat|о сотрудничестве)\s+)?"
    # "Memoranda were signed on tourism", "les accords signés portent sur": the signing told
    # between the texts and their domains
    r"(?:(?:(?:were|have been|had been|ont ete|sont)\s+)?(?:signed|signes|signees|conclus)\s+)?"
    # a list may be announced as partial: "including on", "notamment sur", «в том числе о»
    r"(?:(?:including|notamment|y compris|entre autres|among others|in particular|particularly"
    r"|especially|namely|respectivement|respectively|в том числе|включая|в частности),?\s+)?"
    r"(?:(?:dans|en|in)\s+(?:les?|the)\s+(?:domaines?|secteurs?|fields?|areas?"
    r"|sectors?)\s+(?:de\s+la|de\s+l'|du|des|de|d'|of)|en\s+matiere\s+(?:de|d')"
    r"|(?:relati\w*|touchant|ayant\s+trait|lie[es]{0,2}|consacre[es]{0,2})\s+(?:a\s+la|a\s+l'|aux|au|a)"
    r"|portant\s+(?:\w+\s+)?sur|concernant|sur|on|(?:relating|related|pertaining)\s+to"
    r"|concerning|covering|regarding|в\s+(?:области|сфере|сферах|областях)|о|об|по\s+вопросам"
    # «три документа: по адаптации …, по цифровизации …»: «по» opening a list after a colon
    r"|(?<=:\s)по"
    # "Other memoranda cover meteorology, wildlife ...": the verb that opens a list of domains
    r"|(?:covers?|concernent|portent\s+sur|касаю\w*|затрагива\w*)"
    # "The memoranda cover cooperation on A, B and C", "portent sur la coopération en matière
    # de", «касаются сотрудничества в области»: the cooperation the verb names opens the list
    r"(?:\s+(?:la\s+|the\s+)?(?:cooperation|сотрудничеств\w*)\s+(?:on|in|sur|en\s+matiere\s+de"
    r"|dans\s+le\s+domaine\s+(?:de\s+la|de\s+l'|du|des|de)|в\s+(?:области|сфере|сферах|областях)"
    r"|по))?)\b\s*"  # "ont" is not "on"
)


# Words that open the circumstances of a signing after the last domain of a list.
_CIRCUMSTANCE = re.compile(
    r"\s(?:during|at the|in the presence|on the sidelines|on (?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day|lors d(?:e|u|es)|pendant|au cours|en marge|en presence|a l'occasion|le (?:lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche)|в ходе|во время|на полях|в присутствии)\b"
)
_DOMAIN_WORDS = 6  # "la lutte contre le trafic de drogue" is a domain; a longer run is a clause
_HEAD_WORDS = 4  # "the exemption of visas ...": a longer domain's head, before its qualifiers


_LEADING_ARTICLE = re.compile(r"^(?:(?:de|du|des|la|le|les|of|the|and|et)\s+|[dl]')+")


def _sector_items(scope: str, sectors: list[str]) -> list[list[str]]:
    """One text a sector named ("deux accords, sur l'énergie et la santé"), where no list of
    domains says more; a word that names two sectors ("les périmètres irrigués", "irrigation",
    «орошение»: water and agriculture) names one domain, so one text of both."""
    joint = [
        list(found)
        for _, _, found in sector_spans(fold(scope))
        if len(found) > 1 and set(found) <= set(sectors)
    ]
    items: list[list[str]] = []
    for sector in sectors:
        if not any(sector in item for item in items):
            items.append(next((j for j in joint if sector in j), [sector]))
    return items


def _domain_items(scope: str) -> list[list[str]]:
    """ "accords dans les domaines de l'agriculture, de l'élevage et de la pêche", «в области
    сельского хозяйства, ветеринарии и карантина растений»: one text a domain named, even
    when two domains fall in one sector; an item of the list that joins two domains
    («стандартизации и метрологии, гидрометеорологии») is one text of both."""
    items: list[list[str]] = []
    named: set[tuple[str, ...]] = set()
    for group in _domain_groups(scope):
        key = tuple(_LEADING_ARTICLE.sub("", fold(e).strip()) for e in group)
        sectors = list(dict.fromkeys(s for e in group for s in _domain_sectors(e)))
        if sectors and key not in named:  # a repeated domain once
            named.add(key)
            items.append(sectors)
    return items if len(items) >= 2 else []


# An element ending in "of" and a noun: "the production of vaccines and medicines", where
# a bare noun after "and" is a second object of the same head, not another domain.
_CO_OBJECT = re.compile(r"\s(?:of|de|des|du)\s+[\w-]+$")


def _co_object(previous: str, element: str) -> bool:
    """Whether `element` is a bare noun of the sector of the noun that ends `previous`."""
    bare = len(element.split()) == 1 and not _LEADING_ARTICLE.match(element)
    return bare and _sectors(previous.split()[-1]) == _sectors(element) != []


# Words the lexicon leaves out of free text for their other sense ("в связи с" is "because
# of", «связи» are ties) but that name a domain as an item of a list of domains («в сферах
# транспорта, энергетики и связи»).
# The same for "information": "échange d'informations" is a means, but "dans les domaines de
# l'enseignement supérieur et de l'information" names the media (SPEC: digital) as «связь».
_LISTED_DOMAINS = {
    "связи": ["digital"],
    "связь": ["digital"],
    "information": ["digital"],
    "информации": ["digital"],
}


def _listed_domain(element: str) -> list[str]:
    """The sector of a word `_LISTED_DOMAINS` places, with its article ("de l'information")."""
    return _LISTED_DOMAINS.get(_LEADING_ARTICLE.sub("", fold(element).strip(" ,.")), [])


def _domain_sectors(element: str) -> list[str]:
    return _sectors(element) or _listed_domain(element) or guessed(element)


# "the development of", "la promotion des": a head that says nothing of the domain, so
# the words after it are the ones a long last domain is placed by.
_GENERIC_HEAD = re.compile(
    r"(?i)^\s*(?:(?:on|sur|об?)\s+)?(?:(?:the|la|le|les)\s+|l['’])?(?:development|promotion"
    r"|strengthening|establishment|creation|developpement|développement|renforcement"
    r"|création|mise\s+en\s+place|развити[ея]|укреплени[ея]|создани[ея]"
    # "the fight against transnational crime", "la lutte contre", «борьба с»: the domain is
    # what is fought
    r"|(?:fight|struggle|combat)\s+against|lutte\s+contre|борьб[аыеу]\s+с[о]?"
    # "la coopération dans le domaine des hydrocarbures": the domain is after it
    r"|coop[eé]ration\s+(?:dans\s+les?\s+domaines?|en\s+mati[eè]re|in\s+the\s+(?:fields?"
    r"|areas?))|сотрудничеств[оа]\s+в\s+(?:области|сфере))"
    r"\s+(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])?"
)


def _without_generic_head(element: str) -> str:
    head = _GENERIC_HEAD.match(element)
    return element[head.end() :] if head else element


def _domain_list(scope: str) -> list[str]:
    """The domains after "dans les domaines de", "sur", «в области», up to the first run
    too long to be a domain."""
    return [element for group in _domain_groups(scope) for element in group]


# What separates the items of a list: a comma, "ainsi que", "as well as", «а также»; "et",
# "and", «и» inside an item join two domains of one text.
_ITEM_BREAK = re.compile(r"\s*(?:,|\bainsi que\b|\bas well as\b|\bа также\b)\s*")
_CONJUNCTION = re.compile(r"\s*(?:\bet\b|\band\b|\bи\b)\s*")
_BARE_ARTICLE = re.compile(r"^\s*(?:(?:a|an|the|un|une|des|les?|la|d'|l'|de|du)\s*)?$")
_LONG_ITEM_WORDS = 12  # an item between semicolons says more of its domain than a bare one


def _domain_groups(scope: str) -> list[list[str]]:
    """The domains after "dans les domaines de", "sur", «в области», grouped by agreement.

    The punctuation of the list tells its items: between semicolons ("sur : l'énergie ;
    l'enseignement supérieur et la recherche ; les mines"), each part is one text; between
    commas, a part that joins two domains by "et", "and", «и» before the list's last
    comma is one text of both ("de l'enseignement supérieur et de la recherche, de la
    santé et de l'énergie"), and the last part is its last item after the list's closing
    conjunction ("..., гидрометеорологии и физической культуры и спорта"); a list with no
    comma ("de l'agriculture et de la pêche") is one text a domain."""
    intro = _DOMAIN_INTRO.match(fold(scope[:120]))
    if not intro:
        return []
    rest = re.sub(r"^\s*:", "", scope[intro.end() :])
    complement = re.split(r"[.:()«»\"]", rest, maxsplit=1)[0][:400]
    if re.search(r":\s*по$", fold(scope[: intro.end()]).strip()):
        # «три документа: по адаптации …, по цифровизации … и по поддержке …»: each item
        # repeats «по», and is one text whatever «и» joins inside it
        repeated = re.split(r"(?:,\s*|\s+и\s+)по\s+", complement)
        if len(repeated) >= 2:
            return [[part] for part in repeated if part.strip()]
    if ";" in complement:
        groups = []
        for part in filter(str.strip, complement.split(";")):
            if len(part.split()) > _LONG_ITEM_WORDS:
                break  # too long to be an item of a list of domains
            groups.append([part])
        return groups
    # "..., as well as a memorandum on culture": another text's mention ends the list (the
    # scope may stop at it, and leave its article)
    parts = _listed(p for p in _ITEM_BREAK.split(complement) if not _BARE_ARTICLE.match(fold(p)))
    groups: list[list[str]] = []
    for n, part in enumerate(parts):
        closing = bool(_CONJUNCTION.match(part))  # "..., and culture and sports"
        elements = [e for e in _CONJUNCTION.split(part) if e.strip()]
        kept, ended = _short_domains(elements, more=n < len(parts) - 1)
        if len(parts) == 1:
            groups.extend(_with_co_objects(kept))
        elif n < len(parts) - 1 or closing:
            groups.append(kept)
        else:
            groups.extend([kept[:1], kept[1:]] if len(kept) > 1 else [kept])
        if ended:
            break
    return [g for g in groups if g]


def _listed(parts: Iterable[str]) -> list[str]:
    """The parts between commas that belong to the list, so that its last item is known:
    it ends before another text's mention, a clause, or a part the lexicon places in no
    sector ("covering health, training and farming on Tuesday, on the second day")."""
    out: list[str] = []
    for part in parts:
        if _TRIGGER.search(fold(part)):
            break
        kept, ended = _short_domains([e for e in _CONJUNCTION.split(part) if e.strip()], True)
        if kept:
            out.append(part)
        if ended:
            break
    while out and not _sectors(out[-1]) and not _listed_domain(out[-1]):
        out.pop()
    return out


def _with_co_objects(elements: list[str]) -> list[list[str]]:
    """One group a domain, a bare second object ("the production of vaccines and medicines")
    with the domain of its head."""
    groups: list[list[str]] = []
    for element in elements:
        previous = fold(groups[-1][-1]).strip() if groups else ""
        if _CO_OBJECT.search(previous) and _co_object(previous, fold(element).strip()):
            groups[-1].append(element)
            continue
        groups.append([element])
    return groups


# A place named by its common noun of geography and its proper name ("des eaux du lac
# Titicaca", "du bassin du fleuve Sénégal", "of Lake Victoria", «реки Амударья»): the
# domain's where, which does not make the domain a clause.
_NAMED_PLACE = re.compile(
    r"(?:\s+(?:du|des|de\s+la|de\s+l['’]|d['’]|of\s+the|of)\s*)?"
    r"\b(?:[Ff]leuve|[Rr]ivi[eè]re|[Ll]ac|[Rr]iver|[Ll]ake|[Bb]assin|[Bb]asin|[Рр]ек[аиуе]"
    r"|[Оо]зер[аоуе]|[Бб]ассейн[аеу]?)\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?|du\s+|d['’])?"
    r"[A-ZÀ-ÞА-ЯЁ][\w-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w-]+)*"
)


def _domain_words(element: str) -> int:
    """The words of a domain, a named place in it left out ("la gestion des eaux du lac
    Titicaca" is five words of a domain, not a clause of eight)."""
    return len(_NAMED_PLACE.sub("", element).split())


def _short_domains(elements: list[str], more: bool) -> tuple[list[str], bool]:
    """The elements up to the first run too long to be a domain, that run cut to the domain
    it starts with where it has one, and whether the list ends there.

    A long run the lexicon places by its head, with more items after the next comma ("la
    suppression des visas pour les titulaires de passeports diplomatiques, la pêche et
    l'énergie"), is an item told at length, and the list goes on."""
    out = []
    for n, element in enumerate(elements):
        if _domain_words(element) > _DOMAIN_WORDS:
            # "... and digital payments during the state visit": the last domain, then the
            # circumstances of the signing; a longer run with no such break is a clause
            tail = _CIRCUMSTANCE.search(fold(element))
            if tail and 0 < len(element[: tail.start()].split()) <= _DOMAIN_WORDS:
                out.append(element[: tail.start()])
            elif _sectors(head := " ".join(_without_generic_head(element).split()[:_HEAD_WORDS])):
                # "and the exemption of visas for holders of diplomatic passports": a long
                # domain whose head noun phrase the lexicon places
                out.append(head)
                rest = elements[n + 1 :]
                if all(len(e.split()) <= _DOMAIN_WORDS and _sectors(e) for e in rest):
                    # "... de l'administration publique et la pêche": short domains go on
                    out.extend(rest)
                return out, not more
            return out, True
        out.append(element)
    return out, False


def _guessed_domains(scope: str, every: bool) -> list[str]:
    """Sectors the vector table gives the domains after "dans les domaines de", "sur",
    «в области» that the lexicon left without one; with `every`, only for an
    enumeration whose other elements the lexicon placed (a plural's list of domains)."""
    elements = _domain_list(scope)
    if every and len(elements) < 2:
        return []
    out: list[str] = []
    for element in elements:
        if not _sectors(element):
            out.extend(s for s in guessed(element) if s not in out)
    return out


# "reached agreement on", "came to an agreement": English "agreement" as consent.
_CONSENSUS = re.compile(
    r"\b(?:reach\w*|found|find\w*|came to|come to|coming to|in|broad|full|no)\s+(?:an?\s+)?$"
)
_EXISTING = re.compile(
    r"(?:existants?|existing|current|ранее\s+(?:подписанн|заключенн)\w*|действующ\w*"
    r"|deja signes|already signed|previously signed|signes precedemment|anterieurs?|earlier)\s+$"
)
# A trade carried on under texts of a term, in the bare plural: "buys gas from Qatar under
# long-term contracts", "achète du gaz dans le cadre de contrats à long terme", «покупает газ по
# долгосрочным контрактам»: the way it is bought, no text identified (folded text)
_UNDER_BARE = re.compile(r"(?:\b(?:under|sous|dans le cadre de)|(?:^|\s)по)\s+(?:[\w-]+\s+){0,2}$")
_STANDING_UNDER = re.compile(
    r"(?:\bunder\s+(?:[\w-]+\s+)?(?:long|short|medium|multi)[- ](?:term|year)"
    r"|(?:^|\s)по\s+(?:\w+\s+)?(?:долгосрочн|краткосрочн)\w*)\s+(?:[\w-]+\s+)?$"
)
_TERM_AFTER = re.compile(r"\s+(?:\w+\s+)?[aà] (?:long|court|moyen) terme\b")
_EXISTING_AFTER = re.compile(
    r"^\s*(?:existants?|deja signes|deja conclus|en vigueur|already signed)"
)


def _consensus(word: str, before: str, after: str = "") -> bool:
    """ "Kenya and Uganda reached agreement on the need to ...", "with the agreement of the
    ministry", «пришли к соглашению о необходимости»: a consent, not a text."""
    if (
        (word == "agreement" and _CONSENSUS.search(before))
        or (word == "accord" and _CONSENSUS_FR.search(before))
        or (word.startswith("соглашени") and _CONSENSUS_RU.search(before))
    ):
        # "reached an agreement on a loan of $500 million", «достигли соглашения о кредите»:
        # a financing agreed is a text (its signature follows)
        return not _FINANCING_AFTER.match(after)
    if word in ("agreement", "accord") and re.search(
        r"(?:with|without|avec|sans) (?:the |l')$", before
    ):
        return bool(re.match(r"\s+(?:of|de|du|des)\b", after))
    return word.startswith("соглашени") and bool(
        re.search(r"(?:пришл\w*|прийти|придти|приходят|пришел|пришла) к\s+$", before)
    )


# "sont parvenus à un accord sur la nécessité de ...", «достигли соглашения о необходимости»
_CONSENSUS_FR = re.compile(r"\b(?:parven\w*|parvenir|aboutir|abouti|trouve\w*)\s+(?:a\s+)?un\s+$")
_CONSENSUS_RU = re.compile(r"\b(?:достигли|достигнуто|достигнут\w*|достичь|достигла|достиг)\s+$")
_FINANCING_AFTER = re.compile(
    r"^\s*(?:with\s+(?:the\s+)?[^,.;]{1,40}?\s+|avec\s+[^,.;]{1,40}?\s+|с\s+[^,.;]{1,40}?\s+)?"
    r"(?:on|for|over|sur|pour|о|об|по)\s+(?:(?:an?|the|un|une|le|la)\s+)?(?:[\w$€.,-]+\s+){0,4}?"
    r"(?:loans?|credits?|grants?|financing|facility|bailout|prets?|financement|кредит\w*"
    r"|заем|займ\w*|финансировани\w*)\b"
)


# What is not a text between the story's sides: a declaration to the press, a state's own
# programme («государственная программа», "plan d'action national"), an organisation's
# agreement ("l'accord de l'OMC", "the AfCFTA agreement") or the Paris climate agreement.
_PRESS = re.compile(r"^\s+(?:a la presse|aux medias|to the press|to reporters|для (?:прессы|сми))")
_STATEMENT_BEFORE = re.compile(r"\b(?:dans (?:une|sa|la)|in (?:a|his|her|its|their))\s+$")
_NATIONAL = re.compile(
    r"(?:государственн\w*|национальн\w*|федеральн\w*|national|federal|government)\s+$"
)
_NATIONAL_AFTER = re.compile(r"^\s+(?:nationa(?:l|le|ux|les)|gouvernementa\w*|du gouvernement)\b")
_MULTILATERAL = re.compile(
    r"paris agreement|accords? de paris|парижск\w* соглашени\w*|соглашени\w* по климату"
)
# The world's conventions, treaties and protocols, which the sides may respect or join but
# did not sign with each other: "the Treaty on the Non-Proliferation of Nuclear Weapons",
# «Договор о нераспространении ядерного оружия», "the Convention on the Law of the Sea", "the
# 1951 Refugee Convention", "la Convention de Vienne", "the Kyoto Protocol"
_WORLD_TEXT_AFTER = re.compile(
    r"\s+(?:(?:on|of|relating to|de|du|sur|relati\w* (?:a|au|aux)|о|об|по)\s+"
    r"(?:the\s+|la\s+|le\s+|les\s+|l')?)?(?:non-?proliferation|law of the sea|droit de la mer"
    r"|морскому праву|нераспространени\w*|(?:the\s+)?status of refugees|statut des refugies"
    r"|статусе беженцев|vienne|geneve|vienna|geneva|kyoto|montreal|maputo)\b"
)
_WORLD_TEXT_BEFORE = re.compile(
    r"(?:\b(?:vienna|geneva|kyoto|montreal|maputo|refugees?|non-?proliferation)"
    r"|венск\w*|женевск\w*|киотск\w*|монреальск\w*)\s+(?:(?:1[89]|20)\d\d\s+)?$"
)
# who joins or is party to a text signed by many: "Kenya is a party to the 1951 Refugee
# Convention", "acceded to the treaty", "a adhéré à la convention", «присоединилась к договору»
_MEMBER_OF_BEFORE = re.compile(
    r"\b(?:(?:is|are|was|were|became|become|becoming)\s+(?:a\s+|state\s+)?part(?:y|ies)\s+to"
    r"|acced\w*\s+to|accession\s+to|adhere\w*\s+(?:a|au|aux)|adhesion\s+(?:a|au|aux))\s+"
    r"(?:the\s+|la\s+|le\s+|les\s+|l')?(?:[\w-]+\s+){0,2}$"
    r"|присоедин\w*\s+к\s+(?:[\w-]+\s+){0,2}$"
)
_WORLD_KINDS = ("convention", "protocol", "framework")


# The continent's texts, whoever speaks of them: the African Continental Free Trade Area
_CONTINENTAL = re.compile(
    r"\s+(?:(?:on|de|sur|portant (?:creation de )?)\s+)?(?:la |the )?(?:zone de )?"
    r"(?:libre-echange continental|continental free trade|african continental)"
    r"|\s+(?:o |об )?(?:африканской )?континентальн\w* зон\w* свободной торговли"
)

_CONTINENTAL_BEFORE = re.compile(
    r"(?:continental free trade area|afcfta|zlecaf)\s*(?:\(\w+\)\s*)?$"
)


_BROKERED = re.compile(
    r"-(?:brokered|backed|sponsored|mediated|facilitated|supported|funded|financed|led)\s*$"
)


def _not_bilateral(ctx: Context, unit: Unit, m: re.Match, kind_word: str, before: str) -> bool:
    folded_unit = fold(unit.text)
    after = folded_unit[m.end() : m.end() + 30]
    kind = _KIND_BY_GROUP[m.lastgroup]
    if kind == "declaration" and (_PRESS.match(after) or _STATEMENT_BEFORE.search(before)):
        return True
    if kind == "programme" and (_NATIONAL.search(before) or _NATIONAL_AFTER.match(after)):
        return True
    if _MULTILATERAL.match(folded_unit, max(0, m.start() - 10)) or _MULTILATERAL.search(
        folded_unit[max(0, m.start() - 12) : m.end() + 12]
    ):
        return True
    if _CONTINENTAL.match(folded_unit, m.end()) or _CONTINENTAL_BEFORE.search(before):
        return True  # "l'accord de libre-échange continental africain": the AU's
    if kind in _WORLD_KINDS and (
        _WORLD_TEXT_AFTER.match(folded_unit, m.end())
        or _WORLD_TEXT_BEFORE.search(before)
        or _MEMBER_OF_BEFORE.search(before)
    ):
        return True
    if kind_word.startswith(_CHARTERS):
        return False  # an organisation's charter: `_of_an_organisation` decides
    # "the AfCFTA agreement", "l'accord de l'OMC", "agreement of the WTO"
    left = re.search(r"\S+\s+$", unit.text[max(0, m.start() - 30) : m.start()])
    near = []
    if left and _BROKERED.search(left.group()):
        left = None  # "an AU-brokered agreement": the AU helped two states agree; theirs
    if left:
        a = unit.start + m.start() - len(left.group())
        # "the United Nations Convention on ...": an organisation's name that ends just before
        # a convention, protocol or treaty (a "World Bank agreement" is the bank's with a state)
        reach = 40 if kind in _WORLD_KINDS else 0
        # «подписали с Росатомом соглашение»: the one signed with, not the text's owner
        near += [
            x
            for x in ctx.mentions_in(a - reach, unit.start + m.start())
            if x.end > a and not _signed_with(ctx, x)
        ]
    if re.match(r"\s+(?:de l'|de la |du |des |of the |of )", after):
        near += [
            mention for mention in ctx.mentions_in(unit.start + m.end(), unit.start + m.end() + 22)
        ]
    # an acronym the gazetteer does not know, after "de l'", "of the": "l'accord de l'OMC"
    if re.match(r"\s+(?:de l'|of the )", after) and re.match(
        r"\s+(?:de l'|of the )[A-Z][A-Za-z]{0,5}[A-Z]\b", unit.text[m.end() : m.end() + 20]
    ):
        return True
    near += _zone_organisations(ctx, unit, folded_unit, m.end())
    return any(x.kind == "organisation" and x.code not in MEMBERS for x in near)


# An organisation's trade zone in a text's own words: "l'accord de libre-échange de la zone
# CEFTA", "the agreement on the SADC free trade area", «соглашение о зоне свободной торговли
# СНГ»: the organisation's text, not one between the states the story names.
_ZONE_BEFORE_ORGANISATION = re.compile(
    r"\b(?:zone|espace|area|зон\w*)(?:\s+(?:de\s+libre-echange|of\s+free\s+trade|свободной\s+торговли))?"
    r"\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|of\s+the\s+|of\s+)?$"
)
_ZONE_AFTER_ORGANISATION = re.compile(r"\s+(?:free\s+trade\s+)?(?:area|zone)\b")


def _zone_organisations(ctx: Context, unit: Unit, folded: str, end: int) -> list:
    """Organisations named as the trade zone in the mention's complement (up to a comma)."""
    stop = re.search(r"[.;,]|\s(?:et|and|и)\s", folded[end : end + 60])
    limit = end + (stop.start() if stop else 60)
    return [
        x
        for x in ctx.mentions_in(unit.start + end, unit.start + limit)
        if _ZONE_BEFORE_ORGANISATION.search(folded, end, x.start - unit.start)
        or _ZONE_AFTER_ORGANISATION.match(folded, x.end - unit.start)
    ]


_WITH_JUST_BEFORE = re.compile(
    r"(?<![\w-])(?:с|со|with|avec)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?"
    # "with the company", «с компанией «», «с АО «» (a legal form), «с китайской компанией»
    # (its home's adjective before the word that introduces it), «с зимбабвийской
    # государственной транспортной компанией» (what kind of company it is, too)
    r"(?:(?-i:[a-zà-ÿа-яё]+|[A-ZА-ЯЁ]{2,4})\s+){0,4}[«\"“]?$",
    re.IGNORECASE,
)


def _signed_with(ctx: Context, mention) -> bool:
    """Whether a mention is the object of "with" (« с Росатомом», "avec la BOAD")."""
    return bool(_WITH_JUST_BEFORE.search(ctx.text, max(0, mention.start - 60), mention.start))


# A text whose own clause denies it was on the table: "un accord de défense, évoqué par la
# presse, n'a pas été à l'ordre du jour", "a defence pact was not discussed", «соглашение …
# в повестке дня не стояло» (SPEC: negated mentions are no agreements; a text "not yet
# signed" is still planned, so signing is not among these predicates). Read on folded text,
# within the mention's sentence, its predicate coming first after the mention.
_NEGATED_AFTER = re.compile(
    r"[^.;!?]{0,160}?\s(?:"
    r"n'(?:a|ont|avait|avaient|etait|etaient)\s+pas\s+ete\s+(?!seulement)"
    r"(?:a\s+l'ordre\s+du\s+jour|inscrits?\s+a|abordee?s?|discutee?s?|examinee?s?"
    r"|evoquee?s?)"
    r"|ne\s+(?:figur\w+|etai\w+|est|sont)\s+pas\s+(?:a\s+l'ordre\s+du\s+jour|au\s+menu"
    r"|inscrit)"
    r"|(?:(?:was|were|is|are)\s+not|(?:has|have)\s+not\s+been)\s+(?!only)"
    r"(?:on\s+the\s+agenda|discussed|examined|raised|taken\s+up)"
    r"|did\s+not\s+(?:figure|feature|come\s+up|make\s+(?:it\s+)?(?:on)?to\s+the\s+agenda)"
    r"|(?:was|were)\s+(?:left|kept)\s+off\s+the\s+agenda"
    r"|(?:не\s+было\s+в\s+повестк|не\s+(?!только)(?:стоял|обсуждал|рассматривал"
    r"|включ\w+\s+в\s+повестк|вош[её]л\w*\s+в\s+повестк)"
    # «в повестку не вошёл»: the agenda first, the denied verb after it
    r"|в\s+повестк\w*(?:\s+дня)?\s+не\s+(?:вош[её]л|включ|попал|стоял)\w*))"
)


def _signed_right_after(folded: str, end: int) -> bool:
    """Whether the mention ending at `end` is told signed by its very next words ("signed",
    "was signed", "a été signé", «был подписан»), an adjective after it allowed ("un accord
    tripartite a été signé")."""
    adjective = _ONE_WORD.match(folded, end)
    return any(
        _OWN_SIGNING_AFTER.match(folded, at)
        or _SIGNED_PASSIVE_AFTER.match(folded, at)
        or _SIGNED_PASSIVE_AFTER_RU.match(folded, at)
        for at in ((end, adjective.end()) if adjective else (end,))
    )


_ONE_WORD = re.compile(r"\s+[^\W\d_][\w-]*(?=\s)")


# An older text a new one replaces, told by an indefinite article with neither name nor
# year ("the contract, which replaces a supply deal that expires in 2026", "le contrat, qui
# remplace un accord arrivé à échéance"): not a text of the event, nor one the text
# identifies ("replaces the 2018 agreement" is read as an older text by its year)
_REPLACED_BEFORE = re.compile(
    r"\b(?:replac(?:e|es|ed|ing)|supersed(?:e|es|ed|ing)|remplac(?:e|ent|era|eront|ait|ant))"
    r"\s+(?:an?|un|une)\s+(?:[\w'-]+\s+){0,3}$"
)


def _off_the_table(folded: str, end: int) -> bool:
    """Whether the clause after a mention ending at `end` denies it was on the table
    (`_NEGATED_AFTER`), the text not being told signed before the denial: «контракт по
    которому … был подписан в 2023 году, на встрече не обсуждался», "the accord, signed in
    2019, was not discussed" name a text that exists, only not discussed that day."""
    negated = _NEGATED_AFTER.match(folded, end)
    if negated is None:
        return False
    signed = _OWN_SIGNING.search(folded, end, negated.end())
    return signed is None or bool(
        _NEGATIVE.search(folded, max(end, signed.start() - 12), signed.start())
    )


# A text only reported, the report then denied in its sentence: "reports of a secret
# agreement ceding two blocks, which the minister denied", "des informations faisant état
# d'un accord secret …, le ministre a démenti", «сообщения о секретном соглашении …
# министр опроверг» (SPEC lists the agreements a text identifies, not rumours it refutes).
# Read on folded text: the report just before the mention, the denial after it, or before
# the report ("said no agreement had been signed, after local media reported a deal", "a
# assuré qu'aucun accord n'avait été signé, après que la presse a fait état d'un accord").
_REPORTED_BEFORE = re.compile(
    r"(?:faisant\s+etat\s+d['e]|(?:informations?|rumeurs?|allegations?)\s+(?:sur|selon\s+"
    r"lesquelles|concernant|d['e])|(?:reports?|rumou?rs?|claims?|allegations?)\s+"
    # who reported may stand between: "reports by some media of", «сообщения ряда СМИ о»
    r"(?:(?:by|in|from)\s+(?:[\w'-]+\s+){1,3}?)?(?:of|about|that)"
    r"|(?:сообщени|слух|информаци|публикаци)\w*\s+(?:[\w-]+\s+){0,3}?об?"
    # the report told by its verb: "X had been reported to be close to an agreement", "X
    # reportedly signed", "media reported", "des médias ont rapporté", «СМИ сообщали о»,
    # "selon des informations de presse, X serait", «по сообщениям СМИ»
    r"|\breported(?:ly)?|(?:a|ont|avai\w+)\s+(?:rapporte|fait\s+etat\s+d['e])"
    r"|(?:сообщил|сообщал|писал)\w*\s+о"
    # the report's clause: «издания писали, что …», "media reported that …", "des médias ont
    # écrit que …"
    r"|(?:сообщал|писал)\w*,?\s+что|\breported\s+that|(?:ont|a|avai\w+)\s+(?:ecrit|rapporte)\s+qu"
    r"|selon\s+(?:des|certaines|plusieurs)\s+(?:informations|sources|medias)"
    r"|по\s+(?:сообщениям|данным|информации)\s+(?:сми|прессы|источников))"
    r"[\s,]*(?:[\w'’-]+,?\s+){0,8}?$"
)
# A signing told as never made: "it had never been signed", "no memorandum or agreement of
# any kind has been signed", "aucun mémorandum ni accord n'a été signé", «никакого соглашения
# … подписано не было» (folded; "no such document" is `_NO_SUCH_TEXT`)
_NONE_SIGNED = (
    r"(?:had|has|was|were|have)\s+(?:never|not)\s+(?:been\s+)?signed"
    r"|\bno\s+[^.;!?]{0,80}?\b(?:has|have|had|was|were)\s+(?:ever\s+)?been\s+signed"
    r"|aucun\w*\s+[^.;!?]{0,80}?\bn['e]\s*(?:avait|avaient|a|ont)\s+ete\s+signe"
    r"|никак\w+\s+[^.;!?]{0,80}?(?:не\s+(?:было|был\w*)\s+подписан|подписан\w*\s+не\s+было)"
)
# The denial of a text by what it says: "a spokesman said no such document had been signed",
# "qu'aucun document de ce type n'avait été signé", «никакого такого соглашения не
# обсуждалось»; it points back to the text, from its own sentence or the next one.
_NO_SUCH_TEXT = (
    r"no\s+such\s+(?:\w+\s+)?(?:document|agreement|deal|text|accord|contract|memorandum)\w*"
    r"|aucun(?:e)?\s+(?:tel(?:le)?\s+)?(?:document|accord|texte|contrat)\s+(?:de\s+ce\s+type\s+)?"
    r"n['e]\s*(?:avait|a)\s+(?:jamais\s+)?ete\s+(?:signe|discute|negocie|evoque)"
    r"|никак\w*\s+(?:подобн\w*\s+|таког\w*\s+)?(?:соглашени|документ|договор|контракт"
    r"|меморандум)\w*\s+не\s+(?:подписыва|обсужда|заключа)\w*"
)
_NO_SUCH = re.compile(rf"[^.;!?]{{0,200}}?(?<!\w)(?:{_NO_SUCH_TEXT})(?!\w)")
_DENIED_AFTER = re.compile(
    r"[^.;!?]{0,200}?(?<!\w)(?:(?:a|ont|avait)\s+dementi|dement(?:i|ent|ait)|denied|denies"
    rf"|опроверг\w*|{_NO_SUCH_TEXT}|{_NONE_SIGNED})(?!\w)"
)
# before a report, only the text told as never made denies the text the report tells of
# ("denied reports that the agreement had been suspended" denies the suspension)
_NONE_SIGNED_BEFORE = re.compile(rf"(?<!\w)(?:{_NO_SUCH_TEXT}|{_NONE_SIGNED})(?!\w)")


# The next sentence denies the reports themselves: "The ministry denied these reports", "Le
# ministère a démenti ces informations", «В МИД эти сообщения опровергли» (folded)
_REPORTS_WORD = (
    r"(?:these|those|the|such)\s+(?:media\s+|press\s+)?(?:reports?|claims?|rumou?rs?)"
    r"|(?:ces|ses|les)\s+(?:informations|rumeurs|allegations|articles)"
    r"|(?:эти|эту|данные|такие)\s+(?:сообщени|информаци|публикаци|слух)\w*"
)
_DENIAL_WORD = r"(?:denied|denies|dismissed|refuted|(?:a|ont)\s+dementi|dement\w*|опроверг\w*)"
_THESE_REPORTS_DENIED = re.compile(
    rf"(?<!\w)(?:{_DENIAL_WORD}\s+(?:[\w'-]+\s+){{0,2}}?(?:{_REPORTS_WORD})"
    rf"|(?:{_REPORTS_WORD})\s+(?:[\w'-]+\s+){{0,2}}?{_DENIAL_WORD})(?!\w)"
)


def _denied_report(folded: str, start: int, end: int, all_units: list[Unit], i: int) -> bool:
    """Whether the mention from `start` to `end` is what a report told just before it says
    (`_REPORTED_BEFORE`) and its sentence denies, after the mention (`_DENIED_AFTER`) or, as a
    text never made, before the report (`_NONE_SIGNED_BEFORE`); or the next sentence says no
    such text exists ("… reported to be close to a second agreement. A spokesperson said no
    such agreement had been discussed.")."""
    report = _REPORTED_BEFORE.search(folded, max(0, start - 80), start)
    if report is None:
        return False
    if _DENIED_AFTER.match(folded, end):
        return True
    if i + 1 < len(all_units) and (
        _NO_SUCH.match(fold(all_units[i + 1].text))
        or _THESE_REPORTS_DENIED.search(fold(all_units[i + 1].text))
    ):
        return True
    sentence = max(folded.rfind(stop, 0, report.start()) for stop in ".;!?") + 1
    return bool(_NONE_SIGNED_BEFORE.search(folded, sentence, report.start()))


# The denial first, then the report it denies, then the text the report told of: "denied
# reports of an alleged defence agreement", "a démenti les informations faisant état d'un
# accord", «опроверг сообщения СМИ о якобы подписанном соглашении» (SPEC lists the agreements
# a text identifies, not rumours it refutes). Read on folded text, in the mention's clause.
_REPORT_DENIED_BEFORE = re.compile(
    r"(?<!\w)(?:(?:a|ont|avait)\s+dementi|dement(?:i|ent|ait)|denied|denies|denying|dismissed"
    r"|rejected|refuted|опроверг\w*|отверг\w*)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:reports?|rumou?rs?|claims?|allegations?|informations?|rumeurs?|articles?"
    r"|сообщени\w*|слух\w*|информаци\w*|публикаци\w*|утверждени\w*)(?!\w)"
    # no signing of its own after the report: "denied reports of tension and signed an
    # agreement" signs one ("reports of an allegedly signed agreement" is still the report's)
    # nor a clause of what the report says ("denied reports that the agreement had been
    # suspended": the agreement exists) nor a comma ("which denied the rumours, signed …")
    r"(?:(?!(?:and|et|и|but|mais|но|then|puis|затем)\s+(?:[\w'-]+\s+){0,2}?(?:sign|conclu|paraph"
    r"|ink|a\s+sign|ont\s+sign|подпис|заключ|парафир)|(?:that|que|qu['’]|selon|что)(?!\w))"
    r"[^.;!?,]){0,160}$"
)


# The denied report's clause telling the signing itself: "denied reports in the press that a
# memorandum on transit had been signed", "a démenti les informations selon lesquelles un
# mémorandum avait été signé" (the report's "that" clause, which `_REPORT_DENIED_BEFORE`
# leaves to a text the report says exists, here says the text is the report's).
_REPORT_DENIED_THAT = re.compile(
    r"(?<!\w)(?:(?:a|ont|avait)\s+dementi|dement(?:i|ent|ait)|denied|denies|denying|dismissed"
    r"|rejected|refuted|опроверг\w*|отверг\w*)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:reports?|rumou?rs?|claims?|allegations?|informations?|rumeurs?|articles?"
    r"|сообщени\w*|слух\w*|информаци\w*|публикаци\w*|утверждени\w*)(?!\w)[^.;!?]{0,80}?"
    r"(?:that|selon\s+lesquel\w+|que|qu['’]|что)\s+(?:[\w'-]+\s+){0,3}$"
)
_SIGNED_AFTER_REPORT = re.compile(
    r"[^.;!?]{0,120}?\b(?:had|has|have|was|were)\s+(?:already\s+)?been\s+(?:signed|concluded"
    r"|initialled|initialed)\b|[^.;!?]{0,120}?\b(?:avai(?:t|ent)|a|ont)\s+(?:deja\s+)?ete\s+"
    r"(?:signee?s?|conclue?s?|paraphee?s?)(?!\w)"
    # or its signing to come: "that a new agreement was about to be signed", "qu'un accord
    # allait être signé", «что соглашение будет подписано»
    r"|[^.;!?]{0,120}?\b(?:(?:was|were|is|are)\s+(?:about|due|set|going)\s+to\s+be|would\s+(?:soon\s+)?be"
    r"|(?:was|were|is|are)\s+to\s+be)\s+(?:signed|concluded|initialled|initialed)\b"
    r"|[^.;!?]{0,120}?\b(?:allai(?:t|ent)|devai(?:t|ent)|va|vont)\s+(?:bientot\s+)?etre\s+"
    r"(?:signee?s?|conclue?s?|paraphee?s?)(?!\w)|[^.;!?]{0,120}?\bseraie?n?t\s+(?:bientot\s+)?"
    r"(?:signee?s?|conclue?s?|paraphee?s?)(?!\w)"
    r"|[^.;!?]{0,120}?(?:будет|будут|вот-вот\s+будет)\s+(?:подписан\w*|заключен\w*)"
)


# The denial of one's own signing, the text its object: "a démenti mercredi avoir signé un
# accord de prêt", "denied having signed a loan agreement", "denied signing a deal",
# «опроверг подписание соглашения» (SPEC lists what was signed, not what a side says it never
# signed). Read on folded text, the mention just after the signing word.
_DENIED_SIGNING = re.compile(
    r"(?<!\w)(?:dementi|dement(?:ent|ait|aient)|denied|denies|denying|опроверг\w*|отрица\w*)"
    r"\s+(?:[\w'-]+\s+){0,2}?(?:(?:d')?avoir\s+(?:jamais\s+)?(?:signe|conclu|paraphe)"
    r"|(?:having\s+(?:ever\s+)?)?(?:signed|signing|concluded|concluding|inked|inking)"
    r"|(?:факт\s+)?(?:подписани|заключени)\w*)\s+(?:[\w'-]+\s+){0,2}?$"
)
# ... or its signing told before the mention: "rejected media reports that Dakar had signed a
# long-term supply deal", "a démenti les informations selon lesquelles Dakar aurait signé un
# contrat", «опроверг сообщения о том, что Дакар подписал долгосрочный контракт»
_REPORT_DENIED_SIGNING = re.compile(
    r"(?<!\w)(?:(?:a|ont|avait)\s+dementi|dement(?:i|ent|ait)|denied|denies|denying|dismissed"
    r"|rejected|refuted|опроверг\w*|отверг\w*)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:reports?|rumou?rs?|claims?|allegations?|informations?|rumeurs?|articles?"
    r"|сообщени\w*|слух\w*|информаци\w*|публикаци\w*|утверждени\w*)(?!\w)[^.;!?]{0,80}?"
    r"(?:(?:that|selon\s+lesquel\w+|que|qu['’])\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:(?:had|has|have|was|were)\s+(?:already\s+)?(?:signed|concluded|inked|agreed)"
    r"|(?:aurai(?:t|ent)|avai(?:t|ent)|a|ont)\s+(?:deja\s+)?(?:signe|conclu)\w*)"
    r"|что\s+(?:[\w-]+\s+){0,4}?(?:подписал|заключил)\w*)"
    r"\s+(?:[\w'-]+\s+){0,5}$"
)


def _report_denied_before(folded: str, start: int, end: int) -> bool:
    """Whether the mention at `start` is what a denied report told of (`_REPORT_DENIED_BEFORE`
    in its sentence before it), or the text whose signing a denied report told
    (`_REPORT_DENIED_THAT`, the signing after the mention ending at `end`)."""
    if _DENIED_SIGNING.search(folded, max(0, start - 120), start) or _REPORT_DENIED_SIGNING.search(
        folded, max(0, start - 240), start
    ):
        return True
    return bool(_REPORT_DENIED_BEFORE.search(folded, max(0, start - 240), start)) or bool(
        _REPORT_DENIED_THAT.search(folded, max(0, start - 240), start)
        and _SIGNED_AFTER_REPORT.match(folded, end)
    )


def _existing(word: str, before: str, after: str) -> bool:
    """ "la mise en œuvre des accords existants", "existing agreements", «ранее подписанных
    соглашений», «выполнение союзных программ»: a plural of older texts that identifies
    none of them (one whose domains or year follow is identified)."""
    plural = bool(_PLURAL.search(word.split()[0]))
    carried_out = bool(_CARRIED_OUT.search(before)) and not (
        _DOMAIN_INTRO.match(after)
        or re.match(r"\W*(?:de |of |от )?(?:1[89]|20)\d\d", after)
        # "the implementation of the agreement between Russia and Egypt on atomic energy"
        or _PARTNER_THEN_DOMAIN.match(f"{word}{after}")
        # "the memorandum of understanding on defence cooperation signed in March"
        or _OWN_SIGNING.search(re.split(r"[.;]", after, maxsplit=1)[0])
    )
    return carried_out or (
        plural
        and bool(
            _EXISTING.search(before)
            or _EXISTING_AFTER.match(after)
            or _STANDING_UNDER.search(before)
            or (_UNDER_BARE.search(before) and _TERM_AFTER.match(after))
        )
    )


# The carrying out of texts already in force: "la mise en œuvre des", «выполнение».
_CARRIED_OUT = re.compile(
    r"(?:mise en (?:oeuvre|œuvre)|implementation|implementing|execution|выполнени\w*"
    r"|реализаци\w*|исполнени\w*)\s+(?:des\s+|of\s+(?:the\s+)?|the\s+)?(?:[\w-]+\s+)?$"
)


_CHARTERS = ("charte", "charter", "устав")


def _of_an_organisation(ctx: Context, unit: Unit, m: re.Match) -> bool:
    """ "la Charte des Nations unies", "the AU Constitutive Act": the founding text of an
    organisation the story's states belong to, not an agreement between them (an alliance
    of theirs, whose members are its sides, keeps its charter)."""
    if not m.group().startswith(_CHARTERS):
        return False
    start, end = unit.start + m.end(), unit.start + m.end() + 40
    return any(
        mention.kind == "organisation" and mention.code not in MEMBERS
        for mention in ctx.mentions_in(start, end)
    )


def _verb_not_treaty(text: str, m: re.Match) -> bool:
    """ "traite"/"sera traité" are the verb (to deal with), "un traité" the noun (treaty)."""
    if not m.group().startswith("traite"):
        return False
    verb_before = re.search(
        r"\b(?:sera|seront|est|sont|a|ont|été|être|soit)\s+$",
        text[max(0, m.start() - 10) : m.start()],
    )
    return bool(verb_before) or not text[m.start() : m.end()].lower().startswith("traité")


def _inside_body_name(folded: str, at: int) -> bool:
    """ "Comité de suivi des accords" names a body, not an agreement; so does "Collective
    Security Treaty Organization", «Организация Договора о коллективной безопасности». So
    does the committee that follows up one text: "le comité mixte de suivi de l'accord"."""
    return bool(
        re.search(
            # (a treaty's summit too: "la 8e Conférence au sommet du Traité d'amitié", "the
            # Summit Conference of the Treaty of Friendship", «саммит Договора о дружбе»)
            r"(?:comite|commission|committee|conference|summit)\s+(?:\w+\s+){0,4}"
            r"(?:des|of|of the|de l'|du)\s*$|(?:саммит|конференци)\w*\s+$"
            r"|(?:organisation|organization|организаци\w*)\s+(?:du\s+|of\s+the\s+)?$",
            folded[max(0, at - 60) : at],
        )
        or re.match(r"[\w ]{0,40}\b(?:treaty organi[sz]ation)", folded[at : at + 60])
    )


def _body_sectors(text: str, scope: str) -> list[str]:
    """Sectors of the body an agreement creates ("accord portant création de la commission
    de coopération économique"), from its name here or where the text (up to the sentence)
    names it in full, or
    from the ministers it sits with ("a council that meets at the level of foreign
    ministers" holds political consultations: diplomacy)."""
    return list(
        _commission_sectors(scope[:400]) or _level_sectors(scope[:400]) or _commission_sectors(text)
    )


# "at the level of foreign ministers", "au niveau des ministres de la Défense", «на уровне
# министров иностранных дел»: whose portfolio a body's meetings sit at
_MINISTERS_LEVEL = re.compile(
    r"(?:at\s+the\s+level\s+of|au\s+niveau\s+des|на\s+уровне)\s+(?:the\s+)?"
    r"(?P<who>(?:[\w-]+\s+){0,2}?(?:ministers|ministres|министров)(?:\s+[\w'’-]+){0,3})",
    re.IGNORECASE,
)


def _level_sectors(scope: str) -> tuple[str, ...]:
    """The sectors of the portfolio at whose level a body meets ("foreign ministers" is
    foreign affairs, which the portfolio vocabulary reads from its longer name)."""
    level = _MINISTERS_LEVEL.search(scope)
    if not level:
        return ()
    who = re.sub(r"(?i)\bforeign(?=\s+ministers)", "foreign affairs", level["who"])
    return tuple(sectors_of(who))


@lru_cache(maxsize=64)
def _commission_sectors(text: str) -> tuple[str, ...]:
    """The sectors of the first commission named with some; cached per document, so a
    tuple: a caller that extends its agreement's sectors must not change the cached ones."""
    folded = fold(text)
    for m in _COMMISSION_NAME.finditer(folded):
        end = m.end()
        # the name ends where a verb or another text begins: "the Joint Commission, signed in
        # 2023, and the Agreement on Visas", "the Commission was held at the Ministry of
        # Foreign Affairs" name no visas and no foreign affairs of the commission's
        cut = _NAME_END.search(folded, m.start(), end)
        trigger = _TRIGGER.search(folded, m.start() + 1, end)
        end = min([end] + [x.start() for x in (cut, trigger) if x])
        sectors = _sectors(text[m.start() : end])
        if sectors:
            return tuple(sectors)
    return ()


# where a commission's name ends: its verb, a relative clause, a participle after a comma,
# a new coordinated phrase (folded text)
_NAME_END = re.compile(
    r",?\s+(?:was|were|is|are|will|would|shall|has|have|had|which|that|who|signed|held|met"
    # "the Joint Commission ended in Accra after two days devoted to roads": the verbs that
    # open and close a meeting end the name as "held" does
    r"|ended|closed|concluded|opened|began|convened|wrapped"
    r"|est|sont|a|ont|sera|seront|s'est|s'\w+|se|qui|signee?s?|tenue?s?|reunie?s?"
    r"|был\w?|будет|прош[её]?л\w*|состоял\w*|котор\w+|подписан\w*|провел\w*"
    r"|заверш\w*|открыл\w*|начал\w*)\b"
    r"|,\s+(?:and|et|и)\s"
)


# A lender's name names no domain: "Export-Import Bank of China", "Banque ouest-africaine
# de développement", "fonds d'investissement", «инвестиционный фонд», «Эксимбанк».
_LENDER = re.compile(
    r"(?:[Bb]anque|[Bb]ank|[Ff]onds|[Ff]und|[Бб]анк\w*|[Фф]онд\w*)\b[^,.;()]{0,40}?"
    r"\b(?:d[ée]veloppement|[Dd]evelopment|развити\w*|[Rr]econstruction)"
    # French puts the purpose's own words after it, a name when its reach closes them: "le
    # Fonds koweïtien pour le développement économique arabe" (not "le Fonds de coopération
    # pour le développement économique", whose loans are the economy's)
    r"(?:(?:\s+(?:et\s+)?(?:[ée]conomique|social))*\s+(?:arabe|international|africain)\b)?"
    # English puts the purpose first: "Asian Development Bank", "Economic Development
    # Cooperation Fund"
    r"|(?:[A-Z]\w+\s+)?Development(?:\s+[A-Z]\w+){0,2}?\s+(?:Bank|Fund)\b"
    r"|[Ee]xport-[Ii]mport [Bb]ank|[Ee]xim\s*[Bb]ank|[Ээ]ксимбанк\w*"
    r"|(?:fonds|fund|банк\w*|фонд\w*) (?:d'|for |of )?(?:investissement|investment)s?"
    r"|(?:investment|sovereign|souverain|инвестиционн\w*|суверенн\w*) (?:fund|fonds|фонд\w*)"
    r"|fonds souverain|banque d'investissement|investment bank"
    # who belongs to a lender ("a member of the bank", "membre de la banque", «в число
    # участников банка»): a membership, not banking
    r"|(?:members?|shareholders?)\s+of\s+the\s+(?:bank|fund)"
    r"|(?:membres?|actionnaires?)\s+(?:de\s+la\s+banque|du\s+fonds)"
    r"|(?:участник|член|акционер)\w*\s+(?:банк|фонд)\w*"
)


# Building is the work, not the domain, when what is built names one: "la construction d'un
# hôpital" is health, «строительство АЭС» nuclear; "la construction de routes" stays
# infrastructure.
_WORK = re.compile(
    r"construction|construire|building|build|built|equipement|equipment|rehabilitation"
    r"|réhabilitation|строительств\w*|сооружени\w*"
)
# A loan, a credit or financing is what pays, not what a text is about, when the text names
# what it pays for: "a loan to finance housing units" is infrastructure, «кредит на поставку
# удобрений» agriculture; "un accord de financement" alone stays economy.
# So are the terms of a supply, its price and its payment: "to supply crude oil on deferred
# payment terms" is energy, "setting the tariff of the dam" energy; "on tariffs" stays trade.
_MEANS = re.compile(
    r"loans?|credits?|кредит\w*|financ\w*|funding|финансировани\w*"
    r"|payments?|paiements?|платеж\w*|tarif\w*|tariffs?|тариф\w*"
)


# A common noun of geography before a proper name names a place, not a domain: "le pont sur
# le fleuve Congo", "the pipeline to Port Sudan", «мост через реку Конго».
_PLACE_NAME = re.compile(
    # "les forêts du bassin du Congo" are forests, not a basin's water; nouns of geography
    # may follow one another before the name ("le bassin du lac Tchad", «бассейн озера Чад»)
    r"\b(?:(?:[Ff]leuve|[Rr]ivi[eè]re|[Ll]ac|[Pp]ort|[Bb]aie|[Gg]olfe|[Rr]iver|[Ll]ake|[Bb]ay"
    r"|[Gg]ulf|[Bb]assin|[Bb]asin|[Рр]ек[аиуе]|[Оо]зер[аоуе]|[Пп]орт|[Бб]ассейн[аеу]?)\s+"
    r"(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?|du\s+|d['’])?)+(?=[A-ZÀ-ÞА-ЯЁ][\w-]+)"
    r"|(?<=\w\s)River\b"  # a capital River inside a sentence ends a name: "the Paraguay River"
)
# The people an agreement serves, once a domain has been named before them: "la
# scolarisation des enfants réfugiés" is education, not social action or migration.
_BENEFICIARIES = re.compile(
    r"(?:enfants?|children|child|femmes?|women|jeunes|youth|refugies?|refugees?|deplace\w*"
    r"|displaced|дет(?:и|ей|ям|ьми)|женщин\w*|беженц\w*|переселенц\w*"
    # "la formation des marins", "vocational training for workers": education
    r"|marins?|seafarers?|моряк\w*|travailleurs?|workers?|трудящ\w*)"
)


# A lender the text founds or gives its statutes, the object of the text and not who signs
# it: «Устав инвестиционного фонда», «договор об учреждении совместного инвестиционного
# фонда», "the charter of the investment fund", "l'accord portant création d'un fonds
# d'investissement".
_FOUNDED_BEFORE = re.compile(
    r"(?:устав\w*|учреждени\w*|создани\w*|charter|charte|statuts?|establish\w*|creat\w*"
    r"|cr[ée]ation|cr[ée]er|set(?:ting)?\s+up|instituant)"
    r"\s+(?:of\s+|du\s+|de\s+(?:la\s+|l['’])?|d['’]|des\s+)?(?:the\s+|an?\s+|une?\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


# A side's parent company, named in the apposition that describes the side ("Base X, filiale
# de l'américain Energy Y", "a subsidiary of the Turkish group Power Z", «дочерняя компания
# «Энерго Х»»; the parent is no party, `gazetteer._without_described_parents`)
_PARENT_NAMED = re.compile(
    r"\b(?:filiale|subsidiary|affiliate)\s+(?:of|de|du|d['’])\s+(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?:(?:groupe?|group)\s+)?(?:[a-zà-ÿ-]+\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}"
    r"|дочерн\w*\s+(?:компани|структур|предприяти)\w*\s+[«\"]?[A-ZА-ЯЁ][^»\",.;]{0,40}"
)


def _without_signers(text: str) -> str:
    """`text` with ministries', lenders' and parent companies' names blanked ("signé par le
    ministre de la Santé", "with the Export-Import Bank of China", "filiale de l'américain
    Energy Fuels"), and a membership of a lender: who signs is not what is signed; a lender
    the text founds is what is signed (`_FOUNDED_BEFORE`)."""
    text = _MINISTRY.sub(lambda m: " " * len(m.group()), text)
    text = _PARENT_NAMED.sub(lambda m: " " * len(m.group()), text)
    return _LENDER.sub(
        lambda m: (
            m.group()
            if _FOUNDED_BEFORE.search(text, max(0, m.start() - 60), m.start())
            else " " * len(m.group())
        ),
        text,
    )


def _means_only(text: str) -> bool:
    """Whether the only sector words of a sentence are a loan's or a credit's, what pays
    ("The loan agreement for that phase was signed with the Exim Bank")."""
    folded = fold(_without_signers(text))
    spans = sector_spans(folded)
    return bool(spans) and all(_MEANS.fullmatch(folded[a:b]) for a, b, _ in spans)


# A text whose object is told by a possessive pronoun, the thing named before it in the
# sentence: "As for the pipeline, the agreement on its construction ...", «Что касается
# газопровода, то соглашение о его строительстве ...», "Quant au gazoduc, l'accord relatif à sa
# construction ..."
_KIND_WORDS = (
    r"(?:agreements?|accords?|conventions?|protocols?|protocoles?|memorand\w*|m[ée]morandums?"
    r"|treat(?:y|ies)|trait[ée]s?|contracts?|contrats?|соглашени\w*|протокол\w*|меморандум\w*"
    r"|договор\w*|контракт\w*|конвенци\w*)"
)
_OF_ITS = re.compile(
    rf"(?i){_KIND_WORDS}\s+(?:on|for|of|sur|relati(?:f|ve)\s+[àa]|pour|о|об|по)\s+"
    r"(?:its|their|sa|son|ses|leur|leurs|его|её|ее|их)\s+[^\W\d_]+"
)
# an amendment of the text just told, by a pronoun: "a protocol amending it", «протокол о
# внесении в него изменений», "un protocole le modifiant"
_AMENDING_IT = re.compile(
    rf"(?i){_KIND_WORDS}\s+(?:amending\s+it\b|(?:le|la|l['’])\s*(?:modifiant|amendant)"
    r"|о\s+внесении\s+(?:в\s+него|в\s+неё|в\s+нее|в\s+них)\s+изменени)"
)


def with_pronoun_domains(found: list[Agreement]) -> None:
    """The domain of a text told by a pronoun: the thing its sentence names before it ("As for
    the pipeline, the agreement on its construction": energy, not the works alone); and an
    amendment of the text just told, by a pronoun, is in that text's domains."""
    previous: Agreement | None = None
    for agreement in found:
        evidence = agreement.evidence or ""
        # (its own title says which of the sentence's texts it is, where it has one)
        amending = _AMENDING_IT.search(agreement.title or evidence)
        told = _OF_ITS.search(evidence)
        if told and agreement.title and not _OF_ITS.search(agreement.title):
            told = None
        if amending and previous is not None and agreement.kind != previous.kind:
            agreement.sectors = list(previous.sectors)
        elif told and not amending:
            topic = [s for s in _sectors(evidence[: told.start()]) if s != "general"]
            own = set(agreement.sectors) - {"general", "infrastructure"}
            if topic and not own:
                agreement.sectors = topic
        previous = agreement


def _sectors(text: str) -> list[str]:
    """Sectors of a phrase, ministries' and lenders' names left out (`_without_signers`)."""
    text = _without_signers(text)
    # a phrase of a domain that runs into the place's noun keeps it: "la protection du lac
    # Tchad", "protecting Lake Victoria" (the lake kept from harm, not a lake's water)
    phrases = [(a, b) for a, b, _ in sector_spans(fold(text))]
    placeless = _PLACE_NAME.sub(
        lambda m: m.group() if any(a < m.start() < b for a, b in phrases) else " " * len(m.group()),
        text,
    )
    # "la gestion du fleuve Gambie": a river that is all the text names is its domain
    text = placeless if placeless == text or sector_spans(fold(placeless)) else text
    text = _without_beneficiaries(text)
    text = _without_side_descriptions(text)
    folded = fold(text)
    spans = sector_spans(folded)
    work = [s for s in spans if _WORK.fullmatch(folded[s[0] : s[1]])]
    if not any("infrastructure" not in s[2] for s in spans if s not in work):
        work = []
    means = [s for s in spans if _MEANS.fullmatch(folded[s[0] : s[1]])]
    if len(means) < len(spans):
        work += means
    if work:
        text = "".join(
            " " * len(c) if any(a <= i < b for a, b, _ in work) else c for i, c in enumerate(text)
        )
    return sectors_of(text)


# What a company is, said before its name: "la compagnie pétrolière nationale NNPC", "the
# Nigerian state oil company NNPC", «нефтехимической корпорацией Pequiven». The words name
# the side, not what the text signed with it is about ("pour la fourniture d'engrais").
# (the name itself may come blanked, as the names of the sides are where sectors are read)
_NAME_AFTER = r"(?=\s+[«\"“A-ZА-ЯЁ]|\s{2,})"
_SIDE_DESCRIPTION = re.compile(
    r"\b(?:soci[ée]t[ée]|compagnie|entreprise|groupe|firme|corporation|op[ée]rateur)"
    r"(?:\s+(?!pour\b|de\b|du\b|des\b|d['’])[a-zà-ÿ'’-]+){1,4}"
    # its state after it: "la compagnie pétrolière nationale du Nigeria NNPC"
    rf"(?:\s+(?:du|de\s+la|de\s+l['’]|de|d['’])\s*[A-Z][\w-]*)?{_NAME_AFTER}"
    rf"|\b(?:[a-z-]+\s+){{1,4}}(?:company|corporation|firm|group|operator|giant|producer){_NAME_AFTER}"
    r"|(?:[а-яё-]+(?:ой|ая|ую|ей|ого|ому|ым|ыми|их|ые)\s+){1,4}"
    rf"(?:компани|корпораци|групп|концерн|холдинг|предприяти)\w*{_NAME_AFTER}"
)


def _without_side_descriptions(text: str) -> str:
    """The text with what its companies are blanked, when a domain remains without it: a
    contract "with the state oil company X for the supply of fertilisers" is agriculture."""
    blanked = _SIDE_DESCRIPTION.sub(lambda m: " " * len(m.group()), text)
    if blanked == text or not sector_spans(fold(blanked)):
        return text
    return blanked


def _without_beneficiaries(text: str) -> str:
    """The text with the people it serves blanked when another domain comes first."""
    folded = fold(text)
    spans = sector_spans(folded)
    if not spans or _BENEFICIARIES.fullmatch(folded[spans[0][0] : spans[0][1]]):
        return text
    served = [(a, b) for a, b, _ in spans[1:] if _BENEFICIARIES.fullmatch(folded[a:b])]
    for a, b in served:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# "les deux pays, qui sont liés par l'accord d'Agadir signé avec le Maroc et la Jordanie",
# "Kenya and Uganda, which are bound by the Arusha agreement signed with Tanzania", «страны,
# которые связаны соглашением, подписанным с …»: the relative clause's antecedent is bound
_BOUND_BEFORE = re.compile(
    r"(?:qui|which|who|that|которые|которых)\s+(?:(?:sont|etaient|restent|are|were|remain"
    r"|have\s+been|also|aussi|egalement|deja|already|также|уже)\s+){0,2}"
    r"(?:lies|unis|bound|linked|tied|связаны|связан)\s+(?:par\s+|by\s+)?"
    r"(?:l'|le\s+|la\s+|les\s+|the\s+|an?\s+|un\s+|une\s+)?(?:[\w-]+\s+){0,2}$"
)
# the older text's other signatories: "signé (en 2004) avec", "signed (in 2004) with",
# «подписанным (в 2004 году) с»
_SIGNED_WITH_AFTER = re.compile(
    r"[^,.;]{0,80}?(?:,\s*)?\b(?:signe\w*|conclu\w*|signed|concluded|подписанн\w*|заключенн\w*)"
    r"(?:\s+[^,.;]{0,30}?)?\s+(?:avec|with|с|со)\s"
)


def _bound_with_others(ctx, unit, at: int, parties: list[str]) -> list[str] | None:
    """The pair a relative clause binds by a text "signed with" others ("Trade between the
    two countries, which are bound by the Agadir agreement signed in 2004 with Morocco and
    Jordan"): the text's sides are that pair and the others, not the others alone. The pair
    is the two states named before the clause, else the story's two ("the two countries")."""
    folded = fold(unit.text)
    if not _BOUND_BEFORE.search(folded[max(0, at - 120) : at]):
        return None
    if not _SIGNED_WITH_AFTER.match(folded, at):
        return None
    before = [
        code
        for code in sides.named_in(ctx, unit.start, unit.start + at)
        if sides.is_state(code) and code not in parties
    ]
    if not before and _COUNTRIES.search(folded[:at]):
        before = [code for code in sides.nearest_pair(ctx, unit.start)[0] if code not in parties]
        before = before or [
            code for code in sides.story_sides(ctx) if sides.is_state(code) and code not in parties
        ]
    return before if len(before) == 2 else None


def _make(
    ctx,
    all_units,
    i,
    text,
    kind,
    sectors,
    *,
    status=None,
    context=None,
    title=None,
    basis=0.8,
    when=None,
    at=None,
    bound=None,
    own_first=False,
) -> Agreement:
    unit = all_units[i]
    around = context or unit
    status = status or status_of(text) or status_of(around.text) or "signed"
    named = len(sides.named_in(ctx, unit.start, unit.end)) >= 2
    # its own words name its sides, whoever signs or hosts ("the signing of the Agreement
    # between the Government of X and the Government of Y"); else a clause of its own names
    # them ("…, and Benin signed a memorandum with Nigeria"); else the mention's own "with"
    # partner beside the sentence's subject
    parties = (
        (sides.between_sides(ctx, unit.start + at, unit.end, own=True) if at is not None else None)
        or (_compound_named(ctx, unit, at) if at is not None else None)
        or (_members_signing(ctx, unit, at) if at is not None else None)
        or (bound if own_first else None)
        or (_clause_sides(ctx, unit, at) if at is not None else None)
        or bound
        or None
    )
    if parties is None and at is not None:
        # "…, которое Азербайджан, Казахстан и Узбекистан подписали в 2024 году", "l'accord
        # que le Ghana et le Sénégal ont signé": the relative clause's subject signs it
        parties = _relative_signers(ctx, unit, at)
    if parties is None and at is not None:
        # the subject, agent and "with" of the signing verb that governs the mention, where
        # the parse names a party in each ("Following talks between Mali and Russia, Guinea
        # signed an agreement with Senegal": not the four states the sentence names)
        parties = signing_parse.of_mention(
            ctx, unit.start, unit.text, at, sides.named_in(ctx, unit.start, unit.end)
        )
    # "signed a memorandum ..., under which DP World would expand": who the text lets act
    # is no side of it
    relative = _RELATIVE.search(unit.text, at, at + 400) if at is not None else None
    if parties is None and relative:
        parties = sides.sides(ctx, unit.start, unit.start + relative.start()) or None
    # "X recalled that the 2014 framework agreement remains the reference, and announced that
    # the pipeline, which also involves Nigeria, …": the speaker's next act names no side of it
    next_act = _NEXT_ACT_AFTER.search(fold(unit.text), at) if at is not None else None
    if parties is None and next_act:
        parties = sides.sides(ctx, unit.start, unit.start + next_act.start()) or None
    if parties is None and at is not None:
        # "Kenya and Uganda signed an agreement ..., with the participation of Rwanda /
        # modelled on the one Kenya concluded with Tanzania / amid tensions with Ethiopia":
        # with its signing subject named before it, what follows the mention qualifies it
        before = sides.named_in(ctx, unit.start, unit.start + at)
        # two sides named by themselves, not an alliance's members ("Mali, of the AES, signed
        # ... with Russia" has its second side after the mention), nor a company and its home
        # ("Angola's state oil company Sonangol signed ... with TotalEnergies")
        homes = {sides.home_state(code) for code in before}
        own = [code for code in before if code not in homes]
        acting = _acting(ctx, own, unit.start, unit.start + at)
        if len(own) >= 2 and len(acting) < 2:
            # "TAQA and the grid operator KEGOC signed an agreement on connecting the plant to
            # Kazakhstan's grid": two organisations by name and no state sign it (a state's
            # lower-case adjective only describes one: «казахстанский оператор»); a state
            # named after the mention is what the text is about
            organisations = _organisations_signing(ctx, own, unit.start, unit.start + at)
            if len(organisations) >= 2:
                parties = organisations
        if parties is None and len(own) >= 2 and len(acting) >= 2:
            parties = sides.sides(ctx, unit.start, unit.start + at) or None
        if parties is None and len(own) < 2 and _WITH_COUNTERPART.search(unit.text, 0, at):
            # "M. Vieira et son homologue sénégalais, Cheikh Niang, ont signé …", «Лавров и
            # его египетский коллега подписали …»: a person and his counterpart sign, each
            # for his own state, though one state is named by neither
            met = sides.people_sides(ctx, unit.start, unit.start + at)
            if len(met) >= 2 and set(own) <= set(met):
                parties = met
        if parties is not None:
            # ... unless the text's own "with" names a third ("Mali and Niger signed a loan
            # agreement with the EDB"): the subject signs with it
            partners = sides.own_partners(ctx, unit.start + at, unit.end)
            if parties and partners:
                # «X работает в Эквадоре, … подписан контракт с CELEC EP»: the partner's
                # home named in the subject's words is no side beside it (SPEC)
                merged = list(dict.fromkeys(parties + partners))
                signing = sides.homes_signing(ctx, merged, unit.start, unit.end)
                parties = sides.without_homes(merged, signing)
    if parties is None and at is not None and _sides_beyond_another(unit.text, at):
        # "Both sides agreed to use the FTA between Viet Nam and the EAEU and to complete
        # talks on an agreement on driving licences": the "between" is the other text's own;
        # this one's sides are "both sides", the story's pair
        parties = sides.story_sides(ctx) or None
    parties = parties or sides.sides(ctx, unit.start, unit.end)
    if at is not None and (bound_pair := _bound_with_others(ctx, unit, at, parties)):
        parties = list(dict.fromkeys(bound_pair + parties))
    if at is not None and len(parties) > 2 and _called_bilateral(text, at):
        # "un accord bilatéral" binds two: the two states of the sentence, not an
        # organisation it names beside them ("liés par l'accord de la zone CEFTA et par ...")
        states = [code for code in parties if sides.is_state(code)]
        parties = states if len(states) == 2 else parties
    # a planned agreement has no signature yet: only its own sentence may date it
    reach = 1 if status == "planned" else 12
    if kind == "framework" and _specific_treaty(text, at, sectors):
        kind = "agreement"
    return Agreement(
        kind=kind,
        evidence=unit.text,
        title=title,
        parties=parties,
        sectors=sectors,
        status=status,
        date=when or _date(ctx, all_units, i, reach, future=status == "planned"),
        # the signing sentence of a list is its header's neighbour; else the sentence itself
        signatories=[]
        if status == "planned"
        else _signatories(ctx, all_units, i, 12 if context else 1),
        confidence=confidence.agreement(
            basis, named, unit.text, status == "planned", [] if kind == "framework" else sectors
        ),
    )


_BILATERAL_BEFORE = re.compile(r"\b(?:bilateral|двусторонн)\w*\s+(?:[\w-]+\s+)?$")
_BILATERAL_AFTER = re.compile(r"\S+\s+(?:[\w-]+\s+)?bilateral\w*\b")


def _called_bilateral(text: str, at: int) -> bool:
    """ "a bilateral agreement", "un accord bilatéral", «двустороннее соглашение»."""
    return bool(
        _BILATERAL_BEFORE.search(fold(text[max(0, at - 40) : at]))
        or _BILATERAL_AFTER.match(fold(text[at : at + 40]))
    )


# A text signed by an alliance's members, not named one by one: "the Unified Economic
# Agreement signed by the six member states", "l'accord signé par les États membres",
# «соглашение, подписанное всеми государствами-членами».
_SIGNED_BY_MEMBERS = re.compile(
    r"[^.;:]{0,80}?\b(?:signed|concluded|ratified|sign[ée]e?s?|conclue?s?|ratifi[ée]e?s?"
    r"|подписанн\w*|заключенн\w*)(?:\s+(?:in|on|at|en|le|à|в)\s+[^,.;:]{0,25}?)?\s+(?:by|par|всеми)\s+(?:all\s+|tous\s+)?(?:the\s+|les\s+|its\s+"
    r"|ses\s+)?(?:(?P<n>\w+)\s+)?(?:founding\s+|original\s+)?(?:member\s+(?:states|countries"
    r"|nations)|members|partner\s+states|[ée]tats\s+membres"
    r"|pays\s+membres|государствами-членами|странами-участницами)",
    re.IGNORECASE,
)


# the member states as the signing verb's subject before the text: "The ten member states
# signed the Declaration on ...", "les États membres ont signé l'accord", «государства-члены
# подписали соглашение»
_MEMBERS_SIGNED = re.compile(
    r"(?:\b(?:the|all(?: the)?|its|their|les|tous les|ses|leurs)\s+(?:(?P<n>\w+)\s+)?"
    r"(?:member\s+(?:states|countries|nations)|[ée]tats\s+membres|pays\s+membres)"
    r"|(?:(?P<ru>\w+)\s+)?государства-члены"
    # their leaders as many as the members: "the ten leaders signed", "les dix dirigeants ont
    # signé", «десять лидеров подписали»
    r"|\b(?:the|all(?: the)?|les|tous les)\s+(?P<leaders>\w+)\s+(?:leaders|heads of state"
    r"|dirigeants|chefs d'[ée]tat)|(?P<ru_leaders>\w+)\s+лидер\w*)"
    r"\s+(?:have\s+|ont\s+|also\s+|aussi\s+|также\s+)?(?:signed|sign[ée]|подписали)\s+"
    r"(?:[^\W\d]+\s+){0,3}$",
    re.IGNORECASE,
)


# the member states as those who negotiate with another: «совместно с правительствами
# государств – членов Союза начать переговоры с Королевством Таиланд о заключении …», "with the
# governments of the member states to launch negotiations with Thailand on …"
_MEMBERS_NEGOTIATE = re.compile(
    r"(?:государств\w*\s*[-–—]\s*член\w*|государств\w*-член\w*|member\s+states"
    r"|[ée]tats\s+membres)[^.;]{0,80}?(?:переговор\w*|negotiations?|talks|n[ée]gociations?)"
    r"\s+(?:с|со|with|avec)\s+",
    re.IGNORECASE,
)


# the kind noun a mention opens with ("convention", "accord-cadre", «соглашение»)
_KIND_NOUN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _compound_named(ctx: Context, unit, at: int) -> list[str] | None:
    """The states of a compound adjective the mention is named with ("la convention
    franco-malienne de 1972"): its sides, whoever else the sentence names."""
    noun = _KIND_NOUN.match(unit.text, at)
    if noun is None:
        return None
    return sides.compound_sides(ctx, unit.start + at, unit.start + noun.end()) or None


def _members_signing(ctx: Context, unit: Unit, at: int) -> list[str] | None:
    """The members of the alliance last named before a text its own words say its member
    states signed; a count that is not the alliance's size names some of them, not all."""
    talks = _MEMBERS_NEGOTIATE.search(unit.text, max(0, at - 200), at)
    signed = _SIGNED_BY_MEMBERS.match(unit.text, at) or _MEMBERS_SIGNED.search(
        unit.text, max(0, at - 150), at
    )
    if signed is None and talks is not None:
        # «поручил Комиссии совместно с правительствами государств – членов Союза начать
        # переговоры с Таиландом о заключении соглашения»: the members and the one they talk
        # with
        alliances = [m.code for m in ctx.mentions_in(0, unit.start + at) if m.code in MEMBERS]
        partner = [
            c
            for c in sides.named_in(ctx, unit.start + talks.end(), unit.start + at)
            if c not in MEMBERS
        ]
        if alliances and len(partner) == 1:
            return [*MEMBERS[alliances[-1]], partner[0]]
    if signed is None:
        return None
    alliances = [m.code for m in ctx.mentions_in(0, unit.start + at) if m.code in MEMBERS]
    if not alliances:
        return None
    members = MEMBERS[alliances[-1]]
    groups = signed.groupdict()
    said = groups.get("n") or groups.get("ru")
    leaders = groups.get("leaders") or groups.get("ru_leaders")
    if leaders:
        said = leaders  # no count, no telling their leaders from any others
    count = cardinal_value(said.lower()) if said else None
    if leaders and count is None:
        return None
    if count is not None and count != len(members):
        return None
    return list(members)


# SPEC: a treaty is `agreement`, or `framework` where it sets the general frame: "an
# extradition treaty", "the border treaty", «договор о торговле» name their domain; "the treaty
# of friendship and cooperation", «Договор о союзнических отношениях» are general.
_TREATY = re.compile(r"(?i)(?:trait[ée]s?|treat(?:y|ies)|договор(?!ил|ен|ят|ит|ива)\w*)\b")
_FRAME_WORD = re.compile(r"(?i)cadre|framework|рамочн|генеральн|об основах|general")


# Two heads of one kind joined before one complement: "a grant agreement and a loan agreement
# for …", "un accord de prêt et un accord de don pour …", «кредитное и грантовое соглашения».
_COORDINATED_HEAD = re.compile(
    r"\s*(?:(?:de|d')\s*[\w'-]+(?:\s+[\w'-]+)?\s+)?(?:and|et|ainsi que|as well as)\s+"
    r"(?:an?|un|une)\s+(?:[\w-]+\s+){0,2}$"
    # Russian has no article: «обмен нотами и грантовое соглашение на ...»
    r"|\s+(?:и|а также)\s+(?:[а-я-]+\s+){0,2}$"
)


# A list item's opening before its first text: a bullet, a number, a few adjectives
# («1) межправительственное соглашение …»)
_LIST_ITEM_HEAD = re.compile(r"^[\W\d]*(?:[а-яё-]+\s+){0,3}$")

# what parts a list's items: a comma or «и», «а также», the next item's adjectives after it
# («меморандум о рыболовстве, исполнительную программу на 2026 год и ...»)
_RU_LIST_GAP = re.compile(
    r"^[^.;:!?«»()]{0,150}?(?:,|\s(?:и|а также))\s+"
    r"(?:[а-я-]+(?:ое|ее|ыи|ии|ои|ую|юю|ые|ие|ая|яя)\s+){0,3}$"
)


def _ru_list_item(folded: str, triggers: list, n: int, objects: set[int]) -> bool:
    """A Russian mention that follows a signing verb's object in a list («подписали
    меморандум о рыболовстве, исполнительную программу на 2026 год и соглашение о ...») is an
    object of that verb too, a new text: Russian has no article to say so, and only a repeat
    at a sentence's head is the text read before. A feminine noun in the nominative
    («программа», «дорожная карта») is a subject, not such an object."""
    if n == 0 or n - 1 not in objects:
        return False
    if re.match(r"\S*[ая]\b", folded[triggers[n].start() :]):
        return False
    return bool(_RU_LIST_GAP.match(folded[triggers[n - 1].end() : triggers[n].start()]))


def _shares_complement(folded: str, triggers: list, n: int) -> bool:
    """The mention `n` and the next are two texts of one kind, or an exchange of notes and
    the text it goes with, with nothing but the first's own modifier and "and a" between
    them."""
    m, nxt = triggers[n], triggers[n + 1]
    if _EXCHANGE.match(m.group()) and _FOR_ENTRY_INTO_FORCE.fullmatch(folded, m.end(), nxt.start()):
        return True
    return (m.lastgroup == nxt.lastgroup or bool(_EXCHANGE.match(m.group()))) and bool(
        _COORDINATED_HEAD.fullmatch(folded, m.end(), nxt.start())
    )


# Notes exchanged to bring a text into force are about what that text is about: «обменялись
# нотами о завершении внутригосударственных процедур, необходимых для вступления в силу
# Соглашения о ...», "exchanged notes on the entry into force of the agreement on ...",
# "ont échangé les notes relatives à l'entrée en vigueur de l'accord sur ..."
_FOR_ENTRY_INTO_FORCE = re.compile(
    r"[^.;:!?]{0,160}?(?:вступлени\w* в силу|entree en vigueur|entry into force|ратификац\w*"
    r"|ratification|procedures? internes?|internal procedures?|внутригосударственн\w* процедур\w*)"
    r"[^.;:!?]{0,80}"
)


# An exchange of notes or letters has no content of its own: it is exchanged for what the
# text beside it covers ("an Exchange of Notes and a Grant Agreement for a project to replace
# weather radars", "un échange de notes et un accord de don pour la route", «обмен нотами и
# соглашение о гранте на строительство ...»)
_EXCHANGE = re.compile(r"echanges? de |exchanges? of |обмен\w* |exchanged |(?:ont|a) echange ")


_VERB_FIRST = re.compile(r"(?:ont|a|avaient|avait) echange|exchanged|обменялись")


def _specific_treaty(text: str, at: int | None, sectors: list[str]) -> bool:
    """A treaty (not an accord-cadre) whose content is a domain, not the general frame."""
    if not sectors or "general" in sectors:
        return False
    near = text[max(0, at - 30) : at + 40] if at is not None else text
    found = _TREATY.search(near)
    return found is not None and not _FRAME_WORD.search(near)


def _acting(ctx: Context, codes: list[str], start: int, end: int) -> list[str]:
    """The sides among `codes` named between two offsets by themselves, at least once not as
    where the signing happens (each code's first such mention ends the search: a sentence
    of a thousand mentions is not read once per agreement)."""
    found = ctx.mentions_in(start, end)
    return [
        code
        for code in codes
        if sides.is_side(code)
        and any(m.code == code and not sides.placed(ctx, m, start) for m in found)
    ]


def _organisations_signing(ctx: Context, codes: list[str], start: int, end: int) -> list[str]:
    """The organisations among `codes` (no alliance) when no state among them is named
    between two offsets but by a lower-case adjective that describes something; none else."""
    found = [m for m in ctx.mentions_in(start, end) if m.kind != "seat"]
    states = [code for code in codes if sides.is_state(code)]
    if any(m.code in states and not sides.describes(ctx, m) for m in found):
        return []
    return [code for code in codes if not sides.is_state(code) and code not in MEMBERS]


# a subject of a person and "his counterpart": "X and his Ghanaian counterpart Y", "X et son
# homologue sénégalais", «X и его египетский коллега»
_WITH_COUNTERPART = re.compile(
    r"(?<![\w-])(?:and|et|и)\s+(?:his|her|son|sa|его|её|ее)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:counterpart|homologue|коллег\w*)(?![\w-])",
    re.IGNORECASE,
)


_RELATIVE = re.compile(
    r",\s+(?:under which|by which|whereby|aux termes duquel|aux termes de laquelle|en vertu duquel"
    r"|en vertu de laquelle|по которому|согласно которому|в соответствии с которым"
    # whom the text lets do something: "…, which will allow Kenya Airways to …", "…, qui doit
    # permettre à Turkish Airlines de …", «…, которое позволит «Аэрофлоту» …»
    r"|(?:which|that|qui)\s+(?:(?:will|should|would|is\s+to|must|doit|devrait|va|pourrait)\s+)?"
    r"(?:allow|enable|let|permit|permettr\w*|permet\w*)\w*"
    r"|(?:который|которое|которая)\s+(?:должн\w+\s+)?позвол\w*)\b"
)


# "…, and a", "et un", «, а также»: where the next coordinated mention's own words begin.
_NEXT_MENTION = re.compile(
    r"(?:,|\b(?:and|et|и|as well as|ainsi que|а также))\s+(?:(?:a|an|the|un|une|le|la|les|des)\s+)?"
)


def _next_item_start(folded: str, start: int, end: int, n: int, triggers: list) -> int:
    """The end of a mention's own words when another mention follows in the sentence: the
    words that qualify the next one ("with Somalia and a maritime security memorandum")
    are its sectors, not this one's."""
    if n + 1 >= len(triggers):
        return end
    last = None
    for found in _NEXT_MENTION.finditer(folded, start, end):
        last = found
    if last is None or len(folded[last.end() : end].split()) > 4:
        return end
    return last.start()


# The preposition that brings in the other side of a signing: "with", «с», "avec".
_WITH = re.compile(r"(?<![\w-])(?:with|avec|aupres de|с|со)\s+")


def _with_sides(
    ctx: Context, unit: Unit, triggers: list, n: int, own_partners: Callable[[], list[list[str]]]
) -> list[str] | None:
    """Sides of one of several mentions of a sentence that each bring their own partner:
    "Turkey signed a defence agreement with Somalia and a memorandum with Djibouti",
    «Россия подписала соглашение … с Мозамбиком и соглашение … с Мали»: the subject, named
    before the first mention, and the partner after this mention's own "with" (the whole
    sentence's states would bind every text to every partner)."""
    if len(triggers) < 2:
        return None
    partners = own_partners()
    own = partners[n]
    if not own:
        return None
    taken = {code for codes in partners for code in codes}
    subject = [
        code
        for code in sides.named_in(ctx, unit.start, unit.start + triggers[0].start())
        if code not in taken
    ]
    if not subject:
        return None
    return sides.without_homes([subject[0], *own])


def _beside_an_organisation(ctx: Context, unit: Unit, triggers: list, n: int) -> list[str] | None:
    """ "Ont été signés un mémorandum entre Rosgeo et l'Agence nationale des ressources de
    l'Angola, un accord sur la santé et ...": an organisation named in one text's own words
    signs that text; the other texts of the sentence are the subject's (named before the
    first), else the story's."""
    ends = [t.start() for t in triggers[1:]] + [len(unit.text)]
    own = [
        (unit.start + t.start(), unit.start + end) for t, end in zip(triggers, ends, strict=True)
    ]
    organisations = [
        m
        for m in ctx.mentions_in(own[0][0], unit.end)
        if sides.is_side(m.code) and not sides.is_state(m.code)
    ]
    start, end = own[n]
    if not organisations or any(start <= m.start < end for m in organisations):
        return None
    # «…, а Госкорпорация «Х» и министерство Y — меморандум о …»: a clause of its own, its
    # verb left out, names the text's signers before it (`_clause_sides` reads them)
    clause_start, clause_end = stance.clause(unit.text, triggers[n].start())
    if clause_start > 0 and any(
        unit.start + clause_start <= m.start < unit.start + clause_end for m in organisations
    ):
        return None
    return sides.sides(ctx, unit.start, own[0][0]) or None


def _partner(ctx: Context, unit: Unit, folded: str, triggers: list, n: int) -> list[str]:
    """Those named after a mention's own "with", up to the next mention or clause break."""
    end = triggers[n + 1].start() if n + 1 < len(triggers) else len(folded)
    partner = _WITH.search(folded, triggers[n].end(), end)
    if partner is None:
        return []
    stop = _CLAUSE_BREAK.search(folded, partner.end(), end)
    return sides.named_in(
        ctx, unit.start + partner.end(), unit.start + (stop.start() if stop else end)
    )


_CLAUSE_BREAK = re.compile(r"[,;:()]")


# A clause of its own before a mention, its subject then its signing verb right before the
# mention (folded text): ", and the Tourism Board of X and its counterpart signed a", ", et le
# ministère de la Santé a signé un", «, а Минздрав подписал»
_OWN_SIGNING_CLAUSE = re.compile(
    r"(?:,|;)\s+(?:and|et|а|и)?\s*(?:[\w'-]+\s+){1,16}?(?:signed|concluded|inked|ont\s+signe"
    r"|a\s+signe|подписал[аи]?|заключил[аи]?)\s+(?:(?:an?|the|un|une|le|la|les|l')\s+|l')?"
    r"(?:[\w-]+\s+){0,2}$"
)


# A signed act of the government's own on a draft text, just before the mention (folded
# text): «подписал распоряжение об одобрении проекта», "signed an order approving the draft",
# "a signé un décret approuvant le projet d'"
_DECREE_ON_DRAFT = re.compile(
    r"(?:подписал\w*|signed|signe)\s+(?:an?\s+|the\s+|un\s+|une\s+|le\s+|la\s+|l')?"
    r"(?:[\w-]+\s+)?(?:распоряжени|постановлени|указ|приказ|order|decree|resolution|decret"
    r"|arrete|ordonnance)\w*\s+(?:[\w'-]+\s+){1,3}?(?:the\s+|le\s+)?(?:draft|projets?|проект\w*)"
    r"\s+(?:d'|de\s+|of\s+)?(?:[\w-]+\s+)?$"
)


def _clause_status(text: str, at: int) -> str | None:
    """The status the mention's own clause states ("aucun document n'a été signé, mais un
    accord ... pourrait l'être": planned), when the sentence coordinates several."""
    start, end = stance.clause(text, at)
    if (start, end) == (0, len(text)):
        return None
    return status_of(text[start:end])


# A relative clause on a text whose verb signs it: its subject before the verb ("…, which
# Ghana, Senegal and Guinea signed", "que le Ghana et la Guinée ont signé", «, которое Гана,
# Сенегал и Гвинея подписали») or, in Russian, after it («, которое подписали Гана и Гвинея»).
_RELATIVE_PRONOUN = re.compile(
    r",?\s*(?:котор(?:ое|ый|ую|ые|ая|ого|ой)|que|qu['’]|which|that)\s", re.IGNORECASE
)
_RELATIVE_SIGNING = re.compile(
    r"\b(?:(?:ont|a|avaient|avait|avons|had|have|has)\s+(?:(?:d[ée]j[àa]|also|aussi|already"
    r"|jointly|conjointement|tous)\s+)?)?"
    r"(?:подписал[аи]?|заключил[аи]?|парафировал[аи]?|sign[ée]e?s?|conclue?s?|paraph[ée]e?s?"
    r"|signed|concluded|initiall?ed|inked)\b",
    re.IGNORECASE,
)
# An English relative clause with no pronoun right after the kind words, its subject names
# alone: "the memorandum of understanding Tanzania, Zambia and China signed in 2024", "the
# agreement Kenya and the AfDB had signed"
_CONTACT_CLAUSE = re.compile(
    r"(?i:memorand(?:um|a)\s+of\s+understanding|agreements?|memorand(?:um|a)|mous?"
    r"|treat(?:y|ies)|accords?|deals?|protocols?|conventions?)\s+"
    r"(?P<subject>(?:the\s+)?[A-Z][\w'’-]*(?:(?:\s+|,\s+|,?\s+and\s+(?:the\s+)?)[A-Z][\w'’-]*){1,8})"
    r"\s+(?:(?:had|have|has)\s+)?(?:jointly\s+)?(?:signed|concluded|inked|initiall?ed)\b"
)
# what leaves the mention's phrase before the pronoun: a verb of saying, a new clause
_PHRASE_LEFT = re.compile(
    r"[.;:!?]|\b(?:said|says|added|noted|dit|ajout\w*|d[ée]clar\w*|affirm\w*|indiqu\w*"
    r"|заяв\w*|сказал\w*|сообщ\w*|отметил\w*|and\s+(?:has|have|was|were|is|are)"
    r"|et\s+(?:a|ont|est|sont))\b",
    re.IGNORECASE,
)


def _relative_signers(ctx: Context, unit: Unit, at: int) -> list[str] | None:
    """The sides of a text a relative clause right after it says were signed: two or more
    named one after another as its subject, before the verb or (Russian) after it."""
    text = unit.text
    if _RELATIVE_SIGNING.search(text, 0, at):
        return None  # "Mali and Niger signed the agreement, which …": the main clause signs
    contact = _CONTACT_CLAUSE.match(text, at)
    if contact:  # "under the memorandum of understanding Tanzania, Zambia and China signed"
        found = sides.named_after_between(
            ctx, unit.start + contact.start("subject"), unit.start + contact.end("subject")
        )
        if len(found) >= 2:
            return found
    pronoun = _RELATIVE_PRONOUN.search(text, at + 1, min(len(text), at + 200))
    if pronoun is None or _PHRASE_LEFT.search(text, at, pronoun.start()):
        return None
    verb = _RELATIVE_SIGNING.match(text, pronoun.end())
    if verb:  # «, которое подписали Гана и Гвинея в 2022 году»
        found = sides.named_after_between(ctx, unit.start + verb.end(), unit.end)
        return found or None
    for verb in _RELATIVE_SIGNING.finditer(
        text, pronoun.end(), min(len(text), pronoun.end() + 150)
    ):
        between = text[pronoun.end() : verb.start()]
        if re.search(r"[.;:!?()]", between):
            return None
        found = sides.named_after_between(
            ctx, unit.start + pronoun.end(), unit.start + verb.start()
        )
        return found or None
    return None


# What a verb of saying reports: "announced that", "a annoncé que", «заявил, что»
_REPORTED_CLAUSE = re.compile(
    r"\b(?:announced|said|stated|noted|recalled|indicated|confirmed|annonc[ée]|indiqu[ée]"
    r"|d[ée]clar[ée]|rappel[ée]|pr[ée]cis[ée]|заявил\w*|сообщил\w*|отметил\w*|напомнил\w*)"
    r"(?:\s+that|\s+qu(?:e|['’])|,?\s+что)\b",
    re.IGNORECASE,
)


# The first of two coordinated subjects described by an apposition between commas, the
# sentence's opening words: "Kazakhstan Temir Zholy (KTZ), the national railway company, and
# the Ministry of Transport signed", "la SNEL, la société nationale d'électricité, et le
# ministère ont signé", «"Х", национальный оператор, и министерство подписали» (no clause
# of its own: no verb before the "and")
_APPOSED_SUBJECT = re.compile(
    r"^[^,;.:]{2,80},\s+(?:the\s+|an?\s+|l[ea]\s+|l['’]|une?\s+)?[^,;.:]{2,60},\s+(?:and|et|и)\s+"
    r"(?:the\s+|l[ea]\s+|l['’])?$"
)


# An alliance named as the meeting where the texts were signed, before a list's colon ("La
# Guinée a signé trois textes lors de la réunion de l'Union du fleuve Mano : …", "at the
# ECOWAS summit", «на заседании Совета СНГ»): the meeting's, not a subject beside the signer
_MEETING_OF = re.compile(
    r"(?i:r[ée]union|sommet|session|conf[ée]rence|assembl[ée]e|conseil|meeting|summit"
    r"|conference|assembly|council|заседани\w*|саммит\w*|встреч\w*|совещани\w*)"
    r"\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)\s*)?$"
)
_MEETING_BEFORE = re.compile(r"(?i:at|during|on\s+the\s+sidelines\s+of)\s+the\s+$")
_MEETING_AFTER = re.compile(r"\s+(?:summit|meeting|session|conference|council)\b")


def _subjects_before_list(ctx: Context, start: int, end: int) -> list[str]:
    """The sides named before a list's colon, an alliance named as the meeting left out."""
    cuts = [
        (m.start, m.end)
        for m in ctx.mentions_in(start, end)
        if m.code in MEMBERS
        and (
            _MEETING_OF.search(ctx.text, max(start, m.start - 40), m.start)
            or (
                _MEETING_BEFORE.search(ctx.text, max(start, m.start - 40), m.start)
                and _MEETING_AFTER.match(ctx.text, m.end)
            )
        )
    ]
    if not cuts:
        return sides.named_in(ctx, start, end)
    named: list[str] = []
    at = start
    for a, b in cuts:
        named += sides.named_in(ctx, at, a)
        at = b
    named += sides.named_in(ctx, at, end)
    return list(dict.fromkeys(named))


def _clause_sides(ctx: Context, unit: Unit, at: int) -> list[str] | None:
    """The sides of a mention in a sentence of coordinated clauses ("X and Y signed A, and
    Z signed B with W"): those its own clause names; with one named there, the sentence's
    first named side beside it (the subject the second clause leaves out)."""
    start, end = stance.clause(unit.text, at)
    if (start, end) == (0, len(unit.text)):
        return None
    if _APPOSED_SUBJECT.search(unit.text, 0, start):
        return None  # "X (KTZ), the national railway company, and Y signed": one subject
    own = sides.named_in(ctx, unit.start + start, unit.start + end)
    if unit.text[:start].rstrip().endswith(":") and (
        len(_subjects_before_list(ctx, unit.start, unit.start + start)) == 1
    ):
        # "Saudi Arabia signed two texts: an agreement with Jordan and a memorandum with
        # Iraq": the list after the colon gives the one subject its partners, one a text
        return None
    if len(own) >= 2:
        return own
    if not own and start == 0 and unit.text[end : end + 1] == ":":
        # "Protocole sur l'oléoduc : Niger et Bénin", a line of a table of texts: its sides
        # follow the colon
        after = sides.named_in(ctx, unit.start + end, unit.end)
        if len(after) == 2:
            return after
    if not own and start == 0 and (unit.text.count(" ; ") >= 2 or unit.text.count("|") >= 3):
        # "Facility agreement ; Afreximbank ; ESCOM ; $100 million": a table's row, its cells
        # no clauses; the row names its own sides
        return None
    if not own and start == 0:
        # "The minutes were signed, while X and Y concluded a contract": a first clause that
        # names nobody is the story's, not the next clause's signers
        return sides.sides(ctx, unit.start + start, unit.start + end) or None
    whole = sides.named_in(ctx, unit.start, unit.end)
    if len(own) == 1 and start > 0:
        # the subject the clause leaves out is the first clause's, not a side named in what
        # that clause reports ("The Minister announced that the Abu Dhabi Fund will sign …,
        # and recalled that the agreement with the Saudi Fund remains in force"): then the
        # story's side, as for a clause that names nobody
        reported = _REPORTED_CLAUSE.search(unit.text, 0, start)
        if reported is not None:
            subject = sides.named_in(ctx, unit.start, unit.start + reported.start())
            if not any(c != own[0] for c in subject):
                story = sides.sides(ctx, unit.start + start, unit.start + end)
                return story if own[0] in story and len(story) >= 2 else None
        if _UNNAMED_INSTITUTION.match(unit.text, start) and not any(sides.is_state(c) for c in own):
            # «…, а Министерство сельского хозяйства — меморандум с компанией X»: the clause's
            # subject is a ministry of no state named, the story's own; not the first
            # clause's partner
            story = sides.sides(ctx, unit.start + start, unit.start + end)
            return story if own[0] in story and len(story) >= 2 else None
        first = next((c for c in whole if c != own[0]), None)
        return sides.without_homes([first, own[0]]) if first else None
    if len(own) == 1:
        # "The University of Dar es Salaam and Gadjah Mada University signed …, while ZIPA
        # signed with Semen Indonesia …": the first clause's one named side and the story's
        # other, not the later clause's signers
        return sides.sides(ctx, unit.start + start, unit.start + end) or None
    return None


# a clause opened by a state's institution named by its portfolio alone: «, а Министерство
# сельского хозяйства —», ", and the Ministry of Agriculture", ", et le ministère de l'Agriculture"
_UNNAMED_INSTITUTION = re.compile(
    r"\s*(?:(?:and|et|а|и|while|whereas|tandis que)\s+)?(?:the\s+|le\s+|la\s+|l['’])?"
    r"(?i:ministry|minist[èe]re|министерств\w*|department|agency|agence|ведомств\w*)\b"
)
# "par le Directeur", "par Son Excellence Monsieur l'Ambassadeur", "by the Resident
# Representative": an office that signs, after the text it signed
_SIGNED_BY_OFFICE = (
    r"(?:par|by)\s+(?i:(?:le|la|l'|les|the|son|sa|his|her|its|excellence|excellency|monsieur"
    rf"|madame|mme|m\.|s\.\s?e\.?|h\.\s?e\.?)\s*)*(?i:resident\s+)?{ROLE_HEAD.pattern}"
)


def _title(text: str, folded: str, at: int, end: int) -> str | None:
    """The agreement's own name when the text gives one ("accord sur l'extradition"),
    with the words that qualify it before ("technical cooperation agreement on ...")."""
    if not _TITLE_START.match(folded[at:end]):
        return None
    window = max(0, at - 80)
    before = _MODIFIERS_BEFORE.search(folded, window, at)
    scope = text[before.start() if before else at : end]
    title = re.split(
        # (", les deux gouvernements …", ", the two …": a clause's subject, after the name)
        r",(?!\s*(?:des?|du|d'|la|les?|l')\s(?!deux\s))|[;:.(]"
        # «государств – участников СНГ», «государства – члены»: the dash of "member states" is
        # inside the name
        r"|\s[-–—]\s(?!(?:участни|член)\w*\b)"
        r"|\s(?:a été|avait|avaient|est|sont|ont|was|were|has|have|had|signé|"
        r"signed|conclu|был|была|было|подписан|подписали|подписал|подписала|будет|будут|планируется|et une?|and an?|sera|seront|will|doit|doivent"
        r"|devra|devront|devrait|devraient|va|vont|should|is to|are to|is due|are due|is expected"
        r"|could|may|might|pourrait|pourraient|может|могут"
        r"|are expected|lors|during|(?i:on (?:mon|tues|wednes|thurs|fri|satur|sun)day)"
        # the event it was signed on the edge of: "on the sidelines of", "en marge de"
        r"|on the (?:sidelines|margins?)|en marge|на полях|в кулуарах"
        # its own coming into force, sealing, striking is no part of its name either
        r"|came|comes|entered|enters|entrera|sealed|struck|inked|penned|действу(?:ет|ют)"
        r"|(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
        r"|(?i:в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))"
        # another text coordinated after it: "le procès-verbal ainsi que trois accords"
        r"|ainsi que?|de même que?|as well as|along with|together with|а также"
        # a decree's second object, its signing: «об одобрении проекта Соглашения … и о его
        # подписании», "approving the draft agreement … and its signing"
        r"|и о (?:его|ее|её|их) подписании|and (?:on )?its signing|et (?:sur )?sa signature"
        # a relative clause tells of the text, it is no part of its name
        r"|that|which|qui|que|qu'|который|которое|которую|которые|которым"
        # the French auxiliary 'a' only with an adverb ("a également été signé"): alone it
        # is also the English article
        r"|a (?:également|aussi|déjà|ensuite|enfin|en outre|par ailleurs|officiellement"
        r"|finalement|récemment|solennellement)"
        # the one who signed it is no part of its name either: "l'accord de don par le
        # Représentant résident de la JICA", "the loan agreement by the Director of ..."
        rf"|{_SIGNED_BY_OFFICE})\b",
        scope,
    )[0]
    # "le règlement intérieur du Conseil et les statuts ...": the next text's article goes,
    # so does its preposition ("la Déclaration de Loja et du Plan d'action", "of the")
    title = re.sub(
        r"\s+(?:и|et|and|ainsi que?)(?:\s+(?:les?|la|l'|the|des|du|de la|de l'|d'|of the|of|un|une"
        r"|an?))?$",
        "",
        title.strip(),
    )
    return title or None


def _date(
    ctx: Context, all_units: list[Unit], i: int, reach: int, future: bool = False
) -> str | None:
    """The date of the unit, else of the nearest signing sentence before it. A bare year
    far from the page's ("un hôpital fondé en 1947") dates something else, and so does
    another sentence's date far from it ("instituée par l'accord signé en 1982"); a date
    after the page's is no signature's unless the text is still to be signed (`future`):
    «программа обменов на 2027–2029 годы» was signed before its period."""
    published = ctx.published or ""
    year = published[:4]
    for j in range(i, max(-1, i - reach), -1):
        unit = all_units[j]
        if j != i and not signs(fold(unit.text)):
            continue
        spans = [
            d
            for d in find_dates(unit.text, ctx.published)
            if (not year or (len(d.value) > 4 and j == i) or abs(int(d.value[:4]) - int(year)) <= 1)
            # "… du protocole sur la douane, signé en mars." before a list: a month with no
            # figure dates the text of its own sentence, not the ones after it
            and (j == i or re.search(r"\d", unit.text[d.start : d.end]))
            and (future or not published or d.value[: len(published)] <= published[: len(d.value)])
            and not (future and d.relative)  # "to be signed next month": no date yet
            # "…, which entered into force in 2024": another sentence's entry into force
            # dates no signing
            and (
                j == i
                or not _IN_FORCE_BEFORE.search(fold(unit.text[max(0, d.start - 40) : d.start]))
            )
        ]
        if spans:  # the most precise first: "23 juin 2025" over "juin 2025"
            return max(spans, key=lambda s: len(s.value)).value
    return None


_IN_FORCE_BEFORE = re.compile(
    r"(?:entered|enters|entering|came|comes)\s+into\s+force\s+(?:in|on)?\s*$"
    r"|entr\w+\s+en\s+vigueur\s+(?:en|le|depuis)?\s*$|вступ\w+\s+в\s+силу\s+(?:в|с)?\s*$"
)


def _event_date(ctx: Context) -> str | None:
    """The day of the story's event: the first full date of the text within a month
    before the page's own date (the last day of a range: the day texts are signed)."""
    anchor = _anchor_day(ctx.published)
    for span in find_dates(ctx.text, ctx.published):
        day = span.until or span.value
        if len(day) != 10:
            continue
        if anchor is None or timedelta(0) <= anchor - date.fromisoformat(day) <= timedelta(31):
            return day
    return None


def _anchor_day(published: str | None) -> date | None:
    if not published or len(published) < 7:
        return None
    try:
        return date.fromisoformat(published if len(published) == 10 else published + "-28")
    except ValueError:
        return None


def _signatories(ctx: Context, all_units: list[Unit], i: int, reach: int) -> list[str]:
    """People named in the unit or the nearest signing sentence before it, if it signs."""
    for j in range(i, max(-1, i - reach), -1):
        unit = all_units[j]
        if not signs(fold(unit.text)):
            continue
        if names := _named_people(ctx, _without_witnesses(unit.text)):
            return names
    if i + 1 < len(all_units):
        # "Biman Prasad, who signed for Fiji, said ...", "X a signé au nom du Mali": the
        # sentence right after a text names who signed it, for a side, and no text of its own
        after = fold(all_units[i + 1].text)
        if _SIGNED_FOR.search(after) and not _TEXT_WORD.search(after):
            return _named_people(ctx, all_units[i + 1].text)
    return []


def _without_witnesses(text: str) -> str:
    """A signing sentence without the words that name its witnesses: "En présence des
    présidents X et Y, les ministres ont signé …" up to the comma that ends the opening
    phrase, "…, in the presence of President Z" to the end (a witness signs nothing)."""
    witnessed = _WITNESSED.search(text)
    if not witnessed:
        return text
    if not text[: witnessed.start()].strip():
        comma = text.find(",", witnessed.end())
        return text[comma:] if comma != -1 else text
    return text[: witnessed.start()]


# Signing for a side, folded: "signed for Fiji", "signed on behalf of the bank", "a signé
# pour le Mali", "au nom du Mali", «подписал от имени Минфина», «подписал со стороны Минфина»
_SIGNED_FOR = re.compile(
    r"\bsign(?:ed|s)\s+(?:it\s+|them\s+)?(?:for|on\s+behalf\s+of)\b"
    r"|\bsigne\w*\s+(?:pour|au\s+nom\s+d)"
    r"|\bподписа\w*\s+(?:[а-яё]+\s+)?(?:от\s+имени|со?\s+стороны)"
)
_TEXT_WORD = re.compile(rf"\b(?:{TEXT_KIND})\b")


def _named_people(ctx: Context, text: str) -> list[str]:
    return [p.name for p in ctx.people if p.name in text or p.name.split()[-1] in text]


# A sentence whose subject is the texts just told, in the plural, and whose agent is who
# signed them (folded): "Les accords ont été signés pour le Bénin par …", "Les textes ont été
# paraphés puis signés par …", "The agreements were signed by …", «Документы подписали …»
_TEXTS_SIGNED_BY = re.compile(
    r"^(?:(?:les|ces)\s+(?:\w+\s+)?(?:accords|textes|documents|conventions|protocoles"
    r"|memorandums|instruments)\s+ont\s+ete\s+(?:\w+\s+){0,2}?signes\b[^.;]*?\bpar\b"
    r"|(?:the|these|both|all)\s+(?:\w+\s+)?(?:agreements|documents|texts|memorandums|memoranda"
    r"|mous|instruments|deals)\s+(?:were|have\s+been)\s+(?:\w+\s+){0,2}?signed\b[^.;]*?\bby\b"
    r"|(?:оба\s+)?(?:документы|документа|соглашения|меморандумы|тексты)\s+(?:были\s+)?"
    r"подписа(?:ли|ны)\b)"
)


_WITNESSED = re.compile(
    r"\b(?:en\s+pr[ée]sence|in\s+the\s+presence|witnessed\s+by|в\s+присутствии)", re.IGNORECASE
)


def _signed_by_after(ctx: Context, all_units: list[Unit], kept: list[_Found]) -> None:
    """Who signed the texts a sentence names in the plural: those of the event told up to
    three sentences before it, and those detailed after it by sentences that sign nothing of
    their own ("Le premier accord … finance …"); an older text or a planned one is not of it."""
    for j, unit in enumerate(all_units):
        if not _TEXTS_SIGNED_BY.match(fold(unit.text)):
            continue
        # "…, en présence du président ghanéen …": a witness signs nothing
        names = _named_people(ctx, _WITNESSED.split(unit.text, maxsplit=1)[0])
        if len(names) < 2:
            continue
        for f in kept:
            a = f.agreement
            if f.older or a.status == "planned" or a.signatories or not -3 <= f.at - j <= 3:
                continue
            if f.at > j and signs(fold(all_units[f.at].text)):
                continue  # a text signed in a sentence of its own, with its own signers
            a.signatories = list(names)


def _listed_after(found: list[_Found], headers: dict[int, int]) -> set[int]:
    """The plurals split by their domains ("signed two agreements ... aimed at the timber
    industry and at export infrastructure") that a list opening a sentence or two later
    details ("The agreements are: a) …; b) …", "Les accords sont les suivants : …", «Это
    следующие документы: …»): the list names as many texts of the event as the plural, each
    with its own domains, between the plural's sides, and the plural's domains are what the
    texts are for as a whole."""
    sizes: dict[int, int] = {}
    for f in found:
        if f.group is not None and not f.older:
            sizes[f.group] = sizes.get(f.group, 0) + 1
    out = set()
    for group, size in sizes.items():
        first = next(f for f in found if f.group == group)
        items = [
            f
            for f in found
            if f.group is None
            and not f.older
            and f.agreement.status == first.agreement.status
            and 0 < headers.get(f.at, -1) - first.at <= 2
            # between the plural's sides: items read with others are not yet its detail
            and set(f.agreement.parties) <= set(first.agreement.parties)
        ]
        if len(items) >= size:
            out.add(group)
    return out


def _dedupe(
    found: list[_Found], headers: dict[int, int] | None = None, counts: set[int] | None = None
) -> list[_Found]:
    """Drop summaries that other items detail, and definite repeats of an earlier item
    (`headers`: each list item's unit -> its list's header unit)."""
    # an older text recalled in passing ("They build on a memorandum on lithium signed in
    # 2019") details no list of the event; nor does a sentence that tells what texts read before
    # contain ("Le mémorandum sur l'énergie porte sur ..., celui sur la santé sur ...")
    covered = {
        s
        for f in found
        if f.group is None and not f.older and not f.describes
        for s in f.agreement.sectors
    }
    groups: dict[int, set[str]] = {}
    for f in found:
        if f.group is not None:
            groups.setdefault(f.group, set()).update(f.agreement.sectors)
    listed = _listed_after(found, headers or {})
    kept: list[_Found] = []
    for f in found:
        if f.group is not None and not f.older and groups[f.group] - {"general"} <= covered:
            continue  # (a text dated before the event sums up none of the event's texts)
        if f.group in listed:
            continue
        repeats = [k for k in kept if f.group is None or k.group != f.group]
        repeats = [k for k in repeats if not _still_to_sign(f, k)]
        if not f.older and f.rank >= len([k for k in repeats if _kin(f, k)]):
            # "The second memorandum, signed by ..." after one memorandum (and contracts): the
            # next text of its series, whatever it shares with those read before
            kept.append(f)
            continue
        if (f.definite or f.group is not None) and (
            same := [k for k in repeats if _same(f, k) and not _older_than(f, k)]
        ):
            _signed_later(f, same[-1])
            _signers_told_later(f, same[-1])
            continue
        if f.older and any(_same_older(f, k) for k in repeats):
            continue  # "l'accord de 2015 sur la pêche ... L'accord de 2015 prévoit ..."
        if in_force := [k for k in repeats if _entry_into_force_of(f, k)]:
            # "a power purchase agreement signed in 2016 ... The power purchase agreement
            # entered into force in 2022": the year is the entry into force's, the text the one
            # read with its signing year
            in_force[-1].agreement.status = "in_force"
            continue
        if f.amended and (told := [k for k in repeats if _told_beside(f, k)]):
            # "l'Accord portant amendement de l'Accord de transport routier entre A et B du 16
            # mars 2016": the amended text, already read beside the amending one with its
            # date, read again from its own kind word; its title is the one it lacked
            told[-1].agreement.title = told[-1].agreement.title or f.agreement.title
            continue
        if f.older and (amended := [k for k in repeats if (k.amended or k.beside) and _same(f, k)]):
            # "a protocol amending the agreement on domestic workers. It updates the agreement
            # on domestic workers signed in 2018": the text the title named, told with its date
            kept[kept.index(amended[-1])] = f
            continue
        if amended_now := _amended_by_year(f, kept):
            # "signed the Second Protocol to Amend the X Agreement, which modernises the 2009
            # pact with chapters on digital trade": the pact is the amended text, told by its
            # year; the chapters the clause tells are the amending text's content
            amended_now.agreement.date = f.agreement.date or amended_now.agreement.date
            amending = [k for k in kept if k.at == f.at and not k.amended and not k.older]
            if amending:
                sectors = amending[-1].agreement.sectors + f.agreement.sectors
                amending[-1].agreement.sectors = list(dict.fromkeys(sectors))
                if len(amending[-1].agreement.sectors) > 1 and "general" in sectors:
                    amending[-1].agreement.sectors.remove("general")
            continue
        if (
            f.older
            and f.article
            and (ratified := [k for k in repeats if _signing_of_ratified(f, k)])
        ):
            # "ratified a defence agreement ... The agreement was signed on 8 May": the date
            # of its signature is the text's date (SPEC)
            ratified[-1].agreement.date = f.agreement.date or ratified[-1].agreement.date
            continue
        if lead := _listed_lead(f, repeats, headers or {}):
            # "… put his name to an agreement with Jordan. The four documents are: … - an
            # agreement between the governments of Iraq and Jordan to …": the list details
            # the text its lead told, by its fuller words
            f.agreement.signatories = list(
                dict.fromkeys(lead.agreement.signatories + f.agreement.signatories)
            )
            if f.agreement.sectors == ["general"]:
                f.agreement.sectors = list(lead.agreement.sectors)  # the lead's domain
            kept[kept.index(lead)] = f
            continue
        if lead := _counted_lead(f, repeats, counts or set()):
            # "…, signing a grant agreement … Three documents were signed. Sun and Beck signed
            # an agreement on economic and technical cooperation under which …": the texts
            # told after the count detail the bare one the lead told
            f.agreement.signatories = list(
                dict.fromkeys(lead.agreement.signatories + f.agreement.signatories)
            )
            kept[kept.index(lead)] = f
            continue
        if lead := _lead_detailed(f, repeats):
            # "… where the summit also produced a ceasefire declaration between Thailand and
            # Cambodia. … Joint Declaration by Thailand and Cambodia on the ceasefire …": the
            # text the story's first sentence told bare, detailed further on
            f.agreement.signatories = list(
                dict.fromkeys(lead.agreement.signatories + f.agreement.signatories)
            )
            f.agreement.title = f.agreement.title or lead.agreement.title
            kept[kept.index(lead)] = f
            continue
        if twin := _same_stage_again(f, repeats):
            # "un accord de défense paraphé mais toujours en suspens" in the lead, then "Reste
            # l'accord de coopération en matière de défense, paraphé à Rome en novembre": the
            # one text, told in full (its title and date) the second time
            kept[kept.index(twin)] = f
            continue
        if f.first_told and repeats:
            continue  # "The agreement signed on Monday covers ..." after one was read
        if f.anaphoric and any(_may_repeat(f, k) for k in repeats):
            continue  # "signed the grant agreement" after a grant agreement was read
        if _detailed_item(f, repeats):
            continue  # a listed domain told again in detail: «Министр ... подписал соглашение о ...»
        if f.at not in (headers or {}) and _said_again(f, repeats):
            # (an item of a list is a text of its own, whatever it provides for: "- a
            # memorandum on agriculture, providing for dairy supplies;")
            continue  # "The agreement between Ankara and Mogadishu covers naval training"
        if _restated(f, repeats):
            continue  # "L'accord sur l'énergie nucléaire signé lundi prévoit ..." after it was read
        if bare := _title_of_bare(f, repeats):
            # "signed an agreement on Monday. The Agreement on the Mutual Recognition of
            # Driving Licences takes effect in January": the title of the text just read
            bare.agreement.sectors = list(f.agreement.sectors)
            bare.agreement.title = bare.agreement.title or f.agreement.title
            continue
        if _signed_again(f, repeats):
            continue  # «Министр … подписал соглашение о здравоохранении» after it was read
        if _planned_again(f, repeats):
            continue  # "« Nous préférons signer dans un mois un accord applicable »"
        if told_first := _planned_title_again(f, repeats):
            # "instructed officials to prepare a memorandum on energy efficiency ... to
            # finalise a memorandum of understanding on cooperation in energy efficiency"
            if len(_title_words(f.agreement.title)) > len(_title_words(told_first.agreement.title)):
                told_first.agreement.title = f.agreement.title
            continue
        kept.append(f)
    return kept


# a text's "title" that is its kind word and its year: "accord de 2009", «соглашение 2009 года»
_TOLD_BY_YEAR = re.compile(r"[\w-]+\s+(?:(?:de|of|du|from)\s+)?(?:19|20)\d\d\b")


# the stages a story rarely reaches with two texts of one domain and the same sides
_RARE_STAGES = ("initialled", "ratified")


def _same_stage_again(f: _Found, earlier: list[_Found]) -> _Found | None:
    """The earlier text a definite mention tells again: of its kind, sides and domain (not
    the general one), at the same rare stage (initialled, ratified); the earlier one of
    no older date of its own (the lead's summary, dated by the story)."""
    x = f.agreement
    told_so = f.definite or f.article or f.the
    if not told_so or x.status not in _RARE_STAGES or x.sectors == ["general"]:
        return None
    for k in reversed(earlier):
        y = k.agreement
        if not k.older and (y.kind, y.status, sorted(y.parties), sorted(y.sectors)) == (
            x.kind,
            x.status,
            sorted(x.parties),
            sorted(x.sectors),
        ):
            return k
    return None


def _amended_by_year(f: _Found, kept: list[_Found]) -> _Found | None:
    """The text an amendment of `f`'s sentence names in its title, when `f` is that text told
    again by its year alone ("the 2009 pact", «соглашение 2009 года»): no title, an older
    date, in the sentence of the amending text."""
    title = fold(f.agreement.title or "")
    if not f.older or (title and not _TOLD_BY_YEAR.match(title)):
        return None
    same = [k for k in kept if k.amended and k.at == f.at and not k.older]
    return same[-1] if same else None


def _kin(f: _Found, k: _Found) -> bool:
    """Whether `k` is of `f`'s series: of its kind (a memorandum of understanding and a
    memorandum are one kind)."""
    return f.agreement.kind == k.agreement.kind


def _listed_lead(f: _Found, earlier: list[_Found], headers: dict[int, int]) -> _Found | None:
    """The bare text a lead told in the sentence or two before a list's header that the list
    item `f` details: of its kind and sides, in its domains (or either in none), with no title
    of its own."""
    header = headers.get(f.at)
    if header is None or f.older or f.group is not None or not f.agreement.parties:
        return None
    x = f.agreement
    return next(
        (
            k
            for k in reversed(earlier)
            if 0 <= header - k.at <= 2
            and k.group is None
            and not k.older
            and k.agreement.title is None
            and k.agreement.kind == x.kind
            and set(k.agreement.parties) == set(x.parties)
            and (
                set(k.agreement.sectors) & set(x.sectors)
                or "general" in (k.agreement.sectors + x.sectors)
            )
        ),
        None,
    )


# A line that opens on a text's title, as a list or a table gives it: "Joint Declaration by
# X and Y on …", "Accord de coopération …", «Соглашение о …» (no article: no sentence)
_TITLE_LINE = re.compile(
    r"^(?!(?:The|A|An|Le|La|Les|L['’]|Un|Une)\s)(?:[A-ZÀ-ÝА-ЯЁ][\w-]*\s+){0,2}"
    r"(?:Declaration|Agreement|Memorandum|Protocol|Convention|Treaty|Accord|D[ée]claration"
    r"|M[ée]morandum|Protocole|Trait[ée]|Соглашение|Меморандум|Декларация|Протокол|Договор)\b"
)


def _lead_detailed(f: _Found, earlier: list[_Found]) -> _Found | None:
    """The text the story's first sentence told with no proper title (none, or its kind
    and sides in lower case: "a ceasefire declaration between X and Y") that `f`, of its
    kind, sides and domain, tells again further on."""
    x = f.agreement
    if f.at == 0 or f.older or f.group is not None or not x.parties or x.sectors == ["general"]:
        return None
    if not _TITLE_LINE.match(x.evidence):
        return None  # (a sentence further on may tell another text of the lead's kind)
    return next(
        (
            k
            for k in earlier
            if k.at == 0
            and k.group is None
            and not k.older
            and (k.agreement.title is None or k.agreement.title[:1].islower())
            and k.agreement.kind == x.kind
            and k.agreement.status == x.status
            and set(k.agreement.parties) == set(x.parties)
            and set(k.agreement.sectors) & set(x.sectors)
        ),
        None,
    )


def _counted_lead(f: _Found, earlier: list[_Found], counts: set[int]) -> _Found | None:
    """The bare text (no title, no domain) a lead told before a sentence that counts the
    texts signed ("Three documents were signed.", "Trois documents ont été signés.",
    «Подписаны три документа.») when `f`, of its kind and sides, is told in the sentence or
    two after that count: the same text told in detail."""
    x = f.agreement
    if f.older or f.group is not None or not x.parties or x.sectors == ["general"]:
        return None
    counted = [c for c in (f.at - 1, f.at - 2) if c in counts]
    if not counted:
        return None  # (checked first: an article of two thousand texts asks it of each)
    return next(
        (
            k
            for k in earlier
            if k.group is None
            and not k.older
            and k.bare
            and k.agreement.title is None
            and k.agreement.kind == x.kind
            and k.agreement.status == x.status
            and set(k.agreement.parties) == set(x.parties)
            and k.at < counted[0]
        ),
        None,
    )


def _still_to_sign(f: _Found, k: _Found) -> bool:
    """A text told as still to be signed after a text of its domain was told signed
    ("signed agreements on water and transport ... The agreement on the joint use of the
    river's water could be signed at the next session", «Соглашение о ... может быть подписано
    на следующем заседании») is another text: what is signed is not signed again later. The
    other way round (planned, then told signed) is one text (`_signed_later`), and so is one
    initialled now and to be signed later; a sentence that only tells a text's content has no
    status of its own to tell it apart."""
    x, y = f.agreement, k.agreement
    if f.older or k.older or f.describes or _same_proper_title(x, y):
        return False
    return x.status == "planned" and y.status in ("signed", "ratified", "in_force")


def _same_proper_title(x: Agreement, y: Agreement) -> bool:
    """Two mentions by one title with a proper name in it ("la Déclaration de Loja"), one text
    whatever the status the sentence that cites it seems to give it."""
    return bool(
        x.title and y.title and fold(x.title) == fold(y.title) and _PROPER_WORD.search(x.title, 1)
    )


def _signed_later(f: _Found, k: _Found) -> None:
    """A planned text told again as signed ("plan to sign an agreement on energy ... The
    energy agreement was signed on Friday", «планируют подписать соглашение ... Соглашение
    о торговле было подписано») is one text, signed: the repeat `f` gives `k` its status,
    date and signatories."""
    x, y = f.agreement, k.agreement
    if y.status != "planned" or x.status in (None, "planned") or f.older or k.older:
        return
    y.status, y.date = x.status, x.date or y.date
    y.signatories = y.signatories or x.signatories


# A text named by the day of the event ("yesterday's deal", "Monday's accord", «вчерашнее
# соглашение»): the text the story reports, said again (read on folded text)
_OF_THE_DAY = re.compile(
    r"(?:\b(?:yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:last|this) (?:week|month))['’]s|(?<!\w)(?:вчерашн|сегодняшн)\w*)\s+(?:[\w-]+\s+)?$"
)
# A text's signing told with its agents: "was signed by X, Y and Z", "a été signé par X et Y"
_SIGNED_BY = re.compile(r"\b(?:signed|signee?s?)\s+(?:by|par)\s")
# A text's sides told by "between": "the contract between X and Y", «соглашение между X и Y»
_BETWEEN_SIDES = re.compile(r"\b(?:between|entre|между)\s")


def _signers_told_later(f: _Found, k: _Found) -> None:
    """ "Kenya will buy power under a memorandum signed yesterday. The memorandum was signed by
    Kenya Power, Ethiopia's EEP and …": a repeat `f` that names who signed `k` gives `k` those
    sides (the first mention's were only the states its sentence named around it) and its
    title, unless `k`'s own sentence names who signed it or whom it binds ("le contrat
    entre la KfW et la SBEE": the sides it names keep; a signer's office names his employer,
    not the text's sides)."""
    x, y = f.agreement, k.agreement
    if len(x.parties) < 2 or f.older or k.older or x.kind != y.kind:
        return
    if not _SIGNED_BY.search(fold(x.evidence)) or _SIGNED_BY.search(fold(y.evidence)):
        return
    if _BETWEEN_SIDES.search(fold(y.evidence)) and len(y.parties) >= 2:
        return
    y.parties = list(x.parties)
    y.title = y.title or x.title
    y.signatories = y.signatories or x.signatories


def _planned_again(f: _Found, earlier: list[_Found]) -> bool:
    """A text still to be signed, named again with neither title nor domain of its own ("we
    would rather sign an agreement that works", «подписать соглашение через месяц») after the
    story told of one to be signed between the same sides, is that text, not another."""
    x = f.agreement
    if x.status != "planned" or x.title or f.older or f.group is not None:
        return False
    if set(x.sectors) - {"general"}:
        return False
    return any(
        k.agreement.status == "planned" and set(k.agreement.parties) == set(x.parties)
        for k in earlier
    )


def _title_words(title: str | None) -> set[str]:
    """The words of a text's title that say what it is, not how it is linked ("of", "on")."""
    return set(re.findall(r"\w{4,}", fold(title or "")))


def _planned_title_again(f: _Found, earlier: list[_Found]) -> _Found | None:
    """A text still to be signed, told again in a later sentence by a title that holds every
    word of an earlier one's ("a memorandum on energy efficiency", then "a memorandum of
    understanding on cooperation in energy efficiency"; «меморандум об энергоэффективности»
    told again in full): a wire's lead sums up what its body tells again, one text, which
    keeps the fuller title. Of one kind, sides and status; the shorter title names more than
    its kind word, so that two texts of one kind told apart by their domains stay two."""
    x = f.agreement
    # (a text still to come told with its year, "to be signed in 2027", is no older text)
    if x.status != "planned" or not x.title or f.group is not None:
        return None
    own = _title_words(x.title)
    for k in reversed(earlier):
        y = k.agreement
        if (
            k.group is not None
            or k.at == f.at
            or y.status != "planned"
            or y.kind != x.kind
            or set(y.parties) != set(x.parties)
            or not set(y.sectors) & set(x.sectors)
        ):
            continue
        theirs = _title_words(y.title)
        shorter, longer = sorted((own, theirs), key=len)
        if len(shorter) >= 3 and shorter <= longer:
            return k
    return None


def _may_repeat(f: _Found, k: _Found) -> bool:
    """Whether a text named by its signing ("signed the loan agreement", «кредитное
    соглашение подписали») may be `k` again: of its kind, and in its domains unless either
    names none («Соответствующее кредитное соглашение» after agreements on geology and
    veterinary medicine is a text of its own)."""
    if k.agreement.kind != f.agreement.kind:
        return False
    words = fold(f.agreement.title or "").split()[-2:]
    if len(words) == 2 and " ".join(words) in fold(k.agreement.evidence):
        return True  # "signed a loan agreement for ... signed the loan agreement in Tokyo"
    own = set(f.agreement.sectors) - {"general"}
    theirs = set(k.agreement.sectors) - {"general"}
    return not own or not theirs or bool(own & theirs)


def _detailed_item(f: _Found, earlier: list[_Found]) -> bool:
    """A text named alone a few sentences after a plural listed its domain ("accords dans
    les domaines de la santé et de l'éducation ... Le ministre de la Santé a signé l'accord
    sur la santé", «подписаны соглашения о здравоохранении и ... Министр ... подписал
    соглашение о здравоохранении») is that item told in detail: same kind, sides and
    domains."""
    x = f.agreement
    if f.group is not None or f.older or f.similar or x.sectors == ["general"]:
        return False
    return any(
        k.group is not None
        and not k.older
        and 0 < f.at - k.at <= 4
        and k.agreement.kind == x.kind
        and sorted(k.agreement.sectors) == sorted(x.sectors)
        and set(k.agreement.parties) == set(x.parties)
        for k in earlier
    )


def _said_again(f: _Found, earlier: list[_Found]) -> bool:
    """A definite mention at the head of a sentence that tells what a text does ("The
    agreement between the two countries covers ...", "Ce protocole d'accord sur la
    transhumance doit permettre ...", «Соглашение между двумя странами предусматривает»),
    a sentence or three after an agreement of its kind was read, is that agreement again."""
    if not f.describes or f.older or f.group is not None:
        return False
    return any(
        k.agreement.kind == f.agreement.kind and not k.older and 0 < f.at - k.at <= 3
        for k in earlier
    )


_ANOTHER = re.compile(
    r"(?<!\w)(?:also|too|as well|another|aussi|egalement|un autre|une autre|также|тоже|еще|ещё"
    r"|друг\w*)(?!\w)"
)


def _title_of_bare(f: _Found, earlier: list[_Found]) -> _Found | None:
    """The text a definite or announced title names in the sentence or two after a bare
    mention of its kind between the same sides ("signed an agreement in Nicosia. The
    Agreement on the Mutual Recognition of Driving Licences ...", "ont signé un accord.
    Intitulé « Accord de coopération en matière de pêche », le texte ..."): that mention,
    which names no domain of its own (not "a cooperation agreement", not an older text)."""
    x = f.agreement
    if not (f.the or f.titled) or f.older or f.group is not None or not x.title:
        return None
    if not earlier or "general" in x.sectors or _ANOTHER.search(fold(x.evidence)):
        return None  # "The Agreement on Air Services was also signed": another text
    k = earlier[-1]
    y = k.agreement
    if (
        k.older
        or not k.bare
        or k.group is not None
        or y.sectors != ["general"]
        or y.kind != x.kind
        or not 0 < f.at - k.at <= 2
        or (x.parties and set(x.parties) != set(y.parties))
    ):
        return None
    return k


def _signed_again(f: _Found, earlier: list[_Found]) -> bool:
    """A Russian singular text signed a sentence or two after a text of its kind, sides
    and domains was read, with nothing that makes it another («также», «ещё одно»): the
    sentence tells who signed that text, as "the health agreement" would in English."""
    x = f.agreement
    if not f.signed_again or f.older or f.group is not None or "general" in x.sectors:
        return False
    return any(
        not k.older
        and 0 < f.at - k.at <= 2
        and k.agreement.kind == x.kind
        and k.agreement.status == x.status
        and set(k.agreement.parties) == set(x.parties)
        and set(k.agreement.sectors) == set(x.sectors)
        for k in earlier
    )


# Russian has no article: a mention at the head of its sentence, after at most a
# demonstrative and adjectives («Меморандум о … подписали министры», «Этот документ …»), is
# said as the definite "the memorandum" is.
_RU_HEAD = re.compile(
    r"^\s*(?:(?:этот|эта|это|этим|данн\w+|указанн\w+"
    # «Подписанный в понедельник меморандум»: the participle with its circumstance
    r"|подписанн\w+(?:\s+(?:в|во|на)\s+[а-я]+)?)\s+)?"
    # soft adjectives too: «соответствующее», «двустороннее»
    r"(?:[а-я-]+(?:ое|ее|ыи|ии|ая|яя|ои|ые|ие)\s+){0,2}$"
)
# «Соответствующее кредитное соглашение подписали министр ... и посол ...», «Меморандум
# был подписан в Каире»: a mention at the head of its sentence, the object of a signing
# verb that follows it (Russian puts the subject after the verb)
_RU_SIGNED_AFTER = re.compile(
    r"\s+(?:(?:также|тогда|затем|вчера|сегодня|уже)\s+)?"
    r"(?:подписали|подписал[аио]?|заключили|парафировали|был[аои]?\s+(?:\w+\s+)?подписан\w*"
    r"|подписан[аоы]?)\b"
)
_RU_MODIFIER = re.compile(r"(?P<modifier>(?:[а-я-]+(?:ое|ее|ыи|ии|ая|яя|ые|ие)\s+){0,3})$")


def _ru_signed_after(word: str, before: str, folded: str, end: int) -> re.Match | None:
    """The adjectives before a Russian mention at the head of its sentence when a signing
    verb follows it («кредитное соглашение подписали ...»): a text named by its signing,
    new when none of its kind was read before (as "signed the grant agreement")."""
    if not re.match(r"[а-я]", word) or not _RU_HEAD.match(before):
        return None
    if not _RU_SIGNED_AFTER.match(folded, end):
        return None
    return _RU_MODIFIER.search(before)


# "- l'accord dans le domaine de la culture ;": an item of a list, each its own text
_LIST_ITEM = re.compile(r"^\s*[-–•*]|;\s*$")


_RESTATED_KINDS = ("memorandum", "protocol", "framework", "convention")


def _restated(f: _Found, earlier: list[_Found]) -> bool:
    """A mention with a definite article ("L'accord sur l'énergie nucléaire signé lundi
    prévoit ...", "The MoU on health, signed by ...", "l'accord de coopération nucléaire")
    after a text of its kind (or a memorandum, protocol, treaty or convention, for "the
    agreement") binding the same sides on some of the same domains was read:
    that text named again, not a new one (an older text carries its own date; "un autre
    accord" has no article)."""
    x = f.agreement
    if not f.the or f.older or f.group is not None:
        return False
    own = set(x.sectors) - {"general"}
    for k in earlier:
        y = k.agreement
        if (
            k.older
            or f.at <= k.at
            # "un mémorandum d'entente sur la pêche … L'accord sur la pêche sera mis en
            # œuvre", «подписали меморандум … Соглашение об энергетике позволит»: the general
            # word names again a memorandum, protocol, treaty or convention, the last text
            # read (an exchange of notes and the grant agreement signed after it are two
            # texts, and so are a list's memorandum and its later "l'accord dans le domaine")
            or (
                y.kind != x.kind
                and (x.kind != "agreement" or y.kind not in _RESTATED_KINDS or k is not earlier[-1])
                # "Les textes signés portent sur l'hydraulique, la santé … Le mémorandum sur
                # l'hydraulique prévoit …": a text told by its domain alone, of no kind or
                # title of its own, is named again by its kind
                and not (y.kind == "agreement" and not y.title and x.kind in _RESTATED_KINDS)
            )
            # "un accord ... doit encore être signé. L'accord ..., lui, est signé"; a signed
            # text said to enter into force later is the same text; one whose sentence only
            # tells its content («Соглашение о водных ресурсах предусматривает …») has no
            # status of its own to tell it apart
            or (not f.describes and (y.status == "planned") != (x.status == "planned"))
            or set(y.parties) != set(x.parties)
            or _told_apart(x.title, y.title)
            # «… подписали меморандум. Соглашение о свободной торговле … действует с 2016
            # года»: a text in force since a year before the other was signed is another
            or (
                x.status == "in_force" != y.status and x.date and y.date and x.date[:4] < y.date[:4]
            )
        ):
            continue
        theirs = set(y.sectors) - {"general"}
        if (own & theirs) or (not own and not theirs):
            return True
    return False


# the words of a title any text's may hold: its kind, its cooperation, its field, its sides'
# governments ("accord de coopération dans le domaine de …", «соглашение о сотрудничестве в
# области …», "agreement between the governments of …")
_TITLE_COMMON = re.compile(
    r"accord|agree|соглаш|memor|мемор|proto|прото|conve|конве|trait|treat|догов|coop|сотру"
    r"|ente|unde|взаим|domai|field|обла|сфер|mati|gouv|gove|прав|betw|entr|межд"
)


# The instrument a financing text is: a loan, a guarantee, a grant, an on-lending; a loan's
# guarantee is signed beside it by another side, a text of its own ("L'accord de prêt a été
# signé … L'accord de garantie entre la Banque et la Géorgie a été signé …").
_INSTRUMENTS = (
    re.compile(r"\b(?:pret|loan|займ|заем|кредит)"),
    re.compile(r"\b(?:garantie|guarantee|гарант)"),
    re.compile(r"\b(?:don|grant|grants|грант|безвозмезд)\b"),
    re.compile(r"\b(?:retrocession|on-?lending|subsidiary (?:loan|financing))"),
)


def _instruments(title: str) -> set[int]:
    folded = fold(title)
    return {n for n, pattern in enumerate(_INSTRUMENTS) if pattern.search(folded)}


def _told_apart(title: str | None, other: str | None) -> bool:
    """Whether two titles name two objects: each by two words or more, with no stem in
    common ("соглашение о поощрении и взаимной защите инвестиций" and «Соглашение об избежании
    двойного налогообложения», both economy: two texts, not one named again); or two
    financing instruments ("accord de prêt", "accord de garantie": `_INSTRUMENTS`)."""
    if title and other:
        mine, yours = _instruments(title), _instruments(other)
        if mine and yours and not mine & yours:
            return True
    own, theirs = (
        {w[:5] for w in _title_words(t) if not _TITLE_COMMON.match(w)} for t in (title, other)
    )
    return len(own) >= 2 and len(theirs) >= 2 and not own & theirs


def _add_described_sectors(found: _Found, all_units: list[Unit]) -> None:
    """A framework agreement's domains are often told in a paragraph that follows
    ("Le texte prévoit ... la sécurité et le commerce"): add that paragraph's sectors."""
    after = found.at + 1
    if (
        after < len(all_units)
        and not all_units[found.at].line_end
        and (
            _DESCRIPTION.match(fold(all_units[after].text))
            # "… ratified it. It creates a River Basin Commission": a pronoun whose verb tells
            # what the text does
            or _TOLD_NEXT.match(fold(all_units[after].text))
        )
        and (described := _sectors(all_units[after].text))
    ):
        # "… ont signé l'accord-cadre de coopération. Cet accord-cadre couvre la sécurité,
        # le commerce et l'énergie.": the next sentence of its paragraph tells them
        sectors = found.agreement.sectors
        sectors.extend(s for s in described if s not in sectors)
        return
    paragraphs = [j for j in range(found.at + 1, len(all_units)) if all_units[j - 1].line_end]
    for j in paragraphs[:3]:
        if not _DESCRIPTION.match(fold(all_units[j].text)):
            continue
        described: list[str] = []
        for unit in all_units[j:]:
            described.extend(s for s in _sectors(unit.text) if s not in described)
            if unit.line_end:
                break
        if described:
            sectors = found.agreement.sectors
            sectors.extend(s for s in described if s not in sectors)
            return


# The next sentence's subject is the text just read and its verb tells the content:
# "Celui-ci porte sur la géologie", "The deal covers oil and gas", «Документ предусматривает»,
# "Elle porte sur ...", «Он направлен на ...», "The agreement is aimed at ...".
_TEXT_SUBJECT = (
    r"(?:celui-ci|celle-ci|ce dernier|cette derniere|(?:le|ce|cet|cette|la|l')\s*(?:texte|accord"
    r"|memorandum|protocole|convention|document|contrat)|(?:the|this) (?:agreement|deal|pact"
    r"|memorandum|mou|treaty|text|document|accord|protocol|convention|contract)|it|il|elle"
    r"|(?:этот |данный )?(?:документ|соглашение|меморандум|договор|контракт|протокол)|оно|он|она"
    # the minutes too: "Le procès-verbal fixe …", "The minutes set …"
    r"|(?:le|ce) proces-verbal|(?:the|these) (?:agreed )?minutes)"
)
_TOLD_NEXT = re.compile(
    rf"^\W*{_TEXT_SUBJECT}\b"
    r"(?P<between>[^.;]{0,60}?)\s(?:porte(?:ra)?|concerne\w*|prevoi\w*|vise\w*|couvre\w*"
    r"|englobe\w*|covers?|covering|provides? for|aims?|focuse[sd]? on|concerns?|deals? with"
    r"|targets?|касается|предусматривает|направлен\w*|охватывает|затрагивает"
    # what it sets or fixes is its content as well: "Le texte fixe les quotas de pêche", "The
    # document sets catch limits", «Документ устанавливает квоты»
    r"|fixe\w*|etablit|definit|sets?|fixe[sd]|establishes|lays? down|устанавливает"
    r"|определяет|закрепляет|регулирует"
    # what it makes precise: "It clarifies the rules of …", "Il précise les modalités …", «Он
    # уточняет порядок …»
    r"|clarifies|specifies|precise|уточняет|конкретизирует"
    # the body it creates works in its field: "It creates a River Basin Commission", "Il crée
    # un comité mixte des pêches", «Он создает совместную комиссию по энергетике»
    r"|creates|will create|sets up|will set up|cree|creera|institue|instituera|создает|создаст"
    r"|учреждает|учредит"
    # what it lets its sides do is what it is about: "It will allow Kenyan nurses to train in
    # Cuba", "Il permettra aux ...", «Он позволит ...»; and what it is meant for
    r"|(?:is|are|was) (?:aimed|designed|intended|meant)|aimed|allows?|enables?|lets"
    r"|will (?:allow|enable|let|see)|should (?:allow|enable)|sees"
    r"|permet(?:tra)?|(?:doit|devrait|va) permettre|est destine\w*|позволит|позволяет|нацелен\w*"
    # what it extends to whom: "Ce texte doit étendre à 300 écoles le programme …", "The
    # deal extends the scheme to …", «Документ распространяет программу на …»
    r"|(?:doit|devrait|va) etendre|etend(?:ra)?|extends|will extend|распространяет"
    # what a loan or a grant pays for: "It finances the construction of ...", "Il soutient un
    # programme de ...", «Он финансирует ...»
    r"|financ(?:e|es|era)|funds|will fund|supports|will support|soutien(?:t|dra)"
    r"|финансирует|поддерживает)\b"
)
# The next sentence opens by placing itself under the text: "Under the deal, Finnish firms
# will ...", "Aux termes de l'accord, ...", «В соответствии с документом стороны ...»: the rest
# of the sentence is what the text provides for.
_UNDER_IT = re.compile(
    r"^\W*(?:under (?:the|this|its) (?:agreement|deal|pact|memorandum|mou|treaty|text|document"
    r"|accord|protocol|convention|contract|terms)|(?:aux termes|en vertu|au titre) (?:de l'|du |de la"
    r"|de cet |de ce |de cette )\s*(?:accord|texte|memorandum|protocole|convention|document|contrat)"
    r"|(?:согласно|по условиям|в соответствии с|в рамках) (?:этого |данного )?(?:документ|соглашени"
    r"|меморандум|договор|контракт)\w*"
    r"|thanks to (?:the|this) (?:agreement|deal|memorandum|accord)|grace a (?:cet|l'|ce |cette )\s*"
    r"(?:accord|texte|memorandum|protocole|convention)|благодаря (?:этому |данному )?"
    r"(?:документ|соглашени|меморандум)\w*"
    # what it is for: "Its aim is to ...", "L'objectif du texte est de ...", «Цель документа —»
    r"|(?:its|the) (?:aim|goal|objective|purpose)(?: of the (?:agreement|deal|memorandum|mou"
    r"|accord|text|document))? is(?: to)?|(?:son |l')objectif(?: (?:de l'accord|du texte"
    r"|du memorandum|du document))? est(?: de| d')?|цел(?:ь|ью) (?:документа|соглашения"
    r"|меморандума)(?: является)?\s*[—–-]?"
    # «В документе речь идет о ...», "Il y est question de ..."
    r"|в (?:документе|соглашении|меморандуме) (?:речь идет о|говорится о)|il y est question d)"
    r"\b\s*,?"
)
# The next sentence spends the money of a loan or a grant: "The money will be used to build
# rural roads", "Les fonds serviront à construire des écoles", «Средства будут направлены на
# строительство больниц»: what it pays for is its content.
_SPENT_ON = re.compile(
    r"^\W*(?:the (?:money|funds|funding|loan|grant|financing|credit|proceeds)|(?:les|ces) fonds"
    r"|(?:le|ce) (?:pret|don|financement|credit)|(?:эти |полученные )?средства|кредит|заем|грант)"
    r"\b[^.;]{0,40}?\s(?:will be (?:used|spent|allocated|channell?ed|directed)|will go"
    r"|(?:is|are) (?:to be )?(?:used|earmarked|intended|allocated)|will (?:finance|fund|support)"
    r"|servir(?:a|ont)|ser(?:a|ont) (?:utilise|affecte|consacre|destine|alloue)\w*"
    r"|permettr(?:a|ont) de financer|(?:est|sont) destine\w*|будут (?:направлены|использованы"
    r"|потрачены)|пойдут|направят"
    # what it is aimed at: "The grant is aimed at school meals", "Le don vise la rénovation
    # des écoles", «Грант направлен на модернизацию школьного питания»
    r"|(?:is|are) (?:aimed|directed|targeted) at|vise(?:nt)?|направлен[аоы]?)\b"
)
# The next sentence gives the text's title: "Titled "Cooperation in Veterinary Services", the
# memorandum ...", "Intitulé « ... », le texte ...", «Документ под названием «...»», «Полное
# название документа — «...»»: the title's words name its domains.
_TITLED_NEXT = re.compile(
    rf"^\W*(?:{_TEXT_SUBJECT}\s*,?\s+)?(?:(?:officially |formally )?(?:titled|entitled|named|called)"
    r"|(?:officiellement )?(?:intitule|baptise|denomme)e?|под названием|(?:(?:его|ее|its|son|sa)\s+)?"
    r"(?:полное|официальное|full|official) (?:название|title|name)(?: (?:документа|соглашения"
    r"|меморандума|договора|of the \w+))?(?: is)?|(?:son|sa) (?:titre|intitule) (?:complet|officiel)"
    r"(?: est)?)\s*[—–:-]?\s*(?:le |la |l')?[«\"“„]\s*(?P<title>[^«»\"“”„]{4,200})"
)


# who tells it, between the text and its verb: ", selon une source diplomatique,", ",
# according to the foreign ministry,", «, по данным МИД,» (folded): no content of the text
_ATTRIBUTION = re.compile(
    r",\s*(?:selon|d'apres|according to|по (?:данным|словам|информации))\s[^,]{1,60},"
)


def _told_next(found: _Found, all_units: list[Unit], kept: list[_Found]) -> None:
    """A text read without a domain takes those the next sentence of its paragraph gives
    it: "ont signé un accord. Celui-ci porte sur la géologie", "signed an agreement on
    Monday. The deal covers oil and gas exploration" (SPEC: the areas it names as content);
    or the first sentence of the next paragraph, which a crawl often starts there ("signed a
    memorandum in Kampala.¶The memorandum covers power interconnection"). The sentence may
    also place itself under the text ("Under the deal, ...") or give its title ("Titled
    "...", the memorandum ...")."""
    after = found.at + 1
    if after >= len(all_units):
        return
    if any(k.at == after for k in kept):
        return  # the next sentence was read as a text of its own
    text = all_units[after].text
    folded = fold(text)
    described: list[str] = []
    if (told := _TOLD_NEXT.match(folded)) and not _sectors(_ATTRIBUTION.sub(" ", told["between"])):
        described = _sectors(text[told.end() :])
    elif under := (_UNDER_IT.match(folded) or _SPENT_ON.match(folded)):
        described = _sectors(text[under.end() :])
    elif titled := _TITLED_NEXT.match(folded):
        described = _sectors(text[titled.start("title") : titled.end("title")])
    if described:
        found.agreement.sectors = described


# The words of money and of who lends it ("a loan agreement with the World Bank")
_MONEY = re.compile(rf"(?:{_MEANS.pattern})|banks?|banques?|банк\w*|funds?|fonds|фонд\w*")


def _spent_next(found: _Found, all_units: list[Unit], kept: list[_Found]) -> None:
    """A loan or a grant read only as money (economy, its sentence naming nothing but the
    loan) takes what the next sentence spends it on: "signed a $40 million loan agreement.
    The money will be used to build rural roads" is a roads text."""
    after = found.at + 1
    if after >= len(all_units) or any(k.at == after for k in kept):
        return
    # («Первое соглашение … заключено с Министерством финансов»: who borrows, not what for)
    own = _RU_MINISTRY.sub(lambda m: " " * len(m.group()), all_units[found.at].text)
    folded = fold(_without_signers(own))
    spans = sector_spans(folded)
    if not all(_MONEY.fullmatch(folded[a:b]) for a, b, _ in spans):
        return  # "a loan for the railway": the sentence told what it pays for
    text = all_units[after].text
    if (spent := _SPENT_ON.match(fold(text))) and (described := _sectors(text[spent.end() :])):
        found.agreement.sectors = described


# A title's own word for a text ("Kenya, Peru sign fisheries deal"), the press's short ones too
_TITLE_TEXT = re.compile(
    r"(?<!\w)(?:deals?|pacts?|mous?|accords?|соглашени\w*|меморандум\w*)(?!\w)"
)
# where a title's text ends and its event begins: "sign deal at energy summit", "signent un
# accord lors du forum sur l'énergie", «подписали соглашение на энергетическом форуме»
_TITLE_EVENT = re.compile(
    r"\s(?:at|during|amid|after|ahead of|as|on the sidelines of|au|aux|a la|a l'|lors d\w*|pendant"
    r"|apres|en marge d\w*|на|в ходе|после|по итогам|во время)\s"
)
_COOPERATION_TITLE = re.compile(r"cooperation|сотрудничеств|cadre|framework|рамочн|general")


def with_title_domain(agreements: list[Agreement], title: str, published: str | None) -> None:
    """The one text read bare in the article takes the domain its page's title gives a text
    ("Kenya, Peru sign fisheries deal" over "signed an agreement in Lima"; SPEC: the areas
    the text names as its content), when no other text of the article already has it (then
    the title sums the article's texts up); not an older text recalled."""
    folded = fold(title)
    mention = _TRIGGER.search(folded) or _TITLE_TEXT.search(folded)
    if not mention:
        return
    # the words up to the text's own and its complement: not the event after it ("at the
    # energy summit")
    scope = title[mention.end() :]
    if event := _TITLE_EVENT.search(fold(scope)):
        scope = scope[: event.start()]
    told = _sectors(title[: mention.end()] + " " + _own_scope(scope))
    told = [s for s in told if s != "general"]
    bare = [
        a
        for a in agreements
        if a.sectors == ["general"]
        and a.kind != "framework"
        and a.status != "planned"
        and not _COOPERATION_TITLE.search(fold(a.title or ""))
        # a session's minutes record the session, not the texts a title sums up ("India,
        # Guinea sign three pacts including credit line")
        and not (a.kind == "other" and _MINUTES.search(fold(a.evidence)))
        # "the 2012 Cooperation Agreement" recalled: an older text, not the title's
        and not (a.date and published and a.date[:4] < published[:4])
    ]
    if not told or len(bare) != 1:
        return
    others = {s for a in agreements if a is not bare[0] for s in a.sectors}
    if own := [s for s in told if s not in others]:
        bare[0].sectors = own


def _signing_of_ratified(a: _Found, b: _Found) -> bool:
    """A definite mention dated earlier than the event ("The framework agreement was signed
    in Ankara on February 8") after a text told as ratified or in force at the event is that
    text's signing, told late: ratification follows signature."""
    x, y = a.agreement, b.agreement
    if b.older or y.status not in ("ratified", "in_force"):
        return False
    if x.kind != y.kind and not {x.kind, y.kind} <= {"agreement", "framework"}:
        return False
    if not x.title:
        return True  # «Соглашение было подписано в Ханое 14 января»: no domain of its own
    if y.title and fold(x.title) not in fold(y.title):
        return False  # «Соглашение о строительстве АЭС, подписанное в 2010 году»: another text
    own = set(x.sectors) - {"general"}
    return own <= set(y.sectors)


def _entry_into_force_of(a: _Found, b: _Found) -> bool:
    """A definite mention told as entering into force in a past year ("The agreement entered
    into force in 2022") after an older text of its kind, sides and domains read with an
    earlier or the same year: that text's entry into force, not another text."""
    x, y = a.agreement, b.agreement
    if not (a.older and a.article and b.older and x.status == "in_force"):
        return False
    if x.kind != y.kind or sorted(x.parties) != sorted(y.parties):
        return False
    if not (x.date and y.date and y.date[:4] <= x.date[:4]):
        return False
    if x.title and y.title:
        # most words of the shorter title in the other («Соглашение о поставках
        # электроэнергии вступило в силу …» after «соглашение о поставках электроэнергии»)
        wx, wy = (set(_TITLE_WORD.findall(fold(t))) for t in (x.title, y.title))
        if 2 * len(wx & wy) <= min(len(wx), len(wy)):
            return False
    own = set(x.sectors) - {"general"}
    return own <= set(y.sectors)


_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")


def _same_older(a: _Found, b: _Found) -> bool:
    """An older text named again by its kind and year: the one read before, when the
    second mention is definite or names no domain of its own, or only the first's."""
    x, y = a.agreement, b.agreement
    # "the 2018 agreement ..., signed in May 2018" then "Under the 2018 agreement": one date
    # at two precisions
    dates = sorted((x.date or "", y.date or ""), key=len)
    if not b.older or x.kind != y.kind or not dates[0] or not dates[1].startswith(dates[0]):
        return False
    own = set(x.sectors) - {"general"}
    titled = set(_sectors(x.title)) - {"general"} if x.title else set()
    if titled and not titled & set(y.sectors):
        # «Соглашение о демаркации границы, подписанное в 2017 году» after the fisheries
        # agreement of 2017: its title names a domain the first has not, another text
        return False
    return a.article or not own or own <= set(y.sectors)


def _told_beside(f: _Found, k: _Found) -> bool:
    """Whether `k` is the amended text an amendment's mention of `f`'s unit told beside it
    (`_beside`), of `f`'s kind, sides and sectors."""
    x, y = f.agreement, k.agreement
    return (
        k.beside
        and k.at == f.at
        and x.kind == y.kind
        and sorted(x.parties) == sorted(y.parties)
        and sorted(x.sectors) == sorted(y.sectors)
    )


def _older_than(a: _Found, b: _Found) -> bool:
    """Whether `a` is an older text told with its own date and `b` one of the event, of
    another date: «напомнили о соглашении о военном сотрудничестве 2014 года» after «подписали
    соглашение о сотрудничестве в области оборонной промышленности» recalls another text."""
    x, y = a.agreement, b.agreement
    return a.older and not b.older and bool(x.date) and not (y.date or "").startswith(x.date)


# a capitalised word after a title's first: a place's or a person's name in it, not its kind
_PROPER_WORD = re.compile(r"(?<=\s)[A-ZÀ-ÝА-ЯЁ][\w'’-]+")


# the word that opens a text's partner in its title: "… with the utility", "… avec la SAR"
_PARTNER_WORD = re.compile(r"\s(?:avec|with|entre|between)\s")
# words of a title that name no text in particular: its kind, "cooperation", links
_KIND_AND_LINK_WORDS = frozenset({
    "accord", "accords", "agreement", "agreements", "convention", "memorandum", "protocole",
    "protocol", "contrat", "contract", "traite", "treaty", "cooperation", "the", "des", "sur",
})  # fmt: skip


def _same(a: _Found, b: _Found) -> bool:
    """Same kind and sectors, and no two different titles. A definite mention ("l'accord
    sur la santé prévoit aussi la formation") is the earlier text of its kind whose sectors
    it shares, whatever it adds, or whose title it repeats without a domain of its own."""
    x, y = a.agreement, b.agreement
    if a.definite and x.kind == y.kind and not a.older and not b.older and x.title and y.title:
        sx, sy = set(x.sectors) - {"general"}, set(y.sectors) - {"general"}
        if sy and sy <= sx and _LEADING_ARTICLE.sub("", fold(y.title)) in fold(x.title):
            return True
        if (not sx and fold(x.title) == fold(y.title)) or _same_proper_title(x, y):
            # "The Exchange of Notes was signed by ...": no domain of its own; "Selon la
            # Déclaration de Loja, …", "Under the Lima Declaration": a text named by its proper
            # name, whatever domains the sentence that cites it speaks of
            return True
        words = set(re.findall(r"\w{3,}", fold(x.title)))
        if not sx and len(words) >= 2 and words <= set(re.findall(r"\w{3,}", fold(y.title))):
            # "pour le mémorandum sur l'interconnexion" after "Mémorandum d'entente sur
            # l'interconnexion électrique …": the earlier title shortened, no domain of its own
            return True
        # "l'accord de mourabaha avec la direction de la SAR" after "un accord de mourabaha de
        # 150 millions entre l'ITFC et la SAR pour …", "the loan agreement with the utility":
        # the earlier title told again up to its partner, between the same sides
        own = _PARTNER_WORD.split(fold(x.title), maxsplit=1)[0]
        words = set(re.findall(r"\w{3,}", own))
        if (
            not sx
            and own != fold(x.title)
            and set(x.parties) == set(y.parties)
            and len(words) >= 2
            and words - _KIND_AND_LINK_WORDS
            and words <= set(re.findall(r"\w{3,}", fold(y.title)))
        ):
            return True
    if (x.kind, sorted(x.sectors)) != (y.kind, sorted(y.sectors)):
        return False
    return not (x.title and y.title and fold(x.title) != fold(y.title))
