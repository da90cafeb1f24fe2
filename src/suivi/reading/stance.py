"""Whether a sentence asserts the agreement it mentions: polarity and modality.

"Aucun accord n'a été conclu", "an agreement ... was never concluded", "ils pourraient
signer un accord si ...", "a possible agreement", "une feuille de route doit encore être
rédigée": each mentions an agreement that does not exist. Word windows before the mention
(`agreements._NOT_AN_AGREEMENT`) miss the verb that comes after it, or three clauses
away; the dependency parse gives the verb that governs the mention wherever it is, and
that verb's negation, its mood and its conditional clause.

French and English use the tagger and parser of the spaCy models already installed
(`nlp.french_parser`, `nlp.english_parser`), loaded on first need and run only on the
sentences that mention an agreement, so the cost stays a few milliseconds a document.
Russian keeps to its grammar's clause markers (не ... before the verb, бы, если),
which word order gives as surely as a parse.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any

from suivi.reading import nlp

ASSERTED = "asserted"
NEGATED = "negated"  # "n'a pas été signé", "no agreement", "never concluded"
HYPOTHETICAL = "hypothetical"  # "pourraient signer ... si", "a possible agreement"
UNWRITTEN = "unwritten"  # "doit encore être rédigé", "is to be drafted": a task
# Planned: "n'a pas encore été signé", "has not yet been signed", and a signing announced as
# likely with no condition ("could be signed later this year", "pourrait être signé lors de
# la prochaine visite", «может быть подписано летом»): SPEC's `planned` is "announced or to
# be examined/signed", and a hedge on the date announces the text all the same.
PENDING = "pending"
# Only talked of: "discuté d'un accord", "negotiations on an agreement would continue",
# "souhaitent conclure un accord", "hopes to conclude", "work towards an agreement", "an
# agreement proposed by ...": no text exists yet nor is one announced (an older text
# named with its own date, which such a sentence may recall, is still one).
TALKED = "talked"

_MAX_PARSED = 600  # characters of a sentence parsed: a mention's clause is near it

# Words of each language, lower case (the parsers run without their lemmatizer).
_NEGATIONS = {"pas", "jamais", "point", "nullement", "aucunement", "not", "n't", "never"}
_NOT_REALLY = {"seulement", "only", "just", "merely", "uniquement"}  # "not only": affirmed
_YET = {"encore", "yet", "still", "toujours"}  # "n'ont toujours pas signé": not yet
_NO_DETERMINERS = {"aucun", "aucune", "nul", "nulle", "no"}
_CONDITIONS = {"si", "s'", "if", "unless", "whether"}
_POSSIBLE = re.compile(
    r"^(?:eventuel|éventuel|possible|potential|hypothetical|hypothetique"
    r"|hypothétique|prospective)\w*$"
)
# Words that make an agreement a subject of talks when they govern it or are the subject
# of the phrase that does ("Des négociations sont en cours sur une convention").
_TALK = re.compile(
    r"^(?:n[ée]goci\w*|discut\w*|discussions?|pourparlers|d[ée]batt?\w*|[ée]voqu\w*|negotiat\w*|talks?"
    r"|discuss\w*|consultations?|proposals?|propositions?"
    # "agreed on the need for an agreement", "la nécessité d'un accord"
    r"|needs?|necessity|n[ée]cessit[ée])$"
)
# Hastening the making of a text is wishing for it: "agreed to speed up the conclusion of an
# agreement", "accélérer la signature d'un accord".
_HASTEN = re.compile(
    r"^(?:speed\w*|accelerat\w*|expedit\w*|hasten\w*|fast-track\w*|acc[ée]l[ée]r\w*"
    r"|h[âa]t(?:er|ent|e))$"
)
# The making of a text named by a noun, through which the talk governs it: "négociations
# en vue de la conclusion d'un accord", "negotiations towards the signing of an agreement".
_MAKING = re.compile(r"^(?:conclusion|signature|signing|finali[sz]ation|adoption|vue)$")
_TOWARDS = {"towards", "toward"}
# Talk that ended in the making of a text: "concluded the talks with the signing of",
# "a clôturé les discussions par la signature d'un accord".
_ENDED = re.compile(
    r"^(?:conclud\w*|end(?:s|ed|ing)?|clos\w*|wrap\w*|crown\w*|round\w*|culminat\w*"
    r"|cl[ôo]tur\w*|conclu\w*|termin\w*|couronn\w*|achev\w*)$"
)  # "work towards an agreement"
# A verb that ends or undoes a text: negated, it says the text stands ("n'a jamais été
# abrogé", "has never been repealed", "was not suspended").
_UNDONE = re.compile(
    r"^(?:abrog\w*|d[ée]nonc\w*|annul\w*|r[ée]sili\w*|suspend\w*|r[ée]voqu\w*|rompu\w*"
    r"|repeal\w*|abrogat\w*|revok\w*|rescind\w*|cancel\w*|terminat\w*|denounc\w*|scrap\w*"
    r"|invalidat\w*|annull\w*)$"
)
# A wish above the verb that would make the text: "souhaitent conclure", "hopes to conclude"
# ("envisagent la signature", "plan to sign" announce a text: planned, not a wish).
_WISH = re.compile(
    r"^(?:souhait\w*|esp[èée]r\w*|veul\w*|voul\w*|d[ée]sir\w*|ambitionn\w*|hop(?:e|es|ed|ing)"
    r"|wish\w*|want\w*|seek\w*|sought|aspir\w*)$"
)
# A denial above the verb that would make the text: "denied that it had signed an agreement",
# "a démenti avoir signé un accord", "dismissed reports that it signed a deal": none was.
_DENY = re.compile(
    r"^(?:den(?:y|ies|ied|ying)|dismiss\w*|refut\w*|d[ée]men(?:t|ti|tent|tait|taient|tir)\w*"
    r"|r[ée]fut\w*|contest\w*|nie|nient|ni[ée])$"
)
_PROPOSED = re.compile(r"^(?:propos[ée]\w*|proposed|suggested|sugg[ée]r[ée]\w*)$")
_POSSIBILITY = re.compile(r"^(?:possibilit[ée]s?|[ée]ventualit[ée]|possibility|prospects?)$")
# A possibility of signing: "could be signed", "qui pourrait être signé", "so that it can be
# signed", "afin qu'il puisse être signé".
_MAYBE = {"could", "can", "might", "may", "pourrait", "pourraient", "puisse", "puissent"}
_SIGNING = re.compile(
    r"^(?:sign\w*|conclu\w*|ink\w*|seal\w*|paraph\w*|initial\w*|ratifi\w*|adopt\w*)$"
)
_PAST_AUX = {"a", "ont", "avait", "avaient", "has", "have", "had", "was", "were", "été"}
_EXCLUDE = re.compile(r"^(?:exclu\w*|rul\w*|preclude\w*)$")  # "n'excluent pas", "did not rule out"
_DRAFT = re.compile(
    r"^(?:elabor\w*|élabor\w*|redig\w*|rédig\w*|draft\w*|drawn|drew|draw|prepar\w*|developed"
    r"|develop|écri\w*|ecri\w*|written|write)$"
)
# Words that put a drafting verb in the future or the obligation ("sera élaboré",
# "doit encore être rédigé", "is to be drafted", "will be drawn up", "is yet to be").
_STILL_TO = {
    "sera",
    "seront",
    "doit",
    "doivent",
    "devra",
    "devront",
    "reste",
    "restent",
    "will",
    "shall",
    "is",
    "are",
    "must",
    "should",
    "yet",
    "to",
    "encore",
}


# Every stance but ASSERTED needs one of these words in the clause; without one the
# parse is not run (most sentences that mention an agreement say it was signed).
_CUE = re.compile(
    r"(?i)\b(?:ne|n'|not|n't|never|no|aucune?|nulle?|si|s'|if|unless|whether|eventuel\w*"
    r"|éventuel\w*|possible|potential|hypoth\w+|prospective|elabor\w*|élabor\w*|redig\w*"
    r"|rédig\w*|draft\w*|drawn|drew|draw|prepar\w*|develop\w*|ecri\w*|écri\w*|written|write"
    r"|n[ée]goci\w*|negotiat\w*|discu\w*|talks?|pourparlers|d[ée]bat\w*|[ée]voqu\w*|consultations?"
    r"|towards?"
    r"|souhait\w*|esp[èée]r\w*|veul\w*|voul\w*|d[ée]sir\w*|ambitionn\w*|hop\w*|wish\w*|want\w*"
    r"|seek\w*|sought|aspir\w*|propos\w*|suggest\w*|sugg[ée]r\w*|possib\w*|[ée]ventualit\w*"
    r"|prospects?|could|might|may|would|pourrai\w*|serai\w*|needs?|necessity|n[ée]cessit\w*|requir\w*|exig\w*"
    r"|any|tout|toute|\w{2,}(?:rait|raient)"  # "any treaty", "donnerait", "devrait"
    r"|speed\w*|den(?:y|ies|ied|ying)|dismiss\w*|refut\w*|r[ée]fut\w*|d[ée]men\w*|contest\w*"
    r"|nie|nient|ni[ée]"
    r"|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)\b|appeal\w*|press(?:es|ed|ing)?\s+for"
    r"|appel(?:le|lent|ait|aient|é|e)?\s+(?:à|a|de)\b|plaid\w*|v(?:œ|oe)u|espoir"
    r"|accelerat\w*|expedit\w*|hasten\w*|fast-track\w*|acc[ée]l[ée]r\w*|h[âa]t\w*)"
    r"|n't\b"
)


# Reports of a signing that the same sentence calls untrue: «сообщения о подписании
# соглашения о … не соответствуют действительности», "reports that the two signed a deal on
# … are false", "les informations faisant état de la signature d'un accord … sont dénuées de
# fondement": the text is a rumour refuted, none was signed.
_REPORTED_SIGNING_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:reports?|claims?|allegations?|rumou?rs?|informations?|rumeurs?"
    r"|all[ée]gations?|affirmations?|сообщени\w*|информаци\w*|слух\w*|сведени\w*"
    r"|публикаци\w*|утверждени\w*|заявлени\w*)(?!\w)"
    r"[^.;!?]{0,100}?(?<!\w)(?:sign\w*|inked|conclu\w*|подписа\w*|подписн\w*|заключ\w*)\s+"
    r"(?:[\w'’-]+\s+){0,4}$"
)
_CALLED_UNTRUE_AFTER = re.compile(
    r"(?i)^[^.;!?]{0,160}?(?:"
    r"\bне\s+соответству\w+\s+(?:действительности|истине|реальности)"
    r"|\b(?:являются|являлись|оказались)\s+(?:ложн\w+|недостоверн\w+|фейк\w*)"
    r"|\bне\s+имеют\s+(?:под\s+собой\s+)?(?:никаких\s+)?основани\w*"
    r"|\b(?:are|were|is|was|have\s+proved|proved)\s+(?:(?:completely|entirely|totally|simply)\s+)?"
    r"(?:false|untrue|unfounded|baseless|groundless|incorrect|inaccurate|fake|without\s+foundation)\b"
    r"|\b(?:have|has|had)\s+no\s+(?:basis|foundation)\b"
    r"|\b(?:sont|étaient|etaient|se\s+sont\s+révélées|se\s+sont\s+revelees)\s+(?:(?:totalement|"
    r"complètement|completement|entièrement|entierement)\s+)?(?:fausses?|faux|infondée?s?"
    r"|sans\s+fondement|dénuée?s?\s+de\s+(?:tout\s+)?fondement|erronée?s?|inexacte?s?)"
    r"|\bne\s+correspond(?:ent|ait|aient)?\s+pas\s+(?:à|a)\s+la\s+(?:réalité|realite|vérité|verite)"
    r")"
)


def _reported_untrue(text: str, at: int) -> bool:
    """Whether the mention at `at` is the text of reports of a signing called untrue."""
    return bool(
        _REPORTED_SIGNING_BEFORE.search(text, max(0, at - 160), at)
        and _CALLED_UNTRUE_AFTER.search(text[at:])
    )


def of_mention(text: str, language: str, at: int) -> str:
    """The stance of the sentence `text` towards the agreement named at offset `at`."""
    if _reported_untrue(text, at):
        return NEGATED
    if language == "ru":
        return _russian(text, at)
    if language not in ("fr", "en"):
        return ASSERTED
    start, end = clause(text, at)
    if end - start > _MAX_PARSED or not _CUE.search(text, start, end):
        return ASSERTED  # no word any stance needs: nothing to parse
    doc = nlp.parse(text[start:end], language)
    token = next((t for t in doc if t.idx <= at - start < t.idx + max(1, len(t))), None)
    said = ASSERTED if token is None else _stance(token)
    if said == ASSERTED and _DENIED_BEFORE.search(text, max(start, at - 160), at):
        return NEGATED  # the small parsers miss "dément" and "nie" as verbs, and "reports that"
    if said == ASSERTED and (
        _TALK_VERB_BEFORE.search(text, max(start, at - 60), at)
        or _CALLED_FOR_BEFORE.search(text, max(start, at - 80), at)
        or _WISHED_BEFORE.search(text, max(start, at - 80), at)
        or _REQUIRED_BEFORE.search(text, max(start, at - 80), at)
        or _TALKED_AFTER.match(text, at, end)
    ):
        return TALKED  # the parser may miss the verb ("négocient" read as an adjective)
    return said


# A verb of talk right before its object, for when the small parser mislabels it: "négocient
# actuellement un accord", "are negotiating a new agreement".
_TALK_VERB_BEFORE = re.compile(
    r"(?i)\b(?:n[ée]gocie\w*|n[ée]gocient|n[ée]gociaient|negotiat(?:e|es|ing)|discuss(?:es|ing)?"
    # the noun: "negotiations on a mutual defence treaty", "les négociations sur un accord"
    r"|negotiations?\s+(?:on|for|over|towards)|n[ée]gociations?\s+(?:sur|pour|en vue d['’])"
    r")\s+"
    r"(?:(?:actuellement|encore|toujours|currently|still|now)\s+)?"
    r"(?:un|une|le|la|l'|les|des|a|an|the)\s*(?:[\w-]+\s+){0,2}$"
)

# A text called for, with an indefinite article: "called for a continental agreement on …",
# "urged the conclusion of a treaty", "a appelé à la conclusion d'un accord", "plaide pour un
# accord": a wish said aloud, no text made or announced ("called for the implementation of the
# 2019 agreement" names an existing one: its article is definite)
_CALLED_FOR_BEFORE = re.compile(
    r"(?i)\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+for"
    r"|press(?:es|ed|ing)?\s+for|appel(?:le|lent|ait|aient|é|e)?\s+(?:à|a)"
    r"|plaid(?:e|ent|é|ait|aient|er)\s+pour|appel(?:le|lent|é)?\s+de\s+(?:ses|leurs)\s+v(?:œ|oe)ux)"
    r"\s+(?:(?:the\s+|la\s+|l['’]\s*)?(?:speedy\s+|early\s+|rapide\s+|prompte\s+)?"
    r"(?:conclusion|signing|signature|adoption|negotiation|n[ée]gociation)\s+(?:of|d['’]|de)\s*)?"
    r"(?:a|an|un|une|d['’]un|d['’]une|new|nouvel|nouveau)\s+(?:[\w-]+\s+){0,3}$"
)

# A wish told by its noun before the making of the text: "expressed their desire to conclude a
# free trade agreement", "ont émis le vœu de conclure, à terme, un accord" (the verbs' own
# wishes, "hope to conclude", are `_WISH` on the parse).
_WISHED_BEFORE = re.compile(
    r"(?i)\b(?:desire|wish|hope|v(?:œ|oe)u|souhait|d[ée]sir|espoir)\s+(?:to|de|d['’])\s*"
    r"(?:[\w-]+\s+){0,2}?(?:conclude|sign|reach|conclure|signer|parvenir\s+[àa])"
    r"(?:\s*,[^,.;]{1,30},)?\s+"  # "de conclure, à terme, un accord"
    r"(?:a|an|un|une)\s+(?:[\w-]+\s+){0,3}$"
)

# A text as what something requires, with an indefinite article: "the route requires a
# separate transit agreement", "le projet nécessite un accord avec le Niger": a condition, no
# text made or announced (the small French parser reads «nécessite» as a preposition)
_REQUIRED_BEFORE = re.compile(
    r"(?i)\b(?:requir(?:e|es|ed|ing)|n[ée]cessit(?:e|ent|ait|aient|era|eront|erait|eraient)"
    r"|exig(?:e|ent|eait|eaient|era|eront|erait|eraient))\s+"
    r"(?:a|an|another|un|une|d['’]un|d['’]une)\s+(?:[\w-]+\s+){0,4}$"
)

# A denial of the signing right before the mention: "a démenti avoir signé un", "nie avoir
# conclu un", "dismissed reports that it had signed a", "denied having inked a".
_DENYING = (
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|refut\w*|r[ée]fut\w*|d[ée]men(?:t|ti"
    r"|tent|tait|taient|tir)|nie|nient|ni[ée])\s+"
    # "dément par ailleurs", "flatly denied", "a catégoriquement démenti"
    r"(?:(?:par\s+ailleurs|aussi|également|also|\w{4,}(?:ment|ly))\s+)?"
)
_REPORTS = (
    r"(?:the\s+|les\s+|des\s+)?(?:reports?|claims?|allegations?|rumou?rs?|informations?"
    r"|rumeurs?|all[ée]gations?)\s+"
    # "des informations publiées par un site", "reports circulating online"
    r"(?:(?:publi[ée]e?s?|parues?|circulating|published|relay[ée]e?s?|relayed)\s+[^.;:,]{0,50}?)?"
)
_DENIED_BEFORE = re.compile(
    r"(?i)" + _DENYING + r"(?:(?:" + _REPORTS + r"(?:that|selon\s+lesquelles|qu['e])\s*"
    r"[^.;:,]{0,40}?)|that\s+[^.;:,]{0,40}?)?"
    r"(?:avoir\s+|d['’]avoir\s+|having\s+|had\s+|has\s+|a\s+|ont\s+|avait\s+)?"
    r"(?:sign\w*|conclu\w*|paraph\w*|inked|ink(?:ing)?|seal\w*)\s+"
    r"(?:any\s+|a\s+|an\s+|the\s+|un\s+|une\s+|le\s+|la\s+|l['’]\s*|de\s+)(?:[\w-]+\s+){0,3}$"
    # the making of the text denied: "denied reports of preparations for a defence pact",
    # "a démenti les informations sur la préparation d'un accord", "dément toute signature
    # d'un accord", "denied any signing of a pact"
    r"|"
    + _DENYING
    + r"(?:"
    + _REPORTS
    + r"(?:of|about|on|sur|concernant|faisant\s+[ée]tat\s+d[e'’])\s*"
    r"(?:the\s+|a\s+|an\s+|la\s+|le\s+|les\s+|une?\s+)?[^.;:,]{0,30}?)?"
    r"(?:(?:toute|tout|any|the|la|le)\s+)?"
    r"(?:prepar\w*|pr[ée]par\w*|negotiat\w*|n[ée]goci\w*|draft\w*|r[ée]daction|signatures?"
    r"|signing|conclusion)\s+"
    r"(?:(?:of|for|on|sur|pour|de)\s+)?(?:any\s+|a\s+|an\s+|the\s+|un\s+|une\s+|le\s+|la\s+"
    r"|l['’]\s*|d['’]\s*(?:une?\s+)?)(?:[\w-]+\s+){0,3}$"
    # an indefinite text as the subject of the reports denied: "denied reports that a defence
    # pact had been signed", "a démenti des informations selon lesquelles un accord aurait été
    # signé" (a definite one, "reports that the 2019 treaty was suspended", exists)
    r"|" + _DENYING + _REPORTS + r"(?:that|selon\s+lesquelles|qu['e])\s*"
    r"(?:any|a|an|un|une|quelque)\s+(?:[\w-]+\s+){0,2}$"
)

# The mention as the subject of talk, no signing nor other text between: "Un accord …, qui doit lier les
# treize pays, est en cours de négociation", "a fisheries agreement is under negotiation".
_TALKED_AFTER = re.compile(
    r"(?i)[\w-]+(?:(?!sign|conclu|paraph|ratifi|accord|agreement|m[ée]morand|protocol|convention"
    r"|trait[ée]|treaty|deal)[^.;]){0,160}?\b(?:est|sont|is|are|remains?|reste\w*)\s+"
    r"(?:(?:toujours|encore|still|now|currently|actuellement)\s+)?(?:en cours de (?:n[ée]gociation"
    r"|discussion|finalisation)|en (?:n[ée]gociation|discussion)|under (?:negotiation|discussion"
    r"|consideration)|being (?:negotiated|discussed))"
)


# Coordinated clauses ("aucun accord n'a été conclu ..., et un mémorandum pourrait être
# signé si ..."): each has its own verb, and a small parser given both mixes them up.
# A clause's subject and its signing verb: a capitalised name, perhaps with a relative clause
# of its own between commas ("Uzbekistan and Afghanistan, whose ministers joined the meeting,
# signed", «Египет и Судан, представители которых присутствовали, подписали»)
_SUBJECT_SIGNING = (
    # the name's common noun may open it: «, а компания Hyundai … заключила», ", and the
    # company Acme signed", ", et la société Acme a signé"
    r"(?:(?:the\s+|la\s+|le\s+|l['’])?(?:company|firm|group|soci[ée]t[ée]|groupe|entreprise"
    r"|компани[яи]|корпораци[яи]|госкорпораци[яи]|концерн|холдинг)\s+"
    r"(?:[a-zà-ÿа-яё-]+\s+)?)?"
    r"[A-ZÀ-ÞА-ЯЁ][^,;.]{0,100}?"
    r"(?:,\s+[^,;.]{0,30}?\b(?:whose|which|who|dont|qui|котор\w*|чь[ияе]\w*)\b[^;.]{0,100}?,\s+"
    r"[^,;.]{0,60}?)?"
    r"\b(?:signed|signe|signé|signent|concluded|conclu|agreed|inked|sealed|convenu|подписал\w*"
    r"|заключил\w*|договорил\w*)"
)
# A clause of time or contrast that tells another signing: ", a day after Morocco and Spain
# had signed", ", une semaine après que la Guinée avait signé", «, тогда как Азербайджан и
# Туркменистан подписали», «, через неделю после того, как Россия подписала», «, при этом
# Белоруссия ранее подписала»
_TIME_OR_CONTRAST = (
    r"(?:(?:an?|one|two|three|four|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?"
    r"(?:after|before)|(?:(?:une?|deux|trois|quatre|quelques|\d+)\s+(?:jours?|semaines?|mois"
    r"|ans?)\s+)?(?:après|avant)\s+qu(?:e|['’])|тогда как|при этом|причём|причем"
    r"|(?:через\s+[\w-]+\s+)?после того,?\s+как|(?:за\s+[\w-]+\s+)?до того,?\s+как"
)
_CLAUSE_BREAK = re.compile(
    # "..., while Bio Farma agreed with Ghana to ...": a subordinate clause of its own
    r",\s+(?:[Ww]hile|[Ww]hereas|[Ww]hilst|tandis que|alors que|в то время как)\s+(?!in\b|en\b)"
    rf"|,\s+(?:{_TIME_OR_CONTRAST})\s*(?=(?:(?:the|le|la|les|l['’])\s*)?{_SUBJECT_SIGNING})"
    r"|[;:]\s|,\s+(?:[Ee]t|[Aa]nd|[Mm]ais|[Bb]ut|[Ww]hile|[Ww]hereas|[Ww]hilst|tandis que|alors que"
    r"|cependant|however|а|но|и)\s+(?=(?:un|une|le|la|les|l'|des|a|an|the|no|aucun|aucune|il|ils"
    r"|elle|elles"
    # ", and Benin signed ...": a subject with its verb, however long its organisations'
    # names («, а Российский экспортный центр и Эфиопская инвестиционная комиссия подписали»)
    rf"|they|it)\b|{_SUBJECT_SIGNING}"
    # the subject's second verb of saying, what it says a clause of its own: ", and recalled
    # that the 2018 agreement remains in force", «, и напомнил, что соглашение …»
    r"|(?:also\s+)?(?:recalled|said|noted|added|stressed|confirmed|announced|pointed\s+out"
    r"|напомнил\w*|заявил\w*|отметил\w*|сообщил\w*|подчеркнул\w*|добавил\w*)"
    r"(?:\s+that\b|,?\s+что\b)"
    # a second subject whose verb is left out, the text it signed after it (gapping):
    # «, а Госкорпорация «Х» и министерство Y — меморандум о …», ", and Acme Ltd and the
    # Ministry of Energy of Y a memorandum on …"
    r"|(?:[^,;.]{1,120}?\s[—–-]\s+|[A-ZÀ-ÞА-Я][^,;.]{0,120}?\s(?:an?|une?)\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:memorand|m[ée]morand|agreement|accord|contract|contrat|protocol|convention|deal"
    r"|program|roadmap|feuille de route|меморандум|соглашени|контракт|договор|протокол"
    r"|конвенци|программ|дорожн\w* карт))"
    # "… the text in force since 2019, and the prospects of concluding another": a second
    # object with a status of its own («, и перспективы заключения договора»)
    r"|,\s+(?:et|и|а\s+также)\s+(?=(?:les\s+)?(?:perspectives?|перспектив\w*)\s)",
)


def clause(text: str, at: int) -> tuple[int, int]:
    """The offsets of the coordinated clause of `text` that holds offset `at`: from the end
    of the last break that ends by `at` to the start of the first that starts from it."""
    starts, ends = _clause_breaks(text)
    before = bisect_right(ends, at)
    after = bisect_left(starts, at)
    return (ends[before - 1] if before else 0), (
        starts[after] if after < len(starts) else len(text)
    )


@lru_cache(maxsize=64)
def _clause_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and the ends of a text's clause breaks, found once for all its mentions
    (a sentence of a thousand mentions asks a thousand times)."""
    found = list(_CLAUSE_BREAK.finditer(text))
    return tuple(m.start() for m in found), tuple(m.end() for m in found)


