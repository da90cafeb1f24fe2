"""The sides an agreement or a body binds, from the party mentions around it.

SPEC.md: an alliance's agreement or body lists its member states; a company signs as
itself. A seat ("Bamako") names where things happen rather than who acts, so it only
counts when nothing else names the sides.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from suivi.reading import counterparts, gazetteer, parties, routes, segments
from suivi.reading import gazetteer_data as data
from suivi.reading.context import Context, Mention, Sentence
from suivi.reading.gazetteer import home_state, state_codes
from suivi.reading.gazetteer_data import MEMBERS
from suivi.reading.signing_words import SIGNING


def expand(codes: list[str]) -> list[str]:
    """Codes in order, alliances replaced by their member states, without repeats."""
    unique = dict.fromkeys(codes)  # a long sentence names its sides a thousand times
    return list(dict.fromkeys(member for code in unique for member in MEMBERS.get(code, [code])))


def _host_and_organisation(ctx: Context, found: list[Mention]) -> bool:
    """Whether the sides are one alliance and one of its own member states, alone, joined in
    one phrase: the state signs with the organisation as a body of its own ("le gouvernement
    gabonais et la CEEAC ont signé un avenant à l'accord de siège", "Kenya signed a host
    agreement with the EAC", «Казахстан и ЕЭК подписали …»: a host state and the
    organisation's secretariat), not the members among themselves. A small alliance with no
    body of its own (the AES) signs as its members all the same."""
    codes = list(dict.fromkeys(m.code for m in found))
    if len(codes) != 2:
        return False
    alliance, state = codes if codes[0] in MEMBERS else codes[::-1]
    if state not in MEMBERS.get(alliance, ()) or len(MEMBERS[alliance]) <= 3:
        return False  # (a small alliance, the AES, signs as its members: SPEC)
    for a in (m for m in found if m.code == alliance):
        for b in (m for m in found if m.code == state):
            first, second = (a, b) if a.start < b.start else (b, a)
            if _JOINING_GAP.fullmatch(ctx.text, first.end, second.start):
                return True
    return False


def _outside(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions that start in none of the spans."""
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


def named_in(ctx: Context, start: int, end: int) -> list[str]:
    """The parties named between two offsets, seats left out, alliances expanded; a state
    named as a place ("the situation in the DRC", «положение в ДРК») that does not act
    in the story is no side either, nor one named in a route's name ("the Addis Ababa-
    Djibouti corridor")."""
    found = [
        m
        for m in ctx.mentions_in(start, end)
        if (m.kind != "seat" or _institution_seat(ctx.text, m))
        and not (
            m.code not in ctx.parties
            and _as_place(ctx.text, m.start)
            and not _financed_there(ctx.text, start, m.start)
        )
        and not routes.in_route_name(ctx.text, m)
    ]
    found = _outside(found, list(_not_sides(ctx.text, start, end)))
    found = _without_framing_alliances(found)
    # a visit that opens the sentence frames the signing it tells ("Lors de la visite du
    # président français au Kenya, le groupe Orange a signé …", «В ходе визита премьер-министра
    # Венгрии в Баку компания SOCAR подписала …»): who visits and who is visited are no sides
    # of it while one is named after it
    opening = _opening_visit(ctx.text, start, end)
    if opening and _outside(found, [opening]):
        found = _outside(found, [opening])
    # who attends or witnesses the signing, subject of its own verb ("Invité d'honneur, le
    # Ghana a assisté à la signature ...", "Rwanda and Burundi attended the signing of ...")
    # signs nothing, even where the sentence names no other side (the story's then)
    watching = [span for span in _hosts(ctx.text, start, end) if _ATTEND.search(ctx.text, *span)]
    found = _outside(found, watching)
    # the host or witness of the signing, subject of its own verb ("President X witnessed
    # the signing of ...", «Президент Узбекистана принял участие в церемонии подписания»),
    # and a state named as the place of the signing ("signed in the UAE", «подписали в
    # Узбекистане») are no sides, while two sides remain
    if len(set(expand([m.code for m in found]))) >= 3:
        hosts = _hosts(ctx.text, start, end)
        unplaced = [
            m
            for m in found
            if not any(a <= m.start < b for a, b in hosts)
            and not _signed_there(ctx.text, m)
            and not _in_dateline(ctx.text, m.start)
            and not placed(ctx, m, start)
        ]
        if len(set(expand([m.code for m in unplaced]))) >= 2:
            found = unplaced
    if _host_and_organisation(ctx, found):
        return list(dict.fromkeys(m.code for m in found))
    signers = homes_signing(ctx, [m.code for m in found], start, end)
    codes = without_homes(expand([m.code for m in found]), signers)
    if len(codes) < 3:
        return codes
    # a state where goods go or pass ("gas exports to Brazil", «транзит газа через территорию
    # Казахстана в Узбекистан») or whence they come ("Bolivian gas", «российского газа»), or
    # one in the name of the event where the text is signed ("the China-Africa summit"), is
    # no side, while two sides remain
    kept = without_homes(
        expand(
            [
                m.code
                for m in found
                if not _of_goods(ctx.text, m) and not _in_event_name(ctx.text, m)
            ]
        ),
        signers,
    )
    return kept if len(kept) >= 2 else codes


def _without_framing_alliances(found: list[Mention]) -> list[Mention]:
    """The mentions without a large alliance whose members the span names two of besides:
    "At the ECOWAS summit in Abuja, Liberia and Sierra Leone signed …", "Gulf Cooperation
    Council members Oman and Kuwait signed …", «Казахстан и Белоруссия, также члены СНГ,
    подписали …»: the alliance frames the pair's text (its summit, their membership) and
    its other members sign nothing. A small alliance (the AES) is named with its members
    where it acts as one, so it stays (as in `_opens_on_pair`)."""
    states = {m.code for m in found if m.code not in MEMBERS}
    return [
        m
        for m in found
        if not (len(MEMBERS.get(m.code, ())) > 3 and len(states & set(MEMBERS[m.code])) >= 2)
    ]


# A seat in the name of a state's port or university names the state that acts through it
# ("le Port autonome d'Abidjan", "the University of Dar es Salaam", "Addis Ababa University",
# «Университет Аддис-Абебы»: SPEC, a state's institutions stand for their state), and so does
# a region's or a city's government ("the government of Khabarovsk Krai", "le gouvernement
# de la région de Tambov", «правительство Хабаровского края», «администрация Ташкента»: a
# local government signs for its state), unless a preposition of place puts the name itself
# as where things happen ("à l'Université de Dakar", "at the University of Nairobi", «в
# Университете Аддис-Абебы»).
_SEAT_INSTITUTION_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<head>(?-i:Port|Ports|Universit[ée]|University|Университет|Порт)\w*)"
    r"(?:\s+[a-zà-ÿ-]+){0,2}\s*(?:of\s+|de\s+|d['’]|du\s+)?"
    r"|(?P<government>government|gouvernement|administration|правительств\w*|администраци\w*)"
    r"\s+(?:of\s+(?:the\s+)?(?:city\s+of\s+)?|de\s+(?:la\s+(?:ville\s+de\s+)?|l['’])?|d['’]"
    r"|du\s+|города\s+)?)$",
    re.IGNORECASE,
)
_SEAT_INSTITUTION_AFTER = re.compile(
    r"(?:\s+[A-Z][\w-]+){0,3}?\s+(?:University|Ports?\s+Authority|Authority|Agency)\b"
    # a city's adjective before the university it names, other adjectives between: «Томский
    # политехнический университет», «с Ханойским университетом науки» (`RU_PLACE_ADJECTIVES`)
    r"|(?:(?<=[ийоы]й)|(?<=[ое]го)|(?<=[ое]му)|(?<=[иыо]м))"
    r"(?:\s+[а-яё-]+(?:[ыи]й|ой|[ое]го|[ое]му|[ыи]м|[ое]м|[ая]я|[ую]ю|[ыи]е|[ыи]х|[ыи]ми))*"
    r"\s+(?:университет|институт|академи|консерватори)\w*"
)
_PLACE_OF_NAME = re.compile(
    r"(?<![\w-])(?:in|at|from|à|a|dans|au|aux|в|во|на|из)\s+(?:(?:the|la|le|l['’])\s*)?$",
    re.IGNORECASE,
)


def _institution_seat(text: str, mention: Mention) -> bool:
    """Whether a seat is named inside the name of its state's port or university, acting."""
    before = _SEAT_INSTITUTION_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before:
        head = before.start("head") if before.group("head") else before.start("government")
    elif _SEAT_INSTITUTION_AFTER.match(text, mention.end):
        head = mention.start
    else:
        return False
    return not _PLACE_OF_NAME.search(text, max(0, head - 12), head)


