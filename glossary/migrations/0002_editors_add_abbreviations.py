""""Add to glossary" from the Checks panel works for the people who write pages.

Editors and Moderators (who write pages) may add and change glossary entries;
an entry waits as a draft until someone allowed to publish glossary entries
publishes it. Locale-scoped translator and reviewer groups keep their own rules
(core.locale_permissions)."""

from django.db import migrations

from core.permission_grants import grant, revoke

WRITING = [("glossary", "add_abbreviation"), ("glossary", "change_abbreviation"), ("glossary", "view_abbreviation")]


def forwards(apps, schema_editor):
    grant(apps, WRITING)


def backwards(apps, schema_editor):
    revoke(apps, WRITING)


class Migration(migrations.Migration):
    dependencies = [
        ("glossary", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
