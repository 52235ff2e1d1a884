"""Which flagships need a review, one row per programme (not per locale copy):
what the admin report, the dashboard panel and the reminders share."""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch
from wagtail.models import Locale

from .models import FlagshipContact, FlagshipPage
from .review import ReviewState, review_states


@dataclass
class ReviewRow:
    page: FlagshipPage  # the default-locale copy where there is one
    state: ReviewState
    contacts: list = field(default_factory=list)

    @property
    def owner(self):
        return self.page.owner

    def recipients(self) -> list[str]:
        """Who can fix it: the page's owner and its contacts (and their linked accounts)."""
        addresses = []
        if self.owner is not None and self.owner.email:
            addresses.append(self.owner.email)
        for contact in self.contacts:
            addresses.append(contact.email)
            if contact.user is not None:
                addresses.append(contact.user.email)
        seen, result = set(), []
        for address in addresses:
            if address and address.lower() not in seen:
                seen.add(address.lower())
                result.append(address)
        return result


def _one_copy_per_programme(pages) -> list[FlagshipPage]:
    default_id = Locale.get_default().pk
    chosen: dict = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        if current is None or (page.locale_id == default_id and current.locale_id != default_id):
            chosen[page.translation_key] = page
    return list(chosen.values())


def _live_programmes():
    return (
        FlagshipPage.objects.live()
        .select_related("owner", "locale")
        .prefetch_related(
            Prefetch("contacts", queryset=FlagshipContact.objects.select_related("contact", "contact__user"))
        )
        .order_by("pk")
    )


def _rows(pages) -> list[ReviewRow]:
    pages = _one_copy_per_programme(pages)
    states = review_states(pages)
    return [
        ReviewRow(page, states[page.translation_key], [row.contact for row in page.contacts.all()]) for page in pages
    ]


def review_queue() -> list[ReviewRow]:
    """Every published flagship, overdue first (longest overdue at the top), then
    by the date its review falls due."""
    rows = _rows(_live_programmes())
    rows.sort(key=lambda row: (not row.state.is_overdue, row.state.review_due_on or date.max, row.page.title))
    return rows


def overdue_rows() -> list[ReviewRow]:
    return [row for row in review_queue() if row.state.is_overdue]


def review_row_for(page) -> ReviewRow | None:
    """The report's row for the programme `page` belongs to (any locale copy), or
    None while no copy of it is live: the edit page says what the report says."""
    rows = _rows(_live_programmes().filter(translation_key=page.translation_key))
    return rows[0] if rows else None
