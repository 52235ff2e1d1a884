"""Translators and reviewers read the organisation's name on their dashboard
(found by the user test: "localhost · Site summary · 85 Pages created in
localhost", while editors saw "UN-Habitat")."""

import importlib

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Site

pytestmark = pytest.mark.django_db


@pytest.fixture
def users(home, locales, translate, django_user_model):
    translate(home, locales["fr"], {})
    call_command("sync_translation_groups", verbosity=0)
    result = {}
    for role, group_name in (
        ("translator", "Translators: French"),
        ("reviewer", "Reviewers: French"),
        ("editor", "Editors"),
    ):
        user = django_user_model.objects.create_user(role, email=f"{role}@example.org", password="pw")
        user.groups.add(Group.objects.get(name=group_name))
        result[role] = user
    return result


def _dashboard_text(client, user) -> str:
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


@pytest.mark.parametrize("role", ["translator", "reviewer", "editor"])
def test_every_role_reads_the_organisations_name(client, users, role):
    # A site recorded before sites were named, as on the tester's database.
    Site.objects.update(site_name="")
    migration = importlib.import_module("home.migrations.0009_site_name")
    migration.name_sites(apps, None)
    text = _dashboard_text(client, users[role])
    assert "UN-Habitat" in text
    assert "localhost" not in text


def test_a_site_saved_without_a_name_gets_the_organisations(home):
    site = Site.objects.get(is_default_site=True)
    site.site_name = ""
    site.save()
    assert Site.objects.get(pk=site.pk).site_name == "UN-Habitat"
