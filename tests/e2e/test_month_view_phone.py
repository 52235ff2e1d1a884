"""The events calendar's month view on a 375 px phone, in English and Arabic
(right to left): the page never scrolls sideways and its header and filters are
all on screen; the grid scrolls inside its own box."""

from datetime import date, time

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LONG_TITLE = "Consultation on urban recovery after crises with Member States and partners"


@pytest.fixture
def month_paths(restore_wagtail_tree, live_server):
    from wagtail.models import Locale, Page, Site

    from tests.factories import HomePageFactory
    from tests.factories.events import EventIndexPageFactory, EventPageFactory
    from tests.translation_support import translate

    arabic = Locale.objects.get(language_code="ar")
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-month", title="Better cities")
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.all().delete()
    Site.objects.create(hostname=host, port=int(port), root_page=home, is_default_site=True)
    index = EventIndexPageFactory(parent=home, title="Events")
    for day in (1, 7, 14, 21, 28):
        EventPageFactory(
            parent=index, title=f"{LONG_TITLE} {day}", start_date=date(2031, 6, day), start_time=time(10, 0)
        )
    translate(home, arabic, {"Better cities": "مدن أفضل"})
    translate(index, arabic, {"Events": "الفعاليات"})
    return {
        language: f"{prefix}{index.url}?view=month&month=2031-06" for language, prefix in (("en", ""), ("ar", "/ar"))
    }


def test_the_month_view_fits_a_phone_in_english_and_arabic(browser, live_server, month_paths):
    context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    for language, path in month_paths.items():
        response = page.goto(live_server.url + path)
        assert response.status == 200, (language, response.status)
        assert page.locator("table.month-grid a").count() == 5, language
        widths = page.evaluate(
            "({page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth,"
            " body: document.body.scrollWidth})"
        )
        assert widths["page"] <= widths["view"] and widths["body"] <= widths["view"], (language, widths)
        # The heading and the filters start and end on screen (in Arabic they were cut off at the right).
        for selector in ("h1", "form, .filters", ".view-switch"):
            box = page.locator(selector).first.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375 + 0.5, (language, selector, box)
        # The grid itself scrolls in its own box, which a keyboard can reach.
        scroller = page.locator(".month-scroll")
        assert scroller.get_attribute("tabindex") == "0"
        assert page.evaluate("(el => el.scrollWidth > el.clientWidth)(document.querySelector('.month-scroll'))")
    context.close()
