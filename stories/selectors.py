"""What the views, the API and later apps (the monthly brief, the newsletter)
read about stories. Everything here returns only live, public, unexpired stories,
in a fixed number of queries whatever their number."""

from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.db.models import Min, Prefetch
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale

from core.delivery import default_locale, locale_table, localize_pages, public_pages, with_locale_fallback
from core.geography import Region, country_name
from core.images import prefetch_specs
from core.links import localized_urls
from core.rendering import plain_text_to_html, render_text
from flagships.selectors import public_flagships, rows_for_pages
from home.models import Contact, ThematicArea
from publications.filters import checked, each, filter_by_place, snippet_choices

from .models import StoryPage, StoryThematicArea


def public_stories():
    """Live, public, unexpired stories in every locale."""
    return public_pages(StoryPage)


def stories_in(locale: Locale):
    """Stories as visitors of `locale` see them (default-locale fallback, each row
    annotated `translated`), newest first, with what a card shows prefetched."""
    return (
        with_locale_fallback(public_stories(), locale)
        .select_related("locale")
        .prefetch_related(
            Prefetch("thematic_areas", queryset=StoryThematicArea.objects.select_related("thematic_area__locale")),
            Prefetch("lead_image", queryset=get_image_model().objects.prefetch_renditions(*prefetch_specs("card"))),
        )
        .defer_streamfields()
        .order_by("-date", "-pk")
    )


@dataclass(frozen=True)
class StoryFilters:
    # Each takes one value or a list of values (any of them matches).
    region: str | list[str] | None = None
    country: str | list[str] | None = None
    thematic_area: str | list[str] | None = None
    flagship: str | list[str] | None = None

    def is_empty(self) -> bool:
        return not (self.region or self.country or self.thematic_area or self.flagship)


def apply_filters(queryset, filters: StoryFilters, locale: Locale):
    """Narrow `queryset`. Every value is checked against the closed lists in
    Python first, so nothing unchecked (NUL bytes, odd casing) reaches the database.

    Raises:
        UnknownFilterValue: naming the parameter and the values that exist.
    """
    queryset = filter_by_place(queryset, filters.region, filters.country)
    if filters.thematic_area:
        areas = snippet_choices(ThematicArea, locale)
        slugs = checked("thematic_area", each(filters.thematic_area), areas)
        queryset = queryset.filter(thematic_areas__thematic_area__translation_key__in=[areas[slug] for slug in slugs])
        queryset = queryset.distinct()
    if filters.flagship:
        flagships = dict(public_flagships(locale).values_list("slug", "translation_key"))
        slugs = checked("flagship", each(filters.flagship), flagships)
        queryset = queryset.filter(related_flagship__translation_key__in=[flagships[slug] for slug in slugs])
    return queryset


@dataclass
class StoryCard:
    page: StoryPage
    url: str | None
    standfirst: str
    areas: list = field(default_factory=list)
    place: str = ""
    translated: bool = True


def place_label(page, language_code: str) -> str:
    """ "Kenya, Africa" in the visitor's language: the country (if any), then the region."""
    parts = []
    if page.country:
        parts.append(country_name(page.country, language_code))
    if page.region:
        parts.append(str(Region(page.region).label))
    return ", ".join(parts)


def story_cards(pages, locale: Locale, request=None) -> list[StoryCard]:
    """Cards for prefetched stories (from `stories_in`), links kept in `locale`."""
    pages = list(pages)
    urls = localized_urls(pages, locale, request)
    areas = rows_for_pages(pages, "thematic_areas", "thematic_area", ThematicArea)
    locales = {item.pk: item for item in Locale.objects.all()} if pages else {}
    cards = []
    for page in pages:
        rendered = render_text([("standfirst", plain_text_to_html(page.standfirst))], locales[page.locale_id])
        cards.append(
            StoryCard(
                page=page,
                url=urls.get(page.pk),
                standfirst=rendered["standfirst"],
                areas=areas[page.pk],
                place=place_label(page, locale.language_code),
                translated=getattr(page, "translated", True),
            )
        )
    return cards


def latest_stories(locale: Locale, limit: int = 3) -> list[StoryPage]:
    return list(stories_in(locale)[:limit])


