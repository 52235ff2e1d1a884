import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


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
