"""Demo content of the donate app. Written for this project; amounts in USD."""

DONATE_PAGE = {
    "en": ("Donate now", "Your gift goes to projects chosen with the cities and communities they serve."),
    "fr": ("Faire un don", "Votre don finance des projets choisis avec les villes et les communautés concernées."),
    "es": ("Donar ahora", "Su donación financia proyectos elegidos con las ciudades y comunidades a las que sirven."),
    "ar": ("تبرّع الآن", "تذهب هديتك إلى مشاريع اختيرت مع المدن والمجتمعات التي تخدمها."),
    "zh-hans": ("立即捐款", "您的捐款将用于与所服务的城市和社区共同选定的项目。"),
    "ru": (
        "Сделать пожертвование",
        "Ваш дар идёт на проекты, выбранные вместе с городами и общинами, которым они служат.",
    ),
}

ALLOCATIONS = [
    ("Projects on the ground", "Water, housing, planning and recovery work in the places listed below.", "82"),
    ("Monitoring and reporting", "Checking results on site and publishing what each gift achieved.", "8"),
    ("Independent audit", "An external auditor reviews every year of donations.", "4"),
    ("Processing and outreach", "Payment fees and telling people how to help.", "6"),
]

REPORTS = [
    ("Donations report 2023", "2023-01-01", "2023-12-31", "https://example.org/reports/donations-2023.pdf"),
    ("Donations report 2024", "2024-01-01", "2024-12-31", "https://example.org/reports/donations-2024.pdf"),
    (
        "Donations report, first half of 2025",
        "2025-01-01",
        "2025-06-30",
        "https://example.org/reports/donations-2025-h1.pdf",
    ),
]

# slug, title, thematic area slug, country or region, goal (USD), summary, what a gift does, gifts received (USD)
PROJECTS = [
    (
        "cool-roofs-dhaka",
        "Cool roofs for Dhaka schools",
        "climate-action",
        "Bangladesh",
        "40000",
        "Painting school roofs white so classrooms stay up to 5 °C cooler during heatwaves.",
        "50 USD covers the paint for one classroom roof.",
        ["250", "1200", "75", "3000"],
    ),
    (
        "flood-warnings-beira",
        "Flood warnings for Beira",
        "climate-action",
        "Mozambique",
        "65000",
        "Text-message flood alerts and marked evacuation routes for 30 neighbourhoods.",
        "25 USD keeps the alerts running for one neighbourhood for a month.",
        ["5000", "800", "120"],
    ),
    (
        "land-titles-kisumu",
        "Land titles for Kisumu families",
        "housing-land",
        "Kenya",
        "30000",
        "Helping 1,000 families in informal settlements register the land they live on.",
        "30 USD pays for one family's survey and registration.",
        ["900", "60", "2400", "150", "300"],
    ),
    (
        "safe-homes-tegucigalpa",
        "Safer homes on Tegucigalpa's hillsides",
        "housing-land",
        "Honduras",
        "55000",
        "Retaining walls and drainage so hillside homes stop sliding in the rainy season.",
        "100 USD builds one metre of retaining wall.",
        ["2000", "450"],
    ),
    (
        "street-plans-kigali",
        "Street plans drawn with residents",
        "planning-design",
        "Rwanda",
        "20000",
        "Neighbourhood workshops where residents decide where streets, paths and markets go.",
        "40 USD runs one workshop evening for 30 residents.",
        ["1500", "800", "95"],
    ),
    (
        "public-space-medellin",
        "Public spaces in Medellín's hill districts",
        "planning-design",
        "Colombia",
        "48000",
        "Turning vacant lots into lit, safe squares and playgrounds.",
        "75 USD buys one solar street light.",
        ["6000", "240", "1100"],
    ),
    (
        "water-kiosks-lusaka",
        "Water kiosks for Lusaka",
        "basic-services",
        "Zambia",
        "35000",
        "Twenty kiosks selling clean water at a fair price in unplanned settlements.",
        "50 USD gives a family clean water for a year.",
        ["3500", "500", "50", "700"],
    ),
    (
        "sanitation-dhaka",
        "Shared toilets that stay clean",
        "basic-services",
        "Bangladesh",
        "28000",
        "Toilet blocks run by resident committees, with the money to maintain them.",
        "20 USD pays a month of upkeep.",
        ["1000", "320"],
    ),
    (
        "recovery-mosul",
        "Rebuilding homes in Mosul's old city",
        "crisis-recovery",
        "Iraq",
        "90000",
        "Repairing war-damaged homes so families can return.",
        "200 USD repairs one window and door.",
        ["15000", "2500", "600"],
    ),
    (
        "shelters-sahel",
        "Emergency shelters in the Sahel",
        "crisis-recovery",
        "Sahel region",
        "60000",
        "Shelters and safe water for families displaced by drought and conflict.",
        "60 USD shelters a family for a month.",
        ["4000", "900", "130"],
    ),
    (
        "markets-lagos",
        "Market stalls for Lagos women traders",
        "urban-economy",
        "Nigeria",
        "25000",
        "Roofed stalls, storage and a savings group for 400 women traders.",
        "80 USD builds one stall.",
        ["2200", "400", "65"],
    ),
    (
        "youth-jobs-amman",
        "Green jobs for young people in Amman",
        "urban-economy",
        "Jordan",
        "38000",
        "Training young people to install and repair solar panels and water savers.",
        "150 USD pays for one trainee's course.",
        ["3000", "1500"],
    ),
]

