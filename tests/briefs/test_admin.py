"""The admin side: composing with the button, sending with its own permission,
the send report with its own permission, subscribers only looked up, never added."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from wagtail.models import GroupPagePermission, Page

from briefs.models import Dispatch, MonthlyBriefPage
from briefs.sending import drain
from briefs.services import compose_monthly_brief
from core.demo_support import publish_latest
from tests.briefs.conftest import MAY
from tests.factories.briefs import subscriber

pytestmark = pytest.mark.django_db


def user_with(*codenames, pages=True):
    user = get_user_model().objects.create_user(f"u{len(codenames)}{'p' if pages else ''}", password="pw")
    group = Group.objects.create(name=f"group-{user.username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in codenames:
        group.permissions.add(Permission.objects.get(codename=codename, content_type__app_label="briefs"))
    if pages:
        root = Page.objects.get(depth=1)
        for permission in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.create(
                group=group, page=root, permission=Permission.objects.get(codename=permission)
            )
    user.groups.add(group)
    return user


@pytest.fixture
def published_brief(may, editor):
    page = compose_monthly_brief(MAY).page
    draft = page.get_latest_revision_as_object()
    draft.introduction = "<p>A month of completions.</p>"
    draft.save_revision(user=editor)
    return publish_latest(MonthlyBriefPage.objects.get(pk=page.pk))


def test_the_compose_button_drafts_the_brief_and_opens_it(admin_client, may):
    index_edit = admin_client.get(f"/admin/pages/{may.index.pk}/edit/").content.decode()
    assert f"/admin/briefs/compose/{may.index.pk}/" in index_edit
    response = admin_client.post(f"/admin/briefs/compose/{may.index.pk}/", {"month": "2024-05"})
    page = MonthlyBriefPage.objects.get(month=MAY)
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{page.pk}/edit/"
    bad = admin_client.post(f"/admin/briefs/compose/{may.index.pk}/", {"month": "2030-01"})
    assert bad.status_code == 200 and "has not started yet" in bad.content.decode()


def test_the_edit_form_refuses_to_publish_a_brief_without_an_introduction(admin_client, may):
    page = compose_monthly_brief(MAY).page
    form = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert form.status_code == 200
    from core.publish_checks import publish_errors

    errors = publish_errors(page.get_latest_revision().as_object())
    assert "introduction" in errors.message_dict


def test_sending_needs_its_own_permission(client, published_brief):
    subscriber("member@example.org")
    editor_only = user_with()
    client.force_login(editor_only)
    # Wagtail's admin turns a refusal into a redirect to the dashboard with a message.
    assert client.get(f"/admin/briefs/send/{published_brief.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/briefs/send/{published_brief.pk}/").status_code in (302, 403)
    assert not Dispatch.objects.exists()

    sender = user_with("send_issue", "view_send_report")
    client.force_login(sender)
    edit = client.get(f"/admin/pages/{published_brief.pk}/edit/").content.decode()
    assert f"/admin/briefs/send/{published_brief.pk}/" in edit
    confirm = client.get(f"/admin/briefs/send/{published_brief.pk}/")
    assert confirm.status_code == 200 and "1 confirmed subscriber" in confirm.content.decode()
    response = client.post(f"/admin/briefs/send/{published_brief.pk}/")
    dispatch = Dispatch.objects.get()
    assert response["Location"] == f"/admin/reports/send-reports/{dispatch.pk}/"
    # Sending again leads to the report, never to a second dispatch.
    assert client.post(f"/admin/briefs/send/{published_brief.pk}/").status_code == 302
    assert Dispatch.objects.count() == 1


def test_the_send_report_needs_its_own_permission_and_hides_addresses_without_the_subscriber_one(
    client, published_brief, settings
):
    import smtplib

    from briefs.sending import queue_issue

    subscriber("member@example.org")
    subscriber("refused@example.org")
    dispatch, _ = queue_issue(published_brief)

    from tests.briefs import mail_backends

    class Refusing(mail_backends.CrashingBackend):
        def send_messages(self, messages):
            if messages[0].to == ["refused@example.org"]:
                raise smtplib.SMTPRecipientsRefused({"refused@example.org": (550, b"No such user")})
            return super().send_messages(messages)

    mail_backends.Refusing = Refusing
    settings.EMAIL_BACKEND = "tests.briefs.mail_backends.Refusing"
    drain()
    assert len(mail.outbox) == 1

    client.force_login(user_with())
    assert client.get("/admin/reports/send-reports/").status_code in (302, 403)
    assert client.get(f"/admin/reports/send-reports/{dispatch.pk}/").status_code in (302, 403)

    client.force_login(user_with("view_send_report"))
    listing = client.get("/admin/reports/send-reports/").content.decode()
    assert "Monthly brief: May 2024" in listing
    detail = client.get(f"/admin/reports/send-reports/{dispatch.pk}/").content.decode()
    assert "Bounced" in detail and "refused@example.org" not in detail

    client.force_login(user_with("view_send_report", "view_subscriber"))
    detail = client.get(f"/admin/reports/send-reports/{dispatch.pk}/").content.decode()
    assert "refused@example.org" in detail


def test_subscribers_can_be_looked_up_but_not_added_or_edited(admin_client, home):
    person = subscriber("member@example.org")
    assert admin_client.get("/admin/briefs_subscribers/").status_code == 200
    assert admin_client.get("/admin/briefs_subscribers/new/").status_code in (302, 403)
    assert admin_client.get(f"/admin/briefs_subscribers/edit/{person.pk}/").status_code in (302, 403)


def test_subscribers_are_hidden_from_editors_without_the_permission(client, home):
    subscriber("member@example.org")
    client.force_login(user_with())
    response = client.get("/admin/briefs_subscribers/")
    assert response.status_code in (302, 403)
