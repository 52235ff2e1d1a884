"""Demo content of the home app, in the six languages. Written for this project."""

THEMATIC_AREAS = [
    {
        "slug": "climate-action",
        "en": ("Urban climate action", "Helping cities cut emissions and protect people from floods, heat and storms."),
        "fr": (
            "Action climatique urbaine",
            "Aider les villes à réduire leurs émissions et à protéger leurs habitants des inondations, de la chaleur et des tempêtes.",
        ),
        "es": (
            "Acción climática urbana",
            "Ayudamos a las ciudades a reducir emisiones y a proteger a la población de inundaciones, calor y tormentas.",
        ),
        "ar": ("العمل المناخي في المدن", "مساعدة المدن على خفض الانبعاثات وحماية السكان من الفيضانات والحر والعواصف."),
        "zh-hans": ("城市气候行动", "帮助城市减少排放，保护居民免受洪水、高温和风暴的影响。"),
        "ru": (
            "Климатические действия в городах",
            "Помогаем городам сокращать выбросы и защищать жителей от наводнений, жары и штормов.",
        ),
    },
    {
        "slug": "housing-land",
        "en": (
            "Housing and land",
            "Safe, affordable homes and secure land rights for everyone, including people in informal settlements.",
        ),
        "fr": (
            "Logement et foncier",
            "Des logements sûrs et abordables et des droits fonciers garantis pour tous, y compris dans les quartiers informels.",
        ),
        "es": (
            "Vivienda y tierra",
            "Viviendas seguras y asequibles y derechos sobre la tierra para todas las personas, también en los asentamientos informales.",
        ),
        "ar": (
            "الإسكان والأراضي",
            "مساكن آمنة وميسورة التكلفة وحقوق مضمونة في الأراضي للجميع، بما في ذلك سكان المستوطنات غير الرسمية.",
        ),
        "zh-hans": ("住房与土地", "让每个人都有安全、负担得起的住房和有保障的土地权利，包括非正规住区的居民。"),
        "ru": (
            "Жильё и земля",
            "Безопасное и доступное жильё и гарантированные права на землю для всех, включая жителей неформальных поселений.",
        ),
    },
    {
        "slug": "planning-design",
        "en": (
            "Urban planning and design",
            "Planning streets, public spaces and neighbourhoods so cities work for the people who live in them.",
        ),
        "fr": (
            "Planification et conception urbaines",
            "Planifier les rues, les espaces publics et les quartiers pour que la ville serve ceux qui y vivent.",
        ),
        "es": (
            "Planificación y diseño urbanos",
            "Planificar calles, espacios públicos y barrios para que las ciudades funcionen para quienes las habitan.",
        ),
        "ar": ("التخطيط والتصميم الحضري", "تخطيط الشوارع والأماكن العامة والأحياء لتخدم المدن سكانها."),
        "zh-hans": ("城市规划与设计", "规划街道、公共空间和社区，让城市为居民服务。"),
        "ru": (
            "Городское планирование и проектирование",
            "Планируем улицы, общественные пространства и районы так, чтобы город служил своим жителям.",
        ),
    },
    {
        "slug": "basic-services",
        "en": (
            "Basic services",
            "Clean water, sanitation, waste collection and public transport that reach every neighbourhood.",
        ),
        "fr": (
            "Services de base",
            "Eau potable, assainissement, collecte des déchets et transports publics dans chaque quartier.",
        ),
        "es": (
            "Servicios básicos",
            "Agua potable, saneamiento, recogida de residuos y transporte público que llegan a todos los barrios.",
        ),
        "ar": ("الخدمات الأساسية", "مياه نظيفة وصرف صحي وجمع النفايات ونقل عام يصل إلى كل حي."),
        "zh-hans": ("基本服务", "让清洁饮水、卫生设施、垃圾收集和公共交通覆盖每一个社区。"),
        "ru": ("Базовые услуги", "Чистая вода, канализация, вывоз мусора и общественный транспорт в каждом районе."),
    },
    {
        "slug": "crisis-recovery",
        "en": (
            "Crisis response and recovery",
            "Rebuilding homes and services after conflict and disaster, with the communities affected.",
        ),
        "fr": (
            "Réponse aux crises et relèvement",
            "Reconstruire logements et services après les conflits et les catastrophes, avec les communautés touchées.",
        ),
        "es": (
            "Respuesta a crisis y recuperación",
            "Reconstruir viviendas y servicios tras conflictos y desastres, junto con las comunidades afectadas.",
        ),
        "ar": (
            "الاستجابة للأزمات والتعافي",
            "إعادة بناء المساكن والخدمات بعد النزاعات والكوارث بالشراكة مع المجتمعات المتضررة.",
        ),
        "zh-hans": ("危机应对与恢复", "与受影响社区一起，在冲突和灾害后重建住房和服务。"),
        "ru": (
            "Реагирование на кризисы и восстановление",
            "Восстанавливаем жильё и услуги после конфликтов и бедствий вместе с пострадавшими общинами.",
        ),
    },
    {
        "slug": "urban-economy",
        "en": ("Urban economy and finance", "Helping cities raise the money they need and create decent jobs."),
        "fr": (
            "Économie et finances urbaines",
            "Aider les villes à mobiliser les fonds nécessaires et à créer des emplois décents.",
        ),
        "es": (
            "Economía y finanzas urbanas",
            "Ayudamos a las ciudades a reunir los fondos que necesitan y a crear empleo digno.",
        ),
        "ar": ("الاقتصاد والتمويل الحضري", "مساعدة المدن على تعبئة الأموال اللازمة وخلق فرص عمل لائقة."),
        "zh-hans": ("城市经济与金融", "帮助城市筹集所需资金，创造体面就业。"),
        "ru": (
            "Городская экономика и финансы",
            "Помогаем городам привлекать необходимые средства и создавать достойные рабочие места.",
        ),
    },
]

