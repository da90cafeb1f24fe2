"""English people named after a long portfolio ("Minister of State for Trade and Investment
X"), and a titled name a company beside it in a pair of signers would swallow."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Minister for Energy, Water Resources and Irrigation Baburam Thapaliya met the "
            "delegation in Kathmandu on Monday.",
            "Baburam Thapaliya",
            "Minister for Energy, Water Resources and Irrigation",
        ),
        (
            "Minister of Foreign Affairs and Foreign Trade Marcus Pilgrim signed the agreement "
            "with Ghana on Tuesday.",
            "Marcus Pilgrim",
            "Minister of Foreign Affairs and Foreign Trade",
        ),
        (
            "Minister of State for Trade and Investment Olusegun Adebayo welcomed the Kenyan "
            "delegation in Abuja.",
            "Olusegun Adebayo",
            "Minister of State for Trade and Investment",
        ),
        (
            "Secretary of State for International Development Harriet Cromwell announced new "
            "funding for Malawi.",
            "Harriet Cromwell",
            "Secretary of State for International Development",
        ),
    ],
)
def test_name_after_a_long_portfolio(text: str, name: str, role: str) -> None:
    roles = {p.name: p.role for p in read(text).people}
    assert name in roles, roles
    assert roles[name] == role
    assert len(roles) == 1, roles  # no "Water Resources", no "Irrigation Baburam Thapaliya"


def test_cabinet_secretary_for_a_portfolio_names_a_person() -> None:
    reading = read(
        "Cabinet Secretary for Agriculture and Livestock Development Wanjiru Kamau signed the "
        "memorandum with Uganda."
    )
    assert [p.name for p in reading.people] == ["Wanjiru Kamau"]


def test_titled_name_coordinated_with_a_company_is_a_person() -> None:
    reading = read(
        "Four agreements were signed at the meeting. The deals were signed by Energy Minister "
        "Jurabek Mirzamakhmudov and ACWA Power chief executive Marco Arcelli."
    )
    names = {p.name for p in reading.people}
    assert {"Jurabek Mirzamakhmudov", "Marco Arcelli"} <= names


def test_portfolio_holder_coordinated_with_another_minister() -> None:
    reading = read(
        "The agreements were signed by Minister of Foreign Affairs and Foreign Trade Marcus "
        "Pilgrim and Ghana's Minister for Foreign Affairs Samuel Okudzeto Ablakwa."
    )
    roles = {p.name: p.role for p in reading.people}
    assert roles.get("Marcus Pilgrim") == "Minister of Foreign Affairs and Foreign Trade"
    assert "Samuel Okudzeto Ablakwa" in roles


def test_gulf_lineage_after_a_portfolio() -> None:
    reading = read(
        "The talks were co-chaired by Oman's Minister of Commerce, Industry and Investment "
        "Promotion Salim bin Nasser Al Harthy and India's trade minister."
    )
    roles = {p.name: p.role for p in reading.people}
    assert roles.get("Salim bin Nasser Al Harthy") == (
        "Minister of Commerce, Industry and Investment Promotion"
    )


def test_portfolio_in_an_article_is_no_company() -> None:
    reading = read(
        "Nepal and Bangladesh agreed to expand power trade. The Bangladeshi adviser met Minister "
        "for Energy, Water Resources and Irrigation Baburam Thapaliya. Nepal Electricity "
        "Authority and NTPC Vidyut Vyapar Nigam signed a power sales agreement."
    )
    assert "Baburam Thapaliya" in {p.name for p in reading.people}
