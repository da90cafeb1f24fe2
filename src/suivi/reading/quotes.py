"""Direct quotations and who said them.

Quotations are found between « », “ ”, „ “, "" or '' marks. A short quoted name
(a treaty's title, a motto, a nickname: `baptisé « Kidal »`) is not a quotation.
The speaker is the person named (or referred to by role: "a précisé le
vice-ministre") right after the quotation, else the person before it in its
sentence ("X : « ... »"), else the last person named or referred to before it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from suivi.reading import confidence
from suivi.reading.model import Person, Quote
from suivi.reading.office_holders import is_head_of_state
from suivi.reading.people import QUESTION_LINE, PersonMention

# A straight-quoted quotation may hold a name in the same marks ("... between JSC "Rosgeo"
# and the Survey", - he said): a pair opened after a space and closed before a space or a
# stop, 60 characters at most, is part of it, not its end.
_QUOTED = re.compile(
    r"«\s*(?P<a>[^«»]+?)\s*»|“(?P<b>[^“”]+?)”|„(?P<c>[^„“”]+?)[“”]|"
    r"(?<![\w'])''(?P<d>[^']+?)''|"
    r"(?<!\w)\"(?P<e>(?:[^\"]|(?<=\s)\"[^\"\s][^\"\n]{0,60}?(?<=\w)\"(?=[\s,.;:)]))+?)\"(?!\w)"
)
_NAMING = re.compile(
    r"(?i:baptis[ée]e?s?|d[ée]nomm[ée]e?s?|intitul[ée]e?s?|appel[ée]e?s?|surnomm[ée]e?s?|"
    r"nomm[ée]e?s?|dit|dite|th[èe]me|slogan|devise|op[ée]ration|programme|projet|accord|"
    r"trait[ée]|plan|called|named|dubbed|titled|под названием|названием|программ\w*|"
    r"операци\w*|проект\w*|"
    # a law, a code or a decree named by its title: "Федеральный закон «О ратификации …»", 'the law
    # "On the ratification of …"', "la loi « portant ratification … »", «указ «О мерах …»»
    r"закон\w*|законопроект\w*|кодекс\w*|указ\w*|постановлени\w*|распоряжени\w*|law|bill|decree"
    r"|ordinance|loi|projet\s+de\s+loi|d[ée]cret|ordonnance)[\s,:]*$"
    # a work or a site named right after its common noun: «по газопроводу "Сила Сибири - 2"»,
    # "via the pipeline "Blue Stream"", "le gazoduc « Trans-Sahara »", «в резиденции "Ала-Арча"»
    r"|(?i:газопровод\w*|нефтепровод\w*|трубопровод\w*|коридор\w*|резиденци\w*|космодром\w*"
    r"|месторождени\w*|электростанци\w*|ГЭС|АЭС|ТЭЦ|pipeline|gazoduc|ol[ée]oduc|corridor"
    r"|r[ée]sidence|power\s+plant|centrale|gisement|field|cosmodrome|spaceport)\s*$"
)
# An event named after its common noun: «на саммит «Россия — Исламский мир»», "the forum
# "Invest in Africa"", "le sommet « Afrique-France »"; a name is short and says no sentence
# ("he told the forum "We will not wait any longer."" is his)
_EVENT_NAMED = re.compile(
    r"(?i:саммит\w*|форум\w*|конференци\w*|выставк\w*|фестивал\w*|summit|forum|conference"
    r"|exhibition|festival|sommet|conf[ée]rence|salon|exposition)\s*$"
)
_EVENT_NAME_WORDS = 8
# "a précisé le vice-ministre", "son homologue nigérian", "his Nigerian counterpart",
# «малийский министр»: a person referred to by role, with the nationality on either side.
_ROLE_WORDS = (
    r"(?:vice-|premier |prime )?(?:ministre|minister|pr[ée]sident|president|ambassadeur|"
    r"ambassador|secr[ée]taire g[ée]n[ée]ral|secretary[- ]general|генеральн\w+ секретар\w*|"
    # the heads of organisations and their envoys: "the Director-General said", "the
    # chairperson told reporters", "le commissaire a déclaré"
    r"executive secretary|secr[ée]taire ex[ée]cuti(?:f|ve)|director[- ]general|"
    r"directeur g[ée]n[ée]ral|directrice g[ée]n[ée]rale|chair(?:person|man|woman)|"
    r"commissioner|commissaire|envoy|envoy[ée] sp[ée]cial|governor|gouverneur|"
    r"chef de l'[ée]tat|chef de la diplomatie|top diplomat|"
    r"chef du gouvernement|head of state|homologue|counterpart|министр\w*|президент\w*|"
    r"посол|посла|послом|коллег\w*|глав[аыеу]|премьер\w*)"
)
# `pre` starts at a word's start: from inside a long word it would be tried to the word's end
# at every position (one 20,000-letter word took minutes).
_ROLE_REFERENCE = re.compile(
    r"(?i:(?P<article>\b(?:le|la|l'|l’|the|du|de la|son|sa|his|her|their|its)\s+)?"
    rf"(?:\b(?P<pre>[^\W\d_]+(?:['’]s)?)\s+)?\b(?P<head>{_ROLE_WORDS})(?:\s+(?P<adj>[a-zà-ÿа-яё]+))?)"
)
# Who heads a country's diplomacy ("le chef de la diplomatie brésilienne", "Brazil's top
# diplomat", «глава бразильской дипломатии»), by the words of the foreign ministry's many
# names: "Affaires étrangères", "Relations extérieures" (Brazil, Cameroon), "External
# Affairs" (India), "Foreign Secretary", «иностранных дел», «внешних сношений».
_DIPLOMACY_HEADS = ("chef de la diplomatie", "top diplomat")
_DIPLOMACY_ROLES = (
    "affaires etrangeres",
    "relations exterieures",
    "foreign",
    "external affairs",
    "иностранных дел",
    "внешних сношений",
    "внешних связей",
)
_OF_DIPLOMACY = re.compile(r"\s*дипломати", re.IGNORECASE)
_HEAD_OF_STATE = ("chef de l", "head of state", "president", "президент")
_GENERIC_ROLES = ("homologue", "counterpart", "коллег")  # stands for nobody's title
# A full stop that ends a sentence, not the one of "M. Sangaré" or "Issa B. Coulibaly".
_SENTENCE_END = re.compile(r"(?<!\b[A-ZÀ-ÝА-Я])(?<!\bMme)(?<!\bDr)[.!?]\s|\n")
_PREPOSITION = re.compile(r"(?i:\b(?:par|à|a|avec|de|by|to|with|of|от|с)\s*)$")


def _after_preposition(text: str, end: int) -> bool:
    """Whether `text[:end]` ends with a preposition (`_PREPOSITION`), searched from its last
    word, not from the text's start for each role of each quotation: a match is a
    preposition and nothing but spaces after it, so it starts at most four characters (the
    longest preposition) before the end, trailing spaces aside; ten leave a margin."""
    head = text[:end]
    return bool(_PREPOSITION.search(head, max(0, len(head.rstrip()) - 10)))


_MIN_WORDS = 4
# A shorter quotation counts when a verb of speech or judgement introduces it: "what she
# called a “partnership without conditions”", "qualifié d'« erreur historique »".
_QUALIFYING = re.compile(
    r"(?i:\b(?:called|calls|call|described|describes|termed|hailed|denounced|qualifi\w*|"
    r"d[ée]nonc\w*|salu\w*|parl\w*|évoqu\w*|назвал\w*|называ\w*|охарактеризовал\w*)\b"
    r"[^.!?«»“”\"]{0,25})$"
)
_MIN_QUALIFIED_WORDS = 2
_SPEAKER_AFTER = 80  # a name this close after the closing mark, in the same sentence
# After an attribution that opens right at the closing mark ("», — заявил", "», a déclaré",
# ", said"), the speaker's titles may run long before the name: «— заявил сопредседатель
# комиссии, министр промышленности и торговли Х». The name still ends the same sentence.
_SPEAKER_AFTER_VERB = 220
_ATTRIBUTION_OPENS = re.compile(r"[\s»”\"',]*[—–-]?\s*(?P<verb>\w+(?:\s+\w+)?)")
# what no title chain holds: a clause of its own (he said, adding that the minister X ...)
_CLAUSE_IN_TITLES = re.compile(
    r"(?i:\b(?:que|qu['’]|that|which|who|qui|что|который|которая|добавив|adding|ajoutant|"
    r"il|elle|he|she|они|он|она|они)\b)"
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _adjective_parties(words: list[str]) -> set[str]:
    """The parties nationality adjectives name ("nigérian", "Malian", «малийского»)."""
    from suivi.reading.gazetteer import LANGUAGES, index, word_key
    from suivi.reading.gazetteer_data import SHARED_ADJECTIVES

    # a possessive names its country as an adjective does: "India's top diplomat"
    owners = [w[:-2] for w in words if w[-2:] in ("'s", "’s")]
    entries = [index(lang).get((word_key(w),)) for w in words for lang in LANGUAGES]
    codes = {e.code for e in entries if e and e.kind == "adjective"}
    owned = [index(lang).get((word_key(w),)) for w in owners for lang in LANGUAGES]
    codes |= {e.code for e in owned if e and e.kind == "name"}
    # "congolais" may be either Congo's: both hold, the role decides between them
    return codes | {SHARED_ADJECTIVES[c] for c in codes if c in SHARED_ADJECTIVES}


_OF_STATE = re.compile(r"\s*государств", re.IGNORECASE)


def _titled_so(text: str, named: list[PersonMention], head: str) -> set[str]:
    """Those the text names right after the role's words ("along with Secretary-General of
    the GCC X", «генеральный секретарь ШОС X»), when no role read for anyone holds it: "the
    Secretary-General said" later stands for them, not for the last person named."""
    from suivi.reading.gazetteer import word_key

    def words(span: str) -> str:  # "Secretary-General" is "Secretary General"
        return " ".join(word_key(w) for w in span.replace("-", " ").split())

    return {m.name for m in named if words(head) in words(text[max(0, m.start - 50) : m.start])}


