"""Organisations that sign, named in full by the shape of their names (orgsides23, session 23).

Each case is an invented sentence whose side is a company, a bank, a consortium or a body of
business that no vocabulary knows and that the reader found by no shape before: SPEC makes it
a party of its own, not its state. The shapes: a company named by its trade without a legal
form ("Baobab Agro", "Atlantique Logistique", "Nacala Corridor Railway"), a plural trade after
a given name ("Savanna Foods" is no person), a state's office before "and" (no description of
the company), a consortium or a "groupement", an employers' council or a private sector's body,
a chamber by its French initials ("la CCI Cameroun"), a bank's name going on after its head word
("Coris Bank International", "Stanbic Bank Zambia"), and "la Société Générale" (an adjective
after the capitalised trigger noun names nothing alone). The guards keep what the shapes must
not take: a railway line named by its two ends, a minister's portfolio, a state's authority.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sides(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in read(text).agreements]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a company named by its trade, no legal form
        pytest.param(
            "The government of Eswatini signed a supply agreement with Lubombo Agro on Friday.",
            ["Lubombo Agro", "SWZ"],
            id="en-trade-agro",
        ),
        pytest.param(
            "Botswana signed a concession agreement with Kalahari Corridor Railway on Thursday.",
            ["BWA", "Kalahari Corridor Railway"],
            id="en-trade-railway",
        ),
        pytest.param(
            "Liberia signed a production sharing contract with Nimba Oil on Monday.",
            ["LBR", "Nimba Oil"],
            id="en-trade-oil",
        ),
        pytest.param(
            "Le ministère nigérien des Transports a signé une convention avec Ténéré Logistique.",
            ["NER", "Ténéré Logistique"],
            id="fr-trade-logistique",
        ),
        pytest.param(
            "Le Gabon a signé un contrat de partage de production avec Ogooué Énergie.",
            ["GAB", "Ogooué Énergie"],
            id="fr-trade-energie",
        ),
        pytest.param(
            "La Centrafrique a signé une convention forestière avec Lobaye Bois lundi.",
            ["CAF", "Lobaye Bois"],
            id="fr-trade-bois",
        ),
        pytest.param(
            "Правительство Таджикистана и Vakhsh Agro подписали соглашение о строительстве теплиц.",
            ["TJK", "Vakhsh Agro"],
            id="ru-trade-agro",
        ),
        # a plural trade is nobody's surname
        pytest.param(
            "The government of Lesotho signed an agreement with Savanna Foods on a cannery.",
            ["LSO", "Savanna Foods"],
            id="en-plural-trade-after-given-name",
        ),
        # a state's office, then "and", then the company: two sides
        pytest.param(
            "Gambia's fisheries ministry and Banjul Seafood signed a memorandum on a cold store.",
            ["Banjul Seafood", "GMB"],
            id="en-office-and-company",
        ),
        # consortia and groupements
        pytest.param(
            "The Zambezi Hydro Consortium and the government of Zambia signed an agreement on the dam.",
            ["Zambezi Hydro Consortium", "ZMB"],
            id="en-consortium",
        ),
        pytest.param(
            "Le Bénin et le groupement Razel-Sotrac ont signé un contrat pour la route de Kandi.",
            ["BEN", "Razel-Sotrac"],
            id="fr-groupement",
        ),
        pytest.param(
            "Узбекистан подписал контракт с консорциумом Aral Wind Consortium на строительство станции.",
            ["Aral Wind Consortium", "UZB"],
            id="ru-consortium",
        ),
        # bodies of business
        pytest.param(
            "Le Conseil national du patronat togolais (CNPT) et le Conseil national du patronat "
            "nigérien (CNPN) ont signé un protocole d'accord.",
            ["CNPN", "CNPT"],
            id="fr-employers-council",
        ),
        pytest.param(
            "La CCI Congo et la CCI Tchad ont signé un protocole sur les échanges.",
            ["CCI Congo", "CCI Tchad"],
            id="fr-chamber-initials",
        ),
        pytest.param(
            "The Malawi Private Sector Alliance and the Zambia Employers' Federation signed a "
            "memorandum of understanding.",
            ["Malawi Private Sector Alliance", "Zambia Employers' Federation"],
            id="en-private-sector-and-employers",
        ),
        # a bank's name after its head word
        pytest.param(
            "Le Niger a signé une convention avec Sahel Bank International pour financer les PME.",
            ["NER", "Sahel Bank International"],
            id="fr-bank-international",
        ),
        pytest.param(
            "Kestrel Bank Malawi signed a memorandum with the Malawian government on farm loans.",
            ["Kestrel Bank Malawi", "MWI"],
            id="en-bank-subsidiary",
        ),
        # "la Société Générale …"
        pytest.param(
            "Le gouvernement gabonais et la Société Générale Gabon ont signé un accord sur le crédit.",
            ["GAB", "Société Générale Gabon"],
            id="fr-societe-generale",
        ),
        # guards: what the shapes must not take
        pytest.param(
            "Kenya and Uganda signed an agreement on the Kenya-Uganda Railway on Monday.",
            ["KEN", "UGA"],
            id="guard-line-named-by-its-ends",
        ),
        pytest.param(
            "Kenya Ports Authority signed an agreement with Uganda on transit fees.",
            ["KEN", "UGA"],
            id="guard-state-authority",
        ),
        pytest.param(
            "Niger and Algeria signed an agreement on the Sahel Agro project on Monday.",
            ["DZA", "NER"],
            id="guard-a-work-the-trade-names",
        ),
        pytest.param(
            "The Angolan Oil Minister signed an agreement with Namibia on the Kudu field.",
            ["AGO", "NAM"],
            id="guard-minister",
        ),
    ],
)
def test_the_sides(text: str, sides: list[str]) -> None:
    assert _sides(text) == [sorted(sides)]


_SAID_AGAIN = (
    "Консорциум Aral Sea Drilling Company (ASDC) ведёт бурение.\nASDC и Узбекистан подписали "
    "соглашение о поставках газа."
)


def test_a_short_name_said_again_is_the_whole_name_in_every_process() -> None:
    """A company named whole with its short name in brackets, then signing under the short name
    alone, is one party by its whole name; which name it took depended on the order of a set of
    strings, so on each process's hash seed (the same reading must come out of every run). (A
    French company spelled out in common words goes by its short name, as before: "la Société
    … (SKLT)".)"""
    import json
    import os
    import subprocess
    import sys

    script = (
        "import json, sys\n"
        "from suivi.reading.pipeline import read\n"
        "print(json.dumps([sorted(a.parties) for a in read(sys.stdin.read()).agreements]))\n"
    )
    readings = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", script],
            input=_SAID_AGAIN,
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        readings.add(json.dumps(json.loads(out)))
    assert readings == {json.dumps([["Aral Sea Drilling Company", "UZB"]])}
