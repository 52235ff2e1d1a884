"""Nothing that is not public reaches a visitor, by any route.

Pages in every non-public state (draft, live with a newer draft, scheduled,
expired, unpublished, password-, login- and group-restricted, unpublished
translation, alias of a draft), unpublished snippets, and the documents and
images those pages use each carry the canary word. Then every API endpoint
(with its filters, in every locale), search, the sitemap, the feed, the
reference pages and every document and download URL are crawled, anonymously
and as a signed-in user without permissions: the canary never appears.
"""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from core.models import SiteContent, SiteLink
from publications.models import PublicationDocument
from tests.factories.donate import DonationProjectPageFactory
from tests.factories.events import EventPageFactory, MeetingPageFactory, QuestionFactory
from tests.factories.flagships import FlagshipPageFactory
from tests.factories.glossary import AbbreviationFactory
from tests.factories.home import ContactFactory, HomePageFactory, ThematicAreaFactory
from tests.factories.images import ImageFactory
from tests.factories.publications import DocumentFactory, PublicationPageFactory
from tests.factories.stories import StoryPageFactory
from tests.factories.world import build_world

pytestmark = pytest.mark.django_db

CANARY = "Kestrelcanary"  # searched for as "kestrelcanary": a hit would echo the capitalised form
LOCALES = ["en", "fr", "es", "ar", "zh-hans", "ru"]


def canary(state: str) -> str:
    return f"{CANARY} {state}"


def canary_document(state):
    return DocumentFactory(title=canary(f"{state} document"))


def canary_image(state):
    """The canary in the title, the alternative text and the file name (so in every rendition URL)."""
    return ImageFactory(
        title=canary(f"{state} image"),
        description=canary(f"{state} alt"),
        file__filename=f"{CANARY}-{state}.png",
    )


def canary_publication(index, state, **kwargs):
    return PublicationPageFactory(
        parent=index,
        title=canary(state),
        slug=state,
        abstract=f"<p>{canary(state)} abstract. " + "Words of a long enough abstract. " * 6 + "</p>",
        cover_image=canary_image(state),
        documents=[canary_document(state)],
        **kwargs,
    )


