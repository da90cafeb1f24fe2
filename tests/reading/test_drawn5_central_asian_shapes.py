"""Shapes of language the fifth random draw showed the reader missing (drawA18, session 18):
a region's interstate commission and the acronym the text makes of its name, delegations
that take part, an institution's words told by an impersonal plural, an outlet's masthead
inside a crawl, goods a state sells, a content-only repeat of a listed text, an ordinal
whose verb is gapped, a draft left off the agenda. Every sentence here is invented."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Межгосударственная координационная комиссия по реке Чу провела в Бишкеке 14-е "
            "заседание. В работе комиссии участвовали делегации Казахстана и Киргизии.",
            14,
        ),
        (
            "The Interstate Commission of Kazakhstan and Kyrgyzstan held its 14th session in "
            "Bishkek on 3 March 2025.",
            14,
        ),
        (
            "La Commission inter-États du Kazakhstan et du Kirghizstan a tenu sa 14e session à "
            "Bichkek le 3 mars 2025.",
            14,
        ),
    ],
)
def test_an_interstate_commission_is_a_body_with_its_sessions(text, number):
    reading = read(text)
    assert [set(b.parties) for b in reading.bodies] == [{"KAZ", "KGZ"}]
    assert [s.number for s in reading.sessions] == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Межгосударственная координационная водохозяйственная комиссия Центральной Азии "
        "провела в Душанбе 70-е заседание. Заседания МКВК проводятся дважды в год.",
        "Kenya and Uganda held the fifth session of their Joint Permanent Commission in Kampala "
        "on 3 March 2025. The JPC meets twice a year.",
        "Le Sénégal et la Gambie ont tenu la cinquième session de leur Commission mixte "
        "permanente à Dakar le 3 mars 2025. La CMP se réunit deux fois par an.",
    ],
)
def test_the_acronym_of_a_body_s_name_tells_its_cadence(text):
    assert [b.cadence_months for b in read(text).bodies] == [6]


@pytest.mark.parametrize(
    "text",
    [
        "Министры Узбекистана и Казахстана провели в Ташкенте заседание. В заседании также "
        "участвовали делегации Киргизии и Туркменистана.",
        "The ministers of Uzbekistan and Kazakhstan met in Tashkent. The delegations of "
        "Kyrgyzstan and Turkmenistan also attended the meeting.",
        "Les ministres de l'Ouzbékistan et du Kazakhstan se sont réunis à Tachkent. Les "
        "délégations du Kirghizstan et du Turkménistan ont aussi pris part à la réunion.",
    ],
)
def test_states_that_send_a_delegation_take_part(text):
    assert {"KGZ", "TKM"} <= set(read(text).parties)


@pytest.mark.parametrize(
    "text",
    [
        "Заседание межправительственной комиссии, прошедшее 27 ноября, вёл министр финансов "
        "России Игорь Петров. В работе комиссии участвовал министр финансов Казахстана Ерлан "
        "Бекжанов.\n\nПосле заседания Игорь Петров провёл отдельную встречу с Ерланом "
        "Бекжановым.\n\nВ министерстве финансов Казахстана позднее сообщили: «Мы готовы к "
        "техническим консультациям с российскими коллегами по всем вопросам».",
        "The intergovernmental commission met on 27 November under Russian Finance Minister "
        "Igor Petrov. Kazakh Finance Minister Erlan Bekzhanov took part.\n\nAfter the meeting "
        "Igor Petrov held a separate meeting with Erlan Bekzhanov.\n\nThe Kazakh finance "
        "ministry later said: “We are ready for technical consultations with our Russian "
        "colleagues on every question.”",
    ],
)
def test_a_ministry_s_words_have_no_speaker(text):
    assert [q.speaker for q in read(text).quotes] == [None]


_CRAWL = (
    "date 2025-09-03 ТАШКЕНТ, 3 сентября. Компания «Газпром» и правительство Узбекистана "
    "подписали в среду в Ташкенте соглашение о стратегическом сотрудничестве на период до "
    "2035 года.\n"
    "ВОСТОЧНЫЙ ЭКСПРЕСС\n"
    "Главная | Политика | Экономика | Регионы\n\n"
    "Документ предусматривает увеличение поставок газа в Узбекистан и строительство "
    "новых подземных хранилищ газа в республике.\n\n"
    "© 2025 Восточный экспресс. Все права защищены.\n"
)


def test_the_outlet_s_masthead_is_no_article_text():
    reading = read(_CRAWL)
    assert "ВОСТОЧНЫЙ ЭКСПРЕСС" not in reading.document.text


def test_the_sentence_after_a_masthead_still_tells_the_text_s_content():
    assert [a.sectors for a in read(_CRAWL).agreements] == [["energy"]]


@pytest.mark.parametrize(
    "phrase",
    [
        "меморандум о сотрудничестве в области газификации сельских населенных пунктов",
        "a memorandum on the gasification of rural settlements",
        "un mémorandum sur la gazéification des localités rurales",
    ],
)
def test_gasification_is_energy(phrase):
    assert sectors_of(phrase) == ["energy"]


@pytest.mark.parametrize(
    "phrase",
    [
        "соглашение об аренде испытательных полигонов",
        "an agreement on the lease of test ranges",
        "un accord sur la location de polygones d'essais",
    ],
)
def test_test_ranges_are_defence(phrase):
    assert sectors_of(phrase) == ["defence"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Компания «Газпром» и правительство Узбекистана подписали в Ташкенте соглашение о "
            "сотрудничестве в газовой отрасли. Документ предусматривает рост поставок "
            "российского газа в Узбекистан. Поставки российского газа начались в 2023 году.",
            "RUS",
        ),
        (
            "Gazprom and the government of Uzbekistan signed an agreement on gas cooperation "
            "in Tashkent. The deal provides for more Russian gas for Uzbekistan. Russian gas "
            "supplies started in 2023.",
            "RUS",
        ),
        (
            "Gazprom et le gouvernement ouzbek ont signé à Tachkent un accord sur le gaz. "
            "L'accord prévoit davantage de gaz russe pour l'Ouzbékistan. Les livraisons de gaz "
            "russe ont commencé en 2023.",
            "RUS",
        ),
    ],
)
def test_the_state_whose_goods_are_traded_does_not_act(text, absent):
    assert absent not in read(text).parties


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Египет подписали в Каире соглашение об энергетике, межправительственное "
        "соглашение о совместном управлении и использовании водных ресурсов трансграничных рек "
        "и меморандум о туризме. Министры обсудили торговлю. Они говорили и об инвестициях. "
        "Министры посетили выставку. Затем они встретились с журналистами. Соглашение о водных "
        "ресурсах предусматривает обмен гидрологическими данными и согласование графиков "
        "попусков воды. По оценкам экспертов, оно снимет острый вопрос.",
        "Kenya and Uganda signed an agreement on energy, an intergovernmental agreement on the "
        "joint management and use of the water resources of transboundary rivers and a "
        "memorandum on tourism in Kampala. The ministers discussed trade. They also spoke of "
        "investment. The ministers visited a fair. Then they met the press. The water resources "
        "agreement provides for the exchange of hydrological data and the coordination of water "
        "release schedules. Experts say it will settle an acute issue.",
        "Le Mali et le Niger ont signé à Niamey un accord sur l'énergie, un accord "
        "intergouvernemental sur la gestion et l'utilisation conjointes des ressources en eau "
        "des fleuves transfrontaliers et un mémorandum sur le tourisme. Les ministres ont parlé "
        "commerce. Ils ont aussi évoqué l'investissement. Les ministres ont visité une foire. "
        "Puis ils ont rencontré la presse. L'accord sur les ressources en eau prévoit l'échange "
        "de données hydrologiques et la coordination des lâchers d'eau. Selon les experts, il "
        "réglera une question aiguë.",
    ],
)
def test_a_listed_text_told_again_by_its_content_is_that_text(text):
    agreements = read(text).agreements
    assert len([a for a in agreements if "water" in a.sectors]) == 1
    assert all(a.status == "signed" for a in agreements)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Первое заседание межправительственной комиссии прошло в Москве в 2022 году, "
            "второе — в Каире в мае 2024 года.",
            "Каир",
        ),
        (
            "The first session of the Joint Commission was held in Accra in 2022, the second in "
            "Lomé in May 2024.",
            "Lomé",
        ),
        (
            "La première session de la Commission mixte s'est tenue à Dakar en 2022, la deuxième "
            "à Lomé en mai 2024.",
            "Lomé",
        ),
    ],
)
def test_an_ordinal_whose_verb_is_gapped_is_a_session(text, place):
    sessions = {s.number: s for s in read(text).sessions}
    assert sessions[2].place == place
    assert sessions[2].start == "2024-05"


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Египет подписали в Каире три соглашения. Проект соглашения о военном "
        "сотрудничестве, который давно продвигает египетская сторона по своим каналам, на "
        "этот раз в повестку не вошёл.",
        "Kenya and Uganda signed three agreements in Kampala. A draft defence pact, long pushed "
        "by the Ugandan side, did not make it onto the agenda this time.",
        "Kenya and Uganda signed three agreements in Kampala. A draft defence pact was left off "
        "the agenda.",
    ],
)
def test_a_draft_left_off_the_agenda_is_none(text):
    assert not [a for a in read(text).agreements if "defence" in a.sectors]
