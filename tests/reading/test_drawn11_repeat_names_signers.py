"""A story that opens on a text by what it does ("Kenya will buy power under a memorandum
signed yesterday") and then tells who signed it ("The tripartite memorandum was signed by X, Y
and Z") names one text: the repeat gives it its sides, and the states the opening named around
it (a nationality of a partner, a plant's country) are no sides of it (a state's utility or
authority among the signers stands for its state, SPEC). Invented stories."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Nepal will sell electricity to a Bangladeshi buyer through an Indian trader, "
            "under a memorandum signed in Kathmandu yesterday.\n\nThe tripartite memorandum "
            "was signed by Nepal Electricity Authority, Bangladesh Power Development Board "
            "and India's Adani Power for the Upper Karnali plant.",
            {"NPL", "BGD", "Adani Power"},
        ),
        (
            "Senegal will buy gas from a Mauritanian field developed by a French major under an "
            "agreement signed in Dakar on Thursday.\n\nThe tripartite agreement was signed by "
            "Petrosen, SMH and TotalEnergies for gas supplies.",
            {"Petrosen", "SMH", "TotalEnergies"},
        ),
        (
            "Uzbekistan will buy gas from a Turkmen field developed by a Chinese company under "
            "an agreement signed in Tashkent on Wednesday.\n\nThe tripartite agreement was "
            "signed by Uzbekneftegaz, Turkmengaz and CNPC for the Galkynysh field.",
            {"Uzbekneftegaz", "Türkmengaz", "CNPC"},
        ),
        (
            "Kenya will get a data centre from a Chinese group and a German supplier under a "
            "memorandum signed in Nairobi on Monday.\n\nThe tripartite memorandum was signed by "
            "Safaricom, Huawei and Siemens for the data centre.",
            {"Safaricom", "Huawei", "Siemens"},
        ),
        (
            "Kenya will buy electricity from an Ethiopian dam built by an Italian contractor, "
            "under a memorandum signed in Nairobi on Tuesday.\n\nThe tripartite memorandum was "
            "signed by Kenya Power, Ethiopian Electric Power and Webuild for the Koysha plant.",
            {"Kenya Power", "Ethiopian Electric Power", "Webuild"},
        ),
    ],
)
def test_one_text_with_the_signers_as_sides(text, sides):
    agreements = read(text.encode(), "article.txt").agreements
    assert len(agreements) == 1
    assert set(agreements[0].parties) == sides
