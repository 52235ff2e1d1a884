"""A relevance test set per language: small corpora of pages and the queries a
visitor types, each with the pages that must come first.

`evaluate()` indexes the corpora through the same columns publishing writes
(`search.sync.index_fields`) and searches through the service, so it measures
the database backend in use (SQLite or PostgreSQL). Precision at 5 for a query
is the share of its first five results (or of its relevant pages, when it has
fewer than five) that are relevant; a language's figure is the mean over its
queries. docs/search.md reports the figures.
"""

from dataclasses import dataclass

from wagtail.models import Locale, Page

from search import service
from search.models import SearchDocument
from search.sync import index_fields

# key: (title, keywords, text)
CORPUS = {
    "en": {
        "coast": ("Flood risk in coastal cities", ["climate"], "Floods displaced two million people in 2024."),
        "drain": ("Drainage for growing towns", ["water"], "Urban flooding is worse where drains are blocked."),
        "sahel": ("Heatwaves in the Sahel", ["climate"], "Heatwaves now last twice as long as in 1990."),
        "cool": ("Cooling centres for hot summers", ["heat"], "Cities open public buildings in July."),
        "goals": ("Localising the global goals", [], "Cities report their progress on SDG 11 every year."),
        "homes": ("Affordable homes", ["finance"], "Housing finance helps families build houses."),
        "covid": ("Recovery after the pandemic", ["COVID-19", "health"], "Informal settlements rebuilt markets."),
        "bus": ("Transport and mobility", ["transport"], "Buses and bicycles for every neighbourhood."),
        "wash": ("Water and sanitation", ["water"], "Clean water reaches informal settlements."),
    },
    "fr": {
        "inond": ("Les inondations dans les villes côtières", [], "Une inondation a touché Dakar."),
        "canic": ("Canicules au Sahel", ["climat"], "Les canicules durent plus longtemps."),
        "logem": ("Le logement abordable", [], "Des logements pour les familles."),
        "odd": ("Les villes et les ODD", [], "Les villes rendent compte des objectifs de développement durable."),
        "eau": ("L'eau et l'assainissement", [], "L'eau potable dans les quartiers."),
    },
    "es": {
        "inund": ("Inundaciones en ciudades costeras", [], "La inundación afectó a miles de hogares."),
        "vivie": ("Vivienda asequible", [], "Nuevas viviendas para las familias."),
        "calor": ("Olas de calor", ["clima"], "El calor extremo afecta a las ciudades."),
        "trans": ("Transporte urbano", [], "Autobuses para todos los barrios."),
    },
    "ru": {
        "navod": ("Наводнения в прибрежных городах", [], "Наводнение затронуло тысячи домов."),
        "zhil": ("Доступное жильё", [], "Программа жилья для семей."),
        "zhara": ("Жара в городах", ["климат"], "Волны жары становятся длиннее."),
        "trans": ("Городской транспорт", [], "Автобусы для всех районов."),
    },
    "ar": {
        "sakan": ("السكن الميسر", [], "برامج للسكن في المدن الكبيرة."),
        "harara": ("الحرارة في المدن", ["المناخ"], "موجات حرارة أطول كل عام."),
        "miyah": ("المياه والصرف الصحي", [], "مياه الشرب في الأحياء."),
        # As the demo's Amman story and the housing flagship write them: the
        # definite forms only, so the bare and و-prefixed queries must stem.
        "amman": (
            "شرق عمّان: الماء في الصنبور كل يوم",
            [],
            "أصبحت الأسر في ثلاثة أحياء من شرق عمّان تحصل على المياه من الصنبور كل يوم. "
            "وحتى هذا العام كانت المياه تصل مرتين في الأسبوع.",
        ),
        "iskan": ("سياسات الإسكان في المدن الثانوية", [], "تدعم البرامج الإسكان الميسر للأسر ذات الدخل المحدود."),
    },
    "zh-hans": {
        "hongshui": ("沿海城市的洪水", [], "洪水影响了数千户家庭。"),
        "zhufang": ("经济适用住房", [], "为家庭提供住房。"),
        "guihua": ("城市规划", ["规划"], "可持续的城市发展计划。"),
    },
}


