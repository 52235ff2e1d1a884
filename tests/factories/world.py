"""One published item of every content type, with fixed text: what the golden
payloads pin, schemathesis explores and the visibility crawl starts from."""

import datetime
from decimal import Decimal

from django.utils import timezone

from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory, add_thematic_area
from tests.factories.glossary import AbbreviationFactory
from tests.factories.home import ContactFactory, ThematicAreaFactory
from tests.factories.publications import (
    DocumentFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    PublicationTypeFactory,
)

FIXED = timezone.make_aware(datetime.datetime(2024, 5, 2, 9, 30))


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
    )
    flagships = FlagshipIndexPageFactory(parent=home)
    flagship = FlagshipPageFactory(
        parent=flagships,
        title="Resilient cities",
        slug="resilient-cities",
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
    }
