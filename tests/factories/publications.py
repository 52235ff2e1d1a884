import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from publications.models import (
    PublicationDocument,
    PublicationIndexPage,
    PublicationPage,
    PublicationPageThematicArea,
    PublicationType,
)
from publications.pdf import minimal_pdf
from tests.factories.home import DefaultLocale, ThematicAreaFactory

ABSTRACT = (
    "<p>This report looks at how secondary cities in East Africa finance their drainage networks, "
    "compares the fees, transfers and loans they rely on, and recommends three steps that municipal "
    "treasurers can take this year to keep storm drains working through the rainy season.</p>"
)


class PublicationTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PublicationType

    name = factory.Sequence(lambda n: f"Report type {n}")
    slug = factory.Sequence(lambda n: f"type-{n}")
    locale = DefaultLocale()
    live = True


class DocumentFactory(factory.django.DjangoModelFactory):
    """A Wagtail document holding a small real PDF."""

    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"Full report {n}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(minimal_pdf(o.title, ["Demo text."], language=o.language), name=f"{o.slug}.pdf")
    )

    class Params:
        language = "en"
        slug = factory.Sequence(lambda n: f"report-{n}")


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PublicationIndexPage

    title = "Publications"
    slug = "publications"
    introduction = "<p>Reports, guides and data from our work.</p>"


class PublicationPageFactory(wagtail_factories.PageFactory):
    """A published publication with an abstract, one thematic area and one PDF."""

    class Meta:
        model = PublicationPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Financing urban drainage {n}")
    abstract = ABSTRACT
    authors = "Urban Basic Services Section"
    publication_type = factory.SubFactory(PublicationTypeFactory)

    @factory.post_generation
    def thematic_areas(obj, create, extracted, **kwargs):
        areas = extracted if extracted is not None else [ThematicAreaFactory()]
        for area in areas:
            PublicationPageThematicArea.objects.create(page=obj, thematic_area=area, locale=obj.locale)

    @factory.post_generation
    def documents(obj, create, extracted, **kwargs):
        docs = extracted if extracted is not None else [DocumentFactory()]
        for document in docs:
            PublicationDocument.objects.create(page=obj, document=document)

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        """Publish a revision holding the rows, as the admin would (publish=False: a draft)."""
        revision = obj.save_revision()
        if extracted is not False:
            revision.publish()
            obj.refresh_from_db()
