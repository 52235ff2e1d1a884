"""Writes: drafting a monthly brief and proposing a newsletter issue's items.

Both only ever save draft revisions. An editor reviews, writes, reorders or drops
items, and publishes through the ordinary publishing paths (and their checks).
"""

from dataclasses import dataclass
from datetime import date, timedelta

from babel.dates import format_date
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.geography import babel_locale
from flagships.models import FlagshipUpdate
from flagships.selectors import updates_between
from publications.selectors import publications_in
from stories.selectors import stories_published_between

from .candidates import Candidate, funding_summary, month_candidates
from .models import BriefIndexPage, BriefItem, MonthlyBriefPage, NewsletterIssuePage, NewsletterItem, Section
from .months import MonthError


class CompositionError(Exception):
    """Composition cannot start; the message says what to do."""


@dataclass(frozen=True)
class CompositionResult:
    page: MonthlyBriefPage
    created: bool
    added: int
    kept: int
    dropped: int


def brief_index(locale: Locale | None = None) -> BriefIndexPage:
    index = BriefIndexPage.objects.filter(locale=locale or Locale.get_default()).order_by("path").first()
    if index is None:
        raise CompositionError(
            _("There is no “Updates for Member States” page to put the brief under: create one under the home page.")
        )
    return index


def brief_title(first_of_month: date, language_code: str) -> str:
    with translation.override(language_code):
        month = format_date(first_of_month, "LLLL y", locale=babel_locale(language_code))
        return _("Monthly brief: %(month)s") % {"month": month}


def newsletter_title(issue_date: date, language_code: str) -> str:
    """A newsletter issue's title in a language: "Urban Impact: 30 novembre 2026"."""
    with translation.override(language_code):
        return _("Urban Impact: %(day)s") % {
            "day": format_date(issue_date, "long", locale=babel_locale(language_code))
        }


def save_draft(page, *, user=None):
    """Save the composer's draft as the admin's "Save draft" does.

    Rows of a page that is not live are written to the database, so each item has
    an id that the edit form posts back: the form then updates the item instead
    of making a new one from its visible fields only, which dropped the figures,
    the update and the source key the form does not show (QA F1, F20). A live
    page's rows stay in the revision until it is published (writing them would
    publish them); the page model keeps their composed part across form saves
    (`IssuePageMixin.save_revision`).
    """
    if not page.live:
        page.save(clean=False)
    return page.save_revision(user=user, log_action=True)


def _brief_item(candidate: Candidate) -> BriefItem:
    item = BriefItem(source_key=candidate.key, section=candidate.section)
    _refresh(item, candidate)
    return item


def _refresh(item: BriefItem, candidate: Candidate) -> None:
    """Bring the composer's part of an item up to date; the editor's note stays."""
    item.linked_page_id = candidate.page_id
    item.happened_on = candidate.happened_on
    item.update_key = candidate.update_key
    item.project_status = candidate.project_status
    item.figures = candidate.figures
    if item.contact_id is None and candidate.contact is not None:
        item.contact = candidate.contact


def merge_candidates(page, candidates: list[Candidate]) -> tuple[int, int, int]:
    """Merge `candidates` into the page's items. Returns (added, kept, dropped).

    Items present keep their place and note and get fresh figures; a candidate
    proposed before and absent now was dropped by an editor and stays out;
    anything new is added after the editor's items.
    """
    items = list(page.items.all())
    by_key = {item.source_key: item for item in items if item.source_key}
    proposed = set(page.proposed_keys or [])
    added = kept = dropped = 0
    for candidate in candidates:
        if candidate.key in by_key:
            _refresh(by_key[candidate.key], candidate)
            kept += 1
        elif candidate.key in proposed:
            dropped += 1
        else:
            items.append(_brief_item(candidate))
            added += 1
    for order, item in enumerate(items):
        item.sort_order = order
    page.items = items
    page.proposed_keys = sorted(proposed | {candidate.key for candidate in candidates})
    return added, kept, dropped


def compose_monthly_brief(first_of_month: date, *, user=None, today: date | None = None, progress=None):
    """Draft (or update the draft of) the brief for the month starting `first_of_month`.

    Args:
        first_of_month: from `months.parse_month`.
        user: recorded on the revision.
        today: the composition date (figures from the ledger are valid on it).
        progress: called once per step, for a progress bar (six steps).

    Raises:
        MonthError: the month has not started.
        CompositionError: there is no index page to put the brief under.
    """
    today = today or timezone.localdate()
    if first_of_month > today.replace(day=1):
        raise MonthError(_("%(month)s has not started yet.") % {"month": first_of_month.strftime("%Y-%m")})
    locale = Locale.get_default()
    index = brief_index(locale)
    candidates = month_candidates(first_of_month, today, progress)
    summary = funding_summary(locale)
    if progress is not None:
        progress()
    with transaction.atomic():
        # Serialise compositions (a double click, the command and the button at once).
        BriefIndexPage.objects.select_for_update().filter(pk=index.pk).first()
        existing = MonthlyBriefPage.objects.filter(month=first_of_month, locale=locale).order_by("pk").first()
        created = existing is None
        if created:
            page = MonthlyBriefPage(
                title=brief_title(first_of_month, locale.language_code),
                slug=first_of_month.strftime("%Y-%m"),
                month=first_of_month,
                locale=locale,
                live=False,
            )
            index.add_child(instance=page)
        else:
            page = existing.get_latest_revision_as_object()
        added, kept, dropped = merge_candidates(page, candidates)
        page.funding_summary = summary
        page.funding_valid_on = today
        page.composed_at = timezone.now()
        save_draft(page, user=user)
    if progress is not None:
        progress()
    return CompositionResult(page=page, created=created, added=added, kept=kept, dropped=dropped)