@dataclass(frozen=True)
class Case:
    query: str
    relevant: tuple[str, ...]  # the pages that must come first (any order among them)


CASES = {
    "en": [
        Case("flood", ("coast", "drain")),
        Case("floods", ("coast", "drain")),
        Case("flooding", ("coast", "drain")),
        Case("heatwave", ("sahel",)),
        Case("heatwaves", ("sahel",)),
        Case("sustainable development goals", ("goals",)),
        Case("SDG", ("goals",)),
        Case("flood OR heat", ("coast", "drain", "cool")),
        Case("hous*", ("homes",)),
        Case("COVID-19", ("covid",)),
        Case("heat", ("cool",)),
        Case('"urban flooding"', ("drain",)),
        Case("informal settlements", ("covid", "wash")),
    ],
    "fr": [
        Case("inondation", ("inond",)),
        Case("inondations", ("inond",)),
        Case("canicule", ("canic",)),
        Case("logements", ("logem",)),
        Case("ODD", ("odd",)),
        Case("inondation OR canicule", ("inond", "canic")),
        Case("assainis*", ("eau",)),
    ],
    "es": [
        Case("inundación", ("inund",)),
        Case("inundaciones", ("inund",)),
        Case("viviendas", ("vivie",)),
        Case("calor OR transporte", ("calor", "trans")),
        Case("vivi*", ("vivie",)),
    ],
    "ru": [
        Case("наводнение", ("navod",)),
        Case("наводнений", ("navod",)),
        Case("жилья", ("zhil",)),
        Case("жары", ("zhara",)),
        Case("климат", ("zhara",)),
    ],
    "ar": [
        Case("سكن", ("sakan",)),
        Case("للسكن", ("sakan",)),
        Case("حرارة", ("harara",)),
        Case("المناخ", ("harara",)),
        Case("والمياه", ("miyah", "amman")),
        Case("بالمياه", ("miyah", "amman")),
        Case("مياه", ("miyah", "amman")),
        Case("إسكان", ("iskan",)),
        Case("اسكان", ("iskan",)),
        Case("والإسكان", ("iskan",)),
        Case("والمدن", ("sakan", "harara", "iskan")),
    ],
    "zh-hans": [
        Case("洪水", ("hongshui",)),
        Case("住房", ("zhufang",)),
        Case("城市规划", ("guihua",)),
        Case("规划", ("guihua",)),
    ],
}


def load_corpus(parent: Page) -> None:
    """One document per corpus entry, each on a page of its own under `parent`."""
    for code, entries in CORPUS.items():
        locale = Locale.objects.get(language_code=code)
        for key, (title, keywords, text) in entries.items():
            page = parent.add_child(instance=Page(title=title, slug=f"rel-{code}-{key}", locale=locale, live=True))
            SearchDocument.objects.create(
                page=page,
                locale=locale,
                translation_key=page.translation_key,
                content_type="publication",
                title=title,
                snippet=text,
                body="",
                url=f"/{code}/{key}/",
                **index_fields(title, keywords, text, code),
            )


def precision_at_5(ranked: list[str], relevant) -> float:
    relevant = set(relevant)
    top = ranked[:5]
    return sum(1 for key in top if key in relevant) / min(5, len(relevant))


def evaluate() -> dict[str, dict]:
    """{language: {"p5": mean precision at 5, "cases": [(query, ranked keys, p5), ...]}}"""
    report = {}
    for code, cases in CASES.items():
        locale = Locale.objects.get(language_code=code)
        rows = []
        for case in cases:
            answer = service.search(case.query, locale, limit=10)
            ranked = [result.url.strip("/").split("/")[-1] for result in answer.page.results]
            rows.append((case.query, ranked, precision_at_5(ranked, case.relevant), case.relevant))
        report[code] = {"p5": sum(row[2] for row in rows) / len(rows), "cases": rows}
    return report
