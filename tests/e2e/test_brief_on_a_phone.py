"""A Member State's representative reads the monthly brief on a phone (375 px), in
English and in Arabic: the page never scrolls sideways, and the funding table's
last column ("Funding gap") can be reached by scrolling the table itself (QA F9)."""

from datetime import date

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}


@pytest.fixture
def brief_paths(restore_wagtail_tree, live_server):
    from wagtail.models import Locale, Page, Site

    from briefs.models import BriefItem, MonthlyBriefPage
    from core.demo_support import publish_latest
    from tests.factories import HomePageFactory
    from tests.factories.briefs import BriefIndexPageFactory
    from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory
    from tests.factories.home import ContactFactory, ThematicAreaFactory
    from tests.translation_support import translate

    arabic = Locale.objects.get(language_code="ar")
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-e2e", title="Better cities")
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.all().delete()
    Site.objects.create(hostname=host, port=int(port), root_page=home, is_default_site=True)
    areas = [
        ThematicAreaFactory(name=name, slug=slug)
        for name, slug in [("Urban climate action", "climate"), ("Adequate housing for all", "housing")]
    ]
    flagship = FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=home), title="Resilient coastal cities")
    index = BriefIndexPageFactory(parent=home)
    brief = MonthlyBriefPage(
        title="Monthly brief: October 2026",
        slug="2026-10",
        month=date(2026, 10, 1),
        introduction="<p>Three programmes moved forward this month.</p>",
        funding_valid_on=date(2026, 11, 2),
        funding_summary=[
            {
                "area": str(area.translation_key),
                "currency": "USD",
                "projects": 12,
                "goal": "105000000.00",
                "received": "10445000.00",
                "gap": "94555000.00",
            }
            for area in areas
        ],
    )
    index.add_child(instance=brief)
    brief.items = [
        BriefItem(
            section="development",
            linked_page_id=flagship.pk,
            happened_on=date(2026, 10, 12),
            contact=ContactFactory(
                name="Mei Chen", role="Senior housing adviser", email="mei.chen.senior.housing.adviser@example.org"
            ),
            figures=[
                {"kind": kind, "amount": amount, "currency": "USD", "valid_on": "2026-10-31"}
                for kind, amount in [
                    ("budget", "12500000.00"),
                    ("received", "9800000.00"),
                    ("spent", "7150000.50"),
                    ("gap", "2700000.00"),
                ]
            ],
        )
    ]
    brief.save_revision()
    publish_latest(MonthlyBriefPage.objects.get(pk=brief.pk))
    translate(home, arabic, {"Better cities": "مدن أفضل"})
    translate(index, arabic, {"Updates for Member States": "مستجدات للدول الأعضاء"})
    for area, name in zip(areas, ["العمل المناخي الحضري", "السكن اللائق للجميع"], strict=True):
        translate(area, arabic, {area.name: name})
    translate(
        MonthlyBriefPage.objects.get(pk=brief.pk),
        arabic,
        {
            "Monthly brief: October 2026": "الموجز الشهري: أكتوبر 2026",
            "Three programmes moved forward this month.": "تقدمت ثلاثة برامج هذا الشهر.",
        },
    )
    return {"en": "/updates/2026-10/", "ar": "/ar/updates/2026-10/"}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_brief_fits_a_phone_and_its_funding_table_scrolls_inside_itself(
    browser, live_server, brief_paths, language
):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    response = page.goto(live_server.url + brief_paths[language])
    assert response.status == 200
    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"the page scrolls sideways: {widths}"

    region = page.locator(".funding-summary .table-scroll")
    assert region.get_attribute("role") == "region" and region.get_attribute("tabindex") == "0"
    gap_header = page.locator(".funding-summary thead th").last
    # Scrolled into view inside the table's own box: then it lies within the phone's width.
    gap_header.scroll_into_view_if_needed()
    box = gap_header.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 1
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()