@pytest.fixture
def hidden_world(home, locales, translate):
    """The public world plus one hidden item per state; returns what the crawl needs."""
    world = build_world(home)
    index = world["publication"].get_parent()
    hidden = {}
    hidden["draft"] = canary_publication(index, "draft", live=False, publish=False)

    newer_draft = PublicationPageFactory(parent=index, slug="newer-draft", title="Published title")
    newer_draft.title = canary("newer draft")
    newer_draft.abstract = f"<p>{canary('newer draft')}</p>"
    newer_draft.save_revision()
    hidden["newer_draft"] = newer_draft

    scheduled = canary_publication(index, "scheduled", live=False, publish=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=7)
    scheduled.save_revision().publish()
    scheduled.refresh_from_db()
    assert not scheduled.live
    hidden["scheduled"] = scheduled

    expired = canary_publication(index, "expired")
    Page.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - datetime.timedelta(days=1))
    hidden["expired"] = expired

    unpublished = canary_publication(index, "unpublished")
    unpublished.unpublish()
    hidden["unpublished"] = unpublished

    for kind in ("password", "login", "groups"):
        page = canary_publication(index, f"restricted-{kind}")
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, password="secret")
        if kind == "groups":
            restriction.groups.add(Group.objects.get(name="Moderators"))
        hidden[f"restricted_{kind}"] = page

    translate(home, locales["fr"], {})
    translate(index, locales["fr"], {})
    source = world["publication"]
    french, _ = translate(source, locales["fr"], {source.title: canary("translation")}, publish=False)
    french.refresh_from_db()
    assert not french.live
    hidden["unpublished_translation"] = french

    hidden["alias_of_draft"] = hidden["draft"].create_alias(parent=home, update_slug="alias-of-draft")

    donate = world["donate"]
    hidden["project"] = DonationProjectPageFactory(
        parent=donate, live=False, summary=canary("project"), cover_image=canary_image("project")
    )
    flagships = world["flagship"].get_parent()
    hidden["flagship"] = FlagshipPageFactory(
        parent=flagships, live=False, summary=canary("flagship"), cover_image=canary_image("flagship")
    )
    hidden["story"] = StoryPageFactory(
        parent=world["story"].get_parent(), slug="draft-story", live=False, standfirst=canary("story")
    )
    events = world["event"].get_parent()
    hidden["event"] = EventPageFactory(
        parent=events, slug="draft-event", live=False, summary=canary("event"), cover_image=canary_image("event")
    )
    hidden["meeting"] = MeetingPageFactory(parent=events, slug="draft-meeting", live=False, summary=canary("meeting"))
    meeting = world["meeting"]
    QuestionFactory(meeting=meeting, text=canary("unconfirmed question"), confirmed_at=None, visibility="pending")
    QuestionFactory(meeting=meeting, text=canary("private question"), visibility="private")
    QuestionFactory(meeting=meeting, text=canary("not publishable"), may_publish=False)
    QuestionFactory(meeting=meeting, name=canary("sender"), email="Kestrelcanary@mission.example")
    QuestionFactory(meeting=hidden["meeting"], text=canary("question on a draft meeting"))
    linked = canary_document("rich-text")
    hidden["rich_text"] = HomePageFactory(
        parent=home,
        slug="draft-about",
        live=False,
        hero_text=canary("home draft"),
        introduction=f'<p><a linktype="document" id="{linked.pk}">report</a></p>',
    )
    ThematicAreaFactory(name=canary("area"), slug="hidden-area", live=False)
    ContactFactory(name=canary("contact"), live=False)
    AbbreviationFactory(abbreviation="KCNY", expansion=canary("abbreviation"), live=False)
    canary_document("unused")
    # Site content: a draft locale's copy, and menu links to pages the public may not see.
    SiteContent.objects.create(organisation_name=canary("site content"), locale=locales["es"], live=False)
    menus = SiteContent(organisation_name="Public name", locale=locales["en"])
    menus.links = [
        SiteLink(menu="main", label=canary("menu link"), page=hidden["draft"]),
        SiteLink(menu="footer", label=canary("footer link"), page=hidden["restricted_login"]),
        SiteLink(menu="legal", label=canary("legal link"), page=hidden["expired"]),
    ]
    menus.save()

    from search.sync import rebuild_all

    rebuild_all()
    return {"world": world, "hidden": hidden, "index": index}


def api_urls(world) -> list[str]:
    urls = []
    page_ids = list(Page.objects.values_list("pk", flat=True))
    for code in LOCALES:
        query = f"locale={code}"
        urls += [
            f"/api/v1/locales?{query}",
            f"/api/v1/home?{query}",
            f"/api/v1/thematic-areas?{query}&limit=100",
            f"/api/v1/thematic-areas/housing?{query}",
            f"/api/v1/thematic-areas/hidden-area?{query}",
            f"/api/v1/contacts?{query}&limit=100",
            f"/api/v1/glossary?{query}&limit=100",
            f"/api/v1/glossary/KCNY?{query}",
            f"/api/v1/publications?{query}&limit=100",
            f"/api/v1/publications?{query}&thematic_area=housing&type=report&year=2024&keyword=cities",
            f"/api/v1/flagships?{query}&limit=100",
            f"/api/v1/donate?{query}",
            f"/api/v1/donate/thematic-areas?{query}&limit=100",
            f"/api/v1/search?{query}&q=kestrelcanary&limit=100",
            f"/api/v1/search?{query}&q=financing&limit=100",
            f"/api/v1/search?{query}&q=abstract&type=publication&limit=100",
            f"/api/v1/search/autocomplete?{query}&q=kestrel&limit=20",
            f"/api/v1/stories?{query}&limit=100",
            f"/api/v1/briefs?{query}&limit=100",
            f"/api/v1/newsletters?{query}&limit=100",
            f"/api/v1/site?{query}",
            f"/api/v1/events?{query}&limit=100",
            f"/api/v1/events?{query}&audience=member-states&thematic_area=housing&region=africa&from=2020-01-01",
            f"/api/v1/events?{query}&when=past&limit=100",
            f"/api/v1/meetings?{query}&limit=100",
        ]
        for page in Page.objects.filter(depth__gt=1).specific():
            relative = page.url_path.split("/", 2)[-1]
            urls.append(f"/api/v1/pages/find?{query}&path=/{relative}")
    urls += ["/api/v1/changes?limit=500", "/api/v1/redirects?limit=100"]
    for code in ("en", "fr"):
        for pk in page_ids:
            for prefix in (
                "publications",
                "flagships",
                "donate/projects",
                "stories",
                "briefs",
                "newsletters",
                "sections",
                "events",
                "meetings",
            ):
                urls.append(f"/api/v1/{prefix}/{pk}?locale={code}")
    return urls


