"""The report's explicit permission, granted to the groups that could open it before."""

from django.db import migrations

from core.permission_grants import grant, revoke

PERMISSIONS = [("flagships", "view_flagshipreview")]


class Migration(migrations.Migration):
    dependencies = [
        ("flagships", "0002_flagshippublication"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: grant(apps, PERMISSIONS), lambda apps, schema_editor: revoke(apps, PERMISSIONS)
        )
    ]
