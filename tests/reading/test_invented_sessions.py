"""Standing bodies' sessions as many writers number and date them (sessions20, session 20).

Invented texts in French, English and Russian (states real, bodies, people and dates made up), in
the voices of wire agencies, ministries' communiqués, regional papers, analyses and interviews.
Each is read by the whole pipeline and compared as `score.py` compares: a body by its party set
and at least half the words of the shorter name, with its cadence; a session by its body's
words and its number, or its start where the text numbers none. The page is dated 10 March 2026
("next year" is 2027, "before the end of the year" 2026).
"""

from __future__ import annotations

import pytest
from standing_bodies import check

_FR = [
    pytest.param(
        "NIAMEY, 4 mars (AFP) - La quatrième session de la commission mixte de coopération "
        "nigéro-tchadienne s'est ouverte mercredi à Niamey, en présence des ministres des "
        "Affaires étrangères des deux pays.",
        [("commission mixte de coopération nigéro-tchadienne", ["NER", "TCD"], None)],
        [("commission mixte de coopération nigéro-tchadienne", 4, None)],
        id="fr-ordinal-word-dispatch",
    ),
    pytest.param(
        "La XIIe session de la Grande commission mixte de coopération entre le Bénin et le Togo "
        "se tiendra à Cotonou du 14 au 16 avril 2026.",
        [
            (
                "Grande commission mixte de coopération entre le Bénin et le Togo",
                ["BEN", "TGO"],
                None,
            )
        ],
        [("Grande commission mixte de coopération entre le Bénin et le Togo", 12, None)],
        id="fr-roman-planned",
    ),
    pytest.param(
        "La commission mixte de coopération guinéo-malienne a ouvert ses travaux le 9 mars 2026 à "
        "Conakry. Les deux délégations ont passé en revue la mise en œuvre des recommandations de "
        "la précédente session, tenue à Bamako en 2023.",
        [("commission mixte de coopération guinéo-malienne", ["GIN", "MLI"], None)],
        [
            ("commission mixte de coopération guinéo-malienne", None, "2026-03-09"),
            ("commission mixte de coopération guinéo-malienne", None, "2023"),
        ],
        id="fr-previous-in-passing",
    ),
    pytest.param(
        "Les ministres ont convenu que la prochaine session de la commission mixte "
        "sénégalo-gambienne se tiendra à Banjul au premier semestre 2027.",
        [("commission mixte sénégalo-gambienne", ["GMB", "SEN"], None)],
        [("commission mixte sénégalo-gambienne", None, "2027")],
        id="fr-next-half-year",
    ),
    pytest.param(
        "Selon le ministère, la commission mixte de coopération togolo-ghanéenne se réunira avant "
        "la fin de l'année à Lomé.",
        [("commission mixte de coopération togolo-ghanéenne", ["GHA", "TGO"], None)],
        [("commission mixte de coopération togolo-ghanéenne", None, "2026")],
        id="fr-before-year-end",
    ),
    pytest.param(
        "La commission mixte algéro-nigérienne se réunira l'année prochaine à Alger, a annoncé le "
        "ministre nigérien des Affaires étrangères.",
        [("commission mixte algéro-nigérienne", ["DZA", "NER"], None)],
        [("commission mixte algéro-nigérienne", None, "2027")],
        id="fr-next-year",
    ),
    pytest.param(
        "Le comité mixte de suivi ivoiro-burkinabè a tenu sa session inaugurale le 5 mars 2026 à "
        "Abidjan.",
        [("comité mixte de suivi ivoiro-burkinabè", ["BFA", "CIV"], None)],
        [("comité mixte de suivi ivoiro-burkinabè", 1, None)],
        id="fr-inaugural",
    ),
    pytest.param(
        "La deuxième session du comité technique mixte maroco-mauritanien s'est tenue du 3 au 5 "
        "mars 2026 à Nouakchott.",
        [("comité technique mixte maroco-mauritanien", ["MAR", "MRT"], None)],
        [("comité technique mixte maroco-mauritanien", 2, None)],
        id="fr-second-range",
    ),
    pytest.param(
        "Le groupe de travail mixte sénégalo-mauritanien sur la pêche a tenu sa troisième réunion "
        "à Saint-Louis les 2 et 3 mars 2026.",
        [("groupe de travail mixte sénégalo-mauritanien", ["MRT", "SEN"], None)],
        [("groupe de travail mixte sénégalo-mauritanien", 3, None)],
        id="fr-working-group-its-third",
    ),
    pytest.param(
        "Créée en 2010, la Grande commission mixte de coopération Mali-Guinée se réunit tous les "
        "deux ans. Cette commission tiendra sa prochaine session à Conakry en 2027.",
        [("Grande commission mixte de coopération Mali-Guinée", ["GIN", "MLI"], 24)],
        [("Grande commission mixte de coopération Mali-Guinée", None, "2027")],
        id="fr-paraphrase-its-next",
    ),
    pytest.param(
        "En sommeil depuis 2015, la commission mixte de coopération camerouno-tchadienne devrait "
        "se réunir au printemps 2026 à Yaoundé.",
        [("commission mixte de coopération camerouno-tchadienne", ["CMR", "TCD"], None)],
        [("commission mixte de coopération camerouno-tchadienne", None, "2026")],
        id="fr-season",
    ),
    pytest.param(
        "Le Collège des chefs d'État de la Confédération AES a tenu sa deuxième session ordinaire "
        "à Bamako les 22 et 23 décembre 2025.",
        [("Collège des chefs d'État de la Confédération AES", ["BFA", "MLI", "NER"], None)],
        [("Collège des chefs d'État de la Confédération AES", 2, None)],
        id="fr-alliance-college",
    ),
    pytest.param(
        "Depuis sa création en 1996, la commission mixte de coopération nigéro-béninoise n'a tenu "
        "que quelques sessions, la dernière en 2019 à Niamey.",
        [("commission mixte de coopération nigéro-béninoise", ["BEN", "NER"], None)],
        [("commission mixte de coopération nigéro-béninoise", None, "2019")],
        id="fr-analysis-last-one",
    ),
    pytest.param(
        "Les travaux de la 10ème session de la commission mixte de coopération tuniso-mauritanienne "
        "ont pris fin le 6 mars 2026 à Tunis.",
        [("commission mixte de coopération tuniso-mauritanienne", ["MRT", "TUN"], None)],
        [("commission mixte de coopération tuniso-mauritanienne", 10, None)],
        id="fr-digits-eme",
    ),
    pytest.param(
        "La 1ère session du comité bilatéral frontalier Niger-Nigeria s'est tenue à Maradi le 4 "
        "mars 2026.",
        [("comité bilatéral frontalier Niger-Nigeria", ["NER", "NGA"], None)],
        [("comité bilatéral frontalier Niger-Nigeria", 1, None)],
        id="fr-digits-1ere",
    ),
    pytest.param(
        "La vingt-et-unième session de la commission mixte franco-malgache s'est ouverte le 2 mars "
        "2026 à Antananarivo.",
        [("commission mixte franco-malgache", ["FRA", "MDG"], None)],
        [("commission mixte franco-malgache", 21, None)],
        id="fr-compound-ordinal",
    ),
    pytest.param(
        "La commission mixte ivoiro-ghanéenne a examiné le dossier de la frontière maritime. La "
        "commission se réunira à Accra en octobre 2026.",
        [("commission mixte ivoiro-ghanéenne", ["CIV", "GHA"], None)],
        [("commission mixte ivoiro-ghanéenne", None, "2026-10")],
        id="fr-paraphrase-month",
    ),
    pytest.param(
        "La commission mixte de coopération maroco-sénégalaise a fait le point de ses chantiers. "
        "Lors de sa dernière réunion, en septembre 2025 à Rabat, elle avait adopté une feuille de "
        "route.",
        [("commission mixte de coopération maroco-sénégalaise", ["MAR", "SEN"], None)],
        [("commission mixte de coopération maroco-sénégalaise", None, "2025-09")],
        id="fr-its-last-meeting",
    ),
    pytest.param(
        "La commission mixte de coopération burundo-tanzanienne se réunit tous les ans en session "
        "ordinaire, alternativement à Bujumbura et à Dodoma.",
        [("commission mixte de coopération burundo-tanzanienne", ["BDI", "TZA"], 12)],
        [],
        id="fr-cadence-every-year",
    ),
    pytest.param(
        "« La commission mixte se réunira désormais une fois l'an », a déclaré le ministre béninois "
        "après la session de la commission mixte bénino-nigériane tenue le 3 mars 2026 à Abuja.",
        [("commission mixte bénino-nigériane", ["BEN", "NGA"], 12)],
        [("commission mixte bénino-nigériane", None, "2026-03-03")],
        id="fr-interview-cadence",
    ),
    pytest.param(
        "La IIIe session de la Haute commission mixte de coopération Djibouti-Éthiopie, coprésidée "
        "par les deux Premiers ministres, s'est achevée le 5 mars 2026 à Djibouti.",
        [("Haute commission mixte de coopération Djibouti-Éthiopie", ["DJI", "ETH"], None)],
        [("Haute commission mixte de coopération Djibouti-Éthiopie", 3, None)],
        id="fr-roman-haute",
    ),
    pytest.param(
        "La commission mixte de coopération gabono-congolaise s'est réunie du 2 au 4 mars 2026 à "
        "Libreville.",
        [("commission mixte de coopération gabono-congolaise", ["COG", "GAB"], None)],
        [("commission mixte de coopération gabono-congolaise", None, "2026-03-02")],
        id="fr-met-range",
        # "congolaise" is read as the DRC's (the gazetteer's choice for an adjective both
        # Congos share); the sides of a name are not this file's field
        marks=pytest.mark.xfail(strict=True, reason="congolaise read as COD"),
    ),
    pytest.param(
        "Le Conseil des ministres des Affaires étrangères de l'AES se réunira en session ordinaire "
        "en juin 2026 à Ouagadougou.",
        [("Conseil des ministres des Affaires étrangères de l'AES", ["BFA", "MLI", "NER"], None)],
        [("Conseil des ministres des Affaires étrangères de l'AES", None, "2026-06")],
        id="fr-alliance-council-planned",
    ),
    pytest.param(
        "La quinzième session de la commission mixte de coopération tchado-soudanaise se tiendra "
        "à N'Djamena au cours du second semestre 2026. La quatorzième s'était tenue à Khartoum en "
        "2022.",
        [("commission mixte de coopération tchado-soudanaise", ["SDN", "TCD"], None)],
        [
            ("commission mixte de coopération tchado-soudanaise", 15, None),
            ("commission mixte de coopération tchado-soudanaise", 14, None),
        ],
        id="fr-ordinal-standing-alone-next-sentence",
    ),
    pytest.param(
        "Le comité mixte de sécurité transfrontalière Togo-Bénin a tenu sa 7e réunion le 4 mars "
        "2026 à Aného. Ce comité se réunit tous les trois mois.",
        [("comité mixte de sécurité transfrontalière Togo-Bénin", ["BEN", "TGO"], 3)],
        [("comité mixte de sécurité transfrontalière Togo-Bénin", 7, None)],
        id="fr-its-7e-reunion",
    ),
    pytest.param(
        "La commission mixte de coopération entre le Sénégal et la Guinée-Bissau, qui ne s'était "
        "plus réunie depuis 2017, tiendra sa 9e session à Dakar en mai 2026.",
        [
            (
                "commission mixte de coopération entre le Sénégal et la Guinée-Bissau",
                ["GNB", "SEN"],
                None,
            )
        ],
        [("commission mixte de coopération entre le Sénégal et la Guinée-Bissau", 9, None)],
        id="fr-will-hold-its-9e",
    ),
    pytest.param(
        "Le dernier sommet de la CEDEAO, tenu à Abuja en décembre 2025, avait fixé la feuille de "
        "route.",
        [
            (
                "sommet de la CEDEAO",
                [
                    "BEN",
                    "CPV",
                    "CIV",
                    "GMB",
                    "GHA",
                    "GIN",
                    "GNB",
                    "LBR",
                    "NGA",
                    "SEN",
                    "SLE",
                    "TGO",
                ],
                None,
            )
        ],
        [("sommet de la CEDEAO", None, "2025-12")],
        id="fr-alliance-summit-last",
    ),
    pytest.param(
        "Les experts de la commission mixte de coopération mauritano-malienne se retrouveront à "
        "Kayes. La session ministérielle de la commission se tiendra à Nouakchott en avril 2026.",
        [("commission mixte de coopération mauritano-malienne", ["MLI", "MRT"], None)],
        [("commission mixte de coopération mauritano-malienne", None, "2026-04")],
        id="fr-ministerial-session-planned",
    ),
    pytest.param(
        "À l'issue de la 5e session de la commission mixte de coopération rwando-congolaise, la "
        "6e session a été fixée à Kigali en 2027.",
        [("commission mixte de coopération rwando-congolaise", ["COD", "RWA"], None)],
        [
            ("commission mixte de coopération rwando-congolaise", 5, None),
            ("commission mixte de coopération rwando-congolaise", 6, None),
        ],
        id="fr-current-and-next-numbered",
    ),
    pytest.param(
        "La commission mixte nigéro-burkinabè s'est réunie pour la première fois depuis 2014, le 4 "
        "mars 2026 à Niamey.",
        [("commission mixte nigéro-burkinabè", ["BFA", "NER"], None)],
        [("commission mixte nigéro-burkinabè", None, "2026-03-04")],
        id="fr-first-since-guard",
    ),
    pytest.param(
        "La commission mixte de coopération sino-congolaise a tenu sa session annuelle les 3 et 4 "
        "mars 2026 à Brazzaville.",
        [("commission mixte de coopération sino-congolaise", ["CHN", "COG"], 12)],
        [("commission mixte de coopération sino-congolaise", None, "2026-03-03")],
        id="fr-annual-session",
    ),
    pytest.param(
        "La Commission mixte de coopération Côte d'Ivoire-Liberia tiendra sa prochaine session en "
        "2027 à Monrovia, selon le communiqué final.",
        [("Commission mixte de coopération Côte d'Ivoire-Liberia", ["CIV", "LBR"], None)],
        [("Commission mixte de coopération Côte d'Ivoire-Liberia", None, "2027")],
        id="fr-communique-next",
    ),
    pytest.param(
        "Les deux parties sont convenues de tenir la prochaine session de la commission mixte "
        "ivoiro-malienne à Bamako en 2027.",
        [("commission mixte ivoiro-malienne", ["CIV", "MLI"], None)],
        [("commission mixte ivoiro-malienne", None, "2027")],
        id="fr-agreed-to-hold-next",
    ),
    pytest.param(
        "La XXIIe session du Comité mixte de coopération algéro-tunisien s'est déroulée les 26 et "
        "27 février 2026 à Alger.",
        [("Comité mixte de coopération algéro-tunisien", ["DZA", "TUN"], None)],
        [("Comité mixte de coopération algéro-tunisien", 22, None)],
        id="fr-roman-xxiie",
    ),
    pytest.param(
        "La commission mixte de coopération sénégalo-guinéenne s'est tenue du 26 au 28 février "
        "2026 à Conakry.",
        [("commission mixte de coopération sénégalo-guinéenne", ["GIN", "SEN"], None)],
        [("commission mixte de coopération sénégalo-guinéenne", None, "2026-02-26")],
        id="fr-held-range",
    ),
    pytest.param(
        "Le Conseil des ministres de l'UEMOA a tenu sa deuxième session ordinaire le 27 juin 2025 "
        "à Dakar.",
        [
            (
                "Conseil des ministres de l'UEMOA",
                ["BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO"],
                None,
            )
        ],
        [("Conseil des ministres de l'UEMOA", 2, None)],
        id="fr-waemu-council",
    ),
    pytest.param(
        "La commission mixte tchado-camerounaise se réunit tous les dix-huit mois, alternativement "
        "à N'Djamena et à Yaoundé.",
        [("commission mixte tchado-camerounaise", ["CMR", "TCD"], 18)],
        [],
        id="fr-cadence-eighteen-months",
    ),
    pytest.param(
        "La commission mixte nigéro-malienne, qui se réunit en session ordinaire tous les deux ans "
        "et en session extraordinaire à la demande de l'une des parties, a été créée en 1998.",
        [("commission mixte nigéro-malienne", ["MLI", "NER"], 24)],
        [],
        id="fr-cadence-ordinary-and-extraordinary",
    ),
    pytest.param(
        "Le Maroc accueillera la 14e session de la commission mixte maroco-gabonaise en 2027.",
        [("commission mixte maroco-gabonaise", ["GAB", "MAR"], None)],
        [("commission mixte maroco-gabonaise", 14, None)],
        id="fr-host-14e",
    ),
    pytest.param(
        "Réunie pour la première fois en 2019, la commission mixte de coopération "
        "burkinabo-ghanéenne a tenu sa deuxième session le 4 mars 2026 à Accra.",
        [("commission mixte de coopération burkinabo-ghanéenne", ["BFA", "GHA"], None)],
        [
            ("commission mixte de coopération burkinabo-ghanéenne", 1, None),
            ("commission mixte de coopération burkinabo-ghanéenne", 2, None),
        ],
        id="fr-met-first-time-participle",
        # a participle before the name ("Réunie pour la première fois en 2019, la commission
        # …"): rare, and whether its 2019 meeting is numbered 1 by SPEC is not certain
        marks=pytest.mark.xfail(strict=True, reason="first meeting told before the name"),
    ),
    pytest.param(
        "Les ministres ont clôturé jeudi 5 mars 2026 à Lomé les travaux de la 6e session de la "
        "commission mixte togolo-nigérienne.",
        [("commission mixte togolo-nigérienne", ["NER", "TGO"], None)],
        [("commission mixte togolo-nigérienne", 6, None)],
        id="fr-closed-6e",
    ),
    pytest.param(
        "La commission mixte de coopération guinéo-sierra-léonaise se réunira au cours du second "
        "semestre, a précisé le ministre guinéen.",
        [("commission mixte de coopération guinéo-sierra-léonaise", ["GIN", "SLE"], None)],
        [("commission mixte de coopération guinéo-sierra-léonaise", None, "2026")],
        id="fr-second-half-no-year",
    ),
    pytest.param(
        "La session de la commission mixte de coopération centrafricano-tchadienne prévue en "
        "décembre 2025 a été reportée sine die.",
        [("commission mixte de coopération centrafricano-tchadienne", ["CAF", "TCD"], None)],
        [("commission mixte de coopération centrafricano-tchadienne", None, "2025-12")],
        id="fr-postponed-session",
    ),
    pytest.param(
        "Le 3 mars 2026 s'est ouverte à Kinshasa la cinquième session de la commission mixte "
        "RDC-Zambie.",
        [("commission mixte RDC-Zambie", ["COD", "ZMB"], None)],
        [("commission mixte RDC-Zambie", 5, None)],
        id="fr-inverted-verb-first",
    ),
    pytest.param(
        "Le comité militaire mixte tchado-centrafricain a tenu sa 3e session le 4 mars 2026 à "
        "Bangui.",
        [("comité militaire mixte tchado-centrafricain", ["CAF", "TCD"], None)],
        [("comité militaire mixte tchado-centrafricain", 3, None)],
        id="fr-field-word-committee",
    ),
    pytest.param(
        "La Commission de coopération Sénégal-Gambie tiendra sa 5e session à Banjul en mai 2026.",
        [("Commission de coopération Sénégal-Gambie", ["GMB", "SEN"], None)],
        [("Commission de coopération Sénégal-Gambie", 5, None)],
        id="fr-cooperation-commission-pair",
    ),
    pytest.param(
        "La commission mixte de coopération bénino-togolaise a fait le bilan. Lors de la session "
        "de 2024 à Lomé, elle avait adopté une feuille de route.",
        [("commission mixte de coopération bénino-togolaise", ["BEN", "TGO"], None)],
        [("commission mixte de coopération bénino-togolaise", None, "2024")],
        id="fr-session-of-year",
    ),
]