# The general gift and the allocation's year, as an editor would set them.
GENERAL_FUND_TEXT = (
    "A general gift goes where the need is greatest this year: to the projects furthest from their goal, "
    "and to the checks and audit that make every gift accountable."
)
ALLOCATION_YEAR = 2025
SUGGESTED_AMOUNTS = [("USD", "10, 25, 50, 100, 250"), ("EUR", "10, 25, 50, 100")]

# For each project: who benefits, who runs it, and the latest news (date, text).
# Written for this demo; places are real, people and figures are illustrative.
PROJECT_DETAILS = {
    "cool-roofs-dhaka": (
        "About 9,000 pupils in 22 government primary schools in Mirpur and Korail, where tin roofs turn "
        "classrooms into ovens from April to June and attendance falls by a fifth during heatwaves.",
        "The Dhaka North City Corporation's education office, with a local painters' cooperative that trains "
        "school caretakers to recoat the roofs every three years.",
        (
            "2025-05-20",
            "Eleven roofs are done. Thermometers in treated classrooms read 4.2 °C lower at noon "
            "than in untreated ones during the May heatwave.",
        ),
    ),
    "flood-warnings-beira": (
        "Some 120,000 people in thirty low-lying neighbourhoods of Beira, most of them in homes that flooded "
        "during cyclones Idai (2019) and Freddy (2023).",
        "Beira's municipal disaster committee and the national meteorological institute, which sends the "
        "forecasts; neighbourhood volunteers keep the evacuation routes marked and cleared.",
        (
            "2025-03-02",
            "The alert system sent its first real warning in February: 26 of 30 neighbourhoods "
            "confirmed receipt within ten minutes.",
        ),
    ),
    "land-titles-kisumu": (
        "1,000 families in Nyalenda and Manyatta who have lived on their plots for decades without papers, "
        "and so can be evicted or refused a loan to improve their homes.",
        "Kisumu County's lands department, with a residents' association that checks every boundary "
        "on the ground with neighbours before it is registered.",
        (
            "2025-04-11",
            "412 plots are surveyed and 180 families have received their certificates at a "
            "public ceremony in Nyalenda.",
        ),
    ),
    "safe-homes-tegucigalpa": (
        "About 300 households on the slopes of Colonia Guillén, where landslides destroyed 40 homes in the "
        "2020 storms and many more have cracked walls.",
        "The municipality's risk management office and a neighbourhood building committee; local builders "
        "are hired and trained so the skills stay in the district.",
        (
            "2025-02-18",
            "The first 140 metres of retaining wall and two drainage channels held through "
            "January's heavy rain without a single slip.",
        ),
    ),
    "street-plans-kigali": (
        "Residents of three unplanned neighbourhoods in Kigali's Gasabo district, about 25,000 people, who will "
        "be consulted before the city upgrades their streets.",
        "The City of Kigali's planning unit, working with residents' committees elected for the workshops; "
        "a university studio draws the plans.",
        (
            "2025-06-05",
            "Nine workshops held; residents moved the planned market next to the health centre "
            "and kept two footpaths the first draft had closed.",
        ),
    ),
    "public-space-medellin": (
        "Children and families of Comuna 8 and Comuna 13, where there is less than one square metre of public "
        "space per person and few places are lit at night.",
        "Medellín's urban development company with neighbourhood youth groups, who help design the squares "
        "and run activities once they open.",
        (
            "2025-01-30",
            "The first square opened in December with lighting, benches and a small football "
            "pitch; evening use tripled in the first month.",
        ),
    ),
    "water-kiosks-lusaka": (
        "About 40,000 people in Kanyama and George compounds who buy water from vendors at up to ten times "
        "the utility's price, or draw it from shallow wells.",
        "Lusaka Water and Sewerage Company, which supplies the kiosks, and water trusts of residents that "
        "employ the kiosk keepers and set the price with the utility.",
        (
            "2025-05-08",
            "Twelve of the twenty kiosks are open. The price is now a quarter of what vendors "
            "charged, and the water is tested every week.",
        ),
    ),
    "sanitation-dhaka": (
        "Families in three low-income settlements of Dhaka who now share a few broken latrines between "
        "dozens of households, with women and girls most at risk after dark.",
        "Resident committees that own and run the toilet blocks, supported by a local NGO that trains "
        "caretakers and keeps the accounts public.",
        (
            "2025-04-22",
            "Six blocks are running. User fees cover cleaning and repairs, and the committees "
            "publish their accounts on a board at each block.",
        ),
    ),
    "recovery-mosul": (
        "Families from Mosul's old city whose homes were damaged in 2017 and who are still living with "
        "relatives or in rented rooms elsewhere.",
        "Nineveh governorate's reconstruction office and local contractors; owners agree the repairs and "
        "sign off each stage before the next payment.",
        (
            "2025-03-27",
            "Sixty-four homes are repaired and families have moved back in; eighty more are "
            "assessed and waiting for funds.",
        ),
    ),
    "shelters-sahel": (
        "Families displaced by drought and conflict in the Sahel, most of them women and children, "
        "arriving in towns that have no spare housing.",
        "Municipal crisis committees in the host towns and humanitarian partners already on site, which "
        "distribute the shelter kits and run the water points.",
        (
            "2025-06-12",
            "1,150 shelter kits delivered before the rainy season, with four new water points "
            "serving the largest sites.",
        ),
    ),
    "markets-lagos": (
        "400 women traders at two open markets in Lagos who sell from the ground, lose stock to rain and "
        "theft, and have no safe place to save.",
        "The market women's association and the local government's markets department; the savings group "
        "is run by the traders themselves, with training from a microfinance partner.",
        (
            "2025-02-26",
            "The first 150 roofed stalls and the lock-up store are in use; the savings group has 230 members.",
        ),
    ),
    "youth-jobs-amman": (
        "Young people aged 18 to 29 in East Amman, a quarter of whom are out of work, including refugees "
        "living in the city.",
        "A vocational training centre run with the Greater Amman Municipality; installers' firms take "
        "trainees for paid placements after the course.",
        (
            "2025-05-15",
            "The second class of 36 graduated; 24 of the first class are now working for solar and plumbing firms.",
        ),
    ),
}