def _by_role(text: str, people: list[Person], named: list[PersonMention]) -> list[PersonMention]:
    """Mentions of people by their role alone ("le ministre", "son homologue nigérian").

    A role stands for the person last named who holds it, else for the person last named
    of the party its adjective names ("le Premier ministre mauritanien"), else for the
    person last named. A counterpart holds no title of its own: only its party counts.
    """
    from suivi.reading.gazetteer import word_key

    found = []
    for match in _ROLE_REFERENCE.finditer(text):
        parties = _adjective_parties([w for w in match.group("pre", "adj") if w])
        if not match.group("article") and not parties:
            continue
        head = " ".join(word_key(w) for w in match.group("head").split())
        if head == "глава" and _OF_STATE.match(text, match.end()):
            head = "президент"  # «глава конголезского государства»: the president
        elif head in _DIPLOMACY_HEADS or (
            head == "глава" and _OF_DIPLOMACY.match(text, match.end())
        ):
            head = _DIPLOMACY_HEADS[0]
        generic = head.startswith(_GENERIC_ROLES)
        of_party = {p.name for p in people if p.party in parties}
        if generic:
            holders = of_party
        else:  # "le chef de la diplomatie tchadienne": the Chadian one who holds the role
            by_role = {p.name for p in people if _holds(p, head)}
            pre = match.group("pre")
            if pre and not parties and len(by_role) > 1:
                # "the Federal Minister said" of a federal minister and a minister of health:
                # the rank before the office says which
                ranked = f"{word_key(pre)} {head}"
                by_role = {p.name for p in people if _holds(p, ranked)} or by_role
            roleless = {p.name for p in people if p.name in of_party and not p.role}
            if head.startswith(_HEAD_OF_STATE):  # of two untitled Rwandans, the president
                roleless = {n for n in roleless if is_head_of_state(n)} or roleless
            if head == _DIPLOMACY_HEADS[0] and not by_role & of_party:
                # a country's diplomat whose title was read short ("External Affairs
                # Minister X" as "Minister"): the country decides, not the other's title
                roleless = roleless or of_party
            holders = (by_role & of_party) or roleless or by_role or _titled_so(text, named, head)
        before = [m.name for m in named if m.end <= match.start()]
        holder = next((n for n in reversed(before) if n in holders), None)
        if generic and holder is None:
            holder = next((p.name for p in people if p.name in holders), None)
            before = []
        if holder or before:
            found.append(PersonMention(match.start(), match.end(), holder or before[-1]))
    return found


def _holds(person: Person, head: str) -> bool:
    """Whether a person's role has this head («министр» in «министр энергетики»)."""
    from suivi.reading.gazetteer import word_key

    role = " ".join(word_key(w) for w in (person.role or "").split())
    if head == _DIPLOMACY_HEADS[0]:
        keyed = (" ".join(word_key(w) for w in words.split()) for words in _DIPLOMACY_ROLES)
        return any(words in role for words in keyed)
    return bool(role) and head in role


