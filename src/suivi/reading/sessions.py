"""Sessions of the bodies: their number, dates and place, held or planned.

A session is numbered only where the text numbers it ("13e session", «восьмое
заседание»); "la session précédente" or "la dernière session" with a date is a session
without a number. Its body is the one named right after it, else the body last spoken of.
Dates: the phrase closest to the session in its clause; a closing verb ("a pris fin
le 17") makes it the end, and an opening in the next sentence ("Ouverte le 15") the start.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from suivi.reading import bodies as body_stage
from suivi.reading import confidence, segments
from suivi.reading.context import Context
from suivi.reading.dates import DateSpan, find_dates
from suivi.reading.model import Body, Session
from suivi.reading.numbers import CARDINALS, ORDINAL, cardinal_value, ordinal_value
from suivi.reading.places import places_in
from suivi.reading.sectors import fold
from suivi.reading.segments import Unit, units

# "the 44th Summit of SADC Heads of State": there the summit is the body's own name
_MEETING = r"(?:session|reunion|meeting|round|edition|заседани\w*|сесси\w*|раунд\w*|саммит\w*"
_MEETING += r"|(?:summit|sommet)(?!\s+(?:of|des)\s+(?:the\s+)?(?:\w+\s+)?(?:heads|chefs)))"
_SUMMIT = re.compile(r"summit|sommet|саммит")
_EDITION = re.compile(r"edition")
# a round is one of talks (of negotiators), never a summit of leaders
_ROUND = re.compile(r"round|раунд")
# "the 44th ordinary session", «очередное заседание»
_KIND = r"(?:(?:ordinary|extraordinary|regular|annual|plenary|ordinaire|extraordinaire|pleniere"
_KIND += r"|annuelle|очередн\w*|внеочередн\w*|пленарн\w*"
# who meets: "the second Leaders' Meeting", "the 5th Ministerial Meeting", "the 3rd Senior
# Officials' Meeting", «второе министерское заседание»
_KIND += r"|leaders['’]?|ministerial|ministers['’]?|senior\s+officials['’]?|heads\s+of\s+state"
_KIND += r"|high-level|expert|experts['’]?|министерск\w*)\s+){0,2}"
# "session du Conseil", not "session du 24 au 26 mars": a date follows no body's name
_OF_OTHER = re.compile(
    r"\s*(?:ordinaire\s+|extraordinaire\s+|pleniere\s+|annuelle\s+)?(?:de\s+la|de\s+l'|du|des|of\s+the|of)\s+"
    r"(?!\d|1er\b)"
)
# "the first session since 2016" counts the years, not the sessions
_SINCE = (
    r"\s+(?:since|depuis|en\s+\d+\s+ans|in\s+\d+\s+years|после|с\s+\d"
    # "its third meeting this year", "sa troisième réunion cette année", «третье заседание в
    # этом году», "the second session of the year": a rank among the year's meetings
    r"|this\s+(?:year|month)|(?:of|in)\s+the\s+(?:year|month)|cette\s+annee|de\s+l'annee"
    r"|depuis\s+le\s+debut\s+de\s+l'annee|в\s+(?:этом|текущем|нынешнем)\s+(?:году|месяце)"
    r"|за\s+(?:этот\s+|текущий\s+)?год|с\s+начала\s+года)\b"
)
# verbs of a meeting held or to be held, right after an ordinal that stands for it
_HELD = (
    # (folded text: «пройдёт» reads «проидет»)
    r"(?:состоит\w*|состоял\w*|пройд[её]т|проид[её]т|проидут|прошл[оа]|будет\s+проведен\w*|will\s+be\s+held"
    r"|will\s+take\s+place|was\s+held|took\s+place|is\s+(?:due|scheduled|set|planned|expected)"
    # "la quatorzième s'était tenue à Khartoum", "the fourteenth had been held in 2022"
    r"|had\s+been\s+held|s'etait\s+tenue?|avait\s+eu\s+lieu|планиру\w+|намечен\w*"
    r"|se\s+tiendra|aura\s+lieu|s'est\s+tenue?|a\s+eu\s+lieu|est\s+prevue?)"
)
# (the verb straight after an ordinal alone: `_elided_ok`)
_HELD_AFTER = re.compile(r"\s+" + _HELD)
_SESSION = re.compile(
    rf"(?<![\w-])(?:(?P<ord>{ORDINAL}|[ivx]{{1,6}})\s+(?:{_KIND}{_MEETING}(?!{_SINCE})|(?=(?:grande|haute)\s+commission))"
    rf"|(?P<first>{_MEETING}\s+inaugura\w*|inaugura\w*\s+{_MEETING}|учредительн\w*\s+{_MEETING}"
    # "the first-ever meeting", "the maiden session"
    rf"|(?:first-ever|maiden)\s+{_KIND}{_MEETING})"
    rf"|(?P<last>{_MEETING}\s+(?:precedente|derniere|prochaine|suivante)"
    # (a masculine noun before: "le prochain sommet", "le dernier sommet")
    r"|(?:derniere?|precedente?|prochaine?|previous|last|next|upcoming|предыдущ\w*|последн\w*"
    # "the next (6th) session"
    # «предыдущее, второе, заседание»: the number set apart by commas before the noun
    rf"|следующ\w*|очередн\w*)(?:\s*,\s*(?P<inner>{ORDINAL})\s*,\s*|\s+(?:\(\s*(?P<paren>{ORDINAL})\s*\)\s+)?){_MEETING})(?:,\s+(?:la|le|l'|the)\s*(?P<apposed>{ORDINAL})\b)?"
    # «…, заседание прошло в Астане; четвёртое состоится в 2026 году», "; the fourth will be
    # held in 2026", "; la quatrième se tiendra en 2026": an ordinal standing for the meeting
    # just named (kept only after a session phrase of its sentence: `_elided_ok`)
    # the verb itself may be gapped, a dash in its place or the place and date straight after
    # the ordinal: «первое прошло в Ташкенте, второе — в Астане», ", the second in Astana",
    # ", la deuxième à Astana"
    # (a conjunction may open the second clause: «…, а 27-е состоится в Москве», ", and the
    # fourth will be held in Baku", ", et la quatrième se tiendra à Lomé", ", while the …")
    rf"|(?:(?<=[;,]\s)|(?<=,\sа\s)|(?<=,\sи\s)|(?<=,\sand\s)|(?<=,\set\s)|(?<=\swhile\s)|(?<=\swhereas\s)"
    rf"|(?<=\standis\sque\s))(?:(?:the|la|le)\s+)?(?P<elided>{ORDINAL})"
    rf"(?:\s+(?={_HELD}|[—–-]\s|(?:in|at|a|en|в|во)\s)"
    # "la quatrième, tenue à Dakar", "the fourth, held in Dakar", «четвёртое, состоявшееся в»
    r"|(?=,\s+(?:tenue?s?|held|organisee?s?|состоявш\w*|прошедш\w*|проходивш\w*)\s))"
    # «Заседания Совета проводятся дважды в год. Следующее пройдёт в Москве весной 2026
    # года», "The next will be held in Dakar", "La prochaine se tiendra à Lomé": "next" alone,
    # opening its sentence, stands for the meeting the sentences before have just named
    # (kept only then: `_next_ok`); so does "previous" («Предыдущее состоялось в Москве»,
    # "The previous one took place in Lima"), and either after a comma that coordinates the
    # two, an aside between it and its verb («…, следующее, как договорились стороны, пройдёт
    # в 2026 году», ", and the next, as agreed, will be held in Quito")
    r"|(?:^|(?<=,\s)|(?<=,\sand\s)|(?<=,\set\s)|(?<=,\sа\s))(?P<next>(?:следующ\w*|предыдущ\w*"
    r"|(?:la|le)\s+(?:prochaine?|precedente?|derniere?)|the\s+(?:next|previous|last)(?:\s+one)?))"
    # the aside may be the meeting's number: «следующее, четвёртое, намечено на 2027 год», ",
    # the fourth, will be held"
    rf"(?:\s*,\s*(?:the\s+|la\s+|le\s+)?(?P<nextord>{ORDINAL})\s*,|\s*,[^,.;]{{1,60}},)?\s+(?={_HELD})"
    # "La quinzième session se tiendra à N'Djamena. La quatorzième s'était tenue à Khartoum":
    # an ordinal opening its sentence, then a verb of meeting, stands for a meeting the
    # sentences before have named (kept only then: `_next_ok`)
    # "The fifth cabinet was held in Lima", "La cinquième commission s'était tenue à Dakar",
    # «Пятая комиссия прошла в Минске»: the ordinal may keep the head noun of a body the text
    # names (kept only then: `_heads_a_body`)
    r"|^(?:(?:the|la|le)\s+)?(?P<opening>" + ORDINAL + r")(?:\s+(?P<openhead>cabinet|commission"
    r"|comite|committee|council|conseil|forum|кабинет\w*|комисси\w*|комитет\w*|совет\w*))?"
    rf"\s+(?={_HELD})"
    # "after its session in Abuja", "lors de sa session du 3 mars", «на своём заседании»: the
    # meeting of the body the sentence has just named (kept only then: `_own_ok`)
    rf"|(?P<own>(?:its|sa|son|leur|сво(?:е|её|ем|ём|его)|своих)\s+{_KIND}{_MEETING}(?!\s+inaugura))"
    # "n'a tenu que quelques sessions, la dernière en 2019", "the last in 2019", «последнее — в
    # 2019 году»: the last of the meetings the sentence has just spoken of
    r"|(?<=[;,]\s)(?:(?:la|le|the)\s+)?(?P<lastone>derniere(?:\s+fois)?|precedente|last|latest"
    r"|previous|most\s+recently|(?:в\s+)?последн\w+(?:\s+раз)?|предыдущ\w+)"
    r"(?=\s*(?:[—–-]\s*)?(?:en|in|a|au|at|on|le|в|во)\s)"
    # "lors de la session de 2024 à Lomé", "at the session of 2024": a meeting named by its
    # year, of the body named before (kept only then: `_named_earlier`)
    rf"|(?P<yearof>{_MEETING})(?=\s+(?:de|of)\s+(?:19|20)\d\d(?!\d))"
    # "l'assemblée ... ; la réunion du Conseil des ministres", «заседание Совета министров»:
    # a meeting named by its body alone, kept when it is dated
    # "les travaux de la commission mixte ... ont débuté le 10 juin"
    rf"|(?P<bare>{_MEETING}|travaux)"
    # "the 9th Joint Working Group meeting", «20-й Деловой совет»: the ordinal before the name
    # "the 44th Ordinary Summit of SADC Heads of State": a kind may stand between them
    rf"|(?P<lead>{ORDINAL})\s+{_KIND}(?=\S)"
    # "the next Binational Cabinet", "la prochaine commission mixte", «следующая межправкомиссия»
    r"|(?P<nextname>(?:next|upcoming|prochaine?|следующ\w*))\s+(?=\S))"
)
_FIRST_IN_YEARS = re.compile(
    r"\b(?:in|en|за|после)\s+(?:\d+|\w+)\s+(?:years|ans|лет|год\w*)\b|\b(?:since|depuis)\b"
    r"|впервые\s+(?:за|с|после)"
)
# how far after a bare meeting word its body's name may start ("session ordinaire de la ")
_BARE_REACH = 40
_SAME_MEETING = re.compile(
    r"(?:la session|les travaux|la reunion|elle|ils|the session|the meeting|it|заседание|встреча"
    r"|работа комиссии)\b"
)
# word starts: "interministériel" holds "termin", "attended" holds "ended"
_CLOSING = re.compile(
    r"(?<!\w)(?:pris fin|achev|clotur|termin|clos\b|au terme|a l'issue|завершил|по итогам"
    r"|по завершении|ended|closed|concluded|wrapped up|at the (?:close|end))"
)
_OPENING = re.compile(r"(?<!\w)(?:ouvert|commence|debut|открыв|открыл|начал|opened|began)")


def extract(
    ctx: Context, bodies: list[Body], resolved: list[body_stage.Found] | None = None
) -> list[Session]:
    """Sessions of `bodies` the text speaks of, one per number (or date when unnumbered);
    `resolved` is `bodies.resolve(ctx)` when the caller has it (resolving costs a whole-text
    scan of every body name)."""
    if not bodies:
        return []
    if resolved is None:
        resolved = body_stage.resolve(ctx)
    spans = sorted(
        ((a, b, f.body) for f in resolved for a, b in f.spans if f.body in bodies),
        key=lambda span: span[:2],  # groups named together by field share their span
    )
    all_units = units(ctx.text)
    out: list[Session] = []
    bare: list[Session] = []
    for i, unit in enumerate(all_units):
        folded = fold(unit.text)
        phrases = [
            m
            for m in _SESSION.finditer(folded)
            if _number_ok(m)
            and not _of_another(unit, folded, m, spans)
            and (
                not m.group("elided")
                or _elided_ok(folded, m)
                or (_PREVIOUS_ONE.search(folded, 0, m.start()) and _next_ok(ctx, unit))
            )
            and (
                not (m.group("next") or m.group("opening"))
                or (m.group("openhead") and _heads_a_body(m.group("openhead"), bodies))
                or (not m.group("openhead") and _next_ok(ctx, unit, m.start()))
            )
            and (not m.group("own") or _names_before(unit, m, spans))
            and (not m.group("yearof") or any(a < unit.start + m.start() for a, _, _ in spans))
            and (not m.group("lastone") or _MET_BEFORE_LAST.search(folded[: m.start()]))
            and (not m.group("bare") or _names_body(unit, m, spans, within=True))
            # "the 32nd Ministerial Forum": the kind word may open the body's name
            and (not m.group("lead") or _names_body(unit, m, spans, reach=2, within=True))
            # "le 45e sommet de la Conférence des chefs d'État" is the body's; "the second
            # Russia-Africa summit" is an event, a meeting of no body
            and (
                not _SUMMIT.search(m.group())
                or _names_body(unit, m, spans, within=True)
                # "closed their 47th Summit", "le 68e sommet se tiendra à Lomé": a numbered
                # summit named by no other name is one of the summit the text names as a body
                or bool(m.group("ord") and _heads_a_body(_SUMMIT.search(m.group()).group(), bodies))
                # "the next summit will be held in China": so is the next one
                or bool(m.group("last") and _summit_of(_SUMMIT.search(m.group()).group(), bodies))
            )
            # "la 4e édition de la Grande commission mixte": a press word for a session, only
            # where the body is named ("la 3e édition du Salon" is none)
            and (not _EDITION.search(m.group()) or _names_body(unit, m, spans, within=True))
            # "will hold the next Binational Cabinet in Quito": "next" before the body's name
            and (not m.group("nextname") or _names_body(unit, m, spans, reach=2, within=True))
        ]
        for n, m in enumerate(phrases):
            after = [p for p in phrases[n + 1 :] if not _within_reach(m, p)]
            clause = (  # bounded, so that a page-long "sentence" stays cheap
                max(phrases[n - 1].end() if n else 0, m.start() - 400),
                min(after[0].start() if after else len(folded), m.end() + 400),
            )
            if n and not phrases[n - 1].group("bare") and _within_reach(phrases[n - 1], m):
                continue  # "the 16th BRICS Summit": the summit in the name is the numbered one
            session = _session(ctx, all_units, i, m, clause, spans, bodies)
            if session and not any(unit.start <= a < unit.end for a, _, _ in spans):
                session.body = _in_sequence(out, session)
            if session and m.group("bare"):
                bare.append(session)
            elif session:
                _merge(out, session)
    bare.extend(_met(ctx, spans))
    for session in bare:
        # a body whose sessions the text numbers: a bare "session du Conseil" is one of those,
        # unless its date sets it apart from each of them
        numbered = [old for old in out if old.body == session.body and old.number is not None]
        same = [old for old in numbered if _may_be_same(old, session)]
        if not same:
            _merge(out, session)
        elif len(same) == 1 and not (same[0].start or same[0].end):
            # "L'assemblée s'est tenue du 30 novembre au 2 décembre. C'était la 26e session":
            # the dated meeting and the numbered one are one
            same[0].start, same[0].end = session.start, session.end
            same[0].place = same[0].place or session.place
    return out


# "le Conseil des ministres, réuni les 20 et 21 décembre", "the Council, which met on 3 May",
# «Совет, собравшийся 5 мая»: a body's name followed by its meeting, dated in the clause
_MET_VERB = (
    r"\s*,?\s*(?:qui\s+|which\s+|который\s+|которая\s+)?(?:s'est\s+|se sont\s+|a\s+|has\s+)?"
    r"(?:last\s+|previously\s+|first\s+|already\s+|deja\s+|(?:в\s+)?последний раз\s+|впервые\s+)?"
    # "agreed to reconvene in January", "a convenu de se réunir à nouveau", «договорился вновь
    # собраться»: the meeting the body decides on is one to come
    r"(?:(?:agreed|decided)\s+to\s+|(?:a|ont)\s+(?:convenu|decide)\s+de\s+"
    r"|(?:договорил\w*|решил\w*)\s+(?:вновь\s+|снова\s+)?)?"
    r"(?:reuni|reunie|reunis|reunies|se\s+reunir\w*|met|convened|reconvene|meet\s+again|собраться"
    # "will next convene in Mumbai", "will meet again in May"
    r"|(?:will|would|shall)\s+(?:next\s+|again\s+)?(?:meet|convene)"
    # "is expected to meet in Cairo in spring", "is due to convene", «должна собраться»
    r"|(?:is|are|was|were)\s+(?:expected|due|scheduled|set|slated|planned)\s+to\s+(?:meet|convene)"
    # a body told to meet: "tasked the working group to meet before the end of the year",
    # "a chargé le groupe de travail de se réunir …" (above), «поручили группе собраться»
    r"|to\s+(?:meet|convene)|собраться"
    # "to be signed when the committee meets next, in Manila in 2026": the present of a
    # clause of time
    r"|meets\s+(?:next|again)"
    # «собиралась в Баку», «заседала с 3 по 5 марта»: the imperfective tells a meeting too
    r"|собрал\w*|собравш\w*|собер[её]тся|собирал\w*|заседал\w*|должн\w*\s+собраться"
    # "a tenu une session extraordinaire le 4 mars", "held a meeting on", «провёл заседание»
    r"|(?:a|ont|avait)\s+tenu\s+(?:une|sa|la)\s+(?:session|reunion)(?:\s+(?:extra)?ordinaire)?"
    # "a ouvert ses travaux le 9 mars", "opened its session on 9 March", «открыла заседание»
    r"|(?:a|ont)\s+ouvert\s+(?:ses|leurs)\s+travaux|opened\s+its\s+(?:session|meeting)"
    r"|held\s+(?:a|an|its)\s+(?:(?:extraordinary|special|regular|ordinary)\s+)?(?:session|meeting)"
    r"|(?:провел\w*|провед[её]т|проведут)\s+(?:очередное\s+|внеочередное\s+)?заседание"
    # the body told as its meeting: "la commission mixte s'est tenue du 26 au 28 février",
    # "the Joint Commission was held in Accra on 3 March", «межправкомиссия прошла 3 марта»
    r"|s'est\s+(?:tenue?|deroulee?)|se\s+tiendra|(?:was|will\s+(?:next\s+)?be)\s+held|took\s+place"
    r"|прошл[аио]|пройд[её]т|проид[её]т|состоял\w*|состоится"
    # the body acting at its meeting: «Совет … на заседании в Ашхабаде в пятницу подписал …»
    # (English and French, "at its meeting in …", "lors de sa réunion à …", read already)
    r"|на\s+(?:сво\w+\s+)?(?:очередн\w+\s+|внеочередн\w+\s+)?заседании)\b"
    # "met for the 14th time", "s'est réuni pour la deuxième fois", «собралась в пятый раз»
    rf"(?:\s+(?:for\s+the|pour\s+la|в)\s+(?P<times>{ORDINAL})\s+(?:time|fois|раз)\b)?"
)
# what may stand between the name and its verb: a relative clause ("the Joint Commission,
# which has not met for six years, would meet in Dhaka", "la commission, qui ne s'est pas
# réunie depuis 2019, se réunira à Dakar", "…, dont la dernière session remonte à 2019, se
# réunira", "…, instance de dialogue qui se réunit chaque année, a tenu sa session le 4 mars"),
# or a source told in passing («комиссия, по словам сопредседателя, соберётся», "selon le
# ministre", "according to the ministry")
_BETWEEN = (
    # the relative word in any case or role: «заседания которого проводятся ежегодно», "whose
    # meetings are held yearly"
    r"(?:\s*,\s*(?:[^.;,:]{0,40}?\s)?(?:which|whose|qui|dont|котор\w+)\s[^.;,:]{1,60},"
    r"|\s*,\s*(?:по\s+(?:словам|данным|информации)|selon|d'apres|according\s+to)\s[^.;,:]{1,60},)?"
)
_MET = re.compile(r"[^.;,:]{0,60}?" + _BETWEEN + _MET_VERB)
# the relative clause's own meeting: "the Commission, which last met in Abuja in 2019, will
# meet in New Delhi" tells two sessions; the first is dated inside its clause
_MET_BEFORE = re.compile(r"\s*,\s*(?=which|qui|которая|который|которое)" + _MET_VERB)


# "South Africa and Mozambique held the Bi-National Commission (BNC) in Pretoria on 3 June",
# "ont tenu la commission mixte le 3 juin", «провели межправкомиссию 3 июня»: holding a
# body is holding its session, dated in the clause after its name
_HELD = re.compile(
    r"(?:\b(?:held|hosted|convened|(?:ont|a|avons)\s+tenu|tenu|tiendront|will\s+hold"
    # "opened the Joint Commission", "ont ouvert les travaux de la commission mixte"
    r"|opened(?:\s+the\s+(?:proceedings|work)\s+of)?|ouvert(?:\s+les\s+travaux\s+de)?"
    # "during the Joint Ministerial Commission in Nairobi on 3 March", "lors de la commission
    # mixte", «в ходе межправкомиссии»: what happened at the body happened at its session
    r"|during|lors\s+d[eu]|в\s+ходе)"
    r"|(?<!\w)(?:провел\w*|провед\w*|открыли))\s+(?:the\s+|la\s+|le\s+|les\s+|l'\s*)?$"
)
# not "opened the Joint Commission's new office": the body's own thing, not its meeting
_AFTER_NAME = re.compile(r"(?![’']s\b)\s*(?:\([^()]{1,12}\))?")


def _met(ctx: Context, spans) -> list[Session]:
    """Unnumbered sessions told by a body's name and its meeting verb (or the verb that holds
    it), with their date."""
    folded = fold(ctx.text)
    out: list[Session] = []
    for start, end, body in spans:
        verb = _MET.match(folded, end)
        if not verb and _HELD.search(folded[max(0, start - 40) : start]):
            verb = _AFTER_NAME.match(folded, end)
        before = _MET_BEFORE.match(folded, end)
        if before and verb and before.end() != verb.end():
            # the relative clause's meeting is dated inside the clause
            out.extend(_dated_after(ctx, body, before, ","))
        if verb:
            out.extend(_dated_after(ctx, body, verb, ".;"))
    return out


def _dated_after(ctx: Context, body: Body, verb: re.Match, stops: str) -> list[Session]:
    """The session a meeting verb tells, dated right after it in its clause (up to `stops`):
    none when it is neither dated nor counted ("met for the 14th time")."""
    number = (
        ordinal_value(verb.group("times"))
        if verb.re is not _AFTER_NAME and verb.group("times")
        else None
    )
    clause = re.split(f"[{stops}]", ctx.text[verb.end() : verb.end() + 120], maxsplit=1)[0]
    dates = own_dates(clause, find_dates(clause, ctx.published))
    dates = _this_year(clause, ctx.published, dates, bool(_FUTURE.search(fold(verb.group()))))
    first = dates[0] if dates and dates[0].start <= 60 else None
    if first is None and number is None:
        return []
    start = first.value if first else None
    if start and _FUTURE.search(verb.group()):
        start = _ahead(start, clause[first.start : first.end], ctx.published)
    end_date = first and (first.until or (first.value if len(first.value) == 10 else None))
    places = places_in(ctx, verb.end(), verb.end() + len(clause))
    place = places[0][1] if places else None
    return [
        Session(
            body=body.name,
            number=number,
            start=start,
            end=end_date,
            place=place,
            confidence=confidence.session(number is not None, bool(first), bool(place)),
        )
    ]


def _in_sequence(out: list[Session], session: Session) -> str:
    """A numbered meeting its sentence names no body for is one of the body whose sessions
    the text has numbered next to it: "… tiendra sa 8e session en août. La 6e session s'était
    tenue à Moundou" (after "sa 7e session"), "The fifth meeting took place in Lima" after
    "its sixth meeting", «Пятое заседание прошло в Минске» after «шестое заседание»."""
    if session.number is None:
        return session.body
    near = [
        old.body for old in out if old.number is not None and abs(old.number - session.number) == 1
    ]
    if not near or session.body in near:
        return session.body
    return near[-1]


def _within_reach(m: re.Match, following: re.Match) -> bool:
    """A bare meeting word right after a numbered phrase is part of it ("the 16th BRICS
    Summit"): it does not end the numbered phrase's clause."""
    return bool(following.group("bare")) and following.start() - m.end() < _BARE_REACH


def _may_be_same(numbered: Session, bare: Session) -> bool:
    """Whether an unnumbered meeting may be a numbered one: it may, unless both are dated
    and their dates are more than a month apart (another year, or months further apart)."""
    a, b = numbered.start or numbered.end, bare.start or bare.end
    if not (a and b):
        return True
    if a[:4] != b[:4]:
        return False
    if len(a) < 7 or len(b) < 7:
        return True
    return abs(int(a[5:7]) - int(b[5:7])) <= 1


def _names_one(folded: str) -> bool:
    """A sentence that numbers or places a session of its own ("La session précédente")."""
    return any(not (m.group("bare") or m.group("lead")) for m in _SESSION.finditer(folded))


def _names_body(
    unit: Unit, m: re.Match, spans, reach: int = _BARE_REACH, within: bool = False
) -> bool:
    """A bare "session" or «заседание» is one of a body only when the body's name follows
    (`within`: or holds the phrase, as "sommet de la CEDEAO" holds "sommet"), in its own
    sentence: "… signed at the next ministerial meeting in 2027. The committee …" names the
    committee after the meeting, not as the meeting's."""
    start, end = unit.start + m.start(), unit.start + m.end()
    first = start if within else end
    limit = min(end + reach, unit.end)
    return any(first <= a <= limit or (within and a <= start < b) for a, b, _ in spans)


# "the last" stands for a meeting after a meeting word or verb of its sentence: "n'a tenu que
# quelques sessions, la dernière en 2019", "meets every three years, most recently in 2024"
_MET_BEFORE_LAST = re.compile(
    _MEETING + r"|(?<!\w)(?:meets?|met|se\s+reuni\w*|s'est\s+reuni\w*|собира\w*|заседа\w*)"
)


def _year_of(text: str, m: re.Match) -> list[DateSpan]:
    """ "la session de 2024": the year a meeting is named by is its date."""
    if not m.group("yearof"):
        return []
    year = re.match(r"\s+(?:de|of)\s+(\d{4})", text[m.end() :])
    return [DateSpan(m.end() + year.start(1), m.end() + year.end(1), year.group(1))]


def _names_before(unit: Unit, m: re.Match, spans) -> bool:
    """ "its session" is a body's only where its sentence has named the body before it."""
    return any(unit.start <= a < unit.start + m.start() for a, _, _ in spans)


# "depuis la précédente, la quatrième, tenue à Dakar", "since the previous one, the fourth,
# held in Dakar", «с предыдущего, четвёртого, ...»: "previous" alone stands for a meeting the
# sentences before have named, its number set apart by commas after it
_PREVIOUS_ONE = re.compile(
    r"(?:\b(?:la|le)\s+(?:precedente?|derniere?)|\bthe\s+(?:previous|last|preceding)"
    r"(?:\s+one)?|(?<!\w)предыдущ\w*)\s*,\s*(?:(?:la|le|the)\s+)?$"
)


def _elided_ok(folded: str, m: re.Match) -> bool:
    """An ordinal alone stands for a meeting only after a session phrase of its sentence; or
    after a meeting word alone where a verb of meeting follows it: «Заседания комиссии будут
    проходить раз в два года; четвертое пройдет в Минске», "Meetings are held every two
    years; the fourth will be held in Minsk"."""
    held = _HELD_AFTER.match(folded, m.end("elided"))
    return any(
        other.end() <= m.start() and not other.group("elided") and (not other.group("bare") or held)
        for other in _SESSION.finditer(folded, 0, m.start())
    )


def _next_ok(ctx: Context, unit: Unit, at: int = 0) -> bool:
    """ "Next" alone stands for a meeting only where the sentences just before name one, or
    its own sentence before it (`at`, an offset in the unit): "Its 10th meeting was held in
    Manila, and the next one is due in 2027" however far the last sentence before it."""
    return bool(re.search(_MEETING, fold(ctx.text[max(0, unit.start - 300) : unit.start + at])))


def _heads_a_body(word: str, bodies: list[Body]) -> bool:
    """Whether a noun that may head a body's name ("cabinet", "commission", «комиссия») is a
    word of the name of a body the text names ("the Peru-Bolivia binational cabinet", «
    Межправительственная комиссия по … сотрудничеству»); a case ending aside."""
    stem = fold(word)[:6]
    return any(stem == fold(w)[:6] for b in bodies for w in b.name.split())


# a body whose members are heads of state meets in summits: "la Conférence des chefs d'État",
# "the Assembly of Heads of State", «Совет глав государств»
_LEADERS_BODY = re.compile(r"chefs?\s+d'etat|heads?\s+of\s+state|глав\w*\s+государств")


def _summit_of(word: str, bodies: list[Body]) -> bool:
    """Whether "the next summit" stands for a meeting of a body the text names: a body named
    by the word ("the BRICS Summit"), or one of heads of state ("Le prochain sommet ordinaire
    se tiendra à Brazzaville" after "la Conférence des chefs d'État"; a numbered summit, "le
    deuxième sommet Russie-Afrique", may be an event of no body)."""
    return _heads_a_body(word, bodies) or any(_LEADERS_BODY.search(fold(b.name)) for b in bodies)


def _number_ok(m: re.Match) -> bool:
    """Ordinals read as Roman numerals or words must be small: "le" is not the 50th; one
    written in digits may be large ("52e session ordinaire du Conseil des ministres")."""
    if m.group("bare"):
        return True
    if m.group("last") is not None or m.group("first") is not None:
        return True
    if any(m.group(name) for name in ("next", "nextname", "own", "lastone", "yearof")):
        return True
    ordinal = (
        m.group("apposed")
        or m.group("lead")
        or m.group("ord")
        or m.group("elided")
        or m.group("opening")
    )
    if ordinal[0].isdigit():
        limit = 400  # "the 161st ordinary session of the Arab League Council"
    else:  # a Roman reading of a word stays small; "quarantieme" is spelled out
        # ("quatre-vingt-seizième", "ninety-first": a union's council numbers its sessions so)
        limit = 40 if re.fullmatch(r"[ivxl]+\s?(?:e|er|eme)?", ordinal) else 100
    return (ordinal_value(ordinal) or 0) in range(1, limit)


def _of_another(unit: Unit, folded: str, m: re.Match, spans) -> bool:
    """ "la 13e session de l'Assemblée nationale" is not a meeting of a joint body: what
    follows "session de" must be one of the bodies (or a reference to one)."""
    end = unit.start + m.end()
    if any(end <= a <= end + 90 or a < end <= b for a, b, _ in spans):
        return False
    following = folded[m.end() : m.end() + 90]
    if _OF_OTHER.match(following):
        return True
    word = re.match(r"\s+(\w)", unit.text[m.end() : m.end() + 3])
    return bool(word and re.match(r"[А-ЯЁ]", word.group(1)))


def _session(ctx, all_units, i, m, clause, spans, bodies) -> Session | None:
    unit: Unit = all_units[i]
    at = unit.start + m.start()
    # "la deuxième session ordinaire du Collège": a kind and "of" may stand before the name
    of_body = _OF_OTHER.match(fold(unit.text[m.end() : m.end() + 40]))
    reach = _BARE_REACH if m.group("bare") or of_body else 12
    body = _body_of(ctx.text, at, unit.start + m.end(), spans, bodies, reach, unit.start)
    if _ROUND.search(m.group()) and _SUMMIT.search(fold(body.name)):
        return None  # "the 16th round" of talks is no meeting of a summit the text names
    # "13e session", or "la session précédente, la 12e"
    numbered = (
        m.group("ord")
        or m.group("apposed")
        or m.group("lead")
        or m.group("paren")
        or m.group("inner")
        or m.group("elided")
        or m.group("opening")
        or m.group("nextord")
    )
    number = ordinal_value(numbered) if numbered else None
    if number is None and m.group("last") and (apposed := _apposed_after_name(unit.text, m, body)):
        number = apposed  # "La précédente session du Conseil des ministres, la 95e, …"
    if m.group("first"):  # "la session inaugurale"
        number = 1
    if number == 1 and _FIRST_IN_YEARS.search(fold(unit.text[m.start() : m.end() + 80])):
        number = None  # "the first session in 12 years" counts years, not sessions
    dates = own_dates(unit.text, find_dates(unit.text, ctx.published))
    dates = _this_year(unit.text, ctx.published, dates + _year_of(unit.text, m))
    date = _nearest_date(dates, m, clause)
    if (
        date is not None
        and _NEXT.search(m.group())
        and re.search(r"\d{4}", unit.text[date.start : date.end])
        and _before_the_page(date.value, ctx.published)
    ):
        # "recalled the 2013 agreement and agreed to sign a new one at the next meeting": a
        # meeting still to come is not held in a year gone; the date is another thing's
        date = None
    start = end = None
    closed = None if date is not None else _dateline_day(ctx, unit, clause)
    if closed:
        end = closed
        start = _opening(ctx, all_units, i) or _by_length(unit.text, end) or end
    elif date is not None:
        closing = _CLOSING.search(
            fold(unit.text[min(m.end(), date.start) : max(m.start(), date.end)])
        )
        if closing and date.until is None:
            end = date.value
            # "signé jeudi ... à l'issue des travaux": a meeting dated only by its last day
            # is held that day as far as the text tells
            start = _opening(ctx, all_units, i) or _by_length(unit.text, end) or end
        else:
            start, end = date.value, date.until or (date.value if len(date.value) == 10 else None)
            between = fold(unit.text[min(m.end(), date.start) : max(m.start(), date.end)])
            if date.until is None and _OPENING.search(between):
                end = (
                    _closing_after(unit, dates, date, clause, m)
                    or (i + 1 < len(all_units) and _closing_next(ctx, all_units[i + 1], start))
                    or end
                )
    elif number is None and _THIS_ONE.search(unit.text, max(0, m.start() - 8), m.start()):
        # "dans son discours d'ouverture de cette session ordinaire de la Conférence", "at
        # this session of the Council", «на этом заседании Совета»: the meeting the story
        # reports, held on the story's day
        from suivi.reading.agreements import _event_date

        start = _event_date(ctx)
        if start is None:
            return None
        return Session(
            body=body.name,
            number=None,
            start=start,
            end=None,
            place=_nearest_place(ctx, unit, m, clause),
            confidence=confidence.session(False, True, False),
        )
    elif number is None:
        # "to be signed at the next meeting of the Commission. The meeting is scheduled for
        # November in Nairobi", «…на следующем заседании комиссии. Заседание запланировано на
        # ноябрь»: a meeting still to come is dated by the sentence that opens on it, as a
        # bare one is
        coming = bool(m.group("last") and _NEXT.search(fold(m.group())))
        told = _told_after(ctx, all_units, i) if m.group("bare") or coming else None
        if told is None:
            return None
        start, end, told_place = told
        if coming and ctx.published and len(start) == 7:
            start = _month_ahead(start, ctx.published)
        place = _nearest_place(ctx, unit, m, clause) or told_place
        return Session(
            body=body.name,
            number=None,
            start=start,
            end=end,
            place=place,
            confidence=confidence.session(False, True, bool(place)),
        )
    if start and len(start) == 7 and _NEXT.search(m.group()) and ctx.published:
        start = _month_ahead(start, ctx.published)
    elif date is not None and _FUTURE.search(fold(unit.text[m.end() : date.start])):
        start = _ahead(start, unit.text[date.start : date.end], ctx.published)
    place = _nearest_place(ctx, unit, m, clause)
    if date is None and not closed and i + 1 < len(all_units):
        start, end, place = _told_next(ctx, all_units[i + 1], place)
    return Session(
        body=body.name,
        number=number,
        start=start,
        end=end,
        place=place,
        confidence=confidence.session(number is not None, bool(start or end), bool(place)),
    )


_APPOSED_ORDINAL = re.compile(rf",\s+(?:la|le|l'|the)\s*(?P<n>{ORDINAL})(?!\w)")


def _apposed_after_name(text: str, m: re.Match, body: Body) -> int | None:
    """The number an apposition gives after the body's name: "La précédente session du Conseil
    des ministres, la quatre-vingt-quinzième, s'était tenue …", "The previous session of the
    Council, the 95th, was held …"."""
    folded = fold(text)
    gap = _OF_GAP.match(folded, m.end())
    name = fold(body.name)
    if not folded.startswith(name, gap.end()):
        return None
    apposed = _APPOSED_ORDINAL.match(folded, gap.end() + len(name))
    return ordinal_value(apposed["n"]) if apposed else None


# "the next meeting", "la prochaine session", «следующее заседание»: one still to come
_NEXT = re.compile(r"(?<!\w)(?:next|upcoming|prochaine?|suivante|следующ\w*)(?!\w)")


# "avant la fin de l'année", "before the end of the year", «до конца года»: a meeting's
# time limit (not a signing's date, so the date reader leaves it to the sessions)
_YEAR_END = re.compile(
    r"(?<!\w)(?:(?:avant|d['’]ici)\s+la\s+fin\s+de\s+l['’]ann[ée]e"
    r"|(?:before|by)\s+(?:the\s+end\s+of\s+the\s+year|year['’]s\s+end)"
    r"|до\s+конца\s+(?:этого\s+|текущего\s+)?года)(?!\w)",
    re.IGNORECASE,
)
# "later this year", "au second semestre", «во втором полугодии» with no year: a part of the
# page's own year, but loose ("qui assure cette année la présidence"): a meeting's date only
# where its sentence has no other
_YEAR = r"(?!\s+(?:de\s+l['’]ann[ée]e\s+|of\s+)?\d{4})"
_THIS_YEAR = re.compile(
    r"(?<!\w)(?:cette\s+ann[ée]e|(?:au\s+cours|dans\s+le\s+courant)\s+de\s+l['’]ann[ée]e"
    r"|(?:au\s+cours\s+du\s+|au\s+|d['’]ici\s+le\s+)(?:premier|second|deuxi[eè]me)\s+semestre"
    + _YEAR
    + r"|this\s+year|later\s+in\s+the\s+year"
    r"|(?:first|second)\s+half\s+of\s+(?:the|this)\s+year"
    r"|в\s+(?:этом|текущем|нынешнем)\s+году"
    r"|во?\s+(?:первом|втором)\s+полугодии(?:\s+(?:этого|текущего)\s+года)?" + _YEAR + r")(?!\w)",
    re.IGNORECASE,
)


# A season without its year ("scheduled for the autumn in Bishkek", "au printemps",
# «осенью»): the season of the page's year, or of the year before or after where the season is
# over or still to come while the sentence says the meeting is not (the dates reader takes a
# season with its year: "in spring 2026"). A season must end its phrase in English and French:
# "for the summer irrigation season" names no meeting's time.
_SEASON = re.compile(
    r"(?<!\w)(?:(?:in|for|during|by|this|next|late|early)\s+(?:the\s+)?(?P<en>autumn|fall|spring"
    r"|summer|winter)(?=\s*(?:[,.;:)]|$|(?:in|at|to|when)\b))"
    r"|(?:[aà]\s+l['’]|en\s+|cet\s+|au\s+|d['’]ici\s+l['’])(?P<fr>automne|printemps|[ée]t[ée]"
    r"|hiver)(?=\s*(?:[,.;:)]|$|(?:[aà]|au|en|prochain|lorsque)\b))"
    r"|(?P<ru>осенью|весной|летом|зимой)(?!\s+(?:\w+\s+)?года))(?!\s*(?:de\s+|of\s+)?\d{4})",
    re.IGNORECASE,
)
_SEASON_MONTHS = {
    "autumn": (9, 11),
    "fall": (9, 11),
    "automne": (9, 11),
    "осенью": (9, 11),
    "spring": (3, 5),
    "printemps": (3, 5),
    "весной": (3, 5),
    "summer": (6, 8),
    "ete": (6, 8),
    "летом": (6, 8),
}  # winter straddles two years: the page's own


def _season_year(m: re.Match, text: str, published: str, to_come: bool) -> str:
    """The year of a season said without one: the page's, unless the season is over though
    the meeting is still to come (next year's) or still ahead though the meeting is told
    held (last year's); `to_come`: the verb before `text` told it to come."""
    word = fold(m.group("en") or m.group("fr") or m.group("ru")).lower()
    year = int(published[:4])
    if len(published) < 7:
        return str(year)
    month = int(published[5:7])
    first, last = next((v for k, v in _SEASON_MONTHS.items() if fold(k) == word), (0, 13))
    to_come = to_come or bool(_FUTURE.search(fold(text)) or _NEXT.search(fold(text)))
    if to_come and last < month:
        return str(year + 1)
    if not to_come and first > month:
        return str(year - 1)
    return str(year)


def _this_year(
    text: str, published: str | None, dates: list[DateSpan], to_come: bool = False
) -> list[DateSpan]:
    """`dates` with the page's year where the text says a meeting is held before the end of
    the year, or in a part of it or a season (when it gives no other date), sorted by
    place; `to_come`: a verb before `text` told the meeting still to come."""
    if not published:
        return dates
    said = [*_YEAR_END.finditer(text), *([] if dates else _THIS_YEAR.finditer(text))]
    year = [DateSpan(m.start(), m.end(), published[:4]) for m in said]
    seasons = [] if dates or year else _SEASON.finditer(text)
    year += [
        DateSpan(m.start(), m.end(), _season_year(m, text, published, to_come)) for m in seasons
    ]
    return sorted(dates + year, key=lambda d: d.start)


# a meeting still to come: "se tiendra", "will be held", «пройдёт» (folded: «проидет»)
_FUTURE = re.compile(
    r"(?<!\w)(?:se\s+tiendra|se\s+reunira|aura\s+lieu|devrait|will|shall"
    r"|(?:is|are)\s+(?:due|expected|scheduled|set|slated|planned)|пройд[её]т|проид[её]т|состоится"
    r"|собер[её]тся|провед[её]т|проведут|будет|планиру\w*|намечен\w*|запланирован\w*)(?!\w)"
)


def _ahead(start: str, said: str, published: str | None) -> str:
    """ "will meet in November", read in March: a month said without its year, of a meeting
    still to come, is the first such month on or after the page's own."""
    if not published or len(start) != 7 or re.search(r"\d{4}", said):
        return start
    return _month_ahead(start, published)


def _before_the_page(value: str, published: str | None) -> bool:
    """Whether a date whose year the text writes lies in a year before the page's own (a
    day just gone may be the day the next meeting was agreed on, told a day later; a month
    without its year is placed by `_month_ahead`)."""
    return bool(published) and value[:4] < published[:4]


def _month_ahead(month: str, published: str) -> str:
    """ "The next meeting is due in September" read in March: a month without a year of a
    meeting still to come is the first such month on or after the page's own month, not the
    nearest one (last September is as near)."""
    if month >= published[:7]:
        return month
    return f"{int(month[:4]) + 1:04d}{month[4:]}"


def _closing_after(
    unit: Unit, dates: list[DateSpan], opened: DateSpan, clause: tuple[int, int], m: re.Match
) -> str | None:
    """ "which opened on Monday, closed in Accra on Wednesday", «открывшееся в понедельник,
    завершилось в среду»: a later date of the clause after a closing verb is the end; so is
    one before the session told with its closing ("on Wednesday concluded the session …,
    which opened on Monday")."""
    folded = fold(unit.text)
    for d in dates:
        if opened.end <= d.start < clause[1] and _CLOSING.search(folded[opened.end : d.start]):
            return d.until or d.value
    for d in reversed(dates):
        if (
            clause[0] <= d.start
            and d.end <= m.start()
            and _CLOSING.search(folded[d.end : m.start()])
        ):
            return d.until or d.value
    return None


def _dateline_day(ctx: Context, unit: Unit, clause: tuple[int, int]) -> str | None:
    """ "ХАНОЙ, 23 сентября. /ТАСС/. 26-е заседание … завершило работу в Ханое": a session
    said to close, with no date in its clause, closes on the day its paragraph's dateline
    tells (a wire's dateline is the day of the news it opens)."""
    if not _CLOSING.search(fold(unit.text)[clause[0] : clause[1]]):
        return None
    head = segments.dateline(ctx.text, unit.start)
    if not head:
        return None
    days = [d.value for d in find_dates(head.group(), ctx.published) if len(d.value) == 10]
    return days[0] if days else None


def _closing_next(ctx: Context, unit: Unit, start: str) -> str | None:
    """ "Elle a pris fin le 11 octobre" after "s'est ouverte le 9 octobre" gives the end
    (its year, when it gives none, is the opening's)."""
    folded = fold(unit.text)
    if not (_SAME_MEETING.match(folded) and _CLOSING.search(folded)) or _names_one(folded):
        return None
    dates = find_dates(unit.text, ctx.published or start)
    return dates[0].value if dates else None


# a sentence that opens on the meeting by its noun ("La session s'est tenue le 3 mars", «Заседание
# совета состоялось 21 августа», "The meeting took place on 3 March"), no pronoun
_MEETING_NOUN = re.compile(r"(?:la session|la reunion|the session|the meeting|заседание)\b")


def _told_after(ctx: Context, all_units: list[Unit], i: int):
    """An undated meeting named by its body alone («В Баку прошло заседание Совета …»), dated
    by the sentence that opens on the meeting next or one sentence further on («Заседание совета
    состоялось 21 августа»): (start, end, place), or None when neither dates it."""
    for k, unit in enumerate(all_units[i + 1 : i + 3]):
        if k and not _MEETING_NOUN.match(fold(unit.text)):
            continue
        start, end, place = _told_next(ctx, unit, None)
        if start:
            return start, end, place
    return None


def _told_next(ctx: Context, unit: Unit, place: str | None):
    """ "Заседание прошло 2–3 апреля в Москве": the next sentence dates the session."""
    folded = fold(unit.text)
    if not _SAME_MEETING.match(folded) or _names_one(folded):
        return None, None, place  # "La session précédente ..." is another one
    dates = find_dates(unit.text, ctx.published)
    if not dates:
        return None, None, place
    first = dates[0]
    end = first.until or (first.value if len(first.value) == 10 else None)
    places = places_in(ctx, unit.start, unit.end)
    return first.value, end, place or (places[0][1] if places else None)


_THIS_ONE = re.compile(r"(?<![\w-])(?:cette|this|этом|этой|этого|данном|данной)\s+$", re.I)
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w-])(?:sa|son|its|сво(?:е|её|ем|ём|его|ей|ю)|его|её|ее)\s+$", re.IGNORECASE
)


