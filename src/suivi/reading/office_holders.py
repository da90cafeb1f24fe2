"""Office-holders the cooperation press names, and the state each one speaks for.

World knowledge, not read from any document: heads of state and government, foreign
ministers and other ministers often seen at signings, 2019-2026, former holders
included (a 2023 story names them). Names in the spellings the press uses in English,
French and Russian. Heads of international bodies and companies are left out: their
party is their body, not the state they come from.

A person's party is looked up here by folded full name (`holder_party`) after what the
text states (a role, a nationality before it) and before a guess by proximity.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# ISO alpha-3 -> names separated by ";" (variants of one person are separate entries);
# "^" marks a head of state (president, monarch, emir): "le chef de l'État" is that one.
HOLDERS: dict[str, str] = {
    # --- West Africa ---
    "SEN": "^Bassirou Diomaye Faye; ^Diomaye Faye; Ousmane Sonko; ^Macky Sall; Amadou Ba;"
    " Yassine Fall; Cheikh Tidiane Dièye; Abdourahmane Sarr; Cheikh Diba; Aïssata Tall Sall;"
    " Amadou Hott; Birame Souleye Diop; Serigne Guèye Diop; Ismaïla Madior Fall;"
    " Mamadou Moustapha Ba; Oumar Sarr; Alioune Sarr; Mankeur Ndiaye; Sidiki Kaba;"
    " ^Бассиру Диомай Фай; ^Маки Салл; Усман Сонко",
    "MLI": "^Assimi Goïta; ^Assimi Goita; Abdoulaye Diop; Choguel Kokalla Maïga;"
    " Choguel Maïga; Abdoulaye Maïga; Alousséni Sanou; Sadio Camara; ^Ibrahim Boubacar Keïta;"
    " ^Bah N'Daw; Moctar Ouane; Lamine Seydou Traoré; Zeïni Moulaye; Mossa Ag Attaher;"
    " ^Ассими Гоита; Абдулай Диоп; Садио Камара; Абдулай Майга",
    "BFA": "^Ibrahim Traoré; Karamoko Jean-Marie Traoré; Olivia Rouamba; Apollinaire Joachim"
    " Kyélem de Tambèla; Rimtalba Jean Emmanuel Ouédraogo; ^Roch Marc Christian Kaboré;"
    " ^Paul-Henri Sandaogo Damiba; Aboubakar Nacanabo; Christophe Dabiré; Alpha Barry;"
    " Lassina Zerbo; Kassoum Coulibaly;"
    ""
    " ^Ибраим Траоре; Карамоко Жан-Мари Траоре",
    "NER": "^Abdourahamane Tiani; ^Abdourahmane Tiani; Ali Mahaman Lamine Zeine;"
    " Ali Mahamane Lamine Zeine; Ali Lamine Zeine; Bakary Yaou Sangaré; Salifou Mody;"
    " ^Mohamed Bazoum; ^Mahamadou Issoufou; Ouhoumoudou Mahamadou; Hassoumi Massaoudou;"
    " Brigi Rafini; ^Абдурахман Тиани;"
    " Али Ламин Зейн; Бакари Яу Сангаре; Салифу Моди",
    "GIN": "^Mamadi Doumbouya; Amadou Oury Bah; Bernard Goumou; Mohamed Béavogui;"
    " Morissanda Kouyaté; ^Alpha Condé; Ibrahima Kassory Fofana; Mamadi Touré;"
    " ^Мамади Думбуя; ^Альфа Конде",
    "CIV": "^Alassane Ouattara; Robert Beugré Mambé; Patrick Achi; Amadou Gon Coulibaly;"
    " Hamed Bakayoko; Tiémoko Meyliet Koné; Léon Kacou Adom; Kandia Camara;"
    " Adama Bictogo; Nialé Kaba; Adama Coulibaly; ^Аласан Уаттара",
    "GHA": "^John Dramani Mahama; ^John Mahama; ^Nana Akufo-Addo; ^Nana Addo Dankwa Akufo-Addo;"
    " Mahamudu Bawumia; Samuel Okudzeto Ablakwa; Shirley Ayorkor Botchwey;"
    " Ken Ofori-Atta; Cassiel Ato Forson; Jane Naana Opoku-Agyemang; ^Нана Акуфо-Аддо",
    "NGA": "^Bola Ahmed Tinubu; ^Bola Tinubu; ^Muhammadu Buhari; Kashim Shettima;"
    " Yemi Osinbajo; Yusuf Maitama Tuggar; Geoffrey Onyeama; Wale Edun; Zainab Ahmed;"
    " Doris Uzoka-Anite; Bosun Tijani; Adebayo Adelabu;"
    " ^Мухаммаду Бухари; ^Бола Тинубу",
    "BEN": "^Patrice Talon; Olushegun Adjadi Bakari; Aurélien Agbénonci; Romuald Wadagni;"
    " Mariam Chabi Talata; ^Патрис Талон",
    "TGO": "^Faure Gnassingbé; ^Faure Essozimna Gnassingbé; Victoire Tomégah Dogbé;"
    " Robert Dussey; Sani Yaya; ^Фор Гнассингбе",
    "GMB": "^Adama Barrow; Mamadou Tangara; Seedy Keita; ^Адама Барроу",
    "GNB": "^Umaro Sissoco Embaló; ^Umaro Sissoco Embalo; Carlos Pinto Pereira;"
    " Nuno Gomes Nabiam; Rui Duarte de Barros; ^Умару Сисоку Эмбало",
    "MRT": "^Mohamed Ould Cheikh El Ghazouani; ^Mohamed Ould Ghazouani; ^Mohamed Ghazouani;"
    " Mokhtar Ould Djay; Mohamed Ould Bilal Messoud; Mohamed Ould Bilal;"
    " Mohamed Salem Ould Merzoug; Ismail Ould Cheikh Ahmed; ^Мохаммед ульд Газуани",
    "CPV": "^José Maria Neves; Ulisses Correia e Silva; ^Jorge Carlos Fonseca",
    "LBR": "^Joseph Boakai; ^Joseph Nyuma Boakai; ^George Weah; Sara Beysolow Nyanti;"
    " Dee-Maxwell Saah Kemayah",
    "SLE": "^Julius Maada Bio; Timothy Musa Kabba; David Francis",
    # --- Central Africa ---
    "TCD": "^Mahamat Idriss Déby Itno; ^Mahamat Idriss Déby; ^Mahamat Déby; ^Idriss Déby Itno;"
    " Allamaye Halina; Succès Masra; Saleh Kebzabo; Abderaman Koulamallah;"
    " Mahamat Saleh Annadif; Chérif Mahamat Zene; ^Махамат Идрис Деби",
    "CMR": "^Paul Biya; Joseph Dion Ngute; Lejeune Mbella Mbella; Louis Paul Motazé;"
    " Alamine Ousmane Mey; ^Поль Бийя",
    "GAB": "^Brice Clotaire Oligui Nguema; ^Ali Bongo Ondimba; Raymond Ndong Sima;"
    " Régis Onanga Ndiaye; Hermann Immongault; Michael Moussa Adamo; ^Брис Олиги Нгема",
    "COG": "^Denis Sassou Nguesso; ^Denis Sassou-Nguesso; Anatole Collinet Makosso;"
    " Jean-Claude Gakosso; Clément Mouamba; ^Дени Сассу-Нгессо",
    "COD": "^Félix Tshisekedi; ^Felix Tshisekedi; ^Félix Antoine Tshisekedi; Judith Suminwa;"
    " Jean-Michel Sama Lukonde; Sama Lukonde; Christophe Lutundula;"
    " Thérèse Kayikwamba Wagner; ^Феликс Чисекеди",
    "CAF": "^Faustin-Archange Touadéra; ^Faustin Archange Touadéra; Félix Moloua;"
    " Sylvie Baïpo-Temon; ^Фостен-Арканж Туадера",
    "GNQ": "^Teodoro Obiang Nguema Mbasogo; ^Teodoro Obiang; Simeón Oyono Esono Angue;"
    " Manuela Roka Botey; ^Теодоро Обианг Нгема Мбасого",
    "AGO": "^João Lourenço; ^Joao Lourenco; Téte António; Tete António; Manuel Domingos Augusto;"
    " ^Жоау Лоуренсу",
    "BDI": "^Évariste Ndayishimiye; ^Evariste Ndayishimiye; Albert Shingiro; ^Эварист Ндайишимие",
    "RWA": "^Paul Kagame; Édouard Ngirente; Edouard Ngirente; Vincent Biruta;"
    " Olivier Nduhungirehe; Justin Nsengiyumva; Yusuf Murangwa; Uzziel Ndagijimana;"
    " ^Поль Кагаме",
    "STP": "^Carlos Vila Nova; Patrice Trovoada",
    # --- East Africa and the Horn ---
    "KEN": "^William Ruto; ^William Samoei Ruto; ^Uhuru Kenyatta; Musalia Mudavadi;"
    " Rigathi Gachagua; Kithure Kindiki; Alfred Mutua; Raychelle Omamo; Njuguna Ndung'u;"
    " John Mbadi; Davis Chirchir; Moses Kuria; Rebecca Miano;"
    " ^Уильям Руто; ^Ухуру Кениата",
    "UGA": "^Yoweri Museveni; ^Yoweri Kaguta Museveni; Robinah Nabbanja; Jeje Odongo;"
    " Sam Kutesa; Matia Kasaija; ^Йовери Мусевени",
    "TZA": "^Samia Suluhu Hassan; ^Samia Suluhu; ^John Magufuli; ^John Pombe Magufuli;"
    " Kassim Majaliwa; ^Hussein Mwinyi; ^Hussein Ali Mwinyi; January Makamba;"
    " Mahmoud Thabit Kombo; Liberata Mulamula; Mwigulu Nchemba;"
    " ^Самия Сулуху Хасан",
    "ETH": "Abiy Ahmed; Abiy Ahmed Ali; ^Sahle-Work Zewde; Taye Atske Selassie;"
    " Demeke Mekonnen; Gedion Timothewos; Ahmed Shide; Абий Ахмед",
    "SOM": "^Hassan Sheikh Mohamud; ^Mohamed Abdullahi Farmaajo; ^Mohamed Abdullahi Mohamed;"
    " Hamza Abdi Barre; Ahmed Moallim Fiqi; Abshir Omar Jama; ^Хасан Шейх Мохамуд",
    "DJI": "^Ismaïl Omar Guelleh; ^Ismail Omar Guelleh; Mahmoud Ali Youssouf;"
    " Abdoulkader Kamil Mohamed; ^Исмаил Омар Гелле",
    "ERI": "^Isaias Afwerki; Osman Saleh; ^Исайяс Афеворки",
    "SSD": "^Salva Kiir; ^Salva Kiir Mayardit; Riek Machar; ^Сальва Киир",
    "SDN": "^Abdel Fattah al-Burhan; ^Abdel Fattah Al Burhan; Abdalla Hamdok; Ali Sadiq;"
    " Kamil Idris; ^Абдель Фаттах аль-Бурхан",
    # --- Southern Africa and the islands ---
    "ZAF": "^Cyril Ramaphosa; Naledi Pandor; Ronald Lamola; Paul Mashatile; Enoch Godongwana;"
    " Jacob Zuma; Gwede Mantashe; ^Сирил Рамафоса",
    "ZMB": "^Hakainde Hichilema; Mulambo Haimbe; Situmbeko Musokotwane; Stanley Kakubo;"
    " ^Edgar Lungu; Mutale Nalumango; ^Хакаинде Хичилема",
    "ZWE": "^Emmerson Mnangagwa; ^Emmerson Dambudzo Mnangagwa; Frederick Shava; Amon Murwira;"
    " Constantino Chiwenga; Mthuli Ncube; Sibusiso Moyo; ^Эммерсон Мнангагва;"
    " Фредерик Шава",
    "MOZ": "^Filipe Nyusi; ^Daniel Chapo; Verónica Macamo; Maria Manuela Lucas;"
    " Adriano Maleiane; ^Филипе Ньюси",
    "MWI": "^Lazarus Chakwera; ^Peter Mutharika; Nancy Tembo; Eisenhower Mkaka",
    "NAM": "^Hage Geingob; ^Netumbo Nandi-Ndaitwah; ^Nangolo Mbumba; Peya Mushelenga",
    "BWA": "^Mokgweetsi Masisi; ^Duma Boko; Lemogang Kwape",
    "MDG": "^Andry Rajoelina; Christian Ntsay; ^Андри Радзуэлина",
    "MUS": "Pravind Jugnauth; Navin Ramgoolam; Alan Ganoo; Dhananjay Ramful",
    "COM": "^Azali Assoumani; Dhoihir Dhoulkamal; ^Азали Ассумани",
    "SYC": "^Wavel Ramkalawan; ^Patrick Herminie",
    "LSO": "Sam Matekane; Ntsokoane Samuel Matekane",
    "SWZ": "^Mswati III; Russell Dlamini",
    # --- North Africa ---
    "MAR": "^Mohammed VI; ^Mohammed Six; Aziz Akhannouch; Saadeddine El Othmani; Nasser Bourita;"
    " Nadia Fettah Alaoui; Nadia Fettah; Leila Benali; Ryad Mezzour;"
    " Mohammed Sadiki; ^Мухаммед VI; Насер Бурита; Азиз Аханнуш",
    "DZA": "^Abdelmadjid Tebboune; ^Abdelmadjid Teboune; Aymen Benabderrahmane; Nadir Larbaoui;"
    " Ahmed Attaf; Ramtane Lamamra; Sabri Boukadoum; Abdelaziz Djerad;"
    " ^Абдельмаджид Теббун; Рамтан Ламамра; Ахмед Аттаф",
    "TUN": "^Kaïs Saïed; ^Kais Saied; Najla Bouden; Ahmed Hachani; Kamel Madouri;"
    " Nabil Ammar; Othman Jerandi; Mohamed Ali Nafti; ^Кайс Саид",
    "LBY": "Abdul Hamid Dbeibah; Abdelhamid Dbeibah; ^Mohamed al-Menfi; Najla Mangoush;"
    " Khalifa Haftar; Абдель Хамид Дбейба; Халифа Хафтар",
    "EGY": "^Abdel Fattah al-Sisi; ^Abdel Fattah el-Sisi; ^Abdel Fattah Al Sisi; Mostafa Madbouly;"
    " Sameh Shoukry; Badr Abdelatty; Rania Al-Mashat; ^Абдель Фаттах ас-Сиси;"
    " Мустафа Мадбули; Самех Шукри",
    # --- Gulf and Middle East ---
    "ARE": "^Mohamed bin Zayed Al Nahyan; ^Mohammed bin Zayed Al Nahyan; ^Mohamed bin Zayed;"
    " ^Mohammed bin Zayed; Mohammed bin Rashid Al Maktoum; Abdullah bin Zayed Al Nahyan;"
    " Abdullah bin Zayed;"
    " Thani bin Ahmed Al Zeyoudi; Thani Al Zeyoudi;"
    " Suhail Mohamed Al Mazrouei; Sultan Ahmed Al Jaber; Khalifa Shaheen Al Marar;"
    " Mansour bin Zayed Al Nahyan; Hamdan bin Mohammed Al Maktoum;"
    " Reem Al Hashimy; ^Мухаммед бен Заид Аль Нахайян; Абдалла бен Заид Аль Нахайян",
    "SAU": "Mohammed bin Salman; Mohammed bin Salman Al Saud; Mohammed ben Salmane;"
    " ^Salman bin Abdulaziz Al Saud; ^Salman bin Abdulaziz; Faisal bin Farhan Al Saud;"
    " Faisal bin Farhan; Abdulaziz bin Salman; Abdulaziz bin Salman Al Saud;"
    " Khalid Al-Falih; Khalid Al Falih; Majid Al-Qasabi; Mohammed Al-Jadaan;"
    " Bandar Alkhorayef; Adel al-Jubeir; Мухаммед бен Сальман; Файсал бен Фархан",
    "QAT": "^Tamim bin Hamad Al Thani; ^Tamim ben Hamad Al Thani; ^Tamim bin Hamad;"
    " Mohammed bin Abdulrahman Al Thani; Mohammed bin Abdulrahman bin Jassim Al Thani;"
    " Khalid bin Khalifa Al Thani; Sultan bin Saad Al-Muraikhi; Mohammed bin Abdulaziz"
    " Al-Khulaifi; Saad Sherida Al-Kaabi; Ali bin Ahmed Al-Kuwari; ^Тамим бен Хамад Аль Тани",
    "KWT": "^Mishal Al-Ahmad Al-Jaber Al-Sabah; ^Nawaf Al-Ahmad Al-Jaber Al-Sabah;"
    " Ahmad Al-Nawaf Al-Sabah; Ahmad Abdullah Al-Ahmad Al-Sabah; Salem Abdullah"
    " Al-Jaber Al-Sabah; Abdullah Al-Yahya; Ahmad Nasser Al-Mohammad Al-Sabah",
    "OMN": "^Haitham bin Tarik; ^Haitham bin Tarik Al Said; ^Haitham bin Tariq; ^Qaboos bin Said;"
    " Badr bin Hamad Al Busaidi; Badr Albusaidi; Qais bin Mohammed Al Yousef;"
    " ^Хейсам бен Тарик",
    "BHR": "^Hamad bin Isa Al Khalifa; Salman bin Hamad Al Khalifa; Abdullatif bin Rashid"
    " Al Zayani; Abdullatif Al Zayani",
    "JOR": "^Abdullah II; Ayman Safadi; Bisher Al-Khasawneh; Jafar Hassan",
    "IRN": "^Masoud Pezeshkian; ^Ebrahim Raisi; ^Hassan Rouhani; Abbas Araghchi;"
    " Hossein Amir-Abdollahian; Mohammad Javad Zarif; Ali Khamenei;"
    " ^Масуд Пезешкиан; ^Эбрахим Раиси; ^Хасан Роухани; Аббас Аракчи;"
    " Хосейн Амир Абдоллахиан",
    "IRQ": "Mohammed Shia al-Sudani; ^Abdul Latif Rashid; Fuad Hussein; Мохаммед Шиа ас-Судани",
    "TUR": "^Recep Tayyip Erdoğan; ^Recep Tayyip Erdogan; Hakan Fidan; Mevlüt Çavuşoğlu;"
    " Mevlut Cavusoglu; Cevdet Yılmaz; Mehmet Şimşek; Alparslan Bayraktar;"
    " ^Реджеп Тайип Эрдоган; Хакан Фидан; Мевлют Чавушоглу",
    "ISR": "Benjamin Netanyahu; ^Isaac Herzog; Eli Cohen; Gideon Saar; Israel Katz;"
    " Биньямин Нетаньяху",
    "SYR": "^Bashar al-Assad; ^Ahmed al-Sharaa; Asaad al-Shaibani; Faisal Mekdad; ^Башар Асад",
    "LBN": "^Joseph Aoun; Najib Mikati; Nawaf Salam; ^Michel Aoun",
    "PSE": "^Mahmoud Abbas; Mohammad Mustafa; Riyad al-Maliki; ^Махмуд Аббас",
    # --- South and Central Asia ---
    "IND": "Narendra Modi; ^Droupadi Murmu; ^Ram Nath Kovind; S. Jaishankar;"
    " Subrahmanyam Jaishankar; Piyush Goyal; Nirmala Sitharaman; Rajnath Singh;"
    " Hardeep Singh Puri; Jagdeep Dhankhar; Нарендра Моди; Субраманьям Джайшанкар",
    "PAK": "Shehbaz Sharif; Shahbaz Sharif; Imran Khan; ^Asif Ali Zardari; ^Arif Alvi;"
    " Ishaq Dar; Bilawal Bhutto Zardari; Shah Mahmood Qureshi; Muhammad Aurangzeb;"
    " Шахбаз Шариф; Имран Хан",
    "BGD": "Sheikh Hasina; Muhammad Yunus; ^Mohammed Shahabuddin; A. K. Abdul Momen;"
    " AK Abdul Momen; Hasan Mahmud; Touhid Hossain; Шейх Хасина; Мухаммад Юнус",
    "LKA": "^Anura Kumara Dissanayake; ^Ranil Wickremesinghe; ^Gotabaya Rajapaksa;"
    " Ali Sabry; Vijitha Herath",
    "NPL": "Khadga Prasad Sharma Oli; K. P. Sharma Oli; Pushpa Kamal Dahal; ^Ram Chandra Paudel",
    "AFG": "Amir Khan Muttaqi; Hibatullah Akhundzada",
    "KAZ": "^Kassym-Jomart Tokayev; ^Kassym-Jomart Tokaïev; ^Kassym-Jomart Tokaev;"
    " Alikhan Smailov; Olzhas Bektenov; Murat Nurtleu; Mukhtar Tileuberdi;"
    " ^Касым-Жомарт Токаев; Алихан Смаилов; Олжас Бектенов; Мурат Нуртлеу;"
    " Мухтар Тлеуберди; ^Нурсултан Назарбаев; ^Nursultan Nazarbayev",
    "UZB": "^Shavkat Mirziyoyev; ^Chavkat Mirziyoyev; Abdulla Aripov; Bakhtiyor Saidov;"
    " Vladimir Norov; ^Шавкат Мирзиёев; Абдулла Арипов; Бахтиёр Саидов;"
    " Владимир Норов",
    "KGZ": "^Sadyr Japarov; ^Sadyr Zhaparov; Akylbek Japarov; Adylbek Kasymaliev;"
    " Jeenbek Kulubaev; ^Садыр Жапаров; Акылбек Жапаров; Адылбек Касымалиев;"
    " Жээнбек Кулубаев",
    "TJK": "^Emomali Rahmon; Kokhir Rasulzoda; Sirojiddin Muhriddin; ^Эмомали Рахмон;"
    " Кохир Расулзода; Сироджиддин Мухриддин",
    "TKM": "^Serdar Berdimuhamedov; ^Gurbanguly Berdimuhamedov; Rashid Meredov;"
    " ^Сердар Бердымухамедов; ^Гурбангулы Бердымухамедов; Рашид Мередов",
    "AZE": "^Ilham Aliyev; Ali Asadov; Jeyhun Bayramov; Mikayil Jabbarov; ^Ильхам Алиев;"
    " Али Асадов; Джейхун Байрамов",
    "ARM": "Nikol Pashinyan; Vahagn Khachaturyan; ^Armen Sarkissian; Ararat Mirzoyan;"
    " Никол Пашинян; Ваагн Хачатурян; Арарат Мирзоян",
    "GEO": "Irakli Kobakhidze; Irakli Garibashvili; ^Mikheil Kavelashvili; ^Salome Zourabichvili;"
    " Ilia Darchiashvili; Ираклий Кобахидзе",
    "BLR": "^Alexander Lukashenko; ^Aleksandr Lukashenko; ^Alexandre Loukachenko; Roman Golovchenko;"
    " Alexander Turchin; Maxim Ryzhenkov; Sergei Aleinik; Vladimir Makei;"
    " ^Александр Лукашенко; Роман Головченко; Александр Турчин; Максим Рыженков;"
    " Сергей Алейник; Владимир Макей",
    "MDA": "^Maia Sandu; Dorin Recean; Mihai Popșoi",
    "UKR": "^Volodymyr Zelensky; ^Volodymyr Zelenskyy; Dmytro Kuleba; Andrii Sybiha;"
    " Denys Shmyhal; ^Владимир Зеленский",
    # --- Russia ---
    "RUS": "^Vladimir Putin; ^Vladimir Poutine; Dmitry Medvedev; Mikhail Mishustin;"
    " Mikhaïl Michoustine; Sergey Lavrov; Sergei Lavrov; Sergueï Lavrov; Denis Manturov;"
    " Alexei Overchuk; Alexey Overchuk; Maxim Reshetnikov; Anton Siluanov;"
    " Sergei Shoigu; Sergey Shoigu; Andrei Belousov; Andrey Belousov; Alexander Novak;"
    " Alexander Kozlov; Alexander Kurenkov; Mikhail Bogdanov; Yury Trutnev;"
    " Sergei Tsivilev; Dmitry Patrushev; Oksana Lut; Valery Falkov; Mikhail Murashko;"
    " Vitaly Savelyev; Anton Kobyakov; Igor Levitin; Maria Zakharova;"
    " ^Владимир Путин; Дмитрий Медведев; Михаил Мишустин; Сергей Лавров; Денис Мантуров;"
    " Алексей Оверчук; Максим Решетников; Антон Силуанов; Сергей Шойгу; Андрей Белоусов;"
    " Александр Новак; Александр Козлов; Александр Куренков; Михаил Богданов;"
    " Юрий Трутнев; Сергей Цивилев; Дмитрий Патрушев; Оксана Лут; Валерий Фальков;"
    " Михаил Мурашко; Виталий Савельев; Антон Кобяков; Игорь Левитин; Мария Захарова;"
    " Андрей Руденко; Сергей Вершинин; Евгений Иванов; Антон Котяков;"
    " Сергей Кравцов; Алексей Чекунков; Дмитрий Чернышенко; Марат Хуснуллин;"
    " Виктория Абрамченко; Андрей Никитин; Александр Фомин; Юрий Борисов",
    # --- East and Southeast Asia ---
    "CHN": "^Xi Jinping; Li Qiang; Li Keqiang; Wang Yi; Qin Gang; Han Zheng; Ding Xuexiang;"
    " Wang Wentao; Zhao Leji; Wang Huning; ^Си Цзиньпин; Ли Цян; Ли Кэцян; Ван И",
    "JPN": "Shigeru Ishiba; Fumio Kishida; Yoshihide Suga; Shinzo Abe; Sanae Takaichi;"
    " Yoko Kamikawa; Yoshimasa Hayashi; Takeshi Iwaya; Toshimitsu Motegi",
    "KOR": "^Yoon Suk Yeol; ^Yoon Suk-yeol; ^Lee Jae-myung; ^Moon Jae-in; Han Duck-soo;"
    " Park Jin; Cho Tae-yul; Cho Hyun; ^Юн Сок Ёль",
    "PRK": "^Kim Jong Un; ^Kim Jong-un; Choe Son Hui; ^Ким Чен Ын",
    "IDN": "^Joko Widodo; ^Prabowo Subianto; Retno Marsudi; Sugiono; Sri Mulyani Indrawati;"
    " Sri Mulyani; Airlangga Hartarto; ^Джоко Видодо; ^Прабово Субианто",
    "MYS": "Anwar Ibrahim; Ismail Sabri Yaakob; Mohamad Hasan; Zambry Abdul Kadir",
    "VNM": "^Tô Lâm; ^To Lam; Phạm Minh Chính; Pham Minh Chinh; Nguyễn Phú Trọng;"
    " Nguyen Phu Trong; Bùi Thanh Sơn; Bui Thanh Son; ^Võ Văn Thưởng; ^Vo Van Thuong;"
    " ^Lương Cường; ^Luong Cuong",
    "THA": "Paetongtarn Shinawatra; Srettha Thavisin; Prayut Chan-o-cha; Anutin Charnvirakul",
    "PHL": "^Ferdinand Marcos Jr.; ^Ferdinand Marcos; ^Bongbong Marcos; ^Rodrigo Duterte;"
    " Enrique Manalo",
    "SGP": "Lawrence Wong; Lee Hsien Loong; Vivian Balakrishnan; ^Tharman Shanmugaratnam",
    "MMR": "Min Aung Hlaing; Than Swe",
    "KHM": "Hun Manet; Hun Sen; Sok Chenda Sokhonn; Prak Sokhonn",
    "LAO": "Sonexay Siphandone; ^Thongloun Sisoulith",
    "MNG": "^Ukhnaagiin Khürelsükh; ^Ukhnaa Khurelsukh; Luvsannamsrain Oyun-Erdene",
    # --- Latin America ---
    "BRA": "^Luiz Inácio Lula da Silva; ^Luiz Inacio Lula da Silva; ^Lula da Silva; ^Jair Bolsonaro;"
    " Geraldo Alckmin; Mauro Vieira; Ernesto Araújo; Carlos França; Fernando Haddad;"
    " ^Луис Инасиу Лула да Силва; ^Жаир Болсонару",
    "ARG": "^Javier Milei; ^Alberto Fernández; ^Mauricio Macri; Diana Mondino; Gerardo Werthein;"
    " Santiago Cafiero; Luis Caputo; Sergio Massa; ^Хавьер Милей",
    "CHL": "^Gabriel Boric; ^Sebastián Piñera; ^Sebastian Pinera; Alberto van Klaveren;"
    " Antonia Urrejola; ^Габриэль Борич",
    "MEX": "^Claudia Sheinbaum; ^Andrés Manuel López Obrador; ^Andres Manuel Lopez Obrador;"
    " Marcelo Ebrard; Alicia Bárcena; Juan Ramón de la Fuente; ^Клаудия Шейнбаум",
    "GTM": "^Bernardo Arévalo; ^Bernardo Arevalo; ^Alejandro Giammattei; Carlos Ramiro Martínez",
    "COL": "^Gustavo Petro; ^Iván Duque; Álvaro Leyva; Luis Gilberto Murillo; ^Густаво Петро",
    "PER": "^Dina Boluarte; ^Pedro Castillo; Javier González-Olaechea; Elmer Schialer",
    "VEN": "^Nicolás Maduro; ^Nicolas Maduro; Delcy Rodríguez; Yván Gil; ^Николас Мадуро",
    "BOL": "^Luis Arce; ^Rodrigo Paz; David Choquehuanca; Rogelio Mayta; Celinda Sosa; ^Луис Арсе",
    "CUB": "^Miguel Díaz-Canel; ^Miguel Diaz-Canel; Manuel Marrero Cruz; Bruno Rodríguez"
    " Parrilla; Bruno Rodríguez; ^Мигель Диас-Канель; Бруно Родригес",
    "NIC": "^Daniel Ortega; Rosario Murillo; Denis Moncada; ^Даниэль Ортега",
    "ECU": "^Daniel Noboa; ^Guillermo Lasso",
    "URY": "^Yamandú Orsi; ^Luis Lacalle Pou",
    "PRY": "^Santiago Peña; ^Mario Abdo Benítez",
    "GUY": "^Mohamed Irfaan Ali; ^Irfaan Ali; Mark Phillips; Hugh Todd; Bharrat Jagdeo",
    # --- Europe ---
    "FRA": "^Emmanuel Macron; Élisabeth Borne; Gabriel Attal; Michel Barnier; François Bayrou;"
    " Sébastien Lecornu; Jean-Yves Le Drian; Catherine Colonna; Stéphane Séjourné;"
    " Jean-Noël Barrot; Bruno Le Maire; ^Эммануэль Макрон",
    "DEU": "Olaf Scholz; Friedrich Merz; ^Frank-Walter Steinmeier; Annalena Baerbock;"
    " Johann Wadephul; Svenja Schulze; Олаф Шольц",
    "GBR": "Keir Starmer; Rishi Sunak; Boris Johnson; Liz Truss; David Cameron; James Cleverly;"
    " David Lammy; Yvette Cooper",
    "ITA": "Giorgia Meloni; ^Sergio Mattarella; Mario Draghi; Antonio Tajani; Luigi Di Maio",
    "ESP": "Pedro Sánchez; José Manuel Albares",
    "PRT": "^Marcelo Rebelo de Sousa; António Costa; Luís Montenegro; Paulo Rangel",
    "HUN": "Viktor Orbán; Viktor Orban; Péter Szijjártó; Peter Szijjarto; Виктор Орбан;"
    " Петер Сийярто",
    "SRB": "^Aleksandar Vučić; ^Aleksandar Vucic; ^Александр Вучич",
}

_PARTICLE = {"ben": "bin", "ibn": "bin", "bin": "bin", "el": "al", "al": "al", "ould": "ould"}


@lru_cache(maxsize=65_536)
def fold_name(name: str) -> str:
    """ "Tamim ben Hamad Al-Thani" -> "tamim bin hamad al thani": accents, case, hyphens and
    the Arabic particles' spellings (ben/bin/ibn, el/al) made one."""
    decomposed = unicodedata.normalize("NFKD", name.lower().replace("ё", "е"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = re.findall(r"[^\W_]+", plain.replace("'", "").replace("’", ""))
    return " ".join(_PARTICLE.get(w, w) for w in words)


@lru_cache(maxsize=1)
def _index() -> dict[str, str | None]:
    """Folded name -> state; a name two states' tables share says nothing (None)."""
    index: dict[str, str | None] = {}
    for code, names in HOLDERS.items():
        for name in names.split(";"):
            key = fold_name(name.strip(" ^"))
            if key:
                index[key] = code if index.get(key, code) == code else None
    return index


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Folded names of the heads of state the table marks."""
    names = (n.strip() for names in HOLDERS.values() for n in names.split(";"))
    return frozenset(fold_name(n[1:]) for n in names if n.startswith("^"))


def is_head_of_state(name: str) -> bool:
    """Whether a known office-holder is (or was) a head of state: when a story says "le chef
    de l'État rwandais" of two Rwandans it names without a title, it is this one."""
    return fold_name(name) in _heads()


def holder_party(name: str) -> str | None:
    """The state of a known office-holder by full name. The press writes a name longer or
    shorter than the table's ("^Mahamat Idriss Déby" / "... Déby Itno"): a name of three
    words or more that begins the other one is the same person."""
    key = fold_name(name)
    index = _index()
    if key in index:
        return index[key]
    words = key.split()
    if len(words) < 3:
        return None
    # the table's longer names this one begins, and its names of three words or more that
    # begin this one (looked up by word prefix, not by a pass over the whole table)
    found = set(_longer_names().get(key, ()))
    for size in range(3, len(words)):
        shorter = " ".join(words[:size])
        if shorter in index:
            found.add(index[shorter])
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _longer_names() -> dict[str, set[str | None]]:
    """Each word prefix of three words or more of the table's names -> the states of the
    longer names it begins ("mahamat idriss deby" -> {"TCD"} from "... deby itno")."""
    longer: dict[str, set[str | None]] = {}
    for name, code in _index().items():
        words = name.split()
        for size in range(3, len(words)):
            longer.setdefault(" ".join(words[:size]), set()).add(code)
    return longer
