"""Wagtail's own emails link on the one base of core/absolute_urls.py, as the
project's do: a moderator's "submitted for moderation" notice opens the admin on
the host the editor was using (or, with no request, the default Site's address),
never on a second setting (WAGTAILADMIN_BASE_URL) that can name another host."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import Site

from flagships.models import FlagshipPage
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory
from tests.publish.support import edit_form_data

pytestmark = pytest.mark.django_db

HOST = "127.0.0.1:8101"
# A stale second base: if anything still read it, the links would name it.
STALE = "http://cms-old.example"


@pytest.fixture(autouse=True)
def stale_setting(settings):
    settings.WAGTAILADMIN_BASE_URL = STALE


@pytest.fixture
def people(django_user_model):
    users = {}
    for name, group in (("editor", "Editors"), ("moderator", "Moderators")):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw-for-tests-only")
        user.groups.add(Group.objects.get(name=group))
        users[name] = user
    return users


@pytest.fixture
def flagship(home):
    page = FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=home), contacts=1)
    return FlagshipPage.objects.get(pk=page.pk)


def moderators_notice():
    notices = [message for message in mail.outbox if message.to == ["moderator@example.org"]]
    assert len(notices) == 1, [message.subject for message in mail.outbox]
    return notices[0].body


def test_the_submission_notice_opens_the_admin_on_the_editors_host(client, people, flagship):
    client.force_login(people["editor"])
    data = edit_form_data(flagship, people["editor"]) | {"action-submit": "action-submit"}
    response = client.post(f"/admin/pages/{flagship.pk}/edit/", data, HTTP_HOST=HOST)
    assert response.status_code == 302, response.content.decode()[:2000]

    body = moderators_notice()
    assert f"http://{HOST}/admin/pages/{flagship.pk}/edit/" in body
    links = re.findall(r"https?://[^\s\"'<>]+", body)
    assert links and [link for link in links if not link.startswith(f"http://{HOST}/")] == []
    assert "cms-old.example" not in body


def test_a_submission_without_a_request_links_on_the_default_sites_address(people, flagship):
    """A workflow started from code (a command, a script): the Site's root URL,
    the address every other email sent without a request uses."""
    Site.objects.filter(is_default_site=True).update(hostname="cms.example.org", port=443)
    flagship.save_revision(user=people["editor"])
    flagship.get_workflow().start(flagship, people["editor"])

    body = moderators_notice()
    assert f"https://cms.example.org/admin/pages/{flagship.pk}/edit/" in body
    assert "cms-old.example" not in body
