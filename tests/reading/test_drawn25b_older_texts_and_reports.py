"""Older texts signed by a list of states, reports denied by the next sentence, a route's
end at a border (session 29, drawB29).

- "the Benguela Corridor agreement signed by Angola, the Democratic Republic of Congo and
  Zambia in 2019": the year after the list of signers dates an older text mentioned in
  passing (SPEC: included, with its own date), a text of its own beside the one signed now.
- "…, the Republic of Congo and Zambia": the parser hangs the last side on the last word of
  a state's name; it is still one of the signers.
- "X had been reported to be close to an agreement … A spokesperson said no such agreement
  had been discussed": a report the next sentence denies is no text (SPEC lists the texts a
  document identifies, not rumours it refutes).
- "from Jimbe on the Angolan border to Chingola": where a route ends, not border security.
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


def _read(text: str):
    return read(text.encode(), "article.txt")


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-11-20 Rail deal - Test Times\n"
        "Zambia and Kenya signed a memorandum of understanding on trade on Tuesday. The "
        "memorandum builds on the Benguela Corridor agreement signed by Angola, the Democratic "
        "Republic of Congo and Zambia in 2019, which set up the transit rules for the route.",
        "date 2025-11-20 Accord ferroviaire - Test Times\n"
        "La Zambie et le Kenya ont signé mardi un mémorandum d'entente sur le commerce. Il "
        "s'appuie sur l'accord du corridor de Benguela signé par l'Angola, la République "
        "démocratique du Congo et la Zambie en 2019, qui a fixé les règles du transit.",
    ],
)
def test_an_older_text_dated_after_its_list_of_signers(text):
    older = [a for a in _read(text).agreements if a.date == "2019"]
    assert [sorted(a.parties) for a in older] == [["AGO", "COD", "ZMB"]]


def test_the_last_signer_after_a_republic_s_name():
    text = "The transit agreement was signed by Angola, the Republic of Congo and Zambia."
    assert [sorted(a.parties) for a in _read(text).agreements] == [["AGO", "COG", "ZMB"]]


@pytest.mark.parametrize(
    "text",
    [
        "Zambia and Kenya signed a trade memorandum on Tuesday. Acme Copper had also been "
        "reported to be close to a second agreement, with the Kenyan government, on a copper "
        "smelter. A ministry spokesperson said no such agreement had been discussed.",
        "La Zambie et le Kenya ont signé mardi un mémorandum sur le commerce. Selon des "
        "informations de presse, Acme Copper serait proche d'un second accord avec le "
        "gouvernement kényan sur une fonderie. Un porte-parole a indiqué qu'aucun accord de ce "
        "type n'avait été discuté.",
        "Замбия и Кения во вторник подписали меморандум о торговле. По сообщениям СМИ, "
        "компания Acme Copper близка ко второму соглашению с правительством Кении о "
        "медеплавильном заводе. Представитель министерства заявил, что никакого такого "
        "соглашения не обсуждалось.",
    ],
)
def test_a_report_the_next_sentence_denies_is_no_text(text):
    assert len(_read(text).agreements) == 1


@pytest.mark.parametrize(
    "phrase",
    [
        "the financing of the Zambian section of the railway, from Jimbe on the Angolan "
        "border to Chingola",
        "le financement du tronçon ferroviaire, depuis Jimbe, à la frontière angolaise, "
        "jusqu'à Chingola",
        "финансирование участка железной дороги от Джимбе на границе с Анголой до Чинголы",
    ],
)
def test_a_route_s_end_at_a_border_is_no_security(phrase):
    assert "security" not in sectors_of(phrase)
    assert "transport" in sectors_of(phrase)