_RU_ADJECTIVES = re.compile(r"(?:[а-яё-]+(?:ое|ой|ый|ий|ая|ые|ых|ом|ому|ого|ую|ым|ими)\s+){1,3}$")


def modifiers(text: str, language: str, at: int) -> str:
    """The words before the mention that qualify it ("a free trade agreement", "the defence
    cooperation agreement", «военное соглашение»): in English and Russian a text's domain
    often stands there rather than after it."""
    if language == "ru":
        found = _RU_ADJECTIVES.search(text[max(0, at - 80) : at].lower())
        return found.group() if found else ""
    if language != "en":
        return ""
    start, end = clause(text, at)
    if end - start > _MAX_PARSED or re.search(
        r"(?i)\b(?:a|an|the|this|that|these|those|its|their|his|her|our|of|on|to)\s+$",
        text[max(start, at - 20) : at],
    ):
        return ""  # "the agreement", "signed an agreement": no modifier to parse
    doc = nlp.parse(text[start:end], language)
    word = next((t for t in doc if t.idx <= at - start < t.idx + max(1, len(t))), None)
    if word is None:
        return ""
    left = [
        c
        for noun in _kind_chain(word)
        for c in noun.lefts
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.i < word.i
    ]
    if not left:
        return ""
    first = min(t.left_edge.i for t in left)
    return doc[first : word.i].text


