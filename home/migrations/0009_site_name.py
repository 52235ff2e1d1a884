"""Sites without a name get the organisation's (SITE_NAME).

Wagtail's dashboard names the site of the pages a user may explore: editors see
WAGTAIL_SITE_NAME (their root is the tree root), while translators and
reviewers, whose root is their locale's home page, saw the Site record's
hostname ("localhost · Site summary") when the record had no name (found by the
user test). New sites get the name when saved (core/signals.py)."""

from django.conf import settings
from django.db import migrations


def name_sites(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Site.objects.filter(site_name="").update(site_name=settings.WAGTAIL_SITE_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_thematic_area_rows_protect"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(name_sites, migrations.RunPython.noop)]
