"""Time-limited share links show a page's latest draft to a reviewer without an account."""

from datetime import timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time

from core.models import DraftShareLink
from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_with_draft(home):
    page = HomePageFactory(parent=home, slug="about", title="About us (published)")
    page.title = "About us (draft)"
    page.save_revision()
    return page


def test_editor_creates_a_link_and_an_anonymous_reviewer_sees_the_latest_draft(client, admin_client, page_with_draft):
    response = admin_client.post(f"/admin/share-draft/{page_with_draft.pk}/", {"days": 7})
    assert response.status_code == 302
    link = DraftShareLink.objects.get(page=page_with_draft)
    assert abs(link.expires_at - (timezone.now() + timedelta(days=7))) < timedelta(minutes=1)

    response = client.get(f"/preview/{link.token}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "About us (draft)" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]
    # The public page still shows the published version.
    assert "About us (published)" in client.get("/about/").content.decode()


def test_revoked_link_stops_working(client, admin_client, page_with_draft, admin_user):
    link = DraftShareLink.create_for(page_with_draft, admin_user, days=3)
    assert client.get(f"/preview/{link.token}/").status_code == 200
    admin_client.post(f"/admin/share-draft/{page_with_draft.pk}/{link.pk}/revoke/")
    assert client.get(f"/preview/{link.token}/").status_code == 404


def test_link_expires(client, page_with_draft, admin_user):
    link = DraftShareLink.create_for(page_with_draft, admin_user, days=1)
    with freeze_time(timezone.now() + timedelta(days=1, seconds=1)):
        assert client.get(f"/preview/{link.token}/").status_code == 404


@pytest.mark.parametrize("days", ["0", "31", "-1", "soon"])
def test_out_of_range_validity_is_refused_with_a_message(admin_client, page_with_draft, days):
    response = admin_client.post(f"/admin/share-draft/{page_with_draft.pk}/", {"days": days})
    assert response.status_code == 200
    assert not DraftShareLink.objects.exists()
    assert "days" in response.content.decode().lower()


def test_guessed_token_and_users_without_edit_rights_get_nothing(client, page_with_draft, django_user_model):
    assert client.get("/preview/not-a-real-token/").status_code == 404
    user = django_user_model.objects.create_user("reader", password="pw")
    client.force_login(user)
    assert client.post(f"/admin/share-draft/{page_with_draft.pk}/", {"days": 3}).status_code in (302, 403)
    assert not DraftShareLink.objects.exists()


def test_page_header_offers_share_draft(admin_client, page_with_draft):
    html = admin_client.get(f"/admin/pages/{page_with_draft.pk}/edit/").content.decode()
    assert f"/admin/share-draft/{page_with_draft.pk}/" in html