def _kind_chain(word: Any) -> list[Any]:
    """The mention's first word and the nouns it qualifies when the kind is several words
    ("a cultural executive programme", "a tourism joint work plan"): the words that qualify
    the mention may hang on any of them, not only on the kind's own first word."""
    chain = [word]
    while chain[-1].dep_ in ("amod", "compound") and chain[-1].head.i > chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _stance(noun: Any) -> str:
    children = list(noun.children)
    if any(c.lower_ in _NO_DETERMINERS for c in children):
        return NEGATED
    if any(_POSSIBLE.match(c.lower_) for c in children if c.dep_ == "amod"):
        return HYPOTHETICAL
    if any(_POSSIBILITY.match(t.lower_) for t in _heads(noun, 3)):
        return HYPOTHETICAL  # "the possibility of an agreement"
    if _may_become(noun):
        return HYPOTHETICAL  # "the next step could be an agreement on ...": none told
    if _talked_of(noun):
        return TALKED  # "discuté d'un accord ..., qui pourrait être signé": talk, not a plan
    if (relative := _may_be_signed(noun)) is not None:
        # "an agreement that could be signed next year"; "... qui pourrait être signé si ..."
        return HYPOTHETICAL if _conditional(relative) else PENDING
    if _judged_in_conditional(noun):
        return HYPOTHETICAL  # "an agreement ... would be useful", "un accord serait utile"
    verbs = _governing_verbs(noun)
    if not verbs:
        return ASSERTED
    if any(_WISH.match(v.lower_) for v in verbs[1:]):
        return TALKED  # "souhaitent conclure un accord", "hopes to conclude an agreement"
    if any(_DENY.match(v.lower_) for v in verbs[1:]):
        return NEGATED  # "denied that it had signed an agreement", "a démenti avoir signé"
    for verb in verbs:
        words = {c.lower_ for c in verb.children}
        negated = _negated(verb) and not _signing_after_all(verb)
        if negated and _UNDONE.match(verb.lower_):
            return ASSERTED  # "n'a jamais été abrogé": the text stands
        if negated and _EXCLUDE.match(verb.lower_):
            return HYPOTHETICAL  # "n'excluent pas de signer": a possibility
        if negated and (words & _YET or _after_negation(verb) & _YET):
            return PENDING
        if negated:
            return NEGATED
        drafting = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        still = (words | _after_negation(verb)) & _STILL_TO
        if still == {"to"} and not _passive_aux(verb):
            # "agreed to draft an agreement on fisheries": a decision to write the text (a
            # planned one, as «ont convenu d'élaborer»), not "is to be drafted", a task
            still = set()
        if any(_DRAFT.match(d.lower_) for d in drafting) and still:
            return UNWRITTEN  # "sera élaborée", "doit encore être rédigée", "to be drafted"
        # "pourraient signer ... si", "might sign ... if": a hypothesis. "Ont signé ..., si
        # l'on en croit X" stays a fact.
        if _conditional(verb) and not _past(verbs[0]):
            return HYPOTHETICAL
    if _may_sign(verbs[0]):
        # "a treaty could be signed later this year": announced; "Malawi could sign a
        # treaty" names who might, not a text announced
        return PENDING if _passive(verbs[0]) else HYPOTHETICAL
    return ASSERTED


