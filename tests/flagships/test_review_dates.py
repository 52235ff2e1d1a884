"""Review dates derived from review records, across the interval boundary."""

from datetime import date, datetime

import pytest
from django.utils import timezone
from freezegun import freeze_time

from flagships.models import FlagshipReview
from flagships.review import record_review, review_state_for
from home.models import OrganisationSettings

pytestmark = pytest.mark.django_db


def at(day: date) -> datetime:
    return timezone.make_aware(datetime(day.year, day.month, day.day, 12))


def reviewed(page, day):
    return FlagshipReview.objects.create(translation_key=page.translation_key, reviewed_at=at(day))


def state_on(page, day):
    with freeze_time(at(day)):
        return review_state_for(page)


def test_due_ninety_days_after_last_review_by_default(make_flagship, settings):
    settings.FLAGSHIP_REVIEW_INTERVAL_DAYS = 90
    page = make_flagship()
    reviewed(page, date(2025, 1, 1))
    on_due_day = state_on(page, date(2025, 4, 1))
    assert on_due_day.last_reviewed_on == date(2025, 1, 1)
    assert on_due_day.review_due_on == date(2025, 4, 1)
    assert on_due_day.is_overdue is False
    day_after = state_on(page, date(2025, 4, 2))
    assert day_after.is_overdue is True
    assert day_after.days_overdue == 1


def test_latest_review_counts(make_flagship):
    page = make_flagship(review_interval_days=30)
    reviewed(page, date(2025, 1, 1))
    reviewed(page, date(2025, 3, 1))
    state = state_on(page, date(2025, 3, 31))
    assert (state.last_reviewed_on, state.review_due_on) == (date(2025, 3, 1), date(2025, 3, 31))
    assert state.is_overdue is False


def test_page_interval_overrides_default(make_flagship):
    page = make_flagship(review_interval_days=10)
    reviewed(page, date(2025, 1, 1))
    assert state_on(page, date(2025, 1, 11)).is_overdue is False
    assert state_on(page, date(2025, 1, 12)).is_overdue is True


def test_organisation_setting_overrides_deployment_setting(make_flagship, home):
    from wagtail.models import Site

    OrganisationSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"default_review_interval_days": 7}
    )
    page = make_flagship()
    reviewed(page, date(2025, 1, 1))
    assert state_on(page, date(2025, 1, 8)).review_due_on == date(2025, 1, 8)
    assert state_on(page, date(2025, 1, 9)).is_overdue is True


def test_never_reviewed_counts_from_first_publication(make_flagship, settings):
    settings.FLAGSHIP_REVIEW_INTERVAL_DAYS = 90
    page = make_flagship(first_published_at=at(date(2025, 1, 1)))
    state = state_on(page, date(2025, 4, 2))
    assert state.last_reviewed_on is None
    assert (state.review_due_on, state.is_overdue) == (date(2025, 4, 1), True)


def test_review_of_one_locale_copy_counts_for_all(make_flagship, locales, translate, index):
    translate(index, locales["fr"], {})
    page = make_flagship(first_published_at=at(date(2024, 1, 1)))
    french, _created = translate(page, locales["fr"], {})
    with freeze_time(at(date(2025, 2, 1))):
        record_review(french)
        assert review_state_for(page).last_reviewed_on == date(2025, 2, 1)
        assert review_state_for(french).is_overdue is False


def test_review_survives_republishing_and_translation_sync(make_flagship, locales, translate, index):
    translate(index, locales["fr"], {})
    page = make_flagship()
    record_review(page)
    page.save_revision().publish()
    french, _created = translate(page, locales["fr"], {})
    assert review_state_for(french).last_reviewed_on == timezone.localdate()