NEWSLETTER_UPDATE_KINDS = {
    FlagshipUpdate.Kind.COMPLETED: Section.COMPLETED,
    FlagshipUpdate.Kind.MAJOR_DEVELOPMENT: Section.DEVELOPMENT,
}


def newsletter_candidates(weeks: int, until: date) -> list[Candidate]:
    """Stories first published, flagship developments and publications of the
    last `weeks` weeks up to `until`, as proposals for a newsletter issue."""
    locale = Locale.get_default()
    start = until - timedelta(weeks=weeks)
    candidates = [
        Candidate(key=f"story:{page.translation_key}", section=Section.STORY, page_id=page.pk, happened_on=page.date)
        for page in stories_published_between(start, until, locale)
    ]
    candidates += [
        Candidate(
            key=f"update:{entry.update_key}",
            section=NEWSLETTER_UPDATE_KINDS[entry.kind],
            page_id=entry.flagship_id,
            happened_on=entry.date,
            update_key=entry.update_key,
        )
        for entry in updates_between(start, until, locale)
        if entry.kind in NEWSLETTER_UPDATE_KINDS
    ]
    publications = publications_in(locale).filter(publication_date__gte=start, publication_date__lte=until)
    candidates += [
        Candidate(
            key=f"publication:{page.translation_key}",
            section=Section.PUBLICATION,
            page_id=page.pk,
            happened_on=page.publication_date,
        )
        for page in publications
    ]
    return candidates


def propose_newsletter_items(page: NewsletterIssuePage, weeks: int, until: date | None = None, *, user=None) -> int:
    """Add to a newsletter draft what the last `weeks` weeks brought and it does
    not hold yet; returns how many items were added. Saves a draft revision."""
    if not 1 <= weeks <= 26:
        raise CompositionError(_("Choose between 1 and 26 weeks."))
    until = until or timezone.localdate()
    draft = page.get_latest_revision_as_object()
    items = list(draft.items.all())
    present = {item.source_key for item in items if item.source_key}
    added = 0
    for candidate in newsletter_candidates(weeks, until):
        if candidate.key in present:
            continue
        items.append(
            NewsletterItem(
                source_key=candidate.key,
                section=candidate.section,
                linked_page_id=candidate.page_id,
                update_key=candidate.update_key,
                happened_on=candidate.happened_on,
            )
        )
        present.add(candidate.key)
        added += 1
    for order, item in enumerate(items):
        item.sort_order = order
    draft.items = items
    save_draft(draft, user=user)
    return added


def compose_newsletter(weeks: int, *, user=None, until: date | None = None):
    """A new newsletter issue draft holding the last `weeks` weeks' proposals."""
    until = until or timezone.localdate()
    locale = Locale.get_default()
    index = brief_index(locale)
    with transaction.atomic():
        # Serialised like the brief's compositions: two clicks make one issue, not two.
        BriefIndexPage.objects.select_for_update().filter(pk=index.pk).first()
        same_day = NewsletterIssuePage.objects.filter(issue_date=until, locale=locale).order_by("pk").first()
        if same_day is not None:
            raise CompositionError(
                _(
                    "There is already an issue dated %(day)s: “%(title)s”. Open it and use “Propose items” "
                    "to add what is new, instead of sending Member States two issues on the same day."
                )
                % {
                    "day": format_date(until, "long", locale=babel_locale(translation.get_language())),
                    "title": same_day.title,
                }
            )
        page = NewsletterIssuePage(
            title=newsletter_title(until, locale.language_code),
            slug=f"urban-impact-{until:%Y-%m-%d}",
            issue_date=until,
            locale=locale,
            live=False,
        )
        slug, suffix = page.slug, 1
        while index.get_children().filter(slug=page.slug).exists():
            suffix += 1
            page.slug = f"{slug}-{suffix}"
        index.add_child(instance=page)
        page.save_revision(user=user)
        added = propose_newsletter_items(page, weeks, until, user=user)
    page.refresh_from_db()
    return page, added
