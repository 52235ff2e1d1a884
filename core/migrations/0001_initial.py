# Takes over the tables of draft share links and locale roles, created by the
# home app before the platform had an app of its own, and renames them.

import core.models.share_links
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('home', '0005_preview_content'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='DraftShareLink',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('token', models.CharField(default=core.models.share_links.new_token, editable=False, max_length=64, unique=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('expires_at', models.DateTimeField(verbose_name='expires at')),
                        ('revoked_at', models.DateTimeField(blank=True, null=True, verbose_name='revoked at')),
                        ('content', models.JSONField(blank=True, editable=False, null=True)),
                        ('created_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='draft_share_links', to=settings.WAGTAIL_PAGE_MODEL)),
                    ],
                    options={
                        'verbose_name': 'draft share link',
                        'ordering': ['-created_at'],
                        'db_table': 'home_draftsharelink',
                    },
                ),
                migrations.CreateModel(
                    name='LocaleRole',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('can_publish', models.BooleanField(default=False, verbose_name='can publish')),
                        ('group', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='locale_role', to='auth.group')),
                        ('locale', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.locale')),
                    ],
                    options={
                        'verbose_name': 'locale role',
                        'db_table': 'home_localerole',
                    },
                ),
            ],
        ),
        migrations.AlterModelTable(name='draftsharelink', table=None),
        migrations.AlterModelTable(name='localerole', table=None),
    ]