def _speaker(
    text: str,
    start: int,
    end: int,
    named: list[PersonMention],
    referred: list[PersonMention],
    previous: tuple[int, str | None] | None = None,
) -> tuple[str | None, float]:
    """Who is named (or referred to) right after a quotation, else before it in its sentence,
    else the speaker of the quotation it continues in the same paragraph, else the last named.
    """
    line_end = re.match(r"[\s»”\"',]*\n\s*", text[end:])  # the attribution on the next line
    search_from = end + line_end.end() if line_end else end
    stop = _SENTENCE_END.search(text, search_from)
    limit = min(stop.start() if stop else len(text), search_from + _SPEAKER_AFTER)
    after = [p for p in named + referred if end <= p.start < limit]
    if not after:
        after = _named_after_titles(text, search_from, stop, named)
    # (French sets a space before the closing mark: "… d'ici 2030. » Monsieur X a souligné")
    closed = re.search(r"[.!?…]\s?\W$", text[max(0, end - 4) : end]) and re.match(
        r"\W*\s+[A-ZÀ-ÝА-ЯЁ]", text[end : end + 3]
    )
    if closed and not line_end:  # «...» ended its sentence; the next one says something else
        after = []
    first = min(after, key=lambda p: p.start) if after else None
    document = _DOCUMENT_AFTER.match(text, search_from, limit)
    if document and (first is None or document.end() <= first.start):
        return None, confidence.SPEAKER_DOCUMENT  # "», conclut le communiqué."
    if first and (not line_end or _attributes(text[search_from : first.start])):
        return first.name, confidence.SPEAKER_AFTER
    if first is None and not closed and _UNNAMED_AFTER.match(text, search_from, limit):
        return None, confidence.SPEAKER_NONE  # "», résume un diplomate": someone unnamed
    subjects = named + [r for r in referred if not _after_preposition(text, r.start)]
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    sentence_start = ends[-1] if ends else 0
    before = sorted((p for p in subjects if p.end <= start), key=lambda p: p.start)
    in_sentence = [p for p in before if p.start >= sentence_start]
    said_by = _document_before(text, in_sentence[-1].end if in_sentence else sentence_start, start)
    if said_by:
        return None, confidence.SPEAKER_DOCUMENT  # "the State Department for Trade said: "
    if not in_sentence and _DOCUMENT_SUBJECT.match(text, sentence_start, start):
        # "Le communiqué conjoint publié en fin de journée « réaffirme … »", "The joint
        # statement "reaffirms …"": the document is the subject, its verb inside the marks
        return None, confidence.SPEAKER_DOCUMENT
    if not in_sentence and _IN_A_STATEMENT.search(text, sentence_start, start):
        # "The Public Authority for Manpower said in a statement that "...": a statement
        # no person in its sentence makes is an institution's or a company's
        return None, confidence.SPEAKER_DOCUMENT
    if in_sentence:
        return in_sentence[-1].name, confidence.SPEAKER_IN_SENTENCE
    unnamed = _unnamed_subject_before(text, sentence_start)
    # (a title word read as a reference to someone named before, «Глава … делегации», is the
    # unnamed title itself: only a name between it and the quotation speaks)
    if unnamed >= 0 and not any(unnamed < p.end <= start for p in named):
        return None, confidence.SPEAKER_NONE  # "Le chef de la délégation a plaidé … « … »"
    if previous and previous[1] and _continues(text, previous[0], start):
        return previous[1], confidence.SPEAKER_CONTINUED
    if before:
        return before[-1].name, confidence.SPEAKER_LAST_NAMED
    return None, confidence.SPEAKER_NONE


# A sentence opening on a definite title no name follows: "Le chef de la délégation
# tchadienne a plaidé pour …", "The head of the Peruvian delegation called for …", «Глава
# перуанской делегации призвал …», "Le porte-parole du ministère a rappelé …". A quotation
# that opens the next sentence ("« … », a-t-il déploré") is that unnamed person's.
_UNNAMED_TITLE = re.compile(
    r"(?:(?:le|la|l['’])\s*(?:chef|cheffe|responsable|porte-parole|repr[ée]sentante?|d[ée]l[ée]gu[ée]e?)"
    r"\s+(?:de\s+la|de\s+l['’]|du|des)\s"
    r"|the\s+(?:head|chief|leader|spokes(?:man|woman|person)|representative|delegate)\s+of\s"
    r"|(?:глава|руководитель|представитель|официальный\s+представитель)\s+[а-яё])",
    re.IGNORECASE,
)


def _unnamed_subject_before(text: str, sentence_start: int) -> int:
    """Where the sentence before the one at `sentence_start` opens on a definite title
    (`_UNNAMED_TITLE`), its start; else -1. The caller checks that no name stands between
    it and the quotation."""
    ends = [
        m.end()
        for m in _SENTENCE_END.finditer(text, max(0, sentence_start - 400), sentence_start)
        if m.end() < sentence_start
    ]
    if not ends and sentence_start > 400:
        return -1
    before = ends[-1] if ends else 0
    before += len(text[before:sentence_start]) - len(text[before:sentence_start].lstrip())
    return before if _UNNAMED_TITLE.match(text, before) else -1


# Right after the closing mark, a speaker the text does not name: an indefinite one ("»,
# résume un diplomate arabe", "," a Western diplomat said", ", said one official") or a
# source («», — сказал источник в правительстве», «— отметил один из участников»). Not the
# last person named before: he is referred to by a definite title ("a dit le ministre").
_UNNAMED_AFTER = re.compile(
    r"(?i:[\s»”\"',]*[—–-]?\s*"
    r"(?:(?:a\s+|ont\s+)?(?!(?:dans|pour|avec|par|sur|lors|apr[eè]s|avant|depuis|pendant|en|et"
    r"|ou|mais|dont|comme|contre|vers|chez|sans)\s)"
    r"[a-zà-ÿ]+(?:-t-(?:il|elle))?\s+(?:un|une|des|plusieurs|certains)\s"
    r"|(?:said|says|told|added|noted|explained)\s+(?:a|an|one|some|several)\s"
    # ", an Armenian official who took part in the talks said": a relative clause may describe
    # the unnamed speaker
    r"|(?:a|an|one|some|several)\s+(?:[\w-]+\s+){0,4}?(?:(?:who|which|that)\s+(?:[\w-]+\s+){1,6}?)?"
    r"(?:said|says|told|added|noted|explained)\b"
    r"|(?:[а-яё]+\s+)?(?:источник|собеседник|один\s+из|одна\s+из|некий|некая|кто-то)))"
)


def _named_after_titles(
    text: str, search_from: int, stop: re.Match | None, named: list[PersonMention]
) -> list[PersonMention]:
    """The person named after a long title chain, when a verb of speech opens the
    attribution at the closing mark and nothing but titles stands between it and the name."""
    opens = _ATTRIBUTION_OPENS.match(text, search_from)
    if not opens or not _SPEECH_VERB.match(opens.group("verb")):
        return []
    limit = min(stop.start() if stop else len(text), search_from + _SPEAKER_AFTER_VERB)
    after = sorted((p for p in named if opens.end() <= p.start < limit), key=lambda p: p.start)
    if not after or _CLAUSE_IN_TITLES.search(text, opens.end(), after[0].start):
        return []
    return after[:1]


