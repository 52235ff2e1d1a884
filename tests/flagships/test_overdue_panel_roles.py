"""F15: the dashboard offers "See flagships due for review" only to those who may
open the report (translators and reviewers were offered it, then refused)."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/flagships-due-for-review/"


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Translators: French", "Reviewers: French"], ids=str)
def test_the_dashboard_links_the_report_only_for_those_who_may_open_it(client, home, locales, django_user_model, group):
    call_command("sync_translation_groups", verbosity=0)
    user = django_user_model.objects.create_user("person", password="pw-for-tests-only")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    offered = REPORT in dashboard.content.decode()
    report = client.get(REPORT)
    may_open = report.status_code == 200
    assert offered == may_open, (group, offered, report.status_code)
    if not may_open:
        assert report.status_code == 302
