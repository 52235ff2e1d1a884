"""A live page with a newer version scheduled to go live can be unpublished by a
moderator (Wagtail's schedule lock refused it to everyone; core.patches, 7), and
the scheduled version is cancelled, kept as a draft: it does not come back at its
go-live time. An editor, who may not publish, still may not unpublish.

Real users in the real groups, through the admin, on two page types."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Page, PageLogEntry

from .support import KINDS, edit_form_data

pytestmark = pytest.mark.django_db

KIND_NAMES = ["flagship", "publication"]


def person(django_user_model, name, group):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw-for-tests-only")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def moderator(django_user_model):
    return person(django_user_model, "moderator", "Moderators")


@pytest.fixture
def editor(django_user_model):
    return person(django_user_model, "editor", "Editors")


def live_page_with_scheduled_version(kind_name, home, client, moderator):
    """A live page of the kind, and a newer version of it that the moderator
    scheduled through the edit form two days ahead."""
    kind = next(kind for kind in KINDS if kind.name == kind_name)
    page = kind.valid(kind.parent(home), f"Scheduled {kind_name}", f"scheduled-{kind_name}")
    page.get_latest_revision().publish()
    page = Page.objects.get(pk=page.pk).specific
    client.force_login(moderator)
    go_live = timezone.localtime() + timedelta(days=2)
    data = edit_form_data(page, moderator) | {
        "title": f"Scheduled {kind_name} (next version)",
        "action-publish": "action-publish",
        "go_live_at": go_live.strftime("%Y-%m-%d %H:%M"),
    }
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = Page.objects.get(pk=page.pk).specific
    scheduled = page.scheduled_revision
    assert page.live and scheduled is not None and scheduled.approved_go_live_at > timezone.now()
    assert page.title == f"Scheduled {kind_name}"  # visitors still see the live version
    return page, scheduled


@pytest.mark.parametrize("kind_name", KIND_NAMES)
def test_a_moderator_unpublishes_a_page_with_a_scheduled_version(kind_name, home, client, moderator):
    page, scheduled = live_page_with_scheduled_version(kind_name, home, client, moderator)
    assert client.get(page.url).status_code == 200

    # Offered on the page's edit screen (its header menu) ...
    edit = client.get(f"/admin/pages/{page.pk}/edit/")
    assert edit.status_code == 200
    assert f"/admin/pages/{page.pk}/unpublish/" in edit.content.decode()
    # ... and the confirmation says what becomes of the scheduled version.
    confirm = client.get(f"/admin/pages/{page.pk}/unpublish/")
    assert confirm.status_code == 200
    said = " ".join(confirm.content.decode().split())
    assert f"Version {scheduled.pk} of this page is scheduled to go live on" in said
    assert "Unpublishing cancels that schedule: the version is kept as a draft" in said

    response = client.post(f"/admin/pages/{page.pk}/unpublish/", {"next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"

    page = Page.objects.get(pk=page.pk).specific
    assert not page.live
    assert client.get(page.url).status_code == 404
    scheduled.refresh_from_db()
    assert scheduled.approved_go_live_at is None
    assert page.scheduled_revision is None and page.get_lock() is None  # editable again
    # The scheduled version is the draft the editors now open.
    assert page.get_latest_revision().pk == scheduled.pk
    assert page.get_latest_revision_as_object().title == f"Scheduled {kind_name} (next version)"
    # The history says what happened, by whom.
    actions = list(
        PageLogEntry.objects.filter(page=page, user=moderator).order_by("timestamp").values_list("action", flat=True)
    )
    assert actions[-2:] == ["wagtail.schedule.cancel", "wagtail.unpublish"]

    # The cancelled version does not come back when its time comes.
    with freeze_time(timezone.now() + timedelta(days=3)):
        call_command("publish_scheduled", verbosity=0)
    assert not Page.objects.get(pk=page.pk).live


@pytest.mark.parametrize("kind_name", KIND_NAMES)
def test_an_editor_still_may_not_unpublish_it(kind_name, home, client, moderator, editor):
    page, scheduled = live_page_with_scheduled_version(kind_name, home, client, moderator)
    client.force_login(editor)
    edit = client.get(f"/admin/pages/{page.pk}/edit/")
    assert edit.status_code == 200
    assert f"/admin/pages/{page.pk}/unpublish/" not in edit.content.decode()
    assert client.get(f"/admin/pages/{page.pk}/unpublish/")["Location"] == "/admin/"
    response = client.post(f"/admin/pages/{page.pk}/unpublish/", {})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    bulk = client.post(f"/admin/bulk/wagtailcore/page/unpublish/?id={page.pk}&next=/admin/", {}, follow=True)
    assert bulk.status_code == 200
    page = Page.objects.get(pk=page.pk)
    assert page.live and client.get(page.url).status_code == 200
    scheduled.refresh_from_db()
    assert scheduled.approved_go_live_at is not None


def test_the_bulk_action_and_the_admin_api_unpublish_it_for_a_moderator(home, client, moderator):
    first, first_scheduled = live_page_with_scheduled_version("flagship", home, client, moderator)
    second, second_scheduled = live_page_with_scheduled_version("publication", home, client, moderator)

    response = client.post(f"/admin/bulk/wagtailcore/page/unpublish/?id={first.pk}&next=/admin/", {})
    assert response.status_code == 302
    api = client.post(f"/admin/api/main/pages/{second.pk}/action/unpublish/", {}, content_type="application/json")
    assert api.status_code == 200, api.content[:500]
    for page, scheduled in ((first, first_scheduled), (second, second_scheduled)):
        assert not Page.objects.get(pk=page.pk).live
        scheduled.refresh_from_db()
        assert scheduled.approved_go_live_at is None


def test_another_lock_still_refuses_the_moderator(home, client, moderator, editor):
    """Only the schedule's own lock is passed: a page an editor has locked for
    editing stays theirs."""
    page, _scheduled = live_page_with_scheduled_version("flagship", home, client, moderator)
    Page.objects.filter(pk=page.pk).update(locked=True, locked_by=editor, locked_at=timezone.now())
    page = Page.objects.get(pk=page.pk)
    assert not page.permissions_for_user(moderator).can_unpublish()
    assert page.permissions_for_user(editor).can_unpublish() is False  # no publish permission
    response = client.post(f"/admin/pages/{page.pk}/unpublish/", {})
    assert response["Location"] == "/admin/"
    assert Page.objects.get(pk=page.pk).live


def _listing_queries(client, index):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(f"/admin/pages/{index.pk}/")  # warm the per-session caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/admin/pages/{index.pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    offered = [row.pk for row in Page.objects.child_of(index) if f"/admin/pages/{row.pk}/unpublish/" in content]
    return len(queries), offered


def test_the_explorer_offers_unpublish_on_scheduled_pages_at_no_extra_query(home, client, moderator):
    """The listing asks `can_unpublish()` of every row: a row past the schedule
    lock costs what an unscheduled row costs."""
    from flagships.models import FlagshipPage
    from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory

    index = FlagshipIndexPageFactory(parent=home)
    pages = []
    for number in range(4):
        page = FlagshipPageFactory(parent=index, contacts=1, slug=f"listed-{number}")
        FlagshipPage.objects.get(pk=page.pk).save_revision().publish()
        pages.append(page.pk)
    client.force_login(moderator)
    unscheduled, offered = _listing_queries(client, index)
    assert offered == pages

    for pk in pages:
        page = FlagshipPage.objects.get(pk=pk)
        page.go_live_at = timezone.now() + timedelta(days=2)
        page.save_revision().publish()
        page = Page.objects.get(pk=pk)
        assert page.live and page.scheduled_revision is not None
    scheduled, offered = _listing_queries(client, index)
    assert offered == pages
    assert scheduled == unscheduled, (unscheduled, scheduled)
