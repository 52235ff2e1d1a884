"""The default backend: full text in the database the site already runs on.

SQLite: the FTS5 table `site_search_fts` (migration 0002), ranked with bm25,
title weighted ten times the rest. PostgreSQL: the generated `search_vector`
column, each row analysed with its own language's configuration; the query is
analysed with the configuration of each locale it may match (the requested
one, and the default locale's for untranslated pages shown in its place).
Neither goes through modelsearch: it uses one configuration for every row.
"""

from django.db import connection
from django.db.models import BooleanField, FloatField
from django.db.models.expressions import RawSQL
from wagtail.models import Locale

from home.search_registry import content_type_labels
from home.serializers import locale_codes

from ..documents import visible_documents
from ..models import SearchDocument, SearchDocumentTag
from ..query import QueryPlan
from ..results import FacetValue, Filters, Result, SearchPage
from ..sync import search_config
from ..text import WORD, index_form

TABLE = SearchDocument._meta.db_table


def _fts5_string(plan: QueryPlan) -> str:
    def phrase(words):
        return '"' + " ".join(word.replace('"', '""') for word in words) + '"'

    return " AND ".join("(" + " OR ".join(phrase(words) for words in clause) + ")" for clause in plan.clauses)


def _tsquery_sql(plan: QueryPlan, config: str) -> tuple[str, list]:
    parts, params = [], []
    for clause in plan.clauses:
        alternatives = []
        for words in clause:
            alternatives.append("phraseto_tsquery(%s::regconfig, %s)")
            params.extend([config, " ".join(words)])
        parts.append("(" + " || ".join(alternatives) + ")")
    return " && ".join(parts), params


