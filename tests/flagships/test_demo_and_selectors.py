"""Demo content, the selectors the monthly brief reads, and the search document."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone, translation

from core.search_registry import builder_for
from flagships import demo
from flagships.models import FlagshipPage, FlagshipUpdate
from flagships.review_queue import overdue_rows
from flagships.selectors import financial_figures, updates_between
from home import demo as home_demo
from tests.factories.flagships import add_figure, add_place

pytestmark = pytest.mark.django_db


def test_demo_content_has_six_flagships_with_recent_updates_and_overdue_ones(client):
    lines = []
    home_demo.load(lines.append)
    demo.load(lines.append)
    pages = FlagshipPage.objects.filter(locale__language_code="en").live()
    assert pages.count() >= 6
    assert all(page.contacts.exists() for page in pages)
    today = timezone.localdate()
    dates = list(FlagshipUpdate.objects.filter(page__in=pages).values_list("date", flat=True))
    assert min(dates) >= today - timedelta(days=365) and max(dates) <= today
    assert len(overdue_rows()) >= 2
    first = (FlagshipPage.objects.count(), FlagshipUpdate.objects.count())
    demo.load(lines.append)
    assert (FlagshipPage.objects.count(), FlagshipUpdate.objects.count()) == first
    assert client.get("/api/v1/flagships", {"overdue": "true"}).json()["count"] >= 2
    assert "Villes côtières résilientes" in client.get("/fr/flagships/").content.decode()
    from django.core.management import call_command

    call_command("send_review_reminders")
    assert len(mail.outbox) == len(overdue_rows())


def test_updates_between_reads_public_flagships_newest_first(make_flagship):
    page = make_flagship(title="Open", updates=5)
    make_flagship(title="Draft", updates=5, live=False)
    # Labels are in the active language; English here, whatever an earlier test left active.
    with translation.override("en"):
        entries = updates_between(date(2024, 1, 10), date(2024, 2, 1))
    assert [entry.date for entry in entries] == [date(2024, 1, 31), date(2024, 1, 21), date(2024, 1, 11)]
    assert {entry.flagship_title for entry in entries} == {"Open"}
    assert entries[0].flagship_id == page.pk and entries[0].kind_label == "Milestone"


def test_updates_between_prefers_the_translation(make_flagship, index, locales, translate):
    translate(index, locales["fr"], {})
    page = make_flagship(title="Cities", updates=1)
    translate(page, locales["fr"], {"Cities": "Villes", "Update 0": "Étape 0"})
    [entry] = updates_between(date(2024, 1, 1), date(2024, 1, 1), locales["fr"])
    assert (entry.flagship_title, entry.title, entry.translated) == ("Villes", "Étape 0", True)


def test_financial_figures_give_latest_per_kind_and_currency(make_flagship):
    page = make_flagship()
    add_figure(page, kind="spent", amount="100.00", valid_on=date(2024, 1, 31))
    add_figure(page, kind="spent", amount="250.00", valid_on=date(2024, 6, 30))
    add_figure(page, kind="budget", amount="1000.00", currency="EUR", valid_on=date(2024, 1, 1))
    figures = {(entry.kind, entry.currency): entry for entry in financial_figures()}
    assert figures[("spent", "USD")].amount == Decimal("250.00")
    assert isinstance(figures[("budget", "EUR")].amount, Decimal)
    as_of = {(e.kind, e.currency): e.amount for e in financial_figures(as_of=date(2024, 3, 1))}
    assert as_of[("spent", "USD")] == Decimal("100.00")


def test_unknown_currency_is_refused(make_flagship):
    from django.core.exceptions import ValidationError

    figure = add_figure(make_flagship())
    figure.currency = "DOLLARS"
    with pytest.raises(ValidationError) as error:
        figure.full_clean()
    assert "ISO 4217" in str(error.value)


def test_negative_amount_is_refused(make_flagship):
    from django.core.exceptions import ValidationError

    figure = add_figure(make_flagship())
    figure.amount = Decimal("-1")
    with pytest.raises(ValidationError):
        figure.full_clean()


def test_flagship_is_registered_for_search_with_summary_as_snippet(make_flagship):
    page = make_flagship(title="Cities", summary="Plain words first.", updates=1)
    add_place(page, "ke", "Kenya")
    document = builder_for(FlagshipPage)(page)
    assert (document.content_type, document.title, document.snippet) == ("flagship", "Cities", "Plain words first.")
    assert document.countries == ["ke"]
    assert "Update 0" in document.body
