"""Events as visitors and API clients see them: filters, bad input, languages,
the list and month views, the home page's next events, the monthly brief's
hook, search documents and query budgets."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.search_registry import builder_for
from events.models import EventPage
from events.selectors import events_between
from tests.factories.events import add_supporter
from tests.factories.home import ThematicAreaFactory

pytestmark = pytest.mark.django_db


def soon(days: int) -> date:
    return timezone.localdate() + timedelta(days=days)


def titles(client, **params) -> list[str]:
    response = client.get("/api/v1/events", params)
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_listing_filters_by_audience_area_region_and_dates(client, make_event, event_index):
    other_area = ThematicAreaFactory(name="Climate", slug="climate")
    make_event(title="Forum", start_date=soon(10), region="africa")
    public = make_event(
        title="Open day", start_date=soon(40), for_member_states=False, for_public=True, region="europe"
    )
    from events.models import EventThematicArea

    EventThematicArea.objects.filter(page=public).update(thematic_area=other_area)
    make_event(title="Draft", live=False)

    assert titles(client) == ["Forum", "Open day"]
    assert titles(client, audience="public") == ["Open day"]
    assert titles(client, audience="MEMBER-STATES") == ["Forum"]
    assert titles(client, thematic_area="climate") == ["Open day"]
    assert titles(client, region="africa") == ["Forum"]
    # Several values: any of them matches, repeated or comma-separated.
    assert titles(client, audience="public,member-states") == ["Forum", "Open day"]
    assert titles(client, region=["africa", "europe"]) == ["Forum", "Open day"]
    assert titles(client, thematic_area="climate,housing") == ["Forum", "Open day"]
    assert titles(client, **{"from": soon(20).isoformat()}) == ["Open day"]
    assert titles(client, to=soon(20).isoformat()) == ["Forum"]


def test_upcoming_first_and_past_archived(client, make_event):
    make_event(title="Last year", start_date=soon(-300))
    make_event(title="Next week", start_date=soon(7))
    make_event(title="Last month", start_date=soon(-30))
    make_event(title="Next month", start_date=soon(35))
    assert titles(client, when="upcoming") == ["Next week", "Next month"]
    assert titles(client, when="past") == ["Last month", "Last year"]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"audience": "everyone"}, "audience"),
        ({"region": "atlantis"}, "region"),
        ({"thematic_area": "nothing"}, "thematic_area"),
        ({"when": "someday"}, "when"),
        ({"from": "2031-13-40"}, "from"),
        ({"from": "2031-06-12", "to": "2031-06-01"}, "to"),
        ({"locale": "xx"}, "locale"),
        ({"offset": str(2**64)}, "offset"),
    ],
)
def test_bad_filters_are_problems_that_say_what_to_use(client, make_event, params, parameter):
    make_event()
    response = client.get("/api/v1/events", params)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["parameter"] == parameter


@pytest.mark.parametrize("path", ["events", "meetings"])
@pytest.mark.parametrize("page_id", ["0", str(2**63), str(2**70), "abc"])
def test_out_of_range_ids_are_problems_not_errors(client, path, page_id):
    response = client.get(f"/api/v1/{path}/{page_id}")
    assert response.status_code in (400, 404)
    assert response["Content-Type"] == "application/problem+json"


def test_the_detail_in_french_with_supporters_and_fallback(client, make_event, translate, locales):
    event = make_event(title="Housing forum")
    add_supporter(event, country="ke", role="host")
    translate(event, locales["fr"], {"Housing forum": "Forum du logement"})
    body = client.get(f"/api/v1/events/{event.pk}", {"locale": "fr"}).json()
    assert body["title"] == "Forum du logement" and body["translated"] is True
    assert body["supporters"] == [{"kind": "member-state", "country": "ke", "name": "Kenya", "role": "host"}]
    assert body["when"]["time_zone"] == "Africa/Nairobi" and body["when"]["start"].endswith("+03:00")
    spanish = client.get(f"/api/v1/events/{event.pk}", {"locale": "es"}).json()
    assert spanish["title"] == "Housing forum" and spanish["translated"] is False
    event.unpublish()
    assert client.get(f"/api/v1/events/{event.pk}").status_code == 404


def test_the_list_and_month_views(client, make_event, event_index):
    make_event(title="Soon", start_date=soon(3))
    make_event(title="Over", start_date=soon(-3))
    make_event(title="Called off", start_date=soon(5), status="cancelled")
    html = client.get(event_index.url).content.decode()
    assert "Soon" in html and "Called off" in html and "Over" not in html
    assert "webcal://" in html
    past_html = client.get(event_index.url, {"view": "past"}).content.decode()
    assert "Over" in past_html and "Soon" not in past_html

    month = soon(3).strftime("%Y-%m")
    month_html = client.get(event_index.url, {"view": "month", "month": month}).content.decode()
    assert "Soon" in month_html and "month-grid" in month_html
    bad = client.get(event_index.url, {"view": "month", "month": "2031-13"})
    assert bad.status_code == 200 and "is not a month such as 2025-03" in bad.content.decode()
    filtered = client.get(event_index.url, {"audience": "nobody"})
    assert "There is no “nobody” to filter by" in filtered.content.decode()


def test_the_event_page_shows_summary_first_and_the_spotlight(client, make_event, flagship):
    event = make_event(title="Housing forum", related_flagship=flagship)
    add_supporter(event, country="br", role="co-host")
    add_supporter(event, partner_name="Cities Alliance")
    html = client.get(event.url).content.decode()
    assert html.index("Member States, mayors") < html.index("With the support of")
    assert "Brazil" in html and "Cities Alliance" in html and flagship.title in html
    assert f"/calendar/events/{event.pk}/event.ics" in html


def test_the_home_page_shows_the_next_events(client, make_event, home):
    make_event(title="Next week", start_date=soon(7))
    make_event(title="Called off", start_date=soon(8), status="cancelled")
    make_event(title="Over", start_date=soon(-8))
    html = client.get(home.url).content.decode()
    assert "Next events" in html and "Next week" in html
    assert "Called off" not in html and "Over" not in html


def test_the_monthly_brief_hook_returns_next_months_events(make_event):
    first = date(2031, 7, 1)
    make_event(title="In July", start_date=date(2031, 7, 9))
    make_event(title="Cancelled in July", start_date=date(2031, 7, 10), status="cancelled")
    make_event(title="In August", start_date=date(2031, 8, 2))
    entries = events_between(first, date(2031, 7, 31))
    assert [entry.title for entry in entries] == ["In July"]
    assert entries[0].start.isoformat() == "2031-07-09T09:30:00+03:00"


def test_an_event_is_a_search_document(make_event):
    event = make_event(title="Housing forum")
    add_supporter(event, country="br")
    document = builder_for(EventPage)(event)
    assert document.content_type == "event" and document.snippet.startswith("Member States")
    assert document.countries == ["br", "ke"] and document.thematic_areas == [("housing", "Housing")]


def count_queries(client, url, params=None) -> int:
    client.get(url, params or {})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(queries)


def _add_events(make_event, count: int):
    for number in range(count):
        event = make_event(start_date=soon(1 + number % 25))
        add_supporter(event, country="ke")


@pytest.mark.parametrize("params", [{}, {"locale": "fr"}, {"audience": "member-states", "thematic_area": "housing"}])
def test_listing_api_query_count_is_flat(client, make_event, params):
    _add_events(make_event, 5)
    small = count_queries(client, "/api/v1/events", {"limit": 100, **params})
    _add_events(make_event, 45)
    assert count_queries(client, "/api/v1/events", {"limit": 100, **params}) == small


@pytest.mark.parametrize("view", ["list", "month"])
def test_index_page_query_count_is_flat(client, make_event, event_index, view):
    params = {"view": view, "month": soon(1).strftime("%Y-%m")}
    _add_events(make_event, 5)
    small = count_queries(client, event_index.url, params)
    _add_events(make_event, 45)
    assert count_queries(client, event_index.url, params) == small


def test_feed_query_count_is_flat(client, make_event):
    _add_events(make_event, 5)
    small = count_queries(client, "/calendar/events.ics")
    _add_events(make_event, 45)
    assert count_queries(client, "/calendar/events.ics") == small


def test_composing_the_monthly_brief_picks_up_next_months_events(make_event, locales):
    from briefs.candidates import event_candidates

    july = make_event(title="In July", start_date=date(2031, 7, 9))
    make_event(title="In June", start_date=date(2031, 6, 9))
    (candidate,) = event_candidates(date(2031, 6, 1), locales["en"])
    assert candidate.key == f"event:{july.translation_key}" and candidate.page_id == july.pk
    assert candidate.happened_on == date(2031, 7, 9)