def _body_of(
    text: str, start: int, end: int, spans, bodies: list[Body], reach: int = 12, sentence: int = -1
) -> Body:
    """The body named right after the session phrase, else the last one spoken of before
    (not one named only as another's complement: «Рабочая группа по транспорту
    Межправительственной комиссии провела четвёртое заседание» is the group's). A body its
    own sentence names before the phrase (from `sentence`, the sentence's start) is the one
    whose meeting it is, even where a commission was named in an earlier sentence: "Le
    comité de pilotage, qui se réunit tous les six mois, tiendra sa 8e session en août"."""
    for a, b, body in spans:  # "le 45e sommet de la CEDEAO": the phrase is in the name
        if start < a < end or (a <= start and b > end):
            return body
    for a, _, body in spans:
        if end <= a <= end + reach:
            return body
    before = [body for a, _, body in spans if a < start and not _complement(text, a, spans)]
    founder = _founder(text, start, spans)
    if founder is not None:
        return founder
    if _POSSESSIVE_BEFORE.search(text, max(0, start - 12), start):
        # "chargé le Conseil des ministres de … lors de sa prochaine session": its own
        # meeting is that of the body its sentence has just named, whatever type it is
        near = [
            body
            for a, b, body in spans
            if start - 200 < a and b <= start and not re.search(r"[.!?;]\s", text[b:start])
        ]
        if near:
            return near[-1]
    own = [
        body
        for a, _, body in spans
        if sentence >= 0 and sentence <= a < start and not _complement(text, a, spans)
    ]
    if own:
        return own[-1]
    commissions = [b for b in before if body_stage.type_of(b.name) == "commission"]
    if commissions:
        return commissions[-1]
    return before[-1] if before else _alike(text[start : end + reach + 30], bodies)