# "any treaty would have to", "tout accord devrait": no text in particular, as "a treaty"
_INDEFINITE = {"a", "an", "any", "un", "une", "tout", "toute"}
_WOULD = {"would", "could", "might"}
_FR_CONDITIONAL = re.compile(r"\w{2}(?:rait|raient)$")


def _judged_in_conditional(noun: Any) -> bool:
    """A text no one has signed, judged in the conditional: "an agreement on trade would be
    useful", "un accord commercial serait souhaitable". The indefinite subject of an adjective
    with "would be" or a conditional "serait" is wished for, not told; a participle or a
    relative clause on it ("an agreement signed on Monday would be ...") tells it exists."""
    head = noun.head
    # English hangs the subject on "be", the judgement below it: an adjective ("would be
    # useful") or a noun ("would be the logical next step", "would be a sensible move")
    # (French makes the noun the head, its copula below it: "serait la prochaine étape")
    judged = (
        head.pos_ == "ADJ" or (head.pos_ == "NOUN" and any(c.dep_ == "cop" for c in head.children))
    ) or (
        head.lower_ == "be"
        and any(
            (c.dep_ == "acomp" and c.pos_ == "ADJ") or (c.dep_ == "attr" and c.pos_ == "NOUN")
            for c in head.children
        )
    )
    # what the text would do, not its signing: "a fisheries treaty would give both fleets
    # access", "un accord sur la pêche donnerait ..." ("an agreement would be signed on
    # Friday" is announced: `_may_sign`)
    acts = (
        head.pos_ == "VERB"
        and head.lower_ != "be"
        # "devrait être signée", "should be signed": the modal's complement signs it; "pourrait
        # l'être", "could be too": a bare "be" stands for the signing said before
        and not any(
            _SIGNING.match(t.lower_) or t.lower_ in ("être", "be")
            for t in (head, *_complements(head))
        )
    )
    if (
        not noun.dep_.startswith("nsubj")
        or (acts and "pass" in noun.dep_)
        or not (judged or acts)
        or not any(c.lower_ in _INDEFINITE for c in noun.children if c.dep_ == "det")
        or any(_tells_it_exists(c) for c in noun.children)
    ):
        return False
    helpers = [c for c in head.children if c.dep_ in ("cop", "aux") or c.dep_.startswith("aux")]
    if acts:  # "donnerait": the verb itself in the conditional
        helpers.append(head)
    # (the French model reads "donnerait" as an imperfect at times: its ending says it)
    return any(
        c.lower_ in _WOULD or "Cnd" in c.morph.get("Mood") or _FR_CONDITIONAL.search(c.lower_)
        for c in helpers
    )


