"""The "Undefined abbreviations" report."""

import pytest
from django.contrib.auth.models import Permission
from wagtail.models import Page

from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db

URL = "/admin/reports/undefined-abbreviations/"


@pytest.fixture
def pages(home, glossary, locales):
    home.introduction = "<p>The NUA, the SDG and the LDC.</p>"
    home.save_revision().publish()
    other = HomePageFactory(parent=Page.get_first_root_node(), slug="other", title="Other page", locale=locales["en"])
    other.introduction = "<p>The NUA again, and the New Urban Agenda.</p>"
    other.save_revision().publish()
    french = HomePageFactory(parent=Page.get_first_root_node(), slug="fr-page", title="Page FR", locale=locales["fr"])
    french.introduction = "<p>Le NUA et les ODD.</p>"
    french.save_revision().publish()
    draft = HomePageFactory(parent=Page.get_first_root_node(), slug="draft", title="Draft page", live=False)
    draft.introduction = "<p>The XYZ.</p>"
    draft.save()
    return home, other, french


def test_lists_each_undefined_abbreviation_per_locale_with_its_pages(admin_client, pages):
    html = admin_client.get(URL).content.decode()
    assert html.count("<strong>NUA</strong>") == 2  # English and French rows
    assert "<strong>LDC</strong>" in html and "<strong>SDG</strong>" not in html and "<strong>ODD</strong>" not in html
    assert "Other page" in html and "Page FR" in html
    assert "XYZ" not in html  # only live pages
    assert "/admin/snippets/glossary/abbreviation/add/?locale=fr&amp;abbreviation=NUA" in html


def test_filter_by_locale(admin_client, pages):
    html = admin_client.get(URL, {"locale": "fr"}).content.decode()
    assert html.count("<strong>NUA</strong>") == 1 and "LDC" not in html.split("<table")[1]


def test_editors_without_glossary_rights_are_refused(client, django_user_model, pages):
    user = django_user_model.objects.create_user("reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    refused = client.get(URL)
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")  # Wagtail's "permission denied"
    user.user_permissions.add(Permission.objects.get(codename="add_abbreviation"))
    user = django_user_model.objects.get(pk=user.pk)
    client.force_login(user)
    assert client.get(URL).status_code == 200


def test_the_report_is_in_the_reports_menu(admin_client, pages):
    assert URL in admin_client.get("/admin/").content.decode()
