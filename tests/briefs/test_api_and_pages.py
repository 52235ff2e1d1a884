"""The brief and the newsletter as pages and in the API: link-first items, figures
per language, drafts hidden, query budgets, and no subscriber data anywhere."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from briefs.models import MonthlyBriefPage, NewsletterIssuePage
from briefs.services import compose_monthly_brief, compose_newsletter
from core.demo_support import publish_latest
from tests.briefs.conftest import MAY
from tests.factories.briefs import subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def brief(may, editor):
    page = compose_monthly_brief(MAY).page
    draft = page.get_latest_revision_as_object()
    draft.introduction = "<p>A month of completions.</p>"
    draft.save_revision(user=editor)
    return publish_latest(MonthlyBriefPage.objects.get(pk=page.pk))


def test_the_brief_in_the_api_links_to_pages_with_figures_and_focal_points(client, brief, may):
    body = client.get(f"/api/v1/briefs/{brief.pk}").json()
    sections = {section["key"]: section for section in body["sections"]}
    assert list(sections) == ["completed", "development", "project", "story"]
    completed = sections["completed"]["entries"][0]
    assert completed["title"] == "Drainage finished in Beira" and completed["subtitle"] == "Resilient coastal cities"
    assert completed["url"] == may.flagships["coastal"].url
    assert completed["contact"]["name"] == "Lucas Ferreira"
    assert [(f["kind"], f["formatted"]) for f in completed["figures"]] == [
        ("budget", "$12,500,000.00"),
        ("received", "$9,800,000.00"),
        ("spent", "$7,150,000.50"),
        ("gap", "$2,700,000.00"),
    ]
    assert "internal_notes" not in str(body) and "Prefers calls" not in str(body)
    assert body["funding_summary"][0]["gap"] == "13500.00"
    assert body["email"]["html"].endswith("/email/")


def test_figures_are_formatted_for_the_language_asked(client, brief, translate, locales):
    translate(brief, locales["fr"], {"A month of completions.": "Un mois de réalisations."})
    body = client.get(f"/api/v1/briefs/{brief.pk}", {"locale": "fr"}).json()
    assert body["translated"] is True and body["introduction"] == "<p>Un mois de réalisations.</p>"
    figures = body["sections"][0]["entries"][0]["figures"]
    assert figures[0]["formatted"].replace("\u202f", " ").replace("\xa0", " ") == "12 500 000,00 $US"


def test_a_project_or_story_unpublished_after_composing_disappears_from_the_brief(client, brief, may):
    may.stories["may"].unpublish()
    body = client.get(f"/api/v1/briefs/{brief.pk}").json()
    assert "story" not in [section["key"] for section in body["sections"]]


def test_drafts_are_not_served(client, may):
    page = compose_monthly_brief(MAY).page
    assert client.get(f"/api/v1/briefs/{page.pk}").status_code == 404
    assert client.get("/api/v1/briefs").json()["count"] == 0
    assert client.get(page.url or "/updates/2024-05/").status_code == 404


def test_the_brief_page_shows_sections_figures_and_the_funding_table(client, brief):
    html = client.get(brief.url).content.decode()
    assert "Drainage finished in Beira" in html and "$2,700,000.00" in html
    assert "Funding by thematic area" in html and "Basic services" in html
    assert 'href="/subscriptions/"' in html


def test_no_subscriber_address_is_ever_in_the_api_or_on_the_site(client, brief):
    subscriber("secret.delegate@example.org")
    responses = [
        client.get("/api/v1/briefs"),
        client.get(f"/api/v1/briefs/{brief.pk}"),
        client.get("/api/v1/newsletters"),
        client.get("/api/v1/openapi.json"),
        client.get(brief.url),
        client.get(brief.url + "email/"),
        client.get("/subscriptions/"),
    ]
    assert all("secret.delegate" not in response.content.decode() for response in responses)


@pytest.mark.parametrize("url", ["/api/v1/briefs/0", f"/api/v1/briefs/{2**64}", "/api/v1/newsletters/99999"])
def test_bad_ids_are_problems(client, url):
    response = client.get(url)
    assert response.status_code in (400, 404) and response["Content-Type"] == "application/problem+json"


def test_the_newsletter_helper_proposes_the_last_weeks(may, editor, frozen):
    page, added = compose_newsletter(6, user=editor)
    draft = page.get_latest_revision_as_object()
    keys = sorted(item.source_key.split(":")[0] for item in draft.items.all())
    # Since 22 April: the completion and developments of May and early June (not the milestone),
    # and both stories published since then.
    assert keys == ["story", "story", "update", "update", "update"] and added == 5
    assert not NewsletterIssuePage.objects.get(pk=page.pk).live


def count_queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries)


def make_briefs(index, count, start):
    for n in range(count):
        month = date(2000 + (start + n) // 12, (start + n) % 12 + 1, 1)
        page = MonthlyBriefPage(
            title=f"Brief {month:%Y-%m}", slug=f"{month:%Y-%m}", month=month, introduction="<p>Hi.</p>"
        )
        index.add_child(instance=page)


def test_brief_listing_query_count_is_flat(client, may):
    make_briefs(may.index, 5, 0)
    small = count_queries(client, "/api/v1/briefs?limit=100")
    small_index = count_queries(client, may.index.url)
    make_briefs(may.index, 45, 5)
    assert count_queries(client, "/api/v1/briefs?limit=100") == small
    assert count_queries(client, may.index.url) == small_index


def test_brief_detail_query_count_does_not_grow_with_items(client, brief, may):
    from briefs.models import BriefItem

    def add_items(count):
        draft = MonthlyBriefPage.objects.get(pk=brief.pk).get_latest_revision_as_object()
        items = list(draft.items.all())
        for _ in range(count):
            items.append(BriefItem(section="story", linked_page_id=may.stories["april"].pk))
        draft.items = items
        publish_latest(draft.save_revision().as_object() and MonthlyBriefPage.objects.get(pk=brief.pk))

    add_items(1)
    small = count_queries(client, f"/api/v1/briefs/{brief.pk}")
    add_items(45)
    assert count_queries(client, f"/api/v1/briefs/{brief.pk}") == small


def test_the_brief_links_to_the_donation_reports_rather_than_attaching_them(client, brief):
    from briefs.emails import render_issue_email

    html = client.get(brief.url).content.decode()
    assert 'href="/donate/"' in html
    email = render_issue_email(brief)
    assert 'href="http://localhost/donate/"' in email.html and "http://localhost/donate/" in email.text
    assert not email.html.count("cid:")  # nothing attached: images are linked, from the site


def test_a_restricted_brief_is_kept_from_the_api_and_its_email_version(client, brief):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=brief, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(f"/api/v1/briefs/{brief.pk}").status_code == 404
    assert client.get("/api/v1/briefs").json()["count"] == 0
    assert client.get(brief.url + "email/").status_code == 302  # to the login page
    assert client.get(brief.url + "email/text/").status_code == 302


def test_a_brief_is_a_search_document(brief):
    from core.search_registry import builder_for

    document = builder_for(MonthlyBriefPage)(brief)
    assert document.content_type == "brief" and document.snippet == "A month of completions."
    assert document.date == MAY