def _not_sides(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Spans between two offsets that name parents, witnesses, hosts, funders and sayers.
    Their unit is scanned once (each mention and each prefix of a sentence asks for its
    own stretch: a sentence of 50,000 characters with a thousand agreements would scan
    itself a thousand times); the closing sayer is the stretch's own."""
    begin, finish = segments.enclosing(text, start, end)
    parents, others = _unit_not_sides(text, begin, finish)
    spans = [span for span in parents if start - 100 <= span[0] < end]
    spans += [span for span in others if start <= span[0] < end]
    # the sayer closes the stretch asked about: it ends at `end`, a clause of 60 characters
    spans += [m.span() for m in _SAYER.finditer(text, max(start, end - 300), end)]
    return tuple((a, min(b, end)) for a, b in spans)


@lru_cache(maxsize=64)
def _unit_not_sides(
    text: str, start: int, end: int
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The parents (from 100 characters before), and the witnesses, hosts, funders, those
    served, models and likened partners named in a unit."""
    parents = tuple(m.span() for m in _PARENT.finditer(text, max(0, start - 100), end))
    others = [m.span("posting") for m in _POSTING.finditer(text, start, end)]
    others += [m.span("posting") for m in parties.MISSION.finditer(text, start, end)]
    others += [
        _genitive_only(text, m) if pattern is _WITNESS else m.span()
        for pattern in (
            _WITNESS,
            _ASIDE,
            _SERVED,
            parties.POPULATION,
            _MODEL,
            _LIKE_ONE,
            parties.ENVOY_FOR,
            _CONGRATULATING,
        )
        for m in pattern.finditer(text, start, end)
    ]
    return parents, tuple(others)


# Where an envoy is posted names no side of what the envoy signs: the envoy signs for the
# state that sends him ("the ambassador of Japan to Kenya", "l'ambassadeur de Chine au Mali",
# «посол России в Таджикистане»); the state of the posting signs where the sentence names it
# otherwise ("and Kenya's finance minister").
_POSTING = re.compile(
    r"(?<![\w-])(?i:ambassadors?|envoys?|high\s+commissioners?|ambassadeurs?|ambassadrices?"
    r"|haut-commissaires?|hauts-commissaires|посол|посла|послом|послу|после|послы|послов)"
    r"(?:\s+(?i:extraordinaire\s+et\s+pl[ée]nipotentiaire|extraordinary\s+and\s+plenipotentiary"
    r"|чрезвычайн\w+\s+и\s+полномочн\w+))?"
    # the sending state: "of Japan", "de la République de Chine", «Российской Федерации»
    r"(?:\s+(?i:of\s+(?:the\s+)?|de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’])?"
    r"(?:[A-ZÀ-ÝА-ЯЁ][\w'’-]*(?:\s+(?:of|de|d['’]|du)?\s*[A-ZÀ-ÝА-ЯЁ][\w'’-]*"
    r"|\s+(?:populaire|d[ée]mocratique|islamique|f[ée]d[ée]rale|arabe|unie|socialiste))*))?"
    r"\s+(?P<posting>(?i:to|in|au|aux|en|[àa]|в|во)\s+(?i:the\s+|la\s+|le\s+|l['’])?"
    r"[A-ZÀ-ÝА-ЯЁ])"
)


# Russian words of presence, support or setting that govern the genitive: «в присутствии
# трёх лидеров», «при поддержке банка», «на полях саммита»
_RU_GENITIVE_LEAD = re.compile(
    r"(?i)(?:в присутствии|при (?:финансовой )?поддержке|при финансировании|при содействии"
    r"|по приглашению|на полях|в кулуарах|при посредничестве|под эгидой|под председательством"
    r"|под патронатом)"
)


def _genitive_only(text: str, m: re.Match) -> tuple[int, int]:
    """A Russian witness is the genitive its word governs, no further: «В присутствии трёх
    лидеров председатель правления "Газпрома" … подписали» ends before «председатель», the
    first word that cannot be a genitive (the signer who follows is the clause's subject)."""
    lead = _RU_GENITIVE_LEAD.match(m.group())
    if lead is None:
        return m.span()
    from suivi.reading import nlp

    for word in re.finditer(r"[а-яёА-ЯЁ-]+", m.group()[lead.end() :]):
        w = word.group().lower()
        if w in ("и", "или") or any(p.tag.case == "gent" for p in nlp.russian_parses(w)):
            continue
        return m.start(), m.start() + lead.end() + word.start()
    return m.span()


# Those a text serves, named by where they come from, do not sign it: "refugees from Sudan",
# "Sudanese refugees", "des réfugiés soudanais", «беженцам из Южного Судана», «суданских
# беженцев» (the state's name, or its adjective, beside the people's noun).
_PEOPLE_SERVED = (
    r"(?:refugees?|asylum[- ]seekers?|displaced(?:\s+persons|\s+people)?|returnees|migrants?"
    r"|r[ée]fugi[ée]s?|d[ée]plac[ée]s|demandeurs\s+d['’]asile|rapatri[ée]s|беженц\w*|мигрант\w*"
    r"|переселенц\w*|вынужденн\w+\s+переселенц\w*)"
    # who among them: "refugee children from Sudan", "les femmes réfugiées du Soudan"
    r"(?:\s+(?:children|families|women|students|camps?|enfants|familles|femmes|[ée]l[èe]ves"
    r"|camps?))?"
)
_SERVED = re.compile(
    rf"(?:\b[\w-]+\s+)?\b{_PEOPLE_SERVED}(?:(?:,?\s+(?:venu\w*|arriv[ée]\w*|originaires?"
    r"|who\s+fled|fleeing|fled|бежавш\w*|прибывш\w*))?\s+(?:from|of|de|du|des|d['’]|из|с)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]|les\s+)?(?-i:[A-ZÀ-ÝА-ЯЁ][\w'’-]*(?:\s+[A-ZÀ-ÝА-ЯЁ][\w'’-]*){0,3})"
    r"|\s+[a-zà-ÿ-]+(?:ais|aise|aises|ains|aines|iens|iennes|ois|oises|ens)\b)?",
    re.IGNORECASE,
)
# The partner of an earlier text the signed one is likened to does not sign it: "…, similar
# to the one it signed with Rwanda in 2019", "…, semblable à celui conclu avec le Togo",
# «…, аналогичное тому, что было подписано с Турцией» (to the end of the clause).
_LIKE_ONE = re.compile(
    r",\s+(?:(?:similar|comparable|identical)\s+to|like|(?:semblable|similaire|analogue|identique)"
    r"\s+[àa]|comme|аналогичн\w*|подобн\w*|такое\s+же,?\s+как)\s+(?:the\s+ones?|that|those|celui"
    r"|celle|ceux|celles|тому|тем|той|и)\b[^.;]{0,120}"
    # or told as the time of the signing: "…, a month after Nigeria signed one with Morocco"
    r"|,\s+(?:(?:a|an|one|two|three|few|several|just)\s+)?(?:(?:days?|weeks?|months?|years?)\s+)?"
    r"(?:after|since)\s+[^,.;]{1,60}?\b(?:signed|inked|concluded)\s+(?:one|a\s+similar\s+\w+)"
    r"\b[^.;]{0,120}",
    re.IGNORECASE,
)
# A state a text is modelled on does not sign it: "sur le modèle du Sénégal", "à l'instar du
# Ghana", "modelled on Singapore's", "following the example of Rwanda", «по примеру Египта»
# (the state's name after the phrase, no further).
_MODEL = re.compile(
    r"\b(?:sur\s+le\s+mod[èe]le\s+d|[àa]\s+l['’]instar\s+d|mod[ée]l[ée]e?s?\s+sur"
    r"|modell?ed\s+on|on\s+the\s+model\s+of|(?:following|after)\s+the\s+example\s+of"
    r"|по\s+примеру|по\s+образцу|по\s+аналогии\s+с)"
    r"[\w'’]*\s*(?:the\s+|la\s+|le\s+|l['’]|les\s+)?(?-i:[A-ZÀ-ÝА-ЯЁ][\w'’-]*(?:\s+[A-ZÀ-ÝА-ЯЁ][\w'’-]*){0,3})",
    re.IGNORECASE,
)


# Who congratulates the sides on a text does not sign it: "Hungary's foreign minister
# congratulated Slovakia and Slovenia on …", "le ministre ivoirien a félicité le Ghana et …",
# «министр Венгрии поздравил Словакию и Словению с подписанием …» (the clause up to the verb).
_CONGRATULATING = re.compile(
    r"(?<![^,.;:\n])[^,.;:()\n]{0,80}?(?<!\w)(?:congratulat|f[ée]licit|поздрав)\w*",
    re.IGNORECASE,
)


# A relative clause between commas that describes a side and tells no signing: "Kenya and
# Ethiopia, which both border Somalia, signed ...", "le Niger, qui partage une frontière avec
# le Nigeria, a signé ...", «Мали, которая граничит с Нигером, подписала ...»; or one that
# closes the sentence and describes what the text is about ("… on the bridge, which Guinea
# and Mali also use.", "…, que la Guinée utilise aussi.", «…, которым пользуется и Гвинея.»).
_ASIDE = re.compile(
    r",\s*(?:which|who|qui|que|lequel|laquelle|lesquels|котор\w*)\s"
    r"(?![^,;()]*?(?:sign|conclu|ink|paraph|ratifi|join|adh[ée]r|подпис|заключ|парафир"
    r"|присоедин))[^,;()]{1,100}(?=,|[.!?]?\s*$)",
    re.IGNORECASE,
)


# ", filiale du groupe turc X,", ", a subsidiary of Y,", «, дочерняя компания Z,»: what a
# company belongs to describes it; the parent and its state are no sides. So do ", the oil
# arm of Gazprom,", ", part of PowerChina,", ", owned by …,", ", détenue par …,", «, входящая
# в госкорпорацию «Росатом»,», and the parent told first: "Rosatom's subsidiary TVEL".
_PARENT = re.compile(
    r",\s*(?:une\s+|a\s+|an\s+|the\s+|la\s+)?(?:[\w-]+\s+)?"
    r"(?:filiale|subsidiary|arm|unit|division|дочерн\w*)\b[^,.;()]{0,80}(?=,)"
    r"|,\s*(?:(?:which\s+is\s+)?(?:a\s+)?part\s+of|(?:(?:wholly|majority|fully|partly)[\s-])?"
    r"(?:state[\s-])?owned\s+by|appartenant\s+(?:au|[àa])|d[ée]tenue?s?\s+par|contr[ôo]l[ée]e?s?\s+par"
    r"|входящ\w*\s+в|принадлежащ\w*)\b[^,.;()]{0,80}(?=,)"
    r"|(?-i:\b[A-ZÀ-ÝА-ЯЁ][\w-]*(?:\s+[A-ZÀ-ÝА-ЯЁ][\w-]*){0,3})['’]s\s+(?:[\w-]+\s+)?"
    r"(?:subsidiary|arm|unit|division)\b"
    # ", both members of the AES,", ", membres de la CEDEAO,", «, члены ЕАЭС,»: a membership
    # that describes the sides; the alliance does not sign
    r"|,\s*(?:(?:both|all|tous|toutes|les|deux|two|three|trois|оба|обе|a|an|un|une)\s+){0,2}"
    r"(?:(?:fellow\s+)?"
    r"members?\s+(?:states?\s+)?of|(?:pays|[ée]tats)?\s*membres?\s+d|член\w*|государств\w*-член\w*)"
    r"[^,.;()]{0,60}(?=,)"
    # the same fronted: "As a member of ECOWAS, Senegal signed ...", "En tant que membre de
    # l'UEMOA, le Sénégal ...", «Как член ЕАЭС, Армения подписала ...»
    r"|\b(?:as|en\s+tant\s+qu['’e]|как|в\s+качестве)\s*(?:(?:a|an|un|une|fellow)\s+)?"
    r"(?:members?\s+(?:states?\s+)?of|(?:pays|[ée]tat)?\s*membres?\s+d|член\w*"
    r"|государств\w*-член\w*)[^,.;()]{0,60}(?=,)",
    re.IGNORECASE,
)


# Those before whom a text is signed, or under whose auspices, witness it and do not bind
# themselves: "en présence de l'ambassadeur de France", "with Egypt as a witness",
# «в присутствии посла Китая», "under the auspices of the AU".
_WITNESS = re.compile(
    r"\b(?:en pr[ée]sence d|in the presence of|witnessed by|sous l['’][ée]gide d"
    r"|under the auspices of|mediated by|with the mediation of|avec la m[ée]diation\b"
    r"|sous la m[ée]diation\b|gr[âa]ce [àa] la m[ée]diation\b|(?:through|thanks to) the mediation of"
    # the mediator or sponsor before the word, or the word's own "of": "under Qatar's
    # mediation", "under the mediation of Qatar", "under Qatari auspices", "under the aegis
    # of the AU" (French and Russian say it with "sous l'égide"/«при посредничестве»)
    r"|under (?:the )?(?:(?!\bsign)[^,.;()]){0,40}?\b(?:mediation|auspices|aegis|facilitation"
    r"|sponsorship|stewardship)\b"
    # nor do the host of the meeting where it is signed and those who fund its work: "on
    # the sidelines of the summit hosted by X", "financé par la Banque mondiale"
    r"|hosted by|organi[sz]ed by|convened by|accueilli\w* par|organis[ée]\w* par"
    # who chairs or attends the ceremony: "présidée par le Premier ministre ivoirien",
    # "attended by Chinese Vice Premier ...", "under the patronage of the Emir"
    r"|chaired by|presided over by|attended by|pr[ée]sid[ée]\w* par|under the (?:high )?patronage of"
    r"|sous le (?:haut )?patronage d|sous la (?:haute )?pr[ée]sidence d"
    r"|(?:co-?)?(?:financ|fund|sponsor)\w* by|financ[ée]\w* par|with (?:the |a |an )?"
    r"(?:financial )?(?:support|backing|funding|financing|contribution|grant|donation|loan)s? "
    r"(?:of|from)|avec (?:le soutien|l['’]appui|le financement|une contribution|un don"
    r"|une subvention) d|at the invitation of|[àa] l['’]invitation d"
    # the meeting where it is signed: "on the sidelines of the AU summit", "en marge du
    # sommet de l'Union africaine"
    r"|on the (?:side-?lines|margins) of|en marge d|in the margins of"
    # who the text is done beside or according to: "in partnership with the WHO", "in line
    # with ECOWAS rules", "en partenariat avec l'OMS", "conformément aux règles de la CEDEAO"
    r"|in (?:partnership|cooperation|collaboration|coordination|line|accordance|keeping) with"
    r"|with the (?:blessing|help|assistance|endorsement|approval|involvement) of"
    r"|en (?:partenariat|collaboration|coop[ée]ration|coordination|conformit[ée]) avec"
    r"|conform[ée]ment (?:[àa]|aux|avec)|avec (?:la b[ée]n[ée]diction|l['’]aide|le concours) d"
    # who it is signed against or who it angers: "despite US sanctions", "malgré les
    # objections de la Grèce", ", angering Greece and Egypt", "au grand dam de la Grèce"
    r"|despite|in spite of|malgr[ée]|en d[ée]pit d|angering|irritating|to the (?:anger|dismay)"
    r" of|au grand dam d|(?:drawing|prompting) (?:criticism|protests?|objections?) from)"
    r"[^,.;()]{0,80}"
    # the short name in brackets after the funder's name ("… financé par l'Agence japonaise
    # de coopération internationale (JICA)") is the same funder
    r"(?:\([^(),.;]{1,15}\))?"
    # Russian leaves out the comma after them: the genitive they govern, no further
    # («Под эгидой Турции Сомали и Эфиопия подписали …»: the genitive only, not the signers)
    r"|(?:при (?:финансовой )?поддержке|при финансировании|за сч[её]т средств|при содействии"
    r"|по приглашению|на полях|в кулуарах"
    r"|в присутствии|при посредничестве|под эгидой"
    r"|в (?:соответствии|партнерстве|сотрудничестве|координации) с|несмотря на|вопреки"
    r"|под председательством|под патронатом"
    # the host or funder after a participle: «саммита, организованного Россией»
    r"|организованн\w*|профинансированн\w*|финансируем\w*)"
    r"(?-i:\s+[а-яё-]+)*\s+[^\s,.;()]+"
    # a clause of its own after a comma that makes a state a co-financier: ", la France
    # intervenant comme cofinanceur", ", avec la France comme bailleur", «, Франция выступит
    # софинансором», «, Франция в качестве софинансора»
    r"|(?<=,)\s*[^,.;()]{1,40}?\s(?:(?:intervenant|agissant|servant)\s+)?comme\s+(?:co-?)?"
    r"(?:financeur|bailleur|garant|t[ée]moin|observateur|m[ée]diateur|h[ôo]te)s?\b"
    r"|(?<=,)\s*[^,.;()]{1,40}?\s(?:(?:выступ\w*|станет|будет)\s+)?(?:в\s+качестве\s+)?"
    r"(?:со)?(?:финансор|кредитор|гарант|наблюдател|посредник|хозя\w*\s+встреч)\w*"
    r"|\bwith [^,.;()]{1,60}? as (?:a |an |the )?(?:co-?)?(?:witness(?:es)?|financiers?|funders?|lenders?"
    r"|sponsors?|donors?|guests?|observers?|mediators?|guarantors?|hosts?)\b"
    # "grâce à un financement de la Chine", "sur financement de la BAD"
    r"|\b(?:gr[âa]ce [àa]|avec|sur) (?:un |le |une |la )?(?:(?:co)?financement|contribution"
    r"|don|subvention) d[^,.;()]{0,60}"
    # "with Turkey's energy minister attending", "with Uganda's president looking on"
    r"|\bwith (?:(?!\bwith\b|\bsign)[^,.;()]){1,60}? (?:attending|present|looking on"
    r"|in attendance|watching)\b"
    # an absolute clause after a comma: ", with Eskom buying the power", ", with China
    # providing the funds": who it names acts beside the text, it does not sign it
    r"|(?<=,)\s*with (?:(?!\bwith\b|\bsign)[^,.;()]){1,50}? (?!(?:sign|includ|concern|regard"
    r"|cover|involv|bring)\w*\b)[a-z]{3,}ing\b"
    # the maker of what a text is about ("the Chinese-built railway", "Russian-made reactors")
    r"|(?<![\w-])[\w.]{2,12}-(?:brokered|backed|sponsored|mediated|facilitated|supported"
    r"|funded|financed|built|made|designed|constructed|manufactured|supplied)\b",
    re.IGNORECASE,
)


# Who reports a text in a closing clause does not sign it: "..., the Omani Foreign Ministry
# said.", "..., a indiqué le ministère ghanéen", «..., сообщили в МИД Египта».
_SAYER = re.compile(
    r",\s+(?:[^,.;()]{1,60}?\s(?:said|says|announced|reported|added|stated|told\s+\w+)"
    r"|(?:a|ont)\s+(?:indiqu|annonc|d[ée]clar|pr[ée]cis|affirm|soulign|ajout)[ée]\w*\s[^,.;()]{1,60}"
    r"|(?:сообщил|заявил|отметил|говорится|уточнил)\w*\s[^,.;()]{1,60})\s*[.!]?\s*$",
    re.IGNORECASE,
)


# Where goods go or pass: a noun of a flow (`parties.GOODS`), then "to", "vers", «в»,
# "through", «через» (through "the territory of"), then the state; a chain of them ("through
# X to Y") too.
_TO = (
    r"(?:to|into|through|via|towards|vers|[àa] travers|[àa] destination d[eu']?|в|во|на"
    r"|через)\s+(?:(?:the\s+)?territor(?:y|ies)\s+of\s+|(?:le\s+)?territoire\s+d[eu']?\s*"
    r"|территори\w+\s+)?(?:the\s+|le\s+|la\s+|l['’]|les\s+)?"
)
_FLOW_BEFORE = re.compile(
    rf"\b{parties.GOODS}\b[^,.;()]{{0,50}}?(?<![\w-]){_TO}(?:[^\s,.;()]+\s+{_TO})*$", re.IGNORECASE
)


def _of_goods(text: str, mention: Mention) -> bool:
    """Whether a mention names where goods go or pass, or (an adjective) whence they come."""
    before = text[max(0, mention.start - 160) : mention.start]
    return bool(_FLOW_BEFORE.search(before)) or parties.goods_origin(text, mention)


_EVENT = (
    r"(?:summit|forum|conference|expo|sommet|conf[ée]rence|salon|саммит\w*|форум\w*|конференци\w*)"
)
# "the China-Africa summit", "Indonesia-Africa Forum", "le sommet Russie-Afrique", «форум
# Россия – Африка»: a state in the name of an event
_EVENT_AFTER = re.compile(
    rf"(?:\s*[-–]\s*[^\W\d_][\w'’-]*)?\s+(?:[^\W\d_]+\s+)?{_EVENT}\b", re.IGNORECASE
)
_EVENT_BEFORE = re.compile(rf"\b{_EVENT}\s+(?:(?:of|the|de|du|des)\s+)?$", re.IGNORECASE)


def _in_event_name(text: str, mention: Mention) -> bool:
    """Whether a state is named in the name of a summit, forum or conference."""
    return bool(
        _EVENT_AFTER.match(text, mention.end)
        or _EVENT_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    )


# A verb of hosting, chairing or watching whose object is the signing or its ceremony, or a
# clause of signing that follows it ("looked on as", "hosted the ceremony, where"): its
# subject, before it, is no side of the text signed.
_HOST_VERB = re.compile(
    r"\b(?:witness(?:ed|es)|host(?:ed|s)|presided\s+over|chaired|attended|oversaw|looked\s+on"
    r"|watched)\b(?:\s+[\w,]+){0,3}?\s+(?:(?:the|a)\s+)?(?:signing|ceremony|as|while|when)\b"
    r"|\b(?:a|ont|avait|avaient)\s+(?:pr[ée]sid[ée]|assist[ée]\s+[àa]|supervis[ée]|parrain[ée])"
    r"(?:\s+[\w,]+){0,3}?\s+(?:la\s+)?(?:c[ée]r[ée]monie|signature)\b"
    r"|\b(?:принял\w*\s+участие|присутствовал\w*|председательствовал\w*)\s+(?:на\s+|в\s+)?"
    r"(?:\w+\s+)?(?:церемони|подписани)\w*"
    r"|\bпровел\w*\s+(?:встреч|переговор)\w*[^.;]{0,60}?по\s+итогам\s+котор\w+",
    re.IGNORECASE,
)


# The visit during which a text is signed, and the visitor: "During the visit of Qatar's
# Emir ...,", "lors de la visite d'État du président ghanéen,", «в ходе визита президента
# Египта» (Russian leaves out the comma: the genitive group, no further).
_VISIT = re.compile(
    r"\b(?:during|on the occasion of)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?"
    r"visits?\s+(?:of|by)\s+[^,.;()]{1,80}"
    r"|\blors\s+de\s+(?:la\s+)?(?:[\w'’-]+\s+){0,2}?visite\s+[^,.;()]{1,80}"
    r"|\b(?:в\s+ходе|во\s+время)\s+(?:[а-яё]+\s+)?визита(?-i:\s+[а-яё-]+)*\s+[^\s,.;()]+",
    re.IGNORECASE,
)


def _opening_visit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a visit that opens the sentence holding `start`, if one does."""
    begin, _ = segments.enclosing(text, start, end)
    visit = _VISIT.match(text, begin + len(text[begin:end]) - len(text[begin:end].lstrip()))
    return visit.span() if visit and visit.end() <= end else None


_ATTEND = re.compile(
    r"\b(?:witness(?:ed|es)|attended|looked\s+on|watched|assist[ée]|присутствовал\w*"
    r"|принял\w*\s+участие)",
    re.IGNORECASE,
)


def _hosts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans that name who hosts, chairs, watches or visits for a signing: from the start of
    the text between two offsets (or of its clause) to the verb that says so, and the visit."""
    begin, finish = segments.enclosing(text, start, end)
    visits, verbs = _unit_hosts(text, begin, finish)
    spans = [(a, min(b, end)) for a, b in visits if start <= a < end]
    # a clause opens after the last ";" or ". " before the verb, or at `start`
    spans += [(max(start, clause), b) for clause, a, b in verbs if start <= a and b <= end]
    return spans


@lru_cache(maxsize=64)
def _unit_hosts(
    text: str, start: int, end: int
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int, int], ...]]:
    """The visits, and the verbs of hosting (with the start of their clause), of a unit,
    scanned once however many stretches of it are asked about."""
    visits = tuple(visit.span() for visit in _VISIT.finditer(text, start, end))
    verbs = []
    for verb in _HOST_VERB.finditer(text, start, end):
        clause = max(text.rfind(";", start, verb.start()), text.rfind(". ", start, verb.start()))
        verbs.append((clause + 1, verb.start(), verb.end()))
    return visits, tuple(verbs)


# A state named as where a text is signed: a signing verb, a word at most ("today", "mardi"),
# then "in"/"à"/"en"/«в» and the state ("signed in the UAE", "ont signé au Mali", «подписали
# в Узбекистане»).
_SIGNED_IN = re.compile(
    r"\b(?:sign(?:ed|s)?|inked|sign[ée]e?s?|signent|signeront|подписал\w*|подписан\w*)"
    r"(?:\s+[\w-]+)?\s+(?:in|à|en|au|aux|в|во)\s+(?:the\s+|l['’]|la\s+|le\s+)?$",
    re.IGNORECASE,
)


# A state after the city where a text is signed, the signing said before it and the state
# closing its phrase: "signed … in Addis Ababa, Ethiopia.", "ont signé … à Dakar (Sénégal)",
# «подписали в Абу-Даби (ОАЭ)» ("In Beijing, Kenya and Ethiopia signed": Kenya signs).
_AFTER_CITY = re.compile(
    r"(?i:\b(?:sign|inked|подпис)\w*)[^.;]{0,100}?(?<![\w-])(?:in|at|à|в|во)\s+[A-ZÀ-ÝА-ЯЁ][\w'’-]*"
    r"(?:[\s-][A-ZÀ-ÝА-ЯЁ][\w'’-]*){0,2}\s*[,(]\s*(?:the\s+|l['’]|la\s+|le\s+)?$"
)
_PHRASE_END = re.compile(r"\s*(?:[,.;)]|$)")


def _signed_there(text: str, mention: Mention) -> bool:
    """Whether a state is named as the place of a signing, or as the state of its city."""
    before = text[max(0, mention.start - 150) : mention.start]
    return bool(
        _SIGNED_IN.search(before[-50:])
        or (_AFTER_CITY.search(before) and _PHRASE_END.match(text, mention.end))
    )


# Where the signing happens, said before the sides: a place fronted at the head of the
# sentence ("In Ethiopia, Kenya signed ...", "En Éthiopie, le Kenya ...", «В Эфиопии Кения
# подписала»), the place of the meeting ("at the summit in Ethiopia", "lors de la réunion
# au Mali", «на встрече в Египте»), or its soil ("on Ethiopian soil", "sur le sol malien",
# «на египетской земле»); a border named by its state's adjective is a place as well ("the
# railway to the Ugandan border", "jusqu'à la frontière ougandaise", «до угандийской границы»).
_FRONTED_PLACE = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:in|at|en|au|aux|à|dans|в|во)\s+(?:(?:the|l['’]|la|le|les)\s+)?$",
    re.IGNORECASE,
)
_EVENT_PLACE = re.compile(
    r"\b(?:meeting|summit|talks|ceremony|conference|forum|session|visit|r[ée]union|sommet"
    r"|c[ée]r[ée]monie|conf[ée]rence|session|visite|встреч\w*|саммит\w*|переговор\w*"
    r"|церемони\w*|заседани\w*|визит\w*|конференци\w*)\s+(?:held\s+|tenu\w*\s+|organis\w+\s+)?"
    r"(?:in|at|en|au|aux|à|dans|в|во)\s+(?:(?:the|l['’]|la|le|les)\s+)?$",
    re.IGNORECASE,
)
_SOIL = re.compile(r"\s+(?:soil|territory|land|border|frontier|границ\w*)\b", re.IGNORECASE)
_SOIL_BEFORE = re.compile(
    r"\b(?:sol|territoire|terre|fronti[èe]re|земле|территории)\s+$|\bна\s+$", re.IGNORECASE
)


def placed(ctx: Context, mention: Mention, start: int) -> bool:
    """Whether a state is named as where a signing happens, before or beside its sides: the
    head of its sentence (from `start`), the place of a meeting, or its soil."""
    text = ctx.text
    head = _FRONTED_PLACE.fullmatch(text, start, mention.start)
    if head and mention.kind == "name":
        return True
    if _EVENT_PLACE.search(text, max(0, mention.start - 60), mention.start):
        return True
    return mention.kind == "adjective" and bool(
        _SOIL.match(text, mention.end)
        or _SOIL_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    )


def _in_dateline(text: str, start: int) -> bool:
    """Whether an offset stands in the dateline that opens its line."""
    dateline = segments.dateline(text, start)
    return bool(dateline) and start < dateline.end()


# A preposition of place, with up to two describing words: "in", "en", "au", «в соседней»;
# or of a way through a state's territory ("transit through the territory of X", «транзит
# через территорию X», "à travers le Niger"): a place the text or the goods pass, no actor.
_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:in|en|au|aux|dans|в|во|through|via|across|[àa]\s+travers|через)\s+"
    r"(?:(?:the|la|le|l['’]|les)\s+)?"
    r"(?:territor(?:y|ies)\s+of\s+(?:the\s+)?|territoire\s+(?:d['’]|de\s+(?:la\s+|l['’])?|du\s+)"
    r"|территори\w+\s+)?"
    r"(?-i:[a-zà-ÿа-яё-]+\s+){0,2}$",  # describing words are lower case ("в соседней")
    re.IGNORECASE,
)