# a verb that founds the body named right after it: "agreed to set up a task force",
# "a décidé de créer un groupe de travail", «решили создать рабочую группу»
_FOUNDS = re.compile(
    r"(?i:(?<!\w)(?:set\s+up|establish|create|form|launch|cr[ée]er|mettre\s+en\s+place"
    r"|instituer|создать|учредить|образовать)\s+(?:(?:a|an|the|new|joint|un|une|le|la"
    r"|nouvel(?:le)?|nouveau|новую|новый|совместную)\s+){0,3})$"
)


def _founder(text: str, start: int, spans) -> Body | None:
    """The body that founds the last one named before a session phrase, in one sentence:
    "the Authority agreed to set up a task force and to hold its 81st Meeting in May" -
    its meetings are the Authority's; the task force is only being set up. None where the
    last body named is not being founded."""
    before = [(a, body) for a, _, body in spans if a < start and not _complement(text, a, spans)]
    if len(before) < 2 or not _FOUNDS.search(text[max(0, before[-1][0] - 60) : before[-1][0]]):
        return None
    a, body = before[-2]
    if re.search(r"[.!?]\s+\S", text[a : before[-1][0]]) or body is before[-1][1]:
        return None
    return body


_WORD = re.compile(r"\w{4,}")


def _alike(phrase: str, bodies: list[Body]) -> Body:
    """The body a session phrase told before any name resembles most ("la troisième réunion
    ministérielle du format trilatéral" is the "réunion ministérielle trilatérale" named
    later, not the "groupe de travail" named first): the most words in common, else the
    first body."""
    words = set(_WORD.findall(fold(phrase)))
    shared = [len(words & set(_WORD.findall(fold(b.name)))) for b in bodies]
    return bodies[shared.index(max(shared))]


