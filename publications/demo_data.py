"""Demo publications, written for this project (no real publication is quoted)."""

from core.demo_support import MISSING

TYPES = [
    # slug, then the name in en, fr, es, ar, zh-hans, ru
    ("report", ["Report", "Rapport", "Informe", "تقرير", "报告", "Доклад"]),
    (
        "policy-brief",
        ["Policy brief", "Note d'orientation", "Nota de política", "موجز سياساتي", "政策简报", "Аналитическая записка"],
    ),
    ("guide", ["Guide", "Guide", "Guía", "دليل", "指南", "Руководство"]),
    ("handbook", ["Handbook", "Manuel", "Manual", "كتيّب", "手册", "Справочник"]),
    (
        "working-paper",
        ["Working paper", "Document de travail", "Documento de trabajo", "ورقة عمل", "工作文件", "Рабочий документ"],
    ),
    ("data-set", ["Data set", "Jeu de données", "Conjunto de datos", "مجموعة بيانات", "数据集", "Набор данных"]),
]

INDEX = {
    "en": ("Publications", "Reports, guides and data from our work, each opening with a short abstract."),
    "fr": ("Publications", "Rapports, guides et données issus de nos travaux, chacun précédé d'un bref résumé."),
    "es": ("Publicaciones", "Informes, guías y datos de nuestro trabajo, cada uno con un breve resumen al inicio."),
    "ar": ("المنشورات", "تقارير وأدلة وبيانات من عملنا، يبدأ كل منها بملخص قصير."),
    "zh-hans": ("出版物", "我们工作中的报告、指南和数据，每一份都以简短摘要开头。"),
    "ru": (
        "Публикации",
        "Доклады, руководства и данные о нашей работе; каждая публикация начинается с краткой аннотации.",
    ),
}

# slug, title, type, thematic areas, date, authors, keywords, abstract
PUBLICATIONS = [
    (
        "cooling-informal-neighbourhoods",
        "Cooling informal neighbourhoods",
        "report",
        ["climate-action", "housing-land"],
        "2025-06-12",
        "Urban Resilience Unit",
        ["heat", "informal settlements"],
        "Heatwaves are lasting longer in the cities of the Sahel and South Asia, and people in informal neighbourhoods feel them first: thin roofs, little shade and no cooling. This report follows twelve neighbourhoods that painted roofs white, planted street trees and opened cooling centres. It measures indoor temperatures before and after, estimates the cost per household and sets out which measures residents chose to maintain themselves.",
    ),
    (
        "flood-early-warning-small-cities",
        "Flood early warning for small cities",
        "guide",
        ["climate-action", "crisis-recovery"],
        "2024-11-03",
        "Urban Resilience Unit",
        ["flooding", "early warning"],
        "Small cities rarely have a hydrologist, yet they face flash floods that give only hours of notice. This guide shows municipal staff how to set up a simple warning chain using river gauges, text messages and community volunteers. It includes a checklist for the first season, a template for evacuation maps and examples from three cities that cut flood deaths after adopting the approach.",
    ),
    (
        "municipal-climate-budgets",
        "Putting climate into municipal budgets",
        "policy-brief",
        ["climate-action", "urban-economy"],
        "2024-03-20",
        "Local Finance Section",
        ["budgets", "climate finance"],
        "Most city climate plans are never funded because they sit outside the budget cycle. This brief explains how finance departments can tag spending that cuts emissions or reduces risk, report it to councils and use the tags to attract national transfers. It draws on the experience of nine cities and proposes five steps a treasurer can start within a single budget year.",
    ),
    (
        "coastal-cities-sea-level",
        "Coastal cities and rising seas: choosing where to build",
        "working-paper",
        ["climate-action", "planning-design"],
        "2023-09-14",
        "Planning and Design Lab",
        ["sea level", "land use"],
        "Coastal cities must decide where new homes and roads go while the shoreline moves. This working paper compares zoning rules, setback lines and managed retreat in fourteen coastal cities. It finds that clear maps of future flood lines, agreed with residents, matter more than engineering alone, and it suggests indicators planners can use to check whether new building avoids the areas most at risk.",
    ),
    (
        "urban-heat-data-2024",
        "Urban heat observations 2024",
        "data-set",
        ["climate-action"],
        "2025-01-30",
        "Data and Analytics Unit",
        ["heat", "open data"],
        "This data set gathers daily street-level temperature readings from low-cost sensors in forty cities during the 2024 hot season. Each record gives the location, surface type and hourly temperature, so that planners can compare shaded and unshaded streets. The note describes how sensors were calibrated, what the known gaps are and how to cite the data when using it in local heat plans.",
    ),
    (
        "incremental-housing-handbook",
        "Incremental housing: a handbook for local governments",
        "handbook",
        ["housing-land"],
        "2024-05-08",
        "Housing Unit",
        ["housing", "self-build"],
        "Most urban homes in growing cities are built room by room as families save. This handbook helps local governments support that process instead of fighting it. It covers serviced plots, simple building permits, small construction loans and technical advice on foundations and roofs. Each chapter ends with questions a housing department can use to review its own rules and procedures.",
    ),
    (
        "rental-housing-africa",
        "Renting in African cities: who rents and why it matters",
        "report",
        ["housing-land", "urban-economy"],
        "2023-06-22",
        "Housing Unit",
        ["rental housing", "tenure"],
        "Half of urban households in many African cities rent, yet housing policy still focuses on ownership. This report uses household surveys from eleven cities to describe tenants, their rents and their security of tenure. It shows that small landlords provide most rental homes and argues that light regulation, fair dispute resolution and support for small landlords would protect tenants better than rent caps.",
    ),
    (
        "land-records-digital",
        "Digital land records that people trust",
        "policy-brief",
        ["housing-land"],
        "2022-10-11",
        "Land and Tenure Section",
        ["land records", "tenure security"],
        "Digitising land records can reduce disputes and fraud, but only if people can check and correct them. This brief reviews projects in six countries and identifies what made records trusted: public verification days, paper copies for owners, fees people could afford and a way to record customary and informal rights. It warns against systems that record only formal titles and leave most residents out.",
    ),
    (
        "evictions-alternatives",
        "Alternatives to forced evictions",
        "guide",
        ["housing-land", "crisis-recovery"],
        "2021-12-02",
        "Land and Tenure Section",
        ["evictions", "human rights"],
        "Forced evictions push families deeper into poverty and rarely solve the problem that caused them. This guide sets out practical alternatives for city officials facing pressure to clear land: on-site upgrading, negotiated relocation with residents, and land sharing. It explains the legal safeguards that apply, gives a sequence of consultation steps and describes costs compared with the costs of eviction.",
    ),
    (
        "housing-affordability-index",
        "Housing affordability in 200 cities",
        "data-set",
        ["housing-land", "urban-economy"],
        "2024-08-19",
        "Data and Analytics Unit",
        ["affordability", "open data"],
        "This data set reports the ratio of median house prices and rents to median household income in two hundred cities, with the sources and years used for each. It allows comparison between cities of similar size and region. The accompanying note explains the method, the limits of price data in informal markets and how local teams can submit corrections for their city.",
    ),
    (
        "public-space-toolkit",
        "Public space assessment toolkit",
        "guide",
        ["planning-design"],
        "2023-04-05",
        "Planning and Design Lab",
        ["public space", "participation"],
        "Good streets, parks and squares make cities healthier and safer, but many cities do not know how much public space they have or who uses it. This toolkit shows how to map public spaces, survey users by age and gender and score each space for access, safety and comfort. It includes survey forms, a scoring sheet and advice on involving young people in collecting data.",
    ),
    (
        "compact-city-growth",
        "Planning for compact growth",
        "report",
        ["planning-design", "climate-action"],
        "2022-07-28",
        "Planning and Design Lab",
        ["urban expansion", "density"],
        "Many cities are spreading outward faster than their populations grow, which raises the cost of roads, pipes and commuting. This report analyses satellite images of one hundred cities over twenty years and links the pattern of expansion to planning decisions. It recommends planning arterial roads ahead of growth, allowing mixed uses and setting minimum densities near public transport.",
    ),
    (
        "street-design-children",
        "Streets for children",
        "handbook",
        ["planning-design"],
        "2025-02-17",
        "Planning and Design Lab",
        ["streets", "road safety", "children"],
        "Road traffic is a leading cause of death for children in many cities. This handbook shows how to redesign streets around schools so that children can walk and cycle safely: narrower lanes, raised crossings, lower speed limits and space to wait. It gives drawings that can be adapted to local conditions and explains how to test changes quickly with paint and planters before rebuilding.",
    ),
    (
        "neighbourhood-planning-participatory",
        "Neighbourhood plans made with residents",
        "working-paper",
        ["planning-design", "housing-land"],
        "2021-03-09",
        "Planning and Design Lab",
        ["participation", "neighbourhood planning"],
        "Plans made without residents are often ignored once the consultants leave. This working paper examines participatory neighbourhood planning in twenty neighbourhoods and asks what changed as a result. It finds that plans lasted when residents helped set priorities, when budgets were attached to the first projects and when the municipality reported back on progress. It closes with questions for further research.",
    ),
    (
        "water-utility-performance",
        "Water utilities that reach the poor",
        "report",
        ["basic-services"],
        "2023-11-21",
        "Urban Basic Services Section",
        ["water", "utilities"],
        "Piped water often stops at the edge of informal neighbourhoods, and residents pay more for less safe water from vendors. This report studies utilities in eight cities that extended connections to low-income areas. It describes how they financed connections, cut losses and worked with community groups to collect bills, and it estimates how much households saved once they were connected.",
    ),
    (
        "sanitation-onsite-guide",
        "On-site sanitation that works",
        "guide",
        ["basic-services"],
        "2022-05-16",
        "Urban Basic Services Section",
        ["sanitation", "faecal sludge"],
        "Most urban residents in low-income countries rely on pit latrines and septic tanks, not sewers. This guide explains how cities can make on-site sanitation safe: regular emptying, licensed operators, treatment sites and clear rules for landlords. It gives cost estimates for each step and shows how three cities organised scheduled emptying services paid for through a small fee on water bills.",
    ),
    (
        "solid-waste-collection",
        "Solid waste collection in growing cities",
        "policy-brief",
        ["basic-services", "climate-action"],
        "2024-09-30",
        "Urban Basic Services Section",
        ["waste", "recycling"],
        "Uncollected waste blocks drains, spreads disease and releases methane. This brief summarises what cities can do within current budgets: route planning for collection trucks, contracts with informal waste pickers, separate collection of organic waste and small composting sites. It compares costs and results across twelve cities and lists the data a city needs to start improving its service.",
    ),
    (
        "electricity-informal-settlements",
        "Safe electricity connections in informal settlements",
        "working-paper",
        ["basic-services", "housing-land"],
        "2021-08-24",
        "Urban Basic Services Section",
        ["energy", "informal settlements"],
        "Illegal electricity connections cause fires and deaths in informal settlements, and utilities lose revenue. This working paper looks at programmes that offered legal connections with prepaid meters and shared poles. It assesses their effect on safety, household spending and utility finances, and it discusses why some programmes stalled when land tenure was disputed or when tariffs rose sharply.",
    ),
    (
        "mobility-minibus-reform",
        "Reforming minibus transport",
        "report",
        ["basic-services", "urban-economy"],
        "2025-04-02",
        "Urban Mobility Section",
        ["transport", "minibuses"],
        "Minibuses carry most commuters in many cities, yet they are seldom part of transport plans. This report follows reforms in six cities that brought operators into cooperatives, introduced fixed routes and cashless payment and improved vehicles. It describes how drivers' incomes, travel times and road safety changed, and it sets out what city authorities should negotiate with operators before reform begins.",
    ),
    (
        "post-earthquake-reconstruction",
        "Rebuilding after earthquakes: lessons from five cities",
        "report",
        ["crisis-recovery", "housing-land"],
        "2023-02-28",
        "Crisis Response Unit",
        ["reconstruction", "earthquakes"],
        "After an earthquake, the pressure to rebuild fast can lead to new homes that are unsafe or far from jobs. This report compares reconstruction in five cities and identifies practices that produced safer, better located housing: owner-driven rebuilding with cash grants, engineers visiting each site and quick decisions on land. It also records mistakes that delayed families' return for years.",
    ),
    (
        "displacement-urban-response",
        "Displaced people in cities: a practical response",
        "guide",
        ["crisis-recovery"],
        "2024-01-15",
        "Crisis Response Unit",
        ["displacement", "refugees"],
        "Most people fleeing conflict or disaster now settle in cities rather than camps. This guide helps municipalities plan for them: counting who has arrived, extending water and schools to host neighbourhoods, including newcomers in housing programmes and easing access to work. It draws on examples from the Middle East, East Africa and Latin America and lists partners a city can call on.",
    ),
    (
        "urban-profiling-crisis",
        "Urban profiling in times of crisis",
        "handbook",
        ["crisis-recovery", "planning-design"],
        "2022-12-07",
        "Crisis Response Unit",
        ["profiling", "data"],
        "When a crisis hits, responders need to know quickly which neighbourhoods are affected and what services still work. This handbook describes a rapid profiling method that combines satellite imagery, key informant interviews and existing municipal data. It explains how to produce a first profile within two weeks, how to update it and how to share results without exposing vulnerable people.",
    ),
    (
        "pandemic-informal-economy",
        "The pandemic and the informal urban economy",
        "working-paper",
        ["crisis-recovery", "urban-economy"],
        "2021-06-18",
        "Urban Economy Section",
        ["COVID-19", "informal economy"],
        "Lockdowns hit street vendors, domestic workers and market traders hardest. This working paper uses surveys of informal workers in ten cities to measure lost income and how households coped. It shows that cities that kept markets open with safety measures and paid cash transfers through mobile money protected livelihoods better, and it suggests how to prepare similar measures for future shocks.",
    ),
    (
        "municipal-own-source-revenue",
        "Raising municipal revenue fairly",
        "handbook",
        ["urban-economy"],
        "2023-08-09",
        "Local Finance Section",
        ["property tax", "revenue"],
        "Cities that depend on national transfers struggle to maintain roads and services. This handbook explains how to raise more revenue locally without burdening poor households: updating property registers, simplifying tax rates, collecting fees digitally and showing residents what their taxes pay for. It includes a self-assessment tool and examples of cities that doubled revenue within five years.",
    ),
    (
        "land-value-capture",
        "Land value capture for infrastructure",
        "policy-brief",
        ["urban-economy", "planning-design"],
        "2022-02-23",
        "Local Finance Section",
        ["land value capture", "infrastructure finance"],
        "When a city builds a road or a transit line, nearby land gains value, but the owners usually keep the gain. This brief explains instruments that let cities recover part of it: betterment levies, the sale of building rights and land readjustment. It sets out the legal and administrative conditions each instrument needs and when a city should choose one over another.",
    ),
    (
        "green-jobs-cities",
        "Green jobs in cities",
        "report",
        ["urban-economy", "climate-action"],
        "2024-06-26",
        "Urban Economy Section",
        ["employment", "green economy"],
        "Retrofitting buildings, expanding public transport and recycling waste can create local jobs. This report estimates how many and what kind of jobs such investments would create in thirty cities, and who would be able to take them. It recommends linking investment plans to vocational training and procurement rules so that young people and women share in the new work.",
    ),
    (
        "street-vending-regulation",
        "Making room for street vendors",
        "policy-brief",
        ["urban-economy", "planning-design"],
        "2025-03-11",
        "Urban Economy Section",
        ["street vending", "public space"],
        "Street vendors provide cheap food and goods and an income for millions, yet many cities treat them as a nuisance. This brief reviews regulations in fifteen cities and recommends approaches that keep pavements passable while protecting livelihoods: designated vending zones, simple permits, vendor committees and clear rules on confiscation. It lists questions councils can use when revising their bylaws.",
    ),
    (
        "city-prosperity-indicators",
        "City prosperity indicators 2023",
        "data-set",
        ["urban-economy"],
        "2023-12-12",
        "Data and Analytics Unit",
        ["indicators", "open data"],
        "This data set brings together indicators of productivity, infrastructure, quality of life, equity, environment and governance for three hundred cities. Each indicator lists its source, year and method, so that cities can compare themselves with peers and track progress. The note explains how the composite index is built, how missing values are treated and how to request an update.",
    ),
    (
        "youth-in-urban-governance",
        "Young people in city decision-making",
        "working-paper",
        ["planning-design", "urban-economy"],
        "2020-11-04",
        "Youth and Participation Unit",
        ["youth", "governance"],
        "Young people are the majority in many cities but are rarely consulted on plans and budgets. This working paper surveys youth councils and participatory budgeting schemes in eighteen cities and asks which ones changed decisions. It finds that youth bodies with their own budget and a fixed place in the planning calendar had the most influence, and it discusses the risks of token participation.",
    ),
    (
        "gender-safe-cities",
        "Safer cities for women and girls",
        "guide",
        ["planning-design", "basic-services"],
        "2020-03-08",
        "Youth and Participation Unit",
        ["gender", "safety"],
        "Many women and girls avoid streets, transport and markets because they fear harassment. This guide helps cities identify unsafe places through safety walks and surveys and then act on them: lighting, visible toilets, staffed transport stops and reporting systems that work. It explains how to measure whether changes made a difference and how to involve women's groups throughout.",
    ),
    (
        "slum-upgrading-finance",
        "Financing slum upgrading at scale",
        "report",
        ["housing-land", "urban-economy"],
        "2020-07-15",
        "Housing Unit",
        ["slum upgrading", "finance"],
        "Upgrading projects improve lives but rarely reach more than a few neighbourhoods. This report looks at how programmes in Asia and Latin America financed upgrading across whole cities, combining public budgets, community savings, land value capture and loans. It estimates the cost per household of basic upgrading and describes the institutions that kept programmes going across changes of government.",
    ),
    (
        "air-quality-monitoring",
        "Low-cost air quality monitoring for cities",
        "guide",
        ["climate-action", "basic-services"],
        "2025-05-20",
        "Urban Resilience Unit",
        ["air quality", "sensors"],
        "Polluted air shortens lives in most large cities, yet many have only one official monitoring station. This guide explains how to add low-cost sensors to build a neighbourhood picture: choosing devices, placing them, correcting their readings against a reference station and publishing results people can understand. It also covers maintenance budgets and what the data can and cannot show.",
    ),
]