_EN = [
    pytest.param(
        "The fifth meeting of the India-Maldives Joint Commission was held in Malé on 3 March "
        "2026.",
        [("India-Maldives Joint Commission", ["IND", "MDV"], None)],
        [("India-Maldives Joint Commission", 5, None)],
        id="en-ordinal-word",
    ),
    pytest.param(
        "ARUSHA, March 9 (Xinhua) -- The 11th session of the Kenya-Tanzania Joint Commission for "
        "Cooperation (JCC) opened here on Monday.",
        [("Kenya-Tanzania Joint Commission for Cooperation", ["KEN", "TZA"], None)],
        [("Kenya-Tanzania Joint Commission for Cooperation", 11, None)],
        id="en-digits-dispatch",
    ),
    pytest.param(
        "The Bangladesh-Nepal Joint Commission met in Kathmandu on 4 March 2026. Officials recalled "
        "the decisions of the previous session, held in Dhaka in 2023.",
        [("Bangladesh-Nepal Joint Commission", ["BGD", "NPL"], None)],
        [
            ("Bangladesh-Nepal Joint Commission", None, "2026-03-04"),
            ("Bangladesh-Nepal Joint Commission", None, "2023"),
        ],
        id="en-previous-in-passing",
    ),
    pytest.param(
        "The Sri Lanka-Maldives Joint Commission reviewed fisheries cooperation. The next meeting "
        "of the Joint Commission will be held in Colombo next year.",
        [("Sri Lanka-Maldives Joint Commission", ["LKA", "MDV"], None)],
        [("Sri Lanka-Maldives Joint Commission", None, "2027")],
        id="en-next-year",
    ),
    pytest.param(
        "The Zambia-Malawi Joint Permanent Commission will meet in Lilongwe before the end of the "
        "year, the ministry said.",
        [("Zambia-Malawi Joint Permanent Commission", ["MWI", "ZMB"], None)],
        [("Zambia-Malawi Joint Permanent Commission", None, "2026")],
        id="en-before-year-end",
    ),
    pytest.param(
        "The first-ever meeting of the Ghana-Côte d'Ivoire Joint Border Commission took place in "
        "Accra on 4 March 2026.",
        [("Ghana-Côte d'Ivoire Joint Border Commission", ["CIV", "GHA"], None)],
        [("Ghana-Côte d'Ivoire Joint Border Commission", 1, None)],
        id="en-first-ever",
    ),
    pytest.param(
        "Ministers opened the inaugural session of the UAE-Kenya Joint Committee in Nairobi on 2 "
        "March 2026.",
        [("UAE-Kenya Joint Committee", ["ARE", "KEN"], None)],
        [("UAE-Kenya Joint Committee", 1, None)],
        id="en-inaugural",
    ),
    pytest.param(
        "The XIV Session of the Pakistan-Uzbekistan Joint Ministerial Commission concluded in "
        "Tashkent on 5 March 2026.",
        [("Pakistan-Uzbekistan Joint Ministerial Commission", ["PAK", "UZB"], None)],
        [("Pakistan-Uzbekistan Joint Ministerial Commission", 14, None)],
        id="en-roman",
    ),
    pytest.param(
        "The Mozambique-Malawi Joint Permanent Commission met in Maputo from 3 to 5 March 2026.",
        [("Mozambique-Malawi Joint Permanent Commission", ["MOZ", "MWI"], None)],
        [("Mozambique-Malawi Joint Permanent Commission", None, "2026-03-03")],
        id="en-met-range",
    ),
    pytest.param(
        "The Kuwait-Philippines Joint Working Group on labour held its third meeting in Manila in "
        "February 2026.",
        [("Kuwait-Philippines Joint Working Group", ["KWT", "PHL"], None)],
        [("Kuwait-Philippines Joint Working Group", 3, None)],
        id="en-working-group-its-third",
    ),
    pytest.param(
        "The Tanzania-Mozambique Joint Permanent Commission (JPC) reviewed the Mtwara corridor. The "
        "JPC, which meets every two years, will convene its 6th session in Dodoma in 2027.",
        [("Tanzania-Mozambique Joint Permanent Commission", ["MOZ", "TZA"], 24)],
        [("Tanzania-Mozambique Joint Permanent Commission", 6, None)],
        id="en-acronym-paraphrase",
    ),
    pytest.param(
        "The Zambia-Zimbabwe Joint Trade Committee discussed the Chirundu border post; its last "
        "meeting was in Lusaka in October 2025.",
        [("Zambia-Zimbabwe Joint Trade Committee", ["ZMB", "ZWE"], None)],
        [("Zambia-Zimbabwe Joint Trade Committee", None, "2025-10")],
        id="en-its-last-meeting",
    ),
    pytest.param(
        "The India-Nigeria Joint Commission, which last met in Abuja in 2019, will meet in New "
        "Delhi in the second half of 2026.",
        [("India-Nigeria Joint Commission", ["IND", "NGA"], None)],
        [
            ("India-Nigeria Joint Commission", None, "2019"),
            ("India-Nigeria Joint Commission", None, "2026"),
        ],
        id="en-last-met-and-will-meet",
    ),
    pytest.param(
        "The Ghana-Togo Permanent Joint Commission for Cooperation ended its 8th session in Lomé "
        "on 6 March 2026.",
        [("Ghana-Togo Permanent Joint Commission for Cooperation", ["GHA", "TGO"], None)],
        [("Ghana-Togo Permanent Joint Commission for Cooperation", 8, None)],
        id="en-ended-its-8th",
    ),
    pytest.param(
        "The Namibia-Botswana Joint Permanent Commission on Cooperation held its seventh session "
        "on March 4-6, 2026 in Windhoek.",
        [("Namibia-Botswana Joint Permanent Commission on Cooperation", ["BWA", "NAM"], None)],
        [("Namibia-Botswana Joint Permanent Commission on Cooperation", 7, None)],
        id="en-held-its-seventh-us-dates",
    ),
    pytest.param(
        "The Egypt-Sudan Higher Committee is expected to meet in Cairo in spring 2027.",
        [("Egypt-Sudan Higher Committee", ["EGY", "SDN"], None)],
        [("Egypt-Sudan Higher Committee", None, "2027")],
        id="en-season",
    ),
    pytest.param(
        "Ministers co-chaired the 4th Joint Ministerial Commission (JMC) between Botswana and "
        "Zambia in Gaborone on 3 March 2026.",
        [("Joint Ministerial Commission between Botswana and Zambia", ["BWA", "ZMB"], None)],
        [("Joint Ministerial Commission between Botswana and Zambia", 4, None)],
        id="en-co-chaired-4th",
    ),
    pytest.param(
        "The 11th India-Oman Joint Commission Meeting (JCM) was held in Muscat on 3 March 2026. "
        "The 12th JCM will be held in New Delhi in 2027.",
        [("India-Oman Joint Commission Meeting", ["IND", "OMN"], None)],
        [
            ("India-Oman Joint Commission Meeting", 11, None),
            ("India-Oman Joint Commission Meeting", 12, None),
        ],
        id="en-jcm-acronym-next",
    ),
    pytest.param(
        "The Rwanda-Uganda Joint Permanent Commission met in Kigali on 2 March 2026. The two sides "
        "agreed to hold the next session in Kampala at a mutually convenient date.",
        [("Rwanda-Uganda Joint Permanent Commission", ["RWA", "UGA"], None)],
        [("Rwanda-Uganda Joint Permanent Commission", None, "2026-03-02")],
        id="en-next-undated-guard",
    ),
    pytest.param(
        "The Angola-Namibia Joint Commission on Defence and Security meets every year. Its 20th "
        "session took place in Luanda on 4 March 2026.",
        [("Angola-Namibia Joint Commission on Defence and Security", ["AGO", "NAM"], 12)],
        [("Angola-Namibia Joint Commission on Defence and Security", 20, None)],
        id="en-its-20th-session",
    ),
    pytest.param(
        "The Saudi-Egyptian Coordination Council held its third meeting in Riyadh on 3 March 2026; "
        "the council meets twice a year.",
        [("Saudi-Egyptian Coordination Council", ["EGY", "SAU"], 6)],
        [("Saudi-Egyptian Coordination Council", 3, None)],
        id="en-council-its-third",
    ),
    pytest.param(
        "Analysts note that the Ethiopia-Djibouti Joint Ministerial Commission has met only "
        "sporadically since its creation; its sixteenth session, in Addis Ababa in 2024, was the "
        "last.",
        [("Ethiopia-Djibouti Joint Ministerial Commission", ["DJI", "ETH"], None)],
        [("Ethiopia-Djibouti Joint Ministerial Commission", 16, None)],
        id="en-analysis-sixteenth",
    ),
    pytest.param(
        '"We will meet again in Accra in June," said the co-chair of the Nigeria-Ghana Joint '
        "Commission, after its session in Abuja on 4 March 2026.",
        [("Nigeria-Ghana Joint Commission", ["GHA", "NGA"], None)],
        [
            ("Nigeria-Ghana Joint Commission", None, "2026-03-04"),
        ],
        id="en-interview-its-session",
    ),
    pytest.param(
        "The 45th SADC Summit was held in Antananarivo on 17 August 2025.",
        [
            (
                "SADC Summit",
                [
                    "AGO",
                    "BWA",
                    "COM",
                    "COD",
                    "SWZ",
                    "LSO",
                    "MDG",
                    "MWI",
                    "MUS",
                    "MOZ",
                    "NAM",
                    "SYC",
                    "ZAF",
                    "TZA",
                    "ZMB",
                    "ZWE",
                ],
                None,
            )
        ],
        [("SADC Summit", 45, None)],
        id="en-alliance-summit",
    ),
    pytest.param(
        "The Kazakhstan-Uzbekistan Joint Commission on Water held its second meeting in Shymkent on "
        "4 March 2026. The commission meets twice a year, and the third meeting is due in Bukhara "
        "in September.",
        [("Kazakhstan-Uzbekistan Joint Commission on Water", ["KAZ", "UZB"], 6)],
        [
            ("Kazakhstan-Uzbekistan Joint Commission on Water", 2, None),
            ("Kazakhstan-Uzbekistan Joint Commission on Water", 3, None),
        ],
        id="en-third-due",
    ),
    pytest.param(
        "The Mexico-Guatemala Binational Commission convened in Tapachula on 5 March 2026 for the "
        "first time since 2018.",
        [("Mexico-Guatemala Binational Commission", ["GTM", "MEX"], None)],
        [("Mexico-Guatemala Binational Commission", None, "2026-03-05")],
        id="en-first-since-guard",
    ),
    pytest.param(
        "The biennial Chile-Argentina Binational Commission will hold its next session in Mendoza "
        "in November 2026.",
        [("Chile-Argentina Binational Commission", ["ARG", "CHL"], 24)],
        [("Chile-Argentina Binational Commission", None, "2026-11")],
        id="en-biennial-next-month",
    ),
    pytest.param(
        "The India-Bangladesh Joint Consultative Commission (JCC) reviewed border issues. The "
        "seventh JCC took place in New Delhi in June 2025; the eighth is planned for Dhaka this "
        "year.",
        [("India-Bangladesh Joint Consultative Commission", ["BGD", "IND"], None)],
        [
            ("India-Bangladesh Joint Consultative Commission", 7, None),
            ("India-Bangladesh Joint Consultative Commission", 8, None),
        ],
        id="en-ordinal-acronym",
    ),
    pytest.param(
        "The Vietnam-Laos Intergovernmental Committee, which meets annually, held its 47th session "
        "in Vientiane on 3 March 2026.",
        [("Vietnam-Laos Intergovernmental Committee", ["LAO", "VNM"], 12)],
        [("Vietnam-Laos Intergovernmental Committee", 47, None)],
        id="en-intergovernmental-committee",
    ),
    pytest.param(
        "The South Africa-Mozambique Bi-National Commission, a summit-level body meeting every two "
        "years, held its 5th session in Pretoria on 3 March 2026.",
        [("South Africa-Mozambique Bi-National Commission", ["MOZ", "ZAF"], 24)],
        [("South Africa-Mozambique Bi-National Commission", 5, None)],
        id="en-bnc-apposition",
    ),
    pytest.param(
        "The Kenya-Ethiopia Joint Ministerial Commission wrapped up its 9th session in Nairobi on "
        "Friday, 6 March 2026, and agreed to hold the 10th session in Addis Ababa in 2027.",
        [("Kenya-Ethiopia Joint Ministerial Commission", ["ETH", "KEN"], None)],
        [
            ("Kenya-Ethiopia Joint Ministerial Commission", 9, None),
            ("Kenya-Ethiopia Joint Ministerial Commission", 10, None),
        ],
        id="en-wrapped-up-and-next",
    ),
    pytest.param(
        "The GCC Supreme Council held its 46th session in Manama on 3 December 2025.",
        [("GCC Supreme Council", ["ARE", "BHR", "KWT", "OMN", "QAT", "SAU"], None)],
        [("GCC Supreme Council", 46, None)],
        id="en-gcc-supreme-council",
    ),
    pytest.param(
        "The two sides agreed to convene the next session of the Zimbabwe-Mozambique Joint "
        "Permanent Commission in Harare in 2027.",
        [("Zimbabwe-Mozambique Joint Permanent Commission", ["MOZ", "ZWE"], None)],
        [("Zimbabwe-Mozambique Joint Permanent Commission", None, "2027")],
        id="en-agreed-to-convene-next",
    ),
    pytest.param(
        "The Uganda-South Sudan Joint Permanent Commission's 4th session is scheduled for Juba in "
        "June 2026.",
        [("Uganda-South Sudan Joint Permanent Commission", ["SSD", "UGA"], None)],
        [("Uganda-South Sudan Joint Permanent Commission", 4, None)],
        id="en-possessive-4th",
    ),
    pytest.param(
        "Kenya will host the next session of the Kenya-Rwanda Joint Permanent Commission in "
        "Nairobi in August 2026.",
        [("Kenya-Rwanda Joint Permanent Commission", ["KEN", "RWA"], None)],
        [("Kenya-Rwanda Joint Permanent Commission", None, "2026-08")],
        id="en-host-next",
    ),
    pytest.param(
        "The Malaysia-Indonesia Joint Commission for Bilateral Cooperation meets twice-yearly.",
        [("Malaysia-Indonesia Joint Commission for Bilateral Cooperation", ["IDN", "MYS"], 6)],
        [],
        id="en-cadence-twice-yearly-hyphen",
    ),
    pytest.param(
        "The Brazil-Angola Joint Commission meets every three years, most recently in Luanda in "
        "2024.",
        [("Brazil-Angola Joint Commission", ["AGO", "BRA"], 36)],
        [("Brazil-Angola Joint Commission", None, "2024")],
        id="en-cadence-three-years-most-recently",
    ),
    pytest.param(
        "The Philippines-Vietnam Joint Commission on Bilateral Cooperation met in Hanoi on March "
        "3-4, 2026.",
        [("Philippines-Vietnam Joint Commission on Bilateral Cooperation", ["PHL", "VNM"], None)],
        [("Philippines-Vietnam Joint Commission on Bilateral Cooperation", None, "2026-03-03")],
        id="en-us-range-met",
    ),
    pytest.param(
        "The Indonesia-Timor-Leste Joint Ministerial Commission convened for its sixth meeting in "
        "Dili on 5 March 2026.",
        [("Indonesia-Timor-Leste Joint Ministerial Commission", ["IDN", "TLS"], None)],
        [("Indonesia-Timor-Leste Joint Ministerial Commission", 6, None)],
        id="en-convened-for-its-sixth",
    ),
    pytest.param(
        "Delegates met in Nairobi from 2 to 4 March 2026 for the ninth session of the Kenya-Uganda "
        "Joint Ministerial Commission, the first since 2019.",
        [("Kenya-Uganda Joint Ministerial Commission", ["KEN", "UGA"], None)],
        [("Kenya-Uganda Joint Ministerial Commission", 9, None)],
        id="en-ninth-first-since",
    ),
    pytest.param(
        "The Qatar-Turkey Supreme Strategic Committee, which meets annually, will hold its 11th "
        "meeting in Ankara later this year.",
        [("Qatar-Turkey Supreme Strategic Committee", ["QAT", "TUR"], 12)],
        [("Qatar-Turkey Supreme Strategic Committee", 11, None)],
        id="en-supreme-strategic-committee",
    ),
    pytest.param(
        "The session of the Chad-Sudan Joint Commission planned for December 2025 was postponed "
        "indefinitely.",
        [("Chad-Sudan Joint Commission", ["SDN", "TCD"], None)],
        [("Chad-Sudan Joint Commission", None, "2025-12")],
        id="en-postponed-session",
    ),
    pytest.param(
        "The Ninth Session of the Nigeria-Cameroon Joint Commission opened in Yaoundé on 3 March "
        "2026. The commission, created in 1996, is meant to meet once every two years.",
        [("Nigeria-Cameroon Joint Commission", ["CMR", "NGA"], 24)],
        [("Nigeria-Cameroon Joint Commission", 9, None)],
        id="en-capitalised-ninth-cadence",
    ),
    pytest.param(
        "The 3rd meeting of the Joint Steering Committee between Ghana and UNDP was held in Accra "
        "on 4 March 2026.",
        [("Joint Steering Committee between Ghana and UNDP", ["GHA", "UNDP"], None)],
        [("Joint Steering Committee between Ghana and UNDP", 3, None)],
        id="en-state-and-agency-committee",
    ),
]