def _as_place(text: str, start: int) -> bool:
    return bool(_PLACE_BEFORE.search(text[max(0, start - 40) : start]))


# A loan's project and the state it lies in: "a loan for a desalination plant in Grenada",
# "un prêt pour la construction d'un hôpital au Togo", «кредит на строительство дороги в
# Киргизии»: that state borrows, a side, not a place the text merely names.
_FINANCED_IN = re.compile(
    r"\b(?:loans?|credits?|prêts?|crédits?|financements?|займ\w*|заем|кредит\w*)\b"
    r"[^.;!?]{0,60}?\b(?:for|pour|на)\s[^.;!?]{0,80}?\s(?:in|en|au|aux|в|во)\s+"
    r"(?:(?:the|la|le|l['’]|les)\s+)?$",
    re.IGNORECASE,
)


def _financed_there(text: str, start: int, at: int) -> bool:
    return bool(_FINANCED_IN.search(text, max(start, at - 160), at))


def _lender_of_financed(ctx: Context, named: list[str], start: int, end: int) -> str | None:
    """The story's lending state (the first state named by its fund or bank: "the Saudi
    Fund for Development", "the Kuwait Fund") when the one side named is the state a
    loan's project lies in."""
    if len(named) != 1 or not is_state(named[0]):
        return None
    if not any(
        m.code == named[0] and _financed_there(ctx.text, start, m.start)
        for m in ctx.mentions_in(start, end)
    ):
        return None
    return next(
        (
            m.code
            for m in ctx.mentions
            if m.kind != "seat"
            and m.code != named[0]
            and is_state(m.code)
            and (_FUND_WORD.search(m.surface) or _FUND_AFTER.match(ctx.text, m.end))
        ),
        None,
    )


# Words of a body's name that make it an alliance's organ («Высший Евразийский экономический
# совет», "Eurasian Intergovernmental Council"): its sides are the alliance's members.
_ALLIANCE_WORDS = {"EAEU": re.compile(r"евразийск|eurasian|eurasiat", re.IGNORECASE)}


def alliance_of_name(name: str) -> list[str]:
    """The member states of the alliance whose organ a body's name says it is, if any."""
    for alliance, pattern in _ALLIANCE_WORDS.items():
        if pattern.search(name):
            return list(MEMBERS[alliance])
    return []


def without_homes(codes: list[str], signers: frozenset[str] = frozenset()) -> list[str]:
    """SPEC: an agreement with Rosatom has Rosatom as a party, not Russia. A company's home
    state is dropped when the company is a side and another side remains, unless the state
    signs by itself (`signers`: "Brazil signed an agreement with Petrobras")."""
    homes = {home_state(code) for code in codes} - {None} - signers
    kept = [code for code in codes if code not in homes]
    return kept if len(kept) >= 2 else codes


# A state named by its name as the subject of a signing: "Brazil signed", "Brazil and
# Petrobras signed", "Le Brésil a signé", "Le Brésil et Petrobras ont signé", «Бразилия
# подписала», «Бразилия и Petrobras подписали» ("Russia's Rosatom signed": the company).
_SUBJECT_SIGNS = re.compile(
    r"\s*(?:(?:and|et|и)\s+[^,.;:()]{1,60}?\s+)?(?:on\s+\w+\s+)?"
    r"(?:(?:has|have|had|also|then|a|ont|avait|avaient|aussi|également|также|тоже)\s+)*"
    r"(?:signed|inked|concluded|sign[ée]\w*|conclu\w*|paraph\w*|подписал\w*|заключил\w*)\b",
    re.IGNORECASE,
)
# A state named by its name as the one signed with: "Petrobras signed an agreement with
# Brazil", "Petrobras a signé un accord avec le Brésil", «Petrobras подписала соглашение с
# Бразилией», or with its government: "… with the government of Colombia", "… avec l'État
# du Gabon", «… с правительством Колумбии».
_SIGNED_WITH_STATE = re.compile(
    rf"\b(?:{SIGNING})"
    r"[^.;]{0,100}?\s(?:with|avec|с|со)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?:(?:government|gouvernement|[ée]tat|state)\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?"
    r"|du\s+|d['’])|правительств\w*\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\b")


def homes_signing(ctx: Context, codes: list[str], start: int, end: int) -> frozenset[str]:
    """The home states of the companies among `codes` that sign by themselves between two
    offsets (none looked for where no company is named)."""
    homes = {home_state(code) for code in set(codes)} - {None}
    return _signing_states(ctx, start, end) & homes if homes else frozenset()


def _signing_states(ctx: Context, start: int, end: int) -> frozenset[str]:
    """The states named between two offsets that sign by themselves: by their name (not an
    adjective, "the Russian company Rosatom", nor a possessive, "Russia's Rosatom", which
    describe a company), as the subject of the signing or the one signed with. Such a
    state is a side beside its own company ("Brazil signed an agreement with Petrobras":
    BRA and Petrobras)."""
    return frozenset(
        m.code
        for m in ctx.mentions_in(start, end)
        if m.kind == "name"
        and is_state(m.code)
        and not _POSSESSIVE.match(ctx.text, m.end)
        and (
            _SUBJECT_SIGNS.match(ctx.text, m.end, end)
            or _SIGNED_WITH_STATE.search(ctx.text, max(start, m.start - 160), m.start)
        )
    )


def _titled_lender(ctx: Context) -> str | None:
    """The story's first party where it is an organisation of no state and of no alliance's
    members (a development bank, a fund) that the title names: the story's signer."""
    lead = ctx.parties[0] if ctx.parties else None
    if lead is None or is_state(lead) or lead in MEMBERS or home_state(lead) is not None:
        return None
    return lead if lead in ctx.titled else None


# A lender's head word: a fund or a bank lends beside the story's lender, with a state borrowing
_LENDER_WORD = re.compile(r"(?i)\b(?:funds?|fonds|bank|banque|фонд\w*|банк\w*)\b")


def _another_lender(ctx: Context, code: str, start: int, end: int) -> bool:
    """Whether the one organisation a sentence names is a lender by its name ("a loan with the
    OPEC Fund"): it lends too, to the story's state, not to the story's lender."""
    if is_state(code):
        return False
    surfaces = [m.surface for m in ctx.mentions_in(start, end) if m.code == code]
    return any(_LENDER_WORD.search(name) for name in [code, *surfaces])


def is_state(code: str) -> bool:
    """A state's ISO code (not a company, an alliance or another organisation)."""
    return code in state_codes()


def is_side(code: str) -> bool:
    """A state, or a company signing as itself; alliances and other bodies are not sides."""
    return code in state_codes() or home_state(code) is not None


def story_sides(ctx: Context, count: int = 2) -> list[str]:
    """The states the story is about: its leading acting states, else its most named ones."""
    alliance = _own_alliance(ctx) or _leading_alliance(ctx)
    framed = alliance or any(code in MEMBERS for code in ctx.parties)
    pair = _pair_told_as_two(ctx) if count == 2 and framed else []
    if pair:  # two members the story calls "the two countries", in an alliance's frame
        return pair
    if alliance:  # "les ministres de l'AES ont signé": its members are the sides
        return MEMBERS[alliance]
    opening = _opening_pair(ctx)
    if count == 2 and opening:
        # the pair the story opens on, not a host, a mediator or an alliance that frames it
        return opening
    leading = [code for code in ctx.parties if is_side(code) or code in MEMBERS]
    # the EAEU, Russia and Iran: a member of an acting alliance is on the alliance's side, so
    # the other side is the next state outside it (its members come in with the alliance)
    # (only for an alliance among the story's first sides: one named later frames the story)
    first = leading[:count]
    members = {code for alliance in first if alliance in MEMBERS for code in MEMBERS[alliance]}
    outside = [code for code in leading if code in MEMBERS or code not in members]
    leading = (outside if len(outside) >= count else leading)[:count]
    acting = [code for code in leading if code in MEMBERS]
    if acting and len(leading) == count:
        # the EAEU and Iran: the alliance's members on one side, the other state on the other,
        # where the text joins them; a state it does not join to the alliance (the host of a
        # summit, a guest) is no side of the alliance's texts
        others = [code for code in leading if code not in MEMBERS]
        if all(_joined_to(ctx, acting[0], code) for code in others):
            return expand(leading)
        return expand(acting)
    ranked = [code for code in ctx.parties if is_side(code)]
    # a company the story names less than its own state (KAMAZ's service centre in a report
    # on Russia's commission with Mozambique) does not take its state's place
    ranked = [c for i, c in enumerate(ranked) if home_state(c) not in ranked[:i]]
    states = without_homes(ranked)[:count]
    if len(states) >= count:
        return states
    # a state named in the title of an envoy who signs for another ("the ambassador of
    # Ireland on behalf of the EU") lends the envoy and is no side
    # (nor one named only in a route's name, "le corridor Brazzaville-Yaoundé", or in a
    # speaker's own words, « ce n'est pas une route camerounaise »: where a project runs and
    # what is said of it name no one who signs; an organisation that acts comes first)
    counts = Counter(
        m.code
        for m in ctx.mentions
        if m.code in state_codes()
        and not parties.lent_envoy(ctx.text, m)
        and not routes.in_route_name(ctx.text, m)
        and not segments.in_quotation(ctx.text, m.start)
    )
    for code, _ in counts.most_common():
        if len(states) == count:
            break
        if code not in states:
            states.append(code)
    # "Niger and the World Bank signed two financing agreements": a lender that acts in the
    # story is the other side when one state alone is named (alliances bind their members)
    for code in ctx.parties:
        if len(states) >= count:
            break
        if code not in states and code not in MEMBERS and code not in state_codes():
            states.append(code)
    return states


def _pair_told_as_two(ctx: Context) -> list[str]:
    """The two states of a story that names no other state (capitals where a summit sits left
    aside) and calls them "the two countries" ("Les deux pays, membres de la CEDEAO, …"): the
    story is theirs, whatever alliance frames it (its summit, their membership); its other
    members sign nothing."""
    if not _THE_TWO.search(ctx.text):
        return []
    states = list(
        dict.fromkeys(m.code for m in ctx.mentions if m.kind != "seat" and is_state(m.code))
    )
    return states if len(states) == 2 else []


