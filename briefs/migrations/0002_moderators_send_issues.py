"""Moderators send the brief and the newsletter and see how the sending went.

They are the shipped role that publishes; an issue is sent once it is live, so
the people who decide it goes live decide it goes out. Editors, who submit for
moderation, do not send. Subscribers' addresses stay with those granted
`view_subscriber` (personal data), which no shipped group holds.
"""

from django.db import migrations

from core.permission_grants import grant, revoke

PERMISSIONS = [("briefs", "send_issue"), ("briefs", "view_send_report")]
GROUPS = ("Moderators",)


class Migration(migrations.Migration):
    dependencies = [
        ("briefs", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: grant(apps, PERMISSIONS, GROUPS),
            lambda apps, schema_editor: revoke(apps, PERMISSIONS, GROUPS),
        )
    ]
