"""A visitor subscribes in French, confirms from the email link, receives the
brief in French and unsubscribes from the link in it."""

import re
from datetime import date

import pytest
from django.core import mail

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

FRENCH_INTRODUCTION = "Un mois de réalisations pour les villes côtières."


@pytest.fixture
def site(restore_wagtail_tree, live_server):
    from wagtail.models import Page, Site

    from tests.factories import HomePageFactory
    from tests.factories.briefs import BriefIndexPageFactory

    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-e2e", title="Better cities")
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.all().delete()
    Site.objects.create(hostname=host, port=int(port), root_page=home, is_default_site=True)
    return BriefIndexPageFactory(parent=home)


def french_brief(index):
    from wagtail.models import Locale

    from briefs.models import MonthlyBriefPage
    from core.demo_support import publish
    from tests.translation_support import translate

    brief = MonthlyBriefPage(
        title="Monthly brief: May 2024",
        slug="2024-05",
        month=date(2024, 5, 1),
        introduction="<p>A month of completions for coastal cities.</p>",
    )
    index.add_child(instance=brief)
    publish(brief)
    french, _ = translate(
        brief,
        Locale.objects.get(language_code="fr"),
        {
            "Monthly brief: May 2024": "Note mensuelle : mai 2024",
            "A month of completions for coastal cities.": FRENCH_INTRODUCTION,
        },
    )
    return brief, french


def link_in(text: str, path: str) -> str:
    return re.search(rf"https?://\S+{path}\S+/", text).group(0)


def test_subscribe_in_french_confirm_receive_the_brief_and_unsubscribe(page, live_server, site):
    from briefs.models import Subscriber
    from briefs.sending import drain, queue_issue

    page.goto(f"{live_server.url}/fr/subscriptions/")
    assert page.locator("html").get_attribute("lang") == "fr"
    page.fill("input[name=email]", "delegue@example.org")
    assert page.locator("select[name=language]").input_value() == "fr"
    page.uncheck("input[name=newsletter]")
    page.click("#subscribe-submit")
    page.wait_for_selector("#check-inbox-heading")
    assert Subscriber.objects.get(email="delegue@example.org").status == Subscriber.Status.PENDING

    (confirmation,) = mail.outbox
    assert confirmation.to == ["delegue@example.org"]
    page.goto(link_in(confirmation.body, "/fr/subscriptions/confirm/"))
    page.click("#confirm-submit")
    page.wait_for_selector("#confirmed-heading")
    subscriber = Subscriber.objects.get(email="delegue@example.org")
    assert (subscriber.status, subscriber.language, subscriber.wants_brief, subscriber.wants_newsletter) == (
        Subscriber.Status.CONFIRMED,
        "fr",
        True,
        False,
    )

    brief, french = french_brief(site)
    queue_issue(brief)
    assert drain().sent == 1
    issue = mail.outbox[-1]
    assert issue.to == ["delegue@example.org"] and issue.subject == "Note mensuelle : mai 2024"
    html = issue.alternatives[0][0]
    assert 'lang="fr"' in html and FRENCH_INTRODUCTION in html and FRENCH_INTRODUCTION in issue.body

    unsubscribe = issue.extra_headers["List-Unsubscribe"].strip("<>")
    assert f'href="{unsubscribe}"' in html and "/fr/subscriptions/unsubscribe/" in unsubscribe
    page.goto(unsubscribe)
    assert page.locator("html").get_attribute("lang") == "fr"
    page.click("#unsubscribe-submit")
    page.wait_for_selector("#unsubscribed-heading")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED and not subscriber.wants_brief

    # Nothing more reaches them: a second issue is queued for nobody.
    from briefs.models import MonthlyBriefPage
    from core.demo_support import publish

    june = MonthlyBriefPage(
        title="Monthly brief: June 2024", slug="2024-06", month=date(2024, 6, 1), introduction="<p>June.</p>"
    )
    site.add_child(instance=june)
    publish(june)
    dispatch, _ = queue_issue(june)
    assert dispatch.recipients == 0
