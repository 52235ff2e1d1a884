"""The default backend: full text in the database the site already runs on.

SQLite: the FTS5 table `site_search_fts` (migration 0002), ranked with bm25,
title weighted ten times the rest. PostgreSQL: the generated `search_vector`
column, each row analysed with its own language's configuration; the query is
analysed with the configuration of each locale it may match (the requested
one, and the default locale's for untranslated pages shown in its place).
Neither goes through modelsearch: it uses one configuration for every row.
"""

import datetime

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
    def _matching(self, queryset, plan: QueryPlan, locale: Locale, default: Locale):
        """`queryset` narrowed to the plan's matches, annotated with `rank` (higher is better)."""
        if connection.vendor == "postgresql":
            # Each locale that can appear (the requested one, and the default one
            # for stand-ins) reads the query analysed with its own configuration.
            # The conditions are plain `search_vector @@ query` so that the GIN
            # index answers them exactly and no row's vector is re-read; the
            # visibility filter already keeps only those two locales.
            queries = {locale.pk: _tsquery_sql(plan, search_config(locale.language_code))}
            if default.pk != locale.pk:
                queries[default.pk] = _tsquery_sql(plan, search_config(default.language_code))
            distinct = list({(sql, tuple(params)): (sql, params) for sql, params in queries.values()}.values())
            matched = RawSQL(
                "(" + " OR ".join(f"{TABLE}.search_vector @@ ({sql})" for sql, _p in distinct) + ")",
                [param for _sql, params in distinct for param in params],
                output_field=BooleanField(),
            )
            if len(distinct) == 1:
                sql, params = distinct[0]
                rank = RawSQL(f"ts_rank({TABLE}.search_vector, {sql})", params, FloatField())
            else:
                (own_sql, own_params), (other_sql, other_params) = queries[locale.pk], queries[default.pk]
                rank = RawSQL(
                    f"ts_rank({TABLE}.search_vector, "
                    f"CASE WHEN {TABLE}.locale_id = %s THEN {own_sql} ELSE {other_sql} END)",
                    [locale.pk, *own_params, *other_params],
                    FloatField(),
                )
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
        """One statement: the matches are found and ranked once (a CTE), then read
        for the page of results, the filtered count and the three facets."""
        default = Locale.get_default()
        matches = self._matching(visible_documents(locale, default), plan, locale, default)
        # The CTE carries only what sorting, filtering and counting need; the
        # display columns are read for the page of results alone.
        cte_sql, cte_params = matches.values(*MATCH_COLUMNS).query.sql_with_params()
        where, where_params = _filter_sql(filters)
        tag_table = SearchDocumentTag._meta.db_table
        hit_columns = ", ".join(f"d.{column}" if column in DISPLAY_COLUMNS else f"h.{column}" for column in HIT_COLUMNS)
        empty = ", ".join("NULL" for _column in HIT_COLUMNS)
        after_id = ", ".join("NULL" for _column in HIT_COLUMNS[1:])
        sql = f"""
            WITH m AS ({cte_sql}),
            h AS (
                SELECT m.*, ROW_NUMBER() OVER (ORDER BY m.rank DESC, m.date DESC, m.id) AS position
                FROM m WHERE {where} ORDER BY position LIMIT %s OFFSET %s
            )
            SELECT 'hit', NULL, NULL, h.position, {hit_columns} FROM h JOIN {TABLE} d ON d.id = h.id
            UNION ALL
            SELECT 'hit_area', t.slug, t.name, t.sort_order, t.document_id, {after_id}
                FROM h JOIN {tag_table} t ON t.document_id = h.id AND t.kind = 'area'
            UNION ALL
            SELECT 'count', NULL, NULL, COUNT(*), {empty} FROM m WHERE {where}
            UNION ALL
            SELECT 'type', m.content_type, '', COUNT(*), {empty} FROM m GROUP BY m.content_type
            UNION ALL
            SELECT 'year', CAST(m.year AS TEXT), '', COUNT(*), {empty} FROM m WHERE m.year IS NOT NULL GROUP BY m.year
            UNION ALL
            SELECT 'thematic_area', t.slug, MIN(t.name), COUNT(DISTINCT t.document_id), {empty}
                FROM m {_tag_join(tag_table)} GROUP BY t.slug
        """
        params = [*cte_params, *where_params, limit, offset, *where_params]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        hits = [
            dict(zip(HIT_COLUMNS, row[4:], strict=True))
            for row in sorted((row for row in rows if row[0] == "hit"), key=lambda row: row[3])
        ]
        areas: dict[int, list[tuple[int, str, str]]] = {}
        for _kind, slug, name, order, document_id, *_rest in (row for row in rows if row[0] == "hit_area"):
            areas.setdefault(document_id, []).append((order, slug, name))
        count = next((row[3] for row in rows if row[0] == "count"), 0)
        facet_rows = [row[:4] for row in rows if row[0] in ("type", "year", "thematic_area")]
        facets, _total = facets_from_rows(facet_rows)
        return SearchPage(count=count, results=_results(hits, areas), facets=facets)

    def autocomplete(self, text: str, locale: Locale, limit: int) -> list[dict]:
        words = [word.casefold() for word in WORD.findall(index_form(text))][:8]
        if not words:
            return []
        queryset = visible_documents(locale)
        if connection.vendor == "postgresql":
            # Every word but the last must be whole; the last is a prefix.
            # Weight A: titles only.
            terms = " & ".join(
                f"'{word}':{'*' if index == len(words) - 1 else ''}A" for index, word in enumerate(words)
            )
            configs = sorted({search_config(locale.language_code), search_config(Locale.get_default().language_code)})
            conditions = [f"{TABLE}.search_vector @@ to_tsquery(%s::regconfig, %s)" for _config in configs]
            params = [value for config in configs for value in (config, terms)]
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


