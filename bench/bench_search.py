"""Search latency on PostgreSQL: the search service (database backend) against a
raw full-text query over the same rows, at 10,000 and 100,000 documents in three
locales.

Data is bulk-inserted (pages with their tree paths, then their search
documents); publishing 100,000 pages through the ORM would take over an hour.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_search .venv/bin/python -m bench search
"""

import random
import statistics
import time
import uuid

SIZES = [10_000, 100_000]
LOCALES = {"en": "english", "fr": "french", "es": "spanish"}
RUNS_PER_QUERY = 15
GOAL_P95_MS = 50.0
GOAL_RATIO = 1.5

# Topic words visitors search for, per language; each appears in a few percent
# of documents. The rest of the text is drawn from a large Zipf vocabulary.
TOPICS = {
    "en": [
        "housing",
        "water",
        "climate",
        "resilience",
        "transport",
        "finance",
        "migration",
        "health",
        "energy",
        "planning",
        "land",
        "waste",
        "governance",
        "safety",
        "heritage",
        "mobility",
        "density",
        "informal",
        "settlements",
    ],
    "fr": [
        "logement",
        "eau",
        "climat",
        "résilience",
        "transport",
        "finance",
        "migration",
        "santé",
        "énergie",
        "planification",
        "foncier",
        "déchets",
        "gouvernance",
        "sécurité",
        "patrimoine",
        "mobilité",
        "densité",
        "informels",
        "quartiers",
    ],
    "es": [
        "vivienda",
        "agua",
        "clima",
        "resiliencia",
        "transporte",
        "finanzas",
        "migración",
        "salud",
        "energía",
        "planificación",
        "suelo",
        "residuos",
        "gobernanza",
        "seguridad",
        "patrimonio",
        "movilidad",
        "densidad",
        "informales",
        "asentamientos",
    ],
}
QUERIES = {
    "en": ["housing", "climate resilience", "water", "informal settlements", "energy planning", "heritage"],
    "fr": ["logement", "résilience climat", "eau", "quartiers informels", "énergie", "patrimoine"],
    "es": ["vivienda", "resiliencia clima", "agua", "asentamientos informales", "energía", "patrimonio"],
}


def _vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "pa", "do", "fe", "gu", "ri", "ba", "ch"]
    return ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size)]


def _text(rng, vocabulary, weights, topics, words: int, topic_chance: float) -> str:
    chosen = rng.choices(vocabulary, cum_weights=weights, k=words)
    if rng.random() < topic_chance:
        chosen[rng.randrange(words)] = rng.choice(topics)
    return " ".join(chosen)


