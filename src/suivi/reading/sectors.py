"""Vocabularies of SPEC.md: the sector, kind and status an agreement's words point to.

Patterns are written on folded text (lower case, accents dropped, «й»/«ё» as «и»/«е»),
one list for French, English and Russian: most stems differ between the three, so a
text needs no language switch. Longer phrases win over the words inside them:
"sécurité sociale" is migration, not security; "santé animale" is agriculture.
"""

from __future__ import annotations

import re
import re._constants as _constants
import re._parser as _parser
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from suivi.reading.prefilter import Heads


def _fold_table() -> dict[int, str]:
    """Accented Latin letters and «й»/«ё» to their lower-case base letter, one for one;
    typographic apostrophes to "'" so that "l’accord" reads like "l'accord"."""
    table = {ord("İ"): "i", ord("’"): "'", ord("ʼ"): "'"}
    for code in [*range(0xC0, 0x250), *map(ord, "йЙёЁ")]:
        base = "".join(
            c
            for c in unicodedata.normalize("NFKD", chr(code).lower())
            if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != chr(code):
            table[code] = base
    return table


_FOLD = _fold_table()


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without accents; keeps one character per character so offsets hold."""
    return text.translate(_FOLD).lower()


_SECTORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"energie (?:nucleaire|atomique)\w*|(?:atomic|nuclear) energy|(?:атомн|ядерн)\w* энерги\w*"
        # the nuclear power industry, its adjective shared by both nouns: «атомная энергетика
        # и промышленность», "nuclear power and industry", "l'énergie et l'industrie nucléaires"
        r"|(?:атомн|ядерн)\w* энергетик\w*(?: и промышленност\w*)?"
        r"|(?:atomic|nuclear) (?:power|energy) and industry|(?:atomic|nuclear) (?:power )?industry"
        r"|(?:de )?l'energie et (?:de )?l'industrie (?:nucleaires|atomiques)"
        r"|industries? (?:nucleaires?|atomiques?)|(?:атомн|ядерн)\w* промышленност\w*",
        ("nuclear",),
    ),
    # nuclear medicine and its drugs are both fields: "radiopharmaceuticals", «радиофармпрепараты»,
    # «ядерная медицина», "médecine nucléaire"
    (
        r"radio-?pharmac\w*|радиофарм\w*|nuclear medicine|medecine nucleaire"
        r"|ядерн\w* медицин\w*",
        ("nuclear", "health"),
    ),
    # «мирный атом», "the peaceful atom", "l'atome civil": civil nuclear by its usual figure
    (
        r"nucleaire\w*|nuclear|атомн\w*|ядерн\w*|аэс\b|мирн\w* атом\w*|peaceful atom\b"
        r"|atome (?:civil|pacifique)",
        ("nuclear",),
    ),
    (
        r"energ(?:ie|y|etique|etic)\w*|electri(?:cite|city|que|fication)\w*|petrol\w*|gaz\b|gas\b|oil\b"
        r"|hydrocarbur\w*|hydrocarbon\w*|power (?:purchase|plants?|stations?|lines?|grids?|supply|generation|sectors?|trade|imports?|exports?|transmission|interconnections?)|hydroelectri\w*|renouvelable\w*|renewable\w*"
        r"|энерг\w*|электр(?!он|обус|опоезд|ичк|освяз)\w*|нефт\w*|газ(?:а|ом|е|ов\w*)?\b"
        # bringing gas to towns and villages: "gasification", «газификация»
        r"|gasification|gazeification|газификац\w*"
        # a power line between two grids: "la ligne d'interconnexion", "the interconnector"
        r"|lignes? d'interconnexion|interconnectors?",
        ("energy",),
    ),
    (
        r"mines?\b|minier\w*|miniere\w*|mining|miner(?:al|au)\w*|geolog\w*|gisement\w*"
        r"|(?<!sa )(?<!son )(?<!leur )(?<!plan de )(?<!fin de )(?<!debut de )carrieres?\b|quarr\w*|горн\w*|геолог\w*|недр\w*|полезн\w* ископаем\w*|месторожден\w*",
        ("mining",),
    ),
    (
        r"recherche\w*|research\w*|scientifi\w*|innovation\w*|научн\w*|исследоват\w*|инноваци\w*"
        r"|исследовани\w*",
        ("research",),
    ),
    (
        # (a feasibility study's "technico-economic" names the study, not the economy:
        # «технико-экономическое обоснование», "étude technico-économique")
        r"(?<!technico-)(?<!techno-)econom\w*|financ(?:es|e|ier|iere|ial)\b|investissement\w*"
        r"|investment\w*|investisseur\w*|fiscal\w*|imposition|taxation|tax\b|d'affaires|business"
        r"|(?<!технико-)экономи\w*|финанс\w*"
        r"|инвестиц\w*|налог\w*"
        # investing as a verb or with its prefix: «об инвестировании», «о соинвестировании»,
        # "accord de coinvestissement" (only the noun «инвестиции» was known)
        r"|(?:со)?инвестир\w*|соинвестиц\w*|coinvest\w*"
        # lenders financing together, the arrangement named: "a co-financing deal", "un accord
        # de cofinancement", «соглашение о софинансировании» (financing alone names what it
        # finances, and so does the verb: "the road is co-financed by a grant")
        r"|co-?financing\b|cofinancements?\b|софинансировани\w*",
        ("economy",),
    ),
    (
        r"commerc\w*|trade\b|customs|douan\w*|normes?\b|normalisation|standardi\w*|certification"
        r"|торгов\w*|таможен\w*|стандарт\w*",
        ("trade",),
    ),
    (
        r"road transport\w*|transports? routiers?|transports? terrestres?|transport\w*"
        # what runs on the roads, not the roads: "road traffic", "le trafic routier",
        # «дорожное движение»
        r"|road traffic|trafic routier|circulation routiere|дорожн\w* движени\w*"
        r"|logisti\w*|ferroviaire\w*|railway\w*|aerien\w*|aviation|maritime\w*|driving"
        r"|permis de conduire|транспорт\w*|логист\w*|перевоз(?:к|ок|чик)\w*"
        r"|железнодорож\w*|авиа\w*"
        # what flies: "aircraft maintenance", "direct flights", «регулярные рейсы» ("vols" is
        # also theft: "les vols de bétail")
        r"|aircraft|air(?:plane|liner)s?|flights?\b|avions?\b|aeronefs?|самолет\w*|рейс\w*"
        # and who flies it: «воздушные суда» (aircraft), «подготовка пилотов» (the noun:
        # «пилотный проект» is a trial), "pilot training", "la formation des pilotes"
        # (a military pilot is the army's: «военных пилотов», "fighter pilots", "pilotes de
        # chasse")
        r"|воздушн\w* суд(?:а|ов|ам|ами|ах)\b"
        r"|(?<!военных )(?<!военного )(?<!военным )(?<!военные )пилот(?:ы|ов|а|ам|ами|ах)?\b"
        r"(?! истребител| ввс| военн)"
        r"|(?<!fighter )(?<!military )pilot training|training of pilots(?! for the air force)"
        r"|formation des pilotes(?! de chasse| militaires| de l'armee)"
        # "an order of E195-E2 jets", "des avions de ligne" (a fighter jet is the army's)
        r"|(?<!fighter )jet(?:liner)?s\b|airliners?\b|avions? de ligne|авиалайнер\w*"
        # what runs on rails: "the supply of 10 locomotives", «поставка вагонов»
        r"|locomoti\w*|wagons?\b|rolling stock|materiel roulant|railcars?|локомотив\w*|вагон\w*"
        r"|подвижн\w* состав\w*"
        # what runs on roads: "the supply of 500 trucks", «сборка грузовиков» (buses were
        # known: "des autobus", «автобусов»)
        r"|trucks?\b|lorr(?:y|ies)|camions?\b|грузовик\w*",
        ("transport",),
    ),
    (
        # «трасса» is a highway, unless a pipeline's or a line's route («трасса газопровода»)
        r"autoroute\w*|motorway\w*|highway\w*|(?:авто)?трасс(?:а|ы|е|у|ой|ам|ами|ах)?\b"
        r"(?! (?:газопровод|нефтепровод|трубопровод|лэп|лини)\w*)",
        ("transport", "infrastructure"),
    ),
    (
        r"infrastructur\w*|travaux publics|public works|(?<!feuille de )(?<!feuilles de )routes?\b"
        r"|roads?\b(?! ?maps?\b)|ponts?\b|(?<!to )bridges?\b(?! (?:the )?(?:gaps?|differences|divides?)\b)"
        r"|logement\w*|housing|urbanis\w*|инфраструктур\w*|строительств\w*|автодорог\w*|мост\w*",
        ("infrastructure",),
    ),
    (
        r"telecom\w*|numerique\w*|digital\w*|technologies? de l'information"
        r"|information technolog\w*"
        r"|fibre optique|optical fibre|fiber|internet|medias?\b|cyber(?!-?crim)\w*|postes et"
        r"|коммуникационн\w*|информационн\w* технолог\w*|цифров\w*|телеком\w*|кибер(?!преступ)\w*",
        ("digital",),
    ),
    (
        r"consulaire\w*|consular|visas?\b|passeports?\b|passports?\b|diplomati\w*"
        # a visa in every case («о визе», «визу», «визами»)
        r"|консульск\w*|виз(?:а|ы|е|у|ой|ам|ами|ах|ов\w*)?\b|дипломат\w*",
        ("diplomacy",),
    ),
    (
        r"entraide judiciaire(?: en matiere (?:penale|civile(?: et commerciale)?))?|justice"
        r"|judiciaire\w*|judicial|extradition|extradit\w*|condamnes|prisonnier\w*|prisoners?"
        r"|detenus|penal\w*|правов\w* помощ\w*|экстрадиц\w*|осужденн\w*|уголовн\w*"
        # «выдача» is extradition, but also the issuing of loans, licences, visas or the
        # output of a power plant («выдача мощности»): those are not justice
        r"|выдач\w*\b(?! (?:электрическ\w* )?(?:мощност|кредит|займ|ссуд|лиценз|разрешени|виз"
        r"|документ|сертификат|паспорт|справ|грант|гаранти|электроэнерги|энерги)\w*)"
        r"|судебн\w*|юстици\w*",
        ("justice",),
    ),
    (
        r"securite sociale|social security|travail\b|emploi\w*|employment|labou?r\b"
        r"|migrat\w*|migrant\w*|immigr\w*|emigr\w*|diaspora|rapatriement\w*|repatriation"
        r"|миграц\w*|мигрант\w*|иммигра\w*|эмигра\w*|трудов\w*|занятост\w*|диаспор\w*",
        ("migration",),
    ),
    (r"refugi\w*|refugee\w*|беженц\w*", ("migration", "social")),
    (
        r"securite\w*|securitaire\w*|security|police\w*|policing|terroris\w*|protection civile|civil protection"
        r"|безопасност\w*|полици\w*|терроризм\w*",
        ("security",),
    ),
    (
        r"defense\w*|defence|militaire\w*|military|armees?\b|оборон\w*|военн\w*|военно-\w*",
        ("defence",),
    ),
    (
        r"agricult\w*|agricole\w*|elevage|livestock|peche\b|peches\b|fisher\w*|halieuti\w*"
        r"|veterinair\w*|veterinary|vegetaux|plant protection|production animale\w*"
        r"|sante (?:et (?:la )?production )?animale\w*|animal health|ressources animales"
        r"|agropastora\w*|transhumance|pastora\w*|сельск\w* хозяйств\w*|сельскохозяйств\w*"
        r"|аграрн\w*|ветеринар\w*|(?:карантин\w*|защит\w*) растени\w*|фитосанитар\w*"
        r"|plant quarantine|quarantaine (?:vegetale|des (?:vegetaux|plantes))"
        # plants' health and seeds' certification are farming's, not health's or standards'
        r"|plant health|sante (?:des )?(?:vegetaux|plantes)|здоровь\w* растени\w*"
        r"|(?:seed|semences?) certification|certification (?:of seeds?|des semences)"
        r"|семенн\w*|сертификац\w* семян"
        r"|рыболов\w*|рыбн\w* хозяйств\w*|рыбохозяйствен\w*|животновод\w*",
        ("agriculture",),
    ),
    (
        r"sante\b|health|sanitaire\w*|medical\w*|medicale\w*|hopita\w*|hospital(?!it)\w*|здравоохранен\w*"
        r"|медицин\w*|госпитал\w*|больниц\w*",
        ("health",),
    ),
    (
        # the subjects scholarships are for are studies, not the sides' cooperation in those
        # fields: "bourses d'études en médecine et en agronomie", "scholarships in medicine
        # and engineering", «стипендии по медицине и агрономии» are education alone
        r"(?:bourses?|scholarships?|стипенди\w*)(?: d'etudes| for studies| на обучение)? (?:en|in|по)"
        r" (?!\d)[\w'-]+(?:(?:,| et| and| и) (?:en |in |по )?(?!\d)[\w'-]+){0,4}",
        ("education",),
    ),
    (
        r"educati\w*|enseignement\w*|formation\w*|training|scholarship\w*|bourses? d'etudes"
        r"|universit\w*|scola\w*|ecoles?\b|schools?\b|обучен\w*|университет\w*"
        # «образование» is schooling, and the forming of something: «ведущее к образованию
        # зоны свободной торговли», «образование союзного государства» (no domain of its own)
        r"|образован\w*\b(?! (?:\w+ )?(?:зон|союз|альянс|объединени|рабоч\w* групп"
        r"|комисси|комитет|совет|общ\w* рын|таможенн|единого|единой|нов\w* (?:государств|зон)))"
        r"|стипенди\w*"
        # the teaching of a language: «центр изучения русского языка», "language teaching",
        # "l'apprentissage de la langue"
        r"|изучени\w* (?:\w+ ){0,2}язык\w*|преподавани\w*|языков\w* (?:центр|курс|школ)\w*"
        r"|language (?:learning|teaching|courses?|studies|schools?|cent(?:re|er)s?)"
        r"|apprentissage (?:de (?:la |l')|des )?langues?|cours de langues?",
        ("education",),
    ),
    (
        r"cultur\w*|jeunesse|youth|sports?\b|sporti\w*|touris\w*|religieu\w*|religious|patrimoine"
        r"|heritage|культур\w*|молодеж\w*|спорт\w*|туризм\w*"
        # what a people keeps of its past: "historical memory", «историческая память»
        r"|historical memory|memoire historique|историческ\w* памят\w*",
        ("culture",),
    ),
    (
        r"eaux?\b|waters?\b|hydraulique\w*|hydraulic|assainissement|sanitation|водн\w*|водоснабжен\w*"
        r"|dessal\w*|desalin\w*|опреснени\w*|опреснител\w*",
        ("water",),
    ),
    # irrigation is water brought to farming (SPEC: agriculture covers farming)
    (
        r"irrig\w*|ирригац\w*|орошен\w*|орошаем\w*|оросительн\w*"
        # so is a farming region's main canal and the pumps that lift water into it: «насосные
        # станции магистрального канала», "the pumping stations of the main canal", "les
        # stations de pompage du canal principal"
        r"|магистральн\w* канал\w*|main canals?\b|canal principal|canaux principaux"
        r"|насосн\w* станци\w*|pumping stations?|stations? de pompage",
        ("water", "agriculture"),
    ),
    (
        r"environnement\w*|environment\w*|climat\w*|forestier\w*|forets?\b|forests?\b"
        r"|desertification|biodiversit\w*|экологи\w*|окружающ\w* сред\w*|климат\w*",
        ("environment",),
    ),
    (
        r"solidarit\w*|humanitair\w*|humanitarian|action sociale|affaires sociales"
        r"|protection sociale|developpement social|femmes?\b|women|aide alimentaire"
        r"|alimentaire d'urgence|food aid|гуманитарн\w*|солидарн\w*",
        ("social",),
    ),
    (
        r"spatia\w*|outer space|space (?:cooperation|research|agency|exploration)|satellit\w*"
        r"|космич\w*|космос\w*",
        ("space",),
    ),
    (
        r"administration (?:territoriale|du territoire)|territorial administration|decentralis\w*"
        r"|etat civil|civil registr\w*|местн\w* самоуправлен\w*",
        ("administration",),
    ),
    (
        r"bases? juridiques?|cadre juridique|legal (?:basis|framework)|amitie|friendship"
        r"|основ\w* отношени\w*|дружб\w*"
        # cooperation in every field: «дорожная карта всестороннего сотрудничества», "a
        # roadmap of comprehensive cooperation", "coopération globale / multiforme"
        # (not "comprehensive cooperation in energy", which is energy's, nor "strategic
        # partnership in the field of nuclear energy", «в области атомной энергетики»)
        r"|(?:всесторонн\w* сотрудничеств\w*|comprehensive cooperation|all-round cooperation"
        r"|cooperation (?:globale|multiforme|multisectorielle)"
        r"|partenariat strategique|strategic partnership|стратегическ\w* партнерств\w*)"
        r"\b(?!\s+(?:в|во|по|in|on|dans|en|sur|de la|du)\b)",
        ("general",),
    ),
)

# Wider vocabulary, with SPEC's mapping of areas it does not list (industry -> economy,
# consumer protection and standards -> trade, road safety -> transport, meteorology and
# sustainable development -> environment). Phrases that hold a word of another sector
# ("sécurité alimentaire", "road safety") win over that word: the longest span is kept.
_MORE_SECTORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"drogues?\b|stupefiants?|psychotrope\w*|narco\w*|drugs?\b|trafic\w* illicite\w*"
        r"|illicit traffick\w*|trafficking|traite des (?:etres humains|personnes)|наркот\w*"
        # "la lutte contre la traite et l'exploitation des enfants": the trade in people is
        # fought (the noun, not "le traité"; "la traite des enfants" keeps its victims, social)
        r"|contre la traite\b"
        r"|catastrophes?\b|calamites?|disasters?\b|sinistres?\b|secours\b|sauvetage|rescue"
        r"|situations? d'urgence|emergency (?:situations|management|response)|чрезвычайн\w*"
        r"|стихийн\w* бедств\w*|frontieres?\b|frontalier\w*|(?<!cross-)(?<!cross )borders?\b|пограничн\w*|границ\w*"
        r"|criminalit\w*|crimes?\b|criminal\w*|преступност\w*|extremism\w*|extremis\w*"
        r"|renseignement\w*|informations? classifiees|classified information|секретн\w* информаци\w*"
        r"|blanchiment\w*|money laundering|incendie\w*|firefight\w*"
        r"|armes legeres|small arms|правопорядк\w*|внутренних дел",
        ("security",),
    ),
    (
        r"white shipping",
        ("security", "transport"),
    ),
    (r"maritime security|securite maritime|морск\w* безопасност\w*", ("security",)),
    # ending a war is peace and security: "la cessation des hostilités", "a ceasefire",
    # «прекращение огня», «прекращение боевых действий»
    (
        r"cessation des hostilites|cessation of hostilities|cessez-le-feu|cease-?fires?\b"
        r"|прекращени\w* (?:огня|боевых действий|военных действий)",
        ("security",),
    ),
    (
        r"driving licen[cs]e\w*|водительск\w*|securite routiere|road safety"
        r"|безопасност\w* дорожн\w*|shipping|navigation\w*|portuaire\w*"
        # Port Louis, Port-Gentil, Port Harcourt are cities
        r"|(?:sea)?ports?\b(?![- ](?:louis|gentil|harcourt|said|sudan|moresby|of spain|au-prince"
        r"|elizabeth|vila|victoria|blair)\b)"
        r"|aeroports?\b|airports?\b|aeroportuaire\w*|airlines?\b|compagnies? aeriennes?"
        r"|services aeriens|air services|vols? directs?|direct flights?|chemins? de fer|rail\w*|metro\b"
        r"|перевозк\w*|морск\w*|порт\b|порта\b|портов\w*|аэропорт\w*|воздушн\w* сообщени\w*|авиасообщени\w*"
        r"|мобильност\w* городск\w*|mobilite urbaine|urban mobility"
        # a city's trains and buses, not goods in transit: "the Mass Rapid Transit project",
        # "public transit", "light rail", "les transports en commun", «общественный транспорт»
        r"|(?:mass|rapid|urban|public|metro|light rail) transit|light rail|tramways?"
        r"|transports? (?:en commun|urbains?|publics?)|общественн\w* транспорт\w*"
        r"|code-?share\w*|partage de codes?|код-?шеринг\w*|electric bus\w*|e-bus\w*|autobus\w*"
        r"|bus electriques?|электробус\w*|автобус\w*"
        # what sails between islands or across a strait: "a ferry service", "les ferries",
        # «паромное сообщение»
        r"|ferr(?:y|ies)\b|ferry-?boats?|паром\w*"
        # where ships berth: "the international wharf", "a new jetty", "le quai de Luganville",
        # «причал» (not the "quai d'Orsay", a ministry)
        r"|wharf|wharves|jett(?:y|ies)\b|quays?\b|quais?\b(?! d'orsay)|причал\w*",
        ("transport",),
    ),
    (
        r"construction\w*|batiments?\b|btp\b|buildings?\b|genie civil|civil engineering"
        r"|habitat\b|urbain\w*|urban\w*|amenagement du territoire"
        r"|logements? sociaux|жилищн\w*|градостроител\w*|строит\w*|стройк\w*",
        ("infrastructure",),
    ),
    (
        r"foires?\b|salons? (?:international|professionnel)\w*|expositions?\b|fairs\b"
        # "a trade fair", not "a fair and balanced agreement"
        r"|(?:trade|book|job|investment|agricultural|international|industrial|food|world) fair\b"
        r"|exhibitions?\b|expos?\b|выставк\w*|выставок|выставочн\w*|ярмарк\w*|ярмарок|ярмарочн\w*|export\w*|import(?!an)\w*|экспорт\w*"
        r"|импорт\w*|libre-echange|libre echange|free trade|consommat\w*|consumer\w*"
        r"|accreditation|metrolog\w*|quality infrastructure|propriete intellectuelle"
        r"|intellectual property|интеллектуальн\w* собственност\w*|concurrence"
        r"|tarif\w*|тариф\w*|market access|acces aux marches|echanges commerciaux"
        r"|товарооборот\w*|sanitaires? et phytosanitaires?",
        ("trade",),
    ),
    (
        r"(?:comprehensive )?economic partnership|partenariat economique global"
        r"|всеобъемлющ\w* экономическ\w* партнерств\w*"
        # the agreement of that name is a trade agreement in every language: «соглашение об
        # экономическом партнерстве» (the EAEU's with a state), "accord de partenariat
        # économique" (the EU's EPAs)
        r"|(?:соглашени\w* |^\s*)об? экономическ\w* партнерств\w*"
        r"|(?:accords? |^\s*)de partenariat economique",
        ("trade", "economy"),
    ),
    (
        r"industr\w*|промышлен\w*|manufactur\w*"
        # assembling goods is industry's: «машинокомплекты для сборки», «сборочное
        # производство», "assembly kits", "an assembly plant", "usine de montage"
        r"|сборк\w*|сборочн\w*|машинокомплект\w*|assembly (?:kits?|plants?|lines?)"
        r"|assembling|assemblage\w*|usines? de montage|chaines? de montage|montage local\w*"
        r"|bancaire\w*|banking|banques?\b|banks?\b|monetaire\w*|monetary|paiements?\b"
        r"|payments?\b|credits?\b|loans?\b|assurances?\b|insurance|privatis\w*"
        r"|pme\b|smes?\b|entrepreneur\w*|artisana\w*|handicraft\w*|zones? economiques?"
        r"|special economic zones?|budget\w*|доходов|кредит\w*|банк\w*|платеж\w*"
        r"|предпринимател\w*|делов\w*|business\w*|commerce exterieur"
        # banks' ties to each other: "correspondent banking relations", «корреспондентские
        # отношения», "relations de correspondance bancaire", "comptes correspondants"
        r"|correspondent (?:banking|relations?|relationships?|accounts?)"
        r"|correspondance bancaire|comptes? correspondants?|корреспондентск\w*",
        ("economy",),
    ),
    (
        r"solaire\w*|solar|eolien\w*|wind (?:power|energy|farm|park|project|turbine)\w*"
        r"|centrales? (?:electrique|solaire|thermique|hydro)\w*"
        # heat supplied to a city: "district heating", «теплоснабжение», "chauffage urbain"
        r"|(?:district |central )heating|heating (?:plant|network|system|supply)s?"
        r"|chauffage urbain|reseaux? de chaleur|теплоснабжени\w*|теплосет\w*|теплоцентрал\w*"
        r"|ветропарк\w*|ветроэлектростанц\w*|ветров\w* электростанц\w*"
        # a power station that burns fuel for heat and power: «ТЭЦ», «теплоэлектростанция»,
        # «тепловая электростанция», "thermal power plant", "centrale à charbon"
        r"|теплоэлектростанц\w*|теплоэлектроцентрал\w*|тэц\b|тэс\b|теплов\w* электростанц\w*"
        r"|thermal power|coal-fired|centrales? a (?:charbon|gaz)"
        r"|power (?:plant|station|grid)s?|carburant\w*|fuels?\b|raffinage|raffinerie\w*"
        # a plant measured in power: "the 83-megawatt plant", "une centrale de 50 MW",
        # «станция мощностью 100 МВт»
        r"|(?:mega|giga)watts?\b|\d+\s?(?:mw|gw)\b|(?:мега|гига)ватт\w*|\d+\s?[мг]вт\b"
        r"|refiner\w*|pipelines?|gazoduc\w*|oleoduc\w*|hydrogen\w*|hydrogene|водород\w*"
        # the grid's equipment and crude's shipping: "postes de transformation", "substations"
        r"|postes? (?:de transformation|electriques?|sources?)|sous-stations?|substations?"
        r"|transformateurs?|(?:de|du) brut\b|crude\b|подстанц\w*"
        r"|(?:hydroelectric|hydro-electric|hydroelectrique)s? (?:dams?|barrages?|plants?)"
        r"|(?:dams?|barrages?) hydroelectriques?|гидроэлектростанц\w*|гэс\b"
        r"|hydro-?power|hydroenergie\w*|hydraulic power|гидроэнергет\w*"
        r"|солнечн\w*|ветр\w* энерг\w*|топлив\w*|нефтепровод\w*|газопровод\w*"
        r"|нефтеперераб\w*|аэс\b"
        # liquefied gases by their letters: "supply of LNG", "fourniture de GNL", «поставки СПГ»
        r"|lng\b|gnl\b|lpg\b|gpl\b|спг\b|суг\b",
        ("energy",),
    ),
    # a nuclear plant is the nuclear trade's alone, as the golds read it: "the nuclear power
    # plant", "la centrale nucléaire", «атомная электростанция» (a text on it that names
    # power or electricity besides has `energy` by those words)
    (
        r"centrales? nucleaires?|(?:atomic |nuclear )power (?:plant|station)s?"
        r"|(?:атомн|ядерн)\w* электростанц\w*",
        ("nuclear",),
    ),
    (
        r"bauxite|lithium|phosphates?\b|cobalt|manganese|minerai\w*|\bores?\b|orpaill\w*"
        r"|artisanal mining|exploitation aurifere|gold mining|золотодобыч\w*|рудн\w*|боксит\w*",
        ("mining",),
    ),
    (
        r"peche artisanale|artisanal fisher\w*|securite alimentaire|food security|продовольственн\w* безопасност\w*"
        r"|(?:resilience|autosuffisance|souverainete) alimentaire|food (?:resilience|self-sufficiency|sovereignty)"
        r"|semences?\b|seeds?\b|engrais|fertili[sz]er\w*|удобрен\w*|agro\w*|агро\w*"
        r"|cotton|coton\b|cotons\b|cotonn\w*|cacao|cocoa|betail|cattle|epizooti\w*|phytosanitaire\w*"
        r"|phytosanitary|aquacultur\w*|fishing|farm(?:ing|ers?)\b|cereal\w*|cerealier\w*"
        r"|produits? alimentaires?|food products?|продовольств\w*|зерн\w*|пшениц\w*"
        # potash is sold as a fertiliser: "potash", "la potasse", «хлористый калий», «калийные
        # удобрения»; the soils farmed, mapped or not: "la cartographie de la fertilité des
        # sols", "soil fertility mapping", «картирование плодородия почв» (not the maps'
        # administration)
        r"|potash|potasse|potassium chloride|chlorure de potassium|хлорист\w* кали\w*|калийн\w*"
        r"|(?:cartograph\w* (?:de la |des )?)?fertilite des sols|soil fertility(?: mapping)?"
        r"|(?:картировани\w* )?плодороди\w* почв\w*|(?:cartograph\w* des )?sols agricoles",
        ("agriculture",),
    ),
    # armed forces supplying each other: "the Reciprocal Exchange of Logistics Support
    # agreement", "mutual logistics support", "acquisition and cross-servicing", «взаимное
    # материально-техническое обеспечение» (logistics alone is transport)
    (
        r"(?:exchange of |mutual |reciprocal )logistics? support|logistics exchange"
        r"|cross-servicing|soutien logistique (?:mutuel|reciproque)"
        r"|взаимн\w* материально-техническ\w* обеспечени\w*",
        ("defence",),
    ),
    (
        r"sciences? medicales?|medical sciences?|medicaments?\b|medicines?\b|pharmac\w*|фармац\w*|лекарств\w*|vaccin\w*|вакцин\w*"
        r"|epidemi\w*|pandemi\w*|эпидеми\w*|пандеми\w*|paludisme|malaria|hiv|vih\b|sida\b"
        r"|aids\b|tuberculos\w*|soins\b|healthcare|clinique\w*|clinics?\b"
        r"|санитарн\w*-эпидемиологич\w*|здоровь\w*",
        ("health",),
    ),
    (
        r"campus\w*|etudiants?\b|students?\b|студент\w*|вуз\w*|academi\w*|academ\w*"
        r"|institute of technology|institut (?:de technologie|polytechnique)|polytechni\w*"
        r"|apprentissage|apprenticeship\w*|schooling|alphabetisation|literacy|teachers?\b"
        r"|enseignants?\b|учител\w*|школ\w*|подготовк\w* кадров|подготовк\w* (?:\w+ ){0,2}специалист\w*|кадров\w*|professional training"
        r"|capacity building|renforcement des capacites",
        ("education",),
    ),
    (r"sciences?\b|наук\w*|technology transfer|transfert de technologies?", ("research",)),
    (
        r"intelligence artificielle|artificial intelligence|искусственн\w* интеллект\w*"
        r"|protection des donnees|donnees personnelles|data protection|personal data|televis\w*|radiodiffusion|radio\b|press agenc\w*|news agenc\w*"
        r"|journalis\w*|сми\b|масс-медиа|communications? electroniques?|electronic communications?"
        r"|telecommunication\w*|communications\b|e-gouvernement|e-government|электронн\w* правительств\w*"
        # "un diplomate en poste à Dakar", "au poste de ministre": a posting, not the post
        r"|audiovisu\w*|(?<!\ben )(?<!\bau )postes?\b"
        r"(?! (?:frontali|de (?:police|controle|douane|transformation)|electri|sources?))|postal",
        ("digital",),
    ),
    (
        r"\barts?\b|artistes?|artists?|cinema\w*|films?\b|musees?\b|museums?|archeolog\w*"
        r"|olympi\w*|jeux\b|games\b|loisirs|leisure|музе\w*|кино\w*|искусств\w*",
        ("culture",),
    ),
    (
        r"barrages?\b|dams?\b|eau potable|drinking water|fleuves?\b|rivers?\b|bassins?\b"
        r"|plotin\w*|плотин\w*|питьев\w* вод\w*",
        ("water",),
    ),
    (
        r"meteorolog\w*|метеоролог\w*|gestion des dechets|dechets|waste\b|отход\w*"
        r"|pollution|загрязн\w*|developpement durable|sustainable development"
        r"|устойчив\w* развит\w*|reboisement|afforestation|reforestation|faune|wildlife"
        r"|ecolog\w*|ozone|changement climatique|охран\w* природ\w*|лесн\w*|лесов\w*",
        ("environment",),
    ),
    (
        r"travailleurs?\b|workers?\b|main-d'oeuvre|main d'oeuvre|manpower|retraites?\b"
        r"|pensions?\b|пенсион\w*|трудящ\w*|readmission|реадмисси\w*|rapatri\w*|expatri\w*"
        r"|recrutement\w*|recruitment",
        ("migration",),
    ),
    (
        r"egalite des sexes|gender equality|enfance|enfants?\b|children|child\b"
        r"|handicap\w*|disabilit\w*|pauvret\w*|poverty|familles?\b|families|croix-rouge"
        r"|croissant-rouge|red cross|red crescent|красн\w* крест\w*|social\w*|sociaux"
        r"|социальн\w*|детей|дети|детск\w*|женщин\w*|семей\w*|семьи",
        ("social",),
    ),
    (
        r"fonction publique|civil service|administration publique|public administration"
        r"|государственн\w* служб\w*|statisti\w*|статистик\w*|статистическ\w*|archives?\b|архив\w*"
        r"|reforme de l'etat|cadastr\w*|cartograph\w*|elector\w*"
        r"|electora\w*|elections?\b|избиратель\w*|biometri\w*",
        ("administration",),
    ),
    (
        r"consultations? politiques?|political consultations?|политическ\w* консультаци\w*"
        r"|dialogue politique|political dialogue|exemptions? de visas?|visa exemption|безвиз\w*"
        r"|affaires etrangeres|foreign affairs|иностранн\w* дел|межмидовск\w*|(?:мид|мидами)\b"
        r"|politique etrangere|foreign policy|внешн\w* политик\w*"
        # cooperation between foreign ministries, not the heads of them who sign a text
        r"|между внешнеполитическими ведомствами|внешнеполитическ\w* (?:консультаци|диалог)\w*"
        r"|consultations? (?:entre|between) (?:les )?(?:ministeres|ministries) (?:des|of)",
        ("diplomacy",),
    ),
    (
        r"corruption\w*|коррупц\w*|entraide judiciaire|legal assistance|mutual legal"
        r"|правов\w* помощ\w*|juridictions?|tribuna\w*|судебн\w*|prisons?\b|тюрьм\w*",
        ("justice",),
    ),
    (
        r"armements?\b|weapons?\b|arms\b|вооружен\w*|military-technical|военно-техническ\w*",
        ("defence",),
    ),  # movement of people and goods, documents of stay, the sea's workers, the press
    (
        r"libre circulation des (?:personnes et des (?:biens|marchandises)|(?:biens|marchandises)"
        r" et des personnes)|free movement of (?:(?:persons|people) and goods|goods and (?:persons"
        r"|people))|свободн\w* (?:передвижени|перемещени)\w* (?:граждан|лиц) и товар\w*",
        ("migration", "trade"),
    ),
    (
        r"libre circulation des (?:biens|marchandises)|free movement of goods"
        r"|свободн\w* (?:передвижени|перемещени)\w* товар\w*",
        ("trade",),
    ),
    (
        r"libre circulation|free movement|freedom of movement|свободн\w* передвижени\w*"
        r"|cartes? de (?:sejour|residen\w*)|titres? de sejour|residence permits?|residency"
        r"|вид\w* на жительство|ressortissants",
        ("migration",),
    ),
    (
        r"marchandises|goods\b|transit\b|facilitation des echanges|trade facilitation"
        r"|товар\w*|транзит\w*"
        # a state's foreign trade by its Russian name, "foreign economic activity":
        # «участники внешнеэкономической деятельности» are its importers and exporters
        r"|внешнеэкономическ\w* деятельност\w*|foreign economic activit\w*"
        r"|activites? economiques? exterieures?",
        ("trade",),
    ),
    (
        # a state's transit potential is its routes as much as its trade: «развитие
        # транзитного потенциала», "the transit potential", "le potentiel de transit" (the
        # transit of goods alone is trade, above; of gas, oil or electricity energy, below)
        r"транзитн\w* потенциал\w*|transit potential|potentiel de transit",
        ("transport", "trade"),
    ),
    (
        r"transports? (?:\w+ )?(?:de|des) marchandises|(?:\w+ )?transport of goods|carriage of goods"
        r"|fret\b|freight|грузов\w* перевозк\w*|перевозк\w* грузов"
        r"|(?<!securite des )(?<!security of )corridors?\b|gens de mer|seafarers?|marins?\b|navires?\b|ships?\b|vessels?"
        r"|моряк\w*|коридор\w*|судоходств\w*",
        ("transport",),
    ),
    (
        r"deforest\w*|vegetation|mangrove\w*|desert\w*|обезлесен\w*|опустынивани\w*",
        ("environment",),
    ),
    (
        r"agences? de presse|signatures? (?:electroniques?|numeriques?)"
        r"|electronic signatures?|digital signatures?|электронн\w* (?:цифров\w* )?подпис\w*"
        r"|информационн\w* агентств\w*",
        ("digital",),
    ),
)

_KINDS: tuple[tuple[str, str], ...] = (
    (
        r"accords?[- ]cadres?|framework agreements?|traites?\b|treat(?:y|ies)"
        r"|accords? genera(?:l|ux) de cooperation|general (?:cooperation )?agreements?"
        r"|генеральн\w* соглашени\w*"
        # the basic agreement on technical cooperation that frames a cooperation: "l'accord
        # de base de coopération technique", "the Basic Agreement on Technical Cooperation",
        # «базовое соглашение о техническом сотрудничестве»
        r"|accords? de base (?=(?:de|sur la|relatif a la) (?:[\w-]+ )?cooperation)"
        r"|basic agreements? (?=(?:on|for) (?:[\w-]+ )?co-?operation)"
        r"|basic (?:[\w-]+ )?co-?operation agreements?"
        r"|базов\w* соглашени\w*(?= о (?:[\w-]+ )?сотрудничеств)"
        r"|рамочн\w* соглашени\w*|соглашени\w* об основах"
        r"|договор(?!ил|ен|ят|ит|ива)\w*",  # «договорились» is the verb: "they agreed"
        "framework",
    ),
    (r"framework arrangements?|arrangements?-cadres?", "framework"),
    # "signed a cooperation framework on migration", "a regional economic integration
    # framework", "a framework for cooperation in health": the frame is the text signed
    # ("within the framework of", "a legal framework" are no text)
    (
        r"(?:co-?operation|integration|partnership) frameworks?\b"
        r"|frameworks? (?=for (?:\w+ )?co-?operation\b)",
        "framework",
    ),
    # a partnership told as signed is a text: "the Comprehensive Strategic Partnership, signed
    # in August 2020", "le partenariat stratégique signé en 2018"
    # ("un accord-cadre de partenariat signé en 2022": the partnership is the accord's complement)
    (
        r"(?<!of )partnership(?=,?\s+signed\b)|(?<!de )partenariat(?=(?: \w+){0,2},? signe\b)",
        "framework",
    ),
    # so is a lender's partnership strategy with a state, told as signed: "the Country
    # Partnership Strategy 2024-2027 signed with the Bank", "la Stratégie de partenariat pays
    # signée entre le Bénin et la BID", «Стратегия партнёрства …, подписанная»
    (
        # (its signing told later in its clause too: "la stratégie de partenariat avec les pays
        # membres (MCPS) pour la période 2027-2030 serait signée", "would be signed")
        r"(?:(?:member )?country )?partnership strateg(?:y|ies)(?=[^.;:]{0,100}?\bsigned\b)"
        r"|strategies? de partenariat(?=[^.;:]{0,100}?\bsignee?s?\b)"
        # (the noun «стратегия», not the adjective of «о стратегическом партнёрстве»)
        r"|стратеги(?:я|и|ю|еи) (?:\w+ )?партнерств\w*(?=[^.;:]{0,100}?(?<!\w)подписан\w*)",
        "framework",
    ),
    (
        # "a Memorandum of Agreement (MoA) on livestock" is one memorandum, not a memorandum
        # and an agreement
        r"memorand(?:um|a) of (?:agreement|understanding|cooperation)"
        r"|memorandum\w*|memoranda|mous?\b|mocs?\b|moas?\b|protocoles? d'(?:accord|entente)"
        r"|меморандум\w*|lettres? d'(?:intention|entente)|letters? of (?:intent|understanding)"
        r"|письм\w* о намерениях",
        "memorandum",
    ),
    (r"conventions?\b|конвенци\w*", "convention"),
    (r"protocoles?\b|protocols?\b|протокол\w*", "protocol"),
    (
        r"programmes? executifs?|plans? d'action|feuilles? de route|road ?maps?|action plans?"
        r"|plans? of action"
        # "the police cooperation implementation plan", "le plan de mise en œuvre", «план
        # реализации»: the plan that carries out a text the sides signed
        r"|implementation plans?|plans? de mise en (?:oe|œ)uvre|план\w* реализаци\w*"
        # what a UN agency signs with a state: "plan de travail conjoint", "joint work plan",
        # "Country Programme Framework" (IAEA), "country programme action plan"
        r"|plans? de travail (?:conjoints?|annuels?)|(?:joint|annual|rolling) work ?plans?"
        # a work plan of the sides, told by how many they are or by the cooperation it plans:
        # "the Trilateral Work Plan on Fisheries Cooperation", "a bilateral work plan", "le
        # plan de travail trilatéral", «трёхсторонний план работы»
        r"|(?:bi|tri|multi)lateral work ?plans?|work ?plans? (?=(?:on|for) (?:[\w-]+ ){0,3}co-?operation\b)"
        r"|plans? de travail (?:bi|tri|multi)laterau?x?|plans? de travail (?=(?:sur|pour) (?:la |le )?"
        r"(?:[\w-]+ ){0,3}cooperation\b)"
        r"|(?:дву|тр[её]х|много)сторонн\w* план\w* работ\w*"
        # a joint plan, or a plan for a year, signed by the sides: «план совместной подготовки
        # войск на 2026 год», "a joint training plan", "le plan conjoint de formation"
        r"|план\w* совместн\w*|совместн\w* план\w*|plans? conjoints?|joint (?:\w+ )?plans?"
        r"|план\w*(?= (?:[\w-]+ ){0,12}?на \d{4}(?:[-–]\d{4})? год)"
        r"|country programme (?:frameworks?|documents?|action plans?)"
        # the FAO's: "Country Programming Framework", "cadre de programmation par pays"
        r"|country programming frameworks?|cadres? de programmation (?:par |de )?pays"
        r"|documents? de programme (?:de )?pays|plans? d'action (?:du )?programme (?:de )?pays"
        r"|executive programmes?|дорожн\w* карт\w*|программ\w*"
        # not a plan of an event's own doings: «план мероприятий фестиваля, форума»
        r"|план\w* (?:действи|мероприяти)\w*\b(?! (?:фестивал|форум|визит|праздновани|недел"
        r"|конференци|выставк|юбиле|саммит)\w*)"
        # a plan of consultations between foreign ministries: «план (многоуровневых
        # межмидовских) консультаций»
        r"|план\w*(?= (?:[\w-]+ ){0,2}консультаци)|plans?(?= (?:de|of) consultations?)|consultation plans?"
        # a programme named with its content, not "le programme de la visite"
        r"|programmes? (?=(?:de cooperation|d'echanges?|sur|on|of cooperation|of exchanges?"
        r"|for cooperation)\b)|(?:exchange|cooperation) programmes?\b"
        # a French adjective may stand between the programme and its content: "un programme
        # indicatif de coopération", "un programme pluriannuel d'échanges", "programme
        # triennal de coopération" (not "national", a state's own: `_NATIONAL_AFTER`)
        r"|programmes? (?=(?:[a-z]+(?:ifs?|els?|aux|ales?|aires?) )(?:de cooperation|d'echanges?)\b)"
        # a plan of the sides' cooperation: "signed a cooperation plan for 2026-2030", "un plan
        # de coopération", «план сотрудничества»
        r"|co-?operation plans?\b|plans? de cooperation\b|план\w* сотрудничеств\w*"
        # "a culture programme for 2025-2027", "programme of cultural exchanges": a programme
        # for years or of exchanges is one the sides sign, not a state's own programme
        r"|programmes? (?=(?:for|pour|pour la periode) \d{4}\b|of (?:\w+ )?exchanges?\b)",
        "programme",
    ),
    (r"contrats?\b|contracts?\b|контракт\w*", "contract"),
    # an amendment signed to what is no text by its name is itself the text: "signed an
    # amendment to the development plan", "a signé un avenant à la concession" (to a text
    # named by its kind, "an amendment to the 2019 agreement", that kind's mention is read)
    (
        r"(?:(?<=signed an )|(?<=signed the )|(?<=signe un )|(?<=signe l'))"
        r"(?:amendments?|addend(?:um|a)|avenants?)\b"
        # (one that extends or amends a text it names is told with it: `_AMENDMENT_BEFORE`)
        r"(?!,? (?:extending|amending|modifying|prolonging|renewing|prorogeant|prolongeant"
        r"|modifiant|renouvelant)\b)"
        r"(?! (?:to|of|a|au|aux|de|du) (?:the |la |le |l'|les )?(?:[\w-]+ ){0,3}?(?:agreements?|accords?"
        r"|conventions?|contrats?|contracts?|protocol\w*|memorand\w*|treat\w*|traites?|deals?"
        r"|mous?|charters?|chartes?)\b)",
        "agreement",
    ),
    (
        r"declarations?\b|декларац\w*"
        # a joint statement the sides sign is their declaration («подписали Совместное
        # заявление», "signed a joint statement"); one issued or quoted is a communiqué
        r"|(?:(?<=подписали )|(?<=подписано )|(?<=подписан )|(?<=подписаны )|(?<=подписал )"
        r"|(?<=подписала )|(?<=signed a )|(?<=signed the ))(?:совместн\w* заявлени\w*"
        r"|joint statements?"
        # a statement the sides sign on a matter is theirs, joint or not: «подписали
        # заявление о прекращении огня», «подписали заявление по итогам переговоров»
        r"|заявлени\w*(?= (?:об?|по) ))"
        r"|совместн\w* заявлени\w*(?=[^.;]{0,120}?(?:подписа|скрепил))"
        r"|joint statements?(?=[^.;]{0,80}? (?:was|were|has been|have been) signed)",
        "declaration",
    ),
    (
        r"echanges? de (?:lettres|notes)|exchanges? of (?:letters|notes)|обмен\w* (?:нот\w*|письм\w*)"
        # the verb's adverbials may stand between it and its object: «обменялись во вторник в
        # Ханое нотами», "ont échangé mardi à Niamey des notes", "exchanged on Monday notes"
        r"|exchanged (?:[\w'-]+ ){0,4}?(?:diplomatic )?notes"
        r"|ont echange (?:[\w'-]+ ){0,4}?(?:des|les) (?:notes|lettres)"
        r"|обменялись (?:[\w-]+ ){0,4}?нотами",
        "other",
    ),
    # what a UN agency signs with a state for one project: "signed a project document on
    # glacier monitoring", "un document de projet sur l'insertion des jeunes", «подписали
    # проектный документ по адаптации сельского хозяйства»
    (
        r"project documents?\b|documents? de projets?\b|проектн\w* документ\w*",
        "other",
    ),
    (
        r"proces-verba(?:l|ux)|releve de conclusions|agreed minutes"
        # "le compte rendu de la 21e réunion": minutes by their other French name, only of a
        # session ("un compte rendu de la visite" is a report)
        r"|comptes?[- ]rendus?(?= (?:(?:agree|approuve|adopte|signe|final)e?s? )?(?:de la|des|du) "
        r"(?:[\w-]+ ){0,2}(?:session|reunion|travaux)\b)"
        # "the minutes of the 3rd JPC", "minutes of the fifth Joint Commission"
        r"|minutes of the (?:[\w-]+ ){0,4}?(?:session|meeting|commission|jpcc?|jcc)\b"
        # "the co-chairs signed the minutes", "the minutes were signed": minutes alone are
        # a session's text only as what is signed ("30 minutes" is a length of time)
        r"|(?:(?<=signed the )|(?<=signing of the )|(?<=sign the ))minutes\b"
        r"|minutes(?= (?:were|was|have been|had been) signed)",
        "other",
    ),
    (
        r"statuts\b|statutes?\b(?<!statute)|statute (?=of|establishing|creating|setting up)"
        r"|reglement interieur|rules of procedure|устав(?:а|ом|е)?\b"
        # «положение о совете», «Положение о межправительственной комиссии»: a body's
        # regulations (not «положение дел», a state of things, nor «положение о том, что»)
        r"|положени(?:е|я|ю|ем|и)\b(?= об? (?:[\w-]+ ){0,3}?(?:совет|комисси|комитет|групп"
        r"|секретариат)\w*)"
        # the terms of reference of a joint body, signed or adopted as its statutes are
        r"|(?:terms of reference|termes de reference)"
        r"(?=[^.;]{0,80}?\b(?:signed|adopted|approved|signee?s|adoptee?s|approuvee?s)\b)"
        r"|(?:(?<=signed the )|(?<=adopted the )|(?<=approved the ))terms of reference",
        "other",
    ),
    # a community's legal instrument its heads of state sign ("l'Acte additionnel portant
    # création de la Force en attente", ECOWAS's "Supplementary Act", «дополнительный акт»)
    (
        r"actes? additionnels?\b|(?:supplementary|additional) acts?\b"
        r"|дополнительн\w* акт(?:а|ом|е|ы|ов)?\b",
        "other",
    ),
    (r"chartes?\b|charters?\b|хартия|хартии|хартию", "agreement"),
    (r"pactes?\b|pacts?\b|пакт(?:а|ом|е|ы|ов)?\b", "agreement"),  # a treaty by another name
    # an addendum signed on its own, its object no text ("signed an addendum with the port
    # authority extending its concession", "un avenant sur le champ"): a text of its own
    # (one "to the contract", "à l'accord", or extending a text, is told with that text)
    (
        r"addend(?:um|a)\b(?!\s+to\b)(?!,?\s+(?:extending|amending|modifying|prolonging)\b)"
        r"|avenants?\b(?!\s+(?:n[°o] ?\d+\s+)?(?:au|aux|a (?:la|l'|le|les))\b)"
        r"(?!,?\s+(?:prorogeant|prolongeant|modifiant)\b)",
        "agreement",
    ),
    (
        r"accords?\b|agreements?\b|(?:межправ)?соглашени\w*"  # «межправсоглашение»: press short
        # «подписали договоренности в сфере энергетики»: arrangements signed are texts (those
        # «достигнутые», reached, are a consensus)
        r"|(?:(?<=подписали )|(?<=подписаны )|(?<=подписал )|(?<=подписала )|(?<=оформили ))"
        r"договоренност\w*"
        # "ont signé une entente de coopération", "une entente sur le transport aérien" (not
        # "la bonne entente entre les deux pays", nor the "mémorandum d'entente" itself)
        r"|(?<!d')ententes?(?= (?:de cooperation|de partenariat|sur|relatives?|portant|dans le"
        r"|en matiere|cadre)\b)"
        # "signed a $3 billion deal": the press's word for an agreement (not "to deal with",
        # "a great deal of")
        r"|(?<!to )(?<!great )(?<!good )(?<!will )(?<!must )(?<!can )deals?\b(?! of\b)"
        r"|arrangements?\b(?= (?:\w+ )?(?:on|sur|relati\w*|de cooperation|concerning|between"
        r"|entre|for)\b)"
        # the Millennium Challenge Corporation's word: "signed a $500 million compact"
        r"|compacts?\b"
        # "…, while the tourism boards signed one on tourism", "… et un autre sur la pêche":
        # a text named by its pronoun right after a signing verb, with its own domain
        r"|(?:(?<=signed )|(?<=inked )|(?<=signe ))"
        r"(?:one|another|un autre|une autre)(?= (?:on|sur|relati\w*|covering|portant sur)\b)"
        # one of a count named by its pronoun and its own sides: "Among them was one between
        # Masdar and PLN on …", "dont un entre l'OCP et …", «в том числе один между …»
        r"|(?:(?<=dont )|(?<=including )|(?<=among them was )|(?<=among them is )|(?<=and )"
        r"|(?<=et )|(?<=в том числе )|(?<=и ))(?:one|another|un|une|un autre|une autre|один"
        r"|одно|одна|другой|другое|еще один)(?= (?:between|entre|между)\b)",
        "agreement",
    ),
)

_STATUSES: tuple[tuple[str, str], ...] = (
    (
        r"entr\w+ en vigueur|entered into force|in force|вступ\w+ в силу"
        # «соглашение … остаётся в силе», «сохраняет силу», "reste en vigueur": "remains in force"
        r"|оста(?:е|ю)тся в силе|сохраня(?:ет|ют) силу|(?:reste|demeure)n?t? en vigueur"
        # "have brought into force the agreement", "came into force", «введено в действие»
        r"|(?:brought|put|came) into force|mise?s? en vigueur|введен\w* в действие"
        # «о действующем межправительственном соглашении»: the text in force
        r"|действующ\w* (?:\w+ ){0,2}(?:соглашени|договор|меморандум|протокол|конвенци)\w*"
        # «соглашение … действует с октября 2016 года»: in force since a date
        r"|действу(?:ет|ют) (?:уже )?(?:с|со) (?:\d|(?:[\w-]+ )?(?:январ|феврал|март|апрел|ма[яе]"
        r"|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*\b)",
        "in_force",
    ),
    # «закон о ратификации Соглашения»: the noun as the verb; and a government's approval of a
    # text it signed, as a cabinet's decisions list it ("Approving a memorandum of
    # understanding …", "Approbation de l'accord …", «Одобрить соглашение …»): its domestic step
    # after signing, as ratifying is
    # a text going through its ratification is signed, not yet ratified: «сейчас проходит
    # ратификацию», "is pending ratification", "en cours de ratification"
    (
        r"проход(?:ит|ят) (?:\w+ )?ратификаци\w*|ожида(?:ет|ют) ратификаци\w*"
        r"|(?:pending|awaiting|undergoing) ratification|en cours de ratification",
        "signed",
    ),
    (
        # (a draft approved is still to be signed: "Approving the draft agreement")
        r"ratifi\w*|ратифицир\w*|ратификаци\w*"
        r"|^(?:approving|approbation d[eu']|одобрить|утвердить)\s*"
        r"(?:an?\s+|the\s+|la\s+|le\s+|l')?(?:(?!draft|projet|проект)[\w-]+\s+){0,2}?"
        r"(?:agreement|memorandum|mou|protocol|convention|treaty|accord|protocole|traite"
        r"|соглашени|меморандум|протокол|договор|конвенци)",
        "ratified",
    ),
    (r"paraph\w*|initial+ed|парафир\w*", "initialled"),
    # a signing put off is still to come: "the signing of the agreement was postponed",
    # "la signature de la convention a été reportée", «подписание соглашения отложено»
    # (before "signed", which "signing of", "signature de" would give)
    (
        r"(?:signing|signature|подписани\w*)\b[^.;:]{0,200}?\b(?:postpon\w*|deferred|delayed"
        r"|repoussee?s?\b"
        r"|put off|pushed back|reporte(?:e|es|s)?\b|ajourne(?:e|es|s)?\b|differe(?:e|es|s)?\b"
        r"|отлож\w*|перенес\w*)"
        r"|(?:postpon\w*|deferred|delayed|put off|pushed back|reporte(?:r|e|es|s|nt)?\b"
        r"|repouss(?:er|e|es|ee|ees|ent|ait|aient)?\b"
        r"|ajourne(?:r|e|es|s|nt)?\b|differe(?:r|e|es|s|nt)?\b"
        r"|отлож\w*|перенес\w*) (?:\w+ ){0,2}?(?:the |la |l')?(?:signing|signature|подписани)"
        # the prospects of concluding a text are of one to come: «перспективы заключения
        # договора», "les perspectives de conclusion d'un accord" (before "signed", which
        # «заключения» would give; English "prospects" is a possibility, `stance`)
        r"|перспектив\w* (?:\w+ )?(?:заключени|подписани)\w*"
        r"|perspectives? (?:de |d')(?:la )?(?:conclusion|signature|conclure|signer)"
        # so are the talks on concluding one: «начать переговоры с Таиландом о заключении
        # соглашения» («заключении» is the noun, not «заключен», concluded)
        r"|переговор\w* (?:[^.;:]{0,80}? )?о (?:заключении|подписании)",
        "planned",
    ),
    (
        r"(?:a|ont|avons|est|sont|a ete|ont ete|fut|furent) (?:\w+ )?(?:signe(?!r\b)|conclu(?!re\b|sion))\w*"
        # "sera soumis à la signature des ministres" is a text still to be signed
        r"|(?<!be )(?:signed|concluded|inked|sealed|penned)"
        r"|(?<!be )struck (?:an? |the |their )?(?:[\w-]+ )?(?:deals?|agreements?|pacts?|accords?)\b|(?<!soumis a la )(?<!soumise a la )signature d['e]"
        r"|signing of"
        r"|подписал\w*|(?<!будет )(?<!будут )(?<!быть )(?:подписан(?!и)|заключен)\w*|заключил\w*"
        r"|exchanged (?:[\w-]+ ){0,3}(?:mous?|memorand\w*|agreements|documents|instruments)\b"
        r"|(?:mous?|memorand\w*|agreements|documents|instruments) (?:[\w-]+ ){0,3}(?:were|was"
        r"|have been) exchanged|exchange of (?:[\w-]+ ){0,2}(?:mous?|memorand\w*|agreements)\b"
        r"|обменялись (?:\w+ ){0,3}(?:соглашени|меморандум|документ)\w*"
        # «состоялось подписание соглашения», «прошла церемония подписания»: done
        r"|(?:состоял\w*|прошл[оаи]|прошел) (?:\w+ ){0,2}?подписани\w*",
        "signed",
    ),
    (
        r"sera(?:it)? signe|seront signe|etre signe|a examiner|projets? d'(?:accord|protocole)"
        r"|prevo\w+ de signer|en perspective|mettre en place|envisag\w*|will be signed"
        r"|to be signed|draft|plans? to sign|soumis\w* a la signature|submitted for signature"
        r"|вынес\w* на подписание|expected to sign|планир\w*|предстоит|будет подписан"
        r"|быть подписан|будут подписан|проект\w*|намерен\w*|цели\b|подписать|подписание"
        # «рассчитывают согласовать соглашение»: a text still to be agreed (the infinitive)
        r"|согласовать\b"
        r"|signer\b|conclure\b"
        r"|to sign\b|to conclude\b|(?:could|may|might|would) (?:\w+ )?(?:sign|conclude|ink)\b|veulent|souhaite\w*|entend\w*|intend\w*|want\w*|negoci\w*"
        r"|negotiat\w*|хотят|переговор\w* о|согласован\w*|разработк\w*|подготовить"
        # «договорились о подписании соглашения», «согласовали текст соглашения»: agreed to
        # sign, agreed on a draft; the signing is to come
        r"|договорил\w* о (?:подписании|заключении)|согласовал\w* (?:текст|проект)"
        r"|to draft|drafting|futur\w*|future\b|talks (?:on|about|for)|pourparlers"
        r"|(?:swift|rapid|speedy|early|prompt) conclusion|conclusion rapide|call(?:ed|s|ing)? for"
        r"|appel\w* (?:a|au) (?:la |l')?(?:conclusion|signature)|pourr\w+ (?:l'|les )?etre\b|yet to be \w+|still (?:to be|being) \w+"
        r"|en cours d(?:e |')(?:negociation|finalisation|elaboration|examen|etude)"
        # a text under study is one to be examined (SPEC's planned): "est à l'étude", "under
        # consideration", «находится на рассмотрении», «изучается»
        r"|a l'etude|a l'examen|under (?:study|consideration|review|examination)"
        # "reste au stade de l'examen", "still at the stage of negotiation" (as «в стадии»)
        r"|(?:au|en) stade (?:de |d'|du |de la )?(?:l')?(?:examen|etude|negociation|elaboration"
        r"|redaction|projet)\b|at the (?:\w+ )?(?:stage|phase) of (?:review|consideration"
        r"|negotiation|drafting|study)\b"
        # to be examined at a meeting to come: "sera examiné lors de la prochaine session",
        # "will be considered at the next meeting", «будет рассмотрен на следующем заседании»
        r"|(?:sera|seront|serait|seraient) (?:\w+ )?(?:examine|etudie)\w*"
        r"|will (?:\w+ )?be (?:examined|considered|studied|reviewed)|(?:будет|будут) рассмотрен\w*"
        r"|being (?:studied|considered|reviewed|examined)|на рассмотрении|в стадии (?:разработки"
        r"|согласования|рассмотрения|доработки|подготовки|финализации)"
        r"|(?:изуча|рассматрива|дорабатыва)(?:ется|ются)"
        # one that waits to be examined: "awaits consideration by the committee", "en attente
        # d'examen", «ожидает рассмотрения в комиссии» (not its ratification: a signed text
        # waits for that)
        r"|await\w* (?:\w+ )?(?:consideration|examination|review)|en attente d(?:'|e l')examen"
        r"|attend\w* (?:encore |toujours )?d'etre (?:examine|etudie)\w*|ожида\w* рассмотрени\w*"
        # a text still being written: "is being prepared", "under preparation", "en cours de
        # préparation" (as «в стадии подготовки»)
        r"|being (?:prepared|drafted|finali[sz]ed)|under preparation|en cours de preparation"
        r"|reste(?:nt)? a (?:signer|finaliser"
        r"|conclure|negocier)"
        # a text to be put before a board or a parliament is still to be approved: "devrait
        # être soumis au conseil d'administration", "is to be submitted to the board", «будет
        # внесено на рассмотрение»
        r"|(?:devr\w+|doi(?:t|vent)|sera|seront) (?:\w+ )?(?:etre )?(?:soumis|presente|transmis)\w*"
        r"|(?:will|should|shall|is to|are to|(?:is|are) (?:expected|due|scheduled) to) (?:\w+ )?be"
        r" (?:submitted|presented|tabled|sent) to"
        r"|(?:будет|будут|должн\w* быть) (?:\w+ )?(?:внесен|представлен|направлен)\w* на"
        # the future and the modal passive: "will sign", "could be signed", "signeront",
        # «подпишут»: announced, not done
        r"|(?:will|shall|'ll) (?:\w+ )?(?:sign|conclude|ink|initial)\b"
        # what a meeting was to yield: "the session was expected to produce a package of
        # documents", "la session devait déboucher sur des accords"
        r"|(?:was|were|is|are) (?:expected|due|supposed|set) to (?:produce|yield|deliver|result in)"
        r"|devai(?:t|ent) (?:produire|deboucher sur|aboutir a)"
        r"|(?:could|may|might|would|should|shall) (?:\w+ )?be (?:signed|concluded|inked)"
        r"|(?:signer|conclur|parapher)(?:a|ont|ai|ons|ez)\b"
        r"|(?:подпиш|заключ)(?:ет|ут|ем|ат|ит)\b|(?:будет|будут) подпис\w*"
        # a text talked about, not signed: "discussed a trade agreement", «обсудили»
        r"|discuss\w*|discut\w*|evoqu\w*|обсу(?:ди|жда|жд)\w*|expedit\w*"
        # «подготовка» of a text is its making; of people («подготовка кадров, специалистов,
        # врачей») it is training, a domain
        r"|подготовк\w*(?!\w)(?! (?:[а-я]+ ){0,2}?(?:кадр|специалист|врач|медик|инженер|педагог"
        r"|учител|пилот|военн|студент|офицер|персонал|работник|спортсмен|экипаж|дипломат))"
        r"|accelerer|ускор\w*|wish\w*|hope\w*|esper\w*|espoir|volonte|желани\w*|надежд\w*"
        # a text said to be near: "a deal on power exports was close", "close to signing",
        # "l'accord est imminent", «близки к подписанию»
        r"|(?:is|was|are|were|seems?|seemed|appears?|appeared) (?:now |very |getting |drawing )?"
        r"(?:close|near|imminent|within reach)\b(?! (?:to (?!sign|seal|conclu|final|agree)"
        r"|co-?operation|ties|relations|partners?|allies|friends))"
        r"|close to (?:signing|sealing|concluding|finali[sz]ing|an? (?:deal|agreement))"
        # "will be ready for signature", "prêt pour la signature", «готово к подписанию»
        r"|ready (?:for (?:signature|signing)|to be signed)|pr[eê]te?s? (?:a|pour) (?:la )?signature"
        r"|готов\w* к подписанию"
        # "is awaiting signature", "awaits signing", "en attente de signature", «ожидает
        # подписания»: written, not yet signed
        r"|await\w* (?:its |their )?(?:signature|signing)|en attente de (?:la )?signature"
        r"|ожида\w* подписания"
        r"|(?:est|sont|semble|semblent|serait) (?:\w+ )?(?:proches?|imminente?s?)\b(?! (?:de|des|du)"
        r" (?!la signature|la conclusion))|близк\w* к (?:подписанию|заключению)",
        "planned",
    ),
)


def _compile(table):
    r"""Patterns are folded like the text they meet, so «й» in a stem matches. Each starts
    where no letter comes before: `\b` when its every match begins with a letter (the same
    thing there, and a third of the cost of the look-behind tried at every position)."""
    return tuple(
        (re.compile(_word_start(fold(p)) + "(?:" + fold(p) + ")"), value) for p, value in table
    )


def _word_start(pattern: str) -> str:
    r"""`\b` if every match of `pattern` begins with a word character ("energ\w*|gaz\b"),
    else `(?<!\w)` (a match may begin with "-" or be empty, where `\b` differs)."""
    starts_with_word, empty = _first_chars(_parser.parse(pattern))
    return r"\b" if starts_with_word and not empty else r"(?<!\w)"


_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}


def _first_chars(items: Iterable[tuple[Any, Any]]) -> tuple[bool, bool]:
    """Whether every first character a sequence of parsed items can match is a word
    character, and whether it can match the empty string. Unknown items answer (False, _)."""
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _constants.LITERAL:
            word, empty = _WORD.match(chr(arg)) is not None, False
        elif op is _constants.IN:
            word, empty = all(_word_member(o, a) for o, a in arg), False
        elif op is _constants.BRANCH:
            answers = [_first_chars(branch) for branch in arg[1]]
            word, empty = all(w for w, _ in answers), any(e for _, e in answers)
        elif op is _constants.SUBPATTERN:
            word, empty = _first_chars(arg[3])
        elif op is _constants.ATOMIC_GROUP:
            word, empty = _first_chars(arg)
        elif op in _REPEATS:
            word, empty = _first_chars(arg[2])
            empty = empty or arg[0] == 0
        else:
            return False, True
        if not word:
            return False, True
        if not empty:
            return True, False
    return True, True


def _word_member(op: Any, arg: Any) -> bool:
    r"""A member of a character class that holds word characters only ([a-z], \w, "é")."""
    if op is _constants.LITERAL:
        return _WORD.match(chr(arg)) is not None
    if op is _constants.RANGE:
        return all(_WORD.match(chr(c)) for c in range(arg[0], arg[1] + 1))
    return op is _constants.CATEGORY and arg in (
        _constants.CATEGORY_WORD,
        _constants.CATEGORY_DIGIT,
    )


_WORD = re.compile(r"\w")


# Domains of agreement lists the tables above left bare (issue 10, written from SPEC's list).
_FURTHER_SECTORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"marine marchande|merchant (?:marine|shipping)|торгов\w* мореплаван\w*", ("transport",)),
    (
        r"petites et moyennes entreprises|\bpme\b|small and medium(?:-sized)? enterprises"
        r"|\bsmes?\b|мал\w* и средн\w* (?:предпринимательств\w*|бизнес\w*)",
        ("economy",),
    ),
    (
        r"transferement\w*|transfer of (?:sentenced|convicted) persons|передач\w* осужденн\w*",
        ("justice",),
    ),
    (r"medecine traditionnelle|traditional medicine|традиционн\w* медицин\w*", ("health",)),
    # a hospital that also trains doctors is a hospital: "a teaching hospital", "un hôpital
    # universitaire", «университетская клиника», not a school
    (
        r"teaching hospitals?|university hospitals?|hopita(?:l|ux) universitaires?"
        r"|centres? hospitaliers? universitaires?|университетск\w* (?:клиник|больниц)\w*",
        ("health",),
    ),
    (r"espace extra-atmospherique|outer space|космическ\w* пространств\w*", ("space",)),
    (r"public service|civil service|государственн\w* служб\w*", ("administration",)),
    (
        # «связь» is a domain only named as one («в области связи», «почтовая связь»): «в
        # связи с» is "because of"
        r"(?:област|сфер)\w* (?:\w+ )?связи\b|(?:почтов|мобильн|сотов|спутников)\w* связ\w*"
        r"|информатизац\w*|электросвяз\w*|средств\w* массов\w* информац\w*|\bсми\b",
        ("digital",),
    ),
    # media, broadcasting and the post (SPEC: digital = telecoms, digital, media)
    (
        r"broadcast\w*|radiodiffus\w*|televis\w*|телевиден\w*|телевизион\w*|телеканал\w*|радиовещан\w*"
        r"|press agenc\w*|agences? de presse|information et (?:de )?la communication"
        # a press agency named by its kind: "l'Agence ivoirienne de presse", "l'Agence
        # mauritanienne d'information", "Algérie Presse Service", «информационное агентство»
        r"|agences? (?:[a-z-]+ ){1,2}(?:de presse|d'informations?)\b|presse service\b"
        r"|information agenc\w*|информационн\w* агентств\w*"
        r"|information and communications?\b|\bict\b|\btic\b|массов\w* коммуникац\w*"
        r"|почтов\w*|postal\b|services postaux"
        # what news agencies trade: "l'échange de nouvelles et de photos", "news exchange",
        # «обмен новостями и фотоматериалами» (a bare "nouvelles" is also "new")
        r"|(?:echanges?|diffusion) (?:de |des )?(?:nouvelles|depeches|actualites)"
        r"|depeches\b|exchange of news|news (?:exchange|content|and photo\w*)|newswire"
        r"|photographs|photos? (?:de presse|d'actualite)|press photo\w*"
        r"|новост\w*|фотоматериал\w*|видеоматериал\w*|фотоинформац\w*",
        ("digital",),
    ),
    # what telecoms regulators agree on: radio spectrum, mobile roaming, number portability
    # ("la coordination des fréquences aux frontières" is spectrum, not border security)
    (
        r"(?:coordination|gestion|assignation|attribution|allocation) des frequences"
        r"(?: radio\w*)?(?: aux frontieres)?|frequency (?:coordination|management|allocation)"
        r"|radio\s?frequenc\w*|frequences? radio\w*|spectre (?:radio\w*|des frequences)"
        r"|radio spectrum|spectrum (?:management|allocation)|радиочастот\w*"
        r"|itinerance\b(?! pastorale)|roaming|роуминг\w*"
        r"|portabilite (?:des numeros|du numero)|number portability|переносимост\w* номер\w*",
        ("digital",),
    ),
    # a one-stop border post is customs work, not border security: "un guichet unique à la
    # frontière", "a one-stop border post", "des postes de contrôle juxtaposés"
    (
        r"(?:guichets? uniques?|postes? (?:frontaliers? |de controle )?juxtaposes?)"
        r"(?: (?:a|aux|de) (?:la )?frontieres?)?|one[- ]stop border posts?",
        ("trade",),
    ),
    # a market at the border is trade: "regulated border markets", "les marchés frontaliers",
    # «приграничные рынки», "cross-border trade", «приграничная торговля»
    (
        r"(?:cross-border|border|frontier) (?:markets?|trade|trading)\b(?! routes?| corridors?)"
        r"|marches? (?:frontaliers?|transfrontaliers?)|commerce (?:frontalier|transfrontalier)"
        r"|(?:пригранич|трансгранич)\w* (?:рын\w*|торговл\w*)",
        ("trade",),
    ),
    # a railway station is transport, one at the border no border security: "les gares
    # frontalières", "border railway stations", «пограничные железнодорожные станции»
    (
        r"gares?(?: (?:ferroviaires?|frontalieres?|internationales?))*\b"
        r"|(?:border |frontier )?(?:railway |train )?stations? (?:at|on) the border"
        r"|border (?:railway |train )?stations?|(?:railway|train) stations?"
        r"|(?:пограничн\w* )?железнодорожн\w* станц\w*|вокзал\w*",
        ("transport",),
    ),
    # border control is the police's work, the customs' and the passage of traffic: "les
    # contrôles frontaliers communs", "integrated border controls", «пограничный контроль»
    (
        r"controles? (?:frontaliers?|aux frontieres?|a la frontiere)(?: communs?| conjoints?)?"
        r"|(?:joint |integrated )?border (?:controls?|checks?)"
        r"|пограничн\w* (?:и таможенн\w* )?контрол\w*"
        # and the post where it is done, when a text is about it (not a place where customs
        # work, above): "a joint border and customs checkpoint", "un poste de contrôle
        # frontalier", «пограничный пункт пропуска»
        r"|(?:border|frontier)(?: and customs)? (?:check ?points?|crossing points?)"
        r"|postes? de controle (?:frontaliers?|aux frontieres?|a la frontiere)"
        r"|(?:пограничн\w* )?(?:и таможенн\w* )?пункт\w* пропуска",
        ("security", "trade", "transport"),
    ),
    # a port's terminal and the ships it serves are transport: "un terminal roulier", "a
    # container terminal", «контейнерный терминал» (a terminal alone may be a computer's)
    (
        r"termina(?:l|ux) (?:rouliers?|a conteneurs|de conteneurs|conteneurs|portuaires?|maritimes?"
        r"|vraquiers?|ro-?ro|a passagers|de croisiere|multimodaux|multimodal|fruitiers?"
        # the ore port's: "le terminal minéralier", "an ore terminal", «рудный терминал»
        r"|mineraliers?)"
        r"|(?:container|ro-?ro|roll-on[/ -]roll-off|cruise|bulk|port|passenger|multimodal|ore)"
        r" terminals?|навалочн\w* терминал\w*|контейнерн\w* терминал\w*|рудн\w* терминал\w*"
        r"|портов\w* терминал\w*|navires? rouliers?|rouliers?\b",
        ("transport",),
    ),
    # a deep-water port is a port, not water: "le port en eau profonde", "deep-water port"
    (
        r"ports? (?:en )?eaux? profondes?|deep[- ]?(?:water|sea) ports?|глубоководн\w* порт\w*",
        ("transport",),
    ),
    # a section of road or line to build or repair: "le tronçon Bouaké-Katiola", "la section
    # routière Maroua-Mora" (SPEC: roads are infrastructure)
    (r"troncons?\b|(?:sections?|portions?) routieres?", ("infrastructure",)),
    (r"consumer protection|protection des consommateurs|защит\w* прав потребител\w*", ("trade",)),
    (
        r"gender equality|egalite (?:entre les )?(?:femmes et les hommes|des sexes|de genre)"
        r"|гендерн\w* равенств\w*|women'?s? empowerment|autonomisation des femmes",
        ("social",),
    ),
    (
        r"affaires (?:islamiques|religieuses)|islamic affairs|religious affairs|waqfs?\b"
        r"|awqaf|религиозн\w*",
        ("culture",),
    ),
    (
        r"main[- ]d'(?:oe|œ)uvre|manpower|workforce|рабоч\w* сил\w*",
        ("migration",),
    ),
)
# Domain words of agreement titles a sweep of ~700 press words found bare or misplaced
# (issue 10): crops and produce, minerals, networks, heritage. Words of two senses are left
# out ("or", "dates", "genre", «связь»: "в связи с"; "fruits" and "cement" of cooperation).
_PRESS_SECTORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"horticult\w*|floricult\w*|avicult\w*|apicult\w*|piscicult\w*|beekeeping|bee-keeping"
        r"|poultry|dairy|beef\b|meat\b|viandes?\b|milk\b|millet\b|vegetables?\b"
        # what farms raise: "frozen chicken", "du poulet congelé", «мясо бройлеров»
        r"|chickens?\b|broilers?\b|pork\b|volailles?\b|poulets?\b|porcs?\b|бройлер\w*"
        r"|курятин\w*|свинин\w*"
        r"|mangoe?s\b|avocados?\b|honey\b|miel\b|agribusiness|agro-?industr\w*|pesticid\w*"
        r"|tractors?\b|tracteurs?\b|farm mechani[sz]ation|mecanisation agricole"
        r"|rubber\b|caoutchouc|tobacco|tabac\b|cloves\b|spices\b|sunflower|potato\w*"
        r"|pommes? de terre|olive oil|huile d'olive|садоводств\w*|птицеводств\w*|пчеловодств\w*"
        r"|мяс(?:о|а|ом|ной|ных)\b|молок\w*|молочн\w*|овощ\w*|фрукт\w*|пестицид\w*"
        r"|сельхозтехник\w*|трактор\w*",
        ("agriculture",),
    ),
    (
        r"telemedecine|telemedicine|телемедицин\w*|blood transfusion|transfusion sanguine"
        r"|organ transplant\w*|medical equipment|equipements? medica\w*|малярi?\w*|туберкулез\w*"
        r"|nutrition\w*|malnutrition|недоедани\w*|family planning|planification familiale"
        r"|планировани\w* семьи",
        ("health",),
    ),
    (
        r"joint (?:military )?exercises?|exercices? (?:militaires )?conjoints?|naval cooperation"
        r"|cooperation navale|военно-морск\w*|совместн\w* учени\w*"
        r"|peacekeeping|maintien de la paix|миротворч\w*",
        ("defence",),
    ),
    (
        # a debt, its relief and restructuring: "la restructuration de la dette",
        # «реструктуризация задолженности» («долг» alone is also a duty)
        r"stock exchange|debt\b|dettes?\b|endettement|задолженност\w*|госдолг\w*"
        # central banks' swaps of their currencies: "a currency swap", «валютный своп»
        r"|(?:currency|local currency) swaps?|swaps? (?:de devises|de monnaies)|валютн\w* своп\w*"
        r"|(?:реструктуризац|урегулировани|списани)\w* (?:\w+ )?долг\w*|долгов\w* (?:нагрузк|бремен)\w*"
        r"|малый бизнес\w*"
        r"|малого бизнеса",
        ("economy",),
    ),
    (r"market access|acces aux? marches?|таможн\w*|метролог\w*", ("trade",)),
    (
        r"biofuels?|biocarburants?|geotherm\w*|coal\b|charbon\b|уг(?:оль|ля|лем)\b|угольн\w*"
        r"|ветроэнергетик\w*|геотерм\w*",
        ("energy",),
    ),
    (
        r"copper\b|nickel\b|graphite\b|rare earths?|terres rares|iron ore|minerai de fer"
        r"|желез\w* руд\w*|лити\w*|мед(?:ь|и)\b|медн\w*|кобальт\w*|фосфат\w*|редкоземельн\w*"
        # the titanium and zirconium ores of mineral sands
        r"|ilmenite\w*|rutile\b|zircon\b|zircons\b|mineral sands|sables? mineralises"
        r"|ильменит\w*|рутил\w*|циркон(?:а|ом|у|ы|ов)?\b",
        ("mining",),
    ),
    (r"\bметро\b|метрополитен\w*", ("transport",)),
    (
        r"real estate|immobili\w*|недвижимост\w*|стройматериал\w*"
        r"|строительн\w* материал\w*",
        ("infrastructure",),
    ),
    (
        r"broadband|haut debit|data cent(?:re|er)s?|centres? de donnees|центр\w* обработки данных"
        r"|fintech\w*|submarine cables?|cables? sous-marins?|\b5g\b",
        ("digital",),
    ),
    (
        r"music\w*|musique\w*|музык\w*|librar(?:y|ies)|bibliothe\w*|библиотек\w*"
        r"|archaeolog\w*|archeolog\w*|археолог\w*|наследи\w*",
        ("culture",),
    ),
    (r"wastewater|waste water|сточн\w* вод\w*", ("water",)),
    (r"пенси\w*|соотечественник\w*", ("migration",)),
    (r"бедност\w*", ("social",)),
    (
        r"remote sensing|teledetection|дистанционн\w* зондировани\w*|cosmonaut\w*|космонавт\w*"
        r"|astronaut\w*",
        ("space",),
    ),
    (r"трансфер\w* технолог\w*|лаборатор\w*|laborator\w*", ("research",)),
    (
        r"\bcensus\b|recensement\w*|перепис\w* населени\w*|land regist\w*|cadastr\w*|кадастр\w*"
        r"|государственн\w* управлени\w*",
        ("administration",),
    ),
)
# Areas a sweep of SPEC's sectors and mapped areas found bare or misread (sectors16, issue
# 10: ~750 press phrases in French, English and Russian), and everyday senses of domain
# words that name no domain ("une visite de travail", "renewed energy", "à concurrence de",
# "the formation of a committee"). A phrase holding a word of another sector goes here
# where the word alone would mislead ("the geological survey" is mining's, "la protection
# des cultures" farming's, «горнодобывающая промышленность» the mines', not industry's).
_SWEPT: tuple[tuple[str, tuple[str, ...]], ...] = (
    # a landlocked state's access to the sea is a port and a corridor to it
    (
        r"access to the sea|sea access|acces a la mer|debouche\w* (?:sur la|maritime)"
        r"|выход\w* к морю",
        ("transport",),
    ),
    (
        r"гражданск\w* защит\w*|торговл\w* людьми|recherche et (?:de |le )?sauvetage"
        r"|search and rescue|поисково-спасат\w*|maintien de l'ordre|law enforcement"
        r"|правоохранительн\w*|forces de l'ordre",
        ("security",),
    ),
    (
        r"(?:in |en )?(?:civil and )?criminal (?:matters|justice)|legal aid|aide (?:juridictionnelle"
        r"|judiciaire|juridique)|юридическ\w* помощ\w*",
        ("justice",),
    ),
    (
        r"(?:developpement du |development of the )?(?:secteur prive|private sector) development"
        r"|developpement du secteur prive|развити\w* частн\w* сектор\w*",
        ("economy",),
    ),
    # gas processed and carried: «газоперерабатывающий завод», «газохимия»
    (r"углеводород\w*|газоперераб\w*|газохими\w*|газотранспорт\w*", ("energy",)),
    # the wells an oil and gas field is explored and worked by: «бурение эксплуатационных и
    # разведочных скважин», "exploration and production wells", "puits de production"
    (
        r"(?:эксплуатационн|разведочн|добывающ|нефтян|газов)\w* (?:и \w+ )?скважин\w*"
        r"|(?:exploration|appraisal|production|oil|gas)(?: and \w+)? wells?\b"
        r"|puits (?:d'exploration|de production|d'appreciation|de petrole|de gaz|petroliers?"
        r"|gaziers?)",
        ("energy",),
    ),
    # a licence block explored or worked is an oil and gas field's: «геологоразведка на блоке
    # X», "exploration on the X block", "an offshore block", "le bloc pétrolier"
    (
        r"(?:разведк|геологоразведк|добыч|бурени)\w* на (?:[\w-]+ )?блок(?:е|ах|ов|и)?\b"
        r"|(?:exploration|offshore|oil|gas|hydrocarbon|licen[cs]e) blocks?\b"
        r"|(?:exploration|drilling) (?:on|of|in) (?:the )?(?:[\w-]+ )?blocks?\b"
        r"|blocs? (?:petroliers?|gaziers?|d'exploration|offshore|d'hydrocarbures)"
        r"|(?:exploration|forage)s? (?:sur|du|dans) (?:le )?bloc\b",
        ("energy",),
    ),
    # deep water is where oil is drilled, no water text: "deep-water blocks", "deepwater
    # exploration", "les blocs en eaux profondes"; the basin such blocks lie in is a sedimentary
    # basin ("blocks in the Kwanza basin", "the offshore Kwanza basin", "le bassin offshore
    # du Rovuma"), and the reservoirs engineers model are rock's
    (
        # (the longest first: an alternation takes the first that matches where it starts)
        r"(?:(?:ultra-?)?deep[- ]?water |offshore )?blocks? (?:in|of) the (?:[\w-]+ ){1,2}basin"
        # a basin explored or drilled is a sedimentary one: "joint exploration in the Illizi
        # basin", "l'exploration dans le bassin de Taoudéni", «разведка в Прикаспийском бассейне»
        r"|(?:exploration|drilling|prospecting) (?:in|of) the (?:[\w-]+ ){1,2}basin"
        r"|(?:exploration|forages?|prospection) (?:dans le|du) bassin"
        r"|(?:разведк|геологоразведк|бурени)\w* (?:в|на) (?:[\w-]+ )?бассейн"
        r"|(?:ultra-?)?deep[- ]?water (?:oil\b|gas\b|blocks?|fields?|acreage|assets?|exploration"
        r"|drilling|wells?|discover(?:y|ies)|reserves?|licen[cs]es?|projects?|production)"
        r"|(?:blocs?|champs?|puits|forages?|exploration) (?:petroliers? |gaziers? )?en eaux? "
        r"(?:ultra[- ]?)?profondes?|(?:sedimentary|oil|gas|pre-?salt"
        r"|offshore|petroleum|hydrocarbon) (?:[\w'-]+ ){0,2}basins?"
        r"|bassins? (?:[\w'-]+ ){0,2}?(?:sedimentaires?|petroliers?|offshore)"
        r"|глубоководн\w* (?:блок|месторожден|бурени|разведк)\w*|нефтегазоносн\w* бассейн\w*"
        r"|(?:oil|gas|hydrocarbon|petroleum) reservoirs?|reservoir (?:modell?ing|engineering"
        r"|simulation|characteri[sz]ation|geology)|well[- ]integrity",
        ("energy",),
    ),
    # a zone two states work together at sea is their oil and gas field's: "la zone d'intérêt
    # commun", "the joint development zone", «зона совместной разработки»; so is a barrel
    (
        r"zones? d'interet commun\b|zones? (?:de developpement|d'exploitation) (?:commune?|conjointe)"
        r"|joint (?:development|exploitation|petroleum) (?:zones?|areas?)"
        r"|зон\w* совместн\w* (?:разработк|освоени|эксплуатаци)\w*"
        r"|barils?(?: de petrole| de brut)?|barrels?(?: of oil| of crude)?|баррел\w*",
        ("energy",),
    ),
    (
        r"nuclear (?:safety|security)|(?:surete|securite) nucleaire|ядерн\w* безопасност\w*"
        r"|радиационн\w* (?:безопасност|защит)\w*|radiation (?:protection|safety)|radioprotection",
        ("nuclear",),
    ),
    (
        # the extractive industries are the mines', not industry's
        r"(?:горнодобывающ|горнорудн|добывающ)\w* (?:промышленн|отрасл)\w*|extractive industr\w*"
        r"|industries? (?:extractives?|minieres?)|mining industry|minerals? industry"
        r"|geological (?:surveys?|exploration)|геологическ\w* разведк\w*|минеральн\w* (?:ресурс|сырь)\w*",
        ("mining",),
    ),
    (
        r"(?:нефтян|газов|нефтегазов)\w* (?:промышленн|отрасл)\w*"
        r"|(?:oil|gas|oil and gas|petroleum) industr\w*|industries? (?:petrolieres?|gazieres?)",
        ("energy",),
    ),
    (
        # crops ("cultures") are farming's, not culture's
        r"cultures? (?:vivrieres?|de rente|maraicheres?|irriguees?|fourrageres?|de contre-saison"
        r"|pluviales?|sous serre)|(?:protection|rendements?) des cultures"
        r"|culture (?:du |de la |de l'|des )(?=(?:riz|coton|mais|ble|cafe|cacao|manioc|arachides?"
        r"|sorgho|mil|legumes|fruits|cereales|canne|palmier|soja|the|pomme)\b)"
        r"|рыбн\w*|рыбопродукц\w*|морепродукт\w*|seafood|fruits de mer|семеновод\w*"
        r"|скотовод\w*|овцевод\w*",
        ("agriculture",),
    ),
    (
        r"medecine\w*|материнств\w*(?: и детств\w*)?|maternal (?:and child )?health"
        r"|sante (?:maternelle|de la mere)(?: et (?:infantile|de l'enfant))?",
        ("health",),
    ),
    (
        r"diplomes\b|diplome\b(?! de la)|diplomas?\b|equivalence des diplomes|диплом(?:а|ы|ов)?\b"
        r"|академ\w*|учебн\w* заведени\w*|учебн\w* (?:программ|план|процесс)\w*",
        ("education",),
    ),
    (
        r"technopol\w*|technoparks?|technology parks?|science parks?|parcs? (?:scientifiques?"
        r"|technologiques?)|технопарк\w*|наукоград\w*",
        ("research",),
    ),
    (
        r"(?:автомобильн|железнодорожн|морск|речн|паромн|автобусн)\w* сообщени\w*"
        r"|аэронавигац\w*",
        ("transport",),
    ),
    (r"жиль(?:е|я|ем|ю)\b|logements? sociaux?|logement social", ("infrastructure",)),
    (
        r"spatial planning|planification spatiale|amenagement spatial",
        ("infrastructure",),
    ),
    (
        r"телерадио\w*|пресс(?:а|ы|е|у|ой)\b|presse ecrite|written press|(?:press|presse) (?:et|and)"
        r" (?:les )?(?:medias?|media)|(?:medias?|media) (?:et|and) (?:la |the )?(?:presse|press)"
        r"|social media|reseaux sociaux|социальн\w* сет\w*",
        ("digital",),
    ),
    (
        r"industries? (?:culturelles?|creatives?)|(?:cultural|creative) industr\w*"
        r"|(?:креативн|культурн)\w* индустри\w*|hotellerie|hotel industry|hospitality industry"
        r"|hotel sector|secteur hotelier|гостиничн\w* (?:бизнес|индустри|хозяйств|сектор)\w*",
        ("culture",),
    ),
    # water in all its cases, the plural too: «раздел вод реки», «по водам» (the genitive
    # plural «вод» has no ending)
    (r"вод(?:а|ы|у|ой|е|ам|ами|ах)?\b", ("water",)),
    (
        r"protection de la nature|(?:nature|environmental) conservation|conservation de la nature"
        r"|economie (?:verte|circulaire)|(?:green|circular) econom\w*|(?:зелен|циркулярн)\w* экономик\w*"
        r"|croissance verte|green growth|grande muraille verte|great green wall"
        r"|meteo\b|weather (?:services?|forecast\w*|stations?|data)|метео\w*"
        # the weather's instruments: "weather radars", "weather satellites", "weather
        # observation" (French and Russian say it with «météo», «метео-»)
        r"|weather (?:radars?|satellites?|observ\w*|monitoring|warnings?|balloons?|buoys?)"
        # reefs and bush fires are nature's ("les feux de brousse", "coral reefs")
        r"|coral reefs?|recifs? coralliens?|коралл\w* риф\w*|feux de brousse|bush ?fires?",
        ("environment",),
    ),
    # getting young people into jobs is employment: "l'insertion professionnelle des jeunes
    # diplômés", "the professional integration of graduates", «трудоустройство выпускников»
    (
        r"трудоустройств\w*|insertion (?:socio-?)?professionnelle|(?:professional|socio-?economic)"
        r" (?:integration|insertion)|job placements?|employabilit\w*",
        ("migration",),
    ),
    (
        r"семь(?:я|ю|ей)\b|ограниченн\w* возможност\w*(?: здоровья)?|продовольственн\w* помощ\w*",
        ("social",),
    ),
    (
        r"space (?:activit\w*|technolog\w*|industr\w*|programmes?|sector|sciences?|launch\w*"
        r"|stations?|objects?|debris|weather|exploration)|(?:исследовани|освоени)\w* (?:космическ\w*"
        r" пространств|космос)\w*|observation de la terre|earth observation"
        r"|наблюдени\w* (?:за )?земл\w*",
        ("space",),
    ),
    (
        r"децентрализац\w*|modernisation de (?:l'administration|l'etat)|administrative reforms?"
        r"|reformes? administratives?|public sector reforms?|административн\w* реформ\w*"
        r"|gouvernance locale|local governance|cooperation (?:decentralisee|intercommunale)"
        r"|decentrali[sz]ed cooperation|(?:меж)?муниципальн\w* сотрудничеств\w*"
        r"|выбор(?:ы|ов|ах)\b|избирательн\w*",
        ("administration",),
    ),
    (
        # making batteries is an industry (SPEC: industry -> economy), not electricity: "une
        # chaîne de valeur régionale des batteries électriques", "battery manufacturing",
        # «производство аккумуляторов»; batteries bought to store power stay energy's
        r"(?:chaines? de valeur|production|fabrication|usines?|filieres?|industrie)"
        r"(?: [a-z]+)? (?:de |des |d')(?:[a-z]+ )?batteries(?: [a-z]+)?"
        r"|(?:electric |ev |lithium(?:-ion)? )?battery (?:value chains?|manufactur\w*|production"
        r"|factor(?:y|ies)|plants?|gigafactor\w*|industry)"
        r"|(?:production|manufactur\w*) of (?:[a-z-]+ )?batteries"
        r"|(?:производств\w*|завод\w*(?: по производству)?) (?:[а-я-]+ )?(?:аккумулятор|батаре)\w*",
        ("economy",),
    ),
    (
        r"militaro-\w*|armed forces|forces armees|forces de defense"
        # a force several states put under one command: "une force unifiée", "a unified
        # force", "la force conjointe", «объединённые вооружённые силы», «единые силы»
        r"|forces? (?:armees? )?(?:unifiees?|conjointes?|multinationales?)|(?:unified|multinational)"
        r" (?:military |armed )?forces?|(?:объединенн|един)\w* (?:вооруженн\w* )?сил\w*"
        r"|подготовк\w* военн\w* (?:кадров|специалист\w*)|formation (?:des )?militaires"
        # those an army trains are its own: "la formation des officiers", "officer training",
        # «подготовка офицеров» is defence, not schooling
        # (an officer of police, customs or civil status is not the army's)
        r"|formation (?:des |de ses |de leurs )?(?:sous-)?officiers(?! (?:de|d'|des) (?:police"
        r"|douanes?|l'etat|etat|la police|judiciaire))|(?<!police )(?<!customs )officers?'? training"
        r"|training (?:of|for) (?:military |army |naval |air force )?officers"
        r"|подготовк\w* (?:военн\w* )?офицер\w*\b(?! (?:полиц|таможн))",
        ("defence",),
    ),
    (
        # everyday senses: what names no domain
        r"(?:visites?|seances?|groupes?|reunions?|sessions?|dejeuners?|documents?|ateliers?"
        r"|methodes?|langues?|comites?|rencontres?|sejours?) de travail|(?:bon|excellent|travail"
        r" accompli)"
        r"|(?:renewed|fresh|new|great|added) (?:energy|vigou?r)(?= (?:to|into|in)\b)"
        r"|with (?:great |renewed |new )?energy|(?:une )?energie nouvelle|nouvelle energie"
        r"|avec energie|the formation of|a concurrence de|sans frontieres|state of the art"
        r"|etat de l'art|(?:conseil|council) (?:de securite|security)|security council"
        r"|building (?:trust|confidence|bridges|consensus|on|upon|ties|stronger|closer)\b"
        # who owns a company, not what a text is about: "military-owned", "state-owned"
        r"|[a-z]+-owned\b"
        # a depth, not the water text: "a deep-water investor", "un quai en eau profonde" (a
        # port's, a well's words that follow are read by their own, longer patterns)
        r"|deep[- ]?water\b|en eaux? profondes?"
        # a quarrel between states, not a text's domain: "after a diplomatic row"
        r"|diplomatic (?:row|spat|rift|crisis|dispute)s?|(?:crise|brouille) diplomatique"
        r"|дипломатическ\w* (?:кризис|скандал|спор)\w*"
        # a step of a process, not a sports ground: "reste au stade de l'examen", "à ce stade",
        # "à un stade avancé"
        r"|(?:au|a ce|a un|a cet|au meme|au dernier|au premier) (?:\w+ )?stade\b(?! de football)",
        (),
    ),
)
# Where an agreement applies, not what it is about: "dans la zone frontalière" (no sector).
_PLACES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"dans (?:la|les) (?:zones?|regions?) frontalieres?|in the border (?:areas?|regions?"
        r"|zones?)|в приграничн\w* (?:район|зон|област|регион)\w*"
        # "electricity supply in border towns", "across their common border", "dans les eaux
        # mauritaniennes": a place again
        r"|border (?:towns?|villages?|communities|localities|provinces|districts)|(?:across"
        r"|along) (?:the|their) (?:common |shared )?borders?"
        r"|(?:villes|localites|villages|provinces|districts) frontali\w*"
        r"|приграничн\w* (?:город|сел|населенн|провинц|округ)\w*|territorial waters|eaux territoriales"
        # "la facilitation douanière aux postes-frontières", "at border posts", «в пунктах
        # пропуска»: where customs work, not border security (nor the post)
        r"|aux postes?[- ]frontieres?|at (?:the |their )?border (?:posts?|crossings?(?: points?)?)"
        r"|(?:в|на) пункт\w* пропуска"
        # a border as where a road or a line ends: "la route Ouahigouya–frontière du Mali",
        # "jusqu'à la frontière", "the highway running to the border", «дорога до границы с
        # Казахстаном» (the road's place, no border security)
        r"|[a-z]+\s?[–-]\s?frontieres?\b|jusqu'a la frontiere\b|reliant [\w'-]+ a la frontiere\b"
        r"|(?:running|leading|up|all the way|as far as) to the (?:\w+ )?border\b|as far as the border"
        r"|до (?:\w+ )?границ\w* с\b"
        r"|eaux \w+(?:iennes|aises|aines|oises|ennes)\b|территориальн\w* вод\w*"
        # "fishing in Senegalese waters", "into their waters": where, not the water text
        r"|(?:in|into|within) (?:the |their |its )?(?:\w+ )?waters\b"
        # "a wind farm near the Kazakh-Uzbek border", «у казахстанско-узбекской границы»,
        # "près de la frontière": where a project stands, not border security
        r"|(?:near|close to|next to) (?:the |their |its )?(?:[\w-]+ ){0,2}borders?\b"
        r"|(?:pres|proche|a proximite|non loin|le long) de la (?:[\w-]+ ){0,2}frontieres?\b"
        r"|(?:у|вблизи|близ|возле|около|недалеко от) (?:[\w-]+ ){0,2}границ\w*"
        # "a centre on the border in the Kara-Suu district", «на границе в Кара-Суйском
        # районе», "à la frontière, dans la région de X": where it stands, before its locality
        r"|(?:on|at) the (?:[\w-]+ )?border(?= (?:in|near) (?:the )?[\w-]+ (?:district|region"
        r"|province|county|area)\b)|на (?:[\w-]+ )?границе(?=,? (?:в|во) [\w-]+ (?:район|област"
        r"|регион|округ|провинци)\w*)|a la frontiere(?=,? (?:dans|pres de) (?:la |le |l')?"
        r"(?:region|district|province|prefecture|commune|localite)\b)"
        # a route's end at a border: "from Jimbe on the Angolan border to Chingola", "depuis
        # Jimbe, à la frontière angolaise, jusqu'à", «от Джимбе на границе с Анголой до»
        r"|from [\w'-]+(?: [\w'-]+)? (?:on|at) the (?:[\w-]+ )?border\b"
        r"|(?:de|depuis) [\w'-]+(?: [\w'-]+)?,? (?:a|sur) la frontiere\b"
        r"|от [\w-]+(?: [\w-]+)? на (?:[\w-]+ )?границе\b",
        (),
    ),
)
# Areas of agreement lists taken sector by sector through SPEC in French, English and
# Russian (Russian stems for all cases), with SPEC's nearest sector for areas it does not
# list. A phrase holding another sector's word goes first where the word would mislead:
# "pêche maritime" is fisheries, not shipping; «гражданская оборона» is civil protection,
# not defence; the peaceful use of atomic energy is a nuclear text, not an energy one.
_AREAS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # relations between states made normal again are diplomacy, not the standards French
    # "normalisation" names alone: "la normalisation des relations", "normalization of
    # relations", «нормализация отношений»
    (
        r"normali[sz]ation (?:des |de leurs |of (?:the |their )?)?(?:\w+ ){0,2}?relations\b"
        r"|нормализаци\w* (?:\w+ ){0,2}?отношени\w*",
        ("diplomacy",),
    ),
    # a state admitted into an organisation is a matter of foreign affairs: "the Admission of
    # Timor-Leste into ASEAN", "l'admission du Soudan du Sud au sein de la CAE", «о приёме
    # Египта в члены» (a pupil admitted to a school is education's, not this)
    (
        r"admission (?:of|de|du|de la|d') ?(?:[\w'-]+ ){1,3}?(?:(?:into|au sein d\w*)\b"
        r"(?!\s+(?:the |l'|la |le |les )?(?:(?:[\w'-]+ )?(?:schools?|ecoles?|universit\w*"
        r"|colleges?|hospitals?|hopitals?|programm?e?s?|courses?|care|service)\b))"
        r"|as (?:an? |the )?(?:[\w-]+ )?member|comme (?:nouveau )?membre)"
        r"|при[её]м\w* (?:[\w-]+ ){1,3}?в (?:члены|состав)\b",
        ("diplomacy",),
    ),
    # the seat a state grants an organisation (its premises, privileges and immunities) is a
    # matter of diplomatic law: "accord de siège", "headquarters agreement", "host country
    # agreement", «соглашение о штаб-квартире», «о местопребывании», "privileges and immunities"
    (
        r"accords? de siege\b|(?:headquarters?|host(?:-| )country|seat) agreements?\b"
        r"|соглашени\w* о (?:штаб-квартир|местопребывани|месте пребывания)\w*"
        r"|privileges et immunites|privileges and immunities|привилеги\w* и иммунитет\w*",
        ("diplomacy",),
    ),
    # watching and patrolling the sea and the coast is a security matter, not shipping:
    # "maritime surveillance", "la surveillance maritime", "joint patrols", «морское
    # патрулирование»
    (
        r"(?:maritime|coastal|coastline) (?:surveillance|patrol\w*)"
        r"|surveillance (?:maritime|cotiere|des (?:cotes|eaux))\w*|patrouilles? (?:maritimes?|conjointes?)"
        r"|joint (?:naval |maritime )?patrols?|морск\w* (?:патрул\w*|наблюдени\w*)"
        r"|совместн\w* (?:морск\w* )?патрул\w*",
        ("security",),
    ),
    (
        r"(?:utilisation|usages?) pacifiques? de l'energie (?:atomique|nucleaire)"
        r"|(?:peaceful )?uses? of (?:atomic|nuclear) energy|использовани\w* атомн\w* энерги\w*",
        ("nuclear",),
    ),
    (
        r"peches? maritimes?|maritime fisher\w*|(?:sea|marine) fisher\w*|морск\w* (?:рыболов|промыс)\w*"
        r"|recherche halieutique|fisheries research"
        r"|securite (?:sanitaire )?des aliments|food safety|безопасност\w* (?:пищев\w*|зерн\w*)"
        r"|аквакультур\w*|растениевод\w*|pelagiques?|pelagic|пелагическ\w*|fish stocks?"
        r"|stocks? (?:halieutiques?|de poissons?)|рыбн\w* запас\w*"
        # what the sea gives, and the catch shared out: cod, herring, capelin, tuna; "total
        # allowable catch", "quotas de pêche", «квоты на вылов», «улов трески»
        r"|(?:total allowable |fish(?:ing)? )?catch(?:es)? (?:quotas?|limits?|of (?:cod|fish))"
        r"|total allowable catch\w*|fish(?:ing)? quotas?|quotas? de (?:peche|captures?)"
        r"|total admissible des captures|captures? de poissons?|улов\w*|вылов\w*"
        r"|\bcod\b|haddock|herring|mackerel|capelin|halibut|tuna\b|sardines?\b|anchov\w*"
        r"|morue|cabillaud|eglefin|harengs?\b|maquereaux?\b|capelans?\b|fletans?\b|thons?\b"
        r"|треск[аиуеоы]\w*|пикш\w*|сельд\w*|скумбри\w*|мойв\w*|палтус\w*|тунц\w*|сардин\w*",
        ("agriculture",),
    ),
    (
        r"industries? pharmaceutiques?|pharmaceutical industr\w*|фармацевтическ\w* промышлен\w*",
        ("health",),
    ),
    (
        r"satellite navigation|navigation (?:par )?satellit\w*|спутников\w* навигац\w*|глонасс"
        r"|спутник\w*|исследовани\w* и использовани\w* космическ\w* пространств\w*",
        ("space",),
    ),
    (
        r"information security|securite de l'information|информационн\w* безопасност\w*",
        ("security", "digital"),
    ),
    (
        # a border post is no postal service
        r"postes? (?:frontaliers?|frontieres?|de frontiere)|"
        r"gestion des frontieres|border management|garde-cotes|coast guards?|sapeurs-pompiers"
        r"|pompiers|гражданск\w* оборон\w*|defense civile|civil defen[cs]e|экстремизм\w*"
        r"|преступн\w*|противопожарн\w*|пожарн\w*|спасател\w*"
        r"|blanchiment|money[- ]laundering|отмыв\w*|легализац\w* (?:\(отмыв\w*\) )?доход\w*",
        ("security",),
    ),
    (
        r"deminage(?: humanitaire)?|(?:humanitarian )?demining|mine action|lutte antimines?"
        r"|(?:гуманитарн\w* )?разминировани\w*"
        r"|(?:military|militaire) training|formation militaire|военн\w* (?:подготовк|обучени)\w*"
        # a military alliance's collective security and its troops are defence, not police
        r"|коллективн\w* безопасност\w*|collective security|securite collective"
        r"|войск\w*|troops\b|troupes\b"
        # ranges where weapons are tested or fired (a «полигон» of waste is no such range)
        r"|испытательн\w* полигон\w*|военн\w* полигон\w*|test(?:ing)? ranges?|testing grounds?"
        r"|firing ranges?|polygones? d'essais?|champs? de tir",
        ("defence",),
    ),
    (r"прокуратур\w*|procureurs?|prosecut\w*|ministere public", ("justice",)),
    (r"паспорт\w*|выдач\w* виз\w*", ("diplomacy",)),
    (
        r"microfinanc\w*|micro-financ\w*|микрофинанс\w*|капиталовложени\w*"
        # insurance and those who sell it: «страхование», «страховых компаний», «страховщики»,
        # «перестрахование» (as "insurance", "assurances")
        r"|(?<![\w-])(?:пере)?страхов\w*"
        r"|бюджет\w*|индустри\w*|машиностроени\w*|металлург\w*"
        r"|metallurg\w*|siderurg\w*",
        ("economy",),
    ),
    (
        r"competition (?:policy|law|authorit\w*)|antitrust|anti-monopoly|антимонопольн\w*"
        r"|конкурентн\w* политик\w*|конкуренц\w*|аккредитац\w*|certification\w*|сертификац\w*"
        # a free zone is a customs regime: "zone franche", "free zone"
        r"|zones? franches?|free zones?|conformity assessment|evaluation de la conformite"
        r"|оценк\w* соответстви\w*"
        r"|technical regulation\w*|reglementation technique|техническ\w* регулировани\w*"
        r"|propriete industrielle|industrial property|промышленн\w* собственност\w*|patents?\b"
        r"|патент\w*|one-stop border posts?"
        r"|postes? (?:frontaliers?|frontieres?|de frontiere) (?:a guichet unique|juxtaposes?)"
        r"|рын(?:ок|ка|ке|ку|ки|ков|ках|ком)\b"
        # the routes of trade are trade's, not roads: "to reopen cross-border trade routes"
        r"|trade routes?|routes? commerciales?|voies? commerciales?|торгов\w* пут\w*",
        ("trade",),
    ),
    (r"рын\w* труда|labou?r markets?|marche du travail|prevoyance sociale", ("migration",)),
    (r"социальн\w* (?:обеспечени|страховани)\w*", ("migration",)),
    (
        # "le transit des produits pétroliers", "transit of petroleum products"
        r"transit\w* (?:\w+ )?(?:du |des |of |de l'|de |d')?(?:produits |products |of )?(?:gaz|gas|oil"
        r"|petrol\w*|brut|crude|hydrocarbur\w*|electricite|electricity|power|energ\w*)\b"
        r"|транзит\w* (?:\w+ )?(?:газа|нефти|нефтепродукт\w*|электроэнерги\w*|электричеств\w*"
        r"|энерго\w*)|petrochimi\w*|petrochemi\w*"
        r"|(?:oil|gas|crude) transit|transit (?:petrolier|gazier)|electricity tariffs?"
        r"|tarifs? (?:de l'|d')electricite|тариф\w* на электроэнерги\w*"
        r"|нефтехими\w*|gazi(?:er|ere)s?\b|partage de production|production[- ]sharing"
        r"|раздел\w* продукци\w*",
        ("energy",),
    ),
    (
        r"l'or\b|gold\b|золот(?:о|а|у|ом|е)\b|золотодобыва\w*|diamants?\b|diamonds?\b|алмаз\w*",
        ("mining",),
    ),
    (
        # "de voyageurs et de marchandises" says what is carried, not a trade text
        r"(?:voyageurs|passagers|passengers|пассажир\w*) (?:et|and|и) (?:de |des )?(?:marchandises"
        r"|goods|cargo|freight|грузов)\w*|tarifs? de (?:transport|transit)|transport tariffs?"
        # the traffic across a bridge or a border is transport: "le trafic de transit",
        # "transit traffic", «транзитные перевозки» (transit of goods alone is trade)
        r"|trafic (?:de |du )?transit|transit traffic|транзитн\w* перевоз\w*"
        r"|водн\w* (?:транспорт|пут)\w*|voies? navigables?|(?:inland )?waterways?"
        # «торговое судоходство» is merchant shipping, not trade
        r"|торгов\w* (?:судоходств|флот)\w*"
        r"|железн\w* дорог\w*|порт(?:ы|у|ом|ах|ам|е)\b",
        ("transport",),
    ),
    (
        r"(?:автомобильн\w* )?дорог(?:а|и|у|ой|е|ам|ами|ах)?\b|дорожн(?!\w* карт)\w*",
        ("infrastructure",),
    ),
    (
        r"hydrolog\w*|гидролог\w*|водоотведени\w*|канализац\w*|aquif\w*|водоносн\w*"
        # a town's used water: "the sewerage network", "sewage treatment", "les égouts"
        r"|sewer\w*|sewage|wastewater|waste water|eaux usees|egouts?\b"
        # the water table and what is drawn from it or fed back: "la réalimentation de la
        # nappe", "la nappe phréatique", "la recharge des nappes" (English and Russian say it
        # with "water", «вод»)
        r"|nappes? (?:phreatique|souterraine|aquifere)s?|(?:re)?alimentation des? (?:la )?nappes?"
        r"|recharge (?:de la |des )?nappes?",
        ("water",),
    ),
    (
        r"hydro-?meteorolog\w*|гидрометеоролог\w*|forestr\w*|aires? protegees?|protected areas?"
        r"|дик\w* (?:животн|фаун|природ)\w*|животн\w* мир\w*|биоразнообрази\w*|заповедн\w*"
        r"|особо охраняем\w*"
        # a lake or nature kept from harm: "la protection du lac d'Ohrid", "protecting Lake
        # Victoria", «охрана озера Байкал», «защита природы»
        r"|(?:protection|preservation|sauvegarde|conservation|protect\w*|preserv\w*|охран\w*"
        r"|защит\w*|сохранени\w*) (?:du |de la |de l'|des |of (?:the )?|the )?"
        r"(?:lacs?\b|lakes?\b|nature\b|озер\w*|природ\w*)",
        ("environment",),
    ),
    (
        r"vocational\w*|tvet\b",
        ("education",),
    ),
    (
        r"турист\w*|археолог\w*|mosquees?|mosques?|мечет\w*",
        ("culture",),
    ),
    (
        r"economie numerique|digital economy|цифров\w* экономик\w*|digital payments?"
        r"|paiements? (?:numeriques?|electroniques?|mobiles?)|mobile money|цифров\w* платеж\w*"
        r"|administration (?:electronique|numerique)|digital government|e-governance"
        r"|электронн\w* государств\w*|икт\b",
        ("digital",),
    ),
    (
        r"gender\b|genre\b(?= et\b)|(?:egalite|promotion|approche|questions?|politiques?) (?:de |du "
        r"|de la )?genre\b|ребен(?:ок|ка|ку|ком|ке)\b|детств\w*|инвалид\w*",
        ("social",),
    ),
    (
        r"записи? актов гражданского состояния|загс\w*"
        # town twinning is decentralised cooperation, SPEC's territorial administration
        r"|jumelage\w*|villes? jumelles|twinning|twin(?:ned)? cit\w*|sister cit\w*|побратим\w*",
        ("administration",),
    ),
    (
        # police work, and smuggling whatever is smuggled ("la contrebande de produits
        # pétroliers" is a customs and police matter, not energy)
        r"policier\w*|policiere\w*|полицейск\w*|полици[яиюей]\b"
        r"|contrebande\w*(?: (?:de |des |du |d')(?:\w+ ){0,2}\w+)?"
        r"|smuggl\w*(?: of (?:\w+ ){0,2}\w+)?|контрабанд\w*(?: [а-я]+){0,2}"
        r"|patrol\w*|patrouill\w*|патрул\w*",  # "joint patrols on the lake"
        ("security",),
    ),
    (
        # financial intelligence units track money laundering: a police matter
        r"financial intelligence|renseignement financier|финансов\w* разведк\w*"
        r"|cellules? de renseignement financier|centif\b",
        ("security",),
    ),
    (
        r"radioactive waste|dechets radioactifs|радиоактивн\w* отход\w*",
        ("nuclear",),
    ),
    (
        r"carbon credits?|credits? carbone|углеродн\w* (?:единиц|кредит)\w*"
        r"|droughts?\b|secheresses?\b|засух\w*",
        ("environment",),
    ),
    (
        r"collectivites (?:locales|territoriales)|local (?:government|authorities)"
        r"|местн\w* самоуправлени\w*",
        ("administration",),
    ),
    (
        r"biotechnolog\w*|биотехнолог\w*",
        ("research",),
    ),
    (
        r"sucre\b|sugar\b|canne a sucre|сахар\w*",
        ("agriculture",),
    ),
    (
        r"anti-?dopage|anti-?doping|допинг\w*",  # sport
        ("culture",),
    ),
    (
        r"penitentiaire\w*|penitentiar\w*|prisons?\b|пенитенциар\w*|уголовно-исполнительн\w*",
        ("justice",),
    ),
    (
        r"профессиональн\w* подготовк\w*|подготовк\w* кадров",
        ("education",),
    ),
    (
        r"cinema\w*|cinematograph\w*|кинематограф\w*|кино\b",
        ("culture",),
    ),
    (
        r"halal\b|халяль\w*|электронн\w* коммерци\w*|электронн\w* торговл\w*",
        ("trade",),
    ),
    (
        # industries: SPEC's industry -> economy
        r"shipbuilding|construction navale|судостроени\w*|textiles?\b|текстильн\w*"
        # pulp and paper: "eucalyptus pulp", "la pâte à papier", «целлюлоза»
        r"|(?:wood |eucalyptus |paper )?pulp\b|pulp and paper|paper mills?|pate a papier"
        r"|papeteri\w*|целлюлоз\w*"
        # cement as an industry, not "the cement of our friendship": "a cement plant",
        # "une cimenterie", «цементный завод», «производство цемента»
        r"|cement (?:plants?|factor(?:y|ies)|makers?|producers?|production|industry|works)"
        r"|(?:production|manufactur\w*|output) of cement|cimenteri\w*|usines? de ciment"
        r"|(?:production|industrie) (?:de |du )ciment|цементн\w*|цемента\b",
        ("economy",),
    ),
    (
        # a field of oil or gas is energy's, not the mines'
        r"gisements? (?:gazier|petrolier|de gaz|de petrole|d'hydrocarbures)\w*"
        r"|(?:oil|gas|oil and gas) fields?|месторожден\w* (?:нефти|газа|углеводород\w*)"
        r"|(?:нефтяно\w*|газов\w*|нефтегазов\w*) месторожден\w*",
        ("energy",),
    ),
    (
        r"bitum\w*|asphalt\w*|асфальт\w*",  # paving a road
        ("infrastructure",),
    ),
    (
        # the insurance is the health system's, not the insurers' market
        r"assurances?[ -]maladie|health insurance|medical insurance|медицинск\w* страховани\w*",
        ("health",),
    ),
    (
        # social housing is housing: the buildings, not social action
        r"habitat social|logements? sociaux|social housing|социальн\w* жиль\w*",
        ("infrastructure",),
    ),
)
# Words of an agreement's complement when it is told by its purpose or by those it serves
# rather than by a domain's name (issue 10): "pour lutter contre la piraterie", "the
# deployment of Cuban doctors", «о подготовке врачей», "la commercialisation de l'arachide".
_SCOPE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"pirater\w*|piracy|pirates?\b|пиратств\w*|пират(?:ы|ов|ами)?\b", ("security",)),
    # a maritime boundary is a line drawn between states, like a land border's demarcation:
    # "a maritime boundary agreement", "l'accord sur la frontière maritime", «соглашение о
    # морской границе»; guarding it stays security ("the surveillance of maritime borders")
    (r"frontieres? maritimes?|maritime (?:borders?|boundar\w*)|морск\w* границ\w*", ("diplomacy",)),
    (
        r"(?:surveillance|securite|securisation|protection|controle|patrouilles?) (?:des|de la"
        r"|de leurs?) frontieres? maritimes?|(?:surveillance|security|protection|control"
        r"|patrol\w*) of (?:the |their )?maritime (?:borders?|boundar\w*)|maritime (?:borders?"
        r"|boundar\w*) (?:security|surveillance|protection|control|patrol\w*)"
        r"|охран\w* морск\w* границ\w*",
        ("security",),
    ),
    # a treaty on the state border itself (its line, its crossing) is between states, not the
    # border's guard: «договор о кыргызско-узбекской государственной границе», "the treaty on
    # the state border", "le traité sur la frontière d'État" («об охране границы» stays security)
    (
        r"(?<!\w)о (?:[\w-]+(?:ой|ей) )?государственн\w* границ\w*|(?<!\w)on the (?:[\w-]+ )?"
        r"state (?:border|boundary)\b|(?:sur|relatif a) la frontiere d'etat\b|(?:border|boundary)"
        r" treat(?:y|ies)\b|traites? (?:frontaliers?|de frontiere)\b",
        ("diplomacy",),
    ),
    # drawing a boundary is a matter between states (diplomacy), with the border it draws:
    # "démarcation de la frontière", "demarcation of the land boundary", «делимитация границы»
    (
        r"(?:delimitation\w*|demarcation\w*|abornement\w*|делимитац\w*|демаркац\w*)"
        r"(?: (?:de la|des|de leur|of the|of their) (?:\w+ )?(?:frontieres?|borders?|boundar\w*)"
        r"(?: (?:terrestres?|maritimes?|communes?))?| (?:\w+ )?границ\w*)?",
        ("diplomacy",),
    ),
    (
        # the sea's spaces drawn between two states: "the delimitation of maritime areas",
        # "la délimitation des espaces maritimes", «разграничение морских пространств» (a bare
        # «разграничение» is also a division of powers)
        r"(?:delimitation|demarcation|делимитац\w*|разграничени\w*) (?:of |des |de la |de l'|du )?"
        r"(?:the |their |leurs )?(?:maritime (?:spaces?|areas?|zones?)|espaces? maritimes?"
        r"|zones? maritimes?|continental shelf|plateau continental|exclusive economic zones?"
        r"|zones? economiques? exclusives?|морск\w* (?:пространств|зон|границ)\w*"
        r"|континентальн\w* шельф\w*|исключительн\w* экономическ\w* зон\w*)",
        ("diplomacy",),
    ),
    # the sea a state owns, named by its economic rights, is a space and not an economy's
    # text: "la surveillance des pêches dans les zones économiques exclusives", "patrols in
    # the exclusive economic zone", «в исключительной экономической зоне» name no domain
    # (the delimitation above, a longer span, is diplomacy's; the fish are agriculture's)
    (
        r"zones? economiques? exclusives?|exclusive economic zones?"
        r"|исключительн\w* экономическ\w* зон\w*",
        (),
    ),
    (r"cybercriminalit\w*|cyber-?crimes?\b|киберпреступн\w*", ("security", "digital")),
    # those who practise a domain name it: doctors and nurses are health's, judges justice's
    (
        r"medecins?\b|doctors?\b|physicians?|infirmi(?:er|ere)s?\b|nurses?\b|sages-femmes"
        r"|midwives|врач\w*|медик\w*|медсест\w*|медицинск\w* (?:персонал|работник)\w*",
        ("health",),
    ),
    (r"magistrats?\b|judges?\b|juges?\b|судь(?:и|ей|ям|ями)\b|судей\b", ("justice",)),
    # "la formation des diplomates", "training of diplomats" («дипломатов» is the stem above)
    (r"diplomates?\b|diplomats?\b", ("diplomacy",)),
    (r"imams?\b|имам\w*|predicateurs?|preachers?", ("culture",)),
    (r"pecheurs?\b|fishermen|fisherfolk|рыбак\w*", ("agriculture",)),
    # «подготовка» alone is any preparation; before those it trains, it is training
    (
        r"подготовк\w*(?= (?:[а-я]+ ){0,2}(?:врач|медик|медицинск|инженер|педагог|учител|пилот"
        r"|летчик|дипломат|военн|офицер|полицейск|студент|специалист|кадр|имам|судей|судь))",
        ("education",),
    ),
    # crops and their trade are farming's ("drought-resistant crops", "crop yields")
    (
        # a crop's basin is its farmland, no water's: "le bassin arachidier", "the
        # groundnut basin", "le bassin cotonnier", «хлопковый бассейн»
        r"bassin (?:arachidier|cotonnier|cacaoyer|rizicole|agricole)|(?:groundnut|peanut"
        r"|cotton|cocoa|rice) basin|(?:хлопков|рисов)\w* бассейн\w*|"
        r"crops\b|crop (?:yields?|production|protection|farming|diversification)"
        r"|arachides?\b|groundnuts?|peanuts?|\briz\b|\brice\b|maize|кукуруз\w*|sorgho|sorghum"
        r"|manioc|cassava|anacardes?|cajou|cashews?|karite|shea\b|sesame\b|soja\b|soy(?:a|beans?)?\b"
        r"|coffee|\bcafe\b|кофе\b|hevea|palmiers? a huile|palm oil|\bрис(?:а|ом)?\b|хлоп(?:ок|к)\w*"
        # oil that grows is a crop, not a fuel: "an oil crop project", "oil palm", "edible
        # oil", «cultures oléagineuses», «масличные культуры», «растительное масло»
        r"|oil[- ]?(?:crops?|palms?|seeds?)\b|(?:edible|vegetable|cooking) oils?\b"
        r"|(?:cultures? )?oleagineu\w*|huiles? (?:vegetales?|alimentaires?|de palme)"
        r"|масличн\w*(?: культур\w*)?"
        r"|(?:растительн|подсолнечн|пальмов)\w* масл\w*",
        ("agriculture",),
    ),
    (
        r"(?:power|electricity) transmission|transmission lines?|high[- ]voltage|haute tension"
        r"|lignes? (?:electriques?|de transport d'electricite)|лэп\b"
        # who runs the grid and joining it: "the grid operator", "le gestionnaire du réseau
        # électrique", «оператор электросетей», "grid connection", «подключение к сети»
        r"|grid operators?|(?:national|electricity|power) grids?|grid connections?"
        r"|gestionnaires? (?:du|des) reseaux? (?:electriques?|de transport)"
        r"|raccordement\w* au reseau|оператор\w* (?:электр\w* )?сет\w*|электросет\w*"
        r"|подключени\w* к (?:электр\w* )?сет\w*",
        ("energy",),
    ),
    # a stay abroad to work and travel is the movement of people: "a working holiday program",
    # "le programme vacances-travail", «программа „рабочие каникулы“», "youth mobility"
    (
        r"working[- ]holidays?|vacances[- ]travail|рабоч\w* каникул\w*|youth mobility"
        r"|mobilite des jeunes|молодежн\w* мобильност\w*",
        ("migration",),
    ),
    # the chains that bring goods from maker to buyer: "supply chain resilience", "les chaînes
    # d'approvisionnement", «цепочки поставок»
    (
        r"supply[- ]chains?|chaines? d'approvisionnement|цепоч\w* поставок",
        ("trade", "economy"),
    ),
    (
        r"(?:free )?movement of (?:people|persons|citizens)|circulation des personnes"
        r"|передвижени\w* (?:граждан|лиц|людей)|перемещени\w* (?:граждан|лиц|людей)",
        ("migration",),
    ),
    (
        r"parcs? (?:nationa\w*|transfrontali\w*)|national parks?|transfrontier (?:parks?|conservation)"
        r"|национальн\w* парк\w*",
        ("environment",),
    ),
    (r"водохозяйствен\w*|basins?\b|бассейн\w* (?:рек|озер|рек)\w*", ("water",)),
    (
        r"expressways?|voies? express|скоростн\w* (?:автомагистрал|трасс)\w*",
        ("transport", "infrastructure"),
    ),
    (
        r"industries? de (?:la )?defense|defen[cs]e industr\w*|оборонн\w* промышленн\w*"
        r"|оборонно-промышленн\w*|военно-промышленн\w*",
        ("defence",),
    ),
    (
        # the trafficking's objects listed after it are its own, no army's ("illicit
        # trafficking in firearms, ammunition and explosives", «незаконный оборот
        # огнестрельного оружия, боеприпасов и взрывчатых веществ»)
        r"trafic (?:illicite )?d'armes(?: a feu)?(?:(?:,| et| ou) (?:de |d')(?:[\w-]+ )?"
        r"(?:munitions|explosifs|armes|matieres)\w*)*"
        r"|(?:arms|weapons|firearms) traffick\w*|traffick\w* (?:in|of) (?:[\w-]+ ){0,2}"
        r"(?:arms|weapons|firearms)(?:,? (?:and |or )?(?:[\w-]+ ){0,2}"
        r"(?:ammunition|explosives?|arms|weapons|materials?)\b)*"
        r"|(?:незаконн\w* оборот\w*|контрабанд\w*) (?:[\w-]+ ){0,2}(?:оружи|боеприпас)\w*"
        r"(?:(?:,| и| или) (?:[\w-]+ ){0,2}(?:оружи|боеприпас|веществ|материал)\w*)*",
        ("security",),
    ),
    (r"stades?\b|stadiums?|стадион\w*", ("culture",)),
    # the living resources of waters and seas are fisheries, not water supply
    (
        r"(?:водн|морск)\w* (?:живых )?(?:биологическ\w* ресурс|биоресурс)\w*"
        r"|(?:aquatic|marine) (?:living |biological |bio-?)resources|living (?:aquatic|marine)"
        r" resources|ressources (?:biologiques|vivantes) (?:aquatiques|marines)"
        r"|ressources (?:aquatiques|marines) vivantes",
        ("agriculture",),
    ),
    # a power plant's output carried to the grid: «выдача мощности», "power evacuation"
    (
        r"выдач\w* (?:электрическ\w* )?мощност\w*|power (?:output|evacuation)"
        r"|evacuation de (?:l'energie|la puissance|l'electricite)",
        ("energy",),
    ),
    (r"grains?\b|wheat|\bble\b", ("agriculture",)),
    # rice, its growing and its trade: "la filière rizicole", "la riziculture", "rice
    # farming", «рисоводство» (a bare "rice" is also a surname)
    (
        r"\briz\b|rizicol\w*|rizicult\w*|rizieres?|paddy|rice (?:sector|value chain|production"
        r"|growers?|cultivation|paddies|mills?|fields?|self-sufficiency)|рисовод\w*"
        r"|рисов(?:ой|ого|ую|ых|ые|ая|ое|ом)\b|риса\b",
        ("agriculture",),
    ),
    (r"smart cit\w*|villes? intelligentes?|умн\w* город\w*", ("infrastructure", "digital")),
    (r"transports? urbains?|urban transport\w*|городск\w* транспорт\w*", ("transport",)),
    (
        r"ecosyst\w*|экосистем\w*|braconn\w*|poach\w*|anti-poaching|браконьер\w*|elephants?\b"
        r"|слон(?:ы|ов|ам|ами)?\b",
        ("environment",),
    ),
    (r"uranium|urani(?:f|um)\w*|уран(?:а|ом|у|овы\w*|ов\w*)?\b", ("mining",)),
    # uranium sold as a reactor's raw fuel is nuclear, not mined ore: "the supply of natural
    # uranium concentrate", "la fourniture d'uranium naturel", «поставки природного урана»,
    # «урановый концентрат» (the longer phrase hides the bare "uranium" inside it)
    (
        r"(?:supply|supplies|deliver(?:y|ies)|sale|sales|purchase) of (?:natural |enriched )?uranium"
        r"(?: (?:concentrate|oxide|hexafluoride|fuel|products?))?"
        r"|(?:natural |enriched )?uranium (?:concentrate|oxide|hexafluoride|fuel)"
        r"|(?:fourniture|livraison|vente|achat)s? d'uranium(?: naturel| enrichi)?"
        r"|concentres? d'uranium(?: naturel)?|uranium (?:naturel|enrichi)"
        r"|(?:поставк|продаж|закупк)\w* (?:природн\w* |обогащенн\w* )?урана|уранов\w* концентрат\w*"
        r"|(?:природн|обогащенн)\w* уран\w*",
        ("nuclear",),
    ),
    (r"teaching|преподавани\w*|salles? de classe|classrooms?", ("education",)),
    # what is carried or traded names the carrying or the trade's own domain: "le transport
    # inter-États de marchandises" is transport, "cross-border electricity trade" energy,
    # «страхование экспортных кредитов» finance
    (
        r"transports? (?:[\w-]+ ){0,2}(?:de |des )?marchandises|(?:transport|carriage) of goods"
        r"|freight transport|грузоперевоз\w*|перевозк\w* (?:\w+ )?груз\w*",
        ("transport",),
    ),
    (
        r"(?:electricity|power|energy) trad\w*|(?:commerce|echanges?) (?:de l'|d')(?:electricite"
        r"|energie)|торговл\w* электроэнерги\w*"
        # carrying power is the grid's, not transport's: "le réseau de transport
        # d'électricité", "les lignes de transport haute tension"
        r"|transports? (?:de l'|d')(?:electricite|energie(?: electrique)?)"
        r"|(?:lignes?|reseaux?) de transport (?:haute tension|electrique)",
        ("energy",),
    ),
    (
        r"export credits?(?: insurance)?|credits? (?:a l'|d')export\w*|assurance[- ]credit\w*"
        r"|(?:страховани\w* )?экспортн\w* кредит\w*"
        # so is money lent ahead of an export: "pre-export financing", "le préfinancement des
        # exportations", «предэкспортное финансирование», «финансирование экспорта»
        r"|(?:pre-?)?export financ\w*|(?:pre-?)?financements? (?:des |de l'|a l')export\w*"
        r"|предэкспортн\w* финансирован\w*|финансировани\w* экспорт\w*",
        ("economy",),
    ),
    # a refinery of a metal or its ore is the mine's industry, not fuel's: "une raffinerie
    # d'alumine", "a gold refinery", «глинозёмный завод», «аффинажный завод»
    (
        r"(?:alumina|gold|copper|nickel|cobalt|zinc|platinum|lithium|bauxite) refiner\w*"
        r"|raffineries? (?:d'|de |du )(?:alumine|or|cuivre|nickel|cobalt|zinc|platine|lithium"
        r"|bauxite)\b|affinage (?:de l'|d')or\b|глиноземн\w* (?:завод|комбинат)\w*|аффинаж\w*",
        ("mining",),
    ),
    (
        r"plant varieties|varietes vegetales|obtentions? vegetales?|сорт\w* растени\w*"
        r"|селекци\w*",
        ("agriculture",),
    ),
)
# The trade words of SPEC's areas that memoranda titles and the press use where the area's
# own name is not said (sectors24: SPEC's sectors one by one in French, English and Russian):
# what an army fields, what a gendarmerie fights, what a court of accounts audits, what a
# tour operator sells, a doctor's speciality. A phrase holding another sector's word comes
# first where the word would mislead: "la vaccination du cheptel" is livestock, not health;
# "the manufacturing of generic drugs" medicine, not industry nor the drug trade; "la
# formation des élèves-officiers" the army's, not schooling; «электропоезд» a train.
_TRADE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"frigates?|fregates?|фрегат\w*|corvettes?|корвет\w*|(?<!cables )sous-marins?\b"
        r"|submarines?\b(?! cables?)|подводн\w* лод(?:ка|ки|ок|кам|ками)\b|navy|navies"
        r"|marine nationale|forces navales|naval forces|warships?|navires? de guerre"
        r"|военн\w* корабл\w*|air force|armee de l'air|военно-воздушн\w*|\bввс\b|\bвмф\b"
        r"|fighter (?:jets?|aircraft|planes?)|avions? de (?:chasse|combat)|истребител\w*"
        r"|munitions?\b|ammunition|боеприпас\w*|armou?red vehicles?|vehicules? blindes?"
        r"|blindes\b|бронетехник\w*|бронетранспортер\w*|бронемашин\w*"
        r"|(?:formation (?:des |de )?)?eleves?-officiers|курсант\w*",
        ("defence",),
    ),
    (
        r"gendarmeri\w*|gendarmes?\b|жандарм\w*|banditisme|bandits?\b|бандитизм\w*"
        r"|бандформирован\w*|coupeurs? de routes?|highway robber\w*|gangs?\b|(?<!opec )cartels?\b"
        r"|картел\w*|radicali[sz]ation\w*|радикализац\w*|forensic\w*(?: science)?"
        r"|police (?:scientifique|technique)|криминалист\w*",
        ("security",),
    ),
    (
        r"graft\b|bribery|pots-de-vin|взяточничеств\w*|stolen assets|asset recovery"
        r"|recouvrement des avoirs|avoirs (?:illicites|voles|mal acquis)|biens mal acquis"
        r"|возврат\w* (?:\w+ ){0,2}актив\w*|notaria\w*|notaires?|нотари\w*|huissiers?"
        r"|адвокатур\w*|rule of law|etat de droit|верховенств\w* (?:закона|права)"
        r"|исполнени\w* (?:уголовн\w* )?наказани\w*|execution des peines|enforcement of sentences",
        ("justice",),
    ),
    (
        r"public-private partnerships?|partenariats? public-prive\w*|государственно-частн\w*"
        r" партнерств\w*|\bгчп\b|stock exchanges?|bourses? (?:regionales? )?des valeurs"
        r"|фондов\w* бирж\w*|capital markets?|marches? (?:des capitaux|financiers)"
        r"|рын\w* (?:ценн\w* бумаг|капитал)\w*|micro-?credit\w*|микрокредит\w*"
        r"|venture capital|capital-risque|венчурн\w*",
        ("economy",),
    ),
    (
        r"rules of origin|regles d'origine|правил\w* (?:определения )?(?:страны )?происхождени\w*"
        r"|certificats? d'origine|certificates? of origin|сертификат\w* происхождени\w*"
        r"|anti-?dumping|антидемпинг\w*|trade remedies|e-commerce|commerce electronique",
        ("trade",),
    ),
    (
        r"(?:filling|petrol|gas|fuel) stations?|stations?-service|\bазс\b|нефтебаз\w*"
        r"|fuel depots?|depots? (?:petroliers?|d'hydrocarbures)|kerosene|керосин\w*|gas-?oil"
        r"|gazole|diesel\b|дизел\w*|мазут\w*|бензин\w*|butane|propane|пропан\w*"
        r"|mini-?grids?|mini-?reseaux|off-grid|hors reseau",
        ("energy",),
    ),
    (
        r"(?:research |small modular |nuclear )?reactors?\b|reacteurs?\b(?: de recherche)?"
        r"|(?:исследовательск\w* )?(?:ядерн\w* )?реактор\w*|radio-?isotop\w*|радиоизотоп\w*"
        r"|isotop\w*|изотоп\w*|uranium enrichment|enrichment of uranium|enrichissement de l'uranium"
        r"|обогащени\w* урана",
        ("nuclear",),
    ),
    (
        r"gemstones?|precious stones|pierres? (?:precieuses|fines)|драгоценн\w* камн\w*"
        r"|драгметалл\w*|драгоценн\w* металл\w*|precious metals|metaux precieux|coltan"
        r"|cassiterite|tantal\w*|tungst\w*|вольфрам\w*|тантал\w*|zinc\b|цинк\w*",
        ("mining",),
    ),
    (
        r"(?:animal )?husbandry|(?:animal|camel|horse|cattle|livestock|sheep|goat|dairy)"
        r" breeding|breeding of (?:\w+ ){0,2}(?:cattle|camels|horses|sheep|goats|livestock"
        r"|animals|poultry)|camels?\b|chameaux|chamel\w*|dromadaires?|верблюд\w*|коневод\w*"
        r"|grazing|paturages?|pastures?|пастбищ\w*|fourrag\w*|fodder|кормопроизводств\w*"
        r"|корм(?:а|ов|ам|ами)\b|мелиорац\w*|сельхоз\w*|\bапк\b|cheptel|troupeaux?|herds?\b"
        r"|поголов\w*|maladies? animales?|maladies? (?:du betail|des animaux)"
        r"|(?:animal|livestock) diseases?|(?:болезн|заболевани)\w* (?:сельскохозяйственн\w* )?"
        r"(?:животных|скота)|zoonos\w*|zoonot\w*|зооноз\w*|plant diseases?|maladies des plantes"
        r"|(?:болезн|заболевани)\w* растени\w*"
        r"|vaccination (?:du |des )?(?:cheptel|betail|animaux|troupeaux|volailles)"
        r"|vaccination of (?:livestock|cattle|animals|poultry)|вакцинац\w* (?:скота|животных)"
        r"|veterinary (?:drugs|medicines|vaccines)|medicaments? veterinaires?",
        ("agriculture",),
    ),
    (
        r"ophthalm\w*|ophtalm\w*|офтальмолог\w*|cardiolog\w*|кардио\w*|oncolog\w*|онколог\w*"
        r"|nephrolog\w*|нефролог\w*|paediatr\w*|pediatr\w*|педиатр\w*|surger(?:y|ies)"
        r"|surgeons?|chirurg\w*|хирург\w*|dialys\w*|диализ\w*|cancers?\b|diabet\w*|диабет\w*"
        r"|eye (?:care|diseases?)|maladies? (?:non )?transmissibles|(?:non-)?communicable"
        r" diseases|(?:инфекционн\w* )?(?:болезн|заболевани)\w*|maladies?\b|diseases?\b"
        r"|blood (?:banks?|transfusion)|banques? de sang|банк\w* крови"
        r"|(?:generic|essential|counterfeit) (?:drugs|medicines)|drug (?:registration"
        r"|regulat\w*|manufactur\w*|production|procurement|supply)"
        r"|(?:manufactur\w*|production|local production) of (?:generic )?(?:drugs|medicines)"
        r"|(?:production|fabrication) (?:locale )?de medicaments\w*"
        r"|производств\w* (?:\w+ )?(?:лекарств|препарат)\w*",
        ("health",),
    ),
    (r"lycees?\b|колледж\w*|curricul\w*|higher learning", ("education",)),
    (r"r ?& ?d\b|\bниокр\b|nanotechnolog\w*|нанотехнолог\w*", ("research",)),
    (
        # ("en train de", "to train doctors", «поездка» a trip: no trains)
        r"(?:electric )?multiple units?|(?:passenger|freight|high-speed|express|commuter"
        r"|suburban|electric|diesel) trains?\b|trains? (?:de voyageurs|de marchandises"
        r"|a grande vitesse|express|electriques?)|trainsets?|rames? (?:de (?:train|metro"
        r"|tramway)|ferroviaires?|automotrices?|voyageurs)|voitures? (?:de )?(?:voyageurs"
        r"|passagers)|passenger (?:cars|coaches|carriages)|электропоезд\w*|электричк\w*"
        r"|поезд(?:а|у|ом|е|ов|ам|ами|ах)?\b|тепловоз\w*|полувагон\w*|трамва\w*|tram(?:way)?s?\b|haulage|hauliers?"
        r"|trucking|camionnage",
        ("transport",),
    ),
    (
        r"flyovers?|interchanges?|echangeurs?|overpass\w*|voiri\w*|\bжкх\b"
        r"|жилищно-коммунальн\w*|коммунальн\w* хозяйств\w*|благоустройств\w*|путепровод\w*",
        ("infrastructure",),
    ),
    (r"blockchain|блокчейн\w*", ("digital",)),
    (
        r"tour operators?|voyagistes?|туроператор\w*|турагент\w*|турпоток\w*|турпоездк\w*"
        r"|турфирм\w*|турбизнес\w*|(?:visitor|tourist) arrivals|pilgrim\w*|pelerin\w*"
        r"|паломни\w*|hajj\b|hadj\b|umrah|omra\b|хадж\w*|театр\w*"
        # (a theatre of war, "le théâtre des opérations", is the army's field)
        r"|theat(?:re|er)s?\b(?! (?:of|des) (?:war|operations|conflict|guerre|operations))"
        r"|festivals?\b|фестивал\w*|hospitality|(?:book )?publishing|l'edition et (?:le|du) livre"
        r"|industrie du livre|книгоиздан\w*|книжн\w*",
        ("culture",),
    ),
    (r"водохранилищ\w*|reservoirs?\b|retenues? d'eau|boreholes?|forages? d'eau", ("water",)),
    (
        r"peatlands?|tourbieres?|торфяник\w*|снежн\w* барс\w*|snow leopards?|carbon markets?"
        r"|marches? (?:du )?carbone|углеродн\w* рын\w*|(?:greenhouse gas|carbon|co2) emissions"
        r"|emissions reductions?|reduction des emissions|gaz a effet de serre|greenhouse gas\w*"
        r"|парников\w* газ\w*|выброс\w* парников\w*|атмосферн\w* воздух\w*|air quality"
        r"|qualite de l'air|качеств\w* (?:атмосферного )?воздуха|ensablement|sand encroachment"
        r"|(?:marine|ocean|coastal) conservation|conservation (?:marine|des oceans)"
        # the sea as a milieu kept from harm, not a way of shipping: "la protection du milieu
        # marin", "the marine environment", «морская среда»
        r"|(?:milieux?|environnements?) (?:marins?|cotiers?)(?: et (?:cotiers?|marins?))?"
        r"|(?:marine|coastal) (?:and (?:coastal|marine) )?environments?|морск\w* сред\w*",
        ("environment",),
    ),
    (
        r"work permits?|permis de travail|разрешени\w* на работу|патент\w* на работу"
        r"|организованн\w* набор\w*|оргнабор\w*|набор\w* (?:граждан|работник|рабочих|персонал)\w*",
        ("migration",),
    ),
    (
        r"elderly|personnes agees|пожил\w*|orphan\w*|orphelin\w*|сирот\w*"
        r"|vulnerable (?:people|persons|groups|households)|personnes vulnerables"
        r"|menages vulnerables|уязвим\w* (?:слое|групп|категори)\w*|displaced (?:people|persons"
        r"|families)|personnes deplacees|deplaces internes|relief (?:assistance|aid|supplies)"
        r"|гендерн\w*|благотворительн\w*|charity|charitable|caritati\w*",
        ("social",),
    ),
    (
        r"launch vehicles?|lanceurs?\b|ракет\w*-носител\w*|ракетоносител\w*|космодром\w*"
        r"|spaceports?|bases? de lancement",
        ("space",),
    ),
    (
        r"(?:(?:регистрац|запис)\w* )?акт\w* гражданского состояния|cours? des comptes"
        r"|courts? of (?:accounts|audit)"
        r"|счетн\w* палат\w*|ревизионн\w* палат\w*|supreme audit institutions?"
        r"|auditors?[- ]general|comptroller\w*|controleur general|public accounts|comptes publics"
        r"|государственн\w* аудит\w*|identification des personnes|identity cards?"
        r"|cartes? (?:nationales? )?d'identite|удостоверени\w* личности|titres? fonciers?"
        r"|land titles?|property titles?|titres? de propriete|foncier\w*|land administration"
        r"|listes? electorales?|electoral rolls?|voter registration",
        ("administration",),
    ),
)
SECTOR_PATTERNS = _compile(
    _SECTORS
    + _MORE_SECTORS
    + _FURTHER_SECTORS
    + _PRESS_SECTORS
    + _AREAS
    + _SCOPE_WORDS
    + _TRADE_WORDS
    + _SWEPT
    + _PLACES
)
# Texts the press names by their acronym ("the TIFA", "a BIT", "a revised DTAA", "the IGA",
# «СРП»), with the words they stand for, whose domains are the text's. The reader takes them
# only in capitals (`is_acronym`): a "bit", a "sofa", a French "loi" are words.
TEXT_ACRONYMS: dict[str, tuple[str, str]] = {
    "bit": ("agreement", "bilateral investment treaty"),
    "bippa": ("agreement", "investment promotion and protection"),
    "dtaa": ("agreement", "double taxation avoidance"),
    "dta": ("agreement", "double taxation avoidance"),
    "sofa": ("agreement", "military status of forces"),
    "iga": ("agreement", "intergovernmental agreement"),
    "hga": ("agreement", "host government agreement"),
    "fta": ("agreement", "free trade"),
    "pta": ("agreement", "preferential trade"),
    "cepa": ("agreement", "comprehensive economic partnership"),
    "ppa": ("agreement", "power purchase"),
    "срп": ("agreement", "production sharing"),
    "tifa": ("framework", "trade and investment framework"),
    "loi": ("memorandum", "letter of intent"),
}
_ACRONYM_KINDS = tuple(
    (rf"(?:{'|'.join(a for a, (k, _) in TEXT_ACRONYMS.items() if k == kind)})s?\b", kind)
    for kind in dict.fromkeys(k for k, _ in TEXT_ACRONYMS.values())
)
KIND_PATTERNS = _compile(_KINDS)
# for one alternation of all kinds, the acronyms too (their capitals are checked on the text)
KIND_SOURCES = tuple((fold(p), kind) for p, kind in _KINDS + _ACRONYM_KINDS)
STATUS_PATTERNS = _compile(_STATUSES)


# most phrases name a domain or two: only the patterns whose first letters occur are searched
_SECTOR_HEADS = Heads([regex for regex, _ in SECTOR_PATTERNS])


@lru_cache(maxsize=64)  # a phrase is asked again and again (`agreements._sectors`), never changed
def sector_spans(folded: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Sector words of folded text, longest first among overlaps, then in text order."""
    table = SECTOR_PATTERNS
    found = [
        (m.start(), m.end(), table[i][1])
        for i in _SECTOR_HEADS.candidates(folded)
        for m in table[i][0].finditer(folded)
    ]
    kept: list[tuple[int, int, tuple[str, ...]]] = []
    for span in sorted(found, key=lambda s: s[0] - s[1]):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    # a phrase of no domain (an exclusive economic zone) only hides the words inside it
    return tuple(sorted(k for k in kept if k[2]))


def sectors_of(text: str) -> list[str]:
    """The SPEC sectors a phrase names, in order of first mention, without repeats."""
    out: list[str] = []
    for _, _, sectors in sector_spans(fold(text)):
        out.extend(s for s in sectors if s not in out)
    return out


def kind_of(text: str) -> str | None:
    """The KIND a phrase names ("mémorandum d'entente" -> memorandum), or None."""
    return _first(KIND_PATTERNS, text)


def status_of(text: str) -> str | None:
    """The STATUS a clause states, the strongest first (in force over ratified over signed)."""
    return _first(STATUS_PATTERNS, text)


@lru_cache(maxsize=1024)  # the sentence of every item of a list is asked again
def _first(table, text: str) -> str | None:
    folded = fold(text)
    return next((value for regex, value in table if regex.search(folded)), None)


_LEARNT = Path(__file__).with_name("sector_words.txt")


@cache
def _learnt() -> dict[str, str]:
    """word -> sector from word vectors (scripts/sector_words.py), for words the lexicon lacks."""
    table: dict[str, str] = {}
    for line in _LEARNT.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, sector = line.partition("\t")
            table[word] = sector
    return table


# Words that name the relation between the sides, never a domain, though the vector table
# places them ("relations" near "relations publiques", media): "a treaty on allied
# relations" is a general text.
_RELATION_WORDS = frozenset({"relations", "relation", "rapports"})


def guessed(phrase: str) -> list[str]:
    """The lexicon's fallback: the sector of the first word of `phrase` that the vector
    table places ("la lutte contre le braconnage" -> environment); [] when none is."""
    for word in re.findall(r"[^\W\d_][^\W\d_-]{3,}", fold(phrase)):
        if word in _RELATION_WORDS:
            continue
        sector = _learnt().get(word)
        if sector:
            return [sector]
    return []