_RU = [
    pytest.param(
        "Третье заседание Межправительственной российско-лаосской комиссии по торгово-"
        "экономическому сотрудничеству состоялось 4 марта 2026 года во Вьентьяне.",
        [("Межправительственная российско-лаосская комиссия", ["LAO", "RUS"], None)],
        [("Межправительственная российско-лаосская комиссия", 3, None)],
        id="ru-ordinal-word",
    ),
    pytest.param(
        "XV заседание Межправительственной казахстанско-узбекской комиссии прошло 3 марта 2026 "
        "года в Ташкенте.",
        [("Межправительственная казахстанско-узбекская комиссия", ["KAZ", "UZB"], None)],
        [("Межправительственная казахстанско-узбекская комиссия", 15, None)],
        id="ru-roman",
    ),
    pytest.param(
        "Российско-таджикская межправительственная комиссия по экономическому сотрудничеству "
        "подвела итоги года. XII заседание межправкомиссии пройдёт в Душанбе в первом полугодии "
        "2027 года.",
        [("Российско-таджикская межправительственная комиссия", ["RUS", "TJK"], None)],
        [("Российско-таджикская межправительственная комиссия", 12, None)],
        id="ru-roman-mezhpravkomissiya",
    ),
    pytest.param(
        "Белорусско-узбекская межправительственная комиссия рассмотрела ход поставок техники. "
        "Следующее заседание комиссии планируется провести в Минске в 2027 году.",
        [("Белорусско-узбекская межправительственная комиссия", ["BLR", "UZB"], None)],
        [("Белорусско-узбекская межправительственная комиссия", None, "2027")],
        id="ru-next-year-digits",
    ),
    pytest.param(
        "Российско-монгольская межправительственная комиссия соберётся до конца года в "
        "Улан-Баторе, сообщили в министерстве.",
        [("Российско-монгольская межправительственная комиссия", ["MNG", "RUS"], None)],
        [("Российско-монгольская межправительственная комиссия", None, "2026")],
        id="ru-before-year-end",
    ),
    pytest.param(
        "Казахстанско-киргизская межправительственная комиссия провела заседание 3 марта 2026 года "
        "в Бишкеке. Следующее заседание пройдёт в Астане в следующем году.",
        [("Казахстанско-киргизская межправительственная комиссия", ["KAZ", "KGZ"], None)],
        [
            ("Казахстанско-киргизская межправительственная комиссия", None, "2026-03-03"),
            ("Казахстанско-киргизская межправительственная комиссия", None, "2027"),
        ],
        id="ru-next-year-words",
    ),
    pytest.param(
        "Первое заседание совместной кыргызско-туркменской рабочей группы по энергетике прошло 5 "
        "марта 2026 года в Ашхабаде.",
        [("совместная кыргызско-туркменская рабочая группа", ["KGZ", "TKM"], None)],
        [("совместная кыргызско-туркменская рабочая группа", 1, None)],
        id="ru-first-working-group",
    ),
    pytest.param(
        "Заседание Российско-вьетнамской межправительственной комиссии прошло 3–5 марта 2026 года "
        "в Ханое.",
        [("Российско-вьетнамская межправительственная комиссия", ["RUS", "VNM"], None)],
        [("Российско-вьетнамская межправительственная комиссия", None, "2026-03-03")],
        id="ru-range-dash",
    ),
    pytest.param(
        "Белорусско-казахстанская межправительственная комиссия заседала с 3 по 5 марта 2026 года "
        "в Минске.",
        [("Белорусско-казахстанская межправительственная комиссия", ["BLR", "KAZ"], None)],
        [("Белорусско-казахстанская межправительственная комиссия", None, "2026-03-03")],
        id="ru-zasedala-range",
    ),
    pytest.param(
        "Российско-азербайджанская межправительственная комиссия подвела итоги. Стороны обсудили "
        "выполнение решений, принятых в ходе предыдущего заседания, состоявшегося в Баку в 2024 "
        "году.",
        [("Российско-азербайджанская межправительственная комиссия", ["AZE", "RUS"], None)],
        [("Российско-азербайджанская межправительственная комиссия", None, "2024")],
        id="ru-previous-in-passing",
    ),
    pytest.param(
        "Российско-эфиопская межправительственная комиссия по экономическому сотрудничеству "
        "учреждена в 2000 году. Очередное, 12-е заседание МПК состоится в Аддис-Абебе в октябре.",
        [("Российско-эфиопская межправительственная комиссия", ["ETH", "RUS"], None)],
        [("Российско-эфиопская межправительственная комиссия", 12, None)],
        id="ru-mpk-inner-number",
    ),
    pytest.param(
        "Узбекско-туркменская межправительственная комиссия собирается раз в полгода, поочерёдно в "
        "Ташкенте и Ашхабаде.",
        [("Узбекско-туркменская межправительственная комиссия", ["TKM", "UZB"], 6)],
        [],
        id="ru-cadence-half-year",
    ),
    pytest.param(
        "Заседания Кыргызско-узбекской межправительственной комиссии проводятся на ежегодной "
        "основе.",
        [("Кыргызско-узбекская межправительственная комиссия", ["KGZ", "UZB"], 12)],
        [],
        id="ru-cadence-annual-basis",
    ),
    pytest.param(
        "Российско-индонезийская совместная комиссия собирается раз в два года.",
        [("Российско-индонезийская совместная комиссия", ["IDN", "RUS"], 24)],
        [],
        id="ru-cadence-two-years",
    ),
    pytest.param(
        "Совет министров иностранных дел ОДКБ проведёт заседание в Бишкеке 5 июня 2026 года.",
        [
            (
                "Совет министров иностранных дел ОДКБ",
                ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"],
                None,
            )
        ],
        [("Совет министров иностранных дел ОДКБ", None, "2026-06-05")],
        id="ru-alliance-council-will-hold",
    ),
    pytest.param(
        "Заседание Высшего Евразийского экономического совета пройдёт весной 2026 года в Минске.",
        [("Высший Евразийский экономический совет", ["ARM", "BLR", "KAZ", "KGZ", "RUS"], None)],
        [("Высший Евразийский экономический совет", None, "2026")],
        id="ru-season",
    ),
    pytest.param(
        "Двадцать пятое заседание Межправительственной российско-белорусской комиссии по "
        "сотрудничеству в области транспорта состоялось 4 марта 2026 года в Гродно.",
        [("Межправительственная российско-белорусская комиссия", ["BLR", "RUS"], None)],
        [("Межправительственная российско-белорусская комиссия", 25, None)],
        id="ru-compound-ordinal",
    ),
    pytest.param(
        "Внеочередное заседание Совместной кыргызско-таджикской демаркационной комиссии прошло 4 "
        "марта 2026 года в Баткене.",
        [("Совместная кыргызско-таджикская демаркационная комиссия", ["KGZ", "TJK"], None)],
        [("Совместная кыргызско-таджикская демаркационная комиссия", None, "2026-03-04")],
        id="ru-extraordinary",
    ),
    pytest.param(
        "АСТАНА, 4 марта. /Казинформ/. Казахстанско-китайский комитет по сотрудничеству провёл "
        "своё десятое заседание. Заседания комитета проводятся ежегодно.",
        [("Казахстанско-китайский комитет по сотрудничеству", ["CHN", "KAZ"], 12)],
        [("Казахстанско-китайский комитет по сотрудничеству", 10, None)],
        id="ru-its-tenth",
    ),
    pytest.param(
        "Юбилейное, десятое заседание Межправительственной белорусско-вьетнамской комиссии "
        "состоялось 3 марта 2026 года в Минске.",
        [("Межправительственная белорусско-вьетнамская комиссия", ["BLR", "VNM"], None)],
        [("Межправительственная белорусско-вьетнамская комиссия", 10, None)],
        id="ru-jubilee-tenth",
    ),
    pytest.param(
        "22-е заседание Российско-армянской межправительственной комиссии по экономическому "
        "сотрудничеству пройдёт в Ереване 15 апреля 2026 года.",
        [("Российско-армянская межправительственная комиссия", ["ARM", "RUS"], None)],
        [("Российско-армянская межправительственная комиссия", 22, None)],
        id="ru-digits-planned",
    ),
    pytest.param(
        "Заседание Российско-вьетнамской межправкомиссии пройдёт в Ханое в ноябре.",
        [("Российско-вьетнамская межправкомиссия", ["RUS", "VNM"], None)],
        [("Российско-вьетнамская межправкомиссия", None, "2026-11")],
        id="ru-month-ahead",
    ),
    pytest.param(
        "Российско-кубинская межправительственная комиссия по торгово-экономическому и "
        "научно-техническому сотрудничеству собралась на 21-е заседание в Гаване 4 марта 2026 "
        "года.",
        [("Российско-кубинская межправительственная комиссия", ["CUB", "RUS"], None)],
        [("Российско-кубинская межправительственная комиссия", 21, None)],
        id="ru-met-for-21st",
    ),
    pytest.param(
        "Межправительственная узбекско-азербайджанская комиссия в последний раз собиралась в Баку "
        "в сентябре 2025 года.",
        [("Межправительственная узбекско-азербайджанская комиссия", ["AZE", "UZB"], None)],
        [("Межправительственная узбекско-азербайджанская комиссия", None, "2025-09")],
        id="ru-last-gathered",
    ),
    pytest.param(
        "Российско-алжирская межправительственная комиссия, по словам сопредседателя, соберётся в "
        "Алжире осенью 2026 года.",
        [("Российско-алжирская межправительственная комиссия", ["DZA", "RUS"], None)],
        [("Российско-алжирская межправительственная комиссия", None, "2026")],
        id="ru-co-chair-autumn",
    ),
    pytest.param(
        "В Москве 4 марта 2026 года прошло шестое заседание Российско-египетской "
        "межправительственной комиссии. Седьмое заседание состоится в Каире в 2027 году.",
        [("Российско-египетская межправительственная комиссия", ["EGY", "RUS"], None)],
        [
            ("Российско-египетская межправительственная комиссия", 6, None),
            ("Российско-египетская межправительственная комиссия", 7, None),
        ],
        id="ru-sixth-then-seventh",
    ),
    pytest.param(
        "Туркменско-узбекская межправительственная комиссия впервые с 2019 года провела заседание "
        "4 марта 2026 года в Хиве.",
        [("Туркменско-узбекская межправительственная комиссия", ["TKM", "UZB"], None)],
        [("Туркменско-узбекская межправительственная комиссия", None, "2026-03-04")],
        id="ru-first-since-guard",
    ),
    pytest.param(
        "Совет глав правительств СНГ проведёт очередное заседание в Душанбе 29 мая 2026 года.",
        [
            (
                "Совет глав правительств СНГ",
                ["ARM", "AZE", "BLR", "KAZ", "KGZ", "RUS", "TJK", "TKM", "UZB"],
                None,
            )
        ],
        [("Совет глав правительств СНГ", None, "2026-05-29")],
        id="ru-cis-council-planned",
    ),
    pytest.param(
        "Рабочая группа по транспорту Российско-иранской межправительственной комиссии провела "
        "четвёртое заседание 3 марта 2026 года в Тегеране.",
        [
            ("Рабочая группа по транспорту", ["IRN", "RUS"], None),
            ("Российско-иранская межправительственная комиссия", ["IRN", "RUS"], None),
        ],
        [("Рабочая группа по транспорту", 4, None)],
        id="ru-group-of-commission",
    ),
    pytest.param(
        "Сопредседатели Российско-малийской межправительственной комиссии подписали протокол "
        "второго заседания, прошедшего 3 марта 2026 года в Бамако.",
        [("Российско-малийская межправительственная комиссия", ["MLI", "RUS"], None)],
        [("Российско-малийская межправительственная комиссия", 2, None)],
        id="ru-protocol-of-second",
    ),
    pytest.param(
        "Российско-таиландская межправительственная комиссия, созданная в 2015 году, соберётся на "
        "очередное заседание в Бангкоке в первом полугодии 2026 года.",
        [("Российско-таиландская межправительственная комиссия", ["RUS", "THA"], None)],
        [("Российско-таиландская межправительственная комиссия", None, "2026")],
        id="ru-next-half-year",
    ),
    pytest.param(
        "Кыргызско-казахстанский Высший межгосударственный совет провёл второе заседание 4 марта "
        "2026 года в Чолпон-Ате. Совет собирается раз в год.",
        [("Высший межгосударственный совет", ["KAZ", "KGZ"], 12)],
        [("Высший межгосударственный совет", 2, None)],
        id="ru-council-second",
    ),
    pytest.param(
        "Очередное заседание Российско-узбекской межправительственной комиссии запланировано на "
        "второе полугодие 2026 года в Москве.",
        [("Российско-узбекская межправительственная комиссия", ["RUS", "UZB"], None)],
        [("Российско-узбекская межправительственная комиссия", None, "2026")],
        id="ru-planned-half-year",
    ),
    pytest.param(
        "Российско-пакистанская межправительственная комиссия рассмотрела энергетические проекты. "
        "Стороны договорились провести следующее заседание в 2027 году в Исламабаде.",
        [("Российско-пакистанская межправительственная комиссия", ["PAK", "RUS"], None)],
        [("Российско-пакистанская межправительственная комиссия", None, "2027")],
        id="ru-agreed-to-hold-next",
    ),
    pytest.param(
        "На III заседании Казахстанско-туркменской межправительственной комиссии 4 марта 2026 года "
        "в Астане стороны подписали протокол.",
        [("Казахстанско-туркменская межправительственная комиссия", ["KAZ", "TKM"], None)],
        [("Казахстанско-туркменская межправительственная комиссия", 3, None)],
        id="ru-roman-at",
    ),
    pytest.param(
        "Заседание Российско-мьянманской межправительственной комиссии прошло с 12 по 14 февраля "
        "2026 года в Нейпьидо.",
        [("Российско-мьянманская межправительственная комиссия", ["MMR", "RUS"], None)],
        [("Российско-мьянманская межправительственная комиссия", None, "2026-02-12")],
        id="ru-range-s-po",
    ),
    pytest.param(
        "Совет глав государств ШОС проведёт очередное заседание в Бишкеке летом 2026 года.",
        [
            (
                "Совет глав государств ШОС",
                ["BLR", "CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"],
                None,
            )
        ],
        [("Совет глав государств ШОС", None, "2026")],
        id="ru-sco-council-summer",
    ),
    pytest.param(
        "Российско-катарская межправительственная комиссия собирается дважды в год.",
        [("Российско-катарская межправительственная комиссия", ["QAT", "RUS"], 6)],
        [],
        id="ru-cadence-twice-a-year",
    ),
    pytest.param(
        "Белорусско-монгольская межправительственная комиссия, которая собирается раз в три года, "
        "провела шестое заседание 3 марта 2026 года в Улан-Баторе.",
        [("Белорусско-монгольская межправительственная комиссия", ["BLR", "MNG"], 36)],
        [("Белорусско-монгольская межправительственная комиссия", 6, None)],
        id="ru-cadence-three-years-sixth",
    ),
    pytest.param(
        "Заседание Российско-ливийской межправительственной комиссии, намеченное на декабрь 2025 "
        "года, было перенесено.",
        [("Российско-ливийская межправительственная комиссия", ["LBY", "RUS"], None)],
        [("Российско-ливийская межправительственная комиссия", None, "2025-12")],
        id="ru-postponed-session",
    ),
    pytest.param(
        "Четвёртое заседание Узбекско-таджикской межправительственной комиссии пройдёт в Душанбе. "
        "Третье состоялось в Самарканде в мае 2025 года.",
        [("Узбекско-таджикская межправительственная комиссия", ["TJK", "UZB"], None)],
        [
            ("Узбекско-таджикская межправительственная комиссия", 4, None),
            ("Узбекско-таджикская межправительственная комиссия", 3, None),
        ],
        id="ru-ordinal-opening-sentence",
    ),
    pytest.param(
        "3 марта 2026 года в Минске открылось седьмое заседание Белорусско-кубинской "
        "межправительственной комиссии.",
        [("Белорусско-кубинская межправительственная комиссия", ["BLR", "CUB"], None)],
        [("Белорусско-кубинская межправительственная комиссия", 7, None)],
        id="ru-inverted-verb-first",
    ),
    pytest.param(
        "Российско-сербский межправительственный комитет по сотрудничеству провёл заседание в "
        "Белграде 4 марта 2026 года. Комитет создан в 2010 году.",
        [
            (
                "Российско-сербский межправительственный комитет по сотрудничеству",
                ["RUS", "SRB"],
                None,
            )
        ],
        [("Российско-сербский межправительственный комитет по сотрудничеству", None, "2026-03-04")],
        id="ru-intergovernmental-committee",
    ),
    pytest.param(
        "Сопредседатели Азербайджанско-узбекской межправительственной комиссии договорились, что "
        "восьмое заседание пройдёт в Ташкенте осенью.",
        [("Азербайджанско-узбекская межправительственная комиссия", ["AZE", "UZB"], None)],
        [("Азербайджанско-узбекская межправительственная комиссия", 8, None)],
        id="ru-co-chairs-agreed-eighth",
    ),
    pytest.param(
        "Заседание Межправительственного совета ЕАЭС состоится в Минске 3 июня 2026 года.",
        [("Межправительственный совет ЕАЭС", ["ARM", "BLR", "KAZ", "KGZ", "RUS"], None)],
        [("Межправительственный совет ЕАЭС", None, "2026-06-03")],
        id="ru-eaeu-council-planned",
    ),
]


@pytest.mark.parametrize(("text", "bodies", "sessions"), _FR + _EN + _RU)
def test_sessions_as_writers_tell_them(text, bodies, sessions):
    check(text, bodies, sessions)
