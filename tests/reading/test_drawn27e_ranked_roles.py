"""A role apposed after a name with its rank ("X, Federal Minister for Economic Affairs",
"X, Union Minister of …", «X, федеральный министр …») or as the head of a fund or a firm
("Y, Chief Executive Officer of the Fund", "Y, Managing Director of …") is read;
and "the Federal Minister said" is the one whose role holds that rank, not the last minister
named. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The agreement was signed by Mr. Kofi Mensah, Federal Minister for Economic "
            "Affairs, and Mr. James Otieno, Minister of Health of Kenya.",
            "Kofi Mensah",
            "Federal Minister for Economic Affairs",
        ),
        (
            "The agreement was signed by Mr. Kofi Mensah, Chief Executive Officer of the Ghana "
            "Investment Fund, and Mr. James Otieno, Minister of Health of Kenya.",
            "Kofi Mensah",
            "Chief Executive Officer of the Ghana Investment Fund",
        ),
        (
            "The agreement was signed by Mr. Kofi Mensah, Managing Director of the Ghana Ports "
            "Authority, and Mr. James Otieno, Minister of Health of Kenya.",
            "Kofi Mensah",
            "Managing Director of the Ghana Ports Authority",
        ),
    ],
)
def test_the_ranked_role_is_read(text, name, role):
    roles = {p.name: p.role for p in _read(text).people}
    assert (roles.get(name) or "").startswith(role)  # (a nationality in it may go to its party)


def test_the_rank_says_which_minister_speaks():
    text = (
        "Ghana and Kenya signed two agreements on trade and health.\n\n"
        "The agreements were signed by Mr. Kofi Mensah, Federal Minister for Economic Affairs, "
        "and Mr. James Otieno, Minister of Health of Kenya. The Ambassador of Kenya to Ghana, "
        "Mr. Peter Kamau, attended the ceremony.\n\n"
        'Speaking on the occasion, the Federal Minister said: "These agreements will open our '
        'markets to each other and help our exporters a great deal."'
    )
    assert [q.speaker for q in _read(text).quotes] == ["Kofi Mensah"]
