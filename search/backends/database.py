"""The default backend: full text in the database the site already runs on.

SQLite: the FTS5 table `site_search_fts` (migration 0002), ranked with bm25,
title weighted ten times the rest. PostgreSQL: the generated `search_vector`
column, each row analysed with its own language's configuration; the query is
analysed with the configuration of each locale it may match (the requested
one, and the default locale's for untranslated pages shown in its place).
Neither goes through modelsearch: it uses one configuration for every row.
"""

import datetime
import json
from dataclasses import replace

from django.conf import settings
from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from core.search_registry import content_type_labels
from core.serializers import locale_codes

from ..documents import visible_documents
from ..models import SearchDocument
from ..query import QueryPlan, bare, is_prefix
from ..results import FacetValue, Filters, Result, SearchPage
from ..stemming import stems_of_phrase, tokens
from ..text import STEMMED_IN_PYTHON, WORD, index_form, query_config, search_config

TABLE = SearchDocument._meta.db_table
LOCALE_TABLE = Locale._meta.db_table


# The FTS5 table's columns (migration 0008), in the order bm25's weights follow:
# plain text for prefixes and autocomplete, Snowball stems for every other word.
PLAIN_COLUMNS = "{index_title index_keywords index_text}"
STEMMED_COLUMNS = "{stemmed_title stemmed_keywords stemmed_text}"
OWN_LANGUAGE_BOOST = 2.0
BM25 = "bm25(site_search_fts, 10.0, 8.0, 1.0, 10.0, 8.0, 1.0)"


def _fts5_phrase(tokens) -> str:
    return '"' + " ".join(token.replace('"', '""') for token in tokens) + '"'


def _fts5_string(plan: QueryPlan, languages: list[str]) -> str | None:
    """The plan as an FTS5 MATCH expression: each phrase as its stems in every
    language the search reads (the index holds each row's stems in its own
    language), a prefix against the plain words. None if nothing can match."""
    clauses = []
    for clause in plan.clauses:
        alternatives = []
        for words in clause:
            if len(words) == 1 and is_prefix(words[0]):
                plain = tokens(bare(words[0]))
                if plain:
                    alternatives.append(f"{PLAIN_COLUMNS} : {_fts5_phrase(plain)} *")
                continue
            for language in languages:
                stems = stems_of_phrase([bare(word) for word in words], language)
                if stems:
                    alternatives.append(f"{STEMMED_COLUMNS} : {_fts5_phrase(stems)}")
        alternatives = list(dict.fromkeys(alternatives))
        if not alternatives:
            # A clause of nothing indexable (symbols the tokenizer drops) asks
            # nothing of the rows.
            continue
        clauses.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(clauses) or None


