"""Editors and Moderators moderate and answer the questions sent ahead of meetings."""

from django.db import migrations

from core.permission_grants import grant, revoke

PERMISSIONS = [("events", "view_question"), ("events", "change_question")]


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: grant(apps, PERMISSIONS), lambda apps, schema_editor: revoke(apps, PERMISSIONS)
        )
    ]
