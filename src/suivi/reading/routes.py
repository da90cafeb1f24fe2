"""Places named inside the name of a route: "the Addis Ababa-Djibouti corridor", "the
Lobito corridor", "le corridor Abidjan-Lagos", «газопровод Россия — Китай».

A route, a road, a railway, a pipeline, a power line, a bridge or a border crossing is named by the
places it joins; a state named there (Djibouti, a state and its capital) is where the
project runs, not a side of what is signed about it, nor an actor of the story (SPEC: top-
level parties act). Each mention is checked by the few characters around it, never by a
scan of the whole text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from suivi.reading.context import Mention

_NOUN_EN = (
    r"(?i:corridors?|road|highway|expressway|motorway|railway|railroad|rail\s+line|rail\s+link"
    r"|pipeline|gas\s+pipeline|oil\s+pipeline|bridge|border\s+crossing|border\s+post"
    r"|crossing\s+point|one-stop\s+border\s+post|port"
    # a power line is a route of electricity: "the Ethiopia-Kenya interconnector"
    r"|interconnect(?:or|ion)|transmission\s+line|power\s+line)"
)
# the words that may stand between the places and the route ("the Nigeria-Morocco gas
# pipeline", "the Mombasa-Nairobi standard-gauge railway"): a closed list, no verb gets in
_BETWEEN_EN = (
    r"(?i:(?:gas|oil|crude|standard-gauge|economic|development|transport|trade|logistics"
    r"|transit|power|electricity|transmission|fibre|fiber|optic|water|export|natural|rail"
    r"|road|highway|dry|land|lake|sea|river|cross-border|new|old|planned|proposed)[^\S\n]+){0,3}"
)
_NOUN_BEFORE = (
    r"(?i:corridor|route|autoroute|chemin\s+de\s+fer|voie\s+ferr[ée]e|ligne\s+ferroviaire"
    r"|gazoduc|ol[ée]oduc|pipeline|pont|poste\s+fronti[eè]re|poste\s+frontalier|axe|tron[çc]on"
    r"|corridor|road|highway|railway|pipeline|bridge|коридор\w*|дорог\w*|магистрал\w*"
    r"|трасс\w*|газопровод\w*|нефтепровод\w*|трубопровод\w*|мост\w*"
    # "la ligne d'interconnexion Éthiopie-Kenya", «ЛЭП Россия — Китай», «энергомост»
    r"|ligne\s+d['’]interconnexion|interconnexion|ligne\s+(?:[àa]\s+)?haute\s+tension"
    r"|interconnect(?:or|ion)|transmission\s+line|лэп|линия\s+электропередачи|энергомост\w*)"
)
_PLACE = r"[A-ZÀ-ÝА-ЯЁ][\w'’.]*(?:\s+[A-ZÀ-ÝА-ЯЁ][\w'’.]*)?"
_DASH = r"\s*[-‐‑–—]\s*"
# a capitalised word of an institution after the route makes the whole a body's name,
# which may stand for its state ("the Tanzania-Zambia Railway Authority", "Kenya Railways
# Corporation")
_BODY_AFTER = (
    r"(?!\s+(?i:Authority|Authorities|Corporation|Company|Agency|Commission|Board|Secretariat"
    r"|Organi[sz]ation|Council|Ministry|Management|Administration)\b)"
)
_ROUTE_AFTER = re.compile(
    rf"(?:{_DASH}{_PLACE}){{0,3}}[^\S\n]+{_BETWEEN_EN}{_NOUN_EN}\b{_BODY_AFTER}"
)
# The noun before the places ("le corridor Abidjan-Lagos"): the place is one of a pair or
# more joined by dashes, so "la route du Mali" or "the road to Ghana" is none.
_ROUTE_BEFORE = re.compile(
    rf"(?<![\w-]){_NOUN_BEFORE}[^\S\n]+[«\"“]?(?P<pairs>(?:{_PLACE}{_DASH})*)$"
)
_DASH_AND_PLACE = re.compile(rf"{_DASH}{_PLACE}")
# A programme or a project named, like a route, by the pair of states it serves: "the
# Djibouti-Ethiopia Water Supply Programme", "the Kenya-Uganda Power Interconnection Project"
# (a pair only: "the Kenya Water Programme" may be one state's own, and it acts)
_NAMED_PROGRAMME = re.compile(
    rf"(?P<pairs>(?:{_DASH}{_PLACE}){{0,3}})(?:[^\S\n]+[A-Z][\w'’-]*){{0,4}}[^\S\n]+"
    r"(?:Programme|Program|Project)\b"
)
_PLACE_AND_DASH = re.compile(rf"{_PLACE}{_DASH}$")
# A state a power line reaches: "the interconnection line to Ethiopia", "la ligne
# d'interconnexion avec l'Éthiopie", «энергомост с Казахстаном»: where the line goes, no side
# of the text (the line's own noun before the "with": "un accord d'interconnexion avec le
# Nigeria" is signed with it). A transit's state is `sides._PLACE_BEFORE`'s.
_REACHED_BEFORE = re.compile(
    r"(?i:(?:lignes?\s+d['’]interconnexion(?:\s+[ée]lectrique)?|interconnection\s+lines?"
    r"|interconnectors?|энергомост\w*)"
    r"\s+(?:with|to|avec|vers|с|со)\s+(?:the\s+|la\s+|le\s+|l['’])?)$"
)


@lru_cache(maxsize=16384)
def in_route_name(text: str, mention: Mention) -> bool:
    """Whether a state or a city is named inside the name of a route, a pipeline, a bridge or
    a border crossing, not as an actor. Cached: each agreement of a long sentence asks again
    about every mention of its unit."""
    if mention.kind not in ("name", "seat"):
        return False
    if _ROUTE_AFTER.match(text, mention.end):
        return True
    if _REACHED_BEFORE.search(text, max(0, mention.start - 60), mention.start):
        return True
    programme = _NAMED_PROGRAMME.match(text, mention.end)
    if programme and (
        programme.group("pairs")
        or _PLACE_AND_DASH.search(text, max(0, mention.start - 40), mention.start)
    ):
        return True
    before = _ROUTE_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    return bool(before) and bool(before.group("pairs") or _DASH_AND_PLACE.match(text, mention.end))
