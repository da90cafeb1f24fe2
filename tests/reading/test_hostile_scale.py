"""Bad input of the wrong size or shape (issue 10): a valid reading in bounded time.

BOUND is generous on purpose (this machine has two cores shared by several workers):
a reading that takes longer than it on one of these inputs has gone quadratic, which is
what the bound is there to catch. The models are loaded before the clock starts, and the
clock is the process's CPU time: wall time counts what other workers do on the same cores
(the two-thousand-agreement article took 14 s alone and over 20 s beside a full suite).
"""

from __future__ import annotations

import time

import pytest
from test_hostile import assert_valid

from suivi.reading.pipeline import read

BOUND = 20.0  # CPU seconds for one document, models already loaded

DOMAINS = [
    ("de l'énergie", "energy"),
    ("de la santé", "health"),
    ("du transport", "transport"),
    ("de l'agriculture", "agriculture"),
    ("de l'éducation", "education"),
    ("de la culture", "culture"),
]


@pytest.fixture(scope="module", autouse=True)
def _models_loaded():
    read("Le Mali et le Niger ont signé un accord.")
    read("Россия и Мали подписали соглашение.")


def _timed_read(text: str):
    start = time.process_time()
    reading = read(text)
    elapsed = time.process_time() - start
    assert elapsed < BOUND, f"{elapsed:.1f} s"
    assert_valid(reading)
    return reading


@pytest.mark.slow
def test_a_document_mixing_three_languages_reads_its_agreements_and_parties():
    paragraph = (
        "Le Mali et la Russie ont signé un accord dans le domaine de l'énergie.\n\n"
        "Russia and Mali also signed a memorandum on health.\n\n"
        "Россия и Мали подписали соглашение о сотрудничестве в области образования.\n\n"
    )
    reading = _timed_read(paragraph * 30)
    assert {"MLI", "RUS"} <= set(reading.parties)
    assert {"energy", "health"} <= {s for a in reading.agreements for s in a.sectors}


@pytest.mark.slow
def test_an_article_of_two_thousand_agreements():
    text = " ".join(
        f"Le {1 + i % 28} mars 2025, le Mali et le Niger ont signé un accord dans le domaine "
        f"{DOMAINS[i % len(DOMAINS)][0]}."
        for i in range(2000)
    )
    reading = _timed_read(text)
    assert reading.agreements, "the analysed start of the article still yields its agreements"
    assert all(sorted(a.parties) == ["MLI", "NER"] for a in reading.agreements)


@pytest.mark.slow
def test_a_list_of_three_hundred_domains_gives_one_agreement_a_domain_named():
    domains = ", ".join(f"{DOMAINS[i % len(DOMAINS)][0]}" for i in range(300))
    reading = _timed_read(
        f"Le Mali et le Niger ont signé des accords dans les domaines {domains} et de la pêche."
    )
    sectors = [a.sectors for a in reading.agreements]
    # repeats of a domain are one agreement; the list is read within a bounded reach
    assert sorted(s for [s] in sectors) == sorted(s for _, s in DOMAINS)


@pytest.mark.slow
@pytest.mark.parametrize(
    "clause",
    [
        "sur la coopération dans le domaine de l'énergie et",
        "on cooperation in the field of energy and",
        "о сотрудничестве в области энергетики и",
    ],
)
def test_a_sentence_of_fifty_thousand_characters(clause):
    sentence = "Le Mali et le Niger ont signé un accord " + " ".join([clause] * 5000)
    reading = _timed_read(sentence[:50_000] + " la pêche.")
    assert len(reading.agreements) <= 2
