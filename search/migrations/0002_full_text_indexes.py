"""Full-text indexes the ORM cannot declare, one set per database vendor.

SQLite: an FTS5 table over the document's indexed text, kept in step by triggers
(so bulk inserts are indexed too). PostgreSQL: a generated `search_vector`
column analysed with each row's own text search configuration, behind a GIN
index. The configuration names are written as literals in the CASE so that the
expression stays immutable, which a generated column requires.
"""

from django.db import migrations

TABLE = "site_search_searchdocument"
CONFIGS = ["english", "french", "spanish", "russian", "arabic"]

SQLITE_FORWARD = [
    f"""CREATE VIRTUAL TABLE site_search_fts USING fts5(
        index_title, index_text, content='{TABLE}', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER site_search_fts_insert AFTER INSERT ON {TABLE} BEGIN
        INSERT INTO site_search_fts(rowid, index_title, index_text) VALUES (new.id, new.index_title, new.index_text);
    END""",
    f"""CREATE TRIGGER site_search_fts_delete AFTER DELETE ON {TABLE} BEGIN
        INSERT INTO site_search_fts(site_search_fts, rowid, index_title, index_text)
        VALUES ('delete', old.id, old.index_title, old.index_text);
    END""",
    f"""CREATE TRIGGER site_search_fts_update AFTER UPDATE ON {TABLE} BEGIN
        INSERT INTO site_search_fts(site_search_fts, rowid, index_title, index_text)
        VALUES ('delete', old.id, old.index_title, old.index_text);
        INSERT INTO site_search_fts(rowid, index_title, index_text) VALUES (new.id, new.index_title, new.index_text);
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS site_search_fts_update",
    "DROP TRIGGER IF EXISTS site_search_fts_delete",
    "DROP TRIGGER IF EXISTS site_search_fts_insert",
    "DROP TABLE IF EXISTS site_search_fts",
]


def _vector(config: str) -> str:
    return (
        f"setweight(to_tsvector('{config}'::regconfig, coalesce(index_title, '')), 'A') || "
        f"setweight(to_tsvector('{config}'::regconfig, coalesce(index_text, '')), 'B')"
    )


_CASES = "\n".join(f"WHEN '{config}' THEN {_vector(config)}" for config in CONFIGS)
POSTGRES_FORWARD = [
    f"""ALTER TABLE {TABLE} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        CASE search_config {_CASES} ELSE {_vector("simple")} END) STORED""",
    f"CREATE INDEX site_search_vector_gin ON {TABLE} USING GIN (search_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS site_search_vector_gin",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("site_search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