# Translations of every publication but the named gaps: {slug: {language code: (title, abstract)}}.
TRANSLATIONS = {
    "cooling-informal-neighbourhoods": {
        "fr": (
            "Rafraîchir les quartiers informels",
            "Les vagues de chaleur durent plus longtemps dans les villes du Sahel et d'Asie du Sud, et les habitants des quartiers informels les subissent les premiers : toits minces, peu d'ombre, aucun rafraîchissement. Ce rapport suit douze quartiers qui ont peint leurs toits en blanc, planté des arbres et ouvert des centres de fraîcheur. Il mesure les températures intérieures avant et après, estime le coût par ménage et indique les mesures que les habitants ont choisi d'entretenir eux-mêmes.",
        ),
        "es": (
            "Refrescar los barrios informales",
            "Las olas de calor duran cada vez más en las ciudades del Sahel y del sur de Asia, y quienes viven en barrios informales las sufren primero: techos delgados, poca sombra y ninguna refrigeración. Este informe sigue a doce barrios que pintaron sus techos de blanco, plantaron árboles y abrieron centros de refresco. Mide las temperaturas interiores antes y después, estima el costo por hogar y señala qué medidas decidieron mantener los propios vecinos.",
        ),
        "ar": (
            "تبريد الأحياء غير الرسمية",
            "تطول موجات الحر في مدن الساحل وجنوب آسيا، ويشعر بها سكان الأحياء غير الرسمية أولاً: أسقف رقيقة وظل قليل ولا وسائل للتبريد. يتتبع هذا التقرير اثني عشر حياً طلى سكانها الأسقف باللون الأبيض وزرعوا الأشجار وافتتحوا مراكز للتبريد. ويقيس درجات الحرارة داخل المنازل قبل التدخل وبعده، ويقدّر التكلفة لكل أسرة، ويبيّن التدابير التي اختار السكان صيانتها بأنفسهم.",
        ),
        "zh-hans": (
            "为非正规街区降温",
            "萨赫勒和南亚城市的热浪持续时间越来越长，非正规街区的居民首当其冲：屋顶单薄，遮荫稀少，没有降温设施。本报告跟踪了十二个把屋顶刷白、种植行道树并开设纳凉中心的街区。报告测量了采取措施前后的室内温度，估算了每户成本，并列出居民选择自行维护的措施。",
        ),
        "ru": (
            "Как охладить неформальные кварталы",
            "В городах Сахеля и Южной Азии волны жары длятся всё дольше, и первыми их ощущают жители неформальных кварталов: тонкие крыши, мало тени и никакого охлаждения. В докладе прослеживается опыт двенадцати кварталов, где крыши покрасили в белый цвет, посадили деревья и открыли пункты охлаждения. В нём измерены температуры в домах до и после, оценены затраты на одно домохозяйство и показано, какие меры жители решили поддерживать сами.",
        ),
    },
    "flood-early-warning-small-cities": {
        "fr": (
            "Alerte précoce aux inondations pour les petites villes",
            "Les petites villes ont rarement un hydrologue, mais elles font face à des crues soudaines annoncées quelques heures seulement à l'avance. Ce guide montre au personnel municipal comment mettre en place une chaîne d'alerte simple avec des échelles limnimétriques, des SMS et des volontaires. Il comprend une liste de contrôle pour la première saison, un modèle de carte d'évacuation et l'exemple de trois villes qui ont réduit le nombre de morts.",
        ),
        "es": (
            "Alerta temprana de inundaciones para ciudades pequeñas",
            "Las ciudades pequeñas rara vez cuentan con un hidrólogo, pero sufren crecidas repentinas que avisan con apenas unas horas. Esta guía muestra al personal municipal cómo montar una cadena de alerta sencilla con limnímetros, mensajes de texto y voluntarios del barrio. Incluye una lista de control para la primera temporada, una plantilla de mapa de evacuación y ejemplos de tres ciudades que redujeron las muertes por inundaciones.",
        ),
        "ar": (
            "الإنذار المبكر بالفيضانات في المدن الصغيرة",
            "نادراً ما يكون لدى المدن الصغيرة خبير في علم المياه، لكنها تواجه سيولاً مفاجئة لا تُنذر إلا قبل ساعات قليلة. يبيّن هذا الدليل لموظفي البلديات كيف ينشئون سلسلة إنذار بسيطة باستخدام مقاييس منسوب الأنهار والرسائل النصية ومتطوعين من المجتمع المحلي. ويتضمن قائمة مرجعية للموسم الأول ونموذجاً لخرائط الإخلاء وأمثلة من ثلاث مدن خفّضت الوفيات الناجمة عن الفيضانات بعد اعتماد هذا النهج.",
        ),
        "zh-hans": (
            "小城市洪水预警",
            "小城市很少配备水文专家，却要面对只提前几个小时发出征兆的山洪。本指南向市政工作人员介绍如何利用河流水位计、手机短信和社区志愿者建立简单的预警链。指南包括第一个汛期的检查清单、疏散地图模板，以及三个城市采用这一方法后洪水死亡人数下降的实例。",
        ),
        "ru": (
            "Раннее оповещение о наводнениях для малых городов",
            "В малых городах редко есть гидролог, а внезапные паводки предупреждают о себе лишь за несколько часов. Руководство показывает сотрудникам муниципалитетов, как выстроить простую цепочку оповещения с помощью речных водомерных постов, текстовых сообщений и добровольцев из местных сообществ. В нём есть контрольный список на первый сезон, шаблон карт эвакуации и примеры трёх городов, где после внедрения такого подхода гибель людей при наводнениях сократилась.",
        ),
    },
    "municipal-climate-budgets": {
        "fr": (
            "Intégrer le climat dans les budgets municipaux",
            "La plupart des plans climat des villes ne sont jamais financés, car ils restent en dehors du cycle budgétaire. Cette note explique comment les services financiers peuvent repérer les dépenses qui réduisent les émissions ou les risques, en rendre compte aux conseils municipaux et s’appuyer sur ce marquage pour attirer des transferts nationaux. Elle s’inspire de l’expérience de neuf villes et propose cinq étapes qu’un trésorier peut engager en une seule année budgétaire.",
        ),
        "es": (
            "Integrar el clima en los presupuestos municipales",
            "La mayoría de los planes climáticos de las ciudades nunca se financian porque quedan fuera del ciclo presupuestario. Esta nota explica cómo los departamentos de finanzas pueden etiquetar el gasto que reduce emisiones o riesgos, informar de él a los concejos y usar esas etiquetas para atraer transferencias nacionales. Se basa en la experiencia de nueve ciudades y propone cinco pasos que un tesorero puede iniciar en un solo año presupuestario.",
        ),
        "ar": (
            "إدراج المناخ في ميزانيات البلديات",
            "لا تُموَّل معظم خطط المناخ في المدن أبداً لأنها تبقى خارج دورة الميزانية. يشرح هذا الموجز كيف يمكن لإدارات المالية وسم الإنفاق الذي يخفض الانبعاثات أو يقلل المخاطر، وإبلاغ المجالس البلدية به، واستخدام هذا الوسم لاجتذاب التحويلات الوطنية. ويستند إلى تجربة تسع مدن ويقترح خمس خطوات يمكن لأمين الخزينة أن يبدأها خلال سنة مالية واحدة.",
        ),
        "zh-hans": (
            "将气候纳入市政预算",
            "大多数城市气候计划从未获得资金，因为它们游离于预算周期之外。本简报说明财政部门如何标记减少排放或降低风险的支出，向市议会报告，并利用这些标记争取国家转移支付。简报借鉴了九个城市的经验，提出了财务主管在一个预算年度内即可着手的五个步骤。",
        ),
        "ru": (
            "Климат в муниципальных бюджетах",
            "Большинство городских климатических планов так и не получают финансирования, потому что остаются вне бюджетного цикла. В записке объясняется, как финансовые отделы могут маркировать расходы, сокращающие выбросы или снижающие риски, отчитываться о них перед советами и использовать эту маркировку для привлечения национальных трансфертов. Она основана на опыте девяти городов и предлагает пять шагов, которые казначей может начать в течение одного бюджетного года.",
        ),
    },
    "coastal-cities-sea-level": {
        "fr": (
            "Villes côtières et montée des mers : choisir où construire",
            "Les villes côtières doivent décider où placer les nouveaux logements et les nouvelles routes alors que le trait de côte se déplace. Ce document de travail compare les règles de zonage, les lignes de recul et le repli planifié dans quatorze villes côtières. Il constate que des cartes claires des futures zones inondables, établies avec les habitants, comptent davantage que l’ingénierie seule, et propose des indicateurs permettant aux urbanistes de vérifier que les nouvelles constructions évitent les zones les plus exposées.",
        ),
        "es": (
            "Ciudades costeras y subida del mar: elegir dónde construir",
            "Las ciudades costeras deben decidir dónde van las nuevas viviendas y carreteras mientras la línea de costa se desplaza. Este documento de trabajo compara normas de zonificación, líneas de retiro y retiro planificado en catorce ciudades costeras. Concluye que unos mapas claros de las futuras zonas inundables, acordados con los vecinos, importan más que la ingeniería por sí sola, y propone indicadores para que los planificadores comprueben si las nuevas construcciones evitan las zonas de mayor riesgo.",
        ),
        "ar": (
            "المدن الساحلية وارتفاع البحار: اختيار أماكن البناء",
            "على المدن الساحلية أن تقرر أين تقام المساكن والطرق الجديدة بينما يتحرك خط الساحل. تقارن ورقة العمل هذه قواعد تقسيم المناطق وخطوط الارتداد والانسحاب المخطط في أربع عشرة مدينة ساحلية. وتخلص إلى أن الخرائط الواضحة لخطوط الفيضان المستقبلية، المتفق عليها مع السكان، أهم من الحلول الهندسية وحدها، وتقترح مؤشرات يستخدمها المخططون للتحقق من أن البناء الجديد يتجنب المناطق الأشد تعرضاً للخطر.",
        ),
        "zh-hans": (
            "沿海城市与海平面上升：选择在哪里建设",
            "在海岸线不断变化的情况下，沿海城市必须决定新住房和道路建在哪里。本工作文件比较了十四个沿海城市的分区规则、退让线和有计划后撤等做法。研究发现，与居民共同商定、清晰标出未来洪水线的地图，比单纯依靠工程措施更重要；文件还提出了一些指标，供规划人员检查新建项目是否避开了风险最高的区域。",
        ),
        "ru": (
            "Прибрежные города и наступление моря: где строить",
            "Прибрежным городам приходится решать, где размещать новые дома и дороги, пока береговая линия смещается. В рабочем документе сравниваются правила зонирования, линии отступа и плановое отступление в четырнадцати прибрежных городах. Вывод: чёткие карты будущих границ затопления, согласованные с жителями, важнее одних инженерных решений; предлагаются показатели, по которым градостроители могут проверить, обходит ли новое строительство самые опасные участки.",
        ),
    },
    "urban-heat-data-2024": {
        "fr": (
            "Observations de la chaleur urbaine 2024",
            "Ce jeu de données rassemble les relevés quotidiens de température au niveau de la rue, issus de capteurs à bas coût installés dans quarante villes pendant la saison chaude 2024. Chaque enregistrement indique l’emplacement, le type de surface et la température horaire, afin que les urbanistes puissent comparer rues ombragées et rues exposées. La note décrit l’étalonnage des capteurs, les lacunes connues et la manière de citer les données dans les plans locaux contre la chaleur.",
        ),
        "es": (
            "Observaciones del calor urbano 2024",
            "Este conjunto de datos reúne lecturas diarias de temperatura a nivel de calle tomadas por sensores de bajo costo en cuarenta ciudades durante la temporada de calor de 2024. Cada registro indica la ubicación, el tipo de superficie y la temperatura por hora, para que los planificadores puedan comparar calles con y sin sombra. La nota describe cómo se calibraron los sensores, cuáles son los vacíos conocidos y cómo citar los datos en los planes locales contra el calor.",
        ),
        "ar": (
            "رصد الحرارة الحضرية 2024",
            "تجمع مجموعة البيانات هذه قراءات يومية لدرجات الحرارة على مستوى الشارع من أجهزة استشعار منخفضة التكلفة في أربعين مدينة خلال موسم الحر لعام 2024. ويتضمن كل سجل الموقع ونوع السطح ودرجة الحرارة كل ساعة، كي يتمكن المخططون من المقارنة بين الشوارع المظللة وغير المظللة. وتصف المذكرة المرفقة طريقة معايرة أجهزة الاستشعار والثغرات المعروفة وكيفية الاستشهاد بالبيانات عند استخدامها في خطط مواجهة الحر المحلية.",
        ),
        "zh-hans": (
            "2024年城市高温观测数据",
            "本数据集汇集了2024年炎热季节四十个城市低成本传感器记录的街道每日气温读数。每条记录包括位置、地表类型和逐时气温，便于规划人员比较有遮荫和无遮荫的街道。说明文件介绍了传感器的校准方法、已知的数据缺口，以及在地方防暑计划中使用这些数据时的引用方式。",
        ),
        "ru": (
            "Наблюдения за городской жарой, 2024 год",
            "В наборе собраны ежедневные показания температуры на уровне улиц, полученные недорогими датчиками в сорока городах в жаркий сезон 2024 года. В каждой записи указаны место, тип покрытия и почасовая температура, чтобы градостроители могли сравнивать затенённые и открытые улицы. В пояснительной записке описано, как калибровались датчики, какие известны пробелы и как ссылаться на данные в местных планах борьбы с жарой.",
        ),
    },
    "incremental-housing-handbook": {
        "fr": (
            "Le logement progressif : manuel pour les collectivités locales",
            "Dans les villes en croissance, la plupart des logements sont construits pièce par pièce, au rythme de l'épargne des familles. Ce manuel aide les collectivités locales à accompagner ce processus au lieu de le combattre. Il traite des parcelles viabilisées, des permis de construire simplifiés, des petits prêts à la construction et des conseils techniques sur les fondations et les toitures, avec des questions pour réviser les règles locales.",
        ),
        "es": (
            "Vivienda progresiva: manual para gobiernos locales",
            "En las ciudades que crecen, la mayoría de las viviendas se construyen habitación por habitación, a medida que las familias ahorran. Este manual ayuda a los gobiernos locales a apoyar ese proceso en lugar de combatirlo. Trata de lotes con servicios, permisos de construcción sencillos, pequeños préstamos para construir y asesoría técnica sobre cimientos y techos. Cada capítulo termina con preguntas que un departamento de vivienda puede usar para revisar sus propias normas y procedimientos.",
        ),
        "ar": (
            "الإسكان التدريجي: كتيّب للحكومات المحلية",
            "تُبنى معظم المساكن في المدن المتنامية غرفةً بعد غرفة كلما ادّخرت الأسر. يساعد هذا الكتيّب الحكومات المحلية على دعم هذه العملية بدلاً من محاربتها. ويتناول الأراضي المخدومة وتراخيص البناء المبسطة وقروض البناء الصغيرة والمشورة الفنية بشأن الأساسات والأسقف، ويختم كل فصل بأسئلة تستخدمها إدارات الإسكان لمراجعة قواعدها وإجراءاتها.",
        ),
        "zh-hans": (
            "渐进式住房：地方政府手册",
            "在不断发展的城市里，大多数住房是家庭攒够钱后一间一间建起来的。本手册帮助地方政府支持而不是阻碍这一过程，内容涵盖配套服务地块、简化的建房许可、小额建房贷款，以及地基和屋顶方面的技术咨询。每章末尾都列有问题，供住房部门审视自身的规则和程序。",
        ),
        "ru": (
            "Поэтапное жилищное строительство: руководство для местных органов власти",
            "В растущих городах большинство домов строится комната за комнатой, по мере того как семьи накапливают средства. Справочник помогает местным властям поддерживать этот процесс, а не бороться с ним. В нём рассматриваются участки с подведёнными коммуникациями, упрощённые разрешения на строительство, небольшие строительные займы и технические консультации по фундаментам и крышам. Каждая глава завершается вопросами, с помощью которых жилищный отдел может пересмотреть свои правила и процедуры.",
        ),
    },
    "rental-housing-africa": {
        "fr": (
            "Louer dans les villes africaines : qui loue et pourquoi c’est important",
            "Dans de nombreuses villes africaines, la moitié des ménages urbains sont locataires, mais la politique du logement reste centrée sur la propriété. Ce rapport s’appuie sur des enquêtes auprès des ménages de onze villes pour décrire les locataires, leurs loyers et la sécurité de leur occupation. Il montre que les petits bailleurs fournissent l’essentiel des logements locatifs et soutient qu’une réglementation légère, un règlement équitable des litiges et un appui aux petits bailleurs protégeraient mieux les locataires que le plafonnement des loyers.",
        ),
        "es": (
            "Alquilar en las ciudades africanas: quién alquila y por qué importa",
            "En muchas ciudades africanas la mitad de los hogares urbanos alquila, pero la política de vivienda sigue centrada en la propiedad. Este informe utiliza encuestas de hogares de once ciudades para describir a los inquilinos, sus alquileres y la seguridad de su tenencia. Muestra que los pequeños propietarios ofrecen la mayor parte de las viviendas en alquiler y sostiene que una regulación ligera, una resolución justa de conflictos y el apoyo a los pequeños arrendadores protegerían mejor a los inquilinos que los topes de alquiler.",
        ),
        "ar": (
            "الإيجار في المدن الأفريقية: من يستأجر ولماذا يهم ذلك",
            "تستأجر نصف الأسر الحضرية مساكنها في كثير من المدن الأفريقية، ومع ذلك ما زالت سياسات الإسكان تركز على التملك. يستخدم هذا التقرير مسوحاً للأسر في إحدى عشرة مدينة لوصف المستأجرين وإيجاراتهم وأمن حيازتهم. ويبيّن أن صغار الملاك يوفرون معظم المساكن المؤجرة، ويرى أن التنظيم الخفيف وتسوية النزاعات بإنصاف ودعم صغار الملاك تحمي المستأجرين أفضل من تحديد سقوف للإيجارات.",
        ),
        "zh-hans": (
            "在非洲城市租房：谁在租房，为何重要",
            "在许多非洲城市，一半的城市家庭租房居住，但住房政策仍然侧重于拥有产权。本报告利用十一个城市的住户调查，描述了租户的情况、他们支付的租金和租住保障。报告表明，大部分出租房由小房东提供，并认为适度监管、公平解决纠纷和扶持小房东，比租金上限更能保护租户。",
        ),
        "ru": (
            "Аренда жилья в африканских городах: кто снимает и почему это важно",
            "Во многих африканских городах половина городских домохозяйств снимает жильё, но жилищная политика по-прежнему ориентирована на собственность. В докладе на основе обследований домохозяйств в одиннадцати городах описаны арендаторы, их арендная плата и гарантии проживания. Показано, что бо́льшую часть арендного жилья предоставляют мелкие арендодатели, и утверждается, что мягкое регулирование, справедливое разрешение споров и поддержка мелких арендодателей защитят арендаторов лучше, чем ограничение арендной платы.",
        ),
    },
    "land-records-digital": {
        "fr": (
            "Des registres fonciers numériques dignes de confiance",
            "La numérisation des registres fonciers peut réduire les litiges et la fraude, mais seulement si les habitants peuvent les vérifier et les corriger. Cette note examine des projets menés dans six pays et relève ce qui a rendu les registres fiables : des journées publiques de vérification, des copies papier pour les propriétaires, des frais abordables et un moyen d’enregistrer les droits coutumiers et informels. Elle met en garde contre les systèmes qui n’enregistrent que les titres formels et laissent de côté la plupart des habitants.",
        ),
        "es": (
            "Registros de tierras digitales en los que la gente confía",
            "Digitalizar los registros de tierras puede reducir conflictos y fraudes, pero solo si la gente puede consultarlos y corregirlos. Esta nota revisa proyectos de seis países e identifica qué hizo confiables los registros: jornadas públicas de verificación, copias en papel para los propietarios, tasas asequibles y una forma de registrar los derechos consuetudinarios e informales. Advierte contra los sistemas que registran solo los títulos formales y dejan fuera a la mayoría de los habitantes.",
        ),
        "ar": (
            "سجلات أراضٍ رقمية يثق بها الناس",
            "يمكن لرقمنة سجلات الأراضي أن تقلل النزاعات والاحتيال، ولكن فقط إذا استطاع الناس التحقق منها وتصحيحها. يستعرض هذا الموجز مشاريع في ستة بلدان ويحدد ما جعل السجلات موثوقة: أيام تحقق علنية، ونسخ ورقية للمالكين، ورسوم في متناول الناس، وطريقة لتسجيل الحقوق العرفية وغير الرسمية. ويحذّر من الأنظمة التي لا تسجل إلا سندات الملكية الرسمية فتستبعد معظم السكان.",
        ),
        "zh-hans": (
            "让人信赖的数字土地登记",
            "土地登记数字化可以减少纠纷和欺诈，但前提是人们能够查询和更正记录。本简报回顾了六个国家的项目，总结出使登记记录获得信任的做法：公开核实日、为业主提供纸质副本、负担得起的收费，以及登记习惯权利和非正式权利的途径。简报提醒，不要采用只登记正式产权、把大多数居民排除在外的系统。",
        ),
        "ru": (
            "Цифровые земельные реестры, которым доверяют",
            "Оцифровка земельных реестров может сократить споры и мошенничество, но только если люди могут проверять и исправлять записи. В записке рассмотрены проекты в шести странах и выделено, что сделало реестры надёжными: открытые дни проверки, бумажные копии для владельцев, доступные пошлины и возможность регистрировать обычные и неформальные права. Записка предостерегает от систем, которые учитывают лишь формальные титулы и оставляют за бортом большинство жителей.",
        ),
    },
    "evictions-alternatives": {
        "fr": (
            "Des alternatives aux expulsions forcées",
            "Les expulsions forcées enfoncent les familles dans la pauvreté et règlent rarement le problème qui les a provoquées. Ce guide présente des solutions concrètes aux responsables municipaux pressés de libérer des terrains : la réhabilitation sur place, la réinstallation négociée avec les habitants et le partage du foncier. Il explique les garanties juridiques applicables, propose une séquence d’étapes de consultation et compare les coûts de ces solutions à ceux d’une expulsion.",
        ),
        "es": (
            "Alternativas a los desalojos forzosos",
            "Los desalojos forzosos hunden más a las familias en la pobreza y rara vez resuelven el problema que los provocó. Esta guía presenta alternativas prácticas para los funcionarios municipales presionados para despejar terrenos: el mejoramiento en el lugar, el reasentamiento negociado con los vecinos y el reparto del suelo. Explica las salvaguardias legales aplicables, propone una secuencia de pasos de consulta y compara sus costos con los de un desalojo.",
        ),
        "ar": (
            "بدائل لعمليات الإخلاء القسري",
            "يدفع الإخلاء القسري الأسر إلى مزيد من الفقر، ونادراً ما يحل المشكلة التي أدت إليه. يعرض هذا الدليل بدائل عملية لمسؤولي المدن الذين يتعرضون لضغوط لإخلاء الأراضي: التحسين في الموقع، وإعادة التوطين بالتفاوض مع السكان، وتقاسم الأراضي. ويشرح الضمانات القانونية الواجبة التطبيق، ويقترح تسلسلاً لخطوات التشاور، ويقارن تكاليف هذه البدائل بتكاليف الإخلاء.",
        ),
        "zh-hans": (
            "强制驱逐的替代办法",
            "强制驱逐使家庭陷入更深的贫困，而且很少能解决引发驱逐的问题。本指南为面临清理土地压力的城市官员提供切实可行的替代办法：就地改造、与居民协商搬迁，以及土地共享。指南说明了适用的法律保障措施，给出了协商步骤的顺序，并将这些办法的成本与驱逐的成本进行了比较。",
        ),
        "ru": (
            "Альтернативы принудительным выселениям",
            "Принудительные выселения загоняют семьи в ещё бо́льшую бедность и редко решают проблему, ради которой проводились. Руководство предлагает практические альтернативы для городских чиновников, от которых требуют освободить землю: благоустройство на месте, переселение по договорённости с жителями и совместное использование земли. В нём разъясняются применимые правовые гарантии, предложена последовательность консультаций и приведено сравнение затрат с затратами на выселение.",
        ),
    },
    "housing-affordability-index": {
        "fr": (
            "L’accessibilité du logement dans 200 villes",
            "Ce jeu de données indique, pour deux cents villes, le rapport entre le prix médian des logements et des loyers et le revenu médian des ménages, avec les sources et les années utilisées pour chacune. Il permet de comparer des villes de taille et de région semblables. La note d’accompagnement explique la méthode, les limites des données de prix sur les marchés informels et la manière dont les équipes locales peuvent proposer des corrections pour leur ville.",
        ),
        "es": (
            "Asequibilidad de la vivienda en 200 ciudades",
            "Este conjunto de datos presenta, para doscientas ciudades, la relación entre el precio mediano de la vivienda y de los alquileres y el ingreso mediano de los hogares, con las fuentes y los años usados en cada caso. Permite comparar ciudades de tamaño y región similares. La nota que lo acompaña explica el método, los límites de los datos de precios en los mercados informales y cómo los equipos locales pueden enviar correcciones para su ciudad.",
        ),
        "ar": (
            "القدرة على تحمل تكاليف السكن في 200 مدينة",
            "تعرض مجموعة البيانات هذه نسبة متوسط أسعار المساكن والإيجارات إلى متوسط دخل الأسرة في مئتي مدينة، مع المصادر والسنوات المستخدمة لكل منها. وتتيح المقارنة بين مدن متقاربة في الحجم والمنطقة. وتشرح المذكرة المرفقة المنهجية وحدود بيانات الأسعار في الأسواق غير الرسمية، وكيف يمكن للفرق المحلية تقديم تصحيحات لمدينتها.",
        ),
        "zh-hans": (
            "200个城市的住房可负担性",
            "本数据集列出了两百个城市的房价和租金中位数与家庭收入中位数之比，并注明每个城市所用的数据来源和年份，便于比较规模和区域相近的城市。随附说明介绍了计算方法、非正规市场价格数据的局限，以及地方团队如何为本市提交更正。",
        ),
        "ru": (
            "Доступность жилья в 200 городах",
            "Набор данных содержит для двухсот городов отношение медианной стоимости жилья и аренды к медианному доходу домохозяйства с указанием источников и лет для каждого города. Он позволяет сравнивать города одного размера и региона. В сопроводительной записке объясняются методика, ограничения ценовых данных на неформальных рынках и порядок, в котором местные группы могут присылать исправления для своего города.",
        ),
    },
    "public-space-toolkit": {
        "fr": (
            "Boîte à outils pour évaluer l'espace public",
            "Des rues, des parcs et des places de qualité rendent les villes plus saines et plus sûres, mais beaucoup de villes ignorent combien d'espace public elles possèdent et qui l'utilise. Cette boîte à outils montre comment cartographier les espaces publics, interroger les usagers selon l'âge et le genre et noter chaque lieu pour l'accès, la sécurité et le confort, avec des formulaires et des conseils pour associer les jeunes.",
        ),
        "es": (
            "Herramientas para evaluar el espacio público",
            "Las buenas calles, parques y plazas hacen ciudades más sanas y seguras, pero muchas ciudades no saben cuánto espacio público tienen ni quién lo usa. Estas herramientas muestran cómo cartografiar los espacios públicos, encuestar a sus usuarios por edad y género y puntuar cada espacio según acceso, seguridad y comodidad. Incluyen formularios, una hoja de puntuación y consejos para que los jóvenes participen en la recogida de datos.",
        ),
        "ar": (
            "مجموعة أدوات لتقييم الأماكن العامة",
            "الشوارع والحدائق والساحات الجيدة تجعل المدن أكثر صحة وأماناً، لكن مدناً كثيرة لا تعرف مساحة أماكنها العامة ولا من يستخدمها. توضح مجموعة الأدوات هذه كيفية رسم خرائط الأماكن العامة، واستطلاع آراء مستخدميها حسب العمر والجنس، وتقييم كل مكان من حيث سهولة الوصول والأمان والراحة. وتتضمن استمارات استطلاع وجدول تقييم ونصائح لإشراك الشباب في جمع البيانات.",
        ),
        "zh-hans": (
            "公共空间评估工具包",
            "良好的街道、公园和广场让城市更健康、更安全，但许多城市并不清楚自己有多少公共空间、由谁在使用。本工具包介绍如何绘制公共空间地图，按年龄和性别调查使用者，并从可达性、安全性和舒适度三方面为每个空间打分。工具包附有调查表、评分表，以及让青年参与数据收集的建议。",
        ),
        "ru": (
            "Набор инструментов для оценки общественных пространств",
            "Хорошие улицы, парки и площади делают города здоровее и безопаснее, но многие города не знают, сколько у них общественных пространств и кто ими пользуется. Этот набор показывает, как нанести общественные пространства на карту, опросить пользователей с учётом возраста и пола и оценить каждое место по доступности, безопасности и удобству. В него входят опросные листы, оценочная таблица и советы о том, как привлечь молодёжь к сбору данных.",
        ),
    },
    "compact-city-growth": {
        "fr": (
            "Planifier une croissance compacte",
            "De nombreuses villes s’étendent plus vite que leur population ne croît, ce qui renchérit les routes, les réseaux et les trajets quotidiens. Ce rapport analyse vingt ans d’images satellitaires de cent villes et relie la forme de leur expansion aux décisions d’aménagement. Il recommande de tracer les axes principaux avant l’urbanisation, d’autoriser la mixité des usages et de fixer des densités minimales à proximité des transports publics.",
        ),
        "es": (
            "Planificar un crecimiento compacto",
            "Muchas ciudades se extienden más rápido de lo que crece su población, lo que encarece las calles, las redes de tuberías y los desplazamientos. Este informe analiza imágenes satelitales de cien ciudades a lo largo de veinte años y relaciona la forma de su expansión con las decisiones de planificación. Recomienda trazar las vías arteriales antes del crecimiento, permitir usos mixtos y fijar densidades mínimas cerca del transporte público.",
        ),
        "ar": (
            "التخطيط لنمو متراص",
            "تتمدد مدن كثيرة نحو الخارج أسرع من نمو سكانها، ما يرفع تكلفة الطرق وشبكات الأنابيب والتنقل اليومي. يحلل هذا التقرير صوراً ساتلية لمئة مدينة على مدى عشرين عاماً، ويربط نمط التوسع بقرارات التخطيط. ويوصي بتخطيط الطرق الرئيسية قبل النمو، والسماح بالاستخدامات المختلطة، وتحديد حد أدنى للكثافة قرب وسائل النقل العام.",
        ),
        "zh-hans": (
            "规划紧凑型增长",
            "许多城市向外扩张的速度超过了人口增长的速度，推高了道路、管网和通勤的成本。本报告分析了一百个城市二十年来的卫星图像，把扩张形态与规划决策联系起来。报告建议在城市增长之前规划主干道，允许混合用途，并在公共交通沿线设定最低密度。",
        ),
        "ru": (
            "Планирование компактного роста",
            "Многие города разрастаются быстрее, чем растёт их население, и это удорожает дороги, сети и поездки на работу. В докладе проанализированы спутниковые снимки ста городов за двадцать лет, а характер расширения сопоставлен с решениями в области планирования. Рекомендуется прокладывать магистрали до начала застройки, допускать смешанное использование территорий и устанавливать минимальную плотность вблизи общественного транспорта.",
        ),
    },
    "street-design-children": {
        "fr": (
            "Des rues pour les enfants",
            "Dans de nombreuses villes, la circulation routière est l’une des premières causes de décès des enfants. Ce manuel montre comment réaménager les rues autour des écoles pour que les enfants puissent marcher et circuler à vélo en sécurité : voies plus étroites, passages surélevés, vitesses réduites et espaces d’attente. Il propose des plans adaptables aux conditions locales et explique comment tester rapidement les changements avec de la peinture et des bacs à plantes avant de reconstruire.",
        ),
        "es": (
            "Calles para la infancia",
            "En muchas ciudades, el tráfico es una de las principales causas de muerte infantil. Este manual muestra cómo rediseñar las calles alrededor de las escuelas para que niñas y niños caminen y vayan en bicicleta con seguridad: carriles más estrechos, cruces elevados, límites de velocidad más bajos y espacio para esperar. Ofrece planos adaptables a las condiciones locales y explica cómo probar los cambios rápidamente con pintura y maceteros antes de reconstruir.",
        ),
        "ar": (
            "شوارع للأطفال",
            "حوادث المرور من الأسباب الرئيسية لوفاة الأطفال في مدن كثيرة. يبيّن هذا الكتيّب كيفية إعادة تصميم الشوارع المحيطة بالمدارس كي يتمكن الأطفال من المشي وركوب الدراجات بأمان: ممرات أضيق، ومعابر مرتفعة، وحدود سرعة أدنى، ومساحات للانتظار. ويقدم رسوماً يمكن تكييفها مع الظروف المحلية، ويشرح كيفية اختبار التغييرات بسرعة باستخدام الطلاء وأحواض النباتات قبل إعادة البناء.",
        ),
        "zh-hans": (
            "儿童友好街道",
            "在许多城市，道路交通是儿童死亡的主要原因之一。本手册介绍如何改造学校周边街道，让儿童能够安全步行和骑车：收窄车道、抬高人行横道、降低限速，并留出等候空间。手册提供可根据当地条件调整的设计图，并说明如何先用涂料和花箱快速试验改动，再进行改建。",
        ),
        "ru": (
            "Улицы для детей",
            "Во многих городах дорожное движение — одна из главных причин гибели детей. Справочник показывает, как перестроить улицы вокруг школ, чтобы дети могли безопасно ходить пешком и ездить на велосипеде: более узкие полосы, приподнятые переходы, сниженные ограничения скорости и места для ожидания. В нём есть чертежи, которые можно адаптировать к местным условиям, и объясняется, как быстро опробовать изменения с помощью разметки и кадок с растениями, прежде чем перестраивать улицу.",
        ),
    },
    "neighbourhood-planning-participatory": {
        "fr": (
            "Des plans de quartier élaborés avec les habitants",
            "Les plans élaborés sans les habitants sont souvent ignorés dès le départ des consultants. Ce document de travail examine la planification participative dans vingt quartiers et se demande ce qui a changé grâce à elle. Il constate que les plans ont duré lorsque les habitants ont contribué à fixer les priorités, lorsque des budgets étaient attachés aux premiers projets et lorsque la municipalité rendait compte de l’avancement. Il se termine par des questions pour de futures recherches.",
        ),
        "es": (
            "Planes de barrio hechos con los vecinos",
            "Los planes hechos sin los vecinos suelen olvidarse en cuanto se van los consultores. Este documento de trabajo examina la planificación participativa en veinte barrios y se pregunta qué cambió gracias a ella. Concluye que los planes perduraron cuando los vecinos ayudaron a fijar las prioridades, cuando los primeros proyectos tenían presupuesto asignado y cuando el municipio informaba de los avances. Termina con preguntas para futuras investigaciones.",
        ),
        "ar": (
            "مخططات أحياء تُعدّ مع السكان",
            "كثيراً ما تُهمل المخططات التي تُعدّ دون السكان بمجرد مغادرة الاستشاريين. تتناول ورقة العمل هذه التخطيط التشاركي في عشرين حياً وتسأل عما تغيّر نتيجة له. وتخلص إلى أن المخططات استمرت حين ساعد السكان في تحديد الأولويات، وحين رُصدت ميزانيات للمشاريع الأولى، وحين أطلعت البلدية السكان على التقدم المحرز. وتُختتم بأسئلة لبحوث مستقبلية.",
        ),
        "zh-hans": (
            "与居民共同制定的街区规划",
            "没有居民参与制定的规划，往往在顾问离开后就被搁置。本工作文件考察了二十个街区的参与式规划，探讨它带来了哪些变化。研究发现，当居民参与确定优先事项、首批项目有预算支持、市政府定期通报进展时，规划才能持续下去。文件最后提出了有待进一步研究的问题。",
        ),
        "ru": (
            "Планы кварталов, составленные вместе с жителями",
            "Планы, составленные без жителей, часто забывают, как только уезжают консультанты. В рабочем документе рассматривается участие жителей в планировании двадцати кварталов и то, что в результате изменилось. Планы оказывались долговечными, когда жители помогали определять приоритеты, когда первые проекты получали бюджет и когда муниципалитет отчитывался о ходе работ. В заключение сформулированы вопросы для дальнейших исследований.",
        ),
    },
    "water-utility-performance": {
        "fr": (
            "Des services d’eau qui atteignent les plus pauvres",
            "L’eau courante s’arrête souvent à la lisière des quartiers informels, et les habitants paient plus cher auprès de revendeurs une eau moins sûre. Ce rapport étudie les services d’eau de huit villes qui ont étendu les raccordements aux quartiers à faible revenu. Il décrit comment ils ont financé les branchements, réduit les pertes et travaillé avec des groupes communautaires pour recouvrer les factures, et estime ce que les ménages ont économisé une fois raccordés.",
        ),
        "es": (
            "Empresas de agua que llegan a los más pobres",
            "El agua por tubería suele detenerse en el borde de los barrios informales, y sus habitantes pagan más por agua menos segura comprada a vendedores. Este informe estudia empresas de agua de ocho ciudades que extendieron las conexiones a zonas de bajos ingresos. Describe cómo financiaron las conexiones, redujeron las pérdidas y trabajaron con grupos comunitarios para cobrar las facturas, y estima cuánto ahorraron los hogares una vez conectados.",
        ),
        "ar": (
            "مرافق مياه تصل إلى الفقراء",
            "كثيراً ما تتوقف شبكات المياه عند أطراف الأحياء غير الرسمية، فيدفع سكانها أكثر مقابل مياه أقل أماناً يشترونها من الباعة. يدرس هذا التقرير مرافق المياه في ثماني مدن مدّت التوصيلات إلى المناطق المنخفضة الدخل. ويصف كيف موّلت التوصيلات وخفّضت الفاقد وعملت مع المجموعات المجتمعية لتحصيل الفواتير، ويقدّر ما وفّرته الأسر بعد توصيلها بالشبكة.",
        ),
        "zh-hans": (
            "惠及贫困人口的供水公司",
            "自来水管网往往止步于非正规街区的边缘，居民只能花更多的钱从小贩那里买来不够安全的水。本报告研究了八个城市的供水公司如何把接户管网延伸到低收入地区，介绍了它们如何为接户筹资、减少漏损、与社区团体合作收取水费，并估算了家庭接通管网后节省的开支。",
        ),
        "ru": (
            "Водоканалы, которые доходят до бедных",
            "Водопровод часто обрывается на границе неформальных кварталов, и их жители платят больше за менее безопасную воду у перекупщиков. В докладе изучены водоканалы восьми городов, которые провели подключения в районы с низкими доходами. Описано, как они финансировали подключения, сокращали потери и вместе с общественными группами собирали плату, и оценено, сколько сэкономили домохозяйства после подключения.",
        ),
    },
    "sanitation-onsite-guide": {
        "fr": (
            "Un assainissement autonome qui fonctionne",
            "Dans les pays à faible revenu, la plupart des citadins dépendent de latrines à fosse et de fosses septiques, et non d’égouts. Ce guide explique comment les villes peuvent rendre l’assainissement autonome sûr : vidange régulière, opérateurs agréés, sites de traitement et règles claires pour les propriétaires. Il donne une estimation des coûts de chaque étape et montre comment trois villes ont organisé des services de vidange programmée financés par une petite redevance sur les factures d’eau.",
        ),
        "es": (
            "Saneamiento in situ que funciona",
            "En los países de bajos ingresos, la mayoría de la población urbana depende de letrinas de pozo y fosas sépticas, no de alcantarillado. Esta guía explica cómo las ciudades pueden hacer seguro el saneamiento in situ: vaciado periódico, operadores con licencia, plantas de tratamiento y normas claras para los propietarios. Estima el costo de cada paso y muestra cómo tres ciudades organizaron servicios de vaciado programado pagados con una pequeña tasa en la factura del agua.",
        ),
        "ar": (
            "صرف صحي في الموقع يؤدي الغرض",
            "يعتمد معظم سكان المدن في البلدان المنخفضة الدخل على المراحيض ذات الحفر وخزانات التحليل، لا على شبكات المجاري. يشرح هذا الدليل كيف يمكن للمدن أن تجعل الصرف الصحي في الموقع آمناً: التفريغ المنتظم، ومشغلون مرخصون، ومواقع للمعالجة، وقواعد واضحة لملاك العقارات. ويقدّر تكلفة كل خطوة، ويبيّن كيف نظمت ثلاث مدن خدمات تفريغ مجدولة تُموَّل برسم صغير يضاف إلى فواتير المياه.",
        ),
        "zh-hans": (
            "行之有效的就地卫生设施",
            "在低收入国家，大多数城市居民依靠旱厕和化粪池，而不是下水道。本指南说明城市如何确保就地卫生设施安全：定期清掏、持证运营商、处理场所，以及针对房东的明确规定。指南估算了每一环节的成本，并介绍了三个城市如何通过在水费中加收少量费用，组织定期清掏服务。",
        ),
        "ru": (
            "Локальная санитария, которая работает",
            "В странах с низким уровнем дохода большинство горожан пользуются выгребными уборными и септиками, а не канализацией. Руководство объясняет, как города могут сделать локальную санитарию безопасной: регулярная откачка, лицензированные операторы, очистные площадки и чёткие правила для домовладельцев. В нём оценена стоимость каждого этапа и показано, как три города организовали откачку по графику, оплачиваемую небольшим сбором в счетах за воду.",
        ),
    },
    "solid-waste-collection": {
        "fr": (
            "La collecte des déchets dans les villes en croissance",
            "Les déchets non collectés bouchent les caniveaux, propagent les maladies et libèrent du méthane. Cette note résume ce que les villes peuvent faire avec leurs budgets actuels : planifier les tournées des camions, passer des contrats avec les récupérateurs informels, collecter séparément les déchets organiques et ouvrir de petits sites de compostage. Elle compare coûts et résultats dans douze villes et énumère les données dont une ville a besoin pour commencer à améliorer son service.",
        ),
        "es": (
            "Recolección de residuos sólidos en ciudades que crecen",
            "Los residuos sin recoger tapan los desagües, propagan enfermedades y liberan metano. Esta nota resume lo que las ciudades pueden hacer con sus presupuestos actuales: planificar las rutas de los camiones, contratar a recicladores informales, recoger por separado los residuos orgánicos y abrir pequeños sitios de compostaje. Compara costos y resultados en doce ciudades y enumera los datos que una ciudad necesita para empezar a mejorar su servicio.",
        ),
        "ar": (
            "جمع النفايات الصلبة في المدن المتنامية",
            "النفايات التي لا تُجمع تسد المصارف وتنشر الأمراض وتطلق غاز الميثان. يلخص هذا الموجز ما يمكن للمدن فعله في حدود ميزانياتها الحالية: تخطيط مسارات شاحنات الجمع، والتعاقد مع جامعي النفايات غير الرسميين، والجمع المنفصل للنفايات العضوية، وإنشاء مواقع صغيرة للتسميد. ويقارن التكاليف والنتائج في اثنتي عشرة مدينة، ويعدّد البيانات التي تحتاجها المدينة لتبدأ تحسين خدمتها.",
        ),
        "zh-hans": (
            "快速发展城市的固体废物收集",
            "未收集的垃圾会堵塞排水沟、传播疾病并释放甲烷。本简报总结了城市在现有预算内可以采取的措施：规划垃圾车的收运路线、与非正规拾荒者签订合同、单独收集有机垃圾，以及建立小型堆肥点。简报比较了十二个城市的成本和成效，并列出城市着手改进服务所需的数据。",
        ),
        "ru": (
            "Сбор твёрдых отходов в растущих городах",
            "Невывезенный мусор забивает водостоки, распространяет болезни и выделяет метан. В записке кратко изложено, что города могут сделать в рамках нынешних бюджетов: планировать маршруты мусоровозов, заключать договоры с неформальными сборщиками отходов, отдельно собирать органические отходы и открывать небольшие компостные площадки. Сравниваются затраты и результаты в двенадцати городах и перечисляются данные, которые нужны городу, чтобы начать улучшать свою службу.",
        ),
    },
    "electricity-informal-settlements": {
        "fr": (
            "Des branchements électriques sûrs dans les quartiers informels",
            "Les branchements électriques illégaux provoquent des incendies et des décès dans les quartiers informels, et les compagnies d’électricité perdent des recettes. Ce document de travail examine des programmes qui ont proposé des branchements légaux avec compteurs à prépaiement et poteaux partagés. Il évalue leurs effets sur la sécurité, les dépenses des ménages et les finances des compagnies, et analyse pourquoi certains programmes se sont enlisés lorsque le foncier était contesté ou que les tarifs augmentaient fortement.",
        ),
        "es": (
            "Conexiones eléctricas seguras en asentamientos informales",
            "Las conexiones eléctricas ilegales causan incendios y muertes en los asentamientos informales, y las empresas eléctricas pierden ingresos. Este documento de trabajo analiza programas que ofrecieron conexiones legales con medidores de prepago y postes compartidos. Evalúa su efecto en la seguridad, el gasto de los hogares y las finanzas de las empresas, y analiza por qué algunos programas se estancaron cuando la tenencia de la tierra estaba en disputa o las tarifas subieron bruscamente.",
        ),
        "ar": (
            "توصيلات كهرباء آمنة في المستوطنات غير الرسمية",
            "تتسبب توصيلات الكهرباء غير القانونية في حرائق ووفيات في المستوطنات غير الرسمية، وتخسر شركات الكهرباء إيراداتها. تتناول ورقة العمل هذه برامج وفّرت توصيلات قانونية بعدادات مسبقة الدفع وأعمدة مشتركة. وتقيّم أثرها في السلامة وإنفاق الأسر والوضع المالي للشركات، وتناقش أسباب تعثر بعض البرامج حين كانت حيازة الأراضي موضع نزاع أو حين ارتفعت التعريفات بشدة.",
        ),
        "zh-hans": (
            "非正规住区的安全用电接入",
            "非法接电在非正规住区引发火灾和死亡，电力公司也因此损失收入。本工作文件研究了提供合法接电、配备预付费电表和共用电线杆的方案，评估了这些方案对安全、家庭支出和电力公司财务的影响，并分析了一些方案在土地权属存在争议或电价大幅上涨时陷入停滞的原因。",
        ),
        "ru": (
            "Безопасное подключение к электросети в неформальных поселениях",
            "Незаконные подключения к электросети вызывают пожары и гибель людей в неформальных поселениях, а энергокомпании теряют доходы. В рабочем документе рассматриваются программы, которые предлагали законное подключение с предоплатными счётчиками и общими опорами. Оценивается их влияние на безопасность, расходы домохозяйств и финансы компаний и обсуждается, почему некоторые программы застопорились, когда права на землю оспаривались или тарифы резко росли.",
        ),
    },
    "mobility-minibus-reform": {
        "fr": (
            "Réformer le transport par minibus",
            "Dans de nombreuses villes, les minibus transportent la plupart des usagers, mais ils figurent rarement dans les plans de transport. Ce rapport suit des réformes menées dans six villes qui ont regroupé les exploitants en coopératives, introduit des lignes fixes et le paiement sans espèces et amélioré les véhicules. Il décrit l’évolution des revenus des chauffeurs, des temps de trajet et de la sécurité routière, et indique ce que les autorités devraient négocier avec les exploitants avant toute réforme.",
        ),
        "es": (
            "Reformar el transporte en minibús",
            "En muchas ciudades los minibuses llevan a la mayoría de quienes se desplazan al trabajo, pero casi nunca forman parte de los planes de transporte. Este informe sigue las reformas de seis ciudades que agruparon a los operadores en cooperativas, introdujeron rutas fijas y pago sin efectivo y mejoraron los vehículos. Describe cómo cambiaron los ingresos de los conductores, los tiempos de viaje y la seguridad vial, y expone lo que las autoridades deben negociar con los operadores antes de empezar.",
        ),
        "ar": (
            "إصلاح النقل بالحافلات الصغيرة",
            "تنقل الحافلات الصغيرة معظم الركاب اليوميين في مدن كثيرة، ومع ذلك نادراً ما تكون جزءاً من خطط النقل. يتتبع هذا التقرير إصلاحات في ست مدن جمعت المشغلين في تعاونيات، واعتمدت خطوطاً ثابتة والدفع غير النقدي، وحسّنت المركبات. ويصف كيف تغيرت دخول السائقين وأزمنة الرحلات والسلامة على الطرق، ويحدد ما ينبغي لسلطات المدن التفاوض عليه مع المشغلين قبل بدء الإصلاح.",
        ),
        "zh-hans": (
            "改革小巴交通",
            "在许多城市，小巴承担了大部分通勤客流，却很少被纳入交通规划。本报告跟踪了六个城市的改革：把经营者组织成合作社，实行固定线路和无现金支付，并改善车辆。报告介绍了司机收入、出行时间和道路安全的变化，并列出城市当局在改革开始前应与经营者协商的事项。",
        ),
        "ru": (
            "Реформа маршрутных такси",
            "Во многих городах маршрутки перевозят большинство пассажиров, но почти никогда не входят в транспортные планы. В докладе прослеживаются реформы в шести городах, где перевозчиков объединили в кооперативы, ввели постоянные маршруты и безналичную оплату и обновили транспорт. Описано, как изменились доходы водителей, время в пути и безопасность движения, и перечислено, о чём городским властям следует договориться с перевозчиками до начала реформы.",
        ),
    },
    "post-earthquake-reconstruction": {
        "fr": (
            "Reconstruire après un séisme : les leçons de cinq villes",
            "Après un séisme, la pression pour reconstruire vite peut produire des logements dangereux ou éloignés des emplois. Ce rapport compare la reconstruction dans cinq villes et relève les pratiques qui ont donné des logements plus sûrs et mieux situés : une reconstruction conduite par les propriétaires avec des aides en espèces, des ingénieurs visitant chaque chantier et des décisions rapides sur le foncier. Il consigne aussi les erreurs qui ont retardé de plusieurs années le retour des familles.",
        ),
        "es": (
            "Reconstruir después de los terremotos: lecciones de cinco ciudades",
            "Después de un terremoto, la presión por reconstruir rápido puede dar lugar a viviendas inseguras o alejadas del empleo. Este informe compara la reconstrucción en cinco ciudades e identifica las prácticas que produjeron viviendas más seguras y mejor ubicadas: reconstrucción a cargo de los propietarios con ayudas en efectivo, ingenieros que visitan cada obra y decisiones rápidas sobre el suelo. También recoge los errores que retrasaron durante años el regreso de las familias.",
        ),
        "ar": (
            "إعادة البناء بعد الزلازل: دروس من خمس مدن",
            "بعد الزلزال، قد يؤدي الضغط لإعادة البناء بسرعة إلى مساكن جديدة غير آمنة أو بعيدة عن أماكن العمل. يقارن هذا التقرير إعادة الإعمار في خمس مدن ويحدد الممارسات التي أنتجت مساكن أكثر أماناً وأفضل موقعاً: إعادة بناء يقودها المالكون بمنح نقدية، ومهندسون يزورون كل موقع، وقرارات سريعة بشأن الأراضي. كما يوثق الأخطاء التي أخّرت عودة الأسر سنوات.",
        ),
        "zh-hans": (
            "地震后的重建：五个城市的经验",
            "地震过后，急于快速重建可能导致新建住房不安全或远离就业地点。本报告比较了五个城市的重建情况，总结出建成更安全、选址更合理住房的做法：由房主主导重建并提供现金补助、工程师逐一走访每个工地，以及迅速就土地问题作出决定。报告还记录了一些使家庭推迟数年才得以返回的错误。",
        ),
        "ru": (
            "Восстановление после землетрясений: уроки пяти городов",
            "После землетрясения стремление быстро всё отстроить может привести к небезопасному жилью или жилью вдали от работы. В докладе сравнивается восстановление в пяти городах и выделяются практики, давшие более безопасное и удачно расположенное жильё: восстановление силами владельцев с денежными грантами, инженеры, посещающие каждую площадку, и быстрые решения по земле. Отмечены и ошибки, из-за которых семьи годами не могли вернуться домой.",
        ),
    },
    "displacement-urban-response": {
        "fr": (
            "Les personnes déplacées en ville : une réponse pratique",
            "La plupart des personnes qui fuient un conflit ou une catastrophe s'installent aujourd'hui en ville plutôt que dans des camps. Ce guide aide les municipalités à s'y préparer : recenser les arrivants, étendre l'eau et les écoles dans les quartiers d'accueil, inclure les nouveaux venus dans les programmes de logement et faciliter l'accès au travail, à partir d'exemples du Moyen-Orient, d'Afrique de l'Est et d'Amérique latine.",
        ),
        "es": (
            "Personas desplazadas en las ciudades: una respuesta práctica",
            "La mayoría de las personas que huyen de conflictos o desastres se instalan hoy en ciudades y no en campamentos. Esta guía ayuda a los municipios a planificar su llegada: contar a quienes han llegado, extender el agua y las escuelas a los barrios de acogida, incluir a los recién llegados en los programas de vivienda y facilitar el acceso al trabajo. Se basa en ejemplos de Oriente Medio, África Oriental y América Latina y enumera los socios a los que puede recurrir una ciudad.",
        ),
        "ar": (
            "النازحون في المدن: استجابة عملية",
            "يستقر معظم الفارّين من النزاعات والكوارث اليوم في المدن لا في المخيمات. يساعد هذا الدليل البلديات على التخطيط لاستقبالهم: إحصاء الوافدين، وتوسيع خدمات المياه والمدارس في الأحياء المضيفة، وإدماج القادمين الجدد في برامج الإسكان، وتيسير وصولهم إلى العمل. ويستند إلى أمثلة من الشرق الأوسط وشرق أفريقيا وأمريكا اللاتينية، ويعدّد الشركاء الذين يمكن للمدينة الاستعانة بهم.",
        ),
        "zh-hans": (
            "城市中的流离失所者：务实应对",
            "如今，大多数逃离冲突或灾害的人在城市而不是营地中安顿下来。本指南帮助市政当局为此做好规划：统计新到人员，把供水和学校扩展到接纳街区，将新来者纳入住房方案，并为他们就业提供便利。指南借鉴了中东、东非和拉丁美洲的实例，并列出城市可以求助的合作伙伴。",
        ),
        "ru": (
            "Перемещённые лица в городах: практические меры",
            "Большинство людей, бегущих от конфликтов или бедствий, сегодня оседают в городах, а не в лагерях. Руководство помогает муниципалитетам подготовиться к их приёму: учесть прибывших, провести воду и расширить школы в принимающих кварталах, включить новоприбывших в жилищные программы и облегчить им доступ к работе. Оно опирается на примеры Ближнего Востока, Восточной Африки и Латинской Америки и перечисляет партнёров, к которым город может обратиться.",
        ),
    },
    "urban-profiling-crisis": {
        "fr": (
            "Le profilage urbain en temps de crise",
            "Lorsqu’une crise survient, les intervenants doivent savoir rapidement quels quartiers sont touchés et quels services fonctionnent encore. Ce manuel décrit une méthode de profilage rapide qui combine imagerie satellitaire, entretiens avec des informateurs clés et données municipales existantes. Il explique comment produire un premier profil en deux semaines, comment le mettre à jour et comment partager les résultats sans exposer les personnes vulnérables.",
        ),
        "es": (
            "Perfiles urbanos en tiempos de crisis",
            "Cuando llega una crisis, quienes responden necesitan saber rápidamente qué barrios están afectados y qué servicios siguen funcionando. Este manual describe un método de elaboración rápida de perfiles que combina imágenes satelitales, entrevistas con informantes clave y datos municipales existentes. Explica cómo obtener un primer perfil en dos semanas, cómo actualizarlo y cómo compartir los resultados sin exponer a las personas vulnerables.",
        ),
        "ar": (
            "إعداد الملامح الحضرية في أوقات الأزمات",
            "حين تقع أزمة، يحتاج المستجيبون إلى معرفة الأحياء المتضررة والخدمات التي ما زالت تعمل بسرعة. يصف هذا الكتيّب طريقة سريعة لإعداد الملامح تجمع بين صور الأقمار الصناعية ومقابلات مع مصادر معلومات رئيسية والبيانات البلدية المتاحة. ويشرح كيفية إعداد ملمح أول في غضون أسبوعين، وكيفية تحديثه، وكيفية تبادل النتائج دون تعريض الفئات الضعيفة للخطر.",
        ),
        "zh-hans": (
            "危机时期的城市概况分析",
            "危机发生时，救援人员需要迅速了解哪些街区受到影响、哪些服务仍在运转。本手册介绍一种快速概况分析方法，结合卫星图像、关键知情人访谈和现有市政数据，说明如何在两周内形成第一份概况、如何更新，以及如何在不暴露弱势群体的前提下共享结果。",
        ),
        "ru": (
            "Профилирование городов во время кризиса",
            "Когда случается кризис, тем, кто реагирует, нужно быстро понять, какие кварталы пострадали и какие службы ещё работают. В справочнике описан метод быстрого профилирования, сочетающий спутниковые снимки, интервью с ключевыми информантами и имеющиеся муниципальные данные. Объясняется, как за две недели подготовить первый профиль, как его обновлять и как делиться результатами, не подвергая опасности уязвимых людей.",
        ),
    },
    "pandemic-informal-economy": {
        "fr": (
            "La pandémie et l’économie urbaine informelle",
            "Les confinements ont frappé le plus durement les vendeurs de rue, les travailleurs domestiques et les commerçants des marchés. Ce document de travail s’appuie sur des enquêtes menées auprès de travailleurs informels de dix villes pour mesurer les pertes de revenus et la manière dont les ménages ont fait face. Il montre que les villes qui ont maintenu les marchés ouverts avec des mesures sanitaires et versé des transferts monétaires par téléphone mobile ont mieux protégé les moyens de subsistance, et propose de préparer des mesures semblables pour les chocs futurs.",
        ),
        "es": (
            "La pandemia y la economía urbana informal",
            "Los confinamientos golpearon con más fuerza a vendedores ambulantes, trabajadoras del hogar y comerciantes de mercados. Este documento de trabajo usa encuestas a trabajadores informales de diez ciudades para medir la pérdida de ingresos y cómo resistieron los hogares. Muestra que las ciudades que mantuvieron abiertos los mercados con medidas de seguridad y pagaron transferencias en efectivo por dinero móvil protegieron mejor los medios de vida, y sugiere cómo preparar medidas similares para futuras crisis.",
        ),
        "ar": (
            "الجائحة والاقتصاد الحضري غير الرسمي",
            "أصابت إجراءات الإغلاق الباعة الجائلين والعمال المنزليين وتجار الأسواق بأشد الضرر. تستخدم ورقة العمل هذه مسوحاً للعاملين في القطاع غير الرسمي في عشر مدن لقياس الدخل المفقود وكيف تدبرت الأسر أمورها. وتبيّن أن المدن التي أبقت الأسواق مفتوحة مع تدابير السلامة وصرفت تحويلات نقدية عبر الأموال المتنقلة حمت سبل العيش بشكل أفضل، وتقترح كيفية الاستعداد بتدابير مماثلة للصدمات المقبلة.",
        ),
        "zh-hans": (
            "新冠疫情与城市非正规经济",
            "封锁措施对街头小贩、家政工人和市场商贩的打击最为沉重。本工作文件利用对十个城市非正规劳动者的调查，衡量他们的收入损失以及家庭的应对方式。研究表明，在采取防护措施的前提下保持市场开放、并通过移动支付发放现金补贴的城市，更好地保护了居民生计；文件还就如何为今后的冲击准备类似措施提出了建议。",
        ),
        "ru": (
            "Пандемия и неформальная городская экономика",
            "Сильнее всего локдауны ударили по уличным торговцам, домашним работникам и рыночным продавцам. В рабочем документе на основе опросов неформальных работников в десяти городах измерены потери доходов и способы, которыми домохозяйства справлялись. Показано, что города, сохранившие работу рынков с мерами безопасности и выплачивавшие денежные пособия через мобильные платежи, лучше защитили источники заработка, и предложено, как подготовить подобные меры к будущим потрясениям.",
        ),
    },
    "municipal-own-source-revenue": {
        "fr": (
            "Accroître équitablement les recettes municipales",
            "Les villes qui dépendent des transferts nationaux peinent à entretenir leurs routes et leurs services. Ce manuel explique comment lever davantage de recettes locales sans peser sur les ménages pauvres : mettre à jour les registres fonciers, simplifier les taux d’imposition, percevoir les redevances par voie numérique et montrer aux habitants ce que financent leurs impôts. Il comprend un outil d’auto-évaluation et des exemples de villes qui ont doublé leurs recettes en cinq ans.",
        ),
        "es": (
            "Aumentar los ingresos municipales de forma justa",
            "Las ciudades que dependen de las transferencias nacionales tienen dificultades para mantener calles y servicios. Este manual explica cómo recaudar más a nivel local sin cargar a los hogares pobres: actualizar los catastros, simplificar las tasas, cobrar por medios digitales y mostrar a los vecinos en qué se usan sus impuestos. Incluye una herramienta de autoevaluación y ejemplos de ciudades que duplicaron sus ingresos en cinco años.",
        ),
        "ar": (
            "زيادة إيرادات البلديات بإنصاف",
            "تجد المدن التي تعتمد على التحويلات الوطنية صعوبة في صيانة الطرق والخدمات. يشرح هذا الكتيّب كيفية زيادة الإيرادات المحلية دون إثقال كاهل الأسر الفقيرة: تحديث سجلات العقارات، وتبسيط معدلات الضرائب، وتحصيل الرسوم رقمياً، وإطلاع السكان على ما تموّله ضرائبهم. ويتضمن أداة للتقييم الذاتي وأمثلة لمدن ضاعفت إيراداتها في غضون خمس سنوات.",
        ),
        "zh-hans": (
            "公平增加市政收入",
            "依赖国家转移支付的城市难以维护道路和公共服务。本手册说明如何在不加重贫困家庭负担的情况下增加地方收入：更新房产登记、简化税率、以数字方式收费，并向居民展示税款的用途。手册附有自我评估工具，以及在五年内使收入翻番的城市实例。",
        ),
        "ru": (
            "Справедливое увеличение муниципальных доходов",
            "Городам, зависящим от национальных трансфертов, трудно содержать дороги и службы. Справочник объясняет, как увеличить собственные доходы, не обременяя бедные семьи: обновить реестры недвижимости, упростить налоговые ставки, собирать сборы в цифровой форме и показывать жителям, на что идут их налоги. В нём есть инструмент самооценки и примеры городов, удвоивших доходы за пять лет.",
        ),
    },
    "land-value-capture": {
        "fr": (
            "La captation de la plus-value foncière pour financer les infrastructures",
            "Quand une ville construit une route ou une ligne de transport, les terrains voisins prennent de la valeur, mais ce sont en général les propriétaires qui en profitent. Cette note présente les instruments qui permettent aux villes d’en récupérer une partie : contributions de plus-value, vente de droits à bâtir et remembrement urbain. Elle précise les conditions juridiques et administratives de chaque instrument et indique quand privilégier l’un plutôt que l’autre.",
        ),
        "es": (
            "Captura de plusvalías del suelo para financiar infraestructura",
            "Cuando una ciudad construye una calle o una línea de transporte, el suelo cercano se valoriza, pero por lo general la ganancia se la quedan los propietarios. Esta nota explica los instrumentos que permiten a las ciudades recuperar una parte: contribuciones de valorización, venta de derechos de edificación y reajuste de terrenos. Expone las condiciones jurídicas y administrativas que requiere cada instrumento y cuándo conviene elegir uno u otro.",
        ),
        "ar": (
            "استرداد القيمة المضافة للأراضي لتمويل البنية التحتية",
            "حين تبني المدينة طريقاً أو خطاً للنقل، ترتفع قيمة الأراضي المجاورة، لكن المالكين يحتفظون عادة بهذه الزيادة. يشرح هذا الموجز الأدوات التي تتيح للمدن استرداد جزء منها: رسوم التحسين، وبيع حقوق البناء، وإعادة تنظيم الأراضي. ويحدد الشروط القانونية والإدارية التي تحتاجها كل أداة، ومتى ينبغي للمدينة تفضيل إحداها على الأخرى.",
        ),
        "zh-hans": (
            "以土地增值收益为基础设施融资",
            "城市修建道路或轨道交通线后，周边土地随之增值，但增值收益通常归土地所有者所有。本简报介绍城市收回部分增值收益的工具：改良税、出售建设权和土地重划，说明每种工具所需的法律和行政条件，以及城市在何种情况下应选择哪一种。",
        ),
        "ru": (
            "Изъятие прироста стоимости земли для финансирования инфраструктуры",
            "Когда город строит дорогу или линию транспорта, соседняя земля дорожает, но выгоду обычно получают владельцы. В записке описаны инструменты, позволяющие городам вернуть её часть: сборы за улучшение, продажа прав на застройку и перекомпоновка земельных участков. Изложены правовые и административные условия для каждого инструмента и указано, когда городу стоит предпочесть один другому.",
        ),
    },
    "green-jobs-cities": {
        "fr": (
            "Les emplois verts dans les villes",
            "La rénovation des bâtiments, l’extension des transports publics et le recyclage des déchets peuvent créer des emplois locaux. Ce rapport estime combien d’emplois, et de quel type, de tels investissements créeraient dans trente villes, et qui pourrait les occuper. Il recommande de relier les plans d’investissement à la formation professionnelle et aux règles de passation des marchés, afin que les jeunes et les femmes aient leur part de ce nouveau travail.",
        ),
        "es": (
            "Empleos verdes en las ciudades",
            "Rehabilitar edificios, ampliar el transporte público y reciclar residuos puede crear empleo local. Este informe estima cuántos empleos, y de qué tipo, crearían esas inversiones en treinta ciudades, y quién podría ocuparlos. Recomienda vincular los planes de inversión con la formación profesional y las normas de contratación pública para que los jóvenes y las mujeres participen en el nuevo trabajo.",
        ),
        "ar": (
            "الوظائف الخضراء في المدن",
            "يمكن لتحديث المباني وتوسيع النقل العام وإعادة تدوير النفايات أن يوفر وظائف محلية. يقدّر هذا التقرير عدد الوظائف التي ستخلقها هذه الاستثمارات في ثلاثين مدينة ونوعها، ومن سيتمكن من شغلها. ويوصي بربط خطط الاستثمار بالتدريب المهني وقواعد الشراء العام، كي ينال الشباب والنساء نصيبهم من العمل الجديد.",
        ),
        "zh-hans": (
            "城市中的绿色就业",
            "建筑节能改造、扩大公共交通和废物回收利用都能创造本地就业。本报告估算了这类投资将在三十个城市创造多少就业岗位、是哪些类型的岗位，以及谁有能力从事这些工作。报告建议把投资计划与职业培训和采购规则挂钩，让青年和妇女也能分享新增的工作机会。",
        ),
        "ru": (
            "Зелёные рабочие места в городах",
            "Модернизация зданий, развитие общественного транспорта и переработка отходов могут создавать рабочие места на местах. В докладе оценивается, сколько и каких рабочих мест такие вложения создадут в тридцати городах и кто сможет их занять. Рекомендуется увязывать инвестиционные планы с профессиональным обучением и правилами закупок, чтобы молодёжь и женщины получили свою долю новой работы.",
        ),
    },
    "street-vending-regulation": {
        "fr": (
            "Faire de la place aux vendeurs de rue",
            "Les vendeurs de rue offrent de la nourriture et des biens bon marché et font vivre des millions de personnes, mais beaucoup de villes les traitent comme une nuisance. Cette note examine la réglementation de quinze villes et recommande des approches qui laissent les trottoirs praticables tout en protégeant les moyens de subsistance : zones de vente désignées, permis simples, comités de vendeurs et règles claires en matière de saisie. Elle propose des questions aux conseils municipaux qui révisent leurs arrêtés.",
        ),
        "es": (
            "Hacer sitio a los vendedores ambulantes",
            "Los vendedores ambulantes ofrecen comida y productos baratos y son el sustento de millones de personas, pero muchas ciudades los tratan como una molestia. Esta nota revisa la normativa de quince ciudades y recomienda enfoques que mantengan las aceras transitables y protejan los medios de vida: zonas de venta designadas, permisos sencillos, comités de vendedores y reglas claras sobre decomisos. Enumera preguntas que los concejos pueden usar al revisar sus ordenanzas.",
        ),
        "ar": (
            "إفساح المجال للباعة الجائلين",
            "يوفر الباعة الجائلون طعاماً وسلعاً رخيصة ومصدر دخل لملايين الناس، لكن مدناً كثيرة تعاملهم بوصفهم مصدر إزعاج. يستعرض هذا الموجز اللوائح في خمس عشرة مدينة، ويوصي بنُهج تُبقي الأرصفة سالكة مع حماية سبل العيش: مناطق بيع محددة، وتصاريح بسيطة، ولجان للباعة، وقواعد واضحة بشأن المصادرة. ويعدّد أسئلة يمكن للمجالس البلدية الاستعانة بها عند مراجعة لوائحها.",
        ),
        "zh-hans": (
            "为街头摊贩留出空间",
            "街头摊贩提供廉价的食品和商品，也是数以百万计人口的收入来源，但许多城市把他们视为麻烦。本简报回顾了十五个城市的管理规定，建议采取既保持人行道畅通又保护生计的做法：划定经营区域、简化许可、成立摊贩委员会，以及制定明确的没收规则。简报还列出了市议会修订地方法规时可以参考的问题。",
        ),
        "ru": (
            "Место для уличных торговцев",
            "Уличные торговцы предлагают дешёвую еду и товары и дают заработок миллионам людей, но многие города относятся к ним как к помехе. В записке рассмотрены правила пятнадцати городов и рекомендованы подходы, которые оставляют тротуары проходимыми и при этом защищают заработок: выделенные зоны торговли, простые разрешения, комитеты торговцев и чёткие правила изъятия товара. Приведены вопросы, которые советы могут использовать при пересмотре своих постановлений.",
        ),
    },
    "city-prosperity-indicators": {
        "fr": (
            "Indicateurs de prospérité des villes 2023",
            "Ce jeu de données réunit des indicateurs de productivité, d’infrastructures, de qualité de vie, d’équité, d’environnement et de gouvernance pour trois cents villes. Chaque indicateur précise sa source, son année et sa méthode, afin que les villes puissent se comparer à leurs pairs et suivre leurs progrès. La note explique comment l’indice composite est construit, comment les valeurs manquantes sont traitées et comment demander une mise à jour.",
        ),
        "es": (
            "Indicadores de prosperidad urbana 2023",
            "Este conjunto de datos reúne indicadores de productividad, infraestructura, calidad de vida, equidad, medio ambiente y gobernanza de trescientas ciudades. Cada indicador indica su fuente, año y método, para que las ciudades puedan compararse con sus pares y seguir sus avances. La nota explica cómo se construye el índice compuesto, cómo se tratan los valores que faltan y cómo solicitar una actualización.",
        ),
        "ar": (
            "مؤشرات ازدهار المدن 2023",
            "تجمع مجموعة البيانات هذه مؤشرات للإنتاجية والبنية التحتية ونوعية الحياة والإنصاف والبيئة والحوكمة في ثلاثمئة مدينة. ويذكر كل مؤشر مصدره وسنته ومنهجيته، كي تتمكن المدن من مقارنة نفسها بنظيراتها وتتبع تقدمها. وتشرح المذكرة كيفية بناء المؤشر المركب، وكيفية معالجة القيم الناقصة، وطريقة طلب التحديث.",
        ),
        "zh-hans": (
            "2023年城市繁荣指标",
            "本数据集汇集了三百个城市在生产力、基础设施、生活质量、公平、环境和治理方面的指标。每项指标都注明来源、年份和方法，便于城市与同类城市比较并跟踪进展。说明文件介绍了综合指数的构建方法、缺失值的处理方式，以及申请更新数据的途径。",
        ),
        "ru": (
            "Показатели процветания городов, 2023 год",
            "Набор данных объединяет показатели производительности, инфраструктуры, качества жизни, равенства, состояния окружающей среды и управления для трёхсот городов. Для каждого показателя указаны источник, год и методика, чтобы города могли сравнивать себя с другими и следить за прогрессом. В записке объясняется, как строится сводный индекс, как обрабатываются пропущенные значения и как запросить обновление.",
        ),
    },
    "youth-in-urban-governance": {
        "fr": (
            "Les jeunes dans les décisions de la ville",
            "Les jeunes sont majoritaires dans de nombreuses villes, mais ils sont rarement consultés sur les plans et les budgets. Ce document de travail passe en revue les conseils de jeunes et les budgets participatifs de dix-huit villes et se demande lesquels ont modifié des décisions. Il constate que les instances de jeunes dotées de leur propre budget et d’une place fixe dans le calendrier de planification avaient le plus d’influence, et examine les risques d’une participation de façade.",
        ),
        "es": (
            "Los jóvenes en las decisiones de la ciudad",
            "Los jóvenes son mayoría en muchas ciudades, pero rara vez se les consulta sobre planes y presupuestos. Este documento de trabajo examina los consejos de juventud y los presupuestos participativos de dieciocho ciudades y se pregunta cuáles cambiaron decisiones. Concluye que los órganos juveniles con presupuesto propio y un lugar fijo en el calendario de planificación tuvieron más influencia, y analiza los riesgos de una participación simbólica.",
        ),
        "ar": (
            "الشباب في صنع القرار في المدينة",
            "يشكّل الشباب الأغلبية في مدن كثيرة، لكن نادراً ما يُستشارون في الخطط والميزانيات. تستعرض ورقة العمل هذه مجالس الشباب وبرامج الميزنة التشاركية في ثماني عشرة مدينة، وتسأل أيها غيّر القرارات. وتخلص إلى أن هيئات الشباب التي تملك ميزانية خاصة بها ومكاناً ثابتاً في جدول التخطيط كانت الأكثر تأثيراً، وتناقش مخاطر المشاركة الشكلية.",
        ),
        "zh-hans": (
            "青年参与城市决策",
            "在许多城市，青年占人口的大多数，却很少就规划和预算征求他们的意见。本工作文件调查了十八个城市的青年理事会和参与式预算机制，探讨哪些真正改变了决策。研究发现，拥有自己的预算、并在规划日程中占有固定位置的青年机构影响力最大；文件还讨论了形式化参与的风险。",
        ),
        "ru": (
            "Молодёжь в принятии городских решений",
            "Во многих городах молодёжь составляет большинство, но с ней редко советуются о планах и бюджетах. В рабочем документе изучены молодёжные советы и механизмы инициативного бюджетирования в восемнадцати городах и выясняется, какие из них повлияли на решения. Наибольшее влияние имели молодёжные органы с собственным бюджетом и постоянным местом в графике планирования; обсуждаются и риски формального участия.",
        ),
    },
    "gender-safe-cities": {
        "fr": (
            "Des villes plus sûres pour les femmes et les filles",
            "Beaucoup de femmes et de filles évitent les rues, les transports et les marchés par crainte du harcèlement. Ce guide aide les villes à repérer les lieux dangereux grâce à des marches exploratoires et à des enquêtes, puis à agir : éclairage, toilettes visibles, arrêts de transport surveillés et systèmes de signalement qui fonctionnent. Il explique comment mesurer l’effet des changements et comment associer les groupes de femmes à chaque étape.",
        ),
        "es": (
            "Ciudades más seguras para mujeres y niñas",
            "Muchas mujeres y niñas evitan calles, transporte y mercados por miedo al acoso. Esta guía ayuda a las ciudades a identificar los lugares inseguros mediante recorridos de seguridad y encuestas, y a actuar sobre ellos: iluminación, baños visibles, paradas de transporte con personal y sistemas de denuncia que funcionen. Explica cómo medir si los cambios marcaron una diferencia y cómo contar con los grupos de mujeres en todo el proceso.",
        ),
        "ar": (
            "مدن أكثر أماناً للنساء والفتيات",
            "تتجنب نساء وفتيات كثيرات الشوارع ووسائل النقل والأسواق خوفاً من التحرش. يساعد هذا الدليل المدن على تحديد الأماكن غير الآمنة من خلال جولات السلامة والاستطلاعات ثم معالجتها: الإنارة، ودورات المياه الظاهرة، ومواقف النقل المزودة بموظفين، وأنظمة إبلاغ فعالة. ويشرح كيفية قياس أثر التغييرات وكيفية إشراك المجموعات النسائية في كل المراحل.",
        ),
        "zh-hans": (
            "让城市对妇女和女童更安全",
            "许多妇女和女童因为害怕骚扰而不敢去街道、乘坐公共交通或逛市场。本指南帮助城市通过安全步行调查和问卷找出不安全的地点，并采取行动：增加照明、设置醒目的厕所、在交通站点安排工作人员，以及建立切实有效的举报系统。指南还说明如何衡量这些改变是否见效，以及如何让妇女团体全程参与。",
        ),
        "ru": (
            "Более безопасные города для женщин и девочек",
            "Многие женщины и девочки избегают улиц, транспорта и рынков, опасаясь домогательств. Руководство помогает городам выявлять опасные места с помощью обходов безопасности и опросов и затем принимать меры: освещение, заметные туалеты, остановки транспорта с персоналом и работающие системы сообщений о происшествиях. Объясняется, как измерить, изменило ли что-то принятое решение, и как вовлекать женские группы на всех этапах.",
        ),
    },
    "slum-upgrading-finance": {
        "fr": (
            "Financer la réhabilitation des bidonvilles à grande échelle",
            "Les projets de réhabilitation améliorent la vie des habitants, mais atteignent rarement plus de quelques quartiers. Ce rapport examine comment des programmes d’Asie et d’Amérique latine ont financé la réhabilitation de villes entières en combinant budgets publics, épargne communautaire, captation de la plus-value foncière et prêts. Il estime le coût par ménage d’une réhabilitation de base et décrit les institutions qui ont permis aux programmes de survivre aux changements de gouvernement.",
        ),
        "es": (
            "Financiar el mejoramiento de barrios a gran escala",
            "Los proyectos de mejoramiento cambian vidas, pero rara vez llegan a más de unos pocos barrios. Este informe examina cómo programas de Asia y América Latina financiaron el mejoramiento de ciudades enteras combinando presupuestos públicos, ahorro comunitario, captura de plusvalías y préstamos. Estima el costo por hogar de un mejoramiento básico y describe las instituciones que mantuvieron los programas a pesar de los cambios de gobierno.",
        ),
        "ar": (
            "تمويل تحسين الأحياء الفقيرة على نطاق واسع",
            "تحسّن مشاريع تطوير الأحياء حياة السكان، لكنها نادراً ما تتجاوز بضعة أحياء. يتناول هذا التقرير كيف موّلت برامج في آسيا وأمريكا اللاتينية تحسين مدن بأكملها بالجمع بين الميزانيات العامة ومدخرات المجتمعات المحلية واسترداد القيمة المضافة للأراضي والقروض. ويقدّر تكلفة التحسين الأساسي لكل أسرة، ويصف المؤسسات التي حافظت على استمرار البرامج رغم تغيّر الحكومات.",
        ),
        "zh-hans": (
            "为大规模贫民窟改造筹措资金",
            "贫民窟改造项目能够改善居民生活，但覆盖范围很少超过几个街区。本报告考察了亚洲和拉丁美洲的方案如何结合公共预算、社区储蓄、土地增值收益和贷款，为全市范围的改造筹资。报告估算了基本改造的每户成本，并介绍了使这些方案在政府更迭后仍得以延续的机构安排。",
        ),
        "ru": (
            "Финансирование благоустройства трущоб в масштабах города",
            "Проекты благоустройства меняют жизнь людей, но редко охватывают больше нескольких кварталов. В докладе рассматривается, как программы в Азии и Латинской Америке финансировали благоустройство целых городов, сочетая государственные бюджеты, сбережения общин, изъятие прироста стоимости земли и кредиты. Оценена стоимость базового благоустройства на одно домохозяйство и описаны институты, благодаря которым программы продолжались при смене правительств.",
        ),
    },
}