def _insert(count: int, start: int, parent, locales: dict, rng: random.Random) -> None:
    """Bulk-insert `count` pages under `parent` (three locales in turn, translations
    sharing a key) and their search documents."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from search.models import SearchDocument, SearchDocumentTag
    from search.text import index_form

    vocabulary = _vocabulary(rng)
    weights, total = [], 0.0
    for rank in range(1, len(vocabulary) + 1):
        total += 1 / rank
        weights.append(total)
    content_type = ContentType.objects.get_for_model(Page)
    codes = list(LOCALES)
    pages, documents = [], []
    key = uuid.uuid4()
    for number in range(start, start + count):
        code = codes[number % 3]
        if number % 3 == 0:
            key = uuid.uuid4()
        slug = f"bench-{number}"
        title = _text(rng, vocabulary, weights, TOPICS[code], 6, 0.3)
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                locale=locales[code],
                translation_key=key,
                path=Page._get_path(parent.path, parent.depth + 1, number + 1),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
            )
        )
    Page.objects.bulk_create(pages, batch_size=2000)
    for page in pages:
        snippet = _text(rng, vocabulary, weights, TOPICS[page.locale.language_code], 30, 1.0)
        body = _text(rng, vocabulary, weights, TOPICS[page.locale.language_code], 120, 0.5)
        year = 2015 + page.pk % 10
        documents.append(
            SearchDocument(
                page=page,
                locale=page.locale,
                translation_key=page.translation_key,
                content_type=["page", "publication", "flagship"][page.pk % 3],
                title=page.title,
                snippet=snippet,
                body=body,
                date=None,
                year=year,
                url=f"/{page.locale.language_code}/{page.slug}/",
                index_title=index_form(page.title),
                index_text=index_form(f"{snippet} {body}"),
                search_config=LOCALES[page.locale.language_code],
                # What search.sync writes: the areas on the row as well as in tags.
                areas=[[f"area-{page.pk % 12}", f"Area {page.pk % 12}"]],
                countries=[],
            )
        )
    SearchDocument.objects.bulk_create(documents, batch_size=2000)
    SearchDocumentTag.objects.bulk_create(
        [
            SearchDocumentTag(document=document, kind="area", slug=document.areas[0][0], name=document.areas[0][1])
            for document in documents
        ],
        batch_size=5000,
    )
    Page.objects.filter(pk=parent.pk).update(numchild=start + count)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95


def _measure(locales: dict) -> dict:
    from django.db import connection

    from search import service

    table = "site_search_searchdocument"
    raw_sql = (
        f"SELECT id, title, snippet, url FROM {table} "
        "WHERE locale_id = %s AND search_vector @@ websearch_to_tsquery(%s::regconfig, %s) "
        "ORDER BY ts_rank(search_vector, websearch_to_tsquery(%s::regconfig, %s)) DESC LIMIT 20"
    )
    results = {}
    for code, config in LOCALES.items():
        service_times, raw_times = [], []
        for query in QUERIES[code]:
            # Warm both paths once so the first, uncached plan is not measured.
            service.search(query, locales[code])
            with connection.cursor() as cursor:
                cursor.execute(raw_sql, [locales[code].pk, config, query, config, query])
                cursor.fetchall()
            for _ in range(RUNS_PER_QUERY):
                started = time.perf_counter()
                answer = service.search(query, locales[code])
                service_times.append((time.perf_counter() - started) * 1000)
                assert answer.page.count > 0, query
                started = time.perf_counter()
                with connection.cursor() as cursor:
                    cursor.execute(raw_sql, [locales[code].pk, config, query, config, query])
                    cursor.fetchall()
                raw_times.append((time.perf_counter() - started) * 1000)
        results[code] = (_percentiles(service_times), _percentiles(raw_times))
    return results


def run() -> str:
    from django.db import connection

    heading = "## Search latency\n\n"
    command = "`DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_search .venv/bin/python -m bench search`"
    if connection.vendor != "postgresql":
        return heading + f"Needs PostgreSQL: run {command}.\n"
    from wagtail.models import Locale, Page

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LOCALES}
    root = Page.get_first_root_node()
    parent = root.add_child(instance=Page(title="Bench", slug="bench-root", locale=locales["en"]))
    rng = random.Random(20240611)
    rows = []
    inserted = 0
    for size in SIZES:
        started = time.monotonic()
        _insert(size - inserted, inserted, parent, locales, rng)
        inserted = size
        with connection.cursor() as cursor:
            # What autovacuum does after a bulk load: statistics, and the visibility
            # map that lets the facet join read the tag index alone.
            cursor.execute("VACUUM ANALYZE site_search_searchdocument")
            cursor.execute("VACUUM ANALYZE site_search_searchdocumenttag")
        load_seconds = time.monotonic() - started
        for code, ((p50, p95), (raw_p50, raw_p95)) in _measure(locales).items():
            ratio = p95 / raw_p95 if raw_p95 else float("inf")
            cells = [f"{size:,}", code, *(f"{value:.1f}" for value in (p50, p95, raw_p50, raw_p95)), f"{ratio:.2f}"]
            verdicts = ["yes" if p95 <= GOAL_P95_MS else "no", "yes" if ratio <= GOAL_RATIO else "no"]
            rows.append("| " + " | ".join([*cells, *verdicts]) + " |")
        print(f"  {size:,} documents loaded in {load_seconds:.0f} s and measured", flush=True)
    table = "\n".join(
        [
            "| documents | locale | service p50 (ms) | service p95 (ms) | raw p50 (ms) | raw p95 (ms) | p95 ratio "
            f"| p95 ≤ {GOAL_P95_MS:.0f} ms | ≤ {GOAL_RATIO}× raw |",
            "|---:|---|---:|---:|---:|---:|---:|---|---|",
            *rows,
        ]
    )
    return (
        heading
        + f"Command: {command}\n\n"
        + "Documents are bulk-inserted (pages with tree paths, then search documents with one thematic area each), "
        "a third in each of English, French and Spanish, translations sharing a key. Text is drawn from a Zipf "
        "vocabulary of 20,000 words; each document also carries one topic word (of 19 per language) in its "
        "summary, and one more in its title (30 % of documents) and body (50 %), so a one-topic query matches "
        "roughly a tenth of a locale's documents. Each of six queries per locale "
        f"(one and two words) runs {RUNS_PER_QUERY} times after a warm-up.\n\n"
        "*Service*: `search.service.search(query, locale)` on the database backend: abbreviation lookup, then one "
        "statement for the ranked page of 20 results with their thematic areas, the count, and the type, year and "
        "thematic area facets, with the locale fallback (English pages standing in) applied. "
        "*Raw*: one `websearch_to_tsquery` query ranked with `ts_rank`, `LIMIT 20`, same "
        f"table and GIN index. Goal: p95 ≤ {GOAL_P95_MS:.0f} ms at 100,000 documents and ≤ {GOAL_RATIO}× raw.\n\n"
        + table
        + "\n"
    )
