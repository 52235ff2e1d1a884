"""Demo texts of the updates section, in the six UN languages (written for this project)."""

INDEX = {
    "en": (
        "Updates for Member States",
        "Every month, a brief on the programmes that were completed or moved forward, with their focal points and figures; and the Urban Impact newsletter of stories from the regions.",
    ),
    "fr": (
        "Informations pour les États membres",
        "Chaque mois, une note sur les programmes achevés ou qui ont progressé, avec leurs points focaux et leurs chiffres ; et la lettre Urban Impact, avec des récits des régions.",
    ),
    "es": (
        "Novedades para los Estados miembros",
        "Cada mes, una nota sobre los programas que concluyeron o avanzaron, con sus coordinadores y sus cifras; y el boletín Urban Impact, con historias de las regiones.",
    ),
    "ar": (
        "مستجدات للدول الأعضاء",
        "موجز شهري عن البرامج التي اكتملت أو أحرزت تقدمًا، مع جهات الاتصال والأرقام الخاصة بكل منها؛ ونشرة الأثر الحضري بقصص من المناطق.",
    ),
    "zh-hans": (
        "致会员国的最新情况",
        "每月一期简报，介绍已完成或取得重大进展的方案，附联络人和财务数字；以及收录各区域故事的《城市影响》通讯。",
    ),
    "ru": (
        "Новости для государств-членов",
        "Ежемесячная сводка о программах, которые завершились или продвинулись, с контактными лицами и цифрами, и бюллетень Urban Impact с историями из регионов.",
    ),
}

BRIEF_INTRODUCTION = {
    "en": "This month's brief lists the programmes that were completed or moved forward, each with the person to contact and its latest figures, and the stories we published. Follow the links for the full pages and reports.",
    "fr": "La note de ce mois présente les programmes achevés ou qui ont progressé, chacun avec la personne à contacter et ses derniers chiffres, ainsi que les récits publiés. Suivez les liens pour lire les pages et les rapports complets.",
    "es": "La nota de este mes recoge los programas que concluyeron o avanzaron, cada uno con la persona de contacto y sus últimas cifras, y las historias que publicamos. Siga los enlaces para ver las páginas y los informes completos.",
    "ar": "يعرض موجز هذا الشهر البرامج التي اكتملت أو أحرزت تقدمًا، مع الشخص الذي يمكن الاتصال به وآخر الأرقام لكل منها، والقصص التي نشرناها. اتبعوا الروابط للاطلاع على الصفحات والتقارير كاملة.",
    "zh-hans": "本月简报列出已完成或取得进展的方案，每项均附联络人和最新数字，并收录本月发布的故事。请点击链接查看完整页面和报告。",
    "ru": "В сводке этого месяца — программы, которые завершились или продвинулись, с контактным лицом и последними цифрами по каждой, а также опубликованные нами истории. Полные страницы и отчёты — по ссылкам.",
}

NEWSLETTER_INTRODUCTION = {
    "en": "Stories from the cities we work with, the latest developments of our flagship programmes and our new publications, in one short read.",
    "fr": "Des récits des villes avec lesquelles nous travaillons, les dernières avancées de nos programmes phares et nos nouvelles publications, en une lecture rapide.",
    "es": "Historias de las ciudades con las que trabajamos, los últimos avances de nuestros programas emblemáticos y nuestras nuevas publicaciones, en una lectura breve.",
    "ar": "قصص من المدن التي نعمل معها، وآخر مستجدات برامجنا الرئيسية، وأحدث منشوراتنا، في قراءة قصيرة واحدة.",
    "zh-hans": "一次简短阅读，了解与我们合作的城市的故事、旗舰方案的最新进展和我们的新出版物。",
    "ru": "Истории городов, с которыми мы работаем, последние новости наших флагманских программ и новые публикации — коротко и в одном письме.",
}

SUBSCRIBERS = [
    ("mission.kenya@example.org", "en", True, True, "confirmed"),
    ("mission.france@example.org", "fr", True, False, "confirmed"),
    ("mision.peru@example.org", "es", True, True, "confirmed"),
    ("mission.egypt@example.org", "ar", True, False, "confirmed"),
    ("mission.china@example.org", "zh-hans", False, True, "confirmed"),
    ("mission.russia@example.org", "ru", True, True, "confirmed"),
    ("not.yet.confirmed@example.org", "fr", True, False, "pending"),
    ("left.us@example.org", "en", False, False, "unsubscribed"),
]