def _complements(verb: Any) -> list[Any]:
    """The verbs a verb's infinitive and clausal complements chain below it ("devrait être
    signée", "is expected to sign")."""
    found, todo = [], [verb]
    while todo and len(found) < 6:
        for c in todo.pop().children:
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
                found.append(c)
                todo.append(c)
    return found


def _tells_it_exists(clause: Any) -> bool:
    """Whether a clause on a text tells that it exists: a participle ("an agreement signed
    on Monday") or a relative clause that signs it ("a treaty that Chad signed"); a relative
    clause that only describes it ("a treaty that included Kabul would be ...") imagines it."""
    if clause.dep_ not in ("acl", "relcl", "acl:relcl"):
        return False
    if clause.dep_ == "acl" or clause.tag_ == "VBN":
        return clause.tag_ != "VBG"  # "a pact covering fisheries would be ...": imagined
    return any(_SIGNING.match(t.lower_) for t in clause.subtree)


def _heads(token: Any, steps: int) -> list[Any]:
    """The words above `token`, nearest first, up to `steps` of them."""
    out = []
    while token.head is not token and len(out) < steps:
        token = token.head
        out.append(token)
    return out


def _talked_of(noun: Any) -> bool:
    """The word the mention hangs on (through its preposition) is talk of it ("discuté d'un
    accord", "negotiations on an agreement"), or has talk as its subject ("des négociations
    sont en cours sur une convention") or as its object ("held talks on an agreement"), or
    it is "towards" ("work towards an agreement"); or the mention is "proposed", a need, or
    the making of it is hastened ("speed up the conclusion of an agreement")."""
    token = noun
    for _ in range(3):
        head = token.head
        if head is token:
            return False
        if head.pos_ == "ADP":  # English: the preposition heads its object
            if head.lower_ in _TOWARDS:
                return True
            head = head.head
        if not _MAKING.match(head.lower_):
            break
        token = head
    if token is not noun and _ENDED.match(head.head.lower_) and head.dep_ in ("dobj", "obj"):
        # "concluded the talks with the signing of an agreement": the talk ended in the text
        return False
    if (
        _TALK.match(head.lower_)
        or (_WISH.match(head.lower_) and head.pos_ == "NOUN")  # "their wish for an agreement"
        or any(_PROPOSED.match(c.lower_) for c in noun.children)
        # "Kenya proposed an agreement on ...", "a proposé un accord"
        or (_PROPOSED.match(head.lower_) and noun.dep_ in ("dobj", "obj"))
        or (token is not noun and _HASTEN.match(head.lower_))
    ):
        return True
    if head.pos_ in ("VERB", "AUX"):
        # the parser may hang the preposition on the verb: "held talks on an agreement",
        # "expressed their wish for an agreement"
        return any(
            _TALK.match(c.lower_) or _WISH.match(c.lower_)
            for c in head.children
            if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"
        )
    return any(_TALK.match(c.lower_) for c in head.children if c.dep_.startswith("nsubj"))


