from datetime import date

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.core.validators import RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.absolute_urls import page_absolute_url
from core.delivery import public_pages
from core.models.cover_image import CoverImageMixin
from core.pages import PublicPageMixin, page_view
from publications.blocks import PublicationBodyBlock
from publications.forms import PublicationPageForm
from publications.identifiers import validate_isbn

# An abstract is a paragraph or two: no headings, so the page keeps one outline.
ABSTRACT_FEATURES = ["bold", "italic", "link"]


class PublicationIndexPage(RoutablePageMixin, PublicPageMixin, Page):
    """The listing of publications, with filters, pages and a feed per language."""

    api_type = "publication_index"  # the public type name (core.page_types)
    api_detail_route = "section"  # core/api.py details every section (index) page
    api_listing_routes = ["publications"]  # the listing endpoints of what it lists

    introduction = RichTextField(_("introduction"), blank=True, features=ABSTRACT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.PublicationPage"]

    class Meta:
        verbose_name = _("publication index page")

    def text_fragments(self):
        return [("introduction", self.introduction)]

    @path("feed/", name="feed")
    def feed(self, request):
        # The Atom feed (publications/feeds.py), registered by publications/page_context.py.
        return page_view(self, "feed")(self, request)

    def feed_url(self) -> str:
        return self.url + self.reverse_subpage("feed")


class PublicationPage(CoverImageMixin, PublicPageMixin, Page):
    """A publication, which opens with its abstract wherever it is shown."""

    api_type = "publication"  # the public type name (core.page_types)
    # The body is read under the template's "Read online" (h2).
    heading_levels = {"body": 3}

    abstract = RichTextField(
        _("abstract"),
        features=ABSTRACT_FEATURES,
        # Blank in the database so drafts can be saved half-written; the publish
        # checks (models/checks.py) require it, within word bounds, on every path to live.
        blank=True,
        help_text=_(
            "What the publication finds and for whom, in 30 to 250 words (60 to 500 characters in Chinese). "
            "It is shown first, before anything else."
        ),
    )
    publication_date = models.DateField(_("publication date"), default=date.today)
    publication_type = models.ForeignKey(
        "publications.PublicationType",
        verbose_name=_("publication type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    authors = models.CharField(
        _("authors or contributing units"),
        max_length=500,
        blank=True,
        help_text=_("Names or units, separated by commas."),
    )
    body = StreamField(
        PublicationBodyBlock(),
        verbose_name=_("read online"),
        blank=True,
        help_text=_("Optional: the text itself, so people can read it without downloading a heavy file."),
    )
    isbn = models.CharField(_("ISBN"), max_length=17, blank=True, validators=[validate_isbn])
    doi = models.CharField(
        _("DOI"),
        max_length=200,
        blank=True,
        validators=[
            RegexValidator(
                r"^10\.\d{4,9}/\S+$",
                _("Write the DOI without its URL prefix, for example 10.18356/9789210000000."),
            )
        ],
    )
    keywords = ClusterTaggableManager(verbose_name=_("keywords"), through="publications.PublicationPageTag", blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("abstract"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("publication_date"), FieldPanel("publication_type")]),
                FieldPanel("authors"),
                FieldRowPanel([FieldPanel("isbn"), FieldPanel("doi")]),
            ],
            heading=_("About this publication"),
        ),
        InlinePanel("thematic_area_rows", label=_("Thematic areas")),
        FieldPanel("keywords"),
        CoverImageMixin.cover_image_panel(),
        InlinePanel("documents", label=_("Documents")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("abstract"),
        index.SearchField("authors"),
        index.FilterField("publication_date"),
    ]

    base_form_class = PublicationPageForm
    api_detail_route = "publication"
    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def text_fragments(self):
        # The abstract comes first: templates and the API show it before the rest.
        # The body as its StreamField value: rendered by the rendering path, which
        # fetches the links of all its blocks at once (core.rich_text_links).
        return [("abstract", self.abstract), ("body", self.body)]

    def structured_data(self, request) -> dict:
        """schema.org for search engines and citation tools (the page shell
        renders it as JSON-LD): a ScholarlyArticle when it has a DOI, else a Report."""
        from core.images import share_image_url
        from core.rendering import visible_text

        data = {
            "@type": "ScholarlyArticle" if self.doi else "Report",
            "name": self.title,
            "headline": self.title[:110],
            "abstract": visible_text(self.rendered["abstract"]),
            "datePublished": self.publication_date.isoformat() if self.publication_date else None,
            "inLanguage": self.locale.language_code,
            "url": page_absolute_url(self, request),
            "keywords": [tag.name for tag in self.keywords.all()],
        }
        if self.authors:
            data["author"] = {"@type": "Organization", "name": self.authors}
        if self.doi:
            data["identifier"] = f"https://doi.org/{self.doi}"
        if self.isbn:
            data["isbn"] = self.isbn
        data["image"] = share_image_url(self, request)
        return {key: value for key, value in data.items() if value not in (None, "", [])}

    @cached_property
    def live_thematic_areas(self) -> list:
        return [row.thematic_area for row in self.thematic_area_rows.all() if row.thematic_area.live]

    def document_rows(self) -> list:
        return list(self.documents.select_related("document"))

    def citing_flagships(self) -> list:
        """Published flagship pages that cite this publication, in this page's
        language where translated (else in the language they exist in)."""
        return type(self).citing_flagships_of([self])[self.pk]

    @classmethod
    def citing_flagships_of(cls, pages) -> dict:
        """{publication id: the published flagship pages citing it}, each list
        sorted by title, every flagship in its publication's language where
        translated (else the default locale's copy, else any): two queries for
        any number of publications, so a listing can embed them.

        The relation is stored once, on the flagships app (its row model points
        at a publication page with related_name="flagship_citations"); this app
        cannot import that app, so the row's parental key is found from the
        relation itself. Any language copy of a publication counts.
        """
        pages = list(pages)
        found: dict = {page.pk: [] for page in pages}
        try:
            relation = cls._meta.get_field("flagship_citations")
        except FieldDoesNotExist:  # the flagships app is not installed
            return found
        row_model = relation.related_model
        parent_field = next((f for f in row_model._meta.get_fields() if isinstance(f, ParentalKey)), None)
        if parent_field is None or not pages:
            return found
        cited = relation.field.name
        citing_keys: dict = {}
        for publication_key, flagship_key in row_model.objects.filter(
            **{f"{cited}__translation_key__in": {page.translation_key for page in pages}}
        ).values_list(f"{cited}__translation_key", f"{parent_field.name}__translation_key"):
            citing_keys.setdefault(publication_key, set()).add(flagship_key)
        if not citing_keys:
            return found
        copies: dict = {}
        flagship_keys = set().union(*citing_keys.values())
        for flagship in public_pages().filter(translation_key__in=flagship_keys).select_related("locale"):
            copies.setdefault(flagship.translation_key, []).append(flagship)
        default_code = settings.LANGUAGE_CODE
        for page in pages:
            chosen = []
            for key in citing_keys.get(page.translation_key, ()):
                ranked = [
                    (
                        0
                        if copy.locale_id == page.locale_id
                        else 1
                        if copy.locale.language_code == default_code
                        else 2,
                        copy,
                    )
                    for copy in copies.get(key, [])
                ]
                if ranked:
                    chosen.append(min(ranked, key=lambda pair: pair[0])[1])
            found[page.pk] = sorted(chosen, key=lambda flagship: flagship.title)
        return found

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = self.document_rows()
        context["thematic_areas"] = self.live_thematic_areas
        context["keywords"] = list(self.keywords.all())
        context["citing_flagships"] = self.citing_flagships()
        return context
