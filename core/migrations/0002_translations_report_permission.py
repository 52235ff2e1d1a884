"""The report's explicit permission, granted to the groups that could open it before."""

from django.db import migrations

from core.permission_grants import grant, revoke

PERMISSIONS = [("wagtail_localize", "view_translation")]


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: grant(apps, PERMISSIONS), lambda apps, schema_editor: revoke(apps, PERMISSIONS)
        )
    ]
