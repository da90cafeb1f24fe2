"""Which mentions are texts, and of what (session 28, drawB28).

- «подписали в Дакке контракт», «подписали во вторник соглашение»: where and when may stand
  between a Russian signing verb and its object, which is then a new text, not a repeat.
- «Стоимость контракта, по данным …, составляет …»: a comma ends the kind word; what follows
  it names no title, so the mention repeats the contract just read.
- Texts in the bare plural as what a means is for ("to turn this commission into a mechanism
  for deals"): a purpose, no text made, whatever the commission is about.
- A proposed text the other side is to examine ("la proposition turque d'un accord sur …, que
  la Partie sénégalaise examinera"): SPEC, planned ("to be examined/signed").
- The minutes of a session of a body named by its field ("le Procès-verbal de la session de la
  Commission mixte économique"): the body's name is no content of the minutes (SPEC: general
  unless the text names areas); a clause after the name may still name them.
- The wells an oil and gas field is worked by («эксплуатационных и разведочных скважин»,
  "exploration and production wells", "puits de production"): energy.
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


@pytest.mark.parametrize(
    "text",
    [
        "Компания «Газпром ЭП Интернэшнл» и компания BAPEX во вторник подписали в Дакке "
        "контракт на бурение пяти скважин.",
        "Компания «Газпром ЭП Интернэшнл» и компания BAPEX подписали во вторник в Дакке "
        "контракт на бурение пяти скважин.",
    ],
)
def test_a_place_or_a_day_before_the_object(text):
    assert [a.kind for a in _read(text).agreements] == ["contract"]


def test_a_comma_after_the_kind_word_names_no_title():
    text = (
        "Компания «Газпром ЭП Интернэшнл» и компания BAPEX подписали контракт на бурение "
        "пяти скважин на месторождениях Шахбазпур и Бхола-Норт. Стоимость контракта, по данным "
        "бангладешской стороны, составляет около 95 млн долларов."
    )
    agreements = _read(text).agreements
    assert len(agreements) == 1
    assert agreements[0].evidence.startswith("Компания")


@pytest.mark.parametrize(
    "text",
    [
        "Business forum in Jakarta\n\nKazakh and Indonesian companies signed 14 documents at "
        "the business forum held in Jakarta on July 8, a day after the third meeting of the two "
        "countries' intergovernmental commission on trade and economic cooperation.\n\n\"Our "
        'task is to turn this commission from a forum for talks into a mechanism for deals," '
        "the minister said.\n",
        "Forum d'affaires à Dakar\n\nDes entreprises du Sénégal et du Maroc ont signé 14 "
        "documents au forum d'affaires tenu à Dakar le 8 juillet, au lendemain de la troisième "
        "session de la commission mixte de coopération commerciale et économique des deux "
        "pays.\n\n« Notre tâche est de faire de cette commission un mécanisme pour des "
        "accords », a déclaré le ministre.\n",
        "Бизнес-форум в Джакарте\n\nКомпании Казахстана и Индонезии подписали 14 документов на "
        "бизнес-форуме в Джакарте 8 июля, на следующий день после третьего заседания "
        "межправительственной комиссии по торгово-экономическому сотрудничеству.\n\n«Наша "
        "задача — превратить комиссию в площадку для сделок», — заявил министр.\n",
    ],
)
def test_texts_a_means_is_for_are_none(text):
    assert _read(text).agreements == []


@pytest.mark.parametrize(
    "text",
    [
        "Le Sénégal et la Turquie ont tenu leur commission mixte à Dakar.\n\nElles ont pris "
        "note de la proposition turque d'un accord sur la reconnaissance mutuelle des permis "
        "de conduire, que la Partie sénégalaise examinera.",
        "Senegal and Turkey held their joint commission in Dakar.\n\nThey took note of the "
        "Turkish proposal of an agreement on the mutual recognition of driving licences, which "
        "the Senegalese side will examine.",
    ],
)
def test_a_proposal_to_be_examined_is_planned(text):
    agreements = _read(text).agreements
    assert [(a.status, a.sectors) for a in agreements] == [("planned", ["transport"])]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "La quatrième session de la Commission mixte économique sénégalo-turque s'est tenue "
            "à Dakar. Les deux Parties ont signé le Procès-verbal de la quatrième session de la "
            "Commission mixte économique sénégalo-turque.",
            ["general"],
        ),
        (
            "7-я сессия Смешанной российско-марокканской комиссии по рыболовству прошла в "
            "Рабате. Стороны подписали протокол 7-й сессии Смешанной комиссии, которым "
            "определены квоты вылова на 2026 год.",
            ["agriculture"],
        ),
    ],
)
def test_the_minutes_take_no_domain_from_the_body_s_name(text, sectors):
    minutes = [a for a in _read(text).agreements if a.kind in ("other", "protocol")]
    assert [a.sectors for a in minutes] == [sectors]


@pytest.mark.parametrize(
    "text",
    [
        "Компании России и Бангладеш подписали контракт на бурение эксплуатационных и "
        "разведочных скважин.",
        "Companies of Russia and Bangladesh signed a contract for drilling exploration and "
        "production wells.",
        "Des sociétés de la Russie et du Bangladesh ont signé un contrat pour le forage de "
        "puits de production.",
    ],
)
def test_oil_and_gas_wells_are_energy(text):
    assert [("energy" in a.sectors) for a in _read(text).agreements] == [True]