def _leading_alliance(ctx: Context) -> str | None:
    """The alliance a story opens on ("The East African Community held its summit …",
    "Les ministres de l'UEMOA se sont réunis …"), when no state outside it is joined to it
    as its partner: its members sign what the story's sentences do not attribute; a
    guest, a neighbour or the host city's state named later is not a side."""
    first = next((m for m in ctx.mentions if m.kind != "seat"), None)
    if first is None or first.code not in MEMBERS:
        return None
    members = set(MEMBERS[first.code])
    outside = {m.code for m in ctx.mentions if is_state(m.code) and m.code not in members}
    if any(_joined_to(ctx, first.code, code) for code in outside):
        return None
    return first.code


# What joins two parties into one phrase: a coordinator or "with" after a few words of no
# clause ("the EAEU and Iran", «ЕАЭС и Иран», "l'UEMOA avec le Ghana"), a dash
# ("EAEU–Iran"), or a treaty's "on the one hand … and" formula.
_JOINING_GAP = re.compile(
    r"[^.;!?,]{0,40}?\s(?:and|et|и|with|avec|с|со)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?"
    r"|\s*[-–—/]\s*"
    r"|[^.;!?]{0,60}(?:с одной стороны|on the one hand|d['’]une part)[^.;!?]{0,40}",
    re.IGNORECASE,
)


def _joined_to(ctx: Context, alliance: str, code: str) -> bool:
    """Whether the text names a state with an alliance in one phrase: "the EAEU and Iran",
    "between the EAEU ... and the Islamic Republic of Iran", «ЕАЭС – Иран»."""
    alliances = [m for m in ctx.mentions if m.code == alliance]
    states = [m for m in ctx.mentions if m.code == code]
    for a in alliances:
        for b in states:
            first, second = (a, b) if a.start < b.start else (b, a)
            if _JOINING_GAP.fullmatch(ctx.text, first.end, second.start):
                return True
    return False


def _own_alliance(ctx: Context) -> str | None:
    """The alliance a story is wholly about: acting in it (a membership named in passing,
    "Uganda, a member of the East African Community", is no story of the alliance), and no
    state outside it named."""
    codes = {m.code for m in ctx.mentions}
    for alliance, members in MEMBERS.items():
        if alliance in ctx.parties and codes & state_codes() <= set(members):
            return None if _opens_on_pair(ctx, alliance) else alliance
    return None


def _opens_on_pair(ctx: Context, alliance: str) -> bool:
    """Whether a story opens on two members of a large alliance joined in one phrase before
    naming it ("Thailand and Cambodia signed …", then "observers from ASEAN member states"):
    the pair's story, which the alliance frames; its other members sign nothing."""
    if len(MEMBERS[alliance]) <= 3:  # the AES's story names its members before itself
        return False
    return bool(_opening_pair(ctx))


def _opening_pair(ctx: Context) -> list[str]:
    """The two states a story opens on, named and joined in one phrase ("Thailand and
    Cambodia on Thursday signed …"), after the dateline ("KINGSTON, Jamaica — Jamaica and
    Trinidad and Tobago signed …"); else none."""
    opening = [m for m in ctx.mentions if m.kind != "seat" and not _in_dateline(ctx.text, m.start)][
        :2
    ]
    if len(opening) < 2 or not all(m.kind == "name" and is_state(m.code) for m in opening):
        return []
    first, second = opening
    if first.code == second.code or not _JOINING_GAP.fullmatch(ctx.text, first.end, second.start):
        return []
    return [first.code, second.code]


# Three sides: "tripartite", "trilateral", "les trois pays", «трех сторон» ("trois textes"
# counts texts, not sides)
_THREE = re.compile(
    r"\b(?:tripartite|trilat[ée]ral\w*|трехсторонн\w*"
    r"|(?:trois|three|трех|три)\s+(?:\w+\s+)?(?:pays|[ée]tats|parties|gouvernements|countries"
    r"|states|nations|sides|governments|ministres|ministers|leaders|d[ée]l[ée]gations|chefs"
    r"|heads|стран\w*|государств\w*|сторон\w*|правительств\w*|министр\w*|лидер\w*"
    r"|делегаци\w*|глав\w*))\b",
    re.IGNORECASE,
)


def sides(ctx: Context, start: int, end: int) -> list[str]:
    """Sides of a thing stated between two offsets: those its own words name ("an agreement
    between X and Y"), else those named there, else for "the two countries" the two states
    the story names together, else the story's."""
    between = between_sides(ctx, start, end)
    if between:
        return between
    if _SIGNED_BY_THE_TWO.search(ctx.text, start, end):
        # «Договор, подписанный двумя странами в 2017 году, … транзитом через Афганистан»:
        # the signers are the two, not a state named elsewhere in the sentence
        return _the_two_states(ctx, start)
    named = _without_described(ctx, named_in(ctx, start, end), start, end)
    named = _signers_only(ctx, named, start, end)
    named = _without_subject_companies(ctx, named, start, end)
    named = _without_thirds_of_a_pair(ctx, named, start, end)
    lender = _lender_of_financed(ctx, named, start, end)
    if lender:
        # "A third loan, for a desalination plant in Grenada, is expected to be signed": the
        # state the project lies in borrows from the story's lending fund
        return [named[0], lender]
    referred = _referred_organisation(ctx, start, end)
    if referred and referred not in named:
        named = without_homes([referred, *named])
    if not named:
        named = _seats_that_act(ctx, start, end)
    elif len(named) == 1 and is_state(named[0]):
        named = _with_seat_beside(ctx, named, start, end)
    if not named and _THE_TWO.search(ctx.text, start, end):
        return _the_two_states(ctx, start)
    homes = {home_state(code) for code in named} - {None} - homes_signing(ctx, named, start, end)
    described = _company_adjective_homes(ctx, named, start, end)
    homes |= described
    if len(named) >= 2 and len([code for code in named if code not in homes]) == 1:
        # "a signé avec la société chinoise POWERCHINA": the company and its home state only;
        # the home describes the company, the other side is the story's
        named = [code for code in named if code not in homes]
    if named and not set(named) & set(MEMBERS) and _pair_subject(ctx, start, end):
        # "The two presidents signed an agreement with China": the pair, and who it signed with
        pair = nearest_pair(ctx, start)[0] or _named_together(ctx, start)
        if len(pair) == 2 and not set(pair) & set(named):
            return without_homes([*pair, *named])
    if len(named) >= 2 and _adjectives_only(ctx, start, end):
        # «встреча Лихачёва с Исматом ... меморандум о подготовке египетских специалистов в
        # российских вузах»: adjectives say what it is about; the people who meet say who
        met = people_sides(ctx, start, end)
        if len(met) >= 2:
            return met
    if len(named) >= 2:
        return named
    count = _sides_count(ctx.text[start:end])
    if count == 2 and len(named) == 1 and is_state(named[0]):
        # "Niger's prime minister met the Turkish president in Ankara. Niger also signed …":
        # the one state named signs with the one it was just named with, not the story's
        near = nearest_pair(ctx, start)[0]
        if named[0] in near:
            return near
    anaphora = _SIDES_ANAPHORA.search(ctx.text, start, end)
    if (
        anaphora
        and len(named) == 1
        and not is_state(named[0])
        and not _THE_TWO.search(anaphora.group())
    ):
        # "The bank and Nepal signed a loan. The sides also agreed to prepare a second one, to
        # be signed at the bank's board in Manila": the pair just named, the organisation
        # named again among them, not the story's states
        near = nearest_pair(ctx, start, countries=False)[0]
        if named[0] in near:
            return near
    nearest = (
        nearest_pair(ctx, start, countries=bool(_THE_TWO.search(anaphora.group())))[0]
        if anaphora
        else []
    )
    if count == 2 and not named and nearest:
        # «Стороны подписали …» right after "X's prime minister met Y's president": the pair
        # just named, not the story's first
        return nearest
    if count == 2 and not named and (verb := _pair_subject(ctx, start, end)):
        # «Лидеры подписали …» right after a sentence that names three leaders at a
        # trilateral meeting: the three, not the story's first two
        group, since = nearest_pair(ctx, start, size=3)
        if (
            group
            and _sides_count(ctx.text[since:start]) == 3
            and not _NUMBERED.search(verb.group())
        ):
            return group
    told = _told_before(ctx, start, end) if not named else []
    if told:
        # "… said the agreement between Sri Lanka and the Maldives would not affect India. The
        # agreement was signed on Sunday.": the text told before, with its sides
        return told
    one_state = len(named) == 1 and is_state(named[0])
    met = people_sides(ctx, start, end) if not named or one_state else []
    if len(met) == 2 and all(map(is_state, met)) and set(named) <= set(met):
        # "En présence des présidents X et Y, les deux ministres ont signé …", «Министры A и B
        # подписали …»: no state named, but the two people named are each of one state; or
        # one of the two named by its adjective only ("X and Egyptian Minister Y signed"):
        # the other is the other signer's, not the story's
        return met
    lead = _titled_lender(ctx)
    if (
        lead
        and count == 2
        and len(named) == 1
        and named[0] != lead
        and not _another_lender(ctx, named[0], start, end)
    ):
        # «ЕАБР подписал в Бишкеке два кредитных соглашения … Подписание соглашения о займе с
        # Правительством Армении …», "AfDB signs two loans … The Bank also signed with Ghana":
        # the lender the story is about, named in its title, signs with the one side named
        # (a state or a company), not with the states the story names most
        return [named[0], lead]
    story = _named_together(ctx, start) if count == 2 and not named else story_sides(ctx, count)
    if not all(map(is_state, story)) and _BETWEEN_STATES.search(ctx.text[start:end]):
        # «межправительственное соглашение»: the states' own, not their companies'
        # (a company's home state stands in for it: Rosatom's agreement is Russia's)
        homes = [code if is_state(code) else home_state(code) for code in story]
        story = list(dict.fromkeys(code for code in homes if code))
        story += [c for c in ctx.parties if is_state(c) and c not in story][: count - len(story)]
    borrower = _borrower(ctx, named, story, start, end) if count == 2 else None
    if borrower:
        # "l'accord de don a été signé avec l'Agence japonaise de coopération internationale",
        # "the loan signed with KfW": a state's agency signed with lends to the state that
        # signs the story's texts with each lender, not to another lender of the story
        return [borrower, named[0]]
    # a table's row of texts with its partner in a cell of its own signs "with" it
    in_cell = len(named) == 1 and _in_own_cell(ctx, named[0], start, end)
    if (
        len(named) == 1
        and not in_cell
        and is_state(named[0])
        and any(home_state(c) == named[0] for c in story)
        # «соглашение о подготовке эквадорских специалистов» with Ecuador's own company in
        # the story: an adjective says whom the text is about, not who signs it; the company
        # stays the side (SPEC: a company's agreement binds the company, not its state)
        and not _by_adjective_only(ctx, named[0], start, end)
    ):
        # "un accord signé lors du séjour du président malien en Russie": the state named is
        # a side itself, not the home of a company the story also speaks of (SPEC: a company
        # is a side only of what it signs)
        others = [c for c in story if home_state(c) != named[0] and c != named[0]]
        others += [c for c in ctx.parties if is_state(c) and c not in others and c != named[0]]
        return [named[0], *others][:count]
    if len(named) == 1 and not in_cell and is_side(named[0]) and named[0] not in story:
        # "KAMAZ signed a contract": the one side named, and the story's other side
        home = home_state(named[0])
        others = [code for code in story if code != home and code not in described]
        if _UNQUALIFIED_GOVERNMENT.search(ctx.text, start, end) and not host_state(ctx):
            # "Finance Minister X signed a loan with the OPEC Fund": the minister's own state
            own = _own_government(ctx, [c for c in others if is_state(c)], home, described)
            others = own + [c for c in others if not is_state(c)]
        return without_homes(named + others)[:count]
    signed_with = in_cell or (
        len(named) == 1
        and (
            _signed_with(ctx, named[0], start, end)
            or _beside_a_minister(ctx, named[0], start, end)
            or _paired_with_an_institution(ctx, named[0], start, end)
        )
    )
    if (
        len(named) == 1
        and not signed_with
        and _signing_organisation(ctx, named[0], start, end, story)
    ):
        # "Afreximbank signed a memorandum with the two governments": it, and the story's sides
        # (not one signed with, who also signs: "a loan agreement with the ADB, signed for
        # ADB by its director"); not the company's home the words before it tell ("la société
        # émirienne X a conclu avec le ministère …": the ministry's state is the other side)
        home = _home_told_before(ctx, named[0], start, end)
        others = [code for code in story if code != home]
        return named + (others if home and others else story)
    if signed_with:
        # "le ministre du Pétrole a signé avec Sahara Frontier Energy un contrat": the
        # organisation signed with, and the story's state that signs (the host of a visit,
        # whose ministries sign at home, before the visitor); a state whose fund the story's
        # texts are signed with comes last: "deux accords de prêt avec le Fonds saoudien …,
        # un accord de prêt avec la BID", the other state borrows from each
        order = [host_state(ctx), *story, *ctx.parties]
        states = [c for c in order if c and is_state(c) and c not in described]
        # the ministry a company signs with is not its own home's ("a société émiratie …, le
        # ministre du Pétrole et le président d'AMEA Power ont signé"): SPEC, a company's text
        # binds the company, and its partner is the story's other state
        home = home_state(named[0]) or _home_told_before(ctx, named[0], start, end)
        states = [c for c in states if c != home]
        lenders = {c for c in states if _lends_here(ctx, c)}
        states = [c for c in states if c not in lenders] + [c for c in states if c in lenders]
        if _UNQUALIFIED_GOVERNMENT.search(ctx.text, start, end) and not order[0]:
            states = _own_government(ctx, states, home, described)
        return list(dict.fromkeys(named + states))[:count]
    return story


# A minister, ministry or department named without a state ("the Finance Minister", "le
# ministre du Pétrole", "the Ministry of Finance", «министр финансов»): the story's own
# government, whose institutions go unqualified
_UNQUALIFIED_GOVERNMENT = re.compile(
    r"\b(?:minist\w+|department|treasur\w+|министр\w*|министерств\w*|ведомств\w*)\b",
    re.IGNORECASE,
)


# a state's institution named for it ("Saudi Fund for Development", "Agence française de
# développement", «Японское агентство …»): the state as a lender or a donor, not as the
# government a story is about
_INSTITUTION_SURFACE = re.compile(
    r"\b(?:funds?|fonds|bank|banque|agency|agence|ministry|minist[eè]re|фонд\w*|банк\w*"
    r"|агентств\w*|министерств\w*)\b",
    re.IGNORECASE,
)


_INSTITUTION_AFTER = re.compile(
    r"\s+(?:funds?|fonds|bank|banque|agency|agence|фонд\w*|банк\w*|агентств\w*)\b", re.IGNORECASE
)


def _own_government(
    ctx: Context, states: list[str], home: str | None, described: set[str]
) -> list[str]:
    """The states a minister named without his state may be of, his own first: one the story
    names by its name as an actor before one it names only as a place or by an adjective
    ("RIYADH - Zambia came away with three deals … the Saudi Fund": the minister is
    Zambia's); where none is left (the company's home set aside), the state the title names
    ("AMEA Power décroche Nouakchott": the minister is Mauritania's)."""
    if not states:
        titled = (c for c in ctx.titled if is_state(c) and c != home and c not in described)
        return sorted(titled)[:1]
    actors = {
        m.code
        for m in ctx.mentions
        if m.kind == "name"
        and not _INSTITUTION_SURFACE.search(m.surface)
        and ctx.text[m.start - 1 : m.start] != "("  # "(SFD)": the name before, again
        and not _INSTITUTION_AFTER.match(ctx.text, m.end)  # "Kuwait Fund for …"
        and not _as_place(ctx.text, m.start)
    }
    return [c for c in states if c in actors] + [c for c in states if c not in actors]


