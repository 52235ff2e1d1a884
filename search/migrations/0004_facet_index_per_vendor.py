"""The tag index the facet join reads, declared per vendor: covering (INCLUDE)
on PostgreSQL, so the join reads the index alone; plain on SQLite, which has no
covering indexes and warns (models.W040) when a model declares one."""

from django.db import migrations

TABLE = "site_search_searchdocumenttag"
FORWARD = {
    "postgresql": f"CREATE INDEX site_search_tag_document ON {TABLE} (document_id, kind) INCLUDE (slug, name)",
    "sqlite": f"CREATE INDEX site_search_tag_document ON {TABLE} (document_id, kind)",
}


def create(apps, schema_editor):
    statement = FORWARD.get(schema_editor.connection.vendor)
    if statement:
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor in FORWARD:
        schema_editor.execute("DROP INDEX IF EXISTS site_search_tag_document")


class Migration(migrations.Migration):
    dependencies = [("site_search", "0003_fallback_and_facet_indexes")]

    operations = [
        migrations.RemoveIndex(model_name="searchdocumenttag", name="site_search_tag_document"),
        migrations.RunPython(create, drop),
    ]