def _may_become(noun: Any) -> bool:
    """The text as what something may be: "the next step could be an agreement on ...",
    "la prochaine étape pourrait être un accord sur ...": a possibility, no text told."""
    head = noun.head
    if noun.dep_ == "attr" and head.lower_ == "be":  # "could be an agreement"
        return any(c.lower_ in _MAYBE for c in head.children if c.dep_ == "aux")
    cop = any(c.dep_ == "cop" for c in noun.children)  # «pourrait être un accord»
    return cop and noun.dep_ == "xcomp" and head.lower_ in _MAYBE


def _may_sign(verb: Any) -> bool:
    """A signing said as a possibility: "could be signed", "pourrait être signé"."""
    if _SIGNING.match(verb.lower_):
        return any(c.lower_ in _MAYBE for c in verb.children if c.dep_.startswith("aux"))
    return verb.lower_ in _MAYBE and any(
        _SIGNING.match(c.lower_) for c in verb.children if c.dep_ == "xcomp"
    )


def _passive(verb: Any) -> bool:
    """ "could be signed", "pourrait être signé": the signing said of the text itself."""
    signing = (
        verb
        if _SIGNING.match(verb.lower_)
        else next(
            (c for c in verb.children if c.dep_ == "xcomp" and _SIGNING.match(c.lower_)), verb
        )
    )
    return any(
        c.dep_ in ("auxpass", "aux:pass") or c.lower_ in ("be", "être", "etre")
        for c in signing.children
    )