def _with_it(ctx: Context, code: str, start: int | None = None, end: int | None = None) -> bool:
    """Whether a state is named (by itself, its adjective or its agency) as the one a text is
    signed with or whose money it is ("signé avec l'AFD", "a loan from the KfW"), in the
    span or, without one, anywhere in the text."""
    found = ctx.mentions if start is None else ctx.mentions_in(start, end)
    return any(
        m.code == code
        and m.kind != "seat"
        and _WITH_RIGHT_BEFORE.search(ctx.text, max(0, m.start - 160), m.start)
        for m in found
    )


# A text signed "with" what follows, a few words before it: "signé avec l'Agence japonaise",
# "conclue avec la banque publique allemande", "a loan agreement with the", «соглашение с»
_WITH_RIGHT_BEFORE = re.compile(
    rf"\b(?:{SIGNING}|agreements?|memorand\w*|contracts?|loans?|grants?|contrats?|conventions?"
    r"|accords?|pr[êe]ts?|dons?|соглашени\w*|меморандум\w*|контракт\w*|договор\w*|кредит\w*)"
    r"[^.;!?\n]{0,100}?\s(?:with|avec|с|со)\s+(?:(?:the|la|le|les)\s+|l['’])?"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def lent_to(ctx: Context, start: int, end: int) -> str | None:
    """The borrower `_borrower` reads for a text told between two offsets, if any (the learned
    ranker leaves it: the story's grammar of lenders says more than how near it is named)."""
    named = named_in(ctx, start, end)
    return _borrower(ctx, named, story_sides(ctx), start, end)


def _borrower(ctx: Context, named: list[str], story: list[str], start: int, end: int) -> str | None:
    """The state a lone state's agency lends to, where the text is signed with that agency:
    of the story's states, the one never signed with; where the story's other side is a
    lender too, the only such state, else the only one named beside the lender elsewhere
    ("entre le Gouvernement du Bénin et la KfW")."""
    if len(named) != 1 or not is_state(named[0]) or not _with_it(ctx, named[0], start, end):
        return None
    code = named[0]
    # (the story's states, and those its texts name as a side the weighing of parties left
    # out: the borrower whose minister signs each text is often named once, in a title)
    named_states = (
        m.code
        for m in ctx.mentions
        if m.kind not in ("seat", "adjective") and not _as_place(ctx.text, m.start)
    )
    states = [c for c in dict.fromkeys([*ctx.parties, *named_states]) if is_state(c) and c != code]
    candidates = [c for c in states if not _with_it(ctx, c)]
    others = [c for c in story if c != code]
    if not candidates or not others:
        return None
    # (the story's acting states first: a state named once as a place is no borrower)
    acting = [c for c in candidates if c in ctx.parties]
    if all(is_state(c) and _with_it(ctx, c) for c in others):
        if len(acting) == 1:
            return acting[0]
        if not acting and len(candidates) == 1:
            return candidates[0]
    beside = [
        c
        for c in candidates
        if any(
            {code, c}
            <= {m.code for m in ctx.mentions_in(a, b) if m.kind not in ("seat", "adjective")}
            for a, b in _sentence_lines(ctx)
            if not (a <= start < b)
        )
    ]
    if len(beside) == 1 and beside[0] not in others:
        return beside[0]
    return None


# A company's nationality told by the adjective beside its trade noun: "le groupe russe
# Yadran", "la société chinoise X", "the Turkish holding Kalyon", «катарская компания UCC
# Holding» (the noun and the adjective in either order, the name right after)
_COMPANY_TRADE = re.compile(
    r"(?i:group|groupe|company|compan(?:y|ie)|firm|soci[ée]t[ée]|entreprise|holding|concern"
    r"|corporation|компани\w*|холдинг\w*|концерн\w*|корпораци\w*|групп\w*)"
)


# A state's possessive, then a trade noun, then the company's name: "Cameroon's national oil
# company, the SNH", "Ghana's state power firm VRA"
_POSSESSIVE_COMPANY = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:company|firm|corporation|group|holding|operator|utility"
    r"|producer|carrier|airline|insurer|miner)\s*,?\s*(?:the\s+)?"
)


def _home_told_before(ctx: Context, code: str, start: int, end: int) -> str | None:
    """The state whose adjective, beside a trade noun, the text puts right before a company
    it names in the span ("la société émirienne X", "the Emirati company X", «эмиратская
    компания X»): the gazetteer drops such an adjective as the company's home, read again
    here in the few words before the name."""
    for mention in ctx.mentions_in(start, end):
        if mention.code != code:
            continue
        window = ctx.text[max(start, mention.start - 40) : mention.start]
        homes = [
            m
            for m in gazetteer.find_mentions(window, ctx.language)
            if m.kind == "adjective" and m.code in state_codes()
        ]
        if not homes:
            continue
        gap, before = window[homes[-1].end :], window[: homes[-1].start][-20:]
        if re.search(r"[,;]|\b(?:and|et|и)\b", gap):
            continue
        if _COMPANY_TRADE.search(gap) or (_COMPANY_TRADE.search(before) and not gap.strip()):
            return homes[-1].code
    return None


def _company_adjective_homes(ctx: Context, named: list[str], start: int, end: int) -> set[str]:
    """States a span names only by the adjective of a company it names ("l'accord
    avec le groupe russe Yadran"): the company's home describes it and signs nothing (SPEC: a
    company's agreement has the company as a party, not its state)."""
    found = ctx.mentions_in(start, end)
    companies = [m for m in found if m.code in named and not is_state(m.code)]
    homes = set()
    for m in found:
        if not (m.kind == "adjective" and m.code in named):
            continue
        if any(o.code == m.code and o.kind not in ("adjective", "seat") for o in found):
            continue  # the state also named by its name may sign itself (its capital is a place)
        for company in companies:
            gap = ctx.text[m.end : company.start]
            before = ctx.text[max(0, m.start - 20) : m.start]
            if len(gap) > 30 or company.start < m.end or re.search(r"[,;]|\b(?:and|et|и)\b", gap):
                continue  # "le gouvernement nigérien et la société Orano": two sides
            if _COMPANY_TRADE.search(gap) or (
                _COMPANY_TRADE.search(before) and re.fullmatch(r"\s*", gap)
            ):
                homes.add(m.code)
    return homes


# Who signs, by grammar: the subjects just before a signing verb ("the DRC and Rwanda
# signed", "…, who signed", "la RDC et le Rwanda ont signé", «Руанда подписали») or the agents
# just after a signing participle ("signed by Kenya and Uganda", "signé par le Mali et le
# Sénégal", «подписанного Казахстаном и Узбекистаном»)
_SIGNS_JUST_AFTER = re.compile(
    r"\s*(?:,\s*(?:who|which|qui|которые)\s+)?(?:(?:have|has|had|also|jointly|both|then|ont|a"
    r"|avaient|aussi|également|conjointement|ensuite|также|совместно|вместе)\s+)*"
    r"(?:signed|inked|concluded|sign[ée]\w*|conclu\w*|подписал\w*|заключил\w*)\b",
    re.IGNORECASE,
)
_SIGNED_BY_JUST_BEFORE = re.compile(
    r"\b(?:(?:signed|inked|concluded)\s+by\s+(?:the\s+)?|sign[ée]e?s?\s+par\s+"
    r"(?:la\s+|le\s+|l['’]|les\s+)?|(?:подписанн|заключенн|заключённ)\w*\s+)$",
    re.IGNORECASE,
)


def _signers_only(ctx: Context, named: list[str], start: int, end: int) -> list[str]:
    """Where a sentence names three sides or more and two or more of them sign by grammar,
    the ones named before them act otherwise: who funds, hosts, welcomes or brokers ("Japan
    will fund the project under an agreement signed by Kenya and Uganda", "Qatar hosted the
    talks at which the DRC and Rwanda signed …"). Those named after the signers stay ("Mali
    and Niger signed a loan agreement with the EDB"). One such chain of signers only."""
    if len(named) < 3:
        return named
    found = [m for m in ctx.mentions_in(start, end) if m.kind != "seat" and m.code in named]
    chains: list[list[Mention]] = []
    chain: list[Mention] = []
    for mention in found:
        if chain and _linked(ctx.text[chain[-1].end : mention.start]):
            chain.append(mention)
            continue
        if len(chain) >= 2:
            chains.append(chain)
        chain = [mention]
    if len(chain) >= 2:
        chains.append(chain)
    signing = [
        c
        for c in chains
        if len({m.code for m in c}) >= 2
        and (
            _SIGNS_JUST_AFTER.match(ctx.text, c[-1].end, end)
            or _SIGNED_BY_JUST_BEFORE.search(ctx.text, max(start, c[0].start - 40), c[0].start)
        )
    ]
    if len(signing) != 1:
        return named
    first = signing[0][0].start
    before = {m.code for m in found if m.start < first}
    kept = [code for code in named if code not in before or code in {m.code for m in signing[0]}]
    return kept if len(kept) >= 2 else named


# A visit's host named after its verb: "arrived in Addis Ababa" (`parties._ARRIVED_IN`), "a
# state visit to Ethiopia", "en visite d'État en Angola", «с визитом в Анголу»
_VISIT_TO = re.compile(
    r"\bvisit\s+to\s+(?:the\s+)?$|\bvisite\s+(?:[\w'’-]+\s+){0,3}?(?:en|au|aux|[àa])\s+"
    r"(?:l['’])?$|\bвизит\w*\s+(?:[а-яё-]+\s+){0,2}?(?:в|во)\s+$",
    re.IGNORECASE,
)


def host_state(ctx: Context) -> str | None:
    """The state a visitor arrives in or visits, by the first such mention (a capital for
    its state); none when the text names no visit's host."""
    for m in ctx.mentions:
        window = (max(0, m.start - 50), m.start)
        if is_state(m.code) and (
            parties._ARRIVED_IN.search(ctx.text, *window) or _VISIT_TO.search(ctx.text, *window)
        ):
            return m.code
    return None


# A sentence whose subject is an organisation named by its kind, signing: "The bank signed
# …", "La société a signé …", «Госкорпорация подписала …», "The lender also signed …".
_KIND_SUBJECT = re.compile(
    r"\s*(?:(?:the|la|le|l['’]|this|cette|ce)\s*)?(?P<kind>bank|lender|company|firm|group"
    r"|corporation|fund|banque|soci[ée]t[ée]|entreprise|groupe|compagnie|institution|банк"
    r"|компания|госкорпорация|корпорация|фонд|группа)\s+(?:(?:has|have|also|then|a|ont|aussi"
    r"|également|ensuite|также|тоже)\s+)*(?:sign\w*|conclu\w*|ink\w*|paraph\w*|initial+ed"
    r"|подписал\w*|заключил\w*|парафировал\w*)",
    re.IGNORECASE,
)


def _referred_organisation(ctx: Context, start: int, end: int) -> str | None:
    """The organisation a signing subject named only by its kind refers to ("… the African
    Export-Import Bank in Accra. The bank signed a facility agreement with Ghana"): the last
    organisation (no state, no alliance) named in the two sentences before, when the
    sentence itself names none."""
    if not _KIND_SUBJECT.match(ctx.text, start, end):
        return None
    own = [m for m in ctx.mentions_in(start, end) if m.kind == "organisation"]
    if own:
        return None
    before = [s for s in ctx.sentences if s.end <= start][-2:]
    if not before:
        return None
    found = [
        m
        for m in ctx.mentions_in(before[0].start, start)
        if m.kind == "organisation" and not is_state(m.code) and m.code not in MEMBERS
    ]
    return found[-1].code if found else None


# A preposition before a seat that makes it a place: "à Abidjan", "in Nairobi", «в Москве»,
# "from Accra", «из Каира»
_SEAT_AS_PLACE = re.compile(
    r"(?<![\w-])(?:in|at|from|to|near|à|a|en|au|aux|dans|de|du|depuis|vers|près\s+de|в|во|из|на"
    r"|до|под|около)\s+(?:(?:the|la|le|l['’]|les)\s+)?$",
    re.IGNORECASE,
)


def _seats_that_act(ctx: Context, start: int, end: int) -> list[str]:
    """The states of two or more seats a sentence names as actors, where it names no state
    by itself: "Abidjan et Accra ont signé", "Nairobi and Kampala signed", «Москва и Каир
    подписали» (a seat after a preposition, "à Abidjan", in a dateline or in a route's name
    is a place)."""
    seats = [
        m
        for m in ctx.mentions_in(start, end)
        if m.kind == "seat"
        and not _SEAT_AS_PLACE.search(ctx.text, max(0, m.start - 20), m.start)
        and not _in_dateline(ctx.text, m.start)
        # the towns a route joins are where it runs ("sur le corridor Brazzaville-Yaoundé")
        and not routes.in_route_name(ctx.text, m)
        and not any(a <= m.start < b for a, b in _not_sides(ctx.text, start, end))
    ]
    codes = list(dict.fromkeys(m.code for m in seats))
    return codes if len(codes) >= 2 else []


# What joins a region opening a clause to the side beside it: "and", an article, and the
# other's region word with its state's adjective ("La région de l'Adamaoua et la province
# chinoise du Yunnan ont signé")
_SEAT_THEN_SIDE = re.compile(
    r"\s+(?:and|et|и)\s+(?:the\s+|l[ae]\s+|l['’])?"
    r"(?:(?:province|r[ée]gion|gouvernorat)\s+[^\W\d]+\s+(?:du|de\s+la|de|d['’]|des)\s+(?:l['’])?)?"
)


def _with_seat_beside(ctx: Context, named: list[str], start: int, end: int) -> list[str]:
    """The one state a clause names and the state of a region or a city that opens it, joined
    to it by "and" ("Inner Mongolia and Mongolia's Dornod province signed …", «Гомельская
    область и Китай подписали …»): the local government signs for its state (as in
    `_seats_that_act`), whom the story's pair would otherwise replace."""
    found = [m for m in ctx.mentions_in(start, end) if m.kind != "adjective"]
    if len(found) < 2 or found[0].kind != "seat" or found[1].code != named[0]:
        return named
    seat, side = found[0], found[1]
    if (
        seat.code == side.code
        or _SEAT_AS_PLACE.search(ctx.text, max(0, seat.start - 20), seat.start)
        or _in_dateline(ctx.text, seat.start)
        or not _SEAT_THEN_SIDE.fullmatch(ctx.text, seat.end, side.start)
    ):
        return named
    return [seat.code, side.code]


# An agreement's own words that name its sides: "a memorandum of understanding between Kenya
# and Ethiopia", "l'Accord entre le Gouvernement de la République togolaise et le Gouvernement
# du Burkina Faso", «Соглашение между Правительством Российской Федерации и Правительством
# Республики Ангола»; the names follow, joined by "and", "et", «и» or commas.
_KIND_NOUN = (
    r"(?<!\w)(?:agreements?|accords?|m[ée]morand\w*|MoUs?|protocols?|protocoles?|conventions?"
    r"|frameworks?|treat(?:y|ies)|trait[ée]s?|pacts?|deals?|соглашени\w*|меморандум\w*"
    r"|протокол\w*|договор\w*|конвенци\w*|contracts?|contrats?|контракт\w*"
    # a declaration names its sides as any text does: "a ceasefire declaration between X and Y"
    r"|declarations?|d[ée]clarations?|декларац\w*"
    # a text of a count named by its pronoun: "among them one between X and Y", «один между»
    r"|(?<=\s)(?:one|another|un|une|autre|один|одно|одна|другой|другое)(?=\s+(?:between|entre|между)\s))"
)
# Right after the noun and its complement ("memorandum of understanding between"), or before
# the governments or states of a title, however long its name ("Accord de coopération dans
# le domaine de la défense entre le Gouvernement de ..."); a "between" further off may say
# what the text is about ("on the interconnection of the grids between X and Y").
# the date a text is known by, between its noun and its "between": "the Geneva Agreement of
# 17 February 1966 between", "l'accord du 12 mai 2017 entre", «соглашение от 12 мая 2017 года между»
_KNOWN_BY_DATE = (
    r"(?:\s+(?:of|dated|du|от)\s+\d{1,2}(?:er)?\s+[^\W\d_]+\s+(?:1[89]|20)\d\d(?:\s+года)?)?"
)
_BETWEEN = re.compile(
    rf"{_KIND_NOUN}(?:\s+[^\s.;:()]+){{0,2}}?{_KNOWN_BY_DATE}\s+(?:between|entre|между)\s"
    rf"|{_KIND_NOUN}(?:\s+[^\s.;:()]+){{0,12}}?\s+(?:between|entre|между)\s+(?=(?:the\s+|l[ea]\s+"
    r"|l['’])?(?:Governments?|Gouvernements?|Republic|R[ée]publique|Kingdom|Royaume|States?|[ÉE]tats?"
    r"|Sultanate|Sultanat|Правительств|Республик|Королевств|Государств"
    # a ministry signs for its state: "un contrat pour … , entre le ministère des
    # Infrastructures et la société X", "a contract for …, between the Ministry of Works and X"
    r"|Minist(?:ry|[èe]re)|Министерств))",
    re.IGNORECASE,
)
# What may stand between two sides of such a list: the words of a government's or an
# institution's name (capitalised), articles, "and", "its member states", "on the one hand";
# a word of another kind ("will be signed", "said") ends the list.
_LINK_WORDS = frozenset(
    re.findall(
        r"\S+",
        "and et и the le la les l of de du des d its their his her son sa ses leur leurs его их "
        "member members membres state states états etats государствами-членами государств-членов "
        "государства-члены on one hand other part d'une une autre d'autre с со одной другой стороны "
        "s "
        # who acts for a side: "between Rosatom and the government of Burkina Faso", «между
        # госкорпорацией «Росатом» и правительством Буркина-Фасо»
        "government gouvernement правительство правительства правительством правительствами "
        "company société compagnie groupe group corporation госкорпорация госкорпорацией "
        "госкорпорации компания компанией компании",
    )
)
_GAP_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_AND = re.compile(r"(?:^|\s)(?:and|et|и)\s|,", re.IGNORECASE)


