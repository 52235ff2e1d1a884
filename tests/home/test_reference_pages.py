"""The reference pages: every locale's home page, right to left for Arabic,
the language switcher, hreflang alternates, health check and sitemap."""

import re

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated_home(home, locales, translate):
    for code in ["fr", "es", "ar", "zh-hans", "ru"]:
        translate(home, locales[code], {"Better cities": f"Better cities [{code}]"})
    return home


@pytest.mark.parametrize(
    ("prefix", "lang", "direction"),
    [
        ("", "en", "ltr"),
        ("/fr", "fr", "ltr"),
        ("/es", "es", "ltr"),
        ("/ar", "ar", "rtl"),
        ("/zh-hans", "zh-hans", "ltr"),
        ("/ru", "ru", "ltr"),
    ],
)
def test_each_locale_home_page_renders_in_its_language(client, translated_home, prefix, lang, direction):
    response = client.get(f"{prefix}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html
    expected_title = "Better cities" if lang == "en" else f"Better cities [{lang}]"
    assert f"<h1>{expected_title}</h1>" in html


def test_page_shell_has_skip_link_switcher_alternates_and_open_graph(client, translated_home):
    html = client.get("/fr/").content.decode()
    assert 'href="#main"' in html and 'id="main"' in html
    for code in ["en", "fr", "es", "ar", "zh-hans", "ru"]:
        assert f'hreflang="{code}"' in html
    assert re.search(r'<a href="/ar/" hreflang="ar" lang="ar" dir="rtl"', html)
    assert 'aria-current="true">français' in html.replace("Français", "français")
    assert '<meta property="og:title" content="Better cities [fr]">' in html
    assert '<meta property="og:locale" content="fr">' in html


def test_untranslated_language_is_not_advertised_as_alternate(client, home, locales, translate):
    translate(home, locales["fr"], {})
    html = client.get("/").content.decode()
    assert 'hreflang="fr"' in html
    assert 'rel="alternate" hreflang="ar"' not in html


def test_healthz_reports_database_ok(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_sitemap_lists_public_live_pages_of_every_locale_only(client, translated_home, locales):
    draft = HomePageFactory(parent=translated_home, slug="draft-page", title="Draft", live=False)
    private = HomePageFactory(parent=translated_home, slug="private-page", title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    public = HomePageFactory(parent=translated_home, slug="public-page", title="Public")
    xml = client.get("/sitemap.xml").content.decode()
    # On the request's host, like every absolute URL of the answer (core/absolute_urls.py).
    assert "<loc>http://testserver/</loc>" in xml
    assert "<loc>http://testserver/ar/</loc>" in xml
    assert "/public-page/" in xml
    assert draft.slug not in xml
    assert private.slug not in xml
    assert public.url_path


def test_slug_change_creates_a_redirect(client, home, django_capture_on_commit_callbacks):
    child = HomePageFactory(parent=home, slug="old-name", title="Child")
    child.slug = "new-name"
    # Wagtail sends page_slug_changed once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        child.save_revision().publish()
    response = client.get("/old-name/")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("/new-name/")


def test_untranslated_page_is_served_in_the_original_language_with_a_notice(client, home, locales, translate):
    HomePageFactory(parent=home, slug="about", title="About us")
    translate(home, locales["fr"], {})
    response = client.get("/fr/about/")
    assert response.status_code == 200
    html = response.content.decode()
    # The document is in the visitor's language (its navigation and labels are
    # French); the English content says so itself.
    assert '<html lang="fr" dir="ltr">' in html
    assert '<h1 lang="en" dir="ltr">About us</h1>' in html
    assert 'class="notice" role="note"' in html
    assert "Cette page n'est pas encore disponible dans votre langue." in html


@pytest.mark.parametrize(
    ("prefix", "skip_link"),
    [("/ar", "الانتقال إلى المحتوى الرئيسي"), ("/zh-hans", "跳到主要内容"), ("/ru", "Перейти к основному содержанию")],
)
def test_page_shell_speaks_the_visitor_language(client, translated_home, prefix, skip_link):
    assert skip_link in client.get(f"{prefix}/").content.decode()


def test_translated_page_has_no_fallback_notice_and_unknown_paths_stay_404(client, home, locales, translate):
    translate(home, locales["fr"], {})
    html = client.get("/fr/").content.decode()
    assert 'id="fallback-notice"' not in html
    assert client.get("/fr/no-such-page/").status_code == 404
