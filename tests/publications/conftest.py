import pytest

from tests.factories.publications import PublicationIndexPageFactory


@pytest.fixture
def index(home):
    return PublicationIndexPageFactory(parent=home)


@pytest.fixture
def browser_ua():
    return {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0"}