CONTACTS = [
    {
        "key": "amina.odhiambo",
        "name": "Amina Odhiambo",
        "unit": "External Relations Division",
        "email": "amina.odhiambo@example.org",
        "phone": "+254 20 700 0001",
        "roles": {
            "en": "Focal point for Member States",
            "fr": "Point focal pour les États membres",
            "es": "Punto focal para los Estados miembros",
            "ar": "جهة الاتصال للدول الأعضاء",
            "zh-hans": "会员国联络人",
            "ru": "Координатор по работе с государствами-членами",
        },
    },
    {
        "key": "lucas.ferreira",
        "name": "Lucas Ferreira",
        "unit": "Climate Resilience Branch",
        "email": "lucas.ferreira@example.org",
        "phone": "",
        "roles": {
            "en": "Programme manager",
            "fr": "Responsable de programme",
            "es": "Gerente de programa",
            "ar": "مدير البرنامج",
            "zh-hans": "项目经理",
            "ru": "Руководитель программы",
        },
    },
    {
        "key": "mei.chen",
        "name": "Mei Chen",
        "unit": "Housing and Land Branch",
        "email": "mei.chen@example.org",
        "phone": "+254 20 700 0003",
        "roles": {
            "en": "Senior housing adviser",
            "fr": "Conseillère principale pour le logement",
            "es": "Asesora principal de vivienda",
            "ar": "مستشارة أولى لشؤون الإسكان",
            "zh-hans": "高级住房顾问",
            "ru": "Старший советник по вопросам жилья",
        },
    },
    {
        "key": "omar.haddad",
        "name": "Omar Haddad",
        "unit": "Resource Mobilization Unit",
        "email": "omar.haddad@example.org",
        "phone": "+254 20 700 0004",
        "roles": {
            "en": "Donor relations officer",
            "fr": "Chargé des relations avec les donateurs",
            "es": "Oficial de relaciones con donantes",
            "ar": "مسؤول العلاقات مع المانحين",
            "zh-hans": "捐助方关系官员",
            "ru": "Сотрудник по работе с донорами",
        },
    },
]