def _tag_join(tag_table: str) -> str:
    """Join the matches to their thematic areas. On PostgreSQL, LATERAL makes it
    one index probe per match; a plain join there hashes the whole tag table,
    which costs more than the search itself once there are many documents."""
    if connection.vendor == "postgresql":
        return (
            f"CROSS JOIN LATERAL (SELECT slug, name, document_id FROM {tag_table} "
            # OFFSET 0 keeps the planner from flattening it back into a hash join.
            "WHERE document_id = m.id AND kind = 'area' OFFSET 0) t"
        )
    return f"JOIN {tag_table} t ON t.document_id = m.id AND t.kind = 'area'"


HIT_COLUMNS = ["id", "page_id", "content_type", "title", "snippet", "url", "date", "locale_id", "translated"]
DISPLAY_COLUMNS = {"page_id", "title", "snippet", "url"}
MATCH_COLUMNS = ["id", "content_type", "date", "year", "locale_id", "translated", "rank"]


def _filter_sql(filters: Filters) -> tuple[str, list]:
    """The filters as a condition on the matches CTE `m`."""
    tag_table = SearchDocumentTag._meta.db_table
    conditions, params = ["1 = 1"], []
    if filters.type:
        conditions.append("m.content_type = %s")
        params.append(filters.type)
    if filters.year:
        conditions.append("m.year = %s")
        params.append(filters.year)
    for kind, value in ((SearchDocumentTag.AREA, filters.thematic_area), (SearchDocumentTag.COUNTRY, filters.country)):
        if value:
            conditions.append(
                f"EXISTS (SELECT 1 FROM {tag_table} t WHERE t.document_id = m.id AND t.kind = %s AND t.slug = %s)"
            )
            params.extend([kind, value])
    return " AND ".join(conditions), params


def _results(rows: list[dict], areas: dict[int, list[tuple[int, str, str]]]) -> list[Result]:
    codes = locale_codes()
    return [
        Result(
            page_id=row["page_id"],
            type=row["content_type"],
            title=row["title"],
            snippet=row["snippet"],
            url=row["url"],
            # Raw SQLite rows carry dates as text and booleans as integers.
            date=datetime.date.fromisoformat(row["date"]) if isinstance(row["date"], str) else row["date"],
            thematic_areas=[(slug, name) for _order, slug, name in sorted(areas.get(row["id"], []))],
            locale=codes[row["locale_id"]],
            translated=bool(row["translated"]),
        )
        for row in rows
    ]