# between a body's name and the body it is of: "of the", "de la", or nothing (a genitive)
_OF_GAP = re.compile(r"\s*(?:(?:of\s+the|of|de\s+la|de\s+l['’]|du|des)\s+)?")


def _complement(text: str, at: int, spans) -> bool:
    """Whether the name starting at `at` is the complement of another body's name just before
    ("the working group of the Joint Commission", «группа … Межправительственной комиссии»)."""
    return any(b <= at and _OF_GAP.fullmatch(text[b:at]) for _, b, _ in spans)


# "for the first time since 2016", «впервые с 2016 года»: a date that counts from, not of
_SINCE_BEFORE = re.compile(r"(?:\b(?:since|depuis|apres|after|после)|(?<!\w)с)\s+$")


# A participle of founding describes the body: "le groupe de travail, créé en 2022", "the
# working group, set up in 2022", «рабочей группы, созданной в 2022 году», "du format
# trilatéral lancé en 2023", "the format launched in 2023" date its creation, not the
# meeting the clause tells of
_CREATED_BEFORE = re.compile(
    r"(?<!\w)(?:creee?s?|institue?e?s?|mise?s?\s+en\s+place|fondee?s?|lancee?s?|created"
    r"|established|set\s+up|founded|formed|launched|созданн\w*|учрежденн\w*|образованн\w*"
    r"|основанн\w*|запущенн\w*)"
    r"(?:\s+(?:en|le|au|in|on|в|во))?\s*$"
)


