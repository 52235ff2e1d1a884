"""The demo: a dozen stories in six languages, two composed briefs, a newsletter
issue and a few subscribers; loading it twice changes nothing."""

import pytest
from wagtail.models import Page

from briefs import demo as briefs_demo
from briefs.models import MonthlyBriefPage, NewsletterIssuePage, Subscriber
from donate import demo as donate_demo
from flagships import demo as flagships_demo
from home import demo as home_demo
from stories import demo as stories_demo
from stories.models import StoryPage

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def load_all(log):
    for module in (home_demo, flagships_demo, donate_demo, stories_demo, briefs_demo):
        module.load(log.append)


def test_demo_updates_in_six_languages_and_idempotent(client):
    log: list[str] = []
    load_all(log)
    assert StoryPage.objects.live().filter(locale__language_code="en").count() == 12
    for code in ("fr", "es", "ar", "zh-hans", "ru"):
        assert StoryPage.objects.live().filter(locale__language_code=code).count() == 12
    regions = set(StoryPage.objects.values_list("region", flat=True))
    assert len(regions) >= 5
    assert MonthlyBriefPage.objects.live().filter(locale__language_code="en").count() == 2
    assert MonthlyBriefPage.objects.live().filter(locale__language_code="ar").count() == 2
    assert NewsletterIssuePage.objects.live().count() == 6
    assert Subscriber.objects.confirmed().count() == 6

    french_brief = MonthlyBriefPage.objects.live().filter(locale__language_code="fr").order_by("-month").first()
    html = client.get(french_brief.url).content.decode()
    assert french_brief.title.startswith("Note mensuelle") and 'id="section-story"' in html
    assert "Récits d&#x27;impact" in html
    arabic_story = StoryPage.objects.live().get(locale__language_code="ar", slug="amman-water-every-day")
    assert "في شرق عمّان" in client.get(arabic_story.url).content.decode()

    pages = Page.objects.count()
    again: list[str] = []
    load_all(again)
    assert Page.objects.count() == pages
    assert "stories: 12 (0 created, 0 translations)" in again
    assert "subscribers: 8 (0 created; addresses at example.org)" in again
