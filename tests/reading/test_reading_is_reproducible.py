"""The same text reads the same on every run: where two names of a company of one length
claim the same words, which one wins must not follow Python's hash seed (a set's order),
or one run's reading differs from the next and a benchmark cannot tell a change from luck."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from suivi.reading.gazetteer import Mention, _known_names
text = "Alpha Omega Ltd and Omega Delta Ltd met. Alpha Omega Delta signed."
companies = [
    Mention("Alpha Omega", 0, 11, "Alpha Omega", "organisation"),
    Mention("Omega Delta", 20, 31, "Omega Delta", "organisation"),
]
print([(m.code, m.start) for m in _known_names(text, companies, companies)])
"""


def test_known_company_names_do_not_follow_the_hash_seed():
    readings = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        out = subprocess.run(
            [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
        )
        readings.add(out.stdout)
    assert len(readings) == 1, readings
