"""The demo glossary: the organisation's common abbreviations in the six languages.

Each entry is (abbreviation, expansion, variants) per locale; where a language
has its own abbreviation (SDG is ODD in French, ODS in Spanish, ЦУР in Russian)
the translation uses it, otherwise the Latin one stays, as in the organisation's
own documents in Arabic and Chinese. A variant equal to the abbreviation (French
has no plural "ODDs") is ignored.
"""

ENTRIES = [
    {
        "en": ("UN", "United Nations", ""),
        "fr": ("ONU", "Organisation des Nations Unies", ""),
        "es": ("ONU", "Organización de las Naciones Unidas", ""),
        "ar": ("UN", "الأمم المتحدة", ""),
        "zh-hans": ("UN", "联合国", ""),
        "ru": ("ООН", "Организация Объединённых Наций", ""),
    },
    {
        "en": ("UN-Habitat", "United Nations Human Settlements Programme", ""),
        "fr": ("ONU-Habitat", "Programme des Nations Unies pour les établissements humains", ""),
        "es": ("ONU-Habitat", "Programa de las Naciones Unidas para los Asentamientos Humanos", ""),
        "ar": ("UN-Habitat", "برنامج الأمم المتحدة للمستوطنات البشرية", ""),
        "zh-hans": ("UN-Habitat", "联合国人类住区规划署", ""),
        "ru": ("ООН-Хабитат", "Программа Организации Объединённых Наций по населённым пунктам", ""),
    },
    {
        "en": ("SDG", "Sustainable Development Goal", "SDGs"),
        "fr": ("ODD", "objectif de développement durable", "ODD"),
        "es": ("ODS", "Objetivo de Desarrollo Sostenible", "ODS"),
        "ar": ("SDG", "هدف التنمية المستدامة", "SDGs"),
        "zh-hans": ("SDG", "可持续发展目标", "SDGs"),
        "ru": ("ЦУР", "цель в области устойчивого развития", "ЦУР"),
    },
    {
        "en": ("NGO", "non-governmental organization", "NGOs"),
        "fr": ("ONG", "organisation non gouvernementale", "ONG"),
        "es": ("ONG", "organización no gubernamental", "ONG"),
        "ar": ("NGO", "منظمة غير حكومية", "NGOs"),
        "zh-hans": ("NGO", "非政府组织", "NGOs"),
        "ru": ("НПО", "неправительственная организация", "НПО"),
    },
    {
        "en": ("GDP", "gross domestic product", ""),
        "fr": ("PIB", "produit intérieur brut", ""),
        "es": ("PIB", "producto interno bruto", ""),
        "ar": ("GDP", "الناتج المحلي الإجمالي", ""),
        "zh-hans": ("GDP", "国内生产总值", ""),
        "ru": ("ВВП", "валовой внутренний продукт", ""),
    },
    {
        "en": ("WUF", "World Urban Forum", ""),
        "fr": ("FUM", "Forum urbain mondial", ""),
        "es": ("FUM", "Foro Urbano Mundial", ""),
        "ar": ("WUF", "المنتدى الحضري العالمي", ""),
        "zh-hans": ("WUF", "世界城市论坛", ""),
        "ru": ("ВГФ", "Всемирный городской форум", ""),
    },
    {
        "en": ("ICT", "information and communication technology", ""),
        "fr": ("TIC", "technologies de l’information et de la communication", ""),
        "es": ("TIC", "tecnologías de la información y las comunicaciones", ""),
        "ar": ("ICT", "تكنولوجيا المعلومات والاتصالات", ""),
        "zh-hans": ("ICT", "信息和通信技术", ""),
        "ru": ("ИКТ", "информационно-коммуникационные технологии", ""),
    },
    {
        "en": ("COVID-19", "coronavirus disease 2019", ""),
        "fr": ("COVID-19", "maladie à coronavirus 2019", ""),
        "es": ("COVID-19", "enfermedad por coronavirus de 2019", ""),
        "ar": ("COVID-19", "مرض فيروس كورونا 2019", ""),
        "zh-hans": ("COVID-19", "2019冠状病毒病", ""),
        "ru": ("COVID-19", "коронавирусная инфекция 2019 года", ""),
    },
    {
        "en": ("USD", "United States dollars", ""),
        "fr": ("USD", "dollars des États-Unis", ""),
        "es": ("USD", "dólares de los Estados Unidos", ""),
        "ar": ("USD", "دولار أمريكي", ""),
        "zh-hans": ("USD", "美元", ""),
        "ru": ("USD", "долларов США", ""),
    },
]