def own_dates(text: str, dates: list[DateSpan]) -> list[DateSpan]:
    """The dates of a clause that may be a meeting's own: not those counted from ("depuis
    2016"); a Russian «с» opens a range too («с 12 по 14 мая»), so it rules out years only."""
    kept = []
    for d in dates:
        # the phrase may hold its own preposition ("since 2016")
        head = re.match(r"\s*\w+\s+", fold(text[d.start : d.end]))
        before = fold(text[max(0, d.start - 12) : d.start] + (head.group() if head else ""))
        since = _SINCE_BEFORE.search(before)
        if since and (not since.group().startswith("с") or len(d.value) == 4):
            continue
        if _CREATED_BEFORE.search(
            fold(text[max(0, d.start - 40) : d.start]) + (head.group() if head else "")
        ):
            continue  # "le groupe de travail, créé en 2022", «группы, созданной в 2022 году»
        kept.append(d)
    return kept


def _nearest_date(dates: list[DateSpan], m: re.Match, clause: tuple[int, int]) -> DateSpan | None:
    after = [d for d in dates if m.end() <= d.start < clause[1]]
    if after:
        return after[0]
    before = [d for d in dates if clause[0] <= d.end <= m.start()]
    return before[-1] if before else None


def _opening(ctx: Context, all_units: list[Unit], i: int) -> str | None:
    """ "Ouverte le 15 novembre" near the closing sentence gives the start."""
    for unit in all_units[i : i + 3]:
        folded = fold(unit.text)
        opening = _OPENING.search(folded)
        if opening:
            dates = [
                d for d in find_dates(unit.text, ctx.published) if d.start >= opening.start() - 3
            ]
            if dates:
                return dates[0].value
    return None


