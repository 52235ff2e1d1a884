"""The report's explicit permission, granted to the groups that could open it before."""

from django.db import migrations

from core.permission_grants import grant, revoke

PERMISSIONS = [("publications", "view_downloadcount")]


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: grant(apps, PERMISSIONS), lambda apps, schema_editor: revoke(apps, PERMISSIONS)
        )
    ]