# SPEC: a quotation of a document or an institution has no speaker, whoever is named
# near it. The institutions that speak, and the documents that say (after the quotation).
_INSTITUTION = (
    r"(?:communiqu[ée]s?|d[ée]claration|statement|minist[èe]re|ministry|department|"
    r"d[ée]partement|gouvernement|government|pr[ée]sidence|presidency|ambassade|embassy|"
    r"banque|bank|agence|agency|банк\w*|агентств\w*|"
    # a company speaks through its statements as an institution does
    r"company|firm|compagnie|soci[ée]t[ée]|компани\w*|"
    r"коммюнике|заявлени\w*|сообщени\w*|министерств\w*|МИД\w*|ведомств\w*|"
    r"пресс-служб\w*|пресс-релиз\w*|правительств\w*|посольств\w*|"
    # a Russian ministry's short name: «Минэнерго», «Минфина», «Минобороны»
    r"(?-i:Мин[а-яё]{3,}))"
)
_DOCUMENT = (
    rf"(?:{_INSTITUTION}|texte|document|accord|agreement|treaty|trait[ée]|report|rapport|"
    r"документ\w*|текст\w*|"
    # the papers a text is quoted from: «говорится в пояснительной записке к законопроекту»,
    # "the explanatory note reads", «в докладе», «в резолюции», «в меморандуме»
    r"note|memorandum|m[ée]morandum|r[ée]solution|записк\w*|доклад\w*|резолюци\w*|"
    r"меморандум\w*|соглашени\w*|договор\w*|деклараци\w*)"
)
_SAYS = (
    r"(?:said|says|stated|states|reads|read|added|adds|concluded|concludes|noted|notes|"
    r"indique|indiquait|pr[ée]cise|affirme|souligne|ajoute|conclut|note|poursuit|rappelle|"
    r"d[ée]clare|stipule|"
    # the passé composé: "le ministère a indiqué", "la présidence a précisé"
    r"a\s+(?:indiqu|pr[ée]cis|affirm|soulign|ajout|d[ée]clar|not|rappel)[ée]|говорится|отмечается|сообщается|подчеркивается|подчёркивается|"
    r"указывается|заявили|заявило|сообщило|отметили|отметило|"
    # «В министерстве сообщили: «…»»: the impersonal plural says an institution spoke
    r"сообщили|пояснили|подчеркнули|добавили|уточнили)"
)
# Right after the closing mark: "», conclut le communiqué", ", the ministry said",
# «, — говорится в заявлении МИД».
_DOCUMENT_AFTER = re.compile(
    rf"(?i:[\s»”\"',.]*[—–-]?\s*(?:{_SAYS}\s+(?:dans\s+|в\s+|in\s+)?(?:le\s+|la\s+|l['’]|the\s+|its\s+|son\s+|sa\s+)?"
    rf"(?:\w+\s+){{0,2}}?{_DOCUMENT}|(?:le\s+|la\s+|l['’]|the\s+)(?:\w+\s+){{0,2}}?{_DOCUMENT}"
    # "the statement from State House said", "le communiqué de la présidence précise", "the
    # joint statement issued after the talks said", "le communiqué publié à l'issue de la
    # visite précise": who issued it, or when, between the document and its verb
    rf"(?:\s+(?:from|of|by|de|du|des|de la|de l['’]|(?:issued|released|published|adopted"
    rf"|distributed)(?:\s+(?:after|at|on|following|by|in|during))?|(?:publi|diffus|adopt)[ée]e?s?"
    rf"(?:\s+(?:a|à|au|lors|apres|après|par|le|en))?)\s+[^,.;«»“”\"]{{1,50}}?)?"
    rf"\s+{_SAYS}"
    # "», a indiqué Sonatrach dans un communiqué", '", the bank said in a statement': the
    # speaker after the verb speaks through its statement
    rf"|{_SAYS}\s+(?:[\w'’-]+\s+){{1,4}}?(?:dans|in)\s+(?:un|une|son|sa|leur|a|an|its|their)\s+"
    rf"(?:[\w-]+\s+)?(?:communiqu[ée]|d[ée]claration|statement|press\s+release)))"
)
# The subject of the sentence that opens the quotation: "Kenya's State Department for
# Trade said: «", "le communiqué précise : «"; not "X said in a statement: «".
_DOCUMENT_BEFORE = re.compile(
    rf"(?i:(?<!in a )(?<!in its )(?<!dans un )(?<!dans une )(?<!dans son )(?<!dans sa )"
    rf"\b{_INSTITUTION}\b[^«»“”\"]{{0,60}}?\b{_SAYS}\b[^«»“”\"]{{0,20}}$)"
)


# A sentence opening on a document, the quotation right after its words: "Le communiqué
# conjoint publié en fin de journée « réaffirme …", "The final declaration "calls for …"
_DOCUMENT_SUBJECT = re.compile(
    r"(?i:\W*(?:le|la|les|l['’]|the|this|ce|cette)\s*(?:[\w-]+\s+){0,2}?"
    r"(?:communiqu[ée]|d[ée]claration|statement|declaration|texte|text|document)s?\b"
    r"[^«»“”\".;:!?]{0,80}?\s*$)"
)


# "X said in a statement that", "a indiqué dans un communiqué que", «говорится в заявлении»:
# the words quoted after it are the statement's; so are those of a message, a post or a
# letter ("a salué le vote dans un message publié sur ses réseaux sociaux", "in a post on
# social media", «в публикации в соцсетях»)
_IN_A_STATEMENT = re.compile(
    r"(?i:\b(?:in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?(?:statement|message|post|tweet"
    r"|letter)"
    r"|dans\s+(?:un|une|son|sa|leur|le|la)\s+(?:[\w-]+\s+)?(?:communiqu[ée]|d[ée]claration"
    r"|message|publication|lettre|tweet)"
    r"|в\s+(?:сво[её]м\s+)?(?:[а-яё-]+\s+)?(?:заявлении|сообщении|пресс-релизе|коммюнике"
    r"|публикации|послании|письме))\b)"
)


# A service or an office that speaks for its institution, as a source: "selon le service de
# communication de l'université", "according to the university's press office" (not as a
# subject: "X, head of the university's press office, said" is X's)
_SERVICE = r"(?:services?|cellule|office|universit[ée]|university|университет\w*|служб\w*)"


# "According to the joint communiqué, «", "Selon le ministère des Affaires étrangères, «",
# «Как говорится в совместном заявлении, «»: the source named before the quotation.
_ACCORDING_BEFORE = re.compile(
    r"(?i:\b(?:according\s+to|selon|d['’]apr[èe]s|согласно|как\s+(?:говорится|отмечается|"
    r"сообщается|подчеркивается|указывается)\s+в|как\s+сообщил\w*|по\s+данным)\s+"
    rf"(?:(?:the|a|an|le|la|les|l['’]|un|une)\s*)?(?:[\w-]+\s+){{0,2}}?"
    # a service as the source of its own sentence only ("…, according to his press service.
    # X told reporters the company was “on schedule”" quotes a phrase of X's)
    rf"(?:{_DOCUMENT}[^«»“”\"]{{0,80}}|{_SERVICE}[^«»“”\".\n]{{0,80}})$)"
)


