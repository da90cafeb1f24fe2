"""A body's committees named by their fields in the list its plural announces ("its two
committees: the Committee on Trade and Industry, and the Committee on Health", "ses deux
comités : le Comité de …, et le Comité de …") are bodies of the pair, one each, and the
plural that announces them is none (multidev25, session 25). Russian names them in the
genitive after the colon («двух комитетов: Комитета по …»); not read yet."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Kenya and Uganda held the third session of their Joint Permanent Commission in "
            "Nairobi. The ministers reviewed the work of its two ministerial committees: the "
            "Committee on Trade and Industry, and the Committee on Health and Education.",
            {"Committee on Trade and Industry", "Committee on Health and Education"},
        ),
        (
            "Le Sénégal et la Gambie ont tenu la troisième session de leur commission mixte à "
            "Dakar. Les ministres ont examiné les travaux de ses deux comités ministériels : le "
            "Comité de l'économie et des finances, et le Comité de la santé et de l'éducation.",
            {"Comité de l'économie et des finances", "Comité de la santé et de l'éducation"},
        ),
    ],
)
def test_listed_committees_are_bodies_of_the_pair(text, names):
    reading = read(text)
    bodies = {b.name: b for b in reading.bodies}
    assert names <= set(bodies), list(bodies)
    for name in names:
        assert len(bodies[name].parties) == 2
    assert not any("ministériels" in n or "ministerial committees" in n for n in bodies)


def test_a_committee_on_outside_a_list_is_no_body():
    reading = read(
        "Kenya and Uganda signed an agreement on trade. The Senate Committee on Foreign "
        "Relations of the United States had discussed the region."
    )
    assert not any("Committee on" in b.name for b in reading.bodies)
