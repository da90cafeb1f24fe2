"""A company the words before it describe by a state's adjective ("la société qatarie X",
"the Qatari company X", «катарская компания X»), its home unknown to the gazetteer, that signs
with a ministry the text does not place signs with the story's other state, not with its own
home (SPEC: a company's agreement has the company as a party, not its state). Invented
sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Le président de la Transition, le général Assimi Goïta, a été reçu mardi à Doha par "
        "l'émir du Qatar, cheikh Tamim ben Hamad Al Thani. La visite s'est conclue par la "
        "signature de quatre accords.\nLa société qatarie Desert Light Energy a conclu avec le "
        "ministère de l'Énergie un contrat d'achat d'électricité pour une centrale solaire de "
        "80 mégawatts à Kita, à l'ouest de Bamako.",
        "Mali's transitional president, General Assimi Goita, was received on Tuesday in Doha "
        "by the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani. The visit ended with the "
        "signing of four agreements.\nThe Qatari company Desert Light Energy concluded with the "
        "Ministry of Energy a power purchase contract for an 80-megawatt solar plant in Kita, "
        "west of Bamako.",
    ],
)
def test_company_signs_with_the_other_state(text: str) -> None:
    found = [a for a in read(text.encode(), "article.txt").agreements if a.kind == "contract"]
    assert len(found) == 1
    assert sorted(found[0].parties) == ["Desert Light Energy", "MLI"]