# "Selon lui, « ... »", "According to Tuggar, “...”", «По словам Сергея Лаврова, «...»»:
# whoever the source is, what follows is a quotation, not a phrase inside a sentence
_SOURCE_BEFORE = re.compile(
    r"(?i:\b(?:selon|d['’]apr[èe]s|according\s+to|по\s+словам|по\s+(?:его|её|ее|их)\s+словам"
    # «Как отметил глава МИД Казахстана Мурат Нуртлеу, «...»», "Comme l'a souligné le ministre"
    r"|как\s+(?:отметил|заявил|сказал|подчеркнул|пояснил|указал|заметил)\w*"
    r"|comme\s+l['’]a\s+(?:dit|d[ée]clar[ée]|soulign[ée]|rappel[ée]|indiqu[ée]|affirm[ée]))"
    # the speaker's title and name ("по словам министра иностранных дел Кении Мусалии
    # Мудавади,"), one apposition at most ("Selon le ministre, Yassine Fall,"): no clause
    # ("selon lui, les échanges restent « en deçà »" quotes a phrase)
    r"(?:\s+[^\s,«»“”\"]+){0,8}?(?:\s*,(?:\s+[^\s,«»“”\"]+){1,3})?\s*,\s*$)"
)


# A text's own words quoted as what it provides: "recalled its provision that «", "Article 4
# provides that «", "la clause selon laquelle «", «статья 5 предусматривает, что «». The
# quotation is the text's, not that of the person who recalls it (SPEC: speaker null).
_PROVISION_BEFORE = re.compile(
    r"(?i:\b(?:provisions?|clauses?|stipulations?|dispositions?|положени\w*|пункт\w*|стать\w*)"
    r"(?:\s+(?:that|which|selon\s+laquelle|selon\s+lesquelles|qui\s+dit|о\s+том,?\s+что))"
    r"\s*[:,]?\s*$"
    r"|\b(?:provides|provided|stipulates|stipulated|prévoit|prévoyait|stipule|stipulait|dispose"
    r"|предусматривает|предусматривало|гласит)(?:,?\s+(?:that|que|qu['’]|что))?\s*[:,]?\s*$)"
)


# «В Комитете заявили: «…»», «в Кремле ответили», «в посольстве подчеркнули»: the impersonal
# plural after "in" an institution says the institution spoke, not the person named before
_IN_INSTITUTION_SAID = re.compile(
    r"(?i:(?<!\w)(?:в|во)\s+(?:[\w-]+\s+){0,3}?(?:комитете|комиссии|министерстве|ведомстве"
    r"|совете|сенате|думе|аппарате|администрации|правительстве|посольстве|мид|кремле|палате"
    r"|пресс-службе|департаменте|управлении|агентстве)\b[^«»“”\"]{0,60}?(?<!\w)(?:заявили|сообщили"
    r"|отметили|подчеркнули|пояснили|добавили|уточнили|ответили|напомнили)(?!\w)[^«»“”\"]{0,20}$)"
)


# «В пояснительной записке к законопроекту отмечается: «…»», «В заявлении говорится: «…»»:
# an impersonal verb has no subject but the paper it is said in
_SAID_IN_DOCUMENT = re.compile(
    rf"(?i:(?<!\w)(?:в|во)\s+(?:[\w-]+\s+){{0,2}}?{_DOCUMENT}[^«»“”\".]{{0,60}}?(?<!\w)"
    r"(?:говорится|отмечается|сообщается|подчеркивается|подчёркивается|указывается)"
    r"(?!\w)[^«»“”\"]{0,20}$)"
)


def _document_before(text: str, since: int, start: int) -> bool:
    """Whether, after the last person named in the sentence, a document or an institution
    is the subject that says the quotation, the source it is quoted after, or the text
    whose provision it is."""
    before = text[since:start]
    return bool(
        _DOCUMENT_BEFORE.search(before)
        or _IN_INSTITUTION_SAID.search(before)
        or _SAID_IN_DOCUMENT.search(before)
        or _ACCORDING_BEFORE.search(before)
        or _PROVISION_BEFORE.search(before)
    )


_CONTINUATION_GAP = 160  # "“...,” Menon said in his opening remarks. “...”"


def _continues(text: str, previous_end: int, start: int) -> bool:
    """Whether a quotation follows the previous one in its paragraph, an attribution apart."""
    gap = text[previous_end:start]
    return len(gap) <= _CONTINUATION_GAP and "\n" not in gap


# A verb of speech before the speaker: "C'est ce qu'a affirmé X", "a déclaré", "said".
_SPEECH_VERB = re.compile(
    r"(?i:\b(?:a|ont|avait)\s+(?:\w+\s+)?(?:affirm|déclar|dit|ajout|précis|soulign|expliqu|"
    r"indiqu|estim|rappel|insist|martel|lanc)|\b(?:said|says|told|added|stressed|explained|"
    r"declared|noted)\b|заяви|сказа|отмети|подчеркну|добави)"
)


def _attributes(lead: str) -> bool:
    """Whether a line that follows a quotation opens with its attribution, not a new story.

    "a déclaré le ministre", "— X", "C'est ce qu'a affirmé X" attribute; "Sarr welcomed
    the plan" starts a paragraph of its own.
    """
    if not lead:
        return False
    return lead[:1] in ",—–-" or lead[:1].islower() or bool(_SPEECH_VERB.search(lead))


_PHRASE_WORDS = 8  # longer quoted words inside a sentence report what was said
# quoted words that open on a preposition in lower case complete the clause before them
# (where, how, in what way), up to this many words
_ADVERBIAL_WORDS = 16
_PREPOSITION_FIRST = re.compile(
    r"(?:в|во|на|с|со|по|для|при|без|из|от|под|через|in|on|at|with|for|within|under"
    r"|through|without|dans|en|avec|pour|sans|sous|par|selon)\s"
)


def _source_introduces(lead: str) -> bool:
    """Whether a source named before the quotation ("selon le communiqué, «") introduces it.

    Not when a clause of its own comes between the source's comma and the quotation: in "a,
    selon un communiqué, salué « un partenaire fiable »" or "according to the statement, he
    hailed “a new era”" the quoted words are the object of the verb, a phrase. A clause that
    ends in "que", "that", «что» still announces the source's words.
    """
    found = _ACCORDING_BEFORE.search(lead)
    return bool(found) and _nothing_between(lead[found.start() :])


def _nothing_between(after: str) -> bool:
    """Whether no clause of its own follows the source's comma (`after` opens with the
    source): only "que", "that", «что» may come between it and the quotation."""
    if not re.search(r"[,:]", after):
        return True
    tail = re.split(r"[,:]", after)[-1].strip()
    return not tail or bool(re.search(r"(?i:\b(?:que|qu['’]|that|что))$", tail))