# Read-online text for a few publications: a heavy file is not the only way in.
BODIES = {
    "cooling-informal-neighbourhoods": [
        ("heading", "What residents did"),
        (
            "paragraph",
            "<p>In each neighbourhood a residents' committee chose the measures. White roof paint was the most popular: it was cheap, quick and visible. Street trees came second, but only where someone agreed to water them through the first dry season.</p>",
        ),
        ("heading", "What changed"),
        (
            "paragraph",
            "<p>Indoor temperatures under painted roofs fell by two to four degrees on the hottest afternoons. Cooling centres were used mainly by older people and mothers with infants, who asked for longer opening hours.</p>",
        ),
    ],
    "street-design-children": [
        ("heading", "Start with the school gate"),
        (
            "paragraph",
            "<p>The two hundred metres around a school gate are where most injuries happen. Narrowing the road there, raising the crossing and giving children a place to wait off the carriageway can be done in a weekend with paint and planters.</p>",
        ),
    ],
    "city-prosperity-indicators": [
        (
            "paragraph",
            "<p>The data can be read online as tables by city and by indicator. Each table lists the year and source of every figure, so that a city can check its own values and send corrections.</p>",
        ),
    ],
}

# Publications that also ship a version in another language (read from the file).
EXTRA_DOCUMENTS = {
    "cooling-informal-neighbourhoods": ["fr", "es", "ar"],
    "flood-early-warning-small-cities": ["fr"],
    "incremental-housing-handbook": ["fr"],
    "municipal-own-source-revenue": ["es"],
}