HOME = {
    "en": (
        "Better cities for everyone",
        "We work with governments and communities so that every city offers a safe home, clean water and a healthy environment.",
        "Here you can read our publications, follow our flagship programmes, see where donations go and find the person to contact about each of them.",
    ),
    "fr": (
        "Des villes meilleures pour tous",
        "Nous travaillons avec les gouvernements et les communautés pour que chaque ville offre un logement sûr, de l'eau potable et un environnement sain.",
        "Vous trouverez ici nos publications, nos programmes phares, l'usage des dons et la personne à contacter pour chacun d'eux.",
    ),
    "es": (
        "Ciudades mejores para todas las personas",
        "Trabajamos con gobiernos y comunidades para que cada ciudad ofrezca una vivienda segura, agua limpia y un entorno saludable.",
        "Aquí puede leer nuestras publicaciones, seguir nuestros programas emblemáticos, ver adónde van las donaciones y encontrar a la persona de contacto de cada uno.",
    ),
    "ar": (
        "مدن أفضل للجميع",
        "نعمل مع الحكومات والمجتمعات المحلية كي توفر كل مدينة مسكنًا آمنًا ومياهًا نظيفة وبيئة صحية.",
        "يمكنكم هنا قراءة منشوراتنا ومتابعة برامجنا الرئيسية ومعرفة وجهة التبرعات والوصول إلى جهة الاتصال المعنية بكل منها.",
    ),
    "zh-hans": (
        "让城市更美好，惠及每一个人",
        "我们与各国政府和社区合作，让每座城市都能提供安全的住房、清洁的饮水和健康的环境。",
        "在这里，您可以阅读我们的出版物，关注旗舰项目，了解捐款的去向，并找到每个项目的联系人。",
    ),
    "ru": (
        "Лучшие города для всех",
        "Мы работаем с правительствами и общинами, чтобы в каждом городе было безопасное жильё, чистая вода и здоровая среда.",
        "Здесь вы можете прочитать наши публикации, следить за флагманскими программами, узнать, куда идут пожертвования, и найти контактное лицо по каждому из них.",
    ),
}

# The contacts' names (transliterated where the script differs) and units, in each
# language: {contact key: {language code: (name, unit)}}; their roles are in CONTACTS.
CONTACT_TRANSLATIONS = {
    "amina.odhiambo": {
        "fr": ("Amina Odhiambo", "Division des relations extérieures"),
        "es": ("Amina Odhiambo", "División de Relaciones Exteriores"),
        "ar": ("أمينة أوديامبو", "شعبة العلاقات الخارجية"),
        "zh-hans": ("阿米娜·奥迪安博", "外部关系司"),
        "ru": ("Амина Одиамбо", "Отдел внешних связей"),
    },
    "lucas.ferreira": {
        "fr": ("Lucas Ferreira", "Service de la résilience climatique"),
        "es": ("Lucas Ferreira", "Subdivisión de Resiliencia Climática"),
        "ar": ("لوكاس فيريرا", "فرع القدرة على الصمود في مواجهة تغير المناخ"),
        "zh-hans": ("卢卡斯·费雷拉", "气候韧性处"),
        "ru": ("Лукас Феррейра", "Сектор климатической устойчивости"),
    },
    "mei.chen": {
        "fr": ("Mei Chen", "Service du logement et du foncier"),
        "es": ("Mei Chen", "Subdivisión de Vivienda y Tierras"),
        "ar": ("مي تشن", "فرع الإسكان والأراضي"),
        "zh-hans": ("陈梅", "住房和土地处"),
        "ru": ("Мэй Чэнь", "Сектор жилья и земли"),
    },
    "omar.haddad": {
        "fr": ("Omar Haddad", "Groupe de la mobilisation des ressources"),
        "es": ("Omar Haddad", "Dependencia de Movilización de Recursos"),
        "ar": ("عمر حداد", "وحدة تعبئة الموارد"),
        "zh-hans": ("奥马尔·哈达德", "资源调动股"),
        "ru": ("Омар Хаддад", "Группа мобилизации ресурсов"),
    },
}
