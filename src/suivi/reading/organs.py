"""Alliances and regional organisations whose organs meet: their names in fr/en/ru and
their member states.

SPEC.md: a body of an alliance lists the member states that take part, not the
alliance's code. "le Conseil des ministres des Affaires étrangères de l'AES", "the
Council of Foreign Ministers of the GCC", «Совет министров обороны СНГ»: the body's
sides are the members of the alliance named right after its name.
"""

from __future__ import annotations

import re
from functools import lru_cache

# alliance -> (its names and acronyms as the press writes them, its member states)
ALLIANCES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "AES": (
        ("AES", "АГС", "КГС", "Confédération des États du Sahel", "Alliance des États du Sahel",
         "Alliance of Sahel States", "Confederation of Sahel States",
         "Конфедерация государств Сахеля", "Альянс государств Сахеля"),
        ("BFA", "MLI", "NER"),
    ),
    "ECOWAS": (
        ("CEDEAO", "ECOWAS", "ЭКОВАС", "Communauté économique des États de l'Afrique de l'Ouest",
         "Economic Community of West African States"),
        ("BEN", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "NGA", "SEN", "SLE", "TGO"),
    ),
    "WAEMU": (
        ("UEMOA", "WAEMU", "Union économique et monétaire ouest-africaine",
         "West African Economic and Monetary Union"),
        ("BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO"),
    ),
    "CEMAC": (
        ("CEMAC", "Communauté économique et monétaire de l'Afrique centrale",
         "Economic and Monetary Community of Central Africa"),
        ("CMR", "CAF", "TCD", "COG", "GNQ", "GAB"),
    ),
    "EAC": (
        ("EAC", "East African Community", "Communauté d'Afrique de l'Est",
         "Восточноафриканское сообщество"),
        ("BDI", "COD", "KEN", "RWA", "SOM", "SSD", "TZA", "UGA"),
    ),
    "SADC": (
        ("SADC", "САДК", "Southern African Development Community",
         "Communauté de développement de l'Afrique australe"),
        ("AGO", "BWA", "COM", "COD", "SWZ", "LSO", "MDG", "MWI", "MUS", "MOZ", "NAM", "SYC",
         "ZAF", "TZA", "ZMB", "ZWE"),
    ),
    "GCC": (
        ("GCC", "CCG", "ССАГПЗ", "Gulf Cooperation Council", "Conseil de coopération du Golfe",
         "Cooperation Council for the Arab States of the Gulf",
         "Совет сотрудничества арабских государств Персидского залива"),
        ("ARE", "BHR", "KWT", "OMN", "QAT", "SAU"),
    ),
    "Arab League": (
        ("Arab League", "League of Arab States", "Ligue arabe", "Ligue des États arabes",
         "Лига арабских государств", "ЛАГ"),
        ("DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR",
         "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"),
    ),
    "CIS": (
        ("CIS", "СНГ", "CEI", "Commonwealth of Independent States",
         "Communauté des États indépendants", "Содружество Независимых Государств"),
        ("ARM", "AZE", "BLR", "KAZ", "KGZ", "RUS", "TJK", "TKM", "UZB"),
    ),
    "CSTO": (
        ("CSTO", "ОДКБ", "OTSC", "Collective Security Treaty Organization",
         "Organisation du traité de sécurité collective",
         "Организация Договора о коллективной безопасности"),
        ("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"),
    ),
    "EAEU": (
        ("EAEU", "ЕАЭС", "UEEA", "Eurasian Economic Union", "Union économique eurasiatique",
         "Евразийский экономический союз"),
        ("ARM", "BLR", "KAZ", "KGZ", "RUS"),
    ),
    "Union State": (
        ("Union State", "Союзное государство", "État de l'Union"),
        ("BLR", "RUS"),
    ),
    "SCO": (
        ("SCO", "ШОС", "OCS", "Shanghai Cooperation Organisation",
         "Shanghai Cooperation Organization", "Organisation de coopération de Shanghai",
         "Шанхайская организация сотрудничества"),
        ("BLR", "CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"),
    ),
    "BRICS": (
        ("BRICS", "БРИКС"),
        ("BRA", "RUS", "IND", "CHN", "ZAF", "EGY", "ETH", "IRN", "ARE", "IDN"),
    ),
    "ASEAN": (
        ("ASEAN", "АСЕАН", "ANASE"),
        ("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"),
    ),
    "Mercosur": (
        ("Mercosur", "Mercosul", "Меркосур"),
        ("ARG", "BOL", "BRA", "PRY", "URY"),
    ),
}  # fmt: skip


def _name_pattern(name: str) -> str:
    """An acronym as written (case kept); a name case-insensitive, its Russian words with
    any case ending («Содружества Независимых Государств»)."""
    if re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", name):
        return rf"(?-i:{name})"
    words = []
    for word in re.split(r"\s+", name):
        if re.fullmatch(r"[А-Яа-яЁё]{5,}", word):
            words.append(re.escape(word[:-2]) + r"[а-яё]{0,4}")
        else:
            words.append(re.escape(word).replace("'", "['’]"))
    return r"\s+".join(words)


# any alliance's name, for a pattern that must see one ("le Conseil des ministres de la CEMAC")
ALLIANCE_NAMES = "|".join(_name_pattern(n) for names, _ in ALLIANCES.values() for n in names)


@lru_cache(maxsize=1)
def _after_name() -> list[tuple[re.Pattern, tuple[str, ...]]]:
    """For each alliance, its name as it may follow an organ's name: "de l'AES", "of the
    GCC", "(CEDEAO)", «СНГ», "de la Confédération des États du Sahel"."""
    lead = r"\s*(?:\(\s*)?(?:(?:de\s+la|de\s+l['’]|du|des|de|of\s+the|of)\s+)?"
    return [
        (
            re.compile(
                lead + r"(?:" + "|".join(_name_pattern(n) for n in names) + r")(?!\w)",
                re.IGNORECASE,
            ),
            members,
        )
        for names, members in ALLIANCES.values()
    ]


def members_after(text: str, end: int) -> list[str]:
    """The member states of the alliance named right after an organ's name ending at
    `end`, or [] when none is."""
    for pattern, members in _after_name():
        if pattern.match(text, end):
            return list(members)
    return []


@lru_cache(maxsize=1)
def _before_name() -> re.Pattern:
    """An alliance named right before an organ's name: "the ECOWAS Authority", "the GCC
    Supreme Council", "the SADC Council of Ministers"."""
    names = "|".join(
        rf"(?P<a{i}>{'|'.join(_name_pattern(n) for n in names)})"
        for i, (names, _) in enumerate(ALLIANCES.values())
    )
    return re.compile(rf"(?<!\w)(?:{names})\s+$", re.IGNORECASE)


def members_before(text: str, start: int) -> list[str]:
    """The member states of the alliance named right before an organ's name starting at
    `start`, or [] when none is."""
    m = _before_name().search(text[max(0, start - 80) : start])
    if not m:
        return []
    members = list(ALLIANCES.values())[int(m.lastgroup[1:])][1]
    return list(members)


def members_in(name: str) -> list[str]:
    """The member states of the alliance an organ's own name holds ("the BRICS Summit",
    «саммит ШОС»), or []."""
    for pattern, members in _after_name():
        if pattern.search(name):
            return list(members)
    return []
