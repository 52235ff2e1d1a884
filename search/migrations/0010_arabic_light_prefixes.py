"""Arabic words are stemmed by the project (search/stemming.py: the article and
a leading و taken off, then Snowball), on every database.

This re-stems the Arabic documents and the Arabic vocabulary that exist (SQLite's
FTS5 table follows the rows through its triggers). On PostgreSQL the generated
`search_vector` now indexes an Arabic row with `simple` over its plain columns
(for prefixes and autocomplete) and its stemmed columns (for words and
phrases), instead of PostgreSQL's `arabic` configuration, which is Snowball's
Arabic stemmer alone ("والمياه" → "والمي", never "مياه").
"""

from django.db import migrations

TABLE = "site_search_searchdocument"
DICTIONARY_CONFIGS = ["english", "french", "spanish", "russian"]


def _vector(config, title="index_title", keywords="index_keywords", text="index_text"):
    return (
        f"setweight(to_tsvector('{config}'::regconfig, coalesce({title}, '')), 'A') || "
        f"setweight(to_tsvector('{config}'::regconfig, coalesce({keywords}, '')), 'A') || "
        f"setweight(to_tsvector('{config}'::regconfig, coalesce({text}, '')), 'B')"
    )


_ARABIC_VECTOR = _vector("simple") + " || " + _vector("simple", "stemmed_title", "stemmed_keywords", "stemmed_text")


def _pg_statements(arabic_vector):
    cases = "\n".join(f"WHEN '{config}' THEN {_vector(config)}" for config in DICTIONARY_CONFIGS)
    return [
        "DROP INDEX IF EXISTS site_search_vector_gin",
        f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector",
        f"""ALTER TABLE {TABLE} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
            CASE search_config {cases} WHEN 'arabic' THEN {arabic_vector}
            ELSE {_vector("simple")} END) STORED""",
        f"CREATE INDEX site_search_vector_gin ON {TABLE} USING GIN (search_vector)",
    ]


def forward(apps, schema_editor):
    from search.stemming import stem, stem_text

    SearchDocument = apps.get_model("site_search", "SearchDocument")
    SearchTerm = apps.get_model("site_search", "SearchTerm")
    Locale = apps.get_model("wagtailcore", "Locale")
    rows = SearchDocument.objects.filter(search_config="arabic").values_list(
        "pk", "index_title", "index_keywords", "index_text"
    )
    for pk, title, keywords, text in list(rows):
        SearchDocument.objects.filter(pk=pk).update(
            stemmed_title=stem_text(title or "", "ar"),
            stemmed_keywords=stem_text(keywords or "", "ar"),
            stemmed_text=stem_text(text or "", "ar"),
        )
    arabic_locales = [
        pk for pk, code in Locale.objects.values_list("pk", "language_code") if code.split("-")[0] == "ar"
    ]
    terms = SearchTerm.objects.filter(locale_id__in=arabic_locales)
    for term in terms.iterator():
        new_stem = stem(term.word, "ar")[:64]
        if new_stem != term.stem:
            SearchTerm.objects.filter(pk=term.pk).update(stem=new_stem)
    if schema_editor.connection.vendor == "postgresql":
        for statement in _pg_statements(_ARABIC_VECTOR):
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in _pg_statements(_vector("arabic")):
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("site_search", "0009_cover_on_documents")]

    operations = [migrations.RunPython(forward, backward)]
