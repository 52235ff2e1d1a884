"""Thematic areas and countries copied onto the document row (see
SearchDocument.areas): result rows and facets read them without a join.

Both columns are nullable without a default, so SQLite adds them with a plain
ADD COLUMN and keeps the FTS triggers of migration 0002."""

from django.db import migrations, models


def fill(apps, schema_editor):
    SearchDocument = apps.get_model("site_search", "SearchDocument")
    SearchDocumentTag = apps.get_model("site_search", "SearchDocumentTag")
    areas: dict[int, list] = {}
    countries: dict[int, list] = {}
    for document_id, kind, slug, name in SearchDocumentTag.objects.order_by("document_id", "sort_order", "pk").values_list(
        "document_id", "kind", "slug", "name"
    ):
        if kind == "area":
            known = areas.setdefault(document_id, [])
            if slug not in {item[0] for item in known}:
                known.append([slug, name])
        elif kind == "country":
            known = countries.setdefault(document_id, [])
            if slug not in known:
                known.append(slug)
    documents = list(SearchDocument.objects.only("pk"))
    for document in documents:
        document.areas = areas.get(document.pk, [])
        document.countries = countries.get(document.pk, [])
    SearchDocument.objects.bulk_update(documents, ["areas", "countries"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [("site_search", "0004_facet_index_per_vendor")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="areas",
            field=models.JSONField(blank=True, null=True, verbose_name="thematic areas"),
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="countries",
            field=models.JSONField(blank=True, null=True, verbose_name="countries"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
