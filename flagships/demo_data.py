"""Demo flagship programmes. Written for this project; organisations, places and
figures are illustrative. Update dates are given as days before the day the
demo is loaded, so the updates always span the last twelve months."""

from core.demo_support import PARTIAL

INDEX = {
    "en": ("Flagship programmes", "Our largest programmes, with their dates, progress and people to contact."),
    "fr": ("Programmes phares", "Nos plus grands programmes, avec leurs dates, leur avancement et leurs contacts."),
    "es": ("Programas emblemáticos", "Nuestros mayores programas, con sus fechas, avances y personas de contacto."),
    "ar": ("البرامج الرئيسية", "أكبر برامجنا، مع تواريخها وتقدمها والأشخاص الذين يمكن التواصل معهم."),
    "zh-hans": ("旗舰方案", "我们规模最大的方案，包括日期、进展和联系人。"),
    "ru": ("Флагманские программы", "Наши крупнейшие программы: сроки, ход работы и контактные лица."),
}

# review_days_ago: when the programme was last reviewed (None: never); with the
# default 90-day interval, anything past 90 is overdue on purpose.
FLAGSHIPS = [
    {
        "slug": "resilient-coastal-cities",
        "title": "Resilient coastal cities",
        "summary": (
            "Coastal cities are helped to plan for floods and rising seas: maps of who is at risk, "
            "early warnings that reach every street, and drainage that copes with heavier rain."
        ),
        "start": (2022, 3, 1),
        "end": (2027, 2, 28),
        "status": "active",
        "contacts": ["lucas.ferreira@example.org", "amina.odhiambo@example.org"],
        "areas": ["climate-action", "planning-design"],
        "places": [("mz", "Mozambique"), ("bd", "Bangladesh"), ("ec", "Ecuador")],
        "partners": [
            ("Coastal Cities Network", "https://example.org/coastal"),
            ("National Meteorological Services", ""),
        ],
        "figures": [
            ("budget", "12500000.00", "USD", 400),
            ("received", "9800000.00", "USD", 40),
            ("spent", "7150000.50", "USD", 40),
        ],
        "key_figures": [("14", "cities with flood risk maps"), ("2.1 million", "people covered by early warnings")],
        "quote": ("The warning came on our phones two hours before the water. Everyone got out.", "Resident of Beira"),
        "updates": [
            (
                350,
                "milestone",
                "Flood risk maps published for six cities",
                "Each map shows streets, schools and clinics at risk.",
            ),
            (
                240,
                "major_development",
                "Early warnings reach text messages",
                "Warnings now go out by SMS in three languages.",
            ),
            (
                120,
                "milestone",
                "Drainage works finished in Beira",
                "Two new channels carry storm water away from homes.",
            ),
            (
                20,
                "major_development",
                "Three more cities join",
                "Cities in Bangladesh and Ecuador start their risk maps.",
            ),
        ],
        "review_days_ago": 200,
    },
    {
        "slug": "housing-for-all",
        "title": "Adequate housing for all",
        "summary": (
            "Families in informal settlements get secure tenure and better homes, with local governments "
            "that plan for affordable housing instead of evictions."
        ),
        "start": (2021, 1, 15),
        "end": None,
        "status": "active",
        "contacts": ["mei.chen@example.org"],
        "areas": ["housing-land"],
        "places": [("ke", "Kenya"), ("ph", "Philippines")],
        "partners": [("Slum Dwellers Federation", "https://example.org/sdf")],
        "figures": [
            ("budget", "8000000.00", "EUR", 500),
            ("received", "5200000.00", "EUR", 60),
            ("spent", "4100000.00", "EUR", 60),
        ],
        "key_figures": [("38,000", "households with secure tenure"), ("11", "city housing strategies adopted")],
        "quote": ("For the first time, the paper says the land is ours.", "Member of a housing cooperative"),
        "updates": [
            (
                330,
                "milestone",
                "Nairobi adopts a housing strategy",
                "The county plans 20,000 affordable homes by 2030.",
            ),
            (
                180,
                "milestone",
                "10,000 tenure certificates handed over",
                "Families in three settlements received certificates.",
            ),
            (60, "major_development", "Philippines programme starts", "Two cities join with their own funding."),
        ],
        "review_days_ago": 30,
    },
    {
        "slug": "clean-water-neighbourhoods",
        "title": "Clean water in every neighbourhood",
        "summary": "Water kiosks, pipes and sanitation reach neighbourhoods that the city network did not serve.",
        "start": (2020, 6, 1),
        "end": (2025, 5, 31),
        "status": "completed",
        "contacts": ["omar.haddad@example.org"],
        "areas": ["basic-services"],
        "places": [("jo", "Jordan"), ("lb", "Lebanon")],
        "partners": [("Water Authority", "")],
        "figures": [("budget", "6400000.00", "USD", 700), ("spent", "6350000.00", "USD", 150)],
        "key_figures": [("420,000", "people with safe water at home")],
        "quote": None,
        "updates": [
            (300, "milestone", "Last pipes connected", "The final neighbourhood is connected to the network."),
            (170, "completed", "Programme completed", "All works handed over to the water authority."),
        ],
        "review_days_ago": 150,
    },
    {
        "slug": "urban-recovery",
        "title": "Urban recovery after disasters",
        "summary": "Homes, schools and markets are rebuilt with the people who use them after earthquakes and floods.",
        "start": (2023, 9, 1),
        "end": None,
        "status": "active",
        "contacts": ["amina.odhiambo@example.org", "omar.haddad@example.org"],
        "areas": ["crisis-recovery"],
        "places": [("tr", "Türkiye"), ("sy", "Syrian Arab Republic")],
        "partners": [("Reconstruction Agency", ""), ("Engineers Without Borders", "https://example.org/ewb")],
        "figures": [("budget", "15000000.00", "USD", 300), ("received", "6000000.00", "USD", 20)],
        "key_figures": [("3,200", "homes repaired"), ("45", "schools reopened")],
        "quote": ("We chose where the market goes. Now it is full every day.", "Shop owner"),
        "updates": [
            (280, "milestone", "Damage assessment completed", "Every building in four districts has been assessed."),
            (200, "major_development", "Rebuilding starts", "The first 500 homes are being repaired."),
            (90, "milestone", "45 schools reopen", "Children are back in class in repaired schools."),
            (10, "major_development", "New funding received", "A new contribution covers another 1,000 homes."),
        ],
        "review_days_ago": 5,
    },
    {
        "slug": "public-space-programme",
        "title": "Safe and green public spaces",
        "summary": "Streets, parks and squares are redesigned with residents so that women, children and older people feel safe.",
        "start": (2024, 2, 1),
        "end": None,
        "status": "paused",
        "contacts": ["lucas.ferreira@example.org"],
        "areas": ["planning-design", "climate-action"],
        "places": [("latin-america", "Latin America and the Caribbean")],
        "partners": [("Youth Design Network", "")],
        "figures": [("budget", "2300000.00", "USD", 250)],
        "key_figures": [("27", "public spaces redesigned")],
        "quote": None,
        "updates": [
            (260, "milestone", "First 10 spaces reopened", "Residents voted on the designs."),
            (45, "major_development", "Work paused for the rainy season", "Construction restarts after the rains."),
        ],
        "review_days_ago": None,
    },
    {
        "slug": "city-finance-lab",
        "title": "City finance lab",
        "summary": "Cities learn to raise their own revenue fairly and to borrow for the investments their residents need.",
        "start": (2027, 1, 1),
        "end": (2029, 12, 31),
        "status": "planned",
        "contacts": ["mei.chen@example.org"],
        "areas": ["urban-economy"],
        "places": [("gh", "Ghana"), ("sn", "Senegal")],
        "partners": [("Municipal Development Fund", "")],
        "figures": [("budget", "4000000.00", "XOF", 10)],
        "key_figures": [("8", "cities enrolled")],
        "quote": None,
        "updates": [
            (100, "milestone", "Eight cities selected", "Selection followed an open call."),
            (15, "milestone", "Funding agreement signed", "The lab starts in January."),
        ],
        "review_days_ago": 95,
    },
]

