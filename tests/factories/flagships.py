from datetime import date, timedelta

import factory
import wagtail_factories
from django.utils import timezone

from flagships.models import (
    FlagshipContact,
    FlagshipFinancialFigure,
    FlagshipIndexPage,
    FlagshipPage,
    FlagshipPlace,
    FlagshipThematicArea,
    FlagshipUpdate,
)
from tests.factories.home import ContactFactory


class FlagshipIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = FlagshipIndexPage

    title = "Flagship programmes"
    slug = "flagships"
    introduction = "Our largest programmes."


class FlagshipPageFactory(wagtail_factories.PageFactory):
    """A published flagship; `contacts=N` and `updates=N` add inline rows."""

    class Meta:
        model = FlagshipPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Flagship {n}")
    slug = factory.Sequence(lambda n: f"flagship-{n}")
    summary = "Cities that plan for floods and heat."
    start_date = date(2023, 1, 1)
    status = FlagshipPage.Status.ACTIVE
    # Review dates count from the first publication until the first review.
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def contacts(page, create, extracted, **kwargs):
        for index in range(extracted or 0):
            FlagshipContact.objects.create(page=page, contact=ContactFactory(), sort_order=index, locale=page.locale)

    @factory.post_generation
    def updates(page, create, extracted, **kwargs):
        for index in range(extracted or 0):
            FlagshipUpdate.objects.create(
                page=page,
                date=date(2024, 1, 1) + timedelta(days=10 * index),
                kind=FlagshipUpdate.Kind.MILESTONE,
                title=f"Update {index}",
                text="Something happened.",
                sort_order=index,
                locale=page.locale,
            )


def add_contact(page, contact=None, **contact_fields):
    contact = contact or ContactFactory(**contact_fields)
    return FlagshipContact.objects.create(page=page, contact=contact, locale=page.locale)


def add_thematic_area(page, area):
    return FlagshipThematicArea.objects.create(page=page, thematic_area=area, locale=page.locale)


def add_place(page, code, name):
    return FlagshipPlace.objects.create(page=page, code=code, name=name, locale=page.locale)


def add_figure(page, kind="budget", amount="1000000.00", currency="USD", valid_on=date(2024, 6, 30)):
    return FlagshipFinancialFigure.objects.create(
        page=page, kind=kind, amount=amount, currency=currency, valid_on=valid_on
    )
