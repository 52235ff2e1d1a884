"""An Arabic reader goes home → publications → a publication not yet in Arabic →
donate, and stays right to left in Arabic with the notice where content is
English; axe-core finds no serious or critical problem on any page type in the
six languages.

axe-core is the npm package, injected into each page: `make e2e-deps` installs
it under node_modules/ (or set AXE_CORE_PATH to its axe.min.js)."""

import os
from pathlib import Path

import pytest
from django.conf import settings

from tests.e2e.conftest import _unavailable

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
LANGUAGES = ["en", "fr", "es", "ar", "zh-hans", "ru"]


def _axe_source() -> str:
    path = Path(os.environ.get("AXE_CORE_PATH") or Path(settings.BASE_DIR) / "node_modules/axe-core/axe.min.js")
    if not path.exists():
        _unavailable(f"no axe-core at {path}: make e2e-deps (npm install axe-core)")
    return path.read_text()


@pytest.fixture
def site(restore_wagtail_tree, live_server):
    from wagtail.models import Locale, Page, Site

    from donate.models import DonateAllocation
    from tests.factories import HomePageFactory, ThematicAreaFactory
    from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
    from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory
    from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory
    from tests.translation_support import translate

    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="home-e2e", title="Better cities")
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.all().delete()
    Site.objects.create(hostname=host, port=int(port), root_page=home, is_default_site=True)
    publications = PublicationIndexPageFactory(parent=home, title="Publications", slug="publications")
    PublicationPageFactory(parent=publications, title="Air quality monitoring", slug="air-quality")
    flagships = FlagshipIndexPageFactory(parent=home, title="Flagship programmes", slug="flagships")
    FlagshipPageFactory(parent=flagships, title="Resilient cities", slug="resilient-cities")
    donate = DonatePageFactory(parent=home, title="Donate now", slug="donate")
    DonateAllocation.objects.create(page=donate, label="Projects", description="Work.", percentage=100)
    area = ThematicAreaFactory(name="Basic services", slug="basic-services")
    DonationProjectPageFactory(parent=donate, title="Clean water for Kibera", slug="clean-water", thematic_area=area)
    for code in LANGUAGES[1:]:
        locale = Locale.objects.get(language_code=code)
        translate(home, locale, {})
        for section in (publications, flagships, donate):
            translate(Page.objects.get(pk=section.pk).specific, locale, {})
    return live_server.url


def _check_arabic(page):
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("document.documentElement.dir") == "rtl"
    current = page.locator("nav.languages a[aria-current=true]")
    assert current.get_attribute("hreflang") == "ar"


def test_an_arabic_reader_stays_in_arabic(page, site):
    page.goto(f"{site}/ar/")
    _check_arabic(page)
    page.locator("nav.main-nav a[href='/ar/publications/']").click()
    page.wait_for_url("**/ar/publications/")
    _check_arabic(page)
    page.get_by_role("link", name="Air quality monitoring").click()
    page.wait_for_url("**/ar/publications/air-quality/")
    _check_arabic(page)
    assert page.locator("#fallback-notice").is_visible()
    assert page.locator("h1").get_attribute("lang") == "en"
    page.locator("nav.main-nav a[href='/ar/donate/']").click()
    page.wait_for_url("**/ar/donate/")
    _check_arabic(page)
    page.locator("#project-clean-water h4 a").click()
    page.wait_for_url("**/ar/donate/clean-water/")
    _check_arabic(page)
    assert page.locator("#fallback-notice").is_visible()


PAGE_TYPES = [
    "",
    "publications/",
    "publications/air-quality/",
    "flagships/",
    "flagships/resilient-cities/",
    "donate/",
    "donate/clean-water/",
    "glossary/",
    "search/?q=water",
]


def test_no_serious_accessibility_problem_in_six_languages(browser, site):
    axe = _axe_source()
    # The site's CSP forbids inline scripts; only the injected axe needs the bypass.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    problems = []
    for code in LANGUAGES:
        prefix = "" if code == "en" else f"/{code}"
        for path in PAGE_TYPES:
            page.goto(f"{site}{prefix}/{path}")
            page.add_script_tag(content=axe)
            result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
            problems += [
                f"{prefix}/{path}: {violation['id']} ({violation['impact']}): {violation['nodes'][0]['html'][:120]}"
                for violation in result
                if violation["impact"] in ("serious", "critical")
            ]
    context.close()
    assert not problems, "\n".join(problems)
