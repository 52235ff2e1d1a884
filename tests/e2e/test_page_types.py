"""Every reference page type at a phone's width (375 px) and a desktop's (1280 px),
in English and in Arabic (right to left): a screenshot of each is saved to
var/screenshots/ (git-ignored) for people to look at, and axe-core, injected
into the page, finds no serious or critical accessibility violation."""

import os
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "var" / "screenshots"
WIDTHS = {"phone": (375, 812), "desktop": (1280, 900)}
# Pages with an Arabic version here (the others are read in English under /ar/,
# with the notice, and keep the content's own direction).
TRANSLATED = {"home", "publications", "search", "theme"}


@pytest.fixture
def axe_script():
    if not AXE.exists():
        reason = "axe-core is not installed: npm install (package.json)"
        if os.environ.get("E2E_REQUIRED"):
            pytest.fail(reason)
        pytest.skip(reason)
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def site_pages(restore_wagtail_tree, live_server):
    """One page of each type, in English and (for the shell, navigation and the
    pages translated here) Arabic; returns {name: path} per language."""
    from wagtail.models import Locale, Page, Site

    from core.demo_support import translate
    from tests.factories import HomePageFactory
    from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
    from tests.factories.home import ThematicAreaFactory
    from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory

    english, arabic = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="ar")
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-e2e", title="Better cities")
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.all().delete()
    Site.objects.create(hostname=host, port=int(port), root_page=home, is_default_site=True)
    area = ThematicAreaFactory(name="Housing", slug="housing", locale=english)
    index = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(parent=index, title="Flood-proof housing", thematic_areas=[area])
    donate = DonatePageFactory(parent=home)
    project = DonationProjectPageFactory(parent=donate, slug="water", thematic_area=area)
    translate(area, arabic, {"Housing": "السكن"})
    translate(home, arabic, {"Better cities": "مدن أفضل"})
    translate(index, arabic, {"Publications": "المنشورات"})
    paths = {
        "home": "/",
        "publications": index.url,
        "publication": publication.url,
        "donate": donate.url,
        "project": project.url,
        "search": "/search/?q=housing",
        "theme": "/themes/housing/",
    }
    return {
        "en": paths,
        "ar": {name: "/ar" + path for name, path in paths.items()},
    }


def test_every_page_type_at_two_widths_in_english_and_arabic(browser, live_server, site_pages, axe_script):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for language, paths in site_pages.items():
        for width_name, (width, height) in WIDTHS.items():
            # The site's CSP refuses inline scripts; axe is injected by the test, not by the site.
            context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
            page = context.new_page()
            page.set_default_timeout(20_000)
            for name, path in paths.items():
                response = page.goto(live_server.url + path)
                assert response.status == 200, (language, path, response.status)
                if name in TRANSLATED:
                    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr"), path
                page.screenshot(path=str(SCREENSHOTS / f"{name}-{language}-{width_name}.png"), full_page=True)
                page.add_script_tag(content=axe_script)
                violations = page.evaluate("async () => (await axe.run(document)).violations")
                for violation in violations:
                    if violation["impact"] in ("serious", "critical"):
                        targets = [node["target"] for node in violation["nodes"]][:3]
                        problems.append(f"{language} {width_name} {path}: {violation['id']} {targets}")
            context.close()
    assert not problems, "\n".join(problems)
