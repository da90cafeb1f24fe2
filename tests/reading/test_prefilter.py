"""`prefilter`: the patterns left out of a search are among those that match nowhere."""

from __future__ import annotations

import random
import re

import pytest

from suivi.reading import prefilter, sectors


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:energ\w*|gaz\b|нефт\w*)", {"energ", "gaz", "нефт"}),
        (r"(?<!sa )carrieres?\b", {"carri"}),
        (r"(?:in |en )?crim", {"in cr", "en cr", "crim"}),
        (r"ab[cd]e", {"abce", "abde"}),
        (r"x{2,3}y", {"x"}),  # a repeat read once only: shorter, never wrong
        (r"(a)\1", {"a"}),  # nothing read past a back-reference
        (r"ab(?=cd)ef", {"abef"}),  # zero width read past: wider, never wrong
        (r"agri(?:culture)?\b", {"agric", "agri"}),
    ],
)
def test_heads_are_the_letters_every_match_begins_with(pattern: str, expected: set[str]) -> None:
    assert prefilter.heads(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+ing",  # any letter first
        r"(?:\w+ )?transport",  # may begin with any word
        r"(?:agri)?",  # may match nothing
        r"[^a]bc",  # any letter but one
        r"(?i:sante)",  # case-blind
    ],
)
def test_heads_unknown_where_a_match_may_begin_otherwise(pattern: str) -> None:
    assert prefilter.heads(re.compile(pattern)) is None


def test_a_case_blind_pattern_is_always_searched() -> None:
    table = prefilter.Heads([re.compile("sante", re.IGNORECASE), re.compile("energie")])
    assert table.candidates("SANTÉ") == [0]
    assert table.candidates("la santé, l'énergie") == [0]
    assert table.candidates("l'energie") == [0, 1]


PATTERNS = [
    re.compile(p)
    for p in (
        r"\b(?:energ(?:ie|y)\w*|petrol\w*|gaz\b)",
        r"(?<!plan de )(?:mines?|mining)\b",
        r"\b(?:sant[ée]|health)(?: animale?)?",
        r"\bx{2,}y",
        r"[a-c]{2}d",
        r"\b(?:(?:in |en )?criminal|penal) (?:matters|justice)",
        r"\bнефт\w*|\bгаз\w*",
        r"\d+ ans",
    )
]


def test_every_matching_pattern_is_a_candidate_on_random_texts() -> None:
    words = "energie energy gaz petrole mines mining plan de sante health animale xxy xy abd"
    words += " in en criminal penal matters justice нефть газ 12 ans a b c d"
    vocabulary = [*words.split(), " ", ",", "-", "'"]
    table = prefilter.Heads(PATTERNS)
    chance = random.Random(26)
    for _ in range(2000):
        text = " ".join(chance.choice(vocabulary) for _ in range(chance.randint(0, 12)))
        text = text.replace(" ", chance.choice(["", " "]), chance.randint(0, 2))
        kept = table.candidates(text)
        assert kept == sorted(kept)
        matching = [i for i, p in enumerate(PATTERNS) if p.search(text)]
        assert set(matching) <= set(kept), text


def test_sector_heads_keep_every_sector_word_found() -> None:
    phrases = [
        "accord dans les domaines de l'énergie nucléaire civile, des hydrocarbures et des mines",
        "memorandum on health, agriculture, fisheries, the digital economy and tourism",
        "соглашение о сотрудничестве в области нефти и газа, образования и культуры",
        "transport of goods, freight corridors and port infrastructure",
        "une phrase sans rien",
    ]
    for phrase in phrases:
        folded = sectors.fold(phrase)
        kept = set(sectors._SECTOR_HEADS.candidates(folded))
        for i, (regex, _) in enumerate(sectors.SECTOR_PATTERNS):
            if regex.search(folded):
                assert i in kept, (phrase, regex.pattern[:60])
        assert len(kept) < len(sectors.SECTOR_PATTERNS) / 2  # most are left out


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["abc", "ab", "abd"], "ab(?:c||d)"),
        (["abcx", "ab", "abcy"], "ab(?:cx||cy)"),  # a word ending between keeps its place
        (["the company", "the firm", "firm"], r"(?:the\ (?:company|firm)|firm)"),
    ],
)
def test_alternation_shares_beginnings_in_the_words_order(words: list[str], expected: str) -> None:
    assert prefilter.alternation(words) == expected


def test_alternation_case_blind_joins_the_cases_of_a_letter() -> None:
    tree = prefilter.alternation(["Company", "company", "Société", "société"], ignorecase=True)
    assert tree == "(?:Company|Société)"
    assert re.fullmatch(f"(?i:{tree})", "SOCIÉTÉ")


@pytest.mark.parametrize("ignorecase", [False, True])
def test_alternation_matches_as_the_plain_one_with_what_follows(ignorecase: bool) -> None:
    chance = random.Random(10)
    letters = "abAB sſ-кК"
    tails = [r"", r"\s+X", r"b?c", r"(?=\s)", r"\w{2}", r"(?!a)"]
    flag = "(?i:" if ignorecase else "(?:"
    for _ in range(400):
        words = [
            "".join(chance.choice(letters) for _ in range(chance.randint(1, 4)))
            for _ in range(chance.randint(1, 8))
        ]
        tail = chance.choice(tails)
        plain = re.compile(f"(?P<w>{flag}{'|'.join(map(re.escape, words))})){tail}")
        tree = re.compile(f"(?P<w>{flag}{prefilter.alternation(words, ignorecase)})){tail}")
        for _ in range(20):
            text = "".join(chance.choice(letters + "cX") for _ in range(chance.randint(0, 14)))
            assert [m.span("w") + m.span() for m in plain.finditer(text)] == [
                m.span("w") + m.span() for m in tree.finditer(text)
            ], (words, tail, text)


def test_alternation_case_blind_keeps_the_order_of_letters_re_takes_as_one() -> None:
    # "ſ" (long s) matches "s" case-blind: the three words are tried in their own order
    words = ["sa", "ſ", "sab"]
    plain = re.compile(f"(?i:{'|'.join(words)})(?!b)")
    tree = re.compile(f"(?i:{prefilter.alternation(words, ignorecase=True)})(?!b)")
    assert plain.match("sab").span() == tree.match("sab").span() == (0, 1)
