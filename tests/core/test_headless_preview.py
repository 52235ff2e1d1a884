"""A headless front end previews what the editor is looking at, through a token."""

from datetime import timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time

from core.models import DraftShareLink
from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db
FRONT_END = "https://front.example.org/api/preview"


@pytest.fixture
def about(home):
    page = HomePageFactory(parent=home, slug="about", title="About us", hero_text="Published text.")
    page.hero_text = "Draft text, not saved yet."
    return page


def test_admin_preview_hands_the_draft_to_the_front_end(rf, admin_user, about, settings, client):
    settings.HEADLESS_PREVIEW_CLIENT_URL = FRONT_END
    request = rf.get("/")
    request.user = admin_user
    response = about.serve_preview(request, about.default_preview_mode)
    assert response.status_code == 302
    assert response["Location"].startswith(f"{FRONT_END}?token=")
    link = DraftShareLink.objects.get()
    assert link.expires_at <= timezone.now() + timedelta(minutes=settings.HEADLESS_PREVIEW_MINUTES)

    body = client.get(f"/api/v1/preview/{link.token}")
    assert body.status_code == 200
    assert body["Cache-Control"] == "no-store, private"
    data = body.json()
    assert data["type"] == "home"
    assert data["item"]["title"] == "About us"
    assert data["item"]["hero_text"] == "<p>Draft text, not saved yet.</p>"
    # The public still sees the published text.
    assert "Draft text" not in client.get("/about/").content.decode()


def test_without_a_front_end_the_admin_preview_renders_here(rf, admin_user, about, settings):
    settings.HEADLESS_PREVIEW_CLIENT_URL = ""
    request = rf.get("/")
    request.user = admin_user
    response = about.serve_preview(request, about.default_preview_mode)
    assert response.status_code == 200
    assert not DraftShareLink.objects.exists()


def test_expired_unknown_and_revoked_tokens_get_a_problem(client, about, admin_user):
    link = DraftShareLink.create_preview(about, admin_user, minutes=5)
    with freeze_time(timezone.now() + timedelta(minutes=6)):
        response = client.get(f"/api/v1/preview/{link.token}")
        assert response.status_code == 404
        assert response["Content-Type"] == "application/problem+json"
    assert client.get("/api/v1/preview/not-a-token").status_code == 404
    fresh = DraftShareLink.create_preview(about, admin_user, minutes=5)
    fresh.revoke()
    assert client.get(f"/api/v1/preview/{fresh.token}").status_code == 404


def test_share_link_token_serves_the_latest_saved_draft(client, about, admin_user):
    about.save_revision()
    link = DraftShareLink.create_for(about, admin_user, days=2)
    assert client.get(f"/api/v1/preview/{link.token}").json()["item"]["hero_text"] == (
        "<p>Draft text, not saved yet.</p>"
    )