# A noun phrase is a phrase up to this many words ("a salué « un partenariat fondé sur le
# respect mutuel et la solidarité »", ten); a longer one carries what was said ("y voyant
# « un signe fort d'une relation d'amitié désormais scellée entre Moscou et Bamako »",
# twelve; "insisté sur « la nécessité de rehausser le niveau actuel des relations
# économiques à la hauteur des relations politiques »", fifteen)
_NOUN_PHRASE_WORDS = 11
# how a verb belongs to a noun phrase: in a clause that modifies a noun ("a border that
# works", "un partenariat fondé sur la confiance", "la nécessité de rehausser")
_NOUN_CLAUSES = {"acl", "relcl", "acl:relcl", "amod"}


_COMPLEMENT_WORDS = 16


def _verbless_complement(body: str, language: str | None) -> bool:
    """Whether quoted words are a complement opened by a preposition with no verb at all:
    "saw the region “as a market and as a partner, not as a charity case”", "voit la région
    « comme un marché et comme un partenaire, pas comme une œuvre de charité »" complete the
    clause before them, they say no sentence. French and English, from the parse."""
    if language not in ("fr", "en") or len(body.split()) > _COMPLEMENT_WORDS:
        return False
    from suivi.reading import nlp

    doc = nlp.parse(body, language)
    return doc[0].pos_ in ("ADP", "SCONJ") and not any(t.pos_ in ("VERB", "AUX") for t in doc)


def _noun_phrase(body: str, language: str | None) -> bool:
    """Whether quoted words are one noun phrase opened by a determiner, every verb inside a
    clause that modifies a noun: "wanted “a border that works for the people who live on
    it”", "a salué « un partenariat fondé sur le respect mutuel et la solidarité »" name a
    thing, they say no sentence of their own. French and English, from the parse."""
    if language not in ("fr", "en") or len(body.split()) > _NOUN_PHRASE_WORDS:
        return False
    from suivi.reading import nlp

    doc = nlp.parse(body, language)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") or doc[0].pos_ != "DET":
        return False
    root = roots[0]
    if any(child.dep_ in ("cop", "nsubj", "nsubj:pass", "expl:subj") for child in root.children):
        return False  # "le chiffre n'est pas un rêve": a copula's sentence
    for token in doc:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        head = token
        while head is not root and head.dep_ not in _NOUN_CLAUSES:
            head = head.head
        if head is root:
            return False
    return True


# A clause that runs into the quoted words: three words of its own at least before them and no
# mark between ('The text will be signed "at the earliest opportunity", X said'). The
# attribution after them is the sentence's, and the quoted words a phrase of its clause.
_RUNS_INTO = re.compile(r"(?:[^\s,:;«»“”\"—–-]+\s+){3,}$")
# unless what stands before them announces words said: a verb of speech, "that", «что», "as"
_INTRODUCED = re.compile(
    r"(?i:\b(?:that|que|qu['’]|что|как|as|comme|said|says|say|told|tell|added|declared"
    r"|stated|noted|wrote|called\s+it|described\s+\w+\s+as|dit|déclaré|ajouté|affirmé"
    r"|écrit|заявил\w*|сказал\w*|отметил\w*|добавил\w*|написал\w*)\s+\S*$)"
)


# Reported speech whose own subject and copula stand before the quoted words: "a indiqué que
# les entreprises russes étaient « prêtes à investir dans l'énergie »", "said that the talks
# were “frank and useful”": the quoted words are the attribute that completes the reporter's
# clause, a phrase. Not when they hold the clause's own verb ("indiqué que le Royaume
# « soutient pleinement … »", "que le Mali « est prêt à … »": the source's statement, its
# subject left out), nor right after "que" ("a déclaré que « nous … »").
_REPORTED_CLAUSE = re.compile(
    r"(?i:(?:\bque|\bqu['’]|\bthat)\s+(?!«|“|\")(?:[^\s,:;«»“”\"—–-]+\s+){1,5}"
    r"(?:[eé]tai(?:en)?t|est|sont|serai(?:en)?t|sera|seront|rest(?:e|ent|ait|aient)"
    r"|was|were|is|are|would\s+be|remains?|remained)\s+$)"
)


def _embedded_phrase(text: str, match: re.Match, body: str, language: str | None = None) -> bool:
    """SPEC: a few quoted words inside a sentence are a phrase, not a statement. "a salué
    « une session de la relance »." is one: it opens in lower case, no colon announces it,
    no attribution follows it, and it says no sentence of its own. A longer one is a phrase
    too when it is a short noun phrase (`_noun_phrase`)."""
    if not body[:1].islower() or re.search(r"[.!?…]", body):
        return False
    before = text[max(0, match.start() - 3) : match.start()]
    if ":" in before or "\n" in before:
        return False
    clause = _SENTENCE_END.split(text[max(0, match.start() - 160) : match.start()])[-1]
    if len(body.split()) <= _NOUN_PHRASE_WORDS and _REPORTED_CLAUSE.search(clause):
        return True  # "a indiqué que les entreprises étaient « prêtes à investir … »"
    if (
        len(body.split()) <= _ADVERBIAL_WORDS
        and _PREPOSITION_FIRST.match(body)
        and _RUNS_INTO.search(clause)
        and not _INTRODUCED.search(clause)
    ):
        # «участвует в его работе "в тех форматах, которые отвечают его статусу …"», "takes
        # part "in the formats that suit its status …"": the words complete the clause's own
        # verb as where or how, a phrase of the reporter's sentence, however long
        return True
    if len(body.split()) > _PHRASE_WORDS and not (
        _noun_phrase(body, language) or _verbless_complement(body, language)
    ):
        return False
    lead = text[max(0, match.start() - 120) : match.start()]
    if _SOURCE_BEFORE.search(lead) or _source_introduces(lead):
        return False  # «Согласно совместному заявлению, «стороны ...»»: the source's words
    statement = [m.start() for m in _IN_A_STATEMENT.finditer(clause)]
    if statement and _nothing_between(clause[statement[-1] :]):
        return False  # "said in a statement that "no talks are under way"": its words
    if _RUNS_INTO.search(clause) and not _INTRODUCED.search(clause):
        return True  # 'will be signed "at the earliest opportunity", X said': a clause's words
    # its own sentence's attribution: a speech verb of the next sentence ("…", according to
    # the side. X said the …) says nothing of these words
    after = _SENTENCE_END.split(text[match.end() : match.end() + 60])[0]
    attributed = re.match(r"\s*,?\s*[—–-]", after) or (
        after.lstrip().startswith(",") and _SPEECH_VERB.search(after)
    )
    return not attributed


