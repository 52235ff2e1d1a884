"""Demo flagship programmes. Written for this project; organisations, places and
figures are illustrative. Update dates are given as days before the day the
demo is loaded, so the updates always span the last twelve months."""

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
        "fr": {
            "Resilient coastal cities": "Villes côtières résilientes",
            "Flood risk maps published for six cities": "Cartes des risques d’inondation publiées pour six villes",
        },
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
        "fr": {
            "Adequate housing for all": "Un logement convenable pour tous",
            "Nairobi adopts a housing strategy": "Nairobi adopte une stratégie du logement",
        },
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
