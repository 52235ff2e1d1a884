"""Snippets are plain text (the escaping contract of the search API): builders used
to leave HTML entities in them ("R&amp;D"), which front ends then showed escaped
twice. Decode what is stored; flagship summaries were plain text already."""

import html

from django.db import migrations


def decode_entities(apps, schema_editor):
    SearchDocument = apps.get_model("site_search", "SearchDocument")
    rows = SearchDocument.objects.exclude(content_type="flagship").filter(snippet__contains="&")
    for document in rows.only("pk", "snippet").iterator():
        decoded = html.unescape(document.snippet)
        if decoded != document.snippet:
            SearchDocument.objects.filter(pk=document.pk).update(snippet=decoded)


class Migration(migrations.Migration):
    dependencies = [("site_search", "0006_elasticsearch_outbox")]

    operations = [migrations.RunPython(decode_entities, migrations.RunPython.noop)]
