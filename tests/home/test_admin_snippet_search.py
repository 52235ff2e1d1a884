"""An editor searching the glossary, contacts or thematic areas in the admin finds
the entries (the SQLite full-text backend answered 500 for every query)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from glossary.models import Abbreviation
from tests.factories.home import ContactFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["Editors", "Moderators", "administrator"])
def editor_client(request, client, home):
    if request.param == "administrator":  # the one role that manages every list
        user = get_user_model().objects.create_superuser("ada", "ada@example.org", "pw")
    else:
        user = get_user_model().objects.create_user("edna", "edna@example.org", "pw")
        user.groups.add(Group.objects.get(name=request.param))
    client.force_login(user)
    return client


def test_searching_the_shared_lists_finds_their_entries(editor_client, locales):
    ThematicAreaFactory(name="Water and sanitation")
    ThematicAreaFactory(name="Housing")
    ContactFactory(name="Amina Diallo", role="Water programme officer")
    Abbreviation.objects.create(abbreviation="ZQX", expansion="Zonal water index", locale=locales["en"])
    for url, found, not_found in (
        ("/admin/snippets/home/thematicarea/", "Water and sanitation", "Housing"),
        ("/admin/snippets/home/contact/", "Amina Diallo", None),
        ("/admin/snippets/glossary/abbreviation/", "ZQX", None),
    ):
        if editor_client.get(url).status_code != 200:
            continue  # a list the group does not manage
        response = editor_client.get(url, {"q": "water"})
        assert response.status_code == 200, url
        page = response.content.decode()
        assert found in page
        if not_found:
            assert not_found not in page
    assert "ZQX" in editor_client.get("/admin/snippets/glossary/abbreviation/", {"q": "zqx"}).content.decode()
