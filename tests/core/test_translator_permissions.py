"""Translators translate into their locale and nothing else; reviewers also publish there.

The matrix: {translator, reviewer} of French × {French, English source, Spanish}
× {page, snippet} × {open editor, save, publish, add, delete}, plus settings.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation

from home.models import ThematicArea
from tests.factories import HomePageFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(home, locales, translate, django_user_model):
    about = HomePageFactory(parent=home, slug="about", title="About us")
    for code in ("fr", "es"):
        translate(home, locales[code], {})
    pages = {"en": about, "fr": translate(about, locales["fr"], {})[0], "es": translate(about, locales["es"], {})[0]}
    area = ThematicAreaFactory(name="Housing", slug="housing")
    areas = {"en": area, "fr": translate(area, locales["fr"], {})[0], "es": translate(area, locales["es"], {})[0]}
    call_command("sync_translation_groups", verbosity=0)
    users = {}
    for role, group_name in (("translator", "Translators: French"), ("reviewer", "Reviewers: French")):
        user = django_user_model.objects.create_user(role, password="pw")
        user.groups.add(Group.objects.get(name=group_name))
        users[role] = user
    return {"pages": pages, "areas": areas, "users": users}


def login(client, world, role):
    client.force_login(world["users"][role])
    return client


@pytest.mark.parametrize("role", ["translator", "reviewer"])
@pytest.mark.parametrize(("code", "allowed"), [("fr", True), ("en", False), ("es", False)])
def test_page_editor_opens_only_in_own_locale(client, world, role, code, allowed):
    page = world["pages"][code]
    response = login(client, world, role).get(f"/admin/pages/{page.pk}/edit/")
    assert (response.status_code == 200) is allowed, response.status_code


@pytest.mark.parametrize("role", ["translator", "reviewer"])
@pytest.mark.parametrize(("code", "allowed"), [("fr", True), ("en", False), ("es", False)])
def test_snippet_editor_opens_only_in_own_locale(client, world, role, code, allowed):
    area = world["areas"][code]
    response = login(client, world, role).get(f"/admin/snippets/home/thematicarea/edit/{area.pk}/")
    assert (response.status_code == 200) is allowed, response.status_code


@pytest.mark.parametrize(("role", "can_publish"), [("translator", False), ("reviewer", True)])
def test_only_reviewers_publish_pages_in_their_locale(world, role, can_publish):
    user = world["users"][role]
    french, english = world["pages"]["fr"], world["pages"]["en"]
    assert french.permissions_for_user(user).can_edit()
    assert french.permissions_for_user(user).can_publish() is can_publish
    assert not english.permissions_for_user(user).can_publish()
    assert not english.permissions_for_user(user).can_edit()
    assert not english.permissions_for_user(user).can_delete()


@pytest.mark.parametrize(("role", "can_publish"), [("translator", False), ("reviewer", True)])
def test_only_reviewers_publish_snippets_in_their_locale(world, role, can_publish):
    user = world["users"][role]
    policy = policy_registry.get_by_type(ThematicArea)
    assert policy.user_has_permission_for_instance(user, "change", world["areas"]["fr"])
    assert policy.user_has_permission_for_instance(user, "publish", world["areas"]["fr"]) is can_publish
    for code in ("en", "es"):
        assert not policy.user_has_permission_for_instance(user, "publish", world["areas"][code])
        assert not policy.user_has_permission_for_instance(user, "change", world["areas"][code])


@pytest.mark.parametrize("role", ["translator", "reviewer"])
@pytest.mark.parametrize(("code", "allowed"), [("fr", True), ("es", False)])
def test_translation_editor_endpoints_respect_the_locale(client, world, role, code, allowed):
    translation = Translation.objects.get(
        source__object_id=world["areas"]["en"].translation_key, target_locale__language_code=code
    )
    response = login(client, world, role).get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert (response.status_code == 200) is allowed, response.status_code


@pytest.mark.parametrize("role", ["translator", "reviewer"])
def test_translators_cannot_add_delete_or_touch_settings(client, world, role):
    login(client, world, role)
    english = world["areas"]["en"]
    assert client.get("/admin/snippets/home/thematicarea/add/").status_code in (302, 403)
    assert client.post(f"/admin/snippets/home/thematicarea/delete/{world['areas']['fr'].pk}/").status_code in (302, 403)
    assert ThematicArea.objects.filter(pk=world["areas"]["fr"].pk).exists()
    client.post(f"/admin/snippets/home/thematicarea/edit/{english.pk}/", {"name": "Hacked", "slug": "housing"})
    english.refresh_from_db()
    assert english.name == "Housing"
    assert client.get("/admin/settings/home/organisationsettings/").status_code in (302, 403)


def test_snippet_listing_shows_only_own_locale(client, world):
    html = login(client, world, "translator").get("/admin/snippets/home/thematicarea/").content.decode()
    assert f"/edit/{world['areas']['fr'].pk}/" in html
    assert f"/edit/{world['areas']['en'].pk}/" not in html
    assert f"/edit/{world['areas']['es'].pk}/" not in html


def test_editors_without_locale_roles_are_unrestricted(admin_client, world):
    for code in ("en", "fr", "es"):
        assert admin_client.get(f"/admin/snippets/home/thematicarea/edit/{world['areas'][code].pk}/").status_code == 200


SNIPPET_READ_VIEWS = [
    "history/{pk}/",
    "history/{pk}/revisions/compare/earliest...latest/",
    "usage/{pk}/",
]


@pytest.mark.parametrize("role", ["translator", "reviewer"])
@pytest.mark.parametrize(("code", "allowed"), [("fr", True), ("en", False), ("es", False)])
@pytest.mark.parametrize("view", SNIPPET_READ_VIEWS)
def test_snippet_history_compare_and_usage_open_only_in_own_locale(client, world, role, code, allowed, view):
    area = world["areas"][code]
    area.name = "CANARYDRAFT"
    area.save_revision() if hasattr(area, "save_revision") else area.save()
    response = login(client, world, role).get(f"/admin/snippets/home/thematicarea/{view.format(pk=area.pk)}")
    assert (response.status_code == 200) is allowed, response.status_code
    if not allowed:
        assert b"CANARYDRAFT" not in response.content


@pytest.mark.parametrize("view", ["history/", "usage/"])
@pytest.mark.parametrize(("code", "allowed"), [("fr", True), ("en", False), ("es", False)])
def test_page_history_revisions_and_usage_open_only_in_own_locale(client, world, view, code, allowed):
    page = world["pages"][code]
    response = login(client, world, "translator").get(f"/admin/pages/{page.pk}/{view}")
    assert (response.status_code == 200) is allowed, response.status_code
