"""The "Donation managers" group, with only what the job needs: the admin, the
ledger (read), and offline contributions (read and record)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Donation managers"
PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("donate", "view_donation"),
    ("donate", "view_offlinecontribution"),
    ("donate", "add_offlinecontribution"),
]


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations (post_migrate); make
    # sure this app's exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, codename in PERMISSIONS:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("donate", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
