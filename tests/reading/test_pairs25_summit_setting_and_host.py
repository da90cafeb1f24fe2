"""An alliance's summit named only as the setting of others' signing or meeting ("on the
sidelines of the EAC summit", "en marge du sommet de la CEDEAO", «на полях саммита ШОС») is
no body and no session; a summit told as held stays. A state "with X as host" of the
ceremony hosts it and binds itself to nothing (multidev25, session 25)."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Nairobi, 3 March 2026 — Kenya and Uganda signed an agreement on fisheries on the "
        "sidelines of the EAC summit in Arusha on Friday. Kenya and Uganda welcomed the deal.",
        "Dakar, 3 mars 2026 — Le Sénégal et la Gambie ont signé un accord sur la pêche en marge "
        "du sommet de la CEDEAO, vendredi à Abuja. Les deux pays saluent cet accord.",
        "АСТАНА, 3 марта. Президенты Казахстана и Узбекистана провели встречу на полях саммита "
        "ШОС и подписали соглашение о сотрудничестве в области рыболовства.",
    ],
)
def test_a_summit_named_as_a_setting_is_no_body(text):
    reading = read(text)
    assert reading.bodies == []
    assert reading.sessions == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The 17th EAC Summit was held in Arusha on 2 March 2026. On the sidelines of the EAC "
            "summit, Kenya and Uganda signed an agreement on fisheries.",
            "EAC",
        ),
        (
            "Le sommet de la CEDEAO s'est tenu à Abuja le 2 mars 2026. En marge du sommet de la "
            "CEDEAO, le Sénégal et la Gambie ont signé un accord sur la pêche.",
            "CEDEAO",
        ),
    ],
)
def test_a_summit_told_as_held_stays(text, body):
    reading = read(text)
    assert any(body in b.name for b in reading.bodies)


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        (
            "Kenya and Uganda signed the minutes of their joint border commission on Monday. The "
            "minutes were signed by Kenya's Defence Minister John Mark and Uganda's Defence "
            "Minister Paul Okello, with Tanzanian Defence Minister Ali Hassan Mwinyi as host.",
            "TZA",
            {"KEN", "UGA"},
        ),
        (
            "Le Sénégal et la Gambie ont signé lundi un accord sur la pêche, le Mali comme hôte "
            "de la cérémonie.",
            "MLI",
            {"SEN", "GMB"},
        ),
    ],
)
def test_the_host_of_a_ceremony_signs_nothing(text, host, sides):
    reading = read(text)
    assert reading.agreements
    for agreement in reading.agreements:
        assert set(agreement.parties) == sides, agreement.parties
