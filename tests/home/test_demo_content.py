import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import Contact, HomePage, ThematicArea

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        Page.objects.count(),
        ThematicArea.objects.count(),
        Contact.objects.count(),
        list(Page.objects.order_by("pk").values_list("pk", "live", "title")),
    )


def test_demo_content_creates_every_locale_and_is_idempotent(client, capsys):
    call_command("load_demo_content")
    out = capsys.readouterr().out
    assert "thematic areas: 6 in 6 languages" in out
    assert HomePage.objects.live().count() == 6
    assert ThematicArea.objects.filter(locale__language_code="ar", live=True).count() == 6
    assert isinstance(Site.objects.get(is_default_site=True).root_page.specific, HomePage)
    first = snapshot()
    call_command("load_demo_content")
    assert snapshot() == first
    assert "(0 created)" in capsys.readouterr().out
    assert "مدن أفضل للجميع" in client.get("/ar/").content.decode()


def test_ensure_admin_prints_a_generated_password_once(capsys, monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    call_command("ensure_admin")
    first = capsys.readouterr().out
    assert "with password: " in first
    call_command("ensure_admin")
    assert "already exists" in capsys.readouterr().out


def test_ensure_admin_uses_admin_password(client, monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "correct horse battery staple")
    call_command("ensure_admin")
    # Through the login page, as a person would (django-axes needs the request).
    response = client.post("/admin/login/", {"username": "admin", "password": "correct horse battery staple"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