_COUNT = r"\d{1,2}|" + "|".join(sorted(CARDINALS, key=len, reverse=True))
# how long a meeting lasted: "au terme de trois jours de travaux", "after two days of talks",
# "a three-day session", «трёхдневное заседание», «по итогам двухдневных переговоров»
_LENGTH = re.compile(
    rf"\b(?P<n>{_COUNT}) (?:jours|days) (?:de |d'|of )(?:travaux|discussions|debats|reunions?"
    r"|negociations|deliberations|talks|work|meetings?)"
    rf"|\b(?P<n2>{_COUNT})[- ](?:day|jours?)\b"
    r"|\b(?P<ru>двух|тр[её]х|четыр[её]х|пяти)дневн\w*"
)


def _by_length(text: str, end: str | None) -> str | None:
    """The first day of a meeting told by its last day and its length ("s'est achevée le 12
    mars, au terme de trois jours de travaux" opened on the 10th)."""
    length = _LENGTH.search(fold(text))
    if not length or not end or len(end) != 10:
        return None
    word = length.group("n") or length.group("n2") or length.group("ru")
    days = cardinal_value(word) if word[0].isdigit() or word in CARDINALS else None
    if length.group("ru"):
        days = {"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5}[word]
    if not days or not 1 < days < 8:
        return None
    return (date.fromisoformat(end) - timedelta(days=days - 1)).isoformat()


def _nearest_place(ctx: Context, unit: Unit, m: re.Match, clause: tuple[int, int]) -> str | None:
    places = places_in(ctx, unit.start + clause[0], unit.start + clause[1])
    if not places:
        return None
    at = unit.start + m.start()
    # «… прошло в Астане; четвёртое заседание состоится в Туркестане»: a place across a
    # semicolon is another clause's
    own = [p for p in places if ";" not in ctx.text[min(p[0], at) : max(p[0], at)]]
    return min(own, key=lambda p: abs(p[0] - at))[1] if own else None


def _merge(out: list[Session], new: Session) -> None:
    """One session per body and number (or start): later mentions fill what is missing."""
    if new.number is None and new.start is None:
        return
    for old in out:
        same_number = new.number is not None and old.number == new.number
        # "la 2e session ... s'est tenue le 22" and "la session du Collège du 22" are one
        same_start = (new.number is None or old.number is None) and old.start == new.start
        if old.body == new.body and (same_number or (same_start and new.start)):
            old.number = old.number or new.number
            old.start = old.start or new.start
            old.end = old.end or new.end
            old.place = old.place or new.place
            old.confidence = confidence.session(
                old.number is not None, bool(old.start or old.end), bool(old.place)
            )
            return
    out.append(new)