# A state named by its name of the time: "what was then British Guiana", "ce qui était alors
# la Haute-Volta", «тогдашней Британской Гвианой»
_THEN_CALLED = re.compile(
    r"\b(?:what\s+(?:was|were)\s+then|ce\s+qui\s+[ée]tait\s+alors|тогдашн\w*)\s",
    re.IGNORECASE,
)


def _linked(gap: str) -> bool:
    """Whether the words between two mentions join them in one list of sides."""
    gap = _THEN_CALLED.sub(" ", gap)  # "Venezuela and what was then British Guiana"
    if len(gap) > 90 or re.search(r"[.;:()]", gap) or not _AND.search(gap):
        return False
    if _INSTITUTION_OF_NEXT.fullmatch(gap) or _COMPANY_OF_NEXT.fullmatch(gap):
        return True  # «"Росатомом" и Управлением по атомным станциям Египта»
    # an elided article is its word: ", l'Ouganda", "et d'Égypte" ("l'" is "l")
    return all(
        word[:1].isupper()
        or word.lower() in _LINK_WORDS
        or word.lower().rstrip("'’") in _LINK_WORDS
        for word in _GAP_WORD.findall(gap)
    )


# "and" then what the next organisation is, its nationality and trade in lower case: «и
# чилийской компанией Codelco», "and the Chilean state mining company Codelco", "et la
# compagnie nationale algérienne Sonatrach"
_COMPANY_OF_NEXT = re.compile(
    r"[»\"”]?\s*(?:and|et|и)\s+(?:the\s+|l[ae]\s+|l['’])?(?:[\w-]+\s+){0,3}?"
    r"(?:company|firm|corporation|group|compagnie|soci[ée]t[ée]|entreprise|groupe|компани\w*"
    r"|корпораци\w*|госкорпораци\w*)(?:\s+[\w-]+){0,3}?\s*[«\"“]?\s*",
    re.IGNORECASE,
)
# "and" then the name of an institution, lower-case words and all, whose state comes next
_INSTITUTION_OF_NEXT = re.compile(
    r"[»\"”]?\s*(?:and|et|и)\s+(?:the\s+|l[ae]\s+|l['’])?[A-ZÀ-ÞА-ЯЁ][\w-]+"
    r"(?:\s+(?!(?:in|at|from|en|au|aux|à|a|dans|в|во|на|из)\s)[a-zà-ÿа-яё-]+){0,4}\s+"
)


def _after_between(text: str, start: int, end: int, own: bool = False) -> int | None:
    """Where the names after an agreement's "between" begin: the first "between" of its
    unit that starts and ends between the offsets (the unit is scanned once, however many
    stretches of it are asked about). `own`: the "between" of the mention at `start`, not
    of one after it."""
    for a, b in _unit_betweens(text, *segments.enclosing(text, start, end)):
        if (a == start if own else a >= start) and b <= end:
            return b
    return None


@lru_cache(maxsize=64)
def _unit_betweens(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of an agreement's noun up to its "between" in a unit."""
    return tuple(m.span() for m in _BETWEEN.finditer(text, start, end))


# A text named with the compound adjective of its two states: "la convention
# franco-malienne", "l'accord fiscal nigéro-turc", "the Franco-Malian convention",
# «российско-пакистанское межправительственное соглашение»: the compound right after its
# kind noun (a word or two between) or right before it.
_WORDS_AFTER_NOUN = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_A-ZÀ-ÝА-ЯЁ]+){0,2}?\s+")
_WORDS_BEFORE_NOUN = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+")


def _compound_chain(ctx: Context, first: Mention) -> list[Mention]:
    chain = [first]
    for mention in ctx.mentions_in(first.end, first.end + 40):
        if mention.start != chain[-1].end + 1 or ctx.text[chain[-1].end] not in "-‑–":
            break
        if chain[-1].kind != "prefix":
            break
        chain.append(mention)
    return chain if chain[-1].kind in ("adjective", "prefix") and len(chain) >= 2 else []


def compound_sides(ctx: Context, noun_start: int, noun_end: int) -> list[str]:
    """The states of a compound adjective of nationality right beside a text's kind noun
    (`noun_start`, `noun_end`): two or more states, or none."""
    for mention in ctx.mentions_in(noun_end, noun_end + 60):
        if mention.kind != "prefix":
            continue
        if not _WORDS_AFTER_NOUN.fullmatch(ctx.text, noun_end, mention.start):
            break
        chain = _compound_chain(ctx, mention)
        codes = list(dict.fromkeys(m.code for m in chain))
        return codes if len(codes) >= 2 and all(map(is_state, codes)) else []
    for mention in reversed(ctx.mentions_in(max(0, noun_start - 80), noun_start)):
        if mention.kind != "adjective":
            continue
        if not _WORDS_BEFORE_NOUN.fullmatch(ctx.text, mention.end, noun_start):
            break
        heads = [
            m
            for m in ctx.mentions_in(max(0, mention.start - 40), mention.start)
            if m.kind == "prefix"
        ]
        for head in heads:
            chain = _compound_chain(ctx, head)
            if chain and chain[-1] is mention:
                codes = list(dict.fromkeys(m.code for m in chain))
                return codes if len(codes) >= 2 and all(map(is_state, codes)) else []
        break
    return []


def between_sides(ctx: Context, start: int, end: int, own: bool = False) -> list[str]:
    """The sides an agreement's "between"/"entre"/«между» names, in order, when it names two
    or more; none else. `own`: only those of the mention at `start` ("an agreement on health,
    a memorandum between X and Y": the agreement's are not X and Y)."""
    after = _after_between(ctx.text, start, end, own)
    return [] if after is None else named_after_between(ctx, after, end)


# Who acts for a side, set apart by commas: "entre l'État gabonais, représenté par le
# ministère de l'Économie, et la BDEAC", "between the State of Ghana, represented by the
# Ministry of Finance, and the Bank", «между Республикой Гана, в лице министерства финансов,
# и Банком»: the list of sides goes on after it.
_REPRESENTED_BY = re.compile(
    r",\s*(?:repr[ée]sent[ée]e?s?\s+par|agissant\s+par|represented\s+by|acting\s+through"
    r"|в\s+лице)\s[^,.;:()]{1,90},",
    re.IGNORECASE,
)
_OPENS_GLOSS = re.compile(r"\s*\(\s*")
_CLOSES_GLOSS = re.compile(r"\s*\)")


# A state's institution named without its state, then "and" before the other side: "the
# Ministry of Health and", "le ministère de la Santé et", «министерством здравоохранения и»
_UNNAMED_INSTITUTION = re.compile(
    r"\s*(?:the\s+|le\s+|la\s+|l['’]\s*)?(?i:ministry|minist[èe]re|министерств\w*)"
    r"[^.;:()\d]{0,60}?\s(?:and|et|и)\s+[^.;:()]{0,60}$"
)


def _other_than_home(ctx: Context, words: str) -> str | None:
    """Of the story's two states, the one the words describing a company, or its own name,
    do not call its home ("l'entreprise cubaine X" in a story of Burkina Faso and Cuba:
    Burkina Faso; "la société China Civil Engineering …" in one of Vanuatu and China:
    Vanuatu)."""
    pair = [code for code in story_sides(ctx) if is_state(code)]
    if len(pair) != 2:
        return None
    lower = words.lower()
    homes = [
        code
        for code in pair
        if any(
            re.search(rf"(?<!\w){re.escape(adj.lower()[:5])}", lower)
            for key in ("fr_adj", "en_adj", "ru_adj")
            for adj in data.STATES.get(code, {}).get(key, [])
            if len(adj) >= 5
        )
        or any(
            re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", lower)
            for key in ("fr", "en", "ru")
            for name in data.STATES.get(code, {}).get(key, [])
        )
    ]
    return next(code for code in pair if code not in homes) if len(homes) == 1 else None


def named_after_between(ctx: Context, after: int, end: int) -> list[str]:
    """The two or more sides named one after the other from `after`, just after a "between"
    ("… the second between Codelco and Rosgeo, …"), up to the first word of another kind;
    none else. Who represents a side, between commas, is no side of its own."""
    chain: list[Mention] = []
    last = after
    represented = [m.span() for m in _REPRESENTED_BY.finditer(ctx.text, after, end)]
    mentions = ctx.mentions_in(after, end)
    home_at: int | None = None  # where the adjective of the next company's home began
    for i, mention in enumerate(mentions):
        if any(a <= mention.start < b for a, b in represented):
            continue
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            mention.kind == "adjective"
            and following is not None
            and following.kind == "organisation"
            and not is_state(following.code)
            and not ctx.text[mention.end : following.start].strip()
        ):
            # «между АО «Самрук-Казына» и катарской UCC Holding», "entre X et le qatari UCC
            # Holding": the adjective right before a company says its home, no side of its own
            home_at = mention.start
            continue
        if (
            chain
            and mention.code == chain[-1].code
            and _OPENS_GLOSS.fullmatch(ctx.text, last, mention.start)
            and (close := _CLOSES_GLOSS.match(ctx.text, mention.end))
        ):
            # a side's other name in brackets: "between YLB (Yacimientos de Litio Bolivianos)
            # and Acme", «между компанией YLB (Yacimientos de Litio Bolivianos) и …»
            last = close.end()
            continue
        gap = _REPRESENTED_BY.sub(" ", ctx.text[last : home_at or mention.start])
        home_at = None
        if mention.kind == "seat":
            break
        if chain and not _linked(gap):
            break
        if (
            not chain
            and re.search(r"[.;:()]|.{61}", gap)
            # "entre le ministère des Infrastructures et des Services publics et la société
            # X": an unnamed ministry's long name before the one side named
            and not _UNNAMED_INSTITUTION.match(ctx.text, after, mention.start)
        ):
            break
        chain.append(mention)
        last = mention.end
    if (
        len(chain) == 1
        and not is_state(chain[0].code)
        and _UNNAMED_INSTITUTION.match(ctx.text, after, chain[0].start)
    ):
        # "un contrat entre le ministère de la Santé et l'entreprise cubaine X", "between the
        # Ministry of Health and the company X": a ministry whose state goes unsaid is the
        # host's, the state the story takes place in
        host = host_state(ctx) or _other_than_home(ctx, ctx.text[after : chain[0].end])
        return [host, chain[0].code] if host and host != chain[0].code else []
    if len({m.code for m in chain}) < 2:
        return []
    if _host_and_organisation(ctx, chain):  # "entre la République gabonaise et la CEEAC"
        return list(dict.fromkeys(m.code for m in chain))
    codes = without_homes(expand(list(dict.fromkeys(m.code for m in chain))))
    return codes if len(codes) >= 2 else []


# "the two countries", "les deux pays", «обе страны», «двух государств»: sides not named
_THE_TWO = re.compile(
    r"\b(?:the\s+two|both|les\s+deux|двух|две|два|обе|обеих|оба)\s+(?:countries|states|nations"
    r"|governments|pays|[ée]tats|gouvernements|стран\w*|государств\w*|правительств\w*)\b",
    re.IGNORECASE,
)


# "the treaty signed by the two countries", «подписанного двумя странами», "signé par les
# deux pays": the two are the text's signers by the grammar of a passive
_SIGNED_BY_THE_TWO = re.compile(
    r"\b(?:signed\s+by\s+(?:the\s+two|both)|sign[ée]e?s?\s+par\s+les\s+deux"
    r"|подписанн\w+\s+(?:\w+\s+)?(?:двумя|обеими))\s+(?:countries|states|governments|pays"
    r"|[ée]tats|gouvernements|странами|государствами|правительствами)\b",
    re.IGNORECASE,
)


def _the_two_states(ctx: Context, at: int) -> list[str]:
    """ "The two governments", "les deux pays", «обе страны» are states: the pair just named,
    else the story's; where those are companies (two firms sign a contract, then "the two
    governments agreed in a memorandum"), the two states that lead the story's parties."""
    pair = nearest_pair(ctx, at)[0] or _named_together(ctx, at)
    if len(pair) != 2:
        # an alliance's story has its members for sides; "the accord signed between the two
        # countries" there is the pair the sentence just before names ("les ministres
        # camerounais et tchadien ont signé …"), not the six members
        pair = nearest_pair(ctx, at, any_story=True)[0] or pair
    if all(is_state(code) for code in pair):
        return pair
    states = [code for code in ctx.parties if is_state(code)]
    # (a state the weighing of parties left out is still a state the story names)
    named = (m.code for m in ctx.mentions if m.kind != "seat" and is_state(m.code))
    states += [code for code in dict.fromkeys(named) if code not in states]
    return states[:2] if len(states) >= 2 else pair


def _named_together(ctx: Context, at: int | None = None) -> list[str]:
    """ "The two countries", or a sentence that names no side ("Les deux parties ont signé",
    "The documents signed cover ..."): of the story's four leading states, the two that lead
    it together. A state that leads the story by its first mention may only frame it (the
    neighbour whose initiative frames it, the host of the talks, a former partner in a
    background paragraph); the two sides are named together in its sentences ("X received
    his Y counterpart") and have their people in it (the visitor and the host); the last
    sentence before `at` that names two of them together (the co-chairs of the session
    whose texts are then listed) counts twice more, the two the title names three times
    more. A pair replaces the story's first two
    when it leads by more, or when no sentence names those two together."""
    story = story_sides(ctx)
    leading = [code for code in ctx.parties if is_state(code)][:4]
    if len(leading) < 3 or len(story) != 2 or not set(story) <= set(leading):
        return story  # an alliance's members, a company or a lender: the story's own rules
    together: Counter[frozenset[str]] = Counter()
    last: frozenset[str] | None = None
    for start, end in _sentence_lines(ctx):
        named = {m.code for m in ctx.mentions_in(start, end) if m.kind != "seat"}
        pairs = [
            frozenset((a, b))
            for i, a in enumerate(leading)
            for b in leading[i + 1 :]
            if a in named and b in named
        ]
        together.update(pairs)
        if at is not None and end <= at and len(pairs) == 1:
            last = pairs[0]
    # people who hold an office of their state (a name the NER misread, an agency, has none)
    with_people = {person.party for person in ctx.people if person.party and person.role}

    # the two the title names together ("Mali, Russia sign energy deals") lead the story
    titled = frozenset(code for code in leading if code in ctx.titled)

    def lead(pair: frozenset[str]) -> int:
        bonus = (2 if pair == last else 0) + (3 if pair == titled else 0)
        return together[pair] + len(pair & with_people) + bonus

    pairs = [frozenset((a, b)) for i, a in enumerate(leading) for b in leading[i + 1 :]]
    named = [pair for pair in pairs if together[pair]]
    if not named:
        return story
    best = max(named, key=lead)  # the first of equals: the story's order
    if not together[frozenset(story)] or lead(best) > lead(frozenset(story)):
        return [code for code in leading if code in best]
    return story