# Place names that are regions rather than countries (countries are named from CLDR
# in each language), in each language.
REGION_NAMES = {
    "latin-america": {
        "fr": "Amérique latine et Caraïbes",
        "es": "América Latina y el Caribe",
        "ar": "أمريكا اللاتينية ومنطقة البحر الكاريبي",
        "zh-hans": "拉丁美洲和加勒比",
        "ru": "Латинская Америка и Карибский бассейн",
    },
}

# {slug: {language code: (title, summary, [(key figure, what it counts)], (quote, attribution)
# or None, [partner names], [(update title, update text)])}}, in the order of the entry's
# lists; None leaves a text in English (only for a PARTIAL gap in TRANSLATION_GAPS).
TRANSLATIONS = {
    "resilient-coastal-cities": {
        # PARTIAL in TRANSLATION_GAPS: a French translation under way, published with
        # only its title and first update translated.
        "fr": (
            "Villes côtières résilientes",
            None,
            [(None, None), (None, None)],
            (None, None),
            [None, None],
            [
                ("Cartes des risques d’inondation publiées pour six villes", None),
                (None, None),
                (None, None),
                (None, None),
            ],
        ),
        "es": (
            "Ciudades costeras resilientes",
            "Se ayuda a las ciudades costeras a prepararse para las inundaciones y la subida del mar: mapas de quién está en riesgo, alertas tempranas que llegan a cada calle y drenajes capaces de soportar lluvias más intensas.",
            [
                ("14", "ciudades con mapas de riesgo de inundación"),
                ("2,1 millones", "personas cubiertas por alertas tempranas"),
            ],
            (
                "La alerta llegó a nuestros teléfonos dos horas antes que el agua. Todos pudimos salir.",
                "Vecina de Beira",
            ),
            ["Red de Ciudades Costeras", "Servicios meteorológicos nacionales"],
            [
                (
                    "Publicados los mapas de riesgo de inundación de seis ciudades",
                    "Cada mapa muestra las calles, escuelas y centros de salud en riesgo.",
                ),
                (
                    "Las alertas tempranas llegan por mensaje de texto",
                    "Las alertas se envían ahora por SMS en tres idiomas.",
                ),
                (
                    "Terminadas las obras de drenaje en Beira",
                    "Dos nuevos canales alejan el agua de lluvia de las viviendas.",
                ),
                ("Se suman tres ciudades más", "Ciudades de Bangladesh y el Ecuador empiezan sus mapas de riesgo."),
            ],
        ),
        "ar": (
            "مدن ساحلية قادرة على الصمود",
            "تُساعَد المدن الساحلية على الاستعداد للفيضانات وارتفاع منسوب البحر: خرائط تبيّن من هم المعرّضون للخطر، وإنذارات مبكرة تصل إلى كل شارع، وشبكات تصريف تتحمل أمطاراً أغزر.",
            [("14", "مدينة لديها خرائط لمخاطر الفيضانات"), ("2.1 مليون", "شخص تشملهم الإنذارات المبكرة")],
            ("وصل الإنذار إلى هواتفنا قبل المياه بساعتين. خرج الجميع سالمين.", "إحدى سكان بيرا"),
            ["شبكة المدن الساحلية", "دوائر الأرصاد الجوية الوطنية"],
            [
                ("نشر خرائط مخاطر الفيضانات لست مدن", "تبيّن كل خريطة الشوارع والمدارس والعيادات المعرّضة للخطر."),
                ("الإنذارات المبكرة تصل عبر الرسائل النصية", "تُرسل الإنذارات الآن برسائل نصية بثلاث لغات."),
                ("اكتمال أعمال التصريف في بيرا", "قناتان جديدتان تبعدان مياه الأمطار عن المنازل."),
                ("انضمام ثلاث مدن أخرى", "مدن في بنغلاديش والإكوادور تبدأ إعداد خرائط المخاطر."),
            ],
        ),
        "zh-hans": (
            "韧性沿海城市",
            "帮助沿海城市为洪水和海平面上升做好准备：绘制风险人群地图，让预警送达每条街道，并建设能应对更强降雨的排水系统。",
            [("14", "个城市拥有洪水风险地图"), ("210万", "人受到预警覆盖")],
            ("洪水来临前两小时，警报就发到了我们的手机上。所有人都撤离了。", "贝拉居民"),
            ["沿海城市网络", "国家气象部门"],
            [
                ("六个城市的洪水风险地图发布", "每张地图都标出了面临风险的街道、学校和诊所。"),
                ("预警通过短信发送", "现在用三种语言通过短信发送预警。"),
                ("贝拉排水工程完工", "两条新水渠将雨水引离住房。"),
                ("又有三个城市加入", "孟加拉国和厄瓜多尔的城市开始绘制风险地图。"),
            ],
        ),
        "ru": (
            "Устойчивые прибрежные города",
            "Прибрежным городам помогают подготовиться к наводнениям и подъёму моря: карты тех, кто в зоне риска, ранние оповещения, доходящие до каждой улицы, и водоотвод, справляющийся с более сильными ливнями.",
            [("14", "городов с картами риска наводнений"), ("2,1 млн", "человек охвачены ранним оповещением")],
            ("Предупреждение пришло на телефоны за два часа до воды. Все успели уйти.", "Жительница Бейры"),
            ["Сеть прибрежных городов", "Национальные метеорологические службы"],
            [
                (
                    "Опубликованы карты риска наводнений для шести городов",
                    "На каждой карте отмечены улицы, школы и поликлиники в зоне риска.",
                ),
                ("Ранние оповещения приходят по SMS", "Предупреждения теперь рассылаются по SMS на трёх языках."),
                ("В Бейре завершены работы по водоотводу", "Два новых канала отводят ливневую воду от домов."),
                ("Присоединяются ещё три города", "Города Бангладеш и Эквадора начинают составлять карты риска."),
            ],
        ),
    },
    "housing-for-all": {
        "fr": (
            "Un logement convenable pour tous",
            "Les familles des quartiers informels obtiennent la sécurité d’occupation et de meilleurs logements, avec des collectivités locales qui planifient des logements abordables au lieu d’expulser.",
            [
                ("38 000", "ménages bénéficiant de la sécurité d’occupation"),
                ("11", "stratégies municipales du logement adoptées"),
            ],
            ("Pour la première fois, le papier dit que la terre est à nous.", "Membre d’une coopérative d’habitat"),
            ["Fédération des habitants des bidonvilles"],
            [
                (
                    "Nairobi adopte une stratégie du logement",
                    "Le comté prévoit 20 000 logements abordables d’ici 2030.",
                ),
                ("10 000 certificats d’occupation remis", "Des familles de trois quartiers ont reçu leur certificat."),
                (
                    "Lancement du programme aux Philippines",
                    "Deux villes rejoignent le programme avec leurs propres fonds.",
                ),
            ],
        ),
        "es": (
            "Vivienda adecuada para todos",
            "Las familias de los asentamientos informales obtienen seguridad de la tenencia y mejores viviendas, con gobiernos locales que planifican vivienda asequible en lugar de desalojos.",
            [
                ("38.000", "hogares con seguridad de la tenencia"),
                ("11", "estrategias municipales de vivienda aprobadas"),
            ],
            ("Por primera vez, el papel dice que la tierra es nuestra.", "Integrante de una cooperativa de vivienda"),
            ["Federación de Habitantes de Asentamientos Precarios"],
            [
                (
                    "Nairobi aprueba una estrategia de vivienda",
                    "El condado prevé 20.000 viviendas asequibles para 2030.",
                ),
                (
                    "Entregados 10.000 certificados de tenencia",
                    "Familias de tres asentamientos recibieron sus certificados.",
                ),
                ("Comienza el programa en Filipinas", "Dos ciudades se suman con fondos propios."),
            ],
        ),
        "ar": (
            "سكن لائق للجميع",
            "تحصل الأسر في المستوطنات غير الرسمية على حيازة آمنة ومساكن أفضل، مع حكومات محلية تخطط للسكن الميسور بدلاً من الإخلاء.",
            [("38000", "أسرة تتمتع بحيازة آمنة"), ("11", "استراتيجية إسكان بلدية اعتُمدت")],
            ("لأول مرة، تقول الورقة إن الأرض لنا.", "عضو في تعاونية سكنية"),
            ["اتحاد سكان الأحياء الفقيرة"],
            [
                ("نيروبي تعتمد استراتيجية للإسكان", "تخطط المقاطعة لبناء 20000 مسكن ميسور بحلول عام 2030."),
                ("تسليم 10000 شهادة حيازة", "تسلمت أسر في ثلاث مستوطنات شهاداتها."),
                ("انطلاق البرنامج في الفلبين", "تنضم مدينتان بتمويل ذاتي."),
            ],
        ),
        "zh-hans": (
            "人人享有适足住房",
            "非正规住区的家庭获得有保障的使用权和更好的住房，地方政府规划经济适用房，而不是强制驱逐。",
            [("38,000", "户家庭获得有保障的使用权"), ("11", "项城市住房战略获得通过")],
            ("证件上第一次写明，这块地是我们的。", "住房合作社成员"),
            ["贫民窟居民联合会"],
            [
                ("内罗毕通过住房战略", "该郡计划到2030年建成2万套经济适用房。"),
                ("发放1万份使用权证书", "三个住区的家庭领到了证书。"),
                ("菲律宾方案启动", "两个城市以自有资金加入。"),
            ],
        ),
        "ru": (
            "Достаточное жильё для всех",
            "Семьи из неформальных поселений получают гарантии владения и лучшее жильё, а местные власти планируют доступное жильё вместо выселений.",
            [("38 000", "домохозяйств с гарантиями владения"), ("11", "городских жилищных стратегий принято")],
            ("Впервые в бумаге написано, что земля наша.", "Член жилищного кооператива"),
            ["Федерация жителей трущоб"],
            [
                (
                    "Найроби принимает жилищную стратегию",
                    "Округ планирует построить 20 000 доступных домов к 2030 году.",
                ),
                ("Вручено 10 000 свидетельств о праве владения", "Свидетельства получили семьи из трёх поселений."),
                ("Начало программы на Филиппинах", "Два города присоединяются на собственные средства."),
            ],
        ),
    },
    "clean-water-neighbourhoods": {
        "fr": (
            "De l’eau potable dans chaque quartier",
            "Kiosques à eau, canalisations et assainissement atteignent des quartiers que le réseau de la ville ne desservait pas.",
            [("420 000", "personnes ayant l’eau potable à domicile")],
            None,
            ["Autorité des eaux"],
            [
                ("Dernières canalisations raccordées", "Le dernier quartier est raccordé au réseau."),
                ("Programme achevé", "Tous les ouvrages ont été remis à l’autorité des eaux."),
            ],
        ),
        "es": (
            "Agua potable en cada barrio",
            "Quioscos de agua, tuberías y saneamiento llegan a barrios a los que no llegaba la red de la ciudad.",
            [("420.000", "personas con agua potable en casa")],
            None,
            ["Autoridad del Agua"],
            [
                ("Conectadas las últimas tuberías", "El último barrio queda conectado a la red."),
                ("Programa terminado", "Todas las obras se entregaron a la autoridad del agua."),
            ],
        ),
        "ar": (
            "مياه نظيفة في كل حي",
            "أكشاك المياه والأنابيب وخدمات الصرف الصحي تصل إلى أحياء لم تكن شبكة المدينة تخدمها.",
            [("420000", "شخص لديهم مياه مأمونة في منازلهم")],
            None,
            ["سلطة المياه"],
            [
                ("توصيل آخر الأنابيب", "ربط آخر حي بالشبكة."),
                ("اكتمال البرنامج", "سُلّمت جميع الأعمال إلى سلطة المياه."),
            ],
        ),
        "zh-hans": (
            "每个街区都有清洁用水",
            "售水亭、管道和卫生设施延伸到城市管网此前未覆盖的街区。",
            [("42万", "人在家中用上安全饮用水")],
            None,
            ["水务局"],
            [
                ("最后一批管道接通", "最后一个街区接入管网。"),
                ("方案完成", "全部工程移交水务局。"),
            ],
        ),
        "ru": (
            "Чистая вода в каждом квартале",
            "Водные киоски, трубы и санитария приходят в кварталы, которые городская сеть не обслуживала.",
            [("420 000", "человек с безопасной водой дома")],
            None,
            ["Водное управление"],
            [
                ("Подключены последние трубы", "Последний квартал подключён к сети."),
                ("Программа завершена", "Все объекты переданы водному управлению."),
            ],
        ),
    },
    "urban-recovery": {
        "fr": (
            "Relèvement urbain après les catastrophes",
            "Maisons, écoles et marchés sont reconstruits avec celles et ceux qui les utilisent, après les séismes et les inondations.",
            [("3 200", "maisons réparées"), ("45", "écoles rouvertes")],
            ("Nous avons choisi où irait le marché. Maintenant, il est plein tous les jours.", "Commerçant"),
            ["Agence de reconstruction", "Ingénieurs sans frontières"],
            [
                ("Évaluation des dégâts terminée", "Chaque bâtiment de quatre districts a été évalué."),
                ("Début de la reconstruction", "Les 500 premières maisons sont en réparation."),
                ("45 écoles rouvrent", "Les enfants ont repris les cours dans des écoles réparées."),
                ("Nouveaux fonds reçus", "Une nouvelle contribution couvre 1 000 maisons de plus."),
            ],
        ),
        "es": (
            "Recuperación urbana después de los desastres",
            "Viviendas, escuelas y mercados se reconstruyen con quienes los usan, después de terremotos e inundaciones.",
            [("3.200", "viviendas reparadas"), ("45", "escuelas reabiertas")],
            ("Elegimos dónde iba el mercado. Ahora está lleno todos los días.", "Comerciante"),
            ["Agencia de Reconstrucción", "Ingenieros Sin Fronteras"],
            [
                ("Terminada la evaluación de daños", "Se evaluaron todos los edificios de cuatro distritos."),
                ("Comienza la reconstrucción", "Se están reparando las primeras 500 viviendas."),
                ("Reabren 45 escuelas", "Los niños vuelven a clase en escuelas reparadas."),
                ("Nueva financiación recibida", "Una nueva contribución cubre otras 1.000 viviendas."),
            ],
        ),
        "ar": (
            "التعافي الحضري بعد الكوارث",
            "يُعاد بناء المنازل والمدارس والأسواق مع من يستخدمونها بعد الزلازل والفيضانات.",
            [("3200", "منزل أُصلح"), ("45", "مدرسة أُعيد فتحها")],
            ("اخترنا مكان السوق. وهو الآن مزدحم كل يوم.", "صاحب متجر"),
            ["وكالة إعادة الإعمار", "مهندسون بلا حدود"],
            [
                ("اكتمال تقييم الأضرار", "قُيّم كل مبنى في أربع مناطق."),
                ("بدء إعادة البناء", "يجري إصلاح أول 500 منزل."),
                ("إعادة فتح 45 مدرسة", "عاد الأطفال إلى الدراسة في مدارس أُصلحت."),
                ("تلقي تمويل جديد", "مساهمة جديدة تغطي 1000 منزل إضافي."),
            ],
        ),
        "zh-hans": (
            "灾后城市恢复",
            "地震和洪水过后，与使用者一起重建住房、学校和市场。",
            [("3,200", "座房屋得到修复"), ("45", "所学校重新开放")],
            ("市场建在哪里是我们自己选的。现在每天都人气很旺。", "店主"),
            ["重建署", "无国界工程师"],
            [
                ("损失评估完成", "四个区的每栋建筑都已完成评估。"),
                ("重建开始", "首批500座房屋正在修复。"),
                ("45所学校重新开放", "孩子们回到修复后的学校上课。"),
                ("收到新资金", "一笔新捐款可再修复1000座房屋。"),
            ],
        ),
        "ru": (
            "Восстановление городов после бедствий",
            "После землетрясений и наводнений дома, школы и рынки восстанавливают вместе с теми, кто ими пользуется.",
            [("3200", "домов отремонтировано"), ("45", "школ вновь открыто")],
            ("Мы сами выбрали место для рынка. Теперь он полон каждый день.", "Владелец лавки"),
            ["Агентство по восстановлению", "Инженеры без границ"],
            [
                ("Завершена оценка ущерба", "Обследовано каждое здание в четырёх районах."),
                ("Начало восстановления", "Ремонтируются первые 500 домов."),
                ("Вновь открыты 45 школ", "Дети вернулись в отремонтированные школы."),
                ("Получено новое финансирование", "Новый взнос покрывает ещё 1000 домов."),
            ],
        ),
    },
    "public-space-programme": {
        "fr": (
            "Des espaces publics sûrs et verts",
            "Rues, parcs et places sont réaménagés avec les habitants pour que les femmes, les enfants et les personnes âgées s’y sentent en sécurité.",
            [("27", "espaces publics réaménagés")],
            None,
            ["Réseau des jeunes designers"],
            [
                ("Réouverture des 10 premiers espaces", "Les habitants ont voté sur les projets."),
                ("Travaux suspendus pendant la saison des pluies", "Le chantier reprendra après les pluies."),
            ],
        ),
        "es": (
            "Espacios públicos seguros y verdes",
            "Calles, parques y plazas se rediseñan con los vecinos para que mujeres, niños y personas mayores se sientan seguros.",
            [("27", "espacios públicos rediseñados")],
            None,
            ["Red de Jóvenes Diseñadores"],
            [
                ("Reabren los 10 primeros espacios", "Los vecinos votaron los diseños."),
                ("Obras en pausa por la temporada de lluvias", "La construcción se reanuda después de las lluvias."),
            ],
        ),
        "ar": (
            "أماكن عامة آمنة وخضراء",
            "يُعاد تصميم الشوارع والحدائق والساحات مع السكان كي تشعر النساء والأطفال وكبار السن بالأمان.",
            [("27", "مكاناً عاماً أُعيد تصميمه")],
            None,
            ["شبكة المصممين الشباب"],
            [
                ("إعادة فتح أول 10 أماكن", "صوّت السكان على التصاميم."),
                ("توقف الأعمال خلال موسم الأمطار", "تُستأنف أعمال البناء بعد انتهاء الأمطار."),
            ],
        ),
        "zh-hans": (
            "安全绿色的公共空间",
            "与居民共同重新设计街道、公园和广场，让妇女、儿童和老年人感到安全。",
            [("27", "个公共空间完成重新设计")],
            None,
            ["青年设计网络"],
            [
                ("首批10个空间重新开放", "居民对设计方案进行了投票。"),
                ("雨季暂停施工", "雨季过后恢复施工。"),
            ],
        ),
        "ru": (
            "Безопасные и зелёные общественные пространства",
            "Улицы, парки и площади перепланируются вместе с жителями, чтобы женщины, дети и пожилые люди чувствовали себя в безопасности.",
            [("27", "общественных пространств перепланировано")],
            None,
            ["Молодёжная дизайнерская сеть"],
            [
                ("Открыты первые 10 пространств", "Жители проголосовали за проекты."),
                ("Работы приостановлены на сезон дождей", "Строительство возобновится после дождей."),
            ],
        ),
    },
    "city-finance-lab": {
        "fr": (
            "Laboratoire des finances municipales",
            "Les villes apprennent à lever leurs propres recettes de manière équitable et à emprunter pour les investissements dont leurs habitants ont besoin.",
            [("8", "villes inscrites")],
            None,
            ["Fonds de développement municipal"],
            [
                ("Huit villes sélectionnées", "La sélection a suivi un appel ouvert."),
                ("Accord de financement signé", "Le laboratoire démarre en janvier."),
            ],
        ),
        "es": (
            "Laboratorio de finanzas municipales",
            "Las ciudades aprenden a recaudar sus propios ingresos de forma justa y a endeudarse para las inversiones que necesitan sus habitantes.",
            [("8", "ciudades inscritas")],
            None,
            ["Fondo de Desarrollo Municipal"],
            [
                ("Ocho ciudades seleccionadas", "La selección se hizo mediante una convocatoria abierta."),
                ("Firmado el acuerdo de financiación", "El laboratorio empieza en enero."),
            ],
        ),
        "ar": (
            "مختبر التمويل البلدي",
            "تتعلم المدن زيادة إيراداتها الذاتية بطريقة عادلة والاقتراض من أجل الاستثمارات التي يحتاجها سكانها.",
            [("8", "مدن مسجلة")],
            None,
            ["صندوق التنمية البلدية"],
            [
                ("اختيار ثماني مدن", "جرى الاختيار عبر دعوة مفتوحة."),
                ("توقيع اتفاق التمويل", "يبدأ المختبر عمله في يناير."),
            ],
        ),
        "zh-hans": (
            "城市财政实验室",
            "城市学习以公平的方式增加自有收入，并为居民所需的投资借款。",
            [("8", "个城市报名参加")],
            None,
            ["市政发展基金"],
            [
                ("选定八个城市", "通过公开征集进行遴选。"),
                ("签署供资协议", "实验室将于1月启动。"),
            ],
        ),
        "ru": (
            "Лаборатория городских финансов",
            "Города учатся справедливо увеличивать собственные доходы и брать займы на инвестиции, нужные их жителям.",
            [("8", "городов-участников")],
            None,
            ["Фонд муниципального развития"],
            [
                ("Отобраны восемь городов", "Отбор прошёл по открытому конкурсу."),
                ("Подписано соглашение о финансировании", "Лаборатория начнёт работу в январе."),
            ],
        ),
    },
}

# Left untranslated on purpose (see core/demo_support.py): {slug: {language code: MISSING or PARTIAL}}.
# The French coastal programme is published half-translated (title and one update):
# the page shows the incomplete notice, and the Translations report "Published incomplete".
TRANSLATION_GAPS = {"resilient-coastal-cities": {"fr": PARTIAL}}
