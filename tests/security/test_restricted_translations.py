"""A page made private is private in every language (F9 of the attacker test):
the Privacy dialog on the English page restricts its French copy too, so the
French page asks for the password or a login, the API, pages/find and the
sitemap leave it out in every locale, and its documents are refused; making
the English page public again makes every copy public again. A section
restricted in English hides its French pages too."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.world import build_world

pytestmark = pytest.mark.django_db
TITLE_FR = "Financer le drainage urbain"


@pytest.fixture
def translated(home, locales, translate):
    world = build_world(home)
    publication = world["publication"]
    translate(home, locales["fr"], {})
    translate(publication.get_parent(), locales["fr"], {})
    french, _ = translate(publication, locales["fr"], {publication.title: TITLE_FR})
    french.refresh_from_db()
    assert french.live and french.translation_key == publication.translation_key
    return publication, french.specific


def set_privacy(admin_client, page, restriction_type, **fields):
    response = admin_client.post(f"/admin/pages/{page.pk}/privacy/", {"restriction_type": restriction_type, **fields})
    assert response.status_code == 200, response.content


def listed(client, page, locale):
    items = client.get("/api/v1/publications", {"locale": locale, "limit": 100}).json()["items"]
    return any(item["translation_key"] == str(page.translation_key) for item in items)


def document_urls(page):
    document = page.documents.first().document
    return [document.url, f"/downloads/publications/{page.documents.first().pk}/"]


@pytest.mark.parametrize("kind", ["password", "login"])
def test_restricting_the_english_page_restricts_its_translation_everywhere(
    client, admin_client, translated, settings, kind
):
    settings.API_CACHE_SECONDS = settings.PAGE_CACHE_SECONDS = 300
    english, french = translated
    assert TITLE_FR in client.get(french.url).content.decode()
    assert listed(client, english, "fr")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert french.url in sitemap

    set_privacy(admin_client, english, kind, **({"password": "s3cret-word"} if kind == "password" else {}))

    mirrored = PageViewRestriction.objects.get(page=french)
    assert mirrored.restriction_type == kind
    page = client.get(french.url)
    assert TITLE_FR not in page.content.decode()
    if kind == "password":
        assert page.status_code == 200 and 'name="password"' in page.content.decode()
    else:
        assert page.status_code == 302 and "login" in page["Location"]
    for locale in ("en", "fr", "es", "ar", "zh-hans", "ru"):
        assert not listed(client, english, locale), locale
        assert client.get(f"/api/v1/publications/{french.pk}", {"locale": locale}).status_code == 404
    assert client.get("/api/v1/pages/find", {"path": french.url}).status_code == 404
    sitemap = client.get("/sitemap.xml").content.decode()
    assert french.url not in sitemap and english.url not in sitemap
    for url in document_urls(french):
        assert client.get(url, HTTP_USER_AGENT="Mozilla/5.0").status_code in (403, 404), url

    set_privacy(admin_client, english, "none")
    assert not PageViewRestriction.objects.exists()
    assert TITLE_FR in client.get(french.url).content.decode()
    assert listed(client, english, "fr")
    assert french.url in client.get("/sitemap.xml").content.decode()
    for url in document_urls(french):
        assert client.get(url, HTTP_USER_AGENT="Mozilla/5.0").status_code == 200, url


def test_a_password_change_reaches_every_copy(admin_client, translated):
    english, french = translated
    set_privacy(admin_client, english, "password", password="first-word")
    set_privacy(admin_client, english, "password", password="second-word")
    assert set(PageViewRestriction.objects.values_list("page_id", "password")) == {
        (english.pk, "second-word"),
        (french.pk, "second-word"),
    }


def test_a_section_restricted_in_english_hides_its_french_pages(client, admin_client, translated):
    english, french = translated
    section = english.get_parent()
    assert client.get(french.url).status_code == 200

    set_privacy(admin_client, section, "login")

    assert PageViewRestriction.objects.filter(page=french.get_parent()).exists()
    assert client.get(french.url).status_code == 302
    assert not listed(client, english, "fr")
    assert client.get(f"/api/v1/publications/{french.pk}", {"locale": "fr"}).status_code == 404


def test_a_translation_made_later_starts_private(admin_client, home, locales, translate):
    world = build_world(home)
    publication = world["publication"]
    set_privacy(admin_client, publication, "login")
    translate(home, locales["fr"], {})
    translate(publication.get_parent(), locales["fr"], {})
    french, _ = translate(publication, locales["fr"], {publication.title: TITLE_FR})
    assert PageViewRestriction.objects.get(page=french).restriction_type == "login"


def test_deleting_a_translation_leaves_the_other_copies_private(admin_client, translated):
    english, french = translated
    set_privacy(admin_client, english, "login")
    french.delete()
    assert PageViewRestriction.objects.filter(page=english).exists()
