"""Create the six site languages, so a fresh database (and the test database)
has every locale before any content exists."""

from django.db import migrations

LANGUAGE_CODES = ["en", "fr", "es", "ar", "zh-hans", "ru"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
