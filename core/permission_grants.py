"""Grant permissions to existing groups from a data migration.

Permissions are normally created after all migrations run (post_migrate); a
migration that grants one must create them first. Used by the migrations that
gave each admin report its explicit permission, so the groups that saw a
report before (Wagtail's Editors and Moderators) still see it.
"""

from django.contrib.auth.management import create_permissions

EDITORIAL_GROUPS = ("Editors", "Moderators")


def grant(apps, permissions, groups=EDITORIAL_GROUPS) -> None:
    """Add each (app_label, codename) to each named group that exists."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    rows = [Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in permissions]
    for group in Group.objects.filter(name__in=groups):
        group.permissions.add(*rows)


def revoke(apps, permissions, groups=EDITORIAL_GROUPS) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    rows = Permission.objects.filter(
        content_type__app_label__in=[app for app, _ in permissions],
        codename__in=[codename for _, codename in permissions],
    )
    for group in Group.objects.filter(name__in=groups):
        group.permissions.remove(*rows)
