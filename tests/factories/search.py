"""Searchable pages for the search tests: plain pages (HomePage, the page type
`home` defines and `search` registers as "home"), published through Wagtail so
the signal handlers run as they do for editors."""

import factory

from core.search_registry import SearchDocumentData
from tests.factories.home import HomePageFactory


class PublishedPageFactory(HomePageFactory):
    """A page under `parent`, published with a revision (signals fire)."""

    class Meta:
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    hero_text = "A short summary of the page."
    introduction = "<p>The body of the page.</p>"

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            obj.save_revision().publish()
            obj.refresh_from_db()


def document_data(page, **overrides) -> SearchDocumentData:
    """What a test-only builder returns: the page's own text plus overrides."""
    values = {
        "content_type": "home",
        "title": page.title,
        "snippet": page.hero_text,
        "body": page.introduction,
        "date": None,
        "thematic_areas": [],
        "countries": [],
    }
    values.update(overrides)
    return SearchDocumentData(**values)
