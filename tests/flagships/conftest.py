import pytest
from django.contrib.auth import get_user_model

from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory


@pytest.fixture
def index(home):
    return FlagshipIndexPageFactory(parent=home)


@pytest.fixture
def make_flagship(index):
    def make(**kwargs):
        kwargs.setdefault("contacts", 1)
        return FlagshipPageFactory(parent=index, **kwargs)

    return make


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")


@pytest.fixture
def admin_client(client, editor):
    client.force_login(editor)
    return client