def site_urls(state) -> list[str]:
    feed = state["index"].specific.feed_url()
    urls = ["/sitemap.xml", feed, "/search/?q=kestrelcanary", "/fr/search/?q=kestrelcanary"]
    for page in Page.objects.filter(depth__gt=2).specific():
        relative = page.url_path.split("/", 2)[-1]
        prefix = "" if page.locale.language_code == "en" else f"/{page.locale.language_code}"
        urls.append(f"{prefix}/{relative}")
    urls += [document.url for document in get_document_model().objects.all()]
    for prefix in ("", "/fr"):
        urls += [f"{prefix}/calendar/events.ics", f"{prefix}/calendar/events.ics?audience=member-states"]
        urls += [f"{prefix}/calendar/events/{pk}/event.ics" for pk in Page.objects.values_list("pk", flat=True)]
        urls += [f"{prefix}/meetings/{pk}/questions/" for pk in Page.objects.values_list("pk", flat=True)]
    urls += [f"/downloads/publications/{pk}/" for pk in PublicationDocument.objects.values_list("pk", flat=True)]
    return urls


def crawl(client, urls) -> list[str]:
    leaks = []
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if CANARY.encode() in body:
            leaks.append(f"{response.status_code} {url}")
    return leaks


def test_crawl_covers_every_api_endpoint(client, hidden_world):
    document = client.get("/api/v1/openapi.json").json()
    crawled = {re.sub(r"\?.*", "", url) for url in api_urls(hidden_world["world"])}
    patterns = {path: re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$") for path in document["paths"]}
    readable = {path for path, operations in document["paths"].items() if "get" in operations}
    missing = {path for path in readable if not any(patterns[path].match(url) for url in crawled)}
    assert missing == {"/api/v1/preview/{token}"}  # tokens are secrets; test_share_links covers them


def test_canary_never_reaches_an_anonymous_visitor(client, hidden_world):
    urls = api_urls(hidden_world["world"]) + site_urls(hidden_world)
    assert len(urls) > 300
    assert crawl(client, urls) == []


def test_canary_never_reaches_a_signed_in_user_without_permissions(client, hidden_world, django_user_model):
    user = django_user_model.objects.create_user("reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    login_only = hidden_world["hidden"]["restricted_login"]
    # A login restriction lets any signed-in user read that page itself, by design;
    # its documents, the API, search and listings still leave it out.
    page_url = "/" + login_only.url_path.split("/", 2)[-1]
    urls = [url for url in api_urls(hidden_world["world"]) + site_urls(hidden_world) if url != page_url]
    assert crawl(client, urls) == []


def test_the_public_world_is_really_visible(client, hidden_world):
    """The crawl would be worthless if nothing were served: public items are."""
    world = hidden_world["world"]
    assert client.get(world["publication"].documents.get().document.url).status_code == 200
    assert client.get("/api/v1/search?q=financing").json()["count"] >= 1
    assert "/publications/financing-urban-drainage/" in client.get("/sitemap.xml").content.decode()
