import pytest

from tests.factories.publications import PublicationIndexPageFactory


@pytest.fixture
def index(home):
    return PublicationIndexPageFactory(parent=home)


@pytest.fixture
def browser_ua():
    # A browser sends Origin with every POST (the beacon's origin check reads it).
    return {
        "HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0",
        "HTTP_ORIGIN": "http://testserver",
    }
