"""Every reference page type at a phone's width (375 px) and a desktop's (1280 px),
in English and in Arabic (right to left): a screenshot of each is saved to
var/screenshots/ (git-ignored) for people to look at, and axe-core, injected
into the page, finds no serious or critical accessibility violation."""

import os
from pathlib import Path
from urllib.parse import urlsplit

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

    from core.demo_images import draw_cover
    from tests.factories import HomePageFactory
    from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
    from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory
    from tests.factories.home import ThematicAreaFactory
    from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory
    from tests.translation_support import translate

    english, arabic = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="ar")
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-e2e", title="Better cities")
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.all().delete()
    Site.objects.create(hostname=host, port=int(port), root_page=home, is_default_site=True)
    area = ThematicAreaFactory(name="Housing", slug="housing", locale=english)
    index = PublicationIndexPageFactory(parent=home)
    # Cards with cover images (the demo's drawings), and one without, side by side.
    publication = PublicationPageFactory(
        parent=index,
        title="Flood-proof housing",
        thematic_areas=[area],
        cover_image=draw_cover("Flood-proof housing", "e2e-1", "housing"),
        cover_image_credit="UN-Habitat",
    )
    PublicationPageFactory(
        parent=index, title="Cooler streets", thematic_areas=[area], cover_image=draw_cover("Cooler streets", "e2e-2")
    )
    PublicationPageFactory(parent=index, title="Land records without a cover", thematic_areas=[area])
    flagships = FlagshipIndexPageFactory(parent=home)
    flagship = FlagshipPageFactory(
        parent=flagships, title="Resilient cities", cover_image=draw_cover("Resilient cities", "e2e-3", "climate")
    )
    donate = DonatePageFactory(parent=home)
    project = DonationProjectPageFactory(
        parent=donate, slug="water", thematic_area=area, cover_image=draw_cover("Water", "e2e-4", "basic-services")
    )
    translate(area, arabic, {"Housing": "السكن"})
    translate(home, arabic, {"Better cities": "مدن أفضل"})
    translate(index, arabic, {"Publications": "المنشورات"})
    paths = {
        "home": "/",
        "publications": index.url,
        "publication": publication.url,
        "flagships": flagships.url,
        "flagship": flagship.url,
        "donate": donate.url,
        "project": project.url,
        "search": "/search/?q=housing",
        "theme": "/themes/housing/",
    }
    return {
        "en": paths,
        "ar": {name: "/ar" + path for name, path in paths.items()},
    }


def serve_media(route):
    from django.conf import settings

    relative = urlsplit(route.request.url).path.removeprefix(settings.MEDIA_URL)
    file = (Path(settings.MEDIA_ROOT) / relative).resolve()
    if not file.is_relative_to(Path(settings.MEDIA_ROOT).resolve()) or not file.is_file():
        route.fulfill(status=404)
        return
    route.fulfill(path=str(file))


def images_problems(page, where: str) -> list[str]:
    """Every image loads (lazy ones once scrolled to), and each says its size so
    the layout does not move while it loads."""
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_function("[...document.images].every(image => image.complete)")
    page.evaluate("window.scrollTo(0, 0)")
    found = page.evaluate(
        """[...document.images].map(image => ({
            src: image.currentSrc, loaded: image.naturalWidth > 0,
            sized: image.hasAttribute('width') && image.hasAttribute('height'),
            card: image.classList.contains('card-image')}))"""
    )
    problems = [f"{where}: {image['src']} did not load" for image in found if not image["loaded"]]
    problems += [f"{where}: {image['src']} has no width/height" for image in found if not image["sized"]]
    return problems


def card_images(page) -> int:
    return page.evaluate("document.querySelectorAll('.card img.card-image').length")


def test_every_page_type_at_two_widths_in_english_and_arabic(browser, live_server, site_pages, axe_script):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for language, paths in site_pages.items():
        for width_name, (width, height) in WIDTHS.items():
            # The site's CSP refuses inline scripts; axe is injected by the test, not by the site.
            context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
            # The live server serves no media (DEBUG is off): renditions are read from MEDIA_ROOT here.
            context.route("**/media/**", serve_media)
            page = context.new_page()
            page.set_default_timeout(20_000)
            for name, path in paths.items():
                response = page.goto(live_server.url + path)
                assert response.status == 200, (language, path, response.status)
                if name in ("publications", "flagships", "donate"):
                    assert card_images(page) > 0, (language, width_name, path)
                if name in TRANSLATED:
                    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr"), path
                problems += images_problems(page, f"{language} {width_name} {path}")
                page.screenshot(path=str(SCREENSHOTS / f"{name}-{language}-{width_name}.png"), full_page=True)
                page.add_script_tag(content=axe_script)
                violations = page.evaluate("async () => (await axe.run(document)).violations")
                for violation in violations:
                    if violation["impact"] in ("serious", "critical"):
                        targets = [node["target"] for node in violation["nodes"]][:3]
                        problems.append(f"{language} {width_name} {path}: {violation['id']} {targets}")
            context.close()
    assert not problems, "\n".join(problems)
