"""The server-rendered flagship pages: dates, status, review and contacts near the top."""

from datetime import date

import pytest
from django.utils import timezone

from flagships.models import FlagshipReview
from tests.factories.flagships import add_figure

pytestmark = pytest.mark.django_db


def test_flagship_page_shows_dates_status_review_and_contacts_first(client, make_flagship):
    page = make_flagship(title="Cities and floods", start_date=date(2024, 2, 1), end_date=date(2026, 1, 31), updates=2)
    add_figure(page, kind="budget", amount="2500000.00", currency="USD")
    FlagshipReview.objects.create(
        translation_key=page.translation_key, reviewed_at=timezone.make_aware(timezone.datetime(2025, 3, 4, 10))
    )
    contact = page.contacts.get().contact
    html = client.get(page.url).content.decode()
    assert "<h1>Cities and floods</h1>" in html
    assert "Active" in html
    assert "Feb. 1, 2024" in html and "Jan. 31, 2026" in html
    assert "Last reviewed on March 4, 2025" in html
    assert "For further information" in html
    assert f"mailto:{contact.email}" in html
    # The contact box comes before the body and the updates.
    assert html.index("For further information") < html.index("Updates")
    assert "<bdi>$2,500,000.00</bdi>" in html


def test_unreviewed_page_says_nothing_about_review(client, make_flagship):
    page = make_flagship()
    assert "Last reviewed on" not in client.get(page.url).content.decode()


def test_french_flagship_page_is_in_french(client, make_flagship, index, locales, translate):
    translate(index, locales["fr"], {})
    page = make_flagship(title="Cities and floods", start_date=date(2024, 2, 1))
    french, _ = translate(page, locales["fr"], {"Cities and floods": "Villes et inondations"})
    html = client.get(french.url).content.decode()
    assert "Villes et inondations" in html
    assert "Pour en savoir plus" in html  # "For further information", translated
    assert "1 février 2024" in html


def test_index_lists_flagships_with_status_and_dates(client, index, make_flagship):
    make_flagship(title="Older", start_date=date(2020, 1, 1), status="completed", end_date=date(2022, 12, 31))
    make_flagship(title="Newer", start_date=date(2024, 5, 1))
    make_flagship(title="Hidden draft", live=False)
    html = client.get(index.url).content.decode()
    assert html.index("Newer") < html.index("Older")
    assert "Completed" in html and "Dec. 31, 2022" in html and "ongoing" in html
    assert "Hidden draft" not in html


def test_french_index_falls_back_to_english_flagships(client, index, make_flagship, locales, translate):
    french_index, _ = translate(index, locales["fr"], {"Flagship programmes": "Programmes phares"})
    make_flagship(title="Only in English")
    html = client.get(french_index.url).content.decode()
    assert "Only in English" in html
    assert 'lang="en"' in html