# Words that refer back to two sides named before: "the two countries" (`_THE_TWO`), "both
# sides", "the (two) parties", "les deux parties", «стороны»
_SIDES_ANAPHORA = re.compile(
    rf"{_THE_TWO.pattern}|\b(?:both|the(?:\s+two)?)\s+(?:sides|parties)\b"
    r"|\bles\s+(?:deux\s+)?parties\b|(?<![\w-])(?:обе\s+)?сторон(?:ы|ами)\b",
    re.IGNORECASE,
)
# A pair named by what it is opens the clause and signs: "the two ministers signed", "both
# sides have signed", "les deux délégations ont signé", «министры подписали», «главы
# государств подписали»: the sides are those named before, and a state or alliance named
# after the verb (a critic, a route, a summit: "a move Ethiopia criticised", "transit to
# Afghanistan", "à la veille d'un sommet de la CEDEAO") is a third party, not one of them.
_PAIR_SUBJECT = re.compile(
    rf"(?:{_SIDES_ANAPHORA.pattern}"
    r"|\b(?:the\s+two|both|les\s+deux|два|две|оба|обе)\s+(?:(?:foreign|prime|energy|finance"
    r"|trade)\s+)?(?:ministers|leaders|delegations|heads\s+of\s+state|presidents"
    r"|governments|ministres|d[ée]l[ée]gations|chefs\s+d['’][ée]tat|pr[ée]sidents|dirigeants"
    r"|gouvernements|министра|президента|лидера|делегации)\b"
    r"|(?<![\w-])(?:главы\s+(?:государств|правительств|делегаций|МИД)|министры|лидеры"
    r"|делегации)(?:\s+двух\s+стран)?(?![\w-]))"
    r"\s+(?:(?:have|has|had|also|then|jointly|ont|avaient|aussi|[ée]galement|ensuite|en\s+outre"
    r"|также|затем|совместно|вместе)\s+)*"
    r"(?:signed|inked|concluded|initiall?ed|sign[ée]\w*|conclu\w*|paraph[ée]\w*|подписали"
    r"|заключили|парафировали)\b",
    re.IGNORECASE,
)


def _pair_subject(ctx: Context, start: int, end: int) -> re.Match | None:
    """The signing verb of a pair named by what it is ("The two ministers signed …") when
    nothing is named before it in the sentence."""
    verb = _PAIR_SUBJECT.search(ctx.text, start, end)
    if not verb:
        return None
    if any(m.kind != "seat" and m.start < verb.start() for m in ctx.mentions_in(start, end)):
        return None  # "Mali and Niger, the two countries that signed …"
    return verb


# "with China", "avec la Chine", «с Китаем», "with the Islamic Development Bank": the one
# signed with, a side beside the pair
_WITH_JUST_BEFORE = re.compile(
    r"(?<![\w-])(?:with|avec|с|со)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?"
    r"(?:(?-i:[a-zà-ÿа-яё-]+)\s+){0,2}$",
    re.IGNORECASE,
)


# "with", a state's fund or bank named by its nationality after it: "avec le Fonds qatari"
_WITH_STATE_FUND = re.compile(
    r"(?<![\w-])(?:with|avec|с|со)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?"
    r"(?:Fonds|Fund|Banque|Bank)\s+$",
    re.IGNORECASE,
)
_FUND_WORD = re.compile(r"(?i)\b(?:fonds|fund|banque|bank|фонд\w*|банк\w*)\b")
# the fund's word after the state's name or adjective: "the Qatar Fund", «Катарским фондом»
_FUND_AFTER = re.compile(r"(?i)\s+(?:fund|bank|фонд\w*|банк\w*)\b")


def _lends_here(ctx: Context, code: str) -> bool:
    """Whether the story's texts are signed with a state's fund or bank ("accords de prêt avec
    le Fonds saoudien pour le développement", "with the Qatar Fund for Development", «с
    Катарским фондом развития»): the state lends in the story; it does not borrow from the
    other lenders the texts are signed with."""
    return any(
        m.code == code
        and m.kind != "seat"
        and (
            _WITH_STATE_FUND.search(ctx.text, max(0, m.start - 40), m.start)
            or (
                (_FUND_WORD.search(m.surface) or _FUND_AFTER.match(ctx.text, m.end))
                and _WITH_JUST_BEFORE.search(ctx.text, max(0, m.start - 40), m.start)
            )
        )
        and _WITH_BEFORE.search(ctx.text, max(0, m.start - 160), m.start)
        for m in ctx.mentions
    )


def _without_thirds_of_a_pair(ctx: Context, named: list[str], start: int, end: int) -> list[str]:
    """Where a pair named by what it is signs ("The two ministers signed …"), those named
    after its verb are no sides unless they are signed with ("… with the EDB")."""
    if not named or not (verb := _pair_subject(ctx, start, end)):
        return named
    kept = {
        code
        for m in ctx.mentions_in(verb.end(), end)
        if m.kind != "seat" and _WITH_JUST_BEFORE.search(ctx.text, max(0, m.start - 40), m.start)
        for code in expand([m.code])
    }
    return [code for code in named if code in kept]


_NEAREST_REACH = 3  # sentences back, inside the paragraph
# A signing of another scene told in a relative clause of place ("arrived from Nairobi, where
# Indonesia and Kenya signed …", ", où", «, где»): no pair "the sides" stand for (", where
# he met the Turkish president" is the scene itself)
_SIGNED_ELSEWHERE = re.compile(
    r",\s+(?:where|o[uù]|где)\s[^.;]{0,120}?\b(?:sign|conclu|ink|подпис|заключ)", re.IGNORECASE
)


# A text's head noun, opening a clause as the one already told ("The agreement was signed
# …", "L'accord a été signé …", «Соглашение было подписано …»), and the same noun told
# before with its sides ("the agreement between X and Y", «соглашение между X и Y»).
_TEXT_HEAD = (
    r"(?P<head>agreement|accord|convention|memorand|m[ée]morand|protocol|treaty|trait[ée]"
    r"|соглашени|меморандум|договор|протокол|конвенци)"
)
_TEXT_TOLD_AGAIN = re.compile(
    rf"\W*(?:(?:the|this|that|l['’]|cet|cette|ce|le|la|этот|эта|это|данн\w+|указанн\w+)\s*)?"
    rf"{_TEXT_HEAD}",
    re.IGNORECASE,
)
_TEXT_BETWEEN = re.compile(
    rf"{_TEXT_HEAD}\w*(?:\s+[^\s.;!?]+){{0,8}}?\s+(?:between|entre|между)\s", re.IGNORECASE
)


def _told_before(ctx: Context, start: int, end: int) -> list[str]:
    """The sides of the text a clause that names none opens on, where the sentences just
    before told it by the same head noun with "between"/"entre"/«между» and its sides."""
    again = _TEXT_TOLD_AGAIN.match(ctx.text, start, end)
    if not again:
        return []
    head = again.group("head").lower()[:5]
    before = max(0, segments.enclosing(ctx.text, max(0, start - 1), start)[0] - 400)
    told = [
        m
        for m in _TEXT_BETWEEN.finditer(ctx.text, before, start)
        if m.group("head").lower()[:5] == head
    ]
    return named_after_between(ctx, told[-1].end(), start) if told else []


def nearest_pair(
    ctx: Context, at: int, countries: bool = True, size: int = 2, any_story: bool = False
) -> tuple[list[str], int]:
    """The two states "the two countries" or «стороны» at `at` refer back to when the
    sentences just before, in the same paragraph, name a pair: the nearest sentence there
    that names a state by itself (no seat, no place, no adjective that only describes)
    decides, and only when it names exactly two. A later paragraph about another pair
    ("Meanwhile, Niger's prime minister met the Turkish president in Ankara. The two
    countries signed …") is about that pair, not the story's first. Returns the pair and
    where its sentence starts, or no pair and -1. Unless `countries` ("the sides", not "the
    two countries"), an organisation named there is one of the pair ("Rosatom's head met the
    Ethiopian prime minister. The sides signed …"). `size`: a group of that many instead
    (the three leaders of a trilateral meeting that «лидеры» then refers to). `any_story`:
    in an alliance's story too ("the two countries" says itself that they are two)."""
    # the lines of the few sentences before `at` only: a sentence of a thousand texts asks
    # a thousand times
    near = bisect_left(ctx.sentences, at, key=lambda sentence: sentence.start)
    nearby = ctx.sentences[max(0, near - _NEAREST_REACH - 1) : near + 1]
    lines = [(a, b) for a, b in _lines_of(ctx.text, nearby) if b <= at]
    for a, b in reversed(lines[-_NEAREST_REACH:]):
        if "\n" in ctx.text[b:at]:
            break  # another paragraph
        elsewhere = _SIGNED_ELSEWHERE.search(ctx.text, a, b)
        named = [
            m.code
            for m in ctx.mentions_in(a, elsewhere.start() if elsewhere else b)
            if m.kind != "seat"
            and (is_state(m.code) or (not countries and _organisation(m)))
            and not _as_place(ctx.text, m.start)  # "the ambassador of Iran in Russia"
            and (_of_an_actor(ctx, m) or not describes(ctx, m))
        ]
        codes = list(dict.fromkeys(named))
        if len(codes) == size and (any_story or len(story_sides(ctx)) <= 2):
            # (an alliance's story: its members and their partner are the sides)
            return codes, a
        if codes:
            return [], -1
        at = a
    return [], -1


def _organisation(mention: Mention) -> bool:
    """A mention of an organisation that may sign as itself (no alliance, no state)."""
    return mention.kind == "organisation" and mention.code not in MEMBERS


# A noun of those who act, beside a state's lower-case adjective: "le Premier ministre
# nigérien", "le président turc", «турецкий президент», «российская делегация»
_ACTOR_WORD = (
    r"(?:pr[ée]sident\w*|ministres?|premier|d[ée]l[ée]gation\w*|gouvernement\w*|homologues?"
    r"|chefs?|dirigeant\w*|ambassadeur\w*|autorit[ée]s?|президент\w*|министр\w*|премьер\w*"
    r"|делегаци\w*|правительств\w*|лидер\w*|посол\w*|посл[аеоу]\w*|коллег\w*|руководител\w*)"
)
# (and the second of two coordinated adjectives: "les ministres camerounais et tchadien")
_ACTOR_BEFORE = re.compile(
    rf"(?<![\w-]){_ACTOR_WORD}(?:\s+[\w-]+)?(?:\s+(?:et|and|и))?\s+$", re.IGNORECASE
)
_ACTOR_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?{_ACTOR_WORD}(?![\w-])", re.IGNORECASE)


def _of_an_actor(ctx: Context, mention: Mention) -> bool:
    """Whether a state's lower-case adjective says whose an actor is, beside its noun."""
    if mention.kind != "adjective" or not mention.surface[:1].islower():
        return False
    return bool(
        _ACTOR_BEFORE.search(ctx.text, max(0, mention.start - 40), mention.start)
        or _ACTOR_AFTER.match(ctx.text, mention.end)
    )


def _sentence_lines(ctx: Context) -> list[tuple[int, int]]:
    """The spans of the sentences, cut again at line breaks (a sentence splitter may run one
    paragraph's last sentence into the next paragraph's first)."""
    return _lines_of(ctx.text, ctx.sentences)


