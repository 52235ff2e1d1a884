"""One published item of every content type, with fixed text: what the golden
payloads pin, schemathesis explores and the visibility crawl starts from."""

import datetime
from decimal import Decimal

from django.utils import timezone

from briefs.models import MonthlyBriefPage, NewsletterIssuePage
from tests.factories.briefs import BriefIndexPageFactory
from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
from tests.factories.events import (
    EventIndexPageFactory,
    EventPageFactory,
    MeetingPageFactory,
    QuestionFactory,
    add_supporter,
)
from tests.factories.events import add_area as add_event_area
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory, add_thematic_area
from tests.factories.glossary import AbbreviationFactory
from tests.factories.home import ContactFactory, ThematicAreaFactory
from tests.factories.images import ImageFactory
from tests.factories.publications import (
    DocumentFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    PublicationTypeFactory,
)
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory

FIXED = timezone.make_aware(datetime.datetime(2024, 5, 2, 9, 30))


def cover(description: str):
    """A cover image large enough for every rendition width, with alternative text."""
    return ImageFactory(title=description, description=description, file__width=1600, file__height=1000)


def build_world(home) -> dict:
    """Every content type once, published, under `home` (the default site's root)."""
    area = ThematicAreaFactory(name="Housing", slug="housing", description="Homes for all.")
    contact = ContactFactory(name="Amina Focal", email="amina@example.org")
    AbbreviationFactory(abbreviation="SDG", expansion="Sustainable Development Goal")
    publications = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(
        parent=publications,
        title="Financing urban drainage",
        slug="financing-urban-drainage",
        publication_date=datetime.date(2024, 3, 1),
        publication_type=PublicationTypeFactory(name="Report", slug="report"),
        thematic_areas=[area],
        documents=[DocumentFactory(title="Full report", slug="full-report")],
        cover_image=cover("Rain gardens along a street in Dakar"),
        cover_image_credit="UN-Habitat / A. Diallo",
    )
    flagships = FlagshipIndexPageFactory(parent=home)
    flagship = FlagshipPageFactory(
        parent=flagships,
        title="Resilient cities",
        slug="resilient-cities",
        cover_image=cover("A sea wall protecting a row of houses"),
        first_published_at=FIXED,
        last_published_at=FIXED,
    )
    add_thematic_area(flagship, area)
    donate = DonatePageFactory(parent=home)
    project = DonationProjectPageFactory(
        parent=donate,
        title="Clean water for Kisumu",
        slug="clean-water",
        thematic_area=area,
        goal_amount=Decimal("5000.00"),
        focal_point=contact,
        cover_image=cover("A water kiosk with a queue of people"),
    )
    stories = StoryIndexPageFactory(parent=home)
    story = StoryPageFactory(
        parent=stories,
        title="Homes rebuilt in Beira",
        slug="homes-rebuilt-in-beira",
        first_published_at=FIXED,
        last_published_at=FIXED,
    )
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(
        parent=events,
        title="Housing forum of Member States",
        slug="housing-forum",
        start_date=datetime.date(2031, 6, 12),
        related_flagship=flagship,
        contact=contact,
        registration_url="https://example.org/register",
        cover_image=cover("Delegates in a conference hall"),
        first_published_at=FIXED,
        last_published_at=FIXED,
    )
    add_event_area(event, area)
    add_supporter(event, country="ke", role="host")
    add_supporter(event, partner_name="Cities Alliance", role="co-organiser")
    meeting = MeetingPageFactory(
        parent=events,
        title="African Group with the Executive Director",
        slug="african-group-2031",
        date=datetime.date(2031, 6, 20),
        question_deadline_date=datetime.date(2031, 6, 13),
        first_published_at=FIXED,
        last_published_at=FIXED,
    )
    QuestionFactory(
        meeting=meeting,
        name="Wanjiru Kamau",
        email="wanjiru@mission.example",
        submitted_at=FIXED,
        confirmed_at=FIXED,
        answer="From the core budget and two donors.",
        answer_published_at=FIXED,
    )
    updates = BriefIndexPageFactory(parent=home)
    brief = updates.add_child(
        instance=MonthlyBriefPage(
            title="Brief 2024-05", slug="2024-05", month=datetime.date(2024, 5, 1), introduction="<p>A month.</p>"
        )
    )
    newsletter = updates.add_child(
        instance=NewsletterIssuePage(
            title="Urban Impact, May 2024",
            slug="urban-impact-2024-05",
            issue_date=datetime.date(2024, 5, 31),
            introduction="<p>What changed.</p>",
        )
    )
    from search.sync import rebuild_all

    rebuild_all()
    return {
        "area": area,
        "contact": contact,
        "publication": publication,
        "flagship": flagship,
        "donate": donate,
        "project": project,
        "story": story,
        "event": event,
        "meeting": meeting,
        "brief": brief,
        "newsletter": newsletter,
    }
