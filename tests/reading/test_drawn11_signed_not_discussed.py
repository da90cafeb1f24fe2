"""A text the sentence tells as signed, then says was not discussed («проект, контракт по
которому … был подписан в 2023 году, на встрече не обсуждался», "the accord, signed in 2019,
was not discussed"), exists: only that day's talks left it out. SPEC lists agreements
mentioned in passing with their own status and date. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Судьба медного проекта компании Rio Tinto, контракт по которому с государственной "
            "компанией Erdenes Mongol был подписан в 2021 году, на встрече не обсуждалась.",
            "2021",
        ),
        (
            "Будущее газового месторождения, соглашение о разработке которого было подписано "
            "Туркменистаном и Китаем в 2019 году, на переговорах не обсуждалось.",
            "2019",
        ),
        (
            "The fisheries accord, which Senegal and Mauritania signed in 2018, was not "
            "discussed at the meeting.",
            "2018",
        ),
        (
            "A port contract that Tanzania and DP World signed in 2022 was not discussed during "
            "the visit.",
            "2022",
        ),
        (
            "L'accord de pêche, que le Sénégal et la Gambie ont signé en 2017, n'a pas été "
            "abordé lors de la rencontre.",
            "2017",
        ),
    ],
)
def test_the_signed_text_is_kept(text, year):
    agreements = read(text.encode(), "article.txt").agreements
    assert any(a.status == "signed" and (a.date or "").startswith(year) for a in agreements)


def test_a_text_only_rumoured_and_not_discussed_is_dropped():
    text = "A defence pact between Chad and Sudan was not discussed at the summit."
    assert read(text.encode(), "article.txt").agreements == []
