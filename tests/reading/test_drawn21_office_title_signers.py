"""An office's title in a signer's place is no organisation (session 27, drawA27).

Invented sentences. "Le contrat a été signé par le Directeur général de la CEET": the
capitalised title is the signer's office (a person), not an organisation of its own; SPEC's
`parties` hold states and organisations that act, never a job title.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-09-18 Le Togo et la KfW ont signé jeudi à Lomé un accord de financement pour "
        "l'électrification rurale. L'accord a été signé pour la partie allemande par le "
        "Directeur du bureau de la KfW à Lomé. Le contrat d'exécution a été signé par le "
        "Directeur général de la CEET.",
        "date 2025-09-18 Le Togo et la KfW ont signé jeudi à Lomé un accord de financement pour "
        "l'électrification rurale. L'accord a été signé par le Représentant résident de la KfW. "
        "Le contrat d'exécution a été signé par le Représentant de la CEET.",
        "date 2025-09-18 Togo and Germany signed a financing agreement for rural electrification "
        "in Lomé on Thursday. The agreement was signed for Germany by the Director of the KfW "
        "office in Lomé. The implementation contract was signed by the Director General of CEET.",
    ],
)
def test_title_in_signer_place_is_no_party(text: str) -> None:
    parties = read(text).parties
    assert "TGO" in parties
    assert not any(p.lower().startswith(("direct", "représ", "repres")) for p in parties)