GENERAL_FUND_TRANSLATIONS = {
    "fr": "Un don général va là où les besoins sont les plus grands cette année : aux projets les plus éloignés de "
    "leur objectif, ainsi qu’aux contrôles et à l’audit qui rendent chaque don vérifiable.",
    "es": "Una donación general va donde más se necesita este año: a los proyectos más alejados de su meta y a los "
    "controles y la auditoría que permiten rendir cuentas de cada donación.",
    "ar": "يذهب التبرع العام هذا العام حيث تشتد الحاجة: إلى المشاريع الأبعد عن هدفها، وإلى أعمال التحقق والتدقيق "
    "التي تجعل كل تبرع خاضعًا للمساءلة.",
    "zh-hans": "综合捐款将用于今年最需要的地方：距离目标最远的项目，以及确保每笔捐款可问责的核查与审计。",
    "ru": "Общее пожертвование в этом году идёт туда, где нужнее всего: проектам, дальше всех от цели, а также на "
    "проверки и аудит, благодаря которым каждый дар подотчётен.",
}

# Why the work matters, by thematic area (the "Why it matters" section of each project).
WHY_IT_MATTERS = {
    "climate-action": "Cities produce most of the world's emissions and feel the heat, floods and storms first. "
    "The poorest districts are hit hardest because they are built on the cheapest land, often the most exposed. "
    "Small, proven measures taken before a disaster save lives and cost far less than rebuilding afterwards.",
    "housing-land": "A secure home is where health, schooling and work begin. One in four city dwellers lives in an "
    "informal settlement, often without papers or safe construction, at risk of eviction or collapse. "
    "Recognising people's rights and making homes safe lets families invest in their future.",
    "planning-design": "Streets, squares and paths decide how people move, trade and meet. Where they are planned "
    "with residents, neighbourhoods become safer and more connected, and later investment in water, drains and "
    "transport follows the routes people actually use.",
    "basic-services": "Clean water and safe sanitation are the first defence against disease. In unplanned "
    "settlements people often pay the most for the least: water bought from vendors and toilets shared by "
    "dozens of households. Services run with residents stay clean, fairly priced and repaired.",
    "crisis-recovery": "After a war or a disaster, families return only when they have a safe home, water and a way "
    "to earn a living. Recovery that starts early and involves the people affected is faster and fairer, and it "
    "prevents temporary camps from becoming permanent.",
    "urban-economy": "Most city jobs in developing countries are informal, insecure and poorly paid. Decent "
    "workplaces, skills and access to savings turn daily survival into a business that can grow, and they "
    "give young people and women a fair share of the city's prosperity.",
}