def _passive_aux(verb: Any) -> bool:
    """ "is to be drafted", "sera élaboré": the verb has a passive auxiliary of its own."""
    return any(
        c.dep_ in ("auxpass", "aux:pass") or c.lower_ in ("be", "être", "etre")
        for c in verb.children
    )


def _may_be_signed(noun: Any) -> Any:
    """The verb of a relative clause that tells the text may be signed ("an agreement that
    could be signed next year", "un accord ..., qui pourrait être signé lors d'une prochaine
    rencontre"), or None."""
    return next(
        (c for c in noun.children if c.dep_ in ("relcl", "acl:relcl", "acl") and _may_sign(c)),
        None,
    )


def _governing_verbs(noun: Any) -> list[Any]:
    """The verb the mention depends on, then the verbs above it through infinitive and
    participle complements ("pourraient signer un accord", "agreed to launch talks on")."""
    token, steps = noun, 0
    while token.pos_ not in ("VERB", "AUX") or token is noun:
        if token.head is token or steps > 6:
            return []
        token, steps = token.head, steps + 1
    verbs = [token]
    while token.dep_ in ("xcomp", "ccomp", "advcl") and token.head is not token and len(verbs) < 4:
        if token.dep_ == "advcl":
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            verbs.append(token)
    return verbs


def _negated(verb: Any) -> bool:
    negs = [c for c in verb.children if c.lower_ in _NEGATIONS and c.dep_ in ("neg", "advmod")]
    if not negs and any("Neg" in c.morph.get("Polarity") for c in verb.children):
        # "n'a pas encore été signé": the parser may hang "pas" on another adverb
        negs = [t for t in verb.doc[verb.left_edge.i : verb.i] if t.lower_ in _NEGATIONS]
    if not negs:
        return False
    after = verb.doc[negs[0].i + 1] if negs[0].i + 1 < len(verb.doc) else None
    return not (after is not None and after.lower_ in _NOT_REALLY)


def _signing_after_all(verb: Any) -> bool:
    """A negation on another predicate that a signing verb joined to it outlives: "was not
    ready and will be signed at the next session" announces the text (the negation says
    what it is not yet, the conjunct what will be done with it)."""
    return not _SIGNING.match(verb.lower_) and any(
        c.dep_ == "conj" and _SIGNING.match(c.lower_) and not _negated(c) for c in verb.children
    )


def _after_negation(verb: Any) -> set[str]:
    """Words between the verb's first auxiliary or negation and the verb ("n'a pas encore
    été", "has not yet been", "is yet to be"), which the parser may attach elsewhere."""
    start = min([c.i for c in verb.children if c.i < verb.i] or [verb.i])
    return {t.lower_ for t in verb.doc[start : verb.i]}


def _past(verb: Any) -> bool:
    """A verb that tells what was done ("ont signé", "signed", "was concluded")."""
    if "Past" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm"):
        return True
    return any(c.lower_ in _PAST_AUX for c in verb.children if c.dep_.startswith("aux"))


def _conditional(verb: Any) -> bool:
    """An "if" clause that hangs on the verb or on any word it governs."""
    for token in verb.subtree:
        if token.lower_ in _CONDITIONS and (token.dep_ == "mark" or token.pos_ == "SCONJ"):
            return True
    return False


# ------------------------------------------------------------------ Russian

_RU_CLAUSE_END = re.compile(r"[,;:.!?]")
# The words from a mention to its predicate: its complements, and a relative clause that
# says something of the text between commas («соглашение о торговле, о котором стороны
# договорились в 2023 году, пока не подписано»)
_RU_TO_PREDICATE = r"^[^,;:.]{0,80}?(?:,\s*(?:[а-яё]+\s+)?котор\w+\b[^,;:.]{0,80},)?[^,;:.]{0,80}?"
_RU_NEGATED_AFTER = re.compile(
    _RU_TO_PREDICATE + r"\b(?:так и не|не)\s+(?:был[аио]?\s+|будет\s+|было\s+)?"
    r"(?:подписан\w*|заключен\w*|заключ\w+|подпис\w+|достигнут\w*)"
)
_RU_PENDING_AFTER = re.compile(
    _RU_TO_PREDICATE + r"\b(?:ещ[её] не|пока не)\s+(?:был[аио]?\s+)?(?:подпис|заключ)\w*"
)
# «стороны не подписали меморандум», «так и не заключили соглашение»: the verb before
# the mention, its negation before the verb, nothing but adjectives between.
_RU_NEGATED_BEFORE = re.compile(
    r"\b(?P<yet>ещ[её]\s+|пока\s+)?(?:так\s+и\s+)?не\s+(?:был[аио]?\s+|стали\s+|смогли\s+)?"
    r"(?:подписа\w*|заключ\w*|парафир\w*|ратифицир\w*)\s+"
    r"(?:[а-яё-]+(?:ое|ее|ый|ий|ой|ую|юю|ые|ие|ых|их|ая|яя)\s+){0,3}$"
)
_RU_HYPOTHETICAL_BEFORE = re.compile(
    r"(?:\bбы\b|\bесли\b|\bвозможн\w+|\bпотенциальн\w+|\bмогл[иао]?\s+бы\b)[^.;]{0,80}$"
    # «следующим шагом может стать соглашение о ...»: a text that may come, none told
    r"|\bмо(?:жет|гут)\s+стать\s+(?:[а-яё-]+\s+){0,2}$"
)
# «переговоры о соглашении», «обсудили проект соглашения», «надеются заключить соглашение»,
# «может быть подписано»: talked of, wished for or possible, no text signed or announced.
# «намерены подписать» is no wish: an intention told is announced, as "intend to sign" and
# "entendent signer" are (planned, `sectors._STATUSES`).
_RU_TALKED_BEFORE = re.compile(
    r"\b(?:переговор\w*|обсужд\w*|обсуди\w*|консультаци\w*)\s+(?:[а-яё-]+\s+){0,2}?"
    r"(?:о|об|по)\s+(?:[а-яё-]+\s+){0,3}$"
    r"|\b(?:надеют\w*|надеется|хотят|хотел\w*|стремят\w*|стремится|желани\w*|стремлени\w*)\s+"
    r"(?:[а-яё-]+\s+){0,2}?(?:подписать|заключить)\s+(?:[а-яё-]+\s+){0,3}$"
    # «ускорить подписание соглашения», «необходимость заключения соглашения»
    r"|\b(?:ускор\w*|необходимост\w*)\s+(?:подписани|заключени)\w*\s+(?:[а-яё-]+\s+){0,3}$"
    # «призвал к заключению соглашения о …», «призывают к новому договору»: a text called for
    r"|\bприз(?:вал\w*|ыва\w*|ыв\w*)\s+(?:[а-яё-]+\s+){0,2}?к\s+(?:[а-яё-]+\s+){0,3}$"
    # «Россия предложила Египту соглашение»
    r"|\bпредложил\w*\s+(?:[а-яё-]+\s+)?(?:заключить\s+|подписать\s+)?"
    r"(?:[а-яё-]+(?:ое|ый|ий|ой|ую|ые|ых|ая)\s+){0,3}$"
)
# «стороны обсудили соглашение …», «соглашение … обсуждается с 2019 года»: the text is the
# object or the subject of talk.
_RU_TALKED_OBJECT = re.compile(
    r"\b(?:обсуди\w*|обсужда\w*|согласовыва\w*)\s+(?:[а-яё-]+(?:ое|ый|ий|ой|ую|ые|ых|ая)\s+){0,3}$"
)
_RU_TALKED_AFTER = re.compile(
    r"^[^,;:.]{0,80}?\b(?:обсужда(?:ется|ются|лось|лся|лась|лись)"
    r"|согласовыва(?:ется|ются))"
)
# «может быть подписано летом»: announced (planned); «могло бы быть подписано»: a hypothesis
_RU_MAY_BE_SIGNED = re.compile(
    r"^[^,;:.]{0,120}?\b(?:мо(?:жет|гут)|(?P<would>могл[аио]?\s+бы))\s+быть\s+"
    r"(?:подписан|заключен)\w*"
)
_RU_IF = re.compile(r"^[^.;]{0,120}?,\s*если\b")
# «соглашение о торговле было бы полезным»: a text judged in the conditional, not told
_RU_WOULD_AFTER = re.compile(r"^[^,;:.]{0,80}?\b(?:был[аио]?|стал[аио]?)\s+бы\b")
_RU_UNWRITTEN = re.compile(
    r"^[^,;:.]{0,80}?\b(?:будет|будут|предстоит|должн\w+ быть)\s+(?:\w+\s+)?разработ\w*"
)