# A text's title in quotation marks: its kind, then what it is about, and no sentence ("le
# « Protocole d'entente sur la migration légale »", "the “Agreement on Visa-Free Travel”",
# «„Соглашение о сотрудничестве в области образования“»)
_TEXT_TITLE = re.compile(
    r"(?i)(?:accord|protocole|m[ée]morandum|convention|trait[ée]|charte|agreement|protocol"
    r"|memorandum|treaty|charter|соглашени[ея]|протокол|меморандум|договор|конвенци[яи])"
    r"(?:-cadre|\s+(?:cadre|g[ée]n[ée]ral|d['’]entente|of\s+understanding|general))?"
    r"\s+(?:d['’]|de\s|du\s|des\s|sur\s|relatif|portant|entre\s|on\s|of\s|for\s|between\s"
    r"|concerning\s|о\s|об\s|между\s|по\s)"
)


def _text_title(body: str) -> bool:
    """Whether quoted words are a text's title (SPEC: a title in « » is not a quote)."""
    return bool(_TEXT_TITLE.match(body)) and not re.search(r"[.!?…]", body)


def _event_name(preceding: str, body: str) -> bool:
    """Whether quoted words right after an event's noun are its name: a few words that end
    no sentence («саммит «Россия — Исламский мир: KazanForum»»)."""
    return bool(
        _EVENT_NAMED.search(preceding[-30:])
        and len(body.split()) <= _EVENT_NAME_WORDS
        and not re.search(r"[.!?…]", body)
    )


def _is_title_case(body: str) -> bool:
    """ "Un Peuple, Un But, Une Foi": a motto or a name, every word capitalised."""
    words = [w for w in re.findall(r"[^\W\d_]+", body) if len(w) > 1]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


_HEADING_WORDS = 8
_LINE_ALONE_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
_LINE_ALONE_AFTER = re.compile(r"[ \t]*\n[ \t]*[«“\"A-ZÀ-ÝА-ЯЁ]")


def _heading(text: str, match: re.Match, body: str) -> bool:
    """A few quoted words alone on their line, with no closing stop, before a line that
    opens on a quotation or a capital: an intertitle ("« Une question de souveraineté »",
    "“A matter of sovereignty”"), no one's statement (an attribution would follow on it)."""
    return (
        len(body.split()) <= _HEADING_WORDS
        and not re.search(r"[.!?…]\W*$", match.group())
        and bool(_LINE_ALONE_BEFORE.search(text, max(0, match.start() - 80), match.start()))
        and bool(_LINE_ALONE_AFTER.match(text, match.end()))
    )


def extract(
    text: str,
    mentions: list[PersonMention],
    people: list[Person] | None = None,
    language: str | None = None,
) -> list[Quote]:
    """Every direct quotation of `text` with its speaker (or None when nobody is named);
    `language` lets a quoted noun phrase be told from a statement (`_noun_phrase`)."""
    referred = _by_role(text, people or [], mentions)
    # "a déclaré le président Faye": the role is the name's title, the name says who
    referred = [r for r in referred if not any(r.start < m.start <= r.end + 2 for m in mentions)]
    quotes: list[Quote] = []
    previous: tuple[int, str | None] | None = None  # where the last quotation ended, by whom
    for match in _QUOTED.finditer(text):
        body = next(g for g in match.groups() if g is not None).strip(" ,.")
        preceding = text[max(0, match.start() - 40) : match.start()]
        least = _MIN_QUALIFIED_WORDS if _QUALIFYING.search(preceding) else _MIN_WORDS
        if len(body.split()) < least or _NAMING.search(preceding[-30:]) or _is_title_case(body):
            continue
        if _event_name(preceding, body) or _text_title(body):
            continue
        if _heading(text, match, body):
            continue
        if _embedded_phrase(text, match, body, language):
            continue
        outside = [m for m in mentions if not match.start() <= m.start < match.end()]
        speaker, sure = _speaker(text, match.start(), match.end(), outside, referred, previous)
        quotes.append(Quote(text=body, speaker=speaker, confidence=sure))
        previous = (match.end(), speaker)
    return quotes


# An interview set down in questions and answers: "Q:" / "A:" lines (fr "Q :" / "R :",
# "Question :" / "Réponse :"; ru «Вопрос:» / «Ответ:», «В:» / «О:»); the question lines are
# those `people` reads the answers' speakers from.
_ANSWER = re.compile(r"^(?:A|R|О|Answer|Réponse|Ответ)\s*:\s*", re.MULTILINE)


def unnamed_interview(text: str, mentions: list[PersonMention]) -> bool:
    """Whether the text is told in questions and answers and names nobody before its first
    question (the one interviewed is then named by the title, if anywhere)."""
    first = QUESTION_LINE.search(text)
    return first is not None and not any(m.end <= first.start() for m in mentions)


def answers(
    text: str, mentions: list[PersonMention], interviewee: str | None = None
) -> list[Quote]:
    """In an interview told in questions and answers, each answer (from its "A:" to the next
    question) is a direct quotation of the one interviewed: the person the text names last
    before its first question ("We spoke to X."), else the one its title names
    (`interviewee`), or nobody."""
    first = QUESTION_LINE.search(text)
    if first is None:
        return []
    before = [m for m in mentions if m.end <= first.start()]
    speaker = max(before, key=lambda m: m.start).name if before else interviewee
    found = []
    for label in _ANSWER.finditer(text, first.end()):
        following = QUESTION_LINE.search(text, label.end())
        body = text[label.end() : following.start() if following else len(text)].strip()
        if len(body.split()) >= _MIN_WORDS:
            found.append(Quote(text=body, speaker=speaker, confidence=0.7 if speaker else 0.5))
    return found


# An interview set down as a dialogue, each turn a paragraph opened by a dash (the Russian
# and French press's convention: «— Что изменилось?» / «— Изменилось то, что …»): a turn that
# asks something (a question mark in it) is a question, the turn after a question answers
# it, whatever it asks back, and the answer runs to the next question.
_DASH_TURN = re.compile(r"^[—–]\s+(?P<body>\S.*?)\s*$", re.MULTILINE)
# Two questions answered at least make an interview: one asked line may be a quoted retort.
_MIN_ANSWERED = 2


def dash_answers(text: str, mentions: list[PersonMention], title_names: list[str]) -> list[Quote]:
    """In an interview told in dash turns, each answer is a direct quotation of the one
    interviewed: the person a question addresses («— Бакыт Таалайбекович, с чем вы
    вернулись?»), else the one the title names alone, else the one the text names last
    before its first question."""
    turns = list(_DASH_TURN.finditer(text))
    questions, answers = [], []
    asked = False  # the turn before was a question
    for turn in turns:
        if asked:
            answers.append(turn)
            asked = False
        elif "?" in turn.group("body"):
            questions.append(turn)
            asked = True
    if len(answers) < _MIN_ANSWERED:
        return []
    addressed = {m.name for m in mentions if any(q.start() <= m.start < q.end() for q in questions)}
    before = [m for m in mentions if m.end <= questions[0].start()]
    if len(addressed) == 1:
        speaker: str | None = addressed.pop()
    elif len(set(title_names)) == 1:
        speaker = title_names[0]
    else:
        speaker = max(before, key=lambda m: m.start).name if before else None
    found = []
    for answer in answers:
        following = next((q for q in questions if q.start() > answer.start()), None)
        body = text[answer.start("body") : following.start() if following else len(text)]
        if len(body.split()) >= _MIN_WORDS:
            found.append(
                Quote(text=body.strip(), speaker=speaker, confidence=0.7 if speaker else 0.5)
            )
    return found


