# Draft share links and locale roles belong to the platform (core), not to the
# home page. Their tables are kept: core's first migration takes them over.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0005_preview_content'),
        ('core', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='DraftShareLink'),
                migrations.DeleteModel(name='LocaleRole'),
            ],
        ),
    ]