def stories_for_flagship(flagship, limit: int = 3, locale: Locale | None = None) -> list[StoryPage]:
    """The latest stories about a flagship (any language copy of it), in
    `locale` (the flagship page's by default) where translated."""
    return list(
        stories_in(locale or flagship.locale).filter(related_flagship__translation_key=flagship.translation_key)[:limit]
    )


def _day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    zone = timezone.get_current_timezone()
    return (
        timezone.make_aware(datetime.combine(start, time.min), zone),
        timezone.make_aware(datetime.combine(end, time.max), zone),
    )


def stories_published_between(start: date, end: date, locale: Locale | None = None) -> list[StoryPage]:
    """Stories first published (in any language) from `start` to `end` inclusive,
    as visitors of `locale` see them, oldest first. A translation published later
    does not make an old story new."""
    low, high = _day_bounds(start, end)
    first = (
        StoryPage.objects.filter(first_published_at__isnull=False)
        .values("translation_key")
        .annotate(first=Min("first_published_at"))
        .filter(first__gte=low, first__lte=high)
        .values("translation_key")
    )
    locale = locale or Locale.get_default()
    return list(stories_in(locale).filter(translation_key__in=first).order_by("first_published_at", "pk"))


def public_contact(contact) -> Contact | None:
    """The contact if published in its language, else its published source; None if neither."""
    if contact is None:
        return None
    if contact.live:
        return contact
    return Contact.objects.live().filter(translation_key=contact.translation_key, locale=Locale.get_default()).first()


def related_pages(page) -> dict:
    """The story's related flagship, publication and donation project, each in the
    story's language where translated, and only if public; three queries at most."""
    relations = {"flagship": page.related_flagship, "publication": page.related_publication}
    relations["project"] = page.related_project
    present = {name: target for name, target in relations.items() if target is not None}
    if not present:
        return {}
    localized = dict(zip(present, localize_pages(list(present.values()), page.locale), strict=True))
    visible = set(public_pages().filter(pk__in=[p.pk for p in localized.values()]).values_list("pk", flat=True))
    return {name: target for name, target in localized.items() if target.pk in visible}


def public_contacts(contact_ids) -> dict[int, Contact]:
    """`public_contact` for many contacts at once: {contact id: the contact, or
    its published source where it is not published}. Two queries at most."""
    ids = {pk for pk in contact_ids if pk}
    if not ids:
        return {}
    contacts = {contact.pk: contact for contact in Contact.objects.filter(pk__in=ids)}
    unpublished = {contact.translation_key for contact in contacts.values() if not contact.live}
    sources = {}
    if unpublished:
        sources = {
            contact.translation_key: contact
            for contact in Contact.objects.live().filter(translation_key__in=unpublished, locale=default_locale())
        }
    chosen = {pk: contact if contact.live else sources.get(contact.translation_key) for pk, contact in contacts.items()}
    return {pk: contact for pk, contact in chosen.items() if contact is not None}


def related_pages_of(pages) -> dict[int, dict]:
    """`related_pages` for many stories at once: {story id: {relation: page}},
    each related page in its story's language where translated, public ones
    only; the same queries for any number of stories (one per locale among
    the stories and per related page type, one for visibility)."""
    pages = list(pages)
    wanted: dict[int, list[tuple[int, str, object]]] = {}  # locale id -> (story id, relation, target)
    for page in pages:
        for name in ("flagship", "publication", "project"):
            target = getattr(page, f"related_{name}")
            if target is not None:
                wanted.setdefault(page.locale_id, []).append((page.pk, name, target))
    localized: dict[int, dict] = {}
    for locale_id, rows in wanted.items():
        targets = localize_pages([target for _pk, _name, target in rows], locale_table()[locale_id])
        for (story_id, name, _target), target in zip(rows, targets, strict=True):
            localized.setdefault(story_id, {})[name] = target
    ids = {target.pk for relations in localized.values() for target in relations.values()}
    visible = set(public_pages().filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
    return {
        story_id: {name: target for name, target in relations.items() if target.pk in visible}
        for story_id, relations in localized.items()
    }