# A title's quotation with a word put in or taken out ("La Confédération AES n'a pas
# besoin ..." of the line "La Confédération n'a pas besoin ..."): nearly all its words are
# the longer line's, and it is long enough for that to say it is the same line.
_REPEATED_SHARE = 0.9
_REPEATED_MIN_WORDS = 8


@lru_cache(maxsize=1024)
def _words(text: str) -> tuple[str, ...]:
    """The folded words of a quotation, kept: `unique` compares each with every other."""
    return tuple(_WORD.findall(_fold(text)))


_WORD = re.compile(r"[^\W_]+")


def _edited_repeat(short: str, long: str) -> bool:
    words, others = _words(short), set(_words(long))
    if len(words) < _REPEATED_MIN_WORDS or len(words) >= len(_words(long)):
        return False
    return sum(w in others for w in words) >= _REPEATED_SHARE * len(words)


def unique(found: list[Quote]) -> list[Quote]:
    """Quotations without repeats: a title often quotes part of a line the body quotes,
    at times with a word of its own."""
    keys = [" ".join(_fold(q.text).split()) for q in found]
    kept = []
    for i, (quote, key) in enumerate(zip(found, keys, strict=True)):
        longer = any(
            (key in other and (key != other or j < i)) or _edited_repeat(key, other)
            for j, other in enumerate(keys)
            if j != i
        )
        if not longer:
            kept.append(quote)
    return kept


# An interview set down as turns headed by who speaks: the outlet or its initials ask
# ("Sahel Hebdo : Monsieur le ministre, ... ?", "F.H. : Pourquoi ?"), the one interviewed
# answers under his name, then under his initials ("Awa Diop : ...", "A.D. : ...", "K.J.-M.T. :
# ..."); the same in English ("The Times: ... ?", "J.S.: ...") and Russian («В.П.: ...»). A
# label is a name of one to four capitalised words or initials, and heads its paragraph.
_LABELLED_TURN = re.compile(
    r"^(?P<label>(?:[A-ZÀ-ÝА-ЯЁ]\.(?:-?[A-ZÀ-ÝА-ЯЁ]\.)+)"
    r"|[A-ZÀ-ÝА-ЯЁ][\w'’-]+(?:\s+[A-ZÀ-ÝА-ЯЁ][\w'’.-]+){0,3})\s*:\s+(?P<body>\S.*?)\s*$",
    re.MULTILINE,
)
_INITIALS = re.compile(r"[A-ZÀ-ÝА-ЯЁ]\.(?:-?[A-ZÀ-ÝА-ЯЁ]\.)+")


def _initials_of(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


Span = tuple[int, int]


# The line right above a labelled answer that asks: a paragraph ending on a question mark.
_QUESTION_ABOVE = re.compile(r"(?:^|\n)(?P<line>[^\n]*\?)[ \t]*\n+$")
_QUESTION_REACH = 600


@dataclass
class _Asked:
    """A question line with no label, standing where a labelled question's match would."""

    where: tuple[int, int]

    def span(self) -> tuple[int, int]:
        return self.where

    def group(self, _name: str) -> str:
        return ""


def labelled_turns(
    text: str, mentions: list[PersonMention]
) -> tuple[list[Quote], set[str], list[tuple[Span, Span]]]:
    """In an interview told in turns headed by who speaks, each answer (the turn after a
    question: a turn with a question mark, or any turn of a label that asks with one) is a direct quotation of the one interviewed: the
    person whose name (in full or by surname: "Keïta :") or initials head the answers.
    Returns the answers, the labels of the questions (the outlet that asks: no person of the
    story) and each question's span with its answer's."""
    turns = list(_LABELLED_TURN.finditer(text))
    # the label that asks with a question mark asks in all its turns: "Balkans Hebdo : Et la
    # langue albanaise, sujet sensible..." is a question too
    asking = {t.group("label") for t in turns if t.group("body").rstrip().endswith("?")}
    questions: list[Any] = []
    replies: list[Any] = []
    asked = False
    for turn in turns:
        if asked:
            replies.append(turn)
            asked = False
        elif turn.group("label") in asking:
            questions.append(turn)
            asked = True
    unlabelled = not questions
    if unlabelled:
        # only the answers labelled, each under a question line of its own ("Is anything new
        # being negotiated?" / "Kinyanjui: Yes. …"): the line asks, the label answers
        for turn in turns:
            above = max(0, turn.start() - _QUESTION_REACH)
            if (question := _QUESTION_ABOVE.search(text, above, turn.start())) and not (
                _LABELLED_TURN.match(question.group("line"))
            ):
                questions.append(_Asked(question.span("line")))
                replies.append(turn)
    if len(replies) < _MIN_ANSWERED:
        return [], set(), []
    askers = {q.group("label") for q in questions}
    repliers = {r.group("label") for r in replies}
    if askers & repliers:  # the same label asks and answers: no interview
        return [], set(), []
    names = {m.name for m in mentions}
    speakers = set()
    for label in repliers:
        if _INITIALS.fullmatch(label):
            key = label.replace(".", "").replace("-", "")
            speakers |= {n for n in names if _initials_of(n) == key}
        else:
            speakers |= {n for n in names if _fold(label) in (_fold(n), _fold(n.split()[-1]))}
    speaker = speakers.pop() if len(speakers) == 1 else None
    if unlabelled and speaker is None:
        return [], set(), []  # "Answer:" under each question is `answers`' to read
    found, pairs = [], []
    for question, reply in zip(questions, replies, strict=False):
        following = next((t for t in turns if t.start() > reply.start()), None)
        end = following.start() if following else len(text)
        if unlabelled:  # up to the next question line
            end = next((q.span()[0] for q in questions if q.span()[0] > reply.start()), end)
        body = text[reply.start("body") : end]
        body = body.split("\n\n")[0] if following is None else body
        pairs.append((question.span(), (reply.start("body"), reply.start("body") + len(body))))
        if len(body.split()) >= _MIN_WORDS:
            found.append(
                Quote(text=body.strip(), speaker=speaker, confidence=0.7 if speaker else 0.5)
            )
    return found, {a for a in askers if a and not _INITIALS.fullmatch(a)}, pairs