# «соглашения … пока нет», «нет никакого соглашения», «не существует договора»: a text whose
# existence the sentence denies, "not yet" or not, is none (no text is announced either).
# After the mention only where it is in the genitive the denial governs («в соглашении нет
# положений о …» tells what an existing text lacks).
_RU_NONE_AFTER = re.compile(
    r"^[^,;:.]{0,80}?\s(?:(?:пока|ещ[её]|до\s+сих\s+пор|по-прежнему|вообще)\s+)?"
    r"(?:нет|не\s+существует|не\s+имеется|отсутству(?:ет|ют))(?=[\s,;:.!?]|$)"
)
_RU_NONE_BEFORE = re.compile(
    r"(?:^|[\s,])(?:нет|не\s+существует|не\s+имеется|отсутству(?:ет|ют))\s+"
    r"(?:(?:пока|ещ[её]|никако\w+|до\s+сих\s+пор)\s+)*"
    r"(?:[а-яё-]+(?:ого|его|ых|их|ой|ей)\s+){0,3}$"
)


def _denied(before: str, after: str) -> bool:
    if _RU_NONE_BEFORE.search(before):
        return True
    word = re.match(r"[а-яё-]+", after)
    return bool(
        word
        and _RU_NONE_AFTER.search(after)
        and any(p.tag.case == "gent" for p in nlp.russian_parses(word.group()))
    )


# «опроверг информацию о том, что подписал соглашение», «отрицает, что заключила договор»: a
# denial of the signing, no text; so is a denial of its making («опровергло сообщения о
# подготовке соглашения», «отрицает разработку договора», «о переговорах по соглашению»). The
# denied thing may be a report told at length first («опровергли появившиеся в соцсетях
# сообщения о том, что … было подписано»): up to 100 letters of it, then «о том, что/будто» and
# up to 60 more.
_RU_DENIED_BEFORE = re.compile(
    r"\b(?:опроверг\w*|опровер(?:гает|гают|гла|гли)|отрица\w*)\b"
    r"(?:[^.;]{0,100}?\b(?:сообщени|информаци|слух|сведени|данн|утверждени|публикаци|новост)\w*"
    r"\s+о\s+том,\s*(?:что|будто)\b)?"
    r"(?:(?!,\s*(?:но|а|однако|и|затем|позже|потом)\b)[^.;]){0,60}?"
    r"(?:подпис\w*|заключ\w*|парафир\w*|подгот\w*|готов\w*|разраб\w*"
    r"|переговор\w*\s+(?:по|о|об))\s+(?:[а-яё-]+\s+){0,3}$"
)


def _russian(text: str, at: int) -> str:
    lower = text.lower()
    before, after = lower[max(0, at - 100) : at], lower[at:]
    if _denied(before, after) or _RU_DENIED_BEFORE.search(lower, max(0, at - 220), at):
        return NEGATED
    if _RU_PENDING_AFTER.search(after):
        return PENDING
    if negated := _RU_NEGATED_BEFORE.search(before):
        return PENDING if negated.group("yet") else NEGATED
    if _RU_NEGATED_AFTER.search(after):
        return NEGATED
    if _RU_UNWRITTEN.search(after):
        return UNWRITTEN
    if (
        _RU_TALKED_BEFORE.search(before)
        or _RU_TALKED_OBJECT.search(before)
        or _RU_TALKED_AFTER.search(after)
    ):
        return TALKED
    if may := _RU_MAY_BE_SIGNED.search(after):
        return HYPOTHETICAL if may.group("would") or _RU_IF.search(after) else PENDING
    if (
        _RU_HYPOTHETICAL_BEFORE.search(before)
        or _RU_WOULD_AFTER.search(after)
        or (re.search(r"\bмог\w*|\bмож\w+", before) and _RU_IF.search(after))
    ):
        return HYPOTHETICAL
    return ASSERTED