def _tsquery_literal(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _tsquery_sql(plan: QueryPlan, config: str) -> tuple[str, list]:
    # Rows of a configuration stemmed in Python hold their plain words and their
    # stems, analysed with `simple`: a prefix is matched against the plain
    # words (as on SQLite), a phrase as its stems.
    stemmed_language = STEMMED_IN_PYTHON.get(config)
    analysed_with = query_config(config)
    parts, params = [], []
    for clause in plan.clauses:
        alternatives = []
        for words in clause:
            if len(words) == 1 and is_prefix(words[0]):
                # The prefix is analysed like a word (stemmed), then matched as a prefix of lexemes.
                alternatives.append("to_tsquery(%s::regconfig, %s)")
                params.extend([analysed_with, _tsquery_literal(bare(words[0])) + ":*"])
            else:
                bare_words = [bare(word) for word in words]
                if stemmed_language:
                    bare_words = list(stems_of_phrase(bare_words, stemmed_language))
                alternatives.append("phraseto_tsquery(%s::regconfig, %s)")
                params.extend([analysed_with, " ".join(bare_words)])
        parts.append("(" + " || ".join(alternatives) + ")")
    return " && ".join(parts), params


class DatabaseBackend:
    name = "database"

    # --- the service's calls --------------------------------------------
    def search(self, plan: QueryPlan, locale: Locale, filters: Filters, offset: int, limit: int) -> SearchPage:
        """One statement: the matches are found and ranked once (a CTE), then read
        for the page of results, the filtered count and the three facets.

        The statement is written here rather than through the ORM (whose query
        building cost more than the statement itself on small sites), and the
        thematic areas come from the document row (`areas`), not a joined table."""
        # The default locale's code needs no query (Locale.get_default() is one
        # round trip and an ORM object per search); its id is read by the
        # statement itself.
        default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        vendor = connection.vendor
        matched = _matches_sql(plan, locale, default_code, vendor)
        if matched is None:
            return SearchPage(facets=facets_from_rows([])[0])
        cte_sql, cte_params = matched
        where, where_params = _filter_sql(filters, vendor)
        # Each facet counts the matches under every filter but its own, so its
        # options say what choosing each would give with the other filters kept.
        facet_where = {name: _filter_sql(filters, vendor, leave_out=name) for name in ("type", "year", "thematic_area")}
        if vendor == "postgresql":
            areas = "CROSS JOIN LATERAL jsonb_array_elements(g.areas) a"
            area_slug, area_name = "a.value->>0", "a.value->>1"
        else:
            areas = "JOIN json_each(g.areas) a"
            area_slug, area_name = "json_extract(a.value, '$[0]')", "json_extract(a.value, '$[1]')"
        # The area facet groups the matches by their `areas` array first (a site
        # has few distinct combinations) and unnests each combination once; a
        # document lists each slug once, so the sums count documents.
        sql = f"""
            WITH m AS ({cte_sql}),
            h AS (
                SELECT m.id, m.content_type, m.date, m.locale_id, m.translated, m.rank
                FROM m WHERE {where} ORDER BY m.rank DESC, m.date DESC, m.id LIMIT %s OFFSET %s
            )
            SELECT 'hit', NULL, NULL, ROW_NUMBER() OVER (ORDER BY h.rank DESC, h.date DESC, h.id),
                d.page_id, h.content_type, d.title, d.snippet, d.url, h.date, h.locale_id, h.translated, d.areas
                FROM h JOIN {TABLE} d ON d.id = h.id
            UNION ALL
            SELECT 'count', NULL, NULL, COUNT(*), {_NULLS} FROM m WHERE {where}
            UNION ALL
            SELECT 'type', m.content_type, '', COUNT(*), {_NULLS} FROM m WHERE {facet_where["type"][0]}
                GROUP BY m.content_type
            UNION ALL
            SELECT 'year', CAST(m.year AS TEXT), '', COUNT(*), {_NULLS} FROM m
                WHERE m.year IS NOT NULL AND {facet_where["year"][0]} GROUP BY m.year
            UNION ALL
            SELECT 'thematic_area', {area_slug}, MIN({area_name}), CAST(SUM(g.matches) AS INTEGER), {_NULLS}
                FROM (SELECT m.areas, COUNT(*) AS matches FROM m WHERE {facet_where["thematic_area"][0]}
                GROUP BY m.areas) g {areas} GROUP BY {area_slug}
        """
        params = [
            *cte_params,
            *where_params,
            limit,
            offset,
            *where_params,
            *facet_where["type"][1],
            *facet_where["year"][1],
            *facet_where["thematic_area"][1],
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        hits, facet_rows, count = [], [], 0
        for row in rows:
            kind = row[0]
            if kind == "hit":
                hits.append(row)
            elif kind == "count":
                count = row[3]
            else:
                facet_rows.append(row[:4])
        hits.sort(key=lambda row: row[3])
        facets, _total = facets_from_rows(facet_rows)
        return SearchPage(count=count, results=[_result(row[4:], locale, default_code) for row in hits], facets=facets)

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
            configs = sorted(
                {
                    query_config(search_config(locale.language_code)),
                    query_config(search_config(Locale.get_default().language_code)),
                }
            )
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


_NULLS = ", ".join(["NULL"] * 9)


def _matches_sql(plan: QueryPlan, locale: Locale, default_code: str, vendor: str) -> tuple[str, list] | None:
    """The visible matches of the plan in `locale` (see `documents.visible_documents`,
    which this mirrors), with what sorting, filtering and counting need; None when
    the plan holds nothing the index can match."""
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    conditions = ["(d.expire_at IS NULL OR d.expire_at > %s)"]
    params: list = [now]
    if locale.language_code == default_code:
        translated = "TRUE" if vendor == "postgresql" else "1"
        conditions.append("d.locale_id = %s")
        params.append(locale.pk)
        translated_params: list = []
    else:
        translated = "(d.locale_id = %s)"
        translated_params = [locale.pk]
        # NOT EXISTS probes the (translation_key, locale) index for each stand-in
        # candidate, instead of hashing every translation of the locale per query.
        conditions.append(
            f"(d.locale_id = %s OR (d.locale_id = (SELECT id FROM {LOCALE_TABLE} WHERE language_code = %s) "
            "AND NOT EXISTS ("
            f"SELECT 1 FROM {TABLE} x WHERE x.translation_key = d.translation_key AND x.locale_id = %s)))"
        )
        params.extend([locale.pk, default_code, locale.pk])
    if vendor == "postgresql":
        # Each locale that can appear (the requested one, and the default one
        # for stand-ins) reads the query analysed with its own configuration.
        # The conditions are plain `search_vector @@ query` so that the GIN
        # index answers them exactly and no row's vector is re-read; the
        # locale condition already keeps only those two locales.
        own_sql, own_params = _tsquery_sql(plan, search_config(locale.language_code))
        other_sql, other_params = _tsquery_sql(plan, search_config(default_code))
        if locale.language_code == default_code or (own_sql, own_params) == (other_sql, other_params):
            conditions.append(f"d.search_vector @@ ({own_sql})")
            params.extend(own_params)
            rank, rank_params = f"ts_rank(d.search_vector, {own_sql})", own_params
        else:
            conditions.append(f"(d.search_vector @@ ({own_sql}) OR d.search_vector @@ ({other_sql}))")
            params.extend([*own_params, *other_params])
            rank = f"ts_rank(d.search_vector, CASE WHEN d.locale_id = %s THEN {own_sql} ELSE {other_sql} END)"
            rank_params = [locale.pk, *own_params, *other_params]
    elif vendor == "sqlite":
        match = _fts5_string(plan, list(dict.fromkeys([locale.language_code, default_code])))
        if match is None:
            return None
        conditions.append("d.id IN (SELECT rowid FROM site_search_fts WHERE site_search_fts MATCH %s)")
        params.append(match)
        rank = f"(SELECT -{BM25} FROM site_search_fts WHERE site_search_fts MATCH %s AND site_search_fts.rowid = d.id)"
        rank_params = [match]
    else:
        raise NotImplementedError(f"The database search backend supports SQLite and PostgreSQL, not {vendor}.")
    if locale.language_code != default_code:
        # A page in the visitor's language outranks an English stand-in that
        # matches about as well.
        rank = f"({rank}) * (CASE WHEN d.locale_id = %s THEN {OWN_LANGUAGE_BOOST} ELSE 1.0 END)"
        rank_params = [*rank_params, locale.pk]
    sql = (
        f"SELECT d.id, d.content_type, d.date, d.year, d.locale_id, d.areas, d.countries, "
        f"{translated} AS translated, {rank} AS rank FROM {TABLE} d WHERE {' AND '.join(conditions)}"
    )
    return sql, [*translated_params, *rank_params, *params]


def _filter_sql(filters: Filters, vendor: str, leave_out: str | None = None) -> tuple[str, list]:
    """The filters (but `leave_out`) as a condition on the matches CTE `m` (areas
    and countries read from the row's own JSON arrays): a row matches any value
    of a filter, and every filter given."""
    if leave_out:
        filters = replace(filters, **{leave_out: ()})
    conditions, params = ["1 = 1"], []
    if filters.type:
        conditions.append(f"m.content_type IN ({_placeholders(filters.type)})")
        params += filters.type
    if filters.year:
        conditions.append(f"m.year IN ({_placeholders(filters.year)})")
        params += filters.year
    if filters.thematic_area:
        if vendor == "postgresql":
            area = "a.value->>0"
            each = "jsonb_array_elements(m.areas)"
        else:
            area = "json_extract(a.value, '$[0]')"
            each = "json_each(m.areas)"
        conditions.append(f"EXISTS (SELECT 1 FROM {each} a WHERE {area} IN ({_placeholders(filters.thematic_area)}))")
        params += filters.thematic_area
    if filters.country:
        each = "jsonb_array_elements_text(m.countries)" if vendor == "postgresql" else "json_each(m.countries)"
        conditions.append(f"EXISTS (SELECT 1 FROM {each} c WHERE c.value IN ({_placeholders(filters.country)}))")
        params += filters.country
    return " AND ".join(conditions), params


def _placeholders(values) -> str:
    return ", ".join(["%s"] * len(values))


def _json(value) -> list:
    if value is None:
        return []
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def _result(row, locale: Locale, default_code: str) -> Result:
    page_id, content_type, title, snippet, url, date, locale_id, translated, areas = row
    return Result(
        page_id=page_id,
        type=content_type,
        title=title,
        snippet=snippet,
        url=url,
        # Raw SQLite rows carry dates as text and booleans as integers.
        date=datetime.date.fromisoformat(date) if isinstance(date, str) else date,
        thematic_areas=[(slug, name) for slug, name in _json(areas)],
        # A row is in the requested locale or stands in from the default one.
        locale=locale.language_code if locale_id == locale.pk else default_code,
        translated=bool(translated),
    )