def _lines_of(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """The spans of some sentences, cut again at line breaks."""
    spans = []
    for sentence in sentences:
        at = sentence.start
        for line in text[sentence.start : sentence.end].split("\n"):
            spans.append((at, at + len(line)))
            at += len(line) + 1
    return spans


_SIGNS_AFTER = re.compile(
    rf"^[^.;]{{0,120}}?\b(?:{SIGNING})",
    re.IGNORECASE,
)


# English writes a state's adjective, and its possessive, before the noun they describe; a
# noun of those who act ("the Tanzanian government", "Uganda's state oil company") makes the
# state one that acts, any other ("the Tanzanian route", "China's influence") a description.
# (an adjective coordinated with another, "the Congolese and Rwandan delegations", shares
# its noun: no thing read after it). Up to three words, not the first alone: the noun of
# "Niger's prime minister" is its second word.
_THING_AFTER = re.compile(r"(?:['’]s)?\s+(?!(?:and|or|nor)\b)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\b")
_ACTOR_NOUN = re.compile(
    r"\b(?:government|authorit|side|ministr|minister|president|premier|delegation|official"
    r"|counterpart|leader|state|compan|firm|group|corporation|bank|fund|agenc|army|forces|navy"
    r"|embassy|envoy|ambassador|parliament|team|partner|airline|carrier|operator|utility"
    r"|regulator|investor|lender|developer|contractor)",
)


def describes(ctx: Context, mention: Mention) -> bool:
    """Whether a state is named only to describe a thing: a lower-case adjective («подготовка
    ангольских специалистов», "des ingénieurs angolais"), or in English an adjective or a
    possessive before a noun of no actor ("the Tanzanian route", "China's influence")."""
    if mention.kind == "adjective" and mention.surface[:1].islower():
        return True
    if ctx.language != "en":
        return False
    if mention.kind != "adjective" and not _POSSESSIVE.match(ctx.text, mention.end):
        return False
    company = _POSSESSIVE_COMPANY.match(ctx.text, mention.end)
    if company and any(
        m.start == company.end() and m.kind == "organisation"
        for m in ctx.mentions_in(company.end(), company.end() + 120)
    ):
        # "with Cameroon's national oil company, the Société Nationale des Hydrocarbures
        # (SNH)": the state's possessive describes the company named next (SPEC: a company
        # signs as itself, not its state)
        return True
    thing = _THING_AFTER.match(ctx.text, mention.end)
    return bool(thing) and not _ACTOR_NOUN.search(thing.group())


def _without_described(ctx: Context, named: list[str], start: int, end: int) -> list[str]:
    """Where two sides are named by name ("ALROSA et Endiama", "Kenya and Ethiopia"), a
    state named only to describe what the text is about («подготовка ангольских
    специалистов», "to counter Tanzania's pipeline") is not who signs it."""
    found = [m for m in ctx.mentions_in(start, end) if m.kind != "seat"]
    by_name = {m.code for m in found if not describes(ctx, m)}
    by_name = {c for code in by_name for c in expand([code])}
    if len([code for code in named if code in by_name]) < 2:
        return named
    return [code for code in named if code in by_name]


def _without_subject_companies(ctx: Context, named: list[str], start: int, end: int) -> list[str]:
    """An intergovernmental text binds governments: a company named only after its
    "intergovernmental" ("the intergovernmental agreement on the joint company X", «
    межправительственное соглашение о совместном обществе «X»») is what it is about, not
    a side; one named before it may sign beside the states and stays."""
    if all(map(is_state, named)):
        return named
    word = _BETWEEN_STATES.search(ctx.text, start, end)
    if not word:
        return named
    found = [m for m in ctx.mentions_in(start, end) if m.kind != "seat"]
    before = {c for m in found if m.start < word.start() for c in expand([m.code])}
    return [code for code in named if is_state(code) or code in before]


def _adjectives_only(ctx: Context, start: int, end: int) -> bool:
    """Whether every party named between two offsets is named by a lower-case adjective."""
    found = [m for m in ctx.mentions_in(start, end) if m.kind != "seat"]
    return all(m.kind == "adjective" and m.surface[:1].islower() for m in found)


# The word an adjective qualifies, after it ("Saudi Fund", «Саудовский фонд») or before it
# ("Fonds saoudien", "ministère koweïtien")
_WORD_AFTER = re.compile(r"\s+([\w-]+)")
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
_FUND = re.compile(r"fund|fonds|фонд", re.IGNORECASE)


def _of_an_institution(text: str, mention: Mention) -> bool:
    """Whether a state's adjective qualifies one of its institutions: "the Saudi Fund for
    Development", "le Fonds saoudien de développement", «Саудовский фонд развития», "the
    Kuwaiti Ministry of Finance" (the state itself, SPEC), not "Saudi engineers"."""
    after = _WORD_AFTER.match(text[mention.end : mention.end + 40])
    before = _WORD_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    return any(
        word and (counterparts.INSTITUTION.match(word[1]) or _FUND.match(word[1]))
        for word in (after, before)
    )


def _by_adjective_only(ctx: Context, code: str, start: int, end: int) -> bool:
    """Whether a state is named between two offsets by its adjective alone, in any case
    ("Ecuadorian engineers", «эквадорских специалистов»), never by its name nor as the
    adjective of one of its institutions."""
    found = [m for m in ctx.mentions_in(start, end) if m.code == code]
    return bool(found) and all(
        m.kind == "adjective" and not _of_an_institution(ctx.text, m) for m in found
    )


def people_sides(ctx: Context, start: int, end: int) -> list[str]:
    """The parties of the people named between two offsets (by surname, any case), in order."""
    text = ctx.text[start:end]
    found: list[tuple[int, str]] = []
    for person in ctx.people:
        surname = person.name.split()[-1]
        stem = surname[: max(4, len(surname) - 2)]
        at = text.find(stem)
        if person.party and at != -1:
            found.append((at, person.party))
    return without_homes(list(dict.fromkeys(code for _, code in sorted(found))))


def _signing_organisation(ctx: Context, code: str, start: int, end: int, story: list[str]) -> bool:
    """An organisation (no state, no alliance) that is the subject of the signing: a side of
    its own beside the states the story is about."""
    if code in MEMBERS or is_state(code) or code in story:
        return False
    for mention in ctx.mentions_in(start, end):
        verb = _SIGNS_AFTER.match(ctx.text[mention.end : end])
        if mention.code == code and verb and not _PARTICIPLE.search(verb.group()):
            return True
    return False


# a minister or a ministry, whose state is left unsaid, coordinated before the organisation
# that signs ("Le ministre des Mines, X, et le directeur général de la SMB, Y, ont signé",
# "The Minister of Energy and Kalvora signed", «Министр энергетики и компания X подписали»)
_MINISTER_AND = re.compile(
    r"\b(?:minist(?:er|re|ry|ries|[eè]res?)\b|министр\w*|министерств\w*)[^.;:]{0,160}"
    r"\s(?:et|and|и)\s+[^.;:]{0,80}$",
    re.IGNORECASE,
)


def _beside_a_minister(ctx: Context, code: str, start: int, end: int) -> bool:
    """An organisation that signs as the subject beside a minister of a state the clause
    does not name: it signs with that one state, as if "avec" it, not with the story's two
    (the story's first state, whose ministers go unqualified, is that minister's)."""
    if code in MEMBERS or is_state(code):
        return False
    for mention in ctx.mentions_in(start, end):
        if mention.code != code or not _SIGNS_AFTER.match(ctx.text[mention.end : end]):
            continue
        states = [m for m in ctx.mentions_in(start, mention.start) if m.code != code]
        if not states and _MINISTER_AND.search(ctx.text, start, mention.start):
            return True
        organ = _AND_AN_ORGAN.match(ctx.text, mention.end)
        if organ and not any(m.code != code for m in ctx.mentions_in(mention.end, organ.end())):
            return True  # "UNDP and the Committee for Environmental Protection signed"
    return False


# "un mémorandum entre la BADEA et l'Agence nationale pour la promotion des investissements",
# "between the Fund and the National Investment Agency", «между Банком и Национальным
# агентством …»: the organisation's partner in the "between" is a state's institution named
# without its state (the story's, whose institutions go unqualified)
_ARTICLE = r"(?:the\s+|l[ae]\s+|l['’]|les\s+)?[«\"“]?"
_BETWEEN_JUST_BEFORE = re.compile(rf"\b(?:between|entre|между)\s+{_ARTICLE}$", re.IGNORECASE)
_AND_THEN = re.compile(
    rf"[»\"”]?\s*(?:\([^()]{{1,20}}\)\s*)?(?:and|et|и)\s+{_ARTICLE}(?P<head>(?:[\w-]+\s+)?[\w-]+)",
    re.IGNORECASE,
)
_BETWEEN_THEN = re.compile(
    rf"\b(?:between|entre|между)\s+{_ARTICLE}(?P<head>(?:[\w-]+\s+)?[\w-]+)"
    rf"[^.;:]{{0,100}}?\s(?:and|et|и)\s+{_ARTICLE}$",
    re.IGNORECASE,
)

# An organisation first, then a state's ministry or committee that no state qualifies, then
# the signing: "UNDP and the Committee for Environmental Protection signed", "le PNUD et le
# Comité de protection de l'environnement ont signé", «ПРООН и Комитет по охране окружающей
# среды подписали»: the organisation signs with the one state whose organ that is.
_AND_AN_ORGAN = re.compile(
    # (its acronym in brackets after its name: «Евразийский банк развития (ЕАБР) и
    # Министерство экономики и финансов подписали»)
    r"[»\"”]?(?:\s*\([^()]{1,20}\))?\s+(?:and|et|и)\s+(?:the\s+|le\s+|la\s+|l['’])?(?:[\w-]+\s+)?(?:minist(?:ry|[eè]re)|committee"
    r"|comit[ée]|министерств\w*|комитет\w*)\b[^.;:,()]{0,80}?\s(?:(?:have|has|ont|a)\s+)?"
    r"(?:signed|inked|initiall?ed|sign[ée]\w*|paraph[ée]\w*|подписал\w*|парафировал\w*)\b",
    re.IGNORECASE,
)


def _paired_with_an_institution(ctx: Context, code: str, start: int, end: int) -> bool:
    """An organisation (no state, no alliance) that a text's "between" pairs with an
    institution of a state the clause does not name (`_AND_THEN`, `_BETWEEN_THEN`): it signs
    with that one state, as if "avec" it."""
    if code in MEMBERS or is_state(code):
        return False
    for mention in ctx.mentions_in(start, end):
        if mention.code != code:
            continue
        after = _AND_THEN.match(ctx.text, mention.end, end)
        if after and _BETWEEN_JUST_BEFORE.search(
            ctx.text, max(start, mention.start - 20), mention.start
        ):
            return bool(counterparts.INSTITUTION.search(after.group("head")))
        before = _BETWEEN_THEN.search(ctx.text, max(start, mention.start - 160), mention.start)
        if before and not ctx.mentions_in(before.start(), mention.start):
            return bool(counterparts.INSTITUTION.search(before.group("head")))
    return False


# A past participle that describes a text ("le protocole, signé en 2019", "the protocol, signed
# in 2019", «протокол, подписанный в 2019 году») says when it was signed, not that the
# organisation named before it signs: a French participle without its auxiliary, an English
# passive (not "X, which will finance it, signed": English participles after a comma are
# finite verbs as often), a Russian participle.
_PARTICIPLE = re.compile(
    r"(?:(?<!\ba\s)(?<!\bont\s)(?<!\bavait\s)(?<!\bavaient\s)(?<!\bavons\s)(?<!\bavez\s)"
    r"\bsign[ée]e?s?|\b(?:was|were|been|being|is|are)\s+(?:signed|concluded)"
    r"|\b(?:подписанн|заключенн|заключённ)\w*)$",
    re.IGNORECASE,
)


def _signed_with(ctx: Context, code: str, start: int, end: int) -> bool:
    """An organisation (no state, no alliance) named as the one signed with ("a signé avec
    X", "signed ... with X", «подписал ... с X»)."""
    if code in MEMBERS or is_state(code):
        return False
    for mention in ctx.mentions_in(start, end):
        if mention.code == code and _WITH_BEFORE.search(ctx.text, start, mention.start):
            return True
    return False


# A table's row, its cells joined by " ; " (`clean._tables_as_rows`) or between bars, and
# one cell that is a name alone, its initials in brackets after it at most
_CELL_BEFORE = re.compile(r"(?:^|\s;|\|)\s*(?:the\s+|la\s+|le\s+|l['’]|les\s+)?$", re.IGNORECASE)
_CELL_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:;\s|\||$)")


def _in_own_cell(ctx: Context, code: str, start: int, end: int) -> bool:
    """A side (no alliance) that a table's row of texts names in a cell of its own ("Asian
    Development Bank (ADB) ; Ministry of Finance ; Loan agreement for … ; $50 million", "| 2 |
    Banque ouest-africaine de développement | Accord de prêt … |"), or by the adjective of its
    institution opening the cell ("Saudi Fund for Development ; …"): the partner of the row's
    text, as if "with" it; the ministry cell is the story's state's."""
    if code in MEMBERS:
        return False
    row = ctx.text[start:end]
    if row.count(" ; ") < 2 and row.count("|") < 3:
        return False
    for mention in ctx.mentions_in(start, end):
        if (
            mention.code == code
            and _CELL_BEFORE.search(ctx.text[start : mention.start])
            and (
                _CELL_AFTER.match(ctx.text[mention.end : end])
                or (mention.kind == "adjective" and _of_an_institution(ctx.text, mention))
            )
        ):
            return True
    return False


# (the words between are no help given: «с участием Всемирного банка», "with the
# assistance of", "avec le concours de" name a helper, no side)
_HELPER = (
    r"(?:участи|помощ|привлечени|поддержк|содействи|support|help|assistance|particip"
    r"|presence|présence|appui|soutien|concours|aide|backing|funding|financ|blessing"
    r"|b[ée]n[ée]diction|endorsement|approval|involvement|правил)"
)
_WITH_BEFORE = re.compile(
    # the signing verb, or the text's own noun ("Loan Agreement with the ADB, signed for ADB
    # by ...", "un contrat avec la BOAD", «соглашение с ЕАБР»)
    rf"\b(?:{SIGNING}"
    r"|agreements?|memorand\w*|contracts?"
    r"|contrats?|conventions?|accords?|соглашени\w*|меморандум\w*|контракт\w*|договор\w*"
    # the texts of a cooperation: "aucun texte ... sur la pêche avec l'UE", "documents ...
    # with the EU", «документов ... с Евросоюзом»
    r"|textes?|texts?|documents?|документ\w*)"
    r"[^.;]{0,100}?\s(?:with|avec|с|со)\s+"
    # a lender's money: "a loan of $15 million from the ADB", "un prêt de la BAD"
    r"|\b(?:loans?|grants?|credits?)\b[^.;]{0,60}?\sfrom\s+"
    r"|\b(?:pr[êe]ts?|cr[ée]dits?)\b[^.;]{0,60}?\s(?:de|du|des)\s+"
    rf"(?:the\s+|la\s+|le\s+|l['’]|les\s+)?(?:(?!{_HELPER})[a-zà-ÿа-яё-]+\s+){{0,2}}[«\"“]?$",
    re.IGNORECASE,
)
# A text's own "with", a few words after its noun in the same clause: "a loan agreement with
# the EDB", "un accord de prêt avec la BOAD", «кредитное соглашение с ЕАБР». Words that
# open another phrase between ("amid tensions with", "like the one ... with", a second
# verb, "between") leave the "with" to that phrase.
_OWN_WITH = re.compile(
    r"[^,;:.()]{0,80}?(?<![\w-])(?:with|avec|aupr[eè]s de|с|со)\s+"
    rf"(?:the\s+|la\s+|le\s+|l['’]|les\s+)?+(?!{_HELPER})",
    re.IGNORECASE,
)
_OTHER_PHRASE = re.compile(
    r"(?<![\w-])(?:amid|despite|after|following|like|unlike|than|that|which|whose|who|between"
    r"|tensions?|relations|ties|talks|dispute|conflict|war|border|borders|frontière|conflit"
    r"|guerre|malgré|après|comme|qui|que|dont|celui|celle|ceux|modèle|model|entre|signed"
    r"|concluded|signé\w*|conclu\w*|между|после|как|котор\w*|подписанн\w*|заключенн\w*"
    r"|напряженност\w*|конфликт\w*|границ\w*|отношени\w*"
    r"|conform[ée]ment|совместно)(?![\w-])"
    # the text is done beside them or by their rules: "in partnership with the WHO", "in line
    # with ECOWAS rules", "en partenariat avec l'OMS", «в соответствии с правилами ЭКОВАС»;
    # after "in"/"en"/«в» only: "an agreement of cooperation with UNICEF", "un accord de
    # coopération avec l'UNICEF", «меморандум о сотрудничестве с ЮНИСЕФ» name the partner
    r"|(?<![\w-])(?:in|en|в)\s+(?:[\w-]+\s+)?(?:partnership|cooperation|collaboration"
    r"|coordination|line|accordance|keeping|partenariat|coop[ée]ration|collaboration"
    r"|coordination|conformit[ée]|соответствии|партнерстве|сотрудничестве|координации)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Between "with" and its first partner, a head of a few words ("the Government of", "le
# gouvernement de la"); between partners, a comma or a coordinator.
# "with the World Bank's support", "with World Bank funding" (not "with the EDB to finance")
_HELPER_AFTER = re.compile(
    r"(?:['’]s\s+(?:[a-z-]+\s+)?|\s+)(?:support|help|assistance|backing|funding|financing"
    r"|participation|grants?|loans?)\b"
    # "with Burkina Faso as an observer", "avec le Togo comme témoin", «с Россией в качестве
    # наблюдателя», "with China's Exim Bank financing the road": who watches or pays
    r"|\s+(?:as\s+(?:an?\s+|the\s+)?|comme\s+|en\s+tant\s+que\s+|в\s+качестве\s+)"
    r"(?:observ|witness|t[ée]moin|guarant|garant|mediat|m[ée]diat|facilitat|наблюдател|гарант"
    r"|посредник)\w*"
    r"|\s+(?:financing|funding|paying\s+for|financ(?:ant|era)|финансиру\w*)\b",
    re.IGNORECASE,
)
_FIRST_PARTNER = re.compile(r"(?:[\w'’-]+\s+){0,3}?[«\"“]?")
_NEXT_PARTNER = re.compile(
    r"\s*(?:,|and|et|и)\s*(?:the\s+|la\s+|le\s+|l['’]|les\s+)?[«\"“]?", re.IGNORECASE
)


def own_partners(ctx: Context, at: int, end: int) -> list[str]:
    """The parties named right after the "with" of a text's own words starting at `at`
    (a sentence's subject signs it "with" them): "Mali and Niger signed a loan agreement
    with the EDB" has the bank as a third side. By name only, one after another ("with the
    EDB and the World Bank"): "with Chinese firms" names no state that signs."""
    found = _OWN_WITH.match(ctx.text, at, end)
    if found is None or _OTHER_PHRASE.search(ctx.text, at, found.end()):
        return []
    partners: list[Mention] = []
    cursor = found.end()
    for m in ctx.mentions_in(cursor, end):
        gap = _NEXT_PARTNER if partners else _FIRST_PARTNER
        if m.kind in ("adjective", "prefix", "seat") or not gap.fullmatch(
            ctx.text, cursor, m.start
        ):
            break
        partners.append(m)
        cursor = m.end
    if _HELPER_AFTER.match(ctx.text, cursor):
        return []  # "with the World Bank's support", "with Russian funding": a helper
    return expand([m.code for m in partners])


_BETWEEN_STATES = re.compile(
    r"intergovernmental|intergouvernemental|межправительственн|межгосударственн", re.IGNORECASE
)
_MORE_STATES = re.compile(
    r"\b(?P<n>quatre|four|четыр\w*|cinq|five|пят\w*|six|шест\w*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:pays|[ée]tats|states|countries|nations|member states|стран\w*|государств\w*)\b",
    re.IGNORECASE,
)
_COUNTS = {"quat": 4, "four": 4, "четы": 4, "cinq": 5, "five": 5, "пят": 5, "six": 6, "шест": 6}


# a pair subject that counts itself: "the two ministers", «оба министра», «главы двух стран»
_NUMBERED = re.compile(r"(?i)\b(?:two|both|deux|два|две|оба|обе|двух)\b")


@lru_cache(maxsize=256)
def _sides_count(sentence: str) -> int:
    """ "les trois pays", "tripartite": three sides; "the four Mano River Union states": four."""
    sentence = sentence.replace("ё", "е")
    more = _MORE_STATES.search(sentence)
    if more:
        word = more.group("n").lower()
        return next(n for stem, n in _COUNTS.items() if word.startswith(stem))
    return 3 if _THREE.search(sentence) else 2