class DatabaseBackend:
    name = "database"

    # --- matching -------------------------------------------------------
    def _configs(self, locale: Locale) -> list[str]:
        configs = {search_config(locale.language_code), search_config(Locale.get_default().language_code)}
        return sorted(configs)

    def _matching(self, queryset, plan: QueryPlan, locale: Locale):
        """`queryset` narrowed to the plan's matches, annotated with `rank` (higher is better)."""
        if connection.vendor == "postgresql":
            conditions, ranks, params, rank_params = [], [], [], []
            for config in self._configs(locale):
                tsquery, tsparams = _tsquery_sql(plan, config)
                conditions.append(f"({TABLE}.search_config = %s AND {TABLE}.search_vector @@ ({tsquery}))")
                params.extend([config, *tsparams])
                ranks.append(f"WHEN %s THEN ts_rank({TABLE}.search_vector, {tsquery})")
                rank_params.extend([config, *tsparams])
            matched = RawSQL("(" + " OR ".join(conditions) + ")", params, output_field=BooleanField())
            rank = RawSQL(f"CASE {TABLE}.search_config {' '.join(ranks)} ELSE 0 END", rank_params, FloatField())
            return queryset.filter(matched).annotate(rank=rank)
        if connection.vendor == "sqlite":
            match = _fts5_string(plan)
            ids = RawSQL("SELECT rowid FROM site_search_fts WHERE site_search_fts MATCH %s", [match])
            rank = RawSQL(
                "SELECT -bm25(site_search_fts, 10.0, 1.0) FROM site_search_fts "
                f"WHERE site_search_fts MATCH %s AND site_search_fts.rowid = {TABLE}.id",
                [match],
                FloatField(),
            )
            return queryset.filter(id__in=ids).annotate(rank=rank)
        raise NotImplementedError(
            f"The database search backend supports SQLite and PostgreSQL, not {connection.vendor}."
        )

    # --- the service's calls --------------------------------------------
    def search(self, plan: QueryPlan, locale: Locale, filters: Filters, offset: int, limit: int) -> SearchPage:
        matches = self._matching(visible_documents(locale), plan, locale)
        facets, total = self._facets(matches)
        filtered = _filter(matches, filters)
        count = total if filters.is_empty() else filtered.count()
        if count == 0:
            return SearchPage(count=0, results=[], facets=facets)
        rows = list(
            filtered.order_by("-rank", "-date", "pk").values(
                "id", "page_id", "content_type", "title", "snippet", "url", "date", "locale_id", "translated"
            )[offset : offset + limit]
        )
        return SearchPage(count=count, results=_results(rows), facets=facets)

    def autocomplete(self, text: str, locale: Locale, limit: int) -> list[dict]:
        words = [word.casefold() for word in WORD.findall(index_form(text))][:8]
        if not words:
            return []
        queryset = visible_documents(locale)
        if connection.vendor == "postgresql":
            conditions, params = [], []
            for config in self._configs(locale):
                # Every word but the last must be whole; the last is a prefix.
                # Weight A: titles only.
                terms = " & ".join(
                    f"'{word}':{'*' if index == len(words) - 1 else ''}A" for index, word in enumerate(words)
                )
                conditions.append(
                    f"({TABLE}.search_config = %s AND {TABLE}.search_vector @@ to_tsquery(%s::regconfig, %s))"
                )
                params.extend([config, config, terms])
            queryset = queryset.filter(RawSQL("(" + " OR ".join(conditions) + ")", params, output_field=BooleanField()))
        else:
            last = words[-1].replace('"', '""')
            head = " ".join(f'"{word}"' for word in words[:-1])
            match = f'index_title : ({head} "{last}"*)'.replace("( ", "(")
            queryset = queryset.filter(
                id__in=RawSQL("SELECT rowid FROM site_search_fts WHERE site_search_fts MATCH %s", [match])
            )
        codes = locale_codes()
        rows = queryset.order_by("title", "pk").values("title", "url", "content_type", "locale_id", "translated")
        return [
            {
                "title": row["title"],
                "url": row["url"],
                "type": row["content_type"],
                "locale": codes[row["locale_id"]],
                "translated": row["translated"],
            }
            for row in rows[:limit]
        ]

    def documents_changed(self, translation_keys, removed_page_ids) -> None:
        """Nothing to do: this backend reads the document table itself."""

    def rebuild(self, progress=None) -> str:
        """Nothing beyond the documents: their full-text indexes follow them."""
        return ""

    # --- facets ---------------------------------------------------------
    def _facets(self, matches) -> tuple[dict[str, list[FacetValue]], int]:
        """Facet counts in one grouped query over the matches (a CTE read three times)."""
        ids_sql, params = matches.values("id").query.sql_with_params()
        tag_table = SearchDocumentTag._meta.db_table
        sql = f"""
            WITH matched AS ({ids_sql})
            SELECT 'type', d.content_type, '', COUNT(*) FROM {TABLE} d
                WHERE d.id IN (SELECT id FROM matched) GROUP BY d.content_type
            UNION ALL
            SELECT 'year', CAST(d.year AS TEXT), '', COUNT(*) FROM {TABLE} d
                WHERE d.year IS NOT NULL AND d.id IN (SELECT id FROM matched) GROUP BY d.year
            UNION ALL
            SELECT 'thematic_area', t.slug, MIN(t.name), COUNT(DISTINCT t.document_id) FROM {tag_table} t
                WHERE t.kind = 'area' AND t.document_id IN (SELECT id FROM matched) GROUP BY t.slug
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return facets_from_rows(rows)


def facets_from_rows(rows) -> tuple[dict[str, list[FacetValue]], int]:
    labels = content_type_labels()
    facets: dict[str, list[FacetValue]] = {"type": [], "thematic_area": [], "year": []}
    total = 0
    for facet, value, label, count in rows:
        if facet == "type":
            total += count
            label = str(labels.get(value, value))
        elif facet == "year":
            label = value
        facets[facet].append(FacetValue(value=value, label=label, count=count))
    facets["type"].sort(key=lambda item: (-item.count, item.label))
    facets["thematic_area"].sort(key=lambda item: (-item.count, item.label))
    facets["year"].sort(key=lambda item: item.value, reverse=True)
    return facets, total


def _filter(queryset, filters: Filters):
    if filters.type:
        queryset = queryset.filter(content_type=filters.type)
    if filters.year:
        queryset = queryset.filter(year=filters.year)
    if filters.thematic_area:
        queryset = queryset.filter(
            id__in=SearchDocumentTag.objects.filter(kind=SearchDocumentTag.AREA, slug=filters.thematic_area).values(
                "document_id"
            )
        )
    if filters.country:
        queryset = queryset.filter(
            id__in=SearchDocumentTag.objects.filter(kind=SearchDocumentTag.COUNTRY, slug=filters.country).values(
                "document_id"
            )
        )
    return queryset


def _results(rows: list[dict]) -> list[Result]:
    """Result objects for one page of rows, with their thematic areas in one query."""
    codes = locale_codes()
    areas: dict[int, list[tuple[str, str]]] = {}
    for document_id, slug, name in SearchDocumentTag.objects.filter(
        document_id__in=[row["id"] for row in rows], kind=SearchDocumentTag.AREA
    ).values_list("document_id", "slug", "name"):
        areas.setdefault(document_id, []).append((slug, name))
    return [
        Result(
            page_id=row["page_id"],
            type=row["content_type"],
            title=row["title"],
            snippet=row["snippet"],
            url=row["url"],
            date=row["date"],
            thematic_areas=areas.get(row["id"], []),
            locale=codes[row["locale_id"]],
            translated=row["translated"],
        )
        for row in rows
    ]
