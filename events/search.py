"""How events and meetings become search documents (read by the search app): the summary is the snippet."""

from django.utils.translation import gettext_lazy as _

from core.search_registry import SearchDocumentData, register_search_document


def event_document(page) -> SearchDocumentData:
    from flagships.selectors import rows_for_pages
    from home.models import ThematicArea

    areas = rows_for_pages([page], "thematic_areas", "thematic_area", ThematicArea)[page.pk]
    language = page.locale.language_code
    supporters = [row.display_name(language) for row in page.supporters.all()]
    return SearchDocumentData(
        content_type="event",
        title=page.title,
        snippet=page.summary,
        body=" ".join(part for part in [page.venue, *supporters] if part),
        date=page.start_date,
        thematic_areas=[(area.slug, area.name) for area in areas],
        countries=sorted({page.country, *(row.country for row in page.supporters.all())} - {""}),
    )


def meeting_document(page) -> SearchDocumentData:
    return SearchDocumentData(
        content_type="meeting",
        title=page.title,
        snippet=page.summary,
        body=" ".join(part for part in [page.group_label, page.with_whom, page.agenda] if part),
        date=page.date,
    )


def register() -> None:
    from .models import EventPage, MeetingPage

    register_search_document(EventPage, event_document, content_type="event", label=_("Event"))
    register_search_document(MeetingPage, meeting_document, content_type="meeting", label=_("Regional group meeting"))