# The units that author publications, in each language.
AUTHORS = {
    "Urban Resilience Unit": {
        "fr": "Groupe de la résilience urbaine",
        "es": "Unidad de Resiliencia Urbana",
        "ar": "وحدة القدرة الحضرية على الصمود",
        "zh-hans": "城市韧性股",
        "ru": "Группа по устойчивости городов",
    },
    "Local Finance Section": {
        "fr": "Section des finances locales",
        "es": "Sección de Finanzas Locales",
        "ar": "قسم المالية المحلية",
        "zh-hans": "地方财政科",
        "ru": "Секция местных финансов",
    },
    "Planning and Design Lab": {
        "fr": "Laboratoire de planification et de conception",
        "es": "Laboratorio de Planificación y Diseño",
        "ar": "مختبر التخطيط والتصميم",
        "zh-hans": "规划与设计实验室",
        "ru": "Лаборатория планирования и проектирования",
    },
    "Data and Analytics Unit": {
        "fr": "Groupe des données et de l’analyse",
        "es": "Unidad de Datos y Análisis",
        "ar": "وحدة البيانات والتحليل",
        "zh-hans": "数据与分析股",
        "ru": "Группа данных и аналитики",
    },
    "Housing Unit": {
        "fr": "Groupe du logement",
        "es": "Unidad de Vivienda",
        "ar": "وحدة الإسكان",
        "zh-hans": "住房股",
        "ru": "Жилищная группа",
    },
    "Land and Tenure Section": {
        "fr": "Section du foncier et de la sécurité d’occupation",
        "es": "Sección de Tierras y Tenencia",
        "ar": "قسم الأراضي والحيازة",
        "zh-hans": "土地与权属科",
        "ru": "Секция земельных прав и владения",
    },
    "Urban Basic Services Section": {
        "fr": "Section des services urbains de base",
        "es": "Sección de Servicios Urbanos Básicos",
        "ar": "قسم الخدمات الحضرية الأساسية",
        "zh-hans": "城市基本服务科",
        "ru": "Секция основных городских услуг",
    },
    "Urban Mobility Section": {
        "fr": "Section de la mobilité urbaine",
        "es": "Sección de Movilidad Urbana",
        "ar": "قسم التنقل الحضري",
        "zh-hans": "城市交通科",
        "ru": "Секция городской мобильности",
    },
    "Crisis Response Unit": {
        "fr": "Groupe de la réponse aux crises",
        "es": "Unidad de Respuesta a Crisis",
        "ar": "وحدة الاستجابة للأزمات",
        "zh-hans": "危机应对股",
        "ru": "Группа реагирования на кризисы",
    },
    "Urban Economy Section": {
        "fr": "Section de l’économie urbaine",
        "es": "Sección de Economía Urbana",
        "ar": "قسم الاقتصاد الحضري",
        "zh-hans": "城市经济科",
        "ru": "Секция городской экономики",
    },
    "Youth and Participation Unit": {
        "fr": "Groupe de la jeunesse et de la participation",
        "es": "Unidad de Juventud y Participación",
        "ar": "وحدة الشباب والمشاركة",
        "zh-hans": "青年与参与股",
        "ru": "Группа по делам молодёжи и участию",
    },
}

# BODIES in the other languages: {slug: {language code: [text of each block, in order]}}
# (a paragraph's text without its <p>).
BODY_TRANSLATIONS = {
    "cooling-informal-neighbourhoods": {
        "fr": [
            "Ce qu’ont fait les habitants",
            "Dans chaque quartier, un comité d’habitants a choisi les mesures. La peinture blanche sur les toits a été la plus populaire : bon marché, rapide et visible. Les arbres de rue sont venus ensuite, mais seulement là où quelqu’un acceptait de les arroser pendant la première saison sèche.",
            "Ce qui a changé",
            "Sous les toits peints, la température intérieure a baissé de deux à quatre degrés pendant les après-midi les plus chauds. Les centres de fraîcheur ont surtout accueilli des personnes âgées et des mères avec des nourrissons, qui ont demandé des horaires plus longs.",
        ],
        "es": [
            "Lo que hicieron los vecinos",
            "En cada barrio, un comité vecinal eligió las medidas. La pintura blanca en los techos fue la más popular: barata, rápida y visible. Los árboles en la calle quedaron en segundo lugar, pero solo donde alguien se comprometió a regarlos durante la primera estación seca.",
            "Lo que cambió",
            "Bajo los techos pintados, la temperatura interior bajó entre dos y cuatro grados en las tardes más calurosas. Los centros de refresco los usaron sobre todo personas mayores y madres con bebés, que pidieron horarios más amplios.",
        ],
        "ar": [
            "ما فعله السكان",
            "في كل حي اختارت لجنة من السكان التدابير. وكان طلاء الأسقف باللون الأبيض الأكثر شيوعاً: رخيص وسريع وظاهر للعيان. وجاءت أشجار الشوارع في المرتبة الثانية، ولكن فقط حيث وافق أحدهم على سقيها طوال موسم الجفاف الأول.",
            "ما الذي تغيّر",
            "انخفضت درجات الحرارة داخل المنازل ذات الأسقف المطلية بدرجتين إلى أربع درجات في أشد فترات الظهيرة حراً. واستخدم مراكزَ التبريد كبارُ السن والأمهات مع الرضع أساساً، وطلبوا تمديد ساعات العمل.",
        ],
        "zh-hans": [
            "居民做了什么",
            "每个街区都由居民委员会选择措施。把屋顶刷白最受欢迎：便宜、快捷、一目了然。种植行道树位居第二，但只在有人愿意在第一个旱季负责浇水的地方实施。",
            "发生了哪些变化",
            "在最炎热的午后，刷白屋顶下的室内温度下降了二至四摄氏度。纳凉中心的使用者主要是老年人和带着婴儿的母亲，他们希望延长开放时间。",
        ],
        "ru": [
            "Что сделали жители",
            "В каждом квартале меры выбирал комитет жителей. Самой популярной оказалась белая краска для крыш: дёшево, быстро и заметно. На втором месте — деревья вдоль улиц, но только там, где кто-то соглашался поливать их в первый сухой сезон.",
            "Что изменилось",
            "Под окрашенными крышами температура в самые жаркие послеобеденные часы снизилась на два–четыре градуса. Пунктами охлаждения пользовались в основном пожилые люди и матери с младенцами, которые просили продлить часы работы.",
        ],
    },
    "street-design-children": {
        "fr": [
            "Commencer par le portail de l’école",
            "C’est dans les deux cents mètres autour du portail d’une école que se produisent la plupart des accidents. Rétrécir la chaussée à cet endroit, surélever le passage piéton et donner aux enfants un espace d’attente hors de la circulation peut se faire en un week-end avec de la peinture et des bacs à plantes.",
        ],
        "es": [
            "Empezar por la puerta de la escuela",
            "La mayoría de los atropellos ocurren en los doscientos metros que rodean la puerta de una escuela. Estrechar allí la calzada, elevar el cruce y dar a los niños un lugar para esperar fuera del tráfico se puede hacer en un fin de semana con pintura y maceteros.",
        ],
        "ar": [
            "ابدأ من بوابة المدرسة",
            "تقع معظم الإصابات في المئتي متر المحيطة ببوابة المدرسة. ويمكن في عطلة نهاية أسبوع واحدة، باستخدام الطلاء وأحواض النباتات، تضييق الطريق هناك ورفع المعبر وتوفير مكان ينتظر فيه الأطفال بعيداً عن حركة السير.",
        ],
        "zh-hans": [
            "从校门口做起",
            "大多数伤害事故发生在校门周围两百米的范围内。在那里收窄车道、抬高人行横道、为孩子们在车行道外留出等候空间，只需一个周末，用涂料和花箱就能完成。",
        ],
        "ru": [
            "Начните со школьных ворот",
            "Большинство травм случается в пределах двухсот метров от школьных ворот. Сузить там проезжую часть, приподнять переход и дать детям место для ожидания в стороне от потока машин можно за выходные с помощью разметки и кадок с растениями.",
        ],
    },
    "city-prosperity-indicators": {
        "fr": [
            "Les données peuvent être consultées en ligne sous forme de tableaux par ville et par indicateur. Chaque tableau indique l’année et la source de chaque chiffre, afin qu’une ville puisse vérifier ses propres valeurs et envoyer des corrections.",
        ],
        "es": [
            "Los datos pueden consultarse en línea en tablas por ciudad y por indicador. Cada tabla indica el año y la fuente de cada cifra, para que una ciudad pueda comprobar sus propios valores y enviar correcciones.",
        ],
        "ar": [
            "يمكن الاطلاع على البيانات عبر الإنترنت في جداول حسب المدينة وحسب المؤشر. ويذكر كل جدول سنة كل رقم ومصدره، كي تتمكن المدينة من التحقق من قيمها وإرسال التصحيحات.",
        ],
        "zh-hans": [
            "这些数据可以在线查阅，按城市和指标分别列表。每张表格都注明每个数字的年份和来源，便于城市核对本市数值并提交更正。",
        ],
        "ru": [
            "Данные можно просмотреть онлайн в виде таблиц по городам и по показателям. В каждой таблице указаны год и источник каждой цифры, чтобы город мог проверить свои значения и прислать исправления.",
        ],
    },
}

# Left untranslated on purpose (see core/demo_support.py): {slug: {language code: MISSING or PARTIAL}}.
# The newest publication has no translation yet: every other language shows it in
# English under its own address, with the fallback notice.
TRANSLATION_GAPS = {
    "air-quality-monitoring": dict.fromkeys(("fr", "es", "ar", "zh-hans", "ru"), MISSING),
}
